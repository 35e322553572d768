"""A sentence read once for every aspect: its figures, its times and what extraction decided.

Every extractor receives a ``Reading``: the sentence's text, where it sits in its document,
the case's context, the attribution to leave alone, and the quantities and time expressions
found in it (each scanner runs once per sentence). Readings derived from it (the figures that
counts and quantities share) are cached on it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from claimdiff.clause import ClauseReading
from claimdiff.lang import Language, active, pattern
from claimdiff.lexicon import AliasTable
from claimdiff.numbers import Quantity
from claimdiff.timex import TimeExpr


def rx(ref: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A phrase pattern of the language in force, compiled once per language."""
    return pattern(ref, flags)


def wordset(ref: str) -> frozenset[str]:
    """A word list of the language in force, as a set."""
    return active().wordset(ref)


def table(ref: str) -> Any:
    """A table of the language in force."""
    return active().table(ref)


def derived(name: str, make: Callable[[Language], Any]) -> Any:
    """A structure built once per language from its words."""
    return active().derived(name, make)


def calendar_words() -> frozenset[str]:
    """The names of the weekdays and months of the language in force, in lower case."""
    return derived(
        "dates.calendar_words",
        lambda lang: frozenset((*lang.words("dates.weekdays"), *lang.words("dates.months"))),
    )


@dataclass(frozen=True, slots=True)
class Context:
    """What extraction needs to know beyond the sentence."""

    reference_date: dt.date | None
    aliases: AliasTable
    window: tuple[dt.date, dt.date] | None  # the event's dates, when known
    dated: bool = False  # the document carries its own date (a dateline)
    day: dt.date | None = None  # the day most accounts give the event, when they give one
    days: frozenset[dt.date] = frozenset()  # the single days this document dates the event
    provisional: bool = False  # the document says its toll is still going ("expected to rise")
    elsewhere: frozenset[str] = frozenset()  # places the document gives a second incident


@dataclass(frozen=True, slots=True)
class Reading:
    """One sentence as the aspects see it."""

    text: str
    offset: int  # maps sentence offsets to document offsets
    ctx: Context
    skip: tuple[int, int] | None  # the attribution ("X said"): no fact comes from it
    quantities: tuple[Quantity, ...]  # figures without a unit, outside ``skip``
    times: tuple[TimeExpr, ...]
    event: bool  # the sentence speaks of the event
    core: bool  # ... of the event itself, not what followed it
    clauses: ClauseReading  # what the clause layer read: its speaker, clauses and cue scopes
    omissions: tuple[tuple[str, str, tuple[int, int]], ...] = ()  # "X made no mention of Y"
    speaker: str = ""  # the canonical name of the voice that speaks
    background: bool = False  # about another time than the event (decided once the window is known)
    scene: bool = False  # its fronted hour sets the scene of the event its voice tells next
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def derived(self, what: str, make: Callable[[Reading], Any]) -> Any:
        """``make(self)``, computed once per reading (counts and quantities share figures)."""
        if what not in self.memo:
            self.memo[what] = make(self)
        return self.memo[what]

    @property
    def omitted(self) -> list[tuple[int, int]]:
        """Where the sentence names what a voice leaves out: no actor is read there."""
        return [span for _, _, span in self.omissions]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the sentence as a span of the document."""
        return (self.offset + start, self.offset + end)

    def skipped(self, pos: int) -> bool:
        return self.skip is not None and self.skip[0] <= pos < self.skip[1]


def inside(pos: int, spans: Any) -> bool:
    """``pos`` falls in one of ``spans``."""
    return any(a <= pos < b for a, b in spans)


def without_comparisons(text: str) -> str:
    """The text with its comparisons to an earlier time blanked ("the largest since the protests
    began"), offsets kept: they date nothing of the event."""
    return rx("events.since_comparison").sub(lambda m: " " * len(m.group()), text)
