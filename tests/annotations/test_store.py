"""The store: edits, tombstones, merging copies, backups, repair, the index hook, temp files."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from annotations import (
    UNSET,
    AnnotationFileError,
    AnnotationNotFoundError,
    AnnotationStore,
    SpanError,
    merge_notes,
)
from annotations.durable import lock_path
from tests.annotations.helpers import ARTICLE, TEXT, span
from tests.conftest import REPO


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    return AnnotationStore(tmp_path / "annotations")


def test_add_update_delete(store: AnnotationStore) -> None:
    note = store.add(ARTICLE, TEXT, *span(TEXT, "85%"), note="which poll?", tags=["poll", " poll "])
    assert note.tags == ("poll",) and note.created == note.modified
    edited = store.update(note.id, note="Levada, Feb 2025", verdict="needs-source")
    assert (edited.note, edited.tags, edited.verdict) == (
        "Levada, Feb 2025",
        ("poll",),
        "needs-source",
    )
    assert edited.modified >= note.modified and edited.created == note.created
    assert store.update(note.id, verdict=None, article_id=ARTICLE).verdict is None
    assert store.update(note.id, tags=[], note=UNSET, article_id=ARTICLE).tags == ()
    gone = store.delete(note.id[:8])  # a unique prefix is enough
    assert gone.is_deleted and store.notes(ARTICLE) == ()
    assert [n.id for n in store.notes(ARTICLE, include_deleted=True)] == [note.id]
    with pytest.raises(AnnotationNotFoundError):
        store.delete(note.id)  # already deleted
    with pytest.raises(AnnotationNotFoundError):
        store.update("no-such-id", note="x")


def test_bad_input_is_refused(store: AnnotationStore) -> None:
    with pytest.raises(SpanError):
        store.add(ARTICLE, TEXT, 10, 10)
    with pytest.raises(SpanError):
        store.add(ARTICLE, TEXT, 5, len(TEXT) + 1)
    with pytest.raises(ValueError, match="verdict"):
        store.add(ARTICLE, TEXT, 0, 5, verdict="meh")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not an article id"):
        store.add("../outside", TEXT, 0, 5)
    assert not store.root.exists() or store.article_ids() == []


def test_a_tombstone_records_the_deletion_in_the_file(store: AnnotationStore) -> None:
    note = store.add(ARTICLE, TEXT, *span(TEXT, "85%"), note="n")
    store.delete(note.id)
    (item,) = yaml.safe_load(store.path_for(ARTICLE).read_text())["annotations"]
    assert item["id"] == note.id and item["deleted"] == item["modified"]


def _copy(store: AnnotationStore, dest: Path) -> AnnotationStore:
    shutil.copytree(store.root, dest)
    return AnnotationStore(dest)


def test_merging_two_copies_keeps_the_newest_version_and_no_deleted_note_comes_back(
    store: AnnotationStore, tmp_path: Path
) -> None:
    a_note = store.add(ARTICLE, TEXT, *span(TEXT, "85%"), note="shared, edited on laptop")
    b_note = store.add(ARTICLE, TEXT, *span(TEXT, "Peskov"), note="shared, deleted on laptop")
    c_note = store.add(ARTICLE, TEXT, *span(TEXT, "Zelensky"), note="shared, edited on desktop")
    desktop = _copy(store, tmp_path / "desktop")
    laptop = store
    laptop.update(a_note.id, note="laptop's edit")
    laptop.delete(b_note.id)
    desktop.update(c_note.id, verdict="disputed")
    desktop_only = desktop.add("other", TEXT, 0, 11, note="desktop only")
    older_desktop = _copy(desktop, tmp_path / "older")  # has b_note alive, a_note unedited

    report = laptop.merge_from(desktop.root)
    assert set(report.changed) == {ARTICLE, "other"} and report.errors == ()
    merged = {n.id: n for n in laptop.notes(ARTICLE)}
    assert merged[a_note.id].note == "laptop's edit"
    assert merged[c_note.id].verdict == "disputed"
    assert b_note.id not in merged  # the deletion wins over the older live copy
    assert [n.note for n in laptop.notes("other")] == ["desktop only"]
    assert laptop.notes("other")[0].id == desktop_only.id

    # Merging the other way gives the same bytes (every copy converges), and merging an old
    # copy again changes nothing.
    desktop.merge_from(laptop.root)
    for article_id in (ARTICLE, "other"):
        assert desktop.path_for(article_id).read_bytes() == laptop.path_for(article_id).read_bytes()
    before = laptop.path_for(ARTICLE).read_bytes()
    assert laptop.merge_from(older_desktop.root).changed == ()
    assert laptop.path_for(ARTICLE).read_bytes() == before


def test_merge_notes_prefers_newest_modified_and_deletion_on_a_tie(store: AnnotationStore) -> None:
    note = store.add(ARTICLE, TEXT, 0, 11, note="v1")
    later = dt.timedelta(seconds=1)
    edited = note.__class__(**{**_fields(note), "note": "v2", "modified": note.modified + later})
    deleted = note.tombstone(note.modified + later)
    assert merge_notes([note], [edited]) == (edited,)
    assert merge_notes([edited], [note]) == (edited,)
    assert merge_notes([edited], [deleted]) == (deleted,) == merge_notes([deleted], [edited])
    newer_edit = note.__class__(
        **{**_fields(note), "note": "v3", "modified": note.modified + 2 * later}
    )
    assert merge_notes([deleted], [newer_edit]) == (newer_edit,)  # an edit after the deletion


def _fields(note: object) -> dict[str, object]:
    return {name: getattr(note, name) for name in note.__slots__}  # type: ignore[attr-defined]


def test_merge_leaves_bad_files_alone_on_both_sides(store: AnnotationStore, tmp_path: Path) -> None:
    store.add(ARTICLE, TEXT, 0, 11, note="mine")
    store.add("broken-here", TEXT, 0, 11, note="x")
    other = AnnotationStore(tmp_path / "other")
    other.add("broken-here", TEXT, 0, 11, note="theirs")
    other.add(ARTICLE, TEXT, 0, 11, note="theirs")
    other.path_for(ARTICLE).write_text("annotations: [\n")
    store.path_for("broken-here").write_text("annotations: {\n")
    mine = store.path_for(ARTICLE).read_bytes()
    report = store.merge_from(other.root)
    assert report.changed == ()
    assert sorted(str(e.path) for e in report.errors) == sorted(
        [str(other.path_for(ARTICLE)), str(store.path_for("broken-here"))]
    )
    assert store.path_for(ARTICLE).read_bytes() == mine
    assert store.path_for("broken-here").read_text() == "annotations: {\n"


def test_compact_drops_only_old_tombstones(store: AnnotationStore) -> None:
    old = store.add(ARTICLE, TEXT, 0, 11, note="old")
    recent = store.add(ARTICLE, TEXT, *span(TEXT, "85%"), note="recent")
    alive = store.add(ARTICLE, TEXT, *span(TEXT, "Peskov"), note="alive")
    store.delete(old.id)
    store.delete(recent.id)
    path = store.path_for(ARTICLE)
    # The first tombstone (by position: `old`, at offset 0) was deleted long ago.
    path.write_text(path.read_text().replace(f"deleted: {_year(path)}", "deleted: 2001", 1))
    assert store.compact(dt.timedelta(days=30)) == 1
    assert {n.id for n in store.notes(ARTICLE, include_deleted=True)} == {recent.id, alive.id}
    assert [n.id for n in store.notes(ARTICLE)] == [alive.id]


def _year(path: Path) -> str:
    text = path.read_text()
    start = text.index("deleted: ") + len("deleted: ")
    return text[start : start + 4]


def test_a_backup_of_the_last_version_is_kept_and_can_be_restored(store: AnnotationStore) -> None:
    store.add(ARTICLE, TEXT, 0, 11, note="first")
    first = store.path_for(ARTICLE).read_bytes()
    assert not store.backup_path(ARTICLE).exists()  # nothing to back up on the first save
    store.add(ARTICLE, TEXT, *span(TEXT, "85%"), note="second")
    assert store.backup_path(ARTICLE).read_bytes() == first
    store.path_for(ARTICLE).write_text("annotations: [broken\n")
    aside = store.restore_backup(ARTICLE)
    assert aside is not None and aside.read_text() == "annotations: [broken\n"
    assert [n.note for n in store.notes(ARTICLE)] == ["first"]


def test_move_aside_lets_the_article_take_notes_again(store: AnnotationStore) -> None:
    path = store.path_for(ARTICLE)
    path.parent.mkdir(parents=True)
    path.write_text("annotations: [broken\n")
    assert store.check(ARTICLE) is not None
    aside = store.move_aside(ARTICLE)
    assert aside.parent == path.parent and aside.name.startswith("kursk-swap.yaml.broken-")
    assert aside.name.endswith(".bak") and aside.read_text() == "annotations: [broken\n"
    store.add(ARTICLE, TEXT, 0, 11, note="fresh start")
    assert store.check(ARTICLE) is None and store.article_ids() == [ARTICLE]


def test_index_hook(store: AnnotationStore) -> None:
    assert store.notes_fingerprint(ARTICLE) == ""
    assert store.notes_for_index(ARTICLE) == ("", ())
    first = store.add(ARTICLE, TEXT, 0, 11, note="needs a second source", tags=["kursk"])
    fp1 = store.notes_fingerprint(ARTICLE)
    assert fp1 != ""
    second = store.add(
        ARTICLE, TEXT, *span(TEXT, "85%"), note="poll\nwhich one?", tags=["poll", "kursk"]
    )
    fp2 = store.notes_fingerprint(ARTICLE)
    assert fp2 not in ("", fp1)
    assert store.notes_for_index(ARTICLE) == (
        "needs a second source\npoll\nwhich one?",
        ("kursk", "poll"),
    )
    store.delete(second.id)
    assert store.notes_for_index(ARTICLE) == ("needs a second source", ("kursk",))
    fp3 = store.notes_fingerprint(ARTICLE)
    assert fp3 not in ("", fp1, fp2)
    store.delete(first.id)
    assert store.notes_fingerprint(ARTICLE) == ""  # only tombstones left: no live notes
    assert store.notes_for_index(ARTICLE) == ("", ())
    # A bad file: nothing to index, and a fingerprint that changes once it is fixed.
    store.add("bad", TEXT, 0, 11, note="x", tags=["t"])
    good = store.notes_fingerprint("bad")
    store.path_for("bad").write_text("annotations: [oops\n")
    assert store.notes_for_index("bad") == ("", ())
    broken = store.notes_fingerprint("bad")
    assert broken not in ("", good)
    store.move_aside("bad")
    store.add("bad", TEXT, 0, 11, note="y")
    assert store.notes_fingerprint("bad") not in ("", broken)


def test_stale_temp_files_are_swept_but_not_a_live_writers(tmp_path: Path) -> None:
    root = tmp_path / "annotations"
    store = AnnotationStore(root)
    store.add(ARTICLE, TEXT, 0, 11, note="x")
    store.add("busy", TEXT, 0, 11, note="y")
    folder = store.path_for(ARTICLE).parent
    stale = folder / ".kursk-swap.yaml.4242.0badc0de.tmp"
    stale_backup = folder / ".kursk-swap.yaml.bak.4242.0badc0de.tmp"
    live = store.path_for("busy").with_name(".busy.yaml.99.deadbeef.tmp")
    foreign = folder / ".someone-elses.tmp"
    for path in (stale, stale_backup, live, foreign):
        path.write_text("half a file")
    # Another process is in the middle of saving 'busy': it holds that file's lock.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from filelock import FileLock;"
            "lock = FileLock(sys.argv[1]); lock.acquire(); print('locked', flush=True);"
            "time.sleep(60)",
            str(lock_path(store.path_for("busy"))),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        AnnotationStore(root)  # opening the store sweeps
    finally:
        holder.kill()
        holder.wait()
    assert not stale.exists() and not stale_backup.exists()
    assert live.exists() and foreign.exists()
    AnnotationStore(root)
    assert not live.exists()  # once its writer is gone
    assert foreign.exists()  # not ours: never touched
    assert store.notes(ARTICLE)[0].note == "x"


def test_file_mode_is_kept_across_saves(store: AnnotationStore) -> None:
    store.add(ARTICLE, TEXT, 0, 11, note="private")
    os.chmod(store.path_for(ARTICLE), 0o600)
    store.add(ARTICLE, TEXT, *span(TEXT, "85%"), note="still private")
    assert store.path_for(ARTICLE).stat().st_mode & 0o777 == 0o600


def test_a_file_that_cannot_be_read_is_a_bad_file(store: AnnotationStore) -> None:
    path = store.path_for(ARTICLE)
    path.mkdir(parents=True)  # a folder where the file should be
    with pytest.raises(AnnotationFileError):
        store.notes(ARTICLE)
