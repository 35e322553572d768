"""Attribution stage: each sentence gets the voice that makes its claim.

Handles the ways news text says who speaks: "According to X, ...", "X said / announced /
told ... that", "..., X said.", "a statement released by X", chains ("According to a report
by RFI, residents testified that ..." gives residents via RFI; "X told RFI" too), and a later
"the ministry", "it" or a bare quotation continuing an earlier voice. A sentence with no voice
belongs to the document's author. Names are then merged into sources (see ``names``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from claimdiff.lexicon import AliasTable, is_speaker_head, normalise_name
from claimdiff.model import Document, Sentence, Source
from claimdiff.segment import plain

_VERBS = (
    r"said|says|say|announced|announces|announce|stated|states|claimed|claims|claim|reported|"
    r"reports|report|told|tells|testified|testify|added|adds|confirmed|confirms|confirm|denied|denies|deny|"
    r"insisted|insists|alleged|alleges|accused|accuses|warned|warns|noted|notes|explained|"
    r"estimated|estimates|estimate|acknowledged|acknowledges|admitted|admits|maintained|maintains|"
    r"rejected|rejects|wrote|writes|tweeted|posted|declared|declares|described|describes|"
    r"blamed|blames|disputed|disputes|countered|argued|argues|recounted|recalled|insisted|"
    r"put the (?:death )?toll at|raised (?:the )?alarm|voiced concern|expressed concern|"
    r"expressed alarm|raised concerns?|condemned|condemns|revised|updated|called on|called for|calls on|"
    r"calls for|urged|urges|demanded|demands|appealed|appeals|"
    r"gave a toll of|gave a figure of|counted|recorded|documented|quoted|"
    r"assessed|assesses|concluded|repeated|reiterated|stressed|emphasi[sz]ed|underlined|asserted|"
    r"pointed out|commented|responded|replied|"
    r"described|cited|cites|citing"
)
# Adverbials that may sit between a speaker and its verb: "X also said", "X on Tuesday said".
_ADVERBIAL = (
    r"(?:(?:also|later|earlier|previously|separately|further|then|meanwhile|again|"
    r"initially|first|subsequently|now|had|has|have|would|publicly|officially|"
    r"on \w+(?: \d{1,2}(?:st|nd|rd|th)?)?|on \d{1,2} \w+|in a (?:statement|communiqu[ée]|"
    r"press release|report|post|video)(?: on \w+)?|late on \w+|in an interview)\s*,?\s+)*"
)
_NAME_TOKEN = r"(?:[A-Z][\w'’.&-]*|[a-z][\w'’-]*|\([^()]{1,60}\)|\d+\w*)"
# A speaker phrase: up to 12 tokens, no commas, ending before the verb.
_NP_BODY = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,11}}?"
_NP = rf"(?P<np>{_NP_BODY})"
_LEAD = re.compile(
    rf"^(?:[\"“‘']\s*)?(?:[A-Z][^,]{{0,50}},\s+)??{_NP}\s*,?\s+{_ADVERBIAL}(?P<verb>{_VERBS})\b",
)
_TRAIL = re.compile(
    rf"(?:,|[\u201d\"]|[’'](?=\s))\s*(?:(?P<v1>{_VERBS})\s+(?P<np1>{_NP_BODY})|(?P<np2>{_NP_BODY})\s+(?:{_ADVERBIAL})?(?P<v2>{_VERBS})"
    rf"(?:\s+(?:reporters|journalists|(?:a|the)\s+(?:news|press)\s+conference|(?:the\s+)?[A-Z][\w'’.&-]*"
    rf"(?:\s+[A-Z][\w'’.&-]*){{0,3}}))?)"
    rf"(?P<rest>(?:,?\s+(?:on|in|to|at|late|during|after|when|as|amid|while|with|by)\b"
    rf"(?:(?!\bthat\b)[^.;\"“”]){{0,140}}?)?"
    rf"(?:,\s+(?:adding|saying|noting|explaining|insisting|stressing)\s+that\b[^;]{{0,400}}?"
    rf"|,\s+[a-z]+ing\b[^.;\"“”]{{0,160}}|,\s+(?:though|although|but)\b[^;]{{0,200}}?)?)"
    rf"(?:,\s+(?:blaming|citing|adding|saying|calling|accusing|describing|putting|raising|giving)\b[^.;]{{0,160}})?"
    rf"[.!?\"”’']*\s*$",
)
_ACCORDING = re.compile(
    r"\baccording to\s+(?:(?:a|an|the)\s+(?:new\s+|latest\s+|preliminary\s+|written\s+|"
    r"joint\s+|official\s+)?(?:statement|report|communiqu[ée]|press release|tally|count|"
    r"toll|figures?|estimates?|assessment|post|bulletin|account|investigation|survey|"
    r"review|analysis|data)\s+(?:\w+\s+){0,2}?(?:by|from|of|released by|issued by|"
    r"published by)\s+)?(?P<np>[^,.;:]{2,90}?)(?=\s*(?:,|\.|;|:|$|\bwho\b|\bthat\b))",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[^-–—\n]{1,40}|\s*\([^)\n]{1,30}\))?\s+[-–—]\s+")
# "the governor of Sayle region, Marta Ilves, (who ...,) said": the person speaks.
_ROLE_NAME = re.compile(
    rf"(?:^|,\s+)(?P<role>(?:the\s+)?[A-Za-z][a-z]+(?:\s+[a-z][\w'’-]*){{0,6}}(?:\s+of\s+[^,]{{2,40}})?),\s+"
    rf"(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Gen|Col)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}}),\s+"
    rf"(?:(?:who|whose)\s+[^,]{{2,100}},\s+)?(?:{_ADVERBIAL})?(?P<verb>{_VERBS})\b"
)
# "Reuters, citing hospital officials, said ...": the officials speak, through Reuters.
_CITING_LEAD = re.compile(
    rf"^(?P<outer>[A-Z][^,]{{1,60}}),\s+(?:citing|quoting)\s+(?P<inner>[^,]{{2,80}}),\s+"
    rf"(?:{_ADVERBIAL})?(?P<verb>{_VERBS})\b"
)
# "Open Count, an independent group that estimates crowds, said ..."
_APPOSITIVE = re.compile(
    rf"^(?P<np>(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|from|at)\s+)?(?:the\s+)?[\w'’.&-]+){{0,6}}),\s+"
    rf"[^,]{{3,120}},\s+(?:{_ADVERBIAL})?(?P<verb>{_VERBS})\b"
)
# '"...," Idris Kanteh, the district commissioner, told Horizon.' and '..., said X, the commissioner.'
_TRAIL_APPOSITIVE = re.compile(
    rf"(?:,|[\u201d\"]|[’'](?=\s))\s*(?:(?P<v1>{_VERBS})\s+)?(?P<np>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}),\s+"
    rf"(?P<role>(?:(?:the|a|an)\s+)?[a-z][^,]{{3,90}}?)(?:,\s+(?:{_ADVERBIAL})?(?P<v2>{_VERBS})\b[^.;]{{0,80}})?"
    rf"[.!?\"”’']*\s*$"
)
# "a spokeswoman for the Health Ministry": the person speaks for the body.
_SPEAKS_FOR = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|press officer|official|representative)"
    r"\s+(?:for|of|at|with)\s+(?P<org>(?:the\s+)?[A-Z][^,]{1,60})$"
)
_RELEASED_BY = re.compile(
    r"\b(?:statement|report|communiqu[ée]|press release|bulletin|tally)\s+"
    r"(?:released|issued|published|put out|sent)\s+by\s+(?P<np>[^,.;:]{2,90}?)(?=\s*[,.;:]|\s+(?:on|in)\b)",
    re.IGNORECASE,
)
_CITING = re.compile(
    r"\b(?:citing|quoting)\s+(?P<np>[^,.;:]{2,80}?)(?=\s*,|\s+(?:as saying|said|says)\b)",
    re.IGNORECASE,
)
_TOLD = re.compile(r"^(?P<verb>told|tells)\s+(?P<np>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})")
_SPOKE_TO = re.compile(
    r"\b(?:who\s+)?(?:spoke|speaking|talked|talking)\s+(?:to|with)\s+"
    r"(?P<np>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})|"
    r"\b(?:reached|contacted|interviewed|quoted)\s+by\s+"
    r"(?P<np2>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})"
)
_PRONOUN = re.compile(r"^(?:it|he|she|they|we)$", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"^(?:(?:the|this|that|an?)\s+)?(?:rights\s+)?(?P<head>statement|communiqu[ée]|report|ministry|army|military|"
    r"government|agency|group|organi[sz]ation|office|department|police|mission|spokesman|"
    r"spokeswoman|spokesperson|official|officials|company|firm|union|coalition|council|committee|"
    r"authorities|presidency|commission|forces|observatory|monitor|watchdog|ngo|charity|"
    r"operator|association|service|coast guard|guard|prosecutor|court|institute|centre|center|"
    r"governor|minister|mayor|commissioner|chief|director|president|federation|brigade|"
    r"fire chief|owner|manager|general secretary|secretary|commander|spokesman|federation)$",
    re.IGNORECASE,
)
_DOC_HEADS = {"statement", "communique", "communiqué", "report"}
_CLASS_HEADS = {
    "company",
    "group",
    "organisation",
    "organization",
    "agency",
    "firm",
    "operator",
    "ngo",
    "charity",
    "watchdog",
    "monitor",
    "body",
    "association",
    "observatory",
}
_PEOPLE = re.compile(
    r"^(?:residents|witnesses|villagers|locals|survivors|families|relatives|people|"
    r"officials|sources|doctors|medics|activists|protesters|inmates|passengers)$"
)
_ROLES = (
    r"spokesman|spokeswoman|spokesperson|spokespeople|official|officials|director|chief|head|"
    r"representative|representatives|source|sources|commander|press office|press officer|"
    r"envoy|secretary|minister"
)
# People who speak for the body they belong to: "lawyers from the Legal Aid Centre".
_MEMBERS = (
    r"lawyers?|staff|members?|researchers?|investigators?|monitors?|experts?|analysts?|doctors?|medics?"
)
_BODIES_AND_FORCES = {
    "ministry",
    "army",
    "military",
    "police",
    "government",
    "presidency",
    "agency",
    "company",
    "union",
    "council",
    "office",
    "department",
    "service",
    "guard",
    "navy",
}
# Bodies whose "of" names them ("ministry of health", "office of the prosecutor").
_BODIES = {
    "ministry",
    "office",
    "department",
    "council",
    "committee",
    "commission",
    "union",
    "association",
    "mission",
    "bureau",
    "authority",
    "institute",
    "centre",
    "center",
    "observatory",
    "court",
    "agency",
    "service",
    "services",
    "government",
}
_STOP_LEAD = {
    "there",
    "this",
    "that",
    "these",
    "those",
    "which",
    "what",
    "who",
    "none",
    "nobody",
    "no",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "here",
    "such",
}
_QUOTE_OPEN = ('"', "“", "‘", "«")
_CLAIM_HEDGE = re.compile(r"\bclaim(?:s|ed)?\b|\ballege[sd]?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who speaks in a sentence: the voice's name, the chain it came through, and where."""

    voice: str  # the name as written (or the author)
    via: tuple[str, ...]  # outer voices, nearest first
    span: tuple[int, int] | None  # the attribution phrase, in sentence offsets
    explicit: bool  # False when the voice is the document's author
    hedged: bool = False  # the verb itself hedges: "claimed", "alleged"


_AGENCY = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,[^()\n]{0,30})?\s*\((?P<name>[A-Z][\w .&-]{0,30})\)\s*[-–—]", re.M
)


def author_name(document: Document) -> str:
    """The voice of unattributed sentences: the declared source, else the file's name."""
    if document.source:
        return document.source
    # "GAZA CITY, Oct 17 (Reuters) -", "WASHINGTON (AP) -": the agency in the dateline wrote it.
    agency = _AGENCY.search(document.text[:300])
    if agency:
        return agency.group("name")
    if document.path and document.path != "-":
        stem = re.split(r"[\\/]", document.path)[-1].rsplit(".", 1)[0]
        return stem or document.id
    return "stdin" if document.path == "-" else f"text {document.id}"


def _clean_np(raw: str) -> str | None:
    np = raw.strip().strip("\"'“”‘’«»").strip()
    if np.count("(") != np.count(")"):
        np = np.strip("()").strip()
    np = re.sub(r"^(?:and|but|also|so|while|as)\s+", "", np, flags=re.IGNORECASE)
    np = re.sub(
        r"^(?:these|those|some|several|many|other|two|three|four)\s+(?=\w)", "", np, flags=re.IGNORECASE
    )
    # "a supporter who had travelled from Dalca": the relative clause is not the name.
    np = re.split(r"\s+(?:who|whose|which|whom)\s", np)[0]
    np = re.sub(r"\s+(?:also|later|earlier|who|which|that)$", "", np, flags=re.IGNORECASE)
    np = re.sub(r"(?:'s|’s|')$", "", np)
    np = re.sub(r"^(?:Mr|Ms|Mrs|Miss|Dr|Gen|Col|Lt|Maj|Capt|Sgt)\.?\s+(?=[A-Z])", "", np)
    np = re.sub(r"\b\d+-year-old\s+", "", np)
    if np.endswith(".") and not re.search(r"\b[A-Z]\.$", np):
        np = np[:-1]  # the sentence's full stop, not an abbreviation like "U.S."
    if re.match(r"^(?:whose|which|who|whom|where|when|what|it is|an? allegation)\b", np, re.IGNORECASE):
        return None
    if re.match(r"^[a-z]+ing\b", np):
        return None  # "calling the Israeli claim ...": a participle, not a speaker
    m = re.match(
        rf"^(?:an?\s+|the\s+)?(?:{_ROLES}|{_MEMBERS})\s+(?:for|of|at|from|with)\s+(?P<org>(?:the\s+)?[A-Z].+)$",
        np,
        flags=re.IGNORECASE,
    )
    if m and re.match(r"(?:the\s+)?[A-Z]", m.group("org")):
        np = m.group("org")
    # "Police spokeswoman Resila Onyango" speaks for the police.
    m = re.match(
        r"^(?P<org>.+?)\s+(?:spokes(?:man|woman|person)|press officer)"
        r"\s+[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+$",
        np,
    )
    if m:
        np = m.group("org")
    # "witnesses in the village of Lesna" is the witnesses.
    m = re.match(
        r"^(?P<head>(?:[Tt]he\s+|[Ll]ocal\s+)?[A-Za-z]+)\s+(?:in|from|at|near|on|who|whose|with|of|outside|inside)\s",
        np,
    )
    if m and is_speaker_head(m.group("head").split()[-1]) and not re.search(r"\s[A-Z]", m.group("head")):
        if m.group("head").split()[-1].lower() not in _BODIES:
            np = m.group("head")
    # "allegation the company": a determiner inside a name means a clause, not a speaker.
    body = np.split(" ", 1)[-1] if re.match(r"^(?:the|a|an)\s", np, re.IGNORECASE) else np
    if re.search(_INNER_DETERMINER, " " + body):
        return None
    # "a spokesman for the Health Ministry", "officials at the mine" speak for the body.
    m = re.match(
        rf"^(?:an?\s+|the\s+)?(?:{_ROLES}|{_MEMBERS})\s+(?:for|of|at|from|with)\s+(?P<org>(?:the\s+)?[A-Z].+)$",
        np,
        flags=re.IGNORECASE,
    )
    if m:
        np = m.group("org")
    # "ministry spokesman", "Coast Guard officials": the role word adds nothing to the voice.
    m = re.match(rf"^(?P<org>.+?)\s+(?:{_ROLES})$", np, flags=re.IGNORECASE)
    if m and (
        len(m.group("org").split()) > 1
        and m.group("org").split()[-1][:1].isupper()
        or m.group("org").split()[-1].lower() in _BODIES_AND_FORCES
    ):
        np = m.group("org")
    if not np or len(np) > 90:
        return None
    words = np.split()
    if all(w.lower() in _FUNCTION_WORDS for w in words):
        return None  # "The claims could not be verified": no one is named
    if words[0].lower() in _STOP_LEAD or len(words) > 12:
        return None
    if any(ch.isdigit() for ch in np) and not re.search(r"[A-Z]\w*\d|\d\w*[A-Z]", np):
        # "203 fighters were killed, the army said" must not make "203 fighters" a voice.
        return None
    return np


_FUNCTION_WORDS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
_INNER_DETERMINER = re.compile(
    r"(?<!\bof)(?<!\bfor)(?<!\bfrom)(?<!\bat)(?<!\bin)(?<!\bon)(?<!\bby)(?<!\bnear)(?<!\boutside)"
    r"(?<!\binside)(?<!\bto)(?<!\bwith)\s(?:the|a|an)\s"
)


def _plausible_voice(np: str) -> bool:
    """A speaker is a proper name or a phrase headed by a speaking noun."""
    if _PRONOUN.match(np) or _ANAPHOR.match(np):
        return True
    words = re.findall(r"[\w'’.-]+", np)
    if not words:
        return False
    head = words[-1].lower().strip(".")
    # In "conversations between members of the group" the head is "conversations".
    preps = ("of", "between", "from", "among", "with")
    cut = next((i for i, w in enumerate(words[1:], 1) if w in preps), None)
    if cut is not None and not any(w[0].isupper() for w in words[1:]):
        head = words[cut - 1].lower()
    if is_speaker_head(head):
        return True
    caps = [w for w in words if w[0].isupper()]
    # Proper names: at least one capitalised word and no lower-case verb-like tail.
    return bool(caps) and words[-1][0].isupper()


def _inner(clause: str) -> tuple[str, tuple[int, int]] | None:
    """A reporting clause at the start of ``clause``: "local residents testified that"."""
    m = _LEAD.match(clause)
    if not m:
        return None
    np = _clean_np(m.group("np"))
    if np and _plausible_voice(np) and not _PRONOUN.match(np):
        return np, (m.start("np"), m.end("verb"))
    return None


def attribute_sentence(text: str) -> tuple[str, tuple[str, ...], tuple[int, int], bool] | None:
    """The explicit voice of one sentence, if it names one: (voice, via, span, hedged)."""
    # "MEROVAN, March 8 (CPA) - ...": a dateline is not part of the sentence's grammar.
    line = _DATELINE.match(text)
    if line:
        found = _attribute_clause(text[line.end() :])
        if found is None:
            return None
        voice, via, (a, b), hedged = found
        return voice, via, (a + line.end(), b + line.end()), hedged
    return _attribute_clause(text)


def _attribute_clause(text: str) -> tuple[str, tuple[str, ...], tuple[int, int], bool] | None:
    m = _ROLE_NAME.search(text)
    if m and (m.start() == 0 or m.group("verb")):
        name = _clean_np(m.group("name"))
        if name:
            return name, (), (m.start(), m.end()), False
    m = _ACCORDING.search(text)
    if m:
        np = _clean_np(m.group("np"))
        if np and _plausible_voice(np):
            # "According to a report by RFI, local residents testified that ..."
            rest_start = m.end()
            rest = text[rest_start:].lstrip(" ,")
            offset = len(text) - len(rest)
            inner = _inner(rest)
            if inner:
                voice, (a, b) = inner
                return voice, (np,), (m.start(), offset + b), False
            return np, (), (m.start(), m.end()), False
    m = _CITING_LEAD.match(text)
    if m:
        outer, inner = _clean_np(m.group("outer")), _clean_np(m.group("inner"))
        if outer and inner and _plausible_voice(outer) and _plausible_voice(inner):
            return inner, (outer,), (m.start("outer"), m.end("verb")), False
    m = _APPOSITIVE.match(text)
    if m:
        np = _clean_np(m.group("np"))
        middle = text[m.end("np") :].split(",")[1].strip()
        if np and _ANAPHOR.match(np) and re.fullmatch(r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}", middle):
            np = middle  # "The operator, Viastrada, said": the name is the voice
        if np and _plausible_voice(np):
            return np, (), (m.start("np"), m.end("verb")), False
    m = _RELEASED_BY.search(text)
    if m:
        np = _clean_np(m.group("np"))
        if np and _plausible_voice(np):
            return np, (), (m.start(), m.end()), False
    m = _TRAIL_APPOSITIVE.search(text)
    if m and (m.group("v1") or m.group("v2")):
        body = _SPEAKS_FOR.match(m.group("role").strip())
        np = _clean_np(body.group("org") if body else m.group("np"))
        if np and _plausible_voice(np):
            verb_end = m.end("v2") if m.group("v2") else m.end("np")
            after = text[verb_end:].strip()
            told = re.match(r"(?P<np>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})", after)
            via = (told.group("np"),) if told and (m.group("v2") or "") in ("told", "tells") else ()
            return np, via, (m.start() + 1, m.end()), False
    m = _TRAIL.search(text, 1)  # an opening quote at the start is not a closing one
    if m:
        np = _clean_np(m.group("np1") or m.group("np2"))
        verb = m.group("v1") or m.group("v2")
        if np and _plausible_voice(np):
            via = ()
            rest = (m.group("rest") or "").strip()
            told = re.match(r"^to\s+(?P<np>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})", rest)
            if verb in ("told", "tells"):
                after = text[m.end("v2") if m.group("v2") else m.end("np1") :].strip()
                t2 = re.match(r"(?P<np>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})", after)
                if t2:
                    via = (t2.group("np"),)
            elif told:
                via = (_clean_np(told.group("np")) or told.group("np"),)
            spoke = _SPOKE_TO.search(np)
            if spoke:
                via = (spoke.group("np") or spoke.group("np2"),)
                np = np[: spoke.start()].strip()
            # The span covers who speaks, not what they go on to add ("adding that ...").
            return (
                np,
                via,
                (m.start() + 1, m.start("rest") if m.group("rest") is not None else m.end()),
                False,
            )
    m = _LEAD.match(text)
    if m and re.search(r"['’]s$", m.group("np")):
        m = None  # "The Israeli government's claim that ...": a noun phrase, not a speaker speaking
    if m and re.match(
        r"\s+(?:indicate|indicated|suggest|suggested|say|said|show|showed|claim|state)\b",
        text[m.end("verb") :],
    ):
        m = None  # "Preliminary reports indicate ...": "reports" is a noun here
    if m:
        np = _clean_np(m.group("np"))
        if np and _plausible_voice(np):
            via: tuple[str, ...] = ()
            after = text[m.end("verb") :].lstrip()
            told = (
                _TOLD.match(m.group("verb") + " " + after) if m.group("verb") in ("told", "tells") else None
            )
            end = m.end("verb")
            if told:
                via = (_clean_np(told.group("np")) or told.group("np"),)
                end = (
                    m.end("verb")
                    + (len(text[m.end("verb") :]) - len(after))
                    + told.end()
                    - len(m.group("verb"))
                    - 1
                )
            spoke = _SPOKE_TO.search(np)
            if spoke:
                via = (spoke.group("np") or spoke.group("np2"),)
                np = np[: spoke.start()].strip()
            cite = _CITING.search(text)
            if cite and m.group("verb") not in ("citing", "cited", "cites"):
                # "Reuters, citing hospital officials, said ..." gives the officials via Reuters.
                cited = _clean_np(cite.group("np"))
                if cited and _plausible_voice(cited) and not cited.lower().startswith(("claims", "reports")):
                    return cited, (np,), (m.start("np"), m.end("verb")), False
            hedged = bool(_CLAIM_HEDGE.fullmatch(m.group("verb").split()[0]))
            return np, via, (m.start("np"), end), hedged
    return None


def attribute(document: Document, sentences: tuple[Sentence, ...]) -> tuple[Attribution, ...]:
    """Attribute every sentence of one document, resolving "it" and "the ministry"."""
    author = author_name(document)
    out: list[Attribution] = []
    history: list[str] = [author]  # voices named so far, the latest last
    titles: dict[str, str] = {}  # "governor" -> "Marta Ilves", "chief" -> "Korvali Fire Brigade"
    previous: Attribution | None = None
    for sentence in sentences:
        words, shift = plain(sentence.text)
        found = attribute_sentence(words)
        if found is not None and shift:
            voice, via, (a, b), hedged = found
            found = voice, via, (a + shift, b + shift), hedged
        if found is None:
            if (
                previous is not None
                and previous.explicit
                and words.startswith(_QUOTE_OPEN)
                and not re.search(r"\b(?:said|says|told|added)\b", sentence.text)
            ):
                # A bare quotation right after an attributed sentence continues that voice.
                attribution = Attribution(previous.voice, previous.via, None, True)
            else:
                attribution = Attribution(author, (), None, False)
        else:
            voice, via, span, hedged = found
            voice = titles.get(voice.lower().removeprefix("the "), voice)
            voice = _resolve(voice, history, previous)
            _learn_titles(sentence.text, voice, titles)
            via = tuple(_resolve(v, history, None) for v in via)
            if voice != author and author not in via:
                # Whoever is quoted in a document reaches the reader through its author.
                via = (*via, author)
            attribution = Attribution(voice, via, span, True, hedged)
            history.extend([*via, voice])
        out.append(attribution)
        previous = attribution
    return tuple(out)


@cache
def _title_re(voice: str) -> re.Pattern[str]:
    pattern = re.escape(voice)
    return re.compile(
        rf"(?:the\s+)?(?P<role>[a-z]+(?:\s+[a-z]+)?)\s+(?:of|for|at)\s+(?:the\s+)?[^,]{{0,40}}?,?\s*{pattern}|"
        rf"(?:the\s+)?(?P<role2>[a-z]+(?:\s+[a-z]+)?)\s+(?:of|for|at)\s+(?:the\s+)?{pattern}"
    )


def _learn_titles(text: str, voice: str, titles: dict[str, str]) -> None:
    """Remember who "the governor" or "the fire chief" is for later sentences."""
    if voice not in text:
        return
    for m in _title_re(voice).finditer(text):
        role = (m.group("role") or m.group("role2") or "").lower()
        for key in (role, role.split()[-1] if role else ""):
            if key and key not in ("the", "a"):
                titles.setdefault(key, voice)
        words = voice.split()
        if len(words) > 1 and role:
            # "the chief of the Korvali Fire Brigade" is also "the fire chief".
            titles.setdefault(f"{words[-2].lower()} {role.split()[-1]}", voice)


def _resolve(name: str, history: list[str], previous: Attribution | None) -> str:
    """Map "it", "the statement" and "the ministry" to the voice they continue."""
    if re.match(r"^(?:our|my)\s", name, re.IGNORECASE):
        return history[0]  # "our monitors", "our field team": the author speaking
    if _PRONOUN.match(name):
        if previous is not None and previous.explicit:
            return previous.voice
        return history[-1]
    m = _ANAPHOR.match(name)
    if not m:
        return name
    head = m.group("head").lower()
    if head in _DOC_HEADS:
        return previous.voice if previous is not None and previous.explicit else history[-1]
    for earlier in reversed(history):
        if head in normalise_name(earlier).split() or head in earlier.lower().split():
            return earlier
    if head in _CLASS_HEADS:
        # "the company", "the group": the latest organisation named, else the author.
        for earlier in reversed(history):
            last = normalise_name(earlier).split()[-1:] or [""]
            if not _PEOPLE.match(last[0]) and earlier[:1].isupper():
                return earlier
    return name


# ---------------------------------------------------------------------------
# Voices: many names, one source


@dataclass(frozen=True, slots=True)
class Voices:
    """The sources of a case and the source id of every name used for them."""

    sources: tuple[Source, ...]
    ids: tuple[tuple[str, str], ...]  # merge key -> source id
    by_key: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    names: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Looked up once per statement: dictionaries, built once.
        self.by_key.update(self.ids)
        self.names.update((s.id, s.name) for s in self.sources)

    def id_of(self, name: str, aliases: AliasTable) -> str | None:
        return self.by_key.get(aliases.key(name))

    def name_of(self, source_id: str) -> str:
        return self.names[source_id]


def merge_voices(names: list[tuple[str, str, bool]], aliases: AliasTable) -> Voices:
    """Merge the names voices are given, in order of first use, into sources.

    ``names`` holds (document id, name as written, declared by the case). Names merge when
    they normalise alike ("Mali's military" / "the Malian armed forces"), when the lexicon or
    the case says they are aliases, or when a shorter name ("the Foreign Ministry") fits
    exactly one longer one ("French Foreign Ministry") with the same head word.
    """
    order: list[str] = []
    surfaces: dict[str, list[str]] = {}
    declared: dict[str, str] = {}
    documents: dict[str, list[str]] = {}
    for doc, name, is_declared in names:
        key = aliases.key(name) or normalise_name(name) or name.lower()
        if key not in surfaces:
            order.append(key)
            surfaces[key] = []
            documents[key] = []
        surfaces[key].append(name)
        if doc not in documents[key]:
            documents[key].append(doc)
        if is_declared:
            declared.setdefault(key, name)
    parent = {k: k for k in order}
    for k in order:
        tokens = set(k.split())
        if not tokens:
            continue
        head = k.split()[-1]
        wider = [o for o in order if o != k and tokens < set(o.split()) and o.split()[-1] == head]
        # "health ministry" < "gaza health ministry" < "hamas-run gaza health ministry" is one
        # chain, not a choice: take the narrowest; two unrelated wider names are a choice.
        wider.sort(key=lambda o: len(o.split()))
        if wider and all(set(wider[i].split()) < set(wider[i + 1].split()) for i in range(len(wider) - 1)):
            parent[k] = wider[0]
    for k in order:  # follow chains so every key points at its final source
        seen = {k}
        while parent[parent[k]] != parent[k] and parent[k] not in seen:
            seen.add(parent[k])
            parent[k] = parent[parent[k]]
    roots = [k for k in order if parent[k] == k]
    members = {r: [k for k in order if parent[k] == r] for r in roots}
    root_order = sorted(roots, key=lambda r: min(order.index(k) for k in members[r]))
    sources, ids = [], []
    for i, root in enumerate(root_order, 1):
        sid = f"s{i}"
        keys = members[root]
        all_names = [n for k in keys for n in surfaces[k]]
        name = _display_name(keys, all_names, declared, aliases)
        alias_list = sorted({_strip_det(n) for n in all_names} - {name})
        docs = []
        for k in keys:
            docs.extend(d for d in documents[k] if d not in docs)
        sources.append(
            Source(
                id=sid, name=name, aliases=tuple(alias_list), documents=tuple(sorted(docs, key=_doc_order))
            )
        )
        ids.extend((k, sid) for k in keys)
    return Voices(tuple(sources), tuple(sorted(ids)))


def _doc_order(doc_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in doc_id if ch.isdigit())
    return (int(digits) if digits else 0, doc_id)


def _strip_det(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)


def _display_name(keys: list[str], names: list[str], declared: dict[str, str], aliases: AliasTable) -> str:
    for k in keys:
        if k in declared:
            return declared[k]
    for n in names:
        canon = aliases.canonical(n)
        if canon:
            return canon
    counts: dict[str, int] = {}
    for n in names:
        s = _strip_det(n)
        counts[s] = counts.get(s, 0) + 1
    return sorted(counts, key=lambda s: (-counts[s], -len(s), s))[0]
