"""Two incidents in one case: air strikes and the rocket fire they answered.

A report that gives a toll for each of two kinds of attack and ties one to the other ("45 were
killed in air strikes after rebels fired mortar rounds at the capital, killing seven") tells two
incidents of one day, not rival accounts of one. Then a toll tied to one kind (in its own clause,
or by the sentence just before it) is not compared with a toll tied to the other, and the two
kinds are not rival causes. Rival accounts of one attack ("an air strike" vs
"a misfired rocket") give no such report: nobody tells both as having happened.
"""

from __future__ import annotations

from collections import defaultdict

from claimdiff.align import Mention
from claimdiff.aspects.base import Scene
from claimdiff.aspects.reading import rx, table, wordset
from claimdiff.model import Count, Label, Statement

Kinds = frozenset[str]


def _kind(fact_value: object) -> str | None:
    if not isinstance(fact_value, Label):
        return None
    return table("causes.incident_kinds").get(fact_value.category)


def _tied(st: Statement) -> dict[int, Kinds]:
    """Each casualty figure of the statement (by its index) -> the kinds of attack named in
    its own clause."""
    text, base = st.text, st.span[0]
    ends = [m.start() for m in rx("causes.incident_clause_end").finditer(text)]
    causes = [(f.span[0] - base, k) for f in st.facts if (k := _kind(f.value)) is not None]
    tied: dict[int, Kinds] = {}
    for i, f in enumerate(st.facts):
        value = f.value
        if not isinstance(value, Count) or value.counted not in wordset("counts.casualty_kinds"):
            continue
        at = f.span[0] - base
        lo = max((e for e in ends if e < at), default=-1)
        hi = min((e for e in ends if e > at), default=len(text))
        kinds = frozenset(k for pos, k in causes if lo < pos < hi)
        if kinds:
            tied[i] = kinds
    return tied


def _links(st: Statement) -> set[Kinds]:
    """Pairs of kinds the sentence ties with "after" or "in response to", one on each side."""
    base = st.span[0]
    causes = [(f.span[0] - base, k) for f in st.facts if (k := _kind(f.value)) is not None]
    pairs: set[Kinds] = set()
    for m in rx("causes.incident_link").finditer(st.text):
        before = {k for pos, k in causes if pos < m.start()}
        after = {k for pos, k in causes if pos > m.end()}
        pairs |= {frozenset((x, y)) for x in before for y in after if x != y}
    return pairs


# How far back a figure with no kind of attack in its own clause looks for the one it follows.
_CONTEXT_REACH = 2


def _kinds(st: Statement) -> Kinds:
    return frozenset(k for f in st.facts if (k := _kind(f.value)) is not None)


class _Incidents:
    """What a case says of its incidents, computed once per comparison."""

    def __init__(self, scene: Scene) -> None:
        by_doc: dict[str, set[str]] = defaultdict(set)
        links: dict[str, set[Kinds]] = defaultdict(set)
        self.tied: dict[str, dict[int, Kinds]] = {}
        self.context: dict[str, Kinds] = {}
        before: list[Statement] = []
        for st in scene.statements:
            if before and before[-1].document != st.document:
                before = []
            # A figure with no kind of its own follows the attack the sentences before it name.
            near = next((k for b in reversed(before[-_CONTEXT_REACH:]) if (k := _kinds(b))), frozenset())
            self.context[st.id] = near
            before.append(st)
            if st.background:
                continue
            tied = _tied(st)
            self.tied[st.id] = tied
            for kinds in tied.values():
                if len(kinds) == 1:
                    by_doc[st.document] |= kinds
            links[st.document] |= _links(st)
        # A pair counts only where one report gives a toll of each kind and ties the two.
        self.pairs = frozenset(p for doc, ps in links.items() for p in ps if p <= by_doc[doc])

    def side(self, m: Mention) -> str | None:
        kinds = self.tied.get(m.statement, {}).get(m.index) or self.context.get(m.statement, frozenset())
        return next(iter(kinds)) if len(kinds) == 1 else None


def _incidents(scene: Scene) -> _Incidents:
    return scene.derived("incidents", _Incidents)


def apart(scene: Scene, xs: tuple[Mention, ...], ys: tuple[Mention, ...]) -> bool:
    """The two voices' figures are tolls of two incidents the case tells apart: each voice's
    are all tied to one kind of attack, and the case ties the two kinds as two incidents."""
    found = _incidents(scene)
    if not found.pairs:
        return False
    sx, sy = _sides(found, xs), _sides(found, ys)
    if len(sx) != 1 or len(sy) != 1 or None in sx | sy:
        return False
    return frozenset(sx | sy) in found.pairs


def _sides(found: _Incidents, ms: tuple[Mention, ...]) -> set[str | None]:
    """The kinds of attack one voice's figures are tied to; a figure with none of its own is
    tied as the same figure is elsewhere ("Strikes kill 45 ... At least 45 were killed in air
    strikes")."""
    own = {_figure(m): side for m in ms if (side := found.side(m)) is not None}
    return {found.side(m) or own.get(_figure(m)) for m in ms}


def _figure(m: Mention) -> float | None:
    value = m.fact.value
    return value.nominal if isinstance(value, Count) else None


def compatible(scene: Scene, conflicts: frozenset[frozenset[str]]) -> frozenset[frozenset[str]]:
    """The rival cause classes of this case: classes of two incidents it tells apart are not."""
    pairs = _incidents(scene).pairs
    if not pairs:
        return conflicts
    kinds = table("causes.incident_kinds")
    return frozenset(p for p in conflicts if frozenset(kinds.get(c) for c in p) not in pairs)
