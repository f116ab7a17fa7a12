"""The claim detector: quotes, reported statements and figures, each with its speaker.

Rules over sentences, in two passes over the article:

1. a registry of the names it mentions (fullest form, roles, gender, acronyms), so attribution
   can use what the whole article says about a person or a body;
2. paragraph by paragraph, in text order: quotations first (their attribution is next to
   them, or they continue the previous speaker), then each remaining sentence or clause is a
   reported statement (a source and a speech verb), a figure (a quantity), or nothing.

Pronouns and descriptions ("he", "the Kremlin leader") resolve against the speakers and subjects
seen so far, most recent first, filtered by gender and by the roles the article gave each name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from articles.claims.lexicon import (
    BETWEEN_SUBJECT_AND_VERB,
    COGNITION,
    COURT_HEADS,
    DATA_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NOUNS,
    GROUP_NOUNS,
    INSTITUTION_NOUNS,
    INVERTING,
    LY_NOUNS,
    MALE_NOUNS,
    MONTHS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    RECORD_NOUNS,
    RELATIVES,
    RULING_NOUNS,
    SOURCE_CUES,
    SPEECH_FORMS,
    TIME_WORDS,
    TITLES,
    is_demonym,
    trie_pattern,
    words,
)
from articles.claims.marks import english_marks
from articles.claims.model import Claim
from articles.claims.names import Entity, Registry
from articles.claims.phrases import (
    AGE_NOUN,
    OBJECT_PRONOUNS,
    QUANTIFIER_SUBJECTS,
    Phrase,
    classify,
    phrase_after,
    subject_at,
    subject_before,
)
from articles.claims.quotes import Quotation, find_quotations
from articles.claims.scan import Cue, Hit, Scan
from articles.sentences import split_sentences

_LINE = re.compile(r"[^\n]+")
# A quotation's original words, appended after a language tag: the rest is not English.
_LANGUAGE_TAG = re.compile(r"\s*\(\([a-z]{2,3}\)\)[A-Z][a-z]+ language:")
_WORDS = re.compile(r"\w+")
_FINAL = ".!?…:"
_CLOSERS = "\"”’')]»"
_QUOTE_MARKS = "“\"‘'«"

# Words after which a speech-verb form is a noun or an adjective ("a claim", "the reported").
_NOUN_BEFORE = words(
    "the a an his her its their our my your this that these those no any some most many "
    "several such whose one"
)
# Words after which it is a noun that is the subject of another verb ("a report has found").
_VERB_AFTER_NOUN = words(
    "has have had is was were will would can could should must may might also said says "
    "concluded found showed shows"
)
# Speech verbs that are never nouns: "which analysts say could ..." has its subject.
_OBJECT_AFTER = re.compile(r"\s*(?:a|an|the|its|their|his|her|\d)\b")
_NEVER_NOUNS = words("say tell believe think")
_NOT_VERBS = PREPOSITIONS | DETERMINERS | words("and or the of")
_BE = words("is was were are been be being am")
_BECOME = _BE | words("remain remains remained become became becomes grew feel feels felt")
# Passive speech verbs whose agent ("by X") is the source: 'was announced ... by the WHO'.
_PLACE_PREPOSITIONS = words("on in at to via during after before from")
_PASSIVE_WITH_AGENT = words(
    "announced reported declared described claimed confirmed denied said cited quoted called "
    "considered accused criticised criticized condemned praised identified estimated "
    "characterized characterised labelled labeled deemed branded alleged"
)
_AFTER_NOT_SPEECH = re.compile(
    r"\s+(?:(?:the|about|some|over|nearly|more than|at least|[\d,]+|\w+ (?:hundred|thousand))\s+"
    r"(?:[\d,]+ )?lives|lives|dead|missing|injured|killed|wounded|to (?:the )?hospital|into|up\b|"
    r"off\b|out\b|guilty|responsible for|for questioning|to (?:court|testify|appear)|by \w+ing|"
    r"with (?:force|violence|tear gas|gunfire)|to (?:the |a )?[A-Z]\w+ (?:of|Academy|Hall|"
    r"Society|University|College|Institute|Order)|tanks?\b)"  # "think tank": a noun
)
_THAT_SOON = re.compile(r"\s+(?:\w+\s+){0,3}?that\b|\s*[:,]\s*[“\"‘']")
_CLAUSE_SOON = re.compile(
    r"\s+(?:\S+\s+){0,5}?(?:that|could|would|will|was|is|were|had|has|have|can|should|must|"
    r"did|does|do|may|might)\b"
)
# Requests state a position only with what is asked: "asked the council to", "urged that".
_REQUESTS = words("ask request advise encourage plead")
_REQUEST_OBJECT = re.compile(
    r"\s+(?:for\b|that\b|with\b|(?:[^\s.;:,]+\s+){0,6}?to\s+(?:the\s+)?[“\"]?[a-z]|"
    r"(?:[^\s.;:,]+\s+){1,5}?(?:be|not|stop|remain)\b)"
)
_APPEAL_TO = re.compile(r"\s+to\s+(?:[^\s.;:,]+\s+){1,6}?to\s+[a-z]")
_CONSIDERED_AS = re.compile(
    r"\s+(?:that\b|(?:it|him|her|them|this|that)\s+(?:to be\b|as\b|an?\s|the\s)|"
    r"(?:[^\s.;:,]+\s+){1,6}?(?:to be|as)\s)"
)
# A noun with its determiner and up to two modifiers after a verb: "took a hard line".
_DETERMINED = r"\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
_STANCE_HELD = re.compile(
    _DETERMINED + r"(?:policy|position|stance|view|"
    r"line)\s+(?:of|that)\b"
)
_SHOUTS = words("shout chant yell scream react")  # speech only with their words
_SPOKE_OF_QUOTE = re.compile(r"\s+(?:of|about)\s+(?:[^\s.;:,“”\"]+\s+){0,3}?[“\"]")
_SAYS_SOON = re.compile(r"\s+(?:\w+\s+){0,3}?that\b|\s*[:,]?\s*[“\"‘']")
_CALL_OBJECT = re.compile(
    r"\s+(?:for|on|it|him|her|them|the|this|that|a|an|[“\"‘']|[A-Z]\S* [“\"‘'])|"
    # 'called Trump's action "a betrayal"', 'called Trump a "climate arsonist"'
    r"(?:\s+[^\s.;:,“”\"]+){1,4}\s+(?:a |an |the )?[“\"]|"
    # "called Trump a clown", "called Governor Ana Ruiz an obstacle": a verdict on someone named
    r"(?:\s+[A-Z][\w'’-]*){1,3}\s+an?\s+(?!(?:day|week|month|year|few|couple|number)\b)[a-z]"
)
# "labeled Soleimani as a terrorist", "designated the IRGC a terrorist organization"
_NAMED_AS = re.compile(r"(?:\s+(?:the\s+)?[A-Z][\w'’.-]*){1,4}\s+(?:as\s+)?(?:an?|the)\s+[a-z]")
_CLAUSE_SPLIT = re.compile(
    # (Every alternative opens with ";", "," or a space: one look at that character, not eight
    # alternatives tried, at each position of a sentence.)
    r"(?=[;,\s])(?:"
    r";\s+|,\s+(?:while|but|whereas|and|which|with)\s+|,\s+however,\s+|\s+(?:while|whereas)\s+|"
    r"\s+[—–]\s+(?=[A-Z])|\s+[—–]\s+which\s+|"
    # "85% were in favour and on Friday the government announced ...": a time, then a source
    r",?\s+and\s+(?:on|last|earlier|later|this)\s+[A-Za-z]+,?\s+|"
    # "Trump described the story as a hoax and the White House claimed ...": a second source
    r"\s+and\s+(?=(?:the\s+)?[A-Z])"
    r")"
)


# A relative clause whose pronoun is the subject of the reported words ("which officials said
# were ...", "which X says would ..."): the verb is followed by the gap's verb, not a clause.
def _word_after(text: str, pos: int) -> str:
    """The word after a space at `pos` ('' if none): a cheap look at what follows a verb."""
    words_ = text[pos : pos + 14].split(None, 1) if text[pos : pos + 1] == " " else []
    return words_[0] if words_ else ""


# Someone named (or him, her, them), then why or as what: "attacked Trump for ...".
_PERSON_OBJECT = r"\s+(?:him|her|them|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
_VERDICT_ON = re.compile(_PERSON_OBJECT + r"(?:[’']s?\s+[a-z]+)?\s+(?:as|for|over)\s")
_FOR_A_TIME = re.compile(
    r"(?:the\s+)?(?:\w+\s+)?(?:day|days|night|nights|week|weeks|hour|hours|time|months?)\b"
)
# "named Senator Kamala Harris as his running mate": someone named, chosen for a role of theirs
_CHOSEN_AS = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){1,4}as\s+(?:his|her|their|its)\s+[a-z]")
_CHALLENGED_TO = re.compile(_PERSON_OBJECT + r"\s+to\s+(?!(?:a|an|the)\b)[a-z]")
_PART_OF_A_GROUP = words("some many several few other")
_NOT_SAYING = re.compile(r"(?:\bnot|n[’']t|\bnever|\bdeclined to|\brefused to)\s+$")
# Whether a sentence may state a stance as another's (a cheap test before _STANCE_PHRASE).
_SHARED_STANCE = re.compile(
    r"(?:shared|shares|echoed|echoes|voiced|voices|had|has|have) (?:this|that|the same) [a-z]"
)
# "advocates" is a verb before what is advocated, or after a subject that advocates.
_ADVOCATED = words("for that in a an the its their his her our")
_ADVOCATES = words(
    "it he she they which who that also party group organisation organization movement "
    "campaign platform manifesto charter constitution union association candidate"
)
_AND_SOURCE = re.compile(r" and (?:the )?[A-Z]")
_GAP_VERBS_AFTER = words("is are was were will would had has have could can may might should must")
_CLAUSE_MARKS = (
    ";",
    " while ",
    " whereas ",
    ", but ",
    ", and ",
    " and on ",
    " and last ",
    " and earlier ",
    " and later ",
    " and this ",
    ", which ",
    ", with ",
    ", however,",
    "—",
    "–",
)
# Two or more names in a row, each after a comma: the list an ", and Name" ends.
_NAME_LIST = re.compile(r"(?:,\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}){2}$")
_COORDINATED = re.compile(
    r"(?:,|\b(?:and|but|yet|while|then))(?:\s+(?:also|later|then|further|[a-z]{3,}ly))?\s*$"
)
_GERUND_AFTER = re.compile(r"\b(?:in|by|upon|on|after|before|while|when|without)\s*$")
_AGENT = re.compile(r"\bby\s+")
_NOMINAL = re.compile(
    r"[’']s (?:(?:earlier|latest|recent|previous|public|written|official|repeated|initial) )?"
    r"(statement|claim|claims|remarks|comments|assertion|suggestion|announcement|warning|"
    r"accusation|pledge|promise|insistence|admission|denial|contention|argument|allegation|"
    r"threat|demand|proposal|view|belief|position) that\b|"
    # "Johnson's stated intent for the UK to leave ...": a declared aim is a stance.
    r"[’']s ((?:stated|declared|avowed|professed|expressed|announced) (?:intent|intention|aim|"
    r"goal|wish|desire|plan|position|policy|view|belief|objective|purpose))\b"
)


def _in_order(text: str) -> list[str]:
    """Words in the order written (a pattern tries them in that order)."""
    return text.split()


_ADVERBS = _in_order(
    "However Meanwhile Separately Additionally Earlier Later Previously Instead Moreover "
    "Furthermore Still Yet Also Now Then Today Yesterday Overall Finally"
)
_PHRASE_OPENERS = _in_order(
    "In On At During After Before When While Speaking Commenting Asked Following Toward "
    "Towards Beyond With Despite Amid As For Since Under Last This Earlier Late Early Along "
    "Alongside Besides Unlike Like Upon Once If Although Though Given Having Because Due "
    "Thanks Ahead Prior Throughout Within Without Across Outside Inside By From Through Until "
    "Over Against Apart Known Born"
)
_LY_ADVERB = ("edly", "ally", "ntly", "ously", "ably", "ibly", "tely", "ively", "fully", "ingly")
_LEADING_ADVERBIAL = re.compile(
    rf"(?:(?:{'|'.join(_ADVERBS)}|(?:{'|'.join(_PHRASE_OPENERS)}) "
    rf"[^,]{{1,80}}|(?-i:[A-Z][a-z]+(?:{'|'.join(_LY_ADVERB)}))|(?-i:[A-Z][a-z]+ing) [^,]{{1,80}}),"
    r"\s+)+",
    re.IGNORECASE,
)
# The words the pattern can open with: a cheap test before the (slow) alternation.
_LEADING_WORDS = frozenset(w.lower() for w in _ADVERBS + _PHRASE_OPENERS)
_SUBORDINATE = re.compile(
    r"(?:Although|Though|While|Whereas|When|After|Before|As|If|Because|Since|Once|Until|With) "
    r"[^,;]{1,150},\s+"
)
# After a tail attribution, only its object and circumstances may follow: ', X told RIA.'
_TAIL_REST = re.compile(r"(?:\s+[^\s,;:]+){0,12}\s*[.!…]?[\"”’']?\s*")
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&.]{1,9})\)")
# A document noun, or its verb ("The researchers reported ..." then "according to the report").
_DOCUMENT_WORD = re.compile(
    r"\b(" + trie_pattern(sorted(DOCUMENT_NOUNS), shortest_first=True) + r")(?:s|ed|d|ing)?\b"
)
# Whether a sentence may hold any of them at all (a trie, tried only where a word begins: most
# sentences hold none).
_ANY_DOCUMENT_WORD = re.compile(r"\b(?:" + trie_pattern(sorted(DOCUMENT_NOUNS)) + ")")
# Heads that refer back to the last person the article described: "the official said".
_GENERIC_HEADS = words("official source spokesman spokeswoman spokesperson aide adviser advisor")
# Heads of a person's role that may refer back to the last named speaker: "the Kremlin leader".
_ROLE_HEADS = words(
    "leader president official minister chancellor premier spokesman spokeswoman spokesperson "
    "secretary governor mayor senator aide adviser advisor envoy ambassador diplomat chief head "
    "king queen prince pope prosecutor commander general"
)

CONF_QUOTE_NAMED = 0.95
CONF_QUOTE_PRONOUN = 0.85
CONF_QUOTE_CONTINUED = 0.7
CONF_REPORTED_NAMED = 0.9
CONF_REPORTED_PRONOUN = 0.8
CONF_NOMINAL = 0.7
CONF_FIGURE = 0.6

Span = tuple[int, int]


@dataclass(slots=True)
class Speaker:
    """A resolved source: the name to show, how sure we are, and the entity (for salience)."""

    name: str
    confidence: float
    entity: Entity | None = None


_Found = tuple[Claim, "Speaker | None"]


@dataclass(slots=True)
class _State:
    """What the second pass remembers while it walks the article in text order.

    Salience is lazy: each sentence records the speakers of its claims, and its subject is
    worked out only if a later pronoun or description walks back that far.
    """

    scan: Scan
    registry: Registry
    sentences: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, subject?
    spoken: dict[int, list[Entity]] = field(default_factory=dict)  # sentence -> its speakers
    subjects: dict[int, tuple[Entity, ...]] = field(default_factory=dict)
    descriptions: dict[str, Entity] = field(default_factory=dict)
    last_speaker: Speaker | None = None
    last_spoken_at: int = -3  # the sentence of the last claim with a speaker
    quote_runs_on: bool = False  # the last paragraph ended inside an open quotation
    intro: Speaker | None = None  # who the last paragraph introduced with a colon ("She said:")
    documents: list[tuple[str, Speaker]] = field(default_factory=list)
    # sentence -> the ids of the entities it names, its he and she (None: no he or she)
    pronoun_votes: list[tuple[frozenset[int], int, int] | None] = field(default_factory=list)
    listeners: dict[int, bool] = field(default_factory=dict)  # entity id -> only ever listens

    def recent(self, limit: int = 40, before: bool = False) -> Iterator[Entity]:
        """People and bodies, most recent first: each sentence's speakers, then its subject
        (`before`: from the sentence before the current one)."""
        seen: set[int] = set()
        last = len(self.sentences) - 1 - before
        for index in range(last, max(-1, last - limit), -1):
            candidates = [*reversed(self.spoken.get(index, ())), *self._subject(index)]
            for entity in candidates:
                if id(entity) not in seen:
                    seen.add(id(entity))
                    yield entity

    def _subject(self, index: int) -> tuple[Entity, ...]:
        """The entity a sentence's subject names, then whose it is ("Thomas' sister")."""
        if index not in self.subjects:
            # Resolving "His Labour team" looks back for whom "his" means, which can ask for
            # this very sentence's subject again: it has none until it is resolved.
            self.subjects[index] = ()
            start, end, allowed = self.sentences[index]
            phrase = _main_subject(self.scan, start, end) if allowed else None
            found: tuple[Entity, ...] = ()
            if phrase is not None:
                entity = _subject_entity(self, phrase)
                owner = _possessor(self, phrase) if phrase.kind == "description" else None
                found = tuple(e for e in (entity, owner) if e is not None)
            self.subjects[index] = found
        return self.subjects[index]


def is_furniture(line: str) -> bool:
    """A line that does not end like a sentence: a headline, a caption, a byline, a button."""
    stripped = line.rstrip()
    if not stripped:
        return True
    last = stripped[-1]
    if last in _FINAL:
        return False
    if last == ",":
        # "... a case against him. Rathbun stated," introduces the quotation below it.
        return not any(w.strip(",") in SPEECH_FORMS for w in stripped[-40:].split()[-3:])
    if last in _CLOSERS:
        # ('... their own issues. "': a space before the closing mark, a slip of the copy)
        inner = stripped.rstrip(_CLOSERS).rstrip()
        return not inner or inner[-1] not in _FINAL + ","
    return True


def detect_claims(text: str) -> tuple[Claim, ...]:
    """The claims of an article's cleaned `text`, in text order. Pure and deterministic."""
    english = english_marks(text)
    if english is text:
        return _detect(text)
    # Read „…“ and «…» as “…”; each claim's text is the article's own characters.
    return tuple(replace(c, text=text[c.start : c.end]) for c in _detect(english))


def _detect(text: str) -> tuple[Claim, ...]:
    scan = Scan(text)
    state = _State(scan, Registry(scan))
    claims: list[Claim] = []
    lines = list(_LINE.finditer(text))
    transcript = "((" in text or ("?" in text and _COLON_QUESTION.search(text) is not None)
    answers, turns = _interview_answers(lines) if transcript else ({}, {})
    asking = _TURN if "((" in text else None
    interviewee: Speaker | None = None
    for line in lines:
        para = line.span()
        # '... first" ((es))Spanish language: ...': a paragraph that ends in a quotation's
        # original words is prose, though it does not end like a sentence.
        if not is_furniture(line.group()) or _LANGUAGE_TAG.search(text, *para):
            if (
                asking is not None
                and para[0] not in answers
                and _asks(line.group())
                and _TURN.match(line.group())
            ):
                # "((WSS)) : In 2016, the nominee received 203,091 votes. How many ...?": the
                # interviewer's turn is a question, whatever it recalls on the way.
                continue
            sentences = split_sentences(text, *para)
            block = state.intro
            if block is not None and _ANY_QUOTE_MARK.search(text, *para) is not None:
                block = None
            if para[0] in answers:
                if interviewee is None and not answers[para[0]][0]:
                    interviewee = _interviewee(state, text, min(turns))
                answer = _answer_claim(state, para, sentences, answers[para[0]], interviewee)
                if answer is not None:
                    claims.append(answer)
                    continue
            found = _paragraph_claims(state, para, sentences)
            if block is not None and para[0] not in answers:
                found = _block_quote(state, para, block, found)
            claims.extend(found)
    claims.sort(key=lambda c: (c.start, c.end))
    # "Wikinews observed the exhibit features ...", "Wikinews confirmed with X that ...": the
    # reporting outlet itself is the narrator, not a source the reader weighs.
    return tuple(c for c in claims if c.speaker is None or c.speaker.lower() not in _REPORTERS)


_REPORTERS = frozenset(("wikinews", "this reporter", "this correspondent"))


def _block_quote(state: _State, para: Span, speaker: Speaker, found: list[Claim]) -> list[Claim]:
    """A paragraph without quotation marks after one that ends "Marrero rejected this
    argument:" is the words it introduces, set off as a block: one quotation of theirs."""
    text = state.scan.text
    start, end = para
    while end > start and text[end - 1].isspace():
        end -= 1
    if _asks(text[start:end]) or text.count(" ", start, end) < _MIN_ANSWER_WORDS:
        return found
    state.last_speaker = speaker
    claim = Claim(start, end, text[start:end], "quote", speaker.name, None, CONF_QUOTE_CONTINUED)
    return [claim]


# "((Thomas Rivinius)) Well, ...", "((WN)) : What ...?": who speaks a paragraph of an interview.
_TURN = re.compile(r"\(\(([^()\n]{1,60})\)\)[ \t]*(?::[ \t]*)?")
_INTERVIEWERS = words("wn wikinews")
_MIN_TURNS = 3  # paragraphs opened by a speaker's name in (( )): a transcript, not an aside
_MIN_ANSWER_WORDS = 8  # "Yes.", "Thank you.", "Yeah, I would say yes.": nothing to weigh
_MIN_STATEMENT_WORDS = 4
_PLEASANTRY = re.compile(
    r"\b(?:[Tt]hanks?|[Bb]ye|[Gg]oodbye|[Pp]leasure|[Ww]elcome|[Nn]ice (?:talking|speaking|"
    r"meeting|to meet)|[Gg]ood (?:day|luck|morning|evening)|[Cc]iao|[Cc]heers)\b"
)


def _asks(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS).endswith("?")


def _interview_answers(
    lines: list[re.Match[str]],
) -> tuple[dict[int, tuple[str, int]], dict[int, tuple[str, int]]]:
    """The answers of a Wikinews interview transcript (paragraph start -> who answers, where
    the answer's words begin) and its turns (the same, for each paragraph "((Name))" opens).
    An interviewee's answers are their words, though unquoted: a paragraph opened "((Name))"
    whose name does not ask the questions, and the paragraphs after it until the next turn
    or question; after a question, an unmarked paragraph is the answer of the one
    interviewee the transcript names."""
    turns = {}
    asked: dict[str, list[bool]] = {}
    tag = _TURN if "((" in lines[0].string else _COLON_TURN
    for line in lines:
        turn = tag.match(line.group())
        if turn is not None:
            name = " ".join(turn.group(1).split())
            turns[line.start()] = (name, line.start() + turn.end())
            asked.setdefault(name, []).append(_asks(line.group()))
    if len(turns) < _MIN_TURNS:
        return {}, {}
    if tag is _COLON_TURN and not any(sum(q) * 2 > len(q) for q in asked.values()):
        return {}, {}  # "Update: ...", "Anna Berg: ..." with nobody asking: no interview
    # "((NG))" after "((Natasha Gownaris))" (or after the introduction that names her): one
    # interviewee, written short.
    full = _full_names(lines[0].string, min(turns), list(asked))
    if full:
        turns = {at: (full.get(name, name), words_at) for at, (name, words_at) in turns.items()}
        merged: dict[str, list[bool]] = {}
        for name, questions in asked.items():
            merged.setdefault(full.get(name, name), []).extend(questions)
        asked = merged
    answerers = {
        name
        for name, questions in asked.items()
        if name.lower() not in _INTERVIEWERS and sum(questions) * 2 < len(questions)
    }
    # With no turn of the interviewee's own, answers follow the questions unmarked: they are
    # the interviewee's (named later, from the text before the transcript) when they speak
    # in the first person, which narration between two interviews does not.
    sole = next(iter(answerers)) if len(answerers) == 1 else "" if not answerers else None
    answers: dict[int, tuple[str, int]] = {}
    current: str | None = None
    after_question = False
    for line in lines:
        turn_at = turns.get(line.start())
        if turn_at is not None:
            current = turn_at[0] if turn_at[0] in answerers else None
            after_question = current is None
            if current is not None:
                answers[line.start()] = (current, turn_at[1])
            continue
        if _asks(line.group()):
            current, after_question = None, True
            continue
        if current and not after_question and _narrates(line.group(), current):
            current = None  # "Gownaris has worked there since 2014.": the reporter's words
        if current is None and after_question:
            current = sole
        after_question = False
        if (
            current == ""
            and not _FIRST_PERSON.search(line.group())
            and not _INITIALS.match(line.group())
        ):
            current = None
        if current is not None:
            answers[line.start()] = (current, line.start())
    return answers, turns


_INITIALS = re.compile(r"[A-Z]{2,3}:? [A-Z]")  # "MS The next step ...": who answers
# "WN: What ...?", "Natasha Gownaris: I worked ...": a transcript's turns, tagged with a colon
# (a name or initials of two letters or more; a question asked by one of them makes it one).
_TURN_NAME = r"[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]*){0,3}"
_COLON_TURN = re.compile(rf"({_TURN_NAME}):[ \t]+(?=\S)")
_COLON_QUESTION = re.compile(rf"\n{_TURN_NAME}: [^\n]*\?[”\"]?(?:\n|$)")
_FULL_NAME = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}")


def _full_names(text: str, first_turn: int, names: list[str]) -> dict[str, str]:
    """Initials that tag turns ("NG") -> the full name they stand for: a name of the
    transcript's own turns, else the last name written before it with those initials."""
    short = [n for n in names if n.isupper() and 2 <= len(n) <= 4 and n.isalpha()]
    if not short:
        return {}
    written = [n for n in names if " " in n]
    found = {}
    for initials in short:
        if initials.lower() in _INTERVIEWERS:
            continue
        for name in (*written, *reversed(_FULL_NAME.findall(text, 0, first_turn))):
            parts = name.split()
            # "Biologist Karin Holmqvist": the name may follow a title in its run of capitals
            if (
                len(parts) >= len(initials)
                and "".join(part[0] for part in parts[-len(initials) :]) == initials
            ):
                found[initials] = " ".join(parts[-len(initials) :])
                break
    return found


def _narrates(line: str, answerer: str) -> bool:
    """A paragraph between the turns that names the one answering in the third person, and
    speaks in no first person, is the reporter's narration, not more of the answer."""
    surname = answerer.split()[-1]
    return len(surname) > 2 and surname in line and not _FIRST_PERSON.search(line)


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|my|My|our|Our|me|us)\b")


def _interviewee(state: _State, text: str, first_turn: int) -> Speaker | None:
    """Whom a transcript with unmarked answers interviews: the person the last sentence
    before it is about ("Siegel agreed to answer some questions for Wikinews.")."""
    intro_end = len(text[:first_turn].rstrip())
    paragraph_start = text.rfind("\n", 0, intro_end) + 1
    for start, end in reversed(split_sentences(text, paragraph_start, intro_end)):
        if _asks(text[start:end]):
            continue
        phrase = _main_subject(state.scan, start, end)
        if phrase is None or phrase.kind != "name":
            return None
        speaker = _resolve(state, phrase, quote=True)
        return speaker if speaker.entity is not None and speaker.entity.person else None
    return None


def _past_initials(text: str, start: int, end: int, name: str) -> int:
    """Where an unmarked answer's words begin, after the name or initials that open it
    ("MS Although we used ...", "Michael Siegel I am a professor ...")."""
    initials = "".join(part[0] for part in name.split() if part[:1].isupper())
    for prefix in (name + " ", initials + " ", name + ": ", initials + ": "):
        if len(initials) > 1 and text.startswith(prefix, start, end):
            return start + len(prefix)
    return start


def _terse_answer(text: str, start: int, end: int) -> bool:
    """A whole answer of one short sentence ("No.", "We cannot.", "Sealed bottles.") is the
    interviewee's reply to the question before it: a claim, though too short to be a statement
    on its own; two or more fragments ("No. Not really.", "Thank you. Ciao.") are chat, and
    a bare assent ("Yes.", "Sure.") only nods to the question."""
    answer = text[start:end].strip()
    return bool(answer) and not (
        _asks(answer)
        or _PLEASANTRY.search(answer)
        or _SENTENCE_BREAK.search(answer)
        or _ASSENT.fullmatch(answer)
    )


_SENTENCE_BREAK = re.compile(r"[.!?;][\"”’')]*\s+\S")
_ASSENT = re.compile(r"(?i)(?:yes|yeah|yep|sure|okay|ok|of course|absolutely)\W*")


def _answer_claim(
    state: _State,
    para: Span,
    sentences: list[Span],
    answer: tuple[str, int],
    interviewee: Speaker | None,
) -> Claim | None:
    """An interview answer is one quotation of the interviewee's, in place of the claims its
    sentences would make on their own (a figure in it is theirs too): its sentences are only
    recorded, for the pronouns after it."""
    text = state.scan.text
    name, start = answer
    end = para[1]
    while end > start and text[end - 1].isspace():
        end -= 1
    said = 0  # the words of its statements: no question back, no "Yeah.", no "Thank you."
    for s_start, s_end in sentences:
        count = text.count(" ", max(s_start, start), s_end) + 1
        if count < _MIN_STATEMENT_WORDS or _asks(text[s_start:s_end]):
            continue
        if count <= 2 * _MIN_ANSWER_WORDS and _PLEASANTRY.search(text, s_start, s_end):
            continue
        said += count
        if said >= _MIN_ANSWER_WORDS:
            break
    else:
        if not _terse_answer(text, start, end):
            return None
    if name:
        entity = state.registry.lookup(name)
        # The transcript's own name for the interviewee ("Dorsa Derakhshani", not the
        # registry's "IM Dorsa Derakhshani"), unless it writes a surname alone.
        shown = entity.display if entity is not None and " " not in name else name
    elif interviewee is not None:
        entity, shown = interviewee.entity, interviewee.name
        start = _past_initials(text, start, end, shown)
    else:
        return None
    speaker = Speaker(shown, CONF_QUOTE_CONTINUED + 0.1, entity)
    state.intro, state.quote_runs_on = None, False
    for s_start, s_end in sentences:
        state.sentences.append((s_start, s_end, text[s_start] not in _QUOTE_MARKS))
    _spoke(state, speaker, "")
    return Claim(start, end, text[start:end], "quote", speaker.name, None, speaker.confidence)


# --- pass 2: claims ---------------------------------------------------------------------------


def _paragraph_claims(state: _State, para: Span, sentences: list[Span]) -> list[Claim]:
    text = state.scan.text
    p_start, p_end = para
    opens_quoted = text[p_start] in _QUOTE_MARKS
    # A paragraph that opens with a quotation after "She said:" is hers, clause or not.
    intro = state.intro if opens_quoted else None
    state.intro = None
    quotes = [
        q
        for q in find_quotations(text, p_start, p_end)
        if (q.clause or _introduced(state, q) or (intro is not None and q.start == p_start))
        and not _title(text, q)
    ]
    claims: list[Claim] = []
    continuing = state.quote_runs_on and opens_quoted
    state.quote_runs_on = False
    next_quote = 0
    previous: Speaker | None = intro  # the speaker of the last quotation in this paragraph
    last = len(sentences) - 1
    for index, (s_start, s_end) in enumerate(sentences):
        inside = [q for q in quotes if q.start < s_end and q.end > s_start]
        has_subject = not _inside(inside, s_start) and text[s_start] not in _QUOTE_MARKS
        state.sentences.append((s_start, s_end, has_subject))
        # A quotation is attributed once the sentence it ends in is reached.
        while next_quote < len(quotes) and quotes[next_quote].end <= s_end:
            k = next_quote
            next_quote += 1
            quote = quotes[k]
            bounds = (
                quotes[k - 1].end if k > 0 else p_start,
                quotes[k + 1].start if k + 1 < len(quotes) else p_end,
            )
            claim, speaker = _quote_claim(
                state, quote, bounds, sentences, continuing and k == 0, previous
            )
            if claim is not None:
                claims.append(claim)
                previous = speaker
            state.quote_runs_on = not quote.closed
        found = _sentence_claims(state, s_start, s_end, inside)
        if index == last and text[s_start:s_end].endswith((":", ",")) and not state.quote_runs_on:
            found = _introduction(state, s_start, s_end, found)
        claims.extend(found)
    return claims


_NAMING = words("named called titled entitled dubbed nicknamed labelled labeled as")
_TITLE_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def _title(text: str, quote: Quotation) -> bool:
    """A quoted name, not a quotation: 'the robot, named "Better Idea of Afghan Girls,"',
    'a program called "Learning Together"' (title case after a naming word)."""
    before = text[max(0, quote.start - 12) : quote.start].split()
    if not before or before[-1].lower() not in _NAMING:
        return False
    content = _TITLE_WORD.findall(text, quote.start, quote.end)
    return bool(content) and all(w[0].isupper() for w in content if len(w) > 3)


def _introduction(state: _State, start: int, end: int, found: list[Claim]) -> list[Claim]:
    """A paragraph that ends "... She said:" (or "Rathbun stated,") introduces the quotation
    below it: remember who speaks there. A speech verb with nothing of its own after it ("She
    said:", "he told reporters on Monday:") is no claim; one with content ("the Church denied
    these allegations:") stays one."""
    kept = []
    for claim in found:
        cue = claim.cue or ""
        cue_at = claim.text.rfind(cue) if cue else -1
        if claim.end >= end - 1 and cue_at >= 0 and claim.speaker is not None:
            gap = claim.text[cue_at + len(cue) :].rstrip(":,").strip()
            state.intro = Speaker(claim.speaker, claim.confidence, _entity_of(state, claim))
            if _bare_introduction(gap):
                continue
        kept.append(claim)
    if state.intro is None:
        # "Mark Tully met reporters and read a short statement:": the subject speaks.
        phrase = _main_subject(state.scan, start, end)
        if phrase is not None and not _first_person(phrase):
            speaker = _resolve(state, phrase, quote=True)
            if speaker.entity is not None or phrase.kind == "name":
                state.intro = Speaker(speaker.name, 0.75, speaker.entity)
    return kept


def _entity_of(state: _State, claim: Claim) -> Entity | None:
    last = state.last_speaker
    return last.entity if last is not None and last.name == claim.speaker else None


def _bare_introduction(gap: str) -> bool:
    """The words between a speech verb and the colon that ends its paragraph carry nothing to
    weigh: none, a circumstance ("on Monday", "in a statement"), or whom it was said to."""
    gap_words = gap.lower().removeprefix("the ").split()
    if not gap_words:
        return True
    return gap_words[0] in PREPOSITIONS or gap_words[0] in _ADDRESSEES


_ADDRESSEES = words("him her them us me reporters journalists press media audience crowd")


def _introduced(state: _State, quote: Quotation) -> bool:
    """A quotation of a few words that a speech verb introduces or follows directly is a
    quotation proper, not scare quotes: '"Heartbroken and numb," writes X', 'said, "any
    acts that ... will not be tolerated."'."""
    text = state.scan.text
    if len(_WORDS.findall(text, quote.start, quote.end)) < 3:
        return False
    before = text[max(0, quote.start - 30) : quote.start].rstrip()
    if before.endswith((",", ":")):
        words_before = before[:-1].split()[-3:]
        if any(w.strip(",.") in SPEECH_FORMS for w in words_before):
            return True
    after = text[quote.end : quote.end + 30]
    if text[quote.end - 2 : quote.end - 1] == "," or after.startswith(","):
        following = after.lstrip(" ,").split(" ", 2)
        if following[0] in PRONOUNS and len(following) > 1:
            following = following[1:]  # '"Heartbroken," she said'
        return following[0] in SPEECH_FORMS and not following[0].endswith("ing")
    return False


def _sentence_of(sentences: list[Span], pos: int) -> Span:
    for span in sentences:
        if span[0] <= pos <= span[1]:
            return span
    return sentences[-1]


def _quote_claim(
    state: _State,
    quote: Quotation,
    bounds: Span,
    sentences: list[Span],
    continuing: bool,
    previous: Speaker | None,
) -> tuple[Claim | None, Speaker | None]:
    """A quotation and its speaker: the attribution after it, or before it, or the speaker of
    the quotation before it in the paragraph, or of the sentence around it, or (a paragraph
    that is a quotation) the previous speaker."""
    text = state.scan.text
    content = text[quote.start + 1 : quote.end - 1].strip()
    if (
        content.endswith("?")
        and content.count("?") == 1
        and "." not in content[:-1]
        and ": " not in content
        and not _declarative(content)
    ):
        # a quoted question is not a claim (but "We have said ..., so why?", "I thought it
        # was a prank: who would steal a toilet?")
        return None, None
    speaker, cue = None, None
    end_sentence = _sentence_of(sentences, quote.end - 1 if quote.closed else quote.end)
    start_sentence = _sentence_of(sentences, quote.start)
    if quote.closed and quote.end < end_sentence[1]:
        # '…," Peskov said.' / '…," said the official.' / '…," the statement concluded.'
        speaker, cue = _attribution_after(state, quote.end, min(end_sentence[1], bounds[1]))
    elif quote.closed and text[quote.end - 2 : quote.end - 1] in ("!", "?"):
        # '"… in two days!" Macron told the world via Twitter.': the exclamation ended the
        # sentence, and the next one only says who said it.
        after = _sentence_of(sentences, min(quote.end + 1, len(text) - 1))
        if after[0] >= quote.end and after[1] <= bounds[1]:
            speaker, cue = _attribution_after(state, quote.end, after[1])
            if cue is not None and not _attributes_quote_before(text, after[0], after[1], cue):
                speaker, cue = None, None
    if speaker is None:
        lo = max(start_sentence[0], bounds[0])
        speaker, cue = _attribution_before(state, lo, quote.start, previous)
    if speaker is None and start_sentence[0] < max(bounds[0], quote.start - 1):
        found = _reported(state, max(start_sentence[0], bounds[0]), quote.start)
        if found is not None:
            speaker = Speaker(found[0].name, found[0].confidence - 0.1, found[0].entity)
            cue = found[1]
    if (
        speaker is None
        and start_sentence[0] < quote.start
        and text[start_sentence[0] : quote.start].rstrip().endswith(":")
    ):
        # 'Bolton gave a different account, speaking via Twitter: "..."'
        subject = _main_subject(state.scan, start_sentence[0], quote.start)
        if subject is not None and subject.kind != "pronoun":
            found_speaker = _resolve(state, subject, quote=True)
            speaker = Speaker(found_speaker.name, 0.75, found_speaker.entity)
    if speaker is None and previous is not None:
        speaker = Speaker(previous.name, min(previous.confidence, 0.8), previous.entity)
    opens_paragraph = quote.start == 0 or text[quote.start - 1] == "\n"
    # 'Heald noted the findings show ... . "An air-quality cleanup would ..."': a quotation
    # that is a sentence of its own goes on from the claim of the sentence before it.
    follows_claim = quote.start == start_sentence[0] and state.last_spoken_at == _index_before(
        state, start_sentence[0]
    )
    if speaker is None and not continuing and quote.start == start_sentence[0]:
        # 'Karl Weiss described the scene to reporters. "It was chaos."': a quotation that is
        # a sentence of its own after one whose subject is a person (who spoke last there).
        speaker = _subject_before_quote(state, start_sentence[0])
    if (
        speaker is None
        and state.last_speaker is not None
        and (continuing or opens_paragraph or follows_claim)
    ):
        last = state.last_speaker
        speaker = Speaker(last.name, min(last.confidence, CONF_QUOTE_CONTINUED), last.entity)
    if speaker is None:
        return None, None
    _spoke(state, speaker, text[end_sentence[0] : end_sentence[1]])
    claim = Claim(
        quote.start,
        quote.end,
        text[quote.start : quote.end],
        "quote",
        speaker.name,
        cue,
        speaker.confidence,
    )
    return claim, speaker


def _subject_before_quote(state: _State, sentence_start: int) -> Speaker | None:
    """The person the sentence before a quotation is about, when no claim came since: who
    the unattributed quotation most likely belongs to."""
    index = _index_before(state, sentence_start)
    if index < 0 or index <= state.last_spoken_at or not state.sentences[index][2]:
        return None
    start, end, _ = state.sentences[index]
    before = state.scan.text[start:end].rstrip()
    if before.rstrip(_CLOSERS).endswith("?"):
        # A question's answer is the one asked's, not the asker's: the reporter's "Why did
        # she so badly want to attend?" is answered by her.
        asked = _ASKED_ABOUT.search(before)
        if asked is None or before.startswith(_QUOTE_MARKS):
            return None
        entity = _antecedent(state, OBJECT_PRONOUNS.get(asked.group(1), asked.group(1)))
        if entity is None:
            return None
        return Speaker(entity.display, CONF_QUOTE_CONTINUED - 0.05, entity)
    if before.endswith(":"):
        # 'The palace issued the following statement: "…"': the subject speaks, body or not.
        subject = _main_subject(state.scan, start, end)
        if subject is not None and subject.kind != "pronoun":
            found = _resolve(state, subject, quote=True)
            return Speaker(found.name, 0.75, found.entity)
    for entity in state._subject(index):
        if entity.person is True and not _only_listens(state, entity):
            return Speaker(entity.display, CONF_QUOTE_CONTINUED - 0.05, entity)
    return None


# "Why did she ...?", "What made him ...?": the one a question asks about.
_ASKED_ABOUT = re.compile(r"^(?:Why|How|What|When|Where)\b[^?]{0,40}?\b(she|he|her|him)\b")

_ASKING = words(
    "how why what who whom whose which when where whether is are was were do does did can could "
    "will would should shall may might must have has had isn't aren't don't doesn't didn't "
    "can't won't wouldn't shouldn't"
)


def _declarative(content: str) -> bool:
    """Whether a quotation that ends in a question opens with a statement of its own: "We have
    said for years that ..., so why should they be exempt?" (not "How can people ...?")."""
    words_ = content.lstrip("“\"‘'([ ").split(None, 3)
    return (
        len(words_) > 2
        and words_[0].lower() not in _ASKING
        and words_[0].lower() in PRONOUNS
        and words_[1].lower() not in _ASKING - _AUXILIARY_STATEMENTS
    )


_AUXILIARY_STATEMENTS = words("have has had will would can could should must may might")


def _attribution_after(state: _State, start: int, limit: int) -> tuple[Speaker | None, str | None]:
    scan = state.scan
    text = scan.text
    for cue in scan.cues(start, min(limit, start + 240)):
        verb = cue.group()
        between = text[start : cue.start()]
        if verb.lower() in SOURCE_CUES:
            return _source_after(state, cue.end(), limit, quote=True), verb.lower()
        if not between.strip(" ,"):
            phrase = phrase_after(scan, cue.end(), limit)
        else:
            if re.match(r"[\s,]*(?:and|but|while|though|although|which|as)\b", between):
                return None, None
            if verb.endswith("ing") and between.rstrip().endswith(","):
                continue  # '"…," a senior official, speaking on condition of anonymity, told'
            phrase = subject_before(scan, start, cue.start()) if len(between) < 120 else None
            if (
                phrase is not None
                and text[start : phrase.start].strip(" ,")
                and not _described_before(scan, start, phrase)
            ):
                phrase = None
            if phrase is None and len(between) < 240:
                # '"…," Vance, who has led the protests since March and ..., told the crowd':
                # the words right after the quotation, set off by commas, speak.
                opener = _set_off_source(scan, start, cue.start())
                if opener is not None and between.rstrip().endswith(","):
                    phrase = opener
                elif opener is not None:
                    continue  # a verb inside the words set off: "on charges her lawyers call"
        quoted = _quoted_person(state, cue, limit)
        if quoted is not None:
            phrase = quoted  # '"...," the paper quoted Anna Berg as saying': she speaks
        if phrase is None:
            return None, None
        if _first_person(phrase):
            return None, None  # "I thought, “...”": the speaker is not in the text
        return _resolve(state, phrase, quote=True), verb
    return None, None


def _described_before(scan: Scan, start: int, phrase: Phrase) -> bool:
    """'"…," his daughter, Mia Hart, told CNN': a name set off after a description of it."""
    gap = scan.text[start : phrase.start].rstrip()
    if phrase.kind != "name" or not gap.endswith(","):
        return False
    described = classify(scan, start, start + len(gap) - 1)
    return (
        described is not None
        and described.kind == "description"
        and described.head in PERSON_NOUNS
        and "," not in scan.text[start : described.end].strip(" ,")
    )


def _set_off_source(scan: Scan, start: int, hi: int) -> Phrase | None:
    """The source right after a quotation when commas set off what follows it ('"…," a senior
    official in the ruling party, speaking on condition of anonymity, told ...')."""
    text = scan.text
    phrase = phrase_after(scan, start, hi)
    if phrase is None or phrase.kind == "pronoun" or text[start : phrase.start].strip(" ,"):
        return None
    comma = text.find(",", phrase.end, min(hi, phrase.end + 60))
    if comma < 0 or scan.has_cue(phrase.end, comma):
        return None
    if comma > phrase.end:
        whole = classify(scan, phrase.start, comma)  # "a senior official in the ruling party"
        return whole if whole is not None and whole.head == phrase.head else None
    return phrase


_QUOTING = words("quoted quotes quoting cited cites citing")
_CITING = words("cited cites citing")
# What follows the one cited: the content ("that ..."), or the verb of the outlet citing them.
_CITED_CONTENT = re.compile(r"\s(?:that\b|(?:have|has|had)\s+(?:\w+ly\s+)?\w+ed\b)")
_AS_SAYING = re.compile(r"\s*(?:,[^,;.“”\"]{1,80},\s*)?as\s+(?:\w+ly\s+)?(?:\w+ing)\b")


def _quoted_person(state: _State, cue: Cue, hi: int) -> Phrase | None:
    """Whom an outlet quotes: "the paper quoted Anna Berg, a lawyer, as saying ..." names the
    speaker after the verb; the outlet only reports the words."""
    if cue.group() not in _QUOTING:
        return None
    scan = state.scan
    phrase = phrase_after(scan, cue.end(), hi)
    if (
        phrase is not None
        and phrase.kind != "pronoun"
        and _AS_SAYING.match(scan.text, phrase.end, hi) is not None
    ):
        return phrase
    return _cited_source(scan, cue, hi) if cue.group() in _CITING else None


def _cited_source(scan: Scan, cue: Cue, hi: int) -> Phrase | None:
    """ "The paper cited a police source that ...", "Reports citing sources close to the team
    have said ...": the one cited said it; the outlet only relays it."""
    text = scan.text
    lo = cue.end() + 1
    verb = _CITED_CONTENT.search(text, lo, min(hi, lo + 120))
    if verb is None or any(mark in text[lo : verb.start()] for mark in ',;:“"'):
        return None
    phrase = _modified_subject(scan, lo, verb.start() + 1) or classify(scan, lo, verb.start())
    if phrase is None or phrase.kind == "pronoun" or phrase.start != lo:
        return None
    known = phrase.kind == "name" or phrase.head in _PEOPLE_HEADS | _GENERIC_HEADS
    return phrase if known else None


_PARTICIPLES_AFTER = words(
    "made posted published released issued written shared seen sent filed put out cited"
)
_NEGATIVE_FINDINGS = (" no evidence", " no sign", " no such", " no trace")
_OPEN_QUESTIONS = words("whether if how what why who when where which")
_STANCE_ABOUT = words("concerned worried sceptical skeptical optimistic pessimistic confident")
_STANCE_OF = words("critical supportive dismissive wary sceptical skeptical")
_SOURCE_END = re.compile(r"[,;:.!?()“”\"\n]|\s[—–]\s")
_SOURCE_NOUNS = RECORD_NOUNS | DOCUMENT_NOUNS | DATA_NOUNS
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_GENDER = {"he": "m", "she": "f"}


def _source_after(state: _State, start: int, hi: int, quote: bool) -> Speaker | None:
    """The source after "according to" (or "in the words of", "by"): a name or a description,
    else the records of someone ("her memoirs" -> her), else the words as written when they
    name records ("videos posted on social media") or hold a name ("these videos and NPR")."""
    scan = state.scan
    text = scan.text
    stop = _SOURCE_END.search(text, start, hi)
    end = stop.start() if stop else hi
    when = _WHEN_AFTER_SOURCE.search(text, start, end)
    if when is not None and not _BY_AUTHOR_LATER.search(text, when.end(), end):
        # "according to the WHO late on Friday, ...": the WHO (but "a tweet on Monday by
        # Mike Pompeo" names its author after the day)
        hi = end = when.start()
    phrase = phrase_after(scan, start, hi)
    if phrase is not None:
        return _resolve(state, phrase, quote)
    author = _author_of_record(scan, start, end)
    if author is not None:
        return _resolve(state, author, quote)
    written = text[start:end].strip()
    parts = written.split()
    for k, part in enumerate(parts[2:], start=2):
        if part in _PARTICIPLES_AFTER or part in RELATIVES:
            parts = parts[:k]  # "an Internet posting made just over 24 hours ago"
            written = " ".join(parts)
            break
    if not parts or len(parts) > 8:
        return None
    first = parts[0].lower()
    confidence = CONF_QUOTE_PRONOUN if quote else CONF_REPORTED_PRONOUN
    if first in _POSSESSIVE_PRONOUNS and len(parts) <= 3 and parts[-1].lower() in RECORD_NOUNS:
        entity = _antecedent(state, _POSSESSIVE_PRONOUNS[first])
        if entity is not None:
            return Speaker(entity.display, confidence, entity)
    head = next((p.lower() for p in parts if p.lower() in _SOURCE_NOUNS), None)
    if head is None and _unknown_description(parts):
        # "according to a court clerk", "according to the caretaker": someone of a kind the
        # word lists do not know, as written (or the body it is short for: "the academy").
        body = state.registry.body_named(parts[1]) if len(parts) == 2 else None
        if body is not None and parts[0].lower() == "the":
            return Speaker(body.display, confidence, body)
        return Speaker(_as_written(written), confidence - 0.1, None)
    if head is None and not (parts[-1][:1].isupper() and parts[-1].lower() not in MONTHS):
        return None  # "these videos and NPR", not "a March 14, 2019 press release"
    if head in RULING_NOUNS:
        court = _court(state)
        if court is not None:
            return Speaker(court.display, confidence, court)
    return Speaker(_as_written(written), confidence - 0.1, None)


# When a source said it, after its name: "according to the WHO late on Friday".
_WHEN_AFTER_SOURCE = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday|tonight|last\s+(?:week|month|year|night)|"
    r"this\s+(?:week|month|year|morning|afternoon|evening))\b"
)
_BY_AUTHOR_LATER = re.compile(r"\s(?:by|from)\s+(?=\S)")


def _author_of_record(scan: Scan, start: int, end: int) -> Phrase | None:
    """The author named after a record and its circumstances: "a tweet on Monday by US
    Secretary of State Mike Pompeo", "a post on Facebook from the mayor" (the record's own
    words come from its author)."""
    by = _BY_AUTHOR_LATER.search(scan.text, start, end)
    if by is None:
        return None
    record = scan.text[start : by.start()].split()
    if not 2 <= len(record) <= 6 or record[0].lower() not in ("a", "an", "the"):
        return None
    if record[1].lower().rstrip("s") not in _SOURCE_NOUNS:
        return None
    author = phrase_after(scan, by.end(), end)
    return author if author is not None and author.kind != "pronoun" else None


def _unknown_description(parts: list[str]) -> bool:
    """A short lowercase noun phrase opened by an article: "a court clerk", "the caretaker"."""
    return (
        2 <= len(parts) <= 5
        and parts[0] in ("a", "an", "the", "A", "An", "The")
        and all(p.replace("-", "").isalpha() and p.islower() for p in parts[1:])
        and not parts[-1].endswith(("ly", "ing"))
        and parts[-1] not in TIME_WORDS
    )


def _attribution_before(
    state: _State, lo: int, quote_start: int, previous: Speaker | None
) -> tuple[Speaker | None, str | None]:
    """'Putin stated, “…' / 'Mr Zelenskyy said on Wednesday: “…' / 'X was quoted as saying: “'"""
    scan = state.scan
    cues = [c for c in scan.cues(lo, quote_start) if not _parenthetical(scan.text, c.start(), lo)]
    if not cues:
        return None, None
    last = cues[-1]
    if (
        len(cues) > 1
        and cues[-2].group() in ("quoted", "cited")
        and scan.text[cues[-2].end() : last.start()] == " as "
    ):
        last = cues[-2]  # 'X was quoted as saying: “…'
    verb = last.group()
    if SPEECH_FORMS.get(verb) == "stance":
        return None, None  # 'X were concerned "..."': the words are not theirs
    if verb.lower() in SOURCE_CUES or not _introduces(scan.text[last.end() : quote_start]):
        return None, None
    phrase = _source_of(state, lo, last, quote_start)
    if (
        phrase is None
        and previous is not None
        and _elides_subject(scan.text[lo : last.start()], verb)
    ):
        return Speaker(previous.name, previous.confidence, previous.entity), verb
    if phrase is None:
        return None, None
    if _first_person(phrase):
        return None, None  # "I thought, “...”": the speaker is not in the text
    return _resolve(state, phrase, quote=True), verb


def _parenthetical(text: str, pos: int, lo: int) -> bool:
    """Whether `pos` lies in an aside between dashes or brackets: 'commented on the matter —
    which the BBC noted as unusual — "..."' (the BBC is not the speaker)."""
    before = text[lo:pos]
    dashes = before.count(" — ") + before.count(" – ")
    return dashes % 2 == 1 or before.count("(") > before.count(")")


def _introduces(gap: str) -> bool:
    """Whether the words between a speech verb and a quotation keep them together:
    'said, “', 'said on Wednesday: “', 'told reporters: “', 'told the BBC after the verdict “'."""
    gap = gap.strip()
    if not gap or gap in (",", ":", "that"):
        return True
    if len(gap) > 60 or any(c in gap for c in ';!?“”".'):
        return False
    if gap.endswith((":", ",", " that")) or gap.startswith("as "):
        return True
    # An object and circumstances, no verb of their own: "reporters", "the BBC after the verdict".
    gap_words = gap.split()
    return len(gap_words) <= 8 and not any(
        w in _GAP_VERBS or (w.endswith("ed") and w.islower()) for w in gap_words
    )


def _clause_in(gap: str) -> bool:
    """Whether the words between a speech verb and a colon hold a clause of their own."""
    return gap.rstrip().endswith(":") and any(w in _CLAUSE_VERBS for w in gap.split())


_CLAUSE_VERBS = words("is are was were will would could can should must may might has have had")
_GAP_VERBS = words(
    "is was were are be been has have had will would can could should must may might do does "
    "did that which who"
)


def _elides_subject(before: str, verb: str) -> bool:
    """'..., saying that' / '... but insisted that': the verb has no subject of its own."""
    if verb.endswith("ing"):
        stripped = before.rstrip()
        return stripped.endswith(",") or bool(_GERUND_AFTER.search(stripped))
    return bool(before.strip()) and bool(_COORDINATED.search(before))


def _elided_subject(state: _State, lo: int, cue: Cue) -> Phrase | None:
    """The subject a participle or a coordinated verb shares with its sentence: the source of
    an earlier speech verb, else (a gerund: 'X was met ... upon announcing') the nearest
    subject before it, else the sentence's subject."""
    scan = state.scan
    before = scan.text[lo : cue.start()]
    if not _elides_subject(before, cue.group()):
        return None
    for earlier in scan.cues(lo, cue.start()):
        if earlier.group().lower() not in SOURCE_CUES and _speech_use(
            scan.text, lo, earlier, cue.start()
        ):
            phrase = _source_of(state, lo, earlier, cue.start(), elide=False)
            if phrase is not None:
                return phrase
    if cue.group().endswith("ing") and _GERUND_AFTER.search(before.rstrip()):
        for mention in reversed(scan.mentions(lo, cue.start())):
            prev = [
                w.lower()
                for w in scan.text[max(lo, mention.run_start - 20) : mention.run_start].split()
                if w.lower() not in ("the", "a", "an")
            ]
            if mention.possessive or (prev and prev[-1] in PREPOSITIONS):
                continue
            return classify(scan, mention.run_start, mention.end)
    joints = list(_JOINT.finditer(scan.text, lo, cue.start()))
    if joints:
        # "Turkey and Greece had quarrelled, but the two leaders spoke ..., and expressed ...":
        # the verb shares the subject of its own clause, not the sentence's first one.
        phrase = _main_subject(scan, joints[-1].end(), cue.start())
        if phrase is not None:
            return phrase
    return _main_subject(scan, lo, cue.start())


_JOINT = re.compile(r";\s+|,\s+(?:but|while|whereas|yet)\s+")


# --- reported statements and figures ---------------------------------------------------------


def _sentence_claims(
    state: _State, s_start: int, s_end: int, quotes: list[Quotation]
) -> list[Claim]:
    scan = state.scan
    sentence = scan.text[s_start:s_end]
    if sentence.rstrip(_CLOSERS).endswith("?"):
        return []
    if (
        not quotes
        and not scan.has_cue(s_start, s_end)
        and not scan.has_figure(s_start, s_end)
        and "’s " not in sentence
        and "'s " not in sentence
        and not scan.has_court(s_start, s_end)
        and not _RULING_OPENER.match(scan.text, s_start, s_end)
        and not ("that" in sentence and _STANCE_PHRASE.search(sentence))
        and not _open_stance(scan.text, s_start, s_end)
        and not (
            (" same " in sentence or " this " in sentence or " that " in sentence)
            and _SHARED_STANCE.search(sentence)
        )
        and not (" from " in sentence and _reaction(scan.text, s_start, s_end) is not None)
        and not ("ed by " in sentence and _SHARED_BY.search(sentence))
        and not _AGE_PREDICATE.search(scan.text, max(s_start, s_end - _AGE_REACH), s_end)
        and "eportedly" not in sentence
        and "eports " not in sentence
        and "demands " not in sentence
        and "llegedly" not in sentence
        and "guilty" not in sentence
        and "quitted" not in sentence
    ):
        return []  # no speech verb, quantity, court, or "X's statement that": no claim
    if quotes:
        found = _remainder_claims(state, s_start, s_end, quotes)
        if not found and quotes[0].start > s_start:
            found = _stance_before_quote(state, s_start, quotes[0].start)
        if not found:
            figure = _figure_before_quote(scan, s_start, quotes[0].start)
            if figure is not None:
                found = [(figure, None)]
        after = _figure_after_quote(scan, quotes[-1].end, s_end)
        if after is not None and all(claim.end <= after.start for claim, _ in found):
            found.append((after, None))
    else:
        found = []
        clauses = _clauses(state, s_start, s_end)
        for c_start, c_end in clauses:
            pair = _clause_claim(state, c_start, c_end)
            if pair is not None:
                if pair[0].cue == "in" and pair[0].kind == "figure":
                    found.extend((claim, None) for claim in _poll_results(scan.text, pair[0]))
                else:
                    found.append(pair)
        if len(found) == 1 and len(clauses) > 1:
            claim, speaker = found[0]
            if scan.text[max(s_start, claim.start - 8) : claim.start].rstrip().endswith("which"):
                # "... depends on when the next mission occurs, which the NASA head has said
                # may be ready by August": what a relative clause reports is about the words
                # before it; the sentence holds the one claim.
                found = [(replace(claim, start=s_start, end=s_end, text=sentence), speaker)]
    for _, speaker in found:
        if speaker is not None:
            _spoke(state, speaker, sentence)
    return [claim for claim, _ in found]


def _poll_results(text: str, claim: Claim) -> list[Claim]:
    """ "She drew 2 percent in the X poll, 2 percent in the Y survey, and 5 percent in the Z
    poll.": each poll's result is a figure of its own, with that poll its source."""
    polls = list(_POLL.finditer(text, claim.start, claim.end))
    if len(polls) < 2:
        return [claim]
    results = []
    start = claim.start
    for k, poll in enumerate(polls):
        end = poll.end() if k + 1 < len(polls) else claim.end
        gap = text.find(", ", poll.end(), polls[k + 1].start()) if k + 1 < len(polls) else -1
        if k + 1 < len(polls) and gap < 0:
            return [claim]  # "in the X poll and the Y poll": one result of two polls
        results.append(
            replace(claim, start=start, end=end, text=text[start:end], speaker=poll.group(1))
        )
        start = gap + 2
    return results


def _reported_claim(start: int, end: int, text: str, speaker: Speaker, cue: str) -> _Found:
    claim = Claim(start, end, text[start:end], "reported", speaker.name, cue, speaker.confidence)
    return claim, speaker


def _index_before(state: _State, sentence_start: int) -> int:
    """The index (in `state.sentences`) of the sentence before the one starting there."""
    for index in range(len(state.sentences) - 1, -1, -1):
        if state.sentences[index][0] == sentence_start:
            return index - 1
    return -2


def _spoke(state: _State, speaker: Speaker, sentence: str) -> None:
    """Remember a claim's speaker: for continuations, pronouns, and 'the statement said'."""
    state.last_speaker = speaker
    state.last_spoken_at = len(state.sentences) - 1
    if speaker.entity is not None:
        state.spoken.setdefault(len(state.sentences) - 1, []).append(speaker.entity)
    first = _ANY_DOCUMENT_WORD.search(sentence)  # cheap: most sentences name none
    if first is not None:
        # (No document word begins before the first place the test found one could.)
        for match in _DOCUMENT_WORD.finditer(sentence, first.start()):
            state.documents.append((match.group(1), speaker))


def _inside(quotes: list[Quotation], pos: int) -> bool:
    return any(q.start < pos < q.end for q in quotes)


_LEADING_SUBORDINATE = re.compile(
    r"(?:[A-Z][a-z]+,\s+)?(?:[Aa]fter|[Ww]hen|[Bb]efore|[Aa]lthough|[Tt]hough|[Bb]ecause|"
    r"[Ss]ince|[Oo]nce|[Ww]hile)\s"
)


def _subordinate_cut(state: _State, start: int, lo: int, end: int) -> tuple[int, int] | tuple[()]:
    """Where a leading subordinate clause with a speech verb of its own ends and a main clause
    whose subject speaks begins (the comma between them, and the subject after it)."""
    scan = state.scan
    text = scan.text
    at = text.find(", ", lo, end)
    while at >= 0:
        right = at + 2
        said = [c for c in scan.cues(right, end) if _speech_use(text, right, c, end)]
        if said:
            phrase = subject_before(scan, right, said[0].start())
            if (
                phrase is not None
                and phrase.kind == "name"
                and not text[right : phrase.start].strip()
                and any(
                    _speech_use(text, start, c, at) and subject_before(scan, lo, c.start())
                    for c in scan.cues(lo, at)
                )  # (not "When announcing the shutdown, X called on ...": one source)
                and _clause_claim(state, start, at) is not None  # (else it stays one claim)
            ):
                return at, right
            return ()
        at = text.find(", ", right, end)
    return ()


def _clauses(state: _State, start: int, end: int) -> list[Span]:
    """Split a sentence where a second source speaks: '...; Kyiv says ...', '..., while X said'."""
    scan = state.scan
    text = scan.text
    sentence = text[start:end]
    lead = _LEADING_SUBORDINATE.match(text, start, end)
    cuts = [start]
    if lead is not None and len(scan.cues(start, end)) > 1:
        # "First, after Lockhart questioned whether ..., Trump alleged the media ...": the
        # clause that leads to the main one has a source of its own.
        cuts.extend(_subordinate_cut(state, start, lead.end(), end))
    if (
        len(cuts) == 1
        and not any(mark in sentence for mark in _CLAUSE_MARKS)
        and not (
            " and " in sentence and len(scan.cues(start, end)) > 1 and _AND_SOURCE.search(sentence)
        )
    ):
        return [(start, end)]
    for match in _CLAUSE_SPLIT.finditer(text, cuts[-1], end):
        right = match.end()
        left = scan.cues(cuts[-1], match.start())
        if text[match.start() : right].strip() in ("and", ", with") and not any(
            _speech_use(text, cuts[-1], c, match.start()) for c in left
        ):
            # "Smith and the Senate said": only a clause with its own source is one; "X was
            # banned, with officials saying ...": the officials speak for the whole sentence.
            continue
        cues = scan.cues(right, end)
        if cues and cues[0].start() == right and cues[0].group().lower() in SOURCE_CUES:
            cuts.extend((match.start(), right))  # '...; according to prosecutors, he owed ...'
            continue
        cues = [
            c
            for c in cues
            if c.group().lower() not in SOURCE_CUES and _speech_use(text, right, c, end)
        ]
        if not cues:
            continue
        phrase = subject_before(scan, right, cues[0].start())
        if phrase is None or text[right : phrase.start].strip() not in ("", "both", "either"):
            continue
        if (
            match.group().rstrip().endswith("which")
            and _word_after(text, cues[0].end()) in _GAP_VERBS_AFTER
            and not left
        ):
            continue  # "fires ..., which state media said were under control": one claim
        if not any(
            w.islower() and w not in _NOT_VERBS
            for w in _WORDS.findall(text, cuts[-1], match.start())
        ) or _NAME_LIST.search(text[max(cuts[-1], match.start() - 120) : match.start()]):
            # "La Riva, Hawkins, and Carroll agreed", "firms including Bosch, Siemens, Merck,
            # and Bayer have said": a list, not a clause
            continue
        figure = scan.has_figure(cuts[-1], match.start())
        if phrase.kind == "pronoun" and not (left or figure):
            continue  # '..., and he said' continues the sentence's own statement
        if (
            not figure
            and text[match.start()] == ","
            and not any(_speech_use(text, cuts[-1], c, match.start()) for c in left)
            and not _REPORTEDLY.search(text, cuts[-1], match.start())
        ):
            # "A march had been held nearby, but police said it was not connected": the
            # narration before has no claim of its own, so the sentence is one claim.
            continue
        cuts.extend((match.start(), right))
    cuts.append(end)
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]


def _clause_claim(state: _State, start: int, end: int) -> _Found | None:
    scan = state.scan
    text = scan.text
    clause = text[start:end]
    decision = _decision(state, start, end)
    cues = scan.cues(start, end) if decision is not None else []
    cues = [c for c in cues if c.group().lower() in SOURCE_CUES or _speech_use(text, start, c, end)]
    if decision is not None and (not cues or decision[2] < cues[0].start()):
        found: tuple[Speaker, str] | None = decision[:2]
    else:
        # "issued a statement to the effect the king thought ...": the issuer speaks, not the
        # one whose view the statement reports.
        paraphrased = " to the effect" in clause
        found = (
            (_stance_phrase(state, start, end) if paraphrased else None)
            or _reported(state, start, end)
            or _nominal(state, start, end)
            or _accusation(state, start, end)
            or _stance_phrase(state, start, end)
            or _reaction_from(state, start, end)
            or _shared_by(state, start, end)
            or _estimate(state, start, end)
            or _verdict(state, start, end)
            or _demands(state, start, end)
        )
        if found is None and decision is not None:
            found = decision[:2]
        elif found is not None and found[1] == "according to":
            # "According to the BBC, a spokesman expressed disappointment at ...": the one
            # the outlet reports speaks.
            found = _stance_phrase(state, start, end) or found
    if found is not None:
        if _ONLY_A_TOPIC.fullmatch(text, start, end):
            return None  # "X commented on the matter — ...": who spoke, not what was said
        if _attributes_quote_before(text, start, end, found[1]):
            return None  # '"... first!" Macron told the world via Twitter.': the attribution
        polled = "poll" in clause or "survey" in clause
        poll = _poll_finding(text, start, end) if polled else None
        if poll is not None and poll[1] == found[1]:
            # "A Reuters/Ipsos poll found 45% ...": a poll's numbers are a figure it speaks for
            return Claim(start, end, clause, "figure", *poll, CONF_NOMINAL), None
        return _reported_claim(start, end, text, *found)
    if (
        state.scan.has_figure(start, end) and _figure_outside_quotes(state.scan, start, end)
    ) or _AGE_PREDICATE.search(text, max(start, end - _AGE_REACH), end):
        polled = "poll" in clause or "average" in clause or "survey" in clause
        poll = _poll_source(text, start, end) if polled else None
        if poll is not None:
            return Claim(start, end, clause, "figure", *poll, CONF_NOMINAL), None
        compiled = _compiled_by(state, start, end) if " by " in clause else None
        owned = "’s " in clause or "'s " in clause
        compiled = compiled or (_owned_record(state, start, end) if owned else None)
        if compiled is not None:
            return _reported_claim(start, end, text, *compiled)
        return Claim(start, end, clause, "figure", None, None, CONF_FIGURE), None
    hearsay = (
        (_REPORTS_SUBJECT.match(text, start, end) or _REPORTEDLY.search(text, start, end))
        if "eport" in clause
        or " said to " in clause
        or "umoured to" in clause
        or "llegedly" in clause
        else None
    )
    if (
        hearsay is not None
        and not _aside(text, start, hearsay)
        and not _inside(find_quotations(text, start, end), hearsay.start())
    ):
        # "The fire reportedly started in the kitchen", "it was reported he was in hospital":
        # what reports say, unnamed.
        speaker = Speaker("reports", CONF_NOMINAL - 0.1, None)
        cue = "reports" if hearsay.re is _REPORTS_SUBJECT else hearsay.group().lower()
        return _reported_claim(start, end, text, speaker, cue)
    return None


# Where a sentence's own clause ends and the words that lead to its quotation begin.
_BEFORE_QUOTE_SPLIT = re.compile(r";\s+|:\s+|,\s+(?:and|but|while|whereas)\s+|\s+[—–]\s+")


def _stance_before_quote(state: _State, start: int, quote_start: int) -> list[_Found]:
    """'The Department issued a statement that an inmate had been stabbed: "..."': a stance
    stated with a noun before the quotation that bears it out is a claim of its own."""
    end = quote_start
    while end > start and state.scan.text[end - 1] in " :,;—–":
        end -= 1
    if state.scan.text.find(" that ", start, end) < 0:
        return []  # (every stance of the pattern has its "that": a cheap test first)
    found = _stance_phrase(state, start, end)
    if found is None:
        return []
    return [_reported_claim(start, end, state.scan.text, *found)]


def _figure_after_quote(scan: Scan, quote_end: int, end: int) -> Claim | None:
    """'"We will rebuild," the mayor said; the storm destroyed 300 homes.': a clause of the
    reporter's own after a quotation's attribution holds a figure of its own."""
    if end - quote_end < 12:
        return None
    cut = _BEFORE_QUOTE_SPLIT.search(scan.text, quote_end, end)
    if cut is None:
        return None
    start = cut.end()
    if scan.has_cue(start, end) or len(_WORDS.findall(scan.text, start, end)) < 4:
        return None
    if not scan.has_figure(start, end) or _ANY_QUOTE_MARK.search(scan.text, start, end):
        return None
    return Claim(start, end, scan.text[start:end], "figure", None, None, CONF_FIGURE)


def _figure_before_quote(scan: Scan, start: int, quote_start: int) -> Claim | None:
    """'The storm destroyed 300 homes, and "we have nothing left," said ...': a clause of the
    reporter's own before a quotation holds a figure of its own, apart from the quoted words."""
    if quote_start - start < 12:
        return None
    cuts = [m.start() for m in _BEFORE_QUOTE_SPLIT.finditer(scan.text, start, quote_start)]
    if not cuts or scan.has_cue(start, cuts[-1]):
        return None  # the last boundary: all before it is the clause
    end = cuts[-1]
    while end > start and scan.text[end - 1] in " ,":
        end -= 1
    if len(_WORDS.findall(scan.text, start, end)) < 4 or not scan.has_figure(start, end):
        return None
    return Claim(start, end, scan.text[start:end], "figure", None, None, CONF_FIGURE)


_SAYING = words("said says told tells wrote writes tweeted added stated")


def _attributes_quote_before(text: str, start: int, end: int, cue: str) -> bool:
    """Whether a sentence right after a closing quotation mark only says who said it: a
    source, the verb and its circumstances, nothing of its own."""
    if cue not in _SAYING or text[max(0, start - 2) : start].strip()[-1:] not in ("”", '"'):
        return False
    at = text.find(cue, start, end)
    return at >= 0 and _introduces(text[at + len(cue) : end].rstrip(" ."))


_ONLY_A_TOPIC = re.compile(
    r"[^,;:“”\"]{1,80}? (?:commented|spoke|remarked|talked) (?:publicly )?(?:on|about) "
    r"(?:the|this|that) (?:matter|issue|case|decision|news|situation|subject)\s*[.,;—–]?\s*"
)


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|whose|whom)(?:\s+\w+){0,2}\s+$")


def _aside(text: str, start: int, hearsay: re.Match[str]) -> bool:
    """ "Baker — who was reportedly nicknamed Ginger", "X, reportedly a chef,": hearsay in an
    aside, not what the sentence reports."""
    at = hearsay.start()
    if _RELATIVE_BEFORE.search(text, max(start, at - 30), at):
        return True
    before = text[start:at].rstrip()
    if _APPOSITIVE_CLOSED.fullmatch(before) and not _NOUN_PHRASE.match(text, hearsay.end()):
        # "Mitch McConnell, the Senate leader, reportedly committed to ...": the comma closes
        # the subject's appositive, and what follows is the sentence's own predicate.
        return False
    # "The polls were, reportedly, quiet": set off on both sides, the adverb qualifies the
    # whole clause; only "X, reportedly a chef," opens an aside.
    return (
        hearsay.group() == "reportedly"
        and before.endswith((",", "—", "–"))
        and not text.startswith(",", hearsay.end())
    )


# A subject, then its appositive between commas: "Mitch McConnell, the Senate leader,".
_NOUN_PHRASE = re.compile(r"\s+(?:a|an|the|one)\b")  # "..., reportedly a chef,": an aside
_APPOSITIVE_CLOSED = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*, (?:the|a|an) [^,;.]+,")


# "Reports named him as ...", "Early reports on the cause vary": reports are the clause's
# subject, so whatever it asserts, whatever its verb, is what they say.
_REPORTS_SUBJECT = re.compile(
    r"(?:(?:Early|Initial|Unconfirmed|Conflicting|Varying|Local|Media|News|Press|Some|Other|"
    r"Later|Several|Many|Multiple) (?:media |news |press )?reports|Reports)"
    # the verb, with its object or clause: "Reports named him" (not "Reports released by the
    # ministry were withdrawn": a participle)
    r"(?= (?:on|about|from|in|as of|citing) |(?: also| later| initially| first)? [a-z]+ed "
    r"(?:that|him|her|them|it|the|a|an|his|its|their|[A-Z])|"
    r" (?:later |soon |first )?(?:emerged|surfaced|circulated)\b)"
)
_REPORTEDLY = re.compile(
    r"\b(?:[Rr]eportedly|[Aa]llegedly|[Ii]t (?:was|is|has been|had been) (?:\w+ly )?reported|"
    r"(?:was|were|is|are) (?:also |widely )?(?:reported|said|rumou?red) to (?:be|have)(?= ))\b"
)


def _figure_outside_quotes(scan: Scan, start: int, end: int) -> bool:
    """Whether a quantity of the clause lies outside its quotations: a number inside someone's
    quoted words (a clause, or words that open the sentence) is theirs, not the reporter's
    unsourced figure."""
    if _ANY_QUOTE_MARK.search(scan.text, start, end) is None:
        return True
    pos = start
    for quote in find_quotations(scan.text, start, end):
        if not (quote.clause or quote.start == start):
            continue  # scare quotes, 'a "total of 1,723 cases"': the figure is the reporter's
        if scan.has_figure(pos, quote.start):
            return True
        pos = max(pos, quote.end)
    return scan.has_figure(pos, end)


_ANY_QUOTE_MARK = re.compile(r"[\"“”]")
# "in the RealClearPolitics average", "in a Gallup poll", "in the September 25–27 Léger poll",
# "in the RealClearPolitics head-to-head polling average": a named poll that measured a figure
# (its date is not its name).
_POLL = re.compile(
    r"\b[Ii]n (?:the|a|an) (?:(?:[A-Z][a-z]+ )?\d[\d–-]*,? )?"
    r"((?:[A-Z][\w.’'-]*\s+(?:&\s+)?){1,4}(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:average|poll|polls|survey|tracker))\b"
)
# A poll or a survey that finds: "A Reuters/Ipsos poll released Tuesday found", "The survey
# showed", "a new poll by YouGov found" (the pollster's name in group 1 or 2).
_POLL_FINDING = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Aa]nother|[Tt]heir|[Ii]ts)\s+(?:(?:new|latest|recent|separate|"
    r"national|nationwide|online|\d{4})\s+)*((?:[A-Z][\w.’'/&-]*\s+){0,4})(?:opinion\s+)?"
    r"(?:poll|survey)(?:\s+(?:by|from|conducted by|commissioned by)\s+((?:the\s+)?[A-Z][\w.’'/&-]*"
    r"(?:\s+[A-Z][\w.’'/&-]*){0,3}))?[^.;:,]{0,40}?\s(found|finds|showed|shows|suggested|"
    r"suggests|indicated|indicates|revealed|reveals|put|puts|gave|gives|had|has)\b"
)


def _poll_source(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The source and cue of the figures a poll gives: "Biden led 49.0 percent to 42.2 percent
    in the RealClearPolitics average" (the poll named after "in"), else a poll that finds."""
    poll = _POLL.search(text, start, end)
    if poll is not None:
        return poll.group(1), "in"
    return _poll_finding(text, start, end)


def _poll_finding(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The source and cue of a poll's numbers ("A Reuters/Ipsos poll found 45% ..."): the
    pollster when it is named, else the poll as written ("the poll")."""
    match = _POLL_FINDING.search(text, start, end)
    if match is None:
        return None
    pollster = (match.group(2) or match.group(1)).strip()
    if pollster:
        return pollster, match.group(3)
    written = text[match.start() : match.start(3)].split()
    return " ".join([written[0].lower(), *written[1:]]), match.group(3)


# "He was 86.", "Conyers, the former Dean of the House, was 90.": a sentence about an age
# (not one given in passing, "Dawn Sturgess, 44, died ...").
# "Park was 64 years old.", "He was aged 84 years.", "She is 102.": the age is what the
# sentence states.
_AGE_PREDICATE = re.compile(r" (?:was|is) (?:aged )?[1-9]\d{0,2}(?: years(?: old| of age)?)?\.$")
_AGE_REACH = 28  # the longest _AGE_PREDICATE: " was aged 102 years of age."


_DECISION = re.compile(
    r"\b(?:ruled|rules|decided|decides|found|finds|held|holds|upheld|upholds|overturned|"
    r"overturns|ordered|orders|declared|declares|dismissed|dismisses|rejected|rejects|granted|"
    r"grants|allowed|allows|recogni[sz](?:ed|es|ing)|"
    r"(?:issued|placed|imposed|granted|lifted) (?:a|an|its|the|their) (?:[\w-]+ ){0,2}"
    r"(?:ruling|judgment|judgement|verdict|decision|opinion|order|stay|injunction|ban))\b"
)
# "In its finding, the ECJ set rules ...": the document's author is the clause's subject.
# "In his view, ...", "From her point of view, ...": whose view it is speaks as well.
_RULING_OPENER = re.compile(
    r"(?:In|By|With|From) (?:its|their|his|her|the|today’s|today's|this|that) (?:[\w-]+ )?"
    r"(?:ruling|judgment|judgement|verdict|decision|opinion|order|finding|report|statement|"
    r"view|point of view|assessment|estimation)s?"
    r",\s+"
)


def _decision(state: _State, start: int, end: int) -> tuple[Speaker, str, int] | None:
    """A court's decision reported as a statement: "the court ruled the law unlawful", "a
    federal judge ordered ...", "..., recognising as legitimate ...", "In its ruling, the
    court set rules ..."."""
    scan = state.scan
    text = scan.text
    opener = _RULING_OPENER.match(text, start, end)
    if opener is not None:
        cue = text[opener.start() : opener.end()].rstrip(" ,")
        owner = _POSSESSIVE_PRONOUNS.get(cue.split()[1].lower())
        if owner in ("he", "she"):
            # "In his statement, Prime Minister Benjamin Netanyahu found ...": a person named
            # right after speaks; "his" looks ahead to him.
            named = subject_at(scan, opener.end(), end)
            if named is not None and named.kind == "name":
                speaker = _resolve(state, named, quote=False)
                person = speaker.entity
                if person is not None and person.person and person.gender in (None, _GENDER[owner]):
                    return speaker, cue, opener.start()
            # "In his opinion, a specialist has ...": he is the source, not the subject.
            entity = _antecedent(state, owner, before=True)
            if entity is None:
                return None
            return Speaker(entity.display, CONF_REPORTED_PRONOUN, entity), cue, opener.start()
        phrase = subject_at(scan, opener.end(), end)
        if phrase is not None and not _first_person(phrase):
            speaker = _resolve(state, phrase, quote=False)
            if owner is not None and speaker.entity is None:
                # "In its judgment, the court set ...": the body the article named.
                entity = _antecedent(state, owner)
                if entity is not None:
                    speaker = Speaker(entity.display, CONF_REPORTED_PRONOUN, entity)
            return speaker, cue, opener.start()
    if not scan.has_court(start, end):
        return None
    for match in _DECISION.finditer(text, start, end):
        verb = match.group()
        prev = _word_before_verb(text[start : match.start()])
        if (
            prev in _BE
            or prev in _NOUN_BEFORE
            or (" " not in verb and text.startswith((" on ", " in "), match.end()))
        ):
            continue  # "was found guilty", "the ruling", "ruled on the appeal" (no content)
        phrase = subject_before(scan, start, match.start())
        if phrase is not None and _RELATIVE_END.search(text, start, phrase.start):
            continue  # "The case on which the Court has ruled was ..."
        if phrase is None or not _court_like(phrase):
            phrase = None
            if verb.endswith("ing") and text[start : match.start()].rstrip().endswith(","):
                # '... the sentence of the Supreme Court on July 8, recognising ...'
                for mention in reversed(scan.mentions(start, match.start())):
                    if any(w in COURT_HEADS for w in mention.name.lower().split()):
                        phrase = classify(scan, mention.run_start, mention.end)
                        break
        if phrase is not None:
            return _resolve(state, phrase, quote=False), verb, match.start()
    return None


_RELATIVE_END = re.compile(r"\b(?:which|that|whom|where)\s*$")

# "Police put the death toll at 14", "the agency placed the damage at $2 billion": a source's
# estimate of a quantity, with no verb of saying.
_ESTIMATE = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|pegged|pegs|pegging)\s+(?:it|them|"
    r"(?:the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?(?:toll|number|numbers|figure|"
    r"count|value|cost|costs|total|tally|losses|damage|damages|size|turnout|crowd|bill|price|"
    r"estimate|dead|casualties))\s+(?:[^.;:!?]{0,40}?\s)?"
    r"(?:(?:at|in the (?:range|region) of|between)\s|"
    r"in the ((?:dozens|hundreds|thousands|tens of thousands|millions))\b)"
)


_VERDICT = re.compile(
    r"\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?(?:found\s+(?:not\s+)?guilty|convicted|"
    r"acquitted)\b"
)
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|since|when|because|until|although|though|once|who|which|that|whom|if)\b",
    re.IGNORECASE,
)
_JURY = re.compile(r"\b(?:jury|jurors)\b", re.IGNORECASE)


# "The strikers' demands include ...", "Their demands have expanded to ...": what a group
# asks for, stated as its demands (group 1: a possessive pronoun, group 2: a possessor).
_DEMANDS = re.compile(
    r"(?:\b([Tt]heir|[Ii]ts|[Hh]is|[Hh]er)|(?<![\w’'])([\w-]+(?: [\w-]+){0,3}?)(?:[’']s?)) "
    r"(?:(?:main|key|central|chief|core|original|initial|other|[a-z]+ )?)?demands "
    r"(?:(?:have|has|had) )?(?:(?:also|since|now|later|then) )?"
    # (not "Her demands were ignored", "are being met": what others did with them)
    r"(?:include[sd]?|expanded|grown|widened|range[sd]?|(?:are|were)(?! (?:not|being|met|"
    r"\w+ed|\w+en)\b))\b"
)
# "one of the five demands of the protesters": the group named after "of".
_DEMANDS_OF = re.compile(
    r"\b(?:one|some|two|three|four|five|part|many|most|among|several|all) (?:of )?the "
    r"(?:[\w-]+ )?demands (?:made )?(?:by|of) (?=the |[A-Z])"
)


def _demands(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """ "Their demands have included a new election", "one of the demands of the strikers":
    what a group demands is its stance, the group its source."""
    scan = state.scan
    if scan.text.find("demands ", start, end) < 0:
        return None  # (a cheap test first)
    match = _DEMANDS.search(scan.text, start, end)
    if match is not None and match.group(1):
        pronoun = match.group(1)
        phrase: Phrase | None = Phrase(
            match.start(1), match.end(1), "pronoun", pronoun, _POSSESSIVE_PRONOUNS[pronoun.lower()]
        )
    elif match is not None:
        phrase = classify(scan, match.start(2), match.end(2))
    else:
        match = _DEMANDS_OF.search(scan.text, start, end)
        phrase = phrase_after(scan, match.end(), end) if match is not None else None
    if phrase is None or _first_person(phrase):
        return None
    return _resolve(state, phrase, quote=False), "demands"


def _verdict(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """ "After a jury trial, two officers were found guilty of ...": the verdict of the jury,
    or of the court named by "by"."""
    text = state.scan.text
    clause = text[start:end]
    if "guilty" not in clause and "quitted" not in clause and "convicted" not in clause:
        return None
    match = _VERDICT.search(text, start, end)
    if match is None:
        return None
    leads = list(_SUBORDINATOR.finditer(text, start, match.start()))
    if leads and "," not in text[leads[-1].end() : match.start()]:
        return None  # "... began its probe after Cohen was convicted": background, no verdict
    cue = match.group().split()[-1] if "guilty" not in match.group() else "found guilty"
    agent = _AGENT.search(text, match.end(), min(end, match.end() + 60))
    if agent is not None and "," not in text[match.end() : agent.start()]:
        judge = phrase_after(state.scan, agent.end(), end)  # "found guilty by a court in Leeds"
        if judge is not None and judge.kind != "pronoun":
            return _resolve(state, judge, quote=False), cue
    if _JURY.search(text, start, end) is not None:
        return Speaker("the jury", CONF_NOMINAL, None), cue
    return None  # ("were found guilty in court": a fact of the case, no one's statement)


def _estimate(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """ "The interior ministry put the number of dead at 45": the ministry's figure."""
    scan = state.scan
    text = scan.text
    clause = text[start:end]
    if "put" not in clause and "placed" not in clause and "pegged" not in clause:
        return None
    match = _ESTIMATE.search(text, start, end)
    if match is None or not scan.has_figure(match.end() - len(match.group(1) or ""), end):
        return None
    phrase = subject_before(scan, start, match.start())
    if phrase is None or _first_person(phrase):
        return None
    if phrase.kind == "description" and phrase.head not in _SOURCE_HEADS:
        return None
    return _resolve(state, phrase, quote=False), match.group().split()[0]


_ACCUSED = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:also\s+|further\s+)?(accused of|alleged to)\b"
)
_ACCUSERS = words("prosecutor prosecutors prosecution police crown attorney investigators")


def _accusation(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """ "The parents are also accused of ..." at a trial: the prosecution the article last
    quoted or named is the source (no accuser in sight, no claim)."""
    text = state.scan.text
    if "accused of" not in text[start:end] and "alleged to" not in text[start:end]:
        return None  # the regex below scans every position; most clauses have neither
    match = _ACCUSED.search(text, start, end)
    if match is None:
        return None
    for entity in state.recent():
        words_ = set(entity.name.lower().split()) | entity.roles
        if words_ & _ACCUSERS:
            return Speaker(entity.display, CONF_REPORTED_PRONOUN - 0.1, entity), match.group(1)
    return None


def _court_like(phrase: Phrase) -> bool:
    """A court or a judge: "the court", "Judge Paul Kellar" (the title is the mention's)."""
    roles = phrase.mention.roles if phrase.mention is not None else ()
    return phrase.kind != "pronoun" and (
        phrase.head in COURT_HEADS
        or any(w in COURT_HEADS for w in phrase.text.lower().split())
        or any(r in COURT_HEADS for r in roles)
    )


def _reported(
    state: _State,
    start: int,
    end: int,
    cues: list[Cue] | None = None,
    sentence_start: int | None = None,
) -> tuple[Speaker, str] | None:
    """The source and cue of a reported statement in `text[start:end]`, if it is one.

    A tail attribution ('..., Peskov told RIA Novosti.') names the source of the whole clause
    and wins; otherwise the first speech verb with a source does.
    """
    scan = state.scan
    text = scan.text
    candidates = scan.cues(start, end) if cues is None else cues
    valid = [
        c
        for c in candidates
        if c.group().lower() in SOURCE_CUES or _speech_use(text, start, c, end)
    ]
    lead = _SUBORDINATE.match(text, start, end)
    if lead is not None and any(c.start() >= lead.end() for c in valid):
        # "Although X asked for ..., Joe Biden called ...": the main clause's source speaks.
        valid = [c for c in valid if c.start() >= lead.end()]
    if len(valid) > 1 and _TAIL_REST.fullmatch(text, valid[-1].end(), end):
        tail = _source_of(state, start, valid[-1], end)
        if (
            tail is not None
            and text[start : tail.start].rstrip().endswith(",")
            and _next_to(text[tail.end : valid[-1].start()])
            and not _relayed(text, start, valid, tail)
        ):
            valid = [valid[-1], *valid[:-1]]
        else:
            valid = _according_first(text, valid, end)
    elif len(valid) > 1:
        valid = _according_first(text, valid, end)
    for cue in valid:
        verb = cue.group()
        if verb.lower() in SOURCE_CUES:
            source = _source_after(state, cue.end(), end, quote=False)
            if source is not None:
                return source, verb.lower()
            continue
        phrase = _source_of(state, start, cue, end)
        if phrase is None and sentence_start is not None:
            phrase = _elided_subject(state, sentence_start, cue)
        if phrase is None or _first_person(phrase):
            continue
        return _resolve(state, phrase, quote=False), verb
    return None


def _relayed(text: str, start: int, valid: list[Cue], tail: Phrase) -> bool:
    """ "A Turkish official said that ..., Cyprus Mail reported": an outlet closing the sentence
    only relays what the clause's own source said, who stays the speaker."""
    first = valid[0]
    return (
        _OUTLET.search(text, tail.start, tail.end) is not None
        and first.group().lower() not in SOURCE_CUES
    )


def _according_first(text: str, valid: list[Cue], end: int) -> list[Cue]:
    """ "Trump has admitted to ordering the payments, according to prosecutors, but ...": an
    "according to" that closes its clause names the source of the whole clause."""
    for k in range(1, len(valid)):
        cue = valid[k]
        if cue.group().lower() != "according to" or text[cue.start() - 2 : cue.start()] != ", ":
            continue
        stop = _CLAUSE_SPLIT.search(text, cue.end(), end)
        tail_end = stop.start() if stop else end
        if _TAIL_REST.fullmatch(text, cue.end(), tail_end) and not _OUTLET.search(
            text, cue.end(), tail_end
        ):  # (an outlet only relays what the speaker said: "..., according to Reuters")
            return [cue, *valid[:k], *valid[k + 1 :]]
    return valid


_OUTLET = re.compile(
    r"\b(?:News|TV|Times|Post|Press|Radio|Mail|Herald|Journal|Reuters|AFP|BBC|CNN|NBC|CBS|ABC|"
    r"Daily|Tribune|Guardian|Telegraph|Gazette|Agency|agency|media|newspaper|outlet|"
    r"broadcaster|reports?)\b|\.com\b|-TV\b"
)


def _first_person(phrase: Phrase) -> bool:
    return phrase.kind == "pronoun" and phrase.head in ("i", "we", "you")


def _next_to(gap: str) -> bool:
    """Whether a subject and its verb are next to each other, or only an apposition apart
    (', Dmitry Peskov, told' / ', John Burrows, the panel's chairman, said')."""
    gap = gap.strip()
    return not gap or (len(gap) < 120 and gap.startswith(",") and gap.endswith(","))


def _nominal(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """ "X's statement that ...": a reported statement named by a noun, its owner the source."""
    match = _NOMINAL.search(state.scan.text, start, end)
    if match is None:
        return None
    for mention in state.scan.mentions(start, match.start() + 2):
        if mention.possessive and mention.end == match.start():
            phrase = classify(state.scan, mention.run_start, mention.end)
            if phrase is not None:
                speaker = _resolve(state, phrase, quote=False)
                cue = match.group(1) or match.group(2)
                return Speaker(speaker.name, CONF_NOMINAL, speaker.entity), cue
    return None


# A stance stated with a noun: "came to the conclusion that", "is of the view that", "made the
# argument that", "expressed the hope that".
_STANCE_PHRASE = re.compile(
    # (Every alternative opens a lowercase word: one \b and one look at the letter after it,
    # not six, at each position the search tries.)
    r"\b(?=[a-z])(?:"
    r"(?:(?:came|come|comes|coming|reached|reaches|drew|draws) (?:to )?(?:the|a) conclusion|"
    r"(?:is|was|are|were|remains|remained) of the (?:view|opinion|belief)|"
    r"(?:took|takes|take|taking) the (?:view|position|line)|"
    r"(?:expressed|expresses|voiced|voices|raised|raises) (?:the |a |his |her |their |its )?"
    r"(?:view|belief|hope|concern|concerns|fear|fears|opinion|confidence|doubts?)|"
    r"(?:made|makes|make|making) (?:the |a )?(?:claim|argument|point|case|allegation|assertion))"
    r"(?= that\b)|"
    # "Jorgensen and Blankenship shared this view", "Sasse had the same response": a stance
    # stated as another's
    r"(?:shared|shares|echoed|echoes|voiced|voices) (?:this|that|these|those|the same|a similar|"
    r"his|her|their) (?:view|views|opinion|opinions|position|sentiment|sentiments|concerns?|"
    r"stance|assessment|belief|criticism)\b|"
    r"(?:had|has|have) (?:the same|a similar) (?:response|reaction|view|opinion)\b|"
    # "Trump continued his claims about postal voting": a stance kept up
    r"(?:continued|continues|repeated|repeats|renewed|renews|reiterated|reiterates|"
    r"doubled down on) (?:his|her|their|its) (?:[\w-]+ )?(?:claims?|allegations?|"
    r"accusations?|attacks?|assertions?|criticism|warnings?|calls)\b|"
    # "expressed disappointment at the ruling", "voiced their anger over": a stated feeling
    r"(?:expressed|expresses|voiced|voices) (?:the |a |his |her |their |its |deep |strong )?"
    r"(?:disappointment|regret|dismay|anger|outrage|frustration|concern|concerns|support|"
    r"opposition|sympathy|sympathies|condolences|gratitude|optimism|scepticism|skepticism|"
    r"surprise|shock|satisfaction|dissatisfaction|discontent|unhappiness|indignation|"
    r"irritation|annoyance|disapproval|enthusiasm|"
    # "expressed interest in further donations", "expressed a desire to work with Warren"
    r"interest|desire|wish|willingness|readiness|intention|hope|hopes|confidence|alarm|fears?|"
    r"doubts?|reservations|displeasure|approval|solidarity|sadness|grief)"
    r"(?= (?:at|over|about|with|for|that|and that|to|in|on|and)\b)|"
    # "the palace issued a statement to the effect the king ...": what it said, paraphrased;
    # "the department issued a statement that an inmate had been stabbed" (not "a statement
    # that was read out": a relative clause)
    r"(?:issued|issues|released|releases|made|makes|published|publishes|put out) "
    r"(?:a |an |the |its |his |her |their )?(?:[\w-]+ )?(?:statement|announcement|declaration|"
    r"comments?|remarks?)(?: to the effect\b|(?= that (?:the|a|an|it|he|she|they|we|its|his|"
    r"her|their|there|this|these|some|several|many|no|all|both|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|police|officials|authorities|[A-Z0-9])\b))"
    r")"
)


# "The decision prompted objections from conservatives", "drew criticism from rights groups":
# a reaction named as a noun, whoever it came from its source.
_REACTION_FROM = re.compile(
    r"\b(?:drew|draws|drawn|drawing|prompted|prompts|prompting|sparked|sparks|sparking|"
    r"provoked|provokes|triggered|triggers|attracted|attracts|faced|faces|facing|met with|"
    r"received|receives) (?:(?:strong|sharp|fierce|harsh|widespread|immediate|swift|some|"
    r"much|heavy|international|public|angry) )?(?:criticism|condemnation|objections?|"
    r"backlash|outrage|anger|rebukes?|complaints?|protests?|praise|warnings?|denunciations?)$|"
    # "Statements of condemnation have come from X, Y and Z", "Criticism came from rights groups"
    r"\b(?:[Cc]riticism|[Cc]ondemnation|[Pp]raise|[Cc]ondolences|[Tt]ributes|(?:[Ss]tatements?|"
    r"[Mm]essages?|[Ww]ords|[Ee]xpressions) of [a-z]+) (?:have |has |had )?(?:also )?"
    r"(?:come|came|poured in)$"
)


def _reaction(text: str, start: int, end: int) -> re.Match[str] | None:
    """The reaction before a " from " in `text[start:end]` (read back from each " from ": a
    search of the whole clause for the verbs would cost more)."""
    at = text.find(" from ", start, end)
    while at >= 0:
        match = _REACTION_FROM.search(text, max(start, at - 60), at)
        if match is not None:
            return match
        at = text.find(" from ", at + 6, end)
    return None


def _reaction_from(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """A reaction with its source after "from" ('... prompted objections from conservatives
    opposing ...'): the source speaks."""
    match = _reaction(state.scan.text, start, end)
    if match is None:
        return None
    phrase = phrase_after(state.scan, match.end() + 6, end)
    if phrase is None:
        # "from conservatives opposing ...": a plural noun the lexicon does not know
        group = _PLURAL_SOURCE.match(state.scan.text, match.end() + 6, end)
        if group is None:
            return None
        return Speaker(group.group(), CONF_NOMINAL, None), match.group()
    if _first_person(phrase):
        return None
    return _resolve(state, phrase, quote=False), match.group()


# Numbers and who put them out: "Figures released by the ministry showed ...", "Some death
# tolls, provided anonymously by officials, exceeded 100".
_COMPILED_BY = re.compile(
    r"\b(?:[Ff]igures|[Ee]stimates|[Dd]ata|[Ss]tatistics|[Nn]umbers|[Tt]olls?|[Tt]all(?:y|ies)|"
    r"[Cc]ounts|[Rr]esults),?\s+(?:[a-z]+ly\s+)?(released|provided|published|compiled|issued|"
    r"given|supplied|collected|gathered)(?:\s+[a-z]+ly)?\s+by\s+"
)


def _compiled_by(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """ "Figures released by the ministry showed 300 new cases": whoever put the numbers out
    is the source of what they show."""
    match = _COMPILED_BY.search(state.scan.text, start, end)
    if match is None:
        return None
    phrase = phrase_after(state.scan, match.end(), end)
    if phrase is None or phrase.kind == "pronoun":
        return None
    listener = state.scan.text.find(" to ", phrase.start, phrase.end)
    if listener > 0:  # "provided by officials to journalists": the officials
        phrase = classify(state.scan, phrase.start, listener) or phrase
    return _resolve(state, phrase, quote=False), match.group(1)


# A body's own record opening the sentence: "The NHC's 5 p.m. update on Monday had the storm
# 120 miles off", "Statistics Norway's latest figures put unemployment at 4%".
_OWNED_RECORD = re.compile(
    r"(?:[Tt]he )?((?:[A-Z][\w&.-]*\s+){0,5}[A-Z][\w&.-]*)(?:’s|'s|’|')\s+(?:[\w.:-]+\s+){0,4}?"
    r"([Uu]pdate|[Aa]dvisory|[Bb]ulletin|[Rr]eport|[Ff]orecast|[Ee]stimates?|figures|data|"
    r"statistics|tally|count|[Ss]urvey|[Ss]tudy|analysis|assessment|schedule|database)\b"
)


def _owned_record(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """ "The NHC's latest advisory placed the storm 785 miles west of Bermuda": the numbers of
    a body's own record are that body's."""
    match = _OWNED_RECORD.match(state.scan.text, start, end)
    if match is None:
        return None
    owner = classify(state.scan, match.start(1), match.end(1))
    if owner is None or owner.kind != "name":
        return None
    return _resolve(state, owner, quote=False), match.group(2).lower()


# A stance another took up, in the passive: "Similar sentiment was shared by the minister",
# "The call was quickly seconded by Angela Merkel".
_SHARED_BY = re.compile(
    r"\b(?:view|views|sentiment|sentiments|concern|concerns|call|calls|criticism|opinion|"
    r"opinions|position|stance|fears?|demands?|proposal|remarks?|comments?|claims?|warning)\s+"
    r"(?:was|were|has been|have been|had been)\s+(?:(?:also|later|soon|then|[a-z]+ly)\s+)?"
    r"(shared|echoed|seconded|repeated|reiterated|endorsed)\s+by\s+"
)


def _shared_by(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """ "Similar sentiment was shared by a member of the assembly": the agent takes up the
    stance, and is its source."""
    text = state.scan.text
    if text.find("ed by ", start, end) < 0:
        return None  # (each verb it looks for ends in "ed": a cheap test first)
    match = _SHARED_BY.search(text, start, end)
    if match is None:
        return None
    phrase = _agent_list(state.scan, phrase_after(state.scan, match.end(), end), end)
    if phrase is None or _first_person(phrase):
        return None
    return _resolve(state, phrase, quote=False), match.group(1)


_PLURAL_SOURCE = re.compile(r"(?:(?:some|many|several|other) )?(?:[a-z][\w-]* ){0,2}[a-z][\w-]*s\b")


# "cast doubt on the plan", "raised concerns about the cost": doubt or worry stated; "has come
# out against the plan", "came out in favour of a ban": a stance taken publicly (apart from
# _STANCE_PHRASE: only clauses with "doubt", "rais" or " out " are searched for them).
_OPEN_STANCE = re.compile(
    r"\b(?:came|come|comes|coming) out (?:strongly |publicly |firmly )?(?:against|in favou?r of|"
    r"in support of)\b|"
    r"\b(?:cast|casts|casting) (?:serious |some |further )?doubts? (?:on|over|about)\b|"
    r"\b(?:raised|raises|raising) (?:serious |some |further |new |fresh )?(?:concerns?|doubts|"
    r"questions|objections|fears) (?:about|over|regarding|on|that)\b"
)


def _open_stance(text: str, start: int, end: int) -> re.Match[str] | None:
    """Doubt cast, concerns raised or a stance come out with in `text[start:end]` (cheap words
    first)."""
    if (
        text.find("doubt", start, end) < 0
        and text.find("rais", start, end) < 0
        and text.find(" out ", start, end) < 0
    ):
        return None
    return _OPEN_STANCE.search(text, start, end)


def _stance_phrase(state: _State, start: int, end: int) -> tuple[Speaker, str] | None:
    """ "Montalvo ... came to the conclusion that the claims were lies": a stance stated with
    a noun, its subject the source."""
    text = state.scan.text
    match = _STANCE_PHRASE.search(text, start, end) or _open_stance(text, start, end)
    if match is None:
        return None
    cue = Hit(match.start(), match.end(), match.group())
    phrase = _source_of(state, start, cue, end)
    if phrase is None or _first_person(phrase):
        return None
    return _resolve(state, phrase, quote=False), match.group()


def _speech_use(text: str, start: int, cue: Cue, end: int) -> bool:
    """Whether this speech-verb form is used as one here (not "the reported transcript")."""
    verb = cue.group()
    if verb.lower() in SOURCE_CUES:
        return True
    lemma = SPEECH_FORMS.get(verb.lower(), verb)
    before = text[max(start, cue.start() - 40) : cue.start()]
    prev = _word_before_verb(before)
    after = text[cue.end() : min(end, cue.end() + 40)]
    if (
        prev in _NOUN_BEFORE
        and not (
            prev in QUANTIFIER_SUBJECTS
            and (lemma in _NEVER_NOUNS or verb.endswith("ed") or verb in ("said", "told"))
            and _QUANTIFIER_OPENS.search(text[start : cue.start()])
        )  # "Many said", "Some claimed": a subject (not "many claims", "the most pledged")
    ) or prev.endswith(("so-", "self-", "’s", "'s", "s’", "s'")):
        return False  # a noun or an adjective: "a claim", "the reported", "protesters' demands"
    if verb.endswith("ing") and after.strip()[:1] in (".", ";", ""):
        return False  # a gerund with nothing to say: "workshops in writing."
    if verb == "defending" and after.startswith((" champion", " title")):
        return False  # "the defending champion": an adjective
    after_words = after.split(None, 3)
    next_word = after_words[0].lower() if after_words else ""
    following = next((w for w in map(str.lower, after_words[:3]) if not w.endswith("ly")), "")
    if following in _VERB_AFTER_NOUN and lemma not in _NEVER_NOUNS:
        return False  # the subject of another verb: "An official report has concluded"
    if (
        verb.endswith("s")
        and lemma not in _NEVER_NOUNS
        and next_word.endswith("ed")
        and _OBJECT_AFTER.match(after, len(after_words[0]) + 1)
    ):
        return False  # "the state contests represented a total of": a noun, then its verb
    if lemma == "add" and (next_word in ("a", "an", "to", "up") or after.startswith(" the words")):
        return False  # "adding the words ... to the name", "added to the list"
    if lemma == "point":
        # "pointed out (that) she had ...", not "at one point" nor "pointed out the features"
        return after.startswith(" out ") and bool(_CLAUSE_SOON.match(after, 4))
    if lemma == "rule" and after.startswith(" out ") and not _passive(prev, verb):
        return True  # "The minister ruled out early elections": a stance
    if _AFTER_NOT_SPEECH.match(after):
        return False
    if before.endswith("As ") and after.startswith((" in ", " at ")) and verb.endswith("ed"):
        return True  # "As noted in the report, ...": the document's words follow
    if lemma == "stance":
        if verb in _STANCE_OF and after.startswith(" of "):
            return prev in _BECOME  # "Critics ... were critical of the attacks"
        if (
            verb in _STANCE_ABOUT
            and after.startswith((" about ", " over "))
            and before.rstrip().endswith(("reportedly", "allegedly"))
        ):
            # "The employees were reportedly concerned about X": a stance others report (but
            # "Residents are concerned about the noise" is a mood, not a claim).
            return prev in _BECOME
        return prev in _BECOME and bool(_CLAUSE_SOON.match(after))
    if (
        prev in _BE
        and verb.endswith("ing")
        and lemma not in _REQUESTS
        and not (_THAT_SOON.match(after) or _CLAUSE_SOON.match(after))
    ):
        return False  # "were responding to aggression", "was saying, ..." (no content)
    if _passive(prev, verb) and not (verb in ("quoted", "cited") and after.startswith(" as ")):
        if lemma == "consider":
            return False  # "Cows are considered sacred by Hindus": common belief, no report
        return verb in _PASSIVE_WITH_AGENT and bool(
            _AGENT.search(text, cue.end(), min(end, cue.end() + 80))
        )
    if lemma in _REQUESTS:
        return bool(_REQUEST_OBJECT.match(after))  # "asked the government to", not "asked about"
    if lemma in _SHOUTS:
        return bool(_SAYS_SOON.match(after))
    if lemma in ("speak", "talk"):
        return bool(_SPOKE_OF_QUOTE.match(after))  # 'spoke of Munk's "countless discoveries"'
    if lemma in ("answer", "specify", "establish"):
        # "specifies that ...", "researchers established that ..." (not "specified no cause",
        # "established a fund")
        return bool(_THAT_SOON.match(after))
    if lemma == "determine":
        # "Police determined that ...", "were able to determine the car had come from ..."
        # (not "determined to win", "to determine the cause")
        if verb.endswith("ing") or _word_after(after, 0) in _OPEN_QUESTIONS:
            return False  # "will determine whether the law is valid": nothing stated yet
        return bool(_THAT_SOON.match(after) or _CLAUSE_SOON.match(after))
    if lemma == "hold":
        # "He holds that if ...", "The court held that the law was valid" (not "held that
        # meeting", "was held that day")
        return after.startswith(" that ") and bool(_CLAUSE_SOON.match(after, 5))
    if lemma == "imply":
        return bool(_THAT_SOON.match(after) or _CLAUSE_SOON.match(after))  # not "imply costs"
    if lemma == "maintain":
        # "maintained the USPS could", "maintains a policy of not charging" (not "the theme")
        return bool(_CLAUSE_SOON.match(after) or _STANCE_HELD.match(after))
    if lemma == "question":
        return bool(_THAT_SOON.match(after)) or _questions_a_thing(after)
    if lemma == "observe" and verb.endswith("ing") and _GERUND_AFTER.search(before):
        return False  # "estimate the population by observing the area"
    if lemma in ("find", "show", "rule"):
        if lemma == "find" and after.startswith(_NEGATIVE_FINDINGS):
            return True  # "An investigation by PolitiFact found no such action": a finding
        if lemma in ("find", "show") and _PERCENT_SOON.match(after):
            return True  # "Gallup found 57 percent of Americans ...": a finding in numbers
        if (
            lemma == "show"
            and _DATA_BEFORE.search(before)
            and _DIGIT.search(text, cue.end(), min(end, cue.end() + 60))
        ):
            return True  # "Data from the ministry showed 300 new cases", "... shrank by 2%"
        if lemma != "rule" and (prev in _RESEARCHERS or prev == "al."):
            # "The scientists found reduction of crop yields by 2050 exceeded 10%", "They found
            # there was so much iron ...", "X et al found ...": a finding stated without "that"
            return bool(_THAT_SOON.match(after) or _FINDING.match(text, cue.end(), end))
        return bool(_THAT_SOON.match(after))
    if lemma in ("label", "brand", "designate"):
        return bool(_NAMED_AS.match(text, cue.end(), end))
    if lemma == "call":
        if _TITLE_QUOTED.match(after):
            return False  # 'a program called "Learning Together"': a name, not a verdict
        return bool(_CALL_OBJECT.match(after))
    if lemma == "agree":
        # "agreed that ...", "X agreed, saying", "agreed to the need for ...", not "could not
        # agree on a budget" nor "agreed to help" (a commitment, not a stance)
        if after.startswith(" on "):
            return False
        return not after.startswith(" to ") or after[4:].split(" ", 1)[0] in DETERMINERS
    if lemma == "estimate":
        # "estimated around 200 people attended", not "estimate the population by observing"
        # nor "Hurricane Maria, estimated to have done ..." or "R0 estimated in the range"
        if verb.endswith("ed") and after.startswith((" to ", " in ")):
            return False
        return bool(_THAT_SOON.match(after) or _CLAUSE_SOON.match(after)) or _quantity_soon(
            text, cue.end(), end
        )
    if lemma == "cite" and after.startswith((" for ", " in ", " by ")):
        return False  # "Factors cited for the drop include ...": a participle
    if lemma == "read":
        # 'the statement read: "..."', 'The decree signed by the Pope read "The crimes ..."',
        # "Because ..., reads the motion, the order is void": an aside naming the document
        if before.rstrip().endswith(",") and _DOCUMENT_ASIDE.match(after):
            return True
        return after.lstrip().startswith((":", ",", "“", '"')) or after.startswith(" that")
    if lemma in ("attribute", "ascribe"):
        # "attributed the bombing to Houthi rebels" (not "was attributed" without an agent)
        return " to " in text[cue.end() : min(end, cue.end() + 80)]
    if lemma == "inform":
        return bool(_SAYS_SOON.match(after) or _CLAUSE_SOON.match(after))
    if lemma == "advocate":
        # "advocates states' rights", "advocates in its constitution for ..." (not "privacy
        # advocates say", "advocates of reform", "gun rights advocates and police")
        return (
            next_word in _ADVOCATED
            or (next_word.endswith("ing") and len(next_word) > 5)  # "advocated packing the Court"
            or prev in _ADVOCATES
            or prev.endswith(("ly", ","))
        )
    if lemma == "oppose":
        return not after.startswith((" to ", " by ")) and after.lstrip()[:1] not in (",", ".", "")
    if next_word in ("whether", "if") and _NOT_SAYING.search(before):
        return False  # "would not say whether he supported it": nothing stated
    if lemma in ("name", "select", "pick", "choose"):
        return bool(_CHOSEN_AS.match(text, cue.end(), min(end, cue.end() + 80)))
    if lemma in ("attack", "insult"):
        verdict = _VERDICT_ON.match(text, cue.end(), min(end, cue.end() + 120))
        return verdict is not None and not _FOR_A_TIME.match(text, verdict.end())
    if lemma == "challenge":
        return bool(_CHALLENGED_TO.match(text, cue.end(), min(end, cue.end() + 60)))
    if lemma in ("rail", "lash"):
        return after.startswith((" against ", " at ", " out at ", " out against "))
    if lemma in ("protest", "charge"):
        return after.startswith(" that ")  # (not "charged with murder")
    if lemma == "object":
        return after.startswith((" that ", " to "))
    if lemma == "swear":
        return after.startswith((" that ", " to ")) or bool(_THAT_SOON.match(after))
    if lemma == "appeal":
        # "appealed for calm", "appealed to residents to stay inside" (not "appealed the
        # ruling": a step in court, not a statement)
        return after.startswith(" for ") or bool(_APPEAL_TO.match(after))
    if lemma == "consider":
        # "considers the pipeline to be vital", "considers it a project of common interest",
        # "considers that ..." (not "will consider the bill", "considering options")
        return bool(_CONSIDERED_AS.match(after + text[cue.end() + 40 : cue.end() + 80]))
    if lemma == "thank":
        # 'thanked "the police for their swift response"', "thanked the crews for their work"
        return " for " in text[cue.end() : min(end, cue.end() + 100)] or bool(
            _ANY_QUOTE_MARK.search(text, cue.end(), min(end, cue.end() + 3))
        )
    if lemma == "remember":
        return " as " in text[cue.end() : min(end, cue.end() + 80)]  # "remembered her as"
    if lemma == "describe" and (
        _PARENTHETICAL_CLOSE.match(after)
        or _ANY_QUOTE_MARK.search(text, cue.end(), min(end, cue.end() + 60))
    ):
        # "The crash began, the patrol described, in the northbound lanes" (an aside that
        # attributes the sentence), "described extensive tyre marks and “insane” heat" (words
        # of their own)
        return True
    if lemma == "describe" and _GERUND_OBJECT.match(after):
        return True  # "described seeing 35 bodies", "describes being held": an account given
    if lemma in ("identify", "describe", "characterize", "characterise", "regard", "assail"):
        return " as " in text[cue.end() : min(end, cue.end() + 120)]
    if lemma == "refer":
        return " as " in text[cue.end() : min(end, cue.end() + 80)] and after.startswith(" to ")
    if lemma == "dub":
        # 'dubbed the conflict: "Scientology vs. the Internet"', not "dubbing anime"
        return bool(_NAMED_SOON.match(text, cue.end(), min(end, cue.end() + 160)))
    if lemma == "continue":
        return after[:1] in (",", ":")
    if lemma == "express":
        # "expressed that ...", "has expressed she is uninterested" (not "expressed concern")
        return bool(_THAT_SOON.match(after) or _PRONOUN_CLAUSE.match(after))
    if lemma == "confirm" and _CONFIRMED_PERSON.match(after):
        return False  # "the Senate confirmed him", "confirmed Pierluisi's nomination": a vote
    if lemma == "post" and _POSTED_RESULT.match(after):
        return False  # "posted a time of 2:05:45", "posted a loss": a result, not a post
    if lemma in COGNITION or lemma in ("expect", "hope", "welcome", "hail", "post"):
        return not after.startswith(" to ") or lemma == "believe"
    if verb in ("state", "states") and not after.startswith(" that"):
        # "The Aviation Herald states the jet was ...", "The report states 300 ...": a
        # source's statement (not "in some states the law was", a noun).
        written = before.split()[-1:] or [""]
        source_before = (
            written[0][:1].isupper() or written[0].endswith(",") or prev in _SOURCE_NOUNS
        )  # ("Airfleets, a database of airliners, states ...": after an apposition)
        return source_before and bool(
            _CLAUSE_SOON.match(after) or _quantity_soon(text, cue.end(), end)
        )
    return True


_PARENTHETICAL_CLOSE = re.compile(r",\s+[a-z]")
_DOCUMENT_ASIDE = re.compile(
    r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r"),"
)
_GERUND_OBJECT = re.compile(
    r"\s+(?!during\b|morning\b|evening\b|(?:no|some|every|any)thing\b)[a-z]+ing\b"
)
_CONFIRMED_PERSON = re.compile(
    r"\s+(?:(?:him|her|them)\b(?! (?:dead|to|as dead|alive|safe|missing|that)\b)|"
    r"(?:[\w.-]+[’'](?:s )?|his |her |their )?"
    r"(?:nomination|nominee|appointment|appointee)s?)\b"
)
_POSTED_RESULT = re.compile(
    _DETERMINED + r"(?:time|times|score|record|loss|"
    r"losses|profit|profits|gain|gains|win|victory|lead|deficit|surplus|revenue|revenues|result|"
    r"results|growth|decline)\b"
)
_PRONOUN_CLAUSE = re.compile(
    r"\s+(?:he|she|they|we|I)\s+(?:is|was|were|are|had|has|have|would|will|could|did|does)\b"
)
_DIGIT = re.compile(r"\d")
_PERCENT_SOON = re.compile(r"\s+(?:\S+\s+){0,2}?\d[\d.,]*\s?(?:%|percent\b|per cent\b)")
_QUANTIFIER_OPENS = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while|whereas)\s+)(?:[Mm]any|[Ss]ome|[Ss]everal|[Mm]ost|"
    r"[Oo]thers)\s+$"
)
_DATA_BEFORE = re.compile(
    r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Rr]esults|[Nn]umbers|[Pp]olls?|[Ss]urveys?|"
    r"[Cc]ensus|[Rr]ecords|[Tt]ally|[Ee]stimates)\s+(?:(?:released|published|compiled)\s+)?"
    r"(?:from|by|of)\s"
)  # whose data: "Data from the health ministry" (not "Early results", no source)
_QUESTIONED = re.compile(r"\s+(?:whether|if|why|how|the|his|her|their|its|a|an)\b|\s+\S+[’']s\b")


_RESEARCHERS = words(
    "scientists researchers study studies authors team report analysis survey investigators "
    "results findings data paper experiments tests research they al"
    # evidence that shows a thing: "Photographs showed the aircraft ...", "An autopsy found ..."
    " photographs photos images autopsy post-mortem postmortem"
)
_FINDING = re.compile(
    r"\s+(?:[^\s.;:]+\s+){1,9}?(?:[a-z]+ed|was|were|is|are|had|has|have|would|could|will|can|may|"
    r"to be)\b"
)
_NAMED_SOON = re.compile(r"[^.;“”\"]{0,140}?(?::|\s[“\"]|\sas\s)")


def _questions_a_thing(after: str) -> bool:
    """ "questioned the President's power" / "questioned whether" (a stance), not
    "questioned the suspect" (an interrogation)."""
    if not _QUESTIONED.match(after):
        return False
    for word in after.split()[:4]:
        low = word.lower().strip(",.;:")
        if low in PERSON_NOUNS or low in GROUP_NOUNS:
            return False
        if low not in DETERMINERS and not low.endswith(("’s", "'s")):
            return True
    return True


_TITLE_QUOTED = re.compile(r"\s+[“\"‘'](?:[A-Z0-9][\w’'-]*[\s,.:!?]*)+[”\"’']")


def _quantity_soon(text: str, start: int, end: int) -> bool:
    """Whether a figure follows within a few words ('estimated around 200 people')."""
    return bool(_FIGURE_SOON.match(text, start, min(end, start + 40)))


_FIGURE_SOON = re.compile(
    r"\s+(?:\S+\s+){0,3}?(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|hundreds|thousands|millions|billions|half|a third|a quarter)\b)"
)


def _passive(prev: str, verb: str) -> bool:
    """'was announced', 'were accused' (but 'is encouraging', 'was saying' are active, and
    'are concerned that' is a stance)."""
    return prev in _BE and not verb.endswith("ing") and SPEECH_FORMS.get(verb) != "stance"


def _word_before_verb(before: str) -> str:
    """The word before a verb, adverbs skipped: 'was previously announced' -> 'was'."""
    for word in reversed(before.split()[-4:]):
        low = word.lower()
        adverb = low.endswith("ly") and len(low) > 4 and word.islower() and low not in LY_NOUNS
        if not adverb and low not in (
            "not",
            "never",
            "also",
            "n't",
        ):
            if low.endswith(("'re", "’re")):
                return "are"  # "they're criticised": a passive
            return low
    return ""


def _source_of(state: _State, lo: int, cue: Cue, hi: int, elide: bool = True) -> Phrase | None:
    """The source of a speech verb: its subject, an agent ("by X"), an inverted subject
    ('..., said Dmitry Peskov'), or the subject it shares with its sentence."""
    scan = state.scan
    text = scan.text
    stripped = text[lo : cue.start()].rstrip()
    prev_word = _word_before_verb(stripped)
    verb = cue.group()
    quoted = _quoted_person(state, cue, hi) if not _passive(prev_word, verb) else None
    if quoted is not None:
        return quoted  # "The Times quoted Anna Berg as saying that ...": she speaks
    if stripped == "As" and text.startswith((" in ", " at "), cue.end()):
        # "As noted in the report, the river had ...": the document speaks (not "As expected
        # in the city").
        where = phrase_after(scan, cue.end() + 4, hi)
        if where is None or SPEECH_FORMS.get(verb.lower()) in COGNITION:
            return None
        known = where.head in _SOURCE_NOUNS or where.head in _PEOPLE_HEADS
        return where if where.kind == "name" or known else None
    if _passive(prev_word, verb) and verb not in ("quoted", "cited"):
        agent = _AGENT.search(text, cue.end(), min(hi, cue.end() + 80))
        return _agent_list(scan, phrase_after(scan, agent.end(), hi), hi) if agent else None
    if verb in _PASSIVE_WITH_AGENT and text.startswith(" by ", cue.end()):
        # "A cargo plane, reported by local press as belonging to the army, crashed": a
        # participle without "was", its agent the source.
        agent_phrase = phrase_after(scan, cue.end() + 4, hi)
        if agent_phrase is not None:
            return agent_phrase
    if verb.lower() in INVERTING and (not stripped or stripped.endswith((",", "”", '"'))):
        inverted = phrase_after(scan, cue.end(), hi)
        if inverted is not None and (
            inverted.end >= hi
            or text[inverted.end : inverted.end + 1] in ',.;:!”")'
            or (
                inverted.kind == "name"
                and text[inverted.end : inverted.end + 12].split(None, 1)[0] in _PLACE_PREPOSITIONS
            )
        ):
            return inverted  # ', said Peskov.', 'wrote Trump on Twitter' (not 'said X had')
    # (The pattern ends in "to" before the verb: most clauses need not be searched for it.)
    to_verb = _INFINITIVE_OF.search(text, lo, cue.start()) if stripped.endswith("to") else None
    if to_verb is not None:
        # "He went on to say ...", "X was quick to point out": the subject of the verb that
        # governs the infinitive speaks.
        governing = subject_before(scan, lo, to_verb.start())
        if governing is not None:
            return governing
    phrase = subject_before(scan, lo, cue.start())
    if phrase is None or (phrase.kind != "pronoun" and phrase.start > lo + 8):
        modified = _modified_subject(scan, lo, cue.start())
        if modified is not None:
            return modified  # "Sources close to the talks said", "an official who asked ..."
    if phrase is None and verb.endswith("ing") and stripped.endswith(",") and " by " in stripped:
        by = _DOCUMENT_BY.search(stripped)
        if by is not None:
            # "The Lancet published a report by Anna Berg, saying ...": the author speaks.
            author = phrase_after(scan, lo + by.end(), cue.start())
            if author is not None:
                return author
    if (
        phrase is None
        and verb.endswith("ing")
        and stripped[-6:].isalpha()
        and _OBJECT_BEFORE_PARTICIPLE.search(stripped)
    ):
        # "delivered a speech declaring himself ...", "gave an interview claiming ...": the
        # participle goes on from the object; the sentence's subject speaks.
        main = _main_subject(scan, lo, cue.start())
        if main is not None and not _first_person(main):
            return main
    if phrase is not None and verb.endswith("ing") and phrase.kind != "pronoun":
        # "issued a ruling against President Trump finding that ...", "the city issued a
        # statement announcing ...": the phrase is an object; the sentence's subject speaks.
        before = text[max(lo, phrase.start - 30) : phrase.start].split()
        if before and before[-1].islower() and before[-1] not in ("and", "but", "while", "with"):
            main = _main_subject(scan, lo, cue.start())
            if main is not None and main.start < phrase.start:
                return main
    # (a document can only open the sentence before the subject found, or instead of one)
    late = phrase is None or (phrase.kind != "pronoun" and phrase.start > lo + 8)
    document = _document_subject(scan, lo, cue.start()) if late else None
    if (
        document is not None
        and (phrase is None or (phrase.kind != "pronoun" and phrase.start >= document.end))
        and not (phrase is not None and _BY_AUTHOR.fullmatch(text, document.end, phrase.start))
    ):
        return document  # (but "The reports released by police said": the police speak)
    gap = _participle_gap(text, lo, cue.start(), phrase)
    if gap is not None:
        # "Richard Ferrand in relaying the news to parliament said", "State legislators
        # supporting the law argued": the subject before the participle phrase speaks.
        named = subject_before(scan, lo, gap + 1)
        lead = _leading_adverbial(scan, lo, gap)
        if (
            named is not None
            and (
                named.kind == "name"
                or (named.kind == "description" and named.head in _PEOPLE_HEADS)
            )  # (not "Recent opinion polling by X indicated")
            and not text[named.end : gap].strip()
            and all(
                w[:1].isupper() or w.lower() in _ROLE_WORDS
                for w in text[lead.end() if lead else lo : named.start].split()
            )
        ):
            return named  # (the sentence's subject, not an object: "contacted X seeking")
    if phrase is not None:
        return phrase
    whole = _whole_subject(scan, lo, cue.start())
    if whole is not None:
        return whole  # "The head of the UN mission in the country said"
    return _elided_subject(state, lo, cue) if elide else None


_AUXILIARIES = words("has have had will would could can may might should must also")
_COUNT_WORDS = words(
    "over about nearly almost around some more fewer hundreds thousands millions dozens "
    "hundred thousand million billion"
)
_PLAIN_WORDS = re.compile(r"(?:[A-Za-z][\w’'&.-]*\s+){2,12}")


# ", Greece and Cyprus": more names after the first of a list.
_MORE_NAMES = re.compile(
    r"(?:, [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})*,? and [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}"
)


def _agent_list(scan: Scan, phrase: Phrase | None, hi: int) -> Phrase | None:
    """ "condemned by Egypt, Greece and Cyprus": the agent is the whole list of names."""
    if phrase is None or phrase.kind != "name":
        return phrase
    more = _MORE_NAMES.match(scan.text, phrase.end, hi)
    if more is None or "," not in more.group():
        return phrase  # ("by France and Germany" is read whole already)
    names = scan.text[phrase.start : more.end()].rstrip(".")  # (not the full stop)
    end = phrase.start + len(names)
    return phrase._replace(end=end, text=names, head=names.lower(), mention=None)


def _whole_subject(scan: Scan, lo: int, verb_start: int) -> Phrase | None:
    """A clause opening with one long noun phrase, prepositions and all, then its verb:
    "A relative of one of the victims said" (the phrase read back from the verb stops at a
    preposition)."""
    text = scan.text
    span = text[lo:verb_start]
    if verb_start - lo > 120 or not any(p in span for p in (" of ", " in ", " at ", " from ")):
        return None  # (without a preposition inside, the phrase read back found it already)
    lead = _leading_adverbial(scan, lo, verb_start)
    start = lead.end() if lead else lo
    while start < verb_start and text[start] == " ":
        start += 1
    if not _PLAIN_WORDS.fullmatch(text, start, verb_start):
        return None
    words_ = text[start:verb_start].split()
    while len(words_) > 2 and words_[-1].lower() in _AUXILIARIES:
        words_.pop()  # "Critics from across the spectrum have claimed"
        verb_start = text.rindex(words_[-1], start, verb_start) + len(words_[-1])
    if not (words_[0][:1].isupper() or words_[0] in DETERMINERS):
        return None  # "to engage women in ...": no clause opening here
    if any(
        w.lower() in BETWEEN_SUBJECT_AND_VERB or w.endswith("ed") or w.lower() in _COUNT_WORDS
        for w in words_
    ):
        return None  # a verb inside ("The man who was arrested"), or a count ("over a million")
    phrase = classify(scan, start, verb_start)
    if phrase is None or phrase.kind != "description" or phrase.head not in _PEOPLE_HEADS:
        return None
    return phrase


_ROLE_WORDS = PERSON_NOUNS | TITLES
_PEOPLE_HEADS = PERSON_NOUNS | GROUP_NOUNS
_SOURCE_HEADS = _PEOPLE_HEADS | _SOURCE_NOUNS
_PEOPLE_PLURALS = frozenset(w for w in GROUP_NOUNS if w.endswith("s") and w[:-1] in PERSON_NOUNS)

# What follows an unnamed source before its verb, saying how it knows or why it is unnamed:
# "sources close to the president", "a person familiar with the matter", "an official who
# asked not to be named", "officials speaking on condition of anonymity".
_POST_MODIFIER = re.compile(
    r"\s+(?:((?:close|closest|closer) to|familiar with|privy to|briefed on|involved in|"
    r"with (?:direct |first-?hand |detailed )?knowledge of)|"
    r"(?:who|that) (?:had |has |have )?(?:asked|requested|declined|spoke|speaks|did not|"
    r"didn[’']t|was not|were not|is not|are not|wished|wish|insisted)\b[^,;:.!?“”\"()]{0,70}?"
    r"(?:anonymity|named|identified|identity|publicly|record|authori[sz]ed|media)|"
    r"(?:speaking|talking) on (?:the )?condition of anonymity|"
    r"who\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|ew|ought|aw|ent|ade|ook|ave)\b)"
    r"[^,;:.!?“”\"()]{0,70}?\s*$"
)


def _modified_subject(scan: Scan, lo: int, verb_start: int) -> Phrase | None:
    """An unnamed source with the words that say how it knows before its verb ("A source
    familiar with the talks said"): the source, without them."""
    text = scan.text
    window = max(lo, verb_start - 160)
    if " to " not in text[window:verb_start] and not _MODIFIER_WORD.search(
        text, window, verb_start
    ):
        return None
    modifier = _POST_MODIFIER.search(text, window, verb_start)
    if modifier is None:
        return None
    phrase = subject_before(scan, lo, modifier.start())
    if phrase is None or phrase.kind == "pronoun":
        return None
    opening = text[lo : phrase.start].strip()
    if opening and not opening.endswith(","):
        return None  # "To a number of people who have been stressed, ...": no subject
    if phrase.kind != "description":
        return phrase
    if phrase.head not in _PEOPLE_HEADS:
        return None  # (not "the plan close to collapse")
    if modifier.group(1) is None:
        return phrase  # "an official who asked not to be named": the official
    # "sources close to the president": the description, as written, says who they are.
    end = verb_start
    for word in reversed(text[phrase.end : verb_start].split()):
        if word.lower() not in BETWEEN_SUBJECT_AND_VERB and not word.endswith("ly"):
            break
        end = text.rindex(word, phrase.end, end)  # "have also said": not the source's words
    end = len(text[:end].rstrip())
    described = text[phrase.start : end]
    return Phrase(phrase.start, end, "description", described, phrase.head, None, phrase.definite)


_MODIFIER_WORD = re.compile(r"\b(?:familiar|briefed|involved|knowledge|who|that|anonymity)\b")


def _participle_gap(text: str, lo: int, verb_start: int, phrase: Phrase | None) -> int | None:
    """Where a participle phrase between the subject and its verb starts, if the subject
    found is missing or inside it (its object: "supporting the law")."""
    if phrase is not None and (phrase.kind == "pronoun" or phrase.start - lo < 8):
        return None  # (the usual case, cheaply: the subject opens the clause)
    gap = _PARTICIPLE_GAP.search(text, lo, verb_start)
    if gap is None or gap.start() <= lo or (phrase is not None and phrase.start < gap.start()):
        return None
    return gap.start()


_PARTICIPLE_GAP = re.compile(
    r"\s(?:(?:in|while|when|after|upon)\s+)?[a-z]{3,}ing\s+[^,;:.!?“”\"()]{1,80}?\s*$"
)


# A document opening its sentence, its author after "of"/"by"/"from", then a participle
# phrase before the verb: "The results of the X Study published in Y this week, revealed".
_DOCUMENT_OPENING = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)((?: [\w’'-]+){1,4}?)(?: (?:of|by|from) (?:the )?"
    r"[A-Z][\w’'&.-]*(?:(?: of| for| and| on| the)* [A-Z][\w’'&.-]*){0,7})?"
    r"(?=,?\s+[a-z]+(?:ing|ed|en)\b)"
)


_BY_AUTHOR = re.compile(r",?\s+[a-z]+(?:ed|en)\s+by\s+")


def _document_subject(scan: Scan, lo: int, verb_start: int) -> Phrase | None:
    """ "A new study documenting the decline of reefs in the Pacific has revealed ...": a
    document opening the sentence, a participle phrase between it and its verb, speaks."""
    lead = _leading_adverbial(scan, lo, verb_start)
    opening = _DOCUMENT_OPENING.match(scan.text, lead.end() if lead else lo, verb_start)
    if opening is None or opening.group(1).rsplit(" ", 1)[-1].lower() not in _SOURCE_NOUNS:
        return None
    return classify(scan, opening.start(), opening.end())


# "a report by Anna Berg," before a participle: the document's author.
_DOCUMENT_BY = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r") by (?=[^,]{2,80},$)")
# A verb of speaking, its object ("delivered a speech", "gave an interview"), then a participle.
_OBJECT_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:delivered|delivers|gave|gives|made|makes|held|holds|posted|posts|published|"
    r"publishes|released|releases|wrote|writes|sent|sends|issued|issues|tweeted|aired|"
    r"recorded|filed|files) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,2}?"
    r"(?:speech|address|interview|statement|message|video|post|letter|op-ed|column|essay|"
    r"tweet|press release|announcement|remarks|complaint|lawsuit|brief|report)$"
)


# "went on to", "continued to", "was quick to", right before a speech verb.
_INFINITIVE_OF = re.compile(
    r"\b(?:went on|goes on|go on|going on|continued|continues|moved|proceeded|wanted|wants|"
    r"(?:went|goes|go|going) (?:as|so) far(?: as)?|"
    r"was quick|were quick|has been quick|is quick|took (?:the|this) opportunity|also|"
    # "took to Twitter to say", "went on television to announce"
    r"(?:took|takes|take|taking|went|goes|go|going) (?:to|on) (?:[A-Z]\w+|social media|"
    r"television|TV|radio|the airwaves|the stage|the podium)|"
    r"(?:was|were|is|are|been) able) to\s+$"
)


# "The next day, ...", "That night, ...": a time that opens the sentence before its subject.
_TIME_OPENER = re.compile(
    r"(?:The|That|Each|Every|Later that|Earlier that) (?:(?:next|following|previous|same) )?"
    r"(?:day|morning|afternoon|evening|night|week|weekend|month|year),\s+"
)


def _leading_adverbial(scan: Scan, start: int, end: int) -> re.Match[str] | None:
    text = scan.text
    if text.startswith(("The ", "That ", "Each ", "Every ", "Later ", "Earlier "), start):
        time = _TIME_OPENER.match(text, start, end)
        if time is not None:
            return _leading_adverbial(scan, time.end(), end) or time
    first = text[start : start + 30].split(" ", 1)[0].split(",", 1)[0]
    if first.lower() not in _LEADING_WORDS and not first.endswith((*_LY_ADVERB, "ing")):
        return None  # (a participle opens one too: "Writing in a blog post, X dubbed ...")
    if first.endswith("ing") and scan.mention_ending_at(start + len(first)) is not None:
        return None  # "Boeing released no details, ...": a name, not a participle
    return _LEADING_ADVERBIAL.match(text, start, end)


def _main_subject(scan: Scan, start: int, end: int) -> Phrase | None:
    """The grammatical subject of a sentence, after any leading adverbial ('In 2022, ...')."""
    lead = _leading_adverbial(scan, start, end)
    phrase = subject_at(scan, lead.end() if lead else start, end)
    if phrase is not None and phrase.head == "official" and phrase.kind == "description":
        owner = _OWNERS_OFFICIAL.match(scan.text, phrase.start, phrase.end + 40)
        if owner is not None:
            # "The ministry's official Twitter account said:": "official" describes a thing
            # (not a person); its owner speaks.
            return classify(scan, phrase.start, phrase.start + len(owner.group(1))) or phrase
    return phrase


# "The ministry's official Twitter account": "official" as an adjective of a record or channel.
_OWNERS_OFFICIAL = re.compile(
    r"([^,;:]+?)[’']s official (?:[A-Za-z]+ ){0,2}"
    r"(?:account|website|site|page|channel|statement|feed)\b"
)


def _remainder_claims(
    state: _State, s_start: int, s_end: int, quotes: list[Quotation]
) -> list[_Found]:
    """In a sentence with quotations, the words outside them may hold a claim of their own
    ('Trump characterised the talks as "good", ... emphasising that "it takes two"'); the
    speech verb right next to a quotation is its attribution, not a claim."""
    scan = state.scan
    text = scan.text
    pieces = []
    pos = s_start
    for quote in quotes:
        if quote.start > pos:
            pieces.append((pos, quote.start, pos != s_start or _inside(quotes, s_start), True))
        pos = max(pos, quote.end)
    if pos < s_end:
        pieces.append((pos, s_end, True, False))
    for p_start, p_end, after_quote, before_quote in pieces:
        # "according to" after a quotation names the quotation's source, not a new claim.
        cues = [
            c
            for c in scan.cues(p_start, p_end)
            if not (after_quote and c.group().lower() in SOURCE_CUES)
        ]
        coordinated = re.match(
            r"[\s,;]*(?:and|but|while|though|although|yet)\b", text[p_start:p_end]
        )
        told = None
        if after_quote and len(cues) > 1 and not coordinated and text[p_start - 2] == ",":
            # '…," Vance, who ... was held on charges her lawyers call absurd, told the crowd':
            # the words set off between a quotation and its verb are part of the attribution.
            told = next(
                (k for k, c in enumerate(cues) if text[p_start : c.start()].rstrip()[-1:] == ","),
                None,
            )
            if told is not None and not _set_off_source(scan, p_start, cues[told].start()):
                told = None
        if told is not None:
            cues = cues[told + 1 :]
        elif after_quote and cues and not coordinated and cues[0].start() - p_start < 80:
            cues = cues[1:]  # '…,” Putin told India Today in remarks broadcast …'
        # 'Putin stated, “…' (but 'X told the press the drugs were only part of it: “…' says
        # something of its own before the quotation)
        gap = text[cues[-1].end() : p_end] if cues else ""
        if before_quote and cues and _introduces(gap) and not _clause_in(gap):
            cues = cues[:-1]
        for cue in cues:
            rest = text[cue.end() : p_end]
            if len(_WORDS.findall(rest)) < 3 or rest.lstrip()[:1] in ",.":
                continue
            found = _reported(state, p_start, p_end, [cue], sentence_start=s_start)
            if found is None:
                continue
            c_start = p_start
            if after_quote and not coordinated:
                c_start = max(text.rfind(", ", p_start, cue.start()), p_start)
            c_end = p_end
            if coordinated:
                c_start = p_start + coordinated.end()  # 'but stressed that ...'
            while c_start < c_end and text[c_start] in " ,;—–":
                c_start += 1
            while c_end > c_start and text[c_end - 1] in " ,;—–":
                c_end -= 1
            clauses = _clauses(state, c_start, c_end)
            if len(clauses) == 1:
                return [_reported_claim(c_start, c_end, text, *found)]
            # '... called the demand "unprecedented", while ALDI, in a post, called it
            # "unexpected"': a second source speaks in a clause of its own.
            split = []
            if not _ONLY_A_TOPIC.fullmatch(text, *clauses[0]):
                split.append(_reported_claim(*clauses[0], text, *found))
            for k_start, k_end in clauses[1:]:
                k_cues = state.scan.cues(k_start, k_end)
                if not k_cues or len(_WORDS.findall(text, k_cues[-1].end(), k_end)) < 2:
                    continue  # 'but he replied "..."': the attribution of a quotation
                more = _reported(state, k_start, k_end, sentence_start=s_start)
                if more is not None:
                    split.append(_reported_claim(k_start, k_end, text, *more))
            return split
    return []


# --- resolution -----------------------------------------------------------------------------


_POSSESSIVE_MARK = re.compile(r"[’']s?(?= )")


_OF_TWO = {"latter": -1, "former": -2}


def _one_of_two(state: _State, phrase: Phrase) -> Entity | None:
    """ "the FAA and the NTSB, with the latter confirming ...": the last (or, "the former",
    the one before it) of the names written just before, in this sentence or the one before."""
    scan = state.scan
    text = scan.text
    lo = max(0, text.rfind("\n", 0, phrase.start) + 1, phrase.start - 300)
    names: list[str] = []
    for mention in scan.mentions(lo, phrase.start):
        if not mention.possessive and (not names or names[-1] != mention.name):
            names.append(mention.name)
    which = _OF_TWO[phrase.text.split()[-1].lower()]
    if len(names) < -which:
        return None
    return state.registry.lookup(names[which])


def _resolve(state: _State, phrase: Phrase, quote: bool) -> Speaker:
    """Turn a source phrase into a speaker name, the most specific form the article allows."""
    named = CONF_QUOTE_NAMED if quote else CONF_REPORTED_NAMED
    indirect = CONF_QUOTE_PRONOUN if quote else CONF_REPORTED_PRONOUN
    if phrase.kind == "pronoun":
        if phrase.head in QUANTIFIER_SUBJECTS or phrase.head == "they":
            group = _group_before(state, phrase)  # "Thousands of farmers marched. They said"
            if group is not None and (phrase.head != "they" or _antecedent(state, "they") is None):
                return Speaker(group, indirect - 0.1, None)
            if phrase.head != "they":
                return Speaker(phrase.text, indirect - 0.3, None)
        entity = _antecedent(state, phrase.head)
        if entity is None and phrase.head in ("he", "she"):
            entity = _person_named_before(state, phrase.start, phrase.head)
        if entity is None and phrase.head in ("he", "she"):
            entity = _unnamed_person_before(state, phrase.start, phrase.head)
        if entity is not None:
            return Speaker(entity.display, indirect, entity)
        return Speaker(phrase.text, indirect - 0.3, None)
    if phrase.kind == "name":
        entity = state.registry.lookup(phrase.head)
        if entity is None and phrase.head in COURT_HEADS:
            entity = _court(state)  # "the Court" after "the Supreme Court of Puerto Rico"
        shown = _as_written(phrase.text) if entity is None else entity.display
        span = state.scan.text[phrase.start : phrase.end].split(" ", 1)
        opening = span[0].lower()
        if (
            opening in _PART_OF_A_GROUP
            and span[1:] == [phrase.text]
            and (entity is None or entity.person is not True)
        ):
            shown = f"{opening} {shown}"  # "Some Democrats said ...": part of the group speaks
        return Speaker(shown, named, entity)
    words_ = [w.lower().strip("’'") for w in phrase.text.split()]
    if phrase.definite and AGE_NOUN.fullmatch(phrase.head):
        # "Jane Roe was arrested. The 34-year-old told police ...": the person just named
        person = _last_person_named(state, phrase.start) or next(
            (e for e in state.recent() if e.person is True), None
        )
        if person is not None:
            return Speaker(person.display, indirect, person)
    if len(words_) == 2 and phrase.definite and words_[1] in _OF_TWO:
        one = _one_of_two(state, phrase)
        if one is not None:
            return Speaker(one.display, indirect, one)
    if phrase.definite and (phrase.head in RULING_NOUNS or phrase.head in COURT_HEADS):
        # "the ruling", "the Luxembourg-based court": the court the article last named; "the
        # appeals court": the court named with that word ("the Court of Appeals").
        court = _court_named_with(state, words_, phrase.start) or _court(state)
        if court is not None:
            return Speaker(court.display, indirect, court)
    if phrase.definite and phrase.head in DOCUMENT_NOUNS:
        # "the statement said": the author of the last statement the article mentioned.
        for noun, speaker in reversed(state.documents):
            if noun == phrase.head:
                own = speaker.name.lower().split()
                if own[-1:] == [noun] and not set(words_) <= {*own, "the", "this", "that"}:
                    continue  # "the French constitution" is another than the Puerto Rican one
                return Speaker(speaker.name, indirect, speaker.entity)
        body = _demonym_body(state, words_)
        if body is not None:
            return Speaker(body.display, indirect, body)
    elif phrase.definite and phrase.head in PERSON_NOUNS and len(words_) <= 8:
        set_off = _name_apposed_after(state, phrase)
        if set_off is not None:
            return Speaker(set_off.display, named, set_off)
        recent_speaker = state.last_spoken_at >= len(state.sentences) - 2
        found = _described(state, phrase.head, words_, guess=len(words_) <= 5 or recent_speaker)
        if found is not None:
            entity, confidence = found
            return Speaker(entity.display, indirect + confidence, entity)
    elif phrase.definite and phrase.head in GROUP_NOUNS and len(words_) == 2:
        # "the archive" after "the Gun Violence Archive"
        body = state.registry.body_named(phrase.head)
        if body is not None and any(
            m.run_start < phrase.start for m in state.scan.mentions_with(phrase.head)
        ):  # (named before: "the union" is no "European Union" the article names later)
            return Speaker(body.display, indirect, body)
        introduced = _introduced_group(state, phrase.head)
        if introduced is not None:
            return Speaker(introduced.display, indirect, introduced)
    apposed = _apposed_to(state, phrase)
    if apposed is not None:
        return Speaker(apposed.display, indirect, apposed)
    if phrase.head == "account" or phrase.head in _SOURCE_NOUNS:
        # "The health ministry's official Twitter account said": the owner speaks.
        mark = _POSSESSIVE_MARK.search(state.scan.text, phrase.start, phrase.end)
        owner = classify(state.scan, phrase.start, mark.start()) if mark else None
        if owner is not None:
            return _resolve(state, owner, quote)
    owned = _owned_by_pronoun(state, phrase, words_)
    if owned is not None:
        return Speaker(owned.display, indirect, owned)
    name = _as_written(phrase.text)
    gender = "f" if phrase.head in FEMALE_NOUNS else "m" if phrase.head in MALE_NOUNS else None
    entity = _description_entity(state, name, phrase.head in PERSON_NOUNS, gender, set(words_))
    return Speaker(name, named - 0.1, entity)


def _owned_by_pronoun(state: _State, phrase: Phrase, words_: list[str]) -> Entity | None:
    """ "according to his publicist" is Tony Mendez's publicist; "their statement" speaks for
    whom "their" stands for. A document or an outlet is its owner's voice; a person or a group
    is named after the owner."""
    pronoun = _POSSESSIVE_PRONOUNS.get(words_[0]) if words_ else None
    if pronoun is None or len(words_) < 2:
        return None
    owner = (
        _sentence_subject_for(state, phrase.start, pronoun)
        or _plural_subject_before(state, phrase.start, pronoun)
        or _antecedent(state, pronoun)
    )
    if owner is None and pronoun in ("he", "she"):
        owner = _person_named_before(state, phrase.start, pronoun)  # "Lind died. His wife said"
    if owner is None:
        return None
    if phrase.head in _SOURCE_NOUNS or (
        phrase.head in INSTITUTION_NOUNS and owner.person is not True
    ):
        return owner  # "its press release", "its website" (but "his office" is his office's)
    if phrase.head in PERSON_NOUNS:
        named = _relative_named_before(state, phrase)
        if named is not None:
            return named
    name = f"{_possessive_of(owner.display)} {' '.join(phrase.text.split()[1:])}"
    return _description_entity(state, name, phrase.head in PERSON_NOUNS, None, set(words_[1:]))


def _sentence_subject_for(state: _State, at: int, pronoun: str) -> Entity | None:
    """ "Navalny is a critic of Vladimir Putin, and his associates alleged ...": "his" in the
    sentence of a named person stands for that subject, not for the last name read."""
    if pronoun not in ("he", "she") or not state.sentences or state.sentences[-1][0] > at:
        return None
    subject = _main_subject(state.scan, state.sentences[-1][0], at)
    if subject is None or subject.kind != "name" or subject.end >= at:
        return None
    entity = state.registry.lookup(subject.head)
    if entity is None or entity.person is False:
        return None
    want = "m" if pronoun == "he" else "f"
    return entity if _gender(state, entity) in (None, want) else None


def _plural_subject_before(state: _State, at: int, pronoun: str) -> Entity | None:
    """ "Ali Haddad and Omar Haddad were charged. Their lawyers said": "their" stands for the
    two named together, or for the people a plural subject names ("The two suspects")."""
    if pronoun != "they" or len(state.sentences) < 2 or state.sentences[-1][0] > at:
        return None
    start, end, allowed = state.sentences[-2]
    if not allowed:
        return None
    subject = _main_subject(state.scan, start, end)
    if subject is None:
        return None
    if subject.kind == "name" and " and " in subject.text:
        name = subject.text
    elif subject.kind == "description" and subject.head in _PEOPLE_PLURALS:
        name = _as_written(subject.text)
    else:
        return None
    return _description_entity(state, name, True)


def _relative_named_before(state: _State, phrase: Phrase) -> Entity | None:
    """ "confirmed with his daughter Nettie Baker" ... "his daughter said": the person the same
    words named earlier in the article."""
    text = state.scan.text
    wanted = phrase.text.lower()
    at = text.lower().rfind(wanted, 0, phrase.start)
    while at >= 0:
        name_at = at + len(wanted)
        name_at += 2 if text.startswith(", ", name_at) else 1
        if text[name_at - 1 : name_at] == " " and (at == 0 or not text[at - 1].isalnum()):
            for mention in state.scan.mentions(name_at, min(len(text), name_at + 60)):
                if mention.run_start == name_at and not mention.possessive:
                    entity = state.registry.lookup(mention.name)
                    if entity is not None and entity.person is not False:
                        return entity
                break
        at = text.lower().rfind(wanted, 0, at)
    return None


def _possessive_of(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _apposed_to(state: _State, phrase: Phrase) -> Entity | None:
    """The person an indefinite description is in apposition to: "For Kevin Allton, a USI
    instructor in English, ..." - "a USI instructor" is Kevin Allton."""
    text = state.scan.text
    if (
        phrase.definite
        or phrase.head not in PERSON_NOUNS
        or text[phrase.start - 2 : phrase.start] != ", "
    ):
        return None
    mention = state.scan.mention_ending_at(phrase.start - 2)
    if mention is None or mention.possessive:
        return None
    entity = state.registry.lookup(mention.name)
    return entity if entity is not None and entity.person is not False else None


def _demonym_body(state: _State, words_: list[str]) -> Entity | None:
    """The body "the Turkish statement" comes from: the most recent speaker or subject whose
    name holds that adjective ("the Turkish Foreign Ministry")."""
    adjectives = {w for w in words_ if is_demonym(w.capitalize())}
    if not adjectives:
        return None
    for entity in state.recent():
        name = set(entity.name.lower().split())
        if entity.person is not True and adjectives & name and not name <= set(words_):
            return entity  # (not the adjective itself: "the French constitution" is no "French")
    return None


def _court_named_with(state: _State, words_: list[str], before: int) -> Entity | None:
    modifiers = [
        w
        for w in words_
        if w not in COURT_HEADS and w not in RULING_NOUNS and w not in DETERMINERS and w.isalpha()
    ]
    if len(modifiers) != 1:
        return None
    word = modifiers[0]
    for form in (word, word + "s", word.removesuffix("s")):
        for mention in state.scan.mentions_with(form):
            if mention.run_start >= before:
                continue
            name = mention.name.lower().split()
            if any(w in COURT_HEADS for w in name) and len(name) > 2:
                entity = state.registry.lookup(mention.name)
                if entity is not None and entity.person is not True:
                    return entity
    return None


def _court(state: _State) -> Entity | None:
    """The most recent court (or judge) among the article's speakers and subjects."""
    for entity in state.recent():
        if any(w in COURT_HEADS for w in entity.name.lower().split()) or entity.roles & {
            "judge",
            "justice",
        }:
            return entity
    return None


def _name_apposed_after(state: _State, phrase: Phrase) -> Entity | None:
    """ "The new governor of the region, Alexander Moor, ...": the name set off after a
    description is who it is."""
    text = state.scan.text
    if text[phrase.end : phrase.end + 2] != ", ":
        return None
    for mention in state.scan.mentions(phrase.end + 2, phrase.end + 80):
        if mention.run_start != phrase.end + 2:
            return None
        if text[mention.end : mention.end + 1] != "," or mention.possessive:
            return None
        entity = state.registry.lookup(mention.name)
        return entity if entity is not None and entity.person is not False else None
    return None


def _described(
    state: _State, head: str, words_: list[str], guess: bool = True
) -> tuple[Entity, float] | None:
    """Who 'the Ukrainian president' / 'the official' / 'the Kremlin leader' is, if anyone
    (`guess`: else the last speaker, when a person)."""
    wanted = {w for w in words_[1:] if w not in PREPOSITIONS and w != "the"}
    described = set(map(id, state.descriptions.values()))
    for entity in state.recent():
        if entity.person is False:
            continue
        if head in _GENERIC_HEADS and id(entity) in described:
            return entity, 0.0  # "the official" after "a top aide to the president"
        if wanted <= entity.roles:
            return entity, 0.0
    for entity in state.recent():
        if entity.person is not False and head in entity.roles:
            return entity, -0.1
    last = state.last_speaker
    if (
        guess
        and head in _ROLE_HEADS
        and last is not None
        and last.entity is not None
        and last.entity.person
        and id(last.entity) not in described  # "the army chief" is no "prime minister"
        and not _other_body(wanted, last.entity)
        and _personal_name(state, last.entity)
        and bool(last.entity.roles & _ROLE_WORDS)  # "the president" is no resident who spoke
    ):
        return last.entity, -0.2
    return None


def _personal_name(state: _State, entity: Entity) -> bool:
    """A person's name, not a capital's ("Tehran insists ..." is no "the president")."""
    return (
        " " in entity.name or bool(entity.roles & _ROLE_WORDS) or _gender(state, entity) is not None
    )


def _other_body(wanted: set[str], entity: Entity) -> bool:
    """Whether a description names a body its guessed person is not known to belong to: "the
    opposition leader", "the army chief" after a president who spoke."""
    known = entity.roles | set(entity.name.lower().split())
    return any(w in GROUP_NOUNS and w not in known for w in wanted)


def _as_written(description: str) -> str:
    first, _, rest = description.partition(" ")
    if first in ("The", "A", "An") and rest:
        return first.lower() + " " + rest
    return description


def _antecedent(state: _State, pronoun: str, before: bool = False) -> Entity | None:
    """The most recent person (he, she) or body (it, they) the pronoun can refer to."""
    want = {"he": "m", "she": "f"}.get(pronoun)
    first = None
    for entity in state.recent(before=before):
        if _only_listens(state, entity):
            continue  # "told Wikinews", "Wikinews asked him": the interviewer is nobody's "they"
        first = first or entity
        if want is not None:
            if entity.person is True and _gender(state, entity) in (None, want):
                return entity
        elif entity.person is not True:
            return entity  # "it", "they": a body or a group
    return first if pronoun == "they" else None


_GROUP_OPENING = re.compile(
    r"(?:(?:Thousands|Hundreds|Dozens|Tens of thousands|Millions|Scores|Many|Some|Several) of "
    r"(?:the )?|(The) )?((?:[a-z-]+ )?[a-z]+s)\b"
)


def _group_before(state: _State, phrase: Phrase) -> str | None:
    """The people the sentence before is about ("Thousands of farmers blocked the roads",
    "The protesters gathered"), whom "they" or "many" stand for: "farmers", "the
    protesters"."""
    sentences = state.sentences
    k = len(sentences) - 1
    while k > 0 and sentences[k][0] > phrase.start:
        k -= 1
    if k == 0 or sentences[k - 1][0] >= phrase.start:
        return None
    start, end, _ = sentences[k - 1]
    match = _GROUP_OPENING.match(state.scan.text, start, end)
    if match is None or match.group(2).split()[-1] not in _PEOPLE_PLURALS:
        return None
    return ("the " if match.group(1) else "") + match.group(2)


# A capitalised name after these is a place or a day ("in San Rafael", "since Christmas Eve").
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|since|until|on|during)(?: the)? $")


def _description_entity(
    state: _State,
    name: str,
    person: bool | None,
    gender: str | None = None,
    roles: set[str] | None = None,
) -> Entity:
    """The entity a description names ("a man", "Anna Holm's lawyers"), made once per article:
    the same words further on are the same speaker."""
    key = name.lower()
    entity = state.descriptions.get(key)
    if entity is None:
        entity = Entity(name, person=person, gender=gender, roles=roles or set())
        state.descriptions[key] = entity
    return entity


def _sentence_index(sentences: list[tuple[int, int, bool]], at: int) -> int:
    """Which of the sentences read so far holds `at` (0 when it is the first)."""
    k = len(sentences) - 1
    while k > 0 and sentences[k][0] > at:
        k -= 1
    return k


_UNNAMED_PERSON = {
    "he": re.compile(r"\b[Aa]n? (?:[\w-]+ ){0,2}?(?:man|boy)\b"),
    "she": re.compile(r"\b[Aa]n? (?:[\w-]+ ){0,2}?(?:woman|girl)\b"),
}


def _unnamed_person_before(state: _State, at: int, pronoun: str) -> Entity | None:
    """ "Police arrested a man on Friday. He told officers ...": with nobody named to stand
    for, "he" or "she" is the one unnamed man or woman of the sentence just before."""
    sentences = state.sentences
    k = _sentence_index(sentences, at)
    if k == 0:
        return None
    start, end = sentences[k - 1][0], sentences[k - 1][1]
    found = _UNNAMED_PERSON[pronoun].findall(state.scan.text, start, end)
    if len(found) != 1:
        return None
    name = _as_written(found[0])
    gender = "m" if pronoun == "he" else "f"
    return _description_entity(state, name, True, gender, set(name.lower().split()))


def _last_person_named(state: _State, at: int) -> Entity | None:
    """The person named last in this sentence or the two before it ("Police named her as Jane
    Roe, 34. The 34-year-old ...": Jane Roe), whatever their role in the sentence."""
    sentences = state.sentences
    lo = sentences[max(0, _sentence_index(sentences, at) - 2)][0]
    for mention in reversed(state.scan.mentions(lo, at)):
        entity = state.registry.lookup(mention.name)
        if entity is not None and entity.person is True and not _only_listens(state, entity):
            return entity
    return None


def _person_named_before(state: _State, at: int, pronoun: str) -> Entity | None:
    """ "The march was led by Anna Holm. She said ...": with no speaker or subject to stand
    for, "he" or "she" (or "his", "her") is the last person of that gender named in the
    sentences just before (only one such person: two are a guess)."""
    sentences = state.sentences
    k = _sentence_index(sentences, at)
    lo = sentences[max(0, k - 2)][0]
    want = "m" if pronoun == "he" else "f"
    found: Entity | None = None
    text = state.scan.text
    for mention in state.scan.mentions(lo, at):
        if mention.possessive and " " not in mention.name:
            continue
        if _PLACE_BEFORE.search(text, max(0, mention.run_start - 10), mention.run_start):
            continue  # "died at his home in San Rafael": a place, not a person
        entity = state.registry.lookup(mention.name)
        if entity is None or entity.person is not True or _only_listens(state, entity):
            continue
        if _gender(state, entity) not in (None, want):
            continue
        if found is not None and found is not entity:
            return None
        found = entity
    return found


# Where a name is the one spoken to or the one asking: "told Wikinews", "said to Reuters",
# "in an interview with the BBC", "interviewed by CNN"; "Wikinews asked", "CNN contacted".
_LISTENER_BEFORE = re.compile(
    r"(?:\btold|\b(?:said|says|saying|speaking|talking|explained|wrote|confirmed) to|"
    r"\b(?:interviewed|asked|contacted|questioned|approached) by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LISTENER_AFTER = re.compile(
    r"(?:’s|'s)?\s+(?:(?:also|then|later|again|first|\w+ly)\s+)?(?:asked|asks|interviewed|"
    r"contacted|caught up with|spoke (?:to|with)|talked (?:to|with)|reached|emailed|approached|"
    r"put (?:the |a |several |some )?questions?)\b"
)


def _only_listens(state: _State, entity: Entity) -> bool:
    """Whether every mention of `entity` is the listener or the interviewer ("X told
    Wikinews", "Wikinews asked X"): an outlet doing the interview, not a source."""
    known = state.listeners.get(id(entity))
    if known is None and entity.person is True:
        known = False  # a person asked or told speaks elsewhere as often as not
    if known is None:
        text = state.scan.text
        seen = {
            m.run_start: m
            for word in entity.name.lower().split()
            for m in state.scan.mentions_with(word)
        }
        mentions = [m for m in seen.values() if state.registry.lookup(m.name) is entity]
        known = bool(mentions) and all(
            _LISTENER_BEFORE.search(text, max(0, m.run_start - 40), m.run_start) is not None
            or _LISTENER_AFTER.match(text, m.end) is not None
            for m in mentions
        )
        if known and "according to" in text.lower():
            known = not any(
                text[max(0, m.run_start - 17) : m.run_start]
                .lower()
                .rstrip()
                .endswith(("according to", "according to the"))
                for m in mentions
            )
        state.listeners[id(entity)] = known
    return known


# Subject pronouns only: "her" is as often someone else's ("... news of her death").
_PRONOUN_VOTE = re.compile(r"\b(?=[hs])(?:(he|himself)|(she|herself))\b", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _gender(state: _State, entity: Entity) -> str | None:
    """A person's gender: from titles and first names, else from the he/she pronouns of the
    sentences that name this person and nobody else (counted once, when first needed)."""
    if entity.gender is not None or entity.votes is not None:
        return entity.gender
    he = she = 0
    text = state.scan.text
    votes = state.pronoun_votes
    for index in range(len(votes), len(state.sentences)):
        # Once per sentence, for every person asked about: who it names, its he and she.
        start, end, _ = state.sentences[index]
        if _PRONOUN_VOTE.search(text, start, end) is None:
            votes.append(None)
            continue
        names = frozenset(
            id(state.registry.lookup(m.name)) for m in state.scan.mentions(start, end)
        )
        males = females = 0
        for match in _PRONOUN_VOTE.finditer(_QUOTED.sub(" ", text[start:end])):
            if match.group(1):
                males += 1
            else:
                females += 1
        votes.append((names, males, females))
    only = frozenset((id(entity),))
    for vote in votes:
        if vote is not None and vote[0] == only:
            he += vote[1]
            she += vote[2]
    entity.votes = (he, she)
    if he + she and (he >= 2 * she or she >= 2 * he):
        entity.gender = "m" if he > she else "f"
    return entity.gender


def _possessor(state: _State, phrase: Phrase) -> Entity | None:
    """The person or body a description belongs to: "Thomas' sister" -> Thomas."""
    for mention in state.scan.mentions(phrase.start, phrase.end):
        if mention.possessive:
            return state.registry.lookup(mention.name)
    return None


def _introduced_group(state: _State, head: str) -> Entity | None:
    """ "the team" after "an international team of scientists" spoke: the group the article
    introduced with that noun (the latest such)."""
    for key, entity in reversed(state.descriptions.items()):
        parts = key.split()
        if parts[0] in ("a", "an") and head in parts[1:4]:
            return entity
    return None


def _subject_entity(state: _State, phrase: Phrase) -> Entity | None:
    """The entity a sentence's subject names, for salience (definite descriptions such as
    "the official" name someone already salient, so they add nobody)."""
    if phrase.kind == "name":
        return state.registry.lookup(phrase.head)
    if phrase.kind == "description":
        # "Their coach, Tim Ford, was angry": the name set off after the description.
        named = _APPOSED_NAME.match(state.scan.text, phrase.end)
        if named is not None:
            entity = state.registry.lookup(named.group(1))
            if entity is not None and entity.person:
                return entity
    if phrase.kind == "description" and not phrase.definite:
        return _resolve(state, phrase, quote=False).entity
    if phrase.kind == "description" and phrase.head in GROUP_NOUNS:
        # "The team collected samples. They found ...": a group named again by its head noun
        # is the group the article introduced, and the subject "they" now stands for.
        speaker = _resolve(state, phrase, quote=False)
        if speaker.entity is not None and speaker.name.lower() != phrase.text.lower():
            return speaker.entity
    return None


_APPOSED_NAME = re.compile(r", ((?:[A-Z][\w’'-]+\.? ){1,3}[A-Z][\w’'-]+),")
