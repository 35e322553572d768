"""Places: where it happened (a village, a station, an island, a district, "40 km north of Gao").

A place named in an account of the event locates the event, whatever the verb. Where is stated
or hedged, never denied. Two voices that each name a precise spot name the same one or
contradict each other, whatever region they share.
"""

from __future__ import annotations

import re

from claimdiff.align import Block, Mention
from claimdiff.aspects.base import AspectRules, Found, Scene, contra, pair_found
from claimdiff.aspects.labels import by_category, compare_labels, label
from claimdiff.aspects.reading import Reading, calendar_words, derived, rx, table, wordset
from claimdiff.lang import Language
from claimdiff.lexicon import is_demonym, known_actors, known_names, normalise_name
from claimdiff.model import Aspect, Fact, Label, Polarity, RelationKind, Strength

# Place categories: a precise spot, a spot nearby, a wider area, a name alone, a distance.
LOCALITY, NEAR, REGION, NAMED, RELATIVE = "locality", "near", "region", "named", "relative"
_SPOTS = (LOCALITY, NEAR)
_FAR_KM = 20  # a spot this far from a named place is not at it


def _not_place() -> frozenset[str]:
    """Words that open no place name: determiners, month and weekday names."""

    def make(lang: Language) -> frozenset[str]:
        return frozenset(
            (
                *lang.words("speakers.function_words"),
                *lang.words("dates.months"),
                *lang.words("dates.weekdays"),
            )
        )

    return derived("places.not_place", make)


def extract(reading: Reading, found: tuple[Fact, ...]) -> list[Fact]:
    if reading.background:
        return []
    org = rx("places.org_word", 0)
    named = [] if _title_case(reading.text) else [*_after_preposition(reading), *_apposition(reading)]
    facts = [*named, *_direction(reading), *_relative(reading)]
    # "near the Polish border": an adjective of a country names no place.
    return [
        f
        for f in facts
        if not org.search(f.value.name)  # type: ignore[union-attr]
        and not all(is_demonym(w) for w in f.value.name.split())  # type: ignore[union-attr]
        and not _actor(f.value.name)  # type: ignore[union-attr]
        and not _titled(f.value.name)  # type: ignore[union-attr]
    ]


# A heading in title case: most of its longer words capitalised, no full stop.
_TITLE_WORDS, _TITLE_SHARE, _TITLE_MIN_LETTERS = 3, 0.8, 4


def _title_case(text: str) -> bool:
    """ "Victims Difficult to Count in Remote Valley", "Des Victimes Difficiles à Comptabiliser":
    a heading whose capitals say nothing of what is a name."""
    if text.rstrip()[-1:] in '.!?»"”':
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= _TITLE_MIN_LETTERS]
    if len(words) < _TITLE_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


def _titled(name: str) -> bool:
    """ "near President X's village": a person's title opens a person's name, not a place's."""
    return name.split()[0].lower() in wordset("speakers.person_titles")


def _actor(name: str) -> bool:
    """ "from IS", "by the US-led coalition": an armed actor the lexicon knows, not a place."""
    canon = known_names().canonical(name)
    return canon is not None and canon in known_actors()


def _located(reading: Reading, start: int) -> Polarity:
    """Where and when are stated or hedged, never denied: a denial is about what happened."""
    return Polarity.HEDGED if reading.clauses.polarity(start, start) is Polarity.HEDGED else Polarity.AFFIRMED


def _place(reading: Reading, m: re.Match[str], category: str) -> Fact | None:
    name = m.group("name")
    cut = _owner_end(name)
    name = _name_only(name[cut:])
    if not name:
        return None
    span = reading.span(m.start("name") + cut, m.start("name") + cut + len(name))
    return Fact(Aspect.PLACE, "event", Label(name, name, category), _located(reading, m.start()), span)


def _name_only(name: str) -> str:
    """The place's own words, where a headline in title case runs on after them ("Aleppo Bomb
    Blast", "Syria Monitor AFP", "Damascus Saturday", "Aleppo Syria August"): cut at the first
    word that names no place; nothing when the first does ("Barrel Bomb Attack"), or when a word
    makes the whole a name of something else ("Second World War": no part of it is a place)."""
    words = name.split(" ")
    if any(w.lower() in wordset("places.not_a_place_at_all") for w in words):
        return ""
    stops = wordset("places.not_place_words")
    days = calendar_words()
    for i, word in enumerate(words):
        bare = word.lower().rstrip("'’s") if word.endswith(("'s", "’s")) else word.lower()
        if bare in stops or (i > 0 and bare in days):
            words = words[:i]
            break
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]  # "Pakistan’s": the owner of what follows
    return " ".join(words)


def _owner_end(name: str) -> int:
    """Where the place itself starts after the larger place that owns it: "Uttar Pradesh's
    Hathras", "Syrias Idlib" (the apostrophe lost after a country's name) are Hathras, Idlib."""
    owned = re.search(r"['’]s\s+(?=[A-Z])", name)
    if owned:
        return owned.end()
    first, _, rest = name.partition(" ")
    if rest and first.endswith("s") and first[:-1] in table("names.countries"):
        return len(first) + 1
    return 0


def _not_a_name(name: str) -> bool:
    first = name.split()[0].lower()
    return first in _not_place() or first.rstrip("'’s") in _not_place()


# How far before a place its verb of telling, tie or flight may open (with an aside between).
_NOT_PLACE_REACH = 90


def _after_preposition(reading: Reading) -> list[Fact]:
    facts: list[Fact | None] = []
    for m in rx("places.place", 0).finditer(reading.text):
        name, prep = m.group("name"), m.group("prep")
        kind = (m.group("kind") or "").lower()
        if _not_a_name(name) or (prep in wordset("places.weak_prepositions") and not kind):
            continue
        before = max(0, m.start() - _NOT_PLACE_REACH)
        if rx("places.not_place_before").search(reading.text, before, m.start()):
            continue
        # "Karang Island", "Selat Harbour", "Port Mahera": a named spot.
        spot = kind in wordset("places.locality_kinds") or (
            not kind and bool(rx("places.locality_suffix", 0).search(name))
        )
        if prep in wordset("places.near_prepositions") and not kind and not spot:
            category = NEAR
        elif spot:
            category = LOCALITY
        else:
            category = REGION if kind else NAMED
        facts.append(_place(reading, m, category))
    return [f for f in facts if f is not None]


def _apposition(reading: Reading) -> list[Fact]:
    return [
        f
        for m in rx("places.apposition", 0).finditer(reading.text)
        if m.group("name").split()[0].lower() not in _not_place()
        and (f := _place(reading, m, LOCALITY)) is not None
    ]


def _direction(reading: Reading) -> list[Fact]:
    text = reading.text
    facts: list[Fact | None] = []
    for m in rx("places.direction_of", 0).finditer(text):
        name = m.group("name")
        if name.split()[0].lower() in _not_place():
            continue
        far = rx("places.distance_before", 0).search(text[max(0, m.start() - 30) : m.start()])
        if far and float(far.group(1).replace(",", "") or 0) >= _FAR_KM:
            continue  # "400 kilometres northeast of Bamako" places the spot; Bamako is not it
        facts.append(_place(reading, m, LOCALITY if rx("places.locality_suffix", 0).search(name) else NEAR))
    return [f for f in facts if f is not None]


def _relative(reading: Reading) -> list[Fact]:
    facts = []
    for m in rx("places.relative", 0).finditer(reading.text):
        direction = table("places.directions").get(m.group("dir").lower(), m.group("dir"))
        name = f"{m.group('dist')} km {direction} of {m.group('ref')}"
        value = Label(name, m.group(0), RELATIVE)
        facts.append(Fact(Aspect.PLACE, "event", value, Polarity.AFFIRMED, reading.span(*m.span())))
    return facts


# ---------------------------------------------------------------------------
# Comparison


_SPELLING = 80  # rapidfuzz ratio of two names' letters at which they spell one place


def same_place(a: str, b: str) -> bool:
    """One place under two spellings or transliterations ("Khan Shaykhun" and "Khan Sheikhoun",
    "Hasakeh" and "al-Hasakah"), or named more and less fully ("Dalca stadium" and "Dalca
    municipal stadium"); ``a`` and ``b`` are normalised names."""
    if a == b:
        return True
    sa, sb = _letters(a), _letters(b)
    if len(sa) < 4 or len(sb) < 4 or sa[0] != sb[0]:
        return False
    short, long = sorted((sa, sb), key=len)
    if (
        " " not in a + b
        and long.startswith(short)
        and long[len(short) :] in wordset("places.demonym_endings")
    ):
        return True  # "Parisian" and "Paris": the place and what is of it
    from rapidfuzz import fuzz

    return fuzz.ratio(sa, sb) >= _SPELLING or fuzz.token_set_ratio(a, b) == 100


def _letters(name: str) -> str:
    return re.sub(r"[\W\d_]+", "", rx("places.place_particle").sub("", name.lower()))


def _key(m: Mention) -> str:
    value = m.fact.value
    assert isinstance(value, Label)
    return normalise_name(value.name)


def _spot_name(key: str) -> str:
    return rx("places.spot_words", 0).sub("", key).strip()


def _compare_spots(
    block: Block, a: str, b: str, sa: dict[str, Mention], sb: dict[str, Mention], scene: Scene
) -> Found | None:
    """Two voices that each name a precise spot (a village, a station, an island) name the same
    one, or contradict each other, whatever region they share."""
    names = scene.names
    spots_a = {_spot_name(k): m for k, m in sa.items() if by_category(m) in _SPOTS}
    spots_b = {_spot_name(k): m for k, m in sb.items() if by_category(m) in _SPOTS}
    if not spots_a or not spots_b:
        return None
    common = sorted((ka, kb) for ka in spots_a for kb in spots_b if same_place(ka, kb))
    if common:
        x, y = spots_a[common[0][0]], spots_b[common[0][1]]
        return pair_found(
            RelationKind.AGREEMENT, block, x, y, (a, b), f"where: both place it at {label(x)}", 0.85
        )
    inside = scene.derived("places inside", _containment)
    if any(_within(ka, kb, inside) or _within(kb, ka, inside) for ka in spots_a for kb in spots_b):
        return None  # "Karo Island in Lake Velna": the texts put one inside the other
    if any(_part_of(ka, kb) or _part_of(kb, ka) for ka in spots_a for kb in spots_b):
        return None  # "Aleppo's Old City" (or "Aleppos", the apostrophe lost) is in Aleppo
    everywhere_a = {_spot_name(k) for k in sa} | set(spots_a)
    everywhere_b = {_spot_name(k) for k in sb} | set(spots_b)
    if any(same_place(k, e) for k in spots_a for e in everywhere_b) or any(
        same_place(k, e) for k in spots_b for e in everywhere_a
    ):
        return None  # one names the other's spot in passing: no clash to report
    x, y = spots_a[min(spots_a)], spots_b[min(spots_b)]
    detail = f"where: {label(x)} ({names[a]}) vs {label(y)} ({names[b]}): different places"
    return contra(block, a, b, x, y, detail, Strength.HARD)


def _containment(scene: Scene) -> frozenset[tuple[str, str]]:
    """The places the case's texts put inside others ("Karo Island in Lake Velna", "a
    village near Harrow"), as (inner, outer) spot names."""
    pairs = set()
    for st in scene.statements:
        for m in rx("places.contained_in", 0).finditer(st.text):
            inner, outer = (_spot_name(normalise_name(m.group(g))) for g in ("inner", "outer"))
            if inner and outer and inner != outer:
                pairs.add((inner, outer))
    return frozenset(pairs)


def _part_of(inner: str, outer: str) -> bool:
    """``inner`` is a longer name built on ``outer``'s words ("aleppo old city", "aleppos old
    city" for "aleppo"): a part of it."""
    words = inner.split()
    own = set(words) | {w[:-1] for w in words if w.endswith("s")}
    return len(words) > len(outer.split()) and set(outer.split()) <= own


def _within(inner: str, outer: str, pairs: frozenset[tuple[str, str]]) -> bool:
    return any(_names(inner, a) and _names(outer, b) for a, b in pairs)


def _names(name: str, place: str) -> bool:
    """``name`` names ``place``, in full or by its own words ("Victoria" for "lake victoria")."""
    return same_place(name, place) or set(name.split()) <= set(place.split())


def compare(block: Block, a: str, b: str, scene: Scene) -> Found | None:
    return compare_labels(block, a, b, scene, what="where", key=_key, spots=_compare_spots)


RULES = AspectRules(Aspect.PLACE, extract, compare, account=True)
