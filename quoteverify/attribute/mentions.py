"""Noun phrases that name a speaker: a name, a role with a name, a role, a pronoun.

Read from plain tokens with the lexicons, no parser: in German news the
speaker phrase next to a cue is short and regular (der russische Staatschef
Wladimir Putin; die Ministerin; er; ein Sprecher der Polizei).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quoteverify import lexicon
from quoteverify.attribute.tagging import abstract_noun, common_noun, lemma_and_tag

# a full stop inside a word (z.B., U.S.A.) but not before a capitalised word: a
# sentence whose space was lost (sagte Müller.Danach) is two tokens and a stop; a decimal
# comma (1,2 Milliarden) stays inside its number
TOKEN_RE = re.compile(
    r"[^\W_](?:(?:[\w’'-]|\.(?![A-ZÄÖÜ][a-zäöüß])|(?<=\d),(?=\d))*[^\W_])?|[^\w\s]", re.UNICODE
)

DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen dessen deren "
    "sein seine seiner ihr ihre ihrer".split()
)
PRONOUNS = {"er": "m", "sie": "f"}
# demonstratives standing alone point back to someone just named: „…“, so letztere /
# sagte dieser; the gender of the singular reading (diese, jene may be plural)
DEMONSTRATIVE_PRONOUNS = {
    "dieser": "m", "diese": "f", "jener": "m", "jene": "f", "letzterer": "m", "letztere": "f",
}
_STOP_CAPS = frozenset(
    "Am Im In Auf Bei Nach Vor Mit Von Für Zu Zum Zur Über Unter Seit Während Wegen Laut "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Ende Anfang Mitte Dann Dazu "
    "Auch Doch Aber Und Oder Es Das Dies Diese Dieser Man Wir Ich Sie Er Zudem Zugleich "
    "An Aus Beim Gegen Ohne Um Durch Hinter Neben Zwischen Ab Bis Statt Außer Innerhalb "
    "Außerdem Später Zuvor Danach Damals Heute Gestern Morgen Hier Dort Nun Jetzt Deshalb "
    "Trotzdem Allerdings Bereits Schon Noch Immer Wie So Als Wenn Weil Dass Ob Obwohl Selbst "
    "Damit Nachdem Während Denn Daher Dabei Darin Darauf Hierzu Zwar Jedoch Insbesondere "
    "Zudem Ebenfalls Erneut Weiter Weiterhin Sowohl Entweder Gegenüber Angesichts Trotz "
    "Diesen Diesem Jeder Jede Alle Viele Einige Mehrere Beide".split()
)
_NOT_ADJECTIVES = frozenset(
    "kein keine keinen keinem keiner keines alle allen viele vielen einige einigen mehrere "
    "beide beiden andere anderen weitere weiteren".split()
)
# possessive determiners and the pronoun gender they point to (Seine Meinung, Ihrer Ansicht nach)
POSSESSIVES = {"sein": "m", "seine": "m", "seiner": "m", "ihr": "f", "ihre": "f", "ihrer": "f"}
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}$")
_GROUP_QUANTIFIERS = frozenset("einige mehrere viele manche zahlreiche andere wenige etliche".split())
_AFTER_ARTICLE = frozenset("beiden anderen weiteren vielen".split())
_AGE_NOUN = re.compile(r"^\d+-[Jj]ährige[rn]?$")
_SPOKESPERSON = re.compile(r"^(?:Sprecher|Sprecherin|Vertreter|Vertreterin|Sprecherinnen)$")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | role | pronoun | institution
    name: str | None  # the personal name inside, if any (Wladimir Putin)
    role: str | None  # the role noun inside, if any (Staatschef)
    gender: str | None
    determiner: str | None = None  # the article it began with (der, die, ein …), lower case
    # a relative pronoun (X, der sagte): the phrase it stands for, who is resolved
    antecedent: Mention | None = None


_ACADEMIC_TITLES = frozenset("Dr Prof Dipl Ing Mag".split())


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


def is_role(word: str) -> bool:
    return lexicon.role_noun(word) is not None


def role_gender(word: str) -> str | None:
    r = lexicon.role_noun(word)
    return r.gender if r and r.gender in ("m", "f") else None


# finite verbs ending like an inflected adjective, which the tagger cannot tell alone
_VERB_FORMS_IN_E = frozenset("habe werde sei könne müsse dürfe solle wolle möge hätte wäre würde".split())


def read_mention(text: str, toks: list[tuple[int, int, str]], i: int) -> Mention | None:
    """The speaker phrase starting at token ``i``, or None."""
    if i >= len(toks):
        return None
    s, e, w = toks[i]
    low = w.lower()
    if low in PRONOUNS:
        return Mention(s, e, w, "pronoun", None, None, PRONOUNS[low])
    if low == "des" and i + 1 < len(toks) and toks[i + 1][2] in ("Weiteren", "Öfteren", "Ferneren"):
        return None  # des Weiteren, des Öfteren: an adverb, not a genitive
    if low in DEMONSTRATIVE_PRONOUNS and _stands_alone(toks, i):
        return Mention(s, e, w, "pronoun", None, None, DEMONSTRATIVE_PRONOUNS[low])
    if w in ("Von", "Van") and i + 2 < len(toks) and toks[i + 1][2] in ("der", "den") \
            and _surname_after_particle(toks[i + 2][2]):
        # Von der Leyen sagte: a surname with its particle opening the sentence
        e = toks[i + 2][1]
        return Mention(s, e, text[s:e], "name", text[s:e], None, None)
    if w == "Zu" and i + 1 < len(toks) and _surname_after_particle(toks[i + 1][2]) \
            and f" zu {toks[i + 1][2]}" in text:
        # Zu Guttenberg hatte eingeräumt: the particle of a name the text gives in full before
        e = toks[i + 1][1]
        return Mention(s, e, text[s:e], "name", "zu " + toks[i + 1][2], None, None)
    if low in _GROUP_QUANTIFIERS and not (i > 0 and toks[i - 1][2].lower() in ("so", "wie", "zu")):
        # Einige Fans, Viele Anwohner, Andere: a group the text does not name; the phrase
        # is the mention, no one speaks for it
        noun = i + 1 < len(toks) and toks[i + 1][2][:1].isupper()
        group = read_mention(text, toks, i + 1) if noun else None
        if not noun and re.match(r"\s+[A-ZÄÖÜ]", text[e:]):
            return None  # Mehrere | Anfragen: the caller cut the phrase before its noun
        end = group.end if group is not None and group.start == toks[i + 1][0] else e
        return Mention(s, end, text[s:end], "document", None, text[s:end], None)
    j = i
    start = s
    if low in DETERMINERS or i == 0 and opening_adjective(toks):
        j += 1  # der …; Politischen Beobachtern zufolge: an adjective capitalised as the first word
    # adjectives and participles in lower case: der russische, die scheidende
    while j < len(toks) and (toks[j][2][:1].islower() or toks[j][2][:1].isdigit()):
        adj = toks[j][2]
        if _AGE_NOUN.match(adj):
            break
        if adj.lower() in _AFTER_ARTICLE and j > i and low in DETERMINERS:
            j += 1  # die beiden Stadträte, die anderen Anwohner: a quantifier after the article
            continue
        if adj.lower() in DETERMINERS or adj.lower() in _NOT_ADJECTIVES:
            return None
        if j == i and (adj in _VERB_FORMS_IN_E or lemma_and_tag(adj)[1].startswith("V")):
            return None  # habe Celebi, kritisierte Rajoy: a verb, not an adjective opening the phrase
        # die staatlich kontrollierten Medien: an adverb before an inflected adjective
        adverb = j > i and low in DETERMINERS and j + 1 < len(toks) and toks[j + 1][2][:1].islower() \
            and re.search(r"(?:e|en|er|es|em)$", toks[j + 1][2]) is not None \
            and lemma_and_tag(adj)[1] in ("ADJ(D)", "ADV", "PTKNEG")
        if not re.search(r"(?:e|en|er|es|em)$", adj) and not (adj.isdigit() and j > i) and not adverb:
            return None  # der 13 beteiligten Feuerwehrleute: a number after the article stays
        j += 1
    role = None
    names: list[tuple[int, int, str]] = []
    named_for = 0  # where the noun after *für* in a body's name ends
    k = j
    while k < len(toks):
        tw = toks[k][2]
        if _AGE_NOUN.match(tw) and role is None and not names:
            role = tw
            k += 1
            continue
        if tw in ("Van", "De") and names and k + 2 < len(toks) and toks[k + 1][2] in ("der", "den") \
                and toks[k + 2][2][:1].isupper() and not lexicon.is_institution(toks[k + 2][2]):
            k += 2  # Alexander Van der Bellen: the particle capitalised inside the name
            continue
        if names and len(tw) == 1 and tw.isupper() and k + 2 < len(toks) and toks[k + 1][2] == "." \
                and toks[k + 2][2][:1].isupper() and toks[k + 2][2].isalpha():
            names.append(toks[k + 1])  # Matthias W. Beckmann: an initial inside the name
            k += 2
            continue
        if tw in _ACADEMIC_TITLES and k + 2 < len(toks) and toks[k + 1][2] == "." and (
            toks[k + 2][2][:1].isupper()
        ):
            k += 2  # Forscher Prof. Dr. Anna Kern: titles stand inside the phrase, not in the name
            continue
        # sein Gegenüber, das Aus: after an article a stop word is a noun
        noun_after_article = k == j and low in DETERMINERS and tw.isalpha()
        if tw[:1].isupper() and (tw not in _STOP_CAPS or noun_after_article) and _name_word(tw) \
                or "-" in tw and tw[:1].isupper():
            stop_noun_role = noun_after_article and tw in _STOP_CAPS and k + 1 < len(toks) \
                and toks[k + 1][2] in lexicon.first_names()  # sein Gegenüber Ralf Kuhnert
            if role is None and not names and (is_role(tw) or stop_noun_role or _unlisted_role(toks, k)):
                role = tw
            elif role is not None and _AGE_NOUN.match(role) and not names and common_noun(tw) \
                    and not lexicon.is_institution(tw):
                role = tw  # der 29-jährige Verteidiger: the age describes, the noun is the role
            elif role is None and names and all(n[2].endswith("s") for n in names) \
                    and (is_role(tw) or _unlisted_role(toks, k)):
                # Hasselbrücks Bürgermeister Jens Thielemann, Kellers Teamkollegin Lena Hart: a
                # genitive, then the role
                names, role, start = [], tw, toks[k][0]
            elif role is None and len(names) == 1 and place_adjective(names[0][2]) \
                    and (is_role(tw) or _unlisted_role(toks, k)):
                # der Münchner Oberbürgermeister Dieter Reiter: a place adjective, then the role
                names, role = [], tw
            elif role is None and len(names) == 1 and _title_adjective(names[0][2]) and is_role(tw) \
                    and low in DETERMINERS:
                # der Ärztliche Direktor, der Grüne Wohnbausprecher: an adjective of the title
                names, role = [], tw
            elif role is not None and not names and _title_adjective(role) and is_role(tw) \
                    and k + 1 < len(toks) and toks[k + 1][2][:1].isupper():
                role = tw  # der Vorsitzende Richter Bernd Aschauer: the noun after the adjective
            else:
                names.append(toks[k])
            k += 1
            continue
        if (tw == "für" and not named_for and names and body_head(names[-1][2])
                or tw == "und" and named_for == toks[k - 1][1]) and role is None \
                and k + 1 < len(toks) and not _for_verb(toks, i):
            # das Bundesamt für Strahlenschutz, das Ministerium für Umwelt und Verkehr, das
            # Departement für auswärtige Angelegenheiten (an adjective before the field)
            field = k + 1
            adjective = toks[field][2][:1].islower() and toks[field][2].endswith(("e", "en"))
            if adjective and field + 1 < len(toks):
                field += 1
            if toks[field][2][:1].isupper():
                names.extend(toks[k + 1 : field + 1])
                k = field
                named_for = toks[k][1]
                k += 1
                continue
        if tw == "der" and not named_for and len(names) == 1 and role is None and body_head(names[0][2]) \
                and k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and common_noun(toks[k + 1][2]):
            # der Landesverband der Hausärzte, der Bund der Steuerzahler: the members name the body
            k += 1
            named_for = toks[k][1]
            names.append(toks[k])
            k += 1
            continue
        if tw == "zu" and k + 1 < len(toks) and common_noun(toks[k + 1][2]):
            break  # Peer Steinbrück zu Beginn der Debatte: a preposition, not zu Guttenberg
        if tw == "&" and names and k + 1 < len(toks) and toks[k + 1][2][:1].isupper():
            k += 1  # Haus & Grund, Hölscher & Söhne: one name
            continue
        if tw == "-" or tw in ("von", "van", "de", "zu") and names and _given_names(names):
            k += 1
            if tw in ("von", "van") and k + 1 < len(toks) and toks[k][2] in ("der", "den") \
                    and toks[k + 1][2][:1].isupper() and not lexicon.is_institution(toks[k + 1][2]):
                k += 1  # Ursula von der Leyen, Alexander Van der Bellen
            continue
        if role is None and len(names) == 1 and names[0][2].endswith("s") and re.fullmatch(
                r"[a-zäöüß]+(?:e|er|en)", tw) and k + 1 < len(toks) and is_role(toks[k + 1][2]):
            # Mannheims oberster Bürgermeister Peter Kurz: a genitive, an adjective, the role
            names, role = [], toks[k + 1][2]
            k += 2
            continue
        break
    while k > j and toks[k - 1][2] in ("von", "van", "de", "zu", "-", "der", "den"):
        k -= 1  # Anna Berg von der Polizei: the particle belongs to what follows
    given = lexicon.first_names()
    if role is None and len(names) >= 3 and names[0][2] not in given and names[1][2] in given \
            and not names[0][2].endswith("s"):
        # Jungbauer Tim Seufert: a role noun no list knows (Vorstand, Aufsichtsrat Tim Seufert:
        # a body's member)
        role, names = names[0][2], names[1:]
    if k == j:
        return None
    titled = _name_in_marks(text, toks, k) if role is None and len(names) == 1 else None
    if titled is not None and _names_a_body(names[0][2]):
        # der Verein „Freie Sicht Hornberg“, das Magazin „Der Kompass“: the name in marks is the
        # body's name, its kind the role
        a, b = titled
        return Mention(start, toks[b][1], text[start : toks[b][1]], "institution",
                       " ".join(text[toks[a][0] : toks[b - 1][1]].split()), names[0][2], None,
                       low if low in DETERMINERS else None)
    if role is None and len(names) == 1 and low in POSSESSIVES and said_or_thought(names[0][2]):
        # Seine Meinung dazu: „…“ — his words: the possessive names the speaker like er/sie
        e = names[0][1]
        return Mention(s, e, text[s:e], "pronoun", None, None, POSSESSIVES[low])
    if role is None and len(names) == 1 and k + 1 < len(toks) and toks[k][2] in ("von", "vom") \
            and said_or_thought(names[0][2]):
        # die Kernaussage von Jana Holt, einer Meldung von Xinhua: the words are the owner's
        owner = read_mention(text, toks, k + 1)
        if owner is not None and owner.kind != "pronoun" and (owner.name or owner.role):
            return Mention(start, owner.end, text[start : owner.end], "document",
                           owner.name or owner.role, names[0][2], None,
                           low if low in DETERMINERS else None)
    end = toks[k - 1][1] if not names or names[-1][1] >= toks[k - 1][1] else toks[k - 1][1]
    if role is not None and _SPOKESPERSON.match(role) and k + 1 < len(toks) \
            and toks[k][2] in ("der", "des", "von", "vom"):
        # ein Sprecher der Polizei, ein Sprecher von Velox: the institution speaks
        inst = read_mention(text, toks, k + (toks[k][2] in ("von", "vom")))
        # ein Sprecher des Unternehmens: read_mention gives the body in its base form
        after_inst = next((x for x in range(k, len(toks)) if toks[x][0] >= inst.end), len(toks)) \
            if inst is not None else k
        appositive = _name_in_apposition(toks, after_inst) if inst is not None else []
        if appositive:
            # die Sprecherin der Fraktion, Anna Kern, …: the person is named, she speaks
            name = " ".join(text[appositive[0][0] : appositive[-1][1]].split())
            end = appositive[-1][1]
            return Mention(start, end, text[start:end], "name", name, role, role_gender(role),
                           low if low in DETERMINERS else None)
        if inst is not None:
            return Mention(start, inst.end, text[start : inst.end], "institution",
                           inst.name or inst.role, role, None, low if low in DETERMINERS else None)
    if role is not None and len(names) == 1 and names[0][2].endswith("s") and k - j == 2:
        names = []  # Präsident Belloniens: a genitive, not a name
    if role is None and len(names) == 1 and _name_in_apposition(toks, k) \
            and common_noun(names[0][2]) and not lexicon.is_institution(names[0][2]):
        role, names = names[0][2], []  # Der Doktorvater zu Berghofens, Paul Kessel, …
    if role is not None and not names:
        # die Sprecherin der Fraktion, Anna Kern / der Chef des Verwaltungsrats Ulrich Berg
        appositive = _name_in_apposition(toks, k) or _name_after_complement(toks, k)
        if appositive:
            names = appositive
            end = names[-1][1]
    if len(names) >= 2 and names[0][2] in given and len(names[-1][2]) == 1 \
            and names[-1][2].isupper() and k < len(toks) and toks[k][2] == "." and toks[k][0] == names[-1][1]:
        names[-1] = (names[-1][0], toks[k][1], names[-1][2] + ".")  # Jörg B.: the surname cut short
        end = max(end, toks[k][1])
    if role is not None and names and names[-1][2] in _LEGAL_FORMS and lexicon.role_noun(role) is None \
            and not kind_of_body(role) and text.find(role, start, names[0][0]) >= 0:
        # die Nordfisch Feinkost GmbH: a word before a company's legal form is its name, no role
        role_at = text.find(role, start, names[0][0])
        names = [(role_at, role_at + len(role), role), *names]
        role = None
    # Ursula von der Leyen: the particles between the name words belong to the name
    name = " ".join(text[names[0][0] : names[-1][1]].split()) if names else None
    gender = role_gender(role) if role and not _AGE_NOUN.match(role) else None
    if gender is None and low in ("der", "die"):
        gender = "m" if low == "der" else "f"
    kind = "name" if name else "role"
    if name and role is None and len(names) == 1 and (_institution(name) or _ACRONYM.match(name)):
        kind = "institution"  # die Polizei, das Ministerium, der BGH: a body, not a person
    elif name and role is None and len(names) > 1 and names[0][2] not in lexicon.first_names() and (
            _institution(names[0][2]) or lexicon.is_institution(names[-1][2]) or named_for):
        kind = "institution"  # die Firma Euryza, die Berliner Polizei: a body with its name
    m_start = toks[j][0] if name and role is None and low in DETERMINERS else start
    if name and role is not None:
        m_start = text.find(role, start, end)
    det = low if low in DETERMINERS else None
    if name and role is not None and kind_of_body(role):
        kind = "institution"  # der Klinikbetreiber Sana: a body, by its name
    elif name and role is None and len(names) > 1 and kind_of_body(names[0][2]) and not named_for:
        # die Gewerkschaft Verdi, der Autozulieferer Hallberg Antriebstechnik: the name after
        # the kind of body is the body's name, the kind is kept as its role
        kind, role = "institution", names[0][2]
        name = " ".join(text[names[1][0] : names[-1][1]].split())
    if name and role is None:
        name = base_form(name)
    return Mention(m_start, end, text[m_start:end], kind, name, role, gender, det)


_OPENING_MARKS = {"„": "“", "»": "«", "«": "»", '"': '"', "‚": "‘"}
# the legal form closing a company's name (die Nordfisch Feinkost GmbH)
_LEGAL_FORMS = frozenset("GmbH AG SE KG KGaA mbH OHG eG Inc Ltd".split())


def _name_in_marks(text: str, toks: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """A capitalised name of up to six words in quotation marks at token ``k``: the indexes
    of its first word and of the closing mark."""
    if k + 2 >= len(toks) or toks[k][2] not in _OPENING_MARKS or not toks[k + 1][2][:1].isupper():
        return None
    close = _OPENING_MARKS[toks[k][2]]
    end = next((x for x in range(k + 2, min(k + 8, len(toks))) if toks[x][2] == close), None)
    return (k + 1, end) if end is not None else None


def _names_a_body(noun: str) -> bool:
    """Verein, Initiative, Magazin, Gewerkschaft: a noun whose name may follow in marks."""
    return kind_of_body(noun) or lexicon.is_institution(noun) or noun.lower().endswith(_NAMED_IN_MARKS)


_NAMED_IN_MARKS = ("netzwerk", "bewegung", "magazin")  # (Verein, Initiative, Zeitung: bodies already)


@lru_cache(maxsize=4096)
def kind_of_body(noun: str) -> bool:
    """Autozulieferer, Chemiekonzern, Fluggesellschaft: a noun for a kind of body (or a
    compound ending in one), which the name after it names."""
    low = noun.lower()
    forms = (low, low[:-1], low[:-2]) if low.endswith("s") else (low,)  # des Konzerns, des Unternehmens
    kinds = lexicon.body_types()
    return any(w == kind or len(kind) >= 6 and w.endswith(kind) for w in forms for kind in kinds)


def base_form(name: str) -> str:
    """des Auswärtigen Amtes -> Auswärtige Amt, dem Deutschen Wetterdienst -> Deutsche
    Wetterdienst: a body named in the genitive or dative, as after der/die/das, so that
    every mention of it finds the same body. Plurals (Vereinte Nationen) keep theirs."""
    for link in (" für ", " der "):  # des Bundesamts für Strahlenschutz: the head is inflected
        if link in name:
            head_name, _, rest = name.partition(link)
            return f"{base_form(head_name)}{link}{rest}"
    *head, last = name.split()
    if len(head) == 1 and head[0].endswith("s") and not last.endswith("s"):
        lemma = lemma_and_tag(head[0])[0]
        if head[0] in (lemma + "s", lemma + "es") and lexicon.is_institution(lemma):
            return f"{lemma} {last}"  # des Polizeipräsidiums Nordwest: the body before its place
    if not last.endswith("s") and not any(w.endswith("en") for w in head):
        return name  # nothing inflected to undo (die Polizei, Anna Kern)
    prefix, _, tail = last.rpartition("-")  # Anti-Doping-Agentur: the last part inflects
    if not common_noun(tail):
        return name  # a surname (Hans Weiss) is never inflected
    lemma, _ = lemma_and_tag(tail)
    if tail != lemma:
        if tail not in (lemma + "es", lemma + "s"):
            return name  # der Vereinten Nationen: a plural
        last = f"{prefix}-{lemma}" if prefix else lemma
    # Statistischen -> Statistische (the tagger reads a capitalised adjective as NNA)
    head = [w[:-1] if w.endswith("en") and lemma_and_tag(w)[1].startswith(("ADJ", "NNA")) else w
            for w in head]
    return " ".join([*head, last])


def name_on_its_own(name: str) -> str:
    """Deutsche Wetterdienst -> Deutscher Wetterdienst, Auswärtige Amt -> Auswärtiges Amt: a
    body's name as read after der/das (base_form), written as a name without its article.
    Only a masculine or neuter head (body_head_genders.tsv) changes the adjectives before it."""
    head_name, link, rest = name.partition(" für ")
    words = head_name.split()
    k = 0
    while k < len(words) - 1 and words[k][:1].isupper() and words[k].endswith("e") and words[k].isalpha():
        k += 1  # Deutsche, Rote: adjectives before the head
    if k == 0 or k != len(words) - 1:
        return name
    head = words[k].rpartition("-")[2].lower()
    gender = next((g for ending, g in lexicon.body_head_genders() if head.endswith(ending)), None)
    if gender is None:
        return name
    ending = "r" if gender == "m" else "s"
    return " ".join([*(w + ending for w in words[:k]), words[k]]) + link + rest


def _unlisted_role(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Mafiajäger Salvatore Boemi, Punklady Nina Hagen, der Deutsche Tom Weller: a noun for
    a person right before a name is a role the lexicon does not list, not part of the name."""
    word = toks[k][2]
    if k + 1 >= len(toks) or word in lexicon.first_names():
        return False
    nxt = toks[k + 1][2]
    if not (nxt[:1].isupper() and nxt.isalpha() and nxt not in _STOP_CAPS):
        return False  # checked first: the tagger is asked only about a word before a name
    given = nxt in lexicon.first_names()
    if lemma_and_tag(word)[1] == "NNA" and (given or lemma_and_tag(nxt)[1] == "NE"):
        return True  # der Deutsche Tom Weller, die Angeklagte Mara Koch: an adjective as a noun
    if not common_noun(word) or _institution(word) or abstract_noun(word):
        return False  # (des Amtsgerichts Hannover: a body before its place)
    if common_noun(nxt) and not given or lexicon.is_institution(nxt):
        return False
    after = toks[k + 2][2] if k + 2 < len(toks) else ""
    # der Oberrabbiner Israels: a genitive complement, not the name of the one holding the role
    return not (nxt.endswith("s") and not given and not after[:1].isupper())


def _institution(word: str) -> bool:
    """Amtsgericht, des Amtsgerichts: a noun for a body, also in the genitive."""
    if lexicon.is_institution(word):
        return True
    return word.endswith("s") and lexicon.is_institution(lemma_and_tag(word)[0])


def _given_names(names: list[tuple[int, int, str]]) -> bool:
    """Ursula von der Leyen, Karl-Theodor zu Guttenberg: a particle after given names
    belongs to the name; after a surname it opens a phrase (Peer Brandt zu Beginn,
    Jana Holt von der Bank)."""
    given = lexicon.first_names()
    return all(n[2] in given or all(part in given for part in n[2].split("-")) for n in names)


@lru_cache(maxsize=4096)
def said_or_thought(word: str) -> bool:
    """Kernaussage, Meldung, Sichtweise: a noun for words or views, which have an owner."""
    low = word.lower()
    return low in lexicon.speech_nouns() or any(low.endswith(n) for n in lexicon.speech_nouns()
                                                if len(n) >= 5)


def _stands_alone(toks: list[tuple[int, int, str]], i: int) -> bool:
    """so letztere. / sagte dieser am Montag: no noun or adjective follows (dieser Arzt,
    diese neue Regel are determiners)."""
    if i + 1 >= len(toks):
        return True
    nxt = toks[i + 1][2]
    if nxt[:1].isupper() or nxt[:1].isdigit():
        return False
    return not (nxt[:1].islower() and re.fullmatch(r"[a-zäöüß-]+(?:e|en|er|es|em)", nxt)
                and i + 2 < len(toks) and toks[i + 2][2][:1].isupper())


def _name_in_apposition(toks: list[tuple[int, int, str]], k: int) -> list[tuple[int, int, str]]:
    """Die Gemeindepräsidentin von Unterlauffen, Monika Brändli, …: the name after the comma."""
    i = _complement_end(toks, k)
    if i + 2 >= len(toks) or toks[i][2] != ",":
        return []
    run = []
    j = i + 1
    article = j < len(toks) and toks[j][2] in ("der", "die")
    if article:  # Sein Verteidiger, der Zürcher Anwalt Reto Gisler, …: a role phrase, then the name
        j += 1
        while j < len(toks) and re.fullmatch(r"[\da-zäöüß-]+(?:e|en)", toks[j][2]):
            j += 1  # der bekannte Anwalt, die 47-jährige Krankenschwester
    while j < len(toks) and toks[j][2][:1].isupper() and _name_word(toks[j][2]) \
            and toks[j][2] not in _STOP_CAPS:
        run.append(toks[j])
        j += 1
    # the name closes the apposition: a comma or bracket, or the end of the sentence
    closed = j == len(toks) or toks[j][2] in (",", "(", ".", "!", "?")
    if len(run) >= 2 and closed and not article and not is_role(run[0][2]):
        return run
    given = lexicon.first_names()
    title = next((r for r, t in enumerate(run[:3]) if is_role(t[2])), None)
    if closed and title is not None and len(run) - title >= 3 and run[title + 1][2] in given:
        return run[title + 1 :]  # Der Verteidiger, Rechtsanwalt Kai Moll, …: the name after the title
    if closed and article and title is None and len(run) >= 3 and run[1][2] in given:
        return run[1:]  # Eine Anwohnerin, die Krankenschwester Petra Olschewski, …: an unlisted role
    return []


_COMPLEMENT_PREPOSITIONS = frozenset("von vom aus in im zu zur zum beim bei für am an auf".split())


def _complement_end(toks: list[tuple[int, int, str]], k: int) -> int:
    """die innenpolitische Sprecherin *der Fraktion der SPD im Deutschen Bundestag*, Anna Kern:
    past the genitives and prepositional phrases that complete a role (at most ten words,
    no verb among them); ``k`` itself when none follows."""
    if k >= len(toks) or toks[k][2] not in _COMPLEMENT_PREPOSITIONS and toks[k][2] not in DETERMINERS \
            and toks[k][2] != "und":
        return k
    i = k
    while i < len(toks) and i - k < 10:
        w = toks[i][2]
        if w in _COMPLEMENT_PREPOSITIONS or w in DETERMINERS or w == "und":
            i += 1
        elif w in lexicon.first_names() and i + 1 < len(toks) and toks[i + 1][2][:1].isupper():
            break  # des Haushaltsausschusses *Alain Lamotte*: the name the complement leads to
        elif w[:1].isupper() and (w.replace("-", "").replace(".", "").isalpha()) and w not in _STOP_CAPS:
            i += 1
        elif w == "(" and i + 2 < len(toks) and toks[i + 2][2] == ")":
            i += 3  # der Afrikanischen Union (AU)
        elif re.fullmatch(r"[a-zäöüß-]+(?:e|en|er|es|em)", w) and i + 1 < len(toks) \
                and toks[i + 1][2][:1].isupper() and w not in lexicon.speech_verb_candidates():
            i += 1  # im *Deutschen* Bundestag, der *russischen* Regierung
        else:
            break
    return i


def _name_after_complement(toks: list[tuple[int, int, str]], k: int) -> list[tuple[int, int, str]]:
    """der Vorsitzende des Haushaltsausschusses Alain Lamotte: a listed given name and a
    surname right after the role's complement name the one holding the role."""
    i = _complement_end(toks, k)
    if i == k or i + 1 >= len(toks) or toks[i][2] not in lexicon.first_names():
        return []
    run = []
    while i < len(toks) and toks[i][2][:1].isupper() and _name_word(toks[i][2]) \
            and toks[i][2] not in _STOP_CAPS:
        run.append(toks[i])
        i += 1
    return run if len(run) >= 2 and not is_role(run[-1][2]) else []


def _for_verb(toks: list[tuple[int, int, str]], i: int) -> bool:
    """sorgte das Ministerium für Aufsehen: *für* belongs to the verb before the phrase."""
    return for_of_a_verb([t[2] for t in toks[max(0, i - 3) : i]])


def for_of_a_verb(words_before: list[str]) -> bool:
    """sorgte das Ministerium für …: a form of sorgen among the last three words before the
    body, so *für* after the body is the verb's, not part of the body's name."""
    return any(w.lower().startswith(("sorg", "gesorgt")) for w in words_before[-3:])


def body_head(word: str) -> bool:
    """Institut, Bundesamt, Landeszentrale: the head noun of a body whose name may go on
    with *für* (das Institut für Weltwirtschaft)."""
    return word.lower().endswith(_BODIES_FOR)


# heads of bodies whose name goes on with *für* (das Institut für Weltwirtschaft)
_BODIES_FOR = ("amt", "amts", "amtes", "zentrum", "zentrums", "zentrale", "anstalt", "institut",
               "instituts", "agentur", "ministerium", "ministeriums", "kommission", "behörde", "departement",
               "departements",
               "gesellschaft", "verband", "verbands", "verbandes", "stiftung", "bund", "bundes",
               "vereinigung")


def opening_adjective(toks: list[tuple[int, int, str]]) -> bool:
    """Ersten Angaben zufolge, Unabhängigen Experten zufolge: the first word of the sentence is an
    inflected adjective before a common noun, capitalised only by its place (not: Berliner
    Polizei, Vereinten Nationen, where the adjective belongs to a name)."""
    if len(toks) < 2:
        return False
    word, noun = toks[0][2], toks[1][2]
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)", word)) and not place_adjective(word) \
        and noun[:1].isupper() and common_noun(noun) and not lexicon.is_institution(noun) \
        and not body_head(noun) and lemma_and_tag(word.lower())[1] in ("ADJ(A)", "NNA")


def place_adjective(word: str) -> bool:
    """Münchner, Waldkirchener, Schweizer: the indeclinable adjective of a place, not a name."""
    return bool(_PLACE_ADJECTIVE.fullmatch(word)) and word not in lexicon.first_names() and not is_role(word)


_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")


def _title_adjective(word: str) -> bool:
    """Ärztliche, Technische, Vorsitzende, Grüne: an adjective written capitalised in a title."""
    return bool(_TITLE_ADJECTIVE.fullmatch(word)) or word in ("Grüne", "Grünen")


_TITLE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:lich|isch|ig|al|iv|ell|är|nd)(?:e|en)")


def _name_word(word: str) -> bool:
    """Lamotte, O’Leary, Chamene'i, Karl-Peter: letters, with an apostrophe or hyphen inside a name."""
    return all(part.isalpha() for part in word.replace("’", "").replace("'", "").split("-"))


def _surname_after_particle(word: str) -> bool:
    """Hollenkamp: a name (the tagger's NE), not a body or common noun (von der Polizei)."""
    return word[:1].isupper() and word.isalpha() and not common_noun(word) \
        and not lexicon.is_institution(word)


def bodies_in_plural(mention: Mention) -> bool:
    """Behörden, Hilfsorganisationen, Parteien: the plural of a noun for a body (its lemma is
    one, the word itself is not; a genitive in -s is singular: des Ministeriums)."""
    word = mention.name if mention.kind in ("name", "institution") and mention.role is None else None
    if not word or " " in word or word.endswith("s") or lexicon.is_institution(word):
        return False
    lemma = lemma_and_tag(word)[0]
    return lemma != word and lexicon.is_institution(lemma)
