"""Saved pages and feeds to articles, and articles to Markdown (pure; the pages are our own)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from articles import ArticleFile, parse_article
from articles.ingest import (
    ExtractedArticle,
    IngestError,
    article_slug,
    entry_article,
    extract_article,
    parse_feed,
    render_markdown,
)
from tests.conftest import DATA

HTML = DATA / "ingest" / "html"
FEEDS = DATA / "ingest" / "feeds"
CET = dt.timezone(dt.timedelta(hours=1))

# Text that is on the news page but is not the article: it must never reach the body.
NEWS_PAGE_FURNITURE = (
    "cookies",
    "Accept all",
    "Subscribe",
    "Advertisement",
    "Refinance",
    "Seaview Spa",
    "Related stories",
    "Ferry timetable cut back",
    "47 comments",
    "waste of taxpayer money",
    "paying for taxis out of my own pocket",
    "Most read",
    "Cheap flights",
    "All rights reserved",
    "Share on Facebook",
    "Home",
)


def page(name: str) -> ExtractedArticle:
    return extract_article((HTML / name).read_bytes())


def reload(article: ExtractedArticle, name: str = "a.md"):
    """Render to Markdown and read it back as the corpus loader would."""
    return parse_article(ArticleFile("a", Path(name)), render_markdown(article).encode())


def test_news_page_keeps_the_article_and_drops_the_furniture() -> None:
    article = page("news-site.html")
    assert article.title == "Council approves night bus pilot after heated debate"
    assert article.author == "Maria Lindqvist"
    assert article.date == dt.date(2025, 2, 12)
    assert article.source == "The Harbour Gazette"
    assert article.url == "https://harbourgazette.example/local/2025/02/12/night-bus-pilot"
    assert article.paragraphs[1].startswith("The city council on Tuesday approved")
    assert article.paragraphs[-1].startswith("A final decision on whether to keep the routes")
    assert "“This is the least we owe them.”" in article.text
    assert "Opposition questions the cost" in article.paragraphs  # a heading, as a paragraph
    for furniture in NEWS_PAGE_FURNITURE:
        assert furniture not in article.text, furniture
    assert article.title not in article.paragraphs  # the headline lives in the front matter


def test_bare_page_has_a_title_and_no_invented_metadata() -> None:
    article = page("bare.html")
    assert article.title == "Library extends opening hours for exam season"
    assert (article.date, article.author, article.url) == (None, None, None)
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].startswith("The central library will stay open until midnight")


def test_byline_and_time_element() -> None:
    article = page("byline-time.html")
    assert article.author == "Tomás Ruiz"
    assert article.date == dt.date(2024, 8, 19)
    assert article.paragraphs[0].startswith("Cattle farmers across the southern valley")
    assert "Valley Courier, 12 Main Street" not in article.text


def test_non_ascii_text_survives_intact() -> None:
    article = page("non-ascii.html")
    assert article.title == (
        "Élections municipales : l’opposition conteste le résultat à Saint-Étienne-du-Lac"
    )
    assert article.author == "Hélène Dubœuf"
    assert "« Nous ne contestons pas la démocratie, nous demandons qu’on recompte »" in article.text
    assert "Zoé Lefèvre-Nguyễn" in article.text
    assert "«Оппозиция требует пересчёта голосов»" in article.text
    assert "Голосування триває до 18:00" in article.text
    assert "S’abonner" not in article.text


def test_page_in_a_legacy_charset_is_decoded_from_its_meta_tag() -> None:
    raw = (HTML / "legacy-charset.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    article = extract_article(raw)
    assert article.title == "Горсовет одобрил ночные автобусы"
    assert article.source == "Вечерний порт"
    assert "Городской совет во вторник одобрил" in article.text


@pytest.mark.parametrize(
    "content", [(HTML / "no-article.html").read_bytes(), b"", b"\x89PNG\r\n\x1a\n" + bytes(300)]
)
def test_page_without_an_article_is_refused(content: bytes) -> None:
    with pytest.raises(IngestError):
        extract_article(content)


def test_no_date_is_guessed_from_a_copyright_line() -> None:
    html = (HTML / "bare.html").read_text().replace("</body>", "<p>© 2019 Campus News</p></body>")
    assert extract_article(html).date is None


def test_markdown_loads_back_with_the_same_fields_and_text() -> None:
    extracted = page("news-site.html")
    markdown = render_markdown(extracted)
    assert markdown.startswith("---\ntitle: Council approves night bus pilot after heated debate\n")
    assert "\ndate: 2025-02-12\n" in markdown
    assert "\nsource: The Harbour Gazette\n" in markdown
    loaded = reload(extracted)
    assert loaded.title == extracted.title
    assert loaded.date == dt.date(2025, 2, 12)
    assert (loaded.author, loaded.source, loaded.url) == (
        extracted.author,
        extracted.source,
        extracted.url,
    )
    assert loaded.tags == ("Local",)
    assert loaded.paragraphs == extracted.paragraphs
    assert loaded.text == extracted.text


def test_markdown_of_tricky_titles_stays_valid_yaml() -> None:
    article = ExtractedArticle(
        title='Minister: "no comment" — #1 story: [draft] yes',
        paragraphs=("# Not a heading to the loader.", "---", "Last."),
        date=dt.datetime(2025, 2, 12, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        author="O'Brien",
        tags=("a, b", "yes"),
    )
    loaded = reload(article)
    assert loaded.title == article.title
    assert loaded.author == "O'Brien"
    assert loaded.date == dt.date(2025, 2, 12)  # the publisher's own day, not UTC's
    assert loaded.time is not None and loaded.time.hour == 23
    assert loaded.paragraphs == article.paragraphs


def test_slug_is_readable_ascii_with_the_date() -> None:
    assert article_slug(page("news-site.html")) == (
        "2025-02-12-council-approves-night-bus-pilot-after-heated-debate"
    )
    legacy = article_slug(page("legacy-charset.html"))
    assert legacy == "2025-02-12-gorsovet-odobril-nochnye-avtobusy"
    assert article_slug(page("bare.html")) == "library-extends-opening-hours-for-exam-season"
    long = ExtractedArticle(title="word " * 60, paragraphs=("x",))
    slug = article_slug(long)
    assert len(slug) <= 80 and slug.endswith("word") and slug.isascii()
    assert article_slug(ExtractedArticle(title="★ ☆ ★", paragraphs=("x",))) == "article"


def test_rss2_content_encoded() -> None:
    feed = parse_feed((FEEDS / "rss2-content.xml").read_bytes())
    assert feed.title == "The Harbour Gazette: Local"
    assert feed.url == "https://harbourgazette.example/local/rss.xml"
    assert [e.guid for e in feed.entries] == [
        "hg-local-20250212-0815",
        "hg-local-20250130-1740",
        "hg-local-20241204-1200",
    ]
    bus, ferry, strike = feed.entries
    assert bus.author == "Maria Lindqvist"
    assert bus.link == "https://harbourgazette.example/local/2025/02/12/night-bus-pilot"
    assert bus.date == dt.datetime(2025, 2, 12, 8, 15, tzinfo=dt.UTC)
    assert bus.tags == ("Transport", "Council")
    assert bus.paragraphs is not None and bus.paragraphs[0].startswith("The city council")
    assert "Opposition questions the cost" in bus.paragraphs  # headings are kept in feeds
    assert bus.summary == (
        "Councillors voted 7 to 4 for a six-month trial of three overnight routes.",
    )
    assert ferry.date == dt.datetime(2025, 1, 30, 17, 40, tzinfo=CET)
    assert ferry.paragraphs is not None
    assert "- Weekend departures: 09:00 and 15:00" in ferry.paragraphs  # list items are kept
    assert strike.author is None
    article = entry_article(feed, bus)
    assert (article.guid, article.feed, article.summary_only) == (
        "hg-local-20250212-0815",
        "https://harbourgazette.example/local/rss.xml",
        False,
    )


def test_atom_html_xhtml_and_summary_entries() -> None:
    feed = parse_feed((FEEDS / "atom.xml").read_bytes())
    assert feed.title == "Science Desk – Northern Observer"
    glacier, flu, open_day = feed.entries
    assert glacier.guid == "tag:observer.example,2024-11-05:glacier-survey"
    assert glacier.author == "Ingrid Bakke"
    assert glacier.date == dt.datetime(2024, 11, 5, 9, 30, tzinfo=CET)
    assert glacier.paragraphs is not None and len(glacier.paragraphs) == 3
    assert "“The rate of loss has doubled in the last decade,”" in glacier.paragraphs[1]
    assert flu.author == "Omar Haddad"
    assert flu.paragraphs is not None and flu.paragraphs[1].startswith("There is no evidence")
    assert open_day.paragraphs is None  # only a summary
    # It has no <published>: its <updated> is the date.
    assert open_day.date == dt.datetime(2024, 10, 30, 12, tzinfo=dt.UTC)
    article = entry_article(feed, open_day)
    assert article.summary_only and article.paragraphs == open_day.summary


def test_rss_summaries_only_and_author_in_email_form() -> None:
    feed = parse_feed((FEEDS / "rss-summaries.xml").read_bytes())
    drought, hay = feed.entries
    assert all(e.paragraphs is None for e in feed.entries)
    assert drought.author == "Tomás Ruiz"  # from "newsdesk@valleycourier.example (Tomás Ruiz)"
    assert drought.summary[0].startswith("Cattle farmers across the southern valley")
    assert hay.summary[0].startswith("Hay that sold for $120 a ton")
    assert feed.url is None


def test_rss1_rdf() -> None:
    feed = parse_feed((FEEDS / "rss1.rdf").read_bytes())
    (entry,) = feed.entries
    assert entry.author == "Per Ström"
    assert entry.date == dt.datetime(2024, 6, 3, 7, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert entry.paragraphs is not None and entry.paragraphs[1].startswith("Only twice before")


def test_feed_entry_markdown_loads_back() -> None:
    feed = parse_feed((FEEDS / "atom.xml").read_bytes())
    article = entry_article(feed, feed.entries[0])
    markdown = render_markdown(article)
    assert "\nguid: tag:observer.example,2024-11-05:glacier-survey\n" in markdown
    assert "\nfeed: https://observer.example/science/atom.xml\n" in markdown
    loaded = reload(article)
    assert loaded.title == article.title
    assert loaded.date == dt.date(2024, 11, 5)
    assert loaded.author == "Ingrid Bakke"
    assert loaded.source == "Science Desk – Northern Observer"
    assert loaded.tags == ("climate", "glaciers")
    assert loaded.paragraphs == article.paragraphs


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("not-a-feed.xml", "not an RSS or Atom feed"),
        ("truncated.xml", "feed does not parse: line 7: no element found"),
    ],
)
def test_broken_feeds_are_refused_with_a_reason(name: str, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        parse_feed((FEEDS / name).read_bytes())


def test_an_html_page_is_not_a_feed() -> None:
    with pytest.raises(IngestError, match="not an RSS or Atom feed"):
        parse_feed((HTML / "bare.html").read_bytes())


def test_feed_with_broken_xml_but_readable_entries_is_read_leniently() -> None:
    data = (FEEDS / "rss2-content.xml").read_bytes().replace(b"</channel>", b"&nbsp;</channel>")
    feed = parse_feed(data)
    assert feed.malformed is not None and "undefined entity" in feed.malformed
    assert len(feed.entries) == 3


def test_importing_articles_and_the_cli_loads_no_ingest_library() -> None:
    code = (
        "import sys, articles, tui.cli;"
        "heavy = [m for m in ('trafilatura', 'feedparser', 'slugify', 'lxml') if m in sys.modules];"
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
