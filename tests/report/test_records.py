"""Flat exports: ``Comparison.to_records()``, ``to_dataframe()``, and the csv, tsv and jsonl formats."""

from __future__ import annotations

import csv
import io
import json
import sys
from functools import cache
from pathlib import Path

import pytest

import claimdiff
from claimdiff.model import RECORD_FIELDS
from claimdiff.report import render
from claimdiff.report.records import spreadsheet_safe

ROOT = Path(__file__).resolve().parents[2]


@cache
def _moura():  # type: ignore[no-untyped-def]
    return claimdiff.compare([str(ROOT / "fixtures" / "moura")])


MINISTRY = "Twelve were hurt, and 12 people were killed in the blast on Monday."


def _two_voices():  # type: ignore[no-untyped-def]
    return claimdiff.compare(
        [
            ("Ministry", MINISTRY),
            ("Hospital", "In all, 40 people were killed in the blast on Monday."),
        ]
    )


def test_one_flat_row_per_relation_with_the_columns_in_order() -> None:
    comparison = _moura()
    rows = comparison.to_records()
    assert len(rows) == len(comparison.relations) > 0
    for row, rel in zip(rows, comparison.relations, strict=True):
        assert tuple(row) == RECORD_FIELDS
        assert row["relation"] == rel.id
        assert all(v is None or isinstance(v, (str, int, float)) for v in row.values())


def test_each_side_gives_its_voice_value_words_quote_and_place() -> None:
    (row,) = [
        r for r in _two_voices().to_records() if r["kind"] == "contradiction" and r["aspect"] == "casualties"
    ]
    assert (row["voice_a"], row["voice_b"]) == ("Ministry", "Hospital")
    assert (row["value_a"], row["value_b"]) == ("killed: 12", "killed: 40")
    assert (row["words_a"], row["words_b"]) == ("12", "40")
    assert row["quote_b"].startswith("In all, 40")
    assert row["strength"] == "hard" and "12" in row["reason"]
    assert MINISTRY[row["start_a"] : row["end_a"]] == "12"
    assert row["document_a"] == "d1" and row["statement_a"]


def test_an_omission_has_no_value_on_the_side_that_leaves_it_out() -> None:
    rows = [r for r in _moura().to_records() if r["kind"] == "omission"]
    assert rows
    for row in rows:
        assert row["missing_in"] == row["voice_b"]
        assert row["value_a"] and row["quote_a"]
        assert row["value_b"] is row["quote_b"] is row["start_b"] is None


def test_csv_reads_back_as_the_records() -> None:
    comparison = _moura()
    text = render("csv", comparison)
    assert text.startswith(",".join(RECORD_FIELDS) + "\r\n")
    back = list(csv.DictReader(io.StringIO(text, newline="")))
    expected = [{k: "" if v is None else str(v) for k, v in r.items()} for r in comparison.to_records()]
    assert back == expected


def test_tsv_and_jsonl_hold_the_same_rows() -> None:
    comparison = _moura()
    tsv = list(csv.DictReader(io.StringIO(render("tsv", comparison), newline=""), delimiter="\t"))
    lines = render("jsonl", comparison).splitlines()
    assert len(tsv) == len(lines) == len(comparison.relations)
    assert [json.loads(line) for line in lines] == comparison.to_records()
    assert [row["quote_a"] for row in tsv] == [json.loads(line)["quote_a"] for line in lines]


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("\tx", "'\tx"),
        ("-5", "-5"),
        ("+12.5", "+12.5"),
        ("killed: >= 48", "killed: >= 48"),
        (48, 48),
        (None, None),
    ],
)
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(cell: object, shown: object) -> None:
    assert spreadsheet_safe(cell) == shown


def test_a_quote_that_looks_like_a_formula_is_defused_in_csv_not_in_jsonl() -> None:
    comparison = claimdiff.compare(
        [
            ("A", "=cmd the ministry said 12 people were killed in the blast on Monday."),
            ("B", "Doctors said 40 people were killed in the blast on Monday."),
        ]
    )
    assert "'=cmd the ministry" in render("csv", comparison)
    assert '"=cmd the ministry' in render("jsonl", comparison)


def test_to_dataframe_has_the_records_columns() -> None:
    pytest.importorskip("pandas")
    frame = _moura().to_dataframe()
    assert list(frame.columns) == list(RECORD_FIELDS)
    assert len(frame) == len(_moura().relations)
    assert set(frame["kind"]) == {r.kind.value for r in _moura().relations}


def test_to_dataframe_without_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with pytest.raises(ModuleNotFoundError, match="pip install pandas"):
        _moura().to_dataframe()


def test_counts_by_voice_pair_most_at_odds_first() -> None:
    from claimdiff.report.base import pair_counts

    comparison = _moura()
    pairs = pair_counts(comparison)
    total = sum(n for _, _, kinds in pairs for n in kinds.values())
    assert total == len(comparison.relations)
    first = pairs[0]
    assert {first[0], first[1]} == {"French Foreign Ministry", "Malian army"}
    assert [k.value for k, n in first[2].items() if n] == ["contradiction", "omission", "agreement"]
    keys = [tuple(-kinds[k] for k in kinds) for _, _, kinds in pairs]
    assert keys == sorted(keys)
    table = render("table", comparison)
    assert "BY VOICE PAIR (6)" in table
    assert "## By voice pair (6)" in render("markdown", comparison)
    assert "BY VOICE PAIR" not in render("table", _two_voices())  # one pair: the summary line says it
