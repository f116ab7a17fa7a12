"""`speakers` and `related`: who said what across the corpus, and the same claim elsewhere.

Both read the index (brought up to date first, as `search` does) and the user's speaker alias
table (`newsreader locate speakers`); `claims --speaker` (claims.py) uses the same helpers.
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from tui.cli._common import CliError, pass_settings, print_json, stdout_is_tty, warn
from tui.settings import Settings

if TYPE_CHECKING:
    from articles.across import AliasTable
    from index import NewsIndex, RelatedClaim, SpeakerClaim, SpeakerSummary


def speaker_aliases(settings: Settings) -> AliasTable | None:
    """The user's alias table; a bad file is one warning, and newsreader goes on without it."""
    from articles.across import AliasFileError, load_alias_table

    try:
        return load_alias_table(settings.speakers_file)
    except AliasFileError as exc:
        warn(f"speaker aliases not used: {exc}")
        return None


@contextlib.contextmanager
def fresh_index(settings: Settings, as_json: bool) -> Iterator[NewsIndex]:
    """The corpus's index, updated first (as `search` does), with the user's speaker
    aliases."""
    from tui.cli.search import fresh_index as updated_index

    with updated_index(settings, as_json, "reading") as index:
        index.speaker_aliases = speaker_aliases(settings)
        yield index


@click.command("speakers")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@pass_settings
def speakers_command(settings: Settings, as_json: bool) -> None:
    """List the people and bodies quoted in the corpus, most claims first.

    Spellings of one name are merged ("Zelensky", "Zelenskyy", "Volodymyr Zelensky"); add
    your own aliases in speakers.yaml in the data folder (`newsreader locate speakers`).
    """
    with fresh_index(settings, as_json) as index:
        found = index.speakers()
    if as_json:
        print_json([speaker.to_json() for speaker in found])
    elif stdout_is_tty():
        _speakers_table(found)
    else:
        for speaker in found:
            aliases = "; ".join(speaker.aliases)
            click.echo(f"{speaker.name}\t{speaker.claims}\t{speaker.articles}\t{aliases}")


def _speakers_table(found: list[SpeakerSummary]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=_count(len(found), "speaker"), title_justify="left")
    table.add_column("speaker", style="cyan")
    table.add_column("claims", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("also written", style="dim")
    for speaker in found:
        table.add_row(
            speaker.name, str(speaker.claims), str(speaker.articles), ", ".join(speaker.aliases)
        )
    Console().print(table)


def claims_of_speaker(settings: Settings, name: str, as_json: bool) -> None:
    """`claims --speaker NAME`: every claim of one speaker across the corpus."""
    from index import UnknownSpeakerError

    with fresh_index(settings, as_json) as index:
        try:
            found = index.claims_by_speaker(name)
        except UnknownSpeakerError as exc:
            raise CliError(str(exc), code=2) from None
        speaker = index.find_speaker(name)
    if as_json:
        print_json([claim.to_json() for claim in found])
    elif stdout_is_tty():
        _speaker_claims_table(speaker.name if speaker else name, found)
    else:
        for claim in found:
            text = " ".join(claim.text.split())
            click.echo(f"{claim.id}\t{claim.claim}\t{claim.kind}\t{text}")


def _speaker_claims_table(name: str, found: list[SpeakerClaim]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{_count(len(found), 'claim')} of {name}", title_justify="left")
    table.add_column("date", no_wrap=True)
    table.add_column("article", style="cyan")
    table.add_column("#", justify="right")
    table.add_column("kind", no_wrap=True)
    table.add_column("claim")
    for claim in found:
        date = claim.date.isoformat() if claim.date else ""
        table.add_row(date, claim.id, str(claim.claim), claim.kind, claim.text)
    Console().print(table)


@click.command("related")
@click.argument("article_id", metavar="ID")
@click.argument("claim_index", metavar="K", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@pass_settings
def related_command(settings: Settings, article_id: str, claim_index: int, as_json: bool) -> None:
    """Claims of other articles related to claim K of article ID (K counts from 0, in the
    order of `newsreader claims ID`): the same statement retold, or the same fact.

    Quotes of the same speaker in near-identical words are flagged as variants, with what
    changed word by word.
    """
    from index import ClaimNotFoundError

    with fresh_index(settings, as_json) as index:
        try:
            found = index.related(article_id, claim_index)
        except ClaimNotFoundError as exc:
            raise CliError(_with_suggestions(str(exc), settings, article_id), code=2) from None
    if not found:
        warn(f"no related claims for claim {claim_index} of {article_id}")
    if as_json:
        print_json([claim.to_json() for claim in found])
    elif stdout_is_tty():
        _related_table(found)
    else:
        for claim in found:
            text = " ".join(claim.text.split())
            diff = f"\t{inline_diff(claim)}" if claim.variant else ""
            click.echo(
                f"{claim.id}\t{claim.claim}\t{claim.score:.2f}\t{claim.speaker or ''}\t{text}{diff}"
            )


def _with_suggestions(message: str, settings: Settings, article_id: str) -> str:
    """An unknown id gets the closest ids of the corpus (found without reading articles)."""
    if not message.startswith("no article"):
        return message
    from articles import discover

    files, _ = discover(settings.articles_dir)
    close = difflib.get_close_matches(article_id, [f.id for f in files], n=3, cutoff=0.5)
    return f"{message} (did you mean: {', '.join(close)}?)" if close else message


def inline_diff(claim: RelatedClaim) -> str:
    """A variant's changes in wdiff style: [-dropped-] {+added+}."""
    parts = []
    for segment in claim.diff or ():
        if segment.op == "same":
            parts.append(segment.new or "")
        if segment.op in ("dropped", "changed"):
            parts.append(f"[-{segment.old}-]")
        if segment.op in ("added", "changed"):
            parts.append(f"{{+{segment.new}+}}")
    return " ".join(parts)


def _related_table(found: list[RelatedClaim]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    title = _count(len(found), "related claim")
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("article", style="cyan")
    table.add_column("speaker")
    table.add_column("claim", ratio=1)
    for claim in found:
        cell = Text(claim.text)
        if claim.variant:
            cell.append("\nvariant: ", style="bold yellow")
            for segment in claim.diff or ():
                if segment.op == "same":
                    cell.append(f"{segment.new} ", style="dim")
                if segment.op in ("dropped", "changed"):
                    cell.append(f"{segment.old}", style="red strike")
                    cell.append(" ")
                if segment.op in ("added", "changed"):
                    cell.append(f"{segment.new}", style="green bold")
                    cell.append(" ")
        table.add_row(f"{claim.score:.2f}", f"{claim.id} #{claim.claim}", claim.speaker or "", cell)
    Console().print(table)


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"
