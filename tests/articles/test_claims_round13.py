"""Claims round thirteen: constructions seen in misses on ordinary news, each on a short article
written for the test (kind, span and speaker)."""

from __future__ import annotations

import pytest

from articles import Claim
from tests.articles.test_claims import claims

_LEAD = "The harbour town held its annual fair on Sunday."


def _after_lead(sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    """The claims (kind, text, speaker, cue) in `sentence` placed after a scene-setting
    paragraph with no claim."""
    text = f"{_LEAD}\n\n{sentence}"
    found: list[Claim] = claims(text)
    assert all(c.start > len(_LEAD) for c in found)  # the lead itself is no claim
    return [(c.kind, c.text, c.speaker, c.cue) for c in found]


def _figure(sentence: str) -> list[tuple[str, str, None, None]]:
    """The whole sentence as one unsourced figure."""
    return [("figure", sentence, None, None)]


# --- counts in words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A gunman opened fire at the fairground, killing four.",
        "The lorry struck the crowd and injured two.",
        "The blast at the depot wounded three, and one later died.",
    ],
)
def test_a_count_of_victims_after_the_harm_is_a_figure(sentence: str) -> None:
    assert _after_lead(sentence) == _figure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The town began a seven day mourning period.",
        "Residents were given a 30 day deadline to leave.",
    ],
)
def test_a_span_used_as_a_compound_without_a_hyphen_is_a_figure(sentence: str) -> None:
    assert _after_lead(sentence) == _figure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A five year old boy won the raffle.",
        "The runner tried to break the two hour barrier.",
        "Two day later the stalls were gone.",
    ],
)
def test_an_age_or_a_named_threshold_is_no_span_compound(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The parliament has only impeached two other Presidents.",
        "Two Liberal Senators voted against the budget.",
        "The visitors ended the match with three yellow cards.",
    ],
)
def test_a_count_of_capitalised_or_coloured_things_is_a_figure(sentence: str) -> None:
    assert _after_lead(sentence) == _figure(sentence)


def test_people_counted_then_introduced_by_name_are_no_figure() -> None:
    sentence = "Three Liberal Senators, Ann Roe and Bo Lee and Cy Dunn, met the mayor."
    assert _after_lead(sentence) == []


# --- evidence as a source ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("An autopsy determined the horse was poisoned.", "an autopsy", "determined"),
        ("A post-mortem showed that the diver had drowned.", "a post-mortem", "showed"),
        (
            "Photographs showed the ferry, listing badly, with its ramp ripped away.",
            "Photographs",
            "showed",
        ),
        ("Images showed the runway was cratered.", "Images", "showed"),
    ],
)
def test_an_autopsy_or_pictures_showing_a_thing_are_a_source(
    sentence: str, speaker: str, cue: str
) -> None:
    assert _after_lead(sentence) == [("reported", sentence, speaker, cue)]


def test_pictures_of_a_thing_with_no_finding_are_no_claim() -> None:
    assert _after_lead("The photos show the new bridge at dusk.") == []
    assert _after_lead("The autopsy was carried out on Monday.") == []


# --- hearsay after the subject's appositive ----------------------------------------------------


def test_reportedly_after_the_subjects_appositive_is_the_sentences_hearsay() -> None:
    sentence = "Ana Ruiz, the harbour master, reportedly agreed to close the pier in May."
    assert _after_lead(sentence) == [("reported", sentence, "reports", "reportedly")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz, reportedly a sailor, opened the fair.",
        "Ana Ruiz, the harbour master, reportedly a sailor, opened the fair.",
    ],
)
def test_reportedly_in_an_aside_that_names_what_someone_is_is_no_claim(sentence: str) -> None:
    assert _after_lead(sentence) == []


# --- describing ---------------------------------------------------------------------------------


def test_described_as_an_aside_attributes_its_sentence() -> None:
    sentence = "The fire started, the Harbour Police described, in the engine room of the ferry."
    assert _after_lead(sentence) == [("reported", sentence, "the Harbour Police", "described")]


def test_described_with_quoted_words_of_their_own_is_reported() -> None:
    sentence = 'A witness, Tom Hale, described thick smoke and "unbearable" noise.'
    assert _after_lead(sentence) == [("reported", sentence, "Tom Hale", "described")]


@pytest.mark.parametrize(
    "sentence",
    ["The guide describes the history of the harbour.", "He described the pier, then left."],
)
def test_described_with_a_plain_object_is_no_claim(sentence: str) -> None:
    assert _after_lead(sentence) == []
