"""The clause layer: who speaks inside a sentence and what its negations and hedges cover.

Every aspect asks this module, never the words themselves, whether a value is affirmed, denied
or hedged, whether a clause is negated, which stretches of a sentence are claims credited to
someone else ("the agency, which says ..."), and which voices are said to leave something out
("X made no mention of Y"). It is the one place to improve what a "not" covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from claimdiff.lang import load
from claimdiff.model import Polarity

_EN = load("en")


def _rx(name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return _EN.regex(f"clauses.{name}", flags)


# ---------------------------------------------------------------------------
# Scopes: what each negation, denial and hedge covers

# How far a negator reaches: the words after it, and characters from its start.
_NEGATOR_WORDS = 6
_NEGATOR_REACH = 60
# A hedge a little after a value still hedges it ("... 300 people, allegedly").
_HEDGE_LOOKBACK = 20


class Cue(str, Enum):
    """What a scope does to the values it covers."""

    DENIAL = "denial"  # a verb of denial: "denied that ..."
    NEGATION = "negation"  # a negator: "no", "not", "never"
    HEDGE = "hedge"  # "allegedly", "claimed that"


@dataclass(frozen=True, slots=True)
class Scope:
    """One cue and the stretch of the sentence it covers, in sentence offsets.

    A denial or negation covers a value that starts inside ``covers``; a hedge covers a value
    that ends inside it.
    """

    cue: Cue
    words: tuple[int, int]
    covers: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Reading:
    """A sentence as the clause layer reads it: its cues and their scopes."""

    text: str
    scopes: tuple[Scope, ...]

    def polarity(self, start: int, end: int) -> Polarity:
        """Affirmed, denied or hedged: denied when a denial or negation covers ``start``, hedged
        when a hedge covers ``end``."""
        for cue in (Cue.DENIAL, Cue.NEGATION):
            if any(s.cue is cue and s.covers[0] <= start < s.covers[1] for s in self.scopes):
                return Polarity.DENIED
        if any(s.cue is Cue.HEDGE and s.covers[0] <= end < s.covers[1] for s in self.scopes):
            return Polarity.HEDGED
        return Polarity.AFFIRMED


@lru_cache(maxsize=512)
def read(text: str) -> Reading:
    """The cues of one sentence and what each covers (cached: every aspect asks per value)."""
    scopes = [*_denials(text), *_negations(text), *_hedges(text)]
    return Reading(text, tuple(sorted(scopes, key=lambda s: (s.words, s.cue.value))))


def _denials(text: str) -> list[Scope]:
    """A verb of denial covers what follows it, up to the sentence's first "but" or "however"."""
    turn = _rx("contrast_word").search(text)
    stop = turn.end() if turn else len(text) + 1
    return [
        Scope(Cue.DENIAL, (m.start(), m.end()), (m.end(), stop))
        for m in _rx("deny_verb").finditer(text)
        if m.end() < stop
    ]


def _negations(text: str) -> list[Scope]:
    """A negator covers the next few words of its own clause; "no more", "not only" and the
    like negate nothing past the word that follows."""
    out = []
    tokens = [m.start() for m in re.finditer(r"\S+", text)]
    breaks = [m.end() for m in _rx("clause_break", 0).finditer(text)]
    for m in _rx("negator_word").finditer(text):
        token = max((t for t in tokens if t <= m.start()), default=0)
        later = [t for t in tokens if t > token]
        # A value starting at the seventh word from the negator's is out of reach.
        stop = later[_NEGATOR_WORDS - 1] + 1 if len(later) >= _NEGATOR_WORDS else len(text) + 1
        stop = min(stop, m.start() + _NEGATOR_REACH + 1)
        stop = min([stop, *(b for b in breaks if b > m.start())])
        exception = _rx("negator_exception").match(text, m.end())
        if exception:
            stop = min(stop, exception.end() - len(exception.group("word")) + 1)
        if stop > m.end():
            out.append(Scope(Cue.NEGATION, (m.start(), m.end()), (m.end(), stop)))
    return out


def _hedges(text: str) -> list[Scope]:
    return [
        Scope(Cue.HEDGE, (m.start(), m.end()), (max(0, m.end() - _HEDGE_LOOKBACK), len(text) + 1))
        for m in _rx("hedge").finditer(text)
    ]


def polarity(text: str, start: int, end: int) -> Polarity:
    """Affirmed, denied or hedged, from the scopes that cover the value at ``start:end``."""
    return read(text).polarity(start, end)


def actor_polarity(text: str, start: int, end: int) -> Polarity:
    """An actor is denied only in so many words: "X was not involved", "denied that X took part"."""
    if _rx("actor_denied_after").match(text[end:]):
        return Polarity.DENIED
    before = text[max(0, start - 50) : start]
    if _rx("actor_denied_before").search(before) and not _rx("account_of").match(text[end:]):
        return Polarity.DENIED
    pol = polarity(text, start, end)
    if pol is Polarity.DENIED:
        return Polarity.HEDGED if hedged(text) else Polarity.AFFIRMED
    return pol


def clause_negated(text: str, start: int) -> bool:
    """The clause up to ``start`` is negated as a whole: "No aircraft flew ...", "did not strike ..."."""
    clause_start = max((m.end() for m in _rx("clause_break", 0).finditer(text, 0, start)), default=0)
    clause = text[clause_start:start]
    return bool(
        _rx("clause_negated_start").match(clause)
        or _rx("clause_negated_auxiliary").search(clause)
    )




def embedded_claims(text: str, skip: tuple[int, int] | None) -> list[tuple[int, int]]:
    out = []
    for m in _rx("embedded", 0).finditer(text):
        if skip is not None and skip[0] <= m.start() < skip[1]:
            continue
        begin = m.start()
        if _rx("embedded_pronoun", 0).match(m.group(0)):
            # "the airstrike it says hit the convoy": the claim starts with the noun before.
            begin = max(
                0, text.rfind(" the ", 0, m.start()), text.rfind(" an ", 0, m.start()), m.start() - 30
            )
        # A relative clause (", which says ...,") ends at its comma; "whereas X says" runs on.
        stop = r"[;,]" if m.group(0).lstrip().startswith(",") else _EN.source("clauses.embedded_runs_on")
        end = re.search(rf"{stop}|\.\s*$", text[m.end() :])
        out.append((begin, m.end() + (end.start() if end else len(text) - m.end())))
    return out


def omissions(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """ "X made no mention of Y": evidence that voice X leaves Y out."""
    out = []
    for m in _rx("omission", 0).finditer(text):
        subject = m.group("subject") or m.group("subject2") or m.group("subject3")
        what = m.group("what") or m.group("what2") or m.group("what3")
        gi = "what" if m.group("what") else "what2" if m.group("what2") else "what3"
        subject = _rx("omission_lead", 0).sub("", subject.strip())
        subject = _rx("omission_statement").sub("", subject).strip()
        what = _rx("omission_involvement", 0).sub("", what.strip())
        what = _rx("omission_determiner", 0).sub("", what)
        what = _rx("omission_place", 0).sub("", what)
        if subject and what:
            out.append((subject, what, (m.start(gi), m.end(gi))))
    return out


def given_by_other(text: str, start: int, skip: tuple[int, int] | None) -> bool:
    """The figure at ``start`` is put by someone the sentence names ("police put the turnout at"),
    unless that phrase is the statement's own attribution (``skip``)."""
    given = _rx("given_by").search(text[max(0, start - 60) : start])
    if not given:
        return False
    at = start - 60 + given.start() if start >= 60 else given.start()
    return not (skip is not None and skip[0] <= at < skip[1])


def hedged(text: str) -> bool:
    """The sentence hedges somewhere ("allegedly", "claimed that")."""
    return bool(_rx("hedge").search(text))


def negated_just_before(text: str, start: int) -> bool:
    """A negator right before ``start`` ("no civilians"), or a denial of reports of it."""
    return bool(_rx("negated_before").search(text[max(0, start - 60) : start]))
