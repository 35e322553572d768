"""What ``claimdiff check`` found, as plain records: the scorer builds them, the renderers read them.

``claimdiff.check`` compares each case's report with its expectations and computes the scores;
the check renderers in ``claimdiff.report`` show these records and compute nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimdiff.model import Comparison, Expectation, Relation

# One row of scores: kind, precision, recall, F1, relations reported, relations expected.
ScoreRow = tuple[str, float | None, float | None, float | None, int, int]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One expectation and whether the report meets it."""

    expectation: Expectation
    met: bool
    why: str
    relation: str | None = None
    line: int | None = None  # of the expectation in case.yaml

    def describe(self) -> str:
        e = self.expectation
        who = " vs ".join(e.between) or (e.source or "")
        if e.kind == "omission":
            who = f"{'?' if e.fact is None else e.fact} missing in {e.missing_in}"
        strength = f" ({e.strength.value})" if e.strength else ""
        return f"{e.kind}{strength} {e.aspect.value}: {who}"


@dataclass(frozen=True, slots=True)
class CaseResult:
    """The outcome of one case."""

    slug: str
    path: str
    heldout: bool
    outcomes: tuple[Outcome, ...]
    unexpected: tuple[Relation, ...]
    comparison: Comparison
    counts: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)  # kind -> tp, pred, met, gold
    manifest: str = ""  # the case.yaml the expectations come from

    @property
    def ok(self) -> bool:
        return all(o.met for o in self.outcomes)

    @property
    def language(self) -> str:
        """The languages of the case's documents, joined: "en", "fr", "en+fr"."""
        return "+".join(sorted({d.language for d in self.comparison.case.documents}))


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 per relation kind."""

    rows: tuple[ScoreRow, ...]

    def get(self, kind: str) -> tuple[float | None, float | None, float | None]:
        for row in self.rows:
            if row[0] == kind:
                return row[1], row[2], row[3]
        return None, None, None


@dataclass(frozen=True, slots=True)
class Regression:
    """Something worse than the baseline: a new contradiction, or an expectation no longer met."""

    slug: str
    what: str
    relation: Relation | None = None


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Everything a check renderer shows: the cases, the scores and the regressions."""

    results: tuple[CaseResult, ...]
    scores: Scores
    heldout_scores: Scores | None  # None when no case is held out
    regressions: tuple[Regression, ...] = ()
    # Per language of the cases ("en", "fr", "en+fr" for a case that mixes them): (language,
    # all cases, held-out cases or None), when the cases are in more than one.
    by_language: tuple[tuple[str, Scores, Scores | None], ...] = ()

    @property
    def heldout(self) -> tuple[CaseResult, ...]:
        return tuple(r for r in self.results if r.heldout)

    def in_language(self, language: str) -> tuple[CaseResult, ...]:
        return tuple(r for r in self.results if r.language == language)
