"""`list`, `show` and `locate`: the corpus and where newsreader keeps its data."""

from __future__ import annotations

import sys
from typing import Any

import click

from articles import Article
from tui.cli._common import find_article, open_corpus, pass_settings, print_json, stdout_is_tty
from tui.settings import Settings


def article_json(article: Article) -> dict[str, Any]:
    """`show --json`: the summary plus the body (all offsets in newsreader refer to `text`).

    `boilerplate` is what cleaning took out of the file (furniture, the title line), in file
    order, so a script can put it back or check it. `claims` are those of `newsreader claims`.
    """
    from tui.cli.claims import claims_json

    data = article.summary()
    data.update(
        time=article.time.isoformat() if article.time else None,
        url=article.url,
        tags=list(article.tags),
        text=article.text,
        paragraphs=list(article.paragraphs),
        boilerplate=[{"text": b.text, "reason": b.reason} for b in article.boilerplate],
        claims=claims_json(article),
    )
    return data


@click.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@pass_settings
def list_articles(settings: Settings, as_json: bool) -> None:
    """List the articles of the corpus (id, date, title)."""
    corpus = open_corpus(settings)
    if as_json:
        print_json([a.summary() for a in corpus.articles])
        return
    if not corpus.articles:
        click.echo(f"no articles in {corpus.root}", err=True)
        return
    if stdout_is_tty():
        from rich.console import Console
        from rich.table import Table

        table = Table(
            title=f"{len(corpus.articles)} articles in {corpus.root}", title_justify="left"
        )
        table.add_column("id", style="cyan", no_wrap=True)
        table.add_column("date", no_wrap=True)
        table.add_column("title")
        for a in corpus.articles:
            table.add_row(a.id, a.date.isoformat() if a.date else "", a.title)
        Console().print(table)
    else:
        for a in corpus.articles:
            click.echo(f"{a.id}\t{a.date.isoformat() if a.date else ''}\t{a.title}")


@click.command("show")
@click.argument("article_id", metavar="ID")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print a JSON object with text, paragraphs and the boilerplate removed.",
)
@click.option("--raw", is_flag=True, help="Print the file exactly as it is on disk.")
@pass_settings
def show(settings: Settings, article_id: str, as_json: bool, raw: bool) -> None:
    """Show one article, cleaned for reading."""
    corpus = open_corpus(settings)
    article = find_article(corpus, article_id)
    if raw:
        sys.stdout.buffer.write(article.path.read_bytes())
        sys.stdout.flush()
        return
    if as_json:
        print_json(article_json(article))
        return
    when = article.date.isoformat() if article.date else None
    if when and article.time:
        when += article.time.strftime(" %H:%M")
    meta = " · ".join(
        x
        for x in (
            when,
            article.author,
            article.source,
        )
        if x
    )
    if stdout_is_tty():
        from rich.console import Console
        from rich.text import Text

        console = Console()
        console.print(Text(article.title, style="bold"))
        if meta:
            console.print(Text(meta, style="dim"))
        for para in article.paragraphs:
            console.print()
            console.print(para, highlight=False, markup=False)
    else:
        click.echo(article.title)
        if meta:
            click.echo(meta)
        for para in article.paragraphs:
            click.echo()
            click.echo(para)


@click.command("locate")
@click.argument(
    "what",
    required=False,
    type=click.Choice(["articles", "data", "index", "annotations", "state", "speakers", "config"]),
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@pass_settings
def locate(settings: Settings, what: str | None, as_json: bool) -> None:
    """Print where the corpus, data folder, index, annotations, state and config live."""
    places = settings.locations()
    if what:
        click.echo(places[what])
    elif as_json:
        print_json(places)
    else:
        width = max(map(len, places))
        for name, path in places.items():
            click.echo(f"{name:<{width}}  {path}")
