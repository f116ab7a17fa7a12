"""Figures: does a sentence assert something that rests on a quantity?

Counts, percentages, money, areas, distances, weights, durations and shares are figures;
dates, years, clock times, ordinal names ("the 116th Congress"), model numbers ("Boeing 737")
and ages given in passing ("Dawn Sturgess, 44, died") are not. Each number is judged by its
neighbours (the scan finds the candidates).
"""

from __future__ import annotations

import re

from articles.claims.lexicon import MONTHS, words

_SMALL = words("two three four five six seven eight nine ten")
_FRACTIONS = words("half third quarter thirds quarters")
_NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "scores",
    "half",
    "third",
    "quarter",
    "twice",
    "thrice",
    "once",
]
NUMBER_WORDS = frozenset(_NUMBER_WORDS + [w.capitalize() for w in _NUMBER_WORDS])
# "about an hour", "nearly a decade", "for a week": "a"/"an" counts one unit of time; whether
# it measures a span (not "a year ago", "a day later") is judged like "five weeks".
# (The "a" comes first and the word boundary after it, as `(?<!\wa)`: re then jumps from "a" to
# "a" instead of trying the pattern at every character; the same matches as `\b(an?) `.)
ARTICLE_DURATION = re.compile(r"(a(?<!\wa)n?) (?=(?:hour|day|week|month|year|decade|century)\b)")
_CURRENCY_BEFORE = re.compile(r"(?:US\$|A\$|C\$|NZ\$|HK\$|[$£€¥₹₽]|Rs\.?|USD|EUR|GBP) ?$")
_UNITS = (
    r"%|percent|per cent|per-cent|percentage points?|"
    r"(?:square |sq )?(?:kilometres|kilometers|km|miles?|metres|meters|m|feet|ft|inches|cm|mm|"
    r"acres|hectares|ha|km2|mph|km/h|kph|knots)|"
    r"(?:kilo|mega|giga)?watts?|[kMG]Wh?|(?:kilo)?volts?|kV|"  # "a 1000 megawatt cable"
    r"tonnes|tons|kg|kilograms|kilos|pounds|lbs?|grams|g|litres|liters|gallons|barrels|"
    r"dollars|euros|pounds sterling|yuan|yen|rupees|rubles|roubles|pesos|francs|"
    r"people|persons|children|adults|students|soldiers|troops|civilians|residents|"
    r"passengers|victims|deaths|cases|patients|votes|seats|members|employees|workers|jobs|"
    r"homes|houses|buildings|vehicles|cars|flights|times|per|of|magnitude"
)
_LARGE = r"hundred|thousand|million|billion|trillion|bn|m"
_UNIT_AFTER = re.compile(
    rf"\s?(?:(?:{_LARGE})\b\s?)?(?:{_UNITS})\b|%|\s?-\s?(?:km|mile|acre|tonne|ton|magnitude)",
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|o’clock|:\d\d|h\b|GMT|UTC|BST|EST|CET)", re.IGNORECASE
)
_DURATION_AFTER = re.compile(
    r"(?P<sep>[- ])(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|"
    r"centuries|century|nights?)\b(?P<noun>-long)?(?P<rel>[- ]old\b|\s+(?:ago|later|earlier|"
    r"before|after|old|since|from now|prior)\b)?",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"(?:,| and \d{1,3},)")
_AGE_BEFORE = re.compile(r"(?:aged|age|ages|at age|at the age of)\s$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(MONTHS)) + r")\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"\s*(?:" + "|".join(sorted(MONTHS)) + r")\b", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
# Words that introduce a quantity: "About 5,000", "Nearly 20,000", "At least 107".
_QUANTIFIERS = words(
    "about nearly almost around approximately roughly some over under more fewer less least "
    "most only just than estimated total totalling totaling all"
)


_PEOPLE_AFTER = re.compile(
    r"\s(?:people|persons|children|adults|soldiers|troops|civilians|residents|deaths|cases)\b"
)


_TIME_BEFORE = re.compile(r"\b(?:in|since|by|until|before|after|during|from|of|to)\s$", re.I)


def _is_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1500 <= int(num) <= 2100


def _quantified(before: str) -> bool:
    """'about', 'nearly', 'at least', 'more than', 'up to' right before a number."""
    prev = before.lower().split()[-2:]
    return bool(prev) and (
        prev[-1] in _QUANTIFIERS or prev in (["up", "to"], ["close", "to"], ["all", "but"])
    )  # ("all but one of the petitioners")


def _duration(after: str, before: str) -> bool | None:
    """A number of years/days/...: a figure when it is a measured span ("an 11-year lull",
    "approximately one week"), not when it dates something ("ten years ago"); None when
    no time unit follows."""
    match = _DURATION_AFTER.match(after)
    if match is None:
        return None
    if match.group("rel"):
        # "about five minutes after takeoff", "less than 20 minutes before launch": an
        # approximated interval is measured (but "ten days before", "a year ago" date a thing).
        return match.group("rel").strip().lower() in _INTERVALS and _approximated(before)
    if _COMPARATIVE.match(after, match.end()) or _COMPOUND_DURATION.match(after, match.end()):
        return True  # "81 seconds faster", "two hours behind": a margin; "2 hours 1 minute"
    if _SPAN_OF.match(after, match.end()) and not before.lower().endswith(_SET_BEFORE):
        return True  # "eight years of tax returns", "two decades of war": an amount of time
    if match.group("sep") == "-":
        rest = after[match.end() : match.end() + 2]
        # "11-year lull", "48-hour deadline", "a billion-year-contract"
        return rest[:1] in (" ", "-") and rest[1:2].islower()
    if before.endswith(" in ") and match.group().lower().strip() in ("years", "decades"):
        return True  # "eligible for parole in 25 years", "the first time in 30 years"
    return _quantified(before) or bool(_SPAN_BEFORE.search(before))


_INTERVALS = words("later earlier before after")
_APPROXIMATORS = words("about nearly almost around approximately roughly than under")


def _approximated(before: str) -> bool:
    """'about', 'nearly', 'less than' right before a number (not 'just', 'only', 'the')."""
    prev = before.lower().split()[-1:]
    return bool(prev) and prev[0] in _APPROXIMATORS


_SPAN_OF = re.compile(r" of (?!age\b)")
# A singular unit after a count, then a noun: "a seven day mourning period", "a 30 day deadline"
# (not "a five year old", "two day later", nor a set threshold: "the two hour barrier").
_UNIT_COMPOUND = re.compile(
    r" (?:year|month|week|day|hour|minute|decade) "
    r"(?!old\b|ago\b|later\b|earlier\b|before\b|after\b|since\b|prior\b|from\b)[a-z]"
)
# A count of victims right after the harm: "killing four", "wounded two", "injuring one".
_CASUALTIES_BEFORE = re.compile(r"\b(?:kill|injur|wound)(?:s|ed|ing)? $", re.IGNORECASE)
_SET_BEFORE = ("the ", "those ", "these ", "its ", "his ", "her ", "their ", "first ", "last ")
_COMPOUND_DURATION = re.compile(r",?\s+(?:and\s+)?\d+\s+(?:hours?|minutes?|seconds?)\b")
_COMPARATIVE = re.compile(r"\s+(?:faster|slower|quicker|longer|shorter|behind|ahead)\b")
# "one pack per order", "two bags per customer", "once a year": a rate.
_RATE_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+per\b|\s+(?:a|an|per|every)\s+(?:year|month|week|day)\b"
)
# "a one-pack limit", "a two-seat majority": a count inside a compound.
_COUNT_COMPOUND = re.compile(
    r"-(?:pack|item|unit|seat|bed|member|page|point|vote|storey|story|child|person|game)s?\b"
)
# A measured span of time: "suspended parliament for five weeks", "within 48 hours".
# "... completed in three months", "a minimum term of 25 years", "sentenced to two months".
_SPAN_BEFORE = re.compile(
    r"\b(?:for|over|within|lasting|lasted|lasts|spent|spend|spends|spending|served|serving|serves|"
    r"took|takes|(?:delayed|extended|postponed|shortened) by|"
    r"(?:term|sentence|stay|period) of|"
    # "completed in", "sentenced to", "sentenced him to", "jailed Anna Berg to"
    r"\w+(?:ed|en|ne)(?: (?:him|her|them|(?-i:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)))? (?:in|to)|"
    r"(?:sentenced|jailed|condemned)(?: [\w’'-]+){1,3} to)"
    r"(?: the (?:past|last|next|first))? $",
    re.IGNORECASE,
)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    before = text[max(0, start - 30) : start]
    if "\n" in before:
        before = before[before.rindex("\n") + 1 :]
    return before, text[end : end + 40]


def word_is_figure(text: str, start: int, end: int, low: str) -> bool:
    """Whether the number word `text[start:end]` ("five", "thousands", "half") is a quantity."""
    before, after = _context(text, start, end)
    if _NUMBERED_UNIT.search(before):
        return False  # "she chaired region six", "in round three": a name, not a count
    if low in ("twice", "thrice"):
        return True  # "were twice denied visas": a count of times
    if _ODDS_AFTER.match(after):
        return True  # "a one-in-five chance", "three in ten voters": odds or a share
    if _RATE_AFTER.match(after) or _COUNT_COMPOUND.match(after):
        return low != "once" or not after.startswith(("-", " per"))
    if low == "once":
        # "Only once before has Congress ...", "more than once", not "once he arrived"
        return _quantified(before)
    if low in _FRACTIONS:
        # "half of", "a third of", "two-thirds" (the "two" carries it), not "third year".
        return after.startswith(" of") and (
            low == "half" or before.lower().endswith(("a ", "one "))
        )
    if after.startswith(("-third", "-quarter", "-half", " thirds", " quarters", " fifths")):
        return True  # "two-thirds", "two thirds of those infected"
    if low != "one" and _UNIT_COMPOUND.match(after) and not before.endswith("the "):
        return True  # "a seven day mourning period": a span used as a compound, like "seven-day"
    duration = _duration(after, before)
    if duration is not None:
        return duration
    if _AGE_BEFORE.search(before):
        return False  # "at age seventeen"
    if _CASUALTIES_BEFORE.search(before):
        return True  # "killing four", "injuring one": a count of victims
    if low == "one":
        return _quantified(before) or after.startswith((" in ", " out of "))
    if low in _SMALL:
        # Small counts are figures only with a quantifier or a unit ("at least five"), or as
        # a count of things: "Six other U.S. diplomats", "three books" (not "the two men").
        if after.startswith((" or more ", " or fewer ")):
            # "in five or more states": the count is of what follows
            rest = after[after.index(" ", len(" or ")) :]  # (from the space after "more")
            return bool(_UNIT_AFTER.match(rest)) or _counted(rest, before)
        return _quantified(before) or bool(_UNIT_AFTER.match(after)) or _counted(after, before)
    return True


# The second number of odds or a share: "one-in-five", "three in ten", "one out of every four".
_ODDS_AFTER = re.compile(
    r"[- ](?:in|out[- ]of)[- ](?:every[- ])?(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty|fifty|a hundred|hundred|a thousand|thousand|million)\b",
    re.IGNORECASE,
)


# A unit that numbers its members: "region six", "district nine", "round three", "phase two".
_NUMBERED_UNIT = re.compile(
    r"\b(?:region|district|ward|zone|sector|chapter|section|article|clause|round|phase|stage|"
    r"level|tier|act|part|season|episode|volume|gate|platform|terminal|pier|building|block|"
    r"precinct|division|grade|class|category|item|question|step|game|match) $"
)


def _counted(after: str, before: str) -> bool:
    """A count of people or things ("six other U.S. diplomats", "three books"), not of ways of
    seeing ("two sides to it", "three examples") nor a known set ("the two men")."""
    match = _COUNTED.match(after)
    if match is not None and match.group(1)[0].isupper() and _NAMES_AFTER.match(after, match.end()):
        return False  # "Three American Samoans, Pale Tuli, ...": people introduced by name
    if match is None or match.group(1) in _NOT_COUNTED:
        return False
    if before.lower().endswith("the ") and after.startswith(" other "):
        return True  # "beat the two other candidates": a count stated as part of the fact
    return not before.lower().endswith(("the ", "those ", "these ", "same ", "survived by "))
    # ("is survived by two sons": an obituary's family, not a count it asserts)


_NAMES_AFTER = re.compile(r", [A-Z]")
_NOT_COUNTED = words(
    "examples ways sides things kinds types sorts reasons questions options steps parts systems "
    "words aspects levels arms stages phases"
)
# A plural noun counted, with up to two words before it: "six other U.S. diplomats".
_COUNTED = re.compile(
    r"(?:\s+(?:other|more|new|teenage|different|separate|small|young|old|elderly|little|"
    r"local|foreign|senior|junior|top|unarmed|masked|dead|[A-Z][\w.]*|"
    r"yellow|red|white|black|green|blue|"  # "two yellow cards"
    r"\w+(?:al|ed|ic|ish|an|ent|er|able|ible|ary|ive|ous|ful))){0,2}\s+"
    r"([a-z]+s|[A-Z][a-z]+s|[a-z]*men|children|people)\b"  # "two other Presidents", "two gunmen"
)


_RACE_TIME = re.compile(r":\d\d:\d\d(?:\.\d+)?\b")
_DIALLED = re.compile(
    r"\b(?:phoned|phoning|called|calling|dialled|dialed|dialling|dialing|dial|call)\s$"
)


def digits_are_figure(text: str, start: int, end: int) -> bool:
    """Whether the number `text[start:end]` ("5,000", "1.5", "2014") is a quantity."""
    before, after = _context(text, start, end)
    num = text[start:end]
    currency = bool(_CURRENCY_BEFORE.search(before))
    prev_char = before[-1] if before else " "
    if _ORDINAL_AFTER.match(after):
        return False
    if after[:1] == "s" and not after[1:2].isalpha() and _is_year(num):
        return False  # "the 1990s"
    if (prev_char.isalpha() or prev_char in "-–#/:.") and not currency:
        return False  # COVID-19, F-16, MH17, #3, 0:40
    if after[:1].isalpha() and not _UNIT_AFTER.match(after):
        return False  # "5G", "3D"
    if currency or _UNIT_AFTER.match(after):
        # "2019 percent"? no; "over 1800 people": a year-like count of people
        return (
            not _is_year(num)
            or after.lstrip().startswith(("%", "percent"))
            or (bool(_PEOPLE_AFTER.match(after)) and not _TIME_BEFORE.search(before))
        )
    if _RACE_TIME.match(after):
        return True  # "a time of 2:05:45": hours, minutes and seconds measure a duration
    if _CLOCK_AFTER.match(after) or _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return False
    if after[:1] in ":/" or (after[:1] == "." and after[1:2].isdigit()):
        return False
    if _is_year(num):
        return False
    if _AGE_BEFORE.search(before) or (before.endswith(", ") and _AGE_AFTER.match(after)):
        return False  # "aged 95", "Dawn Sturgess, 44, died": an age in passing
    if before.endswith((" was ", " is ", " turned ")) and after[:1] in (".", ""):
        return False  # "He was 85.": an age
    if _DIALLED.search(before):
        return False  # "phoned 911": a number to call
    duration = _duration(after, before)
    if num != "1" and _UNIT_COMPOUND.match(after) and not before.endswith("the "):
        return True  # "a 30 day deadline"
    if duration is not None:
        # "finished in 47.66 seconds": a decimal time is a measurement, not a date
        unit = _DURATION_AFTER.match(after)  # (it matched: _duration found a unit)
        return duration or ("." in num and unit is not None and unit["rel"] is None)
    prev_word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    if prev_word[:1].isupper() and prev_word.lower().strip(".,") not in _QUANTIFIERS:
        if prev_word.lower().rstrip(".") in ("no", "number", "nos"):
            return False
        if not prev_word.endswith((",", ".", ":", ";")):
            return False  # Boeing 737, Flight 610, Room 101, Apollo 11
    return True
