"""Positions: the distinct values each claim takes, who holds each, and the conflicts between them.

Classify compares voices two by two; a reader wants the sides. Each value a relation compared
(a figure by its bounds, a victim category, a cause, a date, a place, a denial of one of them)
is a position held by every voice the relations found stating it; two positions a
contradiction set against each other are one conflict, with every voice on each side, however
many pairwise relations it gathers; two positions an agreement sets side by side ("203" and
"at least 200") are one accord. The report lists the pairwise relations only when asked
(``--pairs``), so it grows with the voices, not with their pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimdiff.aspects.base import sort_id
from claimdiff.model import (
    Aspect,
    Claim,
    Conflict,
    Count,
    Evidence,
    Label,
    Position,
    Relation,
    RelationKind,
    Strength,
    holds_negation,
)

# A position's identity: aspect, claim key, denied or not, and the value as compared.
_Ident = tuple[str, str, bool, object]


@dataclass
class _Holding:
    aspect: Aspect
    key: str
    label: str
    denied: bool
    sources: set[str] = field(default_factory=set)
    statements: set[str] = field(default_factory=set)
    first: tuple[int, ...] = ()
    value: Evidence | None = None
    held: dict[str, Evidence] = field(default_factory=dict)  # each holder's first value


def _value_ident(aspect: Aspect, ev: Evidence) -> object:
    value = ev.value
    if isinstance(value, Count):
        return ("count", value.low, value.high)
    if isinstance(value, Label):
        # Victims and causes compare by category ("civilians" and "civilian" are one position).
        return value.category or value.name if aspect in (Aspect.VICTIMS, Aspect.CAUSE) else value.name
    return value.label()


def _label(aspect: Aspect, ev: Evidence) -> str:
    """The position in words: a victim category ("civilian"), else the first holder's name or
    figure ("negligence", "203")."""
    value = ev.value
    if isinstance(value, Label) and aspect is Aspect.VICTIMS:
        return value.category or value.name
    if isinstance(value, Count) and value.form == "disputed":
        # "disputed the toll": read "not the toll as stated"; a crowd's count is a figure
        return "the toll as stated" if aspect is Aspect.CASUALTIES else "the figure as stated"
    return value.name if isinstance(value, Label) else value.text


@dataclass(frozen=True)
class Built:
    """What ``build`` finds: the positions, the conflicts and accords between them."""

    positions: tuple[Position, ...]
    conflicts: tuple[Conflict, ...]
    accords: tuple[Conflict, ...]


def build(relations: tuple[Relation, ...], claims: tuple[Claim, ...]) -> Built:
    """Positions from the agreements and contradictions, and the conflicts (and accords)
    between them. Every agreement or contradiction of two values is gathered into one of
    them: an agreement on one value into its position, on two into an accord, a contradiction
    into a conflict; the rest stay pairwise."""
    key_of = {c.id: c.key for c in claims}
    holdings: dict[_Ident, _Holding] = {}
    same: dict[_Ident, list[str]] = {}
    kinds = (RelationKind.CONTRADICTION, RelationKind.AGREEMENT)
    sides: dict[RelationKind, dict[tuple[_Ident, _Ident], list[tuple[Relation, Evidence, Evidence]]]] = {
        k: {} for k in kinds
    }
    first_side: dict[tuple[_Ident, _Ident], _Ident] = {}
    for order, rel in enumerate(relations):
        if rel.kind not in kinds or len(rel.values) != 2:
            continue
        key = next((key_of[c] for c in rel.claims if c in key_of), rel.aspect.value)
        idents = []
        for ev in rel.values:
            denied = holds_negation(ev.polarity, ev.value)
            ident = (rel.aspect.value, key, denied, _value_ident(rel.aspect, ev))
            label = _label(rel.aspect, ev)
            held = holdings.setdefault(
                ident, _Holding(rel.aspect, key, label, denied, first=(order,), value=ev)
            )
            held.sources.add(ev.source)
            held.statements.add(ev.statement)
            held.held.setdefault(ev.source, ev)
            idents.append(ident)
        if idents[0] == idents[1]:
            if rel.kind is RelationKind.AGREEMENT:
                same.setdefault(idents[0], []).append(rel.id)
            continue
        # Grouped whichever way round each relation names them; oriented below by the first.
        (x, ex), (y, ey) = sorted(zip(idents, rel.values, strict=True), key=lambda p: repr(p[0]))
        sides[rel.kind].setdefault((x, y), []).append((rel, ex, ey))
        first_side.setdefault((x, y), idents[0])
    ordered = sorted(holdings.items(), key=lambda kv: (kv[1].first, repr(kv[0])))
    ids = {ident: f"p{i}" for i, (ident, _) in enumerate(ordered, 1)}
    positions = tuple(
        Position(
            ids[ident],
            held.aspect,
            held.key,
            held.label,
            held.denied,
            tuple(sorted(held.sources, key=sort_id)),
            tuple(sorted(held.statements, key=sort_id)),
            held.value,
            tuple(same.get(ident, ())),
            tuple(held.held[s] for s in sorted(held.sources, key=sort_id)),
        )
        for ident, held in ordered
    )
    gathered = (
        _gathered(sides[kind], first_side, holdings, ids, kind, prefix)
        for kind, prefix in ((RelationKind.CONTRADICTION, "x"), (RelationKind.AGREEMENT, "a"))
    )
    return Built(positions, *gathered)


def _gathered(
    sides: dict[tuple[_Ident, _Ident], list[tuple[Relation, Evidence, Evidence]]],
    first_side: dict[tuple[_Ident, _Ident], _Ident],
    holdings: dict[_Ident, _Holding],
    ids: dict[_Ident, str],
    kind: RelationKind,
    prefix: str,
) -> tuple[Conflict, ...]:
    out = []
    for (x, y), found in sorted(sides.items(), key=lambda kv: sort_id(kv[1][0][0].id)):
        a = tuple(sorted({ea.source for _, ea, _ in found}, key=sort_id))
        b = tuple(sorted({eb.source for _, _, eb in found}, key=sort_id))
        first, ex, ey = found[0]
        if first_side[x, y] == y:  # side A is the first relation's first voice's, as the table reads
            x, y, a, b, ex, ey = y, x, b, a, ey, ex
        strengths = {rel.strength for rel, _, _ in found}
        strength = Strength.HARD if Strength.HARD in strengths else next(iter(strengths - {None}), None)
        out.append(
            Conflict(
                f"{prefix}{len(out) + 1}",
                first.aspect,
                holdings[x].key,
                (ids[x], ids[y]),
                (a, b),
                strength if kind is RelationKind.CONTRADICTION else None,
                tuple(rel.id for rel, _, _ in found),
                _detail(holdings[x], holdings[y], first),
                (ex, ey),
                kind,
            )
        )
    return tuple(out)


def _detail(x: _Holding, y: _Holding, first: Relation) -> str:
    """What the two sides hold, in the words of the relation that first set them apart."""
    what = first.detail.split(":", 1)[0]
    return f"{what}: {_side(x)} vs {_side(y)}"


def _side(held: _Holding) -> str:
    return ("not " if held.denied else "") + held.label


__all__ = ["Built", "build"]
