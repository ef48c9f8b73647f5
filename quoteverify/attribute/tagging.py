"""Word-class questions the attribution rules ask the light backend's tagger.

Only single words are asked, and each answer is cached: the rules need the
tagger for a handful of capitalised words per article, not for whole texts.
"""

from __future__ import annotations

from functools import lru_cache

from quoteverify import lexicon

_NON_NOUN_TAGS = (
    "ADJ", "NNA", "ADV", "PW", "KO", "AP", "PI", "PT", "PD", "PPOS", "PROAV", "VV", "VA", "VM", "CARD",
)


@lru_cache(maxsize=65536)
def not_a_noun(word: str) -> bool:
    """Offenbar, Freie, Warum, Darauf: capitalised only because they open a sentence
    (NNA: an adjective the tagger reads as a noun, die Deutsche; PROAV: a pronominal adverb)."""
    from quoteverify.nlp.light import tag_words

    return tag_words((word,))[0][1].startswith(_NON_NOUN_TAGS)


@lru_cache(maxsize=65536)
def common_noun(word: str) -> bool:
    """Mehrheit, Ausnahmen: a common noun (NN), not a name (NE), when it stands alone."""
    from quoteverify.nlp.light import tag_words

    return tag_words((word,))[0][1] == "NN"


@lru_cache(maxsize=65536)
def abstract_noun(word: str) -> bool:
    """Forderungen, Konjunktur: a common noun for a thing or state (by its lemma's
    ending), which never speaks."""
    from quoteverify.nlp.light import tag_words

    lemma, tag = tag_words((word,))[0]
    return tag == "NN" and lexicon.is_abstract_noun(lemma or word)


@lru_cache(maxsize=65536)
def lemma_and_tag(word: str) -> tuple[str, str]:
    """The tagger's (lemma, tag) of a single word: Amtes -> (Amt, NN)."""
    from quoteverify.nlp.light import tag_words

    lemma, tag = tag_words((word,))[0]
    return lemma or word, tag
