"""Datelines: the explicit date forms newsreader reads, and the ones it refuses to guess."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.dates import find_date, parse_dateline, parse_wire_dateline

D = dt.date(2024, 12, 18)


@pytest.mark.parametrize(
    ("line", "date", "time"),
    [
        ("18 December 2024, 22:04", D, dt.time(22, 4)),
        ("18 December 2024", D, None),
        ("18th Dec 2024", D, None),
        ("Wednesday 18 December 2024 10:04 pm", D, dt.time(22, 4)),
        ("Dec. 18, 2024", D, None),
        ("December 18, 2024", D, None),
        ("Wednesday, December 18, 2024 at 9:05 a.m.", D, dt.time(9, 5)),
        ("Sept. 5, 2024", dt.date(2024, 9, 5), None),
        ("2024-12-18", D, None),
        ("2024-12-18T22:04:00+01:00", D, dt.time(22, 4, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
        ("Published: 2024-12-18 22:04 UTC", D, dt.time(22, 4, tzinfo=dt.UTC)),
        ("Updated 18 December 2024 | 22:04 GMT", D, dt.time(22, 4, tzinfo=dt.UTC)),
        ("18/12/2024", D, None),  # day > 12: only one reading
        ("12/18/2024", D, None),  # month first, same reason
        ("18.12.2024", D, None),
        ("12/12/2024", dt.date(2024, 12, 12), None),  # both readings agree
    ],
)
def test_datelines(line: str, date: dt.date, time: dt.time | None) -> None:
    assert parse_dateline(line) == (date, time)


@pytest.mark.parametrize("line", ["05/06/2024", "31 February 2024", "2024-13-01"])
def test_a_date_that_cannot_be_read_for_sure_is_a_dateline_without_a_date(line: str) -> None:
    assert parse_dateline(line) == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "On Tuesday",
        "Yesterday, 22:04",
        "18 December 2024: the day the budget passed and the minister resigned",
        "The budget passed on 18 December 2024.",
        "25:99",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_wire_dateline_and_dates_inside_a_line() -> None:
    wire = "KYIV, Dec. 18, 2024 (Reuters) - The Kremlin said on Wednesday ..."
    found = parse_wire_dateline(wire)
    assert found is not None and found[:2] == (D, None)
    assert wire[found[2] :].startswith("The Kremlin")
    assert parse_wire_dateline("The Kremlin said on Dec. 18, 2024 - nothing") is None
    result = find_date("Jane Doe | December 18, 2024, 6:12")
    assert result is not None and result[0] == (D, dt.time(6, 12))
    assert find_date("no date here, only on Tuesday") is None
