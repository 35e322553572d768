"""The HTML report: one self-contained file that opens with no network.

A summary, a matrix of voices by aspect, each document with its statements highlighted by
relation, both sides of a relation side by side, and the graph (voices and claims as nodes,
relations as coloured edges) drawn with the vendored Cytoscape.js.

The accounts are untrusted. They reach the page only as JSON inside a
``<script type="application/json">`` element, with every character that could end that element
escaped, and the page's script puts them into the DOM with ``textContent`` alone. The page's
Content-Security-Policy allows exactly the scripts and the style sheet written here, by their
sha256, and no network access at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from claimdiff.errors import ConfigError
from claimdiff.graph import voice_edges
from claimdiff.kinds import KIND_ORDER, KIND_STYLES, STYLE, kinds_record
from claimdiff.model import Aspect, Comparison, Evidence, Relation, RelationKind, Statement, Strength
from claimdiff.report.base import RenderOptions, gathered, side_names
from claimdiff.report.evidence import Quote, evidence_quote, relation_label, sides

PAGE_FORMAT = "claimdiff.html/2"
QUOTE_WIDTH = 140
# Cytoscape looks for a style element with this id and, when there is none, inserts its own,
# which the Content-Security-Policy would refuse (a console error). Ours carries the id and the
# rule Cytoscape wanted to add.
CYTOSCAPE_STYLE_ID = "__________cytoscape_stylesheet"

_SEVERITY = {kind: i for i, kind in enumerate(KIND_ORDER)}

# Inside <script type="application/json"> only "</script" or "<!--" could end or derail the
# element; escaping every <, > and & (and the two JavaScript line separators) rules out both.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def script_json(data: Any) -> str:
    """JSON that is safe as the content of a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def csp_hash(text: str) -> str:
    """The CSP source expression that allows an inline element with exactly this content."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def _asset(name: str) -> str:
    text = resources.files("claimdiff").joinpath("data", "html", name).read_text(encoding="utf-8")
    # Inlined as the content of a <script> or <style> element: nothing in it may end the element.
    if "</script" in text.lower() or "</style" in text.lower() or "<!--" in text:
        raise ConfigError(f"claimdiff/data/html/{name} cannot be inlined: it holds an end tag or '<!--'")
    return text


def kinds_css() -> str:
    """The style sheet's rules for each relation kind: colours (light and dark) and line styles."""
    light = [f"  --{s.kind.value}: {s.color};" for s in KIND_STYLES]
    light += [f"  --{s.kind.value}-bg: {s.tint};" for s in KIND_STYLES]
    dark = [f"    --{s.kind.value}: {s.color_dark};" for s in KIND_STYLES]
    dark += [f"    --{s.kind.value}-bg: {s.tint_dark};" for s in KIND_STYLES]
    rules = []
    for s in KIND_STYLES:
        k = s.kind.value
        rules.append(f".k-{k} {{ --k: var(--{k}); --kbg: var(--{k}-bg); }}")
        if s.swatch:
            rules.append(f".swatch.k-{k} {{ border-top-style: {s.swatch}; }}")
        if s.underline:
            rules.append(f".st.k-{k} {{ text-decoration-style: {s.underline}; }}")
    # NOTE: after report.css, so a kind's underline style wins over `.st[data-relations]`'s shorthand.
    return "\n".join(
        [
            "/* Relation kinds, from claimdiff.kinds */",
            ":root, .palette-light {",
            *light,
            "}",
            "@media (prefers-color-scheme: dark) {",
            "  :root {",
            *dark,
            "  }",
            "}",
            *rules,
            "",
        ]
    )


@cache
def cytoscape() -> tuple[str, dict[str, Any]]:
    """The vendored Cytoscape.js and its pin, after checking the script against the pin."""
    vendor = resources.files("claimdiff").joinpath("data", "vendor")
    pin = json.loads(vendor.joinpath("cytoscape.json").read_text(encoding="utf-8"))
    data = vendor.joinpath(pin["file"]).read_bytes()
    if hashlib.sha256(data).hexdigest() != pin["sha256"]:
        raise ConfigError(
            "the vendored Cytoscape.js does not match its pinned sha256; "
            "rebuild it with `python scripts/vendor_cytoscape.py`"
        )
    text = data.decode("utf-8")
    if "</script" in text.lower() or "<!--" in text:
        raise ConfigError("the vendored Cytoscape.js cannot be inlined: it holds '</script' or '<!--'")
    return text, pin


# ---------------------------------------------------------------------------
# The page's data: everything the script shows, computed here so it is tested without a browser


def _quote(comparison: Comparison, quote: Quote) -> dict[str, Any]:
    doc = comparison.document(quote.document)
    return {
        "source": quote.source,
        "voice": comparison.source(quote.source).name,
        "statement": quote.statement,
        "document": quote.document,
        "path": doc.path or doc.id,
        "polarity": quote.polarity,
        "text": [quote.before, quote.match, quote.after],
        "short": list(quote.window(QUOTE_WIDTH)),
    }


@dataclass(frozen=True, slots=True)
class _Gathered:
    """Once the pairs are folded, what the page links instead of them: a conflict, an accord or
    a position several voices hold, each side's voices with each voice's own value."""

    id: str
    kind: RelationKind
    strength: Strength | None
    aspect: Aspect
    detail: str
    sides: tuple[tuple[Evidence, ...], tuple[Evidence, ...]]

    @property
    def statements(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ev.statement for side in self.sides for ev in side))


def _gathered(comparison: Comparison) -> list[_Gathered]:
    """The conflicts, accords and shared positions of a comparison whose pairs are folded (none
    when the report lists every pair)."""
    if comparison.pairs:
        return []
    held = {p.id: {ev.source: ev for ev in p.held} for p in comparison.positions}
    out = []
    for c in (*comparison.conflicts, *comparison.accords):
        sides = tuple(
            tuple(held[pid][v] for v in voices if v in held[pid])
            for pid, voices in zip(c.positions, c.sides, strict=True)
        )
        out.append(_Gathered(c.id, c.kind, c.strength, c.aspect, c.detail, sides))  # type: ignore[arg-type]
    for p in comparison.positions:
        if p.shared:
            detail = f"{len(p.sources)} voices hold {'not ' if p.denied else ''}{p.label}"
            out.append(
                _Gathered(p.id, RelationKind.AGREEMENT, None, p.aspect, detail, (p.held[:1], p.held[1:]))
            )
    return out


def _names(comparison: Comparison, evidence: tuple[Evidence, ...], most: int = 3) -> str:
    """The voices of a side, the first few named: "A, B, C and 4 more"."""
    return side_names([comparison.source(ev.source).name for ev in evidence], most)


def _gathered_record(comparison: Comparison, item: _Gathered) -> dict[str, Any]:
    a, b = item.sides
    return {
        "id": item.id,
        "kind": item.kind.value,
        "strength": item.strength.value if item.strength else None,
        "label": item.kind.value + (f" ({item.strength.value})" if item.strength else ""),
        "aspect": item.aspect.value,
        "detail": item.detail,
        "sources": [a[0].source if a else None, b[0].source if b else None],
        "voices": [_names(comparison, a, 50), _names(comparison, b, 50)],
        "missing_in": None,
        "statements": list(item.statements),
        "sides": [[_quote(comparison, evidence_quote(comparison, ev)) for ev in side] for side in item.sides],
    }


def _relation(comparison: Comparison, rel: Relation) -> dict[str, Any]:
    a_quotes, b_quotes = sides(comparison, rel)
    a, b = rel.sources
    return {
        "id": rel.id,
        "kind": rel.kind.value,
        "strength": rel.strength.value if rel.strength else None,
        "label": relation_label(rel),
        "aspect": rel.aspect.value,
        "detail": rel.detail,
        "sources": [a, b],
        "voices": [comparison.source(a).name, comparison.source(b).name],
        "missing_in": rel.missing_in,
        "statements": list(rel.statements),
        "sides": [[_quote(comparison, q) for q in a_quotes], [_quote(comparison, q) for q in b_quotes]],
    }


def _conflicts(comparison: Comparison) -> list[dict[str, Any]]:
    """Each conflict between positions, with every voice on each side, for the table that
    leads the page."""
    held = {p.id: p for p in comparison.positions}
    return [
        {
            "id": c.id,
            "aspect": c.aspect.value,
            "strength": c.strength.value if c.strength else None,
            "sides": [
                {
                    "label": held[position].label,
                    "denied": held[position].denied,
                    "voices": [comparison.source(v).name for v in voices],
                }
                for position, voices in zip(c.positions, c.sides, strict=True)
            ],
            # Folded, the conflict is what the page opens, not pairs it no longer lists.
            "relations": list(c.relations) if comparison.pairs else [c.id],
        }
        for c in comparison.conflicts
    ]


def _documents(comparison: Comparison, items: list[_Gathered]) -> list[dict[str, Any]]:
    """Each document's text cut into statements, and statements into runs of value spans."""
    rels_of_statement: dict[str, list[Any]] = {}
    marks: dict[str, list[tuple[int, int, str]]] = {}
    linked: list[tuple[Any, tuple[str, ...], tuple[Evidence, ...]]] = [
        (rel, rel.statements, rel.values) for rel in comparison.relations
    ]
    linked += [(g, g.statements, g.sides[0] + g.sides[1]) for g in items]
    for rel, statements, values in linked:
        for sid in statements:
            rels_of_statement.setdefault(sid, []).append(rel)
        for value in values:
            doc = comparison.statement(value.statement).document
            lo, hi = value.span
            if hi > lo:
                marks.setdefault(doc, []).append((lo, hi, rel.id))
    by_doc: dict[str, list[Statement]] = {}
    for st in comparison.statements:
        by_doc.setdefault(st.document, []).append(st)

    out = []
    for doc in comparison.case.documents:
        text = doc.text
        statements = sorted(by_doc.get(doc.id, []), key=lambda s: s.span)
        spans = marks.get(doc.id, [])
        parts: list[dict[str, Any]] = []
        pos = 0
        for st in statements:
            lo, hi = st.span
            if lo < pos:  # never expected; keep the text whole rather than repeat it
                continue
            if lo > pos:
                parts.append({"t": text[pos:lo]})
            rels = sorted(rels_of_statement.get(st.id, []), key=lambda r: (_SEVERITY[r.kind], _rid(r.id)))
            parts.append(
                {
                    "st": st.id,
                    "source": st.source,
                    "voice": comparison.source(st.source).name,
                    "kind": rels[0].kind.value if rels else None,
                    "rels": [r.id for r in rels],
                    "parts": _runs(text, lo, hi, spans),
                }
            )
            pos = hi
        if pos < len(text):
            parts.append({"t": text[pos:]})
        voices = sorted({comparison.source(st.source).name for st in statements})
        out.append(
            {
                "id": doc.id,
                "path": doc.path or doc.id,
                "title": doc.title,
                "voices": voices,
                "parts": parts,
                **{k: v for k, v in doc.provenance().items() if k != "url"},
                "url": doc.link,
            }
        )
    return out


def _runs(text: str, lo: int, hi: int, spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """The statement's text cut wherever a value span starts or ends (spans may overlap)."""
    inside = [(a, b, rid) for a, b, rid in spans if a < hi and b > lo]
    cuts = sorted({lo, hi, *(max(a, lo) for a, _, _ in inside), *(min(b, hi) for _, b, _ in inside)})
    runs = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        rels = sorted({rid for a, b, rid in inside if a <= start and b >= end}, key=_rid)
        runs.append({"t": text[start:end], "rels": rels} if rels else {"t": text[start:end]})
    return runs


def _rid(relation_id: str) -> tuple[int, str]:
    """r2 before r10 (and x2 before x10: a conflict, an accord or a position)."""
    digits = relation_id.lstrip("raxp")
    return (int(digits), relation_id) if digits.isdigit() else (0, relation_id)


def _matrix(comparison: Comparison, items: list[_Gathered]) -> dict[str, Any]:
    """Voices by aspect: in each cell, whom the voice agrees with, contradicts or leaves out."""

    def name(sid: str) -> str:
        return comparison.source(sid).name

    cells: dict[tuple[str, str], list[tuple[int, tuple[int, str], dict[str, Any]]]] = {}

    def add(source: str, rel: Relation | _Gathered, text: str) -> None:
        entry = {"rel": rel.id, "kind": rel.kind.value, "text": f"{STYLE[rel.kind].symbol} {text}"}
        cells.setdefault((source, rel.aspect.value), []).append((_SEVERITY[rel.kind], _rid(rel.id), entry))

    for g in items:
        a, b = g.sides
        suffix = f" ({g.strength.value})" if g.strength else ""
        if g.id.startswith("p"):  # a position several voices hold
            for i, ev in enumerate(a + b):
                others = tuple(x for j, x in enumerate(a + b) if j != i)
                add(ev.source, g, f"agrees with {_names(comparison, others)} on {ev.words}")
            continue
        verb = "contradicts" if g.kind is RelationKind.CONTRADICTION else "agrees with"
        for mine, theirs in ((a, b), (b, a)):
            for ev in mine:
                add(ev.source, g, f"{verb} {_names(comparison, theirs)}{suffix}" + _on((ev,)))

    for rel in comparison.relations:
        a, b = rel.sources
        if rel.kind is RelationKind.OMISSION:
            stating = sorted({v.source for v in rel.values} or {a}, key=_source_order(comparison))
            omitting = rel.missing_in or b
            fact = _value_label(rel.values[:1]) or "a fact"
            for sid in stating:
                add(sid, rel, f"left out by {name(omitting)}: {fact}")
            add(omitting, rel, f"leaves out {fact}, stated by {', '.join(name(s) for s in stating)}")
        elif rel.kind is RelationKind.REVISION:
            add(a, rel, "revises its own account")
        elif rel.kind is RelationKind.AGREEMENT:
            # A pair of voices often agrees on several values of one aspect: name the value.
            add(a, rel, f"agrees with {name(b)}" + _on(rel.values[:1]))
            add(b, rel, f"agrees with {name(a)}" + _on(rel.values[-1:]))
        else:
            suffix = f" ({rel.strength.value})" if rel.strength else ""
            add(a, rel, f"contradicts {name(b)}{suffix}")
            add(b, rel, f"contradicts {name(a)}{suffix}")

    # In the order of the Aspect enum, as the rest of the report does.
    present = {aspect for _, aspect in cells} | {c.aspect.value for c in comparison.claims}
    aspects = [a.value for a in Aspect if a.value in present]
    rows = []
    for src in comparison.sources:
        row = {
            aspect: [e for *_, e in sorted(cells.get((src.id, aspect), []), key=lambda x: x[:2])]
            for aspect in aspects
        }
        rows.append({"source": src.id, "voice": src.name, "cells": row})
    return {"aspects": aspects, "rows": rows}


def _value_label(values: tuple[Evidence, ...]) -> str | None:
    """What the first value says, in words: a name, or the figure or date as written."""
    return values[0].words if values else None


def _on(values: tuple[Evidence, ...]) -> str:
    label = _value_label(values)
    return f" on {label}" if label else ""


def _source_order(comparison: Comparison) -> Any:
    order = {src.id: i for i, src in enumerate(comparison.sources)}
    return lambda sid: order.get(sid, len(order))


def _graph(comparison: Comparison) -> dict[str, Any]:
    """Voices and claims as nodes; relations, and who states which claim, as edges. Once the
    pairs are folded, the positions stand where the claims stood, each conflict and accord an
    edge between two of them."""
    nodes = [{"id": s.id, "kind": "source", "label": s.name} for s in comparison.sources]
    edges = []
    if comparison.pairs:
        stated = [
            (
                c.id,
                f"{c.aspect.value}: {c.label}",
                c.aspect.value,
                len(c.independent) == 1,
                c.sources,
                c.independent,
            )
            for c in comparison.claims
        ]
    else:
        stated = [
            (
                p.id,
                f"{p.aspect.value}: {'not ' if p.denied else ''}{p.label}",
                p.aspect.value,
                False,
                p.sources,
                p.sources,
            )
            for p in comparison.positions
        ]
    for node_id, label, aspect, single, sources, independent in stated:
        nodes.append({"id": node_id, "kind": "claim", "label": label, "aspect": aspect, "single": single})
        for sid in sources:
            edges.append(
                {
                    "id": f"{sid}-{node_id}",
                    "source": sid,
                    "target": node_id,
                    "kind": "states",
                    "aspect": aspect,
                    # A voice that only relays another is drawn apart from the independent ones.
                    "relayed": sid not in independent,
                }
            )
    for g in (*comparison.conflicts, *comparison.accords) if not comparison.pairs else ():
        edges.append(
            {
                "id": g.id,
                "source": g.positions[0],
                "target": g.positions[1],
                "kind": g.kind.value,
                "strength": g.strength.value if g.strength else "",
                "aspect": g.aspect.value,
                "label": f"{STYLE[g.kind].symbol} {g.aspect.value}",
            }
        )
    for rel in comparison.relations:
        a, b = rel.sources
        edges.append(
            {
                "id": rel.id,
                "source": a,
                "target": rel.missing_in or b,
                "kind": rel.kind.value,
                "strength": rel.strength.value if rel.strength else "",
                "aspect": rel.aspect.value,
                "label": f"{STYLE[rel.kind].symbol} {rel.aspect.value}",
            }
        )
    # The view the page opens on: voices only, one edge per pair of voices and kind.
    pairs = [
        {
            "id": f"pair{i}",  # not "p1": a position's id once the pairs are folded
            "source": e.source,
            "target": e.target,
            "kind": e.kind.value,
            "pair": True,
            "weight": e.weight,
            "aspects": list(e.aspects),
            "relations": list(e.relations),
            "label": STYLE[e.kind].symbol
            + (f" ×{e.weight}" if e.weight > 1 else "")
            + " "
            + ", ".join(e.aspects),
        }
        for i, e in enumerate(voice_edges(comparison), 1)
    ]
    return {"nodes": nodes, "edges": edges, "pairs": pairs}


def page_data(comparison: Comparison, items: list[_Gathered] | None = None) -> dict[str, Any]:
    """What the page's script renders: the JSON report, and the views computed from it
    (``items``: the comparison's ``_gathered``, when the caller has it already)."""
    if items is None:
        items = _gathered(comparison)
    case = comparison.case
    _, pin = cytoscape()
    hard = comparison.hard_contradictions()
    return {
        "format": PAGE_FORMAT,
        "title": case.title,
        "reference_date": case.reference_date.isoformat() if case.reference_date else None,
        "counts": {
            "documents": len(case.documents),
            "voices": len(comparison.sources),
            "statements": len(comparison.statements),
            "claims": len(comparison.claims),
            "single_sourced": sum(1 for c in comparison.claims if len(c.independent) == 1),
            "hard": hard,
            **comparison.summary(),
        },
        "kinds": kinds_record(),
        "relations": [_relation(comparison, r) for r in comparison.relations]
        + [_gathered_record(comparison, g) for g in items],
        "conflicts": _conflicts(comparison),
        "matrix": _matrix(comparison, items),
        "documents": _documents(comparison, items),
        "claims": [
            {
                "id": c.id,
                "aspect": c.aspect.value,
                "label": c.label,
                "voices": [comparison.source(s).name for s in c.sources],
                "independent": len(c.independent),
                "single": len(c.independent) == 1,
            }
            for c in comparison.claims
        ],
        "voices": [
            {
                "id": s.id,
                "name": s.name,
                "aliases": list(s.aliases),
                "documents": [comparison.document(d).path or d for d in s.documents],
            }
            for s in comparison.sources
        ],
        "not_compared": [
            {"id": st.id, "voice": comparison.source(st.source).name, "reason": why, "text": st.text}
            for st, why in (() if comparison.only_kinds else comparison.not_compared())
        ],
        "graph": _graph(comparison),
        "cytoscape": {"version": pin["version"], "license": pin.get("license", "MIT")},
        "report": comparison.to_record(),
    }


# ---------------------------------------------------------------------------
# The page without JavaScript: the same content as static HTML, inside <noscript>


def _static(comparison: Comparison, items: list[_Gathered]) -> str:
    """The report's content for a browser that runs no script: the counts, the conflicts, every
    relation with both sides' words, the statements not compared, the voices and the documents.
    The script, when it runs, draws the interactive page instead."""
    esc = html.escape

    def quote(q: Quote) -> str:
        before, match, after = q.window(QUOTE_WIDTH)
        voice = esc(comparison.source(q.source).name)
        return f"<b>{voice}</b>: {esc(before)}<mark>{esc(match)}</mark>{esc(after)}"

    def table(headers: tuple[str, ...], rows: list[list[str]]) -> str:
        head = "".join(f'<th scope="col">{esc(h)}</th>' for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'

    counts = comparison.summary()
    out = [
        '<div id="static">',
        f"<h1>{esc(comparison.case.title or 'claimdiff report')}</h1>",
        "<p>"
        + esc(", ".join(f"{counts[k.value]} {k.value}" for k in KIND_ORDER if comparison.shows(k)))
        + "</p>",
    ]
    held = {p.id: p for p in comparison.positions}
    if comparison.conflicts:
        rows = []
        for c in comparison.conflicts:
            sides_ = [
                f"{'not ' if held[pid].denied else ''}<b>{esc(held[pid].label)}</b> ("
                + esc(", ".join(comparison.source(v).name for v in voices))
                + ")"
                for pid, voices in zip(c.positions, c.sides, strict=True)
            ]
            rows.append(
                [
                    esc(c.id),
                    esc(c.aspect.value),
                    *sides_,
                    esc(f"{c.detail} ({gathered(c, comparison.pairs)})"),
                ]
            )
        out += [
            "<section><h2>Conflicts</h2>",
            table(("id", "aspect", "one side", "other side", "why"), rows),
            "</section>",
        ]
    # Folded pairs: the accords and shared positions, one row each (the conflicts are above).
    folded = [g for g in items if g.kind is not RelationKind.CONTRADICTION]
    for kind in KIND_ORDER:
        rels = [r for r in comparison.relations if r.kind is kind]
        mine = [g for g in folded if g.kind is kind]
        if not rels and not mine:
            continue
        rows = []
        for g in mine:
            a_side, b_side = (tuple(evidence_quote(comparison, ev) for ev in side) for side in g.sides)
            rows.append(
                [
                    esc(g.id),
                    esc(g.kind.value),
                    esc(g.aspect.value),
                    "<br>".join(quote(q) for q in a_side),
                    "<br>".join(quote(q) for q in b_side),
                    esc(g.detail),
                ]
            )
        for rel in rels:
            a_side, b_side = sides(comparison, rel)
            missing = (
                f"<b>{esc(comparison.source(rel.missing_in).name)}</b>: says nothing of it"
                if rel.missing_in
                else ""
            )
            rows.append(
                [
                    esc(rel.id),
                    esc(relation_label(rel)),
                    esc(rel.aspect.value),
                    "<br>".join(quote(q) for q in a_side),
                    "<br>".join(quote(q) for q in b_side) or missing,
                    esc(rel.detail),
                ]
            )
        body = table(("id", "kind", "aspect", "one side", "the other side", "why"), rows)
        n = counts[kind.value]  # between voices, folded or not
        if STYLE[kind].folded:  # agreements fold, as on the drawn page: the conflicts lead
            body = f"<details><summary>Show {len(rows)} {esc(kind.value)} rows</summary>{body}</details>"
        out += [f"<section><h2>{esc(STYLE[kind].heading)} ({n})</h2>", body, "</section>"]
    left = () if comparison.only_kinds else comparison.not_compared()
    if left:
        rows = [
            [esc(st.id), esc(comparison.source(st.source).name), esc(why), esc(st.text)] for st, why in left
        ]
        out += [
            f"<section><h2>Not compared ({len(left)} of {len(comparison.statements)} statements)</h2>",
            table(("id", "voice", "why", "statement"), rows),
            "</section>",
        ]
    rows = [
        [esc(src.id), esc(src.name), esc(", ".join(src.aliases)), esc(", ".join(src.documents))]
        for src in comparison.sources
    ]
    out += [
        "<section><h2>Voices</h2>",
        table(("id", "voice", "also called", "documents"), rows),
        "</section>",
    ]
    out += ["<section><h2>Documents</h2>"]
    for doc in comparison.case.documents:
        cited = ", ".join(v for v in (doc.outlet, doc.published) if v)
        link = (
            f' · <a href="{esc(doc.link)}" rel="noopener noreferrer nofollow">{esc(doc.link)}</a>'
            if doc.link
            else ""
        )
        out += [
            f'<article class="doc"><h3>{esc(doc.title or doc.path or doc.id)}</h3>',
            f'<p class="path">{esc(cited)}{link}</p>' if cited or link else "",
            f'<div class="doctext">{esc(doc.text)}</div></article>',
        ]
    out += ["</section>", "</div>"]
    return "".join(out)


# ---------------------------------------------------------------------------
# The page


def csp(scripts: list[str], styles: list[str]) -> str:
    """No network, no plugins, no forms; only these inline scripts and styles run."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(csp_hash(s) for s in scripts),
            "style-src " + " ".join(csp_hash(s) for s in styles),
            "img-src data:",
            "connect-src 'none'",
            "font-src 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


class HtmlReporter:
    name = "html"
    media_type = "text/html"
    suffix = ".html"

    def render(self, comparison: Comparison, options: RenderOptions) -> str:
        del options
        library, pin = cytoscape()
        app = _asset("report.js")
        style = _asset("report.css") + kinds_css()
        items = _gathered(comparison)  # once for the drawn page and the page without script
        data = script_json(page_data(comparison, items))
        title = comparison.case.title or "claimdiff report"
        policy = csp([library, app], [style])
        # Built from fixed pieces: only the title (escaped) and the JSON (escaped) come from input.
        return "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en">',
                "<head>",
                '<meta charset="utf-8">',
                f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                '<meta name="color-scheme" content="light dark">',
                '<meta name="referrer" content="no-referrer">',
                '<meta name="generator" content="claimdiff">',
                # An empty data: icon, or the browser asks the network for /favicon.ico.
                '<link rel="icon" href="data:,">',
                f"<title>{html.escape(title)} · claimdiff</title>",
                f'<style id="{CYTOSCAPE_STYLE_ID}">{style}</style>',
                "</head>",
                "<body>",
                '<noscript><p class="noscript">JavaScript is off: here is the report without its '
                "interactions (the graph, the side-by-side view). The data is also in the page source as "
                "JSON (element #data).</p>",
                _static(comparison, items),
                "</noscript>",
                '<div id="app"></div>',
                f'<script type="application/json" id="data">{data}</script>',
                f"<!-- Cytoscape.js {html.escape(pin['version'])}, MIT licence (header below), "
                "vendored from npm: claimdiff/data/vendor/ -->",
                f'<script id="cytoscape">{library}</script>',
                f'<script id="app-script">{app}</script>',
                "</body>",
                "</html>",
                "",
            ]
        )
