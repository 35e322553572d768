"""An outlet's own narration is kept and marked, and compared only when the user asks."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import claimdiff
from claimdiff.errors import DatasetError
from claimdiff.ingest import load_manifest
from claimdiff.report import render

from .helpers import run

MANIFEST = """\
title: Dam break
reference_date: 2024-05-02
documents:
  - {file: ministry.txt, source: Water Ministry}
  - {file: daily.txt, outlet: Valley Daily}
"""
MINISTRY = "Twelve people died when the dam broke on Tuesday.\n"
DAILY = (
    "At least 40 people died when the dam broke on Tuesday.\n\n"
    "Residents said 35 people had died in the flood.\n"
)


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    (tmp_path / "case.yaml").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "ministry.txt").write_text(MINISTRY, encoding="utf-8")
    (tmp_path / "daily.txt").write_text(DAILY, encoding="utf-8")
    return tmp_path


def _contradictions(comparison: claimdiff.Comparison) -> set[frozenset[str]]:
    return {
        frozenset(comparison.source(s).name for s in rel.sources)
        for rel in comparison.relations
        if rel.kind.value == "contradiction"
    }


def _daily(folder: Path, text: str) -> claimdiff.Comparison:
    """One outlet's report of ``text``, compared."""
    (folder / "case.yaml").write_text(
        "documents:\n  - {file: daily.txt, outlet: Valley Daily}\n", encoding="utf-8"
    )
    (folder / "daily.txt").write_text(text, encoding="utf-8")
    return claimdiff.compare([str(folder)])


def test_narration_is_marked_and_compared_with_nothing(case_dir: Path) -> None:
    comparison = claimdiff.compare([str(case_dir)])
    narrated = [st for st in comparison.statements if st.narrator]
    assert [st.text for st in narrated] == [DAILY.split("\n")[0]]
    # The residents the outlet quotes are a voice; the outlet's own 40 is not.
    assert _contradictions(comparison) == {frozenset({"Water Ministry", "Residents"})}
    record = json.loads(render("json", comparison))
    assert [st["id"] for st in record["statements"] if st.get("narrator")] == [narrated[0].id]
    schema = json.loads(resources.files("claimdiff").joinpath("data/report.schema.json").read_text())
    Draft202012Validator(schema).validate(record)


def test_narration_is_compared_on_request(case_dir: Path) -> None:
    comparison = claimdiff.compare([str(case_dir)], compare_narrators=True)
    assert frozenset({"Water Ministry", "Valley Daily"}) in _contradictions(comparison)


def test_the_command_line_asks_with_compare_narrators(case_dir: Path) -> None:
    quiet = run(["compare", case_dir, "-f", "json"], exit_code=0)
    loud = run(["compare", case_dir, "-f", "json", "--compare-narrators"], exit_code=0)

    def found(result):  # type: ignore[no-untyped-def]
        return sum(json.loads(result.stdout)["summary"].values())

    assert found(loud) > found(quiet)


def test_a_document_is_a_voice_or_an_outlets_report_not_both(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Twelve people died.\n", encoding="utf-8")
    (tmp_path / "case.yaml").write_text(
        "documents:\n  - {file: a.txt, source: Police, outlet: Valley Daily}\n", encoding="utf-8"
    )
    with pytest.raises(DatasetError) as err:
        load_manifest(tmp_path)
    assert "not both" in str(err.value) and err.value.line == 2


def test_figures_credited_on_the_spot_are_their_voices_even_in_narration(tmp_path: Path) -> None:
    comparison = _daily(
        tmp_path, "Some 70,000 people marched, according to the union (8,000, according to the police).\n"
    )
    assert _contradictions(comparison) == {frozenset({"union", "police"})}
    record = json.loads(render("json", comparison))
    credited = [f["source"] for st in record["statements"] for f in st["facts"] if "source" in f]
    assert len(credited) == 2
    schema = json.loads(resources.files("claimdiff").joinpath("data/report.schema.json").read_text())
    Draft202012Validator(schema).validate(record)


@pytest.mark.parametrize(
    ("sentence", "voices"),
    [
        ("The army said 12 people died, but residents said 52 people were killed.", {"army", "residents"}),
        # No comma before the second voice: two voices, not the army relaying "five ... but residents".
        ("The army said five people were killed but residents said 52 died.", {"army", "residents"}),
        # The second figure counts what the first did, and is the second voice's.
        (
            "In Brenton, the prefecture counted 9,000 marchers, while the union claimed 20,000.",
            {"prefecture", "union"},
        ),
        (
            "The union said 30,000 people marched, while police put the turnout at 12,000.",
            {"union", "police"},
        ),
        (
            "The union thus declared it had counted 900,000 marchers when the ministry counted 210,000.",
            {"union", "ministry"},
        ),
    ],
)
def test_a_speaker_in_a_second_clause_is_compared_as_that_voice(
    tmp_path: Path, sentence: str, voices: set[str]
) -> None:
    assert _contradictions(_daily(tmp_path, sentence + "\n")) == {frozenset(voices)}


def test_a_figure_told_of_an_earlier_day_is_compared_with_nothing(tmp_path: Path) -> None:
    comparison = _daily(
        tmp_path,
        "The union counted 900,000 marchers on Thursday.\n\n"
        "The police counted 300,000 marchers on Thursday, the highest since the start of the movement.\n\n"
        "A week after a quiet fourth round (50,000 marchers according to the interior ministry), the streets "
        "filled again.\n\n"
        "The previous record dates back to March 7, with 700,000 marchers according to the organisers.\n",
    )
    assert _contradictions(comparison) == {frozenset({"union", "police"})}


def test_according_to_the_relay_credits_the_speaker_not_the_relay(tmp_path: Path) -> None:
    comparison = _daily(
        tmp_path,
        "A district governor put the death toll at 57, according to The Associated Press.\n\n"
        "State radio reported that 30 people had died.\n",
    )
    assert _contradictions(comparison) == {frozenset({"district governor", "State radio"})}


def test_the_careful_wording_of_a_figure_said_twice_is_the_voice_s(tmp_path: Path) -> None:
    # A title glued to the text says "kill 38"; the text says "at least 38": the bound stands,
    # and "at least 38" does not contradict 48 (a lower bound far below a figure, "at least 38"
    # against 64, is a soft contradiction: tests/test_aspects.py).
    comparison = _daily(
        tmp_path,
        "Raids kill 38 villagers, the Valley Observatory says. At least 38 villagers were killed in the "
        "raids, the Valley Observatory said.\n\nThe Civil Defence said 48 villagers were killed.\n",
    )
    kinds = {(r.kind.value, r.aspect.value) for r in comparison.relations}
    assert ("contradiction", "casualties") not in kinds
    assert ("agreement", "casualties") in kinds


def test_tolls_in_a_document_that_says_the_toll_is_still_going_are_provisional(tmp_path: Path) -> None:
    manifest = (
        "documents:\n  - {file: early.txt, outlet: Lake News}\n  - {file: later.txt, outlet: Lake Daily}\n"
    )
    (tmp_path / "case.yaml").write_text(manifest, encoding="utf-8")
    (tmp_path / "early.txt").write_text(
        "A local official said 12 people had died when the ferry sank and 102 had been rescued.\n\n"
        "The death toll was expected to rise as divers searched the hull.\n",
        encoding="utf-8",
    )
    (tmp_path / "later.txt").write_text(
        "State radio said 80 people had died when the ferry sank and about 40 had been rescued.\n",
        encoding="utf-8",
    )
    # The dead and the rescued are both counts still moving.
    assert _contradictions(claimdiff.compare([str(tmp_path)])) == set()
    # So are they where the toll "now stands at" a figure.
    (tmp_path / "early.txt").write_text(
        "A local official said 12 people had died when the ferry sank. The toll now stands at 12.\n",
        encoding="utf-8",
    )
    assert _contradictions(claimdiff.compare([str(tmp_path)])) == set()
    # Without the words that say so, the two tolls contradict.
    (tmp_path / "early.txt").write_text(
        "A local official said 12 people had died when the ferry sank.\n", encoding="utf-8"
    )
    assert _contradictions(claimdiff.compare([str(tmp_path)])) == {
        frozenset({"local official", "State radio"})
    }


def test_a_voice_joined_to_the_speaker_says_the_same(tmp_path: Path) -> None:
    found = _contradictions(
        _daily(tmp_path, "Police and residents said 12 people died.\n\nThe ministry said 40 people died.\n")
    )
    assert found == {frozenset({"Police", "ministry"}), frozenset({"residents", "ministry"})}
