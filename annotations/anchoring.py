"""Find a note's quote again in an article whose text changed since the note was made.

The order is the one Hypothesis uses for web pages: the stored offsets if they still hold the
quote; else the same quote nearest the old offset; else an approximate match within an edit
budget of half the quote's length, scored on quote, prefix and suffix similarity (weights
50/20/20) with the distance from the old offset as a tie-breaker (weight 2), searched in a
window around the old offset first, then in the whole text. The approximate search is edlib's
infix alignment (Myers' bit-vector algorithm, in C++): the best-matching substring within the
budget, found in tens of microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import edlib

from annotations.model import AnchorStatus, Target

QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0
_TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

MIN_FUZZY_SCORE = 0.65
"""Below this an approximate match is refused and the note becomes an orphan (kept, listed
apart), which is better than a note shown on the wrong words. Within the edit budget alone, one
quote in six taken out of an article still matches some other span by chance; such matches
score 0.39-0.65 (median 0.45: their context does not match), while a quote with one word
changed in place scores 0.85-0.99 (5th percentile 0.85). bench/anchoring.py measures both."""

_MAX_CANDIDATES = 64


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a target is in the current text (`start`/`end` None for an orphan)."""

    status: AnchorStatus
    start: int | None
    end: int | None
    score: float


ORPHAN = Anchor("orphan", None, None, 0.0)


def _encode(pattern: str, *texts: str) -> tuple[bytes, ...]:
    """Strings as bytes for edlib, one byte per character, so offsets stay character offsets.

    edlib takes at most 256 symbols. Alignment only ever compares a pattern character with a
    text character, so every character absent from the pattern can share one code (0) without
    changing any distance. A pattern with more than 255 distinct characters (a very long CJK
    quote) shares codes beyond that, which can only make a match look slightly better.
    """
    codes: dict[str, int] = {}
    for char in pattern:
        if char not in codes:
            codes[char] = len(codes) + 1 if len(codes) < 255 else ord(char) % 255 + 1
    table = {ord(c): chr(codes.get(c, 0)) for c in set(pattern).union(*texts)}
    return tuple(s.translate(table).encode("latin-1") for s in (pattern, *texts))


def _infix_matches(pattern: str, text: str, max_errors: int) -> tuple[int, list[tuple[int, int]]]:
    """Errors of the best match of `pattern` anywhere in `text`, and its (start, end) spans."""
    if not pattern or not text:
        return -1, []
    p: str | bytes
    t: str | bytes
    if pattern.isascii() and text.isascii():
        p, t = pattern, text
    else:
        p, t = _encode(pattern, text)
    result = edlib.align(p, t, mode="HW", task="locations", k=max_errors)
    errors = result["editDistance"]
    if errors < 0:
        return -1, []
    return errors, [(s, e + 1) for s, e in result["locations"]]


def _similarity(expected: str, found: str) -> float:
    """1 - errors/len of the best match of `expected` inside `found` (Hypothesis' context score)."""
    if not expected:
        return 1.0
    errors, _ = _infix_matches(expected, found, len(expected))
    return 0.0 if errors < 0 else 1.0 - errors / len(expected)


def _score(text: str, target: Target, start: int, end: int, errors: int) -> float:
    quote = 1.0 - errors / len(target.exact)
    prefix = _similarity(target.prefix, text[max(0, start - len(target.prefix)) : start])
    suffix = _similarity(target.suffix, text[end : end + len(target.suffix)])
    position = 1.0 - abs(start - target.start) / max(len(text), 1)
    raw = (
        QUOTE_WEIGHT * quote
        + PREFIX_WEIGHT * prefix
        + SUFFIX_WEIGHT * suffix
        + POSITION_WEIGHT * position
    )
    return raw / _TOTAL_WEIGHT


def _best_fuzzy(text: str, target: Target, lo: int, hi: int) -> Anchor | None:
    budget = len(target.exact) // 2
    errors, spans = _infix_matches(target.exact, text[lo:hi], budget)
    if errors < 0:
        return None
    # Keep the spans nearest the old offset (an ambiguous short quote can match very often).
    spans.sort(key=lambda span: abs(lo + span[0] - target.start))
    best: Anchor | None = None
    for s, e in spans[:_MAX_CANDIDATES]:
        score = _score(text, target, lo + s, lo + e, errors)
        if best is None or score > best.score:
            best = Anchor("fuzzy", lo + s, lo + e, score)
    return best


def anchor(text: str, target: Target) -> Anchor:
    """Place `target` on `text`: exact, moved, fuzzy (score >= MIN_FUZZY_SCORE) or orphan."""
    exact = target.exact
    if not exact:
        return ORPHAN
    if text[target.start : target.end] == exact:
        return Anchor("exact", target.start, target.end, 1.0)
    hits = find_all(text, exact)
    if hits:
        start = min(hits, key=lambda s: (abs(s - target.start), s))
        end = start + len(exact)
        return Anchor("moved", start, end, _score(text, target, start, end, 0))
    # Look near the old offset first: cheaper, and a note is most often near where it was.
    margin = max(2 * len(exact), 256)
    lo, hi = max(0, target.start - margin), min(len(text), target.end + margin)
    found = _best_fuzzy(text, target, lo, hi)
    if (found is None or found.score < MIN_FUZZY_SCORE) and (lo > 0 or hi < len(text)):
        wider = _best_fuzzy(text, target, 0, len(text))
        if wider is not None and (found is None or wider.score > found.score):
            found = wider
    if found is None or found.score < MIN_FUZZY_SCORE:
        return ORPHAN
    return found


def find_all(text: str, quote: str) -> list[int]:
    """Start offsets of every occurrence of `quote` in `text` (overlapping ones included)."""
    starts: list[int] = []
    at = text.find(quote)
    while at != -1:
        starts.append(at)
        at = text.find(quote, at + 1)
    return starts


_FOLD = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"}
)
_SPACE = re.compile(r"\s+")


def _normalise(text: str) -> tuple[str, list[int]]:
    """Typographic quotes and dashes folded, runs of white space made one space; and for each
    character of the result, its offset in `text`."""
    folded = text.translate(_FOLD)
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _SPACE.finditer(folded):
        out.append(folded[pos : match.start()])
        offsets.extend(range(pos, match.start()))
        out.append(" ")
        offsets.append(match.start())
        pos = match.end()
    out.append(folded[pos:])
    offsets.extend(range(pos, len(folded)))
    return "".join(out), offsets


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Spans of `text` that hold `quote`, for a quote typed by a user.

    Exact occurrences if there are any; otherwise occurrences that differ only in typographic
    quotes and dashes (’ for ') or in white space (a line break for a space), since a quote
    typed in a shell rarely has the article's exact punctuation.
    """
    quote = quote.strip()
    if not quote:
        return []
    exact = find_all(text, quote)
    if exact:
        return [(s, s + len(quote)) for s in exact]
    norm_text, offsets = _normalise(text)
    norm_quote, _ = _normalise(quote)
    spans = []
    for s in find_all(norm_text, norm_quote):
        last = s + len(norm_quote) - 1
        spans.append((offsets[s], offsets[last] + 1))
    return spans
