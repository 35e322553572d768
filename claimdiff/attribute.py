"""Attribution stage: each sentence gets the voice that makes its claim.

The clause layer (``claimdiff.clause.speaker``) reads who a sentence says is speaking; this
stage follows a document from sentence to sentence: a later "the ministry", "it", "the
governor" or a bare quotation continues an earlier voice, whoever is quoted reaches the reader
through the document's author, and a sentence with no voice belongs to that author. Names are
then merged into sources (``merge_voices``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimdiff.clause import (
    ClauseReading,
    anaphor_head,
    clean_name,
    is_pronoun,
    read,
    speaker_rx,
    speaker_words,
)
from claimdiff.lang import active, per_language
from claimdiff.lexicon import AliasTable, called, is_speaker_head, known_names, normalise_name
from claimdiff.model import Document, Sentence, Source
from claimdiff.segment import initialled, transcript_labels


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who speaks in a sentence: the voice's name, the chain it came through, and where."""

    voice: str  # the name as written (or the author)
    via: tuple[str, ...]  # outer voices, nearest first
    span: tuple[int, int] | None  # the attribution phrase, in sentence offsets
    explicit: bool  # False when the voice is the document's author
    hedged: bool = False  # the verb itself hedges: "claimed", "alleged"
    others: tuple[str, ...] = ()  # voices that say it with it: "the agency and local media reported"


def author_name(document: Document) -> str:
    """The voice of unattributed sentences: the declared source or outlet, else the agency in the
    dateline, else the byline's outlet or writer, else the file's name."""
    if document.declared:
        return document.declared
    # "GAZA CITY, Oct 17 (Reuters) -", "WASHINGTON (AP) -": the agency in the dateline wrote it.
    agency = speaker_rx("dateline_agency", re.M).search(document.text[:300])
    if agency:
        return agency.group("name")
    # "By Dana Kessel, Harbour Post": the outlet after the writer, else the writer.
    byline = speaker_rx("byline", re.M).search(document.text[:400])
    if byline:
        return byline.group("org") or byline.group("person")
    if document.path and document.path != "-":
        stem = re.split(r"[\\/]", document.path)[-1].rsplit(".", 1)[0]
        return stem or document.id
    return "stdin" if document.path == "-" else f"text {document.id}"


def attribute(
    document: Document,
    sentences: tuple[Sentence, ...],
    readings: Sequence[ClauseReading] | None = None,
    aliases: AliasTable | None = None,
) -> tuple[Attribution, ...]:
    """Attribute every sentence of one document, resolving "it" and "the ministry".

    ``readings`` are the clause layer's readings of the sentences' words, when the caller has
    them (the pipeline reads each sentence once for attribution and extraction alike);
    ``aliases``, the case's names: a name it gives a voice ("the observatory") is that voice,
    never a pointer to the body named last.
    """
    if readings is None:
        readings = [read(s.words) for s in sentences]
    author = author_name(document)
    reporter = document.reports  # the author reports the event, it is no party to it
    turns = _turns(document, author, aliases)
    turn_starts = [start for start, _, _ in turns]
    out: list[Attribution] = []
    history: list[str] = [author]  # voices named so far, the latest last
    titles: dict[str, str] = {}  # "governor" -> "Marta Ilves", "chief" -> "Korvali Fire Brigade"
    previous: Attribution | None = None
    subject: str | None = None  # the person a sentence with no voice is about, for its "he said"
    quoting: Attribution | None = None  # the voice whose quotation is still open
    last_end = 0
    for sentence, reading in zip(sentences, readings, strict=True):
        words, shift = sentence.words, sentence.shift
        if "\n" in document.text[last_end : sentence.span[0]]:
            quoting = None  # a quotation runs on into a new paragraph only by opening again
        last_end = sentence.span[1]
        found = reading.speaker
        if found is not None and subject and not (previous and previous.explicit) and _personal(found.name):
            found = dataclasses.replace(found, name=subject)
        subject = None
        if found is None:
            person = speaker_rx("person_subject").match(words)
            subject = clean_name(person.group("np")) if person else None
            if quoting is not None:
                # '« Il y a eu trois naufrages, lance X. Le premier [...] »': the sentences inside
                # a quotation a voice opened are still that voice's words.
                attribution = Attribution(quoting.voice, quoting.via, None, True)
            elif (
                previous is not None
                and previous.explicit
                and words.startswith(tuple(active().words("speakers.quote_open")))
                and not speaker_rx("saying").search(sentence.text)
            ):
                # A bare quotation right after an attributed sentence continues that voice.
                attribution = Attribution(previous.voice, previous.via, None, True)
            elif (
                previous is not None
                and previous.explicit
                and previous.voice != author
                and speaker_rx("points_back", re.IGNORECASE).match(words)
            ):
                # "Four of these deaths occurred in ...": the count the voice just gave, broken down.
                attribution = Attribution(previous.voice, previous.via, None, True)
            elif turns and (turn := _turn_at(turns, turn_starts, sentence.span[0])) is not None:
                # A transcript's turn is its labelled speaker's words, told through the outlet.
                attribution = Attribution(turn, (author,), None, True)
                history.append(turn)
            else:
                attribution = Attribution(author, (), None, False)
        else:
            voice, via, hedged = found.name, found.via, found.hedged
            span = (found.span[0] + shift, found.span[1] + shift)
            voice = titles.get(speaker_rx("determiner", re.IGNORECASE).sub("", voice.lower(), count=1), voice)
            # A name the case gives as written ("Regime spokesperson X") is that voice, before
            # the clause layer reads a body into it ("Regime").
            as_read = aliases.canonical(voice) if aliases is not None else None
            written = aliases.canonical(found.written) if aliases is not None and found.written else None
            if written is not None and as_read != written:
                voice = found.written
            elif written is None and as_read is None and aliases is not None:
                # "Kelva Holding chairman Dan Oru" speaks for Kelva Holding, a voice of the case.
                as_read = _declared_body(found.written, aliases)
                voice = as_read or voice
            known = written is not None or as_read is not None
            resolved = voice if known else _resolve(voice, history, previous, reporter)
            if resolved is None:
                out.append(previous := Attribution(author, (), None, False))
                continue
            voice = resolved
            _learn_titles(sentence.text, voice, titles)
            _learn_person(found.written, voice, titles)
            via = tuple(r for r in (_resolve(v, history, None, reporter) for v in via) if r is not None)
            if voice != author and author not in via:
                # Whoever is quoted in a document reaches the reader through its author.
                via = (*via, author)
            # "activists and the extremist group said": "the group" is the one named before.
            others = tuple(
                r for r in (_resolve(o, history, None, reporter) for o in found.others) if r and r != voice
            )
            attribution = Attribution(voice, via, span, True, hedged, others)
            history.extend([*via, voice])
        out.append(attribution)
        previous = attribution
        if not attribution.explicit:
            quoting = None
        elif quoting is None:
            quoting = attribution if _quote_left_open(sentence.text) else None
        else:
            quoting = None if _quote_closed(sentence.text) else attribution
    return tuple(out)


def _turns(document: Document, author: str, aliases: AliasTable | None) -> list[tuple[int, int, str]]:
    """The turns of a transcript ("A. L. : ...", "ANN LEE-SORO : ..."), each a line's
    span and its speaker's voice; none when the document is no transcript or the turn is the
    outlet's own (a presenter, whoever asks the questions)."""
    text = document.text
    found = [(start, text.find("\n", start), label, body) for start, body, label in transcript_labels(text)]
    # "A. L." after "ANN LEE": initials stand for the name they abbreviate.
    full = {initialled(label): label for _, _, label, _ in found if "." not in label}
    roles = {normalise_name(w) for w in active().words("speakers.transcript_roles")}
    asking: dict[str, list[bool]] = {}
    turns: list[tuple[int, int, str]] = []
    for start, end, label, body in found:
        label = full.get(initialled(label), label)
        end = len(text) if end < 0 else end
        asking.setdefault(label, []).append("?" in text[body:end])
        turns.append((start, end, label))
    own = {
        label
        for label, asked in asking.items()
        if normalise_name(label) in roles or 2 * sum(asked) > len(asked)  # who asks is the outlet
    }
    outlet = {author, aliases.canonical(author) if aliases is not None else None}
    out = []
    for start, end, label in turns:
        voice = label.title() if label.isupper() else label
        voice = (aliases.canonical(voice) if aliases is not None else None) or voice
        if label not in own and voice not in outlet:
            out.append((start, end, voice))
    return out


def _turn_at(turns: list[tuple[int, int, str]], starts: list[int], at: int) -> str | None:
    """The voice of the turn the offset falls in, if any (``starts``: the turns' starts, in order)."""
    i = bisect.bisect_right(starts, at) - 1
    return turns[i][2] if i >= 0 and at < turns[i][1] else None


# Quotation marks that open and close a quotation, and the straight one that does both.
_OPENING, _CLOSING, _STRAIGHT = "«“", "»”", '"'


def _marks(text: str) -> tuple[int, bool]:
    """Opening quotation marks less closing ones, and whether the straight ones are odd."""
    balance = sum(text.count(c) for c in _OPENING) - sum(text.count(c) for c in _CLOSING)
    return balance, text.count(_STRAIGHT) % 2 == 1


def _quote_left_open(text: str) -> bool:
    """The sentence opens a quotation it does not close ('« Il y a eu trois naufrages, lance X.')."""
    balance, odd = _marks(text)
    return balance > 0 or (balance == 0 and odd and text.lstrip().startswith(_STRAIGHT))


def _quote_closed(text: str) -> bool:
    """The sentence closes the quotation open before it ('[...] que nous subissons. »')."""
    balance, odd = _marks(text)
    return balance < 0 or odd


def _declared_body(written: str, aliases: AliasTable) -> str | None:
    """The declared voice a named head speaks for ("Kelva Holding chairman Dan Oru"), if any."""
    m = speaker_rx("declared_head_name").match(written) if written else None
    return aliases.canonical(m.group("org")) if m else None


def _personal(name: str) -> bool:
    return bool(speaker_rx("subject_pronoun", re.IGNORECASE).match(name))


@per_language
def _title_before() -> re.Pattern[str]:
    """ "the governor of X, " or "the chief of " right before where a voice's name starts,
    compiled once per language (not once per voice)."""
    lang = active()
    before, direct = lang.source("speakers.title_before"), lang.source("speakers.title_before_body")
    return lang.compile(f"(?:{before}|{direct})\\Z")


# How far before a voice's name its title may start ("the chief of the Korvali Fire Brigade, ").
_TITLE_REACH = 200


def _learn_titles(text: str, voice: str, titles: dict[str, str]) -> None:
    """Remember who "the governor" or "the fire chief" is for later sentences."""
    at = text.find(voice)
    while at >= 0:
        m = _title_before().search(text, max(0, at - _TITLE_REACH), at)
        at = text.find(voice, at + len(voice))
        if m is None:
            continue
        role = (m.group("role") or m.group("role2") or "").lower()
        for key in (role, role.split()[-1] if role else ""):
            if key and key not in speaker_words("function_words"):
                titles.setdefault(key, voice)
        words = voice.split()
        if len(words) > 1 and role:
            # "the chief of the Korvali Fire Brigade" is also "the fire chief".
            titles.setdefault(f"{words[-2].lower()} {role.split()[-1]}", voice)


def _learn_person(written: str, voice: str, titles: dict[str, str]) -> None:
    """ "Rami Seldan, head of the Velna Monitor" spoke for the Monitor: "Seldan said" later
    in the document is the Monitor too (his full name, or its last two words)."""
    m = speaker_rx("person_name").match(written)
    if m is None or normalise_name(m.group()) == normalise_name(voice):
        return
    words = m.group().lower().split()
    titles.setdefault(" ".join(words), voice)
    if len(words) > 2:
        titles.setdefault(" ".join(words[-2:]), voice)
    if len(words) > 1 and not is_speaker_head(words[-1]):
        titles.setdefault(words[-1], voice)  # "Seldan said": his surname alone


def _person(name: str) -> bool:
    """The voice is a person: a personal name, or a role someone holds ("the spokesman")."""
    words = name.lower().split()
    roles = (*speaker_words("roles"), *speaker_words("titles"))
    if speaker_rx("person_name").fullmatch(name) or (words and words[-1] in roles):
        return True
    # A surname alone ("Barazi"), not a body the lexicon knows ("Reuters") or names by its noun.
    return (
        len(words) == 1
        and name[:1].isupper()
        and known_names().canonical(name) is None
        and not is_speaker_head(words[0])
    )


def _resolve(
    name: str, history: list[str], previous: Attribution | None, reporter: bool = False
) -> str | None:
    """Map "it", "the statement" and "the ministry" to the voice they continue; None for a
    pronoun with no voice before it but the document's author."""
    if speaker_rx("first_person", re.IGNORECASE).match(name):
        return history[0]  # "our monitors", "our field team": the author speaking
    if speaker_rx("possessive_role", re.IGNORECASE).match(name):
        # "Its head Omar Seldan said": the body named before speaks through its head.
        if previous is not None and previous.explicit:
            return previous.voice
        return history[-1] if len(history) > 1 else None
    if speaker_rx("same_voice", re.IGNORECASE).match(name) and len(history) > 1:
        return previous.voice if previous is not None and previous.explicit else history[-1]
    if is_pronoun(name):
        if previous is not None and previous.explicit:
            return previous.voice
        # "he told DVB" with nobody named before: not the outlet itself, so no one known; after
        # a sentence with no voice, "he" is someone that sentence named, not an earlier body.
        personal = speaker_rx("personal_pronoun", re.IGNORECASE).match(name)
        if len(history) < 2 or (personal and not _person(history[-1])):
            return None
        return history[-1]
    head = anaphor_head(name)
    if head is None:
        return name
    if head in speaker_words("document_heads"):
        return previous.voice if previous is not None and previous.explicit else history[-1]
    for earlier in reversed(history):
        if head in normalise_name(earlier).split() or head in earlier.lower().split():
            return earlier
    if head in speaker_words("person_anaphors") and not speaker_rx("indefinite", re.IGNORECASE).match(name):
        # "the unionist", "l'élu": the person named last, by what he or she is
        return next((e for e in reversed(history[1:]) if _person(e)), name)
    if head in speaker_words("class_heads"):
        # "the company", "the group": the latest organisation named, else the author; "a monitor"
        # is someone new, never the author itself, nor is "the monitor" in an outlet's report.
        if speaker_rx("indefinite", re.IGNORECASE).match(name):
            # "a rights group said" is someone new, unless the lexicon calls a body named before
            # by that noun ("a monitor" after the Syrian Observatory, "the Britain-based monitor").
            return next((e for e in reversed(history[1:]) if called(e, head)), name)
        named = history[1:] if reporter else history
        for earlier in reversed(named):
            last = normalise_name(earlier).split()[-1:] or [""]
            if not speaker_rx("people").match(last[0]) and earlier[:1].isupper():
                return earlier
    return name


# ---------------------------------------------------------------------------
# Voices: many names, one source


@dataclass(frozen=True, slots=True)
class Voices:
    """The sources of a case and the source id of every name used for them."""

    sources: tuple[Source, ...]
    ids: tuple[tuple[str, str], ...]  # merge key -> source id
    # Name as written -> source id: a name merged in the case's main language is found again
    # while a document in another language is read, whatever that language would make of it.
    written: tuple[tuple[str, str], ...] = ()
    by_key: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    by_written: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    names: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Looked up once per statement: dictionaries, built once.
        self.by_key.update(self.ids)
        self.by_written.update(self.written)
        self.names.update((s.id, s.name) for s in self.sources)

    def id_of(self, name: str, aliases: AliasTable) -> str | None:
        return self.by_written.get(name) or self.by_key.get(aliases.key(name))

    def name_of(self, source_id: str) -> str:
        return self.names[source_id]


def merge_voices(names: list[tuple[str, str, bool]], aliases: AliasTable) -> Voices:
    """Merge the names voices are given, in order of first use, into sources.

    ``names`` holds (document id, name as written, declared by the case). Names merge when
    they normalise alike ("Mali's military" / "the Malian armed forces"), when the lexicon or
    the case says they are aliases, or when a shorter name ("the Foreign Ministry") fits
    exactly one longer one ("French Foreign Ministry") with the same head word.
    """
    seen = _Seen()
    for doc, name, is_declared in names:
        seen.add(aliases.key(name) or normalise_name(name) or name.lower(), doc, name, is_declared)
    parent = _narrowest_wider(seen.order)
    roots = [k for k in seen.order if parent[k] == k]
    members = {r: [k for k in seen.order if parent[k] == r] for r in roots}
    first = {k: i for i, k in enumerate(seen.order)}
    sources, ids, written = [], [], {}
    for i, root in enumerate(sorted(roots, key=lambda r: min(first[k] for k in members[r])), 1):
        sid = f"s{i}"
        keys = members[root]
        all_names = [n for k in keys for n in seen.surfaces[k]]
        name = _display_name(keys, all_names, seen.declared, aliases)
        docs: list[str] = []
        for k in keys:
            docs.extend(d for d in seen.documents[k] if d not in docs)
        alias_list = tuple(sorted({_strip_det(n) for n in all_names} - {name}))
        sources.append(Source(sid, name, alias_list, tuple(sorted(docs, key=_doc_order))))
        ids.extend((k, sid) for k in keys)
        written.update((n, sid) for n in all_names)
    return Voices(tuple(sources), tuple(sorted(ids)), tuple(sorted(written.items())))


@dataclass(slots=True)
class _Seen:
    """Merge keys in order of first use, with the names, documents and declarations of each."""

    order: list[str] = field(default_factory=list)
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    declared: dict[str, str] = field(default_factory=dict)
    documents: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, doc: str, name: str, is_declared: bool) -> None:
        if key not in self.surfaces:
            self.order.append(key)
            self.surfaces[key] = []
            self.documents[key] = []
        self.surfaces[key].append(name)
        if doc not in self.documents[key]:
            self.documents[key].append(doc)
        if is_declared:
            self.declared.setdefault(key, name)


def _narrowest_wider(order: list[str]) -> dict[str, str]:
    """Each key's final source key: a name fits the one wider name with its head word."""
    parent = {k: k for k in order}
    for k in order:
        tokens = set(k.split())
        if not tokens:
            continue
        head = _head(k)
        wider = [o for o in order if o != k and tokens < set(o.split()) and _head(o) == head]
        # "health ministry" < "gaza health ministry" < "hamas-run gaza health ministry" is one
        # chain, not a choice: take the narrowest; two unrelated wider names are a choice.
        wider.sort(key=lambda o: len(o.split()))
        if wider and all(set(wider[i].split()) < set(wider[i + 1].split()) for i in range(len(wider) - 1)):
            parent[k] = wider[0]
        elif wider and _person_key(k) and all(o.endswith(" " + k) for o in wider):
            # "Pavlo Kyrylenko", "governor Pavlo Kyrylenko", "regional head Pavlo Kyrylenko": one
            # person under several titles, not a choice between two bodies.
            for o in wider:
                parent[o] = k
    for k in order:  # follow chains so every key points at its final source
        seen = {k}
        while parent[parent[k]] != parent[k] and parent[k] not in seen:
            seen.add(parent[k])
            parent[k] = parent[parent[k]]
    return parent


def _head(key: str) -> str:
    """A name's head word, before where it sits: "health ministry in gaza strip" -> "ministry"."""
    words = speaker_rx("name_locative").split(key)[0].split()
    return words[-1] if words else ""


def _person_key(key: str) -> bool:
    """A name of two or more words none of which is a role, body or group word: a person's."""
    words = key.split()
    return len(words) >= 2 and not any(is_speaker_head(w) or w in speaker_words("bodies") for w in words)


def _doc_order(doc_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in doc_id if ch.isdigit())
    return (int(digits) if digits else 0, doc_id)


def _strip_det(name: str) -> str:
    return speaker_rx("determiner", re.IGNORECASE).sub("", name.strip())


def _display_name(keys: list[str], names: list[str], declared: dict[str, str], aliases: AliasTable) -> str:
    for k in keys:
        if k in declared:
            return declared[k]
    for n in names:
        canon = aliases.canonical(n)
        if canon:
            return canon
    counts: dict[str, int] = {}
    for n in names:
        s = _strip_det(n)
        counts[s] = counts.get(s, 0) + 1
    return sorted(counts, key=lambda s: (-counts[s], -len(s), s))[0]
