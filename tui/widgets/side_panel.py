"""The side panel: the selected claim, the article's notes (orphans apart), the note editor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from articles import Claim
from tui.messages import AnnotationChosen, EditorClosed, EditorSubmitted

VERDICTS = ("supported", "disputed", "false", "unverified", "needs-source")
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


class NoteList(OptionList):
    """The article's notes; orphans (no longer found in the text) listed after a separator."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class AnnotationEditor(Vertical):
    """Multi-line note, tags, verdict. ctrl+s saves; escape closes and keeps a draft."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="editor.save", priority=True),
        Binding("escape", "close", "Close (keep draft)", id="editor.close"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="editor-target", markup=False)
        yield TextArea(id="editor-note", soft_wrap=True, tab_behavior="focus")
        yield Input(placeholder="tags, comma separated", id="editor-tags")
        yield Select([(v, v) for v in VERDICTS], prompt="verdict (none)", id="editor-verdict")
        yield Static("ctrl+s save · esc close (draft kept)", classes="hint")

    def load(self, target: str, note: str, tags: str, verdict: str | None) -> None:
        self.query_one("#editor-target", Static).update(target)
        self.query_one("#editor-note", TextArea).load_text(note)
        self.query_one("#editor-tags", Input).value = tags
        select = self.query_one("#editor-verdict", Select)
        select.value = verdict if verdict in VERDICTS else Select.NULL
        self._initial = (note, tags, verdict if verdict in VERDICTS else None)

    def values(self) -> tuple[str, str, str | None]:
        note = self.query_one("#editor-note", TextArea).text
        tags = self.query_one("#editor-tags", Input).value
        value = self.query_one("#editor-verdict", Select).value
        verdict = value if isinstance(value, str) else None
        return note, tags, verdict

    @property
    def dirty(self) -> bool:
        return self.values() != getattr(self, "_initial", ("", "", None))

    def action_save(self) -> None:
        note, tags, verdict = self.values()
        parsed = tuple(dict.fromkeys(t.strip() for t in tags.split(",") if t.strip()))
        self.post_message(EditorSubmitted(note, parsed, verdict))

    def action_close(self) -> None:
        note, tags, verdict = self.values()
        self.post_message(EditorClosed(note, tags, verdict))


class SidePanel(VerticalScroll):
    """The right pane."""

    def compose(self) -> ComposeResult:
        yield Static("Claim", classes="section-title")
        yield Static(id="claim-card")
        yield Static("Notes", classes="section-title", id="notes-title")
        yield Static(id="notes-error", markup=False)
        yield NoteList(id="notes")
        yield AnnotationEditor(id="editor")

    def on_mount(self) -> None:
        self.query_one("#editor").display = False
        self.query_one("#notes-error").display = False
        self._items: list[NoteItem] = []

    # ---- attributes down -----------------------------------------------------------------

    def show_claim(self, claim: Claim | None, index: int | None, total: int) -> None:
        self.query_one("#claim-card", Static).update(claim_card(claim, index, total))

    def show_notes(self, items: Sequence[NoteItem], error: str | None = None) -> None:
        self._items = list(items)
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
        notes = self.query_one(NoteList)
        for index in range(notes.option_count):
            if notes.get_option_at_index(index).id == annotation_id:
                notes.highlighted = index
                return

    @property
    def highlighted_note(self) -> str | None:
        notes = self.query_one(NoteList)
        if notes.highlighted is None:
            return None
        return notes.get_option_at_index(notes.highlighted).id

    @property
    def editor(self) -> AnnotationEditor:
        return self.query_one(AnnotationEditor)

    @property
    def editing(self) -> bool:
        return bool(self.editor.display)

    def open_editor(
        self, target: str, note: str = "", tags: str = "", verdict: str | None = None
    ) -> None:
        editor = self.editor
        editor.display = True
        editor.load(target, note, tags, verdict)
        editor.query_one("#editor-note", TextArea).focus()
        self.scroll_to_widget(editor, animate=False)

    def close_editor(self) -> None:
        self.editor.display = False

    @on(OptionList.OptionHighlighted, "#notes")
    def _note_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(AnnotationChosen(event.option.id))
