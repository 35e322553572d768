"""What every aspect module provides, and the relation draft the comparers return."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from claimdiff.align import Alignment, Block, Mention
from claimdiff.aspects.reading import Reading
from claimdiff.model import Aspect, Fact, Polarity, RelationKind, Source, Statement, Strength


@dataclass(frozen=True, slots=True)
class Found:
    """A relation before ids are given."""

    kind: RelationKind
    aspect: Aspect
    key: str
    a: tuple[Mention, ...]
    b: tuple[Mention, ...]
    sources: tuple[str, str]
    detail: str
    score: float
    strength: Strength | None = None
    missing_in: str | None = None


@dataclass(frozen=True, slots=True)
class Scene:
    """What comparers may consult beyond one block: the whole alignment and the voices."""

    alignment: Alignment
    statements: tuple[Statement, ...]
    sources: tuple[Source, ...]
    accounts: dict[str, int]  # voices that give their own account, with how many statements
    names: dict[str, str] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def derived(self, what: str, make: Callable[[Scene], Any]) -> Any:
        """``make(self)``, computed once per comparison."""
        if what not in self.memo:
            self.memo[what] = make(self)
        return self.memo[what]


Extractor = Callable[[Reading, tuple[Fact, ...]], Iterable[Fact]]
Comparer = Callable[[Block, str, str, Scene], "Found | None"]


@dataclass(frozen=True, slots=True)
class AspectRules:
    """One aspect: how its facts are found and how two voices' facts compare.

    ``extract`` sees the facts the aspects before it found (victim spans block actors);
    ``revise`` relates one voice's facts of a block to each other (revisions); ``relate``
    finds relations over the whole comparison (omissions); ``settle`` finishes a fact once
    the speaker is known. ``account`` says whether stating this aspect is giving one's own
    account of what happened.
    """

    aspect: Aspect
    extract: Extractor
    compare: Comparer
    revise: Callable[[Block, Scene], Iterable[Found]] | None = None
    relate: Callable[[Scene], Iterable[Found]] | None = None
    settle: Callable[[Fact, Reading], Fact] | None = None
    account: bool = False


def pair_found(
    kind: RelationKind,
    block: Block,
    x: Mention,
    y: Mention,
    pair: tuple[str, str],
    detail: str,
    score: float,
    strength: Strength | None = None,
) -> Found:
    """A relation between two voices on one block, with one mention of each as evidence."""
    return Found(kind, block.aspect, block.key, (x,), (y,), pair, detail, score, strength)


def contra(block: Block, a: str, b: str, x: Mention, y: Mention, detail: str, strength: Strength) -> Found:
    """A contradiction, scored lower when either side hedges."""
    hedged = Polarity.HEDGED in (x.fact.polarity, y.fact.polarity)
    return pair_found(
        RelationKind.CONTRADICTION, block, x, y, (a, b), detail, 0.8 if hedged else 0.9, strength
    )


def answers_to(
    statements: list[Statement] | tuple[Statement, ...],
) -> Iterable[tuple[int, Statement, Statement]]:
    """Each statement a voice makes right after another voice's, in the same document: (index,
    the statement before, the statement), where the later one may answer or take up the earlier
    ("X denied the allegations", "a doctor confirmed the death toll"). Narration, headlines and
    background answer nothing."""
    for i in range(1, len(statements)):
        before, st = statements[i - 1], statements[i]
        if st.narrator or st.headline or st.background:
            continue
        if before.document == st.document and before.source != st.source:
            yield i, before, st


def latest(mentions: Iterable[Mention]) -> Mention:
    return max(mentions, key=lambda m: (m.order, m.fact.span))


def sort_id(x: str) -> tuple[int, str]:
    digits = "".join(ch for ch in x if ch.isdigit())
    return (int(digits) if digits else 0, x)
