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
            type(value) is not str
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
    renumbered as StopFilter does: the first kept word keeps its place, the next follow it."""
    words = WORD.findall(value)
    analysed = _ANALYSED
    positions: dict[str, list[int]] = {}
    pos = -1
    for raw, written in enumerate(words):
        stemmed = (analysed.get(written) or _analyse(written))[1]
        if stemmed is None:
            continue
        pos = raw if pos < 0 else pos + 1
        found = positions.get(stemmed)
        if found is None:
            positions[stemmed] = [pos]
        else:
            found.append(pos)
    INDEXED_WORDS.update([(analysed.get(w) or _analyse(w))[0] for w in set(words)])
    boost = format_.field_boost
    for term, found in positions.items():
        yield term.encode("utf-8"), len(found), float(len(found)) * boost, _encode_positions(found)


def claim_positions(text: str, spans: Iterable[tuple[int, int]]) -> bytes:
    """Where claims lie in a body, in the positions its terms are indexed at: for each run
    of characters [start, end) (claims overlapping merged), the first and last position of
    a word starting inside it, as unsigned ints. The `claims:` field is the body's postings
    restricted to these ranges (query.WithinClaims): indexing the claims' words again, as a
    field of their own, made the postings of a build half as many again."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif end > start:
            merged.append([start, end])
    if not merged:
        return b""
    ranges = array("I")
    analysed = _ANALYSED
    k, (start, end) = 0, merged[0]
    first = last = pos = -1
    for raw, match in enumerate(WORD.finditer(text, 0, merged[-1][1])):
        if (analysed.get(match[0]) or _analyse(match[0]))[1] is None:
            continue
        pos = raw if pos < 0 else pos + 1
        at = match.start()
        while at >= end:
            if first >= 0:
                ranges.extend((first, last))
            first = -1
            k += 1
            if k == len(merged):
                return ranges.tobytes()
            start, end = merged[k]
        if at >= start:
            if first < 0:
                first = pos
            last = pos
    if first >= 0:
        ranges.extend((first, last))
    return ranges.tobytes()


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
        # (claim_positions): `claims:` costs no postings of its own.
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
