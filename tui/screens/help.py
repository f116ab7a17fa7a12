"""The help screen (`?`): every key, grouped the way a reader uses them."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Anywhere",
        [
            ("/", "search (from any pane)"),
            ("tab / shift+tab", "next / previous pane"),
            ("escape", "close the dialog or editor; from the search box, go to the reader"),
            ("?", "this help"),
            ("ctrl+p", "command palette: every action, and the theme"),
            ("[ / ]", "narrow / widen the search pane (the side panel when it has focus)"),
            ("q", "quit (asks about a note you have not saved)"),
        ],
    ),
    (
        "Search",
        [
            ("type", "results as you type (see README for the query language)"),
            ("up / down", "move through the results"),
            ("enter", "open the selected result (the top one) and read it"),
            ("s", "sort by relevance or date"),
        ],
    ),
    (
        "Reader",
        [
            ("j / k, arrows", "move"),
            ("space / pageup / pagedown", "page"),
            ("g / G", "top / bottom"),
            ("shift+arrows, mouse drag", "select text"),
            ("ctrl+c", "copy the selection"),
            ("n / N", "next / previous claim (the side panel follows)"),
            ("a", "annotate the selected text, or the current claim"),
            ("b", "show / hide the page furniture cleaning removed"),
            ("w", "who said what: speakers across the corpus, and all their claims"),
        ],
    ),
    (
        "Side panel",
        [
            ("tab", "to the claims elsewhere (same statement, variants), then the notes"),
            ("enter", "on a claim elsewhere: open that article at that claim"),
        ],
    ),
    (
        "Notes",
        [
            ("j / k, arrows", "choose a note (the reader selects its text)"),
            ("e", "edit the chosen note"),
            ("d", "delete the chosen note (asks first)"),
            ("ctrl+s", "save the note being edited"),
        ],
    ),
]

LEGEND = [
    ("◆ bold", "direct quote"),
    ("▸ underlined", "reported statement"),
    ("# italic", "figure"),
    ("✎", "your note"),
]


def help_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for group, rows in KEYS:
        table.add_row(Text(group, style="bold underline"), "")
        for key, what in rows:
            table.add_row(key, what)
        table.add_row("", "")
    table.add_row(Text("Claims", style="bold underline"), "")
    for key, what in LEGEND:
        table.add_row(key, what)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(help_table())
            yield Static(
                "Keys can be remapped in config.toml ([keymap], by binding id).", classes="hint"
            )
