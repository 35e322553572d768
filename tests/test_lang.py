"""Language data: every language has the same entries, no word list is written twice, and the
code that reads text holds the grammar's shape, not the words."""

from __future__ import annotations

import ast
import copy
import itertools
import pickle
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdiff.lang import Hinted, alternation, languages, load

PACKAGE = Path(__file__).resolve().parent.parent / "claimdiff"
# The modules that read text: their words live in data/lang/<code>/.
TEXT_MODULES = sorted(
    p
    for p in [*PACKAGE.glob("*.py"), *PACKAGE.glob("aspects/*.py")]
    if p.stem
    in {
        "attribute",
        "clause",
        "segment",
        "extract",
        "classify",
        "align",
        "lexicon",
        "numbers",
        "timex",
        "pipeline",
        "counts",
        "quantities",
        "victims",
        "actors",
        "causes",
        "places",
        "times",
        "reading",
        "__init__",
    }
    and (p.parent.name == "aspects" or p.stem != "__init__")
)
_WORD = re.compile(r"^[a-z][a-z'’-]+$")
# "killed|dead|died" inside a string: an alternation of English words.
_ALTERNATION = re.compile(r"(?<![\\\w])[a-z]{2,}(?:\s[a-z]{2,})?\|[a-z]{2,}(?:\s[a-z]{2,})?\|[a-z]{2,}")


def _word_lists(code: str) -> dict[str, frozenset[str]]:
    """Every word list of a language, by ``file.key``: a table's words are its keys, unless
    they are the language-free values another table maps words to (a table keyed by ids)."""
    lang = load(code)
    ids = {
        str(v).lower()
        for entries in lang.entries.values()
        for value in entries.values()
        if isinstance(value, dict)
        for v in value.values()
        if isinstance(v, str)
    }
    out = {}
    for file, entries in lang.entries.items():
        for key, value in entries.items():
            words = frozenset(str(v).lower() for v in value) if isinstance(value, (list, dict)) else None
            if words is None or len(words) < 3 or (isinstance(value, dict) and words <= ids):
                continue
            out[f"{file}.{key}"] = words
    return out


def test_every_language_has_the_same_entries() -> None:
    codes = languages()
    assert "en" in codes
    base = {f: set(e) for f, e in load("en").entries.items()}
    for code in codes:
        assert {f: set(e) for f, e in load(code).entries.items()} == base, code


@pytest.mark.parametrize("code", languages())
def test_no_word_list_is_written_twice(code: str) -> None:
    lists = _word_lists(code)
    for (a, wa), (b, wb) in itertools.combinations(sorted(lists.items()), 2):
        overlap = len(wa & wb) / len(wa | wb)
        assert overlap < 0.8, f"{a} and {b} are (nearly) the same list: define it once and refer to it"


@pytest.mark.parametrize("code", languages())
def test_patterns_refer_to_lists_instead_of_repeating_them(code: str) -> None:
    lang = load(code)
    lists = _word_lists(code)
    for file, entries in lang.entries.items():
        for key, value in entries.items():
            if not isinstance(value, str):
                continue
            for group in re.findall(r"\(\?:([a-z' |]+)\)", value):
                words = frozenset(group.split("|"))
                if len(words) < 3:
                    continue
                same = [name for name, listed in lists.items() if listed == words]
                assert not same, f"{file}.{key} repeats the list {same[0]}: write {{{same[0]}}}"


def _named_ids(tree: ast.AST) -> set[int]:
    """Tuples of names, not words: ids named one by one (``CIVILIAN, COMBATANT = "civilian",
    ...``) and a class's ``__slots__``."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and (
            isinstance(node.targets[0], ast.Tuple)
            or (isinstance(node.targets[0], ast.Name) and node.targets[0].id == "__slots__")
        )
    }


@pytest.mark.parametrize("path", TEXT_MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_code_that_reads_text_holds_no_word_lists(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    ids = _named_ids(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _ALTERNATION.search(node.value):
            pytest.fail(f"{path.name}:{node.lineno}: English words in a pattern: {node.value[:60]!r}")
        # A dict's keys are a record's fields, not words to find in text.
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)) and id(node) not in ids:
            words = [i.value for i in node.elts if isinstance(i, ast.Constant) and isinstance(i.value, str)]
            if sum(1 for w in words if _WORD.match(w)) >= 3:
                pytest.fail(f"{path.name}:{node.lineno}: a word list in code: {words[:5]}")


# Items sharing first letters, in an order that decides which of two wins ("kill\\w*" before
# "killings"), one with a choice inside ("rall(?:y|ied)") and one that is a single letter.
_ITEMS = ["kill\\w*", "killings", "dead", "died", "deaths?", "rall(?:y|ied)", "riot\\w*", "d", "took part"]
_TEXTS = [
    "They killed 3",
    "KILLINGS and Deaths",
    "a rally, then riots",
    "d-day: they took part",
    "Dead",
    "xdied",
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_an_alternation_grouped_by_first_letter_matches_as_the_flat_one(flags: int) -> None:
    grouped = alternation(_ITEMS)
    assert "k(?:ill" in grouped and "d(?:ead" in grouped  # one branch per letter
    flat = "(?:" + "|".join(_ITEMS) + ")"
    for text in _TEXTS:
        expected = [m.group(0) for m in re.finditer(rf"\b{flat}", text, flags)]
        assert [m.group(0) for m in re.finditer(rf"\b{grouped}", text, flags)] == expected, text


@pytest.mark.parametrize(
    "items",
    [
        ["army", "Army", "police"],  # one letter in two cases: under IGNORECASE both groups match
        ["army", "air (force)", "police"],  # a group that captures: its number would move
        ["army", "a+b", "police"],  # the first letter is bound to a quantifier
    ],
)
def test_an_alternation_that_grouping_could_change_stays_flat(items: list[str]) -> None:
    assert "(?:" + "|".join(items) + ")" in alternation(items)


def test_an_item_with_a_choice_inside_keeps_the_look_ahead_and_one_of_two_alternatives_does_not() -> None:
    assert alternation(["tu(?:é|er)", "tirs", "morts"]).startswith("(?:(?=[")
    assert alternation(["a|b", "cc", "dd"]) == "(?:a|b|cc|dd)"


def test_a_hinted_pattern_answers_at_once_where_its_hint_finds_nothing() -> None:
    pattern = Hinted(re.compile(r"(\w+) said"), re.compile("said"))
    quiet = "Nothing was heard."
    assert pattern.search(quiet) is None and pattern.match(quiet) is None and pattern.fullmatch(quiet) is None
    assert list(pattern.finditer(quiet)) == [] and pattern.findall(quiet) == []
    assert pattern.sub("x", quiet) == quiet and pattern.split(quiet) == [quiet]
    said = "Police said"
    assert pattern.search(said).group(1) == "Police"  # type: ignore[union-attr]
    assert pattern.sub("x", said) == "x" and pattern.pattern == r"(\w+) said"


def test_a_hinted_pattern_survives_a_copy_and_a_trip_to_a_worker() -> None:
    pattern = Hinted(re.compile(r"(\w+) said"), re.compile("said"))
    for twin in (copy.copy(pattern), pickle.loads(pickle.dumps(pattern))):
        assert twin.search("Police said").group(1) == "Police"  # type: ignore[union-attr]
        assert twin.search("Nothing was heard.") is None


@pytest.mark.parametrize("code", languages())
def test_every_hint_holds_wherever_its_pattern_matches(
    code: str, bundled_sentences: Callable[[str], tuple[str, ...]]
) -> None:
    """A hint (``<key>_hint``) skips its pattern where it finds nothing: it must find something
    in every bundled sentence the pattern matches, with and without IGNORECASE."""
    lang = load(code)
    sentences = bundled_sentences(code)
    assert sentences
    hinted = [f"{f}.{k[:-5]}" for f, entries in lang.entries.items() for k in entries if k.endswith("_hint")]
    assert hinted
    for ref in hinted:
        for flags in (0, re.IGNORECASE):
            full, hint = re.compile(lang.source(ref), flags), re.compile(lang.source(f"{ref}_hint"), flags)
            missed = [s for s in sentences if full.search(s) and not hint.search(s)]
            assert not missed, f"{code}:{ref}_hint misses {missed[0]!r}"
