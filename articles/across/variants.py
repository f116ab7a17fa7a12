"""Quotes that changed in the retelling: near-identical quotes, and a word-level diff.

Words are compared folded (case, accents and curly quotes aside) and without the punctuation
around them, so "territories," and "territories." are one word; the diff shows the words as
each article wrote them, without that punctuation.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from articles.across.names import fold

# Words with their inner apostrophes, hyphens and dots ("don't", "U.S.", "5,000", "85%").
_WORD = re.compile(r"[^\W_]+(?:[’'.,\-][^\W_]+)*%?")
# How alike two quotes must be, as difflib's ratio over their words, to be the same quote
# retold: one word changed in six, or two dropped or added in ten, still is.
VARIANT_RATIO = 0.8

DiffOp = Literal["same", "added", "dropped", "changed"]


@dataclass(frozen=True, slots=True)
class DiffSegment:
    """A run of words: `old` as the first quote has them, `new` as the second."""

    op: DiffOp
    old: str | None
    new: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"op": self.op, "old": self.old, "new": self.new}


def quote_words(text: str) -> list[str]:
    """The words of a quote as written, without quotation marks and punctuation."""
    return _WORD.findall(text)


def _compared(words: list[str]) -> list[str]:
    return [fold(w).replace("’", "'") for w in words]


def word_diff(old: str, new: str) -> tuple[DiffSegment, ...]:
    """What `new` changed in `old`, word by word: runs of same, added, dropped and changed
    words, in order."""
    a, b = quote_words(old), quote_words(new)
    matcher = difflib.SequenceMatcher(None, _compared(a), _compared(b), autojunk=False)
    segments = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        was, now = " ".join(a[i1:i2]) or None, " ".join(b[j1:j2]) or None
        if tag == "equal":
            segments.append(DiffSegment("same", was, now))
        elif tag == "delete":
            segments.append(DiffSegment("dropped", was, None))
        elif tag == "insert":
            segments.append(DiffSegment("added", None, now))
        else:
            segments.append(DiffSegment("changed", was, now))
    return tuple(segments)


def quote_variant(old: str, new: str) -> tuple[DiffSegment, ...] | None:
    """The word diff if `new` is `old` retold with small changes; None if the two are the
    same words, or too different to be one quote."""
    a, b = _compared(quote_words(old)), _compared(quote_words(new))
    if a == b or not a or not b:
        return None
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < VARIANT_RATIO or matcher.ratio() < VARIANT_RATIO:
        return None
    return word_diff(old, new)
