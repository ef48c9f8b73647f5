"""Reading the parts of a reported-speech frame in one sentence.

Shared by :mod:`.indirect_frames` (cues) and :mod:`.indirect_markers` (source
markers): where a reported clause ends, who the subject of a cue verb is (before
it, inverted after it, or with an apposition), the phrase before a token, and
which nouns name a speech act.
"""

from __future__ import annotations

from quoteverify import lexicon
from quoteverify.attribute.indirect_clauses import (
    COMMON_FINITE,
    COORDINATORS,
    DETERMINERS,
    INFLECTED,
    PREPOSITIONS,
    SUBORDINATORS,
    Sent,
    bare_dative_plural,
    relative_at,
    relative_pp,
    speech_verb,
)
from quoteverify.attribute.mentions import Mention, read_mention
from quoteverify.attribute.phrases import PASSIVE_AUXILIARIES, a_person, in_prepositional_phrase, object_first
from quoteverify.attribute.subclauses import relative_subject
from quoteverify.attribute.tagging import lemma_and_tag, not_a_noun
from quoteverify.records import Span

__all__ = [
    "HEARSAY_VERBS", "Hit", "clause_end", "mention_after", "mention_before", "noun_phrase", "oblique",
    "speaker", "speech_noun", "sub_clause_end", "subject", "subject_with_aside",
]

# (start, end, cue, mention, rule, confidence): a clause before fitting around quotations.
Hit = tuple[int, int, Span | None, Mention | None, str, float]


def sub_clause_end(s: Sent, k: int) -> int:
    """A dass/wonach clause ends where the main clause goes on (…, wurde dementiert)."""
    for sep in s.seps:
        if sep > k and sep + 1 < s.n and s.toks[sep][2] == ",":
            word = s.toks[sep + 1][2]
            if word.islower() and (word in COMMON_FINITE or speech_verb(s, sep + 1) is not None):
                return sep
    return clause_end(s, k)


# Nouns of belief and claim that take a reported clause too (kam zu dem Schluss, dass …).
_CLAIM_NOUNS = frozenset(
    "schluss standpunkt eindruck verdacht befürchtung befürchtungen hoffnung vermutung annahme "
    "gerücht gerüchte behauptung behauptungen spekulationen".split()
)


def speech_noun(low: str, nouns: frozenset[str]) -> bool:
    if low in nouns or low in _CLAIM_NOUNS:
        return True
    return any(low.endswith(n) for n in _NOUN_HEADS)  # Regierungserklärung, Medienberichte


_NOUN_HEADS = frozenset(
    "aussage aussagen erklärung forderung forderungen prognose warnung angaben mitteilung "
    "einschätzung ankündigung äußerung meldung berichte vorwurf vorwürfe".split()
)


def mention_before(s: Sent, k: int) -> Mention | None:
    """A speaker phrase that ends at token ``k`` (Ein Bericht der Agentur, wonach …)."""
    for j in range(max(s.seg_start(k), k - 6), k + 1):
        m = read_mention(s.text, s.toks[: k + 1], j)
        if m is not None and m.end == s.toks[k][1]:
            return m
    return None


def subject_with_aside(s: Sent, seg: int) -> bool:
    """Before the verb at ``seg``: a speaker with an apposition or a relative clause
    (Martin Lee, der Gründer der Partei, sagte / Todor Kolarow, dessen Behörde … zuständig ist, sagte)."""
    if noun_phrase(s, 0, seg):
        return True
    first = s.seps[0] if s.seps else s.n
    if not noun_phrase(s, 0, first):
        return False
    starts = [k + 1 for k in s.seps if first <= k < seg - 1]
    return all(relative_at(s, k) or s.words[k] in ("dessen", "deren") or relative_pp(s, k) for k in starts)


# adverbs inside an apposition: X, selbst Lehrer / einst Minister / früher Trainer des Clubs, …
_APPOSITION_ADVERBS = frozenset("selbst einst früher ehemals zuvor zugleich derzeit bislang bisher".split())


def noun_phrase(s: Sent, lo: int, hi: int) -> bool:
    """Are tokens ``lo..hi`` a speaker with an apposition (Martin Lee, der Gründer der Partei,)?"""
    while lo < hi - 1 and s.words[lo] in _FOCUS:
        lo += 1  # Auch der Vorsitzende, Ralf Kern, kündigte …
    return read_mention(s.text, s.toks, lo) is not None and all(
        not s.toks[k][2][:1].islower()
        or s.words[k] in DETERMINERS
        or s.words[k] in _APPOSITION_ADVERBS  # Der 54-Jährige, selbst Lehrer in Celle, sagte
        or s.words[k] in PREPOSITIONS
        or s.words[k].endswith(("e", "en", "er", "es", "em"))
        and k + 1 < hi
        and not s.toks[k + 1][2][:1].islower()
        for k in range(lo, hi)
    ) and not s.konj(lo, hi)


_FOCUS = frozenset("auch selbst sogar nur ebenfalls zudem".split())


def clause_end(s: Sent, k: int) -> int:
    """Where the reported clause from ``k`` ends.

    At the sentence end, a semicolon, a following frame (…, sagte X / …, jedoch
    betonte X) or - after a Konjunktiv clause - a main clause of the reporter's
    own in the indicative (…, doch die Richterin …, / …, erkannte das Gericht nicht an).
    """
    konj = False
    for sep in s.seps:
        if sep <= k:
            continue
        konj = konj or bool(s.konj(k, sep))
        if s.toks[sep][2] == ";" or sep + 1 >= s.n:
            return sep
        nxt = s.next_sep(sep)
        lead = s.words[sep + 1]
        for j in range(sep + 1, min(sep + 4, nxt)):
            if speech_verb(s, j) is not None and (j == sep + 1 or lead in COORDINATORS | _ADVERBS):
                return sep
        if konj and not s.konj(sep + 1, s.n) and s.toks[sep][2] == ",":
            word = s.toks[sep + 1][2]
            # (…, sondern durch bessere Instrumente ersetzen: no verb of its own, the clause goes on)
            elided = lead == "sondern" and not any(s.words[j] in COMMON_FINITE for j in range(sep + 2, nxt))
            contrast = lead in ("doch", "aber", "jedoch") or lead == "sondern" and not elided
            own = contrast or word.islower() and not (
                lead in DETERMINERS | SUBORDINATORS | PREPOSITIONS | COORDINATORS | _FILLERS
                or relative_at(s, sep + 1) or elided
            )
            if own:
                return sep
    return s.n


_ADVERBS = frozenset(
    "jedoch stets zudem außerdem auch gleichzeitig zugleich dann später weiter ferner".split()
)
# words after a comma that go on with the clause (…, nicht aber mit …; …, vor allem …)
_FILLERS = frozenset("so also etwa nämlich vor allem nicht nur auch insbesondere besonders".split())


# Sentence-initial adverbials that read like a name (Zunächst, Letzte Woche).
_NOT_SPEAKERS = frozenset(
    "zunächst letzte letzten vergangene vergangenen später damals inzwischen bislang bisher "
    "gleichzeitig anschließend daraufhin insgesamt außerdem zuletzt erst kürzlich".split()
)


def subject(s: Sent, seg: int, v: int, stop: int) -> Mention | None:
    """The speaker of the verb at ``v``: its subject before it or, inverted, after it.

    Tried in turn: the phrase opening the clause (Der Minister sagte), the one
    right before the verb or its auxiliary (Aber Zeitungen berichteten / Die
    Universität hatte … erklärt), the one after the verb or auxiliary (Dazu sagte
    der Minister / Gestern hat eine Sprecherin … mitgeteilt), and a speaker with an
    apposition before a comma (Martin Lee, der Gründer der Partei, sagte).  A
    passive cue (wird vorgeworfen, war vermutet worden) has no speaker.
    """
    if any(w in PASSIVE_AUXILIARIES for w in s.words[seg:stop]) and s.words[v].endswith(("t", "en")):
        return None
    aux = next((k for k in range(seg, v) if s.words[k] in COMMON_FINITE), None)
    head = aux if aux is not None else v
    if seg > 0 and s.toks[seg - 1][2] == ",":
        if relative_at(s, seg):
            # Heereskommandeur X, der vor dem Parlament betonte, …: the relative pronoun, X its antecedent
            m = relative_subject(s.text, s.toks, seg - 1, head)
            if m is not None:
                return m
        elif relative_pp(s, seg):  # …, von dem die Polizei glaubt, …: the subject after the pronoun
            m = speaker(s, seg + 2, head)
            if m is not None and m.end <= s.toks[head][0]:
                return m
    inverted = head + 1 < s.n and s.words[head + 1] in ("er", "sie", "es", "wir", "ich", "man")
    if seg > 0 and head == seg and s.toks[seg - 1][2] == "," and not inverted and not oblique(s, 0) \
            and subject_with_aside(s, seg):
        # Bazoum Mohammed, Sprecher der CFDR, forderte die Junta auf, …: the subject before the
        # apposition, not the object after the verb (but: Den IWF, dessen …, forderte er auf)
        m = speaker(s, 0, seg)
        if m is not None:
            return m
    m = speaker(s, seg, head)
    if m is not None and m.end <= s.toks[head][0] and not _a_time(m):  # (not: gerade dieser Tage)
        if object_first(m) or oblique(s, seg):
            # Den Vorschlag begrüßte die Ministerin / Den Anwohnern schlug er vor: the object
            # first, the person after the verb is the subject
            after = mention_after(s, head + 1, stop)
            if a_person(after):
                return after
        return m
    for j in range(seg + 1, head):
        if s.words[j - 1] in PREPOSITIONS or s.words[seg] in PREPOSITIONS or oblique(s, j) \
                or in_prepositional_phrase(s.toks, j) or _after_preposition(s, j):
            continue  # Bei der Pressekonferenz sagte … / Als Grund des Streits gab / auf nationaler Ebene
        m = speaker(s, j, head)
        if m is not None and m.end == s.toks[head - 1][1] and not _a_time(m):
            return m  # (not: Erst vergangene Woche kündigte der Konzern an)
    m = mention_after(s, head + 1, stop)
    if m is not None:
        return m
    if seg > 0 and subject_with_aside(s, seg):
        return speaker(s, 0, seg)
    return None


def _after_preposition(s: Sent, j: int) -> bool:
    """auf nationaler *Ebene*: back over articles and inflected adjectives, a preposition."""
    k = j - 1
    while k >= 0 and (s.words[k] in DETERMINERS or s.toks[k][2].islower() and INFLECTED.search(s.words[k])):
        k -= 1
    return k >= 0 and k < j - 1 and s.words[k] in PREPOSITIONS


def _a_time(m: Mention) -> bool:
    """vergangene Woche, am Abend: a phrase for a time or amount, never the subject."""
    words = (m.name or m.role or "").split()
    # (dieser Tage, vergangene Wochen: the plural by its lemma)
    return bool(words) and (lexicon.is_time_or_measure(words[-1]) or words[-1].endswith(("e", "en"))
                            and lexicon.is_time_or_measure(lemma_and_tag(words[-1])[0]))


def oblique(s: Sent, j: int) -> bool:
    """A phrase that cannot be the subject: genitive, dative or accusative (des Vertrages, den Vorwurf)."""
    if s.words[j] in ("des", "eines", "dem", "den", "einem", "einen"):
        return True
    return s.words[j] == "der" and j > 0 and s.toks[j - 1][2][:1].isupper()


def speaker(s: Sent, k: int, stop: int) -> Mention | None:
    if k >= stop or s.words[k] in _NOT_SPEAKERS:
        return None
    if k == 0 and s.words[0] not in DETERMINERS and not_a_noun(s.toks[0][2]) and s.toks[0][2] != "Zu":
        return None  # Offiziell geht die Regierung davon aus: capitalised only as the first word
    m = read_mention(s.text, s.toks[:stop], k)
    if m is not None and m.name is None and m.role is not None and stop < s.n and s.toks[stop][2] == ",":
        # …, sagte die Vorsitzende des Verbands, Karin Broszek.: the name in apposition
        # lies past the comma that ends the frame
        full = read_mention(s.text, s.toks, k)
        if full is not None and full.name is not None:
            return full
    return m


def mention_after(s: Sent, k: int, stop: int) -> Mention | None:
    """The speaker phrase after an inverted verb, past adverbs and prepositional phrases."""
    j = k
    while j < min(k + 8, stop):
        low = s.words[j]
        if low in PREPOSITIONS and low not in ("von", "des"):
            j = _past_phrase(s, j + 1, stop)  # sagte *am Mittwoch* / *zu den Vorwürfen* der Minister
            continue
        if s.toks[j][2][:1].islower() and low not in DETERMINERS and low not in ("er", "sie"):
            j += 1  # dazu, nun, bereits
            continue
        if lexicon.is_time_or_measure(s.toks[j][2]) and (j == k or s.words[j - 1] not in DETERMINERS):
            j += 1  # sagte heute *Abend*, erklärte letzten *Sonntag*: a time, not the speaker
            continue
        if j + 1 == stop and bare_dative_plural(s.toks[j][2]):
            return None  # sagte Reportern, …: the addressee, the speaker comes before
        return speaker(s, j, stop)
    return None


def _past_phrase(s: Sent, k: int, stop: int) -> int:
    while k < stop and (s.words[k] in DETERMINERS or s.toks[k][2][:1].isupper() or s.toks[k][2][:1].isdigit()
                        or s.words[k].endswith(("e", "en", "er", "es", "em")) and k + 1 < stop
                        and s.toks[k + 1][2][:1].isupper()):
        k += 1
    return k


HEARSAY_VERBS = frozenset("heißt hieß heisst hiess verlautete verlautet".split())
