"""Figures: the reading of a sentence's numbers that counts and quantities share, and how two
figures compare (ranges, revisions, one facility's share of a toll).

A number counts what the words around it say (``counts.counted``); it is the whole toll, a
share of it, one facility's count or the security forces' dead (``Scope``). The sentence is
read once; the casualty aspect keeps the tolls, the quantity aspect the other figures.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimdiff.align import Block, Mention
from claimdiff.aspects import incidents, places, times, victims
from claimdiff.aspects.base import Found, Scene, answers_to, pair_found, sort_id
from claimdiff.aspects.reading import Reading, derived, rx, table, without_comparisons, wordset
from claimdiff.clause import around, given_by_other
from claimdiff.lang import Language
from claimdiff.lexicon import country_names, is_demonym, is_inflected_demonym, normalise_name, victim_category
from claimdiff.model import (
    ANSWERS,
    SUPERSEDED,
    TOLD_EARLIER,
    Aspect,
    Count,
    Fact,
    Polarity,
    RelationKind,
    Scope,
    Statement,
    Strength,
    holds_negation,
)
from claimdiff.numbers import Quantity
from claimdiff.timex import find_times

# Differences of stated figures below this share are the same figure said twice.
FIGURE_TOLERANCE = 0.03
# How far an exact figure may stand above another voice's lower bound before the two are told as
# different accounts: a third of the larger.
OPEN_TOLERANCE = 1 / 3


def _counted_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """What a figure counts (killed, injured, ...) and the words that say so, compiled once."""

    def make(lang: Language) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple(
            (name, lang.compile(rf"\b(?:{pat})\b", re.IGNORECASE))
            for name, pat in lang.table("counts.counted").items()
        )

    return derived("counts.counted_res", make)


# Counted names (keys of counts.counted) the code itself produces: the default toll, what a
# crowd noun counts, the deployed.
_KILLED, _CROWD, _DEPLOYED, _MAGNITUDE = "killed", "crowd", "deployed", "magnitude"
# What a figure's ``where`` holds for the whole country and for "elsewhere" (in reports too).
COUNTRY, ELSEWHERE, NEARBY, UNNAMED = "country", "elsewhere", "nearby ", " (unnamed)"
# ... and for a sum over many places ("212,000 in 140 towns"), no one place's count.
TOWNS = "several towns"


def people_noun(word: str) -> bool:
    """A noun of people (or homes) a figure may count; a people's name is one ("22 Egyptians")."""
    return (
        word in wordset("counts.people_nouns")
        or (word.endswith("s") and is_demonym(word[:-1]))
        or any(word.endswith(e) for e in wordset("counts.people_endings"))
    )


# ---------------------------------------------------------------------------
# Reading


def figures(reading: Reading) -> tuple[Fact, ...]:
    """Every figure of the sentence as a fact (with the victims a toll names), read once."""
    return reading.derived("figures", _read_figures)


def _read_figures(reading: Reading) -> tuple[Fact, ...]:
    facts: list[Fact] = []
    totals: dict[str, Quantity] = {}
    quantities = reading.quantities
    if not quantities:
        return ()
    told = _telling(reading)
    last: str | None = None  # what the figure before counted
    group: tuple[Quantity, str] | None = None  # the figure before and the group it counted
    for i, q in enumerate(quantities):
        nxt = quantities[i + 1].start if i + 1 < len(quantities) else len(reading.text)
        found = _figure(reading, q, nxt, totals, told, last, group)
        if found:
            last = found[0].key
        first = found[0].value if found else None
        group = (q, first.who) if isinstance(first, Count) and first.who else None
        facts.extend(found)
    return tuple(facts)


@dataclass(frozen=True, slots=True)
class _Telling:
    """How a sentence tells its figures, read once for all of them."""

    update: bool  # it announces a new figure ("the toll rose to 86")
    running: bool  # the count was still going ("so far", "may rise", "still missing")
    running_missing: bool  # ... by a cue other than "still missing", which leaves the missing's count alone
    trend: str | None  # "rising" ("has risen to") or "lowered" ("revised down to", "fewer than")

    @classmethod
    def of(cls, text: str) -> _Telling:
        cues = list(rx("counts.running").finditer(text))
        # "Only four bodies have been retrieved so far": a count still going, not one set lower.
        lowered = any(not (cues and m.groupdict().get("only")) for m in rx("counts.lowered").finditer(text))
        rising = rx("counts.rising").search(text)
        # A figure the voice gave first ("initially put the toll at 17") is its count at an earlier moment.
        earlier = rx("counts.told_earlier").search(text)
        return cls(
            bool(rx("counts.update").search(text)),
            bool(cues),
            any(not m.group("still") for m in cues),
            "lowered" if lowered else "rising" if rising else TOLD_EARLIER if earlier else None,
        )


def _telling(reading: Reading) -> _Telling:
    """How the sentence tells its figures, read once for its figures and its tolls of none."""
    return reading.derived("telling", lambda r: _Telling.of(r.text))  # type: ignore[no-any-return]


def _figure(
    reading: Reading,
    q: Quantity,
    nxt: int,
    totals: dict[str, Quantity],
    told: _Telling,
    last: str | None,
    group: tuple[Quantity, str] | None = None,
) -> list[Fact]:
    """The facts of one number: its count and, for a whole toll naming its victims, who they were.

    A figure credited on the spot with nothing counted after it counts what the figure before it
    did: "70,000 according to the union, 8,000 according to the police"."""
    text = reading.text
    voice = reading.clauses.credit_at(q.start)
    # "killed 30,800 in Velna, 16,850 in Kell and 100 elsewhere": a figure listed with its own
    # place after one that said what it counts counts the same.
    listed = last is not None and _listed(text, q, nxt)
    inherited = last if voice or listed else None
    clause = around(text, q.start, q.end)  # the figure's narrow clause, read once
    if _not_a_figure(text, q, clause) and not inherited:
        return []
    # "while the union claimed 20,000": the verb before names who gives the figure.
    counted = _counted(text, q, nxt, verb=not reading.clauses.right_after_cue(q.start)) or inherited
    if counted is None or counted in wordset("counts.unknown_kinds"):
        return []  # "two protesters were shot": dead or hurt, the text does not say
    if reading.speaker and _described(text, q):
        return []  # "X said the explosion that killed 78 people was an attack": the writer's words
    term, category = _who(text, q)
    shared = term is None and group is not None and _shares_group(text, group[0], q)
    if shared and group is not None:
        # "two police officers were killed and six wounded": the six are officers too.
        term, category = group[1], victim_category(group[1])
    acted = category == "combatant" and rx("counts.attackers_acted", 0).match(text[q.end :])
    if acted and counted != _DEPLOYED:
        return []  # "seven fighters took part in the attacks": the attackers, not a toll nor a crowd
    if counted == _DEPLOYED:
        # "5,000 fighters deployed" count combatants.
        counted = table("counts.deployed_as").get(category, counted)
    if _not_this_toll(reading, q):
        return []
    # A figure credited to its own voice is that voice's toll, not a share of the one before it.
    scope = _scope(text, q, clause, counted, term, category, None if voice else totals)
    if rx("counts.among_next").search(text[q.end : nxt]):
        scope = Scope.SUBSET  # "six civilians were among the 22 killed": a share of the next figure
    if counted == _MISSING and all_but_found(text, q):
        scope = Scope.WHOLE  # "all but eight of the students": the missing, all of them
    if scope is Scope.FACILITY:
        term = None
    aspect = Aspect.CASUALTIES if counted in wordset("counts.casualty_kinds") else Aspect.QUANTITY
    # A document that says its toll is still going gives every toll of it as provisional.
    provisional = reading.ctx.provisional and counted in wordset("counts.provisional_kinds")
    running = told.running_missing if counted == "missing" else told.running or provisional
    where = _where(text, q, nxt)
    value = Count(
        *(q.low, q.high, q.text, q.nominal, q.kind, counted, term, scope),
        update=told.update,
        running=running,
        where=where,
        trend=SUPERSEDED if _superseded(text, q) else told.trend,
        told=times.told_on(reading),
    )
    polarity = reading.clauses.polarity(q.start, q.end)
    # "8,000, according to the police": the figure is that voice's, whoever the sentence's is.
    facts = [Fact(aspect, counted, value, polarity, reading.span(q.start, q.end), voice)]
    if polarity is Polarity.DENIED:
        # "denied killing 57 civilians": the figure is disputed, and so is who its dead were.
        return facts
    if (
        category
        and not shared
        and counted in wordset("counts.casualty_kinds")
        and scope in (Scope.WHOLE, Scope.SECURITY)
    ):
        where = text.lower().find(term or "", q.end)
        where = where if where >= 0 else q.end
        facts.append(victims.victim_fact(reading, term or "", category, where, where + len(term or "")))
    return facts


def toll_still_going(text: str) -> bool:
    """The sentence says the toll is still going ("the death toll was expected to rise", "had
    climbed past 80 and may go higher"): every toll its document gives is provisional."""
    return bool(rx("counts.toll_still_going").search(text))


def _where(text: str, q: Quantity, nxt: int) -> str | None:
    """The place a figure is given for, named right after what it counts; COUNTRY for the whole
    country ("nationwide"); None when the text names none there."""
    after = text[q.end : min(nxt, q.end + 120)]
    if rx("counts.where_towns", 0).match(text[q.end : q.end + 120]):
        return TOWNS  # the towns' number is the next figure: read past it
    m = rx("counts.where_after", 0).match(after)
    nearby = rx("counts.where_nearby", 0).search(after)
    if nearby is not None:
        name = _place_name(nearby.group("name"), False)  # "wounded ... on the nearby town of X"
        return NEARBY + name if name else None
    local = rx("counts.where_local", 0).match(after) if m is None else None
    if local is not None:
        # "in this town": a place of its own that no other figure is known to share
        return " ".join(local.group(0).split()[-2:]) + UNNAMED
    if m is None and rx("counts.where_anaphor", 0).match(after):
        return _titled_place(text[: q.start])  # "37,958 died in the province": the minister's
    if m is None:
        relative = rx("counts.where_relative", 0).search(text[max(0, q.start - 80) : q.start])
        if relative is not None:
            return _place_name(relative.group("name"), False)
        return _fronted_place(text)
    if m.group("elsewhere"):
        return ELSEWHERE  # "100 elsewhere": somewhere other than every place named
    if m.group("country"):
        return COUNTRY
    if _demonym_adjective(m.group("name"), after[m.end("name") :]):
        return None
    name = _place_name(m.group("name"), bool(m.group("part")))
    if name and rx("counts.elsewhere_fronted", 0).match(text):
        return NEARBY + name  # "Elsewhere in the region, 2,400 marched in Port Aurel": not the event's
    return name


def _described(text: str, q: Quantity) -> bool:
    """A toll in a relative clause on the subject of a claim made of it ("the explosion that
    killed at least 78 people was an attack"): the writer describing the event."""
    before = text[max(0, q.start - 100) : q.start]
    if rx("counts.claimed_for").search(before):
        return True  # "claimed responsibility for a bombing that killed 30": what was claimed
    return bool(
        rx("counts.described_before").search(before[-80:])
        and rx("counts.described_after").match(text[q.end :])
    )


def _demonym_adjective(name: str, after: str) -> bool:
    """ "in Velnian Kurdish city": a name opening with a demonym, before a common noun, is an
    adjective phrase, not a place."""
    return is_demonym(name.split()[0]) and rx("counts.noun_after_name", 0).match(after) is not None


def _own_place(text: str, q: Quantity, nxt: int) -> bool:
    """The figure names its place right after it ("30,800 people in Velna", "100 elsewhere")."""
    return rx("counts.where_after", 0).match(text[q.end : min(nxt, q.end + 120)]) is not None


def _fronted_place(text: str) -> str | None:
    """The place that opens the sentence ("In Brenton, ..."), if it names one and not a time."""
    m = rx("counts.where_fronted", 0).match(text)
    if m is None or find_times(m.group("name"), None):
        return None  # "In March, ...": a time, not a place
    return _place_name(m.group("name"), False)


def _titled_place(before: str) -> str | None:
    """The one place the speaker's office names before a figure told for "the province" or
    "there" ("the information minister for Velna's Kell Province said ... died in the province");
    None when the sentence names none, or more than one."""
    found = set()
    for m in rx("counts.where_titled", 0).finditer(before):
        name = m.group("name")
        if not set(name.split()) & wordset("counts.portfolios"):
            found.add(None if _demonym_adjective(name, before[m.end("name") :]) else _place_name(name, False))
    return found.pop() if len(found) == 1 else None


def _place_name(raw: str, part: bool) -> str | None:
    held = rx("counts.held_by", 0).match(raw)
    if held is not None:
        # "Velna-administered Dara", "Velnian-held Dara": the part of a place one state holds.
        who = held.group("who")
        demonym = who if is_demonym(who) else table("names.countries").get(who)
        if demonym is None:
            return None  # "Daesh-held villages": no place
        raw = f"{demonym} {held.group('rest')}"
    words = raw.split()
    first = words[0].rstrip("'’s")
    if rx("places.org_word", 0).search(raw):
        return None  # "IS stronghold"
    if is_demonym(first) and len(words) > 1 and not is_demonym(words[1]):
        return normalise_name(raw)  # "Velnian Dara": one state's part of a place
    if is_demonym(first) or len(first) < 3 or ("-" in first and not first.rsplit("-", 1)[1][:1].isupper()):
        # "the Parisian procession", "Kurdish-majority city": no place ("Sainte-Orvane" is one)
        return None
    if first in country_names() and len(raw.split()) == 1:
        return COUNTRY  # the whole country is the whole count
    if first.lower() in table("dates.weekdays") or first.lower() in table("dates.months"):
        return None  # "in the Friday clashes", "in the March floods": when, not where
    name = normalise_name(raw)
    return f"part of {name}" if part else name


def _shares_group(text: str, before: Quantity, q: Quantity) -> bool:
    """The figure names no group and stands for the hurt right after the dead of a group ("two
    police officers were killed and six wounded"): it counts the same group, unless that group's
    figure is itself one of a list ("two soldiers and three civilians were killed and six wounded")."""
    return bool(
        not rx("counts.list_before").search(text[max(0, before.start - 8) : before.start])
        and rx("counts.shared_group_before").search(text[before.end : q.start])
        and rx("counts.shared_group_after").match(text[q.end :])
    )


def _listed(text: str, q: Quantity, nxt: int) -> bool:
    """A bare figure in a list ("..., 16,850 in Kell and about 100 elsewhere") that names its own
    place and nothing it counts."""
    joined = rx("counts.list_before").search(text[max(0, q.start - 8) : q.start])
    return joined is not None and _own_place(text, q, nxt)


def _raised_to(text: str, q: Quantity) -> re.Match[str] | None:
    """ "brings to 14 the number of dead": the count the noun after the figure names."""
    if not rx("counts.raised_to_before").search(text[max(0, q.start - 30) : q.start]):
        return None
    return rx("counts.raised_to").match(text[q.end :])


def _measured(text: str, q: Quantity) -> bool:
    """The figure reads a measure named next to it ("magnitude 6.4", "a 6.4-magnitude quake")."""
    if q.unit is not None:
        return q.unit in wordset("counts.measured_kinds")  # "6.4-magnitude": read with its unit
    before = text[max(0, q.start - 20) : q.start]
    return bool(
        rx("counts.measured_before").search(before) or rx("counts.measured_after").match(text[q.end :])
    )


# A minus sign right before a number, not a hyphen inside a word ("COVID-19", "a 12-year-old").
_MINUS = re.compile(r"(?:^|(?<=[\s(]))[-\u2212]$")


def _not_a_figure(text: str, q: Quantity, clause: str) -> bool:
    if q.high <= 0 or (_counts_things(text, q) and not _measured(text, q)):
        return True  # "eleven districts", "42 relief camps", "60 boats": not people
    if text[q.start - 1 : q.start] == "(" and text[q.end : q.end + 1] == ")":
        return True  # "(1)", "alert(1)": a label or code, not a figure
    if rx("counts.informants_after").match(text[q.end :]):
        return True  # "three police sources confirmed ...": who speaks, not who died
    if _MINUS.search(text, max(0, q.start - 2), q.start):
        return True  # "-5 people": no count is below zero
    if rx("counts.capacity_before").search(text[max(0, q.start - 40) : q.start]):
        return True  # "whose capacity is 100 passengers": what it holds, not who was aboard
    if (
        rx("counts.age_bound").match(q.text)
        and rx("counts.age_copula").search(text[max(0, q.start - 16) : q.start])
        and rx("counts.age_end").match(text[q.end :])
    ):
        return True  # "eight of the dead were under 18": an age
    if rx("counts.age_of_one").search(text[max(0, q.start - 40) : q.start]):
        return True  # "a child no more than 13": one person's age
    # "11,000 killed since the fighting began": a running total, not this event's toll
    return bool(rx("events.cumulative").search(without_comparisons(clause)))


def _superseded(text: str, q: Quantity) -> bool:
    before = text[max(0, q.start - 80) : q.start]
    return bool(
        rx("counts.superseded").search(before)
        or rx("counts.superseded_then").search(before)
        or rx("counts.superseded_after").match(text[q.end : q.end + 80])
    )


def superseded(m: Mention) -> bool:
    """A figure named only to be replaced: an earlier step of its voice's count, never its claim."""
    return isinstance(m.fact.value, Count) and m.fact.value.superseded


def _not_this_toll(reading: Reading, q: Quantity) -> bool:
    text = reading.text
    if given_by_other(text, q.start, reading.skip) and not reading.clauses.credit_at(q.start):
        return True  # "organisers put the turnout at 100,000": another voice's figure, not this one's
    if _earlier_day(text, q):
        return True  # "a week after the fourth round (50,000 ...)": an earlier day's figure
    if rx("counts.share_base").search(text[max(0, q.start - 20) : q.start]):
        return True  # "seven of the nine bodies": the nine is the base of a share, not a new toll
    if rx("counts.increment_before").search(text[max(0, q.start - 20) : q.start]) and not (
        rx("counts.other_group_before").search(text[max(0, q.start - 60) : q.start])
        and rx("counts.other_group_after").match(text[q.end :])
    ):
        return True  # "a further 363 were rescued"; not "40 died and another 130 were injured"
    if rx("counts.population").search(text[max(0, q.start - 40) : q.start]):
        return True  # "a village of 80 families": who live there, not who died
    if rx("counts.age_before").search(text[max(0, q.start - 40) : q.start]) and rx("counts.age_after").match(
        text[q.end :]
    ):
        return True  # "Nahel, 17, was shot dead": a person's age, not a toll
    if rx("counts.identified_after").match(text[q.end :]):
        return True  # "19 are yet to be identified": identification, not the toll
    if rx("counts.seen").search(text[max(0, q.start - 120) : q.start]):
        return True  # "I saw five or six people dead": what one witness saw, not the toll
    if rx("counts.total_before").search(text[max(0, q.start - 20) : q.start]):
        return False  # "a total of 4,645 additional deaths": a total, whatever its words
    return bool(rx("counts.increment").match(text[q.end :]))  # "seven more bodies": an increment


def _earlier_aside(text: str, q: Quantity) -> bool:
    """The figure stands in brackets that tell of an earlier time than the event's."""
    opened = text.rfind("(", 0, q.start)
    if opened < 0 or ")" in text[opened : q.start]:
        return False
    return bool(rx("counts.earlier_aside").search(text[: opened + 1]))


def _earlier_day(text: str, q: Quantity) -> bool:
    """The figure is told of an earlier day: in brackets after one ("a week after the fourth
    round (50,000 ...)"), or after "the previous record" in its clause."""
    if rx("counts.earlier_before").search(text[max(0, q.start - 100) : q.start]):
        return True
    return _earlier_aside(text, q)


def _scope(
    text: str,
    q: Quantity,
    clause: str,
    counted: str,
    term: str | None,
    category: str | None,
    totals: dict[str, Quantity] | None,
) -> Scope:
    # Inside "including four women and five children" every number is part of a larger toll;
    # "three children were killed" counts a group among the dead.
    phrase = re.split(r"[,;:(]", text[max(0, q.start - 60) : q.start])[-1]
    inside = [
        m
        for m in rx("counts.subset_in").finditer(phrase)
        if not rx("counts.verb_between").search(phrase[m.end() :])
    ]
    subset = bool(inside) or term in wordset("counts.subgroups")
    subset = subset or bool(rx("counts.subset_before").search(text[max(0, q.start - 30) : q.start]))
    subset = subset or bool(rx("counts.subset_after").match(text[q.end :]))
    subset = subset or bool(rx("counts.one_part_after").match(text[q.end :]))
    subset = subset or bool(rx("counts.day_share").search(clause))
    subset = subset or bool(rx("counts.period_share").search(text[max(0, q.start - 80) : q.start]))
    nationals = rx("counts.nationals_after").match(text[q.end :])
    subset = subset or bool(nationals and is_inflected_demonym(nationals.group("dem")))
    if rx("counts.whole_after_among").search(text[max(0, q.start - 30) : q.start]):
        subset = False  # "six civilians were among at least 22 killed": the 22 is the whole
    # "Four people were killed, three drivers and an assistant": a breakdown of the toll.
    earlier = totals.get(counted) if totals is not None else None
    if earlier is None and totals is not None:
        # "156 killed or missing, that is 67 killed, 40 ... and 49 ...": the parts of a joint count.
        earlier = next((t for kind, t in sorted(totals.items()) if counted in kind.split(" or ")), None)
    if (
        earlier is not None
        and q.high <= earlier.low
        and rx("counts.breakdown_join").search(text[earlier.end : q.start])
    ):
        # ... but "30,800 in Velna, 16,850 in Kell": each figure for a place of its own, a list.
        subset = not (_own_place(text, earlier, q.start) and _own_place(text, q, len(text)))
    if not subset and totals is not None:
        totals.setdefault(counted, q)
    if (
        rx("counts.facility_before").search(text[max(0, q.start - 40) : q.start])
        or rx("counts.facility_after").match(text[q.end :])
        or rx("counts.facility_bodies").match(text[q.end :])
        or rx("counts.care_after").match(text[q.end :])
        or rx("counts.facility_in_clause").search(clause)
    ) and not rx("counts.facilities_many").search(clause):
        return Scope.FACILITY  # one facility's count; "hospitals received 44 bodies" is every one's
    if subset:
        return Scope.SUBSET
    if category == victims.SECURITY and counted in wordset("counts.casualty_kinds"):
        return Scope.SECURITY
    return Scope.WHOLE


def _governing_noun(text: str, q: Quantity, before: str) -> str | None:
    if rx("counts.casualty_noun").search(before):
        return _KILLED
    if rx("counts.crowd_noun").search(before):
        return _CROWD
    m = rx("counts.number_of").search(text[max(0, q.start - 180) : q.start])
    if m:
        # The counted word sits between "number of" and the verb: "people displaced by the floods".
        return _first_counted(m.group(0))
    return None


def _other_harm_right_after(after: str) -> str | None:
    """What the words right after a figure count when it is not the dead (the injured, the
    missing, the survivors)."""
    m = rx("counts.harm_right_after").match(after)
    if m is None:
        return None
    kind = _first_kind(m.group(0))
    return kind if kind in wordset("counts.named_over_toll") else None


def _first_counted(words: str) -> str | None:
    """The kind of the first counted word in ``words``."""
    found = [(f.start(), name) for name, c in _counted_res() if (f := c.search(words))]
    return min(found)[1] if found else None


def _first_kind(words: str) -> str | None:
    """What the first counted word in ``words`` counts ("soldiers" count troops)."""
    first = _first_counted(words)
    return table("counts.noun_counts").get(first, first) if first is not None else None


def _counted(text: str, q: Quantity, nxt: int, verb: bool = True) -> str | None:
    """What a number counts: a verb right before it ("killing four"), else the nearest word
    after it ("203 fighters were killed"), else a toll noun before it ("the toll rose to 86")."""
    if _measured(text, q):
        return _MAGNITUDE  # "a magnitude 6.4 quake": a reading of a measure, not a count
    if _shots_times(text, q):
        return _SHOTS  # "fired three times", "à deux reprises"
    if all_but_found(text, q):
        return _MISSING  # "all but eight had been freed": the eight are still missing
    raised = _raised_to(text, q)
    if raised:
        # "brings to 14 the number of dead": what the noun after it counts
        first = _first_kind(text[q.end + raised.end() : q.end + raised.end() + 40])
        if first is not None:
            return first
        if rx("counts.casualty_noun").search(raised.group(0)):
            return _KILLED
    after = _after(text, q, nxt)
    m = rx("counts.verb_before").search(text[max(0, q.start - 40) : q.start]) if verb else None
    if m and _participle_after(after, nxt >= len(text)):
        m = None  # "one civilian killed 3 injured" (commas stripped): the word after says it
    if m and table("counts.verb_kinds")[m.group("verb").lower()] is not None:
        return table("counts.verb_kinds")[m.group("verb").lower()]
    # "the number of people who died ... has risen to 27", "the toll stood at 86": the noun
    # that governs the number says what it counts, whatever follows.
    before = rx("counts.before_split").split(text[max(0, q.start - 180) : q.start])[-1]
    if rx("counts.governed", 0).search(before):
        found_before = _governing_noun(text, q, before)
        if found_before is not None:
            # "the toll stood at eleven injured", "le bilan fait état de onze blessés", "un bilan
            # établi d'après 23 rescapés": who is named right after the figure, when it is not
            # the dead, is what it counts, whatever the toll noun.
            return _other_harm_right_after(after) or found_before
    best = None
    for name, c in _counted_res():
        found = c.search(after)
        # A noun of people ("soldiers", "protesters") yields to a verb later on ("were wounded").
        rank = (name in wordset("counts.noun_kinds"), found.start()) if found else None
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, name)
    if best is not None:
        return table("counts.noun_counts").get(best[1], best[1])
    found_before = _governing_noun(text, q, before)
    if found_before is not None:
        return found_before
    for name, c in _counted_res():
        if name not in wordset("counts.not_before") and c.search(before[-40:]):
            return name
    return None


_SHOTS = "shots"  # the counted name of shots fired
_MISSING = "missing"  # ... and of the missing, which "all but eight had been freed" counts


def all_but_found(text: str, q: Quantity) -> bool:
    """ "All but eight of the students had been freed", "toutes sauf huit ont été libérées": the
    figure is those not found, the whole count of the missing (not a share)."""
    return bool(
        rx("counts.all_but_before").search(text[max(0, q.start - 20) : q.start])
        and rx("counts.all_but_found_after").match(text[q.end : q.end + 120])
    )


def _shots_times(text: str, q: Quantity) -> bool:
    """ "fired three times", "a fait usage de son arme à deux reprises": shots, by the verb
    before the number and "times" after it."""
    return bool(
        rx("counts.shots_times_after").match(text[q.end :])
        and rx("counts.shots_verb_before").search(text[max(0, q.start - 60) : q.start])
    )


def _participle_after(after: str, last: bool) -> bool:
    """A kind's participle right after the number ("3 injured"), not a verb with a figure of its
    own ("killing 14 wounded dozens"); ``after`` is what follows the number up to the next figure,
    ``last`` that no figure follows."""
    after = after.lstrip()
    found = rx("counts.participle_after").match(after)
    return found is not None and (bool(after[found.end() :].strip()) or last)


def _after(text: str, q: Quantity, nxt: int) -> str:
    """The words after a number that may say what it counts."""
    after = text[q.end : min(nxt, q.end + 70)]
    if rx("counts.among_next").search(after):
        # "11 children were among the 26 civilians killed": what the next figure counts.
        after = text[q.end : q.end + 90]
    late = rx("counts.late_verb").match(text, q.end, min(nxt, q.end + _LATE_VERB_REACH))
    if late and people_noun(late.group("head").lower()) and not _counted_in(after):
        # "more than 500 residents of Oleshky, on the left bank of the region, were killed": the
        # verb of the people named comes after what places them.
        after = f"{late.group('head')} {late.group('verb')}"
    aside = rx("counts.aside").match(text[q.end :])
    if aside:
        # "At least 25 people, including four women and five children, were killed": skip the
        # aside, whose words count nothing ("90 migrants, according to survivors, drowned").
        after = aside.group("head") + text[q.end + aside.end() : q.end + aside.end() + 60]
    return rx("counts.after_split", 0).split(after)[0]


# How far after a figure the verb of the people it names may stand (see counts.late_verb).
_LATE_VERB_REACH = 180


def _counted_in(words: str) -> bool:
    """Words that say what a figure counts, of any kind but a noun of people."""
    nouns = wordset("counts.noun_kinds")
    return any(c.search(words) for name, c in _counted_res() if name not in nouns)


def _counts_things(text: str, q: Quantity) -> bool:
    """The number counts objects ("eleven districts"), not people or homes."""
    if _raised_to(text, q) or _shots_times(text, q):
        return False  # "brings to 14 the number of dead": the noun after says it
    words = re.findall(r"(?:[^\W\d_]|[’'-])+|[,.;:()]", text[q.end : q.end + 50])
    if not words or not words[0][0].isalpha():
        return False
    first = words[0].lower()
    if first in wordset("counts.after_adverbs"):
        return False  # "put the toll at 16 earlier": when it was said, not what it counts
    if len(words) >= 3 and f"{first} {words[1].lower()}" in wordset("counts.share_of"):
        return not people_noun(words[2].lower())  # "two of its carriages"
    if (
        people_noun(first)
        or first in wordset("counts.glue")
        or any(c.fullmatch(first) for _, c in _counted_res())
    ):
        return False
    # One or two modifiers may come first: "203 terrorist fighters", "two young men"; a verb
    # ends them ("two villages killed 15 civilians" counts villages).
    for word in words[1:3]:
        low = word.lower()
        if people_noun(low):
            return False
        verb = any(c.fullmatch(low) for _, c in _counted_res())
        if not word[0].isalpha() or low in wordset("counts.glue") or verb:
            break
    # A participle no count names, before no noun of people, describes things: "two besieged
    # towns" (but "five armed men" are people, and "12 killed" was counted above).
    return first.isalpha()


_MODIFIER = re.compile(r"(?:[^\W\d_]|-)+\s+")  # on lower-cased text: a word of letters


def _who(text: str, q: Quantity) -> tuple[str | None, str | None]:
    """The group a number counts ("203 terrorist fighters", "hundreds of civilians")."""
    after = rx("counts.who_lead").sub("", text[q.end : q.end + 60].lower())
    # The term may follow up to two modifiers ("203 terrorist fighters"), right after the figure:
    # in "25 people, including four women" the 25 count people, not women. The longest wins.
    starts = [0]
    for _ in range(2):
        word = _MODIFIER.match(after, starts[-1])
        if word is None or word.group().strip() in wordset("counts.who_stop"):
            break
        starts.append(word.end())
    found = [
        m.group(0)
        for pos in starts
        if (m := victims.victim_re().match(after, pos))
        and not rx("victims.modifier_after").match(after[m.end() :])
    ]
    if not found:
        # "five members of the Revolutionary Guards": the body the members belong to says who.
        members = rx("counts.who_members").match(after)
        if members is None:
            return None, None
        # ... named right there: "members of the movement by army soldiers" are not soldiers.
        body = after[members.end() : members.end() + _MEMBERS_REACH]
        stop = rx("counts.who_members_end").search(body)
        inner = victims.victim_re().search(body, 0, stop.start() if stop else len(body))
        if inner is None:
            return None, None
        found = [inner.group(0)]
    term = max(found, key=len)
    return term, victim_category(term)


# How far after "members of" the body's head is looked for ("of the Islamic Revolutionary Guard Corps").
_MEMBERS_REACH = 50


# How far after a zero "among the dead" is looked for.
_AMONG_REACH = 40


def zero_counts(reading: Reading) -> list[Fact]:
    """ "No civilians were killed", "nobody died": a denied toll, stated as zero."""
    text = reading.text
    verbs, nouns = table("counts.zero_verbs"), table("counts.zero_nouns")
    facts = []
    for m in rx("counts.zero").finditer(text):
        verb = m.group("verb").lower()
        kinds = verbs.get(verb, [_KILLED])
        who = (m.group("who") or m.group("who2") or "").strip().lower() or None
        if who:
            kinds = nouns.get(who.split()[-1], kinds)
        hit = victims.victim_re().search(who) if who else None
        category = victim_category(hit.group(0)) if hit else None
        span = reading.span(m.start(), m.end("verb"))
        scope = Scope.SECURITY if category == victims.SECURITY else Scope.WHOLE
        if who and rx("counts.zero_among").search(text, m.start(), m.end() + _AMONG_REACH):
            scope = Scope.SUBSET  # "no children were among the dead": a share of none
        if rx("counts.zero_part").match(text, m.end("verb")):
            scope = Scope.SUBSET  # "no one died on the Spanish side of the border": one side's none
        # "Not a single civilian was killed" is a toll of none, set against other tolls; read again
        # as who the victims were, it set the same words against every mention of civilians twice.
        # "Pas de morts pour l'instant", "no one has died so far": a none that may not last.
        running = _telling(reading).running
        for counted in kinds:
            words = text[m.start() : m.end("verb")]
            value = Count(0, 0, words, 0, "none", counted, who, scope, running=running)
            facts.append(Fact(Aspect.CASUALTIES, counted, value, Polarity.DENIED, span))
    return facts


def disputed_toll(reading: Reading) -> list[Fact]:
    """ "The police disputed the group's figures", "the toll is exaggerated": a toll denied with
    no figure given, as a denied open count that any stated toll falls in."""
    if reading.background:
        return []
    m = rx("counts.toll_answered").search(reading.text)
    if m is not None:
        # "This is inflated": bound to the figure before it by ``bind_answers``.
        value = Count(0, math.inf, m.group(0).strip(" \"“'‘"), None, "disputed", _KILLED, trend=ANSWERS)
        return [Fact(Aspect.CASUALTIES, _KILLED, value, Polarity.DENIED, reading.span(m.start(), m.end()))]
    m = rx("counts.toll_disputed").search(reading.text)
    if m is None:
        return []
    if rx("counts.crowd_disputed").search(reading.text):
        # "the turnout figures announced do not add up": the crowd is disputed, not a toll
        value = Count(0, math.inf, m.group(0), None, "disputed", _CROWD)
        return [Fact(Aspect.QUANTITY, _CROWD, value, Polarity.DENIED, reading.span(m.start(), m.end()))]
    value = Count(0, math.inf, m.group(0), None, "disputed", _KILLED)
    return [Fact(Aspect.CASUALTIES, _KILLED, value, Polarity.DENIED, reading.span(m.start(), m.end()))]


def bind_answers(statements: list[Statement]) -> list[Statement]:
    """ "This is inflated" disputes the figure the sentence before it gave, in the same document
    and from another voice: the dispute takes that figure's count and range, so it is at odds
    only with the voices whose figures it covers. With no such figure it disputes nothing."""
    out: list[Statement] = []
    last: dict[str, tuple[str, Fact | None]] = {}  # document -> (source, figure) of its last statement
    for st in statements:
        facts = []
        for fact in st.facts:
            value = fact.value
            if not (isinstance(value, Count) and value.answers):
                facts.append(fact)
                continue
            before = last.get(st.document)
            if before is None or before[0] == st.source or before[1] is None:
                continue
            figure = before[1]
            told = figure.value
            assert isinstance(told, Count)
            bound = dataclasses.replace(
                told, text=value.text, nominal=None, form="disputed", update=False, running=False, trend=None
            )
            facts.append(dataclasses.replace(fact, aspect=figure.aspect, key=figure.key, value=bound))
        # Only the sentence right before answers: a figure further back is another exchange.
        figures = [
            f
            for f in facts
            if isinstance(f.value, Count) and f.polarity is not Polarity.DENIED and not f.value.superseded
        ]
        last[st.document] = (st.source, figures[-1] if figures else None)
        out.append(dataclasses.replace(st, facts=tuple(facts)) if facts != list(st.facts) else st)
    return out


def take_up_confirmed(statements: list[Statement]) -> list[Statement]:
    """ "43 were killed, the monitor said. A doctor confirmed the death toll": a voice with no toll
    of its own that confirms the toll the sentence right before it told (in the same document)
    states that toll too; a voice that gives a toll of its own anywhere is not given another."""
    out = list(statements)
    counting = {st.source for st in statements if _own_toll(st)}
    for i, before, st in answers_to(statements):
        m = rx("counts.confirms_toll").search(st.text) if st.source not in counting else None
        if m is None:
            continue
        span = (st.span[0] + m.start(), st.span[0] + m.end())
        tolls = tuple(
            dataclasses.replace(f, span=span, voice=None, polarity=Polarity.AFFIRMED)
            for f in before.facts
            if _confirmable(f)
        )
        if tolls:
            out[i] = dataclasses.replace(st, facts=st.facts + tolls)
    return out


def _confirmable(fact: Fact) -> bool:
    value = fact.value
    return (
        isinstance(value, Count)
        and value.counted == _KILLED
        and fact.polarity is not Polarity.DENIED
        and not value.superseded
        and not value.answers
    )


def take_up_tolls(statements: list[Statement]) -> list[Statement]:
    """ "A car bomb killed at least 100. ... It warned that the death toll was likely to rise,"
    the Observatory said": a voice that says a toll is still going, a few sentences after the
    outlet's own unsourced toll and with no toll of its own, speaks of that toll, so the figure
    is that voice's, relayed by the outlet. Any other toll in between breaks the thread."""
    out = list(statements)
    for i, st in enumerate(statements):
        if st.narrator or st.headline or st.background or _own_toll(st) or not toll_still_going(st.text):
            continue
        for j in range(i - 1, max(-1, i - 1 - _TAKE_UP_REACH), -1):
            before = out[j]
            if before.document != st.document or (not before.narrator and _own_toll(before)):
                break
            if not before.narrator or before.headline or before.background:
                continue
            tolls = [k for k, f in enumerate(before.facts) if _unsourced_toll(f)]
            if not tolls:
                continue
            facts = tuple(
                dataclasses.replace(f, voice=st.source) if k in tolls else f
                for k, f in enumerate(before.facts)
            )
            out[j] = dataclasses.replace(before, facts=facts)
            break
    return out


# How far back a voice's word that the toll is still going reaches for the toll it speaks of.
_TAKE_UP_REACH = 4


def _unsourced_toll(fact: Fact) -> bool:
    value = fact.value
    return (
        fact.voice is None
        and isinstance(value, Count)
        and value.counted == _KILLED
        and value.scope is Scope.WHOLE
        and fact.polarity is not Polarity.DENIED
    )


def _own_toll(st: Statement) -> bool:
    return any(isinstance(f.value, Count) and f.value.counted == _KILLED for f in st.facts)


# ---------------------------------------------------------------------------
# Comparison


def compare(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    """Latest figure against latest figure; but a voice that once gave the other's figure
    (before revising its own) agrees with it rather than contradicting it. A lower bound well
    below another's exact figure says nothing either way: both may be true."""
    found = _compare(block, a, b, scene)
    return None if found is not None and _lower_far_below(found) else found


def _compare(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    if _unnamed_share(block):
        return None  # a share of an unnamed group, or one hospital's count: not a rival toll
    if incidents.apart(scene, block.mentions(a), block.mentions(b)):
        return None  # tolls of two incidents the case tells apart (a strike, the fire it answered)
    ha, hb = block.derived("headlines", a, headlines), block.derived("headlines", b, headlines)
    if _several_places(block):
        if bool(ha) != bool(hb):
            # A dispute in words names no place: it meets the figures for the whole.
            return _dispute(block, a, b, scene, whole=True)
        return _by_place(block, a, b, scene)
    if not ha or not hb:
        return _dispute(block, a, b, scene) if ha or hb else None
    pair = same_group(block, a, b)
    if pair is not None:
        return _count_pair(block, a, b, *pair, scene.names)
    if _other_groups(ha[-1], hb[-1]):
        return None
    found = _count_pair(block, a, b, ha[-1], hb[-1], scene.names)
    if found.kind is RelationKind.AGREEMENT:
        disputing = next((v for v in (a, b) if _disputes_in_words(block, v)), None)
        if disputing is not None and not _same_figure(ha[-1], hb[-1]):
            # "21 bodies already; the official toll is far below the reality": bounds that fit,
            # but the voice says the other's figure is wrong.
            why = f"{scene.names[disputing]} disputes the other's toll"
            return _at_odds(dataclasses.replace(found, kind=RelationKind.CONTRADICTION), why)
    if found.kind is RelationKind.CONTRADICTION and _at_another_moment(ha[-1], hb[-1]):
        if _lower_later(ha, hb) or _denies_figure(block, a, hb[-1]) or _denies_figure(block, b, ha[-1]):
            # "at least seven died, not five": the voice rejects the other's very figure, so the
            # two are not one count at two moments.
            return found
        return _called_conflicting(block, a, b, ha, hb, scene)
    if found.kind is RelationKind.CONTRADICTION:
        # A figure the other voice gave before revising it explains the difference.
        for x in ha:
            for y in hb:
                if _same_figure(x, y):
                    return _count_pair(block, a, b, x, y, scene.names)
        if found.strength is Strength.HARD and _corrects_running(ha[-1], hb[-1]):
            return _at_odds(found, "the lower figure corrects a count still going")
        if found.strength is Strength.HARD and _lower_told_first(ha[-1], hb[-1]):
            # "initially put the toll at 77" against another's 84: the count may have grown since.
            return _at_odds(found, "the lower figure was given first")
        if found.strength is Strength.HARD and _higher_later(ha[-1], hb[-1]):
            # 104 on the 1st, 118 on the 8th: a toll that grows may have grown; at odds, softly.
            return _at_odds(found, "the higher figure was given days later")
        if found.strength is Strength.HARD and _close(ha[-1], hb[-1]):
            # 27 against 31 dead: two bodies' counts a few apart, told at other moments or
            # counted otherwise; at odds, not exclusive.
            return _at_odds(found, "the figures are close but differ")
    return found


def _at_odds(found: Found, why: str) -> Found:
    """A soft contradiction whose detail ends with why it is soft instead of the ranges' verdict."""
    detail = f"{found.detail.rsplit(': ', 1)[0]}: {why}"
    return dataclasses.replace(found, strength=Strength.SOFT, detail=detail, score=0.6)


def _places(block: Block) -> dict[str, str]:
    """Each place the block's figures are given for -> the one spelling that stands for it
    ("Hasakeh" and "Hasakah" are one place), computed once per block."""
    if ("places", "") not in block.memo:
        wheres = {getattr(m.fact.value, "where", None) for _, ms in block.by_source for m in ms}
        named = sorted(wheres - {None})
        canon: dict[str, str] = {}
        for where in named:
            canon[where] = next((c for c in canon.values() if places.same_place(c, where)), where)
        block.memo["places", ""] = canon
    return block.memo["places", ""]


def _place_of(block: Block, m: Mention) -> str | None:
    value = m.fact.value
    where = value.where if isinstance(value, Count) else None
    if where is None or where == COUNTRY:
        return None  # the whole country is the whole count
    return _places(block)[where]


def _several_places(block: Block) -> bool:
    """The figures are given for more than one place ("119,000 in Paris", "300,000 in
    Marseille", "1.1 million nationwide"): each is compared only with figures for the same place,
    and figures for the whole country or no place only with each other. With one place named,
    it is the event's, and all compare, unless it is named as somewhere else ("elsewhere", "the
    nearby town of X", or a sum over many towns). ("Nationwide" against "in Paris" is two places
    too.)"""
    named = set(_places(block).values())
    return len(named) > 1 or any(
        p in (ELSEWHERE, TOWNS) or p.startswith(NEARBY) or p.endswith(UNNAMED) for p in named
    )


def _by_place(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    """The first hard contradiction, else contradiction, else agreement, between the two voices'
    figures for one place."""
    found: list[Found] = []
    by_a, by_b = _headlines_by_place(block, a), _headlines_by_place(block, b)
    # Two "this town"s may be two towns.
    shared = {p for p in by_a.keys() & by_b.keys() if not (p and p.endswith(UNNAMED))}
    for place in sorted(shared, key=lambda p: p or ""):
        ha, hb = by_a[place], by_b[place]
        if ha and hb and (not _at_another_moment(ha[-1], hb[-1]) or _lower_later(ha, hb)):
            found.append(_count_pair(block, a, b, ha[-1], hb[-1], scene.names))
    found.sort(key=lambda f: (f.kind is not RelationKind.CONTRADICTION, f.strength is not Strength.HARD))
    return next((f for f in found if f.kind in (RelationKind.CONTRADICTION, RelationKind.AGREEMENT)), None)


def _headlines_by_place(block: Block, source: str) -> dict[str | None, list[Mention]]:
    """A voice's headline figures for each place it gives figures for, computed once per block
    (classify asks for every pair of voices)."""

    def make(mentions: tuple[Mention, ...]) -> dict[str | None, list[Mention]]:
        grouped: dict[str | None, list[Mention]] = {}
        for m in mentions:
            grouped.setdefault(_place_of(block, m), []).append(m)
        return {place: headlines(tuple(ms)) for place, ms in grouped.items()}

    return block.derived("headlines_by_place", source, make)  # type: ignore[no-any-return]


def _called_conflicting(
    block: Block, a: str, b: str, ha: list[Mention], hb: list[Mention], scene: Scene
) -> Found | None:
    """Counts still going are not at odds, unless one report sets one against the other ("However,
    the toll according to the minister is 132", just after another's 141) or gives both and calls
    its figures conflicting ("despite the conflicting figures"): then they are rival accounts of one moment,
    softly, as the report sets them. A toll told as climbing ("had climbed past 80") is a step of
    the count, not one of the rival figures."""
    contrasted = scene.derived("contrasted_tolls", _contrasted_tolls)
    for x in ha:
        for y in hb:
            later, earlier = (x, y) if x.order > y.order else (y, x)
            if later.statement in contrasted and later.document == earlier.document:
                if 0 < later.order - earlier.order <= _CONTRAST_REACH:
                    found = _count_pair(block, a, b, x, y, scene.names)
                    if found.kind is RelationKind.CONTRADICTION:
                        detail = f"{found.detail}; the report sets one against the other"
                        return dataclasses.replace(
                            found, detail=detail, strength=Strength.SOFT, score=min(found.score, 0.6)
                        )
    reports = scene.derived("figures_conflict", _reports_calling_figures_conflicting)
    pairs = [
        (x, y)
        for x in ha
        for y in hb
        if x.document == y.document and x.document in reports and not (_climbing(x) or _climbing(y))
    ]
    if not pairs:
        return None
    x, y = pairs[-1]
    found = _count_pair(block, a, b, x, y, scene.names)
    if found.kind is not RelationKind.CONTRADICTION:
        return None
    detail = f"{found.detail}; the report calls the figures conflicting"
    return dataclasses.replace(found, detail=detail, strength=Strength.SOFT, score=min(found.score, 0.6))


# How many sentences back "However, the toll according to X is 132" reaches for the toll it answers.
_CONTRAST_REACH = 2


def _contrasted_tolls(scene: Scene) -> frozenset[str]:
    cue = rx("counts.contrasted_toll")
    return frozenset(st.id for st in scene.statements if cue.search(st.text))


def _climbing(m: Mention) -> bool:
    return getattr(m.fact.value, "trend", None) == "rising"


def _reports_calling_figures_conflicting(scene: Scene) -> frozenset[str]:
    cue = rx("counts.figures_conflict")
    return frozenset(st.document for st in scene.statements if cue.search(st.text))


def same_group(block: Block, a: str, b: str) -> tuple[Mention, Mention] | None:
    """ "38 terrorists neutralised; no civilian was killed" against "57 civilians killed": when the
    two figures count different groups, one voice's own figure for the other's group is the one
    to compare with it. Computed once per pair (the counts aspect asks before comparing)."""
    key = ("same group", f"{a}\n{b}")
    if key not in block.memo:
        block.memo[key] = _same_group(block, a, b)
    return block.memo[key]


def _same_group(block: Block, a: str, b: str) -> tuple[Mention, Mention] | None:
    ha, hb = block.derived("headlines", a, headlines), block.derived("headlines", b, headlines)
    if not ha or not hb:
        return None
    ka, kb = (_group(h[-1]) for h in (ha, hb))
    if ka is None or kb is None or ka == kb:
        return None
    for x, y, k, swap in ((a, hb[-1], kb, False), (b, ha[-1], ka, True)):
        own = [m for m in block.mentions(x) if not disputed(m) and not superseded(m) and _group(m) == k]
        if own:
            return (y, own[-1]) if swap else (own[-1], y)
    return None


def _group(m: Mention) -> str | None:
    value = m.fact.value
    return victim_category(value.who) if isinstance(value, Count) and value.who else None


def _other_groups(x: Mention, y: Mention) -> bool:
    """ "No civilians were killed" against "14 fighters were killed": none of one group and some
    of another are no rival tolls (against "31 civilians" they are)."""
    cx, cy = x.fact.value, y.fact.value
    if not (isinstance(cx, Count) and isinstance(cy, Count)) or "none" not in (cx.form, cy.form):
        return False
    kx, ky = (victim_category(c.who) if c.who else None for c in (cx, cy))
    return kx is not None and ky is not None and kx != ky


def _at_another_moment(x: Mention, y: Mention) -> bool:
    """Two voices' figures for a count still going ("so far", "may rise", "bodies recovered by
    midday") may be the same count at two moments: compared, they say nothing either way; so
    may a figure below one announced as grown ("the toll rose to 88" against another's 74)."""
    cx, cy = x.fact.value, y.fact.value
    if not (isinstance(cx, Count) and isinstance(cy, Count)):
        return False
    higher, lower = _higher_lower(cx, cy)
    if lower is not None and lower.trend == "lowered":
        return False  # a toll revised down corrects the higher count, whenever that was given
    if lower is not None and lower.form == "none" and not lower.running:
        return False  # "no one was killed" denies any toll, however far a count had got
    if cx.running or cy.running:
        return True
    return higher is not None and higher.trend == "rising" and lower is not None


def _corrects_running(x: Mention, y: Mention) -> bool:
    """ "Police revised the toll down to 84" against another's "88, with more bodies retrieved":
    the correction disputes a count that was still going, so the two are at odds, not exclusive."""
    cx, cy = x.fact.value, y.fact.value
    if not (isinstance(cx, Count) and isinstance(cy, Count)):
        return False
    higher, lower = _higher_lower(cx, cy)
    return higher is not None and lower is not None and lower.trend == "lowered" and higher.running


def _higher_lower(cx: Count, cy: Count) -> tuple[Count | None, Count | None]:
    """Two figures whose ranges do not meet, the higher first; (None, None) when they meet."""
    return (cx, cy) if cx.low > cy.high else (cy, cx) if cy.low > cx.high else (None, None)


def _growing(x: Mention, y: Mention) -> tuple[Count, Count] | None:
    """The two figures, when both are counts of a toll that only grows (the dead, the hurt)."""
    cx, cy = x.fact.value, y.fact.value
    if not (isinstance(cx, Count) and isinstance(cy, Count)) or cx.counted not in wordset(
        "counts.growing_kinds"
    ):
        return None
    return cx, cy


def _lower_told_first(x: Mention, y: Mention) -> bool:
    """Of two figures of a toll that only grows, the lower is one its voice gave first."""
    pair = _growing(x, y)
    if pair is None:
        return False
    _, lower = _higher_lower(*pair)
    return lower is not None and lower.trend == TOLD_EARLIER and lower.form != "none"


def _higher_later(x: Mention, y: Mention) -> bool:
    """Of two figures of a toll that only grows, the higher was given on a later day."""
    pair = _growing(x, y)
    if pair is None:
        return False
    cx, cy = pair
    if cx.told is None or cy.told is None or cx.told == cy.told:
        return False
    later, earlier = (cx, cy) if cx.told > cy.told else (cy, cx)
    return later.low > earlier.high


def _lower_later(ha: list[Mention], hb: list[Mention]) -> bool:
    """A toll that only grows, given lower by one voice on a later day than the other first gave
    its higher figure: not one count at two moments, but two accounts of it."""
    pair = _growing(ha[-1], hb[-1])
    if pair is None:
        return False
    cx, cy = pair
    if cx.low > cy.high:
        higher, lower, told = cx, cy, ha
    elif cy.low > cx.high:
        higher, lower, told = cy, cx, hb
    else:
        return False
    days = [
        m.fact.value.told
        for m in told
        if isinstance(m.fact.value, Count) and m.fact.value.told and m.fact.value.low >= higher.low
    ]
    return lower.told is not None and bool(days) and lower.told > min(days)


def _scope_of(block: Block) -> Scope:
    value = block.by_source[0][1][0].fact.value
    return value.scope if isinstance(value, Count) else Scope.WHOLE


def _unnamed_share(block: Block) -> bool:
    """One facility's count, or a share of a group the text does not name ("of whom 12")."""
    value = block.by_source[0][1][0].fact.value
    assert isinstance(value, Count)
    return value.scope is Scope.FACILITY or (value.scope is Scope.SUBSET and not value.who)


def disputed(m: Mention) -> bool:
    """A figure the voice denies ("denied that the toll reached 100"): the figure is someone
    else's, not the voice's own (a denied zero, "no one died", is the voice's own nought)."""
    return isinstance(m.fact.value, Count) and holds_negation(m.fact.polarity, m.fact.value)


def _denies_figure(block: Block, source: str, other: Mention) -> bool:
    """The voice denies the very figure the other gives ("at least seven, not five" against five)."""
    return isinstance(other.fact.value, Count) and any(
        disputed(m) and m.fact.value.form != "disputed" and _same_figure(m, other)  # type: ignore[union-attr]
        for m in block.mentions(source)
    )


def _disputes_in_words(block: Block, source: str) -> bool:
    """The voice disputes a toll with no figure of its own in the same words ("the toll was
    inflated", "the official toll is far below the reality")."""
    return any(m.fact.value.form == "disputed" and disputed(m) for m in block.mentions(source))  # type: ignore[union-attr]


def _dispute(block: Block, a: str, b: str, scene: Scene, whole: bool = False) -> Found | None:
    """A voice that only denies a figure disputes the voices that state it: a soft
    contradiction, whose evidence is the denial and the figure denied (with ``whole``, only a
    figure given for no one place)."""
    (denier, stater) = (a, b) if not block.derived("headlines", a, headlines) else (b, a)
    figures = block.derived("headlines", stater, headlines)
    if whole:
        figures = [m for m in figures if _place_of(block, m) is None]
    if not figures:
        return None
    stated = figures[-1]
    value = stated.fact.value
    assert isinstance(value, Count)
    for m in sorted(block.mentions(denier), key=lambda m: (m.order, m.fact.span)):
        denied = m.fact.value
        overlap = isinstance(denied, Count) and denied.low <= value.high and value.low <= denied.high
        if disputed(m) and overlap:
            names = scene.names
            verb = "disputes" if denied.form == "disputed" else "denies"
            detail = (
                f"{block.key.replace(':', ' ')}: {names[denier]} {verb} {fmt(denied)}; "
                f"{names[stater]} states {fmt(value)}"
            )
            x, y = (m, stated) if denier == a else (stated, m)
            return pair_found(RelationKind.CONTRADICTION, block, x, y, (a, b), detail, 0.6, Strength.SOFT)
    return None


def headlines(mentions: tuple[Mention, ...]) -> list[Mention]:
    """A voice's figure in each document, in document order: the first precise figure, or a
    later one that announces an update ("the toll rose to 86"). Figures it denies are not its."""
    by_doc: dict[str, list[Mention]] = {}
    current = (m for m in mentions if not disputed(m) and not superseded(m))
    for m in sorted(current, key=lambda m: (m.order, m.fact.span)):
        by_doc.setdefault(m.document, []).append(m)
    out = []
    for ms in by_doc.values():
        precise = [m for m in ms if getattr(m.fact.value, "form", "") != "vague"] or ms
        updates = [m for m in precise[1:] if _update(m)]
        out.append(updates[-1] if updates else _careful(precise[0], precise))
    return out


def _careful(first: Mention, mentions: list[Mention]) -> Mention:
    """The same number said again with its bound ("kill 38" in a title, "at least 38" in the
    text): the careful wording is the voice's figure."""
    c = first.fact.value
    assert isinstance(c, Count)
    wider = [
        m
        for m in mentions
        if isinstance(m.fact.value, Count) and m.fact.value.low == c.low and m.fact.value.high > c.high
    ]
    return wider[0] if wider else first


def _update(m: Mention) -> bool:
    return isinstance(m.fact.value, Count) and m.fact.value.update


def _same_figure(x: Mention, y: Mention) -> bool:
    """The one voice's earlier figure is, word for word, the other's: an outdated figure."""
    cx, cy = x.fact.value, y.fact.value
    assert isinstance(cx, Count) and isinstance(cy, Count)
    return (cx.low, cx.high) == (cy.low, cy.high)


def _loose(c: Count) -> tuple[float, float]:
    """The widest reading of a figure: vague words and estimates are not exact bounds."""
    if c.form == "vague":
        return c.low * 0.5, c.high * 2
    if c.form in ("approx", "span"):
        return c.low * 0.9, c.high * 1.1
    if c.form == "upper" and c.low > 0:
        return c.low * 0.9, c.high
    return c.low, c.high


def fmt(c: Count) -> str:
    """A figure as evidence: its words and, when they are not plain, its bounds."""
    if c.form == "disputed":
        # A toll for the dead and the hurt, else a figure.
        toll = c.counted in wordset("counts.casualty_kinds")
        return f"the {'toll' if toll else 'figure'} (“{c.text}”)"
    if math.isinf(c.high):
        return f"{c.text} (>= {c.low:g})"
    if c.low == c.high:
        return c.text if c.text.replace(",", "").strip() == f"{c.low:g}" else f"{c.text} (= {c.low:g})"
    return f"{c.text} ({c.low:g}..{c.high:g})"


def _count_pair(block: Block, a: str, b: str, xa: Mention, xb: Mention, names: dict[str, str]) -> Found:
    ca, cb = xa.fact.value, xb.fact.value
    assert isinstance(ca, Count) and isinstance(cb, Count)
    said = f"{fmt(ca)} ({names[a]}) vs {fmt(cb)} ({names[b]})"
    hedged = Polarity.HEDGED in (xa.fact.polarity, xb.fact.polarity)

    def found(kind: RelationKind, why: str, score: float, strength: Strength | None = None) -> Found:
        return pair_found(kind, block, xa, xb, (a, b), f"{_what(block)}: {said}: {why}", score, strength)

    if ca.high < cb.low or cb.high < ca.low:
        la, lb = _loose(ca), _loose(cb)
        if la[1] < lb[0] or lb[1] < la[0]:
            # A group among the dead ("including three children") is what a voice knows of, often
            # less than all: two such shares that differ are at odds, not exclusive.
            share = Scope.SUBSET in (ca.scope, cb.scope)
            if ca.counted in wordset("counts.measured_kinds"):
                big = max(abs(ca.low), abs(cb.low), 1.0)
                if min(abs(ca.low - cb.high), abs(cb.low - ca.high)) / big <= FIGURE_TOLERANCE:
                    # 5.7 against 5.6: one reading, rounded apart by two agencies
                    return found(RelationKind.AGREEMENT, "the readings are within rounding", 0.6)
                # 6.4 against 5.7: two agencies' readings of one measure, at odds
                return found(RelationKind.CONTRADICTION, "the readings differ", 0.6, Strength.SOFT)
            strength = Strength.SOFT if share else Strength.HARD
            score = 0.8 if hedged else 0.9
            return found(RelationKind.CONTRADICTION, "the ranges do not overlap", score, strength)
        return found(
            RelationKind.CONTRADICTION, "figures differ beyond their stated ranges", 0.6, Strength.SOFT
        )
    if _floor_far_below(ca, cb):
        # "At least five" against "more than 500": a floor that far below another figure is a
        # first or partial count, and says nothing against it.
        return found(RelationKind.AGREEMENT, "a floor far below the other figure", 0.5)
    if ca.nominal is not None and cb.nominal is not None and ca.form == cb.form:
        big = max(abs(ca.nominal), abs(cb.nominal), 1.0)
        # "at least 24" and "at least 25": two bounds a few apart are one count told carefully.
        allowed = BOUNDS_GAP if ca.form in ("lower", "upper") else FIGURE_TOLERANCE
        if abs(ca.nominal - cb.nominal) / big > allowed:
            return found(
                RelationKind.CONTRADICTION, "compatible bounds, different figures", 0.55, Strength.SOFT
            )
    return found(RelationKind.AGREEMENT, "the ranges overlap", round(0.5 + 0.5 * _overlap(ca, cb), 3))


def _lower_far_below(found: Found) -> bool:
    """Two figures that fit, one a lower bound well below the other, given as exact ("at least
    56" against "85"): both may be true, and they need not be one count; "at least 25" against
    "27" is one count, told carefully."""
    if found.kind is not RelationKind.AGREEMENT or not (found.a and found.b):
        return False
    ca, cb = found.a[-1].fact.value, found.b[-1].fact.value
    if not (isinstance(ca, Count) and isinstance(cb, Count)) or ca.nominal is None or cb.nominal is None:
        return False
    big = max(abs(ca.nominal), abs(cb.nominal), 1.0)
    return {ca.form, cb.form} == {"lower", "exact"} and abs(ca.nominal - cb.nominal) / big > OPEN_TOLERANCE


def _floor_far_below(ca: Count, cb: Count) -> bool:
    """One figure is a lower bound more than ``FLOOR_RATIO`` times below the other's figure."""
    for low, other in ((ca, cb), (cb, ca)):
        if low.form == "lower" and low.nominal and other.nominal and other.form in ("lower", "exact"):
            if other.nominal > FLOOR_RATIO * low.nominal:
                return True
    return False


# How many times below another figure a lower bound says nothing against it ("at least five"
# against "59": 0 clashes found and 16 false on the development sets, at every ratio above 4).
FLOOR_RATIO = 4.0
# How far apart, as a share of the larger, two exact figures are close (27 and 31; not 84 and 101).
CLOSE_GAP = 0.15
# How far apart two bounds of one kind may be and still be one count told carefully ("at least 24"
# and "at least 25", "more than 200" and "more than 210"; not "at least 85" and "over 100").
BOUNDS_GAP = 0.1


def _close(mx: Mention, my: Mention) -> bool:
    x, y = mx.fact.value, my.fact.value
    if not (isinstance(x, Count) and isinstance(y, Count)) or Scope.SUBSET in (x.scope, y.scope):
        return False
    exact = x.low == x.high and y.low == y.high
    big = max(abs(x.low), abs(y.low), 1.0)
    return exact and abs(x.low - y.low) / big <= CLOSE_GAP


def _what(block: Block) -> str:
    return block.key.replace(":", " ")


def _overlap(x: Count, y: Count) -> float:
    lo, hi = max(x.low, y.low), min(x.high, y.high)
    if math.isinf(hi):
        return 0.5
    width = max(x.high, y.high) - min(x.low, y.low)
    return 1.0 if width <= 0 else max(0.0, (hi - lo) / width)


def revisions(block: Block, scene: Scene) -> list[Found]:
    """A voice whose figure for the same count changes from one report to the next revises itself."""
    out = []
    for source, every in block.by_source:
        for mentions in _per_place(block, every):
            out.extend(_revised(block, scene, source, mentions))
    return out


def _per_place(block: Block, mentions: tuple[Mention, ...]) -> list[tuple[Mention, ...]]:
    """A voice's figures, one group per place they are given for ("3.5 million nationwide",
    "23,000 in Rouen" are two counts, not one revised)."""
    if not _several_places(block):
        return [mentions]
    wheres = sorted({_place_of(block, m) or "" for m in mentions})
    return [tuple(m for m in mentions if (_place_of(block, m) or "") == w) for w in wheres]


def _revised(block: Block, scene: Scene, source: str, mentions: tuple[Mention, ...]) -> list[Found]:
    """One voice's figures for one count, in order: each change is a revision."""
    current = (m for m in mentions if not disputed(m) and not superseded(m))
    ordered = sorted(current, key=lambda m: (m.order, m.fact.span))
    steps = headlines(mentions)
    # Within one report, only an announced update ("has risen to") is a revision, from the
    # figure told before it ...
    steps += [
        z
        for x, y in zip(ordered, ordered[1:], strict=False)
        if _update(y) and x.document == y.document
        for z in (x, y)
    ]
    # ... or a figure it replaces ("32, updating an earlier toll of 15"; "43 ... The previous
    # toll was 20"), told before the first figure of its report that it does not replace.
    steps += [m for m in mentions if superseded(m)]
    first = {}
    for m in sorted(steps, key=lambda m: m.order):
        if not superseded(m):
            first.setdefault(m.document, m.order)

    def told(m: Mention) -> tuple[int, bool, tuple[int, int]]:
        order = min(m.order, first.get(m.document, m.order)) if superseded(m) else m.order
        return (order, not superseded(m), m.fact.span)

    steps = sorted(set(steps), key=told)
    out = []
    for x, y in zip(steps, steps[1:], strict=False):
        cx, cy = x.fact.value, y.fact.value
        assert isinstance(cx, Count) and isinstance(cy, Count)
        if (cx.low, cx.high) == (cy.low, cy.high) or (cx.nominal is not None and cx.nominal == cy.nominal):
            continue  # the same figure told again, with or without its "at least"
        if (
            cy.form == "lower"
            and cy.nominal is not None
            and cx.nominal is not None
            and cy.nominal < cx.nominal
        ):
            continue  # "1,052", later "more than 64": a looser bound on the same count, not a change
        detail = f"{_what(block)}: {scene.names[source]} gave {fmt(cx)}, later {fmt(cy)}"
        out.append(
            Found(RelationKind.REVISION, block.aspect, block.key, (x,), (y,), (source, source), detail, 0.8)
        )
    return out


def facility_relations(aspect: Aspect, scene: Scene) -> list[Found]:
    """One hospital's count agrees with the same figure as a toll; it contradicts a toll only by
    exceeding it (100 bodies at one hospital against 84 dead in all: a part above the whole)."""
    blocks = {(b.aspect, b.key): b for b in scene.alignment.blocks}
    out = []
    for block in scene.alignment.blocks:
        if block.aspect is not aspect or _scope_of(block) is not Scope.FACILITY:
            continue
        base = blocks.get((block.aspect, block.by_source[0][1][0].fact.key))
        if base is not None:
            out.extend(_facility_pairs(block, base, scene.names))
    return out


def _facility_pairs(block: Block, base: Block, names: dict[str, str]) -> Iterable[Found]:
    for a, ma in block.by_source:
        for b, mb in base.by_source:
            if a == b:
                continue
            ha, hb = headlines(ma), headlines(mb)
            if not ha or not hb:
                continue
            x, y = ha[-1], hb[-1]
            pair = (a, b) if sort_id(a) < sort_id(b) else (b, a)
            first, second = (x, y) if pair[0] == a else (y, x)
            if _same_figure(x, y):
                detail = f"{base.key}: {fmt(x.fact.value)} ({names[a]}) is the figure {names[b]} gives"  # type: ignore[arg-type]
                yield Found(
                    RelationKind.AGREEMENT, block.aspect, base.key, (first,), (second,), pair, detail, 0.8
                )
            elif _part_above_whole(x, y):
                detail = (
                    f"{base.key}: {fmt(x.fact.value)} at one facility ({names[a]}) exceeds "  # type: ignore[arg-type]
                    f"{fmt(y.fact.value)} in all ({names[b]})"  # type: ignore[arg-type]
                )
                yield Found(
                    RelationKind.CONTRADICTION,
                    block.aspect,
                    base.key,
                    (first,),
                    (second,),
                    pair,
                    detail,
                    0.6,
                    Strength.SOFT,
                )


def _part_above_whole(part: Mention, whole: Mention) -> bool:
    """A facility's count above another voice's whole toll, both for the same place (or none).
    The whole must be a figure ("84", "at most 84", not "several"), and one not told as still
    growing ("has risen to 88" may be older than the hospital's 100), unless set lower on
    purpose ("revised down to 84")."""
    p, w = part.fact.value, whole.fact.value
    if not (isinstance(p, Count) and isinstance(w, Count)) or w.scope is not Scope.WHOLE:
        return False
    if Polarity.DENIED in (part.fact.polarity, whole.fact.polarity) or p.where != w.where:
        return False
    if w.form not in ("exact", "upper") or (w.trend != "lowered" and (w.running or w.trend == "rising")):
        return False
    return p.low > w.high
