"""Which noun phrases can speak, and where the reporter's clause around a quote ends.

A speaker phrase is a pronoun, a name, a role or an institution (der russische
Staatschef Wladimir Putin; die Ministerin; er; die Polizei); a bare capitalised
common noun (Ausnahmen, Mehrheit) or an object in the dative or accusative is not.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from quoteverify import lexicon
from quoteverify.attribute.mentions import DETERMINERS, Mention, bodies_in_plural, read_mention
from quoteverify.attribute.tagging import abstract_noun, common_noun, lemma_and_tag, not_a_noun

Token = tuple[int, int, str]


# adverbs and connectives that may stand between the verb and its subject,
# or before the subject at the start of the sentence
SKIP_WORDS = frozenset(
    "auch jetzt dazu weiter weiterhin zudem noch dann nun damals außerdem jedoch aber bereits heute "
    "gestern später zuvor ebenfalls erneut wiederum so etwa allerdings daraufhin indes unterdessen "
    "schließlich zuletzt abschließend und doch denn sogar nur bislang inzwischen mittlerweile "
    "zugleich gleichzeitig hingegen dagegen ferner darüber hinaus deshalb daher sich".split()
)


def is_speech_verb(word: str) -> bool:
    """A verb that frames words: said (sagte) or chanted (skandierten Parolen wie „…“).

    Chanting verbs come from the slogan cues; their subject speaks the slogan.
    """
    if not word[:1].islower():
        return False
    low = word.lower()
    return low in lexicon.speech_verb_forms() or low in lexicon.slogan_cues()


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
    if mention.kind == "document":
        return mention.name is not None  # die Kernaussage von Jana Holt: the owner speaks
    if mention.kind in ("pronoun", "role", "institution") or mention.role is not None:
        return True
    parts = (mention.name or "").split()
    if mention.determiner is None:
        return bool(parts)
    # die Gewerkschaften, die Medien: bodies in the plural speak as a group
    return len(parts) >= 2 or (bool(parts) and lexicon.is_institution(parts[0])) or bodies_in_plural(mention)


def plausible_speaker(text: str, mention: Mention) -> bool:
    """A phrase read elsewhere (reported clauses) that can speak: not an adjective
    opening a sentence (Betriebsbedingte Kündigungen sind …)."""
    if mention.kind == "name" and mention.determiner is None and mention.role is None:
        first = (mention.name or mention.text).split()[0]  # (Zu Guttenberg: the particle is no adjective)
        # capitalised only because it opens the sentence; a lower-case adjective
        # (nach Angaben des französischen Netzbetreibers) stands before a noun
        article = text[max(0, mention.start - 5) : mention.start].split()[-1:] in (["des"], ["der"], ["dem"])
        if first[:1].isupper() and not_a_noun(first) and not _used_as_surname(first, text) and not article:
            return False  # (but: nach Angaben des Roten Kreuzes, after its article)
    # nach Angaben des Ministeriums, laut dem Sprecher: sources stand in any case
    return True


def _given_name_first(m: Mention) -> bool:
    """Henk Jaap Meijer: a listed given name before more name words, or three
    name words in a row, is no adjective opening the sentence (Freie Wahlen)."""
    parts = (m.name or "").split()
    return len(parts) >= 3 or len(parts) == 2 and parts[0] in lexicon.first_names()


def _used_as_surname(word: str, text: str) -> bool:
    return word in _words_after_a_name(text)


# a capitalised word, then (looked at without taking it, so that pairs overlap) the next word
_AFTER_A_NAME_RE = re.compile(
    r"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine)\s)[A-ZÄÖÜ][a-zäöüß]+\s+(?=(\w+(?:-\w+)*))"
)


@lru_cache(maxsize=4)
def _words_after_a_name(text: str) -> frozenset[str]:
    """Every word that follows a capitalised word in the text (Theo *Zwanziger*), with each
    hyphenated prefix (Kern-Müller: Kern, Kern-Müller): read once per article, not per question."""
    found: set[str] = set()
    for m in _AFTER_A_NAME_RE.finditer(text):
        parts = m.group(1).split("-")
        found.update("-".join(parts[: k + 1]) for k in range(len(parts)))
    return frozenset(found)


_TIME_ADJECTIVES = frozenset("letzten vergangenen kommenden nächsten diesen jeden".split())


def time_adverbial_end(toks: list[Token], i: int) -> int:
    """sagte heute *Abend*, hatte *letzten September* kritisiert, *Ende März*: where a bare
    time phrase at token ``i`` ends (``i`` when there is none); its noun never speaks."""
    j = i + 1 if i < len(toks) and toks[i][2] in _TIME_ADJECTIVES else i
    k = j
    while k < len(toks) and toks[k][2][:1].isupper() and lexicon.is_time_or_measure(toks[k][2]):
        k += 1
        while k < len(toks) and toks[k][2].isdigit():
            k += 1  # Ende 2021, Anfang März 2020
    return k if k > j else i


def subject_at(text: str, toks: list[Token], i: int, *, strict: bool = True) -> Mention | None:
    """The speaker phrase at token ``i``, skipping adverbs.

    ``strict`` demands a phrase that can speak anywhere (a name, role,
    pronoun, institution); next to the finite verb any noun phrase in the
    nominative is the subject (Die Passagiere berichteten, sagte der Student).
    """
    while i < len(toks) and (toks[i][2].lower() in SKIP_WORDS or toks[i][2] in ",;–—-()"):
        i += 1
        i = time_adverbial_end(toks, i)
    i = time_adverbial_end(toks, i)
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
            m = dataclasses.replace(m, start=toks[i][0], text=text[toks[i][0] : m.end],
                                    determiner=_DEMONSTRATIVES[toks[i][2].lower()])
            return m if not strict or plausible(m, text) else None
    m = read_mention(text, toks, i)
    if m is None and not strict:
        m = extended_attribute(text, toks, i)  # Die das Unglück überlebende Anna Kern
    if m is None:
        m = title_in_marks(text, toks, i)  # schreibt die „Morgenpost“
    if m is None or m.determiner in _OBLIQUE and m.determiner not in ("dessen", "deren"):
        return None  # dessen Stellvertreter: a possessor before a subject
    if names_a_thing(m):
        return None  # Die Konjunktur ziehe an: a thing, not a speaker
    first = toks[i][2] if i < len(toks) else ""
    if m.kind == "name" and m.determiner is None and m.role is None and not_a_noun(first) \
            and not _given_name_first(m):
        # Offenbar, Ähnlich, Warum: capitalised at the sentence start only;
        # unless the article uses the word as a surname (Theo Zwanziger)
        if not _used_as_surname(first, text):
            return None
    return m if not strict or plausible(m, text) else None


_OPEN_MARKS = ("„", "»", '"')
_CLOSE_MARKS = ("“", "«", '"')


def title_in_marks(text: str, toks: list[Token], i: int) -> Mention | None:
    """die „Morgenpost“ / „Die Woche“: a paper or broadcaster named by its title in
    quotation marks, where a subject stands, speaks as an institution."""
    k = i
    determiner = None
    if k < len(toks) and toks[k][2].lower() in ("der", "die", "das"):
        determiner, k = toks[k][2].lower(), k + 1
    if k + 1 >= len(toks) or toks[k][2] not in _OPEN_MARKS or not toks[k + 1][2][:1].isupper():
        return None
    close = next((j for j in range(k + 1, min(k + 6, len(toks))) if toks[j][2] in _CLOSE_MARKS), None)
    if close is None or close == k + 1:
        return None
    if any(not w[2][:1].isupper() and w[2] not in ("-", "&") for w in toks[k + 1 : close]
           if w[2].lower() not in ("der", "die", "das")):
        return None  # a title is capitalised words (Die Woche, Neue Zürcher Zeitung)
    start, end = toks[i][0], toks[close][1]
    name = text[toks[k + 1][0] : toks[close - 1][1]]
    return Mention(start, end, text[start:end], "institution", name, None, None, determiner)


def next_token_at(toks: list[Token], pos: int) -> int:
    return next((k for k, t in enumerate(toks) if t[0] >= pos), len(toks))


def extended_attribute(text: str, toks: list[Token], i: int) -> Mention | None:
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


def names_a_thing(m: Mention) -> bool:
    """Die Entwicklung, Forderungen, Online-Durchsuchungen: common nouns for things
    and states (by their ending) name no speaker, however they stand in the clause."""
    if m.kind != "name" or m.role is not None or not m.name:
        return False
    parts = m.name.split()
    if len(parts) > 1 and common_noun(parts[0]) and abstract_noun(parts[0]):
        return True  # Die Äußerungen Kerns: the thing, then its owner in the genitive
    return abstract_noun(parts[-1]) and (len(parts) == 1 or common_noun(parts[0]))


def object_first(m: Mention) -> bool:
    """Ein Eingreifen (lehnte der Minister ab), Den Vorschlag (begrüßte sie): a common noun
    that is neither a role nor a body opens the clause; a person after the verb may be its
    subject."""
    return m.kind == "name" and m.role is None and m.name is not None and " " not in m.name \
        and lemma_and_tag(m.name)[1] in ("NN", "NNI") and not lexicon.is_institution(m.name) \
        and not lexicon.role_noun(m.name)  # NNI: a verb as a noun (das Eingreifen)


def a_person(m: Mention | None) -> bool:
    """der Minister, Ministerin Jana Holt, er, sie: a phrase that names a person."""
    return m is not None and (m.kind == "role" or m.role is not None
                              or m.kind == "pronoun" and m.text.lower() in ("er", "sie"))


def names_someone(m: Mention, text: str) -> bool:
    """A bare capitalised phrase is a name only if it is not a common noun
    (Ausnahmen sind …, seit Jahren Aufrufe …) or the text uses it as a surname."""
    if m.kind != "name" or m.determiner is not None or m.role is not None or not m.name:
        return True
    last = m.name.split()[-1]
    return not common_noun(last) or _used_as_surname(last, text)


# forms of werden that make a participle passive (wurde vorgeworfen, werden gebeten)
PASSIVE_AUXILIARIES = frozenset("wird werden wurde wurden worden".split())

PREPOSITIONS = frozenset(
    "von vom aus in im am an auf bei beim für mit nach über unter zu zum zur gegen um vor hinter "
    "neben zwischen seit bis durch ohne wegen während gegenüber laut dank trotz als wie "
    "aufgrund angesichts infolge anhand bezüglich hinsichtlich mittels innerhalb außerhalb "
    "statt anstatt seitens zwecks".split()
)


# words that follow a quotation and a comma without opening an inverted main clause
NOT_VERBS = frozenset(
    "und oder aber denn sondern dass wie wenn weil als ob so doch jedoch sowie bzw also "
    "was wer wo womit wobei wonach worauf der die das dem den des welche welcher welches "
    "heißt hieß es man".split()
)


def verb_complex_end(toks: list[Token]) -> int:
    """„…“ erreicht werden, so X / „…“ sei, sagte X: the index of the comma after the
    verbs that close the quoted clause (0 when the quotation is not followed by them)."""
    for k in range(min(4, len(toks) - 1)):
        word = toks[k][2]
        if word == ",":
            return k if k > 0 else 0
        if not word[:1].islower() or not word.isalpha() or word in NOT_VERBS or word in DETERMINERS \
                or word in PREPOSITIONS:
            return 0
    return 0


def in_prepositional_phrase(toks: list[Token], k: int) -> bool:
    """mit seinen Kollegen Edwin Aldrin und Michael Collins: back from token ``k`` over
    nouns, names, articles and "und", is the word the phrase opens with a preposition?"""
    for i in range(k - 1, max(-1, k - 9), -1):
        word = toks[i][2]
        low = word.lower()
        if word[:1].isupper() and low in PREPOSITIONS and low not in ("als", "wie"):
            return True  # opening the sentence: Über seinen Anwalt X ließ er … (not: Als der Minister …)
        if word[:1].isupper() or low in DETERMINERS or low == "und" or low.startswith(("sein", "ihr")):
            continue
        return low in PREPOSITIONS
    return False
