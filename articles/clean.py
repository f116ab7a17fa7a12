"""Turn a file's body into reading text: paragraphs, furniture removed, title/date/byline found.

Pure functions over strings; the loader decides what to read, this decides what it means.
Cleaning works on whole paragraphs and never edits one (beyond collapsing whitespace): a
paragraph is either body, and lands in `Cleaned.text` as it was written, or furniture, and lands
in `Cleaned.boilerplate` with the reason. So every sentence of the file is in one or the other,
and offsets into the text (claims, annotations) point at the author's own characters.

The signals are the ones boilerplate extractors use (jusText, boilerpipe, trafilatura):
furniture phrases, link text, line shape (short, unpunctuated, headline case), position (a
header before the first sentence, a tail after the last), and lexical overlap with the rest of
the article for the unrelated stories some sites append. Cleaning must be cheap: it runs for
every article when the index is built.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from articles.blocks import Block, text_blocks
from articles.dates import find_date, parse_dateline, parse_wire_dateline
from articles.furniture import (
    first_sentence,
    furniture_phrase,
    is_box_heading,
    is_headline,
    parse_byline,
    sentence_count,
    words,
)
from articles.markdown import markdown_blocks
from articles.model import Boilerplate
from articles.topic import content_keys, document_frequency, is_unrelated

HEADER_BLOCKS = 6  # title, kicker, byline and dateline come before the sixth paragraph
FOOTER_BLOCKS = 4  # a closing byline comes in the last four
TAIL_MAX = 8  # at most this many unrelated one-line stories are appended at the end
TAIL_SHARE = 0.4  # ... and they are at most this share of the paragraphs
TAIL_WORDS = 40  # a one-line summary of another story is at most this long
TITLE_MAX = 90  # a title derived from the first sentence is cut to this many characters

# Words that point back into the previous paragraph: a new story does not start with them.
_ANAPHORIC_START = re.compile(
    r"^(?:this|that|these|those|it|its|he|she|they|his|her|their|but|and|also|however|still"
    r"|meanwhile|then|there|such)\b",
    re.IGNORECASE,
)
_STORY_END = re.compile(r"\.['\"”’)\]]*$")
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What cleaning makes of a body: the reading paragraphs and what it learned on the way."""

    paragraphs: tuple[str, ...]
    boilerplate: tuple[Boilerplate, ...] = ()
    title: str | None = None
    date: dt.date | None = None
    time: dt.time | None = None
    author: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def split_paragraphs(body: str) -> list[str]:
    """The paragraphs of a plain-text body, before any furniture is removed."""
    return [block.text for block in text_blocks(body)]


def _fold(text: str) -> str:
    """Text reduced for comparison: case, punctuation and spacing do not matter."""
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


class _Reader:
    """One pass over a body's blocks, deciding for each whether it is body or furniture."""

    def __init__(self, blocks: Sequence[Block], known_title: str | None) -> None:
        self.blocks = blocks
        self.texts = [b.text for b in blocks]
        self.reasons: list[str | None] = [None] * len(blocks)
        self.known_title = known_title
        self.title: str | None = None
        self.date: dt.date | None = None
        self.time: dt.time | None = None
        self.author: str | None = None

    def body_indexes(self) -> list[int]:
        return [i for i, reason in enumerate(self.reasons) if reason is None]

    def read(self) -> Cleaned:
        self.mark_phrases()
        self.mark_boxes()
        # Furniture found so far says the file is a saved web page: its headline-shaped lines
        # in the body are then links to other stories, not subheadings or captions.
        saved_page = any(self.reasons)
        self.read_header()
        self.read_footer()
        if saved_page:
            self.mark_teasers()
        self.mark_duplicates()
        self.mark_unrelated_tail()
        if self.date is None:
            self.read_wire_dateline()
        body = self.body_indexes()
        return Cleaned(
            paragraphs=tuple(self.texts[i] for i in body),
            boilerplate=tuple(
                Boilerplate(text, reason)
                for text, reason in zip(self.texts, self.reasons, strict=True)
                if reason is not None
            ),
            title=self.title,
            date=self.date,
            time=self.time,
            author=self.author,
        )

    def mark_phrases(self) -> None:
        """Furniture by wording or by link text alone: ads, audio players, links, footers."""
        for i, block in enumerate(self.blocks):
            if block.kind == "image":
                self.reasons[i] = "image"
            elif block.link_share >= 0.7 and len(words(block.text)) <= 25:
                self.reasons[i] = "related-link"
            else:
                self.reasons[i] = furniture_phrase(block.text)

    def mark_boxes(self) -> None:
        """A box of links to other stories: its heading, the headlines around it, one blurb."""
        for i, text in enumerate(self.texts):
            if self.reasons[i] is not None or not is_box_heading(text):
                continue
            self.reasons[i] = "related-link"
            before = i - 1
            while before >= 0 and before >= i - 3 and self._is_teaser_line(before):
                self.reasons[before] = "teaser"
                before -= 1
            after = i + 1
            while after < len(self.texts) and after <= i + 3 and self._is_teaser_line(after):
                self.reasons[after] = "teaser"
                after += 1
            # A card is a headline and its standfirst: the paragraph after the last headline,
            # if short and about something the rest of the article never mentions.
            if after > i + 1 and after < len(self.texts) and self.reasons[after] is None:
                blurb = self.texts[after]
                core = (content_keys(self.texts[j]) for j in self.body_indexes() if j != after)
                if len(words(blurb)) <= 70 and is_unrelated(blurb, document_frequency(core)):
                    self.reasons[after] = "teaser"

    def _is_teaser_line(self, i: int) -> bool:
        block = self.blocks[i]
        return (
            self.reasons[i] is None
            and block.kind == "paragraph"
            and is_headline(block.text, min_words=3, max_words=20)
        )

    def read_header(self) -> None:
        """Title, dateline and byline, in the paragraphs before the body starts."""
        in_header = True  # until the first body paragraph: only there can the title be
        for i in range(min(len(self.blocks), HEADER_BLOCKS)):
            if self.reasons[i] is not None:
                continue
            text = self.texts[i]
            dateline = parse_dateline(text)
            if dateline is not None:
                self.reasons[i] = "dateline"
                if self.date is None and dateline[0] is not None:
                    self.date, self.time = dateline
                continue
            if self.read_byline(i):
                continue
            if in_header and self._is_title(i):
                self.reasons[i] = "title"
                self.title = self.title or text
                continue
            if in_header and self.title is None and self._is_kicker(i):
                self.reasons[i] = "kicker"
                continue
            in_header = False

    def _is_title(self, i: int) -> bool:
        text = self.texts[i]
        if self.known_title is not None:
            # Front matter named the title: the body's copy of it goes, anything else stays.
            return _fold(text) == _fold(self.known_title)
        if self.title is not None or i == len(self.blocks) - 1:
            return False
        return self.blocks[i].kind == "heading" or is_headline(text, title=True)

    def _is_kicker(self, i: int) -> bool:
        """A section label over the headline ("WORLD", "Ukraine war"): a word or two, then a
        headline right after it."""
        following = i + 1
        return (
            len(words(self.texts[i])) <= 3
            and is_headline(self.texts[i], min_words=1, max_words=3)
            and following < len(self.blocks) - 1
            and self.reasons[following] is None
            and self._is_title(following)
        )

    def read_byline(self, i: int) -> bool:
        byline = parse_byline(self.texts[i])
        if byline is None:
            return False
        author, rest = byline
        self.reasons[i] = "byline"
        self.author = self.author or author
        found = find_date(rest) if rest else None
        if found is not None and self.date is None:
            self.date, self.time = found[0]
        return True

    def read_footer(self) -> None:
        """A closing byline ("By Abdiwahab Ahmed"), and the sign-off lines after it."""
        last_byline = None
        for i in range(max(0, len(self.blocks) - FOOTER_BLOCKS), len(self.blocks)):
            if self.reasons[i] is None and self.read_byline(i):
                last_byline = i
        if last_byline is None:
            return
        for i in range(last_byline + 1, len(self.blocks)):
            if self.reasons[i] is None and len(words(self.texts[i])) <= 12:
                self.reasons[i] = "footer"

    def mark_teasers(self) -> None:
        """On a saved page, a headline-shaped line inside the body links to another story."""
        for i in self.body_indexes()[1:]:  # the first is the lead, whatever its shape
            if self._is_teaser_line(i) and is_headline(self.texts[i], min_words=4, max_words=20):
                self.reasons[i] = "teaser"

    def mark_duplicates(self) -> None:
        """A paragraph the page already showed (a repeated headline, a pull quote)."""
        seen: set[str] = set()
        for i, text in enumerate(self.texts):
            # Short answers repeat in interviews ("Yes."); a repeated headline or quote is longer.
            if self.reasons[i] is None and text in seen and text.count(" ") >= 4:
                self.reasons[i] = "duplicate"
            seen.add(text)

    def mark_unrelated_tail(self) -> None:
        """One-sentence summaries of other stories appended after the article's end.

        Each alone may share a word or two with the article (one names Putin in an article
        about Putin); together they are a run of single sentences at the very end that starts
        with a break in topic and is mostly about things the article never mentions.
        """
        body = self.body_indexes()
        count = len(body)
        first = count  # where the run of one-sentence paragraphs closing the body starts
        while first > max(5, count - TAIL_MAX) and _is_one_line_story(self.texts[body[first - 1]]):
            first -= 1
        if count - first < 3:
            return
        keys = [content_keys(self.texts[i]) for i in body]
        for start in range(max(first, math.ceil((1 - TAIL_SHARE) * count)), count - 2):
            # The first one breaks with the paragraph before it: no shared word, no "This ...".
            if _ANAPHORIC_START.match(self.texts[body[start]]) or keys[start] & keys[start - 1]:
                continue
            frequency = document_frequency(keys[:start])
            unrelated = [is_unrelated(self.texts[i], frequency) for i in body[start:]]
            if unrelated[0] and unrelated[1] and sum(unrelated) >= 0.6 * len(unrelated):
                for i in body[start:]:
                    self.reasons[i] = "off-topic"
                return

    def read_wire_dateline(self) -> None:
        """A date opening one of the first paragraphs ("KYIV, Dec. 18, 2024 (Reuters) - ...")."""
        for i in self.body_indexes()[:3]:
            found = parse_wire_dateline(self.texts[i])
            if found is not None:
                self.date, self.time, _ = found
                return


def _is_one_line_story(text: str) -> bool:
    """One declarative sentence: how a list of other stories summarises each of them."""
    if not _STORY_END.search(text) or len(words(text)) > TAIL_WORDS:
        return False
    return sentence_count(text) == 1


def derive_title(paragraphs: Sequence[str]) -> str | None:
    """A title made from the first sentence, cut on a word boundary with an ellipsis."""
    if not paragraphs:
        return None
    first = paragraphs[0]
    wire = parse_wire_dateline(first)
    if wire is not None:  # "KYIV, Dec. 18, 2024 (Reuters) - " is not part of a title
        first = first[wire[2] :].lstrip()
    sentence = first_sentence(first).rstrip()
    if sentence.endswith(".") and not sentence.endswith(".."):
        sentence = sentence[:-1]
    if len(sentence) <= TITLE_MAX:
        return sentence
    cut = sentence[: TITLE_MAX + 1].rsplit(" ", 1)[0] if " " in sentence[:TITLE_MAX] else ""
    cut = cut or sentence[:TITLE_MAX]
    return cut.rstrip(" ,;:–—-") + "…"


def clean_text(body: str, *, markdown: bool = False, known_title: str | None = None) -> Cleaned:
    """Clean an article body: its reading paragraphs, its furniture, and its title/date/byline.

    `markdown` reads the body as Markdown (for `.md` files; plain text is never rendered).
    `known_title` is the front matter's title: the body's own copy of it is dropped, and no
    other line is taken for a title. Deterministic: the same body always gives the same text.
    """
    blocks = markdown_blocks(body) if markdown else text_blocks(body)
    return _Reader(blocks, known_title).read()
