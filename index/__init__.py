"""The full-text index of a corpus (Whoosh), behind a small API so the engine can change.

    with open_index(settings.index_dir, settings.articles_dir) as index:
        index.update()                        # incremental; builds on first use
        results = index.search("peskov -kursk", limit=10, sort="date")
        index.related("002_6265d0da6e9f2d7b", 2)   # claims of other articles, variants
        index.speakers(); index.claims_by_speaker("Zelensky")

Never imports `tui`: it takes explicit paths.
"""

from index.model import (
    ClaimAt,
    ClaimNotFoundError,
    Hit,
    IndexLockedError,
    NoteSource,
    QueryError,
    RelatedClaim,
    SearchResults,
    Span,
    SpeakerClaim,
    SpeakerSummary,
    UnknownSpeakerError,
    UpdateStats,
)
from index.news_index import NewsIndex, Sort, open_index
from index.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "ClaimAt",
    "ClaimNotFoundError",
    "Hit",
    "IndexLockedError",
    "NewsIndex",
    "NoteSource",
    "QueryError",
    "RelatedClaim",
    "SearchResults",
    "Sort",
    "Span",
    "SpeakerClaim",
    "SpeakerSummary",
    "UnknownSpeakerError",
    "UpdateStats",
    "open_index",
]
