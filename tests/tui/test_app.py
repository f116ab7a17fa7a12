"""The app under Pilot: keys a user presses, what they see, what lands on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from textual.widgets import Input, TextArea

from tests.conftest import SAMPLES, write
from tui.app import NewsreaderApp
from tui.screens.confirm import ChoiceScreen, ConfirmScreen
from tui.screens.help import HelpScreen
from tui.settings import resolve_settings
from tui.state import load_state
from tui.widgets.reader import ArticleView
from tui.widgets.search_pane import ResultList
from tui.widgets.side_panel import NoteList, SidePanel

KURSK = "004_ff85dbb805ef393e"
SIZE = (120, 40)


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    dest = tmp_path / "articles"
    shutil.copytree(SAMPLES, dest)
    return dest


def make_app(articles: Path, data: Path) -> NewsreaderApp:
    return NewsreaderApp(resolve_settings(articles=articles, data_dir=data))


async def settle(pilot, app: NewsreaderApp) -> None:
    """Wait until the corpus is loaded and workers have reported back."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def reader(app: NewsreaderApp) -> ArticleView:
    return app.screen.query_one(ArticleView)


def annotation_file(data: Path, article_id: str) -> dict:
    return yaml.safe_load((data / "annotations" / f"{article_id}.yaml").read_text())


async def open_article(pilot, app: NewsreaderApp, article_id: str) -> None:
    app.screen.open_article(article_id)
    await pilot.pause()


async def test_opens_on_the_newest_article_with_the_list_of_all(
    samples: Path, tmp_path: Path
) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        results = app.screen.query_one(ResultList)
        assert results.option_count == 5
        # The dated sample (18 December 2024) comes first: newest first, undated after.
        assert reader(app).doc is not None
        assert reader(app).doc.article_id == "001_afbc20cf0ccb7af1"
        assert app.screen.query_one("#query", Input).has_focus


async def test_select_text_annotate_save_writes_yaml(samples: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        view = reader(app)
        assert view.has_focus
        text = view.doc.text
        start = text.index("This is impossible")
        view.select_range(start, start)  # caret at the quote
        await pilot.press(*["shift+right"] * len("This is impossible"))
        assert view.selection == (start, start + len("This is impossible"))
        await pilot.press("a")
        note = app.screen.query_one("#editor-note", TextArea)
        assert note.has_focus
        await pilot.press(*"Kremlin line; check RIA")
        app.screen.query_one("#editor-tags", Input).value = "kursk, kremlin"
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = annotation_file(data, KURSK)["annotations"]
        assert len(saved) == 1
        assert saved[0]["target"]["exact"] == "This is impossible"
        assert saved[0]["note"] == "Kremlin line; check RIA"
        assert saved[0]["tags"] == ["kursk", "kremlin"]
        # The note shows in the side panel and marks the text.
        assert app.screen.query_one(NoteList).option_count == 1
        assert [n.start for n in view.doc.notes] == [start]
        assert not app.screen.query_one(SidePanel).editing


async def test_edit_and_delete_a_note(samples: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        text = reader(app).doc.text
        start = text.index("Ukrainian units will be expelled")
        app.screen.session.add_note(
            app.screen.article, start, start + 32, "first thought", ("a",), None
        )
        app.screen._reload_notes()
        await pilot.pause()
        notes = app.screen.query_one(NoteList)
        notes.focus()  # as tab does: focus lands on the first note, so e acts at once
        await pilot.pause()
        await pilot.press("e")
        editor_note = app.screen.query_one("#editor-note", TextArea)
        assert editor_note.text == "first thought"
        editor_note.load_text("second thought")
        await pilot.press("ctrl+s")
        await pilot.pause()
        (saved,) = annotation_file(data, KURSK)["annotations"]
        assert saved["note"] == "second thought"
        notes.focus()
        notes.highlighted = 0
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # cancel: nothing deleted
        await pilot.pause()
        assert "deleted" not in annotation_file(data, KURSK)["annotations"][0]
        notes.focus()
        await pilot.press("d")
        await pilot.pause()
        await pilot.click("#choice-yes")
        await pilot.pause()
        (tombstone,) = annotation_file(data, KURSK)["annotations"]
        assert tombstone.get("deleted")
        assert app.screen.query_one(NoteList).option_count == 0


async def test_annotate_needs_a_claim_or_a_selection(samples: Path, tmp_path: Path) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, "000_96fc22c1091786c6")
        reader(app).set_current_claim(None, move_caret=False)
        await pilot.press("a")
        assert not app.screen.query_one(SidePanel).editing


async def test_quit_with_a_draft_asks_and_can_keep_it(samples: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        view = reader(app)
        start = view.doc.text.index("Zelensky told")
        view.select_range(start, start + 13)
        await pilot.press("a")
        await pilot.press(*"unfinished thought")
        await pilot.press("escape")  # editor closed, draft kept
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.click("#choice-keep")
        await pilot.pause()
    state, _ = load_state(data / "state.json")
    (corpus_state,) = state.corpora.values()
    assert corpus_state.draft is not None and corpus_state.draft.note == "unfinished thought"
    assert not (data / "annotations" / f"{KURSK}.yaml").exists()

    # Next run: the draft comes back when the same text is annotated again.
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert reader(app).doc.article_id == KURSK  # the last article reopens
        await pilot.press("escape")  # from the search box to the reader
        reader(app).select_range(start, start + 13)
        await pilot.press("a")
        assert app.screen.query_one("#editor-note", TextArea).text == "unfinished thought"


async def test_quit_with_a_draft_can_save_it(samples: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        view = reader(app)
        start = view.doc.text.index("Zelensky told")
        view.select_range(start, start + 13)
        await pilot.press("a", *"save me")
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#choice-save")
        await pilot.pause()
    (saved,) = annotation_file(data, KURSK)["annotations"]
    assert saved["note"] == "save me"


async def test_furniture_toggle_shows_what_cleaning_removed(samples: Path, tmp_path: Path) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        view = reader(app)
        plain = lambda: "\n".join(line.plain for line in view._layout.lines)  # noqa: E731
        assert "Other Topics of Interest" not in plain()
        await pilot.press("b")
        assert "[related-link] Other Topics of Interest" in plain()
        # In place: after the last paragraph before it, before the one after it.
        assert (
            plain().index("annexed five")
            < plain().index("Other Topics")
            < plain().index("Meanwhile, US President")
        )
        await pilot.press("b")
        assert "Other Topics of Interest" not in plain()


async def test_help_and_escape(samples: Path, tmp_path: Path) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("escape")  # from the search box to the reader
        assert reader(app).has_focus
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("slash")
        assert app.screen.query_one("#query", Input).has_focus


async def test_tab_cycles_panes(samples: Path, tmp_path: Path) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        order = []
        for _ in range(4):
            order.append(app.focused.id)
            await pilot.press("tab")
        assert order == ["query", "reader", "notes", "query"]
        assert app.focused.id == "reader"
        await pilot.press("shift+tab", "shift+tab")  # back through the search box, wrapping
        assert app.focused.id == "notes"


async def test_a_bad_annotations_file_is_reported_and_left_alone(
    samples: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    bad = write(data / "annotations", f"{KURSK}.yaml", "version: 2\nannotations: [\n")
    before = bad.read_bytes()
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        error = app.screen.query_one("#notes-error")
        assert error.display and str(bad) in str(error.render())
        view = reader(app)
        view.select_range(0, 10)
        await pilot.press("a")
        assert not app.screen.query_one(SidePanel).editing  # writes refused
        await open_article(pilot, app, "000_96fc22c1091786c6")  # other articles still work
        assert not app.screen.query_one("#notes-error").display
    assert bad.read_bytes() == before


async def test_remembers_article_sort_and_furniture(samples: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        await pilot.press("b", "s")
        search_width = app.screen.search_pane.outer_size.width
        await pilot.press("right_square_bracket", "right_square_bracket")  # widen the search pane
        await pilot.pause()
        assert app.screen.search_pane.outer_size.width == search_width + 4
        await pilot.press("slash", *"kremlin")
        await settle(pilot, app)
        await pilot.press("escape", "q")
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert reader(app).doc.article_id == KURSK
        assert reader(app).show_furniture
        assert app.screen.search_sort == "date"
        assert app.screen.search_pane.outer_size.width == search_width + 4
        assert app.screen.query_one("#query", Input).value == "kremlin"
        await pilot.press("escape", "q")
    # A width chosen at 120 columns leaves the article room at 80.
    app = make_app(samples, data)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        assert app.screen.search_pane.outer_size.width <= 28
        assert reader(app).outer_size.width >= 24


async def test_empty_corpus_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app(empty, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert reader(app).doc is None
        assert "No articles" in reader(app)._placeholder


async def test_next_and_previous_claim_move_and_the_side_panel_follows(
    samples: Path, tmp_path: Path
) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        view = reader(app)
        claims = view.doc.claims
        assert len(claims) >= 3
        await pilot.press("n")
        assert view.current_claim == 0 and view.cursor_offset == claims[0].start
        card = str(app.screen.query_one("#claim-card").render())
        assert claims[0].speaker in card and f"1/{len(claims)}" in card
        await pilot.press("n", "n")
        assert view.current_claim == 2
        card = str(app.screen.query_one("#claim-card").render())
        assert f"3/{len(claims)}" in card and (claims[2].speaker or "(unsourced)") in card
        await pilot.press("N")
        assert view.current_claim == 1
        await pilot.press("N", "N")  # wraps around to the last claim
        assert view.current_claim == len(claims) - 1


async def test_annotate_the_current_claim(samples: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        view = reader(app)
        quote = next(i for i, c in enumerate(view.doc.claims) if c.kind == "quote")
        view.set_current_claim(quote)
        await pilot.press("a", *"Peskov: check RIA original", "ctrl+s")
        await pilot.pause()
        (saved,) = annotation_file(data, KURSK)["annotations"]
        claim = view.doc.claims[quote]
        assert saved["target"]["exact"] == claim.text
        assert saved["target"]["claim"] == {"kind": "quote", "speaker": claim.speaker}


async def test_mouse_drag_selects_text(samples: Path, tmp_path: Path) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        view = reader(app)
        # Where characters 0 and 10 are drawn (a speaker label may come first on the line).
        y, x0 = view._layout.column_of_offset(0)
        _, x10 = view._layout.column_of_offset(10)
        dx, dy = view.content_region.x - view.region.x, view.content_region.y - view.region.y
        await pilot.mouse_down(view, offset=(dx + x0, dy + y))
        await pilot.hover(view, offset=(dx + x10, dy + y))
        await pilot.mouse_up(view, offset=(dx + x10, dy + y))
        assert view.selection is not None
        a, b = view.selection
        assert view.doc.text[a:b] == view.doc.text[:10]


async def test_theme_choice_is_remembered(samples: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.press("q")
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.theme == "textual-light"


async def type_query(pilot, app: NewsreaderApp, text: str) -> None:
    """Type into the search box as a user would, then let the debounced search finish."""
    await pilot.press("slash")
    box = app.screen.query_one("#query", Input)
    box.value = ""
    await pilot.press(*text)
    await pilot.pause(0.3)
    await app.workers.wait_for_complete()
    await pilot.pause()


def status(app: NewsreaderApp) -> str:
    return str(app.screen.query_one("#search-status").render())


async def test_search_as_you_type_then_enter_opens_the_top_result(
    samples: Path, tmp_path: Path
) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_query(pilot, app, "peskov")
        results = app.screen.query_one(ResultList)
        assert results.option_count >= 1 and "result" in status(app)
        top = app.screen.search_pane.highlighted_id
        await pilot.press("enter")
        await pilot.pause()
        view = reader(app)
        assert view.has_focus and view.doc.article_id == top == KURSK
        # The query's terms are highlighted in the article.
        assert view.doc.search_spans
        assert all(view.doc.text[a:b].lower() == "peskov" for a, b in view.doc.search_spans)
        # Then: next claim, annotate, save: the whole path from search to a note on disk.
        await pilot.press("n", "a", *"seen via search", "ctrl+s")
        await pilot.pause()
        (saved,) = annotation_file(tmp_path / "data", KURSK)["annotations"]
        assert saved["note"] == "seen via search"


async def test_bad_query_says_why_and_did_you_mean_is_accepted_with_enter(
    samples: Path, tmp_path: Path
) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_query(pilot, app, '"unclosed phrase')
        line = app.screen.query_one("#search-status")
        assert line.has_class("-error")
        assert "quote" in status(app).lower()
        # Longer than the pane is wide: wrapped, all of it shown, not cut to one line.
        assert len(status(app)) > line.size.width and line.size.height >= 2
        assert app.screen.query_one(ResultList).option_count == 0
        await type_query(pilot, app, "peskof")
        assert "Did you mean: peskov" in status(app)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one("#query", Input).value == "peskov"
        assert app.screen.query_one(ResultList).option_count >= 1


async def test_sort_cycles_between_relevance_and_date(samples: Path, tmp_path: Path) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_query(pilot, app, "putin")
        assert "by relevance" in status(app)
        await pilot.press("escape", "s")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "by date" in status(app)
        ids = [app.screen.query_one(ResultList).get_option_at_index(i).id for i in range(2)]
        assert ids[0] == "001_afbc20cf0ccb7af1"  # the only dated sample comes first by date


async def test_command_palette_runs_our_actions(samples: Path, tmp_path: Path) -> None:
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for wanted in (
            "Search",
            "Next claim",
            "Previous claim",
            "Annotate",
            "Save note",
            "Edit note",
            "Delete note",
            "Toggle page furniture",
            "Cycle sort",
            "Speakers",
            "Narrow pane",
            "Widen pane",
            "Help",
            "Quit",
            "Theme",
        ):
            assert any(t.startswith(wanted) for t in titles), wanted
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"next claim")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert reader(app).current_claim == 0


async def test_speakers_view_opens_a_claim_of_the_chosen_speaker(
    samples: Path, tmp_path: Path
) -> None:
    from tui.screens.speakers import SpeakersScreen

    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("escape", "w")
        await settle(pilot, app)
        assert isinstance(app.screen, SpeakersScreen)
        listing = app.screen.query_one("#speaker-list")
        names = [app.screen._shown[i].name for i in range(listing.option_count)]
        # One speaker per person, however spelled (Zelensky / Zelenskyy).
        assert sum("zelensk" in n.lower() for n in names) == 1
        await pilot.press(*"peskov", "enter")
        await settle(pilot, app)
        claims = app.screen._claims
        assert claims and all(c.id == KURSK for c in claims)
        await pilot.press("down", "enter")
        await pilot.pause()
        view = reader(app)
        assert not isinstance(app.screen, SpeakersScreen)
        assert view.doc.article_id == KURSK and view.current_claim == claims[1].claim
        assert view.doc.claims[view.current_claim].speaker == "Dmitry Peskov"


async def test_related_claims_show_the_variant_and_open_it(samples: Path, tmp_path: Path) -> None:
    from textual.widgets import OptionList

    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, "002_6265d0da6e9f2d7b")
        view = reader(app)
        quote = next(i for i, c in enumerate(view.doc.claims) if "liberate" in c.text)
        view.set_current_claim(quote)
        await settle(pilot, app)
        related = app.screen.query_one("#related", OptionList)
        assert related.display and related.option_count >= 1
        first = str(related.get_option_at_index(0).prompt)
        assert "VARIANT" in first and "[-of arms-]" in first and "{+will+}" in first
        related.focus()
        related.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert view.doc.article_id == "003_372ad5692174bae3"
        assert (
            "by force, or Ukrainian troops will leave" in view.doc.claims[view.current_claim].text
        )


async def test_at_80_columns_the_footer_keeps_quit_and_drops_the_palette_hint(
    samples: Path, tmp_path: Path
) -> None:
    from textual.widgets._footer import FooterKey

    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("escape")  # to the reader: the footer lists the reader's keys
        await pilot.pause()

        def footer_keys() -> dict[str, int]:
            keys = app.screen.query(FooterKey)
            return {key.key: key.region.right for key in keys if key.region.width}

        keys = footer_keys()
        assert "q" in keys and keys["q"] <= 80  # on screen, not cut off
        assert "ctrl+p" not in keys
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert "ctrl+p" in footer_keys()


async def test_a_draft_is_never_dropped_by_annotating_elsewhere(
    samples: Path, tmp_path: Path
) -> None:
    """Write on claim 1, leave it, annotate claim 2: the app asks, and 'Go back to it'
    brings the words back; 'Discard it' is the only way to lose them."""
    app = make_app(samples, tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        await pilot.press("n", "a", *"draft one", "escape")
        await pilot.press("n", "a")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.click("#choice-resume")
        await pilot.pause()
        assert app.screen.query_one("#editor-note", TextArea).text == "draft one"
        await pilot.press("escape", "n", "a")
        await pilot.pause()
        await pilot.click("#choice-discard")
        await pilot.pause()
        assert app.screen.query_one("#editor-note", TextArea).text == ""


async def test_a_draft_written_on_one_article_is_saved_to_that_article(
    samples: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    app = make_app(samples, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await open_article(pilot, app, KURSK)
        await pilot.press("n", "a", *"about kursk", "escape")
        other = next(p.stem for p in sorted(samples.iterdir()) if p.stem != KURSK)
        await open_article(pilot, app, other)
        await pilot.press("q")
        await pilot.pause()
        await pilot.click("#choice-save")
        await pilot.pause()
    (saved,) = annotation_file(data, KURSK)["annotations"]
    assert saved["note"] == "about kursk"
    assert not (data / "annotations" / f"{other}.yaml").exists()
