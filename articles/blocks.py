"""A body's blocks: its paragraphs, headings and list items, before anything is judged furniture.

Plain text has no markup, so its paragraph breaks are inferred from the way the file was saved
(blank lines, one paragraph per line, or prose hard-wrapped at a fixed width). Markdown has its
own module (`articles.markdown`); both end here, in a list of `Block`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["paragraph", "heading", "item", "code", "row", "html", "image"]

_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_OTHER_SPACES = "\t\n\r\f\v\u00a0"  # the characters of _SPACES but the space
_SENTENCE_END = re.compile(r"[.!?…:;]['\"”’)\]]*$")
_LIST_MARK = re.compile(r"^(?:[-*+•▪◦]|\d{1,3}[.)])\s")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like unit of a body, as a reader would see it.

    `link_share` is the part of the text that was link text in the source (Markdown only): a
    block made of links is navigation, the oldest signal boilerplate detectors use.
    """

    text: str
    kind: BlockKind = "paragraph"
    link_share: float = 0.0


def normalise_space(text: str) -> str:
    """Collapse runs of spaces, tabs, newlines and no-break spaces (all a kept paragraph loses)."""
    # (Most lines have single spaces only: a few fast string searches find that, where the
    # substitution would rebuild the line, one match per space.)
    if "  " in text or any(space in text for space in _OTHER_SPACES):
        text = _SPACES.sub(" ", text)
    return text.strip()


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped file was wrapped at, or None for one-paragraph-per-line files.

    Wrapped prose has short-ish lines (80 columns or so) and many lines that start in the middle
    of a sentence, that is with a lowercase letter; files saved from the web have neither.
    """
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < 4:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 100:
        return None
    followers = [b for a, b in itertools.pairwise(lines) if a and b]
    lowercase = sum(1 for line in followers if line[0].islower())
    return width if followers and lowercase >= 0.3 * len(followers) else None


def _continues(previous: str, line: str, wrap: int | None) -> bool:
    """Whether `line` carries on the paragraph `previous` ended (a soft line break)."""
    if _LIST_MARK.match(line):
        return False
    if wrap is not None:
        return len(previous) >= 0.6 * wrap
    # One paragraph per line: only a sentence visibly cut in two is joined back.
    return line[0].islower() and not _SENTENCE_END.search(previous)


def text_blocks(body: str) -> list[Block]:
    """Split plain text into paragraphs (blank lines, single newlines or wrapped prose)."""
    lines = [normalise_space(line) for line in body.split("\n")]
    wrap = _wrap_width(lines)
    blocks: list[Block] = []
    current: list[str] = []
    for line in lines:
        if current and (not line or not _continues(current[-1], line, wrap)):
            blocks.append(Block(" ".join(current)))
            current = []
        if line:
            current.append(line)
    if current:
        blocks.append(Block(" ".join(current)))
    return blocks
