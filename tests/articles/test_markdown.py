"""Markdown bodies: read as reading text, and plain text written so it reads back unchanged."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from articles import ArticleFile, parse_article
from articles.blocks import normalise_space
from articles.markdown import escape_markdown, markdown_blocks

TRICKY = [
    "# Not a heading to the loader.",
    "---",
    "- - -",
    "3. At dissolution, there was one MP of the People's Party.",
    "* Both dropped out prior to Super Tuesday",
    "+ plus",
    "> not a quote",
    "a_b_c *x* **y** `z` [link](https://example.com) ![img](x.png) <b>t</b>",
    "AT&T &amp; &copy; ~~struck~~ x\\*y",
    "[ref]: https://example.com",
    "#1 story, ### and ***",
    "1) first",
]


@pytest.mark.parametrize("paragraph", TRICKY)
def test_escaped_plain_text_reads_back_unchanged(paragraph: str) -> None:
    assert [b.text for b in markdown_blocks(escape_markdown(paragraph))] == [paragraph]


def test_escaped_random_paragraphs_read_back_unchanged() -> None:
    rng = random.Random(3)
    alphabet = string.ascii_letters + string.digits + string.punctuation + "   é“”—…"
    paragraphs = [
        text
        for text in (
            normalise_space("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))))
            for _ in range(3000)
        )
        if text
    ]
    body = "\n\n".join(map(escape_markdown, paragraphs))
    assert [b.text for b in markdown_blocks(body)] == paragraphs


def test_a_markdown_file_of_escaped_paragraphs_loads_them_exactly() -> None:
    body = "\n\n".join(map(escape_markdown, TRICKY))
    data = f"---\ntitle: 'Minister: \"no comment\"'\n---\n{body}\n".encode()
    article = parse_article(ArticleFile("a", Path("a.md")), data)
    assert article.paragraphs == tuple(TRICKY)
    assert article.boilerplate == ()
