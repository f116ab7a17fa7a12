"""The query language: Whoosh's parser, made strict where it is lenient and safe as you type.

Whoosh quietly drops what it cannot parse (an unclosed quote, a dangling AND, a date it does
not understand), which turns a typo into an empty result that looks like an answer. Here
those are QueryErrors with one line to act on.

Prefix (`play*`), wildcard (`pl?y`) and fuzzy (`goverment~`) terms on text fields are not
given to Whoosh as typed: Whoosh would stem the typed text first (`play*` -> `plai*`) and
expand over every stem in the index. They expand through the unstemmed vocabulary instead,
to at most EXPANSION_LIMIT stems that really occur in the field, ranked by how many articles
use them, so a short prefix can never fan out into thousands of terms.
"""

from __future__ import annotations

import copy
import datetime as dt
import fnmatch
import re
import weakref
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh import qparser, query, scoring
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import (
    AndNotMatcher,
    FilterMatcher,
    ListMatcher,
    MultiMatcher,
    NullMatcher,
)
from whoosh.qparser import syntax
from whoosh.query.spans import Span, SpanWrappingMatcher
from whoosh.reading import IndexReader

from index.model import QueryError
from index.schema import (
    CLAIMS,
    DEFAULT_FIELDS,
    FIELD_ALIASES,
    QUOTES,
    SEARCHABLE_FIELDS,
    STEMMED_FIELDS,
    VOCABULARY_FIELDS,
    WORD,
    fold,
    stem_word,
)
from index.vocabulary import Vocabulary

_EDGE_PUNCTUATION = re.compile(r"^[^\w*?]+|[^\w*?]+$")
MIN_PREFIX = 3  # letters before a `*` or `?` (2 letters match nearly every article)
MIN_FUZZY = 3  # letters in a fuzzy word
EXPANSION_LIMIT = 24  # stems one prefix, wildcard or fuzzy term may stand for
SCAN_LIMIT = 5_000  # vocabulary words looked at for one prefix
_EXPANDING = (query.Prefix, query.Wildcard, query.FuzzyTerm)
_QUOTE_TABLE = str.maketrans(QUOTES)
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
_DATE_HELP = "use date:2024, date:2024-12, date:2024-12-01 or date:[2024-12-01 TO 2024-12-31]"


class Expansion(query.Query):
    """A prefix, wildcard or fuzzy term on a text field, expanded once a reader is known."""

    def __init__(self, fieldname: str, text: str, kind: str, boost: float = 1.0) -> None:
        self.fieldname = fieldname
        self.text = text
        self.kind = kind  # "prefix" (also wildcards) or "fuzzy"
        self.boost = boost
        self.maxdist = 0  # set by the fuzzy plugin from `word~2`; 0: by word length
        self.prefixlength = 1

    def __repr__(self) -> str:
        return f"Expansion({self.fieldname!r}, {self.text!r}, {self.kind!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expansion) and (
            self.fieldname,
            self.text,
            self.kind,
            self.maxdist,
        ) == (other.fieldname, other.text, other.kind, other.maxdist)

    def __hash__(self) -> int:
        return hash((self.fieldname, self.text, self.kind, self.maxdist))


class _ExcludingMatcher(AndNotMatcher):
    """Whoosh's AndNotMatcher moves the excluded side forward at the start only when both
    sides start on the same document, so `a -b` could return the first document of `a`
    although `b` reaches it later (whoosh-reloaded 2.7.5). Skip from the start."""

    def _find_first(self) -> None:
        if self.a.is_active() and self.b.is_active():
            self._find_next()


class Excluding(query.AndNot):
    """`a -b`, `a NOT b`: Whoosh's AndNot with the matcher above."""

    def matcher(self, searcher: Any, context: Any = None) -> AndNotMatcher:
        scored = self.a.matcher(searcher, context)
        excluded = self.b.matcher(searcher, searcher.boolean_context())
        return _ExcludingMatcher(scored, excluded)


def exclude_with_fixed_matcher(q: query.Query) -> query.Query:
    """`q` with each of Whoosh's AndNot queries (from `-word`, `NOT`) made Excluding."""
    return q.accept(lambda n: Excluding(n.a, n.b) if type(n) is query.AndNot else n)


class _ExpansionOr(query.Or):
    """The stems prefix, wildcard or fuzzy words stand for, in one or more fields, matched as
    one list of articles.

    An article scores what BM25 gives one occurrence of each stem it holds: per field, the
    summed idf, normalised once by the field's length in that article. Term frequency is
    left out, as Lucene leaves it out of prefix queries. Scoring every posting of 24 stems
    in three fields, through Whoosh's union matchers, was most of a `pres*` search.
    """

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        weighting = searcher.weighting
        if (
            not searcher.is_atomic()
            or (context is not None and context.needs_current)
            or not isinstance(weighting, scoring.BM25F)
        ):
            return query.Or(self.subqueries, boost=self.boost).matcher(searcher, context)
        reader = searcher.reader()
        idf_sums: dict[str, dict[int, float]] = {}
        for term in self.subqueries:
            key = (term.fieldname, term.text)
            if key in reader:
                sums = idf_sums.setdefault(term.fieldname, {})
                idf = searcher.idf(*key) * term.boost
                for docnum in _doc_numbers(reader, *key):
                    sums[docnum] = sums.get(docnum, 0.0) + idf
        scores: dict[int, float] = {}
        k1, b = weighting.K1, weighting.B
        for fieldname, sums in idf_sums.items():
            # bm25(idf, tf, length), tf the weight of one occurrence (the field's boost)
            tf = searcher.schema[fieldname].format.field_boost
            average = searcher.get_parent().avg_field_length(fieldname) or 1.0
            lengths = _field_lengths(reader, fieldname)
            for docnum, idf in sums.items():
                length = lengths.get(docnum)
                if length is None:
                    length = lengths[docnum] = reader.doc_field_length(docnum, fieldname, 1)
                score = idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average))
                scores[docnum] = scores.get(docnum, 0.0) + score
        if not scores:
            return NullMatcher()
        ids = sorted(scores)
        return ListMatcher(ids, weights=[scores[d] * self.boost for d in ids])


class _WordOr(query.Or):
    """A plain word in several fields (title, body, notes), scored exactly as Whoosh's union
    of term matchers scores it (BM25F per field, boosts, summed) but computed in one pass
    over each posting list a block at a time: stepping Whoosh's matchers article by article
    was most of a one-word search on a large corpus."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        weighting = searcher.weighting if context is None else context.weighting
        fallback = not searcher.is_atomic() or (context is not None and context.needs_current)
        if fallback or type(weighting) is not scoring.BM25F:
            return query.Or(self.subqueries, boost=self.boost).matcher(searcher, context)
        reader, parent = searcher.reader(), searcher.get_parent()
        scores: dict[int, float] = {}
        for term in self.subqueries:
            key = (term.fieldname, term.text)
            if key not in reader:
                continue
            if not searcher.schema[term.fieldname].scorable:
                return query.Or(self.subqueries, boost=self.boost).matcher(searcher, context)
            idf = parent.idf(*key)
            average = parent.avg_field_length(term.fieldname) or 1
            b = weighting._field_B.get(term.fieldname, weighting.B)
            k1 = weighting.K1
            lengths = _field_lengths(reader, term.fieldname)
            for docnum, tf in _weighted_postings(reader, *key):
                length = lengths.get(docnum)
                if length is None:
                    length = lengths[docnum] = reader.doc_field_length(docnum, term.fieldname, 1)
                score = scoring.bm25(idf, tf, length, average, b, k1) * term.boost
                scores[docnum] = scores.get(docnum, 0.0) + score
        if not scores:
            return NullMatcher()
        ids = sorted(scores)
        return ListMatcher(ids, weights=[scores[d] * self.boost for d in ids])


class WithinClaims(query.Query):
    """A `claims:` word or phrase: its matches in the body that lie inside a claim.

    Claims are spans of the body, so their words are not indexed a second time: each article
    keeps, in the `claimpos` column, the ranges of body positions its claims cover (found by
    schema.ClaimedProse as the body is indexed), and the body's matches (positions, through
    Whoosh's stock matchers) are kept when they fall inside one. An article scores BM25 over
    its claims: the matches inside them, against the words they hold.
    """

    def __init__(self, child: query.Query, boost: float = 1.0) -> None:
        self.child = child
        self.boost = boost

    def __repr__(self) -> str:
        return f"WithinClaims({self.child!r})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and (self.child, self.boost) == (other.child, other.boost)

    def __hash__(self) -> int:
        return hash((type(self), self.child, self.boost))

    def is_leaf(self) -> bool:
        return True  # rewrites leave the body query alone: its stock matcher gives spans

    def estimate_size(self, ixreader: IndexReader) -> int:
        return self.child.estimate_size(ixreader)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if not searcher.is_atomic():
            leaves = searcher.leaf_searchers()
            return MultiMatcher(
                [self.matcher(leaf, context) for leaf, _ in leaves],
                [offset for _, offset in leaves],
            )
        reader = searcher.reader()
        if not reader.has_column("claimpos"):
            return NullMatcher()
        if isinstance(self.child, query.MultiTerm):  # `claims:[a TO c]`: each term in claims
            terms = [
                WithinClaims(query.Term("body", text.decode("utf-8")))
                for text in self.child._btexts(reader)
                if text
            ]
            if not terms:
                return NullMatcher()
            return query.Or(terms, boost=self.child.boost).matcher(searcher, context)
        child = self.child.matcher(searcher, context)
        if not child.is_active():
            return NullMatcher()
        weighting = searcher.weighting if context is None else context.weighting
        words = (
            self.child.words
            if isinstance(self.child, query.Phrase)
            else [self.child.text]
            if isinstance(self.child, query.Term)
            else None
        )
        scorer = None
        if isinstance(weighting, scoring.BM25F) and words is not None:
            parent = searcher.get_parent()
            idf = sum(parent.idf("body", word) for word in words)
            b = weighting._field_B.get("body", weighting.B)
            average = _average_claim_words(parent.reader())
            scorer = _ClaimScorer(idf * self.boost, average, b, weighting.K1)
        return _WithinClaimsMatcher(child, reader.column_reader("claimpos"), scorer)


@dataclass(frozen=True, slots=True)
class _ClaimScorer:
    idf: float
    average: float
    b: float
    k1: float


def _claim_ranges(raw: bytes) -> list[tuple[int, int]]:
    bounds = array("I")
    bounds.frombytes(raw)
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _claimed_words(ranges: list[tuple[int, int]]) -> int:
    """How many words an article's claims hold: BM25's field length for `claims:`."""
    return sum(last - first + 1 for first, last in ranges)


# Average words in an article's claims, per reader (BM25's average field length).
_CLAIM_WORDS: weakref.WeakKeyDictionary[IndexReader, float] = weakref.WeakKeyDictionary()


def _average_claim_words(reader: IndexReader) -> float:
    got = _CLAIM_WORDS.get(reader)
    if got is None:
        total = count = 0
        if reader.has_column("claimpos"):
            for raw in reader.column_reader("claimpos"):
                if raw:
                    total += _claimed_words(_claim_ranges(raw))
                    count += 1
        got = _CLAIM_WORDS[reader] = total / count if count else 1.0
    return got


class _WithinClaimsMatcher(SpanWrappingMatcher):
    """The child's articles and spans, only where a span lies inside one claim's range."""

    def __init__(self, child: Any, ranges: Any, scorer: _ClaimScorer | None) -> None:
        self._ranges = ranges  # before the base class looks for the first match
        self._scorer = scorer
        self._words = 0  # in the current article's claims
        super().__init__(child)

    def copy(self) -> _WithinClaimsMatcher:
        return _WithinClaimsMatcher(self.child.copy(), self._ranges, self._scorer)

    def _replacement(self, newchild: Any) -> _WithinClaimsMatcher:
        return _WithinClaimsMatcher(newchild, self._ranges, self._scorer)

    def _get_spans(self) -> list[Span]:
        raw = self._ranges[self.child.id()]
        if not raw:
            return []
        pairs = _claim_ranges(raw)
        self._words = _claimed_words(pairs)
        return [
            span
            for span in self.child.spans()
            if any(first <= span.start and span.end <= last for first, last in pairs)
        ]

    # Whoosh's top-N optimisations would skip blocks by the body's scores, which are not
    # this matcher's, and step the child past articles without checking their claims.
    def supports_block_quality(self) -> bool:
        return False

    def replace(self, minquality: float = 0) -> Any:
        return self if self.is_active() else NullMatcher()

    def score(self) -> float:
        scorer = self._scorer
        if scorer is None:
            return self.child.score()
        tf, length = len(self._spans or ()), self._words
        return scoring.bm25(scorer.idf, tf, length, scorer.average, scorer.b, scorer.k1)


def _within_claims(node: query.Query) -> query.Query:
    """`claims:` terms and phrases (and the stems a `claims:` prefix stands for) as
    WithinClaims queries on the body."""
    if isinstance(node, _ExpansionOr) and any(isinstance(t, WithinClaims) for t in node.subqueries):
        return query.Or(node.subqueries, boost=node.boost)  # its terms, rewritten already
    if getattr(node, "fieldname", None) != CLAIMS:
        return node
    if type(node) is query.Term:
        return WithinClaims(query.Term("body", node.text), boost=node.boost)
    if type(node) is query.Phrase:
        phrase = query.Phrase("body", node.words, slop=node.slop, char_ranges=node.char_ranges)
        return WithinClaims(phrase, boost=node.boost)
    in_body = copy.copy(node)  # `claims:[a TO c]`
    in_body.fieldname = "body"
    return WithinClaims(in_body)


def _weighted_postings(
    reader: IndexReader, fieldname: str, text: str
) -> Iterable[tuple[int, float]]:
    """(article, weight) for each posting of a term, read a block at a time (_blocks);
    postings of another format, through Whoosh's matcher."""
    postings = reader.postings(fieldname, text)
    leaf = _leaf(postings)
    if leaf is None:
        found = []
        while postings.is_active():
            found.append((postings.id(), postings.weight()))
            postings.next()
        return found
    pairs: list[tuple[int, float]] = []
    for ids, weights, _ in _blocks(*leaf, weights=True):
        pairs.extend(zip(ids, weights, strict=True))
    return pairs


def _leaf(postings: Any) -> tuple[W3LeafMatcher, frozenset[int]] | None:
    """The postings reader a block reader can read, and the deleted articles to skip: an
    article updated in place leaves a deletion in its old segment, and Whoosh then wraps the
    segment's postings in a filter that steps through them one at a time."""
    if isinstance(postings, W3LeafMatcher):
        return postings, frozenset()
    if (
        type(postings) is FilterMatcher
        and postings._exclude
        and isinstance(postings.child, W3LeafMatcher)
    ):
        return postings.child, frozenset(postings._ids)
    return None


def _blocks(
    postings: W3LeafMatcher,
    deleted: frozenset[int] = frozenset(),
    weights: bool = False,
    values: bool = False,
) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence[bytes]]]:
    """A term's postings a block at a time, without the `deleted` articles: their article
    numbers, and (when asked for) their weights and encoded values. Whoosh's matcher steps
    through them one posting per Python call, most of a search's time on a large corpus."""
    while postings.is_active():
        postings._read_ids()
        start = postings._i
        if weights:
            postings._read_weights()
        if values:
            postings._read_values()
        ids = postings._ids[start:]
        found = postings._weights[start:] if weights else ()
        encoded = postings._values[start:] if values else ()
        if deleted and not deleted.isdisjoint(ids):
            kept = [i for i, docnum in enumerate(ids) if docnum not in deleted]
            ids = [ids[i] for i in kept]
            found = [found[i] for i in kept] if weights else ()
            encoded = [encoded[i] for i in kept] if values else ()
        yield ids, found, encoded
        postings._next_block()


class _Phrase(query.Phrase):
    """A phrase ("police said") matched and scored exactly as Whoosh's span matcher does
    (the words at consecutive positions; the article scores the sum of its words' BM25F
    scores) but from the postings read a block at a time: the span matcher stepped through
    every article holding all the words, decoding positions one article at a time."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        weighting = searcher.weighting if context is None else context.weighting
        schema = searcher.schema
        field = schema[self.fieldname] if self.fieldname in schema.names() else None
        if (
            not searcher.is_atomic()
            or (context is not None and context.needs_current)
            or type(weighting) is not scoring.BM25F
            or self.slop != 1
            or len(self.words) < 2
            or field is None
            or not field.scorable
            or not field.format
            or not field.format.supports("positions")
        ):
            return super().matcher(searcher, context)
        reader = searcher.reader()
        try:
            texts = [field.to_bytes(word) for word in self.words]
        except ValueError:
            return NullMatcher()
        if any((self.fieldname, text) not in reader for text in texts):
            return NullMatcher()
        leaves = [_leaf(reader.postings(self.fieldname, text)) for text in texts]
        if any(leaf is None for leaf in leaves):
            return super().matcher(searcher, context)
        # The rarest word first: only the articles holding it are read in the others.
        order = sorted(
            range(len(texts)), key=lambda i: reader.doc_frequency(self.fieldname, texts[i])
        )
        # (weight, encoded positions) per article, per word; each word's table keeps only
        # the articles in the table before it, so the last one holds those with every word.
        per_word: list[dict[int, tuple[float, bytes]]] = [{} for _ in texts]
        wanted: dict[int, tuple[float, bytes]] | None = None
        for i in order:
            table = per_word[i]
            leaf, deleted = leaves[i]  # type: ignore[misc]
            for ids, weights, values in _blocks(leaf, deleted, weights=True, values=True):
                for docnum, weight, value in zip(ids, weights, values, strict=True):
                    if wanted is None or docnum in wanted:
                        table[docnum] = (weight, value)
            wanted = table
        decode = field.format.decoder("positions")
        parent = searcher.get_parent()
        idfs = [parent.idf(self.fieldname, text) for text in texts]
        average = parent.avg_field_length(self.fieldname) or 1
        b = weighting._field_B.get(self.fieldname, weighting.B)
        k1 = weighting.K1
        lengths = _field_lengths(reader, self.fieldname)
        scores: dict[int, float] = {}
        for docnum in sorted(per_word[order[-1]]):
            starts = set(decode(per_word[0][docnum][1]))
            for k in range(1, len(texts)):
                starts &= {p - k for p in decode(per_word[k][docnum][1])}
                if not starts:
                    break
            if not starts:
                continue
            length = lengths.get(docnum)
            if length is None:
                length = lengths[docnum] = reader.doc_field_length(docnum, self.fieldname, 1)
            parts = [
                scoring.bm25(idf, table[docnum][0], length, average, b, k1)
                for idf, table in zip(idfs, per_word, strict=True)
            ]
            scores[docnum] = _tree_sum(parts) * self.boost
        if not scores:
            return NullMatcher()
        ids = sorted(scores)
        return ListMatcher(ids, weights=[scores[d] for d in ids])


def _tree_sum(values: list[float]) -> float:
    """Summed in the order Whoosh's binary tree of intersection matchers sums its scores, so
    the totals are the same floats."""
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return _tree_sum(values[:half]) + _tree_sum(values[half:])


def _fast_phrases(node: query.Query) -> query.Query:
    """Whoosh's phrase query as _Phrase."""
    if type(node) is not query.Phrase:
        return node
    return _Phrase(
        node.fieldname, node.words, slop=node.slop, boost=node.boost, char_ranges=node.char_ranges
    )


def _merge_words(node: query.Query) -> query.Query:
    """A word Whoosh's parser searched in several fields (an Or of plain terms) as one
    _WordOr."""
    if type(node) is not query.Or or node.minmatch or node.scale is not None:
        return node
    parts = node.subqueries
    if len(parts) < 2 or not all(type(q) is query.Term for q in parts):
        return node
    return _WordOr(parts, boost=node.boost)


# Field lengths looked up so far, per segment reader and field: a `pres*` search needs the
# length of most articles, and a lookup reads the disk (a reader lives as long as its commit).
_LENGTHS: weakref.WeakKeyDictionary[IndexReader, dict[str, dict[int, int]]] = (
    weakref.WeakKeyDictionary()
)


def _field_lengths(reader: IndexReader, fieldname: str) -> dict[int, int]:
    return _LENGTHS.setdefault(reader, {}).setdefault(fieldname, {})


def _doc_numbers(reader: IndexReader, fieldname: str, text: str) -> Iterable[int]:
    """The articles a term is in, read a block at a time (_blocks); postings of another
    format, through Whoosh's matcher."""
    postings = reader.postings(fieldname, text)
    leaf = _leaf(postings)
    if leaf is None:
        return postings.all_ids()
    found: list[int] = []
    for ids, _, _ in _blocks(*leaf):
        found.extend(ids)
    return found


def _merge_expansions(node: query.Query) -> query.Query:
    """One word's expansions in several fields (`pres*` in title, body and notes) as one
    _ExpansionOr, so the union is built once instead of by Whoosh's matchers per article."""
    if type(node) is not query.Or:
        return node
    parts = [q for q in node.subqueries if q is not query.NullQuery]
    if not parts or not all(isinstance(q, _ExpansionOr) for q in parts):
        return node
    terms = [
        query.Term(t.fieldname, t.text, boost=t.boost * part.boost)
        for part in parts
        for t in part.subqueries
    ]
    return _ExpansionOr(terms, boost=node.boost)


class _AutoFuzzyPlugin(qparser.FuzzyTermPlugin):
    """`word~` without a number gets maxdist 0, read as "automatic" when expanded. The
    distance takes every digit typed (`~12` is 12, reported as too far, not `~1` and "2")."""

    expr = re.compile(r"(?<=\S)~(?P<maxdist>[0-9]+)?(/(?P<prefix>[1-9][0-9]*))?")

    def create(self, parser: qparser.QueryParser, match: Any) -> Any:
        node = super().create(parser, match)
        if not match.group("maxdist"):
            node.maxdist = 0
        return node


def _adjacent_period(value: str, step: int) -> str:
    """The year, month or day after (step 1) or before (step -1) `value`, at its precision."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        return f"{parts[0] + step:04d}"
    if len(parts) == 2:
        months = parts[0] * 12 + parts[1] - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (dt.date(*parts) + dt.timedelta(days=step)).isoformat()


class _ExclusiveDatesPlugin(qparser.Plugin):
    """Whoosh drops the exclusive flag of a date range, so `date:>2024-06-30` would find
    articles of June 30 too. `>` and `{` start after the period typed, `<` and `}` end
    before it: `date:>2024-06` is from July on."""

    def filters(self, parser: qparser.QueryParser) -> list[tuple[Any, int]]:
        return [(self._shift, 105)]  # after GtLt (99) made ranges and fields (100) named them

    def _shift(self, parser: qparser.QueryParser, group: Any) -> Any:
        for node in group:
            if isinstance(node, syntax.GroupNode):
                self._shift(parser, node)
            elif isinstance(node, syntax.RangeNode) and node.fieldname == "date":
                try:
                    if node.startexcl and node.start:
                        node.start, node.startexcl = _adjacent_period(node.start, 1), False
                    if node.endexcl and node.end:
                        node.end, node.endexcl = _adjacent_period(node.end, -1), False
                except (ValueError, OverflowError):
                    pass  # not a date Whoosh can read: it reports the error itself
        return group


class NewsQueryParser(qparser.QueryParser):
    """Words AND by default over title, body and notes; `-word` excludes; `word~` is fuzzy."""

    def __init__(self, schema: Any) -> None:
        super().__init__(None, schema, group=qparser.AndGroup)
        self.add_plugin(qparser.MultifieldPlugin(list(DEFAULT_FIELDS)))
        # 'single quotes' would make one literal term of "Putin's 'red line'": not wanted.
        self.remove_plugin_class(qparser.SingleQuotePlugin)
        # Keep unknown field names so a typo (`speakr:`) is reported, not searched as text;
        # field names are letters only, so "10:30" stays text.
        self.replace_plugin(
            qparser.FieldsPlugin(expr=r"(?P<text>[A-Za-z_]+):", remove_unknown=False)
        )
        # A minus excludes only at the start of a word: `date:2024-12` is not `2024 NOT 12`.
        self.add_plugin(qparser.PlusMinusPlugin(minusexpr=r"(?:(?<=\s)|^)-(?=\S)"))
        self.add_plugin(_AutoFuzzyPlugin())
        self.add_plugin(qparser.GtLtPlugin())
        self.add_plugin(_ExclusiveDatesPlugin())
        aliases: dict[str, list[str]] = {}
        for alias, field in FIELD_ALIASES.items():
            aliases.setdefault(field, []).append(alias)
        self.add_plugin(qparser.FieldAliasPlugin(aliases))

    def tag(self, text: str, pos: int = 0, debug: bool = False) -> Any:
        """Whoosh's tagging, checked on the way (`_check_tagged`): one pass serves both."""
        nodes = super().tag(text, pos=pos, debug=debug)
        _check_tagged(list(nodes), text)
        return nodes

    def term_query(
        self,
        fieldname: str,
        text: str,
        termclass: type[query.Query],
        boost: float = 1.0,
        tokenize: bool = True,
        removestops: bool = True,
    ) -> query.Query | None:
        if termclass in _EXPANDING:
            return self._expanding_query(fieldname, text, termclass, boost)
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)

    def _expanding_query(
        self, fieldname: str, text: str, termclass: type[query.Query], boost: float
    ) -> query.Query:
        # Punctuation stuck to the word ("/terr*", "terr*.") is not part of it, as the
        # analyzer would not keep it in a plain word either.
        folded = _EDGE_PUNCTUATION.sub("", fold(text))
        if termclass is query.Prefix:  # Whoosh hands over `play*` as Prefix("play")
            folded += "*"
        if folded == "*":
            return query.Every()
        if termclass is query.FuzzyTerm:
            if len(folded) < MIN_FUZZY:
                raise QueryError(f"'{text}~': a fuzzy word needs at least {MIN_FUZZY} letters")
            if fieldname in VOCABULARY_FIELDS:
                return Expansion(fieldname, folded, "fuzzy", boost)
            return query.FuzzyTerm(fieldname, folded, boost=boost, prefixlength=1)
        literal = re.split(r"[*?]", folded, maxsplit=1)[0]
        if len(literal) < MIN_PREFIX:
            raise QueryError(
                f"'{text}{'*' if termclass is query.Prefix else ''}': put at least "
                f"{MIN_PREFIX} letters before a wildcard (like 'pla*')"
            )
        if fieldname in VOCABULARY_FIELDS:
            return Expansion(fieldname, folded, "prefix", boost)
        if folded == literal + "*":
            return query.Prefix(fieldname, literal, boost=boost)
        return query.Wildcard(fieldname, folded, boost=boost)


def normalize(text: str) -> str:
    """Typographic quotes to ASCII (so a pasted “phrase” is a phrase), whitespace trimmed,
    and a quoted date unquoted (`date:"2024-12"`: Whoosh would take it for a phrase)."""
    text = text.translate(_QUOTE_TABLE).strip()
    return re.sub(r'(?<!\w)date:"([^"\s]*)"', r"date:\1", text)


def _check_structure(text: str) -> None:
    """What Whoosh would silently drop: unclosed quotes, brackets, dangling operators."""
    if text.count('"') % 2:
        raise QueryError('unclosed quote: add the closing " of the phrase')
    outside = re.sub(r'"[^"]*"', "Q", text)  # a phrase counts as one word here
    depth = 0
    for char in outside:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise QueryError("unbalanced parentheses: a ')' has no '('")
    if depth:
        raise QueryError("unbalanced parentheses: a '(' is not closed")
    depth = opened = 0
    for at, char in enumerate(outside):
        depth += {"[": 1, "{": 1, "]": -1, "}": -1}.get(char, 0)
        if depth < 0:  # a stray bracket, typed or pasted: say so, not "unclosed"
            raise QueryError(f"unbalanced brackets: a '{char}' has no '[' or '{{' before it")
        if depth == 1 and char in "[{":
            opened = at
    if depth:
        raise QueryError(_unclosed_range(outside, opened))
    words = outside.replace("(", " ( ").replace(")", " ) ").split()
    for i, word in enumerate(words):
        if word not in _OPERATORS:
            continue
        before = words[i - 1] if i else None
        after = words[i + 1] if i + 1 < len(words) else None
        if after is None or after in _OPERATORS - {"NOT"} or after == ")":
            raise QueryError(f"'{word}' needs a word after it")
        if word != "NOT" and (before is None or before in _OPERATORS or before == "("):
            raise QueryError(f"'{word}' needs a word before it")
    _check_dates(text)


def _unclosed_range(text: str, opened: int) -> str:
    """The error for a range left open at `text[opened]`, naming what was typed: dates get
    the date forms, another field (or none) the form of a range."""
    typed = re.search(r"(\w+):$", text[:opened])
    if typed is None:
        where = f"'{text[opened:].split()[0]}' is not closed"
    else:
        where = f"'{typed.group(1)}:{text[opened]}' is not closed"
        if typed.group(1) == "date":
            return f"unclosed range: {where}; {_DATE_HELP}"
    return f"unclosed range: {where} (a range is written [A TO B], like date:[2024 TO 2025])"


def _unknown_field(name: str) -> QueryError:
    known = ", ".join(sorted(SEARCHABLE_FIELDS | FIELD_ALIASES.keys()))
    return QueryError(f"unknown field '{name}:' (fields: {known})")


def _is_no_value(node: syntax.SyntaxNode | None) -> bool:
    """True if what follows a `field:` is nothing to search: the end, a space, `)`, `""`."""
    if node is None or node.is_ws() or isinstance(node, qparser.GroupPlugin.CloseBracket):
        return True
    return isinstance(node, qparser.PhrasePlugin.PhraseNode) and not node.text.strip()


def _check_tagged(nodes: list[syntax.SyntaxNode], text: str) -> None:
    """What only Whoosh's own reading of the text shows: each `name:` it takes for a field
    (the first unknown one is named: in `a:b:c` that is `a`), a field with nothing or only
    `>`/`<` after it (`date:>`, which Whoosh would search as the text ">"), and a fuzzy
    distance other than 1 or 2."""
    # `nodes` are flat: brackets are grouped later, by Whoosh's filters.
    for i, node in enumerate(nodes):
        after = nodes[i + 1] if i + 1 < len(nodes) else None
        if isinstance(node, qparser.FuzzyTermPlugin.FuzzinessNode):
            typed = re.match(r"~(\d*)", node.original)
            if typed and typed[1] and typed[1] not in ("1", "2"):
                word = (text[: node.startchar].split() or [""])[-1]
                raise QueryError(
                    f"'{word}{node.original}': a fuzzy distance is 1 or 2 "
                    f"(or '{word}~' to let the word's length decide)"
                )
        if not isinstance(node, syntax.FieldnameNode):
            continue
        if node.fieldname not in SEARCHABLE_FIELDS and node.fieldname not in FIELD_ALIASES:
            raise _unknown_field(node.fieldname)
        typed_field, example = node.original, "date:2024-12"
        if isinstance(after, qparser.GtLtPlugin.GtLtNode):
            typed_field, example = typed_field + after.rel, f"date:{after.rel}2025-01-01"
            after = nodes[i + 2] if i + 2 < len(nodes) else None
        if _is_no_value(after):
            if FIELD_ALIASES.get(node.fieldname, node.fieldname) == "date":
                raise QueryError(f"'{typed_field}' needs a date after it (like {example})")
            raise QueryError(f"'{typed_field}' needs something to search for after it")


_DATE_VALUE = re.compile(
    r'(?<!\w)date:("[^"]*"|[\[{][^\]}]*[\]}]|[<>]=?[^\s)]*|[^\s)]+)', re.IGNORECASE
)
_RANGE_SPLIT = re.compile(r"\s+TO\s+|^TO\s+|\s+TO$", re.IGNORECASE)


def _check_dates(text: str) -> None:
    """Every date value must be YYYY, YYYY-MM or YYYY-MM-DD and a real date: Whoosh would
    drop a word it cannot read ("date:last year") and search the rest."""
    for match in _DATE_VALUE.finditer(text):
        value = match[1].strip('"')
        if value[:1] in ("[", "{"):
            inner = value[1:-1].strip()
            if re.fullmatch(r"(?:TO)?", inner, re.IGNORECASE):  # `date:[]`, `date:[TO]`
                raise QueryError(f"'date:{value}' needs a date on one side at least: {_DATE_HELP}")
            parts = _RANGE_SPLIT.split(inner)
        else:
            parts = [value.lstrip("<>=")]
        for part in (p.strip() for p in parts):
            if part and not _is_date(part):
                raise QueryError(f"'{part}' is not a date: {_DATE_HELP}")


def _is_date(value: str) -> bool:
    found = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if not found:
        return False
    year, month, day = (int(g) if g else 1 for g in found.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _walk(q: query.Query) -> Iterator[query.Query]:
    yield q
    for child in q.children():
        yield from _walk(child)


def parse(parser: NewsQueryParser, text: str) -> query.Query:
    """Parse a query string; QueryError (one line) for anything that cannot be run as typed."""
    text = normalize(text)
    if not text:
        raise QueryError("empty query")
    _check_structure(text)
    try:  # tagging also checks the fields and fuzzy distances (NewsQueryParser.tag)
        q = parser.parse(text)
    except QueryError:
        raise
    except Exception as exc:  # Whoosh raises bare Exceptions for bad dates in ranges
        raise QueryError(f"{_error_text(exc)}: {_DATE_HELP}") from None
    for node in _walk(q):
        if isinstance(node, query.FuzzyTerm) and not node.maxdist:  # `tag:kurks~`
            node.maxdist = fuzzy_distance(node.text)
        error = getattr(node, "error", None)
        if error is not None:
            raise QueryError(f"{_error_text(error, node, text)}: {_DATE_HELP}")
        field = getattr(node, "fieldname", None)
        if field is not None and field not in SEARCHABLE_FIELDS:
            raise _unknown_field(field)
    if isinstance(q, type(query.NullQuery)) and re.search(r"(?:^|\s)-\S", text):
        q = parser.parse("* " + text)  # only exclusions ("-kursk"): all articles but those
    if isinstance(q, type(query.NullQuery)):
        raise QueryError(f"nothing to search for in '{text}' (only very common words?)")
    return exclude_with_fixed_matcher(q)


def _error_text(error: object, node: query.Query | None = None, text: str = "") -> str:
    start, end = getattr(node, "startchar", None), getattr(node, "endchar", None)
    if start is not None and end is not None and text[start:end]:
        return f"'{text[start:end]}' is not a date"
    message = str(error)
    found = re.search(r"'([^']*)' is not a parseable date", message)
    if found:
        return f"'{found[1]}' is not a date"
    return f"bad date ({message})" if message else "bad date"


# --- expansion against a reader --------------------------------------------------------------


def fuzzy_distance(word: str, typed: int = 0) -> int:
    """Edits allowed for `word~`: as typed (`~2`), else 1 up to 5 letters and 2 beyond, so
    a swapped pair of letters ("presidnet", two edits) is found in longer words."""
    return typed or (1 if len(word) <= 5 else 2)


def _candidate_words(vocabulary: Vocabulary, node: Expansion) -> list[str]:
    if node.kind == "fuzzy":
        prefix = max(1, node.prefixlength)  # typos rarely hit the first letter
        distance = fuzzy_distance(node.text, node.maxdist)
        return [w for _, w in vocabulary.within(node.text, distance, prefix)]
    literal = re.split(r"[*?]", node.text, maxsplit=1)[0]
    words = vocabulary.with_prefix(literal, SCAN_LIMIT)
    if node.text == literal + "*":
        return list(words)
    pattern = re.compile(fnmatch.translate(node.text))
    return [w for w in words if pattern.match(w)]


# Articles per stem, per reader and field, looked up so far: a prefix word stands for hundreds
# of candidate stems, each a lookup on disk, and the next keystroke asks for most of them again
# (a reader lives as long as its commit, so the counts stay true).
_DOC_FREQUENCIES: weakref.WeakKeyDictionary[IndexReader, dict[str, dict[str, int]]] = (
    weakref.WeakKeyDictionary()
)


def resolve(reader: IndexReader, vocabulary: Vocabulary, q: query.Query) -> query.Query:
    """Replace every Expansion with the stems it stands for in this reader: at most
    EXPANSION_LIMIT of them, those that occur in the field, the most used first."""
    candidates: dict[tuple[str, str, int, int], list[str]] = {}

    def expand(node: query.Query) -> query.Query:
        if not isinstance(node, Expansion):
            return node
        key = (node.kind, node.text, node.maxdist, node.prefixlength)
        if key not in candidates:  # the same typed word expands once for all its fields
            candidates[key] = _candidate_words(vocabulary, node)
        frequency: dict[str, int] = {}
        stemmed_field = node.fieldname in STEMMED_FIELDS
        counted = "body" if node.fieldname == CLAIMS else node.fieldname  # claims: in the body
        known = _DOC_FREQUENCIES.setdefault(reader, {}).setdefault(counted, {})
        for word in candidates[key]:
            stemmed = stem_word(word) if stemmed_field else word
            if stemmed not in frequency:
                count = known.get(stemmed)
                if count is None:
                    count = known[stemmed] = reader.doc_frequency(counted, stemmed)
                frequency[stemmed] = count
        best = sorted((s for s, n in frequency.items() if n), key=lambda s: (-frequency[s], s))
        if not best:
            return query.NullQuery
        terms = [query.Term(node.fieldname, s) for s in best[:EXPANSION_LIMIT]]
        return _ExpansionOr(terms, boost=node.boost)

    return (
        q.accept(expand)
        .accept(_within_claims)
        .accept(_merge_expansions)
        .accept(_merge_words)
        .accept(_fast_phrases)
    )


def may_match_anything(q: query.Query) -> bool:
    """True if `q` can match a document without containing any of its terms (`*`,
    `NOT x`): only such a query can reach the vocabulary documents."""
    return any(isinstance(node, query.Every | query.Not) for node in _walk(q))


def positive_terms(
    q: query.Query, in_claims: bool = False
) -> Iterator[tuple[str, tuple[str, ...], bool]]:
    """What a matching article contains, by field: a term alone, or the terms of a phrase
    in order (of a phrase with slop, each alone); and whether it counts only inside a claim
    (a `claims:` part). Excluded (NOT, -word) terms are not given."""
    if isinstance(q, query.Not):
        return
    if isinstance(q, query.AndNot):
        yield from positive_terms(q.a, in_claims)
        return
    if isinstance(q, WithinClaims):
        yield from positive_terms(q.child, True)  # body terms: the claims are in the body
    elif isinstance(q, query.Term):
        yield q.fieldname, (q.text,), in_claims
    elif isinstance(q, query.Phrase):
        if q.slop == 1:
            yield q.fieldname, tuple(q.words), in_claims
        else:
            for word in q.words:
                yield q.fieldname, (word,), in_claims
    else:
        for child in q.children():
            yield from positive_terms(child, in_claims)


def typed_words(q: query.Query, text: str) -> dict[tuple[int, int], str]:
    """Where each plain word of the query was typed: {(start, end): word} (for respelling)."""
    spans: dict[tuple[int, int], str] = {}
    if isinstance(q, query.Not):
        return spans
    if isinstance(q, query.AndNot):
        return typed_words(q.a, text)
    if isinstance(q, query.Term) and q.fieldname in STEMMED_FIELDS | {"speaker"}:
        start, end = getattr(q, "startchar", None), getattr(q, "endchar", None)
        if start is not None and end is not None:
            words = WORD.findall(text[start:end])
            if len(words) == 1:
                spans[(start, end)] = words[0]
        return spans
    for child in q.children():
        spans.update(typed_words(child, text))
    return spans


def _frequency(reader: IndexReader, word: str) -> int:
    """How many articles use `word` (through its stem) in a default field."""
    stemmed = stem_word(word)
    return max(reader.doc_frequency(field, stemmed) for field in DEFAULT_FIELDS)


def closest_word(reader: IndexReader, vocabulary: Vocabulary, word: str) -> str | None:
    """The vocabulary word nearest `word`: smallest edit distance (up to 2, same first
    letter), then used by the most articles. Words no live article uses are skipped."""
    ranked = sorted(
        (distance, -frequency, candidate)
        for distance, candidate in vocabulary.within(word, 2, prefix=1)
        if distance and (frequency := _frequency(reader, candidate))
    )
    return ranked[0][2] if ranked else None


def respell(reader: IndexReader, vocabulary: Vocabulary, q: query.Query, text: str) -> str | None:
    """`text` with each plain word no article uses replaced by its closest word, or None."""
    replacements: dict[tuple[int, int], str] = {}
    for span, word in typed_words(q, text).items():
        folded = fold(word)
        if _frequency(reader, folded):
            continue
        better = closest_word(reader, vocabulary, folded)
        if better is not None:
            replacements[span] = better
    if not replacements:
        return None
    for (start, end), word in sorted(replacements.items(), reverse=True):
        text = text[:start] + word + text[end:]
    return text
