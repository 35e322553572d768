"""The statements compared with nothing, and why: in the model, the JSON, the table and Markdown."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import claimdiff
from claimdiff.model import NOT_COMPARED, Case, Document
from claimdiff.pipeline import compare_case
from claimdiff.report import render

ROOT = Path(__file__).resolve().parents[2]

MINISTRY = (
    "The ministry said 12 people were killed in the blast in Harlow on Monday. "
    "The minister thanked the rescue teams for their courage. "
    "In 2019, a similar blast killed 40 people in the port."
)
OUTLET = (
    "Doctors said 40 people were killed in the blast in Harlow on Monday. "
    "Eight people were injured in the blast, which struck Harlow on Monday."
)


def _case():  # type: ignore[no-untyped-def]
    docs = (
        Document(id="d1", path="ministry.txt", text=MINISTRY, source="Ministry"),
        Document(id="d2", path="daily.txt", text=OUTLET, outlet="Harlow Daily"),
    )
    return compare_case(Case(title="Harlow", reference_date=dt.date(2024, 5, 8), documents=docs))


def test_every_statement_is_compared_or_listed_once() -> None:
    for comparison in (_case(), claimdiff.compare([str(ROOT / "fixtures" / "moura")])):
        used = {sid for c in comparison.claims for sid in c.statements}
        left = [st.id for st, _ in comparison.not_compared()]
        assert sorted(used) + sorted(left) != []
        assert set(left) == {st.id for st in comparison.statements} - used
        assert all(why in NOT_COMPARED for _, why in comparison.not_compared())


def test_why_a_statement_was_left_out() -> None:
    why = {st.text: reason for st, reason in _case().not_compared()}
    assert why["The minister thanked the rescue teams for their courage."] == "no typed fact"
    assert why["In 2019, a similar blast killed 40 people in the port."] == "background"
    assert why["Eight people were injured in the blast, which struck Harlow on Monday."] == "narration"
    assert not any(text.startswith(("The ministry said", "Doctors said")) for text in why)


def test_the_json_report_lists_them() -> None:
    comparison = _case()
    report = json.loads(render("json", comparison))
    left = [{"statement": st.id, "reason": r} for st, r in comparison.not_compared()]
    assert report["not_compared"] == left


def test_the_table_and_markdown_show_them_unless_only_some_kinds_are_asked_for() -> None:
    comparison = _case()
    n, total = len(comparison.not_compared()), len(comparison.statements)
    table = render("table", comparison)
    assert f"NOT COMPARED ({n} of {total} statements)" in table
    assert "The minister thanked the rescue" in table and "background" in table
    markdown = render("markdown", comparison)
    assert f"## Not compared ({n} of {total} statements)" in markdown
    assert "NOT COMPARED" not in render("table", comparison.only(["contradiction"]))
    assert "## Not compared" not in render("markdown", comparison.only(["contradiction"]))
