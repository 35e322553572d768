"""The language of a document decides which words read it: a second language is a new folder."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimdiff.lang as lang
from claimdiff.errors import DatasetError
from claimdiff.ingest import load_manifest
from claimdiff.model import Case, Document
from claimdiff.pipeline import compare_case


@pytest.fixture
def dixit(register_language) -> None:  # type: ignore[no-untyped-def]
    """A language "xx": English, with one more reporting verb ("dixit")."""

    def add(entries: dict) -> None:
        entries["speakers"]["reporting_verbs"] = [*entries["speakers"]["reporting_verbs"], "dixit"]

    register_language("xx", add)


def _voices(language: str) -> list[str]:
    doc = Document("d1", "wire.txt", "The health ministry dixit 12 people died.", language=language)
    comparison = compare_case(Case("t", None, (doc,)))
    return [s.name for s in comparison.sources]


def test_each_document_is_read_with_its_own_language(dixit: None) -> None:
    assert _voices("en") == ["wire"]  # English has no "dixit": the sentence is the file's
    assert _voices("xx") == ["wire", "health ministry"]  # the ministry speaks, through the file
    assert lang.active().code == "en"  # the language in force is restored afterwards


def test_a_case_names_its_language_and_a_document_may_differ(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Twelve people died.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Twelve people died.\n", encoding="utf-8")
    (tmp_path / "case.yaml").write_text(
        "language: en\ndocuments:\n  - file: a.txt\n  - {file: b.txt, language: en}\n", encoding="utf-8"
    )
    case = load_manifest(tmp_path)
    assert [d.language for d in case.documents] == ["en", "en"]


def test_a_language_without_data_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Twelve people died.\n", encoding="utf-8")
    (tmp_path / "case.yaml").write_text("documents:\n  - {file: a.txt, language: zz}\n", encoding="utf-8")
    with pytest.raises(DatasetError) as err:
        load_manifest(tmp_path)
    assert "'zz' has no language data" in str(err.value)
    assert err.value.line == 2
