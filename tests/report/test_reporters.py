"""Every registered reporter, the table's options, and the CLI's --format choices."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import click
import pytest

import claimdiff
from claimdiff.report import REPORTERS, RenderOptions, render

ROOT = Path(__file__).resolve().parents[2]
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@cache
def _moura():  # type: ignore[no-untyped-def]
    return claimdiff.compare([str(ROOT / "fixtures" / "moura")])


def test_registry_is_not_empty() -> None:
    assert {"table", "json"} <= set(REPORTERS)


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_every_reporter_renders_deterministically(name: str) -> None:
    reporter = REPORTERS[name]
    assert reporter.name == name
    assert isinstance(reporter.suffix, str) and reporter.suffix.startswith(".")
    assert isinstance(reporter.media_type, str) and "/" in reporter.media_type
    comparison = _moura()
    first = reporter.render(comparison, RenderOptions())
    assert isinstance(first, str)
    assert first.strip()
    assert first.endswith("\n")
    assert reporter.render(comparison, RenderOptions()) == first
    assert render(name, comparison) == first
    # A fresh comparison of the same input gives the same text.
    assert render(name, claimdiff.compare([str(ROOT / "fixtures" / "moura")])) == first


@pytest.mark.parametrize("name", sorted(set(REPORTERS) - {"table"}))
def test_machine_formats_never_colour(name: str) -> None:
    text = render(name, _moura(), RenderOptions(color=True))
    assert not ANSI.search(text)
    assert text == render(name, _moura(), RenderOptions(color=False))


def test_table_colour_on() -> None:
    text = render("table", _moura(), RenderOptions(color=True))
    assert ANSI.search(text)
    assert "\x1b[31m" in text  # contradictions in red
    assert ANSI.sub("", text) == render("table", _moura(), RenderOptions(color=False))


def test_table_colour_off() -> None:
    text = render("table", _moura(), RenderOptions(color=False))
    assert "\x1b" not in text
    assert "CONTRADICTION" in text and "AGREEMENT" in text and "OMISSION" in text


def test_table_github_format_is_a_pipe_table() -> None:
    text = render("table", _moura(), RenderOptions(table_format="github"))
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert rows, text
    for line in rows:
        assert line.rstrip().endswith("|"), line
    # The header separator of a GitHub table: | --- | :--- | ...
    assert any(re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", line.strip()) for line in rows)
    assert "| id " in text
    plain = render("table", _moura(), RenderOptions(table_format="simple"))
    assert not any(line.startswith("|") for line in plain.splitlines())


def test_table_ends_with_the_summary_line() -> None:
    comparison = _moura()
    text = render("table", comparison)
    last = text.rstrip("\n").splitlines()[-1]
    counts = comparison.summary()
    assert f"{counts['contradiction']} contradictions" in last
    assert f"{counts['agreement']} agreements" in last
    assert f"{len(comparison.statements)} statements" in last


def test_cli_format_choices_are_the_registry() -> None:
    from claimdiff.cli import compare

    options = {p.name: p for p in compare.params}
    fmt = options["fmt"]
    assert isinstance(fmt.type, click.Choice)
    assert list(fmt.type.choices) == sorted(REPORTERS)
    # No default of its own: the output's suffix decides, else the table.
    from claimdiff.cli import _format_of

    assert _format_of(None) == "table" and _format_of("out.JSON") == "json"
    assert {_format_of(f"out{r.suffix}") for r in REPORTERS.values()} == set(REPORTERS)


def test_counts_take_the_number_their_noun_asks_for() -> None:
    from claimdiff.report.base import counted

    assert [counted(n, "voice") for n in (0, 1, 2)] == ["0 voices", "1 voice", "2 voices"]
    from claimdiff import compare as compare_texts

    text = render("table", compare_texts(["Police said 12 people died in the Dorvel blast."]))
    last = text.rstrip("\n").splitlines()[-1]
    assert ", 1 statement, " in last and ": 0 contradictions (0 hard), 0 omissions, " in last


@pytest.mark.parametrize("registry", ["REPORTERS", "CHECK_REPORTERS"])
def test_each_entry_says_what_its_reporter_says(registry: str) -> None:
    import claimdiff.report as report

    for name, entry in getattr(report, registry).items():
        built = entry.reporter()  # type: ignore[attr-defined]
        said = (entry.name, entry.suffix, entry.media_type)
        assert said == (built.name, built.suffix, built.media_type), name
        assert entry.name == name


def test_the_registry_imports_no_reporter_until_one_renders() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from claimdiff.report import REPORTERS; sorted(REPORTERS);"
        "print(sorted(m for m in sys.modules if m.startswith('claimdiff.report.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['claimdiff.report.base']"
