"""`show` prints the cleaned article; `show --json` adds what cleaning set aside."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunCli, write


def test_show_json_has_boilerplate_and_header_fields(run_cli: RunCli) -> None:
    result = run_cli("show", "001_afbc20cf0ccb7af1", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"].startswith("'Ukraine cannot take back territory occupied by Russia'")
    assert (data["date"], data["time"]) == ("2024-12-18", "22:04:00")
    removed = {(b["text"], b["reason"]) for b in data["boilerplate"]}
    assert ("Loading audio...", "audio") in removed
    assert ("Richard Spurr 1am - 4am", "slot") in removed
    assert all(set(b) == {"text", "reason"} for b in data["boilerplate"])
    assert "Loading audio" not in data["text"]
    assert "\n\n".join(data["paragraphs"]) == data["text"]
    author = json.loads(run_cli("show", "002_6265d0da6e9f2d7b", "--json").stdout)["author"]
    assert author == "Abdiwahab Ahmed"


def test_show_prints_the_cleaned_article_and_raw_the_file(run_cli: RunCli) -> None:
    shown = run_cli("show", "004_ff85dbb805ef393e")
    assert shown.returncode == 0, shown.stderr
    assert "Peskov" in shown.stdout
    for furniture in ("Advertisement", "Other Topics of Interest", "Ctrl + Enter"):
        assert furniture not in shown.stdout
    raw = run_cli("show", "004_ff85dbb805ef393e", "--raw")
    assert "Other Topics of Interest" in raw.stdout


def test_show_header_line_has_date_time_and_author(run_cli: RunCli, corpus_dir: Path) -> None:
    write(
        corpus_dir,
        "a.txt",
        "Budget passes after marathon debate\nBy Jane Doe | 18 December 2024, 22:04\n"
        "The regional parliament approved the budget on Thursday.\n",
    )
    shown = run_cli("--articles", str(corpus_dir), "show", "a")
    assert shown.stdout.splitlines()[:2] == [
        "Budget passes after marathon debate",
        "2024-12-18 22:04 · Jane Doe",
    ]
