"""Shared fixtures."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import claimdiff.lang as lang

Entries = dict[str, dict[str, Any]]
Register = Callable[[str, Callable[[Entries], None]], lang.Language]


@pytest.fixture
def register_language(monkeypatch: pytest.MonkeyPatch) -> Register:
    """Register a language built from English with some entries changed, so that ``using(code)``
    finds it (``load`` is patched; nothing is written into the package)."""
    real = lang.load
    made: dict[str, lang.Language] = {}
    monkeypatch.setattr(lang, "load", lambda code=lang.DEFAULT: made[code] if code in made else real(code))

    def register(code: str, change: Callable[[Entries], None]) -> lang.Language:
        entries = copy.deepcopy({file: dict(table) for file, table in real("en").entries.items()})
        change(entries)
        made[code] = lang.Language(code, entries)
        return made[code]

    return register


@cache
def _bundled_sentences(code: str) -> tuple[str, ...]:
    from claimdiff.ingest import load_manifest
    from claimdiff.segment import segment

    root = Path(__file__).resolve().parent.parent / "fixtures"
    out: list[str] = []
    for path in sorted(root.glob("*/case.yaml")):
        for doc in load_manifest(path.parent).documents:
            if doc.language == code:
                with lang.using(code):
                    out += [s.words for s in segment(doc)]
    return tuple(out)


@pytest.fixture
def bundled_sentences() -> Callable[[str], tuple[str, ...]]:
    """The sentences of every bundled case's documents in a language (read once per run)."""
    return _bundled_sentences
