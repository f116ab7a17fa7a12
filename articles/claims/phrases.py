"""Noun phrases around a speech verb: who is the source of "... , the Kremlin leader explained"?

Works on a window of text with a tiny tokenizer, no parser: it walks back from the verb over
adverbs and auxiliaries ("has repeatedly said"), over a parenthetical (", in remarks to X,"),
and collects the noun phrase that ends there ("a top aide to the Ukrainian president").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from articles.claims.lexicon import (
    BETWEEN_SUBJECT_AND_VERB,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    NOT_NAMES,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SPEECH_FORMS,
    TIME_WORDS,
    TITLES,
    words,
)
from articles.claims.names import UPPER, Mention
from articles.claims.scan import Scan

_TOKEN = re.compile(rf"(?:[{UPPER}]\.){{2,4}}|[\w’'\-]+|[^\w\s]")
_PARTICLES = words("al el bin ibn de da di du del della der den van von la le dos das ter")
_NP_PREPOSITIONS = frozenset({"of", "to", "for", "at", "from", "in", "on"})
_STOP_LOWER = (
    BETWEEN_SUBJECT_AND_VERB
    | frozenset(SPEECH_FORMS)
    | RELATIVES
    | words(
        "and or but nor so as if because than then said says told after before since until "
        "unless also while ago according"
    )
)
NPKind = Literal["pronoun", "name", "description"]


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase that may name a source."""

    start: int
    end: int
    kind: NPKind
    text: str
    head: str  # the pronoun, the name, or the head noun of a description (lowercased)
    mention: Mention | None = None  # for names
    definite: bool = False  # a description written with "the"


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and len(tok) > 1 and tok[-1].isalpha())


def _possessive(tok: str) -> bool:
    return tok.endswith(("’s", "'s", "s’", "s'"))


def _nounish(tok: str) -> bool:
    low = tok.lower()
    return (
        _is_cap(tok)
        or low in PERSON_NOUNS
        or low in GROUP_NOUNS
        or low in TITLES
        or _possessive(tok)
    )


def classify(scan: Scan, start: int, end: int) -> Phrase | None:
    """What kind of source the words `text[start:end]` name, if any."""
    text = scan.text
    while start < end and text[start] in " ,“”\"‘’'(—–-":
        start += 1
    while end > start and text[end - 1] in " ,“”\"‘’'()—–-":
        end -= 1
    if start >= end:
        return None
    words = text[start:end]
    low = words.lower()
    if low in PRONOUNS:
        return Phrase(start, end, "pronoun", words, low)
    toks = tokens(text, start, end)
    if not toks:
        return None
    last = toks[-1][2]
    if _is_cap(last) and not _possessive(last) and last not in NOT_NAMES:
        found = scan.mentions(start, end)
        if found and found[-1].end == end and not found[-1].possessive:
            mention = found[-1]
            # A description that ends with a name inside a prepositional phrase is still a
            # description: "a top aide to the Ukrainian President" (handled below).
            before = [t for t in toks if t[1] <= mention.run_start]
            if not any(
                t[2].lower() in _NP_PREPOSITIONS and k > 0 and not _is_cap(before[k - 1][2])
                for k, t in enumerate(before)
            ):
                return Phrase(start, end, "name", mention.name, mention.name.lower(), mention)
    # A description: its head is the last word before a prepositional phrase, if any.
    head_tok = None
    for i, (_, _, tok) in enumerate(toks):
        if tok.lower() in _NP_PREPOSITIONS and i > 0:
            break
        head_tok = tok
    if head_tok is None:
        return None
    head = head_tok.lower()
    if head.endswith(("’s", "'s")):
        return None
    if head not in PERSON_NOUNS and head not in GROUP_NOUNS and head not in TITLES:
        return None
    first = toks[0][2].lower()
    definite = first == "the"
    if head in INSTITUTION_NOUNS:
        # "Germany’s Der Spiegel news website" is Der Spiegel.
        for mention in scan.mentions(start, end):
            if not mention.possessive:
                return Phrase(start, end, "name", mention.name, mention.name.lower(), mention)
    return Phrase(start, end, "description", words, head, None, definite)


INSTITUTION_NOUNS = words(
    "website newspaper paper outlet network channel broadcaster agency magazine daily "
    "tabloid station company firm ministry office department"
)


def _skip_back(toks: list[tuple[int, int, str]], i: int) -> int:
    """Step back over adverbs, auxiliaries and time phrases between a subject and its verb."""
    while i >= 0:
        tok = toks[i][2]
        low = tok.lower()
        if low in BETWEEN_SUBJECT_AND_VERB or (
            low.endswith("ly") and tok.islower() and len(tok) > 4
        ):
            i -= 1
            continue
        if low in TIME_WORDS and i > 0:
            prev = toks[i - 1][2].lower()
            if prev in ("on", "last", "this", "late", "early", "in", "next", "that"):
                i -= 2
                continue
            if prev in TIME_WORDS or prev[:1].isdigit():
                i -= 1
                continue
        if low in ("today", "yesterday", "tonight"):
            i -= 1
            continue
        break
    return i


def _collect(toks: list[tuple[int, int, str]], i: int, floor: int) -> int:
    """Index of the first token of the noun phrase that ends at token `i`."""
    j = i
    count = 0
    while j >= floor and count < 12:
        tok = toks[j][2]
        low = tok.lower()
        if not (tok[0].isalnum()):
            if tok == "." and j > floor and toks[j - 1][2].lower() in TITLES:
                j -= 1
                continue
            break
        if low in DETERMINERS:
            # Carry on through "a top aide to the Ukrainian president".
            if (
                j - 2 >= floor
                and toks[j - 1][2].lower() in _NP_PREPOSITIONS
                and _nounish(toks[j - 2][2])
            ):
                j -= 2
                count += 2
                continue
            return j
        if low in _NP_PREPOSITIONS and j + 1 <= i and _is_cap(toks[j + 1][2]):
            # "Secretary of State Marco Rubio", "Archbishop of Gdańsk".
            if j - 1 >= floor and _is_cap(toks[j - 1][2]):
                j -= 1
                continue
            return j + 1
        if (
            low == "and"
            and floor <= j - 1
            and j + 1 <= i
            and _is_cap(toks[j - 1][2])
            and _is_cap(toks[j + 1][2])
        ):
            j -= 1
            continue
        if low in _PARTICLES and j - 1 >= floor and _is_cap(toks[j - 1][2]):
            j -= 1
            continue
        if not _is_cap(tok) and (
            low in _STOP_LOWER or low in PREPOSITIONS or low in NOT_NAMES_LOWER
        ):
            return j + 1
        if not _is_cap(tok) and low.endswith("ed") and low not in PERSON_NOUNS | GROUP_NOUNS:
            if not (j - 1 >= floor and toks[j - 1][2].lower() in DETERMINERS):
                return j + 1  # a verb: "The remarks came", "Photos released"
        j -= 1
        count += 1
    return j + 1


NOT_NAMES_LOWER = frozenset(
    w.lower() for w in NOT_NAMES if w.lower() not in DETERMINERS and w.lower() not in TITLES
) - {"first", "second", "third", "last", "next", "most", "many", "several", "some", "all"}


def subject_before(scan: Scan, lo: int, verb_start: int) -> Phrase | None:
    """The subject of the speech verb at `verb_start`, looking back no further than `lo`."""
    text = scan.text
    toks = tokens(text, lo, verb_start)
    i = _skip_back(toks, len(toks) - 1)
    if i < 0:
        return None
    if toks[i][2] == ",":
        return _appositive(scan, toks, i)
    if toks[i][2].lower() in PRONOUNS:
        return classify(scan, toks[i][0], toks[i][1])
    if toks[i][2].lower() == "who" and i >= 2 and toks[i - 1][2] == ",":
        return subject_before(scan, lo, toks[i - 1][0])  # "X, who said ..."
    first = _collect(toks, i, 0)
    if first > i:
        return None
    return classify(scan, toks[first][0], toks[i][1])


def _comma_before(toks: list[tuple[int, int, str]], i: int) -> int:
    j = i - 1
    while j >= 0 and toks[j][2] not in (",", ";", ":", "—", "–", "(", "“", "”", '"'):
        j -= 1
    return j


def _appositive(scan: Scan, toks: list[tuple[int, int, str]], i: int) -> Phrase | None:
    """'X, a spokesman for Y, said' / 'Y's press secretary, X, told' / 'X, in remarks to Y, said'."""
    j = _comma_before(toks, i)
    if j < 0 or toks[j][2] != ",":
        return None
    inner = toks[j + 1 : i]
    if not inner:
        return None
    head_end = _skip_back(toks, j - 1)
    head = None
    if head_end >= 0 and toks[head_end][2] not in (",", ";", ":"):
        first = _collect(toks, head_end, 0)
        if first <= head_end:
            head = classify(scan, toks[first][0], toks[head_end][1])
            if first > 0 and toks[first - 1][2].lower() in PREPOSITIONS:
                head = None  # "In an interview with India Today, ..." is not a subject
    first_inner = inner[0][2].lower()
    skip = (
        first_inner in PREPOSITIONS
        or first_inner in RELATIVES
        or first_inner.endswith("ing")
        or (first_inner.endswith("ed") and first_inner not in PERSON_NOUNS)
        or first_inner in ("who", "whose", "which", "speaking", "according")
    )
    if skip:
        return head
    apposed = classify(scan, inner[0][0], inner[-1][1])
    if head is not None and head.kind == "name":
        return head
    if apposed is not None and apposed.kind == "name":
        return apposed
    return head or apposed


def phrase_after(scan: Scan, start: int, hi: int) -> Phrase | None:
    """The source named right after an inverted verb: '..., said Dmitry Peskov, ...'."""
    toks = tokens(scan.text, start, hi)
    end = 0
    for k, (_, _, tok) in enumerate(toks):
        low = tok.lower()
        if not tok[0].isalnum() and tok not in ("’", "'"):
            if tok == "." and k > 0 and toks[k - 1][2].lower() in TITLES:
                continue
            break
        if k > 0 and (low in _STOP_LOWER or low in ("in", "on", "at", "to", "during", "after")):
            if not (low in ("of", "for", "to") and k + 1 < len(toks) and _nounish(toks[k + 1][2])):
                break
        end = k + 1
        if k >= 10:
            break
    if end == 0:
        return None
    return classify(scan, toks[0][0], toks[end - 1][1])


def is_document(phrase: Phrase) -> bool:
    return phrase.kind == "description" and phrase.head in DOCUMENT_NOUNS
