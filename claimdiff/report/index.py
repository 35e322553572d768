"""The index page of an HTML batch (``OUTDIR/index.html``): every case with its counts, a link to
its report, or its error. Static HTML, no script: it reads the same in any browser, with
JavaScript off, and on a phone (the table scrolls sideways inside its box)."""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import quote

from claimdiff.kinds import KIND_ORDER
from claimdiff.report.html import csp_hash

_STYLE = """\
:root { color-scheme: light dark; --fg: #1b1d21; --bg: #fff; --muted: #5b6169; --line: #cfd4da; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e8eb; --bg: #15171b; --muted: #a3a9b1; --line: #3b4049; }
}
html { background: var(--bg); color: var(--fg); }
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem; }
.meta { color: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.failed td { color: #b3261e; }
a { color: inherit; }
"""


def render_index(record: dict[str, Any], title: str = "claimdiff batch") -> str:
    """The page for a ``claimdiff.batch/1`` summary record."""
    esc = html.escape
    kinds = [k.value for k in KIND_ORDER]
    head = "".join(f"<th>{esc(h)}</th>" for h in ("case", "status", "voices", "statements", *kinds, "error"))
    rows = []
    for case in record["cases"]:
        slug = esc(case["slug"])
        if case["ok"]:
            # The report's path, from this page's folder, written as a relative URL.
            name = f'<a href="{esc(quote(case["report"]))}">{slug}</a>'
            rel = case["relations"]
            counts = [
                f"{rel[k]} ({case['hard_contradictions']} hard)"
                if k == "contradiction" and rel[k]
                else str(rel[k])
                for k in kinds
            ]
            cells = [name, "ok", str(case["voices"]), str(case["statements"]), *counts, ""]
            css = ""
        else:
            cells = [slug, "FAILED", "", "", *([""] * len(kinds)), esc(case["error"])]
            css = ' class="failed"'
        tds = "".join(
            f'<td class="n">{c}</td>' if 2 <= i < 4 + len(kinds) else f"<td>{c}</td>"
            for i, c in enumerate(cells)
        )
        rows.append(f"<tr{css}>{tds}</tr>")
    totals = record["totals"]
    summary = (
        f"{totals['cases']} cases: {totals['ok']} ok, {totals['failed']} failed; "
        + ", ".join(f"{totals['relations'][k]} {k}" for k in kinds)
        + f" ({totals['hard_contradictions']} hard contradictions)"
    )
    style = _STYLE
    # No script at all, no network: only this style sheet.
    policy = (
        f"default-src 'none'; style-src {csp_hash(style)}; img-src data:; base-uri 'none'; form-action 'none'"
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            '<link rel="icon" href="data:,">',
            f"<title>{esc(title)}</title>",
            f"<style>{style}</style>",
            "</head>",
            "<body>",
            f"<h1>{esc(title)}</h1>",
            f'<p class="meta">{esc(record["dataset"])} · {esc(summary)}</p>',
            f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>',
            *rows,
            "</tbody></table></div>",
            "</body>",
            "</html>",
            "",
        ]
    )
