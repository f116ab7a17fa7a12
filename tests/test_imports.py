"""The core and the headless commands never import Textual (STYLE §1), so they stay fast."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module", ["articles", "index", "annotations", "tui", "tui.cli", "tui.settings"]
)
def test_module_does_not_import_textual(module: str) -> None:
    code = (
        f"import sys, {module}; bad = [m for m in sys.modules if m.startswith('textual')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", ["articles", "index", "annotations"])
def test_core_does_not_import_the_ui_package(module: str) -> None:
    code = f"import sys, {module}; sys.exit(1 if 'tui' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_headless_command_does_not_import_textual() -> None:
    code = (
        "import sys; from tui.cli import main; rc = main(['list', '--json']);"
        "sys.exit(3 if any(m.startswith('textual') for m in sys.modules) else rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_lazy_command_resolves_to_a_command_of_that_name() -> None:
    import click

    from tui.cli import LAZY_COMMANDS, cli

    ctx = click.Context(cli)
    for name in LAZY_COMMANDS:
        command = cli.get_command(ctx, name)
        assert isinstance(command, click.Command) and command.name == name


def test_the_app_starts_without_loading_the_core() -> None:
    """Opening the app imports no core package before its first frame (start-up time)."""
    code = (
        "import sys; import tui.cli, tui.app;"
        "core = [m for m in ('articles', 'annotations', 'index', 'yaml', 'whoosh')"
        " if m in sys.modules];"
        "print(core); sys.exit(1 if core else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
