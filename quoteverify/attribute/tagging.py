"""Word-class questions the attribution rules ask the light backend's tagger.

Only single words are asked, and each word is tagged once per process (the
tagger takes milliseconds a word): every question below reads the one cached
answer of :func:`lemma_and_tag`.
"""

from __future__ import annotations

from functools import lru_cache

from quoteverify import lexicon

_NON_NOUN_TAGS = (
    "ADJ", "NNA", "ADV", "PW", "KO", "AP", "PI", "PT", "PD", "PPOS", "PROAV", "VV", "VA", "VM", "CARD",
)


@lru_cache(maxsize=65536)
def lemma_and_tag(word: str) -> tuple[str, str]:
    """The tagger's (lemma, tag) of a single word: Amtes -> (Amt, NN)."""
    from quoteverify.nlp.light import tag_words

    lemma, tag = tag_words((word,))[0]
    return lemma or word, tag


def not_a_noun(word: str) -> bool:
    """Offenbar, Freie, Warum, Darauf: capitalised only because they open a sentence
    (NNA: an adjective the tagger reads as a noun, die Deutsche; PROAV: a pronominal adverb)."""
    return lemma_and_tag(word)[1].startswith(_NON_NOUN_TAGS)


def common_noun(word: str) -> bool:
    """Mehrheit, Ausnahmen: a common noun (NN), not a name (NE), when it stands alone."""
    return lemma_and_tag(word)[1] == "NN"


def abstract_noun(word: str) -> bool:
    """Forderungen, Konjunktur: a common noun for a thing or state (by its lemma's
    ending), which never speaks."""
    low = word.lower()
    stems = (low, low[:-1], low[:-2], low[:-3])  # Forderungen, Ergebnisse: plural endings
    if not any(lexicon.is_abstract_noun(stem) for stem in stems if stem):
        return False  # decided by the ending alone, without asking the tagger
    lemma, tag = lemma_and_tag(word)
    return tag == "NN" and lexicon.is_abstract_noun(lemma)


def stem_plus_e(word: str) -> bool:
    """gefährde, koste, behaupte: a verb's infinitive without its n, the form of a regular
    Konjunktiv I (after a stem in -t it looks like a weak past tense: dauerte, meldete).
    Read after a pronoun, as a verb: alone, koste and warte are nouns to the tagger."""
    return _lemma_after_pronoun(word) == word + "n"


@lru_cache(maxsize=16384)
def _lemma_after_pronoun(word: str) -> str:
    from quoteverify.nlp.light import tag_words

    return tag_words(("er", word))[1][0]
