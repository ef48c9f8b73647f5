"""Speaker names across articles: comparison keys, name parts, compatibility.

Attribution gives each quote the fullest name *its article* uses ("Putin" in
one article, "Wladimir Putin" or "Russlands Präsident Wladimir Putin" in
another).  Here those strings are compared:

- :func:`fold` is the comparison key: case, diacritics, ß/ss, apostrophes,
  dashes and spacing do not count ("Joaquín Ferreyra" = "joaquin ferreyra").
- :func:`parse_name` splits a person's name into given names and surname
  (particles stay with the surname: "Ursula von der Leyen" -> "ursula" +
  "leyen") after dropping what precedes a role noun ("Hasselbrücks
  Bürgermeister Jens Thielemann" -> "Jens Thielemann") and honorifics.
  Bodies ("Innenministerium", "IG Metall", "CDU-Landtagsfraktion") are
  organisations and only ever match by their folded name.
- :func:`compatible`: the same surname, and given names that agree as far as
  both go (a missing given name agrees; "W." agrees with "Wladimir"); two
  different first names never do.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..lexicon import is_institution, role_noun

__all__ = ["Name", "compatible", "fold", "fuller", "parse_name"]

_PARTICLES = frozenset(
    {"von", "van", "vom", "zu", "zum", "zur", "de", "del", "della", "der", "den", "di", "da", "du",
     "dos", "das", "ter", "ten", "la", "le", "bin", "ibn", "al", "el", "af", "av"}
)  # fmt: skip
_HONORIFICS = frozenset({"dr", "prof", "frau", "herr", "sir", "dame", "mag", "ing", "dipl", "med", "h.c"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_MAX_NAME_TOKENS = 5
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,}")


def fold(name: str) -> str:
    """The comparison key of a name: casefolded, without diacritics, spacing collapsed."""
    folded = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES).casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(folded.split())


@dataclass(frozen=True, slots=True)
class Name:
    """A speaker name as written, its display form and, for people, its parts.

    ``proper`` is True for a person's name made of capitalised words only
    (after roles and honorifics are cut): only such names are matched by
    :func:`compatible`; everything else matches by its folded text alone.
    """

    raw: str
    display: str
    kind: str  # person | organisation
    given: tuple[str, ...] = ()
    surname: str | None = None
    proper: bool = False


def _is_honorific(token: str) -> bool:
    return token.rstrip(".").lower() in _HONORIFICS


def _organisation(tokens: list[str]) -> bool:
    for token in tokens:
        if is_institution(token.strip(".,")) or any(
            _ACRONYM.fullmatch(part) for part in token.split("-")
        ):
            return True
    return False


def parse_name(raw: str, *, organisation: bool = False) -> Name:
    """Classify and split a speaker name (see the module docstring); ``organisation``
    when the caller already knows it names a body."""
    display = " ".join(raw.split())
    tokens = display.split()
    if not tokens:
        return Name(raw, display, "person")
    if organisation or _organisation(tokens):
        return Name(raw, display, "organisation")
    # "Hasselbrücks Bürgermeister Jens Thielemann": the name follows the last role noun.
    for i in range(len(tokens) - 2, -1, -1):
        if role_noun(tokens[i]) is not None and tokens[i + 1][:1].isupper():
            tokens = tokens[i + 1 :]
            break
    while len(tokens) > 1 and _is_honorific(tokens[0]):
        tokens = tokens[1:]
    display = " ".join(tokens)
    words = [t for t in tokens if t.lower() not in _PARTICLES]
    proper = (
        0 < len(words) <= _MAX_NAME_TOKENS
        and all(w[:1].isupper() and any(c.isalpha() for c in w) for w in words)
        and tokens[-1].lower() not in _PARTICLES
    )
    if not proper:
        return Name(raw, display, "person")
    # The surname starts at the first particle followed by a capitalised word (von der Leyen).
    cut = len(tokens) - 1
    for i, token in enumerate(tokens[:-1]):
        if i > 0 and token.lower() in _PARTICLES:
            cut = i
            break
    given = tuple(fold(t) for t in tokens[:cut] if t.lower() not in _PARTICLES)
    return Name(raw, display, "person", given, fold(tokens[-1]), True)


def _given_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # an initial: "w." or "w" agrees with "wladimir"
    return len(short.rstrip(".")) == 1 and long.startswith(short.rstrip("."))


def compatible(a: Name, b: Name) -> bool:
    """May ``a`` and ``b`` name the same person? (Organisations: equal folded names.)"""
    if a.kind != b.kind or not (a.proper and b.proper):
        return fold(a.display) == fold(b.display)
    if a.surname != b.surname:
        return False
    return all(_given_agree(x, y) for x, y in zip(a.given, b.given, strict=False))


def fuller(new: Name, old: Name) -> bool:
    """Is ``new`` a fuller form of the compatible name ``old`` (more or spelt-out given names)?"""
    if len(new.given) != len(old.given):
        return len(new.given) > len(old.given)
    return sum(len(g) for g in new.given) > sum(len(g) for g in old.given)
