"""The data model shared by every stage: frozen dataclasses and closed vocabularies.

Stages pass these values along and never mutate them; a stage that needs a changed value
builds a new one with ``dataclasses.replace``. ``to_record`` turns a value into plain JSON
types, which every machine-readable format serialises.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

REPORT_FORMAT = "claimdiff.report/4"


class Aspect(str, Enum):
    """What a fact is about; the report schema (`data/report.schema.json`) lists the same values."""

    ACTOR = "actor"
    CASUALTIES = "casualties"
    VICTIMS = "victims"
    TIME = "time"
    PLACE = "place"
    CAUSE = "cause"
    QUANTITY = "quantity"
    OTHER = "other"


class Polarity(str, Enum):
    AFFIRMED = "affirmed"
    DENIED = "denied"
    HEDGED = "hedged"


class RelationKind(str, Enum):
    AGREEMENT = "agreement"
    CONTRADICTION = "contradiction"
    OMISSION = "omission"
    REVISION = "revision"


class Scope(str, Enum):
    """What a figure covers; the value is the suffix a fact's key has always carried in reports."""

    WHOLE = ""  # the event's whole toll
    SUBSET = "subset"  # a share of it ("including 11 children"): the key names the group
    FACILITY = "at one facility"  # one hospital's or morgue's count
    SECURITY = "security"  # the security forces' own dead


class Strength(str, Enum):
    HARD = "hard"
    SOFT = "soft"


# What a case may expect: a relation of a kind, or "none", no contradiction between two voices.
EXPECTED_KINDS = (*(kind.value for kind in RelationKind), "none")


# ---------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True, slots=True)
class Document:
    """One input text and, when the case says so, the voice of the whole document.

    ``source`` is a voice whose own statement the document is (a communiqué): every sentence
    without another voice is that voice's. ``outlet`` is who wrote a report of the event: its
    sentences without a voice are narration (marked, compared only on request). ``language``
    is the code of the language data its words are read with (``en``).
    """

    id: str
    path: str | None
    text: str
    title: str | None = None
    source: str | None = None
    language: str = "en"
    outlet: str | None = None
    url: str | None = None  # where it was published (http or https), for citations
    published: str | None = None  # when: YYYY-MM-DD, or a date and time in ISO 8601

    @property
    def link(self) -> str | None:
        """The url, when it is one a report may link to: http or https, with no space, quote or
        angle bracket (the readers check this; a Document built in code may hold anything)."""
        url = self.url
        return url if url is not None and linkable(url) else None

    @property
    def cited(self) -> bool:
        """The case says where or when the document was published."""
        return self.url is not None or self.published is not None

    def provenance(self) -> dict[str, str]:
        """Outlet, url and publication time, those the case gives."""
        found = {"outlet": self.outlet, "url": self.url, "published": self.published}
        return {k: v for k, v in found.items() if v is not None}

    @property
    def declared(self) -> str | None:
        """The name the case gives the document's writer: its source, else its outlet."""
        return self.source or self.outlet

    @property
    def reports(self) -> bool:
        """The document is an outlet's report of the event, not a voice's own statement."""
        return self.outlet is not None and self.source is None


@dataclass(frozen=True, slots=True)
class Expectation:
    """One item of a case's ``expect:`` list: a relation the report should (or should not) hold."""

    kind: str  # one of EXPECTED_KINDS
    aspect: Aspect
    between: tuple[str, ...] = ()  # the two voices, for agreement, contradiction and none
    strength: Strength | None = None
    fact: str | None = None  # what an omission leaves out
    missing_in: str | None = None  # the voice that leaves it out
    source: str | None = None  # the voice that revises itself
    line: int | None = None  # in case.yaml

    def __post_init__(self) -> None:
        if self.kind not in EXPECTED_KINDS:
            raise ValueError(f"expectation kind {self.kind!r} is not one of {', '.join(EXPECTED_KINDS)}")


@dataclass(frozen=True, slots=True)
class Case:
    """A set of documents about one event, with optional aliases and expectations."""

    title: str | None
    reference_date: dt.date | None
    documents: tuple[Document, ...]
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    expect: tuple[Expectation, ...] = ()
    path: str | None = None
    heldout: bool = False
    # Words the user taught for this case (--lexicon, lexicon:): a ``lang.UserWords``, which this
    # layer, beneath the language data, does not import.
    lexicon: Any = None

    @property
    def declared_aliases(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The names the user declares: the lexicon's, then the case's own, which win."""
        return (*(self.lexicon.aliases if self.lexicon else ()), *self.aliases)


# ---------------------------------------------------------------------------
# Values a fact can hold


_LINKABLE = re.compile(r"https?://[^\s<>\"'`]+")


def linkable(url: str) -> bool:
    """An address a report may link to: http or https, no space, quote, backtick or angle bracket."""
    return _LINKABLE.fullmatch(url) is not None


SUPERSEDED = "superseded"  # a Count's trend when its sentence names it only to replace it
ANSWERS = "answers"  # a Count's trend when it disputes the figure the sentence before gave
TOLD_EARLIER = "earlier"  # a Count's trend when its voice is told giving it first ("initially said 77")


@dataclass(frozen=True, slots=True)
class Count:
    """A figure as a closed range; ``high`` is ``math.inf`` for open bounds."""

    low: float
    high: float
    text: str
    nominal: float | None
    form: str  # exact, approx, lower, upper, span, vague, none
    counted: str  # killed, injured, missing, arrested, displaced, ...
    who: str | None = None  # the group counted, when the text says it
    scope: Scope = Scope.WHOLE
    update: bool = False  # its sentence announces a new figure ("the toll rose to"); not reported
    running: bool = False  # the count was still going when told ("so far", "may rise"); not reported
    where: str | None = None  # the place it is given for ("in Paris"), when the text says so
    trend: str | None = None  # "rising" ("the toll rose to 88") or "lowered" ("revised down to 84",
    # "six fewer than ..."), as its sentence announces it, or SUPERSEDED, ANSWERS, TOLD_EARLIER; not reported
    told: dt.date | None = None  # the day it was given, when its report or sentence says; not reported

    @property
    def answers(self) -> bool:
        """A dispute of the figure the sentence before gave ("This is inflated"), until bound to it."""
        return self.trend == ANSWERS

    @property
    def superseded(self) -> bool:
        """Named only to be replaced ("updating an earlier toll of 15"): a step, never a claim."""
        return self.trend == SUPERSEDED

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "low": _num(self.low),
            "high": None if math.isinf(self.high) else _num(self.high),
            "text": self.text,
            "counted": self.counted,
        }
        # One facility's count has always been reported as its group.
        who = self.scope.value if self.scope is Scope.FACILITY else self.who
        if who:
            rec["who"] = who
        if self.where:
            rec["where"] = self.where
        return rec

    def scoped(self, key: str) -> str:
        """``key`` with this figure's scope: "killed", "killed:children", "injured:security"."""
        if self.scope is Scope.WHOLE:
            return key
        if self.scope is Scope.SUBSET:
            return f"{key}:{self.who or self.scope.value}"
        return f"{key}:{self.scope.value}"

    def label(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Label:
    """A categorical value: an actor, a victim category, a cause, a place."""

    name: str  # canonical name
    text: str  # the words as written
    category: str | None = None  # the class used to decide compatibility

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {"name": self.name, "text": self.text}
        if self.category:
            rec["category"] = self.category
        return rec

    def label(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive date interval."""

    start: dt.date
    end: dt.date
    text: str
    # Said of a night, and which way it may run into the day next to it: "late" ("the night of
    # 4 June": into the 5th), "early" ("early on 5 June": back into the 4th), "any"; "" for none.
    night: str = ""

    def to_record(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "text": self.text}

    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass(frozen=True, slots=True)
class Clock:
    """An hour of the day, as an inclusive range of minutes after midnight ("about 1:30 p.m.":
    13:00 to 14:00)."""

    low: int
    high: int
    text: str

    def to_record(self) -> dict[str, Any]:
        return {"from": _hhmm(self.low), "to": _hhmm(self.high), "text": self.text}

    def label(self) -> str:
        return _hhmm(self.low) if self.low == self.high else f"{_hhmm(self.low)}..{_hhmm(self.high)}"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


Value = Count | Label | Period | Clock


def holds_negation(polarity: Polarity, value: Value) -> bool:
    """The voice holds the value's negation ("denied that 40 died"); a toll of no one ("no one
    was killed") is its own figure, nought, however the sentence words it."""
    return polarity is Polarity.DENIED and not (isinstance(value, Count) and value.form == "none")


@dataclass(frozen=True, slots=True)
class Fact:
    """A typed value a statement asserts (or denies) about one aspect of the event."""

    aspect: Aspect
    key: str  # what is compared with what: "killed", an actor's name, "event"
    value: Value
    polarity: Polarity
    span: tuple[int, int]  # in the document's text
    voice: str | None = None  # another voice the sentence credits this value to: "8,000, according to X"

    @property
    def scoped_key(self) -> str:
        """The key with a figure's scope, as reports write it and alignment blocks facts."""
        return self.value.scoped(self.key) if isinstance(self.value, Count) else self.key

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "aspect": self.aspect.value,
            "key": self.scoped_key,
            "value": self.value.to_record(),
            "polarity": self.polarity.value,
            "span": list(self.span),
        }
        if self.voice is not None:
            rec["source"] = self.voice
        return rec


# ---------------------------------------------------------------------------
# Statements and voices


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its exact place in a document (output of segmentation).

    ``words`` is the text without Markdown marks, starting ``shift`` characters into it: every
    offset into ``words`` plus ``shift`` is an offset into ``text``.
    """

    document: str
    index: int
    span: tuple[int, int]
    text: str
    words: str = ""
    shift: int = 0


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence attributed to a voice, with the facts it states."""

    id: str
    document: str
    source: str
    via: tuple[str, ...]
    text: str
    span: tuple[int, int]
    facts: tuple[Fact, ...] = ()
    background: bool = False  # about something other than the event at hand
    omits: tuple[tuple[str, str], ...] = ()  # ("made no mention of X"): (source id, actor name)
    headline: bool = False  # a headline or header line: it sums up, the body says
    narrator: bool = False  # the writer's own narration, in a report no voice of the case made

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id,
            "document": self.document,
            "source": self.source,
            "via": list(self.via),
            "text": self.text,
            "span": list(self.span),
            "facts": [f.to_record() for f in self.facts],
        }
        if self.background:
            rec["background"] = True
        if self.headline:
            rec["headline"] = True
        if self.narrator:
            rec["narrator"] = True
        return rec


@dataclass(frozen=True, slots=True)
class Source:
    """A voice: who makes claims, under all the names it is given."""

    id: str
    name: str
    aliases: tuple[str, ...]
    documents: tuple[str, ...]
    origin: str | None = None  # id of the voice this one relays, for corroboration

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "documents": list(self.documents),
        }


# ---------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class Evidence:
    """One value a relation rests on: the statement and voice that state it, where, and how."""

    statement: str
    source: str
    span: tuple[int, int]  # of the value, in the document's text
    polarity: Polarity
    value: Value

    def to_record(self) -> dict[str, Any]:
        return {
            "statement": self.statement,
            "source": self.source,
            "span": list(self.span),
            "polarity": self.polarity.value,
            **self.value.to_record(),
        }

    @property
    def words(self) -> str:
        """The value in words: a label's name, or the figure or date as written."""
        return (self.value.name if isinstance(self.value, Label) else "") or self.value.text


@dataclass(frozen=True, slots=True)
class Claim:
    """One aspect of the event as one or more voices state it (a graph node)."""

    id: str
    aspect: Aspect
    key: str
    label: str
    statements: tuple[str, ...]
    sources: tuple[str, ...]
    independent: tuple[str, ...]

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "aspect": self.aspect.value,
            "key": self.key,
            "label": self.label,
            "statements": list(self.statements),
            "sources": list(self.sources),
            "independent_sources": list(self.independent),
            "single_sourced": len(self.independent) == 1,
        }


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation between voices, with its evidence."""

    id: str
    kind: RelationKind
    aspect: Aspect
    statements: tuple[str, ...]
    sources: tuple[str, str]
    detail: str
    score: float
    strength: Strength | None = None
    missing_in: str | None = None
    values: tuple[Evidence, ...] = ()
    claims: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind.value,
            "aspect": self.aspect.value,
            "statements": list(self.statements),
            "sources": list(self.sources),
        }
        if self.strength is not None:
            rec["strength"] = self.strength.value
        if self.missing_in is not None:
            rec["missing_in"] = self.missing_in
        rec["detail"] = self.detail
        rec["score"] = round(self.score, 3)
        rec["values"] = [v.to_record() for v in self.values]
        return rec


@dataclass(frozen=True, slots=True)
class Position:
    """One value a claim takes and the voices that hold it ("203 killed": the army, the defence
    ministry), as the relations compared it; a denial is a position of its own ("denies
    negligence"). ``value`` is its first holder's words, where they stand."""

    id: str
    aspect: Aspect
    key: str
    label: str
    denied: bool
    sources: tuple[str, ...]
    statements: tuple[str, ...]
    value: Evidence | None = None
    relations: tuple[str, ...] = ()  # the agreements between its holders, two by two
    held: tuple[Evidence, ...] = ()  # each holder's first value, in the order of ``sources``

    @property
    def shared(self) -> bool:
        """Several voices agree on it: it gathers their agreements (and so has their values)."""
        return bool(self.relations)

    def to_record(self, pairs: bool = True) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id,
            "aspect": self.aspect.value,
            "key": self.key,
            "label": self.label,
            "denied": self.denied,
            "sources": list(self.sources),
            "statements": list(self.statements),
        }
        if self.value is not None:
            rec["value"] = self.value.to_record()
        rec["pairs"] = len(self.relations)
        if pairs:
            rec["relations"] = list(self.relations)
        return rec


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two positions that contradict each other, with every voice on each side: one row of the
    table where the pairwise relations it gathers would be several. Two different positions
    that agree ("203" and "at least 200") are gathered the same way, as an accord (``kind``
    agreement, no strength). ``values`` are the first relation's two values, side A's first."""

    id: str
    aspect: Aspect
    key: str
    positions: tuple[str, str]
    sides: tuple[tuple[str, ...], tuple[str, ...]]
    strength: Strength | None
    relations: tuple[str, ...]
    detail: str
    values: tuple[Evidence, ...] = ()
    kind: RelationKind = RelationKind.CONTRADICTION

    def to_record(self, pairs: bool = True) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id,
            "aspect": self.aspect.value,
            "key": self.key,
            "positions": list(self.positions),
            "sides": [list(side) for side in self.sides],
        }
        if self.strength is not None:
            rec["strength"] = self.strength.value
        rec["pairs"] = len(self.relations)
        if pairs:
            rec["relations"] = list(self.relations)
        rec["detail"] = self.detail
        rec["values"] = [v.to_record() for v in self.values]
        return rec


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything ``compare`` found: the library's top-level result."""

    case: Case
    sources: tuple[Source, ...]
    statements: tuple[Statement, ...]
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    positions: tuple[Position, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    accords: tuple[Conflict, ...] = ()
    only_kinds: tuple[RelationKind, ...] = ()  # the kinds kept by ``only()``; none: every kind
    # False once ``by_positions()`` folded the pairwise relations the positions gather; their
    # counts by kind ("hard" for the hard contradictions) stay in ``folded``.
    pairs: bool = True
    folded: tuple[tuple[str, int], ...] = ()
    _index: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def source(self, source_id: str) -> Source:
        return self._lookup("sources", source_id)

    def statement(self, statement_id: str) -> Statement:
        return self._lookup("statements", statement_id)

    def document(self, document_id: str) -> Document:
        return self._lookup("documents", document_id)

    def _lookup(self, table: str, key: str) -> Any:
        if table not in self._index:
            items = self.case.documents if table == "documents" else getattr(self, table)
            self._index[table] = {item.id: item for item in items}
        return self._index[table][key]

    def summary(self) -> dict[str, int]:
        """Relations by kind, between voices: folded ones counted too."""
        counts = {kind.value: 0 for kind in RelationKind}
        for rel in self.relations:
            counts[rel.kind.value] += 1
        for kind, n in self.folded:
            if kind in counts:
                counts[kind] += n
        return counts

    def by_positions(self) -> Comparison:
        """The comparison as the reports show it by default: the agreements and contradictions
        its positions, conflicts and accords gather are left out of ``relations`` (each of
        those names how many it gathers), so a report grows with the voices and their
        positions, not with their pairs; the summary still counts them. The relations that no
        position gathers (omissions, revisions, a relation of one value) stay."""
        if not self.pairs:
            return self
        gathered = {rid for x in (*self.positions, *self.conflicts, *self.accords) for rid in x.relations}
        kept, counts, hard = [], {kind.value: 0 for kind in RelationKind}, 0
        for rel in self.relations:
            if rel.id in gathered:
                counts[rel.kind.value] += 1
                hard += rel.strength is Strength.HARD
            else:
                kept.append(rel)
        folded = (*((k, n) for k, n in counts.items() if n), ("hard", hard))
        return replace(self, relations=tuple(kept), pairs=False, folded=folded, _index={})

    def only(self, kinds: Iterable[RelationKind | str]) -> Comparison:
        """The comparison with only the relations of these kinds (``--only``): the reports
        then show and count those alone. Relation ids stay those of the whole comparison."""
        keep = {RelationKind(k) for k in kinds}
        relations = tuple(r for r in self.relations if r.kind in keep)
        conflicts = self.conflicts if RelationKind.CONTRADICTION in keep else ()
        accords = self.accords if RelationKind.AGREEMENT in keep else ()
        positions = self.positions
        if RelationKind.AGREEMENT not in keep:  # a position then gathers no agreement
            positions = tuple(replace(p, relations=()) for p in positions)
        names = {k.value for k in keep} | ({"hard"} if RelationKind.CONTRADICTION in keep else set())
        folded = tuple((k, n) for k, n in self.folded if k in names)
        kept = tuple(k for k in RelationKind if k in keep)
        return replace(
            self,
            relations=relations,
            conflicts=conflicts,
            accords=accords,
            positions=positions,
            only_kinds=kept,
            folded=folded,
            _index={},
        )

    def shows(self, kind: RelationKind) -> bool:
        """Whether relations of this kind are reported (all are, unless ``only()`` chose)."""
        return not self.only_kinds or kind in self.only_kinds

    def not_compared(self) -> tuple[tuple[Statement, str], ...]:
        """The statements no claim rests on, each with why (``NOT_COMPARED``): without them a
        reader cannot tell "no conflict" from "not understood"."""
        used = {sid for claim in self.claims for sid in claim.statements}
        out = []
        for st in self.statements:
            if st.id in used:
                continue
            if not st.facts:
                why = "no typed fact"
            elif st.background:
                why = "background"
            elif st.narrator:
                why = "narration"
            elif st.headline:
                why = "headline"
            else:
                why = "credited elsewhere"
            out.append((st, why))
        return tuple(out)

    def hard_contradictions(self) -> int:
        """How many contradictions are hard (only contradictions have a strength)."""
        return sum(
            1 for r in self.relations if r.kind is RelationKind.CONTRADICTION and r.strength is Strength.HARD
        ) + dict(self.folded).get("hard", 0)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per relation (``RECORD_FIELDS``), for spreadsheets and data frames.

        Side A is the first voice of the relation and side B the second: for an omission, B is
        the voice that leaves the fact out and has no value; for a revision, both sides are the
        one voice, earlier and later. Each side gives its value as compared (``killed: >= 48``),
        the words it was written in, the whole statement, and where the value stands in its
        document (character offsets).

        Once ``by_positions()`` folded the pairs, a conflict, an accord and a position several
        voices hold are one row each (``relation`` is its id, ``x1``, ``a1``, ``p3``), a side's
        voices joined by "; ", each side's value that of its first voice; for a position, side
        A is its first holder and side B the others. The relations no position gathers follow.
        """
        rows = []
        if not self.pairs:
            for c in (*self.conflicts, *self.accords):
                row = self._row(c.id, c.kind, c.strength, c.aspect, c.sides, None, c.values, c.detail, None)
                rows.append(row)
            for p in self.positions:
                if p.shared and p.value is not None:
                    sides = ((p.value.source,), tuple(s for s in p.sources if s != p.value.source))
                    why = f"{len(p.sources)} voices hold {p.label}"
                    rows.append(
                        self._row(
                            p.id, RelationKind.AGREEMENT, None, p.aspect, sides, None, (p.value,), why, None
                        )
                    )
        for rel in self.relations:
            first, second = rel.sources
            a = next((v for v in rel.values if v.source == first), None)
            b = None
            if rel.kind is not RelationKind.OMISSION:
                b = next((v for v in rel.values if v.source == second and v is not a), None)
            fallback = rel.statements[0] if rel.statements else None
            row = self._row(
                rel.id,
                rel.kind,
                rel.strength,
                rel.aspect,
                ((first,), (second,)),
                rel.missing_in,
                (a, b),
                rel.detail,
                rel.score,
                fallback,
            )
            rows.append(row)
        return rows

    def _row(
        self,
        rid: str,
        kind: RelationKind,
        strength: Strength | None,
        aspect: Aspect,
        sides: tuple[tuple[str, ...], tuple[str, ...]],
        missing_in: str | None,
        values: tuple[Evidence | None, ...],
        reason: str,
        score: float | None,
        fallback: str | None = None,
    ) -> dict[str, Any]:
        """One flat row: ``values`` are side A's and side B's (None where a side has none)."""
        row: dict[str, Any] = {
            "relation": rid,
            "kind": kind.value,
            "strength": strength.value if strength else None,
            "aspect": aspect.value,
            "voice_a": "; ".join(self.source(s).name for s in sides[0]),
            "voice_b": "; ".join(self.source(s).name for s in sides[1]),
            "missing_in": self.source(missing_in).name if missing_in else None,
        }
        for i, side in enumerate("ab"):
            ev = values[i] if i < len(values) else None
            sid = ev.statement if ev else (fallback if i == 0 else None)
            st = self.statement(sid) if sid else None
            doc = self.document(st.document) if st else None
            row[f"value_{side}"] = _value_text(ev.value) if ev else None
            row[f"words_{side}"] = ev.value.text if ev else None
            row[f"polarity_{side}"] = ev.polarity.value if ev else None
            row[f"quote_{side}"] = st.text if st else None
            row[f"statement_{side}"] = st.id if st else None
            row[f"document_{side}"] = (doc.path or doc.id) if doc else None
            row[f"url_{side}"] = doc.url if doc else None
            row[f"start_{side}"] = ev.span[0] if ev else None
            row[f"end_{side}"] = ev.span[1] if ev else None
        row["reason"] = reason
        row["score"] = round(score, 3) if score is not None else None
        return {key: row[key] for key in RECORD_FIELDS}

    def to_dataframe(self) -> Any:
        """``to_records()`` as a pandas DataFrame, its columns in ``RECORD_FIELDS`` order (pandas
        is not a dependency: install it to use this)."""
        try:
            import pandas as pd
        except ModuleNotFoundError:
            raise ModuleNotFoundError(
                "Comparison.to_dataframe() needs pandas: pip install pandas", name="pandas"
            ) from None
        return pd.DataFrame.from_records(self.to_records(), columns=list(RECORD_FIELDS))

    def to_record(self) -> dict[str, Any]:
        """The JSON report as plain Python types (``claimdiff.report/4``)."""
        case = self.case
        rec = {
            "format": REPORT_FORMAT,
            "case": {
                "title": case.title,
                "reference_date": case.reference_date.isoformat() if case.reference_date else None,
            },
            "documents": [
                {"id": d.id, "path": d.path, "title": d.title, "language": d.language, **d.provenance()}
                for d in case.documents
            ],
            "sources": [s.to_record() for s in self.sources],
            "statements": [s.to_record() for s in self.statements],
            "claims": [c.to_record() for c in self.claims],
            "pairs": self.pairs,
            "relations": [r.to_record() for r in self.relations],
            "positions": [p.to_record(self.pairs) for p in self.positions],
            "conflicts": [c.to_record(self.pairs) for c in self.conflicts],
            "accords": [a.to_record(self.pairs) for a in self.accords],
            "summary": self.summary(),
        }
        rec["not_compared"] = [{"statement": st.id, "reason": why} for st, why in self.not_compared()]
        if self.only_kinds:
            rec["only"] = [k.value for k in self.only_kinds]
        return rec


# Why a statement was compared with nothing (``Comparison.not_compared()``): it holds no figure,
# date, place, actor, victim or cause the tool reads; it is about another incident or time; it is
# an outlet's own narration (compared only on request); it is a headline, which sums up what the
# body says; or each of its facts is another voice's, quoted in it.
NOT_COMPARED = ("no typed fact", "background", "narration", "headline", "credited elsewhere")

# The columns of ``Comparison.to_records()``, in order; "_a" and "_b" are the relation's two sides.
RECORD_FIELDS = (
    "relation",
    "kind",
    "strength",
    "aspect",
    "voice_a",
    "voice_b",
    "missing_in",
    *(
        f"{name}_{side}"
        for side in "ab"
        for name in ("value", "words", "polarity", "quote", "statement", "document", "url", "start", "end")
    ),
    "reason",
    "score",
)


def _value_text(value: Value) -> str:
    """A value as compared, in one cell: ``killed: >= 48``, ``2022-03-27..2022-03-31``, ``civilian``."""
    if isinstance(value, Count):
        if math.isinf(value.high):
            figure = f">= {_num(value.low)}"
        elif value.low == value.high:
            figure = f"{_num(value.low)}"
        else:
            figure = f"{_num(value.low)}..{_num(value.high)}"
        return f"{value.counted}: {figure}"
    return value.label()


def _num(x: float) -> float | int:
    """Integers print without a trailing .0, so reports stay stable and readable."""
    return int(x) if float(x).is_integer() else round(x, 3)
