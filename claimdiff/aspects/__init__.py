"""The aspects of an event a fact can be about, one module each, and their registry.

Each module holds its aspect's extraction and its comparison behind an ``AspectRules``;
``ASPECTS`` lists them in the order extraction runs (an aspect sees the facts of those before
it: counts name victims, victims block actors). A new aspect is one module, one line here and
its words in ``data/lang/<code>/``.
"""

from __future__ import annotations

from claimdiff.aspects import actors, causes, counts, places, quantities, times, victims
from claimdiff.aspects.base import AspectRules, Found, Scene
from claimdiff.aspects.reading import Context, Reading
from claimdiff.model import Aspect

ASPECTS: dict[Aspect, AspectRules] = {
    Aspect.CASUALTIES: counts.RULES,
    Aspect.QUANTITY: quantities.RULES,
    Aspect.VICTIMS: victims.RULES,
    Aspect.CAUSE: causes.RULES,
    Aspect.ACTOR: actors.RULES,
    Aspect.TIME: times.RULES,
    Aspect.PLACE: places.RULES,
}

__all__ = ["ASPECTS", "AspectRules", "Context", "Found", "Reading", "Scene"]
