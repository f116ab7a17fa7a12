"""Where the query's words are in an article's text: highlight spans and the result snippet.

Offsets are character offsets into `Article.text` (the reference string of newsreader), or
into the snippet for a snippet's highlights, so the UI can style them directly.
"""

from __future__ import annotations

from collections.abc import Iterator, Set

from whoosh.analysis import Token
from whoosh.highlight import SCORE, BasicFragmentScorer, ContextFragmenter, top_fragments

from index.model import Span
from index.schema import highlight_analyzer, stem_word

SNIPPET_CHARS = 200
_ANALYZER = highlight_analyzer()
_FRAGMENTER = ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)


class Terms:
    """What to highlight: stems (matched after stemming a word) and exact folded words."""

    __slots__ = ("stems", "words")

    def __init__(self, stems: Set[str] = frozenset(), words: Set[str] = frozenset()) -> None:
        self.stems = frozenset(stems)
        self.words = frozenset(words)

    def __bool__(self) -> bool:
        return bool(self.stems or self.words)

    def matches(self, folded: str) -> bool:
        return folded in self.words or stem_word(folded) in self.stems


def _marked(text: str, terms: Terms) -> Iterator[Token]:
    for token in _ANALYZER(text, chars=True, removestops=False):
        token.matched = terms.matches(token.text)
        yield token


def highlight_spans(text: str, terms: Terms) -> list[Span]:
    """Every word of `text` the terms match, in text order."""
    if not terms:
        return []
    return [(t.startchar, t.endchar) for t in _marked(text, terms) if t.matched]


def _lead(text: str) -> tuple[int, int]:
    if len(text) <= SNIPPET_CHARS:
        return 0, len(text)
    cut = text.rfind(" ", 0, SNIPPET_CHARS)
    return 0, cut if cut > 0 else SNIPPET_CHARS


def snippet(text: str, terms: Terms) -> tuple[str, tuple[Span, ...]]:
    """The passage of `text` with the most distinct matched words, and their spans in it.

    The passage is a slice of `text` with newlines shown as spaces (same length, so offsets
    still hold); without a match in the text (a title or date match) it is the lead.
    """
    fragments = _FRAGMENTER.fragment_tokens(text, _marked(text, terms)) if terms else []
    best = top_fragments(fragments, 1, BasicFragmentScorer(), SCORE)
    if not best:
        start, end = _lead(text)
        return text[start:end].replace("\n", " "), ()
    fragment = best[0]
    start, end = fragment.startchar, fragment.endchar
    spans = tuple((m.startchar - start, m.endchar - start) for m in fragment.matches)
    return text[start:end].replace("\n", " "), spans
