"""A user lexicon (--lexicon, lexicon: in case.yaml): words the language data lacks, for one run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli.helpers import run

import claimdiff
from claimdiff.errors import DatasetError, InputError
from claimdiff.ingest import load_case, load_lexicon, load_manifest
from claimdiff.lang import active, teaching

LEXICON = """\
actors:
  Coastal Guard Brigade: [CGB]
victims:
  civilian: [aid workers]
causes:
  barrel bomb: aerial
  barrel bombs: aerial
aliases:
  Ministry of Health: [health ministry]
"""
# Invented accounts: each side names what only the lexicon knows.
WORKERS = "The ministry said 12 aid workers were killed in the village on Monday."
FIGHTERS = "The rebels said 12 fighters were killed in the village on Monday."
BARRELS = "The ministry said the village was hit by barrel bombs on Monday."
ROCKET = "The rebels said a misfired rocket hit the village on Monday."


@pytest.fixture
def lexicon(tmp_path: Path) -> Path:
    path = tmp_path / "words.yaml"
    path.write_text(LEXICON, encoding="utf-8")
    return path


def _kinds(comparison, aspect: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.kind.value for r in comparison.relations if r.aspect.value == aspect]


def test_a_victim_term_taught_makes_a_contradiction(lexicon: Path) -> None:
    assert "contradiction" not in _kinds(claimdiff.compare([WORKERS, FIGHTERS]), "victims")
    taught = claimdiff.compare([WORKERS, FIGHTERS], lexicon=lexicon)
    assert "contradiction" in _kinds(taught, "victims")


def test_a_cause_term_taught_compares_as_its_class(lexicon: Path) -> None:
    assert "contradiction" not in _kinds(claimdiff.compare([BARRELS, ROCKET]), "cause")
    taught = claimdiff.compare([BARRELS, ROCKET], lexicon=lexicon)
    (rel,) = [r for r in taught.relations if r.aspect.value == "cause"]
    assert rel.kind.value == "contradiction" and "barrel bombs" in rel.detail


def test_an_actor_taught_is_known_by_its_other_names(lexicon: Path) -> None:
    text = "The CGB opened fire on the crowd in the village on Monday, the ministry said."
    names = {f.value.name for st in claimdiff.compare([text], lexicon=lexicon).statements for f in st.facts}
    assert "Coastal Guard Brigade" in names


def test_aliases_taught_name_one_voice_and_the_case_own_win(tmp_path: Path, lexicon: Path) -> None:
    (tmp_path / "a.txt").write_text("Twelve people died, the health ministry said.\n", encoding="utf-8")
    case = load_case([str(tmp_path / "a.txt")], lexicon=lexicon)
    assert case.declared_aliases == (("Ministry of Health", ("health ministry",)),)
    names = [s.name for s in claimdiff.compare(case).sources]
    assert "Ministry of Health" in names and "health ministry" not in names


def test_words_for_another_language_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "fr.yaml"
    path.write_text("language: fr\nvictims:\n  civilian: [aid workers]\n", encoding="utf-8")
    assert "contradiction" not in _kinds(claimdiff.compare([WORKERS, FIGHTERS], lexicon=path), "victims")


def test_a_run_with_a_lexicon_leaves_the_next_one_as_it_was(lexicon: Path) -> None:
    before = claimdiff.compare([WORKERS, FIGHTERS]).to_record()
    claimdiff.compare([WORKERS, FIGHTERS], lexicon=lexicon)
    assert claimdiff.compare([WORKERS, FIGHTERS]).to_record() == before
    with teaching(load_lexicon(lexicon)):
        assert "aid workers" in active().table("victims.categories")["civilian"]
    assert "aid workers" not in active().table("victims.categories")["civilian"]


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("victims:\n  heroes: [aid workers]\n", 2, "'heroes' is not a victim category"),
        ("causes:\n  barrel bomb: weather\n", 2, "'weather' is not a cause class"),
        ("actors: {}\nweapons: [x]\n", 2, "unknown key 'weapons'"),
        ("language: xx\n", 1, "'xx' has no language data"),
        ("actors:\n  Brigade: CGB\n", 2, "is not of type"),
        ("victims: [\n", 2, "invalid YAML"),
    ],
)
def test_a_bad_lexicon_names_its_file_and_line(tmp_path: Path, text: str, line: int, says: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        load_lexicon(path)
    assert (info.value.path, info.value.line) == (str(path), line), str(info.value)
    assert says in str(info.value)


def test_a_missing_lexicon_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_lexicon(tmp_path / "nowhere.yaml")


def _case_with_lexicon(folder: Path, rel: str = "words.yaml") -> Path:
    folder.mkdir(parents=True)
    (folder / "words.yaml").write_text(LEXICON, encoding="utf-8")
    (folder / "a.txt").write_text(WORKERS, encoding="utf-8")
    (folder / "b.txt").write_text(FIGHTERS, encoding="utf-8")
    (folder / "case.yaml").write_text(
        f"lexicon: {rel}\ndocuments:\n"
        "  - {file: a.txt, source: Ministry}\n  - {file: b.txt, source: Rebels}\n",
        encoding="utf-8",
    )
    return folder


def test_a_case_yaml_names_its_lexicon(tmp_path: Path) -> None:
    case = load_manifest(_case_with_lexicon(tmp_path / "case"))
    assert case.lexicon is not None and case.lexicon.path.endswith("words.yaml")
    assert "contradiction" in _kinds(claimdiff.compare(case), "victims")


def test_a_case_lexicon_outside_its_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="leaves the case folder") as info:
        load_manifest(_case_with_lexicon(tmp_path / "case", "../words.yaml"))
    assert info.value.line == 1


def test_cli_lexicon_and_no_output_over_it(tmp_path: Path, lexicon: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(WORKERS, encoding="utf-8")
    b.write_text(FIGHTERS, encoding="utf-8")
    plain = json.loads(run(["compare", a, b, "-f", "json"]).stdout)
    taught = json.loads(run(["compare", a, b, "-f", "json", "--lexicon", lexicon]).stdout)
    assert taught["summary"]["contradiction"] == plain["summary"]["contradiction"] + 1
    run(["compare", a, b, "-f", "json", "--lexicon", lexicon, "-o", lexicon], exit_code=2)
    assert lexicon.read_text(encoding="utf-8") == LEXICON
