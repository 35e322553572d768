"""The segment stage: sentences with exact spans, whatever the text looks like."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdiff.lang import using
from claimdiff.model import Document
from claimdiff.segment import document_date, segment


def _doc(text: str) -> Document:
    return Document(id="d1", path=None, text=text)


def _texts(text: str) -> list[str]:
    return [s.text for s in _checked(text)]


def _checked(text: str):  # type: ignore[no-untyped-def]
    """Segment and check the invariants every result must hold."""
    sentences = segment(_doc(text))
    owners = [0] * len(text)
    previous_end = 0
    for i, s in enumerate(sentences):
        start, end = s.span
        assert s.document == "d1"
        assert s.index == i
        assert 0 <= previous_end <= start < end <= len(text)
        assert s.text == text[start:end]
        assert s.text == s.text.strip(), repr(s.text)
        previous_end = end
        for k in range(start, end):
            owners[k] += 1
    for k, ch in enumerate(text):
        if not ch.isspace():
            assert owners[k] == 1, (k, ch)
    return sentences


def test_spans_are_exact() -> None:
    text = "  The toll rose to 41 on Monday.  Rescuers kept digging.\tNo survivors were found.  "
    sentences = _checked(text)
    assert [s.text for s in sentences] == [
        "The toll rose to 41 on Monday.",
        "Rescuers kept digging.",
        "No survivors were found.",
    ]
    assert sentences[0].span == (2, 32)
    assert all(text[a:b] == s.text for s, (a, b) in ((s, s.span) for s in sentences))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. embassy condemned the shelling. Its statement came late.",
            ["The U.S. embassy condemned the shelling.", "Its statement came late."],
        ),
        (
            "Troops under Gen. Okoro entered the town. They met no resistance.",
            ["Troops under Gen. Okoro entered the town.", "They met no resistance."],
        ),
        (
            "The convoy left at 5 a.m. on Sunday. It reached the border by noon.",
            ["The convoy left at 5 a.m. on Sunday.", "It reached the border by noon."],
        ),
        (
            "A U.S. envoy met Gen. Okoro at 9 a.m. on Friday to discuss the ceasefire.",
            ["A U.S. envoy met Gen. Okoro at 9 a.m. on Friday to discuss the ceasefire."],
        ),
    ],
    ids=["us", "gen", "am", "all-three"],
)
def test_abbreviations_do_not_split(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_blank_line_ends_a_sentence_without_punctuation() -> None:
    text = "Officials said at least 70 people were killed\n\nResidents put the figure far higher"
    assert _texts(text) == [
        "Officials said at least 70 people were killed",
        "Residents put the figure far higher",
    ]


def test_blank_line_with_spaces_ends_a_sentence() -> None:
    assert _texts("the first part \n \t \nthe second part") == ["the first part", "the second part"]


@pytest.mark.parametrize("level", ["#", "##", "###", "######"])
def test_markdown_heading_is_its_own_sentence(level: str) -> None:
    text = f"{level} Flood update\nthe river kept rising through the night"
    assert _texts(text) == [f"{level} Flood update", "the river kept rising through the night"]


def test_text_before_a_heading_ends() -> None:
    text = "the last words of a paragraph\n## Reactions\nthe governor called for calm"
    assert _texts(text) == ["the last words of a paragraph", "## Reactions", "the governor called for calm"]


@pytest.mark.parametrize("marker", ["-", "*", "+", "1.", "2)"])
def test_markdown_list_items_end_a_sentence(marker: str) -> None:
    text = f"The agency listed its needs\n{marker} clean water\n{marker} tents for the displaced"
    assert _texts(text) == [
        "The agency listed its needs",
        f"{marker} clean water",
        f"{marker} tents for the displaced",
    ]


def test_block_quote_ends_a_sentence() -> None:
    text = "One survivor described the night\n> the water came in through the roof"
    assert _texts(text) == ["One survivor described the night", "> the water came in through the roof"]


def test_trailing_whitespace_is_excluded() -> None:
    text = "The bridge collapsed.   \n\n\tTwo cars fell into the river. \u00a0\n  "
    sentences = _checked(text)
    assert [s.text for s in sentences] == ["The bridge collapsed.", "Two cars fell into the river."]
    for s in sentences:
        assert not text[s.span[1] - 1].isspace()
        assert not text[s.span[0]].isspace()


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t \n \u00a0 "])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert segment(_doc(text)) == ()


def test_quotes_and_unicode_are_covered_once() -> None:
    text = (
        "\u201cWe buried 41 people,\u201d the imam said. \u00abC\u2019\u00e9tait terrible\u00bb, "
        "a\u00f1adi\u00f3 un vecino.\n\n"
        "\u0627\u0644\u0633\u0644\u0627\u0645 \u2014 \U0001f4f0 report 3/4 ... end?!"
    )
    assert len(_checked(text)) >= 2


def test_every_non_blank_character_is_covered_once_in_a_long_document() -> None:
    paragraph = (
        "According to the ministry, at least 70 people were killed on 3 March. "
        "Mr. Hale of the U.S. mission said the figure was 'far too low'. "
        "Some 2,500 families fled (AFP).\n"
    )
    text = "# Report\n\n" + (paragraph + "\n") * 20 + "- one\n- two\n\n1. three\n"
    sentences = _checked(text)
    assert sentences[0].text == "# Report"
    assert sentences[-1].text == "1. three"


def test_carriage_returns_are_whitespace_between_sentences() -> None:
    _checked("First line here.\r\nSecond line here.\r\n\r\nThird.")


def test_segment_is_deterministic() -> None:
    text = "One. Two three. Four?\n\n# Five\n- six"
    assert segment(_doc(text)) == segment(_doc(text))


_WRAPPED = (
    "Flood toll passes 40 Updated: 2021-03-02 19:32\n"
    "On Tuesday, the information minister for the Sayle North\n"
    "West Province, said 37 people died in the province and at\n"
    "least 120 were injured, most of them in Harrow district. He\n"
    "said the figures came from local officials.\n"
    "Rescue teams are still searching the river banks."
)


def test_hard_wrapped_lines_are_joined_into_their_sentences() -> None:
    texts = [t.replace("\n", " ") for t in _texts(_WRAPPED)]
    assert texts[0] == "Flood toll passes 40 Updated: 2021-03-02 19:32"  # a stamp ends its line
    assert texts[1].startswith("On Tuesday, the information minister for the Sayle North West Province, said")
    assert texts[1].endswith("most of them in Harrow district.")
    assert texts[2] == "He said the figures came from local officials."


def test_short_lines_are_not_a_wrapped_paragraph() -> None:
    assert _texts("Title\nA first line.\nAnother line") == ["Title", "A first line.", "Another line"]


@pytest.mark.parametrize(
    ("text", "grouped"),
    [
        # A document that groups thousands by a plain space, twice and never with a comma ...
        ("The quake killed 30 800 people. About 48 000 were confirmed dead.", True),
        # ... but one such group alone, or beside commas, stays two numbers.
        ("In 2005 300 people died. Later 48 000 were counted.", False),
        ("The quake killed 30 800 people. About 48,000 were confirmed dead. Some 12 000 fled.", False),
    ],
)
def test_thousands_grouped_by_a_plain_space_in_a_document_that_writes_them_so(
    text: str, grouped: bool
) -> None:
    doc = Document(id="d1", path="a.txt", text=text)
    words = " ".join(s.words for s in segment(doc))
    assert ("\u2009" in words) is grouped
    # One character for one: the sentences still index the text.
    assert all(text[s.span[0] : s.span[1]] == s.text for s in segment(doc))


def test_a_bracketed_photo_credit_ends_its_caption() -> None:
    text = "Images of the pilot were released [Velna Post] In a statement the ministry said five died."
    assert _texts(text) == [
        "Images of the pilot were released [Velna Post]",
        "In a statement the ministry said five died.",
    ]
    # A bracket inside a sentence, followed by lower case, is no boundary.
    assert len(_texts("The officer [a sergeant] was hurt in the blast.")) == 1


def test_a_quotation_run_into_the_next_sentence_with_no_space_ends_there() -> None:
    # A paragraph break the page lost: the closing quote touches the next sentence's first word.
    text = (
        "The ministry said: \u201cThe number did not exceed 46.\u201dYesterday evening, "
        "the committee said 108 died."
    )
    assert _texts(text) == [
        "The ministry said: \u201cThe number did not exceed 46.\u201d",
        "Yesterday evening, the committee said 108 died.",
    ]
    # An initial, or a quotation that runs on into its sentence, is no such break.
    assert len(_texts("He wrote \u201cNo.\u201d and left the room.")) == 1


def test_a_sentence_run_into_the_next_with_no_space_ends_there() -> None:
    text = (
        "The group said so in a statement on its website.Although it gave no toll, residents said six died."
    )
    assert _texts(text) == [
        "The group said so in a statement on its website.",
        "Although it gave no toll, residents said six died.",
    ]
    # Initials and abbreviations with no space after their stops are no such break.
    assert len(_texts("The U.S.Army said St.Louis units left at 5 p.m.Monday.")) == 1


def test_sentences_a_stray_quotation_mark_runs_together_are_cut_apart() -> None:
    # The closing quote of the sentence before opens this paragraph, so the segmenter reads every
    # sentence up to the next quote as one quotation.
    text = (
        '" The minister said he ordered the strikes against the base this week. '
        "Officials said the army fired dozens of missiles at the base in response to the attack. "
        "The government of Velna has strongly denied any part in the attack on the town. "
        "The strikes targeted military positions in the province and in the city, the governor "
        'added in his interview with the state broadcaster on the day after the "raid".'
    )
    assert len(_texts(text)) == 4


def test_a_long_sentence_is_not_cut_after_a_title() -> None:
    text = (
        "The director of the Velna National Hospital Dr. Omar Seldan told the state agency that the "
        "hospital had taken in the bodies of 10 victims and 41 more people wounded by flying glass "
        "from the shelling, adding that most of the wounded are women and children whose wounds "
        "are critical and that all of them are receiving the treatment they need at the hospital, "
        "where doctors have worked through the night since the first of the wounded were brought in."
    )
    assert len(text) > 400 and len(_texts(text)) == 1


def test_a_quotation_closed_on_a_word_runs_on_into_its_speaker() -> None:
    text = (
        'The base was hit at dawn. "Five were killed and seven others injured" Karel was quoted as '
        'saying by Velna TV. "We will respond" The minister said. "It is over." Rescuers left.'
    )
    assert _texts(text) == [
        "The base was hit at dawn.",
        '"Five were killed and seven others injured" Karel was quoted as saying by Velna TV.',
        '"We will respond" The minister said.',
        '"It is over."',
        "Rescuers left.",
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("DOROBI, 17 October 2024 - The toll rose to 12.", "2024-10-17"),
        # A page's stamp before its date, on the first line or after the headline.
        ("Toll rises to 79 (Courier) Updated: 2005-10-19 19:32\nThe minister said 79 died.", "2005-10-19"),
        ("date 2023-04-12 The council said the bridge was closed.", "2023-04-12"),
        ("By the Courier / 20 October 2005\n\nThe toll rose to 12.", "2005-10-20"),
        ("Published on March 3, 2021\n\nThe toll rose to 12.", "2021-03-03"),
        # A date inside the story dates the event, not the page.
        ("The flood of 17 October 2024 killed 12.", None),
    ],
)
def test_the_date_a_document_gives_itself(text: str, written: str | None) -> None:
    found = document_date(text, dt.date(2030, 1, 1))
    assert (found.isoformat() if found else None) == written


def test_a_quotation_in_guillemets_ending_its_sentence_ends_it() -> None:
    with using("fr"):
        texts = _texts(
            "« Nous avons compté 62 corps », a affirmé un élu. « Les assaillants sont arrivés à moto. »"
            " Le ministère a démenti toute implication."
        )
    assert texts == [
        "« Nous avons compté 62 corps », a affirmé un élu.",
        "« Les assaillants sont arrivés à moto. »",
        "Le ministère a démenti toute implication.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A pasted token with no space, a hex string, and a paragraph with no sentence end.
        "The ministry said 12 died. " + "x" * 50_000 + " Police said 30 died.",
        "Key: " + "3f9a" * 10_000,
        " ".join(["police said twelve people died in the blast and residents"] * 2_000),
    ],
    ids=["token", "hex", "paragraph"],
)
def test_no_sentence_is_longer_than_a_reader_can_take(text: str) -> None:
    # Later stages read each sentence with many patterns: a bounded sentence keeps them linear.
    sentences = _checked(text)
    assert max(len(s.text) for s in sentences) <= 2_000


def test_a_paragraph_longer_than_the_splitter_takes_is_cut_at_sentence_ends() -> None:
    paragraph = " ".join(f"Police said {n} people died in Kelva." for n in range(1, 1_500))
    sentences = _checked(paragraph)
    assert [s.text for s in sentences[:2]] == [
        "Police said 1 people died in Kelva.",
        "Police said 2 people died in Kelva.",
    ]
    assert all(s.text.startswith("Police said") and s.text.endswith("Kelva.") for s in sentences)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Gen. Ali met Dr. Farid at 3 p.m. in the U.S. capital on Jan. 5, 2023. No. 4 was sealed. "
            "St. Mary's hospital, a co. of the Dept. of Health, said Mr. Doe left at approx. 9 a.m. "
            "They left.\nProf. Lee, et al. wrote it in vol. 3, pp. 12-14. Sec. 2 applies, e.g. here.",
        ),
        (
            "fr",
            "M. Dupont, dir. du service, a parlé av. midi, c.-à-d. tôt. Voir fig. 3, p. ex. la tab. 2. "
            "Le tél. du collectif, etc. Mme Roy a signé.\nArt. 12, al. 3 : env. 40 pers. présentes.",
        ),
    ],
)
def test_the_splitter_reads_abbreviations_as_pysbd_does(code: str, text: str) -> None:
    # The abbreviation pass runs on patterns compiled once; its sentences are pysbd's own.
    import pysbd

    from claimdiff.segment import _processor

    own = pysbd.Segmenter(language=code, clean=False, char_span=False)
    assert _processor(code)(text).process() == own.processor(text).process()


@pytest.mark.parametrize(
    "block",
    ["Death toll rises to 31 after ferry sinks", "Le bilan s'alourdit à Mayra.", "Is the toll higher?"],
)
def test_a_one_sentence_block_is_not_handed_to_the_splitter(block: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import claimdiff.segment as seg

    asked: list[str] = []
    real = seg._processor

    def spy(code: str):  # type: ignore[no-untyped-def]
        asked.append(code)  # the splitter costs most on such short blocks, and finds nothing
        return real(code)

    monkeypatch.setattr(seg, "_processor", spy)
    assert [s.text for s in segment(Document("d", None, block))] == [block]
    assert asked == []


def test_a_block_with_an_inner_sentence_end_is_still_split() -> None:
    texts = [s.text for s in segment(Document("d", None, "The ferry sank. Dr. Amani Bello said 31 died."))]
    assert texts == ["The ferry sank.", "Dr. Amani Bello said 31 died."]
