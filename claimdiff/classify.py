"""Classify stage: aligned facts become relations between voices, each with its evidence.

A contradiction is two typed values that cannot both be true (disjoint ranges, civilians vs
fighters, an airstrike vs a misfired rocket, affirmed vs denied) or, when soft, figures whose
bounds overlap but that are stated differently. A voice that changes its own figure makes a
revision, never a contradiction. An omission is a fact that a voice giving its own account of
the event leaves out.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimdiff.align import Alignment, Block, Mention
from claimdiff.kinds import KIND_ORDER
from claimdiff.lexicon import normalise_name, victim_category
from claimdiff.model import (
    Aspect,
    Count,
    Evidence,
    Label,
    Period,
    Polarity,
    Relation,
    RelationKind,
    Source,
    Statement,
    Strength,
)

# Differences of stated figures below this share are the same figure said twice.
FIGURE_TOLERANCE = 0.03
# Pairs of cause classes that cannot both be the cause of one event.
CAUSE_CONFLICTS = frozenset(
    frozenset(p)
    for p in [
        ("aerial", "rocket"),
        ("aerial", "artillery"),
        ("aerial", "bomb"),
        ("rocket", "artillery"),
        ("rocket", "bomb"),
        ("artillery", "bomb"),
        ("deliberate", "accident"),
        ("deliberate", "natural"),
        ("clashes", "deliberate"),
        # "died in clashes between inmates" vs "shot by guards": rival accounts of who killed.
        ("clashes", "gunfire"),
        ("accident", "gunfire"),
        ("accident", "bomb"),
        ("natural", "bomb"),
    ]
)
VICTIM_CONFLICTS = frozenset({frozenset(("civilian", "combatant"))})


@dataclass(frozen=True, slots=True)
class Found:
    """A relation before ids are given."""

    kind: RelationKind
    aspect: Aspect
    key: str
    a: tuple[Mention, ...]
    b: tuple[Mention, ...]
    sources: tuple[str, str]
    detail: str
    score: float
    strength: Strength | None = None
    missing_in: str | None = None


def classify(
    alignment: Alignment,
    statements: tuple[Statement, ...],
    sources: tuple[Source, ...],
) -> tuple[Relation, ...]:
    """Every agreement, contradiction, revision and omission the aligned facts support."""
    names = {s.id: s.name for s in sources}
    mourners = _civilian_voices(alignment)
    found: list[Found] = []
    for block in alignment.blocks:
        if block.aspect in (Aspect.CASUALTIES, Aspect.QUANTITY):
            found.extend(_revisions(block, names))
        for a, b in itertools.combinations(block.sources(), 2):
            if block.aspect is Aspect.CASUALTIES and _different_dead(block, a, b, mourners):
                continue
            if block.key.endswith((":subset", ":at one facility")):
                continue  # a share of an unnamed group, or one hospital's count: not a rival toll
            rel = _compare(block, a, b, names)
            if rel is not None:
                found.append(rel)
    found.extend(_facility_agreements(alignment, names))
    found.extend(_omissions(alignment, statements, sources))
    return _finish(found, alignment)


def _facility_agreements(alignment: Alignment, names: dict[str, str]) -> list[Found]:
    """One hospital's count never contradicts a toll, but it agrees with the same figure."""
    blocks = {(b.aspect, b.key): b for b in alignment.blocks}
    out = []
    for block in alignment.blocks:
        if not block.key.endswith(":at one facility"):
            continue
        base = blocks.get((block.aspect, block.key.rsplit(":", 1)[0]))
        if base is None:
            continue
        for a, ma in block.by_source:
            for b, mb in base.by_source:
                if a == b:
                    continue
                x, y = headlines(ma)[-1], headlines(mb)[-1]
                if _same_figure(x, y):
                    pair = (a, b) if _sort_id(a) < _sort_id(b) else (b, a)
                    first, second = (x, y) if pair[0] == a else (y, x)
                    out.append(
                        Found(
                            RelationKind.AGREEMENT,
                            block.aspect,
                            base.key,
                            (first,),
                            (second,),
                            pair,
                            f"{base.key}: {_fmt(x.fact.value)} ({names[a]}) is the figure {names[b]} gives",
                            0.8,
                        )
                    )
    return out


# ---------------------------------------------------------------------------
# Pairwise comparison


def _civilian_voices(alignment: Alignment) -> frozenset[str]:
    """Voices that say civilians died (whatever else they say)."""
    out = set()
    for block in alignment.blocks:
        if block.aspect is Aspect.VICTIMS:
            for source, mentions in block.by_source:
                if any(
                    isinstance(m.fact.value, Label)
                    and m.fact.value.category == "civilian"
                    and m.fact.polarity is not Polarity.DENIED
                    for m in mentions
                ):
                    out.add(source)
    return frozenset(out)


def _different_dead(block: Block, a: str, b: str, mourners: frozenset[str]) -> bool:
    """ "Three terrorists were neutralised" from a voice that also mourns civilian lives counts
    other dead than "four drivers were killed": the figures are not rival tolls."""
    for x, y in ((a, b), (b, a)):
        cx = block.derived("headlines", x, headlines)[-1].fact.value
        cy = block.derived("headlines", y, headlines)[-1].fact.value
        if isinstance(cx, Count) and isinstance(cy, Count):
            if (
                victim_category(cx.who) == "combatant"
                and victim_category(cy.who) != "combatant"
                and x in mourners
            ):
                return True
    return False


def _compare(block: Block, a: str, b: str, names: dict[str, str]) -> Found | None:
    ma, mb = block.mentions(a), block.mentions(b)
    if block.aspect in (Aspect.CASUALTIES, Aspect.QUANTITY):
        return _compare_counts(block, a, b, ma, mb, names)
    if block.aspect is Aspect.TIME:
        return _compare_times(block, a, b, ma, mb, names)
    return _compare_labels(block, a, b, ma, mb, names)


def _loose(c: Count) -> tuple[float, float]:
    """The widest reading of a figure: vague words and estimates are not exact bounds."""
    if c.form == "vague":
        return c.low * 0.5, c.high * 2
    if c.form in ("approx", "span"):
        return c.low * 0.9, c.high * 1.1
    if c.form == "upper" and c.low > 0:
        return c.low * 0.9, c.high
    return c.low, c.high


def _fmt(c: Count) -> str:
    if math.isinf(c.high):
        return f"{c.text} (>= {c.low:g})"
    if c.low == c.high:
        return c.text if c.text.replace(",", "").strip() == f"{c.low:g}" else f"{c.text} (= {c.low:g})"
    return f"{c.text} ({c.low:g}..{c.high:g})"


def latest(mentions: Iterable[Mention]) -> Mention:
    return max(mentions, key=lambda m: (m.order, m.fact.span))


def _compare_counts(
    block: Block, a: str, b: str, ma: tuple[Mention, ...], mb: tuple[Mention, ...], names: dict[str, str]
) -> Found | None:
    """Latest figure against latest figure; but a voice that once gave the other's figure
    (before revising its own) agrees with it rather than contradicting it."""
    ha, hb = block.derived("headlines", a, headlines), block.derived("headlines", b, headlines)
    found = _count_pair(block, a, b, ha[-1], hb[-1], names)
    if found.kind is RelationKind.CONTRADICTION:
        # A figure the other voice gave before revising it explains the difference.
        for x in ha:
            for y in hb:
                if _same_figure(x, y):
                    return _count_pair(block, a, b, x, y, names)
    return found


def _same_figure(x: Mention, y: Mention) -> bool:
    """The one voice's earlier figure is, word for word, the other's: an outdated figure."""
    cx, cy = x.fact.value, y.fact.value
    assert isinstance(cx, Count) and isinstance(cy, Count)
    return (cx.low, cx.high) == (cy.low, cy.high)


def headlines(mentions: tuple[Mention, ...]) -> list[Mention]:
    """A voice's figure in each document, in document order: the first precise figure, or a
    later one that announces an update ("the toll rose to 86")."""
    by_doc: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.order, m.fact.span)):
        by_doc.setdefault(m.document, []).append(m)
    out = []
    for ms in by_doc.values():
        precise = [m for m in ms if getattr(m.fact.value, "form", "") != "vague"] or ms
        updates = [m for m in precise[1:] if m.update]
        out.append(updates[-1] if updates else precise[0])
    return out


def _count_pair(block: Block, a: str, b: str, xa: Mention, xb: Mention, names: dict[str, str]) -> Found:
    ca, cb = xa.fact.value, xb.fact.value
    assert isinstance(ca, Count) and isinstance(cb, Count)
    what = block.key.replace(":", " ")
    said = f"{_fmt(ca)} ({names[a]}) vs {_fmt(cb)} ({names[b]})"
    hedged = Polarity.HEDGED in (xa.fact.polarity, xb.fact.polarity)

    def found(kind: RelationKind, why: str, score: float, strength: Strength | None = None) -> Found:
        return _pair_found(kind, block, xa, xb, (a, b), f"{what}: {said}: {why}", score, strength)

    if ca.high < cb.low or cb.high < ca.low:
        la, lb = _loose(ca), _loose(cb)
        if la[1] < lb[0] or lb[1] < la[0]:
            return found(
                RelationKind.CONTRADICTION, "the ranges do not overlap", 0.8 if hedged else 0.9, Strength.HARD
            )
        return found(
            RelationKind.CONTRADICTION, "figures differ beyond their stated ranges", 0.6, Strength.SOFT
        )
    if ca.nominal is not None and cb.nominal is not None and ca.form == cb.form:
        big = max(abs(ca.nominal), abs(cb.nominal), 1.0)
        if abs(ca.nominal - cb.nominal) / big > FIGURE_TOLERANCE:
            return found(
                RelationKind.CONTRADICTION, "compatible bounds, different figures", 0.55, Strength.SOFT
            )
    return found(RelationKind.AGREEMENT, "the ranges overlap", round(0.5 + 0.5 * _overlap(ca, cb), 3))


def _overlap(x: Count, y: Count) -> float:
    lo, hi = max(x.low, y.low), min(x.high, y.high)
    if math.isinf(hi):
        return 0.5
    width = max(x.high, y.high) - min(x.low, y.low)
    return 1.0 if width <= 0 else max(0.0, (hi - lo) / width)


def _compare_times(
    block: Block, a: str, b: str, ma: tuple[Mention, ...], mb: tuple[Mention, ...], names: dict[str, str]
) -> Found | None:
    pa = [m for m in ma if m.fact.polarity is not Polarity.DENIED]
    pb = [m for m in mb if m.fact.polarity is not Polarity.DENIED]
    if not pa or not pb:
        return None
    for x in pa:
        for y in pb:
            vx, vy = x.fact.value, y.fact.value
            assert isinstance(vx, Period) and isinstance(vy, Period)
            if vx.start <= vy.end and vy.start <= vx.end:
                return _pair_found(
                    RelationKind.AGREEMENT,
                    block,
                    x,
                    y,
                    (a, b),
                    f"when: {vx.text} ({names[a]}) and {vy.text} ({names[b]}) overlap",
                    0.8,
                )
    x, y = pa[0], pb[0]
    vx, vy = x.fact.value, y.fact.value
    assert isinstance(vx, Period) and isinstance(vy, Period)
    gap = min(abs((vy.start - vx.end).days), abs((vx.start - vy.end).days))
    if gap <= 1 and (_NIGHT.search(_said(x)) or _NIGHT.search(_said(y)) or gap == 0):
        # "The night of 4 June" and "shortly after midnight on Wednesday" are one night.
        return _pair_found(
            RelationKind.AGREEMENT,
            block,
            x,
            y,
            (a, b),
            f"when: {vx.text} ({names[a]}) and {vy.text} ({names[b]}) are adjacent days",
            0.6,
        )
    return _pair_found(
        RelationKind.CONTRADICTION,
        block,
        x,
        y,
        (a, b),
        f"when: {vx.text} = {vx.label()} ({names[a]}) vs {vy.text} = {vy.label()} ({names[b]}): "
        f"the dates are {gap} days apart",
        0.85,
        Strength.HARD,
    )


_NIGHT = re.compile(
    r"\b(?:night|overnight|midnight|evening|late|early hours|dawn|small hours)\b", re.IGNORECASE
)


def _said(m: Mention) -> str:
    """The words around a time: "on the night of 4 June", "shortly after midnight on Wednesday"."""
    return m.context


def _categories(mentions: tuple[Mention, ...]) -> tuple[dict[str, Mention], dict[str, Mention]]:
    """What a voice states and what it denies, by category (or name)."""
    stated: dict[str, Mention] = {}
    denied: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: (m.order, m.fact.span)):
        value = m.fact.value
        assert isinstance(value, Label)
        cat = value.category if m.fact.aspect in (Aspect.VICTIMS, Aspect.CAUSE) else _place_key(m)
        if cat is None:
            continue
        (denied if m.fact.polarity is Polarity.DENIED else stated).setdefault(cat, m)
    return stated, denied


def _place_key(m: Mention) -> str:
    value = m.fact.value
    assert isinstance(value, Label)
    # Every mention in an actor block names the same actor, under whatever words.
    return normalise_name(value.name) if m.fact.aspect is Aspect.PLACE else "actor"


def _compare_labels(
    block: Block, a: str, b: str, ma: tuple[Mention, ...], mb: tuple[Mention, ...], names: dict[str, str]
) -> Found | None:
    sa, da = block.derived("categories", a, _categories)
    sb, db = block.derived("categories", b, _categories)
    aspect = block.aspect
    # Affirmed by one, denied by the other: the hardest contradiction there is.
    for cat in sorted(set(sa) & set(db)):
        return _contra(
            block,
            a,
            b,
            sa[cat],
            db[cat],
            f"{_what(aspect)}: {names[a]} states {_label(sa[cat])}; {names[b]} denies it ({_label(db[cat])})",
            Strength.HARD,
        )
    for cat in sorted(set(sb) & set(da)):
        return _contra(
            block,
            a,
            b,
            da[cat],
            sb[cat],
            f"{_what(aspect)}: {names[b]} states {_label(sb[cat])}; {names[a]} denies it ({_label(da[cat])})",
            Strength.HARD,
        )
    shared = sorted(set(sa) & set(sb))
    conflicts = (
        VICTIM_CONFLICTS if aspect is Aspect.VICTIMS else CAUSE_CONFLICTS if aspect is Aspect.CAUSE else None
    )
    if conflicts is not None:
        for x, y in sorted(itertools.product(sa, sb)):
            if frozenset((x, y)) in conflicts and y not in sa and x not in sb:
                return _contra(
                    block,
                    a,
                    b,
                    sa[x],
                    sb[y],
                    f"{_what(aspect)}: {_label(sa[x])} ({names[a]}) vs {_label(sb[y])} "
                    f"({names[b]}): cannot both be true",
                    Strength.HARD,
                )
    if aspect is Aspect.PLACE:
        found = _compare_spots(block, a, b, sa, sb, names)
        if found is not None:
            return found
    if shared:
        cat = shared[0]
        x, y = sa[cat], sb[cat]
        hedged = Polarity.HEDGED in (x.fact.polarity, y.fact.polarity)
        detail = f"{_what(aspect)}: both state {_label(x)}" + (" (one hedged)" if hedged else "")
        return _pair_found(RelationKind.AGREEMENT, block, x, y, (a, b), detail, 0.7 if hedged else 0.85)
    return None


_SPOT_WORDS = re.compile(
    r"\b(?:station|island|isle|village|town|city|harbou?r|port|camp|market|square|bay|locality|area)\b"
)


def _spot_name(key: str) -> str:
    return _SPOT_WORDS.sub("", key).strip()


def _compare_spots(
    block: Block, a: str, b: str, sa: dict[str, Mention], sb: dict[str, Mention], names: dict[str, str]
) -> Found | None:
    """Two voices that each name a precise spot (a village, a station, an island) name the same
    one, or contradict each other, whatever region they share."""
    spots_a = {_spot_name(k): m for k, m in sa.items() if _category(m) in ("locality", "near")}
    spots_b = {_spot_name(k): m for k, m in sb.items() if _category(m) in ("locality", "near")}
    if not spots_a or not spots_b:
        return None
    common = sorted(set(spots_a) & set(spots_b))
    if common:
        x, y = spots_a[common[0]], spots_b[common[0]]
        return _pair_found(
            RelationKind.AGREEMENT,
            block,
            x,
            y,
            (a, b),
            f"where: both place it at {_label(x)}",
            0.85,
        )
    everywhere_a = {_spot_name(k) for k in sa} | set(spots_a)
    everywhere_b = {_spot_name(k) for k in sb} | set(spots_b)
    if set(spots_a) & everywhere_b or set(spots_b) & everywhere_a:
        return None  # one names the other's spot in passing: no clash to report
    x, y = spots_a[min(spots_a)], spots_b[min(spots_b)]
    return _contra(
        block,
        a,
        b,
        x,
        y,
        f"where: {_label(x)} ({names[a]}) vs {_label(y)} ({names[b]}): different places",
        Strength.HARD,
    )


def _category(m: Mention) -> str | None:
    value = m.fact.value
    assert isinstance(value, Label)
    return value.category


def _label(m: Mention) -> str:
    value = m.fact.value
    assert isinstance(value, Label)
    text = value.text if value.text else value.name
    if m.fact.aspect is Aspect.VICTIMS and value.category and value.category not in text:
        return f"{value.category} ({text})"
    return f"{value.name}" if m.fact.aspect is Aspect.ACTOR else text


def _what(aspect: Aspect) -> str:
    return {
        Aspect.ACTOR: "who took part",
        Aspect.VICTIMS: "who the victims were",
        Aspect.CAUSE: "cause",
        Aspect.PLACE: "where",
    }.get(aspect, aspect.value)


def _pair_found(
    kind: RelationKind,
    block: Block,
    x: Mention,
    y: Mention,
    pair: tuple[str, str],
    detail: str,
    score: float,
    strength: Strength | None = None,
) -> Found:
    """A relation between two voices on one block, with one mention of each as evidence."""
    return Found(kind, block.aspect, block.key, (x,), (y,), pair, detail, score, strength)


def _contra(block: Block, a: str, b: str, x: Mention, y: Mention, detail: str, strength: Strength) -> Found:
    hedged = Polarity.HEDGED in (x.fact.polarity, y.fact.polarity)
    return _pair_found(
        RelationKind.CONTRADICTION,
        block,
        x,
        y,
        (a, b),
        detail,
        0.8 if hedged else 0.9,
        strength,
    )


# ---------------------------------------------------------------------------
# Revisions and omissions


def _revisions(block: Block, names: dict[str, str]) -> list[Found]:
    """A voice whose figure for the same count changes from one report to the next revises itself."""
    out = []
    for source, mentions in block.by_source:
        ordered = sorted(mentions, key=lambda m: (m.order, m.fact.span))
        steps = headlines(mentions)
        # Within one report, only an announced update ("has risen to") is a revision.
        steps += [
            y for x, y in zip(ordered, ordered[1:], strict=False) if y.update and x.document == y.document
        ]
        steps = sorted(set(steps), key=lambda m: (m.order, m.fact.span))
        for x, y in zip(steps, steps[1:], strict=False):
            cx, cy = x.fact.value, y.fact.value
            assert isinstance(cx, Count) and isinstance(cy, Count)
            if (cx.low, cx.high) == (cy.low, cy.high):
                continue
            detail = f"{block.key.replace(':', ' ')}: {names[source]} gave {_fmt(cx)}, later {_fmt(cy)}"
            out.append(
                Found(
                    RelationKind.REVISION, block.aspect, block.key, (x,), (y,), (source, source), detail, 0.8
                )
            )
    return out


def _outcome_voices(alignment: Alignment) -> dict[str, int]:
    """Voices that give their own account of what happened (a toll, the victims, a cause), with
    the number of statements in which they do."""
    statements: dict[str, set[str]] = {}
    for block in alignment.blocks:
        if block.aspect in (Aspect.CASUALTIES, Aspect.VICTIMS, Aspect.CAUSE, Aspect.TIME, Aspect.PLACE):
            for source, mentions in block.by_source:
                statements.setdefault(source, set()).update(m.statement for m in mentions)
    return {source: len(ids) for source, ids in statements.items()}


def _is_self(source: Source, actor_key: str) -> bool:
    keys = {normalise_name(n) for n in (source.name, *source.aliases)}
    return actor_key in keys or any(k and (k in actor_key or actor_key in k) for k in keys)


def _omissions(
    alignment: Alignment, statements: tuple[Statement, ...], sources: tuple[Source, ...]
) -> list[Found]:
    by_id = {s.id: s for s in sources}
    accounts = _outcome_voices(alignment)
    explicit: dict[tuple[str, str], Statement] = {}
    for st in statements:
        for source_id, what in st.omits:
            explicit.setdefault((source_id, normalise_name(what)), st)
    out = []
    for block in alignment.blocks:
        if block.aspect is not Aspect.ACTOR:
            continue
        stating = [s for s, ms in block.by_source if any(m.fact.polarity is not Polarity.DENIED for m in ms)]
        if not stating:
            continue
        first = stating[0]
        evidence = tuple(latest(block.mentions(s)) for s in stating)
        label = _label(evidence[0])
        # Leaving out what one voice alone says is not worth a flag; what two or more
        # independent voices say, or what the text itself notes as missing, is.
        corroborated = len(stating) >= 2
        for source in sorted(by_id, key=_sort_id):
            if source in block.sources():
                continue
            said = _explicit(explicit, source, block.key, label)
            if said is None and (
                not corroborated or accounts.get(source, 0) < 2 or _is_self(by_id[source], block.key)
            ):
                continue
            detail = (
                f"who took part: {by_id[source].name} leaves out {label}, which "
                f"{', '.join(by_id[s].name for s in stating)} state"
            )
            if said is not None:
                detail += f" (noted: \u201c{said.text}\u201d)"
            out.append(
                Found(
                    RelationKind.OMISSION,
                    Aspect.ACTOR,
                    block.key,
                    evidence,
                    (),
                    (first, source),
                    detail,
                    0.95 if said is not None else 0.7,
                    missing_in=source,
                )
            )
    return out


def _explicit(
    explicit: dict[tuple[str, str], Statement], source: str, key: str, label: str
) -> Statement | None:
    for (sid, what), st in sorted(explicit.items()):
        if sid != source:
            continue
        wl = normalise_name(label)
        if what and (what in key or key in what or what in wl or wl.startswith(what)):
            return st
    return None


def _sort_id(x: str) -> tuple[int, str]:
    digits = "".join(ch for ch in x if ch.isdigit())
    return (int(digits) if digits else 0, x)


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
