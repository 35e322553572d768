"""The look-ahead on a pattern's first characters: it is put only where every match starts with
one of a few known characters, and matches never change."""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants  # type: ignore[attr-defined]

import pytest

from claimdiff.lang import languages, load, runcache
from claimdiff.lang.lookahead import add_lookahead, first_chars, with_lookahead


@pytest.mark.parametrize(
    ("pattern", "flags", "firsts"),
    [
        (r"\b(?:killed|died)\b", 0, "dk"),
        (r"\b(?:killed|died)\b", re.IGNORECASE, "DKdk"),
        # An optional opening word: what follows it may start the match.
        (r"(?:about\s+)?\d+ dead", 0, None),  # a digit is any of ten: a category, not a few
        (r"(?:about\s+)?(?:one|two) dead", 0, "aot"),
        # Zero-width openings take no character.
        (r"(?<!not\s)(?<=\s)\bsaid", 0, "s"),
        (r"[;:]|,\s+but", 0, ",:;"),
        (r"(?i)toll", 0, "Tt"),
    ],
)
def test_the_first_characters_of_a_pattern(pattern: str, flags: int, firsts: str | None) -> None:
    found = first_chars(pattern, flags)
    assert ("".join(sorted(found)) if found is not None else None) == firsts


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\w+ said", 0),  # any letter
        (r"[^,]{1,80} said", 0),  # a negated class
        (r"(?:a\s+)?", 0),  # can match nothing at all
        (r"(?i:toll)|dead", 0),  # case-insensitive inside a case-sensitive pattern
        (r"(a)?(?(1)b|c)", 0),  # a conditional group
    ],
)
def test_a_pattern_whose_first_character_is_not_known_is_left_as_it_is(pattern: str, flags: int) -> None:
    assert first_chars(pattern, flags) is None
    assert with_lookahead(pattern, flags) == pattern


def test_a_pattern_the_engine_skips_through_itself_is_left_to_it() -> None:
    # A literal prefix or a set of case-sensitive first characters: the engine's own search
    # skips to them, which a look-ahead in front would hide.
    assert with_lookahead("toll|dead") == "toll|dead"
    assert with_lookahead("toll", re.IGNORECASE) == "(?=[Tt])(?:toll)"  # folded: no prefix of its own


def test_the_look_ahead_added_to_a_parsed_pattern_compiles_to_the_same_matches() -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(r"\b(?:killed|died)\b", re.IGNORECASE)
    assert add_lookahead(parsed, re.IGNORECASE)
    assert parsed.data[0][0] is _constants.ASSERT
    code = _compiler._code(parsed, re.IGNORECASE)
    assert code != _compiler._code(_parser.parse(r"\b(?:killed|died)\b", re.IGNORECASE), re.IGNORECASE)


def test_global_flags_stay_at_the_start() -> None:
    assert with_lookahead("(?i)toll|dead") == "(?i)(?=[DTdt])(?:toll|dead)"
    assert re.compile(with_lookahead("(?i)toll|dead")).findall("The TOLL, the Dead") == ["TOLL", "Dead"]


@pytest.mark.parametrize("code", languages())
def test_every_pattern_of_the_language_data_matches_the_same_behind_its_look_ahead(
    code: str, monkeypatch: pytest.MonkeyPatch, bundled_sentences: Callable[[str], tuple[str, ...]]
) -> None:
    monkeypatch.setenv("CLAIMDIFF_CACHE_DIR", "")  # compiled as a run compiles it, not from a file
    lang = load(code)
    sentences = bundled_sentences(code)[::4]  # a quarter of the bundled sentences: enough to differ
    assert sentences
    refs = [
        f"{f}.{k}" for f, entries in lang.entries.items() for k, v in entries.items() if isinstance(v, str)
    ]
    ahead = 0
    for ref in refs:
        source = lang.source(ref)
        for flags in (0, re.IGNORECASE):
            if with_lookahead(source, flags) == source:
                continue
            ahead += 1
            plain, fast = re.compile(source, flags), runcache.compiled(source, flags, code)
            for text in sentences:
                expected = [m.span() + m.groups() for m in plain.finditer(text)]
                assert [m.span() + m.groups() for m in fast.finditer(text)] == expected, (ref, text)
    assert ahead > len(refs) / 2  # most patterns have one
