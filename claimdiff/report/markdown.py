"""The Markdown report (GitHub-flavoured), fit to paste as a pull-request comment.

Summary counts, a section per relation kind with both quotes, their voices and the reason,
the claims with single-sourced ones flagged, and the graph as a Mermaid block that GitHub
draws. The accounts are untrusted text: every piece of it is escaped so that it reads as the
words it is and can neither inject HTML, break a table, open a code block nor ping anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimdiff.kinds import KIND_ORDER, STYLE
from claimdiff.model import Comparison, Relation, RelationKind
from claimdiff.report.base import RenderOptions, counted, gathered, pair_counts, side_names
from claimdiff.report.evidence import Quote, relation_label, sides

QUOTE_WIDTH = 160

# graph.to_mermaid draws each kind with the table's arrow and colour.
_MERMAID_LEGEND = (
    "Lines: "
    + ", ".join(f"{k.value} {STYLE[k].mermaid_line} ({STYLE[k].color_name})" for k in RelationKind)
    + "."
)

# C0/C1 controls (ANSI escapes among them) and the bidirectional overrides that can make a
# quote read other than it is written.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Markdown punctuation that could start emphasis, code, links, images, headings, strikethrough,
# math, or end a table cell; CommonMark lets any ASCII punctuation be backslash-escaped.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~$])")
_MENTION = re.compile(r"([@#])(?=\w)")


def md(text: str) -> str:
    """Untrusted text as inert inline Markdown: one line, no HTML, no markup, no mentions."""
    text = _UNPRINTABLE.sub("\ufffd", text)
    text = re.sub(r"\s+", " ", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # NOTE: GitHub links "@name" and "#123" after Markdown is parsed, so escaping cannot stop a
    # pasted account from notifying someone; a zero-width space after the sign does.
    return _MENTION.sub("\\1\u200b", text)


def _count_cell(comparison: Comparison, kind: RelationKind) -> str:
    n = comparison.summary()[kind.value]
    if kind is RelationKind.CONTRADICTION and n:
        return f"{n} ({comparison.hard_contradictions()} hard)"
    return str(n)


def _quote(quote: Quote) -> str:
    before, match, after = quote.window(QUOTE_WIDTH)
    if not match.strip():
        return md(before + match + after)
    # Emphasis must hug the words: spaces go outside the asterisks.
    lead = " " if match[:1].isspace() else ""
    tail = " " if match[-1:].isspace() else ""
    return f"{md(before)}{lead}**{md(match.strip())}**{tail}{md(after)}"


def _cite(comparison: Comparison, quote: Quote) -> str:
    """Where the quote was published, when the case says: " · [Outlet, 2024-02-13](url)"."""
    doc = comparison.document(quote.document)
    if not doc.cited:
        return ""
    label = md(", ".join(v for v in (doc.outlet, doc.published) if v) or doc.path or doc.id)
    return f" · [{label}](<{doc.link}>)" if doc.link else f" · {label}"


def _relation(comparison: Comparison, rel: Relation) -> list[str]:
    a_quotes, b_quotes = sides(comparison, rel)

    def name(sid: str) -> str:
        return md(comparison.source(sid).name)

    head = f"**{rel.id}** · {rel.aspect.value} · {relation_label(rel)}"
    if rel.missing_in:
        head += f" · left out by {name(rel.missing_in)}"
    lines = [head, "", f"> {md(rel.detail)}", "", "| voice | says |", "|---|---|"]
    if rel.kind is RelationKind.REVISION:
        labels = ("earlier", "later")
        for label, quote in zip(labels, (*a_quotes, *b_quotes), strict=False):
            lines.append(f"| {name(quote.source)} ({label}) | {_quote(quote)}{_cite(comparison, quote)} |")
    else:
        for quote in (*a_quotes, *b_quotes):
            lines.append(f"| {name(quote.source)} | {_quote(quote)}{_cite(comparison, quote)} |")
    if rel.kind is RelationKind.OMISSION and rel.missing_in:
        lines.append(f"| {name(rel.missing_in)} | *(says nothing of it)* |")
    lines.append("")
    return lines


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in the text, so nothing inside closes it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _mermaid(comparison: Comparison) -> list[str]:
    from claimdiff.graph import to_mermaid

    text = to_mermaid(comparison)
    # Only "\n" separates Mermaid's lines; any other line break inside a label would start a
    # new Markdown (and Mermaid) line of the account's choosing.
    text = re.sub("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", " ", text)
    lines = text.rstrip("\n").split("\n")
    fence = _fence(text)
    return [f"{fence}mermaid", *lines, fence]


_CONFLICTS_HEAD = ("| conflict | aspect | one side | the other side | relations |", "|---|---|---|---|---|")
_ACCORDS_HEAD = ("| agreement | aspect | one side | the other side | relations |", "|---|---|---|---|---|")


@dataclass(slots=True)
class _Part:
    """A section of the report as blocks of lines (a relation each, for a kind's section; the
    contradictions' conflicts table as rows), so that it can be cut to fit a comment."""

    name: str
    blocks: list[list[str]]
    kind: RelationKind | None = None
    rows: list[str] = field(default_factory=list)  # the conflicts table's rows, before the relations
    table_head: tuple[str, ...] = ()
    count: int | None = None  # the heading's count, when not the blocks'
    row_name: str = "conflict"

    def __post_init__(self) -> None:
        self.blocks = [block for block in self.blocks if block]  # a section with nothing to show

    def lines(self, blocks: int, rows: int) -> list[str]:
        """The section with its first ``blocks`` blocks and ``rows`` conflict rows."""
        kept = self.blocks[:blocks]
        if self.kind is None:
            return [line for block in kept for line in block]
        if not kept and not rows:
            return []
        n = len(self.blocks) if self.count is None else self.count
        out = [f"## {STYLE[self.kind].heading} ({n})", ""]
        if rows:
            out += [*self.table_head, *self.rows[:rows], ""]
        body = [line for block in kept for line in block]
        if body and STYLE[self.kind].folded:
            # GitHub needs the blank lines around the Markdown inside <details>.
            n = counted(len(kept), self.kind.value)
            return [*out, "<details>", f"<summary>Show {n}</summary>", "", *body, "</details>", ""]
        return [*out, *body]


def _join(lines: list[str]) -> str:
    return "\n".join(lines).rstrip("\n") + "\n"


def _fit(head: list[str], kinds: list[_Part], tail: list[_Part], limit: int | None) -> str:
    """The report, cut to ``limit`` characters when it is longer (GitHub refuses a comment of
    more than 65,536): the graph goes first, then the claims, the counts by voice pair, the
    statements not compared, the documents, the voices, then relations from the last kind up
    (agreements before contradictions), each kind from its last relation, then the conflicts
    table from its last row; a note after the summary says what went. The cut is found by bisection over that
    order, so a report of any size is rendered a few times, not once per line cut."""
    parts = [*kinds, *tail]
    rank = ("graph", "claims", "voice pairs", "statements not compared", "documents", "voices")
    steps: list[tuple[int, str]] = [
        (parts.index(p), "all") for p in sorted(tail, key=lambda p: rank.index(p.name)) if p.blocks
    ]
    for part in reversed(kinds):
        i = parts.index(part)
        steps += [(i, "block")] * len(part.blocks) + [(i, "row")] * len(part.rows)

    def render(k: int) -> str:
        blocks = [len(p.blocks) for p in parts]
        rows = [len(p.rows) for p in parts]
        cut: dict[str, int] = {}
        for i, what in steps[:k]:
            part = parts[i]
            if what == "all":
                blocks[i] = 0
                cut[part.name] = 0  # a whole section: "the graph"
            elif what == "block":
                blocks[i] -= 1
                cut[part.name] = cut.get(part.name, 0) + 1
            else:
                rows[i] -= 1
                cut[part.row_name] = cut.get(part.row_name, 0) + 1
        note = _cut_note(cut, limit) if k else []
        body = (line for i, p in enumerate(parts) for line in p.lines(blocks[i], rows[i]))
        return _join([*head, *note, *body])

    full = render(0)
    if limit is None or len(full) <= limit:
        return full
    lo, hi = 1, len(steps)  # the fewest cuts that fit, assuming each cut shortens the report
    while lo < hi:
        mid = (lo + hi) // 2
        if len(render(mid)) <= limit:
            hi = mid
        else:
            lo = mid + 1
    return render(lo)


def _cut_note(cut: dict[str, int], limit: int) -> list[str]:
    went = ", ".join(counted(n, name) if n else f"the {name}" for name, n in cut.items())
    return [
        f"> **Cut to fit a comment** ({limit:,} characters at most): left out {went}. The JSON or HTML "
        "report holds everything (`claimdiff report ... -o report.html`).",
        "",
    ]


class MarkdownReporter:
    name = "markdown"
    media_type = "text/markdown"
    suffix = ".md"

    def render(self, comparison: Comparison, options: RenderOptions) -> str:
        case = comparison.case
        single = sum(1 for c in comparison.claims if len(c.independent) == 1)
        head = [f"# {md(case.title) if case.title else 'claimdiff report'}", ""]
        facts = [
            "*claimdiff report*",
            f"reference date {case.reference_date.isoformat()}" if case.reference_date else "",
            counted(len(case.documents), "document"),
            counted(len(comparison.sources), "voice"),
            counted(len(comparison.statements), "statement"),
            f"{counted(len(comparison.claims), 'claim')} ({single} single-sourced)",
        ]
        head += [" · ".join(f for f in facts if f), ""]

        head += ["## Summary", ""]
        shown = [k for k in KIND_ORDER if comparison.shows(k)]
        head.append("| " + " | ".join(STYLE[k].heading.lower() for k in shown) + " |")
        head.append("|" + "---:|" * len(shown))
        head.append("| " + " | ".join(_count_cell(comparison, k) for k in shown) + " |")
        head.append("")
        if comparison.only_kinds:
            head += ["Only these kinds are shown.", ""]
        counts = comparison.summary()
        if not any(counts.values()):
            kinds = " or ".join(k.value for k in comparison.only_kinds) or "relations"
            head += [f"No {kinds} found between the voices.", ""]

        kinds: list[_Part] = []
        for kind in KIND_ORDER:
            rels = [r for r in comparison.relations if r.kind is kind]
            blocks = [_relation(comparison, rel) for rel in rels]
            part = _Part(kind.value, blocks, kind=kind, count=counts[kind.value])
            if kind is RelationKind.CONTRADICTION and comparison.conflicts:
                part.table_head, part.rows = _CONFLICTS_HEAD, self._conflict_rows(comparison)
            if kind is RelationKind.AGREEMENT and not comparison.pairs:
                part.table_head, part.rows = _ACCORDS_HEAD, self._accord_rows(comparison)
                part.row_name = "agreement row"
            if part.blocks or part.rows:
                kinds.append(part)
        tail = [
            _Part("voice pairs", [self._pairs(comparison)] if comparison.pairs else []),
            _Part(
                "statements not compared",
                [self._not_compared(comparison)] if not comparison.only_kinds else [],
            ),
            _Part("voices", [self._voices(comparison)]),
            _Part("documents", [self._documents(comparison)]),
            _Part("claims", [self._claims(comparison, single)]),
            _Part("graph", [["## Graph", "", *_mermaid(comparison), "", _MERMAID_LEGEND, ""]]),
        ]
        return _fit(head, kinds, tail, options.markdown_limit)

    @staticmethod
    def _conflict_rows(comparison: Comparison) -> list[str]:
        """The sides first: one row per conflict between positions, every voice on each side."""
        held = {p.id: p for p in comparison.positions}

        def side(position: str, voices: tuple[str, ...]) -> str:
            p = held[position]
            names = side_names([md(comparison.source(v).name) for v in voices])
            return f"{'not ' if p.denied else ''}**{md(p.label)}** ({names})"

        out = []
        for c in comparison.conflicts:
            strength = f" ({c.strength.value})" if c.strength else ""
            out.append(
                f"| {c.id}{strength} | {c.aspect.value} | {side(c.positions[0], c.sides[0])} | "
                f"{side(c.positions[1], c.sides[1])} | {gathered(c, comparison.pairs)} |"
            )
        return out

    @staticmethod
    def _accord_rows(comparison: Comparison) -> list[str]:
        """Once the pairs are folded: each accord (two positions that agree) and each position
        several voices hold, every voice on each side."""
        held = {p.id: p for p in comparison.positions}

        def side(position: str, voices: tuple[str, ...]) -> str:
            p = held[position]
            names = side_names([md(comparison.source(v).name) for v in voices])
            return f"{'not ' if p.denied else ''}**{md(p.label)}** ({names})"

        out = [
            f"| {a.id} | {a.aspect.value} | {side(a.positions[0], a.sides[0])} | "
            f"{side(a.positions[1], a.sides[1])} | {gathered(a, False)} |"
            for a in comparison.accords
        ]
        out += [
            f"| {p.id} | {p.aspect.value} | {side(p.id, p.sources)} |  | {gathered(p, False)} |"
            for p in comparison.positions
            if p.shared
        ]
        return out

    @staticmethod
    def _pairs(comparison: Comparison) -> list[str]:
        """Counts per pair of voices, when there is more than one pair: who is at odds with whom."""
        pairs = pair_counts(comparison)
        if len(pairs) < 2:
            return []
        shown = [k for k in KIND_ORDER if comparison.shows(k)]
        out = [
            f"## By voice pair ({len(pairs)})",
            "",
            "| voice | voice | " + " | ".join(STYLE[k].heading.lower() for k in shown) + " |",
            "|---|---|" + "---:|" * len(shown),
        ]
        out += [f"| {md(a)} | {md(b)} | " + " | ".join(str(n[k]) for k in shown) + " |" for a, b, n in pairs]
        return [*out, ""]

    @staticmethod
    def _not_compared(comparison: Comparison) -> list[str]:
        """The statements compared with nothing, folded: "no conflict" is not "not understood"."""
        left = comparison.not_compared()
        if not left:
            return []
        out = [
            f"## Not compared ({len(left)} of {counted(len(comparison.statements), 'statement')})",
            "",
            "No claim rests on these: they hold no figure, date, place, actor, victim or cause the tool "
            "reads, or they were set aside (another incident, an outlet's own narration, a headline).",
            "",
            "<details>",
            f"<summary>Show {counted(len(left), 'statement')}</summary>",
            "",
            "| id | voice | why | statement |",
            "|---|---|---|---|",
        ]
        for st, why in left:
            text = " ".join(st.text.split())
            out.append(f"| {st.id} | {md(comparison.source(st.source).name)} | {why} | {md(text)} |")
        return [*out, "", "</details>", ""]

    @staticmethod
    def _documents(comparison: Comparison) -> list[str]:
        """Where and when each document was published, when the case says it of any."""
        docs = comparison.case.documents
        if not any(d.cited for d in docs):
            return []
        out = ["## Documents", "", "| id | document | outlet | published | link |", "|---|---|---|---|---|"]
        for d in docs:
            link = f"<{d.link}>" if d.link else ""
            cells = (md(d.title or d.path or d.id), md(d.outlet or ""), md(d.published or ""), link)
            out.append(f"| {d.id} | " + " | ".join(cells) + " |")
        return [*out, ""]

    @staticmethod
    def _voices(comparison: Comparison) -> list[str]:
        out = ["## Voices", "", "| id | voice | also called | documents |", "|---|---|---|---|"]
        for src in comparison.sources:
            docs = ", ".join(md(comparison.document(d).path or d) for d in src.documents)
            aliases = ", ".join(md(a) for a in src.aliases)
            out.append(f"| {src.id} | {md(src.name)} | {aliases} | {docs} |")
        return [*out, ""]

    @staticmethod
    def _claims(comparison: Comparison, single: int) -> list[str]:
        if not comparison.claims:
            return []
        out = [
            f"## Claims ({len(comparison.claims)}, {single} single-sourced)",
            "",
            "A claim stated by one independent voice only (however many outlets relay it) is flagged.",
            "",
            "| id | aspect | claim | voices | independent | |",
            "|---|---|---|---|---:|---|",
        ]
        for claim in comparison.claims:
            voices = ", ".join(md(comparison.source(s).name) for s in claim.sources)
            flag = "⚠️ single-sourced" if len(claim.independent) == 1 else ""
            out.append(
                f"| {claim.id} | {claim.aspect.value} | {md(claim.label)} | {voices} | "
                f"{len(claim.independent)} | {flag} |"
            )
        return [*out, ""]
