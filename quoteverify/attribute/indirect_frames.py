"""Frames of indirect speech: the cue or source marker and the clause it frames.

:func:`frames` reads one sentence (a :class:`~quoteverify.attribute.indirect_clauses.Sent`)
and returns the reported clause of its outermost frame as a :data:`Hit`:

- cue before:  X sagte, [clause] / X sagte, dass [clause] / Dazu erklärte X, [clause]
- cue after:   [clause], sagte X. / [A], sagte X, [B]. / [clause], teilte X mit.
- wie:         Wie die Polizei mitteilte, [clause]. / [clause], wie X berichtete.
- so:          [clause], so der Sprecher.
- markers:     Laut X [clause]. / X zufolge [clause]. / Nach Angaben X [clause]. /
               [clause], heißt es in … / [A] nach Angaben X [B] (the whole clause);
               in :mod:`.indirect_markers`
- nouns:       die Forderung, dass [clause] / Berichte, wonach [clause]

The speaker phrase is read with :func:`quoteverify.attribute.mentions.read_mention`
next to the cue (:mod:`.indirect_reading`): the subject before the verb, the
inverted subject after it, the phrase after *laut* or before *zufolge*.
:func:`anaphoric_cue` reads *Das teilte X mit*, which attributes the sentence before.
"""

from __future__ import annotations

import re

from quoteverify import lexicon
from quoteverify.attribute.indirect_clauses import (
    COMMON_FINITE,
    COMPLEMENTISERS,
    COORDINATORS,
    DETERMINERS,
    HALTEN_FUER,
    INFLECTED,
    OBJECT_DETS,
    PREPOSITIONS,
    RELATIVES,
    SUBORDINATORS,
    W_WORDS,
    Sent,
    demanded,
    dependent_at,
    finite_before_zu,
    has_object,
    infinitive_clause,
    non_finite,
    noun_phrase_only,
    relative_at,
    relative_pp,
    skip_apposition,
    speech_verb,
    web_address,
)
from quoteverify.attribute.indirect_markers import MARKERS, source_marker
from quoteverify.attribute.indirect_reading import (
    HEARSAY_VERBS,
    Hit,
    clause_end,
    mention_after,
    mention_before,
    noun_phrase,
    oblique,
    speaker,
    speech_noun,
    sub_clause_end,
    subject,
    subject_with_aside,
)
from quoteverify.attribute.mentions import Mention, read_mention
from quoteverify.attribute.tagging import stem_plus_e
from quoteverify.nlp.konjunktiv import konjunktiv
from quoteverify.nlp.light import tag_words
from quoteverify.records import Span

__all__ = ["MARKERS", "Hit", "anaphoric_cue", "frames"]

# Verbs that stand after a reported clause in the indicative too (…, sagte X).
_PARENTHETICAL = frozenset(
    "sagen erklären betonen meinen mitteilen hinzufügen ergänzen berichten erläutern ausführen "
    "unterstreichen bekräftigen versichern schreiben argumentieren behaupten antworten erwidern "
    "bestätigen melden bekanntgeben verkünden ankündigen warnen kritisieren glauben vermuten "
    "feststellen einräumen zugeben sagen entgegnen begründen".split()
)


# --- frames: a cue or source marker in the sentence ----------------------------------------------


def frames(s: Sent) -> list[Hit]:
    """The clause of the sentence's outermost frame: the one whose cue comes first.

    (Laut CNN hat X verkündet, … : the whole clause after *Laut CNN*; a cue in a
    relative clause further on frames less.)  A frame that is itself in the
    Konjunktiv (Er habe geschrieben, er müsse …) is reported as a whole.
    """
    hits = [h for frame in _FRAMES for h in frame(s)]
    if not hits:
        return []
    best = min(hits, key=lambda h: (h[2].start if h[2] is not None else h[0], -(h[1] - h[0])))
    lo, hi, cue, _, _, _ = best
    if cue is not None and cue.text[:1].isupper() and speech_noun(cue.text.lower(), lexicon.speech_nouns()):
        # Der Vorwurf, man fördere …, sei „falsch“, sagte X: the noun's clause lies inside the
        # clause a closing cue reports
        first = min(lo, cue.start)
        around = [h for h in hits if h[2] is not None and h[0] <= first and hi <= h[1] <= h[2].start]
        if around:
            return [max(around, key=lambda h: h[1] - h[0])]
        if len(s.seps) >= 2 and cue.start < s.char(s.seps[0]) and noun_phrase_only(s, 0, s.seps[0]) \
                and s.konj(s.seps[1] + 1, s.n, hedges=False) == "I":
            # Die Behauptung, der Angeklagte sei bedroht worden, sei durch nichts belegt: the
            # sentence around the noun's clause is reported too, and goes on the last speaker's
            return [(s.char(0), s.end_char(s.n), None, None, "konjunktiv-continuation", 0.7)]
    if best[4] == "source-marker" and cue is not None and lo < cue.start:
        # Die Behörde habe nach der Meldung des Herstellers reagiert, sagte er: a marker inside
        # the clause a closing speech verb reports is no source of its own
        closing = [h for h in hits if h[2] is not None and h[4] != "source-marker" and h[0] <= lo
                   and cue.end <= h[1] <= h[2].start]
        if closing:
            return [closing[0]]
    if cue is not None and s.text[cue.end : lo].rstrip().endswith(":"):
        # Auch die Grünen kritisierten den Plan: Er komme zu spät, meinte Klubobfrau X — the
        # cue closing the clause after the colon names who said it
        closing = [h for h in hits if h[2] is not None and lo <= h[0] and h[1] <= h[2].start]
        if closing:
            return [closing[0]]
    if cue is not None and cue.end <= lo:
        # Er gehe davon aus, dass …, sagte der Bürgermeister: a cue closing the reported frame
        # names who said it; without one the sentence continues the last speaker
        closing = [h for h in hits if h[2] is not None and h[0] <= s.char(0) and h[1] <= h[2].start]
        reported = _reported_frame(s, cue.start, lo)
        if closing and (reported or _konjunktiv_cue(s, cue.start)):
            return [closing[0]]
        # (Er überlege ernsthaft, den Laden aufzugeben: the frame's regular verb, read by the tagger)
        own = cue.text.endswith("e") and _opens_sentence(s, cue.start) and _konjunktiv_cue(s, cue.start)
        if reported or own:
            return [(s.char(0), s.end_char(s.n), None, None, "konjunktiv-continuation", 0.7)]
    return [best]


def _reported_frame(s: Sent, cue_start: int, clause_start: int) -> bool:
    """Is the frame before the clause (from the sentence start) in the Konjunktiv I?"""
    stop = s.index_at(clause_start)
    first = s.index_at(cue_start)
    seg = s.seg_start(first)
    if seg > 0 and not s.konj(0, seg, hedges=False):
        return False  # X blieb dabei, er habe viel versprochen, obwohl …: X's own main clause first
    mood = s.konj(seg, stop, hedges=False)
    # (Die Netzbetreiber hätten zu wenig investiert und verlangten …: a plural Konjunktiv II
    # stands in for the Konjunktiv I, which would look like the indicative)
    plural_ii = mood == "II" and any(s.words[k] in ("hätten", "wären") for k in range(seg, stop))
    return (mood == "I" or plural_ii) and not dependent_at(s, seg)


def _opens_sentence(s: Sent, cue_start: int) -> bool:
    """Is the cue in the sentence's first segment (Er überlege, …), not a later one?"""
    k = s.index_at(cue_start)
    return k < s.n and s.seg_start(k) == 0


def _konjunktiv_cue(s: Sent, cue_start: int) -> bool:
    """Sein Mandant bedauere, …: is the cue itself a regular verb in the Konjunktiv I, which the
    word lists do not know (read with the tagger, in its segment)?"""
    k = s.index_at(cue_start)
    return k < s.n and _tagged_konjunktiv(s, k)


def _tagged_konjunktiv(s: Sent, k: int) -> bool:
    """Does the tagger, reading token ``k`` in its segment, take it for a finite Konjunktiv I?"""
    seg, end = s.seg_start(k), s.next_sep(k)
    words = tuple(t[2] for t in s.toks[seg:end])
    at = k - seg
    lemma, tag = tag_words(words)[at]
    return "FIN" in tag and konjunktiv(words[at], lemma, tag, words[:at], words[at + 1 :]) == "I"


def _cue_before(s: Sent) -> list[Hit]:
    """X sagte, [clause] / X sagte, dass [clause] / Dazu erklärte X, [clause]."""
    for v in range(s.n):
        found = speech_verb(s, v, intent=True)
        if found is None:
            continue
        verb, particle = found
        intent = verb.cls in lexicon.INTENT_VERB_CLASSES  # beschloss, bot … an: see _intended
        seg = s.seg_start(v)
        first = s.words[seg]
        relative = seg > 0 and (relative_at(s, seg) or relative_pp(s, seg))
        if first == "wie" or seg > 0 and s.quoted[max(0, seg - 2)]:
            continue  # Wie X sagte, … / „…“, sagte X, …: other frames
        if s.words[0] in ("das", "dies", "dieses") and (v == 1 or v == 2 and s.toks[1][2].islower()):
            continue  # Das berichtet X, … / Das hat X …: attributes the sentence before (not: Das Amt sagt)
        if seg > 0 and v == seg and s.words[0] not in SUBORDINATORS and not subject_with_aside(s, seg):
            continue  # [clause], sagte X, …: the cue follows its clause
        sep = s.next_sep(v if particle is None or particle < s.next_sep(v) else particle)
        colon = sep < s.n and s.toks[sep][2] == ":"
        bare = _infinitive_without_comma(s, v, particle, verb, sep)
        if bare is not None:
            cue = Span(s.toks[v][0], s.toks[v][1], s.toks[v][2])
            return [(s.char(bare), s.end_char(sep), cue, subject(s, seg, v, bare), "infinitive-cue", 0.6)]
        if sep >= s.n or sep - v > (25 if colon else 15) or s.toks[sep][2] not in ",:":
            continue
        mention = subject(s, seg, v, sep)
        before = mention is not None and mention.end <= s.toks[v][0]
        addressed = has_object(s, v, particle if particle is not None else sep, before)
        topic = False  # kritisierte das Gesetz scharf: Es sei …: the object is the topic
        if addressed and intent:
            if verb.cls != "direct":
                continue  # plante eine Reform mit dem Ziel, …: the clause is the noun's
        elif addressed and verb.lemma not in lexicon.addressee_verbs() and verb is not HALTEN_FUER \
                and s.words[sep - 1] not in _POINTING:
            if not colon:
                continue  # (hält *es* für möglich, dass …: "es" stands for the clause)
            topic = True
        weak = first in SUBORDINATORS or relative
        lead = _skip_aside(s, sep + 1)
        clause = _complement(s, lead, weak=weak, question=verb.cls == "ask")
        if clause is None:
            continue
        k, end, rule, conf = clause
        if topic and rule != "konjunktiv-cue":
            continue
        owned = _genitive_owner(s, v + 1, sep) if rule == "infinitive-cue" else None
        if owned is not None:
            # erinnerte an das Versprechen der Koalition, … zu bauen: the noun's content, which
            # its owner voiced (not the subject); the noun is the cue
            noun, mention = owned
            a, b, word = s.toks[noun]
            return [(s.char(k), s.end_char(end), Span(a, b, word), mention, rule, conf)]
        if addressed and not topic and rule not in ("infinitive-cue", "dass-clause", "konjunktiv-cue"):
            continue  # bat die Anwohner, die Fenster …: an indicative clause is no report
        if intent and not _intended(s, lead, k, end, rule):
            continue
        if _negated(s, _own_clause(s, seg, v), sep):
            continue  # wollte nicht bestätigen, dass …: nothing was said
        if rule == "cue-clause" and (
            non_finite(s.toks[v][2], verb)
            or _first_person(s, seg, sep)
            or verb.lemma not in _PARENTHETICAL
            or s.toks[sep][2] == ":"  # X meinte: … is direct speech without marks
            or "sich" in s.words[v:sep]  # meldete sich: not a speech act
        ):
            continue
        cue = Span(s.toks[v][0], s.toks[v][1], s.toks[v][2])
        return [(s.char(k), s.end_char(end), cue, mention, rule, conf)]
    return []


def _genitive_owner(s: Sent, lo: int, hi: int) -> tuple[int, Mention] | None:
    """A speech or intent noun right before the comma with its owner in the genitive (an das
    *Versprechen der Koalition*, auf die *Forderung des Vorsitzenden X*): the owner, who voiced
    what the infinitive after it says."""
    nouns, intents = lexicon.speech_nouns(), lexicon.intent_nouns()
    for j in range(hi - 2, lo - 1, -1):
        word = s.toks[j][2]
        if word[:1].isupper() and (speech_noun(s.words[j], nouns) or s.words[j] in intents):
            if s.words[j + 1] not in ("des", "der", "eines", "einer"):
                return None
            owner = speaker(s, j + 1, hi)
            return (j, owner) if owner is not None and owner.end == s.toks[hi - 1][1] else None
    return None


# begründete die Einblendungen *damit*, dass …: the clause completes the pronominal adverb
_POINTING = frozenset("damit darauf davon dafür darüber darin".split())

# Subordinators that are prepositions too (bis zu 100 Stellen zu streichen), and dass.
_ALSO_PREPOSITIONS = frozenset("dass daß bis seit während um ohne statt anstatt".split())


def _infinitive_without_comma(
    s: Sent, v: int, particle: int | None, verb: lexicon.SpeechVerb, sep: int
) -> int | None:
    """Philips hat angekündigt die Preise zu erhöhen / Die Firma bietet an den Lohn zu erhöhen:
    the comma before a zu-infinitive may be left out after a participle or a particle that closes
    the frame.  The infinitive's first token, or None."""
    if particle is None:
        if not non_finite(s.toks[v][2], verb) or s.words[v] == verb.lemma:
            return None  # only a participle closes the frame (not: sagt die Preise zu …)
        k = v + 1
    else:
        k = particle + 1
        if particle != v + 1 and particle + 1 < sep:
            return None
    if k >= sep or s.words[k] in ("um", "ohne", "statt", "anstatt", "zu") or s.quoted[k]:
        return None
    words = s.words[k:sep]
    if not infinitive_clause(words) or finite_before_zu(s, k, sep) or not _content_infinitive(s, k, sep):
        return None
    return k


def _intended(s: Sent, lead: int, k: int, end: int, rule: str) -> bool:
    """Does a verb of deciding, planning or ordering report this clause?

    Only what was decided, planned or ordered: a dass-clause, a zu-infinitive or
    a Konjunktiv I clause (beschloss, dass … / die Schule zu schließen / ordnete an,
    der Platz werde geräumt); not a question (entscheidet, ob …), a reason (da …) or
    the reporter's Konjunktiv II.
    """
    word = s.words[lead]
    if word in SUBORDINATORS and word not in _ALSO_PREPOSITIONS or word in W_WORDS or word == "wonach":
        return False
    if rule == "konjunktiv-cue":
        return s.konj(k, end) == "I" or _regular_konj_like(s, k, end)
    return rule in ("dass-clause", "infinitive-cue")


_NEGATIONS = frozenset("nicht weder nie niemals keineswegs".split())


def _negated(s: Sent, lo: int, hi: int) -> bool:
    """Is the frame in tokens ``lo..hi`` negated (X wollte nicht bestätigen, dass … / konnte weder
    bestätigen noch ausschließen)?  Not: nicht nur."""
    return any(
        s.words[k] in _NEGATIONS and not (k + 1 < hi and s.words[k + 1] == "nur") and not s.quoted[k]
        for k in range(lo, hi)
    )


def _own_clause(s: Sent, seg: int, v: int) -> int:
    """Where the clause of the verb at ``v`` starts: after a coordinating und/aber in its segment
    (X wollte das nicht hinnehmen *und* gab vor, …)."""
    for k in range(v - 1, seg - 1, -1):
        if s.words[k] in ("und", "aber", "sondern", "doch") and not s.quoted[k]:
            return k + 1
    return seg


def _skip_aside(s: Sent, k: int) -> int:
    """Skip a name apposition or a wie-aside after a comma (, Mohammed el-Baradei, / , wie er heißt,)."""
    after = skip_apposition(s, k)
    if after > k and (relative_at(s, after) or relative_pp(s, after)):
        return k  # aufgerufen, Frauen, die …, zu …: the noun is the clause's, with its relative clause
    k = after
    end = s.next_sep(k)
    if k < s.n and s.words[k] == "wie" and end < s.n and s.toks[end][2] == "," and end - k <= 8:
        return end + 1
    return k


def _complement(
    s: Sent, k: int, *, weak: bool = False, question: bool = False
) -> tuple[int, int, str, float] | None:
    """The clause a cue introduces from token ``k``: (start, end, rule, confidence) or None.

    dass/ob/wonach clauses (complementiser dropped), w-clauses after a verb of
    asking (``question``), Konjunktiv clauses and - unless ``weak`` - indicative
    main clauses; never a zu-infinitive, a relative clause or a coordinated
    main clause.
    """
    if k >= s.n:
        return None
    lead = s.words[k]
    if lead in COMPLEMENTISERS:
        return k + 1, sub_clause_end(s, k + 1), "dass-clause", 0.85
    end = clause_end(s, k)
    if lead in W_WORDS:
        # fragte, wann …; after other verbs a w-clause is a topic (erklärte, wie …), not a report
        return (k, end, "dass-clause", 0.7) if question or s.konj(k, end) else None
    first = s.next_sep(k)
    if lead in COMMON_FINITE and weak or speech_verb(s, k) is not None:
        # X, der sich entschlossen hatte, *sagte* … / Das Projekt, das er ankündigte, *wurde* …:
        # after a cue in a relative clause the main clause goes on (not: kündigte an, *sollte* X …, zu …)
        return None
    if lead in COORDINATORS or relative_at(s, k):
        # sagte X, und …  / die Regierung, die …; but a zu-infinitive may open with an adverb
        # or an article that looks like a relative pronoun (empfahl, *der* Klage stattzugeben)
        if lead in _CLAUSE_COORDINATORS or not infinitive_clause(s.words[k:first]):
            return None
    if relative_pp(s, k) or not _has_verb_slot(s, k, end):
        return None
    if lead in ("um", "ohne", "statt", "anstatt") and (
        not s.konj(k, end) or "zu" in s.words[k:first]
    ):
        return None  # um … zu: a purpose, not what was said (not: ohne neue Werke könne man …)
    if (infinitive_clause(s.words[k:end]) or first < end and infinitive_clause(s.words[k:first])) and not (
        finite_before_zu(s, k + 1, first)
    ):
        # … zu erheben / … zu erheben, der … passiert: the infinitive, with what depends on it
        if first < end and infinitive_clause(s.words[k:first]) and _main_goes_on(s, first):
            end = first  # Der Plan, das Bad zu schließen, *wurde* verworfen: the main clause resumes
        return (k, end, "infinitive-cue", 0.7) if _content_infinitive(s, k, end) else None
    if s.konj(k, end):
        return k, end, "konjunktiv-cue", 0.9
    if _regular_konj_like(s, k, end):
        return k, end, "konjunktiv-cue", 0.8
    if demanded(s, k, end):  # mahnte, die Menschen sollten … (not: warnte, sollte X …, …)
        return k, end, "konjunktiv-cue", 0.75
    if weak or not _subject_first(s, k) or s.plain_words(k, end) < 3 or not _finite_like(s, k, end):
        return None
    return k, end, "cue-clause", 0.6


# Coordinators that open a main clause, never a zu-infinitive (unlike jedoch, allerdings).
_CLAUSE_COORDINATORS = frozenset("und aber oder sondern doch denn sowie wobei sodass zumal".split())


def _main_goes_on(s: Sent, sep: int) -> bool:
    """After the separator at ``sep``, does the main clause resume with its finite verb or
    particle (…, zu schließen, *wurde* verworfen / *lehnte* er ab / *ab*), rather than another
    infinitive, a subordinate, relative or coordinated clause?"""
    k = sep + 1
    if k >= s.n or s.toks[sep][2] != ",":
        return False
    word, low = s.toks[k][2], s.words[k]
    if not word.islower() or low in SUBORDINATORS or low in COORDINATORS or low in DETERMINERS:
        return False
    if low in PREPOSITIONS or relative_at(s, k) or relative_pp(s, k):
        return False
    nxt = s.next_sep(k)
    return not infinitive_clause(s.words[k:nxt])


def _content_infinitive(s: Sent, k: int, end: int) -> bool:
    """… kündigte an, die Steuern zu senken: a zu-infinitive that states what was said.

    Not a purpose or manner clause (um/ohne/statt … zu) and not a bare verb (…, zu helfen).
    """
    words = [w for w in s.words[k:end] if w[:1].isalpha()]
    return len(words) >= 3 and words[0] not in ("um", "ohne", "statt", "anstatt")


_NOT_KONJ = frozenset(
    "heute gerne lange ebenfalls ohne bitte beide alle andere eine keine seine ihre diese jene welche "
    "manche solche etwa gegebene genannte große kleine neue alte erste letzte nächste gleiche ganze".split()
)


def _regular_konj_like(s: Sent, lo: int, hi: int) -> bool:
    """A regular Konjunktiv I in verb position (er *gehöre* keiner Partei an, die Aktion *erinnere* …).

    A lower-case word in -e after a noun, name or pronoun, not before a noun (so
    not an adjective: die *neue* Regel); only used after a cue, where a
    reported clause is expected.
    """
    for k in range(max(lo, 1), hi):
        word, low = s.toks[k][2], s.words[k]
        if s.quoted[k] or not word.islower() or not low.endswith("e") or len(low) < 4 or low in _NOT_KONJ \
                or low.endswith("weise") and len(low) > 5:  # teilweise, möglicherweise: adverbs
            continue
        if low.endswith("ete") or low.endswith("te") and low[-3] != "t" and not stem_plus_e(word) \
                or low in COMMON_FINITE:
            continue  # meldete, sagte, wurde: the past tense (not: koste, behaupte)
        if s.konj(k, k + 1):
            continue  # würde, hätte, habe: the closed forms, read by Sent.konj
        if low in DETERMINERS or low in PREPOSITIONS:
            continue
        prev, nxt = s.toks[k - 1][2], s.toks[k + 1][2] if k + 1 < s.n else ""
        if not (prev[:1].isupper() or s.words[k - 1] in ("er", "sie", "es", "man")):
            continue
        low_next = nxt.lower()
        if nxt[:1].isupper() or INFLECTED.search(low_next) and not (
            low_next in DETERMINERS or low_next in PREPOSITIONS or low_next.startswith("kein")
        ):
            # die neue Regel: an adjective before its noun, unless the tagger reads the clause
            # with a verb there (jeder Tag *koste* Geld, sie *verwechsle* Ursache und Wirkung)
            if _tagged_konjunktiv(s, k):
                return True
            continue
        return True
    return False


def _finite_like(s: Sent, lo: int, hi: int) -> bool:
    """Some word in tokens ``lo..hi`` that can be a finite verb (ist, kam, wurde, plant, hatte)."""
    for k in range(lo, hi):
        low = s.words[k]
        if s.quoted[k] or not s.toks[k][2][:1].islower() or low in DETERMINERS or low in PREPOSITIONS:
            continue
        if low in COMMON_FINITE:
            return True
        nxt = s.toks[k + 1][2] if k + 1 < s.n else ""
        if low.endswith(("t", "te", "ten", "en", "e")) and len(low) > 3 and not nxt[:1].isupper() and (
            s.words[k - 1] not in DETERMINERS
        ):
            return True  # plant, hatte, gingen, bekenne (a regular Konjunktiv I)
    return False


def _subject_first(s: Sent, k: int) -> bool:
    """An indicative main clause opens with its subject here: a name, noun phrase or pronoun."""
    word = s.toks[k][2]
    return word[:1].isupper() or word[:1].isdigit() or s.words[k] in DETERMINERS or s.words[k] in (
        "er", "sie", "es", "man", "wir", "ich"
    )


def _noun_clause(s: Sent) -> list[Hit]:
    """die Forderung, dass … / Berichte, wonach … / wagte die Prognose, X werde … /
    der Beschluss des Rates, die Schule zu schließen"""
    nouns = lexicon.speech_nouns()
    for sep in s.seps:
        if sep == 0 or s.toks[sep][2] != "," or sep + 1 >= s.n:
            continue
        noun = s.toks[sep - 1][2]
        lead = s.words[sep + 1]
        if lead in RELATIVES and _verb_last(s, sep + 1) and not infinitive_clause(
            s.words[sep + 1 : s.next_sep(sep + 1)]
        ):
            continue  # die Sätze, die … gefallen dürften: a relative clause (not: die Gebühren zu …)
        head = sep - 1
        if lead != "wonach" and not (noun[:1].isupper() and speech_noun(noun.lower(), nouns)):
            head = _intent_noun(s, sep)
            if head is None:
                continue
        clause = _complement(s, sep + 1, weak=True)
        if clause is None:
            continue
        k, end, rule, conf = clause
        if head < sep - 1 or not speech_noun(s.words[head], nouns) and lead != "wonach":
            if not _intended(s, sep + 1, k, end, rule):
                continue  # der Plan der Stadt, die …: only what was planned or asked for
        cue_tok = s.toks[sep + 1] if lead == "wonach" else s.toks[head]
        cue = Span(cue_tok[0], cue_tok[1], cue_tok[2])
        seg = s.seg_start(head)
        if lead != "wonach" and s.words[head] in lexicon.intent_nouns():
            # the owner in the genitive (der Vorschlag *des Ministers*), the subject who has the plan
            # (*Die Grünen* fassten den Beschluss), or the plan, the request itself as the source
            # (*Mehrere Anfragen* an X, …), as a report is
            mention = None
            if head < sep - 1 and s.words[head + 1] != "an":
                mention = speaker(s, head + (2 if s.words[head + 1] in ("von", "vom") else 1), sep)
            if mention is None:
                mention = _noun_owner(s, seg, head, nouns) or read_mention(s.text, s.toks[: head + 1], head)
        else:
            mention = speaker(s, seg, head) if lead != "wonach" else None
            if lead != "wonach" and (mention is None or mention.end > s.toks[head][0]):
                mention = _noun_owner(s, seg, head, nouns)
        if mention is None:
            mention = mention_before(s, sep - 1)
        return [(s.char(k), s.end_char(end), cue, mention, rule, conf - 0.1)]
    return []


# an inflected participle before its noun (geäußerte, formulierten, kritisierte)
_PARTICIPLE = re.compile(r"(?:ge\w+|\w+iert)(?:e|en|er|es|em)$")

_OWNER_LINKS = frozenset("des der eines einer von vom an".split())


def _intent_noun(s: Sent, sep: int) -> int | None:
    """The noun of a decision or request before the comma at ``sep``, also with its owner in
    the genitive or after von/an (der Vorschlag des Ministers, …)."""
    intent = lexicon.intent_nouns()
    noun = s.toks[sep - 1][2]
    if noun[:1].isupper() and s.words[sep - 1] in intent:
        return sep - 1
    for j in range(sep - 2, max(s.seg_start(sep - 1), sep - 7) - 1, -1):
        word = s.toks[j][2]
        if not (word[:1].isupper() or s.words[j] in DETERMINERS or s.words[j] in _OWNER_LINKS
                or INFLECTED.search(s.words[j])):
            return None
        if word[:1].isupper() and s.words[j + 1] in _OWNER_LINKS and s.words[j] in intent:
            return j
    return None


def _noun_owner(s: Sent, seg: int, noun: int, nouns: frozenset[str]) -> Mention | None:
    """Who voices the speech noun: the subject before it (Die Ministerin wagte die Prognose, …),
    not a phrase in a prepositional or object case, nor another speech noun; in an attribute
    the agent (die von Arnold geäußerte Hoffnung, …)."""
    if noun > seg and _PARTICIPLE.match(s.toks[noun - 1][2]):
        by = next((j for j in range(seg, noun - 1) if s.words[j] in ("von", "vom")), None)
        if by is not None:
            m = speaker(s, by + 1, noun)
            if m is not None and m.kind in ("name", "role", "institution"):
                return m
    for j in range(seg, noun):
        if j > seg and (s.words[j - 1] in PREPOSITIONS or s.toks[j - 1][2][:1].isupper()):
            continue
        if s.words[j] in PREPOSITIONS or oblique(s, j):
            continue
        m = speaker(s, j, noun)
        if m is None or m.end > s.toks[noun][0] - 1:
            continue
        head = m.text.split()[-1].lower()
        if not speech_noun(head, nouns):
            return m
    return None


def _verb_last(s: Sent, k: int) -> bool:
    """Is the clause from ``k`` verb-final (a relative clause), not verb-second (die Welt *sei* …)?"""
    end = s.next_sep(k)
    moods = [j for j in range(k, end) if s.konj(j, j + 1)]
    return not moods or moods[0] >= end - 1


def _has_verb_slot(s: Sent, k: int, end: int) -> bool:
    """A clause has some lower-case word that is not a determiner or preposition."""
    return any(
        s.toks[j][2][:1].islower() and s.words[j] not in DETERMINERS and s.words[j] not in PREPOSITIONS
        for j in range(k, end)
        if not s.quoted[j]
    )


def _first_person(s: Sent, seg: int, stop: int) -> bool:
    """Ich würde nicht sagen, …: an interview answer, not a report."""
    return any(w in ("ich", "wir") for w in s.words[seg:stop])


def _cue_after(s: Sent) -> list[Hit]:
    """[clause], sagte X. / [clause], teilte die Polizei mit. / [A], sagte X, [B]."""
    for sep in s.seps:
        v = sep + 1
        if v >= s.n or s.toks[sep][2] == ":":
            continue
        if s.words[v] in ("das", "dies") and v + 1 < s.n and (told := speech_verb(s, v + 1, intent=True)) \
                and told[0].cls != "frame":
            v += 1  # [clause], das entschied die Behörde. / …, dies teilte X mit: das points back
        found = speech_verb(s, v, intent=v > sep + 1)
        # (not a preposition before its noun: Ohne die Pachteinnahmen fehlten …, sagte sie)
        opener = s.words[0] in SUBORDINATORS and not _prepositional_opening(s)
        if found is None or opener and s.seps[0] >= sep:
            continue  # Als er ankam, sagte er …: the cue opens the main clause
        own = s.plain_words(0, sep)  # Das sei „enttäuschend“: two words of the reporter's and a quoted one
        if own < 2 or own == 2 and not any(s.quoted[k] and s.toks[k][2][:1].isalnum() for k in range(sep)):
            continue
        if noun_phrase(s, 0, sep):
            continue  # Thomas Henzinger, der Präsident des Instituts, kündigt …: the subject
        if _quotation_after_colon(s, sep):
            continue  # X war zufrieden: „…“, sagte er: the cue attributes the quotation
        last = s.seg_start(sep)
        if last > 0 and noun_phrase_only(s, 0, s.seps[0]) and (
            s.words[last] in SUBORDINATORS or relative_at(s, last) or relative_pp(s, last)
        ):
            continue  # Die Politikerin, die im Exil lebt, kritisierte …: the main verb
        verb, _ = found
        frame_end = s.next_sep(v)
        mention = mention_after(s, v + 1, frame_end)
        if mention is None or any(s.words[j] in OBJECT_DETS for j in range(v + 1, frame_end)
                                  if s.toks[j][1] <= mention.start):
            continue
        if frame_end - v > (25 if frame_end >= s.n else 12):
            continue
        # X kritisierte den Plan: [clause], meinte Y — the clause starts after the colon
        first = next((k + 1 for k in range(sep - 1, 0, -1) if s.toks[k][2] == ":" and not s.quoted[k]), 0)
        # (a regular Konjunktiv I, read by the tagger: Ein Sieg mache noch keine Saison, mahnte er)
        konj = s.konj(first, sep) or ("I" if _regular_konj_like(s, first, sep) else None)
        if not konj and verb.lemma not in _PARENTHETICAL and v == sep + 1:
            continue
        end = s.n if _goes_on(s, frame_end, sep) else sep
        if end == s.n and not (konj or s.konj(frame_end, s.n)):
            continue
        rule, conf = ("konjunktiv-cue", 0.85) if konj else ("cue-clause", 0.6)
        cue = Span(s.toks[v][0], s.toks[v][1], s.toks[v][2])
        return [(s.char(first), s.end_char(end), cue, mention, rule, conf)]
    return []


def _prepositional_opening(s: Sent) -> bool:
    """Ohne die Einnahmen fehlten …, Bis Sonntagabend könnten …: a word that may open a
    subordinate clause is a preposition here, before its noun phrase or before a bare noun
    that the finite verb follows (not: Bis Experten kommen, …)."""
    if s.words[0] not in _ALSO_PREPOSITIONS or s.n < 3:
        return False
    if s.words[1] in DETERMINERS:
        return True
    word = s.toks[1][2]
    finite = s.words[2] in COMMON_FINITE or s.konj(2, 3) is not None
    return (word[:1].isupper() or word[:1].isdigit()) and finite


def _quotation_after_colon(s: Sent, sep: int) -> bool:
    """Does a quotation introduced by a colon run up to the separator at ``sep``?"""
    colon = next((k for k in range(sep - 1, -1, -1) if s.toks[k][2] == ":"), None)
    return colon is not None and colon + 1 < sep and all(
        s.quoted[k] or s.toks[k][2] in "„“”\"»«" for k in range(colon + 1, sep))


def _goes_on(s: Sent, k: int, before: int) -> bool:
    """Does the clause go on after a frame ending at separator ``k`` (Die Lage, sagte Kühn, *sei ernst*)?

    Only if a finite verb follows (a Konjunktiv or a frequent indicative form),
    a dass-clause completes a Konjunktiv clause before the frame, or the part
    before the frame (tokens up to ``before``) is a bare noun phrase.  An
    apposition to the speaker (…, sagte Müller, der Sprecher der Stadt) or a
    relative clause about them (…, so Celebi, die auch angab, …) does not.
    """
    first = k + 1
    if first >= s.n or s.plain_words(first, s.n) < 2 or relative_at(s, first) or relative_pp(s, first):
        return False
    lead = s.words[first]
    if lead == "dass" and s.konj(0, before):
        return True  # Das Problem sei, so X, dass …: the reported clause's own complement
    if lead in SUBORDINATORS or lead in DETERMINERS or s.toks[first][2][:1].isupper():
        return False
    end = s.next_sep(first)
    return bool(s.konj(first, end)) or lead in COMMON_FINITE or noun_phrase_only(s, 0, before)


def _wie_frame(s: Sent) -> list[Hit]:
    """Wie die Polizei mitteilte, [clause]. / [clause], wie X berichtete. / wie es heißt"""
    for w in range(s.n):
        if s.words[w] != "wie" or s.quoted[w] or (w > 0 and w - 1 not in s.seps):
            continue
        frame_end = s.next_sep(w)
        if frame_end < s.n and s.toks[frame_end][2] == "," and (after := skip_apposition(s, frame_end + 1)) \
                > frame_end + 1:
            frame_end = s.next_sep(after)  # Wie die Premierministerin von X, Anna Bligh, erklärte, …
        verbs = _wie_verbs(s, w + 1, frame_end)
        if not verbs and frame_end < s.n and s.toks[frame_end][2] == ",":
            # wie Alan Stern, Direktor des Rates, erklärte: an apposition with its role phrase
            role_end = s.next_sep(frame_end + 1)
            if role_end < s.n and s.toks[role_end][2] == "," and role_end - frame_end <= 8 and (
                noun_phrase_only(s, frame_end + 1, role_end)
            ):
                last = s.next_sep(role_end + 1)
                if last - role_end <= 4 and (late := _wie_verbs(s, role_end + 1, last)):
                    verbs, frame_end = late, last
        if not verbs or frame_end - w > 14:
            continue
        v = verbs[-1]
        if (named := speech_verb(s, v)) is not None and named[0].lemma == "nennen":
            continue  # „Trap“, wie er genannt wird / wie er sich nannte: a name, not a source
        k = w + 2 if s.words[w + 1] == "von" else w + 1
        mention = read_mention(s.text, s.toks[:frame_end], k) if k < v else None
        if mention is None and k < v and web_address(s.toks[k][2]):
            a, b, site = s.toks[k]  # Wie t-online.de berichtet, …: a website is named like an outlet
            mention = Mention(a, b, site, "institution", site, None, None)
        if mention is None and frame_end - w <= 2:
            continue  # "wie berichtet": the outlet's own earlier report
        participle = named is not None and non_finite(s.toks[v][2], named[0]) and s.words[v] != named[0].lemma
        if mention is None and participle and not any(
            s.words[k] in COMMON_FINITE for k in range(w + 1, frame_end)
        ):
            continue  # so schlimm, wie zunächst angenommen: a comparison, no source
        cue = Span(s.toks[v][0], s.toks[v][1], s.toks[v][2])
        if w == 0:
            if frame_end >= s.n:
                continue
            lo, hi = frame_end + 1, clause_end(s, frame_end + 1)
        else:
            lo, hi = 0, w - 1
            if _goes_on(s, frame_end, w - 1):
                hi = s.n
        if s.plain_words(lo, hi) < 2:
            continue
        return [(s.char(lo), s.end_char(hi), cue, mention, "source-marker", 0.85)]
    return []


def _wie_verbs(s: Sent, lo: int, hi: int) -> list[int]:
    """The speech or hearsay verbs of a wie-frame in tokens ``lo..hi`` (mitteilte, hieß, bekannt wurde)."""
    return [
        k for k in range(lo, hi)
        if speech_verb(s, k) is not None or s.words[k] in HEARSAY_VERBS
        or s.words[k] in ("wurde", "wird", "worden") and s.words[k - 1] == "bekannt"
    ]


def _so_frame(s: Sent) -> list[Hit]:
    """[clause], so der Sprecher. / [A] – so der Vorwurf – [B]."""
    for sep in s.seps:
        k = sep + 1
        if k >= s.n or s.words[k] != "so" or s.quoted[k] or s.toks[sep][2] == ":":
            continue
        if k + 1 < s.n and speech_verb(s, k + 1) is not None:
            continue  # …: So sagte X, …: the frame of what follows
        frame_end = s.next_sep(k)
        mention = read_mention(s.text, s.toks[:frame_end], k + 1)
        if mention is None or frame_end - k > 10:
            continue
        hi = s.n if _goes_on(s, frame_end, sep) else sep
        # (Bis dahin, so die Prognose, könnten …: the words after the frame count too)
        if s.plain_words(0, sep) + (s.plain_words(frame_end + 1, s.n) if hi == s.n else 0) < 3:
            continue
        cue = Span(s.toks[k][0], s.toks[k][1], s.toks[k][2])
        return [(s.char(0), s.end_char(hi), cue, mention, "source-marker", 0.85)]
    return []


def _attitude(s: Sent) -> list[Hit]:
    """Der Trainer zeigte sich zuversichtlich, das Spiel zu gewinnen / ist überzeugt, dass …:
    the position of the subject, in a dass-clause, a zu-infinitive or a Konjunktiv I clause."""
    adjectives = lexicon.attitude_adjectives()
    for sep in s.seps:
        a = sep - 1
        if a <= 0 or s.toks[sep][2] != "," or s.words[a] not in adjectives or s.quoted[a]:
            continue
        seg = s.seg_start(a)
        if s.words[seg] in SUBORDINATORS or relative_at(s, seg) or _negated(s, _own_clause(s, seg, a), sep):
            continue
        clause = _complement(s, sep + 1, weak=True)
        if clause is None or not _intended(s, sep + 1, *clause[:3]):
            continue
        k, end, rule, conf = clause
        mention = speaker(s, seg, a)
        if mention is None or mention.kind == "pronoun" and mention.text.lower() == "es":
            continue  # es ist sicher, dass …: nobody's position
        cue = Span(s.toks[a][0], s.toks[a][1], s.toks[a][2])
        return [(s.char(k), s.end_char(end), cue, mention, rule, conf - 0.1)]
    return []


# verbs that carry an attitude adjective closing a sentence: ist X überzeugt, zeigte sich X zuversichtlich
_ATTITUDE_VERBS = frozenset("ist war sind waren zeigte zeigt zeigten zeigen gab gibt gaben geben".split())


def _attitude_after(s: Sent) -> list[Hit]:
    """Hätte man mehr Geld gehabt, wäre es knapper geworden, ist Giger überzeugt / zeigte sich
    die Ministerin zuversichtlich: a Konjunktiv clause whose closing cue is an attitude."""
    end = s.n - 1
    while end > 0 and s.toks[end][2] in ".!?":
        end -= 1
    if end < 3 or s.quoted[end] or s.words[end] not in lexicon.attitude_adjectives():
        return []
    sep = next((k for k in reversed(s.seps) if k < end), None)
    if sep is None or s.toks[sep][2] != "," or s.words[sep + 1] not in _ATTITUDE_VERBS:
        return []
    k = sep + 2 + (s.words[sep + 2] == "sich")
    mention = mention_after(s, k, end)
    if mention is None or mention.kind == "pronoun" and mention.text.lower() == "es":
        return []
    first = next((j + 1 for j in range(sep - 1, 0, -1) if s.toks[j][2] == ":" and not s.quoted[j]), 0)
    if s.plain_words(first, sep) < 3 or not s.konj(first, sep, hedges=False):
        return []
    cue = Span(s.toks[end][0], s.toks[end][1], s.toks[end][2])
    return [(s.char(first), s.end_char(sep), cue, mention, "konjunktiv-cue", 0.75)]


_FRAMES = (_wie_frame, _cue_before, _cue_after, _so_frame, source_marker, _noun_clause, _attitude,
           _attitude_after)

_ANAPHORS = frozenset("das dies dieses".split())


def anaphoric_cue(s: Sent) -> tuple[Span, Mention | None] | None:
    """Das gab die Polizei bekannt. / Dies bestätigte ein Sprecher: a cue for the sentence before.

    The sentence opens with *das*/*dies* and a speech verb; its speaker is the
    subject after the verb.  A *das* before a noun (Das Gericht sagte) is an article.
    """
    if s.n < 3 or s.words[0] not in _ANAPHORS or s.quoted[0]:
        return None
    if s.words[1] in ("geht", "ging") and s.words[2] == "aus" and "hervor" in s.words[3 : s.n]:
        # Dies geht aus einem Bericht der Behörde hervor: the document is the source
        cue = Span(s.toks[1][0], s.toks[1][1], s.toks[1][2])
        return cue, speaker(s, 3, s.words.index("hervor", 3))
    verb = 1
    if speech_verb(s, 1) is None:
        end = s.next_sep(1)
        if s.words[1] not in COMMON_FINITE or end < 4 or speech_verb(s, end - 1) is None:
            return None
        verb = end - 1  # Das hat Stadträtin X am Mittwoch angekündigt: the participle closes it
    cue = Span(s.toks[verb][0], s.toks[verb][1], s.toks[verb][2])
    return cue, mention_after(s, 2, verb if verb > 1 else s.next_sep(1))
