"""One pass of the regexes over the whole article, shared by every later step.

Names, speech verbs and numbers are found once per article (not once per sentence, clause and
window), and looked up by position with bisect: this keeps `detect_claims` near a millisecond.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from articles.claims.figures import figure_positions
from articles.claims.lexicon import ORG_WORDS, SPEECH_FORMS, trie_pattern
from articles.claims.names import NAME_RUN, Mention, parse_run


# The left word boundary is checked in Python: a leading lookbehind makes re slower.
CUE = re.compile(trie_pattern([*SPEECH_FORMS, "according to", "According to"]) + r"(?![\w’'-])")
_WORD_CHAR = re.compile(r"[\w’'-]")


_ORG_JOINS = (" of ", " for ", " on ", " of the ", " for the ")


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
            ands = gap == " and " and chain and len(text[last_part[0] : last_part[1]].split()) > 1
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
    """The article text and what the regexes found in it, by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._runs = _merge_org_names(text, [(m.start(), m.end()) for m in NAME_RUN.finditer(text)])
        self._run_starts = [r[0] for r in self._runs]
        self._parsed: dict[tuple[int, int], Mention | None] = {}
        self._cues = [
            m
            for m in CUE.finditer(text)
            if m.start() == 0 or not _WORD_CHAR.match(text[m.start() - 1])
        ]
        self._cue_starts = [c.start() for c in self._cues]
        self._figures = figure_positions(text)

    def mention(self, start: int, end: int) -> Mention | None:
        key = (start, end)
        if key not in self._parsed:
            self._parsed[key] = parse_run(self.text, start, end)
        return self._parsed[key]

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

    def cues(self, start: int, end: int) -> list[re.Match[str]]:
        """The speech verbs (and "according to") that lie inside `text[start:end]`."""
        k = bisect_left(self._cue_starts, start)
        found = []
        while k < len(self._cues) and self._cues[k].end() <= end:
            found.append(self._cues[k])
            k += 1
        return found

    def has_figure(self, start: int, end: int) -> bool:
        k = bisect_left(self._figures, start)
        return k < len(self._figures) and self._figures[k] < end
