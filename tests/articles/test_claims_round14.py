"""Claims round fourteen: constructions seen in misses on ordinary news and Q&A interviews, each
on a short article written for the test (kind, span and speaker)."""

from __future__ import annotations

import pytest

from tests.articles.test_claims import claims

_INTRO = "Wikinews spoke with chemist Mara Holt about her work on the river.\n\n"


def _answers(*turns: tuple[str, str]) -> list[tuple[str, str, str | None]]:
    """The claims (kind, text, speaker) of a transcript of questions and Holt's answers."""
    text = _INTRO + "".join(f"((WN)) {q}\n\n((Mara Holt)) {a}\n\n" for q, a in turns)
    return [(c.kind, c.text, c.speaker) for c in claims(text)]


_LONG = ("What did you find?", "We found far more nitrate in the water than the farms reported.")
_LONG_CLAIM = ("quote", _LONG[1], "Mara Holt")


@pytest.mark.parametrize(
    "answer",
    ["No.", "We cannot.", "Sealed bottles.", "To my knowledge, none.", "Short term: more staff."],
)
def test_a_terse_one_sentence_answer_is_the_interviewees_quotation(answer: str) -> None:
    found = _answers(_LONG, ("Can the river recover by itself?", answer))
    assert found == [_LONG_CLAIM, ("quote", answer, "Mara Holt")]


@pytest.mark.parametrize(
    "answer",
    ["Yes.", "Sure.", "No. Not really.", "Thank you. Ciao.", "Cheers."],
)
def test_an_assent_chat_or_question_back_is_no_claim(answer: str) -> None:
    assert _answers(_LONG, ("Can the river recover by itself?", answer)) == [_LONG_CLAIM]


def test_a_terse_line_of_the_reporters_own_is_no_answer() -> None:
    text = "The river runs brown after rain.\n\nNo.\n\nSealed bottles.\n\n"
    assert claims(text) == []


# --- a feeling stated on a medium, or with a second act --------------------------------------


_LEAD = "The harbour town held its annual fair on Sunday."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Many visitors expressed their anger on social media.", "Many visitors"),
        ("The council expressed sadness and sent flowers to the family.", "the council"),
        ("The mayor expressed grief at the loss of the old pier.", "the mayor"),
    ],
)
def test_a_stated_feeling_on_a_medium_or_with_a_second_act_is_reported(
    sentence: str, speaker: str
) -> None:
    found = claims(f"{_LEAD}\n\n{sentence}")
    assert [(c.kind, c.text, c.speaker) for c in found] == [("reported", sentence, speaker)]


def test_a_feeling_expressed_in_art_is_no_claim() -> None:
    assert claims(f"{_LEAD}\n\nThe painting expressed sadness.") == []


# --- research as a source ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The likely cause of the flooding was the new dam, the research reported.",
        "The research found that the river carries twice the silt it did.",
    ],
)
def test_research_that_reports_or_finds_is_a_source(sentence: str) -> None:
    found = claims(f"{_LEAD}\n\n{sentence}")
    assert [(c.kind, c.text, c.speaker) for c in found] == [("reported", sentence, "the research")]


def test_research_that_only_happens_is_no_source() -> None:
    assert claims(f"{_LEAD}\n\nThe research began in the spring.") == []


# --- credit given ------------------------------------------------------------------------------


def test_crediting_someone_with_a_deed_is_reported() -> None:
    sentence = "The agency also credited Ana Ruiz with saving the old pier."
    found = claims(f"{_LEAD}\n\n{sentence}")
    assert [(c.kind, c.text, c.speaker, c.cue) for c in found] == [
        ("reported", sentence, "the agency", "credited")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The film credits list him as producer.", "He is credited as a co-writer of the song."],
)
def test_credits_of_a_work_are_no_claim(sentence: str) -> None:
    assert claims(f"{_LEAD}\n\n{sentence}") == []
