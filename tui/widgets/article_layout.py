"""Lay an article out in terminal lines, keeping every visible character tied to its text offset.

The reader shows more than the article's `text`: a title and meta line, speaker labels before
claims, note markers, and (on request) the page furniture cleaning removed. None of that is part
of `text`, so each laid-out piece records the text offset it came from (or None for such
"virtual" text). The widget uses that map for the caret, selection and mouse; everything here
is pure and testable without a terminal.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from rich.cells import cell_len

_ATOM = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True, slots=True)
class Label:
    """Virtual text shown before the character at `offset` (a speaker label, a note mark)."""

    offset: int
    text: str
    style: str


@dataclass(frozen=True, slots=True)
class Block:
    """Virtual lines shown before body paragraph `before` (title, furniture); -1: at the end."""

    before: int
    text: str
    style: str


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of characters on one line: body text (with its offset) or virtual (offset None)."""

    text: str
    offset: int | None
    style: str | None = None

    @property
    def end(self) -> int | None:
        return None if self.offset is None else self.offset + len(self.text)


@dataclass(slots=True)
class Line:
    """One terminal line of the laid-out article."""

    pieces: list[Piece] = field(default_factory=list)

    @property
    def start(self) -> int | None:
        """The text offset of the first body character on this line (None for a virtual line)."""
        for piece in self.pieces:
            if piece.offset is not None:
                return piece.offset
        return None

    @property
    def end(self) -> int | None:
        for piece in reversed(self.pieces):
            if piece.offset is not None:
                return piece.end
        return None

    @property
    def plain(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass(frozen=True, slots=True)
class Layout:
    """The laid-out article: lines, and a sorted index from text offsets to body lines."""

    lines: tuple[Line, ...]
    width: int
    body_starts: tuple[int, ...] = ()
    body_line_numbers: tuple[int, ...] = ()

    def line_of_offset(self, offset: int) -> int:
        """The index of the line that shows the character at `offset` (or the caret before it)."""
        if not self.body_starts:
            return 0
        i = max(0, bisect_right(self.body_starts, offset) - 1)
        return self.body_line_numbers[i]

    def column_of_offset(self, offset: int) -> tuple[int, int]:
        """(line, cell column) of the caret placed before the character at `offset`."""
        y = self.line_of_offset(offset)
        x = 0
        end_x: int | None = None
        for piece in self.lines[y].pieces:
            if piece.offset is not None:
                if piece.offset <= offset < piece.offset + len(piece.text):
                    return y, x + cell_len(piece.text[: offset - piece.offset])
                if offset == piece.offset + len(piece.text):
                    end_x = x + cell_len(piece.text)
            x += cell_len(piece.text)
        return y, end_x if end_x is not None else x

    def offset_at(self, y: int, x: int) -> int | None:
        """The text offset under cell (x, y): nearest body character on that line, or None."""
        if not 0 <= y < len(self.lines):
            return None
        line = self.lines[y]
        if line.start is None:
            return None
        col = 0
        last: int | None = None
        for piece in line.pieces:
            if piece.offset is None:
                width = cell_len(piece.text)
                if x < col + width:
                    # On a label: the caret goes to the body text the label introduces.
                    following = _next_body_offset(line, piece)
                    return following if following is not None else last
                col += width
                continue
            for i, char in enumerate(piece.text):
                char_width = cell_len(char)
                if x < col + char_width:
                    return piece.offset + i
                col += char_width
            last = piece.end
        return last


def _next_body_offset(line: Line, label: Piece) -> int | None:
    seen = False
    for piece in line.pieces:
        if piece is label:
            seen = True
        elif seen and piece.offset is not None:
            return piece.offset
    return None


def _wrap_virtual(text: str, style: str, width: int) -> list[Line]:
    lines: list[Line] = []
    for raw_line in text.split("\n") or [""]:
        current = ""
        for atom in _ATOM.findall(raw_line) or [""]:
            if current and cell_len(current + atom.rstrip()) > width:
                lines.append(Line([Piece(current.rstrip(), None, style)]))
                current = ""
            while cell_len(atom) > width > 0 and not current:
                lines.append(Line([Piece(atom[:width], None, style)]))
                atom = atom[width:]
            current += atom
        lines.append(Line([Piece(current.rstrip(), None, style)]))
    return lines


def _paragraph_atoms(
    para: str, start: int, labels: Sequence[Label]
) -> list[tuple[list[Piece], int]]:
    """Split a paragraph into wrap units: (pieces, cell width without trailing spaces).

    A label sticks to the word it introduces, so a line never ends with a dangling label.
    """
    by_offset: dict[int, list[Label]] = {}
    for lb in labels:
        by_offset.setdefault(lb.offset - start, []).append(lb)
    cuts = sorted(k for k in by_offset if 0 < k < len(para))
    units: list[tuple[list[Piece], int]] = []
    for match in _ATOM.finditer(para):
        word_start, word = match.start(), match.group()
        word_end = word_start + len(word)
        # Split a word where a label or note marker falls inside it.
        bounds = [word_start, *(c for c in cuts if word_start < c < word_end), word_end]
        pieces: list[Piece] = []
        for a, b in pairwise(bounds):
            pieces.extend(Piece(lb.text, None, lb.style) for lb in by_offset.get(a, ()))
            pieces.append(Piece(para[a:b], start + a))
        visible = sum(cell_len(p.text) for p in pieces) - (len(word) - len(word.rstrip()))
        units.append((pieces, visible))
    end_labels = [Piece(lb.text, None, lb.style) for lb in by_offset.get(len(para), ())]
    if end_labels:
        extra = sum(cell_len(p.text) for p in end_labels)
        if units:
            pieces, visible = units[-1]
            units[-1] = (pieces + end_labels, visible + extra)
        else:
            units.append((end_labels, extra))
    return units


def _wrap_units(units: list[tuple[list[Piece], int]], width: int) -> list[Line]:
    lines: list[Line] = [Line()]
    used = 0
    for pieces, visible in units:
        total = sum(cell_len(p.text) for p in pieces)
        if used and used + visible > width:
            lines.append(Line())
            used = 0
        if visible > width:
            # A word longer than the line: break it cell by cell.
            for piece in pieces:
                text, offset = piece.text, piece.offset
                while text:
                    room = max(1, width - used)
                    take = text[:room]
                    lines[-1].pieces.append(
                        Piece(take, offset, piece.style) if offset is None else Piece(take, offset)
                    )
                    used += cell_len(take)
                    text = text[len(take) :]
                    offset = None if offset is None else offset + len(take)
                    if text:
                        lines.append(Line())
                        used = 0
            continue
        lines[-1].pieces.extend(pieces)
        used += total
    return lines


def layout_article(
    paragraphs: Sequence[str],
    width: int,
    *,
    labels: Sequence[Label] = (),
    blocks: Sequence[Block] = (),
) -> Layout:
    """Wrap `paragraphs` (joined by "\\n\\n" they are the article's text) to `width` cells.

    `blocks` are virtual paragraphs (title, meta, furniture) placed before a body paragraph;
    `labels` are virtual runs inserted before a text offset.
    """
    width = max(8, width)
    lines: list[Line] = []
    starts: list[int] = []
    body_lines: list[int] = []
    blocks_before: dict[int, list[Block]] = {}
    for block in blocks:
        key = block.before if 0 <= block.before < len(paragraphs) else len(paragraphs)
        blocks_before.setdefault(key, []).append(block)
    labels_sorted = sorted(labels, key=lambda lb: lb.offset)
    offset = 0
    for index in range(len(paragraphs) + 1):
        for block in blocks_before.get(index, []):
            lines.extend(_wrap_virtual(block.text, block.style, width))
            lines.append(Line())
        if index == len(paragraphs):
            break
        para = paragraphs[index]
        lo = bisect_right([lb.offset for lb in labels_sorted], offset - 1)
        mine = [lb for lb in labels_sorted[lo:] if lb.offset <= offset + len(para)]
        for line in _wrap_units(_paragraph_atoms(para, offset, mine), width):
            if line.start is not None:
                starts.append(line.start)
                body_lines.append(len(lines))
            lines.append(line)
        lines.append(Line())
        offset += len(para) + 2
    while lines and not lines[-1].pieces:
        lines.pop()
    return Layout(tuple(lines), width, tuple(starts), tuple(body_lines))
