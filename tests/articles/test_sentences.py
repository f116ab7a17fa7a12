"""Sentence splitting: the abbreviations, numbers and quotes news copy is full of."""

from __future__ import annotations

import pytest

from articles.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. envoys met Mr. Trump on Monday. He said nothing.",
            ["U.S. envoys met Mr. Trump on Monday.", "He said nothing."],
        ),
        (
            "Dr. Ana Ruiz and Prof. Li spoke. Sen. Ortiz did not.",
            ["Dr. Ana Ruiz and Prof. Li spoke.", "Sen. Ortiz did not."],
        ),
        (
            "The law took effect on Jan. 5 last year. Nobody noticed.",
            ["The law took effect on Jan. 5 last year.", "Nobody noticed."],
        ),
        (
            "J. K. Rowling wrote it. George W. Bush read it.",
            ["J. K. Rowling wrote it.", "George W. Bush read it."],
        ),
        (
            "Prices rose 1.5 percent, to 3.25 euros. Sales fell.",
            ["Prices rose 1.5 percent, to 3.25 euros.", "Sales fell."],
        ),
        (
            "He lives at No. 10 Downing Street. It is small.",
            ["He lives at No. 10 Downing Street.", "It is small."],
        ),
        (
            "They waited... and waited. Then it rained… Nobody left.",
            ["They waited... and waited.", "Then it rained…", "Nobody left."],
        ),
        (
            "Troops moved into the U.S. The move surprised allies.",
            ["Troops moved into the U.S.", "The move surprised allies."],
        ),
        (
            "“We are here.” He said it twice.",
            ["“We are here.”", "He said it twice."],
        ),
        (
            "“Why now?” she asked. Nobody answered.",
            ["“Why now?” she asked.", "Nobody answered."],
        ),
        (
            '"It is over," he said. "We lost."',
            ['"It is over," he said.', '"We lost."'],
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_paragraph_breaks_always_end_a_sentence_and_offsets_point_into_the_text() -> None:
    text = "First paragraph without a full stop\n\nSecond one. Third one."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "First paragraph without a full stop",
        "Second one.",
        "Third one.",
    ]


def test_a_window_of_the_text_is_split_with_offsets_into_the_whole() -> None:
    text = "Ignore this. Keep one. Keep two. Ignore that."
    start, end = text.index("Keep one"), text.index(" Ignore that")
    assert [text[a:b] for a, b in split_sentences(text, start, end)] == ["Keep one.", "Keep two."]
