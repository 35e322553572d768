"""Quantities: figures other than the toll (arrests, displaced, crowds, troops, buildings...).

They share the sentence's figure reading with counts, and compare and revise the same way.
"""

from __future__ import annotations

from claimdiff.aspects import figures
from claimdiff.aspects.base import AspectRules, Found, Scene
from claimdiff.aspects.reading import Reading
from claimdiff.model import Aspect, Fact


def extract(reading: Reading, found: tuple[Fact, ...]) -> list[Fact]:
    return [f for f in figures.figures(reading) if f.aspect is Aspect.QUANTITY]


def _facility(scene: Scene) -> list[Found]:
    return figures.facility_relations(Aspect.QUANTITY, scene)


RULES = AspectRules(Aspect.QUANTITY, extract, figures.compare, revise=figures.revisions, relate=_facility)
