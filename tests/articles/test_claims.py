"""The claim detector, one construction at a time, on short articles written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles import CLAIM_KINDS, Claim, detect_claims, load_corpus
from tests.conftest import SAMPLES, WIKINEWS


def claims(text: str) -> list[Claim]:
    found = detect_claims(text)
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
    return list(found)


def only(text: str) -> Claim:
    (claim,) = claims(text)
    return claim


def by_text(text: str, snippet: str) -> Claim:
    """The detected claim that covers `snippet`."""
    start = text.index(snippet)
    covering = [c for c in claims(text) if c.start <= start and start + len(snippet) <= c.end]
    assert covering, f"no claim covers {snippet!r}"
    return covering[0]


# --- quotations -----------------------------------------------------------------------------


def test_straight_quote_attributed_after_it() -> None:
    text = '"We will rebuild the bridge by June," Mayor Karen Olsen said.'
    claim = only(text)
    assert claim.text == '"We will rebuild the bridge by June,"'
    assert (claim.kind, claim.speaker, claim.cue) == ("quote", "Karen Olsen", "said")
    assert claim.confidence >= 0.9


def test_curly_quote_with_inverted_attribution_and_apposition() -> None:
    text = "“The data are clear,” said Tomas Berg, a climate researcher at the institute."
    claim = only(text)
    assert (claim.text, claim.speaker) == ("“The data are clear,”", "Tomas Berg")


def test_quote_opening_straight_and_closing_curly() -> None:
    text = '"Nobody expected a flood this large”, said Tomas Berg.'
    assert only(text).text == '"Nobody expected a flood this large”'


def test_quote_introduced_by_a_colon() -> None:
    text = 'Interior Minister Ines Duarte told reporters: "The border stays closed."'
    claim = only(text)
    assert (claim.text, claim.speaker, claim.cue) == (
        '"The border stays closed."',
        "Ines Duarte",
        "told",
    )


def test_a_quote_split_around_its_attribution_is_two_claims_of_one_speaker() -> None:
    text = (
        "Amira Haddad leads the families group. "
        "“We will not stop,” she said, “until every family is home.”"
    )
    first, second = claims(text)
    assert (first.text, second.text) == ("“We will not stop,”", "“until every family is home.”")
    assert first.speaker == second.speaker == "Amira Haddad"
    assert first.kind == second.kind == "quote"


def test_a_multi_sentence_quote_is_one_claim() -> None:
    text = '"The plant will close in May. Nobody will lose their job," Hannes Vogel said.'
    claim = only(text)
    assert claim.text == '"The plant will close in May. Nobody will lose their job,"'
    assert claim.speaker == "Hannes Vogel"


def test_a_quote_paragraph_with_no_attribution_continues_the_previous_speaker() -> None:
    text = (
        'Hannes Vogel, the plant manager, said: "We tried everything.\n\n'
        '"The orders simply stopped coming."\n\n'
        "The factory opened in 1962."
    )
    first, second = claims(text)
    assert first.speaker == second.speaker == "Hannes Vogel"
    assert second.text == '"The orders simply stopped coming."'
    assert second.confidence < first.confidence  # a continuation is less certain


def test_scare_quotes_stay_inside_the_reported_sentence() -> None:
    text = 'The minister said any deal must be "fair" and "lasting".'
    claim = only(text)
    assert (claim.kind, claim.text) == ("reported", text)


def test_apostrophes_and_single_quoted_words_are_not_quotations() -> None:
    text = "It’s Russia’s plan, and the 'Kremlin' approved it last week."
    assert claims(text) == []


def test_single_quotes_around_a_clause_are_a_quotation() -> None:
    claim = only("‘We will win this,’ the general said.")
    assert (claim.kind, claim.text, claim.speaker) == (
        "quote",
        "‘We will win this,’",
        "the general",
    )


def test_a_quoted_question_is_not_a_claim() -> None:
    assert claims('"Why now?" asked Pia Lund.') == []


# --- reported statements --------------------------------------------------------------------


def test_reported_statement_is_the_sentence() -> None:
    text = "Fire chief Omar Said told reporters that the blaze was deliberate."
    claim = only(text)
    assert (claim.kind, claim.text, claim.speaker, claim.cue) == (
        "reported",
        text,
        "Omar Said",
        "told",
    )


def test_according_to() -> None:
    text = "Power returned to most homes by Friday, according to the regional grid operator."
    claim = only(text)
    assert (claim.kind, claim.speaker, claim.cue) == (
        "reported",
        "the regional grid operator",
        "according to",
    )


def test_collective_speakers() -> None:
    text = (
        "The Kremlin said the talks were useful. "
        "Kyiv has repeatedly said it will not give up land. "
        "Western capitals warned of a long war."
    )
    assert [c.speaker for c in claims(text)] == ["the Kremlin", "Kyiv", "Western capitals"]


def test_accused_of() -> None:
    claim = only("Kyiv accused Moscow of shelling the plant.")
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "Kyiv", "accused")


def test_was_quoted_as() -> None:
    claim = only("German Chancellor Lena Hoff was quoted as warning that the deal could collapse.")
    assert (claim.speaker, claim.cue) == ("Lena Hoff", "quoted")


def test_tail_attribution_names_the_source_of_the_whole_sentence() -> None:
    text = (
        "The ministry has rejected any talks with the rebels, the government's chief "
        "spokesman, Ali Raza, told state radio."
    )
    assert only(text).speaker == "Ali Raza"


def test_an_unnamed_source_stays_as_written() -> None:
    claim = only("The ceasefire will not hold, a senior European diplomat said.")
    assert claim.speaker == "a senior European diplomat"


def test_a_document_speaks_for_its_author() -> None:
    text = (
        'In a statement, the city council said, "The budget is balanced."\n\n'
        '"No services will be cut," the statement added.'
    )
    first, second = claims(text)
    assert first.speaker == second.speaker == "the city council"


def test_two_sources_in_one_sentence_are_two_claims() -> None:
    text = "About 5,000 homes lost power, while the utility said repairs would take days."
    figure, reported = claims(text)
    assert (figure.kind, figure.text, figure.speaker) == (
        "figure",
        "About 5,000 homes lost power",
        None,
    )
    assert (reported.kind, reported.speaker) == ("reported", "the utility")


def test_a_reported_sentence_with_a_number_stays_reported() -> None:
    claim = only("Police said 12 people were hurt.")
    assert (claim.kind, claim.speaker) == ("reported", "Police")


# --- attribution ----------------------------------------------------------------------------


def test_pronouns_follow_gender_to_the_right_person() -> None:
    text = (
        "Maria Lopez presented the budget on Monday. "
        "Pedro Alvarez, the opposition leader, attacked it. "
        "She said the cuts were unavoidable."
    )
    assert by_text(text, "She said").speaker == "Maria Lopez"


def test_a_pronoun_learns_the_gender_from_the_article() -> None:
    # Neither first name is on the name lists: the article's own "she" and "he" decide.
    text = (
        "Kerttu Aalto chairs the board, and she has led it since 2019. "
        "Tapio Rinne runs the factory, where he started as a welder. "
        "She said the merger was off."
    )
    assert by_text(text, "She said").speaker == "Kerttu Aalto"


def test_a_description_resolves_through_the_roles_the_article_gave() -> None:
    text = (
        "Finnish Prime Minister Sanna Virtanen met the unions. "
        "Union leader Jari Koski walked out. "
        "The prime minister said no deal was possible."
    )
    assert by_text(text, "The prime minister said").speaker == "Sanna Virtanen"


def test_a_short_form_and_a_title_resolve_to_the_full_name() -> None:
    text = (
        "Defence Minister Jonas Lind visited the base. "
        "Lind added that more troops would come. "
        "Mr Lind said the budget was fixed."
    )
    assert [c.speaker for c in claims(text)] == ["Jonas Lind", "Jonas Lind"]


def test_it_refers_to_a_body() -> None:
    text = "The airline confirmed the delay. It said 300 passengers were affected."
    assert [c.speaker for c in claims(text)] == ["the airline", "the airline"]


def test_an_acronym_names_the_body_it_abbreviates() -> None:
    text = (
        "The World Health Organization (WHO) met on Monday. "
        "According to the WHO, cases rose by 8 percent."
    )
    assert by_text(text, "cases rose").speaker == "the World Health Organization"


# --- sources beyond speech verbs (round 2) --------------------------------------------------


def test_in_the_words_of_attributes_the_quotation() -> None:
    text = (
        'The child suffered, and in the words of the prosecutor, Mark Ellis, "She cried for '
        'months and nobody helped her."'
    )
    claim = by_text(text, "She cried")
    assert (claim.kind, claim.speaker, claim.cue) == ("quote", "Mark Ellis", "in the words of")


def test_a_sentence_may_open_with_its_speech_verb() -> None:
    claim = only('Remarked biologist Tia Moreno, "This is a reprieve, not a recovery."')
    assert (claim.kind, claim.speaker, claim.cue) == ("quote", "Tia Moreno", "Remarked")


def test_requests_that_state_a_position_are_reported() -> None:
    text = "The union asked the city council to delay the vote."
    claim = only(text)
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "the union", "asked")


def test_questions_and_interrogations_are_not_requests() -> None:
    assert claims("Reporters asked about the delay.") == []
    assert claims("Police questioned the suspect for hours.") == []


def test_a_court_ruling_is_reported_by_the_court() -> None:
    claim = only("On Friday, a federal judge in Ohio ruled the ban is unconstitutional.")
    assert (claim.kind, claim.speaker, claim.cue) == (
        "reported",
        "a federal judge in Ohio",
        "ruled",
    )


def test_the_ruling_speaks_for_the_court_that_issued_it() -> None:
    text = (
        "The Supreme Court of Utah issued a ruling on Monday. "
        "According to the ruling, the law must be rewritten by May."
    )
    first, second = claims(text)
    assert first.speaker == second.speaker == "the Supreme Court of Utah"
    assert (first.cue, second.cue) == ("issued a ruling", "according to")


def test_in_its_judgment_the_court_sets_rules() -> None:
    text = "The High Court of Kenya heard the case. In its judgment, the court set new rules."
    claim = by_text(text, "set new rules")
    assert claim.speaker is not None
    assert (claim.speaker.removeprefix("the "), claim.cue) == (
        "High Court of Kenya",
        "In its judgment",
    )


def test_court_words_without_a_decision_are_not_claims() -> None:
    assert claims("The case on which the court has ruled was an old one.") == []
    assert claims("The officers were found guilty in court.") == []


def test_a_passive_accusation_at_a_trial_comes_from_the_prosecution() -> None:
    text = (
        "Prosecutor Dana Hill told the court that the couple ignored the doctors. "
        "The parents are also accused of hiding the child from her grandmother."
    )
    claim = by_text(text, "accused of hiding")
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "Dana Hill", "accused of")


def test_a_passive_accusation_with_no_accuser_in_sight_is_no_claim() -> None:
    assert claims("He is accused of stealing a bicycle.") == []


def test_he_after_a_relative_of_his_is_him_not_her() -> None:
    text = (
        "Tom Reyes runs the shop. The inspector, Ian Ward, visited it. "
        'Allegedly, Tom\'s sister pleaded with him to close it, but he replied "I cannot do that".'
    )
    assert by_text(text, "I cannot do that").speaker == "Tom Reyes"
    assert by_text(text, "pleaded with him").speaker == "Tom's sister"


def test_stance_adjectives_with_a_clause_are_reported() -> None:
    claim = only("Local teachers are concerned the government will cut the budget.")
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "Local teachers", "concerned")
    assert claims("Residents are concerned about the noise.") == []


def test_a_stated_intent_is_a_stance() -> None:
    text = "Jonas Lind met the miners. It is Lind's stated intent to close the mine."
    claim = by_text(text, "stated intent")
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "Jonas Lind", "stated intent")


def test_a_long_quotation_with_a_clause_of_its_own_is_a_quote() -> None:
    text = (
        'Opposition leader Jan Roe said her party "[is] ready for a vote — but as eager as we '
        'are, we will not risk a bad deal".'
    )
    claim = only(text)
    assert (claim.kind, claim.speaker) == ("quote", "Jan Roe")
    assert claim.text.startswith('"[is] ready')


def test_according_to_records_as_written_or_their_owner() -> None:
    text = (
        "According to videos posted online, the crowd fled. "
        "Anna Berg wrote a memoir. According to her memoirs, she never left Paris."
    )
    assert by_text(text, "the crowd fled").speaker == "videos posted online"
    assert by_text(text, "never left Paris").speaker == "Anna Berg"


def test_by_most_accounts() -> None:
    claim = only("By most accounts, the fire started in the kitchen.")
    assert (claim.kind, claim.speaker) == ("reported", "most accounts")


def test_a_statement_which_read_is_its_authors() -> None:
    text = 'Acme Corp released a statement which read, in part, "We regret the error."'
    assert only(text).speaker == "Acme Corp"


def test_lists_of_names_speak_together() -> None:
    text = "Lee, Park, and Kim all agreed that the plan was flawed."
    assert only(text).speaker == "Lee, Park, and Kim"
    text = "Officials in Paris, London and Berlin said the talks failed."
    assert only(text).speaker == "Officials in Paris, London and Berlin"


def test_two_named_people_with_roles_speak_together() -> None:
    text = (
        "Senator Ann Ortiz and committee chair Representative Bo Lind both questioned the "
        "plan's cost."
    )
    claim = only(text)
    assert (claim.speaker, claim.cue) == ("Ann Ortiz and Bo Lind", "questioned")


def test_misspelt_and_second_surnames_resolve_to_the_full_name() -> None:
    text = (
        "Kathryn Waters directs the gallery. "
        '"It is a fine show," Water said.\n\n'
        "Wanda Vázquez Garced took office. Vázquez said she would serve."
    )
    assert by_text(text, "It is a fine show").speaker == "Kathryn Waters"
    assert by_text(text, "she would serve").speaker == "Wanda Vázquez Garced"


def test_an_aside_between_dashes_does_not_attribute_a_quotation() -> None:
    text = (
        "Speaker Jo Hart commented on the move — which the BBC noted as unusual — "
        '"This is a dangerous moment for the country."'
    )
    assert by_text(text, "dangerous moment").speaker == "Jo Hart"


def test_a_paragraph_ending_in_the_original_language_is_prose() -> None:
    text = 'Ana Ruiz wrote, "We need stability." ((es))Spanish language: Necesitamos estabilidad'
    assert by_text(text, "We need stability").speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'One of the children said, "I still have nightmares about that house."',
            "One of the children",
            "said",
        ),
        (
            "Some of the victims said that the police had ignored them.",
            "Some of the victims",
            "said",
        ),
        (
            'The proclamation said "the outbreak constitutes a national emergency".',
            "the proclamation",
            "said",
        ),
        ('Ana Ruiz quipped, "I still have sand in my shoes."', "Ana Ruiz", "quipped"),
        ("Princess Ana Ruiz pointed out she had given up her royal titles.", "Ana Ruiz", "pointed"),
        ("Ana Ruiz informed police she had diplomatic immunity.", "Ana Ruiz", "informed"),
        (
            'The Daily Post regarded the debate as "markedly more civil" than the last one.',
            "the Daily Post",
            "regarded",
        ),
    ],
)
def test_partitive_and_document_subjects_and_less_common_speech_verbs(
    text: str, speaker: str, cue: str
) -> None:
    claim = claims(text)[0]
    assert (claim.speaker, claim.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "snippet", "speaker", "cue"),
    [
        (
            "Mark Rathbun left in 2004. According to Rathbun the property was returned by mail.",
            "the property was returned",
            "Mark Rathbun",
            "according to",
        ),
        (
            'The bill was drafted by Alex Greenwich who said in parliament, "It follows decades '
            'of work by campaigners."',
            "It follows decades",
            "Alex Greenwich",
            "said",
        ),
        (
            'The Greek Orthodox Church released a statement which said, "The building must '
            'remain a museum."',
            "must remain a museum",
            "the Greek Orthodox Church",
            "said",
        ),
        (
            'Ines Duarte called the minister\'s decision "a betrayal of the voters."',
            "a betrayal of the voters",
            "Ines Duarte",
            "called",
        ),
        (
            'Bishop Tomas Berg asked people to "please pray for the victims".',
            "please pray",
            "Tomas Berg",
            "asked",
        ),
        (
            "Dan Ortiz knew the editor personally, and came to the conclusion that the claims "
            "about him were lies.",
            "the claims about him were lies",
            "Dan Ortiz",
            "came to the conclusion",
        ),
        (
            "The committee was of the view that the rules had been broken.",
            "the rules had been broken",
            "the committee",
            "was of the view",
        ),
        (
            "The team studied the reef. They found there was so much iron that the algae "
            "clumped together.",
            "so much iron",
            "They",
            "found",
        ),
        (
            "The team sequenced the bones. They found the DNA of the birds to be diverse.",
            "to be diverse",
            "They",
            "found",
        ),
    ],
)
def test_sources_without_a_comma_relatives_calls_requests_stance_nouns_and_findings(
    text: str, snippet: str, speaker: str, cue: str
) -> None:
    claim = by_text(text, snippet)
    assert (claim.speaker, claim.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        (
            'Ann Lee spoke in Ohio. During the speech Lee claimed, "The plan is a surrender to '
            'the virus."',
            "The plan is a surrender",
            "Ann Lee",
        ),
        (
            "The police met the family. In the end Tomas Berg said the search was over.",
            "the search was over",
            "Tomas Berg",
        ),
        (
            'Toronto Police, which indicated on Monday a "significant development" was likely, '
            "face allegations.",
            "significant development",
            "Toronto Police",
        ),
        (
            'Maurizio Cattelan made the piece. "At first I thought it was a prank: who would '
            'steal a toilet?" wrote Cattelan in an e-mail.',
            "I thought it was a prank",
            "Maurizio Cattelan",
        ),
    ],
)
def test_openers_without_a_comma_which_clauses_and_a_statement_before_a_question(
    text: str, snippet: str, speaker: str
) -> None:
    assert by_text(text, snippet).speaker == speaker


def test_a_paragraph_ending_in_said_comma_introduces_the_quotation_below() -> None:
    text = (
        "Mark Rathbun left the church in 2004. According to Rathbun, a detective was given "
        "files to build a case. Rathbun stated,\n\n"
        '"They lied to him about the hard drives."'
    )
    found = claims(text)
    assert [(c.kind, c.speaker) for c in found] == [
        ("reported", "Mark Rathbun"),
        ("quote", "Mark Rathbun"),
    ]


def test_a_quoted_name_after_named_or_called_is_not_a_quotation() -> None:
    text = (
        "According to the coach, Ali Mehraban, the team's robot, named \"Better Idea of Afghan "
        'Girls," scored two points in the first match.'
    )
    claim = only(text)
    assert (claim.kind, claim.speaker, claim.text) == ("reported", "Ali Mehraban", text)


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        ("Ann Lee went so far as to say the plan was dead.", "the plan was dead", "Ann Lee"),
        (
            'One of them even went as far as to say, "I am glad they raised us that way."',
            "I am glad",
            "One of them",
        ),
    ],
)
def test_going_so_far_as_to_say_and_one_of_them(text: str, snippet: str, speaker: str) -> None:
    assert by_text(text, snippet).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Organizers of the rally said they were fighting corruption.",
            "Organizers of the rally",
            "said",
        ),
        ("The motion claims the declaration is unconstitutional.", "the motion", "claims"),
        (
            "The industry publication stated the aircraft overran the runway.",
            "the industry publication",
            "stated",
        ),
        (
            "The head of the network, Dr Ali bin Tamim, attributed the bombing to rebels.",
            "Ali bin Tamim",
            "attributed",
        ),
        ("Only once before has Congress held a minister in contempt.", None, None),
    ],
)
def test_ly_nouns_legal_and_press_documents_attribution_and_counts_of_times(
    text: str, speaker: str | None, cue: str | None
) -> None:
    claim = only(text)
    assert (claim.speaker, claim.cue, claim.text) == (speaker, cue, text)


def test_a_passive_attribution_without_its_agent_is_no_claim() -> None:
    assert claims("The quote is often attributed to an American author.") == []


def test_the_defending_champion_says_nothing() -> None:
    assert claims("Brigid Kosgei was the defending champion.") == []


def test_a_second_source_in_a_sentence_with_quotations_speaks_for_its_own_clause() -> None:
    text = (
        "Shoppers queued at Coles and Aldi on Monday. "
        'Coles, in its media release, reported that "many stores are still selling out", and '
        'called the demand "unprecedented", while Aldi, in a post on Tuesday, called it '
        '"unexpected".'
    )
    aldi = by_text(text, 'called it "unexpected"')
    assert (aldi.speaker, aldi.text) == (
        "Aldi",
        'Aldi, in a post on Tuesday, called it "unexpected".',
    )
    assert by_text(text, 'the demand "unprecedented"').speaker == "Coles"


def test_the_attribution_of_a_quotation_after_but_is_no_claim_of_its_own() -> None:
    text = (
        "Tom Sam's sister pleaded with him to see a doctor, but he replied \"I am not able to "
        'do that".'
    )
    assert [c.kind for c in claims(text) if "replied" in c.text] == []


def test_a_place_before_which_is_no_source() -> None:
    assert claims("The law passed in Ohio, which said nothing about guns.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The town called a meeting for Tuesday.",
        "The river made a turn that nobody expected.",
        "Police searched the house. They found the body of a man in the basement.",
    ],
)
def test_calling_a_meeting_a_river_and_finding_a_body_are_not_claims(sentence: str) -> None:
    assert claims(sentence) == []


def test_pointing_out_a_thing_is_not_a_statement() -> None:
    assert claims("At one point the crowd pointed out the stage lights to the guide.") == []


def test_which_analysts_say_could() -> None:
    text = "The ruling contains clauses which analysts say could reshape the internet."
    assert only(text).speaker == "analysts"


@pytest.mark.parametrize(
    "sentence",
    [
        'The university runs a program called "Learning Together".',
        "The parties could not agree on a budget.",
        "Scientists estimate the population by observing nests.",
        "Factors cited for the decline include drought.",
    ],
)
def test_naming_agreeing_and_methods_are_not_claims(sentence: str) -> None:
    assert claims(sentence) == []


# --- figures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 107 people were killed.",
        "Rebels control approximately 85% of the province.",
        "Officials counted nearly 20,000 displaced children.",
        "The repairs will cost $4.5 million.",
        "Fighting resumed after a 12-year lull.",
        "Thousands marched through the capital.",
        "Two-thirds of the budget goes to the army.",
        "The Queen suspended parliament for five weeks.",
    ],
)
def test_figures(sentence: str) -> None:
    claim = only(sentence)
    assert (claim.kind, claim.speaker, claim.cue, claim.text) == ("figure", None, None, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2014, the town hosted the Games.",
        "The meeting is on Tuesday at 3 pm.",
        "The 116th Congress convened.",
        "Anna Berg, 44, opened the shop.",
        "She flew on a Boeing 737 to Oslo.",
        "The bridge opened ten years ago.",
        "It happened on March 3.",
        "He died at the age of 78.",
    ],
)
def test_dates_ages_and_names_are_not_figures(sentence: str) -> None:
    assert claims(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He was released on US$ 20,000 bail.",
        "The winner finished in a time of 2:05:45.",
        "Her run was 81 seconds faster than the old record.",
        "The visitors were twice denied entry.",
        "Inmates could shower only once a week.",
        "The chain limited sales to one pack per customer.",
        "The store introduced a one-pack limit.",
        "Members sign a billion-year-contract.",
        "She finished the race in 47.66 seconds.",
        "He faces a minimum term of 25 years.",
        "He spent 15 years fighting for the holiday.",
        "She has acted for close to 25 years.",
        "Nine men were jailed for the abuse of two teenage girls.",
        "He was sentenced to two months in prison.",
        "He then served eight years as mayor.",
    ],
)
def test_figures_of_money_race_times_margins_counts_of_times_rates_and_compounds(
    sentence: str,
) -> None:
    claim = only(sentence)
    assert (claim.kind, claim.text) == ("figure", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The crash happened around 8:30 p.m. local time.",
        "Once he arrived, the talks began.",
        "She escaped and phoned 911.",
        "He made a one-off payment.",
        "The bridge opened 2.5 years ago.",
        "The two men left the hall.",
        "She returned to work two days later.",
    ],
)
def test_clock_times_once_and_numbers_to_call_are_not_figures(sentence: str) -> None:
    assert claims(sentence) == []


# --- not claims -----------------------------------------------------------------------------


def test_headlines_furniture_questions_and_scene_setting_are_not_claims() -> None:
    text = (
        "'The war is now hot', says military analyst\n\n"
        "Advertisement\n\n"
        "Read more: Minister says talks will resume\n\n"
        "Will the talks resume?\n\n"
        "The remarks came as envoys met in the capital."
    )
    assert claims(text) == []


def test_empty_and_claimless_texts() -> None:
    assert claims("") == []
    assert claims("\n\n") == []
    assert claims("The sun rose over the hills.") == []


# --- on real articles -----------------------------------------------------------------------


def _corpus_texts() -> list[str]:
    return [a.text for root in (SAMPLES, WIKINEWS) for a in load_corpus(root).articles]


def test_every_claim_of_every_real_article_is_well_formed() -> None:
    for text in _corpus_texts():
        found = detect_claims(text)
        assert list(found) == sorted(found, key=lambda c: (c.start, c.end))
        for claim in found:
            assert text[claim.start : claim.end] == claim.text and claim.text.strip()
            assert claim.kind in CLAIM_KINDS
            assert 0.0 <= claim.confidence <= 1.0
            # null only for an unsourced figure (a figure may name its poll)
            assert claim.speaker is not None or claim.kind == "figure"


def test_detection_is_deterministic_and_keeps_no_state_between_articles() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(SAMPLES).glob("*.txt"))]
    first = [detect_claims(t) for t in texts]
    again = [detect_claims(t) for t in reversed(texts)][::-1]
    assert first == again
    assert all(first)  # every sample has claims


def test_the_samples_headline_quotes_and_teasers_are_not_claims() -> None:
    text = (SAMPLES / "001_afbc20cf0ccb7af1.txt").read_text(encoding="utf-8")
    found = detect_claims(text)
    assert not any("Cold War is now hot" in c.text for c in found)
    zelenskyy = [c for c in found if "We do not have the strength" in c.text]
    assert [c.speaker for c in zelenskyy] == ["Volodymyr Zelenskyy"]
