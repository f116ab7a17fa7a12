"""Cleaning the five bundled samples: the furniture goes, every body sentence stays."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from articles import Article, load_corpus
from tests.conftest import SAMPLES

# Every furniture line of the samples, with the reason it must be given.
FURNITURE = {
    "000_96fc22c1091786c6": [],
    "001_afbc20cf0ccb7af1": [
        ("Richard Spurr 1am - 4am", "slot"),
        (
            "'Ukraine cannot take back territory occupied by Russia', Zelenskyy admits, as he"
            " calls for talks with Putin",
            "title",
        ),
        ("18 December 2024, 22:04", "dateline"),
        ("Listen to this article", "audio"),
        ("Loading audio...", "audio"),
        (
            "Read more: Volodymyr Zelenskyy 'prepared to end Ukraine war' in exchange for Nato"
            " membership",
            "related-link",
        ),
        ("David Lidington and Shelagh Fogarty on European defence spending", "teaser"),
        ("'The Cold War is now hot', says military analyst", "teaser"),
        ("Ukraine war has 'not been worth it,' Russian Ambassador admits to Andrew Marr", "teaser"),
    ],
    "002_6265d0da6e9f2d7b": [
        ("Putin Pledges to Capture Donbas Despite Fresh US-Ukraine Talks", "title"),
        ("- Advertisement -", "ad"),
        ("By Abdiwahab Ahmed", "byline"),
        ("Axadle Times international–Monitoring.", "footer"),
    ],
    "003_372ad5692174bae3": [
        ("The Irish Defence Forces says it had no comment", "off-topic"),
        ("Rusia’s ability to target a defector with nerve agent", "off-topic"),
        ("Dawn Sturgess, 44, died in 2018", "off-topic"),
        ("The partnership aims to protect undersea cables", "off-topic"),
        ("An official report has concluded that Russian president Vladimir Putin", "off-topic"),
    ],
    "004_ff85dbb805ef393e": [
        ("Advertisement", "ad"),
        ("Ukraine Launches Counterattacks in Kursk, Pokrovsk Sectors", "teaser"),
        ("Other Topics of Interest", "related-link"),
        ("Ukraine Launches Counterattacks in Kursk, Pokrovsk Sectors", "teaser"),
        ("Although relatively small-scale, most reports said the assaults", "teaser"),
        ("Advertisement", "ad"),
        ("Advertisement", "ad"),
        ("To suggest a correction or clarification, write to us here", "footer"),
        ("You can also highlight the text and press Ctrl + Enter", "footer"),
    ],
}

# A simple sentence splitter, independent of the cleaner's own.
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’']))\s+(?=[A-Z“\"‘'])")


@pytest.fixture(scope="module")
def samples() -> dict[str, Article]:
    return {a.id: a for a in load_corpus(SAMPLES).articles}


def test_every_furniture_line_is_out_of_the_text_with_its_reason(
    samples: dict[str, Article],
) -> None:
    for article_id, expected in FURNITURE.items():
        article = samples[article_id]
        removed = [(b.text, b.reason) for b in article.boilerplate]
        assert len(removed) == len(expected), (article_id, removed)
        for (text, reason), (start, want) in zip(removed, expected, strict=True):
            assert text.startswith(start) and reason == want, (article_id, text, reason)
            assert text not in article.paragraphs


@pytest.mark.parametrize("article_id", sorted(FURNITURE))
def test_no_sentence_of_the_file_is_lost(samples: dict[str, Article], article_id: str) -> None:
    article = samples[article_id]
    removed = [b.text for b in article.boilerplate]
    lines = [line.strip() for line in article.raw.splitlines() if line.strip()]
    for line in lines:
        for sentence in _SENTENCE_BREAK.split(line):
            assert sentence in article.text or any(sentence in r for r in removed), sentence
    # Stronger: each line of these files is one paragraph, kept or removed whole, unedited.
    assert Counter(lines) == Counter(article.paragraphs) + Counter(removed)


def test_titles_dates_and_bylines(samples: dict[str, Article]) -> None:
    s001, s002 = samples["001_afbc20cf0ccb7af1"], samples["002_6265d0da6e9f2d7b"]
    assert s001.title == (
        "'Ukraine cannot take back territory occupied by Russia', Zelenskyy admits, as he calls"
        " for talks with Putin"
    )
    assert (s001.date, s001.time) == (dt.date(2024, 12, 18), dt.time(22, 4))
    assert s002.title == "Putin Pledges to Capture Donbas Despite Fresh US-Ukraine Talks"
    assert s002.author == "Abdiwahab Ahmed"
    # No title line: the title is the first sentence, cut on a word boundary.
    assert samples["000_96fc22c1091786c6"].title == (
        "Diplomatic avenues cannot restore territorial control in Donetsk and Lugansk to Ukraine…"
    )
    for article_id in ("000_96fc22c1091786c6", "003_372ad5692174bae3", "004_ff85dbb805ef393e"):
        title = samples[article_id].title
        first = samples[article_id].paragraphs[0]
        assert title.endswith("…") and first.startswith(title[:-1]), title
        assert len(title) <= 91 and not first[len(title) - 1].isalnum()  # a word boundary
    # Relative words in the bodies ("on Tuesday", "last week") never become a date.
    assert all(samples[i].date is None for i in FURNITURE if i != "001_afbc20cf0ccb7af1")


def test_body_around_the_furniture_stays(samples: dict[str, Article]) -> None:
    s003 = samples["003_372ad5692174bae3"]
    assert s003.paragraphs[-1].startswith("In recent weeks, Russian troops have been slowly")
    s004 = samples["004_ff85dbb805ef393e"]
    after_box = s004.paragraphs[
        s004.paragraphs.index(
            "Russia has claimed to have annexed five"
            " Ukrainian regions - Crimea in 2014, along"
            " with Donetsk, Kherson, Luhansk, and"
            " Zaporizhzhia in 2022 - despite not having"
            " full control over them."
        )
        + 1 :
    ]
    assert after_box[0].startswith("Meanwhile, US President Donald Trump confirmed on Monday")
    assert after_box[-1].startswith("“I’m optimistic that we’re going to work harder")
    assert len(after_box) == 10
    s001 = samples["001_afbc20cf0ccb7af1"]
    assert s001.paragraphs[0].startswith("Volodymyr Zelenskyy has admitted")
    assert s001.paragraphs[-1].startswith('"But it would be a big mistake')


def test_an_article_without_furniture_loses_nothing(samples: dict[str, Article]) -> None:
    s000 = samples["000_96fc22c1091786c6"]
    assert s000.boilerplate == ()
    assert s000.paragraphs == tuple(line for line in s000.raw.splitlines() if line.strip())
