"""Is a paragraph about the article or about something else? Lexical overlap, cheaply.

The measure is the one boilerplate extractors use for off-topic tails: what share of a
paragraph's content words the article already used. Content words are what is left once the
most common words of English are removed (jusText's stoplist idea: "first", "week" or "said"
say nothing about a topic), truncated to six letters so "Russia" meets "Russian" (a crude
stemmer, enough for overlap). A capitalised name the article never used is the strongest sign
of another story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# Function words and the commonest English verbs, adjectives, nouns and time words.
_COMMON = frozenset(
    """
    a about above across after again against ago ahead all almost along already also although
    always am among an and another any anyone anything are around as at away back be became
    because become been before began behind being below best better between big both but by
    came can cannot could day days did do does doing done down during each early either else
    end enough even ever every far few first five for four from full further gave get gets
    getting give given go going gone good got great had half has have having he her here hers
    herself high him himself his how however i if in including instead into is it its itself
    just keep kept know known large last late later least less let like little long look lot
    made make makes making many may me might more most much must my myself near need never new
    next night no nor not nothing now of off often old on once one only onto or other others
    our ours out over own part past per put rather really right same saw say see seen set
    several she should since six small so some something soon still such take taken than that
    the their theirs them themselves then there these they thing things think third this those
    though three through thus time times to today together told too took toward towards two
    under until up upon us use used very want was way ways we week weeks well went were what
    when where whether which while who whole whom whose why will with within without would year
    years yet you your yours said says say saying according asked added told tell mr mrs ms
    dr monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december morning evening afternoon month
    months hour hours minute minutes percent per cent number people person man men woman women
    place places called come comes coming call calls want wanted went goes began begin
    """.split()  # noqa: SIM905 - a word list reads better as words
)
_WORD = re.compile(r"[^\W\d_]{3,}")
# A capitalised word inside a sentence (not the first of the paragraph or after a full stop).
_NAME = re.compile(r"(?<=[^\s.!?:\"“”’']\s)[^\W\d_a-z][^\W\d_]*")
# Overlap under this share of a paragraph's content words means another topic.
UNRELATED_SHARE = 0.25


def content_keys(text: str) -> set[str]:
    """The content words of a text, lowercased and truncated to six letters."""
    lowered = text.lower().replace("’s", "").replace("'s", "")
    return {word[:6] for word in _WORD.findall(lowered) if word not in _COMMON}


def document_frequency(keys: Iterable[set[str]]) -> Counter[str]:
    """In how many paragraphs each content word occurs."""
    return Counter(key for paragraph in keys for key in paragraph)


def is_unrelated(text: str, frequency: Counter[str]) -> bool:
    """Whether a paragraph is about something the counted paragraphs never mention: it names
    someone or something new (a capitalised word after the first), or under a quarter of its
    content words occur in them."""
    for name in _NAME.findall(text):
        lowered = name.lower()
        if lowered not in _COMMON and lowered[:6] not in frequency:
            return True
    keys = content_keys(text)
    hits = sum(1 for key in keys if key in frequency)
    return bool(keys) and hits <= UNRELATED_SHARE * len(keys)
