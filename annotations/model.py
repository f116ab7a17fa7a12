"""The annotation model: what a reader wrote about a span of an article, and where that span is.

It follows the W3C Web Annotation model in spirit: a *target* (the article, a text-quote selector
and a text-position selector) and a *body* (note, tags, verdict). Offsets are into
`Article.text`. Times are timezone-aware UTC, kept to the millisecond so that "newest
`modified` wins" can order two edits made in the same second.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Literal, get_args

Verdict = Literal["supported", "disputed", "false", "unverified", "needs-source"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)

AnchorStatus = Literal["exact", "moved", "fuzzy", "orphan"]

CONTEXT_CHARS = 32
"""Characters of text kept before and after a quote, to find it again after the text changed."""


def utc_now() -> dt.datetime:
    """Now, in UTC, truncated to the millisecond (what the files store)."""
    now = dt.datetime.now(dt.UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def format_time(stamp: dt.datetime) -> str:
    """ISO 8601 in UTC with milliseconds and a 'Z': sortable as text, exact to the file."""
    utc = stamp.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def new_id() -> str:
    """A random UUID4: unique across machines without coordination, so copies merge by id."""
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """The claim a note was made on, kept for display (the detector may change later)."""

    kind: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Target:
    """Where a note points: a quote with its context, and its offsets into `Article.text`."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    claim: ClaimRef | None = None


class SpanError(ValueError):
    """A span that cannot be annotated (empty, reversed, or outside the text)."""


def make_target(text: str, start: int, end: int, claim: ClaimRef | None = None) -> Target:
    """The target for `text[start:end]`, with up to 32 characters of context on each side."""
    if not 0 <= start < end <= len(text):
        raise SpanError(f"span {start}-{end} is not a non-empty span of a {len(text)}-char text")
    if not text[start:end].strip():
        raise SpanError(f"span {start}-{end} is only whitespace")
    return Target(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        claim=claim,
    )


@dataclass(frozen=True, slots=True)
class Annotation:
    """One note. A deleted note stays as a tombstone (`deleted` set) until compaction, so that
    merging an older copy of the folder cannot bring it back."""

    id: str
    article: str
    created: dt.datetime
    modified: dt.datetime
    target: Target
    note: str = ""
    tags: tuple[str, ...] = ()
    verdict: Verdict | None = None
    deleted: dt.datetime | None = None

    @property
    def is_deleted(self) -> bool:
        return self.deleted is not None

    def tombstone(self, when: dt.datetime) -> Annotation:
        """This note, deleted at `when` (content kept so a deletion can be undone by hand)."""
        return replace(self, deleted=when, modified=when)

    def to_json(self) -> dict[str, object]:
        """Plain JSON (the `--json` outputs and the json export)."""
        target = self.target
        data: dict[str, object] = {
            "id": self.id,
            "article": self.article,
            "created": format_time(self.created),
            "modified": format_time(self.modified),
            "target": {
                "start": target.start,
                "end": target.end,
                "exact": target.exact,
                "prefix": target.prefix,
                "suffix": target.suffix,
                "claim": (
                    {"kind": target.claim.kind, "speaker": target.claim.speaker}
                    if target.claim
                    else None
                ),
            },
            "note": self.note,
            "tags": list(self.tags),
            "verdict": self.verdict,
        }
        if self.deleted is not None:
            data["deleted"] = format_time(self.deleted)
        return data


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Tags stripped, empty ones dropped, duplicates removed (first spelling kept)."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = tag.strip()
        if tag and tag not in seen:
            seen[tag] = None
    return tuple(seen)


@dataclass(frozen=True, slots=True)
class Anchored:
    """An annotation placed on the article's current text.

    `status` says how it was found (`exact`: the stored offsets still hold the quote; `moved`:
    the same quote elsewhere; `fuzzy`: an approximate match; `orphan`: not found, `start` and
    `end` are None). `score` is 0..1 (1.0 for exact).
    """

    annotation: Annotation
    status: AnchorStatus
    start: int | None
    end: int | None
    score: float

    @property
    def is_orphan(self) -> bool:
        return self.status == "orphan"


@dataclass(frozen=True, slots=True)
class AnchoredList:
    """An article's live annotations on its current text, in text order, orphans apart."""

    article: str
    anchored: tuple[Anchored, ...]
    orphans: tuple[Anchored, ...]

    def __len__(self) -> int:
        return len(self.anchored) + len(self.orphans)
