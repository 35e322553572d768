"""Time-expression parser of the extract stage: finds dates and periods in English news text
("on Tuesday", "from March 23 to 31", "last year", "since 2014", "2022-03-23") and resolves
each one to an inclusive date interval, using the report's own date as the anchor for
relative and year-less expressions, so that accounts of one event can be compared in time.
Pure standard library, deterministic, precompiled regular expressions; never raises."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["TimeExpr", "find_times"]

_Date = datetime.date
_Result = tuple[_Date, _Date, str] | None
_Handler = Callable[[re.Match[str], str, "_Date | None"], _Result]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """One time expression: its span in the input and the inclusive interval it denotes."""

    start: int
    end: int
    text: str
    low: datetime.date
    high: datetime.date
    kind: str


# --------------------------------------------------------------------------- vocabulary

_MONTH_NUM = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAY_NUM = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30,
}  # fmt: skip
# Nouns that make a four-digit number a count ("2014 people"), or a clock time ("1800 GMT").
_COUNT_NOUNS = frozenset(
    """people persons men women children kids civilians soldiers troops fighters militants
    rebels police policemen officers protesters demonstrators migrants refugees residents
    victims deaths dead casualties injured wounded killed arrested detained cases votes
    voters households homes houses families km kilometres kilometers miles metres meters
    feet ft tons tonnes barrels dollars euros pounds yuan rubles roubles francs rupees
    hectares acres units vehicles cars tanks aircraft planes drones missiles rockets shells
    shots rounds hours hrs gmt utc bst cet est edt pst jobs workers employees staff
    students patients doctors flights passengers""".split()
)
# Words ending in "s" that are not plural nouns, for the "bare year before a plural" guard.
_NOT_PLURAL = frozenset(
    """this was has its his hers ours yours theirs thus always across perhaps unless
    whereas towards afterwards besides news series species sometimes nevertheless
    nonetheless""".split()
)
# Words after which a lowercase "may"/"march" followed by a number is a date, not a verb.
_DATE_CUES = frozenset(
    """on in since from between until till by of early late mid before after during
    throughout""".split()
)
_FUZZY_COUNTS = {"few": (2, 5), "several": (3, 7), "couple": (2, 3)}

# --------------------------------------------------------------------------- regex pieces

# No word character, currency or digit-with-separator just before: keeps "$2014", "1,2014",
# "3.2014" and "x2014" from being read as years or days.
_LB = r"(?<![\w$€£#])(?<!\d[.,/:-])"
# A number ends here: not followed by a letter/digit ("10am", "2014s") or a decimal/thousands
# continuation ("25,000", "20.5").
_NUM_END = r"(?!\w)(?![.,]\d)"
_MON = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?"
    r"|jul(?:y|\.)?|aug(?:ust|\.)?|sep(?:tember|t\.|t|\.)?|oct(?:ober|\.)?"
    r"|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![a-z])"
_NUM = (
    r"\d{1,3}|a\s+few|a\s+couple(?:\s+of)?|couple\s+of|few|several|an?|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
)
_MOD = (
    r"(?:(?:the\s+)?(?P<mod>beginning|start|middle|end)\s+of\s+"
    r"|(?P<mod2>early|mid|late)(?:\s+|\s*-\s*))"
)
_CONJ = r"(?:\s*[-\u2013\u2014]\s*|\s+(?P<conj>to|through|thru|until|till|and)\s+)"


def _mon(name: str) -> str:
    return rf"(?P<{name}>{_MON})(?![a-z])"


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?{_NUM_END}"


def _year(name: str) -> str:
    return rf"(?P<{name}>1[89]\d\d|20\d\d|2100){_NUM_END}(?!\s*(?:%|per\s*cent))"


def _opt_year(name: str) -> str:
    return rf"(?:,?\s+{_year(name)})?"


_PREP_DAY = r"(?:(?P<prep>on|since)\s+)?"
_PREP_RANGE = r"(?:(?P<prep>from|between)\s+)?"
_PREP_PERIOD = r"(?:(?P<prep>in|since|during|throughout)\s+)?"
_WD_PREFIX = rf"(?:(?P<wdp>{_WD}),?\s+)?"

# --------------------------------------------------------------------------- date helpers


def _days(d: _Date, n: int) -> _Date:
    return d + datetime.timedelta(days=n)


def _month_span(y: int, m: int) -> tuple[_Date, _Date]:
    return _Date(y, m, 1), _Date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _shift_months(d: _Date, k: int) -> _Date:
    """Same day k months earlier/later, clamped to the month's length."""
    y, m = _add_months(d.year, d.month, k)
    return _Date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _year_span(y: int) -> tuple[_Date, _Date]:
    return _Date(y, 1, 1), _Date(y, 12, 31)


def _week_span(ref: _Date, k: int = 0) -> tuple[_Date, _Date]:
    monday = _days(ref, 7 * k - ref.weekday())
    return monday, _days(monday, 6)


def _part(low: _Date, high: _Date, idx: int, unit: str) -> tuple[_Date, _Date]:
    """The first, middle or last third of a period (early/mid/late)."""
    if unit == "year":
        return _Date(low.year, 1 + 4 * idx, 1), _month_span(low.year, 4 + 4 * idx)[1]
    if unit == "month":  # days 1-10, 11-20, 21 to the end, whatever the month's length
        return low.replace(day=1 + 10 * idx), high if idx == 2 else low.replace(day=10 + 10 * idx)
    n = (high - low).days + 1
    cuts = (0, n // 3, 2 * n // 3, n)
    return _days(low, cuts[idx]), _days(low, cuts[idx + 1] - 1)


def _mod_index(m: re.Match[str]) -> int | None:
    g = m.groupdict()
    word = (g.get("mod") or g.get("mod2") or "").lower()
    if not word:
        return None
    return 0 if word in ("beginning", "start", "early") else 1 if word in ("middle", "mid") else 2


def _infer_day(month: int, day: int, ref: _Date) -> _Date | None:
    """Latest year putting month/day no more than 31 days after the reference."""
    limit = _days(ref, 31)
    for y in range(ref.year + 1, ref.year - 5, -1):  # a few years back for February 29
        try:
            d = _Date(y, month, day)
        except ValueError:
            continue
        if d <= limit:
            return d
    return None


def _infer_month_year(month: int, ref: _Date) -> int:
    """Year of the latest such month starting on or before the reference."""
    return ref.year if month <= ref.month else ref.year - 1


def _finish(m: re.Match[str], low: _Date, high: _Date, kind: str, ref: _Date | None) -> _Result:
    """Apply a leading "since": from the start of the expression up to the reference."""
    if (m.groupdict().get("prep") or "").lower() != "since":
        return low, high, kind
    if ref is None:
        return low, max(high, _Date(low.year, 12, 31)), "since"
    return low, ref if ref >= low else high, "since"


def _month_of(token: str | None) -> int | None:
    if not token:
        return None
    return _MONTH_NUM.get(token.lower().rstrip("."))


def _lower_verb(token: str | None) -> bool:
    """A lowercase "may"/"march" is far more often a verb than a month."""
    return token in ("may", "march")


_PREV_WORD = re.compile(r"(\w+)[\s-]*$")


def _cued(text: str, pos: int) -> bool:
    """True if the word before ``pos`` announces a date ("on", "since", a day number...)."""
    pw = _PREV_WORD.search(text, max(0, pos - 24), pos)
    return bool(pw) and (pw.group(1).lower() in _DATE_CUES or pw.group(1)[0].isdigit())


def _count(word: str) -> tuple[int, int] | None:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w), int(w)
    for key, span in _FUZZY_COUNTS.items():
        if key in w:
            return span
    n = _COUNT_WORDS.get(w)
    return None if n is None else (n, n)


# --------------------------------------------------------------------------- guards for years

_NEXT_WORD = re.compile(r"\s*-?\s*([A-Za-z]+)")
_QUANTITY_BEFORE = re.compile(
    r"(?:\b(?:at\s+(?:least|most)|about|around|almost|nearly|approximately|roughly|some"
    r"|over|under|than|up\s+to|only|just|total(?:ing|ling)?|at|no|number|page|route|flight"
    r"|room|resolution|article|section|code|model|version|rs|usd|eur|gbp)|[#№$€£])\s*$",
    re.IGNORECASE,
)


def _year_looks_like_count(text: str, start: int, end: int) -> bool:
    """A bare four-digit number that is a quantity, a count or a clock time, not a year."""
    if _QUANTITY_BEFORE.search(text, max(0, start - 25), start):
        return True
    nxt = _NEXT_WORD.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    low = word.lower()
    if low in _COUNT_NOUNS:
        return True
    if not word.islower() or len(word) <= 3 or not low.endswith("s") or low in _NOT_PLURAL:
        return False
    if low.endswith(("ss", "us", "is")):
        return False
    prev = _PREV_WORD.search(text, max(0, start - 12), start)
    # "the 2022 elections" is a year used as an adjective; "2014 soldiers" is a count.
    return not (prev and prev.group(1).lower() == "the")


# --------------------------------------------------------------------------- handlers


def _h_iso(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    d = _Date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return _finish(m, d, d, "day", ref)


def _h_slash(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 >= b or a == b:  # day first: 23/03/2022
        day, month = a, b
    elif b > 12 >= a:  # month first: 03/23/2022
        day, month = b, a
    else:  # 03/04/2022: March 4 or April 3, nobody can tell
        return None
    d = _Date(y, month, day)
    return _finish(m, d, d, "day", ref)


def _h_day(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    month, day, year = _month_of(m["m"]), int(m["d"]), m["y"]
    if month is None or day < 1:
        return None
    if year is None and _lower_verb(m["m"]) and not _cued(text, m.start("m")):
        return None  # "protesters march 5 kilometres"
    if year is not None:
        d = _Date(int(year), month, day)
    elif ref is None:
        return None
    else:
        d = _infer_day(month, day, ref)
        if d is None:
            return None
    return _finish(m, d, d, "day", ref)


def _range_years(
    md1: tuple[int, int], y1: int | None, md2: tuple[int, int], y2: int | None, ref: _Date | None
) -> tuple[int, int] | None:
    if y1 is None and y2 is None:
        if ref is None:
            return None
        start = _infer_day(md1[0], md1[1], ref)
        if start is None:
            return None
        y1 = start.year
    if y1 is None:
        assert y2 is not None
        y1 = y2 if md1 <= md2 else y2 - 1
    if y2 is None:
        y2 = y1 if md2 >= md1 else y1 + 1
    return y1, y2


def _range_ok(m: re.Match[str]) -> bool:
    prep = (m.groupdict().get("prep") or "").lower()
    conj = (m.groupdict().get("conj") or "").lower()
    if conj == "and" and prep != "between":
        return False  # "March 23 and 24" lists two days; only "between ... and" is a range
    if m.groupdict().get("y1") or m.groupdict().get("y2") or prep:
        return True
    return not any(_lower_verb(m.groupdict().get(g)) for g in ("m1", "m2"))


def _h_range_days(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if not _range_ok(m):
        return None
    m1, m2 = _month_of(m["m1"]), _month_of(m["m2"])
    month1, month2 = m1 or m2, m2 or m1
    if month1 is None or month2 is None:
        return None
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d1 < 1 or d2 < 1 or ((m1 is None or m2 is None) and d2 <= d1):
        return None  # "March 31 to 2" with one month named is not a range
    y1 = int(m["y1"]) if m["y1"] else None
    y2 = int(m["y2"]) if m["y2"] else None
    years = _range_years((month1, d1), y1, (month2, d2), y2, ref)
    if years is None:
        return None
    low, high = _Date(years[0], month1, d1), _Date(years[1], month2, d2)
    return (low, high, "range") if low < high else None


def _h_range_months(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if not _range_ok(m):
        return None
    month1, month2 = _month_of(m["m1"]), _month_of(m["m2"])
    if month1 is None or month2 is None or month1 == month2:
        return None
    y1 = int(m["y1"]) if m["y1"] else None
    y2 = int(m["y2"]) if m["y2"] else None
    if y1 is None and y2 is None:
        if ref is None:
            return None
        y1 = _infer_month_year(month1, ref)
    years = _range_years((month1, 1), y1, (month2, 1), y2, ref)
    if years is None:
        return None
    low, high = _month_span(years[0], month1)[0], _month_span(years[1], month2)[1]
    return (low, high, "range") if low < high else None


def _h_range_years(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    conj = (m["conj"] or "").lower()
    if conj == "and" and (m["prep"] or "").lower() != "between":
        return None
    y1 = int(m["y1"])
    if m["y2"]:
        y2 = int(m["y2"])
    elif conj:  # "2014 to 15" is not a range; only "2014-15" abbreviates the second year
        return None
    else:
        y2 = y1 // 100 * 100 + int(m["y2s"])
    if y2 <= y1:
        return None
    if not m["prep"] and _year_looks_like_count(text, m.start(), m.end()):
        return None
    return _Date(y1, 1, 1), _Date(y2, 12, 31), "range"


def _h_month(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    month = _month_of(m["m"])
    if month is None:
        return None
    prep, rel, year = m["prep"], (m["rel"] or "").lower(), m["y"]
    mod = _mod_index(m)
    if year is None:
        # A month alone is a date only when introduced ("in March", "last March").
        if not (prep or rel or mod is not None):
            return None
        if _lower_verb(m["m"]) and not prep:
            return None  # "this may be", "troops march"
        if ref is None:
            return None
        if rel == "last":
            y = ref.year if month < ref.month else ref.year - 1
        elif rel == "next":
            y = ref.year if month > ref.month else ref.year + 1
        elif rel == "this":
            y = ref.year
        else:
            y = _infer_month_year(month, ref)
    else:
        y = int(year)
    low, high = _month_span(y, month)
    if mod is not None:
        low, high = _part(low, high, mod, "month")
    return _finish(m, low, high, "month", ref)


def _h_year(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if not m["prep"] and _mod_index(m) is None:
        if _year_looks_like_count(text, m.start("y"), m.end("y")):
            return None
    low, high = _year_span(int(m["y"]))
    mod = _mod_index(m)
    if mod is not None:
        low, high = _part(low, high, mod, "year")
    return _finish(m, low, high, "year", ref)


def _h_decade(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    first = int(m["dec"])
    a, b = {None: (0, 9), 0: (0, 3), 1: (3, 6), 2: (6, 9)}[_mod_index(m)]
    return _finish(m, _Date(first + a, 1, 1), _Date(first + b, 12, 31), "range", ref)


def _season_span(season: str, label: int) -> tuple[_Date, _Date]:
    if season == "winter":  # the winter containing January of `label`
        return _Date(label - 1, 12, 1), _month_span(label, 2)[1]
    first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}[season]
    return _Date(label, first, 1), _month_span(label, first + 2)[1]


def _h_season(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    season, rel, prep = m["season"].lower(), (m["rel"] or "").lower(), m["prep"]
    if m["y"]:
        low, high = _season_span(season, int(m["y"]))
        return _finish(m, low, high, "season", ref)
    if not prep and rel in ("", "the"):
        return None  # "a summer heatwave", "the fall of the city"
    if ref is None:
        return None
    labels = range(ref.year + 2, ref.year - 3, -1)  # newest first
    spans = [_season_span(season, y) for y in labels]
    if rel == "last":
        low, high = next(s for s in spans if s[1] < ref)
    elif rel == "next":
        low, high = [s for s in spans if s[0] > ref][-1]
    elif rel == "this":
        label = ref.year + 1 if season == "winter" and ref.month == 12 else ref.year
        low, high = _season_span(season, label)
    else:
        low, high = next(s for s in spans if s[0] <= ref)
    return _finish(m, low, high, "season", ref)


def _h_weekday(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if ref is None:
        return None
    wd = _WEEKDAY_NUM[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    if rel == "next":
        d = _days(ref, (wd - ref.weekday()) % 7 or 7)
    else:
        back = (ref.weekday() - wd) % 7
        d = _days(ref, -(back or 7) if rel == "last" else -back)
    pre = (m["pre"] or "").lower()
    if pre == "since":
        return d, max(d, ref), "since"
    return d, d, "weekday"


def _h_today(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    return None if ref is None else _finish(m, ref, ref, "relative", ref)


def _h_yesterday(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if ref is None:
        return None
    if m["before"]:
        low = high = _days(ref, -2)
    elif m["night"]:
        low, high = _days(ref, -1), ref
    else:
        low = high = _days(ref, -1)
    return _finish(m, low, high, "relative", ref)


def _h_tomorrow(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    return None if ref is None else (_days(ref, 1), _days(ref, 1), "relative")


def _h_overnight(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    return None if ref is None else (_days(ref, -1), ref, "relative")


def _h_weekend(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if ref is None:
        return None
    rel = " ".join(m["rel"].lower().split())
    saturday = _days(ref, -((ref.weekday() - 5) % 7))  # most recent Saturday, maybe today
    in_weekend = ref.weekday() >= 5
    if rel == "last" and in_weekend:
        saturday = _days(saturday, -7)
    elif rel in ("this", "next") and not in_weekend:
        saturday = _days(saturday, 7)  # the coming weekend
    elif rel == "next":
        saturday = _days(saturday, 7)
    return _finish(m, saturday, _days(saturday, 1), "relative", ref)


def _calendar_span(unit: str, ref: _Date, k: int) -> tuple[_Date, _Date]:
    if unit == "week":
        return _week_span(ref, k)
    if unit == "month":
        return _month_span(*_add_months(ref.year, ref.month, k))
    return _year_span(ref.year + k)


def _h_calendar(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if ref is None:
        return None
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    if rel in ("last", "previous", "the previous"):
        low, high = _calendar_span(unit, ref, -1)
    elif rel == "next":
        low, high = _calendar_span(unit, ref, 1)
    else:
        low, high = _calendar_span(unit, ref, 0)
        if rel in ("earlier this", "so far this"):
            high = ref
        elif rel == "later this":
            low = ref
    return _finish(m, low, high, "relative", ref)


def _h_ago(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if ref is None:
        return None
    counts = _count(m["n"])
    if counts is None:
        return None
    few, many = counts
    unit = m["unit"].lower()
    if unit in ("day", "week"):
        step = 1 if unit == "day" else 7
        return _days(ref, -step * many), _days(ref, -step * few), "relative"
    if unit == "month":
        low = _month_span(*_add_months(ref.year, ref.month, -many))[0]
        return low, _month_span(*_add_months(ref.year, ref.month, -few))[1], "relative"
    return _Date(ref.year - many, 1, 1), _Date(ref.year - few, 12, 31), "relative"


def _h_past(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if ref is None:
        return None
    pl = m["pl"].lower()
    if m["n"] is None and (pl == "previous" or (pl == "last" and not m["the"])):
        return None  # "last week", "the previous week": calendar periods, not windows
    counts = _count(m["n"]) if m["n"] else (1, 1)
    if counts is None:
        return None
    n = counts[1]
    unit = m["unit"].lower()
    if unit == "hour":
        low = _days(ref, -max(1, -(-n // 24)))
    elif unit in ("day", "week"):
        low = _days(ref, -n * (1 if unit == "day" else 7))
    elif unit == "month":
        low = _shift_months(ref, -n)
    else:
        low = _shift_months(ref, -12 * n)
    return low, ref, "relative"


def _h_recent(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if ref is None:
        return None
    unit = m["unit"].lower()
    if unit == "years":
        return _shift_months(ref, -36), ref, "relative"
    return _days(ref, -{"days": 7, "weeks": 28, "months": 90}[unit]), ref, "relative"


def _h_boundary(m: re.Match[str], text: str, ref: _Date | None) -> _Result:
    if ref is None:
        return None
    rel, unit = m["rel"].lower(), m["unit"].lower()
    k = {"last": -1, "next": 1}.get(rel, 0)
    low, high = _calendar_span(unit, ref, k)
    idx = _mod_index(m)
    assert idx is not None
    low, high = _part(low, high, idx, unit)
    return _finish(m, low, high, "relative", ref)


# --------------------------------------------------------------------------- pattern table

_I = re.IGNORECASE
# Cheap substring prefilters: a pattern runs only if the lowercased text contains at least one
# word of each of its groups, which skips most of the regex scans on a typical sentence.
_DIGIT = tuple("0123456789")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_UNITS = ("week", "month", "year", "hour")

_RX_ISO = rf"{_LB}{_PREP_DAY}(?P<y>\d{{4}})-(?P<mo>\d\d)-(?P<d>\d\d)(?!\d)(?!-\d)"
_RX_SLASH = rf"{_LB}{_PREP_DAY}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}})(?![\d/])"
_RX_RANGE_MDY = (
    rf"{_LB}{_PREP_RANGE}{_mon('m1')}\s+{_day('d1')}{_opt_year('y1')}{_CONJ}"
    rf"(?:{_mon('m2')}\s+)?{_day('d2')}{_opt_year('y2')}"
)
_RX_RANGE_DMY = (
    rf"{_LB}{_PREP_RANGE}(?:the\s+)?{_day('d1')}"
    rf"(?:\s+(?:of\s+)?{_mon('m1')}{_opt_year('y1')})?{_CONJ}"
    rf"(?:the\s+)?{_day('d2')}\s+(?:of\s+)?{_mon('m2')}{_opt_year('y2')}"
)
# The second month must not be followed by a day: "from March to April 2" is not a month range.
_RX_RANGE_MONTHS = (
    rf"{_LB}{_PREP_RANGE}{_mon('m1')}{_opt_year('y1')}{_CONJ}{_mon('m2')}"
    rf"(?:,?\s+{_year('y2')}|(?!\s*\d))"
)
_RX_RANGE_YEARS = rf"{_LB}{_PREP_RANGE}{_year('y1')}{_CONJ}(?:{_year('y2')}|(?P<y2s>\d\d){_NUM_END})"
_RX_DAY_MDY = rf"{_LB}{_PREP_DAY}{_WD_PREFIX}{_mon('m')}\s+(?:the\s+)?{_day('d')}{_opt_year('y')}"
_RX_DAY_DMY = rf"{_LB}{_PREP_DAY}{_WD_PREFIX}(?:the\s+)?{_day('d')}\s+(?:of\s+)?{_mon('m')}{_opt_year('y')}"
# A month followed by a day number is left to the day patterns ("in March 5 people died" is
# ambiguous; the date reading is the more useful one).
_RX_MONTH = (
    rf"{_LB}{_PREP_PERIOD}(?:{_MOD})?(?:(?P<rel>last|this|next)\s+)?{_mon('m')}"
    rf"(?:(?:,\s*|\s+)(?:of\s+)?{_year('y')}|(?!\s+[0-3]?\d(?:st|nd|rd|th)?(?!\w)))"
)
# Not the head of a numeric date ("2022-02-30", "2022/23") that the date patterns rejected.
_RX_YEAR = rf"{_LB}{_PREP_PERIOD}(?:{_MOD})?{_year('y')}(?![-/]\d)"
_RX_DECADE = (
    rf"{_LB}{_PREP_PERIOD}the\s+(?:(?P<mod2>early|mid|late)(?:\s+|\s*-\s*))?"
    rf"(?P<dec>1[89]\d0|20\d0)'?s(?!\w)"
)
_RX_SEASON = (
    rf"{_LB}(?:(?P<prep>in|since|during|throughout|over|through)\s+)?"
    rf"(?:(?P<rel>last|this|next|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?![a-z])"
    rf"(?:(?:\s+of)?\s+{_year('y')})?"
)
_RX_WEEKDAY = (
    rf"{_LB}(?:(?P<pre>(?:(?:early|late)\s+)?on|since|early|late)\s+)?"
    rf"(?:(?P<rel>last|this|next)\s+)?(?P<wd>{_WD})(?:\s+(?:morning|afternoon|evening|night))?"
)
_RX_TODAY = (
    rf"{_LB}(?:(?P<prep>since)\s+)?"
    rf"(?:today|tonight|this\s+(?:morning|afternoon|evening)|(?:earlier|later)\s+today)(?![a-z])"
)
_RX_YESTERDAY = (
    rf"{_LB}(?:(?P<prep>since)\s+)?(?:(?P<before>(?:the\s+)?day\s+before\s+yesterday)"
    rf"|(?P<night>last\s+night)|yesterday(?:\s+(?:morning|afternoon|evening))?"
    rf"|the\s+(?:day\s+before|previous\s+day))(?![a-z])"
)
_RX_TOMORROW = rf"{_LB}tomorrow(?:\s+(?:morning|afternoon|evening|night))?(?![a-z])"
_RX_OVERNIGHT = rf"{_LB}overnight(?![a-z])"
_RX_WEEKEND = (
    rf"{_LB}(?:(?P<prep>over|at|on|during|throughout|since)\s+)?"
    rf"(?P<rel>this\s+past|last|this|next|the|past)\s+weekend(?![a-z])"
)
_RX_CALENDAR = (
    rf"{_LB}(?:(?P<prep>since|in|during|throughout|over)\s+)?"
    rf"(?P<rel>last|this|next|earlier\s+this|later\s+this|so\s+far\s+this|the\s+previous"
    rf"|previous|the\s+current)\s+(?P<unit>week|month|year)(?![a-z])"
)
_RX_AGO = rf"{_LB}(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+ago(?![a-z])"
_RX_PAST = (
    rf"{_LB}(?:(?P<prep>in|over|during|within|for|throughout)\s+)?(?P<the>the\s+)?"
    rf"(?P<pl>past|last|previous)\s+(?:(?P<n>{_NUM})\s+)?"
    rf"(?P<unit>hour|day|week|month|year)s?(?![a-z])"
)
_RX_RECENT = rf"{_LB}(?:(?P<prep>in|over|during)\s+)?recent\s+(?P<unit>days|weeks|months|years)(?![a-z])"
_RX_BOUNDARY = (
    rf"{_LB}(?:(?P<prep>since|in|at)\s+)?(?:the\s+)?(?P<mod>beginning|start|middle|end)"
    rf"\s+of\s+(?P<rel>the|this|last|next)\s+(?P<unit>week|month|year)(?![a-z])"
)

_Needs = tuple[tuple[str, ...], ...]
# Order only breaks ties between equally long matches at the same position.
_PATTERNS: tuple[tuple[re.Pattern[str], _Handler, _Needs], ...] = tuple(
    (re.compile(rx, _I), handler, needs)
    for rx, handler, needs in (
        (_RX_ISO, _h_iso, (_DIGIT,)),
        (_RX_SLASH, _h_slash, (_DIGIT,)),
        (_RX_RANGE_MDY, _h_range_days, (_DIGIT, _MONTHS)),
        (_RX_RANGE_DMY, _h_range_days, (_DIGIT, _MONTHS)),
        (_RX_RANGE_MONTHS, _h_range_months, (_MONTHS,)),
        (_RX_RANGE_YEARS, _h_range_years, (_DIGIT,)),
        (_RX_DAY_MDY, _h_day, (_DIGIT, _MONTHS)),
        (_RX_DAY_DMY, _h_day, (_DIGIT, _MONTHS)),
        (_RX_MONTH, _h_month, (_MONTHS,)),
        (_RX_YEAR, _h_year, (_DIGIT,)),
        (_RX_DECADE, _h_decade, (_DIGIT,)),
        (_RX_SEASON, _h_season, (_SEASONS,)),
        (_RX_WEEKDAY, _h_weekday, (("day",),)),
        (_RX_TODAY, _h_today, (("today", "tonight", "this"),)),
        (_RX_YESTERDAY, _h_yesterday, (("day", "night"),)),
        (_RX_TOMORROW, _h_tomorrow, (("tomorrow",),)),
        (_RX_OVERNIGHT, _h_overnight, (("overnight",),)),
        (_RX_WEEKEND, _h_weekend, (("weekend",),)),
        (_RX_CALENDAR, _h_calendar, (_UNITS,)),
        (_RX_AGO, _h_ago, (("ago",),)),
        (_RX_PAST, _h_past, (_UNITS + ("day",),)),
        (_RX_RECENT, _h_recent, (("recent",),)),
        (_RX_BOUNDARY, _h_boundary, (_UNITS,)),
    )
)


def find_times(text: str, reference: datetime.date | None = None) -> tuple[TimeExpr, ...]:
    """Every time expression in the text, in order of position, non-overlapping (longest match
    wins). ``reference`` is the date of the report.

    Resolution conventions (all intervals are inclusive):

    * A day or range without a year takes the year that puts it no more than 31 days after the
      reference date (normally the reference year, the previous year when the date would lie in
      the future, the next year for "January 2" in a report dated December 28).
    * A bare month ("in March") is the latest such month starting on or before the reference.
    * "last week" / "this week" / "next week" are Monday-to-Sunday calendar weeks; "last week" is
      therefore the seven days ending the day before the week containing the reference.
      "the past week", "the last 3 days" and "in recent days" are rolling windows ending on the
      reference ("recent days" = 7 days, "recent weeks" = 28 days, "recent months" = 90 days).
    * "N days ago" / "N weeks ago" is the single day N days / 7N days before the reference;
      "N months ago" / "N years ago" is the whole calendar month / year; "a few" is 2 to 5,
      "several" 3 to 7, "a couple of" 2 to 3.
    * A weekday ("on Tuesday") is the most recent such day on or before the reference (news
      reports the past); "last Tuesday" is strictly before it, "next Tuesday" strictly after it.
    * "over the weekend" is the most recent Saturday-Sunday whose Saturday is on or before the
      reference ("this weekend" in a weekday report is the coming one); "overnight" and
      "last night" run from the day before the reference to the reference; "the day before"
      is the day before the reference (the event it is relative to is not known here).
    * "early / mid / late" and "the beginning / middle / end of" take a third of the period
      (days 1-10, 11-20, 21-end of a month; January-April, May-August, September-December).
    * Seasons are meteorological (northern hemisphere); "winter 2022" is December 2021 to
      February 2022.
    * "since X" runs from the start of X to the reference (to December 31 of X's year when there
      is no reference).
    * Numeric dates: ISO "2022-03-23" is read; "23/03/2022" and "03/23/2022" only when one of
      the first two numbers exceeds 12 or both are equal (otherwise it is skipped as ambiguous).
    * Without a reference date, anything that needs one (relative expressions, weekdays, dates
      without a year) is skipped rather than guessed.
    """
    if not isinstance(text, str) or not text:
        return ()
    ref = reference
    if isinstance(ref, datetime.datetime):
        ref = ref.date()
    elif not isinstance(ref, datetime.date):
        ref = None
    found: list[tuple[int, int, int, _Date, _Date, str]] = []
    lowered = text.lower()
    for order, (pattern, handler, needs) in enumerate(_PATTERNS):
        if not all(any(word in lowered for word in group) for group in needs):
            continue
        for m in pattern.finditer(text):
            try:
                res = handler(m, text, ref)
            except (ValueError, OverflowError, StopIteration, IndexError, KeyError):
                continue  # impossible dates ("February 30"), arithmetic past year 9999, ...
            if res is not None and res[0] <= res[1]:
                found.append((m.start(), m.end(), order, res[0], res[1], res[2]))
    # Longest first, then leftmost, then pattern order; keep what does not overlap.
    found.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    kept: list[tuple[int, int, int, _Date, _Date, str]] = []
    for cand in found:
        if all(cand[1] <= k[0] or k[1] <= cand[0] for k in kept):
            kept.append(cand)
    kept.sort()
    return tuple(TimeExpr(s, e, text[s:e], low, high, kind) for s, e, _, low, high, kind in kept)
