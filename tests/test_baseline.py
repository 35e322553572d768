"""The bundled dataset against its recorded baseline: no new contradiction, no expectation lost."""

from __future__ import annotations

from pathlib import Path

from claimdiff.check import check_paths, compare_baseline, load_baseline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_dataset_is_no_worse_than_its_baseline() -> None:
    results = check_paths([FIXTURES])
    regressions = compare_baseline(results, load_baseline(FIXTURES / "baseline.json"))
    assert not regressions, "\n".join(f"{r.slug}: {r.what}" for r in regressions)
