"""The characters a pattern's matches can start with, as a look-ahead in front of it.

Python's regex engine tries a pattern at every position of the text, and a pattern that opens
on ``\\b(?:killed|died|...)`` or on a choice of phrases runs each alternative there before it
fails. Where every match starts with one of a few known characters, a look-ahead on them
(``(?=[KkDd])``) rejects most positions in one test. The look-ahead only says what the pattern
says already, so matches do not change; a pattern whose first character is not known
(``\\w``, ``.``, a class that negates) or that can match nothing at all is left as it is.

A pattern the engine already skips through on its own (it opens on a literal, or on one of a
set of case-sensitive characters: its "prefix" and "charset") is left to it. Works on the
engine's own parse tree (``re._parser``): ``runcache`` parses a pattern once and adds the
look-ahead to the tree; where the engine's modules are missing or differ, nothing is added.
"""

from __future__ import annotations

import re
from typing import Any

try:
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10, or an implementation without them
    _c = _compiler = _parser = None  # type: ignore[assignment]

# More first characters than this and the test saves little.
_MOST = 64
# A range wider than this (a-z is 26) stands for "letters", not a few characters.
_WIDEST_RANGE = 64
# Global flags written at the pattern's start ("(?i)"), which must stay there.
_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """The first character is not one of a few known ones."""


def with_lookahead(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead on the characters its matches start with, as text (what
    ``add_lookahead`` does to the parsed pattern), or the pattern itself."""
    if _parser is None:
        return pattern  # pragma: no cover
    firsts = _wanted(_parser.parse(pattern, flags), flags)
    if firsts is None:
        return pattern
    lead = _GLOBAL_FLAGS.match(pattern)
    head = lead.group() if lead else ""
    chars = "".join(_escaped(c) for c in sorted(firsts))
    return f"{head}(?=[{chars}])(?:{pattern[len(head) :]})"


def add_lookahead(parsed: Any, flags: int = 0) -> bool:
    """Put the look-ahead at the front of a parsed pattern (``re._parser.parse``), where it
    helps; True when it did. The tree is then compiled as usual."""
    firsts = _wanted(parsed, flags)
    if firsts is None:
        return False
    chars = _parser.SubPattern(parsed.state, [(_c.IN, [(_c.LITERAL, ord(c)) for c in sorted(firsts)])])
    parsed.data.insert(0, (_c.ASSERT, (1, chars)))
    return True


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with (both cases under IGNORECASE), or
    None where they are not a few known ones."""
    return _firsts_of(_parser.parse(pattern, flags), flags)


def _wanted(parsed: Any, flags: int) -> frozenset[str] | None:
    """The first characters, where a look-ahead on them would help: not where the engine finds
    a prefix or a set of first characters itself (a look-ahead in front would hide them)."""
    flags |= parsed.state.flags  # with the pattern's own "(?i)", as the engine reads it
    try:
        if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
            return None
        return _firsts_of(parsed, flags)
    except (AttributeError, TypeError, ValueError, IndexError):  # pragma: no cover - odd internals
        return None


def _firsts_of(parsed: Any, flags: int) -> frozenset[str] | None:
    folded = bool((flags | parsed.state.flags) & re.IGNORECASE)
    try:
        found, empty = _firsts(list(parsed), folded)
    except _Unknown:
        return None
    if empty or not found:
        return None  # the pattern can match where no character follows
    if folded:
        found |= {c.lower() for c in found if len(c.lower()) == 1}
        found |= {c.upper() for c in found if len(c.upper()) == 1}
    return frozenset(found) if len(found) <= _MOST else None


def _firsts(items: list[tuple[Any, Any]], folded: bool) -> tuple[set[str], bool]:
    """The first characters of a sequence, and whether it can match nothing at all."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # takes no character: what follows starts the match
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            out |= _class(av)
            return out, False
        if op is _c.SUBPATTERN:
            _group, add, _remove, sub = av
            if add & re.IGNORECASE and not folded:
                raise _Unknown  # "(?i:...)" inside a case-sensitive pattern
            chars, empty = _firsts(list(sub), folded)
            out |= chars
            if not empty:
                return out, False
            continue
        if op is _c.BRANCH:
            empty = False
            for alternative in av[1]:
                chars, alt_empty = _firsts(list(alternative), folded)
                out |= chars
                empty = empty or alt_empty
            if not empty:
                return out, False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)):
            low, _high, sub = av
            chars, empty = _firsts(list(sub), folded)
            out |= chars
            if low > 0 and not empty:
                return out, False
            continue
        if op is getattr(_c, "ATOMIC_GROUP", None):
            chars, empty = _firsts(list(av), folded)
            out |= chars
            if not empty:
                return out, False
            continue
        raise _Unknown  # any character, a category, a back-reference, a conditional group
    return out, True


def _class(items: list[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= _WIDEST_RANGE:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            raise _Unknown  # a negated class, a category (\w, \d), a wide range
    return out


def _escaped(char: str) -> str:
    """A character as written inside a class."""
    return "\\" + char if char in "\\]^-[" else char
