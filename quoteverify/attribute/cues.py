"""Find the cue and the speaker phrase of a quote in the reporter's sentence.

German puts the finite verb second: the speaker is the first constituent
(Müller sagte: „…“) or stands right after the verb when something else comes
first (Dazu sagte der Minister: „…“ / „…“, sagte Müller). Only phrases that
can speak count: a pronoun, a name, a role, an institution.
"""

from __future__ import annotations

import dataclasses
import re

from quoteverify import lexicon
from quoteverify.attribute.documents import document_phrase
from quoteverify.attribute.mentions import DETERMINERS, Mention, read_mention
from quoteverify.attribute.tagging import common_noun, not_a_noun
from quoteverify.records import Span

Token = tuple[int, int, str]
Found = tuple[str, Span | None, Mention | None]

# adverbs and connectives that may stand between the verb and its subject,
# or before the subject at the start of the sentence
_SKIP = frozenset(
    "auch dazu weiter weiterhin zudem noch dann nun damals außerdem jedoch aber bereits heute "
    "gestern später zuvor ebenfalls erneut wiederum so etwa allerdings daraufhin indes unterdessen "
    "schließlich zuletzt abschließend und doch denn sogar nur bislang inzwischen mittlerweile "
    "zugleich gleichzeitig hingegen dagegen ferner darüber hinaus deshalb daher sich".split()
)


def is_speech_verb(word: str) -> bool:
    return word[:1].islower() and word.lower() in lexicon.speech_verb_forms()


_OBLIQUE = frozenset("den dem einen einem des eines dessen deren".split())
_DEMONSTRATIVES = {"dieser": "der", "diese": "die", "dieses": "das", "jener": "der", "jene": "die"}


def plausible(mention: Mention | None, text: str) -> bool:
    """Can this phrase be the speaking subject? Rejects objects and common nouns.

    German common nouns need an article; a bare capitalised word is a name.
    Articles in the accusative or dative (den, dem, einem) mark an object.
    """
    if mention is None:
        return False
    if mention.determiner in _OBLIQUE:
        return False
    if mention.kind in ("pronoun", "role", "institution") or mention.role is not None:
        return True
    parts = (mention.name or "").split()
    if mention.determiner is None:
        return bool(parts)
    return len(parts) >= 2 or (bool(parts) and lexicon.is_institution(parts[0]))


def plausible_speaker(text: str, mention: Mention) -> bool:
    """A phrase read elsewhere (reported clauses) that can speak: not an adjective
    opening a sentence (Betriebsbedingte Kündigungen sind …)."""
    if mention.kind == "name" and mention.determiner is None and mention.role is None:
        first = mention.text.split()[0]
        if not_a_noun(first) and not _used_as_surname(first, text):
            return False
    # nach Angaben des Ministeriums, laut dem Sprecher: sources stand in any case
    return True


def _given_name_first(m: Mention) -> bool:
    """Henk Jaap Meijer: a listed given name before more name words, or three
    name words in a row, is no adjective opening the sentence (Freie Wahlen)."""
    parts = (m.name or "").split()
    return len(parts) >= 3 or len(parts) == 2 and parts[0] in lexicon.first_names()


def _used_as_surname(word: str, text: str) -> bool:
    return bool(re.search(r"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine)\s)[A-ZÄÖÜ][a-zäöüß]+\s+"
                          + re.escape(word) + r"\b", text))


def subject_at(text: str, toks: list[Token], i: int, *, strict: bool = True) -> Mention | None:
    """The speaker phrase at token ``i``, skipping adverbs.

    ``strict`` demands a phrase that can speak anywhere (a name, role,
    pronoun, institution); next to the finite verb any noun phrase in the
    nominative is the subject (Die Passagiere berichteten, sagte der Student).
    """
    while i < len(toks) and (toks[i][2].lower() in _SKIP or toks[i][2] in ",;–—-()"):
        i += 1
    if i + 2 < len(toks) and toks[i][2].lower() in ("einer", "eine", "eines") \
            and toks[i + 1][2] in ("der", "des"):
        # Einer der beteiligten Feuerwehrmänner: one of a group
        group = read_mention(text, toks, i + 1)
        if group is not None:
            return Mention(toks[i][0], group.end, text[toks[i][0] : group.end], "role", None,
                           group.role or group.name, None, "ein")
    if i + 1 < len(toks) and toks[i][2].lower() in _DEMONSTRATIVES and toks[i + 1][2][:1].isupper():
        # Dieser Arzt, Antonio Noja, …: a demonstrative like an article
        m = read_mention(text, toks, i + 1)
        if m is not None and m.kind != "pronoun":
            return dataclasses.replace(m, start=toks[i][0], text=text[toks[i][0] : m.end],
                                       determiner=_DEMONSTRATIVES[toks[i][2].lower()])
    m = read_mention(text, toks, i)
    if m is None and not strict:
        m = _extended_attribute(text, toks, i)  # Die das Unglück überlebende Anna Kern
    if m is None or m.determiner in _OBLIQUE and m.determiner not in ("dessen", "deren"):
        return None  # dessen Stellvertreter: a possessor before a subject
    first = toks[i][2] if i < len(toks) else ""
    if m.kind == "name" and m.determiner is None and m.role is None and not_a_noun(first) \
            and not _given_name_first(m):
        # Offenbar, Ähnlich, Warum: capitalised at the sentence start only;
        # unless the article uses the word as a surname (Theo Zwanziger)
        if not _used_as_surname(first, text):
            return None
    return m if not strict or plausible(m, text) else None



def _next_token_at(toks: list[Token], pos: int) -> int:
    return next((k for k, t in enumerate(toks) if t[0] >= pos), len(toks))


def cue_after(text: str, toks: list[Token]) -> Found | None:
    """„…“, sagte X / „…“, so X / „…“, teilte X mit / „…“ (sagte X)."""
    i = verb_complex_end(toks)  # „…“ sei, sagte X: the verbs closing the clause, then the cue
    while i < len(toks) and toks[i][2] in (",", "(", "–", "—", "-"):
        i += 1
    if i >= len(toks):
        return None
    s, e, w = toks[i]
    if w.lower() == "laut":
        # „…“ laut Müller „…“: the source right after the quotation
        m = read_mention(text, toks, i + 1)
        if m is not None and plausible(dataclasses.replace(m, determiner=None), text):
            return ("source", Span(s, e, w), m)
        return None
    if w.lower() == "so":
        m = subject_at(text, toks, i + 1)
        if m is None and i + 1 < len(toks) and toks[i + 1][2].lower() in ("der", "die", "das"):
            # „…“, so das Fazit der Betreiber / so die Vorwürfe der Anwältin: a summary speaks
            m = document_phrase(text, toks, i + 1, len(toks))
        if m is None and i + 1 < len(toks) and toks[i + 1][2][:1].islower():
            # „…“, so charakterisierte ihn der Gewerkschafter: so, a verb, the subject
            inverted = cue_after(text, toks[i + 1 :])
            if inverted is not None and inverted[2] is not None:
                return ("so", Span(s, e, w), inverted[2])
        return ("so", Span(s, e, w), m) if m else None
    if is_speech_verb(w):
        k = i + 1
        if k < len(toks) and toks[k][2].lower() in ("ihn", "ihm", "ihnen", "sich", "es", "uns"):
            k += 1  # so charakterisierte ihn der Gewerkschafter: an object pronoun first
        m = subject_at(text, toks, k, strict=False)
        if m is None:
            m = _extended_attribute(text, toks, k)  # schrieb die in Ulm geborene Sängerin Lopez
        if m is not None and w.lower().startswith("zitier"):
            # „…“, zitiert die Zeitung den Minister: the one cited is the speaker
            k = _next_token_at(toks, m.end)
            while k < len(toks) and toks[k][2] in "„“”\"»«":
                k += 1
            cited = subject_at(text, toks, k) if k < len(toks) and toks[k][2] not in ",." else None
            if cited is None and k < len(toks) and toks[k][2].lower() in ("den", "die"):
                cited = read_mention(text, toks, k)
            if cited is not None and cited.kind != "pronoun":
                m = cited
        if m is None:
            # sagte am Mittwoch in Genf der Minister: look a few tokens further
            for j in range(i + 2, min(i + 7, len(toks))):
                m = read_mention(text, toks, j)
                if m is not None and m.kind in ("pronoun", "role") or (m and m.role):
                    break
                m = None
        return ("cue-after", Span(s, e, w), m)
    low = w.lower()
    if not w[:1].islower() or low in _NOT_VERBS or low in DETERMINERS or low in _PREPOSITIONS:
        return None
    if i == 0 or toks[i - 1][2] != ",":
        return None  # Eine „…“ sei der Grund: a quotation inside the clause, not before it
    end = next((k for k in range(i, len(toks)) if toks[k][2] in ".;:!?"), len(toks))
    if low in _AUXILIARIES:
        # „…“, hatte der Minister in einem Interview erklärt: the participle closes the clause
        verb = next((k for k in range(i + 1, end) if is_speech_verb(toks[k][2])), None)
        if verb is not None and toks[verb][2] == "zitiert" and low.startswith("w"):
            return None  # „…“, wird Müller zitiert: a passive, see documents.document_after
        if verb is not None:
            m = subject_at(text, toks[:verb], i + 1, strict=False)
            return ("cue-after", Span(*toks[verb]), m)
    # „…“, zeigte sich der Trainer zufrieden / strich Müller heraus: the inverted subject
    k = i + 1
    if k < end and toks[k][2].lower() in ("sich", "ihn", "sie", "es", "ihm", "ihr", "damit", "dazu"):
        k += 1
    if k < end and toks[k][2].lower() in ("er", "sie") and k > i + 1 and toks[k - 1][2].lower() != "sie":
        return ("cue-after", Span(s, e, w), read_mention(text, toks, k))
    m = subject_at(text, toks[:end], k)
    if m is None and k < end and toks[k][2].lower() in ("der", "die", "ein", "eine"):
        m = subject_at(text, toks[:end], k, strict=False)  # wollen die Demonstranten wissen
    if m is not None and m.kind != "pronoun" and _names_someone(m, text):
        return ("cue-after", Span(s, e, w), m)
    return None


def verb_complex_end(toks: list[Token]) -> int:
    """„…“ erreicht werden, so X / „…“ sei, sagte X: the index of the comma after the
    verbs that close the quoted clause (0 when the quotation is not followed by them)."""
    for k in range(min(4, len(toks) - 1)):
        word = toks[k][2]
        if word == ",":
            return k if k > 0 else 0
        if not word[:1].islower() or not word.isalpha() or word in _NOT_VERBS or word in DETERMINERS \
                or word in _PREPOSITIONS:
            return 0
    return 0


# finite verbs that leave the speech verb to a participle or infinitive at the clause end
_AUXILIARIES = frozenset(
    "hat hatte hätte habe haben hatten hätten wird wurde würde werden wurden soll sollte sollen "
    "will wollte wollen ließ lässt".split()
)
# words that follow a quotation and a comma without opening an inverted main clause
_NOT_VERBS = frozenset(
    "und oder aber denn sondern dass wie wenn weil als ob so doch jedoch sowie bzw also "
    "was wer wo womit wobei wonach worauf der die das dem den des welche welcher welches "
    "heißt hieß es man".split()
)


_SUBORDINATORS = frozenset("Wie Als Nachdem Während Obwohl Weil Da Wenn Bevor Seit Seitdem".split())


def cue_before(text: str, toks: list[Token]) -> Found | None:
    """Subject + verb before the quote, inverted order, laut X, X zufolge, a colon."""
    if not toks:
        return None
    # scharf: So sagte X: „…“ — a colon or semicolon inside ends the clause before
    cut = next((k + 1 for k in range(len(toks) - 2, -1, -1) if toks[k][2] in ":;"), 0)
    if toks[0][2] in _SUBORDINATORS:
        # Wie die Zeitung berichtete, soll X gesagt haben: the main clause follows the comma
        comma = next((k for k in range(1, len(toks) - 1) if toks[k][2] == ","), None)
        if comma is not None:
            cut = max(cut, comma + 1)
    toks = toks[cut:]
    if not toks:
        return None
    words = [t[2] for t in toks]
    for i in range(1, len(words) - 1):
        if words[i] == "so" and words[i - 1] == ",":
            # …, so Müller weiter: „…“ — the so-frame before the quotation
            m = subject_at(text, toks, i + 1)
            if m is not None and m.kind != "pronoun":
                return ("so", Span(*toks[i]), m)
    for i, w in enumerate(words):
        low = w.lower()
        if low in ("laut", "zufolge") and any(is_speech_verb(x) for x in words[:i]):
            continue  # sagte die Kanzlerin Teilnehmern zufolge: the verb's subject speaks
        if low == "laut":
            # laut takes the dative: laut dem Chefankläger X is the source
            m = read_mention(text, toks, i + 1)
            if m is not None and plausible(dataclasses.replace(m, determiner=None), text):
                return ("source", Span(*toks[i]), m)
        elif low == "zufolge" and i > 0:
            for j in range(max(0, i - 6), i):
                m = read_mention(text, toks, j)
                # zufolge takes the dative and follows its source: dem Bericht zufolge
                if m and m.end == toks[i - 1][1] and plausible(dataclasses.replace(m, determiner=None), text):
                    return ("source", Span(*toks[i]), m)
    verb_i = next((i for i in range(len(words) - 1, -1, -1) if is_speech_verb(words[i])), None)
    stance = _stance_source(text, toks)
    if stance is not None and (verb_i is None or verb_i < stance[0]):
        # rechtfertige sich nach Meinung der Organisation: the source, not the verb's subject
        return ("source", stance[1], stance[2])
    colon = words[-1] == ":"
    if verb_i is not None:
        cue = Span(*toks[verb_i])
        rule = "cue-before" if colon else "subject"
        # erklärte (dagegen), er sei …: a pronoun after a comma opens the reported clause
        after = _in_clause(toks, verb_i, subject_at(text, toks, verb_i + 1, strict=False))
        first = subject_at(text, toks, 0, strict=False)
        if verb_i > 0 and words[verb_i - 1].lower() in ("und", "oder") and first is not None \
                and first.end <= toks[verb_i][0] and first.kind != "pronoun":
            # Die Firma bestätigte das nicht und nannte sie „…“: the verbs share the subject
            return (rule, cue, first)
        if after is not None and after.kind == "pronoun" and (
            after.text.lower() == "er" or first is None
            or not plausible(first, text) and first.determiner not in ("der", "ein")
        ):
            # Betriebsbedingte Kündigungen schloss sie aus: the pronoun after the verb
            return (rule, cue, after)
        if first is not None and first.end <= toks[verb_i][0]:
            k = _next_token_at(toks, first.end)
            adjacent = k == verb_i or (k < verb_i and toks[k][2] in ",(")
            # der/ein + noun opening the sentence is its subject (Der Hauptgeschäftsführer … nannte sie),
            # unless a name or role follows the verb (Der Zeitung sagte Anna Wolf: a dative first)
            inverted = _in_clause(toks, verb_i, subject_at(text, toks, verb_i + 1))
            if inverted is not None and plausible(first, text) and not (
                    first.determiner == "der" and first.kind == "institution"
                    and (inverted.role or len((inverted.name or "").split()) >= 2)):
                inverted = None  # Der Zeitung sagte Anna Wolf: a dative, then the named subject
            if inverted is not None and inverted.kind != "pronoun":
                return (rule, cue, inverted)
            if adjacent or plausible(first, text) or first.determiner in ("der", "ein"):
                return (rule, cue, first)
        # inverted order: Dazu sagte der Minister: „…“; else the phrase opening the
        # sentence (Die Kanadier hingegen sagen, der Pilot …)
        inverted = _in_clause(toks, verb_i, subject_at(text, toks, verb_i + 1, strict=False))
        if inverted is None and first is not None and first.end <= toks[verb_i][0]:
            inverted = first
        if inverted is None:
            inverted = clause_subject(text, toks)  # soll Anelka gesagt haben: after an auxiliary
        return (rule, cue, inverted)
    if colon:
        # Kapitän Jonas Berg: „…“ / Zypries sieht darin eine Bestätigung: „…“
        m = subject_at(text, toks, 0)
        if m is not None:
            return ("colon", None, m)
    return None


def _extended_attribute(text: str, toks: list[Token], i: int) -> Mention | None:
    """die in New York geborene Sängerin Ana Lopez: an article, a phrase, a participle,
    then the noun phrase that names the speaker; the mention spans all of it."""
    if i >= len(toks) or toks[i][2].lower() not in ("der", "die", "ein", "eine"):
        return None
    for j in range(i + 2, min(i + 9, len(toks) - 1)):
        word = toks[j][2]
        if word in ",.;:":
            return None
        if re.fullmatch(r"[a-zäöüß]+(?:ene|ende|te|ige)", word) and toks[j + 1][2][:1].isupper():
            m = read_mention(text, toks, j + 1)
            names_one = m is not None and (m.role or m.name and not common_noun(m.name.split()[-1]))
            if m is None or m.kind == "pronoun" or not names_one:
                return None
            start = toks[i][0]
            return dataclasses.replace(m, start=start, text=text[start : m.end])
    return None


def _in_clause(toks: list[Token], verb_i: int, m: Mention | None) -> Mention | None:
    """The phrase after the verb, unless a comma stands between (sagen, der Pilot …)."""
    if m is None:
        return None
    if any(t[2] == "," for t in toks[verb_i + 1 :] if t[0] < m.start):
        return None
    return m


def cue_in_next_sentence(text: str, toks: list[Token]) -> Found | None:
    """„…“ Das sagt Kapitän Jonas Berg. — the sentence after the quote attributes it."""
    if len(toks) < 3 or toks[0][2] not in ("Das", "Dies", "So"):
        return None
    if toks[1][2] in ("ist", "war", "lautet", "lautete") and toks[2][2].lower() in DETERMINERS:
        # „…“ Das ist die zentrale Aussage einer Studie: a speech noun names the source
        end = next((k for k, t in enumerate(toks) if t[2] in ".;:!?"), len(toks))
        m = document_phrase(text, toks, 2, end)
        if m is not None and m.role is not None and m.role.lower() in lexicon.speech_nouns():
            return ("cue-next", Span(*toks[1]), m)
        return None
    if not is_speech_verb(toks[1][2]):
        return None
    m = subject_at(text, toks, 2, strict=False)
    return ("cue-next", Span(*toks[1]), m) if m else None


_PREPOSITIONS = frozenset(
    "von vom aus in im am an auf bei beim für mit nach über unter zu zum zur gegen um vor hinter "
    "neben zwischen seit bis durch ohne wegen während gegenüber laut dank trotz als wie".split()
)


def clause_subject(text: str, toks: list[Token]) -> Mention | None:
    """The subject of the reporter's clause before a quote that has no speech verb
    of its own, or whose speech verb stands apart from its subject:

    Die Anwohner sehen das gelassen: „…“ / Dabei griff sie den Minister an: „…“ /
    Bereits im Mai hatte Kanzlerin Eva Roth verkündet: „…“ / Ursprünglich wollte er „…“.
    The first constituent if it can speak (in the nominative, before a colon any
    noun phrase), else the first person phrase after a verb, not inside a
    prepositional phrase.
    """
    if not toks:
        return None
    colon = toks[-1][2] == ":"
    first = subject_at(text, toks, 0, strict=not colon)
    if first is not None and first.determiner not in (None, "der", "die", "das", "ein", "eine"):
        first = None  # Seine Zuversicht gründet sich auf …: a possessive, not a speaker
    if first is not None and not _names_someone(first, text):
        first = None
    if first is not None and colon and not plausible(first, text):
        # Das Angebot lehnt er jedoch ab: „…“ — an object first, the pronoun after the verb
        k = _next_token_at(toks, first.end)
        if k < len(toks) and toks[k][2] == ",":  # Das Angebot, Verletzte aufzunehmen, lehnt er ab
            k = next((x + 1 for x in range(k + 1, len(toks)) if toks[x][2] == ","), len(toks))
        if k + 1 < len(toks) and toks[k][2][:1].islower() and toks[k + 1][2].lower() in ("er", "sie"):
            return read_mention(text, toks, k + 1)
    if first is not None and (first.kind != "pronoun" or first.text.lower() == "er" or colon):
        k = _next_token_at(toks, first.end)
        if k < len(toks) and toks[k][2][:1].islower() or k < len(toks) and toks[k][2] in ",(":
            return first
    for k in range(1, len(toks)):
        word = toks[k][2]
        low = word.lower()
        before = toks[k - 1][2]
        if before.lower() in _PREPOSITIONS or before.lower() in DETERMINERS or before[:1].isupper():
            continue
        if before in ",;–" and k + 1 < len(toks) and not toks[k + 1][2][:1].islower():
            continue
        if low in ("er", "sie") and before[:1].islower():
            return read_mention(text, toks, k)
        if word[:1].isupper() or low in ("der", "die", "ein", "eine"):
            m = read_mention(text, toks, k)
            # after the verb, "der" opens the subject (biss der Randalierer den Fluggast)
            if m is not None and before[:1].islower() and before.isalpha() and _names_someone(m, text) and (
                plausible(m, text) and (m.kind != "name" or m.role is not None or m.determiner is None)
                or m.determiner == "der"
            ):
                return m
    return None


def _names_someone(m: Mention, text: str) -> bool:
    """A bare capitalised phrase is a name only if it is not a common noun
    (Ausnahmen sind …, seit Jahren Aufrufe …) or the text uses it as a surname."""
    if m.kind != "name" or m.determiner is not None or m.role is not None or not m.name:
        return True
    last = m.name.split()[-1]
    return not common_noun(last) or _used_as_surname(last, text)


_POSSESSIVES = {"seiner": "m", "ihrer": "f"}


def _stance_source(text: str, toks: list[Token]) -> tuple[int, Span, Mention] | None:
    """nach Meinung des Verbands / nach Angaben von X / seiner Ansicht nach /
    Für Senatorin X ist …: whose view the rest of the sentence gives."""
    nouns = lexicon.speech_nouns()
    for i, (s, e, w) in enumerate(toks):
        low = w.lower()
        if low == "nach":
            k = i + 1
            while k < len(toks) and k <= i + 3 and toks[k][2][:1].islower():
                k += 1  # nach eigener, nach den Worten
            if k < len(toks) and toks[k][2].lower() in nouns and k + 1 < len(toks) and \
                    toks[k + 1][2].lower() in ("des", "der", "von", "vom", "eines", "einer"):
                m = document_phrase(text, toks, k, len(toks))
                if m is not None and m.name is not None:
                    return (i, Span(s, e, w), m)
        elif low in _POSSESSIVES and i + 2 < len(toks) and toks[i + 1][2].lower() in nouns \
                and toks[i + 2][2] == "nach" and (i == 0 or toks[i - 1][2].lower() not in DETERMINERS):
            # (not: die ihrer Meinung nach verbreiteten Illusionen, an attribute)
            # Seiner Ansicht nach: the possessive points to the person
            end = toks[i + 1][1]
            m = Mention(s, end, text[s:end], "pronoun", None, None, _POSSESSIVES[low])
            return (i, Span(*toks[i + 2]), m)
        elif low == "für" and (i == 0 or i == 1 and toks[0][2].lower() in _SKIP):
            m = read_mention(text, toks, i + 1)
            if m is not None and m.kind in ("name", "role") and plausible(
                    dataclasses.replace(m, determiner=None), text) and _names_someone(m, text) and (
                    m.role is not None or m.name is not None and " " in m.name):
                # Für den Theologen Max Kern sei der Rücktritt „verständlich“
                return (i, Span(s, e, w), m)
    return None


_PASSIVE = frozenset("wird werden wurde wurden worden".split())


def passive_agent(text: str, before: list[Token], after: list[Token]) -> Mention | None:
    """Seine Werke werden von Kritikern als „…“ bezeichnet / wird vom Wetterdienst als „…“
    eingestuft: in a passive clause the speaker is the agent after von/vom.

    Only the clause around the quote counts: from the last comma before it to the
    first comma after it (Müller, der von der Polizei gesucht wurde, sagte: … is active).
    """
    lo = next((k + 1 for k in range(len(before) - 1, -1, -1) if before[k][2] == ","), 0)
    hi = next((k for k, t in enumerate(after) if t[2] in ",.;:"), len(after))
    clause = before[lo:] + after[:hi]
    words = [t[2].lower() for t in clause]
    if not any(w in _PASSIVE for w in words) or not any(is_speech_verb(t[2]) for t in clause):
        return None
    for k in range(len(words) - 1, -1, -1):  # die Gefahr von Bränden vom Wetterdienst: the last
        if words[k] in ("von", "vom") and k + 1 < len(clause):
            m = read_mention(text, clause, k + 1)
            if m is not None and m.kind != "pronoun":
                if not _names_someone(m, text):
                    # von Kunstkritikern: a group the text does not name, no one to resolve
                    return dataclasses.replace(m, kind="document", name=None, role=m.name)
                return m
    return None
