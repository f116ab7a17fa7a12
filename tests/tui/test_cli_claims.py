"""`newsreader claims` and the claims of `show --json`, run in a subprocess as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SAMPLES, RunCli, write

ARTICLE = (
    "---\ntitle: Bridge to reopen\ndate: 2025-03-01\n---\n"
    '"We will reopen the bridge by June," Mayor Karen Olsen said on Monday.\n\n'
    "The repairs will cost $4.5 million, according to the city council.\n\n"
    "The bridge was built in 1931.\n"
)
KEYS = {"start", "end", "text", "kind", "speaker", "cue", "confidence"}


def test_claims_json_gives_offsets_into_the_text_of_show(run_cli: RunCli, corpus_dir: Path) -> None:
    write(corpus_dir, "city/bridge.md", ARTICLE)
    result = run_cli("--articles", str(corpus_dir), "claims", "city/bridge", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    text = json.loads(
        run_cli("--articles", str(corpus_dir), "show", "city/bridge", "--json").stdout
    )["text"]
    assert [set(c) for c in found] == [KEYS, KEYS]
    assert [(c["kind"], c["speaker"], c["cue"]) for c in found] == [
        ("quote", "Karen Olsen", "said"),
        ("reported", "the city council", "according to"),
    ]
    for claim in found:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert 0 <= claim["confidence"] <= 1
    assert found[0]["text"] == '"We will reopen the bridge by June,"'


def test_show_json_carries_the_same_claims(run_cli: RunCli) -> None:
    article = "004_ff85dbb805ef393e"
    shown = json.loads(run_cli("show", article, "--json").stdout)
    listed = json.loads(run_cli("claims", article, "--json").stdout)
    assert shown["claims"] == listed and len(listed) > 10
    peskov = [c for c in listed if "Russia has never discussed" in c["text"]]
    assert [(c["kind"], c["speaker"]) for c in peskov] == [("quote", "Dmitry Peskov")]


def test_claims_all_json_is_an_object_by_article_id(run_cli: RunCli) -> None:
    result = run_cli("claims", "--all", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert sorted(found) == sorted(p.stem for p in SAMPLES.glob("*.txt"))
    assert all(found.values())
    single = json.loads(run_cli("claims", "002_6265d0da6e9f2d7b", "--json").stdout)
    assert found["002_6265d0da6e9f2d7b"] == single


def test_plain_output_when_piped_is_one_claim_per_line(run_cli: RunCli, corpus_dir: Path) -> None:
    write(corpus_dir, "bridge.md", ARTICLE)
    result = run_cli("--articles", str(corpus_dir), "claims", "bridge")
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    start, end, kind, speaker, cue, text = lines[0].split("\t")
    assert (kind, speaker, cue) == ("quote", "Karen Olsen", "said")
    assert text == '"We will reopen the bridge by June,"' and int(end) - int(start) == len(text)


def test_unknown_id_is_a_usage_error_with_suggestions(run_cli: RunCli) -> None:
    result = run_cli("claims", "004_ff85dbb805ef393")
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("newsreader: no article '004_ff85dbb805ef393'")
    assert "004_ff85dbb805ef393e" in line


def test_id_and_all_are_exclusive_and_one_is_needed(run_cli: RunCli) -> None:
    for args in (("claims",), ("claims", "004_ff85dbb805ef393e", "--all")):
        result = run_cli(*args)
        assert result.returncode == 2
        assert "give an article ID or --all" in result.stderr
        assert "Traceback" not in result.stderr


def test_an_unreadable_article_is_reported_not_crashed_on(
    run_cli: RunCli, corpus_dir: Path
) -> None:
    write(corpus_dir, "broken.txt", b"\xff\xfe not utf-8 \x80")
    result = run_cli("--articles", str(corpus_dir), "claims", "broken", "--json")
    assert result.returncode == 2
    assert "broken.txt" in result.stderr and "UTF-8" in result.stderr
    assert "Traceback" not in result.stderr
