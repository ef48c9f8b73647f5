"""Quotations whose source is a text or an impersonal frame, not a speaking subject.

German news quotes documents with *heißen*: „…“, heißt es in dem Antrag /
In der Erklärung hatte es geheißen: „…“ / Darin heißt es: „…“. The phrase
after the preposition (or the pronominal adverb) is the source; *von*/*aus*
name who it came from („…“, hieß es aus dem Ministerium). The passive
*zitiert werden* names the speaker as its subject („…“, wird Müller zitiert /
Müller wird wie folgt zitiert: „…“).
"""

from __future__ import annotations

import re

from quoteverify import lexicon
from quoteverify.attribute.mentions import DETERMINERS, Mention, read_mention, said_or_thought
from quoteverify.attribute.phrases import is_speech_verb, verb_complex_end
from quoteverify.attribute.tagging import common_noun
from quoteverify.records import Span

Token = tuple[int, int, str]
Found = tuple[str, Span | None, Mention | None]

_HEISSEN = frozenset("heißt hieß geheißen heisst hiess geheissen".split())
_DOCUMENT_PREPS = frozenset("in im auf bei beim".split())
_SOURCE_PREPS = frozenset("von vom aus seitens".split())
# pronominal adverbs that point back to a document just named
_HEARSAY_PLACES = frozenset("in im bei beim auf aus vom von".split())
_REQUESTS = frozenset(("Anfrage", "Nachfrage"))
_RELATIVE_DATIVES = frozenset("dem der denen welchem welcher".split())
_POINTERS = frozenset("darin dort darauf darunter hierin hierauf".split())
_PASSIVE_AUX = frozenset("wird wurde werden wurden worden".split())


def document_after(text: str, toks: list[Token]) -> Found | None:
    """„…“, heißt es in dem Antrag / „…“, hieß es aus dem Ministerium /
    „…“, hatte es in der Erklärung geheißen / „…“, wird Müller zitiert."""
    i = verb_complex_end(toks)  # „…“ erreicht werden, heißt es in …
    while i < len(toks) and toks[i][2] in (",", "(", "–", "—", "-"):
        i += 1
    words = [t[2].lower() for t in toks]
    if i + 1 < len(toks) and words[i] == "so" and words[i + 1] in _HEISSEN:
        i += 1  # „…“, so heißt es in der Erklärung
    end = _clause_end(toks, i)
    if i + 1 < end and words[i] in _HEISSEN and words[i + 1] == "es":
        return ("document", Span(*toks[i]), _source_phrase(text, toks, i + 2, end))
    if i + 1 < end and words[i + 1] == "es" and words[i][:1].isalpha():
        # „…“, hatte es in einer Erklärung geheißen
        verb = next((k for k in range(i + 2, end) if words[k] in _HEISSEN), None)
        if verb is not None:
            return ("document", Span(*toks[verb]), _source_phrase(text, toks, i + 2, verb))
    if i < end and words[i] in _PASSIVE_AUX:
        verb = next((k for k in range(i + 1, end) if words[k] == "zitiert"), None)
        if verb is not None:
            m = read_mention(text, toks[:verb], _skip_adverbs(words, i + 1, verb))
            if m is not None:
                return ("cited", Span(*toks[verb]), m)
    return None


def document_before(text: str, toks: list[Token], after: list[Token] = ()) -> Found | None:
    """In dem Antrag heißt es: „…“ / Darin heißt es wörtlich: „…“ /
    Müller wird mit den Worten zitiert: „…“ / In der Meldung wird Müller zitiert: „…“ /
    Auf dem Plakat war „…“ zu lesen (``after``: the tokens after the quotation)."""
    if not toks:
        return None
    words = [t[2].lower() for t in toks]
    verb = next((k for k, w in enumerate(words) if w in _HEISSEN), None)
    if verb is not None and "es" in words[max(0, verb - 3) : verb + 2]:
        start = 1 if words[0] in ("so", "dazu", "und", "doch") else 0
        if words[start] in _POINTERS | _DOCUMENT_PREPS | _SOURCE_PREPS:
            return ("document", Span(*toks[verb]), _source_phrase(text, toks, start, verb))
        relative = _relative_place(words, verb)
        if relative is not None:
            # … bemängelte § 5 des Gesetzes, in dem es heißt: the phrase before the comma
            dets = [k for k in range(max(0, relative - 5), relative) if words[k] in DETERMINERS]
            lead = dets[-1] if dets else None
            phrase = document_phrase(text, toks, lead, relative) if lead is not None else None
            return ("document", Span(*toks[verb]), phrase)
        # So heißt es in der Meldung wörtlich: the phrase after the verb
        comma = next((k for k in range(verb + 1, len(toks)) if words[k] == ","), len(toks))
        after = next((k for k in range(verb + 1, comma) if words[k] in _DOCUMENT_PREPS | _SOURCE_PREPS), None)
        if after is not None:
            return ("document", Span(*toks[verb]), _source_phrase(text, toks, after, len(toks)))
        return None
    found = _written_in(text, toks, words, [t[2].lower() for t in after])
    if found is not None:
        return found
    verb = next((k for k, w in enumerate(words) if w == "zitiert"), None)
    aux = next((k for k, w in enumerate(words[:verb] if verb else []) if w in _PASSIVE_AUX), None)
    if verb is not None and aux is not None:
        # Müller wird zitiert / In der Meldung wird Müller wie folgt zitiert
        m = read_mention(text, toks[:aux], 0) if aux > 0 else None
        if m is None or m.end != toks[aux - 1][1] or m.determiner in ("dem", "der", "den", "einem", "einer"):
            m = read_mention(text, toks[:verb], _skip_adverbs(words, aux + 1, verb))
        if m is not None:
            return ("cited", Span(*toks[verb]), m)
    return None


def _relative_place(words: list[str], verb: int) -> int | None:
    """The comma opening a relative clause of place before heißt es (…, in dem es heißt /
    …, worin es heißt), or None."""
    for k in range(verb - 1, max(0, verb - 9), -1):  # …, in dem es unter anderem heißt
        if words[k] == ",":
            first, second = (words[k + 1 : k + 3] + ["", ""])[:2]
            if first in ("worin", "wo") or first == "in" and second in _RELATIVE_DATIVES:
                return k
            return None
    return None


def _noun(word: str) -> bool:
    """Erklärung, documenta-Homepage: capitalised, or a compound whose last part is."""
    return word[:1].isupper() or "-" in word and word.rsplit("-", 1)[1][:1].isupper()


def _written_in(text: str, toks: list[Token], words: list[str], after: list[str]) -> Found | None:
    """In dem Entwurf steht der Passus: „…“ / Im Schreiben war von „…“ die Rede /
    In der Zeitung fand sich die Feststellung „…“ / Auf dem Plakat war „…“ zu lesen /
    Darauf stand: „…“ / ein Zettel, auf dem geschrieben stand: „…“: the words are
    written on or in a thing, which is their source (the pointer or relative
    pronoun standing for it is the mention)."""
    relative = _relative_carrier(text, toks, words, after)
    if relative is not None:
        return relative
    start = 1 if words and words[0] in ("so", "dazu", "derzeit", "auch", "und") else 0
    prep = start if start < len(words) and words[start] in ("in", "im", "auf") else None
    verb = next((k for k, w in enumerate(words) if w in _WRITTEN), None)
    if verb is None:
        return None
    rest = words[verb + 1 :]
    if words[verb] in ("fand", "findet") and rest[:1] != ["sich"]:
        return None
    read = _to_read(rest, after)
    if words[verb] in _BE and "von" not in rest[:2] and not read:
        return None  # only: war von „…“ die Rede / war „…“ zu lesen
    if _someone_there(text, toks, verb, words):
        return None  # Auf dem Podium stand der Minister und sagte: a person, not a text
    if start < len(words) and words[start] in _POINTERS and start < verb:
        return ("document", Span(*toks[verb]), _pointer(toks[start]))  # Darauf stand: „…“
    if prep is None or prep > verb:
        # Derzeit steht in dem Gesetzentwurf der Passus / fand sich dort: the phrase after the verb
        near = range(verb + 1, min(verb + 4, len(words)))
        pointer = next((k for k in near if words[k] in _POINTERS), None)
        if pointer is not None:
            return ("document", Span(*toks[verb]), _pointer(toks[pointer]))
        prep = next((k for k in near if words[k] in ("in", "im", "auf")), None)
        if prep is None or words[verb] not in _STAND and not read:
            return None
        m = document_phrase(text, toks, prep + 1, len(toks))
    else:
        m = document_phrase(text, toks, prep + 1, verb)
    return ("document", Span(*toks[verb]), m) if m is not None else None


_STAND = frozenset("steht stand stehen standen".split())
_BE = frozenset("war ist waren sind".split())
_WRITTEN = _STAND | _BE | {"fand", "findet"}
_CARRIER_PREPS = frozenset("auf in an".split())
_RELATIVES = frozenset("dem der denen welchem welcher welchen".split())


def _to_read(rest: list[str], after: list[str]) -> bool:
    """war (die Parole) „…“ zu lesen / ist zu lesen: / stand geschrieben: the verbs of a text."""
    joined = " " + " ".join(rest + ["|"] + after[:3]) + " "
    return " zu lesen " in joined or " geschrieben " in joined


def _someone_there(text: str, toks: list[Token], verb: int, words: list[str]) -> bool:
    """Dort stand der Minister und rief / Auf dem Podium stand Anna Berg: someone stands
    there and speaks; a person after the verb, or a speech verb in the clause."""
    if any(is_speech_verb(t[2]) and words[k] != "geschrieben" for k, t in enumerate(toks) if k > verb):
        return True
    m = read_mention(text, toks, verb + 1)
    return m is not None and (m.kind == "pronoun" or m.role is not None
                              or m.kind == "name" and len((m.name or "").split()) >= 2)


def _relative_carrier(text: str, toks: list[Token], words: list[str], after: list[str]) -> Found | None:
    """Transparente, auf denen „…“ stand / ein Zettel, auf dem geschrieben stand: „…“
    (not: die Bühne, auf der der Sänger stand: someone stands there)."""
    k = next((j for j in range(len(words) - 3, -1, -1) if words[j] == ","), None)
    if k is None or words[k + 1] not in _CARRIER_PREPS or words[k + 2] not in _RELATIVES:
        return None
    if words[k + 2] in ("dem", "der") and k + 3 < len(toks) and toks[k + 3][2][:1].isupper():
        return None  # …, auf dem Platz stand er: an article before its noun (denen never is)
    rest = words[k + 3 :]
    verb = next((j for j, w in enumerate(rest) if w in _STAND), None)
    if verb is not None:
        cue = toks[k + 3 + verb]
    elif after and after[0] in _STAND:
        cue = None  # auf denen „…“ stand: the verb follows the quotation
    elif _to_read(rest, after) and any(w in _BE for w in rest + after[:1]):
        cue = next((toks[k + 3 + j] for j, w in enumerate(rest) if w in _BE), None)
    else:
        return None
    if any(t[2] != "geschrieben" and is_speech_verb(t[2]) for t in toks[k + 3 :]):
        return None
    m = read_mention(text, toks, k + 3)
    if m is not None and (m.kind == "pronoun" or m.role is not None or len((m.name or "").split()) >= 2):
        return None
    return ("document", Span(*cue) if cue else None, _pointer(toks[k + 2]))


def _clause_end(toks: list[Token], i: int) -> int:
    return next((k for k in range(i, len(toks)) if toks[k][2] in ".;:!?"), len(toks))


def _skip_adverbs(words: list[str], i: int, stop: int) -> int:
    while i < stop and words[i] in ("auch", "dabei", "dazu", "so", "damit", "außerdem", "zudem", "nun"):
        i += 1
    return i


def _pointer(tok: Token) -> Mention:
    return Mention(tok[0], tok[1], tok[2], "document", None, None, None)


def _source_phrase(text: str, toks: list[Token], i: int, stop: int) -> Mention | None:
    """The phrase after the first preposition in ``toks[i:stop]``: a document
    (in dem Antrag der Fraktion) or the body or person it came from (aus dem Ministerium); a
    pointer at ``i`` (darin, dort) stands for the text named before."""
    if i < stop and toks[i][2].lower() in _POINTERS:
        return _pointer(toks[i])
    prep = next((k for k in range(i, stop) if toks[k][2].lower() in _DOCUMENT_PREPS | _SOURCE_PREPS), None)
    if prep is None:
        return None
    if toks[prep][2].lower() in _SOURCE_PREPS:
        m = read_mention(text, toks[:stop], prep + 1)
        if m is not None and m.kind != "pronoun":
            return m
    return document_phrase(text, toks, prep + 1, stop)


def document_phrase(text: str, toks: list[Token], i: int, stop: int) -> Mention | None:
    """der Meldung auf der Homepage / einer gestern verbreiteten Erklärung der Partei:
    determiner, modifiers, the head noun, and a genitive that names the author."""
    k = i
    if k < stop and toks[k][2].lower() in DETERMINERS:
        k += 1
    for _ in range(5):  # gestern verbreiteten, gemeinsamen, am Montag veröffentlichten
        if k < stop and toks[k][2][:1].islower() and not _noun(toks[k][2]):
            k += 1
        elif k + 1 < stop and k > i and toks[k - 1][2] in ("am", "vom", "im", "seit") \
                and re.fullmatch(r"[a-zäöü]+(?:e|en|em|er|es)", toks[k + 1][2]):
            k += 1  # am Montag: a date inside the modifier
    if k >= stop or not _noun(toks[k][2]):
        return None
    head = toks[k]
    end = k + 1
    while end < stop and toks[end][2][:1].isupper() or end < stop and toks[end][2] == "-":
        end += 1  # Homepage von „con energy“ stops at von; a compound in pieces goes on
    owner = None
    if end < stop and toks[end][2].lower() in ("des", "der", "eines", "einer", "von", "vom"):
        m = read_mention(text, toks[:stop], end + (toks[end][2].lower() in ("von", "vom")))
        if m is not None and m.kind != "pronoun":
            owner = m
            end = next((x for x in range(end, stop) if toks[x][0] >= m.end), stop)
    start = toks[i][0]
    last = toks[end - 1][1]
    name = owner.name or owner.role if owner is not None else None
    return Mention(start, last, text[start:last], "document", name, head[2], None,
                   toks[i][2].lower() if toks[i][2].lower() in DETERMINERS else None)


def owner_mention(m: Mention) -> Mention | None:
    """The author named inside a document phrase, as a speaker phrase (der Partei → Partei)."""
    if m.kind != "document" or not m.name:
        return None
    if lexicon.is_institution(m.name.split()[-1]):
        return Mention(m.start, m.end, m.text, "institution", m.name, None, None)
    if not common_noun(m.name.split()[0]):  # der Meldung von Xinhua, der Rede Jana Holts
        return Mention(m.start, m.end, m.text, "name", m.name, None, None)
    return None  # des Ausschusses, der Anwältin: a common noun, no one the text names


def hearsay_source(text: str, before: list[Token], after: list[Token]) -> Mention | None:
    """The phrase that heißt es / hieß es points to in its own clause, given the sentence's
    tokens before and after the marker: before it (In der Pressemitteilung des WWF heißt es,
    Bei der Agentur RIA hieß es) or right after it (hieß es in einer Erklärung der Partei,
    hieß es vom Sprecher X). A document keeps its author as owner; None: no one is named."""
    commas = [k for k, t in enumerate(before) if t[2] in ",;:"]
    before = before[commas[-1] + 1 :] if commas else before
    stop = next((k for k, t in enumerate(after) if t[2] in ",;:."), len(after))
    for toks, last in ((before, True), (after[:stop], False)):
        if len(toks) >= 2 and toks[0][2] == "auf" and toks[1][2] in _REQUESTS:
            # hieß es auf Anfrage (der Zeitung) (bei der Polizei): the reporter asked; the
            # place asked, if named, is the source
            asked = ("bei", "beim", "aus", "im")
            toks = next((toks[k:] for k in range(2, len(toks)) if toks[k][2] in asked), [])
        if len(toks) < 2 or toks[0][2].lower() not in _HEARSAY_PLACES:
            continue
        m = document_phrase(text, toks, 1, len(toks))
        # (heißt es in der Rückrufdatenbank des KBA: any text with its owner named is a document)
        if m is None or not said_or_thought(m.role or "") and (m.name is None or m.kind != "document"):
            m = read_mention(text, toks, 1)  # vom Sprecher Mark Toner, bei der Agentur RIA
            if m is not None and m.kind == "pronoun":
                m = None
        if m is not None and (not last or m.end == toks[-1][1]):
            return m
    return None


def unowned_statement(m: Mention) -> bool:
    """Stellungnahme, Erklärung: a statement named by one noun, without its author (not
    circles, aus Militärkreisen: an unnamed group, a source of its own)."""
    if m.text.split()[-1].lower().endswith(("kreisen", "kreise")):
        return False
    if m.kind == "document":
        return m.name is None
    return m.kind == "name" and m.role is None and m.name is not None and " " not in m.name \
        and said_or_thought(m.name)
