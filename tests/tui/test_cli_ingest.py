"""`newsreader add` and `newsreader feed`, run in a subprocess as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import DATA, SAMPLES, RunCli

HTML = DATA / "ingest" / "html"
FEEDS = DATA / "ingest" / "feeds"
TEXT = DATA / "ingest" / "text"


def test_add_pages_and_files_then_list_them(run_cli: RunCli, corpus_dir: Path) -> None:
    result = run_cli(
        "--articles",
        str(corpus_dir),
        "add",
        str(HTML / "news-site.html"),
        str(HTML / "non-ascii.html"),
        str(TEXT / "night-bus-notes.md"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        f"added {corpus_dir}/2025-02-12-council-approves-night-bus-pilot-after-heated-debate.md",
        f"added {corpus_dir}/2024-03-18-elections-municipales-lopposition-conteste-le-resultat"
        "-a-saint-etienne-du-lac.md",
        f"added {corpus_dir}/night-bus-notes.md",
    ]
    assert lines[3] == f"3 added, 0 skipped, 0 failed, in {corpus_dir}"

    listed = json.loads(run_cli("--articles", str(corpus_dir), "list", "--json").stdout)
    by_id = {row["id"]: row for row in listed}
    french = by_id[
        "2024-03-18-elections-municipales-lopposition-conteste-le-resultat-a-saint-etienne-du-lac"
    ]
    assert french["title"].startswith("Élections municipales : l’opposition")
    assert (french["author"], french["source"]) == ("Hélène Dubœuf", "Le Courrier du Lac")
    assert by_id["night-bus-notes"]["date"] == "2025-02-13"


def test_add_reports_each_bad_file_and_exits_1(run_cli: RunCli, tmp_path: Path) -> None:
    into = tmp_path / "news"
    result = run_cli(
        "add",
        "--into",
        str(into),
        str(HTML / "no-article.html"),
        str(TEXT / "latin1.txt"),
        str(tmp_path / "gone.html"),
        str(HTML / "byline-time.html"),
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"newsreader: {HTML / 'no-article.html'}: no article found in the page "
        "(only menus, forms or short snippets)",
        f"newsreader: {TEXT / 'latin1.txt'}: not valid UTF-8 (byte 3)",
        f"newsreader: {tmp_path / 'gone.html'}: no such file",
        "newsreader: 3 inputs failed (named above)",
    ]
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in into.iterdir()) == [
        "2024-08-19-drought-forces-farmers-to-sell-cattle-early.md"
    ]


def test_add_twice_skips_and_force_replaces(run_cli: RunCli, corpus_dir: Path) -> None:
    args = ("add", "--into", str(corpus_dir), str(HTML / "bare.html"))
    assert run_cli(*args).returncode == 0
    again = run_cli(*args, "--json")
    assert again.returncode == 0, again.stderr
    (item,) = json.loads(again.stdout)["items"]
    assert item["status"] == "skipped"
    assert (
        item["reason"]
        == "already in the corpus as library-extends-opening-hours-for-exam-season.md"
    )
    name = corpus_dir / "library-extends-opening-hours-for-exam-season.md"
    name.write_text(name.read_text() + "\nMy own note.\n")
    forced = run_cli(*args, "--force", "--json")
    (item,) = json.loads(forced.stdout)["items"]
    assert (item["status"], item["path"]) == ("written", str(name))
    assert "My own note." not in name.read_text()
    assert [p.name for p in corpus_dir.iterdir()] == [name.name]


def test_feed_twice_writes_nothing_new(run_cli: RunCli, corpus_dir: Path) -> None:
    args = ("--articles", str(corpus_dir), "feed", str(FEEDS / "rss2-content.xml"))
    first = run_cli(*args, str(FEEDS / "rss-summaries.xml"))
    assert first.returncode == 0, first.stderr
    assert "3 added, 2 skipped, 0 failed" in first.stdout
    assert "(--summaries imports the summary-only entries)" in first.stdout
    names = sorted(p.name for p in corpus_dir.iterdir())
    assert len(names) == 3
    second = run_cli(*args, "--json")
    assert second.returncode == 0
    report = json.loads(second.stdout)
    assert [i["status"] for i in report["items"]] == ["skipped"] * 3
    assert report["items"][0]["entry"] == "Council approves night bus pilot after heated debate"
    assert sorted(p.name for p in corpus_dir.iterdir()) == names


def test_feed_errors_name_the_input_and_the_rest_is_imported(
    run_cli: RunCli, corpus_dir: Path
) -> None:
    result = run_cli(
        "feed",
        "--into",
        str(corpus_dir),
        "--timeout",
        "5",
        "http://127.0.0.1:9/feed.xml",
        str(FEEDS / "truncated.xml"),
        str(FEEDS / "atom.xml"),
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "newsreader: http://127.0.0.1:9/feed.xml: cannot connect: Connection refused",
        f"newsreader: {FEEDS / 'truncated.xml'}: feed does not parse: line 7: no element found",
        "newsreader: 2 inputs failed (named above)",
    ]
    assert len(list(corpus_dir.iterdir())) == 2


def test_writing_into_the_bundled_samples_is_refused(run_cli: RunCli) -> None:
    for args in (["add", str(HTML / "bare.html")], ["feed", "--into", str(SAMPLES), "x.xml"]):
        result = run_cli(*args)
        assert result.returncode == 2
        assert result.stderr == (
            f"newsreader: '{SAMPLES}' is the bundled sample articles, which are never modified; "
            "choose a folder with --into DIR (or --articles DIR)\n"
        )
    assert sorted(p.suffix for p in SAMPLES.iterdir()) == [".txt"] * 5


def test_no_arguments_is_bad_usage(run_cli: RunCli, corpus_dir: Path) -> None:
    for command in ("add", "feed"):
        result = run_cli("--articles", str(corpus_dir), command)
        assert result.returncode == 2
        assert result.stderr.startswith("newsreader: Missing argument")


def test_a_target_in_a_missing_folder_is_refused_and_nothing_created(
    run_cli: RunCli, tmp_path: Path
) -> None:
    page = str(HTML / "bare.html")
    typo = tmp_path / "nwes" / "world"
    result = run_cli("add", page, "--into", str(typo))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"newsreader: --into: folder {typo.parent} does not exist\n"
    by_articles = run_cli("--articles", str(typo), "feed", str(FEEDS / "truncated.xml"))
    assert by_articles.returncode == 2
    assert by_articles.stderr == f"newsreader: --articles: folder {typo.parent} does not exist\n"
    assert not typo.parent.exists()
    # The folder itself is still created when its parent exists.
    fresh = tmp_path / "fresh"
    assert run_cli("add", page, "--into", str(fresh)).returncode == 0
    assert fresh.is_dir()
