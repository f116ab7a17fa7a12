"""Quotes that changed in the retelling: the variant test and the word diff."""

from __future__ import annotations

from articles.across.variants import DiffSegment, quote_variant, word_diff

PUTIN_002 = (
    "“Either we liberate these territories by force of arms, or Ukrainian troops leave these "
    "territories,”"
)
PUTIN_003 = (
    "“Either we liberate these territories by force, or Ukrainian troops will leave these "
    "territories.”"
)


def changes(diff: tuple[DiffSegment, ...]) -> list[tuple[str, str | None, str | None]]:
    return [(d.op, d.old, d.new) for d in diff if d.op != "same"]


def test_putins_line_as_two_articles_quote_it() -> None:
    diff = quote_variant(PUTIN_002, PUTIN_003)
    assert diff is not None
    assert changes(diff) == [("dropped", "of arms", None), ("added", None, "will")]
    # The unchanged runs are there too, so the whole quote can be shown with its changes.
    assert " ".join(d.new for d in diff if d.new) == (
        "Either we liberate these territories by force or Ukrainian troops will leave these "
        "territories"
    )
    # Seen from the other article, what was dropped was added.
    back = quote_variant(PUTIN_003, PUTIN_002)
    assert back is not None
    assert changes(back) == [("added", None, "of arms"), ("dropped", "will", None)]


def test_a_changed_word_is_one_change() -> None:
    diff = word_diff("“We will swap one territory for another,”", '"We will trade one for two."')
    assert changes(diff) == [
        ("changed", "swap", "trade"),
        ("dropped", "territory", None),
        ("changed", "another", "two"),
    ]


def test_the_same_words_are_no_variant_whatever_the_punctuation_case_and_quotes() -> None:
    assert quote_variant("“We don’t know, we will see.”", '"we don\'t know. We will see"') is None


def test_a_different_quote_is_no_variant() -> None:
    assert quote_variant(PUTIN_002, "“We will swap one territory for another,”") is None
    # A short excerpt of a long quote is the same quote cut, not a retelling.
    assert quote_variant(PUTIN_002, "“Either we liberate these territories”") is None
