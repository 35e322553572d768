"""The clause layer: who speaks inside a sentence and what its negations and hedges cover.

``read(text)`` turns a sentence into a ``ClauseReading``: the ``Speaker`` it names, its own
clauses, the claims it credits to someone else ("the agency, which says ..."), and the
``Scope`` of every denial, negation and hedge. Attribution takes the speaker from it; every
aspect asks it, never the words themselves, whether a value is affirmed, denied or hedged
(``polarity``, ``actor_polarity``) and whether its clause is negated (``negated_before``). The
helpers below answer the narrower questions (the clause around a value, a figure put by
someone else, "X made no mention of Y"). It is the one place to improve who speaks and what a
"not" covers.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from claimdiff.lang import Language, active, pattern, per_language
from claimdiff.lexicon import country_names, is_demonym, is_speaker_head, known_names
from claimdiff.model import Polarity
from claimdiff.numbers import Quantity, find_quantities


def _rx(name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return pattern(f"clauses.{name}", flags)


# ---------------------------------------------------------------------------
# What a sentence becomes: clauses, who speaks, and the scope of each cue

# How far a negator reaches: the words after it, and characters from its start.
_NEGATOR_WORDS = 6
_NEGATOR_REACH = 60
# A hedge a little after a value still hedges it ("... 300 people, allegedly").
_HEDGE_LOOKBACK = 20
# ... and the subject of a hedged verb before it ("Hundreds of civilians were allegedly killed").
_HEDGE_SUBJECT_REACH = 60


class Cue(str, Enum):
    """What a scope does to the values it covers."""

    DENIAL = "denial"  # a verb of denial: "denied that ..."
    NEGATION = "negation"  # a negator: "no", "not", "never"
    HEDGE = "hedge"  # "allegedly", "claimed that"
    CONDITION = "condition"  # "if negligence is found": supposed, neither stated nor denied


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
class Speaker:
    """Who a sentence says is speaking: the name as written, the voices it came through (nearest
    first) and the words that say so, in sentence offsets."""

    name: str
    via: tuple[str, ...]
    span: tuple[int, int]
    hedged: bool = False  # the verb itself hedges: "claimed", "alleged"
    others: tuple[str, ...] = ()  # voices joined to it: "the agency and local media reported"
    written: str = ""  # the phrase as the sentence gives it, before a body is read into it
    rival: str = ""  # "Russia and Ukraine accused each other": the other, who blames the speaker


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a sentence that makes a claim, and whose claim it is.

    ``own`` clauses carry the sentence's voice (``speaker``; None for the narrator); a clause
    that is not ``own`` is a claim the sentence credits to someone else ("the agency, which
    says ..."), with ``cue`` the words that say so. ``negated_from`` is where the clause as a
    whole turns negative ("No aircraft flew ...", "... did not strike ..."), if it does.
    """

    span: tuple[int, int]
    content: tuple[int, int]
    speaker: str | None = None
    cue: tuple[int, int] | None = None
    own: bool = True
    negated_from: int | None = None


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """A sentence as the clause layer reads it."""

    text: str
    speaker: Speaker | None
    clauses: tuple[Clause, ...]  # the sentence's own clauses, in order, covering it whole
    foreign: tuple[Clause, ...]  # claims credited to someone else, inside those clauses
    scopes: tuple[Scope, ...]
    quantities: tuple[Quantity, ...] = ()  # every figure, scanned once for the aspects too
    credits: tuple[tuple[int, str], ...] = ()  # (figure start, voice): "8,000, according to X"

    def conditions(self) -> list[tuple[int, int]]:
        """The stretches the sentence only supposes."""
        return [s.covers for s in self.scopes if s.cue is Cue.CONDITION]

    def credit_at(self, start: int) -> str | None:
        """The voice the figure starting at ``start`` is credited to on the spot, if any."""
        return next((name for at, name in self.credits if at == start), None)

    def named_at(self, pos: int) -> str | None:
        """The voice a claim of another voice names, if ``pos`` is inside it ("..., though
        villagers say the toll is higher")."""
        return _named_at(self.foreign, pos)

    def right_after_cue(self, start: int) -> bool:
        """The figure at ``start`` follows the verb that credits it ("while the union claimed
        23,000"): that verb says who gives the figure, not what it counts."""
        return any(
            c.cue is not None and c.speaker and c.cue[1] <= start and not self.text[c.cue[1] : start].strip()
            for c in self.foreign
        )

    def polarity(self, start: int, end: int) -> Polarity:
        """Affirmed, denied or hedged: denied when a denial or negation covers ``start``, hedged
        when a hedge covers ``end``."""
        for cue in (Cue.DENIAL, Cue.NEGATION):
            if any(s.cue is cue and s.covers[0] <= start < s.covers[1] for s in self.scopes):
                return Polarity.DENIED
        if any(s.cue is Cue.HEDGE and s.covers[0] <= end < s.covers[1] for s in self.scopes):
            return Polarity.HEDGED
        return Polarity.AFFIRMED

    def actor_polarity(self, start: int, end: int) -> Polarity:
        """An actor is denied only in so many words: "X was not involved", "denied that X took
        part"; a negation near it that does not name it leaves it stated (or hedged)."""
        text = self.text
        after = text[end:]
        if (
            _rx("actor_denied_after").match(after)
            and not _rx("actor_denied_means").match(after)
            and not _rx("actor_other_act").match(after)
        ):
            return Polarity.DENIED
        before = text[max(0, start - 50) : start]
        if (
            _rx("actor_denied_before").search(before)
            and not _rx("account_of").match(text[end:])
            and not _rx("denied_a_means").match(text[end:])
        ):
            return Polarity.DENIED
        pol = self.polarity(start, end)
        if pol is Polarity.DENIED and _rx("alleged_that").search(text[max(0, start - 80) : start]):
            return Polarity.DENIED  # "allegations that X carried out the attack are untrue"
        if pol is Polarity.DENIED and self._in_denied_story(start):
            return Polarity.DENIED  # "dismissed a story in which witnesses describe killings by X"
        if pol is Polarity.DENIED:
            return Polarity.HEDGED if hedged(text) else Polarity.AFFIRMED
        return pol

    def _in_denied_story(self, pos: int) -> bool:
        """``pos`` is inside what a denial covers, that is a story or a report, and past the words
        that open what it tells; not in a claim the story credits to a voice by name ("in which
        witnesses say ..."), which is that voice's word."""
        if self.named_at(pos):
            return False
        for s in self.scopes:
            if s.cue is not Cue.DENIAL or not s.covers[0] <= pos < s.covers[1]:
                continue
            story = _rx("denied_story").match(self.text[s.covers[0] :])
            if story and _rx("story_tells").search(self.text, s.covers[0] + story.end(), pos):
                return True
        return False

    def negated_before(self, pos: int) -> bool:
        """The clause of ``pos`` is negated as a whole before it: "No aircraft flew ...",
        "... did not strike ..."."""
        negated = self.clause_at(pos).negated_from
        return negated is not None and negated <= pos

    def clause_at(self, pos: int) -> Clause:
        """The own clause that holds ``pos``."""
        for clause in self.clauses:
            if clause.span[0] <= pos < clause.span[1]:
                return clause
        return self.clauses[-1]


def read(text: str) -> ClauseReading:
    """One sentence as clauses, its speaker and the scope of every cue. The pipeline reads each
    sentence once and hands the reading on; the small cache serves the text-level helpers."""
    return _read(active().key, text)


@lru_cache(maxsize=256)
def _read(lang_key: str, text: str) -> ClauseReading:
    # ``lang_key`` keys the cache: the same words read differently in another language, or with
    # a user's lexicon.
    found = speaker(text)
    denials = _denials(text)
    if found is not None and _QUOTE_CLOSED.search(text, 0, found.span[0]):
        # '"This is false," the government denied, saying 14 died': the verb that answers the
        # quotation is how the voice speaks; what it adds is its own claim, not denied.
        denials = [d for d in denials if not found.span[0] <= d.words[0] < found.span[1]]
    withheld = [m.span() for m in _rx("withheld").finditer(text)]
    scopes = [
        *denials,
        *_disputes(text),
        *_negations(text, withheld),
        *_hedges(text),
        *_conditions(text),
        *_withheld(text, withheld),
    ]
    quantities = find_quantities(text)
    foreign = tuple(_foreign(text, found.span if found else None))
    return ClauseReading(
        text,
        found,
        _own_clauses(text, found),
        foreign,
        tuple(sorted(scopes, key=lambda s: (s.words, s.cue.value))),
        quantities,
        tuple(_credits(text, quantities, foreign, found.span if found else None))
        # The other side of a mutual accusation speaks there too, of its own blame.
        + (((found.span[0], found.rival),) if found is not None and found.rival else ()),
    )


# A closing quotation mark: a quotation before the speaker's words.
_QUOTE_CLOSED = re.compile(r"[\u201d\u00bb\"]")


def _named_at(foreign: tuple[Clause, ...], pos: int) -> str | None:
    return next((c.speaker for c in foreign if c.speaker and c.content[0] <= pos < c.content[1]), None)


def _credits(
    text: str, quantities: tuple[Quantity, ...], foreign: tuple[Clause, ...], skip: tuple[int, int] | None
) -> list[tuple[int, str]]:
    """Figures the sentence credits to a voice on the spot: "70,000, according to the union
    (8,000, according to the police)", "..., while the union counted 20,000", "the president
    said authorities estimated the crowd at 107,000"."""
    out = []
    for i, q in enumerate(quantities):
        limit = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
        name = credited(text, q.end, limit) or _named_at(foreign, q.start) or _giver(text, q.start, skip)
        if name:
            out.append((q.start, name))
    return out


def _giver(text: str, start: int, skip: tuple[int, int] | None) -> str | None:
    """Who "put the turnout at" or "estimated the number of protesters at" the figure at ``start``,
    when the sentence names them there and it is not the sentence's own attribution."""
    lo = max(0, start - 60)
    given = _rx("given_by").search(text[lo:start])
    if given is None or (skip is not None and skip[0] <= lo + given.start() < skip[1]):
        return None
    if _rx("given_by_participle").match(given.group(0)):
        return None  # "..., putting the toll at 70": the sentence's own speaker puts it
    m = _rx("giver").search(text[: lo + given.start()])
    return _voice(m.group("np")) if m else None


def _denials(text: str) -> list[Scope]:
    """A verb of denial covers what follows it, up to the sentence's first "but" or "however",
    or a verb of saying joined by "and" ("denied X and blamed Y")."""
    turn = _rx("contrast_word").search(text)
    stop = turn.end() if turn else len(text) + 1
    out = []
    found = (_rx(cue).finditer(text) for cue in ("deny_verb", "no_evidence", "verdict_before"))
    cues = sorted((m for matches in found for m in matches), key=lambda m: m.start())
    for m in cues:
        if m.end() >= stop:
            continue
        joined = _rx("denial_end").search(text, m.end())
        end = min(stop, joined.start()) if joined else stop
        spared = _rx("negation_stop").search(text, m.end(), end)
        if spared and _rx("no_evidence").match(text, m.start()):
            end = spared.start()  # "no signs of other injuries except gunshot wounds": the wounds are stated
        out.append(Scope(Cue.DENIAL, (m.start(), m.end()), (m.end(), end)))
    return out


def _disputes(text: str) -> list[Scope]:
    """A verdict after what it judges denies it, back to the start of its clause: "the group's
    figure of 13 deaths was inaccurate", "reports of 50 dead are false"."""
    breaks = [m.end() for m in _rx("clause_break", 0).finditer(text)]
    out = []
    for m in _rx("disputed_after").finditer(text):
        start = max((b for b in breaks if b <= m.start()), default=0)
        out.append(Scope(Cue.DENIAL, (m.start(), m.end()), (start, m.start())))
    return out


def _negations(text: str, withheld: list[tuple[int, int]]) -> list[Scope]:
    """A negator covers the next few words of its own clause; "no more", "not only" and the
    like negate nothing past the word that follows."""
    out = []
    tokens = [m.start() for m in re.finditer(r"\S+", text)]
    breaks = [m.end() for m in _rx("clause_break", 0).finditer(text)]
    for m in _rx("negator_word").finditer(text):
        if any(lo <= m.start() < hi for lo, hi in withheld):
            continue  # "gave no details about the two detained": declining to speak denies nothing
        token = max((t for t in tokens if t <= m.start()), default=0)
        later = [t for t in tokens if t > token]
        # A value starting at the seventh word from the negator's is out of reach.
        stop = later[_NEGATOR_WORDS - 1] + 1 if len(later) >= _NEGATOR_WORDS else len(text) + 1
        stop = min(stop, m.start() + _NEGATOR_REACH + 1)
        stop = min([stop, *(b for b in breaks if b > m.start())])
        spared = _rx("negation_stop").search(text, m.end(), stop)
        if spared:
            stop = spared.start()  # "no injuries except for gunshot wounds": the wounds are stated
        exception = _rx("negator_exception").match(text, m.end())
        if exception:
            stop = min(stop, exception.end() - len(exception.group("word")) + 1)
        if stop > m.end():
            out.append(Scope(Cue.NEGATION, (m.start(), m.end()), (m.end(), stop)))
    return out


def _hedges(text: str) -> list[Scope]:
    return [
        Scope(
            Cue.HEDGE,
            (m.start(), m.end()),
            (min(max(0, m.end() - _HEDGE_LOOKBACK), _subject_start(text, m.start())), len(text) + 1),
        )
        for m in _rx("hedge").finditer(text)
    ]


def _subject_start(text: str, at: int) -> int:
    """Where the clause of a hedge at ``at`` starts, within reach: its subject is hedged with it
    ("Hundreds of civilians were allegedly killed", "200 civils auraient été tués")."""
    lo = max(0, at - _HEDGE_SUBJECT_REACH)
    marks = [i for i in range(lo, at) if text[i] in ",;:"]
    return marks[-1] + 1 if marks else lo


def _conditions(text: str) -> list[Scope]:
    """A condition covers its own words up to the next comma, semicolon or "then" (the sentence's
    end when none follows): "if civilians died it was because ..." states nothing either way."""
    out = []
    for m in _rx("condition").finditer(text):
        end = _rx("condition_end").search(text, m.end())
        stop = end.start() if end else len(text) + 1
        out.append(Scope(Cue.CONDITION, (m.start(), m.end()), (m.end(), stop)))
    return out


def _withheld(text: str, withheld: list[tuple[int, int]]) -> list[Scope]:
    """A voice declining to speak ("gave no details about the two suspects detained") states
    nothing of what follows in its clause, and denies nothing of it either."""
    if not withheld:
        return []
    breaks = [m.start() for m in _rx("clause_break", 0).finditer(text)]
    out = []
    for start, end in withheld:
        stop = min([len(text) + 1, *(b for b in breaks if b >= end)])
        out.append(Scope(Cue.CONDITION, (start, end), (end, stop)))
    return out


def _own_clauses(text: str, found: Speaker | None) -> tuple[Clause, ...]:
    """The sentence cut at its clause breaks (";", ", but", "whereas"...), each with its voice."""
    edges = [0, *(m.end() for m in _rx("clause_break", 0).finditer(text)), len(text)]
    out = []
    for lo, hi in zip(edges, edges[1:], strict=False):
        if hi <= lo and out:
            continue
        cue = found.span if found and found.span[0] < hi and lo < found.span[1] else None
        content = (lo, hi)
        if cue is not None:
            # The words that say who speaks are not part of what is said.
            content = (max(lo, cue[1]), hi) if cue[0] <= lo else (lo, min(hi, cue[0]))
        out.append(
            Clause((lo, hi), content, found.name if found else None, cue, True, _negated_from(text, lo, hi))
        )
    return tuple(out)


def _negated_from(text: str, lo: int, hi: int) -> int | None:
    """Where a clause turns negative as a whole: after an opening negator or a negated verb."""
    clause = text[lo:hi]
    ends = [m.end() for m in (_rx("clause_negated_start").match(clause),) if m]
    ends += [m.end() for m in (_rx("clause_negated_auxiliary").search(clause),) if m]
    return lo + min(ends) if ends else None


def _antecedent(before: str) -> str | None:
    """Who a relative clause opens on: one person's name set off by a comma ("..., Ann Lee, who
    says"), or a body named right before it after a word that links it to what came before
    ("..., unlike the health ministry, which reported 17 dead", "published by the Ministry of
    Health, which reported ...")."""
    name = before.rsplit(",", 1)[-1].strip()
    if speaker_rx("person_name").fullmatch(name):
        return name
    linked = speaker_rx("relative_antecedent", re.IGNORECASE).search(name)
    return _voice(linked.group("np")) if linked else None


def _clause_end(text: str, start: int, stop: str) -> int:
    """Where a clause opened at ``start`` ends: at the first ``stop``, or a closing full stop."""
    end = re.search(rf"{stop}|\.\s*$", text[start:])
    return start + (end.start() if end else len(text) - start)


def _foreign(text: str, skip: tuple[int, int] | None) -> list[Clause]:
    """Claims the sentence credits to someone else: "the agency, which says ...", "whereas the
    WFP says ...", "the army's version places ..." (not the sentence's own attribution, ``skip``)."""
    out = []
    # "While police put the toll at 12, ...": the opening word is read as the same word inside,
    # and that opening clause ends at its comma.
    probe = text[:1].lower() + text[1:]
    opening = speaker_rx("opening_contrast", re.IGNORECASE).match(text)
    for m in _rx("embedded", 0).finditer(probe):
        if skip is not None and skip[0] <= m.start() <= skip[1]:
            continue  # in the attribution, or right after it: "..., said the ministry, which counted 14"
        begin = m.start()
        if _rx("embedded_pronoun", 0).match(m.group(0)):
            # "the airstrike it says hit the convoy": the claim starts with the noun before, at a
            # determiner that opens it (clauses.claim_openers).
            openers = active().words("clauses.claim_openers")
            begin = max(0, *(text.rfind(f" {w} ", 0, m.start()) for w in openers), m.start() - 30)
        # A relative clause (", which says ...,") ends at its comma, and so does a contrast that
        # opens the sentence; "whereas X says" inside it runs on.
        closed = m.group(0).lstrip().startswith(",") or (opening is not None and m.start() < opening.end())
        stop = r"[;,]" if closed else active().source("clauses.embedded_runs_on")
        span = (begin, _clause_end(text, m.end(), stop))
        # "..., but residents said 52 died": the clause is the residents' when the words name them.
        # "while the country's leading daily, Prothom Alo, said": the name in apposition speaks.
        named = m.groupdict().get("named")
        who = _voice(named or m.group("who")) if m.group("who") else None
        if who is None and m.group(0).lstrip().startswith(","):
            # "a former reporter, Ann Lee, who, having looked into it, says: ...": a person named
            # right before the relative says it.
            who = _antecedent(text[: m.start()])
        if who and find_quantities(who):
            who = None  # "while 12 others were reported": a count, not a speaker
        out.append(Clause(span, (m.end(), span[1]), who, (m.start(), m.end()), False))
    for m in _rx("relative_reported").finditer(text):
        if skip is not None and skip[0] <= m.start() <= skip[1]:
            continue
        who = _antecedent(text[: m.start()])
        if who is None:
            continue  # "a first toll, which reported 9 dead": the sentence's own earlier figure
        span = (m.start(), _clause_end(text, m.end(), r"[;,]"))
        out.append(Clause(span, (m.end(), span[1]), who, (m.start(), m.end()), False))
    # "..., but according to local sources, 50 died": the second clause is the sources', to its end.
    for m in _rx("contrast_according").finditer(text):
        end = text.find(";", m.end())
        span = (m.start(), end if end >= 0 else len(text))
        out.append(Clause(span, (m.end(), span[1]), _voice(m.group("who")), (m.start(), m.end()), False))
    # "..., with the rebels blaming ...", "..., and Kyiv has denied involvement": the second
    # subject's own clause, to its end.
    stances = (
        *_rx("with_stance").finditer(text),
        *_rx("coordinated_stance", 0).finditer(text),
        *_rx("coordinated_figure").finditer(text),
    )
    for m in stances:
        if find_quantities(m.group("who")):
            continue  # "..., with one hospital saying it received 10 bodies": a count, not a voice
        end = _rx("coordinated_end", 0).search(text[m.end() :])
        span = (m.start("who"), m.end() + (end.start() if end else len(text) - m.end()))
        out.append(Clause(span, span, _voice(m.group("who")), (m.start(), m.start("who")), False))
    for m in _rx("bodies_statement").finditer(text):
        if skip is not None and skip[0] <= m.start() < skip[1]:
            continue
        end = text.find(";", m.end())
        span = (m.start(), end if end >= 0 else len(text))
        out.append(Clause(span, (m.end(), span[1]), _voice(m.group("who")), (m.start(), m.end()), False))
    for m in _rx("hearsay").finditer(text):
        if skip is not None and skip[0] <= m.start() < skip[1]:
            continue
        out.append(Clause((m.start(), len(text)), (m.end(), len(text)), None, (m.start(), m.end()), False))
    for m in _rx("asked_about").finditer(text):
        end = text.find(",", m.end())
        span = (m.start(), end if end >= 0 else len(text))
        out.append(Clause(span, (m.end(), span[1]), None, (m.start(), m.end()), False))
    return out


# ---------------------------------------------------------------------------
# What the aspects ask


def around(text: str, start: int, end: int) -> str:
    """The narrow clause around a value: between commas that open "but", "while" or "and"."""
    left = max((m.end() for m in _rx("narrow_left", 0).finditer(text[:start])), default=0)
    right_m = _rx("narrow_right", 0).search(text[end:])
    right = end + right_m.start() if right_m else len(text)
    return text[left:right]


def date_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of a date at ``start:end`` and what hangs on it ("since 2011, when 14 died").

    A date that opens the sentence before a comma governs the clause after it ("On February 20,
    a fire killed nine"), unless that clause is a saying ("On Tuesday, the army said ..."): the
    date is then the saying's, and its clause is the date alone."""
    left = max((m.end() for m in _rx("clause_edge").finditer(text, 0, start)), default=0)
    left = max(left, text.rfind(",", 0, start) + 1)
    right = _rx("date_clause_end", 0).search(text, end)
    stop = right.start() if right else len(text)
    fronted = left == 0 and _FRONTED.match(text, 0, start) and text[stop : stop + 1] == ","
    if fronted and not text[end:stop].strip():
        main = _rx("date_clause_end", 0).search(text, stop + 1)
        wide = main.start() if main else len(text)
        if not active().regex("events.reporting", re.IGNORECASE).search(text, stop, wide):
            return 0, wide
    return left, stop


# Before a fronted date, at most one word ("On", "Early") and no clause of its own.
_FRONTED = re.compile(r"\W*(?:\w+\s+)?$")


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


def credited(text: str, end: int, limit: int) -> str | None:
    """The voice a figure ending at ``end`` is credited to on the spot ("8,000, according to
    the police"), before ``limit`` (the next figure), if the sentence names one there."""
    m = speaker_rx("credit").match(text[end:limit])
    return _voice(m.group("np")) if m else None


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


# ---------------------------------------------------------------------------
# Speakers: who a sentence says is speaking, and through whom


def speaker_rx(name: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of the speakers' data, in the language in force."""
    return pattern(f"speakers.{name}", flags)


def speaker_words(name: str) -> frozenset[str]:
    """A word list of the speakers' data, in the language in force."""
    return active().wordset(f"speakers.{name}")


def is_pronoun(name: str) -> bool:
    """ "it", "they": a pronoun that continues a voice named before."""
    return bool(speaker_rx("pronoun", re.IGNORECASE).match(name))


def anaphor_head(name: str) -> str | None:
    """The head of "the ministry", "this statement": a noun standing for a voice named before."""
    m = speaker_rx("anaphor", re.IGNORECASE).match(name)
    return m.group("head").lower() if m else None


def clean_name(raw: str) -> str | None:
    """A speaker phrase as a voice's name, or None when it names no one ("The claims")."""
    return _clean_name(active().key, raw)


def _opens_a_quote(name: str) -> bool:
    return name.count('"') % 2 == 1 or name.count("«") > name.count("»") or name.count("“") > name.count("”")


@lru_cache(maxsize=4096)
def _clean_name(lang_key: str, raw: str) -> str | None:
    # ``lang_key`` keys the cache, as in ``_read``: a story names its few speakers again and again.
    whole = " ".join(raw.split())  # a name wrapped over two lines is one
    if speaker_rx("free_relative", re.IGNORECASE).search(whole):
        return None  # "consistent with what the mayor described": the sentence is not the mayor's
    np = whole.strip("\"'“”‘’«»").strip()
    if _opens_a_quote(np):
        np = whole.lstrip("\"'“”‘’«»").strip()  # 'the spokesman of the "yellow vests"' keeps its close
    if np.count("(") != np.count(")"):
        np = np.strip("()").strip()
    np = speaker_rx("dateline_prefix").sub("", np)
    np = speaker_rx("restart").split(np)[-1]
    np = speaker_rx("lead_conjunction", re.IGNORECASE).sub("", np)
    np = speaker_rx("leading_time", re.IGNORECASE).sub("", np)
    lead = speaker_rx("leading_place").match(np)
    if lead and not any(c in lead.group(0) for c in country_names()):
        np = np[lead.end() :]  # "In Paris Fabius": Fabius ("In Iraq a ministry ...": another theatre)
    # "relatives and a local journalist", "a monitor and activists": the first one named.
    np = speaker_rx("second_speaker").split(np)[0]
    np = speaker_rx("lead_quantifier", re.IGNORECASE).sub("", np)
    np = speaker_rx("partitive_lead", re.IGNORECASE).sub("", np)  # "one of the survivors": the survivors
    # "a supporter who had travelled from Dalca": the relative clause is not the name.
    np = speaker_rx("relative").split(np)[0]
    # "a doctor receiving the casualties", "a source speaking on condition of anonymity": what the
    # speaker was doing is not the name.
    m = speaker_rx("head_participle").search(np)
    if m and is_speaker_head(m.group("head")):
        np = np[: m.start("ing")].rstrip()
    np = speaker_rx("trailing_word", re.IGNORECASE).sub("", np)
    np = speaker_rx("trailing_time", re.IGNORECASE).sub("", np)
    if speaker_rx("day_name", re.IGNORECASE).match(np.strip().rstrip(".")):
        return None  # "Wednesday" names a day, not a voice
    np = speaker_rx("possessive").sub("", np)
    np = speaker_rx("document_lead", re.IGNORECASE).sub("", np)
    np = speaker_rx("honorific").sub("", np)
    np = speaker_rx("age").sub("", np)
    if np.endswith(".") and not re.search(r"\b[A-Z]\.$", np):
        np = np[:-1]  # the sentence's full stop, not an abbreviation like "U.S."
    if speaker_rx("not_a_speaker", re.IGNORECASE).match(np) or speaker_rx("participle").match(np):
        return None  # "which ...", "calling the claim ...": not a speaker
    if speaker_rx("clause_inside").search(np):
        return None  # "Gas attack hits rebel-held areas of Aleppo": a headline, not a name
    np = _speaking_body(np)
    if np is None or not np or len(np) > 90:
        return None
    words = np.split()
    if all(w.lower() in speaker_words("function_words") for w in words):
        return None  # "The claims could not be verified": no one is named
    if words[0].lower() in speaker_words("not_speakers") or len(words) > 12:
        return None
    if any(w[:1].islower() and w.strip(".,'’") in speaker_words("figure_words") for w in words):
        return None  # "a higher death toll than previous estimates": a figure, not a voice
    if any(ch.isdigit() for ch in np) and not re.search(r"[A-Z]\w*\d|\d\w*[A-Z]", np):
        # "203 fighters were killed, the army said" must not make "203 fighters" a voice.
        return None
    if any(q.start == 0 and q.end >= len(np.rstrip(".")) for q in find_quantities(np)):
        return None  # "Two reports from the ministry put the toll at 290": "Two" is no voice
    return np


@per_language
def _body_words() -> frozenset[str]:
    """Words that head a body's name ("association", "ministry", "company"), built once."""
    return frozenset(w for ref in ("bodies", "bodies_and_forces", "class_heads") for w in speaker_words(ref))


def _speaking_body(np: str) -> str | None:
    """The body a person or a group speaks for, or the phrase itself; None when a determiner
    inside it shows a clause, not a name ("allegation the company")."""
    # "la chaîne de télévision publique CRTV", "the state news agency IRNA": the medium's name.
    m = speaker_rx("media_named").match(np)
    if m:
        return m.group("name")
    m = speaker_rx("role_for_body", re.IGNORECASE).match(np)
    if m and speaker_rx("determined_name").match(m.group("org")):
        np = m.group("org")
    # "Police spokeswoman Resila Onyango" speaks for the police.
    m = speaker_rx("body_spokesperson_name").match(np)
    if m:
        np = m.group("org")
    # "evidence from an Associated Press investigation" speaks for where it comes from.
    m = speaker_rx("evidence_from", re.IGNORECASE).match(np)
    if m:
        np = m.group("org")
    # "an Associated Press investigation" speaks for the Associated Press.
    m = speaker_rx("document_owner").match(np)
    if m and anaphor_head(m.group("org")) is None and not is_demonym(m.group("org")):
        # ("an Observatory toll" would point back at any body named before; "a Kenyan inquiry"
        # names no maker)
        np = m.group("org")
    # "the head of the inquiry into the shooting" speaks for the inquiry.
    m = speaker_rx("head_of_body", re.IGNORECASE).match(np)
    if m and m.group("last").lower() in _body_words() | speaker_words("inquiries"):
        np = m.group("org")
    # "witnesses in the village of Lesna" is the witnesses.
    m = speaker_rx("head_modifier").match(np)
    if m and is_speaker_head(m.group("head").split()[-1]) and not re.search(r"\s[A-Z]", m.group("head")):
        if m.group("head").split()[-1].lower() not in speaker_words("bodies"):
            np = m.group("head")
    m = speaker_rx("role_at_place").match(np)
    if m and is_speaker_head(m.group("head").split()[-1]) and _just_a_place(m.group("place")):
        np = m.group("head")
    body = np.split(" ", 1)[-1] if speaker_rx("determiner", re.IGNORECASE).match(np) else np
    if speaker_rx("inner_determiner").search(" " + body):
        return None
    # "a spokesman for the Health Ministry", "officials at the mine" speak for the body.
    m = speaker_rx("role_for_body", re.IGNORECASE).match(np)
    if m:
        np = m.group("org")
    # "ministry spokesman", "Coast Guard officials": the role word adds nothing to the voice.
    m = speaker_rx("body_role", re.IGNORECASE).match(np)
    last = m.group("org").split()[-1] if m else ""
    # ... but "an Afghan official" is an official, not "Afghan".
    if m and (
        len(m.group("org").split()) > 1
        and last[:1].isupper()
        and not is_demonym(last)
        or last.lower() in speaker_words("bodies_and_forces")
    ):
        np = m.group("org")
    # "the association's chairwoman" speaks for the association.
    m = speaker_rx("body_possessive_title", re.IGNORECASE).match(np)
    if m and m.group("org").split()[-1].lower() in _body_words():
        np = m.group("org")
    # "police chief" speaks for the police; "the Interior Minister" is a person, not "Interior".
    m = speaker_rx("body_title", re.IGNORECASE).match(np)
    if m and m.group("org").split()[-1].lower() in speaker_words("bodies_and_forces"):
        np = m.group("org")
    # "Omar Seldan director of the Observatory": the body, when its words name one ("the
    # governor of Sayle region, Marta Ilves" is Marta Ilves).
    m = speaker_rx("person_of_body").match(np)
    if m and any(w.lower() in _body_words() for w in re.findall(r"[\w-]+", m.group("org"))):
        return m.group("org")
    return _body_before_person(np) or np


def _just_a_place(words: str) -> bool:
    """ "Tanzania", "Deir al-Zor": a place's name, not a body's ("the Kurdish police", "Syria's
    interior ministry")."""
    if "'" in words or "’" in words:
        return False
    return not any(w.lower() in _body_words() for w in re.findall(r"[\w-]+", words))


def _body_before_person(np: str) -> str | None:
    """The body that opens "Valley Observatory Omar Seldan" (the body's person, with the
    possessive stripped): a name the lexicon knows, or one that ends in a body's noun."""
    words = np.split()
    for k in (3, 2):
        org, person = " ".join(words[:-k]), " ".join(words[-k:])
        if len(words) <= k or not speaker_rx("person_name").fullmatch(person):
            continue
        if words[-k].lower() in speaker_words("person_titles"):
            continue  # "Valdor President Anna Kell": a title and a name, not Valdor's person
        if known_names().canonical(person) or any(w.lower() in _body_words() for w in words[-k:]):
            continue  # "Human rights organization Amnesty International": the name is a body's
        org = re.sub(r"(?:'s|’s)$", "", org)
        if org.split()[-1].lower() in _body_words() and not re.search(r"[A-Z]", org.split(" ", 1)[-1]):
            return person  # "the rebel group Karo Front": a class noun, then the body's own name
        if org.split()[-1].lower() in _body_words() or known_names().canonical(org):
            return org
    return None


def plausible_voice(np: str) -> bool:
    """A speaker is a proper name or a phrase headed by a speaking noun."""
    if is_pronoun(np) or anaphor_head(np):
        return True
    words = re.findall(r"[\w'’.-]+", np)
    if not words:
        return False
    after = speaker_words("after_adjectives")
    while len(words) > 1 and words[-1].lower() in after:
        words = words[:-1]  # "la protection civile": the noun before its adjective is the head
    # "selon l'enquête": an article elided onto the one noun is no part of the head.
    head = _ELIDED.sub("", words[-1].lower().strip("."))
    # In "conversations between members of the group" the head is "conversations".
    cut = next((i for i, w in enumerate(words[1:], 1) if w in speaker_words("head_preps")), None)
    if cut is not None and not any(w[0].isupper() for w in words[1:]):
        head = _ELIDED.sub("", words[cut - 1].lower())  # "l'administrateur du territoire"
    if is_speaker_head(head) or speaker_rx("made_reports", re.IGNORECASE).match(np):
        return True
    caps = [w for w in words if w[0].isupper()]
    # Proper names: at least one capitalised word and no lower-case verb-like tail ("al-Qudra"
    # is capitalised after its particle).
    return bool(caps) and speaker_rx("particle_prefix").sub("", words[-1])[:1].isupper()


# An article elided onto its noun ("l'administrateur"): the noun is the word.
_ELIDED = re.compile(r"^[a-z][’']")


def _voice(raw: str | None) -> str | None:
    """A cleaned speaker phrase that is plausibly a voice."""
    np = clean_name(raw) if raw else None
    return np if np and plausible_voice(np) else None


def _inner(clause: str) -> tuple[str, tuple[int, int]] | None:
    """A reporting clause at the start of ``clause``: "local residents testified that"."""
    m = speaker_rx("lead").match(clause)
    if not m:
        return None
    np = _voice(m.group("np"))
    if np is None or is_pronoun(np) or find_quantities(np) or _rx("contrast_word").search(np):
        return None  # "Police said five were killed but residents said ...": two voices, not a relay
    return np, (m.start("np"), m.end("verb"))


def speaker(text: str) -> Speaker | None:
    """The explicit voice of one sentence, if it names one."""
    # "MEROVAN, March 8 (CPA) - ..." or a bullet: not part of the sentence's grammar.
    # A date stamp may come before the dateline ("date 2022-03-26 Velna – ...").
    start = 0
    while line := (
        speaker_rx("dateline").match(text[start:])
        or speaker_rx("bullet").match(text[start:])
        or speaker_rx("date_stamp").match(text[start:])
    ):
        if not line.end():
            break
        start += line.end()
    found = _frames(text[start:]) or _past_age(text[start:])
    return _shifted(found, start) if found is not None and start else found


def _past_age(text: str) -> Speaker | None:
    """The speaker of a sentence read again without the ages set after names ("said Ann Lee,
    65."), which no frame expects; its span in the sentence as written."""
    cuts = [m.span("age") for m in speaker_rx("age_apposition").finditer(text)]
    if not cuts:
        return None
    kept, pos = [], 0
    for a, b in cuts:
        kept.append(text[pos:a])
        pos = b
    found = _frames("".join(kept) + text[pos:])
    if found is None:
        return None

    def back(p: int) -> int:
        # A position in the text read again, in the sentence as written.
        for a, b in cuts:
            if p > a or (p == a and p > found.span[0]):
                p += b - a
        return p

    # "Ann Lee, 65, told AFP" read as "Ann Lee, told AFP": the comma left behind is no part of the name.
    name = found.name.rstrip(",").rstrip()
    return dataclasses.replace(found, name=name, span=(back(found.span[0]), back(found.span[1])))


def _joined(words: str, name: str) -> tuple[str, ...]:
    """The voices joined to the speaker in its own words: "the state news agency and local
    media reported", "sources in the city and the Observatory said"."""
    m = speaker_rx("joined_speaker").search(words)
    if m is None or clean_name(words[: m.start()]) != name:
        return ()  # "the group in a statement on its site and channel said": not the speakers' "and"
    if speaker_rx("name_with_and").search(words[: m.start()]):
        return ()  # "the Islamic State in Iraq and the Levant": one name
    if speaker_rx("relative").search(words[: m.start()]):
        return ()  # "witnesses who fled to nearby towns and the state capital said": maybe the clause's "and"
    other = _voice(m.group("np"))
    if other is None or other == name or is_pronoun(other) or find_quantities(other):
        return ()
    return (other,)


def _shifted(found: Speaker, offset: int) -> Speaker:
    """A speaker found in a tail of the sentence, in the whole sentence's offsets."""
    a, b = found.span
    return dataclasses.replace(found, span=(a + offset, b + offset))


def _frames(text: str) -> Speaker | None:
    """The first frame that names a speaker, in the order of their reliability."""
    for frame in _FRAMES:
        found = frame(text)
        if found is None:
            continue
        if frame is _bare_trail or frame is _mutual:
            return found  # text stripped of its punctuation joins anything with "and"; rivals are not joined
        paired = _paired_persons(text, found)
        if paired is not None:
            return paired
        others = _joined(text[found.span[0] : found.span[1]], found.name)
        return dataclasses.replace(found, others=others) if others else found
    return None


def _paired_persons(text: str, found: Speaker) -> Speaker | None:
    """ "John Smith and Ann Brown said", "Emmanuel Macron et Gérald Darmanin avaient fait état
    de ...": two persons named together both speak, the first as the speaker (the name the frame
    took may hold both, or only the second)."""
    person = speaker_rx("person_name")
    parts = [p.strip() for p in speaker_rx("joined").split(found.name, maxsplit=1)]
    if len(parts) == 2 and all(person.fullmatch(p) for p in parts):
        return dataclasses.replace(found, name=parts[0], others=(parts[1],))
    if not person.fullmatch(found.name):
        return None
    before = active().derived("speakers.person_and", _person_and_re).search(text, 0, found.span[0])
    if before is None:
        return None
    start = before.start("first")
    return dataclasses.replace(
        found, name=before.group("first"), others=(found.name,), span=(start, found.span[1])
    )


def _person_and_re(lang: Language) -> re.Pattern[str]:
    """A person's name and "and" right before where a speaker's name starts."""
    person, joined = lang.regex("speakers.person_name"), lang.regex("speakers.joined")
    return lang.compile(rf"(?:^|(?<=[\s,]))(?P<first>{person.pattern}){joined.pattern}$")


def _role_name(text: str) -> Speaker | None:
    """ "the governor of Sayle region, Marta Ilves, said": the person speaks; "a spokeswoman for
    the Red Crescent, Dana Roe, said": the body she speaks for."""
    m = speaker_rx("role_name").search(text)
    if m and _opens_a_quote(text[: m.start("role")]):
        return None  # a role and a name inside a quotation are the quoted voice's words, not its frame
    if m and (m.start() == 0 or m.group("verb")):
        body = speaker_rx("speaks_for").match(m.group("role").strip())
        name = _voice(body.group("org")) if body else clean_name(m.group("name"))
        if name:
            return Speaker(name, (), (m.start(), m.end()))
    return None


def _according(text: str) -> Speaker | None:
    """ "According to X, ..."; "According to a report by RFI, residents testified that ..."."""
    m = speaker_rx("according", re.IGNORECASE).search(text)
    heard: tuple[str, ...] = ()
    relay = speaker_rx("quoted_by").match(m.group("np")) if m else None
    if relay:
        # "according to police sources quoted by France Info": the sources, through the outlet.
        np, outlet = _voice(relay.group("voice")), _voice(relay.group("outlet"))
        heard = (outlet,) if outlet else ()
    else:
        np = _voice(m.group("np")) if m else None
    if m is None or np is None:
        return None
    opened = text.rfind(",", 0, m.start())
    aside = text[opened + 1 : m.start()].rstrip()
    if opened >= 0 and aside and aside[-1] not in ":;" and text[m.end() : m.end() + 1] == ",":
        # "the driver, named N. according to his lawyer, ran into ...": a detail's source (after a
        # colon, "In X, doubts remain: according to Y, ...", it opens a clause of its own).
        return None
    rest = text[m.end() :].lstrip(" ,")
    offset = len(text) - len(rest)
    cited = speaker_rx("which_cited").match(rest)
    voice = _voice(cited.group("np")) if cited else None
    if cited and voice:
        # "According to AFP, which cited a prison source, ...": the source, through AFP.
        return Speaker(voice, (np,), (m.start(), offset + cited.end()))
    inner = _inner(rest)
    if inner:
        voice, (_, b) = inner
        return Speaker(voice, (np,), (m.start(), offset + b))
    lead = _inner(text[: m.start()]) if m.start() else None
    if lead:
        # "The governor said 12 died, according to AP": the governor, through AP.
        voice, span = lead
        return Speaker(voice, (np,), span)
    before = text[: m.start()].rstrip().rstrip(",")
    said = _trail(before) if before else None
    if said is not None and said.name:
        # "The toll rose to 88, with 26 more bodies found, an official said, according to AP".
        return Speaker(said.name, (*said.via, np), said.span, said.hedged)
    written = " ".join((relay.group("voice") if relay else m.group("np")).split())
    return Speaker(np, heard, (m.start(), m.end()), written=written)


def _citing_lead(text: str) -> Speaker | None:
    """ "Reuters, citing hospital officials, said ...": the officials speak, through Reuters."""
    m = speaker_rx("citing_lead").match(text)
    if not m:
        return None
    outer, inner = _voice(m.group("outer")), _voice(m.group("inner"))
    if outer and inner:
        return Speaker(inner, (outer,), (m.start("outer"), m.end("verb")))
    return None


def _appositive(text: str) -> Speaker | None:
    """ "Open Count, an independent group that estimates crowds, said ..."."""
    m = speaker_rx("appositive").match(text)
    if not m:
        return None
    np = clean_name(m.group("np"))
    middle = text[m.end("np") :].split(",")[1].strip()
    common = np is not None and not any(w[:1].isupper() for w in np.split()[1:])
    if np and (anaphor_head(np) or common) and speaker_rx("proper_name").fullmatch(middle):
        np = middle  # "The operator, Viastrada, said", "The preacher at the rally, NAME, said"
    body = speaker_rx("speaks_for").match(middle)
    org = _voice(body.group("org")) if body and np else None
    if org:
        # "NAME, a spokesman for the Command, said": the Command, through its spokesman.
        return Speaker(org, (), (m.start("np"), m.end("verb")), written=np or "")
    if np and plausible_voice(np):
        return Speaker(np, (), (m.start("np"), m.end("verb")))
    return None


def _saying_tail(text: str) -> Speaker | None:
    """ "The prime minister played down the role of the authorities, saying that ...": the
    subject says what the participle of saying brings in."""
    m = speaker_rx("saying_tail").match(text)
    np = _voice(m.group("np")) if m else None
    if m is None or np is None or find_quantities(np):
        return None
    return Speaker(np, (), (m.start("np"), m.end()))


def _lead_relative(text: str) -> Speaker | None:
    """ "The coalition which began an air campaign against the militia last spring said ..."."""
    m = speaker_rx("lead_relative").match(text)
    np = _voice(m.group("np")) if m else None
    if m is None or np is None or find_quantities(np):
        return None
    return Speaker(np, (), (m.start("np"), m.end("verb")))


def _document_by(text: str) -> Speaker | None:
    """ "A report by X said ...": X speaks through its document."""
    m = speaker_rx("document_by", re.IGNORECASE).match(text)
    np = _voice(m.group("np")) if m else None
    return Speaker(np, (), (m.start(), m.end("verb"))) if m and np else None


def _in_view_of(text: str) -> Speaker | None:
    """ "For the union, these figures are a lie": the sentence is the view of the voice it opens on."""
    m = speaker_rx("in_view_of").match(text)
    np = _voice(m.group("np")) if m else None
    if m is None or np is None or is_pronoun(np) or find_quantities(np):
        return None
    return Speaker(np, (), (m.start(), m.end()))


def _released_by(text: str) -> Speaker | None:
    """ "a statement released by X"."""
    m = speaker_rx("released_by", re.IGNORECASE).search(text)
    if m and speaker_rx("released_disputed", re.IGNORECASE).search(text, m.start("np")):
        return None  # "the toll compiled by X is disputed by Y": Y's word, not X's
    np = _voice(m.group("np")) if m else None
    return Speaker(np, (), (m.start(), m.end())) if m and np else None


def _quoted_as_saying(text: str) -> Speaker | None:
    """ "a statement quoting President X as saying 270,000 bodies were buried": X speaks."""
    m = speaker_rx("quoting_as_saying").search(text)
    np = _voice(m.group("np")) if m else None
    if m is None or np is None:
        return None
    via = _voice(m.group("via")) if m.group("via") else None
    return Speaker(np, (via,) if via else (), (m.start("np"), m.end()))


def _trail_appositive(text: str) -> Speaker | None:
    """'"...," Idris Kanteh, the district commissioner, told Horizon.' and '..., said X, the chief.'"""
    m = speaker_rx("trail_appositive").search(text)
    if not m or not (m.group("v1") or m.group("v2")):
        return None
    body = speaker_rx("speaks_for").match(m.group("role").strip())
    np = _voice(body.group("org") if body else m.group("np"))
    if not np:
        return None
    verb_end = m.end("v2") if m.group("v2") else m.end("np")
    told = speaker_rx("told_object").match(text[verb_end:].strip())
    via = (_heard(told.group("np")),) if told and (m.group("v2") or "") in speaker_words("told_verbs") else ()
    return Speaker(np, via, (m.start() + 1, m.end()))


def _trail(text: str) -> Speaker | None:
    """ "..., X said.", "..., said X.": an attribution that ends the sentence."""
    m = speaker_rx("trail").search(text, 1)  # an opening quote at the start is not a closing one
    if not m:
        return None
    np = _voice(m.group("np1") or m.group("np2"))
    if not np:
        return None
    verb = m.group("v1") or m.group("v2")
    via: tuple[str, ...] = ()
    rest = (m.group("rest") or "").strip()
    told = speaker_rx("to_object").match(rest)
    if verb in speaker_words("told_verbs"):
        after = text[m.end("v2") if m.group("v2") else m.end("np1") :].strip()
        told_whom = speaker_rx("told_object").match(after)
        if told_whom:
            via = (_heard(told_whom.group("np")),)
    elif told:
        heard = clean_name(told.group("np"))
        via = (heard,) if heard else ()  # "said ... to Wednesday": a day hears nothing
    np, via = _spoke_to(np, via)
    if verb in speaker_words("relay_verbs"):
        lead = _inner(text[: m.start()])
        if lead is not None:
            # "The ministry denied that ..., RIA reported": the ministry, through RIA.
            return Speaker(lead[0], (np, *via), lead[1])
    # The span covers who speaks, not what they go on to add ("adding that ...").
    end = m.start("rest") if m.group("rest") is not None else m.end()
    written = " ".join((m.group("np1") or m.group("np2")).split())
    return Speaker(np, via, (m.start() + 1, end), written=written)


def _spoke_to(np: str, via: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """ "residents who spoke to RFI": the residents, through RFI."""
    spoke = speaker_rx("spoke_to").search(np)
    if spoke:
        return np[: spoke.start()].strip(), (_heard(spoke.group("np") or spoke.group("np2")),)
    return np, via


def _heard(raw: str) -> str:
    """The one a voice told or spoke to, as a name: "told the Post." is the Post."""
    return clean_name(raw) or raw


def _incise(text: str) -> Speaker | None:
    """ "Le bilan, a précisé le procureur, est de 12 morts": the verb, then its speaker, set
    between commas inside the sentence."""
    m = speaker_rx("incise").match(text)
    if m is None:
        return None
    # "a-t-il ajouté", "dit-il": the voice before
    name = m.group("pronoun") or m.groupdict().get("pronoun_after") or _voice(m.group("np"))
    return Speaker(name, (), m.span("at")) if name else None


def _lead(text: str) -> Speaker | None:
    """ "X said ..." at the start, or after an opening phrase that names no one ("Citing reports
    from officials, the government said ...")."""
    contrast = speaker_rx("opening_contrast", re.IGNORECASE).match(text)
    if contrast is not None:
        # "While police put the toll at 12, residents said 40 died": the main clause's voice speaks;
        # the opening clause is the other voice's claim (``_foreign``), whoever says the rest.
        inner = _lead_at(text[contrast.end() :])
        return _shifted(inner, contrast.end()) if inner is not None else None
    found = _lead_at(text)
    opening = speaker_rx("opening_phrase").match(text) if found is None else None
    if opening is None:
        return found
    if find_quantities(opening.group()) or _rx("contrast_word").match(text, opening.end()):
        return None  # "Police put the toll at 12, but organisers said 40": a clause, then another voice's
    inner = _lead_at(text[opening.end() :])
    return _shifted(inner, opening.end()) if inner is not None else None


def _lead_at(text: str) -> Speaker | None:
    """ "X said ...", "X told RFI that ...", "Reuters, citing officials, said ..." at the start."""
    m = speaker_rx("lead").match(text)
    if m and speaker_rx("possessive_end").search(m.group("np")):
        return None  # "The Israeli government's claim that ...": a noun phrase, not a speaker speaking
    nounlike = m is not None and m.group("verb").lower() in speaker_words("noun_verbs")
    noun = speaker_rx("noun_then_verb").match(text[m.end("verb") :]) if nounlike else None
    if m and noun:
        # "Media reports said ...": the reports speak; "Preliminary reports indicate ...": no one.
        said = noun.group().strip() in speaker_words("said_verbs")
        np = _voice(text[m.start("np") : m.end("verb")]) if said else None
        return Speaker(np, (), (m.start("np"), m.end("verb") + noun.end())) if np else None
    if m and speaker_rx("relative_end").search(m.group("np")):
        return None  # "The officer who admitted ...": the relative clause's verb
    if m and speaker_rx("subordinate_inside").search(m.group("np")):
        return None  # "The strike came hours after X warned ...": the warning is not the sentence
    quoted = speaker_rx("claim_then_name").match(m.group("np")) if m else None
    if m and quoted:
        # "Fourteen strikes were made Konashenkov said": the claim, then its speaker's name.
        name = _voice(quoted.group("name"))
        at = m.start("np") + quoted.start("name")
        return Speaker(name, (), (at, m.end("verb")), written=quoted.group("name")) if name else None
    np = _voice(m.group("np")) if m else None
    if m is None or np is None:
        return None
    if any(q.start > 0 for q in find_quantities(np)):
        return None  # "A bomb killed six people in the market X said": a claim, not a speaker
    verb = m.group("verb")
    via: tuple[str, ...] = ()
    after = text[m.end("verb") :].lstrip()
    if verb in speaker_words("told_verbs") and speaker_rx("told_to").match(after):
        return None  # "The officers told the driver to stop": an order, not a report
    if verb in speaker_words("said_verbs") and speaker_rx("said_to", re.IGNORECASE).match(after):
        return None  # "Photos said to show the site": a passive, not a report
    told = speaker_rx("told").match(verb + " " + after) if verb in speaker_words("told_verbs") else None
    end = m.end("verb")
    if told:
        via = (_heard(told.group("np")),)
        end = m.end("verb") + (len(text[m.end("verb") :]) - len(after)) + told.end() - len(verb) - 1
    np, via = _spoke_to(np, via)
    relayed = speaker_rx("relayed", re.IGNORECASE).match(text, m.end("verb"))
    inner = _inner(text[relayed.end() :]) if relayed and not via else None
    if inner:
        # "Reuters reported that the ministry confirmed ...": the ministry, through Reuters.
        voice, (_, b) = inner
        return Speaker(voice, (np,), (m.start("np"), relayed.end() + b))
    cite = speaker_rx("citing", re.IGNORECASE).search(text)
    if cite and verb not in speaker_words("citing_verbs"):
        # "Reuters, citing hospital officials, said ..." gives the officials via Reuters.
        cited = _voice(cite.group("np"))
        if cited and not cited.lower().startswith(tuple(active().words("speakers.cited_not_voices"))):
            return Speaker(cited, (np,), (m.start("np"), m.end("verb")))
    hedged = bool(speaker_rx("hedging_verbs", re.IGNORECASE).fullmatch(verb.split()[0]))
    return Speaker(np, via, (m.start("np"), end), hedged, written=" ".join(m.group("np").split()))


# A bare trailing speaker is at most this many words.
_BARE_WORDS = 8


def _bare_trail(text: str) -> Speaker | None:
    """ "... on Wednesday a monitor said." with no comma before the speaker: the shortest phrase
    before the verb that opens with "a", "an" or "the", else the run of capitalised words and
    speaking words ("Syrian state television") before it; a voice only if it names one."""
    m = speaker_rx("bare_trail").search(text)
    if m is None or m.start() < 20:
        return None
    if m.group("tail") and m.group("verb") not in speaker_words("bare_tail_verbs"):
        return None
    told = speaker_rx("told_object").match(text[m.end("verb") :].strip())
    if told and m.group("verb") in speaker_words("inverted_verbs"):
        # "... near the market said the Observatory.": the name after "said" speaks, inverted.
        inverted = _voice(told.group("np"))
        if inverted:
            return Speaker(inverted, (), (m.start("verb"), m.end()))
    words = list(re.finditer(r"\S+", text[: m.start("verb")]))[-_BARE_WORDS:]
    start = _bare_start(words)
    if start is None:
        return None
    named_before = _named_body_before(words, start)
    # "a monitor and activists": the first one named; a group and "the ..." both speak.
    phrase = text[words[named_before if named_before is not None else start].start() : words[-1].end()]
    parts = speaker_rx("joined").split(phrase, maxsplit=1)
    before = " ".join(w.group() for w in words[max(0, start - 2) : start])
    if len(parts) == 2 and speaker_rx("object_before").search(before):
        # "in northern Valdor and Karel Press TV reported": the place is the preposition's.
        phrase = parts[1]
        parts = [parts[1]]
    np = _voice(parts[0])
    if np is None or any(ch.isdigit() for ch in np):
        return None
    second = _voice(parts[1]) if len(parts) == 2 and speaker_rx("bare_determiner").match(parts[1]) else None
    joined = (second,) if second and parts[0].split()[-1].lower() in _bare_groups() else ()
    if named_before is not None and len(parts) == 2:
        # "Valdors state news agency and Kurdish media reported": two named bodies both speak.
        other = _voice(parts[1])
        joined = (other,) if other and other != np else ()
    heard = clean_name(told.group("np")) if told else None
    at = words[-1].end() - len(phrase)
    return Speaker(np, (heard,) if heard else (), (at, m.end("verb")), others=joined)


def _named_body_before(words: list[re.Match[str]], start: int) -> int | None:
    """Where a named body ending in a speaking noun opens, right before "and" and a run of names
    ("Valdors state-run news agency and Kurdish media"), or None."""
    if start < 3 or words[start - 1].group() != "and" or not words[start].group()[:1].isupper():
        return None
    end = start - 2
    if not is_speaker_head(words[end].group()):
        return None
    k = end
    while k > end - 4 and k > 0 and not words[k].group()[:1].isupper():
        k -= 1  # "state-run news agency": lower-case words back to the name
    if not words[k].group()[:1].isupper():
        return None
    while k > 0 and words[k - 1].group()[:1].isupper():
        k -= 1
    return k


def _bare_start(words: list[re.Match[str]]) -> int | None:
    """Which of the words before the verb opens a comma-less trailing speaker."""
    determiner = speaker_rx("bare_determiner")
    modifiers = speaker_rx("bare_modifier_word", re.IGNORECASE)
    if is_pronoun(words[-1].group()) and words[-1].group().islower():
        return len(words) - 1  # "... including a child he said adding that ...": the voice before
    if words[-1].group().lower() in _bare_groups():
        # "... alarm in the market local activists said": a group of people just before the verb.
        start = len(words) - 1
        while start > 0 and modifiers.fullmatch(words[start - 1].group()):
            start -= 1
        before = words[start - 1].group() if start > 0 else ""
        # "... two residents said": how many spoke is part of who spoke, not a figure of the claim.
        counted = before.lower() in speaker_words("quantifiers")
        return start - 1 if start > 0 and (determiner.fullmatch(before) or counted) else start
    start = next((i for i in range(len(words) - 2, -1, -1) if determiner.fullmatch(words[i].group())), None)
    if start is None:
        return _name_run_start(words, modifiers)
    if (
        start >= 2
        and words[start - 1].group() == "and"
        and words[start - 2].group().lower() in _bare_groups()
    ):
        # "opposition activists and the extremist group said": both speak; the first is named first.
        first = start - 2
        while first > 0 and (
            modifiers.fullmatch(words[first - 1].group()) or is_demonym(words[first - 1].group())
        ):
            first -= 1
        return first
    # "the market Dalcan state television": a name after a plain noun starts the speaker.
    plain = [
        k
        for k in range(start + 1, len(words) - 1)
        if not modifiers.fullmatch(words[k].group())
        and words[k].group()[:1].islower()
        and words[k + 1].group()[:1].isupper()
    ]
    if plain:
        start = plain[-1] + 1
    # "a source at the city hospital": a phrase joined by a preposition is one speaker.
    while start >= 2 and speaker_rx("bare_join").fullmatch(words[start - 1].group()):
        earlier = next((j for j in range(start - 2, -1, -1) if determiner.fullmatch(words[j].group())), None)
        if earlier is None or start - earlier > 4:
            break
        start = earlier
    return start


@per_language
def _bare_groups() -> frozenset[str]:
    """Groups of people that speak with no name and no comma before the verb ("activists said")."""
    return frozenset(speaker_words("people_heads")) - frozenset(speaker_words("bare_not_groups"))


def _name_run_start(words: list[re.Match[str]], modifiers: re.Pattern[str]) -> int | None:
    """The start of the run of names and speaking words that ends the words ("Syrian state
    television"), opening on a name: not "people Syrian state television"."""
    start = len(words)
    if start > 1 and is_speaker_head(words[-1].group()) and words[-2].group()[:1].isupper():
        start -= 1  # "Velna TV correspondent reported": a named body's role noun ends the run
    while start > 0 and (
        words[start - 1].group()[:1].isupper() or modifiers.fullmatch(words[start - 1].group())
    ):
        start -= 1
    while start < len(words) and not words[start].group()[:1].isupper():
        start += 1
    return start if start < len(words) else None


# The frames, most specific first.
def _mutual(text: str) -> Speaker | None:
    """ "Russia and Ukraine accused each other of bombing the prison": the first speaks, blaming
    the second, and the second, blaming the first, is its rival; neither says the other's words."""
    m = speaker_rx("mutual_blame").match(text)
    if m is None:
        return None
    a, b = _voice(m.group("a")), _voice(m.group("b"))
    if a is None or b is None or a == b:
        return None
    return Speaker(a, (), (m.start("a"), m.end()), rival=b)


_FRAMES = (
    _mutual,
    _role_name,
    _document_by,
    _according,
    _in_view_of,
    _citing_lead,
    _appositive,
    _quoted_as_saying,
    _trail_appositive,
    _trail,
    _incise,
    # "Le bilan, annoncé par X, est en cours de consolidation, a précisé Y": Y says it.
    _released_by,
    _lead,
    _lead_relative,
    _saying_tail,
    _bare_trail,
)
