"""Extraction in French: what a figure counts, whether it is the event's toll, who the victims
were, and what sets a sentence aside (counts.yaml, events.yaml, victims.yaml of ``fr``).

Sentences are invented; figures are written in digits so that these tests read the French
words of counts, events and victims, not those of numbers.yaml. The helpers are those of
``test_extract``, run with French in force.
"""

from __future__ import annotations

import math

import pytest
from test_extract import CTX, counts, facts

from claimdiff.aspects.figures import toll_still_going
from claimdiff.clause import speaker
from claimdiff.extract import extract, read
from claimdiff.lang import using
from claimdiff.model import Aspect, Polarity, Scope

INF = float("inf")


def fr_counts(text: str) -> list[tuple[str, float, float]]:
    with using("fr"):
        return counts(text)


def fr_facts(text: str, aspect: Aspect | None = None):  # type: ignore[no-untyped-def]
    with using("fr"):
        return facts(text, aspect)


def tolls(text: str) -> list[tuple[str, float, Scope, bool, str | None]]:
    """Each casualty figure: what it counts, its value, its scope, whether it is running, its trend."""
    return [
        (f.scoped_key, f.value.low, f.value.scope, f.value.running, f.value.trend)  # type: ignore[union-attr]
        for f in fr_facts(text, Aspect.CASUALTIES)
    ]


def victims(text: str) -> set[str]:
    return {f.value.name for f in fr_facts(text, Aspect.VICTIMS) if f.polarity is not Polarity.DENIED}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The noun or participle follows the figure, and agrees with it.
        ("12 personnes ont été tuées dans l'attaque.", [("killed", 12, 12)]),
        ("L'attaque a fait 12 morts.", [("killed", 12, 12)]),
        ("45 personnes ont péri dans le naufrage.", [("killed", 45, 45)]),
        ("45 personnes ont trouvé la mort dans le naufrage.", [("killed", 45, 45)]),
        ("203 terroristes ont été neutralisés.", [("killed", 203, 203)]),
        # A verb right before the figure says what it counts.
        ("L'explosion a tué 40 personnes.", [("killed", 40, 40)]),
        ("L'explosion a coûté la vie à 40 personnes.", [("killed", 40, 40)]),
        ("Les forces de sécurité ont tué ou blessé 40 manifestants.", [("killed or injured", 40, 40)]),
        (
            "Deux villageois ont péri tandis que 11 autres sont dans un état critique.",
            [("killed", 2, 2), ("injured:at one facility", 11, 11)],
        ),
        ("L'opération a permis de neutraliser 38 terroristes.", [("killed", 38, 38)]),
        ("La crue a emporté 14 personnes.", [("killed", 14, 14)]),
        # A toll noun governs the figure after it.
        ("Le bilan est passé à 86.", [("killed", 86, 86)]),
        ("Le bilan s'élève à 86 morts.", [("killed", 86, 86)]),
        ("Le nombre de morts est passé à 27.", [("killed", 27, 27)]),
        # Two figures, each with its own participle.
        ("12 personnes ont été tuées et 30 personnes blessées.", [("killed", 12, 12), ("injured", 30, 30)]),
        # "et de" opens a figure of its own: the toll noun before does not govern it.
        (
            "Le bilan fait état de 12 morts et de 30 personnes blessées.",
            [("killed", 12, 12), ("injured", 30, 30)],
        ),
        # Other counts than the dead.
        ("51 personnes ont été interpellées.", [("arrested", 51, 51)]),
        ("Au moins 50 personnes ont été enlevées.", [("abducted", 50, math.inf)]),
        ("Les hommes armés ont enlevé 50 personnes.", [("abducted", 50, 50)]),
        ("L'armée a affirmé que toutes sauf huit ont été libérées.", [("missing", 8, 8)]),
        ("Yanis, 17, a été tué par un policier.", []),
        ("Le ministre a indiqué que 26 preneurs d'otages ont été tués.", [("killed", 26, 26)]),
        ("Le bilan du naufrage s'aggrave : 970 morts ou disparus.", [("killed or missing", 970, 970)]),
        (
            "Au moins 970 personnes ont péri ou étaient encore portées disparues.",
            [("killed or missing", 970, math.inf)],
        ),
        ("200000 personnes ont été déplacées.", [("displaced", 200000, 200000)]),
        ("9 personnes sont toujours portées disparues.", [("missing", 9, 9)]),
        ("15000 personnes ont pris part au rassemblement.", [("crowd", 15000, 15000)]),
        ("15000 manifestants ont défilé.", [("crowd", 15000, 15000)]),
        # A crowd told by the verb before it, or by who was there.
        ("La marche organisée samedi à Brenne a réuni 6200 personnes.", [("crowd", 6200, 6200)]),
        ("Nous étions 25000 dans les rues samedi !", [("crowd", 25000, 25000)]),
        # Des tirs : par leur nom, ou par « à deux reprises », « trois fois » après un verbe de tir.
        ("Trois douilles ont été retrouvées sur les lieux.", [("shots", 3, 3)]),
        ("Un policier a fait usage de son arme à deux reprises.", [("shots", 2, 2)]),
        ("Le tireur a tiré trois fois.", [("shots", 3, 3)]),
        ("Le texte a été voté à deux reprises.", []),
        # ... the familiar "on était", and "partout" says where, not what is counted.
        ("On était au moins un million partout dans le pays.", [("crowd", 1000000, math.inf)]),
        # People in the streets are a crowd, whatever they are called.
        (
            "Le syndicat a avancé le chiffre de 1,3 million de Gilets verts dans les rues.",
            [("crowd", 1300000, 1300000)],
        ),
        ("Ils étaient 11300 selon la préfecture.", [("crowd", 11300, 11300)]),
        # "la mort de", "le décès de": the dead, whatever verb of hurting follows.
        (
            "Le brasier a entraîné la mort d’au moins dix habitants, et en a blessé 37.",
            [("killed", 10, math.inf), ("injured", 37, 37)],
        ),
        ("La radio a rapporté le décès de dix personnes et la blessure d’une autre.", [("killed", 10, 10)]),
        # ... and a noun of the act, whatever its article or adjective, with the figure after it.
        (
            "L'ONG dénonce les exécutions sommaires d'au moins 156 civils par des forces militaires.",
            [("killed", 156, math.inf)],
        ),
        ("Le préfet a confirmé l'arrestation de 40 manifestants.", [("arrested", 40, 40)]),
        # Un nombre après une seule personne est son âge.
        ("Un enfant d'au plus 13 ans figurait parmi les morts.", []),
        # Le verbe des personnes qu'un chiffre nomme peut venir après ce qui les situe.
        (
            "Plus de 500 habitants de la ville occupée de Velna, sur la rive gauche du fleuve, "
            "ont été tués par la crue.",
            [("killed", 501, math.inf)],
        ),
        # Un décompte d'une seule partie du lieu est une part des morts.
        ("Des témoins ont dénombré 12 corps dans un seul quartier.", [("killed:subset", 12, 12)]),
        # A clause opened by "quand", "lorsque" is the figure's own.
        ("Les familles enterraient leurs morts quand 2 000 migrants ont franchi la clôture.", []),
        # A voice declining to speak states nothing of what follows, nor denies it.
        ("Le ministre n'a donné aucun détail sur les deux personnes interpellées mardi.", []),
        ("Le préfet n'a pas souhaité commenter l'arrestation de 40 manifestants.", []),
        # An aside of attribution between the figure and its verb is skipped, however long.
        (
            "Environ 150 civils, selon un premier bilan recueilli auprès de sources locales, ont été "
            "exécutés par des soldats.",
            [("killed", 135, 165)],
        ),
        ("5000 soldats ont été déployés.", [("deployed", 5000, 5000)]),
        ("363 personnes ont été secourues.", [("rescued", 363, 363)]),
        ("103 personnes sont mortes et 100 ont survécu.", [("killed", 103, 103), ("rescued", 100, 100)]),
        ("300 migrants étaient à bord.", [("aboard", 300, 300)]),
        # What a boat is built to hold is no count of those aboard.
        ("Le bateau, d'une capacité de 100 passagers, avait 300 personnes à bord.", [("aboard", 300, 300)]),
        ("120 maisons ont été détruites.", [("buildings", 120, 120)]),
        ("12000 personnes ont été touchées par les inondations.", [("affected", 12000, 12000)]),
        (
            "Le nombre de personnes déplacées par les inondations s'élevait à 120000.",
            [("displaced", 120000, 120000)],
        ),
        # "victimes" are the dead and the hurt together.
        ("L'accident a fait 9 victimes.", [("killed or injured", 9, 9)]),
        # The security forces' dead are a toll of their own; a group among the dead is a share.
        ("Les 12 soldats tués lors de l'embuscade ont été inhumés.", [("killed:security", 12, 12)]),
        # Members of a body are who the body is.
        ("Cinq membres du corps des Gardiens de la révolution ont été tués.", [("killed:security", 5, 5)]),
        # The hurt right after a group's dead, with no group of their own, are of that group ...
        (
            "Deux policiers ont été tués et six blessés.",
            [("killed:security", 2, 2), ("injured:security", 6, 6)],
        ),
        # ... but "others" may be anyone.
        (
            "Deux policiers ont été tués et six autres blessés.",
            [("killed:security", 2, 2), ("injured", 6, 6)],
        ),
        ("38 personnes sont mortes, dont 11 enfants.", [("killed", 38, 38), ("killed:enfants", 11, 11)]),
        # The figure after "parmi" is the whole; the one before it a share of it.
        ("11 enfants figurent parmi les 26 civils tués.", [("killed:enfants", 11, 11), ("killed", 26, 26)]),
        # Hit by gunfire, dead or not: the text does not say.
        ("2 manifestants ont été touchés par balles.", []),
        # Those between life and death, or in absolute emergency, are hurt, not dead.
        (
            "Neuf personnes ont été blessées, dont deux se trouvaient entre la vie et la mort.",
            [("injured", 9, 9), ("injured:subset", 2, 2)],
        ),
        (
            "Le bilan fait état de deux morts et sept blessés, dont deux en urgence absolue.",
            [("killed", 2, 2), ("injured", 7, 7), ("injured:subset", 2, 2)],
        ),
        # The ranks a figure's dead or hurt were in name its group.
        (
            "La préfecture fait état de onze blessés dans les rangs des forces de l'ordre.",
            [("injured:security", 11, 11)],
        ),
        # A harm other than death named right after the figure counts it, whatever the toll noun.
        ("Le bilan fait état de onze blessés.", [("injured", 11, 11)]),
        (
            "Le bilan fait état de quatre morts, de onze blessés et de six disparus.",
            [("killed", 4, 4), ("injured", 11, 11), ("missing", 6, 6)],
        ),
        ("Le bilan repose sur les témoignages de 23 rescapés.", [("rescued", 23, 23)]),
        # A verb set in quotation marks, a claim kept at a distance, still counts the figure after it.
        ("L'armée a affirmé avoir « neutralisé » 31 terroristes.", [("killed", 31, 31)]),
        # "porter le bilan à" brings a toll up, whoever or whatever does: the figure is read.
        ("Le ratissage a permis de porter le bilan à 31 terroristes neutralisés.", [("killed", 31, 31)]),
        # Taken into care, in any gender and number: the hurt.
        ("12 personnes ont été prises en charge par les secours.", [("injured", 12, 12)]),
        ("Trois personnes ont été évacuées vers le CHU.", [("injured", 3, 3)]),
        # Fellow citizens are people a toll counts.
        ("Six de nos concitoyens ont perdu la vie dans la crue.", [("killed", 6, 6)]),
        # A figure restated in digits between brackets, as army communiqués write it.
        (
            "L'armée déplore la perte de quatre (4) civils, tués par les assaillants, et sept (7) blessés.",
            [("killed", 4, 4), ("injured", 7, 7)],
        ),
    ],
)
def test_what_a_french_figure_counts(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert fr_counts(text) == expected


# A word after the figure is read whole, accents and all ("blessés" is no "bless" + "s").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 tués et 30 blessés.", [("killed", 12, 12), ("injured", 30, 30)]),
        ("L'attaque a fait 3 morts et 12 blessés.", [("killed", 3, 3), ("injured", 12, 12)]),
    ],
)
def test_a_figure_before_an_accented_participle(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert fr_counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "7 corps de plus ont été repêchés.",  # an increment, not a toll
        "12 morts supplémentaires ont été recensés.",  # the same
        "Encore 12 corps ont été retrouvés.",  # the same, said before the figure
        "Un village de 80 familles a été attaqué.",  # who live there
        "Une ville de 20000 habitants a été frappée.",  # the same
        "J'ai vu 5 morts dans la rue.",  # what one witness saw
        "19 corps n'ont pas encore été identifiés.",  # identification, not the toll
        "11000 personnes ont été tuées depuis le début de la guerre.",  # a running total
        "La guerre a fait 300000 morts.",  # a war-wide total
        "Une attaque similaire avait tué 12 personnes dans le même village.",  # another incident
        "Les assaillants ont tué des dizaines de civils lors d'attaques ultérieures.",  # the same
        # Others' figures, heard by the one who speaks.
        "On nous parle de sept morts, de huit morts.",
    ],
)
def test_french_figures_that_are_not_this_event_s_toll(text: str) -> None:
    assert [c for c in fr_counts(text) if c[0] in ("killed", "injured", "crowd")] == []


def test_a_figure_brought_to_one_facility_is_that_facility_s_count() -> None:
    assert [(t[1], t[2]) for t in tolls("L'hôpital a reçu 11 corps.")] == [(11, Scope.FACILITY)]
    assert [(t[0], t[2]) for t in tolls("53 personnes étaient soignées à l'hôpital.")] == [
        ("injured:at one facility", Scope.FACILITY)
    ]


def test_the_pilgrims_of_one_country_are_a_share_of_the_toll() -> None:
    found = tolls("Six pèlerins turcs sont toujours portés disparus et quatre pèlerins iraniens sont morts.")
    assert [(t[1], t[2]) for t in found] == [(6, Scope.SUBSET), (4, Scope.SUBSET)]


def test_the_deadliest_day_is_a_share_of_the_toll() -> None:
    found = tolls("Vendredi a été la journée la plus meurtrière, avec 59 morts.")
    assert [(t[1], t[2]) for t in found] == [(59, Scope.SUBSET)]


def test_a_toll_replaced_by_a_later_one() -> None:
    assert [(t[1], t[4]) for t in tolls("Le bilan est passé de 15 à 32 morts.")] == [
        (15, "superseded"),
        (32, None),
    ]
    assert [t[4] for t in tolls("Un précédent bilan faisait état de 15 morts.")] == ["superseded"]


def test_a_toll_revised_up_or_down() -> None:
    assert [t[4] for t in tolls("Le bilan a été revu à la baisse à 84 morts.")] == ["lowered"]
    assert [t[4] for t in tolls("Le nombre de morts est passé à 27.")] == ["rising"]
    found = fr_facts("Le bilan est passé à 86.", Aspect.CASUALTIES)
    assert [f.value.update for f in found] == [True]  # type: ignore[union-attr]


def test_a_toll_still_going() -> None:
    assert [t[3] for t in tolls("94 corps avaient été retrouvés à la mi-journée.")] == [True]
    assert [t[3] for t in tolls("Le bilan provisoire fait état de 45 morts.")] == [True]
    assert [t[3] for t in tolls("45 personnes ont été tuées dans l'attaque.")] == [False]
    with using("fr"):
        assert toll_still_going("Le bilan pourrait encore s'alourdir dans les prochaines heures.")
        assert toll_still_going("Ce bilan reste provisoire.")
        assert not toll_still_going("Le bilan est de 12 morts.")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Aucun civil n'a été tué dans la frappe.", "killed"),
        ("Personne n'a été tué.", "killed"),
        ("L'attaque n'a fait aucune victime.", "killed"),
        ("Il n'y a pas eu de morts.", "killed"),
        ("Aucun blessé n'est à déplorer.", "injured"),
        ("Pas un seul habitant n'a été blessé.", "injured"),
    ],
)
def test_a_denied_toll_is_a_zero(text: str, counted: str) -> None:
    found = fr_facts(text, Aspect.CASUALTIES)
    assert [(f.key, f.value.low, f.polarity) for f in found] == [(counted, 0, Polarity.DENIED)]  # type: ignore[union-attr]


def test_none_of_a_group_among_the_dead_is_no_toll_of_none() -> None:
    found = fr_facts("Aucun enfant ne figure parmi les victimes.", Aspect.CASUALTIES)
    assert [(f.value.scope, f.value.low) for f in found] == [(Scope.SUBSET, 0)]  # type: ignore[union-attr]


def test_a_figure_named_in_a_dispute_is_no_toll_disputed() -> None:
    assert fr_facts("Des manifestants contestent le chiffre de 280 000.", Aspect.CASUALTIES) == []
    assert [f.polarity for f in fr_facts("La police conteste le bilan.", Aspect.CASUALTIES)] == [
        Polarity.DENIED
    ]


def test_a_toll_called_underestimated_is_disputed() -> None:
    found = fr_facts("« Le bilan officiel est largement sous-estimé », affirme l'association.")
    assert [(f.aspect, f.key, f.value.form, f.polarity) for f in found] == [  # type: ignore[union-attr]
        (Aspect.CASUALTIES, "killed", "disputed", Polarity.DENIED)
    ]


def test_a_dispute_of_participation_figures_disputes_the_crowd() -> None:
    found = fr_facts("Le député a déploré que « les chiffres de participation ne tiennent pas la route ».")
    assert [(f.aspect, f.key, f.value.form, f.polarity) for f in found] == [  # type: ignore[union-attr]
        (Aspect.QUANTITY, "crowd", "disputed", Polarity.DENIED)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le séisme était de magnitude 6,4.",
        "Le centre a fait état d'une magnitude de 6,4.",
        "Il a mesuré 6,4 sur l'échelle de Richter.",
    ],
)
def test_a_magnitude_is_a_reading_not_a_count(text: str) -> None:
    found = fr_facts(text, Aspect.QUANTITY)
    assert [(f.key, f.value.low) for f in found] == [("magnitude", 6.4)]  # type: ignore[union-attr]


def test_sans_precedent_negates_nothing() -> None:
    found = fr_facts("Une attaque d'une ampleur sans précédent a fait au moins 40 morts.", Aspect.CASUALTIES)
    assert [(f.value.low, f.polarity) for f in found] == [(40, Polarity.AFFIRMED)]  # type: ignore[union-attr]


def test_a_voice_answering_a_quotation_gives_its_own_figure_after() -> None:
    # The denial answers the quotation; the relative clause after the speaker is the speaker's.
    found = fr_facts("« C'est faux », conteste le gouvernement, qui parle de 14 morts.", Aspect.CASUALTIES)
    assert [(f.value.low, f.polarity) for f in found] == [(14, Polarity.AFFIRMED)]  # type: ignore[union-attr]


def test_mais_selon_x_gives_the_second_clause_to_x() -> None:
    found = fr_facts(
        "Aucun bilan officiel n'a été publié, mais selon des sources locales, l'attaque a fait 50 morts."
    )
    assert [(f.key, f.voice) for f in found] == [("killed", "des sources locales")]


def test_what_a_video_shows_is_no_toll() -> None:
    assert (
        fr_facts("Des vidéos tournées par les assaillants montrent des dizaines de corps.", Aspect.CASUALTIES)
        == []
    )
    text = (
        "Plusieurs vidéos tournées par les assaillants et diffusées en ligne montrent des dizaines de corps."
    )
    assert fr_facts(text, Aspect.CASUALTIES) == []


def test_videos_filmed_by_a_group_are_that_groups_account() -> None:
    with using("fr"):
        found = speaker("Selon des vidéos tournées par les militants, des dizaines de soldats ont été tués.")
    assert found is not None and found.name == "les militants"


def test_rather_than_civilians_names_no_civilian_victims() -> None:
    assert victims("Le groupe affirme avoir tué des miliciens plutôt que des civils.") == {"combatant"}
    assert "civilian" not in victims("Le groupe dit avoir tué 300 soldats, et non des civils.")
    # "non" before a participle or in a compound negates nothing counted.
    assert "civilian" in victims("Des hommes armés non identifiés ont tué 12 civils.")


def test_porte_a_14_le_nombre_de_morts_counts_the_dead() -> None:
    found = tolls("Un nouveau décès porte à 14 le nombre de morts, selon le gouvernement.")
    assert [(k, v, trend) for k, v, _, _, trend in found] == [("killed", 14, "rising")]


def test_ne_que_restricts_and_does_not_deny() -> None:
    found = fr_facts("La préfecture de police n'a fait état que de deux blessés légers.", Aspect.CASUALTIES)
    assert [(f.key, f.value.low, f.polarity) for f in found] == [("injured", 2, Polarity.AFFIRMED)]  # type: ignore[union-attr]


def test_mineurs_names_no_workers() -> None:
    assert "worker" not in victims(
        "Un collectif d'ONG évoque au moins 135 morts, dont une majorité de mineurs."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan fait état de 56 morts, mais des ONG estiment que le nombre réel est bien plus élevé.",
        "L'opposition dénonce un bilan « sous-évalué ».",
    ],
)
def test_a_toll_called_too_low_is_disputed(text: str) -> None:
    found = [f for f in fr_facts(text, Aspect.CASUALTIES) if f.value.form == "disputed"]  # type: ignore[union-attr]
    assert [f.polarity for f in found] == [Polarity.DENIED]


def test_a_person_killed_is_no_zero() -> None:
    found = fr_facts("Une personne a été tuée dans l'attaque.", Aspect.CASUALTIES)
    assert [f for f in found if f.value.low == 0] == []  # type: ignore[union-attr]


def test_no_civilian_killed_denies_civilians() -> None:
    found = fr_facts("Aucun civil n'a été tué dans la frappe.", Aspect.VICTIMS)
    assert [(f.value.name, f.polarity) for f in found] == [("civilian", Polarity.DENIED)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "form", "trend"),
    [
        ("Les chiffres sont exagérés.", "disputed", None),
        ("Le gouvernement cherche à cacher le véritable bilan.", "disputed", None),
        ("C'est exagéré.", "disputed", "answers"),
        ("« Ces chiffres ne tiennent pas la route », a réagi le syndicat.", "disputed", "answers"),
    ],
)
def test_a_toll_disputed_without_a_figure(text: str, form: str, trend: str | None) -> None:
    found = fr_facts(text, Aspect.CASUALTIES)
    assert [(f.value.form, f.value.trend, f.polarity) for f in found] == [(form, trend, Polarity.DENIED)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Les soldats ont exécuté 38 civils.", "civilian"),
        ("Des hommes armés ont tué 12 villageois.", "civilian"),
        ("12 civils ont été tués par des djihadistes.", "civilian"),
        ("203 terroristes ont été neutralisés.", "combatant"),
        ("Les 3 assaillants ont été abattus.", "combatant"),
        ("Les 12 soldats tués lors de l'embuscade ont été inhumés.", "security"),
    ],
)
def test_french_victims(text: str, category: str) -> None:
    assert category in victims(text)


@pytest.mark.parametrize(
    ("text", "not_victims"),
    [
        # The group acts: the active past takes "avoir" and does not agree.
        ("Les soldats ont exécuté 38 civils.", {"security"}),
        ("Des hommes armés ont tué 12 villageois.", {"combatant"}),
        ("12 civils ont été tués par des djihadistes.", {"combatant"}),
        ("Des soldats ont ouvert le feu sur la foule.", {"security", "civilian"}),
        # The adjective describes the noun before it.
        ("Une attaque terroriste a fait 12 morts.", {"combatant"}),
        ("Des sources militaires font état de 12 civils tués.", {"security"}),
        # The sides of the fighting are not who died.
        ("12 personnes sont mortes lors d'affrontements entre des combattants et l'armée.", {"combatant"}),
        # The rest of the dead were of another kind: no kind is excluded.
        ("Le reste des morts étaient des combattants.", {"combatant"}),
        # ... nor does a counted part of them.
        ("Le groupe a affirmé que quatre des morts étaient ses combattants.", {"combatant"}),
        ("Selon l'armée, la moitié des victimes étaient des terroristes.", {"combatant"}),
        # Who came with the killers, between commas, is not among the dead.
        (
            "Des militaires, accompagnés d'hommes armés étrangers venus du nord, ont tué 57 civils.",
            {"combatant", "security"},
        ),
    ],
)
def test_french_groups_that_are_not_the_victims(text: str, not_victims: set[str]) -> None:
    assert victims(text) & not_victims == set()


@pytest.mark.parametrize(
    "text",
    [
        "L'armée a affirmé que le bilan ne dépasse pas 150 morts.",
        "Le nombre de morts n'a pas dépassé les 150, selon l'armée.",
    ],
)
def test_a_figure_not_exceeded_is_an_upper_bound_stated(text: str) -> None:
    [fact] = fr_facts(text, Aspect.CASUALTIES)
    assert (fact.value.low, fact.value.high, fact.polarity.value) == (0, 150, "affirmed")  # type: ignore[union-attr]


def test_the_place_of_each_figure() -> None:
    text = "30800 morts en Velnie, 16850 à Kell et 100 ailleurs."
    wheres = [f.value.where for f in fr_facts(text, Aspect.CASUALTIES)]  # type: ignore[union-attr]
    assert wheres == ["velnie", "kell", "elsewhere"]
    text = "119000 manifestants à Brenton et 300000 dans tout le pays."
    wheres = [f.value.where for f in fr_facts(text, Aspect.QUANTITY)]  # type: ignore[union-attr]
    assert wheres == ["brenton", "country"]
    found = fr_facts("2 blessés dans la ville voisine de Marel.", Aspect.CASUALTIES)
    # (the figure is dropped while figures._counts_things reads 'blessés' as a noun of things)
    assert [f.value.where for f in found] in ([], ["nearby marel"])  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Depuis des années, la région est en proie à l'insécurité.",
        "En 2016, une émeute y avait fait 14 morts.",
        "Les deux villages respectent une trêve depuis au moins trois ans, et aucun camp n'a attaqué.",
    ],
)
def test_french_background(text: str) -> None:
    with using("fr"):
        assert extract(read(text, 0, CTX), CTX.window).background


def test_event_words_and_background() -> None:
    with using("fr"):
        from claimdiff.aspects.reading import rx

        assert rx("events.event").search("Le bateau a chaviré au large de la côte.")
        assert rx("events.core_event").search("Une bousculade s'est produite à l'entrée du stade.")
        assert not rx("events.core_event").search("Les funérailles se tiendront au village.")
        assert rx("events.kill_words").search("Les soldats ont tué des villageois.")
        assert rx("events.background_cue").search("Depuis des années, la région est en proie à l'insécurité.")
        assert rx("events.cumulative").search("Le conflit a fait plus de 300 000 morts.")
        assert rx("victims.own_doubt").search("Il semble que des enfants figurent parmi les victimes.")
        assert not rx("victims.own_doubt").search("Des enfants auraient été tués, selon des témoins.")
    assert fr_facts("Depuis des années, la région est en proie à l'insécurité.") == []


@pytest.mark.parametrize(
    "text",
    [
        # A fire is the event itself, as "fire" is in English: its day dates the event.
        "L'incendie du mardi 29 mars a détruit trois immeubles.",
        "Les incendies de mardi 29 mars ont détruit trois immeubles.",
        # Attacked or targeted, as "targeted" is in English.
        "Le mardi 29 mars, des hommes armés ont tenté de s'en prendre aux villageois.",
        "Le mardi 29 mars, le marché a été pris pour cible par des hommes armés.",
    ],
)
def test_a_fire_or_an_attack_s_day_dates_the_event(text: str) -> None:
    assert [f.value.label() for f in fr_facts(text, Aspect.TIME)] == ["2022-03-29"]


def test_a_category_the_dead_were_not_is_denied() -> None:
    found = [
        (f.value.category, f.polarity)  # type: ignore[union-attr]
        for f in fr_facts("Aucun de nos morts n'était un combattant, raconte un berger.", Aspect.VICTIMS)
    ]
    assert found == [("combatant", Polarity.DENIED)]
    assert ("civilian", Polarity.AFFIRMED) in [
        (f.value.category, f.polarity)  # type: ignore[union-attr]
        for f in fr_facts("Les morts étaient des bergers, raconte un habitant.", Aspect.VICTIMS)
    ]


def test_the_parts_of_a_joint_count_are_shares_of_it() -> None:
    # "soit" opens the breakdown of a count of the dead and the missing; "ainsi que" joins its last
    # part: none of the parts is a rival toll.
    text = (
        "La commission fait état d'au moins 156 personnes tuées ou disparues, soit 67 personnes "
        "tuées, 40 autres vues mortes au stade, ainsi que 49 autres dont le sort reste inconnu."
    )
    with using("fr"):
        found = facts(text, Aspect.CASUALTIES)
    assert [f.scoped_key for f in found] == [
        "killed or missing",
        "killed:subset",
        "killed:subset",
        "killed:subset",
    ]
