"""Tests for claimdiff.numbers, the quantity parser of the extract stage."""

from __future__ import annotations

import dataclasses
import math

import pytest

from claimdiff import lang
from claimdiff.numbers import Quantity, find_quantities

INF = math.inf


def _row(q: Quantity) -> tuple:
    return (q.text, q.low, q.high, q.nominal, q.kind, q.unit)


def _found(text: str) -> list[tuple]:
    quantities = find_quantities(text)
    for q in quantities:
        assert q.text == text[q.start : q.end]
    return [_row(q) for q in quantities]


def _only(text: str) -> tuple:
    rows = _found(text)
    assert len(rows) == 1, rows
    return rows[0]


# ---------------------------------------------------------------------------
# Figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("203 fighters were killed", ("203", 203, 203, 203, "exact", None)),
        ("4,000 troops", ("4,000", 4000, 4000, 4000, "exact", None)),
        ("1,000,000 people", ("1,000,000", 1e6, 1e6, 1e6, "exact", None)),
        ("1.5 million people", ("1.5 million", 1.5e6, 1.5e6, 1.5e6, "exact", None)),
        ("2.3m refugees", ("2.3m", 2.3e6, 2.3e6, 2.3e6, "exact", None)),
        ("4k marched", ("4k", 4000, 4000, 4000, "exact", None)),
        ("4K marched", ("4K", 4000, 4000, 4000, "exact", None)),
        ("the 1,200-strong force", ("1,200-strong", 1200, 1200, 1200, "exact", None)),
        ("300 thousand people", ("300 thousand", 3e5, 3e5, 3e5, "exact", None)),
        ("2 billion", ("2 billion", 2e9, 2e9, 2e9, "exact", None)),
        ("2.5 left", ("2.5", 2.5, 2.5, 2.5, "exact", None)),
        ("killed 12 people.", ("12", 12, 12, 12, "exact", None)),
        ("In total, 203.", ("203", 203, 203, 203, "exact", None)),
    ],
)
def test_digits(text, expected):
    assert _only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people died", ("Twelve", 12, 12, 12, "exact", None)),
        ("five soldiers", ("five", 5, 5, 5, "exact", None)),
        ("twenty-one people", ("twenty-one", 21, 21, 21, "exact", None)),
        ("ninety nine people", ("ninety nine", 99, 99, 99, "exact", None)),
        ("Fifty-Five people", ("Fifty-Five", 55, 55, 55, "exact", None)),
        ("a hundred people", ("a hundred", 100, 100, 100, "exact", None)),
        ("two hundred and three", ("two hundred and three", 203, 203, 203, "exact", None)),
        ("one hundred and fifty", ("one hundred and fifty", 150, 150, 150, "exact", None)),
        ("fifteen hundred troops", ("fifteen hundred", 1500, 1500, 1500, "exact", None)),
        ("four thousand people", ("four thousand", 4000, 4000, 4000, "exact", None)),
        ("a thousand people", ("a thousand", 1000, 1000, 1000, "exact", None)),
        ("three million people", ("three million", 3e6, 3e6, 3e6, "exact", None)),
        ("a million people", ("a million", 1e6, 1e6, 1e6, "exact", None)),
        (
            "two hundred and fifty thousand",
            ("two hundred and fifty thousand", 250000, 250000, 250000, "exact", None),
        ),
        (
            "one thousand two hundred",
            ("one thousand two hundred", 1200, 1200, 1200, "exact", None),
        ),
        ("two thousand and three", ("two thousand and three", 2003, 2003, 2003, "exact", None)),
        ("a dozen people", ("a dozen", 12, 12, 12, "exact", None)),
        ("two dozen people", ("two dozen", 24, 24, 24, "exact", None)),
        ("half a dozen people", ("half a dozen", 6, 6, 6, "exact", None)),
        ("half a million people", ("half a million", 5e5, 5e5, 5e5, "exact", None)),
        ("one soldier died", ("one", 1, 1, 1, "exact", None)),
        ("One person died", ("One", 1, 1, 1, "exact", None)),
        ("one of the victims", ("one", 1, 1, 1, "exact", None)),
    ],
)
def test_number_words(text, expected):
    assert _only(text) == expected


# ---------------------------------------------------------------------------
# Qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "about 300",
        "around 300",
        "some 300",
        "Some 300",
        "an estimated 300",
        "estimated 300",
        "roughly 300",
        "approximately 300",
        "approx. 300",
        "circa 300",
        "more or less 300",
        "300 or so",
        "300-odd",
    ],
)
def test_approx(text):
    assert _only(text + " people") == (text, 270, 330, 300, "approx", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 70 people", ("about 70", 63, 77, 70, "approx", None)),
        ("about a dozen", ("about a dozen", 10, 14, 12, "approx", None)),
        ("About a hundred", ("About a hundred", 90, 110, 100, "approx", None)),
        ("about 4,000 people", ("about 4,000", 3600, 4400, 4000, "approx", None)),
        ("some two hundred", ("some two hundred", 180, 220, 200, "approx", None)),
        ("roughly 2.5 percent", ("roughly 2.5 percent", 2.25, 2.75, 2.5, "approx", "percent")),
    ],
)
def test_approx_rounding(text, expected):
    assert _only(text) == expected


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("at least 100", 100),
        ("more than 100", 101),
        ("over 100", 101),
        ("Over 100", 101),
        ("in excess of 100", 101),
        ("upwards of 100", 100),
        ("no fewer than 100", 100),
        ("not less than 100", 100),
        ("no less than 100", 100),
        ("a minimum of 100", 100),
        ("well over 100", 101),
        ("100 or more", 100),
        ("100-plus", 100),
        ("100+", 100),
        ("exceeded 100", 101),
        ("surpassed 100", 101),
    ],
)
def test_lower_bounds(text, low):
    assert _only(text + " people") == (text, low, INF, 100, "lower", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 70 people", ("at least 70", 70, INF, 70, "lower", None)),
        ("at least one person", ("at least one", 1, INF, 1, "lower", None)),
        ("more than a dozen", ("more than a dozen", 13, INF, 12, "lower", None)),
        ("more than 2.5%", ("more than 2.5%", 2.5, INF, 2.5, "lower", "percent")),
        ("more than 1.5 million", ("more than 1.5 million", 1500001, INF, 1.5e6, "lower", None)),
        ("Death toll: 300+.", ("300+", 300, INF, 300, "lower", None)),
    ],
)
def test_lower_bound_forms(text, expected):
    assert _only(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("nearly 100", 90, 100),
        ("Nearly 100", 90, 100),
        ("almost 100", 90, 100),
        ("close to 100", 90, 100),
        ("just under 100", 90, 99),
        ("up to 100", 0, 100),
        ("at most 100", 0, 100),
        ("no more than 100", 0, 100),
        ("not more than 100", 0, 100),
        ("not exceeded 100", 0, 100),
        ("not exceed 100", 0, 100),
        # A bound's figure given roughly keeps the bound.
        ("not exceeded about 100", 0, 100),
        ("as many as 100", 0, 100),
        ("a maximum of 100", 0, 100),
        ("fewer than 100", 0, 99),
        ("less than 100", 0, 99),
        ("under 100", 0, 99),
    ],
)
def test_upper_bounds(text, low, high):
    assert _only(text + " people") == (text, low, high, 100, "upper", None)


def test_upper_bound_needs_a_number():
    assert _found("under pressure, the army withdrew nearly everywhere") == []
    assert _found("nearly a dozen") == [("nearly a dozen", 10, 12, 12, "upper", None)]


# ---------------------------------------------------------------------------
# Ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 200 and 400", ("between 200 and 400", 200, 400, None, "span", None)),
        ("200 to 400", ("200 to 400", 200, 400, None, "span", None)),
        ("from 200 to 400", ("from 200 to 400", 200, 400, None, "span", None)),
        ("200-400", ("200-400", 200, 400, None, "span", None)),
        ("200–400", ("200–400", 200, 400, None, "span", None)),
        ("200 or 300", ("200 or 300", 200, 300, None, "span", None)),
        ("between 20 and 30 people", ("between 20 and 30", 20, 30, None, "span", None)),
        ("five or six people", ("five or six", 5, 6, None, "span", None)),
        ("one or two soldiers", ("one or two", 1, 2, None, "span", None)),
        ("1,500-2,000 people", ("1,500-2,000", 1500, 2000, None, "span", None)),
        ("1.5-2 million people", ("1.5-2 million", 1.5e6, 2e6, None, "span", None)),
        ("between 1 and 2 million", ("between 1 and 2 million", 1e6, 2e6, None, "span", None)),
        (
            "between two and three thousand",
            ("between two and three thousand", 2000, 3000, None, "span", None),
        ),
        ("an estimated 200-300", ("an estimated 200-300", 200, 300, None, "span", None)),
        ("5–10%", ("5–10%", 5, 10, None, "span", "percent")),
        ("10 to 15 per cent", ("10 to 15 per cent", 10, 15, None, "span", "percent")),
        ("5km to 10km", ("5km to 10km", 5, 10, None, "span", "km")),
        ("between $5 and $10", ("between $5 and $10", 5, 10, None, "span", "currency")),
        ("aged between 20 and 30", ("aged between 20 and 30", 20, 30, None, "span", "age")),
        ("ages 18 to 25", ("ages 18 to 25", 18, 25, None, "span", "age")),
        ("between 1800 and 2000 people", ("between 1800 and 2000", 1800, 2000, None, "span", None)),
        # "hundred" counts for both words: 200..300, not 2..300
        (
            "between two and three hundred villagers",
            ("between two and three hundred", 200, 300, None, "span", None),
        ),
    ],
)
def test_spans(text, expected):
    assert _only(text) == expected


# A figure in words restated in digits between brackets, as communiqués write it, is one figure:
# the counted noun after the bracket is read with it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four (4) persons were arrested", ("Four (4)", 4, 4, 4, "exact", None)),
        ("twenty-one ( 21 ) people", ("twenty-one ( 21 )", 21, 21, 21, "exact", None)),
        ("at least ten (10) people", ("at least ten (10)", 10, INF, 10, "lower", None)),
    ],
)
def test_a_figure_restated_in_brackets(text, expected):
    assert _only(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "four (5) people",  # another figure: two figures
        "four people (4 of them children)",  # the bracket says more than the figure
    ],
)
def test_a_bracket_that_restates_nothing_is_a_figure_of_its_own(text):
    assert len(_found(text)) == 2


def test_a_figure_restated_in_brackets_in_french():
    with lang.using("fr"):
        assert _only("dix-huit (18) terroristes") == ("dix-huit (18)", 18, 18, 18, "exact", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "range" that runs backwards is two figures, not a span
        (
            "the vote was 52 to 48",
            [("52", 52, 52, 52, "exact", None), ("48", 48, 48, 48, "exact", None)],
        ),
        ("the score was 3-1", []),
        ("the 2014-15 season", []),
        ("from 2014 to 2016", []),
        ("2014-2016", []),
        ("between 5 and", [("5", 5, 5, 5, "exact", None)]),
        ("from 5 to", [("5", 5, 5, 5, "exact", None)]),
        ("5 or more", [("5 or more", 5, INF, 5, "lower", None)]),
        # after a word of change "from X to Y" is two figures, the old and the new
        (
            "the toll rose from 20 to 30",
            [("20", 20, 20, 20, "exact", None), ("30", 30, 30, 30, "exact", None)],
        ),
        (
            "officials revised the toll from 50 to 45",
            [("50", 50, 50, 50, "exact", None), ("45", 45, 45, 45, "exact", None)],
        ),
    ],
)
def test_span_edges(text, expected):
    assert _found(text) == expected


# ---------------------------------------------------------------------------
# Vague amounts


@pytest.mark.parametrize(
    ("text", "phrase", "low", "high"),
    [
        ("dozens of people", "dozens", 24, 99),
        ("Dozens were hurt", "Dozens", 24, 99),
        ("a few dozen people", "a few dozen", 24, 60),
        ("several dozen people", "several dozen", 36, 99),
        ("scores of people", "scores", 40, 99),
        ("hundreds of civilians", "hundreds", 200, 999),
        ("Hundreds were wounded", "Hundreds", 200, 999),
        ("several hundred people", "several hundred", 300, 999),
        ("a few hundred people", "a few hundred", 200, 499),
        ("thousands of people", "thousands", 2000, 9999),
        ("thousands fled", "thousands", 2000, 9999),
        ("several thousand people", "several thousand", 3000, 9999),
        ("a few thousand people", "a few thousand", 2000, 4999),
        ("tens of thousands of people", "tens of thousands", 20000, 99999),
        ("hundreds of thousands of people", "hundreds of thousands", 200000, 999999),
        ("tens of millions of people", "tens of millions", 20_000_000, 99_999_999),
        ("millions of people", "millions", 2_000_000, 999_999_999),
        ("a handful of protesters", "a handful", 3, 6),
        ("several people", "several", 3, 9),
        ("Several Palestinians were killed", "Several", 3, 9),
        ("several soldiers", "several", 3, 9),
        ("several hundred thousand people", "several hundred thousand", 300000, 999999),
    ],
)
def test_vague(text, phrase, low, high):
    assert _only(text) == (phrase, low, high, None, "vague", None)


@pytest.mark.parametrize(
    "text",
    ["several of them", "several", "test scores rose", "tens", "a few", "the score"],
)
def test_vague_needs_context(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hundreds of kilometres", ("hundreds", 200, 999, None, "vague", "km")),
        ("thousands of dollars", ("thousands", 2000, 9999, None, "vague", "currency")),
        ("several days", ("several", 3, 9, None, "vague", "day")),
    ],
)
def test_vague_with_unit(text, expected):
    assert _only(text) == expected


# ---------------------------------------------------------------------------
# Units


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        ("400 kilometres away", "400 kilometres", 400, "km"),
        ("400 km away", "400 km", 400, "km"),
        ("a 400-kilometre border", "400-kilometre", 400, "km"),
        ("25km away", "25km", 25, "km"),
        ("250 miles", "250 miles", 250, "mile"),
        ("300 metres high", "300 metres", 300, "m"),
        ("20% of voters", "20%", 20, "percent"),
        ("20 per cent of voters", "20 per cent", 20, "percent"),
        ("20 percent of voters", "20 percent", 20, "percent"),
        ("2.5%", "2.5%", 2.5, "percent"),
        ("$5 million in aid", "$5 million", 5e6, "currency"),
        ("€3m in aid", "€3m", 3e6, "currency"),
        ("£3.5m", "£3.5m", 3.5e6, "currency"),
        ("$5bn", "$5bn", 5e9, "currency"),
        ("US$5 million", "US$5 million", 5e6, "currency"),
        ("USD 5 million", "USD 5 million", 5e6, "currency"),
        ("Rs. 500", "Rs. 500", 500, "currency"),
        ("5 million dollars", "5 million dollars", 5e6, "currency"),
        ("5 kg of explosives", "5 kg", 5, "kg"),
        ("12 tonnes", "12 tonnes", 12, "tonne"),
        ("48 hours later", "48 hours", 48, "hour"),
        ("24h", "24h", 24, "hour"),
        ("30 seconds", "30 seconds", 30, "second"),
        ("the 40-minute drive", "40-minute", 40, "minute"),
        ("three days later", "three days", 3, "day"),
        ("a three-day truce", "three-day", 3, "day"),
        ("two weeks later", "two weeks", 2, "week"),
        ("five months", "five months", 5, "month"),
        ("2 decades", "2 decades", 2, "decade"),
        ("2000 years ago", "2000 years", 2000, "year"),
        ("aged 25", "aged 25", 25, "age"),
        ("at the age of 25", "age of 25", 25, "age"),
        ("a 25-year-old man", "25-year-old", 25, "age"),
        ("a five-year-old", "five-year-old", 5, "age"),
        ("a six-month-old baby", "six-month-old", 6, "age"),
        ("he was 25 years old", "25 years old", 25, "age"),
        ("100 acres", "100 acres", 100, "acre"),
        ("5,000 hectares", "5,000 hectares", 5000, "hectare"),
    ],
)
def test_units(text, phrase, value, unit):
    assert _only(text) == (phrase, value, value, value, "exact", unit)


def test_unit_with_qualifier():
    assert _only("more than 400 km") == ("more than 400 km", 401, INF, 400, "lower", "km")
    assert _only("about $5 million") == (
        "about $5 million",
        4.5e6,
        5.5e6,
        5e6,
        "approx",
        "currency",
    )
    assert _only("30-odd years") == ("30-odd years", 27, 33, 30, "approx", "year")


def test_spaced_m_is_not_metres():
    assert _only("5 m") == ("5", 5, 5, 5, "exact", None)


# ---------------------------------------------------------------------------
# Things that are not counts


@pytest.mark.parametrize(
    "text",
    [
        "in 2014",
        "since 2014",
        "2022",
        "March 2022",
        "the 2019 attack",
        "the 2019 protesters",
        "By 2030 the city will grow.",
        "about 2000",
        "up to 2000",
    ],
)
def test_years_are_skipped(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,014 people", ("2,014", 2014, 2014, 2014, "exact", None)),
        ("1,900 people", ("1,900", 1900, 1900, 1900, "exact", None)),
        ("1900 people", ("1900", 1900, 1900, 1900, "exact", None)),
        ("2000 protesters", ("2000", 2000, 2000, 2000, "exact", None)),
        ("1900 Palestinian civilians", ("1900", 1900, 1900, 1900, "exact", None)),
        ("more than 2000 were killed", ("more than 2000", 2001, INF, 2000, "lower", None)),
        ("up to 2000 people", ("up to 2000", 0, 2000, 2000, "upper", None)),
        ("around 2,000", ("around 2,000", 1800, 2200, 2000, "approx", None)),
    ],
)
def test_year_like_counts(text, expected):
    assert _only(text) == expected


def test_year_next_to_count():
    assert _found("In 2014, 300 people died.") == [("300", 300, 300, 300, "exact", None)]
    assert _found("in 2014 300 people died") == [("300", 300, 300, 300, "exact", None)]


@pytest.mark.parametrize(
    "text",
    [
        "March 23",
        "on March 23, 2022",
        "23 March",
        "April 1",
        "from March 23 to 31",
        "March 23-25",
        "23-25 March",
        "23 and 24 March",
        "between 23 and 25 March",
        "on the 23rd",
        "1 April 2022",
        "on May 5 the army",
        "the 12th of May",
        "between Sept. 20 and Dec. 31",
        "on Jan. 5 the army",
    ],
)
def test_dates_are_skipped(text):
    assert _found(text) == []


def test_date_does_not_hide_count():
    assert _found("The toll rose to 70 from 50, officials said on 3 April.") == [
        ("70", 70, 70, 70, "exact", None),
        ("50", 50, 50, 50, "exact", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "10 a.m.",
        "at 10 a.m. on Monday",
        "10 am",
        "10am",
        "10 pm",
        "10 p.m. local",
        "10:30",
        "14:00 GMT",
        "1400 GMT",
        "at 3pm",
        "at 9 local time",
        "at 10 o'clock",
        "at ten o'clock",
    ],
)
def test_clock_times_are_skipped(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    ["23rd", "the first attack", "the second day", "the 12th", "twenty-first", "the 1990s"],
)
def test_ordinals_are_skipped(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Resolution 2719",
        "UN Security Council Resolution 2334",
        "Flight MH17",
        "Flight 370",
        "Route 66",
        "Highway 1",
        "No. 5",
        "No.5",
        "#5",
        "G7",
        "the G20 summit",
        "Covid-19",
        "F-16",
        "F-16s",
        "Su-25",
        "A320",
        "COP26",
        "article 5",
        "Article 5 of NATO",
        "Article Five",
        "the Boeing 737 jet",
        "Unit 731",
        "World War Two",
        "the 5G network",
        "3D",
        "24/7",
        "9/11 attacks",
        "3.5.2022",
        "+44 20 7946 0958",
        "4 000",
        "call 07700 900 123",
    ],
)
def test_identifiers_are_skipped(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no one was killed", []),
        ("No one was killed", []),
        ("they killed one another", []),
        ("at one point", []),
        ("one by one", []),
        ("the one who", []),
        ("each one", []),
        ("some one said", []),
        ("a one-off payment", []),
        ("one-third of voters", []),
        ("two-thirds of voters", []),
        ("the two-state solution", []),
        ("one soldier died", [("one", 1, 1, 1, "exact", None)]),
        ("one day later", [("one day", 1, 1, 1, "exact", "day")]),
    ],
)
def test_one_and_compounds(text, expected):
    assert _found(text) == expected


# ---------------------------------------------------------------------------
# Whole sentences


def test_sentence_with_several_quantities():
    text = (
        "The strike killed 203 fighters and at least 70 civilians on March 23, "
        "while hundreds of people fled about 40 km north in 2014."
    )
    assert _found(text) == [
        ("203", 203, 203, 203, "exact", None),
        ("at least 70", 70, INF, 70, "lower", None),
        ("hundreds", 200, 999, None, "vague", None),
        ("about 40 km", 36, 44, 40, "approx", "km"),
    ]


def test_news_paragraph():
    text = (
        "Between 20 and 30 people, including a dozen children, died when an F-16 hit "
        "a school at 10:30 a.m. on 23 March. Nearly 1.5 million people have been "
        "displaced, and tens of thousands lack shelter, the UN said in Resolution 2719."
    )
    assert _found(text) == [
        ("Between 20 and 30", 20, 30, None, "span", None),
        ("a dozen", 12, 12, 12, "exact", None),
        ("Nearly 1.5 million", 1_350_000, 1_500_000, 1_500_000, "upper", None),
        ("tens of thousands", 20000, 99999, None, "vague", None),
    ]


def test_spans_point_into_input():
    text = "  About 4,000\u00a0people — some 300 of them children — fled 25km, officials said. "
    quantities = find_quantities(text)
    assert [q.text for q in quantities] == ["About 4,000", "some 300", "25km"]
    for q in quantities:
        assert text[q.start : q.end] == q.text


# ---------------------------------------------------------------------------
# Properties

_MESSY = [
    "",
    " ",
    "-",
    "$",
    "between",
    "from 5 to",
    "a",
    "half a",
    "200-",
    "-200",
    "twenty-",
    "and 200-",
    "1,2345 people",
    ".5",
    "5.",
    "0",
    "0.0",
    "9" * 400,
    "1" + ",000" * 30,
    "€€€ 5 $ $5 $$5",
    "3--4 5––6 7- -8",
    "over over over 5",
    "more than more than",
    "at least at least 3",
    "No. No. No.",
    "a a a a hundred hundred thousand thousand",
    "one one one one",
    "ninety-ninety-nine",
    "1.2.3.4.5",
    "10:30:45 12/12/2012 1-2-3-4",
    "hundreds of of of thousands",
    "tens of tens of thousands",
    "Ünïcödé 5 résumé ١٢٣ people ½ ⅔",
    "数字 5 人",
    "\n\t3\n\t people",
    '\'90s "70" (300) [4] {5}',
    "5% %5 5%%",
    "between $ and €",
    "aged aged 5",
    "2.3m-long 4k-strong 300+-plus",
    "US$ US$5 USD USD5",
    "23rd-24th 1st 2nd 3rd",
]


@pytest.mark.parametrize("text", _MESSY)
def test_messy_input_never_raises(text):
    quantities = find_quantities(text)
    assert isinstance(quantities, tuple)
    last_end = -1
    for q in quantities:
        assert isinstance(q, Quantity)
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end
        last_end = q.end
        assert q.low <= q.high
        assert q.kind in {"exact", "approx", "lower", "upper", "span", "vague"}


_CORPUS = [
    "The strike killed 203 fighters and at least 70 people, about 300 in total.",
    "Hundreds of civilians fled as some 4,000 troops moved in on March 23.",
    "Between 200 and 400 fighters were killed in 2014, according to Resolution 2719.",
    "The 1,200-strong force advanced 40 km in 48 hours; nearly 1.5 million were displaced.",
    "No one was hurt when the F-16 landed at 10:30 a.m. local time.",
    "Tens of thousands of protesters, 20% of them students, marched for three days.",
    "Officials said two hundred and three people, including a dozen children, died.",
    "More than 2000 people, aged 18 to 25, were detained; up to 300 or so were freed.",
]


@pytest.mark.parametrize("text", _CORPUS)
def test_sorted_and_non_overlapping(text):
    quantities = find_quantities(text)
    starts = [q.start for q in quantities]
    assert starts == sorted(starts)
    for before, after in zip(quantities, quantities[1:], strict=False):
        assert before.end <= after.start


def test_deterministic():
    text = " ".join(_CORPUS)
    first = find_quantities(text)
    for _ in range(3):
        assert find_quantities(text) == first
    # each sentence on its own gives the same figures (no state carried between calls)
    alone = [q.text for s in _CORPUS for q in find_quantities(s)]
    assert [q.text for q in first] == alone


def test_result_types():
    (q,) = find_quantities("at least 70 people")
    assert isinstance(q.low, float) and isinstance(q.high, float)
    assert isinstance(q.nominal, float)
    assert math.isinf(q.high)
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.low = 1.0  # type: ignore[misc]
    assert not hasattr(q, "__dict__")  # slots
    assert find_quantities("no numbers here at all") == ()


def test_many_sentences():
    # The speed is measured by benchmarks/run.py; here, 10,000 sentences each give their own figures
    # first, then the numbered suffix.
    sentences = [(s, f"{s} ({i})") for i, s in enumerate(_CORPUS * 1250)]
    assert len(sentences) == 10_000
    alone = {s: find_quantities(s) for s in _CORPUS}
    for s, numbered in sentences:
        assert find_quantities(numbered)[: len(alone[s])] == alone[s]


def _marzo(entries: dict) -> None:
    months = entries["dates"]["months"]
    entries["dates"]["months"] = {("marzo" if k == "march" else k): n for k, n in months.items()}


def test_the_words_are_those_of_the_language_in_force(register_language) -> None:  # type: ignore[no-untyped-def]
    # A language "xx": English with March renamed "marzo"; "23 Marzo" is then a date, not a count.
    register_language("xx", _marzo)
    assert _found("The talks ended on 23 Marzo.") == [("23", 23, 23, 23, "exact", None)]
    with lang.using("xx"):
        assert _found("The talks ended on 23 Marzo.") == []
        assert _found("The talks ended on 23 March.") == [("23", 23, 23, 23, "exact", None)]
    assert _found("The talks ended on 23 March.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("11\u202f300 people", 11300),
        ("48\u00a0000 confirmed dead", 48000),
        ("1\u2009250\u2009000 displaced", 1250000),
    ],
)
def test_thousands_grouped_by_a_thin_or_non_breaking_space(text: str, value: int) -> None:
    (q,) = find_quantities(text)
    assert q.low == q.high == value


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # A word that raises the first figure to the second makes one range of the two.
        ("en", "hundreds or even thousands of dead", ("hundreds or even thousands", 200, 9999)),
        ("en", "dozens, if not hundreds, of people", ("dozens, if not hundreds", 24, 999)),
        (
            "fr",
            "plusieurs centaines, voire quelques milliers de morts",
            ("plusieurs centaines, voire quelques milliers", 300, 4999),
        ),
        ("fr", "10 voire 12 morts", ("10 voire 12", 10, 12)),
        # "perhaps", "possibly", "peut-être" raise it too: "dozens, possibly hundreds" is not
        # "hundreds" (which 50 dead would contradict).
        ("en", "dozens, possibly hundreds, of people", ("dozens, possibly hundreds", 24, 999)),
        ("en", "hundreds, perhaps thousands, of dead", ("hundreds, perhaps thousands", 200, 9999)),
        ("en", "two or perhaps three bodies", ("two or perhaps three", 2, 3)),
        (
            "fr",
            "des dizaines, peut-être des centaines de morts",
            ("dizaines, peut-être des centaines", 20, 999),
        ),
    ],
)
def test_a_figure_raised_to_another_is_one_range(code: str, text: str, expected: tuple) -> None:
    with lang.using(code):
        row = _only(text)
    assert (row[0], row[1], row[2], row[4]) == (*expected, "span")


def test_a_figure_raised_to_a_lower_one_or_a_measure_stays_apart() -> None:
    with lang.using("fr"):
        assert len(_found("40 voire 12 morts")) == 2
    assert len(_found("50 km, or even 80 km")) == 2
    assert len(_found("40 people, perhaps 12 of them children")) == 2
    with lang.using("fr"):
        assert len(_found("40 morts, peut-être 12 enfants")) == 2


@pytest.mark.parametrize(
    ("code", "text", "value"),
    [
        # The article before "half": "a half-dozen", "une demi-douzaine", "un demi-million".
        ("en", "a half-dozen people", 6),
        ("fr", "une demi-douzaine de morts", 6),
        ("fr", "un demi-million de manifestants", 500000),
    ],
)
def test_an_article_then_half_then_a_scale(code: str, text: str, value: int) -> None:
    with lang.using(code):
        row = _only(text)
    assert (row[1], row[2]) == (value, value)


def test_the_half_of_one_and_a_half_is_not_a_figure_of_its_own() -> None:
    assert [row[1] for row in _found("one and a half million people")] != [500000]
