"""The bundled case: what a user expects claimdiff to find in the Moura accounts, in both forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.check import match_source
from claimdiff.ingest import load_manifest
from claimdiff.lexicon import AliasTable
from claimdiff.model import Comparison, Label, RelationKind
from claimdiff.pipeline import compare_case

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _compare(slug: str) -> tuple[Comparison, AliasTable]:
    case = load_manifest(FIXTURES / slug)
    return compare_case(case), AliasTable.build(case.aliases, texts=(d.text for d in case.documents))


@pytest.fixture(params=["moura", "moura-article"], scope="module")
def moura(request: pytest.FixtureRequest) -> tuple[Comparison, AliasTable]:
    return _compare(request.param)


def _voice(comparison: Comparison, aliases: AliasTable, name: str) -> str:
    sid = match_source(name, comparison, aliases)
    assert sid is not None, f"no voice {name!r} in {[s.name for s in comparison.sources]}"
    return sid


def _relations(comparison: Comparison, kind: RelationKind, aspect: str, a: str, b: str) -> list:
    return [
        r
        for r in comparison.relations
        if r.kind is kind and r.aspect.value == aspect and set(r.sources) == {a, b}
    ]


def test_victims_contradict_between_france_and_the_malian_army(moura):
    comparison, aliases = moura
    france = _voice(comparison, aliases, "French Foreign Ministry")
    army = _voice(comparison, aliases, "Malian army")
    rels = _relations(comparison, RelationKind.CONTRADICTION, "victims", france, army)
    assert rels and rels[0].strength.value == "hard"
    labels = {v.value.name for v in rels[0].values if isinstance(v.value, Label)}
    assert labels == {"civilian", "combatant"}
    # The evidence points into the documents.
    for value in rels[0].values:
        st = comparison.statement(value.statement)
        text = comparison.document(st.document).text
        start, end = value.span
        assert text[start:end] and st.span[0] <= start < end <= st.span[1]


def test_hundreds_and_203_do_not_contradict(moura):
    comparison, aliases = moura
    france = _voice(comparison, aliases, "French Foreign Ministry")
    army = _voice(comparison, aliases, "Malian army")
    assert not _relations(comparison, RelationKind.CONTRADICTION, "casualties", france, army)
    assert _relations(comparison, RelationKind.AGREEMENT, "casualties", france, army)


def test_the_army_leaves_wagner_out(moura):
    comparison, aliases = moura
    army = _voice(comparison, aliases, "Malian army")
    omissions = [
        r
        for r in comparison.relations
        if r.kind is RelationKind.OMISSION and r.missing_in == army and "wagner" in r.detail.lower()
    ]
    assert omissions
    assert omissions[0].sources[1] == army


def test_three_voices_agree_on_wagner(moura):
    comparison, aliases = moura
    voices = [
        _voice(comparison, aliases, n)
        for n in ("French Foreign Ministry", "United States", "local residents")
    ]
    for i, a in enumerate(voices):
        for b in voices[i + 1 :]:
            rels = _relations(comparison, RelationKind.AGREEMENT, "actor", a, b)
            assert any("Wagner" in r.detail for r in rels), (a, b)


def test_place_agreement(moura):
    comparison, aliases = moura
    france = _voice(comparison, aliases, "French Foreign Ministry")
    army = _voice(comparison, aliases, "Malian army")
    assert _relations(comparison, RelationKind.AGREEMENT, "place", france, army)


def test_background_is_left_alone(moura):
    comparison, _ = moura
    background = {st.id for st in comparison.statements if st.background}
    assert background, "the troop deployment since 2014 is background"
    for rel in comparison.relations:
        assert not set(rel.statements) & background, rel.detail
        assert "5,000" not in rel.detail and "5000" not in rel.detail
