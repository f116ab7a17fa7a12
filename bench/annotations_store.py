"""The annotation store under load: what the lock buys, and what a save costs.

Run: .venv/bin/python bench/annotations_store.py
Prints (all measured in this one run):
- N writer processes adding notes to one article at the same time, with the store's lock and
  with the lock replaced by a no-op: how many notes survive;
- the time of one save (add) on a file that already holds 400 notes, against a full YAML
  parse + dump of that file (what the item-wise cache saves).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
WRITERS, PER_WRITER = 4, 100

WRITER = """
import contextlib, sys
from pathlib import Path
import annotations.store
if sys.argv[3] == "nolock":
    annotations.store.locked = lambda path: contextlib.nullcontext()
from annotations import AnnotationStore
from tests.annotations.writer import TEXT
store = AnnotationStore(Path(sys.argv[1]))
print("ready", flush=True)
go = Path(sys.argv[2])
while not go.exists():
    pass
for i in range(int(sys.argv[4])):
    store.add("busy", TEXT, i % 500, i % 500 + 30, note=f"{sys.argv[5]} {i}")
"""


def survivors(mode: str) -> int:
    from annotations import AnnotationStore

    with tempfile.TemporaryDirectory() as tmp:
        root, go = Path(tmp) / "annotations", Path(tmp) / "go"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(root), str(go), mode, str(PER_WRITER), f"w{w}"],
                cwd=REPO,
                stdout=subprocess.PIPE,
                text=True,
            )
            for w in range(WRITERS)
        ]
        for proc in procs:  # every store is open (and has swept) before anyone writes
            assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        go.touch()
        for proc in procs:
            proc.wait()
        return len(AnnotationStore(root).notes("busy"))


def save_cost() -> None:
    from annotations import AnnotationStore
    from annotations.fileformat import _Dumper
    from tests.annotations.writer import TEXT

    with tempfile.TemporaryDirectory() as tmp:
        store = AnnotationStore(Path(tmp))
        for i in range(400):
            store.add("big", TEXT, i, i + 30, note=f"note {i}\nsecond line", tags=["a", "b"])
        path = store.path_for("big")
        runs = []
        for i in range(20):
            began = time.perf_counter()
            store.add("big", TEXT, i, i + 30, note="one more")
            runs.append(time.perf_counter() - began)
        data = path.read_text()
        began = time.perf_counter()
        doc = yaml.load(data, Loader=yaml.CSafeLoader)
        yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000)
        full = time.perf_counter() - began
        runs.sort()
        print(
            f"one save on a {len(data) // 1024} KB file of 400+ notes: median "
            f"{runs[len(runs) // 2] * 1000:.1f} ms (fsync included); a full CSafeLoader parse + "
            f"dump of that file alone: {full * 1000:.0f} ms"
        )


def main() -> None:
    total = WRITERS * PER_WRITER
    for mode in ("lock", "nolock"):
        kept = survivors(mode)
        print(f"{WRITERS} processes x {PER_WRITER} adds, {mode:>6}: {kept}/{total} notes kept")
    save_cost()


if __name__ == "__main__":
    main()
