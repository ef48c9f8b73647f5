"""Do two canonical speaker names, each from its own article, name the same person?

Attribution names a speaker as fully as *its article* does: "Ferreyra" in
one article, "Joaquín Ferreyra" or "Veradas Präsident Joaquín Ferreyra" in
another.  Two names agree when their last words are equal and the words of
the shorter name all occur in the longer one (case, diacritics, ß/ss and
dashes aside).  An unknown speaker (None) agrees with everyone: it cannot
make a misattribution; so does a bare role or institution noun ("Club",
"Verteidiger", "Regierung"), which describes a speaker without naming one
(an attribution that found no name).  The cost: two bodies named only by
such nouns ("Polizei", "Feuerwehr") never count as a misattribution.
"""

from __future__ import annotations

from functools import lru_cache

from quoteverify import lexicon

from .normalise import forms

__all__ = ["same_speaker", "speaker_key"]


@lru_cache(maxsize=65_536)
def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in forms(name)[-1].replace("-", " ").split() if w)


@lru_cache(maxsize=65_536)
def _generic(name: str) -> bool:
    words = name.split()
    return len(words) == 1 and (lexicon.role_noun(words[0]) is not None or lexicon.is_institution(words[0]))


def speaker_key(name: str | None) -> str | None:
    """A blocking key for a speaker: the folded last word of the name ("ferreyra")."""
    if not name:
        return None
    words = _words(name)
    return words[-1] if words else None


@lru_cache(maxsize=65_536)
def same_speaker(a: str | None, b: str | None) -> bool:
    """May ``a`` and ``b`` name the same speaker?"""
    if not a or not b or _generic(a) or _generic(b):
        return True
    wa, wb = _words(a), _words(b)
    if wa == wb:
        return True
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return set(short) <= set(long)
