"""Characters that hide or reorder text: one list for every place that must not pass them on
(the terminal, a Mermaid label) or must not take them for content (an empty document)."""

from __future__ import annotations

import re

# C0 and C1 controls, tab and newline apart (they lay text out); ESC opens terminal sequences.
CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# Marks that reorder what follows them: bidi marks, embeddings, overrides and isolates.
BIDI_MARKS = "\u061c\u200e\u200f"
BIDI_EMBEDDINGS = "\u202a-\u202e\u2066-\u2069"
# Characters that show nothing: zero-width spaces, joiners and marks, word joiners, BOM, soft hyphen.
ZERO_WIDTH = "\u200b-\u200f\u2060-\u2064\ufeff\u00ad"

# What a terminal would obey in untrusted text.
TERMINAL_UNSAFE = re.compile(f"[{CONTROLS}{BIDI_MARKS}{BIDI_EMBEDDINGS}]")
# ... and, in a one-line label, a tab or a newline too.
LABEL_UNSAFE = re.compile(f"[\t\n{CONTROLS}{BIDI_MARKS}{BIDI_EMBEDDINGS}]")
# What a reader would not see at all.
INVISIBLE = re.compile(f"[{ZERO_WIDTH}{BIDI_EMBEDDINGS}]")
_VISIBLE = re.compile(rf"[^\s{ZERO_WIDTH}{BIDI_EMBEDDINGS}]")


def blank(text: str) -> bool:
    """Nothing a reader would see: white space and invisible characters only. Stops at the first
    visible character, so a long text is not copied to be told it is not empty."""
    return _VISIBLE.search(text) is None
