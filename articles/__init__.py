"""The corpus: find, read and clean articles. Pure: no UI, no index, no writing."""

from articles.claims import CLAIM_KINDS, Claim, ClaimKind, detect_claims, detector_version
from articles.clean import Cleaned, clean_text
from articles.loader import (
    SAMPLES_DIR,
    ArticleError,
    ArticleFile,
    Corpus,
    CorpusNotFoundError,
    LoadWarning,
    discover,
    load_corpus,
    parse_article,
    read_article,
)
from articles.model import Article, Boilerplate

__all__ = [
    "CLAIM_KINDS",
    "SAMPLES_DIR",
    "Article",
    "ArticleError",
    "ArticleFile",
    "Boilerplate",
    "Claim",
    "ClaimKind",
    "Cleaned",
    "Corpus",
    "CorpusNotFoundError",
    "LoadWarning",
    "clean_text",
    "detect_claims",
    "detector_version",
    "discover",
    "load_corpus",
    "parse_article",
    "read_article",
]
