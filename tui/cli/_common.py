"""What every command shares: settings from the context, loading the corpus, errors, output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import update_wrapper
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from tui.settings import Settings

if TYPE_CHECKING:  # the core is imported when a command runs, not when the CLI starts
    from articles import Article, Corpus

F = TypeVar("F", bound=Callable[..., Any])


class CliError(Exception):
    """A failure the user can act on: one line on stderr, and an exit code (2 input, 1 runtime)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def pass_settings(func: F) -> F:
    """Give a command the resolved Settings as its first argument."""

    @click.pass_context
    def wrapper(ctx: click.Context, *args: Any, **kwargs: Any) -> Any:
        return ctx.invoke(func, ctx.find_object(Settings), *args, **kwargs)

    return update_wrapper(wrapper, func)  # type: ignore[return-value]


def warn(message: str) -> None:
    click.echo(f"newsreader: warning: {message}", err=True)


def open_corpus(settings: Settings, quiet: bool = False) -> Corpus:
    """Load the corpus; a missing folder is bad input (exit 2); each skipped file is one warning."""
    from articles import CorpusNotFoundError, load_corpus

    try:
        corpus = load_corpus(settings.articles_dir)
    except CorpusNotFoundError as exc:
        raise CliError(str(exc), code=2) from None
    if not quiet:
        for warning in corpus.warnings:
            warn(str(warning))
    return corpus


def find_article(corpus: Corpus, article_id: str) -> Article:
    """The article with this id, or a usage error that suggests the closest ids."""
    article = corpus.get(article_id)
    if article is not None:
        return article
    message = f"no article '{article_id}' in {corpus.root}"
    close = corpus.closest_ids(article_id)
    if close:
        message += f" (did you mean: {', '.join(close)}?)"
    raise CliError(message, code=2)


def require_folder_of(path: Path, option: str) -> None:
    """A usage error unless the folder `path` goes into exists: a typo in a path given to
    `option` must not create a tree of folders nobody asked for."""
    folder = path.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise CliError(f"{option}: folder {folder} {what}", code=2)


def stdout_is_tty() -> bool:
    return sys.stdout.isatty()


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
