"""`newsreader index` and `newsreader search`, run in a subprocess as a user would."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import filelock
import pytest

from index import SCHEMA_VERSION
from tests.conftest import NEWSREADER, SAMPLES, RunCli, write
from tests.index.helpers import write_news
from tui.settings import resolve_settings

SUMMARY = re.compile(
    r"^indexed (\d+) articles \((\d+) added, (\d+) updated, (\d+) removed\) in [\d.]+ s$"
)
S4 = sorted(p.stem for p in SAMPLES.glob("*.txt"))[4]


def run_in_terminal(*args: str) -> str:
    """Run newsreader with a pseudo-terminal as stdout and stderr; returns what it showed."""
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "LINES": "40", "TERM": "xterm-256color"}
    proc = subprocess.Popen(
        [NEWSREADER, *args], stdin=follower, stdout=follower, stderr=follower, env=env
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    proc.wait(timeout=60)
    os.close(leader)
    assert proc.returncode == 0, shown
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode("utf-8", "replace"))


def test_index_builds_then_updates_incrementally(run_cli: RunCli, samples_copy: Path) -> None:
    first = run_cli("--articles", str(samples_copy), "index")
    assert first.returncode == 0, first.stderr
    assert SUMMARY.match(first.stdout.strip()).groups() == ("5", "5", "0", "0")  # type: ignore[union-attr]
    assert first.stderr == ""
    write(samples_copy, "extra.txt", "A new article about the Kursk region.\n")
    (samples_copy / f"{S4}.txt").unlink()
    second = run_cli("--articles", str(samples_copy), "index", "--json")
    assert json.loads(second.stdout) == {
        "total": 5,
        "added": 1,
        "updated": 0,
        "removed": 1,
        "seconds": json.loads(second.stdout)["seconds"],
        "rebuilt": None,
        "warnings": [],
    }
    rebuilt = run_cli("--articles", str(samples_copy), "index", "--rebuild")
    assert SUMMARY.match(rebuilt.stdout.strip()).groups() == ("5", "5", "0", "0")  # type: ignore[union-attr]


def test_index_reports_skipped_files(run_cli: RunCli, corpus_dir: Path) -> None:
    write(corpus_dir, "good.txt", "Fine.\n")
    write(corpus_dir, "broken.md", "---\ntitle: [oops\n---\nBody\n")
    result = run_cli("--articles", str(corpus_dir), "index")
    assert result.returncode == 0
    assert "indexed 1 articles" in result.stdout
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 1 and "broken.md" in warnings[0]


def test_search_json_builds_the_index_first(run_cli: RunCli) -> None:
    result = run_cli("search", "peskov", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert [h["id"] for h in hits] == [S4]
    hit = hits[0]
    assert set(hit) == {"id", "title", "date", "score", "snippet", "highlights"}
    assert hit["score"] > 0 and hit["highlights"]
    for start, end in hit["highlights"]:
        assert hit["snippet"][start:end] == "Peskov"


def test_search_options_limit_and_sort(run_cli: RunCli, corpus_dir: Path) -> None:
    write_news(corpus_dir)
    args = ("--articles", str(corpus_dir), "search", "government")
    by_date = json.loads(run_cli(*args, "--sort", "date", "--json").stdout)
    assert [h["date"] for h in by_date] == ["2024-12-05", "2024-06-30", None]
    assert len(json.loads(run_cli(*args, "--limit", "1", "--json").stdout)) == 1
    assert run_cli(*args, "--limit", "0").returncode == 2


def test_search_accepts_several_words(run_cli: RunCli, corpus_dir: Path) -> None:
    write_news(corpus_dir)
    result = run_cli("--articles", str(corpus_dir), "search", "government", "budget")
    assert sorted(line.split("\t")[0] for line in result.stdout.splitlines()) == [
        "memo",
        "world/elysee",
    ]


def test_search_piped_prints_plain_lines(run_cli: RunCli, corpus_dir: Path) -> None:
    write_news(corpus_dir)
    result = run_cli("--articles", str(corpus_dir), "search", "kremlin")
    assert result.stdout == "world/kursk\t2025-02-12\tKremlin rules out a territorial swap\n"


def test_no_hits_suggests_a_spelling_and_keeps_json_an_array(run_cli: RunCli) -> None:
    result = run_cli("search", "Peskof", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []
    assert result.stderr == "newsreader: no results for 'Peskof'; did you mean: peskov\n"
    plain = run_cli("search", "xylophone")
    assert plain.stdout == "" and plain.stderr == "newsreader: no results for 'xylophone'\n"


@pytest.mark.parametrize(
    "query", ['"unclosed phrase', "date:last year", "speakr:peskov", "pe*", "(a OR b"]
)
def test_a_bad_query_exits_2_with_one_line(run_cli: RunCli, query: str) -> None:
    result = run_cli("search", query)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("newsreader: bad query: ") and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("date:>", "'date:>' needs a date after it (like date:>2025-01-01)"),
        ("a:b:c", "unknown field 'a:' (fields: author, body,"),
        ("]", "unbalanced brackets: a ']' has no '[' or '{' before it"),
        ("peskov~5", "'peskov~5': a fuzzy distance is 1 or 2 (or 'peskov~' to let the word's"),
    ],
)
def test_a_bad_query_names_what_is_wrong(run_cli: RunCli, query: str, says: str) -> None:
    result = run_cli("search", query)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"newsreader: bad query: {says}")
    assert result.stderr.count("\n") == 1


def test_a_missing_corpus_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    for command in (["index"], ["search", "x"]):
        result = run_cli("--articles", str(tmp_path / "nope"), *command)
        assert result.returncode == 2 and "does not exist" in result.stderr


def test_an_old_index_format_is_rebuilt_with_a_one_line_notice(run_cli: RunCli) -> None:
    run_cli("index")
    pointer = resolve_settings().index_dir / "CURRENT"
    pointer.write_text(json.dumps({**json.loads(pointer.read_text()), "schema": 0}))
    result = run_cli("index")
    assert result.returncode == 0
    assert result.stderr == (
        f"newsreader: warning: index rebuilt: index format changed "
        f"(version 0 -> {SCHEMA_VERSION})\n"
    )
    assert "(5 added" in result.stdout


@pytest.mark.slow
def test_a_locked_index_fails_index_but_search_uses_the_last_version(run_cli: RunCli) -> None:
    run_cli("index")
    with filelock.FileLock(str(resolve_settings().index_dir / "write.lock")):
        locked = run_cli("index")
        found = run_cli("search", "peskov", "--json")
    assert locked.returncode == 1 and locked.stdout == ""
    assert locked.stderr.count("\n") == 1 and "being written by another process" in locked.stderr
    assert found.returncode == 0 and [h["id"] for h in json.loads(found.stdout)] == [S4]
    assert "searching the last version" in found.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_on_a_terminal_search_prints_a_table(corpus_dir: Path) -> None:
    write_news(corpus_dir)
    shown = run_in_terminal("--articles", str(corpus_dir), "search", "government")
    assert "3 results for government" in shown
    assert "Macron hosts budget talks at the Élysée" in shown
    assert "world/elysee" in shown and "2024-12-05" in shown
    indexed = run_in_terminal("--articles", str(corpus_dir), "index")
    assert "indexed 4 articles (0 added, 0 updated, 0 removed)" in indexed


def test_other_commands_do_not_pay_for_importing_whoosh() -> None:
    code = "import sys, tui.cli; sys.exit(1 if 'whoosh' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
