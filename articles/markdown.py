"""Light Markdown to reading text: what a reader shows of a Markdown article, block by block.

Heading marks, emphasis and link targets go; link text stays; images go (an image alone in its
paragraph is kept aside as its alt text); list items keep their marker as text ("• " for
bullets, "3. " for numbers as written); code spans keep their backticks, since news text uses
them as apostrophes more often than for code. Parsing is CommonMark (markdown-it-py); text that
has no Markdown syntax at all skips the parser and is split on blank lines, which is what the
parser would do with it anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from articles.blocks import Block, BlockKind, normalise_space

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@cache
def _parser() -> MarkdownIt:
    """The parser, built on first use: most bodies have no Markdown syntax, and importing
    markdown-it costs tens of milliseconds at every start-up."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


# Anything the parser would act on: inline marks, links, HTML, entities, escapes, and lines that
# open a heading, quote, list, code block, table or setext underline. (Searched as separate
# patterns that each open with a fixed character, which re jumps to: one pattern of them all
# is tried at every character of the body, several times slower.)
_INLINE_SYNTAX = "*_`~<\\|"
_LINK_SYNTAX = re.compile(r"\]\s*[(\[:]")
_ENTITY = re.compile(r"&#?\w+;")
_LINE_SYNTAX = r"[ \t]*(?:#|>|[-+*] |\d{1,9}[.)](?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)| {4}|\t"
_FIRST_LINE_SYNTAX = re.compile(_LINE_SYNTAX, re.MULTILINE)
_LATER_LINE_SYNTAX = re.compile(rf"\n(?:{_LINE_SYNTAX})", re.MULTILINE)


def _has_syntax(body: str) -> bool:
    return (
        any(mark in body for mark in _INLINE_SYNTAX)
        or ("]" in body and _LINK_SYNTAX.search(body) is not None)
        or ("&" in body and _ENTITY.search(body) is not None)
        or _FIRST_LINE_SYNTAX.match(body) is not None
        or _LATER_LINE_SYNTAX.search(body) is not None
    )


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _inline_text(token: Token) -> tuple[str, int]:
    """Reading text of an inline token, and how many of its characters were link text."""
    parts: list[str] = []
    in_link = 0
    link_chars = 0
    for child in token.children or ():
        kind = child.type
        if kind == "text":
            parts.append(child.content)
            if in_link:
                link_chars += len(child.content)
        elif kind == "code_inline":
            parts.append(f"{child.markup}{child.content}{child.markup}")
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif kind == "link_open":
            in_link += 1
        elif kind == "link_close":
            in_link -= 1
        # Emphasis marks, images and inline HTML tags leave no text.
    return "".join(parts), link_chars


def _block(text: str, kind: BlockKind, link_chars: int = 0) -> Block | None:
    share = round(link_chars / len(text), 3) if text else 0.0
    text = normalise_space(text)
    return Block(text, kind, share) if text else None


def _inline_block(token: Token, kind: BlockKind, marker: str) -> Block | None:
    children = token.children or ()
    text, link_chars = _inline_text(token)
    if not text.strip() and any(c.type == "image" for c in children):
        # An image alone in its paragraph: its alt text is kept aside, never in the body.
        return _block(" ".join(c.content for c in children if c.type == "image"), "image")
    return _block(marker + text, kind, link_chars)


def _blocks_from_tokens(tokens: Sequence[Token]) -> list[Block]:
    blocks: list[Block] = []
    kind: BlockKind = "paragraph"
    markers: list[str] = []  # the marker of each open list item, innermost last
    marker = ""  # the marker still to print: only a list item's first paragraph gets it
    cells: list[str] | None = None  # the cells of the table row being read
    for token in tokens:
        block: Block | None = None
        if token.type == "list_item_open":
            ordered = token.markup in (".", ")")
            markers.append(f"{token.info}{token.markup} " if ordered else "• ")
            marker = markers[-1]
        elif token.type == "list_item_close":
            markers.pop()
        elif token.type == "heading_open":
            kind = "heading"
        elif token.type == "heading_close":
            kind = "paragraph"
        elif token.type == "tr_open":
            cells = []
        elif token.type == "tr_close" and cells is not None:
            block = _block(" | ".join(c for c in cells if c), "row")
            cells = None
        elif token.type == "inline" and cells is not None:
            cells.append(normalise_space(_inline_text(token)[0]))
        elif token.type == "inline":
            block_kind: BlockKind = "item" if markers and kind == "paragraph" else kind
            block = _inline_block(token, block_kind, marker)
            marker = ""
        elif token.type in ("fence", "code_block"):
            block = _block(token.content, "code")
        elif token.type == "html_block":
            block = _block(re.sub(r"<[^>]*>", " ", token.content), "html")
        if block is not None:
            blocks.append(block)
    return blocks


def markdown_blocks(body: str) -> list[Block]:
    """The blocks of a Markdown body as reading text (see the module docstring for the rules)."""
    if not _has_syntax(body):
        chunks = _BLANK_LINE.split(body.strip("\n"))
        return [Block(text) for text in map(normalise_space, chunks) if text]
    return _blocks_from_tokens(_parser().parse(body))


_INLINE_MARK = re.compile(r"([\\`*_\[\]<&~])")
_BLOCK_START = re.compile(r"^(?:#{1,6}(?:\s|$)|>|[-+](?:\s|$)|\d{1,9}[.)](?:\s|$))")


def escape_markdown(paragraph: str) -> str:
    """A plain-text paragraph written so that `markdown_blocks` reads it back unchanged.

    For writers of `.md` files (ingest): "# 1 story", "---" or "a_b_c" in plain text would
    otherwise be read as a heading, a rule or emphasis. Only what Markdown would act on is
    escaped: inline marks anywhere, and a heading, quote, list or rule mark at the start.
    """
    escaped = _INLINE_MARK.sub(r"\\\1", normalise_space(paragraph))
    if _BLOCK_START.match(escaped) or re.fullmatch(r"(?:-\s*){3,}", escaped):
        # Escape the mark itself: for "3. x" that is the "." after the digits.
        mark = re.match(r"\d*", escaped)
        at = mark.end() if mark else 0
        escaped = f"{escaped[:at]}\\{escaped[at:]}"
    return escaped
