"""The search pane: a query input, results as you type, one status line.

It shows what the screen gives it (`show_results`, `show_progress`) and posts what the user
wants (`QueryChanged`, debounced; `OpenArticle`); searching itself happens elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from tui.messages import OpenArticle, QueryChanged
from tui.session import Hit

DEBOUNCE_SECONDS = 0.12


def result_prompt(item: Hit, width: int = 200) -> Text:
    """Title and date on one line, the snippet with matched terms styled below it."""
    text = Text(no_wrap=False, overflow="fold")
    text.append(item.title, style="bold")
    if item.date:
        text.append(f"  {item.date}", style="dim")
    if item.snippet:
        snippet = Text(item.snippet, style="dim")
        for start, end in item.highlights:
            snippet.stylize("bold reverse", start, end)
        text.append("\n")
        text.append_text(snippet)
    return text


class StatusLine(Static):
    """One line under the results; clicking a did-you-mean suggestion accepts it."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.suggestion: str | None = None

    def on_click(self, event: events.Click) -> None:
        if self.suggestion:
            pane = self.query_ancestor(SearchPane)
            pane.accept_suggestion()


class ResultList(OptionList, can_focus=False):
    """Results; driven from the search input by up/down, or clicked."""


class SearchPane(Vertical):
    """The left pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Next result", show=False, id="search.down"),
        Binding("up", "move(-1)", "Previous result", show=False, id="search.up"),
        Binding("pagedown", "move(10)", "Page down", show=False),
        Binding("pageup", "move(-10)", "Page up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._debounce: Timer | None = None
        self._items: list[Hit] = []

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder='Search…  e.g. kursk  speaker:peskov  "peace plan"',
            id="query",
        )
        # The results list is mounted right after the first frame (`mount_results`), the
        # progress bar only while the index is being built: start-up time.
        yield StatusLine(id="search-status")

    async def mount_results(self) -> None:
        if not self.query(ResultList):
            await self.mount(ResultList(id="results"), before=self.query_one(StatusLine))

    # ---- attributes down -----------------------------------------------------------------

    @property
    def query_text(self) -> str:
        return self.query_one("#query", Input).value

    def set_query(self, query: str, *, search: bool = True) -> None:
        box = self.query_one("#query", Input)
        with box.prevent(Input.Changed):
            box.value = query
            box.cursor_position = len(query)
        if search:
            self.post_message(QueryChanged(query))

    def show_results(
        self,
        items: Sequence[Hit],
        status: str,
        *,
        suggestion: str | None = None,
        error: bool = False,
        keep_highlight: str | None = None,
    ) -> None:
        self._items = list(items)
        results = self.query_one(ResultList)
        results.clear_options()
        results.add_options(Option(result_prompt(item), id=item.article_id) for item in items)
        if items:
            index = 0
            if keep_highlight is not None:
                index = next(
                    (i for i, it in enumerate(items) if it.article_id == keep_highlight), 0
                )
            results.highlighted = index
        line = self.query_one(StatusLine)
        line.suggestion = suggestion
        line.set_class(error, "-error")
        line.set_class(suggestion is not None, "-suggestion")
        line.update(status)

    def show_progress(self, done: int, total: int) -> None:
        bars = self.query(ProgressBar)
        if done >= total:
            bars.remove()
            return
        if not bars:
            bar = ProgressBar(id="index-progress", show_eta=False)
            self.mount(bar, before=self.query_one(StatusLine))
        else:
            bar = bars.first()
        bar.update(total=max(total, 1), progress=done)

    @property
    def highlighted_id(self) -> str | None:
        if not self._items:  # also: the list is not mounted yet
            return None
        results = self.query_one(ResultList)
        if results.highlighted is None:
            return None
        return self._items[results.highlighted].article_id

    # ---- user input ----------------------------------------------------------------------

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._debounce is not None:
            self._debounce.stop()
        query = event.value
        self._debounce = self.set_timer(
            DEBOUNCE_SECONDS, lambda: self.post_message(QueryChanged(query))
        )

    @on(Input.Submitted, "#query")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        line = self.query_one(StatusLine)
        if not self._items and line.suggestion:
            self.accept_suggestion()
            return
        article_id = self.highlighted_id
        if article_id is not None:
            self.post_message(OpenArticle(article_id))

    @on(OptionList.OptionSelected, "#results")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(OpenArticle(event.option.id))

    def accept_suggestion(self) -> None:
        suggestion = self.query_one(StatusLine).suggestion
        if suggestion:
            self.set_query(suggestion)

    def action_move(self, delta: int) -> None:
        if not self._items:
            return
        results = self.query_one(ResultList)
        current = results.highlighted if results.highlighted is not None else -1
        results.highlighted = max(0, min(results.option_count - 1, current + delta))
