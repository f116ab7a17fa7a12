"""Speaker names as the claims detector writes them, and when two of them name one speaker.

The detector already resolves names within an article ("Mr Zelenskyy", "the Ukrainian
president" and "he" become "Volodymyr Zelenskyy"). Across articles the same person is spelt
differently ("Zelensky", "Zelenskyy", "Zelenskiy"), and different people share a surname
("Sadiq Khan", "Usman Khan"). The rules here decide, for two names, whether they can be one
speaker; `speakers.group_speakers` applies them to a whole corpus.

The rules, for people (names of one or more words without an organisation word):
- surnames match when their *skeletons* (folded, transliteration variants unified: y/i, z/s,
  w/v, q/k, ph/f, soft c/s, doubled letters) are equal, or one edit apart when both have at
  least six letters ("Gaddafi", "Qaddafi");
- first names must match too (skeleton, one edit for names of five letters or more, or an
  initial), and middle initials when both names have them ("George W. Bush" is not "George
  H. W. Bush");
- a name that ends with another name of two or more words is that name ("NASA Administrator
  Jim Bridenstine" is "Jim Bridenstine"), even when the role in front names a body ("United
  States Senator from Vermont Bernie Sanders" is a person, not a body: `_name_after_title`).
Bodies ("the Kremlin", "World Health Organisation") merge only when all their words match by
skeleton. Descriptions ("a high-ranking official", "police") name no one in particular: they
are never merged across articles.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from articles.claims.lexicon import (
    DATA_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    TITLES,
    words,
)

NameKind = Literal["person", "single", "body", "acronym", "group", "description"]
"""person: two or more words, no organisation word; single: one word that may be a surname
or a body ("Erdogan", "Kyiv"); body: has an organisation word; acronym: "WHO", "U.S.";
group: several speakers at once ("Biden and Sanders"); description: no one in particular."""

NAMED_KINDS: frozenset[NameKind] = frozenset({"person", "single", "body", "acronym", "group"})

_TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*\.?")
_PRONOUNS = words("he she it they we i you one i'm i’m i'd i’d i've i’ve i'll i’ll someone")
_DETERMINERS = frozenset({"the", "a", "an"})
_GENERIC = PERSON_NOUNS | GROUP_NOUNS | DATA_NOUNS | DOCUMENT_NOUNS
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "la", "le", "&"})
# Spellings that vary between transliterations and between British and American English.
_SOFT_C = re.compile(r"c(?=[eiy])")
_LETTERS = str.maketrans({"c": "k", "q": "k", "w": "v", "y": "i", "z": "s"})
_DOUBLED = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower case without accents ("Erdoğan" -> "erdogan")."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _word(token: str) -> str:
    """One folded word of a name, without dots, apostrophes and hyphens ("U.S." -> "us")."""
    return re.sub(r"['’.\-]", "", fold(token))


@lru_cache(maxsize=65_536)
def skeleton(word: str) -> str:
    """A folded word with its spelling variants unified: "zelenskyy", "zelenskiy" and
    "zelensky" all give "selenski"; "organisation" and "organization" one word."""
    word = _SOFT_C.sub("s", word.replace("ph", "f").replace("ck", "k")).translate(_LETTERS)
    return _DOUBLED.sub(r"\1", word)


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """True if `a` and `b` differ by at most one insertion, deletion, substitution or swap
    of two neighbours (enough for spelling variants, and cheap)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one substitution
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
        return swapped and a[i + 2 :] == b[i + 2 :]
    return a[i:] == b[i + 1 :]


@dataclass(frozen=True, slots=True)
class SpeakerName:
    """A speaker as written, with what the rules compare: its key and its words."""

    written: str
    kind: NameKind
    key: str  # folded words, titles and determiners dropped: equal keys, one speaker
    words: tuple[str, ...]  # the words of the key
    initials: str = ""  # of the words and their hyphenated parts ("Agence France-Presse": afp)
    skeletons: tuple[str, ...] = ()  # of the words, computed once (the rules compare them)

    @property
    def named(self) -> bool:
        return self.kind in NAMED_KINDS

    @property
    def surname(self) -> str:
        return self.words[-1]

    @property
    def first(self) -> str | None:
        return self.words[0] if len(self.words) > 1 else None

    @property
    def middle(self) -> tuple[str, ...]:
        return self.words[1:-1]


@lru_cache(maxsize=65_536)
def parse_name(written: str) -> SpeakerName:
    """Classify a speaker as written, and compute its key."""
    written = " ".join(written.split())
    raw = _TOKEN.findall(written)
    folded = [_word(t) for t in raw]
    kind = _kind(written, raw, folded)
    words = [w for w in folded if w]
    if kind == "description":
        while len(words) > 1 and words[0] in _DETERMINERS:
            words.pop(0)
    elif kind in ("body", "acronym", "group"):
        if len(words) > 1 and words[0] == "the":
            words.pop(0)
        if kind != "group":
            words = _short_forms(words)
    else:
        while len(words) > 1 and (words[0] in TITLES or words[0] == "the"):
            words.pop(0)
        if len(words) > 2 and words[-1] in _SUFFIXES:
            words.pop()
        if len(words) == 1 and words[0] in _GENERIC:
            kind = "description"  # "Vice Presidents", "Former officials"
        else:
            kind = "person" if len(words) > 1 else "single"
    parts = (p for t in raw for p in fold(t).replace("'", "").split("-"))
    initials = "".join(p[0] for p in parts if p and p not in _ACRONYM_SKIP)
    skeletons = tuple(skeleton(w) for w in words)
    return SpeakerName(written, kind, " ".join(words), tuple(words), initials, skeletons)


# Country and union names bodies are written with in full or short ("the United States",
# "the US", "U.S."): one form, so "United States Geological Survey" is the US one.
_SHORT_FORMS = {
    ("united", "states", "of", "america"): "us",
    ("united", "states"): "us",
    ("united", "kingdom"): "uk",
    ("united", "nations"): "un",
    ("european", "union"): "eu",
    ("usa",): "us",
}


def _short_forms(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        for long, short in _SHORT_FORMS.items():
            if tuple(words[i : i + len(long)]) == long:
                out.append(short)
                i += len(long)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _kind(written: str, raw: list[str], folded: list[str]) -> NameKind:
    if not raw or fold(written) in _PRONOUNS:
        return "description"
    first, last = raw[0], raw[-1]
    if not (last[:1].isupper() or last[:1].isdigit()):
        return "description"  # "the Ukrainian president", "Western capitals"
    if first[:1].islower() and fold(first) != "the":
        return "description"  # "a spokesman for West", "his office"
    content = [w for w in folded if w and w != "the"]
    if len(content) == 1 and content[0] in _GENERIC:
        return "description"  # "Officials", "Police", "the Commission"
    if " and " in f" {fold(written)} " or "&" in written:
        return "group"
    if len(content) == 1 and re.fullmatch(r"(?:[A-Z]\.?){2,6}", raw[-1]):
        return "acronym"
    if len(content) == 1 and fold(first) == "the":
        return "body"  # "the Hill" is a newspaper, not Mr Hill
    if any(w in ORG_WORDS for w in content) and not _name_after_title(raw, folded):
        return "body"
    return "person"  # refined to person/single by the caller


def _name_after_title(raw: list[str], folded: list[str]) -> bool:
    """A person's name written after a role that names a body: "Senate Majority Leader
    Mitch McConnell", "United States Senator from Vermont Bernie Sanders". The capitalised
    words that end the name after its last title word are two or more, and none is an
    organisation word (so "Director of the National Hurricane Center" stays a body)."""
    titles = [i for i, w in enumerate(folded) if w in TITLES]
    if not titles:
        return False
    tail = list(zip(raw[titles[-1] + 1 :], folded[titles[-1] + 1 :], strict=True))
    name: list[str] = []
    for token, word in reversed(tail):
        if not token[:1].isupper():
            break
        name.append(word)
    return len(name) >= 2 and not any(w in ORG_WORDS for w in name)


def speaker_key(name: str) -> str:
    """The key two spellings of one speaker share when they differ only in case, accents,
    titles and determiners ("Mr Zelenskyy" and "zelenskyy"; "the Kremlin" and "Kremlin")."""
    return parse_name(name).key


def _first_names_match(a: str, b: str, sa: str, sb: str) -> bool:
    """First names `a`, `b` (skeletons `sa`, `sb`): the same, an initial of the other, or
    one letter apart in names of five letters or more (not "Maria" and "Mario")."""
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return sa == sb or (min(len(sa), len(sb)) >= 5 and _one_edit_same_name(sa, sb))


def _one_edit_same_name(a: str, b: str) -> bool:
    return edit_distance_at_most_one(a, b) and not _other_gender(a, b)


def _other_gender(a: str, b: str) -> bool:
    """Endings that make a name another person's, not another spelling: "Maria" and
    "Mario", "Ivanova" and "Ivanov", and plurals ("Muslims")."""
    if len(a) == len(b):
        return a[:-1] == b[:-1] and a[-1] in "aeiou" and b[-1] in "aeiou"
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return longer == shorter + "a" or longer == shorter + "s"


def skeletons_match(sa: str, sb: str) -> bool:
    """Surname skeletons of one surname: equal, or one edit apart when both have at least
    six letters."""
    return sa == sb or (min(len(sa), len(sb)) >= 6 and _one_edit_same_name(sa, sb))


def surnames_match(a: str, b: str) -> bool:
    """Same surname up to transliteration (see `skeletons_match`)."""
    return skeletons_match(skeleton(a), skeleton(b))


def same_speaker(a: SpeakerName, b: SpeakerName) -> bool:
    """True if `a` and `b` can name one speaker (see the module docstring).

    Symmetric. A one-word name against a longer one is decided by `speakers.group_speakers`,
    which also checks that no other speaker of the corpus fits it.
    """
    if a.key == b.key:
        return True
    if a.kind != b.kind:
        return False
    sa, sb = a.skeletons, b.skeletons
    if a.kind == "body":
        return sa == sb
    if a.kind == "single":
        return sa[-1] == sb[-1]
    if a.kind != "person":
        return False
    if len(sa) != len(sb):
        shorter, longer = (sa, sb) if len(sa) < len(sb) else (sb, sa)
        if len(shorter) >= 2 and longer[-len(shorter) :] == shorter:
            return True  # "NASA Administrator Jim Bridenstine" is Jim Bridenstine
    if not skeletons_match(sa[-1], sb[-1]):
        return False
    if not _first_names_match(a.words[0], b.words[0], sa[0], sb[0]):
        return False
    if len(sa) > 2 and len(sb) > 2:
        return [w[0] for w in a.words[1:-1]] == [w[0] for w in b.words[1:-1]]
    return True


def fits_surname(single: SpeakerName, person: SpeakerName) -> bool:
    """True if a one-word name can be `person` named by surname: it matches one of the
    person's words after the first ("Erdogan" in "Recep Tayyip Erdoğan", "Rosselló" in
    "Ricardo Rosselló Nevares")."""
    return any(skeletons_match(single.skeletons[-1], s) for s in person.skeletons[1:])
