"""Align stage: facts about the same aspect of the event are grouped across voices.

Facts are blocked by aspect and key (what is counted, which actor, which cause family), so
only facts that can be compared meet. Inside a block each voice is reduced to what it
states, and equal values become one claim. Actor and place names are unified by rapidfuzz's
token-set score, asked only of names that share their head word (no matrix over all pairs, and
no numpy at start-up).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from claimdiff.model import Aspect, Claim, Clock, Count, Fact, Label, Period, Polarity, Statement

# Names at least this similar (token_set_ratio, 0..100) with the same head word are one name.
NAME_THRESHOLD = 92.0


@dataclass(frozen=True, slots=True)
class Mention:
    """One fact as one voice states it."""

    statement: str
    source: str
    document: str
    order: int  # position of the statement in the case, for "latest"
    index: int  # position of the fact in its statement
    fact: Fact


@dataclass(frozen=True, slots=True)
class Block:
    """Every mention of one aspect/key, grouped by voice."""

    aspect: Aspect
    key: str
    by_source: tuple[tuple[str, tuple[Mention, ...]], ...]
    index: dict[str, tuple[Mention, ...]] = field(default_factory=dict, compare=False, repr=False)
    memo: dict[tuple[str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    def derived(self, what: str, source: str, make: Callable[[tuple[Mention, ...]], Any]) -> Any:
        """``make(mentions)`` for one voice, computed once per block (classify asks per pair)."""
        key = (what, source)
        if key not in self.memo:
            self.memo[key] = make(self.mentions(source))
        return self.memo[key]

    def sources(self) -> tuple[str, ...]:
        return tuple(s for s, _ in self.by_source)

    def mentions(self, source: str) -> tuple[Mention, ...]:
        if not self.index:
            self.index.update(self.by_source)
        return self.index.get(source, ())


@dataclass(frozen=True, slots=True)
class Alignment:
    """The output of alignment: blocks, claims, and which fact belongs to which claim."""

    blocks: tuple[Block, ...]
    claims: tuple[Claim, ...]
    claim_of: tuple[tuple[tuple[str, int], str], ...]  # (statement id, fact index) -> claim id


def unify_names(names: list[str]) -> dict[str, str]:
    """Map each normalised name to a representative: similar names sharing a head word."""
    unique = sorted(set(names))
    if len(unique) < 2:
        return {n: n for n in unique}
    from rapidfuzz import fuzz

    parent = list(range(len(unique)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only names of two words or more that share their head word are ever merged ("army" alone is
    # settled below), so only those are scored: no matrix over every pair of names.
    by_head: dict[str, list[int]] = {}
    for i, n in enumerate(unique):
        words = n.split()
        if len(words) > 1:
            by_head.setdefault(words[-1], []).append(i)
    for group in by_head.values():
        for x, i in enumerate(group):
            for j in group[x + 1 :]:
                if fuzz.token_set_ratio(unique[i], unique[j], score_cutoff=NAME_THRESHOLD):
                    a, b = find(i), find(j)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
    out = {n: unique[find(i)] for i, n in enumerate(unique)}
    # "army" alone stands for the one specific army the case names, if there is exactly one.
    for n in unique:
        if len(n.split()) == 1:
            longer = {out[m] for m in unique if m != n and m.split()[-1] == n}
            if len(longer) == 1:
                out[n] = longer.pop()
    return out


def _claim_label(fact: Fact) -> str:
    value = fact.value
    if isinstance(value, Count):
        return value.text
    if isinstance(value, (Period, Clock)):
        return value.label()
    assert isinstance(value, Label)
    if fact.aspect in (Aspect.VICTIMS, Aspect.CAUSE):
        return value.category or value.name
    return value.name


# What a headline credited to a voice ("..., police say") takes part with: why it happened. Its
# figures, dates and places are a running story's, newest or oldest, and read out of order.
_HEADLINE_ASPECTS = frozenset({Aspect.CAUSE})


def align(statements: tuple[Statement, ...], narrators: bool = False) -> Alignment:
    """Block the facts of every statement about the event by aspect and key; an outlet's own
    narration takes part only when ``narrators`` is asked for."""
    # Background is another story and a headline sums up what the body says; narration takes
    # part only through the values it credits to a voice on the spot, unless asked for.
    taking_part = [
        (order, st, index, fact)
        for order, st in enumerate(statements)
        if not st.background
        for index, fact in enumerate(st.facts)
        if not st.headline or (st.via and fact.aspect in _HEADLINE_ASPECTS)
        if narrators or not st.narrator or fact.voice
    ]
    actor_map = unify_names([fact.key for *_, fact in taking_part if fact.aspect is Aspect.ACTOR])
    grouped: dict[tuple[Aspect, str], dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for order, st, index, fact in taking_part:
        key = actor_map.get(fact.key, fact.key) if fact.aspect is Aspect.ACTOR else fact.scoped_key
        voice = fact.voice or st.source  # "8,000, according to the police" is the police's
        grouped[(fact.aspect, key)][voice].append(Mention(st.id, voice, st.document, order, index, fact))
    blocks = tuple(
        Block(aspect, key, tuple((s, tuple(ms)) for s, ms in sorted(by.items(), key=lambda kv: _sid(kv[0]))))
        for (aspect, key), by in sorted(grouped.items(), key=lambda kv: (_ASPECT_ORDER[kv[0][0]], kv[0][1]))
    )
    claims, claim_of = _claims(blocks, statements)
    return Alignment(blocks=blocks, claims=claims, claim_of=claim_of)


_ASPECT_ORDER = {a: i for i, a in enumerate(Aspect)}


def _sid(source_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in source_id if ch.isdigit())
    return (int(digits) if digits else 0, source_id)


def _claims(
    blocks: tuple[Block, ...], statements: tuple[Statement, ...]
) -> tuple[tuple[Claim, ...], tuple[tuple[tuple[str, int], str], ...]]:
    """Equal values in one block form one claim; its independent voices are the origins."""
    index = {st.id: st for st in statements}
    raw: list[tuple[Aspect, str, str, list[Mention]]] = []
    for block in blocks:
        by_label: dict[str, list[Mention]] = defaultdict(list)
        for _, mentions in block.by_source:
            for m in mentions:
                if m.fact.polarity is Polarity.DENIED or (
                    isinstance(m.fact.value, Count) and m.fact.value.superseded
                ):
                    continue  # a denial, or a figure named only to be replaced, is no claim of the voice's
                by_label[_claim_label(m.fact)].append(m)
        for label, mentions in sorted(by_label.items()):
            raw.append((block.aspect, block.key, label, mentions))
    claims, claim_of = [], []
    for i, (aspect, key, label, mentions) in enumerate(raw, 1):
        cid = f"c{i}"
        stmts = sorted({m.statement for m in mentions}, key=_sid)
        voices = sorted({m.source for m in mentions}, key=_sid)
        relays = {v for m in mentions for v in index[m.statement].via}
        everyone = sorted(set(voices) | relays, key=_sid)
        claims.append(Claim(cid, aspect, key, label, tuple(stmts), tuple(everyone), tuple(voices)))
        for m in mentions:
            claim_of.append(((m.statement, m.index), cid))
    return tuple(claims), tuple(sorted(claim_of))
