"""Turn a file's body into reading text: paragraphs, furniture removed, title/date/byline found.

Pure functions over strings; the loader decides what to read, this decides what it means.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from articles.model import Boilerplate

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What cleaning makes of a body: the reading paragraphs and what it learned on the way."""

    paragraphs: tuple[str, ...]
    boilerplate: tuple[Boilerplate, ...] = ()
    title: str | None = None
    date: dt.date | None = None
    time: dt.time | None = None
    author: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def split_paragraphs(body: str) -> list[str]:
    """Split on blank lines when the file uses them, else on single newlines.

    Files saved from the web use one or the other; a file that mixes them is split on blank
    lines and its single newlines are treated as soft wraps.
    """
    body = body.strip("\n")
    if not body.strip():
        return []
    chunks = _BLANK_LINE.split(body) if _BLANK_LINE.search(body) else body.split("\n")
    paragraphs = []
    for chunk in chunks:
        para = _SPACES.sub(" ", " ".join(line.strip() for line in chunk.split("\n"))).strip()
        if para:
            paragraphs.append(para)
    return paragraphs


def clean_text(body: str) -> Cleaned:
    """Clean an article body. For now: paragraphs with whitespace normalised."""
    return Cleaned(paragraphs=tuple(split_paragraphs(body)))
