"""Claims round fifteen: constructions seen in misses and wrong speakers on ordinary news, each
on a short article written for the test (kind, span and speaker)."""

from __future__ import annotations

import pytest

from tests.articles.test_claims import claims, only

# --- a bulletin, an advisory or a schedule speaks for its author ----------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "The Met Office's latest bulletin said the gale would ease by dawn.",
            "the Met Office",
            "said",
        ),
        (
            "According to Northern Rail's schedule, the line reopens to passengers in May.",
            "Northern Rail",
            "according to",
        ),
        (
            "The Coast Guard's advisory warned that the ferry crossing was unsafe.",
            "the Coast Guard",
            "warned",
        ),
    ],
)
def test_a_bulletin_advisory_or_schedule_speaks_for_its_owner(
    sentence: str, speaker: str, cue: str
) -> None:
    claim = only("Storms swept the northern coast this week. " + sentence)
    assert (claim.kind, claim.text, claim.speaker, claim.cue) == (
        "reported",
        sentence,
        speaker,
        cue,
    )
