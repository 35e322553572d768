"""Counts: the toll (killed, injured, missing), as ranges, with revisions between reports.

A toll that names its victims ("203 fighters were killed") also states who they were; "no
civilians were killed" denies a toll as zero. Figures that count other dead than another
voice's ("three terrorists neutralised" from a voice that mourns civilians) are not rivals.
"""

from __future__ import annotations

from claimdiff.align import Block
from claimdiff.aspects import figures, victims
from claimdiff.aspects.base import AspectRules, Found, Scene
from claimdiff.aspects.reading import Reading
from claimdiff.lexicon import victim_category
from claimdiff.model import Aspect, Count, Fact


def extract(reading: Reading, found: tuple[Fact, ...]) -> list[Fact]:
    """The sentence's tolls and the victims they name, then its zero tolls, then a toll it
    disputes without a figure of its own."""
    tolls = [f for f in figures.figures(reading) if f.aspect is not Aspect.QUANTITY]
    zeros = figures.zero_counts(reading)
    disputed = figures.disputed_toll(reading)
    if tolls or zeros:
        # "300 died, officials said, though villagers say the real toll is hidden": the dispute is
        # another voice's, named in a clause of its own.
        return tolls + zeros + [f for f in disputed if reading.clauses.named_at(f.span[0] - reading.offset)]
    return disputed


def compare(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    if figures.same_group(block, a, b) is None and _different_dead(
        block, a, b, scene.derived("mourners", victims.mourners)
    ):
        return None
    return figures.compare(block, a, b, scene)


def _different_dead(block: Block, a: str, b: str, mourners: frozenset[str]) -> bool:
    """ "Three terrorists were neutralised" from a voice that also mourns civilian lives counts
    other dead than "four drivers were killed": the figures are not rival tolls."""
    for x, y in ((a, b), (b, a)):
        hx = block.derived("headlines", x, figures.headlines)
        hy = block.derived("headlines", y, figures.headlines)
        if not hx or not hy:
            return False
        cx, cy = hx[-1].fact.value, hy[-1].fact.value
        if isinstance(cx, Count) and isinstance(cy, Count):
            if (
                victim_category(cx.who) == victims.COMBATANT
                and victim_category(cy.who) != victims.COMBATANT
                and x in mourners
            ):
                return True
    return False


def _facility(scene: Scene) -> list[Found]:
    return figures.facility_relations(Aspect.CASUALTIES, scene)


RULES = AspectRules(
    Aspect.CASUALTIES, extract, compare, revise=figures.revisions, relate=_facility, account=True
)
