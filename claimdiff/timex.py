"""Time-expression parser of the extract stage: finds dates and periods in news text ("on
Tuesday", "le 27 mars", "from March 23 to 31", "last year", "since 2014", "2022-03-23") and resolves
each one to an inclusive date interval, using the report's own date as the anchor for
relative and year-less expressions, so that accounts of one event can be compared in time.
Its words and patterns are language data (data/lang/<code>/dates.yaml), those of the language in
force (``claimdiff.lang.active``), compiled once per language at first use; deterministic; never
raises."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimdiff.lang import Language, active, alternation

__all__ = ["TimeExpr", "find_times"]

_Date = datetime.date
_Result = tuple[_Date, _Date, str] | None
_Handler = Callable[[re.Match[str], str, "_Date | None", "_Vocab"], _Result]
# Prefilter of a pattern: it runs only if the lowercased text holds a word of each group, each
# group one pattern of its words (searched once per text however many patterns share it).
_Needs = tuple[re.Pattern[str], ...]


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
# The words and patterns live in data/lang/<code>/dates.yaml; the code keeps the date arithmetic.
# ``find_times`` reads the tables of the language in force, built once per language.


@dataclass(frozen=True, slots=True)
class _Vocab:
    """The tables and compiled patterns the handlers read, built from one language's data."""

    patterns: tuple[tuple[re.Pattern[str], _Handler, _Needs], ...]
    month_num: Mapping[str, int]
    weekday_num: Mapping[str, int]
    season_first: Mapping[str, int]
    relative: Mapping[str, int]
    calendar_relative: Mapping[str, list[Any]]
    rolling: Mapping[str, str]
    part: Mapping[str, int]
    unit: Mapping[str, str]
    since: frozenset[str]
    between: frozenset[str]
    list_joiners: frozenset[str]
    verb_months: frozenset[str]
    date_cues: frozenset[str]
    definite: frozenset[str]
    # Number words, one list with the quantity parser's: an article counts one ("a year ago").
    count_words: Mapping[str, int]
    fuzzy_counts: Mapping[str, list[int]]
    count_nouns: frozenset[str]
    not_plural: frozenset[str]
    plural_suffixes: tuple[str, ...]
    not_plural_suffixes: tuple[str, ...]
    recent: Mapping[str, list[Any]]
    quantity_before: re.Pattern[str]
    slash_orders: tuple[str, ...]  # how a numeric date orders day and month: day_month, month_day


def _build_vocab(lang: Language) -> _Vocab:
    def words(ref: str) -> frozenset[str]:
        return frozenset(lang.words(ref))

    def phrase_table(name: str) -> dict[str, Any]:
        """A table whose keys are regex fragments, keyed as the matched text reads once its runs
        of whitespace are single spaces ("earlier\\s+this" -> "earlier this")."""
        return {k.replace(r"\s+", " "): v for k, v in lang.table(f"dates.{name}").items()}

    month_num = {**lang.table("dates.months"), **lang.table("dates.month_abbreviations")}
    season_first = dict(lang.table("dates.seasons"))
    return _Vocab(
        patterns=_patterns(lang, month_num, season_first),
        month_num=month_num,
        weekday_num=dict(lang.table("dates.weekdays")),
        season_first=season_first,
        relative=dict(lang.table("dates.relative")),
        calendar_relative=phrase_table("calendar_relative"),
        rolling=dict(lang.table("dates.rolling")),
        part={**lang.table("dates.period_parts"), **lang.table("dates.part_prefixes")},
        unit=dict(lang.table("dates.units")),
        since=words("dates.since"),
        between=words("dates.between"),
        list_joiners=words("dates.list_joiners"),
        verb_months=words("dates.verb_months"),
        date_cues=words("dates.date_cues"),
        definite=words("dates.definite"),
        count_words={
            **dict.fromkeys(lang.words("numbers.articles"), 1),
            **lang.table("numbers.small"),
            **lang.table("numbers.tens"),
        },
        fuzzy_counts=dict(lang.table("dates.fuzzy_counts")),
        count_nouns=words("dates.year_count_nouns"),
        not_plural=words("dates.not_plural_after_year"),
        plural_suffixes=tuple(lang.words("numbers.plural_suffixes")),
        not_plural_suffixes=tuple(lang.words("numbers.not_plural_suffixes")),
        recent=dict(lang.table("dates.recent_reach")),
        quantity_before=lang.regex("dates.quantity_before", re.IGNORECASE),
        slash_orders=lang.words("dates.slash_orders"),
    )


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


def _mod_index(m: re.Match[str], v: _Vocab) -> int | None:
    g = m.groupdict()
    word = (g.get("mod") or g.get("mod2") or "").lower()
    return v.part[word] if word else None


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


def _finish(m: re.Match[str], low: _Date, high: _Date, kind: str, ref: _Date | None, v: _Vocab) -> _Result:
    """Apply a leading "since": from the start of the expression up to the reference."""
    if (m.groupdict().get("prep") or "").lower() not in v.since:
        return low, high, kind
    if ref is None:
        return low, max(high, _Date(low.year, 12, 31)), "since"
    return low, ref if ref >= low else high, "since"


def _g(m: re.Match[str], name: str) -> Any:
    """A group a pattern may write in two places: ``name`` before the word it qualifies and
    ``name2`` after it ("last week", "la semaine dernière"); the one after wins."""
    g = m.groupdict()
    return g.get(f"{name}2") or g.get(name)


def _month_of(token: str | None, v: _Vocab) -> int | None:
    if not token:
        return None
    return v.month_num.get(token.lower().rstrip("."))


def _lower_verb(token: str | None, v: _Vocab) -> bool:
    """A lowercase "may"/"march" is far more often a verb than a month."""
    return token in v.verb_months


_PREV_WORD = re.compile(r"(\w+)[\s-]*$")


def _cued(text: str, pos: int, v: _Vocab) -> bool:
    """True if the word before ``pos`` announces a date ("on", "since", a day number...)."""
    pw = _PREV_WORD.search(text, max(0, pos - 24), pos)
    return bool(pw) and (pw.group(1).lower() in v.date_cues or pw.group(1)[0].isdigit())


def _count(word: str, v: _Vocab) -> tuple[int, int] | None:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w), int(w)
    for key, (few, many) in v.fuzzy_counts.items():
        if key in w:
            return few, many
    n = v.count_words.get(w)
    return None if n is None else (n, n)


# --------------------------------------------------------------------------- guards for years

_NEXT_WORD = re.compile(r"\s*-?\s*([A-Za-z]+)")


def _year_looks_like_count(text: str, start: int, end: int, v: _Vocab) -> bool:
    """A bare four-digit number that is a quantity, a count or a clock time, not a year."""
    if v.quantity_before.search(text, max(0, start - 25), start):
        return True
    nxt = _NEXT_WORD.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    low = word.lower()
    if low in v.count_nouns:
        return True
    if not word.islower() or len(word) <= 3 or not low.endswith(v.plural_suffixes) or low in v.not_plural:
        return False
    if low.endswith(v.not_plural_suffixes):
        return False
    prev = _PREV_WORD.search(text, max(0, start - 12), start)
    # "the 2022 elections" is a year used as an adjective; "2014 soldiers" is a count.
    return not (prev and prev.group(1).lower() in v.definite)


# --------------------------------------------------------------------------- handlers


def _h_iso(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    d = _Date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return _finish(m, d, d, "day", ref, v)


def _h_slash(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    # The readings the language allows (day first: 23/03/2022; month first: 03/23/2022) that
    # make a date; 03/04/2022 in a language that writes both is March 4 or April 3, nobody can tell.
    readings = {(a, b) if order == "day_month" else (b, a) for order in v.slash_orders}
    dates = {(day, month) for day, month in readings if 1 <= month <= 12 and day >= 1}
    if len(dates) != 1:
        return None
    day, month = dates.pop()
    d = _Date(y, month, day)
    return _finish(m, d, d, "day", ref, v)


def _h_day(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    month, day, year = _month_of(m["m"], v), int(m["d"]), m["y"]
    if month is None or day < 1:
        return None
    if year is None and _lower_verb(m["m"], v) and not _cued(text, m.start("m"), v):
        return None  # "protesters march 5 kilometres"
    if year is not None:
        d = _Date(int(year), month, day)
    elif ref is None:
        return None
    else:
        d = _infer_day(month, day, ref)
        if d is None:
            return None
    return _finish(m, d, d, "day", ref, v)


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


def _range_ok(m: re.Match[str], v: _Vocab, days: bool = False) -> bool:
    prep = (m.groupdict().get("prep") or "").lower()
    conj = (m.groupdict().get("conj") or "").lower()
    if conj in v.list_joiners and prep not in v.between and not (days and _next_days(m)):
        return False  # "January 31 and March 7" lists two days; "between ... and" is a range
    if m.groupdict().get("y1") or m.groupdict().get("y2") or prep:
        return True
    return not any(_lower_verb(m.groupdict().get(g), v) for g in ("m1", "m2"))


# Days listed in one month this close together are one span: "on 11 and 12 February".
_LISTED_SPAN = 2


def _next_days(m: re.Match[str]) -> bool:
    if m["m1"] and m["m2"]:
        return False
    return 0 < int(m["d2"]) - int(m["d1"]) <= _LISTED_SPAN


def _h_range_days(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    # "on 11 and 12 February": the two days listed, as the span they cover.
    if not _range_ok(m, v, days=True):
        return None
    m1, m2 = _month_of(m["m1"], v), _month_of(m["m2"], v)
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


def _h_range_months(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if not _range_ok(m, v):
        return None
    month1, month2 = _month_of(m["m1"], v), _month_of(m["m2"], v)
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


def _h_range_years(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    conj = (m["conj"] or "").lower()
    if conj in v.list_joiners and (m["prep"] or "").lower() not in v.between:
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
    if not m["prep"] and _year_looks_like_count(text, m.start(), m.end(), v):
        return None
    return _Date(y1, 1, 1), _Date(y2, 12, 31), "range"


def _h_month(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    month = _month_of(m["m"], v)
    if month is None:
        return None
    prep, shift, year = m["prep"], v.relative.get((_g(m, "rel") or "").lower()), m["y"]
    mod = _mod_index(m, v)
    if year is None:
        # A month alone is a date only when introduced ("in March", "last March").
        if not (prep or shift is not None or mod is not None):
            return None
        if _lower_verb(m["m"], v) and not prep:
            return None  # "this may be", "troops march"
        if ref is None:
            return None
        if shift == -1:
            y = ref.year if month < ref.month else ref.year - 1
        elif shift == 1:
            y = ref.year if month > ref.month else ref.year + 1
        elif shift == 0:
            y = ref.year
        else:
            y = _infer_month_year(month, ref)
    else:
        y = int(year)
    low, high = _month_span(y, month)
    if mod is not None:
        low, high = _part(low, high, mod, "month")
    return _finish(m, low, high, "month", ref, v)


def _h_year(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if not m["prep"] and _mod_index(m, v) is None:
        if _year_looks_like_count(text, m.start("y"), m.end("y"), v):
            return None
    low, high = _year_span(int(m["y"]))
    mod = _mod_index(m, v)
    if mod is not None:
        low, high = _part(low, high, mod, "year")
    return _finish(m, low, high, "year", ref, v)


def _h_decade(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    first = int(m["dec"])
    a, b = {None: (0, 9), 0: (0, 3), 1: (3, 6), 2: (6, 9)}[_mod_index(m, v)]
    return _finish(m, _Date(first + a, 1, 1), _Date(first + b, 12, 31), "range", ref, v)


def _season_span(first: int, label: int) -> tuple[_Date, _Date]:
    """The three months from month ``first``; a season crossing the new year (winter) is the one
    containing January of ``label``."""
    y = label - 1 if first + 2 > 12 else label
    return _Date(y, first, 1), _month_span(*_add_months(y, first, 2))[1]


def _h_season(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    first, prep = v.season_first[m["season"].lower()], m["prep"]
    shift = v.relative.get((_g(m, "rel") or "").lower())
    if m["y"]:
        low, high = _season_span(first, int(m["y"]))
        return _finish(m, low, high, "season", ref, v)
    if not prep and shift is None:
        return None  # "a summer heatwave", "the fall of the city"
    if ref is None:
        return None
    labels = range(ref.year + 2, ref.year - 3, -1)  # newest first
    spans = [_season_span(first, y) for y in labels]
    if shift == -1:
        low, high = next(s for s in spans if s[1] < ref)
    elif shift == 1:
        low, high = [s for s in spans if s[0] > ref][-1]
    elif shift == 0:
        label = ref.year + 1 if first + 2 > 12 and ref.month >= first else ref.year
        low, high = _season_span(first, label)
    else:
        low, high = next(s for s in spans if s[0] <= ref)
    return _finish(m, low, high, "season", ref, v)


def _h_weekday(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if ref is None:
        return None
    wd = v.weekday_num[m["wd"].lower()]
    shift = v.relative.get((_g(m, "rel") or "").lower())
    if shift == 1:
        d = _days(ref, (wd - ref.weekday()) % 7 or 7)
    else:
        back = (ref.weekday() - wd) % 7
        d = _days(ref, -(back or 7) if shift == -1 else -back)
    pre = (m["pre"] or "").lower()
    if pre in v.since:
        return d, max(d, ref), "since"
    return d, d, "weekday"


def _h_today(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    return None if ref is None else _finish(m, ref, ref, "relative", ref, v)


def _h_yesterday(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if ref is None:
        return None
    if m["before"]:
        low = high = _days(ref, -2)
    elif m["night"]:
        low, high = _days(ref, -1), ref
    else:
        low = high = _days(ref, -1)
    return _finish(m, low, high, "relative", ref, v)


def _h_tomorrow(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    return None if ref is None else (_days(ref, 1), _days(ref, 1), "relative")


def _h_overnight(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    return None if ref is None else (_days(ref, -1), ref, "relative")


def _h_weekend(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if ref is None:
        return None
    shift = v.relative.get(" ".join(_g(m, "rel").lower().split()))
    saturday = _days(ref, -((ref.weekday() - 5) % 7))  # most recent Saturday, maybe today
    in_weekend = ref.weekday() >= 5
    if shift == -1 and in_weekend:
        saturday = _days(saturday, -7)
    elif shift in (0, 1) and not in_weekend:
        saturday = _days(saturday, 7)  # the coming weekend
    elif shift == 1:
        saturday = _days(saturday, 7)
    return _finish(m, saturday, _days(saturday, 1), "relative", ref, v)


def _calendar_span(unit: str, ref: _Date, k: int) -> tuple[_Date, _Date]:
    if unit == "week":
        return _week_span(ref, k)
    if unit == "month":
        return _month_span(*_add_months(ref.year, ref.month, k))
    return _year_span(ref.year + k)


def _h_calendar(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if ref is None:
        return None
    shift, part = v.calendar_relative[" ".join(_g(m, "rel").lower().split())]
    low, high = _calendar_span(v.unit[_g(m, "unit").lower()], ref, shift)
    if part == "to_date":
        high = ref
    elif part == "from_date":
        low = ref
    return _finish(m, low, high, "relative", ref, v)


def _h_ago(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if ref is None:
        return None
    counts = _count(_g(m, "n"), v)
    if counts is None:
        return None
    few, many = counts
    unit = v.unit[_g(m, "unit").lower()]
    if unit in ("day", "week"):
        step = 1 if unit == "day" else 7
        return _days(ref, -step * many), _days(ref, -step * few), "relative"
    if unit == "month":
        low = _month_span(*_add_months(ref.year, ref.month, -many))[0]
        return low, _month_span(*_add_months(ref.year, ref.month, -few))[1], "relative"
    return _Date(ref.year - many, 1, 1), _Date(ref.year - few, 12, 31), "relative"


def _h_past(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if ref is None:
        return None
    window = v.rolling[_g(m, "pl").lower()]
    count = _g(m, "n")
    if count is None and (window == "with_count" or (window == "with_the" and not m["the"])):
        return None  # "last week", "the previous week": calendar periods, not windows
    counts = _count(count, v) if count else (1, 1)
    if counts is None:
        return None
    n = counts[1]
    unit = v.unit[_g(m, "unit").lower()]
    if unit == "hour":
        low = _days(ref, -max(1, -(-n // 24)))
    elif unit in ("day", "week"):
        low = _days(ref, -n * (1 if unit == "day" else 7))
    elif unit == "month":
        low = _shift_months(ref, -n)
    else:
        low = _shift_months(ref, -12 * n)
    return low, ref, "relative"


def _h_recent(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if ref is None:
        return None
    n, unit = v.recent[_g(m, "unit").lower()]
    if unit == "month":
        return _shift_months(ref, -n), ref, "relative"
    return _days(ref, -n), ref, "relative"


def _h_boundary(m: re.Match[str], text: str, ref: _Date | None, v: _Vocab) -> _Result:
    if ref is None:
        return None
    unit = v.unit[_g(m, "unit").lower()]
    low, high = _calendar_span(unit, ref, v.relative.get(_g(m, "rel").lower(), 0))
    idx = _mod_index(m, v)
    assert idx is not None
    low, high = _part(low, high, idx, unit)
    return _finish(m, low, high, "relative", ref, v)


# --------------------------------------------------------------------------- pattern table


def _least(words: frozenset[str]) -> tuple[str, ...]:
    """The words no other of them is part of: a text holding one of ``words`` holds one of these
    ("jan" covers "january" and "jan")."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


_DIGITS = tuple("0123456789")
# Pattern name in dates.yaml, its handler, and its prefilter groups by name: "digits", the
# language's "months" or "seasons" (None: the pattern's own words in dates.hints). Order only
# breaks ties between equally long matches at one position.
_TABLE: tuple[tuple[str, _Handler, tuple[str, ...] | None], ...] = (
    ("iso", _h_iso, ("digits",)),
    ("slash", _h_slash, ("digits",)),
    ("range_mdy", _h_range_days, ("digits", "months")),
    ("range_dmy", _h_range_days, ("digits", "months")),
    ("range_months", _h_range_months, ("months",)),
    ("range_years", _h_range_years, ("digits",)),
    ("day_mdy", _h_day, ("digits", "months")),
    ("day_dmy", _h_day, ("digits", "months")),
    ("month", _h_month, ("months",)),
    ("year", _h_year, ("digits",)),
    ("decade", _h_decade, ("digits",)),
    ("season", _h_season, ("seasons",)),
    ("weekday", _h_weekday, None),
    ("today", _h_today, None),
    ("yesterday", _h_yesterday, None),
    ("tomorrow", _h_tomorrow, None),
    ("overnight", _h_overnight, None),
    ("weekend", _h_weekend, None),
    ("calendar", _h_calendar, None),
    ("ago", _h_ago, None),
    ("past", _h_past, None),
    ("recent", _h_recent, None),
    ("boundary", _h_boundary, None),
)


def _patterns(
    lang: Language, month_num: Mapping[str, int], season_first: Mapping[str, int]
) -> tuple[tuple[re.Pattern[str], _Handler, _Needs], ...]:
    """A language's patterns, compiled, with their prefilters: a pattern runs only if the
    lowercased text holds a word of each of its groups, which skips most of the regex scans on a
    typical sentence."""
    hints = lang.table("dates.hints")
    groups = {"digits": _DIGITS, "months": _least(frozenset(month_num)), "seasons": tuple(season_first)}

    made: dict[tuple[str, ...], re.Pattern[str]] = {}

    def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
        # One object per group, shared by the patterns that need it.
        if words not in made:
            made[words] = lang.compile(alternation([re.escape(w) for w in words]))
        return made[words]

    return tuple(
        (
            lang.regex(f"dates.{name}", re.IGNORECASE),
            handler,
            (any_of(tuple(hints[name])),) if needs is None else tuple(any_of(groups[g]) for g in needs),
        )
        for name, handler, needs in _TABLE
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
    # The language in force's tables and patterns, built at its first use.
    v: _Vocab = active().derived("dates.vocab", _build_vocab)
    found: list[tuple[int, int, int, _Date, _Date, str]] = []
    lowered = text.lower()
    held: dict[re.Pattern[str], bool] = {}
    for order, (pattern, handler, needs) in enumerate(v.patterns):
        if not all(held[n] if n in held else held.setdefault(n, bool(n.search(lowered))) for n in needs):
            continue
        for m in pattern.finditer(text):
            try:
                res = handler(m, text, ref, v)
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
