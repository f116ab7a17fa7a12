"""The claim model: what the index, annotations and the app know about one claim."""

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
