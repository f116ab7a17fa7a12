"""One pass over the article's words, shared by every later step.

Names, speech verbs and numbers are found in a single walk over the article's tokens (not once
per sentence, clause and window) and looked up by position with bisect. Python's `re` is slow
at alternations of many words, so the words are matched by set lookups instead: this keeps
`detect_claims` near a millisecond per article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from articles.claims.figures import NUMBER_WORDS, digits_are_figure, word_is_figure
from articles.claims.lexicon import NOT_NAMES, ORG_WORDS, SPEECH_FORMS, words
from articles.claims.names import UPPER, Mention, parse_run

Token = tuple[int, int, str]
_TOKEN = re.compile(rf"(?:[{UPPER}]\.){{2,4}}|[\w’'\-]+|[^\w\s]")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_START = re.Match.start
_PARTICLES = words("al el bin ibn de da di du del della der den van von la le dos das ter abu y")
_AL = ("al-", "el-", "ad-", "as-", "ash-")
_ABBREVIATED_TITLES = words("mr mrs ms dr gen sen rep gov prof st lt col sgt capt rev maj adm cmdr")
_LOWER_HITS = frozenset(SPEECH_FORMS) | _PARTICLES | {"according"} | {
    w for w in NUMBER_WORDS if w.islower()
}
_SENTENCE_OPENERS = "\n“\"‘'(["
_ORG_JOINS = (" of ", " for ", " on ", " of the ", " for the ")


class Hit(NamedTuple):
    """A speech verb found in the text (shaped like the `re.Match` it replaces)."""

    at: int
    to: int
    word: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self) -> str:
        return self.word


def _merge_org_names(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the parts of a body's name that a lowercase word splits: "Centers for Disease
    Control and Prevention", "Union of Rationalist Atheists and Agnostics"."""
    merged: list[tuple[int, int]] = []
    chain = False
    last_part = (0, 0)
    for run in runs:
        if merged:
            start, end = merged[-1]
            gap = text[end : run[0]]
            last = text[start:end].rsplit(None, 1)[-1].lower()
            joins = gap in _ORG_JOINS and (last in ORG_WORDS or last.rstrip("s") in ORG_WORDS)
            # "... for Systems Science and Engineering": a name of several words goes on.
            ands = gap == " and " and chain and " " in text[last_part[0] : last_part[1]]
            if joins or ands:
                merged[-1] = (start, run[1])
                chain = True
                last_part = run
                continue
        merged.append(run)
        last_part = run
        chain = False
    return merged


class Scan:
    """The article text and what one walk over its tokens found, by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._tokens = list(_TOKEN.finditer(text))
        self._parsed: dict[tuple[int, int], Mention | None] = {}
        runs: list[tuple[int, int]] = []
        cues: list[Hit] = []
        figures: list[int] = []
        run_start = run_end = -1
        single = ""  # the run's word while it has only one
        particle_end = -1
        number_end = -1
        tokens = self._tokens
        for i, match in enumerate(tokens):
            word = match.group()
            first = word[0]
            if first.isupper():
                at = match.start()
                if word in NUMBER_WORDS or (
                    "-" in word and word.partition("-")[0] in NUMBER_WORDS
                ):  # "Sixty-six people": a number, not a name
                    head = word.partition("-")[0]
                    if word_is_figure(text, at, at + len(head), head.lower()):
                        figures.append(at)
                    continue
                if word == "According":
                    self._according(i, cues)
                    continue
                end = match.end()
                while text[end - 1] in "’'-":
                    end -= 1
                if text[end : end + 1] == "." and (
                    len(word) == 1 or word.lower() in _ABBREVIATED_TITLES
                ):
                    end += 1  # an initial or a title: "J. K. Rowling", "Dr. Stefaniak"
                if run_end >= 0 and (
                    text[run_end:at] in (" ", "\u00a0")
                    or (particle_end >= 0 and text[particle_end:at] == " ")
                ):
                    run_end = end
                    single = ""
                else:
                    if run_end >= 0 and single not in NOT_NAMES:
                        runs.append((run_start, run_end))
                    run_start, run_end, single = at, end, word
                particle_end = -1
            elif first.isdigit():
                at = match.start()
                if at >= number_end:
                    number = _DIGITS.match(text, at)
                    number_end = number.end() if number else at + len(word)
                    if number and digits_are_figure(text, at, number_end):
                        figures.append(at)
            elif word in _LOWER_HITS:
                at = match.start()
                if word in SPEECH_FORMS:
                    cues.append(Hit(at, match.end(), word))
                elif word in _PARTICLES:
                    if run_end >= 0 and text[run_end:at] == " ":
                        particle_end = match.end()
                elif word == "according":
                    self._according(i, cues)
                else:
                    head = word.partition("-")[0]
                    if word_is_figure(text, at, at + len(head), head):
                        figures.append(at)
            elif "-" in word and first.isalpha():
                at = match.start()
                head = word.partition("-")[0]
                if head in NUMBER_WORDS and word_is_figure(text, at, at + len(head), head):
                    figures.append(at)  # "two-thirds", "five-year"
                elif word.startswith(_AL) and word[word.index("-") + 1 :][:1].isupper():
                    end = match.end()  # "al-Amr"
                    if run_end >= 0 and text[run_end:at] == " ":
                        run_end = end
                        single = ""
                    else:
                        if run_end >= 0 and single not in NOT_NAMES:
                            runs.append((run_start, run_end))
                        run_start, run_end, single = at, end, ""
        if run_end >= 0 and single not in NOT_NAMES:
            runs.append((run_start, run_end))
        self._runs = _merge_org_names(text, self._real_names(runs))
        self._run_starts = [r[0] for r in self._runs]
        self._cues = cues
        self._cue_starts = [c.at for c in cues]
        self._figures = figures

    def _real_names(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Drop a lone capitalised word that opens a sentence and is an ordinary word there
        ("Shortly", "Depending", "I'm"): it is written in lowercase elsewhere, or reads as an
        adverb, a participle or a contraction."""
        text = self.text
        vocabulary: set[str] | None = None
        kept = []
        for start, end in runs:
            word = text[start:end]
            if " " not in word and (start == 0 or text[start - 1] in _SENTENCE_OPENERS):
                if vocabulary is None:
                    vocabulary = {m.group() for m in self._tokens}
                low = word.lower()
                if (
                    low in vocabulary
                    or low.endswith(("ly", "ing"))
                    or low.endswith(("’m", "'m", "’re", "'re", "’ll", "'ll", "’ve", "'ve"))
                ):
                    continue
            kept.append((start, end))
        return kept

    def _according(self, i: int, cues: list[Hit]) -> None:
        """ "according to" as one cue."""
        tokens = self._tokens
        if i + 1 < len(tokens) and tokens[i + 1].group() == "to":
            at, to = tokens[i].start(), tokens[i + 1].end()
            if tokens[i + 1].start() == tokens[i].end() + 1:
                cues.append(Hit(at, to, self.text[at:to]))

    def tokens(self, start: int, end: int) -> list[Token]:
        """The words and punctuation marks that lie inside `text[start:end]`."""
        k = bisect_left(self._tokens, start, key=_START)
        stop = bisect_left(self._tokens, end, k, key=_START)
        found = [(m.start(), m.end(), m.group()) for m in self._tokens[k:stop]]
        if found and found[-1][1] > end:
            found.pop()
        return found

    def mention(self, start: int, end: int) -> Mention | None:
        key = (start, end)
        if key not in self._parsed:
            self._parsed[key] = parse_run(self.text, start, end)
        return self._parsed[key]

    def all_mentions(self) -> list[Mention]:
        """Every name of the article, each run parsed once."""
        found = (self.mention(start, end) for start, end in self._runs)
        return [m for m in found if m is not None]

    def mentions(self, start: int, end: int) -> list[Mention]:
        """The names in `text[start:end]` (a run cut by the window is cut too)."""
        found = []
        k = bisect_left(self._run_starts, start)
        if k > 0 and self._runs[k - 1][1] > start:
            k -= 1
        while k < len(self._runs):
            r_start, r_end = self._runs[k]
            if r_start >= end:
                break
            mention = self.mention(max(r_start, start), min(r_end, end))
            if mention is not None:
                found.append(mention)
            k += 1
        return found

    def cues(self, start: int, end: int) -> list[Hit]:
        """The speech verbs (and "according to") that lie inside `text[start:end]`."""
        k = bisect_left(self._cue_starts, start)
        found = []
        while k < len(self._cues) and self._cues[k].to <= end:
            found.append(self._cues[k])
            k += 1
        return found

    def has_figure(self, start: int, end: int) -> bool:
        k = bisect_left(self._figures, start)
        return k < len(self._figures) and self._figures[k] < end
