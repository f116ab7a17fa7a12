"""Where the query's words are in an article's text: highlight spans and the result snippet.

Offsets are character offsets into `Article.text` (the reference string of newsreader), or
into the snippet for a snippet's highlights, so the UI can style them directly.
"""

from __future__ import annotations

from collections.abc import Set

from whoosh.analysis import Token
from whoosh.highlight import SCORE, BasicFragmentScorer, PinpointFragmenter, top_fragments

from index.model import Span
from index.schema import WORD, fold, stem_word

SNIPPET_CHARS = 200
# A snippet is chosen from the matches in about the first 3,000 words: a 1,500-paragraph
# article scanned whole cost a search 10 ms per such hit.
SNIPPET_SCAN = 20_000
# Built from the matches alone (no second pass over the text), trimmed to whole words; with
# no limit of its own (Whoosh's default drops matches after 32K characters).
_FRAGMENTER = PinpointFragmenter(maxchars=SNIPPET_CHARS, surround=60, autotrim=True, charlimit=None)


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


def _matches(text: str, terms: Terms, scan: int | None = None) -> list[Token]:
    """The matched words of `text` as tokens with character offsets; with `scan`, those in
    its first `scan` characters, or if none, the first match's passage.

    One pass of the index's word pattern (schema.WORD) with a per-word memo: the words the
    analyzers see, at a fraction of the cost of their token pipeline on every hit's body.
    """
    if not terms:
        return []
    memo: dict[str, str] = {}  # word -> its folded form if it matches, else ""
    found: list[Token] = []
    for match in WORD.finditer(text):
        if scan is not None and found and match.start() > scan:
            break
        word = match.group()
        folded = memo.get(word)
        if folded is None:
            folded = memo[word] = fold(word) if terms.matches(fold(word)) else ""
        if folded:
            if scan is not None and not found:
                scan = max(scan, match.start() + SNIPPET_CHARS)
            found.append(
                Token(text=folded, boost=1.0, startchar=match.start(), endchar=match.end())
            )
    return found


def highlight_spans(text: str, terms: Terms) -> list[Span]:
    """Every word of `text` the terms match, in text order."""
    return [(t.startchar, t.endchar) for t in _matches(text, terms)]


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
    fragments = _FRAGMENTER.fragment_matches(text, _matches(text, terms, SNIPPET_SCAN))
    best = top_fragments(fragments, 1, BasicFragmentScorer(), SCORE)
    if not best:
        start, end = _lead(text)
        return text[start:end].replace("\n", " "), ()
    fragment = best[0]
    start, end = fragment.startchar, fragment.endchar
    spans = tuple((m.startchar - start, m.endchar - start) for m in fragment.matches)
    return text[start:end].replace("\n", " "), spans
