"""Our segment writer against Whoosh's own: the same index, written with less work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from articles import discover
from index.build import ArticleReader
from index.schema import build_schema
from index.writing import FastSegmentWriter, NewsCodec, create_index
from tests.conftest import WIKINEWS, write


def _documents(tmp_path: Path, count: int = 30) -> list[dict[str, Any]]:
    corpus = tmp_path / "corpus"
    for path in sorted(WIKINEWS.glob("*.md"))[:count]:
        write(corpus, path.name, path.read_text(encoding="utf-8"))
    reader = ArticleReader(corpus, None)
    files, _ = discover(corpus)
    return [prepared.document for f in files if (prepared := reader.prepare_file(f))]


def _build(folder: Path, documents: list[dict[str, Any]], ours: bool, **kwargs: Any) -> Path:
    folder.mkdir()
    if ours:
        ix = create_index(str(folder), build_schema())
        writer = FastSegmentWriter(ix, compound=False, **kwargs)
    else:
        ix = whoosh_index.create_in(str(folder), build_schema())
        writer = SegmentWriter(ix, compound=False, **kwargs)
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    ix.close()
    return folder


def _segment_files(folder: Path) -> dict[str, bytes]:
    """The segment's files by extension (their names hold a random segment id)."""
    return {p.name.rsplit(".", 1)[-1]: p.read_bytes() for p in folder.glob("MAIN_*.*")}


def test_our_writer_writes_what_whoosh_writes_with_the_same_codec(tmp_path: Path) -> None:
    """Grouping postings by term (and spilling runs to disk past the memory limit), counting
    file positions and reading field lengths once must change no byte: with the same codec,
    Whoosh's writer and ours write identical postings and term files."""
    documents = _documents(tmp_path)
    built = {
        (who, limit): _build(
            tmp_path / f"{who}-{limit}",
            documents,
            ours=who == "ours",
            limitmb=limit,
            **({} if who == "ours" else {"codec": NewsCodec()}),
        )
        # At 50 kB the pool spills about fifty runs to disk and merges them back. (The
        # bytes then differ from an unspilled build's: pickle shares a value repeated in a
        # block only while it is one object, which a round trip through a run undoes.)
        for who in ("stock", "ours")
        for limit in (128, 0.05)
    }
    written = {key: _segment_files(folder) for key, folder in built.items()}
    assert len(written["stock", 128]["pst"]) > 100_000
    assert len(written["stock", 128]["trm"]) > 100_000
    for limit in (128, 0.05):
        for ext in ("pst", "trm"):
            assert written["stock", limit][ext] == written["ours", limit][ext]


def test_the_index_reads_back_as_whoosh_writes_it(tmp_path: Path) -> None:
    """Blocks pickled with protocol 5 (positions as bytes, not as calls that rebuild them),
    small blocks uncompressed: Whoosh's own reader must read every posting of every term
    as it reads them from Whoosh's own build, from a postings file much smaller."""
    documents = _documents(tmp_path)
    stock = _build(tmp_path / "stock", documents, ours=False)
    ours = _build(tmp_path / "ours", documents, ours=True)
    read = []
    levels: dict[str, set[int]] = {}  # each term's first block's zlib level (0: as it is)
    for folder in (stock, ours):
        ix = whoosh_index.open_dir(str(folder))
        with ix.reader() as reader:
            postings = {
                (field, text): [
                    (m.id(), m.weight(), m.value()) for m in _walk(reader.postings(field, text))
                ]
                for field, text in reader.all_terms()
            }
            levels[folder.name] = {reader.postings(*t)._compression for t in reader.all_terms()}
        ix.close()
        read.append(postings)
    assert levels["ours"] == {0, 3}  # both kinds of block were read back
    assert len(read[0]) > 3_000
    assert sum(len(p) == 1 for p in read[0].values()) > 1_000  # lone postings were tested
    assert read[0] == read[1]
    size = [len(_segment_files(f)["pst"]) for f in (stock, ours)]
    assert size[1] < 0.7 * size[0]


def _walk(matcher: Any) -> Any:
    while matcher.is_active():
        yield matcher
        matcher.next()


def test_the_pool_gives_postings_in_whooshs_order(tmp_path: Path) -> None:
    """Whatever order postings come in (a merge of segments, a field that posts under
    docnum 0), the pool gives them back fully sorted, as Whoosh's own pool does: in memory
    and spilled to disk."""
    import random

    from whoosh.filedb.filestore import FileStorage

    from index.writing import _GroupedPool

    rng = random.Random(7)
    postings = [
        (
            rng.choice(("body", "title")),
            rng.choice((b"alpha", b"beta", b"gamma", b"delta")),
            rng.randrange(200),
            float(rng.randrange(1, 4)),
            rng.choice((b"", b"\x01", b"\x02\x03")),
        )
        for _ in range(2_000)
    ]
    # As documents come, then one posting of an early document (a term's only misplaced one).
    omega = [("body", b"omega", docnum, 1.0, b"") for docnum in (0, 1, 2)]
    by_document = [*omega[1:], *sorted(set(postings), key=lambda p: p[2]), omega[0]]
    for added in (postings, by_document):
        in_order = sorted(added)
        assert in_order != added
        for limitmb in (128, 0.002):  # 2 kB: dozens of runs on disk
            pool = _GroupedPool(FileStorage(str(tmp_path)), None, limitmb=limitmb)
            for posting in added:
                pool.add(posting)
            assert bool(pool.runs) == (limitmb < 1)
            assert list(pool.items(maxfiles=4)) == in_order  # runs merged 4 at a time
