"""Developer tools: regenerate golden files, and show what the pipeline read.

python -m claimdiff.devtools regen [--case SLUG]
python -m claimdiff.devtools explain PATH...
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

# The repository's fixtures, wherever the package is installed: run from the top folder.
FIXTURES = Path("fixtures")
GOLDEN = ("json", "markdown", "csv")
REGEN_CASES = ("moura", "moura-article")


def stamp(text: str) -> str:
    """The content hash a golden file carries, so a hand edit is caught."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def golden_path(case_dir: Path, fmt: str) -> Path:
    return case_dir / "expected" / f"report.{fmt}"


def render_golden(case_dir: Path, fmt: str) -> str:
    from claimdiff.ingest import load_manifest
    from claimdiff.pipeline import compare_case
    from claimdiff.report import render

    case = load_manifest(case_dir)
    return render(fmt, compare_case(case))


def regen(slug: str | None = None, fixtures: Path = FIXTURES) -> list[Path]:
    written = []
    for case_dir in sorted(p.parent for p in fixtures.glob("*/case.yaml")):
        if (slug and case_dir.name != slug) or (not slug and case_dir.name not in REGEN_CASES):
            continue
        for fmt in GOLDEN:
            text = render_golden(case_dir, fmt)
            path = golden_path(case_dir, fmt)
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(text.encode("utf-8"))  # no newline translation: the CSV's CRLF stays
            path.with_suffix(path.suffix + ".sha256").write_text(stamp(text) + "\n", encoding="utf-8")
            written.append(path)
    return written


def explain(paths: list[str]) -> str:
    """Every statement with its voice and facts, and what the clause layer read in it: each
    denial, negation and hedge with the words it covers, and claims credited to someone else."""
    from claimdiff.ingest import load_case
    from claimdiff.pipeline import compare_case

    comparison = compare_case(load_case(paths))
    lines = []
    for st in comparison.statements:
        src = comparison.source(st.source).name
        via = " via " + ", ".join(comparison.source(v).name for v in st.via) if st.via else ""
        flag = " [background]" if st.background else ""
        lines.append(f"{st.id} [{src}{via}]{flag} {st.text}")
        for f in st.facts:
            credit = f" [{comparison.source(f.voice).name}]" if f.voice else ""
            value = f"{f.value.label()} ({f.polarity.value}){credit}"
            lines.append(f"    {f.aspect.value}:{f.scoped_key} = {value}")
        lines.extend(_clause_lines(st.text))
    return "\n".join(lines) + "\n"


def _clause_lines(text: str) -> list[str]:
    from claimdiff.clause import read
    from claimdiff.segment import plain

    words = plain(text)[0]
    reading = read(words)
    out = []
    for scope in reading.scopes:
        lo, hi = scope.covers[0], min(scope.covers[1], len(words))
        covered = " ".join(words[lo:hi].split())
        out.append(f"    ~ {scope.cue.value} {words[slice(*scope.words)]!r} covers {covered!r}")
    for clause in reading.foreign:
        out.append(f"    ~ claim of another voice: {' '.join(words[slice(*clause.span)].split())!r}")
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["regen"]:
        slug = argv[argv.index("--case") + 1] if "--case" in argv else None
        for path in regen(slug):
            print(f"wrote {path}")
        return 0
    if argv[:1] == ["explain"]:
        sys.stdout.write(explain(argv[1:]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
