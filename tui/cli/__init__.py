"""The `newsreader` command: a thin click layer over the core packages.

No subcommand opens the app; every other command is headless and never imports Textual, so
scripts start fast. Errors are one line on stderr; exit 2 for bad usage or input, 1 for runtime
failures; a traceback only with ``--debug``.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from tui.cli._common import CliError
from tui.settings import ConfigError, Settings, articles_dir_problem, resolve_settings


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use (click's documented pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = LAZY_COMMANDS.get(cmd_name)
        if target is None:
            return super().get_command(ctx, cmd_name)
        module, _, attr = target.partition(":")
        command = getattr(importlib.import_module(module), attr)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--articles",
    "articles",
    metavar="DIR",
    envvar="NEWSREADER_ARTICLES",
    help="Corpus folder [env NEWSREADER_ARTICLES; default: the bundled sample articles].",
)
@click.option(
    "--data-dir",
    metavar="DIR",
    envvar="NEWSREADER_DATA_DIR",
    help="Where the index, annotations and state live [env NEWSREADER_DATA_DIR].",
)
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
# The version is looked up only when asked for: importlib.metadata costs start-up time.
@click.version_option(None, "--version", "-V", package_name="newsreader", prog_name="newsreader")
@click.pass_context
def cli(ctx: click.Context, articles: str | None, data_dir: str | None, debug: bool) -> None:
    """A keyboard-first terminal reader for news articles.

    Run without a command to open the reader. The other commands are headless and print JSON
    with --json for scripts.
    """
    try:
        settings = resolve_settings(articles, data_dir, debug=debug)
    except ConfigError as exc:
        raise CliError(str(exc), code=2) from None
    ctx.obj = settings
    if ctx.invoked_subcommand is None:
        _open_app(settings)


def _open_app(settings: Settings) -> None:
    problem = articles_dir_problem(settings)
    if problem:
        raise CliError(problem, code=2)
    from tui.launch import open_app

    open_app(settings)


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: run the command, turn every failure into one line."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args or bool(os.environ.get("NEWSREADER_DEBUG"))
    try:
        cli.main(args=args, prog_name="newsreader", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        click.echo(f"newsreader: {exc.format_message()}{hint}", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"newsreader: {exc.format_message()}", err=True)
        return exc.exit_code
    except CliError as exc:
        if debug:
            raise
        click.echo(f"newsreader: {exc}", err=True)
        return exc.code
    except click.Abort:
        click.echo("newsreader: aborted", err=True)
        return 130
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`newsreader list | head`): not an error.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0
    except Exception as exc:
        if debug:
            raise
        click.echo(f"newsreader: {type(exc).__name__}: {exc} (rerun with --debug)", err=True)
        return 1
    return 0


# Subcommands live in their own modules, one per area, and are imported only when they run:
# `newsreader list` never loads the annotations store, and the app starts without any of them.
LAZY_COMMANDS: dict[str, str] = {
    "list": "tui.cli.corpus:list_articles",
    "show": "tui.cli.corpus:show",
    "locate": "tui.cli.corpus:locate",
    "claims": "tui.cli.claims:claims",
    "index": "tui.cli.search:index_command",
    "search": "tui.cli.search:search_command",
    "speakers": "tui.cli.across:speakers_command",
    "related": "tui.cli.across:related_command",
    "annotate": "tui.cli.annotations:annotate",
    "annotations": "tui.cli.annotations:annotations_group",
    "add": "tui.cli.ingest:add",
    "feed": "tui.cli.ingest:feed",
}
