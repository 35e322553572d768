"""Quantity parser of the extract stage: it finds the numeric quantities in English news
prose ("at least 70 people", "hundreds of civilians", "between 200 and 400", "$5 million",
"a dozen") and turns each into a typed, inclusive range with the exact character span it
came from, so that later stages can compare the figures different outlets give for one
event. It is purely lexical and deterministic: a small tokenizer plus hand-written
look-ahead rules, with context checks that keep years, dates, clock times, ordinals and
identifiers (Resolution 2719, MH17, F-16, Covid-19) from being read as counts. The words are
language data (data/lang/en/numbers.yaml); the code holds the rules.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from claimdiff.lang import load

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
# Vocabulary: the words live in data/lang/en/numbers.yaml (months in dates.yaml)

_EN = load("en")


def _set(name: str) -> frozenset[str]:
    return frozenset(_EN.words(f"numbers.{name}"))


def _table(name: str) -> dict[str, Any]:
    return dict(_EN.table(f"numbers.{name}"))


def _phrases(name: str) -> dict[tuple[str, ...], Any]:
    """A table of phrases keyed by their token sequence: "per cent" -> ("per", "cent")."""
    return {tuple(k.split()): v for k, v in _EN.table(f"numbers.{name}").items()}


_SMALL: dict[str, int] = _table("small")
_TENS: dict[str, int] = _table("tens")
_UNITS9 = {w: v for w, v in _SMALL.items() if v < 10}
_BIG: dict[str, int] = _table("scales")
# Words for 12 and 100; the code asks for them by value, not by spelling.
_MULTIPLIERS: dict[str, int] = _table("multipliers")
_DOZEN, _HUNDRED = 12, 100
_DOZENS = frozenset(w for w, v in _MULTIPLIERS.items() if v == _DOZEN)
_HUNDREDS = frozenset(w for w, v in _MULTIPLIERS.items() if v == _HUNDRED)
# Scale words allowed after digits, with a space: "1.5 million", "4 thousand".
_DIGIT_SCALES = {**_MULTIPLIERS, **_table("digit_scale_abbreviations"), **_BIG}
_GLUED_SCALES: dict[str, int] = _table("glued_scales")
# Scales that "half a" and "a few"/"several" read: "half a dozen", "several hundred thousand".
_CHAIN_SCALES = {**_MULTIPLIERS, **_BIG}
_PLURAL_SCALES: dict[str, int] = _table("plural_scales")
_ARTICLES = _set("articles")
_HALF = _set("half")
_NUMERAL_AND = _set("numeral_and")
_PARTITIVE = _set("partitive")
_VAGUE: dict[tuple[str, ...], str] = _phrases("vague")
_VAGUE_FIRST = frozenset(seq[0] for seq in _VAGUE if len(seq) > 1)
_VAGUE_MULTIPLES: dict[str, int] = _table("vague_multiples")


def _index_qualifiers() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for seq, (rule, strong) in _phrases("qualifiers").items():
        index.setdefault(seq[0], []).append((seq, rule, strong))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))  # "no more than" before "no"
    return index


_QUALIFIERS = _index_qualifiers()
_HYPHEN_MARKERS: dict[str, str] = _table("hyphen_markers")
_OR = _set("or_word")
_OR_MARKERS: dict[str, str] = _table("or_markers")
_PLUS = _set("plus")
_ONE_QUALIFIERS = frozenset(tuple(p.split()) for p in _EN.words("numbers.one_pronoun_qualifiers"))
_RANGE_JOINERS = {k: frozenset(v) for k, v in _table("range_joiners").items()}
_BARE_RANGE_JOINERS = _set("bare_range_joiners")
_DAY_LIST_JOINERS = _set("day_list_joiners")
_AGE_PREFIXES = _set("age_prefixes")
_AGE_SUFFIXES = _set("age_suffixes")

# One list of month names in the project: dates.yaml.
_MONTHS = frozenset(_EN.words("dates.months")) | frozenset(_EN.words("dates.month_abbreviations"))
_WEEKDAYS = frozenset(_EN.words("dates.weekdays"))

# Words after which a number is a label, not an amount.
_ID_WORDS = _set("id_words")
_ID_ABBR = _set("id_abbreviations")
_ID_GLUE = {"#", "/", ":", ".", "+", "=", "@", "_", "\\"}
_DASHES = {"-", "–"}

_TIME_WORDS = _set("time_words")
_DOTTED_TIME = frozenset(tuple(w.split(".")) for w in _EN.words("numbers.dotted_time_words"))
_DOTTED_TIME_FIRST = frozenset(seq[0] for seq in _DOTTED_TIME)
_TIME_PHRASES = frozenset(tuple(p.split()) for p in _EN.words("numbers.time_phrases"))
_TIME_PHRASE_FIRST = frozenset(seq[0] for seq in _TIME_PHRASES)

_CURRENCY_SYMBOLS = {"$", "€", "£", "¥", "₹", "₽", "₴", "₪", "₦", "₩", "₺"}
_DOLLAR_PREFIXES = _set("dollar_prefixes")
_CURRENCY_CODES = _set("currency_codes")

_SPACED_UNITS = {
    **_table("time_units"),
    **_table("measure_units"),
    **dict.fromkeys(_EN.words("numbers.currency_words"), "currency"),
}
_MULTI_UNITS: dict[tuple[str, ...], str] = _phrases("multi_word_units")
# Units written glued to digits ("25km", "5kg", "24h", "20pc"); case-sensitive first.
_GLUED_UNITS: dict[str, str] = _table("glued_units")
# Units written "400-kilometre", "three-day", "30-minute".
_HYPHEN_UNITS: dict[str, str] = _table("hyphen_units")
_AGE_UNITS = frozenset(_HYPHEN_UNITS[w] for w in _EN.words("numbers.age_units"))

# Nouns that make a bare year-like figure a count: "1900 people".
_COUNT_NOUNS = _set("count_nouns")
# Function words that cannot sit between a figure and its noun ("2019 the soldiers").
_GAP_STOP = _set("gap_stop")
# A year-like figure right after these is a year even before a noun ("the 2019 protesters").
_YEAR_DETERMINERS = _set("year_determiners")
_PLURAL_SUFFIXES = tuple(_EN.words("numbers.plural_suffixes"))
_NOT_PLURAL_SUFFIXES = tuple(_EN.words("numbers.not_plural_suffixes"))
_NOT_PLURAL = _set("not_plural")

# "one" is a pronoun after these ("no one", "the one", "each one") and before those.
_ONE_BAD_PREV = _set("one_pronoun_before")
_ONE_BAD_NEXT = _set("one_pronoun_after")

# Words that can open a figure by themselves (qualifiers aside).
_EXPR_STARTS = (
    set(_SMALL)
    | set(_TENS)
    | _ARTICLES
    | _HALF
    | set(_RANGE_JOINERS)
    | _AGE_PREFIXES
    | {w.lower() for w in _DOLLAR_PREFIXES | _CURRENCY_CODES}
)
_TRIGGERS = (
    _EXPR_STARTS | set(_QUALIFIERS) | set(_PLURAL_SCALES) | {seq[0] for seq in _VAGUE} | set(_VAGUE_MULTIPLES)
)
_PUNCT_TRIGGERS = _CURRENCY_SYMBOLS | {"~"}

_NUM_PATTERN = r"[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_TOKEN_RE = re.compile(rf"({_NUM_PATTERN})|([^\W\d_]+(?:['’][^\W\d_]+)*)|(\S)")
_N, _W, _P = 0, 1, 2
_INF = math.inf


# ---------------------------------------------------------------------------
# Parsing


class _Val:
    """A parsed numeral: token range [i0, end), value, and how it was written."""

    __slots__ = ("i0", "end", "value", "base", "scale", "digits", "bare", "one")

    def __init__(self, i0: int, end: int, base: Fraction, scale: int, digits: bool, bare: bool) -> None:
        self.i0 = i0
        self.end = end
        self.value = base * scale if scale != 1 else base
        self.base = base
        self.scale = scale
        self.digits = digits
        self.bare = bare  # plain digits: no comma, decimal point or scale word
        self.one = False


class _Scanner:
    """The tokens of one text, and the look-ahead rules that read quantities from them."""

    __slots__ = ("text", "n", "kind", "tok", "low", "sp", "ep")

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(_TOKEN_RE.finditer(text))
        # exactly one group matches, so lastindex 1/2/3 is the token kind
        self.kind = [m.lastindex - 1 for m in matches]  # type: ignore[operator]
        self.tok = tok = [m.group() for m in matches]
        self.low = [t.lower() for t in tok]
        self.sp = [m.start() for m in matches]
        self.ep = [m.end() for m in matches]
        self.n = len(tok)

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

    def _seq(self, k: int, seq: tuple[str, ...]) -> bool:
        return all(self._lw(k + t) == s for t, s in enumerate(seq))

    def _is_month(self, k: int) -> bool:
        # Capitalised only: "may" and "march" are also ordinary words.
        return self._kd(k) == _W and self.low[k] in _MONTHS and self.tok[k][0].isupper()

    def _sentence_start(self, k: int) -> bool:
        return k == 0 or (self.kind[k - 1] == _P and self.tok[k - 1] not in {",", "-", "–"})

    def _count_noun_at(self, k: int) -> bool:
        if self._kd(k) != _W:
            return False
        if self.low[k] in _COUNT_NOUNS:
            return True
        # one modifier in between: "1900 Palestinian civilians", "1900 more people"
        return self.low[k] not in _GAP_STOP and self._lw(k + 1) in _COUNT_NOUNS

    def _plural_noun_at(self, k: int) -> bool:
        if self._kd(k) != _W:
            return False
        w = self.low[k]
        if w in _COUNT_NOUNS:
            return True
        return (
            len(w) >= 4
            and w.endswith(_PLURAL_SUFFIXES)
            and not w.endswith(_NOT_PLURAL_SUFFIXES)
            and w not in _NOT_PLURAL
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
            if w not in _TRIGGERS:
                return None
            vague = self._vague(i)
            if vague is not None:
                return vague
        for seq, rule, strong in _QUALIFIERS.get(w, ()):
            if self._seq(i, seq):
                return self._expr(i, i + len(seq), (rule, strong, seq))
        if kind == _W and w not in _EXPR_STARTS:
            return None
        return self._expr(i, i, None)

    # -- numerals ------------------------------------------------------------

    def _value(self, k: int) -> _Val | None:
        kind = self._kd(k)
        if kind == _N:
            raw = self.tok[k]
            digits = raw.replace(",", "")
            base = Fraction(digits) if "." in digits else Fraction(int(digits))
            j = k + 1
            scale = 1
            if self._kd(j) == _W:
                if self._glued(j):
                    scale = _GLUED_SCALES.get(self.tok[j], 1)
                else:
                    scale = _DIGIT_SCALES.get(self.low[j], 1)
                    if scale == _HUNDRED and self._lw(j + 1) in _BIG:  # "3 hundred thousand"
                        scale *= _BIG[self.low[j + 1]]
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
        if w in _HALF and self._lw(k + 1) in _ARTICLES and self._lw(k + 2) in _CHAIN_SCALES:
            scale = _CHAIN_SCALES[self.low[k + 2]]
            return _Val(k, k + 3, Fraction(scale, 2), 1, False, False)
        return self._words(k)

    def _below_hundred(self, k: int) -> tuple[int, int] | None:
        if self._kd(k) != _W:
            return None
        w = self.low[k]
        if w in _SMALL:
            return _SMALL[w], k + 1
        if w in _TENS:
            v = _TENS[w]
            j = k + 1
            # "twenty-one" / "twenty one"
            if self._tk(j) == "-" and self._glued(j) and self._glued(j + 1):
                if self._lw(j + 1) in _UNITS9:
                    return v + _UNITS9[self.low[j + 1]], j + 2
            elif self._kd(j) == _W and self.low[j] in _UNITS9:
                return v + _UNITS9[self.low[j]], j + 1
            return v, j
        return None

    def _tail(self, k: int) -> tuple[int, int]:
        """Optional "and fifty" after "two hundred"."""
        j = k + 1 if self._lw(k) in _NUMERAL_AND else k
        got = self._below_hundred(j)
        if got is None:
            return 0, k
        v, j2 = got
        # "between two hundred and three hundred": the "and" joins two numbers.
        if j != k and self._lw(j2) in _HUNDREDS:
            return 0, k
        return v, j2

    def _chunk(self, k: int) -> tuple[int, int, bool] | None:
        """A group below one thousand; the bool marks a bare article ("a" million)."""
        w = self._lw(k)
        if w in _ARTICLES:
            if self._lw(k + 1) in _HUNDREDS:
                v, j = self._tail(k + 2)
                return 100 + v, j, False
            return 1, k + 1, True
        got = self._below_hundred(k)
        if got is None:
            return None
        v, j = got
        if self._lw(j) in _HUNDREDS and v < 20 and self.low[k] in _SMALL:
            t, j = self._tail(j + 1)
            return v * 100 + t, j, False
        return v, j, False

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
            big = _BIG.get(self._lw(j2), 0)
            if big and (not last_big or big < last_big):
                total += v * big
                last_big = big
                groups += 1
                j = j2 + 1
                if self._lw(j) in _NUMERAL_AND:
                    nxt = self._chunk(j + 1)
                    if nxt is not None and not nxt[2]:
                        j += 1
                continue
            if article:
                if groups == 0 and self._lw(j2) in _DOZENS:
                    return _Val(k, j2 + 1, Fraction(1), 12, False, False)
                break
            if groups == 0 and v < 20 and self._lw(j2) in _DOZENS:
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
        val.one = total == 1 and j == k + 1 and _SMALL.get(self.low[k]) == 1
        return val

    # -- vague phrases -------------------------------------------------------

    def _scale_chain(self, k: int) -> tuple[int, int]:
        """Product of consecutive scale words: "hundred thousand" -> 100000."""
        w = self._lw(k)
        if w not in _CHAIN_SCALES:
            return 0, k
        prod = _CHAIN_SCALES[w]
        if prod == _DOZEN:
            return prod, k + 1
        j = k + 1
        while self._lw(j) in _BIG and _BIG[self.low[j]] > prod:
            prod *= _BIG[self.low[j]]
            j += 1
        return prod, j

    def _vague(self, i: int) -> tuple[int, Quantity] | None:
        w = self.low[i]
        lw1 = self._lw(i + 1)
        role = _VAGUE.get((w,))
        phrase = _VAGUE.get((w, lw1)) if w in _VAGUE_FIRST else None  # "a few", "a handful"
        rng: tuple[int, int] | None = None
        end = i + 1
        if phrase == "few":
            scale, end = self._scale_chain(i + 2)
            if scale == _DOZEN:
                rng = (24, 60)
            elif scale:
                rng = (2 * scale, 5 * scale - 1)
        elif phrase == "handful":
            rng, end = (3, 6), i + 2
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
        elif role == "scores" and lw1 in _PARTITIVE:  # bare "scores" is usually results
            rng = (40, 99)
        elif w in _VAGUE_MULTIPLES and lw1 in _PARTITIVE and self._lw(i + 2) in _PLURAL_SCALES:
            mult = _VAGUE_MULTIPLES[w]
            scale = _PLURAL_SCALES[self.low[i + 2]]
            if scale > mult:
                rng, end = (2 * mult * scale, 10 * mult * scale - 1), i + 3
        if rng is None and w in _PLURAL_SCALES:
            scale = _PLURAL_SCALES[w]
            if scale >= 10**6:  # "millions" spans orders of magnitude
                rng = (2 * scale, 1000 * scale - 1)
            else:
                rng = (2 * scale, 10 * scale - 1)
            end = i + 1
        if rng is None:
            return None
        unit = None
        if role == "several" and end == i + 1:
            unit = _SPACED_UNITS.get(lw1)
        elif self._lw(end) in _PARTITIVE:  # "hundreds of kilometres"
            unit = _SPACED_UNITS.get(self._lw(end + 1))
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
        if t in _DOLLAR_PREFIXES and self._tk(k + 1) == "$" and self._glued(k + 1):
            if self._kd(k + 2) == _N and self._glued(k + 2):
                return "currency", k + 2
        if t in _CURRENCY_CODES:
            j = k + 1
            if self._tk(j) == "." and self._glued(j):
                j += 1
            if self._kd(j) == _N:
                return "currency", j
            return None, k
        if self.low[k] in _AGE_PREFIXES:
            j = k + 1
            if self._lw(j) in _PARTITIVE:
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
            u = _GLUED_UNITS.get(t) or _GLUED_UNITS.get(self.low[k])
            return (u, k + 1) if u else (None, k)
        if t == "%":
            return "percent", k + 1
        if glued and t == "-" and self._kd(k + 1) == _W and self._glued(k + 1):
            u = _HYPHEN_UNITS.get(self.low[k + 1])
            if u is None:
                return None, k
            j = k + 2
            if u in _AGE_UNITS and self._tk(j) == "-" and self._glued(j):
                if self._lw(j + 1) in _AGE_SUFFIXES and self._glued(j + 1):
                    return "age", j + 2
            return u, j
        if kind == _W:
            u = _MULTI_UNITS.get((self.low[k], self._lw(k + 1)))
            if u:
                return u, k + 2
            u = _SPACED_UNITS.get(self.low[k])
            if u:
                return u, k + 1
        return None, k

    def _connector(self, k: int, span_kw: str | None) -> int | None:
        t = self._tk(k)
        w = self._lw(k)
        if span_kw is not None:
            ok = w in _RANGE_JOINERS[span_kw] or t in _DASHES
        else:
            # A spaced hyphen is punctuation, but a spaced en dash still marks a range.
            ok = w in _BARE_RANGE_JOINERS or t == "–" or (t == "-" and self._glued(k) and self._glued(k + 1))
        return k + 1 if ok and k + 1 < self.n else None

    def _marker(self, k: int, free: bool) -> tuple[str, int] | None:
        """Qualifier written after the figure: "-strong", "300-plus", "or more", "or so"."""
        t = self._tk(k)
        if t == "-" and self._glued(k) and self._kd(k + 1) == _W and self._glued(k + 1):
            rule = _HYPHEN_MARKERS.get(self.low[k + 1])
            if rule == "exact" or (free and rule is not None):
                return rule, k + 2
            return None
        if not free:
            return None
        if t == "+" and self._glued(k) and not (self._kd(k + 1) == _N and self._glued(k + 1)):
            return "min", k + 1
        w = self._lw(k)
        if w in _OR:
            rule = _OR_MARKERS.get(self._lw(k + 1))
            if rule is not None:
                return rule, k + 2
        if w in _PLUS and self._kd(k + 1) != _N:
            nxt = self._lw(k + 1)
            if nxt not in _SMALL and nxt not in _TENS and nxt not in _ARTICLES:
                return "min", k + 1
        return None

    def _expr(
        self, i0: int, j: int, q: tuple[str, bool, tuple[str, ...]] | None
    ) -> tuple[int, Quantity | None] | None:
        """Figure or range starting at token j; i0 is where its qualifier starts."""
        pre, k = self._prefix(j)
        span_kw = None
        if self._kd(k) == _W and self.low[k] in _RANGE_JOINERS:
            span_kw = self.low[k]
            k += 1
            if pre is None:
                pre, k = self._prefix(k)
        a = self._value(k)
        if a is None:
            return None
        unit, k = self._unit(a.end)
        b = None
        c = self._connector(k, span_kw)
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
        if pre == "currency":
            unit = "currency"
        elif pre == "age" and unit in (None, "year"):
            unit = "age"
        if self._rejected(i0, j, a, b, end, q, pre, unit, marker):
            return end, None
        if a.one and b is None and q is not None and q[2] in _ONE_QUALIFIERS:
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
        if w in _TIME_WORDS:
            return True
        if w in _DOTTED_TIME_FIRST and self._tk(k + 1) == "." and self._glued(k + 1):
            return (w, self._lw(k + 2)) in _DOTTED_TIME and self._glued(k + 2)
        return w in _TIME_PHRASE_FIRST and (w, self._lw(k + 1)) in _TIME_PHRASES

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
            if len(s) > 1 and s[0] == "0" and s[1] != ".":
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
                    if tn not in _GLUED_UNITS and self.low[nxt] not in _GLUED_UNITS:
                        return True  # "23rd", "3pm", "1990s", "5G"
            if v.bare and self._in_digit_run(i):
                return True
        if a.digits and (self._time_after(last.end) or self._time_after(end)):
            return True
        # Dates: "March 23", "23 March", "March 23-25", "23 and 24 March".
        if a.bare and self._is_day(a) and (b is None or (b.bare and self._is_day(b))):
            if self._is_month(a.i0 - 1) or self._is_month(end):
                return True
            if self._lw(end) in _PARTITIVE and self._is_month(end + 1):
                return True
            if b is None and self._lw(end) in _DAY_LIST_JOINERS and self._kd(end + 1) == _N:
                if self._is_month(end + 2):
                    return True
        # Years: "in 2014", "the 2019 attack"; but "1900 people" and "more than 2000".
        if any(v.bare and self._is_year(v) for v in vals):
            if unit is None:
                if self._lw(a.i0 - 1) in _YEAR_DETERMINERS and q is None:
                    return True
                if not noun_after and not (q is not None and q[1]):
                    return True
        # Labels: "Resolution 2719", "article 5", "No. 5", "Boeing 737", "World War Two".
        p = a.i0 - 1
        if pre is None and p >= 0 and p == j - 1 and (a.bare or not a.digits):
            pw = self.low[p]
            if self.kind[p] == _W and pw in _ID_WORDS:
                return True
            if self.tok[p] == "." and self._glued(p) and self._lw(p - 1) in _ID_ABBR:
                return True
            if (
                q is None
                and self.kind[p] == _W
                and self.tok[p][0].isupper()
                and not self._sentence_start(p)
                and pw not in _MONTHS
                and pw not in _WEEKDAYS
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
            if self._lw(a.i0 - 1) in _ONE_BAD_PREV:
                return True
            if self._kd(end) != _W or self.low[end] in _ONE_BAD_NEXT:
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
    # Cheap pre-filter, compiled at first use: most sentences carry no quantity at all.
    if not text or _EN.regex("numbers.hint", re.IGNORECASE).search(text) is None:
        return ()
    return _Scanner(text).run()
