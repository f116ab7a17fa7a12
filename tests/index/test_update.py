"""Keeping the index fresh: incremental updates, notes, rebuilds, generations, the lock."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import filelock
import pytest

from articles import Claim, detect_claims, detector_version
from index import SCHEMA_VERSION, IndexLockedError, NewsIndex, open_index
from index.build import ArticleReader
from tests.conftest import WIKINEWS, write
from tests.index.helpers import DictNotes, search_ids, write_news

HOUR_AGO = time.time() - 3600


def age(root: Path) -> None:
    """Date every file an hour back, as in a real archive (recent mtimes get re-hashed)."""
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (HOUR_AGO, HOUR_AGO))


@pytest.fixture
def corpus(corpus_dir: Path) -> Path:
    return write_news(corpus_dir)


@pytest.fixture
def index(tmp_path: Path, corpus: Path) -> NewsIndex:
    opened = open_index(tmp_path / "index", corpus)
    yield opened
    opened.close()


def generations(index: NewsIndex) -> list[str]:
    return sorted(p.name for p in index.index_dir.glob("gen-*"))


def test_first_update_builds_then_nothing_changes(index: NewsIndex) -> None:
    assert not index.is_built
    first = index.update()
    assert index.is_built
    assert (first.added, first.updated, first.removed, first.total) == (4, 0, 0, 4)
    assert first.rebuilt == "new index"
    again = index.update()
    assert (again.added, again.updated, again.removed, again.total) == (0, 0, 0, 4)
    assert again.rebuilt is None and not again.changed
    assert again.summary().startswith("indexed 4 articles (0 added, 0 updated, 0 removed) in ")


def test_a_new_file_is_added_and_found(index: NewsIndex, corpus: Path) -> None:
    index.update()
    assert index.search("lighthouse").total == 0
    write(corpus, "coast/lighthouse.md", "---\ntitle: Lighthouse restored\n---\nThe lighthouse.\n")
    stats = index.update()
    assert (stats.added, stats.updated, stats.removed, stats.total) == (1, 0, 0, 5)
    assert search_ids(index, "lighthouse") == {"coast/lighthouse"}
    assert search_ids(index, "lighth*") == {"coast/lighthouse"}  # its words joined the vocabulary


def test_a_deleted_file_is_removed(index: NewsIndex, corpus: Path) -> None:
    index.update()
    (corpus / "memo.txt").unlink()
    stats = index.update()
    assert (stats.removed, stats.total) == (1, 3)
    assert "memo" not in search_ids(index, "government")


def test_a_change_is_found_by_content_even_with_the_same_size_and_mtime(
    index: NewsIndex, corpus: Path
) -> None:
    """Written within the same timestamp tick, a change keeps size and mtime: the hash
    still sees it, because a file that recent is never trusted on its stat alone."""
    path = corpus / "memo.txt"
    index.update()
    before = path.stat()
    path.write_text(path.read_text().replace("budget", "ledger"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    stats = index.update()
    assert (stats.added, stats.updated) == (0, 1)
    assert "memo" in search_ids(index, "ledger") and "memo" not in search_ids(index, "budget")


def test_touching_a_file_without_changing_it_is_not_an_update(
    index: NewsIndex, corpus: Path
) -> None:
    age(corpus)
    index.update()
    os.utime(corpus / "memo.txt")  # now
    stats = index.update()
    assert (stats.added, stats.updated, stats.removed) == (0, 0, 0)


def test_unchanged_old_files_are_not_read(
    index: NewsIndex, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    age(corpus)
    index.update()
    path = corpus / "world" / "kursk.md"
    path.write_text(path.read_text() + "\nA late line.\n")
    read: list[Path] = []
    original = ArticleReader.read

    def counting_read(self: ArticleReader, file: object) -> object:
        read.append(file.path)  # type: ignore[attr-defined]
        return original(self, file)  # type: ignore[arg-type]

    monkeypatch.setattr(ArticleReader, "read", counting_read)
    stats = index.update()
    assert stats.updated == 1 and read == [path]


def test_a_file_that_breaks_is_removed_with_a_warning(index: NewsIndex, corpus: Path) -> None:
    index.update()
    write(corpus, "world/kursk.md", "---\ntitle: [unclosed\n---\nBody.\n")
    write(corpus, "bad.txt", b"\xff\xfe not utf-8")
    stats = index.update()
    assert (stats.removed, stats.added, stats.total) == (1, 0, 3)
    assert len(stats.warnings) == 2
    assert any("kursk.md" in w and "front matter" in w for w in stats.warnings)
    assert any("bad.txt" in w and "UTF-8" in w for w in stats.warnings)


def test_notes_and_tags_are_searchable_and_follow_their_changes(
    index: NewsIndex, corpus: Path
) -> None:
    age(corpus)
    notes = DictNotes()
    notes.set("memo", ["Check the source of the spending figures"], ["audit", "Kursk"])
    assert index.update(notes=notes).added == 4
    assert search_ids(index, "note:source") == {"memo"}
    assert search_ids(index, "tag:kursk") == {"world/kursk", "memo"}
    assert search_ids(index, "spending source") == {"memo"}  # notes are a default field

    notes.set("memo", ["Figures confirmed by the ministry"], ["audit"])
    stats = index.update(notes=notes)
    assert (stats.updated, stats.added) == (1, 0)  # the file itself did not change
    assert search_ids(index, "note:source") == set()
    assert search_ids(index, "note:ministry") == {"memo"}
    assert search_ids(index, "tag:kursk") == {"world/kursk"}

    del notes.notes["memo"]
    assert index.update(notes=notes).updated == 1
    assert search_ids(index, "tag:audit") == set()


def test_an_old_schema_version_is_rebuilt(index: NewsIndex) -> None:
    index.update()
    pointer = index.index_dir / "CURRENT"
    data = json.loads(pointer.read_text())
    pointer.write_text(json.dumps({**data, "schema": SCHEMA_VERSION - 1}))
    stats = index.update()
    assert stats.rebuilt == (
        f"index format changed (version {SCHEMA_VERSION - 1} -> {SCHEMA_VERSION})"
    )
    assert stats.added == 4 and len(generations(index)) == 1
    assert search_ids(index, "peskov") == {"world/kursk"}


def test_an_index_whose_claims_an_older_detector_found_is_rebuilt(index: NewsIndex) -> None:
    """After an upgrade that changes the claims detector, the index's stored claims (speaker
    search, the speakers list, related claims) are found again, not served stale."""
    index.update()
    pointer = index.index_dir / "CURRENT"
    data = json.loads(pointer.read_text())
    assert data["claims"] == detector_version()
    pointer.write_text(json.dumps({**data, "claims": "an-older-detector"}))
    stats = index.update()
    assert stats.rebuilt == "the claims detector changed: claims are found again"
    assert json.loads(pointer.read_text())["claims"] == detector_version()
    assert index.update().rebuilt is None  # and only once


def test_a_search_rebuilds_an_index_of_another_schema_version(tmp_path: Path, corpus: Path) -> None:
    with open_index(tmp_path / "ix", corpus) as first:
        first.update()
    pointer = tmp_path / "ix" / "CURRENT"
    pointer.write_text(json.dumps({**json.loads(pointer.read_text()), "schema": 0}))
    with open_index(tmp_path / "ix", corpus) as second:
        assert search_ids(second, "peskov") == {"world/kursk"}
    assert json.loads(pointer.read_text())["schema"] == SCHEMA_VERSION


@pytest.mark.parametrize("garbage", ["", "not json", '{"generation": "../x", "schema": 1}'])
def test_a_broken_pointer_is_rebuilt(index: NewsIndex, garbage: str) -> None:
    index.update()
    (index.index_dir / "CURRENT").write_text(garbage)
    stats = index.update()
    assert stats.rebuilt is not None and stats.rebuilt.startswith("index pointer broken")
    assert search_ids(index, "peskov") == {"world/kursk"}


def test_an_unreadable_article_state_is_rebuilt(index: NewsIndex, corpus: Path) -> None:
    """State written by some other code (or damaged) is never patched up: rebuilt."""
    from whoosh import index as whoosh_index

    index.update()
    ix = whoosh_index.open_dir(str(next(index.index_dir.glob("gen-*"))))
    with ix.writer() as writer:
        writer.update_document(id="memo", state=b"\x00not json", body="damaged")
    ix.close()
    stats = index.update()
    assert stats.rebuilt is not None and stats.rebuilt.startswith("index unreadable")
    assert (stats.added, stats.total) == (4, 4)
    assert "memo" in search_ids(index, "budget")


def test_a_search_before_any_update_builds_the_index(index: NewsIndex) -> None:
    assert not index.index_dir.exists()
    assert search_ids(index, "peskov") == {"world/kursk"}


def test_rebuild_swaps_in_a_new_generation_and_drops_the_old(index: NewsIndex) -> None:
    index.update()
    assert generations(index) == ["gen-000001"]
    stats = index.update(rebuild=True)
    assert stats.rebuilt == "rebuild requested" and stats.added == 4
    assert generations(index) == ["gen-000002"]
    assert json.loads((index.index_dir / "CURRENT").read_text())["generation"] == "gen-000002"


def test_a_reader_keeps_its_generation_through_a_rebuild(tmp_path: Path, corpus: Path) -> None:
    """The app searches while a worker rebuilds: the old generation stays readable until
    the reader moves on, and is deleted after."""
    reader = open_index(tmp_path / "ix", corpus)
    writer = open_index(tmp_path / "ix", corpus)
    reader.update()
    searcher = reader._current().searcher
    writer.update(rebuild=True)
    assert generations(writer) == ["gen-000001", "gen-000002"]  # pinned by the reader
    assert len(list(searcher.documents(id="world/kursk"))) == 1  # old files still answer
    assert search_ids(reader, "peskov") == {"world/kursk"}  # the next search moves on,
    assert generations(writer) == ["gen-000002"]  # and the generation it left is deleted
    reader.close()
    writer.close()


def test_a_reader_sees_another_writers_commits(tmp_path: Path, corpus: Path) -> None:
    reader = open_index(tmp_path / "ix", corpus)
    writer = open_index(tmp_path / "ix", corpus)
    assert reader.search("lighthouse").total == 0
    write(corpus, "lighthouse.txt", "The old lighthouse was restored.\n")
    writer.update()
    assert search_ids(reader, "lighthouse") == {"lighthouse"}
    reader.close()
    writer.close()


def test_a_second_writer_waits_then_fails_clearly(tmp_path: Path, corpus: Path) -> None:
    index = NewsIndex(tmp_path / "ix", corpus, lock_timeout=0.3)
    index.update()
    with filelock.FileLock(str(tmp_path / "ix" / "write.lock")):
        started = time.monotonic()
        with pytest.raises(IndexLockedError) as caught:
            index.update()
        assert time.monotonic() - started >= 0.3
        # Searching the last complete generation still works meanwhile.
        assert search_ids(index, "peskov") == {"world/kursk"}
    assert "being written by another process" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert index.update().total == 4  # the lock is free again
    index.close()


def test_a_missing_corpus_is_reported(tmp_path: Path) -> None:
    from articles import CorpusNotFoundError

    with pytest.raises(CorpusNotFoundError):
        open_index(tmp_path / "ix", tmp_path / "nowhere").update()


def _failing_on_boom(text: str) -> tuple[Claim, ...]:
    if "BOOM" in text:
        raise RuntimeError("detector bug")
    return detect_claims(text)


def test_a_parallel_build_indexes_the_same_claims_and_passes_on_detector_failures(
    tmp_path: Path,
) -> None:
    """Worker processes find the claims of a parallel build: the claims, speakers and kinds
    indexed must be those of a build in one process, and an article the detector fails on
    is indexed without claims, with a warning naming its file, in both. (A parallel build
    hands its first and last documents over in jobs of ten: these 31 go in four jobs, so
    what a worker passes on from job to job is exercised too.)"""
    corpus = tmp_path / "corpus"
    for path in sorted(WIKINEWS.glob("*.md"))[:30]:
        write(corpus, path.name, path.read_text(encoding="utf-8"))
    write(corpus, "broken.md", '---\ntitle: Quokka\n---\n"We are ready," BOOM said.\n')
    found = {}
    for procs in (1, 2):
        with NewsIndex(tmp_path / f"i{procs}", corpus, detect_claims=_failing_on_boom) as index:
            stats = index.update(procs=procs)
            assert [w for w in stats.warnings if "claims not indexed" in w] == [
                f"{corpus / 'broken.md'}: claims not indexed (RuntimeError: detector bug)"
            ]
            claims = {a: index.article_claims(a) for a in sorted(p.stem for p in corpus.iterdir())}
            assert claims["broken"] == [] and index.search("quokka").total == 1
            speakers = {s.name: (s.claims, s.articles) for s in index.speakers()}
            found[procs] = (claims, speakers, index.search("kind:quote").total)
    assert found[1] == found[2]
    assert sum(len(c) for c in found[2][0].values()) > 100 and found[2][2] > 10


def test_stored_bodies_are_plain_text(index: NewsIndex) -> None:
    """Bodies are indexed as ClaimedProse (which finds where the claims lie on the way) but
    stored as the plain text: a stored object of our own class would tie every index to
    this code's names."""
    from whoosh import index as whoosh_index

    index.update()
    (generation,) = generations(index)
    ix = whoosh_index.open_dir(str(index.index_dir / generation))
    with ix.searcher() as searcher:
        bodies = [searcher.stored_fields(n).get("body") for n in range(searcher.doc_count_all())]
    ix.close()
    bodies = [b for b in bodies if b is not None]
    assert len(bodies) >= 4 and all(type(b) is str for b in bodies)
