"""Sentence splitting for news text: fast, offset-preserving, and wary of abbreviations.

Claims are sentences (or parts of them), so every later step stands on this. A general splitter
trips on what news copy is full of: "U.S. envoys", "Mr. Trump", "Jan. 5", "J. K. Rowling",
"1.5 million", "No. 10", "wait... what" and sentences that end inside a closing quote
(`... here.” He said`). One compiled regex proposes boundaries; a few cheap checks veto them.
"""

from __future__ import annotations

import re

# Sentence-final punctuation, any closing quotes/brackets after it, then the gap to the next one.
# (`[.!?…][.!?…]*`, not `[.!?…]+`: a pattern that opens with a character class lets re jump
# from one such character to the next instead of trying every position.)
# Or a period glued to the next sentence ("... in Afghanistan.Trump described ..."; a space lost
# in the copy), checked by `_glued_word`.
_CANDIDATE = re.compile(r"[.!?…](?:[.!?…]*[\"”’'»)\]]*(?=\s)|(?<=[a-z][.!?])(?=[A-Z][a-z]))")
_SPACE = re.compile(r"\s+")
_GLUED_WORD = re.compile(r"[A-Za-z]*[a-z]{3}")


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

# Abbreviations that never end a sentence in news copy (they precede a name or a number).
_TITLES = words(
    "mr mrs ms mx dr prof sr jr st gen col lt maj capt cmdr sgt cpl adm rep reps sen sens "
    "gov rev hon pres supt insp det fr messrs mme mlle sra sr dept"
)
# Abbreviations that may end a sentence, but usually do not: split only before a clear opener.
_SOFT = words(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols fig figs pp ed eds "
    "approx est vs etc inc ltd co corp bros ave blvd rd mt ft al cf ca"
)
# Words that start a new sentence after an ambiguous abbreviation such as "U.S." or "Inc.".
_OPENERS = words(
    "the a an he she it they we i this that these those there his her its their our but and "
    "in on at for after before when while if as however meanwhile yet so"
)
_CLOSERS = "\"”’'»)]"


def _word_before(text: str, pos: int, floor: int) -> str:
    """The whitespace-delimited token ending at `pos` (exclusive)."""
    if pos <= floor or text[pos - 1].isspace():
        return ""
    low = max(floor, pos - 40)
    parts = text[low:pos].rsplit(None, 1)  # str.split's whitespace is str.isspace's
    if len(parts) == 2 or low == floor or text[low].isspace():
        return parts[-1]
    i = low  # a token longer than the window: walk back the rest of the way
    while i > floor and not text[i - 1].isspace():
        i -= 1
    return text[i:pos]


def _is_boundary(text: str, dot_pos: int, next_pos: int, floor: int) -> bool:
    """Whether the punctuation at `dot_pos` (a '.') really ends the sentence."""
    token = _word_before(text, dot_pos, floor).lstrip("\"“‘'([")
    if not token:
        return True
    core = token.rstrip(".")
    lower = core.lower()
    if lower in _TITLES:
        return False
    # Initials: "J. K. Rowling", "George W. Bush" (one capital letter, then a period).
    if len(core) == 1 and core.isupper():
        return False
    soft = lower in _SOFT
    if not soft and not ("." in core and len(core) <= 6):
        return True
    nxt = text[next_pos : next_pos + 30]
    next_word = nxt.split(None, 1)[0].strip("\"“‘'([,;:") if nxt.strip() else ""
    if soft:
        if next_word[:1].isdigit():
            return False
        return next_word.lower() in _OPENERS
    # Dotted acronyms: "U.S.", "U.K.", "a.m." end a sentence only before a clear opener.
    return next_word.lower() in _OPENERS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans `(start, end)` of the sentences of `text[start:end]`, whitespace trimmed.

    Paragraph breaks (blank lines) always end a sentence. Offsets are into `text`.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    block_start = start
    if text.find("\n", start, stop) >= 0:  # (most calls split one paragraph: no search)
        for block in _PARAGRAPH_BREAK.finditer(text, start, stop):
            _split_block(text, block_start, block.start(), spans)
            block_start = block.end()
    _split_block(text, block_start, stop, spans)
    return spans


def _glued_word(text: str, floor: int, end: int) -> bool:
    """Whether the word ending at `end` can end a sentence glued to the next: a word of three
    lowercase letters or more (not "St.Louis", "U.S.Army", "Politics1.com", "www.site.org")."""
    start = end
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return _GLUED_WORD.fullmatch(text, start + (text[start] in '"“‘(['), end) is not None


def _split_block(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> None:
    sent_start = start
    for match in _CANDIDATE.finditer(text, start, stop):
        if match.end() < stop and not text[match.end()].isspace():
            if _glued_word(text, sent_start, match.start()):
                _append(text, sent_start, match.end(), spans)
                sent_start = match.end()
            continue
        gap = _SPACE.match(text, match.end(), stop)
        if gap is None:
            continue
        next_pos = gap.end()
        if next_pos >= stop:
            continue
        first = text[next_pos]
        if first in "\"“‘'([«":
            first = text[next_pos + 1 : next_pos + 2] or " "
        # A new sentence opens with a capital, a digit or a quote; "he said" after ?” does not.
        if not (first.isupper() or first.isdigit()):
            continue
        punct = match.group()
        core = punct.rstrip(_CLOSERS)
        if (
            core.endswith(".")
            and not core.endswith(("..", "…"))
            and not _is_boundary(text, match.start() + len(core) - 1, next_pos, sent_start)
        ):
            continue
        _append(text, sent_start, match.end(), spans)
        sent_start = next_pos
    _append(text, sent_start, stop, spans)


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
