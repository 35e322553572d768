"""The lexicon the stages share: names, aliases, victim categories and causes.

The words live in the language data (``data/lang/en/names.yaml``, ``actors.yaml``,
``victims.yaml``, ``causes.yaml``); this module offers the lookups.
``normalise_name`` is what makes "Mali's military", "the Malian armed forces" and "Malian
army" one name, and ``AliasTable`` resolves a name to its canonical form, built-in aliases
first and the case's own aliases over them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from claimdiff.lang import DEFAULT, active, load, per_language

_PUNCT = re.compile(r"[^\w\s&'-]")


@per_language
def _determiners() -> re.Pattern[str]:
    # A determiner ends at a space, or at its apostrophe when elided ("l'armée").
    return active().compile(rf"^{active().source('names.determiners')}(?:\s+|(?<='))", re.IGNORECASE)


@per_language
def _descriptor() -> re.Pattern[str]:
    return active().compile(rf"^{active().source('names.descriptor_head')}\s+(?=\S+\s+\S)", re.IGNORECASE)


# Each pattern comes with the words it cannot match without, looked for first (a name holds
# two or three of some 200 countries' names at most).
_Swap = tuple[str, re.Pattern[str], str]


@per_language
def _country_patterns() -> tuple[_Swap, ...]:
    swaps, lang = [], active()
    for country, adjective in sorted(lang.table("names.countries").items(), key=lambda kv: -len(kv[0])):
        # "Mali's army", "Mali army" and, in text stripped of its apostrophes, "Malis army" all
        # become "malian army".
        pat = lang.compile(rf"\b{re.escape(country.lower())}(?:'s|(?<!s)s)?(?=\s+\w)")
        swaps.append((country.lower(), pat, adjective.lower()))
    return tuple(swaps)


@per_language
def _institution_patterns() -> tuple[_Swap, ...]:
    lang = active()
    items = sorted(lang.table("names.institutions").items(), key=lambda kv: -len(kv[0]))
    return tuple((k, lang.compile(rf"\b{re.escape(k)}\b"), v) for k, v in items)


def normalise_name(name: str) -> str:
    """A comparable form of a name: lower case, no determiners, one word per institution."""
    return _normalise(active().key, name)


@lru_cache(maxsize=8192)
def _normalise(lang_key: str, name: str) -> str:
    # ``lang_key`` keys the cache: each language (and user lexicon) has its own names.
    s = name.replace("’", "'").replace("‘", "'").lower().strip()
    s = re.sub(r"\([^)]*\)", " ", s)  # "(RFI)" is taught separately as an abbreviation
    s = _PUNCT.sub(" ", s)
    s = re.sub(r"(?<=\w)-(?=[a-z])", " ", s)  # "al-Islam" and "al Islam" are one spelling
    s = re.sub(r"\s+", " ", s).strip()
    while True:
        t = _determiners().sub("", s)
        if t == s:
            break
        s = t
    s = _descriptor().sub("", s)
    for words, pat, adjective in _country_patterns():
        if words in s:
            s = pat.sub(adjective, s)
    for words, pat, repl in _institution_patterns():
        if words in s:
            s = pat.sub(repl, s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\b(\w+) \1\b", r"\1", s)  # "army army" after unifying "military forces"
    return re.sub(r"\s+", " ", s).strip()


def abbreviations(text: str) -> dict[str, str]:
    """Abbreviations a text teaches: "Radio France Internationale (RFI)" gives RFI."""
    out = {}
    for m in active().regex("names.abbreviation").finditer(text):
        long_form = m.group(1).strip()
        abbr = m.group(2)
        initials = "".join(w[0] for w in long_form.split() if w[0].isupper())
        # Accept when the letters fit: RFI for Radio France Internationale, FAMa for Forces Armees.
        if abbr.replace(".", "").upper()[:1] == initials[:1] or abbr.upper() in initials.upper():
            out[abbr] = long_form
    return out


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Normalised alias -> canonical name."""

    names: tuple[tuple[str, str], ...]
    table: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.table.update(self.names)

    @classmethod
    def build(cls, extra: Iterable[tuple[str, Iterable[str]]] = (), texts: Iterable[str] = ()) -> AliasTable:
        table: dict[str, str] = {}
        for section in ("names.actors", "names.voices"):
            for canon, aliases in active().table(section).items():
                for alias in (canon, *aliases):
                    table[normalise_name(alias)] = canon
        for text in texts:
            for abbr, long_form in abbreviations(text).items():
                canon = table.get(normalise_name(long_form), long_form)
                table.setdefault(normalise_name(abbr), canon)
                table.setdefault(normalise_name(long_form), canon)
        # The case's own aliases override the built-in ones; a built-in name they take carries
        # its whole group along ("Islamic State group" declared takes ISIS and Daesh too).
        groups: dict[str, list[str]] = {}
        for key, canon in table.items():
            groups.setdefault(canon, []).append(key)
        for canon, aliases in extra:
            keys = [normalise_name(alias) for alias in (canon, *aliases)]
            for taken in sorted({table[k] for k in keys if table.get(k, canon) != canon}):
                keys += [k for k in groups.pop(taken, []) if table[k] == taken]
            for key in keys:
                table[key] = canon
            groups.setdefault(canon, []).extend(keys)
        return cls(tuple(sorted(table.items())))

    @property
    def _map(self) -> dict[str, str]:
        return self.table

    def canonical(self, name: str) -> str | None:
        found = self._map.get(normalise_name(name))
        if found is None:
            # "the Associated Press news agency" is the Associated Press when that name is known.
            bare = active().regex("names.descriptor_tail", re.IGNORECASE).sub("", name)
            found = self._map.get(normalise_name(bare)) if bare != name else None
        if found is None:
            found = self._titled(name)
        return found

    def _titled(self, name: str) -> str | None:
        """ "US President Donald Trump", "UN rights chief Volker Turk": the known name after a
        person's title is that name (the title and what it is of only describe the person)."""
        words = name.split()
        titles = active().wordset("speakers.person_titles")
        for k in (3, 2):
            if (
                len(words) > k
                and words[-k - 1].lower() in titles
                and all(w[:1].isupper() for w in words[-k:])
            ):
                found = self._map.get(normalise_name(" ".join(words[-k:])))
                if found is not None:
                    return found
        return None

    def key(self, name: str) -> str:
        """The merge key of a name: its canonical form when known, else its normal form."""
        canon = self.canonical(name)
        return normalise_name(canon) if canon else normalise_name(name)


@per_language
def known_names() -> AliasTable:
    """The language's own table of names (the lexicon's actors and voices), built once."""
    return AliasTable.build()


@per_language
def _alias_heads() -> dict[str, frozenset[str]]:
    heads: dict[str, set[str]] = {}
    for alias, canon in known_names().names:
        if alias.split():
            heads.setdefault(canon, set()).add(alias.split()[-1])
    return {canon: frozenset(words) for canon, words in heads.items()}


def called(name: str, noun: str) -> bool:
    """The lexicon names this voice, among its other names, by ``noun``: the Syrian Observatory
    is a "monitor" ("the Britain-based monitor"), so "a monitor said" may be it."""
    canon = known_names().canonical(name)
    return canon is not None and normalise_name(noun) in _alias_heads().get(canon, frozenset())


@per_language
def reporting_voices() -> frozenset[str]:
    """Canonical names of voices that only report (media, NGOs, UN bodies)."""
    return frozenset(active().table("names.voices"))


@per_language
def _speaker_heads() -> frozenset[str]:
    return frozenset(active().words("names.speaker_heads"))


def is_speaker_head(word: str) -> bool:
    return word.lower() in _speaker_heads()


@per_language
def _demonyms() -> frozenset[str]:
    return frozenset(str(a).lower() for a in active().table("names.countries").values())


def is_demonym(word: str) -> bool:
    """ "Afghan", "Syrian": a country's adjective, which describes a speaker but names no body."""
    return word.lower() in _demonyms()


def is_inflected_demonym(word: str) -> bool:
    """A country's adjective in any of its written forms: the adjective and one of the language's
    endings of it (``actors.demonym_endings``: "turcs", "iraniennes" for "turc", "iranien")."""
    if is_demonym(word):
        return True
    endings = _demonym_endings()
    return any(
        endings.fullmatch(word, len(word) - n) and is_demonym(word[:-n]) for n in range(1, min(5, len(word)))
    )


@per_language
def _demonym_endings() -> re.Pattern[str]:
    lang = active()
    return lang.compile(f"(?:{lang.source('actors.demonym_endings')})", re.IGNORECASE)


@per_language
def _demonym_ids() -> dict[str, str]:
    """Each demonym of the language in force -> the same state's demonym in the default language
    (English), the form its forces are named by in every language ("russe" -> "Russian")."""
    ids = active().table("names.country_ids")
    default = load(DEFAULT).table("names.countries")
    out = {}
    for country, demonym in active().table("names.countries").items():
        out[str(demonym).lower()] = str(default.get(ids.get(country, country), demonym))
    return out


def demonym_id(demonym: str) -> str:
    """The demonym a state's forces are named by whatever the language: "russe" -> "Russian"."""
    return _demonym_ids().get(demonym.lower(), demonym)


@per_language
def known_actors() -> frozenset[str]:
    """Canonical names of the lexicon's armed and state actors."""
    return frozenset(active().table("names.actors"))


@per_language
def actor_heads() -> tuple[str, ...]:
    return tuple(sorted(set(active().words("actors.heads")), key=lambda w: (-len(w), w)))


@per_language
def victim_terms() -> tuple[tuple[str, str], ...]:
    """(term, category), longest term first so "members of armed groups" beats "groups"."""
    pairs = [(t.lower(), cat) for cat, terms in active().table("victims.categories").items() for t in terms]
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


@per_language
def cause_terms() -> tuple[tuple[str, str, str], ...]:
    """(term, family, class), longest first."""
    triples = [
        (term.lower(), family, cls)
        for family, terms in active().table("causes.terms").items()
        for term, cls in terms.items()
    ]
    return tuple(sorted(set(triples), key=lambda t: (-len(t[0]), t[0])))


@per_language
def _victim_index() -> dict[str, str]:
    return dict(victim_terms())


def victim_category(term: str | None) -> str | None:
    """The category of a victim term ("fighters" -> combatant), or None."""
    return _victim_index().get(term.lower()) if term else None


@per_language
def country_names() -> tuple[str, ...]:
    return tuple(active().table("names.countries"))
