"""Claims round ten: constructions found on text nobody tuned to (bench/recall_audit.py and
bench/speakers_audit.py leads), each on a short article written for the test."""

from __future__ import annotations

import pytest

from tests.articles.test_claims import by_text, claims


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        (
            "Yesterday, Queen Elizabeth II announced she will open the new bridge. The Queen "
            "said it was a fine piece of work.",
            "fine piece",
            "Queen Elizabeth II",
        ),
        (
            "Pope Leo said the talks were a hopeful sign. Leo added that he would pray.",
            "pray",
            "Pope Leo",
        ),
        ("Pope John Paul II said the wall would fall.", "wall", "Pope John Paul II"),
        ("Prince Harry said the charity had raised enough.", "raised", "Prince Harry"),
        # a sovereign's title before several names, or a surname that is a title, is no part
        ("King Abdullah bin Faisal said oil output would rise.", "oil", "Abdullah bin Faisal"),
        ("Larry King said the show would end.", "show", "Larry King"),
    ],
)
def test_a_sovereigns_title_before_one_given_name_is_part_of_the_name(
    text: str, snippet: str, speaker: str
) -> None:
    assert by_text(text, snippet).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The ferry will not sail again," according to a tweet on Monday by Mayor Ada Quinn.',
            "Ada Quinn",
        ),
        (
            "According to a post on Facebook from the Coastguard, the ferry will not sail again.",
            "the Coastguard",
        ),
        (
            "The ferry will not sail again, according to a statement released on Friday by the "
            "Transport Ministry.",
            "the Transport Ministry",
        ),
    ],
)
def test_a_records_author_named_after_its_circumstances_speaks(text: str, speaker: str) -> None:
    (claim,) = claims(text)
    assert (claim.speaker, claim.cue) == (speaker, "according to")
    assert "will not sail" in claim.text


def test_a_document_named_with_a_demonym_of_several_words_speaks_as_itself() -> None:
    text = (
        "The governor resigned on Friday. The Puerto Rican constitution stipulates the "
        "secretary of state succeeds to the governorship."
    )
    claim = by_text(text, "succeeds")
    assert (claim.kind, claim.speaker, claim.cue) == (
        "reported",
        "the Puerto Rican constitution",
        "stipulates",
    )


def test_another_document_of_the_same_kind_is_not_the_one_that_spoke_before() -> None:
    text = (
        "The Chilean constitution says the president serves four years. The French "
        "constitution says the president serves five years. The constitution also says the "
        "vote is secret."
    )
    assert by_text(text, "five years").speaker == "the French constitution"
    assert by_text(text, "secret").speaker == "the French constitution"


def test_a_law_that_specifies_that_states_what_follows() -> None:
    text = (
        "The Harbour Act specifies that ships are inspected every year. The notice specified "
        "no date."
    )
    (claim,) = claims(text)
    assert (claim.speaker, claim.cue) == ("the Harbour Act", "specifies")
    assert claim.text.startswith("The Harbour Act specifies")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The pilot tried to land the glider about five minutes after takeoff.", True),
        ("The launch was called off less than 20 minutes before the countdown ended.", True),
        ("The blaze was out roughly an hour later.", True),
        # an exact interval or a time ago dates a thing: no quantity to weigh
        ("The crash came just ten days before the festival.", False),
        ("The mayor moved to the city about a year ago.", False),
    ],
)
def test_an_approximated_interval_before_or_after_something_is_a_figure(
    sentence: str, figure: bool
) -> None:
    text = "The airfield reopened on Monday. " + sentence
    assert [c.kind for c in claims(text)] == (["figure"] if figure else [])


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "In 2009, the Treasury labeled Omar Vance as a smuggler and froze his assets.",
            "the Treasury",
            "labeled",
        ),
        (
            "Last April, the State Department designated the Red Hand as a terrorist group.",
            "the State Department",
            "designated",
        ),
        ("Critics branded Mayor Jim Hall a liar.", "Critics", "branded"),
    ],
)
def test_labelling_someone_named_as_something_is_a_verdict(
    sentence: str, speaker: str, cue: str
) -> None:
    (claim,) = claims("The sanctions began in May. " + sentence)
    assert (claim.kind, claim.speaker, claim.cue, claim.text) == (
        "reported",
        speaker,
        cue,
        sentence,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The site was designated a park in 1990.",
        "The boxes were labelled with red tape.",
        "The designated driver took the car home.",
    ],
)
def test_a_label_or_designation_with_no_one_judging_is_no_claim(sentence: str) -> None:
    assert claims("The sanctions began in May. " + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "Mia Ortiz, director of the museum, expressed interest in further loans from the "
            "collector.",
            "expressed interest",
        ),
        ("Mia Ortiz also expressed a desire to work with the city.", "expressed a desire"),
        ("Mia Ortiz expressed doubts over the new schedule.", "expressed doubts"),
    ],
)
def test_an_expressed_wish_or_doubt_is_a_stated_stance(sentence: str, cue: str) -> None:
    (claim,) = claims("The exhibition opened on Friday. " + sentence)
    assert (claim.kind, claim.speaker, claim.cue, claim.text) == (
        "reported",
        "Mia Ortiz",
        cue,
        sentence,
    )


def test_his_statement_before_a_named_man_is_that_mans() -> None:
    text = (
        "Mayor Jim Hall said the road was shut. In his statement, Governor Tom Ruiz found the "
        "closure justified."
    )
    claim = by_text(text, "closure justified")
    assert (claim.speaker, claim.cue) == ("Tom Ruiz", "In his statement")


def test_his_statement_before_a_named_woman_is_the_man_before() -> None:
    text = (
        "Mayor Jim Hall said the road was shut. In his statement, Governor Ann Lee was found "
        "to be wrong."
    )
    assert by_text(text, "Ann Lee").speaker == "Jim Hall"
