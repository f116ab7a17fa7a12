"""Start-up to first paint: newsreader against a bare Textual app that shows one Static.

Each run is a fresh process in a pseudo-terminal (120x40), started the way a user starts it
(`tui.launch.main`, the `newsreader` console script). The time is from just before the
process is spawned to Textual's `Ready` event (sent once the first frame is on screen). The two
apps alternate, so both see the same machine load; the ratio of medians is the figure to read.

    .venv/bin/python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

BARE = """
import os, time
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("hello")

    def on_ready(self):
        with open(os.environ["BENCH_OUT"], "w") as fh:
            fh.write(repr(time.time()))
        self.exit()

Bare().run()
"""

OURS = """
import os, time
import tui.app

def on_ready(self):
    with open(os.environ["BENCH_OUT"], "w") as fh:
        fh.write(repr(time.time()))
    self.exit()

tui.app.NewsreaderApp.on_ready = on_ready
import sys
sys.argv = ["newsreader"]
from tui.launch import main  # what the `newsreader` console script runs
raise SystemExit(main())
"""


def run_once(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the first frame, and the CPU seconds the process used to get
    there (it exits at the first frame), for one process in a 120x40 pty."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    with tempfile.NamedTemporaryFile(delete=False) as out:
        out_path = out.name
    env = {**env, "BENCH_OUT": out_path, "TERM": "xterm-256color"}

    def drain() -> None:
        while True:
            try:
                if not os.read(master, 65536):
                    break
            except OSError:
                break

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=slave, stdout=slave, stderr=slave, env=env
    )
    os.close(slave)
    _, _, usage = os.wait4(proc.pid, 0)
    os.close(master)
    cpu = usage.ru_utime + usage.ru_stime
    try:
        ready = float(Path(out_path).read_text())
    finally:
        os.unlink(out_path)
    return ready - start, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="nr-bench-")
    env = {
        **os.environ,
        "NEWSREADER_DATA_DIR": data,
        "NEWSREADER_CONFIG": os.path.join(data, "none.toml"),
    }
    # A user's installation has compiled bytecode (pip writes it for every dependency); an
    # environment that forbids writing it would make us compile our own modules at each start
    # while Textual's are precompiled. The warm-up runs below write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        run_once(BARE, env), run_once(OURS, env)  # warm the page cache and .pyc files
        bare: list[tuple[float, float]] = []
        ours: list[tuple[float, float]] = []
        for _ in range(args.runs):
            bare.append(run_once(BARE, env))
            ours.append(run_once(OURS, env))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    print(f"runs: {args.runs} each, alternating, 120x40 pty, bundled samples, fresh data dir")
    ratios = []
    for index, what in ((0, "wall time to first frame"), (1, "CPU time to first frame")):
        mb = statistics.median(r[index] for r in bare)
        mo = statistics.median(r[index] for r in ours)
        ratios.append(mo / mb)
        print(
            f"{what:<25}: bare Textual app (one Static) {mb * 1000:6.1f} ms, "
            f"newsreader {mo * 1000:6.1f} ms, ratio {mo / mb:.2f}x"
        )
    print("target: newsreader <= 1.5x the bare app (CPU time is the steadier figure here)")


if __name__ == "__main__":
    main()
