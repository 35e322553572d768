"""The benchmark's generator: what makes its measurements honest (real sentence lengths,
voices that grow with the accounts) holds, and is the same on every run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import claimdiff

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
generator = pytest.importorskip("generator")


def _facts(text: str) -> list[tuple[str, str, str]]:
    comparison = claimdiff.compare({"Ministry": text}, reference_date="2024-05-08")
    return [(f.aspect.value, f.key, f.value.label()) for st in comparison.statements for f in st.facts]


def test_the_same_seed_writes_the_same_case() -> None:
    a = generator.Generator(5).wide_case(30, 10, own_voices=True)
    assert a == generator.Generator(5).wide_case(30, 10, own_voices=True)


def test_every_newsroom_has_a_name_of_its_own() -> None:
    names = [generator.newsroom(i) for i in range(10_000)]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("own", [True, False])
def test_a_wide_case_gives_each_account_its_newsroom(own: bool) -> None:
    record = generator.Generator(3).wide_case(50, 8, own_voices=own)
    key = "source" if own else "outlet"
    names = [doc[key] for doc in record["documents"]]
    assert len(set(names)) == 50
    assert all(("outlet" if own else "source") not in doc for doc in record["documents"])


def test_sentences_run_as_long_as_real_ones() -> None:
    from claimdiff.segment import segment

    record = generator.Generator(7).case(20, 25)
    words = []
    for doc in record["documents"]:
        document = claimdiff.model.Document(id="d1", path=None, text=doc["text"])
        words += [len(s.text.split()) for s in segment(document)]
    mean = sum(words) / len(words)
    assert 18 <= mean <= 25, mean  # real and bundled news: 21 words


@pytest.mark.parametrize("clause", generator.COLOUR)
def test_a_clause_of_colour_states_no_fact(clause: str) -> None:
    plain = "At least 12 people were killed in Tarvel on Monday, the ministry said."
    coloured = f"At least 12 people were killed in Tarvel on Monday, the ministry said, {clause}."
    assert _facts(coloured) == _facts(plain)
