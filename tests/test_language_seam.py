"""The language of a document decides which words read it: a second language is a new folder."""

from __future__ import annotations

import datetime as dt
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


_FR = "L'armée a affirmé mardi que 203 combattants avaient été tués lors de l'opération dans le village."
_EN = "The army said on Tuesday that 203 fighters were killed during the operation in the village."


def test_the_language_of_a_text_is_told_by_its_small_words() -> None:
    from claimdiff.lang.detect import detect

    assert detect(_FR) == "fr"
    assert detect(_EN) == "en"
    # Names and figures alone say nothing: the caller falls back on the case's language.
    assert detect("Moura, 2022: 203") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Too short for three small words: two with none of the other language's, or two words
        # with letters only French writes, tell it.
        ("Des dizaines de blessés.", "fr"),
        ("Le ministère a annoncé 31 morts.", "fr"),
        ("Dozens of people were hurt.", "en"),
        # One accented name does not make French (the case's language then decides), and
        # accented names beside English small words do not either.
        ("The toll in Côte d'Ivoire rose.", None),
        ("Zéphyrin Mbélé said it.", "en"),
    ],
)
def test_a_short_text_is_told_by_its_few_small_words_or_its_letters(text: str, language: str | None) -> None:
    from claimdiff.lang.detect import detect

    assert detect(text) == language


def test_a_document_whose_case_names_no_language_is_read_in_the_one_its_words_show(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_FR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_EN, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Moura, 2022", encoding="utf-8")
    (tmp_path / "case.yaml").write_text(
        "documents:\n  - file: a.txt\n  - file: b.txt\n  - file: c.txt\n", encoding="utf-8"
    )
    assert [d.language for d in load_manifest(tmp_path).documents] == ["fr", "en", "en"]
    # A language the case declares wins over the words; --lang reads what the case leaves open.
    (tmp_path / "case.yaml").write_text(
        "documents:\n  - {file: a.txt, language: en}\n  - file: b.txt\n  - file: c.txt\n", encoding="utf-8"
    )
    assert [d.language for d in load_manifest(tmp_path, language="fr").documents] == ["en", "fr", "fr"]


def test_plain_files_are_read_in_the_language_their_words_show_unless_told(tmp_path: Path) -> None:
    from claimdiff.ingest import load_case, load_texts

    (tmp_path / "a.txt").write_text(_FR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_EN, encoding="utf-8")
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    assert [d.language for d in load_case(files).documents] == ["fr", "en"]
    assert [d.language for d in load_case(files, language="en").documents] == ["en", "en"]
    assert [d.language for d in load_texts([_EN, _FR]).documents] == ["en", "fr"]


def test_the_report_says_which_language_each_document_was_read_in() -> None:
    from claimdiff.ingest import load_texts

    record = compare_case(load_texts([_FR, _EN])).to_record()
    assert [(d["id"], d["language"]) for d in record["documents"]] == [("d1", "fr"), ("d2", "en")]


def test_a_jsonl_document_names_its_language_or_has_it_detected(tmp_path: Path) -> None:
    import json

    from claimdiff.errors import InputError
    from claimdiff.ingest import load_jsonl_cases

    path = tmp_path / "cases.jsonl"
    lines = [
        {"documents": [{"text": _FR}, {"text": _FR, "language": "en"}]},
        {"documents": [{"text": _EN, "language": "zz"}]},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    (_, first), (_, second) = load_jsonl_cases(path)
    assert isinstance(first, Case) and [d.language for d in first.documents] == ["fr", "en"]
    assert isinstance(second, InputError)
    assert str(second) == f"{path}:2: documents[0].language: 'zz' has no language data (known: en, fr)"


def test_a_french_and_an_english_account_compare_as_two_english_ones_would() -> None:
    docs = (
        Document(
            "d1",
            "fr.txt",
            "Selon l'armée, 203 combattants ont été tués le 27 mars à 400 km au nord-est de Bamako.",
            source="army",
            language="fr",
        ),
        Document(
            "d2",
            "en.txt",
            "Residents said 41 civilians were killed on March 29 some 400 km northeast of Bamako.",
            source="residents",
            language="en",
        ),
    )
    comparison = compare_case(Case("t", dt.date(2022, 4, 5), docs))
    found = {
        (r.aspect.value, r.kind.value, r.strength.value if r.strength else "") for r in comparison.relations
    }
    # The place agrees in both languages; the date and who the victims were do not.
    assert ("place", "agreement", "") in found
    assert ("time", "contradiction", "hard") in found
    assert ("victims", "contradiction", "hard") in found
    # Each side is quoted in its own words.
    words = {v.value.text for r in comparison.relations for v in r.values}
    assert "le 27 mars" in words and "on March 29" in words


def test_a_states_forces_are_one_actor_whichever_language_names_them() -> None:
    docs = (
        Document(
            "d1",
            "fr.txt",
            "Des missiles russes ont frappé la gare, selon le gouverneur.",
            source="governor",
            language="fr",
        ),
        Document(
            "d2",
            "en.txt",
            "Russian missiles struck the station, residents said.",
            source="residents",
            language="en",
        ),
    )
    comparison = compare_case(Case("t", None, docs))
    agreed = [r for r in comparison.relations if r.aspect.value == "actor" and r.kind.value == "agreement"]
    assert [r.detail for r in agreed] == ["who took part: both state Russian forces"]


def test_an_elided_determiner_is_no_part_of_a_name() -> None:
    from claimdiff.lang import using
    from claimdiff.lexicon import normalise_name

    with using("fr"):
        assert normalise_name("l’Observatoire") == normalise_name("Observatoire") == "observatoire"
        assert normalise_name("d'Amnesty") == normalise_name("Amnesty")
    # English has no elided determiner: "o'" stays part of a name.
    assert normalise_name("O'Brien") == "o'brien"


def test_the_events_dates_are_read_in_each_documents_own_language() -> None:
    # No English word of an event in these sentences: read as English, they date nothing, and
    # the window falls back to the weeks before the report, which leave out the 1st of June.
    texts = [
        ("pompiers", "L'incendie du 1er juin à Corvel a fait cinq morts, selon les pompiers."),
        ("mairie", "L'incendie du 8 juin à Corvel a fait cinq morts, selon la mairie."),
        ("préfecture", "L'incendie du 1er juin à Corvel a fait cinq morts, selon la préfecture."),
    ]
    docs = tuple(
        Document(f"d{i}", f"{i}.txt", text, outlet=f"Journal {i}", language="fr")
        for i, (_, text) in enumerate(texts, 1)
    )
    comparison = compare_case(Case("t", dt.date(2021, 7, 20), docs))
    dates = {
        frozenset(e.value.start.isoformat() for e in r.values)  # type: ignore[union-attr]
        for r in comparison.relations
        if r.kind.value == "contradiction" and r.aspect.value == "time"
    }
    assert dates == {frozenset({"2021-06-01", "2021-06-08"})}
