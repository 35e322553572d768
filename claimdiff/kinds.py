"""The relation kinds as every output shows them: one row per ``RelationKind``.

Order, heading, symbol, colours, line styles and arrows live here and nowhere else; the
terminal table, the Markdown and HTML reports, the graph writers, the CLI and the HTML page's
script (which gets the table as JSON) all read it. Adding a kind is adding a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimdiff.model import RelationKind


@dataclass(frozen=True, slots=True)
class KindStyle:
    """How one relation kind looks in every output."""

    kind: RelationKind
    heading: str  # section heading in the reports
    symbol: str  # beside the colour, so nothing depends on colour alone
    color: str  # Okabe-Ito, which colour-blind readers tell apart (light background)
    color_dark: str  # the same hue, lighter, for a dark background
    tint: str  # highlight behind marked text (light background)
    tint_dark: str
    color_name: str  # the colour in words, for legends
    ansi: str  # terminal colour of the table's heading
    underline: str  # CSS text-decoration-style of a highlighted statement ("" keeps solid)
    swatch: str  # CSS border style of the legend's swatch ("" keeps solid)
    legend: str  # the HTML legend's note on how the kind is drawn
    edge: tuple[tuple[str, Any], ...]  # Cytoscape style of the kind's graph edges
    edge_label: bool  # whether the graph labels the kind's edges
    dot: str  # Graphviz attributes beside the colour
    mermaid_arrow: str
    mermaid_line: str  # the Mermaid line in words, for the Markdown legend
    fail_on: bool  # a `compare --fail-on` level (it also fails on every kind listed before it)
    folded: bool  # the Markdown report folds the section: many relations, least urgent

    def to_record(self) -> dict[str, Any]:
        """The row as plain JSON types (the HTML page's script reads this)."""
        return {
            "kind": self.kind.value,
            "heading": self.heading,
            "symbol": self.symbol,
            "color": self.color,
            "color_dark": self.color_dark,
            "tint": self.tint,
            "tint_dark": self.tint_dark,
            "color_name": self.color_name,
            "ansi": self.ansi,
            "underline": self.underline,
            "swatch": self.swatch,
            "legend": self.legend,
            "edge": dict(self.edge),
            "edge_label": self.edge_label,
            "dot": self.dot,
            "mermaid_arrow": self.mermaid_arrow,
            "mermaid_line": self.mermaid_line,
            "fail_on": self.fail_on,
            "folded": self.folded,
        }


# In report order: what needs a look first.
KIND_STYLES: tuple[KindStyle, ...] = (
    KindStyle(
        kind=RelationKind.CONTRADICTION,
        heading="Contradictions",
        symbol="✗",
        color="#D55E00",
        color_dark="#E8743A",
        tint="rgb(213 94 0 / 15%)",
        tint_dark="rgb(232 116 58 / 22%)",
        color_name="vermillion",
        ansi="\x1b[31m",
        underline="wavy",
        swatch="",
        legend="solid line (dashed: soft), wavy underline",
        edge=(("width", 4),),
        edge_label=True,
        dot="penwidth=2",
        mermaid_arrow="-.-",
        mermaid_line="dotted",
        fail_on=True,
        folded=False,
    ),
    KindStyle(
        kind=RelationKind.OMISSION,
        heading="Omissions",
        symbol="∅",
        color="#CC79A7",
        color_dark="#D98BB7",
        tint="rgb(204 121 167 / 18%)",
        tint_dark="rgb(217 139 183 / 22%)",
        color_name="purple",
        ansi="\x1b[35m",
        underline="dotted",
        swatch="dotted",
        legend="dotted arrow to the voice that leaves it out, dotted underline",
        edge=(("width", 3), ("line-style", "dotted"), ("target-arrow-shape", "triangle")),
        edge_label=True,
        dot="style=dashed",
        mermaid_arrow="-.->",
        mermaid_line="dotted arrow to the voice that leaves it out",
        fail_on=True,
        folded=False,
    ),
    KindStyle(
        kind=RelationKind.REVISION,
        heading="Revisions",
        symbol="↻",
        color="#0072B2",
        color_dark="#56B4E9",
        tint="rgb(0 114 178 / 13%)",
        tint_dark="rgb(86 180 233 / 20%)",
        color_name="blue",
        ansi="\x1b[36m",
        underline="dashed",
        swatch="dashed",
        legend="dash-dot loop, dashed underline",
        edge=(
            ("width", 3),
            ("line-style", "dashed"),
            ("line-dash-pattern", (8, 3, 2, 3)),
            ("loop-direction", "-45deg"),
            ("control-point-step-size", 90),
            ("loop-sweep", "50deg"),
        ),
        edge_label=True,
        dot="style=dotted",
        mermaid_arrow="-->",
        mermaid_line="arrow",
        fail_on=False,
        folded=False,
    ),
    KindStyle(
        kind=RelationKind.AGREEMENT,
        heading="Agreements",
        symbol="=",
        color="#009E73",
        color_dark="#2DB98F",
        tint="rgb(0 158 115 / 13%)",
        tint_dark="rgb(45 185 143 / 18%)",
        color_name="green",
        ansi="\x1b[32m",
        underline="",
        swatch="",
        legend="thin solid line, straight underline",
        edge=(("width", 2),),
        edge_label=False,
        dot="",
        mermaid_arrow="---",
        mermaid_line="solid",
        fail_on=False,
        folded=True,
    ),
)

KIND_ORDER: tuple[RelationKind, ...] = tuple(s.kind for s in KIND_STYLES)
STYLE: dict[RelationKind, KindStyle] = {s.kind: s for s in KIND_STYLES}


def kinds_record() -> list[dict[str, Any]]:
    """The whole table, in report order, as plain JSON types."""
    return [s.to_record() for s in KIND_STYLES]
