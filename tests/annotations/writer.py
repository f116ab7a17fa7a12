"""A separate process that adds notes to one article, for the concurrency and SIGKILL tests.

Usage: python -m tests.annotations.writer ROOT ARTICLE_ID COUNT LABEL [GO_FILE]
Prints 'ready', waits for GO_FILE to exist (if given), then adds COUNT notes, printing
'<id> <monotonic time>' once each save has returned (so the parent knows it was committed).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from annotations import AnnotationStore

TEXT = " ".join(
    f"Sentence {i} says the minister told reporters a figure of {i}%." for i in range(80)
)


def main() -> None:
    root, article_id, count, label = sys.argv[1:5]
    store = AnnotationStore(Path(root))
    print("ready", flush=True)
    if len(sys.argv) > 5:
        go = Path(sys.argv[5])
        while not go.exists():
            time.sleep(0.001)
    for i in range(int(count)):
        start = (i * 37) % (len(TEXT) - 40)
        note = store.add(article_id, TEXT, start, start + 30, note=f"{label} {i}", tags=[label])
        print(note.id, time.monotonic(), flush=True)


if __name__ == "__main__":
    main()
