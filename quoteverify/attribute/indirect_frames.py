"""Frames of indirect speech: the cue or source marker and the clause it frames.

:func:`frames` reads one sentence (a :class:`~quoteverify.attribute.indirect_clauses.Sent`)
and returns the reported clause of its outermost frame as a :data:`Hit`:

- cue before:  X sagte, [clause] / X sagte, dass [clause] / Dazu erklärte X, [clause]
- cue after:   [clause], sagte X. / [A], sagte X, [B]. / [clause], teilte X mit.
- wie:         Wie die Polizei mitteilte, [clause]. / [clause], wie X berichtete.
- so:          [clause], so der Sprecher.
- markers:     Laut X [clause]. / X zufolge [clause]. / Nach Angaben X [clause]. /
               [clause], heißt es in … / [A] nach Angaben X [B] (the whole clause)
- nouns:       die Forderung, dass [clause] / Berichte, wonach [clause]

The speaker phrase is read with :func:`quoteverify.attribute.mentions.read_mention`
next to the cue: the subject before the verb, the inverted subject after it, the
phrase after *laut* or before *zufolge*.
"""

from __future__ import annotations

from quoteverify import lexicon
from quoteverify.attribute.indirect_clauses import (
    COMMON_FINITE,
    COMPLEMENTISERS,
    COORDINATORS,
    DETERMINERS,
    INFLECTED,
    OBJECT_DETS,
    PREPOSITIONS,
    RELATIVES,
    SUBORDINATORS,
    W_WORDS,
    Sent,
    bare_dative_plural,
    dependent_at,
    finite_after_phrase,
    has_object,
    infinitive_clause,
    non_finite,
    noun_phrase_only,
    relative_at,
    relative_pp,
    skip_apposition,
    source_np_end,
    speech_verb,
)
from quoteverify.attribute.mentions import Mention, read_mention
from quoteverify.attribute.tagging import not_a_noun
from quoteverify.records import Span

__all__ = ["MARKERS", "Hit", "frames"]

# (start, end, cue, mention, rule, confidence): a clause before fitting around quotations.
Hit = tuple[int, int, Span | None, Mention | None, str, float]

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
    if cue is not None and cue.end <= lo and _reported_frame(s, cue.start, lo):
        return [(s.char(0), s.end_char(s.n), None, None, "konjunktiv-continuation", 0.7)]
    return [best]


def _reported_frame(s: Sent, cue_start: int, clause_start: int) -> bool:
    """Is the frame before the clause (from the sentence start) in the Konjunktiv I?"""
    stop = next((k for k, t in enumerate(s.toks) if t[0] >= clause_start), s.n)
    first = next((k for k, t in enumerate(s.toks) if t[0] >= cue_start), 0)
    seg = s.seg_start(first)
    return s.konj(seg, stop, hedges=False) == "I" and not dependent_at(s, seg)


def _cue_before(s: Sent) -> list[Hit]:
    """X sagte, [clause] / X sagte, dass [clause] / Dazu erklärte X, [clause]."""
    for v in range(s.n):
        found = speech_verb(s, v)
        if found is None:
            continue
        verb, particle = found
        seg = s.seg_start(v)
        first = s.words[seg]
        relative = seg > 0 and (relative_at(s, seg) or relative_pp(s, seg))
        if first == "wie" or seg > 0 and s.quoted[max(0, seg - 2)]:
            continue  # Wie X sagte, … / „…“, sagte X, …: other frames
        if s.words[0] in ("das", "dies", "dieses") and v <= 2:
            continue  # Das berichtet X, …: attributes the sentence before
        if seg > 0 and v == seg and s.words[0] not in SUBORDINATORS and not _subject_with_aside(s, seg):
            continue  # [clause], sagte X, …: the cue follows its clause
        sep = s.next_sep(v)
        if sep >= s.n or sep - v > 15 or s.toks[sep][2] not in ",:":
            continue
        mention = _subject(s, seg, v, sep)
        before = mention is not None and mention.end <= s.toks[v][0]
        addressed = has_object(s, v, particle if particle is not None else sep, before)
        if addressed and verb.lemma not in lexicon.addressee_verbs():
            continue
        weak = first in SUBORDINATORS or relative
        clause = _complement(s, _skip_aside(s, sep + 1), weak=weak, question=verb.cls == "ask")
        if clause is None:
            continue
        k, end, rule, conf = clause
        if addressed and rule not in ("infinitive-cue", "dass-clause", "konjunktiv-cue"):
            continue  # bat die Anwohner, die Fenster …: an indicative clause is no report
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


def _skip_aside(s: Sent, k: int) -> int:
    """Skip a name apposition or a wie-aside after a comma (, Mohammed el-Baradei, / , wie er heißt,)."""
    k = skip_apposition(s, k)
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
        return k + 1, _sub_clause_end(s, k + 1), "dass-clause", 0.85
    end = _clause_end(s, k)
    if lead in W_WORDS:
        # fragte, wann …; after other verbs a w-clause is a topic (erklärte, wie …), not a report
        return (k, end, "dass-clause", 0.7) if question or s.konj(k, end) else None
    if lead in COORDINATORS or relative_at(s, k):
        return None  # sagte X, und …  / die Regierung, die …
    if relative_pp(s, k) or not _has_verb_slot(s, k, end):
        return None
    if infinitive_clause(s.words[k:end]):
        return (k, end, "infinitive-cue", 0.7) if _content_infinitive(s, k, end) else None
    if s.konj(k, end):
        return k, end, "konjunktiv-cue", 0.9
    if _regular_konj_like(s, k, end):
        return k, end, "konjunktiv-cue", 0.8
    if weak or not _subject_first(s, k) or s.plain_words(k, end) < 3 or not _finite_like(s, k, end):
        return None
    return k, end, "cue-clause", 0.6


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
        if s.quoted[k] or not word.islower() or not low.endswith("e") or len(low) < 4 or low in _NOT_KONJ:
            continue
        if low.endswith("ete") or low.endswith("te") and low[-3] != "t":
            continue  # meldete, sagte: the past tense
        if low in DETERMINERS or low in PREPOSITIONS:
            continue
        prev, nxt = s.toks[k - 1][2], s.toks[k + 1][2] if k + 1 < s.n else ""
        if not (prev[:1].isupper() or s.words[k - 1] in ("er", "sie", "es", "man")):
            continue
        if nxt[:1].isupper() or INFLECTED.search(nxt.lower()) and nxt.lower() not in DETERMINERS:
            continue  # die neue Regel / die neue große Regel: an adjective
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


def _sub_clause_end(s: Sent, k: int) -> int:
    """A dass/wonach clause ends where the main clause goes on (…, wurde dementiert)."""
    for sep in s.seps:
        if sep > k and sep + 1 < s.n and s.toks[sep][2] == ",":
            word = s.toks[sep + 1][2]
            if word.islower() and (word in COMMON_FINITE or speech_verb(s, sep + 1) is not None):
                return sep
    return _clause_end(s, k)


def _noun_clause(s: Sent) -> list[Hit]:
    """die Forderung, dass … / Berichte, wonach … / wagte die Prognose, X werde …"""
    nouns = lexicon.speech_nouns()
    for sep in s.seps:
        if sep == 0 or s.toks[sep][2] != "," or sep + 1 >= s.n:
            continue
        noun = s.toks[sep - 1][2]
        lead = s.words[sep + 1]
        if lead in RELATIVES and _verb_last(s, sep + 1):
            continue  # die Sätze, die … gefallen dürften: a relative clause
        if lead == "wonach" or noun[:1].isupper() and _speech_noun(noun.lower(), nouns):
            clause = _complement(s, sep + 1, weak=True)
            if clause is None:
                continue
            k, end, rule, conf = clause
            cue_tok = s.toks[sep + 1] if lead == "wonach" else s.toks[sep - 1]
            cue = Span(cue_tok[0], cue_tok[1], cue_tok[2])
            seg = s.seg_start(sep - 1)
            mention = _speaker(s, seg, sep - 1) if lead != "wonach" else None
            if mention is None or mention.end > s.toks[sep - 1][0]:
                mention = _noun_owner(s, seg, sep - 1, nouns) if lead != "wonach" else None
            if mention is None:
                mention = _mention_before(s, sep - 1)
            return [(s.char(k), s.end_char(end), cue, mention, rule, conf - 0.1)]
    return []


def _noun_owner(s: Sent, seg: int, noun: int, nouns: frozenset[str]) -> Mention | None:
    """Who voices the speech noun: the subject before it (Die Ministerin wagte die Prognose, …),
    not a phrase in a prepositional or object case, nor another speech noun."""
    for j in range(seg, noun):
        if j > seg and (s.words[j - 1] in PREPOSITIONS or s.toks[j - 1][2][:1].isupper()):
            continue
        if s.words[j] in PREPOSITIONS or _oblique(s, j):
            continue
        m = _speaker(s, j, noun)
        if m is None or m.end > s.toks[noun][0] - 1:
            continue
        head = m.text.split()[-1].lower()
        if not _speech_noun(head, nouns):
            return m
    return None


def _verb_last(s: Sent, k: int) -> bool:
    """Is the clause from ``k`` verb-final (a relative clause), not verb-second (die Welt *sei* …)?"""
    end = s.next_sep(k)
    moods = [j for j in range(k, end) if s.konj(j, j + 1)]
    return not moods or moods[0] >= end - 1


# Nouns of belief and claim that take a reported clause too (kam zu dem Schluss, dass …).
_CLAIM_NOUNS = frozenset(
    "schluss standpunkt eindruck verdacht befürchtung befürchtungen hoffnung vermutung annahme "
    "gerücht gerüchte behauptung behauptungen spekulationen".split()
)


def _speech_noun(low: str, nouns: frozenset[str]) -> bool:
    if low in nouns or low in _CLAIM_NOUNS:
        return True
    return any(low.endswith(n) for n in _NOUN_HEADS)  # Regierungserklärung, Medienberichte


_NOUN_HEADS = frozenset(
    "aussage aussagen erklärung forderung forderungen prognose warnung angaben mitteilung "
    "einschätzung ankündigung äußerung meldung berichte vorwurf vorwürfe".split()
)


def _mention_before(s: Sent, k: int) -> Mention | None:
    """A speaker phrase that ends at token ``k`` (Ein Bericht der Agentur, wonach …)."""
    for j in range(max(s.seg_start(k), k - 6), k + 1):
        m = read_mention(s.text, s.toks[: k + 1], j)
        if m is not None and m.end == s.toks[k][1]:
            return m
    return None


def _subject_with_aside(s: Sent, seg: int) -> bool:
    """Before the verb at ``seg``: a speaker with an apposition or a relative clause
    (Martin Lee, der Gründer der Partei, sagte / Todor Kolarow, dessen Behörde … zuständig ist, sagte)."""
    if _noun_phrase(s, 0, seg):
        return True
    first = s.seps[0] if s.seps else s.n
    if not _noun_phrase(s, 0, first):
        return False
    starts = [k + 1 for k in s.seps if first <= k < seg - 1]
    return all(relative_at(s, k) or s.words[k] in ("dessen", "deren") or relative_pp(s, k) for k in starts)


def _noun_phrase(s: Sent, lo: int, hi: int) -> bool:
    """Are tokens ``lo..hi`` a speaker with an apposition (Martin Lee, der Gründer der Partei,)?"""
    return read_mention(s.text, s.toks, lo) is not None and all(
        not s.toks[k][2][:1].islower()
        or s.words[k] in DETERMINERS
        or s.words[k] in PREPOSITIONS
        or s.words[k].endswith(("e", "en", "er", "es", "em"))
        and k + 1 < hi
        and not s.toks[k + 1][2][:1].islower()
        for k in range(lo, hi)
    ) and not s.konj(lo, hi)


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


def _clause_end(s: Sent, k: int) -> int:
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
            own = lead in ("doch", "aber", "jedoch", "sondern") or word.islower() and not (
                lead in DETERMINERS | SUBORDINATORS | PREPOSITIONS | COORDINATORS | _FILLERS
                or relative_at(s, sep + 1)
            )
            if own:
                return sep
    return s.n


_ADVERBS = frozenset(
    "jedoch stets zudem außerdem auch gleichzeitig zugleich dann später weiter ferner".split()
)
_FILLERS = frozenset("so also etwa nämlich vor allem".split())


_PASSIVE = frozenset("wird wurde wurden werden worden".split())
# Sentence-initial adverbials that read like a name (Zunächst, Letzte Woche).
_NOT_SPEAKERS = frozenset(
    "zunächst letzte letzten vergangene vergangenen später damals inzwischen bislang bisher "
    "gleichzeitig anschließend daraufhin insgesamt außerdem zuletzt erst kürzlich".split()
)


def _subject(s: Sent, seg: int, v: int, stop: int) -> Mention | None:
    """The speaker of the verb at ``v``: its subject before it or, inverted, after it.

    Tried in turn: the phrase opening the clause (Der Minister sagte), the one
    right before the verb or its auxiliary (Aber Zeitungen berichteten / Die
    Universität hatte … erklärt), the one after the verb or auxiliary (Dazu sagte
    der Minister / Gestern hat eine Sprecherin … mitgeteilt), and a speaker with an
    apposition before a comma (Martin Lee, der Gründer der Partei, sagte).  A
    passive cue (wird vorgeworfen, war vermutet worden) has no speaker.
    """
    if any(w in _PASSIVE for w in s.words[seg:stop]) and s.words[v].endswith(("t", "en")):
        return None
    aux = next((k for k in range(seg, v) if s.words[k] in COMMON_FINITE), None)
    head = aux if aux is not None else v
    m = _speaker(s, seg, head)
    if m is not None and m.end <= s.toks[head][0]:
        return m
    for j in range(seg + 1, head):
        if s.words[j - 1] in PREPOSITIONS or s.words[seg] in PREPOSITIONS or _oblique(s, j):
            continue  # Bei der Pressekonferenz sagte … / Als Grund des Streits gab …: no subject
        m = _speaker(s, j, head)
        if m is not None and m.end == s.toks[head - 1][1]:
            return m
    m = _mention_after(s, head + 1, stop)
    if m is not None:
        return m
    if seg > 0 and _subject_with_aside(s, seg):
        return _speaker(s, 0, seg)
    return None


def _oblique(s: Sent, j: int) -> bool:
    """A phrase that cannot be the subject: genitive, dative or accusative (des Vertrages, den Vorwurf)."""
    if s.words[j] in ("des", "eines", "dem", "den", "einem", "einen"):
        return True
    return s.words[j] == "der" and j > 0 and s.toks[j - 1][2][:1].isupper()


def _speaker(s: Sent, k: int, stop: int) -> Mention | None:
    if k >= stop or s.words[k] in _NOT_SPEAKERS:
        return None
    if k == 0 and s.words[0] not in DETERMINERS and not_a_noun(s.toks[0][2]):
        return None  # Offiziell geht die Regierung davon aus: capitalised only as the first word
    return read_mention(s.text, s.toks[:stop], k)


def _mention_after(s: Sent, k: int, stop: int) -> Mention | None:
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
        if j + 1 == stop and bare_dative_plural(s.toks[j][2]):
            return None  # sagte Reportern, …: the addressee, the speaker comes before
        return _speaker(s, j, stop)
    return None


def _past_phrase(s: Sent, k: int, stop: int) -> int:
    while k < stop and (s.words[k] in DETERMINERS or s.toks[k][2][:1].isupper() or s.toks[k][2][:1].isdigit()
                        or s.words[k].endswith(("e", "en", "er", "es", "em")) and k + 1 < stop
                        and s.toks[k + 1][2][:1].isupper()):
        k += 1
    return k


def _cue_after(s: Sent) -> list[Hit]:
    """[clause], sagte X. / [clause], teilte die Polizei mit. / [A], sagte X, [B]."""
    for sep in s.seps:
        v = sep + 1
        if v >= s.n or s.toks[sep][2] == ":":
            continue
        found = speech_verb(s, v)
        if found is None or s.plain_words(0, sep) < 3 or s.words[0] in SUBORDINATORS and s.seps[0] >= sep:
            continue  # Als er ankam, sagte er …: the cue opens the main clause
        if _noun_phrase(s, 0, sep):
            continue  # Thomas Henzinger, der Präsident des Instituts, kündigt …: the subject
        last = s.seg_start(sep)
        if last > 0 and noun_phrase_only(s, 0, s.seps[0]) and (
            s.words[last] in SUBORDINATORS or relative_at(s, last) or relative_pp(s, last)
        ):
            continue  # Die Politikerin, die im Exil lebt, kritisierte …: the main verb
        verb, _ = found
        frame_end = s.next_sep(v)
        mention = _mention_after(s, v + 1, frame_end)
        if mention is None or any(s.words[j] in OBJECT_DETS for j in range(v + 1, frame_end)
                                  if s.toks[j][1] <= mention.start):
            continue
        if frame_end - v > (25 if frame_end >= s.n else 12):
            continue
        konj = s.konj(0, sep)
        if not konj and verb.lemma not in _PARENTHETICAL:
            continue
        end = s.n if _goes_on(s, frame_end, sep) else sep
        if end == s.n and not (konj or s.konj(frame_end, s.n)):
            continue
        rule, conf = ("konjunktiv-cue", 0.85) if konj else ("cue-clause", 0.6)
        cue = Span(s.toks[v][0], s.toks[v][1], s.toks[v][2])
        return [(s.char(0), s.end_char(end), cue, mention, rule, conf)]
    return []


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


_HEARSAY_VERBS = frozenset("heißt hieß heisst hiess verlautete verlautet".split())


def _wie_frame(s: Sent) -> list[Hit]:
    """Wie die Polizei mitteilte, [clause]. / [clause], wie X berichtete. / wie es heißt"""
    for w in range(s.n):
        if s.words[w] != "wie" or s.quoted[w] or (w > 0 and w - 1 not in s.seps):
            continue
        frame_end = s.next_sep(w)
        verbs = [
            k for k in range(w + 1, frame_end)
            if speech_verb(s, k) is not None or s.words[k] in _HEARSAY_VERBS
            or s.words[k] in ("wurde", "wird", "worden") and s.words[k - 1] == "bekannt"
        ]
        if not verbs or frame_end - w > 14:
            continue
        v = verbs[-1]
        k = w + 2 if s.words[w + 1] == "von" else w + 1
        mention = read_mention(s.text, s.toks[:frame_end], k) if k < v else None
        if mention is None and frame_end - w <= 2:
            continue  # "wie berichtet": the outlet's own earlier report
        cue = Span(s.toks[v][0], s.toks[v][1], s.toks[v][2])
        if w == 0:
            if frame_end >= s.n:
                continue
            lo, hi = frame_end + 1, _clause_end(s, frame_end + 1)
        else:
            lo, hi = 0, w - 1
            if _goes_on(s, frame_end, w - 1):
                hi = s.n
        if s.plain_words(lo, hi) < 2:
            continue
        return [(s.char(lo), s.end_char(hi), cue, mention, "source-marker", 0.85)]
    return []


def _so_frame(s: Sent) -> list[Hit]:
    """[clause], so der Sprecher. / [A] – so der Vorwurf – [B]."""
    for sep in s.seps:
        k = sep + 1
        if k >= s.n or s.words[k] != "so" or s.quoted[k]:
            continue
        frame_end = s.next_sep(k)
        mention = read_mention(s.text, s.toks[:frame_end], k + 1)
        if mention is None or frame_end - k > 10 or s.plain_words(0, sep) < 3:
            continue
        hi = s.n if _goes_on(s, frame_end, sep) else sep
        cue = Span(s.toks[k][0], s.toks[k][1], s.toks[k][2])
        return [(s.char(0), s.end_char(hi), cue, mention, "source-marker", 0.85)]
    return []


# --- source markers: laut X, X zufolge, nach Angaben X, heißt es ---------------------------------


def _marker_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    entries = list(lexicon.source_markers().items())
    entries += [(m, "none") for m in ("demnach", "es heißt", "es hieß", "dem vernehmen nach")]
    entries += [(m.replace("ß", "ss"), p) for m, p in entries if "ß" in m]  # Swiss spelling
    for marker, position in entries:
        words = tuple(marker.split())
        if words[0] in ("so", "in", "mit", "aus") or words[0] == "wie":
            continue  # so X: _so_frame; "in einer Erklärung" names no clause of its own
        table.setdefault(words[0], []).append((words, position))
    for found in table.values():
        found.sort(key=lambda e: -len(e[0]))
    return table


MARKERS = _marker_table()
# Nouns that make "nach …" a source (nach Polizeiangaben, nach einer Studie der Universität).
_NACH_NOUNS = frozenset(
    "angaben angabe aussage aussagen darstellung darstellungen informationen erkenntnissen "
    "erkenntnisse bericht berichten berichte meldung meldungen studie schätzung schätzungen "
    "einschätzung einschätzungen auffassung meinung ansicht überzeugung recherchen quellen "
    "zeugenaussagen zeugenaussage mitteilung mitteilungen auskunft worten prognose gutachten umfrage "
    "berechnungen untersuchungen ermittlungen erkenntnisstand ermittlungsstand vorhersage vorhersagen "
    "hochrechnung hochrechnungen planungen dokument bekunden vorstellungen analyse medienberichten "
    "medien expertenmeinung quellenlage stellungnahme stellungnahmen".split()
)
_NACH_HEADS = (
    "angaben", "berichten", "informationen", "aussagen", "meinung", "schätzungen", "erkenntnissen",
    "untersuchungen", "ermittlungen", "meldungen",
)
_QUOTE_MARKS = frozenset("„“”\"»«‚‘’'")


def _source_marker(s: Sent) -> list[Hit]:
    for i in range(s.n):
        if s.quoted[i]:
            continue
        for words, position in MARKERS.get(s.words[i], ()):
            if words == ("demnach",) and i > 0:
                break  # "demnach" mid-sentence is mostly "accordingly"
            j = i + len(words)
            if tuple(s.words[i:j]) == words:
                hit = _marker_hit(s, i, j, position)
                if hit is not None:
                    return [hit]
                break
        else:
            if s.words[i] in ("nach", "laut") and i > 0 and i - 1 in s.seps and _relative_source(s, i):
                k = i + 2
                cue = Span(s.toks[i][0], s.toks[k - 1][1], s.text[s.toks[i][0] : s.toks[k - 1][1]])
                hit = (s.char(k), s.end_char(_sub_clause_end(s, k)), cue, _mention_before(s, i - 2),
                       "source-marker", 0.75)
                if s.plain_words(k, _sub_clause_end(s, k)) >= 2:
                    return [hit]
            noun = _nach_noun(s, i) if s.words[i] == "nach" else None
            if noun is not None:
                hit = _marker_hit(s, i, noun + 1, "pre", noun)
                if hit is not None:
                    return [hit]
    return []


def _relative_source(s: Sent, i: int) -> bool:
    """…, nach denen X … / …, laut dem X …: a relative clause whose antecedent is the source."""
    if s.words[i] == "wonach":
        return False  # handled by _noun_clause
    if i + 1 >= s.n:
        return False
    pronoun = s.words[i + 1]
    if pronoun in ("dem", "der"):  # …, nach dem Spiel: only after a source noun
        return _speech_noun(s.words[i - 2], lexicon.speech_nouns()) if i >= 2 else False
    return pronoun in ("denen", "welchem", "welcher", "welchen")


def _nach_noun(s: Sent, i: int) -> int | None:
    """nach Polizeiangaben / nach einer neuen Studie: the speech noun's index."""
    for k in range(i + 1, min(i + 5, s.n)):
        word, low = s.toks[k][2], s.words[k]
        if word[:1].isupper():
            if low in _NACH_NOUNS or low.endswith(_NACH_HEADS):
                return k if k + 1 < s.n and s.toks[k + 1][2] != "," else None  # nach Ermittlungen, die …
            if low.endswith("s") and k + 1 < s.n and s.toks[k + 1][2][:1].isupper():
                continue  # nach Grupps Meinung: a possessor
            return None
        if low not in DETERMINERS and not low.endswith(("e", "en", "er", "em", "es")):
            return None
    return None


def _marker_hit(s: Sent, i: int, j: int, position: str, noun: int | None = None) -> Hit | None:
    """The clause a source marker at tokens ``i..j`` attributes."""
    cue = Span(s.toks[i][0], s.toks[j - 1][1], s.text[s.toks[i][0] : s.toks[j - 1][1]])
    mention, frame_lo, frame_hi = None, i, j
    if position == "pre":
        at = j + 1 if j < s.n and s.toks[j][2] in _QUOTE_MARKS else j
        stop = s.next_sep(j - 1)
        word = s.toks[at][2] if at < stop else ""
        readable = word and s.words[at] not in COMMON_FINITE and (
            word[:1].isupper() or s.words[at] in DETERMINERS or s.words[at].endswith(("e", "en", "em"))
        )
        mention = read_mention(s.text, s.toks[:stop], at) if readable and s.words[at] not in RELATIVES - {
            "der", "die", "das", "dem", "den"} else None
        if mention is None and noun is not None:
            mention = read_mention(s.text, s.toks[: noun + 1], noun)
        frame_hi = (finite_after_phrase(s, j, s.n) or stop) if i == 0 else source_np_end(s, j, stop)
        if i > 0 and mention is not None and mention.kind == "name" and mention.role is None:
            # laut Sergei Voznyak *der* Sprecher …: after a name, "der" opens the next phrase
            after = next((k for k in range(j, stop) if s.toks[k][0] >= mention.end), stop)
            if after < frame_hi and s.words[after] in ("der", "die", "das") and s.words[after - 1] != "von":
                frame_hi = after
        for x in range(j, min(frame_hi, stop)):  # Laut einer am Dienstag veröffentlichten *Mitteilung*
            if mention is None and s.toks[x][2][:1].isupper():
                mention = read_mention(s.text, s.toks[:stop], x)
        if mention is None and s.words[i] in ("laut", "gemäß", "gemäss"):
            nouns = lexicon.speech_nouns()
            if not any(_speech_noun(w.split("-")[-1], nouns) for w in s.words[j:frame_hi]):
                return None  # laut einer dpa-Meldung: a source even without a speaker
        if s.words[i] in ("gemäß", "gemäss") and mention is not None and mention.kind == "name" and (
            j < s.n and s.words[j] in DETERMINERS
        ):
            return None  # gemäß den Prognosen / dem Gesetz: not a speaker
    elif position == "post":
        for x in range(max(s.seg_start(i), i - 6), i):
            mention = read_mention(s.text, s.toks[:i], x)
            if mention is not None and mention.end == s.toks[i - 1][1]:
                frame_lo = x
                break
            mention = None
        if mention is None:
            return None
    seg = s.seg_start(i)
    if seg > 0 and s.plain_words(0, seg) == 0:
        return None  # „…“, sagte X laut Y: the marker attributes a quotation
    if s.words[0] in ("das", "dies", "dieses") and any(speech_verb(s, k) for k in (1, 2) if k < s.n):
        return None  # Das berichtet X unter Berufung auf Y: attributes the sentence before
    lo, hi = _marker_span(s, seg, frame_lo, frame_hi, position)
    if hi <= lo or s.plain_words(lo, hi) < 1 or hi - lo < 2 or infinitive_clause(s.words[lo:hi]):
        return None
    tail = [k for k in range(frame_hi, s.n) if s.toks[k][2] not in ",;:"]
    if tail and all(s.quoted[k] for k in tail):
        return None  # laut X „…“: the partial quote is all there is
    return (s.char(lo), s.end_char(hi), cue, mention, "source-marker", 0.8)


def _marker_span(s: Sent, seg: int, lo: int, hi: int, position: str) -> tuple[int, int]:
    """Where the attributed clause lies relative to the marker phrase (tokens ``lo..hi``)."""
    last = s.next_sep(hi - 1) >= s.n
    if seg > 0 and lo == seg and s.toks[seg - 1][2] == ";" and s.plain_words(hi, s.n) >= 2:
        return hi, _main_clause_end(s, hi)  # …; nach Polizeiangaben waren es 1.000.
    if seg > 0 and lo == seg and last:
        return 0, seg - 1  # …, laut Polizei. / …, heißt es in der Mitteilung.
    if position == "none" and hi < s.n and s.toks[hi][2] in ",:" and seg == 0:
        return hi + 1, _clause_end(s, hi + 1)  # Es heißt, … / Aus Kreisen verlautete, …
    if any(w in _HEARSAY_VERBS for w in s.words[lo:hi]):
        if seg > 0 and last:
            return 0, seg - 1  # …, so heißt es in einer Erklärung.
        sep = s.next_sep(hi - 1)
        if seg == 0 and sep < s.n:
            return sep + 1, _clause_end(s, sep + 1)  # In der Mitteilung heißt es, …
        return 0, 0
    if lo == 0:
        return hi, _main_clause_end(s, hi)  # Laut Polizei wurde … / Der Polizei zufolge …
    if seg > 0 and (s.words[seg] in SUBORDINATORS or relative_at(s, seg) or relative_pp(s, seg)):
        return seg, _sub_clause_end(s, seg)  # …, die nach Angaben der Polizei … sollte, …
    start, end = (0, _main_clause_end(s, hi)) if seg == 0 else (seg, _main_clause_end(s, hi))
    # the frame interrupts the clause: the whole, or the larger part if the frame is long
    whole = s.end_char(end) - s.char(start)
    frame = s.end_char(hi) - s.char(lo)
    left = s.end_char(lo) - s.char(start) if lo > start else 0
    right = s.end_char(end) - s.char(hi) if hi < end else 0
    rest = max(1, whole - frame)
    # the expected overlap with the gold pieces around the frame, for each choice
    best = max(((whole - frame) / whole, (start, end)), (left / rest, (start, lo)), (right / rest, (hi, end)))
    return best[1]


def _main_clause_end(s: Sent, k: int) -> int:
    """The main clause from ``k`` ends before a second main clause (…, die Polizei spricht von …)."""
    for sep in s.seps:
        if sep <= k or sep + 2 >= s.n or s.toks[sep][2] not in ",;":
            continue
        a, b = s.words[sep + 1], s.toks[sep + 2][2]
        if s.toks[sep][2] == ";" or a in ("er", "sie", "es", "man", "wir"):
            return sep
        if a in ("der", "die", "das", "ein", "eine") and b[:1].isupper():
            return sep
        if a in ("und", "aber", "doch") and (s.words[sep + 2] in DETERMINERS or b[:1].isupper()):
            return sep
    return s.n


_FRAMES = (_wie_frame, _cue_before, _cue_after, _so_frame, _source_marker, _noun_clause)

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
        return cue, _speaker(s, 3, s.words.index("hervor", 3))
    if speech_verb(s, 1) is None:
        return None
    cue = Span(s.toks[1][0], s.toks[1][1], s.toks[1][2])
    return cue, _mention_after(s, 2, s.next_sep(1))
