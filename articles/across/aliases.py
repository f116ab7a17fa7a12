"""The user's speaker alias table: `<data dir>/speakers.yaml`.

    Volodymyr Zelensky: [Zelenskyy, Zelenskiy, the Ukrainian president]
    Kyiv: Ukraine              # one alias may be written without brackets
    Sadiq Khan: []             # a name on its own: shown as written, never merged with another

Each key is the name shown for that speaker; its aliases are other ways articles name it. The
table is read here and handed to the index as data: newsreader never writes the file, and a
bad file is one error naming the file and line (the caller warns and goes on without it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from articles.across.names import speaker_key


class AliasFileError(ValueError):
    """The alias file cannot be used; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One speaker of the table: the name to show, and the other names it goes by."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AliasTable:
    """The whole table, in file order (empty when there is no file)."""

    entries: tuple[AliasEntry, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def parse_alias_table(text: str, source: str = "speakers.yaml") -> AliasTable:
    """The table in `text`; AliasFileError("<source>:<line>: ...") for anything unusable.

    Composed rather than loaded, so every error can name its line. Two entries that claim
    the same name (as a key or an alias, compared as speaker keys) are an error: the table
    would otherwise silently merge two people the user meant to keep apart.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = f"{mark.line + 1}:" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise AliasFileError(f"{source}:{line} not valid YAML ({problem})") from None
    if root is None:
        return AliasTable()
    if not isinstance(root, yaml.MappingNode):
        raise AliasFileError(
            f"{source}:{root.start_mark.line + 1}: expected 'Name: [alias, ...]' lines"
        )
    entries: list[AliasEntry] = []
    owner: dict[str, str] = {}  # speaker key -> the entry name that claimed it
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 1
        name = _scalar(key_node, source)
        aliases = _aliases(value_node, source)
        for written in (name, *aliases):
            key = speaker_key(written)
            if not key:
                raise AliasFileError(f"{source}:{line}: '{written}' is not a name")
            if owner.get(key, name) != name:
                raise AliasFileError(
                    f"{source}:{line}: '{written}' is already a name of '{owner[key]}'"
                )
            owner[key] = name
        entries.append(AliasEntry(name, tuple(dict.fromkeys(a for a in aliases if a != name))))
    return AliasTable(tuple(entries))


def _scalar(node: yaml.Node, source: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise AliasFileError(f"{source}:{node.start_mark.line + 1}: expected a name")
    return " ".join(str(node.value).split())


def _aliases(node: yaml.Node, source: str) -> list[str]:
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:null" or not str(node.value).strip():
            return []
        return [_scalar(node, source)]
    if isinstance(node, yaml.SequenceNode):
        return [_scalar(item, source) for item in node.value]
    raise AliasFileError(
        f"{source}:{node.start_mark.line + 1}: expected a list of aliases, like [Name, Name]"
    )


def load_alias_table(path: Path) -> AliasTable:
    """The table in `path`; an empty one if there is no such file (AliasFileError if it
    cannot be read or parsed)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return AliasTable()
    except (OSError, UnicodeDecodeError) as exc:
        raise AliasFileError(f"{path}: cannot be read ({exc})") from None
    return parse_alias_table(text, str(path))
