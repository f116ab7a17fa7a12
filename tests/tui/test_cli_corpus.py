"""`newsreader list/show/locate`, run in a subprocess as a user would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, RunCli, write

SAMPLE_IDS = sorted(p.stem for p in SAMPLES.glob("*.txt"))


def test_list_json_lists_the_bundled_samples(run_cli: RunCli) -> None:
    result = run_cli("list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == SAMPLE_IDS
    for row in rows:
        assert set(row) == {"id", "title", "date", "author", "source", "path", "words"}
        assert Path(row["path"]).is_file() and row["words"] > 100
    assert result.stderr == ""


def test_list_on_a_mixed_folder(run_cli: RunCli, corpus_dir: Path) -> None:
    """The acceptance folder: .txt, .md with front matter, subfolder, binary, hidden."""
    write(
        corpus_dir, "000_96fc22c1091786c6.txt", (SAMPLES / "000_96fc22c1091786c6.txt").read_text()
    )
    write(
        corpus_dir, "kursk.md", "---\ntitle: Kursk swap\ndate: 2025-02-12\n---\nPeskov said no.\n"
    )
    write(corpus_dir, "world/kursk-swap.txt", "Zelensky said he would offer a swap.\n")
    write(corpus_dir, "photo.txt", bytes(range(256)) * 4)
    write(corpus_dir, ".draft.md", "hidden\n")
    result = run_cli("--articles", str(corpus_dir), "list", "--json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == ["000_96fc22c1091786c6", "kursk", "world/kursk-swap"]
    kursk = rows[1]
    assert (kursk["title"], kursk["date"]) == ("Kursk swap", "2025-02-12")
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 1
    assert "photo.txt" in warnings[0] and warnings[0].startswith("newsreader: warning:")


def test_list_plain_output_when_piped(run_cli: RunCli, corpus_dir: Path) -> None:
    write(corpus_dir, "a.md", "---\ntitle: Alpha\ndate: 2024-01-02\n---\nBody.\n")
    result = run_cli("--articles", str(corpus_dir), "list")
    assert result.stdout == "a\t2024-01-02\tAlpha\n"


def test_env_variable_chooses_the_corpus(
    run_cli: RunCli, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(corpus_dir, "only.txt", "Only article.\n")
    monkeypatch.setenv("NEWSREADER_ARTICLES", str(corpus_dir))
    assert [r["id"] for r in json.loads(run_cli("list", "--json").stdout)] == ["only"]


def test_empty_corpus_is_fine(run_cli: RunCli, corpus_dir: Path) -> None:
    result = run_cli("--articles", str(corpus_dir), "list", "--json")
    assert (result.returncode, json.loads(result.stdout)) == (0, [])
    result = run_cli("--articles", str(corpus_dir), "list")
    assert result.returncode == 0 and "no articles" in result.stderr


def test_missing_folder_is_bad_input(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("--articles", str(tmp_path / "nope"), "list")
    assert result.returncode == 2
    assert (
        result.stderr.strip() == f"newsreader: articles folder '{tmp_path / 'nope'}' does not exist"
    )
    assert "Traceback" not in result.stderr


def test_show_json(run_cli: RunCli) -> None:
    result = run_cli("show", "004_ff85dbb805ef393e", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {
        "id",
        "title",
        "date",
        "author",
        "source",
        "path",
        "words",
        "text",
        "paragraphs",
    } <= set(data)
    assert "\n\n".join(data["paragraphs"]) == data["text"]
    assert "Dmitry Peskov" in data["text"]


def test_show_plain_and_raw(run_cli: RunCli) -> None:
    shown = run_cli("show", "004_ff85dbb805ef393e")
    assert shown.returncode == 0 and "Peskov" in shown.stdout
    raw = run_cli("show", "004_ff85dbb805ef393e", "--raw")
    assert raw.stdout == (SAMPLES / "004_ff85dbb805ef393e.txt").read_text(encoding="utf-8")


def test_show_unknown_id_suggests_the_closest(run_cli: RunCli) -> None:
    result = run_cli("show", "004_ff85dbb805ef393")
    assert result.returncode == 2
    line = result.stderr.strip()
    assert line.startswith(f"newsreader: no article '004_ff85dbb805ef393' in {SAMPLES}")
    assert "did you mean: 004_ff85dbb805ef393e" in line
    assert "\n" not in line


def test_show_nested_id(run_cli: RunCli, corpus_dir: Path) -> None:
    write(corpus_dir, "world/kursk-swap.md", "---\ntitle: Swap\n---\nBody text.\n")
    data = json.loads(
        run_cli("--articles", str(corpus_dir), "show", "world/kursk-swap", "--json").stdout
    )
    assert (data["id"], data["text"]) == ("world/kursk-swap", "Body text.")


def test_locate(run_cli: RunCli, isolated_env: Path, corpus_dir: Path) -> None:
    places = json.loads(run_cli("locate", "--json").stdout)
    assert places["data"] == str(isolated_env.resolve())
    assert places["articles"] == str(SAMPLES)
    assert places["annotations"].startswith(places["data"])
    assert run_cli("locate", "index").stdout.strip() == places["index"]
    # Two corpora never share an index folder.
    other = json.loads(run_cli("--articles", str(corpus_dir), "locate", "--json").stdout)
    assert other["index"] != places["index"] and other["data"] == places["data"]


def test_data_dir_option_overrides_env(run_cli: RunCli, tmp_path: Path) -> None:
    assert run_cli(
        "--data-dir", str(tmp_path / "elsewhere"), "locate", "data"
    ).stdout.strip() == str(tmp_path / "elsewhere")


def test_config_file_is_read(
    run_cli: RunCli, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = corpus_dir.parent / "config.toml"
    cfg.write_text(f'articles = "{corpus_dir}"\n')
    monkeypatch.setenv("NEWSREADER_CONFIG", str(cfg))
    assert run_cli("locate", "articles").stdout.strip() == str(corpus_dir)
    cfg.write_text("articles = [unclosed\n")
    result = run_cli("list")
    assert result.returncode == 2 and str(cfg) in result.stderr


@pytest.mark.parametrize("args", [[], ["list"], ["show"], ["locate"]])
def test_help_on_every_level(run_cli: RunCli, args: list[str]) -> None:
    result = run_cli(*args, "--help")
    assert result.returncode == 0 and "Usage: newsreader" in result.stdout


def test_version(run_cli: RunCli) -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("newsreader, version ")


@pytest.mark.parametrize(
    "args", [["--bogus"], ["list", "--nope"], ["frobnicate"], ["show"], ["locate", "nowhere"]]
)
def test_bad_usage_is_one_line_and_exit_2(run_cli: RunCli, args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("newsreader: ")
