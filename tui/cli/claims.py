"""`claims`: the quotes, reported statements and figures of an article, with their speakers."""

from __future__ import annotations

from typing import Any

import click

from articles import Article, ArticleError, CorpusNotFoundError, detect_claims, discover
from articles import read_article as read_article_file
from tui.cli._common import (
    CliError,
    find_article,
    open_corpus,
    pass_settings,
    print_json,
    stdout_is_tty,
)
from tui.settings import Settings


def claims_json(article: Article) -> list[dict[str, Any]]:
    """The claims of an article as JSON objects, in text order (offsets into `text`)."""
    return [claim.to_json() for claim in detect_claims(article.text)]


def read_one(settings: Settings, article_id: str) -> Article:
    """One article by id, reading only its own file: `claims ID` must answer at once even in
    a corpus of thousands (an unknown id falls back to the whole corpus for suggestions)."""
    try:
        files, _ = discover(settings.articles_dir)
    except CorpusNotFoundError as exc:
        raise CliError(str(exc), code=2) from None
    for file in files:
        if file.id == article_id:
            try:
                return read_article_file(file)
            except ArticleError as exc:
                raise CliError(str(exc), code=2) from None
    return find_article(open_corpus(settings, quiet=True), article_id)


@click.command("claims")
@click.argument("article_id", metavar="ID", required=False)
@click.option("--all", "all_articles", is_flag=True, help="Every article of the corpus.")
@click.option(
    "--speaker",
    metavar="NAME",
    help="Every claim of one speaker across the corpus (by name or alias; see `speakers`).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (an object by id with --all).")
@pass_settings
def claims(
    settings: Settings,
    article_id: str | None,
    all_articles: bool,
    speaker: str | None,
    as_json: bool,
) -> None:
    """Show the claims of an article: quotes, reported statements and figures, who made them.

    Each claim has `start`/`end` offsets into the article's cleaned text (`show --json`),
    its `text`, `kind` (quote, reported, figure), `speaker`, `cue` and `confidence`.
    With --speaker NAME: that speaker's claims in every article, newest first.
    """
    if speaker is not None:
        if all_articles or article_id is not None:
            raise click.UsageError("--speaker goes without an article ID or --all")
        from tui.cli.across import claims_of_speaker

        claims_of_speaker(settings, speaker, as_json)
        return
    if all_articles == (article_id is not None):
        raise click.UsageError("give an article ID or --all (not both)")
    if all_articles:
        corpus = open_corpus(settings)
        found = {article.id: claims_json(article) for article in corpus.articles}
        if as_json:
            print_json(found)
        else:
            for key, rows in found.items():
                for row in rows:
                    click.echo(_line(row, prefix=f"{key}\t"))
        return
    assert article_id is not None
    article = read_one(settings, article_id)
    rows = claims_json(article)
    if as_json:
        print_json(rows)
    elif stdout_is_tty():
        _table(article, rows)
    else:
        for row in rows:
            click.echo(_line(row))


def _line(row: dict[str, Any], prefix: str = "") -> str:
    """One claim per line for pipes: offsets, kind, speaker, cue, then the text."""
    fields = (row["start"], row["end"], row["kind"], row["speaker"] or "", row["cue"] or "")
    return prefix + "\t".join(map(str, fields)) + "\t" + " ".join(row["text"].split())


def _table(article: Article, rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} claims in {article.title}", title_justify="left")
    table.add_column("kind", no_wrap=True)
    table.add_column("speaker", style="cyan")
    table.add_column("cue", style="dim")
    table.add_column("conf", justify="right", no_wrap=True)
    table.add_column("claim")
    for row in rows:
        table.add_row(
            row["kind"],
            row["speaker"] or "",
            row["cue"] or "",
            f"{row['confidence']:.2f}",
            row["text"],
        )
    Console().print(table)
