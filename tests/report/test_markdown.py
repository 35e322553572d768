"""The Markdown report: its sections, and that no account can inject markup into it."""

from __future__ import annotations

import re

import pytest

from claimdiff.graph import to_mermaid
from claimdiff.model import Comparison, RelationKind
from claimdiff.report import render
from claimdiff.report.base import RenderOptions, counted
from claimdiff.report.markdown import md

from .cases import empty, hostile, moura, xss_accounts

# The only HTML the report writes itself: GitHub's folding of the agreements.
OWN_HTML = {"<details>", "</details>", "<summary>", "</summary>"}


def _assert_tables_whole(tokens) -> None:  # type: ignore[no-untyped-def]
    """Tables keep their shape: every row has as many cells as its header."""
    for table_open in (i for i, t in enumerate(tokens) if t.type == "table_open"):
        widths, row = set(), 0
        for token in tokens[table_open:]:
            if token.type == "table_close":
                break
            if token.type == "tr_open":
                row = 0
            elif token.type in ("th_open", "td_open"):
                row += 1
            elif token.type == "tr_close":
                widths.add(row)
        assert len(widths) == 1, widths


def _parse(text: str):  # type: ignore[no-untyped-def]
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py parses the report as CommonMark")
    return markdown_it.MarkdownIt("commonmark").enable("table").parse(text)


def _walk(tokens):  # type: ignore[no-untyped-def]
    for token in tokens:
        yield token
        yield from _walk(token.children or [])


def test_moura_has_every_section_relation_and_claim() -> None:
    comparison = moura()
    text = render("markdown", comparison)
    assert text.startswith("# Moura, March 2022\n")
    counts = comparison.summary()
    assert (
        f"| {counts['contradiction']} (2 hard) | {counts['omission']} | 0 | {counts['agreement']} |" in text
    )
    for heading in ("## Summary", "## Contradictions (2)", "## Omissions (1)", "## Agreements (17)"):
        assert heading in text
    assert "## Revisions" not in text  # no empty sections
    for rel in comparison.relations:
        assert f"**{rel.id}** · {rel.aspect.value} · " in text
    single = [c for c in comparison.claims if len(c.independent) == 1]
    assert text.count("⚠️ single-sourced") == len(single)
    for claim in comparison.claims:
        assert f"| {claim.id} | {claim.aspect.value} | " in text


def test_each_relation_shows_both_quotes_voices_and_reason() -> None:
    comparison = moura()
    text = render("markdown", comparison)
    r1 = text.split("**r1**", 1)[1].split("**r2**", 1)[0]
    assert "| French Foreign Ministry | " in r1 and "**civilians**" in r1
    assert "| Malian army | " in r1 and "**terrorist**" in r1
    assert "cannot both be true" in r1
    omission = text.split("## Omissions", 1)[1].split("## Agreements", 1)[0]
    assert "left out by Malian army" in omission
    assert "| Malian army | *(says nothing of it)* |" in omission
    for voice in ("French Foreign Ministry", "United States", "local residents"):
        assert f"| {voice} | " in omission


def test_mermaid_block_is_the_graph_in_colour_blind_safe_colours() -> None:
    comparison = moura()
    text = render("markdown", comparison)
    block = text.split("```mermaid\n", 1)[1].split("\n```\n", 1)[0]
    ours = to_mermaid(comparison).rstrip("\n").split("\n")
    got = block.split("\n")
    assert len(got) == len(ours)
    assert [line for line in got if "linkStyle" not in line] == [
        line for line in ours if "linkStyle" not in line
    ]
    assert "#D55E00" in block and "#009E73" in block and "#d73027" not in block


def test_agreements_are_folded_for_a_short_comment() -> None:
    text = render("markdown", moura())
    folded = text.split("<details>", 1)[1].split("</details>", 1)[0]
    assert "**r4**" in folded and "**r1**" not in folded


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a | b", "a \\| b"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("`code` *em* _em_ ~~s~~", "\\`code\\` \\*em\\* \\_em\\_ \\~\\~s\\~\\~"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("line\nbreak\r\u2028end", "line break end"),
        ("@octocat and #12", "@\u200boctocat and \\#\u200b12"),
        ("$x$ & \\", "\\$x\\$ &amp; \\\\"),
        ("\x1b[31mred\u202e", "\ufffd\\[31mred\ufffd"),
    ],
)
def test_md_escapes(raw: str, expected: str) -> None:
    assert md(raw) == expected


@pytest.mark.parametrize(
    "make", [moura, xss_accounts, hostile, empty], ids=["moura", "xss-accounts", "hostile", "empty"]
)
def test_no_account_injects_markup(make) -> None:  # type: ignore[no-untyped-def]
    comparison: Comparison = make()
    text = render("markdown", comparison)
    tokens = list(_walk(_parse(text)))
    html = {t.content.strip() for t in tokens if t.type in ("html_inline", "html_block")}
    folded = f"<details>\n<summary>Show {counted(comparison.summary()['agreement'], 'agreement')}</summary>"
    left = f"<details>\n<summary>Show {counted(len(comparison.not_compared()), 'statement')}</summary>"
    assert html <= OWN_HTML | {folded, left}, html
    assert not [t for t in tokens if t.type in ("link_open", "image", "code_inline")]
    fences = [t for t in tokens if t.type == "fence"]
    assert [f.info for f in fences] == ["mermaid"]
    assert fences[0].content.count("\n") == to_mermaid(comparison).count("\n")
    _assert_tables_whole(tokens)


def test_hostile_text_reads_as_written() -> None:
    text = render("markdown", hostile())
    assert "<script" not in text and "<img" not in text and "<b>" not in text and "<!--" not in text
    assert "@octocat" not in text.split("````mermaid", 1)[0]  # no one is pinged
    plain = "".join(t.content for t in _walk(_parse(text)) if t.type == "text")
    assert "<script>alert(1)</script>" in plain
    assert "12 `fighters` were killed in Tarvel & nobody else" in plain


@pytest.mark.parametrize(
    "make", [moura, xss_accounts, hostile, empty], ids=["moura", "xss-accounts", "hostile", "empty"]
)
def test_deterministic(make) -> None:  # type: ignore[no-untyped-def]
    comparison = make()
    assert render("markdown", comparison) == render("markdown", comparison)


def test_revision_sides_are_earlier_and_later() -> None:
    import claimdiff

    from .cases import ROOT

    comparison = claimdiff.compare([str(ROOT / "fixtures" / "hospital-blast")])
    assert any(r.kind is RelationKind.REVISION for r in comparison.relations)
    text = render("markdown", comparison)
    section = text.split("## Revisions", 1)[1].split("\n## ", 1)[0]
    assert re.search(r"\| .+ \(earlier\) \| .*\*\*", section)
    assert re.search(r"\| .+ \(later\) \| .*\*\*", section)


# ---------------------------------------------------------------------------
# GitHub's comment limit


def _many_voices():  # type: ignore[no-untyped-def]
    """Sixty invented voices each giving its own toll: thousands of relations, far past 65,536."""
    import claimdiff

    texts = [
        (f"Observer {i}", f"In all, {10 + 7 * i} people were killed in the blast in Harlow on Monday.")
        for i in range(60)
    ]
    return claimdiff.compare(texts)


def test_a_long_report_is_cut_to_the_comment_limit_saying_what_went() -> None:
    comparison = _many_voices()
    full = render("markdown", comparison, RenderOptions(markdown_limit=None))
    assert len(full) > 65_536
    text = render("markdown", comparison)
    assert len(text) <= 65_536
    (note,) = [line for line in text.splitlines() if line.startswith("> **Cut to fit a comment**")]
    assert "the graph" in note and "the claims" in note
    # The conflicts between positions outlast the pairs' details: one short row each.
    rows = [line for line in text.splitlines() if line.startswith("| x")]
    assert 0 < len(rows) < len(comparison.conflicts)
    assert [row.split(" ")[1] for row in rows] == [c.id for c in comparison.conflicts[: len(rows)]]
    # What is kept is the start of the whole report, the most severe relations first.
    assert text.split("> **Cut")[0] == full.split("## ")[0] + "## " + full.split("## ")[1]
    _assert_tables_whole(_parse(text))
    assert text.count("<details>") == text.count("</details>")


def test_a_report_under_the_limit_is_not_cut() -> None:
    comparison = moura()
    assert render("markdown", comparison) == render(
        "markdown", comparison, RenderOptions(markdown_limit=None)
    )
    assert "Cut to fit" not in render("markdown", comparison)


@pytest.mark.parametrize("limit", [12_000, 6_000, 1_500])
def test_cutting_drops_the_least_severe_first(limit: int) -> None:
    comparison = moura()
    text = render("markdown", comparison, RenderOptions(markdown_limit=limit))
    assert len(text) <= limit
    order = ["## Graph", "## Claims", "## Not compared", "## Voices", "## Agreement", "## Omission"]
    gone = [heading for heading in order if heading not in text]
    assert gone == order[: len(gone)]  # a heading goes only after every one cut before it
    if "## Contradiction" in text:  # its conflicts table goes last of all
        assert all(f"| {c.id} (" in text for c in comparison.conflicts)
