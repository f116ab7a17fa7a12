"""Export: Markdown grouped by article, plain JSON, W3C Web Annotation JSON-LD."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from annotations import EXPORT_FORMATS, AnnotationStore, ArticleInfo, ClaimRef, export
from tests.annotations.helpers import ARTICLE, TEXT, span

INFO = {
    ARTICLE: ArticleInfo("Kremlin rules out a territorial swap", "https://example.com/kursk"),
    "z/second": ArticleInfo("Second story", None),
}


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    store = AnnotationStore(tmp_path / "annotations")
    store.add(
        ARTICLE,
        TEXT,
        *span(TEXT, "will not discuss"),
        note="Needs a second source.\nThe BBC reports talks.",
        tags=["kursk", "territory"],
        verdict="disputed",
        claim=ClaimRef("quote", "Dmitry Peskov"),
    )
    store.add(ARTICLE, TEXT, *span(TEXT, "85%"), verdict="needs-source")  # no note
    store.add("z/second", TEXT, 0, 11, note="first words", tags=["t"])
    gone = store.add("z/second", TEXT, *span(TEXT, "Analysts"), note="deleted, not exported")
    store.delete(gone.id)
    return store


def test_markdown_is_grouped_by_article(store: AnnotationStore) -> None:
    text = export("markdown", store.all().annotations, INFO)
    assert text.startswith("# Annotations\n")
    first, second = text.index("## Kremlin rules out"), text.index("## Second story")
    assert first < second  # by article id
    kursk = text[first:second]
    assert "> will not discuss\n" in kursk
    assert "Needs a second source.\nThe BBC reports talks.\n" in kursk
    assert "tags: `kursk`, `territory`" in kursk and "verdict: **disputed**" in kursk
    assert "claim: quote by Dmitry Peskov" in kursk
    assert kursk.index("will not discuss") < kursk.index("> 85%")  # by position
    assert "deleted, not exported" not in text


def test_json_is_plain(store: AnnotationStore) -> None:
    items = json.loads(export("json", store.all().annotations, INFO))
    assert [i["article"] for i in items] == [ARTICLE, ARTICLE, "z/second"]
    first = items[0]
    assert set(first) == {
        "id",
        "article",
        "created",
        "modified",
        "target",
        "note",
        "tags",
        "verdict",
    }
    assert first["target"]["exact"] == "will not discuss"
    assert first["target"]["claim"] == {"kind": "quote", "speaker": "Dmitry Peskov"}
    assert TEXT[first["target"]["start"] : first["target"]["end"]] == "will not discuss"


IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$")
PURPOSES = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}  # fmt: skip


def _check_w3c(item: dict[str, Any]) -> None:
    """The MUSTs of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
    for what we export: context, IRI id, type, target; bodies, selectors, times."""
    context = item["@context"]
    assert "http://www.w3.org/ns/anno.jsonld" in (
        [context] if isinstance(context, str) else context
    )
    assert IRI.match(item["id"])
    assert "Annotation" in ([item["type"]] if isinstance(item["type"], str) else item["type"])
    assert item.get("motivation", "commenting") in PURPOSES
    for key in ("created", "modified"):
        stamp = dt.datetime.fromisoformat(item[key])  # xsd:dateTime with a time zone
        assert stamp.tzinfo is not None
    for body in item.get("body", []):
        assert body["type"] == "TextualBody" and isinstance(body["value"], str) and body["value"]
        assert body["purpose"] in PURPOSES
    target = item["target"]
    assert IRI.match(target["source"])
    selectors = {s["type"]: s for s in target["selector"]}
    # Offsets count in the cleaned text, not in the source: no TextPositionSelector on it.
    assert set(selectors) == {"TextQuoteSelector"}
    quote = selectors["TextQuoteSelector"]
    assert isinstance(quote["exact"], str) and quote["exact"]


def test_w3c_json_ld_has_the_models_required_fields(store: AnnotationStore) -> None:
    items = json.loads(export("w3c", store.all().annotations, INFO))
    assert len(items) == 3
    for item in items:
        _check_w3c(item)
    first = items[0]
    assert first["id"].startswith("urn:uuid:")
    assert first["target"]["source"] == "https://example.com/kursk"
    assert [(b["purpose"], b["value"]) for b in first["body"]] == [
        ("commenting", "Needs a second source.\nThe BBC reports talks."),
        ("tagging", "kursk"),
        ("tagging", "territory"),
        ("assessing", "disputed"),
    ]
    (quote,) = first["target"]["selector"]
    start = TEXT.index("will not discuss")
    assert quote["exact"] == "will not discuss"
    assert quote["prefix"] == TEXT[start - 32 : start]
    assert items[1]["motivation"] == "assessing"  # a verdict without a note
    assert items[2]["target"]["source"] == "urn:x-newsreader:article:z/second"


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_empty_export(fmt: str) -> None:
    text = export(fmt, [], {})  # type: ignore[arg-type]
    assert text.strip() in ("[]", "# Annotations\n\n(none)")
