"""`newsreader speakers`, `related` and `claims --speaker`, run in a subprocess as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SAMPLES, RunCli

S2, S3 = (sorted(p.stem for p in SAMPLES.glob("*.txt"))[i] for i in (2, 3))


def claim_index(run_cli: RunCli, article_id: str, words: str) -> int:
    claims = json.loads(run_cli("claims", article_id, "--json").stdout)
    return next(k for k, c in enumerate(claims) if words in c["text"])


def test_speakers_json_one_entry_per_person_most_claims_first(run_cli: RunCli) -> None:
    result = run_cli("speakers", "--json")
    assert result.returncode == 0, result.stderr
    speakers = json.loads(result.stdout)
    assert all(set(s) == {"name", "aliases", "claims", "articles"} for s in speakers)
    assert [s["claims"] for s in speakers] == sorted((s["claims"] for s in speakers), reverse=True)
    zelensky = [s for s in speakers if "zelensk" in (s["name"] + str(s["aliases"])).lower()]
    assert len(zelensky) == 1
    assert zelensky[0]["name"] == "Volodymyr Zelensky"
    assert zelensky[0]["aliases"] == ["Volodymyr Zelenskyy"]
    assert zelensky[0]["articles"] == 4
    # Without --json, one line per speaker for pipes: name, claims, articles, aliases.
    lines = run_cli("speakers").stdout.splitlines()
    assert lines[0].split("\t")[:3] == [zelensky[0]["name"], str(zelensky[0]["claims"]), "4"]


def test_related_finds_putins_retold_quote_with_the_diff(run_cli: RunCli) -> None:
    k = claim_index(run_cli, S2, "by force of arms")
    result = run_cli("related", S2, str(k), "--json")
    assert result.returncode == 0, result.stderr
    related = json.loads(result.stdout)
    keys = {"id", "claim", "text", "speaker", "score", "variant", "diff"}
    assert all(set(r) == keys for r in related)
    first = related[0]
    assert (first["id"], first["speaker"], first["variant"]) == (S3, "Vladimir Putin", True)
    assert first["claim"] == claim_index(run_cli, S3, "by force, or Ukrainian troops will")
    assert [d for d in first["diff"] if d["op"] != "same"] == [
        {"op": "dropped", "old": "of arms", "new": None},
        {"op": "added", "old": None, "new": "will"},
    ]
    assert all(r["diff"] is None for r in related if not r["variant"])
    # For pipes: the diff in wdiff style after the text.
    line = run_cli("related", S2, str(k)).stdout.splitlines()[0]
    assert line.startswith(f"{S3}\t{first['claim']}\t")
    assert line.endswith("force [-of arms-] or Ukrainian troops {+will+} leave these territories")


def test_related_with_a_bad_claim_or_article_is_one_line_and_exit_2(run_cli: RunCli) -> None:
    count = len(json.loads(run_cli("claims", S2, "--json").stdout))
    for args, message in [
        ((S2, str(count)), f"there is no claim {count}"),
        ((S2[:-1] + "x", "0"), f"no article '{S2[:-1]}x' in the index (did you mean: {S2}?)"),
        ((S2, "two"), "Invalid value for 'K'"),
    ]:
        result = run_cli("related", *args)
        assert result.returncode == 2, result
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr


def test_claims_of_a_speaker_by_any_spelling(run_cli: RunCli) -> None:
    result = run_cli("claims", "--speaker", "zelenskiy", "--json")
    assert result.returncode == 0, result.stderr
    claims = json.loads(result.stdout)
    keys = {"id", "claim", "title", "date", "text", "kind", "speaker", "start", "end"}
    assert all(set(c) == keys for c in claims)
    assert {c["speaker"] for c in claims} == {"Volodymyr Zelensky", "Volodymyr Zelenskyy"}
    per_article = json.loads(run_cli("claims", claims[0]["id"], "--json").stdout)
    assert per_article[claims[0]["claim"]]["text"] == claims[0]["text"]
    total = next(
        s["claims"]
        for s in json.loads(run_cli("speakers", "--json").stdout)
        if s["name"] == "Volodymyr Zelensky"
    )
    assert len(claims) == total
    unknown = run_cli("claims", "--speaker", "Putn")
    assert unknown.returncode == 2
    assert unknown.stderr == (
        "newsreader: no speaker 'Putn' in the corpus (did you mean: Vladimir Putin?)\n"
    )
    both = run_cli("claims", S2, "--speaker", "Putin")
    assert both.returncode == 2 and "--speaker goes without" in both.stderr


def test_the_alias_file_is_used_and_a_bad_one_is_a_warning(
    run_cli: RunCli, isolated_env: Path
) -> None:
    where = Path(run_cli("locate", "speakers").stdout.strip())
    assert where == isolated_env / "speakers.yaml"
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text("Kyiv: [Ukraine]\n", encoding="utf-8")
    speakers = json.loads(run_cli("speakers", "--json").stdout)
    kyiv = next(s for s in speakers if s["name"] == "Kyiv")
    assert kyiv["aliases"] == ["Ukraine"]
    assert "Ukraine" not in {s["name"] for s in speakers}

    where.write_text("Kyiv: [Ukraine]\nKiev: ukraine\n", encoding="utf-8")
    result = run_cli("speakers", "--json")
    assert result.returncode == 0
    assert result.stderr == (
        f"newsreader: warning: speaker aliases not used: {where}:2: "
        "'ukraine' is already a name of 'Kyiv'\n"
    )
    assert "Ukraine" in {s["name"] for s in json.loads(result.stdout)}
    assert where.read_text(encoding="utf-8") == "Kyiv: [Ukraine]\nKiev: ukraine\n"
