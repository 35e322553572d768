"""`--help`, `--version`, and a help screen that does not pay for the heavy imports."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import version

import pytest

import claimdiff

from .helpers import MOURA, run

HEAVY = ("networkx", "pysbd", "numpy", "rapidfuzz", "tabulate")


@pytest.mark.parametrize("command", [[], ["compare"], ["check"]], ids=["group", "compare", "check"])
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_exits_0_and_shows_an_example(command, flag):
    result = run([*command, flag])
    assert result.stdout.startswith("Usage: ")
    assert "Example" in result.stdout
    assert "  claimdiff " in result.stdout  # an indented command line to copy
    assert result.stderr == ""


def test_group_help_lists_both_commands():
    out = run(["--help"]).stdout
    assert "compare" in out
    assert "check" in out


def test_compare_help_documents_fail_on_and_formats():
    out = run(["compare", "--help"]).stdout
    assert "--fail-on" in out
    for name in ("contradiction", "hard", "omission", "never"):
        assert name in out
    for name in ("json", "table", "graphml"):
        assert name in out


def test_version():
    result = run(["--version"])
    assert result.stdout == f"claimdiff, version {claimdiff.__version__}\n"
    assert result.stderr == ""


def test_version_matches_the_installed_metadata():
    assert claimdiff.__version__ == version("claimdiff")


def test_no_arguments_is_a_usage_error_not_a_crash():
    result = run([], exit_code=2)
    assert "Usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_does_not_import_the_heavy_dependencies():
    code = textwrap.dedent(
        f"""
        import sys

        import claimdiff.cli

        for argv in (["--help"], ["compare", "--help"], ["check", "--help"], ["--version"]):
            try:
                claimdiff.cli.main(argv, standalone_mode=False)
            except SystemExit:
                pass
        loaded = sorted(m for m in {HEAVY!r} if m in sys.modules)
        print("LOADED=" + ",".join(loaded))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    marker = [line for line in proc.stdout.splitlines() if line.startswith("LOADED=")]
    assert marker == ["LOADED="], f"--help imported: {marker}"


def test_the_import_probe_notices_heavy_imports(tmp_path):
    # Guard against a vacuous pass: a real comparison does load them, and the probe sees it.
    code = textwrap.dedent(
        f"""
        import sys

        import claimdiff.cli

        argv = ["compare", {MOURA!r}, "-f", "json", "-o", {str(tmp_path / "r.json")!r}]
        try:
            claimdiff.cli.main(argv, standalone_mode=False)
        except SystemExit:
            pass
        print("LOADED=" + ",".join(sorted(m for m in {HEAVY!r} if m in sys.modules)))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    marker = [line for line in proc.stdout.splitlines() if line.startswith("LOADED=")]
    assert marker and marker[0] != "LOADED=", proc.stdout
