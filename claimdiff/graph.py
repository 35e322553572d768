"""Graph stage: a comparison becomes a networkx ``MultiDiGraph`` (nodes and edges as README.md describes).

Nodes are sources, documents, statements, claims and positions; edges are ``states``, ``in``,
``via``, ``supports``, ``holds`` (a voice to the position it holds), one edge per conflict or
accord between two positions, and one per relation the comparison lists. This is the only
module that imports networkx, and it writes the graph in the formats people open graphs with.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimdiff.chars import LABEL_UNSAFE
from claimdiff.errors import ConfigError
from claimdiff.kinds import KIND_STYLES, STYLE
from claimdiff.model import Relation, RelationKind, Strength

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from claimdiff.model import Comparison

GRAPH_SUFFIXES = (".graphml", ".gexf", ".json", ".dot", ".gv", ".mmd")


# Characters XML 1.0 forbids; GraphML and GEXF readers refuse a file holding one.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _safe(text: str) -> str:
    return _XML_BAD.sub("\ufffd", text)


def build_graph(comparison: Comparison) -> nx.MultiDiGraph:
    """Build the discrepancy graph; every attribute is a plain string or number."""
    import networkx as nx

    g = _build(comparison, nx.MultiDiGraph(title=_safe(comparison.case.title or "")))
    for _, data in g.nodes(data=True):
        for key, value in data.items():
            if isinstance(value, str):
                data[key] = _safe(value)
    for _, _, data in g.edges(data=True):
        for key, value in data.items():
            if isinstance(value, str):
                data[key] = _safe(value)
    return g


def _build(comparison: Comparison, g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    for doc in comparison.case.documents:
        g.add_node(doc.id, kind="document", label=doc.path or doc.id, path=doc.path or "")
    for src in comparison.sources:
        g.add_node(src.id, kind="source", label=src.name, aliases="; ".join(src.aliases))
    for st in comparison.statements:
        g.add_node(
            st.id,
            kind="statement",
            label=_short(st.text),
            text=st.text,
            # Not "start"/"end": Gephi reads those as a time interval and makes the graph dynamic.
            span_start=st.span[0],
            span_end=st.span[1],
            background=st.background,
        )
        g.add_edge(st.source, st.id, key="states", kind="states", weight=1)
        g.add_edge(st.id, st.document, key="in", kind="in", weight=1)
        chain = (st.source, *st.via)
        for inner, outer in zip(chain, chain[1:], strict=False):
            if not g.has_edge(inner, outer, key="via"):
                g.add_edge(inner, outer, key="via", kind="via", weight=1)
    for claim in comparison.claims:
        g.add_node(
            claim.id,
            kind="claim",
            label=f"{claim.aspect.value}: {claim.label}",
            aspect=claim.aspect.value,
            voices=len(claim.independent),
            single_sourced=len(claim.independent) == 1,
        )
        for sid in claim.statements:
            g.add_edge(sid, claim.id, key="supports", kind="supports", weight=1)
    _positions(comparison, g)
    for rel in comparison.relations:
        a, b = rel.sources
        if rel.kind.value == "revision":
            first, second = rel.statements[0], rel.statements[-1]
            a, b = first, second
        g.add_edge(
            a,
            b,
            key=rel.id,
            kind=rel.kind.value,
            aspect=rel.aspect.value,
            strength=rel.strength.value if rel.strength else "",
            detail=rel.detail,
            score=rel.score,
            relation=rel.id,
            # One each: a tool that merges parallel edges (Gephi) sums them into a count per pair.
            weight=1,
        )
    return g


def _positions(comparison: Comparison, g: nx.MultiDiGraph) -> None:
    """Positions as nodes, each voice that holds one linked to it (``holds``), and each conflict
    or accord an edge between its two positions: what a folded report lists, drawn."""
    for p in comparison.positions:
        label = f"{p.aspect.value}: {'not ' if p.denied else ''}{p.label}"
        g.add_node(p.id, kind="position", label=label, aspect=p.aspect.value, voices=len(p.sources))
        for sid in p.sources:
            g.add_edge(sid, p.id, key="holds", kind="holds", weight=1)
    for c in (*comparison.conflicts, *comparison.accords):
        g.add_edge(
            c.positions[0],
            c.positions[1],
            key=c.id,
            kind=c.kind.value,
            aspect=c.aspect.value,
            strength=c.strength.value if c.strength else "",
            detail=c.detail,
            pairs=len(c.relations),
            weight=1,
        )


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render_graph(comparison: Comparison, suffix: str) -> str:
    """The graph as text in the format the file suffix names."""
    import networkx as nx

    g = build_graph(comparison)
    suffix = suffix.lower()
    if suffix == ".graphml":
        return "\n".join(nx.generate_graphml(g)) + "\n"
    if suffix == ".gexf":
        return "\n".join(nx.generate_gexf(g)) + "\n"
    if suffix == ".json":
        data = nx.node_link_data(g, edges="links")
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if suffix in (".dot", ".gv"):
        return to_dot(g)
    if suffix == ".mmd":
        return to_mermaid(comparison)
    raise ConfigError(f"unknown graph format {suffix!r}; use one of {', '.join(GRAPH_SUFFIXES)}")


# Each relation kind in its colour (Okabe-Ito, which colour-blind readers tell apart) and line style.
_EDGE_STYLE = {
    **{s.kind.value: f'color="{s.color}"' + (f", {s.dot}" if s.dot else "") for s in KIND_STYLES},
    "states": 'color="#bbbbbb"',
    "in": 'color="#dddddd"',
    "via": 'color="#999999", style=dashed',
    "supports": 'color="#cccccc"',
    "holds": 'color="#bbbbbb"',
}
_NODE_STYLE = {
    "source": 'shape=box, style=filled, fillcolor="#fde0c5"',
    "document": "shape=note",
    "statement": "shape=plaintext, fontsize=9",
    "claim": 'shape=ellipse, style=filled, fillcolor="#d9ecf7"',
    "position": 'shape=box, style="rounded,filled", fillcolor="#eeeeee"',
}


def _dot_quote(value: Any) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def to_dot(g: nx.MultiDiGraph) -> str:
    """Graphviz DOT, written by hand so no pydot or pygraphviz is needed."""
    lines = ["digraph claimdiff {", "  rankdir=LR;", '  node [fontname="Helvetica"];']
    for node, data in g.nodes(data=True):
        style = _NODE_STYLE.get(data.get("kind", ""), "")
        lines.append(f"  {_dot_quote(node)} [label={_dot_quote(data.get('label', node))}, {style}];")
    for u, v, _key, data in g.edges(keys=True, data=True):
        kind = data.get("kind", "")
        label = f", label={_dot_quote(data.get('aspect', ''))}" if data.get("aspect") else ""
        lines.append(f"  {_dot_quote(u)} -> {_dot_quote(v)} [{_EDGE_STYLE.get(kind, '')}{label}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mm_text(text: str) -> str:
    # Mermaid labels are quoted; these characters would end or break them.
    text = LABEL_UNSAFE.sub(" ", text)  # a raw ESC would reach whoever reads the Markdown
    return text.replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


@dataclass(frozen=True, slots=True)
class VoiceEdge:
    """The relations of one kind between two voices, gathered: one edge of the voice-level graph."""

    source: str
    target: str
    kind: RelationKind
    relations: tuple[str, ...]
    aspects: tuple[str, ...]  # in order of first mention
    hard: int  # how many are hard contradictions

    @property
    def weight(self) -> int:
        return len(self.relations)


def voice_edges(comparison: Comparison) -> tuple[VoiceEdge, ...]:
    """One edge per pair of voices and kind, weighted by how many relations it gathers (a
    revision is an edge from a voice to itself), in the order the relations come."""
    gathered: dict[tuple[str, str, RelationKind], list[Relation]] = {}
    for rel in comparison.relations:
        a, b = rel.sources
        # An omission points from who states the fact to who leaves it out; the rest go both ways.
        key = (a, b, rel.kind) if rel.kind is RelationKind.OMISSION or a <= b else (b, a, rel.kind)
        gathered.setdefault(key, []).append(rel)
    return tuple(
        VoiceEdge(
            a,
            b,
            kind,
            tuple(r.id for r in rels),
            tuple(dict.fromkeys(r.aspect.value for r in rels)),
            sum(1 for r in rels if r.strength is Strength.HARD),
        )
        for (a, b, kind), rels in gathered.items()
    )


def to_mermaid(comparison: Comparison) -> str:
    """A Mermaid flowchart of the voices: one edge per pair of voices and kind, labelled with its
    count and aspects (a conflict's line thicker the more relations it gathers, agreements thin),
    so that seventeen agreements make a few lines, not a hairball."""
    lines = ["flowchart LR"]
    for src in comparison.sources:
        lines.append(f'  {src.id}["{_mm_text(src.name)}"]')
    styles: list[str] = []
    if not comparison.pairs:
        _mermaid_positions(comparison, lines, styles)
    for i, edge in enumerate(voice_edges(comparison), len(styles)):
        count = f" ×{edge.weight}" if edge.weight > 1 else ""
        hard = f" ({edge.hard} hard)" if edge.hard else ""
        label = f"{edge.kind.value}{count}{hard}: {', '.join(edge.aspects)}"
        style = STYLE[edge.kind]
        lines.append(f'  {edge.source} {style.mermaid_arrow}|"{_mm_text(label)}"| {edge.target}')
        # Agreements stay thin whatever their count: the conflicts are what the eye should find.
        width = 1 if edge.kind is RelationKind.AGREEMENT else 2 + min(edge.weight - 1, 4)
        styles.append(f"  linkStyle {i} stroke:{style.color},stroke-width:{width}px")
    return "\n".join(lines + styles) + "\n"


def _mermaid_positions(comparison: Comparison, lines: list[str], styles: list[str]) -> None:
    """Once the pairs are folded: the positions in a conflict or an accord, or held by several
    voices, as rounded nodes linked to the voices that hold them, and each conflict and accord
    as one edge between its two positions."""
    gathered = [*comparison.conflicts, *comparison.accords]
    shown = {p for c in gathered for p in c.positions}
    shown |= {p.id for p in comparison.positions if p.shared}
    links: list[tuple[str, str, str, RelationKind | None, int]] = []
    for p in comparison.positions:
        if p.id not in shown:
            continue
        label = f"{p.aspect.value}: {'not ' if p.denied else ''}{p.label}"
        lines.append(f'  {p.id}(["{_mm_text(label)}"])')
        links += [(sid, "---", p.id, None, 1) for sid in p.sources]
    for c in gathered:
        count = f" ×{len(c.relations)}" if len(c.relations) > 1 else ""
        label = f"{c.kind.value}{count}" + (f" ({c.strength.value})" if c.strength else "")
        arrow = f'{STYLE[c.kind].mermaid_arrow}|"{_mm_text(label)}"|'
        links.append((c.positions[0], arrow, c.positions[1], c.kind, len(c.relations)))
    for a, arrow, b, kind, weight in links:
        lines.append(f"  {a} {arrow} {b}")
        if kind is None:
            styles.append(f"  linkStyle {len(styles)} stroke:#bbbbbb,stroke-width:1px")
        else:
            width = 1 if kind is RelationKind.AGREEMENT else 2 + min(weight - 1, 4)
            styles.append(f"  linkStyle {len(styles)} stroke:{STYLE[kind].color},stroke-width:{width}px")


def graph_text(comparison: Comparison, path: str | Path) -> str:
    suffix = Path(path).suffix
    if suffix.lower() not in GRAPH_SUFFIXES:
        raise ConfigError(
            f"cannot tell the graph format from {str(path)!r}; end it with one of {', '.join(GRAPH_SUFFIXES)}"
        )
    return render_graph(comparison, suffix)
