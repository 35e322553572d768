"""Output formats: one explicit registry, so `--format` choices are ``sorted(REPORTERS)``."""

from __future__ import annotations

from claimdiff.report.base import RenderOptions, Reporter
from claimdiff.report.graphs import GraphReporter
from claimdiff.report.html import HtmlReporter
from claimdiff.report.json import JsonReporter
from claimdiff.report.markdown import MarkdownReporter
from claimdiff.report.table import TableReporter

REPORTERS: dict[str, Reporter] = {
    "table": TableReporter(),
    "json": JsonReporter(),
    "graphml": GraphReporter("graphml", ".graphml", "application/graphml+xml"),
    "gexf": GraphReporter("gexf", ".gexf", "application/gexf+xml"),
    "dot": GraphReporter("dot", ".dot", "text/vnd.graphviz"),
    "mermaid": GraphReporter("mermaid", ".mmd", "text/plain"),
    "markdown": MarkdownReporter(),
    "html": HtmlReporter(),
}


def render(name: str, comparison, options: RenderOptions | None = None) -> str:  # type: ignore[no-untyped-def]
    """Render with the named reporter."""
    return REPORTERS[name].render(comparison, options or RenderOptions())


__all__ = ["REPORTERS", "RenderOptions", "Reporter", "render"]
