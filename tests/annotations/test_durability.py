"""Real processes against real files: concurrent writers keep every note, and a writer killed
with SIGKILL at any moment leaves the old file or the new one, never a torn or empty one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotations import AnnotationStore, make_target
from annotations.durable import write_atomically
from annotations.fileformat import dumps, loads
from annotations.model import Annotation, new_id, utc_now
from tests.annotations.writer import TEXT
from tests.conftest import REPO

ARTICLE = "world/busy"


def _writer(root: Path, count: int, label: str, go: Path | None = None) -> subprocess.Popen[str]:
    args = [sys.executable, "-m", "tests.annotations.writer", str(root), ARTICLE, str(count), label]
    proc = subprocess.Popen(
        [*args, *([str(go)] if go else [])], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


@pytest.mark.slow
def test_two_processes_adding_200_each_keep_all_400(tmp_path: Path) -> None:
    root, go = tmp_path / "annotations", tmp_path / "go"
    writers = [_writer(root, 200, label, go) for label in ("A", "B")]
    go.touch()  # both start saving at the same moment
    outputs = [w.communicate(timeout=300)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    saves = [[line.split() for line in out.splitlines()] for out in outputs]
    # The two really ran at the same time: each saved while the other was saving.
    (a_first, a_last), (b_first, b_last) = [(float(s[0][1]), float(s[-1][1])) for s in saves]
    assert a_first < b_last and b_first < a_last
    notes = AnnotationStore(root).notes(ARTICLE)
    assert len(notes) == 400
    assert {n.id for n in notes} == {line[0] for s in saves for line in s}
    assert {n.note for n in notes} == {f"{label} {i}" for label in "AB" for i in range(200)}


def _prefill(root: Path, count: int) -> set[str]:
    """`count` notes written in one go, so each save the writer makes is a ~100 KB file."""
    now = utc_now()
    notes = [
        Annotation(new_id(), ARTICLE, now, now, make_target(TEXT, i, i + 30), note=f"seed {i}")
        for i in range(count)
    ]
    path = root / "world" / "busy.yaml"
    write_atomically(path, dumps(ARTICLE, notes))
    return {n.id for n in notes}


@pytest.mark.slow
def test_sigkill_during_saves_never_leaves_a_torn_or_empty_file(tmp_path: Path) -> None:
    root = tmp_path / "annotations"
    path = root / "world" / "busy.yaml"
    committed = _prefill(root, 300)
    rng = random.Random(6)
    temp_files_left = 0
    for round_ in range(14):
        writer = _writer(root, 100_000, f"K{round_}")
        assert writer.stdout is not None
        printed = [writer.stdout.readline().split()[0] for _ in range(round_ % 3)]
        time.sleep(rng.uniform(0, 0.03))  # kill at varied moments of a save
        os.kill(writer.pid, signal.SIGKILL)
        printed += [line.split()[0] for line in writer.stdout.read().splitlines()]
        writer.wait()
        assert writer.returncode == -signal.SIGKILL
        data = path.read_bytes()
        assert data.endswith(b"\n") and len(data) > 50_000
        ids = {n.id for n in loads(path, data, ARTICLE).notes}  # parses: not torn
        committed |= set(printed)
        assert committed <= ids  # every save that returned is there
        assert len(ids - committed) <= 1  # plus at most the one whose print was cut short
        committed = ids
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            loads(backup, backup.read_bytes(), ARTICLE)
        temp_files_left += len(list(path.parent.glob(".*.tmp")))
    AnnotationStore(root)  # the next start sweeps what killed writers left
    assert list(path.parent.glob(".*.tmp")) == []
    print(f"temp files left by kills mid-save: {temp_files_left}")
