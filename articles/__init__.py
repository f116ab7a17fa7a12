"""The corpus: find, read and clean articles. Pure: no UI, no index, no writing."""

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
    "SAMPLES_DIR",
    "Article",
    "ArticleError",
    "ArticleFile",
    "Boilerplate",
    "Cleaned",
    "Corpus",
    "CorpusNotFoundError",
    "LoadWarning",
    "clean_text",
    "discover",
    "load_corpus",
    "parse_article",
    "read_article",
]
