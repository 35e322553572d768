"""Batch: every case of a dataset through the pipeline, one report each, and a summary.

A dataset is a folder of case folders (each with its case.yaml) or a JSON Lines file with one
case per line. Cases run on the engine (``claimdiff.engine``): in this process, in local
worker processes or on a Dask cluster, with the same results whichever runs them. A worker
sends back the rendered report and a few numbers, never the ``Comparison``: pickling the
whole object graph back costs more than rendering it where it was built.

This module builds tasks and summaries; the CLI writes the files.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdiff.engine import Outcome, TaskError, run_cases
from claimdiff.errors import ClaimdiffError, DatasetError
from claimdiff.kinds import KIND_ORDER
from claimdiff.model import RECORD_FIELDS, Case
from claimdiff.report.base import counted, terminal_safe_rows

SUMMARY_FORMAT = "claimdiff.batch/1"
KINDS = tuple(k.value for k in KIND_ORDER)

# What a task carries: a case folder to load in the worker, a case read from a JSON Lines
# file, or the error that line gave (raised in the worker, so it lands in its place in order).
Payload = str | Case | ClaimdiffError


@dataclass(frozen=True, slots=True)
class CaseOutput:
    """What a worker returns for one case: the report text, the numbers for the summary and the
    relations' flat rows for ``relations.csv``."""

    report: str
    statements: int
    voices: int
    relations: dict[str, int]
    hard: int  # hard contradictions
    seconds: float
    records: tuple[tuple[Any, ...], ...] = ()  # its relations' flat rows (RECORD_FIELDS)


def dataset_tasks(path: str | Path) -> list[tuple[str, Payload]]:
    """The cases of a dataset, in a stable order, as ``(slug, payload)`` tasks.

    A folder's cases are its case folders (sorted), named by their path under the folder; a
    file is read as JSON Lines, one case per line, in line order.
    """
    from claimdiff.ingest import MANIFEST_NAMES, find_cases, load_jsonl_cases

    root = Path(path)
    if root.is_file() and root.name not in MANIFEST_NAMES:
        cases: list[tuple[str, Payload]] = [(slug, item) for slug, item in load_jsonl_cases(root)]
        if not cases:
            raise DatasetError("holds no case: give one JSON object per line", path=str(root))
        return cases
    folders = find_cases([root])
    if not folders:
        raise DatasetError(
            "no case.yaml found: give a folder of case folders or a JSON Lines file", path=str(root)
        )
    base = root.parent if root.is_file() else root
    tasks: list[tuple[str, Payload]] = []
    for folder in folders:
        rel = folder.relative_to(base).as_posix() if folder != base else folder.resolve().name
        tasks.append((rel, str(folder)))
    return tasks


def run_case(payload: Payload, fmt: str = "json", pairs: bool = False) -> CaseOutput:
    """Load (if need be), compare and render one case: the work of one task. The report
    lists the pairwise relations only with ``pairs`` (``--pairs``); the counts are the same."""
    from claimdiff.ingest import load_manifest
    from claimdiff.pipeline import compare_case
    from claimdiff.report import RenderOptions, render, shown

    start = time.perf_counter()
    if isinstance(payload, ClaimdiffError):
        raise payload
    case = load_manifest(payload) if isinstance(payload, str) else payload
    comparison = compare_case(case)
    comparison = shown(comparison, pairs)  # relations.csv lists what the report lists
    report = render(fmt, comparison, RenderOptions(color=False))
    counts = comparison.summary()
    hard = comparison.hard_contradictions()
    return CaseOutput(
        report=report,
        statements=len(comparison.statements),
        voices=len(comparison.sources),
        relations=counts,
        hard=hard,
        seconds=round(time.perf_counter() - start, 3),
        records=tuple(tuple(r[k] for k in RECORD_FIELDS) for r in comparison.to_records()),
    )


def run_batch(
    tasks: Sequence[tuple[str, Payload]],
    *,
    fmt: str = "json",
    workers: int | None = None,
    scheduler: str | None = None,
    pairs: bool = False,
) -> Generator[Outcome[CaseOutput], None, None]:
    """Run every task; yield one outcome per case, in dataset order."""
    # run_case is looked up here, at call time, so a test can stand in for it.
    work = functools.partial(run_case, fmt=fmt, pairs=pairs)
    return run_cases(tasks, work, workers=workers, scheduler=scheduler)


def report_name(slug: str, suffix: str) -> str:
    """The report's path under the output folder: ``reports/<slug><suffix>``, with what a file
    name should not hold (a newline, a control character, a colon) written as "_"."""
    return f"reports/{_UNSAFE_IN_NAME.sub('_', slug)}{suffix}"


# A case folder's name may hold anything a file system allows; a report's name holds these.
_UNSAFE_IN_NAME = re.compile(r"[^\w.\-/ ~]")


def report_names(slugs: Sequence[str], suffix: str) -> list[str]:
    """Each case's report path, none the same as another's nor inside another's: folders ``x``
    and ``x.json/y`` would want ``reports/x.json`` as a file and as a folder, so the later one
    is flattened and numbered (``reports/x.json__y~2.json``)."""
    names: list[str] = []
    files: set[str] = set()
    folders: set[str] = set()
    for slug in slugs:
        name = report_name(slug, suffix)
        parents = {str(p) for p in Path(name).parents}
        n = 1
        while name in files or name in folders or parents & files:
            n += 1
            name = report_name(f"{slug.replace('/', '__')}~{n}", suffix)
            parents = {str(p) for p in Path(name).parents}
        names.append(name)
        files.add(name)
        folders.update(parents)
    return names


def failed_row(slug: str, message: str) -> dict[str, Any]:
    """A case that failed after it ran (its report could not be written), in ``summary.json``."""
    return {"slug": slug, "ok": False, "error": message}


def summary_row(outcome: Outcome[CaseOutput], name: str) -> dict[str, Any]:
    """One case in ``summary.json``; ``name`` is its report's path under the output folder."""
    out = outcome.result
    if out is None:
        assert outcome.error is not None
        row: dict[str, Any] = {"slug": outcome.slug, "ok": False, "error": outcome.error.message}
        if outcome.error.trace:
            row["traceback"] = outcome.error.trace
        return row
    return {
        "slug": outcome.slug,
        "ok": True,
        "report": name,
        "statements": out.statements,
        "voices": out.voices,
        "relations": {k: out.relations.get(k, 0) for k in KINDS},
        "hard_contradictions": out.hard,
        "seconds": out.seconds,
    }


def summary_record(rows: Sequence[dict[str, Any]], dataset: str) -> dict[str, Any]:
    """The whole run as ``claimdiff.batch/1``: per case, then totals."""
    ok = [r for r in rows if r["ok"]]
    return {
        "format": SUMMARY_FORMAT,
        "dataset": dataset,
        "cases": list(rows),
        "totals": {
            "cases": len(rows),
            "ok": len(ok),
            "failed": len(rows) - len(ok),
            "statements": sum(r["statements"] for r in ok),
            "relations": {k: sum(r["relations"][k] for r in ok) for k in KINDS},
            "hard_contradictions": sum(r["hard_contradictions"] for r in ok),
        },
    }


def relations_csv(rows: Sequence[tuple[str, tuple[tuple[Any, ...], ...]]]) -> str:
    """Every case's relations in one CSV (``relations.csv``): ``case`` (its slug), then the
    columns of ``Comparison.to_records()``. ``rows`` are ``(slug, records)`` in dataset order."""
    from claimdiff.report.records import delimited

    return delimited(("case", *RECORD_FIELDS), ((slug, *rec) for slug, records in rows for rec in records))


def summary_table(record: dict[str, Any], table_format: str = "simple") -> str:
    """The summary as a tabulate table and a totals line."""
    from tabulate import tabulate

    headers = ["case", "status", "voices", "statements", *KINDS, "seconds", "error"]
    rows = []
    for r in record["cases"]:
        if r["ok"]:
            rel = r["relations"]
            contra = (
                f"{rel['contradiction']} ({r['hard_contradictions']} hard)" if rel["contradiction"] else 0
            )
            counts = [contra if k == "contradiction" else rel[k] for k in KINDS]
            rows.append([r["slug"], "ok", r["voices"], r["statements"], *counts, f"{r['seconds']:.2f}", ""])
        else:
            rows.append([r["slug"], "FAILED", "", "", *([""] * len(KINDS)), "", r["error"]])
    t = record["totals"]
    rel = t["relations"]
    totals = (
        f"{counted(t['cases'], 'case')}: {t['ok']} ok, {t['failed']} failed; "
        f"{counted(t['statements'], 'statement')}, " + ", ".join(counted(rel[k], k) for k in KINDS)
    )
    # Slugs and errors name the cases' own files and words: shown, never obeyed, by a terminal.
    rows = terminal_safe_rows(rows)
    return (
        tabulate(rows, headers=headers, tablefmt=table_format, disable_numparse=True) + "\n\n" + totals + "\n"
    )


__all__ = [
    "CaseOutput",
    "TaskError",
    "dataset_tasks",
    "failed_row",
    "report_name",
    "report_names",
    "run_batch",
    "run_case",
    "summary_record",
    "summary_row",
    "summary_table",
]
