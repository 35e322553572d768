"""The reporter interfaces: every output format renders a comparison, or a check, to a string."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from claimdiff.chars import TERMINAL_UNSAFE
from claimdiff.kinds import KIND_ORDER
from claimdiff.model import Comparison, Conflict, Position, RelationKind
from claimdiff.results import CheckReport


def counted(n: int, word: str) -> str:
    """ "1 voice", "2 voices": a count and its noun, in the number the count asks for."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def gathered(item: Conflict | Position, pairs: bool) -> str:
    """What a conflict, accord or position gathers: its relations' ids when the report lists
    them (``pairs``), else how many pairs ("2 pairs")."""
    return ", ".join(item.relations) if pairs else counted(len(item.relations), "pair")


# A side of a conflict named in a table cell: this many voices, then "and N more" (the JSON
# report names them all).
SIDE_NAMES = 12


def side_names(names: list[str], most: int = SIDE_NAMES) -> str:
    """ "A, B, C": a side's voices, the first ``most`` named and the rest counted."""
    more = len(names) - most
    return ", ".join(names[:most]) + (f" and {more} more" if more > 0 else "")


def terminal_safe(text: str) -> str:
    """Untrusted text as a terminal may show it: each control or reordering mark written as its
    escape (``\\x1b``, ``\\u202e``), so it is seen, not obeyed."""
    return TERMINAL_UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def terminal_safe_rows(rows: list[list[Any]]) -> list[list[Any]]:
    """Every text cell of a table as a terminal may show it."""
    return [[terminal_safe(cell) if isinstance(cell, str) else cell for cell in row] for row in rows]


def pair_counts(comparison: Comparison) -> list[tuple[str, str, dict[RelationKind, int]]]:
    """Each pair of voices with relations between them, with how many of each kind, the pairs
    most at odds first (contradictions, then omissions, then revisions, then agreements). A
    revision, one voice's own, counts for that voice with itself."""
    counts: dict[tuple[str, str], dict[RelationKind, int]] = {}
    for rel in comparison.relations:
        a, b = sorted(rel.sources)
        pair = counts.setdefault((a, b), dict.fromkeys(KIND_ORDER, 0))
        pair[rel.kind] += 1
    order = sorted(counts.items(), key=lambda kv: (*(-kv[1][k] for k in KIND_ORDER), kv[0]))
    return [(comparison.source(a).name, comparison.source(b).name, kinds) for (a, b), kinds in order]


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Options every reporter may read; each ignores what it has no use for."""

    color: bool = False
    table_format: str = "simple"
    width: int | None = None  # a terminal's columns: the table wraps to them; none: no limit
    # GitHub refuses a comment longer than this; Markdown is cut to fit, saying what it left out.
    markdown_limit: int | None = 65_536


class Reporter(Protocol):
    """One output format. A reporter never writes to a stream: it returns the text."""

    name: str
    media_type: str
    suffix: str

    def render(self, comparison: Comparison, options: RenderOptions) -> str: ...


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Options every check renderer may read."""

    verbose: bool = False  # also list met expectations
    color: bool = False


class CheckReporter(Protocol):
    """One output format of `claimdiff check`: renders the check's records, computes nothing."""

    name: str
    media_type: str
    suffix: str

    def render(self, report: CheckReport, options: CheckOptions) -> str: ...
