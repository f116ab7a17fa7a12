"""`newsreader annotate` and `newsreader annotations ...`, run in a subprocess as a user would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from tests.annotations.helpers import TEXT
from tests.conftest import RunCli, write

ARTICLE = "world/kursk-swap"
FRONT = "---\ntitle: Kremlin rules out a swap\nurl: https://example.com/kursk\n---\n"
QUOTES = (
    '"We will never trade our territory," Kremlin spokesman Dmitry Peskov said on Wednesday.\n\n'
    'Ukraine\'s foreign minister said the offer "remains on the table".\n'
)


@pytest.fixture
def corpus(corpus_dir: Path) -> Path:
    write(corpus_dir, f"{ARTICLE}.md", FRONT + TEXT + "\n")
    write(corpus_dir, "quotes.md", "---\ntitle: Quotes\n---\n" + QUOTES)
    return corpus_dir


def test_annotate_list_delete_export(run_cli: RunCli, corpus: Path, tmp_path: Path) -> None:
    base = ("--articles", str(corpus))
    added = run_cli(
        *base, "annotate", ARTICLE, "--quote", "Dmitry Peskov", "--note", "who?", "--tag", "kremlin"
    )
    assert added.returncode == 0, added.stderr
    first_id = added.stdout.strip()
    assert len(first_id) == 36 and added.stderr == ""
    # A straight apostrophe finds the article's curly one; a note can come from stdin.
    second = run_cli(
        *base,
        "annotate",
        ARTICLE,
        "--quote",
        "the survey's authors said",
        "--note",
        "-",
        "--verdict",
        "needs-source",
        "--json",
        input="Which survey?\nNo source given.\n",
    )
    assert second.returncode == 0, second.stderr
    created = json.loads(second.stdout)
    assert created["note"] == "Which survey?\nNo source given."
    assert created["target"]["exact"] == "the survey's authors said"
    assert created["verdict"] == "needs-source"

    listed = json.loads(run_cli(*base, "annotations", "list", ARTICLE, "--json").stdout)
    assert [(i["id"], i["anchor"]["status"]) for i in listed] == [
        (first_id, "exact"),
        (created["id"], "exact"),
    ]
    plain = run_cli(*base, "annotations", "list").stdout.splitlines()
    assert plain[0].split("\t")[:5] == [first_id, ARTICLE, plain[0].split("\t")[2], "-", "kremlin"]
    assert plain[0].split("\t")[2].startswith("exact ")

    deleted = run_cli(*base, "annotations", "delete", first_id[:8])
    assert (deleted.returncode, deleted.stdout) == (0, f"deleted {first_id} ({ARTICLE})\n")

    out = tmp_path / "notes.md"
    exported = run_cli(*base, "annotations", "export", "-o", str(out))
    assert exported.returncode == 0 and "wrote 1 annotations" in exported.stderr
    markdown = out.read_text()
    assert "## Kremlin rules out a swap" in markdown and "Which survey?" in markdown
    assert "who?" not in markdown
    w3c = json.loads(run_cli(*base, "annotations", "export", "--format", "w3c").stdout)
    assert [item["target"]["source"] for item in w3c] == ["https://example.com/kursk"]


def test_export_into_a_missing_folder_is_refused_and_nothing_created(
    run_cli: RunCli, corpus: Path, tmp_path: Path
) -> None:
    base = ("--articles", str(corpus))
    assert run_cli(*base, "annotate", ARTICLE, "--quote", "Dmitry Peskov").returncode == 0
    missing = tmp_path / "nonexistent" / "dir"
    result = run_cli(*base, "annotations", "export", "-o", str(missing / "x.md"))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"newsreader: -o: folder {missing} does not exist\n"
    assert not (tmp_path / "nonexistent").exists()
    a_file = write(tmp_path, "plain.txt", "not a folder")
    into_file = run_cli(*base, "annotations", "export", "-o", str(a_file / "x.md"))
    assert into_file.returncode == 2
    assert into_file.stderr == f"newsreader: -o: folder {a_file} is not a folder\n"
    assert a_file.read_text() == "not a folder"


def test_bad_input_exits_2_with_one_clear_line(run_cli: RunCli, corpus: Path) -> None:
    base = ("--articles", str(corpus))
    cases = [
        (("annotate", "world/kursk-swp", "--quote", "x"), "did you mean: world/kursk-swap?"),
        (("annotate", ARTICLE, "--quote", "not in it"), "quote not found in 'world/kursk-swap'"),
        (("annotate", ARTICLE, "--quote", "Peskov"), "occurs 2 times"),
        (("annotate", ARTICLE, "--quote", "Peskov", "--occurrence", "3"), "occurs 2 times"),
        (("annotate", ARTICLE, "--note", "x"), "give either --quote TEXT or --claim K"),
        (("annotations", "delete", "0000-no-such-id"), "no annotation '0000-no-such-id'"),
    ]
    for args, message in cases:
        result = run_cli(*base, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    chosen = run_cli(*base, "annotate", ARTICLE, "--quote", "Peskov", "--occurrence", "2")
    assert chosen.returncode == 0
    listed = json.loads(run_cli(*base, "annotations", "list", "--json").stdout)
    assert listed[0]["target"]["start"] == TEXT.rindex("Peskov")


def test_a_corrupted_file_is_reported_left_as_is_and_can_be_moved_aside(
    run_cli: RunCli, corpus: Path, isolated_env: Path
) -> None:
    base = ("--articles", str(corpus))
    assert (
        run_cli(*base, "annotate", "quotes", "--quote", "remains", "--note", "ok").returncode == 0
    )
    bad = isolated_env / "annotations" / "world" / "kursk-swap.yaml"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"version: 2\nannotations:\n- id: a\n  note: [unclosed\n")
    before = bad.read_bytes()

    refused = run_cli(*base, "annotate", ARTICLE, "--quote", "Dmitry Peskov", "--note", "x")
    assert refused.returncode == 2
    assert refused.stderr.startswith(f"newsreader: {bad}:4: ")  # the line of the '['
    assert "--move-aside" in refused.stderr
    listed = run_cli(*base, "annotations", "list", "--json")
    assert listed.returncode == 2
    assert [i["article"] for i in json.loads(listed.stdout)] == ["quotes"]  # the rest works
    assert listed.stderr == (
        f"newsreader: {bad}:4: did not find expected ',' or ']' "
        "(skipped: its notes are not listed)\n"
    )
    checked = run_cli(*base, "annotations", "repair", ARTICLE)
    assert checked.returncode == 2 and f"{bad}:4:" in checked.stderr
    assert bad.read_bytes() == before

    moved = run_cli(*base, "annotations", "repair", ARTICLE, "--move-aside")
    assert moved.returncode == 0, moved.stderr
    (aside,) = bad.parent.glob("kursk-swap.yaml.broken-*.bak")
    assert aside.read_bytes() == before and not bad.exists()
    again = run_cli(*base, "annotate", ARTICLE, "--quote", "Dmitry Peskov", "--note", "x")
    assert again.returncode == 0, again.stderr


def test_merge_and_compact(
    run_cli: RunCli, corpus: Path, isolated_env: Path, tmp_path: Path
) -> None:
    base = ("--articles", str(corpus))
    note_id = run_cli(*base, "annotate", "quotes", "--quote", "remains", "--note", "a").stdout
    copy = tmp_path / "copy"
    shutil.copytree(isolated_env / "annotations", copy)
    assert run_cli(*base, "annotations", "delete", note_id.strip()).returncode == 0
    merged = run_cli(*base, "annotations", "merge", str(copy))
    assert (merged.returncode, merged.stdout) == (0, f"merged 0 article file(s) from {copy}\n")
    assert json.loads(run_cli(*base, "annotations", "list", "--json").stdout) == []
    compacted = run_cli(*base, "annotations", "compact", "--older-than", "0")
    assert compacted.stdout == "dropped 1 deleted annotation(s)\n"
    assert (
        yaml.safe_load((isolated_env / "annotations" / "quotes.yaml").read_text())["annotations"]
        == []
    )


def test_annotate_a_claim(run_cli: RunCli, corpus: Path) -> None:
    result = run_cli(
        "--articles", str(corpus), "annotate", "quotes", "--claim", "0", "--note", "x", "--json"
    )
    assert result.returncode == 0, result.stderr
    target = json.loads(result.stdout)["target"]
    assert "We will never trade our territory" in target["exact"]
    assert target["claim"]["kind"] == "quote"
    assert "Peskov" in (target["claim"]["speaker"] or "")
    second = run_cli("--articles", str(corpus), "annotate", "quotes", "--claim", "1", "--json")
    assert json.loads(second.stdout)["target"]["claim"]["kind"] in ("quote", "reported")


def test_list_follows_an_edited_article(run_cli: RunCli, corpus: Path, isolated_env: Path) -> None:
    base = ("--articles", str(corpus))
    kept = run_cli(*base, "annotate", ARTICLE, "--quote", "Dmitry Peskov", "--note", "k").stdout
    gone = run_cli(*base, "annotate", ARTICLE, "--quote", "Analysts were not", "--note", "g").stdout
    edited = "A new first paragraph.\n\n" + TEXT.replace(" Analysts were not convinced.", "")
    write(corpus, f"{ARTICLE}.md", FRONT + edited + "\n")
    listed = json.loads(run_cli(*base, "annotations", "list", ARTICLE, "--json").stdout)
    assert [(i["id"], i["anchor"]["status"]) for i in listed] == [
        (kept.strip(), "moved"),
        (gone.strip(), "orphan"),  # kept, listed last
    ]
    assert listed[0]["anchor"]["start"] == edited.index("Dmitry Peskov")
    assert listed[0]["target"]["start"] == TEXT.index("Dmitry Peskov")  # stored: not yet saved
    assert run_cli(*base, "annotate", ARTICLE, "--quote", "85%").returncode == 0
    stored = yaml.safe_load((isolated_env / "annotations" / f"{ARTICLE}.yaml").read_text())
    starts = {a["id"]: a["target"]["start"] for a in stored["annotations"]}
    assert starts[kept.strip()] == edited.index("Dmitry Peskov")  # moved on the next save
    assert starts[gone.strip()] == TEXT.index("Analysts")  # an orphan keeps its selectors


def test_notes_and_tags_are_searchable(run_cli: RunCli) -> None:
    """A note added from the command line is found by `note:` and `tag:` on the next search."""
    added = run_cli(
        "annotate",
        "004_ff85dbb805ef393e",
        "--quote",
        "This is impossible",
        "--note",
        "Compare with the TASS transcript",
        "--tag",
        "kremlin-line",
    )
    assert added.returncode == 0, added.stderr
    for query in ("note:transcript", "tag:kremlin-line", "notes:tass"):
        found = run_cli("search", query, "--json")
        assert found.returncode == 0, found.stderr
        assert [hit["id"] for hit in json.loads(found.stdout)] == ["004_ff85dbb805ef393e"], query
    # Deleting the note takes it out of the index on the next search.
    note_id = added.stdout.strip()
    assert run_cli("annotations", "delete", note_id).returncode == 0
    assert json.loads(run_cli("search", "note:transcript", "--json").stdout) == []


def test_each_broken_file_is_one_line_and_the_rest_is_still_listed(
    run_cli: RunCli, corpus: Path, isolated_env: Path
) -> None:
    base = ("--articles", str(corpus))
    for quote in ("Dmitry Peskov", "Wednesday", "foreign minister"):
        article = ARTICLE if quote != "foreign minister" else "quotes"
        assert run_cli(*base, "annotate", article, "--quote", quote, "--tag", "t").returncode == 0
    folder = isolated_env / "annotations"
    good = (folder / "world" / "kursk-swap.yaml").read_text().splitlines(keepends=True)
    line = next(i for i, text in enumerate(good, 1) if text == "  tags: [t]\n" and i > 20)
    broken = [*good[: line - 1], "  tags: [t\n", *good[line:]]  # a ']' lost on line `line`
    write(folder, "world/kursk-swap.yaml", "".join(broken))
    newer = write(folder, "old/gone.yaml", "version: 9\narticle: old/gone\nannotations: []\n")

    listed = run_cli(*base, "annotations", "list")
    assert listed.returncode == 2
    assert [row.split("\t")[1] for row in listed.stdout.splitlines()] == ["quotes"]
    kursk = folder / "world" / "kursk-swap.yaml"
    assert listed.stderr.splitlines() == [
        f"newsreader: {newer}:1: written by a newer newsreader (format version 9; this one "
        "reads up to 2): upgrade newsreader (skipped: its notes are not listed)",
        f"newsreader: {kursk}:{line}: did not find expected ',' or ']' "
        "(skipped: its notes are not listed)",
    ]


def test_a_file_from_a_newer_version_says_so_once(
    run_cli: RunCli, corpus: Path, isolated_env: Path
) -> None:
    newer = write(isolated_env / "annotations", f"{ARTICLE}.yaml", "version: 9\nannotations: []\n")
    refused = run_cli("--articles", str(corpus), "annotate", ARTICLE, "--quote", "Dmitry Peskov")
    assert refused.returncode == 2
    assert refused.stderr == (
        f"newsreader: {newer}:1: written by a newer newsreader (format version 9; this one "
        "reads up to 2): upgrade newsreader (the file is left as it is)\n"
    )
    checked = run_cli("--articles", str(corpus), "annotations", "repair", ARTICLE)
    assert checked.stderr.count("upgrade newsreader") == 1
    assert checked.stderr.endswith("upgrade newsreader, or rerun with --move-aside\n")
    assert newer.read_text() == "version: 9\nannotations: []\n"


def test_a_quote_claim_is_listed_with_its_own_quotation_marks(
    run_cli: RunCli, corpus: Path
) -> None:
    base = ("--articles", str(corpus))
    assert run_cli(*base, "annotate", "quotes", "--claim", "0").returncode == 0
    assert run_cli(*base, "annotate", ARTICLE, "--quote", "Dmitry Peskov").returncode == 0
    quoted = [
        row.split("\t")[5] for row in run_cli(*base, "annotations", "list").stdout.splitlines()
    ]
    assert sorted(quoted) == ['"We will never trade our territory,"', "“Dmitry Peskov”"]
    sample = "003_372ad5692174bae3"  # its claim 1 is a quote in curly quotation marks
    assert run_cli("annotate", sample, "--claim", "1").returncode == 0
    (row,) = run_cli("annotations", "list", sample).stdout.splitlines()
    assert row.split("\t")[5] == "“Either we liberate these territories by force, o…"
