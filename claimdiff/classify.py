"""Classify stage: aligned facts become relations between voices, each with its evidence.

A contradiction is two typed values that cannot both be true (disjoint ranges, civilians vs
fighters, an airstrike vs a misfired rocket, affirmed vs denied) or, when soft, figures whose
bounds overlap but that are stated differently. A voice that changes its own figure makes a
revision, never a contradiction. An omission is a fact that a voice giving its own account of
the event leaves out. What each aspect compares, and how, is its module's in
``claimdiff.aspects``; this stage walks the blocks and voice pairs and numbers the relations.
"""

from __future__ import annotations

import itertools

from claimdiff.align import Alignment, Mention
from claimdiff.aspects import ASPECTS
from claimdiff.aspects.base import Found, Scene
from claimdiff.aspects.base import sort_id as _sort_id
from claimdiff.kinds import KIND_ORDER
from claimdiff.model import Aspect, Evidence, Relation, Source, Statement


def classify(
    alignment: Alignment,
    statements: tuple[Statement, ...],
    sources: tuple[Source, ...],
) -> tuple[Relation, ...]:
    """Every agreement, contradiction, revision and omission the aligned facts support."""
    names = {s.id: s.name for s in sources}
    scene = Scene(alignment, statements, sources, _accounts(alignment), names)
    found: list[Found] = []
    for block in alignment.blocks:
        rules = ASPECTS[block.aspect]
        if rules.revise is not None:
            found.extend(rules.revise(block, scene))
        for a, b in itertools.combinations(block.sources(), 2):
            rel = rules.compare(block, a, b, scene)
            if rel is not None:
                found.append(rel)
    for rules in ASPECTS.values():
        if rules.relate is not None:
            found.extend(rules.relate(scene))
    return _finish(found, alignment)


def _accounts(alignment: Alignment) -> dict[str, int]:
    """Voices that give their own account of what happened (a toll, the victims, a cause), with
    the number of statements in which they do."""
    statements: dict[str, set[str]] = {}
    for block in alignment.blocks:
        if ASPECTS[block.aspect].account:
            for source, mentions in block.by_source:
                statements.setdefault(source, set()).update(m.statement for m in mentions)
    return {source: len(ids) for source, ids in statements.items()}


_KIND_ORDER = {kind: i for i, kind in enumerate(KIND_ORDER)}
_ASPECT_ORDER = {a: i for i, a in enumerate(Aspect)}


def _finish(found: list[Found], alignment: Alignment) -> tuple[Relation, ...]:
    claim_of = dict(alignment.claim_of)

    def sort_key(f: Found) -> tuple:
        return (
            _KIND_ORDER[f.kind],
            _ASPECT_ORDER[f.aspect],
            _sort_id(f.sources[0]),
            _sort_id(f.sources[1]),
            f.key,
            f.detail,
        )

    out = []
    seen = set()
    for f in sorted(found, key=sort_key):
        ident = (f.kind, f.aspect, f.key, f.sources)
        if ident in seen:
            continue
        seen.add(ident)
        mentions = (*f.a, *f.b)
        stmts = tuple(dict.fromkeys(m.statement for m in mentions))
        values = tuple(
            Evidence(m.statement, m.source, m.fact.span, m.fact.polarity, m.fact.value) for m in mentions
        )
        claims = tuple(sorted({c for m in mentions if (c := _claim(claim_of, m)) is not None}, key=_sort_id))
        out.append(
            Relation(
                id=f"r{len(out) + 1}",
                kind=f.kind,
                aspect=f.aspect,
                statements=stmts,
                sources=f.sources,
                detail=f.detail,
                score=f.score,
                strength=f.strength,
                missing_in=f.missing_in,
                values=values,
                claims=claims,
            )
        )
    return tuple(out)


def _claim(claim_of: dict[tuple[str, int], str], m: Mention) -> str | None:
    return claim_of.get((m.statement, m.index))
