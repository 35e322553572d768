"""The discrepancy graph and the formats it is written in."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from collections import Counter
from functools import cache
from pathlib import Path

import networkx as nx
import pytest

import claimdiff
from claimdiff.graph import render_graph

ROOT = Path(__file__).resolve().parent.parent
MOURA = ROOT / "fixtures" / "moura"
RELATION_KINDS = {"agreement", "contradiction", "omission", "revision"}


@cache
def _moura():  # type: ignore[no-untyped-def]
    return claimdiff.compare([str(MOURA)])


@cache
def _hostile():  # type: ignore[no-untyped-def]
    return claimdiff.compare(
        [
            'The ministry said: "At least 70 civilians were killed" <script>alert(1)</script> in Tarvel.',
            "The army said 12 <b>fighters</b> were killed in Tarvel & nobody else.\n\n"
            'A "senior" officer called the report <script>x</script> "lies".',
        ]
    )


def _counts(g: nx.Graph) -> tuple[int, int]:
    return g.number_of_nodes(), g.number_of_edges()


# ---------------------------------------------------------------------------
# The graph itself


def test_graph_is_a_multidigraph_with_the_five_node_kinds() -> None:
    comparison = _moura()
    g = claimdiff.build_graph(comparison)
    assert isinstance(g, nx.MultiDiGraph)
    kinds = Counter(data["kind"] for _, data in g.nodes(data=True))
    assert set(kinds) == {"source", "document", "statement", "claim", "position"}
    assert kinds["position"] == len(comparison.positions)
    assert kinds["source"] == len(comparison.sources)
    assert kinds["document"] == len(comparison.case.documents)
    assert kinds["statement"] == len(comparison.statements)
    assert kinds["claim"] == len(comparison.claims)


def test_structural_edges() -> None:
    comparison = _moura()
    g = claimdiff.build_graph(comparison)
    for st in comparison.statements:
        assert g.has_edge(st.source, st.id, key="states")
        assert g.has_edge(st.id, st.document, key="in")
        assert g.nodes[st.source]["kind"] == "source"
        assert g.nodes[st.document]["kind"] == "document"
    for claim in comparison.claims:
        for sid in claim.statements:
            assert g.has_edge(sid, claim.id, key="supports")
    edge_kinds = Counter(data["kind"] for _, _, data in g.edges(data=True))
    assert edge_kinds["states"] == len(comparison.statements)
    assert edge_kinds["in"] == len(comparison.statements)
    assert edge_kinds["supports"] == sum(len(c.statements) for c in comparison.claims)
    for u, v, data in g.edges(data=True):
        if data["kind"] == "supports":
            assert g.nodes[u]["kind"] == "statement" and g.nodes[v]["kind"] == "claim"
        if data["kind"] == "via":
            assert g.nodes[u]["kind"] == "source" and g.nodes[v]["kind"] == "source"


def test_one_edge_per_relation_with_its_kind() -> None:
    comparison = _moura()
    g = claimdiff.build_graph(comparison)
    relation_edges = {
        key: (u, v, data)
        for u, v, key, data in g.edges(keys=True, data=True)
        if data["kind"] in RELATION_KINDS and "relation" in data
    }
    assert sorted(relation_edges) == sorted(r.id for r in comparison.relations)
    for rel in comparison.relations:
        u, v, data = relation_edges[rel.id]
        assert data["kind"] == rel.kind.value
        assert data["aspect"] == rel.aspect.value
        if rel.kind.value != "revision":
            assert (u, v) == rel.sources
    kinds = Counter(data["kind"] for _, _, data in relation_edges.values())
    assert dict(kinds) == {k: n for k, n in comparison.summary().items() if n}
    assert kinds["contradiction"] >= 1 and kinds["omission"] >= 1 and kinds["agreement"] >= 1


# ---------------------------------------------------------------------------
# File formats


@pytest.mark.parametrize(("suffix", "reader"), [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_xml_formats_read_back(tmp_path: Path, suffix: str, reader) -> None:  # type: ignore[no-untyped-def]
    comparison = _moura()
    text = render_graph(comparison, suffix)
    assert render_graph(comparison, suffix) == text
    path = tmp_path / f"moura{suffix}"
    path.write_text(text, encoding="utf-8")
    back = reader(path)
    assert _counts(back) == _counts(claimdiff.build_graph(comparison))
    assert back.is_directed() and back.is_multigraph()
    kinds = Counter(data.get("kind") for _, data in back.nodes(data=True))
    assert set(kinds) == {"source", "document", "statement", "claim", "position"}


def test_a_folded_graph_draws_positions_not_pairs() -> None:
    """Pairs folded: each voice holds its positions, each conflict or accord is one edge
    between two positions, and no agreement or contradiction joins two voices."""
    comparison = _moura().by_positions()
    g = claimdiff.build_graph(comparison)
    holds = {(u, v) for u, v, data in g.edges(data=True) if data["kind"] == "holds"}
    assert holds == {(s, p.id) for p in comparison.positions for s in p.sources}
    between = {
        k: (u, v) for u, v, k, data in g.edges(keys=True, data=True) if k[0] in "xa" and "pairs" in data
    }
    assert between == {c.id: c.positions for c in (*comparison.conflicts, *comparison.accords)}
    voices = {s.id for s in comparison.sources}
    pairwise = [d for u, v, d in g.edges(data=True) if u in voices and v in voices and d["kind"] != "via"]
    assert {d["kind"] for d in pairwise} <= {"omission", "revision"}


def test_hostile_text_survives_xml_formats(tmp_path: Path) -> None:
    comparison = _hostile()
    for suffix, reader in ((".graphml", nx.read_graphml), (".gexf", nx.read_gexf)):
        path = tmp_path / f"h{suffix}"
        path.write_text(render_graph(comparison, suffix), encoding="utf-8")
        back = reader(path)
        assert _counts(back) == _counts(claimdiff.build_graph(comparison))
        texts = {data.get("text") for _, data in back.nodes(data=True) if data.get("kind") == "statement"}
        assert any("<script>" in (t or "") for t in texts)


def test_node_link_json_loads() -> None:
    comparison = _moura()
    text = render_graph(comparison, ".json")
    data = json.loads(text)
    back = nx.node_link_graph(data, edges="links")
    assert isinstance(back, nx.MultiDiGraph)
    assert _counts(back) == _counts(claimdiff.build_graph(comparison))
    assert set(back.edges(keys=True)) == set(claimdiff.build_graph(comparison).edges(keys=True))


def _check_dot(text: str) -> None:
    assert text.startswith("digraph")
    lines = text.rstrip("\n").split("\n")
    assert lines[0].rstrip().endswith("{")
    assert lines[-1] == "}"
    # Braces balance outside quoted strings; each inner line is one statement ending with ";".
    depth = 0
    for line in lines[1:-1]:
        assert line.rstrip().endswith(";"), line
        assert "\n" not in line
        in_quote = escaped = False
        for ch in line:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_quote = not in_quote
            elif not in_quote and ch in "{}":
                depth += 1 if ch == "{" else -1
        assert not in_quote, line
    assert depth == 0
    assert text.count("{") >= 1


@pytest.mark.parametrize("suffix", [".dot", ".gv"])
def test_dot_is_plausible_graphviz(suffix: str) -> None:
    comparison = _moura()
    text = render_graph(comparison, suffix)
    _check_dot(text)
    g = claimdiff.build_graph(comparison)
    body = text.split("\n")[1:-2]
    assert sum(1 for line in body if " -> " in line) == g.number_of_edges()


@pytest.mark.skipif(shutil.which("dot") is None, reason="graphviz `dot` is not installed")
@pytest.mark.parametrize("which", ["moura", "hostile"])
def test_dot_parses_with_graphviz(which: str) -> None:
    comparison = _moura() if which == "moura" else _hostile()
    result = subprocess.run(
        ["dot", "-Tsvg"],
        input=render_graph(comparison, ".dot"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "<svg" in result.stdout


def test_mermaid_starts_with_flowchart() -> None:
    comparison = _moura()
    text = render_graph(comparison, ".mmd")
    assert text.startswith("flowchart")
    lines = text.rstrip("\n").split("\n")
    # One edge per pair of voices and kind, not per relation: Moura's 20 relations make 9 lines.
    pairs = {(frozenset(r.sources), r.kind) for r in comparison.relations}
    assert sum(1 for line in lines if "|" in line) == len(pairs) == 9 < len(comparison.relations)
    assert sum(1 for line in lines if "linkStyle" in line) == len(pairs)


def test_voice_edges_gather_and_count_every_relation() -> None:
    from claimdiff.graph import voice_edges

    comparison = _moura()
    edges = voice_edges(comparison)
    assert sorted(r for e in edges for r in e.relations) == sorted(r.id for r in comparison.relations)
    assert sum(e.weight for e in edges) == len(comparison.relations)
    agree = [e for e in edges if e.kind.value == "agreement" and {e.source, e.target} == {"s1", "s2"}]
    assert len(agree) == 1 and agree[0].weight == 4
    text = render_graph(comparison, ".mmd")
    assert '"agreement ×4: actor, casualties, time, place"' in text
    assert '"contradiction (1 hard): victims"' in text
    omission = next(e for e in edges if e.kind.value == "omission")
    assert (omission.source, omission.target) == ("s1", "s2")  # from who states it to who leaves it out


def test_gexf_is_a_static_graph_with_weights() -> None:
    import networkx as nx

    text = render_graph(_moura(), ".gexf")
    assert 'mode="static"' in text and 'mode="dynamic"' not in text
    g = nx.read_gexf(io.BytesIO(text.encode()))
    assert all("weight" in data for _, _, data in g.edges(data=True))
    graphml = render_graph(_moura(), ".graphml")
    assert 'attr.name="weight"' in graphml and 'attr.name="start"' not in graphml


def test_labels_are_escaped_in_dot() -> None:
    comparison = _hostile()
    text = render_graph(comparison, ".dot")
    _check_dot(text)
    assert "<script>" in text  # inside a quoted label, where it is plain text
    for line in text.split("\n")[1:-2]:
        # Every quote inside a label is escaped: unescaped quotes come in open/close pairs only.
        unescaped = 0
        i = 0
        while i < len(line):
            if line[i] == "\\":
                i += 2
                continue
            unescaped += line[i] == '"'
            i += 1
        assert unescaped % 2 == 0, line
    assert '\\"' in text


def _declared():  # type: ignore[no-untyped-def]
    """A case whose path and declared voices hold quotes, newlines and angle brackets."""
    from claimdiff.model import Case, Document

    case = Case(
        title='The "Tarvel" raid',
        reference_date=None,
        documents=(
            Document(
                id="d1",
                path='reports/a "quoted"\n<name>.txt',
                text="At least 70 civilians were killed in Tarvel on Tuesday.",
                source='The "Free" <Council>\nof Tarvel',
            ),
            Document(
                id="d2",
                path=None,
                text="12 fighters were killed in Tarvel on Tuesday.",
                source="Army <HQ> & co",
            ),
        ),
    )
    return claimdiff.compare(case)


def test_newlines_and_quotes_in_declared_names_are_escaped_in_dot() -> None:
    text = render_graph(_declared(), ".dot")
    _check_dot(text)
    assert '"The \\"Free\\" <Council>\\nof Tarvel"' in text
    assert '"reports/a \\"quoted\\"\\n<name>.txt"' in text


def test_newlines_and_quotes_in_declared_names_are_escaped_in_mermaid() -> None:
    comparison = _declared()
    text = render_graph(comparison, ".mmd")
    assert text.startswith("flowchart")
    lines = text.rstrip("\n").split("\n")
    edges = len({(frozenset(r.sources), r.kind) for r in comparison.relations})
    assert len(lines) == 1 + len(comparison.sources) + 2 * edges  # no name spills onto a line of its own
    for line in lines[1:]:
        assert line.count('"') % 2 == 0, line
        assert "<" not in line, line
    assert '["The #quot;Free#quot; #lt;Council#gt; of Tarvel"]' in text


def test_labels_are_escaped_in_mermaid() -> None:
    comparison = _hostile()
    text = render_graph(comparison, ".mmd")
    assert text.startswith("flowchart")
    assert "<" not in text and ">" not in text.replace("-.->", "").replace("-->", "")
    for line in text.rstrip("\n").split("\n")[1:]:
        assert line.count('"') % 2 == 0, line


def test_mermaid_escapes_source_names() -> None:
    # Voices come from the text; a voice with quotes or angle brackets must not break the label.
    comparison = claimdiff.compare(
        [
            'According to the "Free <Tarvel> Council", 40 civilians were killed.',
            "The army said 12 fighters were killed.",
        ]
    )
    text = render_graph(comparison, ".mmd")
    for src in comparison.sources:
        line = next(line for line in text.split("\n") if line.strip().startswith(f"{src.id}["))
        inner = line.split("[", 1)[1].rsplit("]", 1)[0]
        assert inner.startswith('"') and inner.endswith('"')
        assert '"' not in inner[1:-1] and "<" not in inner and ">" not in inner
        assert "\n" not in inner


def test_unknown_graph_suffix_is_an_error() -> None:
    from claimdiff.errors import ConfigError

    with pytest.raises(ConfigError):
        render_graph(_moura(), ".png")


@pytest.mark.parametrize(("suffix", "reader"), [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_control_characters_still_give_readable_xml(tmp_path: Path, suffix: str, reader) -> None:  # type: ignore[no-untyped-def]
    comparison = claimdiff.compare(
        [
            "The council said 70 people were killed in Tarvel \x1b[1mon Tuesday\x1b[0m, officials said.",
            "The army said 12 fighters died in Tarvel.",
        ]
    )
    path = tmp_path / f"ctrl{suffix}"
    path.write_text(render_graph(comparison, suffix), encoding="utf-8")
    back = reader(path)
    assert _counts(back) == _counts(claimdiff.build_graph(comparison))
