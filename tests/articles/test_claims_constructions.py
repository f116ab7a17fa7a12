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
    assert claims("The council took an interest in the plan.") == []


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
    text = (
        "A new survey documenting reading habits in British primary schools has revealed that "
        "a third of pupils never read at home."
    )
    assert [c.speaker for c in claims(text)] == ["a new survey"]


def test_the_author_of_a_document_before_a_participle_phrase_speaks() -> None:
    text = (
        "The results of the National Reading Survey published in the Journal of Education this "
        "week, revealed that pupils read less."
    )
    assert [c.speaker for c in claims(text)] == ["the National Reading Survey"]


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Zillow, a property website, reported that rents fell in May.", "Zillow"),
        ("Domain.com, a real estate site, reported that prices fell.", "Domain.com"),
        ("Elsewhere, a spokesman for the firm, said that prices fell.", "a spokesman for the firm"),
    ],
)
def test_a_one_word_name_opening_the_sentence_with_an_apposition_speaks(
    text: str, speaker: str
) -> None:
    assert [c.speaker for c in claims(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The charity Save the Children said that the camps were full.", "Save the Children"),
        ("Britain's Save the Children said the camps were full.", "Save the Children"),
        ("Paper maker Who Gives a Crap said on Monday it had sold out.", "Who Gives a Crap"),
        ("In Paris the Ministry said that the camps were full.", "the Ministry"),
    ],
)
def test_a_name_with_an_article_inside_is_whole(text: str, speaker: str) -> None:
    assert [c.speaker for c in claims(text)] == [speaker]


def test_plans_drafts_and_proposals_speak_like_documents() -> None:
    text = "The draft of the peace plan proposed that the region be demilitarised."
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "the peace plan", "proposed")


def test_a_reported_stance_about_a_thing_is_a_claim_of_its_holders() -> None:
    text = "The engineers were reportedly concerned about the design of the new bridge."
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "the engineers", "concerned")
    assert claims("The engineers were concerned about the design of the new bridge.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Council leader Mary Olsen in relaying the result to the chamber said, "This is a '
            'good day for the city."',
            "Mary Olsen",
        ),
        (
            "On Friday, Dutch foreign minister Piet Jansen speaking to a Brussels think tank "
            'called the deal "a mistake" and "a danger to us all".',
            "Piet Jansen",
        ),
    ],
)
def test_a_subject_before_a_participle_phrase_speaks(text: str, speaker: str) -> None:
    assert [c.speaker for c in claims(text)] == [speaker]


def test_an_object_before_a_participle_phrase_does_not_speak() -> None:
    text = "Reporters contacted the Harbour Authority of Oslo seeking to clarify the dates."
    assert claims(text) == []


def test_a_think_tank_is_no_thinking() -> None:
    text = "Greek minister Eleni Kostas spoke to the think tank about the budget in May."
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Indeed, News 12 reported, only the houses near the dam were flooded.", "News 12"),
        ("Channel 4 said that the houses near the dam were flooded.", "Channel 4"),
        ("On May 12 officials said that the houses near the dam were flooded.", "officials"),
        ("On March 3 the council said that the houses were flooded.", "the council"),
    ],
)
def test_names_ending_in_a_number_and_dates_before_a_subject(text: str, speaker: str) -> None:
    assert [c.speaker for c in claims(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Voter Kitty Mak told reporters that she was hopeful.", "Kitty Mak"),
        ("Co-author Jing-Shan Zhao said that the wings were passive.", "Jing-Shan Zhao"),
        (
            'Erwin Chemerinsky, Dean of UC Berkeley School of Law called it "a silly argument."',
            "Erwin Chemerinsky",
        ),
        ("Minister of Education Stefania Giannini said schools would open.", "Stefania Giannini"),
        ("It was a blast, stated Minister of Information Moammar al-Eryani.", "Moammar al-Eryani"),
    ],
)
def test_roles_and_bodies_are_split_from_the_name(text: str, speaker: str) -> None:
    assert [c.speaker for c in claims(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "She set the course record of 2 hours 1 minute 39 seconds in Berlin.",
        "The repair took 3 hours.",
        "It takes two days to cross the desert on foot.",
    ],
)
def test_compound_durations_and_time_taken_are_figures(text: str) -> None:
    assert [c.kind for c in claims(text)] == ["figure"]


def test_a_date_is_still_no_figure_after_took() -> None:
    assert claims("The vote took place on 3 May in the old hall.") == []


def test_all_but_a_number_is_a_count() -> None:
    assert [c.kind for c in claims("All but two of the climbers reached the summit.")] == ["figure"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police determined that the van had come from the depot.", "Police"),
        ("Local police were able to determine the van had come from the depot.", "Local police"),
        ("Investigators determined the cause of the fire was a cigarette.", "Investigators"),
    ],
)
def test_a_determination_is_a_finding(text: str, speaker: str) -> None:
    assert [(c.kind, c.speaker) for c in claims(text)] == [("reported", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The court will determine whether the law is valid.",
        "Investigators are trying to determine the cause of the fire.",
        "She was determined to win the race in the spring.",
    ],
)
def test_determining_nothing_yet_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The House passed two different articles of impeachment.",
        "Microsoft has replaced it with three newer versions.",
        "She received five precautionary shots for rabies.",
    ],
)
def test_counts_with_an_adjective_before_the_noun_are_figures(text: str) -> None:
    assert [c.kind for c in claims(text)] == ["figure"]


def test_the_same_few_things_are_a_known_set_not_a_count() -> None:
    assert claims("The study is to be run in the same four treatment centers as before.") == []


def test_an_implication_with_content_is_a_claim() -> None:
    text = "At the rally, Mayor Ann Lee implied she would make the vaccine mandatory."
    assert [(c.speaker, c.cue) for c in claims(text)] == [("Ann Lee", "implied")]
    assert claims("The new rules imply higher costs for farmers.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Britain and its allies said that the deal was dead.", "Britain and its allies"),
        ("Kyiv and its European allies accuse Moscow of stalling.", "Kyiv and its European allies"),
        (
            "The firm's Austrian partner asked for the price to be kept secret.",
            "the firm's Austrian partner",
        ),
    ],
)
def test_allies_and_partners_speak(text: str, speaker: str) -> None:
    assert [(c.kind, c.speaker) for c in claims(text)] == [("reported", speaker)]


def test_they_after_researchers_at_a_body_are_those_researchers() -> None:
    text = (
        "Researchers at the University of Leeds studied the samples. They found that the "
        "virus had mutated."
    )
    claim = by_text(text, "They found")
    assert claim.speaker == "Researchers at the University of Leeds"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Zillow released a statement: "We are sorry for the delays."', "Zillow"),
        ('Biden-Harris said: "We cannot accept that a crisis ends in death."', "Biden-Harris"),
        ("Initial reports stated the fruit was a pineapple.", "Initial reports"),
    ],
)
def test_a_lone_word_opening_the_sentence_names_the_subject_of_its_verb(
    text: str, speaker: str
) -> None:
    assert [c.speaker for c in claims(text)] == [speaker]


def test_few_is_no_name() -> None:
    assert claims("Few believed that the plan would work.") == []


def test_a_negative_finding_is_a_finding() -> None:
    text = "An investigation by FactCheck found no evidence of fraud in the county."
    assert [(c.speaker, c.cue) for c in claims(text)] == [("FactCheck", "found")]
    assert claims("He found no time to rest after the long trip.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics have long held that the tax is unfair.", "Critics"),
        (
            "State legislators supporting the law argued it was meant to prevent fraud.",
            "State legislators",
        ),
    ],
)
def test_holding_and_people_before_a_participle_phrase(text: str, speaker: str) -> None:
    assert [c.speaker for c in claims(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "They held that meeting in the old town hall.",
        "The election was held that day in the town.",
    ],
)
def test_holding_a_thing_is_no_statement(text: str) -> None:
    assert claims(text) == []


def test_two_names_each_with_a_relative_clause_speak_together() -> None:
    text = (
        "Norvik, which makes paper towels, and Solana Paper which makes tissues, said they "
        "were working around the clock."
    )
    assert [c.speaker for c in claims(text)] == ["Norvik and Solana Paper"]


def test_as_noted_in_a_document_the_document_speaks() -> None:
    text = "As noted in the report, the river had flooded the town twice."
    assert [(c.speaker, c.cue) for c in claims(text)] == [("the report", "noted")]
    text = "As noted in a statement by the council, the river had flooded the town."
    assert [c.speaker for c in claims(text)] == ["the council"]
    assert claims("As expected in the valley, the river flooded the town.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The bank handed over six years of account statements to the inquiry.",
        "The island endured two decades of drought before the wells were dug.",
        "The brothers will be eligible for release in 15 years.",
    ],
)
def test_an_amount_of_time_is_a_figure(text: str) -> None:
    found = claims(text)
    assert [(c.kind, c.speaker, c.text) for c in found] == [("figure", None, text)]


@pytest.mark.parametrize(
    "text",
    [
        "She retired at 70 years of age and moved to the coast.",
        "The first two years of the scheme went smoothly.",
        "The mayor will open the bridge in two weeks.",
    ],
)
def test_an_age_a_known_stretch_or_a_date_ahead_is_no_figure(text: str) -> None:
    assert claims(text) == []


def test_a_figure_then_a_source_after_and_a_time_are_two_claims() -> None:
    text = (
        "Of the 40,000 who voted, 62% backed the plan and on Monday the council announced "
        "the new park would open in spring."
    )
    found = claims(text)
    assert [(c.kind, c.speaker, c.text) for c in found] == [
        ("figure", None, "Of the 40,000 who voted, 62% backed the plan"),
        ("reported", "the council", "the council announced the new park would open in spring."),
    ]


def test_and_then_a_time_without_a_source_stays_one_claim() -> None:
    text = "Turnout was 62% and on Monday the count was finished by noon."
    assert [c.text for c in claims(text)] == [text]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "The club charter stipulates that the chair must stand down after five years.",
            "the club charter",
            "stipulates",
        ),
        (
            "Mayor Ida Roos proposed a curfew. Councillor Petra Alm seconded the proposal.",
            "Petra Alm",
            "seconded",
        ),
    ],
)
def test_a_rule_stipulates_and_a_backer_seconds(text: str, speaker: str, cue: str) -> None:
    last = claims(text)[-1]
    assert (last.kind, last.speaker, last.cue) == ("reported", speaker, cue)


def test_a_national_document_is_not_spoken_by_the_adjective() -> None:
    text = "The Danish constitution says the monarch must belong to the church."
    assert [(c.kind, c.speaker) for c in claims(text)] == [("reported", "the Danish constitution")]


def test_a_long_subject_before_an_auxiliary_speaks() -> None:
    text = (
        "The port reopened on Monday. Fishermen from across the northern coast have argued "
        "the new fees will ruin them."
    )
    claim = claims(text)[-1]
    assert claim.text.startswith("Fishermen from across")
    assert (claim.kind, claim.speaker, claim.cue) == (
        "reported",
        "Fishermen from across the northern coast",
        "argued",
    )


def test_an_aside_between_dashes_with_its_own_source_is_its_own_claim() -> None:
    text = (
        "Council leader Ann Dale commented on the matter — which the Gazette noted as a rare "
        'step for a leader — "This budget cannot stand as it is."'
    )
    found = claims(text)
    assert [(c.kind, c.speaker, c.text) for c in found] == [
        ("reported", "the Gazette", "the Gazette noted as a rare step for a leader"),
        ("quote", "Ann Dale", '"This budget cannot stand as it is."'),
    ]


def test_commenting_on_the_matter_says_nothing() -> None:
    assert claims("The mayor commented on the matter.") == []


def test_a_plural_noun_that_looks_like_a_speech_verb_is_no_cue() -> None:
    text = "In all, the county contests represented a total of 412 delegates."
    assert [(c.kind, c.speaker) for c in claims(text)] == [("figure", None)]
    assert [(c.kind, c.speaker) for c in claims("The mayor disputes reported figures.")] == [
        ("reported", "the mayor")
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It was reported on Sunday the ferry had run aground.", "it was reported"),
        ("The captain was reported to be in stable condition.", "was reported to be"),
    ],
)
def test_unnamed_reports_opening_or_inside_the_sentence(text: str, cue: str) -> None:
    assert [(c.kind, c.speaker, c.cue, c.text) for c in claims(text)] == [
        ("reported", "reports", cue, text)
    ]


def test_a_thing_reported_to_someone_is_no_hearsay() -> None:
    assert claims("The crash was reported to police at noon.") == []


def test_a_source_placing_a_count_in_the_hundreds_is_its_estimate() -> None:
    text = "The local paper has placed the number of evacuees in the thousands."
    assert [(c.kind, c.speaker, c.cue) for c in claims(text)] == [
        ("reported", "the local paper", "placed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The runner-up, Ana Lobo, posted a time of 2:21:05 in the rain.",
        "The bakery chain posted a record loss of 12 million euros.",
    ],
)
def test_posting_a_result_is_a_figure_not_a_post(text: str) -> None:
    assert [(c.kind, c.speaker) for c in claims(text)] == [("figure", None)]


def test_posting_words_is_still_a_statement() -> None:
    text = "Mayor Ana Lobo posted on Facebook that the bridge would reopen."
    assert [(c.kind, c.speaker) for c in claims(text)] == [("reported", "Ana Lobo")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the assembly confirmed him, but the upper house has not confirmed him.",
        "The assembly confirmed Okafor's nomination on Monday.",
    ],
)
def test_confirming_a_nominee_is_a_vote_not_a_statement(text: str) -> None:
    assert claims(text) == []


def test_confirming_a_fact_about_someone_is_a_statement() -> None:
    text = "Police confirmed him dead at the scene."
    assert [(c.kind, c.speaker, c.cue) for c in claims(text)] == [
        ("reported", "Police", "confirmed")
    ]


def test_a_sentence_that_only_attributes_the_quote_before_is_no_claim() -> None:
    text = '"Leaders, act on the floods now!" Mayor Rui Sousa told the city on Monday via Twitter.'
    assert [(c.kind, c.speaker, c.text) for c in claims(text)] == [
        ("quote", "Rui Sousa", '"Leaders, act on the floods now!"')
    ]


def test_a_sentence_after_a_quote_with_its_own_content_is_a_claim() -> None:
    text = (
        '"We will rebuild," he said. Mayor Rui Sousa told the city the dam would be ready in May.'
    )
    assert claims(text)[-1].speaker == "Rui Sousa"
    assert claims(text)[-1].kind == "reported"


def test_an_obituarys_survivors_are_no_figure() -> None:
    assert claims("The painter is survived by two daughters and a brother.") == []
    assert [c.kind for c in claims("The blast killed two daughters of the owner.")] == ["figure"]


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters fought the blaze at the depot for about an hour.",
        "The ferry line between the two islands has been closed for nearly a decade.",
    ],
)
def test_a_span_of_time_written_with_a_or_an_is_a_figure(text: str) -> None:
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.text) == ("figure", None, text)


def test_a_or_an_that_dates_something_is_no_figure() -> None:
    assert claims("The ferry sank a decade ago and the crew came ashore an hour later.") == []


def test_calling_someone_named_a_thing_is_a_verdict() -> None:
    text = "At the rally, Mayor Ana Ruiz called Governor Tom Hale an obstacle to the new port."
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue, claim.text) == (
        "reported",
        "Ana Ruiz",
        "called",
        text,
    )


def test_calling_someone_a_day_later_is_a_phone_call() -> None:
    assert claims("Ana Ruiz called Tom Hale a day after the vote.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The 1000 megawatt cable linking the two grids is to be finished next year.",
        "The new turbines add 40 MW to the island's supply.",
    ],
)
def test_power_and_energy_are_quantities(text: str) -> None:
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.text) == ("figure", None, text)


def test_a_statement_to_the_effect_is_what_its_issuer_said() -> None:
    text = (
        "Hours after the vote, the palace issued a statement to the effect the king thought "
        "the result unwise."
    )
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue, claim.text) == (
        "reported",
        "the palace",
        "issued a statement to the effect",
        text,
    )


def test_speaking_of_quoted_words_is_reported_speech() -> None:
    text = 'At the memorial, Dean Rosa Ivers spoke of Lund\'s "countless discoveries at sea."'
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue, claim.text) == (
        "reported",
        "Rosa Ivers",
        "spoke",
        text,
    )


def test_speaking_to_someone_is_no_claim() -> None:
    assert claims("Dean Rosa Ivers spoke to students at the memorial on Monday.") == []
