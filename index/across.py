"""Lookups across articles: speakers of the corpus, a speaker's claims, related claims.

What is precomputed at index time (claimdata.py, written with each article in the same
commit): the claims with their offsets and speakers, the claim texts' stemmed terms (the
`claims` field) and the speakers' names (`speaker_name`), and a column of each article's
speakers. What is worked out when read, once per index commit and then kept with the open
searcher: the corpus-wide speaker directory (articles.across.group_speakers: it depends on
every article and on the user's alias table, so storing it per article would go stale).

A related-claims lookup then reads the postings of the claim's rarest terms to find the few
articles with the most in common (the same speaker's first), and compares the claims of
those articles only: milliseconds at 10k articles.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from whoosh.lang import stopwords_for_language
from whoosh.reading import IndexReader, TermNotFound
from whoosh.searching import Searcher

from articles import Claim
from articles.across import AliasTable, SpeakerDirectory, group_speakers
from articles.across.variants import quote_variant, quote_words
from articles.claims.lexicon import NOT_NAMES
from index.claimdata import decode_claims, decode_speakers
from index.model import (
    ClaimNotFoundError,
    RelatedClaim,
    SpeakerClaim,
    SpeakerSummary,
    UnknownSpeakerError,
)
from index.schema import FOLD, STOPS, WORD, fold, stem_word

# Candidates: the claim's rarest stems (terms in more than a twentieth of the articles, and
# at least COMMON_TERM_MIN, are left out after the first three), the same speaker's articles
# ahead by a share of the claim's weight, and how many articles to compare.
QUERY_TERMS = 12
COMMON_TERM_MIN = 50
SPEAKER_HEAD_START = 0.25
CANDIDATE_ARTICLES = 40
# How many of the claim's rarest stems a candidate claim's text is checked for (two needed).
PROBES = 16
# When a claim of another article counts as related (content similarity, see `relatedness`).
SAME_SPEAKER_MIN = 0.25  # the same speaker saying something on the same subject
OTHER_SPEAKER_MIN = 0.9  # anyone else: the same statement, nearly word for word
SHARED_FACTS_MIN = 0.4  # ... or much in common, with a figure or a name in common
SAME_SPEAKER_FLOOR = 0.3  # the same speaker's claims rank above others' of equal content
# Claims read and compared are kept while the searcher is (bounded: an article's entry is a
# few KB, a claim's a few hundred bytes).
_ARTICLE_CACHE = 2_000
_FEATURE_CACHE = 20_000
# Words that say nothing about what a statement is about (the index keeps some of them:
# "will not" matters to a phrase search, not to whether two statements share a subject).
_NOT_CONTENT = (
    STOPS
    | stopwords_for_language("en")
    | frozenset(
        {"would", "could", "might", "must", "shall", "also"}
        | {"said", "says", "say", "told", "tell", "added", "stated"}
    )
)

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*(?:\s?(?:%|per ?cent|percent))?")
_UNIT = re.compile(r"\s?(?:%|per ?cent|percent)")
_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*)*")
_ACCORDING = re.compile(r"^according\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """What two claims are compared on: the stems of the statement's content words (the
    attribution aside: "Putin said that"), each weighted by its rarity in the corpus's
    claims, so "liberate" counts for more than "country"; the figures and the names the
    statement mentions; and its words, to tell identical texts apart."""

    weights: dict[str, float]
    total: float
    figures: frozenset[str]
    names: frozenset[str]
    words: tuple[str, ...]


def statement_part(claim: Claim) -> str:
    """The words of what was said: for a reported statement, what follows its speech verb
    ("Putin said [in an interview that Moscow will ...]"), or what precedes "according to";
    the whole text otherwise, or if that part would be under three words."""
    if claim.kind != "reported" or not claim.cue:
        return claim.text
    cue = re.search(rf"\b{re.escape(claim.cue)}\b", claim.text, re.IGNORECASE)
    if cue is None:
        return claim.text
    before, after = claim.text[: cue.start()], claim.text[cue.end() :]
    part = before if _ACCORDING.match(claim.cue) else after
    return part if len(part.split()) >= 3 else claim.text


def claim_features(claim: Claim, weight: Callable[[str], float]) -> ClaimFeatures:
    stems, figures, names, words = _claim_terms(claim.text, claim.kind, claim.speaker, claim.cue)
    weights = {stem: weight(stem) for stem in stems}
    return ClaimFeatures(weights, sum(weights.values()), figures, names, words)


@lru_cache(maxsize=50_000)
def _claim_terms(
    text: str, kind: str, speaker: str | None, cue: str | None
) -> tuple[tuple[str, ...], frozenset[str], frozenset[str], tuple[str, ...]]:
    """What `claim_features` reads from a claim's text, kept for texts met again: the same
    sentence is often in many articles (agency copy, updates of a story)."""
    claim = Claim(0, len(text), text, kind, speaker, cue, 1.0)  # type: ignore[arg-type]
    part = statement_part(claim)
    own = set(fold(speaker or "").split())
    stems = {
        stem_word(word)
        for word in set(WORD.findall(fold(part)))  # fold() takes a whole text as well
        if len(word) > 1 and word not in _NOT_CONTENT and word not in own
    }
    figures = {_UNIT.sub("%", m.group()).replace(",", "") for m in _FIGURE.finditer(part)}
    names = set()
    for match in _NAME_RUN.finditer(part):
        found = match.group().split()
        while found and found[0] in NOT_NAMES:
            found.pop(0)
        folded = [fold(w) for w in found]
        if folded and not set(folded) <= own:
            names.add(" ".join(folded))
    words = tuple(fold(w) for w in quote_words(text))
    return tuple(sorted(stems)), frozenset(figures), frozenset(names), words


def relatedness(a: ClaimFeatures, b: ClaimFeatures, same_speaker: bool) -> float:
    """How closely claim `b` bears on claim `a`, in [0, 1]; 0.0 when it is not related.

    Content: the cosine of the two weighted stem sets (1.0 for the same words). The same
    speaker needs less of it (a paraphrase of one statement shares its subject, not all its
    words); anyone else needs nearly the same statement, or much in common and a figure or
    a name in common. Each shared figure adds a little.
    """
    if a.words == b.words and a.words:
        content, shared = 1.0, len(a.weights)
    else:
        common = a.weights.keys() & b.weights.keys()
        shared = len(common)
        if shared < 2:
            return 0.0
        content = min(1.0, sum(a.weights[t] for t in common) / math.sqrt(a.total * b.total))
    figures = len(a.figures & b.figures)
    if same_speaker:
        if content < SAME_SPEAKER_MIN:
            return 0.0
        score = SAME_SPEAKER_FLOOR + (1 - SAME_SPEAKER_FLOOR) * content
    else:
        facts = figures > 0 or not a.names.isdisjoint(b.names)
        if content < OTHER_SPEAKER_MIN and not (
            facts and shared >= 3 and content >= SHARED_FACTS_MIN
        ):
            return 0.0
        score = content
    return min(1.0, score + 0.05 * min(figures, 2))


class AcrossView:
    """Lookups across articles on one open searcher (so on one commit of the index)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._directory: tuple[AliasTable | None, SpeakerDirectory] | None = None
        self._directory_lock = threading.Lock()
        self._claims: dict[int, tuple[dict[str, Any], list[Claim], list[str]]] = {}
        self._features: dict[tuple[int, int], ClaimFeatures] = {}
        self._idf: dict[str, float] = {}

    # --- speakers ----------------------------------------------------------------------

    def directory(self, aliases: AliasTable | None) -> SpeakerDirectory:
        """The corpus's speakers, grouped once per commit and alias table."""
        found = self.prepared(aliases)
        if found is None:
            found = group_speakers(speaker_lists(self.searcher.reader()), aliases)
            self.install(aliases, found)
        return found

    def prepared(self, aliases: AliasTable | None) -> SpeakerDirectory | None:
        with self._directory_lock:
            if self._directory is not None and self._directory[0] is aliases:
                return self._directory[1]
        return None

    def install(self, aliases: AliasTable | None, directory: SpeakerDirectory) -> None:
        """Keep a directory grouped from this searcher's commit (by another reader of the
        same generation, in another thread: NewsIndex.prepare_lookups)."""
        with self._directory_lock:
            self._directory = (aliases, directory)

    def speakers(self, aliases: AliasTable | None) -> list[SpeakerSummary]:
        return [
            SpeakerSummary(s.name, s.aliases, s.claims, len(s.articles))
            for s in self.directory(aliases).speakers
        ]

    def claims_by_speaker(self, name: str, aliases: AliasTable | None) -> list[SpeakerClaim]:
        directory = self.directory(aliases)
        speaker = directory.find(name)
        if speaker is None:
            raise UnknownSpeakerError(name, tuple(directory.suggest(name)))
        position = directory.speakers.index(speaker)
        found = []
        for docnum in speaker.articles:
            stored, claims, _ = self._article(docnum)
            for k, claim in enumerate(claims):
                if directory.speaker_of(docnum, claim.speaker) == position:
                    assert claim.speaker is not None
                    found.append(SpeakerClaim(**_at(stored, k, claim), speaker=claim.speaker))
        found.sort(key=lambda c: (-(c.date.toordinal() if c.date else 0), c.id, c.claim))
        return found

    # --- related claims ----------------------------------------------------------------

    def article_claims(self, article_id: str) -> list[Claim]:
        """The claims the index holds for an article, in `claims` order."""
        return self._article(self._docnum(article_id))[1]

    def related(
        self, article_id: str, claim_index: int, aliases: AliasTable | None, limit: int
    ) -> list[RelatedClaim]:
        docnum = self._docnum(article_id)
        claims = self._article(docnum)[1]
        if not 0 <= claim_index < len(claims):
            count = f"claims 0 to {len(claims) - 1}" if claims else "no claims"
            raise ClaimNotFoundError(
                f"article '{article_id}' has {count}; there is no claim {claim_index}"
            )
        claim = claims[claim_index]
        mine = self._features_of(docnum, claim_index, claim)
        directory = self.directory(aliases)
        speaker = directory.speaker_of(docnum, claim.speaker)
        speaker_docs = directory.speakers[speaker].articles if speaker is not None else ()
        candidates = self._candidates(mine, frozenset(speaker_docs))
        found: list[RelatedClaim] = []
        probes = _probes(mine)
        needed = min(2, len(probes))
        for other in candidates:
            if other == docnum:
                continue
            stored, theirs, folded = self._article(other)
            for k, their in enumerate(theirs):
                if not _has_probes(folded[k], probes, needed):
                    continue
                features = self._features_of(other, k, their)
                if mine.weights.keys().isdisjoint(features.weights):
                    continue
                same = speaker is not None and directory.speaker_of(other, their.speaker) == speaker
                score = relatedness(mine, features, same)
                if score <= 0:
                    continue
                diff = None
                if same and claim.kind == "quote" and their.kind == "quote":
                    diff = quote_variant(claim.text, their.text)
                found.append(
                    RelatedClaim(
                        **_at(stored, k, their),
                        speaker=self._display(directory, other, their),
                        score=score,
                        variant=diff is not None,
                        diff=diff,
                    )
                )
        found.sort(key=lambda r: (-r.score, r.id, r.claim))
        return found[:limit]

    def _candidates(self, mine: ClaimFeatures, speaker_docs: Collection[int]) -> list[int]:
        """The articles that share the most of this claim's rarest stems (each counted by
        its weight), those of the same speaker given a head start. (Read from the body's
        postings: claims are spans of the body and have no postings of their own.)

        Read straight from the postings of a few terms rather than through a Whoosh query:
        an OR query scores every article holding any of its terms (most of the corpus
        for common words), where this costs only the postings it reads."""
        reader = self.searcher.reader()
        common = max(COMMON_TERM_MIN, reader.doc_count() // 20)
        scores: dict[int, float] = defaultdict(float)
        terms = sorted(mine.weights, key=lambda t: (-mine.weights[t], t))[:QUERY_TERMS]
        for n, term in enumerate(terms):
            if n >= 3 and reader.doc_frequency("body", term) > common:
                break  # the rest are commoner still: little weight, long postings
            try:
                postings = reader.postings("body", term)
            except TermNotFound:
                continue
            weight = mine.weights[term]
            for docnum in postings.all_ids():
                scores[docnum] += weight
        head_start = SPEAKER_HEAD_START * mine.total
        for docnum in scores:
            if docnum in speaker_docs:
                scores[docnum] += head_start
        return heapq.nlargest(CANDIDATE_ARTICLES, scores, key=scores.__getitem__)

    def _weight(self, stem: str) -> float:
        """How rare a stem is in the corpus (Whoosh's idf in the body, memoised)."""
        got = self._idf.get(stem)
        if got is None:
            got = self._idf[stem] = self.searcher.idf("body", stem)
        return got

    # --- reading -----------------------------------------------------------------------

    def _docnum(self, article_id: str) -> int:
        docnum = self.searcher.document_number(id=article_id)
        if docnum is None or article_id.startswith("//"):
            raise ClaimNotFoundError(f"no article '{article_id}' in the index")
        return docnum

    def _article(self, docnum: int) -> tuple[dict[str, Any], list[Claim], list[str]]:
        """An article's stored fields, its claims and their texts folded."""
        got = self._claims.get(docnum)
        if got is None:
            if len(self._claims) > _ARTICLE_CACHE:
                self._claims.clear()
            stored = self.searcher.stored_fields(docnum)
            claims = decode_claims(stored.pop("claimset", ""), stored.pop("body", ""))
            folded = [c.text.lower().translate(FOLD) for c in claims]  # enough for probes
            got = self._claims[docnum] = (stored, claims, folded)
        return got

    def _features_of(self, docnum: int, k: int, claim: Claim) -> ClaimFeatures:
        got = self._features.get((docnum, k))
        if got is None:
            if len(self._features) > _FEATURE_CACHE:
                self._features.clear()
            got = self._features[(docnum, k)] = claim_features(claim, self._weight)
        return got

    @staticmethod
    def _display(directory: SpeakerDirectory, docnum: int, claim: Claim) -> str | None:
        position = directory.speaker_of(docnum, claim.speaker)
        return directory.speakers[position].name if position is not None else claim.speaker


def _probes(features: ClaimFeatures) -> tuple[str, ...]:
    """Substrings that a claim's folded text must contain to share a stem with this one:
    its rarest stems, without the "i" Porter puts for a final "y" ("territori" is not in
    "territory", "territor" is). A cheap test before computing a claim's features."""
    stems = sorted(features.weights, key=lambda t: (-features.weights[t], t))[:PROBES]
    return tuple(t[:-1] if t.endswith("i") and len(t) > 4 else t for t in stems)


def _has_probes(text: str, probes: tuple[str, ...], needed: int) -> bool:
    hits = 0
    for probe in probes:
        if probe in text:
            hits += 1
            if hits >= needed:
                return True
    return False


def speaker_lists(reader: IndexReader) -> list[list[tuple[str, int]]]:
    """Each document's speakers, by document number (empty for deleted documents and
    vocabulary documents): one pass over a column, no stored fields."""
    if not reader.has_column("spoken"):
        return []
    deletions = reader.has_deletions()
    lists = []
    for docnum, raw in enumerate(reader.column_reader("spoken")):
        live = raw and not (deletions and reader.is_deleted(docnum))
        lists.append(decode_speakers(raw) if live else [])
    return lists


def _at(stored: dict[str, Any], k: int, claim: Claim) -> dict[str, Any]:
    """The fields of ClaimAt for claim `k` of a stored article."""
    when = stored.get("date")
    return {
        "id": stored["id"],
        "claim": k,
        "title": stored.get("title", ""),
        "date": when.date() if isinstance(when, dt.datetime) else None,
        "text": claim.text,
        "kind": claim.kind,
        "start": claim.start,
        "end": claim.end,
    }
