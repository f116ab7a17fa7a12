"""Find and read the corpus: files on disk to `Article` objects, a warning per bad file."""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from articles.clean import clean_text, derive_title
from articles.model import Article

SUFFIXES = (".md", ".txt")
SAMPLES_DIR = Path(__file__).parent / "samples"


class ArticleError(Exception):
    """A file that cannot be read as an article; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class CorpusNotFoundError(Exception):
    """The corpus folder does not exist or is not a folder (bad input, not a runtime failure)."""


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """A file found in the corpus, before it is read."""

    id: str
    path: Path


@dataclass(frozen=True, slots=True)
class LoadWarning:
    """A file that was skipped, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Corpus:
    """The articles of one folder, sorted by id, and the files that could not be read."""

    root: Path
    articles: tuple[Article, ...]
    warnings: tuple[LoadWarning, ...] = ()

    def get(self, article_id: str) -> Article | None:
        for article in self.articles:
            if article.id == article_id:
                return article
        return None

    def closest_ids(self, article_id: str, n: int = 3) -> list[str]:
        """Ids that look like a mistyped `article_id` (for 'did you mean')."""
        ids = [a.id for a in self.articles]
        close = difflib.get_close_matches(article_id, ids, n=n, cutoff=0.5)
        if not close:
            close = [i for i in ids if article_id.lower() in i.lower()][:n]
        return close


def _walk(root: Path) -> Iterator[tuple[str, Path]]:
    """(id, path) of every article file. An id is the path relative to the corpus root, without
    suffix, '/'-separated. Ids are made from strings, a folder at a time: with
    pathlib per file, listing 10,000 articles took a third of a no-change index update."""
    for dirpath, dirnames, filenames in os.walk(root):
        # Hidden folders are skipped (pruned in place so os.walk never descends into them).
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        folder = Path(dirpath)
        rel = os.path.relpath(dirpath, root)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        for name in sorted(filenames):
            if not name.startswith(".") and name.endswith(SUFFIXES):
                yield prefix + os.path.splitext(name)[0], folder / name


def discover(root: Path) -> tuple[list[ArticleFile], list[LoadWarning]]:
    """List the article files under `root` (recursively, hidden files and folders skipped).

    Two files with the same id (``a.md`` and ``a.txt``) cannot both be articles: the Markdown
    one wins, since it can carry front matter, and the other is reported.
    """
    if not root.is_dir():
        what = "is not a folder" if root.exists() else "does not exist"
        raise CorpusNotFoundError(f"articles folder '{root}' {what}")
    by_id: dict[str, ArticleFile] = {}
    warnings: list[LoadWarning] = []
    for file_id, path in _walk(root):
        file = ArticleFile(file_id, path)
        other = by_id.get(file.id)
        if other is None:
            by_id[file.id] = file
            continue
        keep, drop = (file, other) if file.path.suffix == ".md" else (other, file)
        by_id[file.id] = keep
        warnings.append(LoadWarning(drop.path, f"skipped: same id as {keep.path.name}"))
    return [by_id[k] for k in sorted(by_id)], warnings


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM) to text with '\\n' line ends; anything else is an error."""
    if b"\x00" in data:
        raise ArticleError(path, "not a text file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"not valid UTF-8 (byte {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


# libyaml's safe loader when PyYAML has it: 0.1 instead of 0.8 ms per front matter, which was
# most of what reading an article cost a full index build.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# An unclosed `[`, `{` or quote is noticed lines later (at the next key, or the end of the
# text); the line to fix is the one it opened on, which PyYAML gives as the context mark.
_OPENED_CONTEXTS = ("while parsing a flow", "while scanning a quoted scalar")


def yaml_error_line(exc: yaml.YAMLError) -> int | None:
    """The 0-based line of a YAML error in its text: where an unclosed bracket or quote was
    opened, else where the parser stopped; None when the error has no position."""
    context = getattr(exc, "context", None) or ""
    opened = getattr(exc, "context_mark", None) if context.startswith(_OPENED_CONTEXTS) else None
    mark = opened or getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line if mark is not None else None


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (between '---' lines at the very top) from the body."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 3)
    while end != -1 and text[end + 4 : end + 5] not in ("\n", ""):
        end = text.find("\n---", end + 4)
    if end == -1:
        raise ArticleError(path, "front matter has no closing '---' line")
    block = text[4 : end + 1]
    body = text[end + 5 :]
    try:
        meta = yaml.load(block, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        line = yaml_error_line(exc)  # 0-based in the block, which starts after the '---' line
        where = f" at line {line + 2}" if line is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ArticleError(path, f"broken front matter{where}: {problem}") from None
    if meta is None:
        return {}, body
    if not isinstance(meta, dict):
        raise ArticleError(path, "broken front matter: expected 'key: value' lines")
    return meta, body


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _as_date(path: Path, value: Any) -> tuple[dt.date | None, dt.time | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), value.timetz() if value.time() != dt.time() else None
    if isinstance(value, dt.date):
        return value, None
    text = str(value).strip()
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ArticleError(path, f"front matter date '{text}' is not an ISO date") from None
    has_time = "T" in text or " " in text
    return stamp.date(), (stamp.timetz() if has_time else None)


def _as_tags(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        items = [items]
    return tuple(t for t in (str(i).strip() for i in items) if t)


def parse_article(file: ArticleFile, data: bytes) -> Article:
    """Build an Article from a file's bytes; ArticleError for input that is not an article."""
    raw = decode(file.path, data)
    markdown = file.path.suffix == ".md"
    meta, body = split_front_matter(file.path, raw) if markdown else ({}, raw)
    # Front matter wins for title, date and author; the body's header fills what it leaves out.
    known_title = _as_str(meta.get("title"))
    cleaned = clean_text(body, markdown=markdown, known_title=known_title)
    date, time = _as_date(file.path, meta.get("date"))
    if date is None:
        date, time = cleaned.date, cleaned.time
    return Article(
        id=file.id,
        path=file.path,
        title=known_title or cleaned.title or derive_title(cleaned.paragraphs) or "(untitled)",
        raw=raw,
        text=cleaned.text,
        paragraphs=cleaned.paragraphs,
        date=date,
        time=time,
        author=_as_str(meta.get("author")) or cleaned.author,
        source=_as_str(meta.get("source")),
        url=_as_str(meta.get("url")),
        tags=_as_tags(meta.get("tags")),
        boilerplate=cleaned.boilerplate,
    )


def read_article(file: ArticleFile) -> Article:
    """Read one file from disk. Raises ArticleError if it cannot be read as an article."""
    try:
        data = file.path.read_bytes()
    except OSError as exc:
        raise ArticleError(file.path, exc.strerror or str(exc)) from None
    return parse_article(file, data)


def load_corpus(root: Path) -> Corpus:
    """Read every article under `root`; unreadable files become warnings, not failures."""
    root = root.expanduser().resolve()
    files, warnings = discover(root)
    articles: list[Article] = []
    for file in files:
        try:
            articles.append(read_article(file))
        except ArticleError as exc:
            warnings.append(LoadWarning(exc.path, exc.reason))
    return Corpus(root=root, articles=tuple(articles), warnings=tuple(warnings))
