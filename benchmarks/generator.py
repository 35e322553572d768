"""A seeded generator of synthetic news accounts of invented events, for the benchmark.

Every case is one invented event (a strike, a blast, a raid) told by several voices:
ministries, the army and the police, NGOs, witnesses and news outlets. Each voice keeps a
stance through the case (officials count fewer dead and call them fighters, rights groups
count more and call them civilians, outlets relay both), so the accounts agree, contradict
each other, leave actors out and revise their tolls as real coverage does. Sentences are
attributed in many forms ("X said", "according to X", "X told Reuters that", quotations), tolls
come in every phrasing ("at least 70", "about 300", "hundreds", "between 20 and 30",
"seventy-two"), dates are relative to the case's reference date ("on Tuesday", "on the night
of 4 June") and background paragraphs ("since 2014", "in 2019") are mixed in.

Sentences run as long as real ones (about 21 words where the bundled and real-news texts
average 21): most carry a clause of colour that states no fact ("..., leaving the town shaken
and many roads closed"). ``wide_case`` gives each account its own newsroom, so that the voices
grow with the accounts: outlets relaying a cast of a few dozen voices, or, in the worst case,
every account a voice of its own.

The same seed gives the same text, byte for byte, on every machine.

    from generator import Generator
    record = Generator(7).case(sources=20, statements=25)   # one JSON Lines record
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

OUTLETS = [
    "Reuters",
    "Agence France-Presse",
    "the Associated Press",
    "the Daily Ledger",
    "Radio Ostrel",
    "the Island Herald",
    "Horizon News",
    "the Morning Courier",
    "Channel Nine",
    "the Tribune",
    "Radio Nyota",
    "the Sayle Chronicle",
    "the Evening Post",
    "Radio Veritas",
    "the Northern Observer",
    "Kessa Television",
    "the Weekly Monitor",
    "Dorob Today",
    "the Coastal Gazette",
    "the Harbour Times",
]
OFFICIALS = [
    "the Interior Ministry",
    "the Health Ministry",
    "the Defence Ministry",
    "the Foreign Ministry",
    "the regional governor",
    "the national police",
    "the army",
    "the prime minister's office",
    "the civil protection agency",
    "the district council",
]
NGOS = [
    "Human Rights Watch",
    "Amnesty International",
    "the Coalition for Civil Rights",
    "Doctors Without Borders",
    "the Red Crescent",
    "the UN human rights office",
    "the Observatory for Civilian Protection",
    "the Kessa Lawyers' Association",
    "Save the Children",
    "the International Crisis Group",
]
# Quoted in the accounts, never the author of one.
WITNESSES = [
    "residents",
    "witnesses",
    "a survivor",
    "a nurse at the district hospital",
    "local officials",
    "relatives of the victims",
    "a teacher in the town",
    "fishermen in the port",
]
ACTORS = [
    "soldiers of the 4th Infantry Brigade",
    "Wagner mercenaries",
    "the Rapid Support Forces",
    "gunmen of the Northern Liberation Front",
    "the Homeland Defence Volunteers militia",
    "members of the presidential guard",
    "rebels of the Eastern Front",
    "riot police",
]
PLACES = [
    ("Vessary", "Ardel"),
    ("Moura", "Mopti"),
    ("Bamu", "Kessa"),
    ("Fenwick", "Sayle"),
    ("Dorobi", "Ulan"),
    ("Korvali", "Mereth"),
    ("Port Aster", "Vellan"),
    ("Calder", "Ostrel"),
    ("Nyala Wells", "Tamar"),
    ("Sarin", "Lower Sarin"),
]
CAUSES = {
    "aerial": ["an airstrike", "a drone strike", "an air raid", "warplanes"],
    "rocket": ["a misfired rocket", "a rocket", "a missile"],
    "artillery": ["shelling", "mortar fire", "artillery fire"],
    "bomb": ["a car bomb", "a roadside bomb", "a suicide bomber"],
    "gunfire": ["gunfire", "a shooting"],
}
CIVILIANS = [
    "civilians",
    "villagers",
    "women and children",
    "shoppers",
    "worshippers",
    "farmers",
    "residents",
]
COMBATANTS = ["fighters", "terrorists", "militants", "insurgents", "armed men", "jihadists"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
)
_ONES += "seventeen eighteen nineteen"
ONES = _ONES.split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """English words for 0 <= n < 1000: 'seventy-two', 'two hundred and five'."""
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")


@dataclass(frozen=True)
class Event:
    """What happened, as the truth the voices distort."""

    place: str
    district: str
    day: dt.date
    reference: dt.date
    toll: int
    injured: int
    cause: str  # a class of CAUSES
    rival_cause: str  # the class officials blame instead
    actor: str
    kind: str  # "strike", "raid", "blast"


@dataclass
class Stance:
    """How one voice tells the event: its toll, who it says died, what it blames."""

    toll: float  # share of the true toll it reports
    civilians: bool
    names_actor: bool
    official_cause: bool
    drift: float  # how much its toll grows from one report to the next


# Clauses that lengthen a sentence to a real one's length and state no fact the tool reads: no
# figure, date, place, actor or cause (each opens with an -ing word, as a trailing clause does).
COLOUR = [
    "leaving the town shaken and many roads closed across the district",
    "drawing crowds of anxious relatives to the gates of the main hospital",
    "adding to weeks of tension in the surrounding countryside",
    "sending many families out of their homes and onto the roads",
    "leaving relief convoys struggling to reach the worst hit streets",
    "raising fresh concern among aid groups working in the region",
    "stretching the few clinics that still work in the area to their limits",
    "keeping shops and schools shut for much of the week",
    "prompting local leaders to call for calm in the mosques and churches",
    "deepening the distrust between the town and the authorities",
]
COLOUR_SHARE = 0.8

# Syllables of invented town names, so that a thousand newsrooms get a thousand names.
_ONSETS = ["B", "C", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W"]
_NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
_CODAS = ["ford", "wick", "ton", "ham", "by", "mere", "dale", "stow", "worth", "field"]
PAPERS = ["Herald", "Courier", "Monitor", "Sentinel", "Dispatch", "Observer", "Gazette", "Record"]


def newsroom(i: int) -> str:
    """The ``i``-th invented newsroom: "Kaiwick Courier"; no two of the first 10,000 alike."""
    town = _ONSETS[i % 16] + _NUCLEI[(i // 16) % 8] + _CODAS[(i // 128) % 10]
    return f"{town} {PAPERS[(i // 1280) % 8]}"


class Generator:
    """Synthetic cases from one seed (``random.Random``): the same seed, the same text."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)

    # -----------------------------------------------------------------------
    # Cases

    def case(self, sources: int, statements: int, slug: str | None = None) -> dict[str, Any]:
        """One event told in ``sources`` accounts of about ``statements`` sentences each.

        The authors are drawn from a fixed cast of about forty voices, as in real coverage:
        hundreds of accounts of one event come from the same outlets, ministries and NGOs.
        """
        rng = self.rng
        event = self.event()
        cast = [*OUTLETS, *OFFICIALS, *NGOS]
        stances: dict[str, Stance] = {}
        tolls: dict[str, float] = {}
        docs = []
        for i in range(sources):
            voice = rng.choice(cast) if i >= len(cast) or sources > len(cast) else cast[(i * 7) % len(cast)]
            stance = stances.setdefault(voice, self.stance(voice))
            # A voice's later reports give a higher toll, as counts come in.
            grown = tolls[voice] * (1 + stance.drift) if voice in tolls else event.toll * stance.toll
            tolls[voice] = grown
            text = self.account(event, voice, stance, tolls[voice], statements)
            docs.append({"name": f"{_slug(voice)}-{i + 1}", "source": _display(voice), "text": text})
        record: dict[str, Any] = {
            "title": f"{event.kind.capitalize()} in {event.place}, {MONTHS[event.day.month - 1]} "
            f"{event.day.year}",
            "date": event.reference.isoformat(),
            "documents": docs,
        }
        if slug:
            record["slug"] = slug
        return record

    def wide_case(self, accounts: int, statements: int, own_voices: bool = False) -> dict[str, Any]:
        """One event in ``accounts`` accounts, each from a newsroom of its own. By default each
        newsroom relays what the cast (ministries, NGOs, agencies, witnesses) says, as most
        coverage does: its name is the document's ``outlet``, and the voices stay the cast's.
        With ``own_voices`` each account is a voice of its own (``source``): the worst case,
        where every pair of accounts is a pair of voices."""
        record = self.case(accounts, statements)
        for i, doc in enumerate(record["documents"]):
            name = newsroom(i)
            if own_voices:
                doc["source"] = name
            else:
                del doc["source"]
                doc["outlet"] = name
            doc["name"] = "".join(ch if ch.isalnum() else "-" for ch in name.lower())
        return record

    def small_cases(self, n: int) -> list[dict[str, Any]]:
        """``n`` small cases (three accounts of four sentences), as in a curated dataset."""
        return [self.case(3, 4, slug=f"case-{i + 1:05d}") for i in range(n)]

    def event(self) -> Event:
        rng = self.rng
        place, district = rng.choice(PLACES)
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 1800))
        cause = rng.choice(sorted(CAUSES))
        rival = rng.choice([c for c in sorted(CAUSES) if c != cause])
        toll = rng.choice([rng.randint(3, 40), rng.randint(40, 400), rng.randint(400, 3000)])
        return Event(
            place=place,
            district=district,
            day=day,
            reference=day + dt.timedelta(days=rng.randint(1, 4)),
            toll=toll,
            injured=int(toll * rng.uniform(0.5, 3)) + 1,
            cause=cause,
            rival_cause=rival,
            actor=rng.choice(ACTORS),
            kind=rng.choice(["strike", "raid", "blast", "attack"]),
        )

    def stance(self, voice: str) -> Stance:
        rng = self.rng
        if voice in OFFICIALS:
            return Stance(rng.uniform(0.3, 0.7), rng.random() < 0.2, False, True, rng.uniform(0, 0.1))
        if voice in NGOS:
            return Stance(rng.uniform(1.0, 1.4), True, True, False, rng.uniform(0, 0.2))
        return Stance(
            rng.uniform(0.8, 1.1), rng.random() < 0.8, rng.random() < 0.7, False, rng.uniform(0, 0.3)
        )

    # -----------------------------------------------------------------------
    # Accounts

    def account(self, event: Event, author: str, stance: Stance, toll: float, statements: int) -> str:
        """One document of about ``statements`` sentences in paragraphs, with a headline."""
        rng = self.rng
        sentences = [self.headline(event, author, toll)]
        makers = [
            (self.toll_sentence, 5),
            (self.actor_sentence, 3),
            (self.victims_sentence, 3),
            (self.cause_sentence, 2),
            (self.injured_sentence, 2),
            (self.background_sentence, 2),
            (self.context_sentence, 4),
        ]
        funcs, weights = zip(*makers, strict=True)
        lead = self.toll_sentence(event, author, stance, toll, lead=True)
        sentences.append(lead)
        while len(sentences) < statements:
            make = rng.choices(funcs, weights)[0]
            sentences.append(make(event, author, stance, toll))
        body = [self.lengthen(sentence) for sentence in sentences[1:statements]]
        paragraphs, i = [], 0
        while i < len(body):
            n = rng.randint(1, 4)
            paragraphs.append(" ".join(body[i : i + n]))
            i += n
        # Copy pasted from the web separates paragraphs by one newline as often as by a blank line.
        sep = rng.choice(["\n\n", "\n"])
        return sentences[0] + "\n\n" + sep.join(paragraphs) + "\n"

    def lengthen(self, sentence: str) -> str:
        """Most sentences with a clause of colour before their full stop."""
        rng = self.rng
        if not sentence.endswith(".") or rng.random() >= COLOUR_SHARE:
            return sentence
        return f"{sentence[:-1]}, {rng.choice(COLOUR)}."

    def headline(self, event: Event, author: str, toll: float) -> str:
        n = _round(int(toll))
        return self.rng.choice(
            [
                f"{n} dead in {event.place} {event.kind}",
                f"Death toll in {event.place} rises to {n}",
                f"{event.place}: {event.kind} kills at least {n}",
                f"Questions mount over {event.place} {event.kind}",
            ]
        )

    def speaker(self, author: str) -> str:
        """Who says it: the author, a witness, or an official or NGO the author quotes."""
        rng = self.rng
        r = rng.random()
        own = 0.4 if author in OUTLETS else 0.6
        if r < own:
            return author
        if r < own + 0.25:
            return rng.choice(WITNESSES)
        return rng.choice([v for v in (*OFFICIALS, *NGOS) if v != author])

    def attribute(self, claim: str, voice: str, author: str) -> str:
        """Wrap a claim in one of the ways news copy credits a voice."""
        rng = self.rng
        if voice == author and author in OUTLETS:
            return f"{_cap(claim)}."  # an outlet's own reporting is not credited
        day = rng.choice(["on Monday", "on Tuesday", "on Wednesday", "late on Thursday", "on Friday", ""])
        said = f"said {day}".rstrip()
        Voice = _cap(voice)  # noqa: N806 - the capitalised voice
        told = author if author in OUTLETS else rng.choice(OUTLETS)
        forms = [
            f"{_cap(claim)}, {voice} {said}.",
            f"According to {voice}, {claim}.",
            f"{Voice} {said} that {claim}.",
            f"{Voice} told {told} that {claim}.",
            f"\u201c{_cap(claim)},\u201d {voice} said.",
        ]
        if voice not in WITNESSES:
            forms += [
                f"{_cap(claim)}, a spokesman for {voice} said.",
                f"In a statement, {voice} said {claim}.",
                f"{Voice} claimed that {claim}.",
            ]
        if voice == author:
            forms += [f"{_cap(claim)}."] * 3  # a statement's own voice needs no credit every time
        return rng.choice(forms)

    def count(self, n: int) -> str:
        """A figure in one of the phrasings news copy uses."""
        rng = self.rng
        n = max(1, n)
        r = _round(n)
        forms = [
            f"{n:,}",
            f"at least {n:,}",
            f"about {r:,}",
            f"around {r:,}",
            f"more than {r:,}",
            f"nearly {r:,}",
            f"some {r:,}",
            f"up to {r:,}",
            f"between {_round(max(1, int(n * 0.8))):,} and {_round(int(n * 1.1) + 1):,}",
        ]
        if n < 100:
            forms += [number_words(n), f"at least {number_words(n)}"]
        if 24 <= n < 100:
            forms.append("dozens of")
        if 200 <= n < 1000:
            forms += ["hundreds of", f"{number_words(n // 100 * 100)}"]
        if n >= 1000:
            forms.append("thousands of" if n >= 2000 else f"more than {n // 1000:,} thousand")
        return rng.choice(forms)

    def when(self, event: Event) -> str:
        rng = self.rng
        d = event.day
        weekday = WEEKDAYS[d.weekday()]
        month = MONTHS[d.month - 1]
        return rng.choice(
            [
                f"on {weekday}",
                f"on {d.day} {month}",
                f"on {month} {d.day}",
                f"overnight on {weekday}",
                f"on the night of {d.day} {month}",
                f"early on {weekday}",
                f"on {weekday}, {d.day} {month}",
            ]
        )

    def toll_sentence(
        self, event: Event, author: str, stance: Stance, toll: float, lead: bool = False
    ) -> str:
        rng = self.rng
        voice = author if lead else self.speaker(author)
        n = (
            int(toll * rng.uniform(0.95, 1.05))
            if voice == author
            else int(event.toll * rng.uniform(0.4, 1.4))
        )
        c = self.count(n)
        who = rng.choice(CIVILIANS if stance.civilians else COMBATANTS)
        cause = rng.choice(CAUSES[event.rival_cause if stance.official_cause else event.cause])
        templates = [
            f"{c} people were killed in {event.place} {self.when(event)}",
            f"{c} people died when {cause} hit {event.place} {self.when(event)}",
            f"the death toll from the {event.kind} in {event.place} has risen to {c}",
            f"{c} {who} were killed in the {event.kind} on {event.place}",
            f"{c} people lost their lives in the {event.district} district {self.when(event)}",
        ]
        claim = rng.choice(templates)
        if lead and author in OUTLETS and rng.random() < 0.6:
            d = event.reference
            return f"{event.place.upper()}, {MONTHS[d.month - 1]} {d.day} - {_cap(claim)}, {voice} said."
        return self.attribute(claim, voice, author)

    def injured_sentence(self, event: Event, author: str, stance: Stance, toll: float) -> str:
        rng = self.rng
        c = self.count(int(event.injured * rng.uniform(0.6, 1.3)))
        claim = rng.choice(
            [
                f"{c} people were wounded",
                f"{c} people were injured and taken to hospitals in {event.district}",
                f"{c} people are still missing",
                f"{c} people were arrested after the {event.kind}",
            ]
        )
        return self.attribute(claim, self.speaker(author), author)

    def actor_sentence(self, event: Event, author: str, stance: Stance, toll: float) -> str:
        rng = self.rng
        voice = self.speaker(author)
        actor = event.actor if stance.names_actor or voice != author else rng.choice(ACTORS)
        if voice == author and not stance.names_actor and rng.random() < 0.5:
            claim = f"{actor} had no part in the {event.kind}"
        else:
            claim = rng.choice(
                [
                    f"{actor} carried out the {event.kind} on {event.place}",
                    f"the {event.kind} was carried out by {actor}",
                    f"{actor} opened fire on {rng.choice(CIVILIANS)} in {event.place}",
                    f"{actor} took part in the operation in {event.place}",
                ]
            )
        return self.attribute(claim, voice, author)

    def victims_sentence(self, event: Event, author: str, stance: Stance, toll: float) -> str:
        rng = self.rng
        voice = self.speaker(author)
        civilians = stance.civilians if voice == author else rng.random() < 0.6
        who = rng.choice(CIVILIANS if civilians else COMBATANTS)
        claim = rng.choice(
            [
                f"most of the dead were {who}",
                f"the victims were {who}",
                f"those killed in {event.place} were {who}",
                f"{who} were among the dead",
            ]
        )
        return self.attribute(claim, voice, author)

    def cause_sentence(self, event: Event, author: str, stance: Stance, toll: float) -> str:
        rng = self.rng
        voice = self.speaker(author)
        cls = event.rival_cause if (stance.official_cause and voice == author) else event.cause
        cause = rng.choice(CAUSES[cls])
        claim = rng.choice(
            [
                f"the market in {event.place} was hit by {cause}",
                f"the {event.kind} was caused by {cause}",
                f"{cause} struck the centre of {event.place} {self.when(event)}",
            ]
        )
        return self.attribute(claim, voice, author)

    def background_sentence(self, event: Event, author: str, stance: Stance, toll: float) -> str:
        rng = self.rng
        year = event.day.year - rng.randint(2, 9)
        other, _ = rng.choice([p for p in PLACES if p[0] != event.place])
        return rng.choice(
            [
                f"Since {year}, the {event.district} district has seen repeated clashes between the army "
                "and armed groups.",
                f"In {year}, a similar {event.kind} on {other} killed {rng.randint(10, 90)} people.",
                f"{event.place}, a market town of about {rng.randint(8, 90)},000 people, was last in the "
                f"news in {year}, when floods closed the main road for three weeks.",
                f"The country has been under a state of emergency since {year}.",
                f"Some {rng.randint(2, 9)},000 peacekeepers have been deployed in the region since {year}.",
            ]
        )

    def context_sentence(self, event: Event, author: str, stance: Stance, toll: float) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"Rescue teams were still searching the rubble in {event.place}.",
                f"The hospital in {event.district} appealed for blood donors.",
                "Shops in the town centre remained closed and the streets were almost empty.",
                "Journalists were not allowed to visit the area.",
                "The claims could not be independently verified.",
                f"Funerals were held in {event.place} under heavy security.",
                "The government has promised an investigation.",
                f"Aid convoys were waiting at the entrance to the {event.district} district.",
            ]
        )


def _round(n: int) -> int:
    """A figure as people round it: 7, 40, 300, 1,200."""
    if n < 10:
        return n
    digits = len(str(n)) - 1
    step = 10 ** max(1, digits - 1)
    return max(step, round(n / step) * step)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _display(voice: str) -> str:
    return voice[4:] if voice.startswith("the ") else voice


def _slug(voice: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in _display(voice).lower()).strip("-")
