"""The clause layer: what each negation, denial and hedge covers, and whose claim each clause is."""

from __future__ import annotations

import pytest

from claimdiff.clause import Cue, _rx, clean_name, read
from claimdiff.lang import using
from claimdiff.model import Polarity


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("sentence", "value", "polarity"),
    [
        ("The army denied that 40 civilians were killed.", "40", Polarity.DENIED),
        ("Police said 12 people died.", "12", Polarity.AFFIRMED),
        ("No civilians were harmed in the raid.", "civilians", Polarity.DENIED),
        ("Officials said no more than 30 people had gathered.", "30", Polarity.AFFIRMED),
        ("Officials said the toll has so far not exceeded about 150.", "150", Polarity.AFFIRMED),
        # "Not just" or "not only" adds to what follows; it does not deny it.
        ("The dead were killed not just by the 12 shells, the army said.", "12", Polarity.AFFIRMED),
        ("Rebels allegedly shelled the market, killing 9.", "9", Polarity.HEDGED),
        # A hedged verb hedges its subject too, within its clause.
        ("Hundreds of civilians were allegedly killed in the village.", "Hundreds", Polarity.HEDGED),
        ("Police said 12 people were hurt, and rebels were allegedly behind it.", "12", Polarity.AFFIRMED),
        # A denial stops at the sentence's turn.
        ("The ministry denied the strike, but residents counted 17 bodies.", "17", Polarity.AFFIRMED),
        # ... and at a new verb of saying or blaming joined by "and".
        ("The owner denied that walls were removed and blamed a gas explosion.", "gas", Polarity.AFFIRMED),
        ("The army refutes the channel's claim, says gunmen shot the reporter.", "gunmen", Polarity.AFFIRMED),
        ("The army refutes the channel's claim that gunmen shot the reporter.", "gunmen", Polarity.DENIED),
        ("The owner denied that walls were removed and that a gas explosion hit.", "gas", Polarity.DENIED),
        # ... at a colon opening the voice's own words, and at a participle of saying.
        ('The union disputed the official toll: "We counted 25 dead."', "25", Polarity.AFFIRMED),
        ("The union disputed the official toll, saying 25 people died.", "25", Polarity.AFFIRMED),
        ("The ministry denied that 40 people died, saying the toll was inflated.", "40", Polarity.DENIED),
        # A negator reaches a few words of its own clause, not the next clause.
        ("The guards did not open fire; 3 inmates died in a stampede.", "3", Polarity.AFFIRMED),
        ("Nobody was arrested at the scene, and the crowd of 5,000 went home.", "5,000", Polarity.AFFIRMED),
    ],
)
def test_polarity_follows_scopes(sentence: str, value: str, polarity: Polarity) -> None:
    assert read(sentence).polarity(*_at(sentence, value)) is polarity


def test_each_cue_has_a_scope_after_its_words() -> None:
    text = "The army denied that soldiers killed 12 civilians, but witnesses said no one fled, allegedly."
    scopes = read(text).scopes
    assert {s.cue for s in scopes} == {Cue.DENIAL, Cue.NEGATION, Cue.HEDGE}
    denial = next(s for s in scopes if s.cue is Cue.DENIAL)
    assert text[slice(*denial.words)] == "denied"
    assert denial.covers[0] == denial.words[1]
    assert denial.covers[1] <= text.index("witnesses")  # ends at "but"
    for scope in scopes:
        assert scope.words[0] < scope.words[1]


def test_clauses_cover_the_sentence_and_carry_its_voice() -> None:
    text = "The health ministry said 20 people died; rescuers were still searching."
    reading = read(text)
    assert reading.speaker is not None and reading.speaker.name == "The health ministry"
    spans = [c.span for c in reading.clauses]
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    first = reading.clauses[0]
    assert first.speaker == "The health ministry" and first.cue == reading.speaker.span
    assert "said" not in text[slice(*first.content)]  # the attribution is not what is said


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("The prefecture's claim that no tear gas was used is belied by our footage.", "The prefecture"),
        ("Korvan Shipping's claim that no crew member died is refuted by the logs.", "Korvan Shipping"),
    ],
)
def test_another_voice_s_claim_that_is_that_voice_s(sentence: str, owner: str) -> None:
    (foreign,) = read(sentence).foreign
    assert not foreign.own and foreign.speaker == owner
    assert "no " in sentence[slice(*foreign.content)]


def test_a_claim_credited_to_someone_else_is_a_foreign_clause() -> None:
    text = "Trucks were destroyed, according to the governor, whereas the agency says an airstrike hit them."
    reading = read(text)
    assert reading.speaker is not None and reading.speaker.name == "the governor"
    (foreign,) = reading.foreign
    assert not foreign.own
    assert "airstrike" in text[slice(*foreign.span)]


@pytest.mark.parametrize(
    ("sentence", "figure", "voice"),
    [
        ("The prefecture counted 9,000, while the union claimed 20,000.", "20,000", "the union"),
        ("The union said 30,000 marched, while police put the turnout at 12,000.", "12,000", "police"),
        (
            "The union counted 900,000 when the interior ministry counted 210,000.",
            "210,000",
            "the interior ministry",
        ),
        # The second voice's acronym and what it is made of, between commas.
        (
            "Police counted 9,000, while the Velna Workers Union (VWU), made up of dockers, claimed 20,000.",
            "20,000",
            "the Velna Workers Union (VWU)",
        ),
        # A count is not a speaker: "while 12 others were reported missing".
        ("Five people died, while 12 others were reported missing.", "12", None),
    ],
)
def test_a_figure_after_a_contrast_is_credited_to_its_own_voice(
    sentence: str, figure: str, voice: str | None
) -> None:
    reading = read(sentence)
    assert reading.credit_at(sentence.index(figure)) == voice


def test_at_least_after_a_second_voices_verb_is_its_figure_not_where_it_spoke() -> None:
    # "police said at least 35": a figure, not "said at <a news conference>"; the sentence is
    # the first voice's, the second clause police's.
    text = "The official said at least 34 people were killed, while police said at least 35 people died."
    reading = read(text)
    assert reading.speaker is not None and reading.speaker.name == "The official"
    assert [c.speaker for c in reading.foreign] == ["police"]
    assert read("At least 35 people died, police said at a news conference.").speaker.name == "police"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "other"),
    [
        ("en", "While police put the toll at 12, residents said 40 people died.", "residents", "police"),
        (
            "en",
            "And whereas the ministry said 12 died, witnesses counted 40 bodies.",
            "witnesses",
            "the ministry",
        ),
        (
            "fr",
            "Alors que la police évoque 12 morts, les habitants parlent de 40 morts.",
            "les habitants",
            "la police",
        ),
    ],
)
def test_a_contrast_that_opens_the_sentence_is_the_other_voices_to_its_comma(
    language: str, text: str, speaker: str, other: str
) -> None:
    with using(language):
        reading = read(text)
    assert reading.speaker is not None and reading.speaker.name == speaker
    (claim,) = reading.foreign
    assert claim.speaker == other
    assert claim.span[1] <= text.index(",")  # the other voice's claim ends at its comma


def test_a_place_before_a_second_clauses_speaker_does_not_hide_it() -> None:
    text = "The official said 34 people were killed, while in neighbouring Dara, police said 35 died."
    reading = read(text)
    assert [c.speaker for c in reading.foreign] == ["police"]
    assert reading.credit_at(text.index("35")) == "police"


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Police said 12 died, unlike the health ministry, which says 17 died.", "the health ministry"),
        (
            "The president gave 15 dead, unlike the toll published by the Ministry of Health, "
            "which reported 17.",
            "the Ministry of Health",
        ),
    ],
)
def test_a_body_named_before_its_relative_clause_says_it(text: str, voice: str) -> None:
    (foreign,) = read(text).foreign
    assert foreign.speaker == voice


def test_an_earlier_toll_in_a_relative_clause_stays_the_sentences_own() -> None:
    assert read("This toll replaces the first one, which reported 9 dead.").foreign == ()


def test_a_relative_clause_with_a_named_speaker_is_that_voice_s_claim() -> None:
    text = "Nobody has claimed the blast, which state media said was set off by a man on a motorbike."
    (foreign,) = read(text).foreign
    assert foreign.speaker == "state media"
    assert "motorbike" in text[slice(*foreign.span)]


@pytest.mark.parametrize(
    ("sentence", "name", "others"),
    [
        ("Police and residents said 12 people died.", "Police", ("residents",)),
        (
            "Five died, the state news agency and local media reported.",
            "the state news agency",
            ("local media",),
        ),
        # "and" inside the speaker's own phrase or name joins no second speaker.
        (
            "The group in a statement posted on its website and on Telegram said it fired the rockets.",
            "The group",
            (),
        ),
        (
            "The Ministry of Labour and Social Affairs said 12 workers died.",
            "The Ministry of Labour and Social Affairs",
            (),
        ),
        # After a relative clause the "and" may be the clause's: no second speaker is guessed.
        ("Witnesses who fled to nearby towns and the state capital Dorvan said 40 died.", "Witnesses", ()),
        # With the punctuation stripped: a group and "the ..." both speak; other "and"s join nothing.
        (
            "Shelling killed 40 villagers on Friday opposition activists and the militant group said.",
            "opposition activists",
            ("the militant group",),
        ),
        ("Strikes killed 40 people in northern Valdor and Karel Press TV reported.", "Karel Press TV", ()),
        # Two persons named together: the first speaks, the second with them.
        ("Earlier, Ivo Karel and Ana Voss had reported 31 dead.", "Ivo Karel", ("Ana Voss",)),
    ],
)
def test_two_joined_speakers_both_speak(sentence: str, name: str, others: tuple[str, ...]) -> None:
    found = read(sentence).speaker
    assert found is not None and found.name == name and found.others == others


def test_a_day_that_opens_the_speaker_is_not_its_name() -> None:
    reading = read("Also on Monday the militia said it had seized two trucks.")
    assert reading.speaker is not None and reading.speaker.name == "the militia"


@pytest.mark.parametrize(
    ("sentence", "word", "negated"),
    [
        ("No aircraft flew over the town on 16 October.", "16 October", True),
        ("The convoy did not stop before it reached the bridge on Monday.", "Monday", True),
        ("The convoy was hit on Monday; no one claimed the attack.", "Monday", False),
    ],
)
def test_a_clause_negated_as_a_whole(sentence: str, word: str, negated: bool) -> None:
    assert read(sentence).negated_before(sentence.index(word)) is negated


@pytest.mark.parametrize(
    ("sentence", "value", "voice"),
    [
        (
            "Officials blamed overloading, with a district commissioner saying 400 passengers were on board.",
            "400",
            "a district commissioner",
        ),
        ("The convoy was hit, with the rebels blaming the army for killing 14.", "14", "the rebels"),
    ],
)
def test_a_claim_after_with_and_a_voice_is_that_voice_s(sentence: str, value: str, voice: str) -> None:
    assert read(sentence).named_at(sentence.index(value)) == voice


def test_a_count_after_with_is_no_voice() -> None:
    # "With one hospital saying": a count, not a voice.
    assert read("Dozens died, with one hospital saying it received 10 bodies.").foreign == ()


def test_a_second_clause_with_its_own_speaker_is_that_speakers() -> None:
    reading = read("The army said 12 people died, but residents said 52 people were killed.")
    (foreign,) = reading.foreign
    assert foreign.speaker == "residents" and not foreign.own
    # Told in passing, another story: nobody's claim here.
    (aside,) = read("The shell hit Jayrud, where the army says rebels killed a pilot.").foreign
    assert aside.speaker is None
    # ... after a semicolon too: "A said X; B said Y".
    (foreign,) = read("Police said 12 were killed; residents said 40 died.").foreign
    assert foreign.speaker == "residents"
    with using("fr"):
        (foreign,) = read("La police a fait état de 12 morts ; les habitants parlent de 40 morts.").foreign
    assert foreign.speaker == "les habitants"


@pytest.mark.parametrize(
    ("sentence", "inside", "outside"),
    [
        # What a condition supposes is neither stated nor denied; the rest of the sentence is.
        ("The minister said that if neglect caused the fire, charges would follow.", "neglect", "charges"),
        ("Unless the toll passes 50, the port stays open, officials said.", "50", "port"),
        ("It was unclear whether the jets were Russian. Six people died.", "jets", "Six"),
        ("Charges will be brought should any fault be proven, the company said.", "fault", "company"),
    ],
)
def test_a_condition_covers_its_own_words(sentence: str, inside: str, outside: str) -> None:
    spans = read(sentence).conditions()
    covered = lambda word: any(a <= sentence.index(word) < b for a, b in spans)  # noqa: E731
    assert covered(inside)
    assert not covered(outside)


@pytest.mark.parametrize("sentence", ["Few if any civilians were harmed.", "Forty, if not more, died."])
def test_if_any_and_if_not_state_what_they_qualify(sentence: str) -> None:
    assert read(sentence).conditions() == []


@pytest.mark.parametrize(
    ("sentence", "name", "via"),
    [
        # Who speaks through whom: the outlet that hears a voice is not the voice.
        ("A police officer told Reuters that 12 died.", "A police officer", ("Reuters",)),
        ("The minister reaffirmed that the strike targeted an armed group.", "The minister", ()),
        ("Two masons said they had seen a collapsed wall in the cellar.", "masons", ()),
        # A date in brackets after the day of the saying.
        ("The ministry on Sunday (Apr 3) denied that its troops had killed civilians.", "The ministry", ()),
        (
            "The government defended its actions, claiming that its forces had been attacked.",
            "The government",
            (),
        ),
        ("The group has unveiled a report finding that 800 protesters were killed.", "The group", ()),
        (
            '"The unrest is over," said Prime Minister Ivo Karel, who praised police for their restraint.',
            "Prime Minister Ivo Karel",
            (),
        ),
        # A role and a name inside the quotation are the quoted voice's words.
        (
            '"On March 31, the mayor of Sarn, Ivo Karel, confirmed in a video that no troops were left," '
            "said the ministry.",
            "the ministry",
            (),
        ),
        # A role, then the name with no comma closing it, after an opening phrase.
        ("Accused of the killings, the group spokesman, Marta Ilves denied any role.", "Marta Ilves", ()),
        ("An earlier toll announced on Sunday by state television gave 36 dead.", "state television", ()),
        # A toll given by others later in the sentence is not what the sentence's speaker says.
        (
            "Officials said there were discrepancies in a toll given by provincial authorities.",
            "Officials",
            (),
        ),
        # An age set between commas after the name is no part of it, nor an end to the frame.
        ('"The roof fell in," said Ana Ribeiro, 65.', "Ana Ribeiro", ()),
        ('"The roof fell in," said Ana Ribeiro, 65, a teacher at the school.', "Ana Ribeiro", ()),
        ('"The roof fell in," Ana Ribeiro, 65, told Reuters.', "Ana Ribeiro", ("Reuters",)),
        ("Ana Ribeiro, 65, said the roof fell in.", "Ana Ribeiro", ()),
        ("Dalca Radio adds: an official told the station 5 died.", "an official", ("Dalca Radio",)),
        ("The Courier reported Sunday that a farmer said 9 died.", "a farmer", ("The Courier",)),
        # The association's chairwoman speaks for the association.
        ("The association's chairwoman said the swell was no excuse.", "The association", ()),
        # "told state television": a verb and its object, not "X told" as a noun before "state".
        ("The mayor told state television that 12 died.", "The mayor", ()),
        # The day after the outlet is when it heard, not part of its name.
        (
            "The blast killed four a source in the town told Velna Radio Friday.",
            "a source in the town",
            ("Velna Radio",),
        ),
        # "..., an official said, according to AP": the official, through AP, after any asides.
        (
            "The toll rose to 88, with 26 more bodies found in rubble, an official said, according to AP.",
            "an official",
            ("AP",),
        ),
        # A date stamp opening a page is not part of the first sentence.
        ("date 2023-04-12 The mayor confirmed on state radio that 12 died.", "The mayor", ()),
        ("Wednesday 27 Jul 2016 Velna state TV says 22 killed in car bomb.", "Velna state TV", ()),
        # "the protest organiser"; "In a breaking news alert it said"; "In its statement ...".
        ("Two million people marched, the protest organiser said.", "the protest organiser", ()),
        ("In a breaking news alert it said rescue workers were still at work.", "it", ()),
        ("In its statement about the incident the army said the attack would be punished.", "the army", ()),
        # What the speaker left out is not part of the name.
        (
            "A blast killed six the state radio reported on Monday without giving further details.",
            "the state radio",
            (),
        ),
        # "according to X quoted by Y": X, through Y.
        (
            "The driver refused to stop, according to a witness quoted by Velna Radio.",
            "a witness",
            ("Velna Radio",),
        ),
        # A heading or a day run into the sentence where punctuation was lost is not the name.
        ("Girl evacuated The ministry said five died.", "The ministry", ()),
        ("Bus bombing in Dorobi Also on Saturday the state radio said five died.", "the state radio", ()),
        ("Monday Velna state media said five died.", "Velna state media", ()),
        ("Ana Voss of The Kell Campaign said five died.", "Ana Voss of The Kell Campaign", ()),
        # What the statement came as may open the sentence, before its speaker.
        (
            "In a Friday statement about the incident the state radio said the attack would be punished.",
            "the state radio",
            (),
        ),
        # A manner adverb between the speaker and the verb; more verbs of saying; a family speaks.
        ("The Kell Monitor has strongly condemned the killing of 13 people.", "The Kell Monitor", ()),
        ("The police further disclosed that no one else died.", "The police", ()),
        ("His family said three children died.", "His family", ()),
        # "a local" is someone from the place.
        ("A local told the Courier that a plane dropped a bomb.", "A local", ("the Courier",)),
        # The sentence's full stop is no part of the name of the one told.
        ("The strike killed ten people, relatives told the Courier.", "relatives", ("the Courier",)),
        # What the speaker was doing is no part of the name, whatever it was done to.
        ("A doctor treating Ukrainian soldiers said 12 had died.", "A doctor", ()),
        # What a reporter witnessed is the reporter's account.
        ("An AP reporter witnessed troops opening fire on the crowd.", "An AP reporter", ()),
        # Councillors speak, as a councillor does.
        (
            "Local provincial councillors say the real figure is closer to 160.",
            "Local provincial councillors",
            (),
        ),
        # A body that raises or lowers its toll gives it.
        ("The President provided a toll of 15 dead and 500 wounded.", "The President", ()),
        ("The agency on Sunday raised its death toll from the landslide to more than 670.", "The agency", ()),
        ("The police lowered their estimate to 30.", "The police", ()),
        # One of a group speaks for the group.
        ("One of the survivors said 300 passengers were aboard.", "survivors", ()),
        ("Two of the witnesses said the boat hit a log.", "witnesses", ()),
        # What a voice explained is its word; technicians speak.
        (
            "The boat capsized after a wave, according to the testimony of the port guards.",
            "the port guards",
            (),
        ),
        ("Some technicians said the boat had engine trouble.", "technicians", ()),
        # Historians, academics and scholars speak as researchers do.
        ("Some historians said dozens were killed that night.", "historians", ()),
        # "According to X" after a colon opens a clause of its own, whatever came before it.
        (
            "In Kinshasa, doubts remain: according to the government, 131 inmates died.",
            "the government",
            (),
        ),
        # Contradicting another voice's claims is speaking.
        ("The Velna Police Force has contradicted claims by the Kell Monitor.", "The Velna Police Force", ()),
        # A toll given out by a body: the body speaks, whatever the toll is called.
        (
            "According to the latest official toll released by the authorities, 39 died.",
            "the authorities",
            (),
        ),
        (
            "The official toll, announced on Sunday by the prosecutor, stood at 60 dead.",
            "the prosecutor",
            (),
        ),
        ("Figures compiled by the UN show 40 dead.", "the UN", ()),
        ("At least 218 dead: that is the toll drawn up by rights groups.", "rights groups", ()),
        # "indeed" before the verb; "the head of state" is a person, not the state.
        ("The minister indeed said 12 people died.", "The minister", ()),
        ("The head of state said 12 people died.", "The head of state", ()),
        # A subject, a verb of its own and a participle of saying: the subject speaks.
        ("Police fired tear gas at the crowd, saying protesters had thrown stones.", "Police", ()),
        (
            "The governor corrected that account on Friday, saying no officer was on the campus.",
            "The governor",
            (),
        ),
        # A minister is named with the portfolio, not as the portfolio alone.
        ("The minister of the interior said 12 died.", "The minister of the interior", ()),
        # A fear of a figure is a (hedged) estimate; a fear of anything else says nothing.
        ("The governor fears hundreds of dead.", "The governor", ()),
        # A role after the name may open with capitals ("Europe director at ...").
        ('"We saw the canisters," said Ines Varga, Europe director at Open Square.', "Ines Varga", ()),
        # Saying again and again is saying: "continues to insist", "dared to claim".
        ("The operator continues to insist that the valve was closed.", "The operator", ()),
        # The head of an inquiry speaks for it, however long what it looks into.
        ("The head of the inquiry said 87 people were killed.", "the inquiry", ()),
        (
            "The head of a Kenyan investigation into the violent break-up of a protest by security "
            "forces said 87 people were killed.",
            "a Kenyan investigation",
            (),
        ),
        # An investigation finds; the evidence speaks for where it comes from; a demonym before
        # an investigation names no maker.
        ("An Associated Press investigation found 87 people were killed.", "Associated Press", ()),
        ("A Kenyan investigation found 87 people were killed.", "A Kenyan investigation", ()),
        (
            "Close to 600 people died in the strike, evidence from a Velna Monitor investigation suggests.",
            "Velna Monitor",
            (),
        ),
    ],
)
def test_who_speaks_and_through_whom(sentence: str, name: str, via: tuple[str, ...]) -> None:
    found = read(sentence).speaker
    assert found is not None and (found.name, found.via) == (name, via)


@pytest.mark.parametrize(
    "sentence",
    [
        # A participle of saying before "by" is a passive: who said it comes after.
        "Figures reported by the press ran from 12 to 40 dead.",
        # A toll compiled by one body and disputed by another is not the first body's word.
        "The toll compiled by the rights group is disputed by the government.",
        # A number alone is no voice: "reports" here is a noun, not the verb.
        "Two reports from the ministry have put the toll from the attack at 290.",
        # A free relative names whose words the sentence is set against, not who speaks it.
        "However, three bodies had wounds, consistent with what Sarn mayor Ivo Karel described as a killing.",
        "The officers told the driver to stop, but the car pulled away.",  # an order
        "The officer who admitted the shooting is 38.",  # the relative clause's verb
        "The raid came hours after President Ana Voss warned of an attack.",  # a subordinate clause's verb
        # A word that opens a clause or a phrase is no name: "After repeated delays", "Other reports".
        "After repeated delays the first stage of the truce took hold on Friday.",
        "Other reports from opposition sources offered different accounts.",
        # "..., denied responsibility for the group, saying": a denial's object, no inverted speaker
        "Later, however, a spokesman known as KL, Ali Veran, denied responsibility for the group, saying so.",
    ],
)
def test_no_one_speaks(sentence: str) -> None:
    assert read(sentence).speaker is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The police said the group's figure of 13 deaths was inaccurate.", "13"),
        ("Reports that 50 people died are false, the ministry said.", "50"),
        ("The toll of 300 given by residents is grossly exaggerated, officials said.", "300"),
    ],
)
def test_a_verdict_after_a_figure_disputes_it(sentence: str, value: str) -> None:
    start, end = _at(sentence, value)
    assert read(sentence).polarity(start, end) is Polarity.DENIED


def test_a_verdict_reaches_back_only_to_its_clause() -> None:
    sentence = "Police counted 12 dead; the union's claim was false."
    assert read(sentence).polarity(*_at(sentence, "12")) is Polarity.AFFIRMED


def test_a_report_of_what_someone_said_credits_the_one_who_said_it() -> None:
    found = read("The Courier reported a district official said 9 died.").speaker
    assert found is not None and (found.name, found.via) == ("a district official", ("The Courier",))
    other = read("Police reported protesters attacked officers.").speaker
    assert other is not None and other.name == "Police"


def test_when_it_was_said_is_not_part_of_the_name_and_a_day_is_no_voice() -> None:
    sentence = '"We struck the camp," said army spokesman Tun Aung overnight from Tuesday to Wednesday.'
    found = read(sentence).speaker
    assert found is not None and "Tuesday" not in found.name and found.via == ()


def test_a_name_known_otherwise_stays_in_the_appositive() -> None:
    sentence = (
        "The preacher at the rally, Ram Lal, also known as 'Baba', said in a statement that the crush "
        'was caused by "some plotters" after the prayers ended.'
    )
    found = read(sentence).speaker
    assert found is not None and found.name == "Ram Lal"


@pytest.mark.parametrize(
    ("sentence", "name", "via"),
    [
        # Text whose commas were stripped: the speaker is found walking back from the verb.
        ("Shelling hit the town on Monday killing nine people a monitor said.", "a monitor", ()),
        ("A bomb killed six in the market Dalcan state television reported.", "Dalcan state television", ()),
        # "a source at the hospital" speaks for the hospital, as with a comma.
        ("The toll reached 51 a source at the hospital told Horizon.", "the hospital", ("Horizon",)),
        # ... or after the verb: the name that follows "said" speaks, not the noun before it.
        ("A car bomb went off near the depot of the district council said the Monitor.", "the Monitor", ()),
        ("The toll may rise as many wounded are in a grave state added Halden Radio.", "Halden Radio", ()),
        # A named body's role noun ends the speaker: "Halden TV correspondent reported".
        (
            "Rockets hit homes leaving 20 others wounded Halden TV correspondent reported.",
            "Halden TV correspondent",
            (),
        ),
        # A participle may follow the speaker: "said updating an earlier toll".
        (
            "The blast killed 32 people at the crossing the Velna Monitor said updating an earlier toll.",
            "the Velna Monitor",
            (),
        ),
        # ... and a name with a particle ("al", "de") after it is whole.
        (
            "The strikes answered the killing of the pilot by the Front said Omar Seif al Karimi.",
            "Omar Seif al Karimi",
            (),
        ),
        # A group right before the verb is the speaker, not the place before it.
        ("The raids hit a school and a residential area in Selm town rebels said.", "rebels", ()),
        # A day after the verb is when it was said, not who said it.
        ("Nine people were killed at the crossing the agency said Tuesday.", "the agency", ()),
        # How many spoke is part of who spoke: "two residents said" is the residents.
        ("Tanks shelled the town killing four more civilians two residents said.", "residents", ()),
        # A quoted claim whose quotation marks were lost, then its speaker's name.
        ("Fourteen consecutive strikes were made Ivo Karel said.", "Ivo Karel", ()),
        ("These attacks cannot be tolerated Voss said on Friday.", "Voss", ()),
        # A pronoun right before the verb continues the voice before; where the outlet heard it
        # is not part of the outlet.
        ("Four villagers died among them a boy he said adding that 21 were hurt.", "he", ()),
        (
            "Strikes killed 13 people on Thursday a rescue official told Halden Radio from Dorobi.",
            "a rescue official",
            ("Halden Radio",),
        ),
    ],
)
def test_a_trailing_speaker_without_a_comma(sentence: str, name: str, via: tuple[str, ...]) -> None:
    found = read(sentence).speaker
    assert found is not None and (found.name, found.via) == (name, via)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # A class noun, then the body's own name: the name speaks.
        ("the rebel group Karo Front", "Karo Front"),
        # A named body, then its person: the body speaks.
        ("Valley Observatory Omar Seldan", "Valley Observatory"),
    ],
)
def test_a_class_noun_before_a_name_gives_the_name(phrase: str, name: str) -> None:
    assert clean_name(phrase) == name


def test_two_named_bodies_joined_without_a_comma_both_speak() -> None:
    found = read(
        "A bomb killed 44 people in the town Valdors state-run news agency and Karel media reported."
    ).speaker
    assert found is not None and (found.name, found.others) == (
        "Valdors state-run news agency",
        ("Karel media",),
    )
    # A place before "and" is not a body: "in Aleppo and Karel media reported" is Karel media alone.
    found = read(
        "Shelling hit the town on Monday killing nine people in Selm and Karel media reported."
    ).speaker
    assert found is not None and (found.name, found.others) == ("Karel media", ())


@pytest.mark.parametrize(
    "sentence",
    [
        "Agencies contributed to this report Read Also",  # "report" as a noun before a heading
        # "report" before a participle is too often a noun to end a speaker
        "Shells landed in the heart of the capital media report citing witness accounts.",
        "The talks covered the area around the disputed Karo Heights.",
    ],
)
def test_no_inverted_speaker_after_a_noun_or_an_adjective(sentence: str) -> None:
    assert read(sentence).speaker is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Courier reported citing relatives and a local reporter that nine died.", "relatives"),
        ("Police and soldiers said 12 died.", "Police"),
        ("The Ministry of Justice and Security said 12 died.", "The Ministry of Justice and Security"),
    ],
)
def test_two_joined_speakers_give_the_first_and_a_name_stays_whole(sentence: str, name: str) -> None:
    found = read(sentence).speaker
    assert found is not None and found.name == name


def test_a_speaker_with_two_appositions() -> None:
    sentence = (
        "Omar Seldan, the deputy commissioner of Brenton, the provincial capital of Velna, "
        "told reporters that 57 injured people remain in hospital."
    )
    found = read(sentence).speaker
    assert found is not None and found.name == "Omar Seldan"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A day, or a phrase that names no one, may open the sentence before its speaker.
        ("On Wednesday, Ana Voss, the minister for the North Province, said 37 died.", "Ana Voss"),
        (
            "Citing reports from local officials and doctors, the provincial government said 37 died.",
            "the provincial government",
        ),
        # A name wrapped over two lines is one name.
        ("The prime minister of the region, Tomas\nReyvel, said 40 died.", "Tomas Reyvel"),
    ],
)
def test_what_opens_a_sentence_before_its_speaker(sentence: str, name: str) -> None:
    found = read(sentence).speaker
    assert found is not None and found.name == name


def test_a_bullet_is_no_voice_and_said_to_is_no_report() -> None:
    found = read("- Police said 12 died.").speaker
    assert found is not None and found.name == "Police"
    assert read("Photos said to show the site circulated.").speaker is None


def test_claimed_to_have_is_still_a_claim() -> None:
    found = read("The group claimed to have executed the pilot.").speaker
    assert found is not None and found.hedged


def test_a_fear_of_a_figure_is_hedged_and_a_fear_of_reprisal_says_nothing() -> None:
    found = read("The governor fears hundreds of dead.").speaker
    assert found is not None and found.hedged
    assert read("The prisoner fears retribution from other inmates.").speaker is None


@pytest.mark.parametrize(
    "phrase",
    [
        # A headline or a clause run into the speaker's phrase where punctuation was lost.
        "Gas attack hits rebel-held areas of Velna",
        "Jets targeted the district one civil defence source",
        "The government has offered no public response to the council",
        # A page's tags; a word left from "Last updated".
        "Tags Karsa Velna air raids strikes",
        "Last",
        # A pronoun and its verb ("he termed all previous media [reports] ..."), "I've ...".
        "he termed all previous media",
        "I've",
        # A verb first ("... differed, and were rising quickly as different hospitals reported in").
        "were rising quickly as different hospitals",
    ],
)
def test_a_phrase_that_names_no_one_gives_no_voice(phrase: str) -> None:
    assert clean_name(phrase) is None


@pytest.mark.parametrize(
    "phrase", ["il a qualifié les médias", "J'ai", "nous avons", "étaient en hausse selon les hôpitaux"]
)
def test_a_french_phrase_that_names_no_one_gives_no_voice(phrase: str) -> None:
    with using("fr"):
        assert clean_name(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Earlier in the day Reuters", "Reuters"),
        ("In March Velna military commander Ivo Karel", "Velna military commander Ivo Karel"),
        # A wire dateline run into the phrase.
        ("KARSA Velna (The Associated Press Ivo Karel) Velnan state media", "Velnan state media"),
    ],
)
def test_a_time_or_a_dateline_before_a_name_is_not_part_of_it(phrase: str, name: str) -> None:
    assert clean_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "date", "clause"),
    [
        # A date that opens the sentence dates the clause after its comma ...
        (
            "On February 20, a fire killed nine people at a factory, the prefecture said.",
            "On February 20",
            "On February 20, a fire killed nine people at a factory",
        ),
        # ... unless that clause is a saying: the date is the saying's.
        ("On Tuesday, the army said 40 people were killed.", "On Tuesday", "On Tuesday"),
        # A date inside the sentence keeps to its own clause.
        (
            "Since 2011, when 14 people died, the town has been quiet.",
            "2011",
            "Since 2011, when 14 people died",
        ),
    ],
)
def test_the_clause_a_date_governs(text: str, date: str, clause: str) -> None:
    from claimdiff.clause import date_clause

    start = text.index(date)
    a, b = date_clause(text, start, start + len(date))
    assert text[a:b] == clause


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "It contradicted government statements that troops never fired."),
        ("en", "He rejected the army's claim that no civilians died."),
        ("en", "Residents dismissed the police's assertions that the crowd was armed."),
        ("en", "The ministry's denial that it used force was disputed."),
        ("en", "It repeated the governor's insistence that 12 died."),
        ("en", "Witnesses contradicted the official account that the fire started at dawn."),
        ("en", "Witnesses contradicted the police version that the car was speeding."),
        (
            "fr",
            "Les témoins contredisent les déclarations officielles du ministère selon lesquelles il a foncé.",
        ),
        ("fr", "Ils contestent les déclarations de la police affirmant que personne n'a tiré."),
    ],
)
def test_the_bodies_statement_hint_holds_wherever_the_pattern_matches(code: str, text: str) -> None:
    # The hint spares sentences the scan from every word; it must hold wherever the pattern does.
    from claimdiff.lang import using

    with using(code):
        assert _rx("bodies_statement").search(text), text
        assert _rx("bodies_statement_hint").search(text), text


@pytest.mark.parametrize(
    "sentence",
    [
        "The government denied the presence of Velnian soldiers in the region.",
        "The government has flatly denied the involvement of Velnian troops in the killings.",
        "The government denied any role of Velnian troops in the killings.",
    ],
)
def test_denying_an_actors_presence_or_part_denies_the_actor(sentence: str) -> None:
    at = sentence.index("Velnian")
    assert read(sentence).actor_polarity(at, at + 7) is Polarity.DENIED


@pytest.mark.parametrize(
    "sentence",
    [
        "The body showed no signs of other injuries except for gunshot wounds, his family said.",
        "There were no injuries other than gunshot wounds, the doctor said.",
    ],
)
def test_what_a_negation_excepts_is_stated(sentence: str) -> None:
    at = sentence.index("gunshot wounds")
    assert read(sentence).polarity(at, at + 14) is Polarity.AFFIRMED
    assert read("There were no gunshot wounds, the doctor said.").polarity(15, 29) is Polarity.DENIED


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Velnian troops did not allow the bodies to be collected.", Polarity.AFFIRMED),
        ("The army said Velnian troops did not confirm the toll.", Polarity.AFFIRMED),
        ("Velnian troops did not take part in the killings.", Polarity.DENIED),
    ],
)
def test_a_negated_act_that_is_no_part_in_the_event_leaves_the_actor(
    sentence: str, polarity: Polarity
) -> None:
    at = sentence.index("Velnian troops")
    assert read(sentence).actor_polarity(at, at + 14) is polarity


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ministry said it was a lie that Velnian forces had shelled the market.", "Velnian"),
        ("It is not true that 300 people died in the blast, the ministry said.", "300"),
        ("The ministry said it was false that 40 civilians were killed.", "40"),
    ],
)
def test_a_verdict_before_what_it_judges_denies_it(sentence: str, value: str) -> None:
    reading, at = read(sentence), sentence.index(value)
    assert reading.polarity(at, at + len(value)) is Polarity.DENIED
    if value == "Velnian":
        assert reading.actor_polarity(at, at + 7) is Polarity.DENIED


def test_a_second_clause_speaker_named_in_apposition() -> None:
    sentence = (
        "The minister put the overall death toll at 150, while the country's leading daily, "
        "the Velna Star, said 211 people were killed."
    )
    foreign = read(sentence).foreign
    assert [c.speaker for c in foreign] == ["the Velna Star"], foreign


def test_a_role_and_a_name_inside_a_contrast_clause_are_that_clauses_speaker() -> None:
    sentence = "The minister put the toll at 150, while a leading daily, Velna Star, said 211 were killed."
    reading = read(sentence)
    assert reading.speaker is not None and reading.speaker.name == "The minister"
    assert [c.speaker for c in reading.foreign] == ["Velna Star"]


def test_a_quoted_figure_is_credited_after_its_closing_mark() -> None:
    sentence = '"Dozens dead" according to AFP, "at least 120" according to Le Monde.'
    assert read(sentence).credit_at(sentence.index("at least 120")) == "Le Monde"


def test_agreeing_that_is_saying_so() -> None:
    found = read("Experts agree that the dam failed.").speaker
    assert found is not None and found.name == "Experts", found


def test_a_trailing_speaker_may_be_followed_by_whose() -> None:
    sentence = (
        "\u201cWe\u2019ve confirmed 37 deaths,\u201d said Dana Roe, whose group, Open Borders, "
        "is in contact with those who cross."
    )
    found = read(sentence).speaker
    assert found is not None and found.name == "Dana Roe", found


def test_a_paper_headlining_a_quote_speaks_it() -> None:
    found = read("“Two dead, 44 badly hurt,” headlined Le Quotidien.").speaker
    assert found is not None and found.name == "Le Quotidien", found


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The mayor spoke of more than 200 dead.", "The mayor"),
        ("Security sources contacted by Le Quotidien spoke of a massacre.", "Security sources"),
    ],
)
def test_speaking_of_a_figure_or_an_act_is_saying_it(sentence: str, voice: str) -> None:
    found = read(sentence).speaker
    assert found is not None and found.name == voice, found
    # ... but not speaking of anything else.
    assert read("He spoke of his grief.").speaker is None


def test_a_person_named_before_a_relative_says_what_it_says() -> None:
    sentence = "Read the account of a reporter, Ann Lee, who, having looked into it, says seven died."
    (claim,) = read(sentence).foreign
    assert claim.speaker == "Ann Lee"


def test_a_subject_negated_whole_is_no_speaker() -> None:
    assert read("Neither it nor any other group claimed responsibility for the attack.").speaker is None


def test_a_phrase_that_opens_after_the_voice_according_to_names_is_no_part_of_it() -> None:
    from claimdiff.clause import credited

    sentence = "Forty people were killed and 16 injured according to the ministry not counting the missing."
    with using("en"):
        found = read(sentence).speaker
        assert found is not None and found.name == "the ministry"
        assert credited(sentence, sentence.index("injured") + 7, len(sentence)) in (None, "the ministry")
