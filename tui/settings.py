"""Where things live: the corpus folder, the data folder and what is kept in it.

Precedence for every setting: command-line option, then ``NEWSREADER_*`` environment variable,
then the config file (``config.toml`` in the platform's config folder, or ``NEWSREADER_CONFIG``),
then the default. Tests point everything at a temp folder through the same variables.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "newsreader"


def _samples_dir() -> Path:
    """The bundled sample articles, found without importing `articles` (start-up time)."""
    spec = find_spec("articles")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the articles package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "samples"


SAMPLES_DIR = _samples_dir()


class ConfigError(Exception):
    """The config file cannot be read (bad input: exit 2)."""


def config_path() -> Path:
    env = os.environ.get("NEWSREADER_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def read_config(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file '{path}': {exc}") from None


def corpus_key(root: Path) -> str:
    """A folder name unique to one corpus: readable, and distinct for two folders of one name."""
    digest = hashlib.sha256(str(root).encode()).hexdigest()[:12]
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", root.name).strip("-") or "corpus"
    return f"{slug[:40]}-{digest}"


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved paths and options for one run."""

    articles_dir: Path
    data_dir: Path
    config_file: Path
    debug: bool = False
    keymap: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_samples(self) -> bool:
        return self.articles_dir == SAMPLES_DIR.resolve()

    @property
    def index_dir(self) -> Path:
        """One index per corpus, so two corpora never share or clobber one."""
        return self.data_dir / "indexes" / corpus_key(self.articles_dir)

    @property
    def annotations_dir(self) -> Path:
        """Keyed by article id, not by corpus path, so notes follow a moved folder."""
        return self.data_dir / "annotations"

    @property
    def state_file(self) -> Path:
        return self.data_dir / "state.json"

    @property
    def speakers_file(self) -> Path:
        """The user's speaker alias table (YAML; newsreader reads it, never writes it)."""
        return self.data_dir / "speakers.yaml"

    def locations(self) -> dict[str, str]:
        return {
            "articles": str(self.articles_dir),
            "data": str(self.data_dir),
            "index": str(self.index_dir),
            "annotations": str(self.annotations_dir),
            "state": str(self.state_file),
            "speakers": str(self.speakers_file),
            "config": str(self.config_file),
        }


def articles_dir_problem(settings: Settings) -> str | None:
    """Why the corpus folder cannot be opened (one line), or None if it can."""
    folder = settings.articles_dir
    if folder.is_dir():
        return None
    what = "is not a folder" if folder.exists() else "does not exist"
    return f"articles folder '{folder}' {what}"


def resolve_settings(
    articles: str | Path | None = None,
    data_dir: str | Path | None = None,
    debug: bool = False,
) -> Settings:
    """Combine options, environment and config file into Settings (no folder is created here)."""
    cfg_file = config_path()
    cfg = read_config(cfg_file)
    articles = articles or os.environ.get("NEWSREADER_ARTICLES") or cfg.get("articles")
    data_dir = data_dir or os.environ.get("NEWSREADER_DATA_DIR") or cfg.get("data_dir")
    articles_dir = Path(articles).expanduser() if articles else SAMPLES_DIR
    data = Path(data_dir).expanduser() if data_dir else Path(platformdirs.user_data_dir(APP_NAME))
    keymap = cfg.get("keymap", {})
    if not isinstance(keymap, dict):
        raise ConfigError(f"config file '{cfg_file}': [keymap] must be a table")
    return Settings(
        articles_dir=articles_dir.resolve(),
        data_dir=data.resolve(),
        config_file=cfg_file,
        debug=debug,
        keymap={str(k): str(v) for k, v in keymap.items()},
    )
