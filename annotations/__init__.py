"""The user's annotations on articles: model, YAML store, re-anchoring, export.

Headless (no `tui`, no Textual) and path-explicit: `AnnotationStore(Settings.annotations_dir)`.

    store = AnnotationStore(root)
    listed = store.for_article(article.id, article.text)   # anchored notes + orphans
    note = store.add(article.id, article.text, start, end, note="needs a second source")
    store.update(note.id, verdict="disputed", article_id=article.id)
    store.delete(note.id, article_id=article.id)
"""

from annotations.anchoring import Anchor, anchor, find_quote
from annotations.durable import LockTimeoutError, write_atomically
from annotations.export import EXPORT_FORMATS, ArticleInfo, ExportFormat, export
from annotations.fileformat import FORMAT_VERSION, AnnotationFileError
from annotations.model import (
    VERDICTS,
    Anchored,
    AnchoredList,
    AnchorStatus,
    Annotation,
    ClaimRef,
    SpanError,
    Target,
    Verdict,
    make_target,
)
from annotations.store import (
    UNSET,
    AnnotationNotFoundError,
    AnnotationStore,
    MergeReport,
    StoreScan,
    merge_notes,
)

__all__ = [
    "EXPORT_FORMATS",
    "FORMAT_VERSION",
    "UNSET",
    "VERDICTS",
    "Anchor",
    "AnchorStatus",
    "Anchored",
    "AnchoredList",
    "Annotation",
    "AnnotationFileError",
    "AnnotationNotFoundError",
    "AnnotationStore",
    "ArticleInfo",
    "ClaimRef",
    "ExportFormat",
    "LockTimeoutError",
    "MergeReport",
    "SpanError",
    "StoreScan",
    "Target",
    "Verdict",
    "anchor",
    "export",
    "find_quote",
    "make_target",
    "merge_notes",
    "write_atomically",
]
