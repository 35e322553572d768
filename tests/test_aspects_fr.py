"""Causes, actors and places read from French (invented sentences, invented places).

The sentences are read with the French language in force; each one is taken as part of the
event's account, so what is tested is the words of causes.yaml, actors.yaml, places.yaml and
names.yaml, not whether another file judges the sentence to be about the event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from claimdiff.aspects import actors, causes, places
from claimdiff.extract import Context, read
from claimdiff.lang import using
from claimdiff.lexicon import AliasTable, normalise_name
from claimdiff.model import Aspect, Case, Comparison, Document, Polarity
from claimdiff.pipeline import compare_case

REF = dt.date(2022, 4, 5)


def _facts(module, text: str, speaker: str = "") -> list[tuple[str, str, str, Polarity]]:  # type: ignore[no-untyped-def]
    """(key, name, category, polarity) of what ``module`` reads in the French sentence."""
    with using("fr"):
        reading = read(text, 0, Context(REF, AliasTable.build(), None), speaker=speaker)
        reading = dataclasses.replace(reading, event=True)
        facts = module.extract(reading, ())
        if module is actors:
            facts = [actors.settle(f, reading) for f in facts]  # "ses combattants": the speaker's
        return [(f.key, f.value.name, f.value.category, f.polarity) for f in facts]  # type: ignore[union-attr]


def _causes(text: str) -> dict[str, str]:
    """Cause words -> class."""
    return {name: cls for _, name, cls, _ in _facts(causes, text)}


def _actors(text: str, speaker: str = "") -> dict[str, Polarity]:
    """Actor keys -> polarity."""
    return {key: pol for key, _, _, pol in _facts(actors, text, speaker)}


def _places(text: str) -> list[tuple[str, str]]:
    """(place, category)."""
    return [(name, cat) for _, name, cat, _ in _facts(places, text)]


# ---------------------------------------------------------------------------
# Causes


@pytest.mark.parametrize(
    ("text", "term", "cls"),
    [
        ("Une frappe aérienne a touché le marché, tuant douze civils.", "frappe aérienne", "aerial"),
        ("Des frappes de drones ont visé le convoi.", "frappes de drones", "aerial"),
        ("Une roquette défectueuse est tombée sur l'école.", "roquette défectueuse", "ground rocket"),
        ("Des roquettes sont tombées sur le quartier.", "roquettes", "rocket"),
        ("Des obus sont tombés sur le quartier.", "obus", "artillery"),
        ("Les bombardements ont détruit le pont.", "bombardements", "artillery"),
        ("Les policiers ont tiré à balles réelles sur la foule.", "balles réelles", "gunfire"),
        ("Les victimes ont été tuées par balles.", "par balles", "gunfire"),
        ("Des exécutions sommaires ont eu lieu au bord du fleuve.", "exécutions sommaires", "gunfire"),
        ("Un engin explosif improvisé a frappé le convoi.", "engin explosif improvisé", "bomb"),
        ("Une voiture piégée a explosé devant la mairie.", "voiture piégée", "bomb"),
        ("Un attentat-suicide a visé le marché.", "attentat-suicide", "bomb"),
        ("La bousculade a fait vingt morts.", "bousculade", "crush"),
        ("Le naufrage est dû à la surcharge de la pirogue.", "surcharge", "accident"),
        ("L'incendie a été causé par un court-circuit.", "court-circuit", "accident"),
        ("Le car s'est renversé à cause de la négligence du chauffeur.", "négligence", "accident"),
        ("Les gendarmes ont dispersé la foule à coups de gaz lacrymogènes.", "gaz lacrymogènes", "tear gas"),
        ("Le drame serait dû à des pluies diluviennes.", "pluies diluviennes", "natural"),
        ("Il s'agit d'un incendie criminel.", "incendie criminel", "deliberate"),
    ],
)
def test_a_known_cause_is_read_with_its_class(text: str, term: str, cls: str) -> None:
    assert _causes(text).get(term) == cls


def test_an_accident_is_a_cause_only_when_said_to_be_one() -> None:
    assert _causes("C'était un accident, rien de plus.") == {"accident": "accident"}
    assert _causes("Il s'agit d'un « accident », selon le ministère.") == {"accident": "accident"}
    # "le lieu de l'accident" names the event, not what caused it
    assert _causes("Les enquêteurs se sont rendus sur le lieu de l'accident.") == {}


def test_words_that_fit_every_cause_give_no_cause() -> None:
    # a fire, a collapse, an attack: whatever caused them, they name what happened
    assert _causes("L'incendie a détruit le marché et l'effondrement du toit a tué six personnes.") == {}
    # nobody claiming the attack does not deny that there was one
    assert _causes("Aucun groupe n'a revendiqué l'attentat.") == {}


def test_denying_whom_a_strike_killed_does_not_deny_the_strike() -> None:
    assert _causes("L'armée a démenti avoir tué des civils lors d'une frappe aérienne.") == {}
    assert _causes("Un drone a frappé le marché en fin d'après-midi.") == {"drone a frappé": "aerial"}


def test_a_verdict_of_attack_is_deliberate() -> None:
    assert _causes("Selon le maire, il s'agit d'une attaque délibérée.").get("attaque") == "deliberate"


def test_shots_at_goal_and_rockets_counted_are_no_gunfire() -> None:
    assert "tirs" not in _causes("Les tirs au but ont départagé les deux équipes.")
    found = _causes("Les assaillants ont tiré au moins 70 roquettes sur le camp.")
    assert "ont tiré" not in found
    assert found.get("roquettes") == "rocket"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Le gaz lacrymogène n'a tué personne.", "gaz lacrymogène"),
        ("Il est impossible qu'un missile ait touché l'avion.", "missile"),
        ("La panne mécanique n'était pas en cause.", "panne mécanique"),
    ],
)
def test_a_cause_ruled_out_is_denied(text: str, term: str) -> None:
    assert (term, Polarity.DENIED) in {(name, pol) for _, name, _, pol in _facts(causes, text)}


def test_a_cause_the_lexicon_does_not_know_is_read_after_its_verb() -> None:
    assert _causes("Le drame est dû à la vétusté du bâtiment.") == {"vétusté": "generic:vétusté"}
    # the complement is no part of it, before the verb either
    assert _causes("La vétusté des installations a provoqué le drame.") == {"vétusté": "generic:vétusté"}


def test_a_rival_cause_after_et_non_is_denied() -> None:
    facts = _facts(causes, "L'incendie a été provoqué par un court-circuit, et non par une bougie.")
    read = {name: pol for _, name, _, pol in facts}
    assert read == {"court-circuit": Polarity.AFFIRMED, "bougie": Polarity.DENIED}


# ---------------------------------------------------------------------------
# Actors


def test_the_malian_army_under_its_french_names_is_the_lexicons_actor() -> None:
    key = normalise_name("Malian Armed Forces")
    assert _actors("Les forces armées maliennes ont mené une opération dans le village.") == {
        key: Polarity.AFFIRMED
    }
    assert key in _actors("Les FAMa ont ouvert le feu sur les habitants.")
    assert key in _actors("Des militaires maliens ont tiré sur le marché.")


def test_a_denial_of_the_armys_involvement_denies_the_army_not_the_ministry() -> None:
    assert _actors("Le ministère de la Défense a démenti toute implication de l'armée.") == {
        "army": Polarity.DENIED
    }


def test_what_the_act_was_done_to_did_not_take_part() -> None:
    assert "police" not in _actors("Les kamikazes ont ciblé la police près du marché.")
    assert "army" not in _actors("Une attaque visant l'armée a fait douze morts.")


def test_a_french_and_an_english_name_of_one_actor_share_its_key() -> None:
    with using("fr"):
        french = AliasTable.build().key("l'armée malienne")
    with using("en"):
        english = AliasTable.build().key("Malian soldiers")
    assert french == english


def test_who_fought_alongside_whom() -> None:
    found = _actors("Les FAMa, appuyés par des mercenaires du groupe Wagner, ont attaqué le village.")
    assert set(found) == {normalise_name("Malian Armed Forces"), "wagner group"}
    found = _actors("Les soldats ont tiré aux côtés de mercenaires russes.")
    assert set(found) == {"army", "wagner group"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Les forces de sécurité ont ouvert le feu sur les manifestants.", "forces de sécurité"),
        ("Des hommes armés ont attaqué le poste de douane.", "hommes armés"),
        ("Les djihadistes ont incendié les greniers.", "djihadistes"),
        ("Les groupes armés terroristes ont mené l'assaut.", "groupes armés terroristes"),
        ("Les militaires, appuyés par des instructeurs russes, ont mené l'opération.", "instructeurs russes"),
        ("L'armée a tiré sur la foule.", "army"),
        ("Les gendarmes ont arrêté une dizaine de jeunes.", "gendarmes"),
    ],
)
def test_a_generic_actor_that_took_part(text: str, key: str) -> None:
    assert _actors(text).get(key) is Polarity.AFFIRMED


def test_a_known_armed_group_named_in_french() -> None:
    found = _actors("L'attaque a été menée par des combattants de l'État islamique, selon l'AFP.")
    assert found == {"islamic state": Polarity.AFFIRMED}


def test_the_sahel_group_under_its_french_name_is_the_lexicons_actor() -> None:
    found = _actors("L'attaque a été menée par le GSIM, selon l'AFP.")
    assert found == {"jnim": Polarity.AFFIRMED}


@pytest.mark.parametrize(
    "text",
    [
        # the noun that "militaires" qualifies is not an actor, nor an armed attack
        "Des sources militaires ont fait état de vingt morts.",
        "Une attaque armée contre le poste a fait trois morts.",
        "Un camp militaire a été attaqué dans la nuit.",
        # asked to act: no part in what happened
        "L'ONU appelle les autorités à enquêter sur la tuerie.",
    ],
)
def test_no_actor_where_none_took_part(text: str) -> None:
    assert _actors(text) == {}


def test_no_soldier_took_part_is_denied() -> None:
    assert _actors("Aucun soldat n'a participé à l'opération.") == {"army": Polarity.DENIED}


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # what a rejected story or report tells of is denied, wherever it stands in it
        (
            "Le gouvernement a rejeté un article dans lequel des témoins décrivent des militaires "
            "maliens tirant sur le marché.",
            Polarity.DENIED,
        ),
        (
            "Le gouvernement a démenti un reportage où des habitants racontent que des militaires "
            "maliens ont tiré sur le marché.",
            Polarity.DENIED,
        ),
        # the version of a body, disputed, does not deny what the sentence then tells
        (
            "Les habitants contestent la version des FAMa sur l'opération, au cours de laquelle des "
            "militaires maliens ont tiré sur le marché.",
            Polarity.AFFIRMED,
        ),
    ],
)
def test_the_actors_a_rejected_story_tells_of_are_denied(text: str, polarity: Polarity) -> None:
    assert _actors(text) == {"malian army": polarity}


def test_who_was_harmed_did_not_take_part() -> None:
    assert _actors("Des gardiens de la révolution ont été tués lors d'affrontements.") == {}
    assert _actors("Des miliciens ont également été blessés lors des affrontements.") == {}


def test_a_state_that_acted() -> None:
    # A state's forces go by one name in every language ("Russian forces").
    with using("fr"):
        key = normalise_name("Russian forces")
    assert _actors("La Russie a lancé des missiles sur la ville.").get(key) is Polarity.AFFIRMED
    assert _actors("La Russie a « délibérément » frappé la gare.").get(key) is Polarity.AFFIRMED
    assert _actors("Des frappes aériennes russes ont touché le marché.").get(key) is Polarity.AFFIRMED


def test_a_voice_denying_that_its_fighters_were_there() -> None:
    found = _actors("Aucun de ses combattants n'était présent, a indiqué le groupe.", speaker="Karo Front")
    assert found == {"karo front": Polarity.DENIED}


# ---------------------------------------------------------------------------
# Places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("L'attaque a eu lieu dans le village de Karvo.", [("Karvo", "locality")]),
        ("L'attaque a eu lieu dans le cercle de Dalka.", [("Dalka", "region")]),
        ("Les tirs ont eu lieu dans la région de Sorma.", [("Sorma", "region")]),
        ("Le convoi a été attaqué près de Dalka.", [("Dalka", "near")]),
        ("Le convoi a été attaqué près d'Aroba.", [("Aroba", "near")]),
        ("La bousculade a eu lieu au stade de Dalka.", [("Dalka", "locality")]),
        ("La voiture a explosé sur la place du marché de Dalka.", [("Dalka", "locality")]),
        # "sur" and "vers" place nothing unless the kind of place is said
        ("Les habitants ont fui vers Dalka.", []),
        # a spot named as the object of the verb, and a spot by a town's edge
        ("Un drone a frappé le marché hebdomadaire de Karvo.", [("Karvo", "locality")]),
        ("La frappe a visé un campement à la sortie nord de Sorma.", [("Sorma", "near")]),
        ("Des milliers de personnes ont défilé dans les rues de Dalka.", [("Dalka", "region")]),
        ("Des combattants ont été tués dans le nord du Velnor.", [("Velnor", "region")]),
        # far from the capital: the distance places the spot, not the capital
        # the direction is one id in every language
        ("L'attaque a eu lieu à 400 km au nord-est de Bamako.", [("400 km northeast of Bamako", "relative")]),
        ("L'attaque a eu lieu au centre du pays.", []),
        # an agency or an organisation told is no place
        ("Un témoin a raconté la scène à l'AFP.", []),
        ("Un témoin a décrit l'attaque à Human Rights Watch.", []),
    ],
)
def test_where_it_happened(text: str, found: list[tuple[str, str]]) -> None:
    assert _places(text) == found


def test_a_village_named_in_apposition() -> None:
    assert ("Karvo", "locality") in _places("Les soldats sont arrivés à Karvo, un village isolé.")


def test_whom_a_voice_spoke_to_is_no_place() -> None:
    text = "« Douze morts à Karvo », a déclaré à l'AKP le maire."
    assert _places(text) == [("Karvo", "named")]


# ---------------------------------------------------------------------------
# Two French accounts compared


def _relations(*texts: str) -> set[tuple[str, str]]:
    docs = tuple(
        Document(f"d{i}", f"{i}.txt", text, source=f"Voix {i}", language="fr")
        for i, text in enumerate(texts, 1)
    )
    comparison = compare_case(Case("t", REF, docs))
    return {(r.kind.value, r.aspect.value) for r in comparison.relations}


def _one_account(text: str) -> Comparison:
    """One French account, compared with nothing: what it is read to say."""
    return compare_case(Case("t", REF, (Document("d1", "1.txt", text, source="Voix", language="fr"),)))


def test_a_french_voice_that_rejects_the_very_figure_of_a_count_still_going_contradicts_it() -> None:
    running = "Le bilan provisoire s'établit à cinq morts, selon les pompiers."
    assert ("contradiction", "casualties") in _relations(
        running, "Au moins sept personnes sont mortes, et non cinq."
    )
    assert ("contradiction", "casualties") not in _relations(
        running, "Au moins sept personnes sont mortes, et non trois."
    )


@pytest.mark.parametrize(
    "first",
    [
        "La police avait d'abord fait état de 17 morts.",
        "Initialement, la préfecture estimait le nombre de morts à 17.",
        "Plus tôt, le maire avait déclaré que 17 personnes étaient mortes.",
    ],
)
def test_a_lower_toll_a_french_voice_gave_first_is_at_odds_softly(first: str) -> None:
    docs = tuple(
        Document(f"d{i}", f"{i}.txt", text, source=f"Voix {i}", language="fr")
        for i, text in enumerate((first, "Les autorités ont annoncé 40 morts."), 1)
    )
    clashes = [r for r in compare_case(Case("t", REF, docs)).relations if r.kind.value == "contradiction"]
    assert clashes and all(r.strength.value == "soft" for r in clashes)
    assert all(r.detail.endswith("the lower figure was given first") for r in clashes)


def test_bodies_french_residents_discovered_are_a_count_still_going() -> None:
    found = "Des habitants ont découvert deux corps d'enfants en fin de matinée."
    assert ("contradiction", "casualties") not in _relations(found, "Les pompiers ont annoncé 27 morts.")


def test_none_so_far_and_bodies_gathered_in_french_are_counts_still_going() -> None:
    toll = "Selon les autorités, trois personnes sont mortes."
    for_now = "Il n'y a pas de morts pour l'instant, selon le préfet."
    assert ("contradiction", "casualties") not in _relations(for_now, toll)
    gathered = "Un policier a indiqué que 87 corps qui ont été ramassés autour du stade."
    assert ("contradiction", "casualties") not in _relations(gathered, "Une ONG a recensé 157 morts.")


def test_a_toll_describing_the_event_a_french_voice_denies_is_the_writers() -> None:
    denial = (
        "Le parti nie la réalité du massacre, au cours duquel la police a tué "
        "plusieurs dizaines de personnes."
    )
    toll = "Selon un historien, plusieurs dizaines de personnes ont été tuées."
    assert ("contradiction", "casualties") not in _relations(denial, toll)


def test_bodies_a_french_voice_gathered_are_a_count_still_going() -> None:
    gathered = "Un employé des pompes funèbres a dit avoir ramassé 94 corps dimanche."
    assert ("contradiction", "casualties") not in _relations(
        gathered, "Le maire a affirmé que 300 personnes avaient été tuées."
    )
    assert ("contradiction", "casualties") in _relations(
        "Le bilan est de 94 morts, selon les pompiers.",
        "Le maire a affirmé que 300 personnes avaient été tuées.",
    )


def test_a_french_army_denying_its_own_fire_denies_a_part_not_the_fire() -> None:
    witnesses = "Selon des témoins, les soldats ont ouvert le feu sur la foule."
    denial = "L'armée a démenti avoir ouvert le feu sur les manifestants."
    found = _relations(witnesses, denial)
    assert ("contradiction", "cause") not in found


@pytest.mark.parametrize(
    ("aspect", "other", "nothing", "plain"),
    [
        # "Seulement" with a count still going says how far it has got, not a lower toll.
        (
            "casualties",
            "Les autorités ont annoncé 40 morts.",
            "Seulement quatre corps ont été retrouvés pour l'instant, selon les secours.",
            "Seulement quatre personnes sont mortes, selon la police.",
        ),
        # Fighters named as part of the dead say nothing of the rest.
        (
            "victims",
            "Selon des habitants, des civils ont été tués dans le raid.",
            "L'armée a fait état d'une centaine de morts, dont des terroristes.",
            "L'armée a affirmé que les personnes tuées dans le raid étaient des terroristes.",
        ),
    ],
)
def test_french_words_that_say_nothing_against_another_voice(
    aspect: str, other: str, nothing: str, plain: str
) -> None:
    assert ("contradiction", aspect) not in _relations(nothing, other)
    assert ("contradiction", aspect) in _relations(plain, other)


def test_the_n_of_a_place_name_negates_nothing() -> None:
    # "N'Djamena" opens with a capital "N'", a name's, not the clitic of "n'a pas".
    comparison = _one_account("Le bilan est de 128 morts (78 à N'Djamena, 33 à Velnou, 12 à Karvo).")
    polarities = {
        f.value.text: f.polarity  # type: ignore[union-attr]
        for st in comparison.statements
        for f in st.facts
        if f.key.startswith("killed")
    }
    assert polarities == dict.fromkeys(("128", "78", "33", "12"), Polarity.AFFIRMED)
    # The clitic still negates.
    negated = _one_account("La police n'a pas recensé 33 morts à Velnou.")
    killed = [f.polarity for st in negated.statements for f in st.facts if f.key == "killed"]
    assert killed == [Polarity.DENIED]


def test_two_french_accounts_of_the_cause_and_the_place_contradict() -> None:
    found = _relations(
        "Une frappe aérienne a tué douze civils dans le village de Karvo.",
        "Une roquette défectueuse a tué douze civils dans le village de Sorma.",
    )
    assert ("contradiction", "cause") in found
    assert ("contradiction", "place") in found


def test_a_heading_in_title_case_names_no_place() -> None:
    assert _places("Des Victimes Difficiles à Comptabiliser") == []
    assert _places("La Crainte de Charniers à Ciel Ouvert") == []
    assert _places("Les victimes sont difficiles à compter à Kelva.") == [("Kelva", "named")]


def _days(text: str, written: dt.date) -> list[str]:
    """The days a French text dates the event, given the day it was written."""
    case = Case("t", written, (Document("d1", "1.txt", text, source="Témoins", language="fr"),))
    statements = compare_case(case).statements
    return [f.value.label() for st in statements for f in st.facts if f.aspect is Aspect.TIME]


def test_the_day_of_a_visit_is_not_the_events() -> None:
    written = dt.date(2024, 12, 20)
    assert (
        _days("Le président, en visite sur l'île jeudi, estime que le bilan est très supérieur.", written)
        == []
    )
    assert _days("Le cyclone a frappé l'île samedi, faisant 31 morts.", written) != []


def test_the_day_the_injured_were_still_in_hospital_is_not_the_events() -> None:
    written = dt.date(2024, 12, 20)
    assert _days("Neuf blessés de l'explosion étaient toujours hospitalisés mardi soir.", written) == []


def test_the_day_of_a_march_still_to_come_is_not_the_events() -> None:
    written = dt.date(2024, 12, 20)
    assert _days("Une marche blanche en mémoire des 12 morts partira samedi de la mairie.", written) == []
    assert _days("Une marche en mémoire des 12 morts est partie samedi de la mairie.", written) != []


def test_a_toll_since_a_date_named_before_is_no_rival_of_the_events() -> None:
    found = _relations(
        "Des soldats ont attaqué Karvo. La région connaît des violences depuis 2019. "
        "Plus de 4 000 personnes y ont été tuées depuis cette date.",
        "Des soldats ont tué 57 civils à Karvo.",
    )
    assert ("contradiction", "casualties") not in found


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("Le syndicat impute l'explosion à l'engrais stocké sur le port depuis des années.", False),
        ("L'armée tient la région depuis des années.", True),
    ],
)
def test_a_thing_kept_for_years_leaves_the_sentence_the_events(text: str, background: bool) -> None:
    comparison = _one_account(text)
    assert [st.background for st in comparison.statements] == [background]
    if not background:
        assert [f.aspect for st in comparison.statements for f in st.facts] == [Aspect.CAUSE]


def test_a_cause_denied_and_another_put_forward_in_a_cleft_sentence() -> None:
    found = _relations(
        "« Ce n'est pas la pluie qui a tué, c'est le barrage », a affirmé le maire.",
        "La crue est due à la pluie, selon la préfecture.",
    )
    assert ("contradiction", "cause") in found


def test_the_buried_are_the_dead() -> None:
    found = _relations(
        "« Nous avons enterré 57 personnes », a affirmé un habitant.",
        "L'armée affirme que 12 personnes ont été tuées.",
    )
    assert ("contradiction", "casualties") in found


@pytest.mark.parametrize("verb", ["incendié", "rasé"])
def test_a_group_that_burnt_a_village_killing_people_acts(verb: str) -> None:
    comparison = _one_account(f"Le maire a dit que les jihadistes ont {verb} le village, tuant 40 personnes.")
    labels = [f.value.label() for st in comparison.statements for f in st.facts if f.aspect is Aspect.VICTIMS]
    assert "combatant" not in labels


def test_members_of_the_terrorist_group_are_fighters_among_the_victims() -> None:
    army = "L'armée a affirmé que des membres du groupe terroriste ont été tués lors de la cérémonie."
    assert ("contradiction", "victims") in _relations(
        army, "Des habitants ont dit que 20 civils ont été tués."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le front dit avoir abattu quelque 200 soldats, et non des civils, lors du raid sur Karvo.",
        "Le groupe affirme que ses cibles étaient des miliciens plutôt que des civils tués par erreur.",
    ],
)
def test_civilians_set_against_the_victims_are_denied(text: str) -> None:
    comparison = _one_account(text)
    labels = [
        (f.value.label(), f.polarity)
        for st in comparison.statements
        for f in st.facts
        if f.aspect is Aspect.VICTIMS
    ]
    assert ("civilian", Polarity.DENIED) in labels
    assert ("civilian", Polarity.AFFIRMED) not in labels


def test_what_a_group_is_tied_to_is_no_place() -> None:
    assert _places("Le Front, lié à Al-Karo, a attaqué des soldats à Karvo.") == [("Karvo", "named")]


def test_the_hour_the_alarm_went_out_is_compared_in_french() -> None:
    found = _relations(
        "L'alerte a été donnée à 2 h 47, selon les pompiers.",
        "« Nous avons appelé les pompiers dès 2 h 15 », assurent les locataires.",
    )
    assert ("contradiction", "time") in found


def test_what_a_video_lets_one_see_is_no_toll() -> None:
    found = _relations(
        "Le front a mis en ligne une vidéo sur laquelle on aperçoit une vingtaine de cadavres à Karvo.",
        "Selon la préfecture, 300 personnes ont été tuées à Karvo.",
    )
    assert ("contradiction", "casualties") not in found


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        (
            "La crue a atteint le village vers 4 heures du matin.",
            "La crue a atteint le village vers 1 heure du matin.",
            ("contradiction", "time"),
        ),
        (
            "L'explosion s'est produite vers 14 h 10.",
            "L'explosion s'est produite peu après 14 heures.",
            ("agreement", "time"),
        ),
        # Une durée date l'événement par son début, non par sa fin.
        (
            "L'attaque a duré de 17h00 à 1h00 du matin.",
            "L'attaque a commencé vers 17 heures.",
            ("agreement", "time"),
        ),
    ],
)
def test_the_hour_of_the_event_is_compared_in_french(
    first: str, second: str, relation: tuple[str, str]
) -> None:
    assert relation in _relations(first, second)


@pytest.mark.parametrize(
    "text",
    [
        "Le feu a été maîtrisé à 18 heures.",
        "Les pompiers luttent contre l'incendie depuis 7 heures.",
        "Au moins 23 personnes ont été tuées au cours de l'après-midi.",
        "Selon le dernier bilan établi à 18 heures, l'explosion a fait 31 morts.",
        # L'heure de ce qui viendra.
        "Une marche blanche en mémoire des 12 morts partira samedi à 14 heures.",
        "Un rassemblement pour les 12 morts aura lieu jeudi à midi.",
    ],
)
def test_an_hour_that_is_not_the_events_is_not_read_in_french(text: str) -> None:
    comparison = _one_account(text)
    assert [f for st in comparison.statements for f in st.facts if f.key == "hour"] == []


def test_a_sum_over_many_towns_and_a_town_named_elsewhere_are_not_the_events_crowd() -> None:
    texts = (
        "Selon la préfecture, 11 300 personnes ont défilé.",
        "Les syndicats ont revendiqué 38 000 manifestants.",
        "Au niveau national, le ministère a recensé 212 000 manifestants dans 140 villes.",
        "Ailleurs dans le département, 2 400 personnes ont manifesté à Port-Aurel.",
    )
    docs = tuple(
        Document(f"d{i}", f"{i}.txt", t, source=f"Voix {i}", language="fr") for i, t in enumerate(texts, 1)
    )
    comparison = compare_case(Case("t", REF, docs))
    clashes = [
        sorted(comparison.source(s).name for s in r.sources)
        for r in comparison.relations
        if r.aspect is Aspect.QUANTITY and r.kind.value == "contradiction"
    ]
    assert clashes == [["préfecture", "syndicats"]]


def test_a_toll_describing_what_a_group_claimed_is_not_the_groups_figure() -> None:
    found = _relations(
        "Le groupe a revendiqué l'attentat qui a fait plus de 30 morts à Karvo.",
        "Selon la préfecture, 12 personnes ont été tuées à Karvo.",
    )
    assert ("contradiction", "casualties") not in found


def test_an_incident_dated_at_the_head_of_a_french_sentence_days_away_is_another_one() -> None:
    docs = (
        Document(
            "d1",
            "1.txt",
            "L'incendie de l'entrepôt de Corvel, mardi 2 mars, a fait cinq morts.",
            source="pompiers",
            language="fr",
        ),
        Document(
            "d2",
            "2.txt",
            "L'incendie de mardi 2 mars à Corvel a fait cinq morts. "
            "Le 20 février, un incendie a fait neuf morts dans une usine de Corvel, selon la préfecture.",
            source="mairie",
            language="fr",
        ),
    )
    comparison = compare_case(Case("t", dt.date(2021, 3, 4), docs))
    figures = [
        f.value.label() for st in comparison.statements for f in st.facts if f.aspect is Aspect.CASUALTIES
    ]
    assert figures == ["cinq", "cinq"]


def test_a_second_incident_at_a_place_of_its_own_is_not_the_events_toll() -> None:
    relations = _relations(
        "Une bousculade à la porte du fleuve à Velna a fait 30 morts mercredi avant l'aube, selon la "
        "police. Le second drame s'est produit à Marsk, à deux kilomètres, où sept personnes sont "
        "mortes vers 6 heures, selon le Courrier.",
        "Trente personnes sont mortes dans la bousculade à la porte du fleuve à Velna, a indiqué la "
        "préfecture.",
    )
    assert ("contradiction", "casualties") not in relations, relations
    assert ("agreement", "casualties") in relations, relations


@pytest.mark.parametrize(
    "council",
    [
        "Le bilan s'élevait alors à 35 morts mais a depuis augmenté, selon le conseil.",
        "Le conseil a reconnu avoir ordonné la dispersion du sit-in qui a fait 35 morts.",
    ],
)
def test_a_past_step_or_the_writers_toll_is_no_rival_figure(council: str) -> None:
    relations = _relations(council, "Le ministère a indiqué que 46 personnes avaient été tuées.")
    assert ("contradiction", "casualties") not in relations, relations


def test_not_one_of_a_group_is_a_toll_of_none() -> None:
    relations = _relations(
        "Selon l'armée, pas un civil n'a été tué pendant l'opération.",
        "Selon les ONG, des centaines de civils ont été tués pendant l'opération.",
    )
    assert ("contradiction", "casualties") in relations, relations


def test_people_sent_to_prison_are_held_not_deployed() -> None:
    text = "Cinq autres personnes ont été envoyées en prison, a indiqué le procureur."
    facts = [f.key for st in _one_account(text).statements for f in st.facts if f.aspect is Aspect.QUANTITY]
    assert facts == ["arrested"], facts


def test_the_day_a_toll_was_told_is_not_the_events() -> None:
    written = dt.date(2019, 1, 5)
    assert _days("Le bilan provisoire à la mi-journée du 3 janvier fait état de 16 morts.", written) == []
    # The day of the attack the toll is of still dates it.
    assert _days("Le bilan de l'attaque du 3 janvier est de 16 morts.", written) != []


@pytest.mark.parametrize(
    "text",
    [
        "Dans un communiqué publié le 18 juillet, l'ONG a dénoncé la mort de l'étudiant.",
        "Un deuil national a été décrété mardi pour les victimes de l'attaque.",
        "Dans la plainte déposée le 16 juillet, le policier accuse les manifestants du meurtre.",
    ],
)
def test_the_day_of_a_saying_a_filing_or_a_mourning_is_not_the_events(text: str) -> None:
    assert _days(text, dt.date(2024, 7, 30)) == []


def test_a_revision_by_an_amount_is_no_toll() -> None:
    text = "Le bilan a été revu à la baisse de près de 100 morts jeudi, selon le ministère."
    tolls = [f for st in _one_account(text).statements for f in st.facts if f.aspect is Aspect.CASUALTIES]
    assert tolls == [], tolls


def test_reports_a_voice_calls_false_are_not_its_figures() -> None:
    text = "Le directeur a affirmé que les informations faisant état de 359 morts sont fausses."
    tolls = [f for st in _one_account(text).statements for f in st.facts if f.aspect is Aspect.CASUALTIES]
    assert tolls == [], tolls


def test_fighters_who_took_part_are_the_attackers() -> None:
    text = "Le groupe a affirmé que sept combattants ont pris part à l'attaque."
    kinds = (Aspect.CASUALTIES, Aspect.QUANTITY)
    counts = [f for st in _one_account(text).statements for f in st.facts if f.aspect in kinds]
    assert counts == [], counts


def test_a_day_told_from_another_moment_is_not_the_events() -> None:
    text = "Il avait été appelé la veille de l'effondrement pour inspecter l'immeuble."
    assert _days(text, dt.date(2013, 5, 3)) == []


def test_a_religious_or_ethnic_group_is_counted_as_people() -> None:
    text = "Les assaillants ont tué 72 Peuls, selon le collectif."
    tolls = [f.key for st in _one_account(text).statements for f in st.facts if f.aspect is Aspect.CASUALTIES]
    assert tolls == ["killed"], tolls


def test_a_count_of_the_last_24_hours_is_a_share_of_the_toll() -> None:
    relations = _relations(
        "Au cours des dernières 24 heures, 53 corps sont arrivés à la morgue, selon le gouverneur.",
        "Environ 300 personnes sont mortes dans la frappe, selon la mairie.",
    )
    assert ("contradiction", "casualties") not in relations, relations


def test_a_voices_telling_that_opens_on_its_hour_gives_the_event_that_hour() -> None:
    # The hour opens the quotation; the shots come sentences later inside it.
    text = (
        "« Il était 21 h 10, je rentrais du travail. Les policiers étaient à côté de la voiture, "
        "elle est partie doucement et là, trois coups de feu », raconte un voisin."
    )
    case = Case("t", REF, (Document("d1", "1.txt", text, source="voisin", language="fr"),))
    hours = [f.value.label() for st in compare_case(case).statements for f in st.facts if f.key == "hour"]
    assert hours == ["21:05..21:15"]


def _blamed(text: str, speaker: str = "le ministère") -> set[str]:
    """The actors a French voice holds to blame for the act."""
    return {name for key, name, _, _ in _facts(actors, text, speaker) if key == actors.BLAME}


def test_a_french_voice_blames_an_actor_for_the_act_not_for_a_failing() -> None:
    assert _blamed("Le ministère a imputé l'attaque aux jihadistes.") == {"jihadistes"}
    assert _blamed("Selon le ministère, les rebelles sont derrière l'attaque du camp.") == {"rebelles"}
    assert _blamed("Le ministère accuse les rebelles d'avoir massacré des civils.") == {"rebelles"}
    assert not _blamed("Le ministère accuse le gouvernement de négligence.")
    assert _blamed("Selon le ministère, les civils ont été tués par des jihadistes.") == {"jihadistes"}
    assert _blamed("Le ministère affirme que l'attaque a été menée par les rebelles.") == {"rebelles"}
    # Narration blames no one.
    assert not _blamed("Les rebelles sont derrière l'attaque du camp.", speaker="")
    # Two voices that blame two states' forces for one strike are at odds.
    assert ("contradiction", "actor") in _relations(
        "Le ministère a imputé la frappe aux forces russes.",
        "Les autorités ont affirmé que les forces ukrainiennes étaient derrière la frappe.",
    )


def test_a_french_war_s_name_is_no_place_in_any_of_its_words() -> None:
    text = "Il a été tué alors qu'il réclamait sa solde pour sa participation à la Seconde Guerre mondiale."
    assert not [name for name, _ in _places(text) if name.startswith("Seconde")]


def test_a_french_flood_says_how_the_dead_died_not_whether_weather_or_a_hand_caused_it() -> None:
    sabotage = "Selon les autorités, le barrage a été détruit par un sabotage."
    assert ("contradiction", "cause") not in _relations("Les inondations ont fait 20 morts.", sabotage)
    assert ("contradiction", "cause") in _relations("La tempête a fait 20 morts.", sabotage)


def test_a_french_claim_of_self_defence_meets_its_denial() -> None:
    ministry = "Le conducteur a délibérément foncé sur les policiers, selon le ministère."
    witness = "« Il n'a jamais foncé sur eux, il partait », assure une riveraine."
    assert ("contradiction", "cause") in _relations(ministry, witness)
    assert ("contradiction", "cause") in _relations(
        "Le policier a tiré en état de légitime défense.", "Le policier a tiré sans provocation."
    )


def test_french_hearsay_credited_to_no_one_is_not_the_speakers_claim() -> None:
    said = "On a d'abord raconté qu'il avait foncé sur des policiers et que 19 personnes étaient blessées."
    assert not [f for st in _one_account(said).statements for f in st.facts]


def test_two_french_voices_that_blame_each_other_each_blame_the_other() -> None:
    text = "La Velnie et le Dorsk s'accusent mutuellement d'avoir bombardé la prison."
    comparison = _one_account(text)
    names = {s.id: s.name for s in comparison.sources}
    blamed = {
        (names[f.voice or st.source], f.value.text)  # type: ignore[union-attr]
        for st in comparison.statements
        for f in st.facts
        if f.key == "responsibility"
    }
    assert blamed == {("Velnie", "le Dorsk"), ("Dorsk", "La Velnie")}, blamed


def test_one_french_sides_none_is_no_toll_of_none() -> None:
    side = "Le porte-parole a assuré que personne n'était mort du côté velnien de la frontière."
    toll = "L'association a recensé 37 migrants morts à la clôture."
    assert ("contradiction", "casualties") not in _relations(side, toll)


@pytest.mark.parametrize(
    "text",
    [
        "Les assaillants tuaient tous ceux qui fuyaient, selon un rescapé réfugié, comme 3 100 "
        "autres, dans la ville de Kelva.",
        "Selon le conseil de secours, 3 490 personnes ont fui la commune pour se réfugier à Kelva.",
    ],
)
def test_where_people_fled_is_not_where_the_event_was(text: str) -> None:
    assert "Kelva" not in [name for name, _ in _places(text)]


def test_the_day_a_report_came_out_makes_nothing_background_in_french() -> None:
    docs = (
        Document(
            "d1",
            "1.txt",
            "La Russie a affirmé qu'une roquette avait frappé la prison le 29 juillet, tuant 53 "
            "prisonniers. La frappe du 29 juillet a détruit un baraquement.",
            source="Russie",
            language="fr",
        ),
        Document(
            "d2",
            "2.txt",
            "L'explosion du 29 juillet a tué 53 prisonniers. Le bureau de l'ONU a rejeté l'affirmation "
            "russe selon laquelle le massacre de la prison a été causé par une roquette dans un rapport "
            "rendu public le 4 octobre.",
            source="ONU",
            language="fr",
        ),
    )
    comparison = compare_case(Case("t", dt.date(2022, 7, 30), docs))
    assert not any(st.background for st in comparison.statements)


@pytest.mark.parametrize(
    "text",
    [
        "Le président s'est rendu mercredi à Sarn, où 86 personnes ont été tuées lors de l'attaque.",
        "« 50 corps ont été retrouvés », a dit le porte-parole lors d'une conférence de presse organisée "
        "lundi, après l'attaque qui a fait 86 morts.",
    ],
)
def test_the_day_of_a_visit_or_a_press_conference_is_not_the_events(text: str) -> None:
    docs = (
        Document(
            "d1",
            "1.txt",
            "L'attaque a eu lieu dans la nuit du 11 au 12 juin.",
            source="Police",
            language="fr",
        ),
        Document("d2", "2.txt", text, source="Officiels", language="fr"),
    )
    comparison = compare_case(Case("t", dt.date(2022, 6, 16), docs))
    days = [f.value.label() for st in comparison.statements for f in st.facts if f.aspect is Aspect.TIME]
    assert days == ["2022-06-11..2022-06-12"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "djihadiste" after "attaque" qualifies the attack: its tail "jihadiste" is no actor either.
        ("L'attaque djihadiste a fait 19 morts dans le village.", "jihadiste"),
    ],
)
def test_an_actors_head_inside_a_longer_word_is_no_actor(text: str, absent: str) -> None:
    assert absent not in {name for _, name, _, _ in _facts(actors, text)}
