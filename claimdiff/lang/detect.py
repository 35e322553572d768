"""Which language a text is in, from the function words each language's data lists.

A news paragraph in one language is mostly that language's small words ("the", "of", "le",
"des"); counting them needs no model and no download, and a language added as data is detected
as soon as its ``detect.function_words`` are written. A text too short for them to tell (a
headline, a post, one sentence) is told by the words that hold letters only its language
writes (``detect.letters``: "é", "è", "ç" in French), when no other language's letters are there.
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
# Hits enough when no other language has any ("Des dizaines de blessés").
_MIN_ALONE = 2
# Words with a language's own letters that tell a short text, when the small words do not.
_MIN_LETTER_WORDS = 2
_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str) -> str | None:
    """The code of the language ``text`` is in, or None when the words do not tell."""
    words = [m.group().lower() for _, m in zip(range(_MAX_WORDS), _WORD.finditer(text), strict=False)]
    scores = sorted(
        ((sum(w in known for w in words), code) for code, known in _function_words().items()),
        reverse=True,
    )
    top, second = scores[0][0] if scores else 0, scores[1][0] if len(scores) > 1 else 0
    if top >= _MIN_HITS and top >= _MARGIN * second or top >= _MIN_ALONE and not second:
        return scores[0][1]
    return _by_letters(words)


def _by_letters(words: list[str]) -> str | None:
    """The one language whose own letters are in enough of the words, when no other's are."""
    hits = {
        code: sum(1 for w in words if any(ch in letters for ch in w)) for code, letters in _letters().items()
    }
    found = [code for code, n in hits.items() if n]
    if len(found) == 1 and hits[found[0]] >= _MIN_LETTER_WORDS:
        return found[0]
    return None


@cache
def _function_words() -> dict[str, frozenset[str]]:
    # Only each language's detect.yaml: telling the language loads no other data.
    return {
        code: frozenset(str(w) for w in load_file(code, "detect")["function_words"]) for code in languages()
    }


@cache
def _letters() -> dict[str, frozenset[str]]:
    """Each language's own letters (a language without any, such as English, has none)."""
    out = {}
    for code in languages():
        letters = load_file(code, "detect").get("letters")
        if letters:
            out[code] = frozenset(str(letters))
    return out
