"""`claimdiff report PATHS -o FILE.html|FILE.md`: the format from the suffix, atomic writes, exit codes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimdiff.cli import main

from .cases import ROOT

MOURA = str(ROOT / "fixtures" / "moura")


def _run(args: list[str], exit_code: int = 0, input: str | None = None) -> Result:
    result = CliRunner().invoke(main, args, input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == exit_code, (result.exit_code, result.stdout, result.stderr)
    return result


@pytest.mark.parametrize(
    ("name", "marker"),
    [
        ("moura.html", "<!DOCTYPE html>"),
        ("moura.HTM", "<!DOCTYPE html>"),
        ("moura.md", "# Moura, March 2022"),
    ],
)
def test_format_from_the_suffix(tmp_path: Path, name: str, marker: str) -> None:
    out = tmp_path / name
    result = _run(["report", MOURA, "-o", str(out)])
    assert result.stdout == "" and result.stderr == ""
    assert out.read_text(encoding="utf-8").startswith(marker)


def test_findings_do_not_fail_a_report(tmp_path: Path) -> None:
    # Moura has contradictions: `compare` exits 1, a report is not a gate.
    _run(["compare", MOURA, "-f", "json"], exit_code=0)
    _run(["report", MOURA, "-o", str(tmp_path / "r.md")], exit_code=0)


def test_format_option_overrides_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "comment.txt"
    _run(["report", MOURA, "-o", str(out), "--format", "markdown"])
    assert out.read_text(encoding="utf-8").startswith("# Moura")


def test_unknown_suffix_is_one_line_exit_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = _run(["report", MOURA, "-o", str(out)], exit_code=2)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert "report.pdf" in lines[0] and ".html" in lines[0] and ".md" in lines[0]
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_is_required() -> None:
    result = _run(["report", MOURA], exit_code=2)
    assert "--output" in result.stderr


def test_bad_input_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = _run(["report", str(tmp_path / "missing.txt"), "-o", str(out)], exit_code=2)
    assert len(result.stderr.splitlines()) == 1
    assert not out.exists()


def test_date_title_and_stdin(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    text = "At least 70 people died in Vessary on Saturday, the police said.\n"
    other = tmp_path / "mayor.txt"
    other.write_text(
        "About 30 people were killed in Vessary on Saturday, the mayor said.\n", encoding="utf-8"
    )
    _run(
        ["report", "-", str(other), "-o", str(out), "--date", "2023-09-11", "--title", "Vessary | floods"],
        input=text,
    )
    report = out.read_text(encoding="utf-8")
    assert report.startswith("# Vessary \\| floods\n")
    assert "reference date 2023-09-11" in report


def test_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    out.write_text("old", encoding="utf-8")
    _run(["report", MOURA, "-o", str(out)])
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]  # no temporary file left


def test_help_shows_examples() -> None:
    out = _run(["report", "--help"]).stdout
    assert out.startswith("Usage: ") and "Example" in out and "  claimdiff report " in out
    assert "--output" in out and "html" in out and "markdown" in out
    assert "report" in _run(["--help"]).stdout


def test_help_does_not_import_the_heavy_dependencies() -> None:
    code = textwrap.dedent(
        """
        import sys

        import claimdiff.cli

        try:
            claimdiff.cli.main(["report", "--help"], standalone_mode=False)
        except SystemExit:
            pass
        heavy = ("networkx", "pysbd", "numpy", "rapidfuzz")
        print("LOADED=" + ",".join(m for m in heavy if m in sys.modules))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED=\n" in proc.stdout
