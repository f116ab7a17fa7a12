"""The analyzers: folding, stemming, and the fast vocabulary pass agreeing with the analyzer."""

from __future__ import annotations

import pytest

from index.schema import fold, stemmed_analyzer, vocabulary, words_analyzer
from tests.conftest import SAMPLES, WIKINEWS


def test_vocabulary_is_exactly_what_the_words_analyzer_makes() -> None:
    """The vocabulary is computed with a regex for speed; it must not drift from the
    analyzer, or prefix and fuzzy expansion would miss words that are in the index."""
    analyzer = words_analyzer()
    texts = [p.read_text(encoding="utf-8") for p in sorted(WIKINEWS.glob("*.md"))[:60]]
    texts += [p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")]
    texts.append("Élysée İstanbul ŞEHİR Ærø naïve café, “curly” ‘quotes’ U.S. 3.5% x_y")
    for text in texts:
        assert vocabulary(text) == {t.text for t in analyzer(text)}


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
