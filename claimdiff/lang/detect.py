"""Which language a text is in, from the function words each language's data lists.

A news paragraph in one language is mostly that language's small words ("the", "of", "le",
"des"); counting them needs no model and no download, and a language added as data is detected
as soon as its ``detect.function_words`` are written.
"""

from __future__ import annotations

import re
from functools import cache

from claimdiff.lang import languages, load_file

# Enough words to decide, and a bound on the work for a long document.
_MAX_WORDS = 2000
# The winner needs this many hits, and this share more than the runner-up, else no verdict.
_MIN_HITS = 3
_MARGIN = 1.5
_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str) -> str | None:
    """The code of the language ``text`` is in, or None when the words do not tell."""
    words = [m.group().lower() for _, m in zip(range(_MAX_WORDS), _WORD.finditer(text), strict=False)]
    scores = sorted(
        ((sum(w in known for w in words), code) for code, known in _function_words().items()),
        reverse=True,
    )
    if not scores or scores[0][0] < _MIN_HITS:
        return None
    if len(scores) > 1 and scores[0][0] < _MARGIN * scores[1][0]:
        return None
    return scores[0][1]


@cache
def _function_words() -> dict[str, frozenset[str]]:
    # Only each language's detect.yaml: telling the language loads no other data.
    return {
        code: frozenset(str(w) for w in load_file(code, "detect")["function_words"]) for code in languages()
    }
