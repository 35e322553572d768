"""Segment stage: a document's text becomes sentences with exact character spans.

Paragraph breaks and Markdown lines always end a sentence; inside a paragraph pysbd finds the
boundaries (it keeps "U.S.", "Gen." and "a.m." whole). Sentences are cut at pysbd's
boundaries rather than copied from its output, so every non-blank character of the input
lands in exactly one sentence whatever the segmenter does.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import cache, lru_cache

from claimdiff.lang import active
from claimdiff.model import Document, Sentence

# A blank line, or a line break before a Markdown block (heading, list item, quote).
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>))")
# A bracketed credit ending a photo caption in text whose line breaks were lost ("... were released
# [Twitter] In a statement, ..."): the next sentence starts after it.
_CREDIT_END = re.compile(r"\[[^\[\]\n]{1,30}\]\s+(?=[A-Z][a-z])")
# A quotation in guillemets that ends its own sentence ("... à moto. » Le ministère"): pysbd
# reads on past the closing mark.
_GUILLEMET_END = re.compile(r"[.!?\u2026]\s*\u00bb(?=\s+[\u00ab\"\u201c(]?[^\W\d_a-z\u00df-\u00ff])")
# A sentence run into the next with no space ('46.”Yesterday', 'on its website.Although'): a
# paragraph break the page lost. Two small letters or digits before the stop keep "U.S.Army",
# "p.m." and "St.Louis" whole.
_RUN_ON = re.compile(r"(?:[.!?\u2026][\"\u201d\u00bb\u2019]|(?<=[a-z0-9]{2})[.!?])(?=[A-Z][a-z])")
# Fallback boundary when pysbd is unavailable for a block: end punctuation, then a capital.
_SIMPLE_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


@lru_cache(maxsize=4096)
def _pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """pysbd's patterns, compiled in a cache of their own: it builds several per abbreviation it
    meets, enough to churn ``re``'s 512-entry cache, and each eviction is a recompilation."""
    return active().compile(pattern, flags)


@cache
def _processor(code: str):  # type: ignore[no-untyped-def]
    """pysbd's processor for ``code`` (a callable: text -> processor), its abbreviation pass
    asking ``_pattern`` for the very patterns pysbd's own code builds: same results."""
    import pysbd
    from pysbd.abbreviation_replacer import AbbreviationReplacer
    from pysbd.processor import Processor

    lang = pysbd.Segmenter(language=code, clean=False, char_span=False).language_module
    known = tuple(abbr.strip() for abbr in lang.Abbreviation.ABBREVIATIONS)
    plain = frozenset(a for a in known if a.isascii() and a.isalpha())
    prepositive = lang.Abbreviation.PREPOSITIVE_ABBREVIATIONS
    number_abbr = lang.Abbreviation.NUMBER_ABBREVIATIONS

    def period(txt: str, lookbehind: str, ahead: str) -> str:
        # pysbd's replace_*_abbr: a space before the text stands for its start.
        return _pattern(r"(?<=\s" + lookbehind + r")\." + ahead).sub("∯", " " + txt)[1:]

    class Abbreviations(getattr(lang, "AbbreviationReplacer", AbbreviationReplacer)):  # type: ignore[misc]
        def search_for_abbreviations_in_string(self, text: str) -> str:
            lowered = text.lower()
            # pysbd's pattern wants the abbreviation at a word's start: one of plain letters that
            # only ever follows a letter ("al" in "total") is skipped without its regex scan. Every
            # replacement is of a full stop right after the abbreviation: one never followed by a
            # full stop ("no" in "no one", "st" in "first") has nothing to replace.
            spaced = " " + _SPACE.sub(" ", lowered)
            for abbr in known:
                if abbr + "." not in lowered or (abbr in plain and " " + abbr not in spaced):
                    continue
                found = _pattern(r"(?:^|\s|\r|\n)" + abbr, re.IGNORECASE).findall(text)
                if not found:
                    continue
                chars = _pattern(r"(?<={" + re.escape(abbr) + "} ).{1}").findall(text)
                for i, match in enumerate(found):
                    text = self.scan_for_replacements(text, match, i, chars)
            return text

        def scan_for_replacements(self, txt: str, am: str, ind: int, char_array: list[str]) -> str:
            char = char_array[ind] if ind < len(char_array) else ""
            word = am.strip().lower()
            if char.isupper() and word not in prepositive:
                return txt
            if word in prepositive:
                return period(txt, am.strip(), r"(?=(\s|:\d+))")
            if word in number_abbr:
                return period(txt, am.strip(), r"(?=(\s\d|\s+\())")
            return period(txt, re.escape(am.strip()), r"(?=((\.|\:|-|\?|,)|(\s([a-z]|I\s|I'm|I'll|\d|\())))")

    class Splitter(Processor):  # type: ignore[misc]
        def abbreviations_replacer(self) -> Abbreviations:
            return Abbreviations(self.text, self.lang)

    return lambda text: Splitter(text, lang, char_span=False)


def _boundaries(block: str) -> list[int]:
    """Offsets inside ``block`` where a new sentence starts."""
    cuts: set[int] = set()
    try:
        # NOTE: pysbd's own char spans compile a regex per sentence and rescan the block from its
        # start each time; finding each sentence forward from the last is linear and regex-free.
        pos = 0
        flowing = _unwrap(block) if _MAY_HOLD_ENDS.search(_FINAL_END.sub("", block.rstrip())) else ""
        # The processor's sentences, not ``segment()``'s: that runs the char-span pass anyway,
        # one compiled pattern per sentence (evicting the re cache) and a scan from the start.
        for sent in _processor(active().code)(flowing).process()[:-1] if flowing else []:
            piece = sent.strip()
            found = flowing.find(piece, pos) if piece else -1
            if found < 0:
                raise ValueError("segmenter changed the text")
            pos = found + len(piece)
            if 0 < pos < len(block):
                cuts.add(pos)
    except Exception:  # noqa: BLE001 - any segmenter failure falls back to punctuation rules
        cuts = {m.end() for m in _SIMPLE_BOUNDARY.finditer(block)}
    cuts.update(m.end() for m in _CREDIT_END.finditer(block) if m.end() < len(block))
    cuts.update(m.end() for m in _GUILLEMET_END.finditer(block))
    cuts.update(m.end() for m in _RUN_ON.finditer(block) if m.end() < len(block))
    trail = active().regex("speakers.quote_trail")
    # Only the few characters before each cut are looked at: the check stays linear in the block.
    cuts -= {
        c for c in cuts if _QUOTE_ON_A_WORD.search(block, max(0, c - 8), c) and trail.match(block[c : c + 80])
    }
    # A stray quotation mark (text whose quotes were lost in part) makes the segmenter hold many
    # sentences as one quotation: a piece that long is cut at plain sentence ends.
    edges = [0, *sorted(cuts), len(block)]
    for a, b in zip(edges, edges[1:], strict=False):
        if b - a > _LONGEST:
            cuts.update(a + m.end() for m in _PLAIN_END.finditer(block[a:b]) if a + m.end() < b)
    return sorted(cuts)


_SPACE = re.compile(r"\s")

# A block with none of these but at its very end (a headline, a one-line paragraph) is one
# sentence: pysbd, which costs most on such short blocks, has nothing to split.
_MAY_HOLD_ENDS = re.compile(r"[.!?\u2026;:\n\r\"\u201c\u201d\u00ab\u00bb()\[\]]")
_FINAL_END = re.compile(r"[.!?\u2026][\"\u201d\u00bb\u2019')]*$")

# A closing quotation mark right after a word: the quotation ends with no stop of its own.
_QUOTE_ON_A_WORD = re.compile(r"\w[\"\u201d]\s*$")


# A sentence longer than this is several run together (real news sentences stay well under it).
_LONGEST = 400
# A plain sentence end, not after an initial or a title ("U.S.", "Dr. Farid", "Gen. Ali").
_PLAIN_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bCol)(?<!\bLt)(?<!\bNo)"
    + _SIMPLE_BOUNDARY.pattern
)


# A hard-wrapped paragraph: most of its lines end near one width (plain-text exports, wire copy).
_WRAP_WIDTHS = (40, 120)
_WRAP_FILL = 0.75  # a line that ends before this share of the width ends on purpose
_WRAP_SHARE = 0.6  # the share of lines that must run near the width


def _unwrap(block: str) -> str:
    """``block`` with the line breaks of hard wrapping turned into spaces (the same length, so
    offsets hold): pysbd ends a sentence at every line break, which cuts "the minister for the
    North\nWest Frontier Province, said" in two. A short line, or one ending in a figure or a
    time before a capital ("Updated: 19:32\nOn Wednesday"), still ends where it ends."""
    lines = block.split("\n")
    if len(lines) < 3:
        return block
    width = max(len(line) for line in lines)
    body = lines[:-1]
    full = [line for line in body if len(line.rstrip()) >= _WRAP_FILL * width]
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1] or len(full) < _WRAP_SHARE * len(body):
        return block
    out = []
    for line, nxt in zip(lines, lines[1:], strict=False):
        end = line.rstrip()
        joins = len(end) >= _WRAP_FILL * width and not (end[-1:].isdigit() and nxt[:1].isupper())
        out.append(line + (" " if joins else "\n"))
    out.append(lines[-1])
    return "".join(out)


# The most handed to the sentence splitter at once (pysbd slows more than linearly on long
# paragraphs), and the longest sentence any later stage reads: a run with no sentence end (a
# pasted hex string, a page without stops) is cut at a space, or anywhere when it has none.
_CHUNK = 10_000
_HARD_LONGEST = 2_000


def _chunks(block: str) -> list[tuple[int, int]]:
    """``block`` in pieces of at most ``_CHUNK`` characters, cut at sentence ends where it has
    them, else at a space, else anywhere; each cut looked for in one window, so linear."""
    out, start = [], 0
    while len(block) - start > _CHUNK:
        window = block[start + _CHUNK // 2 : start + _CHUNK]
        ends = [m.end() for m in _SIMPLE_BOUNDARY.finditer(window)]
        cut = ends[-1] if ends else window.rfind(" ") + 1 or len(window)
        out.append((start, start + _CHUNK // 2 + cut))
        start += _CHUNK // 2 + cut
    out.append((start, len(block)))
    return out


def _capped(edges: list[int], block: str) -> list[int]:
    """Sentence edges (from 0) with every piece longer than ``_HARD_LONGEST`` cut, at a space
    where one is near the limit."""
    out = [0]
    for end in edges:
        while end - out[-1] > _HARD_LONGEST:
            lo = out[-1]
            space = block.rfind(" ", lo + _HARD_LONGEST // 2, lo + _HARD_LONGEST)
            out.append(space + 1 if space > 0 else lo + _HARD_LONGEST)
        out.append(end)
    return out


def _blocks(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _BLOCK_BREAK.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


# Thousands grouped by a plain space ("30 800"), and by a comma ("30,800"). A plain space is
# ambiguous alone; a document that groups thousands so at least twice and never with a comma
# writes them that way, and its groups are read as a thin space would be.
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])")
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?!\d)")


def _groups_by_space(text: str) -> bool:
    return len(_SPACE_GROUPED.findall(text)) >= 2 and not _COMMA_GROUPED.search(text)


def _thin_groups(words: str) -> str:
    """ "30 800" as "30\u2009800": one character for one, so offsets hold."""
    return _SPACE_GROUPED.sub(lambda m: m.group().replace(" ", "\u2009"), words)


def segment(document: Document) -> tuple[Sentence, ...]:
    """Split one document into sentences whose spans index its text exactly."""
    text = document.text
    spaced = _groups_by_space(text)
    # A transcript's labels ("A. L.-S. :") are never cut, and are no words of the turn they open.
    found = transcript_labels(text)
    labels = {start: end for start, end, _ in found}
    label_starts = [start for start, _, _ in found]
    sentences: list[Sentence] = []
    for b_start, b_end in _blocks(text):
        block = text[b_start:b_end]
        if not block.strip():
            continue
        cuts = [
            c_start + c for c_start, c_end in _chunks(block) for c in (0, *_boundaries(block[c_start:c_end]))
        ]
        if found:
            cuts = [c for c in cuts if not _inside_label(b_start + c, label_starts, labels)]
        edges = _capped([*sorted(set(cuts) - {0}), len(block)], block)
        for lo, hi in zip(edges, edges[1:], strict=False):
            piece = block[lo:hi]
            stripped = piece.strip()
            if not stripped:
                continue
            start = b_start + lo + (len(piece) - len(piece.lstrip()))
            end = start + len(stripped)
            label = labels.get(start, start) - start
            words, shift = plain(" " * label + stripped[label:])
            if spaced:
                words = _thin_groups(words)
            sentences.append(Sentence(document.id, len(sentences), (start, end), stripped, words, shift))
    return tuple(sentences)


# A transcript: labels open this many lines or more, with this many labels or more.
_TRANSCRIPT_TURNS, _TRANSCRIPT_LABELS = 3, 2


def transcript_labels(text: str) -> tuple[tuple[int, int, str], ...]:
    """The speaker labels opening a transcript's turns ("ANN LEE :", "A. L. :", "Q:"), in order,
    each its line's start, the end of the label and its colon, and the label; none when the text
    is no transcript. A transcript goes back and forth: some speaker speaks again after another
    did, which a dateline ("CAIRO:") and headings do not. Read once per text (segmentation and
    attribution both ask)."""
    return _transcript_labels(active().code, text)


@lru_cache(maxsize=8)
def _transcript_labels(code: str, text: str) -> tuple[tuple[int, int, str], ...]:
    lang = active()
    headings = {w.lower() for w in lang.words("speakers.transcript_not_labels")}
    found = []
    for m in lang.regex("speakers.transcript_label", re.M).finditer(text):
        label = " ".join(m.group("label").split())
        if label.lower() not in headings:
            found.append((m.start(), m.end(), label))
    seen: set[str] = set()
    back, last = False, None
    for _, _, label in found:
        short = initialled(label)
        back = back or (short in seen and short != last)
        seen.add(short)
        last = short
    if len(found) < _TRANSCRIPT_TURNS or len(seen) < _TRANSCRIPT_LABELS or not back:
        return ()
    return tuple(found)


def _inside_label(at: int, starts: list[int], labels: dict[int, int]) -> bool:
    """The offset falls inside a transcript label (after its first character, before its end)."""
    i = bisect.bisect_left(starts, at) - 1
    return i >= 0 and at < labels[starts[i]]


def initialled(label: str) -> str:
    """A label as its initials would write it ("ANN LEE" and "A. L." are both "A.L."), so a
    speaker named in full once and by initials after is one speaker."""
    if "." in label:
        return label.replace(" ", "")
    return "".join("-".join(f"{part[0]}." for part in word.split("-") if part) for word in label.split())


# A dateline: "DOROBI, 17 October 2024 -", "KORVALI, May 14 (EWS) -", "Statement - 7 June 2025".
_DATELINE_DATE = re.compile(r"(?:^|\n|[,/–—-])\s*$")


def document_date(text: str, reference: dt.date | None) -> dt.date | None:
    """The date a document gives itself in its dateline or header, if any."""
    from claimdiff.timex import find_times

    head = text[:300]
    for t in find_times(head, reference):
        if t.kind != "day" or not any(ch.isdigit() for ch in t.text):
            continue
        line = head[: t.start].rsplit("\n", 1)[-1]
        stamped = active().regex("dates.stamp_before").search(line) is not None
        if t.start and not stamped and _DATELINE_DATE.search(head[max(0, t.start - 4) : t.start]) is None:
            continue
        if reference is not None and t.low > reference + dt.timedelta(days=1):
            continue  # a date after the case's own reference is not the writing date
        return t.low
    return None


def headlines(document: Document, sentences: tuple[Sentence, ...]) -> frozenset[int]:
    """Indexes of headline and header lines: short, unpunctuated, alone on their line."""
    out = set()
    text = document.text
    for s in sentences[:3]:
        line_end = text.find("\n", s.span[0])
        alone = (line_end == -1 or line_end >= s.span[1]) and (s.span[0] == 0 or text[s.span[0] - 1] == "\n")
        if alone and len(s.text.split()) <= 20 and not s.text.rstrip().endswith((".", "!", "?", '"', "”")):
            out.add(s.index)
        else:
            break
    return frozenset(out)


# Markdown that carries no words: list markers, quote and heading marks, bold and italics.
_MARKUP = re.compile(
    r"^[ \t]*(?:[-*+]|\d+[.)]|>+|#{1,6})[ \t]+|\*\*|__|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])"
)


def plain(text: str) -> tuple[str, int]:
    """The words of a sentence without Markdown marks, and where they start.

    Marks become spaces, so every offset into the result is an offset into ``text``: spans found
    in the plain text need only the returned shift.
    """
    masked = _MARKUP.sub(lambda m: " " * len(m.group(0)), text)
    shift = len(masked) - len(masked.lstrip())
    return masked[shift:], shift
