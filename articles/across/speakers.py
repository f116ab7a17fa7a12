"""One speaker per person or body across a corpus: `group_speakers`.

Input: for each article, its speakers as the claims detector wrote them, with their claim
counts; and the user's alias table. Output: a `SpeakerDirectory` that says, for any speaker
of any article, which corpus-wide speaker it is, and lists the speakers with their counts.

The grouping is global on purpose: whether "Khan" alone is Sadiq Khan depends on whether
the corpus also quotes another Khan. So it is computed from the whole corpus's speaker lists
(cheap: names, not texts) whenever the corpus changes, never stored per article.

Steps (names.py has the rules for two names):
1. within an article, a one-word speaker that is a word of exactly one longer speaker of the
   same article is that speaker (the detector missed the link: "Meerjady" beside "Meerjady
   Sabrina Flora");
2. the alias table pins its names (and aliases, descriptions included) to its speakers;
3. people of two or more words, longest first, join the one group whose every member they
   match (complete link: "George Bush" cannot chain "George W. Bush" to "George H. W. Bush";
   a name that fits two groups stays on its own);
4. one-word names join the one group of people whose surname (or later name) they spell
   the same way, else the group of their own spelling; acronyms join the one body they
   abbreviate;
5. bodies and groups of speakers merge only on equal (skeleton) words; descriptions stay
   unnamed, article by article.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from articles.across.aliases import AliasTable
from articles.across.names import (
    SpeakerName,
    fits_surname,
    parse_name,
    same_speaker,
    skeleton,
)

ArticleSpeakers = Sequence[tuple[str, int]]
"""One article's speakers as written, each with how many claims it has."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person or body of the corpus. `articles` are positions in the input sequence."""

    name: str
    aliases: tuple[str, ...]
    claims: int
    articles: tuple[int, ...]


class _Group:
    """The names of one speaker (the counts are kept apart: see `_Grouping`)."""

    __slots__ = ("extra_aliases", "members", "people", "pinned")

    def __init__(self, pinned: str | None = None) -> None:
        self.pinned = pinned  # the alias table's name for it
        self.members: list[SpeakerName] = []
        self.people: list[SpeakerName] = []  # the members of kind person
        self.extra_aliases: list[str] = []  # from the alias table

    def add(self, name: SpeakerName) -> None:
        self.members.append(name)
        if name.kind == "person":
            self.people.append(name)


class SpeakerDirectory:
    """Who is who across the corpus (built by `group_speakers`)."""

    def __init__(
        self,
        speakers: list[Speaker],
        by_key: dict[str, int],
        local: dict[tuple[int, str], int],
        groups: list[_Group],
    ) -> None:
        self.speakers = speakers  # by claims, most first
        self._by_key = by_key  # speaker key -> position in self.speakers
        self._local = local  # (article, written) -> position, for the article-level links
        self._groups = groups  # parallel to self.speakers

    def __len__(self) -> int:
        return len(self.speakers)

    def speaker_of(self, article: int, written: str | None) -> int | None:
        """Position in `speakers` of the speaker `written` in `article`; None for no
        speaker or a description."""
        if not written:
            return None
        found = self._local.get((article, written))
        if found is not None:
            return found
        name = parse_name(written)
        return self._by_key.get(name.key) if name.named else self._pinned(name)

    def _pinned(self, name: SpeakerName) -> int | None:
        """A description counts as a speaker only if the alias table names it."""
        found = self._by_key.get(name.key)
        return found if found is not None and self._groups[found].pinned else None

    def find(self, text: str) -> Speaker | None:
        """The speaker `text` names: its name or any alias (case and accents aside), or a
        spelling the rules match to exactly one speaker ("Zelenskiy")."""
        for name in _as_typed(text):
            found = self._by_key.get(name.key)
            if found is not None:
                return self.speakers[found]
        for name in _as_typed(text):
            if name.named:
                fits = {
                    i
                    for i, group in enumerate(self._groups)
                    if any(_fits(name, member) for member in group.members)
                }
                if len(fits) == 1:
                    return self.speakers[fits.pop()]
        return None

    def suggest(self, text: str, limit: int = 5) -> list[str]:
        """Names of the speakers closest in spelling to `text` (for an unknown name): by
        the whole name, then by surname."""
        key = parse_name(text).key
        by_surname: dict[str, list[int]] = defaultdict(list)
        for k, i in self._by_key.items():
            by_surname[k.rsplit(" ", 1)[-1]].append(i)
        close = difflib.get_close_matches(key, self._by_key, n=limit, cutoff=0.6)
        found = [self._by_key[k] for k in close]
        last = key.rsplit(" ", 1)[-1]
        for k in difflib.get_close_matches(last, by_surname, n=limit, cutoff=0.6):
            found.extend(sorted(by_surname[k]))
        return list(dict.fromkeys(self.speakers[i].name for i in found))[:limit]


def _as_typed(text: str) -> list[SpeakerName]:
    """A name a user typed, as written and, if all in lower case, capitalised ("zelenskiy"
    would otherwise read as a common noun)."""
    names = [parse_name(text)]
    if not any(c.isupper() for c in text):
        names.append(parse_name(text.title()))
    return names


def _joins(name: SpeakerName, group: _Group) -> bool:
    """Complete link for groups the rules made: `name` must match every person in it. A
    group pinned by the alias table needs one match: the user said its names are one."""
    people = group.people
    if group.pinned:
        return any(same_speaker(name, m) for m in people)
    return all(same_speaker(name, m) for m in people)


def _fits(name: SpeakerName, member: SpeakerName) -> bool:
    if name.kind == "single" and member.kind == "person":
        return fits_surname(name, member)
    return same_speaker(name, member)


@dataclass(frozen=True, slots=True)
class _Grouping:
    """Which names are one speaker: depends only on the distinct names and the alias table,
    so it is kept from one index commit to the next while no new name appears."""

    names: tuple[str, ...]  # the keys it was made from
    aliases: AliasTable | None
    groups: list[_Group]
    of_key: dict[str, int]  # speaker key -> group


_last_grouping: list[_Grouping] = []  # the last one made (one corpus per process, mostly)


def _grouping(names: dict[str, SpeakerName], aliases: AliasTable | None) -> _Grouping:
    keys = tuple(sorted(names))
    for last in _last_grouping:
        if last.names == keys and last.aliases == aliases:
            return last
    groups: list[_Group] = []
    of_key: dict[str, int] = {}

    def new_group(pinned: str | None = None) -> int:
        groups.append(_Group(pinned))
        return len(groups) - 1

    # 2. The alias table first: its names win over every rule.
    for entry in aliases.entries if aliases else ():
        g = new_group(entry.name)
        for written in (entry.name, *entry.aliases):
            name = parse_name(written)
            of_key.setdefault(name.key, g)
            if name.named:
                groups[g].add(name)
        groups[g].extra_aliases.extend(entry.aliases)
    # 3. and 4. and 5.: every distinct name not pinned by the table finds its group.
    _group_names([n for k, n in names.items() if k not in of_key], groups, of_key, new_group)
    made = _Grouping(keys, aliases, groups, of_key)
    _last_grouping[:] = [made]
    return made


def group_speakers(
    articles: Sequence[ArticleSpeakers], aliases: AliasTable | None = None
) -> SpeakerDirectory:
    """Group the speakers of a corpus (see the module docstring).

    Linear in the number of (article, speaker) pairs, with dictionary work only; the
    rules run once per distinct name, and not again while the distinct names stay the
    same (an update that changes articles but quotes no new name).
    """
    # Where each written name occurs, with its claims there.
    occurrences: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for position, speakers in enumerate(articles):
        for written, count in speakers:
            occurrences[written].append((position, count))
    parsed = {written: parse_name(written) for written in occurrences}
    pinned = _pinned_keys(aliases)
    names: dict[str, SpeakerName] = {}
    for name in parsed.values():
        if name.named or name.key in pinned:
            names.setdefault(name.key, name)
    grouping = _grouping(names, aliases)
    groups, of_key = grouping.groups, grouping.of_key

    # 1. Article-level links: only articles with a one-word speaker need looking at.
    links: dict[tuple[int, str], str] = {}
    for written, seen in occurrences.items():
        if parsed[written].kind == "single":
            for position, _ in seen:
                target = _article_link(parsed[written], articles[position], parsed)
                if target is not None:
                    links[(position, written)] = target

    # Counts, and the written forms of each group.
    written_of: dict[int, dict[str, int]] = defaultdict(dict)  # group -> claims per form
    articles_of: dict[int, set[int]] = defaultdict(set)
    for written, seen in occurrences.items():
        g = of_key.get(parsed[written].key)
        if g is None or not (parsed[written].named or groups[g].pinned):
            continue
        forms, where = written_of[g], articles_of[g]
        for position, count in seen:
            if (position, written) not in links:
                forms[written] = forms.get(written, 0) + count
                where.add(position)
    local: dict[tuple[int, str], int] = {}
    for (position, written), target in links.items():
        g = local[(position, written)] = of_key[parsed[target].key]
        count = dict(articles[position])[written]
        written_of[g][written] = written_of[g].get(written, 0) + count
        articles_of[g].add(position)
    return _directory(groups, of_key, local, written_of, articles_of)


def _pinned_keys(aliases: AliasTable | None) -> set[str]:
    entries = aliases.entries if aliases else ()
    return {parse_name(w).key for e in entries for w in (e.name, *e.aliases)}


def _article_link(
    name: SpeakerName, speakers: ArticleSpeakers, parsed: dict[str, SpeakerName]
) -> str | None:
    """The one longer speaker of the same article that a one-word speaker is part of."""
    word = name.skeletons[-1]
    targets = {
        written
        for written, _ in speakers
        if parsed[written].kind in ("person", "body") and word in parsed[written].skeletons
    }
    return targets.pop() if len(targets) == 1 else None


def _group_names(
    names: list[SpeakerName],
    groups: list[_Group],
    of_key: dict[str, int],
    new_group: Callable[[], int],
) -> None:
    by_kind: dict[str, list[SpeakerName]] = defaultdict(list)
    for name in names:
        by_kind[name.kind].append(name)

    # People, longest names first, by complete link within surname blocks.
    people_of_surname: dict[str, set[int]] = defaultdict(set)  # surname block -> groups
    for g, group in enumerate(groups):  # groups pinned by the alias table take part
        for member in group.people:
            for block in _surname_blocks(member.surname):
                people_of_surname[block].add(g)
    for name in sorted(by_kind["person"], key=lambda n: (-len(n.words), n.key)):
        blocks = _surname_blocks(name.surname)
        candidates = {g for b in blocks if b in people_of_surname for g in people_of_surname[b]}
        fits = [g for g in candidates if _joins(name, groups[g])]
        g = fits[0] if len(fits) == 1 else new_group()
        groups[g].add(name)
        of_key[name.key] = g
        for block in blocks:
            people_of_surname[block].add(g)

    # One-word names: a surname of exactly one group of people, else their own spelling.
    word_of: dict[str, set[int]] = defaultdict(set)  # skeleton of a word after the first
    for g, group in enumerate(groups):
        for member in group.people:
            for word in member.skeletons[1:]:
                word_of[word].add(g)
    own = {m.skeletons[-1]: g for g, m in _pinned_members(groups, "single")}
    for name in sorted(by_kind["single"], key=lambda n: n.key):
        word = name.skeletons[-1]
        word_groups = word_of.get(word, set())
        if len(word_groups) == 1:
            g = next(iter(word_groups))
        else:
            g = own.get(word, -1)
            if g < 0:
                g = own[word] = new_group()
        groups[g].add(name)
        of_key[name.key] = g

    # Bodies and groups of speakers: equal skeletons only. Then acronyms.
    for kind in ("body", "group"):
        same = {_shape(m): g for g, m in _pinned_members(groups, kind)}
        for name in sorted(by_kind[kind], key=lambda n: n.key):
            shape = _shape(name)
            g = same.get(shape, -1)
            if g < 0:
                g = same[shape] = new_group()
            groups[g].add(name)
            of_key[name.key] = g
    expansions: dict[str, set[int]] = defaultdict(set)
    for g, group in enumerate(groups):
        for member in group.members:
            if (member.kind == "body" and len(member.words) > 1) or (
                member.kind == "person" and len(member.initials) >= 3
            ):
                expansions[member.initials].add(g)
    own_acronyms = {m.key: g for g, m in _pinned_members(groups, "acronym")}
    for name in sorted(by_kind["acronym"], key=lambda n: n.key):
        expanded = expansions.get(name.key, set())
        if len(expanded) == 1:
            g = next(iter(expanded))
        else:
            g = own_acronyms.get(name.key, -1)
            if g < 0:
                g = own_acronyms[name.key] = new_group()
        groups[g].add(name)
        of_key[name.key] = g


def _pinned_members(groups: list[_Group], kind: str) -> Iterator[tuple[int, SpeakerName]]:
    for g, group in enumerate(groups):
        if group.pinned:
            for member in group.members:
                if member.kind == kind:
                    yield g, member


def _shape(name: SpeakerName) -> tuple[str, ...]:
    return (name.kind, *name.skeletons)


@lru_cache(maxsize=65_536)
def _surname_blocks(word: str) -> tuple[str, ...]:
    """Keys under which surnames at most one edit apart meet: the skeleton, and for
    skeletons of six letters or more, the skeleton and its one-letter deletions, marked."""
    s = skeleton(word)
    if len(s) < 6:
        return (s,)
    return (s, "-" + s, *{"-" + s[:i] + s[i + 1 :] for i in range(len(s))})


def _directory(
    groups: list[_Group],
    of_key: dict[str, int],
    local: dict[tuple[int, str], int],
    written_of: dict[int, dict[str, int]],
    articles_of: dict[int, set[int]],
) -> SpeakerDirectory:
    """Name each group with claims, order them by claims."""
    kept = [g for g, forms in written_of.items() if forms]
    speakers = []
    for g in kept:
        group, forms = groups[g], written_of[g]
        name = group.pinned or _display_name(forms)
        seen = [*forms, *group.extra_aliases]
        aliases = tuple(sorted({a for a in seen if a != name}, key=str.casefold))
        speakers.append(Speaker(name, aliases, sum(forms.values()), tuple(sorted(articles_of[g]))))
    order = sorted(range(len(kept)), key=lambda i: (-speakers[i].claims, speakers[i].name))
    position = {kept[i]: rank for rank, i in enumerate(order)}
    by_key = {key: position[g] for key, g in of_key.items() if g in position}
    for g in kept:  # every written form finds its speaker, and the pinned name too
        for written in written_of[g]:
            by_key.setdefault(parse_name(written).key, position[g])
    return SpeakerDirectory(
        [speakers[i] for i in order],
        by_key,
        {k: position[g] for k, g in local.items()},
        [groups[kept[i]] for i in order],
    )


def _display_name(written: dict[str, int]) -> str:
    """The form to show: a name of two words or more if there is one, and not one that
    merely adds words in front of another ("Vermont Bernie Sanders"); then the most used,
    then the shortest."""
    if len(written) == 1:
        return next(iter(written))
    parsed = {w: parse_name(w).words for w in written}
    shapes = set(parsed.values())

    def extends_another(w: str) -> bool:
        words = parsed[w]
        return any(words[-n:] in shapes for n in range(2, len(words)))

    return min(
        written,
        key=lambda w: (len(parsed[w]) < 2, extends_another(w), -written[w], len(w), w),
    )
