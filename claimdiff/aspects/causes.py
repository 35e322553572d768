"""Causes: what killed or destroyed (an airstrike, a misfired rocket, an accident, a storm).

Causes the lexicon knows carry a class; two classes that cannot both be the cause of one event
contradict each other (``causes.conflicts``). A cause the lexicon does not know ("blamed
excessive speed") contradicts only its own denial.
"""

from __future__ import annotations

import re

from claimdiff.align import Block, Mention
from claimdiff.aspects import incidents
from claimdiff.aspects.base import AspectRules, Found, Scene
from claimdiff.aspects.figures import people_noun
from claimdiff.aspects.labels import compare_labels
from claimdiff.aspects.reading import Reading, derived, inside, rx, wordset
from claimdiff.lang import Language, active, alternation
from claimdiff.lexicon import actor_heads, cause_terms, victim_terms
from claimdiff.model import Aspect, Fact, Label, Polarity

_ANY = "any"  # the class of a cause that fits every other ("an attack", "a blast")
_GENERIC = (
    ("causes.cause_after", False),
    ("causes.cause_before", False),
    ("causes.cause_not", True),
    ("causes.cause_cleft", False),
    ("causes.cause_cleft_answer", False),
    ("causes.cause_cleft_not", True),
)


def _conflicts() -> frozenset[frozenset[str]]:
    """Pairs of cause classes that cannot both be the cause of one event."""
    return derived(
        "causes.conflict_pairs", lambda lang: frozenset(frozenset(p) for p in lang.get("causes.conflicts"))
    )


def _cause_re() -> re.Pattern[str]:
    def make(lang: Language) -> re.Pattern[str]:
        # Behind a look-ahead on the terms' first letters: one test rejects most word starts.
        terms = alternation([re.escape(t) for t, _, _ in cause_terms()])
        return lang.compile(rf"\b{terms}\b", re.IGNORECASE)

    return derived("causes.cause_re", make)


_PROVOCATION = "provocation"  # the family of why force was used: self-defence or unprovoked


def _family_of() -> dict[str, str]:
    """A known cause's family, by its lower-cased term."""
    return derived("causes.family_of", lambda lang: {t: fam for t, fam, _ in cause_terms()})


def _provocation_re() -> re.Pattern[str]:
    """The terms of why force was used, alone: a sentence without them has none to read."""

    def make(lang: Language) -> re.Pattern[str]:
        terms = alternation([re.escape(t) for t, fam, _ in cause_terms() if fam == _PROVOCATION])
        return lang.compile(rf"\b{terms}\b", re.IGNORECASE)

    return derived("causes.provocation_re", make)


def _class_of() -> dict[str, str]:
    """A known cause's class, by its lower-cased term."""
    return derived("causes.class_of", lambda lang: {t: cls for t, _, cls in cause_terms()})


def _who_heads() -> frozenset[str]:
    """Head words that name who (an actor, a victim), never how: "blamed police"."""
    return derived("causes.who_heads", lambda lang: frozenset(actor_heads()) | {t for t, _ in victim_terms()})


def extract(reading: Reading, found: tuple[Fact, ...]) -> list[Fact]:
    """The lexicon's causes, then causes it does not know, outside the words it read."""
    # A sentence that names a cause in so many words is about the event: "the main reason was
    # overcrowding" has no word of harm, but it is the cause of this one.
    if not reading.event:
        named = rx("causes.cause_after").search(reading.text) or rx("causes.attack_verdict").search(
            reading.text
        )
        if named:
            return _known(reading)
        # Why force was used is told of the event's force, with or without a word of harm ("the
        # driver deliberately drove at the officers"; "he was driving away"); the whole lexicon is
        # read only where one of those words stands.
        if not _provocation_re().search(reading.text):
            return []
        family = _family_of()
        return [f for f in _known(reading) if family.get(f.value.name) == _PROVOCATION]  # type: ignore[union-attr]
    known = _known(reading)
    return known + _generic(reading, known)


def _known(reading: Reading) -> list[Fact]:
    text = reading.text
    index = _class_of()
    # "Russia denies missile strike", "it did not launch any rocket attack": the voice denies its
    # own part (an actor), not that a missile hit.
    own = [m.span() for m in rx("actors.self_denied").finditer(text)] if reading.speaker else []
    facts = []
    for m in _cause_re().finditer(text):
        term = m.group(0).lower()
        cls = index[term]
        if _not_known_cause(text, m, term, cls) or inside(m.start(), own):
            continue
        # Every cause meets every other: an airstrike and an accident are rival causes.
        pol = reading.clauses.polarity(m.start(), m.end())
        if pol is Polarity.DENIED and rx("causes.responsible_for").search(
            text[max(0, m.start() - 60) : m.start()]
        ):
            continue  # who was responsible is denied, not what struck
        if rx("causes.denied_after").match(text[m.end() :]):
            pol = Polarity.DENIED  # "tear gas did not kill anyone": the cause, denied
        if rx("causes.impossible_before").search(text[max(0, m.start() - 40) : m.start()]):
            pol = Polarity.DENIED  # "it is impossible that a missile hit the plane"
        facts.append(Fact(Aspect.CAUSE, "cause", Label(term, m.group(0), cls), pol, reading.span(*m.span())))
    for m in rx("causes.attack_verdict").finditer(text):
        # "it was an attack": deliberate, whatever the weapon
        start, end = m.span("term")
        pol = reading.clauses.polarity(start, end)
        label = Label(m.group("term").lower(), m.group("term"), str(active().get("causes.attack_class")))
        facts.append(Fact(Aspect.CAUSE, "cause", label, pol, reading.span(start, end)))
    return facts


# How far before "accident" its verdict may open ("it was an unbelievable accident").
_VERDICT_REACH = 40


def _not_known_cause(text: str, m: re.Match[str], term: str, cls: str) -> bool:
    if (
        m.group(0)[0].isupper()
        and m.start() > 0
        and text[m.start() - 2 : m.start()].strip() not in ("", '"', "“")
    ):
        return True  # "the Rail Accident Investigation Board": part of a name
    if cls == _ANY:
        return True  # "an attack", "a blast" fit every cause: nothing to compare
    if term in wordset("causes.event_names") and not rx("causes.accident_cause").search(
        text[max(0, m.start() - _VERDICT_REACH) : m.start()]
    ):
        return True  # "this accident", "the accident site": the event's name, not its cause
    if term in wordset("causes.harm_bound"):
        near = rx("causes.harm_near")
        before, after = text[max(0, m.start() - 60) : m.start()], text[m.end() : m.end() + 120]
        if not (near.search(before) or near.search(after)):
            return True  # "the scene of the fiercest clashes": no one's death is told of here
    return term in wordset("causes.shot_terms") and bool(rx("causes.shot_other", 0).match(text[m.end() :]))


def _generic(reading: Reading, known: list[Fact]) -> list[Fact]:
    """ "caused by X", "blamed X", "X caused the accident", "X was not a factor"."""
    text = reading.text
    taken = [(f.span[0] - reading.offset, f.span[1] - reading.offset) for f in known]
    heads = _who_heads()
    facts = []
    for ref, denied in _GENERIC:
        for m in rx(ref).finditer(text):
            group = "x" if m.group("x") else "y"
            if ref == "causes.cause_not" and not _rival(text, m, group):
                continue
            words = m.group(group).lower()
            start, end = m.start(group), m.end(group)
            if re.match(r"['’]s\b", text[end:]) or rx("causes.time_word", 0).search(words):
                continue  # "blame Friday evening's derailment": a date, not a cause
            if any(a <= start < b or start <= a < end for a, b in taken):
                continue  # the lexicon already read these words
            head = words.split()[-1]
            if head in heads or people_noun(head) or words in wordset("causes.not_a_cause"):
                continue  # "blamed police" names who, not how
            category = f"generic:{head[:-1] if head.endswith('s') and len(head) > 4 else head}"
            pol = Polarity.DENIED if denied else reading.clauses.polarity(start, end)
            facts.append(
                Fact(
                    Aspect.CAUSE,
                    "cause",
                    Label(words, text[start:end], category),
                    pol,
                    reading.span(start, end),
                )
            )
    return facts


def _rival(text: str, m: re.Match[str], group: str) -> bool:
    """ ", not X" names a rival cause only after a cause was given."""
    if not m.group(group):
        return False
    return group != "y" or bool(rx("causes.caused_before", 0).search(text[: m.start()]))


def compare(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    conflicts = incidents.compatible(scene, _conflicts())
    return compare_labels(block, a, b, scene, what="cause", conflicts=conflicts, covers=_covers)


def _covers(denied: Mention, stated: Mention) -> bool:
    """A denial of fault ("there was no negligence") denies the fault, not its class: the
    accident it was still stands."""
    d, s = denied.fact.value, stated.fact.value
    assert isinstance(d, Label) and isinstance(s, Label)
    return d.name == s.name or d.name not in wordset("causes.fault_terms")


RULES = AspectRules(Aspect.CAUSE, extract, compare, account=True)
