"""Shared comparisons for the report tests: the bundled cases, and one built to attack the reports."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import claimdiff
from claimdiff.model import Case, Comparison, Document

ROOT = Path(__file__).resolve().parents[2]

# Accounts, names and a title holding everything that could break out of a report: HTML, the end
# of a script element, event handlers, javascript: links, Markdown tables, code, emphasis,
# mentions, line breaks of every kind, and the JavaScript line separators.
HOSTILE_TITLE = 'Tarvel </title></script><script>alert("title")</script> | `raid` @octocat'
HOSTILE_TEXTS = (
    'The council said: "At least 70 civilians were killed" <script>alert(1)</script> in Tarvel | '
    "on Tuesday.\u2028A *senior* official posted [a link](javascript:alert(1)) and <!-- a comment.",
    "The army said 12 `fighters` were killed in Tarvel & nobody else on Tuesday; ask @octocat about #12. "
    "<img src=x onerror=alert(1)> ```\n\n```js\nalert(1)\n``` </script>",
)
HOSTILE_SOURCES = ('The "Free" <b>Council</b> | ```x', "Army <HQ>\r```\n\u2029@octocat onerror=alert(1)")


@cache
def moura() -> Comparison:
    return claimdiff.compare([str(ROOT / "fixtures" / "moura")])


@cache
def xss_accounts() -> Comparison:
    return claimdiff.compare([str(ROOT / "fixtures" / "xss-accounts")])


@cache
def revisions() -> Comparison:
    """A case with revisions and soft contradictions, which Moura has none of."""
    return claimdiff.compare([str(ROOT / "fixtures" / "hospital-blast")])


@cache
def hostile() -> Comparison:
    case = Case(
        title=HOSTILE_TITLE,
        reference_date=None,
        documents=(
            Document(
                id="d1", path='accounts/a|b`c"<d>.txt', text=HOSTILE_TEXTS[0], source=HOSTILE_SOURCES[0]
            ),
            Document(id="d2", path=None, text=HOSTILE_TEXTS[1], source=HOSTILE_SOURCES[1]),
        ),
    )
    return claimdiff.compare(case)


@cache
def empty() -> Comparison:
    """Two accounts with nothing to compare: no claims, no relations."""
    return claimdiff.compare(["Nothing happened here.", "The weather was fine."])
