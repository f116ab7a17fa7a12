"""Crash safety with real processes: SIGKILL during a rebuild, two writers at once."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index import open_index
from tests.conftest import NEWSREADER, WIKINEWS, RunCli
from tui.settings import resolve_settings

pytestmark = pytest.mark.slow


def _wikinews(tmp_path: Path, copies: int = 1) -> Path:
    corpus = tmp_path / "wikinews"
    for n in range(copies):
        shutil.copytree(WIKINEWS, corpus / f"part{n}")
    return corpus


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [NEWSREADER, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


def _generations(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.glob("gen-*"))


def test_sigkill_during_a_rebuild_leaves_a_searchable_index(
    tmp_path: Path, run_cli: RunCli
) -> None:
    corpus = _wikinews(tmp_path)
    assert run_cli("--articles", str(corpus), "index").returncode == 0
    index_dir = resolve_settings(articles=corpus).index_dir
    killed_mid_build = 0
    # From process start-up, through reading and adding articles, to the commit.
    for delay in (0.3, 0.9, 1.6, 2.5):
        rebuild = _start("--articles", str(corpus), "index", "--rebuild")
        time.sleep(delay)
        rebuild.send_signal(signal.SIGKILL)
        rebuild.communicate(timeout=30)
        killed_mid_build += rebuild.returncode == -signal.SIGKILL
        with open_index(index_dir, corpus) as index:  # a reader, as the app would open it
            results = index.search('police OR "prime minister"')
            assert results.total > 10 and results.hits[0].snippet
    assert killed_mid_build >= 2  # otherwise the machine is too fast for this test
    done = run_cli("--articles", str(corpus), "index")
    assert done.returncode == 0, done.stderr
    assert "indexed 303 articles (0 added, 0 updated, 0 removed)" in done.stdout
    assert len(_generations(index_dir)) == 1  # leftovers cleaned by the next writer


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_parallel_rebuild_leaves_no_worker_process_behind(tmp_path: Path) -> None:
    """Whoosh's worker processes would wait forever for a parent killed with SIGKILL."""
    corpus = _wikinews(tmp_path, copies=2)  # 606 articles: built by two worker processes
    build = _start("--articles", str(corpus), "index")
    children_file = Path(f"/proc/{build.pid}/task/{build.pid}/children")
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2 and build.poll() is None:
        workers = [int(pid) for pid in children_file.read_text().split()]
        time.sleep(0.05)
    assert len(workers) == 2, "the build never started its two workers"
    build.send_signal(signal.SIGKILL)
    build.communicate(timeout=30)

    def alive(pid: int) -> bool:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            return False
        return "\nState:\tZ" not in status  # a zombie has exited

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(map(alive, workers)):
        time.sleep(0.1)
    assert not any(map(alive, workers))


def test_two_writers_at_once_never_corrupt_the_index(tmp_path: Path, run_cli: RunCli) -> None:
    corpus = _wikinews(tmp_path)
    writers = [_start("--articles", str(corpus), "index", "--rebuild") for _ in range(2)]
    outcomes = [(w.communicate(timeout=120), w.returncode) for w in writers]
    for (out, err), code in outcomes:
        # The second one waits for the lock; on a slow machine it may give up, cleanly.
        if code == 0:
            assert "indexed 303 articles" in out
        else:
            assert code == 1 and err.count("\n") == 1
            assert "being written by another process" in err
    assert 0 in [code for _, code in outcomes]
    found = run_cli("--articles", str(corpus), "search", "police", "--json")
    assert found.returncode == 0 and '"id"' in found.stdout
    assert len(_generations(resolve_settings(articles=corpus).index_dir)) == 1


def test_searching_while_another_thread_rebuilds(tmp_path: Path) -> None:
    """The app's pattern: a worker thread updates the index while the UI thread keeps
    searching the same NewsIndex; searches answer from the previous generation meanwhile."""
    import threading

    corpus = _wikinews(tmp_path)
    index = open_index(tmp_path / "ix", corpus)
    first = index.update()
    before = index.search("police").total
    progress: list[tuple[int, int]] = []
    worker = threading.Thread(
        target=lambda: index.update(rebuild=True, progress=lambda d, t: progress.append((d, t)))
    )
    worker.start()
    answered = 0
    while worker.is_alive():
        assert index.search("police").total == before
        answered += 1
    worker.join()
    assert answered > 3 and progress[-1] == (first.total, first.total)
    assert index.search("police").total == before
    assert _generations(tmp_path / "ix") == ["gen-000002"]  # the one it left is deleted
    index.close()
