"""One speaker per person or body across articles (articles.across): the grouping rules and
the user's alias table."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.across import (
    AliasFileError,
    AliasTable,
    group_speakers,
    load_alias_table,
    parse_alias_table,
    same_speaker,
)
from articles.across.names import fold, parse_name, skeleton


def names(*articles: list[str], aliases: AliasTable | None = None) -> list[tuple[str, ...]]:
    """The speakers of articles given as lists of speakers (one claim each), each as its
    name followed by its other spellings, most claims first."""
    directory = group_speakers([[(w, 1) for w in article] for article in articles], aliases)
    return [(s.name, *s.aliases) for s in directory.speakers]


def test_every_spelling_of_zelensky_is_one_speaker() -> None:
    spellings = [
        ["Volodymyr Zelensky"],
        ["Volodymyr Zelensky"],
        ["Volodymyr Zelenskyy"],
        ["Zelenskiy"],
        ["Zelensky"],
        ["Mr Zelenskyy"],
        ["President Zelensky"],
        ["V. Zelensky"],
    ]
    found = names(*spellings)
    assert len(found) == 1
    assert found[0][0] == "Volodymyr Zelensky"  # the full name most used
    assert set(found[0][1:]) == {w for [w] in spellings} - {"Volodymyr Zelensky"}


def test_people_who_share_a_surname_stay_apart() -> None:
    found = names(["Sadiq Khan"], ["Sadiq Khan"], ["Usman Khan"], ["Khan"])
    # "Khan" alone could be either of them: it stays on its own.
    assert sorted(found) == [("Khan",), ("Sadiq Khan",), ("Usman Khan",)]
    # With one Khan in the corpus, "Khan" is him; a one-letter slip in a first name is too.
    found = names(["Sadiq Khan"], ["Sadiq Khan"], ["Khan"], ["Sadik Khan"])
    assert found == [("Sadiq Khan", "Khan", "Sadik Khan")]


def test_middle_initials_tell_two_people_apart_and_no_chain_joins_them() -> None:
    found = names(["George W. Bush"], ["George H. W. Bush"], ["George Bush"])
    assert sorted(found) == [("George Bush",), ("George H. W. Bush",), ("George W. Bush",)]
    assert names(["George W. Bush"], ["George Bush"]) == [("George Bush", "George W. Bush")]


def test_transliterations_of_first_names_and_surnames() -> None:
    assert names(["Dmitry Peskov"], ["Dmitri Peskov"], ["Dmitriy Peskow"]) == [
        ("Dmitri Peskov", "Dmitriy Peskow", "Dmitry Peskov")
    ]
    assert len(names(["Muammar Gaddafi"], ["Muammar Qaddafi"])) == 1
    assert len(names(["Russia"], ["Prussia"])) == 2
    assert len(names(["Maria Ivanova"], ["Mario Ivanov"])) == 2


def test_a_name_with_words_in_front_of_another_is_that_person() -> None:
    assert names(["NASA Administrator Jim Bridenstine"], ["Jim Bridenstine"]) == [
        ("Jim Bridenstine", "NASA Administrator Jim Bridenstine")
    ]
    # Even when the role in front names a body (organisation words: "Senate", "States").
    for role in ("United States Senator from Vermont", "Senate Majority Leader"):
        found = names(["Bernie Sanders"], ["Bernie Sanders"], [f"{role} Bernie Sanders"])
        assert found == [("Bernie Sanders", f"{role} Bernie Sanders")]
    # A role naming a body, with no one after it, is the body.
    found = names(["Director of the National Hurricane Center"], ["National Hurricane Center"])
    assert len(found) == 2


def test_bodies_merge_on_spelling_and_acronyms_not_on_likeness() -> None:
    found = names(
        ["the World Health Organization"],
        ["World Health Organisation"],
        ["WHO"],
        ["the Kremlin"],
        ["Kremlin"],
        ["the United States"],
        ["U.S."],
        ["United States Geological Survey"],
        ["the US Geological Survey"],
        ["Labour Party"],
        ["Labor Party"],
    )
    groups = {frozenset(g) for g in found}
    who = frozenset({"the World Health Organization", "World Health Organisation", "WHO"})
    assert who in groups
    assert frozenset({"the Kremlin", "Kremlin"}) in groups
    assert frozenset({"the United States", "U.S."}) in groups
    assert frozenset({"United States Geological Survey", "the US Geological Survey"}) in groups
    assert frozenset({"Labour Party"}) in groups and frozenset({"Labor Party"}) in groups


def test_descriptions_are_nobody_in_particular() -> None:
    found = names(
        ["a high-ranking Ukrainian official", "the Ukrainian side", "he"],
        ["Officials", "police", "Western capitals", "the Ukrainian president"],
        ["Vladimir Putin"],
    )
    assert found == [("Vladimir Putin",)]
    assert parse_name("the Hill").kind == "body"  # a newspaper, not Mr Hill
    assert len(names(["Marc Lamont Hill"], ["the Hill"])) == 2


def test_a_one_word_speaker_beside_its_full_name_in_the_same_article_is_that_person() -> None:
    found = names(["Meerjady Sabrina Flora", "Meerjady"], ["Meerjady"], ["Tuilaepa"])
    # In the first article "Meerjady" is her; elsewhere a first name alone stays apart.
    directory = group_speakers(
        [[("Meerjady Sabrina Flora", 2), ("Meerjady", 1)], [("Meerjady", 1)]]
    )
    found_flora = directory.find("Meerjady Sabrina Flora")
    assert found_flora is not None
    flora = directory.speakers.index(found_flora)
    assert directory.speaker_of(0, "Meerjady") == flora
    assert directory.speaker_of(1, "Meerjady") != flora
    assert ("Meerjady Sabrina Flora", "Meerjady") in found


def test_same_speaker_is_symmetric() -> None:
    pairs = [
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
        ("Sadiq Khan", "Usman Khan", False),
        ("George W. Bush", "George H. W. Bush", False),
        ("the Kremlin", "Kremlin", True),
        ("Labour Party", "Labor Party", False),
    ]
    for a, b, expected in pairs:
        assert same_speaker(parse_name(a), parse_name(b)) is expected
        assert same_speaker(parse_name(b), parse_name(a)) is expected


def test_find_by_any_name_case_and_accents_aside() -> None:
    directory = group_speakers(
        [
            [("Volodymyr Zelensky", 3), ("Élysée Palace", 1)],
            [("Volodymyr Zelenskyy", 2), ("Vladimir Putin", 4)],
        ]
    )
    zelensky = directory.find("Volodymyr Zelensky")
    assert zelensky is not None and zelensky.claims == 5 and zelensky.articles == (0, 1)
    for typed in ("volodymyr zelenskyy", "zelenskiy", "Zelensky", "ZELENSKYY"):
        assert directory.find(typed) == zelensky, typed
    assert directory.find("elysee palace") is not None
    assert directory.find("Putn") is None
    assert directory.suggest("Putn") == ["Vladimir Putin"]


def test_the_alias_table_merges_and_names(tmp_path: Path) -> None:
    path = tmp_path / "speakers.yaml"
    path.write_text(
        "# who is who\n"
        "Volodymyr Zelensky: [Zelenskyy, the Ukrainian president]\n"
        "Kyiv: Ukraine\n"
        "Sadiq Khan: []\n",
        encoding="utf-8",
    )
    table = load_alias_table(path)
    assert [e.name for e in table.entries] == ["Volodymyr Zelensky", "Kyiv", "Sadiq Khan"]
    found = names(
        ["Vladimir Zelensky"],  # not matched by any rule (first names differ)...
        ["the Ukrainian president"],  # ...but a description the table names
        ["Kyiv"],
        ["Ukraine"],
        ["Volodymyr Zelenskyy"],
        aliases=parse_alias_table(
            "Volodymyr Zelensky: [Vladimir Zelensky, the Ukrainian president]"
        ),
    )
    assert found[0][0] == "Volodymyr Zelensky"
    assert set(found[0]) >= {"Vladimir Zelensky", "the Ukrainian president", "Volodymyr Zelenskyy"}
    assert {("Kyiv",), ("Ukraine",)} <= set(found)  # not in that table: two speakers
    assert ("Kyiv", "Ukraine") in names(["Kyiv"], ["Ukraine"], aliases=table)
    assert load_alias_table(tmp_path / "missing.yaml") == AliasTable()


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("Kyiv: [Ukraine\n", 2, "not valid YAML"),
        ("Kyiv: [Ukraine]\nMoscow: {a: b}\n", 2, "expected a list of aliases"),
        ("Kyiv: [Ukraine]\nKiev: [ukraine]\n", 2, "'ukraine' is already a name of 'Kyiv'"),
        ("- Kyiv\n- Ukraine\n", 1, "expected 'Name: [alias, ...]' lines"),
        ("Kyiv: [[Ukraine]]\n", 1, "expected a name"),
    ],
)
def test_a_bad_alias_file_names_the_file_and_line(text: str, line: int, problem: str) -> None:
    with pytest.raises(AliasFileError) as error:
        parse_alias_table(text, "/data/speakers.yaml")
    message = str(error.value)
    assert message.startswith(f"/data/speakers.yaml:{line}:"), message
    assert problem in message and "\n" not in message


def test_the_wikinews_speakers_list_one_entry_per_person() -> None:
    """The 303 Wikinews articles, through the real detector: the spellings it meets merge,
    and no two listed people share a first name and a surname spelling."""
    from articles import detect_claims, load_corpus
    from tests.conftest import WIKINEWS

    corpus = load_corpus(WIKINEWS)
    lists = []
    for article in corpus.articles:
        counts: dict[str, int] = {}
        for claim in detect_claims(article.text):
            if claim.speaker:
                counts[claim.speaker] = counts.get(claim.speaker, 0) + 1
        lists.append(list(counts.items()))
    directory = group_speakers(lists)
    by_name = {s.name: s for s in directory.speakers}
    # "Erdogan" and "Erdoğan" are one person, whichever step (detector or grouping) merges them.
    erdogan = [name for name in by_name if "erdogan" in fold(name)]
    assert erdogan == ["Recep Tayyip Erdoğan"]
    assert "Trump" in by_name["Donald Trump"].aliases
    assert not [name for name in by_name if "Trump" in name and name != "Donald Trump"]
    assert "Volodymyr Zelenskyy" in by_name["Volodymyr Zelensky"].aliases
    assert "WHO" not in by_name  # no one says "WHO" here, but both spellings of the body:
    assert by_name["the World Health Organization"].aliases == ("the World Health Organisation",)
    assert {"Sadiq Khan", "Joshua Wong", "Tak-Sing Wong", "Barack Obama", "Michelle Obama"} <= set(
        by_name
    )
    people = [parse_name(s.name) for s in directory.speakers]
    seen = [(skeleton(p.words[0]), skeleton(p.surname)) for p in people if p.kind == "person"]
    assert len(seen) == len(set(seen))
