"""Property tests for ``claimdiff.compare`` on generated texts.

The texts mix random unicode with news-like fragments (tolls, attributions, quotes, newlines,
Markdown headings), so the whole pipeline sees both well-formed and hostile input.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import claimdiff
from claimdiff.chars import blank

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# ---------------------------------------------------------------------------
# Strategies

FRAGMENTS = [
    "at least 70 people were killed",
    "according to the ministry",
    "According to the Interior Ministry,",
    "the army said",
    "local residents told reporters",
    "a spokesman for the regional governor said",
    "12 fighters were killed",
    "some 300 civilians died",
    "hundreds of villagers",
    "dozens were injured",
    "between 40 and 55 people are missing",
    "nobody was hurt",
    "no civilians were harmed",
    "the toll was later revised to 86",
    "in an airstrike",
    "after a misfired rocket hit the market",
    "on Tuesday",
    "on 14 March 2021",
    "late last month",
    "in the village of Tarvel",
    "about 200 km north of the capital",
    "the rebels denied any involvement",
    "It was not clear who carried out the attack",
    '"We buried 41 bodies," a local imam said.',
    "\u201cThey came at dawn,\u201d one witness recalled.",
    "the U.S. embassy",
    "Gen. Okoro",
    "at 6 a.m.",
    "51 suspects were arrested",
    "some 2,500 families were displaced",
    "1.2 million",
    "# Breaking",
    "## Update 2",
    "- item",
    "> quoted",
    "1. first point",
    "Mr. Hale",
    "(AFP)",
    "\u2014",
    "...",
]

SEPARATORS = [" ", " ", " ", ". ", ", ", "\n", "\n\n", "\r\n", "\t", "; ", "! ", "? "]

fragment = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(FRAGMENTS),
    st.integers(min_value=0, max_value=10_000_000).map(str),
    st.text(max_size=25),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12),
)


@st.composite
def news_text(draw: st.DrawFn) -> str:
    parts = draw(st.lists(fragment, min_size=1, max_size=12))
    out = []
    for part in parts:
        out.append(part)
        out.append(draw(st.sampled_from(SEPARATORS)))
    text = "".join(out[:-1])
    # Empty texts, or texts of invisible characters only ("\xad"), are bad input (InputError by
    # design), not what these properties are about.
    assume(not blank(text))
    return text


def _names_existing_path(text: str) -> bool:
    try:
        return "\n" not in text and Path(text).exists()
    except (OSError, ValueError):
        return False


def _usable(texts: list[str]) -> bool:
    return not any(_names_existing_path(t) for t in texts)


texts_strategy = st.lists(news_text(), min_size=1, max_size=3).filter(_usable)


# ---------------------------------------------------------------------------
# Helpers


def _schema() -> dict:
    ref = resources.files("claimdiff").joinpath("data/report.schema.json")
    return json.loads(ref.read_text(encoding="utf-8"))


VALIDATOR = Draft202012Validator(_schema())


def _normalised(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------
# Properties


@SETTINGS
@given(texts_strategy)
@example(["According to the ministry, at least 70 people were killed on Tuesday."])
@example(['# Update\n\n"We counted 12 bodies," he said.\r\n', "The army said 300 died. \u00a0"])
def test_compare_never_raises_and_validates(texts: list[str]) -> None:
    comparison = claimdiff.compare(texts)
    record = comparison.to_record()
    errors = sorted(VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    assert len(record["documents"]) == len(texts)
    # JSON round-trips without loss.
    assert json.loads(json.dumps(record)) == record
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record


@SETTINGS
@given(texts_strategy)
def test_statements_cover_every_character_exactly_once(texts: list[str]) -> None:
    comparison = claimdiff.compare(texts)
    record = comparison.to_record()
    for doc, original in zip(comparison.case.documents, texts, strict=True):
        text = doc.text
        assert text == _normalised(original)
        owners = [0] * len(text)
        spans = []
        for st_rec in record["statements"]:
            if st_rec["document"] != doc.id:
                continue
            start, end = st_rec["span"]
            assert 0 <= start < end <= len(text)
            assert st_rec["text"] == text[start:end]
            spans.append((start, end))
            for i in range(start, end):
                owners[i] += 1
        for i, ch in enumerate(text):
            if not ch.isspace():
                assert owners[i] == 1, (i, ch, text)
            else:
                assert owners[i] <= 1, (i, text)
        spans.sort()
        for (_, end_a), (start_b, _) in zip(spans, spans[1:], strict=False):
            assert end_a <= start_b, spans


@SETTINGS
@given(texts_strategy)
def test_compare_is_deterministic(texts: list[str]) -> None:
    first = json.dumps(claimdiff.compare(texts).to_record())
    second = json.dumps(claimdiff.compare(list(texts)).to_record())
    assert first == second


@st.composite
def consistent_account(draw: st.DrawFn) -> str:
    """One voice telling one story, possibly restating it: nothing in it disagrees with itself."""
    voice = draw(st.sampled_from(["The ministry said", "Residents said", "According to the army,", ""]))
    toll = draw(st.sampled_from(["at least 70", "12", "some 300", "dozens of", "hundreds of", "41"]))
    who = draw(st.sampled_from(["people", "civilians", "fighters", "villagers", "miners"]))
    verb = draw(st.sampled_from(["were killed", "died", "were wounded"]))
    place = draw(st.sampled_from(["", " in the village of Tarvel", " near the northern border"]))
    when = draw(st.sampled_from(["", " on Tuesday", " on 14 March 2021"]))
    core = f"{voice} {toll} {who} {verb}{place}{when}.".strip()
    core = core[0].upper() + core[1:]
    extras = draw(
        st.lists(
            st.sampled_from(
                [
                    "# Update",
                    "Rescue teams were still at work.",
                    "The road was closed.",
                    core,
                    f"\u201c{core}\u201d",
                    "It was not clear what happened next.",
                ]
            ),
            max_size=4,
        )
    )
    seps = draw(st.lists(st.sampled_from([" ", "\n", "\n\n"]), min_size=len(extras), max_size=len(extras)))
    return core + "".join(sep + extra for sep, extra in zip(seps, extras, strict=True))


@SETTINGS
@given(consistent_account().filter(lambda t: _usable([t])))
@example("The ministry said at least 70 people were killed in the village of Tarvel on Tuesday.")
@example('Residents said 12 fighters died.\n\n"Residents said 12 fighters died."')
def test_identical_copy_gives_no_contradiction(text: str) -> None:
    alone = claimdiff.compare([text])
    twice = claimdiff.compare([text, text])
    assert not [r for r in alone.relations if r.kind.value == "contradiction"]
    assert not [r for r in twice.relations if r.kind.value == "contradiction"]


@SETTINGS
@given(news_text().filter(lambda t: _usable([t])))
@example("at least 70 people were killed local residents told reporters no civilians were harmed")
def test_a_fact_never_contradicts_its_own_copy(text: str) -> None:
    # A mixed text may disagree with itself, and its copy then disagrees with it too; but the
    # evidence of a contradiction is never one fact set against the same fact in the copy.
    twice = claimdiff.compare([text, text])
    for rel in twice.relations:
        if rel.kind.value != "contradiction":
            continue
        stated = {(v.span, v.polarity, v.value.text) for v in rel.values}
        assert len(stated) > 1, rel


def test_long_single_line_text_is_treated_as_text() -> None:
    text = (
        "The regional health office said on Friday that at least 70 people were killed when a "
        "rocket struck the crowded market in the centre of the town, while the armed forces "
        "insisted that only 12 fighters had died and that no civilians had been harmed at all, "
        "according to statements released late on Friday evening."
    )
    assert "\n" not in text and len(text.encode()) > 255
    comparison = claimdiff.compare([text, "The army said 12 fighters were killed."])
    assert len(comparison.case.documents) == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_strategy)
def test_every_reporter_renders(texts: list[str]) -> None:
    from claimdiff.report import REPORTERS, RenderOptions, render

    comparison = claimdiff.compare(texts)
    for name in sorted(REPORTERS):
        text = render(name, comparison, RenderOptions())
        # JSON Lines has a line per relation and nothing else: none for no relation.
        empty_ok = name == "jsonl" and not comparison.relations
        assert isinstance(text, str) and (text.strip() or empty_ok), name
    assert json.loads(render("json", comparison)) == comparison.to_record()
