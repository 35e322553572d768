"""The pipeline: wires ingest, segment, attribute, extract, align and classify into ``compare``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from claimdiff import positions
from claimdiff.align import align
from claimdiff.attribute import Attribution, attribute, author_name, merge_voices
from claimdiff.classify import classify
from claimdiff.clause import ClauseReading
from claimdiff.clause import read as read_clauses
from claimdiff.errors import ConfigError
from claimdiff.extract import (
    Context,
    Reading,
    answer_accusations,
    bind_answers,
    event_dates,
    event_day,
    event_days,
    event_window,
    extract,
    incident_places,
    places_apart,
    read,
    scene_setting,
    take_up_confirmed,
    take_up_tolls,
    toll_still_going,
)
from claimdiff.ingest import check_reference_date, load_case, load_texts, with_lexicon
from claimdiff.ingest import reference_date as parse_reference_date
from claimdiff.lang import DEFAULT, teaching, using
from claimdiff.lexicon import AliasTable
from claimdiff.model import Case, Comparison, Count, Fact, Sentence, Statement
from claimdiff.segment import document_date, headlines, segment


def compare(
    inputs: Sequence[str | os.PathLike[str]] | Sequence[tuple[str, str]] | Mapping[str, str] | Case,
    *,
    reference_date: dt.date | str | None = None,
    title: str | None = None,
    compare_narrators: bool = False,
    lexicon: str | os.PathLike[str] | None = None,
) -> Comparison:
    """Compare accounts of one event.

    ``inputs`` is a case folder, a list of files, a list of texts, a loaded ``Case``, or named
    texts: ``{"Ministry": text, ...}`` or ``[("Ministry", text), ...]``, each text all that
    voice's own account. Strings that name existing files are read as files; other strings are
    texts. Anything else is refused (``TypeError``). ``compare_narrators`` compares what an
    outlet narrates on its own as well (see ``compare_case``); ``lexicon`` is a user lexicon's
    file (``ingest.load_lexicon``): more actors, voices, victims, causes and aliases.
    """
    if isinstance(reference_date, str):
        try:
            reference_date = parse_reference_date(reference_date)
        except ValueError as exc:
            raise ConfigError(f"reference date: {exc}") from None
    if isinstance(inputs, Case):
        case = with_lexicon(inputs, lexicon)
    elif isinstance(inputs, (str, os.PathLike)):
        case = load_case([inputs], reference_date=reference_date, title=title, lexicon=lexicon)
    else:
        items = list(inputs.items()) if isinstance(inputs, Mapping) else list(inputs)
        _check_inputs(items)
        if items and all(isinstance(x, os.PathLike) or (isinstance(x, str) and _is_path(x)) for x in items):
            case = load_case(items, reference_date=reference_date, title=title, lexicon=lexicon)
        else:
            case = with_lexicon(load_texts(items, reference_date=reference_date), lexicon)
            if title:
                case = dataclasses.replace(case, title=title)
    return compare_case(case, compare_narrators=compare_narrators)


def _check_inputs(items: list[object]) -> None:
    """Refuse what ``compare`` cannot read, instead of comparing its ``repr``."""
    for i, item in enumerate(items, 1):
        if isinstance(item, (str, os.PathLike)):
            continue
        if isinstance(item, tuple) and len(item) == 2 and all(isinstance(x, str) for x in item):
            if not item[0].strip():
                raise TypeError(f"compare(): input {i} names no voice: give (name, text) with a name")
            continue
        raise TypeError(
            f"compare(): input {i} is a {type(item).__name__}; give paths, texts, "
            "(name, text) pairs or a {name: text} dict"
        )


def _is_path(text: str) -> bool:
    if "\n" in text or len(text) >= 4096:
        return False
    try:
        return text != "-" and Path(text).exists()  # "-" means stdin only on the command line
    except (OSError, ValueError):  # a one-line text too long for a file name, or with a NUL
        return False


def compare_case(case: Case, *, compare_narrators: bool = False) -> Comparison:
    """Run every stage on a loaded case; each document is read in its own language.

    What an outlet's report says without naming a voice is narration: kept and marked, but
    compared with nothing unless ``compare_narrators``.
    """
    if case.reference_date is not None:
        try:
            check_reference_date(case.reference_date)
        except ValueError as exc:
            raise ConfigError(f"reference date: {exc}") from None
    with teaching(case.lexicon):
        return _compare(case, compare_narrators)


def _compare(case: Case, compare_narrators: bool) -> Comparison:
    sentences, clauses, attributions, written = {}, {}, {}, {}
    with using(_main_language(case)):
        aliases = AliasTable.build(case.declared_aliases, texts=(doc.text for doc in case.documents))
    for doc in case.documents:
        with using(doc.language):
            sentences[doc.id] = segment(doc)
            # The clause layer reads each sentence once; attribution and extraction both use it.
            clauses[doc.id] = tuple(read_clauses(s.words) for s in sentences[doc.id])
            attributions[doc.id] = attribute(doc, sentences[doc.id], clauses[doc.id], aliases)
            written[doc.id] = document_date(doc.text, case.reference_date)
    with using(_main_language(case)):
        names: list[tuple[str, str, bool]] = []
        for doc in case.documents:
            declared = doc.declared
            names.append((doc.id, author_name(doc), declared is not None))
            for att, clause in zip(attributions[doc.id], clauses[doc.id], strict=True):
                names.extend((doc.id, v, False) for v in att.via)
                names.extend((doc.id, v, False) for v in att.others)
                names.append((doc.id, att.voice, att.voice == declared))
                names.extend((doc.id, name, False) for _, name in clause.credits)
                names.extend((doc.id, c.speaker, False) for c in clause.foreign if c.speaker)
        voices = merge_voices(names, aliases)

    ctx = Context(case.reference_date, aliases, None)
    readings = {}
    for doc in case.documents:
        with using(doc.language):
            readings[doc.id] = [
                _read(sentence, att, clause, voices, aliases, ctx, written[doc.id], doc.reports)
                for sentence, att, clause in zip(
                    sentences[doc.id], attributions[doc.id], clauses[doc.id], strict=True
                )
            ]
    # The dates each document gives the event, read in its own language; and the sentences whose
    # opening hour sets the scene of the event their voice tells next.
    dates = {}
    for doc in case.documents:
        with using(doc.language):
            dates[doc.id] = event_dates(readings[doc.id])
            scenes = scene_setting(readings[doc.id])
        if scenes:
            readings[doc.id] = [
                dataclasses.replace(r, scene=True) if i in scenes else r
                for i, r in enumerate(readings[doc.id])
            ]
    # The places each document gives a second incident, kept where no account tells them otherwise.
    found = {}
    for doc in case.documents:
        with using(doc.language):
            found[doc.id] = incident_places([r.text for r in readings[doc.id]])
    elsewhere = places_apart(found, {doc.id: doc.text for doc in case.documents})
    every = [d for doc in case.documents for d in dates[doc.id]]
    window = event_window(every, case.reference_date)
    day = event_day(every)
    for doc in case.documents:
        # The days each document itself gives the event, for telling another day's incident, and
        # whether it says its toll is still going (then each of its tolls is provisional).
        own = frozenset(event_days(dates[doc.id]))
        with using(doc.language):
            going = any(toll_still_going(r.text) for r in readings[doc.id])
        readings[doc.id] = [
            dataclasses.replace(
                r, ctx=dataclasses.replace(r.ctx, days=own, provisional=going, elsewhere=elsewhere[doc.id])
            )
            for r in readings[doc.id]
        ]
    statements: list[Statement] = []
    for doc in case.documents:
        heads = headlines(doc, sentences[doc.id])
        with using(doc.language):
            for sentence, att, reading in zip(
                sentences[doc.id], attributions[doc.id], readings[doc.id], strict=False
            ):
                st = _statement(len(statements) + 1, sentence, att, voices, aliases, reading, (window, day))
                if doc.outlet and not att.explicit:
                    st = dataclasses.replace(st, narrator=True)
                if sentence.index in heads:
                    st = dataclasses.replace(st, headline=True)
                statements.append(st)
    with using(_main_language(case)):
        # Statements that answer or take up the one before: "This is inflated" disputes its
        # figure; "the toll is expected to rise, X said" takes up the outlet's unsourced toll;
        # "a doctor confirmed the death toll" gives it; "the army denied the allegations" denies
        # the actor it accused.
        named = {s.id: s.name for s in voices.sources}
        stmts = answer_accusations(tuple(bind_answers(take_up_confirmed(take_up_tolls(statements)))), named)
        alignment = align(stmts, narrators=compare_narrators)
        relations = classify(alignment, stmts, voices.sources)
    built = positions.build(relations, alignment.claims)
    return Comparison(
        case=case,
        sources=voices.sources,
        statements=stmts,
        claims=alignment.claims,
        relations=relations,
        positions=built.positions,
        conflicts=built.conflicts,
        accords=built.accords,
    )


def _credited(fact: Fact, voices, aliases: AliasTable, source: str, via: tuple[str, ...]) -> Fact:  # type: ignore[no-untyped-def]
    """A value credited on the spot to another voice carries that voice's id (none when the
    voice is the statement's own, or the relay it came through: "X put the toll at 86,
    according to AP" is X's 86)."""
    if fact.voice is None:
        return fact
    voice = voices.id_of(fact.voice, aliases)
    return dataclasses.replace(fact, voice=voice if voice != source and voice not in via else None)


def _as_written(fact: Fact, sentence: Sentence) -> Fact:
    """A figure quoted in the document's own words: "25 000", not the "25\u2009000" the scanners
    read (segment groups a document's spaced thousands so, one character for one)."""
    value = fact.value
    if not isinstance(value, Count) or "\u2009" not in value.text:
        return fact
    start = fact.span[0] - sentence.span[0]
    written = sentence.text[start : start + len(value.text)]
    same = len(written) == len(value.text) and all(
        a == b or (a == " " and b == "\u2009") for a, b in zip(written, value.text, strict=True)
    )
    if written == value.text or not same:
        return fact
    return dataclasses.replace(fact, value=dataclasses.replace(value, text=written))


def _main_language(case: Case) -> str:
    """The language most of the case's documents are in (the first one's on a tie): names are
    merged and facts compared with its words."""
    counts = Counter(doc.language for doc in case.documents)  # in order of first use
    return max(counts, key=counts.__getitem__, default=DEFAULT)


def _read(
    sentence: Sentence,
    att: Attribution,
    clause: ClauseReading,
    voices,  # type: ignore[no-untyped-def]
    aliases: AliasTable,
    ctx: Context,
    written: dt.date | None,
    narrating: bool = False,
) -> Reading:
    words, shift = sentence.words, sentence.shift
    skip = (att.span[0] - shift, att.span[1] - shift) if att.span else None
    source = voices.id_of(att.voice, aliases)
    assert source is not None, att.voice
    # An outlet's own narration names no speaker: "X denied responsibility" there is X's, not the outlet's.
    speaker = "" if narrating and not att.explicit else voices.name_of(source)
    return read(words, sentence.span[0] + shift, ctx, skip, written, speaker, clause)


def _statement(
    number: int,
    sentence: Sentence,
    att: Attribution,
    voices,  # type: ignore[no-untyped-def]
    aliases: AliasTable,
    reading: Reading,
    when: tuple[tuple[dt.date, dt.date] | None, dt.date | None],
) -> Statement:
    window, day = when
    found = extract(reading, window, hedged=att.hedged, day=day)
    omits = []
    for who, what in found.omits:
        sid = voices.id_of(who, aliases)
        if sid is not None:
            omits.append((sid, what))
    source = voices.id_of(att.voice, aliases)
    assert source is not None, att.voice
    # "told the Herald", in the Herald's own report: one relay, named once.
    via = tuple(
        dict.fromkeys(v for v in (voices.id_of(name, aliases) for name in att.via) if v and v != source)
    )
    # A value credited on the spot to another voice carries that voice's id; the voices joined
    # to the speaker ("the agency and local media reported") say the speaker's own values too.
    facts = tuple(_as_written(_credited(f, voices, aliases, source, via), sentence) for f in found.facts)
    joined = [v for v in (voices.id_of(name, aliases) for name in att.others) if v and v != source]
    # A value credited on the spot to a joined voice ("X and Y reported 31 dead") is both's.
    facts = tuple(dataclasses.replace(f, voice=None) if f.voice in joined else f for f in facts)
    facts += tuple(dataclasses.replace(f, voice=v) for v in joined for f in facts if f.voice is None)
    return Statement(
        id=f"st{number}",
        document=sentence.document,
        source=source,
        via=via,
        text=sentence.text,
        span=sentence.span,
        facts=facts,
        background=found.background,
        omits=tuple(omits),
    )
