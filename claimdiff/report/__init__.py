"""Output formats: one explicit registry, so `--format` choices are ``sorted(REPORTERS)``.

``CHECK_REPORTERS`` does the same for the formats of `claimdiff check`.
"""

from __future__ import annotations

from claimdiff.report.base import CheckOptions, CheckReporter, RenderOptions, Reporter
from claimdiff.report.check import TextCheckReporter
from claimdiff.report.ci import CiReporter, render_check_json, render_github, render_junit, render_sarif
from claimdiff.report.graphs import GraphReporter
from claimdiff.report.html import HtmlReporter
from claimdiff.report.json import JsonReporter
from claimdiff.report.markdown import MarkdownReporter
from claimdiff.report.records import DelimitedReporter, JsonLinesReporter
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
    "csv": DelimitedReporter("csv", ".csv", "text/csv", ","),
    "tsv": DelimitedReporter("tsv", ".tsv", "text/tab-separated-values", "\t"),
    "jsonl": JsonLinesReporter(),
}

CHECK_REPORTERS: dict[str, CheckReporter] = {
    "text": TextCheckReporter(),
    "json": CiReporter("json", ".json", "application/json", render_check_json),
    "junit": CiReporter("junit", ".xml", "application/xml", render_junit),
    "github": CiReporter("github", ".txt", "text/plain", render_github),
    "sarif": CiReporter("sarif", ".sarif", "application/sarif+json", render_sarif),
}


def render(name: str, comparison, options: RenderOptions | None = None) -> str:  # type: ignore[no-untyped-def]
    """Render with the named reporter."""
    return REPORTERS[name].render(comparison, options or RenderOptions())


__all__ = [
    "CHECK_REPORTERS",
    "REPORTERS",
    "CheckOptions",
    "CheckReporter",
    "RenderOptions",
    "Reporter",
    "render",
]
