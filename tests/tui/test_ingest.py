"""Writing ingested articles: names, no-overwrite, idempotence, the samples guard, bad input."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from articles import load_corpus
from tests.conftest import DATA, SAMPLES, write
from tui.ingest import (
    SUMMARY_ONLY,
    TargetError,
    add_files,
    fetch,
    import_feeds,
    imported_keys,
    write_article_file,
)

HTML = DATA / "ingest" / "html"
FEEDS = DATA / "ingest" / "feeds"
TEXT = DATA / "ingest" / "text"
NEWS = "2025-02-12-council-approves-night-bus-pilot-after-heated-debate.md"
# Nothing listens on port 9 (discard) on loopback: the same error as a machine without network.
DEAD_URL = "http://127.0.0.1:9/feed.xml"


def files(folder: Path) -> list[str]:
    """Every file in the folder, hidden ones too (a leftover temp file would show here)."""
    return sorted(p.name for p in folder.iterdir())


def test_add_pages_writes_markdown_that_loads_back(corpus_dir: Path) -> None:
    report = add_files([HTML / "news-site.html", HTML / "byline-time.html"], corpus_dir)
    assert [i.status for i in report.items] == ["written", "written"]
    assert files(corpus_dir) == [
        "2024-08-19-drought-forces-farmers-to-sell-cattle-early.md",
        NEWS,
    ]
    text = (corpus_dir / NEWS).read_text(encoding="utf-8")
    assert "author: Maria Lindqvist\n" in text
    assert "url: https://harbourgazette.example/local/2025/02/12/night-bus-pilot\n" in text
    assert "waste of taxpayer money" not in text and "Advertisement" not in text
    corpus = load_corpus(corpus_dir)
    assert corpus.warnings == ()
    news = corpus.get(NEWS.removesuffix(".md"))
    assert news is not None
    assert (news.title, news.date, news.author) == (
        "Council approves night bus pilot after heated debate",
        dt.date(2025, 2, 12),
        "Maria Lindqvist",
    )
    assert news.text.startswith("Councillors voted 7 to 4")


def test_adding_the_same_page_twice_writes_it_once(corpus_dir: Path) -> None:
    add_files([HTML / "news-site.html"], corpus_dir)
    before = (corpus_dir / NEWS).read_bytes()
    report = add_files([HTML / "news-site.html"], corpus_dir)
    (item,) = report.items
    assert item.status == "skipped" and item.path == corpus_dir / NEWS
    assert "already in the corpus" in item.reason
    assert files(corpus_dir) == [NEWS]
    assert (corpus_dir / NEWS).read_bytes() == before


def test_a_different_article_with_the_same_name_gets_a_numbered_file(
    corpus_dir: Path, tmp_path: Path
) -> None:
    add_files([HTML / "news-site.html"], corpus_dir)
    mine = (corpus_dir / NEWS).read_bytes()
    updated = tmp_path / "updated.html"
    html = (HTML / "news-site.html").read_text(encoding="utf-8")
    updated.write_text(html.replace("£840,000", "£910,000"), encoding="utf-8")
    (item,) = add_files([updated], corpus_dir).items
    numbered = NEWS.replace(".md", "-2.md")
    assert (item.status, item.path) == ("written", corpus_dir / numbered)
    assert (corpus_dir / NEWS).read_bytes() == mine  # never overwritten
    assert "£910,000" in (corpus_dir / numbered).read_text(encoding="utf-8")
    # Both versions again: each is found identical, nothing new is written.
    report = add_files([HTML / "news-site.html", updated], corpus_dir)
    assert [i.status for i in report.items] == ["skipped", "skipped"]
    assert files(corpus_dir) == sorted([NEWS, numbered])


def test_force_replaces_the_file_of_the_same_name(corpus_dir: Path, tmp_path: Path) -> None:
    add_files([HTML / "news-site.html"], corpus_dir)
    updated = tmp_path / "updated.html"
    html = (HTML / "news-site.html").read_text(encoding="utf-8")
    updated.write_text(html.replace("£840,000", "£910,000"), encoding="utf-8")
    (item,) = add_files([updated], corpus_dir, force=True).items
    assert (item.status, item.path) == ("written", corpus_dir / NEWS)
    assert files(corpus_dir) == [NEWS]
    assert "£910,000" in (corpus_dir / NEWS).read_text(encoding="utf-8")


def test_text_files_are_copied_unchanged(corpus_dir: Path) -> None:
    sources = [TEXT / "night-bus-notes.md", TEXT / "port-strike-figures.txt"]
    report = add_files(sources, corpus_dir)
    assert [i.status for i in report.items] == ["written", "written"]
    for source in sources:
        assert (corpus_dir / source.name).read_bytes() == source.read_bytes()
    assert add_files(sources, corpus_dir).items[0].status == "skipped"
    write(corpus_dir, "port-strike-figures.md", "---\ntitle: mine\n---\nMy own notes.\n")
    # Another file with the same id (a.md vs a.txt) is not overwritten and gets a new id.
    (item,) = add_files([TEXT / "port-strike-figures.txt"], corpus_dir).items
    assert item.status == "skipped"  # the identical .txt is still there
    (corpus_dir / "port-strike-figures.txt").unlink()
    (item,) = add_files([TEXT / "port-strike-figures.txt"], corpus_dir).items
    assert item.path == corpus_dir / "port-strike-figures-2.txt"
    assert load_corpus(corpus_dir).warnings == ()


def test_bad_inputs_fail_one_by_one_and_the_others_are_imported(
    corpus_dir: Path, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "scan.pdf", b"%PDF-1.7\n" + bytes(range(256)))
    sources = [
        HTML / "no-article.html",
        TEXT / "latin1.txt",
        TEXT / "broken-front-matter.md",
        tmp_path / "missing.html",
        tmp_path,
        pdf,
        HTML / "bare.html",
    ]
    report = add_files(sources, corpus_dir)
    reasons = {Path(i.source).name: i.reason for i in report.errors}
    assert reasons == {
        "no-article.html": "no article found in the page (only menus, forms or short snippets)",
        "latin1.txt": "not valid UTF-8 (byte 3)",
        "broken-front-matter.md": reasons["broken-front-matter.md"],
        "missing.html": "no such file",
        tmp_path.name: "is a folder, not a file",
        "scan.pdf": reasons["scan.pdf"],
    }
    assert reasons["broken-front-matter.md"].startswith("broken front matter")
    assert "'.pdf'" in reasons["scan.pdf"]
    assert all("\n" not in r for r in reasons.values())
    assert [i.path.name for i in report.written if i.path] == [
        "library-extends-opening-hours-for-exam-season.md"
    ]
    assert files(corpus_dir) == ["library-extends-opening-hours-for-exam-season.md"]


@pytest.mark.parametrize("inside", ["", "sub"])
def test_the_bundled_samples_are_never_written_to(inside: str) -> None:
    before = {p.name: p.read_bytes() for p in SAMPLES.iterdir()}
    with pytest.raises(TargetError, match="bundled sample articles"):
        add_files([HTML / "bare.html"], SAMPLES / inside)
    with pytest.raises(TargetError, match="bundled sample articles"):
        import_feeds([FEEDS / "atom.xml"], SAMPLES / inside)
    assert {p.name: p.read_bytes() for p in SAMPLES.iterdir()} == before


def test_target_folder_is_created_but_a_file_is_refused(tmp_path: Path) -> None:
    new = tmp_path / "new" / "corpus"
    assert add_files([HTML / "bare.html"], new).written
    with pytest.raises(TargetError, match="is not a folder"):
        add_files([HTML / "bare.html"], HTML / "bare.html")


def test_feeds_import_full_entries_and_a_second_run_writes_nothing(corpus_dir: Path) -> None:
    feeds = [FEEDS / "rss2-content.xml", FEEDS / "atom.xml", FEEDS / "rss-summaries.xml"]
    report = import_feeds(feeds, corpus_dir)
    assert len(report.written) == 5
    assert report.errors == ()
    skipped = {(i.entry, i.reason) for i in report.skipped}
    assert skipped == {
        ("Observatory open day on Saturday", SUMMARY_ONLY),
        ("Drought forces farmers to sell cattle early", SUMMARY_ONLY),
        ("Hay prices double in two years", SUMMARY_ONLY),
    }
    written = files(corpus_dir)
    snapshot = {name: (corpus_dir / name).read_bytes() for name in written}

    again = import_feeds(feeds, corpus_dir)
    assert again.written == ()
    assert len(again.skipped) == 8
    assert files(corpus_dir) == written
    assert {name: (corpus_dir / name).read_bytes() for name in written} == snapshot

    corpus = load_corpus(corpus_dir)
    assert corpus.warnings == ()
    glacier = corpus.get(
        "2024-11-05-glacier-in-the-north-lost-a-fifth-of-its-volume-since-2000-survey-finds"
    )
    assert glacier is not None and glacier.author == "Ingrid Bakke"
    assert glacier.url == "https://observer.example/science/2024/11/05/glacier-survey"
    assert glacier.text.startswith("The Storbre glacier has lost 21 percent")


def test_imported_entries_are_recognised_after_being_moved_or_renamed(corpus_dir: Path) -> None:
    import_feeds([FEEDS / "rss1.rdf"], corpus_dir)
    (name,) = files(corpus_dir)
    (corpus_dir / "2024").mkdir()
    (corpus_dir / name).rename(corpus_dir / "2024" / "ice.md")
    (item,) = import_feeds([FEEDS / "rss1.rdf"], corpus_dir).items
    assert item.status == "skipped" and item.path == corpus_dir / "2024" / "ice.md"
    assert imported_keys(corpus_dir) == {
        "https://lakeletter.example/2024/06/ice-out": corpus_dir / "2024" / "ice.md"
    }


def test_a_page_added_before_makes_its_feed_entry_a_skip(corpus_dir: Path) -> None:
    add_files([HTML / "news-site.html"], corpus_dir)
    report = import_feeds([FEEDS / "rss2-content.xml"], corpus_dir)
    bus = next(i for i in report.items if i.entry and i.entry.startswith("Council approves"))
    assert bus.status == "skipped" and bus.path == corpus_dir / NEWS
    assert len(report.written) == 2


def test_summaries_are_imported_on_request_and_marked(corpus_dir: Path) -> None:
    report = import_feeds([FEEDS / "rss-summaries.xml"], corpus_dir, summaries=True)
    assert len(report.written) == 2
    text = (corpus_dir / "2024-08-19-drought-forces-farmers-to-sell-cattle-early.md").read_text()
    assert "\nsummary: true\n" in text
    assert "\nauthor: Tomás Ruiz\n" in text
    assert text.endswith("as a third dry summer leaves pastures bare.\n")


def test_one_bad_feed_does_not_stop_the_others(corpus_dir: Path) -> None:
    report = import_feeds(
        [FEEDS / "not-a-feed.xml", FEEDS / "truncated.xml", DEAD_URL, FEEDS / "rss1.rdf"],
        corpus_dir,
        timeout=5,
    )
    assert [(Path(i.source).name, i.status) for i in report.items] == [
        ("not-a-feed.xml", "error"),
        ("truncated.xml", "error"),
        ("feed.xml", "error"),
        ("rss1.rdf", "written"),
    ]
    assert report.errors[2].reason == "cannot connect: Connection refused"


def test_broken_xml_with_readable_entries_is_imported_with_a_warning(
    corpus_dir: Path, tmp_path: Path
) -> None:
    data = (FEEDS / "rss1.rdf").read_bytes().replace(b"</rdf:RDF>", b"&nbsp;</rdf:RDF>")
    broken = write(tmp_path, "broken.rdf", data)
    report = import_feeds([broken], corpus_dir)
    assert len(report.written) == 1
    (warning,) = report.warnings
    assert warning.startswith(f"{broken}: broken XML (") and "undefined entity" in warning


def test_fetch_gives_one_line_when_nothing_answers() -> None:
    with pytest.raises(ValueError, match=r"^cannot connect: Connection refused$"):
        fetch(DEAD_URL, timeout=5)


def test_write_is_atomic_and_leaves_no_temp_file(corpus_dir: Path) -> None:
    path, written = write_article_file(corpus_dir, "a", ".md", b"one\n")
    assert (path.name, written) == ("a.md", True)
    path, written = write_article_file(corpus_dir, "a", ".md", b"two\n")
    assert (path.name, written) == ("a-2.md", True)
    path, written = write_article_file(corpus_dir, "a", ".md", b"two\n")
    assert (path.name, written) == ("a-2.md", False)
    assert files(corpus_dir) == ["a-2.md", "a.md"]
    assert (corpus_dir / "a.md").stat().st_mode & 0o777 == 0o644


@pytest.fixture
def feed_server() -> Iterator[str]:
    """A real HTTP server on loopback serving the test feeds (and a 404 for anything else)."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(FEEDS))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_feed_from_a_url_records_the_feed_url(corpus_dir: Path, feed_server: str) -> None:
    url = f"{feed_server}/rss1.rdf"
    (item,) = import_feeds([url], corpus_dir, timeout=5).items
    assert item.status == "written" and item.path is not None
    assert f"\nfeed: {url}\n" in item.path.read_text(encoding="utf-8")
    (missing,) = import_feeds([f"{feed_server}/gone.xml"], corpus_dir, timeout=5).items
    assert (missing.status, missing.reason) == ("error", "server answered 404 File not found")


def test_a_server_that_never_answers_times_out() -> None:
    with socket.socket() as listener:  # accepts connections (the kernel does) but never replies
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/feed.xml"
        with pytest.raises(ValueError, match=r"^no answer within 0\.5 s$"):
            fetch(url, timeout=0.5)


def test_long_articles_and_other_files_do_not_hide_imported_keys(corpus_dir: Path) -> None:
    body = "Горсовет одобрил ночные автобусы. " * 4000  # ~250 KB of two-byte characters
    write(corpus_dir, "long.md", f"---\ntitle: Long\nguid: g-long\n---\n{body}\n")
    write(corpus_dir, "crlf.md", "\ufeff---\r\nurl: https://a.example/x\r\n---\r\nBody.\r\n")
    write(corpus_dir, "plain.md", "No front matter.\n")
    write(corpus_dir, "broken.md", "---\ntitle: [\n---\nBody.\n")
    write(corpus_dir, ".hidden/old.md", "---\nguid: g-hidden\n---\nBody.\n")
    assert imported_keys(corpus_dir) == {
        "g-long": corpus_dir / "long.md",
        "https://a.example/x": corpus_dir / "crlf.md",
    }


def test_concurrent_writes_of_one_article_leave_one_file(corpus_dir: Path) -> None:
    barrier = threading.Barrier(8)
    results: list[tuple[Path, bool]] = []

    def write_once() -> None:
        barrier.wait()
        results.append(write_article_file(corpus_dir, "same", ".md", b"same article\n"))

    threads = [threading.Thread(target=write_once) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert files(corpus_dir) == ["same.md"]
    assert sorted(written for _, written in results) == [False] * 7 + [True]
