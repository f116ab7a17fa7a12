"""Speakers: the classes of malformed speaker the corpus audit found (bench/speakers_audit.py),
each on a short article written for the test: a conjunction or a weekday swallowed into the
name, a pronoun after it, a role glued to it, a name cut short, a demonym for the body, the
second half of "City, State" for the person, the outlet for the person it quotes."""

from __future__ import annotations

import pytest

from articles import detect_claims
from tests.articles.test_claims import by_text, claims, only


def speaker_of(text: str, snippet: str) -> str | None:
    return by_text(text, snippet).speaker


# (article, a snippet of the claim, its speaker)
SPEAKERS = [
    # function words and dates are not part of a name
    (
        "The protests spread on Monday. But media reported that forty people were arrested.",
        "forty people",
        "media",
    ),
    (
        "The march ended peacefully. And police said the organisers had kept to the route.",
        "kept to the route",
        "police",
    ),
    ("On Thursday officials reported that the outbreak had grown.", "outbreak", "officials"),
    (
        "According to the Ministry of Foreign Affairs he was detained at the border.",
        "detained",
        "the Ministry of Foreign Affairs",
    ),
    (
        "The president drew criticism for his travel ban that critics blame for the long "
        "queues at the border.",
        "long queues",
        "critics",
    ),
    # a role or a body glued to the person's name
    (
        "Refugee Council Enver Halil said the plan was cruel. Halil added that it would fail.",
        "plan was cruel",
        "Enver Halil",
    ),
    (
        "Former prime minister Tom Garvey has accused the cabinet of misleading parliament.",
        "misleading",
        "Tom Garvey",
    ),
    (
        "In a message, speaker of the parliament Ali Farahani wrote that the vote was fair.",
        "vote was fair",
        "Ali Farahani",
    ),
    (
        "Researcher and co-author of the study Tomas Rivas told reporters the star was young.",
        "star was young",
        "Tomas Rivas",
    ),
    (
        "According to Somali Ambassador to the United Nations Abdi Warsame, the talks failed. "
        "Warsame blamed the militias.",
        "talks failed",
        "Abdi Warsame",
    ),
    (
        "United States General Services Administration administrator Emily Moore sent a letter "
        "to the team on Monday, saying that the transition could begin.",
        "transition could begin",
        "Emily Moore",
    ),
    (
        "Former Trump adviser and retired general Mark Fenwick was on stage. He said the "
        "election had been stolen from the people.",
        "election had been stolen",
        "Mark Fenwick",
    ),
    # names cut short
    (
        "Notes from Poland reported that the law was signed by the president on Friday.",
        "law was signed",
        "Notes from Poland",
    ),
    (
        "According to the National Conference of State Legislatures, ten states vote early.",
        "ten states",
        "the National Conference of State Legislatures",
    ),
    (
        "The 14th Amendment states that all persons born in the country are citizens.",
        "all persons born",
        "the 14th Amendment",
    ),
    (
        "Pacific Gas and Electric Company (PG&E) cut power to homes. PG&E said the cuts "
        "would last two days.",
        "cuts would last",
        "Pacific Gas and Electric Company",
    ),
    (
        "The United Nations Educational, Scientific and Cultural Organization (UNESCO) runs "
        "the list. UNESCO said that any change needs its approval.",
        "any change",
        "the United Nations Educational, Scientific and Cultural Organization",
    ),
    (
        "The National Disaster Risk Reduction and Management Council (NDRRMC) counted the "
        "damage. The NDRRMC said that 21 people were injured.",
        "21 people were injured",
        "the National Disaster Risk Reduction and Management Council",
    ),
    # a demonym is not the body
    (
        "The Turkish Foreign Ministry issued a statement on Sunday. The Turkish statement said "
        "the drills were legal.",
        "drills were legal",
        "the Turkish Foreign Ministry",
    ),
    (
        "Ankara answered on Sunday. The Turkish statement said the drills were legal.",
        "drills were legal",
        "the Turkish statement",
    ),
    # a person, not "the person"
    (
        "The Russian President Vladimir Putin said the talks would continue.",
        "talks would continue",
        "Vladimir Putin",
    ),
    # the second half of "City, State" is not the speaker
    (
        "Cynthia Moss, a curator at the University of Arkansas, Fayetteville, said the prints "
        "were rare.",
        "prints were rare",
        "Cynthia Moss",
    ),
    (
        "Jo Reyes of the University of California, Los Angeles disagreed, saying that the "
        "springs were minor.",
        "springs were minor",
        "Jo Reyes",
    ),
    (
        "Bruce Allen, from Toronto, Canada, on Tuesday admitted that he had killed eight men.",
        "killed eight men",
        "Bruce Allen",
    ),
    (
        "On Thursday, Hana Celik addressed reporters in New York, New York, calling for an "
        "inquiry into the killing.",
        "calling for an inquiry",
        "Hana Celik",
    ),
    # an apposition's place, or a clause, is not the subject of a participle
    (
        "Adil Hamid, the acting Prime Minister of Iraq, spoke out against the attack, calling "
        'it "an aggression on Iraq as a state, a government and a people".',
        "spoke out",
        "Adil Hamid",
    ),
    (
        "From Israel, Secretary of State Mark Pollard spoke, defending the policy of the "
        "administration.",
        "defending",
        "Mark Pollard",
    ),
    # an apposition with no closing comma
    (
        "Erwin Kaplan, Dean of the Berkeley School of Law called it a silly argument that "
        "would not survive in court.",
        "silly argument",
        "Erwin Kaplan",
    ),
    # several words of a group
    (
        "People in the administration and campaign said his comments were misconstrued.",
        "misconstrued",
        "People in the administration and campaign",
    ),
    # a possessive's role and the name after it
    (
        "According to Windsor Locks' first selectman, Chris Kerwin, ten passengers were aboard.",
        "ten passengers",
        "Chris Kerwin",
    ),
    # an apposition names the person it follows
    (
        "For Kevin Allen, an instructor in English, Warhol was a legend. He said the artist "
        "changed how people saw fame.",
        "changed how people saw fame",
        "Kevin Allen",
    ),
    (
        "The study was led by Mark Hay, a marine ecologist and professor at the institute, who "
        "said that local management helps reefs.",
        "local management",
        "Mark Hay",
    ),
    (
        "Speaking to reporters, the president of the Human Rights League, Jamel Sadi, said the "
        "ban was justified.",
        "ban was justified",
        "Jamel Sadi",
    ),
    (
        "One of the country's Vice Presidents, Rebecca Garang, also commented on the death.",
        "commented on the death",
        "Rebecca Garang",
    ),
    # a reduced passive: its agent speaks
    (
        "A cargo plane, reported by local press as belonging to the army, crashed into houses.",
        "belonging to the army",
        "local press",
    ),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), SPEAKERS, ids=[s for *_, s in SPEAKERS])
def test_speaker_is_the_name_itself(text: str, snippet: str, speaker: str) -> None:
    assert speaker_of(text, snippet) == speaker


# --- the person quoted, not the outlet that reports the quote -------------------------------

QUOTED = [
    (
        "The Guardian spoke to critics of the plan, with Enver Halil stating: "
        '"This is cruel and it will not work."',
        "This is cruel",
        "Enver Halil",
    ),
    (
        "Republicans attacked the inquiry, with Steve Rowan of Ohio calling the investigation "
        '"a sham from start to finish" and Ross Dale of Utah calling it "a farce".',
        "a sham from start",
        "Steve Rowan",
    ),
    (
        '"This plan will cost lives," the newspaper quoted Anna Berg as saying.',
        "This plan will cost lives",
        "Anna Berg",
    ),
    (
        '"This plan will cost lives," the paper quoted Anna Berg, a refugee lawyer, as saying.',
        "This plan will cost lives",
        "Anna Berg",
    ),
    (
        "The Times quoted Anna Berg as saying that the plan would cost lives.",
        "would cost lives",
        "Anna Berg",
    ),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), QUOTED, ids=[s for *_, s in QUOTED])
def test_the_person_quoted_speaks_not_the_outlet(text: str, snippet: str, speaker: str) -> None:
    assert speaker_of(text, snippet) == speaker


# --- quotations introduced by a colon, over several paragraphs --------------------------------


def test_a_quote_paragraph_after_an_introduction_ending_in_a_colon() -> None:
    text = (
        "Sam Ortiz spoke about the vote on Tuesday.\n\n"
        "Mark Tully met reporters outside the court and read a short statement:\n\n"
        '"I am disappointed with the verdict and we will appeal it."'
    )
    assert speaker_of(text, "I am disappointed") == "Mark Tully"


def test_an_introduction_without_words_of_its_own_is_not_a_claim() -> None:
    text = (
        "Anna Berg, a refugee lawyer, spoke to reporters on Monday. She said:\n\n"
        '"We will fight this in every court in the land. It is unlawful."'
    )
    found = claims(text)
    assert [c.text for c in found] == [
        '"We will fight this in every court in the land. It is unlawful."'
    ]
    assert found[0].speaker == "Anna Berg"


def test_a_fragment_introduced_by_a_colon_in_the_paragraph_before_is_a_quote() -> None:
    text = (
        "At a rally, party chairman Mark Seidel commented:\n\n"
        '"[Harris is] not eligible to serve under the constitution as written."'
    )
    claim = by_text(text, "not eligible")
    assert (claim.kind, claim.speaker) == ("quote", "Mark Seidel")


def test_a_quote_over_several_paragraphs_keeps_its_speaker() -> None:
    text = (
        "Judge Rosa Lind read her ruling on Friday. She told the court:\n\n"
        '"The evidence is overwhelming. The defendant lied to investigators.\n\n'
        '"The sentence must reflect the harm done to the families.\n\n'
        '"I therefore sentence him to twelve years."\n\n'
        "The defence lawyer, Paul Hart, said he would appeal."
    )
    assert speaker_of(text, "The sentence must reflect") == "Rosa Lind"
    assert speaker_of(text, "I therefore sentence") == "Rosa Lind"
    assert speaker_of(text, "he would appeal") == "Paul Hart"


# --- words that are never speakers ------------------------------------------------------------


def test_a_passive_after_a_contraction_has_no_source() -> None:
    assert claims("Ex-members face abuse online. And they're criticised that much.") == []


def test_first_person_contractions_and_fillers_are_not_names() -> None:
    text = (
        "Game design is not something I'd recommend for anyone, the developer Perttu Aho "
        "said. Um, I really like to read books, he explained. Amongst reported incidents, "
        "three were serious."
    )
    speakers = {c.speaker for c in detect_claims(text)}
    assert not speakers & {"I'd", "Um", "Amongst"}


# --- constructions met on a fourth labeller's articles (dev3) ---------------------------------

CONSTRUCTIONS = [
    # a participle opens the sentence; the colon hands the quotation to the subject
    (
        'Writing in a blog post, Tom Iles of the Daily Star dubbed the feud: "Scientology '
        'versus the Internet, part seventeen". He called it "another small skirmish in a war."',
        "Scientology versus",
        "Tom Iles",
    ),
    # a quotation that is a sentence of its own continues the claim before it
    (
        "Heald noted the findings show pollution control matters. "
        '"An air-quality cleanup would improve crop yields across the world."',
        "An air-quality cleanup",
        "Heald",
    ),
    # a document "signed by" someone, read out
    (
        "On Thursday, Pope Francis announced a new church law. The decree signed by the Pope "
        'read "The crimes of abuse offend Our Lord and harm the community of the faithful."',
        "The crimes of abuse",
        "Pope Francis",
    ),
    # "Per the X, ..." names a source as "according to" does
    (
        "Per the doctrines, testimony of two witnesses is required to convict a person.",
        "testimony of two witnesses",
        "the doctrines",
    ),
    # a name "of" an organisation written in lowercase words
    (
        'Peter Isle of worldwide victim group Ending Clergy Abuse said, "The church must '
        'report every case."',
        "The church must",
        "Peter Isle",
    ),
    # the subject of the verb that governs the infinitive
    (
        "Jean Muyembe led the trial. He went on to say thousands of deaths could be prevented.",
        "thousands of deaths",
        "Jean Muyembe",
    ),
    # a relative clause with a source of its own
    (
        "Wilbur Ross testified. A spokeswoman criticized the decision, which Ross has referred "
        'to as "gamesmanship" and a "stunt".',
        "gamesmanship",
        "Wilbur Ross",
    ),
    # a quoted question that opens with a statement of its own
    (
        'Cardinal Marc Ouellet said, "We have said for years that priests should follow strict '
        'rules, so why should the bishops be exempt?"',
        "We have said",
        "Marc Ouellet",
    ),
    # a source described at length after "according to", cut before its participle
    (
        "According to an Internet posting made just over 24 hours ago, the website is down.",
        "the website is down",
        "an Internet posting",
    ),
    # a quoted title inside the subject, and examples after "such as"
    (
        'The "History" section of the site explains that the attack was a protest.',
        "attack was a protest",
        'the "History" section of the site',
    ),
    (
        "Other sites such as Gawker.com have stated that they will keep the video online.",
        "keep the video online",
        "Other sites such as Gawker.com",
    ),
    (
        "Officials from countries such as France said the deal was dead.",
        "deal was dead",
        "Officials from countries such as France",
    ),
    # a stance with its object
    (
        "Critics of the church were critical of the attacks on its website.",
        "critical of the attacks",
        "Critics of the church",
    ),
    # a description with a name set off after it
    (
        "Madina Bell said she was proud. The new governor of the region, Alexander Moor, "
        'offered to diversify the economy: "Our exports have come close to a billion dollars."',
        "Our exports",
        "Alexander Moor",
    ),
]


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"), CONSTRUCTIONS, ids=[s for *_, s in CONSTRUCTIONS]
)
def test_constructions_name_their_speaker(text: str, snippet: str, speaker: str) -> None:
    assert speaker_of(text, snippet) == speaker


def test_a_statement_before_a_colon_is_a_claim_and_the_quotation_too() -> None:
    text = (
        "Mike Ryan of the World Health Organization (WHO) told the press the new drugs were "
        'only part of the solution: "What will stop Ebola is good surveillance."'
    )
    found = claims(text)
    assert [(c.kind, c.speaker) for c in found] == [
        ("reported", "Mike Ryan"),
        ("quote", "Mike Ryan"),
    ]


def test_dubbing_a_film_is_not_a_statement() -> None:
    assert claims("Tipton held a panel on her career, dubbing anime for a distributor.") == []


# --- counts, shares and spans that are figures --------------------------------------------------

FIGURES = [
    "Six other U.S. diplomats fled to the Canadian embassy.",
    "He has authored three books, one with his wife.",
    "Two thirds of those infected, over 1800 people, have died.",
    "The investigation ordinarily has to be completed in three months.",
]
NOT_FIGURES = [
    "The two men walked home together.",
    "There are two sides to look at it.",
    "In 1800 people lived in caves.",
]


@pytest.mark.parametrize("text", FIGURES)
def test_counts_of_people_and_things_are_figures(text: str) -> None:
    assert [c.kind for c in claims(text)] == ["figure"]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_sets_ways_of_seeing_and_years_are_not_figures(text: str) -> None:
    assert claims(text) == []


def test_a_finding_without_that_is_the_researchers() -> None:
    text = "The scientists found reduction of crop yields by 2050 exceeded 10% of 2000 levels."
    claim = only(text)
    assert (claim.kind, claim.speaker) == ("reported", "the scientists")


def test_an_owner_pronoun_names_the_owner() -> None:
    text = (
        "Former CIA officer Tony Mendez died on Saturday. According to his publicist, Mendez "
        "died of Parkinson's disease. The NBA suspended its season. According to its press "
        "release, the league will resume play in June."
    )
    assert speaker_of(text, "died of Parkinson") == "Tony Mendez's publicist"
    assert speaker_of(text, "resume play") == "the NBA"


def test_an_acronym_after_a_body_met_earlier_under_another_form_does_not_crash() -> None:
    """A body named in full before its acronym, in a paragraph whose other names were read
    first, once made the detector fail on the whole article (30 of 10,000 bench articles)."""
    text = (
        "On Wednesday the Turkish President Orhan Pamuk pledged converting Hagia Sophia, now a "
        "museum, to a mosque. He announced this change on television, despite criticism by the "
        "Greek foreign minister and United Nations Educational, Scientific and Cultural "
        "Organization (UNESCO) who questioned his authority to make the change.\n\n"
        "UNESCO said the building must stay a museum."
    )
    assert speaker_of(text, "must stay a museum") == (
        "United Nations Educational, Scientific and Cultural Organization"
    )


def test_an_outlet_closing_the_sentence_relays_the_clause_source() -> None:
    """ "X said that ..., the Daily Ledger reported": the outlet relays; X said it."""
    text = (
        "Talks on the new dam stalled this week. A senior water official said that the "
        "reservoir would hold enough for two summers, the Daily Ledger reported."
    )
    claim = by_text(text, "reservoir would hold")
    assert claim.text.startswith("A senior water official said that")
    assert (claim.kind, claim.speaker) == ("reported", "a senior water official")


def test_a_source_closing_the_sentence_that_is_not_an_outlet_still_wins() -> None:
    text = (
        "The mayor said the bridge would reopen in May, city engineers told reporters. "
        "Nobody else commented."
    )
    assert speaker_of(text, "bridge would reopen") == "city engineers"


def test_a_relative_named_earlier_is_that_person_later() -> None:
    """ "his daughter Mara Lind" then "his daughter said": the daughter has a name."""
    text = (
        "The painter Olaf Lind died on Sunday at 91. The news was confirmed by his daughter "
        "Mara Lind.\n\n"
        "Lind had lived in Spain for decades, but his daughter said he died in Oslo."
    )
    claim = by_text(text, "he died in Oslo")
    assert (claim.kind, claim.speaker) == ("reported", "Mara Lind")


def test_an_unnamed_relative_is_named_after_the_owner() -> None:
    text = "The painter Olaf Lind died on Sunday. His daughter said he died in Oslo."
    assert speaker_of(text, "he died in Oslo") == "Olaf Lind's daughter"


def test_a_broadcasters_projections_are_its_own() -> None:
    text = (
        "Polls closed at eight. On Tuesday, Ms Ortiz carried three of the five districts, "
        "according to KTVB's projections."
    )
    claim = by_text(text, "three of the five districts")
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "KTVB", "according to")


def test_places_and_days_are_not_who_his_stands_for() -> None:
    """ "died ... in Port Ellis ... since Christmas Eve, his family said": the family is the
    person's, not a place's or a holiday's."""
    text = (
        "Folk singer Tomas Wren died on Sunday at a hospital in Port Ellis after being ill "
        "since Christmas Eve, his family said.\n\n"
        "Wren recorded nine albums. According to his agent, Wren had finished a tenth."
    )
    assert speaker_of(text, "Folk singer Tomas Wren died") == "Tomas Wren's family"
    assert speaker_of(text, "finished a tenth") == "Tomas Wren's agent"


def test_expressed_with_a_clause_is_the_subjects_statement() -> None:
    text = (
        "The race for mayor opened on Monday. Councillor Rita Moss has expressed she is not "
        "interested in running, according to Reuters."
    )
    claim = by_text(text, "not interested in running")
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "Rita Moss", "expressed")


def test_an_owners_official_account_is_the_owner() -> None:
    """ "The ministry's official Twitter account said:": "official" is no person here."""
    text = (
        "The outbreak spread to the capital. The health ministry's official Twitter account "
        'said: "We recorded 40 new cases today."'
    )
    claim = by_text(text, "40 new cases")
    assert (claim.kind, claim.speaker) == ("quote", "the health ministry")
    person = 'The ministry\'s official said: "We recorded 40 new cases today."'
    assert speaker_of(person, "40 new cases") == "the ministry's official"


def test_a_list_of_agents_is_the_speaker() -> None:
    text = "The dam was condemned in a joint statement by Chad, Niger and Mali on Monday."
    assert [(c.kind, c.speaker, c.cue) for c in detect_claims(text)] == [
        ("reported", "Chad, Niger and Mali", "condemned")
    ]
    text = "The treaty was criticised by Norway, Iceland, and Denmark."
    assert speaker_of(text, "treaty") == "Norway, Iceland, and Denmark"


def test_his_in_a_named_persons_sentence_is_the_subjects() -> None:
    text = (
        "Orlov is a fierce critic of Governor Pavel Dorin, and his lawyers have alleged Orlov "
        "was jailed to silence him."
    )
    assert speaker_of(text, "jailed to silence") == "Orlov's lawyers"


def test_their_after_a_plural_subject_is_that_group() -> None:
    text = (
        "The two climbers were rescued on Monday. Their families said the pair had been "
        "missing for three days."
    )
    assert speaker_of(text, "had been missing") == "the two climbers' families"


def test_an_unnamed_social_media_account_is_the_speaker_as_written() -> None:
    text = "An official government Twitter account said the border crossing would reopen."
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue, claim.text) == (
        "reported",
        "an official government Twitter account",
        "said",
        text,
    )


def test_a_persons_account_speaks_for_the_person_without_recursing() -> None:
    """'His Twitter account' asks whom 'his' means; looking back must not re-enter the very
    sentence whose subject is being resolved (it used to recurse without end)."""
    text = "Omar Haddad spoke on Monday. His Twitter account said the border would stay closed."
    claim = claims(text)[-1]
    assert claim.text == "His Twitter account said the border would stay closed."
    assert (claim.kind, claim.speaker, claim.cue) == ("reported", "Omar Haddad", "said")


def test_part_of_a_documents_text_is_quoted_for_its_author() -> None:
    text = 'Part of the judge\'s ruling reads "the average driver could not have seen the sign."'
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.cue, claim.text) == (
        "quote",
        "the judge",
        "reads",
        '"the average driver could not have seen the sign."',
    )


def test_an_excerpt_of_an_owned_letter_speaks_for_its_owner() -> None:
    text = 'An excerpt of the Harbour Authority\'s letter reads: "We will not pay the fine."'
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("quote", "the Harbour Authority")
    assert claim.text == '"We will not pay the fine."'


def test_he_after_an_unnamed_man_in_the_sentence_before_is_that_man() -> None:
    text = "Police arrested a man outside the bank on Friday. He told officers he was lost."
    claim = claims(text)[-1]
    assert (claim.kind, claim.speaker, claim.cue, claim.text) == (
        "reported",
        "a man",
        "told",
        "He told officers he was lost.",
    )


def test_he_with_no_man_before_stays_as_written() -> None:
    (claim,) = claims("The storm passed at noon. He said the roads were clear.")
    assert claim.speaker == "He"
