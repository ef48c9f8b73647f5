"""Normalisation layers: which kind of difference separates two renderings.

Outlets print the same words with other quotation marks, ß or ss, old or new
spelling, umlauts or ae/oe/ue.  Each layer below removes one kind of
difference, in order; the first layer at which two texts (or two words)
become equal names the kind of difference, and :data:`LABEL_OF_LAYER` maps it
to the §3 label (``identical``, ``typographic``, ``orthographic``).

==================  ==========================================================
``unicode``         NFKC; soft hyphens and zero-width characters removed
``whitespace``      runs of whitespace (newlines, no-break spaces) -> one space
``typographic``     quotation marks -> ``"``/``'``, dashes -> ``-``, ``…`` and
                    ``[…]``/``(...)`` -> ``...``, no space before punctuation,
                    edge punctuation and marks stripped
``case``            lower case
``spelling``        ß -> ss (Swiss), old orthography (daß, selbständig),
                    regional spellings, elided apostrophes (geht's -> gehts)
``transliteration`` ä/ö/ü -> ae/oe/ue, other diacritics dropped (é -> e)
``hyphenation``     line-break hyphens joined, hyphens inside words dropped
==================  ==========================================================

Regional *words* (Jänner for Januar, Spital for Krankenhaus) are not spelling:
they are another word, so they stay different here and count as wording
(``data/regional_variants.tsv``, level ``lexical``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import wordlists

__all__ = ["LABEL_OF_LAYER", "LAYERS", "first_common_layer", "forms", "key", "layers", "surface"]

LAYERS = ("unicode", "whitespace", "typographic", "case", "spelling", "transliteration", "hyphenation")
LABEL_OF_LAYER = {
    "unicode": "identical",
    "whitespace": "identical",
    "typographic": "typographic",
    "case": "orthographic",
    "spelling": "orthographic",
    "transliteration": "orthographic",
    "hyphenation": "orthographic",
}

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_MARKS = str.maketrans(
    {**dict.fromkeys("„“”‟«»″〝〞", '"'), **dict.fromkeys("‚‘’‛‹›′ʼ`´", "'"),
     **dict.fromkeys("‐‑‒–—―−", "-"), "…": "..."}
)  # fmt: skip
_BRACKETED_ELLIPSIS = re.compile(r"[\[(]\s*\.{3}\s*[\])]")
_SPACE_BEFORE = re.compile(r"\s+(?=[,.;:!?)\]])")
_EDGES = re.compile(r"^[\s\"'.,;:!?-]+|[\s\"'.,;:!?-]+$")
_WORD = re.compile(r"[^\W\d_]+")
_ELIDED = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])- +(?!(?:und|oder|bis|sowie|als|noch)\b)(?=[^\W\d_])")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_ENDINGS = ("ten", "en", "er", "es", "em", "te", "st", "e", "n", "s", "t")


def _unicode(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE)


def _typographic(text: str) -> str:
    text = _BRACKETED_ELLIPSIS.sub("...", text.translate(_MARKS))
    return _EDGES.sub("", _SPACE_BEFORE.sub("", text))


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """Old and regional spellings (keys and values with ß -> ss) -> current standard spelling."""
    table = {old.replace("ß", "ss"): new.replace("ß", "ss") for old, new in wordlists.old_spellings().items()}
    for variant, standard, _region, level in wordlists.regional_variants():
        if level == "spelling":
            table[variant.replace("ß", "ss")] = standard.replace("ß", "ss")
    return table


def _respell(match: re.Match[str]) -> str:
    word, table = match.group(), _spellings()
    if word in table:
        return table[word]
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem in table:
            return table[stem] + ending
    return word


def _spelling(text: str) -> str:
    return _WORD.sub(_respell, _ELIDED.sub("", text.replace("ß", "ss")))


def _transliteration(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_UMLAUTS))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _hyphenation(text: str) -> str:
    return _INNER_HYPHEN.sub("", _LINE_BREAK_HYPHEN.sub("", text))


_STEPS = (
    _unicode,
    lambda t: " ".join(t.split()),
    _typographic,
    str.lower,
    _spelling,
    _transliteration,
    _hyphenation,
)


@lru_cache(maxsize=200_000)
def forms(text: str) -> tuple[str, ...]:
    """The text after each layer of :data:`LAYERS`, cumulatively (one form per layer)."""
    out = []
    for step in _STEPS:
        text = step(text)
        out.append(text)
    return tuple(out)


@lru_cache(maxsize=65_536)
def surface(text: str) -> str:
    """The text after the ``unicode`` and ``whitespace`` layers: what "identical" compares."""
    return " ".join(_unicode(text).split())


def layers(text: str) -> list[tuple[str, str]]:
    """``(layer, form)`` pairs: what the text looks like once each layer is applied."""
    return list(zip(LAYERS, forms(text), strict=True))


def first_common_layer(a: str, b: str) -> str | None:
    """The first layer after which ``a`` and ``b`` are equal, or None if they never are."""
    if a == b:
        return "unicode"
    for name, fa, fb in zip(LAYERS, forms(a), forms(b), strict=True):
        if fa == fb:
            return name
    return None


def key(text: str) -> str:
    """The comparison key: the words of the fully normalised text, numbers as values, space-joined."""
    from .tokens import tokenize

    return " ".join(t.key for t in tokenize(text))
