"""Claims round twelve: constructions seen in misses on dense round-ups and interviews, each on
a short article written for the test (kind, span and speaker)."""

from __future__ import annotations

import pytest

from articles import Claim
from articles.sentences import split_sentences
from tests.articles.test_claims import claims


def as_tuple(claim: Claim) -> tuple[str, str, str | None, str | None]:
    return claim.kind, claim.text, claim.speaker, claim.cue


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def _in(text: str, paragraph: str) -> list[Claim]:
    """The claims that start inside `paragraph` of `text`."""
    start = text.index(paragraph)
    return [c for c in claims(text) if start <= c.start < start + len(paragraph)]


# --- dense round-ups ---------------------------------------------------------------------------


def test_a_sentence_glued_to_the_last_one_is_a_sentence_of_its_own() -> None:
    text = "The mayor read the memo on the harbour.Ruiz called it a forgery, aides said."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The mayor read the memo on the harbour.",
        "Ruiz called it a forgery, aides said.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He moved to St.Louis in May.",
        "The U.S.Army base closed.",
        "Details are on Politics1.com and www.example.Org today.",
    ],
)
def test_abbreviations_and_addresses_are_not_glued_sentences(text: str) -> None:
    assert split_sentences(text) == [(0, len(text))]


def test_a_second_source_joined_by_and_is_a_claim_of_its_own() -> None:
    text = (
        "Mayor Ana Ruiz spoke in Lisbon on Friday. Ruiz described the leak as a forgery and "
        "the Harbour Authority claimed it never saw the memo."
    )
    assert [as_tuple(c) for c in claims(text)] == [
        ("reported", "Ruiz described the leak as a forgery", "Ana Ruiz", "described"),
        (
            "reported",
            "the Harbour Authority claimed it never saw the memo.",
            "the Harbour Authority",
            "claimed",
        ),
    ]


def test_two_names_before_one_verb_are_one_source_not_two_clauses() -> None:
    text = "Ruiz and the Harbour Authority said the memo was a forgery."
    assert [as_tuple(c) for c in claims(text)] == [
        ("reported", text, "Ruiz and the Harbour Authority", "said")
    ]


def test_a_named_poll_is_the_source_of_its_figures() -> None:
    first = (
        "As the race entered May, Senator Tom Hale led Governor Ana Ruiz 48.5 percent to "
        "41.0 percent in the Harbor Pulse average."
    )
    second = (
        "In a Coastline Research poll at the end of May, Ruiz led Hale 47 percent to 45 percent."
    )
    text = _article(first, second)
    assert [as_tuple(c) for c in claims(text)] == [
        ("figure", first, "Harbor Pulse average", "in"),
        ("figure", second, "Coastline Research poll", "in"),
    ]


def test_a_figure_in_a_place_is_no_poll() -> None:
    text = "In the United States, 40 percent of households own a dog."
    assert [as_tuple(c) for c in claims(text)] == [("figure", text, None, None)]


def test_said_to_be_with_no_source_is_what_reports_say() -> None:
    text = "At the time, Ruiz, Hale and Okafor were said to be finalists for the nomination."
    assert [as_tuple(c) for c in claims(text)] == [("reported", text, "reports", "were said to be")]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The Harbour Party advocates lower port fees and a ban on cruise ships.", "advocates"),
        ("The Dune Party, founded in 1990, advocates in its charter for a ban.", "advocates"),
        ("The Reef Party strongly opposes the new bridge and the casino.", "opposes"),
    ],
)
def test_a_party_platform_is_its_stance(sentence: str, cue: str) -> None:
    (claim,) = claims(sentence)
    assert (claim.kind, claim.text, claim.cue) == ("reported", sentence, cue)
    assert claim.speaker is not None
    assert claim.speaker.removeprefix("the ") == sentence.split(" Party")[0][4:] + " Party"


@pytest.mark.parametrize(
    "sentence",
    [
        "Privacy advocates met the mayor on Monday.",
        "Residents opposed to the bridge gathered outside the hall.",
        "The opposing team scored late.",
        "Ruiz, a fisherman's daughter, opposed the bridge in 1990.",
    ],
)
def test_advocates_and_opposed_that_state_no_stance_are_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("Hale railed against the protesters during his rally in Porto.", "Hale", "railed"),
        (
            "Fishermen expressed dissatisfaction with the council over the new fees.",
            "Fishermen",
            "expressed dissatisfaction",
        ),
    ],
)
def test_criticism_and_discontent_are_stances(sentence: str, speaker: str, cue: str) -> None:
    assert [as_tuple(c) for c in claims(sentence)] == [("reported", sentence, speaker, cue)]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "The next day, Governor Ana Ruiz delivered a speech declaring herself the "
            '"friend of the harbour."',
            "declaring",
        ),
        ("On Monday, Governor Ana Ruiz gave an interview claiming the port was safe.", "claiming"),
    ],
)
def test_a_participle_of_saying_after_the_object_speaks_for_the_subject(
    sentence: str, cue: str
) -> None:
    assert [as_tuple(c) for c in claims(sentence)] == [("reported", sentence, "Ana Ruiz", cue)]


def test_a_time_that_opens_the_sentence_is_not_its_subject() -> None:
    text = (
        "Governor Ana Ruiz toured the port. The next day, she gave an interview claiming the "
        "port was safe."
    )
    (claim,) = claims(text)
    assert (claim.speaker, claim.cue) == ("Ana Ruiz", "claiming")
