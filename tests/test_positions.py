"""Positions and conflicts: the sides of each contradiction, with every voice on each."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimdiff
from claimdiff.model import Aspect, Case, Document, RelationKind
from claimdiff.pipeline import compare_case

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _compare(*voices: tuple[str, str]):  # type: ignore[no-untyped-def]
    docs = tuple(Document(f"d{i}", f"{i}.txt", text, source=name) for i, (name, text) in enumerate(voices, 1))
    return compare_case(Case("t", None, docs))


def test_two_voices_against_one_are_one_conflict_with_both_on_one_side() -> None:
    comparison = _compare(
        ("Rights Watch", "The soldiers killed 40 civilians in the village."),
        ("Army", "The operation killed 40 armed fighters."),
        ("Medics", "The victims were civilians, including 12 children."),
    )
    names = {s.id: s.name for s in comparison.sources}
    victims = [c for c in comparison.conflicts if c.aspect.value == "victims"]
    assert len(victims) == 1
    sides = [sorted(names[s] for s in side) for side in victims[0].sides]
    assert sorted(sides) == [["Army"], ["Medics", "Rights Watch"]]
    pairwise = [
        r for r in comparison.relations if r.kind is RelationKind.CONTRADICTION and r.aspect is Aspect.VICTIMS
    ]
    assert sorted(victims[0].relations) == sorted(r.id for r in pairwise) and len(pairwise) == 2


def test_positions_name_their_holders_and_a_denial_is_a_position() -> None:
    comparison = _compare(
        ("Inspectors", "Negligence caused the collapse."),
        ("Owner", "The owner denied that negligence caused the collapse."),
    )
    causes = [p for p in comparison.positions if p.aspect.value == "cause"]
    assert {(p.label, p.denied) for p in causes} == {("negligence", False), ("negligence", True)}
    assert [c.detail.split(": ", 1)[1] for c in comparison.conflicts] == ["negligence vs not negligence"]


def test_a_toll_of_no_one_is_a_figure_not_a_denial() -> None:
    comparison = _compare(
        ("Army", "The army said no one was killed at the bridge."),
        ("Rights Watch", "At least 12 protesters were killed at the bridge."),
    )
    tolls = [p for p in comparison.positions if p.aspect.value == "casualties"]
    assert not any(p.denied for p in tolls)
    assert [c.detail for c in comparison.conflicts] == ["killed: no one was killed vs At least 12"]


@pytest.mark.parametrize("case", ["moura", "hospital-blast", "protest-crowd"])
def test_every_contradiction_belongs_to_a_conflict_between_its_voices(case: str) -> None:
    comparison = claimdiff.compare([str(FIXTURES / case)])
    conflicts = {r: c for c in comparison.conflicts for r in c.relations}
    for rel in comparison.relations:
        if rel.kind is not RelationKind.CONTRADICTION:
            continue
        conflict = conflicts[rel.id]
        a, b = rel.sources
        first, second = conflict.sides
        assert (a in first and b in second) or (b in first and a in second)
        held = {p.id: p for p in comparison.positions}
        assert all(held[p].aspect is rel.aspect for p in conflict.positions)
