"""Claims round sixteen: general constructions of ordinary news that recur in misses across
several dev sets, each on a short article written for the test (kind, span and speaker)."""

from __future__ import annotations

import pytest

from tests.articles.test_claims import claims, only


def _seen(lead: str, sentence: str) -> tuple[str, str, str | None, str | None]:
    """The one claim of `lead` + `sentence` as a reader sees it: kind, text, speaker, cue."""
    claim = only(lead + sentence)
    return claim.kind, claim.text, claim.speaker, claim.cue


_FLOOD = "Floodwater reached the old mill in Harwick on Monday. "


# --- reports as the subject: what they say, whatever the verb --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Reports named the driver on Tuesday as Harwick resident Colm Dwyer.",
        "Reports on the cause of the breach differ between a blocked culvert and a burst main.",
        "Early reports located the breach near the lower sluice.",
        "Reports later emerged that the sluice gates had been left open.",
    ],
)
def test_reports_as_the_subject_are_the_source(sentence: str) -> None:
    assert _seen(_FLOOD, sentence) == ("reported", sentence, "reports", "reports")


@pytest.mark.parametrize(
    "sentence",
    [
        "Reports will be filed by the council next week.",
        "Reports published by the council last year were withdrawn.",
        "Reporters gathered outside the mill on Tuesday.",
    ],
)
def test_reports_not_as_a_source_are_no_claim(sentence: str) -> None:
    assert claims(_FLOOD + sentence) == []


# --- "reportedly" set off by commas qualifies the whole clause -------------------------------


def test_reportedly_between_commas_reports_the_clause() -> None:
    sentence = "The culvert was, reportedly, blocked for weeks before the storm."
    assert _seen(_FLOOD, sentence) == ("reported", sentence, "reports", "reportedly")


def test_reportedly_opening_an_appositive_stays_an_aside() -> None:
    assert claims(_FLOOD + "Colm Dwyer, reportedly a miller, was at home.") == []


# --- a group's demands are its stance, the group its source ----------------------------------

_STRIKE = "Dock workers at Port Selby walked out on Friday over pay. "


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The workers' demands have grown to a pay rise and shorter shifts.",
            "the workers",
        ),
        ("The union's main demands are a pay rise and shorter shifts.", "the union"),
        ("A pay rise is one of the three demands of the strikers.", "the strikers"),
    ],
)
def test_a_groups_demands_are_its_stance(sentence: str, speaker: str) -> None:
    assert _seen(_STRIKE, sentence) == ("reported", sentence, speaker, "demands")


def test_their_demands_resolve_to_the_group_that_spoke() -> None:
    text = (
        "The Port Workers Union of Selby called a strike on Friday. "
        "Their demands include a pay rise and shorter shifts."
    )
    claim = claims(text)[-1]
    assert (claim.kind, claim.text, claim.speaker) == (
        "reported",
        "Their demands include a pay rise and shorter shifts.",
        "the Port Workers Union of Selby",
    )


@pytest.mark.parametrize(
    "sentence",
    ["The strikers' demands were met on Friday.", "Their demands were ignored by the port."],
)
def test_demands_others_dealt_with_are_no_stance(sentence: str) -> None:
    assert claims(_STRIKE + sentence) == []


def test_demands_refused_by_another_are_that_ones_act() -> None:
    claim = only(_STRIKE + "The council rejected the demands of the residents.")
    assert (claim.speaker, claim.cue) == ("the council", "rejected")


# --- a body's own database or titled advisory speaks for its numbers ------------------------

_TRAWLER = "The trawler Morning Star left Grimsby on May 3. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Watch's database listed 12 sightings of the trawler in May.",
        "Harbour Watch's vessel database had no sighting of the trawler within the last 40 days.",
    ],
)
def test_a_bodys_database_speaks_for_its_owner(sentence: str) -> None:
    assert _seen(_TRAWLER, sentence) == ("reported", sentence, "Harbour Watch", "database")


def test_a_titled_advisory_speaks_for_its_owner() -> None:
    sentence = "The Met Service's Storm Elin Advisory Number 9 put the storm 200 miles offshore."
    assert _seen("Storm Elin formed on Sunday. ", sentence) == (
        "reported",
        sentence,
        "Met Service",
        "advisory",
    )


# --- a sentence that states an age is a figure (the settled guide) ---------------------------

_OBITUARY = "The poet Ines Varga died at her home in Szeged on Sunday. "


@pytest.mark.parametrize("sentence", ["She was aged 91 years.", "She was 101 years old."])
def test_a_sentence_stating_an_age_is_a_figure(sentence: str) -> None:
    assert _seen(_OBITUARY, sentence) == ("figure", sentence, None, None)


def test_an_age_in_passing_is_no_figure() -> None:
    assert claims(_OBITUARY + "Varga, 91, was buried in Szeged on Wednesday.") == []
