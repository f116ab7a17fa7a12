"""Loading the corpus: discovery, ids, encodings, front matter and bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from articles import CorpusNotFoundError, load_corpus
from tests.conftest import SAMPLES, write

# The bundled samples must stay byte-identical to the seed articles they were copied from.
SEED_SHA256 = {
    "000_96fc22c1091786c6.txt": "3096c67a0821831e973e06eed187ac6b171aace2478346aba3dc49afd2409a18",
    "001_afbc20cf0ccb7af1.txt": "f5d1d76fcbd68d1ba24468d644bb376f2679fac47802e0ac1029f47020b00841",
    "002_6265d0da6e9f2d7b.txt": "67f1302ac37f71df13c2e49355c55a171f2a2bd92d1f378d9dbcfa77def2e51b",
    "003_372ad5692174bae3.txt": "c2847e8dee2db75bf68b5880f62b151d8d6961ebeef36a7a46a46eb3d6376ab8",
    "004_ff85dbb805ef393e.txt": "87a48c2805fddec0da57a8f780150916b245bb4d0cb91d8f504fa43f65eb5be0",
}


def test_bundled_samples_are_the_seed_articles_byte_for_byte() -> None:
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SAMPLES.glob("*")}
    assert found == SEED_SHA256


def test_default_corpus_has_the_five_samples() -> None:
    corpus = load_corpus(SAMPLES)
    assert [a.id for a in corpus.articles] == [name[:-4] for name in sorted(SEED_SHA256)]
    assert corpus.warnings == ()
    assert all(a.text and a.words > 100 for a in corpus.articles)


def test_ids_are_relative_paths_without_suffix(corpus_dir: Path) -> None:
    write(corpus_dir, "top.txt", "Top story.\n")
    write(corpus_dir, "world/kursk-swap.md", "Body.\n")
    write(corpus_dir, "world/europe/paris.txt", "Body.\n")
    ids = [a.id for a in load_corpus(corpus_dir).articles]
    assert ids == ["top", "world/europe/paris", "world/kursk-swap"]
    # Stable across runs: loading again gives the same ids in the same order.
    assert [a.id for a in load_corpus(corpus_dir).articles] == ids


def test_hidden_files_and_folders_and_other_suffixes_are_skipped(corpus_dir: Path) -> None:
    write(corpus_dir, "kept.txt", "Kept.\n")
    write(corpus_dir, ".hidden.txt", "Hidden.\n")
    write(corpus_dir, ".git/notes.md", "Hidden folder.\n")
    write(corpus_dir, "sub/.secret/deep.txt", "Hidden folder.\n")
    write(corpus_dir, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(corpus_dir, "notes.rst", "Not an article suffix.\n")
    corpus = load_corpus(corpus_dir)
    assert [a.id for a in corpus.articles] == ["kept"]
    assert corpus.warnings == ()


def test_front_matter_fields(corpus_dir: Path) -> None:
    write(
        corpus_dir,
        "a.md",
        "---\ntitle: Kremlin rules out swap\ndate: 2025-02-12\nauthor: Jane Doe\n"
        "source: Example Times\nurl: https://example.com/a\ntags: [ukraine, kursk]\n"
        "extra: ignored\n---\nFirst paragraph.\n\nSecond paragraph.\n",
    )
    (a,) = load_corpus(corpus_dir).articles
    assert a.title == "Kremlin rules out swap"
    assert a.date == dt.date(2025, 2, 12)
    assert (a.author, a.source, a.url) == ("Jane Doe", "Example Times", "https://example.com/a")
    assert a.tags == ("ukraine", "kursk")
    assert a.paragraphs == ("First paragraph.", "Second paragraph.")
    assert a.text == "First paragraph.\n\nSecond paragraph."
    assert "title:" not in a.text


def test_front_matter_dates_and_tags_in_other_shapes(corpus_dir: Path) -> None:
    write(corpus_dir, "a.md", "---\ndate: '2024-12-18T22:04:00+00:00'\ntags: a, b ,c\n---\nBody.\n")
    write(corpus_dir, "b.md", "---\ndate: 2024-12-18 22:04\n---\nBody.\n")
    a, b = load_corpus(corpus_dir).articles
    assert a.date == dt.date(2024, 12, 18) and a.time is not None and a.time.hour == 22
    assert a.tags == ("a", "b", "c")
    assert b.date == dt.date(2024, 12, 18) and b.time == dt.time(22, 4)


def test_markdown_without_front_matter_and_txt_with_dashes(corpus_dir: Path) -> None:
    write(corpus_dir, "plain.md", "Just a body.\n")
    write(corpus_dir, "dashes.txt", "---\nnot: front matter in a txt\n---\nBody.\n")
    dashes, plain = load_corpus(corpus_dir).articles
    assert plain.text == "Just a body."
    assert "not: front matter" in dashes.raw


def test_utf8_bom_and_crlf_are_accepted(corpus_dir: Path) -> None:
    write(corpus_dir, "bom.txt", "\ufeffÉlysée Palace said.\r\n\r\nSecond para.\r\n".encode())
    write(corpus_dir, "cr.md", b"---\r\ntitle: CRLF front matter\r\n---\r\nBody line.\r\n")
    bom, cr = load_corpus(corpus_dir).articles
    assert bom.paragraphs == ("Élysée Palace said.", "Second para.")
    assert "\r" not in bom.raw and not bom.raw.startswith("\ufeff")
    assert cr.title == "CRLF front matter" and cr.text == "Body line."


def test_single_newline_paragraphs_are_split(corpus_dir: Path) -> None:
    write(corpus_dir, "a.txt", "Title line\nFirst para.\nSecond para.\n")
    (a,) = load_corpus(corpus_dir).articles
    # The first line reads as a headline: it is the title, not a body paragraph.
    assert a.title == "Title line"
    assert a.paragraphs == ("First para.", "Second para.")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bin.txt", bytes(range(256)), "NUL"),
        ("latin1.txt", "Café au lait".encode("latin-1"), "not valid UTF-8"),
        ("open.md", "---\ntitle: never closed\nBody.\n", "no closing"),
        ("bad.md", "---\ntitle: [unclosed\n---\nBody.\n", "broken front matter at line 2:"),
        (
            "quote.md",
            '---\ntitle: ok\nauthor: "Jane\ndate: 2024-01-01\n---\nBody.\n',
            "broken front matter at line 3:",
        ),
        ("indent.md", "---\ntitle: ok\n date: x: y\n---\nBody.\n", "front matter at line 3:"),
        ("list.md", "---\n- a\n- b\n---\nBody.\n", "broken front matter"),
        ("date.md", "---\ndate: last Tuesday\n---\nBody.\n", "not an ISO date"),
    ],
)
def test_bad_files_are_skipped_with_one_warning(
    corpus_dir: Path, name: str, content: str | bytes, reason: str
) -> None:
    write(corpus_dir, "good.txt", "A good article.\n")
    bad = write(corpus_dir, name, content)
    corpus = load_corpus(corpus_dir)
    assert [a.id for a in corpus.articles] == ["good"]
    (warning,) = corpus.warnings
    assert warning.path == bad
    assert reason in warning.reason
    assert str(bad) in str(warning)


def test_same_id_twice_keeps_markdown_and_warns(corpus_dir: Path) -> None:
    write(corpus_dir, "a.txt", "Text version.\n")
    write(corpus_dir, "a.md", "---\ntitle: Markdown version\n---\nBody.\n")
    corpus = load_corpus(corpus_dir)
    assert [a.title for a in corpus.articles] == ["Markdown version"]
    (warning,) = corpus.warnings
    assert warning.path.name == "a.txt"


def test_empty_and_missing_folders(corpus_dir: Path, tmp_path: Path) -> None:
    assert load_corpus(corpus_dir).articles == ()
    with pytest.raises(CorpusNotFoundError, match="does not exist"):
        load_corpus(tmp_path / "nope")
    write(tmp_path, "file.txt", "x")
    with pytest.raises(CorpusNotFoundError, match="is not a folder"):
        load_corpus(tmp_path / "file.txt")


def test_article_is_immutable(corpus_dir: Path) -> None:
    write(corpus_dir, "a.txt", "Body.\n")
    (a,) = load_corpus(corpus_dir).articles
    with pytest.raises(AttributeError):
        a.title = "changed"  # type: ignore[misc]


def test_loading_never_writes_into_the_corpus(samples_copy: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in samples_copy.rglob("*")}
    load_corpus(samples_copy)
    assert {p: p.stat().st_mtime_ns for p in samples_copy.rglob("*")} == before


def test_every_wikinews_article_loads() -> None:
    from tests.conftest import WIKINEWS

    corpus = load_corpus(WIKINEWS)
    assert len(corpus.articles) == 303
    assert corpus.warnings == ()
    assert all(a.text and a.title and a.date for a in corpus.articles)
