"""The JSON report of every curated case against the ``claimdiff.report/4`` contract."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import claimdiff
from claimdiff.report import render

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted(p.parent.name for p in (ROOT / "fixtures").glob("*/case.yaml"))
KINDS = ("agreement", "contradiction", "omission", "revision")


def _schema() -> dict:
    ref = resources.files("claimdiff").joinpath("data/report.schema.json")
    return json.loads(ref.read_text(encoding="utf-8"))


@cache
def _comparison(name: str):  # type: ignore[no-untyped-def]
    return claimdiff.compare([str(ROOT / "fixtures" / name)])


@cache
def _report(name: str) -> str:
    return render("json", _comparison(name))


@pytest.fixture(params=CASES)
def case(request: pytest.FixtureRequest) -> str:
    return request.param


def test_cases_are_discovered() -> None:
    assert "moura" in CASES
    assert len(CASES) >= 2


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(_schema())


@cache
def _folded(name: str) -> str:
    return render("json", _comparison(name).by_positions())


@pytest.mark.parametrize("pairs", [True, False])
def test_report_validates(case: str, pairs: bool) -> None:
    record = json.loads(_report(case) if pairs else _folded(case))
    validator = Draft202012Validator(_schema())
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(record)]
    assert errors == []
    assert record["format"] == "claimdiff.report/4"
    assert record["pairs"] is pairs


def test_a_folded_report_counts_every_pair_it_gathers(case: str) -> None:
    """Folded, the report lists no relation a position, conflict or accord gathers, and what
    each gathers adds up, with the relations still listed, to the summary of the pairs."""
    full, folded = json.loads(_report(case)), json.loads(_folded(case))
    assert folded["summary"] == full["summary"]
    listed = {r["id"] for r in folded["relations"]}
    gathered = [r for key in ("positions", "conflicts", "accords") for x in full[key] for r in x["relations"]]
    assert len(gathered) == len(set(gathered))  # each pair gathered once
    assert listed.isdisjoint(gathered)
    assert listed | set(gathered) == {r["id"] for r in full["relations"]}
    pairs = sum(x["pairs"] for key in ("positions", "conflicts", "accords") for x in folded[key])
    assert pairs + len(listed) == sum(full["summary"].values())
    for conflict in folded["conflicts"]:
        for side, value in zip(conflict["sides"], conflict["values"], strict=True):
            assert value["source"] in side


def test_statement_spans_index_the_document(case: str) -> None:
    comparison = _comparison(case)
    record = json.loads(_report(case))
    doc_ids = {d["id"] for d in record["documents"]}
    source_ids = {s["id"] for s in record["sources"]}
    for st in record["statements"]:
        assert st["document"] in doc_ids
        assert st["source"] in source_ids
        assert set(st["via"]) <= source_ids
        text = comparison.document(st["document"]).text
        start, end = st["span"]
        assert 0 <= start < end <= len(text)
        assert text[start:end] == st["text"]
        for fact in st["facts"]:
            f_start, f_end = fact["span"]
            assert start <= f_start <= f_end <= end, (st["id"], fact)


def test_relations_carry_their_evidence(case: str) -> None:
    comparison = _comparison(case)
    record = json.loads(_report(case))
    statements = {st["id"]: st for st in record["statements"]}
    source_ids = {s["id"] for s in record["sources"]}
    for rel in record["relations"]:
        assert rel["statements"], rel["id"]
        for sid in rel["statements"]:
            assert sid in statements, (rel["id"], sid)
        assert set(rel["sources"]) <= source_ids
        assert rel["values"], rel["id"]
        for value in rel["values"]:
            assert value["statement"] in rel["statements"], (rel["id"], value)
            st = statements[value["statement"]]
            # A value credited on the spot to another voice ("..., while police gave 15,000") is
            # that voice's; every other is its statement's.
            credited = {f.get("source") for f in st["facts"] if f["span"] == value["span"]} - {None}
            assert value["source"] in (credited or {st["source"]}), (rel["id"], value)
            text = comparison.document(st["document"]).text
            v_start, v_end = value["span"]
            assert 0 <= v_start <= v_end <= len(text)
            assert st["span"][0] <= v_start <= v_end <= st["span"][1], (rel["id"], value, st["span"])
            # The span points at the words quoted as evidence.
            assert value["text"] in text[v_start:v_end], (rel["id"], value, text[v_start:v_end])
        # The voices a relation names are among the voices of its evidence.
        voices = {v["source"] for v in rel["values"]}
        if rel["kind"] != "omission":
            assert set(rel["sources"]) <= voices, rel["id"]
        else:
            assert rel["sources"][0] in voices, rel["id"]


def test_omissions_name_the_omitting_source(case: str) -> None:
    record = json.loads(_report(case))
    for rel in record["relations"]:
        if rel["kind"] == "omission":
            assert rel["missing_in"] == rel["sources"][1], rel["id"]
            assert rel["sources"][0] != rel["sources"][1], rel["id"]
        else:
            assert "missing_in" not in rel, rel["id"]


def test_summary_counts_relations(case: str) -> None:
    record = json.loads(_report(case))
    counts = Counter(rel["kind"] for rel in record["relations"])
    assert record["summary"] == {kind: counts.get(kind, 0) for kind in KINDS}


def test_ids_are_unique(case: str) -> None:
    record = json.loads(_report(case))
    for table in ("documents", "sources", "statements", "claims", "relations"):
        ids = [item["id"] for item in record.get(table, [])]
        assert len(ids) == len(set(ids)), table
    every = [
        item["id"]
        for table in ("documents", "sources", "statements", "claims", "relations")
        for item in record.get(table, [])
    ]
    assert len(every) == len(set(every))


def test_rendering_is_byte_identical(case: str) -> None:
    comparison = _comparison(case)
    first = render("json", comparison)
    assert render("json", comparison) == first
    assert render("json", claimdiff.compare([str(ROOT / "fixtures" / case)])) == first


def test_victim_evidence_span_covers_the_words() -> None:
    # A victim category stated after a number ("70 civilians") once got a span shifted onto the
    # space before it (" civilian"); the span must cover the words themselves.
    comparison = claimdiff.compare(
        [
            "The health office said that at least 70 civilians were killed in the raid.",
            "The army said 12 fighters were killed in the raid.",
        ]
    )
    checked = 0
    for rel in comparison.relations:
        for value in rel.values:
            st = comparison.statement(value.statement)
            text = comparison.document(st.document).text
            start, end = value.span
            assert value.value.text in text[start:end], (rel.id, value, text[start:end])
            checked += 1
    assert checked


def _enums(node: object, name: str = "") -> list[tuple[str, list[str]]]:
    """Every ``enum`` in a JSON schema, with the name of the property it constrains."""
    found: list[tuple[str, list[str]]] = []
    if isinstance(node, dict):
        if "enum" in node:
            found.append((name, node["enum"]))
        for key, value in node.items():
            if key == "if":
                continue  # a condition on a subset of values, not the vocabulary
            if key in ("properties", "$defs"):
                for prop, sub in value.items():
                    found += _enums(sub, prop)
            else:
                found += _enums(value, name)
    elif isinstance(node, list):
        for item in node:
            found += _enums(item, name)
    return found


@pytest.mark.parametrize("schema_name", ["report.schema.json", "case.schema.json"])
def test_schema_enums_are_the_model_enums(schema_name: str) -> None:
    from claimdiff.model import EXPECTED_KINDS, NOT_COMPARED, Aspect, Polarity, RelationKind, Strength

    schema = json.loads(resources.files("claimdiff").joinpath("data", schema_name).read_text("utf-8"))
    kinds = [k.value for k in RelationKind]
    model = {
        "aspect": [a.value for a in Aspect],
        "polarity": [p.value for p in Polarity],
        "strength": [s.value for s in Strength],
        # A case may also expect no contradiction between two voices.
        "kind": list(EXPECTED_KINDS) if schema_name == "case.schema.json" else kinds,
    }
    if schema_name == "report.schema.json":
        model["only"] = kinds  # the kinds --only kept
        model["reason"] = list(NOT_COMPARED)  # why a statement was compared with nothing
    enums = _enums(schema)
    has_polarity = schema_name == "report.schema.json"
    assert {name for name, _ in enums} == set(model) - (set() if has_polarity else {"polarity"})
    for name, values in enums:
        assert values == model[name], (schema_name, name)
