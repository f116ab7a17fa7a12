"""Shared fixtures: every test runs against temp folders, never the user's real data or config."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
WIKINEWS = DATA / "wikinews" / "articles"  # README.md beside it holds the CC BY 2.5 credit
SAMPLES = REPO / "articles" / "samples"
NEWSREADER = shutil.which("newsreader", path=str(Path(sys.executable).parent)) or "newsreader"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point data dir and config at a temp folder for in-process and subprocess tests alike."""
    data = tmp_path / "data"
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(data))
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv("NEWSREADER_ARTICLES", raising=False)
    monkeypatch.delenv("NEWSREADER_DEBUG", raising=False)
    yield data


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """An empty corpus folder to write articles into."""
    path = tmp_path / "corpus"
    path.mkdir()
    return path


@pytest.fixture
def samples_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled samples (tests must not touch the package's own files)."""
    dest = tmp_path / "samples"
    shutil.copytree(SAMPLES, dest)
    return dest


def write(root: Path, rel: str, content: str | bytes) -> Path:
    """Write an article file under `root`, creating folders as needed."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli() -> RunCli:
    """Run the installed `newsreader` command in a subprocess, as a user would."""

    def run(
        *args: str, input: str | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [NEWSREADER, *args],
            capture_output=True,
            text=True,
            input=input,
            timeout=timeout,
            env=dict(os.environ),
        )

    return run
