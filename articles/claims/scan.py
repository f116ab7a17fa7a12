"""One pass over the article's words, shared by every later step.

Names, speech verbs and numbers are found in a single walk over the article's tokens (not once
per sentence, clause and window) and looked up by position with bisect. Python's `re` is slow
at alternations of many words, so the words are matched by set lookups instead: this keeps
`detect_claims` near a millisecond per article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate, islice
from typing import NamedTuple, Protocol

from articles.claims.figures import (
    ARTICLE_DURATION,
    NUMBER_WORDS,
    digits_are_figure,
    word_is_figure,
)
from articles.claims.lexicon import (
    BETWEEN_SUBJECT_AND_VERB,
    FEMALE_NAMES,
    INVERTING,
    MALE_NAMES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    SPEECH_FORMS,
    TITLES,
    is_demonym,
    trie_pattern,
    words,
)
from articles.claims.names import UPPER, Mention, parse_run, title_before_of

Token = tuple[int, int, str]
# Optional parts are written `(?:X|)`, not `(?:X)?`: re enters an optional group at every word
# (allocating as it goes), but skips a branch whose first character does not match.
_DOMAIN = r"(?:\.(?:com|org|net|gov|edu|io|info)\b|)"  # "Gawker.com", "Politics1.com"
_AMPERSAND = rf"(?:&[{UPPER}][\w’'\-]*|)"  # "PG&E"
_ACRONYM_PATTERN = rf"[{UPPER}]\.(?:[{UPPER}]\.){{1,3}}"  # "U.S.": 2 to 4 letters
_TOKEN = re.compile(rf"{_ACRONYM_PATTERN}|[\w’'\-]+{_AMPERSAND}{_DOMAIN}|[^\w\s]")
# "1,234.5", as \d+(?:[.,]\d+)*: opening with one \d (not \d+) lets re jump between digits.
_DIGITS = re.compile(r"\d\d*(?:[.,]\d+(?:[.,]\d+)*|)")
# Splitting at the tokens (kept) leaves the whitespace between them: every character is one or
# the other, so the offsets add up from the lengths alone (no match object per token).
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


def _tokenise(text: str, start: int, end: int) -> tuple[list[Token], list[int], list[int]]:
    """The tokens of `text[start:end]` (which must not cut one), their starts and ends."""
    parts = _TOKEN_SPLIT.split(text[start:end])  # space, token, space, ..., token, space
    # Running sums of the lengths, taken in C rather than in a Python loop per token: the
    # tokens' starts and ends, alternately (and the end of the text).
    bounds = list(accumulate(map(len, parts), initial=start))
    starts, ends = bounds[1:-1:2], bounds[2::2]
    return list(zip(starts, ends, parts[1::2], strict=True)), starts, ends


# Where the text is tokenised in blocks: after a full stop and its space, and at blank lines (no
# token holds a space, so a block's tokens are the article's tokens there).
_BLOCK_END = re.compile(r"[.!?\n]\s")


_PARTICLES = NAME_PARTICLES | words("abu y")
_LONGEST_PARTICLE = max(map(len, _PARTICLES))
_AL = ("al-", "el-", "ad-", "as-", "ash-")
_ABBREVIATED_TITLES = words("mr mrs ms dr gen sen rep gov prof st lt col sgt capt rev maj adm cmdr")


def _after_title(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` closes an abbreviated title ("said Dr. Livermore"): it
    ends no sentence, so the name after it opens none."""
    before = text[max(0, stop - 5) : stop].split()
    return bool(before) and before[-1].lower() in _ABBREVIATED_TITLES


@cache
def _lower_words() -> re.Pattern[str]:
    """Speech verbs, number words and "according" after a space, as one regex that Python's
    re scans fast (its first character is whitespace, so most positions are skipped at once).
    Compiled on first use: it is the one costly pattern (a few ms), and most commands never
    detect claims."""
    listed = {
        *SPEECH_FORMS,
        "according",
        *(w for w in NUMBER_WORDS if w.islower()),
        *_COURT_WORDS,
    }
    return re.compile(r"\s(" + trie_pattern(sorted(listed)) + r")(?![\w’'])")


_SENTENCE_OPENERS = "\n“\"‘'"
_ENDS = frozenset((". ", "! ", "? ", "” ", '" '))
_SENTENCE_ENDS = frozenset('.!?:”"’)')
_CAPITALISED = re.compile(rf"[{UPPER}][\w’'\-]*{_AMPERSAND}{_DOMAIN}")
_ACRONYM = re.compile(_ACRONYM_PATTERN)
# What joins the parts of a body's name an acronym stands for: "X, Y and Z (XYZ)".
_ACRONYM_JOINS = frozenset((" ", ", ", " and ", " of ", " of the ", " for ", " on ", " & "))


def _titled(roles: tuple[str, ...]) -> bool:
    return any(r in TITLES for r in roles)


_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))
_ORDINAL = re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th) $")
_JOINING_GAPS = frozenset((" ", "\u00a0", " al-", " el-", " ad-", " as-", " ash-", " & "))
_LONGEST_JOINING_GAP = max(map(len, _JOINING_GAPS))
# Speech-verb forms that are as often nouns: "Initial reports", "Early claims".
_NOUN_FORMS = words(
    "reports claims calls comments remarks findings statements warnings denials demands "
    "concerns questions estimates figures"
)
_ORG_JOINS = (" of ", " for ", " on ", " of the ", " for the ")
_ROLES = PERSON_NOUNS | TITLES
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
# Words of courts and judges: a sentence that names one may report a decision.
_COURT_WORDS = words(
    "court courts tribunal tribunals judge judges justice justices jury juries magistrate "
    "magistrates"
)
_COURT_CAPITALS = frozenset(w.capitalize() for w in _COURT_WORDS)
_INVERTING_CAPITALS = frozenset(f(w) for w in INVERTING for f in (str.capitalize, str.upper))
# Capitalised words the name reader looks at twice: courts, numbers, "By", "According", "Said".
_SPECIAL_CAPITALS = (
    _COURT_CAPITALS | NUMBER_WORDS | _INVERTING_CAPITALS | frozenset(("By", "Per", "According"))
)
# "In the words of X", "in the view of X", "In the analysis of X, ...": the source follows.
_IN_THE_VIEW_OF = re.compile(
    r"n the (?:words|view|opinion|analysis|assessment|estimation|judgment|judgement) of\b"
)
# A sentence opening "By most accounts, ..." / "Per reports, ...": the source follows.
_PER_SOURCE = re.compile(r" (?:the |a |an |[A-Z])[^,.;:!?]{1,120},")
_BY_ACCOUNTS = re.compile(r" (?:[a-z]+ ){0,3}?(?:reports?|accounts?|estimates?)\b")


class Cue(Protocol):
    """What the detector reads of a speech verb: a regex match, or a Hit from the scan."""

    def start(self) -> int: ...

    def end(self) -> int: ...

    def group(self) -> str: ...


class Hit(NamedTuple):
    """A speech verb found in the text by the scan (a Cue, cheaper than a regex match)."""

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
            joins = False
            if gap in _ORG_JOINS:
                left = text[start:end].split()
                last = left[-1].lower()
                joins = (
                    last in ORG_WORDS
                    or last.rstrip("s") in ORG_WORDS
                    # "the National Conference of State Legislatures": a body's name of
                    # several words, written with "the", goes on after "of" (but "the Prime
                    # Minister of Canada" is a title and a place).
                    or (
                        len(left) > 1
                        and text[max(0, start - 4) : start] in ("the ", "The ")
                        and last not in TITLES
                        and left[0].lower() not in _FIRST_NAMES
                    )
                )
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


def written_lowercase(text: str, low: str) -> bool:
    """Whether the word `low` occurs in lowercase in the text (then it is no name)."""
    pos = text.find(" " + low)
    while pos >= 0:
        after = text[pos + 1 + len(low) : pos + 2 + len(low)]
        if not (after.isalnum() or after in "’'-"):
            return True
        pos = text.find(" " + low, pos + 1)
    return False


def _named_elsewhere(text: str, word: str, start: int, end: int) -> bool:
    """Whether a word that opens a sentence looks like a name: it is capitalised in the middle
    of a sentence somewhere else, or a speech verb follows it ("Reuters reported")."""
    if word.endswith(("’s", "'s")):
        return True  # "Trump's statement read"
    for after in text[end : end + 40].lstrip(" ,").split(" ")[:4]:
        after = after.rstrip(",.")
        if after in SPEECH_FORMS and after not in _NOUN_FORMS:
            return True  # "Reuters, citing ...", "Kyiv has repeatedly said" (not "Initial reports")
        if after not in BETWEEN_SUBJECT_AND_VERB:
            break
    return _capitalised_inside(text, word, start)


def _capitalised_inside(text: str, word: str, start: int) -> bool:
    """Whether `word` is written capitalised inside a sentence somewhere other than `start`."""
    pos = text.find(word)
    while pos >= 0:
        if (
            pos != start
            and pos > 1
            and text[pos - 1] == " "
            and text[pos - 2] not in _SENTENCE_ENDS
        ):
            return True
        pos = text.find(word, pos + 1)
    return False


_ORDINAL_NAMES = frozenset(("First", "Second", "Third"))
_POSSESSIVE_ENDS = ("’s", "'s")
# A verb right after a capitalised "-ing" word opening a sentence: it is the subject, a name
# ("Beijing has rejected", "Reading said"), not a participle ("Speaking to reporters, ...").
_VERB_AFTER_NAME = re.compile(
    r" (?:has|have|had|is|was|will|would|says|said|insists|insisted|denies|denied|claims|"
    r"claimed|accused|accuses|rejected|rejects|warned|warns)\b"
)


class Scan:
    """The article text and what one walk over its tokens found, by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._parsed: dict[tuple[int, int], Mention | None] = {}
        self._by_word: dict[str, list[tuple[int, int]]] | None = None
        self._by_initial: dict[str, list[str]] | None = None
        # Tokens by block, each tokenised when first asked for: most sentences never are.
        self._block_starts: list[int] | None = None
        self._blocks: list[tuple[list[Token], list[int], list[int]] | None] = []
        # Numbers, judged lazily: most sentences that hold one are claimed for a source first.
        figures: list[tuple[int, int, str]] = [(*m.span(), "") for m in _DIGITS.finditer(text)]
        cues: list[Hit] = []
        courts: list[int] = []
        for match in _lower_words().finditer(text):
            start, end = match.span(1)
            word = match.group(1)
            if word in SPEECH_FORMS:
                cues.append(Hit(start, end, word))
            elif word in _COURT_WORDS:
                courts.append(start)
            elif word == "according":
                if text.startswith(" to", end) and not text[end + 3 : end + 4].isalnum():
                    cues.append(Hit(start, end + 3, "according to"))
            elif word in NUMBER_WORDS:
                figures.append((start, end, word))  # "thousands", "five", "two-thirds"
        figures.extend((*m.span(1), m.group(1)) for m in ARTICLE_DURATION.finditer(text))
        for match in _IN_THE_VIEW_OF.finditer(text):
            pos = match.start()
            if pos > 0 and text[pos - 1] in "Ii" and (pos == 1 or not text[pos - 2].isalnum()):
                cues.append(Hit(pos - 1, match.end(), text[pos - 1 : match.end()]))
        self._courts = courts
        runs = self._read_names(figures, cues)
        self._runs = _merge_org_names(text, self._real_names(runs))
        self._run_starts = [r[0] for r in self._runs]
        self._cues = sorted(cues)
        self._cue_starts = [c.at for c in self._cues]
        figures.sort()
        self._numbers = figures
        self._number_starts = [n[0] for n in figures]
        self._is_figure: list[bool | None] = [None] * len(figures)
        courts.sort()

    def _read_names(
        self, figures: list[tuple[int, int, str]], cues: list[Hit]
    ) -> list[tuple[int, int]]:
        """Runs of capitalised words one space apart (particles allowed between them): the
        names. Capitalised number words and "According to" are picked up on the way."""
        text = self.text
        runs: list[tuple[int, int]] = []
        run_start = run_end = -1
        single = ""  # the run's word while it has only one
        skip_until = -1
        for match in _CAPITALISED.finditer(text):
            word = match.group()
            start, end = match.span()
            special = word in _SPECIAL_CAPITALS
            if special or "-" in word:
                if word in _COURT_CAPITALS:
                    self._courts.append(start)
                elif (
                    (word == "By" or word == "Per")
                    and (start == 0 or text[start - 1] == "\n" or text[start - 2 : start] in _ENDS)
                    and (_BY_ACCOUNTS if word == "By" else _PER_SOURCE).match(text, end)
                ):
                    cues.append(Hit(start, end, word))  # "By most accounts, ...", "Per the X, ..."
                    continue
                if word in NUMBER_WORDS or word.partition("-")[0] in NUMBER_WORDS:
                    head = word.partition("-")[0]
                    figures.append((start, start + len(head), head.lower()))  # "Sixty-six"
                    continue
            if (
                word in NOT_NAMES
                and word != "According"
                and len(word) > 1
                and (
                    start - run_end > _LONGEST_JOINING_GAP
                    or text[run_end:start] not in _JOINING_GAPS
                )
                and not (word.lower() in _FIRST_NAMES and text[end + 1 : end + 2].isupper())
                and not (
                    word in _ORDINAL_NAMES
                    and text[max(0, start - 4) : start] in ("the ", "The ")
                    and text[end + 1 : end + 2].isupper()
                )  # "the Second Circuit Court of Appeals" (parse_run keeps it for a body only)
            ):
                continue  # "The", "However", "He" opening a run: no name (but "Jan Roe")
            if start < skip_until:
                continue
            prev = text[start - 1] if start else " "
            if (
                prev.isalnum()
                or prev in "’'"
                or (prev == "-" and text[start - 2 : start - 1].isalnum())
            ) and not text[max(0, start - 4) : start].endswith(_AL):
                continue  # inside a word: "iPhone", "ex-Muslim"
            if not special:
                pass
            elif word == "According":
                if text.startswith(" to", end) and not text[end + 3 : end + 4].isalnum():
                    cues.append(Hit(start, end + 3, "According to"))
                continue
            elif (
                word in _INVERTING_CAPITALS
                and (start == 0 or text[start - 1] == "\n" or text[start - 2 : start] == ". ")
                and text[end : end + 1] == " "
                and (
                    text[end + 1 : end + 2].isupper()
                    or text[end + 1 : end + 30].split(" ", 1)[0] in _ROLES
                )
            ):
                cues.append(Hit(start, end, word))  # 'Remarked Tierra Curry, "..."'
                continue
            while text[end - 1] in "’'-":
                end -= 1
            if text[end : end + 1] == ".":
                acronym = _ACRONYM.match(text, start)
                if acronym is not None:
                    end = skip_until = acronym.end()  # "U.S."
                elif len(word) == 1 or word.lower() in _ABBREVIATED_TITLES:
                    end += 1  # "J. K. Rowling", "Dr. Stefaniak"
            gap = text[run_end:start] if run_end >= 0 else "."
            # (The gap before a new name is long: its length rules out a join before hashing it.)
            inner = gap.strip() if gap[:1] == " " else "."
            if (
                (len(gap) <= _LONGEST_JOINING_GAP and gap in _JOINING_GAPS)
                or (len(inner) <= _LONGEST_PARTICLE and inner in _PARTICLES)
                or (gap[-1:] == " " and inner.isdigit())  # "Lost 52 Project"
            ):
                run_end = end
                single = ""
                if gap.startswith((" al-", " el-")):
                    pass
            else:
                if run_end >= 0 and single not in NOT_NAMES:
                    runs.append((run_start, run_end))
                run_start, run_end, single = start, end, word
                if gap.endswith(_AL) and text[start - 4 : start - 3] == " ":
                    run_start = start - len(gap.split()[-1])  # a name starting "al-"
                elif text[start - 3 : start - 1] in _ORDINAL_ENDS and start > 3:
                    ordinal = _ORDINAL.search(text, max(0, start - 9), start)
                    if ordinal is not None:
                        run_start, single = ordinal.start(), ""  # "the 14th Amendment"
        if run_end >= 0 and single not in NOT_NAMES:
            runs.append((run_start, run_end))
        return runs

    def _real_names(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Drop a lone capitalised word that opens a sentence and is an ordinary word there
        ("Shortly", "Depending", "I'm"): it is written in lowercase elsewhere, or reads as an
        adverb, a participle or a contraction."""
        text = self.text
        kept = []
        for start, end in runs:
            word = text[start:end]
            if (
                " " not in word
                and not word.isupper()
                and (
                    start == 0
                    or text[start - 1] in _SENTENCE_OPENERS
                    or (
                        text[start - 1] == " "
                        and text[start - 2 : start - 1] in _SENTENCE_ENDS
                        and not _after_title(text, start - 2)
                    )
                )
            ):
                low = word.lower()
                if (
                    written_lowercase(text, low)
                    or not _named_elsewhere(text, word, start, end)
                    or low.endswith("ly")
                    or (
                        low.endswith("ing")
                        and not _VERB_AFTER_NAME.match(text, end)
                        # "Boeing did not ..." after "Wikinews contacted Boeing": a name
                        and not _capitalised_inside(text, word, start)
                    )
                    or low.endswith(("’m", "'m", "’re", "'re", "’ll", "'ll", "’ve", "'ve"))
                ):
                    continue
            kept.append((start, end))
        return kept

    def tokens(self, start: int, end: int, limit: int | None = None) -> list[Token]:
        """The words and punctuation marks of `text[start:end]` (the first `limit` of them).

        The article is tokenised once (block by block, as asked); a window is a slice of that,
        unless it cuts a token (then the window is tokenised on its own, as if the text ended
        or began there)."""
        tokens, token_starts, token_ends = self._blocks_between(start, end)
        k = bisect_left(token_ends, start + 1)  # the first token ending after `start`
        if k < len(tokens) and tokens[k][0] < start:
            return self._tokens_of_window(start, end, limit)  # `start` cuts a token
        stop = bisect_left(token_starts, end, k)
        cuts_end = stop > k and tokens[stop - 1][1] > end
        if cuts_end and (limit is None or stop - k <= limit):
            return self._tokens_of_window(start, end, limit)  # `end` cuts a token
        if limit is not None and stop - k > limit:
            stop = k + limit
        return tokens[k:stop]

    def _blocks_between(self, start: int, end: int) -> tuple[list[Token], list[int], list[int]]:
        """The tokens (with their starts and ends) of the blocks from the one holding `start`
        to the last one that begins before `end`."""
        if self._block_starts is None:
            ends = (m.end() for m in _BLOCK_END.finditer(self.text))
            self._block_starts = [0, *ends]
            self._blocks = [None] * len(self._block_starts)
        first = max(0, bisect_right(self._block_starts, start) - 1)
        last = max(first, bisect_left(self._block_starts, end) - 1)
        if first == last:
            return self._block(first)
        parts = [self._block(k) for k in range(first, last + 1)]
        return (
            [token for part in parts for token in part[0]],
            [at for part in parts for at in part[1]],
            [at for part in parts for at in part[2]],
        )

    def _block(self, k: int) -> tuple[list[Token], list[int], list[int]]:
        block = self._blocks[k]
        if block is None:
            starts = self._block_starts or [0]
            end = starts[k + 1] if k + 1 < len(starts) else len(self.text)
            block = self._blocks[k] = _tokenise(self.text, starts[k], end)
        return block

    def _tokens_of_window(self, start: int, end: int, limit: int | None) -> list[Token]:
        found = _TOKEN.finditer(self.text, start, end)
        if limit is not None:
            found = islice(found, limit)
        return [(m.start(), m.end(), m.group()) for m in found]

    def mention(self, start: int, end: int) -> Mention | None:
        key = (start, end)
        if key not in self._parsed:
            found = parse_run(self.text, start, end)
            if found is not None and found.name.count(" ") >= 2:
                if found.name.split(" ", 1)[0].lower() not in found.roles:  # "Queen Elizabeth II"
                    found = self._person_after_role(found)
            elif found is not None and found.roles and not _titled(found.roles):
                found = self._department_or_name(found, end)
            self._parsed[key] = found
        return self._parsed[key]

    def _person_after_role(self, mention: Mention) -> Mention:
        """A person's name written right after a body's name or a role, in one capitalised
        run: "Refugee Council Enver Solomon", "Co-author Jing Zhao", "United States Hamdullah
        Mohib". The split needs evidence that the tail is a person: a known first name, or
        its last word written elsewhere in the article on its own ("Solomon said")."""
        parts = mention.name.split()
        cut = -1
        for k, part in enumerate(parts[:-2]):
            low = part.lower()
            if low in ORG_WORDS or (
                k == 0 and (low in _ROLES or written_lowercase(self.text, low))
            ):
                cut = k
        if cut < 0:
            return mention
        tail = parts[cut + 1 :]
        if any(
            p.lower() in ORG_WORDS or p.lower() in _ROLES or p in NOT_NAMES or not p[:1].isupper()
            for p in tail
        ):
            return mention  # "Center for Biological Diversity": "for ..." names no one
        role_first = cut == 0 and len(tail) == 2 and parts[0].lower() in PERSON_NOUNS
        if (
            tail[0].lower() not in _FIRST_NAMES
            and not (role_first and parts[0].lower() not in TITLES)  # "Voter Kitty Mak"
            and (len(tail) > 2 or not self._stands_alone(tail[-1], mention))
            and not title_before_of(self.text, mention.run_start)  # "director of X Man-kei Tam"
        ):
            return mention  # "World Wonder Ring Stardom": one body's name
        start = mention.start + mention.name.index(" ".join(tail))
        return mention._replace(start=start, name=" ".join(tail), definite=False, run_start=start)

    def _department_or_name(self, mention: Mention, end: int) -> Mention:
        """ "Minister of Education Stefania Giannini" is Stefania Giannini, but "the leader of
        Roman Catholic Christianity" names a body: a department is not an adjective."""
        if not all(is_demonym(role) for role in mention.roles):
            return mention
        start = mention.run_start
        return Mention(start, end, self.text[start:end], (), mention.possessive, False, start)

    def _stands_alone(self, word: str, mention: Mention) -> bool:
        """Whether `word` is written as part of another name than `mention`'s run."""
        key = word.lower().removesuffix("’s").removesuffix("'s")
        return any(
            not (r_start <= mention.start < r_end) for r_start, r_end in self._name_words()[key]
        )

    def _name_words(self) -> dict[str, list[tuple[int, int]]]:
        if self._by_word is None:
            by_word: dict[str, list[tuple[int, int]]] = {}
            text = self.text
            for run in self._runs:
                for key in text[run[0] : run[1]].lower().split():
                    if key[-2:] in _POSSESSIVE_ENDS:
                        key = key.removesuffix("’s").removesuffix("'s")
                    runs = by_word.get(key)
                    if runs is None:
                        by_word[key] = [run]
                    else:
                        runs.append(run)
            self._by_word = by_word
        return self._by_word

    def mentions_with(self, word: str) -> list[Mention]:
        """The names that contain `word` (lowercase; a possessive "'s" ignored)."""
        found = (self.mention(*run) for run in self._name_words().get(word, ()))
        return [m for m in found if m is not None]

    def name_words_like(self, word: str) -> list[str]:
        """Words of the article's names one letter longer or shorter than `word`, or as
        long, with its first letter: candidates for a misspelling of it."""
        if self._by_initial is None:
            self._by_initial = {}
            for name_word in self._name_words():
                self._by_initial.setdefault(name_word[:1], []).append(name_word)
        size = len(word)
        return [
            w for w in self._by_initial.get(word[:1], ()) if abs(len(w) - size) <= 1 and w != word
        ]

    def mention_ending_at(self, pos: int) -> Mention | None:
        """The name whose run ends at `pos`, if one does."""
        k = bisect_left(self._run_starts, pos) - 1
        if k >= 0 and self._runs[k][1] == pos:
            return self.mention(*self._runs[k])
        return None

    def name_before_acronym(self, pos: int, acronym: str) -> Mention | None:
        """The name an acronym in brackets stands for, ending at `pos`: the longest run of
        names joined by "and", "of", commas, whose initials spell the acronym ("Pacific Gas
        and Electric Company (PG&E)", "United Nations Educational, Scientific and Cultural
        Organization (UNESCO)"); None when the name before it is only the acronym's tail
        ("Cultural Organization" for UNESCO), so that the acronym stands on its own; else
        the name that ends there, as written."""
        k = bisect_left(self._run_starts, pos) - 1
        if k < 0 or self._runs[k][1] != pos:
            return None
        nearest = self.mention(*self._runs[k])
        letters = [c for c in acronym if c.isupper()]
        text = self.text
        first = k
        tail = False
        for _ in range(6):
            start = self._runs[first][0]
            initials = [w[0] for w in text[start:pos].split() if w[:1].isupper()]
            if initials[: len(letters)] == letters:  # "PG&E": "Pacific Gas and Electric Co."
                if first == k:
                    return nearest
                before = text[max(0, start - 4) : start]
                name = text[start:pos]
                return Mention(start, pos, name, (), False, before in ("the ", "The "), start)
            if first == k:
                # "Cultural Organization (UNESCO)": more of the name comes before
                tail = len(letters) > len(initials) and letters[-len(initials) :] == initials
            if first == 0 or text[self._runs[first - 1][1] : start] not in _ACRONYM_JOINS:
                break
            first -= 1
        return None if tail else nearest

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

    def has_cue(self, start: int, end: int) -> bool:
        """Whether a speech verb (or "according to") lies inside `text[start:end]`."""
        k = bisect_left(self._cue_starts, start)
        return k < len(self._cues) and self._cues[k].to <= end

    def has_figure(self, start: int, end: int) -> bool:
        """Whether a quantity (not a date, an age, a name's number) lies in the span."""
        starts = self._number_starts
        k = bisect_left(starts, start)
        while k < len(starts) and starts[k] < end:
            known = self._is_figure[k]
            if known is None:
                n_start, n_end, word = self._numbers[k]
                if word:
                    known = word_is_figure(self.text, n_start, n_end, word)
                else:
                    known = digits_are_figure(self.text, n_start, n_end)
                self._is_figure[k] = known
            if known:
                return True
            k += 1
        return False

    def has_court(self, start: int, end: int) -> bool:
        """Whether a court, judge or jury is named in `text[start:end]`."""
        k = bisect_left(self._courts, start)
        return k < len(self._courts) and self._courts[k] < end
