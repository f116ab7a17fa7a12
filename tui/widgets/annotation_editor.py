"""The note editor: multi-line note, tags, verdict. ctrl+s saves; escape closes, keeping a draft.

Its own module, imported the first time a note is written: TextArea and Select cost start-up time.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Select, Static, TextArea

from tui.messages import EditorClosed, EditorSubmitted

VERDICTS = ("supported", "disputed", "false", "unverified", "needs-source")


class AnnotationEditor(Vertical):
    """Multi-line note, tags, verdict. ctrl+s saves; escape closes and keeps a draft."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="editor.save", priority=True),
        Binding("escape", "close", "Close (keep draft)", id="editor.close"),
    ]

    def __init__(self, target: str, note: str, tags: str, verdict: str | None) -> None:
        super().__init__(id="editor")
        self._initial = (note, tags, verdict if verdict in VERDICTS else None)
        self._first = (target, note, tags, verdict)

    def on_mount(self) -> None:
        self.load(*self._first)
        self.focus_note()

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
        return self.values() != self._initial

    def action_save(self) -> None:
        note, tags, verdict = self.values()
        parsed = tuple(dict.fromkeys(t.strip() for t in tags.split(",") if t.strip()))
        self.post_message(EditorSubmitted(note, parsed, verdict))

    def action_close(self) -> None:
        note, tags, verdict = self.values()
        self.post_message(EditorClosed(note, tags, verdict))

    def focus_note(self) -> None:
        self.query_one("#editor-note", TextArea).focus()
