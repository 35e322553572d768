"""The terminal table: contradictions as conflicts between positions (one row per conflict, every
voice on each side), the other relations one row each, grouped by kind, the statements compared
with nothing, then a one-line summary."""

from __future__ import annotations

from dataclasses import dataclass

from claimdiff.kinds import KIND_ORDER, STYLE
from claimdiff.model import Comparison, Conflict, Relation, RelationKind
from claimdiff.report.base import (
    RenderOptions,
    counted,
    gathered,
    pair_counts,
    side_names,
    terminal_safe,
    terminal_safe_rows,
)

_RESET = "\x1b[0m"


def _quote(comparison: Comparison, rel: Relation, source: str, width: int) -> str:
    """The voice's words around the value, so the table shows what was said, not a sentence start."""
    for value in rel.values:
        if value.source == source:
            return excerpt(comparison, value.statement, value.span, width)
    return "—" if rel.kind is RelationKind.OMISSION else ""


def excerpt(comparison: Comparison, statement_id: str, span: tuple[int, int], width: int) -> str:
    st = comparison.statement(statement_id)
    text = " ".join(st.text.split())
    if len(text) <= width:
        return text
    # Centre the window on the value, measured in the statement's own offsets.
    raw = st.text
    start = max(0, span[0] - st.span[0])
    before = " ".join(raw[:start].split())
    lo = max(0, len(before) - width // 3)
    if lo:
        lo = text.find(" ", lo) + 1 or lo  # start on a word
    hi = min(len(text), lo + width - 2)
    if hi < len(text):
        hi = text.rfind(" ", lo, hi) if text.rfind(" ", lo, hi) > lo else hi  # end on a word
    return ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


def summary_line(comparison: Comparison) -> str:
    counts = comparison.summary()
    hard = comparison.hard_contradictions()
    parts = [
        counted(counts[k.value], k.value) + (f" ({hard} hard)" if k is RelationKind.CONTRADICTION else "")
        for k in KIND_ORDER
        if comparison.shows(k)
    ]
    single = sum(1 for c in comparison.claims if len(c.independent) == 1)
    only = " (only these kinds shown)" if comparison.only_kinds else ""
    return (
        f"{counted(len(comparison.sources), 'voice')}, {counted(len(comparison.statements), 'statement')}, "
        f"{counted(len(comparison.claims), 'claim')} ({single} single-sourced): " + ", ".join(parts) + only
    )


class TableReporter:
    name = "table"
    media_type = "text/plain"
    suffix = ".txt"

    def render(self, comparison: Comparison, options: RenderOptions) -> str:
        quote_width = 36
        out: list[str | _Section] = []
        title = comparison.case.title
        if title:
            out.append(terminal_safe(title))
        for kind in KIND_ORDER:
            rels = [r for r in comparison.relations if r.kind is kind]
            heading = f"{kind.value.upper()} ({len(rels)})"
            if options.color:
                heading = f"{STYLE[kind].ansi}{heading}{_RESET}"
            if kind is RelationKind.CONTRADICTION and comparison.conflicts:
                out.extend(_conflicts(comparison, options, quote_width))
                placed = {r for c in comparison.conflicts for r in c.relations}
                rels = [r for r in rels if r.id not in placed]  # any the positions could not place
            if kind is RelationKind.AGREEMENT and not comparison.pairs:
                out.extend(_accords(comparison, options, quote_width))
            if not rels:
                continue
            rows = []
            for r in rels:
                a, b = r.sources
                label = r.kind.value + (f" ({r.strength.value})" if r.strength else "")
                rows.append(
                    [
                        r.id,
                        label,
                        r.aspect.value,
                        comparison.source(a).name,
                        _quote(comparison, r, a, quote_width * 2),
                        comparison.source(b).name,
                        _quote(comparison, r, b, quote_width)
                        if a != b
                        else _quote_last(comparison, r, quote_width),
                        r.detail,
                    ]
                )
            out.append("")
            out.append(heading)
            out.append(
                _Section(
                    ("id", "kind", "aspect", "voice A", "A says", "voice B", "B says", "why"),
                    rows,
                    (None, None, None, 18, quote_width, 18, quote_width, quote_width),
                )
            )
        if not any(comparison.summary().values()):
            kinds = " or ".join(k.value for k in comparison.only_kinds) or "relations"
            out.append(f"No {kinds} found between the voices.")
        if comparison.pairs:  # counted from the pairs, which a folded report does not list
            out.extend(_by_pair(comparison))
        if not comparison.only_kinds:
            out.extend(_not_compared(comparison, options, quote_width))
        out.append("")
        out.append(summary_line(comparison))
        return "\n".join(_layout(out, options)) + "\n"


@dataclass(frozen=True, slots=True)
class _Section:
    """One table of the report, laid out at the end: side by side when it fits the width, else
    one block per row."""

    headers: tuple[str, ...]
    rows: list[list[str]]
    widths: tuple[int | None, ...]


def _layout(out: list[str | _Section], options: RenderOptions) -> list[str]:
    """The report's lines: each table as columns, unless a terminal of ``options.width``
    columns is too narrow for one of them; then every table as blocks that wrap to it."""
    from tabulate import tabulate

    tables = {
        i: tabulate(
            terminal_safe_rows(item.rows),
            headers=list(item.headers),
            tablefmt=options.table_format,
            maxcolwidths=list(item.widths),
        )
        for i, item in enumerate(out)
        if isinstance(item, _Section)
    }
    width = options.width
    narrow = width is not None and any(len(line) > width for t in tables.values() for line in t.split("\n"))
    import textwrap

    lines = []
    for i, item in enumerate(out):
        if not isinstance(item, _Section):
            # A heading or the summary line, wrapped on a terminal too narrow for it.
            lines.extend(
                textwrap.wrap(item, width) or [""] if width is not None and len(item) > width else [item]
            )
        elif narrow:
            assert width is not None
            lines.extend(_blocks(item, width))
        else:
            lines.append(tables[i])
    return lines


def _blocks(section: _Section, width: int) -> list[str]:
    """A table for a narrow terminal: its first three cells on one line, then each other cell
    under its header, wrapped."""
    import textwrap

    out: list[str] = []
    for row in terminal_safe_rows(section.rows):
        cells = [" ".join(str(c).split()) for c in row]
        out.append(
            textwrap.fill(" · ".join(c for c in cells[:3] if c), width=width, subsequent_indent="    ")
        )
        for header, cell in zip(section.headers[3:], cells[3:], strict=True):
            if cell:
                out.append(
                    textwrap.fill(
                        cell, width=width, initial_indent=f"  {header}: ", subsequent_indent="      "
                    )
                )
    return out


def _by_pair(comparison: Comparison) -> list[str | _Section]:
    """Counts per pair of voices, when there is more than one pair: who is at odds with whom."""
    pairs = pair_counts(comparison)
    if len(pairs) < 2:
        return []
    shown = [k for k in KIND_ORDER if comparison.shows(k)]
    rows = [[a, b, *(str(kinds[k]) for k in shown)] for a, b, kinds in pairs]
    headers = ("voice A", "voice B", *(f"{k.value}s" for k in shown))
    return ["", f"BY VOICE PAIR ({len(pairs)})", _Section(headers, rows, (24, 24, *(None,) * len(shown)))]


def _not_compared(comparison: Comparison, options: RenderOptions, quote_width: int) -> list[str | _Section]:
    """The statements compared with nothing, and why, so "no conflict" is not read where the
    tool understood nothing."""
    left = comparison.not_compared()
    if not left:
        return []
    heading = f"NOT COMPARED ({len(left)} of {counted(len(comparison.statements), 'statement')})"
    rows = [
        [st.id, comparison.source(st.source).name, why, excerpt(comparison, st.id, st.span, quote_width * 2)]
        for st, why in left
    ]
    del options
    return [
        "",
        heading,
        _Section(("id", "voice", "why", "statement"), rows, (None, 18, None, quote_width * 2)),
    ]


def _conflicts(comparison: Comparison, options: RenderOptions, quote_width: int) -> list[str | _Section]:
    """One row per conflict: each side's voices, and the first voice's words on each side."""
    pairs = sum(len(c.relations) for c in comparison.conflicts)
    heading = f"CONTRADICTION ({len(comparison.conflicts)} between positions, {pairs} between voices)"
    if options.color:
        heading = f"{STYLE[RelationKind.CONTRADICTION].ansi}{heading}{_RESET}"
    rows = []
    for c in comparison.conflicts:
        label = "contradiction" + (f" ({c.strength.value})" if c.strength else "")
        rows.append(
            _sides_row(comparison, c, label, f"{c.detail} ({gathered(c, comparison.pairs)})", quote_width)
        )
    headers = ("id", "kind", "aspect", "side A", "A says", "side B", "B says", "why")
    return [
        "",
        heading,
        _Section(headers, rows, (None, None, None, 24, quote_width, 24, quote_width, quote_width)),
    ]


def _accords(comparison: Comparison, options: RenderOptions, quote_width: int) -> list[str | _Section]:
    """Once the pairs are folded: one row per accord (two positions that agree) and per
    position several voices hold, with every voice on each side."""
    held = [p for p in comparison.positions if p.shared and p.value]
    if not comparison.accords and not held:
        return []
    rows = [
        _sides_row(comparison, a, "agreement", f"{a.detail} ({gathered(a, False)})", quote_width)
        for a in comparison.accords
    ]
    for p in held:
        assert p.value is not None
        names = side_names([comparison.source(s).name for s in p.sources])
        words = excerpt(comparison, p.value.statement, p.value.span, quote_width)
        why = f"{len(p.sources)} voices hold {p.label} ({gathered(p, False)})"
        rows.append([p.id, "agreement", p.aspect.value, names, words, "", "", why])
    pairs = sum(len(x.relations) for x in (*comparison.accords, *held))
    heading = f"AGREEMENT ({accords_heading(len(comparison.accords), len(held), pairs)})"
    if options.color:
        heading = f"{STYLE[RelationKind.AGREEMENT].ansi}{heading}{_RESET}"
    headers = ("id", "kind", "aspect", "side A", "A says", "side B", "B says", "why")
    return [
        "",
        heading,
        _Section(headers, rows, (None, None, None, 24, quote_width, 24, quote_width, quote_width)),
    ]


def accords_heading(accords: int, held: int, pairs: int) -> str:
    """ "1 between positions, 5 positions held by several voices, 17 between voices"."""
    several = f"{counted(held, 'position')} held by several voices"
    return f"{accords} between positions, {several}, {pairs} between voices"


def _sides_row(comparison: Comparison, c: Conflict, label: str, why: str, quote_width: int) -> list[str]:
    names = [side_names([comparison.source(s).name for s in side]) for side in c.sides]
    words = [excerpt(comparison, v.statement, v.span, quote_width) for v in c.values]
    return [c.id, label, c.aspect.value, names[0], words[0], names[1], words[1], why]


def _quote_last(comparison: Comparison, rel: Relation, width: int) -> str:
    value = rel.values[-1]
    return excerpt(comparison, value.statement, value.span, width)
