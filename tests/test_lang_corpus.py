"""The example corpora of tests/lang/<code>/: each language's quantities and dates, as data.

Every example is a text and the one value it must give (or ``none: true`` for no value at all);
a rule is added with its examples, positive and negative, beside those already there.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimdiff.numbers import find_quantities
from claimdiff.timex import find_times
from claimdiff.yaml12 import loader

CORPORA = Path(__file__).parent / "lang"


def _examples(name: str) -> list[Any]:
    cases = []
    for path in sorted(CORPORA.glob(f"*/{name}.yaml")):
        corpus = yaml.load(path.read_text(encoding="utf-8"), loader())  # noqa: S506
        for example in corpus["examples"]:
            cases.append(pytest.param(corpus, example, id=f"{path.parent.name}:{example['text']}"))
    return cases


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


@pytest.mark.parametrize(("corpus", "example"), _examples("numbers"))
def test_quantity_examples(corpus: dict[str, Any], example: dict[str, Any]) -> None:
    found = find_quantities(example["text"])
    if example.get("none"):
        assert found == ()
        return
    assert len(found) == 1, found
    q = found[0]
    high = math.inf if example["high"] is None else example["high"]
    assert (q.low, q.high) == (example["low"], high)
    for key in ("match", "kind", "unit", "nominal"):
        if key in example:
            assert getattr(q, "text" if key == "match" else key) == example[key], key


@pytest.mark.parametrize(("corpus", "example"), _examples("dates"))
def test_date_examples(corpus: dict[str, Any], example: dict[str, Any]) -> None:
    reference = _date(example.get("reference", corpus.get("reference")))
    found = find_times(example["text"], reference)
    if example.get("none"):
        assert found == ()
        return
    assert len(found) == 1, found
    t = found[0]
    assert (t.text, t.low, t.high) == (example["match"], _date(example["low"]), _date(example["high"]))
    if "kind" in example:
        assert t.kind == example["kind"]
