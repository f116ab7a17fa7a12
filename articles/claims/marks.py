"""Quotation marks of other languages, read as English ones: German „…“ ‚…‘ and »…«, French
and Russian «…» (with or without inner spaces).

The detector's rules know English marks only (“…” ‘…’ "…"), and „…“ closes with the English
opener, so the text is translated mark for mark before detection: same length, so every offset
(and every claim's span) holds for the original text.
"""

from __future__ import annotations

import re

_FOREIGN = "„‚«»"
_MARK = re.compile(r"[„“”‚‘’«»]")


def _has_foreign(text: str) -> bool:
    # (`in`, once per mark, is a fast string search; a character class in re reads every
    # character in Python's matcher, some forty times slower over an article.)
    return any(mark in text for mark in _FOREIGN)


def english_marks(text: str) -> str:
    """`text` with its foreign quotation marks replaced by English ones (same length); the
    text itself when it has none."""
    if not _has_foreign(text):
        return text
    chars = list(text)
    start = 0
    for line in text.split("\n"):
        if _has_foreign(line):
            _pair_line(line, start, chars)
        start += len(line) + 1
    return "".join(chars)


def _pair_line(line: str, offset: int, chars: list[str]) -> None:
    """Pair the marks of one paragraph: „ with the next “ or ”; ‚ with the next ‘ (or a ’ that
    is no apostrophe); « with », or » with « where » opens (German: »so«)."""
    expect: list[str] = []  # the closers owed, innermost last
    for match in _MARK.finditer(line):
        mark = match.group()
        pos = match.start()
        if mark == "„":
            chars[offset + pos] = "“"
            expect.append("”")
        elif mark == "‚":
            chars[offset + pos] = "‘"
            expect.append("’")
        elif mark in "«»":
            if mark in expect:  # the closer of an open guillemet quotation
                chars[offset + pos] = "’" if expect.count("«") + expect.count("»") > 1 else "”"
                del expect[len(expect) - 1 - expect[::-1].index(mark) :]
            elif mark == "«" or _german_opener(line, pos):
                nested = "«" in expect or "»" in expect
                chars[offset + pos] = "‘" if nested else "“"
                expect.append("»" if mark == "«" else "«")
            else:
                chars[offset + pos] = "”"  # a stray closer
        elif expect and expect[-1] == "”" and mark in "“”":
            chars[offset + pos] = "”"
            expect.pop()
        elif expect and expect[-1] == "’" and mark in "‘’" and not _apostrophe(line, pos):
            chars[offset + pos] = "’"
            expect.pop()


def _apostrophe(line: str, pos: int) -> bool:
    before = line[pos - 1] if pos > 0 else " "
    after = line[pos + 1] if pos + 1 < len(line) else " "
    return before.isalnum() and after.isalnum()


def _german_opener(line: str, pos: int) -> bool:
    """A » that opens (German and Danish »so«): after a space or the start, before a word,
    with a « later in the paragraph."""
    before = line[pos - 1] if pos > 0 else " "
    after = line[pos + 1] if pos + 1 < len(line) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace() and "«" in line[pos:]
