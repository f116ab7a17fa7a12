"""Claims round eleven: constructions seen in misses on text nobody tuned to, each on a short
article written for the test (kind, span and speaker)."""

from __future__ import annotations

import pytest

from articles import Claim
from tests.articles.test_claims import by_text, claims


def as_tuple(claim: Claim) -> tuple[str, str, str | None, str | None]:
    return claim.kind, claim.text, claim.speaker, claim.cue


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
    assert as_tuple(claim) == ("reported", sentence, speaker, opener.rstrip(", "))


def test_a_view_of_no_one_named_is_no_claim() -> None:
    assert claims("From this view, the valley looks green.") == []


_TRANSCRIPT = (
    "Wikinews spoke with marine biologist Ana Ruiz about her survey of the reef.\n\n"
    "((WN)) What did the survey find?\n\n"
    "((Ana Ruiz)) We counted about 400 turtles, far fewer than ten years ago. The warm water "
    "is the main cause.\n\n"
    "It will take decades for the reef to recover, I think.\n\n"
    "((WN)) Will you go back next year?\n\n"
    "((Ana Ruiz)) Yes.\n\n"
    "((WN)) Thank you for your time.\n\n"
    "((Ana Ruiz)) Thank you. Bye.\n\n"
)


def test_an_interviewees_answers_are_quotations_of_theirs() -> None:
    found = claims(_TRANSCRIPT)
    answers = [
        "We counted about 400 turtles, far fewer than ten years ago. The warm water is the "
        "main cause.",
        "It will take decades for the reef to recover, I think.",
    ]
    assert [(c.kind, c.text, c.speaker) for c in found] == [
        ("quote", answer, "Ana Ruiz") for answer in answers
    ]


def test_an_interviewer_who_is_named_asks_and_does_not_answer() -> None:
    text = _TRANSCRIPT.replace("((WN))", "((Tom Bell))")
    assert {c.speaker for c in claims(text)} == {"Ana Ruiz"}


def test_two_interviewees_each_answer_for_themselves() -> None:
    text = (
        "((WN)) How did the project start?\n\n"
        "((Ana Ruiz)) We began in 2015 with a small grant from the city.\n\n"
        "((Li Wei)) I joined two years later, when the lab had grown to 12 people.\n\n"
        "((WN)) What comes next?\n\n"
        "((Li Wei)) We want to survey the northern reef before the summer storms.\n\n"
    )
    assert [c.speaker for c in claims(text)] == ["Ana Ruiz", "Li Wei", "Li Wei"]


def test_unmarked_answers_after_questions_are_the_interviewees_named_before() -> None:
    text = (
        "Professor Ana Ruiz led the survey of the reef. Ruiz agreed to answer some questions.\n\n"
        "((WN)) What did the survey find?\n\n"
        "AR We counted about 400 turtles, far fewer than ten years ago.\n\n"
        "((WN)) What is the main cause?\n\n"
        "AR The warm water is the main cause of the decline.\n\n"
        "((WN)) Will you go back?\n\n"
        "The survey team has 40 divers and two boats.\n\n"
    )
    found = claims(text)
    assert [(c.text, c.speaker) for c in found if c.kind == "quote"] == [
        ("We counted about 400 turtles, far fewer than ten years ago.", "Ana Ruiz"),
        ("The warm water is the main cause of the decline.", "Ana Ruiz"),
    ]
    # narration after a question, neither in the first person nor opened by initials, is not
    # an answer: its figure stays the reporter's
    assert by_text(text, "40 divers").kind == "figure"


def test_a_name_in_double_parentheses_now_and_then_is_no_transcript() -> None:
    text = (
        "((Ana Ruiz)) We counted about 400 turtles, far fewer than ten years ago.\n\n"
        "The warm water is the main cause, she said.\n\n"
    )
    assert [c.kind for c in claims(text)] == ["figure", "reported"]


@pytest.mark.parametrize(
    "subject",
    ["The coach, Tim Ford,", "The team's coach, Tim Ford,", "Lions coach Tim Ford"],
)
def test_a_quotation_after_a_sentence_about_a_named_person_is_theirs(subject: str) -> None:
    quote = '"We played well and deserved to win. The referee made mistakes."'
    text = f"The Lions lost again. {subject} was angry after the match. {quote}"
    (claim,) = claims(text)
    assert (claim.kind, claim.text, claim.speaker) == ("quote", quote, "Tim Ford")


def test_a_quotation_after_a_sentence_about_a_named_place_has_no_speaker() -> None:
    text = (
        "The Lions lost again. The capital, New Delhi, was quiet after the match. "
        '"We played well and deserved to win. The referee made mistakes."'
    )
    assert claims(text) == []


@pytest.mark.parametrize("cue", ["citing", "referencing"])
def test_a_reason_given_in_a_participle_clause_is_the_subjects(cue: str) -> None:
    sentence = f"In 2017, Senator John Hale resigned, {cue} health issues."
    (claim,) = claims("The seat fell vacant. " + sentence)
    assert as_tuple(claim) == ("reported", sentence, "John Hale", cue)


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("The investigation found that the pilot was tired.", "the investigation", "found"),
        ("An inquiry concluded that the pilot was tired.", "an inquiry", "concluded"),
        (
            "Preliminary investigations suggest a sensor fault forced the nose down.",
            "Preliminary investigations",
            "suggest",
        ),
    ],
)
def test_an_investigation_speaks_as_a_report_does(sentence: str, speaker: str, cue: str) -> None:
    (claim,) = claims("The plane crashed in October. " + sentence)
    assert as_tuple(claim) == ("reported", sentence, speaker, cue)


@pytest.mark.parametrize(
    ("sentence", "stated", "cue"),
    [
        (
            "The ministry issued a statement that two inmates had been hurt.",
            "The ministry issued a statement that two inmates had been hurt.",
            "issued a statement",
        ),
        (
            'The ministry issued a statement that two inmates had been hurt: "Both are in '
            'hospital and stable."',
            "The ministry issued a statement that two inmates had been hurt",
            "issued a statement",
        ),
        (
            "The ministry voiced concern that the prison was overcrowded: "
            '"We need more staff and more cells."',
            "The ministry voiced concern that the prison was overcrowded",
            "voiced concern",
        ),
    ],
)
def test_a_statement_that_a_body_issued_states_its_content(
    sentence: str, stated: str, cue: str
) -> None:
    found = claims("The prison was locked down on Friday. " + sentence)
    claim = found[0]
    assert as_tuple(claim) == ("reported", stated, "the ministry", cue)
    if len(found) > 1:
        assert (found[1].kind, found[1].speaker) == ("quote", "the ministry")


def test_a_statement_that_is_read_out_is_no_claim_of_its_content() -> None:
    assert claims("The palace issued a statement that was read out at noon.") == []


def test_a_name_ending_in_ing_that_opens_a_sentence_is_still_a_name() -> None:
    sentence = "Boeing released no details, telling Wikinews the company was sorry."
    (claim,) = claims("Wikinews contacted Boeing on Monday. " + sentence)
    assert as_tuple(claim) == ("reported", sentence, "Boeing", "telling")


def test_a_participle_that_opens_a_sentence_is_still_no_name() -> None:
    sentence = "Speaking on Monday, the mayor said the Speaking Club was closed."
    (claim,) = claims(sentence)
    assert (claim.speaker, claim.cue) == ("the mayor", "said")


@pytest.mark.parametrize(("which", "speaker"), [("latter", "Ann Park"), ("former", "Tom Reed")])
def test_the_latter_and_the_former_are_the_two_just_named(which: str, speaker: str) -> None:
    sentence = f"The {which} said the talks had gone well."
    (claim,) = claims("Mayor Tom Reed met Governor Ann Park on Monday. " + sentence)
    assert (claim.kind, claim.text, claim.speaker) == ("reported", sentence, speaker)


def test_the_latter_in_a_with_clause_speaks_for_the_body_named_last() -> None:
    text = (
        "Inquiries were opened by the Harbour Board and the Coastguard, with the latter "
        "confirming that the ferry had sunk."
    )
    (claim,) = claims(text)
    assert (claim.speaker, claim.cue) == ("the Coastguard", "confirming")


def test_the_former_mayor_is_a_title_not_one_of_two() -> None:
    text = "Tom Reed met Ann Park on Monday. The former mayor said the talks had gone well."
    assert claims(text)[0].speaker == "the former mayor"


def test_what_a_relative_clause_reports_makes_the_whole_sentence_a_claim() -> None:
    sentence = (
        "The return date depends on when the next mission is ready, which NASA chief Ann Ruiz "
        "has said may be in August."
    )
    (claim,) = claims("The crew docked on Sunday. " + sentence)
    assert (claim.kind, claim.text, claim.speaker) == ("reported", sentence, "Ann Ruiz")


def test_a_source_after_but_speaks_for_narration_with_no_claim_of_its_own() -> None:
    # (Round fifteen: the guide splits a sentence only between two claims with their own
    # sources; "Tom Reed left the meeting early" is none, so the claim is the sentence.)
    text = "Tom Reed left the meeting early, but Governor Ann Park said it was too costly."
    (claim,) = claims(text)
    assert (claim.text, claim.speaker) == (text, "Ann Park")


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "The ruling drew sharp criticism from Amnesty International.",
            "Amnesty International",
            "drew sharp criticism",
        ),
        (
            "The decision prompted objections from farmers opposing the dam.",
            "farmers",
            "prompted objections",
        ),
        (
            "The plan sparked condemnation from the opposition.",
            "the opposition",
            "sparked condemnation",
        ),
    ],
)
def test_a_reaction_drawn_from_someone_is_theirs(sentence: str, speaker: str, cue: str) -> None:
    (claim,) = claims("The court ruled on Monday. " + sentence)
    assert as_tuple(claim) == ("reported", sentence, speaker, cue)


def test_support_received_from_a_fund_is_no_reaction() -> None:
    assert claims("The start-up received support from the city's innovation fund.") == []


@pytest.mark.parametrize(
    "sentence",
    ["He was 86.", "Chirac, a former mayor of Paris, was 86.", "Chirac was 86 years old."],
)
def test_a_sentence_about_an_age_is_a_figure(sentence: str) -> None:
    (claim,) = claims("Jacques Chirac died on Thursday in Paris. " + sentence)
    assert (claim.kind, claim.text, claim.speaker) == ("figure", sentence, None)


def test_an_age_in_passing_is_no_figure() -> None:
    assert claims("Jacques Chirac, 86, died on Thursday in Paris.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Wikinews observed the exhibit features photographs of the singer.",
        "The big hit of the evening, Wikinews observed, was the photo booth.",
    ],
)
def test_what_the_reporting_outlet_itself_observed_is_narration(sentence: str) -> None:
    assert claims("The exhibit opened on Friday. " + sentence) == []


def test_what_someone_told_the_reporting_outlet_is_still_theirs() -> None:
    sentence = "Curator Ann Ruiz told Wikinews the exhibit features photographs of the singer."
    (claim,) = claims("The exhibit opened on Friday. " + sentence)
    assert (claim.speaker, claim.cue) == ("Ann Ruiz", "told")


def test_a_quotation_answering_the_reporters_question_about_someone_is_theirs() -> None:
    quote = '"It is Warhol. He is a legend."'
    text = f"Ann Ruiz skipped class to see the show. Why did she so badly want to go? {quote}"
    (claim,) = claims(text)
    assert (claim.kind, claim.text, claim.speaker) == ("quote", quote, "Ann Ruiz")


def test_a_quotation_after_a_question_about_no_one_has_no_speaker() -> None:
    text = 'Ann Ruiz skipped class. Why would anyone skip class? "It is Warhol. He is a legend."'
    assert claims(text) == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            '"We will rebuild," Mayor Tom Reed said; the storm destroyed 300 homes in the town.',
            "the storm destroyed 300 homes in the town.",
        ),
        (
            '"We will rebuild," Mayor Tom Reed said, and the council has set aside $4 million.',
            "the council has set aside $4 million.",
        ),
    ],
)
def test_a_figure_clause_after_a_quotations_attribution_is_a_figure(
    sentence: str, figure: str
) -> None:
    found = claims(sentence)
    assert [(c.kind, c.text, c.speaker) for c in found] == [
        ("quote", '"We will rebuild,"', "Tom Reed"),
        ("figure", figure, None),
    ]


def test_a_clause_after_a_quotation_that_says_more_is_no_figure() -> None:
    found = claims('"We will rebuild," Mayor Tom Reed said, and added that 300 homes were lost.')
    assert [c.kind for c in found] == ["quote", "reported"]


def test_a_paragraph_set_off_after_an_introduction_is_a_block_quotation() -> None:
    block = (
        "The notion that the President is immune from judicial process cuts across the grain "
        "of our constitutional precedents."
    )
    text = (
        "Judge Victor Marrero heard the case in New York.\n\n"
        f"Marrero rejected this argument:\n\n{block}\n\n"
        "The ruling was appealed on Monday.\n\n"
    )
    found = claims(text)
    assert (found[-1].kind, found[-1].text, found[-1].speaker) == (
        "quote",
        block,
        "Victor Marrero",
    )


def test_a_paragraph_after_a_colon_with_no_speaker_is_no_block_quotation() -> None:
    text = (
        "The route runs as follows:\n\n"
        "The ferry leaves the harbour at dawn and reaches the island by noon.\n\n"
    )
    assert claims(text) == []
