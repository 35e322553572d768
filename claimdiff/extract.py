"""Extract stage: a statement's text becomes typed facts.

Counts (tolls, arrests, displaced, crowds) are ranges tied to what is counted and who;
victims, causes and actors are labels from the lexicon; times are date intervals; places are
names. Each fact carries its polarity (affirmed, denied, hedged) and its span. A statement
about something other than the event at hand (a years-long deployment, last year's decisions)
is marked as background so that later stages leave it alone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from claimdiff.clause import (
    actor_polarity,
    clause_negated,
    embedded_claims,
    given_by_other,
    hedged,
    negated_just_before,
    omissions,
    polarity,
)
from claimdiff.lexicon import (
    AliasTable,
    actor_heads,
    cause_terms,
    country_names,
    known_actors,
    normalise_name,
    reporting_voices,
    victim_category,
    victim_terms,
)
from claimdiff.model import Aspect, Count, Fact, Label, Period, Polarity
from claimdiff.numbers import Quantity, find_quantities
from claimdiff.timex import TimeExpr, find_times

# What a number counts, by the words around it: the nearest verb wins over a noun of people.
_COUNTED = (
    (
        "killed",
        r"killed|kill|killing|dead|died|die|dying|deaths?|death toll|toll|fatalities|fatality|"
        r"lives|lost their lives|perished|executed|massacred|slain|slaughtered|murdered|martyred|"
        r"neutrali[sz]ed|bodies|corpses|shot dead|gunned down|eliminated|succumbed|drowned",
    ),
    ("injured", r"injured|injuring|wounded|wounding|hurt|injuries|hospitali[sz]ed|treated for"),
    ("missing", r"missing|unaccounted for|disappeared|still trapped|trapped"),
    (
        "arrested",
        r"arrested|arrests|detained|detentions?|taken into custody|apprehended|held in custody|"
        r"taken away|picked up|rounded up",
    ),
    (
        "displaced",
        r"displaced|fled|forced from their homes|homeless|evacuated|evacuees|uprooted|refugees|"
        r"sought shelter",
    ),
    (
        "crowd",
        r"protesters|demonstrators|marched|marchers|rallied|took to the streets|turned out|attended|"
        r"gathered|joined the (?:march|protest|rally)|crowd|participants|took part|participated|"
        r"spectators|attendees|in attendance|packed into|had entered|entered the stadium|"
        r"rally|march|demonstration|protest",
    ),
    ("deployed", r"deployed|stationed|sent|mobili[sz]ed"),
    ("troops", r"troops|soldiers|military forces|personnel|peacekeepers|police officers|officers"),
    ("affected", r"affected"),
    ("rescued", r"rescued|survivors|saved|pulled alive"),
    ("aboard", r"aboard|on board|passengers"),
    ("buildings", r"homes|houses|buildings|dwellings|shelters"),
)
_COUNTED_RE = tuple((name, re.compile(rf"\b(?:{pat})\b", re.IGNORECASE)) for name, pat in _COUNTED)
_CASUALTY_KINDS = {"killed", "injured", "missing"}
# "the number of people displaced by the floods stood at about 120,000"
_NUMBER_OF = re.compile(
    r"\b(?:number|total|tally|count|figure)\s+of\s+(?P<what>(?:\w+\s+){0,2}?\w+)\b[^.;]{0,130}?"
    r"\b(?:stood at|stands at|rose to|risen to|reached|climbed to|is|was|at|to)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_CROWD_NOUN = re.compile(
    r"\b(?:turnout|crowd|attendance|number of (?:protesters|demonstrators|participants|marchers))\b"
    r"[^.;]{0,30}\b(?:at|of|to|was|reached|as)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NOUN_KINDS = {"troops", "crowd", "buildings", "aboard"}
# "the preliminary toll of at least 500": a figure named only to be replaced.
_SUPERSEDED = re.compile(
    r"\b(?:preliminary|previous|earlier|initial|original|old|first)\s+(?:death\s+)?(?:toll|figure|count|"
    r"estimate|tally)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_CASUALTY_NOUN = re.compile(
    r"\b(?:death toll|toll|casualt(?:y|ies) figure|number of (?:dead|deaths|victims)|"
    r"fatalities)\b[^.;,]{0,80}$",
    re.IGNORECASE,
)
# Words that make a statement about the event at hand rather than commentary.
_EVENT = re.compile(
    r"\b(?:kill\w*|dead|died|death\w*|toll|execut\w*|massacr\w*|slain|murder\w*|neutrali[sz]\w*|"
    r"wound\w*|injur\w*|attack\w*|operation|raid\w*|strike|struck|airstrike\w*|bomb\w*|shell\w*|"
    r"explo\w+|blast|fire[ds]?|firing|shot|shooting|gunfire|clash\w*|fight\w*|riot\w*|protest\w*|"
    r"march\w*|rall(?:y|ied|ies)|demonstrat\w*|collaps\w*|accident|capsiz\w*|sank|sink\w*|"
    r"flood\w*|earthquake|crash\w*|stampede|storm\w*|deployed|involved|involvement|took part|"
    r"carried out|targeted|arrest\w*|detain\w*|displac\w*|fled|missing|victims?|casualt\w*|"
    r"outnumber\w*|numerous|present|hit|destroyed|burn\w*|abduct\w*|stormed|opened fire|"
    r"rounded up|incident|sabotage|overload\w*|evacuat\w*|assault\w*|rescued|drowned|"
    r"crowd|gathered|rockets?|missiles?|drones?|launched|responsib\w*|blamed|caused|events?|killings|abuses|"
    r"atrocit\w+|violations|occurred|happened|took place|erupted|broke out|began|crossing|"
    r"detected|intercepted|night of|sinking|sunk|capsize\w*|fire broke|came down|gave way|"
    r"caved in|collapsed|loss|sank|went down|tragedy|disaster|derail\w*|failed|failure|overcrowded)\b",
    re.IGNORECASE,
)
# The event itself, not what followed it (funerals, statements, inquiries).
_CORE_EVENT = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|toll|execut\w*|massacr\w*|slain|neutrali[sz]\w*|wound\w*|injur\w*|"
    r"attack\w*|operation|raid\w*|(?<!general )strike|struck|airstrike\w*|bomb\w*|shell\w*|explo\w+|blast|"
    r"fire[ds]?|firing|shot|shooting|gunfire|clash\w*|riot\w*|collaps\w*|capsiz\w*|sank|sinking|derail\w*|crash\w*|"
    r"flood\w*|earthquake|stampede|crush|ambush\w*|protest\w*|march\w*|rall(?:y|ied)|demonstrat\w*|"
    r"happened|took place|occurred|broke out|erupted|incident|disaster|tragedy|accident|loss|night of|"
    r"came down|gave way|caved in|went down)\b",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"\b(?:said|says|announced|announces|ordered|orders|called|calls|urged|urges|told|"
    r"published|released|issued|reported|reports|stated|added|declared|confirmed|launched|"
    r"opened|demanded|condemned|denounced|wrote|posted|updated|revised)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?P<prep>in|at|near|outside|off|on|across|through|throughout|into|out of)\s+(?:the\s+)?"
    r"(?:(?P<kind>village|town|city|"
    r"locality|district|region|province|county|state|camp|neighbou?rhood|suburb|island|"
    r"port|harbou?r|coast|bay|market|square|capital|area|commune|municipality|border "
    r"town|settlement)\s+of\s+)?(?P<name>(?:[A-Z][\w'’-]+)(?:\s+(?:al-|el-|de\s+)?[A-Z][\w'’-]+){0,3}"
    r"(?:\s+(?:station|camp|market|junction|bridge))?)",
)
_PLACE_APPOSITION = re.compile(
    r"(?P<name>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:a|the)\s+(?:small\s+|remote\s+|"
    r"northern\s+|southern\s+|eastern\s+|western\s+|central\s+|coastal\s+|border\s+)?"
    r"(?P<kind>village|town|city|locality|district|island|port|harbou?r|camp)\b"
    r"(?!\s+(?:commissioner|chief|governor|officer|official|council|administrator|head|spokes\w+|mayor))",
)
_RELATIVE_PLACE = re.compile(
    r"\b(?P<dist>[\d,.]+|about [\d,.]+|some [\d,.]+)\s*(?:kilomet(?:re|er)s?|km|miles?)\s+"
    r"(?P<dir>(?:north|south|east|west)(?:-?(?:east|west))?|from)\s+(?:of\s+)?"
    r"(?:the\s+(?:capital,?\s+)?)?(?P<ref>[A-Z][\w'’-]+)",
)
_LOCALITY_SUFFIX = re.compile(
    r"(?:\s(?:Island|Isle|Harbour|Harbor|Bay|Village|Town|Camp|Market|Square|station|Station)$|^Port\s)"
)
# "three nautical miles north of Karang Island", "40 km south of the capital"
_DIRECTION_OF = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+(?:station|camp|market|junction|bridge))?)",
)
_DISTANCE_BEFORE = re.compile(r"(\d[\d,]*)\s*(?:kilomet(?:re|er)s?|km|miles?)\s*$")
_NOT_PLACE = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "the",
    "a",
    "an",
    "this",
    "that",
    "their",
    "its",
    "his",
    "her",
}
_BACKGROUND_CUE = re.compile(
    r"\b(?:since (?:\d{4}|the (?:start|beginning) of)|for (?:several |many )?years|"
    r"in recent years|last year|years ago|in the past|historically|previously|decades?)\b",
    re.IGNORECASE,
)
_SUBSET = re.compile(
    r"(?:including|among them|among whom|of whom|of them|among the dead(?: were)?|among those killed"
    r"(?: were)?)\s*$",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|war|conflict|fighting|uprising|crisis)|(?:early|late|mid-)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}))\b|"
    r"\bso far this year\b|\bthis year\b|\bin total since\b",
    re.IGNORECASE,
)
_SUBSET_IN = re.compile(r"\b(?:including|among them|among whom|of whom|among the dead|among those)\b", re.I)
_SUBSET_AFTER = re.compile(r"^\s+of\s+(?:the|those|them|these)\b", re.IGNORECASE)
_ZERO = re.compile(
    r"\b(?:no one|nobody|(?:denied|denies|deny|denying)\s+(?:that\s+)?any(?:one|body)?|"
    r"(?:denied|denies|deny|denying)\s+(?:that\s+)?any(?P<who2>\s+(?:\w+\s+)?(?:civilians?|people|persons?))|"
    r"no(?P<who>\s+(?:\w+\s+)?(?:civilians?|people|persons?|lives|"
    r"casualties|deaths?|fatalities|injuries|soldiers|inmates|prisoners|passengers|migrants|"
    r"protesters|children|women)))\b(?P<rest>(?:(?!\bof\b)[^.;]){0,30}?)\b(?P<verb>killed|died|dead|"
    r"harmed|hurt|injured|wounded|lost|were (?:reported|recorded)|was (?:reported|recorded)|"
    r"perished)\b",
    re.IGNORECASE,
)
_LONG_PERIOD = dt.timedelta(days=62)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one statement yields: its facts, whether it is background, omission evidence."""

    facts: tuple[Fact, ...]
    background: bool
    omits: tuple[tuple[str, str], ...]  # (voice as written, what it leaves out)


@dataclass(frozen=True, slots=True)
class Context:
    """What extraction needs to know beyond the sentence."""

    reference_date: dt.date | None
    aliases: AliasTable
    window: tuple[dt.date, dt.date] | None  # the event's dates, when known
    dated: bool = False  # the document carries its own date (a dateline)


def event_window(
    texts: list[tuple[str, dt.date | None, bool]], reference: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The event's dates: short periods named in sentences that speak of the event.

    ``texts`` holds (sentence, the date its document was written or None, whether it is dated).
    """
    days: list[tuple[dt.date, dt.date]] = []
    for text, written, dated in texts:
        if not _EVENT.search(text):
            continue
        for t in _event_times(text, written or reference, dated):
            days.append((t.low, t.high))
    if days:
        lows = sorted(d[0] for d in days)
        highs = sorted(d[1] for d in days)
        # The median keeps one stray date (a follow-up, a dateline) from stretching the window.
        return lows[len(lows) // 2] - dt.timedelta(days=14), highs[len(highs) // 2] + dt.timedelta(days=14)
    if reference is not None:
        return reference - dt.timedelta(days=45), reference
    return None


# Days named relative to the writing ("overnight", "this morning") mean nothing without a dateline.
_SCHEDULED = re.compile(
    r"\b(?:called|scheduled|planned|set|postponed|adjourned|due|will\s+\w+)\b[^.;]{0,40}\b(?:for|until|on)\s+$",
    re.IGNORECASE,
)
_DEICTIC = re.compile(
    r"\b(?:today|yesterday|tonight|overnight|last night|this (?:morning|afternoon|evening))\b", re.IGNORECASE
)


def _event_times(text: str, reference: dt.date | None, dated: bool = False) -> list[TimeExpr]:
    """Times that date the event: short, and not the date a statement was made."""
    out = []
    for t in find_times(text, reference):
        if t.high - t.low > _LONG_PERIOD:
            continue
        if not dated and _DEICTIC.search(t.text):
            continue
        if _SCHEDULED.search(text[max(0, t.start - 60) : t.start]):
            continue  # "a strike called for Thursday": a date ahead, not the event's
        if re.match(r"^[A-Z][A-Z .'’-]{2,40},\s*$", text[: t.start]):
            continue  # "DOROBI, Oct 18 (Horizon) -": the dateline dates the report
        before = text[max(0, t.start - 25) : t.start]
        after = text[t.end : t.end + 25]
        # "said on Tuesday", "on April 1 announced": the date of the saying, not of the event.
        if _REPORTING.search(before.split(",")[-1][-14:]) or re.match(
            r"^\s*,?\s*(?:\w+\s+)?" + _REPORTING.pattern, after, re.IGNORECASE
        ):
            continue
        out.append(t)
    return out


def extract(
    text: str,
    offset: int,
    ctx: Context,
    skip: tuple[int, int] | None = None,
    reference: dt.date | None = None,
) -> Extraction:
    """Facts of one statement; ``offset`` maps sentence offsets to document offsets.

    ``reference`` is the date the document was written, when it says so; relative dates
    ("on Tuesday") resolve against it, else against the case's reference date.
    """
    if reference is not None:
        ctx = Context(reference, ctx.aliases, ctx.window, dated=True)
    event = bool(_EVENT.search(text))
    times = find_times(text, ctx.reference_date)
    background = _is_background(text, times, ctx)
    # Clauses about another time ("until last year it needed two drivers") and claims the
    # sentence credits to someone else ("the UN agency, which says ...") are left out.
    dropped = [] if background else [*_background_clauses(text, times, ctx), *embedded_claims(text, skip)]
    facts: list[Fact] = []
    omits = omissions(text)
    omitted_spans = [span for _, _, span in omits]
    quantities = [q for q in find_quantities(text) if q.unit is None and not _inside(q.start, skip)]
    facts.extend(_counts(text, quantities, offset, skip))
    facts.extend(_zero_counts(text, offset))
    if event:
        facts.extend(_victims(text, offset, facts, skip))
        known_causes = _causes(text, offset)
        facts.extend(known_causes)
        facts.extend(_generic_causes(text, offset, known_causes))
        victim_spans = [(f.span[0] - offset, f.span[1] - offset) for f in facts if f.aspect is Aspect.VICTIMS]
        facts.extend(_actors(text, offset, ctx, skip, omitted_spans + victim_spans))
        facts.extend(_self_actor(text, offset))
        if not background and _CORE_EVENT.search(text):
            # Only the event's own sentences date it: "mourners gathered on Thursday" does not.
            facts.extend(_times(text, offset, ctx))
    else:
        facts.extend(_hired_hands(text, offset, ctx, skip, omitted_spans))
    if not background:
        # A place named in an account of the event locates the event, whatever the verb.
        facts.extend(_places(text, offset))
    if dropped:
        facts = [f for f in facts if not any(a <= f.span[0] - offset < b for a, b in dropped)]
    facts = _dedupe(facts)
    return Extraction(
        facts=tuple(facts),
        background=background,
        omits=tuple((who, what) for who, what, _ in omits),
    )


def _inside(pos: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= pos < span[1]


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in sorted(facts, key=lambda f: (f.span, f.aspect.value, f.key)):
        k = (f.aspect, f.key, f.value.label(), f.polarity)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out




# ---------------------------------------------------------------------------
# Counts


# "the hospital received 11 bodies", "was treating 28": one facility's share of the toll.
_FACILITY = re.compile(
    r"\b(?:received|receiving|admitted|admitting|took in|treating|treated|brought to|taken to)\s+"
    r"(?:(?:the\s+)?bodies\s+of\s+)?(?:(?:at\s+least|about|some|around)\s+)?$",
    re.IGNORECASE,
)
_FACILITY_AFTER = re.compile(
    r"^\s+(?:of\s+the\s+)?(?:bodies|dead|injured|wounded|people|victims|patients)?\s*(?:had|have|has)?\s*"
    r"(?:been\s+|were\s+|was\s+)?(?:brought|taken|admitted|delivered)\s+(?:in\s+)?(?:to|at)\s+"
    r"(?:its|their|the\s+(?:hospital|morgue|mortuary|clinic)\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>killing|killed|kills|left|leaving|claimed|claiming|wounding|wounded|injuring|"
    r"injured|arresting|arrested|detaining|detained|displacing|displaced|evacuating|evacuated|"
    r"executing|executed|rescuing|rescued|carrying|carried|shot dead|shooting dead|gunned down)\s+"
    r"(?:(?:at\s+least|more\s+than|about|around|some|"
    r"nearly|almost|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_VERB_KIND = {
    "killing": "killed",
    "killed": "killed",
    "kills": "killed",
    "executing": "killed",
    "executed": "killed",
    "claimed": "killed",
    "claiming": "killed",
    "wounding": "injured",
    "wounded": "injured",
    "injuring": "injured",
    "injured": "injured",
    "arresting": "arrested",
    "arrested": "arrested",
    "detaining": "arrested",
    "detained": "arrested",
    "displacing": "displaced",
    "displaced": "displaced",
    "evacuating": "displaced",
    "evacuated": "displaced",
    "rescuing": "rescued",
    "carrying": "aboard",
    "carried": "aboard",
    "shot dead": "killed",
    "shooting dead": "killed",
    "gunned down": "killed",
    "rescued": "rescued",
}


def _governing_noun(text: str, q: Quantity, before: str) -> str | None:
    if _CASUALTY_NOUN.search(before):
        return "killed"
    if _CROWD_NOUN.search(before):
        return "crowd"
    m = _NUMBER_OF.search(text[max(0, q.start - 180) : q.start])
    if m:
        # The counted word sits between "number of" and the verb: "people displaced by the floods".
        found = [(f.start(), name) for name, rx in _COUNTED_RE if (f := rx.search(m.group(0)))]
        if found:
            return min(found)[1]
    return None


def _counted(text: str, q: Quantity, nxt: int) -> tuple[str, bool] | None:
    """What a number counts: a verb right before it ("killing four"), else the nearest word
    after it ("203 fighters were killed"), else a toll noun before it ("the toll rose to 86")."""
    before = text[max(0, q.start - 40) : q.start]
    m = _VERB_BEFORE.search(before)
    if m and m.group("verb").lower() not in ("left", "leaving"):
        return _VERB_KIND[m.group("verb").lower()], False
    # "the number of people who died ... has risen to 27", "the toll stood at 86": the noun
    # that governs the number says what it counts, whatever follows.
    before = re.split(r"[;]|\band\b\s+(?=\d)", text[max(0, q.start - 100) : q.start])[-1]
    governed = re.search(r"\b(?:to|at|of|reached|was|is|stood at|stands at)\s+(?:\w+\s+)?$", before)
    if governed:
        found_before = _governing_noun(text, q, before)
        if found_before is not None:
            return found_before, False
    after = text[q.end : min(nxt, q.end + 70)]
    aside = re.match(
        r"^\s*(?:people|persons)?\s*,\s*(?:including|among them|among whom|of whom)\b[^,]*,", text[q.end :]
    )
    if aside:
        # "At least 25 people, including four women and five children, were killed": skip the aside.
        after = text[q.end : q.end + aside.end() + 60]
    after = re.split(r"[;]|\b(?:and|while|but)\s+(?=(?:at least |about |some )?\d)", after)[0]
    best = None
    for name, rx in _COUNTED_RE:
        found = rx.search(after)
        # A noun of people ("soldiers", "protesters") yields to a verb later on ("were wounded").
        rank = (name in _NOUN_KINDS, found.start()) if found else None
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, name)
    if best is not None:
        return ("deployed" if best[1] == "troops" else best[1]), True
    found_before = _governing_noun(text, q, before)
    if found_before is not None:
        return found_before, False
    for name, rx in _COUNTED_RE:
        if name in ("deployed", "troops", "crowd", "buildings"):
            continue  # "troops killed 12" counts the victims, not the troops
        if rx.search(before[-40:]):
            return name, False
    return None


_PEOPLE_NOUNS = frozenset(
    "people persons individuals men women children boys girls adults minors babies infants bodies "
    "victims lives families households migrants refugees protesters demonstrators marchers officers "
    "soldiers troops police policemen miners workers passengers crew inmates prisoners detainees "
    "fighters militants rebels civilians residents villagers survivors students pupils patients "
    "journalists staff employees peacekeepers personnel others more dead injured wounded missing "
    "homes houses buildings dwellings shelters participants volunteers members worshippers "
    "worshipers shoppers farmers herders fishermen guards gendarmes servicemen jihadists insurgents "
    "terrorists gunmen attackers assailants combatants extremists bandits militiamen mercenaries "
    "displaced evacuees casualties fatalities deaths arrests detentions spectators fans supporters "
    "attendees".split()
)
_GLUE = frozenset(
    "of were was are is have had has died killed perished remain remained still and or in at on by "
    "per as from among to who with".split()
)


def _counts_things(text: str, q: Quantity) -> bool:
    """The number counts objects ("eleven districts"), not people or homes."""
    words = re.findall(r"[A-Za-z’'-]+|[,.;:()]", text[q.end : q.end + 50])
    if not words or not words[0][0].isalpha():
        return False
    first = words[0].lower()
    if first == "of" and len(words) >= 3 and words[1].lower() in ("its", "their", "his", "her", "our"):
        return words[2].lower() not in _PEOPLE_NOUNS  # "two of its carriages"
    if first in _PEOPLE_NOUNS or first in _GLUE or any(rx.fullmatch(first) for _, rx in _COUNTED_RE):
        return False
    # One or two modifiers may come first: "203 terrorist fighters", "two young men".
    for word in words[1:3]:
        w = word.lower()
        if w in _PEOPLE_NOUNS:
            return False
        if not word[0].isalpha():
            break
    return first.isalpha() and not first.endswith("ed")


def _who(text: str, q: Quantity) -> tuple[str | None, str | None]:
    """The group a number counts ("203 terrorist fighters", "hundreds of civilians")."""
    after = text[q.end : q.end + 60].lower()
    after = re.sub(r"^\s*(?:of\s+(?:the\s+)?|more\s+|other\s+)?", "", after)
    # The term may follow up to two modifiers ("203 terrorist fighters"); the longest wins.
    starts = [0] + [m.end() for m in re.finditer(r"[a-z-]+\s+", after)][:2]
    found = [m.group(0) for pos in starts if (m := _victim_re().match(after, pos))]
    if not found:
        return None, None
    term = max(found, key=len)
    return term, victim_category(term)


# "guards opened fire", "soldiers shot": the group acts, it is not the victim.
_AGENT_AFTER = re.compile(
    r"^\s+(?:had\s+|have\s+|allegedly\s+|reportedly\s+|then\s+|also\s+)?(?:opened|shot|fired|"
    r"killed|attacked|raided|stormed|executed|massacred|shelled|bombed|beat|used|targeted|"
    r"carried|launched|rounded|abducted|burned|looted|fought|clashed|deployed|were deployed|"
    r"took part|outnumbered|on the riverbank)\b",
    re.IGNORECASE,
)


def _counts(
    text: str, quantities: list[Quantity], offset: int, skip: tuple[int, int] | None = None
) -> list[Fact]:
    facts = []
    totals: dict[str, Quantity] = {}
    for i, q in enumerate(quantities):
        nxt = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
        if q.high <= 0 or _counts_things(text, q):
            continue
        if text[q.start - 1 : q.start] == "(" and text[q.end : q.end + 1] == ")":
            continue  # "(1)", "alert(1)": a label or code, not a figure
        if _CUMULATIVE.search(_clause_around(text, q.start, q.end)):
            continue  # "11,000 killed since the fighting began": a running total, not this event's toll
            continue  # "eleven districts", "42 relief camps", "60 boats": not people
        found = _counted(text, q, nxt)
        if found is None:
            continue
        counted, _ = found
        term, category = _who(text, q)
        if counted == "deployed" and category == "combatant":
            counted = "combatants"
        if _SUPERSEDED.search(text[max(0, q.start - 50) : q.start]):
            continue
        if given_by_other(text, q.start, skip):
            continue  # "organisers put the turnout at 100,000": another voice's figure, not this one's
        if re.search(r"\b\d*\w+\s+of\s+the\s+$", text[max(0, q.start - 20) : q.start]):
            continue  # "seven of the nine bodies": the nine is the base of a share, not a new toll
        if re.match(r"^\s+(?:more|additional|further|extra)\b", text[q.end :], re.IGNORECASE):
            continue  # "seven more bodies" is an increment, not a toll
        # Inside "including four women and five children" every number is part of a larger toll.
        phrase = re.split(r"[,;:(]", text[max(0, q.start - 60) : q.start])[-1]
        subset = bool(_SUBSET_IN.search(phrase)) or bool(_SUBSET.search(text[max(0, q.start - 30) : q.start]))
        subset = subset or bool(_SUBSET_AFTER.match(text[q.end :]))
        # "Four people were killed, three drivers and an assistant": a breakdown of the toll.
        earlier = totals.get(counted)
        if (
            earlier is not None
            and q.high <= earlier.low
            and re.search(r"[,:]\s*$", text[earlier.end : q.start])
        ):
            subset = True
        if not subset:
            totals.setdefault(counted, q)
        key = counted
        if _FACILITY.search(text[max(0, q.start - 40) : q.start]) or _FACILITY_AFTER.match(text[q.end :]):
            subset, term = True, "at one facility"
        if subset:
            key = f"{counted}:{term or 'subset'}"
        elif category == "security" and counted in _CASUALTY_KINDS:
            key = f"{counted}:security"
        aspect = Aspect.CASUALTIES if counted in _CASUALTY_KINDS else Aspect.QUANTITY
        value = Count(
            low=q.low,
            high=q.high,
            text=q.text,
            nominal=q.nominal,
            form=q.kind,
            counted=counted,
            who=term,
        )
        span = (offset + q.start, offset + q.end)
        facts.append(Fact(aspect, key, value, polarity(text, q.start, q.end), span))
        if category and counted in _CASUALTY_KINDS and not subset:
            where = text.lower().find(term or "", q.end)
            where = where if where >= 0 else q.end
            facts.append(_victim_fact(text, term or "", category, where, where + len(term or ""), offset))
    return facts


def _zero_counts(text: str, offset: int) -> list[Fact]:
    """ "No civilians were killed", "nobody died": a denied toll, stated as zero."""
    facts = []
    for m in _ZERO.finditer(text):
        verb = m.group("verb").lower()
        # "Harmed" covers both the dead and the hurt.
        kinds = ("killed", "injured") if verb == "harmed" else ("injured",) if verb in _HURT else ("killed",)
        who = (m.group("who") or m.group("who2") or "").strip().lower() or None
        if who and who.split()[-1] in ("injuries",):
            kinds = ("injured",)
        hit = _victim_re().search(who) if who else None
        category = victim_category(hit.group(0)) if hit else None
        span = (offset + m.start(), offset + m.end("verb"))
        for counted in kinds:
            key = f"{counted}:security" if category == "security" else counted
            value = Count(0, 0, text[m.start() : m.end("verb")], 0, "none", counted, who)
            facts.append(Fact(Aspect.CASUALTIES, key, value, Polarity.DENIED, span))
        if category:
            facts.append(
                Fact(Aspect.VICTIMS, "victims", Label(category, who or "", category), Polarity.DENIED, span)
            )
    return facts


_HURT = {"hurt", "injured", "wounded"}


# ---------------------------------------------------------------------------
# Victims, causes, actors, places, times


_KILL_WORDS = re.compile(
    r"\b(?:killed|killing|kills|dead|died|deaths?|executed|executions?|massacred|massacre|slain|"
    r"murdered|neutrali[sz]ed|shot|gunned down|lost their lives|perished|victims?|casualties|"
    r"harmed|bodies|slaughtered|eliminated|wounded|injured|loss of (?:\w+ )?lives?|"
    r"caught in the crossfire)\b",
    re.IGNORECASE,
)


def _victim_fact(text: str, term: str, category: str, start: int, end: int, offset: int) -> Fact:
    # Who the victims were is denied only in so many words ("no civilians were harmed", see
    # _zero_counts); "X denies that its troops shot migrants" denies the shooting, not the migrants.
    pol = polarity(text, start, end)
    if pol is Polarity.DENIED and not negated_just_before(text, start):
        pol = Polarity.HEDGED if hedged(text) else Polarity.AFFIRMED
    words = text[start:end] or term  # the words as written, whatever their case
    return Fact(
        Aspect.VICTIMS, "victims", Label(category, words, category), pol, (offset + start, offset + end)
    )


@cache
def _victim_re() -> re.Pattern[str]:
    terms = "|".join(re.escape(t) for t, _ in victim_terms())
    return re.compile(rf"\b(?:{terms})\b", re.IGNORECASE)


def _victims(text: str, offset: int, counted: list[Fact], skip: tuple[int, int] | None) -> list[Fact]:
    """Victim categories stated without a number: "civilians were killed", "executed men"."""
    taken = [f.span for f in counted if f.aspect is Aspect.VICTIMS]
    if skip is not None:
        taken.append((offset + skip[0], offset + skip[1]))
    facts = []
    categories = dict(victim_terms())
    for m in _victim_re().finditer(text):
        span = (offset + m.start(), offset + m.end())
        if any(a <= span[0] < b for a, b in taken):
            continue
        if _AGENT_AFTER.match(text[m.end() :]) or _is_agent(text, m.end()):
            continue
        if re.search(r"\bby\s+(?:the\s+)?$", text[max(0, m.start() - 8) : m.start()], re.I):
            continue  # "spread by the militants": they act
        # The category must be what the killing words apply to, in the same clause.
        clause = _clause_around(text, m.start(), m.end())
        if not _KILL_WORDS.search(clause):
            continue
        if re.search(
            r"\b(?:against|on|protect\w*|toward|towards)\s+(?:the\s+)?$",
            text[max(0, m.start() - 20) : m.start()],
            re.I,
        ):
            continue  # "violence against civilians" is commentary, not who died
        term = m.group(0).lower()
        facts.append(_victim_fact(text, term, categories[term], m.start(), m.end(), offset))
    men = re.finditer(r"\b(?:the\s+)?(?:men|boys)\b(?:\s+of\s+the\s+\w+)?", text, re.IGNORECASE)
    for m in men:
        if _KILL_WORDS.search(_clause_around(text, m.start(), m.end())):
            facts.append(
                Fact(
                    Aspect.VICTIMS,
                    "victims",
                    Label("men", m.group(0), None),
                    polarity(text, m.start(), m.end()),
                    (offset + m.start(), offset + m.end()),
                )
            )
    return facts


_ACTIVE_VIOLENCE = re.compile(
    r"\b(?P<aux>(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?)?(?:executed|killed|shot|opened fire|"
    r"attacked|massacred|fired|stormed|raided|abducted|murdered|beat|tortured)\b",
    re.IGNORECASE,
)


def _is_agent(text: str, end: int) -> bool:
    """The group is the subject of an active violent verb: "soldiers ... executed 38 civilians"."""
    rest = text[end : end + 90]
    m = _ACTIVE_VIOLENCE.search(rest)
    if not m or m.group("aux") or re.search(r"[;,:]|\bwho\b|\bwhich\b|\bthat\b", rest[: m.start()]):
        return False
    return not _victim_re().search(rest[: m.start()]) or " and " in rest[: m.start()]


def _clause_around(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in re.finditer(r"[;:]|,\s+(?:but|while|and)\s", text[:start])), default=0)
    right_m = re.search(r"[;:]|,\s+(?:but|while)\s", text[end:])
    right = end + right_m.start() if right_m else len(text)
    return text[left:right]


@cache
def _cause_re() -> re.Pattern[str]:
    terms = "|".join(re.escape(t) for t, _, _ in cause_terms())
    return re.compile(rf"\b(?:{terms})\b", re.IGNORECASE)


# "caused by X", "blamed X", "X caused the accident", "X was not a factor": a cause the lexicon
# may not know. It contradicts only its own denial.
_STOP = (
    r"(?:in|on|at|of|for|to|from|with|and|but|which|that|who|whom|whose|when|while|as|rather|not|than|what|"
    r"had|has|have|been|was|were|is|are|be|it|they)"
)
_WORD = rf"(?!{_STOP}\b)[a-z][a-z-]+"
_CAUSE_NP = rf"\b(?:(?:an?|the|its|their|his|her)\s+)?(?P<x>(?:{_WORD}\s+){{0,2}}{_WORD})"
_CAUSE_AFTER = re.compile(
    r"\b(?:caused by|blamed (?:it |the \w+ )?on|blaming (?:it )?on|attributed (?:it )?to|due to|because of|"
    r"the result of|(?:the )?(?:most likely |probable |likely |main )?cause (?:was|is)|"
    r"blames?|blaming|blamed)\s+" + _CAUSE_NP,
    re.IGNORECASE,
)
_CAUSE_BEFORE = re.compile(
    _CAUSE_NP + r"\s+(?:was\s+|were\s+)?(?:caused|triggered|led to|sank|started|"
    r"brought down|set off)\s+(?:the|this|that|a)\b",
    re.IGNORECASE,
)
_CAUSE_NOT = re.compile(
    _CAUSE_NP + r"\s+(?:was|were)\s+(?:therefore\s+|also\s+)?not\s+(?:a|the)\s+(?:factor|cause)|"
    r",\s+not\s+(?:an?\s+|the\s+)?(?P<y>(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)",
    re.IGNORECASE,
)


def _generic_causes(text: str, offset: int, known: list[Fact]) -> list[Fact]:
    taken = [(f.span[0] - offset, f.span[1] - offset) for f in known]
    heads = set(actor_heads()) | {t for t, _ in victim_terms()}
    facts = []
    for rx, denied in ((_CAUSE_AFTER, False), (_CAUSE_BEFORE, False), (_CAUSE_NOT, True)):
        for m in rx.finditer(text):
            group = "x" if m.group("x") else "y"
            if rx is _CAUSE_NOT and not m.group(group):
                continue
            if (
                rx is _CAUSE_NOT
                and group == "y"
                and not re.search(r"\bcaus|\bblam|\bsank|\bstarted", text[: m.start()])
            ):
                continue  # ", not X" names a rival cause only after a cause was given
            words = m.group(group).lower()
            start, end = m.start(group), m.end(group)
            if re.match(r"['’]s\b", text[end:]) or _TIME_WORD.search(words):
                continue  # "blame Friday evening's derailment": a date, not a cause
            if any(a <= start < b or start <= a < end for a, b in taken):
                continue  # the lexicon already read these words
            if words.split()[-1] in heads or words.split()[-1] in _PEOPLE_NOUNS or words in _NOT_A_CAUSE:
                continue  # "blamed police" names who, not how
            head = words.split()[-1]
            category = f"generic:{head[:-1] if head.endswith('s') and len(head) > 4 else head}"
            pol = Polarity.DENIED if denied else polarity(text, start, end)
            facts.append(
                Fact(
                    Aspect.CAUSE,
                    "cause",
                    Label(words, text[start:end], category),
                    pol,
                    (offset + start, offset + end),
                )
            )
    return facts


_TIME_WORD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|week|month|year|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
_NOT_A_CAUSE = {"it", "this", "that", "them", "him", "her", "the accident", "accident", "disaster", "tragedy"}


def _causes(text: str, offset: int) -> list[Fact]:
    index = {t: (fam, cls) for t, fam, cls in cause_terms()}
    facts = []
    for m in _cause_re().finditer(text):
        term = m.group(0).lower()
        family, cls = index[term]
        if (
            m.group(0)[0].isupper()
            and m.start() > 0
            and text[m.start() - 2 : m.start()].strip() not in ("", '"', "“")
        ):
            continue  # "the Rail Accident Investigation Board": part of a name
        if cls == "any":
            continue  # "an attack", "a blast" fit every cause: nothing to compare
        if term in ("accident", "accidental") and not re.search(
            r"\b(?:was|is|were|being|not|an)\s+(?:an?\s+)?$|\b(?:ruled out|rather than)\s+(?:an?\s+)?$",
            text[max(0, m.start() - 20) : m.start()],
            re.IGNORECASE,
        ):
            continue  # "this accident", "the accident site": the event's name, not its cause
        if term in ("shot", "shots") and re.match(r"\s+(?:down|at goal)", text[m.end() :]):
            continue
        del family  # every cause meets every other: an airstrike and an accident are rival causes
        facts.append(
            Fact(
                Aspect.CAUSE,
                "cause",
                Label(term, m.group(0), cls),
                polarity(text, m.start(), m.end()),
                (offset + m.start(), offset + m.end()),
            )
        )
    return facts


_MODIFIERS = (
    r"armed|military|security|border|prison|rival|allied|government|pro-government|paramilitary|"
    r"riot|federal|national|regular|special|rebel|foreign|state|local|militia|elite|"
    r"presidential|republican|revolutionary|jihadist|islamist|separatist|unidentified|masked|"
    r"private|auxiliary|coast|naval|air|police|army"
)


@cache
def _actor_re() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in actor_heads())
    name = r"[A-Z][\w'’.&-]*"
    proper = rf"{name}(?:\s+(?:of\s+the\s+|of\s+|for\s+)?{name}){{0,5}}"
    # "Malian armed forces", "the Kremlin-backed Wagner Group", "Russian mercenaries of the Wagner Group"
    return re.compile(
        rf"(?P<np>(?:{proper}\s+)?(?:(?:[A-Za-z]+-[a-z]+|{_MODIFIERS})\s+){{0,2}}(?:{heads})\b"
        rf"(?:\s+(?:of|from)\s+(?:the\s+)?(?:Russian\s+)?{proper})?"
        rf"|(?:{proper}\s+)(?:{heads})\b|{proper})",
    )


_PARTICIPATION = re.compile(
    r"\b(?:kill\w*|execut\w*|massacr\w*|carried out|conduct\w*|took part|taking part|involved|"
    r"involvement|deployed|deploy\w*|attack\w*|raid\w*|struck|strike|bomb\w*|shell\w*|fired|"
    r"opened fire|shot|shooting|targeted|target\w*|stormed|abduct\w*|burn\w*|responsib\w*|"
    r"blamed|blame|assisted|aided|backed|supported|alongside|together with|with|working with|"
    r"outnumber\w*|numerous|present|operation|clash\w*|fought|fighting|neutrali[sz]\w*|"
    r"rounded up|arrested|detained|beat|beaten|used|launched|caused|accused|locked|padlocked|blocked|"
    r"closed|stopped|pushed|set|started|stewards?|hired|contracted|laid|relaid|fire|crossfire|"
    r"ambush\w*|engagement|battle|exchange of fire|"
    r"(?:carried out|committed|fired|launched|operated|killed|shot|hit|struck|attacked|bombed) by)\b",
    re.IGNORECASE,
)
_NOT_ACTOR_AFTER = re.compile(
    r"^\s+(?:operations?|base|bases|spokes\w+|sources?|officials?|court|vehicles?|convoy|academy|"
    r"station|chief|commanders?|leadership|junta|offensive|campaign|personnel|hospital|"
    r"authorities|intelligence|analysts?|experts?|prosecutors?|investigators?)\b",
    re.IGNORECASE,
)
# "calls on X and Y to investigate": X and Y are asked to act, they did not take part.
_ADDRESSEES = re.compile(
    r"\b(?:calls?|called|urg\w+|ask\w*|demand\w*|appeal\w*|invit\w+)\s+(?:on\s+|upon\s+)?"
    r"(?P<who>.{0,160}?)\s+to\s+(?:\w+\s+)?(?:investigate|cooperate|open|launch|conduct|ensure|hold|"
    r"bring|allow|grant|respect|refrain|establish|stop|end|protect|shed|look|carry|provide|"
    r"release|exercise|show|take)\b",
    re.IGNORECASE,
)
# Words that only adjectivally name an institution when alone: "a military operation".
_BARE_ADJECTIVES = {"military", "police", "army", "government", "security", "militia", "navy", "coalition"}


def _actors(
    text: str,
    offset: int,
    ctx: Context,
    skip: tuple[int, int] | None,
    omitted: list[tuple[int, int]],
) -> list[Fact]:
    facts = []
    heads = set(actor_heads())
    addressed = [(m.start("who"), m.end("who")) for m in _ADDRESSEES.finditer(text)]
    facts.extend(_hired_hands(text, offset, ctx, skip, omitted, addressed))
    facts.extend(_states_acting(text, offset, skip, omitted, addressed))
    for m in _actor_re().finditer(text):
        raw = m.group("np").strip()
        start, end = m.start("np"), m.start("np") + len(raw)
        if _inside(start, skip) or any(a <= start < b for a, b in (*omitted, *addressed)):
            continue
        canon = ctx.aliases.canonical(raw) or _alias_inside(raw, ctx.aliases)
        if canon in reporting_voices():
            continue  # an outlet or an agency reports the event; it is not a party to it
        words = raw.lower().split()
        generic = words[-1] in heads or " ".join(words[-2:]) in heads
        if canon is not None and canon not in known_actors() and not _has_actor_word(canon, raw, heads):
            continue  # a case alias for a speaker ("the Monitor"), not someone who acts
        if canon is None and not generic:
            continue
        if canon is None and re.search(r"[\d]", text[max(0, start - 12) : start]):
            continue  # "12 soldiers": the victims, not an actor
        if (
            canon is None
            and words[-1] in ("front", "movement", "brigades", "battalions")
            and raw[-1].islower()
        ):
            continue  # "the front of the convoy": only a named Front is an armed group
        if (
            canon is None
            and len(words) == 1
            and words[0]
            in ("group", "unit", "units", "government", "authorities", "officers", "fighters", "forces")
        ):
            continue
        if re.match(r"-[a-z]", text[end:]):
            continue  # "military-industrial targets": part of a compound, not an actor
        if canon is None and words[-1] in _BARE_ADJECTIVES and re.match(r"\s+[a-z]", text[end:]):
            if not re.match(
                r"\s+(?:had|has|have|was|were|is|are|and|or|who|which|that|also|then|"
                r"[a-z]+ed)\b",
                text[end:],
            ):
                continue
        if (
            canon is None
            and words[-1] in ("fighters", "officers")
            and not any(w[0].isupper() for w in raw.split())
        ):
            continue
        # The mention must take part in what happened: a participation word in its clause.
        clause = _clause_around(text, start, end)
        if not _PARTICIPATION.search(clause):
            continue
        if re.search(
            r"\b(?:calls?|called|urged?|urges|asked|asks)\s+on\s+(?:\w+\s+){0,3}$",
            text[max(0, start - 40) : start],
            re.I,
        ):
            continue
        if canon is None and _NOT_ACTOR_AFTER.match(text[end:]):
            continue
        name = canon or _display(raw)
        key = normalise_name(name)
        if not key:
            continue
        facts.append(
            Fact(
                Aspect.ACTOR,
                key,
                Label(name, raw, "named" if canon else "generic"),
                actor_polarity(text, start, end),
                (offset + start, offset + end),
            )
        )
    return facts


_HIRED_HANDS = re.compile(
    r"\b(?:(?:stewards|guards|contractors?|subcontractors?|security (?:firm|company)|operator|workers)"
    r"(?:\s+(?:from|of|employed by|hired by|contracted by|working for))?|(?:laid|built|installed|maintained|"
    r"renewed|relaid|operated|managed|inspected) by(?:\s+(?:its|a|the))?(?:\s+contractor)?),?\s+(?:the\s+)?"
    r"(?P<name>(?-i:[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3}))",
    re.IGNORECASE,
)


SELF = "@self"  # the statement's own voice, filled in by the pipeline
_SELF_DENIED = re.compile(
    r"\b(?:none of (?:its|their|our) (?:fighters|members|troops|forces|soldiers|units|men|officers|aircraft)|"
    r"(?:it|they|we) (?:was|were|had|have) (?:not|never) (?:been )?"
    r"(?:involved|present|responsible|in the area)|"
    r"(?:denied|denies|deny|denying|rejected|rejects) (?:any |all )?(?:involvement|responsibility|role|"
    r"having (?:any )?(?:fighters|troops|forces|members|aircraft|units)))",
    re.IGNORECASE,
)
_SELF_STATED = re.compile(
    r"\b(?:our|its|their) (?:troops|forces|soldiers|units|fighters|officers|men|aircraft)\s+(?:\w+\s+)?"
    r"(?:carried out|conducted|killed|neutrali[sz]ed|opened fire|fired|returned fire|raided|attacked|"
    r"intervened|struck|targeted|repelled|arrested|detained)\b",
    re.IGNORECASE,
)


def _self_actor(text: str, offset: int) -> list[Fact]:
    """ "None of its fighters were there", "our units carried out": the voice speaks of itself."""
    facts = []
    for rx, pol in ((_SELF_DENIED, Polarity.DENIED), (_SELF_STATED, Polarity.AFFIRMED)):
        for m in rx.finditer(text):
            if re.search(
                r"\b(?:which|who|whose)\s+(?:\w+\s+){0,2}$", text[max(0, m.start() - 30) : m.start()]
            ):
                continue  # "a group which has denied ...": someone else speaks of itself
            span = (offset + m.start(), offset + m.end())
            facts.append(Fact(Aspect.ACTOR, SELF, Label(SELF, m.group(0), "self"), pol, span))
    return facts


@cache
def _state_re() -> re.Pattern[str]:
    names = "|".join(re.escape(c) for c in sorted(country_names(), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<name>{names})\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:launched|struck|fired|attacked|bombed|"
        r"shelled|shot down|invaded|carried out|targeted|hit|deployed|sent|raided|killed|downed)\b"
    )


def _states_acting(
    text: str,
    offset: int,
    skip: tuple[int, int] | None,
    omitted: list[tuple[int, int]],
    addressed: list[tuple[int, int]],
) -> list[Fact]:
    """ "Russia launched a missile attack": a state named as the one who acted."""
    return _named_actors(text, offset, _state_re(), "state", None, skip, [*omitted, *addressed])


def _hired_hands(
    text: str,
    offset: int,
    ctx: Context,
    skip: tuple[int, int] | None,
    omitted: list[tuple[int, int]],
    addressed: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Fact]:
    """ "Stewards from Ardent Security", "laid by its contractor, Norrell Track Services": a firm
    named for what its people did takes part like any armed group."""
    return _named_actors(text, offset, _HIRED_HANDS, "named", ctx.aliases, skip, [*omitted, *addressed])


def _named_actors(
    text: str,
    offset: int,
    rx: re.Pattern[str],
    category: str,
    aliases: AliasTable | None,
    skip: tuple[int, int] | None,
    blocked: list[tuple[int, int]],
) -> list[Fact]:
    """An actor fact for each ``name`` group ``rx`` finds outside the blocked spans."""
    facts = []
    for m in rx.finditer(text):
        name, start = m.group("name"), m.start("name")
        if _inside(start, skip) or any(a <= start < b for a, b in blocked):
            continue
        canon = (aliases.canonical(name) if aliases else None) or name
        label = Label(canon, name, category)
        span = (offset + start, offset + m.end("name"))
        facts.append(
            Fact(Aspect.ACTOR, normalise_name(canon), label, actor_polarity(text, start, m.end()), span)
        )
    return facts


def _has_actor_word(canon: str, raw: str, heads: set[str]) -> bool:
    words = set(re.findall(r"[a-z]+", f"{canon} {raw}".lower()))
    return bool(words & heads) or any(" " in h and h in f"{canon} {raw}".lower() for h in heads)


def _alias_inside(raw: str, aliases: AliasTable) -> str | None:
    """A known name inside a longer phrase: "Russian mercenaries of the Wagner Group"."""
    words = raw.split()
    best = None
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            canon = aliases.canonical(" ".join(words[i : i + size]))
            if canon and (best is None or size > best[0]):
                best = (size, canon)
        if best:
            return best[1]
    return None


def _display(raw: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", raw.strip(), flags=re.IGNORECASE)


def _located(text: str, start: int) -> Polarity:
    """Where and when are stated or hedged, never denied: a denial is about what happened."""
    return Polarity.HEDGED if polarity(text, start, start) is Polarity.HEDGED else Polarity.AFFIRMED


_ORG_WORD = re.compile(
    r"\b(?:Watch|Ministry|Agency|Group|Committee|Council|Forces|Army|Office|Department|Service|Association|"
    r"Union|Front|Organi[sz]ation|International|Institute|Centre|Center|University|Commission|Programme|"
    r"Program|Federation|Society|Authority|Bureau|Corporation|Company|Ltd|Inc|News|Press|Times|Post|Herald)\b"
)


def _places(text: str, offset: int) -> list[Fact]:
    return [f for f in _all_places(text, offset) if not _ORG_WORD.search(f.value.name)]  # type: ignore[union-attr]


def _all_places(text: str, offset: int) -> list[Fact]:
    facts = []
    for m in _PLACE.finditer(text):
        name = m.group("name")
        first = name.split()[0].lower()
        if first in _NOT_PLACE or first.rstrip("'’s") in _NOT_PLACE:
            continue
        if m.group("prep") == "on" and not m.group("kind"):
            continue
        kind = (m.group("kind") or "").lower()
        if not kind and _LOCALITY_SUFFIX.search(name):
            kind = "island"  # "Karang Island", "Selat Harbour", "Port Mahera": a named spot
        if m.group("prep") in ("near", "outside", "off") and not kind:
            category = "near"
        elif kind in (
            "village",
            "town",
            "city",
            "locality",
            "camp",
            "neighbourhood",
            "neighborhood",
            "suburb",
            "island",
            "port",
            "harbour",
            "harbor",
            "market",
            "square",
            "commune",
            "settlement",
            "border town",
        ):
            category = "locality"
        elif kind:
            category = "region"
        else:
            category = "named"
        span = (offset + m.start("name"), offset + m.end("name"))
        facts.append(
            Fact(Aspect.PLACE, "event", Label(name, name, category), _located(text, m.start()), span)
        )
    for m in _PLACE_APPOSITION.finditer(text):
        span = (offset + m.start("name"), offset + m.end("name"))
        name = m.group("name")
        if name.split()[0].lower() in _NOT_PLACE:
            continue
        facts.append(
            Fact(Aspect.PLACE, "event", Label(name, name, "locality"), _located(text, m.start()), span)
        )
    for m in _DIRECTION_OF.finditer(text):
        name = m.group("name")
        if name.split()[0].lower() in _NOT_PLACE:
            continue
        category = "locality" if _LOCALITY_SUFFIX.search(name) else "near"
        far = _DISTANCE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        if far and float(far.group(1).replace(",", "") or 0) >= 20:
            continue  # "400 kilometres northeast of Bamako" places the spot; Bamako is not it
        span = (offset + m.start("name"), offset + m.end("name"))
        facts.append(
            Fact(Aspect.PLACE, "event", Label(name, name, category), _located(text, m.start()), span)
        )
    for m in _RELATIVE_PLACE.finditer(text):
        label = f"{m.group('dist')} km {m.group('dir')} of {m.group('ref')}"
        span = (offset + m.start(), offset + m.end())
        facts.append(
            Fact(Aspect.PLACE, "event", Label(label, m.group(0), "relative"), Polarity.AFFIRMED, span)
        )
    return facts




def _times(text: str, offset: int, ctx: Context) -> list[Fact]:
    facts = []
    for t in _event_times(text, ctx.reference_date, ctx.dated):
        pol = Polarity.HEDGED if polarity(text, t.start, t.end) is Polarity.HEDGED else Polarity.AFFIRMED
        if clause_negated(text, t.start):
            continue  # "no aircraft flew on 16 or 17 October" dates nothing that happened
        if ctx.window is not None and (t.high < ctx.window[0] or t.low > ctx.window[1]):
            continue  # "laid six weeks ago": a date, but not the event's
        facts.append(
            Fact(Aspect.TIME, "event", Period(t.low, t.high, t.text), pol, (offset + t.start, offset + t.end))
        )
    return facts


def _far(t: TimeExpr, lo: dt.date) -> bool:
    """Long before the event, or a long period that began well before it."""
    return t.high < lo - _FAR or (t.high - t.low > _LONG_PERIOD and t.low < lo - _LONG_PERIOD)


_CLAUSE_EDGE = re.compile(
    r"[;:()]|,\s+(?:and|but|while|which|who|when|after|although|though|as|where)\b|"
    r"\s(?:when|whereas|because|until|after)\s|\s+and\s+(?=(?:the|a|an|its|their|his|her|\d)\b)",
    re.IGNORECASE,
)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)), default=0)
    right_m = _CLAUSE_EDGE.search(text, end)
    return left, right_m.start() if right_m else len(text)


def _background_clauses(text: str, times: tuple[TimeExpr, ...], ctx: Context) -> list[tuple[int, int]]:
    """The clause of a far date, and what hangs on it ("since 2011, when 14 people were killed")."""
    if ctx.window is None:
        return []
    out = []
    for t in times:
        if _far(t, ctx.window[0]):
            left, _ = _clause_bounds(text, t.start, t.end)
            left = max(left, text.rfind(",", 0, t.start) + 1)
            right = re.search(
                r"[;:]|,\s+(?:but|while|whereas|although|though|and|he|she|they|it|we|the|a|an)\b",
                text[t.end :],
            )
            out.append((left, t.end + right.start() if right else len(text)))
    return out




def _is_background(text: str, times: tuple[TimeExpr, ...], ctx: Context) -> bool:
    """About another time than the event: "since 2014", "last year", a riot in 2016.

    A date a few weeks off ("an inspection in August") does not make a sentence background;
    a far one, a long-running period, or words like "for years" do, unless the sentence also
    dates itself inside the event.
    """
    if ctx.window is None:
        return bool(_BACKGROUND_CUE.search(text)) and not _KILL_WORDS.search(text)
    lo, hi = ctx.window
    inside = any(t.high - t.low <= _LONG_PERIOD and t.high >= lo and t.low <= hi for t in times)
    if inside:
        return False
    far = [t for t in times if _far(t, lo)]
    if far:
        # "Since 2014, France has ..." or "Last year, ...": the date governs the whole sentence.
        if far[0].start < 25 and not re.search(r"\b(?:killed|died|said|says)\b", text[: far[0].start]):
            return True
        covered = sum(b - a for a, b in _background_clauses(text, times, ctx))
        if covered >= 0.7 * len(text):
            return True
        return not _EVENT.search(text)
    return bool(_BACKGROUND_CUE.search(text)) and not _KILL_WORDS.search(text)


_FAR = dt.timedelta(days=180)


