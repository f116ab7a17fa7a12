"""The reader's layout: every visible body character maps back to its offset in the text."""

from __future__ import annotations

import random

from tui.widgets.article_layout import Block, Label, layout_article

PARAS = (
    "Peskov said “This is impossible.” He added that Ukrainian units will be expelled.",
    "A second, shorter paragraph.",
    "Ünïcödé — curly ‘quotes’ and a very-long-hyphenated-compound-word-that-needs-breaking here.",
)
TEXT = "\n\n".join(PARAS)


def body_chars(layout):
    """(offset, char) for every body character in reading order."""
    for line in layout.lines:
        for piece in line.pieces:
            if piece.offset is not None:
                yield from ((piece.offset + i, c) for i, c in enumerate(piece.text))


def test_every_body_character_appears_once_at_its_offset() -> None:
    for width in (12, 20, 33, 80):
        layout = layout_article(PARAS, width, labels=[Label(12, "❝Peskov: ", "s")])
        chars = list(body_chars(layout))
        assert [TEXT[o] for o, _ in chars] == [c for _, c in chars]
        # Nothing is lost except the paragraph separators.
        assert "".join(c for _, c in chars) == TEXT.replace("\n\n", "")


def test_lines_never_exceed_the_width() -> None:
    labels = [Label(TEXT.index("“"), "❝Dmitry Peskov: ", "s"), Label(len(PARAS[0]), "✎", "n")]
    for width in (10, 15, 24, 40):
        layout = layout_article(PARAS, width, labels=labels, blocks=[Block(0, "A title " * 6, "t")])
        # Trailing spaces may hang in the margin (they keep their offsets); text never does.
        assert all(len(line.plain.rstrip()) <= width for line in layout.lines), width


def test_labels_and_blocks_are_virtual() -> None:
    quote = TEXT.index("“")
    layout = layout_article(
        PARAS, 80, labels=[Label(quote, "❝Peskov: ", "s")], blocks=[Block(0, "Title", "t")]
    )
    assert layout.lines[0].plain == "Title" and layout.lines[0].start is None
    body = layout.lines[2]
    assert body.plain.startswith("Peskov said ❝Peskov: “This")
    virtual = [p for p in body.pieces if p.offset is None]
    assert [p.text for p in virtual] == ["❝Peskov: "]


def test_caret_round_trips_through_cells() -> None:
    labels = [Label(TEXT.index("“"), "❝Peskov: ", "s")]
    layout = layout_article(PARAS, 25, labels=labels, blocks=[Block(1, "[ad] Advertisement", "f")])
    for offset in range(len(TEXT) + 1):
        if TEXT[offset - 1 : offset + 1] == "\n\n":
            continue  # between paragraphs: no cell of its own
        y, x = layout.column_of_offset(offset)
        assert layout.offset_at(y, x) == offset, (offset, y, x)


def test_click_on_a_label_lands_on_the_text_it_introduces() -> None:
    quote = TEXT.index("“")
    layout = layout_article(PARAS, 80, labels=[Label(quote, "❝Peskov: ", "s")])
    y = layout.line_of_offset(quote)
    label_x = layout.lines[y].plain.index("❝")
    assert layout.offset_at(y, label_x + 2) == quote


def test_click_past_the_end_of_a_line_gives_its_end_and_virtual_lines_give_none() -> None:
    layout = layout_article(PARAS, 80, blocks=[Block(0, "Title", "t")])
    assert layout.offset_at(0, 3) is None
    y = layout.line_of_offset(len(PARAS[0]) + 2)
    assert layout.offset_at(y, 79) == len(PARAS[0]) + 2 + len(PARAS[1])


def test_blocks_before_paragraphs_and_at_the_end() -> None:
    layout = layout_article(PARAS, 80, blocks=[Block(1, "middle", "f"), Block(-1, "end", "f")])
    plain = [line.plain for line in layout.lines]
    third = next(i for i, line in enumerate(plain) if line.startswith("Ünïcödé"))
    assert plain.index("middle") < plain.index(PARAS[1]) < third < plain.index("end")


def test_random_texts_round_trip() -> None:
    rng = random.Random(7)
    words = ["a", "Kremlin", "“quote”", "—", "85%", "Zelenskyy’s", "x" * 30, "中文"]
    for _ in range(30):
        paras = tuple(
            " ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(3)
        )
        text = "\n\n".join(paras)
        labels = [Label(rng.randrange(len(text)), "▸Someone: ", "s") for _ in range(3)]
        layout = layout_article(paras, rng.randint(8, 60), labels=labels)
        chars = list(body_chars(layout))
        assert "".join(c for _, c in chars) == text.replace("\n\n", "")
        assert all(text[o] == c for o, c in chars)
