"""Quotation spans in a paragraph: curly, straight and mixed marks, apostrophes told apart.

A quotation is a pair of marks in one paragraph. News copy opens with `"` and closes with `”`
often enough that the marks are paired by position (an opener is preceded by a space or the
start, a closer followed by one), not by shape. Single marks (‘ ’ ') double as apostrophes,
so a single-quoted span counts only when its content reads as a clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from articles.claims.lexicon import words

_DOUBLE = '"“”«»„'
_SINGLE = "‘’'"
_OPENERS_BEFORE = " \t\n([{—–-/:;,"
_WORD = re.compile(r"[\w’'\-]+")
# Words that make a quoted fragment a clause: a subject pronoun, or a finite verb.
_SUBJECTS = words(
    "i we you he she it they there this that these those everyone everybody nobody no-one "
    "someone something nothing everything people"
)
_FINITE = words(
    "is are was were am has have had will would can could should must may might shall do "
    "does did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot "
    "couldn't shouldn't mustn't don't doesn't didn't i'm we're you're they're it's that's "
    "there's he's she's i've we've they've i'll we'll you'll they'll i'd we'd ’s isn’t "
    "aren’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t can’t couldn’t shouldn’t "
    "mustn’t don’t doesn’t didn’t i’m we’re you’re they’re it’s that’s there’s he’s she’s "
    "i’ve we’ve they’ve i’ll we’ll you’ll they’ll i’d we’d let's let’s"
)


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quoted span `[start, end)` including its marks; `closed` is False when the paragraph
    ends before the closing mark (a quote that runs on into the next paragraph)."""

    start: int
    end: int
    closed: bool
    clause: bool  # reads as a clause (a full quotation), not a scare-quoted fragment


def _can_open(text: str, pos: int, lo: int, hi: int) -> bool:
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + 1] if pos + 1 < hi else " "
    return (before in _OPENERS_BEFORE or before in "“‘\"'") and not after.isspace()


def _can_close(text: str, pos: int, lo: int, hi: int) -> bool:
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + 1] if pos + 1 < hi else " "
    if pos + 1 == hi:
        return True  # the paragraph's last character: '... tomorrow.\' "'
    return not before.isspace() and not after.isalnum()


def is_clause(content: str) -> bool:
    """Whether quoted words form a clause (a quotation proper) rather than a fragment in scare
    quotes: a subject and a verb of their own, or a whole quoted sentence."""
    words = [w.lower() for w in _WORD.findall(content)]
    while words and words[0] in ("and", "but", "so", "or", "because"):
        words = words[1:]
    if len(words) == 2 and not content.isascii() and content.strip()[:1].isupper():
        return not any("a" <= c.lower() <= "z" for c in content)  # «Это невозможно»
    if len(words) < 3:
        return False
    first = content.lstrip(" \"“‘'([]….\u00a0\u202f")[:1]  # (past "[...]", an elision)
    if (first.isupper() or first.isdigit()) and len(words) >= 4:
        return True  # a quoted sentence: "We ...", "300 people dead, 40 missing"
    if first.isupper() and not content.isascii() and len(words) >= 2:
        return True  # a sentence of another script: «Это невозможно»
    if words[0] in _SUBJECTS or (words[0] in _FINITE and ("'" in words[0] or "’" in words[0])):
        return True
    if len(words) >= 4 and any(w in _PRONOUN_SUBJECTS for w in words[1:3]):
        return True  # "and therefore I asked John ..."
    if len(words) >= 10 and any(
        w in _PRONOUN_SUBJECTS and nxt in _FINITE for w, nxt in pairwise(words)
    ):
        return True  # a long quotation with a clause of its own: '"[are] eager ... we are not"'
    if words[0] in _FINITE:
        return False  # "would like to end the war": a verb phrase, its subject outside
    head = words[1:7]
    if words[0] in _DETERMINERS or words[0][:1].isalpha():
        for w in head:
            if w in _FINITE:
                return True
            if (
                w.endswith(("s", "ed"))
                and len(w) > 3
                and not w.endswith(("ss", "us", "ous"))
                and words[0] in _DETERMINERS
                and len(words) >= 5
            ):
                return True
    return False


_PRONOUN_SUBJECTS = words("i we you he she they")
_DETERMINERS = words("the a an our their my your his her its all every this that")


def _positions(text: str, marks: str, start: int, end: int) -> list[int]:
    """Where any of `marks` stands in `text[start:end]`, in order.

    (str.find jumps to a character, and gives up at once on one the string cannot hold, such as
    a curly quote in ASCII text; a regex class such as `[“”"]` tests every character of the
    paragraph in turn, several times slower.)"""
    found: list[int] = []
    for mark in marks:
        pos = text.find(mark, start, end)
        while pos >= 0:
            found.append(pos)
            pos = text.find(mark, pos + 1, end)
    found.sort()
    return found


def find_quotations(text: str, start: int, end: int) -> list[Quotation]:
    """The quotations of the paragraph `text[start:end]`, in order."""
    found: list[Quotation] = []
    open_at = -1
    for pos in _positions(text, _DOUBLE, start, end):
        mark = text[pos]
        if open_at < 0:
            if mark in "”»" and not _can_open(text, pos, start, end):
                continue
            if _can_open(text, pos, start, end) or mark in "“«„":
                open_at = pos
            continue
        if mark in "“«„":
            # An opener inside an open quote: the earlier one never closed; restart here.
            open_at = pos
            continue
        if _can_close(text, pos, start, end) or mark in "”»":
            found.append(_make(text, open_at, pos + 1, True))
            open_at = -1
    if open_at >= 0:
        found.append(_make(text, open_at, end, False))
    singles = _single_quotations(text, start, end, found)
    if singles:
        found = sorted(found + singles, key=lambda q: q.start)
    return found


def _make(text: str, start: int, end: int, closed: bool) -> Quotation:
    content = text[start + 1 : end - 1 if closed else end]
    return Quotation(start, end, closed, is_clause(content))


def _single_quotations(
    text: str, start: int, end: int, doubles: list[Quotation]
) -> list[Quotation]:
    """British-style ‘...’ quotations outside double quotes, kept only when a clause."""
    found = []
    open_at = -1
    for pos in _positions(text, _SINGLE, start, end):
        if any(q.start <= pos < q.end for q in doubles):
            continue
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if open_at < 0:
            if (
                before in _OPENERS_BEFORE
                and (after.isalnum() or after in "….")
                and text[pos] != "’"
            ):
                open_at = pos
            continue
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: it's, Russia’s
        if not before.isspace() and not after.isalnum():
            content = text[open_at + 1 : pos]
            if is_clause(content):
                found.append(Quotation(open_at, pos + 1, True, True))
            open_at = -1
    return found
