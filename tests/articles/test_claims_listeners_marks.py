"""The review's classes: the one spoken to is not the speaker ("said Dasbach to Wikinews", an
outlet that only interviews is nobody's "they"), quotation marks of other languages („…“ ‚…‘
«…» »…«) are quotation marks, and a number inside quoted words is no unsourced figure."""

from __future__ import annotations

import pytest

from articles.claims.marks import english_marks
from tests.articles.test_claims import by_text, claims

# --- the listener ---------------------------------------------------------------------------


def test_said_x_to_outlet_names_the_speaker_not_the_outlet() -> None:
    text = (
        "Steve Dasbach watched the rally from the front row.\n\n"
        '"Jess Mears and I witnessed the bat attack," said Dasbach to Wikinews.'
    )
    claim = by_text(text, "witnessed the bat attack")
    assert (claim.kind, claim.speaker) == ("quote", "Steve Dasbach")


def test_role_to_a_body_stays_one_title() -> None:
    claim = by_text('"The talks failed," said Ambassador to the UN Abdi Warsame.', "talks failed")
    assert claim.speaker is not None and "Abdi Warsame" in claim.speaker


def test_interviewing_outlet_is_not_the_antecedent_of_they() -> None:
    text = (
        "Wikinews caught up with planetary scientist Vlada Stamenkovic in an email interview.\n\n"
        "Stamenkovic et al studied brines on Mars. In their model, they found there can be "
        "enough oxygen for microbes throughout Mars.\n\n"
        'When asked about plans, Stamenkovic told Wikinews, "Yes, we are exploring it."\n\n'
        "Wikinews asked Stamenkovic about sponges."
    )
    claim = by_text(text, "enough oxygen for microbes")
    assert claim.speaker == "Vlada Stamenkovic"
    assert all(c.speaker != "Wikinews" for c in claims(text))


# --- quotation marks of other languages -----------------------------------------------------


@pytest.mark.parametrize(
    ("quoted", "content"),
    [
        ("„We have lost the money of the whole town“", "We have lost"),
        ("‚We have lost the money of the whole town‘", "We have lost"),
        ("«We have lost the money of the whole town»", "We have lost"),
        ("« We have lost the money of the whole town »", "We have lost"),
        ("»We have lost the money of the whole town«", "We have lost"),
    ],
)
def test_foreign_marks_quote_with_english_attribution(quoted: str, content: str) -> None:
    text = f"Peter Keller runs the fund in Basel.\n\n{quoted}, Keller said on Monday."
    claim = by_text(text, content)
    assert (claim.kind, claim.text, claim.speaker) == ("quote", quoted, "Peter Keller")


def test_german_quote_with_a_number_is_a_quote_not_a_figure() -> None:
    text = (
        "Peter Keller said the plan was a waste.\n\n"
        "„Wir haben 300 Millionen Euro verloren“, erklärte Peter Keller."
    )
    claim = by_text(text, "300 Millionen")
    assert (claim.kind, claim.text) == ("quote", "„Wir haben 300 Millionen Euro verloren“")
    assert claim.speaker == "Peter Keller"


def test_guillemet_quote_after_a_speaker_continues_him() -> None:
    text = "Dmitry Peskov said the plan was bad.\n\n«Это невозможно», — сказал Песков."
    claim = by_text(text, "Это невозможно")
    assert (claim.kind, claim.text, claim.speaker) == ("quote", "«Это невозможно»", "Dmitry Peskov")


def test_english_marks_keep_length_and_leave_apostrophes() -> None:
    text = "„Es geht um’s Geld“, sagte er. »Nein«, ‚gut‘ and «oui»."
    english = english_marks(text)
    assert len(english) == len(text)
    assert english == "“Es geht um’s Geld”, sagte er. “Nein”, ‘gut’ and “oui”."
    assert english_marks("plain “English” text") == "plain “English” text"


# --- numbers inside quotations --------------------------------------------------------------


def test_quote_opening_with_a_number_is_a_quote_not_a_figure() -> None:
    text = 'Peter Keller said the plan was bad.\n\n"300 people dead, 40 missing," Keller grumbled.'
    claim = by_text(text, "300 people dead")
    assert (claim.kind, claim.speaker) == ("quote", "Peter Keller")


def test_number_only_inside_quotation_marks_is_no_unsourced_figure() -> None:
    text = 'The town is quiet. "We have lost 300 million euros," reads a sign at the gate.'
    assert all(c.kind != "figure" for c in claims(text))
    text = "The town is quiet. A sign at the gate lists 300 names of the dead."
    assert [c.kind for c in claims(text)] == ["figure"]
