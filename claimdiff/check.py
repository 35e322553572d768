"""Check curated cases: compare each report with the case's ``expect:`` list and score it.

An expectation names voices as a reader would ("Malian army", "local residents"); they are
matched to the report's sources through the same normalisation and aliases the pipeline uses.
Contradictions are scored against everything the tool reports, so an unexpected
contradiction lowers precision; the other kinds are scored on the voice pairs and aspects the
case speaks about, since no curator lists every agreement. The results are plain records
(``claimdiff.results``) that the check renderers in ``claimdiff.report`` show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimdiff.errors import DatasetError
from claimdiff.ingest import MANIFEST_NAMES, find_cases, load_manifest
from claimdiff.lang import teaching
from claimdiff.lexicon import AliasTable, normalise_name
from claimdiff.model import Case, Comparison, Count, Expectation, Label, Relation, RelationKind
from claimdiff.results import CaseResult, CheckReport, Outcome, Regression, Scores

# Scores list contradictions, scored against everything reported, before the kinds scored only
# where the case speaks about them.
KINDS = tuple(k.value for k in sorted(RelationKind, key=lambda kind: kind is not RelationKind.CONTRADICTION))


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
        named = doc.declared
        if named and (named.lower() == low or normalise_name(named) == key):
            return True
        if low in doc.text.lower() or key in normalise_name(doc.text):
            return True
    return any(low == c.lower() or low in (a.lower() for a in al) for c, al in case.declared_aliases)


def _pair(rel: Relation) -> frozenset[str]:
    return frozenset(rel.sources)


def manifest_path(case: Case) -> str:
    """The case.yaml (or case.yml) the case's expectations come from."""
    folder = Path(case.path or ".")
    return str(next((folder / n for n in MANIFEST_NAMES if (folder / n).is_file()), folder / "case.yaml"))


@dataclass
class _Scoring:
    """One case being scored: what its expectations have claimed of the report so far."""

    case: Case
    comparison: Comparison
    aliases: AliasTable
    manifest: str
    used: set[str] = field(default_factory=set)  # relations some expectation accounts for
    covered: set[tuple[str, frozenset[str]]] = field(default_factory=set)  # (aspect, voices) spoken about
    contested: set[tuple[str, frozenset[str]]] = field(default_factory=set)  # expected contradictions

    def resolve(self, name: str, line: int | None) -> str | None:
        if not _known_voice(name, self.case):
            raise DatasetError(
                f"voice {name!r} appears in no document of this case", path=self.manifest, line=line
            )
        return match_source(name, self.comparison, self.aliases)

    def found(self, e: Expectation, hits: list[Relation]) -> Outcome:
        """An expectation met by ``hits`` (or unmet without any); the hits count as expected."""
        self.used.update(r.id for r in hits)
        if not hits:
            return Outcome(e, False, "not reported", None, line=e.line)
        return Outcome(e, True, "found", hits[0].id, line=e.line)


def evaluate(case: Case, comparison: Comparison, slug: str) -> CaseResult:
    """Score one case's report against its expectations."""
    # Names are matched with the words the case was compared with.
    with teaching(case.lexicon):
        aliases = AliasTable.build(case.declared_aliases, texts=(d.text for d in case.documents))
        scoring = _Scoring(case, comparison, aliases, manifest_path(case))
        outcomes = tuple(_judge(scoring, e) for e in case.expect)
    unexpected = tuple(
        r for r in comparison.relations if r.kind is RelationKind.CONTRADICTION and r.id not in scoring.used
    )
    counts = {kind: _count(scoring, outcomes, kind) for kind in KINDS}
    return CaseResult(
        slug, case.path or "", case.heldout, outcomes, unexpected, comparison, counts, scoring.manifest
    )


def _judge(s: _Scoring, e: Expectation) -> Outcome:
    if e.kind == "omission":
        return _omission(s, e)
    if e.kind == "revision":
        return _revision(s, e)
    return _between(s, e)


def _omission(s: _Scoring, e: Expectation) -> Outcome:
    assert e.missing_in is not None  # the case schema requires it
    missing = s.resolve(e.missing_in, e.line)
    fact = normalise_name(s.aliases.canonical(e.fact) or e.fact) if e.fact else None
    hit = next(
        (
            r
            for r in s.comparison.relations
            if r.kind is RelationKind.OMISSION
            and r.aspect is e.aspect
            and r.missing_in == missing
            and (fact is None or _mentions(r, fact))
        ),
        None,
    )
    if missing:
        s.covered.add((e.aspect.value, frozenset({missing})))
    return s.found(e, [hit] if hit else [])


def _revision(s: _Scoring, e: Expectation) -> Outcome:
    assert e.source is not None  # the case schema requires it
    src = s.resolve(e.source, e.line)
    if src:
        s.covered.add((e.aspect.value, frozenset({src})))
    hits = [
        r
        for r in s.comparison.relations
        if r.kind is RelationKind.REVISION and r.aspect is e.aspect and src in r.sources
    ]
    return s.found(e, hits)  # every count the voice revised


def _between(s: _Scoring, e: Expectation) -> Outcome:
    """An agreement, a contradiction, or none, between two named voices."""
    a, b = (s.resolve(n, e.line) for n in e.between)
    if a is None or b is None:
        missing_name = e.between[0] if a is None else e.between[1]
        why = f"voice {missing_name!r} was not found in the report"
        return Outcome(e, e.kind == "none", why, line=e.line)
    pair = frozenset({a, b})
    s.covered.add((e.aspect.value, pair))
    if e.kind == "contradiction":
        s.contested.add((e.aspect.value, pair))
    rels = [r for r in s.comparison.relations if r.aspect is e.aspect and _pair(r) == pair]
    if e.kind == "none":
        bad = [r for r in rels if r.kind is RelationKind.CONTRADICTION]
        if bad:
            return Outcome(e, False, f"reported {bad[0].id}: {bad[0].detail}", bad[0].id, line=e.line)
        return Outcome(e, True, "no contradiction", None, line=e.line)
    want = RelationKind(e.kind)
    of_kind = [r for r in rels if r.kind is want]
    hits = [r for r in of_kind if not e.strength or r.strength is e.strength]
    if hits:
        s.used.update(r.id for r in hits)  # one expectation covers every count of the aspect
        return Outcome(e, True, hits[0].detail, hits[0].id, line=e.line)
    if not of_kind:
        return Outcome(e, False, "not reported", None, line=e.line)
    other = of_kind[0]
    s.used.add(other.id)
    why = f"reported as {other.strength.value if other.strength else ''}: {other.detail}"
    return Outcome(e, False, why, None, line=e.line)


def _count(s: _Scoring, outcomes: Sequence[Outcome], kind: str) -> tuple[int, int, int, int]:
    """True positives, relations reported, expectations met and expectations, for one kind."""
    gold = [o for o in outcomes if o.expectation.kind == kind]
    met = sum(1 for o in gold if o.met)
    predicted = _predicted(s, kind)
    tp = sum(1 for r in predicted if r.id in s.used)
    return tp, len(predicted), met, len(gold)


def _predicted(s: _Scoring, kind: str) -> list[Relation]:
    """The reported relations of a kind that the case's expectations can judge."""
    relations = s.comparison.relations
    if kind == "contradiction":
        return [r for r in relations if r.kind is RelationKind.CONTRADICTION]
    if kind == "agreement":
        # An agreement is wrong where the case expects a contradiction the tool did not see.
        said = {(r.aspect.value, _pair(r)) for r in relations if r.kind is RelationKind.CONTRADICTION}
        missed = s.contested - said
        return [
            r
            for r in relations
            if r.kind is RelationKind.AGREEMENT and (r.id in s.used or (r.aspect.value, _pair(r)) in missed)
        ]
    return [
        r
        for r in relations
        if r.kind.value == kind
        and (
            (r.aspect.value, _pair(r)) in s.covered
            or (r.missing_in and (r.aspect.value, frozenset({r.missing_in})) in s.covered)
        )
    ]


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


def check_report(results: Sequence[CaseResult], regressions: Sequence[Regression] = ()) -> CheckReport:
    """The check as its renderers show it: the cases, the scores (held-out cases apart), the regressions."""
    held = [r for r in results if r.heldout]
    languages = sorted({r.language for r in results})
    by_language = []
    if len(languages) > 1:
        for language in languages:
            cases = [r for r in results if r.language == language]
            held_here = [r for r in cases if r.heldout]
            by_language.append((language, scores(cases), scores(held_here) if held_here else None))
    return CheckReport(
        tuple(results),
        scores(results),
        scores(held) if held else None,
        tuple(regressions),
        tuple(by_language),
    )


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
    except RecursionError:
        raise DatasetError("not a readable baseline: nested too deeply", path=str(path)) from None
    if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT:
        raise DatasetError(f"not a {BASELINE_FORMAT} file", path=str(path))
    return data
