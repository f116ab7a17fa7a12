"""Figures: does a sentence assert something that rests on a quantity?

Counts, percentages, money, areas, distances, weights and shares are figures; dates, years,
clock times, ordinal names ("the 116th Congress"), model numbers ("Boeing 737") and ages given
in passing ("Dawn Sturgess, 44, died") are not. Each number is judged by its neighbours.
"""

from __future__ import annotations

import re

from articles.claims.lexicon import MONTHS, words

_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_LARGE_WORDS = "hundred|thousand|million|billion|trillion"
_PLURAL_WORDS = "dozens|hundreds|thousands|millions|billions|tens of thousands|scores"
_UNITS = (
    r"%|percent|per cent|per-cent|percentage points?|"
    r"(?:square |sq )?(?:kilometres|kilometers|km|miles?|metres|meters|m|feet|ft|inches|cm|mm|"
    r"acres|hectares|ha|km2|mph|km/h|kph|knots)|"
    r"tonnes|tons|kg|kilograms|kilos|pounds|lbs?|grams|g|litres|liters|gallons|barrels|"
    r"dollars|euros|pounds sterling|yuan|yen|rupees|rubles|roubles|pesos|francs|"
    r"people|persons|children|adults|students|soldiers|troops|civilians|residents|"
    r"passengers|victims|deaths|cases|patients|votes|seats|members|employees|workers|jobs|"
    r"homes|houses|buildings|vehicles|cars|flights|times|per|of"
)
_CURRENCY = r"(?:US\$|A\$|C\$|NZ\$|HK\$|[$£€¥₹₽]|Rs\.? ?|USD ?|EUR ?|GBP ?)"
_NUMBER = re.compile(
    rf"(?P<cur>{_CURRENCY})?(?P<num>\d+(?:[.,]\d+)*)(?P<suffix>st|nd|rd|th|s)?\b"
    rf"|\b(?P<word>(?:{_NUMBER_WORDS})(?:[- ](?:{_NUMBER_WORDS}|{_LARGE_WORDS}))?"
    rf"|(?:a |one )?(?:{_LARGE_WORDS})|{_PLURAL_WORDS}|dozen|half|a third|a quarter|"
    rf"two-thirds|one-third|one in \w+)\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    rf"\s?(?:(?:{_LARGE_WORDS}|bn|m)\b\s?)?(?:{_UNITS})\b|%|\s?-\s?(?:km|mile|acre|tonne|ton)",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|o’clock|:\d\d|h\b|GMT|UTC|BST|EST|CET)", re.IGNORECASE
)
_TIME_UNIT_AFTER = re.compile(
    r"[- ](?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|"
    r"century|nights?)(?:[- ]old|\s+(?:ago|later|earlier|before|after|old|since|from now))?\b",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"(?:aged|age|ages|at age|at the age of)\s$", re.IGNORECASE)
# Words that introduce a quantity: "About 5,000", "Nearly 20,000", "At least 107".
_QUANTIFIERS = words(
    "about nearly almost around approximately roughly some over under more fewer less least "
    "most up to only just than estimated total totalling totaling some all"
)
_MONTH_NEAR = re.compile(r"(?:\b(?:" + "|".join(sorted(MONTHS)) + r")\.?\s*$)", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"\s*(?:" + "|".join(sorted(MONTHS)) + r")\b", re.IGNORECASE)


def _is_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1500 <= int(num) <= 2100


def number_is_figure(text: str, match: re.Match[str]) -> bool:
    """Whether one number is a quantity, judged by the words around it in its paragraph."""
    start, end = match.span()
    before = text[max(0, start - 30) : start]
    if "\n" in before:
        before = before[before.rindex("\n") + 1 :]
    after = text[end : end + 40]
    word = match.group("word")
    if word is not None:
        low = word.lower()
        if low in ("half", "a third", "a quarter") and not after.startswith(" of"):
            return False
        if _TIME_UNIT_AFTER.match(after):
            return False
        if low in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"):
            # Small counts are figures only with a quantifier or a unit ("at least five").
            prev = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
            return prev in _QUANTIFIERS or bool(_UNIT_AFTER.match(after))
        return True
    num = match.group("num")
    prev_char = before[-1] if before else " "
    if match.group("suffix") and match.group("suffix").lower() in ("st", "nd", "rd", "th"):
        return False
    if match.group("suffix") and match.group("suffix").lower() == "s" and _is_year(num):
        return False  # "the 1990s"
    if prev_char.isalpha() or prev_char in "-–#/":
        return bool(match.group("cur"))  # COVID-19, F-16, MH17, #3
    if match.group("cur") or _UNIT_AFTER.match(after):
        return not _is_year(num) or after.lstrip().startswith(("%", "percent"))
    if _TIME_AFTER.match(after) or _MONTH_NEAR.search(before) or _MONTH_AFTER.match(after):
        return False
    if after[:1] in ":/" or (after[:1] == "." and after[1:2].isdigit()):
        return False
    if _is_year(num):
        return False
    if _AGE_BEFORE.search(before) or re.match(r"[- ]years?[- ]old", after):
        return False
    if before.endswith(", ") and after.startswith(","):
        return False  # "Dawn Sturgess, 44, died" (an age in passing)
    if _TIME_UNIT_AFTER.match(after):
        return False
    prev_word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    if prev_word[:1].isupper() and prev_word.lower().strip(".,") not in _QUANTIFIERS:
        if prev_word.lower().rstrip(".") in ("no", "number", "nos"):
            return False
        if not prev_word.endswith((",", ".", ":", ";")):
            return False  # Boeing 737, Flight 610, Room 101, Apollo 11
    return True


def figure_positions(text: str) -> list[int]:
    """Where the quantities of `text` start (numbers that are not dates, ages or names)."""
    return [m.start() for m in _NUMBER.finditer(text) if number_is_figure(text, m)]
