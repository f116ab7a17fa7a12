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


def test_polls_listed_in_one_sentence_are_one_figure_each() -> None:
    text = (
        "Hale drew two percent in the May 2–4 Baywatch poll, three percent in the May 5–6 "
        "Harbour & Dune Research survey, and five percent in the May 8 Coastline poll."
    )
    assert [as_tuple(c) for c in claims(text)] == [
        ("figure", "Hale drew two percent in the May 2–4 Baywatch poll", "Baywatch poll", "in"),
        (
            "figure",
            "three percent in the May 5–6 Harbour & Dune Research survey",
            "Harbour & Dune Research survey",
            "in",
        ),
        ("figure", "and five percent in the May 8 Coastline poll.", "Coastline poll", "in"),
    ]


# --- interviews --------------------------------------------------------------------------------

INTRO = (
    "Biologist Karin Holmqvist of Lund University studies eiders in Sweden. "
    "Wikinews spoke to her by email about the colony."
)


def test_a_question_turn_is_no_claim_even_with_a_figure_in_it() -> None:
    question = "((WN)) : In 2019, the colony held 4,100 nests. How many do you expect this year?"
    text = _article(
        "Reporter Tom Hale put questions to candidate Ana Ruiz.",
        question,
        "((WN)) : Which past mayors do you admire?",
        "((WN)) : What would you change first?",
    )
    assert _in(text, question) == []
    assert claims(text) == []


def test_initials_that_tag_later_answers_stand_for_the_full_name() -> None:
    text = _article(
        INTRO,
        "((WN)) How did you count the birds?",
        "((Karin Holmqvist)) We counted the nests every morning during the season.",
        "((WN)) Was it hard work?",
        "((KH)) It was hard work, but the colony is beautiful and quiet.",
    )
    assert [(c.kind, c.text, c.speaker) for c in claims(text)] == [
        ("quote", "We counted the nests every morning during the season.", "Karin Holmqvist"),
        ("quote", "It was hard work, but the colony is beautiful and quiet.", "Karin Holmqvist"),
    ]


def test_initials_alone_stand_for_the_name_the_introduction_gives() -> None:
    text = _article(
        INTRO,
        "((WN)) How did you count the birds?",
        "((KH)) We counted the nests every morning during the season.",
        "((WN)) Was it hard work?",
        "((KH)) It was hard work, but the colony is beautiful and quiet.",
    )
    assert {c.speaker for c in claims(text) if c.kind == "quote"} == {"Karin Holmqvist"}


def test_turns_tagged_with_a_colon_are_a_transcript() -> None:
    text = _article(
        INTRO,
        "WN: What first drew you to eiders?",
        "Karin Holmqvist: I worked on seabirds as a student and I never looked back.",
        "WN: What surprised you most?",
        "KH: The males were much more faithful to the nest than to their partners.",
    )
    assert [(c.kind, c.text, c.speaker) for c in claims(text)] == [
        (
            "quote",
            "I worked on seabirds as a student and I never looked back.",
            "Karin Holmqvist",
        ),
        (
            "quote",
            "The males were much more faithful to the nest than to their partners.",
            "Karin Holmqvist",
        ),
    ]


def test_colon_tags_with_nobody_asking_are_no_transcript() -> None:
    text = _article(
        "The council debated the budget on Monday.",
        "Ana Ruiz: We cannot afford another year of cuts to the libraries.",
        "Tom Hale: The libraries will stay open, and the savings come from elsewhere.",
        "Ana Ruiz: That is what you said last year as well.",
    )
    assert all(c.kind != "quote" for c in claims(text))


def test_an_answer_over_several_paragraphs_is_a_quote_per_paragraph_and_narration_is_not() -> None:
    first = "We counted the nests every morning during the season."
    second = "Then we compared the counts with the tags we had put on the birds."
    narration = "Holmqvist has worked at the colony since 2014."
    text = _article(
        INTRO,
        "((WN)) How did you count the birds?",
        f"((Karin Holmqvist)) {first}",
        second,
        narration,
        "((WN)) What comes next?",
        "((Karin Holmqvist)) We want to follow the young birds out at sea.",
    )
    assert [(c.kind, c.text, c.speaker) for c in claims(text)] == [
        ("quote", first, "Karin Holmqvist"),
        ("quote", second, "Karin Holmqvist"),
        ("quote", "We want to follow the young birds out at sea.", "Karin Holmqvist"),
    ]
    assert _in(text, narration) == []


# --- more of the round-ups ---------------------------------------------------------------------


def test_a_paragraph_whose_closing_mark_follows_a_space_is_prose() -> None:
    text = _article(
        "Mayor Ana Ruiz spoke on Monday.",
        'Ruiz agreed: "We need to rebuild the harbour first", she argued. "We need to ask the '
        'state for money. The port cannot wait any longer. "',
    )
    assert [(c.kind, c.text, c.speaker) for c in claims(text)] == [
        ("quote", '"We need to rebuild the harbour first"', "Ana Ruiz"),
        (
            "quote",
            '"We need to ask the state for money. The port cannot wait any longer. "',
            "Ana Ruiz",
        ),
    ]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Hale insulted Ruiz as unqualified.", "insulted"),
        ("Hale attacked Ruiz for the closure of the harbour.", "attacked"),
        ("Hale challenged Ruiz to name one ship that uses the port.", "challenged"),
    ],
)
def test_a_verdict_on_someone_named_is_a_reported_stance(sentence: str, cue: str) -> None:
    text = "Senator Tom Hale spoke in Porto. " + sentence
    assert [as_tuple(c) for c in claims(text)] == [("reported", sentence, "Tom Hale", cue)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels attacked the village for hours.",
        "The army attacked Porto for the third day.",
        "Hale challenged the ruling in court.",
        "Hale challenged Ruiz to a debate.",
    ],
)
def test_attacks_and_challenges_that_state_nothing_are_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "Her rivals, Hale and Okafor, shared this view.",
            "Hale and Okafor",
            "shared this view",
        ),
        ("Senator Tom Hale had the same response.", "Tom Hale", "had the same response"),
    ],
)
def test_a_stance_stated_as_another_s_is_reported(sentence: str, speaker: str, cue: str) -> None:
    text = "Mayor Ana Ruiz said the port must close. " + sentence
    assert as_tuple(claims(text)[-1]) == ("reported", sentence, speaker, cue)


def test_a_count_with_or_more_is_a_figure() -> None:
    text = "The Reef Party has not won seats in five or more towns since 1984."
    assert [as_tuple(c) for c in claims(text)] == [("figure", text, None, None)]


@pytest.mark.parametrize(
    "sentence",
    ["In addition, she chaired region six of the Reef Party.", "A phase three was planned."],
)
def test_a_number_that_names_a_unit_is_no_figure(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_platform_advocated_as_a_gerund_and_part_of_a_group_that_speaks() -> None:
    text = "Citing the cost, some Greens advocated closing the harbour to cruise ships."
    assert [as_tuple(c) for c in claims(text)] == [("reported", text, "some Greens", "advocated")]


def test_a_stance_kept_up_is_reported() -> None:
    text = "Senator Tom Hale continued his claims about the harbour fees at the rally."
    assert [as_tuple(c) for c in claims(text)] == [
        ("reported", text, "Tom Hale", "continued his claims")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "During the debate, Hale would not say whether he supported the bridge.",
        "Police declined to say if anyone was hurt.",
    ],
)
def test_refusing_to_say_whether_states_nothing(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_participle_after_a_document_by_its_author_speaks_for_the_author() -> None:
    text = "The Harbour Review published a report by Ana Ruiz, saying the pier was unsafe."
    assert [as_tuple(c) for c in claims(text)] == [("reported", text, "Ana Ruiz", "saying")]


def test_a_possessive_description_then_a_name_is_the_name() -> None:
    text = "Their coach, Tim Ford, said the team was ready for the final."
    assert [as_tuple(c) for c in claims(text)] == [("reported", text, "Tim Ford", "said")]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Later, Hale named Ruiz as his running mate.", "named"),
        ("Hale picked Governor Ana Ruiz as his running mate.", "picked"),
    ],
)
def test_someone_chosen_for_a_role_of_the_subject_is_announced(sentence: str, cue: str) -> None:
    text = "Senator Tom Hale spoke in Porto. " + sentence
    assert [as_tuple(c) for c in claims(text)] == [("reported", sentence, "Tom Hale", cue)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A man named John Smith was arrested in Porto.",
        "The ship was named Ocean Queen as its owner wished.",
        "Hale picked Ruiz up at the station.",
    ],
)
def test_named_and_picked_without_a_role_are_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_leading_clause_with_its_own_source_is_a_claim_of_its_own() -> None:
    lead = (
        "First, after CNN reporter Jo Lind questioned whether the mayor's visit to the "
        "hospital was the result of a stroke"
    )
    main = 'Ruiz alleged the media was falsely claiming she had suffered "a stroke."'
    text = "Mayor Ana Ruiz spoke on Monday. " + lead + ", " + main
    assert [as_tuple(c) for c in claims(text)] == [
        ("reported", lead, "Jo Lind", "questioned"),
        ("reported", main, "Ana Ruiz", "alleged"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "When announcing the closure on Monday, Mayor Ana Ruiz called on residents to stay home.",
        "When asked about the plan, Mayor Ana Ruiz said it was fine.",
    ],
)
def test_a_leading_clause_without_a_source_of_its_own_stays_in_the_sentence(
    sentence: str,
) -> None:
    (claim,) = claims(sentence)
    assert (claim.text, claim.speaker) == (sentence, "Ana Ruiz")
