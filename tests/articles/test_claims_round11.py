"""Claims round eleven: constructions seen in misses on text nobody tuned to, each on a short
article written for the test (kind, span and speaker)."""

from __future__ import annotations

import pytest

from tests.articles.test_claims import claims


@pytest.mark.parametrize(
    ("sentence", "figure", "quote", "speaker"),
    [
        (
            'The storm destroyed 300 homes, and "we have nothing left," said resident Mary Cole.',
            "The storm destroyed 300 homes",
            '"we have nothing left,"',
            "Mary Cole",
        ),
        (
            'The factory employs 2,000 workers; "we will not close it," owner Ravi Shah said.',
            "The factory employs 2,000 workers",
            '"we will not close it,"',
            "Ravi Shah",
        ),
        (
            "More than 40 people were hurt in the blast, and Mayor Ada Quinn said "
            '"this is a dark day for our city."',
            "More than 40 people were hurt in the blast",
            '"this is a dark day for our city."',
            "Ada Quinn",
        ),
    ],
)
def test_a_figure_clause_before_a_quotation_in_its_sentence_is_a_figure(
    sentence: str, figure: str, quote: str, speaker: str
) -> None:
    found = claims("The town was quiet on Sunday. " + sentence)
    assert [(c.kind, c.text, c.speaker) for c in found] == [
        ("figure", figure, None),
        ("quote", quote, speaker),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the words before the quotation are its attribution, or hold no quantity of their own
        'Mayor Ada Quinn, 54, said "this is a dark day for our city."',
        'The storm hit on Sunday, and "we have nothing left," said resident Mary Cole.',
    ],
)
def test_no_figure_clause_when_the_words_before_a_quotation_only_lead_to_it(
    sentence: str,
) -> None:
    assert [c.kind for c in claims(sentence)] == ["quote"]


@pytest.mark.parametrize(
    ("opener", "speaker"),
    [
        ("In his view, ", "Tom Reed"),
        ("From his view, ", "Tom Reed"),
        ("From his point of view, ", "Tom Reed"),
        ("In her assessment, ", "Ann Park"),
    ],
)
def test_a_view_opened_with_its_owner_pronoun_is_theirs(opener: str, speaker: str) -> None:
    sentence = opener + "the new ward is as good as any abroad."
    text = "Tom Reed is the chief surgeon and Ann Park runs the ward. " + sentence
    if speaker == "Ann Park":
        text = "Ann Park runs the ward. " + sentence
    (claim,) = claims(text)
    assert (claim.kind, claim.text, claim.speaker, claim.cue) == (
        "reported",
        sentence,
        speaker,
        opener.rstrip(", "),
    )


def test_a_view_of_no_one_named_is_no_claim() -> None:
    assert claims("From this view, the valley looks green.") == []
