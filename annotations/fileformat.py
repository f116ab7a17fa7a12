"""The YAML file of one article's annotations: parse (with line numbers), migrate, dump.

Dumping is deterministic (fixed key order, annotations sorted by position, no line wrapping),
so the same notes always give the same bytes and a folder of them diffs and merges in git.
Parsing is strict: anything it would not write back exactly (an unknown key, a duplicate key,
a wrong type) is an error naming the line, because a save after a lenient parse would drop it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import yaml

from annotations.model import VERDICTS, Annotation, ClaimRef, Target, Verdict, format_time
from articles.loader import yaml_error_line

FORMAT_VERSION = 2
"""Version 1 was the flat layout (`quote`, `start`, `end` beside `note`); it is still read."""

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

_TOP_KEYS = ("version", "article", "annotations")
_NOTE_KEYS = ("id", "created", "modified", "deleted", "target", "note", "tags", "verdict")
_TARGET_KEYS = ("start", "end", "exact", "prefix", "suffix", "claim")
_CLAIM_KEYS = ("kind", "speaker")
_V1_NOTE_KEYS: tuple[str, ...] = ("id", "created", "modified", "deleted", "quote", "start", "end")
_V1_NOTE_KEYS += ("note", "tags", "verdict")

Path_ = tuple[str | int, ...]


class AnnotationFileError(Exception):
    """An annotation file that cannot be read: which file, which line (if known), what is wrong.

    Such a file is never written to: writes to its article are refused until it is fixed by
    hand or moved aside (`AnnotationStore.move_aside`).
    """

    def __init__(
        self, path: Path, line: int | None, problem: str, *, newer_format: bool = False
    ) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem
        self.newer_format = newer_format  # fixed by upgrading newsreader, not by hand


class _Invalid(Exception):
    def __init__(self, where: Path_, problem: str) -> None:
        super().__init__(problem)
        self.where = where
        self.problem = problem


# ---------------------------------------------------------------- dumping


class _Literal(str):
    """A multi-line note, written as a `|` block so it reads (and diffs) like the note."""


class _Flow(list[str]):
    """A short list (tags) written on one line: `[kursk, territory]`."""


class _Dumper(_BaseDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # `created` and `modified` are often equal: no `&id001` anchors in files


def _represent_str(dumper: Any, value: str) -> Any:
    style = '"' if "\n" in value or "\r" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(
    _Literal,
    lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style="|"),
)
_Dumper.add_representer(
    _Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
)
_Dumper.add_representer(
    dt.datetime,
    lambda d, v: d.represent_scalar("tag:yaml.org,2002:timestamp", format_time(v)),
)


def sort_key(note: Annotation) -> tuple[int, int, dt.datetime, str]:
    return (note.target.start, note.target.end, note.created, note.id)


def _note_to_yaml(note: Annotation) -> dict[str, Any]:
    target = note.target
    target_doc: dict[str, Any] = {
        "start": target.start,
        "end": target.end,
        "exact": target.exact,
        "prefix": target.prefix,
        "suffix": target.suffix,
    }
    if target.claim is not None:
        target_doc["claim"] = {"kind": target.claim.kind, "speaker": target.claim.speaker}
    doc: dict[str, Any] = {"id": note.id, "created": note.created, "modified": note.modified}
    if note.deleted is not None:
        doc["deleted"] = note.deleted
    doc["target"] = target_doc
    doc["note"] = _Literal(note.note) if "\n" in note.note else note.note
    doc["tags"] = _Flow(note.tags)
    doc["verdict"] = note.verdict
    return doc


def _yaml(doc: object) -> str:
    text = yaml.dump(
        doc,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,  # no folding: a long note stays one line, and diffs stay small
    )
    return cast(str, text)


@lru_cache(maxsize=8192)
def _dump_note(note: Annotation) -> str:
    """One `- id: ...` item. Cached by content: a save re-dumps only what changed, which keeps
    a file of 400 notes cheap to rewrite (a full dump of one takes ~100 ms)."""
    return _yaml([_note_to_yaml(note)])


def dumps(article_id: str, notes: Iterable[Annotation]) -> bytes:
    """The file for these notes (tombstones included), byte-identical for identical notes.

    Items are dumped one by one and joined; in block style that is exactly what one dump of
    the whole document gives (a test checks it).
    """
    head = _yaml({"version": FORMAT_VERSION, "article": article_id})
    items = [_dump_note(n) for n in sorted(notes, key=sort_key)]
    body = "annotations:\n" + "".join(items) if items else "annotations: []\n"
    return (head + body).encode("utf-8")


# ---------------------------------------------------------------- parsing


def _line_of(node: yaml.Node | None, where: Path_) -> int | None:
    """The 1-based line of the node at `where` (or of its deepest existing parent)."""
    if node is None:
        return None
    for step in where:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            child = node.value[step] if step < len(node.value) else None
        if child is None:
            break
        node = child
    return node.start_mark.line + 1


def _check_duplicate_keys(node: yaml.Node, where: Path_ = ()) -> None:
    """YAML keeps the last of two equal keys; a save would then drop the first silently."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                raise AnnotationFileError(
                    Path(), key.start_mark.line + 1, f"duplicate key '{key.value}'"
                )
            seen.add(key.value)
            _check_duplicate_keys(value, (*where, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _check_duplicate_keys(item, (*where, i))


def _parse_yaml(path: Path, data: bytes) -> tuple[Any, yaml.Node | None]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnnotationFileError(path, None, f"not valid UTF-8 (byte {exc.start})") from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        try:
            _check_duplicate_keys(node)
        except AnnotationFileError as exc:
            raise AnnotationFileError(path, exc.line, exc.problem) from None
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as exc:
        line = yaml_error_line(exc)
        problem = exc.problem or exc.context or "invalid YAML"
        raise AnnotationFileError(path, line + 1 if line is not None else None, problem) from None
    except yaml.YAMLError as exc:
        raise AnnotationFileError(path, None, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()


def _mapping(value: Any, where: Path_, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(where, "expected 'key: value' lines")
    for key in value:
        if key not in keys:
            raise _Invalid((*where, key), f"unknown key '{key}' (known: {', '.join(keys)})")
    return value


def _required(doc: dict[str, Any], key: str, where: Path_) -> Any:
    if doc.get(key) is None:
        raise _Invalid(where, f"missing '{key}'")
    return doc[key]


def _text(value: Any, where: Path_, empty_ok: bool = True) -> str:
    if value is None and empty_ok:
        return ""
    if not isinstance(value, str):
        kind = type(value).__name__
        raise _Invalid(where, f"expected text, found {kind} {value!r} (put it in quotes)")
    if not value and not empty_ok:
        raise _Invalid(where, "must not be empty")
    return value


def _offset(value: Any, where: Path_) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Invalid(where, f"expected a character offset (0 or more), found {value!r}")
    return value


def _time(value: Any, where: Path_) -> dt.datetime:
    if isinstance(value, dt.datetime):
        stamp = value
    elif isinstance(value, dt.date):
        stamp = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            stamp = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise _Invalid(where, f"'{value}' is not an ISO 8601 time") from None
    else:
        raise _Invalid(where, f"expected an ISO 8601 time, found {value!r}")
    # A time written without a zone is read as UTC (the files always carry one).
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


def _tags(value: Any, where: Path_) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise _Invalid(where, "expected a list of tags, like [kursk, territory]")
    tags = []
    for i, item in enumerate(items):
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        tags.append(_text(item, (*where, i), empty_ok=False))
    return tuple(tags)


def _verdict(value: Any, where: Path_) -> Verdict | None:
    if value is None:
        return None
    if value not in VERDICTS:
        raise _Invalid(where, f"verdict {value!r} is not one of: {', '.join(VERDICTS)}")
    return cast(Verdict, value)


def _target(value: Any, where: Path_) -> Target:
    doc = _mapping(value, where, _TARGET_KEYS)
    start = _offset(_required(doc, "start", where), (*where, "start"))
    end = _offset(_required(doc, "end", where), (*where, "end"))
    if end <= start:
        raise _Invalid((*where, "end"), f"end {end} is not after start {start}")
    claim = None
    if doc.get("claim") is not None:
        claim_doc = _mapping(doc["claim"], (*where, "claim"), _CLAIM_KEYS)
        kind = _text(_required(claim_doc, "kind", (*where, "claim")), (*where, "claim", "kind"))
        speaker = claim_doc.get("speaker")
        claim = ClaimRef(kind, _text(speaker, (*where, "claim", "speaker")) if speaker else None)
    return Target(
        start=start,
        end=end,
        exact=_text(_required(doc, "exact", where), (*where, "exact"), empty_ok=False),
        prefix=_text(doc.get("prefix"), (*where, "prefix")),
        suffix=_text(doc.get("suffix"), (*where, "suffix")),
        claim=claim,
    )


def _note(value: Any, where: Path_, article_id: str) -> Annotation:
    doc = _mapping(value, where, _NOTE_KEYS)
    deleted = doc.get("deleted")
    return Annotation(
        id=_text(_required(doc, "id", where), (*where, "id"), empty_ok=False),
        article=article_id,
        created=_time(_required(doc, "created", where), (*where, "created")),
        modified=_time(_required(doc, "modified", where), (*where, "modified")),
        target=_target(_required(doc, "target", where), (*where, "target")),
        note=_text(doc.get("note"), (*where, "note")),
        tags=_tags(doc.get("tags"), (*where, "tags")),
        verdict=_verdict(doc.get("verdict"), (*where, "verdict")),
        deleted=_time(deleted, (*where, "deleted")) if deleted is not None else None,
    )


def _migrate_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept the quote and offsets flat beside the note; version 2 nests them in a
    W3C-style `target` with context. The context is filled in when the note is next anchored
    and saved."""
    notes = []
    for i, item in enumerate(doc.get("annotations") or []):
        old = _mapping(item, ("annotations", i), _V1_NOTE_KEYS)
        new = {k: v for k, v in old.items() if k not in ("quote", "start", "end")}
        new["target"] = {
            "start": old.get("start"),
            "end": old.get("end"),
            "exact": old.get("quote"),
        }
        notes.append(new)
    return {**doc, "version": 2, "annotations": notes}


_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_v1}


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A file's annotations (tombstones included) and the format version it was written in."""

    version: int
    notes: tuple[Annotation, ...]


_CANONICAL_HEAD = re.compile(r"version: 2\narticle: [^\n]*\nannotations:\n")
_ITEM_START = re.compile(r"^(?=- )", re.MULTILINE)


@lru_cache(maxsize=8192)
def _load_note(article_id: str, item: str) -> Annotation:
    doc, _ = _parse_yaml(Path(), item.encode("utf-8"))
    if not isinstance(doc, list) or len(doc) != 1:
        raise _Invalid((), "not one item")
    return _note(doc[0], (), article_id)


def _loads_canonical(text: str, article_id: str) -> ParsedFile | None:
    """Parse a file in the layout `dumps` writes item by item, reusing items already parsed
    (a save by another process changes one item of 400). None if the text is not in that
    layout or any item fails to parse alone: the full parse then decides, and names the line.

    Parsing items one by one means the same as parsing the whole file: a line starting with
    '- ' at column 0 can only start a top-level item, or else break the item before it (a
    quoted scalar cut in two), which then fails to parse alone.
    """
    head = _CANONICAL_HEAD.match(text)
    if head is None:
        return None
    items = _ITEM_START.split(text[head.end() :])
    if items and items[0] == "":
        items = items[1:]
    try:
        notes = tuple(_load_note(article_id, item) for item in items)
    except (_Invalid, AnnotationFileError):
        return None
    if len({n.id for n in notes}) != len(notes):
        return None
    return ParsedFile(FORMAT_VERSION, notes)


def loads(path: Path, data: bytes, article_id: str) -> ParsedFile:
    """Parse and validate a file; AnnotationFileError (with the line) for anything wrong.

    The article id comes from the file's path, which wins over the `article` key inside, so a
    file renamed to follow a renamed article keeps working.
    """
    if data.startswith(b"version: 2\n"):
        try:
            fast = _loads_canonical(data.decode("utf-8"), article_id)
        except UnicodeDecodeError:
            fast = None
        if fast is not None:
            return fast
    doc, node = _parse_yaml(path, data)
    if doc is None:
        return ParsedFile(FORMAT_VERSION, ())
    try:
        doc = _mapping(doc, (), _TOP_KEYS)
        version = doc.get("version", FORMAT_VERSION)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise _Invalid(("version",), f"version {version!r} is not a format version")
        if version > FORMAT_VERSION:
            raise AnnotationFileError(
                path,
                _line_of(node, ("version",)),
                f"written by a newer newsreader (format version {version}; this one reads up "
                f"to {FORMAT_VERSION}): upgrade newsreader",
                newer_format=True,
            )
        for step in range(version, FORMAT_VERSION):
            doc = _MIGRATIONS[step](doc)
        items = doc.get("annotations") or []
        if not isinstance(items, list):
            raise _Invalid(("annotations",), "expected a list of annotations ('- id: ...')")
        notes = tuple(_note(item, ("annotations", i), article_id) for i, item in enumerate(items))
        ids: dict[str, int] = {}
        for i, note in enumerate(notes):
            if note.id in ids:
                raise _Invalid(("annotations", i, "id"), f"id {note.id} is used twice")
            ids[note.id] = i
    except _Invalid as exc:
        raise AnnotationFileError(path, _line_of(node, exc.where), exc.problem) from None
    return ParsedFile(version, notes)
