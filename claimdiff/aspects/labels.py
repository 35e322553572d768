"""Comparing labels (victims, causes, places, actors): stated against denied, rival classes,
the same class stated twice."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from claimdiff.align import Block, Mention
from claimdiff.aspects.base import Found, Scene, contra, pair_found
from claimdiff.model import Aspect, Label, Polarity, RelationKind, Strength

Keyer = Callable[[Mention], "str | None"]
Spots = Callable[[Block, str, str, dict[str, Mention], dict[str, Mention], Scene], "Found | None"]


def by_category(m: Mention) -> str | None:
    value = m.fact.value
    assert isinstance(value, Label)
    return value.category


def categories(mentions: tuple[Mention, ...], key: Keyer) -> tuple[dict[str, Mention], dict[str, Mention]]:
    """What a voice states and what it denies, by category (or name)."""
    stated: dict[str, Mention] = {}
    denied: dict[str, Mention] = {}
    last: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: (m.order, m.fact.span)):
        cat = key(m)
        if cat is None:
            continue
        last[cat] = m
        if m.fact.polarity is Polarity.DENIED:
            denied.setdefault(cat, m)
        elif cat not in stated or (_hedged(stated[cat]) and not _hedged(m)):
            stated[cat] = m  # the first firm statement, else the first hedged one
    # A voice that both states and denies one thing in other reports ("denied the report", then
    # "admitted its forces shot it down") holds its later word.
    for cat in set(stated) & set(denied):
        if denied[cat].statement == stated[cat].statement:
            # "denied firing rockets or artillery and accused the other side of shelling": a
            # sentence cannot deny what it states; what it denies is narrower (its own fire).
            del denied[cat]
            continue
        if last[cat].document != denied[cat].document or last[cat].document != stated[cat].document:
            if last[cat].fact.polarity is Polarity.DENIED:
                del stated[cat]
            else:
                del denied[cat]
    return stated, denied


def _hedged(m: Mention) -> bool:
    return m.fact.polarity is Polarity.HEDGED


def compare_labels(
    block: Block,
    a: str,
    b: str,
    scene: Scene,
    *,
    what: str,
    key: Keyer = by_category,
    conflicts: frozenset[frozenset[str]] = frozenset(),
    spots: Spots | None = None,
    covers: Callable[[Mention, Mention], bool] = lambda denied, stated: True,
) -> Found | None:
    """The relation between two voices' labels in one block, if any; ``covers`` says whether
    a denial reaches a statement of the same class (by default it always does)."""
    names = scene.names
    sa, da = block.derived("categories", a, lambda ms: categories(ms, key))
    sb, db = block.derived("categories", b, lambda ms: categories(ms, key))
    # Affirmed by one, denied by the other: the hardest contradiction there is.
    for cat in sorted(set(sa) & set(db)):
        if covers(db[cat], sa[cat]):
            detail = f"{what}: {names[a]} states {label(sa[cat])}; {names[b]} denies it ({label(db[cat])})"
            return contra(block, a, b, sa[cat], db[cat], detail, Strength.HARD)
    for cat in sorted(set(sb) & set(da)):
        if covers(da[cat], sb[cat]):
            detail = f"{what}: {names[b]} states {label(sb[cat])}; {names[a]} denies it ({label(da[cat])})"
            return contra(block, a, b, da[cat], sb[cat], detail, Strength.HARD)
    for x, y in sorted(itertools.product(sa, sb)):
        # A voice that states both ("fighters died, and some civilians too") clashes with neither;
        # one that only supposes the other ("civilians probably died as well") still clashes.
        if frozenset((x, y)) in conflicts and not _firm(sa, y) and not _firm(sb, x):
            detail = (
                f"{what}: {label(sa[x])} ({names[a]}) vs {label(sb[y])} ({names[b]}): cannot both be true"
            )
            return contra(block, a, b, sa[x], sb[y], detail, Strength.HARD)
    if spots is not None:
        found = spots(block, a, b, sa, sb, scene)
        if found is not None:
            return found
    shared = sorted(set(sa) & set(sb))
    if shared:
        x, y = sa[shared[0]], sb[shared[0]]
        hedged = Polarity.HEDGED in (x.fact.polarity, y.fact.polarity)
        lx, ly = label(x), label(y)
        # One class in other words ("road accident", "overloaded"): say both, and the class.
        both = f"{lx} ({names[a]}); {ly} ({names[b]})"
        named = x.fact.aspect in (Aspect.ACTOR, Aspect.PLACE)  # their key is a name, not a class
        said = lx if lx.lower() == ly.lower() else both if named else f"{shared[0]}: {both}"
        detail = f"{what}: both state {said}" + (" (one hedged)" if hedged else "")
        return pair_found(RelationKind.AGREEMENT, block, x, y, (a, b), detail, 0.7 if hedged else 0.85)
    return None


def _firm(stated: dict[str, Mention], cat: str) -> bool:
    return cat in stated and not _hedged(stated[cat])


def label(m: Mention) -> str:
    """A label as evidence: a victim's category with its words, an actor's name, else the words."""
    value = m.fact.value
    assert isinstance(value, Label)
    text = value.text if value.text else value.name
    if m.fact.aspect is Aspect.VICTIMS and value.category and value.category not in text:
        return f"{value.category} ({text})"
    return f"{value.name}" if m.fact.aspect is Aspect.ACTOR else text
