"""The app's window on the core: corpus, claims, index and annotations behind one typed object.

Screens call this and display what it returns; it never imports Textual, so its behaviour is
tested without a terminal, and the core packages' APIs are used in one place only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from tui.settings import Settings, corpus_key

if TYPE_CHECKING:  # the core loads in the app's worker, after the first frame is on screen
    from annotations import Anchored, AnnotationStore
    from articles import Article, Claim, Corpus
    from articles.across import AliasTable
    from index import NewsIndex, RelatedClaim, SpeakerClaim, SpeakerSummary

Sort = Literal["relevance", "date"]


@dataclass(frozen=True, slots=True)
class Hit:
    article_id: str
    title: str
    date: str | None
    snippet: str = ""
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchOutcome:
    """What one search produced, ready to show: hits and the status line."""

    query: str
    hits: tuple[Hit, ...]
    status: str
    suggestion: str | None = None
    error: bool = False


@dataclass(frozen=True, slots=True)
class Note:
    """One annotation, anchored to the article's current text."""

    id: str
    start: int | None
    end: int | None
    exact: str
    note: str
    tags: tuple[str, ...]
    verdict: str | None
    anchor: str
    claim_kind: str | None = None
    claim_speaker: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleNotes:
    notes: tuple[Note, ...] = ()
    error: str | None = None  # the article's annotation file cannot be read: writes refused


def newest_first(articles: tuple[Article, ...]) -> list[Article]:
    """Dated articles newest first, then undated ones by title."""
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date, a.id), reverse=True)
    undated = sorted((a for a in articles if not a.date), key=lambda a: a.title.lower())
    return dated + undated


def meta_line(article: Article) -> str:
    parts: list[str] = []
    if article.date:
        stamp = article.date.isoformat()
        if article.time:
            stamp += " " + article.time.strftime("%H:%M")
        parts.append(stamp)
    if article.author:
        parts.append(f"by {article.author}")
    if article.source:
        parts.append(article.source)
    return " · ".join(parts)


class Session:
    """One corpus, its index and its annotations, for one run of the app."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.corpus: Corpus | None = None
        self._claims: dict[str, tuple[Claim, ...]] = {}
        self._index: NewsIndex | None = None
        self._store: AnnotationStore | None = None
        self._index_lock = threading.Lock()
        self.index_ready = False
        self.warnings: list[str] = []  # one-line problems to show the user once

    @property
    def key(self) -> str:
        return corpus_key(self.settings.articles_dir)

    # ---- corpus --------------------------------------------------------------------------

    def load(self) -> Corpus:
        from articles import load_corpus

        self.corpus = load_corpus(self.settings.articles_dir)
        self._claims.clear()
        return self.corpus

    def article(self, article_id: str) -> Article | None:
        return self.corpus.get(article_id) if self.corpus else None

    def claims(self, article: Article) -> tuple[Claim, ...]:
        cached = self._claims.get(article.id)
        if cached is None:
            from articles import detect_claims

            cached = self._claims[article.id] = detect_claims(article.text)
        return cached

    def all_articles(self) -> SearchOutcome:
        articles = newest_first(self.corpus.articles) if self.corpus else []
        hits = tuple(Hit(a.id, a.title, a.date.isoformat() if a.date else None) for a in articles)
        root = self.settings.articles_dir
        status = f"{len(hits)} articles" if hits else f"No articles in {root}"
        return SearchOutcome("", hits, status)

    # ---- index --------------------------------------------------------------------------

    @property
    def index(self) -> NewsIndex:
        if self._index is None:
            from index import open_index

            self._index = open_index(self.settings.index_dir, self.settings.articles_dir)
            self._index.speaker_aliases = self._speaker_aliases()
        return self._index

    def _speaker_aliases(self) -> AliasTable | None:
        """The user's speaker alias table; a bad file is reported once and left unused."""
        from articles.across import AliasFileError, load_alias_table

        try:
            return load_alias_table(self.settings.speakers_file)
        except AliasFileError as exc:
            self.warnings.append(f"speaker aliases not used: {exc}")
            return None

    def update_index(self, progress: Callable[[int, int], None] | None = None) -> str:
        """Bring the index up to date (run in a worker thread). Returns a one-line summary
        when something changed, "" when nothing did."""
        stats = self.index.update(progress=progress, notes=self.store)
        self.index_ready = True
        self.index.prepare_lookups()  # group speakers now, so the first lookup is instant
        if stats.added or stats.updated or stats.removed or stats.rebuilt:
            return stats.summary()
        return ""

    def search(self, query: str, sort: Sort = "relevance", limit: int = 100) -> SearchOutcome:
        """Search (from a worker thread). Before the first index exists, say so instead."""
        from index import QueryError

        if not query.strip():
            return self.all_articles()
        if len(query.strip()) < 2:
            # The first letter of a word being typed: not an error, just not a query yet.
            return SearchOutcome(query, (), "Keep typing…")
        if not self.index_ready and not self.index.is_built:
            return SearchOutcome(query, (), "Indexing… results appear when the index is ready")
        try:
            with self._index_lock:  # one search at a time: a cancelled one may still be running
                results = self.index.search(query, limit=limit, sort=sort)
        except QueryError as exc:
            return SearchOutcome(query, (), str(exc), error=True)
        hits = tuple(
            Hit(
                h.id,
                h.title,
                h.date.isoformat() if h.date else None,
                h.snippet,
                tuple(tuple(span) for span in h.highlights),  # type: ignore[misc]
            )
            for h in results.hits
        )
        if hits:
            shown = f"{len(hits)} of {results.total}" if results.total > len(hits) else len(hits)
            status = f"{shown} result{'s' if results.total != 1 else ''}"
            return SearchOutcome(query, hits, status)
        if results.suggestion:
            return SearchOutcome(
                query,
                (),
                f"Did you mean: {results.suggestion}? (enter)",
                suggestion=results.suggestion,
            )
        return SearchOutcome(query, (), "No results")

    def highlight_spans(
        self, query: str, text: str, claims: Sequence[tuple[int, int]] = ()
    ) -> tuple[tuple[int, int], ...]:
        """Where the query's terms are in an article's text (for the reader); those of a
        `claims:` part only inside the article's `claims` (their spans)."""
        from index import QueryError

        if not query.strip() or not (self.index_ready or self.index.is_built):
            return ()
        try:
            with self._index_lock:
                return tuple(self.index.highlight_spans(query, text, claims))
        except QueryError:
            return ()

    # ---- across articles -----------------------------------------------------------------

    def speakers(self) -> list[SpeakerSummary]:
        """Every speaker of the corpus, most claims first (from a worker thread)."""
        if not (self.index_ready or self.index.is_built):
            return []
        with self._index_lock:
            return self.index.speakers()

    def claims_by_speaker(self, name: str) -> list[SpeakerClaim]:
        from index import UnknownSpeakerError

        try:
            with self._index_lock:
                return self.index.claims_by_speaker(name)
        except UnknownSpeakerError:
            return []

    def related(self, article_id: str, claim_index: int) -> list[RelatedClaim]:
        """Claims of other articles about the same statement or fact (precomputed features)."""
        from index import ClaimNotFoundError

        if not (self.index_ready or self.index.is_built):
            return []
        try:
            with self._index_lock:
                return self.index.related(article_id, claim_index, limit=10)
        except ClaimNotFoundError:
            return []

    def close(self) -> None:
        if self._index is not None:
            self._index.close()

    # ---- annotations ------------------------------------------------------------------

    @property
    def store(self) -> AnnotationStore:
        if self._store is None:
            from annotations import AnnotationStore

            self._store = AnnotationStore(self.settings.annotations_dir)
        return self._store

    def notes(self, article: Article) -> ArticleNotes:
        """The article's notes on its current text; a bad file gives an error, not a crash."""
        from annotations import AnnotationFileError

        try:
            listed = self.store.for_article(article.id, article.text)
        except AnnotationFileError as exc:
            return ArticleNotes(error=str(exc))
        return ArticleNotes(tuple(_note(a) for a in (*listed.anchored, *listed.orphans)))

    def add_note(
        self,
        article: Article,
        start: int,
        end: int,
        note: str,
        tags: tuple[str, ...],
        verdict: str | None,
        *,
        claim: int | None = None,
    ) -> str:
        from annotations import ClaimRef

        ref = None
        if claim is not None:
            claims = self.claims(article)
            if 0 <= claim < len(claims):
                ref = ClaimRef(claims[claim].kind, claims[claim].speaker)
        added = self.store.add(
            article.id,
            article.text,
            start,
            end,
            note=note,
            tags=tags,
            verdict=verdict,  # type: ignore[arg-type]
            claim=ref,
        )
        self._notes_changed(article.id)
        return added.id

    def update_note(
        self,
        article: Article,
        annotation_id: str,
        note: str,
        tags: tuple[str, ...],
        verdict: str | None,
    ) -> None:
        self.store.update(
            annotation_id,
            note=note,
            tags=tags,
            verdict=verdict,  # type: ignore[arg-type]
            article_id=article.id,
            text=article.text,
        )
        self._notes_changed(article.id)

    def delete_note(self, article: Article, annotation_id: str) -> None:
        self.store.delete(annotation_id, article_id=article.id, text=article.text)
        self._notes_changed(article.id)

    def _notes_changed(self, article_id: str) -> None:
        """Notes are searchable (`note:`, `tag:`): wired to the index at merge."""


def _note(item: Anchored) -> Note:
    a = item.annotation
    claim = a.target.claim
    return Note(
        id=a.id,
        start=item.start,
        end=item.end,
        exact=a.target.exact,
        note=a.note,
        tags=a.tags,
        verdict=a.verdict,
        anchor=item.status,
        claim_kind=claim.kind if claim else None,
        claim_speaker=claim.speaker if claim else None,
    )
