"""The evidence behind a relation, as the human-facing reports show it.

Each side of a relation is a list of quotes: the statement's text cut around the value the
relation rests on, so a report can show "…killed hundreds of **civilians** there…". The
Markdown and HTML reports share this; the machine formats keep the raw spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdiff.model import Comparison, Evidence, Relation, RelationKind


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement split at the value a relation rests on: ``before + match + after``."""

    source: str
    statement: str
    document: str
    before: str
    match: str
    after: str
    polarity: str

    def window(self, width: int) -> tuple[str, str, str]:
        """The quote cut to about ``width`` characters around the match, on word boundaries."""
        before, match, after = (_squash(part) for part in (self.before, self.match, self.after))
        room = max(0, width - len(match))
        if len(before) + len(after) <= room:
            return before, match, after
        # The words before the value get a third of the room, or more when the rest is short.
        keep_before = min(len(before), max(room // 3, room - len(after)))
        keep_after = room - keep_before
        if keep_before < len(before):
            cut = before[len(before) - keep_before :]
            space = cut.find(" ")
            before = "…" + (cut[space + 1 :] if 0 <= space < len(cut) - 1 else cut)
        if keep_after < len(after):
            cut = after[:keep_after]
            space = cut.rfind(" ")
            after = (cut[:space] if space > 0 else cut).rstrip() + "…"
        return before, match, after


def sides(comparison: Comparison, rel: Relation) -> tuple[tuple[Quote, ...], tuple[Quote, ...]]:
    """The quotes of voice A and of voice B.

    For an omission, side A holds every voice that states the fact and side B is empty: the
    omitting voice has nothing to quote. For a revision both sides are the one voice, earlier
    and later.
    """
    quotes = tuple(evidence_quote(comparison, value) for value in rel.values)
    if not quotes:
        quotes = tuple(_whole(comparison, sid) for sid in rel.statements)
    if rel.kind is RelationKind.OMISSION:
        return quotes, ()
    if len(quotes) == 1:
        return quotes, ()
    return quotes[:1], quotes[-1:]


def evidence_quote(comparison: Comparison, value: Evidence) -> Quote:
    """One value's statement, cut at the value."""
    st = comparison.statement(value.statement)
    lo, hi = value.span
    # Offsets are in the document; the statement's text starts at its own span.
    lo = min(max(lo - st.span[0], 0), len(st.text))
    hi = min(max(hi - st.span[0], lo), len(st.text))
    return Quote(
        source=value.source,
        statement=st.id,
        document=st.document,
        before=st.text[:lo],
        match=st.text[lo:hi],
        after=st.text[hi:],
        polarity=value.polarity.value,
    )


def _whole(comparison: Comparison, statement_id: str) -> Quote:
    st = comparison.statement(statement_id)
    return Quote(st.source, st.id, st.document, st.text, "", "", "")


def _squash(text: str) -> str:
    """Runs of whitespace (newlines too) as one space, keeping a space at either end."""
    return re.sub(r"\s+", " ", text)


def relation_label(rel: Relation) -> str:
    """``contradiction (hard)``, ``omission``: the kind with its strength."""
    return rel.kind.value + (f" ({rel.strength.value})" if rel.strength else "")
