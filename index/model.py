"""What the index hands out and takes in: results, update counts, errors, the notes hook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from articles.across.variants import DiffSegment

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


# --- across articles: speakers, their claims, related claims -------------------------------


class ClaimNotFoundError(LookupError):
    """No such article in the index, or no claim at that position; one line for a user."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "claim not found"


class UnknownSpeakerError(LookupError):
    """No speaker of the corpus goes by that name; `suggestions` are close names."""

    def __init__(self, name: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(name, suggestions)
        self.name = name
        self.suggestions = suggestions

    def __str__(self) -> str:
        hint = f" (did you mean: {', '.join(self.suggestions)}?)" if self.suggestions else ""
        return f"no speaker '{self.name}' in the corpus{hint}"


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """One person or body across the corpus: the name shown, the other names it goes by
    (spellings seen in the articles and the alias table's), and its counts."""

    name: str
    aliases: tuple[str, ...]
    claims: int
    articles: int

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "claims": self.claims,
            "articles": self.articles,
        }


@dataclass(frozen=True, slots=True)
class ClaimAt:
    """Claim `claim` (its position in `claims` order) of article `id`, at `start:end` of
    the article's text, with what a list of claims shows of it."""

    id: str
    claim: int
    title: str
    date: dt.date | None
    text: str
    kind: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "claim": self.claim,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "text": self.text,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class SpeakerClaim(ClaimAt):
    """A claim of one speaker; `speaker` as that article wrote it."""

    speaker: str

    def to_json(self) -> dict[str, Any]:
        return {**ClaimAt.to_json(self), "speaker": self.speaker}


@dataclass(frozen=True, slots=True)
class RelatedClaim(ClaimAt):
    """A claim of another article that reports the same statement or bears on the same
    fact. `score` in [0, 1], higher is closer. `speaker` is the canonical name (or the
    article's description of an unnamed source). `variant`: the same speaker's quote, in
    near-identical words; `diff` then says what this one changed, word by word."""

    speaker: str | None
    score: float
    variant: bool
    diff: tuple[DiffSegment, ...] | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "claim": self.claim,
            "text": self.text,
            "speaker": self.speaker,
            "score": round(self.score, 3),
            "variant": self.variant,
            "diff": [d.to_json() for d in self.diff] if self.diff is not None else None,
        }
