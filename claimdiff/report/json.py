"""The JSON report, ``claimdiff.report/4``: schema in ``data/report.schema.json``, changes in CHANGELOG.md."""

from __future__ import annotations

import json

from claimdiff.model import Comparison
from claimdiff.report.base import RenderOptions


class JsonReporter:
    name = "json"
    media_type = "application/json"
    suffix = ".json"

    def render(self, comparison: Comparison, options: RenderOptions) -> str:
        del options
        # sort_keys off: the record's own key order is part of the stable output.
        return json.dumps(comparison.to_record(), indent=2, ensure_ascii=False) + "\n"
