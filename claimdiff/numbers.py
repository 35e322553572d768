"""Quantity parser of the extract stage: it finds the numeric quantities in news prose ("at
least 70 people", "une centaine de morts", "hundreds of civilians", "between 200 and 400", "$5 million",
"a dozen") and turns each into a typed, inclusive range with the exact character span it
came from, so that later stages can compare the figures different outlets give for one
event. It is purely lexical and deterministic: a small tokenizer plus hand-written
look-ahead rules, with context checks that keep years, dates, clock times, ordinals and
identifiers (Resolution 2719, MH17, F-16, Covid-19) from being read as counts. The words are
language data (data/lang/<code>/numbers.yaml), those of the language in force
(``claimdiff.lang.active``); the code holds the rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from claimdiff.lang import Language, active

__all__ = ["Quantity", "find_quantities"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in a text.

    ``text`` covers the qualifier, the numeral and any unit written next to it ("at least
    70", "about $5 million", "25-year-old", "48 hours"); the counted noun ("people") is
    never part of it. Vague phrases keep only the phrase itself ("hundreds").
    """

    start: int
    end: int
    text: str
    low: float
    high: float
    nominal: float | None
    kind: str
    unit: str | None


# ---------------------------------------------------------------------------
# Vocabulary: the words live in data/lang/<code>/numbers.yaml (months in dates.yaml); the
# scanner reads the tables of the language in force, built once per language.

# Words for 12 and 100: the code asks for them by value, not by spelling.
_DOZEN, _HUNDRED = 12, 100
# Symbols, not words: the same in every language.
_ID_GLUE = {"#", "/", ":", ".", "+", "=", "@", "_", "\\"}
_DASHES = {"-", "–"}
_CURRENCY_SYMBOLS = {"$", "€", "£", "¥", "₹", "₽", "₴", "₪", "₦", "₩", "₺"}
_PUNCT_TRIGGERS = _CURRENCY_SYMBOLS | {"~"}

_Qualifier = tuple[tuple[str, ...], str, bool]  # phrase, rule, strong


@dataclass(frozen=True, slots=True)
class _Vocab:
    """The tables the scanner reads, built from one language's data."""

    hint: re.Pattern[str]  # cheap pre-filter: most sentences carry no quantity at all
    tokens: re.Pattern[str]  # a figure, a word or a sign: the language's figures ("1,200.5", "1 200,5")
    decimal_marks: frozenset[str]  # what parts a figure's decimals: "1.5", "1,5"
    elisions: frozenset[str]  # elided words split off the word they are glued to: "d'une" -> "d'", "une"
    small: Mapping[str, int]
    tens: Mapping[str, int]
    small_words: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]]  # by first word, longest first
    tens_words: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]]
    units9_words: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]]
    teen_units_words: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]]
    teen_tens: frozenset[str]  # tens a unit up to nineteen may follow: "soixante-dix"
    tens_joiners: Mapping[str, frozenset[str]]  # "vingt et un": the joiner -> the units it joins
    bare_scales: frozenset[str]  # scale words that count one by themselves: "cent", "mille"
    approx_nouns: Mapping[str, int]  # about N: "une centaine", "un millier"
    big: Mapping[str, int]
    dozens: frozenset[str]
    hundreds: frozenset[str]
    digit_scales: Mapping[str, int]  # after digits, with a space: "1.5 million", "4 thousand"
    glued_scales: Mapping[str, int]
    chain_scales: Mapping[str, int]  # read by "half a" and "a few"/"several": "half a dozen"
    plural_scales: Mapping[str, int]
    articles: frozenset[str]
    half: frozenset[str]
    numeral_and: frozenset[str]
    partitive: frozenset[str]
    vague: Mapping[tuple[str, ...], str]
    vague_first: frozenset[str]
    vague_multiples: Mapping[str, int]
    qualifiers: Mapping[str, tuple[_Qualifier, ...]]  # by first word, longest phrase first
    hyphen_markers: Mapping[str, str]
    or_words: frozenset[str]
    or_markers: Mapping[str, str]
    plus: frozenset[str]
    one_qualifiers: frozenset[tuple[str, ...]]
    range_joiners: Mapping[str, frozenset[str]]
    bare_range_joiners: frozenset[str]
    change_words: frozenset[str]  # before "from X to Y", a change, not a range
    day_list_joiners: frozenset[str]
    age_prefixes: frozenset[str]
    age_suffixes: frozenset[str]
    months: frozenset[str]
    month_initial: re.Pattern[str]  # how a month name starts in running text ("March"; "mars")
    weekdays: frozenset[str]
    id_words: frozenset[str]  # a number after these is a label, not an amount
    id_abbreviations: frozenset[str]
    time_words: frozenset[str]
    dotted_time: frozenset[tuple[str, ...]]
    dotted_time_first: frozenset[str]
    time_phrases: frozenset[tuple[str, ...]]
    time_phrase_first: frozenset[str]
    dollar_prefixes: frozenset[str]
    currency_codes: frozenset[str]
    spaced_units: Mapping[str, str]
    multi_units: Mapping[tuple[str, ...], str]
    glued_units: Mapping[str, str]  # glued to digits ("25km", "24h", "20pc"); case-sensitive first
    hyphen_units: Mapping[str, str]  # "400-kilometre", "three-day", "30-minute"
    age_units: frozenset[str]
    count_nouns: frozenset[str]  # make a bare year-like figure a count: "1900 people"
    gap_stop: frozenset[str]  # cannot sit between a figure and its noun ("2019 the soldiers")
    year_determiners: frozenset[str]  # a year-like figure after these is a year ("the 2019 protesters")
    plural_suffixes: tuple[str, ...]
    not_plural_suffixes: tuple[str, ...]
    not_plural: frozenset[str]
    one_bad_prev: frozenset[str]  # "one" is a pronoun after these ("no one", "each one")
    one_bad_next: frozenset[str]  # and before those
    expr_starts: frozenset[str]  # open a figure by themselves (qualifiers aside)
    triggers: frozenset[str]  # any word a quantity can start with


def _build_vocab(lang: Language) -> _Vocab:
    def words(name: str) -> frozenset[str]:
        return frozenset(lang.words(f"numbers.{name}"))

    def table(name: str) -> dict[str, Any]:
        return dict(lang.table(f"numbers.{name}"))

    def phrases(name: str) -> dict[tuple[str, ...], Any]:
        """A table of phrases keyed by their token sequence: "per cent" -> ("per", "cent")."""
        return {tuple(k.split()): v for k, v in lang.table(f"numbers.{name}").items()}

    small = table("small")
    tens = table("tens")
    teen_tens = frozenset("-".join(_SPLIT_WORD.split(w)) for w in lang.words("numbers.teen_tens"))
    units9 = {w: v for w, v in small.items() if v < 10}
    big = table("scales")
    multipliers = table("multipliers")
    qualifiers: dict[str, list[_Qualifier]] = {}
    for seq, (rule, strong) in phrases("qualifiers").items():
        qualifiers.setdefault(seq[0], []).append((seq, rule, strong))
    range_joiners = {k: frozenset(v) for k, v in table("range_joiners").items()}
    hyphen_units = table("hyphen_units")
    vague = phrases("vague")
    plural_scales = table("plural_scales")
    vague_multiples = table("vague_multiples")
    dotted_time = frozenset(tuple(w.split(".")) for w in lang.words("numbers.dotted_time_words"))
    time_phrases = frozenset(tuple(p.split()) for p in lang.words("numbers.time_phrases"))
    expr_starts = frozenset(
        {_first_word(w) for w in (*small, *tens)}
        | words("articles")
        | words("bare_scales")
        | words("half")
        | set(range_joiners)
        | words("age_prefixes")
        | {w.lower() for w in words("dollar_prefixes") | words("currency_codes")}
    )
    return _Vocab(
        hint=lang.regex("numbers.hint", re.IGNORECASE),
        tokens=lang.compile(rf"({lang.source('numbers.figure')})|([^\W\d_]+(?:['’][^\W\d_]+)*)|(\S)"),
        decimal_marks=words("decimal_marks"),
        elisions=frozenset(w.replace("’", "'") for w in words("elisions")),
        small=small,
        tens=tens,
        small_words=_lexicon(small),
        tens_words=_lexicon(tens),
        units9_words=_lexicon(units9),
        teen_units_words=_lexicon({w: v for w, v in small.items() if 0 < v < 20}),
        teen_tens=teen_tens,
        tens_joiners={k: frozenset(v) for k, v in table("tens_joiners").items()},
        bare_scales=words("bare_scales"),
        approx_nouns=table("approx_nouns"),
        big=big,
        dozens=frozenset(w for w, v in multipliers.items() if v == _DOZEN),
        hundreds=frozenset(w for w, v in multipliers.items() if v == _HUNDRED),
        digit_scales={**multipliers, **table("digit_scale_abbreviations"), **big},
        glued_scales=table("glued_scales"),
        chain_scales={**multipliers, **big},
        plural_scales=plural_scales,
        articles=words("articles"),
        half=words("half"),
        numeral_and=words("numeral_and"),
        partitive=words("partitive"),
        vague=vague,
        vague_first=frozenset(seq[0] for seq in vague if len(seq) > 1),
        vague_multiples=vague_multiples,
        # "no more than" before "no"
        qualifiers={w: tuple(sorted(e, key=lambda q: -len(q[0]))) for w, e in qualifiers.items()},
        hyphen_markers=table("hyphen_markers"),
        or_words=words("or_word"),
        or_markers=table("or_markers"),
        plus=words("plus"),
        one_qualifiers=frozenset(tuple(p.split()) for p in lang.words("numbers.one_pronoun_qualifiers")),
        range_joiners=range_joiners,
        bare_range_joiners=words("bare_range_joiners"),
        change_words=words("change_words"),
        day_list_joiners=words("day_list_joiners"),
        age_prefixes=words("age_prefixes"),
        age_suffixes=words("age_suffixes"),
        # One list of month names in the project: dates.yaml.
        months=frozenset(lang.words("dates.months")) | frozenset(lang.words("dates.month_abbreviations")),
        month_initial=lang.regex("dates.month_initial"),
        weekdays=frozenset(lang.words("dates.weekdays")),
        id_words=words("id_words"),
        id_abbreviations=words("id_abbreviations"),
        time_words=words("time_words"),
        dotted_time=dotted_time,
        dotted_time_first=frozenset(seq[0] for seq in dotted_time),
        time_phrases=time_phrases,
        time_phrase_first=frozenset(seq[0] for seq in time_phrases),
        dollar_prefixes=words("dollar_prefixes"),
        currency_codes=words("currency_codes"),
        spaced_units={
            **table("time_units"),
            **table("measure_units"),
            **dict.fromkeys(lang.words("numbers.currency_words"), "currency"),
        },
        multi_units=phrases("multi_word_units"),
        glued_units=table("glued_units"),
        hyphen_units=hyphen_units,
        age_units=frozenset(hyphen_units[w] for w in lang.words("numbers.age_units")),
        count_nouns=words("count_nouns"),
        gap_stop=words("gap_stop"),
        year_determiners=words("year_determiners"),
        plural_suffixes=tuple(lang.words("numbers.plural_suffixes")),
        not_plural_suffixes=tuple(lang.words("numbers.not_plural_suffixes")),
        not_plural=words("not_plural"),
        one_bad_prev=words("one_pronoun_before"),
        one_bad_next=words("one_pronoun_after"),
        expr_starts=expr_starts,
        triggers=expr_starts
        | set(qualifiers)
        | set(plural_scales)
        | {seq[0] for seq in vague}
        | set(vague_multiples),
    )


# How a language writes its figures (thousands groups, decimals) is the pattern numbers.figure:
# English groups thousands by commas ("11,300") or by a thin or non-breaking space, as typeset
# text writes them ("11 300"). A plain space alone stays ambiguous there ("4 000", a phone
# number); a document that writes its thousands so is told by segment.py.
_Lexicon = Mapping[str, tuple[tuple[tuple[str, ...], int], ...]]
_SPLIT_WORD = re.compile(r"[\s-]+")
# An elided word glued to the next by its apostrophe: "d'une", "jusqu’à".
_ELIDED = re.compile(r"([^\W\d_]+['’])(?=[^\W\d_])")


def _first_word(key: str) -> str:
    return _SPLIT_WORD.split(key)[0]


def _lexicon(table: Mapping[str, int]) -> _Lexicon:
    """Number words by their first word, each as its words and value, longest first: a word
    written in parts ("dix-sept", "quatre-vingts") is read over the tokens of its parts."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for key, value in table.items():
        parts = tuple(_SPLIT_WORD.split(key))
        out.setdefault(parts[0], []).append((parts, value))
    return {w: tuple(sorted(e, key=lambda x: -len(x[0]))) for w, e in out.items()}


_N, _W, _P = 0, 1, 2
_INF = math.inf


# ---------------------------------------------------------------------------
# Parsing


class _Val:
    """A parsed numeral: token range [i0, end), value, and how it was written."""

    __slots__ = ("i0", "end", "value", "base", "scale", "digits", "bare", "one", "approx")

    def __init__(self, i0: int, end: int, base: Fraction, scale: int, digits: bool, bare: bool) -> None:
        self.i0 = i0
        self.end = end
        self.value = base * scale if scale != 1 else base
        self.base = base
        self.scale = scale
        self.digits = digits
        self.bare = bare  # plain digits: no comma, decimal point or scale word
        self.one = False
        self.approx = False  # a word that says "about": "une centaine"


class _Scanner:
    """The tokens of one text, and the look-ahead rules that read quantities from them."""

    __slots__ = ("text", "v", "n", "kind", "tok", "low", "sp", "ep")

    def __init__(self, text: str, vocab: _Vocab) -> None:
        self.text = text
        self.v = vocab
        self.kind: list[int] = []
        self.tok: list[str] = []
        self.low: list[str] = []
        self.sp: list[int] = []
        self.ep: list[int] = []
        if not vocab.elisions or ("'" not in text and "’" not in text):
            # No word to cut in two: the tokens as the pattern finds them, in one pass each.
            found = list(vocab.tokens.finditer(text))
            self.kind = [m.lastindex - 1 for m in found]  # type: ignore[operator]
            self.tok = [m.group() for m in found]
            self.low = [t.lower() for t in self.tok]
            self.sp = [m.start() for m in found]
            self.ep = [m.end() for m in found]
            self.n = len(self.tok)
            return
        for m in vocab.tokens.finditer(text):
            # exactly one group matches, so lastindex 1/2/3 is the token kind
            kind, start, word = m.lastindex - 1, m.start(), m.group()  # type: ignore[operator]
            while kind == _W and vocab.elisions:
                # "d'une" is two tokens, "d'" and "une"; the elided word is read with a plain "'".
                cut = _ELIDED.match(word)
                if cut is None or cut.group(1).lower().replace("’", "'") not in vocab.elisions:
                    break
                self._add(_W, start, cut.group(1), cut.group(1).lower().replace("’", "'"))
                start, word = start + cut.end(), word[cut.end() :]
            self._add(kind, start, word, word.lower())
        self.n = len(self.tok)

    def _add(self, kind: int, start: int, word: str, low: str) -> None:
        self.kind.append(kind)
        self.tok.append(word)
        self.low.append(low)
        self.sp.append(start)
        self.ep.append(start + len(word))

    # -- small helpers -------------------------------------------------------

    def _lw(self, k: int) -> str:
        return self.low[k] if 0 <= k < self.n else ""

    def _tk(self, k: int) -> str:
        return self.tok[k] if 0 <= k < self.n else ""

    def _kd(self, k: int) -> int:
        return self.kind[k] if 0 <= k < self.n else -1

    def _glued(self, k: int) -> bool:
        """Token k touches the token before it (no whitespace between)."""
        return 0 < k < self.n and self.sp[k] == self.ep[k - 1]

    def _past_approx(self, j: int, rule: str) -> int:
        """A bound's figure may be given roughly: "not exceeded about 150" is at most 150."""
        if rule != "approx":
            for seq, other, _ in self.v.qualifiers.get(self._lw(j), ()):
                if other == "approx" and self._seq(j, seq):
                    return j + len(seq)
        return j

    def _seq(self, k: int, seq: tuple[str, ...]) -> bool:
        return all(self._lw(k + t) == s for t, s in enumerate(seq))

    def _abbreviated_month(self, k: int) -> bool:
        """ "Sept. 20": a month's short name and its full stop, just before token ``k + 1``."""
        return k > 0 and self._tk(k) == "." and self._is_month(k - 1)

    def _is_month(self, k: int) -> bool:
        # As the language writes month names: English capitalised only ("may" and "march" are
        # also ordinary words), French in lowercase.
        return (
            self._kd(k) == _W
            and self.low[k] in self.v.months
            and bool(self.v.month_initial.match(self.tok[k]))
        )

    def _sentence_start(self, k: int) -> bool:
        return k == 0 or (self.kind[k - 1] == _P and self.tok[k - 1] not in {",", "-", "–"})

    def _count_noun_at(self, k: int) -> bool:
        if self._kd(k) != _W:
            return False
        if self.low[k] in self.v.count_nouns:
            return True
        # one modifier in between: "1900 Palestinian civilians", "1900 more people"
        return self.low[k] not in self.v.gap_stop and self._lw(k + 1) in self.v.count_nouns

    def _plural_noun_at(self, k: int) -> bool:
        if self._kd(k) != _W:
            return False
        w = self.low[k]
        if w in self.v.count_nouns:
            return True
        return (
            len(w) >= 4
            and w.endswith(self.v.plural_suffixes)
            and not w.endswith(self.v.not_plural_suffixes)
            and w not in self.v.not_plural
        )

    # -- driver --------------------------------------------------------------

    def run(self) -> tuple[Quantity, ...]:
        out: list[Quantity] = []
        i = 0
        while i < self.n:
            found = self._match(i)
            if found is None:
                i += 1
                continue
            end, q = found
            if q is not None:
                out.append(q)
            i = max(end, i + 1)
        return tuple(out)

    def _match(self, i: int) -> tuple[int, Quantity | None] | None:
        kind = self.kind[i]
        w = self.low[i]
        if kind == _P:
            if w not in _PUNCT_TRIGGERS:
                return None
        elif kind == _W:
            if w not in self.v.triggers:
                return None
            vague = self._vague(i)
            if vague is not None:
                return vague
        for seq, rule, strong in self.v.qualifiers.get(w, ()):
            if self._seq(i, seq):
                return self._expr(i, self._past_approx(i + len(seq), rule), (rule, strong, seq))
        if kind == _W and w not in self.v.expr_starts:
            return None
        return self._expr(i, i, None)

    # -- numerals ------------------------------------------------------------

    def _value(self, k: int) -> _Val | None:
        kind = self._kd(k)
        if kind == _N:
            raw = self.tok[k]
            # Group marks dropped, the decimal mark read as a point: "1,200.5", "1 200,5".
            digits = "".join(c if c.isdigit() else "." if c in self.v.decimal_marks else "" for c in raw)
            base = Fraction(digits) if "." in digits else Fraction(int(digits))
            j = k + 1
            scale = 1
            if self._kd(j) == _W:
                if self._glued(j):
                    scale = self.v.glued_scales.get(self.tok[j], 1)
                else:
                    scale = self.v.digit_scales.get(self.low[j], 1)
                    if scale == _HUNDRED and self._lw(j + 1) in self.v.big:  # "3 hundred thousand"
                        scale *= self.v.big[self.low[j + 1]]
                        j += 1
                    if scale == _DOZEN and base.denominator != 1:
                        scale = 1
                if scale > 1:
                    j += 1
            bare = scale == 1 and raw.isdigit()
            return _Val(k, j, base, scale, True, bare)
        if kind != _W:
            return None
        w = self.low[k]
        if w in self.v.half and self._lw(k + 1) in self.v.articles and self._lw(k + 2) in self.v.chain_scales:
            scale = self.v.chain_scales[self.low[k + 2]]
            return _Val(k, k + 3, Fraction(scale, 2), 1, False, False)
        joined = self._lw(k - 1) in self.v.numeral_and or self._lw(k - 1) in self.v.tens_joiners
        if w in self.v.articles and self._lw(k + 1) in self.v.half and not joined:
            # "a half-dozen", "une demi-douzaine", "un demi-million": the article first (not the
            # "a half" of "one and a half million")
            s = k + 3 if self._lw(k + 2) in _DASHES and self._glued(k + 2) and self._glued(k + 3) else k + 2
            if self._lw(s) in self.v.chain_scales:
                return _Val(k, s + 1, Fraction(self.v.chain_scales[self.low[s]], 2), 1, False, False)
        return self._words(k)

    def _spelled_hundreds(self, a: _Val, b: _Val) -> bool:
        """A small number word, then one that ends in "hundred": the hundred counts for both."""
        return (
            not a.digits
            and not b.digits
            and a.scale == 1
            and a.value < _HUNDRED
            and self._lw(b.end - 1) in self.v.hundreds
            and a.value * _HUNDRED < b.value
        )

    def _lexeme(self, k: int, lexicon: _Lexicon) -> tuple[tuple[str, ...], int, int] | None:
        """The number word of ``lexicon`` at token k, in one token or in parts joined by a glued
        hyphen or a space ("dix-sept", "quatre-vingts"): its words, value and end."""
        if self._kd(k) != _W:
            return None
        for parts, value in lexicon.get(self.low[k], ()):
            j = k + 1
            for part in parts[1:]:
                if self._tk(j) == "-" and self._glued(j) and self._glued(j + 1) and self._lw(j + 1) == part:
                    j += 2
                elif self._kd(j) == _W and not self._glued(j) and self.low[j] == part:
                    j += 1
                else:
                    break
            else:
                return parts, value, j
        return None

    def _joined_unit(self, j: int, ten: str) -> tuple[int, int] | None:
        """The unit after a ten, and the token after it: "twenty-one", "twenty one", "vingt et
        un", "vingt-et-un", "soixante-dix" (after the tens of teen_tens, up to nineteen)."""
        units = self.v.teen_units_words if ten in self.v.teen_tens else self.v.units9_words
        hyphen = self._tk(j) == "-" and self._glued(j) and self._glued(j + 1)
        k = j + 1 if hyphen else j
        joiner = self.v.tens_joiners.get(self._lw(k)) if self._kd(k) == _W else None
        if joiner is not None and (hyphen or not self._glued(k)):
            # "vingt et un": only the units the joiner joins
            nxt = k + 1
            if hyphen and self._tk(nxt) == "-" and self._glued(nxt) and self._glued(nxt + 1):
                nxt += 1
            elif hyphen or self._glued(nxt):
                return None
            if self._lw(nxt) in joiner and self._lw(nxt) in self.v.small:
                return self.v.small[self.low[nxt]], nxt + 1
            return None
        if not hyphen and self._glued(k):
            return None
        got = self._lexeme(k, units)
        return None if got is None else (got[1], got[2])

    def _below_hundred(self, k: int) -> tuple[int, int] | None:
        if self._kd(k) != _W:
            return None
        ten = self._lexeme(k, self.v.tens_words)
        if ten is not None:
            parts, v, j = ten
            unit = self._joined_unit(j, "-".join(parts))
            return (v, j) if unit is None else (v + unit[0], unit[1])
        got = self._lexeme(k, self.v.small_words)
        return None if got is None else (got[1], got[2])

    def _tail(self, k: int) -> tuple[int, int]:
        """Optional "and fifty" after "two hundred"."""
        j = k + 1 if self._lw(k) in self.v.numeral_and else k
        got = self._below_hundred(j)
        if got is None:
            return 0, k
        v, j2 = got
        # "between two hundred and three hundred": the "and" joins two numbers.
        if j != k and self._lw(j2) in self.v.hundreds:
            return 0, k
        return v, j2

    def _chunk(self, k: int) -> tuple[int, int, bool] | None:
        """A group below one thousand; the bool marks a bare article ("a" million)."""
        w = self._lw(k)
        if w in self.v.articles:
            if self._lw(k + 1) in self.v.hundreds:
                v, j = self._tail(k + 2)
                return 100 + v, j, False
            return 1, k + 1, True
        if w in self.v.bare_scales:
            if w in self.v.hundreds:  # "cent trois": one hundred and three
                v, j = self._tail(k + 1)
                return 100 + v, j, False
            if w in self.v.big:  # "mille": one, the scale word read next
                return 1, k, False
        got = self._below_hundred(k)
        if got is None:
            return None
        v, j = got
        if self._lw(j) in self.v.hundreds and v < 20 and self.low[k] in self.v.small:
            t, j = self._tail(j + 1)
            return v * 100 + t, j, False
        return v, j, False

    def _approx_noun(self, k: int, j: int) -> _Val:
        """ "une centaine", "un millier": about the noun's number."""
        val = _Val(k, j + 1, Fraction(self.v.approx_nouns[self.low[j]]), 1, False, False)
        val.approx = True
        return val

    def _words(self, k: int) -> _Val | None:
        total = 0
        j = k
        last_big = 0
        groups = 0
        trailing = False
        while True:
            chunk = self._chunk(j)
            if chunk is None:
                break
            v, j2, article = chunk
            big = self.v.big.get(self._lw(j2), 0)
            if big and (not last_big or big < last_big):
                total += v * big
                last_big = big
                groups += 1
                j = j2 + 1
                if self._lw(j) in self.v.numeral_and:
                    nxt = self._chunk(j + 1)
                    if nxt is not None and not nxt[2]:
                        j += 1
                continue
            if article:
                if groups == 0 and self._lw(j2) in self.v.dozens:
                    return _Val(k, j2 + 1, Fraction(1), 12, False, False)
                if groups == 0 and self._lw(j2) in self.v.approx_nouns:  # "une centaine"
                    return self._approx_noun(k, j2)
                break
            if groups == 0 and v < 20 and self._lw(j2) in self.v.dozens:
                return _Val(k, j2 + 1, Fraction(v), 12, False, False)
            total += v
            j = j2
            groups += 1
            trailing = True
            break
        if groups == 0:
            return None
        scale = last_big if groups == 1 and not trailing else 1
        val = _Val(k, j, Fraction(total // scale), scale, False, False)
        val.one = total == 1 and j == k + 1 and self.v.small.get(self.low[k]) == 1
        return val

    # -- vague phrases -------------------------------------------------------

    def _scale_chain(self, k: int) -> tuple[int, int]:
        """Product of consecutive scale words: "hundred thousand" -> 100000."""
        w = self._lw(k)
        if w not in self.v.chain_scales:
            return 0, k
        prod = self.v.chain_scales[w]
        if prod == _DOZEN:
            return prod, k + 1
        j = k + 1
        while True:
            if self._lw(j) in self.v.big and self.v.big[self.low[j]] > prod:
                prod *= self.v.big[self.low[j]]
                j += 1
            elif (
                self._lw(j) in self.v.partitive
                and self._lw(j + 1) in self.v.plural_scales
                and self._lw(j + 1) in self.v.big
                and self.v.big[self.low[j + 1]] > prod
            ):  # "plusieurs centaines de milliers"
                prod *= self.v.big[self.low[j + 1]]
                j += 2
            else:
                return prod, j

    def _vague(self, i: int) -> tuple[int, Quantity] | None:
        w = self.low[i]
        lw1 = self._lw(i + 1)
        role = self.v.vague.get((w,))
        phrase = self.v.vague.get((w, lw1)) if w in self.v.vague_first else None  # "a few", "a handful"
        after = i + 2 if phrase else i + 1  # the token after the phrase: "a few", "quelques"
        phrase = phrase or (role if role in ("few", "handful") else None)
        rng: tuple[int, int] | None = None
        end = i + 1
        if phrase == "few":
            scale, end = self._scale_chain(after)
            if scale == _DOZEN:
                rng = (24, 60)
            elif scale:
                rng = (2 * scale, 5 * scale - 1)
        elif phrase == "handful":
            rng, end = (3, 6), after
        elif role == "several":
            scale, end = self._scale_chain(i + 1)
            if scale == _DOZEN:
                rng = (36, 99)
            elif scale:
                rng = (3 * scale, 10 * scale - 1)
            elif self._plural_noun_at(i + 1):
                rng, end = (3, 9), i + 1
        elif role == "dozens":
            rng = (24, 99)
        elif role == "scores" and lw1 in self.v.partitive:  # bare "scores" is usually results
            rng = (40, 99)
        elif (
            w in self.v.vague_multiples
            and lw1 in self.v.partitive
            and self._lw(i + 2) in self.v.plural_scales
        ):
            mult = self.v.vague_multiples[w]
            scale = self.v.plural_scales[self.low[i + 2]]
            if scale > mult:
                rng, end = (2 * mult * scale, 10 * mult * scale - 1), i + 3
        if rng is None and w in self.v.plural_scales:
            scale = self.v.plural_scales[w]
            if scale >= 10**6:  # "millions" spans orders of magnitude
                rng = (2 * scale, 1000 * scale - 1)
            else:
                rng = (2 * scale, 10 * scale - 1)
            end = i + 1
        if rng is None:
            return None
        unit = None
        if role == "several" and end == i + 1:
            unit = self.v.spaced_units.get(lw1)
        elif self._lw(end) in self.v.partitive:  # "hundreds of kilometres"
            unit = self.v.spaced_units.get(self._lw(end + 1))
        q = self._make(i, end, Fraction(rng[0]), Fraction(rng[1]), None, "vague", unit)
        return end, q

    # -- expressions ---------------------------------------------------------

    def _prefix(self, k: int) -> tuple[str | None, int]:
        """Currency sign or code, or "aged", written before the figure."""
        if k >= self.n:
            return None, k
        t = self.tok[k]
        if t in _CURRENCY_SYMBOLS:
            if self._kd(k + 1) == _N and self._glued(k + 1):
                return "currency", k + 1
            return None, k
        if self.kind[k] != _W:
            return None, k
        if t in self.v.dollar_prefixes and self._tk(k + 1) == "$" and self._glued(k + 1):
            if self._kd(k + 2) == _N and self._glued(k + 2):
                return "currency", k + 2
        if t in self.v.currency_codes:
            j = k + 1
            if self._tk(j) == "." and self._glued(j):
                j += 1
            if self._kd(j) == _N:
                return "currency", j
            return None, k
        if self.low[k] in self.v.age_prefixes:
            j = k + 1
            if self._lw(j) in self.v.partitive:
                j += 1
            return "age", j
        return None, k

    def _unit(self, k: int) -> tuple[str | None, int]:
        """Unit written after the figure; returns the token after it."""
        if k >= self.n:
            return None, k
        t = self.tok[k]
        kind = self.kind[k]
        glued = self._glued(k)
        if glued and kind == _W and self.kind[k - 1] == _N:
            u = self.v.glued_units.get(t) or self.v.glued_units.get(self.low[k])
            return (u, k + 1) if u else (None, k)
        if t == "%":
            return "percent", k + 1
        if glued and t == "-" and self._kd(k + 1) == _W and self._glued(k + 1):
            u = self.v.hyphen_units.get(self.low[k + 1])
            if u is None:
                return None, k
            j = k + 2
            if u in self.v.age_units and self._tk(j) == "-" and self._glued(j):
                if self._lw(j + 1) in self.v.age_suffixes and self._glued(j + 1):
                    return "age", j + 2
            return u, j
        if kind == _W:
            u = self.v.multi_units.get((self.low[k], self._lw(k + 1)))
            if u:
                return u, k + 2
            u = self.v.spaced_units.get(self.low[k])
            if u:
                return u, k + 1
        return None, k

    def _connector(self, k: int, span_kw: str | None) -> int | None:
        t = self._tk(k)
        w = self._lw(k)
        if span_kw is not None:
            ok = w in self.v.range_joiners[span_kw] or t in _DASHES
        else:
            # A spaced hyphen is punctuation, but a spaced en dash still marks a range.
            ok = (
                w in self.v.bare_range_joiners
                or t == "–"
                or (t == "-" and self._glued(k) and self._glued(k + 1))
            )
        return k + 1 if ok and k + 1 < self.n else None

    def _marker(self, k: int, free: bool) -> tuple[str, int] | None:
        """Qualifier written after the figure: "-strong", "300-plus", "or more", "or so"."""
        t = self._tk(k)
        if t == "-" and self._glued(k) and self._kd(k + 1) == _W and self._glued(k + 1):
            rule = self.v.hyphen_markers.get(self.low[k + 1])
            if rule == "exact" or (free and rule is not None):
                return rule, k + 2
            return None
        if not free:
            return None
        if t == "+" and self._glued(k) and not (self._kd(k + 1) == _N and self._glued(k + 1)):
            return "min", k + 1
        w = self._lw(k)
        if w in self.v.or_words:
            rule = self.v.or_markers.get(self._lw(k + 1))
            if rule is not None:
                return rule, k + 2
        if w in self.v.plus and self._kd(k + 1) != _N:
            nxt = self._lw(k + 1)
            if nxt not in self.v.small and nxt not in self.v.tens and nxt not in self.v.articles:
                return "min", k + 1
        return None

    def _expr(
        self, i0: int, j: int, q: tuple[str, bool, tuple[str, ...]] | None
    ) -> tuple[int, Quantity | None] | None:
        """Figure or range starting at token j; i0 is where its qualifier starts."""
        pre, k = self._prefix(j)
        span_kw = None
        # "rose from 20 to 30", "revised the toll from 50 to 45": a change, two figures, no range.
        change = self._lw(k - 1) in self.v.change_words or (
            self._lw(k - 1) in self.v.range_joiners and self._lw(k - 2) in self.v.change_words
        )
        if self._kd(k) == _W and self.low[k] in self.v.range_joiners:
            span_kw = self.low[k]
            k += 1
            if pre is None:
                pre, k = self._prefix(k)
        a = self._value(k)
        if a is None:
            return None
        unit, k = self._unit(a.end)
        b = None
        c = None if change else self._connector(k, span_kw)
        if c is not None:
            p2, kb = self._prefix(c)
            if p2 in (None, "currency"):
                b = self._value(kb)
        end = k
        if b is not None:
            if b.scale > 1 and a.scale == 1 and a.value < b.base:  # "1-2 million"
                a.value *= b.scale
                a.scale = b.scale
                a.bare = False
            elif self._spelled_hundreds(a, b):  # "between two and three hundred": 200..300
                a.value *= _HUNDRED
                a.bare = False
            if a.value >= b.value:
                if self.tok[c - 1] == "-" and self._glued(c - 1) and self._glued(c):
                    return b.end, None  # "3-1", "2014-15": scores and seasons, not ranges
                if span_kw:
                    return None
                b = None
            else:
                u2, k2 = self._unit(b.end)
                if unit and u2 and unit != u2:
                    if span_kw:
                        return None
                    b = None
                else:
                    unit = u2 or unit
                    end = k2
        marker = None
        if b is None:
            if span_kw:
                return None
            found = self._marker(end, q is None)
            if found is not None:
                marker, end = found
                if unit is None:
                    unit, end = self._unit(end)
            elif a.approx:
                marker = "approx"
        if pre == "currency":
            unit = "currency"
        elif pre == "age" and unit in (None, "year"):
            unit = "age"
        if self._rejected(i0, j, a, b, end, q, pre, unit, marker):
            return end, None
        if a.one and b is None and q is not None and q[2] in self.v.one_qualifiers:
            return end, None  # "some one"
        return end, self._build(i0, end, a, b, q, marker, unit)

    # -- context checks ------------------------------------------------------

    def _in_digit_run(self, i: int) -> bool:
        """Space-separated digit groups: "4 000", "+44 20 7946 0958"."""
        lo = i
        while lo > 0 and self.kind[lo - 1] == _N and not self._glued(lo):
            lo -= 1
        hi = i
        while hi + 1 < self.n and self.kind[hi + 1] == _N and not self._glued(hi + 1):
            hi += 1
        size = hi - lo + 1
        if size < 2:
            return False
        if size >= 3:
            return True
        first, second = self.tok[lo], self.tok[hi]
        return first.isdigit() and len(first) <= 3 and second.isdigit() and len(second) == 3

    def _time_after(self, k: int) -> bool:
        w = self._lw(k)
        if w in self.v.time_words:
            return True
        if w in self.v.dotted_time_first and self._tk(k + 1) == "." and self._glued(k + 1):
            return (w, self._lw(k + 2)) in self.v.dotted_time and self._glued(k + 2)
        return w in self.v.time_phrase_first and (w, self._lw(k + 1)) in self.v.time_phrases

    def _rejected(
        self,
        i0: int,
        j: int,
        a: _Val,
        b: _Val | None,
        end: int,
        q: tuple[str, bool, tuple[str, ...]] | None,
        pre: str | None,
        unit: str | None,
        marker: str | None,
    ) -> bool:
        vals = (a,) if b is None else (a, b)
        last = vals[-1]
        noun_after = self._count_noun_at(end)
        for v in vals:
            if not v.digits:
                continue
            i = v.i0
            s = self.tok[i]
            if len(s) > 1 and s[0] == "0" and s[1] not in self.v.decimal_marks:
                return True  # "07", "0958": codes and phone numbers
            if len(s) > 18:
                return True  # a serial number, and beyond what a float holds exactly
            if v is a and pre is None and self._glued(i):
                pt = self.tok[i - 1]
                pk = self.kind[i - 1]
                if pk != _P or pt in _ID_GLUE:
                    return True  # "MH17", "G7", "#5", "+44"
                if pt == "," and i >= 2 and self._glued(i - 1) and self.kind[i - 2] == _N:
                    return True  # "3,4": a list or a malformed figure
                if pt in _DASHES and i >= 2 and self._glued(i - 1) and self.kind[i - 2] != _P:
                    return True  # "Covid-19", "F-16"
            nxt = i + 1
            if nxt < self.n and self._glued(nxt):
                tn = self.tok[nxt]
                if tn in (":", "/", ".", ",") and self._kd(nxt + 1) == _N and self._glued(nxt + 1):
                    return True  # "10:30", "9/11", "23.03.2022", "1,2345"
                if self.kind[nxt] == _W and nxt >= v.end:
                    if tn not in self.v.glued_units and self.low[nxt] not in self.v.glued_units:
                        return True  # "23rd", "3pm", "1990s", "5G"
            if v.bare and self._in_digit_run(i):
                return True
        if a.digits and (self._time_after(last.end) or self._time_after(end)):
            return True
        # Dates: "March 23", "23 March", "March 23-25", "23 and 24 March".
        if a.bare and self._is_day(a) and (b is None or (b.bare and self._is_day(b))):
            if self._is_month(a.i0 - 1) or self._is_month(end) or self._abbreviated_month(a.i0 - 1):
                return True
            if self._lw(end) in self.v.partitive and self._is_month(end + 1):
                return True
            if b is None and self._lw(end) in self.v.day_list_joiners and self._kd(end + 1) == _N:
                if self._is_month(end + 2):
                    return True
        # A month's name that is also a number word, after a day: "le 11 sept. 2001".
        if not a.digits and b is None and self._kd(a.i0 - 1) == _N and self._is_month(a.i0):
            return True
        # Years: "in 2014", "the 2019 attack"; but "1900 people" and "more than 2000".
        if any(v.bare and self._is_year(v) for v in vals):
            if unit is None:
                if self._lw(a.i0 - 1) in self.v.year_determiners and q is None:
                    return True
                if not noun_after and not (q is not None and q[1]):
                    return True
        # Labels: "Resolution 2719", "article 5", "No. 5", "Boeing 737", "World War Two".
        p = a.i0 - 1
        if pre is None and p >= 0 and p == j - 1 and (a.bare or not a.digits):
            pw = self.low[p]
            if self.kind[p] == _W and pw in self.v.id_words:
                return True
            if self.tok[p] == "." and self._glued(p) and self._lw(p - 1) in self.v.id_abbreviations:
                return True
            if (
                q is None
                and self.kind[p] == _W
                and self.tok[p][0].isupper()
                and not self._sentence_start(p)
                and pw not in self.v.months
                and pw not in self.v.weekdays
                and (not a.digits or (unit is None and not noun_after))
                and (a.digits or self.tok[a.i0][0].isupper())
            ):
                return True
        if not last.digits:
            # Compound adjectives and fractions: "two-state", "one-off", "two-thirds".
            if self._tk(end) == "-" and self._glued(end) and self._glued(end + 1):
                if self._kd(end + 1) == _W:
                    return True
            if self._time_after(end):
                return True
        if a.one and b is None and q is None and unit is None and marker is None:
            if self._lw(a.i0 - 1) in self.v.one_bad_prev:
                return True
            if self._kd(end) != _W or self.low[end] in self.v.one_bad_next:
                return True
        return False

    def _is_day(self, v: _Val) -> bool:
        return v.value.denominator == 1 and 1 <= v.value <= 31

    def _is_year(self, v: _Val) -> bool:
        s = self.tok[v.i0]
        return len(s) == 4 and 1800 <= int(s) <= 2100

    # -- output --------------------------------------------------------------

    def _build(
        self,
        i0: int,
        end: int,
        a: _Val,
        b: _Val | None,
        q: tuple[str, bool, tuple[str, ...]] | None,
        marker: str | None,
        unit: str | None,
    ) -> Quantity:
        rule = q[0] if q is not None else marker or "exact"
        if b is None:
            kind, lo, hi = _bounds(rule, a.value)
            return self._make(i0, end, lo, hi, a.value, kind, unit)
        lo, hi = a.value, b.value
        if rule in ("min", "gt"):
            kind = "lower"
            lo = lo + 1 if rule == "gt" and lo.denominator == 1 else lo
            hi = _INF
        elif rule in ("max", "lt"):
            kind, lo = "upper", Fraction(0)
            hi = hi - 1 if rule == "lt" and hi.denominator == 1 else hi
        elif rule in ("near", "under"):
            kind, lo = "upper", Fraction(math.floor(lo * Fraction(9, 10)))
        else:
            kind = "span"
        return self._make(i0, end, lo, hi, None, kind, unit)

    def _make(
        self,
        i0: int,
        end: int,
        lo: Fraction | float,
        hi: Fraction | float,
        nominal: Fraction | None,
        kind: str,
        unit: str | None,
    ) -> Quantity:
        s = self.sp[i0]
        e = self.ep[end - 1]
        return Quantity(
            start=s,
            end=e,
            text=self.text[s:e],
            low=float(lo),
            high=float(hi),
            nominal=None if nominal is None else float(nominal),
            kind=kind,
            unit=unit,
        )


def _bounds(rule: str, n: Fraction) -> tuple[str, Fraction | float, Fraction | float]:
    """Kind and inclusive bounds of a single figure under a qualifier rule."""
    whole = n.denominator == 1
    if rule == "approx":
        lo, hi = n * Fraction(9, 10), n * Fraction(11, 10)
        if whole:  # widen to whole numbers so a count range stays a count range
            lo, hi = Fraction(math.floor(lo)), Fraction(math.ceil(hi))
        return "approx", lo, hi
    if rule == "min":
        return "lower", n, _INF
    if rule == "gt":
        return "lower", n + 1 if whole else n, _INF
    if rule in ("near", "under"):
        lo = n * Fraction(9, 10)
        if whole:
            lo = Fraction(math.floor(lo))
        hi = n - 1 if rule == "under" and whole else n
        return "upper", lo, hi
    if rule == "max":
        return "upper", Fraction(0), n
    if rule == "lt":
        return "upper", Fraction(0), n - 1 if whole else n
    return "exact", n, n


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in the text, in order of position, non-overlapping."""
    if not text:
        return ()
    # The language in force's tables, built at its first use.
    vocab: _Vocab = active().derived("numbers.vocab", _build_vocab)
    if vocab.hint.search(text) is None:
        return ()
    return _escalated(text, _restated(text, _Scanner(text, vocab).run()))


# "quatre (4) civils", "Four (4) persons": a figure in words restated in digits between brackets,
# as official communiqués write them; symbols, the same in every language.
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _restated(text: str, found: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """A figure followed by the same figure in digits between brackets is one figure, whose text
    runs to the closing bracket, so that the counted noun after it is read with it."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        close = _CLOSE_BRACKET.match(text, q.end)
        if (
            prev is not None
            and close is not None
            and prev.unit is None
            and q.unit is None
            and q.low == q.high
            and q.low in (prev.low, prev.high, prev.nominal)
            and q.text.isdigit()
            and _OPEN_BRACKET.fullmatch(text, prev.end, q.start)
        ):
            end = close.end()
            out[-1] = Quantity(
                prev.start, end, text[prev.start : end], prev.low, prev.high, prev.nominal, prev.kind, None
            )
            continue
        out.append(q)
    return tuple(out)


def _escalated(text: str, found: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """ "several hundred, or even a few thousand": two figures joined by a word that raises the
    first to the second are one range, from the low of the first to the high of the second."""
    joiner = active().derived("numbers.escalation", _escalation_re)
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.unit is None
            and q.unit is None
            and q.high > prev.high
            and joiner.fullmatch(text, prev.end, q.start)
        ):
            out[-1] = Quantity(
                prev.start, q.end, text[prev.start : q.end], prev.low, q.high, None, "span", None
            )
            continue
        out.append(q)
    return tuple(out)


def _escalation_re(lang: Language) -> re.Pattern[str]:
    words = "|".join(
        sorted(
            (re.escape(w).replace(r"\ ", r"\s+") for w in lang.words("numbers.escalation")),
            key=len,
            reverse=True,
        )
    )
    articles = "|".join(re.escape(w) for w in lang.words("numbers.escalation_articles"))
    return lang.compile(rf"\s*,?\s*(?:{words})\s+(?:(?:{articles})\s*)?", re.IGNORECASE)
