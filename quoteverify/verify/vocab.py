"""Word classes by comparison key: what a changed word means for a statement.

The word lists in ``quoteverify/data`` are looked up by the verify key of a
token (:func:`quoteverify.verify.normalise.key`), so "Muß", "muss" and
"MUSS" are one form.  :func:`stem` is the rough lemma that candidate search
and similarity compare, so that a quote and its indirect rendering ("wir
werden … prüfen" / "man werde … prüfen") share their words.
"""

from __future__ import annotations

from functools import cache, lru_cache

from quoteverify import lexicon

from . import wordlists
from .normalise import forms

__all__ = [
    "date_name",
    "is_function_word",
    "is_given_name",
    "is_negation",
    "is_title_word",
    "modal_class",
    "pronoun_person",
    "quantifier_class",
    "regional_pair",
    "stem",
    "verb_mood",
]

_STEM_ENDINGS = ("ern", "em", "en", "er", "es", "e", "n", "s", "st", "t")


def _k(word: str) -> str:
    return forms(word)[-1]


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(_k(w) for w in wordlists.negations())


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    words = set(wordlists.function_words()) | set(wordlists.negations()) | set(wordlists.pronouns())
    words |= set(wordlists.modal_verbs()) | set(wordlists.quantifiers()) | set(wordlists.verb_forms())
    return frozenset(_k(w) for w in words)


@cache
def _keyed(name: str) -> dict[str, str]:
    table: dict[str, str] = getattr(wordlists, name)()
    return {_k(w): value for w, value in table.items()}


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, tuple[str, str]]:
    return {_k(w): (lemma, mood) for w, (lemma, mood) in wordlists.verb_forms().items()}


@lru_cache(maxsize=1)
def _regional() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for variant, standard, _region, level in wordlists.regional_variants():
        if level == "lexical":
            v, s = _k(variant), " ".join(_k(w) for w in standard.split())
            pairs.setdefault(v, set()).add(s)
            pairs.setdefault(s, set()).add(v)
    return {k: frozenset(v) for k, v in pairs.items()}


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(_k(name) for name in lexicon.first_names())


def is_negation(key: str) -> bool:
    return key in _negations()


def is_function_word(key: str) -> bool:
    """Articles, pronouns, prepositions, auxiliaries and the closed classes above."""
    return key in _function_words()


def modal_class(key: str) -> str | None:
    return _keyed("modal_verbs").get(key)


def quantifier_class(key: str) -> str | None:
    return _keyed("quantifiers").get(key)


def date_name(key: str) -> str | None:
    """The canonical month or weekday a word names ("jaenner" -> "januar")."""
    return _keyed("date_words").get(key)


def pronoun_person(key: str) -> str | None:
    return _keyed("pronouns").get(key)


def verb_mood(key: str) -> tuple[str, str] | None:
    """``(lemma, mood)`` for the listed forms of sein, haben, werden and a few frequent verbs."""
    return _verb_forms().get(key)


def regional_pair(a: str, b: str) -> bool:
    """Are the keys (``b`` may be several space-joined words) an Austrian/Swiss word and its standard word?"""
    return b in _regional().get(a, ())


def is_given_name(key: str) -> bool:
    return key in _given_names()


def is_title_word(word: str) -> bool:
    """Honorifics and role nouns that announce a name ("Frau", "Ministerin", "Präsident")."""
    return word.lower() in {"frau", "herr", "herrn", "dr", "prof"} or lexicon.role_noun(word) is not None


@lru_cache(maxsize=131_072)
def stem(key: str) -> str:
    """A rough lemma: listed verb forms -> lemma, modals -> their class, other endings stripped."""
    mood = verb_mood(key)
    if mood:
        return mood[0]
    modal = modal_class(key)
    if modal:
        return modal
    if is_negation(key):
        return "<neg>"
    if pronoun_person(key):
        return "<pron>"
    for ending in _STEM_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            return key[: -len(ending)]
    return key
