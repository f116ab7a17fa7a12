"""Writes that survive a crash, and the lock that keeps two writers from losing each other's notes.

A file is replaced the way borg's SaveFile does it: write a temp file in the same folder,
flush and fsync it, `os.replace` it over the old one, fsync the folder. A process killed at any
point leaves the old file or the new one, never a torn one. The lock is a separate hidden
`.<name>.lock` file, since `os.replace` swaps the data file's inode away from under any lock
taken on it.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_TIMEOUT = 30.0
"""Seconds to wait for another newsreader to finish its write (a write takes milliseconds)."""

_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.tmp$")


class LockTimeoutError(Exception):
    """Another process held an annotation file's lock for longer than LOCK_TIMEOUT."""


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the cross-process lock of `path` (read-modify-write goes inside)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path(path), timeout=timeout, poll_interval=0.002)
    try:
        lock.acquire()
    except Timeout:
        raise LockTimeoutError(
            f"{path}: still locked by another process after {timeout:.0f}s"
        ) from None
    try:
        yield
    finally:
        lock.release()


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new entry in `folder` durable (a no-op where folders can't be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _make_dirs(folder: Path) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir(exist_ok=True)
        fsync_dir(new.parent)


def write_atomically(path: Path, data: bytes, backup: Path | None = None) -> None:
    """Replace `path` with `data` durably; with `backup`, the old file becomes that file.

    The backup is a hard link to the old file, made before the swap: no copying, and the old
    content stays reachable under `backup` whatever happens next.
    """
    folder = path.parent
    _make_dirs(folder)
    temp = folder / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        old_mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        old_mode = None
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        try:
            if old_mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, old_mode)  # keep a mode the user chose (chmod 600) across saves
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if backup is not None and old_mode is not None:
            _link_backup(path, backup)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(folder)


def _link_backup(path: Path, backup: Path) -> None:
    link = backup.with_name(f".{backup.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        os.link(path, link)
    except OSError:  # no hard links here (FAT, some network drives): copy instead
        link.write_bytes(path.read_bytes())
    os.replace(link, backup)


def sweep_temp_files(root: Path) -> list[Path]:
    """Remove temp files left by a killed writer; returns what was removed.

    Only files of our own naming pattern, and only when nobody holds the lock of the file they
    were meant to replace: a live writer always holds it while its temp file exists.
    """
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    for temp in root.rglob(".*.tmp"):
        match = _TEMP_NAME.match(temp.name)
        if match is None or not temp.is_file():
            continue
        # A backup's temp link is written under the lock of the file it backs up.
        target = temp.with_name(match["name"].removesuffix(".bak"))
        lock = FileLock(lock_path(target), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            continue
        try:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
                removed.append(temp)
        finally:
            lock.release()
    return removed
