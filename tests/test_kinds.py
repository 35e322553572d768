"""The one table of relation kinds, and every output reading it."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import claimdiff
from claimdiff.cli import FAIL_ON
from claimdiff.graph import build_graph, to_dot, to_mermaid
from claimdiff.kinds import KIND_ORDER, KIND_STYLES, STYLE, kinds_record
from claimdiff.model import RelationKind
from claimdiff.report import RenderOptions, render
from claimdiff.report.html import kinds_css, page_data

ROOT = Path(__file__).resolve().parents[1]


@cache
def _comparison() -> claimdiff.Comparison:
    # A case with a relation of every kind.
    return claimdiff.compare([str(ROOT / "fixtures" / "factory-fire")])


def test_every_kind_has_one_row() -> None:
    assert sorted(KIND_ORDER) == sorted(RelationKind)
    assert len(KIND_STYLES) == len(RelationKind)
    assert set(STYLE) == set(RelationKind)
    assert all(STYLE[kind].kind is kind for kind in RelationKind)


def test_rows_are_distinct() -> None:
    for field in ("heading", "symbol", "color", "color_dark", "ansi", "mermaid_arrow"):
        values = [getattr(s, field) for s in KIND_STYLES]
        assert len(set(values)) == len(values), field


def test_fixture_has_every_kind() -> None:
    assert {r.kind for r in _comparison().relations} == set(RelationKind)


def test_html_page_embeds_the_table() -> None:
    comparison = _comparison()
    assert page_data(comparison)["kinds"] == kinds_record()
    page = render("html", comparison)
    data = json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page).group(1))
    assert data["kinds"] == json.loads(json.dumps(kinds_record()))
    assert kinds_css() in page
    for s in KIND_STYLES:
        assert f"--{s.kind.value}: {s.color};" in page
        assert f"--{s.kind.value}: {s.color_dark};" in page


def test_table_headings_and_colours() -> None:
    text = render("table", _comparison(), RenderOptions(color=True))
    headings = [line for line in text.splitlines() if line.startswith("\x1b[")]
    assert [h[: h.index("m") + 1] for h in headings] == [s.ansi for s in KIND_STYLES]
    for s, heading in zip(KIND_STYLES, headings, strict=True):
        assert s.kind.value.upper() in heading


def test_markdown_sections_and_legend() -> None:
    text = render("markdown", _comparison())
    sections = [line[3:].split(" (")[0] for line in text.splitlines() if line.startswith("## ")]
    assert [h for h in sections if h in {s.heading for s in KIND_STYLES}] == [s.heading for s in KIND_STYLES]
    for s in KIND_STYLES:
        assert f"{s.kind.value} {s.mermaid_line} ({s.color_name})" in text


def test_graph_writers() -> None:
    comparison = _comparison()
    mermaid = to_mermaid(comparison)
    dot = to_dot(build_graph(comparison))
    for s in KIND_STYLES:
        assert f" {s.mermaid_arrow}|" in mermaid
        assert f"stroke:{s.color}" in mermaid
        assert f'color="{s.color}"' in dot


def test_fail_on_levels_come_from_the_table() -> None:
    gates = [s.kind.value for s in KIND_STYLES if s.fail_on]
    assert [c for c in FAIL_ON if c in {k.value for k in RelationKind}] == gates
    assert {"hard", "never"} <= set(FAIL_ON)
