"""Segment stage: a document's text becomes sentences with exact character spans.

Paragraph breaks and Markdown lines always end a sentence; inside a paragraph pysbd finds the
boundaries (it keeps "U.S.", "Gen." and "a.m." whole). Sentences are cut at pysbd's
boundaries rather than copied from its output, so every non-blank character of the input
lands in exactly one sentence whatever the segmenter does.
"""

from __future__ import annotations

import re
from functools import cache

from claimdiff.model import Document, Sentence

# A blank line, or a line break before a Markdown block (heading, list item, quote).
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>))")
# Fallback boundary when pysbd is unavailable for a block: end punctuation, then a capital.
_SIMPLE_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


@cache
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _boundaries(block: str) -> list[int]:
    """Offsets inside ``block`` where a new sentence starts."""
    cuts: set[int] = set()
    try:
        spans = _segmenter().segment(block)
        for span in spans[:-1]:
            if 0 < span.end < len(block):
                cuts.add(span.end)
    except Exception:  # noqa: BLE001 - any segmenter failure falls back to punctuation rules
        cuts = {m.end() for m in _SIMPLE_BOUNDARY.finditer(block)}
    return sorted(cuts)


def _blocks(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _BLOCK_BREAK.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def segment(document: Document) -> tuple[Sentence, ...]:
    """Split one document into sentences whose spans index its text exactly."""
    text = document.text
    sentences: list[Sentence] = []
    for b_start, b_end in _blocks(text):
        block = text[b_start:b_end]
        if not block.strip():
            continue
        edges = [0, *_boundaries(block), len(block)]
        for lo, hi in zip(edges, edges[1:], strict=False):
            piece = block[lo:hi]
            stripped = piece.strip()
            if not stripped:
                continue
            start = b_start + lo + (len(piece) - len(piece.lstrip()))
            end = start + len(stripped)
            sentences.append(
                Sentence(document=document.id, index=len(sentences), span=(start, end), text=stripped)
            )
    return tuple(sentences)
