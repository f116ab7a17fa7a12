"""Round seven: unnamed and collective sources, verbs other than "said", attributions far from
their quotes, each on a short article of its own."""

from __future__ import annotations

import pytest

from tests.articles.test_claims import claims


def sole_reported(text: str) -> tuple[str | None, str | None]:
    """The speaker and cue of the one claim of `text`, a reported claim spanning all of it."""
    (claim,) = claims(text)
    assert (claim.text, claim.kind) == (text, "reported")
    return claim.speaker, claim.cue


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sources close to the prime minister said he was weighing an early election.",
            "Sources close to the prime minister",
        ),
        (
            "A person familiar with the negotiations said a deal could come within days.",
            "a person familiar with the negotiations",
        ),
        (
            "Officials with knowledge of the inquiry have also said the pilot was not to blame.",
            "Officials with knowledge of the inquiry",
        ),
        (
            "A senior army officer who asked not to be named said 30 soldiers had deserted.",
            "a senior army officer",
        ),
        (
            "Two diplomats speaking on condition of anonymity said the talks had stalled.",
            "Two diplomats",
        ),
    ],
)
def test_an_unnamed_source_with_words_on_how_it_knows_speaks(text: str, speaker: str) -> None:
    assert sole_reported(text) == (speaker, "said")


def test_a_thing_close_to_something_is_no_source() -> None:
    text = "The bridge close to the station was closed after engineers found cracks."
    assert [c.kind for c in claims(text)] == []


def test_a_watchdog_named_watch_speaks_under_its_whole_name() -> None:
    text = "Forest Rights Watch said that 40 villages had lost their land to the dam."
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("reported", "Forest Rights Watch")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The health ministry put the number of dead at 61.", "the health ministry", "put"),
        (
            "Marta Lind, the museum's director, placed the value of the stolen vase in the "
            "range of two to three million euros.",
            "Marta Lind",
            "placed",
        ),
        ("Insurers have pegged the cost of the floods at about $2 billion.", "Insurers", "pegged"),
    ],
)
def test_a_source_putting_a_quantity_at_a_figure_is_its_estimate(
    text: str, speaker: str, cue: str
) -> None:
    assert sole_reported(text) == (speaker, cue)


def test_an_estimate_and_a_second_source_after_while_are_two_claims() -> None:
    text = "Police put the crowd at 8,000, while organisers said 50,000 people had marched."
    assert [(c.text, c.speaker) for c in claims(text)] == [
        ("Police put the crowd at 8,000", "Police"),
        ("organisers said 50,000 people had marched.", "organisers"),
    ]


def test_putting_a_thing_somewhere_at_a_time_is_no_estimate() -> None:
    assert claims("He put the parcel on the table at 9 pm.") == []


def test_he_or_she_with_no_speaker_before_is_the_person_just_named() -> None:
    text = (
        "The march was led by the union organiser Anna Holm.\n\n"
        "She said the strike would go on until the mine reopened."
    )
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("reported", "Anna Holm")
    text = (
        "The march passed the homes of Tom Reed and Anna Holm.\n\n"
        "He said the police had come too late."
    )
    assert [c.speaker for c in claims(text)] == ["Tom Reed"]


def test_two_people_of_the_same_gender_just_named_leave_he_unresolved() -> None:
    text = "The march passed the homes of Tom Reed and Carl Berg.\n\nHe said the police were late."
    assert [c.speaker for c in claims(text)] == ["He"]


@pytest.mark.parametrize("who", ["one rescuer", "a firefighter", "one villager", "a mourner"])
def test_people_of_disasters_and_funerals_speak_after_their_quote(who: str) -> None:
    text = f'Crews searched the rubble overnight. "We can hear voices," {who} told reporters.'
    (claim,) = claims(text)
    assert (claim.text, claim.kind, claim.speaker) == ('"We can hear voices,"', "quote", who)


def test_unnamed_officials_are_not_each_other() -> None:
    text = (
        "The army chief warned of a crackdown if the marches went on.\n\n"
        "The prime minister said talks would resume on Monday. The opposition leader said the "
        "talks were a sham."
    )
    assert [c.speaker for c in claims(text)] == [
        "the army chief",
        "the prime minister",
        "the opposition leader",
    ]


def test_a_description_naming_a_body_is_not_a_person_of_another() -> None:
    text = (
        "President Elena Moss said the vote would go ahead.\n\n"
        "The opposition leader said the count could not be trusted."
    )
    assert [c.speaker for c in claims(text)] == ["Elena Moss", "the opposition leader"]


def test_a_short_description_stands_for_a_body_only_once_it_is_named() -> None:
    text = (
        "The union pledged to stay on strike until wages rise.\n\n"
        "The European Union said it was watching the dispute closely."
    )
    assert [c.speaker for c in claims(text)] == ["the union", "the European Union"]


def test_so_far_between_a_source_and_its_verb() -> None:
    text = "Authorities have so far confirmed 17 deaths."
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "Authorities", "confirmed")


def test_a_source_speaking_in_a_with_clause_is_the_sentences_source() -> None:
    text = "Schools stayed shut on Friday, with officials saying the roads were too dangerous."
    (claim,) = claims(text)
    assert (claim.text, claim.kind, claim.speaker, claim.cue) == (
        text,
        "reported",
        "officials",
        "saying",
    )
    assert claims("He left the town with friends visiting from abroad.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Old friends remembered him as a patient and funny teacher.", "Old friends", "remembered"),
        ("Relief groups appealed for blankets and clean water.", "Relief groups", "appealed"),
        ("The governor appealed to drivers to stay off the roads.", "the governor", "appealed"),
        ("Pupils protested that the test had been leaked.", "Pupils", "protested"),
        ("Critics charged that the new law was unconstitutional.", "Critics", "charged"),
        ("The minister ruled out an early election.", "the minister", "ruled"),
        ("The general swore to hand power back within a year.", "the general", "swore"),
        ("Farmers reckon the harvest will be the worst in decades.", "Farmers", "reckon"),
        ("Tenants objected to the rent rise.", "Tenants", "objected"),
    ],
)
def test_verbs_of_appeal_protest_and_memory_report_a_stance(
    text: str, speaker: str, cue: str
) -> None:
    assert sole_reported(text) == (speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "He remembered the day the war ended.",
        "The company appealed the ruling.",
        "He was charged with murder.",
        "Crowds protested outside the embassy.",
    ],
)
def test_the_same_verbs_without_words_of_their_own_are_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_quotation_after_a_sentence_about_a_person_is_theirs() -> None:
    text = (
        "Karl Weiss, who runs the fire brigade, described the scene to reporters on Monday.\n\n"
        '"It was chaos. People were jumping from the windows."'
    )
    (claim,) = claims(text)
    assert (claim.text, claim.kind, claim.speaker) == (
        '"It was chaos. People were jumping from the windows."',
        "quote",
        "Karl Weiss",
    )


def test_a_source_set_off_by_commas_far_after_its_quotation_speaks() -> None:
    text = (
        'Ana Ruiz leads the movement. "We will not go home until the law is gone," Ruiz, who '
        "has led the marches since March and was held by police last week on charges her "
        "lawyers call absurd, told the crowd."
    )
    quote = next(c for c in claims(text) if c.kind == "quote")
    assert (quote.text, quote.speaker, quote.cue) == (
        '"We will not go home until the law is gone,"',
        "Ana Ruiz",
        "told",
    )
    assert [c.kind for c in claims(text)] == ["quote"]  # the words set off are attribution


def test_an_unnamed_official_speaking_on_condition_of_anonymity_after_a_quotation() -> None:
    text = (
        'Mayor Ben Cole spoke first. "Nobody will be punished," a senior official in the '
        "ruling party, speaking on condition of anonymity because he was not allowed to talk "
        "to the media, told Reuters."
    )
    quote = next(c for c in claims(text) if c.kind == "quote")
    assert (quote.speaker, quote.cue) == ("a senior official in the ruling party", "told")


@pytest.mark.parametrize(
    "text",
    [
        "The blaze reportedly started in a kitchen on the ground floor.",
        "Reportedly, the minister had been warned about the dam in May.",
        "On Sunday, it was reported the singer was in hospital.",
    ],
)
def test_what_reports_say_unnamed_is_reported_by_reports(text: str) -> None:
    (claim,) = claims(text)
    assert (claim.text, claim.kind, claim.speaker) == (text, "reported", "reports")


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz, who reportedly works at the market, helped carry the injured.",
        "The drummer — who was reportedly nicknamed Red — began playing in his teens.",
        'A banner with the words "reportedly lost" hung over the door.',
    ],
)
def test_hearsay_in_an_aside_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "In the analysis of the Baltic Energy Institute, the costs make the line unrealistic.",
            "the Baltic Energy Institute",
            "in the analysis of",
        ),
        (
            "In the view of most economists, the plan will fail.",
            "most economists",
            "in the view of",
        ),
        (
            "According to a night watchman, the fire alarm never sounded.",
            "a night watchman",
            "according to",
        ),
    ],
)
def test_phrases_that_name_a_source_after_them(text: str, speaker: str, cue: str) -> None:
    assert sole_reported(text) == (speaker, cue)


def test_a_court_clerk_speaks() -> None:
    text = "A court clerk said the hearing would resume on Monday."
    assert [c.speaker for c in claims(text)] == ["a court clerk"]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The governor endorsed her former rival, Tom Hale.", "the governor", "endorsed"),
        ("The premier reasserted his support for the dam.", "the premier", "reasserted"),
        ("The mayor thanked rescue crews for their courage.", "the mayor", "thanked"),
        ("Critics lambasted the decision as reckless.", "Critics", "lambasted"),
        ("The minister envisaged a deal within a year.", "the minister", "envisaged"),
        ("The driver confessed to causing the crash.", "the driver", "confessed"),
    ],
)
def test_verbs_of_political_stance(text: str, speaker: str, cue: str) -> None:
    assert sole_reported(text) == (speaker, cue)


@pytest.mark.parametrize(
    "text", ["Thanks to the rain, the fire was out by noon.", "The endorsed candidate lost."]
)
def test_the_same_words_as_nouns_or_adjectives_are_no_claim(text: str) -> None:
    assert claims(text) == []


def test_according_to_closing_a_clause_names_its_source_and_the_next_clause_has_its_own() -> None:
    text = (
        "The mayor has admitted to hiding the report, according to prosecutors, but the city "
        "council maintains a policy of never commenting on trials."
    )
    assert [(c.speaker, c.cue) for c in claims(text)] == [
        ("prosecutors", "according to"),
        ("the city council", "maintains"),
    ]


def test_an_outlet_after_according_to_only_relays_the_speaker() -> None:
    text = "The mayor admitted he had hidden the report, according to the Valley News."
    assert [c.speaker for c in claims(text)] == ["the mayor"]


def test_a_verdict_is_reported_by_the_jury_or_the_court_named_as_giving_it() -> None:
    text = "After a jury trial in Lyon, two guards were found guilty of theft on Monday."
    assert [(c.kind, c.speaker, c.cue) for c in claims(text)] == [
        ("reported", "the jury", "found guilty")
    ]
    text = "The banker was acquitted of all charges by a court in Leeds."
    assert [c.speaker for c in claims(text)] == ["a court"]


def test_guilt_without_a_verdict_or_its_giver_is_no_claim() -> None:
    assert claims("He felt guilty about leaving his dog behind.") == []
    assert claims("The two guards were found guilty in court.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The union considers the new contract to be an insult.", "the union", "considers"),
        ("Most economists consider it a mistake.", "Most economists", "consider"),
    ],
)
def test_considering_something_to_be_something_is_a_stance(
    text: str, speaker: str, cue: str
) -> None:
    assert sole_reported(text) == (speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The council will consider the bill next week.",
        "He is considered one of the finest drummers of his time.",
        "Cows are considered sacred by many in the valley.",
    ],
)
def test_weighing_a_thing_or_common_regard_is_no_stance(text: str) -> None:
    assert claims(text) == []


def test_a_court_staying_an_order_is_its_decision_named_with_its_ordinal() -> None:
    text = (
        "The lawyers appealed to the Second Circuit Court of Appeals. Judge Anna Berg heard "
        "the case on Monday.\n\n"
        "The appeals court issued a stay, delaying the order until it could review the case."
    )
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue) == (
        "reported",
        "the Second Circuit Court of Appeals",
        "issued a stay",
    )


def test_a_verdict_in_a_clause_of_background_is_no_claim() -> None:
    text = "The office began its inquiry after the mayor was convicted of fraud."
    assert claims(text) == []


def test_people_on_a_medium_speak() -> None:
    text = "Activists on social media claimed that dozens had been killed."
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("reported", "Activists on social media")


def test_figures_released_by_a_body_are_its_words() -> None:
    text = "According to figures released by the health ministry, 40 people were wounded."
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("reported", "the health ministry")


def test_a_relative_named_after_a_description_speaks_after_a_quotation() -> None:
    text = (
        "The jazz pianist Leo Hart died on Sunday.\n\n"
        '"He played until the very end," his daughter, Mia Hart, told CNN.'
    )
    quote = next(c for c in claims(text) if c.kind == "quote")
    assert (quote.text, quote.speaker, quote.cue) == (
        '"He played until the very end,"',
        "Mia Hart",
        "told",
    )


def test_a_capital_that_accuses_another_is_no_person_for_a_later_president() -> None:
    text = (
        "Washington accused Tehran of supplying the drones. Tehran insists its programme is "
        "peaceful.\n\n"
        "Addressing supporters, the president vowed to crush the rebellion."
    )
    assert [c.speaker for c in claims(text)] == ["Washington", "Tehran", "the president"]


def test_a_city_ending_in_ing_opening_a_sentence_speaks() -> None:
    text = "Beijing has repeatedly rejected the accusations."
    assert [(c.speaker, c.cue) for c in claims(text)] == [("Beijing", "rejected")]


def test_the_organisers_of_a_march_speak() -> None:
    text = "The organisers of the march estimated that 100,000 people took part."
    assert [c.speaker for c in claims(text)] == ["the organisers of the march"]


def test_associates_allege_and_a_palace_issues_a_statement() -> None:
    text = "The dissident fell ill on a flight. His associates have alleged he was poisoned."
    assert [(c.kind, c.cue) for c in claims(text)] == [("reported", "alleged")]
    text = (
        'The palace issued the following statement: "The prince remains a member of the royal '
        'family and retains his titles."'
    )
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("quote", "the palace")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Both the army and the police said they had not fired.", "the army and the police"),
        (
            "The interior minister and the police chief said the march was illegal.",
            "the interior minister and the police chief",
        ),
        ("The mayor and the governor both praised the rescuers.", "the mayor and the governor"),
    ],
)
def test_two_unnamed_sources_speak_together(text: str, speaker: str) -> None:
    assert [c.speaker for c in claims(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A study by the university found that most tenants back the plan.", "the university"),
        ("Data from the health ministry showed 300 new cases on Monday.", "the health ministry"),
    ],
)
def test_a_documents_author_after_by_or_from_speaks(text: str, speaker: str) -> None:
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("reported", speaker)


def test_data_of_no_one_showing_a_figure_stays_a_figure() -> None:
    (claim,) = claims("Early results showed the ruling party ahead with 54% of the vote.")
    assert (claim.kind, claim.speaker) == ("figure", None)


@pytest.mark.parametrize(
    "text",
    [
        "Vaccination rates fell after two small children died from a faulty vaccine.",
        "Three young men were arrested near the square.",
    ],
)
def test_a_small_count_of_people_described_is_a_figure(text: str) -> None:
    (claim,) = claims(text)
    assert (claim.text, claim.kind, claim.speaker) == (text, "figure", None)


def test_a_person_with_a_relative_clause_before_the_verb_speaks() -> None:
    text = "An engineer who inspected the bridge said the cracks had been ignored for years."
    assert [c.speaker for c in claims(text)] == ["an engineer"]


def test_an_office_is_not_guessed_to_be_a_resident_who_spoke() -> None:
    text = (
        '"Everything is gone," said Marta Cruz, standing outside her home.\n\n'
        "The president, who flew to the region on Wednesday, promised to rebuild every home."
    )
    assert [c.speaker for c in claims(text)] == ["Marta Cruz", "the president"]


def test_they_after_a_crowd_of_people_is_that_crowd() -> None:
    text = (
        "Thousands of farmers blocked the roads into the capital on Monday.\n\n"
        "They said the new tax would ruin them."
    )
    assert [(c.kind, c.speaker) for c in claims(text)] == [
        ("figure", None),
        ("reported", "farmers"),
    ]


def test_many_of_a_group_just_named_speak_for_it() -> None:
    text = "The protesters gathered outside parliament. Many said they had travelled overnight."
    assert [(c.text, c.speaker) for c in claims(text)] == [
        ("Many said they had travelled overnight.", "the protesters")
    ]
    text = "Heading into the vote, she had the most pledged delegates of any candidate."
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The head of the UN mission in the country said the situation was grave.",
            "the head of the UN mission in the country",
        ),
        (
            "A relative of one of the victims said the family wanted justice.",
            "a relative of one of the victims",
        ),
    ],
)
def test_a_long_noun_phrase_opening_its_clause_speaks(text: str, speaker: str) -> None:
    assert sole_reported(text) == (speaker, "said")


def test_a_count_of_people_doing_something_stays_a_figure() -> None:
    (claim,) = claims("Before the deadline, over a million people requested ballots by mail.")
    assert (claim.kind, claim.speaker) == ("figure", None)
