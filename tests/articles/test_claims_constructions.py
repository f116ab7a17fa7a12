"""Constructions found on unseen labelled text in round five, each on a short article of its own."""

from __future__ import annotations

import pytest

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


def test_a_document_before_a_participle_phrase_speaks() -> None:
    text = (
        "A new study documenting the decline of coral reefs in the Pacific has revealed that "
        "half of the reefs are dying."
    )
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "a new study", "revealed")


def test_people_from_a_body_are_the_people_not_the_body() -> None:
    text = (
        "Researchers from the University of Leeds and Durham University reported that the "
        "river had warmed."
    )
    speaker = claims(text)[0].speaker
    assert speaker == "Researchers from the University of Leeds and Durham University"
    text = "A report from the Gun Violence Archive said that shootings had risen."
    assert claims(text)[0].speaker == "the Gun Violence Archive"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Stamenković et al found that the drug eased the symptoms.", "Stamenković"),
        ("In 2019, Stamenković et al. found the drug was safe.", "Stamenković"),
        ("Anna Berg and colleagues reported that the drug was safe.", "Anna Berg"),
        (
            "The paper by Maja Stamenković appeared in May. Stamenković et al found that the "
            "drug was safe.",
            "Maja Stamenković",
        ),
    ],
)
def test_the_named_author_of_et_al_speaks(text: str, speaker: str) -> None:
    assert [c.speaker for c in claims(text)] == [speaker]
