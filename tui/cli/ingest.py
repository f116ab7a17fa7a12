"""`add` and `feed`: bring saved web pages, text files and RSS/Atom feeds into the corpus.

A thin layer over `tui.ingest` (imported when a command runs, so other commands start fast).
Each input gets one line: written and skipped ones on stdout, failures on stderr naming the
input; exit 1 when any input failed, 2 for bad usage or an unusable target folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from tui.cli._common import CliError, pass_settings, print_json, require_folder_of, warn
from tui.settings import Settings

if TYPE_CHECKING:
    from tui.ingest import IngestReport

_INTO_HELP = (
    "Corpus folder to write into (created if missing, inside an existing folder) "
    "[default: the --articles folder]. "
    "The bundled sample articles are never written to."
)
_JSON_HELP = "Print a JSON object: into, items (source, entry, status, path, reason), warnings."
_TIMEOUT_HELP = "Seconds to wait for a URL to answer."

into_option = click.option(
    "--into", type=click.Path(path_type=Path), metavar="DIR", default=None, help=_INTO_HELP
)
json_option = click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=20.0,
    show_default=True,
    metavar="SECONDS",
    help=_TIMEOUT_HELP,
)


def _target(settings: Settings, into: Path | None) -> Path:
    """The folder to write into. It is created if missing, but not its parents: a typo in
    the path is an error rather than a new tree of folders."""
    target = into if into is not None else settings.articles_dir
    if not target.exists():
        require_folder_of(target, "--into" if into is not None else "--articles")
    return target


def _report(report: IngestReport, as_json: bool, hint: str | None = None) -> None:
    """Print what happened to each input; exit 1 if any failed (after printing everything)."""
    from tui.ingest import SUMMARY_ONLY

    for item in report.errors:
        click.echo(f"newsreader: {item.label}: {item.reason}", err=True)
    for line in report.warnings:
        warn(line)
    if as_json:
        print_json(
            {
                "into": str(report.into),
                "items": [i.as_json() for i in report.items],
                "warnings": list(report.warnings),
            }
        )
    else:
        for item in report.items:
            if item.status == "written":
                click.echo(f"added {item.path}")
            elif item.status == "skipped":
                click.echo(f"skipped {item.label}: {item.reason}")
        counts = (len(report.written), len(report.skipped), len(report.errors))
        click.echo("{} added, {} skipped, {} failed, in {}".format(*counts, report.into))
        if hint and any(i.reason == SUMMARY_ONLY for i in report.skipped):
            click.echo(hint)
    if report.errors:
        failed = len(report.errors)
        raise CliError(f"{failed} input{'s' if failed > 1 else ''} failed (named above)", code=1)


@click.command("add")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@into_option
@click.option(
    "--force",
    is_flag=True,
    help="Replace a file of the same name instead of numbering the new one.",
)
@json_option
@timeout_option
@pass_settings
def add(
    settings: Settings,
    files: tuple[str, ...],
    into: Path | None,
    force: bool,
    as_json: bool,
    timeout: float,
) -> None:
    """Add saved web pages (.html) as Markdown articles, and .txt/.md files unchanged.

    The main text and its title, author, date, site and URL are taken out of each page; menus,
    ads and comments are left behind. An existing file is never overwritten: the new one gets a
    numbered name (-2, -3...), unless --force; a file identical to one already there is skipped.
    An http(s) URL is fetched and added like a saved page.
    """
    from tui.ingest import TargetError, add_files

    try:
        report = add_files(files, _target(settings, into), force=force, timeout=timeout)
    except TargetError as exc:
        raise CliError(str(exc), code=2) from None
    _report(report, as_json)


@click.command("feed")
@click.argument("sources", nargs=-1, required=True, metavar="FILE_OR_URL...")
@into_option
@click.option(
    "--summaries",
    is_flag=True,
    help="Also import entries that carry only a summary (marked 'summary: true').",
)
@json_option
@timeout_option
@pass_settings
def feed(
    settings: Settings,
    sources: tuple[str, ...],
    into: Path | None,
    summaries: bool,
    as_json: bool,
    timeout: float,
) -> None:
    """Import the entries of RSS (0.9x, 1.0, 2.0) and Atom feeds as Markdown articles.

    Each entry with full content becomes an article; entries already in the folder (same guid
    or link in a file's front matter) are skipped, so running it again writes nothing new.
    Entries with only a summary are skipped unless --summaries.
    """
    from tui.ingest import TargetError, import_feeds

    try:
        report = import_feeds(sources, _target(settings, into), summaries, timeout=timeout)
    except TargetError as exc:
        raise CliError(str(exc), code=2) from None
    _report(report, as_json, hint="(--summaries imports the summary-only entries)")
