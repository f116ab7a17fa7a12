"""A separate process that adds notes to one article, for the concurrency and SIGKILL tests.

Usage: python -m tests.annotations.writer ROOT ARTICLE_ID COUNT LABEL
Prints each new note's id once its save has returned (so the parent knows it was committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations import AnnotationStore

TEXT = " ".join(
    f"Sentence {i} says the minister told reporters a figure of {i}%." for i in range(80)
)


def main() -> None:
    root, article_id, count, label = sys.argv[1:5]
    store = AnnotationStore(Path(root))
    for i in range(int(count)):
        start = (i * 37) % (len(TEXT) - 40)
        note = store.add(article_id, TEXT, start, start + 30, note=f"{label} {i}", tags=[label])
        print(note.id, flush=True)


if __name__ == "__main__":
    main()
