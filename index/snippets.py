"""Where the query's words are in an article's text: highlight spans and the result snippet.

Offsets are character offsets into `Article.text` (the reference string of newsreader), or
into the snippet for a snippet's highlights, so the UI can style them directly.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence, Set

from whoosh.analysis import Token
from whoosh.highlight import SCORE, BasicFragmentScorer, PinpointFragmenter, top_fragments

from index.model import Span
from index.schema import WORD, analyse_word, is_word_char, merged_spans

SNIPPET_CHARS = 200
# A snippet is chosen from the matches in about the first 3,000 words: a 1,500-paragraph
# article scanned whole cost a search 10 ms per such hit.
SNIPPET_SCAN = 20_000
# Characters that words are made of (a word crosses no other).
_WORD_OR_DOT_RUN = re.compile(r"[\w.]*")
# Words kept checked for one search's Terms (a few MB at most).
_CHECKED_MAX = 100_000
# Built from the matches alone (no second pass over the text), trimmed to whole words; with
# no limit of its own (Whoosh's default drops matches after 32K characters).
_FRAGMENTER = PinpointFragmenter(maxchars=SNIPPET_CHARS, surround=60, autotrim=True, charlimit=None)


class Terms:
    """What to highlight: stems (matched after stemming a word), exact folded words, and
    phrases (stems, in order: a phrase's words are highlighted only where they are one);
    and, `in_claims`, more that are highlighted only inside the article's claims."""

    __slots__ = (
        "_matching",
        "_not_matching",
        "in_claims",
        "phrase_starts",
        "phrases",
        "stems",
        "words",
    )

    def __init__(
        self,
        stems: Set[str] = frozenset(),
        words: Set[str] = frozenset(),
        phrases: Iterable[tuple[str, ...]] = (),
        in_claims: Terms | None = None,
    ) -> None:
        self.stems = frozenset(stems)
        self.words = frozenset(words)
        self.phrases = frozenset(phrases)
        self.in_claims = in_claims
        # Where a phrase may start: its first word, found as a word alone is.
        self.phrase_starts = {phrase: Terms({phrase[0]}) for phrase in self.phrases}
        # Words as written, checked: kept for the next hit of the same search (articles
        # share most of their words, and a set difference drops the known ones at once).
        self._matching: dict[str, str] = {}  # -> the word folded
        self._not_matching: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.stems or self.words or self.phrases or self.in_claims)

    def matching(self, words: set[str]) -> Iterator[tuple[str, str]]:
        """The words (as written) that match, each with its folded form. A word the
        analyzers drop never does ("its" stems to "it", a stop word the index leaves out)."""
        if len(self._not_matching) >= _CHECKED_MAX:
            self._not_matching.clear()
        matching = self._matching
        for word in words - self._not_matching:
            folded = matching.get(word)
            if folded is None:
                folded, stem = analyse_word(word)
                if stem is None or not (folded in self.words or stem in self.stems):
                    self._not_matching.add(word)
                    continue
                matching[word] = folded
            yield word, folded


def _matches(
    text: str, terms: Terms, scan: int | None = None, claims: Sequence[Span] = ()
) -> list[Token]:
    """The matched words of `text` as tokens with character offsets; with `scan`, those
    starting in its first `scan` characters, or if none, in the first match's passage.
    (`claims`: the spans of the text's claims, for Terms.in_claims.)

    The words the analyzers see (schema.WORD), at a fraction of the cost of their token
    pipeline: the regex engine lists the text's words, each distinct one is checked once
    per search (Terms.matching), and only those that match are looked for (str.find). With
    a loop in Python over every word instead, snippets took 1.5 times as long: a third of
    a search's time at 10,000 articles.
    """
    if not terms:
        return []
    claims = merged_spans(claims)
    end = len(text) if scan is None else _end_of_words(text, scan + SNIPPET_CHARS)
    found = _found(text, terms, 0, end, claims)
    if scan is not None:
        if not found and end < len(text):  # none in the first passage: the first beyond
            found, end = _found(text, terms, end, len(text), claims), len(text)
        if found:
            limit = max(scan, found[0][0] + SNIPPET_CHARS)
            further = _end_of_words(text, limit + 1)
            if further > end:  # (a phrase found before `end` may also reach past it)
                found = sorted({*found, *_found(text, terms, end, further, claims)})
            found = [m for m in found if m[0] <= limit]
    return [Token(text=f, boost=1.0, startchar=start, endchar=stop) for start, stop, f in found]


def _end_of_words(text: str, at: int) -> int:
    """The first position from `at` that no word of `text` spans: words end there, and the
    ones after start there, as in a pass over the whole text."""
    run = _WORD_OR_DOT_RUN.match(text, at)  # empty at the end of the text: never None
    return run.end() if run is not None else len(text)


def _found(
    text: str, terms: Terms, start: int, end: int, claims: Sequence[Span] = ()
) -> list[tuple[int, int, str]]:
    """The matched words in `text[start:end]` (which no word crosses), in text order, with
    their folded forms; a phrase's, if it starts there; those of `terms.in_claims` if they
    start inside one of the `claims` (sorted spans), as the index places a word."""
    found = _words_found(text, terms, start, end)
    for phrase, first in terms.phrase_starts.items():
        for word in _words_found(text, first, start, end):
            rest = _phrase_rest(text, word[1], phrase[1:])
            if rest is not None:
                found += [word, *rest]
    if terms.in_claims is not None and claims:
        inside = _found(text, terms.in_claims, start, end)
        found += [word for word in inside if _in_spans(word[0], claims)]
    return sorted(set(found)) if terms.phrases or terms.in_claims else found


def _in_spans(at: int, spans: Sequence[Span]) -> bool:
    """Whether `at` is inside one of `spans` (sorted, not overlapping)."""
    k = bisect_right(spans, (at, sys.maxsize)) - 1
    return k >= 0 and at < spans[k][1]


def _phrase_rest(text: str, at: int, stems: tuple[str, ...]) -> list[tuple[int, int, str]] | None:
    """The words after `at` (the end of a word) if they go on with `stems`, as the index
    reads them (stop words and single letters skipped, as its positions skip them)."""
    rest: list[tuple[int, int, str]] = []
    for match in WORD.finditer(text, at):
        folded, stem = analyse_word(match.group())
        if stem is None:
            continue
        if stem != stems[len(rest)]:
            return None
        rest.append((match.start(), match.end(), folded))
        if len(rest) == len(stems):
            return rest
    return None


def _words_found(text: str, terms: Terms, start: int, end: int) -> list[tuple[int, int, str]]:
    """The matched words (not phrases) in `text[start:end]`, as _found gives them."""
    found: list[tuple[int, int, str]] = []
    if not (terms.stems or terms.words):
        return found
    for word, folded in terms.matching(set(WORD.findall(text, start, end))):
        at = text.find(word, start, end)
        while at >= 0:
            stop = at + len(word)
            if _word_starts(text, at):
                whole = WORD.match(text, at)  # the word that starts there
                if whole is not None and whole.end() == stop:
                    found.append((at, stop, folded))
            at = text.find(word, at + 1, end)
    found.sort()
    return found


def _word_starts(text: str, at: int) -> bool:
    """Whether a word of the whole text starts at `at` (where a word character is)."""
    if at == 0:
        return True
    before = text[at - 1]
    if is_word_char(before):
        return False
    return not (before == "." and at >= 2 and is_word_char(text[at - 2]))


def highlight_spans(text: str, terms: Terms, claims: Sequence[Span] = ()) -> list[Span]:
    """Every word of `text` the terms match, in text order (`claims`: see _matches)."""
    return [(t.startchar, t.endchar) for t in _matches(text, terms, claims=claims)]


def _lead(text: str) -> tuple[int, int]:
    if len(text) <= SNIPPET_CHARS:
        return 0, len(text)
    cut = text.rfind(" ", 0, SNIPPET_CHARS)
    return 0, cut if cut > 0 else SNIPPET_CHARS


def snippet(text: str, terms: Terms, claims: Sequence[Span] = ()) -> tuple[str, tuple[Span, ...]]:
    """The passage of `text` with the most distinct matched words, and their spans in it.

    The passage is a slice of `text` with newlines shown as spaces (same length, so offsets
    still hold); without a match in the text (a title or date match) it is the lead.
    """
    fragments = _FRAGMENTER.fragment_matches(text, _matches(text, terms, SNIPPET_SCAN, claims))
    best = top_fragments(fragments, 1, BasicFragmentScorer(), SCORE)
    if not best:
        start, end = _lead(text)
        return text[start:end].replace("\n", " "), ()
    fragment = best[0]
    start, end = fragment.startchar, fragment.endchar
    spans = tuple((m.startchar - start, m.endchar - start) for m in fragment.matches)
    return text[start:end].replace("\n", " "), spans
