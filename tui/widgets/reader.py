"""The reader: an article with its claims, search terms and notes highlighted, and a caret.

A Line API widget, because the article is shown with things that are not in its text (title,
speaker labels, note markers, furniture) while the caret, selection and mouse must still speak
in offsets into `Article.text`, the string claims and annotations refer to. The layout lives
in `article_layout`; this widget styles and moves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.widgets.article_layout import Block, Label, Layout, layout_article

if TYPE_CHECKING:
    from articles import Claim

# Glyphs that tell claim kinds apart without colour (16-colour and monochrome terminals).
KIND_GLYPH = {"quote": "◆", "reported": "▸", "figure": "#"}


@dataclass(frozen=True, slots=True)
class NoteSpan:
    """A span the user annotated, shown with a marker after it."""

    start: int
    end: int
    annotation_id: str


@dataclass(frozen=True, slots=True)
class ReaderDoc:
    """Everything the reader shows for one article (attributes down, no logic)."""

    article_id: str
    title: str
    meta: str
    paragraphs: tuple[str, ...]
    claims: tuple[Claim, ...] = ()
    search_spans: tuple[tuple[int, int], ...] = ()
    notes: tuple[NoteSpan, ...] = ()
    furniture: tuple[Block, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(slots=True)
class _Caret:
    offset: int = 0
    anchor: int | None = None
    goal_x: int | None = None
    dragging: bool = False
    pressed_at: int | None = field(default=None)


def short_speaker(name: str | None, width: int = 22) -> str:
    """A label-sized speaker: a person's surname ("Dmitry Peskov" -> "Peskov"), a body or a
    description as written ("the Kremlin", "a senior official"), cut to `width`."""
    if not name:
        return ""
    words = name.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        name = words[-1]
    return name if len(name) <= width else name[: width - 1] + "…"


def speaker_label(claim: Claim) -> str:
    """The label before a claim: its kind's glyph, and the speaker unless the claim names them
    first itself ("Peskov said ..." needs no "Peskov:" before it)."""
    glyph = KIND_GLYPH.get(claim.kind, "•")
    who = short_speaker(claim.speaker)
    opening = claim.text.lstrip("“\"'‘ ").casefold()
    if not who or opening.startswith(((claim.speaker or "").casefold(), who.casefold())):
        return f"{glyph} "
    return f"{glyph}{who}: "


class ArticleView(ScrollView, can_focus=True):
    """Shows one article; posts `ClaimHighlighted` when the current claim changes."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--title",
        "reader--meta",
        "reader--furniture",
        "reader--speaker",
        "reader--quote",
        "reader--reported",
        "reader--figure",
        "reader--current",
        "reader--search",
        "reader--note",
        "reader--note-marker",
        "reader--selection",
        "reader--cursor",
        "reader--empty",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="reader.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="reader.up"),
        Binding("left", "cursor_left", "Left", show=False, id="reader.left"),
        Binding("right", "cursor_right", "Right", show=False, id="reader.right"),
        Binding("shift+down", "cursor_down(True)", "Select down", show=False),
        Binding("shift+up", "cursor_up(True)", "Select up", show=False),
        Binding("shift+left", "cursor_left(True)", "Select left", show=False),
        Binding("shift+right", "cursor_right(True)", "Select right", show=False),
        Binding("home", "line_start", "Line start", show=False),
        Binding("end", "line_end", "Line end", show=False),
        Binding("shift+home", "line_start(True)", "Select to line start", show=False),
        Binding("shift+end", "line_end(True)", "Select to line end", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="reader.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="reader.page_up"),
        Binding("ctrl+home,g", "to_start", "Top", show=False),
        Binding("ctrl+end,G", "to_end", "Bottom", show=False),
        Binding("ctrl+c", "copy", "Copy", show=False, id="reader.copy"),
    ]

    show_furniture: reactive[bool] = reactive(False)

    class ClaimHighlighted(Message):
        """The current claim changed (None: no claim under the caret)."""

        def __init__(self, view: ArticleView, index: int | None) -> None:
            super().__init__()
            self.view = view
            self.index = index

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.ClaimHighlighted)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.doc: ReaderDoc | None = None
        self.current_claim: int | None = None
        self._caret = _Caret()
        self._layout: Layout | None = None
        self._placeholder = "No article"

    # ---- data in -------------------------------------------------------------------------

    def show_doc(self, doc: ReaderDoc | None, *, keep_position: bool = False) -> None:
        """Show an article (or the placeholder); keeps the caret when re-showing the same one."""
        same = doc is not None and self.doc is not None and doc.article_id == self.doc.article_id
        self.doc = doc
        if not (same and keep_position):
            self._caret = _Caret()
            self.current_claim = None
            self.scroll_to(y=0, animate=False)
        self._relayout()
        if not (same and keep_position):
            self.post_message(self.ClaimHighlighted(self, None))

    def show_placeholder(self, message: str) -> None:
        self._placeholder = message
        self.show_doc(None)

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected text range, or None when nothing is selected."""
        anchor = self._caret.anchor
        if anchor is None or anchor == self._caret.offset:
            return None
        return min(anchor, self._caret.offset), max(anchor, self._caret.offset)

    @property
    def cursor_offset(self) -> int:
        return self._caret.offset

    def select_range(self, start: int, end: int) -> None:
        """Select text programmatically (tests, 'open at this claim')."""
        self._caret = _Caret(offset=end, anchor=start)
        self._scroll_to_offset(start)
        self.refresh()

    def clear_selection(self) -> None:
        self._caret.anchor = None
        self.refresh()

    # ---- layout --------------------------------------------------------------------------

    def watch_show_furniture(self) -> None:
        self._relayout()

    def on_resize(self, event: events.Resize) -> None:
        # Regions settle after the resize is dispatched: lay out once they have.
        self._relayout()
        self.call_after_refresh(self._relayout_if_width_changed)

    def _relayout_if_width_changed(self) -> None:
        if self._layout is not None and self._layout.width != self._text_width():
            self._relayout()

    def _text_width(self) -> int:
        # Always leave room for the vertical scrollbar: it appears only after layout, and a
        # layout that ignored it would have its line ends cut off.
        scrollbar = self.styles.scrollbar_size_vertical
        return max(8, self.content_region.width - scrollbar - 1)

    def _relayout(self) -> None:
        doc = self.doc
        width = self._text_width()
        if doc is None:
            self._layout = None
            self.virtual_size = Size(width, 1)
            self.refresh()
            return
        blocks: list[Block] = [Block(0, doc.title, "reader--title")]
        if doc.meta:
            blocks.append(Block(0, doc.meta, "reader--meta"))
        if self.show_furniture:
            blocks.extend(doc.furniture)
        labels: list[Label] = []
        labels.extend(Label(c.start, speaker_label(c), "reader--speaker") for c in doc.claims)
        labels.extend(Label(n.end, "✎", "reader--note-marker") for n in doc.notes)
        self._layout = layout_article(doc.paragraphs, width, labels=labels, blocks=blocks)
        self.virtual_size = Size(width, len(self._layout.lines))
        self.refresh()

    # ---- rendering -----------------------------------------------------------------------

    def _ranges(self) -> list[tuple[int, int, Style]]:
        """Styled ranges in text offsets, in the order they are applied (later wins)."""
        doc = self.doc
        if doc is None:
            return []
        style = self.get_component_rich_style
        ranges: list[tuple[int, int, Style]] = []
        for claim in doc.claims:
            ranges.append((claim.start, claim.end, style(f"reader--{claim.kind}")))
        for note in doc.notes:
            ranges.append((note.start, note.end, style("reader--note")))
        for start, end in doc.search_spans:
            ranges.append((start, end, style("reader--search")))
        if self.current_claim is not None and self.current_claim < len(doc.claims):
            claim = doc.claims[self.current_claim]
            ranges.append((claim.start, claim.end, style("reader--current")))
        selection = self.selection
        if selection:
            ranges.append((*selection, style("reader--selection")))
        if self.has_focus:
            ranges.append((self._caret.offset, self._caret.offset + 1, style("reader--cursor")))
        return ranges

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self._layout
        index = y + round(self.scroll_offset.y)
        if layout is None:
            if index == 0:
                text = Text(self._placeholder, style=self.get_component_rich_style("reader--empty"))
                return Strip(text.render(self.app.console), text.cell_len).adjust_cell_length(
                    width, base
                )
            return Strip.blank(width, base)
        if index >= len(layout.lines):
            return Strip.blank(width, base)
        line = layout.lines[index]
        text = Text(style=base, end="")
        ranges = self._ranges() if line.start is not None else []
        for piece in line.pieces:
            if piece.offset is None:
                text.append(piece.text, self.get_component_rich_style(piece.style or ""))
                continue
            # The base style goes on every run: a Text's own style does not reach its parts.
            part = Text(piece.text, style=base)
            lo, hi = piece.offset, piece.offset + len(piece.text)
            for start, end, style in ranges:
                if start < hi and end > lo:
                    part.stylize(style, max(start, lo) - lo, min(end, hi) - lo)
            text.append_text(part)
        if self.has_focus and line.end is not None and self._caret.offset == line.end:
            # The caret sits after the last character of the line (end of a paragraph).
            cursor = self.get_component_rich_style("reader--cursor")
            if line is layout.lines[layout.line_of_offset(self._caret.offset)]:
                text.append(" ", cursor)
        segments = list(text.render(self.app.console))
        strip = Strip(segments, sum(cell_len(s.text) for s in segments))
        return strip.adjust_cell_length(width, base).simplify()

    # ---- caret ---------------------------------------------------------------------------

    def _text_len(self) -> int:
        return len(self.doc.text) if self.doc else 0

    def _move(self, offset: int, select: bool, keep_goal: bool = False) -> None:
        offset = max(0, min(offset, self._text_len()))
        caret = self._caret
        if select:
            if caret.anchor is None:
                caret.anchor = caret.offset
        else:
            caret.anchor = None
        caret.offset = offset
        if not keep_goal:
            caret.goal_x = None
        self._scroll_to_offset(offset)
        self._sync_claim_with_caret()
        self.refresh()

    def _scroll_to_offset(self, offset: int) -> None:
        if self._layout is None:
            return
        y, _ = self._layout.column_of_offset(offset)
        top = round(self.scroll_offset.y)
        height = self.scrollable_content_region.height
        if y < top + 1:
            self.scroll_to(y=max(0, y - 1), animate=False)
        elif y >= top + height - 1:
            self.scroll_to(y=y - height + 2, animate=False)

    def _sync_claim_with_caret(self) -> None:
        index = self.claim_at(self._caret.offset)
        if index is not None and index != self.current_claim:
            self.set_current_claim(index, move_caret=False)

    def claim_at(self, offset: int) -> int | None:
        if self.doc is None:
            return None
        for i, claim in enumerate(self.doc.claims):
            if claim.start <= offset < claim.end:
                return i
        return None

    def _vertical(self, delta: int, select: bool) -> None:
        layout = self._layout
        if layout is None:
            self.scroll_relative(y=delta, animate=False)
            return
        y, x = layout.column_of_offset(self._caret.offset)
        goal = self._caret.goal_x if self._caret.goal_x is not None else x
        target = y + delta
        while 0 <= target < len(layout.lines) and layout.lines[target].start is None:
            target += 1 if delta > 0 else -1
        if not 0 <= target < len(layout.lines):
            # Past the last body line: scroll the rest (furniture, margins) into view.
            self.scroll_relative(y=delta, animate=False)
            return
        offset = layout.offset_at(target, goal)
        if offset is not None:
            self._move(offset, select, keep_goal=True)
            self._caret.goal_x = goal

    def action_cursor_down(self, select: bool = False) -> None:
        self._vertical(1, select)

    def action_cursor_up(self, select: bool = False) -> None:
        self._vertical(-1, select)

    def action_cursor_left(self, select: bool = False) -> None:
        offset = self._caret.offset - 1
        text = self.doc.text if self.doc else ""
        if offset > 0 and text[offset - 1 : offset + 1] == "\n\n":
            offset -= 1
        self._move(offset, select)

    def action_cursor_right(self, select: bool = False) -> None:
        offset = self._caret.offset + 1
        text = self.doc.text if self.doc else ""
        if text[offset - 1 : offset + 1] == "\n\n":
            offset += 1
        self._move(offset, select)

    def action_line_start(self, select: bool = False) -> None:
        if self._layout:
            y, _ = self._layout.column_of_offset(self._caret.offset)
            self._move(self._layout.lines[y].start or 0, select)

    def action_line_end(self, select: bool = False) -> None:
        if self._layout:
            y, _ = self._layout.column_of_offset(self._caret.offset)
            end = self._layout.lines[y].end
            if end is not None:
                self._move(end, select)

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 2)
        self.scroll_relative(y=direction * height, animate=False)
        if self._layout is None:
            return
        top = round(self.scroll_offset.y)
        for y in range(top, min(top + height, len(self._layout.lines))):
            start = self._layout.lines[y].start
            if start is not None:
                self._caret.offset = start
                self._caret.anchor = None
                break
        self.refresh()

    def action_to_start(self) -> None:
        self._move(0, False)
        self.scroll_to(y=0, animate=False)

    def action_to_end(self) -> None:
        self._move(self._text_len(), False)
        self.scroll_end(animate=False)

    def action_copy(self) -> None:
        selection = self.selection
        if selection and self.doc:
            self.app.copy_to_clipboard(self.doc.text[selection[0] : selection[1]])
            self.notify("Copied the selection", timeout=2)

    # ---- claims --------------------------------------------------------------------------

    def set_current_claim(self, index: int | None, *, move_caret: bool = True) -> None:
        """Make claim `index` current (scrolling it into view) and tell the app."""
        doc = self.doc
        if doc is None or index is None or not 0 <= index < len(doc.claims):
            index = None
        self.current_claim = index
        if index is not None and move_caret and doc is not None:
            claim = doc.claims[index]
            self._caret = _Caret(offset=claim.start)
            self._scroll_to_offset(claim.end)
            self._scroll_to_offset(claim.start)
        self.post_message(self.ClaimHighlighted(self, index))
        self.refresh()

    def next_claim(self, step: int = 1) -> None:
        doc = self.doc
        if doc is None or not doc.claims:
            return
        if self.current_claim is None:
            after = [i for i, c in enumerate(doc.claims) if c.start >= self._caret.offset]
            index = (after[0] if after else 0) if step > 0 else (after[0] - 1 if after else -1)
        else:
            index = self.current_claim + step
        self.set_current_claim(index % len(doc.claims))

    # ---- mouse ---------------------------------------------------------------------------

    def _offset_at_event(self, event: events.MouseEvent) -> int | None:
        if self._layout is None:
            return None
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        return self._layout.offset_at(offset.y + round(self.scroll_offset.y), offset.x)

    async def _on_mouse_down(self, event: events.MouseDown) -> None:
        offset = self._offset_at_event(event)
        self.focus()
        if offset is None:
            return
        self._caret = _Caret(offset=offset, anchor=offset, dragging=True, pressed_at=offset)
        self.capture_mouse()
        self.refresh()

    async def _on_mouse_move(self, event: events.MouseMove) -> None:
        if not self._caret.dragging or self._layout is None:
            return
        offset = event.get_content_offset_capture(self)
        y = offset.y + round(self.scroll_offset.y)
        y = max(0, min(y, len(self._layout.lines) - 1))
        found = self._layout.offset_at(y, max(0, offset.x))
        if found is not None:
            self._caret.offset = found
            self.refresh()

    async def _on_mouse_up(self, event: events.MouseUp) -> None:
        caret = self._caret
        if not caret.dragging:
            return
        caret.dragging = False
        self.capture_mouse(False)
        if caret.anchor == caret.offset:
            caret.anchor = None
            index = self.claim_at(caret.offset)
            if index is not None:
                self.set_current_claim(index, move_caret=False)
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
