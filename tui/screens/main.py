"""The main screen: search on the left, the reader in the middle, claim and notes on the right.

It owns the flow (which article is open, what is being searched, what is being edited) and
talks to the core through `Session`; the widgets only display and post messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from tui.messages import (
    AnnotationChosen,
    EditorClosed,
    EditorSubmitted,
    OpenArticle,
    QueryChanged,
)
from tui.screens.confirm import ChoiceScreen, ConfirmScreen
from tui.session import Note, SearchOutcome, Session, meta_line
from tui.state import SORTS, CorpusState, Draft
from tui.widgets.article_layout import Block
from tui.widgets.reader import ArticleView, NoteSpan, ReaderDoc
from tui.widgets.search_pane import SearchPane
from tui.widgets.side_panel import NoteItem, SidePanel, clip

if TYPE_CHECKING:
    from articles import Article
    from index import RelatedClaim

MIN_PANE, MAX_PANE = 18, 80


# Below this width the footer leaves out its command palette hint.
NARROW_FOOTER = 100
# A side pane takes at most this share of the terminal, whatever width was saved.
SIDE_SHARE = 0.35


class MainScreen(Screen[None]):
    """Search, read, annotate."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", key_display="/", id="search"),
        Binding("escape", "escape", "Back", show=False, id="escape"),
        Binding("tab", "cycle_pane(1)", "Next pane", show=False, id="next_pane"),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False, id="previous_pane"),
        Binding("n", "next_claim(1)", "Next claim", id="next_claim"),
        Binding("N", "next_claim(-1)", "Prev claim", show=False, id="previous_claim"),
        Binding("a", "annotate", "Annotate", id="annotate"),
        # e and d act on the note chosen in the side panel; the footer shows them there.
        Binding("e", "edit_note", "Edit note", show=False, id="edit_note"),
        Binding("d", "delete_note", "Delete note", show=False, id="delete_note"),
        Binding("b", "toggle_furniture", "Furniture", id="furniture"),
        Binding("s", "cycle_sort", "Sort", id="sort"),
        Binding("w", "speakers", "Who said", id="speakers"),
        Binding("left_square_bracket", "resize(-2)", "Narrower", show=False, id="narrower"),
        Binding("right_square_bracket", "resize(2)", "Wider", show=False, id="wider"),
        Binding("question_mark", "help", "Help", key_display="?", id="help"),
        Binding("q", "app.quit", "Quit", id="quit"),
    ]

    def __init__(self, session: Session, state: CorpusState) -> None:
        super().__init__()
        self.session = session
        self.state = state
        self.article: Article | None = None
        self.search_query = state.query
        self.search_sort = state.sort
        self._notes: tuple[Note, ...] = ()
        self._notes_error: str | None = None
        self._draft: Draft | None = state.draft

    # ---- composition ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield SearchPane(id="search-pane")
            yield ArticleView(id="reader")
            yield SidePanel(id="side-panel")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.search_pane.border_title = "Search"
        self.reader.border_title = "Article"
        self.side_panel.border_title = "Claim · Notes"
        self.reader.show_furniture = self.state.show_furniture
        self.reader.show_placeholder("Loading articles…")
        self.search_pane.set_query(self.search_query, search=False)
        self.search_pane.query_one("#query", Input).focus()

    def _apply_widths(self, screen_width: int) -> None:
        """The pane widths the user chose, each held to a share of this terminal so that a
        width chosen on a wide terminal leaves the article room on a narrow one."""
        most = max(MIN_PANE, int(screen_width * SIDE_SHARE))
        if self.state.search_width:
            self.search_pane.styles.width = min(self.state.search_width, most)
        if self.state.side_width:
            self.side_panel.styles.width = min(self.state.side_width, most)

    def on_resize(self, event: events.Resize) -> None:
        self._apply_widths(event.size.width)
        # At 80 columns the footer holds every key above or the palette hint, not both; the
        # palette is listed in help (?).
        footer = self.query_one(Footer)
        wide = event.size.width >= NARROW_FOOTER
        if footer.show_command_palette != wide:
            footer.show_command_palette = wide
            footer.refresh(recompose=True)  # the footer composes it only when bindings change

    async def start(self) -> None:
        """Called once the first frame is shown: mount the lists the first frame did without,
        then load the corpus, search and index (in workers)."""
        await self.search_pane.mount_results()
        await self.side_panel.populate()
        self.load_corpus()

    @property
    def search_pane(self) -> SearchPane:
        return self.query_one(SearchPane)

    @property
    def reader(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def side_panel(self) -> SidePanel:
        return self.query_one(SidePanel)

    # ---- workers -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="corpus")
    def load_corpus(self) -> None:
        corpus = self.session.load()
        self.app.call_from_thread(self._corpus_loaded)
        del corpus

    def _corpus_loaded(self) -> None:
        corpus = self.session.corpus
        assert corpus is not None
        for warning in corpus.warnings:
            self.notify(str(warning), title="Skipped a file", severity="warning", timeout=8)
        if not corpus.articles:
            self.reader.show_placeholder(
                f"No articles in {corpus.root}.\n\nAdd .txt or .md files there, "
                "or start with --articles DIR."
            )
        else:
            wanted = self.state.article if corpus.get(self.state.article or "") else None
            self.open_article(wanted or self.session.all_articles().hits[0].article_id, focus=False)
        draft = self._draft
        if draft is not None:
            self.notify(
                f"Your unsaved note on “{clip(draft.exact, 50)}” is kept as a draft: "
                "press a to go on with it.",
                title="Draft",
                timeout=8,
            )
        self.run_search(self.search_query)
        self.update_index()

    @work(thread=True, exclusive=True, group="index")
    def update_index(self, quiet: bool = False) -> None:
        """Build or refresh the index in the background; the UI keeps working meanwhile.
        `quiet`: after a note changed (so `note:` and `tag:` find it), no summary."""

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self.search_pane.show_progress, done, total)

        try:
            summary = self.session.update_index(progress)
        except Exception as exc:  # shown to the user; the app keeps working without search
            self.app.call_from_thread(
                self.notify, f"{exc}", title="Index not updated", severity="error", timeout=10
            )
            return
        finally:
            self.app.call_from_thread(self.search_pane.show_progress, 1, 1)
        self.app.call_from_thread(self._index_ready, "" if quiet else summary)

    def _index_ready(self, summary: str) -> None:
        for warning in self.session.warnings:
            self.notify(warning, title="Speakers", severity="warning", timeout=10)
        self.session.warnings.clear()
        if summary:
            self.notify(summary, title="Index", timeout=3)
        self.run_search(self.search_query)

    def run_search(self, query: str) -> None:
        self.search_query = query
        self.state.query = query
        self._search(query, self.search_sort)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, sort: str) -> None:
        outcome = self.session.search(query, sort)  # type: ignore[arg-type]
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._show_outcome, outcome)

    def _show_outcome(self, outcome: SearchOutcome) -> None:
        if outcome.query != self.search_query:
            return  # a newer search is on its way
        items = outcome.hits
        status = outcome.status
        if outcome.query and not outcome.error and outcome.hits:
            status += f" · by {self.search_sort}"
        self.search_pane.show_results(
            items,
            status,
            suggestion=outcome.suggestion,
            error=outcome.error,
            keep_highlight=self.article.id if self.article else None,
        )
        if self.article is not None and outcome.query:
            self._refresh_reader()

    # ---- messages from the widgets -------------------------------------------------------

    @on(QueryChanged)
    def _query_changed(self, message: QueryChanged) -> None:
        self.run_search(message.query)

    @on(OpenArticle)
    def _open(self, message: OpenArticle) -> None:
        self.open_article(message.article_id, claim=message.claim, focus=message.focus_reader)

    @on(ArticleView.ClaimHighlighted)
    def _claim_highlighted(self, message: ArticleView.ClaimHighlighted) -> None:
        claims = self.reader.doc.claims if self.reader.doc else ()
        index = message.index
        claim = claims[index] if index is not None and index < len(claims) else None
        self.side_panel.show_claim(claim, index, len(claims))
        self.side_panel.show_related(())
        if claim is not None and self.article is not None:
            self._load_related(self.article.id, index)

    @work(thread=True, exclusive=True, group="related")
    def _load_related(self, article_id: str, index: int) -> None:
        """The same statement elsewhere (a precomputed lookup: milliseconds)."""
        found = self.session.related(article_id, index)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_related, article_id, index, found)

    def _show_related(self, article_id: str, index: int, found: list[RelatedClaim]) -> None:
        current = self.article is not None and self.article.id == article_id
        if current and self.reader.current_claim == index:
            self.side_panel.show_related(found)

    @on(AnnotationChosen)
    def _note_chosen(self, message: AnnotationChosen) -> None:
        note = next((n for n in self._notes if n.id == message.annotation_id), None)
        if note is not None and note.start is not None and note.end is not None:
            self.reader.select_range(note.start, note.end)

    @on(EditorSubmitted)
    def _editor_submitted(self, message: EditorSubmitted) -> None:
        if self._save(message.note, message.tags, message.verdict):
            self.reader.focus()
            self.notify("Note saved", timeout=2)

    def _save(self, note: str, tags: tuple[str, ...], verdict: str | None) -> bool:
        """Save the draft as a new note or an edit; on failure say why and keep the draft."""
        draft = self._draft
        if draft is None:
            return False
        # The draft's own article: it may have been written on another one than is open now.
        article = self.session.article(draft.article_id)
        if article is None:
            self.notify(
                f"The article '{draft.article_id}' of this draft is gone from the corpus; "
                "the draft is kept.",
                title="Note not saved",
                severity="error",
                timeout=10,
            )
            return False
        try:
            if draft.annotation_id:
                self.session.update_note(article, draft.annotation_id, note, tags, verdict)
            else:
                self.session.add_note(
                    article, draft.start, draft.end, note, tags, verdict, claim=draft.claim
                )
        except Exception as exc:
            self.notify(str(exc), title="Note not saved", severity="error", timeout=10)
            return False
        self._draft = None
        self.state.draft = None
        self.side_panel.close_editor()
        self.reader.clear_selection()
        self._reload_notes()
        self.update_index(quiet=True)
        return True

    @on(EditorClosed)
    def _editor_closed(self, message: EditorClosed) -> None:
        draft = self._draft
        if draft is not None:
            draft.note, draft.tags, draft.verdict = message.note, message.tags, message.verdict
            if not (draft.note.strip() or draft.tags.strip() or draft.verdict):
                self._draft = None
            elif draft.annotation_id and self._unchanged(draft):
                self._draft = None  # an edit that changed nothing is no draft
            else:
                self.notify("Draft kept: press a to go on with it", timeout=4)
        self.state.draft = self._draft
        self.side_panel.close_editor()
        self.reader.focus()

    # ---- opening and showing an article ---------------------------------------------------

    def open_article(
        self, article_id: str, *, claim: int | None = None, focus: bool = True
    ) -> None:
        article = self.session.article(article_id)
        if article is None:
            self.notify(f"No article '{article_id}'", severity="error")
            return
        same = self.article is not None and self.article.id == article.id
        self.article = article
        self.state.article = article.id
        self._reload_notes(refresh_reader=False)
        self._refresh_reader(keep_position=same)
        if claim is not None:
            self.reader.set_current_claim(claim)
        if focus:
            self.reader.focus()

    def _refresh_reader(self, keep_position: bool = True) -> None:
        article = self.article
        if article is None:
            return
        claims = self.session.claims(article)
        spans = (
            self.session.highlight_spans(
                self.search_query, article.text, [(c.start, c.end) for c in claims]
            )
            if self.search_query
            else ()
        )
        notes = tuple(
            NoteSpan(n.start, n.end, n.id)
            for n in self._notes
            if n.start is not None and n.end is not None
        )
        furniture = tuple(
            Block(b.before, f"[{b.reason}] {b.text}", "reader--furniture")
            for b in article.boilerplate
        )
        doc = ReaderDoc(
            article.id,
            article.title,
            meta_line(article),
            article.paragraphs,
            claims,
            tuple(spans),
            notes,
            furniture,
        )
        self.reader.show_doc(doc, keep_position=keep_position)
        self.app.sub_title = article.title

    def _reload_notes(self, refresh_reader: bool = True) -> None:
        if self.article is None:
            return
        result = self.session.notes(self.article)
        self._notes = result.notes
        self._notes_error = result.error
        if result.error:
            self.notify(result.error, title="Notes unavailable", severity="error", timeout=10)
        self.side_panel.show_notes(
            [NoteItem(n.id, n.exact, n.note, n.tags, n.verdict, n.anchor) for n in result.notes],
            result.error,
        )
        if refresh_reader:
            self._refresh_reader()

    # ---- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit_note", "delete_note"):
            return True if self.side_panel.highlighted_note else None
        if action in ("next_claim", "annotate", "toggle_furniture"):
            return True if self.article is not None else None
        return True

    def action_focus_search(self) -> None:
        self.search_pane.query_one("#query", Input).focus()

    def action_escape(self) -> None:
        focused = self.focused
        editor = self.side_panel.editor
        if editor is not None and editor.display and focused and self._inside(focused, "#editor"):
            editor.action_close()
        elif focused is not None and focused.id == "query":
            self.reader.focus()
        elif self.reader.selection:
            self.reader.clear_selection()

    @staticmethod
    def _inside(widget: Widget, selector: str) -> bool:
        return any(node.id == selector.lstrip("#") for node in widget.ancestors_with_self)

    def _panes(self) -> list[Widget]:
        side = [w for w in self.side_panel.query("#related, #notes") if w.display]
        return [self.search_pane.query_one("#query", Input), self.reader, *side]

    def action_cycle_pane(self, step: int) -> None:
        focused = self.focused
        if focused is not None and self.side_panel.editing and self._inside(focused, "#editor"):
            (self.focus_next if step > 0 else self.focus_previous)()
            return
        panes = self._panes()
        current = 0
        for i, pane in enumerate(panes):
            if focused is not None and (focused is pane or pane in focused.ancestors):
                current = i
        panes[(current + step) % len(panes)].focus()

    def action_next_claim(self, step: int) -> None:
        self.reader.next_claim(step)

    def action_annotate(self) -> None:
        article = self.article
        if article is None:
            return
        if self._notes_error:
            self.notify(self._notes_error, title="Notes unavailable", severity="error")
            return
        claims = self.reader.doc.claims if self.reader.doc else ()
        selection = self.reader.selection
        claim_index: int | None = None
        if selection:
            start, end = selection
        elif self.reader.current_claim is not None:
            claim_index = self.reader.current_claim
            start, end = claims[claim_index].start, claims[claim_index].end
        else:
            self.notify("Select a claim (n/N) or some text (shift+arrows, mouse) first.")
            return
        draft = self._draft
        if not (
            draft
            and not draft.annotation_id
            and draft.article_id == article.id
            and (draft.start, draft.end) == (start, end)
        ):
            draft = Draft(article.id, start, end, article.text[start:end], claim=claim_index)
        self._begin(draft)

    def _begin(self, draft: Draft) -> None:
        """Open the editor on `draft`. A note written elsewhere and not saved is never dropped
        silently: the user chooses to go back to it or to discard it."""
        pending = self.pending_draft()
        if pending is not None and _same_target(pending, draft):
            draft = pending  # go on with what was written there
        if pending is None or pending is draft:
            self._draft = draft
            self.state.draft = draft
            self._open_editor(draft)
            return

        def answered(choice: str | None) -> None:
            if choice == "resume":
                self.resume_draft()
            elif choice == "discard":
                self._draft = None
                self._begin(draft)

        self.app.push_screen(
            ChoiceScreen(
                f"You have an unsaved note on “{clip(pending.exact, 60)}”.",
                [("resume", "Go back to it"), ("discard", "Discard it"), ("cancel", "Cancel")],
            ),
            answered,
        )

    def _unchanged(self, draft: Draft) -> bool:
        """Whether an edit draft still holds exactly what its note has on disk."""
        note = next((n for n in self._notes if n.id == draft.annotation_id), None)
        return note is not None and (note.note, ", ".join(note.tags), note.verdict) == (
            draft.note,
            draft.tags,
            draft.verdict,
        )

    def resume_draft(self) -> None:
        """Reopen the note being written, in its own article."""
        draft = self._draft
        if draft is None:
            return
        if self.article is None or self.article.id != draft.article_id:
            self.open_article(draft.article_id)
        if self.article is not None and self.article.id == draft.article_id:
            self._open_editor(draft)

    def _open_editor(self, draft: Draft) -> None:
        target = f"On “{clip(draft.exact, 80)}”"
        if (
            draft.claim is not None
            and self.reader.doc
            and draft.claim < len(self.reader.doc.claims)
        ):
            claim = self.reader.doc.claims[draft.claim]
            target += f"\n({claim.kind}, {claim.speaker or 'unsourced'})"
        self.side_panel.open_editor(target, draft.note, draft.tags, draft.verdict)

    def action_save_note(self) -> None:
        editor = self.side_panel.editor
        if editor is not None and editor.display:
            editor.action_save()
        else:
            self.notify("No note is being edited.")

    def action_edit_note(self) -> None:
        note = self._highlighted_note()
        if note is None or self.article is None:
            return
        start, end = (note.start, note.end) if note.start is not None else (0, 0)
        draft = Draft(
            self.article.id,
            start or 0,
            end or 0,
            note.exact,
            note.note,
            ", ".join(note.tags),
            note.verdict,
            annotation_id=note.id,
        )
        self._begin(draft)

    def action_delete_note(self) -> None:
        note = self._highlighted_note()
        if note is None or self.article is None:
            return
        article = self.article

        def done(confirmed: bool | None) -> None:
            if not confirmed:
                return
            try:
                self.session.delete_note(article, note.id)
            except Exception as exc:
                self.notify(str(exc), title="Note not deleted", severity="error", timeout=10)
                return
            self._reload_notes()
            self.update_index(quiet=True)
            self.notify("Note deleted", timeout=2)

        self.app.push_screen(
            ConfirmScreen(f"Delete the note on “{clip(note.exact, 60)}”?", yes="Delete"), done
        )

    def _highlighted_note(self) -> Note | None:
        wanted = self.side_panel.highlighted_note
        note = next((n for n in self._notes if n.id == wanted), None)
        if note is None:
            self.notify("Choose a note first: tab to Notes, then j / k.")
        return note

    def action_toggle_furniture(self) -> None:
        self.reader.show_furniture = not self.reader.show_furniture
        self.state.show_furniture = self.reader.show_furniture
        shown = "shown (dimmed)" if self.reader.show_furniture else "hidden"
        count = len(self.article.boilerplate) if self.article else 0
        self.notify(f"Page furniture {shown}: {count} paragraphs", timeout=2)

    def action_cycle_sort(self) -> None:
        self.search_sort = SORTS[(SORTS.index(self.search_sort) + 1) % len(SORTS)]
        self.state.sort = self.search_sort
        self.notify(f"Sorted by {self.search_sort}", timeout=2)
        self.run_search(self.search_query)

    def action_resize(self, delta: int) -> None:
        focused = self.focused
        pane: Widget = self.side_panel
        if focused is None or not (
            focused is self.side_panel or self.side_panel in focused.ancestors
        ):
            pane = self.search_pane
        most = max(MIN_PANE, int(self.size.width * SIDE_SHARE))
        width = max(MIN_PANE, min(MAX_PANE, most, pane.outer_size.width + delta))
        pane.styles.width = width
        if pane is self.search_pane:
            self.state.search_width = width
        else:
            self.state.side_width = width

    def action_speakers(self) -> None:
        """Who said what across the corpus; choosing a claim opens it here."""
        from tui.screens.speakers import SpeakersScreen

        def chosen(target: tuple[str, int] | None) -> None:
            if target is not None:
                self.open_article(target[0], claim=target[1])

        self.app.push_screen(SpeakersScreen(self.session), chosen)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    # ---- quitting ------------------------------------------------------------------------

    def pending_draft(self) -> Draft | None:
        """The note being written, with what the editor holds right now (None if nothing)."""
        draft = self._draft
        if draft is None:
            return None
        editor = self.side_panel.editor
        if editor is not None and editor.display:
            draft.note, draft.tags, draft.verdict = editor.values()
        if not (draft.note.strip() or draft.tags.strip() or draft.verdict):
            return None
        if draft.annotation_id and self._unchanged(draft):
            return None
        return draft

    def save_pending(self) -> bool:
        """Save the note being written (quit → 'save'). False (and a message) if it failed."""
        draft = self.pending_draft()
        if draft is None:
            return True
        tags = tuple(dict.fromkeys(t.strip() for t in draft.tags.split(",") if t.strip()))
        return self._save(draft.note, tags, draft.verdict)


def _same_target(a: Draft, b: Draft) -> bool:
    """Whether two drafts write the same note: one edited note, or one span of one article."""
    if a.annotation_id or b.annotation_id:
        return a.annotation_id == b.annotation_id
    return (a.article_id, a.start, a.end) == (b.article_id, b.start, b.end)
