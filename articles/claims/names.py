"""Names in an article: who is mentioned, their fullest form, roles and gender.

A first pass over the whole article builds a `Registry`, so that "Peskov" can become
"Dmitry Peskov", "Mr Zelenskyy" becomes "Volodymyr Zelenskyy", and "the Ukrainian president"
finds the person the article introduced as "Ukrainian President Volodymyr Zelensky".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from articles.claims.lexicon import (
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    SPEECH_FORMS,
    TITLES,
    words,
)

UPPER = "".join(
    c for r in (range(0x41, 0x250), range(0x370, 0x530)) for c in map(chr, r) if c.isupper()
)
_POSSESSIVE = re.compile(r"[’']s?(?!\w)")


# Title words that only qualify another title ("Foreign Minister", "Defence Secretary").
_TITLE_MODIFIERS = words(
    "foreign defence defense interior health finance justice vice prime deputy chief "
    "executive former ex acting interim senior special state crown supreme press assistant "
    "first"
)


# Modifiers that never open a name: "Former Trump adviser" is about an adviser, not "Former".
_NEVER_NAMES = words("former ex acting interim")


_ORDINALS = frozenset(("First", "Second", "Third"))

# A sovereign's or pontiff's title is part of a name of one given name: "Queen Elizabeth II",
# "Pope Francis", "Prince Harry" (without it, "Elizabeth II" or "Francis" is no one's full name).
_SOVEREIGNS = words("king queen pope prince princess emperor empress")
_REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")


def _reign_name(tokens: list[tuple[int, str]]) -> bool:
    """One given name, or up to two before a regnal number ("John Paul II")."""
    words_ = [t for _, t in tokens]
    if len(words_) > 1 and _REGNAL_NUMBER.fullmatch(words_[-1]):
        words_ = words_[:-1]
    return 0 < len(words_) <= (1 if len(words_) == len(tokens) else 2) and all(
        w[:1].isupper() and w[1:].islower() for w in words_
    )


def _ordinal_of_body(tokens: list[tuple[int, str]], i: int) -> bool:
    """ "the Second Circuit Court of Appeals": the ordinal is part of a body's name (not
    "First Lady Jill Biden")."""
    return (
        tokens[i][1] in _ORDINALS
        and i + 2 < len(tokens)
        and any(t.lower() in ORG_WORDS for _, t in tokens[i + 1 :])
    )


def _is_title(token: str) -> bool:
    low = token.lower().rstrip(".")
    if low in TITLES:
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(p in TITLES for p in parts)


class Mention(NamedTuple):
    """A capitalised name in the text, split into its title/role words and the name itself."""

    start: int  # of the name proper (titles excluded)
    end: int
    name: str
    roles: tuple[str, ...]  # lowercased title and role words written before it
    possessive: bool  # "Putin’s": a modifier, not a subject
    definite: bool  # written "the Kremlin": a body, not a person
    run_start: int  # where the whole capitalised run (titles included) starts


def _parse_word(text: str, start: int, end: int, word: str) -> Mention | None:
    """`parse_run` for the commonest run, a single word ("Putin", "Kyiv's", "NATO")."""
    if word in NOT_NAMES:
        return None
    if _is_title(word) and (word != "State" or text[max(0, start - 3) : start] == "of "):
        return None  # a title alone, "President", "Former"; but "State prosecutors" is a body
    possessive = False
    if word.endswith(("’s", "'s")):
        word = word[:-2]
        end -= 2
        possessive = True
    elif end < len(text) and text[end] in "’'" and not text[end + 1 : end + 2].isalpha():
        possessive = True  # "Imus' show"
    definite = text[max(0, start - 4) : start] in ("the ", "The ") and not _modifies(text, end)
    return Mention(start, end, word, (), possessive, definite, start)


_NOT_NOUNS = PREPOSITIONS | words(
    "and or but that which who whose as than has have had is was were are will would could "
    "can may might should must also he she it they we i you"
)


def _modifies(text: str, end: int) -> bool:
    """Whether the name ending at `end` qualifies a noun after it ("the Imus family", "the
    Kremlin leader"): then "the" belongs to that noun, not to the name."""
    after = text[end : end + 20]
    if not after.startswith(" "):
        return False
    word = after[1:].split(" ", 1)[0].strip(",.;:")
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_NOUNS
        and word not in SPEECH_FORMS
        and not word.endswith("ed")
    )


_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion or substitution apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def title_before_of(text: str, run_start: int) -> bool:
    words_before = text[max(0, run_start - 30) : run_start].split()
    return len(words_before) >= 2 and words_before[-1] == "of" and _is_title(words_before[-2])


def parse_run(text: str, start: int, end: int) -> Mention | None:
    """Split one capitalised run into titles and name; None when no name is left."""
    tokens = []
    pos = start
    for word in text[start:end].split():
        tokens.append((pos, word.rstrip("’'-") or word))
        pos += len(word) + 1  # the words of a run are one space apart
    if len(tokens) == 1:
        return _parse_word(text, start, end, tokens[0][1])
    i = 0
    definite = False
    while (
        i < len(tokens)
        and tokens[i][1] in NOT_NAMES
        and not (i + 1 < len(tokens) and tokens[i][1].lower() in _FIRST_NAMES)  # "Jan Roe"
        and not _ordinal_of_body(tokens, i)
    ):
        definite = definite or tokens[i][1] == "The"
        i += 1
    tokens = tokens[i:]
    # A function word inside the run ends what came before it: "in the U.S. The Kremlin".
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k][1] in NOT_NAMES:
            if k == len(tokens) - 1 and tokens[k - 1][1].lower() in _FIRST_NAMES:
                continue  # a surname that is also a word: "Martin How", "Jack May"
            if (
                k == len(tokens) - 1
                and tokens[k][1].lower() in ORG_WORDS
                and not tokens[k - 1][1].endswith(".")
            ):
                continue  # a name that ends in a word: "USA Today" (not "the U.S. Today")
            definite = tokens[k][1] == "The"
            tokens = tokens[k + 1 :]
            break
    if not tokens:
        return None
    run_start = tokens[0][0]
    # A possessive inside the run owns what follows: "France’s Élysée Palace", "Russia’s X".
    owned = False
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k - 1][1].endswith(("’s", "'s")):
            if len(tokens) - k >= 2 or tokens[k][1].lower() not in ORG_WORDS:
                tokens = tokens[k:]  # but "Alachua Sheriff's Office" is one name
                owned = True  # "the United Kingdom's Queen Elizabeth II": "the" is the owner's
            break
    run_start_tokens = tokens
    last_title = -1
    # "Secretary of State Marco Rubio": the run after "of" still starts with a title.
    after_of = text[max(0, tokens[0][0] - 3) : tokens[0][0]] == "of "
    # A body's name holds words that are titles elsewhere: "General Services Administration".
    body = len(tokens) > 1 and tokens[-1][1].lower() in ORG_WORDS
    for k, (_, tok) in enumerate(tokens):
        if _is_title(tok) and not body:
            modifier = tok.lower().rstrip(".") in _TITLE_MODIFIERS
            if (
                not modifier
                or (k == 0 and after_of)
                or (k + 1 < len(tokens) and _is_title(tokens[k + 1][1]))
                or (k == last_title + 1 and tok.lower() in _NEVER_NAMES)
            ):
                last_title = k
    roles: list[str] = []
    sovereign = None
    if last_title >= 0:
        roles = [t.lower().rstrip(".") for _, t in tokens[: last_title + 1]]
        if roles[-1] in _SOVEREIGNS and _reign_name(tokens[last_title + 1 :]):
            sovereign = last_title - (last_title > 0 and roles[-2] == "crown")
        tokens = tokens[last_title + 1 :]
    elif (
        after_of
        and title_before_of(text, run_start)
        and not any(t.islower() and "-" not in t for _, t in tokens)  # ("Dean of X of Law")
    ):
        # "Minister of Education Stefania Giannini": the department goes with the title.
        while len(tokens) > 2 and tokens[0][1].lower() not in _FIRST_NAMES:
            roles.append(tokens[0][1].lower())
            tokens = tokens[1:]
    while (
        tokens
        and tokens[0][1] in NOT_NAMES
        and not (len(tokens) > 1 and tokens[0][1].lower() in _FIRST_NAMES)
        and not _ordinal_of_body(tokens, 0)
    ):
        tokens = tokens[1:]
    if len(tokens) >= 3:
        # "Senate Minority Whip Dick Durbin", "Represenative Adam Schiff": a role (unknown or
        # misspelt) before a known first name.
        lows = [t.lower() for _, t in tokens]
        first = next((k for k, w in enumerate(lows[:-1]) if w in _FIRST_NAMES), 0)
        if first and not any(w in _FIRST_NAMES for w in lows[:first]):
            roles.extend(lows[:first])
            tokens = tokens[first:]
    if not tokens:
        return None
    name_start = tokens[0][0] if sovereign is None else run_start_tokens[sovereign][0]
    name_end = tokens[-1][0] + len(tokens[-1][1])
    name = text[name_start:name_end]
    possessive = False
    tail = _POSSESSIVE.match(text, name_end) if name_end < end else None
    if tail is not None and not text[tail.end() : tail.end() + 1].isalpha():
        possessive = True
    if name.endswith(("’s", "'s")):
        name = name[:-2]
        name_end -= 2
        possessive = True
    if not definite and not owned:
        before = text[max(0, run_start - 4) : run_start]
        definite = before.endswith(("the ", "The ")) and not _modifies(text, name_end)
    return Mention(name_start, name_end, name, tuple(roles), possessive, definite, run_start)


@dataclass(slots=True, eq=False)
class Entity:
    """Someone (or some body) the article names; `name` is the fullest form seen."""

    name: str
    person: bool | None = None  # True a person, False a body, None unknown
    gender: str | None = None  # "m", "f" or None
    roles: set[str] = field(default_factory=set)
    votes: tuple[int, int] | None = None  # he/she pronouns counted, once needed
    definite: bool = False  # written "the Kremlin": shown as such

    @property
    def display(self) -> str:
        """The name to show: "the Kremlin" for a body the article writes with "the"."""
        if self.definite and self.person is not True and not self.name[:1].islower():
            return "the " + self.name
        return self.name


_PLACE_HEADS = words(
    "city town village state county country nation region province district island islands "
    "republic kingdom capital area"
)


# Titles only a person holds (not "the former ...", "the state ..."), made once.
_PERSONAL_TITLES = TITLES - {"former", "acting", "interim", "senior", "special", "state"}
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(parts: list[str]) -> str:
    """The last name of a name, suffixes aside: "Robert Downey Jr." -> "downey"."""
    if len(parts) > 2 and parts[-1].lower() in _SUFFIXES:
        return parts[-2].lower()
    return parts[-1].lower()


def _settled(entity: Entity | None) -> Entity | None:
    """Once all its mentions are read: a name with a person's role, or of several words that
    is not a body, is a person."""
    if (
        entity is not None
        and entity.person is None
        and (entity.roles & PERSON_NOUNS or " " in entity.name)
    ):
        entity.person = True
    return entity


def _org_like(name: str) -> bool:
    return any(tok.lower() in ORG_WORDS for tok in name.replace("-", " ").split())


class MentionSource(Protocol):
    """Where the registry finds names (the article's scan)."""

    text: str

    def mentions_with(self, word: str) -> list[Mention]: ...

    def mention_ending_at(self, pos: int) -> Mention | None: ...

    def name_before_acronym(self, pos: int, acronym: str) -> Mention | None: ...

    def name_words_like(self, word: str) -> list[str]: ...


class Registry:
    """The named entities of one article, keyed by full name and by surname.

    Lazy: a name's mentions are read (parsed, their roles and acronyms learned) the first
    time someone looks it up, since most names of an article never speak.
    """

    def __init__(self, source: MentionSource) -> None:
        self.source = source
        self.by_name: dict[str, Entity] = {}
        self.by_surname: dict[str, Entity] = {}
        self._loaded: set[str] = set()
        self._registered: set[int] = set()
        # Names of several words by their first and last word (as registered; the current
        # name is checked on use): "Tuilaepa" -> "Tuilaepa Sailele Malielegaoi".
        self._firsts: dict[str, dict[int, Entity]] = {}
        self._lasts: dict[str, dict[int, Entity]] = {}

    def _load(self, word: str) -> None:
        """Register every mention that contains `word` (once per word)."""
        if word in self._loaded:
            return
        self._loaded.add(word)
        for mention in self.source.mentions_with(word):
            self._register(mention)

    def _register(self, mention: Mention) -> None:
        if mention.start in self._registered:
            return
        self._registered.add(mention.start)
        text = self.source.text
        if mention.name.isupper() and text[mention.start - 1 : mention.start] == "(":
            # "World Health Organization (WHO)": the acronym names the body before it.
            full = self.source.name_before_acronym(mention.start - 2, mention.name)
            if full is not None and " " in full.name:
                self._register(full)
                # Registered before under that name, or (when that mention was met first
                # and its entity renamed since) added under it now.
                entity = self.by_name.get(full.name.lower()) or self.add(full)
                self.alias(mention.name, entity)
                return
        learn_roles(text, mention, self.add(mention))

    def lookup(self, name: str) -> Entity | None:
        key = name.lower().removeprefix("the ")
        words = key.split()
        if not words:
            return None
        self._load(words[-1].removesuffix("’s").removesuffix("'s"))
        return _settled(self._find(key, words))

    def _find(self, key: str, words: list[str]) -> Entity | None:
        entity = self.by_name.get(key)
        if entity is not None:
            return entity
        if len(words) == 1:
            return self.by_surname.get(words[0]) or self._by_part(words[0], people_only=False)
        return None

    def _by_part(self, word: str, people_only: bool) -> Entity | None:
        """The one fuller name a one-word name is part of: its first name ("Prime Minister
        Tuilaepa"), or a misspelt surname ("Water" for "Kathryn Waters")."""
        firsts = [
            e
            for e in self._firsts.get(word, {}).values()
            if e.name.lower().split()[0] == word and (e.person is True or not people_only)
        ]
        if len(firsts) == 1:
            return firsts[0]
        if len(word) >= 5 and word.isalpha():
            likes = [like for like in self.source.name_words_like(word) if _one_edit(word, like)]
            for like in likes:
                self._load(like)  # "Water": read "Kathryn Waters" if not yet read
            close = {
                id(e): e
                for like in likes
                for e in self._lasts.get(like, {}).values()
                if e.person is not False and e.name.lower().split()[-1] == like
            }
            if len(close) == 1:
                return next(iter(close.values()))
        return None

    def add(self, mention: Mention) -> Entity:
        name = mention.name
        parts = name.split()
        key = name.lower()
        entity = self.by_name.get(key) or (self.by_surname.get(key) if len(parts) == 1 else None)
        if entity is None and len(parts) == 1 and not mention.definite:
            entity = self._by_part(key, people_only=True)
        if entity is None and len(parts) > 1 and not _org_like(name):
            # A longer form of a name seen shorter before ("Peskov", then "Dmitry Peskov"),
            # but not another person of the same surname ("Tony Mendez", "Jonna Mendez").
            entity = self.by_surname.get(_surname(parts))
            known = entity.name.lower() if entity is not None else ""
            if entity is not None and name.lower().endswith(" " + known):
                del self.by_name[known]
                entity.name = name  # the fuller form of a name seen before
            elif entity is not None and not known.endswith(" " + key):
                entity = None  # someone else with that surname
        if entity is None:
            entity = Entity(name)
        self.by_name[name.lower()] = entity
        if " " in entity.name:
            parts_now = entity.name.lower().split()
            self._firsts.setdefault(parts_now[0], {})[id(entity)] = entity
            self._lasts.setdefault(parts_now[-1], {})[id(entity)] = entity
        if len(parts) > 1 and not _org_like(name):
            surname = _surname(parts)
            self.by_surname.setdefault(surname, entity)
            if len(self.by_surname[surname].name.split()) < len(parts):
                self.by_surname[surname] = entity
            for middle in parts[1:-1]:
                if len(middle) > 2 and middle[:1].isupper() and not middle.endswith("."):
                    # "Wanda Vázquez Garced", later "Vázquez": two surnames.
                    self.by_surname.setdefault(middle.lower(), entity)
        elif len(parts) == 1:
            self.by_surname.setdefault(parts[0].lower(), entity)
        self._learn(entity, mention)
        return entity

    def _learn(self, entity: Entity, mention: Mention) -> None:
        parts = mention.name.split()
        first = parts[0].lower()
        roles = set(mention.roles)
        entity.roles |= roles
        entity.definite = entity.definite or mention.definite
        if entity.person is None:
            if roles & _PERSONAL_TITLES:
                # "the Russian President Vladimir Putin": the "the" is the title's.
                entity.person = not mention.definite or not _org_like(mention.name)
            elif first in MALE_NAMES or first in FEMALE_NAMES:
                entity.person = True
            elif mention.definite or _org_like(mention.name):
                entity.person = False
        if entity.gender is None:
            if roles & MALE_TITLES or (first in MALE_NAMES and first not in FEMALE_NAMES):
                entity.gender = "m" if len(parts) > 1 or roles & MALE_TITLES else None
            elif roles & FEMALE_TITLES or (first in FEMALE_NAMES and first not in MALE_NAMES):
                entity.gender = "f" if len(parts) > 1 or roles & FEMALE_TITLES else None

    def alias(self, alias: str, entity: Entity) -> None:
        """Another name for an entity: an acronym the article defines, "WHO"."""
        self.by_name[alias.lower()] = entity
        self.by_surname[alias.lower()] = entity
        if entity.person is None:
            entity.person = False

    def body_named(self, head: str) -> Entity | None:
        """The body whose name ends with `head`: "the archive" -> "Gun Violence Archive" (not
        places: "the city" is not "New York City")."""
        if head in _PLACE_HEADS:
            return None
        self._load(head)
        for entity in self.entities():
            parts = entity.name.lower().split()
            if entity.person is not True and len(parts) > 1 and parts[-1] == head:
                return entity
        return None

    def entities(self) -> list[Entity]:
        return list({id(e): e for e in self.by_name.values()}.values())


_ROLE_WORDS = PERSON_NOUNS | TITLES


_APPOSITION_END = re.compile(r"[,;\n]|\.\s")
# "Washington accused Tehran of ...": a verb before the name, not a role ("the accused").
_VERB_ROLE = re.compile(r"accused [A-Z][^.;]{0,60}? of\b")


def learn_roles(text: str, mention: Mention, entity: Entity) -> None:
    """Roles written next to a name: 'Kremlin aide X', 'X, Putin's senior adviser,'."""
    run_start, end = mention.run_start, mention.end
    space = text.rfind(" ", max(0, run_start - 30), run_start - 1)
    role = text[space + 1 : run_start - 1].lower()
    if role.endswith(",") and text.startswith(",", end):
        role = role[:-1]  # "the Crown prosecutor, Mark Tedeschi, QC": an apposition
    if space >= 0 and role in _ROLE_WORDS and not _VERB_ROLE.match(text, run_start - len(role) - 1):
        before = text[max(0, run_start - 40) : run_start]
        before = before[before.rfind("\n") + 1 :]
        for word in reversed(before.split()[-3:]):
            low = word.lower().strip(",;:(")
            if low in _ROLE_WORDS:
                entity.roles.add(low)
            elif not word[:1].isupper():
                break
            else:
                entity.roles.add(low)
    if text.startswith(", ", end):
        apposition = _APPOSITION_END.split(text[end + 2 : end + 80], 1)[0]  # not the next sentence
        phrase = [w.lower().strip("’'") for w in apposition.split()]
        if phrase and (
            phrase[0] in ("a", "an", "the") or any(w in PERSON_NOUNS for w in phrase[:6])
        ):
            entity.roles.update(w for w in phrase[:8] if w in PERSON_NOUNS or w in TITLES)
