"""Claims round fifteen: constructions seen in misses and wrong speakers on ordinary news, each
on a short article written for the test (kind, span and speaker)."""

from __future__ import annotations

import pytest

from tests.articles.test_claims import claims, only


def _seen(lead: str, sentence: str) -> tuple[str, str, str | None, str | None]:
    """The one claim of `lead` + `sentence` as a reader sees it: kind, text, speaker, cue."""
    claim = only(lead + sentence)
    return claim.kind, claim.text, claim.speaker, claim.cue


# --- a bulletin, an advisory or a schedule speaks for its author ----------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "The Met Office's latest bulletin said the gale would ease by dawn.",
            "the Met Office",
            "said",
        ),
        (
            "According to Northern Rail's schedule, the line reopens to passengers in May.",
            "Northern Rail",
            "according to",
        ),
        (
            "The Coast Guard's advisory warned that the ferry crossing was unsafe.",
            "the Coast Guard",
            "warned",
        ),
    ],
)
def test_a_bulletin_advisory_or_schedule_speaks_for_its_owner(
    sentence: str, speaker: str, cue: str
) -> None:
    assert _seen("Storms swept the northern coast this week. ", sentence) == (
        "reported",
        sentence,
        speaker,
        cue,
    )


# --- the one an outlet cites speaks, not the outlet ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Evening Courier cited a hospital source that the driver was stable.",
            "a hospital source",
        ),
        (
            "Reports citing people close to the club have suggested the coach will resign.",
            "people close to the club",
        ),
        ("Reports citing Mayor Ines Calder have claimed the bridge will reopen.", "Ines Calder"),
    ],
)
def test_the_source_an_outlet_cites_is_the_speaker(sentence: str, speaker: str) -> None:
    assert _seen("A bus left the road near the harbour on Friday. ", sentence)[:3] == (
        "reported",
        sentence,
        speaker,
    )


def test_citing_a_reason_leaves_the_subject_the_speaker() -> None:
    sentence = "The inspectors cited fears that the old bridge was unsafe."
    assert _seen("A bus left the road near the harbour on Friday. ", sentence)[:3] == (
        "reported",
        sentence,
        "the inspectors",
    )


# --- odds and shares written as "one in five" -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Forecasters gave the low only a one-in-four chance of becoming a storm.",
        "By evening the odds had risen to a two-in-three chance.",
        "Seven out of ten families in the valley lost power.",
    ],
)
def test_odds_written_in_words_are_a_figure(sentence: str) -> None:
    assert _seen("A low formed over the gulf on Friday. ", sentence)[:3] == (
        "figure",
        sentence,
        None,
    )


def test_a_number_in_a_phrase_that_is_no_odds_is_no_figure() -> None:
    text = "A low formed over the gulf on Friday. It rained three in a row on the coast."
    assert claims(text) == []


# --- ", with X saying ...": a second source, or the source of the whole sentence ----------------


def test_with_a_second_source_after_a_reported_clause_is_its_own_claim() -> None:
    first = "the ferry's captain told reporters the engine failed"
    second = "some passengers claiming the crew had ignored a warning light."
    found = claims(f"The ferry ran aground near Oban; {first}, with {second}")
    assert [(c.kind, c.text, c.speaker) for c in found] == [
        ("reported", first, "the ferry's captain"),
        ("reported", second, "some passengers"),
    ]


def test_with_a_source_after_narration_speaks_for_the_whole_sentence() -> None:
    sentence = (
        "Norway on Tuesday closed its border crossing, with officials saying the move is temporary."
    )
    assert _seen("Snow fell across the north. ", sentence) == (
        "reported",
        sentence,
        "officials",
        "saying",
    )


# --- a leading "With X doing Y," and a list of names before the verb --------------------------


def test_the_main_clause_speaks_after_a_leading_with_clause_and_a_list_of_names() -> None:
    sentence = (
        "With the regulator urging lenders to cut fees, banks including Alder Bank, Brookline, "
        "Corran Trust, and Dunmore have announced lower charges."
    )
    assert _seen("Fees rose last year. ", sentence)[:3] == (
        "reported",
        sentence,
        "banks including Alder Bank, Brookline, Corran Trust, and Dunmore",
    )


def test_a_clause_after_a_single_name_and_a_comma_is_still_split() -> None:
    first = "The minister said the plant in Leeds, England would close"
    second = "Harlow Energy said it would appeal."
    found = claims(f"{first}, and {second}")
    assert [(c.text, c.speaker) for c in found] == [
        (first, "the minister"),
        (second, "Harlow Energy"),
    ]


# --- a document's author named after its date ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "According to a study published in 2021 by the Ocean Trust, 40% of it had bleached.",
            "the Ocean Trust",
        ),
        (
            "According to a report released on 3 May by the Fish Board, 40% of it was lost.",
            "the Fish Board",
        ),
    ],
)
def test_the_author_named_after_a_documents_date_is_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert _seen("The reef lies off the northern cape. ", sentence) == (
        "reported",
        sentence,
        speaker,
        "according to",
    )


# --- "the team" is the group the article introduced as "a team of ..." -------------------------

_TEAM = (
    "A team of marine biologists reported on Monday that the reef is recovering.\n\n"
    "Some divers have claimed the coral never bleached.\n\n"
)


def test_the_group_named_again_by_its_noun_is_the_introduced_group() -> None:
    sentence = "The team said the water had cooled by two degrees."
    found = claims(_TEAM + sentence)
    assert (found[-1].kind, found[-1].text, found[-1].speaker) == (
        "reported",
        sentence,
        "a team of marine biologists",
    )


def test_they_after_the_group_named_again_is_that_group() -> None:
    sentence = "They found the coral to be growing again."
    found = claims(_TEAM + "The team photographed the reef from a boat. " + sentence)
    assert (found[-1].kind, found[-1].text, found[-1].speaker) == (
        "reported",
        sentence,
        "a team of marine biologists",
    )


# --- "states" without "that" after a source ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Harbour Gazette states the trawler was carrying 40 tonnes of fish.",
            "the Harbour Gazette",
        ),
        (
            "Shipwatch, a register of fishing boats, states the trawler was 30 years old.",
            "Shipwatch",
        ),
    ],
)
def test_a_source_that_states_without_that_is_reported(sentence: str, speaker: str) -> None:
    assert _seen("A trawler sank off the cape. ", sentence) == (
        "reported",
        sentence,
        speaker,
        "states",
    )


def test_states_as_a_noun_before_a_clause_is_no_source() -> None:
    sentence = "In Ohio and nine other states the new rule was adopted by 40 votes."
    claim = only("A new rule on fishing passed. " + sentence)
    assert (claim.kind, claim.speaker) == ("figure", None)


# --- narration joined to a source's clause is one claim with it --------------------------------


def test_narration_before_but_a_source_said_is_one_claim() -> None:
    sentence = (
        "A street fair had been held on the square that morning, but Chief Olsen "
        "also stated this was not connected to the blaze."
    )
    assert _seen("A warehouse burned down in Tromsø on Sunday. ", sentence)[:3] == (
        "reported",
        sentence,
        "Chief Olsen",
    )


def test_a_claim_before_but_a_second_source_is_still_two_claims() -> None:
    first = "The owners said the alarm had worked"
    second = "Chief Olsen stated it was switched off."
    found = claims(f"A warehouse burned down in Tromsø on Sunday. {first}, but {second}")
    assert [(c.text, c.speaker) for c in found] == [
        (first, "the owners"),
        (second, "Chief Olsen"),
    ]


# --- a second verb with an adverb shares the sentence's subject ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "The two mayors met at the border on Monday, and publicly expressed their "
            "willingness to share the water.",
            "expressed their willingness",
        ),
        (
            "The two mayors met at the border on Monday, and firmly denied the deal was secret.",
            "denied",
        ),
    ],
)
def test_a_second_verb_after_an_adverb_shares_the_subject(sentence: str, cue: str) -> None:
    assert _seen("A drought hit the valley. ", sentence) == (
        "reported",
        sentence,
        "the two mayors",
        cue,
    )


# --- "described seeing ...": an account given ---------------------------------------------------


def test_described_with_a_gerund_is_an_account_reported() -> None:
    sentence = "Lena Moss, a nurse at the clinic, described treating 20 injured climbers overnight."
    assert _seen("An avalanche struck the pass on Monday. ", sentence) == (
        "reported",
        sentence,
        "Lena Moss",
        "described",
    )


def test_described_with_a_plain_object_is_no_account() -> None:
    assert claims("The guide described everything about the pass in detail.") == []


# --- "allegedly": what is alleged, by unnamed reports -------------------------------------------


def test_an_allegedly_sentence_without_a_source_is_reported_by_reports() -> None:
    sentence = "The gang allegedly laundered the money through a chain of car washes."
    assert _seen("Police raided homes in Leeds on Tuesday. ", sentence) == (
        "reported",
        sentence,
        "reports",
        "allegedly",
    )


def test_an_allegedly_sentence_with_its_source_keeps_the_source() -> None:
    sentence = "Prosecutors said the gang allegedly laundered the money through car washes."
    claim = only("Police raided homes in Leeds on Tuesday. " + sentence)
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "Prosecutors", "said")


# --- "established that": a finding ------------------------------------------------------------


def test_established_that_is_a_finding_reported() -> None:
    sentence = "Geologists at Lund University established that the lake had formed in a crater."
    assert _seen("A lake in the north is unusually round. ", sentence) == (
        "reported",
        sentence,
        "Geologists at Lund University",
        "established",
    )


def test_established_without_that_is_no_claim() -> None:
    assert claims("The parish established a fund for the flood victims on Monday.") == []


# --- "according to evidence/facts heard in court" ----------------------------------------------


def test_facts_or_evidence_heard_in_court_are_the_source() -> None:
    sentence = "Two of the thefts were, according to evidence heard in court, planned for months."
    assert _seen("A jeweller stood trial in Cork this week. ", sentence) == (
        "reported",
        sentence,
        "evidence heard in court",
        "according to",
    )


# --- "according to local news" ------------------------------------------------------------------


def test_local_news_is_a_source_after_according_to() -> None:
    sentence = "According to local news, the ferry service will resume on Friday."
    assert _seen("Storms closed the harbour on Monday. ", sentence) == (
        "reported",
        sentence,
        "local news",
        "according to",
    )


def test_a_coordinated_verb_shares_the_subject_of_its_own_clause() -> None:
    sentence = (
        "Norway and Sweden had long quarrelled over the fishing grounds, but the two premiers met "
        "in Oslo on Friday, and jointly announced that the quotas would be shared."
    )
    claim = only(sentence)
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "the two premiers", "announced")


# --- "came out against": a stance taken publicly -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Senator Ruth Adler has come out against the new pipeline.", "come out against"),
        (
            "Senator Ruth Adler came out strongly in favour of a ban.",
            "came out strongly in favour of",
        ),
    ],
)
def test_coming_out_against_or_for_a_thing_is_a_stance(sentence: str, cue: str) -> None:
    assert _seen("The pipeline vote is set for June. ", sentence) == (
        "reported",
        sentence,
        "Ruth Adler",
        cue,
    )


def test_coming_out_of_a_place_is_no_stance() -> None:
    assert claims("The senator came out of the meeting at noon and left.") == []


# --- ", reads the motion,": an aside naming the document ----------------------------------------


def test_an_aside_reads_the_document_names_the_source() -> None:
    sentence = (
        "Since the land was never sold, reads the complaint, the new fence breaks the treaty."
    )
    assert _seen("A fence went up. ", sentence) == (
        "reported",
        sentence,
        "the complaint",
        "reads",
    )


def test_reading_a_list_of_things_is_no_aside() -> None:
    assert claims("Every morning she reads the paper, the post and the notices aloud.") == []


# --- coordinated groups, and more kinds of people as sources ------------------------------------


def test_a_body_and_a_described_group_speak_together() -> None:
    sentence = "The council and local shopkeepers said the new car park was too small."
    claim = only("A car park opened in Ely on Monday. " + sentence)
    assert (claim.kind, claim.speaker) == ("reported", "the council and local shopkeepers")


@pytest.mark.parametrize("people", ["investors", "bankers", "employers", "shareholders"])
def test_more_kinds_of_people_are_sources(people: str) -> None:
    sentence = f"The {people} said the new rules came too late."
    assert _seen("New rules took effect on Monday. ", sentence)[:3] == (
        "reported",
        sentence,
        f"the {people}",
    )


# --- a poll's numbers: a figure whose source is the poll (the guide, November 2026) -------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "A Harbour/Delta poll released on Friday found 48% of voters back the tunnel.",
            "Harbour/Delta",
            "found",
        ),
        ("A new survey by Norstat found 30% of pupils skip breakfast.", "Norstat", "found"),
        ("The poll showed the mayor ahead by 6 points.", "the poll", "showed"),
    ],
)
def test_a_polls_numbers_are_a_figure_the_poll_speaks_for(
    sentence: str, speaker: str, cue: str
) -> None:
    assert _seen("The mayoral race tightened this week. ", sentence) == (
        "figure",
        sentence,
        speaker,
        cue,
    )


def test_a_survey_that_finds_nothing_yet_is_an_unsourced_figure() -> None:
    sentence = "A survey of 900 pupils was carried out in 40 schools."
    claim = only("The mayoral race tightened this week. " + sentence)
    assert (claim.kind, claim.speaker) == ("figure", None)


# --- durations and counts stated as part of the fact (the guide, November 2026) -----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The court sentenced him to 14 years in prison.",
        "A judge sentenced Ola Brun to nine years.",
        "A judge sentenced the lorry driver to six years.",
        "Kessler beat the three other candidates in the primary.",
    ],
)
def test_a_sentence_or_a_count_of_others_is_a_figure(sentence: str) -> None:
    assert _seen("The trial ended in Bergen on Friday. ", sentence)[:3] == (
        "figure",
        sentence,
        None,
    )


def test_the_two_people_already_named_are_no_count() -> None:
    assert claims("The trial ended in Bergen on Friday. The two men left the court together.") == []


@pytest.mark.parametrize(
    "sentence",
    ["The ferry strike lasted three weeks.", "The morning train was delayed by four hours."],
)
def test_how_long_a_thing_lasted_or_was_delayed_is_a_figure(sentence: str) -> None:
    assert _seen("Travel was disrupted across the region. ", sentence)[:3] == (
        "figure",
        sentence,
        None,
    )


def test_a_finding_in_percent_names_who_found_it() -> None:
    sentence = "Norstat found 57 percent of residents oppose the tunnel."
    claim = only("The tunnel vote is next month. " + sentence)
    assert (claim.text, claim.speaker, claim.cue) == (sentence, "Norstat", "found")


def test_finding_a_count_of_things_is_an_unsourced_figure() -> None:
    sentence = "Divers found 40 crates of wine in the wreck."
    claim = only("A wreck was found off Malta. " + sentence)
    assert (claim.kind, claim.speaker) == ("figure", None)


def test_hearsay_before_but_a_source_said_stays_a_claim_of_its_own() -> None:
    first = "A complaint was reportedly filed against the mayor on Monday"
    second = "the police said they would look into it."
    found = claims(f"The mayor resigned on Friday. {first}, and {second}")
    assert [(c.text, c.speaker) for c in found] == [(first, "reports"), (second, "the police")]


def test_it_was_first_reported_is_hearsay_with_an_adverb_too() -> None:
    first = "It was initially reported the fire started in a bakery"
    second = "the broadcaster NRK later reported it started in a garage."
    found = claims(f"A fire broke out in Bodø. {first}, but {second}")
    assert [(c.text, c.speaker) for c in found] == [(first, "reports"), (second, "NRK")]


# --- "a source within the ministry": the place the source is inside is part of it --------------


@pytest.mark.parametrize("where", ["within", "inside"])
def test_a_source_within_a_body_is_the_speaker_of_reports_and_quotes(where: str) -> None:
    said = f"A source {where} the harbour office said the cargo was never weighed."
    quoted = f'A source {where} the harbour office reportedly said "We were told to stay quiet."'
    assert only(said).speaker == f"a source {where} the harbour office"
    claim = only(quoted)
    assert (claim.kind, claim.text, claim.speaker) == (
        "quote",
        '"We were told to stay quiet."',
        f"a source {where} the harbour office",
    )


# --- "said Dr. Okafor": a title's full stop; a quotation opening with an elision ---------------


def test_a_surname_after_an_abbreviated_title_is_the_speaker() -> None:
    text = '"The water is safe to drink," said Dr. Okafor.'
    claim = only("The town's wells were tested. " + text)
    assert (claim.kind, claim.text, claim.speaker) == (
        "quote",
        '"The water is safe to drink,"',
        "Okafor",
    )


def test_a_quotation_opening_with_an_elision_is_a_quotation() -> None:
    first = '"The wells are clean",'
    second = '"[...] Rather — and sadly — the pipes themselves carry the lead into homes."'
    text = f"The town's wells were tested. {first} said Dr. Ada Okafor. {second}"
    assert [(c.kind, c.text, c.speaker) for c in claims(text)] == [
        ("quote", first[:-1], "Ada Okafor"),
        ("quote", second, "Ada Okafor"),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The bank was robbed by two gunmen.", "Coastguards rescued three fishermen off the cape."],
)
def test_a_count_of_men_in_a_compound_noun_is_a_figure(sentence: str) -> None:
    assert _seen("A storm hit the coast on Friday. ", sentence)[:3] == ("figure", sentence, None)


# --- a stance taken up, in the passive ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("A similar view was shared by Mayor Ivo Lund.", "Ivo Lund", "shared"),
        (
            "The concern was later echoed by the town's health officer.",
            "the town's health officer",
            "echoed",
        ),
        ("The call was quickly seconded by Senator Rosa Quint.", "Rosa Quint", "seconded"),
    ],
)
def test_a_stance_shared_or_echoed_by_someone_is_theirs(
    sentence: str, speaker: str, cue: str
) -> None:
    assert _seen("Councillors want the ferry fares cut. ", sentence) == (
        "reported",
        sentence,
        speaker,
        cue,
    )


def test_a_thing_shared_by_people_is_no_stance() -> None:
    assert claims("Councillors met on Monday. The old office was shared by the clerks.") == []


# --- "Statements of condemnation have come from X": a reaction and its source ------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Statements of support have come from Mayor Lise Holm and the bishop.", "Lise Holm"),
        ("Criticism came from opposition parties.", "opposition parties"),
        ("Tributes poured in from former team-mates.", "former team-mates"),
    ],
)
def test_a_reaction_that_came_from_someone_is_theirs(sentence: str, speaker: str) -> None:
    assert _seen("The club's coach retired on Sunday. ", sentence)[:3] == (
        "reported",
        sentence,
        speaker,
    )


def test_a_thing_that_came_from_a_place_is_no_reaction() -> None:
    assert claims("The club's coach retired on Sunday. The trophy came from Italy.") == []


# --- numbers and who put them out ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "Figures released by the health board showed 412 new cases.",
            "the health board",
            "released",
        ),
        (
            "Casualty tolls, provided anonymously by officials to reporters, topped 60.",
            "officials",
            "provided",
        ),
        (
            "Data compiled by Oslo University shows 35% of lakes have warmed.",
            "Oslo University",
            "shows",
        ),
    ],
)
def test_numbers_put_out_by_someone_are_theirs(sentence: str, speaker: str, cue: str) -> None:
    assert _seen("The outbreak spread to the coast. ", sentence) == (
        "reported",
        sentence,
        speaker,
        cue,
    )


def test_a_thing_given_by_someone_with_a_number_stays_an_unsourced_figure() -> None:
    sentence = "The hall, given by a local family, seats 300 people."
    claim = only("The outbreak spread to the coast. " + sentence)
    assert (claim.kind, claim.speaker) == ("figure", None)


# --- "took to Twitter to say": the one who took to it speaks -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Halvorsen took to Twitter to say the count was flawed.", "say"),
        ("Halvorsen went on television to announce that she would stand again.", "announce"),
    ],
)
def test_who_took_to_a_medium_to_say_something_speaks(sentence: str, cue: str) -> None:
    assert _seen("Mayor Kari Halvorsen lost the vote on Sunday. ", sentence) == (
        "reported",
        sentence,
        "Kari Halvorsen",
        cue,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A 5.8-magnitude earthquake struck the island on Monday.",
        "A 6.4 magnitude quake hit the coast.",
    ],
)
def test_an_earthquakes_magnitude_is_a_figure(sentence: str) -> None:
    claim = only(sentence)
    assert (claim.kind, claim.text, claim.speaker) == ("figure", sentence, None)


# --- doubt cast, concerns raised: a stance stated --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The mayor cast doubt on the budget figures.", "cast doubt on"),
        ("The mayor raised concerns about the cost of the bridge.", "raised concerns about"),
    ],
)
def test_casting_doubt_or_raising_concerns_is_a_stance(sentence: str, cue: str) -> None:
    assert _seen("The council met on Tuesday. ", sentence) == (
        "reported",
        sentence,
        "the mayor",
        cue,
    )


def test_raising_a_thing_is_no_stance() -> None:
    assert claims("The council met on Tuesday. A crane raised the beam over the wall.") == []


@pytest.mark.parametrize("person", ["auditor", "referee", "lobbyist", "magistrate", "juror"])
def test_more_kinds_of_a_person_are_sources(person: str) -> None:
    sentence = f"The {person} said the rules had been broken."
    assert _seen("The hearing resumed on Monday. ", sentence)[:3] == (
        "reported",
        sentence,
        f"the {person}",
    )


# --- "according to X late on Friday": the time is not part of the source -----------------------


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("According to Nordic Grid late today,", "Nordic Grid"),
        ("According to the health board on Monday,", "the health board"),
        ("According to a post on Monday by Mayor Rolf Dahl,", "Rolf Dahl"),
    ],
)
def test_when_a_source_spoke_is_not_part_of_its_name(opening: str, speaker: str) -> None:
    sentence = f"{opening} 40,000 homes are without power."
    assert _seen("A storm hit the west coast. ", sentence) == (
        "reported",
        sentence,
        speaker,
        "according to",
    )


# --- "the 34-year-old": the person just named ------------------------------------------------


def test_a_person_named_by_their_age_is_the_person_just_named() -> None:
    lead = "Councillor Per Lund spoke first. Police later named the driver as Eva Strand, 41."
    sentence = "The 41-year-old told officers the brakes had failed."
    found = claims(f"{lead} {sentence}")
    assert (found[-1].kind, found[-1].text, found[-1].speaker) == (
        "reported",
        sentence,
        "Eva Strand",
    )


def test_an_age_with_nobody_named_is_the_description_as_written() -> None:
    sentence = "The 41-year-old told officers the brakes had failed."
    claim = only("A lorry left the road near Voss. " + sentence)
    assert claim.speaker == "the 41-year-old"


# --- a body's own record opening the sentence speaks for the body ------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "The Met Office's noon update had the storm 80 miles off Cornwall.",
            "the Met Office",
            "update",
        ),
        (
            "Statistics Norway's latest figures put unemployment at 4%.",
            "Statistics Norway",
            "figures",
        ),
    ],
)
def test_the_numbers_of_a_bodys_own_record_are_the_bodys(
    sentence: str, speaker: str, cue: str
) -> None:
    assert _seen("Rain fell all week. ", sentence) == ("reported", sentence, speaker, cue)


def test_a_bodys_count_of_its_own_people_stays_an_unsourced_figure() -> None:
    assert _seen("Rain fell all week. ", "The company's 300 workers went on strike.")[2] is None
