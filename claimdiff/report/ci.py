"""What `claimdiff check` hands to CI systems: JUnit XML, GitHub annotations, SARIF, JSON.

Every format is rendered to a string; input text is untrusted, so XML gets no control
characters and workflow commands are escaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimdiff import __version__
from claimdiff.model import Comparison, Relation
from claimdiff.report.base import CheckOptions
from claimdiff.results import CheckReport, Scores

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def xml_safe(text: str) -> str:
    """XML 1.0 forbids most control characters even when escaped."""
    return _XML_BAD.sub("\ufffd", text)


def _position(comparison: Comparison, statement_id: str) -> tuple[str, int, int, int, int]:
    """File, start line and column, end line and column (1-based) of a statement."""
    st = comparison.statement(statement_id)
    doc = comparison.document(st.document)
    text = doc.text
    start, end = st.span

    def line_col(offset: int) -> tuple[int, int]:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

    (l1, c1), (l2, c2) = line_col(start), line_col(end)
    return doc.path or doc.id, l1, c1, l2, c2


def _names(comparison: Comparison, rel: Relation) -> str:
    return " vs ".join(comparison.source(s).name for s in rel.sources)


def render_junit(report: CheckReport) -> str:
    """A testsuite per case, a testcase per expectation and per unexpected contradiction."""
    from xml.etree import ElementTree as ET

    root = ET.Element("testsuites", name="claimdiff check")
    total = failures = 0
    for res in report.results:
        suite = ET.SubElement(root, "testsuite", name=xml_safe(res.slug))
        cases = 0
        fails = 0
        for o in res.outcomes:
            cases += 1
            case = ET.SubElement(suite, "testcase", classname=xml_safe(res.slug), name=xml_safe(o.describe()))
            if not o.met:
                fails += 1
                failure = ET.SubElement(case, "failure", message=xml_safe(o.why), type="unmet")
                failure.text = xml_safe(f"{o.describe()}: {o.why}")
        for rel in res.unexpected:
            cases += 1
            fails += 1
            name = f"unexpected {rel.kind.value} {rel.aspect.value}: {_names(res.comparison, rel)}"
            case = ET.SubElement(suite, "testcase", classname=xml_safe(res.slug), name=xml_safe(name))
            failure = ET.SubElement(case, "failure", message=xml_safe(rel.detail), type="unexpected")
            failure.text = xml_safe(rel.detail)
        suite.set("tests", str(cases))
        suite.set("failures", str(fails))
        total += cases
        failures += fails
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: CheckReport) -> str:
    """GitHub workflow commands: errors on unmet expectations, warnings on unexpected contradictions."""
    lines = []
    for res in report.results:
        manifest = res.manifest
        for o in res.outcomes:
            if o.met:
                continue
            message = _escape_data(o.describe() + " -- " + o.why)
            lines.append(
                f"::error file={_escape_property(manifest)},line={o.line or 1},"
                f"title={_escape_property('unmet expectation')}::{message}"
            )
        for rel in res.unexpected:
            path, l1, c1, l2, c2 = _position(res.comparison, rel.statements[0])
            title = f"{rel.kind.value} ({rel.strength.value if rel.strength else ''}) {rel.aspect.value}"
            message = _escape_data(_names(res.comparison, rel) + ": " + rel.detail)
            lines.append(
                f"::warning file={_escape_property(path)},line={l1},col={c1},endLine={l2},endColumn={c2},"
                f"title={_escape_property(title)}::{message}"
            )
    for reg in report.regressions:
        lines.append(f"::error title={_escape_property('regression ' + reg.slug)}::{_escape_data(reg.what)}")
    return "\n".join(lines) + ("\n" if lines else "")


_RULES = [
    ("contradiction/hard", "Two voices state values that cannot both be true"),
    ("contradiction/soft", "Two voices state figures whose bounds overlap but differ as stated"),
    ("expectation/unmet", "A curated expectation of the case is not met"),
]


def render_sarif(report: CheckReport) -> str:
    """SARIF 2.1.0: every contradiction located on its statement, every unmet expectation on case.yaml."""
    rule_index = {rule_id: i for i, (rule_id, _) in enumerate(_RULES)}
    out: list[dict[str, Any]] = []
    for res in report.results:
        for rel in res.comparison.relations:
            if rel.kind.value != "contradiction":
                continue
            rule = f"contradiction/{rel.strength.value if rel.strength else 'hard'}"
            locations = [_sarif_location(res.comparison, sid) for sid in rel.statements]
            out.append(
                {
                    "ruleId": rule,
                    "ruleIndex": rule_index[rule],
                    "level": "error" if rule.endswith("hard") else "warning",
                    "message": {"text": f"{_names(res.comparison, rel)}: {rel.detail}"},
                    "locations": locations[:1],
                    "relatedLocations": [dict(loc, id=i) for i, loc in enumerate(locations[1:], 1)],
                    "properties": {
                        "case": res.slug,
                        "relation": rel.id,
                        "expected": rel not in res.unexpected,
                    },
                }
            )
        for o in res.outcomes:
            if o.met:
                continue
            out.append(
                {
                    "ruleId": "expectation/unmet",
                    "ruleIndex": rule_index["expectation/unmet"],
                    "level": "error",
                    "message": {"text": f"{o.describe()} -- {o.why}"},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": _uri(res.manifest)},
                                "region": {"startLine": int(o.line or 1)},
                            }
                        }
                    ],
                    "properties": {"case": res.slug},
                }
            )
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimdiff",
                        "version": __version__,
                        "rules": [
                            {"id": rule_id, "shortDescription": {"text": text}} for rule_id, text in _RULES
                        ],
                    }
                },
                "results": out,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _uri(path: str) -> str:
    """A path as a SARIF artifact URI: a relative reference, percent-encoded (RFC 3986), so a
    space, "%" or "#" in a file name stays part of it."""
    from urllib.parse import quote

    return quote(Path(path).as_posix(), safe="/")


def _sarif_location(comparison: Comparison, statement_id: str) -> dict[str, Any]:
    path, l1, c1, l2, c2 = _position(comparison, statement_id)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(path)},
            "region": {
                "startLine": l1,
                "startColumn": c1,
                "endLine": l2,
                "endColumn": c2,
                "snippet": {"text": comparison.statement(statement_id).text},
            },
        }
    }


def _score_rows(scores: Scores) -> dict[str, Any]:
    return {
        kind: {"precision": p, "recall": r, "f1": f, "reported": pred, "expected": gold}
        for kind, p, r, f, pred, gold in scores.rows
    }


def render_check_json(report: CheckReport) -> str:
    """The check as one JSON object, `claimdiff.check/1`."""
    cases = []
    for res in report.results:
        claims = res.comparison.claims
        cases.append(
            {
                "case": res.slug,
                "path": res.path,
                "heldout": res.heldout,
                "language": res.language,
                "ok": res.ok,
                "expectations": [
                    {
                        "expect": o.describe(),
                        "met": o.met,
                        "why": o.why,
                        "relation": o.relation,
                        # NOTE: claimdiff.check/1 writes null here; SARIF and GitHub carry the line.
                        "line": None,
                    }
                    for o in res.outcomes
                ],
                "unexpected": [
                    {
                        "relation": r.id,
                        "aspect": r.aspect.value,
                        "strength": r.strength.value if r.strength else None,
                        "voices": [res.comparison.source(s).name for s in r.sources],
                        "detail": r.detail,
                    }
                    for r in res.unexpected
                ],
                "claims": len(claims),
                "single_sourced_claims": sum(1 for c in claims if len(c.independent) == 1),
            }
        )
    held = report.heldout_scores
    record = {
        "format": "claimdiff.check/1",
        "cases": cases,
        "scores": _score_rows(report.scores),
        "heldout_scores": _score_rows(held) if held is not None else None,
        "languages": {
            language: {
                "scores": _score_rows(all_scores),
                "heldout_scores": _score_rows(held_scores) if held_scores is not None else None,
            }
            for language, all_scores, held_scores in report.by_language
        },
        "regressions": [{"case": r.slug, "what": r.what} for r in report.regressions],
    }
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"


class CiReporter:
    """A check format for CI systems, by name."""

    def __init__(self, name: str, suffix: str, media_type: str, render: Callable[[CheckReport], str]) -> None:
        self.name = name
        self.suffix = suffix
        self.media_type = media_type
        self._render = render

    def render(self, report: CheckReport, options: CheckOptions) -> str:
        del options
        return self._render(report)


def ci_reporter(name: str, suffix: str, media_type: str) -> CiReporter:
    """The check format called ``name``, for the registry (which imports this module on use)."""
    renders = {
        "json": render_check_json,
        "junit": render_junit,
        "github": render_github,
        "sarif": render_sarif,
    }
    return CiReporter(name, suffix, media_type, renders[name])
