"""Actors: who took part (armed forces, groups, states, hired firms), and the voices that leave
one out.

A mention is an actor when it names one (the lexicon, the case's aliases) or ends in an actor's
head ("the security forces") and takes part in what happened in its clause. A voice speaking of
itself ("none of our fighters were there") names itself once the speaker is known. Omissions:
what two independent voices say took part and a voice with its own account leaves out.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable

from claimdiff.align import Block, Mention
from claimdiff.aspects.base import AspectRules, Found, Scene, answers_to, latest, sort_id
from claimdiff.aspects.labels import compare_labels, label
from claimdiff.aspects.reading import Reading, calendar_words, derived, inside, rx, table, wordset
from claimdiff.clause import around
from claimdiff.lang import Language, alternation
from claimdiff.lexicon import (
    AliasTable,
    country_names,
    demonym_id,
    is_demonym,
    known_actors,
    normalise_name,
    reporting_voices,
)
from claimdiff.model import Aspect, Fact, Label, Polarity, RelationKind, Source, Statement, Strength

SELF = "@self"  # the statement's own voice, until the speaker is known
BLAME = "responsibility"  # the one block of whom each voice holds to blame, whatever the name
_WHAT = "who took part"
_BLAME_WHAT = "who is to blame"


def _heads() -> frozenset[str]:
    return wordset("actors.heads")


def _state_re() -> re.Pattern[str]:
    """A state named as the one who acted: "Russia launched ..."."""

    def make(lang: Language) -> re.Pattern[str]:
        names = alternation([re.escape(c) for c in sorted(country_names(), key=len, reverse=True)])
        return lang.compile(rf"\b(?P<name>{names})" + lang.source("actors.state_acts"))

    return derived("actors.state_re", make)


def _weapon_re() -> re.Pattern[str]:
    """A state's weapon after the state's demonym: "two Russian missiles struck"."""

    def make(lang: Language) -> re.Pattern[str]:
        demonyms = sorted({str(d) for d in lang.table("names.countries").values()}, key=len, reverse=True)
        names = alternation([re.escape(d) for d in demonyms])
        # English puts the adjective first ("Russian missiles"), French after ("missiles russes",
        # with its endings): the words before and after it are the language's.
        return lang.compile(
            lang.source("actors.weapon_before")
            + rf"\b(?P<name>{names})(?:{lang.source('actors.demonym_endings')})?"
            + lang.source("actors.weapon_of")
        )

    return derived("actors.weapon_re", make)


def extract(reading: Reading, found: tuple[Fact, ...]) -> list[Fact]:
    """Actors of an event sentence; elsewhere only firms named for what their people did."""
    if not reading.event:
        return _named(reading, rx("actors.hired_hands"), "named", reading.ctx.aliases, reading.omitted)
    victims = [
        (f.span[0] - reading.offset, f.span[1] - reading.offset) for f in found if f.aspect is Aspect.VICTIMS
    ]
    omitted = [*reading.omitted, *victims]
    addressed = [(m.start("who"), m.end("who")) for m in rx("actors.addressees").finditer(reading.text)]
    blocked = [*omitted, *addressed]
    facts = _named(reading, rx("actors.hired_hands"), "named", reading.ctx.aliases, blocked)
    facts += _named(reading, _state_re(), "state", None, blocked)
    facts += _weapons(reading, blocked)
    facts += [
        f for m in rx("actors.phrase", 0).finditer(reading.text) if (f := _mention(reading, m, blocked))
    ]
    own = _self(reading)
    # "its troops had shot back": the voice's own forces, named once, as the voice itself.
    spans = [f.span for f in own if f.key != BLAME]
    facts = [f for f in facts if not any(lo <= f.span[0] < hi for lo, hi in spans)]
    facts = [f for f in facts if not _describes_next(f, facts, reading)]
    return facts + _answered_here(reading, facts) + _blamed(reading, facts) + own


def _describes_next(fact: Fact, facts: list[Fact], reading: Reading) -> bool:
    """ "the paramilitary Rapid Support Forces": a mention by a kind's word right before an actor
    named there describes that actor; it is not a second one."""
    if not isinstance(fact.value, Label) or fact.value.category != "generic":
        return False
    end = fact.span[1]
    return any(
        other.span[0] > end
        and isinstance(other.value, Label)
        and other.value.category == "named"
        and not reading.text[end - reading.offset : other.span[0] - reading.offset].strip()
        for other in facts
    )


def _blamed(reading: Reading, facts: list[Fact]) -> list[Fact]:
    """ "blamed X for the attack", "accused X of carrying out the strike", "blamed the bombing
    on X", "X was behind the strike": each actor a voice holds to blame for the act itself,
    once more, in the one block where whom the voices blame meets."""
    if not reading.speaker:
        return []  # the outlet's narration blames no one: whom a voice blames is that voice's word
    text = reading.text
    act = rx("actors.blame_act")
    accused = rx("actors.accused").finditer(text)
    spans = [(m.start("who"), m.end("who")) for m in accused if act.match(text, m.end())]
    # A name is read with its capitals ("the Crescent Brigades were behind the attack").
    for ref, flags in (
        ("actors.blamed_on", re.IGNORECASE),
        ("actors.blame_by", re.IGNORECASE),
        ("actors.blame_subject", 0),
    ):
        spans += [(m.start("who"), m.end("who")) for m in rx(ref, flags).finditer(text)]
    after = rx("actors.blame_after")
    out = []
    for f in facts:
        if f.polarity is Polarity.DENIED or f.key == SELF or not isinstance(f.value, Label):
            continue
        lo, hi = f.span[0] - reading.offset, f.span[1] - reading.offset
        if any(a <= lo and hi <= b for a, b in spans) or after.match(text[hi:]):
            blamed = Label(_blamed_name(f.value.name), f.value.text, "blamed")
            out.append(Fact(Aspect.ACTOR, BLAME, blamed, f.polarity, f.span))
    for a, b in spans:
        if any(a <= f.span[0] - reading.offset < b for f in facts) or any(
            t.start < b and a < t.end for t in reading.times
        ):
            continue  # an actor read there already, or a day ("blamed the delay on Monday")
        # "accused Kyiv of carrying out the attack", "blamed the Crescent Brigades for it": a
        # state, a name, or forces by their head, named where no act of its own made them an
        # actor of the sentence: the accusation itself says they acted.
        who = rx("actors.determiner").sub("", text[a:b].strip())
        name = _state_itself(who) or reading.ctx.aliases.canonical(who)
        named = rx("actors.proper", 0).fullmatch(who) and not calendar_words() & set(who.lower().split())
        if name is None and (named or set(who.lower().split()[-1:]) <= _heads()):
            name = who
        if name and name not in reporting_voices():
            pol = reading.clauses.actor_polarity(a, b)
            if pol is not Polarity.DENIED:
                blamed = Label(_blamed_name(name), who, "blamed")
                out.append(Fact(Aspect.ACTOR, BLAME, blamed, pol, reading.span(a, b)))
    out += _mutual_blame(reading)
    for m in rx("actors.blame_self").finditer(text):
        if reading.clauses.named_at(m.start()) is None:
            # "it was behind the attack", in the voice's own words: it holds itself to blame.
            own = Label(SELF, m.group(0), "blamed")
            out.append(Fact(Aspect.ACTOR, BLAME, own, Polarity.AFFIRMED, reading.span(*m.span())))
    return out


def _mutual_blame(reading: Reading) -> list[Fact]:
    """ "Russia and Ukraine accused each other of bombing the prison": the speaker blames its
    rival, and the rival, credited on the spot, blames the speaker."""
    found = reading.clauses.speaker
    if found is None or not found.rival:
        return []
    span = reading.span(*found.span)

    def blamed(who: str) -> Label:
        name = _state_itself(who) or reading.ctx.aliases.canonical(who) or who
        return Label(_blamed_name(name), who, "blamed")

    return [
        Fact(Aspect.ACTOR, BLAME, blamed(found.rival), Polarity.AFFIRMED, span),
        Fact(Aspect.ACTOR, BLAME, blamed(found.name), Polarity.AFFIRMED, span, voice=found.rival),
    ]


def _answered_here(reading: Reading, facts: list[Fact]) -> list[Fact]:
    """ "X blamed the army for the attack while Damascus has refuted these allegations": a voice
    the sentence names rejecting the accusation it makes denies each actor accused before it."""
    text, out = reading.text, []
    for m in rx("actors.denies_accusation").finditer(text):
        # What is denied ("these allegations") sits in the clause of the voice that denies it.
        what = m.start() + m.group(0).index(" ") + 1
        if reading.clauses.named_at(what) is None:
            continue  # the sentence's own speaker denying: answer_accusations reads the one before
        accused = [(a.start("who"), a.end("who")) for a in rx("actors.accused").finditer(text[: m.start()])]
        span = reading.span(what, m.end())
        for f in facts:
            at = f.span[0] - reading.offset
            if f.polarity is not Polarity.DENIED and any(lo <= at < hi for lo, hi in accused):
                out.append(dataclasses.replace(f, polarity=Polarity.DENIED, span=span))
    return out


def _mention(reading: Reading, m: re.Match[str], blocked: list[tuple[int, int]]) -> Fact | None:
    """The actor a noun phrase names, if it names one that takes part."""
    text = reading.text
    raw = m.group("np").strip()
    start, end = m.start("np"), m.start("np") + len(raw)
    lead = rx("actors.negated_lead").match(raw)
    if lead:
        # "No soldiers took part": the soldiers, denied by the "no" before them.
        raw, start = raw[lead.end() :], start + lead.end()
    if reading.skipped(start) or inside(start, blocked):
        return None
    aliases = reading.ctx.aliases
    canon, at, named = aliases.canonical(raw), 0, raw
    if canon is None:
        canon, at, named = _alias_inside(raw, aliases) or (None, 0, raw)
    if (
        canon is not None
        and _state_as_place(named, text[max(0, start + at - 20) : start + at])
        and not set(raw[at + len(named) :].lower().split()) & _heads()
    ):
        return None  # "in the Tigray region of Ethiopia" (not "from Moscow's troops"): where, not who
    if canon in reporting_voices():
        return None  # an outlet or an agency reports the event; it is not a party to it
    words = raw.lower().split()
    if canon is not None and canon not in known_actors() and not _has_actor_word(canon, raw):
        return None  # a case alias for a speaker ("the Monitor"), not someone who acts
    if canon is None and not _generic_actor(text, raw, words, start, end):
        return None
    if re.match(r"-[a-z]", text[end:]):
        return None  # "military-industrial targets": part of a compound, not an actor
    if not _takes_part(text, start, end) or (
        canon is None and rx("actors.not_actor_after").match(text[end:])
    ):
        return None
    if rx("actors.speaks_after").match(text[end:]):
        return None  # "a toll the regime has not confirmed": the regime speaks (or not) of it
    if rx("actors.harmed_after").match(text[end:]):
        return None  # "Revolutionary Guards were killed": who was harmed, not who took part
    # "Israeli army", "Israeli troops": the forces of the state a demonym names, one actor.
    forces = state_forces(raw) if canon is None and len(words) > 1 else None
    polarity = reading.clauses.actor_polarity(start, end)
    if (
        canon is None
        and reading.speaker
        and rx("actors.own_forces_before").search(text[max(0, start - 6) : start])
    ):
        # "clashed with its troops", in the army's own words: the army itself.
        return Fact(Aspect.ACTOR, SELF, Label(SELF, raw, "self"), polarity, reading.span(start, end))
    name = canon or forces or rx("actors.determiner").sub("", raw.strip())
    key = normalise_name(name)
    if not key:
        return None
    value = Label(name, raw, "named" if canon else "generic")
    return Fact(Aspect.ACTOR, key, value, polarity, reading.span(start, end))


def _generic_actor(text: str, raw: str, words: list[str], start: int, end: int) -> bool:
    """A mention the lexicon does not name is an actor by its head, in context."""
    heads = _heads()
    if words[-1] not in heads and " ".join(words[-2:]) not in heads:
        return False
    if re.search(r"[\d]", text[max(0, start - 12) : start]):
        return False  # "12 soldiers": the victims, not an actor
    if words[-1] in wordset("actors.named_only_heads") and raw[-1].islower():
        return False  # "the front of the convoy": only a named Front is an armed group
    if len(words) == 1 and words[0] in wordset("actors.bare_heads"):
        return False
    after = text[end:]
    if words[-1] in wordset("actors.bare_adjectives") and rx("actors.noun_after_adjective", 0).match(after):
        if not (
            rx("actors.verb_after_adjective", 0).match(after)
            or rx("actors.fire_after_adjective", 0).match(after)
        ):
            return False
    return not (
        words[-1] in wordset("actors.capitalised_heads") and not any(w[0].isupper() for w in raw.split())
    )


def _takes_part(text: str, start: int, end: int) -> bool:
    """A participation word in the mention's clause, and the mention neither called upon nor what
    the act was done to."""
    if not rx("actors.participation").search(around(text, start, end)):
        return False
    before = text[max(0, start - 40) : start]
    return not (rx("actors.called_on").search(before) or rx("actors.struck_at").search(before))


def _named(
    reading: Reading, found: re.Pattern[str], category: str, aliases: AliasTable | None, blocked: list
) -> list[Fact]:
    """An actor fact for each ``name`` group ``found`` finds outside the blocked spans:
    "Stewards from Ardent Security", "Russia launched a missile attack"."""
    text = reading.text
    facts = []
    for m in found.finditer(text):
        name, start = m.group("name"), m.start("name")
        if reading.skipped(start) or inside(start, blocked):
            continue
        if category == "state" and rx("actors.state_as_place").search(text[max(0, start - 20) : start]):
            continue  # "strikes in northern Syria killed 85": where, not who
        canon = (
            (aliases.canonical(name) if aliases else None)
            or (category == "state" and state_forces(name))
            or name
        )
        span = reading.span(start, m.end("name"))
        pol = reading.clauses.actor_polarity(start, m.end())
        facts.append(Fact(Aspect.ACTOR, normalise_name(canon), Label(canon, name, category), pol, span))
    return facts


def state_forces(name: str) -> str | None:
    """ "Russia", "the Russian Defence Ministry", "Kyiv" -> "Russian forces", "Ukrainian forces":
    the forces of the state a name (or its capital) stands for, if it stands for one."""
    m = rx("actors.state_body", 0).match(name.strip())
    if m is None:
        return None
    state = table("names.capitals").get(m.group("state"), m.group("state"))
    demonym = table("names.countries").get(state) or (state if is_demonym(state) else None)
    return _forces(demonym) if demonym else None


def _forces(demonym: str) -> str:
    """ "Russian" (or "russe") -> "Russian forces": the name a state's forces go by, one in
    every language."""
    return f"{demonym_id(demonym)} {min(wordset('actors.weapon_forces'))}"


def _weapons(reading: Reading, blocked: list[tuple[int, int]]) -> list[Fact]:
    """ "Russian missiles struck the station": the forces of the state whose weapon it was."""
    text, facts = reading.text, []
    for m in _weapon_re().finditer(text):
        start, end = m.start("name"), m.end("name")
        if reading.skipped(start) or inside(start, blocked):
            continue
        name = _forces(m.group("name"))
        pol = reading.clauses.actor_polarity(start, m.end())
        facts.append(
            Fact(
                Aspect.ACTOR,
                normalise_name(name),
                Label(name, m.group(0), "state"),
                pol,
                reading.span(start, end),
            )
        )
    return facts


def _self(reading: Reading) -> list[Fact]:
    """ "None of its fighters were there", "our units carried out": the voice speaks of itself."""
    if not reading.speaker:
        return []  # an outlet's narration: whoever denies or claims is named in it, not the outlet
    text = reading.text
    facts = []
    for ref, pol in (("actors.self_denied", Polarity.DENIED), ("actors.self_stated", Polarity.AFFIRMED)):
        for m in rx(ref).finditer(text):
            if rx("actors.other_self").search(text[max(0, m.start() - 30) : m.start()]):
                continue  # "a group which has denied ...": someone else speaks of itself
            other = reading.clauses.named_at(m.start())
            claim = bool(m.groupdict().get("claim"))
            if pol is Polarity.AFFIRMED and reading.clauses.actor_polarity(*m.span()) is Polarity.DENIED:
                pol = Polarity.DENIED  # "denied claims that its forces struck the theatre"
            if other is not None:
                # "..., and Kyiv has denied involvement": that subject speaks of its own part.
                name = _own_name(other, reading.ctx.aliases)
                span = reading.span(*m.span())
                facts.append(
                    Fact(Aspect.ACTOR, normalise_name(name), Label(name, m.group(0), "self"), pol, span)
                )
                if claim and not rx("actors.negated_lead").match(other):
                    facts.append(Fact(Aspect.ACTOR, BLAME, Label(name, m.group(0), "blamed"), pol, span))
                continue
            own_verb = reading.skip is not None and reading.skip[0] <= m.start() <= reading.skip[1]
            if claim and not own_verb:
                continue  # "no group has claimed responsibility": a claim only as the speaker's own verb
            span = reading.span(*m.span())
            facts.append(Fact(Aspect.ACTOR, SELF, Label(SELF, m.group(0), "self"), pol, span))
            if claim and not rx("actors.negated_lead").match(reading.speaker):
                # "IS claimed responsibility": it holds itself to blame, against whoever blames another.
                facts.append(Fact(Aspect.ACTOR, BLAME, Label(SELF, m.group(0), "blamed"), pol, span))
    own = [f for f in facts if f.key == SELF]
    if len({f.polarity for f in own}) > 1:
        # "claimed responsibility ... but later denied involvement": its last word on it stands.
        last = max(own, key=lambda f: f.span[0])
        facts = [f for f in facts if not _own_part(f) or f.polarity is last.polarity]
    return facts


def _own_part(f: Fact) -> bool:
    """The voice's word on its own part: taking part, or holding itself to blame."""
    return f.key == SELF or (f.key == BLAME and isinstance(f.value, Label) and f.value.name == SELF)


def settle(fact: Fact, reading: Reading) -> Fact:
    """A voice speaking of itself ("none of our fighters") names itself as the actor."""
    if fact.key == BLAME and isinstance(fact.value, Label) and fact.value.name == SELF:
        canon = _own_name(reading.speaker, reading.ctx.aliases)
        return dataclasses.replace(fact, value=Label(canon, fact.value.text, "blamed"))
    if fact.key != SELF:
        return fact
    canon = _own_name(reading.speaker, reading.ctx.aliases)
    value = Label(canon, fact.value.text if isinstance(fact.value, Label) else canon, "self")
    return dataclasses.replace(fact, key=normalise_name(canon), value=value)


def _own_name(speaker: str, aliases: AliasTable) -> str:
    """The actor a voice names when it speaks of its own part. A state ("Russia denied bombing
    the theatre"), whatever name the case gives it, stands for its forces, as others name them
    ("a Russian airstrike")."""
    named = aliases.canonical(speaker)
    if named is None:
        inner = _alias_inside(speaker, aliases)
        named = inner[0] if inner else None
    return _state_itself(named or speaker) or named or state_forces(speaker) or speaker


def _state_itself(name: str) -> str | None:
    """The forces of a state named by its name or its capital alone ("Russia", "Kyiv")."""
    bare = name.strip()
    if bare in table("names.countries") or bare in table("names.capitals"):
        return state_forces(bare)
    return None


def _state_as_place(named: str, before: str) -> bool:
    """A state's bare name ("Ethiopia.", "Ethiopia’s") after a word of place ("in", "of")."""
    bare = re.sub(r"(?:['’]s)?\W*$", "", named)
    return _state_itself(bare) is not None and bool(rx("actors.state_as_place").search(before))


def _has_actor_word(canon: str, raw: str) -> bool:
    heads = _heads()
    words = set(re.findall(r"[a-z]+", f"{canon} {raw}".lower()))
    return bool(words & heads) or any(" " in h and h in f"{canon} {raw}".lower() for h in heads)


def _alias_inside(raw: str, aliases: AliasTable) -> tuple[str, int, str] | None:
    """A known name inside a longer phrase ("Russian mercenaries of the Wagner Group"): its
    canonical name, where its words start in the phrase, and the words."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", raw)]
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            found = " ".join(w for _, w in words[i : i + size])
            canon = aliases.canonical(found)
            if canon:
                return canon, words[i][0], found
    return None


def answer_accusations(
    statements: tuple[Statement, ...], names: dict[str, str] | None = None
) -> tuple[Statement, ...]:
    """ "X accused the army of the attack. The army denied the allegations": a voice that
    rejects the accusation the sentence right before it made, in the same document, from another
    voice and naming no actor of its own, denies each actor that sentence accuses ("accused X
    of", "blamed X for"); an actor named otherwise is not what was denied, unless it is the
    voice's own forces ("X believes Iranian forces shot it down. Iran denied the report")."""
    out = list(statements)
    cue, accusing = rx("actors.denies_accusation"), rx("actors.accused")
    for i, before, st in answers_to(statements):
        if before.narrator:
            continue
        m = cue.search(st.text)
        if m is None or any(f.aspect is Aspect.ACTOR for f in st.facts):
            continue
        accused_at = [
            (before.span[0] + a.start("who"), before.span[0] + a.end("who"))
            for a in accusing.finditer(before.text)
        ]
        own = state_forces(names.get(st.source, "")) if names and not accused_at else None
        accused = [
            f
            for f in before.facts
            if f.aspect is Aspect.ACTOR
            and f.key != BLAME
            and f.polarity is not Polarity.DENIED
            and (
                any(lo <= f.span[0] and f.span[1] <= hi for lo, hi in accused_at)
                or (own is not None and f.key == normalise_name(own))
            )
        ]
        span = (st.span[0] + m.start(), st.span[0] + m.end())
        denied = tuple(
            dataclasses.replace(f, polarity=Polarity.DENIED, span=span, voice=None) for f in accused
        )
        if denied:
            out[i] = dataclasses.replace(st, facts=st.facts + denied)
    return tuple(out)


# ---------------------------------------------------------------------------
# Comparison


def compare(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    if block.key == BLAME:
        return _compare_blame(block, a, b, scene)
    # Every mention in an actor block names the same actor, under whatever words; a body that
    # states its own part ("it carried out the raid") and denies it elsewhere ("denied that its
    # troops fired tear gas into the ward") denies an act of it, not its part.
    partial = {
        x
        for x in (a, b)
        if block.derived("owns_and_denies", x, lambda ms, x=x: _owns_and_denies(ms, x, block.key, scene))
    }

    def key(m: Mention) -> str | None:
        return None if m.source in partial and m.fact.polarity is Polarity.DENIED else "actor"

    return compare_labels(block, a, b, scene, what=_WHAT, key=key)


def _blamed_name(name: str) -> str:
    """ "Russia", "the Kremlin's troops", "Russian troops": one side, under its forces' name."""
    return _state_side(name) or name


def _compare_blame(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    """Two voices that blame different actors for the act: at odds when the two cannot both have
    done it alone. The forces of two states (a Russian strike, a Ukrainian missile) are hard
    rivals; two armed bodies named, forces or a group named by their kind alone ("the army",
    "militants") are soft ones; forces without their state and a state's forces, a group by its
    kind and a group by its name, or a state's forces and a body it may own or hire, may be the
    same side and meet no one."""

    def key(m: Mention) -> str:
        assert isinstance(m.fact.value, Label)
        return normalise_name(m.fact.value.name)

    rivals = scene.derived("blame_rivals", lambda sc: _blame_rivals(block, key))
    found = compare_labels(block, a, b, scene, what=_BLAME_WHAT, key=key, conflicts=frozenset(rivals))
    if found is None or found.kind is not RelationKind.CONTRADICTION:
        return found
    # Blame is only ever stated; a denial of an actor meets the statements in that actor's block.
    strength = rivals.get(frozenset((key(found.a[0]), key(found.b[0]))))
    return None if strength is None else dataclasses.replace(found, strength=strength)


def _blame_rivals(block: Block, key: Callable[[Mention], str]) -> dict[frozenset[str], Strength]:
    names = {key(m): m.fact.value.name for s in block.sources() for m in block.mentions(s)}  # type: ignore[union-attr]
    sides = {k: _side(name) for k, name in names.items()}
    out = {}
    for x, y in itertools.combinations(sorted(sides), 2):
        strength = _rival(sides[x], sides[y])
        if strength is not None:
            out[frozenset((x, y))] = strength
    return out


def _side(name: str) -> tuple[str, str]:
    """("state", its forces), ("forces", "") for forces without their state, ("group", "") for
    an armed group by its kind, else ("named", the name)."""
    forces = _state_side(name)
    if forces is not None:
        return ("state", normalise_name(forces))
    key = normalise_name(name)
    last = name.split()[-1] if name.split() else ""
    # A kind alone, or a lower-case head of that kind: "the police", "the Uzbek government" are a
    # state's (which one unread), "Islamist militants" a group's; "the Wagner Group" is a name.
    for kind, side in (("state", "forces"), ("group", "group")):
        words = _blame_words(kind)
        if key in words or (last.islower() and normalise_name(last) in words):
            return (side, "")
    return ("named", key)


def _state_side(name: str) -> str | None:
    """The forces of the state a name stands for, if it stands for one ("the Kyiv regime")."""
    forces = state_forces(name) or _state_itself(name)
    words = name.split()
    if forces is None and len(words) > 1 and normalise_name(" ".join(words[1:])) in _blame_words("state"):
        forces = state_forces(words[0])
    return forces


def _blame_words(kind: str) -> frozenset[str]:
    return derived(
        f"actors.blame_{kind}",
        lambda lang: frozenset(normalise_name(w) for w in lang.get(f"actors.blame_{kind}_generic")),
    )


def _rival(x: tuple[str, str], y: tuple[str, str]) -> Strength | None:
    if x == y:
        return None
    kinds = {x[0], y[0]}
    if kinds == {"state"}:
        return Strength.HARD  # two states' forces
    if kinds <= {"forces", "state"}:
        return None  # forces named without their state may be either state's
    if "group" in kinds and kinds <= {"group", "named"}:
        return None  # "militants" may be the group another voice names
    if kinds == {"state", "named"}:
        return None  # a body a state's side may own or hire ("Wagner", against Russia's forces)
    if any(kind == "named" and not _body_name(name) for kind, name in (x, y)):
        return None  # a name with no word of an armed body ("Assad") may lead either side
    return Strength.SOFT


def _body_name(key: str) -> bool:
    """A name that says it is an armed body or group ("the Crescent Brigades", "Azov battalion")."""
    words = set(key.split())
    return bool(words & (_heads() | wordset("actors.named_only_heads") | _blame_words("group")))


def _owns_and_denies(mentions: tuple[Mention, ...], source: str, key: str, scene: Scene) -> bool:
    by_id = scene.derived("sources_by_id", lambda sc: {s.id: s for s in sc.sources})
    return (
        source in by_id
        and _is_self(by_id[source], key)
        and any(m.fact.polarity is Polarity.DENIED for m in mentions)
        and any(m.fact.polarity is Polarity.AFFIRMED and _own_words(m) for m in mentions)
    )


def _own_words(m: Mention) -> bool:
    """The voice names its part in its own words ("it carried out the raid", "its forces")."""
    return isinstance(m.fact.value, Label) and m.fact.value.category == "self"


def omissions(scene: Scene) -> list[Found]:
    """What two or more independent voices say took part, and a voice with its own account leaves
    out; or what the text itself notes as missing ("X made no mention of Y")."""
    by_id = {s.id: s for s in scene.sources}
    explicit = _explicit_omissions(scene.statements)
    out = []
    for block in scene.alignment.blocks:
        if block.aspect is Aspect.ACTOR and block.key != BLAME:
            out.extend(_block_omissions(block, scene, by_id, explicit))
    return out


def _explicit_omissions(statements: tuple[Statement, ...]) -> dict[tuple[str, str], Statement]:
    explicit: dict[tuple[str, str], Statement] = {}
    for st in statements:
        for source_id, what in st.omits:
            explicit.setdefault((source_id, normalise_name(what)), st)
    return explicit


def _block_omissions(
    block: Block, scene: Scene, by_id: dict[str, Source], explicit: dict[tuple[str, str], Statement]
) -> Iterable[Found]:
    stating = [s for s, ms in block.by_source if any(m.fact.polarity is not Polarity.DENIED for m in ms)]
    if not stating:
        return
    evidence = tuple(latest(block.mentions(s)) for s in stating)
    named = label(evidence[0])
    # Leaving out what one voice alone says is not worth a flag, unless that voice is the actor
    # itself claiming its part ("IS said it carried out the attack").
    corroborated = len(stating) >= 2 or any(
        _is_self(by_id[s], block.key) and any(_self_claim(m) for m in block.mentions(s)) for s in stating
    )
    # A state's forces and forces named without their state ("the soldiers") may be the same:
    # naming one is not leaving out the other.
    generic = {normalise_name(w) for w in wordset("actors.generic_forces")}
    if block.key.split()[-1] in wordset("actors.weapon_forces"):
        unnamed = _forces_named(scene, state=False)
    elif block.key in generic:
        unnamed = _forces_named(scene, state=True)
    else:
        unnamed = set()
    if block.key not in generic and block.key.split()[-1] in generic:
        # "Israeli forces" and "the Israeli army" are one state's forces, named two ways.
        unnamed |= _state_forces_named(scene, block.key, generic)
    for source in sorted(by_id, key=sort_id):
        if source in block.sources() or source in unnamed:
            continue  # a voice that names the forces as "the troops" or its own has not left them out
        said = _explicit(explicit, source, block.key, named)
        if said is None and (
            not corroborated or scene.accounts.get(source, 0) < 2 or _is_self(by_id[source], block.key)
        ):
            continue
        detail = (
            f"{_WHAT}: {by_id[source].name} leaves out {named}, which "
            f"{', '.join(by_id[s].name for s in stating)} state"
        )
        if said is not None:
            detail += f" (noted: \u201c{said.text}\u201d)"
        yield Found(
            RelationKind.OMISSION,
            Aspect.ACTOR,
            block.key,
            evidence,
            (),
            (stating[0], source),
            detail,
            0.95 if said is not None else 0.7,
            missing_in=source,
        )


def _state_forces_named(scene: Scene, key: str, generic: set[str]) -> set[str]:
    """Voices that name the same state's forces under another word for them ("Israeli forces"
    for "Israeli army")."""

    def make(sc: Scene) -> dict[str, dict[str, frozenset[str]]]:
        # state -> forces' key -> the voices naming it, read once for every block of the scene
        by_state: dict[str, dict[str, frozenset[str]]] = {}
        for block in sc.alignment.blocks:
            words = block.key.split()
            if block.aspect is Aspect.ACTOR and len(words) > 1 and words[-1] in generic:
                by_state.setdefault(" ".join(words[:-1]), {})[block.key] = frozenset(block.sources())
        return by_state

    forces = scene.derived("state_forces_named", make).get(key.rsplit(" ", 1)[0], {})
    return {source for other, sources in forces.items() if other != key for source in sources}


def _forces_named(scene: Scene, state: bool) -> set[str]:
    """Voices that name a state's forces ("Israeli forces"), or, with ``state`` false, armed
    forces without their state ("the troops", "soldiers") or their own ("our forces")."""

    def make(sc: Scene) -> frozenset[str]:
        generic = {normalise_name(w) for w in wordset("actors.generic_forces")}
        heads = wordset("actors.weapon_forces")
        out = set()
        for block in sc.alignment.blocks:
            if block.aspect is not Aspect.ACTOR:
                continue
            for source, mentions in block.by_source:
                if state and block.key not in generic and block.key.split()[-1] in heads:
                    out.add(source)
                own = any(_self_claim(m) and m.fact.value.category == "self" for m in mentions)  # type: ignore[union-attr]
                if not state and (block.key in generic or own):
                    out.add(source)
        return frozenset(out)

    return set(scene.derived(f"forces_named_{state}", make))


def _self_claim(m) -> bool:  # type: ignore[no-untyped-def]
    """The voice names its own part ("said it carried out the attack", "Daesh fighters carried
    out the bombing, the group said"), not troops it mentions in passing ("a clash with troops")."""
    value = m.fact.value
    return isinstance(value, Label) and value.category != "generic" and m.fact.polarity is not Polarity.DENIED


def _is_self(source: Source, actor_key: str) -> bool:
    keys = {normalise_name(n) for n in (source.name, *source.aliases)}
    return actor_key in keys or any(k and (k in actor_key or actor_key in k) for k in keys)


def _explicit(
    explicit: dict[tuple[str, str], Statement], source: str, key: str, named: str
) -> Statement | None:
    for (sid, what), st in sorted(explicit.items()):
        if sid != source:
            continue
        wl = normalise_name(named)
        if what and (what in key or key in what or what in wl or wl.startswith(what)):
            return st
    return None


RULES = AspectRules(Aspect.ACTOR, extract, compare, relate=omissions, settle=settle)
