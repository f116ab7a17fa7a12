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
