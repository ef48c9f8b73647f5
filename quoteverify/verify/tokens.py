"""Words with their offsets: what alignment, labels and candidate search work on.

Only words, numbers and a few symbols are tokens; the punctuation, marks and
ellipses between them are read from the text between two tokens
(:func:`gap`), which is where typographic differences and "[…]" live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import numbers
from .normalise import forms

__all__ = ["Token", "gap", "has_ellipsis", "tokenize"]

_L = r"(?:[^\W_]|[\u0300-\u036f\u00ad\u200b-\u200d\u2060])"  # letter, digit, combining mark, invisible
_TOKEN = re.compile(
    rf"""
      (?P<number> \d{{1,3}}(?:[.'’\u00a0\u202f\u2009]\d{{3}})+(?:,\d+)? (?![^\W_])  # 1.200  1'200  1 200,5
                | \d+(?:,\d+)? (?![^\W_]) )                                           # 1200  2,5
    | (?P<word> {_L}+ (?: (?: [-‐‑'’ʼ] | -[ \t]*\n\s* ) {_L}+ )* )   # words, compounds, line-break hyphens
    | (?P<symbol> [%€$£] )
    """,
    re.VERBOSE,
)
_SYMBOLS = {"%": "prozent", "€": "euro", "$": "dollar", "£": "pfund"}
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")


@dataclass(frozen=True, slots=True)
class Token:
    """A word or number of a rendering: ``text[start:end]``, its comparison key and number value."""

    text: str
    start: int
    end: int
    key: str
    value: float | None = None
    digits: bool = False


@lru_cache(maxsize=131_072)
def tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of ``text`` in order, offsets into ``text``."""
    out = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        if m.lastgroup == "number":
            value = numbers.digit_value(raw)
            out.append(Token(raw, m.start(), m.end(), numbers.fmt(value), value, True))
        elif m.lastgroup == "symbol":
            out.append(Token(raw, m.start(), m.end(), _SYMBOLS[raw]))
        else:
            key = forms(raw)[-1]
            value = numbers.word_value(key)
            if value is not None:
                out.append(Token(raw, m.start(), m.end(), numbers.fmt(value), value))
            elif key:
                out.append(Token(raw, m.start(), m.end(), key))
    return tuple(out)


def gap(text: str, tokens: tuple[Token, ...], i: int) -> str:
    """The text between tokens ``i - 1`` and ``i`` (``i = 0``: before the first, ``len``: after the last)."""
    start = tokens[i - 1].end if i > 0 else 0
    end = tokens[i].start if i < len(tokens) else len(text)
    return text[start:end]


def has_ellipsis(text: str) -> bool:
    """Does the stretch contain an ellipsis ("…", "...", "[…]", "(...)")?"""
    return bool(_ELLIPSIS.search(text))
