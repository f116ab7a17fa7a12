"""Noun phrases around a speech verb: who is the source of "... , the Kremlin leader explained"?

Works on a window of text with a tiny tokenizer, no parser: it walks back from the verb over
adverbs and auxiliaries ("has repeatedly said"), over a parenthetical (", in remarks to X,"),
and collects the noun phrase that ends there ("a top aide to the Ukrainian president"); or it
reads forward from an inverted verb or "according to" ("..., said the official").
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from articles.claims.figures import NUMBER_WORDS
from articles.claims.lexicon import (
    BETWEEN_SUBJECT_AND_VERB,
    DATA_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    GROUP_NOUNS,
    INSTITUTION_NOUNS,
    LY_NOUNS,
    MALE_NAMES,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SPEECH_FORMS,
    TIME_WORDS,
    TITLES,
    is_demonym,
    words,
)
from articles.claims.names import Mention
from articles.claims.scan import Scan, Token, written_lowercase

# Quantifiers standing alone as a subject ("Many said", "Others disagreed"): some of a group
# named just before, resolved like "they".
QUANTIFIER_SUBJECTS = words("many some several most others")
_PARTICLES = NAME_PARTICLES
# A person named by their age: "the 34-year-old", "the 16-year-olds".
AGE_NOUN = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-olds?")
_NP_PREPOSITIONS = words("of to for at from in on within inside")
_STOP_LOWER = (
    BETWEEN_SUBJECT_AND_VERB
    | frozenset(SPEECH_FORMS)
    | RELATIVES
    | words(
        "and or but nor so as if because than then said says told after before since until "
        "unless also while ago according"
    )
)
_NOT_NAMES_LOWER = frozenset(
    w.lower() for w in NOT_NAMES if w.lower() not in DETERMINERS and w.lower() not in TITLES
) - words("first second third last next most many several some all march")  # "of the march"
# Capitalised words that open a sentence or a clause but never a source's name: a phrase read
# backwards stops before them ("But media reported", "On Thursday officials said").
_CAPITAL_STOPS = frozenset(
    w
    for w in NOT_NAMES
    if w.lower() not in DETERMINERS
    and w.lower() not in TITLES
    and w.lower() not in MONTHS
    and w not in ("First", "Second", "Third", "Last", "Next", "Today", "May", "Read", "Well")
    and w[:1].isupper()
) | words("Amongst Whilst Um Uh")
_QUOTE_TOKENS = frozenset('"“”')
_GROUP_LINKS = words("of from in at on within inside")
_TIME_PREPOSITIONS = words("on last this late early in next that during over at by")
_CONTRACTION = re.compile(r"[’'](?:ve|d|ll|re|m|s)$")
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}  # "according to him"
NPKind = Literal["pronoun", "name", "description"]


class Phrase(NamedTuple):
    """A noun phrase that may name a source."""

    start: int
    end: int
    kind: NPKind
    text: str
    head: str  # the pronoun, the name, or the head noun of a description (lowercased)
    mention: Mention | None = None  # for names
    definite: bool = False  # a description written with "the"


def _is_cap(tok: str) -> bool:
    """A token of a name: capitalised, "al-Amr", or a model number such as "F16"."""
    first = tok[:1]
    if first.isupper():
        return True
    if first.isdigit():
        return len(tok) > 1 and tok[-1].isalpha()
    return tok[2:3] == "-" and tok[3:4].isupper() and tok[:2] in ("al", "el", "ad", "as")


def _initial(tok: str) -> bool:
    """ "G" of "John G. Roberts"."""
    return len(tok) == 1 and tok.isupper()


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


def _verbish(tok: str) -> bool:
    """A lowercase word that is most likely a verb (ends a noun phrase read backwards)."""
    low = tok.lower()
    if _is_cap(tok) or low in PERSON_NOUNS or low in GROUP_NOUNS or low in DATA_NOUNS:
        return False
    return low in BETWEEN_SUBJECT_AND_VERB or low in SPEECH_FORMS or low.endswith("ed")


# --- what a phrase names ----------------------------------------------------------------------


def _name_phrase(start: int, end: int, mention: Mention) -> Phrase:
    return Phrase(start, end, "name", mention.name, mention.name.lower(), mention)


def classify(scan: Scan, start: int, end: int) -> Phrase | None:
    """What kind of source the words `text[start:end]` name, if any."""
    text = scan.text
    while start < end and text[start] in " ,“”\"‘’'(—–-":
        start += 1
    while end > start and text[end - 1] in " ,“”\"‘’'()—–-.":
        end -= 1
    if start >= end:
        return None
    phrase_text = text[start:end]
    low = OBJECT_PRONOUNS.get(phrase_text.lower(), phrase_text.lower())
    if "’" in low or "'" in low:
        low = _CONTRACTION.sub("", low)  # "I've", "they'd"
    if low in PRONOUNS or low in QUANTIFIER_SUBJECTS:
        return Phrase(start, end, "pronoun", phrase_text, low)  # "Many said ...": some of them
    if low.startswith("your "):
        return None  # the reader addressed: "your body", not a source
    toks = scan.tokens(start, end)
    if not toks:
        return None
    # "President Hassan Rouhani of Iran", "Carl Hensman of the Bill and Melinda Gates
    # Foundation": a person named before "of"/"in"/"from"/"at" is the source (but "Secretary
    # of State Marco Rubio" has only titles before it, and "the U.S. Department of
    # Agriculture" is one name).
    joined = _name_with_of(scan, toks)
    if joined is not None:
        return joined
    such = next((k for k in range(1, len(toks) - 2) if toks[k][2] == "such"), 0)
    if such and toks[such + 1][2] == "as" and toks[such - 1][2].islower():
        # "other sites such as Gawker.com": the examples belong to the description
        head = toks[such - 1][2].lower()
        definite = toks[0][2].lower() == "the"
        return Phrase(start, end, "description", text[start:end], head, None, definite)
    whole = scan.mentions(start, end)
    bodies = []
    for k in range(1, len(toks) - 1):
        if toks[k][2] in ("of", "in", "from", "at") and _is_cap(toks[k - 1][2]):
            if any(m.run_start < toks[k][0] < m.end for m in whole):
                continue
            left = _trailing_name(scan, start, toks[k - 1][1])
            if left is not None and left.head in GROUP_NOUNS:
                continue  # "Members of the House of Commons": a group, not a person
            if left is not None and left.mention is not None:
                if not any(p.lower() in ORG_WORDS for p in left.mention.name.split()):
                    return left
                bodies.append(left)
    conj = [k for k, t in enumerate(toks) if t[2] == "and"]
    if conj and 0 < conj[0] < len(toks) - 1:
        # "Dick Durbin and incoming chair of X Adam Schiff": two people speak together.
        left = _trailing_name(scan, start, toks[conj[0] - 1][1])
        right = _trailing_name(scan, toks[conj[0] + 1][0], end)
        if left is not None and right is not None and _person_name(left) and _person_name(right):
            both = f"{left.text} and {right.text}"
            return Phrase(start, end, "name", both, both.lower())
    if (
        conj
        and _is_cap(toks[-1][2])
        and conj[0] > 0
        and _is_cap(toks[conj[0] - 1][2])
        and (_is_cap(toks[conj[0] + 1][2]) or toks[conj[0] + 1][2] == "the")
        and not _titled_person_at_end(scan, toks[conj[0] + 1][0], end)
    ):
        # "Saudi Arabia and the United States", "the High Court of England and Wales" (not
        # "Researcher and co-author of the study X": one person's roles).
        first = 1 if toks[0][2].lower() in ("both", "either") else 0
        if all(_nounish(t[2]) or t[2] in ("and", "the", "of", "for") for t in toks[first:]):
            both = text[toks[first][0] : end]
            return Phrase(toks[first][0], end, "name", both, both.lower())
    found = whole
    last_cap = _is_cap(toks[-1][2])
    if last_cap and found and found[-1].end == end and _personal(found[-1], toks):
        return _name_phrase(start, end, found[-1])  # "X of Transportation official Roberts"
    if bodies:
        return bodies[0]  # "The Aam Aadmi Party in Goa"
    if (
        last_cap
        and not _possessive(toks[-1][2])
        and found
        and found[-1].end == end
        and not found[-1].possessive
    ):
        mention = found[-1]
        before = [t for t in toks if t[1] <= mention.run_start]
        inside_pp = any(
            t[2].lower() in PREPOSITIONS
            and k > 0
            and (not _is_cap(before[k - 1][2]) or before[k - 1][2].lower() in _ROLE_HEADS)
            for k, t in enumerate(before)
        )  # "the head of X", "Members of X", "the Prime Minister of X" (not "Jerrold Nadler
        # of New York")
        if not inside_pp:
            return _name_phrase(start, end, mention)
    if len(toks) == 1 and not found and _opening_name(scan, toks[0], scan.tokens(end, end + 30)):
        return Phrase(start, end, "name", phrase_text, low)
    return _description(scan, start, end, toks)


def _opening_name(scan: Scan, tok: Token, after: list[Token]) -> bool:
    """ "Zillow released a statement", "Biden-Harris said": a lone capitalised word opening a
    sentence is no mention (it could be any word there), but as the subject of the verb after
    it ("Initial reports" is no subject) it names a source when the article never writes it in
    lowercase."""
    start, _, word = tok
    text = scan.text
    low = word.lower()
    verb = after[0][2] if after else ""
    return (
        (
            verb in _AUXILIARIES
            or verb.endswith("ed")
            or (verb in SPEECH_FORMS and verb not in _ROLE_HEADS)  # not "reports"
        )
        and word[:1].isupper()
        and len(word) > 2
        and (start == 0 or text[start - 1] == "\n" or text[start - 2 : start] in _OPENERS)
        and word not in NOT_NAMES
        and word not in NUMBER_WORDS
        and low not in _ROLE_HEADS
        and low not in DETERMINERS
        and not low.endswith(("ly", "’s", "'s"))
        and not (low.endswith("ing") and verb not in _AUXILIARIES and verb not in SPEECH_FORMS)
        and not written_lowercase(text, low)
    )


def _name_with_of(scan: Scan, toks: list[Token]) -> Phrase | None:
    """One name with "of"/"from" inside it, whose first words never stand alone in the
    article: "Notes from Poland" (not "Jerrold Nadler of New York", who also speaks alone)."""
    link = next((k for k, t in enumerate(toks) if t[2] in ("of", "from")), 0)
    if link == 0 or link + 1 >= len(toks):
        return None
    left, right = toks[:link], toks[link + 1 :]
    if right[0][2] == "the":
        right = right[1:]
    if not right or not all(_is_cap(t[2]) and t[2] not in NOT_NAMES for t in left + right):
        return None
    if any(
        t[2].lower() in _ROLE_WORDS or t[2].lower() in GROUP_NOUNS or t[2].lower() in DETERMINERS
        for t in left
    ):
        return None  # "Secretary of State X", "Officials from Kyiv", "One of South Sudan's"
    if len(left) > 1 and scan.mentions(left[0][0], left[-1][1]):
        return None  # "Steve Rowan of Ohio": a name of its own, then where he is from
    text = scan.text
    head = text[left[0][0] : left[-1][1]]
    after = f"{head} {toks[link][2]} "
    pos = text.find(head)
    while pos >= 0:
        if (
            not text.startswith(after, pos)
            and not text[pos + len(head) : pos + len(head) + 1].isalnum()
        ):
            return None  # "Nadler said": the first words name someone on their own
        pos = text.find(head, pos + 1)
    if _titled_person_at_end(scan, right[0][0], toks[-1][1]):
        return None  # "House of Commons Speaker John Bercow": a body, then its speaker
    name = text[left[0][0] : toks[-1][1]]
    return Phrase(left[0][0], toks[-1][1], "name", name, name.lower())


def _titled_person_at_end(scan: Scan, start: int, end: int) -> bool:
    """Whether the words end with a person named after their title ("... CEO Andy Vesey")."""
    found = scan.mentions(start, end)
    return bool(found) and found[-1].end == end and bool(found[-1].roles)


def _person_name(phrase: Phrase) -> bool:
    mention = phrase.mention
    return (
        mention is not None
        and " " in mention.name
        and not mention.definite
        and not any(p.lower() in ORG_WORDS for p in mention.name.split())
    )


def _personal(mention: Mention, toks: list[Token]) -> bool:
    """A name at the end of a phrase that is a person's, the phrase only naming their role:
    "Florida Department of Transportation official Troy Roberts", "speaker of the parliament
    Ali Larijani", "Former prime minister John Major" (not "the death of cosmonaut Alexei
    Leonov", "the son of Donald Trump", nor "Jerrold Nadler of New York")."""
    parts = mention.name.split()
    if (
        len(parts) < 2
        or mention.possessive
        or mention.definite
        or any(p.lower() in ORG_WORDS for p in parts)
    ):
        return False
    before = [t[2] for t in toks if t[1] <= mention.run_start]
    words_ = [t for t in before if t.lower() not in DETERMINERS]
    if words_ and not (_is_cap(words_[0]) or words_[0].lower() in _ROLE_WORDS):
        return False  # "the death of cosmonaut X": the phrase is about something else
    if (
        before
        and not mention.roles
        and not (_is_cap(before[-1]) or before[-1].lower() in _ROLE_HEADS)
    ):
        return False  # "the son of Donald Trump": the name is the object of "of"
    if not all(_is_cap(t) or _role_part(t) for t in before):
        return False
    role = bool(mention.roles) or any(t.lower() in _ROLE_WORDS for t in before)
    return role or parts[0].lower() in _FIRST_NAMES


_ROLE_WORDS = PERSON_NOUNS | TITLES
# Unions looked up in loops, made once here (making one costs far more than the lookup).
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
_PEOPLE_AND_GROUPS = PERSON_NOUNS | GROUP_NOUNS
_PEOPLE_GROUPS_AND_DATA = _PEOPLE_AND_GROUPS | DATA_NOUNS
_ROLES_AND_GROUPS = _ROLE_WORDS | GROUP_NOUNS
_DOCUMENTS_AND_DATA = DOCUMENT_NOUNS | DATA_NOUNS
_PARTITIVES = words("one some many most several few two three four none each all both")
_EXCERPTS = words("part parts excerpt excerpts extract extracts portion passage section")
_ROLE_HEADS = _ROLE_WORDS | GROUP_NOUNS | DATA_NOUNS | DOCUMENT_NOUNS
_ROLE_LINKS = words("of the and a an for at to")
_NOT_ROLE = (
    BETWEEN_SUBJECT_AND_VERB | frozenset(SPEECH_FORMS) | RELATIVES | PREPOSITIONS
) - _ROLE_LINKS


def _role_part(tok: str) -> bool:
    """A word of a role description: "retired general", "co-author of the study"."""
    low = tok.lower()
    return low in _ROLE_LINKS or low in _ROLE_HEADS or (low.isalpha() and low not in _NOT_ROLE)


def _trailing_name(scan: Scan, start: int, end: int) -> Phrase | None:
    found = scan.mentions(start, end)
    if found and found[-1].end == end and not found[-1].possessive:
        mention = found[-1]
        if not any(t.lower() in TITLES for t in mention.name.split()[-1:]):
            return _name_phrase(start, end, mention)
    return None


def _description(scan: Scan, start: int, end: int, toks: list[Token]) -> Phrase | None:
    """A description ('the Ukrainian president', 'a top aide to X', 'Western capitals')."""
    lead = 1 if toks[0][2].lower() in ("a", "an", "the") else 0
    if len(toks) > lead + 2 and toks[lead][2].lower() in _EXCERPTS and toks[lead + 1][2] == "of":
        # "Part of the judge's statement reads", "An excerpt of the letter reads": the whole
        return classify(scan, toks[lead + 2][0], end)
    if (
        len(toks) > 2
        and toks[0][2].lower() in _PARTITIVES
        and toks[1][2] == "of"
        and not any(_possessive(t[2]) for t in toks[2:])
    ):
        # "One of the children", "some of the victims": the group named after "of" says who
        # (not "one of Vanderbilt's sons", whom the article names).
        if len(toks) == 3 and toks[2][2].lower() in ("them", "us", "those"):
            # "One of them went as far as to say": named as written
            return Phrase(start, end, "description", scan.text[start:end], toks[2][2].lower())
        inner = _description(scan, toks[2][0], end, toks[2:])
        if inner is None or inner.head in DOCUMENT_NOUNS or inner.head in DATA_NOUNS:
            return None
        return Phrase(start, end, "description", scan.text[start:end], inner.head)
    head_index = None
    for i, (_, _, tok) in enumerate(toks):
        if tok.lower() in PREPOSITIONS and i > 0:
            break
        head_index = i
    if head_index is None:
        return None
    head_tok = toks[head_index][2]
    head = head_tok.lower()
    if _possessive(head_tok):
        return None
    link = toks[head_index + 1][2] if head_index + 2 < len(toks) else ""
    if link == "by" or (link == "from" and head not in PERSON_NOUNS and head not in GROUP_NOUNS):
        # "projections by CNN and NPR", "a Twitter post by Amy Cook": the author speaks (but
        # "researchers from the University of X" are the researchers).
        author = classify(scan, toks[head_index + 2][0], end)
        if author is not None and author.kind != "pronoun":
            return author
    if head in DOCUMENT_NOUNS or head in DATA_NOUNS or head in INSTITUTION_NOUNS:
        # "data from the Gun Violence Archive", "the WHO's situation report", "Germany's Der
        # Spiegel news website": the body behind the document is the source.
        owner = _owner(scan, start, end, toks, head_index)
        if owner is not None:
            return owner
    definite = toks[0][2].lower() == "the"
    if (
        head not in PERSON_NOUNS
        and head not in GROUP_NOUNS
        and head not in TITLES
        and head not in DOCUMENT_NOUNS
        and not (head == "latter" and definite)  # "the latter": the last of two just named
        and not (definite and AGE_NOUN.fullmatch(head))  # "the 34-year-old": someone named
    ):
        return None
    return Phrase(start, end, "description", scan.text[start:end], head, None, definite)


def _owner(scan: Scan, start: int, end: int, toks: list[Token], head_index: int) -> Phrase | None:
    after = toks[head_index + 1 :]
    if len(after) > 1 and after[0][2].lower() in ("from", "by", "of"):
        owner = classify(scan, after[1][0], end)
        if owner is not None and owner.kind != "pronoun":
            return owner
    head_start = toks[head_index][0]
    head = toks[head_index][2].lower()
    for mention in scan.mentions(start, head_start):
        if not mention.possessive and is_demonym(mention.name.rsplit(" ", 1)[-1]):
            continue  # "the Turkish statement", "the Puerto Rican constitution": an adjective
        if scan.text[mention.run_start - 1 : mention.run_start] in _QUOTE_TOKENS:
            continue  # 'the "History" section': a title, not an owner
        # "the WHO's situation report", "an AEW press release", "Der Spiegel news website"
        if mention.possessive or head in INSTITUTION_NOUNS or head in DOCUMENT_NOUNS:
            return _name_phrase(start, end, mention)
    return None


# --- reading backwards from a verb -------------------------------------------------------------


def _skip_back(toks: list[Token], i: int) -> int:
    """Step back over adverbs, auxiliaries and time phrases between a subject and its verb."""
    while i >= 0:
        tok = toks[i][2]
        low = tok.lower()
        if low in BETWEEN_SUBJECT_AND_VERB or (
            low.endswith("ly") and tok.islower() and len(tok) > 4 and low not in LY_NOUNS
        ):
            i -= 1
            continue
        if low in TIME_WORDS and i > 0:
            prev = toks[i - 1][2].lower()
            if prev == "the" and i > 1 and toks[i - 2][2].lower() in _TIME_PREPOSITIONS:
                i -= 3  # "during the weekend"
                continue
            if prev == "of" and i > 1 and toks[i - 2][2].lower() == "as":
                i -= 3  # "as of Wednesday"
                continue
            if prev in _TIME_PREPOSITIONS:
                i -= 2  # "on Wednesday", "late Sunday"
                continue
            if prev in TIME_WORDS or prev[:1].isdigit():
                i -= 1
                continue
        if low in ("today", "yesterday", "tonight", "afterward", "afterwards"):
            i -= 1
            continue
        if low == "so" and i + 1 < len(toks) and toks[i + 1][2] == "far":
            i -= 1  # "Authorities have so far confirmed"
            continue
        if (
            low in ("both", "all", "each")
            and i > 0
            and (_is_cap(toks[i - 1][2]) or toks[i - 1][2].lower() in _PEOPLE_AND_GROUPS)
        ):
            i -= 1  # "Durbin and Schiff both questioned", "the parties all agreed"
            continue
        break
    return i


def _collect(toks: list[Token], i: int, floor: int) -> int:
    """Index of the first token of the noun phrase that ends at token `i`."""
    j = i
    count = 0
    while j >= floor and count < 12:
        tok = toks[j][2]
        low = tok.lower()
        if j < i and tok in _CAPITAL_STOPS:
            return j + 1  # "But media", "Thursday officials", "Amongst reported incidents"
        if (
            tok in _QUOTE_TOKENS
            and floor < j < i
            and _is_cap(toks[j + 1 if tok in "“" else j - 1][2])
        ):
            j -= 1  # 'The "History" section of the site explains': a quoted title inside
            continue
        if low == "as" and j - 2 >= floor and toks[j - 1][2] == "such" and toks[j - 2][2].isalpha():
            j -= 2  # "other sites such as Gawker.com have stated"
            continue
        if tok.isdigit() and j > floor and toks[j - 1][2].lower() in MONTHS:
            return j + 1  # "On May 12 officials said": a date, not part of the subject
        if not tok[0].isalnum():
            if tok == "." and j > floor and toks[j - 1][2].lower() in TITLES:
                j -= 1
                continue
            if tok == "&" and j > floor and j < i and _is_cap(toks[j - 1][2]):
                j -= 1  # "Social Science & Medicine"
                continue
            break
        if low == "that" and j < i and not (j > floor and toks[j - 1][2] in PREPOSITIONS):
            return j + 1  # "the ban that critics blame": a conjunction, not "that critic"
        if low in DETERMINERS:
            # Carry on through "a top aide to the Ukrainian president".
            if (
                j - 2 >= floor
                and (
                    toks[j - 1][2].lower() in _NP_PREPOSITIONS
                    or (toks[j - 1][2] == "by" and toks[j - 2][2] in _DOCUMENTS_AND_DATA)
                )  # "a survey by the university"
                and (
                    _nounish(toks[j - 2][2])
                    or toks[j - 2][2] in DOCUMENT_NOUNS
                    or (j - 3 >= floor and toks[j - 3][2].lower() in ("a", "an", "the"))
                )
            ) or (
                j - 2 >= floor
                and toks[j - 1][2] == "and"
                and (
                    _is_cap(toks[j - 2][2])
                    or (
                        low == "the"
                        and toks[j - 2][2].lower() in _ROLES_AND_GROUPS
                        and toks[i][2].lower() in _ROLES_AND_GROUPS
                    )  # "the army and the police", "the minister and the police chief"
                )
            ):
                j -= 2
                count += 2
                continue
            return j
        if low in _GROUP_LINKS and j - 1 >= floor and toks[j - 1][2].lower() in _PEOPLE_AND_GROUPS:
            j -= 1  # "Some members of opposition parties", "the head of police", "Officials
            continue  # from countries such as France"
        if low == "of" and j - 1 >= floor and _is_cap(toks[j - 1][2]):
            j -= 1  # "Peter Iseley of worldwide victim group Ending Clergy Abuse said"
            continue
        if low in _NP_PREPOSITIONS and j + 1 <= i and _is_cap(toks[j + 1][2]):
            # "Secretary of State Marco Rubio", "Archbishop of Gdańsk", "reports from Omsk".
            before = toks[j - 1][2] if j - 1 >= floor else ""
            if (_is_cap(before) and before not in NOT_NAMES) or before.lower() in (
                _PEOPLE_GROUPS_AND_DATA
            ):
                j -= 1
                continue
            return j + 1
        if (
            low == "and"
            and floor <= j - 1
            and j + 1 <= i
            and _is_cap(toks[j - 1][2])
            and (
                _is_cap(toks[j + 1][2])
                or toks[j + 1][2] == "the"
                or any(t[2] in _ROLE_WORDS for t in toks[j + 1 : min(i, j + 3)])
            )
        ):
            # "Saudi Arabia and the United States", "Jennifer Daskal of American University
            # and contributor to Slate"
            j -= 1
            continue
        if (
            low == "and"
            and floor <= j - 1
            and j + 1 <= i
            and toks[j - 1][2].lower() in _ROLES_AND_GROUPS
            and (
                toks[j + 1][2].lower() in _ROLES_AND_GROUPS
                or (j + 2 == i and toks[i][2].lower() in _PEOPLE_AND_GROUPS)
            )
        ):
            # "curator and director of exhibits at X", "chairman and chief executive", "the
            # administration and campaign", "the council and local residents"
            j -= 1
            continue
        if (
            low in ("both", "either")
            and j + 1 <= i
            and (_is_cap(toks[j + 1][2]) or toks[j + 1][2] == "the")
        ):
            return j + 1
        if low in _PARTICLES and j - 1 >= floor and _is_cap(toks[j - 1][2]):
            j -= 1
            continue
        noun_use = (low in GROUP_NOUNS or low in DATA_NOUNS or low in DOCUMENT_NOUNS) and (
            j == i
            or (j - 1 >= floor and toks[j - 1][2].lower() in DETERMINERS)
            or toks[j + 1][2].lower() in PREPOSITIONS
        )  # "Another report from ...", "reports said", "reports from Omsk", not "Kyiv reports"
        if (
            not _is_cap(tok)
            and not noun_use
            and (low in _STOP_LOWER or low in PREPOSITIONS or low in _NOT_NAMES_LOWER)
        ):
            return j + 1
        if (
            _verbish(tok)
            and low.endswith("ed")
            and not (j - 1 >= floor and toks[j - 1][2].lower() in DETERMINERS)
        ):
            return j + 1  # a verb: "The remarks came", "Photos released"
        j -= 1
        count += 1
    return j + 1


_OPENERS = frozenset((". ", "! ", "? ", '" ', "” "))
_AUTHORS_AFTER = words("al colleagues co-workers coworkers co-authors coauthors")


def subject_before(scan: Scan, lo: int, verb_start: int, antecedent: bool = False) -> Phrase | None:
    """The subject of the speech verb at `verb_start`, looking back no further than `lo`."""
    toks = scan.tokens(lo, verb_start)
    i = _skip_back(toks, len(toks) - 1)
    if i > 0 and toks[i][2] == ")":
        # "Nikki Holland of the UK's National Crime Agency (NCA) said": skip the brackets.
        opening = max((k for k in range(i) if toks[k][2] == "("), default=-1)
        if opening > 0:
            inside = "".join(t[2] for t in toks[opening + 1 : i])
            i = _skip_back(toks, opening - 1)
            first = _collect(toks, i, 0)
            acronym = sum(c.isupper() for c in inside) >= 2 and inside.isalnum()
            if (
                first <= i
                and acronym
                and all(
                    _is_cap(t[2]) or t[2] in ("for", "of", "and", "the")
                    for t in toks[first : i + 1]
                )
            ):
                # "Transport for London (TfL) told": the name the acronym stands for, whole,
                # unless it opens with a person ("Nikki Holland of the ... Agency (NCA)").
                normal = classify(scan, toks[first][0], toks[i][1])
                if normal is not None and normal.kind == "name" and normal.end < toks[i][1]:
                    return normal
                name_start = toks[first + (toks[first][2].lower() == "the")][0]
                name = scan.text[name_start : toks[i][1]]
                return Phrase(toks[first][0], toks[i][1], "name", name, name.lower())
    if i < 0:
        return None
    if toks[i][2] == ",":
        return _appositive(scan, toks, i)
    low = toks[i][2].lower()
    if low in PRONOUNS:
        return classify(scan, toks[i][0], toks[i][1])
    if low == "who" and i >= 2 and toks[i - 1][2] == ",":
        k = i - 1
        if k >= 2 and toks[k - 1][2].isdigit() and toks[k - 2][2] == ",":
            k -= 2  # "Thomas Gray, 24, who cited ...": an age in passing
        j = _comma_before(toks, k)
        if j > 0 and toks[j][2] == "," and k - j <= 15:
            # "led by Mark Hay, a marine ecologist and professor at GT, who said": the name
            # before the apposition is whom "who" stands for.
            first = _collect(toks, j - 1, 0)
            if first <= j - 1:
                named = classify(scan, toks[first][0], toks[j - 1][1])
                if named is not None and _person_name(named):
                    return named
        return subject_before(scan, lo, toks[k][0], antecedent=True)  # "X, who said"
    if low == "who" and i >= 1 and _is_cap(toks[i - 1][2]):
        # "drafted by Alex Greenwich who said": the name right before "who" speaks.
        named = subject_before(scan, lo, toks[i][0], antecedent=True)
        return named if named is not None and named.kind == "name" else None
    if low in ("which", "that") and i >= 1:
        # "Facebook released a statement which read, ...": the author of the document.
        k = i - 1 if toks[i - 1][2] == "," else i
        document = subject_before(scan, lo, toks[k][0], antecedent=True) if k > 0 else None
        if document is not None and document.head in DOCUMENT_NOUNS and not document.definite:
            author = subject_at(scan, lo, document.start)
            if author is not None and author.head not in ("i", "we", "you"):
                return author  # "They released a statement which said": they speak
        if low == "which" and k < i and document is not None and document.kind == "name":
            before = [t[2].lower() for t in toks if t[1] <= document.start][-1:]
            if not before or before[0] not in PREPOSITIONS:
                return document  # "Toronto Police, which indicated on Monday ...": it speaks
        return None
    if (
        low in ("them", "us", "those")
        and i >= 2
        and toks[i - 1][2] == "of"
        and toks[i - 2][2].lower() in _PARTITIVES
    ):
        return classify(scan, toks[i - 2][0], toks[i][1])  # "One of them said"
    if i >= 1 and toks[i][2] == "." and toks[i - 1][2] == "al":
        i -= 1  # "Smith et al. found"
        low = "al"
    numbered = _numbered_name(scan, toks, i)
    if numbered is not None:
        return numbered
    if low in _AUTHORS_AFTER and i >= 2 and toks[i - 1][2] in ("et", "and"):
        # "Stamenković et al found", "Smith and colleagues report": the named author speaks.
        first = _collect(toks, i - 2, 0)
        if first <= i - 2 and _is_cap(toks[i - 2][2]):
            named = classify(scan, toks[first][0], toks[i - 2][1])
            if named is None and first == i - 2:  # a surname opening the sentence
                start, end, word = toks[first]
                named = Phrase(start, end, "name", word, word.lower())
            return named
    first = _collect(toks, i, 0)
    if first > i:
        return None
    listed = _name_list(scan, toks, first, i)
    if listed is not None:
        return listed
    if first > 1 and toks[first - 1][2] == "," and _place_continuation(scan, toks, first - 1, i):
        # "Jo Reyes of the University of California, Los Angeles disagreed": the place's
        # second half is not the subject; the phrase before it is.
        earlier = _collect(toks, first - 2, 0)
        if earlier <= first - 2:
            return classify(scan, toks[earlier][0], toks[first - 2][1])
    if (
        first > 2
        and toks[first - 1][2] == "by"
        and toks[first - 2][2].endswith(("ed", "en"))
        and toks[first - 3][2].lower() in DOCUMENT_NOUNS
    ):
        # "The decree signed by the Pope read ...": the document's author speaks.
        return classify(scan, toks[first][0], toks[i][1])
    if (
        not antecedent
        and first > 0
        and toks[first - 1][2].lower() in PREPOSITIONS
        and not _is_cap(toks[first][2])
        and not (toks[first - 1][2] == "with" and first > 1 and toks[first - 2][2] == ",")
    ):  # (", with the mayor saying ...": the mayor speaks)
        if _is_cap(toks[i][2]) and toks[first - 1][2][:1].isupper():
            # "During the speech Trump claimed": an opening phrase whose comma was left out;
            # the name after it is the subject.
            trailing = _trailing_name(scan, toks[first][0], toks[i][1])
            if trailing is not None and trailing.mention is not None:
                run = trailing.mention.run_start
                if run > toks[first][0]:
                    return _name_phrase(run, trailing.end, trailing.mention)
        return None  # "to extradite people accused of crimes": an object, not a subject
    inner_article = _name_with_article(scan, toks, first, i)
    if inner_article is not None:
        return inner_article
    phrase = classify(scan, toks[first][0], toks[i][1])
    if (
        phrase is not None
        and phrase.kind == "description"
        and phrase.head in _ROLE_WORDS
        and first > 1
        and toks[first - 1][2] == ","
    ):
        # "Erwin Chemerinsky, Dean of UC Berkeley School of Law called it": an apposition
        # whose closing comma was left out; the name before it speaks.
        earlier = _collect(toks, first - 2, 0)
        if earlier <= first - 2:
            named = classify(scan, toks[earlier][0], toks[first - 2][1])
            if named is not None and _person_name(named):
                return named
    return phrase


def _numbered_name(scan: Scan, toks: list[Token], last: int) -> Phrase | None:
    """ "News 12 reported", "Channel 4 said": a name that ends in a number (not "May 12")."""
    number = toks[last][2]
    if not (number.isdigit() and len(number) <= 3 and last >= 1):
        return None
    k = last
    while (
        k >= 1
        and last - k < 3
        and _is_cap(toks[k - 1][2])
        and toks[k - 1][2] not in NOT_NAMES
        and toks[k - 1][2].lower() not in MONTHS
        and not _possessive(toks[k - 1][2])
    ):
        k -= 1
    if k == last or (k >= 1 and toks[k - 1][2] in PREPOSITIONS):
        return None  # "in Channel 4" is no subject
    name = scan.text[toks[k][0] : toks[last][1]]
    return Phrase(toks[k][0], toks[last][1], "name", name, name.lower())


def _name_with_article(scan: Scan, toks: list[Token], first: int, last: int) -> Phrase | None:
    """ "Save the Children said", "producer Who Gives a Crap said": a capitalised name with an
    article inside, read back to the first of its capitalised words."""
    if not (
        first >= 1
        and first == last - 1
        and toks[first][2] in ("the", "a", "an")
        and _is_cap(toks[last][2])
        and _is_cap(toks[first - 1][2])
        and not _possessive(toks[first - 1][2])
        and toks[first - 1][2] not in NOT_NAMES
        and toks[first - 1][2].lower() not in TITLES
    ):
        return None
    k = first - 1
    while k >= 1 and _is_cap(toks[k - 1][2]) and first - k < 3:
        word = toks[k - 1][2]
        if _possessive(word) or (word in NOT_NAMES and (k < 2 or not toks[k - 2][2].islower())):
            break  # "When the ...", "In Paris the ...", but "producer Who Gives a Crap"
        k -= 1
    if k >= 1 and toks[k - 1][2].lower() in PREPOSITIONS:
        return None  # "In Paris the Ministry said": an opening phrase, its comma left out
    name = scan.text[toks[k][0] : toks[last][1]]
    return Phrase(toks[k][0], toks[last][1], "name", name, name.lower())


def _name_list(scan: Scan, toks: list[Token], first: int, last: int) -> Phrase | None:
    """ "La Riva, Hawkins, Blankenship, and Carroll all agreed", "Smith, Jones and Brown
    said": the names speak together ("Officials in Paris, London and Berlin" stay officials)."""
    names = toks[first : last + 1]
    if not all((_is_cap(t[2]) and t[2] not in NOT_NAMES) or t[2] == "and" for t in names):
        return None  # "authorities in the UK and the US" is one description
    inner_and = sum(t[2] == "and" for t in names)
    k = first - 1
    if k >= 0 and toks[k][2] == "and" and _is_cap(toks[first][2]):
        inner_and += 1
        k -= 1
    if not inner_and or k < 1 or toks[k][2] != ",":
        return None
    start = first
    groups = 1 + inner_and
    while k >= 1 and toks[k][2] == ",":
        j = k - 1
        while j >= 0 and _is_cap(toks[j][2]) and toks[j][2] not in NOT_NAMES and k - j <= 3:
            j -= 1
        if j == k - 1:
            break
        start = j + 1
        groups += 1
        k = j
    if groups < 3:
        return None
    if start >= 2 and toks[start - 1][2].lower() in PREPOSITIONS:
        owner = _collect(toks, start - 2, 0)
        if owner <= start - 2:
            return classify(scan, toks[owner][0], toks[last][1])
        return None
    text = scan.text[toks[start][0] : toks[last][1]]
    return Phrase(toks[start][0], toks[last][1], "name", text, text.lower())


def _titles_only(name: str) -> bool:
    """ "Vice Presidents", "Prime Minister": a role, capitalised, naming no one."""
    return all(w.lower() in TITLES or w.lower().removesuffix("s") in TITLES for w in name.split())


def _place_continuation(scan: Scan, toks: list[Token], comma: int, last: int) -> bool:
    """Whether the name after the comma at `comma` (up to token `last`) is the second half of a
    place ("... of the University of Arkansas, Fayetteville", "from Toronto, Canada", "in New
    York, New York") rather than a person in apposition ("the mayor of London, Sadiq Khan"):
    the words before the comma end with a place after a preposition, and they open with a
    name or a preposition, or follow a name themselves ("Pete Buttigieg, the former mayor of
    South Bend, Indiana")."""
    inner = toks[comma + 1 : last + 1]
    if not 1 <= len(inner) <= 3 or not all(
        _is_cap(t[2]) and t[2] not in NOT_NAMES and not _possessive(t[2]) for t in inner
    ):
        return False
    if inner[0][2].lower() in _FIRST_NAMES:
        return False
    opening = _comma_before(toks, comma) + 1
    segment = toks[opening:comma]
    if len(segment) < 2 or not _is_cap(segment[-1][2]):
        return False
    placed = False  # a preposition, then only names to the comma: "at the University of X"
    for tok in reversed(segment):
        if tok[2] in _PLACE_PREPOSITIONS:
            placed = True
        elif not (_is_cap(tok[2]) or tok[2] in ("the", "and")):
            break
    if not placed:
        return False
    first = segment[0]
    if _is_cap(first[2]) and first[2] not in NOT_NAMES:
        # "Jo Reyes of the University of California, Los Angeles": a name, then where from
        # (not "US Green Party presidential frontrunner ..., Howie Hawkins").
        named = [m for m in scan.mentions(first[0], segment[-1][1]) if m.run_start == first[0]]
        after = next((t for t in segment if named and t[0] >= named[0].end), None)
        if after is not None and after[2] in _PLACE_PREPOSITIONS:
            return True
        # "Hana Celik addressed reporters in New York, New York": a clause, then its place
        return bool(named) and any(t[2].islower() and _verbish(t[2]) for t in segment)
    if opening < 2 or toks[opening - 1][2] != "," or not _is_cap(toks[opening - 2][2]):
        return False
    # "Bruce Allen, from Toronto, Canada,": the segment is in apposition to a name (not to a
    # place in an adverbial: "Speaking to Agence France-Presse, the president of X, Y, said")
    named_start = _collect(toks, opening - 2, 0)
    return named_start == 0 or toks[named_start - 1][2].lower() not in PREPOSITIONS


_PLACE_PREPOSITIONS = words("of from in at near")


def _comma_before(toks: list[Token], i: int) -> int:
    j = i - 1
    while j >= 0 and toks[j][2] not in (",", ";", ":", "—", "–", "(", "“", "”", '"'):
        j -= 1
    return j


def _appositive(scan: Scan, toks: list[Token], i: int) -> Phrase | None:
    """'X, a spokesman for Y, said' / "Y's press secretary, X, told" / 'X, in remarks to Y,'."""
    j = _comma_before(toks, i)
    while j > 0 and toks[j][2] == "," and _place_continuation(scan, toks, j, i - 1):
        i, j = j, _comma_before(toks, j)  # "X, from Toronto, Canada, said": skip ", Canada"
    if j < 0 or toks[j][2] != ",":
        return None
    inner = toks[j + 1 : i]
    if not inner or len(inner) > 30:
        return None
    if inner[0][2] == "and":
        pair = _pair_with_clauses(scan, toks, j, i)
        if pair is not None:
            return pair
    head_end = _skip_back(toks, j - 1)
    head = None
    if head_end >= 0 and toks[head_end][2] not in (",", ";", ":"):
        first = _collect(toks, head_end, 0)
        if first <= head_end:
            head = classify(scan, toks[first][0], toks[head_end][1])
            if first > 0 and toks[first - 1][2].lower() in PREPOSITIONS:
                head = None  # "In an interview with India Today, ..." is not a subject
            elif head is not None and head.kind == "description" and toks[first - 1][2] == ",":
                # "Charles Plotena, the mayor of Esperanza, Sultan Kudarat, announced": the
                # name the chain of appositions opens with.
                earlier_end = first - 2
                earlier = _collect(toks, earlier_end, 0) if earlier_end >= 0 else 1
                opens_segment = earlier == 0 or toks[earlier - 1][2] in (",", ";", ":")
                if 0 <= earlier <= earlier_end and opens_segment:
                    opener = classify(scan, toks[earlier][0], toks[earlier_end][1])
                    if (
                        opener is not None
                        and opener.kind == "name"
                        and " " in opener.text
                        and (opener.mention is None or opener.mention.run_start == toks[earlier][0])
                    ):
                        return opener
    first_inner = inner[0][2].lower()
    if (
        head is None
        and head_end == 0
        and first_inner in ("a", "an", "the")
        and _is_cap(toks[0][2])
        and toks[0][2] not in NOT_NAMES
        and not toks[0][2].isupper()
        and not toks[0][2].endswith(("ly", "ing"))
    ):
        # "Domain.com, a real estate site, reported": a one-word name opening the sentence
        # (no mention, as any capitalised opener could be a word) that an apposition describes.
        start, end, word = toks[0]
        head = Phrase(start, end, "name", word, word.lower())
    if (
        first_inner in PREPOSITIONS
        or first_inner in RELATIVES
        or first_inner.endswith("ing")
        or (first_inner.endswith("ed") and first_inner not in PERSON_NOUNS)
        or first_inner in ("speaking", "according")
    ):
        return head  # ", in remarks to al-Ikhbariya television," / ", whose envoys ...,"
    if head is not None and head.kind == "name" and _titles_only(head.text):
        apposed = classify(scan, inner[0][0], inner[-1][1])
        if apposed is not None and apposed.kind == "name":
            return apposed  # "One of South Sudan's Vice Presidents, Rebecca De Mabior, said"
    if head is not None and head.kind == "name":
        return head  # "Michael Siegel of Boston University, co-author of a study published ..."
    if len(inner) > 14 or any(_verbish(t[2]) for t in inner):
        return None  # not an appositive but a clause: "..., Rubio addressed questions, saying"
    last = inner[-1][2]
    if len(inner) > 1 and last.islower() and _is_cap(inner[-2][2]) and last not in _ROLE_HEADS:
        return None  # "..., Secretary of State Mike Pompeo spoke, defending": a clause
    apposed = classify(scan, inner[0][0], inner[-1][1])
    if head is not None and head.kind == "name":
        return head
    if apposed is not None and apposed.kind == "name":
        return apposed
    return head or apposed


def _pair_with_clauses(scan: Scan, toks: list[Token], j: int, i: int) -> Phrase | None:
    """ "Kimberly-Clark, which makes Kleenex, and Solaris Paper which makes Sorbent, said":
    two names, each with its relative clause, speak together."""
    rel = next((k for k in range(j + 2, i) if toks[k][2] in ("which", "who")), None)
    opening = max(
        (k for k in range(1, j) if toks[k][2] == "," and toks[k + 1][2] in ("which", "who")),
        default=None,
    )
    if rel is None or opening is None or rel < j + 3:
        return None
    second = classify(scan, toks[j + 2][0], toks[rel - 1][1])
    first_start = _collect(toks, opening - 1, 0)
    if second is None or second.kind != "name" or first_start > opening - 1:
        return None
    first = classify(scan, toks[first_start][0], toks[opening - 1][1])
    if first is None and first_start == opening - 1 and _is_cap(toks[first_start][2]):
        start, end, word = toks[first_start]  # a one-word name opening the sentence
        first = Phrase(start, end, "name", word, word.lower())
    if first is None or first.kind != "name":
        return None
    joined = f"{first.text} and {second.text}"
    return Phrase(first.start, second.end, "name", joined, joined.lower())


# --- reading forwards -------------------------------------------------------------------------


def phrase_after(scan: Scan, start: int, hi: int) -> Phrase | None:
    """The source named after an inverted verb or "according to": '..., said Dmitry Peskov'."""
    toks = scan.tokens(start, min(hi, start + 160), limit=30)  # read at most ~26 of them
    end = _forward_end(toks)
    if end == 0:
        return None
    phrase = classify(scan, toks[0][0], toks[end - 1][1])
    listener = _listener_cut(scan, toks, end)
    if listener is not None:
        return listener
    # "According to the El Paso mayor, Dee Margo, ...": the apposed name.
    if (
        phrase is not None
        and phrase.kind == "description"
        and end + 1 < len(toks)
        and toks[end][2] == ","
    ):
        rest = toks[end + 1 :]
        inner_end = _forward_end(rest)
        if inner_end and inner_end < len(rest) and rest[inner_end][2] in (",", "."):
            apposed = classify(scan, rest[0][0], rest[inner_end - 1][1])
            if apposed is not None and apposed.kind == "name":
                return apposed
    if (
        phrase is not None
        and phrase.kind == "description"
        and (phrase.head in DOCUMENT_NOUNS or phrase.head in DATA_NOUNS)
    ):
        # "a memo posted online by Senator Juan Dalmau", "figures released by the ministry":
        # the author speaks.
        for k in range(end, min(end + 5, len(toks) - 1)):
            if toks[k][2] == "by":
                author = phrase_after(scan, toks[k + 1][0], hi)
                if author is not None and author.kind != "pronoun":
                    return author
                break
            if not toks[k][2][0].isalnum():
                break  # (but "a survey published in 2017 by ...": a year on the way)
    return phrase


def _listener_cut(scan: Scan, toks: list[Token], end: int) -> Phrase | None:
    """'..., said Dasbach to Wikinews': the name before "to" speaks, the one after listens
    (but "Ambassador to the UN Abdi Warsame" is one role and name)."""
    for k in range(1, end - 1):
        if toks[k][2] == "to":
            left = classify(scan, toks[0][0], toks[k - 1][1])
            return left if left is not None and left.kind == "name" else None
    return None


def _forward_end(toks: list[Token]) -> int:
    if toks and (toks[0][2].lower() in PREPOSITIONS or toks[0][2].lower() in RELATIVES):
        return 0  # "... announced on Facebook", "according to which ...": no source here
    end = 0
    owned = False  # after "Windsor Locks'": the owner's role follows ("first selectman")
    for k, (_, _, tok) in enumerate(toks):
        low = tok.lower()
        if not tok[0].isalnum() and tok not in ("’", "'"):
            prev_tok = toks[k - 1][2] if k > 0 else ""
            if tok == "." and (prev_tok.lower() in TITLES or _initial(prev_tok)):
                continue
            break
        if k > 0 and _is_cap(tok):
            end = k + 1
            owned = _possessive(tok)
            continue
        if k > 0 and low in PRONOUNS:
            break  # "according to the ministry he was ...": a new clause
        if k > 0 and low in ("the", "a", "an") and _is_cap(toks[k - 1][2]):
            prev_low = toks[k - 1][2].lower()
            if prev_low not in TITLES and prev_low not in _NOT_NAMES_LOWER:
                break  # "According to Rathbun the property was ...": a comma left out
        nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
        if k > 0 and _is_cap(toks[k - 1][2]) and nxt.lower() in _AUXILIARIES:
            break  # "according to Wasef archaeologists have ...": a comma left out
        if owned and low.isalpha() and low not in _OWNED_STOPS and low not in SPEECH_FORMS:
            end = k + 1
            continue
        owned = False
        if k > 0 and low == "and" and _is_cap(nxt):
            prev_low = toks[k - 1][2].lower()
            if _is_cap(toks[k - 1][2]) or prev_low in PERSON_NOUNS or prev_low in TITLES:
                # "Johns Hopkins Center for Systems Science and Engineering", "study
                # co-author and Royal Society Research Fellow Martin How"
                continue
        after_the = nxt == "the" and k + 2 < len(toks) and _is_cap(toks[k + 2][2])
        if (
            k > 0
            and (
                (low in _STOP_LOWER and low not in GROUP_NOUNS and low not in DATA_NOUNS)
                or (low in PREPOSITIONS and low not in ("of", "for", "by", "from"))
                or low == "when"
                or (low in TIME_WORDS and not _is_cap(tok))
            )
            and not (low in ("of", "for", "to") and (_nounish(nxt) or after_the))
        ):
            break
        if k > 0 and _verbish(tok) and low not in ("of", "for"):
            break
        end = k + 1
        if k >= 11:
            break
    return end


_AUXILIARIES = words("has have had is are was were will would can could should may might must")
_OWNED_STOPS = PREPOSITIONS | RELATIVES | _AUXILIARIES | words("and or but said says told")


def _subject_end(toks: list[Token]) -> int:
    """Like `_forward_end`, for the rest of a sentence's subject ("The head of [police]",
    "The High Court of [Kenya] heard"): a lowercase word after a name ends it, as a verb
    ("heard") most likely does, unless it heads the phrase itself ("of Kenya police")."""
    end = _forward_end(toks)
    for k in range(1, end):
        low = toks[k][2].lower()
        if _is_cap(toks[k - 1][2]) and not _is_cap(toks[k][2]) and low not in _AFTER_A_NAME:
            return k
    return end


_AFTER_A_NAME = PERSON_NOUNS | GROUP_NOUNS | words("of for and the")


def subject_at(scan: Scan, start: int, end: int) -> Phrase | None:
    """The subject a sentence (or clause) opens with: a pronoun, a name, or 'The official'."""
    text = scan.text
    first = text[start : start + 5].split(" ", 1)[0]
    if first.lower() in PRONOUNS and first.lower() not in ("i", "we", "you"):
        return classify(scan, start, start + len(first))
    # A subject opens the sentence: 30 words are more than any rule below reads.
    toks = scan.tokens(start, min(end, start + 200), limit=30)
    if not toks:
        return None
    if (
        toks[0][2].lower() in GROUP_NOUNS
        and toks[0][2][:1].isupper()
        and not (len(toks) > 1 and _is_cap(toks[1][2]))
    ):
        # "Officials met ...", "Police said ...", "State prosecutors charged ...", "Members
        # of the House of Commons protested ..."
        h = 1 if len(toks) > 1 and toks[1][2] in _PEOPLE_AND_GROUPS else 0
        head_end = toks[h][1]
        if h + 2 < len(toks) and toks[h + 1][2] in ("of", "from", "at"):
            more = _subject_end(toks[h + 2 :])
            if more and any(_is_cap(t[2]) for t in toks[h + 2 : h + 2 + more]):
                head_end = toks[h + 1 + more][1]
        return classify(scan, start, head_end)
    if toks[0][2] in ("The", "A", "An", "the", "a", "an"):
        for k, (_, t_end, tok) in enumerate(toks[1:7], start=1):
            low = tok.lower()
            if not tok[0].isalnum() or (_verbish(tok) and low not in PERSON_NOUNS):
                break
            if (low in PERSON_NOUNS or low in GROUP_NOUNS) and not (
                _is_cap(tok) and k + 1 < len(toks) and _is_cap(toks[k + 1][2])
            ):  # "The Combined Joint Task Force Operation Inherent Resolve" goes on
                stop = k + 1
                if stop + 1 < len(toks) and toks[stop][2] in ("to", "for", "of"):
                    more = _subject_end(toks[stop + 1 :])
                    if more:
                        t_end = toks[stop + more][1]
                return classify(scan, start, t_end)
    for mention in scan.mentions(start, toks[-1][1]):
        lead = [t[2] for t in toks if t[1] <= mention.run_start]
        if len(lead) > 6 or not all(
            _nounish(t) or t.lower() in DETERMINERS or t in ("of", "and") for t in lead
        ):
            break
        if mention.possessive:
            # "Thomas' sister pleaded ...": the owner's relative or agent is the subject
            # (but "Putin's spokesman Dmitry Peskov" goes on to the name).
            rest = [t for t in toks if t[0] >= mention.end and t[2] not in ("’", "'", "s")][:2]
            if (
                rest
                and rest[0][2].lower() in _PEOPLE_AND_GROUPS
                and not (len(rest) > 1 and _is_cap(rest[1][2]))
            ):
                return classify(scan, start, rest[0][1])
            continue
        prev = lead[-1].lower() if lead else ""
        secretary_of = prev == "of" and len(lead) > 1 and lead[-2].lower() in TITLES
        if prev in PREPOSITIONS and not secretary_of:
            continue
        following = [t for t in toks if t[0] >= mention.end][:8]
        if following and following[0][2].lower() in _PEOPLE_AND_GROUPS:
            # "Police spokesman Mariusz Ciarka", "United States General Services
            # Administration administrator Emily Murphy", "Former Trump adviser and retired
            # general Michael Flynn": the name after the role.
            for after in following[1:]:
                if _is_cap(after[2]):
                    return subject_at(scan, after[0], end)
                if not _role_part(after[2]) or after[2] in ("the", "a", "an"):
                    break
        if following and " " not in mention.name and following[0][2].lower() in _PEOPLE_AND_GROUPS:
            # "State prosecutors", "NATO leaders"
            tail = classify(scan, following[0][0], following[0][1])
            if tail is not None:
                return classify(scan, start, following[0][1])
        if text[mention.end : mention.end + 1] in (" ", ",", ""):
            return classify(scan, mention.run_start, mention.end)
        break
    if _opening_name(scan, toks[0], toks[1:]):
        first_start, first_end, word = toks[0]  # "Zillow released a statement: ..."
        return Phrase(first_start, first_end, "name", word, word.lower())
    return None
