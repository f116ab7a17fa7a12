"""Every operator of the query language, on the bundled samples and on articles of our own,
against a real index on disk."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from index import NewsIndex, QueryError, open_index
from index.news_index import _articles_only
from index.query import _walk, parse, resolve
from index.schema import fold, stem_word
from tests.conftest import SAMPLES, write
from tests.index.helpers import ids, quote_detector, search_ids, write_news

S0, S1, S2, S3, S4 = sorted(p.stem for p in SAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NewsIndex]:
    root = tmp_path_factory.mktemp("samples")
    shutil.copytree(SAMPLES, root / "corpus")
    with open_index(root / "index", root / "corpus") as index:
        index.update()
        yield index


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NewsIndex]:
    root = tmp_path_factory.mktemp("news")
    write_news(root / "corpus")
    with open_index(root / "index", root / "corpus") as index:
        index.update()
        yield index


# --- words, AND, OR, NOT, phrases --------------------------------------------------------


def test_a_word_finds_the_articles_that_use_it(samples: NewsIndex) -> None:
    results = samples.search("peskov")
    assert ids(results) == {S4} and results.total == 1 and results.suggestion is None


def test_words_are_anded_by_default(news: NewsIndex) -> None:
    assert search_ids(news, "government budget") == {"world/elysee", "memo"}
    assert search_ids(news, "government") == {"world/elysee", "sport/final", "memo"}


def test_or(news: NewsIndex) -> None:
    assert search_ids(news, "peskov OR macron") == {"world/kursk", "world/elysee"}


@pytest.mark.parametrize("query", ["zelensky -kursk", "zelensky NOT kursk"])
def test_minus_and_not_exclude(samples: NewsIndex, query: str) -> None:
    # S1 spells the name "Zelenskyy"; S4 is the one Zelensky article that mentions Kursk.
    assert search_ids(samples, "zelensky") == {S2, S3, S4}
    assert search_ids(samples, query) == {S2, S3}


@pytest.mark.parametrize(
    "query", ["title:kremlin date:2025 -swap", "title:kremlin -swap", "kremlin NOT swap"]
)
def test_exclusion_holds_when_the_excluded_word_comes_first_in_the_index(
    tmp_path: Path, query: str
) -> None:
    """Regression: Whoosh's AndNot matcher let through the first match when the excluded
    word occurred in an earlier document too."""
    write(tmp_path / "c", "a.md", "---\ntitle: Talks\n---\nA swap was discussed.\n")
    write(tmp_path / "c", "b.md", "---\ntitle: Kremlin swap\ndate: 2025-02-12\n---\nNo.\n")
    with open_index(tmp_path / "i", tmp_path / "c") as index:
        assert search_ids(index, query) == set()
        assert search_ids(index, query.replace("swap", "talks")) == {"b"}


def test_minus_inside_a_word_or_date_is_not_exclusion(news: NewsIndex) -> None:
    assert search_ids(news, "date:2024-12") == {"world/elysee"}


def test_a_lone_not_matches_every_other_article(news: NewsIndex) -> None:
    assert search_ids(news, "NOT government") == {"world/kursk"}
    assert search_ids(news, "-government") == {"world/kursk"}
    assert search_ids(news, "-government -peskov") == set()
    assert news.search("*").total == 4


def test_phrase_needs_the_words_in_order(samples: NewsIndex) -> None:
    assert search_ids(samples, '"territorial exchange"') == {S4}
    assert search_ids(samples, '"exchange territorial"') == set()
    assert search_ids(samples, "territorial exchange") >= {S4}


def test_curly_quotes_make_a_phrase_too(news: NewsIndex) -> None:
    assert search_ids(news, "“will not negotiate”") == {"world/elysee"}


# --- stemming, folding, prefix, fuzzy ------------------------------------------------------


def test_stemming_finds_other_forms(news: NewsIndex, samples: NewsIndex) -> None:
    assert search_ids(news, "negotiate") == {"world/elysee", "world/kursk"}
    assert S4 in search_ids(samples, "negotiation")


@pytest.mark.parametrize("query", ["Elysee", "élysée", "ELYSÉE"])
def test_accents_fold(news: NewsIndex, samples: NewsIndex, query: str) -> None:
    assert search_ids(news, query) == {"world/elysee"}
    assert search_ids(samples, query) == {S3}


def test_prefix_uses_unstemmed_words(news: NewsIndex) -> None:
    """`play*` must reach "playing" and "players" (stemmed, `play*` would be `plai*`)."""
    results = news.search("play*")
    assert ids(results) == {"sport/final"}
    marked = {results.hits[0].snippet[a:b] for a, b in results.hits[0].highlights}
    assert {"players", "playing"} <= marked


def test_prefix_ranks_like_one_occurrence_of_each_word(tmp_path: Path) -> None:
    """`harb*` (harbour, harbours, harbourmaster): an article ranks higher for a title match,
    for more of the words, and for fewer other words around them; not for repeating one."""
    filler = " ".join(["The tide came in over the old quay and the gulls were loud."] * 8)
    articles = {
        "title.md": "---\ntitle: Harbour closes\n---\nBoats stayed out at sea today.\n",
        "two-words.md": "---\ntitle: Boats\n---\nThe harbour and the harbourmaster waited.\n",
        "short.md": "---\ntitle: Boats\n---\nThe harbour was calm.\n",
        "long.md": f"---\ntitle: Boats\n---\nThe harbour was calm. {filler}\n",
        "repeats.md": f"---\ntitle: Boats\n---\nHarbour, harbour, harbour. {filler}\n",
    }
    for name, text in articles.items():
        write(tmp_path / "corpus", name, text)
    with open_index(tmp_path / "index", tmp_path / "corpus") as index:
        index.update()
        ranked = [hit.id for hit in index.search("harb*").hits]
    assert ranked.index("title") < ranked.index("short")
    assert ranked.index("two-words") < ranked.index("short") < ranked.index("long")
    assert ranked.index("repeats") > ranked.index("short")


def test_prefix_spans_segments_and_leaves_out_deleted_articles(tmp_path: Path) -> None:
    corpus = write_news(tmp_path / "corpus")
    with open_index(tmp_path / "index", corpus) as index:
        index.update()
        write(corpus, "late.md", "---\ntitle: Late news\n---\nPlayoffs start on Sunday.\n")
        index.update()  # a second segment
        assert search_ids(index, "play*") == {"sport/final", "late"}
        (corpus / "sport" / "final.md").unlink()
        index.update()  # the first segment now has a deletion
        assert search_ids(index, "play*") == {"late"}
        assert index.search("play*").total == 1


def test_wildcard_inside_a_word(news: NewsIndex) -> None:
    assert search_ids(news, "negot?ate") == {"world/elysee", "world/kursk"}


@pytest.mark.parametrize("query", ["goverment~", "govrnment~1", "govenrment~", "govenrment~2"])
def test_fuzzy_finds_misspellings(news: NewsIndex, query: str) -> None:
    assert search_ids(news, query) == {"world/elysee", "sport/final", "memo"}


def test_an_empty_corpus_and_a_tiny_vocabulary_answer_without_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with open_index(tmp_path / "i0", tmp_path / "empty") as index:
        results = index.search("peace~ OR pea* OR peace")
        assert results.total == 0 and results.suggestion is None
    write(tmp_path / "one", "a.txt", "Peace.\n")
    with open_index(tmp_path / "i1", tmp_path / "one") as index:
        assert search_ids(index, "peaxe~") == {"a"}
        assert index.search("peaec").suggestion == "peace"


def test_fuzzy_is_not_applied_unless_asked(news: NewsIndex) -> None:
    assert news.search("goverment").total == 0
    # A swapped pair is two edits: allowed by default only in words of 6 letters or more.
    assert news.search("govenrment~1").total == 0


# --- fields and dates ----------------------------------------------------------------------


def test_title_field(news: NewsIndex, samples: NewsIndex) -> None:
    assert search_ids(news, "title:kremlin") == {"world/kursk"}
    assert search_ids(news, "title:peskov") == set()
    # The samples are plain text: their titles are found by cleaning, so check the property.
    hits = samples.search("title:putin").hits
    assert S2 in {h.id for h in hits} and all("putin" in h.title.lower() for h in hits)
    assert S4 not in search_ids(samples, "title:putin")


def test_author_source_and_tag_fields(news: NewsIndex) -> None:
    assert search_ids(news, "author:dupre") == {"world/elysee"}
    assert search_ids(news, "author:dup*") == {"world/elysee"}
    assert search_ids(news, 'author:"jane doe"') == {"world/kursk"}
    assert search_ids(news, "source:monde") == {"world/elysee"}
    assert search_ids(news, "tag:kursk") == {"world/kursk"}
    assert search_ids(news, "tag:kursc~") == {"world/kursk"}
    assert search_ids(news, "tag:diplo*") == {"world/elysee"}
    assert search_ids(news, "tags:France") == {"world/elysee"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("date:2024", {"world/elysee", "sport/final"}),
        ("date:2024-12", {"world/elysee"}),
        ("date:2024-12-05", {"world/elysee"}),
        ("date:[2024-12-01 TO 2024-12-31]", {"world/elysee"}),
        ("date:[2024-06-01 TO 2025-12-31]", {"world/elysee", "world/kursk", "sport/final"}),
        ("date:>2025-01-01", {"world/kursk"}),
        ("government date:2024", {"world/elysee", "sport/final"}),
        ("(date:2025 OR date:2024-06)", {"world/kursk", "sport/final"}),
        ('date:"2024-12"', {"world/elysee"}),
        ("date:{2024-07 TO 2025-01]", {"world/elysee"}),  # mixed brackets are a range too
        # `>`, `<`, `{`, `}` leave out the period typed (Whoosh alone would keep it).
        ("date:>2024-06-30", {"world/elysee", "world/kursk"}),
        ("date:>=2024-06-30", {"world/elysee", "world/kursk", "sport/final"}),
        ("date:<2024-12-05", {"sport/final"}),
        ("date:<=2024-12-05", {"world/elysee", "sport/final"}),
        ("date:>2024-06", {"world/elysee", "world/kursk"}),
        ("date:<2025", {"world/elysee", "sport/final"}),
        ("date:>2024-12", {"world/kursk"}),
        ("date:{2024-06-30 TO 2024-12-05]", {"world/elysee"}),
        ("date:[2024-06-30 TO 2024-12-05}", {"sport/final"}),
    ],
)
def test_dates_and_ranges_never_match_an_undated_article(
    news: NewsIndex, query: str, expected: set[str]
) -> None:
    assert search_ids(news, query) == expected


def test_sort_by_date_puts_newest_first_and_undated_last(news: NewsIndex) -> None:
    hits = news.search("government", sort="date").hits
    assert [h.id for h in hits] == ["world/elysee", "sport/final", "memo"]
    assert [h.date for h in hits] == [dt.date(2024, 12, 5), dt.date(2024, 6, 30), None]


def test_relevance_ranks_a_title_match_first(tmp_path: Path) -> None:
    body = "The council met on Monday. The budget was discussed at length by everyone.\n"
    write(tmp_path / "c", "a.md", "---\ntitle: Council meets\n---\n" + body)
    write(tmp_path / "c", "b.md", "---\ntitle: Budget talks\n---\n" + body)
    with open_index(tmp_path / "i", tmp_path / "c") as index:
        assert [h.id for h in index.search("budget").hits] == ["b", "a"]


def test_limit_and_total(samples: NewsIndex) -> None:
    results = samples.search("ukraine", limit=2)
    assert len(results.hits) == 2 and results.total == 5
    scores = [h.score for h in results.hits]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)


# --- claims fields --------------------------------------------------------------------------


def test_speaker_field_with_the_real_detector(samples: NewsIndex) -> None:
    assert S4 in search_ids(samples, "speaker:peskov")


def test_kind_field_with_the_real_detector(samples: NewsIndex) -> None:
    assert S4 in search_ids(samples, "kind:quote")


def test_claim_fields_from_a_detector(tmp_path: Path) -> None:
    shutil.copytree(SAMPLES, tmp_path / "corpus")
    with NewsIndex(tmp_path / "ix", tmp_path / "corpus", detect_claims=quote_detector) as index:
        index.update()
        assert search_ids(index, "speaker:peskov") == {S4}
        assert search_ids(index, 'speaker:"peskov"') == {S4}
        assert S4 in search_ids(index, "kind:quote")
        assert search_ids(index, "claims:impossible") == {S4}
        assert search_ids(index, "impossible -claims:impossible") == set()
        assert search_ids(index, "kind:figure") == {S3}  # "approximately 85%"
        text = (tmp_path / "corpus" / f"{S4}.txt").read_text(encoding="utf-8")
        spans = index.highlight_spans("speaker:peskov", text)
        assert spans and all(text[a:b] == "Peskov" for a, b in spans)


@pytest.fixture(scope="module")
def quoted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NewsIndex]:
    """Three articles on one bridge: in `mayor` the word is mostly outside the quotes, in
    `treasurer` three times inside one, in `traffic` never inside one."""
    root = tmp_path_factory.mktemp("quoted")
    corpus = root / "corpus"
    write(
        corpus,
        "mayor.md",
        (
            "---\ntitle: Reopening\n---\nThe bridge closed. Bridge traffic was heavy on the "
            "bridge. “The bridge will reopen in May,” Mayor said. Bridge bridge bridge.\n"
        ),
    )
    write(
        corpus,
        "treasurer.md",
        (
            "---\ntitle: Budget\n---\n“Bridge repairs are a bridge too far; the bridge "
            "budget is gone,” Treasurer said.\n"
        ),
    )
    write(
        corpus,
        "traffic.md",
        (
            "---\ntitle: Traffic\n---\nThe bridge closed and traffic will reopen later. "
            "“We are working on it,” Officer said.\n"
        ),
    )
    with NewsIndex(root / "index", corpus, detect_claims=quote_detector) as index:
        index.update()
        yield index


def test_claims_field_matches_only_inside_claims(quoted: NewsIndex) -> None:
    assert search_ids(quoted, "bridge") == {"mayor", "treasurer", "traffic"}
    assert search_ids(quoted, "claims:bridge") == {"mayor", "treasurer"}
    assert search_ids(quoted, "claims:working") == {"traffic"}
    assert search_ids(quoted, "claims:reop*") == {"mayor"}  # "reopen" outside quotes in traffic
    assert search_ids(quoted, "claims:[reo TO rep]") == {"mayor"}
    assert search_ids(quoted, "claims:bridge -claims:budget") == {"mayor"}


def test_claims_phrases_lie_inside_one_claim(quoted: NewsIndex) -> None:
    assert search_ids(quoted, 'claims:"will reopen"') == {"mayor"}
    assert search_ids(quoted, '"will reopen"') == {"mayor", "traffic"}
    # In the body, but out of the quote, or across its closing mark.
    assert search_ids(quoted, '"bridge traffic"') == {"mayor"}
    assert search_ids(quoted, 'claims:"bridge traffic"') == set()
    assert search_ids(quoted, '"may mayor"') == {"mayor"}
    assert search_ids(quoted, 'claims:"may mayor"') == set()


def test_a_claims_query_highlights_its_words_only_inside_claims(quoted: NewsIndex) -> None:
    """`mayor` says "bridge" six times outside its quote and once in it: a claims: search
    shows and marks the quote's; a plain word beside it is marked anywhere."""
    hit = next(h for h in quoted.search("claims:bridge").hits if h.id == "mayor")
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["bridge"]
    assert "“The bridge will reopen in May,”" in hit.snippet
    text = "The bridge closed. “The bridge will reopen in May,” Mayor said. Bridge traffic."
    quote = (text.index("“"), text.index("”") + 1)
    spans = quoted.highlight_spans("claims:bridge traffic", text, [quote])
    assert [(a, text[a:b]) for a, b in spans] == [
        (text.index("bridge will"), "bridge"),
        (text.index("traffic"), "traffic"),
    ]
    assert quoted.highlight_spans("claims:bridge", text) == []  # no claims given: none inside


def test_claims_field_ranks_by_the_claims_not_the_body(quoted: NewsIndex) -> None:
    """`mayor` says "bridge" seven times, once in its quote; `treasurer` three times, all
    in its quote: over claims, the treasurer's article ranks first."""
    assert quoted.search("bridge").hits[0].id == "mayor"
    assert [hit.id for hit in quoted.search("claims:bridge").hits] == ["treasurer", "mayor"]
    assert [hit.id for hit in quoted.search("claims:bridge", limit=1).hits] == ["treasurer"]


def test_claims_field_after_an_update_in_place(tmp_path: Path) -> None:
    """A changed article's claims are found at their new positions; the old are gone."""
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "---\ntitle: A\n---\n“The dam holds,” Engineer said. Floods.\n")
    write(corpus, "b.md", "---\ntitle: B\n---\nThe dam. “Rain is coming,” Forecaster said.\n")
    with NewsIndex(tmp_path / "index", corpus, detect_claims=quote_detector) as index:
        index.update()
        assert search_ids(index, "claims:dam") == {"a"}
        write(corpus, "a.md", "---\ntitle: A\n---\nThe dam. Floods. “It rains,” Engineer said.\n")
        index.update()
        assert search_ids(index, "claims:dam") == set()
        assert search_ids(index, "claims:rain") == {"a", "b"}
        assert search_ids(index, "dam") == {"a", "b"}


# --- did you mean ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("Zelenskiy", "zelensky"), ("Peskof", "peskov"), ("Peskof kremlin", "peskov kremlin")],
)
def test_did_you_mean(samples: NewsIndex, typed: str, suggested: str) -> None:
    results = samples.search(typed)
    assert results.hits == () and results.total == 0
    assert results.suggestion == suggested
    assert samples.search(suggested).total > 0


def test_no_suggestion_when_nothing_close_exists_or_hits_exist(samples: NewsIndex) -> None:
    assert samples.search("xylophone").suggestion is None
    assert samples.search("peskov").suggestion is None


# --- snippets and highlights ----------------------------------------------------------------


def _matches_query_word(word: str, query_words: set[str]) -> bool:
    return stem_word(fold(word)) in {stem_word(fold(w)) for w in query_words}


@pytest.mark.parametrize("query", ["peskov", "territorial exchange", "zelensky -kursk"])
def test_snippet_highlights_mark_the_query_words(samples: NewsIndex, query: str) -> None:
    wanted = {w for w in query.split() if not w.startswith("-")}
    for hit in samples.search(query).hits:
        assert hit.snippet and len(hit.snippet) <= 260 and "\n" not in hit.snippet
        assert hit.highlights
        for start, end in hit.highlights:
            assert _matches_query_word(hit.snippet[start:end], wanted)
        assert "kursk" not in {hit.snippet[a:b].lower() for a, b in hit.highlights}


def test_snippet_is_a_slice_of_the_article_text(samples: NewsIndex) -> None:
    hit = samples.search('"territorial exchange"').hits[0]
    text = (SAMPLES / f"{hit.id}.txt").read_text(encoding="utf-8")
    from articles import clean_text

    body = clean_text(text).text
    assert hit.snippet in body.replace("\n", " ")


def test_highlight_spans_cover_every_match_but_no_excluded_word(samples: NewsIndex) -> None:
    from articles import clean_text

    text = clean_text((SAMPLES / f"{S4}.txt").read_text(encoding="utf-8")).text
    spans = samples.highlight_spans("peskov NOT kursk", text)
    assert [text[a:b] for a, b in spans] == ["Peskov"] * text.count("Peskov")
    assert samples.highlight_spans("negotiate", text) == [
        (a, b)
        for a, b in samples.highlight_spans("negotiations", text)
        if text[a:b].lower().startswith("negotiat")
    ]


def test_a_title_only_match_shows_the_lead(news: NewsIndex) -> None:
    hit = news.search("title:celebrate").hits[0]
    assert hit.snippet.startswith("The players were playing") and hit.highlights == ()


# --- bad queries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ('"territorial exchange', "unclosed quote"),
        ("(peskov OR putin", "parentheses"),
        ("peskov)", "parentheses"),
        ("peskov AND", "'AND' needs a word after it"),
        ("OR putin", "'OR' needs a word before it"),
        ("date:last year", "'last' is not a date"),
        ("date:2024-13", "not a date"),
        ("date:[yesterday TO today]", "is not a date"),
        ("date:[2024 TO", "unclosed range: 'date:[' is not closed; use date:2024"),
        ("claims:[", "unclosed range: 'claims:[' is not closed (a range is written [A TO B]"),
        ("kursk {", "unclosed range: '{' is not closed"),
        ("speakr:peskov", "unknown field 'speakr:'"),
        ("title:", "'title:' needs something to search for after it"),
        ("title:>", "'title:>' needs something to search for after it"),
        ('tag:""', "'tag:' needs something to search for after it"),
        ("date:>", "'date:>' needs a date after it (like date:>2025-01-01)"),
        ("date:<=", "'date:<=' needs a date after it (like date:<=2025-01-01)"),
        ("(date:> OR kursk)", "'date:>' needs a date after it"),
        ("date:", "'date:' needs a date after it (like date:2024-12)"),
        ("date:[]", "'date:[]' needs a date on one side at least"),
        ("date:[TO]", "'date:[TO]' needs a date on one side at least"),
        ("a:b:c", "unknown field 'a:'"),
        ("title:b:c", "unknown field 'b:'"),
        ("]", "unbalanced brackets: a ']' has no '[' or '{' before it"),
        ("kremlin }", "unbalanced brackets: a '}' has no '[' or '{' before it"),
        ("date:[2024 TO 2025]]", "unbalanced brackets: a ']' has no '['"),
        ("peskov~5", "'peskov~5': a fuzzy distance is 1 or 2 (or 'peskov~'"),
        ("peskov~0", "'peskov~0': a fuzzy distance is 1 or 2"),
        ("peskov~12", "'peskov~12': a fuzzy distance is 1 or 2"),
        ("tag:kursk~3", "'tag:kursk~3': a fuzzy distance is 1 or 2"),
        ("pe*", "'pe*': put at least 3 letters"),
        ("*ing", "at least 3 letters"),
        ("ab~", "at least 3 letters"),
        ("the of", "nothing to search for"),
        ("   ", "empty query"),
    ],
)
def test_a_malformed_query_is_one_clear_line(news: NewsIndex, query: str, says: str) -> None:
    with pytest.raises(QueryError) as caught:
        news.search(query)
    message = str(caught.value)
    assert says in message and "\n" not in message
    assert "unclosed" not in message or "unclosed" in says  # nothing wrongly called unclosed


@pytest.mark.parametrize("query", ["x-ray budget", "10:30 budget", "Putin's", "budget^2"])
def test_ordinary_punctuation_is_not_an_error(news: NewsIndex, query: str) -> None:
    news.search(query)


@pytest.mark.parametrize("query", ["/play*", "play*.", "(play*)", "“play*”"])
def test_punctuation_stuck_to_a_wildcard_word_is_not_part_of_it(
    news: NewsIndex, query: str
) -> None:
    assert search_ids(news, query) == {"sport/final"}


def test_a_long_articles_snippet_shows_a_match_however_far_in(tmp_path: Path) -> None:
    """Snippets are chosen from the matches in an article's first pages; an article whose
    only match is further on still shows it."""
    filler = "\n\n".join(
        f"Paragraph {i} says nothing of note about the weather." for i in range(900)
    )
    body = f"{filler}\n\nThe lighthouse keeper retired."
    write(tmp_path / "corpus", "long.md", f"---\ntitle: Coast\n---\n{body}\n")
    with open_index(tmp_path / "index", tmp_path / "corpus") as index:
        hit = index.search("lighthouse").hits[0]
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["lighthouse"]
    assert hit.snippet in body.replace("\n", " ")


def _ours_and_whoosh(
    tmp_path: Path, articles: list[tuple[str, str]], deleted: int, text: str, node: str
) -> tuple[list[tuple[str, float]], int, list[tuple[str, float]]]:
    """Index `articles` (title, body) in segments of four, delete one, then search `text`:
    our (id, score) hits and total, and what Whoosh's own matchers give for the query as
    parsed, before our resolve() puts its `node` class in (which this checks it does)."""
    corpus = tmp_path / "corpus"
    with open_index(tmp_path / "index", corpus) as index:
        for k, (title, body) in enumerate(articles):
            write(corpus, f"a{k:02}.md", f"---\ntitle: {title}\n---\n{body}\n")
            if k % 4 == 3:
                index.update()
        (corpus / f"a{deleted:02}.md").unlink()
        index.update()
        got = index.search(text, limit=50)
        current = index._current()
        searcher = current.searcher
        assert len(searcher.reader().leaf_readers()) >= 3
        typed = parse(index._parser, text)
        resolved = resolve(searcher.reader(), current.vocabulary, typed)
        assert any(type(q).__name__ == node for q in _walk(resolved))
        reference = searcher.search(_articles_only(typed), limit=None)
        expected = [(hit["id"], round(hit.score, 9)) for hit in reference]
    return [(hit.id, round(hit.score, 9)) for hit in got.hits], got.total, expected


@pytest.mark.parametrize("text", ["harbour", "harbour boats", "port -quay", "harbour OR quay"])
def test_a_word_in_several_fields_scores_as_whoosh_scores_it(tmp_path: Path, text: str) -> None:
    """A plain word is searched in title, body and notes at once; its scores are worked out a
    posting block at a time, not by Whoosh's union of term matchers, and must come out the
    same: same articles, same scores, over several segments (one with a deletion), with the
    title's double weight and words that occur more than once."""
    articles = [
        (
            "Harbour port" if k % 3 == 0 else f"Port {k}",
            "Harbour. " * (1 + k % 4) + "Boats. " * (k % 3) + "The quay. " * (k % 2),
        )
        for k in range(12)
    ]
    got, total, expected = _ours_and_whoosh(tmp_path, articles, 5, text, "_WordOr")
    assert got == expected
    assert total == len(expected) > 1


@pytest.mark.parametrize(
    "text",
    [
        '"harbour master"',
        '"the harbour master said"',
        '"port harbour" boats',
        'title:"harbour port"',
    ],
)
def test_a_phrase_matches_and_scores_as_whoosh_matches_and_scores_it(
    tmp_path: Path, text: str
) -> None:
    """Phrases are matched from postings read a block at a time, not by Whoosh's span
    matcher; the same articles must match (the words next to each other, in order) and score
    the same, over several segments (one with a deletion), in title and body."""
    articles = [
        (
            "Harbour port" if k % 3 == 0 else f"Port harbour {k}",
            "The harbour master said so. " * (k % 3)
            + "A master of the harbour. " * (k % 2)
            + "Port harbour boats. " * (k % 4)
            or "Quiet.",
        )
        for k in range(12)
    ]
    got, total, expected = _ours_and_whoosh(tmp_path, articles, 4, text, "_Phrase")
    assert got == expected
    assert 1 < total == len(expected) < 11  # some articles hold the words, not the phrase


@pytest.mark.parametrize("text", ["harbour", "harb*", "harbour -boats", "harbour OR quay"])
def test_top_results_and_count_agree_with_whoosh_across_segments(tmp_path: Path, text: str) -> None:
    """The search keeps only the best `limit` matches while it counts them all; it must rank
    (ties included: identical articles score alike) and count exactly as Whoosh's own
    collector does, over several segments, one with a deletion."""
    corpus = tmp_path / "corpus"
    with open_index(tmp_path / "index", corpus) as index:
        for k in range(12):  # three batches of four, one segment each; twins tie
            twin = k // 2
            body = "Harbour. " * (1 + twin % 3) + ("Boats. " if twin % 2 else "")
            quay = "The quay. " if twin % 3 else ""
            write(corpus, f"a{k:02}.md", f"---\ntitle: Port {k}\n---\n{body}{quay}\n")
            if k % 4 == 3:
                index.update()
        (corpus / "a01.md").unlink()
        index.update()
        got = index.search(text, limit=3)
        current = index._current()
        searcher = current.searcher
        assert len(searcher.reader().leaf_readers()) >= 3
        wanted = _articles_only(
            resolve(searcher.reader(), current.vocabulary, parse(index._parser, text))
        )
        reference = searcher.search(wanted, limit=None)
        expected = [(hit["id"], round(hit.score, 9)) for hit in reference[:3]]
        assert [(hit.id, round(hit.score, 9)) for hit in got.hits] == expected
        assert got.total == len(reference) > 3
        scores = [hit.score for hit in got.hits]
        assert len(set(scores)) < len(scores)  # the ranking had ties to break
