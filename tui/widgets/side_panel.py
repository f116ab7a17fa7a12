"""The side panel: the selected claim, the article's notes (orphans apart), the note editor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.messages import AnnotationChosen, OpenArticle

if TYPE_CHECKING:
    from articles import Claim
    from index import RelatedClaim
    from tui.widgets.annotation_editor import AnnotationEditor

KIND_NAMES = {"quote": "Quote", "reported": "Reported", "figure": "Figure"}


@dataclass(frozen=True, slots=True)
class NoteItem:
    """An annotation as the side panel shows it."""

    id: str
    exact: str
    note: str
    tags: tuple[str, ...]
    verdict: str | None
    anchor: str  # exact | moved | fuzzy | orphan
    claim_label: str | None = None

    @property
    def orphan(self) -> bool:
        return self.anchor == "orphan"


def clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def claim_card(claim: Claim | None, index: int | None, total: int) -> Text:
    if claim is None or index is None:
        hint = "n / N: next or previous claim" if total else "No claims found in this article."
        return Text(hint, style="dim")
    text = Text()
    text.append(f"{KIND_NAMES.get(claim.kind, claim.kind)}", style="bold")
    text.append(f"  {index + 1}/{total}\n", style="dim")
    text.append("Speaker  ", style="dim")
    text.append(f"{claim.speaker or '(unsourced)'}\n")
    text.append("Cue      ", style="dim")
    text.append(f"{claim.cue or '—'}\n")
    text.append("Sure     ", style="dim")
    text.append(f"{claim.confidence:.0%}\n")
    text.append(clip(claim.text, 400), style="italic")
    return text


def note_prompt(item: NoteItem) -> Text:
    text = Text()
    if item.verdict:
        text.append(f"[{item.verdict}] ", style="bold")
    text.append(f"“{clip(item.exact, 60)}”", style="italic")
    if item.anchor in ("moved", "fuzzy"):
        text.append(f"  ({item.anchor})", style="dim")
    if item.note:
        text.append("\n")
        text.append(clip(item.note, 160))
    if item.tags:
        text.append("\n")
        text.append(" ".join(f"#{t}" for t in item.tags), style="dim")
    return text


def related_prompt(item: RelatedClaim) -> Text:
    """Who, where and when; the claim; for a variant, what the retelling changed."""
    text = Text()
    if item.variant:
        text.append("VARIANT ", style="bold reverse")
    text.append(item.speaker or "(unsourced)", style="bold")
    when = f", {item.date.isoformat()}" if item.date else ""
    text.append(f" · {clip(item.title, 50)}{when}", style="dim")
    text.append(f"  {item.score:.0%}\n", style="dim")
    if item.variant and item.diff:
        for segment in item.diff:
            if segment.op == "same":
                text.append(f"{segment.old} ")
            if segment.op in ("dropped", "changed") and segment.old:
                text.append(f"[-{segment.old}-]", style="strike")
                text.append(" ")
            if segment.op in ("added", "changed") and segment.new:
                text.append(f"{{+{segment.new}+}}", style="bold underline")
                text.append(" ")
    else:
        text.append(clip(item.text, 200), style="italic")
    return text


class RelatedList(OptionList):
    """Claims of other articles on the same statement or fact; enter opens one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class NoteList(OptionList):
    """The article's notes; orphans (no longer found in the text) listed after a separator."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("e", "screen.edit_note", "Edit note", id="notes.edit"),
        Binding("d", "screen.delete_note", "Delete note", id="notes.delete"),
    ]

    def on_focus(self) -> None:
        # Focus lands on a note, so e and d act at once on the one shown highlighted.
        if self.highlighted is None and self.option_count:
            self.action_first()  # the first note, past a disabled heading


class SidePanel(VerticalScroll):
    """The right pane."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.populated = False
        self._related: list[RelatedClaim] = []
        self._items: list[NoteItem] = []

    def compose(self) -> ComposeResult:
        # Only what the first frame shows; `populate` adds the lists once it is on screen, and
        # the editor is mounted the first time a note is written (start-up time).
        yield Static("Claim", classes="section-title")
        yield Static(id="claim-card")

    async def populate(self) -> None:
        """Mount the related-claims and notes sections (right after the first frame)."""
        if self.populated:
            return
        error = Static(id="notes-error", markup=False)
        error.display = False
        await self.mount_all(
            [
                Static("Elsewhere", classes="section-title", id="related-title"),
                RelatedList(id="related"),
                Static("Notes", classes="section-title", id="notes-title"),
                error,
                NoteList(id="notes"),
            ]
        )
        self.populated = True
        self.show_related(())
        self.show_notes(self._items)

    # ---- attributes down -----------------------------------------------------------------

    def show_claim(self, claim: Claim | None, index: int | None, total: int) -> None:
        self.query_one("#claim-card", Static).update(claim_card(claim, index, total))

    def show_related(self, items: Sequence[RelatedClaim], searching: bool = False) -> None:
        """Related claims and variants of the current claim (empty: the section is hidden)."""
        if not self.populated:
            return
        self._related = list(items)
        related = self.query_one(RelatedList)
        related.clear_options()
        related.add_options(Option(related_prompt(i)) for i in items)
        variants = sum(1 for i in items if i.variant)
        title = f"Elsewhere ({len(items)}" + (f", {variants} variant" if variants else "")
        title += "s)" if variants > 1 else ")"
        self.query_one("#related-title", Static).update(title)
        for widget in (related, self.query_one("#related-title")):
            widget.display = bool(items)

    def show_notes(self, items: Sequence[NoteItem], error: str | None = None) -> None:
        self._items = list(items)
        if not self.populated:
            return
        notes = self.query_one(NoteList)
        keep = self.highlighted_note
        notes.clear_options()
        anchored = [i for i in items if not i.orphan]
        orphans = [i for i in items if i.orphan]
        notes.add_options(Option(note_prompt(i), id=i.id) for i in anchored)
        if orphans:
            notes.add_option(
                Option(Text("Orphaned: text no longer found", style="bold"), disabled=True)
            )
            notes.add_options(Option(note_prompt(i), id=i.id) for i in orphans)
        count = f"Notes ({len(anchored)}" + (f", {len(orphans)} orphaned)" if orphans else ")")
        self.query_one("#notes-title", Static).update(count)
        box = self.query_one("#notes-error", Static)
        box.display = error is not None
        box.update(error or "")
        if keep is not None:
            self.highlight_note(keep)

    def highlight_note(self, annotation_id: str) -> None:
        if not self.populated:
            return
        notes = self.query_one(NoteList)
        for index in range(notes.option_count):
            if notes.get_option_at_index(index).id == annotation_id:
                notes.highlighted = index
                return

    @property
    def highlighted_note(self) -> str | None:
        if not self.populated:
            return None
        notes = self.query_one(NoteList)
        if notes.highlighted is None:
            return None
        return notes.get_option_at_index(notes.highlighted).id

    @property
    def editor(self) -> AnnotationEditor | None:
        found = self.query("#editor")
        return found.first() if found else None  # type: ignore[return-value]

    @property
    def editing(self) -> bool:
        editor = self.editor
        return editor is not None and bool(editor.display)

    def open_editor(
        self, target: str, note: str = "", tags: str = "", verdict: str | None = None
    ) -> None:
        self.add_class("-editing")  # wider while writing (see app.tcss)
        editor = self.editor
        if editor is None:
            from tui.widgets.annotation_editor import AnnotationEditor

            editor = AnnotationEditor(target, note, tags, verdict)
            self.mount(editor)  # loads and takes focus once mounted
        else:
            editor.display = True
            editor.load(target, note, tags, verdict)
            editor.focus_note()
        self.call_after_refresh(self.scroll_to_widget, editor, animate=False)

    def close_editor(self) -> None:
        self.remove_class("-editing")
        if self.editor is not None:
            self.editor.display = False

    @on(OptionList.OptionSelected, "#related")
    def _related_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self._related[event.option_index]
        self.post_message(OpenArticle(item.id, claim=item.claim))

    @on(OptionList.OptionHighlighted, "#notes")
    def _note_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(AnnotationChosen(event.option.id))
