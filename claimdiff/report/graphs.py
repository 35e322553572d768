"""Graph formats as reporters, so `--format graphml|gexf|dot|mermaid` print the graph."""

from __future__ import annotations

from claimdiff.model import Comparison
from claimdiff.report.base import RenderOptions


class GraphReporter:
    def __init__(self, name: str, suffix: str, media_type: str) -> None:
        self.name = name
        self.suffix = suffix
        self.media_type = media_type

    def render(self, comparison: Comparison, options: RenderOptions) -> str:
        del options
        from claimdiff.graph import render_graph

        return render_graph(comparison, self.suffix)
