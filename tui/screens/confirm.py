"""Small modal questions: confirm a delete, decide what happens to a draft on quit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ChoiceScreen(ModalScreen[str | None]):
    """A question with a few answers; escape answers None (cancel)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="dialog.cancel"),
        Binding("left", "app.focus_previous", "Previous", show=False),
        Binding("right", "app.focus_next", "Next", show=False),
    ]

    def __init__(self, question: str, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__(classes="dialog")
        self.question = question
        self.choices = list(choices)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self.question, id="question", markup=False)
            with Horizontal(id="buttons"):
                for value, label in self.choices:
                    variant = "error" if value in ("delete", "discard") else "default"
                    if value in ("save", "yes"):
                        variant = "primary"
                    yield Button(label, id=f"choice-{value}", variant=variant)

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "").removeprefix("choice-") or None)


class ConfirmScreen(ChoiceScreen):
    """Yes or no; the answer is a bool (escape and 'Cancel' are False)."""

    def __init__(self, question: str, yes: str = "Yes", no: str = "Cancel") -> None:
        super().__init__(question, [("no", no), ("yes", yes)])

    def dismiss(self, result: object = None) -> object:  # type: ignore[override]
        return super().dismiss(result == "yes")  # type: ignore[arg-type]
