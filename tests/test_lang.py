"""Language data: every language has the same entries, no word list is written twice, and the
code that reads text holds the grammar's shape, not the words."""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest

from claimdiff.lang import languages, load

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
