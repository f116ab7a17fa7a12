"""NewsIndex: one corpus's index, kept fresh by `update` and read by `search`.

Designed for the app: `update()` runs in a worker thread while the UI thread searches the
generation it has open; the next search after a commit (or after a rebuild swapped in a new
generation) moves to the new one. One searcher stays open between searches, since the first
search of a fresh reader pays for loading term info (50 ms at 10k articles).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from whoosh import index as whoosh_index
from whoosh import query

import articles
from articles.across import AliasTable, group_speakers
from index.across import AcrossView, speaker_lists
from index.build import (
    ArticleReader,
    Progress,
    UnreadableIndexError,
    full_build,
    rebuild_reason,
    update_in_place,
)
from index.claimdata import claim_spans
from index.collect import TopAndCount
from index.model import (
    Hit,
    IndexLockedError,
    NoteSource,
    QueryError,
    RelatedClaim,
    SearchResults,
    Span,
    SpeakerClaim,
    SpeakerSummary,
    UpdateStats,
)
from index.query import (
    Excluding,
    NewsQueryParser,
    may_match_anything,
    normalize,
    parse,
    positive_terms,
    resolve,
    respell,
)
from index.schema import SCHEMA_VERSION, query_schema
from index.snippets import Terms, highlight_spans, snippet
from index.store import (
    BrokenPointerError,
    Pin,
    read_pointer,
    remove_unused_generations,
    write_lock,
)
from index.vocabulary import VOCAB_MARK, Vocabulary

Sort = Literal["relevance", "date"]
_VOCAB = query.Term("vocab", VOCAB_MARK)
# Fields whose words are in the article's text (title words are highlighted there too;
# `claims:` terms are body terms once resolved: query.WithinClaims).
_HIGHLIGHT_STEMS = frozenset({"title", "body"})
_HIGHLIGHT_WORDS = frozenset({"speaker"})


class _Generation:
    """An open generation: its Whoosh index, one searcher, and the pin that keeps it."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.pin = Pin(path)
        try:
            self.ix = whoosh_index.open_dir(str(path))
            self.searcher = self.ix.searcher()
        except BaseException:
            self.pin.release()
            raise
        self._vocabulary: Vocabulary | None = None
        self._across: AcrossView | None = None

    def refresh(self) -> None:
        """Move to this generation's latest commit (a cheap check when there is none).

        A new searcher, not `Searcher.refresh()`: that reuses the open segment readers and
        keeps their old deletions, so an updated article showed up twice.
        """
        if not self.searcher.up_to_date():
            fresh = self.ix.searcher()
            self.searcher.close()
            self.searcher = fresh
            self._vocabulary = None
            self._across = None

    @property
    def across(self) -> AcrossView:
        """Lookups across articles on this searcher (their caches live as long as it)."""
        if self._across is None:
            self._across = AcrossView(self.searcher)
        return self._across

    @property
    def vocabulary(self) -> Vocabulary:
        """Loaded on first use after each refresh (a few ms at 10k articles)."""
        if self._vocabulary is None:
            self._vocabulary = Vocabulary.load(self.searcher.reader())
        return self._vocabulary

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.searcher.close()
            self.ix.close()
        self.pin.release()


class NewsIndex:
    """The search index of one corpus folder, stored in `index_dir`."""

    def __init__(
        self,
        index_dir: Path,
        corpus_root: Path,
        *,
        lock_timeout: float = 5.0,
        detect_claims: Callable[[str], Sequence[articles.Claim]] | None = None,
        speaker_aliases: AliasTable | None = None,
    ) -> None:
        self.index_dir = Path(index_dir)
        # The user's alias table (articles.load_alias_table), read at the edge; assign a
        # new one to `speaker_aliases` when the file changes.
        self.speaker_aliases = speaker_aliases
        self.corpus_root = Path(corpus_root)
        self.lock_timeout = lock_timeout
        self._detect_claims = detect_claims
        self._parser = NewsQueryParser(query_schema())
        self._lock = threading.RLock()
        self._open: _Generation | None = None
        self._lookups_used = False  # once they are, update() prepares them for each commit

    @property
    def is_built(self) -> bool:
        """True if there is a complete index to search (perhaps an outdated one)."""
        try:
            pointer = read_pointer(self.index_dir)
        except BrokenPointerError:
            return False
        return pointer is not None and pointer.schema == SCHEMA_VERSION

    # --- writing ---------------------------------------------------------------------------

    def update(
        self,
        *,
        rebuild: bool = False,
        progress: Progress | None = None,
        notes: NoteSource | None = None,
        procs: int | None = None,
    ) -> UpdateStats:
        """Bring the index in line with the corpus (and the notes); build it if needed.

        `progress(done, total)` is called as articles are written. Pass the same `notes`
        source every time (None means no notes: articles with notes would be re-indexed
        without them). `procs`: worker processes for the writing (default: 2 for 400
        articles or more on a machine with 2 CPUs, else 1).

        Raises IndexLockedError when another writer holds the index beyond `lock_timeout`,
        and articles.CorpusNotFoundError when the corpus folder is missing.
        """
        started = time.perf_counter()
        with write_lock(self.index_dir, self.lock_timeout):
            files, found = articles.discover(self.corpus_root)
            source = ArticleReader(self.corpus_root, notes, self._detect_claims)
            reason = "rebuild requested" if rebuild else rebuild_reason(self.index_dir)
            if reason is None:
                try:
                    added, updated, removed, total = update_in_place(
                        self.index_dir, files, source, progress, procs
                    )
                except UnreadableIndexError as exc:
                    reason = f"index unreadable ({exc})"
            if reason is not None:
                total = full_build(self.index_dir, files, source, progress, procs)
                added, updated, removed = total, 0, 0
            pointer = read_pointer(self.index_dir)
            remove_unused_generations(self.index_dir, pointer.generation if pointer else None)
        stats = UpdateStats(
            added=added,
            updated=updated,
            removed=removed,
            total=total,
            seconds=time.perf_counter() - started,
            rebuilt=reason,
            warnings=(*(str(w) for w in found), *source.warnings),
        )
        if self._lookups_used and stats.changed:
            self.prepare_lookups()
        return stats

    # --- reading ---------------------------------------------------------------------------

    def _current(self) -> _Generation:
        """The current generation, opened and refreshed; builds the index if there is none
        (or it is from another schema version). Call with self._lock held."""
        last_error: Exception | None = None
        for _ in range(3):
            try:
                pointer = read_pointer(self.index_dir)
            except BrokenPointerError:
                pointer = None
            if pointer is None or pointer.schema != SCHEMA_VERSION:
                self.update()
                continue
            if self._open is not None and self._open.name == pointer.generation:
                self._open.refresh()
                return self._open
            try:
                opened = _Generation(self.index_dir / pointer.generation)
            except FileNotFoundError as exc:  # swapped out under us: read CURRENT again
                last_error = exc
                continue
            except Exception as exc:  # unreadable: update() rebuilds it
                last_error = exc
                self.update()
                continue
            if read_pointer(self.index_dir) != pointer:  # swapped before we pinned it
                opened.close()
                continue
            if self._open is not None:
                self._open.close()
                self._remove_unused(pointer.generation)
            self._open = opened
            return opened
        raise RuntimeError(f"cannot open the index in {self.index_dir}: {last_error}")

    def _remove_unused(self, current: str) -> None:
        """Delete the generation this reader just left, if no one else reads it and no
        writer is busy (otherwise the next update does it): a rebuilt 50k-article index
        would otherwise keep twice its size on disk until then."""
        with contextlib.suppress(IndexLockedError), write_lock(self.index_dir, timeout=0):
            remove_unused_generations(self.index_dir, current)

    def search(self, text: str, *, limit: int = 20, sort: Sort = "relevance") -> SearchResults:
        """The best `limit` articles for a query (see README for the language).

        QueryError for a query that cannot be run as typed (raised before the index is
        touched). With no index yet, one is built first; IndexLockedError if another
        writer is building it and takes longer than `lock_timeout`.
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        q = parse(self._parser, text)
        with self._lock:
            current = self._current()
            searcher = current.searcher
            resolved = resolve(searcher.reader(), current.vocabulary, q)
            # One pass that scores and counts every match. A top-k search skips blocks and
            # then needs a second pass to count the total (up to 2x slower); Whoosh's
            # single-pass count with optimize=False is wrong across segments.
            wanted = _articles_only(resolved)
            if sort == "date":
                results = searcher.search(wanted, limit=None, sortedby="date", reverse=True)
                found = [(hit.score or 0.0, hit.docnum) for hit in results[:limit]]
                total = len(results)
            else:
                collector = TopAndCount(limit)
                searcher.search_with_collector(wanted, collector)
                found = collector.results()
                total = collector.total
            terms = _highlight_terms(resolved)
            hits = tuple(
                _hit(searcher.stored_fields(docnum), score, terms) for score, docnum in found
            )
            suggestion = None if total else self._suggest(current, q, text)
        return SearchResults(hits, total, suggestion)

    def highlight_spans(
        self, text: str, article_text: str, claims: Sequence[Span] = ()
    ) -> list[Span]:
        """Offsets in `article_text` of the words the query `text` matches (NOT terms are
        not highlighted; those of a `claims:` part only inside the article's `claims`, given
        as spans); QueryError for a malformed query."""
        q = parse(self._parser, text)
        with self._lock:
            current = self._current()
            resolved = resolve(current.searcher.reader(), current.vocabulary, q)
        return highlight_spans(article_text, _highlight_terms(resolved), claims)

    def _suggest(self, current: _Generation, q: query.Query, text: str) -> str | None:
        """The query respelt (see query.respell), if the respelt query finds something."""
        reader = current.searcher.reader()
        corrected = respell(reader, current.vocabulary, q, normalize(text))
        if corrected is None:
            return None
        try:
            check = resolve(reader, current.vocabulary, parse(self._parser, corrected))
        except QueryError:
            return None
        found = current.searcher.search(_articles_only(check), limit=1)
        return corrected if found.scored_length() else None

    # --- across articles -------------------------------------------------------------------
    #
    # Each lookup needs the corpus's speakers grouped (articles.across.group_speakers) for
    # the commit it reads: about half a second at 10k articles, once per commit. The first
    # lookup does it; after that, update() does it for every commit it makes (in the app's
    # worker thread), so lookups in the UI stay instant.

    def prepare_lookups(self) -> None:
        """Group the corpus's speakers for the current commit now, with a reader of its
        own (Whoosh readers are not shared between threads), unless already done."""
        aliases = self.speaker_aliases
        with self._lock:
            current = self._current()
            across = current.across
            generation = current.searcher.reader().generation()
            if across.prepared(aliases) is not None:
                return
            ix = current.ix
        with ix.reader() as reader:
            if reader.generation() != generation:
                return  # a newer commit already: the next lookup groups that one
            directory = group_speakers(speaker_lists(reader), aliases)
        across.install(aliases, directory)

    def _across(self) -> AcrossView:
        """The lookups of the current commit (call with self._lock held)."""
        self._lookups_used = True
        return self._current().across

    def speakers(self) -> list[SpeakerSummary]:
        """Every person and body quoted in the corpus, one entry each (spellings merged,
        see articles.across), most claims first. Descriptions ("an official") are left
        out: they name no one in particular."""
        with self._lock:
            return self._across().speakers(self.speaker_aliases)

    def find_speaker(self, name: str) -> SpeakerSummary | None:
        """The speaker `name` names (its name or an alias, case and accents aside)."""
        with self._lock:
            found = self._across().directory(self.speaker_aliases).find(name)
        if found is None:
            return None
        return SpeakerSummary(found.name, found.aliases, found.claims, len(found.articles))

    def claims_by_speaker(self, name: str) -> list[SpeakerClaim]:
        """All claims of one speaker across the corpus, newest article first.
        UnknownSpeakerError (with close names) if no speaker goes by `name`."""
        with self._lock:
            return self._across().claims_by_speaker(name, self.speaker_aliases)

    def article_claims(self, article_id: str) -> list[articles.Claim]:
        """The claims the index holds for an article (the `claims` command's order);
        ClaimNotFoundError for an unknown id."""
        with self._lock:
            return self._current().across.article_claims(article_id)

    def related(self, article_id: str, claim_index: int, *, limit: int = 20) -> list[RelatedClaim]:
        """Claims of other articles that report the same statement or bear on the same
        fact as claim `claim_index` of `article_id` (counting from 0 in `claims` order),
        best first, with quote variants flagged and diffed. ClaimNotFoundError for an
        unknown article or claim."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        with self._lock:
            return self._across().related(article_id, claim_index, self.speaker_aliases, limit)

    def close(self) -> None:
        with self._lock:
            if self._open is not None:
                self._open.close()
                self._open = None

    def __enter__(self) -> NewsIndex:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _articles_only(q: query.Query) -> query.Query:
    """Keep vocabulary documents out. They have no searchable field, so only a query that
    can match without its terms (`*`, `NOT x`) needs the guard, which doubles a term
    query's cost. (Not `mask=`: Whoosh tests a mask's truth by scanning its whole bit set
    once per matching document.)"""
    return Excluding(q, _VOCAB) if may_match_anything(q) else q


def _highlight_terms(q: query.Query) -> Terms:
    """What to highlight of `q`; the terms of its `claims:` parts only inside claims."""
    stems: dict[bool, set[str]] = {False: set(), True: set()}
    words: dict[bool, set[str]] = {False: set(), True: set()}
    phrases: dict[bool, set[tuple[str, ...]]] = {False: set(), True: set()}
    for field, terms, in_claims in positive_terms(q):
        if field in _HIGHLIGHT_STEMS:
            if len(terms) > 1:
                phrases[in_claims].add(terms)
            else:
                stems[in_claims].update(terms)
        elif field in _HIGHLIGHT_WORDS:
            words[in_claims].update(terms)
    inside = Terms(stems[True], words[True], phrases[True])
    return Terms(stems[False], words[False], phrases[False], in_claims=inside or None)


def _hit(stored: dict[str, Any], score: float, terms: Terms) -> Hit:
    claims = claim_spans(stored.get("claimset", "")) if terms.in_claims else ()
    text, spans = snippet(stored.get("body", ""), terms, claims)
    when = stored.get("date")
    return Hit(
        id=stored["id"],
        title=stored.get("title", ""),
        date=when.date() if isinstance(when, dt.datetime) else None,
        score=float(score),
        snippet=text,
        highlights=spans,
    )


def open_index(
    index_dir: Path,
    corpus_root: Path,
    *,
    lock_timeout: float = 5.0,
    speaker_aliases: AliasTable | None = None,
) -> NewsIndex:
    """Open (cheaply: nothing is read until the first search or update) a corpus's index."""
    return NewsIndex(
        index_dir, corpus_root, lock_timeout=lock_timeout, speaker_aliases=speaker_aliases
    )
