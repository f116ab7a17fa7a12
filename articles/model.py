"""The article model: what the rest of newsreader knows about one file of the corpus."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A paragraph that cleaning took out of the body, kept so the reader can show it again."""

    text: str
    reason: str
    # Where it stood: the number of body paragraphs before it (the reader shows it in place).
    # Not part of equality: the same furniture is the same wherever a page put it.
    before: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Article:
    """One article, immutable.

    ``text`` is the cleaned body: every character offset anywhere in newsreader (claims,
    annotations, highlights) refers to this string, so it is derived deterministically from the
    file and never edited in place. ``raw`` is the file exactly as read (BOM and CRLF removed).
    """

    id: str
    path: Path
    title: str
    raw: str
    text: str
    paragraphs: tuple[str, ...]
    date: dt.date | None = None
    time: dt.time | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = field(default=())

    @property
    def words(self) -> int:
        """Number of words in the cleaned body."""
        return len(self.text.split())

    def summary(self) -> dict[str, object]:
        """The fields `newsreader list --json` prints (JSON-ready)."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "author": self.author,
            "source": self.source,
            "path": str(self.path),
            "words": self.words,
        }
