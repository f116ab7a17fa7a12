"""What the index hands out and takes in: results, update counts, errors, the notes hook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

Span = tuple[int, int]


class QueryError(ValueError):
    """A query that cannot be run as typed; the message is one line a user can act on."""


class IndexLockedError(RuntimeError):
    """Another writer (a `newsreader index`, the app) held the index beyond the wait."""


class NoteSource(Protocol):
    """Where the user's notes come from (the annotations store implements it)."""

    def notes_fingerprint(self, article_id: str) -> str:
        """ "" when the article has no notes; changes whenever its notes change."""
        ...

    def notes_for_index(self, article_id: str) -> tuple[str, tuple[str, ...]]:
        """(all note texts joined, tags) of one article."""
        ...


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result. `highlights` are (start, end) offsets into `snippet`."""

    id: str
    title: str
    date: dt.date | None
    score: float
    snippet: str
    highlights: tuple[Span, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "highlights": [list(span) for span in self.highlights],
        }


@dataclass(frozen=True, slots=True)
class SearchResults:
    """The top hits, how many articles matched in all, and a respelling when none did."""

    hits: tuple[Hit, ...]
    total: int
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class UpdateStats:
    """What an update did. `rebuilt` says why the index was built from scratch, if it was."""

    added: int
    updated: int
    removed: int
    total: int
    seconds: float
    rebuilt: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt)

    def summary(self) -> str:
        return (
            f"indexed {self.total} articles ({self.added} added, {self.updated} updated, "
            f"{self.removed} removed) in {self.seconds:.1f} s"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "seconds": round(self.seconds, 3),
            "rebuilt": self.rebuilt,
            "warnings": list(self.warnings),
        }
