"""Times: when it happened, as date intervals; and the event's window and background.

Only the event's own sentences date it ("mourners gathered on Thursday" does not), and not every
date in them: the date a statement was made, a date ahead, a dateline or a date outside the
event's window are left out. A far date, a long-running period or words like "for years" make
a sentence (or a clause of it) background.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from claimdiff.align import Block, Mention
from claimdiff.aspects.base import AspectRules, Found, Scene, pair_found
from claimdiff.aspects.reading import Context, Reading, derived, rx, table, without_comparisons
from claimdiff.clause import date_clause
from claimdiff.lang import Language
from claimdiff.model import Aspect, Clock, Fact, Period, Polarity, RelationKind, Strength
from claimdiff.timex import TimeExpr

LONG_PERIOD = dt.timedelta(days=62)
_FAR = dt.timedelta(days=180)
_WINDOW_MARGIN = dt.timedelta(days=14)
_NO_WINDOW = dt.timedelta(days=45)
_OTHER_DAY = 2  # days from the event's day at which a dated incident is another one
_CLAUSE_MAX = 200  # characters: longer, a date's "clause" is a run-on, not one incident


def event_times(text: str, times: tuple[TimeExpr, ...], dated: bool) -> list[TimeExpr]:
    """Times that date the event: short, and not the date a statement was made."""
    return [t for t in times if _dates_event(text, t, dated)]


def _dates_event(text: str, t: TimeExpr, dated: bool) -> bool:
    if t.high - t.low > LONG_PERIOD:
        return False
    if not dated and rx("events.deictic").search(t.text):
        return False
    if rx("events.background_period").search(t.text):
        return False  # "in recent weeks": a stretch of background
    if rx("events.scheduled").search(text[max(0, t.start - 60) : t.start]):
        return False  # "a strike called for Thursday": a date ahead, not the event's
    if rx("events.dateline", 0).match(text[: t.start]):
        return False  # "DOROBI, Oct 18 (Horizon) -": the dateline dates the report
    before = text[max(0, t.start - 25) : t.start]
    after = text[t.end : t.end + 25]
    if rx("events.possessive").match(after) and rx("events.earlier_incident").search(before):
        return False  # "after Thursday's attacks": another incident's day
    if rx("events.cutoff").search(text[max(0, t.start - 12) : t.start]):
        return False  # "figures by Thursday morning", "as of Friday": when a count stood
    if rx("events.count_date").search(text[max(0, t.start - 60) : t.start]):
        return False  # "the toll rose to 201 Thursday": when the count stood, not the event
    if rx("events.later_death").search(text[max(0, t.start - 60) : t.end + 60]):
        return False  # "died early Saturday while receiving treatment": a later death
    if rx("events.answered_incident").search(text[max(0, t.start - 100) : t.start]):
        return False  # "a response to the chemical attack on Tuesday": what it answered
    if rx("events.aftermath").match(text[t.end : t.end + 60]):
        return False  # "Wednesday's aftershock", "Friday's funeral": what came after
    if rx("events.visit_before").search(text[max(0, t.start - 50) : t.start]):
        return False  # "visiting the island on Thursday": the day of a visit
    if rx("events.said_in_before").search(text[max(0, t.start - 100) : t.start]):
        return False  # "said in a statement on July 18", "at a news conference Thursday": the saying's
    if rx("events.relative_day").search(t.text) and rx("events.relative_to").match(text[t.end : t.end + 20]):
        return False  # "the day before the collapse": another moment's day
    if rx("events.filed_before").search(text[max(0, t.start - 60) : t.start]):
        return False  # "the complaint filed with the police on July 16": a document's day
    if rx("events.mourning").search(text) and _mourning_clause(text, t):
        return False  # "wore black badges Tuesday to mourn the dead": the mourning's day
    # "said on Tuesday", "on April 1 announced": the date of the saying, not of the event.
    return not (
        rx("events.reporting").search(before.split(",")[-1][-14:])
        or rx("events.reporting_after").match(after)
    )


def _mourning_clause(text: str, t: TimeExpr) -> bool:
    """The date's own clause speaks of mourning (the sentence was found to, first: cheap)."""
    lo, hi = date_clause(text, t.start, t.end)
    return hi - lo <= _CLAUSE_MAX and bool(rx("events.mourning").search(text, lo, hi))


def event_dates(readings: list[Reading]) -> list[tuple[dt.date, dt.date]]:
    """The periods that date the event in one document's sentences, read in its language: the
    times of sentences that speak of the event, not the date of a statement about it."""
    return [(t.low, t.high) for r in readings if r.event for t in event_times(r.text, r.times, r.ctx.dated)]


def event_window(
    dates: list[tuple[dt.date, dt.date]], reference: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The event's dates: the middle of the short periods the documents date it by."""
    if dates:
        lows = sorted(d[0] for d in dates)
        highs = sorted(d[1] for d in dates)
        # The median keeps one stray date (a follow-up, a dateline) from stretching the window.
        return lows[len(lows) // 2] - _WINDOW_MARGIN, highs[len(highs) // 2] + _WINDOW_MARGIN
    if reference is not None:
        return reference - _NO_WINDOW, reference
    return None


def event_days(dates: list[tuple[dt.date, dt.date]]) -> list[dt.date]:
    """The single days among these periods, in order."""
    return sorted(low for low, high in dates if high - low <= dt.timedelta(days=1))


def event_day(dates: list[tuple[dt.date, dt.date]]) -> dt.date | None:
    """The day the accounts give the event: the median of the single days that date it."""
    days = event_days(dates)
    return days[len(days) // 2] if days else None


def extract(reading: Reading, found: tuple[Fact, ...]) -> list[Fact]:
    """The dates of the event, in a sentence about the event itself."""
    if reading.background:
        return []
    if not reading.event or not reading.core:
        # "L'alerte a été donnée à 2 h 47": the alarm's hour needs no word of the event.
        alerts = [f for f in _hours(reading) if f.key == ALERT]
        return alerts + _scene(reading) if reading.scene else alerts
    hours = _hours(reading)
    if not hours:
        # "« Il était 21 h 10, je rentrais du travail. [...] trois coups de feu »": one voice's
        # telling that opens on its hour and tells the event further on gives the event that hour.
        hours = [f for f in _scene(reading) if f.key == HOUR]
    return _dates(reading) + hours


def _dates(reading: Reading, before: int | None = None) -> list[Fact]:
    """The event's dates in the sentence (those ending by ``before``, when given)."""
    text, window = reading.text, reading.ctx.window
    facts = []
    for t in event_times(text, reading.times, reading.ctx.dated):
        if before is not None and t.end > before:
            continue
        hedged = reading.clauses.polarity(t.start, t.end) is Polarity.HEDGED
        pol = Polarity.HEDGED if hedged else Polarity.AFFIRMED
        if reading.clauses.negated_before(t.start):
            continue  # "no aircraft flew on 16 or 17 October" dates nothing that happened
        if _stamp(text, t):
            continue  # "Sun 16 Apr 2017 Death toll rises ...": the day the story was filed
        speaker = reading.clauses.speaker
        fronted = speaker is not None and (
            0 <= speaker.span[0] - t.end <= 3 or speaker.span[0] <= t.start < speaker.span[1]
        )
        if fronted and not text[: t.start].strip():
            continue  # "On Wednesday, the minister said ...": the day of the saying
        if window is not None and (t.high < window[0] or t.low > window[1]):
            continue  # "laid six weeks ago": a date, but not the event's
        value = Period(t.low, t.high, t.text, _night(text[max(0, t.start - 40) : t.end + 20]))
        facts.append(Fact(Aspect.TIME, "event", value, pol, reading.span(t.start, t.end)))
    return facts


# Sentences after a scene-setting hour in which its voice must tell the event; characters at
# most before that hour.
_SCENE_REACH, _SCENE_LEAD = 3, 45


def scene_setting(readings: list[Reading]) -> frozenset[int]:
    """ "Mardi 15 avril, vers 21 h 40, un équipage a tenté de contrôler un véhicule. [...] Un
    policier a fait usage de son arme": a narration that opens on its hour, before a comma, and
    whose voice tells the event a sentence or three later with no time of its own, gives the
    event that hour (and the day before it). The positions of such readings in ``readings``,
    one document's in order."""
    out = set()
    for i, r in enumerate(readings):
        if (r.event and r.core) or r.clauses.speaker is not None or _fronted_clock(r) is None:
            continue
        for nxt in readings[i + 1 : i + 1 + _SCENE_REACH]:
            own = event_times(nxt.text, nxt.times, nxt.ctx.dated) or rx("times.clock").search(nxt.text)
            if nxt.speaker != r.speaker or own:
                break  # another voice, or a time of its own: the thread is cut
            if nxt.event and nxt.core:
                out.add(i)
                break
    return frozenset(out)


def _fronted_clock(reading: Reading) -> re.Match[str] | None:
    """The hour a sentence opens on ("Mardi 15 avril, vers 21 h 40, ...", "At about 9:40 p.m.
    on Tuesday, ..."): only a day and a few words before it, a comma after it."""
    text = reading.text
    m = rx("times.clock").search(text)
    if m is None or m.start() > _SCENE_LEAD or _minutes(m) is None or _in_brackets(text, m):
        return None
    lead = text[: m.start()]
    for t in reading.times:  # the day before the hour
        if t.end <= m.start():
            lead = lead[: t.start] + " " * (t.end - t.start) + lead[t.end :]
    if not rx("times.scene_lead").fullmatch(lead):
        return None
    end = m.end()
    for t in sorted(reading.times, key=lambda t: t.start):
        if end <= t.start <= end + 4:
            end = t.end  # "at 9:40 p.m. on Tuesday,"
    return m if text[end:].lstrip().startswith(",") else None


def _scene(reading: Reading) -> list[Fact]:
    """A scene-setting sentence's hour, and its day, as the event's (``scene_setting``)."""
    m = _fronted_clock(reading)
    minutes = _minutes(m) if m is not None else None
    if m is None or minutes is None:
        return []
    low, high = _around(minutes, m.group("mod") or "", bool(m.group("m") or m.groupdict().get("m2")))
    pol = (
        Polarity.HEDGED
        if reading.clauses.polarity(m.start(), m.end()) is Polarity.HEDGED
        else Polarity.AFFIRMED
    )
    hour = Fact(Aspect.TIME, HOUR, Clock(low, high, m.group(0).strip()), pol, reading.span(*m.span()))
    return [*_dates(reading, before=m.start()), hour]


# Minutes either side of an hour given: "vers 15 heures", "about 3 p.m." (near it), "à 15 heures"
# (on the hour, rounded), "14 h 08" (to the minute); "peu avant" a stretch before it.
_NEAR, _STRETCH, _ON_THE_HOUR, _TO_THE_MINUTE = 15, 30, 15, 5
_CLOCK_EVENT_REACH = 80  # characters around an hour in which the event must be named
_ALERT_REACH = 50  # characters before an hour in which the alarm's words make it the alarm's hour
HOUR, ALERT = "hour", "alert"  # the keys of the event's hour and of the hour the alarm went out
_DAY = 24 * 60


def _hours(reading: Reading) -> list[Fact]:
    """The hour of the event, where its own clause gives one ("the blast went off at about
    1:30 p.m.", "la crue a atteint Vallombre vers 4 heures du matin"); not the hour of what came
    after it (a toll, a briefing, a fire brought under control)."""
    text, facts = reading.text, []
    found = list(rx("times.clock").finditer(text))
    opens, ends = _spans(text, found)
    for i, m in enumerate(found):
        minutes = _minutes(m)
        if minutes is None and i in opens and m.groupdict().get("h2"):
            minutes = int(m.group("h2")) * 60  # "entre 19 h et 20 h": an hour, not a length
        if minutes is None or i in ends or reading.clauses.negated_before(m.start()):
            continue  # "from 5 p.m. to 1 a.m.": the event's hour is where it began
        # "the alarm was raised at 2:47", "on a appelé les pompiers à 2 h 15": when the alarm
        # went out, compared only with other voices' hours of the alarm; the words right before
        # the hour say whose hour it is, so the event's tests below do not apply to it.
        alert = bool(rx("times.alert").search(text, max(0, m.start() - _ALERT_REACH), m.start()))
        if not alert and not _the_events_hour(text, m):
            continue
        named = rx("times.clock_name_before").search(text, max(0, m.start() - 30), m.start())
        if not m.group("mod") and (m.groupdict().get("word") or named) and i not in opens:
            continue  # "the 16:05 service", a page's stamp, "midday prayers"
        if _in_brackets(text, m):
            continue  # "(01:30 BST)": the hour told in another zone
        low, high = _around(minutes, m.group("mod") or "", bool(m.group("m") or m.groupdict().get("m2")))
        pol = (
            Polarity.HEDGED
            if reading.clauses.polarity(m.start(), m.end()) is Polarity.HEDGED
            else Polarity.AFFIRMED
        )
        key = ALERT if alert else HOUR
        facts.append(
            Fact(Aspect.TIME, key, Clock(low, high, m.group(0).strip()), pol, reading.span(*m.span()))
        )
    return facts


def _spans(text: str, found: list[re.Match[str]]) -> tuple[set[int], set[int]]:
    """The hours that open and close a stretch of time ("from 5 p.m. to 1 a.m.", "de 17h00 à
    1h00 du matin"), by their place in ``found``."""
    opens, ends = set(), set()
    join, opening = rx("times.clock_span_join"), rx("times.clock_span_open")
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        # The joining word stands between the hours, or opens the second ("à 1h00").
        between, mod = text[a.end() : b.start()].strip(), (b.group("mod") or "").strip()
        joined = join.fullmatch(between) if between else bool(mod) and join.fullmatch(mod)
        if joined and _minutes(b) is not None and opening.search(text, max(0, a.start() - 20), a.start()):
            opens.add(i)
            ends.add(i + 1)
    return opens, ends


def _the_events_hour(text: str, m: re.Match[str]) -> bool:
    """The hour is the event's: the event is named near it, and it is not the hour of what came
    after (a toll, a briefing, the rescue) nor of a saying."""
    if rx("times.clock_aftermath").search(text, max(0, m.start() - 60), m.start()):
        return False
    if rx("times.clock_aftermath_after").match(text[m.end() :]):
        return False  # the rescue's hour
    near = text[max(0, m.start() - _CLOCK_EVENT_REACH) : m.end() + _CLOCK_EVENT_REACH]
    return bool(rx("events.event").search(near)) and not _dates_the_saying(text, m)


def _minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of the hour matched, or None for a length of hours ("7 heures")."""
    found = m.groupdict()
    if found.get("word"):
        return int(table("times.clock_words")[found["word"].lower()])
    if found.get("h2") and not (found.get("mod") or found.get("part") or found.get("ampm2")):
        return None  # "pendant 7 heures": a length, not an hour of the day
    hour = int(found.get("h") or found.get("h2") or 0)
    minute = int(found.get("m") or found.get("m2") or 0)
    half = found.get("ampm") or found.get("ampm2") or found.get("part") or ""
    if rx("times.clock_late").match(half):
        hour = hour + 12 if hour < 12 else hour
    elif half and hour == 12:
        hour = 0  # "12 a.m."
    return hour * 60 + minute


# The keys of a clock's modifiers: near the hour, a stretch before it, a stretch after it.
_CLOCK_ABOUT, _CLOCK_BEFORE, _CLOCK_AFTER = "times.clock_about", "times.clock_before", "times.clock_after"


def _around(minutes: int, mod: str, exact: bool) -> tuple[int, int]:
    """The stretch of the day an hour says, by how it is modified."""
    kinds = derived("times.clock_mods", _clock_mods)
    if kinds[_CLOCK_BEFORE].fullmatch(mod):
        return minutes - _STRETCH, minutes
    if kinds[_CLOCK_AFTER].fullmatch(mod):
        return minutes, minutes + _STRETCH
    if kinds[_CLOCK_ABOUT].fullmatch(mod):
        return minutes - _NEAR, minutes + _NEAR
    reach = _TO_THE_MINUTE if exact else _ON_THE_HOUR
    return minutes - reach, minutes + reach


def _clock_mods(lang: Language) -> dict[str, re.Pattern[str]]:
    """Each kind of a clock's modifier, its words as one pattern."""
    return {
        key: lang.compile("|".join(lang.words(key)), re.IGNORECASE)
        for key in (_CLOCK_ABOUT, _CLOCK_BEFORE, _CLOCK_AFTER)
    }


def _dates_the_saying(text: str, m: re.Match[str]) -> bool:
    """ "said at 3 p.m.", "a annoncé, samedi à 19 heures, que": the hour of the saying."""
    before, after = text[max(0, m.start() - 45) : m.start()], text[m.end() : m.end() + 25]
    said = rx("events.reporting").search(before)
    if said is not None and not rx("times.clock_reported").search(before, said.end()):
        return True  # no event nor "that" between the saying and the hour
    return bool(rx("events.reporting_after").match(after))


def _in_brackets(text: str, m: re.Match[str]) -> bool:
    return text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())


def told_on(reading: Reading) -> dt.date | None:
    """The day the sentence's figures were given: the day of its saying ("On Wednesday, the
    minister said", "said on 19 October"), else the date its document gives itself. A weekday in
    an undated document is a guess, and gives none."""
    text, speaker = reading.text, reading.clauses.speaker
    for t in reading.times:
        if t.low != t.high or not (reading.ctx.dated or any(c.isdigit() for c in t.text)):
            continue
        before, after = text[max(0, t.start - 25) : t.start], text[t.end : t.end + 25]
        fronted = speaker is not None and 0 <= speaker.span[0] - t.end <= 3 and not text[: t.start].strip()
        if (
            fronted
            or rx("events.reporting").search(before.split(",")[-1][-14:])
            or rx("events.reporting_after").match(after)
        ):
            return t.low
    return reading.ctx.reference_date if reading.ctx.dated else None


def _stamp(text: str, t: TimeExpr) -> bool:
    """A dated stamp that opens a story, with its year: it dates the writing, not the event."""
    return (
        t.low.year == t.high.year
        and str(t.low.year) in t.text
        and bool(rx("times.stamp_before", 0).match(text[: t.start]))
        and bool(rx("times.stamp_after", 0).match(text[t.end :]))
    )


# ---------------------------------------------------------------------------
# Background


def far(t: TimeExpr, lo: dt.date) -> bool:
    """Long before the event, or a long period that began well before it."""
    return t.high < lo - _FAR or (t.high - t.low > LONG_PERIOD and t.low < lo - LONG_PERIOD)


def background_clauses(text: str, times: tuple[TimeExpr, ...], ctx: Context) -> list[tuple[int, int]]:
    """The clause of a far date, and what hangs on it ("since 2011, when 14 people were killed");
    the clause of another incident named as such ("a similar bombing in July killed seven"), or
    by the place its document gives it (``incident_places``)."""
    out = [date_clause(text, m.start(), m.end()) for m in rx("events.other_incident").finditer(text)]
    for place in sorted(ctx.elsewhere):
        out.extend(date_clause(text, m.start(), m.end()) for m in _word(place).finditer(text))
    inner = _inner_sentences(text)
    if len(inner) > 1:
        # "« The rain does not explain everything. For years we have warned ... It is negligence »":
        # a cue of another time makes its own sentence of the quotation background, not the rest.
        plain = without_comparisons(text)
        for m in _cues(plain):
            span = next(((a, b) for a, b in inner if a <= m.start() < b), None)
            if span is not None and not rx("events.kill_words").search(text[span[0] : span[1]]):
                out.append(span)
    if ctx.window is None:
        return out
    for t in times:
        if (far(t, ctx.window[0]) and not _release_day(text, t)) or _another_days_incident(text, t, ctx):
            out.append(date_clause(text, t.start, t.end))
    return out


def _release_day(text: str, t: TimeExpr) -> bool:
    """The day a report or statement came out ("in a new report released on Oct. 4"): it dates
    the telling, not another event, and makes nothing said with it background."""
    return bool(rx("times.released_on").search(text, max(0, t.start - 40), t.start))


def incident_places(texts: list[str]) -> set[str]:
    """Places a document gives a second incident ("The second tragedy occurred in X", "another
    incident that day in the X area"), where it first names them so: a place named before, as the
    scene, is the event's own ("another attack in X" in a story from X)."""
    out = set()
    for i, text in enumerate(texts):
        for m in rx("events.elsewhere").finditer(text):
            place = m.group("place")
            first = next(j for j, t in enumerate(texts) if _word(place).search(t))
            if first == i:
                out.add(place)
    return out


def places_apart(found: dict[str, set[str]], texts: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each document's second-incident places (``incident_places``), kept only where every
    document that names the place gives it so: a place another account tells as the event's own
    is the event's."""
    return {
        doc: frozenset(
            p for p in places if all(p in found[o] for o, text in texts.items() if _word(p).search(text))
        )
        for doc, places in found.items()
    }


def _word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def _cues(plain: str) -> list[re.Match[str]]:
    """Words of another time ("for years"), unless they only describe a thing ("fertiliser stored
    there for years": the fertiliser is the event's)."""
    return [
        m
        for m in rx("events.background_cue").finditer(plain)
        if not rx("events.background_participle").search(plain, max(0, m.start() - 60), m.start())
    ]


def _another_days_incident(text: str, t: TimeExpr, ctx: Context) -> bool:
    """ "after Thursday's attacks that killed 13": a day named for an earlier incident; and
    "Saturday's convoy attack killed 126", in an account of Wednesday's blast: a day two or more
    from the event's that dates an incident, not a toll's update or the saying, is another one's,
    when the same document dates the event itself on the event's day (a voice that puts the event
    on another day disagrees on the date, and is compared)."""
    before, after = text[max(0, t.start - 25) : t.start], text[t.end : t.end + 25]
    if rx("events.possessive").match(after) and rx("events.earlier_incident").search(before):
        return date_clause(text, t.start, t.end)[1] - t.start <= _CLAUSE_MAX
    if ctx.day is None or ctx.day not in ctx.days or t.high - t.low > dt.timedelta(days=1):
        return False
    if min(abs((t.low - ctx.day).days), abs((t.high - ctx.day).days)) < _OTHER_DAY:
        return False
    a, b = date_clause(text, t.start, t.end)
    clause = text[a:b]
    if b - a > _CLAUSE_MAX or not rx("events.core_event").search(clause):
        return False  # a run-on "clause" (text without punctuation) is no single incident
    if rx("events.toll_update").search(clause):
        return False
    return _dates_event(text, t, ctx.dated)


# A sentence end inside a statement (a quotation of several sentences): a full stop, then a capital.
_INNER_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«]?\s?[^\W\d_])")


def _inner_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences a statement holds: one, or several when it quotes several."""
    if not any(q in text for q in '"“«'):
        return [(0, len(text))]  # no quotation: "U.S. officials" ends no sentence
    spans, start = [], 0
    for m in _INNER_END.finditer(text):
        if text[m.end()].isupper() or text[m.end()] in '"“«':
            spans.append((start, m.start()))
            start = m.end()
    spans.append((start, len(text)))
    return spans


def is_background(text: str, times: tuple[TimeExpr, ...], ctx: Context) -> bool:
    """About another time than the event: "since 2014", "last year", a riot in 2016.

    A date a few weeks off ("an inspection in August") does not make a sentence background;
    a far one, a long-running period, or words like "for years" do, unless the sentence also
    dates itself inside the event.
    """
    plain = without_comparisons(text)
    cue = any(_cues(plain)) and not rx("events.kill_words").search(text)
    if cue and len(_inner_sentences(text)) > 1:
        cue = False  # a quotation of several sentences: the cue's own is background (background_clauses)
    if ctx.window is None:
        return cue
    lo, hi = ctx.window
    if any(t.high - t.low <= LONG_PERIOD and t.high >= lo and t.low <= hi for t in times):
        return False
    far_times = [t for t in times if far(t, lo) and not _release_day(text, t)]
    if not far_times:
        return cue
    # "Since 2014, France has ..." or "Last year, ...": the date governs the whole sentence.
    if far_times[0].start < 25 and not rx("events.event_before_date", 0).search(text[: far_times[0].start]):
        return True
    covered = sum(b - a for a, b in background_clauses(text, times, ctx))
    return covered >= 0.7 * len(text) or not rx("events.event").search(text)


# ---------------------------------------------------------------------------
# Comparison


def compare(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    """Overlapping periods agree; adjacent days agree when one is a night; else they contradict."""
    if block.key in (HOUR, ALERT):
        return _compare_hours(block, a, b, scene)
    names = scene.names
    pa, pb = _stated(block, a), _stated(block, b)
    if not pa or not pb:
        return None
    for x in pa:
        for y in pb:
            vx, vy = x.fact.value, y.fact.value
            assert isinstance(vx, Period) and isinstance(vy, Period)
            if vx.start <= vy.end and vy.start <= vx.end:
                detail = f"when: {vx.text} ({names[a]}) and {vy.text} ({names[b]}) overlap"
                return pair_found(RelationKind.AGREEMENT, block, x, y, (a, b), detail, 0.8)
    x, y = pa[0], pb[0]
    vx, vy = x.fact.value, y.fact.value
    assert isinstance(vx, Period) and isinstance(vy, Period)
    gap = min(abs((vy.start - vx.end).days), abs((vx.start - vy.end).days))
    if gap <= 1 and (gap == 0 or _night_reaches(vx, vy) or _night_reaches(vy, vx)):
        # "The night of 4 June" and "shortly after midnight on Wednesday" are one night.
        detail = f"when: {vx.text} ({names[a]}) and {vy.text} ({names[b]}) are adjacent days"
        return pair_found(RelationKind.AGREEMENT, block, x, y, (a, b), detail, 0.6)
    if _bare_weekday(vx.text) != _bare_weekday(vy.text) or (gap == 1 and _bare_weekday(vx.text)):
        # "on Friday" alone is read against the day its account was written, which the case may
        # not know to the day, and in running copy it often dates a later act of the story (the
        # bodies found, an arrest): against a date, it says nothing; against another bare
        # weekday of the same week, a day apart, nothing either.
        return None
    detail = (
        f"when: {vx.text} = {vx.label()} ({names[a]}) vs {vy.text} = {vy.label()} ({names[b]}): "
        f"the dates are {gap} days apart"
    )
    return pair_found(RelationKind.CONTRADICTION, block, x, y, (a, b), detail, 0.85, Strength.HARD)


def _stated(block: Block, source: str) -> list[Mention]:
    """The voice's times of the event, those it denies left out."""
    return [m for m in block.mentions(source) if m.fact.polarity is not Polarity.DENIED]


_HARD_GAP = 60  # minutes between two hours of the event past which they cannot both be right
_MINUTES_GAP = 15  # ... or between two hours both told to the minute
_SAME_HOUR = 20  # minutes between the middles of two hours that meet, past which they are two


def _compare_hours(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    """Two voices' hours of the event agree when any two meet; when none do, the nearest two
    contradict (softly when less than an hour apart)."""
    names, what = scene.names, "at what hour" if block.key == HOUR else "when the alarm went out"
    pa, pb = _stated(block, a), _stated(block, b)
    if not pa or not pb:
        return None
    pairs = []
    for x in pa:
        for y in pb:
            vx, vy = x.fact.value, y.fact.value
            assert isinstance(vx, Clock) and isinstance(vy, Clock)
            gap = max(vx.low, vy.low) - min(vx.high, vy.high)
            gap = min(gap, _DAY - gap) if gap > 0 else gap  # "23:50" and "00:10" are near
            apart = abs(vx.low + vx.high - vy.low - vy.high) // 2
            apart = min(apart, _DAY - apart)
            if gap <= 0 and apart < _SAME_HOUR:
                detail = f"{what}: {vx.text} ({names[a]}) and {vy.text} ({names[b]}) meet"
                return pair_found(RelationKind.AGREEMENT, block, x, y, (a, b), detail, 0.7)
            # "about 21:40" and "about 21:15" meet only at their edges: two hours, not one.
            pairs.append((max(gap, apart) if gap <= 0 else gap, x, y))
    gap, x, y = min(pairs, key=lambda p: p[0])
    vx, vy = x.fact.value, y.fact.value
    assert isinstance(vx, Clock) and isinstance(vy, Clock)
    detail = (
        f"{what}: {vx.text} = {vx.label()} ({names[a]}) vs {vy.text} = {vy.label()} ({names[b]}): "
        f"{gap} minutes apart"
    )
    # Two hours told to the minute ("2 h 15", "2 h 47") that far apart cannot both be right.
    to_the_minute = all(v.high - v.low <= 2 * _TO_THE_MINUTE for v in (vx, vy))
    hard = gap >= _HARD_GAP or (to_the_minute and gap >= _MINUTES_GAP)
    strength = Strength.HARD if hard else Strength.SOFT
    return pair_found(RelationKind.CONTRADICTION, block, x, y, (a, b), detail, 0.75, strength)


def _night(around: str) -> str:
    """Whether the words around a date speak of a night, and which way it runs."""
    if not rx("times.night").search(around):
        return ""
    late, early = rx("times.night_late").search(around), rx("times.night_early").search(around)
    return "late" if late and not early else "early" if early and not late else "any"


def _night_reaches(night: Period, other: Period) -> bool:
    """A night reaches the day next to it on its own side: "Sunday night" reaches Monday's early
    hours, not Saturday; "early on Monday" reaches Sunday night, not Tuesday."""
    if night.night == "late":
        return other.start > night.end
    if night.night == "early":
        return other.end < night.start
    return night.night == "any"


def _bare_weekday(text: str) -> bool:
    """A weekday named with no date ("on Friday", "Tuesday morning")."""
    return bool(rx("times.bare_weekday").fullmatch(text.strip()))


RULES = AspectRules(Aspect.TIME, extract, compare, account=True)
