"""Flat exports: one row per relation (``Comparison.to_records()``) as CSV, TSV or JSON Lines.

The columns are ``RECORD_FIELDS``, the same in every flat format and in batch's
``relations.csv``. In CSV and TSV, a text cell that a spreadsheet would run as a formula (it
starts with "=", "+", "-", "@" or a tab, and is not a number) is written with a leading "'", as
OWASP advises: the cells quote articles nobody vetted. JSON Lines keeps every value as it is.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from claimdiff.model import RECORD_FIELDS, Comparison
from claimdiff.report.base import RenderOptions

_FORMULA = re.compile(r"[=+\-@\t\r]")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def spreadsheet_safe(cell: Any) -> Any:
    """A cell a spreadsheet shows as text: a leading "'" before what it would run as a formula."""
    if isinstance(cell, str) and _FORMULA.match(cell) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def delimited(header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",") -> str:
    """Rows as CSV (RFC 4180: CRLF line ends, fields quoted where they must be) or TSV."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if cell is None else spreadsheet_safe(cell) for cell in row])
    return out.getvalue()


class DelimitedReporter:
    """CSV or TSV: a header, then one row per relation."""

    def __init__(self, name: str, suffix: str, media_type: str, delimiter: str) -> None:
        self.name, self.suffix, self.media_type, self.delimiter = name, suffix, media_type, delimiter

    def render(self, comparison: Comparison, options: RenderOptions) -> str:
        del options
        rows = ([r[k] for k in RECORD_FIELDS] for r in comparison.to_records())
        return delimited(RECORD_FIELDS, rows, self.delimiter)


class JsonLinesReporter:
    """JSON Lines: one relation's flat record per line, keys in ``RECORD_FIELDS`` order."""

    name = "jsonl"
    suffix = ".jsonl"
    media_type = "application/jsonl"

    def render(self, comparison: Comparison, options: RenderOptions) -> str:
        del options
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in comparison.to_records())
