"""Claims: the quotes, reported statements and figures a critical reader needs to weigh.

CONTRACT ONLY: the detector lands with the claims issue. Everything downstream (index,
annotations, app) codes against `Claim` and `detect_claims` as declared here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ClaimKind = Literal["quote", "reported", "figure"]
CLAIM_KINDS: tuple[ClaimKind, ...] = ("quote", "reported", "figure")


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim; `text == article_text[start:end]`."""

    start: int
    end: int
    text: str
    kind: ClaimKind
    speaker: str | None
    cue: str | None
    confidence: float

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "cue": self.cue,
            "confidence": round(self.confidence, 3),
        }


def detect_claims(text: str) -> tuple[Claim, ...]:
    """The claims of an article's cleaned `text`, in text order. (Placeholder: none yet.)"""
    return ()
