"""Constructions found on unseen labelled text in round five, each on a short article of its own."""

from __future__ import annotations

from tests.articles.test_claims import by_text, claims


def test_a_relative_clause_whose_source_reports_on_the_thing_before_is_one_claim() -> None:
    text = (
        "The attacks set fire to a pumping station and a depot, which state media said were "
        "under control by the evening."
    )
    (claim,) = claims(text)
    assert claim.text == text
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "state media", "said")


def test_a_relative_clause_after_a_claim_of_its_own_stays_a_second_claim() -> None:
    text = "Police said two men died in the blaze, which officials said was started on purpose."
    assert [(c.speaker, c.text) for c in claims(text)] == [
        ("Police", "Police said two men died in the blaze"),
        ("officials", "officials said was started on purpose."),
    ]


def test_a_stated_feeling_is_a_stance_of_its_subject() -> None:
    text = "The mayor of Leeds, Tom Hardy, expressed disappointment at the ruling on Friday."
    claim = by_text(text, "expressed disappointment")
    assert (claim.kind, claim.speaker) == ("reported", "Tom Hardy")
    assert claims("The council expressed interest in the plan.") == []


def test_the_speaker_an_outlet_reports_speaks_rather_than_the_outlet() -> None:
    text = (
        "According to the BBC, a spokesman for the Home Office expressed disappointment and "
        "that the department intends to appeal."
    )
    claim = by_text(text, "intends to appeal")
    assert claim.speaker == "a spokesman for the Home Office"
