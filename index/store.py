"""The index folder on disk: generations, the CURRENT pointer, the writer lock, reader pins.

```
<index_dir>/
  CURRENT         {"generation": "gen-000004", "schema": 1}, replaced atomically
  write.lock      held by the one process writing (an update or a rebuild)
  gen-000004/     a complete Whoosh index (segments written with compound=False)
    readers.pin   shared-locked by every process reading this generation
```

A full rebuild writes a new generation beside the current one and then swaps CURRENT with
os.replace, so a reader, or a rebuild killed at any moment, never sees a half-built index.
Old generations are deleted only once no reader pins them, so a searcher opened before the
swap keeps answering. Incremental updates commit into the current generation (Whoosh writes
its table of contents last, so a killed commit leaves the previous one readable).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import filelock

from index.model import IndexLockedError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no pins; deleting an open folder fails there
    fcntl = None  # type: ignore[assignment]

POINTER = "CURRENT"
WRITE_LOCK = "write.lock"
PIN = "readers.pin"
_GENERATION = re.compile(r"gen-(\d{6,})")


class BrokenPointerError(Exception):
    """CURRENT exists but cannot be read (the index is rebuilt, never patched up)."""


@dataclass(frozen=True, slots=True)
class Pointer:
    generation: str
    schema: int
    claims: str = ""  # the claims detector's version (articles.detector_version) it holds


def read_pointer(index_dir: Path) -> Pointer | None:
    """The current generation, or None if the index was never built."""
    try:
        raw = (index_dir / POINTER).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw)
        pointer = Pointer(str(data["generation"]), int(data["schema"]), str(data.get("claims", "")))
    except (ValueError, KeyError, TypeError) as exc:
        raise BrokenPointerError(f"{index_dir / POINTER} is unreadable ({exc})") from None
    if not _GENERATION.fullmatch(pointer.generation):
        raise BrokenPointerError(f"{index_dir / POINTER} names no generation")
    return pointer


def write_pointer(index_dir: Path, pointer: Pointer) -> None:
    """Point CURRENT at a finished generation: write beside, fsync, replace, fsync the folder."""
    tmp = index_dir / f"{POINTER}.tmp"
    data = json.dumps(
        {"generation": pointer.generation, "schema": pointer.schema, "claims": pointer.claims}
    )
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(data + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / POINTER)
    _fsync_dir(index_dir)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def generations(index_dir: Path) -> list[Path]:
    if not index_dir.is_dir():
        return []
    found = [p for p in index_dir.iterdir() if _GENERATION.fullmatch(p.name) and p.is_dir()]
    return sorted(found, key=lambda p: int(p.name[4:]))


def new_generation(index_dir: Path) -> Path:
    """A fresh, empty generation folder numbered after every existing one."""
    existing = generations(index_dir)
    number = int(existing[-1].name[4:]) + 1 if existing else 1
    path = index_dir / f"gen-{number:06d}"
    path.mkdir(parents=True)
    (path / PIN).touch()
    return path


@contextlib.contextmanager
def write_lock(index_dir: Path, timeout: float) -> Iterator[None]:
    """The one-writer lock (an OS file lock: a writer killed with SIGKILL releases it)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(index_dir / WRITE_LOCK), timeout=timeout)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise IndexLockedError(
            f"index {index_dir} is being written by another process "
            f"(waited {timeout:g} s); try again when it is done"
        ) from None
    try:
        yield
    finally:
        lock.release()


class Pin:
    """A shared lock on one generation: while held, no writer deletes that generation."""

    def __init__(self, generation_dir: Path) -> None:
        self._file: IO[bytes] | None = open(generation_dir / PIN, "ab")  # noqa: SIM115
        if fcntl is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_SH)

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None


def remove_unused_generations(index_dir: Path, current: str | None) -> None:
    """Delete generations that are not current and that no reader pins (call under the
    write lock, so a generation being built is never mistaken for a leftover)."""
    for path in generations(index_dir):
        if path.name == current:
            continue
        if fcntl is not None and (path / PIN).exists():
            with open(path / PIN, "ab") as fh:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    continue  # a reader still uses it: the next update tries again
                shutil.rmtree(path, ignore_errors=True)
        else:
            shutil.rmtree(path, ignore_errors=True)
