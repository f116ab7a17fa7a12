"""Small modal questions: confirm a delete, decide what happens to a draft on quit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static
from textual.widgets.button import ButtonVariant

AnswerT = TypeVar("AnswerT")


class _Question(ModalScreen[AnswerT]):
    """A question with a few answers, as buttons; escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "answer(None)", "Cancel", id="dialog.cancel"),
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
                    variant: ButtonVariant = (
                        "error" if value in ("delete", "discard") else "default"
                    )
                    if value in ("save", "yes"):
                        variant = "primary"
                    yield Button(label, id=f"choice-{value}", variant=variant)

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.action_answer((event.button.id or "").removeprefix("choice-") or None)

    def action_answer(self, choice: str | None) -> None:
        self.dismiss(self.result_of(choice))

    def result_of(self, choice: str | None) -> AnswerT:
        """What the screen answers for the button chosen (None: escape)."""
        raise NotImplementedError


class ChoiceScreen(_Question[str | None]):
    """The value of the answer chosen; None on escape (cancel)."""

    def result_of(self, choice: str | None) -> str | None:
        return choice


class ConfirmScreen(_Question[bool]):
    """Yes or no; escape and 'Cancel' are no."""

    def __init__(self, question: str, yes: str = "Yes", no: str = "Cancel") -> None:
        super().__init__(question, [("no", no), ("yes", yes)])

    def result_of(self, choice: str | None) -> bool:
        return choice == "yes"
