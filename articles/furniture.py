"""What page furniture looks like, one paragraph at a time: phrases, shapes and bylines.

These are the context-free signals boilerplate extractors (jusText, boilerpipe, trafilatura)
use: known furniture phrases ("Advertisement", "Read more:", "Listen to this article"), the
shape of a line (short, no sentence punctuation, headline case), and bylines. Whether a
headline-shaped line is a title, a teaser or a subheading depends on where it is: that is
`articles.clean`'s business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Furniture phrases only count in short paragraphs: a body sentence can say "advertisement".
SHORT_WORDS = 30
FOOTER_WORDS = 20  # footer phrases are plainer words: only in shorter paragraphs still

_AD = re.compile(
    r"^[-–—•*|·\s]*(?:advertisement|advertising|advert|ad|sponsored(?: content| post)?"
    r"|paid (?:content|post|partnership)|promoted(?: content)?|partner content"
    r"|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this|the))?"
    r"(?: ad(?:vertisement)?)?"
    r"|continue reading (?:below|after (?:the|this) ad(?:vertisement)?)"
    r"|scroll (?:down )?to continue(?: reading)?|skip (?:the )?ad(?:vert)?)"
    r"[-–—•*|·\s.:]*$",
    re.IGNORECASE,
)
_AUDIO = re.compile(
    r"^(?:listen to (?:this|the) (?:article|story|report|podcast)|loading audio|audio (?:player )?"
    r"loading|play(?:ing)? audio|press play to listen|listen now|listen here|listen live"
    r"|this (?:article|story) (?:is|was) (?:read|narrated|voiced) by|voiced by artificial"
    r"|listen\s*\(?\d+\s*min|\d+\s*min(?:ute)?s? listen)",
    re.IGNORECASE,
)
# A link to another story: "Read more: ...", "See also - ...", "WATCH: ...".
_LINK = re.compile(
    r"^(?:read (?:more|also|next|this|the latest)|see (?:also|more)|also (?:read|see|watch)"
    r"|more (?:on|about) (?:this|that)(?: story)?|related(?: story| article| coverage| content)?"
    r"|recommended|watch|listen|video|explainer|analysis|live)\s*(?:[:|»>–—]+|\s-)\s*\S",
    re.IGNORECASE,
)
# The heading of a box of links to other stories ("Other Topics of Interest", "Related").
_BOX = re.compile(
    r"^(?:read more|related(?: stories| articles| news| content| topics| coverage| reading)?"
    r"|(?:other|more) (?:topics|stories|articles|news)(?: of interest| you may like| on this)?"
    r"|more (?:from|in|on) [\w ]{2,30}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
    r"|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)"
    r"|trending(?: now| stories)?|top stories|latest(?: news| stories| articles)?"
    r"|editor[’']?s (?:picks?|choice)|don[’']?t miss|see also|also read|further reading"
    r"|in other news|what to read next|up next|more like this)\s*[:.]?$",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"suggest a correction|report an? (?:error|typo|mistake)|ctrl\s*\+\s*enter"
    r"|all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|©\s*(?:\d{4}|[a-z])"
    r"|sign up (?:for|to) our\b|subscribe (?:to|for) our\b|follow us (?:on|at)\b"
    r"|(?:share|tweet) this (?:article|story)|terms (?:of|and) (?:use|service|conditions)"
    r"|privacy policy|cookie (?:policy|settings)|^contact us\b|get in touch with us"
    r"|this (?:article|story) (?:was|has been) (?:updated|amended|corrected)"
    r"|(?:has|have) contributed to this (?:report|article|story)"
    r"|^tags?\s*:|^filed under\b|\bour (?:daily |weekly )?newsletter\b"
)
# Every footer phrase holds one of these: a plain substring test spares most paragraphs the regex.
_FOOTER_HINTS = (
    "correction", "error", "typo", "mistake", "ctrl", "reserved", "copyright", "©", "sign up",
    "subscribe", "follow us", "share this", "tweet this", "terms", "privacy", "cookie", "contact",
    "in touch", "this article", "this story", "contributed", "tag", "filed under", "newsletter",
)  # fmt: skip
_SHARE_WORD = (
    r"(?:share|tweet|print|e-?mail|copy link|link copied|save|bookmark|comments?|facebook"
    r"|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger|bluesky|threads)"
)
_SHARE = re.compile(
    rf"^(?:{_SHARE_WORD}(?:\s+(?:on|via|to|by)\s+{_SHARE_WORD})?[\s|·•,/]*){{1,6}}$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:image (?:source|caption|credit)|photo(?:graph)?(?: credit)?\s*:|picture\s*:"
    r"|credit\s*:|\(?(?:photo|picture|image) by\b|(?:getty images|afp|reuters|ap photo|epa"
    r"|shutterstock|pa media|alamy)(?:/[\w ]+)?\)?$)",
    re.IGNORECASE,
)
# A radio presenter's time slot: "Richard Spurr 1am - 4am", "Nick Ferrari | 7am-10am".
_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midday|midnight)"
_SLOT = re.compile(
    rf"^(?=.{{,60}}$)[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){{0,4}}"  # a name, short
    rf"\s*[|,:·–—-]?\s*{_CLOCK}\s*[-–—]\s*{_CLOCK}$",
    re.IGNORECASE,
)

# A time stamp relative to when the page was saved: furniture, and no date can come from it.
_AGO = re.compile(
    r"^(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s*)?(?:\d+|an?|one)\s+"
    r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$",
    re.IGNORECASE,
)

# Whole-line furniture, tried in this order (a slot line is short: the regex is tried last).
_PHRASES = (
    ("ad", _AD),
    ("audio", _AUDIO),
    ("related-link", _LINK),
    ("dateline", _AGO),
    ("share", _SHARE),
    ("caption", _CAPTION),
    ("slot", _SLOT),
)

# Headline and sentence shapes.
_TERMINAL = re.compile(r"[.!?…:;,]['\"”’)\]]*$")
_STRONG_TERMINAL = re.compile(r"[.…:;,]['\"”’)\]]*$")
_OPENING = re.compile(r"^['\"“‘«(]?[^\W_a-z]")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[a-zA-Z]\.)+[a-zA-Z]|\b(?:v|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Cpl|Prof"
    r"|Rep|Sen|Gov|Rev|Hon|Pres|No|Nos|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep"
    r"|Sept|Oct|Nov|Dec|approx|est|Fig|Vol|pp|Ave|Mt|Ft))\.$"
)
_BOUNDARY = re.compile(r"(?<=[.!?])['\"”’)\]]*\s+(?=['\"“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_MINOR = frozenset(
    """
    a an the and or nor but of in on at to for by with from as into onto via vs over under after
    before than about up off out per amid against is are was be its it his her their s
    """.split()  # noqa: SIM905 - a word list reads better as words
)

# Words a headline never ends on (particles such as "in" or "off" end "sworn in", "called off").
_DANGLING = frozenset(
    """
    a an the and or nor but of to at from into that which whose than
    are were been has have had will would can could its their his her our my your
    """.split()  # noqa: SIM905 - a word list reads better as words
)

# Bylines: "By Jane Doe", "By Jane Doe and John Roe | Dec. 18, 2024", "Jane Doe, Reporter".
_BY = re.compile(
    r"^(?:by|written by|words by|story by|reporting by|reported by|report by)\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"^(?P<names>[^,|]+?)\s*[,|–—-]\s*(?P<role>(?:(?:senior|chief|staff|special|foreign|political"
    r"|security|defence|defense|diplomatic|economics|business|news|world|europe|international"
    r"|investigations|deputy|associate|contributing|freelance|bbc|cnn)\s+)*(?:reporter"
    r"|correspondent|editor|writer|journalist|contributor|columnist|producer|bureau chief"
    r"|news desk))(?:\s+(?:in|at|for)\s+[\w ,]{2,40})?$",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|,\s*)\s*")
_PARTICLES = frozenset(
    """
    de da di del della der den du la le van von bin ibn al el st. mc
    """.split()  # noqa: SIM905 - a word list reads better as words
)
_AFTER_NAMES = re.compile(r"\s*(?:[|·•–—;]|\s-\s|,\s*(?=\S)|\s(?:in|at|for)\s(?=[A-Z]))\s*")
_NOT_NAMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january
    february march april may june july august september october november december
    """.split()  # noqa: SIM905 - a word list reads better as words
)
_BYLINE_WORDS = frozenset(
    """
    of the and in at for on from by updated published posted staff reporter correspondent editor
    writer journalist am pm gmt utc bst est cet mins min read
    """.split()  # noqa: SIM905 - a word list reads better as words
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def furniture_phrase(text: str) -> str | None:
    """The reason a short paragraph is furniture by its wording alone, or None."""
    if len(text) > 300 or text.count(" ") >= SHORT_WORDS:
        return None
    for reason, pattern in _PHRASES:
        if pattern.match(text):
            return reason
    lowered = text.lower()
    if (
        text.count(" ") < FOOTER_WORDS
        and any(hint in lowered for hint in _FOOTER_HINTS)
        and _FOOTER.search(lowered)
    ):
        return "footer"
    return None


def is_box_heading(text: str) -> bool:
    """The heading of a box of links to other stories ("Other Topics of Interest")."""
    return len(text) <= 60 and bool(_BOX.match(text))


def _sentence_ends(text: str) -> Iterator[int]:
    """Where each sentence but the last ends (abbreviations and initials do not end one)."""
    for match in _BOUNDARY.finditer(text):
        before = text[: match.start()].rstrip("'\"”’)]").rsplit(None, 1)[-1]
        if not _ABBREVIATION.search(before):
            yield match.start() + len(match.group().rstrip())


def sentence_count(text: str) -> int:
    return 1 + sum(1 for _ in _sentence_ends(text))


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph (the whole paragraph if it is one sentence)."""
    return text[: next(_sentence_ends(text), len(text))]


def ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def is_title_case(text: str) -> bool:
    """Most words capitalised ("Putin Pledges to Capture Donbas"), minor words aside."""
    major = [w for w in words(text) if w.lower() not in _MINOR]
    if len(major) < 2:
        return False
    capitalised = sum(1 for w in major if not w[0].islower())
    return capitalised >= 0.8 * len(major)


def is_headline(text: str, *, min_words: int = 2, max_words: int = 30, title: bool = False) -> bool:
    """A line shaped like a headline: starts with a capital or a quote, one unterminated sentence.

    A title may end with "?" or "!"; a teaser in the middle of a body may not, so that a body's
    one-line question is never taken for a link to another story.
    """
    if len(text) > 200 or not _OPENING.match(text):
        return False
    if (_STRONG_TERMINAL if title else _TERMINAL).search(text):
        return False
    tokens = words(text)
    if not min_words <= len(tokens) <= max_words or tokens[-1].lower() in _DANGLING:
        return False  # a line ending on "to" or "the" was cut, it is not a headline
    return sentence_count(text) == 1


def _is_name(name: str) -> bool:
    tokens = name.split()
    if not 1 <= len(tokens) <= 5:
        return False
    capitalised = 0
    for token in tokens:
        if token.lower() in _PARTICLES:
            continue
        if not (token[0].isupper() and re.fullmatch(r"[^\W\d_]+(?:['’.-][^\W\d_]*)*\.?", token)):
            return False
        capitalised += 1
    return capitalised >= 1 and (capitalised >= 2 or len(tokens) == 1)


def _names(text: str) -> str | None:
    names = [n for n in _NAME_SPLIT.split(text.strip()) if n]
    if not names or len(names) > 4 or not all(_is_name(n) for n in names):
        return None
    if len(names) == 1 and names[0].lower().rstrip(".") in _NOT_NAMES:
        return None
    return text.strip()


def _is_byline_rest(rest: str) -> bool:
    """What may follow the names on a byline: a role, a place, an outlet, a date."""
    tokens = words(rest)
    return len(tokens) <= 10 and all(
        not t[0].islower() or t.lower() in _BYLINE_WORDS for t in tokens
    )


def parse_byline(text: str) -> tuple[str, str] | None:
    """(author, the rest of the line) for a byline paragraph, else None.

    "By Abdiwahab Ahmed" -> ("Abdiwahab Ahmed", ""); "By Jane Doe | Dec. 18, 2024" keeps the
    date in the rest, for the caller to read. Names are capitalised words (with particles such as
    "de" or "van"); "By the end of the day ..." is not a byline.
    """
    if len(text) > 160:
        return None
    by = _BY.match(text)
    if by:
        names = by.group("names").rstrip(".")
        if _names(names):
            return names, ""
        for split in _AFTER_NAMES.finditer(names):
            author = _names(names[: split.start()])
            rest = names[split.end() :]
            if author:
                return (author, rest) if _is_byline_rest(rest) else None
        return None
    role = _ROLE.match(text)
    if role:
        author = _names(role.group("names"))
        return (author, role.group("role")) if author else None
    return None
