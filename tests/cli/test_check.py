"""`claimdiff check`: curated cases against their expectations."""

from __future__ import annotations

import re

import pytest

from .helpers import (
    ANSI,
    FIXTURES,
    FLOOD_MANIFEST,
    FLOOD_MAYOR,
    FLOOD_POLICE,
    MOURA,
    error_line,
    flood_case,
    run,
    run_in_tty,
    write_case,
)

SCORE_ROW = re.compile(r"^(contradiction|agreement|omission|revision)\s+(\S+)\s+(\S+)\s+(\S+)\s+\d+\s+\d+$")


def _score_rows(out: str) -> dict[str, tuple[str, str, str]]:
    rows = {}
    for line in out.splitlines():
        m = SCORE_ROW.match(line)
        if m:
            rows[m.group(1)] = m.groups()[1:]
    return rows


def test_moura_meets_its_expectations():
    result = run(["check", MOURA])
    out = result.stdout
    assert result.stderr == ""
    assert out.splitlines()[0].startswith("moura: ok (")
    assert "UNMET" not in out
    assert "All cases (1)" in out
    header = next(line for line in out.splitlines() if line.startswith("kind"))
    assert header.split()[:4] == ["kind", "precision", "recall", "F1"]
    rows = _score_rows(out)
    assert set(rows) == {"contradiction", "agreement", "omission", "revision"}
    precision, recall, _ = rows["contradiction"]
    assert float(precision) == pytest.approx(1.0)
    assert float(recall) == pytest.approx(1.0)


def test_verbose_lists_the_met_expectations():
    out = run(["check", "-v", MOURA]).stdout
    met = [line for line in out.splitlines() if line.strip().startswith("met ")]
    counts = re.search(r"\((\d+)/(\d+) expectations met[;)]", out)
    assert counts and counts.group(1) == counts.group(2)
    assert len(met) == int(counts.group(1))
    assert any("omission actor: Wagner Group missing in Malian army" in line for line in met)


def test_unmet_expectation_exits_1(tmp_path):
    manifest = FLOOD_MANIFEST + (
        "expect:\n"
        "  # the tolls (at least 70, about 30) cannot agree\n"
        "  - {kind: agreement, aspect: casualties, between: [Police, Mayor]}\n"
    )
    case = flood_case(tmp_path / "vessary", manifest)
    out = run(["check", case], exit_code=1).stdout
    assert out.splitlines()[0].startswith("vessary: FAIL (0/1 expectations met")
    unmet = [line for line in out.splitlines() if "UNMET" in line]
    assert len(unmet) == 1
    assert "agreement casualties: Police vs Mayor" in unmet[0]
    # the contradiction it did find is shown as unexpected
    assert any("unexpected" in line and "casualties" in line for line in out.splitlines())


def test_met_contradiction_exits_0(tmp_path):
    manifest = FLOOD_MANIFEST + (
        "expect:\n  - {kind: contradiction, aspect: casualties, between: [Police, Mayor], strength: hard}\n"
    )
    case = flood_case(tmp_path / "vessary", manifest)
    out = run(["check", case]).stdout
    assert out.splitlines()[0].startswith("vessary: ok (1/1 expectations met")


def test_one_failing_case_among_several_exits_1(tmp_path):
    flood_case(
        tmp_path / "cases" / "a-met",
        FLOOD_MANIFEST + "expect:\n  - {kind: contradiction, aspect: casualties, between: [Police, Mayor]}\n",
    )
    flood_case(
        tmp_path / "cases" / "b-unmet",
        FLOOD_MANIFEST + "expect:\n  - {kind: none, aspect: casualties, between: [Police, Mayor]}\n",
    )
    out = run(["check", tmp_path / "cases"], exit_code=1).stdout
    lines = out.splitlines()
    assert lines[0].startswith("a-met: ok")
    assert any(line.startswith("b-unmet: FAIL") for line in lines)
    assert "All cases (2)" in out


def test_held_out_cases_get_their_own_table(tmp_path):
    flood_case(
        tmp_path / "vessary",
        FLOOD_MANIFEST
        + "heldout: true\nexpect:\n  - {kind: contradiction, aspect: casualties, between: [Police, Mayor]}\n",
    )
    out = run(["check", tmp_path / "vessary"]).stdout
    assert "[held-out]" in out.splitlines()[0]
    assert "Held-out cases (1)" in out


def test_voice_that_no_document_mentions_exits_2(tmp_path):
    manifest = FLOOD_MANIFEST + (
        "expect:\n"
        "  - {kind: contradiction, aspect: casualties, between: [Police, Mayor]}\n"
        "  - {kind: agreement, aspect: time, between: [Police, Coast Guard]}\n"
    )
    case = flood_case(tmp_path / "vessary", manifest)
    result = run(["check", case], exit_code=2)
    error_line(result, f"{case / 'case.yaml'}:10:", "'Coast Guard'")


def test_unknown_voice_in_an_omission_exits_2(tmp_path):
    manifest = (
        FLOOD_MANIFEST + "expect:\n  - {kind: omission, aspect: actor, fact: Army, missing_in: Coast Guard}\n"
    )
    case = flood_case(tmp_path / "vessary", manifest)
    error_line(run(["check", case], exit_code=2), f"{case / 'case.yaml'}:9:", "'Coast Guard'")


def test_voice_error_names_a_case_yml_manifest(tmp_path):
    case = write_case(tmp_path / "vessary", None, {"police.txt": FLOOD_POLICE, "mayor.txt": FLOOD_MAYOR})
    (case / "case.yml").write_text(
        FLOOD_MANIFEST + "expect:\n  - {kind: agreement, aspect: time, between: [Police, Coast Guard]}\n",
        encoding="utf-8",
    )
    error_line(run(["check", case], exit_code=2), f"{case / 'case.yml'}:9:")


def test_case_yml_is_found(tmp_path):
    case = write_case(tmp_path / "vessary", None, {"police.txt": FLOOD_POLICE, "mayor.txt": FLOOD_MAYOR})
    (case / "case.yml").write_text(
        FLOOD_MANIFEST + "expect:\n  - {kind: contradiction, aspect: casualties, between: [Police, Mayor]}\n",
        encoding="utf-8",
    )
    assert run(["check", case]).stdout.startswith("vessary: ok")


@pytest.mark.parametrize("docs", [{}, {"police.txt": FLOOD_POLICE}], ids=["empty", "text-only"])
def test_folder_without_any_case_exits_2(tmp_path, docs):
    folder = write_case(tmp_path / "drafts", None, docs)
    error_line(run(["check", folder], exit_code=2), str(folder), "no case.yaml")


def test_missing_path_exits_2(tmp_path):
    result = run(["check", tmp_path / "nowhere"], exit_code=2)
    assert "nowhere" in result.stderr
    assert "Traceback" not in result.stderr


def test_broken_manifest_exits_2(tmp_path):
    case = flood_case(tmp_path / "vessary", FLOOD_MANIFEST + "expect:\n  - {kind: contradiction}\n")
    error_line(run(["check", case], exit_code=2), f"{case / 'case.yaml'}:")


def test_no_ansi_escapes_when_not_a_terminal(monkeypatch):
    assert ANSI not in run(["check", MOURA]).stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI not in run(["check", MOURA]).stdout


def test_terminal_colour_and_no_color():
    moura = str(FIXTURES.relative_to(FIXTURES.parent) / "moura")
    assert ANSI.encode() in run_in_tty(["check", moura])
    assert ANSI.encode() not in run_in_tty(["check", moura], env={"NO_COLOR": "1"})
    assert ANSI.encode() not in run_in_tty(["check", "--no-color", moura])


def test_cases_in_several_languages_are_scored_per_language(tmp_path):
    import json

    texts = {
        "en": "The ministry said 12 people were killed in the blast.",
        "fr": "Le ministère a indiqué que 12 personnes avaient été tuées dans l'explosion.",
    }
    for code, text in texts.items():
        (tmp_path / code).mkdir()
        (tmp_path / code / "a.txt").write_text(text, encoding="utf-8")
        (tmp_path / code / "case.yaml").write_text(
            "documents:\n  - {file: a.txt, source: ministry}\n"
            "expect:\n  - {kind: none, aspect: place, between: [ministry, ministry]}\n",
            encoding="utf-8",
        )
    record = json.loads(run(["check", tmp_path, "-f", "json"]).stdout)
    assert sorted(record["languages"]) == ["en", "fr"]
    assert {c["case"]: c["language"] for c in record["cases"]} == {"en": "en", "fr": "fr"}
    text = run(["check", tmp_path, "--no-color"]).stdout
    assert "Cases in en (1)" in text and "Cases in fr (1)" in text
    # One language: no per-language tables.
    assert "Cases in" not in run(["check", tmp_path / "en", "--no-color"]).stdout
