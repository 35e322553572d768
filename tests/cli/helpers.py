"""Shared helpers for the command-line tests: the CliRunner wrapper, invented texts, small cases."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimdiff.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
MOURA = str(FIXTURES / "moura")

ANSI = "\x1b["

# Invented accounts of one flood. The tolls cannot both be true: a hard casualties contradiction.
FLOOD_POLICE = (
    "Floodwaters tore through the riverside town of Vessary overnight on Saturday. "
    "At least 70 people died, the regional police chief told reporters on Sunday, "
    "and rescue teams were still searching collapsed houses.\n"
)
FLOOD_MAYOR = (
    "About 30 people were killed when the Ardel river burst its banks, the mayor of Vessary said "
    "on Sunday. He said the water rose by two metres in less than an hour.\n"
)
# Two tolls with compatible bounds but different figures: a soft contradiction only.
FLOOD_GOVERNOR = (
    "At least 70 people died in the floods that hit Vessary on Saturday, the regional governor said.\n"
)
FLOOD_RED_CROSS = (
    "At least 86 people have died in the Vessary floods, a spokesman for the Red Cross said on Monday.\n"
)
# Two voices name the unit that fired; the ministry gives its own account (two statements) without
# naming it: an omission, and no contradiction.
SQUARE_WITNESSES = (
    "Soldiers of the 4th Infantry Brigade opened fire on protesters in Calder Square on Friday, "
    "killing 12 people, witnesses said.\n"
)
SQUARE_RIGHTS_GROUP = (
    "Troops from the 4th Infantry Brigade fired live rounds into the crowd in Calder Square, "
    "the Coalition for Civil Rights said on Saturday.\n"
)
SQUARE_MINISTRY = (
    "Twelve people were killed in Calder Square on Friday, the health ministry said in a statement. "
    "The ministry said the dead had been taken to the central hospital on Friday evening.\n"
)

FLOOD_MANIFEST = """\
title: Vessary floods
reference_date: 2023-09-11
documents:
  - file: police.txt
    source: Police
  - file: mayor.txt
    source: Mayor
"""


def run(args: Sequence[object], input: str | bytes | None = None, exit_code: int = 0) -> Result:
    """Invoke ``claimdiff`` in-process and check its exit code; stdout and stderr stay separate."""
    result = CliRunner().invoke(main, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        # A crash also exits 1; never let it pass for "findings".
        raise result.exception
    assert result.exit_code == exit_code, (
        f"exit code {result.exit_code}, wanted {exit_code}\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )
    return result


def error_line(result: Result, *fragments: str) -> str:
    """The single ``Error: ...`` line of a failed run, after checking the exit-2 contract."""
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"wanted one line on stderr, got:\n{result.stderr}"
    line = lines[0]
    assert line.startswith("Error: "), line
    for fragment in fragments:
        assert fragment in line, f"{fragment!r} not in {line!r}"
    return line


def write_case(folder: Path, manifest: str | None, docs: Mapping[str, str | bytes]) -> Path:
    """Create a case folder: the documents and, unless ``manifest`` is None, a case.yaml."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in docs.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if manifest is not None:
        (folder / "case.yaml").write_text(manifest, encoding="utf-8")
    return folder


def flood_case(folder: Path, manifest: str = FLOOD_MANIFEST) -> Path:
    """The police-vs-mayor flood case with the given manifest."""
    return write_case(folder, manifest, {"police.txt": FLOOD_POLICE, "mayor.txt": FLOOD_MAYOR})


def run_in_tty(args: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 60) -> bytes:
    """Run ``python -m claimdiff ARGS`` with stdout on a pseudo-terminal; return what it printed."""
    if not hasattr(os, "openpty"):
        pytest.skip("needs a pseudo-terminal (POSIX)")
    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE")}
    clean.update(env or {})
    master, slave = os.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "claimdiff", *args],
            stdout=slave,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
            env=clean,
        )
    finally:
        os.close(slave)
    chunks: list[bytes] = []
    try:
        while True:
            ready, _, _ = select.select([master], [], [], timeout)
            if not ready:
                proc.kill()
                pytest.fail(f"claimdiff {' '.join(args)} did not finish in {timeout}s")
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=timeout)
        assert proc.stderr is not None
        stderr = proc.stderr.read()
        proc.stderr.close()
    finally:
        os.close(master)
    assert b"Traceback" not in stderr, stderr.decode(errors="replace")
    return b"".join(chunks)
