"""Find the cue and the speaker phrase of a quote in the reporter's sentence.

German puts the finite verb second: the speaker is the first constituent
(Müller sagte: „…“) or stands right after the verb when something else comes
first (Dazu sagte der Minister: „…“ / „…“, sagte Müller). Only phrases that
can speak count: a pronoun, a name, a role, an institution.
"""

from __future__ import annotations

import dataclasses

from quoteverify import lexicon
from quoteverify.attribute.documents import document_phrase
from quoteverify.attribute.frames import clause_subject, stance_source
from quoteverify.attribute.mentions import DETERMINERS, Mention, read_mention
from quoteverify.attribute.phrases import (
    NOT_VERBS,
    PREPOSITIONS,
    SKIP_WORDS,
    Token,
    extended_attribute,
    is_speech_verb,
    names_someone,
    next_token_at,
    plausible,
    subject_at,
    verb_complex_end,
)
from quoteverify.attribute.subclauses import clause_speaker
from quoteverify.records import Span

__all__ = [
    "Found", "cue_after", "cue_before", "cue_in_next_sentence", "cue_in_subordinate", "noun_clause_source",
    "pronoun_named_before",
    "source_next_to", "with_the_words",
]

Found = tuple[str, Span | None, Mention | None]


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
    if w.lower() == "wie" and i + 1 < len(toks):
        # „…“, wie der Minister betonte / …, wie der Club am Montag mitteilte: the subject of
        # the wie-clause, whose speech verb closes it
        stop = next((k for k in range(i + 1, len(toks)) if toks[k][2] in ",.;:!?"), len(toks))
        verb = stop - 1
        if verb > i + 2 and toks[verb][2] in ("hatte", "hat", "habe", "hätte"):
            verb -= 1  # wie er betont hatte
        m = subject_at(text, toks[:stop], i + 1)
        if verb > i + 1 and is_speech_verb(toks[verb][2]) and m is not None and m.end <= toks[verb][0]:
            vs, ve, vw = toks[verb]
            return ("cue-after", Span(vs, ve, vw), m)
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
        if k < len(toks) and w.lower().startswith("zitier") and toks[k][2].lower() in ("ihn", "sie"):
            # „…“, zitierte ihn die Zeitung: the one cited speaks, the paper reports
            ps, pe, pw = toks[k]
            return ("cited", Span(s, e, w), Mention(ps, pe, pw, "pronoun", None, None,
                                                   "m" if pw.lower() == "ihn" else "f"))
        if k < len(toks) and toks[k][2].lower() in ("ihn", "ihm", "ihnen", "sich", "es", "uns"):
            k += 1  # so charakterisierte ihn der Gewerkschafter: an object pronoun first
        if k + 1 < len(toks) and toks[k][2] == "man" and w.lower().startswith("zitier"):
            # „…“, zitierte man die Reporterin: no one cites, the one cited speaks
            cited = read_mention(text, toks, k + 1)
            if cited is not None and cited.kind != "pronoun":
                return ("cited", Span(s, e, w), cited)
        m = subject_at(text, toks, k, strict=False)
        if m is None:
            m = extended_attribute(text, toks, k)  # schrieb die in Ulm geborene Sängerin Lopez
        if m is not None and w.lower().startswith("zitier"):
            # „…“, zitiert die Zeitung den Minister: the one cited is the speaker
            k = next_token_at(toks, m.end)
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
    if not w[:1].islower() or low in NOT_VERBS or low in DETERMINERS or low in PREPOSITIONS:
        return None
    if i == 0 or toks[i - 1][2] != ",":
        return None  # Eine „…“ sei der Grund: a quotation inside the clause, not before it
    end = next((k for k in range(i, len(toks)) if toks[k][2] in ".;:!?"), len(toks))
    if low in _AUXILIARIES:
        # „…“, hatte der Minister in einem Interview erklärt: the participle closes the clause
        verb = next((k for k in range(i + 1, end) if is_speech_verb(toks[k][2])
                     or lexicon.sends_word(low, toks[k][2]) and k + 1 == end), None)
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
    if m is not None and m.kind != "pronoun" and names_someone(m, text):
        return ("cue-after", Span(s, e, w), m)
    return None


def source_next_to(text: str, before: list[Token]) -> Found | None:
    """…, dass man damit laut Klinikdirektor X „…“, suchen die Forscher …: the source named
    right before the quotation owns it, not the main clause's subject after it."""
    for i in range(len(before) - 2, max(-1, len(before) - 14), -1):
        if before[i][2].lower() != "laut":
            continue
        m = read_mention(text, before, i + 1)
        if m is not None and m.end == before[-1][1] and plausible(
                dataclasses.replace(m, determiner=None), text):
            return ("source", Span(*before[i]), m)
        return None
    return None


_WORDS_DETERMINERS = frozenset("den diesen jenen folgenden seinen ihren".split())


def with_the_words(text: str, before: list[Token], after: list[Token]) -> Found | None:
    """„…“, mit diesen Worten meldete er sich zurück / Mit den Worten „…“ richtete er …:
    the words are named as such; the subject of the clause, after its finite verb, said them."""
    k = 1 if after and after[0][2] == "," else 0
    if len(after) > k + 3 and after[k][2].lower() == "mit" and after[k + 1][2] in _WORDS_DETERMINERS \
            and after[k + 2][2] == "Worten":
        rule, cue, verb = "cue-after", (after[k][0], after[k + 2][1]), k + 3
        toks = after
    elif len(before) >= 3 and before[-3][2].lower() == "mit" and before[-2][2] in _WORDS_DETERMINERS \
            and before[-1][2] == "Worten" and after:
        rule, cue, verb = "cue-before", (before[-3][0], before[-1][1]), k
        toks = after
    else:
        return None
    if verb >= len(toks) or not toks[verb][2][:1].islower():
        return None
    j = verb + 1
    if j < len(toks) and toks[j][2] in ("sich", "ihn", "ihm", "ihr", "ihnen", "uns"):
        j += 1  # meldete sich der Trainer / meldete er sich: the reflexive before or after
    m = subject_at(text, toks, j, strict=False)
    if m is None or m.kind != "pronoun" and not plausible(m, text):
        return None
    return (rule, Span(cue[0], cue[1], text[cue[0] : cue[1]]), m)


# finite verbs that leave the speech verb to a participle or infinitive at the clause end
_AUXILIARIES = frozenset(
    "hat hatte hätte habe haben hatten hätten wird wurde würde werden wurden soll sollte sollen "
    "will wollte wollen ließ lässt".split()
)


_SUBORDINATORS = frozenset("Wie Als Nachdem Während Obwohl Weil Da Wenn Bevor Seit Seitdem".split())
# words after a comma that open a clause of its own with its own subject
_JOINING = frozenset("während wobei und aber doch sondern als nachdem".split())


def cue_in_subordinate(text: str, before: list[Token], after: list[Token]) -> Found | None:
    """Während X erklärte, …, „…“, räumte Y ein: a quotation inside a subordinate clause
    opening the sentence belongs to that clause's speaker, not to the main clause after
    it (the comma and the finite verb right after the quotation)."""
    if not before or before[0][2] not in _SUBORDINATORS or before[0][2] == "Wie" or len(after) < 2:
        return None
    if after[0][2] != "," or not after[1][2][:1].islower() or after[1][2] in NOT_VERBS:
        return None
    if any(t[2] in ".;:!?" for t in before):
        return None
    found = cue_before(text, before[1:])
    return found if found is not None and found[2] is not None else None


def noun_clause_source(text: str, before: list[Token]) -> Found | None:
    """(Auf) den Vorwurf der Partei, es handele sich um einen „…“, …: a quotation in the
    clause after a speech noun opening the sentence is the noun's owner's."""
    nouns = lexicon.speech_nouns()
    k = 1 if before and before[0][2].lower() in PREPOSITIONS else 0
    if k >= len(before) or before[k][2].lower() not in DETERMINERS:
        return None
    head = k + 1
    if head >= len(before) or before[head][2].lower() not in nouns:
        return None
    comma = next((j for j in range(head + 1, min(head + 8, len(before))) if before[j][2] == ","), None)
    if comma is None or any(is_speech_verb(t[2]) for t in before[comma:]):
        return None
    m = document_phrase(text, before, k, comma)
    if m is None or m.name is None or m.end != before[comma - 1][1]:
        return None  # the noun's owner must be named (der Partei, des Ministers)
    return ("source", Span(*before[head]), m)


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
    if toks[-1][2] == ":":
        # „…“, sagte X, während Y einräumte: „…“ — the clause joined last introduces the quotation
        joined = next((k + 2 for k in range(len(toks) - 3, cut - 1, -1)
                       if toks[k][2] == "," and toks[k + 1][2].lower() in _JOINING), None)
        if joined is not None:
            cut = max(cut, joined)
    toks = toks[cut:]
    if toks and toks[-1][2] == ":":
        # …, wenn das Amt grünes Licht gebe: „…“ — a subordinate clause before the colon is not
        # the frame; the main clause before it is
        last = next((k for k in range(len(toks) - 2, 0, -1) if toks[k][2] == ","), None)
        if last is not None and toks[last + 1][2].lower() in _CLAUSE_SUBORDINATORS:
            toks = toks[:last]
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
    stance = stance_source(text, toks)
    if stance is not None and (verb_i is None or verb_i < stance[0]):
        # rechtfertige sich nach Meinung der Organisation: the source, not the verb's subject
        return ("source", stance[1], stance[2])
    colon = words[-1] == ":"
    if verb_i is not None:
        cue = Span(*toks[verb_i])
        rule = "cue-before" if colon else "subject"
        if colon and words[verb_i].lower().startswith("zitier") and verb_i + 1 < len(toks):
            # Ein Fernsehsender zitierte Papandreou mit den Worten: „…“ — the one cited speaks
            ps, pe, pw = toks[verb_i + 1]
            if pw.lower() in ("ihn", "sie") and verb_i > 0:  # Die Zeitung zitiert ihn mit den Worten:
                cited = Mention(ps, pe, pw, "pronoun", None, None, "m" if pw.lower() == "ihn" else "f")
            else:
                cited = read_mention(text, toks, verb_i + 1)
            if cited is not None and cited.end <= toks[-1][0]:
                return ("cited", cue, cited)
        own = clause_speaker(text, toks, verb_i)
        if own is not None:
            # …, die skandierten: / …, indem er aufforderte: the subject of the verb's own clause
            return (rule, cue, own)
        # erklärte (dagegen), er sei …: a pronoun after a comma opens the reported clause
        after = _in_clause(toks, verb_i, subject_at(text, toks, verb_i + 1, strict=False))
        first = subject_at(text, toks, 0, strict=False)
        spliced = _spliced_subject(text, toks, verb_i)
        if spliced is not None and (first is None or spliced.start > first.end):
            return (rule, cue, spliced)
        if verb_i > 0 and words[verb_i - 1].lower() in ("und", "oder") and first is not None \
                and first.end <= toks[verb_i][0] and first.kind != "pronoun":
            # Die Firma bestätigte das nicht und nannte sie „…“: the verbs share the subject
            return (rule, cue, first)
        after = _unsaid(after)
        if verb_i > 1 and words[verb_i - 1].lower() in ("und", "oder") and first is None and (
                after is None or after.determiner not in ("der", "ein")):
            # Am Abend zogen die Fans zum Platz und skandierten Parolen wie „…“ / … und nannte
            # den Plan „…“: the subject after the first verb is the subject of the second
            shared = inverted_subject(text, toks[: verb_i - 1])
            if shared is not None:
                return (rule, cue, shared)
        if after is not None and after.kind == "pronoun" and (
            after.text.lower() == "er" or first is None
            or not plausible(first, text) and first.determiner not in ("der", "ein")
        ):
            # Betriebsbedingte Kündigungen schloss sie aus: the pronoun after the verb
            return (rule, cue, after)
        if first is not None and first.end <= toks[verb_i][0]:
            k = next_token_at(toks, first.end)
            adjacent = k == verb_i or (k < verb_i and toks[k][2] in ",(")
            # der/ein + noun opening the sentence is its subject (Der Hauptgeschäftsführer … nannte sie),
            # unless a name or role follows the verb (Der Zeitung sagte Anna Wolf: a dative first)
            inverted = _unsaid(_in_clause(toks, verb_i, subject_at(text, toks, verb_i + 1)))
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
        inverted = _unsaid(_in_clause(toks, verb_i, subject_at(text, toks, verb_i + 1, strict=False)))
        if inverted is None and first is not None and first.end <= toks[verb_i][0]:
            inverted = first
        if inverted is None:
            inverted = clause_subject(text, toks)  # soll Anelka gesagt haben: after an auxiliary
        return (rule, cue, inverted)
    if colon:
        # Kapitän Jonas Berg: „…“ / Zypries sieht darin eine Bestätigung: „…“
        m = subject_at(text, toks, 0)
        if m is not None and not names_someone(m, text):
            return None  # Interview-Auszug: „…“ / Hafenstreit: „…“: a label, not a speaker
        if m is not None:
            return ("colon", None, m)
    return None


def wie_clause_source(text: str, toks: list[Token]) -> Found | None:
    """Wie Norman Paech, der …, dazu feststellt, verlangt „…“: a wie-clause opening the sentence,
    closed by its speech verb and a comma, names the source of a main clause without a
    speaker of its own."""
    if len(toks) < 4 or toks[0][2].lower() != "wie":
        return None
    verb = next((k for k in range(2, len(toks) - 1) if toks[k + 1][2] == "," and is_speech_verb(toks[k][2])),
                None)
    if verb is None:
        return None
    m = subject_at(text, toks[:verb], 1, strict=False)
    return ("cue-before", Span(*toks[verb]), m) if m is not None and m.kind != "pronoun" else None


def _spliced_subject(text: str, toks: list[Token], verb_i: int) -> Mention | None:
    """X wies das zurück, die Sprecherin der Fraktion, Anna Kern (Grüne), erklärte: „…“ —
    a second main clause after a comma: its subject stands right before its verb, and the
    clause before the comma had a verb of its own."""
    for c in range(verb_i - 2, 0, -1):
        if toks[c][2] != "," or not (toks[c - 1][2][:1].islower() and toks[c - 1][2].isalpha()):
            continue  # the clause before ends in its verb or particle (wies … zurück,)
        if not any(t[2][:1].islower() and t[2].isalpha() and t[2] not in DETERMINERS
                   and t[2] not in PREPOSITIONS for t in toks[1:c]):
            continue
        m = subject_at(text, toks[:verb_i], c + 1)
        if m is None or m.kind == "pronoun" or not (m.name and " " in m.name or m.role):
            continue
        k = next_token_at(toks, m.end)
        if k + 1 < verb_i and toks[k][2] == "," and toks[k + 1][2][:1].isupper():
            # die Sprecherin der Fraktion, Anna Kern, erklärte: the name in apposition
            k = next((x for x in range(k + 1, verb_i) if not toks[x][2][:1].isupper()), verb_i)
        if k < verb_i and toks[k][2] == "(":  # Anna Kern (Grüne) erklärte
            k = next((x + 1 for x in range(k, verb_i) if toks[x][2] == ")"), verb_i)
        if k < verb_i and toks[k][2] == ",":  # …, Anna Kern (Grüne), erklärte
            k += 1
        if k == verb_i:
            return m
    return None


def _unsaid(m: Mention | None) -> Mention | None:
    """Parolen, Sprüche, Rufe name the words chanted, never their speaker: drop such
    a noun, also where it runs into the subject (skandierten die Bauern Parolen wie)."""
    if m is None or m.kind == "pronoun":
        return m
    words = m.text.split()
    if not (words[-1][:1].isupper() and words[-1].lower() in lexicon.slogan_cues()):
        return m
    if len(words) == 1 or m.name is None:
        return None
    end = m.start + m.text.rindex(" " + words[-1])
    name = " ".join(m.name.split()[:-1]) or None
    return dataclasses.replace(m, end=end, text=m.text[: end - m.start], name=name)


# subordinators opening a clause that cannot frame a quotation after it
_CLAUSE_SUBORDINATORS = frozenset("wenn bis weil da als nachdem obwohl sobald solange falls damit".split())
# words opening a clause inside the fronted phrase (Auf die Frage, *ob* …, reagierte X)
_CLAUSE_OPENERS = frozenset("ob dass wie wann warum wo was wer weshalb".split())


def inverted_subject(text: str, toks: list[Token]) -> Mention | None:
    """The subject right after the finite verb of a clause that opens with an adverbial
    (Am Abend zogen die Fans …): the first inflected word after the opening phrase."""
    quoted = False  # Unter dem Motto „Freiheit statt Angst“ zogen …: not inside marks
    k = None
    skip_to = 0
    for j in range(1, len(toks)):
        word = toks[j][2]
        if j < skip_to:
            continue
        if word == "," and j + 1 < len(toks) and toks[j + 1][2] in _CLAUSE_OPENERS:
            # Auf die Frage eines Journalisten, ob …, reagierte Kastl: past the question
            close = next((c for c in range(j + 2, len(toks)) if toks[c][2] == ","), None)
            if close is None or close + 1 >= len(toks) or not toks[close + 1][2].isalpha() \
                    or not toks[close + 1][2][:1].islower():
                return None
            k = close + 1
            break
        if word in "„“”\"»«":
            quoted = word in "„»" or word == '"' and not quoted
        elif not quoted and word[:1].islower() and word.isalpha() and word not in SKIP_WORDS \
                and word not in PREPOSITIONS and word not in DETERMINERS \
                and (toks[j - 1][2][:1].isupper() or toks[j - 1][2] in "“”\"«)") \
                and toks[j - 1][2].lower() not in PREPOSITIONS and toks[j - 1][2].lower() not in DETERMINERS:
            # the finite verb follows the opening phrase, which ends in a noun (Am Abend zogen)
            k = j
            break
    if k is None or k + 1 >= len(toks):
        return None
    m = _unsaid(subject_at(text, toks, k + 1, strict=False))
    if m is None or m.kind == "pronoun" and m.text.lower() not in ("er", "sie"):
        return None
    if not names_someone(m, text):
        # Demonstranten, Fans: a group the text does not name keeps its mention, no person
        return dataclasses.replace(m, kind="document", name=None, role=m.name)
    return m


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
    verb = 1
    if not is_speech_verb(toks[1][2]):
        if toks[1][2] not in _AUXILIARIES and toks[1][2] not in _MODALS:
            return None
        # „…“ Das musste X einräumen / Das hatte X gesagt: the verb closes the sentence
        end = next((k for k, t in enumerate(toks) if t[2] in ".;:!?"), len(toks))
        verb = next((k for k in range(end - 1, max(1, end - 3), -1) if is_speech_verb(toks[k][2])), None)
        if verb is None:
            return None
    m = subject_at(text, toks[:verb] if verb > 1 else toks, 2, strict=False)
    return ("cue-next", Span(*toks[verb]), m) if m else None


_MODALS = frozenset("musste mussten muss konnte konnten kann durfte mag mochte".split())


def pronoun_named_before(text: str, found: Found, before: list[tuple[int, int, str]]) -> Found:
    """X sagte dazu: „…“, betont sie: a pronoun cue after the quotation stands for the
    speaker named in a cue before it (of its gender, or of none known)."""
    pronoun = found[2]
    if pronoun is None or pronoun.kind != "pronoun" or pronoun.antecedent is not None:
        return found
    named = cue_before(text, before)
    if named is None or named[0] != "cue-before" or named[2] is None or named[2].kind == "pronoun":
        return found
    if named[2].gender not in (None, pronoun.gender):
        return found
    return (found[0], found[1], dataclasses.replace(pronoun, antecedent=named[2]))
