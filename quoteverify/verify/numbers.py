"""Numbers as values, so that 1200, 1.200, 1'200 and zwölfhundert are one number.

A changed number changes a statement's meaning; the same number written
another way does not.  Digits may carry thousands separators (``.``, ``'``,
thin or no-break spaces) and a decimal comma; number words are read from
their morphemes (``data/number_words.tsv``): "zweihundertfünfundzwanzig",
"dreitausendvierhundert", "einundzwanzig".  The bare article "ein" is no
number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from . import wordlists
from .normalise import forms

__all__ = ["digit_value", "fmt", "word_value"]

_SEPARATORS = re.compile(r"[.'’\s]")


def digit_value(text: str) -> float:
    """The value of a digit token such as ``1.200``, ``1'200`` or ``2,5``."""
    return float(_SEPARATORS.sub("", text).replace(",", "."))


@lru_cache(maxsize=1)
def _morphemes() -> tuple[dict[str, tuple[float, str]], tuple[str, ...]]:
    table = {forms(word)[-1]: entry for word, entry in wordlists.number_words().items()}
    return table, tuple(sorted(table, key=len, reverse=True))


def _segment(word: str, table: dict[str, tuple[float, str]], by_length: Sequence[str]) -> list[str] | None:
    parts, i = [], 0
    while i < len(word):
        if word.startswith("und", i) and parts:
            parts.append("und")
            i += 3
            continue
        for m in by_length:
            if word.startswith(m, i):
                parts.append(m)
                i += len(m)
                break
        else:
            return None
    return parts


@lru_cache(maxsize=65_536)
def word_value(key: str) -> float | None:
    """The value of a number word given as a verify key ("zwoelfhundert" -> 1200), else None."""
    table, by_length = _morphemes()
    parts = _segment(key, table, by_length)
    if not parts or parts == ["ein"] or parts[-1] == "und":
        return None
    roles = [table[p][1] for p in parts if p != "und"]
    if len(parts) == 1 and roles[0] in {"scale", "frac"}:
        return table[parts[0]][0]
    if "scale" in roles or "frac" in roles:
        return None
    total = current = 0.0
    for part in parts:
        if part == "und":
            continue
        value, role = table[part]
        if role == "unit":
            current += value
        elif role == "hundred":
            current = (current or 1) * value
        else:  # thousand
            total += (current or 1) * value
            current = 0.0
    return total + current


def is_scale(key: str) -> bool:
    """Is the word a separate multiplier such as "Millionen" ("2 Millionen")?"""
    entry = _morphemes()[0].get(key)
    return entry is not None and entry[1] == "scale"


def fmt(value: float) -> str:
    """A value as it is shown in keys and evidence: ``1200``, ``2.5``."""
    return str(int(value)) if value == int(value) else repr(value)
