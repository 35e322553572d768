"""Hostile inputs (one test per row of what an attacker tried): bounded work, exit 2 with one
line naming the file, and nothing written."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from claimdiff import compare
from claimdiff.errors import ConfigError

from .helpers import FLOOD_MANIFEST, error_line, flood_case, run


def _manifest_fails(tmp_path, extra: str, *fragments: str) -> str:
    case = flood_case(tmp_path / "vessary", FLOOD_MANIFEST + extra)
    out = tmp_path / "report.json"
    result = run(["compare", case, "-f", "json", "-o", out], exit_code=2)
    assert not out.exists()
    return error_line(result, str(case / "case.yaml"), *fragments)


def test_nested_aliases_are_refused_before_they_expand(tmp_path):
    # Nine levels of ten aliases each would be 10**9 strings if expanded.
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    line = _manifest_fails(tmp_path, "\n".join(levels) + "\n", "aliases")
    assert ":9:" in line  # the first alias met, on the second level


def test_a_recursive_alias_is_refused(tmp_path):
    _manifest_fails(tmp_path, "loop: &loop [*loop]\n", "aliases")


def test_an_alias_as_a_key_is_refused(tmp_path):
    _manifest_fails(tmp_path, "one: &k 1\n*k : x\n", "aliases")


def test_a_key_given_twice_is_refused_with_its_line(tmp_path):
    line = _manifest_fails(tmp_path, "title: Another title\n", "'title' is given twice")
    assert ":8:" in line


def test_a_number_of_thousands_of_digits_is_refused(tmp_path):
    _manifest_fails(tmp_path, "heldout: " + "9" * 5000 + "\n", "more than 40 digits")


def test_a_mapping_as_a_key_is_refused(tmp_path):
    _manifest_fails(tmp_path, "? [a, b]\n: c\n", "invalid YAML")


def test_yaml_nested_too_deeply(tmp_path):
    _manifest_fails(tmp_path, "deep: " + "[" * 20000 + "]" * 20000 + "\n", "nested too deeply")


def test_json_lines_nested_too_deeply_fails_alone(tmp_path):
    cases = tmp_path / "cases.jsonl"
    good = {"slug": "ok", "documents": [{"text": "Twelve people died in Vessary, police said."}]}
    cases.write_text("[" * 100000 + "]" * 100000 + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    result = run(["batch", cases, "-o", tmp_path / "out"], exit_code=1)
    assert "nested too deeply" in result.stdout + result.stderr
    assert (tmp_path / "out" / "reports" / "ok.json").exists()


def test_a_baseline_nested_too_deeply(tmp_path):
    case = flood_case(tmp_path / "vessary")
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    result = run(["check", case, "--baseline", baseline], exit_code=2)
    error_line(result, str(baseline), "nested too deeply")


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_reference_date_at_the_calendar_s_edge(tmp_path, day):
    case = flood_case(tmp_path / "vessary")
    result = run(["compare", case, "--date", day], exit_code=2)
    error_line(result, "--date", "outside the years")


def test_a_manifest_reference_date_at_the_calendar_s_edge(tmp_path):
    manifest = FLOOD_MANIFEST.replace("reference_date: 2023-09-11", "reference_date: 9999-12-31")
    case = flood_case(tmp_path / "vessary", manifest)
    result = run(["compare", case], exit_code=2)
    error_line(result, f"{case / 'case.yaml'}:2:", "outside the years")


def test_the_library_refuses_a_date_it_cannot_reckon_from():
    with pytest.raises(ConfigError, match="outside the years"):
        compare(["Twelve people died in Vessary, police said."], reference_date=dt.date(9999, 12, 31))
    with pytest.raises(ConfigError, match="outside the years"):
        compare(["Twelve people died in Vessary, police said."], reference_date="0001-01-01")
