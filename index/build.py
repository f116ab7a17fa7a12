"""Writing the index: full builds into a new generation, incremental updates in place.

Per article: stat, read, hash, parse (`articles`), detect claims, ask the notes source, and
turn the result into one Whoosh document. The incremental state of each article (path,
size, mtime, content hash, notes fingerprint) lives in the document itself, in a column, so
it is committed, or not, together with what it describes: a crash cannot split them.

Each build also stores the unstemmed words of the articles it wrote (vocabulary.py).
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import multiprocessing as mp
import os
import pickle
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import whoosh.multiproc
from whoosh import index as whoosh_index
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.reading import IndexReader
from whoosh.writing import IndexWriter

import articles
from articles import Article, ArticleError, ArticleFile
from index.claimdata import encode_claims, encode_speakers
from index.model import NoteSource
from index.schema import SCHEMA_VERSION, ClaimedProse, build_schema
from index.store import (
    BrokenPointerError,
    Pointer,
    new_generation,
    read_pointer,
    write_pointer,
)
from index.vocabulary import Vocabulary, add_vocabulary, take_indexed_words
from index.writing import FastSegmentWriter, create_index, open_index

Progress = Callable[[int, int], None]

# Files whose mtime is this close to the moment we looked at them are re-hashed on the next
# update: a write in the same timestamp tick would not change the mtime (git's "racy clean").
RACY_NS = 2_000_000_000
# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_MIN = 400
# Documents in a worker's first job and in the last jobs of a build (_ParallelWriter).
SMALLEST_JOB = 10
# Marks a document whose claims are still to be found: a full build finds them in the
# worker processes that index, so that the parent only reads and parses (see full_build).
CLAIMS_PENDING = "_claims_pending"
# One writer at a time per process: the words being indexed are noted process-wide
# (schema.INDEXED_WORDS), so two indexes written at once by two threads would mix them.
_WRITING = threading.Lock()


class UnreadableIndexError(Exception):
    """The index cannot be updated in place (it is rebuilt instead)."""


@dataclass(frozen=True, slots=True)
class DocState:
    """What an update compares a file against (stored in the `state` column)."""

    id: str
    path: str
    size: int
    mtime_ns: int
    seen_ns: int
    sha: str
    notes: str

    def encode(self) -> bytes:
        fields = [self.id, self.path, self.size, self.mtime_ns, self.seen_ns, self.sha, self.notes]
        return json.dumps(fields, ensure_ascii=False).encode("utf-8")

    @classmethod
    def decode(cls, raw: bytes) -> DocState:
        try:
            return cls(*json.loads(raw))
        except (ValueError, TypeError) as exc:
            raise UnreadableIndexError(f"article state unreadable ({exc})") from None

    def stat_matches(self, path: str, st: os.stat_result) -> bool:
        """True when the stat alone proves the file unchanged since it was indexed."""
        return (
            self.path == path
            and self.size == st.st_size
            and self.mtime_ns == st.st_mtime_ns
            and st.st_mtime_ns < self.seen_ns - RACY_NS
        )


@dataclass(frozen=True, slots=True)
class Prepared:
    """One article, ready to be written."""

    id: str
    document: dict[str, Any]


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _as_datetime(article: Article) -> dt.datetime | None:
    if article.date is None:
        return None
    time_of_day = article.time.replace(tzinfo=None) if article.time else dt.time()
    return dt.datetime.combine(article.date, time_of_day)


def article_document(
    article: Article,
    state: DocState,
    claims: Sequence[articles.Claim] | None = (),
    note_text: str = "",
    note_tags: Sequence[str] = (),
    path: str = "",
) -> dict[str, Any]:
    """The Whoosh document of one article; with `claims=None`, without its claim fields,
    which a worker process adds (with_claims) just before indexing it, naming the file
    `path` if the detector fails."""
    doc: dict[str, Any] = {
        "id": article.id,
        "state": state.encode(),
        "title": article.title,
        "body": article.text,
        "tag": ",".join((*article.tags, *note_tags)),
        "author": article.author or "",
        "source": article.source or "",
        "note": note_text,
        **(claim_fields(claims, article.text) if claims is not None else {CLAIMS_PENDING: path}),
    }
    when = _as_datetime(article)
    if when is not None:
        doc["date"] = when
    # Whoosh skips None but indexes "" as an empty field; leave empty ones out.
    return {k: v for k, v in doc.items() if v != ""}


def claim_fields(claims: Sequence[articles.Claim], body: str) -> dict[str, Any]:
    """The fields of a document that come from its article's claims (in `body`): the body
    itself is indexed as ClaimedProse, which writes the `claimpos` column as it goes."""
    speakers = sorted({c.speaker for c in claims if c.speaker})
    fields: dict[str, Any] = {
        "kind": ",".join(sorted({c.kind for c in claims})),
        "speaker": "\n".join(speakers),
        "speaker_name": ",".join(speakers),
        **claim_data(claims),
    }
    fields = {k: v for k, v in fields.items() if v not in ("", b"")}
    if body and claims:
        prose = ClaimedProse(body, [(c.start, c.end) for c in claims])
        fields.update(body=prose, _stored_body=body, claimpos=prose.ranges)
    return fields


def claim_data(claims: Sequence[articles.Claim]) -> dict[str, Any]:
    """What lookups across articles read (claimdata.py): a few microseconds per article."""
    return {"claimset": encode_claims(claims), "spoken": encode_speakers(claims)}


class ArticleReader:
    """Reads articles for indexing: stat, hash, parse, claims, notes. Collects warnings."""

    def __init__(
        self,
        root: Path,
        notes: NoteSource | None,
        detect_claims: Callable[[str], Sequence[articles.Claim]] | None = None,
    ) -> None:
        self.root = root
        self._root_prefix = str(root).rstrip(os.sep) + os.sep
        self.notes = notes
        # Looked up at call time by default, so a detector swapped in (tests, bench) is used.
        self._detect = detect_claims
        self.warnings: list[str] = []

    def relative(self, path: Path) -> str:
        """`path` relative to the corpus, '/'-separated (string slicing: pathlib's
        relative_to costs a third of a no-change update at 10k articles)."""
        text = str(path)
        if text.startswith(self._root_prefix):
            text = text[len(self._root_prefix) :]
        return text.replace(os.sep, "/")

    def notes_fingerprint(self, article_id: str) -> str:
        return self.notes.notes_fingerprint(article_id) if self.notes else ""

    def claims(self, text: str, where: str) -> Sequence[articles.Claim]:
        detect = self._detect or articles.detect_claims
        try:
            return detect(text)
        except Exception as exc:  # a detector bug must not cost the user their whole index
            self.warnings.append(f"{where}: claims not indexed ({type(exc).__name__}: {exc})")
            return ()

    def with_claims(self, document: dict[str, Any]) -> dict[str, Any]:
        """A document prepared with `defer_claims`, completed with its claim fields."""
        where = document.pop(CLAIMS_PENDING, None)
        if where is None:
            return document
        body = document.get("body", "")
        return {**document, **claim_fields(self.claims(body, where), body)}

    def prepare(
        self,
        file: ArticleFile,
        st: os.stat_result,
        seen_ns: int,
        data: bytes,
        notes_fp: str,
        defer_claims: bool = False,
    ) -> Prepared | None:
        try:
            article = articles.parse_article(file, data)
        except ArticleError as exc:
            self.warnings.append(str(exc))
            return None
        claims = None if defer_claims else self.claims(article.text, str(file.path))
        note_text, note_tags = (
            self.notes.notes_for_index(file.id) if self.notes is not None and notes_fp else ("", ())
        )
        state = DocState(
            id=file.id,
            path=self.relative(file.path),
            size=st.st_size,
            mtime_ns=st.st_mtime_ns,
            seen_ns=seen_ns,
            sha=content_hash(data),
            notes=notes_fp,
        )
        document = article_document(article, state, claims, note_text, note_tags, str(file.path))
        return Prepared(file.id, document)

    def read(self, file: ArticleFile) -> tuple[os.stat_result, int, bytes] | None:
        """Stat, then read: a write after the stat shows up as a new mtime next time."""
        try:
            seen_ns = time.time_ns()
            st = file.path.stat()
            return st, seen_ns, file.path.read_bytes()
        except OSError as exc:
            self.warnings.append(f"{file.path}: {exc.strerror or exc}")
            return None

    def prepare_file(self, file: ArticleFile, defer_claims: bool = False) -> Prepared | None:
        got = self.read(file)
        if got is None:
            return None
        st, seen_ns, data = got
        notes_fp = self.notes_fingerprint(file.id)
        return self.prepare(file, st, seen_ns, data, notes_fp, defer_claims)


# --- writers -------------------------------------------------------------------------------


class _OrphanSafeTask(SubWriterTask):
    """Whoosh's worker process, made to exit when its parent dies, and to store the words
    of each batch it indexes.

    Whoosh's own worker waits on its job queue forever if the parent is killed (SIGKILL
    during a rebuild), leaving an orphan holding memory. This one watches its parent.
    """

    # Set by _ParallelWriter before the process starts (inherited through the fork).
    source: ArticleReader | None = None
    warnings_dir: Path | None = None

    def run(self) -> None:
        # Finding claims and indexing allocate millions of short-lived objects and leave
        # few cycles: at Python's default thresholds a worker collected about 190 times per
        # 500 articles, 4% of its CPU; at these, a few times. What the parent made before
        # the fork is never collected here (nor copied by the collector's visits).
        gc.freeze()
        gc.set_threshold(10_000, 20, 100)
        take_indexed_words()  # forget what the parent had noted before the fork
        self._stored: set[str] = set()
        if self.source is not None:
            self.source.warnings.clear()  # the parent's, copied by the fork
        parent = os.getppid()

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
        # Whoosh's worker makes its writer from this module global: in this process only.
        whoosh.multiproc.SegmentWriter = FastSegmentWriter
        super().run()

    def _process_file(self, filename: str, doc_count: int) -> None:
        """Index one batch of documents (finding the claims of those that still need them),
        then store the words it added (vocabulary.py)."""
        writer = self.writer
        storage = writer.temp_storage()
        complete = self.source.with_claims if self.source is not None else None
        with storage.open_file(filename).raw_file() as batch:
            for _ in range(doc_count):
                _, document = pickle.load(batch)
                writer.add_document(**(complete(document) if complete else document))
        storage.delete_file(filename)
        new = take_indexed_words() - self._stored
        self._stored |= new
        add_vocabulary(writer, new)
        self._pass_on_warnings()

    def _pass_on_warnings(self) -> None:
        """Warnings go to the parent through a file of this process's own in a folder it
        reads after the commit (a queue could block a worker that the parent waits for)."""
        if self.source is None or self.warnings_dir is None or not self.source.warnings:
            return
        with (self.warnings_dir / f"{os.getpid()}.txt").open("a", encoding="utf-8") as out:
            out.writelines(f"{' '.join(w.splitlines())}\n" for w in self.source.warnings)
        self.source.warnings.clear()


class _ParallelWriter(MpWriter, FastSegmentWriter):
    """MpWriter with orphan-safe workers (the fastest full build measured here) that find
    the claims of the documents handed over without them (see full_build)."""

    source: ArticleReader | None = None
    warnings_dir: Path | None = None

    # How many documents the build will hand over (set by open_writer), and have been.
    expected = 0
    _queued = 0

    def add_document(self, **fields: Any) -> None:
        """Whoosh's, with jobs sized for an even finish (Whoosh's are all of `batchsize`).

        A worker is forked when its first job is queued: a whole batch of 100 prepared
        first kept the second idle for the first 0.10 to 0.14 s (0.05 to 0.07 s now). And a
        worker takes the next job when done with one, so the first to finish then waits
        for the other's last job: with jobs of 100, 0.15 s (the median of nine builds of
        1,000 articles, up to 0.36 s); 0.06 s now, the rest mostly the workers' unequal
        shares to write out at the end. So each worker's first job is small, and the last
        jobs shrink as the documents left run out. (Whoosh's queues a job at `batchsize`;
        a job size is never more.)"""
        super().add_document(**fields)
        if not self._grouping and len(self.docbuffer) >= self._job_size():
            self._enqueue()

    def _job_size(self) -> int:
        if len(self.tasks) < self.procs:
            return SMALLEST_JOB
        if not self.expected:  # not told: Whoosh's size
            return self.batchsize
        left = self.expected - self._queued
        return min(self.batchsize, max(SMALLEST_JOB, left // (2 * self.procs)))

    def _enqueue(self) -> None:
        self._queued += len(self.docbuffer)
        super()._enqueue()

    def _new_task(self) -> SubWriterTask:
        task = _OrphanSafeTask(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        task.source, task.warnings_dir = self.source, self.warnings_dir
        self.tasks.append(task)
        task.start()
        return task


def open_writer(ix: whoosh_index.Index, documents: int, procs: int | None = None) -> IndexWriter:
    """A writer for `documents` new documents: two worker processes for big batches.

    Segments are written with compound=False: with compound files a searcher copies whole
    segments into memory (hundreds of MB at 50k articles) and opens 25x slower.
    """
    if procs is None:
        procs = 2 if documents >= PARALLEL_MIN and (os.cpu_count() or 1) >= 2 else 1
    if procs > 1:
        writer = _ParallelWriter(ix, procs=procs, multisegment=True, compound=False)
        writer.expected = documents
        return writer
    return FastSegmentWriter(ix, timeout=5.0, compound=False)


def _write_all(
    writer: IndexWriter,
    prepared: Iterable[Prepared | None],
    count: int,
    progress: Progress | None,
    known: Vocabulary | None = None,
) -> int:
    """Feed documents to `writer`, then the words they add to the `known` vocabulary;
    returns how many documents were written."""
    take_indexed_words()  # forget words noted before this writer
    written = 0
    for done, item in enumerate(prepared, 1):
        if item is not None:
            writer.add_document(**item.document)
            written += 1
        if progress is not None:
            progress(done, count)
    if not isinstance(writer, _ParallelWriter):  # worker processes store their own
        words = take_indexed_words()
        add_vocabulary(writer, (w for w in words if w not in known) if known else words)
    return written


def full_build(
    index_dir: Path,
    files: Sequence[ArticleFile],
    source: ArticleReader,
    progress: Progress | None = None,
    procs: int | None = None,
) -> int:
    """Build a complete new generation and make it current; returns the articles indexed.

    Until the pointer is replaced, CURRENT names the previous generation, untouched.
    """
    gen_dir = new_generation(index_dir)
    ix = create_index(str(gen_dir), build_schema())
    # Inside the new generation: a build killed midway leaves nothing behind elsewhere.
    warnings_dir = gen_dir / "warnings"
    warnings_dir.mkdir()
    try:
        # A Whoosh writer used as a context commits, or cancels if the block fails.
        with _WRITING, open_writer(ix, len(files), procs) as writer:
            # With worker processes, this one only reads and parses, and the workers find
            # the claims as they index: finding claims is the biggest part of a build, and
            # done here it left the workers waiting (1.46 of 2 cores busy, against 1.81
            # for a bare Whoosh build).
            # (Only when workers are forked: they then share this reader without pickling.)
            defer = isinstance(writer, _ParallelWriter) and mp.get_start_method() == "fork"
            if defer:
                writer.source, writer.warnings_dir = source, warnings_dir
            prepared = (source.prepare_file(file, defer) for file in files)
            written = _write_all(writer, prepared, len(files), progress)
    finally:
        ix.close()
        for passed_on in sorted(warnings_dir.glob("*.txt")):
            source.warnings.extend(passed_on.read_text(encoding="utf-8").splitlines())
        shutil.rmtree(warnings_dir, ignore_errors=True)
    write_pointer(index_dir, Pointer(gen_dir.name, SCHEMA_VERSION, articles.detector_version()))
    return written


def indexed_states(reader: IndexReader) -> dict[str, DocState]:
    """Every live article's state, read from the column in one pass (no stored bodies)."""
    if not reader.has_column("state"):
        return {}
    deletions = reader.has_deletions()
    states: dict[str, DocState] = {}
    for docnum, raw in enumerate(reader.column_reader("state")):
        if raw and not (deletions and reader.is_deleted(docnum)):
            state = DocState.decode(raw)
            states[state.id] = state
    return states


@dataclass(slots=True)
class Plan:
    """What an incremental update will do."""

    added: list[Prepared]
    updated: list[Prepared]
    removed: list[str]


def plan_update(
    files: Sequence[ArticleFile], states: dict[str, DocState], source: ArticleReader
) -> Plan:
    """Compare the corpus with the index: a stat per unchanged file, a read and a hash only
    when the stat differs (or is too recent to trust), and a parse only when the content or
    the notes changed."""
    plan = Plan([], [], [])
    remaining = dict(states)
    for file in files:
        old = remaining.pop(file.id, None)
        rel = source.relative(file.path)
        notes_fp = source.notes_fingerprint(file.id)
        if old is not None and old.notes == notes_fp:
            try:
                st = os.stat(file.path)
            except OSError:
                st = None
            if st is not None and old.stat_matches(rel, st):
                continue
        got = source.read(file)
        if got is None:
            if old is not None:
                plan.removed.append(file.id)
            continue
        st, seen_ns, data = got
        if (
            old is not None
            and old.path == rel
            and old.notes == notes_fp
            and old.sha == content_hash(data)
        ):
            continue  # touched, same bytes: nothing to do (the stat is re-checked next time)
        prepared = source.prepare(file, st, seen_ns, data, notes_fp)
        if prepared is None:
            if old is not None:
                plan.removed.append(file.id)
            continue
        (plan.updated if old is not None else plan.added).append(prepared)
    plan.removed.extend(remaining)
    return plan


def apply_update(
    ix: whoosh_index.Index, plan: Plan, progress: Progress | None = None, procs: int | None = None
) -> None:
    """Commit a plan into the current generation (never optimize: 30 s at 10k articles)."""
    writes = [*plan.added, *plan.updated]
    if not writes and not plan.removed:
        return
    with ix.reader() as reader:
        known = Vocabulary.load(reader)
    with _WRITING, open_writer(ix, len(writes), procs) as writer:
        for article_id in plan.removed:
            writer.delete_by_term("id", article_id)
        for item in plan.updated:
            writer.delete_by_term("id", item.id)
        _write_all(writer, writes, len(writes), progress, known)


def update_in_place(
    index_dir: Path,
    files: Sequence[ArticleFile],
    source: ArticleReader,
    progress: Progress | None = None,
    procs: int | None = None,
) -> tuple[int, int, int, int]:
    """Apply the corpus's changes to the current generation: (added, updated, removed,
    total). Call under the write lock, after rebuild_reason() said None."""
    pointer = read_pointer(index_dir)
    assert pointer is not None
    ix = open_index(str(index_dir / pointer.generation))
    try:
        with ix.reader() as reader:
            states = indexed_states(reader)
        plan = plan_update(files, states, source)
        apply_update(ix, plan, progress, procs)
    finally:
        ix.close()
    total = len(states) + len(plan.added) - len(plan.removed)
    return len(plan.added), len(plan.updated), len(plan.removed), total


def rebuild_reason(index_dir: Path) -> str | None:
    """Why the index must be built from scratch, or None if it can be updated in place."""
    try:
        pointer = read_pointer(index_dir)
    except BrokenPointerError as exc:
        return f"index pointer broken ({exc})"
    if pointer is None:
        return "new index"
    if pointer.schema != SCHEMA_VERSION:
        return f"index format changed (version {pointer.schema} -> {SCHEMA_VERSION})"
    if pointer.claims != articles.detector_version():
        return "the claims detector changed: claims are found again"
    gen_dir = index_dir / pointer.generation
    try:
        whoosh_index.open_dir(str(gen_dir)).close()
    except Exception as exc:
        return f"index unreadable ({type(exc).__name__}: {exc})"
    return None
