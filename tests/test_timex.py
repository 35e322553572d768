"""Tests for claimdiff.timex: time expressions found in news text and their date intervals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import string

import pytest

import claimdiff.timex
from claimdiff import lang
from claimdiff.timex import TimeExpr, find_times

D = dt.date
REF = D(2022, 4, 5)  # a Tuesday


def only(text: str, reference: dt.date | None = REF) -> TimeExpr:
    found = find_times(text, reference)
    assert len(found) == 1, found
    return found[0]


def spans(text: str, reference: dt.date | None = REF) -> list[tuple[str, D, D, str]]:
    return [(t.text, t.low, t.high, t.kind) for t in find_times(text, reference)]


# --------------------------------------------------------------------------- the brief's cases


def test_reference_is_a_tuesday() -> None:
    assert REF.weekday() == 1


@pytest.mark.parametrize(
    ("text", "expr", "low", "high", "kind"),
    [
        ("France on Tuesday ordered the expulsion", "on Tuesday", REF, REF, "weekday"),
        ("announced on April 1 that", "on April 1", D(2022, 4, 1), D(2022, 4, 1), "day"),
        ("from March 23 to 31", "from March 23 to 31", D(2022, 3, 23), D(2022, 3, 31), "range"),
        ("last year", "last year", D(2021, 1, 1), D(2021, 12, 31), "relative"),
        ("since 2014", "since 2014", D(2014, 1, 1), REF, "since"),
    ],
)
def test_brief_examples(text: str, expr: str, low: D, high: D, kind: str) -> None:
    assert spans(text) == [(expr, low, high, kind)]


def test_year_rollover() -> None:
    t = only("December 30", D(2022, 1, 3))
    assert (t.low, t.high, t.kind) == (D(2021, 12, 30), D(2021, 12, 30), "day")


# --------------------------------------------------------------------------- days


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        ("April 1", "April 1", D(2022, 4, 1)),
        ("1 April", "1 April", D(2022, 4, 1)),
        ("April 1, 2021", "April 1, 2021", D(2021, 4, 1)),
        ("April 1 2021", "April 1 2021", D(2021, 4, 1)),
        ("1 April 2021", "1 April 2021", D(2021, 4, 1)),
        ("1st April 2021", "1st April 2021", D(2021, 4, 1)),
        ("it happened on April 1st.", "on April 1st", D(2022, 4, 1)),
        ("the 1st of April", "the 1st of April", D(2022, 4, 1)),
        ("on the 2nd of March, 2020", "on the 2nd of March, 2020", D(2020, 3, 2)),
        ("on 23rd March", "on 23rd March", D(2022, 3, 23)),
        ("Mar. 23", "Mar. 23", D(2022, 3, 23)),
        ("Sept 11, 2001", "Sept 11, 2001", D(2001, 9, 11)),
        ("Sept. 11, 2001", "Sept. 11, 2001", D(2001, 9, 11)),
        ("sep 11 2001", "sep 11 2001", D(2001, 9, 11)),
        ("DECEMBER 7, 1941", "DECEMBER 7, 1941", D(1941, 12, 7)),
        ("jan. 6", "jan. 6", D(2022, 1, 6)),
        ("Feb 24", "Feb 24", D(2022, 2, 24)),
        ("on Tuesday, April 5, 2022", "on Tuesday, April 5, 2022", D(2022, 4, 5)),
        ("Monday 28 March", "Monday 28 March", D(2022, 3, 28)),
        ("since March 23", "since March 23", D(2022, 3, 23)),
    ],
)
def test_day_forms(text: str, expr: str, day: D) -> None:
    t = only(text)
    assert t.text == expr
    assert (t.low, t.high) == (day, day if not expr.startswith("since") else REF)
    assert t.kind == ("since" if expr.startswith("since") else "day")


@pytest.mark.parametrize(
    ("text", "reference", "day"),
    [
        ("May 6", D(2022, 4, 5), D(2022, 5, 6)),  # 31 days ahead: still this year
        ("May 7", D(2022, 4, 5), D(2021, 5, 7)),  # 32 days ahead: last year
        ("December 30", D(2022, 1, 3), D(2021, 12, 30)),
        ("January 2", D(2021, 12, 28), D(2022, 1, 2)),  # a few days ahead, across New Year
        ("February 29", D(2022, 4, 5), D(2020, 2, 29)),  # latest leap year
        ("April 5", D(2022, 4, 5), D(2022, 4, 5)),
    ],
)
def test_day_year_inference(text: str, reference: D, day: D) -> None:
    t = only(text, reference)
    assert (t.low, t.high) == (day, day)


@pytest.mark.parametrize("text", ["February 30", "April 31", "March 0", "2022-02-30", "31/31/2022"])
def test_impossible_dates_are_dropped(text: str) -> None:
    assert find_times(text, REF) == ()


# --------------------------------------------------------------------------- numeric dates


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        ("2022-03-23", "2022-03-23", D(2022, 3, 23)),
        ("on 2022-03-23", "on 2022-03-23", D(2022, 3, 23)),
        ("2022-03-23T10:00:00Z", "2022-03-23", D(2022, 3, 23)),
        ("23/03/2022", "23/03/2022", D(2022, 3, 23)),  # day first: 23 cannot be a month
        ("03/23/2022", "03/23/2022", D(2022, 3, 23)),  # month first: 23 cannot be a month
        ("3/3/2022", "3/3/2022", D(2022, 3, 3)),  # same either way
    ],
)
def test_numeric_dates(text: str, expr: str, day: D) -> None:
    assert spans(text) == [(expr, day, day, "day")]


@pytest.mark.parametrize("text", ["03/04/2022", "12/11/2021", "24/7", "3/4"])
def test_ambiguous_numeric_dates_are_skipped(text: str) -> None:
    assert find_times(text, REF) == ()


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "expr", "low", "high"),
    [
        ("from March 23 to 31", "from March 23 to 31", D(2022, 3, 23), D(2022, 3, 31)),
        ("March 23 to 31", "March 23 to 31", D(2022, 3, 23), D(2022, 3, 31)),
        ("March 23-31", "March 23-31", D(2022, 3, 23), D(2022, 3, 31)),
        ("March 23\u201331", "March 23\u201331", D(2022, 3, 23), D(2022, 3, 31)),
        ("23-31 March", "23-31 March", D(2022, 3, 23), D(2022, 3, 31)),
        ("from 23 to 31 March", "from 23 to 31 March", D(2022, 3, 23), D(2022, 3, 31)),
        ("between March 23 and 31", "between March 23 and 31", D(2022, 3, 23), D(2022, 3, 31)),
        ("between 23 and 31 March", "between 23 and 31 March", D(2022, 3, 23), D(2022, 3, 31)),
        ("from March 23 to April 2", "from March 23 to April 2", D(2022, 3, 23), D(2022, 4, 2)),
        ("March 23 - April 2, 2021", "March 23 - April 2, 2021", D(2021, 3, 23), D(2021, 4, 2)),
        ("23 March to 2 April 2021", "23 March to 2 April 2021", D(2021, 3, 23), D(2021, 4, 2)),
        ("March 23-31, 2020", "March 23-31, 2020", D(2020, 3, 23), D(2020, 3, 31)),
        (
            "Dec 28, 2021 to Jan 2, 2022",
            "Dec 28, 2021 to Jan 2, 2022",
            D(2021, 12, 28),
            D(2022, 1, 2),
        ),
        (
            "December 28 to January 2, 2022",
            "December 28 to January 2, 2022",
            D(2021, 12, 28),
            D(2022, 1, 2),
        ),
        (
            "December 28, 2021 to January 2",
            "December 28, 2021 to January 2",
            D(2021, 12, 28),
            D(2022, 1, 2),
        ),
        ("from March to May", "from March to May", D(2022, 3, 1), D(2022, 5, 31)),
        (
            "between January and March 2021",
            "between January and March 2021",
            D(2021, 1, 1),
            D(2021, 3, 31),
        ),
        ("from 2014 to 2016", "from 2014 to 2016", D(2014, 1, 1), D(2016, 12, 31)),
        ("between 2010 and 2015", "between 2010 and 2015", D(2010, 1, 1), D(2015, 12, 31)),
        ("2014-2016", "2014-2016", D(2014, 1, 1), D(2016, 12, 31)),
        ("2014-16", "2014-16", D(2014, 1, 1), D(2016, 12, 31)),
    ],
)
def test_ranges(text: str, expr: str, low: D, high: D) -> None:
    assert spans(text) == [(expr, low, high, "range")]


def test_range_across_new_year_without_years() -> None:
    t = only("from December 28 to January 2", D(2022, 1, 3))
    assert (t.low, t.high, t.kind) == (D(2021, 12, 28), D(2022, 1, 2), "range")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A backwards range inside one month is not a range.
        ("March 31 to 2", [("March 31", D(2022, 3, 31), D(2022, 3, 31), "day")]),
        # A month range must not swallow the day of its second month.
        ("from March to April 2", [("April 2", D(2022, 4, 2), D(2022, 4, 2), "day")]),
        (
            "2023 to 2021",
            [
                ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
                ("2021", D(2021, 1, 1), D(2021, 12, 31), "year"),
            ],
        ),
    ],
)
def test_not_ranges(text: str, expected: list[tuple[str, D, D, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 23 and 24", [("March 23 and 24", D(2022, 3, 23), D(2022, 3, 24), "range")]),
        ("on 11 and 12 March", [("11 and 12 March", D(2022, 3, 11), D(2022, 3, 12), "range")]),
    ],
)
def test_two_days_listed_are_the_span_they_cover(text: str, expected: list[tuple[str, D, D, str]]) -> None:
    assert spans(text) == expected


def test_ranges_need_a_reference_or_a_year() -> None:
    assert find_times("from March 23 to 31") == ()
    assert spans("from March 23 to 31, 2022", None) == [
        ("from March 23 to 31, 2022", D(2022, 3, 23), D(2022, 3, 31), "range")
    ]


# --------------------------------------------------------------------------- months and years


@pytest.mark.parametrize(
    ("text", "reference", "expr", "low", "high"),
    [
        ("March 2022", REF, "March 2022", D(2022, 3, 1), D(2022, 3, 31)),
        ("March, 2021", REF, "March, 2021", D(2021, 3, 1), D(2021, 3, 31)),
        ("in March of 2020", REF, "in March of 2020", D(2020, 3, 1), D(2020, 3, 31)),
        ("in March", REF, "in March", D(2022, 3, 1), D(2022, 3, 31)),
        ("in April", REF, "in April", D(2022, 4, 1), D(2022, 4, 30)),
        ("in May", REF, "in May", D(2021, 5, 1), D(2021, 5, 31)),  # future -> last year
        ("in December", D(2022, 1, 3), "in December", D(2021, 12, 1), D(2021, 12, 31)),
        ("during Sept.", REF, "during Sept.", D(2021, 9, 1), D(2021, 9, 30)),
        ("in early March", REF, "in early March", D(2022, 3, 1), D(2022, 3, 10)),
        ("mid-March", REF, "mid-March", D(2022, 3, 11), D(2022, 3, 20)),
        ("late February", REF, "late February", D(2022, 2, 21), D(2022, 2, 28)),
        ("the end of March", REF, "the end of March", D(2022, 3, 21), D(2022, 3, 31)),
        ("last March", REF, "last March", D(2022, 3, 1), D(2022, 3, 31)),
        ("last April", REF, "last April", D(2021, 4, 1), D(2021, 4, 30)),
        ("next March", REF, "next March", D(2023, 3, 1), D(2023, 3, 31)),
        ("this June", REF, "this June", D(2022, 6, 1), D(2022, 6, 30)),
        ("March 2022", None, "March 2022", D(2022, 3, 1), D(2022, 3, 31)),
    ],
)
def test_months(text: str, reference: D | None, expr: str, low: D, high: D) -> None:
    assert spans(text, reference) == [(expr, low, high, "month")]


@pytest.mark.parametrize(
    ("text", "expr", "low", "high"),
    [
        ("2022", "2022", D(2022, 1, 1), D(2022, 12, 31)),
        ("in 2019", "in 2019", D(2019, 1, 1), D(2019, 12, 31)),
        ("in 2019.", "in 2019", D(2019, 1, 1), D(2019, 12, 31)),
        ("during 1999,", "during 1999", D(1999, 1, 1), D(1999, 12, 31)),
        ("in 1800", "in 1800", D(1800, 1, 1), D(1800, 12, 31)),
        ("by 2100", "2100", D(2100, 1, 1), D(2100, 12, 31)),
        ("the 2022 elections", "2022", D(2022, 1, 1), D(2022, 12, 31)),
        ("In 2014 people voted", "In 2014", D(2014, 1, 1), D(2014, 12, 31)),
        ("early 2020", "early 2020", D(2020, 1, 1), D(2020, 4, 30)),
        ("mid-2019", "mid-2019", D(2019, 5, 1), D(2019, 8, 31)),
        ("in late 2021", "in late 2021", D(2021, 9, 1), D(2021, 12, 31)),
        ("the end of 2021", "the end of 2021", D(2021, 9, 1), D(2021, 12, 31)),
    ],
)
def test_years(text: str, expr: str, low: D, high: D) -> None:
    assert spans(text) == [(expr, low, high, "year")]
    assert spans(text, None) == [(expr, low, high, "year")]


@pytest.mark.parametrize(
    "text",
    [
        "2,014",
        "2014 people",
        "1900 troops were deployed",
        "2000 soldiers",
        "more than 2000",
        "at least 2,014 people",
        "$2014",
        "2014%",
        "2014 per cent",
        "at 1800 GMT",
        "page 2014",
        "1799",
        "2101",
        "20145",
        "3.2014",
        "2014.5",
        "203 fighters",
        "400 kilometres",
        "at least 70",
        "killed 35 and wounded 12",
    ],
)
def test_numbers_that_are_not_times(text: str) -> None:
    assert find_times(text, REF) == ()


def test_decades() -> None:
    assert spans("in the 1990s") == [("in the 1990s", D(1990, 1, 1), D(1999, 12, 31), "range")]
    assert spans("the late 1980s") == [("the late 1980s", D(1986, 1, 1), D(1989, 12, 31), "range")]


# --------------------------------------------------------------------------- since


@pytest.mark.parametrize(
    ("text", "expr", "low"),
    [
        ("since 2014", "since 2014", D(2014, 1, 1)),
        ("Since 2014 people have fled", "Since 2014", D(2014, 1, 1)),
        ("since March", "since March", D(2022, 3, 1)),
        ("since January", "since January", D(2022, 1, 1)),
        ("since May", "since May", D(2021, 5, 1)),
        ("since mid-March", "since mid-March", D(2022, 3, 11)),
        ("since March 2020", "since March 2020", D(2020, 3, 1)),
        ("since the beginning of this year", "since the beginning of this year", D(2022, 1, 1)),
        ("since the start of the year", "since the start of the year", D(2022, 1, 1)),
        ("since the start of the month", "since the start of the month", D(2022, 4, 1)),
        ("since the end of 2021", "since the end of 2021", D(2021, 9, 1)),
        ("since last year", "since last year", D(2021, 1, 1)),
        ("since last week", "since last week", D(2022, 3, 28)),
        ("since yesterday", "since yesterday", D(2022, 4, 4)),
        ("since Friday", "since Friday", D(2022, 4, 1)),
        ("since April 1", "since April 1", D(2022, 4, 1)),
        ("since 2022-03-23", "since 2022-03-23", D(2022, 3, 23)),
    ],
)
def test_since(text: str, expr: str, low: D) -> None:
    assert spans(text) == [(expr, low, REF, "since")]


def test_since_without_reference_ends_with_that_year() -> None:
    assert spans("since 2014", None) == [("since 2014", D(2014, 1, 1), D(2014, 12, 31), "since")]
    assert spans("since March 2020", None) == [("since March 2020", D(2020, 3, 1), D(2020, 12, 31), "since")]
    assert find_times("since March", None) == ()


# --------------------------------------------------------------------------- relative


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("today", REF, REF),
        ("tonight", REF, REF),
        ("this morning", REF, REF),
        ("earlier today", REF, REF),
        ("yesterday", D(2022, 4, 4), D(2022, 4, 4)),
        ("yesterday afternoon", D(2022, 4, 4), D(2022, 4, 4)),
        ("the day before", D(2022, 4, 4), D(2022, 4, 4)),
        ("the previous day", D(2022, 4, 4), D(2022, 4, 4)),
        ("the day before yesterday", D(2022, 4, 3), D(2022, 4, 3)),
        ("tomorrow", D(2022, 4, 6), D(2022, 4, 6)),
        ("last night", D(2022, 4, 4), REF),
        ("overnight", D(2022, 4, 4), REF),
        # Calendar weeks run Monday to Sunday; the reference week starts on Monday 4 April.
        ("last week", D(2022, 3, 28), D(2022, 4, 3)),
        ("the previous week", D(2022, 3, 28), D(2022, 4, 3)),
        ("this week", D(2022, 4, 4), D(2022, 4, 10)),
        ("earlier this week", D(2022, 4, 4), REF),
        ("later this week", REF, D(2022, 4, 10)),
        ("next week", D(2022, 4, 11), D(2022, 4, 17)),
        ("last month", D(2022, 3, 1), D(2022, 3, 31)),
        ("this month", D(2022, 4, 1), D(2022, 4, 30)),
        ("earlier this month", D(2022, 4, 1), REF),
        ("next month", D(2022, 5, 1), D(2022, 5, 31)),
        ("last year", D(2021, 1, 1), D(2021, 12, 31)),
        ("this year", D(2022, 1, 1), D(2022, 12, 31)),
        ("earlier this year", D(2022, 1, 1), REF),
        ("so far this year", D(2022, 1, 1), REF),
        ("later this year", REF, D(2022, 12, 31)),
        ("the end of the year", D(2022, 9, 1), D(2022, 12, 31)),
        ("the end of last year", D(2021, 9, 1), D(2021, 12, 31)),
        ("two days ago", D(2022, 4, 3), D(2022, 4, 3)),
        ("2 days ago", D(2022, 4, 3), D(2022, 4, 3)),
        ("a day ago", D(2022, 4, 4), D(2022, 4, 4)),
        ("three weeks ago", D(2022, 3, 15), D(2022, 3, 15)),
        ("a week ago", D(2022, 3, 29), D(2022, 3, 29)),
        ("a few days ago", D(2022, 3, 31), D(2022, 4, 3)),
        ("a couple of days ago", D(2022, 4, 2), D(2022, 4, 3)),
        ("several weeks ago", D(2022, 2, 15), D(2022, 3, 15)),
        ("three months ago", D(2022, 1, 1), D(2022, 1, 31)),
        ("two years ago", D(2020, 1, 1), D(2020, 12, 31)),
        ("a year ago", D(2021, 1, 1), D(2021, 12, 31)),
        ("in the past 24 hours", D(2022, 4, 4), REF),
        ("over the past week", D(2022, 3, 29), REF),
        ("in the last week", D(2022, 3, 29), REF),
        ("the last three days", D(2022, 4, 2), REF),
        ("the past two months", D(2022, 2, 5), REF),
        ("in the past year", D(2021, 4, 5), REF),
        ("in recent days", D(2022, 3, 29), REF),
        ("in recent weeks", D(2022, 3, 8), REF),
        # Weekends: the most recent Saturday-Sunday on or before the reference.
        ("last weekend", D(2022, 4, 2), D(2022, 4, 3)),
        ("over the weekend", D(2022, 4, 2), D(2022, 4, 3)),
        ("at the weekend", D(2022, 4, 2), D(2022, 4, 3)),
        ("this past weekend", D(2022, 4, 2), D(2022, 4, 3)),
        ("this weekend", D(2022, 4, 9), D(2022, 4, 10)),  # said on a Tuesday: the coming one
    ],
)
def test_relative(text: str, low: D, high: D) -> None:
    assert spans(text) == [(text, low, high, "relative")]


@pytest.mark.parametrize(
    ("text", "reference", "low", "high"),
    [
        ("over the weekend", D(2022, 4, 10), D(2022, 4, 9), D(2022, 4, 10)),  # on the Sunday
        ("over the weekend", D(2022, 4, 9), D(2022, 4, 9), D(2022, 4, 10)),  # on the Saturday
        ("last weekend", D(2022, 4, 10), D(2022, 4, 2), D(2022, 4, 3)),
        ("this weekend", D(2022, 4, 9), D(2022, 4, 9), D(2022, 4, 10)),
        ("last week", D(2022, 4, 4), D(2022, 3, 28), D(2022, 4, 3)),  # reference on a Monday
        ("last week", D(2022, 4, 10), D(2022, 3, 28), D(2022, 4, 3)),  # reference on a Sunday
        ("last month", D(2022, 1, 15), D(2021, 12, 1), D(2021, 12, 31)),
        ("yesterday", D(2022, 1, 1), D(2021, 12, 31), D(2021, 12, 31)),
        ("in the past month", D(2022, 3, 31), D(2022, 2, 28), D(2022, 3, 31)),
    ],
)
def test_relative_edges(text: str, reference: D, low: D, high: D) -> None:
    assert spans(text, reference) == [(text, low, high, "relative")]


# --------------------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        ("France on Tuesday ordered", "on Tuesday", D(2022, 4, 5)),  # the reference day itself
        ("Tuesday", "Tuesday", D(2022, 4, 5)),
        ("Tuesday night", "Tuesday night", D(2022, 4, 5)),
        ("on Monday", "on Monday", D(2022, 4, 4)),
        ("on Sunday morning", "on Sunday morning", D(2022, 4, 3)),
        ("late on Friday", "late on Friday", D(2022, 4, 1)),
        ("early Saturday", "early Saturday", D(2022, 4, 2)),
        ("on Wednesday", "on Wednesday", D(2022, 3, 30)),
        ("Tuesday's vote", "Tuesday", D(2022, 4, 5)),
        ("Tuesdays vote", "Tuesday", D(2022, 4, 5)),  # the apostrophe stripped from the text
        ("last Tuesday", "last Tuesday", D(2022, 3, 29)),  # "last" is strictly before
        ("last Monday", "last Monday", D(2022, 4, 4)),
        ("next Tuesday", "next Tuesday", D(2022, 4, 12)),
        ("next Friday", "next Friday", D(2022, 4, 8)),
        ("THURSDAY", "THURSDAY", D(2022, 3, 31)),
    ],
)
def test_weekdays(text: str, expr: str, day: D) -> None:
    assert spans(text) == [(expr, day, day, "weekday")]


def test_weekday_plural_is_habitual_not_a_date() -> None:
    assert find_times("on Sundays", REF) == ()
    assert find_times("On Sundays the market is busy", REF) == ()
    assert find_times("It opens Saturdays and Sundays", REF) == ()


def test_weekday_with_date_is_one_day_expression() -> None:
    assert spans("on Monday, March 28, 2022") == [
        ("on Monday, March 28, 2022", D(2022, 3, 28), D(2022, 3, 28), "day")
    ]


# --------------------------------------------------------------------------- seasons


@pytest.mark.parametrize(
    ("text", "expr", "low", "high"),
    [
        ("last summer", "last summer", D(2021, 6, 1), D(2021, 8, 31)),
        ("last winter", "last winter", D(2021, 12, 1), D(2022, 2, 28)),
        ("this summer", "this summer", D(2022, 6, 1), D(2022, 8, 31)),
        ("next autumn", "next autumn", D(2022, 9, 1), D(2022, 11, 30)),
        ("in the summer of 2021", "in the summer of 2021", D(2021, 6, 1), D(2021, 8, 31)),
        ("summer 2019", "summer 2019", D(2019, 6, 1), D(2019, 8, 31)),
        ("winter 2022", "winter 2022", D(2021, 12, 1), D(2022, 2, 28)),
        ("last fall", "last fall", D(2021, 9, 1), D(2021, 11, 30)),
        ("the fall of 2021", "the fall of 2021", D(2021, 9, 1), D(2021, 11, 30)),
        ("in spring", "in spring", D(2022, 3, 1), D(2022, 5, 31)),
    ],
)
def test_seasons(text: str, expr: str, low: D, high: D) -> None:
    assert spans(text) == [(expr, low, high, "season")]


@pytest.mark.parametrize("text", ["the fall of Kabul", "a summer heatwave", "prices fall", "hot spring"])
def test_season_words_that_are_not_times(text: str) -> None:
    assert find_times(text, REF) == ()


# --------------------------------------------------------------------------- no reference


@pytest.mark.parametrize(
    "text",
    [
        "today",
        "yesterday",
        "last week",
        "last year",
        "two days ago",
        "over the weekend",
        "overnight",
        "on Tuesday",
        "last Tuesday",
        "April 1",
        "the 1st of April",
        "in March",
        "last summer",
        "earlier this year",
        "in the past 24 hours",
    ],
)
def test_without_reference_relative_forms_are_skipped(text: str) -> None:
    assert find_times(text) == ()
    assert find_times(text, None) == ()


def test_without_reference_absolute_forms_still_resolve() -> None:
    text = "On Tuesday, since 2014, on April 1, 2022 and in March, officials said in 2019."
    assert spans(text, None) == [
        ("since 2014", D(2014, 1, 1), D(2014, 12, 31), "since"),
        ("on April 1, 2022", D(2022, 4, 1), D(2022, 4, 1), "day"),
        ("in 2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ]


def test_datetime_reference_is_accepted() -> None:
    assert spans("yesterday", dt.datetime(2022, 4, 5, 23, 59)) == [
        ("yesterday", D(2022, 4, 4), D(2022, 4, 4), "relative")
    ]


# --------------------------------------------------------------------------- verbs and traps


@pytest.mark.parametrize(
    "text",
    [
        "protesters march 5 kilometres to the square",
        "This may be the end",
        "they may 2 weeks later",
        "marching 5 miles",
        "Mary 5",
        "the decade 4",
        "April 10am",
        "",
    ],
)
def test_words_that_are_not_months(text: str) -> None:
    assert [t for t in find_times(text, REF) if t.kind in ("day", "month", "range")] == []


def test_lowercase_month_after_a_date_word_is_a_month() -> None:
    assert spans("on may 5") == [("on may 5", D(2022, 5, 5), D(2022, 5, 5), "day")]
    assert spans("in march") == [("in march", D(2022, 3, 1), D(2022, 3, 31), "month")]


# --------------------------------------------------------------------------- whole sentences


def test_sentence_with_several_expressions() -> None:
    text = (
        "Russian forces withdrew from the area between March 23 and 31, officials said on "
        "Tuesday, after shelling that began on Feb. 24 killed at least 70 people and 203 "
        "fighters; the town had been quiet since 2014."
    )
    assert spans(text) == [
        ("between March 23 and 31", D(2022, 3, 23), D(2022, 3, 31), "range"),
        ("on Tuesday", REF, REF, "weekday"),
        ("on Feb. 24", D(2022, 2, 24), D(2022, 2, 24), "day"),
        ("since 2014", D(2014, 1, 1), REF, "since"),
    ]


def test_longest_match_wins_and_no_overlap() -> None:
    found = find_times("from March 23 to April 2, 2022 and on Tuesday, April 5, 2022", REF)
    assert [t.text for t in found] == [
        "from March 23 to April 2, 2022",
        "on Tuesday, April 5, 2022",
    ]
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


def test_expressions_are_in_text_order() -> None:
    found = find_times("Yesterday, last year, in 2019 and on Monday.", REF)
    assert [t.text for t in found] == ["Yesterday", "last year", "in 2019", "on Monday"]
    assert [t.start for t in found] == sorted(t.start for t in found)


# --------------------------------------------------------------------------- invariants


SAMPLES = [
    "France on Tuesday ordered the expulsion of 35 Russian diplomats.",
    "The convoy, 400 kilometres long, was seen from March 23 to 31 and again on April 1.",
    "Since 2014, more than 14,000 people have died; 2,014 of them last year alone.",
    "Talks began on Monday morning, resumed over the weekend and ended overnight.",
    "A report dated 2022-03-23 (or 23/03/2022) cites figures from mid-2019 to late 2020.",
    "Two days ago, three weeks ago and earlier this month: all before today.",
    "He said in the summer of 2021 that since the beginning of this year nothing changed.",
]


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("reference", [REF, None, D(2022, 1, 1), D(2021, 12, 31)])
def test_text_is_the_exact_span_and_intervals_are_ordered(text: str, reference: D | None) -> None:
    found = find_times(text, reference)
    for t in found:
        assert t.text == text[t.start : t.end]
        assert t.text == t.text.strip()
        assert t.low <= t.high
        assert t.kind in {"day", "range", "month", "year", "since", "relative", "weekday", "season"}
    assert [t.start for t in found] == sorted(t.start for t in found)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


def test_timeexpr_is_frozen_with_slots() -> None:
    t = only("April 1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.low = D(2000, 1, 1)  # type: ignore[misc]
    assert not hasattr(t, "__dict__")


def test_deterministic() -> None:
    text = " ".join(SAMPLES)
    assert find_times(text, REF) == find_times(text, REF)


@pytest.mark.parametrize("reference", [REF, None, D(1, 1, 1), D(9999, 12, 31)])
def test_never_raises_on_random_strings(reference: D | None) -> None:
    rng = random.Random(1234)
    alphabet = string.printable + "\u2013\u2014\u00e9\u20ac\u00a3$#/-.,:" + "0123456789" * 3
    words = (
        "March May since last on Tuesday 2022 31 to - ago week the of weekend summer between and "
        "1st 2014-16 Sept. 23/03/2022 2022-03-23"
    ).split()
    for _ in range(1500):
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        else:
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        for t in find_times(text, reference):
            assert text[t.start : t.end] == t.text
            assert t.low <= t.high


def test_extreme_references_do_not_raise() -> None:
    for ref in (D(1, 1, 1), D(9999, 12, 31)):
        for text in (
            "yesterday",
            "tomorrow",
            "next year",
            "last year",
            "next winter",
            "in May",
            "December 31",
            "January 1",
            "on Friday",
            "three years ago",
        ):
            find_times(text, ref)


def test_non_string_input_returns_nothing() -> None:
    assert find_times(None, REF) == ()  # type: ignore[arg-type]
    assert find_times(b"April 1", REF) == ()  # type: ignore[arg-type]


def test_many_sentences() -> None:
    # The speed is measured by benchmarks/run.py; here, many sentences in a row read as each alone.
    sentences = [f"{s} ({i})" for i in range(300) for s in SAMPLES]  # 2,100 sentences
    alone = {s: find_times(s, REF) for s in SAMPLES}
    for i, s in enumerate(sentences):
        assert find_times(s, REF) == alone[SAMPLES[i % len(SAMPLES)]]


# --------------------------------------------------------------------------- the language in force


@pytest.fixture
def marzo(register_language) -> lang.Language:  # type: ignore[no-untyped-def]
    """A language "xx": English with March renamed "marzo"."""

    def rename(entries: dict) -> None:
        months = entries["dates"]["months"]
        entries["dates"]["months"] = {("marzo" if k == "march" else k): n for k, n in months.items()}

    return register_language("xx", rename)


def test_the_months_are_those_of_the_language_in_force(marzo: lang.Language) -> None:
    day = ("on Marzo 23, 2022", D(2022, 3, 23), D(2022, 3, 23), "day")
    assert spans("Talks resumed on Marzo 23, 2022.") == [("2022", D(2022, 1, 1), D(2022, 12, 31), "year")]
    with lang.using("xx"):
        assert spans("Talks resumed on Marzo 23, 2022.") == [day]
        assert spans("Talks resumed on 23 March.") == []
    assert spans("Talks resumed on 23 March.") == [("on 23 March", D(2022, 3, 23), D(2022, 3, 23), "day")]


def test_a_language_s_tables_are_built_once(marzo: lang.Language, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    build = claimdiff.timex._build_vocab

    def counted(language: lang.Language) -> object:
        built.append(language.code)
        return build(language)

    monkeypatch.setattr(claimdiff.timex, "_build_vocab", counted)
    with lang.using("xx"):
        for _ in range(3):
            find_times("Talks resumed on Marzo 23, 2022.", REF)
    assert built == ["xx"]
