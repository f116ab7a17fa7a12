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
