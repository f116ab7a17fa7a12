"""What a user sees: the three panes at 120x40, in a dark and a light theme.

The SVGs in tests/tui/snapshots are the reference. A change to the look fails here; check the
new picture (written next to the test's temp dir, path in the failure) and, if it is right,
refresh the references with `NEWSREADER_UPDATE_SNAPSHOTS=1 make test`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tui.app import NewsreaderApp
from tui.settings import resolve_settings
from tui.widgets.reader import ArticleView

SNAPSHOTS = Path(__file__).parent / "snapshots"
KURSK = "004_ff85dbb805ef393e"


async def three_panes(tmp_path: Path, theme: str) -> str:
    """The samples, searched for 'peskov', the Kursk article open at its second claim."""
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLES, articles)
    app = NewsreaderApp(resolve_settings(articles=articles, data_dir=tmp_path / "data"))
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press(*"peskov")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.press("enter")  # open the top result: the Kursk article
        await pilot.pause()
        await pilot.press("n", "n")
        app.clear_notifications()  # toasts depend on timing (the index summary)
        await pilot.pause()
        assert app.screen.query_one(ArticleView).doc.article_id == KURSK
        return app.export_screenshot(title="newsreader")


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_three_panes(tmp_path: Path, theme: str) -> None:
    svg = await three_panes(tmp_path, theme)
    reference = SNAPSHOTS / f"three-panes-{theme}.svg"
    if os.environ.get("NEWSREADER_UPDATE_SNAPSHOTS") or not reference.exists():
        reference.write_text(svg, encoding="utf-8")
        if not os.environ.get("NEWSREADER_UPDATE_SNAPSHOTS"):
            pytest.fail(f"no reference snapshot yet: wrote {reference}; check it and commit it")
    actual = tmp_path / reference.name
    actual.write_text(svg, encoding="utf-8")
    assert svg == reference.read_text(encoding="utf-8"), (
        f"the screen changed: compare {actual} with {reference}"
    )


async def test_plain_body_text_takes_the_theme_background(tmp_path: Path) -> None:
    """Text outside claims must not fall back to the terminal's default colours (it did: dark
    bars in the light theme)."""
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLES, articles)
    app = NewsreaderApp(resolve_settings(articles=articles, data_dir=tmp_path / "data"))
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = "textual-light"
        await pilot.pause()
        await app.workers.wait_for_complete()
        app.screen.open_article(KURSK)
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        plain = next(y for y, line in enumerate(view._layout.lines) if line.plain == "Peskov said.")
        view.scroll_to(y=plain, animate=False)
        await pilot.pause()
        first = next(iter(view.render_line(plain - round(view.scroll_offset.y))))
        assert first.text.startswith("Peskov said.")
        assert first.style is not None
        assert first.style.bgcolor == view.rich_style.bgcolor
        assert first.style.color == view.rich_style.color
