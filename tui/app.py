"""The newsreader Textual app: wiring, state, themes, the command palette and quitting."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from tui.screens.confirm import ChoiceScreen
from tui.screens.main import MainScreen
from tui.session import Session
from tui.settings import Settings
from tui.state import AppState, load_state, save_state


class NewsreaderApp(App[None]):
    """Search, read with highlighted claims, annotate — from the keyboard."""

    CSS_PATH = "app.tcss"
    TITLE = "newsreader"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit"),
    ]

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.session = Session(settings)
        self.app_state: AppState
        self.app_state, self._state_warning = load_state(settings.state_file)

    def get_default_screen(self) -> Screen:
        return MainScreen(self.session, self.app_state.corpus(self.session.key))

    def on_mount(self) -> None:
        if self.app_state.theme and self.app_state.theme in self.available_themes:
            self.theme = self.app_state.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.settings.keymap:
            self.set_keymap(dict(self.settings.keymap))
        if self._state_warning:
            self.notify(self._state_warning, severity="warning", timeout=8)

    async def on_ready(self) -> None:
        # The first frame is on screen: now the rest of the widgets, then the corpus and the
        # index (in workers), so none of it competes with the first paint.
        if self.main is not None:
            await self.main.start()

    def _theme_changed(self, theme: object) -> None:
        self.app_state.theme = self.theme
        self.persist_state()

    @property
    def main(self) -> MainScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def persist_state(self) -> None:
        try:
            save_state(self.settings.state_file, self.app_state)
        except OSError as exc:
            self.notify(
                f"{self.settings.state_file}: {exc}", title="State not saved", severity="warning"
            )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        main = self.main
        if main is None:
            return
        yield SystemCommand("Search", "Focus the search box (/)", main.action_focus_search)
        yield SystemCommand(
            "Next claim", "Go to the next claim (n)", lambda: main.action_next_claim(1)
        )
        yield SystemCommand(
            "Previous claim", "Go to the previous claim (N)", lambda: main.action_next_claim(-1)
        )
        yield SystemCommand(
            "Annotate", "Annotate the selection or current claim (a)", main.action_annotate
        )
        yield SystemCommand(
            "Save note", "Save the note being edited (ctrl+s)", main.action_save_note
        )
        yield SystemCommand("Edit note", "Edit the chosen note (e)", main.action_edit_note)
        yield SystemCommand("Delete note", "Delete the chosen note (d)", main.action_delete_note)
        yield SystemCommand(
            "Toggle page furniture",
            "Show/hide what cleaning removed (b)",
            main.action_toggle_furniture,
        )
        yield SystemCommand(
            "Cycle sort", "Sort results by relevance or date (s)", main.action_cycle_sort
        )
        yield SystemCommand("Speakers", "Who said what across the corpus (w)", main.action_speakers)
        yield SystemCommand(
            "Narrow pane",
            "Narrow the search pane, or the side panel when focused ([)",
            lambda: main.action_resize(-2),
        )
        yield SystemCommand(
            "Widen pane",
            "Widen the search pane, or the side panel when focused (])",
            lambda: main.action_resize(2),
        )
        yield SystemCommand("Help", "Every key of newsreader (?)", main.action_help)

    async def action_quit(self) -> None:
        """Quit, but never lose a note being written: ask what to do with it first."""
        main = self.main
        draft = main.pending_draft() if main else None
        if main is None or draft is None:
            self._exit_saving_state()
            return

        def answered(choice: str | None) -> None:
            if choice == "save":
                if main.save_pending():
                    self._exit_saving_state()
            elif choice == "keep":
                main.state.draft = draft
                self._exit_saving_state()
            elif choice == "discard":
                main.state.draft = None
                self._exit_saving_state()

        excerpt = draft.exact if len(draft.exact) <= 60 else draft.exact[:59] + "…"
        self.push_screen(
            ChoiceScreen(
                f"You have an unsaved note on “{excerpt}”.",
                [
                    ("save", "Save note and quit"),
                    ("keep", "Keep draft and quit"),
                    ("discard", "Discard and quit"),
                    ("cancel", "Cancel"),
                ],
            ),
            answered,
        )

    def _exit_saving_state(self) -> None:
        self.persist_state()
        self.exit()

    def on_unmount(self) -> None:
        self.session.close()
