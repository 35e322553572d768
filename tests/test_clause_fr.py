"""The clause layer in French: who speaks in a sentence, whose claim a clause is, and what a
negation, a denial, a hedge or a condition covers (speakers.yaml and clauses.yaml of ``fr``).

Every sentence is invented; persons' names are invented too. Figures are written in digits.
"""

from __future__ import annotations

import pytest

from claimdiff.clause import omissions, read
from claimdiff.lang import using
from claimdiff.model import Polarity


def _speaker(sentence: str) -> tuple[str | None, tuple[str, ...]]:
    with using("fr"):
        found = read(sentence).speaker
    return (found.name, found.via) if found else (None, ())


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("sentence", "name", "via"),
    [
        # "selon X", "d'après X", and the document X issued.
        ("Selon l'armée kelvane, vingt terroristes ont été neutralisés.", "l'armée kelvane", ()),
        ("D'après l'ONU, au moins 40 civils ont péri.", "l'ONU", ()),
        # A medium's description before its name: the name speaks.
        ("Selon la chaîne de télévision publique CRTV, trente maisons ont été détruites.", "CRTV", ()),
        # A pronoun set off after the verb ("avance, lui, le chiffre de").
        ("Le collectif avance, lui, le chiffre de quinze morts.", "Le collectif", ()),
        ("Selon un communiqué de l'armée, 20 assaillants ont été tués.", "l'armée", ()),
        ("Trois soldats ont été blessés, selon un communiqué de l'état-major.", "l'état-major", ()),
        ("D'après un bilan provisoire du ministère, 31 personnes sont mortes.", "ministère", ()),
        (
            "Selon un communiqué publié par l'état-major, 30 terroristes ont été neutralisés.",
            "l'état-major",
            (),
        ),
        ("Le bilan, selon les autorités, s'élève à 45 morts.", "les autorités", ()),
        ("Selon lui, l'attaque a fait 30 morts.", "lui", ()),
        # "de source ...", "a-t-on appris de source ...".
        ("Quinze personnes ont été blessées, de source sécuritaire.", "source sécuritaire", ()),
        ("Trois patients sont décédés, de source hospitalière.", "source hospitalière", ()),
        (
            "Une quarantaine de personnes ont été tuées, a-t-on appris de source sécuritaire.",
            "source sécuritaire",
            (),
        ),
        # "X a déclaré que ...": the verb after its auxiliary, adverbs or a statement between.
        (
            "Le ministère de la Santé a déclaré que 12 personnes étaient mortes.",
            "Le ministère de la Santé",
            (),
        ),
        ("L'armée a démenti toute implication dans le massacre.", "L'armée", ()),
        ("Les autorités locales ont annoncé un couvre-feu.", "Les autorités locales", ()),
        ("Des habitants ont raconté avoir vu des corps dans la rue.", "Des habitants", ()),
        ("L'ONG a dénoncé des exécutions sommaires.", "L'ONG", ()),
        ("Le ministère n'a pas précisé le nombre de victimes.", "Le ministère", ()),
        ("Le maire s'est dit préoccupé par la situation.", "Le maire", ()),
        ("L'opposition affirme que 200 personnes ont été arrêtées.", "L'opposition", ()),
        ("La police a chiffré la participation à 20 000 personnes.", "La police", ()),
        ("La police a fait état de 12 blessés.", "La police", ()),
        ("Le gouvernement a appelé au calme.", "Le gouvernement", ()),
        ("Les secouristes ont dénombré 14 corps sous les décombres.", "Les secouristes", ()),
        ("L'ONU estime que 300 000 personnes ont été déplacées.", "L'ONU", ()),
        ("Elle a ajouté que les blessés avaient été évacués vers Kelva.", "Elle", ()),
        ("Le ministre assure que la situation est sous contrôle.", "Le ministre", ()),
        ("Le juge a déclaré que l'audience était reportée.", "Le juge", ()),
        ("Le prévenu a déclaré qu'il était innocent.", "Le prévenu", ()),
        (
            "Une source hospitalière a indiqué que six blessés avaient été admis.",
            "Une source hospitalière",
            (),
        ),
        ("Plusieurs témoins ont affirmé que les assaillants étaient arrivés à moto.", "témoins", ()),
        (
            "Le ministère kelvan de la Défense, dans un communiqué, a affirmé que l'opération était finie.",
            "Le ministère kelvan de la Défense",
            (),
        ),
        (
            "Dans un communiqué publié dans la soirée, l'état-major général des armées a affirmé que 30 "
            "terroristes avaient été neutralisés.",
            "l'état-major général des armées",
            (),
        ),
        ("Mardi, le ministère a indiqué que six blessés avaient été évacués.", "le ministère", ()),
        ("Un communiqué de l'état-major indique que deux bases ont été attaquées.", "l'état-major", ()),
        ("Une enquête de Radio Kelva a révélé que 180 personnes étaient mortes.", "Radio Kelva", ()),
        # Inverted after a quotation or at the end: "..., a indiqué X", "a-t-il dit", "dit-il".
        ("Au moins 30 personnes ont été tuées, a indiqué le ministère.", "le ministère", ()),
        ("Au moins neuf personnes ont été tuées, a indiqué mardi le ministère.", "le ministère", ()),
        ("Le bilan pourrait s'alourdir, a prévenu le gouverneur.", "le gouverneur", ()),
        (
            "Le feu progresse, a expliqué à l'AFP le capitaine Karim Sorel, le porte-parole des pompiers.",
            "Karim Sorel",
            (),
        ),
        (
            "Vingt blessés, a dit à Reuters Karim Sorel, un responsable du district, où le séisme a frappé.",
            "Karim Sorel",
            (),
        ),
        ("Vingt blessés ont été soignés, a déclaré un médecin, où les secours affluent.", "un médecin", ()),
        (
            "Une femme a été interpellée, a annoncé sur place le procureur, en donnant un nouveau bilan.",
            "le procureur",
            (),
        ),
        ("Huit soldats ont été tués, a rapporté Radio Kelva.", "Radio Kelva", ()),
        (
            "Neuf personnes sont mortes dans une crue qui a emporté un pont à Sarn, dans la nuit de lundi à "
            "mardi, a annoncé mercredi le ministère de l'Intérieur.",
            "le ministère de l'Intérieur",
            (),
        ),
        ("« Nous avons compté 52 corps », a-t-il dit.", "il", ()),
        ("« Nous avons tout perdu », ont-ils affirmé.", "ils", ()),
        ("« Nous avons compté 52 corps », a déclaré le porte-parole.", "le porte-parole", ()),
        ("« Les tirs ont duré deux heures », dit-il.", "il", ()),
        ("« Les tirs ont duré deux heures », précise-t-elle.", "elle", ()),
        # The pronoun after the verb speaks, not the word before it; "J'ai" opens a quotation.
        ("Voici, dit-il, ce qui explique la différence entre les deux bilans.", "il", ()),
        ("« J'ai appelé l'armée le soir, vers 21 heures », déplorait-il.", "il", ()),
        # "d'après un communiqué du gouvernement et 19 ...": the voice ends before "et" and a figure.
        (
            "Le bilan s'établit à 95 morts d'après un communiqué du gouvernement et 19 personnes sont "
            "portées disparues.",
            "gouvernement",
            (),
        ),
        ("« Ils ont tiré sur tout ce qui bougeait », raconte un rescapé.", "un rescapé", ()),
        ("« La situation est grave », a déclaré le maire à la presse.", "le maire", ()),
        ("Des tirs ont été entendus toute la nuit, ont rapporté des habitants.", "des habitants", ()),
        ("L'attaque a fait 30 morts, ce qu'a confirmé le ministère.", "le ministère", ()),
        ("Le village a été incendié, a raconté un éleveur de 45 ans.", "un éleveur", ()),
        (
            "Dans ses mots introductifs, le président de l'association, Abdoul Sorel a condamné les tueries.",
            "Abdoul Sorel",
            (),
        ),
        # A toll announced by a voice is its own; a long apposition after the name.
        ("Le maire a dénoncé le bilan annoncé par le gouvernement, bien trop bas.", "Le maire", ()),
        (
            "Un bilan provisoire annoncé dimanche par la télévision publique faisait état de 36 morts.",
            "la télévision publique",
            (),
        ),
        (
            "« Le bilan est de 60 morts », a déclaré à l'AFP Jean Sorel, conseiller municipal de Sarn, "
            "principale localité de cette zone située près de la frontière avec le Kelvan.",
            "Jean Sorel",
            (),
        ),
        # "en effet" between the auxiliary and the verb; "le chef de l'État" is the head of state.
        ("Le ministre a en effet déclaré que 12 personnes sont mortes.", "Le ministre", ()),
        ("Le chef de l'État a déclaré que 12 personnes sont mortes.", "Le chef de l'État", ()),
        # Un sujet, un verbe à lui et un participe de parole : le sujet parle.
        (
            "Le Premier ministre a minimisé le rôle des autorités, affirmant que la fête n'avait pas "
            "d'organisateur.",
            "Le Premier ministre",
            (),
        ),
        # A toll or figures given by a body, as the subject or in "c'est le bilan dressé par".
        (
            "Le bilan officiel, annoncé dimanche par le procureur de Sarn, faisait état de 60 morts.",
            "le procureur",
            (),
        ),
        ("Un précédent bilan établi par la Croix-Rouge faisait état de 20 morts.", "la Croix-Rouge", ()),
        # ... but one who says something of that toll speaks.
        (
            "Le bilan, annoncé par le chef de l'Etat, « est en cours de consolidation » a précisé dans la "
            "soirée le ministère de l'Intérieur.",
            "le ministère de l'Intérieur",
            (),
        ),
        (
            "Au moins 218 morts, c'est le bilan dressé par la Ligue des droits de l'homme.",
            "la Ligue des droits de l'homme",
            (),
        ),
        ("Des chiffres relevés par le comité font état de 40 morts.", "le comité", ()),
        ("L'ONU a avancé mercredi que près de 900 personnes avaient péri.", "L'ONU", ()),
        # The imperfect reports as the present and the perfect do.
        ("Le gouvernement évoquait une attaque d'hommes armés sur deux hôtels.", "Le gouvernement", ()),
        ("Les habitants dénonçaient des tirs à balles réelles.", "Les habitants", ()),
        # An elided article is no part of the head noun: "l'administrateur du territoire" speaks.
        (
            "Mais l'administrateur du territoire parle de plus de 500 morts.",
            "l'administrateur du territoire",
            (),
        ),
        # A trade speaks; what was done to the speakers is not their name.
        (
            "Deux maçons intervenus en octobre dans les caves ont assuré y avoir vu un mur écroulé.",
            "maçons",
            (),
        ),
        ("Des habitants réfugiés à Sarn ont affirmé que 40 personnes ont été tuées.", "Des habitants", ()),
        # "réaffirmé"; "assurent en revanche que"; an opening participle before the speaker.
        ("La ministre a réaffirmé que la frappe visait un groupe armé.", "La ministre", ()),
        (
            "Le gouvernement a défendu son action, affirmant que ses forces avaient été attaquées.",
            "Le gouvernement",
            (),
        ),
        ("Des villageois assurent en revanche que les tirs venaient d'un hélicoptère.", "Des villageois", ()),
        (
            "Auditionnée par la commission, la ministre a réaffirmé que la frappe visait un groupe armé.",
            "la ministre",
            (),
        ),
        # An age between commas after the name; an agency in initials before it.
        ("« Le toit s'est effondré », a raconté Ana Ribeiro, 65 ans.", "Ana Ribeiro", ()),
        ("« Le toit s'est effondré », raconte Ana Ribeiro, 65 ans, devant sa maison.", "Ana Ribeiro", ()),
        ("« Le toit s'est effondré », a confié à l'AFP Ana Ribeiro.", "Ana Ribeiro", ()),
        (
            "« Vingt morts », a indiqué à l'AFP Karim Sorel, porte-parole de la police, dans un bilan.",
            "Karim Sorel",
            (),
        ),
        ("« Le toit s'est effondré », a raconté à Jeune Afrique un habitant.", "un habitant", ()),
        ("Des tirs ont été entendus près du marché a indiqué l'Observatoire.", "l'Observatoire", ()),
        # A role and a name: the body a spokesperson speaks for, else the person.
        (
            "Le porte-parole du gouvernement, Paul Valmont, a affirmé que la situation était sous contrôle.",
            "gouvernement",
            (),
        ),
        ("Le porte-parole de l'armée a affirmé que les soldats n'avaient pas tiré.", "l'armée", ()),
        (
            "Le gouverneur de la région de Sarn, Jean Marlot, a déclaré que 40 personnes avaient été tuées.",
            "Jean Marlot",
            (),
        ),
        ("Marc Ferlin, porte-parole de la junte, a déclaré que le calme était revenu.", "la junte", ()),
        ("Les soldats ont ouvert le feu, a affirmé Jean Marlot, préfet de la région.", "Jean Marlot", ()),
        ("« Nous ne partirons pas », a affirmé Paul Valmont, chef du village.", "Paul Valmont", ()),
        ("La présidente de l'association a déclaré que 20 familles avaient été relogées.", "association", ()),
        (
            "Vigie Sahel, une ONG qui recense les victimes civiles, a affirmé que 58 personnes avaient péri.",
            "Vigie Sahel",
            (),
        ),
        (
            "L'armée kelvane, qui a mené l'opération, a affirmé que 30 terroristes avaient été tués.",
            "L'armée kelvane",
            (),
        ),
        # Relays: "cité par", "citant", "à l'AFP", "X a rapporté que Y ...", "joints par".
        (
            "Un responsable local, cité par l'AFP, a affirmé que 15 maisons avaient brûlé.",
            "Un responsable local",
            ("l'AFP",),
        ),
        (
            "L'agence, citant des sources hospitalières, a indiqué que 40 personnes étaient mortes.",
            "des sources hospitalières",
            ("L'agence",),
        ),
        (
            "Selon des sources sécuritaires citées par Radio Kelva, douze soldats ont péri.",
            "des sources sécuritaires",
            ("Radio Kelva",),
        ),
        (
            "Selon l'AFP, qui cite une source sécuritaire, 14 soldats ont été tués.",
            "une source sécuritaire",
            ("l'AFP",),
        ),
        (
            "Le ministère a indiqué à l'AFP que 11 personnes étaient portées disparues.",
            "Le ministère",
            ("l'AFP",),
        ),
        (
            "Une source sécuritaire a précisé à l'AFP que l'attaque avait eu lieu à l'aube.",
            "Une source sécuritaire",
            ("l'AFP",),
        ),
        (
            "« Il n'y a aucun survivant », a confié un secouriste à Radio Kelva.",
            "un secouriste",
            ("Radio Kelva",),
        ),
        (
            "Radio Kelva a rapporté que le gouverneur avait confirmé la mort de neuf civils.",
            "le gouverneur",
            ("Radio Kelva",),
        ),
        (
            "La gendarmerie a rapporté que des témoins avaient signalé un véhicule suspect.",
            "des témoins",
            ("La gendarmerie",),
        ),
        (
            "Le ministère a indiqué mardi que l'armée avait confirmé la mort de sept soldats.",
            "l'armée",
            ("Le ministère",),
        ),
        (
            "Des habitants joints par Radio Kelva ont raconté que des soldats avaient tiré sur le marché.",
            "Des habitants",
            ("Radio Kelva",),
        ),
        (
            "Un habitant joint par téléphone a raconté que les tirs avaient duré deux heures.",
            "Un habitant",
            (),
        ),
        # What opens the line is no part of the sentence's grammar: a dateline, a stamp, a bullet.
        ("KELVA, 8 mars (AFP) - Le gouverneur a déclaré que 40 personnes avaient péri.", "Le gouverneur", ()),
        ("Publié le 12 avril 2023 à 10h05 Le ministère a annoncé 15 morts.", "Le ministère", ()),
        ("- La police a déclaré que le calme était revenu.", "La police", ()),
        # A toll given out by a body: the body speaks, whatever the toll is called.
        (
            "Selon le dernier bilan officiel communiqué par les autorités, 39 personnes sont mortes.",
            "les autorités",
            (),
        ),
        # "Pour X, ...": the sentence is X's view; "Pour la première fois" names no one.
        ("Pour le syndicat, ces chiffres ne tiennent pas la route.", "le syndicat", ()),
        ("Pour Amnesty International, il s'agit d'un massacre.", "Amnesty International", ()),
        # A quotation answered: "a réagi", "rétorque" after it say who spoke.
        ("« C'est faux », a réagi le syndicat.", "le syndicat", ()),
        # The outlet told may be written in lower case ("à franceinfo").
        ("« C'est faux », lâche à kelvainfo le porte-parole du syndicat.", "syndicat", ()),
        # "assure" with an adverb and a negated infinitive after it.
        ("L'élu assure également ne pas avoir été prévenu.", "L'élu", ()),
        # Saying it again or daring to: "ose affirmer", "continue d'affirmer".
        ("La préfecture ose affirmer qu'aucune grenade n'a été tirée.", "La préfecture", ()),
        ("L'exploitant continue d'affirmer que la vanne était fermée.", "L'exploitant", ()),
        # ... or as a common noun ("à la radio"), and the day may come with "dès".
        ("« Ce sera long », lâche à la radio le porte-parole des secouristes.", "secouristes", ()),
        ("« Des centaines de morts », avait prévenu dès lundi le préfet, Karim Sorel.", "le préfet", ()),
        # "a communiqué le chiffre de": giving out a figure is speaking.
        ("L'organisation a communiqué le chiffre de 1,3 million.", "L'organisation", ()),
        # The head of a French name comes before its adjective: "la protection civile" speaks.
        ("Les crues ont fait 23 morts, a annoncé dimanche la protection civile.", "la protection civile", ()),
        # A minister is named with the portfolio; a trailing speaker may give a name after the role.
        ("Le ministre de la Santé a déclaré que 12 personnes étaient mortes.", "Le ministre de la Santé", ()),
        (
            "« 12 décès », a annoncé le ministre de la Santé, Ivo Karel, lors d'un point presse.",
            "le ministre de la Santé",
            (),
        ),
        # "fait état" with an adverb inside it.
        ("L'association a fait pour sa part état de plus de 90 morts.", "L'association", ()),
        # A trailing name with its article, then what it is.
        ("La bousculade a fait six morts, a annoncé la RTK, la télévision d'État.", "RTK", ()),
        # Putting forward a figure is speaking; an army that advances is not.
        ("Le maire, joint par téléphone, avance quant à lui le chiffre de 30 morts.", "Le maire", ()),
        # A document named by how recent it is is the document.
        ("Le dernier rapport médical fait état de huit morts.", "rapport médical", ()),
        # Supporters and spectators speak.
        ("« La police a tiré des grenades », raconte un supporter.", "un supporter", ()),
        # A fear of a figure is a (hedged) estimate.
        ("Le préfet craint « plusieurs centaines » de morts.", "Le préfet", ()),
        # A trailing speaker followed by the day and the channel it spoke on.
        (
            "« Nous avons retrouvé douze corps », a indiqué le ministre Ivo Karel le 3 mai sur Radio Kelva.",
            "le ministre Ivo Karel",
            (),
        ),
        # Whom it spoke to, in several capitalised words, then the speaker, a title and a name.
        (
            "« Aucun massacre », a affirmé à l'Agence Kelva Presse le porte-parole, le colonel Ivo Karel.",
            "le porte-parole",
            (),
        ),
        # A verb of exclamation before a name and what the person is.
        (
            "« C'est l'engrais », a lancé Ivo Karel, secrétaire général du syndicat des dockers.",
            "Ivo Karel",
            (),
        ),
        # A doctor's title before the name that closes the trail.
        ("« 41 blessés », a indiqué la directrice de l'hôpital, le docteur Ana Velo.", "l'hôpital", ()),
        # A plural verb before the speaker.
        ("C'est le barrage qui a tué, disent les habitants.", "les habitants", ()),
        # What the speaker is, and how it spoke, between commas after it.
        (
            "« Nous avons enterré 57 morts », a affirmé un habitant, un notable du village, la voix brisée.",
            "un habitant",
            (),
        ),
        # A long name going on with "et aux", its acronym, then what it is.
        (
            "Le Front de soutien à la vallée et aux villages (FSVV), lié aux Brigades, a revendiqué.",
            "Le Front de soutien à la vallée et aux villages (FSVV)",
            (),
        ),
        # A second apposition says what the body is ("une société de conseil").
        (
            "« Ce sont des cibles », a déclaré Ilse Varno, analyste chez Kelva Risk, une société de conseil.",
            "Ilse Varno",
            (),
        ),
        # Words a name quotes are part of it.
        (
            "« On a failli tomber », lâche à kelvainfo le porte-parole des « bonnets verts ».",
            "le porte-parole des « bonnets verts »",
            (),
        ),
        # A hyphenated surname closes the trail.
        (
            "« Ce sont des civils », a déclaré à l'AKP le président de la ligue, Ivo Karel-Denos.",
            "le président de la ligue",
            (),
        ),
        # A document of a body's, with an adjective after its noun, speaks for the body.
        ("Le bilan officiel du gouvernement fait état de 47 morts.", "gouvernement", ()),
        ("Selon le bilan officiel de la préfecture, 12 personnes sont mortes.", "la préfecture", ()),
        # The verb and its speaker set between commas inside the sentence.
        ("Le bilan, a précisé le procureur, est de 12 morts.", "le procureur", ()),
        ("Le feu, indique la préfecture, a été allumé volontairement.", "la préfecture", ()),
        ("Les victimes, a également souligné le maire, étaient toutes des civils.", "le maire", ()),
        ("Les victimes, a-t-il ajouté, étaient toutes des civils.", "il", ()),
        # Anonymity is how the voice speaks, not its name; an apposition without article after it.
        (
            "« Un massacre », a indiqué un habitant de Kelva sous couvert d'anonymat.",
            "un habitant",
            (),
        ),
        (
            "« Une hécatombe », lâche un habitant de Kelva, localité de moins de 400 habitants, "
            "où tout a commencé.",
            "un habitant",
            (),
        ),
        # "auprès de l'AFP" between the verb and its speaker; "assuré y avoir vu".
        ('"Des gens meurent pour rien", dénonce auprès de l\'AFP Ada Kelvani, un voisin.', "Ada Kelvani", ()),
        ("La mairie a assuré y avoir fait tous les travaux.", "La mairie", ()),
        # A toll gathered from a voice is that voice's.
        (
            "Environ 150 civils, selon un premier bilan recueilli auprès de sources locales, ont été tués.",
            "sources locales",
            (),
        ),
        # Refugees and associations speak.
        ("Des réfugiés ont affirmé que 40 personnes sont mortes.", "Des réfugiés", ()),
        # Revising a figure is saying it.
        (
            "Le bureau du Premier ministre a revu ce chiffre à la hausse : 1 034 personnes étaient à bord.",
            "Le bureau du Premier ministre",
            (),
        ),
        # The evidence speaks for where it comes from.
        ("Les éléments recueillis par l'ONU montrent que 40 personnes sont mortes.", "l'ONU", ()),
        # A statement named first, then a speaker set off by an apposition.
        (
            "Dans un premier communiqué, le capitaine Ada Nkem, commandant en second des sapeurs-pompiers, "
            "avait fait état de quinze morts.",
            "le capitaine Ada Nkem",
            (),
        ),
        # What someone witnessed is their account.
        ("Des habitants ont été témoins de l'exécution de 12 personnes.", "Des habitants", ()),
        # Councillors speak, as a councillor does.
        (
            "Des conseillers municipaux affirment que 40 personnes sont mortes.",
            "Des conseillers municipaux",
            (),
        ),
        # A body that raises its toll gives it.
        ("Le président a donné un bilan de 15 morts.", "Le président", ()),
        ("Le ministère de la Santé a relevé son bilan à 87 morts.", "Le ministère de la Santé", ()),
        # One of a group speaks for the group.
        ("L'une des sources a affirmé que 300 passagers étaient à bord.", "sources", ()),
        ("Deux des rescapés ont raconté que le bateau avait heurté un tronc.", "rescapés", ()),
        # What a voice explained or declared is its word; technicians speak.
        (
            "Le bateau a chaviré après une vague, selon les explications des agents lacustres de Kituku.",
            "agents lacustres de Kituku",
            (),
        ),
        ("Selon les déclarations du gouverneur, 78 personnes sont mortes.", "gouverneur", ()),
        ("Certains techniciens ont signalé une panne de moteur.", "techniciens", ()),
        # Les historiens et les universitaires parlent comme les chercheurs.
        (
            "Mais les historiens s'accordent aujourd'hui pour dire qu'il y a eu plusieurs dizaines de morts.",
            "les historiens",
            (),
        ),
        # "Selon X" after a colon opens a clause of its own, whatever came before it.
        (
            "À Kinshasa, le doute subsiste : selon le gouvernement, 131 détenus sont décédés.",
            "le gouvernement",
            (),
        ),
    ],
)
def test_the_speaker_of_a_french_sentence(sentence: str, name: str, via: tuple[str, ...]) -> None:
    assert _speaker(sentence) == (name, via)


def test_a_body_named_before_its_french_relative_clause_says_it() -> None:
    text = (
        "Le président a donné 15 morts, contrairement au bilan de celui du ministère de la Santé, "
        "qui faisait état de 17 morts."
    )
    with using("fr"):
        (foreign,) = read(text).foreign
    assert foreign.speaker == "ministère de la Santé"
    # With no body there, the earlier toll a relative clause gives stays the sentence's own.
    with using("fr"):
        assert read("Ce bilan remplace celui de mardi soir, qui faisait état de 9 morts.").foreign == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Trois corps portaient des blessures, conformément à ce que le maire a décrit comme des exécutions.",
        # A fire that "s'est déclaré" broke out; it says nothing.
        "L'incendie s'est déclaré vers une heure du matin dans un immeuble.",
        # A participle of saying before "par" is a passive: who said it comes after.
        "Parti d'un bilan de 2 morts déclaré par le vice-ministre, le chiffre a ensuite augmenté.",
        "Le bilan s'alourdit.",
        # A toll given by a body and disputed by another: not the first body's word.
        "Ce bilan établi par Human Rights Watch est contesté par le gouvernement.",
        "Mardi, des tirs ont visé le marché.",
        "Selon toute vraisemblance, l'attaque a été planifiée.",
        "Vingt civils auraient été tués, selon des informations non confirmées.",
        "Le village a été attaqué à l'aube.",
        "Les forces armées ont repris le contrôle de la ville.",
        "Le convoi a été attaqué près de Sarn, tuant six soldats.",
        "Vingt personnes ont été tuées dans l'explosion.",
        "L'attaque a été revendiquée par un groupe armé.",
        "Des milliers de personnes ont fui la ville.",
        "Le président a été réélu.",
        "Des soldats ont été déployés près du marché.",
        # An order, not a report; "dit" naming what a group is called, not a report.
        "Le commandant a dit aux habitants de quitter le village.",
        "Le groupe dit « Front du Nord » a revendiqué l'attaque.",
        # Verbs that also say what troops or people do report only before "que".
        "L'armée avance vers Kelva.",
        "Les troupes assurent la sécurité du convoi.",
        "L'armée poursuit ses opérations dans la région.",
        "Le pays a rappelé son ambassadeur.",
        "L'hôpital a admis 20 blessés.",
        "Le gouvernement a conclu un accord avec les rebelles.",
        # "Pour" before what is no voice: a time, a reminder.
        "Pour la première fois, la police a tiré.",
        "Pour rappel, 12 personnes sont mortes.",
        # ... a fear of anything else says nothing.
        "Les habitants craignent de nouvelles attaques.",
        # A clause between commas with no verb of saying is no speaker.
        "Le bâtiment, construit en 1920 par la ville, a été détruit.",
        # Answering with a massacre is no reply in words.
        "Une semaine après une attaque au nord de Kelva, des troupes ont répliqué en massacrant 150 civils.",
        # A reflexive verb's pronoun is no part of a name ("L'entreprise s'en défend et").
        "L'entreprise s'en défend et met en cause la vétusté du pont.",
    ],
)
def test_a_sentence_that_names_no_one_has_no_speaker(sentence: str) -> None:
    assert _speaker(sentence) == (None, ())


def test_a_dated_place_and_a_quotation_are_no_apposition() -> None:
    # "Kelva, samedi – « ... »" is no "X, <apposition>, a dit": the speaker comes after the verb.
    name, _ = _speaker("Kelva, samedi – « Nous avons retiré 21 corps de la boue », a dit un secouriste.")
    assert name == "un secouriste"


@pytest.mark.parametrize(
    ("sentence", "value", "polarity"),
    [
        ("L'armée a démenti que 40 civils aient été tués.", "40", Polarity.DENIED),
        ("La police a déclaré que 12 personnes étaient mortes.", "12", Polarity.AFFIRMED),
        # The conditional after its subject hedges the subject's figure.
        ("Au moins 200 civils auraient été tués dans le village.", "200", Polarity.HEDGED),
        ("Aucun civil n'a été blessé lors du raid.", "civil", Polarity.DENIED),
        ("Les soldats n'ont tué aucun civil.", "civil", Polarity.DENIED),
        ("L'opération s'est déroulée sans faire de victimes civiles.", "victimes", Polarity.DENIED),
        ("Ni l'armée ni les rebelles n'ont reconnu les 40 morts.", "armée", Polarity.DENIED),
        ("L'armée nie toute implication dans la mort de 25 villageois.", "25", Polarity.DENIED),
        ("Rien n'indique que 40 personnes aient été tuées.", "40", Polarity.DENIED),
        ("L'armée n'a jamais tué 18 civils, selon son porte-parole.", "18", Polarity.DENIED),
        ("Le ministère rejette le bilan de 45 morts.", "45", Polarity.DENIED),
        ("L'armée conteste le chiffre de 60 morts.", "60", Polarity.DENIED),
        ("Le gouverneur dément que 25 maisons aient brûlé.", "25", Polarity.DENIED),
        ("Il n'y a aucune preuve que 40 personnes aient été tuées.", "40", Polarity.DENIED),
        (
            "L'armée réfute l'affirmation selon laquelle des hommes armés ont tué le journaliste.",
            "hommes",
            Polarity.DENIED,
        ),
        # "pas plus de", "ne ... que": no denial of the figure.
        (
            "Les autorités ont affirmé que pas plus de 30 personnes s'étaient rassemblées.",
            "30",
            Polarity.AFFIRMED,
        ),
        ("Le raid n'a fait que 3 morts, selon l'armée.", "3", Polarity.AFFIRMED),
        ("Selon l'armée, le nombre de morts n'a pas dépassé les 150.", "150", Polarity.AFFIRMED),
        # A verdict after what it judges denies it.
        ("Le bilan de 13 morts avancé par l'ONG est exagéré.", "13", Polarity.DENIED),
        ("Ces chiffres de 50 morts sont faux, a déclaré le ministre.", "50", Polarity.DENIED),
        # A denial stops at the sentence's turn, and at a new verb of saying or blaming.
        (
            "Le ministère a démenti la frappe, mais des habitants ont compté 17 corps.",
            "17",
            Polarity.AFFIRMED,
        ),
        (
            "Le propriétaire a démenti que des murs aient été abattus et a mis en cause une fuite de gaz.",
            "gaz",
            Polarity.AFFIRMED,
        ),
        (
            "L'armée réfute la version de la chaîne, assure que des hommes armés ont tué le journaliste.",
            "hommes",
            Polarity.AFFIRMED,
        ),
        # A negator reaches its own clause only.
        ("Ce n'est pas une crue, c'est une négligence, a dit le maire.", "négligence", Polarity.AFFIRMED),
        (
            "Les gardiens n'ont pas ouvert le feu ; 3 détenus sont morts dans une bousculade.",
            "3",
            Polarity.AFFIRMED,
        ),
        (
            "Personne n'a été arrêté sur place, et la foule de 5 000 personnes est rentrée.",
            "5 000",
            Polarity.AFFIRMED,
        ),
        # The journalistic conditional, "présumé", unconfirmed reports, a claimed deed.
        ("Vingt civils auraient été tués dans le village.", "Vingt", Polarity.HEDGED),
        ("L'attaque aurait fait 200 morts.", "200", Polarity.HEDGED),
        ("Les rebelles auraient bombardé le marché, tuant 9 personnes.", "9", Polarity.HEDGED),
        ("Selon des informations non confirmées, 30 personnes ont péri.", "30", Polarity.HEDGED),
        ("Le présumé chef du groupe a été arrêté avec 4 complices.", "chef", Polarity.HEDGED),
        ("Le groupe prétend avoir abattu 2 hélicoptères.", "2", Polarity.HEDGED),
        ("Le ministère a annoncé 300 morts sans préciser leur nationalité.", "300", Polarity.AFFIRMED),
        # A denial stops at a colon opening the voice's own words, and at a participle of saying.
        ("Le syndicat conteste le bilan officiel : « Nous avons compté 25 morts. »", "25", Polarity.AFFIRMED),
        ("Le syndicat conteste le bilan, affirmant que 25 personnes sont mortes.", "25", Polarity.AFFIRMED),
        # "sans nouvelles de" counts the missing; it negates nothing.
        ("Le ministre a expliqué qu'on était sans nouvelles de dix personnes.", "dix", Polarity.AFFIRMED),
        # What a negation excepts is stated.
        ("Le corps ne portait aucune blessure sauf des plaies par balle.", "plaies", Polarity.AFFIRMED),
    ],
)
def test_french_negations_denials_and_hedges(sentence: str, value: str, polarity: Polarity) -> None:
    with using("fr"):
        assert read(sentence).polarity(*_at(sentence, value)) is polarity


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        ("Si la négligence est établie, 12 agents seront poursuivis.", "la négligence est établie"),
        (
            "Au cas où le bilan dépasserait 50 morts, un deuil national serait décrété.",
            "le bilan dépasserait 50 morts",
        ),
        (
            "Le parquet enquête sur une possible complicité de 3 agents.",
            "une possible complicité de 3 agents",
        ),
    ],
)
def test_a_condition_supposes_what_it_covers(text: str, supposed: str) -> None:
    with using("fr"):
        conditions = read(text).conditions()
    assert [text[slice(*c)].strip() for c in conditions] == [supposed]


def test_a_bill_so_heavy_is_no_condition() -> None:
    with using("fr"):
        assert read("Un bilan si lourd n'avait jamais été enregistré dans la région.").conditions() == []


@pytest.mark.parametrize(
    ("sentence", "value", "voice"),
    [
        (
            "La préfecture a compté 12 000 manifestants, tandis que l'opposition évoque 20 000 manifestants.",
            "20 000",
            "l'opposition",
        ),
        (
            "La police a recensé 30 000 personnes, alors que les syndicats en revendiquent 80 000.",
            "80 000",
            "les syndicats",
        ),
        (
            "Le ministère a fait état de 12 morts, mais des habitants parlent de 50 morts.",
            "50",
            "des habitants",
        ),
        (
            "Le maire a compté 12 morts, tandis que dans le village de Dara, la police évoque 30 morts.",
            "30",
            "la police",
        ),
        (
            "Les organisateurs ont revendiqué 25 000 manifestants, la préfecture en a compté 6 200.",
            "6 200",
            "la préfecture",
        ),
        (
            "Le convoi a été détruit, les rebelles accusant l'armée d'avoir tué 14 civils.",
            "14",
            "les rebelles",
        ),
        (
            "Les autorités ont annoncé 20 morts, les habitants affirmant que 50 personnes avaient péri.",
            "50",
            "les habitants",
        ),
        ("Le bilan que les autorités ont donné fait état de 45 morts.", "45", "les autorités"),
        # The second voice's acronym and what it is made of, between commas.
        (
            "Aucun bilan n'a été donné, mais le Collectif pour Karvo (CPK), composé de proches, "
            "a fait état de 400 morts.",
            "400",
            "le Collectif pour Karvo (CPK)",
        ),
        # A long name with its acronym, and a verb that places the events in time.
        (
            "L'armée parle de 12 morts, alors que la Ligue velnoise des droits de l'homme (LVDH) "
            "situe à 40 le nombre de morts.",
            "40",
            "la Ligue velnoise des droits de l'homme (LVDH)",
        ),
    ],
)
def test_a_claim_credited_to_another_voice_in_its_clause(sentence: str, value: str, voice: str) -> None:
    with using("fr"):
        assert read(sentence).named_at(sentence.index(value)) == voice


@pytest.mark.parametrize(
    ("sentence", "value", "voice"),
    [
        (
            "Le cortège a réuni 70 000 personnes selon les syndicats (8 000 selon la police).",
            "70 000",
            "les syndicats",
        ),
        (
            "Le cortège a réuni 70 000 personnes selon les syndicats (8 000 selon la police).",
            "8 000",
            "la police",
        ),
        # A relative clause after the voice is not part of its name.
        (
            "Le naufrage a fait 1 864 morts selon le gouvernement, plus de 2 000 selon les "
            "associations de familles qui déplorent les manquements.",
            "plus de 2 000",
            "les associations de familles",
        ),
        # ... and a figure quoted, its credit after the closing mark.
        (
            "« Plusieurs dizaines de morts » selon l'agence, « au moins 120 » selon le quotidien.",
            "au moins 120",
            "le quotidien",
        ),
    ],
)
def test_a_figure_credited_on_the_spot(sentence: str, value: str, voice: str) -> None:
    with using("fr"):
        assert read(sentence).credit_at(sentence.index(value)) == voice


@pytest.mark.parametrize(
    ("sentence", "actor", "polarity"),
    [
        ("La milice Kora n'était pas impliquée dans l'attaque.", "Kora", Polarity.DENIED),
        ("L'armée a démenti que la milice ait participé.", "milice", Polarity.DENIED),
        ("La milice a démenti toute implication.", "milice", Polarity.DENIED),
        ("Le gouvernement a démenti la présence de l'armée dans le village.", "armée", Polarity.DENIED),
        # A verdict before what it judges: "c'est un mensonge que", "il est faux de dire que".
        ("Le ministre a dit qu'il est faux de dire que l'armée a tué des civils.", "armée", Polarity.DENIED),
        ("C'est un mensonge que la milice ait participé, a déclaré le ministre.", "milice", Polarity.DENIED),
        # A means denied is not the actor's part.
        ("Les policiers n'ont pas utilisé de balles réelles.", "policiers", Polarity.AFFIRMED),
        # Nor is an act that is no part in the event.
        ("Les soldats n'ont pas permis de ramasser les corps.", "soldats", Polarity.AFFIRMED),
        ("Les soldats n'ont pas participé à la tuerie.", "soldats", Polarity.DENIED),
        ("Les soldats ont tiré sur la foule.", "soldats", Polarity.AFFIRMED),
    ],
)
def test_an_actor_is_denied_only_in_so_many_words(sentence: str, actor: str, polarity: Polarity) -> None:
    with using("fr"):
        assert read(sentence).actor_polarity(*_at(sentence, actor)) is polarity


def test_what_a_statement_leaves_out() -> None:
    with using("fr"):
        found = omissions(
            "Le communiqué de l'armée n'a fait aucune mention de la présence de la milice Kora."
        )
        assert [(who, what) for who, what, _ in found] == [("l'armée", "milice Kora")]
        found = omissions("Le gouvernement ne dit rien des victimes civiles.")
        assert [(who, what) for who, what, _ in found] == [("Le gouvernement", "victimes civiles")]


def test_a_clause_that_opens_negated_is_negated_as_a_whole() -> None:
    text = "Aucun avion n'a décollé ; les pistes étaient fermées."
    with using("fr"):
        reading = read(text)
    assert reading.negated_before(text.index("avion"))
    assert not reading.negated_before(text.index("pistes"))


@pytest.mark.parametrize(
    ("sentence", "name", "others"),
    [
        # Two persons named together: the first speaks, the second with them.
        (
            "Plus tôt dans la soirée, Ivo Karel et Ana Voss avaient fait état de 31 morts.",
            "Ivo Karel",
            ("Ana Voss",),
        ),
        ("Le président et le ministre avaient fait état de 31 morts.", "Le président", ("le ministre",)),
        (
            "Des habitants qui ont fui vers Sarn et la capitale régionale ont affirmé que 40 sont morts.",
            "Des habitants",
            (),
        ),
    ],
)
def test_two_joined_french_speakers_both_speak(sentence: str, name: str, others: tuple[str, ...]) -> None:
    with using("fr"):
        found = read(sentence).speaker
    assert found is not None and (found.name, found.others) == (name, others)


def test_a_trailing_speaker_before_a_participle_with_a_quotation() -> None:
    assert _speaker(
        "« Ce n'est pas acceptable », a réagi le président, réclamant « une réunion d'urgence »."
    ) == (
        "le président",
        (),
    )
    assert (
        _speaker("Le ministre Ivo Karel a assuré vouloir « faire plus » avec ses voisins.")[0]
        == "Le ministre Ivo Karel"
    )


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        # An article elided onto the one noun is no part of the head: the inquiry speaks.
        ("Huit civils ont été blessés lors de la frappe, selon l’enquête.", "l’enquête"),
        ("Selon l'hôpital, huit blessés ont été admis dans la nuit.", "l'hôpital"),
        # Those who wrote a report speak for it.
        ("Selon les rapporteurs, une centaine de personnes étaient présentes.", "les rapporteurs"),
        # The reformed spelling of "reconnaît" is a verb of saying too.
        ("Le rapport reconnait que cinq personnes armées étaient présentes.", "Le rapport"),
        # Whom the voice spoke to may stand before its verb.
        ("« Ils ont jeté les corps dans l'eau », nous a expliqué le maire.", "le maire"),
        ("« Ils ont jeté les corps dans l'eau », m'a confié un habitant.", "un habitant"),
        ("« La réponse doit venir de Londres », lui a répondu le ministre.", "le ministre"),
        ("« La plupart ont été tués au bord du fleuve », nous explique encore le prêtre.", "le prêtre"),
        # More verbs of saying: "assène", "s'accordent à dire", a paper's "titre".
        ("En effet, assène le ministre, aucun civil n'a perdu la vie.", "le ministre"),
        ("Les experts s'accordent à dire que le barrage a cédé.", "Les experts"),
        ("« Deux morts, 44 blessés graves », titre Le Quotidien au lendemain de la marche.", "Le Quotidien"),
    ],
)
def test_french_voices_by_frames_of_their_own(sentence: str, voice: str) -> None:
    assert _speaker(sentence)[0] == voice


def test_a_french_person_named_before_a_relative_says_what_it_says() -> None:
    sentence = (
        "On peut lire le témoignage d'un ancien journaliste, Paul Durand, qui, disant avoir enquêté, "
        "affirme : « Il n'y eut que sept morts. »"
    )
    with using("fr"):
        (claim,) = read(sentence).foreign
    assert claim.speaker == "Paul Durand"


def test_a_french_subject_negated_whole_is_no_speaker() -> None:
    with using("fr"):
        assert read("Ni l'armée ni les rebelles n'ont revendiqué l'attaque.").speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Le drame a fait 40 morts et 16 blessés, selon le gouvernement sans compter des centaines de foyers.",
        "Douze personnes ont péri selon la préfecture hormis les disparus.",
    ],
)
def test_a_phrase_that_opens_after_the_voice_selon_names_is_no_part_of_it(sentence: str) -> None:
    from claimdiff.clause import credited

    name, _ = _speaker(sentence)
    assert name in ("le gouvernement", "la préfecture")
    with using("fr"):
        at = (
            sentence.index("blessés") + len("blessés")
            if "blessés" in sentence
            else sentence.index("péri") + 4
        )
        assert credited(sentence, at, len(sentence)) in (None, "le gouvernement", "la préfecture")
