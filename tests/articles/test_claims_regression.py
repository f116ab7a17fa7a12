"""The claims of a few real articles, pinned: a speed-up must not change what is detected.

The expected output is data (`tests/data/claims/regression.json`). When a change to the
detector is meant to change it, look at the difference, then rewrite the file with

    python -m tests.articles.test_claims_regression
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from articles import detect_claims, read_article
from articles.loader import ArticleFile
from tests.conftest import DATA, SAMPLES, WIKINEWS

PINNED = DATA / "claims" / "regression.json"
ARTICLES = (
    (SAMPLES, "000_96fc22c1091786c6"),
    (SAMPLES, "003_372ad5692174bae3"),
    (WIKINEWS, "2019-10-06-european-court-of-justice-says-facebook-must-remove-illegal-posts-glob"),
    (WIKINEWS, "2019-12-02-bystanders-foil-knife-weilding-man-on-london-bridge-with-fire-extingui"),
    (WIKINEWS, "2014-01-28-warhol-s-photo-legacy-spread-by-university-exhibits"),
)


@cache
def _current() -> dict[str, list[dict[str, object]]]:
    found = {}
    for root, article_id in ARTICLES:
        (path,) = Path(root).glob(article_id + ".*")
        article = read_article(ArticleFile(article_id, path))
        found[article_id] = [claim.to_json() for claim in detect_claims(article.text)]
    return found


@pytest.mark.parametrize("article_id", [article_id for _, article_id in ARTICLES])
def test_pinned_articles_keep_their_claims(article_id: str) -> None:
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    assert _current()[article_id] == pinned[article_id]


if __name__ == "__main__":
    PINNED.write_text(json.dumps(_current(), indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {PINNED}")
