"""Speakers the reporter's clause names without a speech verb next to the quote.

The subject of the clause (Dabei griff sie den Minister an: „…“), the agent of a
passive (werden von Kritikern als „…“ bezeichnet), and whose view a phrase gives
(nach Meinung der Organisation, Seiner Ansicht nach, Für Senatorin X ist …).
"""

from __future__ import annotations

import dataclasses

from quoteverify import lexicon
from quoteverify.attribute.documents import document_phrase
from quoteverify.attribute.mentions import DETERMINERS, POSSESSIVES, Mention, bodies_in_plural, read_mention
from quoteverify.attribute.phrases import (
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    SKIP_WORDS,
    Token,
    is_speech_verb,
    names_a_thing,
    names_someone,
    next_token_at,
    plausible,
    subject_at,
)
from quoteverify.attribute.tagging import abstract_noun
from quoteverify.nlp.konjunktiv import konjunktiv
from quoteverify.nlp.light import tag_words
from quoteverify.records import Span


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
    if first is not None and first.determiner not in (None, "der", "die", "das", "ein", "eine") \
            and first.kind != "role":
        first = None  # Seine Zuversicht gründet sich auf …: a possessive, not a speaker (but: Sein Anwalt)
    if first is not None and not names_someone(first, text):
        first = None
    if first is not None and colon and not plausible(first, text):
        # Das Angebot lehnt er jedoch ab: „…“ — an object first, the pronoun after the verb
        k = next_token_at(toks, first.end)
        if k < len(toks) and toks[k][2] == ",":  # Das Angebot, Verletzte aufzunehmen, lehnt er ab
            k = next((x + 1 for x in range(k + 1, len(toks)) if toks[x][2] == ","), len(toks))
        if k + 1 < len(toks) and toks[k][2][:1].islower() and toks[k + 1][2].lower() in ("er", "sie"):
            return read_mention(text, toks, k + 1)
    if first is not None and (first.kind != "pronoun" or first.text.lower() == "er" or colon):
        k = next_token_at(toks, first.end)
        if k < len(toks) and toks[k][2][:1].islower() or k < len(toks) and toks[k][2] in ",(":
            return first
    for k in range(1, len(toks)):
        word = toks[k][2]
        low = word.lower()
        before = toks[k - 1][2]
        if before.lower() in PREPOSITIONS or before.lower() in DETERMINERS or before[:1].isupper():
            continue
        if before in ",;–" and k + 1 < len(toks) and not toks[k + 1][2][:1].islower():
            continue
        if low in ("er", "sie") and before[:1].islower():
            return read_mention(text, toks, k)
        if word[:1].isupper() or low in ("der", "die", "ein", "eine"):
            m = read_mention(text, toks, k)
            # after the verb, "der" opens the subject (biss der Randalierer den Fluggast)
            if m is not None and before[:1].islower() and before.isalpha() and names_someone(m, text) \
                    and not names_a_thing(m) and (
                plausible(m, text) and (m.kind != "name" or m.role is not None or m.determiner is None)
                or m.determiner == "der"
            ):
                return m
    return None


def stance_source(text: str, toks: list[Token]) -> tuple[int, Span, Mention] | None:
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
        elif low in POSSESSIVES and i + 2 < len(toks) and toks[i + 1][2].lower() in nouns \
                and toks[i + 2][2] == "nach" and (i == 0 or toks[i - 1][2].lower() not in DETERMINERS):
            # (not: die ihrer Meinung nach verbreiteten Illusionen, an attribute)
            # Seiner Ansicht nach: the possessive points to the person
            end = toks[i + 1][1]
            m = Mention(s, end, text[s:end], "pronoun", None, None, POSSESSIVES[low])
            return (i, Span(*toks[i + 2]), m)
        elif low == "für" and (i == 0 or i == 1 and toks[0][2].lower() in SKIP_WORDS | {"was"}
                               or i > 1 and toks[i - 1][2].lower() in _COPULAS and toks[i - 2][2] == ","):
            # Für Senatorin X ist … / Was für die Ministerin … ist, war für den Verband „…“
            m = read_mention(text, toks, i + 1)
            if m is None:
                continue
            # für den Verband, für die Lehrerverbände
            body = m.determiner is not None and (m.kind == "institution" or bodies_in_plural(m))
            if body or m.kind in ("name", "role") and plausible(
                    dataclasses.replace(m, determiner=None), text) and names_someone(m, text) and (
                    m.role is not None or m.name is not None and " " in m.name):
                # Für den Theologen Max Kern sei der Rücktritt „verständlich“
                return (i, Span(s, e, w), m)
    return None


_COPULAS = frozenset("ist war sei wäre sind waren seien wären bleibt blieb".split())




def passive_agent(text: str, before: list[Token], after: list[Token]) -> Mention | None:
    """Seine Werke werden von Kritikern als „…“ bezeichnet / wird vom Wetterdienst als „…“
    eingestuft: in a passive clause the speaker is the agent after von/vom.

    Only the clause around the quote counts: from the last comma before it to the
    first comma after it (Müller, der von der Polizei gesucht wurde, sagte: … is active).
    """
    lo = next((k + 1 for k in range(len(before) - 1, -1, -1)
               if before[k][2] == "," or k < len(before) - 1 and before[k][2] in ":;"), 0)
    hi = next((k for k, t in enumerate(after) if t[2] in ",.;:"), len(after))
    clause = before[lo:] + after[:hi]
    words = [t[2].lower() for t in clause]
    if not any(w in PASSIVE_AUXILIARIES for w in words) or not any(is_speech_verb(t[2]) for t in clause):
        return None
    for k in range(len(words) - 1, -1, -1):  # die Gefahr von Bränden vom Wetterdienst: the last
        if words[k] in ("von", "vom") and k + 1 < len(clause):
            if k > 0 and clause[k - 1][2][:1].isupper() and abstract_noun(clause[k - 1][2]):
                continue  # Die Speicherung von Fingerabdrücken wurde begründet: what, not by whom
            m = read_mention(text, clause, k + 1)
            if m is not None and m.name in ("Seiten", "Seite") and m.determiner is None:
                # von Seiten der Delegation / von Seite des Verbands: the one after it
                owner = next_token_at(clause, m.end)
                m = read_mention(text, clause, owner) if owner < len(clause) and \
                    clause[owner][2] in ("der", "des") else m
            if m is not None and m.kind != "pronoun":
                if not names_someone(m, text):
                    # von Kunstkritikern: a group the text does not name, no one to resolve
                    return dataclasses.replace(m, kind="document", name=None, role=m.name)
                return m
    return _medium_of_passive(text, clause, words)


def _medium_of_passive(text: str, clause: list[Token], words: list[str]) -> Mention | None:
    """wurde im „Kurier“ als „…“ bezeichnet / In den Medien war X als „…“ bezeichnet worden:
    with no agent, the paper or the text the words appeared in is the source."""
    for k in range(len(words) - 1):
        if words[k] not in ("in", "im"):
            continue
        marked = k + 3 < len(clause) and clause[k + 1][2] in ("„", "»", '"')
        if marked and clause[k + 3][2] in ("“", "«", '"'):
            # im „Kurier“: a paper by its title
            s, e = clause[k + 1][0], clause[k + 3][1]
            return Mention(s, e, text[s:e], "document", None, clause[k + 2][2], None)
        m = document_phrase(text, clause, k + 1, len(clause))
        if m is not None and m.role is not None and (
                m.role.lower() in lexicon.speech_nouns()):
            return m
    return None



def bracketed_after_speaker(text: str, before: list[Token]) -> Mention | None:
    """Lob kam von Verbandschef Otto Brenner („…“): a quotation in brackets right after a
    name or role is that person's words."""
    if len(before) < 2 or before[-1][2] != "(":
        return None
    end = before[-2][1]
    for j in range(max(0, len(before) - 8), len(before) - 1):
        m = read_mention(text, before[:-1], j)
        if m is not None and m.end == end and m.kind in ("name", "role", "institution") \
                and names_someone(m, text) and not names_a_thing(m):
            return m
    return None


def konjunktiv_i_in(toks: list[tuple[int, int, str]]) -> bool:
    """Does a finite verb in Konjunktiv I stand among these words (tagged in context)?"""
    words = tuple(t[2] for t in toks)
    if not any(w in ("sei", "seien") or len(w) > 2 and w.endswith("e") and w.islower() for w in words):
        return False  # no word that could be one (habe, könne, gebe …): spare the tagger
    tagged = tag_words(words)
    return any(
        "FIN" in tag and konjunktiv(words[k], lemma, tag, words[:k], words[k + 1 :]) == "I"
        for k, (lemma, tag) in enumerate(tagged)
    )


def passive_frame(toks: list[Token]) -> bool:
    """X wird vorgeworfen / Im Rat wurde beschlossen / wurde bekannt: a passive that frames
    reported content, so its subject (if any) is not the speaker."""
    if any(t[2] == "zitiert" for t in toks):
        return False  # X wird mit den Worten zitiert, …: the one quoted is the speaker
    return any(t[2].lower() in PASSIVE_AUXILIARIES for t in toks) and any(_reporting(t[2]) for t in toks)


def _reporting(word: str) -> bool:
    """gesagt, beschlossen, bekannt: a verb or particle that frames reported content."""
    return is_speech_verb(word) or word.lower() in lexicon.intent_verb_candidates() or word == "bekannt"
