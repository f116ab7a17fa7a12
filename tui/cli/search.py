"""`index` and `search`: keep the corpus's index fresh, and query it from a shell.

The index package (and Whoosh, ~100 ms to import) is imported only when these commands run,
so the other commands start as fast as before.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import click

from articles import CorpusNotFoundError
from tui.cli._common import CliError, pass_settings, print_json, stdout_is_tty, warn
from tui.settings import Settings

if TYPE_CHECKING:
    from index import NewsIndex, SearchResults, UpdateStats

# Reasons for a rebuild that the user did not ask for and should hear about.
_QUIET_REASONS = ("new index", "rebuild requested")


def _open(settings: Settings) -> NewsIndex:
    from index import open_index

    if not settings.articles_dir.is_dir():
        what = "is not a folder" if settings.articles_dir.exists() else "does not exist"
        raise CliError(f"articles folder '{settings.articles_dir}' {what}", code=2)
    return open_index(settings.index_dir, settings.articles_dir)


@contextlib.contextmanager
def _progress_bar(show: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A Rich progress bar on stderr when it is a terminal; a no-op callback otherwise."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("indexing", total=None)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield report


def _update(index: NewsIndex, settings: Settings, rebuild: bool, as_json: bool) -> UpdateStats:
    """Update with a progress bar on a terminal; IndexLockedError is left to the caller.

    The user's notes are indexed too (`note:`, `tag:`), from the same store the app writes.
    """
    from annotations import AnnotationStore

    notes = AnnotationStore(settings.annotations_dir)
    with _progress_bar(sys.stderr.isatty() and not as_json) as report:
        try:
            stats = index.update(rebuild=rebuild, progress=report, notes=notes)
        except CorpusNotFoundError as exc:
            raise CliError(str(exc), code=2) from None
    if stats.rebuilt and stats.rebuilt not in _QUIET_REASONS:
        warn(f"index rebuilt: {stats.rebuilt}")
    return stats


@contextlib.contextmanager
def fresh_index(settings: Settings, as_json: bool, doing: str) -> Iterator[NewsIndex]:
    """The corpus's index, updated first; the last complete one (with a warning) if another
    process is writing it. `doing` ends the warning: "searching", "reading"."""
    from index import IndexLockedError

    with _open(settings) as index:
        try:
            _update(index, settings, False, as_json)
        except IndexLockedError as exc:
            if not index.is_built:
                raise CliError(str(exc), code=1) from None
            warn(f"the index is being updated by another process; {doing} the last version")
        yield index


@click.command("index")
@click.option("--rebuild", is_flag=True, help="Build the index from scratch.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as a JSON object.")
@pass_settings
def index_command(settings: Settings, rebuild: bool, as_json: bool) -> None:
    """Bring the search index up to date with the corpus (incremental by default)."""
    from index import IndexLockedError

    with _open(settings) as index:
        try:
            stats = _update(index, settings, rebuild, as_json)
        except IndexLockedError as exc:
            raise CliError(str(exc), code=1) from None
    for message in stats.warnings:
        warn(message)
    if as_json:
        print_json(stats.to_json())
    else:
        click.echo(stats.summary())


@click.command("search")
@click.argument("words", nargs=-1, required=True, metavar="QUERY")
@click.option(
    "--limit", default=20, show_default=True, type=click.IntRange(min=1), help="Most results."
)
@click.option(
    "--sort",
    type=click.Choice(["relevance", "date"]),
    default="relevance",
    show_default=True,
    help="Order of the results (date: newest first).",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of results.")
@pass_settings
def search_command(
    settings: Settings, words: tuple[str, ...], limit: int, sort: str, as_json: bool
) -> None:
    """Search the corpus (see README for the query language: "phrases", -word, pre*, ...).

    The index is brought up to date first. With --json, stdout is always an array; a
    did-you-mean suggestion goes to stderr.
    """
    from index import IndexLockedError, QueryError

    text = " ".join(words)
    with fresh_index(settings, as_json, "searching") as index:
        try:
            results = index.search(
                text, limit=limit, sort="date" if sort == "date" else "relevance"
            )
        except QueryError as exc:
            raise CliError(f"bad query: {exc}", code=2) from None
        except IndexLockedError as exc:
            raise CliError(str(exc), code=1) from None
    _print_results(text, results, as_json)


def _print_results(text: str, results: SearchResults, as_json: bool) -> None:
    if not results.hits:
        hint = f"; did you mean: {results.suggestion}" if results.suggestion else ""
        click.echo(f"newsreader: no results for '{text}'{hint}", err=True)
    if as_json:
        print_json([hit.to_json() for hit in results.hits])
        return
    if not results.hits:
        return
    if stdout_is_tty():
        _print_table(text, results)
    else:
        for hit in results.hits:
            click.echo(f"{hit.id}\t{hit.date.isoformat() if hit.date else ''}\t{hit.title}")


def _print_table(text: str, results: SearchResults) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    shown = len(results.hits)
    plural = "s" if results.total != 1 else ""
    counted = f"{shown} of {results.total}" if shown < results.total else f"{shown}"
    title = f"{counted} result{plural} for {text}"
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("date", no_wrap=True)
    table.add_column("article", ratio=1)
    table.add_column("score", justify="right", no_wrap=True)
    for hit in results.hits:
        cell = Text(hit.title, style="bold")
        cell.append("\n")
        snippet = Text(hit.snippet, style="dim")
        for start, end in hit.highlights:
            snippet.stylize("bold yellow not dim", start, end)
        cell.append_text(snippet)
        cell.append(f"\n{hit.id}", style="cyan")
        table.add_row(hit.date.isoformat() if hit.date else "", cell, f"{hit.score:.2f}")
    Console().print(table)
