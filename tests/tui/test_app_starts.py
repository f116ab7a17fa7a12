"""The app starts on a corpus and shows the first article (in-process, under Pilot)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static

from tests.conftest import SAMPLES
from tui.app import NewsreaderApp
from tui.settings import resolve_settings


async def test_app_starts_on_the_samples() -> None:
    app = NewsreaderApp(resolve_settings(articles=SAMPLES))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        options = app.query_one("#article-list", OptionList)
        assert options.option_count == 5
        title = app.query_one("#article-title", Static)
        assert "Diplomatic avenues" in str(title.render())
        await pilot.press("q")
    assert app.return_code == 0


async def test_app_says_when_the_corpus_is_empty(corpus_dir: Path) -> None:
    app = NewsreaderApp(resolve_settings(articles=corpus_dir))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert "No articles" in str(app.query_one("#article-title", Static).render())
