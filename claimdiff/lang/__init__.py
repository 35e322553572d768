"""Language data: the words and phrase patterns of one language, loaded and compiled once.

A language is a folder ``claimdiff/data/lang/<code>/`` of YAML files; every language has the
same files and keys, so a second language is a new folder (a test checks the keys match).
Code holds the grammar's shape; these files hold the words. Three kinds of entry:

- a list is a word list (each item a word, a phrase or a short regular-expression fragment);
- a mapping is a table (word -> value); its words are its keys, in the data's order;
- a string is a phrase pattern: a regular expression in which ``{file.key}`` (or ``{key}`` for
  an entry of the same file) stands for the alternation of that word list, or for another
  pattern. Regex quantifiers such as ``{0,2}`` hold no letters, so they never clash.

Entries are addressed as ``"file.key"``, e.g. ``lang.words("polarity.deny_verbs")``.

The language of a document is a field of the document; while the pipeline reads a document it
puts that language in force (``using``), and the code that reads text asks ``active()`` for
its words, so nothing in the stages names a language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, wraps
from importlib import resources
from typing import Any, TypeVar

from claimdiff.lang.runcache import compiled, parsed

DEFAULT = "en"
T = TypeVar("T")
# "{polarity.deny_verbs}" or "{deny_verbs}"; "{0,2}" is a quantifier, never a reference.
_REF = re.compile(r"\{([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)\}")


class LanguageError(KeyError):
    """An entry the language data does not have: a bug in the code or the data, not in input."""


@dataclass(frozen=True, slots=True)
class UserWords:
    """Words a user teaches the tool (``--lexicon``), added to the language data's tables.

    ``tables`` maps an entry that a user may extend (``EXTENSIBLE``) to its additions:
    names.actors and names.voices take ``(canonical name, aliases)``, victims.categories
    ``(category, terms)``, causes.terms ``(term, class)``. ``language`` limits them to one
    language; ``digest`` names them in caches. ``aliases`` are names as a case.yaml declares
    them; the case's own override them.
    """

    tables: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]
    language: str | None = None
    digest: str = ""
    path: str | None = None  # the file they were read from
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()  # declared names, under a case's own


# The tables a user lexicon may add to.
EXTENSIBLE = ("names.actors", "names.voices", "victims.categories", "causes.terms")


@dataclass(frozen=True, slots=True)
class Language:
    """The words of one language, by file and key; compiled patterns are cached per entry."""

    code: str
    entries: Mapping[str, Mapping[str, Any]]  # file stem -> key -> value
    key: str = ""  # what caches outside the object are keyed by: the code, plus any user words
    _compiled: dict[tuple[str, int], re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    _sources: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.code)

    def taught(self, words: UserWords) -> Language:
        """This language with the user's words added to its tables (a new object, with caches of
        its own)."""
        entries = {stem: dict(table) for stem, table in self.entries.items()}
        for ref, additions in words.tables:
            stem, _, key = ref.partition(".")
            table = entries[stem][key] = _copy(entries[stem][key])
            for name, value in additions:
                if ref == "causes.terms":
                    # A term joins the family its class belongs to, so it compares as that class does.
                    family = next((f for f, terms in table.items() if value in terms.values()), None)
                    if family is None:
                        raise LanguageError(f"{self.code}: no cause class {value!r}")
                    table[family][name] = value
                else:
                    known = table.setdefault(name, [])
                    table[name] = [*known, *(v for v in value if v not in known)]
        return Language(self.code, entries, key=f"{self.code}+{words.digest}")

    def get(self, ref: str) -> Any:
        file, _, key = ref.partition(".")
        try:
            return self.entries[file][key]
        except KeyError:
            raise LanguageError(f"language {self.code!r} has no entry {ref!r}") from None

    def words(self, ref: str) -> tuple[str, ...]:
        """A word list (or a table's keys), in the order the data gives it."""
        value = self.get(ref)
        if not isinstance(value, (list, dict)):
            raise LanguageError(f"{self.code}:{ref} is not a word list")
        return tuple(str(v) for v in value)

    def wordset(self, ref: str) -> frozenset[str]:
        """A word list as a set, for membership tests (built once)."""
        # The lookups below run hundreds of thousands of times per megabyte: one dict probe each.
        try:
            return self._sets[ref]
        except KeyError:
            found = self._sets[ref] = frozenset(self.words(ref))
            return found

    def derived(self, name: str, make: Callable[[Language], Any]) -> Any:
        """``make(self)``, built once per language: the tables a scanner builds from the words."""
        try:
            return self._derived[name]
        except KeyError:
            found = self._derived[name] = make(self)
            return found

    def table(self, ref: str) -> Mapping[str, Any]:
        value = self.get(ref)
        if not isinstance(value, dict):
            raise LanguageError(f"{self.code}:{ref} is not a table")
        return value

    def source(self, ref: str) -> str:
        """The regular-expression source of an entry, references expanded.

        A word list becomes ``(?:a|b|c)`` in the data's order (the order decides which of two
        alternatives sharing a start wins), maybe behind a look-ahead on its first letters (see
        ``alternation``); a pattern is expanded recursively.
        """
        if ref not in self._sources:
            value = self.get(ref)
            if isinstance(value, (list, dict)):
                text = alternation([str(v) for v in value])
            elif isinstance(value, str):
                home = ref.partition(".")[0]
                text = _REF.sub(lambda m: self._inline(m.group(1), home), value.strip())
            else:
                raise LanguageError(f"{self.code}:{ref} is neither a pattern nor a word list")
            self._sources[ref] = text
        return self._sources[ref]

    def _inline(self, name: str, home: str) -> str:
        ref = name if "." in name else f"{home}.{name}"
        text = self.source(ref)
        # A pattern inlined into another keeps its own alternatives to itself.
        return f"(?:{text})" if isinstance(self.get(ref), str) else text

    def regex(self, ref: str, flags: int = 0) -> re.Pattern[str]:
        """The entry compiled (once per language, entry and flags). An entry with a hint (the
        entry ``<key>_hint``: what every match of it holds) comes behind it (``Hinted``): a
        pattern tried from every word of a sentence that cannot hold it costs one quick search."""
        try:
            return self._compiled[ref, flags]
        except KeyError:
            found = self.compile(self.source(ref), flags)
            file, _, key = ref.partition(".")
            if f"{key}_hint" in self.entries.get(file, {}):
                found = Hinted(found, self.regex(f"{ref}_hint", flags))  # type: ignore[assignment]
            self._compiled[ref, flags] = found
            return found

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """A pattern built from this language's words, compiled through the run cache
        (``runcache``), in this language's file of it: a language taught a user's words has a
        file of its own, so that the one every run reads holds the language's own patterns only."""
        return compiled(pattern, flags, self.key)


class Hinted:
    """A pattern behind its hint: where the hint finds nothing in a text, no call on that text
    can match, so it answers at once (no match, the text unchanged). The hint's answer is kept
    for the last text asked about, so several calls on one sentence search it once; kept as one
    pair, so that threads sharing the pattern never pair one text with another's answer."""

    __slots__ = ("_hint", "_last", "_pattern")

    def __init__(self, pattern: re.Pattern[str], hint: re.Pattern[str]) -> None:
        self._pattern, self._hint = pattern, hint
        self._last: tuple[str | None, bool] = (None, False)

    def _holds(self, text: str) -> bool:
        last = self._last
        if last[0] is text:
            return last[1]
        held = self._hint.search(text) is not None
        self._last = (text, held)
        return held

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self._pattern.search(text, *args) if self._holds(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self._pattern.match(text, *args) if self._holds(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self._pattern.fullmatch(text, *args) if self._holds(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(text, *args) if self._holds(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self._pattern.findall(text, *args) if self._holds(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self._pattern.sub(repl, text, count) if self._holds(text) else text

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self._pattern.split(text, maxsplit) if self._holds(text) else [text]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)  # asked before the slots are set (copy, pickle): not the pattern's
        return getattr(self._pattern, name)  # pattern, flags, groupindex, ...

    def __reduce__(self) -> tuple[Any, ...]:
        return (Hinted, (self._pattern, self._hint))  # copied or sent to a worker: rebuilt whole


def _copy(table: Any) -> Any:
    """A table two levels deep, copied so that adding to it leaves the shared data as it is."""
    return {
        k: dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v for k, v in table.items()
    }


def alternation(items: list[str]) -> str:
    """``(?:a|b|c)``, behind a look-ahead for the items' first letters when each item starts with
    a plain letter or digit: the regex engine then rejects most positions in one test instead of
    one per item (a month name tried at every word start). The look-ahead holds both cases of
    each letter, so it holds with or without IGNORECASE; it never changes what matches."""
    text = "(?:" + "|".join(items) + ")"
    if len(items) < 3 or not all(_plain_start(item) for item in items):
        return text
    letters = {c for item in items for c in (item[0].lower(), item[0].upper())}
    # One group, so that a quantifier after the reference ("{suffixes}?") covers the look-ahead.
    return "(?:(?=[" + "".join(sorted(letters)) + "])" + (_by_first_letter(items) or text) + ")"


def _plain_start(item: str) -> bool:
    """The item's first character is a literal that every match of it starts with."""
    return item[:1].isalnum() and item[1:2] not in ("?", "*", "{") and not _top_level_bar(item)


def _top_level_bar(item: str) -> bool:
    """The item is itself two alternatives ("a|b"), not one with a choice inside ("a(?:b|c)")."""
    depth, escaped, in_class = 0, False, False
    for c in item:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
    return False


# What may follow an item's first letter when the rest is split off it: not a quantifier.
_BOUND_TO_FIRST = frozenset("?*+{")
# Groups whose parentheses capture nothing and so may be reordered: (?: (?= (?! (?<= (?<!.
_CAPTURING = re.compile(r"\\[1-9]|\((?!\?(?::|=|!|<=|<!))")


def _by_first_letter(items: list[str]) -> str | None:
    """``(?:a(?:rmy|ir force)|p(?:olice))``: the items grouped by their first letter, each group's
    items in the data's order, so that the engine tries one branch per letter, not one per item,
    at each position. At a given position only one group can match (no two groups' letters are
    one letter in two cases), so the first item that matches is the same one as in the flat list.
    None where that cannot be promised: letters in two cases, letters outside plain Latin, an
    item that captures or refers back."""
    groups: dict[str, list[str]] = {}
    for item in items:
        first, rest = item[0], item[1:]
        latin = first.isascii() or "\u00c0" <= first <= "\u00ff"
        if rest[:1] in _BOUND_TO_FIRST or _CAPTURING.search(item) or not latin:
            return None
        groups.setdefault(first, []).append(rest)
    if len({c.lower() for c in groups}) < len(groups) or len(groups) == len(items):
        return None
    parts = [c + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for c, rests in groups.items()]
    return "(?:" + "|".join(parts) + ")"


@cache
def load(code: str = DEFAULT) -> Language:
    """The language data for ``code``, read once."""
    folder = resources.files("claimdiff").joinpath("data", "lang", code)
    if not folder.is_dir():
        raise LanguageError(f"no language data for {code!r}")
    stems = sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))
    return Language(code, {stem: load_file(code, stem) for stem in stems})


@cache
def load_file(code: str, stem: str) -> Mapping[str, Any]:
    """One file of a language's data (``detect``, say), read once: what needs a few words of every
    language reads only those."""
    item = resources.files("claimdiff").joinpath("data", "lang", code, f"{stem}.yaml")
    if not item.is_file():
        raise LanguageError(f"no language data for {code!r}")
    return parsed(f"{code}/{stem}", item.read_text(encoding="utf-8"), _parse_yaml) or {}


def _parse_yaml(text: str) -> Any:
    import yaml

    from claimdiff.yaml12 import loader as yaml_loader

    return yaml.load(text, yaml_loader(fast=True))  # noqa: S506


def _taught(code: str, words: UserWords | None) -> Language:
    """``code``'s language with the user's words, when they are for it."""
    if words is None or (words.language is not None and words.language != code):
        return load(code)
    return _with_words(code, words)


@cache
def _with_words(code: str, words: UserWords) -> Language:
    """Built once per language and lexicon: its patterns are compiled afresh, once."""
    return load(code).taught(words)


# The language in force, as the object itself (the hot path asks for it hundreds of thousands of
# times per megabyte), and the user's words in force, which every language put in force takes.
_ACTIVE: ContextVar[Language | None] = ContextVar("claimdiff_language", default=None)
_TAUGHT: ContextVar[UserWords | None] = ContextVar("claimdiff_user_words", default=None)


def active() -> Language:
    """The language in force: the one the document being read is in."""
    return _ACTIVE.get() or _taught(DEFAULT, _TAUGHT.get())


def pattern(ref: str, flags: int = 0) -> re.Pattern[str]:
    """``active().regex(ref, flags)``, for the hot path: the readers ask for a pattern some
    hundred times per sentence, and the language in force is most often set."""
    return (_ACTIVE.get() or active()).regex(ref, flags)


@contextmanager
def using(code: str) -> Iterator[Language]:
    """Put ``code``'s language in force while a document in it is read."""
    language = _taught(code, _TAUGHT.get())
    token = _ACTIVE.set(language)
    try:
        yield language
    finally:
        _ACTIVE.reset(token)


@contextmanager
def teaching(words: UserWords | None) -> Iterator[None]:
    """Put the user's words in force (none: the language data alone) for the languages put in
    force inside this block."""
    token, outer = _TAUGHT.set(words), _ACTIVE.set(None)
    try:
        yield
    finally:
        _ACTIVE.reset(outer)
        _TAUGHT.reset(token)


def per_language(make: Callable[[], T]) -> Callable[[], T]:
    """A function of the language in force (no arguments), computed once per language."""
    key = f"{make.__module__}.{make.__qualname__}"

    @wraps(make)
    def get() -> T:
        return active().derived(key, lambda _: make())

    return get


def languages() -> tuple[str, ...]:
    """The codes of every language that has data."""
    folder = resources.files("claimdiff").joinpath("data", "lang")
    return tuple(sorted(p.name for p in folder.iterdir() if p.is_dir()))


__all__ = [
    "DEFAULT",
    "EXTENSIBLE",
    "Language",
    "LanguageError",
    "active",
    "alternation",
    "languages",
    "load",
    "load_file",
    "per_language",
    "teaching",
    "UserWords",
    "using",
]
