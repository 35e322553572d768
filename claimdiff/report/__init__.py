"""Output formats: one explicit registry, so `--format` choices are ``sorted(REPORTERS)``.

``CHECK_REPORTERS`` does the same for the formats of `claimdiff check`. Each entry names its
format, suffix and media type here and imports its module on first use, so `--help`, and a run
that renders one format, pay for no other reporter's module.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from claimdiff.report.base import CheckOptions, CheckReporter, RenderOptions, Reporter


@dataclass(frozen=True)
class Deferred:
    """A reporter of the registry, built on first use from ``module.factory`` (called with this
    entry, or with ``args`` when given); its name, suffix and media type are known without it (a
    test holds them equal to the built reporter's)."""

    name: str
    suffix: str
    media_type: str
    module: str
    factory: str
    args: tuple[Any, ...] | None = None
    _built: list[Any] = field(default_factory=list, repr=False, compare=False)

    def reporter(self) -> Any:
        if not self._built:
            make = getattr(importlib.import_module(f"claimdiff.report.{self.module}"), self.factory)
            self._built.append(make(*self.args) if self.args is not None else make())
        return self._built[0]

    def render(self, subject: Any, options: Any) -> str:
        return str(self.reporter().render(subject, options))


def _named(module: str, factory: str, name: str, suffix: str, media_type: str, *extra: Any) -> Deferred:
    """An entry whose reporter is built from its own name, suffix and media type (and more)."""
    return Deferred(name, suffix, media_type, module, factory, (name, suffix, media_type, *extra))


REPORTERS: dict[str, Reporter] = {
    "table": Deferred("table", ".txt", "text/plain", "table", "TableReporter"),
    "json": Deferred("json", ".json", "application/json", "json", "JsonReporter"),
    "graphml": _named("graphs", "GraphReporter", "graphml", ".graphml", "application/graphml+xml"),
    "gexf": _named("graphs", "GraphReporter", "gexf", ".gexf", "application/gexf+xml"),
    "dot": _named("graphs", "GraphReporter", "dot", ".dot", "text/vnd.graphviz"),
    "mermaid": _named("graphs", "GraphReporter", "mermaid", ".mmd", "text/plain"),
    "markdown": Deferred("markdown", ".md", "text/markdown", "markdown", "MarkdownReporter"),
    "html": Deferred("html", ".html", "text/html", "html", "HtmlReporter"),
    "csv": _named("records", "DelimitedReporter", "csv", ".csv", "text/csv", ","),
    "tsv": _named("records", "DelimitedReporter", "tsv", ".tsv", "text/tab-separated-values", "\t"),
    "jsonl": Deferred("jsonl", ".jsonl", "application/jsonl", "records", "JsonLinesReporter"),
}

CHECK_REPORTERS: dict[str, CheckReporter] = {
    "text": Deferred("text", ".txt", "text/plain", "check", "TextCheckReporter"),
    "json": _named("ci", "ci_reporter", "json", ".json", "application/json"),
    "junit": _named("ci", "ci_reporter", "junit", ".xml", "application/xml"),
    "github": _named("ci", "ci_reporter", "github", ".txt", "text/plain"),
    "sarif": _named("ci", "ci_reporter", "sarif", ".sarif", "application/sarif+json"),
}


def render(name: str, comparison, options: RenderOptions | None = None) -> str:  # type: ignore[no-untyped-def]
    """Render with the named reporter."""
    return REPORTERS[name].render(comparison, options or RenderOptions())


def shown(comparison, pairs: bool = False):  # type: ignore[no-untyped-def]
    """The comparison as the reports show it: its pairwise relations folded into the positions
    that gather them, unless ``pairs`` (``--pairs``)."""
    return comparison if pairs else comparison.by_positions()


__all__ = [
    "CHECK_REPORTERS",
    "REPORTERS",
    "CheckOptions",
    "CheckReporter",
    "Deferred",
    "RenderOptions",
    "Reporter",
    "render",
    "shown",
]
