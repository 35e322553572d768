"""Extract stage: a statement's text becomes typed facts.

The sentence is read once (its figures and time expressions), judged background or not, and
handed to every aspect of ``claimdiff.aspects.ASPECTS`` in turn; clauses about another time and
claims credited to someone else are dropped, duplicates removed, and the attribution's hedge
and the speaker's name applied. Each fact carries its polarity (affirmed, denied, hedged) and
its span.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from claimdiff.aspects import ASPECTS
from claimdiff.aspects.actors import answer_accusations
from claimdiff.aspects.figures import bind_answers, take_up_confirmed, take_up_tolls, toll_still_going
from claimdiff.aspects.reading import Context, Reading, rx, wordset
from claimdiff.aspects.times import (
    background_clauses,
    event_dates,
    event_day,
    event_days,
    event_window,
    incident_places,
    is_background,
    places_apart,
    scene_setting,
)
from claimdiff.clause import ClauseReading, omissions
from claimdiff.clause import read as read_clauses
from claimdiff.model import Fact, Polarity
from claimdiff.timex import find_times


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one statement yields: its facts, whether it is background, omission evidence."""

    facts: tuple[Fact, ...]
    background: bool
    omits: tuple[tuple[str, str], ...]  # (voice as written, what it leaves out)


def read(
    text: str,
    offset: int,
    ctx: Context,
    skip: tuple[int, int] | None = None,
    reference: dt.date | None = None,
    speaker: str = "",
    clauses: ClauseReading | None = None,
) -> Reading:
    """A sentence read once for every aspect; ``offset`` maps its offsets to the document's.

    ``reference`` is the date the document was written, when it says so; relative dates
    ("on Tuesday") resolve against it, else against the case's reference date. ``clauses`` is
    the clause layer's reading of the same text, when the caller has it already.
    """
    if reference is not None:
        ctx = Context(reference, ctx.aliases, ctx.window, dated=True)
    times = find_times(text, ctx.reference_date)
    clauses = clauses if clauses is not None else read_clauses(text)
    # A figure inside the attribution is none of the claim's, but one that only begins there
    # ("The police estimated 750,000 ...": "estimated" qualifies the figure) is.
    quantities = tuple(
        q
        for q in clauses.quantities
        if (q.unit is None or q.unit in wordset("counts.measured_kinds"))
        and not (skip and skip[0] <= q.start and q.end <= skip[1])
    )
    return Reading(
        text=text,
        offset=offset,
        ctx=ctx,
        skip=skip,
        quantities=quantities,
        times=times,
        event=bool(rx("events.event").search(text)),
        core=bool(rx("events.core_event").search(text)),
        clauses=clauses,
        omissions=tuple(omissions(text)),
        speaker=speaker,
    )


def extract(
    reading: Reading,
    window: tuple[dt.date, dt.date] | None,
    hedged: bool = False,
    day: dt.date | None = None,
) -> Extraction:
    """Facts of one sentence, given the event's dates (and the day most accounts give it);
    ``hedged`` when its attribution hedges it ("X claimed that")."""
    ctx = dataclasses.replace(reading.ctx, window=window, day=day)
    background = is_background(reading.text, reading.times, ctx)
    reading = dataclasses.replace(reading, ctx=ctx, background=background)
    text = reading.text
    # Clauses about another time ("until last year it needed two drivers") and claims the
    # sentence credits to someone it does not name ("the UN agency, which says ...") are left
    # out; a claim credited to a named voice ("..., but residents said 52 died") is theirs.
    foreign = () if reading.background else reading.clauses.foreign
    dropped = [
        *reading.clauses.conditions(),  # "if negligence is found": supposed, not stated
        *(background_clauses(text, reading.times, reading.ctx) if not reading.background else ()),
        *(c.span for c in foreign if c.speaker is None),
        *(c.cue for c in foreign if c.speaker is not None and c.cue),  # "but residents said"
    ]
    named = [(c.span, c.speaker) for c in foreign if c.speaker is not None]
    facts: tuple[Fact, ...] = ()
    for rules in ASPECTS.values():
        facts += tuple(rules.extract(reading, facts))
    kept = [
        _voiced(f, reading.offset, named)
        for f in facts
        if not any(a <= f.span[0] - reading.offset < b for a, b in dropped)
    ]
    return Extraction(
        facts=tuple(_settle(f, reading, hedged) for f in _dedupe(kept)),
        background=reading.background,
        omits=tuple((who, what) for who, what, _ in reading.omissions),
    )


def _voiced(fact: Fact, offset: int, named: list[tuple[tuple[int, int], str]]) -> Fact:
    """A fact inside a claim the sentence credits to a named voice is that voice's."""
    start = fact.span[0] - offset
    who = next((name for (a, b), name in named if a <= start < b), None)
    return dataclasses.replace(fact, voice=who) if who and fact.voice is None else fact


def _settle(fact: Fact, reading: Reading, hedged: bool) -> Fact:
    """The attribution's hedge, and what the fact's aspect makes of it once the speaker is known."""
    if hedged and fact.polarity is Polarity.AFFIRMED:
        fact = dataclasses.replace(fact, polarity=Polarity.HEDGED)
    settle = ASPECTS[fact.aspect].settle
    return settle(fact, reading) if settle is not None else fact


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in sorted(facts, key=lambda f: (f.span, f.aspect.value, f.scoped_key)):
        k = (f.aspect, f.scoped_key, f.value.label(), f.polarity)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


__all__ = [
    "Context",
    "Extraction",
    "Reading",
    "answer_accusations",
    "bind_answers",
    "take_up_confirmed",
    "take_up_tolls",
    "event_dates",
    "event_day",
    "event_days",
    "event_window",
    "extract",
    "incident_places",
    "places_apart",
    "read",
    "scene_setting",
    "toll_still_going",
]
