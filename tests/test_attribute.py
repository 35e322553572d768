"""Attribution: every way news text says who speaks, and the traps."""

from __future__ import annotations

import pytest

from claimdiff.attribute import attribute, merge_voices
from claimdiff.clause import speaker
from claimdiff.lang import using
from claimdiff.lexicon import AliasTable
from claimdiff.model import Case, Document
from claimdiff.pipeline import compare_case
from claimdiff.segment import segment


@pytest.mark.parametrize(
    ("sentence", "voice", "via"),
    [
        ("According to the Foreign Ministry, hundreds of civilians were killed.", "the Foreign Ministry", ()),
        (
            "According to a statement released by the Foreign Ministry, soldiers killed 12.",
            "the Foreign Ministry",
            (),
        ),
        ("Mali's military announced on April 1 that 203 fighters were killed.", "Mali's military", ()),
        ("The United States also raised alarm over the reports.", "The United States", ()),
        ("Residents testified that Wagner mercenaries were deployed.", "Residents", ()),
        ("At least 40 people died, the Health Ministry said.", "the Health Ministry", ()),
        ("At least 40 people died, said the Health Ministry.", "the Health Ministry", ()),
        ("Residents told RFI that the men were executed.", "Residents", ("RFI",)),
        (
            "According to a report by RFI, local residents testified that Wagner was there.",
            "local residents",
            ("RFI",),
        ),
        ("Reuters, citing hospital officials, said 40 people had died.", "hospital officials", ("Reuters",)),
        (
            "According to AFP, which cited a prison source, guards had locked the doors.",
            "a prison source",
            ("AFP",),
        ),
        ("A spokesman for the Health Ministry said 12 had died.", "the Health Ministry", ()),
        (
            "Witnesses in the village of Lesna told Radio Ostrel they heard gunfire.",
            "Witnesses",
            ("Radio Ostrel",),
        ),
        ("Karel was quoted as saying that six people died.", "Karel", ()),
        # A medium's description before its name: the name speaks.
        ("Thirty houses were destroyed, the state news agency IRNA reported.", "IRNA", ()),
        # What the speaker was doing is no part of the name; a modifier naming the group is.
        ("A doctor receiving the casualties confirmed the death toll.", "A doctor", ()),
        ("A local monitoring group said 12 people died.", "A local monitoring group", ()),
        # A document of someone's, whatever it is of, speaks for its maker.
        (
            "An analysis of aerial photographs by a university team estimated the crowd at 300,000.",
            "a university team",
            (),
        ),
        ("The fire brigade said there was no sign of an explosion.", "The fire brigade", ()),
        # "One miner" is a miner, as "two residents" are residents.
        ("One miner said the figures were a lie.", "miner", ()),
        # Where a role sits is not part of it: "a regional governor in Velna" is the governor.
        ("A regional governor in Velna put the death toll at 86.", "A regional governor", ()),
        ("Open Count, an independent group that counts crowds, said 40,000 marched.", "Open Count", ()),
        ("France claims there has been an increase in violence.", "France", ()),
        ("The army denied that its troops fired on the crowd.", "The army", ()),
        # A city's hall speaks, on whatever channel it writes.
        ('"About 90 people died," the Velna city hall wrote on its channel.', "the Velna city hall", ()),
        # A date stamp and then a dateline open the line; the speaker comes after both.
        ("date 2022-03-26 Velna – Local officials said 90 people died.", "Local officials", ()),
        # An investigation or a tally speaks for the one who made it.
        ("An Ostrel Radio investigation has found evidence that 180 died.", "Ostrel Radio", ()),
        ("A Courier tally showed that 180 people died.", "Courier", ()),
        # A count "shows" for whoever made it.
        ("An Ostrel Radio count of the dead now shows at least 999 people perished.", "Ostrel Radio", ()),
        # "quoting X as saying": X speaks, through the one who quotes.
        (
            "Her office put out a statement quoting President Ilves as saying 270,000 bodies were buried.",
            "President Ilves",
            (),
        ),
        # ... with the one quoted named in apposition.
        (
            "Reuters quoted Ivo Ilves, the head of the aviation agency, as saying that no missile hit it.",
            "Ivo Ilves",
            ("Reuters",),
        ),
        # A capitals dateline glued to its dash opens the line.
        ("VELNA—The ministry believes the plane was shot down.", "The ministry", ()),
        # A relative clause of what the speaker did before is no part of the name.
        ("The Velna Coalition that reported the attack blamed government troops.", "The Velna Coalition", ()),
        # A place before the speaker is no part of the name.
        ("In Velna Ilves said that the toll was 12.", "Ilves", ()),
        # A word tying the sentence to the one before is no speaker.
        (
            "However, the Velna Assembly Archive, an independent group, said 300,000 took part.",
            "the Velna Assembly Archive",
            (),
        ),
        # A voice that passes on what another said relays it.
        (
            "The defence ministry denied that its forces fired on the station, "
            "the Velna news agency reported.",
            "The defence ministry",
            ("the Velna news agency",),
        ),
        # The outlet it spoke to, named by what it is.
        ('"There was no massacre," the army spokesman told the agency.', "the army", ()),
        # A long name with its acronym, then what it is.
        (
            "The Front for the Velna Valley (FVV), a group linked to the Karo Brigades, said it killed 30.",
            "The Front for the Velna Valley (FVV)",
            (),
        ),
        # A role, then the person's name, after a quotation.
        ('"Twelve people died," the mayor of Kossa, Ali Baro-Denos, said on Monday.', "Ali Baro-Denos", ()),
        # Roles the speaking nouns now know.
        ("A church deacon said about 800 people died.", "A church deacon", ()),
        ("A protester said police fired on the crowd.", "A protester", ()),
        # A dateline with a double hyphen, or a date and an agency, is not the speaker's name;
        # "today" stands between a speaker and its verb.
        (
            "KELVA, Velnia -- An opposition leader said Tuesday that 745 people had died.",
            "An opposition leader",
            (),
        ),
        (
            "12 July 2005 (RFE/RL) -- United Nations investigators today reiterated that the toll was "
            "higher.",
            "United Nations investigators",
            (),
        ),
        ("Ada Kell, a spokeswoman for the Velna Monitor, today said that 40 died.", "the Velna Monitor", ()),
        ("Human rights advocates say up to 750 people were killed.", "Human rights advocates", ()),
        # A toll gathered from a voice is that voice's.
        (
            "About 150 civilians were killed, according to a first toll gathered from local sources.",
            "local sources",
            (),
        ),
        # Refugees speak, also with a relative clause and "instead" before their verb; a report a
        # body issued blaming someone is its saying.
        (
            "But Velnian refugees who fled the town instead say the army was responsible.",
            "Velnian refugees",
            (),
        ),
        ("The commission issued a report blaming local police.", "The commission", ()),
        # Bodies named in the plural speak.
        ("The security agencies said 276 girls were missing.", "The security agencies", ()),
        # A figure is no one, even before a verb of estimating: the inquiry's head speaks.
        (
            "The head of a Velnian inquiry into the break-up of a march by security forces in the capital "
            "said 87 people were killed and 168 wounded, citing a higher death toll than previous official "
            "estimates.",
            "a Velnian inquiry",
            (),
        ),
    ],
)
def test_attribution_forms(sentence: str, voice: str, via: tuple[str, ...]) -> None:
    found = speaker(sentence)
    assert found is not None, sentence
    assert found.name == voice
    assert found.via == via
    assert 0 <= found.span[0] < found.span[1] <= len(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A phrase that opens with a preposition names no one.
        "More than 170 migrants were aboard, said in a joint statement.",
        # A country before the speaker is another theatre: left to the writer.
        "In Chad a defence ministry statement said 12 soldiers died.",
        # A toll that rose is not a speaker, whoever announced it after "as".
        "The death toll in the disaster rose sharply as Velna announced 465 of its pilgrims died.",
        "203 fighters were killed in the operation.",
        "There were at least ten shots, then screaming.",
        "Preliminary reports indicate that the vessel lost power.",
        # "claims emerged": a noun and its verb, no one speaking.
        "Competing claims emerged after dozens of people were killed in the scramble.",
        "Conflicting reports were circulating about the number of dead.",
        "The strike hit the hospital courtyard at about 7 p.m.",
        # Reports with no maker named are the writer's hedge, not a voice.
        "According to consistent reports, soldiers killed dozens of people there.",
        "Early reports of 15 dead and dozens hurt.",
        "Shells hit the market and killed 20 people said.",
        # "No-one" names no one.
        "No-one denies that something terrible happened here.",
        # Responding with force is no reply in words.
        "Police responded by firing tear gas at the crowd.",
        # Pictures show; they do not speak.
        "Video showed people running for the exits as the gunmen fired.",
        "Footage shared online showed the hall on fire.",
        "Photos said to show the site were shared widely.",
    ],
)
def test_no_voice_where_none_speaks(sentence: str) -> None:
    assert speaker(sentence) is None


def _attribute(text: str, source: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    doc = Document(id="d1", path="article.txt", text=text, source=source)
    return [(a.voice, a.via) for a in attribute(doc, segment(doc))]


def test_the_ministry_and_it_continue_the_voice() -> None:
    got = _attribute(
        "According to a statement from France's Foreign Ministry, civilians were killed. "
        "Mali's army said 203 fighters died. "
        "The ministry called on the authorities to investigate. "
        "It said violence had been rising."
    )
    assert got[2][0] == "France's Foreign Ministry"
    assert got[3][0] == "France's Foreign Ministry"


def test_its_head_speaks_for_the_body_just_named() -> None:
    got = _attribute(
        "The blast killed 30 people in the market, the Velna Monitor said. "
        "Its head Omar Seldan said the toll could rise.",
        source="Courier",
    )
    assert got[1][0] == "the Velna Monitor"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            '"It was the fertiliser," said Karim Velo, head of the dockers. The unionist said 20 died.',
            "Karim Velo",
        ),
        # "a unionist" is someone new.
        (
            '"It was the fertiliser," said Karim Velo, head of the dockers. A unionist said 20 died.',
            "A unionist",
        ),
    ],
)
def test_the_person_named_last_by_what_he_is(text: str, second: str) -> None:
    got = _attribute(text, source="Courier")
    assert got[1][0] == second


def test_he_after_a_sentence_about_a_person_is_that_person() -> None:
    got = _attribute(
        "A senior officer of the Port Fire Service, who asked not to be named, gave the agency "
        'another account. "There was one explosion, not two," he said.',
        source="Courier",
    )
    assert got[1][0] == "A senior officer of the Port Fire Service"


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        # After an opening clause, and a person named by office.
        (
            "en",
            "As the army faced accusations over the raid, the mayor of Sarn, Ivo Karel, came to its "
            'defence on Monday. "No soldier fired on civilians," he said.',
            "the mayor",
        ),
        (
            "fr",
            "Alors que l'armée est mise en cause, le président de la transition, le capitaine Ivo Karel, "
            "a pris sa défense lundi. « Aucun soldat n'a tiré sur des civils », a-t-il déclaré.",
            "le président de la transition",
        ),
    ],
)
def test_he_after_a_sentence_whose_subject_is_an_office_holder(language: str, text: str, first: str) -> None:
    with using(language):
        got = _attribute(text, source="Courier")
    assert got[1][0] == first


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le gouvernement a annoncé 35 morts. « Le nombre a été ramené de 95 à 35 », souligne le "
            "communiqué reçu à l'AFP.",
        ),
        (
            "en",
            'The government said 35 died. "The toll was cut from 95 to 35," the statement received by '
            "AFP said.",
        ),
    ],
)
def test_a_statement_received_by_an_agency_is_the_voice_that_issued_it(language: str, text: str) -> None:
    with using(language):
        got = _attribute(text, source="Courier")
    assert got[1][0] == got[0][0]


def test_a_class_noun_in_an_outlets_report_is_not_the_outlet() -> None:
    text = "The blast killed 32 people, the monitor said."
    doc = Document(id="d1", path="a.txt", text=text, outlet="Courier")
    (found,) = attribute(doc, segment(doc))
    assert (found.voice, found.explicit) == ("the monitor", True)
    # ... while in a body's own statement "the company" is the body.
    doc = Document(id="d1", path="a.txt", text="The company said nine were hurt.", source="Orchid Mills")
    (found,) = attribute(doc, segment(doc))
    assert found.voice == "Orchid Mills"


def test_he_after_a_sentence_with_no_voice_is_not_an_earlier_body() -> None:
    text = (
        "The blast killed 30 people, the Velna Monitor said. "
        "Dan Orlo, the governor of a province across the border, spoke to a radio station. "
        "He added that four more victims had died in hospital."
    )
    doc = Document(id="d1", path="a.txt", text=text, outlet="Courier")
    found = attribute(doc, segment(doc))
    assert (found[2].voice, found[2].explicit) == ("Courier", False)
    # ... while an earlier person, named as a voice, may still be meant.
    text = "Orlo said the blast killed 30. The governor spoke to a radio. He added that four more died."
    doc = Document(id="d1", path="a.txt", text=text, outlet="Courier")
    assert attribute(doc, segment(doc))[2].voice == "Orlo"


def test_a_name_the_case_gives_a_voice_is_that_voice() -> None:
    text = "Pro-government media said 15 jets were destroyed. Dozens were killed, according to the monitor."
    doc = Document(id="d1", path="a.txt", text=text, outlet="Courier")
    # Without the case's names "the monitor" is the last body named; with them, the monitor.
    assert attribute(doc, segment(doc))[1].voice == "Pro-government media"
    aliases = AliasTable.build([("Velna Monitor", ("the monitor",))])
    assert attribute(doc, segment(doc), aliases=aliases)[1].voice == "the monitor"


def test_a_pronoun_with_no_one_before_it_is_not_the_outlet() -> None:
    text = '"We had to attack it," he told the Courier.'
    doc = Document(id="d1", path="a.txt", text=text, outlet="Courier")
    (found,) = attribute(doc, segment(doc))
    assert (found.voice, found.explicit) == ("Courier", False)  # narration, compared with nothing


def test_a_junta_is_the_military() -> None:
    names = ["Myanmar's military junta", "Myanmar's military", "the junta"]
    voices = merge_voices([("d1", name, False) for name in names], AliasTable.build())
    assert len(voices.sources) == 1


def test_a_body_named_with_where_it_sits_is_the_body() -> None:
    names = ["the health ministry in the rebel-held Kell Strip", "the health ministry"]
    voices = merge_voices([("d1", name, False) for name in names], AliasTable.build())
    assert len(voices.sources) == 1
    # Two bodies in two places: the bare name fits neither alone.
    names = ["police in Dorobi", "police in Karsa", "police"]
    voices = merge_voices([("d1", name, False) for name in names], AliasTable.build())
    assert len(voices.sources) == 3


def test_unattributed_sentences_belong_to_the_author() -> None:
    got = _attribute("A blast hit the market on Monday. Twelve people died.", source="Reuters")
    assert got == [("Reuters", ()), ("Reuters", ())]


def test_an_indefinite_speaker_is_not_the_author() -> None:
    # "a monitor said" in a news agency's copy is someone new, not the agency itself.
    got = _attribute("Shells killed 23 farmers near the ford, a monitor said.", source="Daily Wire")
    assert got[0][0] == "a monitor"
    got = _attribute("The company said the boiler was inspected.", source="Boiler Works")
    assert got[0][0] == "Boiler Works"


def test_a_relay_that_is_the_outlet_itself_is_named_once() -> None:
    text = '"The alarms were off," a worker told the Herald.'
    report = compare_case(Case("t", None, (Document("d1", "1.txt", text, outlet="Herald"),)))
    assert [len(st.via) for st in report.statements] == [1]


def test_an_indefinite_speaker_is_someone_new_unless_the_lexicon_calls_the_last_body_so() -> None:
    got = _attribute(
        "The national police chief said the gates were locked. A rights group said 131 people died."
    )
    assert [voice for voice, _ in got] == ["The national police", "A rights group"]
    # The lexicon calls the Syrian Observatory "the Britain-based monitor": "a monitor" may be it.
    got = _attribute(
        "Strikes killed 12, the Syrian Observatory for Human Rights said. Later a monitor said 15 died."
    )
    assert [voice for voice, _ in got] == ["the Syrian Observatory for Human Rights"] * 2


def test_quoted_voices_reach_the_reader_through_the_author() -> None:
    got = _attribute("Residents told RFI that soldiers arrived at dawn.")
    assert got[0] == ("Residents", ("RFI", "article"))


def test_the_same_sources_are_the_voice_just_named() -> None:
    got = _attribute(
        "Police sources said the van hit a barrier. The same sources indicate that the guard then fled."
    )
    assert got[1][0] == got[0][0] == "Police"


def test_according_to_inside_an_aside_credits_only_the_aside() -> None:
    # "named N. according to his lawyer" sources the name, not the sentence.
    found = speaker("The cyclist, named Tom according to the family lawyer, crossed against the light.")
    assert found is None
    found = speaker("The cyclist, according to police, crossed against the light.")
    assert found is not None and found.name == "police"


def test_a_bare_quotation_continues_the_previous_voice() -> None:
    got = _attribute('The army said it acted lawfully. "No civilians were targeted."', source="AP")
    assert got[1][0] == "The army"


def test_the_sentences_of_a_quotation_left_open_are_the_quoted_voices_until_it_closes() -> None:
    from claimdiff.lang import using
    from claimdiff.model import Sentence

    parts = [
        "« Il y a eu trois naufrages, lance Ada Kelvani, présidente de l'association.",
        "Le premier est d'avoir laissé monter 2 000 passagers.",
        "Le deuxième, c'est le retard des secours. »",
        "Le ministère conteste ce récit.",
        "« Les secours sont partis aussitôt », a déclaré le ministre.",
        "« Nous avons tout fait.",
        "Les marchés ont rouvert lundi.",
    ]
    # The sentences as a splitter gives them (one that cuts inside a long quotation), the last
    # two in paragraphs of their own.
    text, sentences = "", []
    for i, part in enumerate(parts):
        text += "\n\n" if i >= 5 else " " if text else ""
        sentences.append(Sentence("d1", i, (len(text), len(text) + len(part)), part, part))
        text += part
    doc = Document(id="d1", path="article.txt", text=text, source="AFP", language="fr")
    with using("fr"):
        got = [a.voice for a in attribute(doc, tuple(sentences))]
    assert got == [
        "Ada Kelvani",
        "Ada Kelvani",
        "Ada Kelvani",
        "Le ministère",
        "le ministre",
        "le ministre",
        "AFP",  # a new paragraph that does not open a quotation again ends it
    ], got


def test_a_sentence_pointing_back_at_the_count_continues_the_voice() -> None:
    text = (
        "According to the police, seven people died. Four of these deaths occurred in Dorobi. "
        "Two others died in a road accident. Markets reopened on Monday."
    )
    got = _attribute(text, source="AP")
    assert [voice for voice, *_ in got] == ["the police", "the police", "the police", "AP"]


def test_one_voice_many_names() -> None:
    aliases = AliasTable.build()
    voices = merge_voices(
        [
            ("d1", "French Foreign Ministry", True),
            ("d2", "France's Foreign Ministry", False),
            ("d2", "the Foreign Ministry", False),
            ("d3", "Mali's military", False),
            ("d3", "the Malian army", False),
        ],
        aliases,
    )
    names = [s.name for s in voices.sources]
    assert names == ["French Foreign Ministry", "Malian Armed Forces"]
    assert set(voices.sources[0].documents) == {"d1", "d2"}


def test_a_bare_ministry_does_not_match_every_ministry() -> None:
    voices = merge_voices(
        [
            ("d1", "the Health Ministry", False),
            ("d1", "the Interior Ministry", False),
            ("d2", "the ministry", False),
        ],
        AliasTable.build(),
    )
    assert len(voices.sources) == 3


def test_a_known_name_with_a_description_is_that_name() -> None:
    aliases = AliasTable.build()
    voices = merge_voices([("d1", "the Associated Press news agency", False), ("d2", "AP", False)], aliases)
    assert [s.name for s in voices.sources] == ["Associated Press"]
    # An unknown name keeps its description: "Valley News Agency" is not "Valley".
    voices = merge_voices([("d1", "Valley News Agency", False), ("d2", "Valley", False)], aliases)
    assert len(voices.sources) == 2


def test_a_name_the_case_gives_as_written_wins_over_the_body_read_into_it() -> None:
    doc = Document(
        id="d1", path="a.txt", text="Junta spokesperson Ana Voss said nine fighters died.", outlet="Post"
    )
    aliases = AliasTable.build([("army spokeswoman", ["Junta spokesperson Ana Voss"])])
    assert [aliases.canonical(a.voice) for a in attribute(doc, segment(doc), aliases=aliases)] == [
        "army spokeswoman"
    ]
    # Without the case's word, a spokesperson speaks for the body.
    assert [a.voice for a in attribute(doc, segment(doc))] == ["Junta"]
    # ... and so after "according to" ...
    doc = Document(
        id="d1",
        path="a.txt",
        text="Nine fighters died, according to Junta spokesperson Ana Voss.",
        outlet="Post",
    )
    assert [aliases.canonical(a.voice) for a in attribute(doc, segment(doc), aliases=aliases)] == [
        "army spokeswoman"
    ]
    # ... and so at the end of the sentence.
    doc = Document(
        id="d1", path="a.txt", text="Nine fighters died, Junta spokesperson Ana Voss said.", outlet="Post"
    )
    assert [aliases.canonical(a.voice) for a in attribute(doc, segment(doc), aliases=aliases)] == [
        "army spokeswoman"
    ]


def test_the_lexicon_knows_a_monitors_epithets() -> None:
    aliases = AliasTable.build()
    names = ["Syrian Observatory for Human Rights", "the Britain-based monitor", "UK-based monitoring group"]
    voices = merge_voices([("d1", n, False) for n in names], aliases)
    assert [s.name for s in voices.sources] == ["Syrian Observatory for Human Rights"]


def test_a_person_who_spoke_for_a_body_speaks_for_it_later_by_name() -> None:
    text = (
        '"Nine people died in the strike" said Omar Dal Seldan head of the Velna Monitor. '
        "The strike hit a market, Dal Seldan said."
    )
    assert [voice for voice, _ in _attribute(text, source="AP")] == ["the Velna Monitor", "the Velna Monitor"]
    # A spokesman named before his role speaks for his body, and later by his surname alone.
    text = (
        "Omar Seldan, a spokesman for the Velna Command, said nine people died. "
        '"We hit the target," Seldan said.'
    )
    assert [voice for voice, _ in _attribute(text, source="AP")] == ["the Velna Command", "the Velna Command"]


def test_a_known_name_after_a_persons_title_is_that_name() -> None:
    aliases = AliasTable.build([("Velna government", ["Ana Voss"])])
    assert aliases.canonical("Velna President Ana Voss") == "Velna government"
    assert aliases.canonical("President Ana Voss") == "Velna government"
    # A manager, a commissioner or an officer is titled so too.
    plant = AliasTable.build([("plant manager", ["Rami Seldan"])])
    assert plant.canonical("plant manager Rami Seldan") == "plant manager"
    assert plant.canonical("district commissioner Rami Seldan") == "plant manager"
    # Without a title before it, a name that ends in a known one is another name.
    assert aliases.canonical("Kell Ana Voss") is None


@pytest.mark.parametrize(
    ("names", "count"),
    [
        # "TV" is television; "X-based" describes a name, it does not change it.
        (["Dalcan state television", "Dalcan state TV"], 1),
        (["the Harbour-based Velna Rights Monitor", "Velna Rights Monitor"], 1),
        # In text stripped of its apostrophes "Syrias army" is still Syria's army.
        (["Syrias defence ministry", "the Syrian defence ministry"], 1),
        # How a voice feels, or that it is one of many, does not make it another voice.
        (["One miner", "a miner"], 1),
        (["furious villagers", "the villagers"], 1),
        # A hyphen inside a name is a spelling, as a space is.
        (["Jund al-Karim", "Jund al Karim"], 1),
        # ... but a descriptor before a bare class noun is part of what tells it apart.
        (["the Harbour-based group", "the Delta-based group"], 2),
    ],
)
def test_names_that_differ_only_in_form_are_one_voice(names: list[str], count: int) -> None:
    voices = merge_voices([("d1", name, False) for name in names], AliasTable.build())
    assert len(voices.sources) == count


def test_a_case_alias_takes_the_lexicon_group_of_the_name_it_claims() -> None:
    # The case calls the group "Islamic State group"; the lexicon's other names for it follow.
    aliases = AliasTable.build([("Islamic State group", ("IS",))])
    assert {aliases.canonical(n) for n in ("ISIS", "Daesh", "Islamic State", "IS")} == {"Islamic State group"}


def test_long_name_teaches_its_abbreviation() -> None:
    text = "According to Radio Nyota Kivu (RNK), residents fled."
    aliases = AliasTable.build(texts=[text])
    assert aliases.key("RNK") == aliases.key("Radio Nyota Kivu")


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        # Reports whose maker is named by kind, and groups of people, speak.
        ("Media reports said a van packed with explosives went off near the bridge.", "Media reports"),
        ("Five were killed and 12 hurt according to local reports.", "local reports"),
        # A group of people just before the verb, with no comma (punctuation stripped).
        ("The explosions shook the old market local activists said.", "local activists"),
        ("Two civilians died in the shelling of the market local residents said.", "local residents"),
        # A source "in" or "at" a place is a source.
        (
            "Medical sources in the port told reporters that the clinic had received 15 bodies.",
            "Medical sources in the port",
        ),
    ],
)
def test_reports_and_groups_as_voices(sentence: str, voice: str) -> None:
    found = speaker(sentence)
    assert found is not None and found.name == voice


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The health ministry put the number of dead at 61.", "The health ministry"),
        (
            "Earlier, Omar Vell, a spokesman for Harbour Hospital, while speaking to reporters, put the "
            "number of casualties at 47.",
            "Harbour Hospital",  # a spokesman speaks for his body, as after the verb
        ),
        # A relative clause between the speaker and its verb.
        (
            "The coalition which began a long air campaign against the militia across the northern hills "
            "last spring said it hit them.",
            "The coalition",
        ),
        ("The strike which hit the market was reported by residents.", None),
        # "which says ..." is the relative clause's own report, not the sentence's speaker's verb.
        (
            "The operator, which says the train kept to the limit, declined to comment on its contractor.",
            None,
        ),
        # The author of a document speaks through it.
        ("A report by the Harbour Authority said 40 people were killed.", "the Harbour Authority"),
        (
            "A preliminary report by the district magistrate has revealed that the gates were locked.",
            "the district magistrate",
        ),
        # A clause with a figure before the comma is no opening phrase: the first voice speaks.
        ("Police put the number of dead at 12, but organisers said 40 had died.", "Police"),
    ],
)
def test_documents_and_figures_given_at(sentence: str, voice: str | None) -> None:
    found = speaker(sentence)
    assert (found.name if found else None) == voice


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        # An opening quote is not where a trailing attribution starts.
        (
            '"We have counted five people shot dead, 13 of them by bullets," the Medical Association said.',
            "the Medical Association",
        ),
        (
            '"There was no battle," Idris Kanteh, the district commissioner, told Horizon by telephone.',
            "Idris Kanteh",
        ),
        (
            "The governor of Sayle region, Marta Ilves, who spent the night there, said seven had died.",
            "Marta Ilves",
        ),
        (
            "MEROVAN - Interior Minister Tomas Reyvel said on Sunday that 21 people had died.",
            "Interior Minister Tomas Reyvel",
        ),
        ("Islamic Jihad denied responsibility, calling the Israeli claim a lie.", "Islamic Jihad"),
        ('"The claim is plausible," said Ida Sawyer, crisis director at Human Rights Watch.', "Ida Sawyer"),
    ],
)
def test_attribution_in_wire_copy(sentence: str, voice: str) -> None:
    found = speaker(sentence)
    assert found is not None and found.name == voice


def test_possessive_noun_phrases_do_not_speak() -> None:
    found = speaker("The government's claim that a rocket caused the blast is plausible, said Ida Sawyer.")
    assert found is not None and found.name == "Ida Sawyer"


def test_the_dateline_agency_is_the_author() -> None:
    doc = Document(id="d1", path="a.txt", text="NAIROBI, June 26 (Reuters) - Police fired tear gas.")
    assert attribute(doc, segment(doc))[0].voice == "Reuters"


@pytest.mark.parametrize(
    ("name", "voice"),
    [
        # A person named after the body, with the possessive stripped, or with the title "of" it.
        ("Harbour Observatory Rami Seldan", "Harbour Observatory"),
        ("Tomas Reyvel director of the Harbour Observatory", "the Harbour Observatory"),
        # A title and a name, a person with no body, a body's own name: unchanged.
        ("Interior Minister Tomas Reyvel", "Interior Minister Tomas Reyvel"),
        ("Harbour Department Director Tomas Reyvel", "Harbour Department Director Tomas Reyvel"),
        (
            "Human rights organization Amnesty International",
            "Human rights organization Amnesty International",
        ),
    ],
)
def test_a_person_named_after_a_body_speaks_for_it(name: str, voice: str) -> None:
    from claimdiff.clause import clean_name

    assert clean_name(name) == voice


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            '"We acted lawfully," said Jane Doe, a spokeswoman for the Interior Ministry.',
            "the Interior Ministry",
        ),
        ("Police spokeswoman Resila Onyango said officers had acted within the law.", "Police"),
    ],
)
def test_spokespeople_speak_for_their_body(sentence: str, voice: str) -> None:
    found = speaker(sentence)
    assert found is not None and found.name == voice


def test_markdown_marks_do_not_hide_the_speaker() -> None:
    text = (
        "# What we know\n\n"
        "- The regional government says **seven** people died.\n"
        "- The operator, Viastrada, said a flood was to blame.\n\n"
        '> "The structure was sound," a Viastrada engineer said.\n'
    )
    doc = Document(id="d1", path="notes.md", text=text)
    voices = [a.voice for a in attribute(doc, segment(doc))]
    assert voices[1:] == ["The regional government", "Viastrada", "a Viastrada engineer"]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        # A title names a person: the minister speaks, not "Interior".
        ("The Interior Minister told reporters 40 people were arrested.", "The Interior Minister"),
        # ... but a body's title speaks for the body.
        ("The police chief said four people died.", "The police"),
        # Particles inside a name: the spokesman speaks for his ministry.
        ("Health Ministry spokesman Karim al-Nouri said 50 people died.", "Health Ministry"),
        ("Deputy Governor Samir bin Tareq said the road was closed.", "Deputy Governor Samir bin Tareq"),
    ],
)
def test_titles_and_names_with_particles(sentence: str, voice: str) -> None:
    found = speaker(sentence)
    assert found is not None and found.name == voice


@pytest.mark.parametrize(
    ("sentence", "voice", "via"),
    [
        # A voice relayed by another: the first speaks, through the second.
        ("The governor said 12 people died, according to Valley Radio.", "The governor", ("Valley Radio",)),
        (
            "Valley Radio reported that the health ministry confirmed 40 deaths.",
            "the health ministry",
            ("Valley Radio",),
        ),
        # Frames beyond say and tell; panels and inquiries speak.
        ("The ministry issued a statement saying 40 people had died.", "The ministry", ()),
        ("The inquiry found that the exits were locked.", "The inquiry", ()),
    ],
)
def test_relays_and_other_frames(sentence: str, voice: str, via: tuple[str, ...]) -> None:
    found = speaker(sentence)
    assert found is not None and (found.name, found.via) == (voice, via)


@pytest.mark.parametrize(
    ("sentence", "voice", "via"),
    [
        ("Valley Radio reported citing an official that 12 died.", "an official", ("Valley Radio",)),
        # A country's adjective names no body: the official speaks.
        ("An Afghan official said 12 died.", "An Afghan official", ()),
        ("Coast Guard officials said 9 were rescued.", "Coast Guard", ()),
    ],
)
def test_officials_and_citations(sentence: str, voice: str, via: tuple[str, ...]) -> None:
    found = speaker(sentence)
    assert found is not None and (found.name, found.via) == (voice, via)


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        # A spokeswoman named after her role speaks for her body.
        (
            "Nine bodies were found - a spokeswoman for the Valley Red Crescent, Dana Roe, said.",
            "the Valley Red Crescent",
        ),
        ("In Rouen, the prefecture counted 14,800 demonstrators.", "the prefecture"),
        ("Police sources initially suggested that the car drove at officers.", "Police"),
    ],
)
def test_bodies_behind_their_spokespeople_and_counts(sentence: str, voice: str) -> None:
    found = speaker(sentence)
    assert found is not None and found.name == voice


def test_one_person_under_several_titles_is_one_voice() -> None:
    names = ["Regional Governor Marta Ilves", "Velna administration head Marta Ilves", "Marta Ilves"]
    voices = merge_voices([("d1", name, False) for name in names], AliasTable.build())
    assert len(voices.sources) == 1
    # Two bodies that end alike are still two ("the Health Ministry" of two states).
    bodies = ["the Velna Health Ministry", "the Karsa Health Ministry", "the Health Ministry"]
    assert len(merge_voices([("d1", n, False) for n in bodies], AliasTable.build()).sources) == 3


# --- The narrator named from a byline --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By Dana Kessel, Harbour Post\n\nAt least 12 people died in the blast on Monday.", "Harbour Post"),
        ("By Dana Kessel | Harbour Post\nAt least 12 people died in the blast on Monday.", "Harbour Post"),
        ("By the Vessary Herald\nAt least 12 people died in the blast on Monday.", "Vessary Herald"),
        ("By Dana Kessel\nAt least 12 people died in the blast on Monday.", "Dana Kessel"),
        ("By Monday, 12 people had died in the blast.", "story"),  # a time, not a byline
    ],
)
def test_a_byline_names_the_voice_of_a_loose_file(text: str, name: str) -> None:
    from claimdiff.model import Case, Document
    from claimdiff.pipeline import compare_case

    comparison = compare_case(Case(None, None, (Document("d1", "story.txt", text),)))
    assert comparison.sources[0].name == name


def test_a_french_byline_names_the_voice_too() -> None:
    from claimdiff.model import Case, Document
    from claimdiff.pipeline import compare_case

    text = "Par Dana Kessel, Courrier de Vessary\nAu moins 12 personnes sont mortes lundi."
    comparison = compare_case(Case(None, None, (Document("d1", "x.txt", text, language="fr"),)))
    assert comparison.sources[0].name == "Courrier de Vessary"


def test_a_declared_outlet_wins_over_the_byline() -> None:
    from claimdiff.model import Case, Document
    from claimdiff.pipeline import compare_case

    text = "By Dana Kessel, Harbour Post\nAt least 12 people died in the blast on Monday."
    comparison = compare_case(Case(None, None, (Document("d1", "x.txt", text, source="Port Authority"),)))
    assert [s.name for s in comparison.sources] == ["Port Authority"]


def test_a_named_head_of_a_body_the_case_names_speaks_for_it() -> None:
    doc = Document(
        id="d1",
        path="a.txt",
        text="“It was a tragic accident,” Kelva Holding chairman Dan Oru told reporters.",
        outlet="Post",
    )
    aliases = AliasTable.build([("Kelva Holding", ["the company"])])
    assert [a.voice for a in attribute(doc, segment(doc), aliases=aliases)] == ["Kelva Holding"]
    # A body the case does not name leaves the person as read; so does a nation's president.
    assert [a.voice for a in attribute(doc, segment(doc))] == ["Kelva Holding chairman Dan Oru"]
    doc = Document(
        id="d1", path="a.txt", text="Nine died, Valdorian President Anna Kell said.", outlet="Post"
    )
    assert [a.voice for a in attribute(doc, segment(doc), aliases=aliases)] == [
        "Valdorian President Anna Kell"
    ]


# A transcript: each turn is its labelled speaker's, told through the outlet; who presents or asks
# the questions is the outlet itself; initials stand for the name they abbreviate.
_TRANSCRIPT = (
    "RADIO KELVA – Morning news\n"
    "\n"
    "HOST: Governor, how many people died?\n"
    "\n"
    "MARTA ILVES: Eleven people died. Four more are missing.\n"
    "\n"
    "H.: The fire brigade says nine people died.\n"
    "\n"
    "M. I.: I stand by eleven. Two bodies were found downstream.\n"
)


def test_a_transcript_s_turns_are_their_speakers() -> None:
    got = _attribute(_TRANSCRIPT, source="Radio Kelva")
    voices = [voice for voice, _ in got]
    assert voices[2:4] == ["Marta Ilves", "Marta Ilves"]
    assert got[2][1] == ("Radio Kelva",)
    assert voices[0] == voices[1] == "Radio Kelva"  # the header and the host's question
    assert voices[4] == "The fire brigade"  # a voice the host names speaks for itself
    assert voices[5:] == ["Marta Ilves", "Marta Ilves"]


def test_a_transcript_label_is_no_word_of_its_turn_and_is_never_cut() -> None:
    doc = Document(id="d1", path="radio.txt", text=_TRANSCRIPT, source="Radio Kelva")
    sentences = segment(doc)
    turn = next(s for s in sentences if s.text.startswith("M. I.:"))
    assert turn.text == "M. I.: I stand by eleven."
    assert turn.words.startswith("I stand by eleven")


def test_a_turn_label_takes_the_case_s_name_for_its_speaker() -> None:
    doc = Document(id="d1", path="radio.txt", text=_TRANSCRIPT, source="Radio Kelva")
    aliases = AliasTable.build([("Kelva governor", ("Marta Ilves",))])
    assert attribute(doc, segment(doc), aliases=aliases)[2].voice == "Kelva governor"


def test_a_french_transcript_s_turns_are_their_speakers() -> None:
    text = (
        "PRÉSENTATEUR : Les pompiers parlent de neuf morts.\n"
        "\n"
        "AÏSSATA (traduit) : Nous avons enterré onze corps.\n"
        "\n"
        "CORRESPONDANT : Un peu plus loin, un éleveur attend.\n"
        "\n"
        "HAMIDOU : Les soldats ont tiré.\n"
        "\n"
        "CORRESPONDANT : Le village s'est vidé en deux jours.\n"
    )
    with using("fr"):
        voices = [voice for voice, _ in _attribute(text, source="Radio Dunes")]
    assert voices == ["Les pompiers", "Aïssata", "Radio Dunes", "Hamidou", "Radio Dunes"]


@pytest.mark.parametrize(
    "text",
    [
        "CAIRO: Police said 40 people were killed. The ministry said 12 died.",
        "READ ALSO: Floods in the north\n\nMOGADISHU: At least 20 people died.\n\nREAD ALSO: The toll",
    ],
)
def test_a_dateline_or_a_heading_in_capitals_is_no_transcript(text: str) -> None:
    voices = {voice for voice, _ in _attribute(text, source="Harbour Post")}
    assert voices <= {"Harbour Post", "Police", "The ministry"}


def test_a_known_name_s_services_are_that_name() -> None:
    aliases = AliasTable.build([("Civil Protection", ("the civil protection",))])
    assert aliases.canonical("the Civil Protection services") == "Civil Protection"
    with using("fr"):
        aliases = AliasTable.build([("Protection civile", ("la Protection civile",))])
        assert aliases.canonical("les services de la Protection civile") == "Protection civile"
        assert aliases.canonical("services de la Protection civile") == "Protection civile"
