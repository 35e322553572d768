"""The example corpora of tests/lang/<code>/: each language's quantities and dates, as data.

Every example is a text and the one value it must give (or ``none: true`` for no value at all);
a rule is added with its examples, positive and negative, beside those already there. Each
corpus is read with the language of its folder in force (tests/lang/fr/ in French).
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimdiff.lang import using
from claimdiff.numbers import find_quantities
from claimdiff.timex import find_times
from claimdiff.yaml12 import loader

CORPORA = Path(__file__).parent / "lang"


def _examples(name: str) -> list[Any]:
    cases = []
    for path in sorted(CORPORA.glob(f"*/{name}.yaml")):
        corpus = yaml.load(path.read_text(encoding="utf-8"), loader())  # noqa: S506
        for example in corpus["examples"]:
            code = path.parent.name
            cases.append(pytest.param(code, corpus, example, id=f"{code}:{example['text']}"))
    return cases


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


@pytest.mark.parametrize(("code", "corpus", "example"), _examples("numbers"))
def test_quantity_examples(code: str, corpus: dict[str, Any], example: dict[str, Any]) -> None:
    with using(code):
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


@pytest.mark.parametrize(("code", "corpus", "example"), _examples("dates"))
def test_date_examples(code: str, corpus: dict[str, Any], example: dict[str, Any]) -> None:
    reference = _date(example.get("reference", corpus.get("reference")))
    with using(code):
        found = find_times(example["text"], reference)
    if example.get("none"):
        assert found == ()
        return
    assert len(found) == 1, found
    t = found[0]
    assert (t.text, t.low, t.high) == (example["match"], _date(example["low"]), _date(example["high"]))
    if "kind" in example:
        assert t.kind == example["kind"]
