"""Test helpers for the index: a small corpus of our own, a notes source, a claims detector."""

from __future__ import annotations

import re
from pathlib import Path

from articles import Claim
from index import NewsIndex, SearchResults
from tests.conftest import write

# Articles written for the tests: dates, authors, sources, tags, accents, an undated one.
NEWS = {
    "world/elysee.md": """---
title: Macron hosts budget talks at the Élysée
date: 2024-12-05
author: Jeanne Dupré
source: Le Monde
tags: [France, diplomacy]
---
President Emmanuel Macron received his ministers at the Élysée Palace on Thursday.

“We will not negotiate under pressure,” Macron said. The government plans to publish its budget.
""",
    "world/kursk.md": """---
title: Kremlin rules out a territorial swap
date: 2025-02-12
author: Jane Doe
source: Example Times
tags: [ukraine, kursk]
---
Dmitry Peskov said the Kremlin would never discuss an exchange of territory.

Negotiations stalled in February, officials said.
""",
    "sport/final.md": """---
title: Players celebrate the cup final
date: 2024-06-30
tags: [sport]
---
The players were playing in heavy rain. The government congratulated the team.
""",
    "memo.txt": "An undated memo about the budget and the government's spending plans.\n",
}


def write_news(root: Path) -> Path:
    for rel, text in NEWS.items():
        write(root, rel, text)
    return root


def ids(results: SearchResults) -> set[str]:
    return {hit.id for hit in results.hits}


def search_ids(index: NewsIndex, query: str, **kwargs: object) -> set[str]:
    return ids(index.search(query, **kwargs))  # type: ignore[arg-type]


class DictNotes:
    """A real, minimal NoteSource: notes and tags per article id, held in a dict."""

    def __init__(self) -> None:
        self.notes: dict[str, tuple[list[str], list[str]]] = {}

    def set(self, article_id: str, notes: list[str], tags: list[str]) -> None:
        self.notes[article_id] = (notes, tags)

    def notes_fingerprint(self, article_id: str) -> str:
        if article_id not in self.notes:
            return ""
        texts, tags = self.notes[article_id]
        return str(hash((tuple(texts), tuple(tags))))

    def notes_for_index(self, article_id: str) -> tuple[str, tuple[str, ...]]:
        texts, tags = self.notes.get(article_id, ([], []))
        return "\n".join(texts), tuple(tags)


_QUOTE_THEN_SPEAKER = re.compile(
    r"“([^”]+)”,? (?:([A-Z]\w+) (?:said|added)|said ([A-Z]\w+ [A-Z]\w+))"
)


def quote_detector(text: str) -> tuple[Claim, ...]:
    """A tiny real claims detector: “...,” Name said. Enough to exercise the claim fields
    while the real detector (issue 4) is built elsewhere."""
    claims = []
    for match in _QUOTE_THEN_SPEAKER.finditer(text):
        speaker = match[2] or match[3]
        start, end = match.start(1) - 1, match.end(1) + 1
        claims.append(Claim(start, end, text[start:end], "quote", speaker, "said", 0.9))
    for match in re.finditer(r"\b\d+(?:\.\d+)?%", text):
        claims.append(Claim(match.start(), match.end(), match[0], "figure", None, None, 0.9))
    return tuple(sorted(claims, key=lambda c: c.start))
