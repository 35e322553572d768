"""Victims: who the dead and hurt were (civilians, fighters, security forces, prisoners...).

A category counts when the words of killing apply to it in its clause and the group is not
the one who acts ("soldiers executed 38 civilians": the civilians). Civilians and combatants
cannot both be the victims.
"""

from __future__ import annotations

import dataclasses
import re

from claimdiff.align import Block, Mention
from claimdiff.aspects.base import AspectRules, Found, Scene
from claimdiff.aspects.labels import compare_labels
from claimdiff.aspects.reading import Reading, derived, inside, rx
from claimdiff.clause import around, hedged, negated_just_before
from claimdiff.lang import Language, alternation
from claimdiff.lexicon import is_demonym, victim_terms
from claimdiff.model import Aspect, Fact, Label, Polarity, Strength

# Victim categories (keys of victims.categories) the code names: civilians and combatants
# exclude each other; the security forces' dead are a toll of their own.
CIVILIAN, COMBATANT, SECURITY = "civilian", "combatant", "security"
_CONFLICTS = frozenset({frozenset((CIVILIAN, COMBATANT))})


def victim_re() -> re.Pattern[str]:
    """Any victim term of the lexicon, longest first."""

    def make(lang: Language) -> re.Pattern[str]:
        terms = alternation([re.escape(t) for t, _ in victim_terms()])
        return lang.compile(rf"\b{terms}\b", re.IGNORECASE)

    return derived("victims.victim_re", make)


def victim_fact(reading: Reading, term: str, category: str, start: int, end: int) -> Fact:
    """The victims a figure or a mention names."""
    text = reading.text
    # Who the victims were is denied only in so many words ("none of our dead was a fighter"; "no
    # civilians were harmed" is a toll of none, see zero counts); "X denies that its troops shot
    # migrants" denies the shooting, not the migrants.
    pol = reading.clauses.polarity(start, end)
    if pol is Polarity.DENIED and not negated_just_before(text, start):
        pol = Polarity.HEDGED if hedged(text) else Polarity.AFFIRMED
    words = text[start:end] or term  # the words as written, whatever their case
    return Fact(Aspect.VICTIMS, "victims", Label(category, words, category), pol, reading.span(start, end))


def denied_victims(category: str, words: str, span: tuple[int, int]) -> Fact:
    """ "None of our dead was a fighter": the category denied."""
    return Fact(Aspect.VICTIMS, "victims", Label(category, words, category), Polarity.DENIED, span)


def extract(reading: Reading, found: tuple[Fact, ...]) -> list[Fact]:
    """Victim categories stated without a number: "civilians were killed", "executed men"."""
    if not reading.event:
        return []
    text = reading.text
    taken = [f.span for f in found if f.aspect is Aspect.VICTIMS]
    if reading.skip is not None:
        taken.append(reading.span(*reading.skip))
    categories = dict(victim_terms())
    facts = []
    for m in victim_re().finditer(text):
        if inside(reading.offset + m.start(), taken) or not (_victim(text, m) or _ruled_out(text, m)):
            continue
        if _one_nation_denied(text, m.start()):
            continue
        term = m.group(0).lower()
        if categories[term] == COMBATANT and rx("victims.part_before").search(
            text[max(0, m.start() - _PART_REACH) : m.start()]
        ):
            continue  # "casualties, including terrorists": the dead include them, the rest unsaid
        if rx("victims.denied_copula").search(text[max(0, m.start() - _COPULA_REACH) : m.start()]):
            # "None of our dead was a fighter": who the victims were not, in so many words.
            facts.append(denied_victims(categories[term], text[m.start() : m.end()], reading.span(*m.span())))
            continue
        if reading.clauses.polarity(m.start(), m.end()) is Polarity.DENIED and not negated_just_before(
            text, m.start()
        ):
            continue  # "the army denied killing civilians": it says nothing of who the victims were
        facts.append(victim_fact(reading, term, categories[term], m.start(), m.end()))
    for m in rx("victims.men").finditer(text):
        if rx("events.kill_words").search(around(text, m.start(), m.end())):
            label = Label(_MEN, m.group(0), None)
            facts.append(
                Fact(
                    Aspect.VICTIMS,
                    "victims",
                    label,
                    reading.clauses.polarity(m.start(), m.end()),
                    reading.span(*m.span()),
                )
            )
    return facts


_MEN = "men"  # the name of victims named by sex and age alone

# How far before fighters "including" may open ("including ... terrorists who were bearing arms").
_PART_REACH = 60

# How far before a category its copula denial may open ("none of our dead was a").
_COPULA_REACH = 80

# How far back the killing a ruled-out group answers may be ("killed 300 soldiers, and not civilians").
_RULED_OUT_REACH = 120


def _ruled_out(text: str, m: re.Match[str]) -> bool:
    """ "300 soldiers, and not civilians", "militiamen rather than civilians": a group set against
    the victims of the killing just told, in a clause of its own."""
    before = text[max(0, m.start() - _RULED_OUT_REACH) : m.start()]
    return negated_just_before(text, m.start()) and bool(rx("events.kill_words").search(before))


def _victim(text: str, m: re.Match[str]) -> bool:
    """The group ``m`` names is who was killed, not who acted or whom commentary concerns."""
    if rx("victims.agent_after").match(text[m.end() :]) or _is_agent(text, m.end()):
        return False
    if rx("victims.modifier_after").match(text[m.end() :]):
        return False  # "rebel fire", "a rebel video": the word describes something else
    if rx("counts.attackers_acted", 0).match(text[m.end() :]):
        return False  # "32 terrorists had been involved", "gunmen stormed": those who attacked
    if rx("victims.by_before").search(text[max(0, m.start() - 30) : m.start()]):
        return False  # "spread by the militants": they act
    if rx("victims.share_before").search(text[max(0, m.start() - 80) : m.start()]):
        return False  # "the rest of the dead were fighters": a share, not who the victims were
    # The category must be what the killing words apply to, in the same clause.
    if not rx("events.kill_words").search(around(text, m.start(), m.end())):
        return False
    # "violence against civilians" is commentary, not who died
    return not rx("victims.against_before").search(text[max(0, m.start() - 20) : m.start()])


def names_a_nation(group: str) -> bool:
    """The group is one nation's people ("British soldiers"): denied, it leaves the category
    ("no British soldiers were killed" does not say no soldiers were)."""
    return any(is_demonym(w) for w in group.split())


def _one_nation_denied(text: str, start: int) -> bool:
    words = text[max(0, start - 40) : start].split()
    return bool(words) and names_a_nation(words[-1]) and negated_just_before(text, start)


# How far after a group its aside may open ("Malian soldiers, aided by ...").
_ASIDE_REACH = 30


def _is_agent(text: str, end: int) -> bool:
    """The group is the subject of an active violent verb: "soldiers ... executed 38 civilians"."""
    rest = text[end : end + 90]
    aside = rx("victims.agent_aside").search(text[end : end + 150])
    if aside is not None and aside.start() < _ASIDE_REACH:
        # Who helped the group, between commas, opens no clause: read past it, offsets kept.
        rest = (
            text[end : end + aside.start()]
            + " " * len(aside.group())
            + text[end + aside.end() : end + 90 + aside.end()]
        )
    m = rx("victims.active_violence").search(rest)
    if not m or m.group("aux") or rx("victims.agent_break", 0).search(rest[: m.start()]):
        return False
    between = rest[: m.start()]
    # Another group in between is the verb's subject ("fighters and civilians killed"), unless it
    # only describes the phrase's head ("militants of the Valdor Islamist group fired").
    others = [
        v for v in victim_re().finditer(between) if not rx("victims.modifier_after").match(between[v.end() :])
    ]
    return not others or " and " in between


def mourners(scene: Scene) -> frozenset[str]:
    """Voices that say civilians died (whatever else they say)."""
    out = set()
    for block in scene.alignment.blocks:
        if block.aspect is Aspect.VICTIMS:
            for source, mentions in block.by_source:
                if any(_mourns(m) for m in mentions):
                    out.add(source)
    return frozenset(out)


def _mourns(m: Mention) -> bool:
    value = m.fact.value
    return isinstance(value, Label) and value.category == CIVILIAN and m.fact.polarity is not Polarity.DENIED


def compare(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    found = compare_labels(block, a, b, scene, what=_WHAT, conflicts=_CONFLICTS)
    if found is None or found.strength is not Strength.HARD:
        return found
    texts = scene.derived("texts", lambda sc: {st.id: st.text for st in sc.statements})
    if not any(_in_doubt(m, texts[m.statement]) for m in (*found.a, *found.b)):
        return found
    # "It seems that children were among the victims": the voice itself is unsure, so the clash
    # with a firm account is at odds, not exclusive (a reporter's "allegedly" leaves it hard).
    detail = found.detail.replace("cannot both be true", "one voice is unsure")
    return dataclasses.replace(found, detail=detail, strength=Strength.SOFT, score=0.6)


def _in_doubt(m: Mention, text: str) -> bool:
    return m.fact.polarity is Polarity.HEDGED and bool(rx("victims.own_doubt").search(text))


_WHAT = "who the victims were"
RULES = AspectRules(Aspect.VICTIMS, extract, compare, account=True)
