"""The full-text index of a corpus (Whoosh), behind a small API so the engine can change.

    with open_index(settings.index_dir, settings.articles_dir) as index:
        index.update()                        # incremental; builds on first use
        results = index.search("peskov -kursk", limit=10, sort="date")

Never imports `tui`: it takes explicit paths.
"""

from index.model import (
    Hit,
    IndexLockedError,
    NoteSource,
    QueryError,
    SearchResults,
    Span,
    UpdateStats,
)
from index.news_index import NewsIndex, Sort, open_index
from index.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "Hit",
    "IndexLockedError",
    "NewsIndex",
    "NoteSource",
    "QueryError",
    "SearchResults",
    "Sort",
    "Span",
    "UpdateStats",
    "open_index",
]
