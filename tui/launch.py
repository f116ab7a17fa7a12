"""The `newsreader` console script.

`newsreader` on its own, the usual way to open the app, goes straight to it without loading
the command-line machinery (click and every command's options): start-up time is a feature.
With any argument, `tui.cli` parses the command line and does the rest (opening the app too).
"""

from __future__ import annotations

import sys


def open_app(settings: object) -> None:
    """Open the app on `settings` (a `tui.settings.Settings`); Textual is imported only here."""
    from tui.app import NewsreaderApp

    NewsreaderApp(settings).run()  # type: ignore[arg-type]


def main() -> int:
    if len(sys.argv) > 1:
        from tui.cli import main as cli_main

        return cli_main()
    from tui.settings import ConfigError, articles_dir_problem, resolve_settings

    try:
        settings = resolve_settings()
    except ConfigError as exc:
        print(f"newsreader: {exc}", file=sys.stderr)
        return 2
    problem = articles_dir_problem(settings)
    if problem:
        print(f"newsreader: {problem}", file=sys.stderr)
        return 2
    open_app(settings)
    return 0
