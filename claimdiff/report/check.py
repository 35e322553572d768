"""Text output of `claimdiff check`: per-case outcomes, then scores per relation kind."""

from __future__ import annotations

from claimdiff.report.base import CheckOptions, terminal_safe
from claimdiff.results import CheckReport, Scores

_GREEN, _RED, _YELLOW, _RESET = "\x1b[32m", "\x1b[31m", "\x1b[33m", "\x1b[0m"


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def score_table(scores: Scores, title: str) -> str:
    from tabulate import tabulate

    rows = [[k, _fmt(p), _fmt(r), _fmt(f), pred, gold] for k, p, r, f, pred, gold in scores.rows]
    return f"{title}\n" + tabulate(
        rows, headers=["kind", "precision", "recall", "F1", "reported", "expected"], tablefmt="simple"
    )


def render_check(report: CheckReport, options: CheckOptions | None = None) -> str:
    """Each case with its unmet (with ``verbose``, also met) expectations, then the scores."""
    options = options or CheckOptions()
    verbose = options.verbose

    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if options.color else text

    out = []
    regressions = report.regressions
    for res in report.results:
        met = sum(1 for o in res.outcomes if o.met)
        status = paint("ok", _GREEN) if res.ok else paint("FAIL", _RED)
        tag = " [held-out]" if res.heldout else ""
        claims = res.comparison.claims
        single = sum(1 for c in claims if len(c.independent) == 1)
        # Slugs, voices and details come from the cases: shown, never obeyed, by the terminal.
        safe = terminal_safe
        out.append(
            f"{safe(res.slug)}{tag}: {status} ({met}/{len(res.outcomes)} expectations met; "
            f"{len(claims)} claims, {single} single-sourced)"
        )
        for o in res.outcomes:
            if o.met and not verbose:
                continue
            mark = paint("  met  ", _GREEN) if o.met else paint("  UNMET", _RED)
            out.append(f"{mark} {safe(o.describe())} -- {safe(o.why)}")
        for rel in res.unexpected:
            names = " vs ".join(res.comparison.source(s).name for s in rel.sources)
            strength = rel.strength.value if rel.strength else ""
            out.append(
                f"{paint('  unexpected', _YELLOW)} {rel.id} contradiction ({strength}) "
                f"{rel.aspect.value}: {safe(names)} -- {safe(rel.detail)}"
            )
    if regressions:
        out.append("")
        out.append(paint(f"Worse than the baseline ({len(regressions)}):", _RED))
        out.extend(f"  {terminal_safe(reg.slug)}: {terminal_safe(reg.what)}" for reg in regressions)
    out.append("")
    out.append(score_table(report.scores, f"All cases ({len(report.results)})"))
    if report.heldout_scores is not None:
        out.append("")
        out.append(score_table(report.heldout_scores, f"Held-out cases ({len(report.heldout)})"))
    for language, all_scores, held_scores in report.by_language:
        cases = report.in_language(language)
        out.append("")
        out.append(score_table(all_scores, f"Cases in {language} ({len(cases)})"))
        if held_scores is not None:
            held = sum(r.heldout for r in cases)
            out.append("")
            out.append(score_table(held_scores, f"Held-out cases in {language} ({held})"))
    return "\n".join(out) + "\n"


class TextCheckReporter:
    name = "text"
    media_type = "text/plain"
    suffix = ".txt"

    def render(self, report: CheckReport, options: CheckOptions) -> str:
        return render_check(report, options)
