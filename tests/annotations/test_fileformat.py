"""The YAML files: round trip, stable bytes, hand edits, bad files, versions."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import pytest
import yaml

from annotations import FORMAT_VERSION, AnnotationFileError, AnnotationStore, ClaimRef
from annotations.fileformat import _Dumper, _note_to_yaml, dumps, loads
from tests.annotations.helpers import ARTICLE, TEXT, span

NASTY = [
    "plain",
    "two\nlines\n",
    "  leading spaces and trailing  ",
    "line with trailing space \nnext",
    "- looks like a list\n- item",
    "key: value # not a comment",
    "'quotes' and \"doubles\" and `ticks`",
    "tab\there, NUL \x00 and bell \x07",
    "unicode: Zelensky → Зеленський, emoji 🗞️, RTL שלום",
    "---\n...\n",
    "yes",
    "85%",
    "null",
    "\r\nwindows line\r\n",
    "",
]


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    return AnnotationStore(tmp_path / "annotations")


def test_round_trip_keeps_every_field(store: AnnotationStore) -> None:
    start, end = span(TEXT, "Dmitry Peskov")
    added = [
        store.add(
            ARTICLE,
            TEXT,
            start + i % 3,
            end + i % 5,
            note=note,
            tags=[f"t{i}", "kursk", note[:10]] if note.strip() else [],
            verdict=("disputed", None, "needs-source")[i % 3],
            claim=ClaimRef("quote", "Dmitry Peskov") if i % 2 else None,
        )
        for i, note in enumerate(NASTY)
    ]
    fresh = AnnotationStore(store.root)  # no cache: read from disk
    assert sorted(fresh.notes(ARTICLE), key=lambda n: n.id) == sorted(added, key=lambda n: n.id)


def test_the_file_reads_like_the_readme_says(store: AnnotationStore) -> None:
    start, end = span(TEXT, "will not discuss")
    note = store.add(
        ARTICLE,
        TEXT,
        start,
        end,
        note="Needs a second source.\nBBC says otherwise.",
        tags=["kursk"],
    )
    text = store.path_for(ARTICLE).read_text(encoding="utf-8")
    assert store.path_for(ARTICLE) == store.root / "world" / "kursk-swap.yaml"
    assert text.startswith(f"version: {FORMAT_VERSION}\narticle: {ARTICLE}\nannotations:\n")
    assert f"- id: {note.id}\n" in text
    assert "  note: |-\n    Needs a second source.\n    BBC says otherwise.\n" in text
    assert "  tags: [kursk]\n" in text
    assert "&id" not in text  # no YAML anchors even though created == modified
    stamp = yaml.safe_load(text)["annotations"][0]["created"]
    assert stamp.tzinfo is not None and stamp.utcoffset() == dt.timedelta(0)


def test_same_content_gives_byte_identical_files(store: AnnotationStore) -> None:
    for quote in ("Dmitry Peskov", "85%", "The Kremlin", "Analysts were not convinced"):
        store.add(ARTICLE, TEXT, *span(TEXT, quote), note=f"on {quote}\nsecond line", tags=["a"])
    data = store.path_for(ARTICLE).read_bytes()
    notes = list(store.notes(ARTICLE))
    for seed in range(5):
        random.Random(seed).shuffle(notes)
        assert dumps(ARTICLE, notes) == data  # order of the list does not matter
    assert dumps(ARTICLE, loads(Path("x"), data, ARTICLE).notes) == data
    # Sorted by position in the text, so a new note lands in its place and diffs are small.
    starts = [n["target"]["start"] for n in yaml.safe_load(data)["annotations"]]
    assert starts == sorted(starts)


def test_item_by_item_dump_equals_a_whole_dump(store: AnnotationStore) -> None:
    """`dumps` joins cached per-note dumps; that must be what one dump of the file gives."""
    for i, note in enumerate(NASTY):
        store.add(ARTICLE, TEXT, i, i + 20, note=note, tags=["x y", "kursk"], verdict="false")
    notes = sorted(store.notes(ARTICLE), key=lambda n: (n.target.start, n.target.end))
    whole = yaml.dump(
        {
            "version": FORMAT_VERSION,
            "article": ARTICLE,
            "annotations": [_note_to_yaml(n) for n in notes],
        },
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
    )
    assert dumps(ARTICLE, notes) == whole.encode("utf-8")
    assert dumps(ARTICLE, []) == yaml.dump(
        {"version": FORMAT_VERSION, "article": ARTICLE, "annotations": []},
        Dumper=_Dumper,
        sort_keys=False,
    ).encode("utf-8")


def test_a_hand_edit_is_picked_up_at_once(store: AnnotationStore) -> None:
    note = store.add(ARTICLE, TEXT, *span(TEXT, "85%"), note="check the poll")
    assert store.notes(ARTICLE)[0].note == "check the poll"
    path = store.path_for(ARTICLE)
    stat = path.stat()
    # Same size, same inode, mtime put back: nothing but the bytes tells the edit apart.
    with path.open("r+b") as fh:
        data = fh.read()
        fh.seek(0)
        fh.write(data.replace(b"note: check the poll", b"note: checked it 58%"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert store.notes(ARTICLE)[0].note == "checked it 58%"
    store.update(note.id, verdict="false", article_id=ARTICLE)  # the save keeps the edit
    assert (store.notes(ARTICLE)[0].note, store.notes(ARTICLE)[0].verdict) == (
        "checked it 58%",
        "false",
    )


def test_a_file_in_another_layout_is_read_too(store: AnnotationStore) -> None:
    """Hand-written YAML need not look like ours: flow style, comments, times with offsets."""
    path = store.path_for(ARTICLE)
    path.parent.mkdir(parents=True)
    path.write_text(
        "# my notes on the Kursk story\n"
        "annotations:\n"
        "  - {id: n1, created: 2025-02-12T10:00:00+02:00, modified: '2025-02-12 09:00:00',\n"
        "     target: {start: 0, end: 11, exact: The Kremlin}, note: watch this,\n"
        "     tags: kursk, verdict: unverified}\n",
        "utf-8",
    )
    (note,) = store.notes(ARTICLE)
    assert (note.id, note.note, note.tags, note.verdict) == (
        "n1",
        "watch this",
        ("kursk",),
        "unverified",
    )
    assert note.created == dt.datetime(2025, 2, 12, 8, 0, tzinfo=dt.UTC)
    assert note.modified == dt.datetime(2025, 2, 12, 9, 0, tzinfo=dt.UTC)  # no zone: UTC


BAD_FILES = [
    ("annotations:\n- id: a\n  note: [unclosed\n", 3, "expected ',' or ']'"),  # where it opens
    ("annotations:\n- id: a\n  tags: [a\n  note: x\n", 3, "expected ',' or ']'"),
    ('annotations:\n- id: a\n  note: "open\n  tags: []\n', 3, "end of stream"),
    ("annotations:\n- id: a\n\tnote: tab\n", 3, "tab character"),
    ("version: 3\nannotations: []\n", 1, "newer newsreader"),
    ("version: two\n", 1, "not a format version"),
    ("annotations: {a: 1}\n", 1, "expected a list"),
    ("annotations:\n- id: a\n  colour: red\n", 3, "unknown key 'colour'"),
    ("annotations:\n- id: a\n  note: x\n  note: y\n", 4, "duplicate key 'note'"),
    (
        "annotations:\n- id: a\n  created: 2025-01-01T00:00:00Z\n  modified: 2025-01-01T00:00:00Z\n"
        "  target: {start: 5, end: 9, exact: abcd}\n  verdict: maybe\n",
        6,
        "verdict 'maybe' is not one of",
    ),
    (
        "annotations:\n- id: a\n  created: 2025-01-01T00:00:00Z\n  modified: 2025-01-01T00:00:00Z\n"
        "  target:\n    start: 9\n    end: 5\n    exact: abcd\n",
        7,
        "end 5 is not after start 9",
    ),
    ("annotations:\n- id: a\n  created: soon\n", 3, "not an ISO 8601 time"),
    ("annotations:\n- id: a\n", 2, "missing 'created'"),
    ("annotations:\n- note: yes\n", 2, "missing 'id'"),
]


@pytest.mark.parametrize(("content", "line", "problem"), BAD_FILES)
def test_bad_file_is_reported_with_its_line_and_never_written(
    store: AnnotationStore, content: str, line: int, problem: str
) -> None:
    path = store.path_for(ARTICLE)
    path.parent.mkdir(parents=True)
    path.write_text(content, "utf-8")
    before = path.read_bytes()
    with pytest.raises(AnnotationFileError) as caught:
        store.for_article(ARTICLE, TEXT)
    assert (caught.value.path, caught.value.line) == (path, line)
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{path}:{line}: ")
    with pytest.raises(AnnotationFileError):
        store.add(ARTICLE, TEXT, 0, 11, note="this must not overwrite the file")
    assert path.read_bytes() == before
    assert not store.backup_path(ARTICLE).exists()
    # The other articles keep working.
    store.add("other", TEXT, 0, 11, note="fine")
    assert [n.note for n in store.notes("other")] == ["fine"]
    scan = store.all()
    assert [n.article for n in scan.annotations] == ["other"]
    assert [e.path for e in scan.errors] == [path]


def test_binary_garbage_is_a_bad_file(store: AnnotationStore) -> None:
    path = store.path_for(ARTICLE)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"version: 2\n\xff\xfe\x00garbage")
    with pytest.raises(AnnotationFileError, match="not valid UTF-8"):
        store.notes(ARTICLE)


def test_version_1_files_are_migrated_on_load_and_upgraded_on_save(store: AnnotationStore) -> None:
    start, end = span(TEXT, "Dmitry Peskov")
    path = store.path_for(ARTICLE)
    path.parent.mkdir(parents=True)
    v1 = (
        "version: 1\n"
        f"article: {ARTICLE}\n"
        "annotations:\n"
        "- id: old-1\n"
        "  created: 2024-05-01T12:00:00Z\n"
        "  modified: 2024-05-02T12:00:00Z\n"
        "  quote: Dmitry Peskov\n"
        f"  start: {start}\n"
        f"  end: {end}\n"
        "  note: from the old days\n"
        "  tags: [kremlin]\n"
    )
    path.write_text(v1, "utf-8")
    (note,) = store.notes(ARTICLE)
    assert (note.target.exact, note.target.start, note.target.end) == ("Dmitry Peskov", start, end)
    assert (note.note, note.tags, note.target.prefix) == ("from the old days", ("kremlin",), "")
    assert store.for_article(ARTICLE, TEXT).anchored[0].status == "exact"
    store.add(ARTICLE, TEXT, *span(TEXT, "85%"), note="new")
    saved = yaml.safe_load(path.read_text("utf-8"))
    assert saved["version"] == FORMAT_VERSION
    old = next(a for a in saved["annotations"] if a["id"] == "old-1")
    assert old["target"]["exact"] == "Dmitry Peskov"
    assert old["target"]["prefix"] == TEXT[start - 32 : start]  # context filled in on save
    assert store.backup_path(ARTICLE).read_text("utf-8") == v1  # the v1 file is kept


def test_empty_file_is_an_article_without_notes(store: AnnotationStore) -> None:
    path = store.path_for(ARTICLE)
    path.parent.mkdir(parents=True)
    path.write_text("", "utf-8")
    assert store.notes(ARTICLE) == ()
    assert store.notes_fingerprint(ARTICLE) == ""


def test_the_readme_example_is_a_valid_file() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = readme.split("\n## Annotations\n", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    (note,) = loads(Path("README.md"), example.encode(), ARTICLE).notes
    assert (note.verdict, note.tags, note.target.claim) == (
        "needs-source",
        ("kursk", "territory"),
        ClaimRef("quote", "Dmitry Peskov"),
    )
    assert note.note == "Needs a second source.\nThe BBC reports talks did happen."
