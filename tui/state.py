"""What the app remembers between runs: theme, and per corpus the last article, query, sort,
pane sizes and any unsaved annotation draft.

UI-free and small. Written atomically (temp file, fsync, replace) because a draft is the
user's own words; a state file that cannot be read is set aside, never a reason not to start.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SORTS = ("relevance", "date")


@dataclass(slots=True)
class Draft:
    """An annotation being written that was not saved yet."""

    article_id: str
    start: int
    end: int
    exact: str
    note: str = ""
    tags: str = ""
    verdict: str | None = None
    claim: int | None = None
    annotation_id: str | None = None  # set when editing an existing annotation


@dataclass(slots=True)
class CorpusState:
    article: str | None = None
    query: str = ""
    sort: str = "relevance"
    search_width: int | None = None
    side_width: int | None = None
    show_furniture: bool = False
    draft: Draft | None = None


@dataclass(slots=True)
class AppState:
    theme: str | None = None
    corpora: dict[str, CorpusState] = field(default_factory=dict)

    def corpus(self, key: str) -> CorpusState:
        return self.corpora.setdefault(key, CorpusState())


def _corpus_state(data: Any) -> CorpusState:
    if not isinstance(data, dict):
        return CorpusState()
    draft = data.get("draft")
    known = {k: v for k, v in data.items() if k in CorpusState.__slots__ and k != "draft"}
    state = CorpusState(**known)
    if state.sort not in SORTS:
        state.sort = "relevance"
    if isinstance(draft, dict):
        with contextlib.suppress(TypeError):
            state.draft = Draft(**draft)
    return state


def load_state(path: Path) -> tuple[AppState, str | None]:
    """Read the state file; on a bad file, start fresh and say why (the file is moved aside)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppState(), None
    except (OSError, ValueError) as exc:
        aside = path.with_suffix(".json.bad")
        with contextlib.suppress(OSError):
            os.replace(path, aside)
        return AppState(), f"{path}: unreadable state ({exc}); moved to {aside.name}"
    if not isinstance(data, dict):
        return AppState(), None
    corpora = data.get("corpora")
    return (
        AppState(
            theme=data.get("theme") if isinstance(data.get("theme"), str) else None,
            corpora={
                str(k): _corpus_state(v) for k, v in (corpora or {}).items() if isinstance(k, str)
            },
        ),
        None,
    )


def save_state(path: Path, state: AppState) -> None:
    """Write the state file atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(asdict(state), ensure_ascii=False, indent=2, sort_keys=True)
    fd, tmp = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
