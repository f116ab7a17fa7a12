"""Publication dates written in an article's header: "18 December 2024, 22:04", "Dec. 18, 2024".

Only explicit calendar dates count. Relative words ("on Tuesday", "yesterday") are never turned
into a date: without the page's own date there is nothing to count from. Slash dates are read
only when they cannot be misread: "18/12/2024" (day > 12) is 18 December, "12/18/2024" is
18 December too, but "05/06/2024" could be 5 June or 6 May and gives no date at all.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?"
    r"|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE = (
    rf"(?:{_WEEKDAY}(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"  # 18 December 2024
    rf"|{_WEEKDAY}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})"  # Dec. 18, 2024
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"  # 2024-12-18
    r"|(?P<n1>[0-3]?\d)[/.](?P<n2>[0-3]?\d)[/.](?P<ny>(?:19|20)\d\d))"  # 18/12/2024
)
_TIME = (
    r"(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*(?P<tz>utc|gmt|z|[+-][01]\d:?[0-5]\d|[a-z]{2,4}t))?"
)
# A separator between the parts of a dateline: comma, bar, middle dot, dash, "at", "T".
_SEP = r"(?:\s*[,|·•–—-]\s*|\s+at\s+|\s+|t)"
_PREFIX = (
    r"(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|date|dated|created)"
    r"(?:\s+on)?\s*:?\s*)?"
)
_DATELINE = re.compile(
    rf"^\s*{_PREFIX}{_DATE}(?:{_SEP}{_TIME})?\s*(?:\((?:utc|gmt)\))?\s*$", re.IGNORECASE
)
# A date opening a paragraph, wire style: "KYIV, Dec. 18, 2024 (Reuters) - The Kremlin ...".
_WIRE = re.compile(
    rf"^[A-Z][A-Z .'’-]{{1,40}},\s*{_DATE}(?:{_SEP}{_TIME})?\s*(?:\([^)]{{1,40}}\))?\s*[-–—:]\s",
    re.IGNORECASE,
)
# Any date at all, for a dateline glued to another part of the header ("By X | Dec 18, 2024").
_ANY_DATE = re.compile(rf"\b{_DATE}(?:{_SEP}{_TIME})?", re.IGNORECASE)


def _to_time(match: re.Match[str]) -> dt.time | None:
    if match.group("hour") is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    second = int(match.group("second") or 0)
    ampm = (match.group("ampm") or "").lower()[:1]
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 23:
        return None
    tz = (match.group("tz") or "").lower()
    tzinfo: dt.tzinfo | None = None
    if tz in ("utc", "gmt", "z"):
        tzinfo = dt.UTC
    elif tz[:1] in "+-" and tz:
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        tzinfo = dt.timezone(sign * offset)
    # Other abbreviations (EST, CET, BST ...) are ambiguous world-wide: keep the clock time only.
    return dt.time(hour, minute, second, tzinfo=tzinfo)


def _to_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    if groups["iy"]:
        year, month, day = int(groups["iy"]), int(groups["im"]), int(groups["id"])
    elif groups["ny"]:
        first, second, year = int(groups["n1"]), int(groups["n2"]), int(groups["ny"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            day, month = second, first
        elif first == second:
            day = month = first
        else:
            return None  # 05/06/2024: 5 June or 6 May? Refuse rather than guess.
    else:
        year = int(groups["y1"] or groups["y2"])
        day = int((groups["d1"] or groups["d2"]).rstrip("stndrh"))
        month = _MONTHS[(groups["m1"] or groups["m2"]).lower()[:3]]
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _result(match: re.Match[str] | None) -> tuple[dt.date, dt.time | None] | None:
    if match is None:
        return None
    date = _to_date(match)
    return None if date is None else (date, _to_time(match))


def parse_dateline(line: str) -> tuple[dt.date | None, dt.time | None] | None:
    """(date, time) of a line that is nothing but a dateline, else None.

    A dateline whose date cannot be read for sure ("05/06/2024") is still a dateline: it gives
    (None, None), so the line leaves the body but no date is guessed.
    """
    if len(line) > 80:
        return None
    match = _DATELINE.match(line)
    if match is None:
        return None
    date = _to_date(match)
    return (date, _to_time(match)) if date else (None, None)


def parse_wire_dateline(paragraph: str) -> tuple[dt.date, dt.time | None, int] | None:
    """The date opening a wire-style paragraph ("LONDON, Dec. 18, 2024 (Reuters) - ..."), with
    where the dateline ends (the paragraph itself is body and stays whole)."""
    match = _WIRE.match(paragraph[:120])
    found = _result(match)
    return None if found is None or match is None else (*found, match.end())


def find_date(text: str) -> tuple[tuple[dt.date, dt.time | None], re.Match[str]] | None:
    """The first explicit date in `text`, with its match (for byline lines that carry one)."""
    for match in _ANY_DATE.finditer(text):
        found = _result(match)
        if found is not None:
            return found, match
    return None
