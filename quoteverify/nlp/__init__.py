"""NLP backends: sentences, tokens, lemmas, STTS tags, mood, entities.

>>> from quoteverify.nlp import get_backend
>>> doc = get_backend().analyse(text, spans=[(0, 120)])   # doctest: +SKIP

``get_backend("light")`` (default: SoMaJo + HanTa + Konjunktiv rules, pure
Python) or ``get_backend("stanza")`` (optional; parser and typed NER).
Every offset is a ``str`` index into the text as given.
"""

from __future__ import annotations

from quoteverify.nlp.base import (
    Backend,
    BackendUnavailable,
    Doc,
    Entity,
    Morph,
    Sentence,
    Token,
    normalise_spans,
    paragraph_spans,
)
from quoteverify.nlp.konjunktiv import konjunktiv, verb_morph
from quoteverify.nlp.registry import (
    DEFAULT_BACKEND,
    available_backends,
    get_backend,
    register_backend,
)

__all__ = [
    "DEFAULT_BACKEND",
    "Backend",
    "BackendUnavailable",
    "Doc",
    "Entity",
    "Morph",
    "Sentence",
    "Token",
    "available_backends",
    "get_backend",
    "konjunktiv",
    "normalise_spans",
    "paragraph_spans",
    "register_backend",
    "verb_morph",
]
