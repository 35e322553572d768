"""Extraction: counts, victims, causes, actors, times, places, polarity, and the traps."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from claimdiff.extract import Context, extract, read
from claimdiff.lexicon import AliasTable
from claimdiff.model import Aspect, Polarity, Scope

REF = dt.date(2022, 4, 5)
CTX = Context(REF, AliasTable.build(), (dt.date(2022, 3, 9), dt.date(2022, 4, 14)))


def facts(text: str, aspect: Aspect | None = None):  # type: ignore[no-untyped-def]
    found = extract(read(text, 0, CTX), CTX.window).facts
    return [f for f in found if aspect is None or f.aspect is aspect]


def counts(text: str) -> list[tuple[str, float, float]]:
    return [
        (f.scoped_key, f.value.low, f.value.high)  # type: ignore[union-attr]
        for f in facts(text)
        if f.aspect in (Aspect.CASUALTIES, Aspect.QUANTITY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("203 fighters were killed in the operation.", [("killed", 203, 203)]),
        ("Soldiers allegedly killed hundreds of civilians.", [("killed", 200, 999)]),
        ("At least 70 people died.", [("killed", 70, float("inf"))]),
        ("About 300 people were killed.", [("killed", 270, 330)]),
        ("Two hundred and three people were killed.", [("killed", 203, 203)]),
        ("The blast killed 4,000 people.", [("killed", 4000, 4000)]),
        ("Between 200 and 400 people were killed.", [("killed", 200, 400)]),
        ("Fewer than 20 people were wounded.", [("injured", 0, 19)]),
        ("The attack killed four people and wounded three others.", [("killed", 4, 4), ("injured", 3, 3)]),
        ("Nine miners remain unaccounted for.", [("missing", 9, 9)]),
        ("Police said 51 people were arrested.", [("arrested", 51, 51)]),
        # Carried off by their attackers: a count of its own, beside the dead and the missing.
        ("Gunmen abducted 276 schoolgirls from the school.", [("abducted", 276, 276)]),
        ("Police said 129 girls were kidnapped.", [("abducted", 129, 129)]),
        ("Official figures put the number of abducted girls at 129.", [("abducted", 129, 129)]),
        # "not accounted for", "yet to be accounted for": the missing.
        ("The police said 30 were not accounted for.", [("missing", 30, 30)]),
        ("Over 50 schoolgirls were yet to be accounted for.", [("missing", 51, float("inf"))]),
        # A number between commas right after a name is the person's age.
        ("Nahel, 17, was shot dead by a police officer.", []),
        # The dead and the missing counted together are a count of their own.
        ("At least 970 people are dead or missing.", [("killed or missing", 970, float("inf"))]),
        # "all but eight ... had been freed": the eight still missing, all of the missing.
        ("The army said all but eight of the students had been freed.", [("missing", 8, 8)]),
        ("More than 200,000 people have been displaced.", [("displaced", 200001, float("inf"))]),
        ("The death toll has risen to at least 19.", [("killed", 19, float("inf"))]),
        # A harm other than death named right after the figure counts it, whatever the toll noun.
        ("The toll stood at eleven injured.", [("injured", 11, 11)]),
        ("The toll stood at 86.", [("killed", 86, 86)]),
        # Others' figures, heard by the one who speaks.
        ("We are told seven people died.", []),
        # "three other people": more of them, beside those already told, not a toll.
        ("Witnesses named three other people who also died.", []),
        ("Three people died and two others were injured.", [("killed", 3, 3), ("injured", 2, 2)]),
        # Evacuated to hospital: hurt, not displaced.
        ("Three people were evacuated to hospital.", [("injured", 3, 3)]),
        ("500 residents were evacuated.", [("displaced", 500, 500)]),
        ("About 15,000 people took part in the rally.", [("crowd", 13500, 16500)]),
        ("The march on Saturday drew 6,200 people.", [("crowd", 6200, 6200)]),
        # Shots fired: by their noun, or by "fired ... times".
        ("Three shell casings were found at the scene.", [("shots", 3, 3)]),
        ("The officer fired four times at the car.", [("shots", 4, 4)]),
        # "four times" with no firing verb counts nothing.
        ("The price rose four times over.", []),
        # "for the province" says where the toll is given for, not what the figure counts.
        ("The toll rose to 37,958 for the province alone.", [("killed", 37958, 37958)]),
        # "we were", as the marchers count themselves; "everywhere" says where, not what is counted.
        ("We were at least a million everywhere in the country.", [("crowd", 1000000, math.inf)]),
        # "the deaths of", "the lives of": the dead, whatever verb of hurting follows.
        (
            "The fire caused the deaths of at least ten people and injured 37.",
            [("killed", 10, math.inf), ("injured", 37, 37)],
        ),
        (
            "Shells hit the district, claiming the lives of 8 people and injuring more than 58 others.",
            [("killed", 8, 8), ("injured", 59, math.inf)],
        ),
        ("Two soldiers were slightly wounded.", [("injured:security", 2, 2)]),
        # Those in critical condition are hurt, not dead ("others" does not carry the dead over).
        (
            "Two villagers died while 11 others are in critical condition.",
            [("killed", 2, 2), ("injured:at one facility", 11, 11)],
        ),
        # A verb of killing and wounding together counts the dead and the hurt as one.
        ("Security forces killed and wounded several dozen protesters.", [("killed or injured", 36, 99)]),
        ("The attack killed or injured 40 people.", [("killed or injured", 40, 40)]),
        # Members of a body are who the body is.
        ("Five members of the Revolutionary Guards were killed.", [("killed:security", 5, 5)]),
        # ... named right there: the soldiers after "by" killed the members.
        ("Hundreds of members of the movement were killed by army soldiers.", [("killed", 200, 999)]),
        # An aside between the figure and its verb is skipped, however long, and its own words
        # ("survivors") count nothing.
        (
            "Around 90 migrants, according to survivors interviewed by the agency in the port, drowned.",
            [("killed", 81, 99)],
        ),
        (
            "Some 40 workers, including several foremen and a number of engineers, were killed.",
            [("killed", 36, 44)],
        ),
        # "a total of" between the verb and the figure; a noun of people by its ending.
        (
            "Police detained a total of 11 people in the attack, which also injured more than 100 "
            "concertgoers.",
            [("arrested", 11, 11), ("injured", 101, math.inf)],
        ),
        ("Police apprehended four suspects.", [("arrested", 4, 4)]),
        # A voice declining to speak states nothing of what follows in its clause, nor denies it.
        (
            "The minister gave no details about the two people detained, but said 12 people died.",
            [("killed", 12, 12)],
        ),
        ("Police would not comment on the two people detained overnight.", []),
        # A clause opened by "after", "as", "when" is the figure's own: the dead before it count
        # nothing of it.
        ("Families have not identified their dead” after some 2,000 migrants stormed the fence.", []),
        ("Families buried their dead as 2,000 migrants stormed the fence.", []),
        # Attackers counted as those who blew themselves up are no toll.
        ("Two women assailants blew themselves up in a corridor, killing a number of hostages.", []),
        # A number after one person is that person's age.
        ("My cousin's daughter, a child no more than 13, was among the dead.", []),
        ("A child no older than 10 was killed.", []),
        ("A man and 12 children were killed.", [("killed:children", 12, 12)]),
        # The verb of the people a figure names may come after what places them.
        (
            "More than 500 residents of the occupied town of Velna, on the left bank of the river, "
            "were killed by the flood.",
            [("killed", 501, math.inf)],
        ),
        (
            "Some 300 residents of the occupied village of Velna, which lies on the left bank, "
            "were evacuated.",
            [("displaced", 270, 330)],
        ),
        # A count told of one part of the place is a share of the dead.
        ("Witnesses counted 12 bodies in a single neighbourhood.", [("killed:subset", 12, 12)]),
        # A noun of the act before the figure says what it counts.
        ("The report condemned the massacre of 300 villagers.", [("killed", 300, 300)]),
        # "including" reaches no figure past a verb: the 6 injured are a toll of their own.
        (
            "Three men including a driver were killed and 9 others were injured in the blast.",
            [("killed", 3, 3), ("injured", 9, 9)],
        ),
        # The figure after "were among" is the whole toll, whatever "including" came before.
        (
            "Four farmers including a boy were among at least 31 people killed.",
            [("killed", 31, float("inf"))],
        ),
        (
            "The floods killed 38 people, including 11 children.",
            [("killed", 38, 38), ("killed:children", 11, 11)],
        ),
        # No count is below zero: "-5 people" is no toll; a hyphen inside a word is no minus.
        ("Police said -5 people died.", []),
        ("A 12-year-old and 5 others died.", [("killed", 5, 5)]),
        # Those fighting for their lives are hurt, not dead.
        (
            "Twelve people were hurt, two of whom were still fighting for their lives.",
            [("injured", 12, 12), ("injured:subset", 2, 2)],
        ),
    ],
)
def test_counts(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert counts(text) == expected


def test_a_toll_put_at_least_at_a_figure_is_the_speaker_s_lower_bound() -> None:
    found = facts("The agency put the death toll at least at 85 on Tuesday.", Aspect.CASUALTIES)
    assert [(f.key, f.value.low, f.value.high, f.voice) for f in found] == [
        ("killed", 85, float("inf"), None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Since 2014, France has kept 5,000 troops in the region.",  # a year, and background
        "Moura lies about 400 kilometres northeast of Bamako.",  # a distance
        "A 25-year-old man was among the protesters.",  # an age
        "Most of those killed were under 18, the family said.",  # an age bound, not a count
        "The council declared an emergency in eleven districts.",  # objects, not people
        "UN Resolution 2719 was adopted on Friday.",  # an id
        "The strike hit at about 7 p.m. on March 23.",  # a time and a date
        "Divers recovered seven more bodies overnight.",  # an increment, not a toll
        "Organisers put the turnout at 100,000.",  # another voice's figure
    ],
)
def test_numbers_that_are_not_tolls(text: str) -> None:
    assert [c for c in counts(text) if c[0] in ("killed", "injured", "crowd")] == []


def test_no_one_was_killed_is_a_denied_zero() -> None:
    found = facts("No civilians were killed in the strike.", Aspect.CASUALTIES)
    assert [(f.value.low, f.polarity) for f in found] == [(0, Polarity.DENIED)]  # type: ignore[union-attr]
    victims = facts("No civilians were killed in the strike.", Aspect.VICTIMS)
    assert [(f.value.name, f.polarity) for f in victims] == [("civilian", Polarity.DENIED)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Soldiers killed hundreds of civilians in the village.", "civilian"),
        ("203 terrorist fighters were neutralised.", "combatant"),
        ("We are alarmed by reports that civilians were killed.", "civilian"),
        ("Those killed were farmers and traders, not militants.", "civilian"),
    ],
)
def test_victims(text: str, category: str) -> None:
    stated = {f.value.name for f in facts(text, Aspect.VICTIMS) if f.polarity is not Polarity.DENIED}  # type: ignore[union-attr]
    assert category in stated


@pytest.mark.parametrize(
    "text",
    [
        "The use of violence against civilians only strengthens terrorist groups.",
        "Border guards opened fire on the crossing, the agency said.",  # guards act; they are not victims
        "Relatives of the dead said guards refused to open the cells.",  # guards act here too
        # The word describes something else, or the group acts.
        "Six people were killed after rebel fire hit the market.",
        "A rebel group has launched a rocket attack that killed three people.",
        "Militants shell the town, killing four people.",
        "The pilot was killed by a fighter from another faction.",
        "Nine people died in rebel-held areas of the city.",
        "The army said the raid killed 20 and that some of them wore civilian clothes.",
        # One nation's people denied is no denial of the category.
        "No British soldiers were killed in the raid, the ministry said.",
        # The sides of the fighting are not who died.
        "Twelve people died in clashes between opposition fighters and the army.",
        # A union of workers speaks; it names no victims.
        "The workers' union said at least 20 people had died in the blast.",
        # A denial of having killed civilians says nothing of who the victims were.
        "The army on Sunday denied killing civilians in an air strike.",
        "The General Staff firmly denies the allegations of civilian casualties.",
    ],
)
def test_no_victims_without_victims(text: str) -> None:
    assert {f.value.name for f in facts(text, Aspect.VICTIMS)} <= {"civilian"} - {"civilian"}  # type: ignore[union-attr]


def test_who_helped_the_group_that_killed_does_not_make_it_a_victim() -> None:
    text = "The ministry said soldiers, aided by foreign mercenaries, allegedly killed hundreds of civilians."
    assert {f.value.category for f in facts(text, Aspect.VICTIMS)} == {"civilian"}  # type: ignore[union-attr]
    # A comma that opens a clause of its own still ends the group's part.
    text = "Two soldiers, a police statement said, were killed in the ambush."
    assert {f.value.category for f in facts(text, Aspect.VICTIMS)} == {"security"}  # type: ignore[union-attr]


def test_the_other_side_of_a_clash_is_not_among_the_victims() -> None:
    found = facts(
        "47 gendarmes were injured in clashes with protesters at the site on Saturday.", Aspect.VICTIMS
    )
    assert {f.value.category for f in found} == {"security"}  # type: ignore[union-attr]


def test_a_cue_of_another_time_in_a_quotation_covers_its_own_sentence_only() -> None:
    quote = (
        "“Nothing like this has happened here. For years we have warned about the dam. "
        "The flood was caused by negligence,” the mayor said."
    )
    found = extract(read(quote, 0, CTX), CTX.window)
    assert not found.background
    assert [f.value.category for f in found.facts if f.aspect is Aspect.CAUSE] == ["accident"]  # type: ignore[union-attr]
    # Unquoted, the cue still makes the sentence background.
    assert extract(read("For years the dam was neglected, the mayor said.", 0, CTX), CTX.window).background


def test_causes_and_their_polarity() -> None:
    assert {f.value.category for f in facts("An airstrike hit the hospital.", Aspect.CAUSE)} == {"aerial"}  # type: ignore[union-attr]
    assert {f.value.category for f in facts("One of the rockets misfired.", Aspect.CAUSE)} == {
        "ground rocket"
    }  # type: ignore[union-attr]
    denied = facts("No shots were fired at any point.", Aspect.CAUSE)
    assert denied and all(f.polarity is Polarity.DENIED for f in denied)
    assert facts("Overloading, not the weather, sank the ferry.", Aspect.CAUSE)


def test_actors_resolve_through_aliases_and_hedges() -> None:
    found = facts(
        "Malian soldiers aided by Russian mercenaries allegedly killed hundreds of civilians.", Aspect.ACTOR
    )
    names = {f.value.name for f in found}  # type: ignore[union-attr]
    assert names == {"Malian Armed Forces", "Wagner Group"}
    assert any(f.polarity is Polarity.HEDGED for f in found)


def test_actors_only_when_they_take_part() -> None:
    text = "The ministry calls on the Malian authorities and MINUSMA to investigate."
    assert facts(text, Aspect.ACTOR) == []


def test_a_kind_s_word_before_a_named_actor_describes_it() -> None:
    found = facts("The paramilitary Rapid Support Forces stormed the camp.", Aspect.ACTOR)
    assert [f.key for f in found] == ["rapid support forces"]
    # ... but soldiers named beside it are an actor of their own.
    found = facts("Soldiers and the Rapid Support Forces stormed the camp.", Aspect.ACTOR)
    assert [f.key for f in found] == ["army", "rapid support forces"]


def test_made_no_mention_is_omission_evidence_not_denial() -> None:
    found = extract(read("The Malian army's statement made no mention of Wagner.", 0, CTX), CTX.window)
    assert found.omits == (("The Malian army", "Wagner"),)
    assert not [f for f in found.facts if f.aspect is Aspect.ACTOR]


def test_actor_denial_needs_words_of_denial() -> None:
    denied = facts("Wagner was not involved in the operation, the ministry said.", Aspect.ACTOR)
    assert [f.polarity for f in denied] == [Polarity.DENIED]
    disputed = facts("Residents disputed the army's account of the operation.", Aspect.ACTOR)
    assert all(f.polarity is not Polarity.DENIED for f in disputed)
    # Keeping something from an actor is no denial of its part.
    kept = facts("Jets struck the depots to deny Daesh the use of the road.", Aspect.ACTOR)
    assert kept and all(f.polarity is not Polarity.DENIED for f in kept)
    # "No soldiers took part": the soldiers, denied; "No group has claimed it" names no actor.
    none = facts("No soldiers took part in the raid, the army said.", Aspect.ACTOR)
    assert [(f.value.text, f.polarity) for f in none] == [("soldiers", Polarity.DENIED)]  # type: ignore[union-attr]
    assert facts("No group has claimed responsibility for the attack.", Aspect.ACTOR) == []
    # Denying a means ("had not used any banned weapons") is no denial of the part.
    means = facts(
        "The prefecture said police had not used any weapons banned for crowd control.", Aspect.ACTOR
    )
    assert means and all(f.polarity is not Polarity.DENIED for f in means)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The operation in Moura ran from March 23 to 31.", dt.date(2022, 3, 23), dt.date(2022, 3, 31)),
        ("The attack on the village took place on Tuesday.", dt.date(2022, 4, 5), dt.date(2022, 4, 5)),
    ],
)
def test_event_times(text: str, start: dt.date, end: dt.date) -> None:
    times = [(f.value.start, f.value.end) for f in facts(text, Aspect.TIME)]  # type: ignore[union-attr]
    assert times == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "The army said on April 1 that 203 fighters were killed.",
        # The day opens the speaker phrase, with no comma.
        "On Friday the army said 203 fighters were killed in the raid.",
        # A day named for something else.
        "The strike killed ten people as the withdrawal neared Tuesday's deadline.",
    ],
)
def test_the_day_of_the_saying_or_of_something_else_is_not_the_event_s(text: str) -> None:
    assert facts(text, Aspect.TIME) == []


def test_a_figure_brought_to_one_facility_is_that_facility_s_count() -> None:
    found = facts(
        "Medics said the bodies of three people and a dozen wounded arrived at the district hospital."
    )
    assert {f.scoped_key for f in found if f.aspect is Aspect.CASUALTIES} == {
        "killed:at one facility",
        "injured:at one facility",
    }
    # Many facilities together give the toll.
    found = facts(
        "Officials said the state hospital and three private clinics received the bodies of 27 victims."
    )
    assert {f.scoped_key for f in found if f.aspect is Aspect.CASUALTIES} == {"killed"}
    # "taken to hospital" with no article names no one facility: the toll stands.
    found = facts("He said 17 people had died and 43 injured were taken to hospital.")
    assert {f.scoped_key for f in found if f.aspect is Aspect.CASUALTIES} == {"killed", "injured"}


@pytest.mark.parametrize(
    "text",
    [
        "Since 2014, France has deployed about 5,000 soldiers in the Sahel.",
        "Last year, European governments condemned the deployment.",
        "A riot there in 2016 left 14 people dead.",
        "The two villages have kept a ceasefire for at least three years, and neither side attacked.",
    ],
)
def test_background(text: str) -> None:
    assert extract(read(text, 0, CTX), CTX.window).background


def test_a_recent_date_alone_is_not_background() -> None:
    text = "The vessel was carrying 148 passengers and had passed an inspection in January."
    assert not extract(read(text, 0, CTX), CTX.window).background


def test_places() -> None:
    names = {f.value.name for f in facts("Soldiers killed dozens in the village of Moura.", Aspect.PLACE)}  # type: ignore[union-attr]
    assert names == {"Moura"}
    rel = facts("The ferry sank three nautical miles north of Karang Island.", Aspect.PLACE)
    assert {f.value.name for f in rel} == {"Karang Island"}  # type: ignore[union-attr]
    # A country's adjective names no place.
    assert facts("The blast killed 30 people in the town near the Polish border.", Aspect.PLACE) == []
    # A body or an armed group named after "from" or "in" is no place either.
    assert facts("A source at Harbour Police Command said shells killed one person.", Aspect.PLACE) == []
    # The larger place that owns it is not the place: "Sayle's Dorob", "Malis Dorob" (apostrophe lost).
    assert [f.value.name for f in facts("Soldiers killed 12 in Sayle's Dorob district.", Aspect.PLACE)] == [
        "Dorob"
    ]  # type: ignore[union-attr]
    assert [f.value.name for f in facts("Soldiers killed 12 in Malis Dorob district.", Aspect.PLACE)] == [
        "Dorob"
    ]  # type: ignore[union-attr]
    # A person's title opens a person's name ("near President Voss's village"), not a place's.
    assert facts("Rockets struck near President Ana Vosss home village.", Aspect.PLACE) == []


def test_spans_point_at_the_words() -> None:
    text = "According to the ministry, soldiers killed 70 civilians in Moura."
    for f in facts(text):
        assert 0 <= f.span[0] < f.span[1] <= len(text)
        assert text[f.span[0] : f.span[1]].strip()


def test_shot_dead_counts_the_dead() -> None:
    assert counts("Police shot dead at least five people as protesters stormed parliament.") == [
        ("killed", 5, float("inf"))
    ]


def test_running_totals_are_not_tolls() -> None:
    assert counts("More than 11,000 people have been killed since the fighting began.") == []
    assert counts("Strikes have killed 300 people since late September, the monitor said.") == []
    assert counts("Strikes have killed 300 people since mid-March, the monitor said.") == []


def test_a_distant_reference_point_is_not_the_spot() -> None:
    spots = [
        f.value.name  # type: ignore[union-attr]
        for f in facts("The operation took place 400 kilometres northeast of Bamako.", Aspect.PLACE)
        if f.value.category in ("locality", "near")  # type: ignore[union-attr]
    ]
    assert spots == []


def test_a_list_of_figures_each_for_its_own_place_counts_what_the_first_counted() -> None:
    text = "The quake killed 30,800 people in Velna Province, 16,850 in North Kell and about 100 elsewhere."
    found = facts(text, Aspect.CASUALTIES)
    assert [(f.scoped_key, f.value.text, f.value.where) for f in found] == [  # type: ignore[union-attr]
        ("killed", "30,800", "velna province"),
        ("killed", "16,850", "north kell"),
        ("killed", "about 100", "elsewhere"),
    ]
    # Without a place of its own, a smaller figure after a comma still breaks the toll down.
    assert [
        f.scoped_key for f in facts("Four people were killed, three in the market.", Aspect.CASUALTIES)
    ] == [
        "killed",
        "killed:subset",
    ]


def test_a_hyphenated_place_name_is_a_place_and_a_hyphenated_description_is_not() -> None:
    text = "The storm killed 30,800 people in Sainte-Orvane, 16,850 in North Kell and about 100 elsewhere."
    found = facts(text, Aspect.CASUALTIES)
    assert [f.value.where for f in found] == ["sainte orvane", "north kell", "elsewhere"]  # type: ignore[union-attr]
    text = "The storm killed 30,800 people in Kurdish-majority towns, 16,850 in North Kell."
    assert [f.value.where for f in facts(text, Aspect.CASUALTIES)][0] is None  # type: ignore[union-attr]


def test_a_figure_in_a_relative_clause_is_given_for_the_place_it_opens_on() -> None:
    text = (
        "The group listed the violence in Brenton, Sayle State, where six people were killed; "
        "Dorobi, where four people were killed; and Karsa, where three died."
    )
    found = facts(text, Aspect.CASUALTIES)
    assert [(f.value.text, f.value.where) for f in found] == [  # type: ignore[union-attr]
        ("six", "brenton"),
        ("four", "dorobi"),
        ("three", "karsa"),
    ]


def test_the_pilgrims_of_one_country_are_a_share_of_the_toll() -> None:
    found = [
        (f.value.low, f.value.scope)  # type: ignore[union-attr]
        for f in facts(
            "Six Turkish pilgrims were still missing and four Iranian nationals died.", Aspect.CASUALTIES
        )
    ]
    assert found == [(6, Scope.SUBSET), (4, Scope.SUBSET)]
    # A country's forces are no such share: "12 Russian soldiers were killed".
    (soldiers,) = facts("12 Russian soldiers were killed.", Aspect.CASUALTIES)
    assert soldiers.value.scope is not Scope.SUBSET  # type: ignore[union-attr]
