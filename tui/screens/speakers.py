"""Who said what: every speaker of the corpus (one per person or body, however spelled), and
all of a speaker's claims across articles. Choosing a claim opens it in the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tui.widgets.reader import KIND_GLYPH
from tui.widgets.side_panel import clip

if TYPE_CHECKING:
    from index import SpeakerClaim, SpeakerSummary
    from tui.session import Session


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def speaker_prompt(speaker: SpeakerSummary) -> Text:
    text = Text(speaker.name, style="bold")
    counts = f"{plural(speaker.claims, 'claim')} · {plural(speaker.articles, 'article')}"
    text.append(f"  {counts}", style="dim")
    others = [a for a in speaker.aliases if a != speaker.name]
    if others:
        text.append("\n")
        text.append(clip("also: " + ", ".join(others), 120), style="dim italic")
    return text


def speaker_claim_prompt(claim: SpeakerClaim) -> Text:
    text = Text()
    text.append(f"{KIND_GLYPH.get(claim.kind, '•')} ", style="bold")
    text.append(clip(claim.title, 200), style="bold")  # wraps; titles are read whole
    if claim.date:
        text.append(f"  {claim.date.isoformat()}", style="dim")
    text.append("\n")
    text.append(clip(claim.text, 240), style="italic")
    return text


class SpeakersScreen(Screen[tuple[str, int] | None]):
    """Speakers on the left (type to filter), their claims on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="speakers.back"),
        Binding("tab", "switch", "Speakers / claims", show=False),
        Binding("shift+tab", "switch", "Speakers / claims", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._speakers: list[SpeakerSummary] = []
        self._shown: list[SpeakerSummary] = []
        self._claims: list[SpeakerClaim] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="speakers-panes"):
            with Vertical(id="speakers-left"):
                yield Input(placeholder="Filter speakers…", id="speaker-filter")
                yield OptionList(id="speaker-list")
                yield Static("Loading speakers…", id="speakers-status")
            with Vertical(id="speakers-right"):
                yield Static("Choose a speaker", id="speaker-title")
                yield OptionList(id="speaker-claims")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#speakers-left").border_title = "Who said"
        self.query_one("#speakers-right").border_title = "Their claims"
        self.query_one("#speaker-filter", Input).focus()
        self._load_speakers()

    @work(thread=True, exclusive=True, group="speakers")
    def _load_speakers(self) -> None:
        found = self.session.speakers()
        self.app.call_from_thread(self._speakers_loaded, found)

    def _speakers_loaded(self, found: list[SpeakerSummary]) -> None:
        self._speakers = found
        self._filter(self.query_one("#speaker-filter", Input).value)

    @on(Input.Changed, "#speaker-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._filter(event.value)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        self._shown = [
            s
            for s in self._speakers
            if not needle or any(needle in n.casefold() for n in (s.name, *s.aliases))
        ]
        listing = self.query_one("#speaker-list", OptionList)
        listing.clear_options()
        listing.add_options(Option(speaker_prompt(s)) for s in self._shown)
        if self._shown:
            listing.highlighted = 0
        total = len(self._speakers)
        status = f"{len(self._shown)} of {total} speakers" if needle else f"{total} speakers"
        if not self.session.index_ready and not total:
            status = "The index is not ready yet: try again in a moment"
        self.query_one("#speakers-status", Static).update(status)

    @on(Input.Submitted, "#speaker-filter")
    def _filter_submitted(self) -> None:
        listing = self.query_one("#speaker-list", OptionList)
        if listing.highlighted is not None:
            self._choose(self._shown[listing.highlighted])
            self.query_one("#speaker-claims", OptionList).focus()

    def key_down(self) -> None:
        """Down in the filter box moves through the speakers (like the search box)."""
        if self.focused is not None and self.focused.id == "speaker-filter":
            self.query_one("#speaker-list", OptionList).action_cursor_down()

    def key_up(self) -> None:
        if self.focused is not None and self.focused.id == "speaker-filter":
            self.query_one("#speaker-list", OptionList).action_cursor_up()

    @on(OptionList.OptionSelected, "#speaker-list")
    def _speaker_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(self._shown[event.option_index])
        self.query_one("#speaker-claims", OptionList).focus()

    def _choose(self, speaker: SpeakerSummary) -> None:
        self.query_one("#speaker-title", Static).update(
            Text.assemble((speaker.name, "bold"), (f"  {plural(speaker.claims, 'claim')}", "dim"))
        )
        self._load_claims(speaker.name)

    @work(thread=True, exclusive=True, group="speaker-claims")
    def _load_claims(self, name: str) -> None:
        found = self.session.claims_by_speaker(name)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._claims_loaded, found)

    def _claims_loaded(self, found: list[SpeakerClaim]) -> None:
        self._claims = found
        claims = self.query_one("#speaker-claims", OptionList)
        claims.clear_options()
        claims.add_options(Option(speaker_claim_prompt(c)) for c in found)
        if found:
            claims.highlighted = 0

    @on(OptionList.OptionSelected, "#speaker-claims")
    def _claim_selected(self, event: OptionList.OptionSelected) -> None:
        claim = self._claims[event.option_index]
        self.dismiss((claim.id, claim.claim))

    def action_switch(self) -> None:
        left = self.query_one("#speaker-filter", Input)
        right = self.query_one("#speaker-claims", OptionList)
        (right if left.has_focus or self.query_one("#speaker-list").has_focus else left).focus()

    def action_back(self) -> None:
        self.dismiss(None)
