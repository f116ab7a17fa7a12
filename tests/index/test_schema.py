"""The analyzers: folding, stemming, and the fast vocabulary pass agreeing with the analyzer."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from articles import load_corpus
from index import NewsIndex
from index.schema import fold, stemmed_analyzer, words_analyzer
from index.vocabulary import Vocabulary
from tests.conftest import WIKINEWS, write


def test_the_vocabulary_holds_every_indexed_word(tmp_path: Path) -> None:
    """Prefix, fuzzy and did-you-mean expand through the vocabulary: it must hold exactly
    the unstemmed words the index has, from every text field, built in one process or in
    worker processes alike."""
    corpus = tmp_path / "corpus"
    for path in sorted(WIKINEWS.glob("*.md"))[:40]:
        write(corpus, path.name, path.read_text(encoding="utf-8"))
    write(corpus, "odd.txt", "Élysée İstanbul ŞEHİR naïve café, “curly” ‘quotes’ U.S. 3.5%\n")
    analyzer = words_analyzer()
    expected = set()
    for article in load_corpus(corpus).articles:
        for text in (article.title, article.text, article.author or "", article.source or ""):
            expected.update(t.text for t in analyzer(text))
    for procs in (1, 2):
        index_dir = tmp_path / f"index-{procs}"
        NewsIndex(index_dir, corpus).update(procs=procs)
        ix = whoosh_index.open_dir(str(next(index_dir.glob("gen-*"))))
        with ix.reader() as reader:
            assert Vocabulary.load(reader).words == sorted(expected)
        ix.close()


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Élysée", "elysee"),
        ("Zelenskyy", "zelenskyy"),
        ("Dupré", "dupre"),
        ("İstanbul", "istanbul"),
        ("ØRSTED", "orsted"),
    ],
)
def test_fold_lowercases_and_strips_accents(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_stemming_joins_word_forms_and_keeps_meaningful_short_words() -> None:
    stems = lambda text: [t.text for t in stemmed_analyzer()(text)]  # noqa: E731
    assert stems("negotiate negotiations")[0] == stems("negotiate negotiations")[1]
    # "US" (the country), "May" (the month) and "not" are indexed; "the" and "of" are not.
    assert stems("the US in May will not") == ["us", "mai", "will", "not"]


def test_prose_is_indexed_exactly_as_whoosh_would_index_it() -> None:
    """Titles, bodies and claims are analysed for the index in one loop of our own, not
    Whoosh's chain of filters: the terms, their positions (stop words skipped, phrases
    still adjacent) and weights, and the words noted for the vocabulary must come out the
    same, or searches and phrases would silently stop matching."""
    from whoosh import fields

    from index.schema import INDEXED_WORDS, StemmedText

    texts = [
        "",
        "the of and",
        "The U.S. envoy’s “talks” in the Élysée: 3.5% of 1,000 said it can't and won't.",
        "İstanbul naïve café. A a an I. May the US not yet act? Negotiations, negotiating.",
        "ab ab ab x y z 7 7 12.5 word-word under_score",
    ]
    texts += [a.text for a in load_corpus(WIKINEWS).articles[:40]]
    for boost in (1.0, 2.0):
        ours = StemmedText(field_boost=boost)
        whoosh = fields.TEXT(analyzer=stemmed_analyzer(), field_boost=boost)
        for text in texts:
            INDEXED_WORDS.clear()
            got = list(ours.index(text))
            got_words = set(INDEXED_WORDS)
            INDEXED_WORDS.clear()
            expected = list(whoosh.index(text))
            assert got == expected, text[:80]
            assert got_words == INDEXED_WORDS
    assert any(freq > 1 for _, freq, _, _ in got)  # the corpus texts repeat words


def test_claim_positions_are_the_body_positions_of_the_claims_words() -> None:
    """`claims:` searches the body's postings within the ranges a ClaimedProse body writes
    as it is indexed: they must be the positions Whoosh's own analyzer gives the words that
    start inside each claim (stop words skipped, overlapping claims merged, an edge inside a
    word), and the body's own terms must come out as for plain text, or claim searches
    would miss or overreach and body searches would change."""
    import random
    from array import array

    from articles import detect_claims
    from index.schema import ClaimedProse, StemmedText, merged_spans

    def expected(text: str, spans: list[tuple[int, int]]) -> list[int]:
        tokens = [
            (t.pos, t.startchar)
            for t in stemmed_analyzer()(text, positions=True, chars=True, mode="index")
        ]
        found = []
        for start, end in merged_spans(spans):
            inside = [pos for pos, char in tokens if start <= char < end]
            if inside:
                found += [inside[0], inside[-1]]
        return found

    field = StemmedText()

    def ranges(text: str, spans: list[tuple[int, int]]) -> list[int]:
        prose = ClaimedProse(text, spans)
        assert list(field.index(prose)) == list(field.index(text))
        got = array("I")
        got.frombytes(bytes(prose.ranges))
        return list(got)

    text = "The of and. “The envoy’s talks,” he said: it can't and won't. A a I 3.5% of U.S. them."
    cases = [[], [(0, 11)], [(12, 32)], [(12, 32), (20, 45)], [(60, len(text))], [(5, 9)]]
    cases += [[(14, 22)], [(76, 78)], [(77, 81)], [(78, 90)]]  # edges inside words, "3.5", "U.S"
    for spans in cases:
        assert ranges(text, spans) == expected(text, spans), spans
    assert ranges(text, [(0, 11)]) == []  # only stop words
    rng = random.Random(5)
    checked = 0
    for article in load_corpus(WIKINEWS).articles[:30]:
        spans = [(c.start, c.end) for c in detect_claims(article.text)]
        assert ranges(article.text, spans) == expected(article.text, spans), article.id
        checked += bool(spans)
        size = len(article.text)
        for _ in range(5):  # anywhere, inside words too
            spans = [
                tuple(sorted(rng.sample(range(size + 1), 2))) for _ in range(rng.randint(1, 6))
            ]
            assert ranges(article.text, spans) == expected(article.text, spans), (article.id, spans)
    assert checked > 20
