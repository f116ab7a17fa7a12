"""Small messages the widgets post upward; the screen that owns the data answers them."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class OpenArticle(Message):
    """Open an article in the reader (optionally at a claim) and move focus to the reader."""

    article_id: str
    claim: int | None = None
    focus_reader: bool = True


@dataclass
class QueryChanged(Message):
    """The search text changed (debounced by the search pane)."""

    query: str

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, QueryChanged)


@dataclass
class AnnotationChosen(Message):
    """An annotation was highlighted in the side panel (None: none)."""

    annotation_id: str | None

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnnotationChosen)


@dataclass
class EditorSubmitted(Message):
    """The annotation editor asks to save its content."""

    note: str
    tags: tuple[str, ...]
    verdict: str | None


@dataclass
class EditorClosed(Message):
    """The annotation editor was closed without saving (its draft is kept)."""

    note: str
    tags: str
    verdict: str | None
