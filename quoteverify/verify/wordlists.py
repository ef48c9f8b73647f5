"""The word lists verification relies on, read from ``quoteverify/data``.

Each file starts with a ``#`` header saying what it lists and how it was
built; ``#`` lines and blank lines are skipped, columns are tab-separated and
a malformed line raises ``ValueError("<file>, line <n>: …")``.  Entries come
back lower-cased as written; :mod:`quoteverify.verify.vocab` turns them into
comparison keys.  Every loader reads its file once.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = [
    "date_words",
    "function_words",
    "modal_verbs",
    "negations",
    "number_words",
    "old_spellings",
    "pronouns",
    "quantifiers",
    "regional_variants",
    "rows",
    "verb_forms",
]


def rows(name: str, columns: int) -> list[tuple[str, ...]]:
    """The data lines of ``data/<name>``, each split into exactly ``columns`` lower-cased fields."""
    text = (resources.files("quoteverify") / "data" / name).read_text(encoding="utf-8")
    out: list[tuple[str, ...]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = tuple(f.strip().lower() for f in line.split("\t"))
        if len(fields) != columns or not all(fields):
            raise ValueError(f"{name}, line {lineno}: expected {columns} tab-separated fields")
        out.append(fields)
    return out


@lru_cache(maxsize=1)
def negations() -> tuple[str, ...]:
    return tuple(r[0] for r in rows("negations.txt", 1))


@lru_cache(maxsize=1)
def function_words() -> tuple[str, ...]:
    return tuple(r[0] for r in rows("function_words.txt", 1))


@lru_cache(maxsize=1)
def modal_verbs() -> dict[str, str]:
    return {k: v for k, v in rows("modal_verbs.tsv", 2)}


@lru_cache(maxsize=1)
def quantifiers() -> dict[str, str]:
    return {k: v for k, v in rows("quantifiers.tsv", 2)}


@lru_cache(maxsize=1)
def date_words() -> dict[str, str]:
    return {k: v for k, v in rows("date_words.tsv", 2)}


@lru_cache(maxsize=1)
def pronouns() -> dict[str, str]:
    return {k: v for k, v in rows("pronouns.tsv", 2)}


@lru_cache(maxsize=1)
def old_spellings() -> dict[str, str]:
    return {k: v for k, v in rows("old_spellings.tsv", 2)}


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, tuple[str, str]]:
    """form -> (lemma, mood)."""
    return {form: (lemma, mood) for form, lemma, mood in rows("verb_forms.tsv", 3)}


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, str]]:
    """word -> (value, role); roles: unit, hundred, thousand, scale, frac."""
    out: dict[str, tuple[float, str]] = {}
    for word, value, role in rows("number_words.tsv", 3):
        if role not in {"unit", "hundred", "thousand", "scale", "frac"}:
            raise ValueError(f"number_words.tsv: unknown role {role!r} for {word!r}")
        out[word] = (float(value), role)
    return out


@lru_cache(maxsize=1)
def regional_variants() -> tuple[tuple[str, str, str, str], ...]:
    """(variant, standard, region, level) with level ``spelling`` or ``lexical``."""
    out = []
    for variant, standard, region, level in rows("regional_variants.tsv", 4):
        if level not in {"spelling", "lexical"}:
            raise ValueError(f"regional_variants.tsv: unknown level {level!r} for {variant!r}")
        out.append((variant, standard, region, level))
    return tuple(out)
