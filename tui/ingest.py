"""Bring articles into a corpus folder: saved pages, plain files and feeds, written as Markdown.

The writing side of ingest, free of any UI, so `newsreader add`/`newsreader feed` and the app's
"Add…" command run the same code. The conversion itself is pure and lives in `articles.ingest`.

Guarantees: an existing file is never overwritten (a new one gets a numbered name, `-2`, `-3`,
unless `force`); a file identical to what would be written is not written twice; a feed entry
whose guid or link is already in the folder's front matter is skipped; the bundled sample
articles are never written to. Each file is written beside its final name, fsynced, then linked
into place, so a crash leaves either the whole article or nothing.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from articles import SAMPLES_DIR, ArticleError, ArticleFile, parse_article
from articles.ingest import (
    ExtractedArticle,
    IngestError,
    article_slug,
    entry_article,
    extract_article,
    parse_feed,
    render_markdown,
)
from articles.loader import SUFFIXES

FETCH_TIMEOUT = 20.0
MAX_DOWNLOAD = 20 * 1024 * 1024  # no news page or feed is this big; a bigger answer is a mistake
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_URL = re.compile(r"^https?://", re.IGNORECASE)
_FRONT_MATTER_MAX = 64 * 1024  # enough for any front matter; the body is never read for ids
_FRONT_MATTER_END = re.compile(r"\n---(?:\n|$)")  # as the loader reads it
_KEY_LINE = re.compile(r"^(?:guid|url):[ \t]*(\S.*)$", re.MULTILINE)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SUMMARY_ONLY = "summary only (the feed carries no full text for it)"

Status = Literal["written", "skipped", "error"]


class TargetError(Exception):
    """The folder to write into cannot be used (bad input: the CLI exits with 2)."""


@dataclass(frozen=True, slots=True)
class IngestItem:
    """What happened to one input: a file, a URL, or one entry of a feed."""

    source: str  # the file or URL as given
    status: Status
    path: Path | None = None  # the file written, or the existing file that made this a skip
    reason: str = ""  # why it was skipped, or the error (one line)
    entry: str | None = None  # the entry's title, for feed entries

    @property
    def label(self) -> str:
        return f"{self.source} [{self.entry}]" if self.entry else self.source

    def as_json(self) -> dict[str, str | None]:
        return {
            "source": self.source,
            "entry": self.entry,
            "status": self.status,
            "path": str(self.path) if self.path else None,
            "reason": self.reason or None,
        }


@dataclass(frozen=True, slots=True)
class IngestReport:
    """Every input's outcome, in the order given."""

    into: Path
    items: tuple[IngestItem, ...]
    warnings: tuple[str, ...] = ()  # about a whole input, e.g. a feed that was read leniently

    def _with(self, status: Status) -> tuple[IngestItem, ...]:
        return tuple(i for i in self.items if i.status == status)

    @property
    def written(self) -> tuple[IngestItem, ...]:
        return self._with("written")

    @property
    def skipped(self) -> tuple[IngestItem, ...]:
        return self._with("skipped")

    @property
    def errors(self) -> tuple[IngestItem, ...]:
        return self._with("error")


def prepare_target(into: Path) -> Path:
    """The folder to write into, resolved and created; never the bundled samples (package data)."""
    target = into.expanduser().resolve()
    samples = SAMPLES_DIR.resolve()
    if target == samples or samples in target.parents:
        raise TargetError(
            f"'{target}' is the bundled sample articles, which are never modified; "
            "choose a folder with --into DIR (or --articles DIR)"
        )
    if target.exists() and not target.is_dir():
        raise TargetError(f"'{target}' is not a folder")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TargetError(f"cannot create folder '{target}': {exc.strerror or exc}") from None
    return target


def fetch(url: str, timeout: float = FETCH_TIMEOUT) -> bytes:
    """GET a URL; IngestError with one line when the network, the server or the answer fails."""
    request = urllib.request.Request(url, headers={"User-Agent": "newsreader (+ingest)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_DOWNLOAD + 1)
    except urllib.error.HTTPError as exc:
        raise IngestError(f"server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise IngestError(f"no answer within {timeout:g} s") from None
        reason = exc.reason.strerror if isinstance(exc.reason, OSError) else exc.reason
        raise IngestError(f"cannot connect: {reason or exc}") from None
    except TimeoutError:
        raise IngestError(f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise IngestError(f"cannot fetch: {exc}") from None
    if len(data) > MAX_DOWNLOAD:
        raise IngestError(f"answer is larger than {MAX_DOWNLOAD // (1024 * 1024)} MiB")
    return data


def _read_source(source: str, timeout: float) -> bytes:
    if _URL.match(source):
        return fetch(source, timeout)
    path = Path(source).expanduser()
    if path.is_dir():
        raise IngestError("is a folder, not a file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise IngestError("no such file") from None
    except OSError as exc:
        raise IngestError(exc.strerror or str(exc)) from None


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a folder be fsynced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _candidates(folder: Path, stem: str, suffix: str) -> Iterator[Path]:
    yield folder / f"{stem}{suffix}"
    n = 2
    while True:
        yield folder / f"{stem}-{n}{suffix}"
        n += 1


def _same_id(path: Path) -> list[Path]:
    """Files holding this path's article id (`a.md` and `a.txt` are one id to the loader)."""
    return [other for other in map(path.with_suffix, SUFFIXES) if other.exists()]


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except FileNotFoundError:
        return False


def write_article_file(
    folder: Path, stem: str, suffix: str, data: bytes, force: bool = False
) -> tuple[Path, bool]:
    """Write `data` as `stem+suffix` in `folder`, or the first free numbered name.

    Returns the path and whether it was written: False when a file with this name (or one of its
    numbered names) already holds exactly these bytes. With `force`, the first name is replaced.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{stem[:40]}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        for path in _candidates(folder, stem, suffix):
            taken = _same_id(path)
            # Compare with what holds the name now (another writer may have just put the same
            # article there), and only then move on to the next numbered name.
            if path in taken and _holds(path, data):
                return path, False
            if force and all(other == path for other in taken):
                os.replace(tmp, path)
                break
            if taken:
                continue
            try:
                os.link(tmp, path)  # atomic, and fails if the name was taken in the meantime
            except FileExistsError:
                if _holds(path, data):  # a concurrent run wrote the same article
                    return path, False
                continue
            break
        _fsync_dir(folder)
        return path, True
    finally:
        tmp.unlink(missing_ok=True)


def _write_item(
    folder: Path, source: str, name: tuple[str, str], data: bytes, force: bool, entry: str | None
) -> IngestItem:
    path, written = write_article_file(folder, *name, data, force)
    if written:
        return IngestItem(source, "written", path, entry=entry)
    return IngestItem(source, "skipped", path, f"already in the corpus as {path.name}", entry)


def _write_extracted(
    folder: Path, source: str, article: ExtractedArticle, force: bool, entry: str | None = None
) -> IngestItem:
    data = render_markdown(article).encode("utf-8")
    return _write_item(folder, source, (article_slug(article), ".md"), data, force, entry)


def _is_html(path_or_url: str, data: bytes) -> bool:
    if _URL.match(path_or_url) or path_or_url.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _add_one(source: str, folder: Path, force: bool, timeout: float) -> IngestItem:
    try:
        data = _read_source(source, timeout)
        suffix = Path(source).suffix.lower()
        if not _URL.match(source) and suffix in SUFFIXES:
            path = Path(source)
            # Copied unchanged, once the loader agrees it is an article (UTF-8, front matter).
            parse_article(ArticleFile(path.stem, path), data)
            return _write_item(folder, source, (path.stem, suffix), data, force, entry=None)
        if not _is_html(source, data):
            raise IngestError(
                f"not a saved web page or a text file (expected .html, .htm, .txt or .md, "
                f"got '{suffix or 'no suffix'}')"
            )
        article = extract_article(data, url=source if _URL.match(source) else None)
        return _write_extracted(folder, source, article, force)
    except ArticleError as exc:
        return IngestItem(source, "error", reason=exc.reason)
    except IngestError as exc:
        return IngestItem(source, "error", reason=str(exc))
    except OSError as exc:
        return IngestItem(source, "error", reason=f"cannot write: {exc.strerror or exc}")


def add_files(
    sources: Sequence[str | Path],
    into: Path,
    force: bool = False,
    timeout: float = FETCH_TIMEOUT,
) -> IngestReport:
    """Add saved web pages (extracted to Markdown) and `.txt`/`.md` files (copied unchanged).

    An http(s) URL is fetched and extracted like a saved page. One failing input never stops the
    others; each has its IngestItem. Raises TargetError when `into` cannot be written to.
    """
    folder = prepare_target(into)
    items = tuple(_add_one(str(s), folder, force, timeout) for s in sources)
    return IngestReport(folder, items)


def _front_matter_keys(path: Path) -> Iterator[str]:
    """The `guid` and `url` values of a file's front matter, read without parsing all of it.

    Only the top of the file is read and only these two lines are parsed as YAML (they may be
    quoted), which keeps a scan of a large corpus to a few milliseconds per hundred files.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(_FRONT_MATTER_MAX)
    except OSError:
        return
    # The cut may split a character of the body, never one of the front matter that is read.
    text = head.decode("utf-8", errors="replace").removeprefix("\ufeff").replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return
    end = _FRONT_MATTER_END.search(text, 3)
    if end is None:
        return
    for match in _KEY_LINE.finditer(text, 4, end.start() + 1):
        try:
            value = yaml.load(match.group(1), Loader=_YAML_LOADER)
        except yaml.YAMLError:
            continue
        if isinstance(value, str) and value.strip():
            yield value.strip()


def _corpus_files(folder: Path) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.endswith(".md") and not name.startswith("."):
                yield Path(dirpath, name)


def imported_keys(folder: Path) -> dict[str, Path]:
    """Every `guid` and `url` in the front matter of the folder's Markdown files, to its file.

    Only the front matter is read, so scanning a corpus of thousands of articles stays quick.
    """
    keys: dict[str, Path] = {}
    for path in _corpus_files(folder):
        for value in _front_matter_keys(path):
            keys.setdefault(value, path)
    return keys


def _import_feed(
    source: str, folder: Path, known: dict[str, Path], summaries: bool, timeout: float
) -> tuple[list[IngestItem], list[str]]:
    try:
        data = _read_source(source, timeout)
        feed = parse_feed(data, url=source if _URL.match(source) else None)
    except IngestError as exc:
        return [IngestItem(source, "error", reason=str(exc))], []
    items: list[IngestItem] = []
    for entry in feed.entries:
        article = entry_article(feed, entry)
        title = article.title
        seen = next((known[k] for k in entry.keys if k in known), None)
        if seen is not None:
            reason = f"already in the corpus as {seen.relative_to(folder)}"
            items.append(IngestItem(source, "skipped", seen, reason, title))
            continue
        if not article.paragraphs:
            items.append(IngestItem(source, "skipped", reason="entry has no text", entry=title))
            continue
        if article.summary_only and not summaries:
            items.append(IngestItem(source, "skipped", reason=SUMMARY_ONLY, entry=title))
            continue
        try:
            item = _write_extracted(folder, source, article, force=False, entry=title)
        except OSError as exc:
            reason = f"cannot write: {exc.strerror or exc}"
            item = IngestItem(source, "error", reason=reason, entry=title)
        if item.path is not None:
            known.update(dict.fromkeys(entry.keys, item.path))
        items.append(item)
    warnings = []
    if feed.malformed:
        warnings.append(f"{source}: broken XML ({feed.malformed}); read what could be read")
    return items, warnings


def import_feeds(
    sources: Sequence[str | Path],
    into: Path,
    summaries: bool = False,
    timeout: float = FETCH_TIMEOUT,
) -> IngestReport:
    """Import every entry with full content from RSS/Atom feeds (files or http(s) URLs).

    Entries whose guid or link is already in the folder (from an earlier run, or an earlier feed
    in this one) are skipped, so running it again writes nothing new. Summary-only entries are
    skipped with a note unless `summaries`, which imports them marked `summary: true`.
    """
    folder = prepare_target(into)
    known = imported_keys(folder)
    items: list[IngestItem] = []
    warnings: list[str] = []
    for source in sources:
        feed_items, feed_warnings = _import_feed(str(source), folder, known, summaries, timeout)
        items.extend(feed_items)
        warnings.extend(feed_warnings)
    return IngestReport(folder, tuple(items), tuple(warnings))
