"""Fuzzing the command line with hostile manifests and raw bytes: whatever comes in, `compare`
exits 0, 1 or 2, says why in one line when it is 2, and leaves no output file behind then.

The number of examples is bounded so that CI stays short; the generators lean on what has
broken tools like this one (aliases, tags, huge numbers, control characters, bad encodings).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.cli import main

from .helpers import FLOOD_MAYOR, FLOOD_POLICE

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of YAML a manifest may be made of, good and bad.
KEYS = ["title", "reference_date", "documents", "aliases", "expect", "language", "heldout", "x", "1", "? [a]"]
VALUES = [
    "Vessary floods",
    "2023-09-11",
    "9999-12-31",
    "'2023-02-30'",
    "&a [x, x]",
    "*a",
    "!!python/object:os.system ''",
    "9" * 60,
    "-5",
    "[" * 50,
    '"\\x1b]0;t\\x07"',
    "\u202e",
    "{kind: contradiction, aspect: casualties, between: [Police, Mayor]}",
    "[{file: police.txt, source: Police}, {file: mayor.txt, source: Mayor}]",
    "[{file: ../police.txt}]",
    "[{file: mayor.txt, source: A, outlet: B}]",
    "fr",
    "xx",
    "true",
    "no",
    "null",
    "",
]
LINE = st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(KEYS), st.sampled_from(VALUES))
# A good manifest with one of its values swapped and a few lines added: most examples get past
# the parser, so the checks and the pipeline after it are fuzzed too.
BASE = [
    "title: Vessary floods",
    "reference_date: 2023-09-11",
    "documents:",
    "  - {file: police.txt, source: Police}",
    "  - {file: mayor.txt, source: Mayor}",
]
MANIFEST = st.builds(
    lambda i, value, extra: "\n".join(
        [*BASE[:i], f"{BASE[i].split(':')[0]}: {value}", *BASE[i + 1 :], *extra] if i < 2 else [*BASE, *extra]
    ),
    st.integers(0, 2),
    st.sampled_from(VALUES),
    st.lists(st.one_of(LINE, st.text(max_size=30)), max_size=3),
)


def _compare(folder: Path, *args: str) -> tuple[int, str, Path]:
    out = folder / "report.json"
    result = CliRunner().invoke(main, ["compare", *args, "-f", "json", "-o", str(out)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stderr, out


def _holds_the_contract(code: int, stderr: str, out: Path) -> None:
    assert code in (0, 1, 2), (code, stderr)
    assert "Traceback" not in stderr
    if code == 2:
        assert len(stderr.splitlines()) == 1, stderr
        assert stderr.startswith("Error: ")
        assert not out.exists()


@FUZZ
@given(manifest=MANIFEST)
def test_any_manifest_gives_a_report_or_one_line(manifest: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "police.txt").write_text(FLOOD_POLICE, encoding="utf-8")
        (folder / "mayor.txt").write_text(FLOOD_MAYOR, encoding="utf-8")
        (folder / "case.yaml").write_text(manifest, encoding="utf-8")
        _holds_the_contract(*_compare(folder, str(folder)))


@FUZZ
@given(data=st.binary(max_size=2_000))
def test_any_bytes_give_a_report_or_one_line(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        account = folder / "account.txt"
        account.write_bytes(data)
        (folder / "mayor.txt").write_text(FLOOD_MAYOR, encoding="utf-8")
        _holds_the_contract(*_compare(folder, str(account), str(folder / "mayor.txt")))
