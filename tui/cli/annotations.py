"""`annotate` and `annotations list|delete|export|repair|merge|compact`: the user's notes."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from annotations import (
    EXPORT_FORMATS,
    VERDICTS,
    Anchored,
    Annotation,
    AnnotationFileError,
    AnnotationNotFoundError,
    AnnotationStore,
    ArticleInfo,
    ClaimRef,
    LockTimeoutError,
    SpanError,
    export,
    find_quote,
    write_atomically,
)
from articles import Article, Corpus, detect_claims
from tui.cli._common import (
    CliError,
    find_article,
    open_corpus,
    pass_settings,
    print_json,
    require_folder_of,
)
from tui.settings import Settings

_MOVE_ASIDE = "move it aside with 'newsreader annotations repair ID --move-aside'"


@contextmanager
def _store_errors() -> Iterator[None]:
    """The store's failures as one-line CLI errors (a bad file is bad input: exit 2)."""
    try:
        yield
    except AnnotationFileError as exc:
        how = "" if exc.newer_format else f"; fix it by hand, or {_MOVE_ASIDE}"
        raise CliError(f"{exc} (the file is left as it is{how})", code=2) from None
    except (AnnotationNotFoundError, SpanError) as exc:
        raise CliError(str(exc), code=2) from None
    except LockTimeoutError as exc:
        raise CliError(str(exc), code=1) from None


def _store(settings: Settings) -> AnnotationStore:
    return AnnotationStore(settings.annotations_dir)


def _note_text(note: str | None) -> str:
    if note == "-":
        return sys.stdin.read().rstrip("\n")
    return note or ""


def _span_of_quote(article: Article, quote: str, occurrence: int | None) -> tuple[int, int]:
    spans = find_quote(article.text, quote)
    if not spans:
        raise CliError(f"quote not found in '{article.id}': {quote!r}", code=2)
    if occurrence is None:
        if len(spans) > 1:
            raise CliError(
                f"quote occurs {len(spans)} times in '{article.id}': choose one with "
                f"--occurrence 1..{len(spans)}",
                code=2,
            )
        return spans[0]
    if not 1 <= occurrence <= len(spans):
        times = "once" if len(spans) == 1 else f"{len(spans)} times"
        raise CliError(f"--occurrence {occurrence}: the quote occurs {times}", code=2)
    return spans[occurrence - 1]


def _span_of_claim(article: Article, index: int) -> tuple[int, int, ClaimRef]:
    claims = detect_claims(article.text)
    if not 0 <= index < len(claims):
        have = f"claims 0..{len(claims) - 1}" if claims else "no claims"
        raise CliError(f"--claim {index}: article '{article.id}' has {have}", code=2)
    claim = claims[index]
    return claim.start, claim.end, ClaimRef(claim.kind, claim.speaker)


@click.command("annotate")
@click.argument("article_id", metavar="ID")
@click.option("--quote", metavar="TEXT", help="The exact words to annotate.")
@click.option(
    "--occurrence",
    type=click.IntRange(min=1),
    metavar="N",
    help="Which occurrence of a quote found several times (1 = first).",
)
@click.option(
    "--claim",
    "claim_index",
    type=click.IntRange(min=0),
    metavar="K",
    help="The K-th claim of `newsreader claims` (0 = first), instead of --quote.",
)
@click.option("--note", metavar="TEXT", help="The note ('-' reads it from standard input).")
@click.option("--tag", "tags", multiple=True, metavar="TAG", help="A tag (repeatable).")
@click.option("--verdict", type=click.Choice(VERDICTS), help="Your verdict on the claim.")
@click.option("--json", "as_json", is_flag=True, help="Print the new annotation as JSON.")
@pass_settings
def annotate(
    settings: Settings,
    article_id: str,
    quote: str | None,
    occurrence: int | None,
    claim_index: int | None,
    note: str | None,
    tags: tuple[str, ...],
    verdict: str | None,
    as_json: bool,
) -> None:
    """Annotate a quote or a claim of article ID; prints the new annotation's id."""
    if (quote is None) == (claim_index is None):
        raise CliError("give either --quote TEXT or --claim K", code=2)
    if occurrence is not None and quote is None:
        raise CliError("--occurrence goes with --quote", code=2)
    article = find_article(open_corpus(settings, quiet=True), article_id)
    claim = None
    if quote is not None:
        start, end = _span_of_quote(article, quote, occurrence)
    else:
        start, end, claim = _span_of_claim(article, claim_index or 0)
    with _store_errors():
        created = _store(settings).add(
            article.id,
            article.text,
            start,
            end,
            note=_note_text(note),
            tags=tags,
            verdict=verdict,  # type: ignore[arg-type]  # click.Choice(VERDICTS)
            claim=claim,
        )
    if as_json:
        print_json(created.to_json())
    else:
        click.echo(created.id)


@click.group("annotations")
def annotations_group() -> None:
    """List, delete, export and repair your annotations (files in `newsreader locate
    annotations`)."""


def _anchored_json(note: Annotation, placed: Anchored | None) -> dict[str, Any]:
    data = note.to_json()
    data["anchor"] = (
        {
            "status": placed.status,
            "start": placed.start,
            "end": placed.end,
            "score": round(placed.score, 3),
        }
        if placed
        else None
    )
    return data


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# Marks a quoted span may already open with (a quote claim keeps its own quotation marks).
_OPENING_QUOTES = ('"', "“", "‘", "«", "„", "‹", "»")


def _quoted(text: str) -> str:
    """`text` in curly quotes, unless it opens with a quotation mark of its own."""
    return text if text.startswith(_OPENING_QUOTES) else f"“{text}”"


def _fail_on(errors: tuple[AnnotationFileError, ...], outcome: str) -> None:
    """Exit 2 after one line per file that could not be read (naming it, its line and the
    problem), so a script notices; the readable files were already handled."""
    if not errors:
        return
    lines = [f"{error} ({outcome})" for error in errors]
    for line in lines[:-1]:
        click.echo(f"newsreader: {line}", err=True)
    raise CliError(lines[-1], code=2)


def _rows(
    store: AnnotationStore, corpus: Corpus, article_ids: list[str]
) -> tuple[list[tuple[Annotation, Anchored | None]], tuple[AnnotationFileError, ...]]:
    """Each article's notes anchored on its current text (orphans last); None when the
    article is not in the corpus."""
    rows: list[tuple[Annotation, Anchored | None]] = []
    errors: list[AnnotationFileError] = []
    for article_id in article_ids:
        article = corpus.get(article_id)
        try:
            if article is None:
                rows += [(n, None) for n in store.notes(article_id)]
                continue
            listed = store.for_article(article_id, article.text)
        except AnnotationFileError as exc:
            errors.append(exc)
            continue
        rows += [(a.annotation, a) for a in (*listed.anchored, *listed.orphans)]
    return rows, tuple(errors)


@annotations_group.command("list")
@click.argument("article_id", metavar="[ID]", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@pass_settings
def list_annotations(settings: Settings, article_id: str | None, as_json: bool) -> None:
    """List annotations (of article ID, or all), placed on the articles' current text.

    The anchor says how each quote was found: exact, moved, fuzzy, or orphan (no longer in
    the text: kept, listed last). Exit 2 if a file could not be read (the rest is listed).
    """
    corpus = open_corpus(settings, quiet=True)
    store = _store(settings)
    if article_id is None:
        ids = store.article_ids()
    elif corpus.get(article_id) is not None or article_id in store.article_ids():
        ids = [article_id]
    else:
        find_article(corpus, article_id)  # raises with suggestions
        ids = []
    rows, errors = _rows(store, corpus, ids)
    if as_json:
        print_json([_anchored_json(note, placed) for note, placed in rows])
    else:
        for note, placed in rows:
            where = (
                "no-article"
                if placed is None
                else f"{placed.status} {placed.start}-{placed.end}"
                if placed.start is not None
                else "orphan"
            )
            fields = [
                note.id,
                note.article,
                where,
                note.verdict or "-",
                ",".join(note.tags) or "-",
                _quoted(_short(note.target.exact, 50)),
                _short(note.note, 60),
            ]
            click.echo("\t".join(fields))
        if not rows and not errors:
            click.echo("no annotations", err=True)
    _fail_on(errors, "skipped: its notes are not listed")


@annotations_group.command("delete")
@click.argument("annotation_id", metavar="ANNOTATION_ID")
@pass_settings
def delete_annotation(settings: Settings, annotation_id: str) -> None:
    """Delete an annotation (by id, or a unique prefix of 4+ characters).

    It stays in its file as a tombstone (`deleted: <time>`) until `annotations compact`, so
    merging an older copy of the folder cannot bring it back.
    """
    with _store_errors():
        gone = _store(settings).delete(annotation_id)
    click.echo(f"deleted {gone.id} ({gone.article})")


def _article_info(corpus: Corpus) -> dict[str, ArticleInfo]:
    return {
        a.id: ArticleInfo(title=a.title, source=a.url or a.path.resolve().as_uri())
        for a in corpus.articles
    }


@annotations_group.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="markdown",
    show_default=True,
    help="markdown (to read), json (plain), w3c (W3C Web Annotation JSON-LD).",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE."
)
@pass_settings
def export_annotations(settings: Settings, fmt: str, output: Path | None) -> None:
    """Export every annotation (deleted ones left out) to stdout or FILE.

    FILE is replaced atomically: it holds the old export or the new one, never half of one.
    Exit 2 if a file could not be read (the rest is exported), or if FILE's folder does not
    exist (it is not created).
    """
    if output is not None:
        require_folder_of(output, "-o")
    scan = _store(settings).all()
    text = export(fmt, scan.annotations, _article_info(open_corpus(settings, quiet=True)))  # type: ignore[arg-type]
    if output is None:
        click.echo(text, nl=False)
    else:
        try:
            write_atomically(output, text.encode("utf-8"))
        except OSError as exc:
            raise CliError(f"cannot write '{output}': {exc.strerror or exc}", code=1) from None
        click.echo(f"wrote {len(scan.annotations)} annotations to {output}", err=True)
    _fail_on(scan.errors, "skipped: its notes are not exported")


@annotations_group.command("repair")
@click.argument("article_id", metavar="ID")
@click.option(
    "--move-aside",
    is_flag=True,
    help="Rename a broken file to <name>.yaml.broken-<time>.bak; the article takes notes again.",
)
@click.option(
    "--restore-backup",
    is_flag=True,
    help="Put back <name>.yaml.bak (the version before the last save); moves the current aside.",
)
@pass_settings
def repair(settings: Settings, article_id: str, move_aside: bool, restore_backup: bool) -> None:
    """Check article ID's annotation file; move a broken one aside, or restore its backup.

    Nothing is deleted: a file moved aside keeps its content under a new name.
    """
    store = _store(settings)
    try:
        path = store.path_for(article_id)
    except ValueError as exc:
        raise CliError(str(exc), code=2) from None
    if move_aside and restore_backup:
        raise CliError("give --move-aside or --restore-backup, not both", code=2)
    if restore_backup:
        backup = store.backup_path(article_id)
        if not backup.is_file():
            raise CliError(f"no backup '{backup}'", code=2)
        try:
            aside = store.restore_backup(article_id)
        except AnnotationFileError as exc:
            raise CliError(f"the backup is not readable either: {exc}", code=2) from None
        if aside:
            click.echo(f"moved {path} to {aside}")
        click.echo(f"restored {path} from {backup}")
        return
    if not path.is_file():
        raise CliError(f"article '{article_id}' has no annotation file ({path})", code=2)
    problem = store.check(article_id)
    if problem is None:
        click.echo(f"{path}: ok ({len(store.notes(article_id))} annotations)")
        return
    if not move_aside:
        hint = " or --restore-backup" if store.backup_path(article_id).is_file() else ""
        if problem.newer_format:  # the problem already says to upgrade
            raise CliError(f"{problem}, or rerun with --move-aside{hint}", code=2)
        raise CliError(f"{problem} (repair by hand, or rerun with --move-aside{hint})", code=2)
    aside = store.move_aside(article_id)
    click.echo(f"moved {path} to {aside}")


@annotations_group.command("merge")
@click.argument("other", type=click.Path(exists=True, file_okay=False, path_type=Path))
@pass_settings
def merge(settings: Settings, other: Path) -> None:
    """Merge another copy of the annotations folder (a backup, another machine's) into yours.

    Per annotation the newest `modified` wins; a deletion is kept, so a note deleted here is not
    brought back by an older copy. Files that cannot be read are reported and left alone.
    """
    report = _store(settings).merge_from(other)
    click.echo(f"merged {len(report.changed)} article file(s) from {other}")
    _fail_on(report.errors, "not merged; left as it is")


@annotations_group.command("compact")
@click.option(
    "--older-than",
    "days",
    type=click.IntRange(min=0),
    default=30,
    show_default=True,
    metavar="DAYS",
    help="Drop deletions older than this.",
)
@pass_settings
def compact(settings: Settings, days: int) -> None:
    """Drop the tombstones of deleted annotations (a copy of the folder older than DAYS could
    then bring those notes back in a merge)."""
    dropped = _store(settings).compact(dt.timedelta(days=days))
    click.echo(f"dropped {dropped} deleted annotation(s)")
