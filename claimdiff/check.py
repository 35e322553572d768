"""Check curated cases: compare each report with the case's ``expect:`` list and score it.

An expectation names voices as a reader would ("Malian army", "local residents"); they are
matched to the report's sources through the same normalisation and aliases the pipeline uses.
Contradictions are scored against everything the tool reports, so an unexpected
contradiction lowers precision; the other kinds are scored on the voice pairs and aspects the
case speaks about, since no curator lists every agreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimdiff.errors import DatasetError
from claimdiff.ingest import MANIFEST_NAMES, find_cases, load_manifest
from claimdiff.lexicon import AliasTable, normalise_name
from claimdiff.model import Case, Comparison, Count, Expectation, Label, Relation, RelationKind

KINDS = ("contradiction", "agreement", "omission", "revision")


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

    @property
    def ok(self) -> bool:
        return all(o.met for o in self.outcomes)


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 per relation kind."""

    rows: tuple[tuple[str, float | None, float | None, float | None, int, int], ...]

    def get(self, kind: str) -> tuple[float | None, float | None, float | None]:
        for row in self.rows:
            if row[0] == kind:
                return row[1], row[2], row[3]
        return None, None, None


def source_index(comparison: Comparison, aliases: AliasTable) -> dict[str, str]:
    """Every normalised name of every source -> its id."""
    out: dict[str, str] = {}
    for src in comparison.sources:
        for name in (src.name, *src.aliases):
            out.setdefault(aliases.key(name), src.id)
            out.setdefault(normalise_name(name), src.id)
    return out


def match_source(name: str, comparison: Comparison, aliases: AliasTable) -> str | None:
    """The source a reader means by ``name``, or None."""
    index = source_index(comparison, aliases)
    for key in (aliases.key(name), normalise_name(name)):
        if key in index:
            return index[key]
    words = set(normalise_name(name).split())
    if not words:
        return None
    wider = {sid for k, sid in index.items() if words <= set(k.split())}
    if len(wider) == 1:
        return wider.pop()
    narrower = {sid for k, sid in index.items() if k and set(k.split()) <= words and len(k.split()) > 1}
    if len(narrower) == 1:
        return narrower.pop()
    from rapidfuzz import fuzz, process

    choices = sorted(index)
    best = process.extractOne(normalise_name(name), choices, scorer=fuzz.token_set_ratio, score_cutoff=88)
    return index[best[0]] if best else None


def _known_voice(name: str, case: Case) -> bool:
    """A voice is known to the dataset when a document declares or mentions it."""
    low = name.lower()
    key = normalise_name(name)
    for doc in case.documents:
        if doc.source and (doc.source.lower() == low or normalise_name(doc.source) == key):
            return True
        if low in doc.text.lower() or key in normalise_name(doc.text):
            return True
    return any(low == c.lower() or low in (a.lower() for a in al) for c, al in case.aliases)


def _pair(rel: Relation) -> frozenset[str]:
    return frozenset(rel.sources)


def evaluate(case: Case, comparison: Comparison, slug: str) -> CaseResult:
    """Score one case's report against its expectations."""
    aliases = AliasTable.build(case.aliases, texts=(d.text for d in case.documents))
    folder = Path(case.path or ".")
    manifest = str(next((folder / n for n in MANIFEST_NAMES if (folder / n).is_file()), folder / "case.yaml"))
    outcomes = []
    used: set[str] = set()
    covered: set[tuple[str, frozenset[str]]] = set()
    contested: set[tuple[str, frozenset[str]]] = set()

    def resolve(name: str, line: int | None) -> str | None:
        if not _known_voice(name, case):
            raise DatasetError(
                f"voice {name!r} appears in no document of this case", path=manifest, line=line
            )
        return match_source(name, comparison, aliases)

    for e in case.expect:
        kind, aspect, line = e.kind, e.aspect.value, e.line
        exp = e
        if kind == "omission":
            missing = resolve(e.missing_in or "", line)
            fact = normalise_name(aliases.canonical(e.fact) or e.fact) if e.fact else None
            hit = next(
                (
                    r
                    for r in comparison.relations
                    if r.kind is RelationKind.OMISSION
                    and r.aspect.value == aspect
                    and r.missing_in == missing
                    and (fact is None or _mentions(r, fact))
                ),
                None,
            )
            if missing:
                covered.add((aspect, frozenset({missing})))
            outcomes.append(_found(exp, [hit] if hit else [], line, used))
            continue
        if kind == "revision":
            src = resolve(e.source or "", line)
            if src:
                covered.add((aspect, frozenset({src})))
            hits = [
                r
                for r in comparison.relations
                if r.kind is RelationKind.REVISION and r.aspect.value == aspect and src in r.sources
            ]
            outcomes.append(_found(exp, hits, line, used))  # every count the voice revised
            continue
        a, b = (resolve(n, line) for n in e.between)
        if a is None or b is None:
            missing_name = e.between[0] if a is None else e.between[1]
            outcomes.append(
                Outcome(exp, kind == "none", f"voice {missing_name!r} was not found in the report", line=line)
            )
            continue
        pair = frozenset({a, b})
        covered.add((aspect, pair))
        if kind == "contradiction":
            contested.add((aspect, pair))
        rels = [r for r in comparison.relations if r.aspect.value == aspect and _pair(r) == pair]
        if kind == "none":
            bad = [r for r in rels if r.kind is RelationKind.CONTRADICTION]
            outcomes.append(
                Outcome(
                    exp,
                    not bad,
                    "no contradiction" if not bad else f"reported {bad[0].id}: {bad[0].detail}",
                    bad[0].id if bad else None,
                    line=line,
                )
            )
            continue
        want = RelationKind(kind)
        hits = [
            r
            for r in rels
            if r.kind is want
            and (not e.strength or r.strength is e.strength)
        ]
        if hits:
            used.update(r.id for r in hits)  # one expectation covers every count of the aspect
            outcomes.append(Outcome(exp, True, hits[0].detail, hits[0].id, line=line))
        else:
            other = [r for r in rels if r.kind is want]
            why = (
                f"reported as {other[0].strength.value if other[0].strength else ''}: {other[0].detail}"
                if other
                else "not reported"
            )
            if other:
                used.add(other[0].id)
            outcomes.append(Outcome(exp, False, why, None, line=line))
    unexpected = tuple(
        r for r in comparison.relations if r.kind is RelationKind.CONTRADICTION and r.id not in used
    )
    counts = {}
    for kind in KINDS:
        gold = [o for o in outcomes if o.expectation.kind == kind]
        met = sum(1 for o in gold if o.met)
        if kind == "contradiction":
            predicted = [r for r in comparison.relations if r.kind is RelationKind.CONTRADICTION]
        elif kind == "agreement":
            # An agreement is wrong where the case expects a contradiction the tool did not see.
            said_contra = {
                (r.aspect.value, _pair(r))
                for r in comparison.relations
                if r.kind is RelationKind.CONTRADICTION
            }
            predicted = [
                r
                for r in comparison.relations
                if r.kind is RelationKind.AGREEMENT
                and (
                    r.id in used
                    or (
                        (r.aspect.value, _pair(r)) in contested
                        and (r.aspect.value, _pair(r)) not in said_contra
                    )
                )
            ]
        else:
            predicted = [
                r
                for r in comparison.relations
                if r.kind.value == kind
                and (
                    (r.aspect.value, _pair(r)) in covered
                    or (r.missing_in and (r.aspect.value, frozenset({r.missing_in})) in covered)
                )
            ]
        tp = sum(1 for r in predicted if r.id in used)
        counts[kind] = (tp, len(predicted), met, len(gold))
    return CaseResult(slug, case.path or "", case.heldout, tuple(outcomes), unexpected, comparison, counts)


def _found(exp: Expectation, hits: list[Relation], line: int | None, used: set[str]) -> Outcome:
    """An expectation met by ``hits`` (or unmet without any); the hits count as expected."""
    used.update(r.id for r in hits)
    if not hits:
        return Outcome(exp, False, "not reported", None, line=line)
    return Outcome(exp, True, "found", hits[0].id, line=line)


def _mentions(rel: Relation, fact: str) -> bool:
    for value in rel.values:
        names = (value.value.name,) if isinstance(value.value, Label) else ()
        for text in (*names, value.value.text):
            norm = normalise_name(text)
            if norm and (fact in norm or norm in fact):
                return True
    return False


def check_paths(
    paths: Sequence[str | Path], *, workers: int | None = None, scheduler: str | None = None
) -> list[CaseResult]:
    """Run and score every case under the paths.

    Large datasets run on the engine (``claimdiff.engine``): local worker processes (default:
    the CPU count from ``LARGE_DATASET`` cases up, else this process) or a Dask cluster at
    ``scheduler``. The results are the same whichever runs them; the first bad case, in
    dataset order, stops the check as it always has.
    """
    from claimdiff.engine import LARGE_DATASET, run_cases

    folders = find_cases(paths)
    if not folders:
        raise DatasetError("no case.yaml found", path=", ".join(str(p) for p in paths))
    if workers is None and scheduler is None and len(folders) < LARGE_DATASET:
        workers = 1  # starting worker processes costs more than a few cases
    results = []
    outcomes = run_cases(
        [(f.name, str(f)) for f in folders], check_case, workers=workers, scheduler=scheduler
    )
    try:
        for outcome in outcomes:
            if outcome.error is not None:
                raise outcome.error.exception()
            assert outcome.result is not None
            results.append(outcome.result)
    finally:
        outcomes.close()
    return results


def check_case(folder: str) -> CaseResult:
    """Load, compare and score one case folder (one engine task)."""
    from claimdiff.pipeline import compare_case

    case = load_manifest(folder)
    return evaluate(case, compare_case(case), Path(folder).name)


def scores(results: Sequence[CaseResult]) -> Scores:
    """Micro-averaged precision, recall and F1 per kind over the given cases."""
    rows = []
    for kind in KINDS:
        tp = sum(r.counts[kind][0] for r in results)
        pred = sum(r.counts[kind][1] for r in results)
        met = sum(r.counts[kind][2] for r in results)
        gold = sum(r.counts[kind][3] for r in results)
        precision = tp / pred if pred else None
        recall = met / gold if gold else None
        f1 = (2 * precision * recall / (precision + recall)) if precision and recall else None
        rows.append((kind, precision, recall, f1, pred, gold))
    return Scores(tuple(rows))


# ---------------------------------------------------------------------------
# Baselines: adopt a dataset as it is, then fail only on what gets worse


BASELINE_FORMAT = "claimdiff.baseline/1"


def fingerprint(rel: Relation, comparison: Comparison) -> str:
    """A contradiction's identity across runs: its voices, aspect, key and strength, not its id."""
    names = sorted(comparison.source(s).name for s in rel.sources)
    strength = rel.strength.value if rel.strength else ""
    key = next((v.value.counted for v in rel.values if isinstance(v.value, Count) and v.value.counted), "")
    return f"{rel.aspect.value}|{key}|{strength}|{' / '.join(names)}"


def make_baseline(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Today's state: per case, the contradictions reported and the expectations met."""
    cases = {}
    for res in sorted(results, key=lambda r: r.slug):
        contradictions = sorted(
            {
                fingerprint(r, res.comparison)
                for r in res.comparison.relations
                if r.kind is RelationKind.CONTRADICTION
            }
        )
        met = sorted(o.describe() for o in res.outcomes if o.met)
        cases[res.slug] = {"contradictions": contradictions, "met": met}
    return {"format": BASELINE_FORMAT, "cases": cases}


@dataclass(frozen=True, slots=True)
class Regression:
    """Something worse than the baseline: a new contradiction, or an expectation no longer met."""

    slug: str
    what: str
    relation: Relation | None = None


def compare_baseline(results: Sequence[CaseResult], baseline: dict[str, Any]) -> list[Regression]:
    """What is worse than the baseline records (cases it does not know are held to everything)."""
    out = []
    known = baseline.get("cases", {})
    for res in results:
        base = known.get(res.slug, {"contradictions": [], "met": []})
        seen = set(base.get("contradictions", ()))
        for rel in res.comparison.relations:
            if rel.kind is RelationKind.CONTRADICTION and fingerprint(rel, res.comparison) not in seen:
                if rel in res.unexpected:
                    out.append(
                        Regression(res.slug, f"new contradiction {fingerprint(rel, res.comparison)}", rel)
                    )
        was_met = set(base.get("met", ()))
        for o in res.outcomes:
            if not o.met and (o.describe() in was_met or res.slug not in known):
                out.append(Regression(res.slug, f"expectation no longer met: {o.describe()}"))
    return out


def load_baseline(path: str | Path) -> dict[str, Any]:
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError(
            "baseline file does not exist (create it with --update-baseline)", path=str(path)
        ) from None
    except (OSError, ValueError) as exc:
        raise DatasetError(f"not a readable baseline: {exc}", path=str(path)) from None
    if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT:
        raise DatasetError(f"not a {BASELINE_FORMAT} file", path=str(path))
    return data
