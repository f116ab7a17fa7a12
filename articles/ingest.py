"""Turn saved web pages and RSS/Atom feeds into articles, and articles into Markdown files' text.

Pure conversion: bytes in, models and strings out. Nothing is written or fetched here (that is
`tui/ingest.py`), and trafilatura, feedparser and slugify are imported inside the functions that
need them, so `import articles` stays fast for the commands that never ingest anything.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from dataclasses import dataclass
from typing import Any

import yaml

from articles.markdown import escape_markdown

# A page "has an article" when its extracted text holds at least this many words in paragraphs of
# sentence length. Below it, what trafilatura returns is menus and form labels (a sign-in page, a
# section front), and importing it would put noise into the corpus.
MIN_ARTICLE_WORDS = 30
_SENTENCE_WORDS = 8
_SLUG_MAX = 80
_SPACES = re.compile(r"\s+")
# RSS 2.0 <author> is "email (Name)"; feedparser mangles the name when it is not ASCII.
_RSS_AUTHOR = re.compile(r"^\s*\S+@\S+\s+\((?P<name>[^)]+)\)\s*$")


class IngestError(ValueError):
    """Input that cannot become an article; the message is one line, the caller names the file."""


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    """An article taken out of a page or a feed entry, ready to be written as Markdown."""

    title: str
    paragraphs: tuple[str, ...]
    date: dt.date | dt.datetime | None = None
    author: str | None = None
    source: str | None = None  # the publication: the page's site name, or the feed's title
    url: str | None = None
    tags: tuple[str, ...] = ()
    guid: str | None = None  # feed entries only: the entry's guid/id
    feed: str | None = None  # feed entries only: the feed's own URL, when known
    summary_only: bool = False  # the body is the feed's summary, not the article
    language: str | None = None
    description: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed, as published; `paragraphs` is None when it has only a summary."""

    title: str | None
    link: str | None
    guid: str | None
    author: str | None
    date: dt.date | dt.datetime | None
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...] | None
    summary: tuple[str, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        """What identifies the entry across runs (its guid and its link), for idempotent imports."""
        return tuple(k for k in (self.guid, self.link) if k)


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed. `malformed` says why it was only read leniently (the XML was broken)."""

    title: str | None
    url: str | None
    link: str | None
    language: str | None
    entries: tuple[FeedEntry, ...]
    malformed: str | None = None


def _one_line(text: Any) -> str | None:
    if text is None:
        return None
    line = _SPACES.sub(" ", str(text)).strip()
    return line or None


def _lines_to_paragraphs(text: str, title: str | None = None) -> tuple[str, ...]:
    """trafilatura's text has one block (paragraph, heading, list item) per line."""
    paragraphs = [p for p in (_one_line(line) for line in text.splitlines()) if p]
    if title and paragraphs and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # the headline is in the front matter, not the body
    return tuple(paragraphs)


def _prose_words(paragraphs: tuple[str, ...]) -> int:
    counts = (len(p.split()) for p in paragraphs)
    return sum(n for n in counts if n >= _SENTENCE_WORDS)


def _split_list(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    items = value.split(",") if isinstance(value, str) else value
    tags: dict[str, str] = {}  # casefolded -> first spelling seen
    for item in items:
        if tag := _one_line(item):
            tags.setdefault(tag.casefold(), tag)
    return tuple(tags.values())


def _parse_date(value: Any) -> dt.date | dt.datetime | None:
    """An ISO date or RFC 822/ISO timestamp, keeping the publisher's own UTC offset."""
    text = _one_line(value)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def extract_article(html: bytes | str, url: str | None = None) -> ExtractedArticle:
    """The article of a saved web page: main text and metadata, without menus, ads or comments.

    Dates come only from the page's markup (`<meta>`, `<time>`, JSON-LD): trafilatura's
    extensive search would otherwise guess one from a copyright line, and for a reader who checks
    facts a wrong date is worse than none. Raises IngestError when the page holds no article.
    """
    import trafilatura  # lazy: about 0.25 s of imports

    if isinstance(html, bytes) and not html.strip():
        raise IngestError("empty file")
    raw = trafilatura.extract(
        html,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    data: dict[str, Any] = json.loads(raw) if raw else {}
    title = _one_line(data.get("title"))
    paragraphs = _lines_to_paragraphs(data.get("text") or "", title)
    if _prose_words(paragraphs) < MIN_ARTICLE_WORDS:
        raise IngestError("no article found in the page (only menus, forms or short snippets)")
    return ExtractedArticle(
        title=title or _fallback_title(paragraphs),
        paragraphs=paragraphs,
        date=_parse_date(data.get("date")),
        author=_one_line(data.get("author")),
        source=_one_line(data.get("source-hostname")) or _one_line(data.get("hostname")),
        url=_one_line(data.get("source")) or url,
        tags=_split_list(data.get("categories")) + _split_list(data.get("tags")),
        language=_one_line(data.get("language")),
        description=_one_line(data.get("excerpt")),
    )


def html_to_paragraphs(html: str) -> tuple[str, ...]:
    """A feed entry's content (already the article, no page around it) as paragraphs.

    Uses trafilatura with `favor_recall`: in feed content every heading and list item is part of
    the article, and the default balance drops some of them.
    """
    import trafilatura

    raw = trafilatura.extract(
        f"<html><body><article>{html}</article></body></html>",
        output_format="json",
        favor_recall=True,
        include_comments=False,
        include_tables=True,
    )
    return _lines_to_paragraphs(json.loads(raw)["text"]) if raw else ()


def _text_to_paragraphs(text: str) -> tuple[str, ...]:
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.splitlines()
    return tuple(p for p in (_one_line(b) for b in blocks) if p)


def _detail_text(detail: Any) -> tuple[str, ...]:
    """Paragraphs of a feedparser content/summary detail, whatever its declared type."""
    value = detail.get("value") or ""
    if "html" in (detail.get("type") or "text/html"):
        return html_to_paragraphs(value)
    return _text_to_paragraphs(value)


def _entry_author(entry: Any) -> str | None:
    author = _one_line(entry.get("author"))
    if author and (match := _RSS_AUTHOR.match(author)):
        return _one_line(match.group("name"))
    detail = entry.get("author_detail") or {}
    return _one_line(detail.get("name")) or author


def _entry_date(entry: Any) -> dt.date | dt.datetime | None:
    for key in ("published", "updated", "created"):
        date = _parse_date(entry.get(key))
        if date is not None:
            return date
        parsed = entry.get(f"{key}_parsed")
        if parsed is not None:  # feedparser understood a format we do not: UTC
            return dt.datetime(*parsed[:6]).replace(tzinfo=dt.UTC)
    return None


def _feed_entry(entry: Any) -> FeedEntry:
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    paragraphs = _detail_text(contents[0]) if contents else ()
    summary_detail = entry.get("summary_detail") or {"value": entry.get("summary") or ""}
    return FeedEntry(
        title=_one_line(entry.get("title")),
        link=_one_line(entry.get("link")),
        guid=_one_line(entry.get("id")),
        author=_entry_author(entry),
        date=_entry_date(entry),
        tags=_split_list([t.get("term") for t in entry.get("tags") or []]),
        paragraphs=paragraphs or None,
        summary=_detail_text(summary_detail),
    )


def _xml_problem(exc: BaseException) -> str:
    line = getattr(exc, "getLineNumber", None)
    message = getattr(exc, "getMessage", None)
    if callable(line) and callable(message):  # xml.sax.SAXParseException
        return f"line {line()}: {message()}"
    return _one_line(exc) or type(exc).__name__


def parse_feed(data: bytes, url: str | None = None) -> Feed:
    """Parse an RSS 0.9x/1.0/2.0 or Atom document. Raises IngestError when it is not a feed.

    feedparser reads broken XML leniently; such a feed is accepted when entries could still be
    read (`Feed.malformed` says what was wrong) and refused when nothing could.
    """
    import feedparser  # lazy

    if not data.strip():
        raise IngestError("empty file")
    parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    entries = tuple(
        _feed_entry(e) for e in parsed.entries if e.get("title") or e.get("link") or e.get("id")
    )
    problem = None
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if exc is not None and not isinstance(exc, feedparser.CharacterEncodingOverride):
        problem = _xml_problem(exc)
    if not entries:
        if problem:
            raise IngestError(f"feed does not parse: {problem}")
        if not parsed.get("version"):
            raise IngestError("not an RSS or Atom feed")
    links = parsed.feed.get("links") or []
    self_link = next((lk.get("href") for lk in links if lk.get("rel") == "self"), None)
    return Feed(
        title=_one_line(parsed.feed.get("title")),
        url=url or _one_line(self_link),
        link=_one_line(parsed.feed.get("link")),
        language=_one_line(parsed.feed.get("language")),
        entries=entries,
        malformed=problem,
    )


def _fallback_title(paragraphs: tuple[str, ...]) -> str:
    first = paragraphs[0] if paragraphs else "Untitled"
    return first if len(first) <= 90 else first[:90].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def entry_article(feed: Feed, entry: FeedEntry) -> ExtractedArticle:
    """The article of a feed entry: its full content, or its summary (marked `summary_only`)."""
    paragraphs = entry.paragraphs or entry.summary
    return ExtractedArticle(
        title=entry.title or _fallback_title(paragraphs),
        paragraphs=paragraphs,
        date=entry.date,
        author=entry.author,
        source=feed.title,
        url=entry.link,
        tags=entry.tags,
        guid=entry.guid,
        feed=feed.url,
        summary_only=entry.paragraphs is None,
        language=feed.language,
    )


def article_slug(article: ExtractedArticle) -> str:
    """A readable, stable file stem: `2025-02-12-kremlin-rules-out-swap` (ASCII, lowercase)."""
    from slugify import slugify  # lazy

    slug = slugify(article.title, max_length=_SLUG_MAX, word_boundary=True) or "article"
    return f"{article.date.isoformat()[:10]}-{slug}" if article.date else slug


def front_matter(article: ExtractedArticle) -> dict[str, Any]:
    """The YAML keys the loader reads (title, date, author, source, url, tags) and provenance."""
    date: Any = article.date
    if isinstance(date, dt.datetime):
        date = date.isoformat()
    meta: dict[str, Any] = {
        "title": article.title,
        "date": date,
        "author": article.author,
        "source": article.source,
        "url": article.url,
        "tags": list(article.tags) or None,
        "guid": article.guid,
        "feed": article.feed,
        "summary": True if article.summary_only else None,
        "language": article.language,
        "description": article.description,
    }
    return {k: v for k, v in meta.items() if v is not None}


def render_markdown(article: ExtractedArticle) -> str:
    """Front matter, then the paragraphs, one line each, separated by blank lines.

    The body is not Markdown-escaped: the loader reads it as plain text, and an escape would end
    up in `Article.text`, which every offset in newsreader refers to.
    """
    block = yaml.safe_dump(
        front_matter(article),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100_000,
    )
    # Escape what Markdown would act on, so the loader reads the plain paragraphs back as written.
    body = "\n\n".join(map(escape_markdown, article.paragraphs))
    return f"---\n{block}---\n{body}\n"
