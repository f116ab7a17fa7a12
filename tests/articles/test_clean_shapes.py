"""Cleaning articles of other shapes: tests/data/clean/ (front matter, datelines, bylines at the
end, Markdown pages, CRLF, hard-wrapped text, unrelated tails, related-story boxes)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from articles import Article, load_corpus

CLEAN = Path(__file__).resolve().parent.parent / "data" / "clean"
UTC = dt.UTC


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    corpus = load_corpus(CLEAN)
    assert corpus.warnings == ()
    return {a.id: a for a in corpus.articles}


def reasons(article: Article) -> Counter[str]:
    return Counter(b.reason for b in article.boilerplate)


# id: (title, date, time, author, reasons of what was removed)
EXPECTED: dict[str, tuple[str, dt.date | None, dt.time | None, str | None, dict[str, int]]] = {
    "front-matter-heading": (
        "Harbour authority delays dredging of the main channel",
        dt.date(2025, 3, 4),  # the front matter wins over the body's "March 1, 2025"
        None,
        "Ines Okafor",  # ... and over the body's "By Someone Else"
        {"title": 1, "byline": 1, "dateline": 1, "image": 1},
    ),
    "dateline-month-first": (
        "Council approves protected cycle lanes for the old town",
        dt.date(2024, 12, 18),
        None,
        None,
        {"title": 1, "dateline": 1},
    ),
    "dateline-iso-time": (
        "Wildfire near Corvala forces evacuation of two villages",
        dt.date(2024, 3, 5),
        dt.time(14, 30, tzinfo=UTC),
        None,
        {"title": 1, "dateline": 1},
    ),
    "byline-with-date": (
        "Regional airline orders six electric aircraft for island routes",
        dt.date(2024, 12, 18),
        None,
        "Jane Doe and Omar Haddad",
        {"title": 1, "byline": 1},
    ),
    "ambiguous-slash-date": (
        "Library reopens after flood repairs",
        None,  # 05/06/2024: 5 June or 6 May? No guess.
        None,
        None,
        {"title": 1, "dateline": 1},
    ),
    "unambiguous-slash-date": (
        "Night trains return to the coast line",
        dt.date(2024, 12, 18),
        None,
        None,
        {"title": 1, "dateline": 1},
    ),
    "byline-at-end": (
        "Dockworkers in the port of Vessa ended a four-day strike on Thursday after the port…",
        None,
        None,
        "Maria van der Berg",
        {"byline": 1, "footer": 1},
    ),
    "no-furniture": (
        "The town council of Aldmere voted on Monday to keep its public swimming pool open for at…",
        None,
        None,
        None,
        {},
    ),
    "crlf": (
        "Tram line to the airport opens after three years of works",
        None,
        None,
        None,
        {"title": 1, "ad": 1},
    ),
    "hard-wrapped": (
        "Volunteers count seabirds on the northern cliffs",
        None,
        None,
        None,
        {"title": 1, "ad": 1},
    ),
    "wrapped-no-blank-lines": (
        "Bakery chain to close its last three shops",
        None,
        None,
        None,
        {"title": 1},
    ),
    "markdown-page": (
        "Museum returns looted bronze plaque to Benin City",
        dt.date(2025, 3, 12),
        dt.time(9, 15),
        "Adaeze Nwosu",
        {
            "title": 1,
            "byline": 1,
            "dateline": 1,
            "audio": 1,
            "related-link": 4,
            "share": 1,
        },
    ),
    "wire": (
        # The wire dateline opening the first paragraph is not part of the derived title.
        "Dockworkers at the port of Brenfield walked out on Monday in a dispute over pay, halting…",
        dt.date(2025, 3, 3),
        None,
        "Jane Doe",
        {"byline": 1},
    ),
    "radio-teasers": (
        "Ferry strike called off after overnight talks",
        dt.date(2025, 3, 4),
        dt.time(6, 12),
        None,
        {
            "slot": 1,
            "title": 1,
            "dateline": 1,
            "audio": 2,
            "related-link": 1,
            "teaser": 1,
            "share": 1,
        },
    ),
    "unrelated-tail": (
        "Flood defences on the river Arden held overnight as the water reached its highest"
        " level in…",
        None,
        None,
        None,
        {"off-topic": 4},
    ),
    "related-box": (
        "The county council has closed the Millford road bridge to all vehicles after an"
        " inspection…",
        None,
        None,
        None,
        {"related-link": 1, "teaser": 2},
    ),
}


def test_every_test_article_has_expectations(articles: dict[str, Article]) -> None:
    assert sorted(articles) == sorted(EXPECTED)


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_title_date_author_and_what_is_removed(
    articles: dict[str, Article], article_id: str
) -> None:
    article = articles[article_id]
    title, date, time, author, removed = EXPECTED[article_id]
    assert (article.title, article.date, article.time, article.author) == (
        title,
        date,
        time,
        author,
    )
    assert reasons(article) == Counter(removed), article.boilerplate
    assert article.text and article.text == "\n\n".join(article.paragraphs)
    assert article.title not in article.paragraphs  # the title line is never repeated


@pytest.mark.parametrize("article_id", sorted(p.stem for p in CLEAN.glob("*.txt")))
def test_plain_text_sentences_are_all_kept_or_set_aside(
    articles: dict[str, Article], article_id: str
) -> None:
    article = articles[article_id]
    flat = " ".join(article.raw.split())
    pieces = [*article.paragraphs, *(b.text for b in article.boilerplate)]
    # Every paragraph is the author's text, whitespace aside ...
    assert all(p in flat for p in pieces)
    # ... and together they cover every word of the file, in full.
    assert sorted(" ".join(pieces).split()) == sorted(flat.split())


def test_no_furniture_means_nothing_removed(articles: dict[str, Article]) -> None:
    article = articles["no-furniture"]
    raw_paragraphs = [" ".join(p.split()) for p in article.raw.split("\n\n") if p.strip()]
    assert article.paragraphs == tuple(raw_paragraphs)
    # Its subheading and its one-line ending are the article's, not teasers or other stories.
    assert "What changed" in article.paragraphs
    assert article.paragraphs[-1] == "The pool will close for four months while both are done."


def test_markdown_is_read_as_text(articles: dict[str, Article]) -> None:
    article = articles["front-matter-heading"]
    assert article.paragraphs[0] == (
        "The Larnmouth Harbour Authority has postponed the dredging of its main shipping channel"
        " until the autumn, citing a shortage of certified contractors."
    )
    assert "Ferry operators react" in article.paragraphs  # a subheading is body text
    assert "• Northline Ferries will run its two older ships." in article.paragraphs
    assert "• Coastway said it was reviewing its timetable." in article.paragraphs
    assert not re.search(r"[*_#\[\]]|https?://|dredger\.jpg", article.text)
    # The heading repeating the front matter's title is not in the text.
    assert article.text.count("Harbour authority delays") == 0


def test_markdown_page_keeps_only_the_story(articles: dict[str, Article]) -> None:
    article = articles["markdown-page"]
    assert [p[:30] for p in article.paragraphs] == [
        "The Hallam Museum handed back ",
        "The plaque, which shows a cour",
        '"This is the beginning of a co',
    ]
    assert "Helen Marsh." in article.text and "**" not in article.text


def test_crlf_and_wrapped_text_become_whole_paragraphs(articles: dict[str, Article]) -> None:
    assert b"\r\n" in (CLEAN / "crlf.txt").read_bytes()  # the test file really is CRLF
    assert "\r" not in articles["crlf"].text
    wrapped = articles["hard-wrapped"]
    assert wrapped.paragraphs[0] == (
        "Volunteers spent the weekend counting nesting seabirds along eight kilometres of cliffs"
        " on the northern coast, the first full count since the colony was hit by bird flu two"
        " summers ago."
    )
    assert len(wrapped.paragraphs) == 4
    unbroken = articles["wrapped-no-blank-lines"]
    assert [p[:20] for p in unbroken.paragraphs] == [
        "The family-owned Har",
        "The company once had",
        "Customers left flowe",
    ]


def test_wire_dateline_stays_in_its_paragraph(articles: dict[str, Article]) -> None:
    article = articles["wire"]
    assert article.paragraphs[0].startswith("BRENFIELD, March 3, 2025 (Example Wire) - Dockworkers")


def test_related_box_takes_the_card_but_not_the_story_after_it(
    articles: dict[str, Article],
) -> None:
    article = articles["related-box"]
    assert article.paragraphs[3].startswith("Meanwhile, the council said engineers would decide")
    assert not any("snow" in p for p in article.paragraphs)
