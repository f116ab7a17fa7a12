"""The index schema and its analyzers: what is indexed, and how text becomes terms.

Bump SCHEMA_VERSION whenever anything here changes what ends up in the index (a field, an
analyzer, the vocabulary rules): an index written with another version is rebuilt, since
terms made by the old code would silently stop matching queries analysed by the new.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any

from whoosh import columns, fields, formats
from whoosh.analysis import Filter, RegexTokenizer, StemFilter, StopFilter, Token
from whoosh.analysis.analyzers import Analyzer
from whoosh.analysis.filters import STOP_WORDS
from whoosh.lang.porter import stem
from whoosh.support.charset import accent_map
from whoosh.system import pack_uint

SCHEMA_VERSION = 3

# Whoosh's default word pattern without its `*` (wildcards are the query parser's business).
WORD = re.compile(r"\w+(?:\.?\w+)*")

# Curly and typographic quotes fold to their ASCII forms, accents to the bare letter
# ("Élysée" -> "elysee"), so what a user types on a plain keyboard finds what editors typeset.
QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
}
FOLD = {**accent_map, **{ord(k): v for k, v in QUOTES.items()}}

# Whoosh's stop list minus words that carry meaning in news: "US" the country, "May" the
# month, and the modals and negation that make a quote ("will not discuss").
STOPS = STOP_WORDS - {"us", "may", "can", "will", "not", "yet"}


def fold(word: str) -> str:
    """Lower-case and fold one word: Whoosh's accent table, then any combining mark left
    (the dot of "İ" lower-cased) is dropped. ASCII words take the fast path."""
    word = word.lower()
    if word.isascii():
        return word
    word = word.translate(FOLD)
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=100_000)
def stem_word(word: str) -> str:
    """The stem the body analyzer gives a folded word ("negotiations" -> "negoti")."""
    return stem(word)


# Every folded word this process analysed for indexing since vocabulary.take_indexed_words()
# last emptied it: the vocabulary comes from the analysis Whoosh does anyway, in whichever
# process does it, instead of a second tokenizing pass over every article.
INDEXED_WORDS: set[str] = set()


class FoldFilter(Filter):
    """Lower-case and fold accents and quotes in one pass (cheaper than two filters), and
    note the words being indexed (not those of queries) in INDEXED_WORDS."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        seen = INDEXED_WORDS
        for token in tokens:
            token.text = fold(token.text)
            if token.mode == "index":
                seen.add(token.text)
            yield token


def words_analyzer() -> Analyzer:
    """Unstemmed words: names, and the vocabulary for prefix, fuzzy and did-you-mean."""
    return RegexTokenizer(WORD) | FoldFilter() | StopFilter(stoplist=STOPS)


def stemmed_analyzer() -> Analyzer:
    """Prose: stemmed, so "negotiate" finds "negotiations"."""
    return words_analyzer() | StemFilter(stemfn=stem_word, cachesize=None)


class StemmedText(fields.TEXT):
    """Prose (stemmed_analyzer, positions) whose indexing runs the analyzer's four steps
    (words, fold, stop words, stems) in one loop: the same terms, positions and weights as
    Whoosh's chain of per-token generators, in far less time (the analysis of titles, bodies
    and claims was a quarter of a build). Queries and highlights still use the analyzer."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(analyzer=stemmed_analyzer(), **kwargs)

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        if (
            type(value) not in (str, ClaimedProse)
            or kwargs.get("mode", "index") != "index"
            or kwargs.keys() - {"mode"}
            or type(self.format) is not formats.Positions
        ):
            return super().index(value, **kwargs)
        return _indexed_terms(value, self.format)


# Each word as written -> (folded, stem or None for a word the analyzer drops): a news
# corpus repeats its words, so most tokens cost one lookup. Bounded, for huge corpora.
_ANALYSED: dict[str, tuple[str, str | None]] = {}
_ANALYSED_MAX = 200_000
# A position list of one position (most terms in a document), encoded as Positions does.
_ONE_POSITION: dict[int, bytes] = {}


def _analyse(raw: str) -> tuple[str, str | None]:
    word = fold(raw)
    got = (word, None if len(word) < 2 or word in STOPS else stem_word(word))
    if len(_ANALYSED) < _ANALYSED_MAX:
        _ANALYSED[raw] = got
    return got


def analyse_word(raw: str) -> tuple[str, str | None]:
    """A word as written, as the prose analyzer reads it: folded, and its stem, or None for
    a word it drops (a stop word, a single letter)."""
    return _ANALYSED.get(raw) or _analyse(raw)


def _encode_positions(found: list[int]) -> bytes:
    """formats.Positions.encode: the count, then the pickled gaps between positions."""
    if len(found) == 1:
        pos = found[0]
        got = _ONE_POSITION.get(pos)
        if got is None:
            got = _ONE_POSITION[pos] = pack_uint(1) + pickle.dumps([pos], 2)
        return got
    gaps = [b - a for a, b in pairwise([0, *found])]
    return pack_uint(len(gaps)) + pickle.dumps(gaps, 2)


def _indexed_terms(
    value: str, format_: formats.Positions
) -> Iterator[tuple[bytes, int, float, bytes]]:
    """What Positions.word_values gives for `value` through stemmed_analyzer, UTF-8 encoded
    as FieldType.index encodes it. Stop words are dropped and the words after them
    renumbered as StopFilter does: the first kept word keeps its place, the next follow it.

    A ClaimedProse also gets, on the way, where its claims' words lie (ClaimedProse.ranges)."""
    analysed = _ANALYSED
    positions: dict[str, list[int]] = {}
    seen: set[str] = set()
    raw = 0  # words read so far (kept or not)
    pos = -1  # the last kept word's position
    claimed = value if type(value) is ClaimedProse else None
    pieces = claimed.pieces() if claimed is not None else ((0, len(value), False),)
    if claimed is not None:
        claimed.ranges.clear()  # (the same object: it is the document's column value too)
    for piece_start, piece_end, inside in pieces:
        words = WORD.findall(value, piece_start, piece_end)
        before = pos
        for written in words:
            stemmed = (analysed.get(written) or _analyse(written))[1]
            if stemmed is not None:
                pos = raw if pos < 0 else pos + 1
                found = positions.get(stemmed)
                if found is None:
                    positions[stemmed] = [pos]
                else:
                    found.append(pos)
            raw += 1
        seen.update(words)
        if inside and pos != before:
            first = before + 1 if before >= 0 else pos - (_kept_count(words) - 1)
            claimed.ranges.extend(array("I", (first, pos)).tobytes())  # type: ignore[union-attr]
    INDEXED_WORDS.update([(analysed.get(w) or _analyse(w))[0] for w in seen])
    boost = format_.field_boost
    for term, found in positions.items():
        yield term.encode("utf-8"), len(found), float(len(found)) * boost, _encode_positions(found)


def _kept_count(words: list[str]) -> int:
    return sum(analyse_word(w)[1] is not None for w in words)


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of text in order, those that overlap merged, empty ones left out."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif end > start:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


class ClaimedProse(str):
    """An article's body with its claims' character spans. Indexed as prose (StemmedText),
    it also fills `ranges` with where the claims lie in the positions its words are indexed
    at: for each run of characters [start, end) (claims overlapping merged), the first and
    last position of a kept word starting inside it, as unsigned ints.

    The `claims:` field is the body's postings within these ranges (query.WithinClaims):
    indexing the claims' words again, as a field of their own, made the postings of a build
    half as many again. Found in the body's own pass over its words, they cost nearly
    nothing; `ranges` is also the document's `claimpos` column, which Whoosh writes after
    the body (it writes a document's fields in the order of their names)."""

    ranges: bytearray
    spans: list[tuple[int, int]]

    def __new__(cls, text: str, spans: Iterable[tuple[int, int]] = ()) -> ClaimedProse:
        prose = super().__new__(cls, text)
        prose.spans = merged_spans(spans)
        prose.ranges = bytearray()
        return prose

    def pieces(self) -> Iterator[tuple[int, int, bool]]:
        """The text cut at the claims' edges, (start, end, inside a claim), in order; an
        edge inside a word moves to its end (a word belongs where it starts)."""
        cut = 0
        for start, end in self.spans:
            start = max(cut, _word_end(self, start))
            end = max(start, _word_end(self, end))
            yield cut, start, False
            yield start, end, True
            cut = end
        yield cut, len(self), False


# The rest of a word from inside it (WORD matched from a later start than the word's).
_WORD_REST = re.compile(r"\w*(?:\.?\w+)*")


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches in a str pattern


def _word_end(text: str, at: int) -> int:
    """`at`, or the end of the word it falls inside."""
    if at <= 0 or at >= len(text):
        return min(max(at, 0), len(text))
    before, after = text[at - 1], text[at]
    inside = (
        (is_word_char(before) and is_word_char(after))
        or (
            is_word_char(before)
            and after == "."
            and at + 1 < len(text)
            and is_word_char(text[at + 1])
        )
        or (before == "." and at >= 2 and is_word_char(text[at - 2]) and is_word_char(after))
    )
    if not inside:
        return at
    rest = _WORD_REST.match(text, at)
    return rest.end() if rest is not None else at


def keyword_analyzer() -> Analyzer:
    """Comma-separated values (tags, speaker names, claim kinds), trimmed and folded whole."""
    return RegexTokenizer(r"[^,]+") | StripFold()


class StripFold(Filter):
    """Trim and fold a whole keyword ("  Kursk " -> "kursk"); drops empty ones."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for token in tokens:
            text = " ".join(fold(token.text).split())
            if text:
                token.text = text
                yield token


# Searched, not indexed: claim texts are body spans, found through the body's postings
# (query.WithinClaims). Only the query parser's schema has this field.
CLAIMS = "claims"
# Fields a plain word searches; the title counts double.
DEFAULT_FIELDS = ("title", "body", "note")
# Fields whose terms are stems: prefix and fuzzy terms expand through the vocabulary.
STEMMED_FIELDS = frozenset({"title", "body", CLAIMS, "note"})
# Text fields kept unstemmed (names): Whoosh's own prefix and fuzzy queries are right there.
WORD_FIELDS = frozenset({"speaker", "author", "source"})
KEYWORD_FIELDS = frozenset({"kind", "tag", "speaker_name"})
# Fields whose prefix, wildcard and fuzzy terms expand through the vocabulary.
VOCABULARY_FIELDS = STEMMED_FIELDS | WORD_FIELDS
# What a user may type before a colon, and the field it means.
FIELD_ALIASES = {
    "speakers": "speaker",
    "tags": "tag",
    "notes": "note",
    "claim": "claims",
    "text": "body",
}
SEARCHABLE_FIELDS = frozenset(
    {*STEMMED_FIELDS, *WORD_FIELDS, *KEYWORD_FIELDS, "date", "id"} - {"speaker_name"}
)


def build_schema() -> fields.Schema:
    """The schema. Non-text fields are made scorable on purpose: for a field without a
    length column Whoosh stats a file per posting while writing a segment."""
    words = words_analyzer()
    keywords = keyword_analyzer()
    schema = fields.Schema(
        # Identity and incremental state. `state` is a column, read in one pass at update
        # time without loading stored bodies.
        id=fields.ID(unique=True, stored=True, sortable=True),
        state=fields.COLUMN(),
        vocab=fields.KEYWORD(scorable=True),
        # Searchable content.
        title=StemmedText(stored=True, field_boost=2.0),
        body=StemmedText(stored=True),
        # Claim texts are searched in the body's postings, within these position ranges
        # (ClaimedProse.ranges): `claims:` costs no postings of its own.
        claimpos=fields.COLUMN(),
        speaker=fields.TEXT(analyzer=words),
        speaker_name=fields.KEYWORD(analyzer=keywords, commas=True, scorable=True),
        # The claims themselves and their speakers, for lookups across articles
        # (claimdata.py): stored with the body their offsets point into, and a column.
        claimset=fields.STORED(),
        spoken=fields.COLUMN(),
        kind=fields.KEYWORD(analyzer=keywords, commas=True, scorable=True),
        author=fields.TEXT(analyzer=words),
        source=fields.TEXT(analyzer=words),
        tag=fields.KEYWORD(analyzer=keywords, commas=True, scorable=True),
        note=StemmedText(),
        # Missing dates sort as the oldest (Whoosh's default column value is the newest).
        date=fields.DATETIME(stored=True, sortable=columns.NumericColumn("q", default=0)),
        # The unstemmed vocabulary, stored by a few vocabulary documents (vocabulary.py).
        words=fields.STORED(),
    )
    for name in ("id", "date"):  # ID and DATETIME take no `scorable` argument
        schema[name].scorable = True
    return schema


def query_schema() -> fields.Schema:
    """The schema queries are parsed with: the index's, plus the `claims` field (parsed as
    prose, searched in the body: query.WithinClaims)."""
    schema = build_schema()
    schema.add(CLAIMS, StemmedText())
    return schema
