"""Source markers of reported speech: laut X, X zufolge, nach Angaben X, heißt es.

:func:`source_marker` finds the marker in a sentence (the table :data:`MARKERS`
comes from ``data/source_markers.tsv`` plus a few fixed phrases) and the clause
it attributes: the rest of the clause after *Laut Polizei*, the clause before
*…, heißt es in der Mitteilung*, or the whole clause a short marker interrupts
(Der Täter ist nach Angaben der Polizei 30 Jahre alt).
"""

from __future__ import annotations

import re

from quoteverify import lexicon
from quoteverify.attribute.documents import document_phrase
from quoteverify.attribute.indirect_clauses import (
    COMMON_FINITE,
    DETERMINERS,
    RELATIVES,
    SUBORDINATORS,
    Sent,
    finite_after_phrase,
    finite_before_zu,
    infinitive_clause,
    relative_at,
    relative_pp,
    source_np_end,
    speech_verb,
    web_address,
)
from quoteverify.attribute.indirect_reading import (
    HEARSAY_VERBS,
    Hit,
    clause_end,
    mention_after,
    mention_before,
    speaker,
    speech_noun,
    sub_clause_end,
)
from quoteverify.attribute.mentions import Mention, opening_adjective, read_mention, said_or_thought
from quoteverify.attribute.tagging import common_noun
from quoteverify.records import Span

__all__ = ["MARKERS", "own_findings", "source_marker"]


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
    "medien expertenmeinung quellenlage stellungnahme stellungnahmen vorstellung idee vorschlag "
    # what a law, a plan or a count lays down: nach dem Willen des Rates / dem Gesetz / der Verfassung
    "willen plan plänen verfassung endergebnis".split()
)
_NACH_HEADS = (
    "angaben", "berichten", "informationen", "aussagen", "meinung", "schätzungen", "erkenntnissen",
    "untersuchungen", "ermittlungen", "meldungen",
    # compounds: nach einem Fernsehbericht / EU-Dokument / Zeitungsmeldung / Machbarkeitsstudie
    "bericht", "dokument", "meldung", "studie", "mitteilung", "umfrage", "gutachten", "schätzung",
    # nach dem Grundgesetz / Gesetzentwurf
    "gesetz", "gesetzes", "entwurf",
)
# what those reporting found out themselves (nach ersten Erkenntnissen): the words name
# no source beyond the one speaking
_FINDINGS = frozenset(("erkenntnissen", "ermittlungen", "erkenntnisstand", "ermittlungsstand"))
# nouns that name an account only with an article or owner (nach dem Plan des Rates), not bare
_BARE_IDIOMS = frozenset(("plan", "willen"))
_QUOTE_MARKS = frozenset("„“”\"»«‚‘’'")


def source_marker(s: Sent) -> list[Hit]:
    for i in range(s.n):
        if s.quoted[i]:
            continue
        for words, position in MARKERS.get(s.words[i], ()):
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
                hit = (s.char(k), s.end_char(sub_clause_end(s, k)), cue, mention_before(s, i - 2),
                       "source-marker", 0.75)
                if s.plain_words(k, sub_clause_end(s, k)) >= 2:
                    return [hit]
            noun = _nach_noun(s, i) if s.words[i] == "nach" else None
            if noun is not None:
                hit = _marker_hit(s, i, noun + 1, "pre", noun)
                if hit is not None:
                    return [hit]
    return []


def own_findings(mention_text: str) -> bool:
    """(nach) ersten Erkenntnissen, bisherigen Ermittlungen: a source marker's noun read as
    its own source, which names no one (nach Erkenntnissen der Polizei names the police)."""
    return mention_text.rsplit(None, 1)[-1].lower() in _FINDINGS


def _relative_source(s: Sent, i: int) -> bool:
    """…, nach denen X … / …, laut dem X …: a relative clause whose antecedent is the source."""
    if s.words[i] == "wonach":
        return False  # handled by _noun_clause
    if i + 1 >= s.n:
        return False
    pronoun = s.words[i + 1]
    if pronoun in ("dem", "der"):  # …, nach dem Spiel: only after a source noun
        return speech_noun(s.words[i - 2], lexicon.speech_nouns()) if i >= 2 else False
    return pronoun in ("denen", "welchem", "welcher", "welchen")


def _nach_noun(s: Sent, i: int) -> int | None:
    """nach Polizeiangaben / nach einer neuen Studie: the speech noun's index."""
    for k in range(i + 1, min(i + 5, s.n)):
        word, low = s.toks[k][2], s.words[k]
        if word[:1].isupper():
            if low in _BARE_IDIOMS and k == i + 1:
                return None  # nach Plan, nach Willen: as planned, no one's account
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
            word[:1].isupper() or s.words[at] in DETERMINERS or s.words[at].endswith(("e", "en", "em", "er"))
        ) and not (noun is not None and _opens_the_clause(s, at))
        mention = read_mention(s.text, s.toks[:stop], at) if readable and s.words[at] not in RELATIVES - {
            "der", "die", "das", "dem", "den"} else None
        if mention is not None and s.words[j - 1] == "in" and s.words[i] in ("heißt", "hieß"):
            # heißt es in der Rückrufdatenbank des KBA: a text whose owner is named, who speaks
            # (a statement, in einer Mitteilung des Verbands, is read as such by the attributor)
            document = document_phrase(s.text, s.toks[:stop], at, stop)
            if document is not None and document.kind == "document" and document.name \
                    and not said_or_thought(document.role or ""):
                mention = document
        owner = _POSSESSIVE.fullmatch(s.words[noun - 1]) if mention is None and noun is not None else None
        if owner is not None:
            # nach ihren Worten, nach seiner Einschätzung: the owner speaks, like sie / er
            a, b, word = s.toks[noun - 1]
            gender = {"sein": "m", "ihr": "f", "dessen": "m"}.get(owner.group(1))  # deren: any
            mention = Mention(a, b, word, "pronoun", None, None, gender)
        before = s.toks[noun - 1][2] if mention is None and noun is not None and noun - 1 > i else ""
        if before[:1].isupper() and before.endswith("s") and len(before) > 3:
            # nach Grupps Meinung: the person in the genitive before the noun speaks
            a, b, _ = s.toks[noun - 1]
            mention = Mention(a, b, before, "name", before[:-1], None, None)
        if mention is None and noun is not None and not s.words[noun - 1].startswith("eigen"):
            mention = read_mention(s.text, s.toks[: noun + 1], noun)
        if mention is None and at < stop and web_address(s.toks[at][2]):
            a, b, site = s.toks[at]  # laut ndr.de: a website is named like an outlet
            mention = Mention(a, b, site, "institution", site, None, None)
        opens = i == 0 or i == s.seg_start(i) and s.toks[i - 1][2] in ":;"  # …: Nach Meinung X wird …
        frame_hi = (finite_after_phrase(s, j, s.n) or stop) if opens else source_np_end(s, j, stop)
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
            if not any(speech_noun(w.split("-")[-1], nouns) for w in s.words[j:frame_hi]):
                return None  # laut einer dpa-Meldung: a source even without a speaker
        if s.words[i] in ("gemäß", "gemäss") and mention is not None and mention.kind == "name" and (
            j < s.n and s.words[j] in DETERMINERS
        ):
            return None  # gemäß den Prognosen / dem Gesetz: not a speaker
    elif position == "post":
        floor = s.seg_start(i)
        if i > floor and s.words[i - 1] in _DATIVE_PRONOUNS:
            # Ihr zufolge / Ihm zufolge: the pronoun stands for the source, like sie / er
            a, b, w = s.toks[i - 1]
            mention = Mention(a, b, w, "pronoun", None, None, _DATIVE_PRONOUNS[s.words[i - 1]])
            frame_lo = i - 1
        owner = _POSSESSIVE.fullmatch(s.words[i - 1]) if i - 1 == floor and mention is None else None
        if owner is not None and j - i > 1:
            # Seinen Angaben zufolge: the owner speaks, like er / sie (as in nach seinen Worten);
            # only opening its clause (not: die seiner Ansicht nach fragwürdige Rolle)
            a, b, w = s.toks[i - 1]
            gender = {"sein": "m", "ihr": "f", "dessen": "m"}.get(owner.group(1))
            mention = Mention(a, b, w, "pronoun", None, None, gender)
            frame_lo = i - 1
        for x in range(max(floor, i - 6), i if mention is None else 0):
            if not _phrase_word(s, x):
                continue  # dürfte ersten Annahmen zufolge: the verb opens no source phrase
            if x == 0 and i == 1 and j - i > 1 and opening_adjective(s.toks[:2]):
                # Ersten Angaben zufolge: the adjective and the marker's noun are the source,
                # which names no one (as laut ersten Angaben)
                mention, frame_lo = read_mention(s.text, s.toks[:2], 0), 0
                a, b, word = s.toks[j - 1]
                cue = Span(a, b, word)
                break
            mention = read_mention(s.text, s.toks[:i], x)
            if mention is not None and mention.end == s.toks[i - 1][1]:
                frame_lo = x
                break
            mention = None
        frame_lo = _phrase_start(s, frame_lo if mention is not None else i, floor)
        if mention is None:
            # Ersten Angaben vom Mittwoch zufolge: the speech noun names the source
            nouns = lexicon.speech_nouns()
            x = next((x for x in range(frame_lo, i) if speech_noun(s.words[x], nouns)), None)
            mention = read_mention(s.text, s.toks[:i], x) if x is not None else None
            if mention is None:
                return None
    own = next((k for k in range(i, j) if s.words[k].startswith("eigen")), None)
    if mention is None and own is not None:
        # Die Firma hat nach eigenen Angaben … / Nach eigenen Angaben hat die Firma …:
        # its own account: the words "eigenen Angaben" point to the subject, who speaks
        subject = speaker(s, 0, i) if i > 0 else mention_after(s, j, s.n)
        if subject is not None:
            a, b = s.toks[own][0], s.toks[j - 1][1]
            mention = Mention(a, b, s.text[a:b], "pronoun", None, None, None, antecedent=subject)
    seg = s.seg_start(i)
    if seg > 0 and s.plain_words(0, seg) == 0:
        return None  # „…“, sagte X laut Y: the marker attributes a quotation
    if s.words[0] in ("das", "dies", "dieses") and any(speech_verb(s, k) for k in (1, 2) if k < s.n):
        return None  # Das berichtet X unter Berufung auf Y: attributes the sentence before
    lo, hi = _marker_span(s, seg, frame_lo, frame_hi, position)
    # a bare zu-infinitive is no clause; one after a comma (…, Waffen einzusetzen) belongs to it
    # (the finite verb of an interrupted clause may stand before the marker: X war laut Y … zu spüren)
    bare = infinitive_clause(s.words[lo : s.next_sep(lo)]) and not finite_before_zu(s, seg, s.next_sep(lo))
    if hi <= lo or s.plain_words(lo, hi) < 1 or hi - lo < 2 or bare:
        return None
    tail = [k for k in range(frame_hi, s.n) if s.toks[k][2] not in ",;:"]
    if tail and all(s.quoted[k] for k in tail):
        return None  # laut X „…“: the partial quote is all there is
    return (s.char(lo), s.end_char(hi), cue, mention, "source-marker", 0.8)


def _opens_the_clause(s: Sent, at: int) -> bool:
    """nach ersten Meldungen *Schäden* verursacht / nach dessen Angaben *die Bombe*: after a
    marker ending in its own speech noun, a bare common noun or a phrase that is no genitive
    belongs to the clause; only a genitive (der Polizei) or a name names the source."""
    word, low = s.toks[at][2], s.words[at]
    if low in DETERMINERS:
        return low not in ("der", "des", "eines", "einer")
    return word[:1].isupper() and common_noun(word)


_DATIVE_PRONOUNS = {"ihm": "m", "ihr": "f", "ihnen": None}
_POSSESSIVE = re.compile(r"(sein|ihr|dessen|deren)(?:e|er|en|em|es)?")


def _phrase_word(s: Sent, x: int) -> bool:
    """Can a noun phrase start at token ``x``: a capitalised word, an article, or an adjective
    before its noun (*ersten* Angaben)?"""
    word, low = s.toks[x][2], s.words[x]
    nxt = s.toks[x + 1][2] if x + 1 < s.n else ""
    return word[:1].isupper() or word[:1].isdigit() or low in DETERMINERS or word in _QUOTE_MARKS or (
        low.endswith(("e", "en", "er")) and nxt[:1].isupper() and low not in COMMON_FINITE
    )


def _phrase_start(s: Sent, x: int, floor: int) -> int:
    """Back from token ``x`` to the start of the noun phrase before *zufolge*: over nouns,
    adjectives, genitives and von (Informationen *des* Senders X / Berichten der Sender X und Y),
    up to its dative article (*dem* Sender X); not into the clause before (kam es …)."""
    while x > floor:
        word, low = s.toks[x - 1][2], s.words[x - 1]
        before = s.toks[x - 2][2] if x - 2 >= floor else ""
        if low in ("dem", "den", "einem", "einer") or low == "der" and not before[:1].isupper():
            return x - 1  # the dative article opens the phrase
        if low in ("des", "der", "eines", "von", "vom", "und") and before[:1].isupper():
            x -= 1
        elif word[:1].isupper() and not s.quoted[x - 1] and (x - 1 > 0 or low not in HEARSAY_VERBS):
            x -= 1
        elif word[:1].islower() and _phrase_word(s, x - 1) and low not in DETERMINERS:
            x -= 1  # an adjective before its noun (*ersten* Angaben, *lokalen* Medien)
        else:
            break
    return x


def _marker_span(s: Sent, seg: int, lo: int, hi: int, position: str) -> tuple[int, int]:
    """Where the attributed clause lies relative to the marker phrase (tokens ``lo..hi``)."""
    last = s.next_sep(hi - 1) >= s.n
    if seg > 0 and lo == seg and s.toks[seg - 1][2] == ";" and s.plain_words(hi, s.n) >= 2:
        return hi, _main_clause_end(s, hi)  # …; nach Polizeiangaben waren es 1.000.
    if seg > 0 and lo == seg and last and s.toks[seg - 1][2] != ":":
        return 0, seg - 1  # …, laut Polizei. / …, heißt es in der Mitteilung. (not: …: Nach Meinung X …)
    if position == "none" and hi < s.n and s.toks[hi][2] in ",:" and seg == 0:
        return hi + 1, clause_end(s, hi + 1)  # Es heißt, … / Aus Kreisen verlautete, …
    if any(w in HEARSAY_VERBS for w in s.words[lo:hi]):
        if seg > 0 and last:
            return 0, seg - 1  # …, so heißt es in einer Erklärung.
        sep = s.next_sep(hi - 1)
        if seg == 0 and sep < s.n:
            return sep + 1, clause_end(s, sep + 1)  # In der Mitteilung heißt es, …
        return 0, 0
    if lo == 0 or lo == seg and s.toks[seg - 1][2] == ":":
        return hi, _main_clause_end(s, hi)  # Laut Polizei wurde … / Der Polizei zufolge … / …: Laut X …
    if seg > 0 and (s.words[seg] in SUBORDINATORS or relative_at(s, seg) or relative_pp(s, seg)):
        return seg, sub_clause_end(s, seg)  # …, die nach Angaben der Polizei … sollte, …
    start, end = (0, _main_clause_end(s, hi)) if seg == 0 else (seg, _main_clause_end(s, hi))
    fronted = seg > 0 and s.words[0] in SUBORDINATORS and s.toks[seg - 1][2] == ","
    if fronted and s.words[seg] in COMMON_FINITE:
        start = 0  # Nachdem …, geht es ihm nach Angaben X gut: the fronted clause belongs to it
    # the frame interrupts the clause (Die Lage ist laut Polizei ruhig): the whole clause, frame
    # included, unless the frame is most of it; then the larger part around it
    if all(s.quoted[k] or not s.toks[k][2][:1].isalnum() for k in (*range(start, lo), *range(hi, end))):
        return 0, 0  # „…“ laut Landrat X: the marker attributes the quotation
    whole = s.end_char(end) - s.char(start)
    frame = s.end_char(hi) - s.char(lo)
    if frame * 2 <= whole:
        return start, end
    left = s.end_char(lo) - s.char(start) if lo > start else 0
    right = s.end_char(end) - s.char(hi) if hi < end else 0
    kept, dropped = ((start, lo), (hi, end)) if left >= right else ((hi, end), (start, lo))
    if _carries_meaning(s, *dropped):
        return start, end  # Verletzt wurde nach Angaben der Polizei niemand: never without *niemand*
    return kept


def _carries_meaning(s: Sent, lo: int, hi: int) -> bool:
    """Does ``lo..hi`` hold a negation or a number, without which the clause says otherwise?"""
    negations = lexicon.negations()
    return any(s.words[k] in negations or s.words[k][:1].isdigit() for k in range(lo, hi))


def _main_clause_end(s: Sent, k: int) -> int:
    """The main clause from ``k`` ends before a second main clause (…, die Polizei spricht von …)."""
    for sep in s.seps:
        if sep <= k or sep + 2 >= s.n or s.toks[sep][2] not in ",;":
            continue
        a, b = s.words[sep + 1], s.toks[sep + 2][2]
        if infinitive_clause(s.words[sep + 1 : s.next_sep(sep)]):
            continue  # …, das Dach zu erreichen: the verb's zu-infinitive, not a new clause
        if s.toks[sep][2] == ";" or a in ("er", "sie", "es", "man", "wir"):
            return sep
        if a in ("der", "die", "das", "ein", "eine") and b[:1].isupper():
            return sep
        if a in ("und", "aber", "doch") and (s.words[sep + 2] in DETERMINERS or b[:1].isupper()):
            return sep
    return s.n
