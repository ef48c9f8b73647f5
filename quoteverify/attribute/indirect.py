"""Indirect speech: reported clauses without quotation marks.

:func:`find_reported_clauses` lists the clauses an article reports, each with
its cue and the speaker phrase next to the cue.  Per sentence, the outermost
frame wins (:mod:`quoteverify.attribute.indirect_frames`); a sentence with no
frame can still be reported speech by its mood.  ``rule`` records how:

- ``konjunktiv-cue``: Kühn betonte, man habe alles getan. / Die Lage sei ernst, sagte Kühn.
- ``dass-clause``:   Der Sprecher sagte, dass die Straße gesperrt bleibt. (also ob, wonach,
                     and w-clauses after a verb of asking; any mood)
- ``cue-clause``:    Der Sprecher sagte, die Straße bleibt gesperrt. (indicative; lower confidence)
- ``infinitive-cue``: Die Polizei warnte davor, das Gelände zu betreten. / Der Landrat
                     kündigte an, die Fähre wieder in Betrieb zu nehmen. (a zu-infinitive of
                     three words or more after a speech verb; not um/ohne/statt … zu)
                     Verbs of deciding, planning, offering or ordering (Der Rat beschloss,
                     die Schule zu schließen; data/intent_verbs.tsv) frame only a zu-infinitive,
                     a dass-clause or a Konjunktiv I clause.
- ``source-marker``: Laut Polizei wurde niemand verletzt. / Der Polizei zufolge … /
                     Nach Angaben der Feuerwehr … / Wie die Polizei mitteilte, … / …, so X. /
                     …, heißt es in der Mitteilung.
- ``konjunktiv-continuation``: a Konjunktiv sentence with no cue of its own, which
                     continues the reported speech before it (the speaker carries over, so
                     ``cue`` and ``mention`` are None); a Konjunktiv only in a subordinate
                     clause makes only that clause reported.  Konjunktiv II counts only
                     after speech, and not in conditions or guesses (wenn, wahrscheinlich).
                     Three or more such sentences in a row, also across paragraphs, are one clause (one
                     passage of reported speech); one or two stay one clause each.
- ``cue-next``:      Die Brücke ist gesperrt. Das teilte die Polizei mit. (the sentence
                     before a *das*/*dies* + speech verb, if it reports nothing itself)
- ``sollen``:        hearsay *soll*: Er soll das Geld genommen haben. / Er soll krank sein. /
                     right after a reported clause: Die Arbeiten sollen im Mai beginnen.

Spans are the reported clause only: no cue, speaker, complementiser (dass/ob),
separating comma or final full stop.  Where a short frame interrupts the clause
(Der Täter ist nach Angaben der Polizei 30 Jahre alt) the span is the whole
clause.  A clause never overlaps a quotation in marks, except that a partial
quote may lie inside it.  Not reported: summarised speech with no clause of its
own (Die Firma forderte eine Entscheidung), purpose clauses (um … zu), headlines
and other lines without sentence punctuation, and the reporter's own questions.

Speed: sentences are split with regexes and read as plain tokens with the
lexicons (:mod:`quoteverify.attribute.indirect_clauses`); only sentences right
after a reported clause that show no Konjunktiv the word lists know, but a word
that could be one, go to the NLP backend, which reads regular forms (*liefere*,
*bestünden*) from lemma and tag - about 3 % of the text of a news corpus.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quoteverify.attribute.indirect_clauses import (
    COMMON_FINITE,
    COMPLEMENTISERS,
    DETERMINERS,
    PREPOSITIONS,
    Sent,
    demanded,
    dependent_at,
    hearsay_soll,
    noun_phrase_only,
    segments,
    speech_verb,
)
from quoteverify.attribute.indirect_frames import MARKERS, Hit, anaphoric_cue, frames
from quoteverify.attribute.mentions import Mention, tokens
from quoteverify.attribute.tagging import stem_plus_e
from quoteverify.detect.marks import paragraphs
from quoteverify.io.metadata import dateline_end
from quoteverify.nlp import Backend, get_backend
from quoteverify.records import Article, Quote, Span
from quoteverify.sentences import sentences

__all__ = ["ReportedClause", "find_reported_clauses"]


@dataclass(frozen=True, slots=True)
class ReportedClause:
    """A reported clause: ``text[start:end]`` is the clause only (see module docstring)."""

    start: int
    end: int
    cue: Span | None
    mention: Mention | None
    rule: str
    confidence: float


def find_reported_clauses(
    article: Article, quotes: Sequence[Quote], *, backend: Backend | None = None
) -> list[ReportedClause]:
    """Every reported clause of the article, in reading order.

    ``quotes`` are the quotations in marks already found: a clause never
    overlaps one, except that a partial quote may lie inside it.  ``backend``
    (default: the light backend) reads the few sentences whose Konjunktiv the
    word lists cannot see.
    """
    text = article.text
    zones = _Zones(
        (q.start - len(q.open_mark or ""), q.end + len(q.close_mark or ""), q.kind == "partial")
        for q in quotes
    )
    found: list[ReportedClause] = []
    context = False  # does the previous sentence report speech (a quote, a cue, a clause)?
    reported = False  # does it hold a reported clause?
    # sentences after speech for the backend, with what was found in them without it
    pending: list[tuple[Sent, list[ReportedClause]]] = []
    plain: Sent | None = None  # the previous sentence, if it states something without speech
    for para in paragraphs(text):
        for s0, s1 in sentences(text, para.start, para.end):
            sent = _sentence(text, s0, s1, zones)
            if sent is None:
                context = reported = False
                plain = None
                continue
            framed = frames(sent)
            hits = framed or _free(sent, context, reported)
            clauses = [c for c in (_fit(text, hit, zones) for hit in hits) if c is not None]
            if not hits and plain is not None and (told := anaphoric_cue(sent)) is not None:
                clause = _fit(text, (plain.start, plain.end, *told, "cue-next", 0.7), zones)
                clauses = [clause] if clause is not None else []
            found.extend(clauses)
            later = not framed and clauses and _trim(text, sent.start, clauses[0].start)[1] > sent.start
            if context and sent.plain_words(0, sent.n) >= 3 and (not hits or later):
                # nothing found, or only a later clause (Sie verstehe die Sorgen, aber … dürfe …)
                pending.append((sent, clauses))
            context = bool(clauses) or _speech_context(sent)
            reported = bool(clauses)
            plain = None if hits or context else sent
    replaced: set[int] = set()
    for before, after in _regular_konjunktiv(text, pending, zones, backend):
        if after and (not before or after[0].start < before[0].start):
            replaced.update(map(id, before))
            found.extend(after)
    found = [c for c in found if id(c) not in replaced]
    return _join_runs(text, sorted(found, key=lambda c: (c.start, c.end)))


_RUN_GAP = re.compile(r"[.!?…]?[“”\"«»]?[.!?…]?\s+")


def _join_runs(text: str, found: list[ReportedClause], least: int = 3) -> list[ReportedClause]:
    """A run of ``least`` or more Konjunktiv sentences, one after another and each with no
    cue of its own, is one passage of reported speech: one clause from the first to the last."""
    runs: list[list[ReportedClause]] = []
    for c in found:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and c.rule == last.rule == "konjunktiv-continuation"
            and _RUN_GAP.fullmatch(text, last.end, c.start)
        ):
            runs[-1].append(c)
        else:
            runs.append([c])
    out: list[ReportedClause] = []
    for run in runs:
        if len(run) < least:
            out.extend(run)
            continue
        first, end = run[0], run[-1].end
        out.append(ReportedClause(first.start, end, None, first.mention, first.rule, first.confidence))
    return out


class _Zones:
    """The quotations in marks as (start, end, partial), sorted and looked up by position:
    a text may hold thousands, and each sentence and clause asks only about its own stretch."""

    def __init__(self, zones: Iterable[tuple[int, int, bool]]) -> None:
        self.items = sorted(zones)
        self._starts = [z[0] for z in self.items]
        self._longest = max((b - a for a, b, _ in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, bool]]:
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [z for z in self.items[lo:hi] if z[1] > start]


def _sentence(text: str, s0: int, s1: int, zones: _Zones) -> Sent | None:
    if text[s0 : s0 + 1].isupper() and (after := dateline_end(text, s0)) is not None and after < s1:
        s0 = after  # Wien (dpa) - Der Bürgermeister will …: the dateline is no part of the clause
    toks = tokens(text, s0, s1)
    if len(toks) < 3:
        return None
    near = zones.overlapping(s0, s1)
    quoted = [any(a <= t[0] and t[1] <= b for a, b, _ in near) for t in toks]
    sent = Sent(text, s0, s1, toks, quoted)
    final = toks[sent.n][2] if sent.n < len(toks) else toks[-1][2]
    if final not in ".!?…“”\"«»":
        return None  # a headline, caption or list item: no sentence punctuation
    if final == "?" and not any(speech_verb(sent, k) for k in range(sent.n)):
        return None  # the reporter's own question
    return sent


def _speech_context(s: Sent) -> bool:
    """Does the sentence report speech: a quotation, a speech verb or a source marker?"""
    return any(s.quoted) or any(
        speech_verb(s, k) and not _comparison(s, k) or _marker_at(s, k) for k in range(s.n)
    )


def _demand(s: Sent, parts: list[tuple[int, int]]) -> bool:
    """sollte(n) as the verb second of the first main segment, after its subject (Spaziergänger
    *sollten* …), not opening a condition (Sollte es regnen, …)."""
    main = _main_segments(s, parts)
    if not main or s.words[0] in _PLANNED:
        return False
    lo, hi = main[0]
    return demanded(s, lo, min(hi, lo + 5))


# Ursprünglich sollte die Mission zwölf Tage dauern: what was planned, in the past tense
_PLANNED = frozenset("ursprünglich eigentlich zunächst damals anfangs früher".split())


def _comparison(s: Sent, k: int) -> bool:
    """…, als Fachleute empfehlen: a speech verb in a comparison, which reports no one."""
    seg = s.seg_start(k)
    return seg > 0 and s.words[seg] == "als" and s.toks[seg - 1][2] == ","


def _marker_at(s: Sent, k: int) -> bool:
    """Does a whole source marker (laut, nach Angaben, es heißt) start at token ``k``?"""
    return any(tuple(s.words[k : k + len(words)]) == words for words, _ in MARKERS.get(s.words[k], ()))


# --- no frame: Konjunktiv and hearsay sollen ------------------------------------------------------


_QUESTION_WORDS = frozenset("ob wie was warum wann wer wo".split())


def _free(s: Sent, context: bool, reported: bool = False) -> list[Hit]:
    """Konjunktiv sentences with no cue of their own, and hearsay *soll … haben*.

    ``context``: the sentence before reports speech; ``reported``: it holds a
    reported clause, so a plain *soll* (Der Bau soll im Mai beginnen) goes on with it.

    A Konjunktiv in the main clause makes the whole sentence reported; one only
    in a subordinate clause (…, dass X gesucht werde, …) only that clause.
    Konjunktiv II counts after reported speech only, as it is often the
    reporter's own conditional.
    """
    parts = segments(s)
    main = [m for lo, hi in _main_segments(s, parts) if (m := s.konj(lo, hi, hedges=False))]
    if "I" in main or main and context and not _irrealis(s):
        conf = 0.75 if "I" in main else 0.55
        return [(s.char(0), s.end_char(s.n), None, None, "konjunktiv-continuation", conf)]
    if reported and _demand(s, parts):
        # …, erklärte er. Spaziergänger sollten auf Feuer verzichten: after a reported clause,
        # sollten in the main clause is the Konjunktiv II of a demand
        return [(s.char(0), s.end_char(s.n), None, None, "konjunktiv-continuation", 0.55)]
    hits: list[Hit] = []
    k = 0
    while k < len(parts):
        lo, hi = parts[k]
        mood = s.konj(lo, hi, hedges=False)
        if lo >= 2 and s.words[lo] in _QUESTION_WORDS and _asked(s, lo - 1):
            k += 1  # Auf die Frage, ob der Trainer das Vertrauen habe, …: the question asked, not an answer
            continue
        if mood == "I" or mood == "II" and context and not dependent_at(s, lo) and not _guess(s):
            while k + 1 < len(parts) and dependent_at(s, parts[k + 1][0]):
                k += 1
                hi = parts[k][1]
            if lo == 0 and k + 1 < len(parts) and (dependent_at(s, 0) or s.words[0] in ("wer", "was")) \
                    and _main_after_fronted(s, *parts[k + 1]):
                # Wer jetzt ins Gelände gehe, gefährde auch die Retter: the fronted clause's
                # main clause follows it, verb first, and is reported with it
                k += 1
                hi = parts[k][1]
                while k + 1 < len(parts) and (dependent_at(s, parts[k + 1][0])
                                              or s.words[parts[k + 1][0]] in ("sondern", "sowie")):
                    k += 1
                    hi = parts[k][1]
            start = lo + 1 if s.words[lo] in COMPLEMENTISERS else lo
            if lo > 0 and not dependent_at(s, lo) and s.konj(lo, lo + 1) and not hits:
                start = 0  # Die Toten, vor allem Zivilisten, *seien* …: the verb second, its prefield before
            hits.append((s.char(start), s.end_char(hi), None, None, "konjunktiv-continuation", 0.6))
        k += 1
    if hits:
        return hits
    own = [w for k, w in enumerate(s.words[: s.n]) if not s.quoted[k]]  # a quoted *soll* is the quote's
    if hearsay_soll(own) is not None:
        return [(s.char(0), s.end_char(s.n), None, None, "sollen", 0.6)]
    ws = [w for w in own if w.isalpha()]
    if any(w in ("soll", "sollen") for w in ws) and ws and ws[-1] == "sein":
        return [(s.char(0), s.end_char(s.n), None, None, "sollen", 0.5)]
    if reported and _planned(s, parts):
        return [(s.char(0), s.end_char(s.n), None, None, "sollen", 0.5)]
    return []


def _main_after_fronted(s: Sent, lo: int, hi: int) -> bool:
    """…, gefährde er auch die Retter: the main clause after a fronted clause opens with its
    verb, itself in the Konjunktiv (a regular verb's Konjunktiv I is its infinitive without
    the n: gefährde); not a cue (…, berichtet die Zeitung) nor the reporter's indicative
    (…, hatte sich gezeigt)."""
    first = s.words[lo]
    if not first.isalpha() or not s.toks[lo][2].islower() or speech_verb(s, lo) is not None:
        return False
    return bool(s.konj(lo, hi)) or stem_plus_e(first)  # gefährde(n), not hatte


def _planned(s: Sent, parts: list[tuple[int, int]]) -> bool:
    """Der Bau soll im Mai beginnen: right after reported speech, *soll* goes on reporting it."""
    main = _main_segments(s, parts)
    return any(s.words[k] in ("soll", "sollen") and not s.quoted[k] for lo, hi in main for k in range(lo, hi))


_IRREALIS = frozenset("wenn falls sonst andernfalls ohne wahrscheinlich vermutlich gerne gern".split())
_GUESSES = frozenset("möglicherweise vielleicht eventuell theoretisch notfalls".split())


def _irrealis(s: Sent) -> bool:
    """Konjunktiv II of a condition or a guess (Würde X …, würde …; wenn …; wahrscheinlich)."""
    return s.konj(0, 1) == "II" or any(w in _IRREALIS for w in s.words[: s.n]) or _guess(s)


def _guess(s: Sent) -> bool:
    """The reporter's own hypothesis, also in a later clause: Sollte X …, müsste …; Hätte er …,
    so müsste …; im Falle …; möglicherweise, vielleicht.  (A wenn-clause alone is often part of
    what was reported: …, die Arbeitskämpfe würden fortgesetzt, wenn ….)"""
    words = s.words[: s.n]
    return (
        words[0] in ("sollte", "sollten", "hätte", "hätten", "wäre", "wären", "würde", "würden")
        or any(w in _GUESSES for w in words)
        or any(a == "im" and b in ("falle", "fall") for a, b in zip(words, words[1:], strict=False))
    )


def _asked(s: Sent, sep: int) -> bool:
    """Does the segment before the separator at ``sep`` name a question (Auf die Frage, auf die
    Frage eines Journalisten, …), so that the ob-clause after it is what was asked?"""
    return any(s.toks[j][2] in ("Frage", "Fragen") for j in range(s.seg_start(sep - 1), sep))


def _main_segments(s: Sent, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The segments of the main clause: the first, or the one after a fronted subordinate
    clause, plus its continuation after an embedded relative clause (Die Toten, von denen …, seien …)."""
    out: list[tuple[int, int]] = []
    for lo, hi in segments:
        if dependent_at(s, lo):
            continue
        out.append((lo, hi))
        if not noun_phrase_only(s, lo, hi):
            break
    return out


# --- fitting clauses around quotations ------------------------------------------------------------

_TRIM_LEFT = " \t\n,;:–—-"
_TRIM_RIGHT = " \t\n,;:–—-.!?…"


def _fit(text: str, hit: Hit, zones: _Zones) -> ReportedClause | None:
    """Trim the clause to the words between quotations; a partial quote may stay inside."""
    start, end, cue, mention, rule, conf = hit
    for a, b, partial in zones.overlapping(start, end):
        if b <= start or a >= end:
            continue
        if partial and a >= start and b <= end:
            continue  # a partial quote inside the clause stays
        if a - start >= end - b:
            end = min(end, a)
        else:
            start = max(start, b)
    start, end = _trim(text, start, end)
    if end - start < 8 or len(text[start:end].split()) < 2:
        return None
    return ReportedClause(start, end, cue, mention, rule, conf)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_LEFT:
        start += 1
    while end > start and text[end - 1] in _TRIM_RIGHT:
        end -= 1
    return start, end


# --- regular Konjunktiv forms, read by the NLP backend ------------------------------------------------


def _regular_konjunktiv(
    text: str, pending: list[tuple[Sent, list[ReportedClause]]], zones: _Zones, backend: Backend | None
) -> list[tuple[list[ReportedClause], list[ReportedClause]]]:
    """Sentences after speech whose Konjunktiv only the tagger sees (es liege, sie bestünden):
    the clauses found before and those found with the tagger's moods."""
    candidates = {id(s): {s.toks[k][0]: k for k in range(s.n) if _maybe_regular(s, k)} for s, _ in pending}
    todo = [(s, before) for s, before in pending if candidates[id(s)]]
    if not todo:
        return []
    backend = backend or get_backend("light")
    doc = backend.analyse(text, [(s.start, s.end) for s, _ in todo])
    out: list[tuple[list[ReportedClause], list[ReportedClause]]] = []
    for s, before in todo:
        index = candidates[id(s)]  # only these words: the tagger's lemma can err (fällte → fallen)
        moods = len(s.moods)
        for sentence in doc.sentences_in(s.start, s.end):
            for tok in sentence.tokens:
                k = index.get(tok.start)
                if tok.konj and k is not None and tok.text == s.toks[k][2]:
                    s.moods[k] = tok.konj
        if len(s.moods) > moods:
            after = [c for c in (_fit(text, hit, zones) for hit in _free(s, True)) if c is not None]
            out.append((before, after))
    return out


def _maybe_regular(s: Sent, k: int) -> bool:
    """Could token ``k`` be a regular Konjunktiv (liege, bestünden), not an adjective (die neue)?"""
    word = s.toks[k][2]
    if s.quoted[k] or not word.islower() or len(word) < 4 or s.words[k] in _NOT_VERBS:
        return False
    if word in COMMON_FINITE or word.endswith("weise") or s.konj(k, k + 1):
        return False  # wurde, hatte; teilweise; habe, würde: read without the tagger
    if not (word.endswith("e") or word.endswith("en") and any(c in word for c in "äöü")):
        return False
    if word.endswith("te") and not word.endswith("tte") and not stem_plus_e(word):
        # dauerte, meldete: the past tense, never told apart from Konjunktiv II (but behaupte,
        # verbreite: a stem in -t, the infinitive without its n)
        return False
    return k == 0 or s.words[k - 1] not in DETERMINERS and s.words[k - 1] not in PREPOSITIONS


_NOT_VERBS = frozenset(
    "keine seine ihre eine diese jede alle beide andere viele einige welche deine meine anstelle "
    "sowie insbesondere mehrere weitere zahlreiche verschiedene zufolge ohne gerade nahe lange".split()
)
