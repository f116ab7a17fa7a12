"""Annotations out of newsreader: Markdown to read, plain JSON for scripts, and W3C Web
Annotation JSON-LD for other annotation tools (Hypothesis, Recogito and the like)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import groupby
from typing import Any, Literal, get_args
from urllib.parse import quote

from annotations.fileformat import sort_key
from annotations.model import Annotation, format_time

ExportFormat = Literal["markdown", "json", "w3c"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What an export shows of an article: its title, and an IRI for it (its URL, else a
    file: URI)."""

    title: str
    source: str | None = None


def _ordered(notes: Iterable[Annotation]) -> list[Annotation]:
    return sorted((n for n in notes if not n.is_deleted), key=lambda n: (n.article, sort_key(n)))


def _blockquote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines() or [""])


def to_markdown(notes: Iterable[Annotation], articles: Mapping[str, ArticleInfo]) -> str:
    """Grouped by article: its title, then each quoted span with its note, tags and verdict."""
    out = ["# Annotations", ""]
    ordered = _ordered(notes)
    if not ordered:
        out += ["(none)", ""]
    for article_id, group in groupby(ordered, key=lambda n: n.article):
        info = articles.get(article_id)
        out += [f"## {info.title if info else article_id}", "", f"`{article_id}`", ""]
        for note in group:
            out += [_blockquote(note.target.exact), ""]
            if note.note:
                out += [note.note.rstrip(), ""]
            facts = []
            if note.tags:
                facts.append("tags: " + ", ".join(f"`{t}`" for t in note.tags))
            if note.verdict:
                facts.append(f"verdict: **{note.verdict}**")
            claim = note.target.claim
            if claim:
                facts.append(
                    f"claim: {claim.kind}" + (f" by {claim.speaker}" if claim.speaker else "")
                )
            facts.append(f"modified {format_time(note.modified)} · id `{note.id}`")
            out += [*(f"- {fact}" for fact in facts), ""]
    return "\n".join(out)


def to_json(notes: Iterable[Annotation], articles: Mapping[str, ArticleInfo]) -> str:
    """A JSON array of annotations as `Annotation.to_json` gives them."""
    return json.dumps([n.to_json() for n in _ordered(notes)], ensure_ascii=False, indent=2) + "\n"


def _source(article_id: str, articles: Mapping[str, ArticleInfo]) -> str:
    info = articles.get(article_id)
    if info is not None and info.source:
        return info.source
    return "urn:x-newsreader:article:" + quote(article_id, safe="/")


def w3c_annotation(note: Annotation, source: str) -> dict[str, Any]:
    """One note as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/)."""
    body: list[dict[str, Any]] = []
    if note.note:
        body.append(
            {
                "type": "TextualBody",
                "value": note.note,
                "format": "text/plain",
                "purpose": "commenting",
            }
        )
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags]
    if note.verdict:
        body.append({"type": "TextualBody", "value": note.verdict, "purpose": "assessing"})
    target = note.target
    # Only a quote selector: the note's offsets count in newsreader's cleaned text, not in the
    # source (the page or file, furniture and markup included), so a TextPositionSelector on
    # the source would point a W3C client at other words. The JSON export keeps the offsets.
    data: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": f"urn:uuid:{note.id}",
        "type": "Annotation",
        "motivation": "commenting" if note.note or not note.verdict else "assessing",
        "created": format_time(note.created),
        "modified": format_time(note.modified),
        "target": {
            "source": source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": target.exact,
                    "prefix": target.prefix,
                    "suffix": target.suffix,
                },
            ],
        },
    }
    if body:
        data["body"] = body
    return data


def to_w3c(notes: Iterable[Annotation], articles: Mapping[str, ArticleInfo]) -> str:
    """A JSON-LD array of W3C Web Annotations, each complete on its own."""
    items = [w3c_annotation(n, _source(n.article, articles)) for n in _ordered(notes)]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


_EXPORTERS: dict[ExportFormat, Callable[[Iterable[Annotation], Mapping[str, ArticleInfo]], str]]
_EXPORTERS = {"markdown": to_markdown, "json": to_json, "w3c": to_w3c}


def export(
    fmt: ExportFormat, notes: Iterable[Annotation], articles: Mapping[str, ArticleInfo]
) -> str:
    """The live `notes` (tombstones skipped) in one of EXPORT_FORMATS."""
    return _EXPORTERS[fmt](notes, articles)
