"""Cleaning rules one at a time, on small bodies, and on the 303 Wikinews articles."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from articles import Boilerplate, clean_text, load_corpus
from articles.clean import derive_title
from tests.conftest import WIKINEWS, write

BODY = [
    "The regional parliament approved the budget on Thursday after a debate that lasted"
    " eleven hours, the longest in its history.",
    "Opposition members walked out twice during the session, accusing the governing coalition"
    " of cutting funding for rural schools.",
    "The finance minister said the cuts were temporary and would be reversed next year if tax"
    " revenue recovered as forecast.",
    "The budget now goes to the regional governor, who is expected to sign it within a week.",
]
MORE = [
    "Teachers' unions announced a protest outside the parliament building for next Monday.",
    "Spending on roads rises by 4 percent, the only department to get more money than last year.",
    "Economists at the regional bank called the revenue forecast optimistic but achievable.",
    "The last budget, passed a year ago, took three readings and two emergency sessions.",
]


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def removed(body: str, **options: object) -> list[tuple[str, str]]:
    return [(b.text, b.reason) for b in clean_text(body, **options).boilerplate]  # type: ignore[arg-type]


def test_cleaning_is_deterministic_and_keeps_paragraphs_as_written() -> None:
    body = page("Budget passes after marathon debate", "Advertisement", *BODY)
    first, second = clean_text(body), clean_text(body)
    assert first == second
    assert first.paragraphs == tuple(BODY)
    assert first.text == "\n\n".join(BODY)


def test_only_whitespace_inside_a_kept_paragraph_changes() -> None:
    cleaned = clean_text("A  line\twith   odd\u00a0spacing, and “curly” quotes…\n")
    assert cleaned.paragraphs == ("A line with odd spacing, and “curly” quotes…",)


def test_an_article_with_no_furniture_loses_nothing() -> None:
    cleaned = clean_text("\n\n".join(BODY + MORE))
    assert cleaned.boilerplate == () and cleaned.paragraphs == tuple(BODY + MORE)
    assert cleaned.title is None and cleaned.date is None and cleaned.author is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ADVERTISEMENT", "ad"),
        ("- Advertisement -", "ad"),
        ("Story continues below advertisement", "ad"),
        ("Listen to this article", "audio"),
        ("Loading audio...", "audio"),
        ("Read more: Parliament's longest debates, ranked", "related-link"),
        ("READ MORE: How the budget was written", "related-link"),
        ("See also - Governor to sign within a week", "related-link"),
        ("Nick Example 10pm - 1am", "slot"),
        ("Share on Facebook | Share on X", "share"),
        ("Image source, Getty Images", "caption"),
        ("© 2025 Example Media. All rights reserved.", "footer"),
        ("Sign up for our daily newsletter", "footer"),
        ("Found a typo? Highlight it and press Ctrl+Enter", "footer"),
        ("Updated 3 hours ago", "dateline"),
    ],
)
def test_furniture_phrases(line: str, reason: str) -> None:
    body = page(BODY[0], BODY[1], line, BODY[2], BODY[3])
    assert removed(body) == [(line, reason)]


def test_a_body_sentence_mentioning_furniture_words_stays() -> None:
    sentence = (
        "The minister said the advertisement campaign for the budget, which urged readers to"
        " read more about it, share the story and sign up for the scheme, had cost too much."
    )
    assert removed(page(*BODY[:2], sentence, *BODY[2:])) == []


def test_teasers_only_on_a_page_that_shows_furniture() -> None:
    teaser = "Governor under pressure over rural school funding"
    clean = page(*BODY[:2], teaser, *BODY[2:])
    # A clean article: a headline-shaped line is a subheading (or a caption): kept.
    assert removed(clean) == []
    saved_page = page("Listen to this article", *BODY[:2], teaser, *BODY[2:])
    assert (teaser, "teaser") in removed(saved_page)
    # A question in the body is never a teaser, even on a saved page.
    question = "What happens if the governor refuses?"
    assert (question, "teaser") not in removed(
        page("Advertisement", *BODY[:2], question, *BODY[2:])
    )


def test_title_line_is_taken_out_of_the_body() -> None:
    cleaned = clean_text(page("Budget passes after marathon debate", *BODY))
    assert cleaned.title == "Budget passes after marathon debate"
    assert cleaned.boilerplate == (Boilerplate("Budget passes after marathon debate", "title"),)
    assert cleaned.paragraphs == tuple(BODY)
    # A quoted headline in sentence case is a title too.
    quoted = "'We will not sign this budget', governor warns"
    assert clean_text(page(quoted, *BODY)).title == quoted
    # A section label over the headline is set aside too.
    kicked = clean_text(page("WORLD", "Budget passes after marathon debate", *BODY))
    assert kicked.title == "Budget passes after marathon debate"
    assert [b.reason for b in kicked.boilerplate] == ["kicker", "title"]
    # A first line that is a sentence is body, and no title is found.
    assert clean_text(page(*BODY)).title is None


def test_known_title_drops_its_copy_and_nothing_else() -> None:
    body = page("# Budget passes after marathon debate", "", "## A long night", "", *BODY)
    cleaned = clean_text(body, markdown=True, known_title="Budget Passes After Marathon Debate!")
    assert cleaned.boilerplate == (Boilerplate("Budget passes after marathon debate", "title"),)
    assert cleaned.paragraphs[0] == "A long night"
    other = clean_text(body, markdown=True, known_title="Something else entirely")
    assert other.boilerplate == () and other.paragraphs[0] == "Budget passes after marathon debate"
    # With no known title, a Markdown body's first heading is the title.
    assert clean_text(body, markdown=True).title == "Budget passes after marathon debate"


def test_derived_title_is_the_first_sentence_cut_on_a_word() -> None:
    assert derive_title(["Short first sentence. Then more."]) == "Short first sentence"
    long = derive_title([BODY[1]])
    assert long is not None and long.endswith("…") and len(long) <= 91
    assert BODY[1].startswith(long[:-1]) and BODY[1][len(long) - 1] == " "
    assert derive_title(["Mr. Smith met Dr. Jones in the U.S. capital on Friday. Then more."]) == (
        "Mr. Smith met Dr. Jones in the U.S. capital on Friday"
    )
    assert derive_title([]) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Abdiwahab Ahmed", "Abdiwahab Ahmed"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Maria van der Berg in Brussels", "Maria van der Berg"),
        ("Jane Doe, Senior Correspondent", "Jane Doe"),
        ("Reporting by Jane Doe; Editing by John Roe", "Jane Doe"),
    ],
)
def test_bylines_at_the_top_or_the_end(line: str, author: str) -> None:
    for body in (page(line, *BODY), page(*BODY, line)):
        cleaned = clean_text(body)
        assert cleaned.author == author
        assert cleaned.boilerplate == (Boilerplate(line, "byline"),)


def test_not_bylines() -> None:
    for line in (
        "By the end of the session, most members had left the chamber.",
        "By Tuesday, officials said, the budget would be signed.",
    ):
        cleaned = clean_text(page(line, *BODY))
        assert cleaned.author is None and cleaned.boilerplate == ()


def test_a_byline_in_the_middle_is_left_alone() -> None:
    body = page(*BODY, *MORE[:3], "By Jane Doe", *MORE[3:], *BODY)
    assert clean_text(body).author is None


def test_dates_come_from_the_header_only() -> None:
    cleaned = clean_text(page("Budget passes", "Dec. 18, 2024", *BODY))
    assert cleaned.date == dt.date(2024, 12, 18)
    # Relative words are never a date; a date line deep in the body is not a dateline.
    late = page(*BODY, *MORE[:3], "18 December 2024", MORE[3])
    assert clean_text(late).date is None
    assert "18 December 2024" in clean_text(late).paragraphs
    assert clean_text(page("On Tuesday, the budget passed.", *BODY)).date is None


def test_unrelated_tail_needs_a_run_of_one_line_stories() -> None:
    one = "A painting stolen from a gallery in Lisbon in 1987 has been found in Bordeaux."
    assert removed(page(*BODY, one)) == []  # one odd last paragraph is the article's
    tail = [
        one,
        "Shares in the carmaker Voltano fell sharply after it cut its sales forecast.",
        "Scientists say a new vaccine for honeybees could protect hives against disease.",
    ]
    body = page(*BODY, *MORE, *tail)
    assert removed(body) == [(t, "off-topic") for t in tail]


def test_markdown_rendering() -> None:
    body = (
        "Intro with **bold**, *em*, _under_, a [link](https://example.com) and `code`.\n\n"
        "![chart](chart.png)\n\n"
        "### Why it matters\n\n"
        "- first point\n- second [point](u)\n\n"
        "3. numbered as written\n\n"
        "Soft\nwrapped line.\n"
    )
    cleaned = clean_text(body, markdown=True, known_title="A title")
    assert cleaned.paragraphs == (
        "Intro with bold, em, under, a link and `code`.",
        "Why it matters",
        "• first point",
        "• second point",
        "3. numbered as written",
        "Soft wrapped line.",
    )
    assert cleaned.boilerplate == (Boilerplate("chart", "image"),)


def test_plain_text_is_never_markdown(corpus_dir: Path) -> None:
    line = "Prices rose *sharply* in [March](2024), # of sales fell_by_half."
    write(corpus_dir, "plain.txt", line + "\n\n" + "\n\n".join(BODY))
    (article,) = load_corpus(corpus_dir).articles
    assert article.paragraphs[0] == line


def test_markdown_article_keeps_front_matter_over_body(corpus_dir: Path) -> None:
    write(
        corpus_dir,
        "a.md",
        "---\ntitle: Budget passes\ndate: 2025-01-02\nauthor: Front Matter\n---\n"
        "# Budget passes\n\nBy Jane Doe\n\nDec. 18, 2024\n\n" + "\n\n".join(BODY),
    )
    (article,) = load_corpus(corpus_dir).articles
    assert (article.title, article.date, article.author) == (
        "Budget passes",
        dt.date(2025, 1, 2),
        "Front Matter",
    )
    assert article.paragraphs == tuple(BODY)
    assert [b.reason for b in article.boilerplate] == ["title", "byline", "dateline"]


def test_empty_and_furniture_only_bodies() -> None:
    assert clean_text("") == clean_text("\n\n  \n")
    assert clean_text("").paragraphs == ()
    only = clean_text("Advertisement\n")
    assert only.paragraphs == () and only.boilerplate == (Boilerplate("Advertisement", "ad"),)


def test_wikinews_articles_lose_nothing_and_keep_a_body() -> None:
    """303 real articles without furniture: every removal would be a false positive."""
    corpus = load_corpus(WIKINEWS)
    assert len(corpus.articles) == 303 and corpus.warnings == ()
    false_removals = [(a.id, b) for a in corpus.articles for b in a.boilerplate]
    assert false_removals == []
    assert all(a.paragraphs and a.text for a in corpus.articles)


def test_furniture_added_to_wikinews_articles_is_all_removed() -> None:
    """The 303 real texts as saved pages: the added furniture always goes, and no sentence
    (a paragraph ending in sentence punctuation) of the article ever goes with it."""
    for article in load_corpus(WIKINEWS).articles:
        lines = [
            article.title,
            "18 December 2024, 22:04",
            "Listen to this article",
            article.paragraphs[0],
            "Advertisement",
            *article.paragraphs[1:],
            "Read more: Something else entirely happened elsewhere",
            "By Jane Doe",
            "© 2024 Example Media. All rights reserved.",
        ]
        cleaned = clean_text("\n\n".join(lines))
        reasons = {b.text: b.reason for b in cleaned.boilerplate}
        assert reasons[article.title] == "title", article.id
        assert reasons["18 December 2024, 22:04"] == "dateline"
        assert reasons["Listen to this article"] == "audio"
        assert reasons["Advertisement"] == "ad"
        assert reasons["Read more: Something else entirely happened elsewhere"] == "related-link"
        assert reasons["By Jane Doe"] == "byline"
        assert reasons["© 2024 Example Media. All rights reserved."] == "footer"
        assert (cleaned.title, cleaned.date, cleaned.author) == (
            article.title,
            dt.date(2024, 12, 18),
            "Jane Doe",
        )
        lost = [p for p in article.paragraphs if p not in cleaned.paragraphs]
        # Only headline-shaped lines (captions, source lines) can be taken for teasers.
        assert not [p for p in lost if re.search(r"[.!?…][\"”’')]*$", p)], article.id
