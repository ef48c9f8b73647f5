"""Konjunktiv I and II from a finite verb's form, lemma and neighbours.

Reported speech in German news is marked by the subjunctive: *Sie sagte, sie
sei müde / die Pläne hätten keine Mehrheit.*  Taggers such as HanTa give no
mood, so these rules read it off the form:

* closed lists for *sein*, *haben*, *werden*, the modals and *wissen*
  (*sei, seien, habe, hätte, werde, würde, könne, könnte, müsse, möge, wisse* ...);
* regular Konjunktiv I 3rd singular = present stem + *e* (*gebe, liege, komme,
  bestehe*) - but not with the subject *ich*, where it is the indicative;
* Konjunktiv II of strong and mixed verbs: an umlaut the lemma lacks (*gäbe,
  käme, stünde, läge, brächte, wüsste*) or, in the singular, a past stem plus
  *e* (*ginge, bliebe, ließe*).

Forms that are also indicative get no mood: *sollte/wollte* and every weak
*-te* form (past indicative = Konjunktiv II), plural Konjunktiv I (*haben,
gehen* = indicative; reported speech uses *hätten/würden/wären* there) and
*habe/werde/gebe* after *ich*.

:func:`konjunktiv` is pure and usable on its own; :func:`verb_morph` adds
person, number and verb form for a backend's ``morph``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["konjunktiv", "verb_morph", "first_person_singular"]

# Konjunktiv I in every person they occur in (the indicative differs even for "ich").
_KONJ_I = frozenset(
    """
    sei seist seiest seien seiet
    habest habet werdest
    könne könnest könnet müsse müssest müsset dürfe dürfest dürfet
    solle sollest sollet wolle wollest wollet möge mögest möget
    wisse wissest wisset
    """.split()
)
# Konjunktiv I in the 3rd person, indicative after "ich".
_KONJ_I_NOT_1SG = frozenset("habe werde tue".split())
# Konjunktiv II, never indicative.
_KONJ_II = frozenset(
    """
    wäre wären wärst wärest wäret wärt
    hätte hätten hättest hättet
    würde würden würdest würdet
    könnte könnten könntest könntet müsste müssten müsstest müsstet
    dürfte dürften dürftest dürftet möchte möchten möchtest möchtet
    wüsste wüssten wüsstest wüsstet täte täten tätest tätet
    bräuchte bräuchten
    """.split()
)
# Indicative or ambiguous forms the general rules might misread.
_NO_MOOD = frozenset(
    """
    sollte sollten solltest solltet wollte wollten wolltest wolltet
    hatte hatten war waren wurde wurden konnte konnten musste mussten durfte durften
    mochte mochten wusste wussten tat taten werdet habt seid
    """.split()
)

# Words that end the clause a subject pronoun is looked for in.
_BOUNDARY = frozenset(",;:.!?…()[]{}„“”\"'‚‘’«»‹›–—-/") | frozenset(
    "... ?! dass daß ob weil obwohl wenn als sondern aber denn".split()
)
_WINDOW = 12


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower().replace("ß", "ss")


def _finite(tag: str) -> bool:
    """VVFIN/VAFIN/VMFIN in STTS or HanTa's VV(FIN) notation."""
    plain = tag.replace("(", "").replace(")", "")
    return plain[:1] == "V" and plain.endswith("FIN")


def first_person_singular(prev_words: Sequence[str], next_words: Sequence[str] = ()) -> bool:
    """Is ``ich`` the verb's subject: the nearest nominative pronoun in its clause?"""
    return _subject(prev_words, next_words) == ("1", "Sing")


def _present_stems(lemma: str) -> tuple[str, ...]:
    """``geben`` -> (geb,), ``tun`` -> (tu,), ``sammeln`` -> (sammel, samml)."""
    if lemma.endswith("en") and len(lemma) > 3:
        return (lemma[:-2],)
    if lemma.endswith(("eln", "ern")):
        stem = lemma[:-1]
        return (stem, stem[:-2] + stem[-1])
    if lemma.endswith("n") and len(lemma) > 2:
        return (lemma[:-1],)
    return ()


def _same_stem(stem: str, stems: tuple[str, ...]) -> bool:
    """The form's stem is the lemma's present stem (allowing a separated particle)."""
    for s in stems:
        if stem == s or (len(stem) >= 3 and (s.endswith(stem) or stem.endswith(s))):
            return True
    return False


@lru_cache(maxsize=65536)
def _by_form(form: str, lemma: str) -> str | None:
    """``"I"``, ``"II"``, ``"I?"`` (Konj I unless the subject is ich) or None."""
    if form in _NO_MOOD:
        return None
    if form in _KONJ_I:
        return "I"
    if form in _KONJ_II:
        return "II"
    if form in _KONJ_I_NOT_1SG:
        return "I?"
    stems = _present_stems(lemma)
    if not stems:
        return None
    for ending in ("e", "en", "est", "et"):
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stem = form[: -len(ending)]
            break
    else:
        return None
    if _same_stem(stem, stems):
        # Present stem: 3sg "-e" is Konjunktiv I; plural and 2nd person are left alone.
        return "I?" if ending == "e" else None
    if any(ch in stem and ch not in lemma for ch in "äöü"):
        return "II"  # an umlaut the lemma lacks: gäbe, kämen, stünde, brächte
    if ending == "e" and not stem.endswith("t") and len(stem) >= 2:
        return "II"  # a strong past stem + e: ginge, bliebe, ließe (not weak -te)
    return None


def konjunktiv(
    form: str,
    lemma: str,
    tag: str,
    prev_words: Sequence[str] = (),
    next_words: Sequence[str] = (),
) -> str | None:
    """``"I"``, ``"II"`` or None for a verb token.

    ``tag`` must mark a finite verb (``VVFIN``/``VAFIN``/``VMFIN`` or HanTa's
    ``VV(FIN)``), otherwise the answer is None.  ``prev_words`` are the words
    before the verb in its sentence (nearest last), ``next_words`` those after
    it; they tell whether ``ich`` is the subject (*ich habe* is indicative,
    *er habe* Konjunktiv I, *habe ich* indicative).
    """
    if not form or not _finite(tag):
        return None
    verdict = _by_form(_norm(form), _norm(lemma))
    if verdict == "I?":
        return None if first_person_singular(prev_words, next_words) else "I"
    return verdict


# --- person, number, verb form -------------------------------------------------------------

# Pronouns that are only nominative: the nearest one in the clause is the subject.
_SUBJECT_PRONOUNS = {
    "ich": ("1", "Sing"),
    "du": ("2", "Sing"),
    "er": ("3", "Sing"),
    "man": ("3", "Sing"),
    "wir": ("1", "Plur"),
}
_PERSON_NUMBER: dict[str, tuple[str | None, str]] = {
    "bin": ("1", "Sing"),
    "bist": ("2", "Sing"),
    "ist": ("3", "Sing"),
    "sind": (None, "Plur"),
    "seid": ("2", "Plur"),
    "seien": (None, "Plur"),
    "hat": ("3", "Sing"),
    "hast": ("2", "Sing"),
    "wird": ("3", "Sing"),
    "wirst": ("2", "Sing"),
    "tun": (None, "Plur"),
    "sei": (None, "Sing"),
    "war": (None, "Sing"),
}


def _subject(prev_words: Sequence[str], next_words: Sequence[str]) -> tuple[str, str] | None:
    """Person and number of the nearest nominative-only pronoun in the verb's clause.

    Looks back to the clause boundary (verb-second and verb-final clauses) and
    at the two words after the verb (inversion: *habe ich*, *sagte er*).
    """
    for word in reversed(prev_words[-_WINDOW:]):
        low = word.lower()
        if low in _SUBJECT_PRONOUNS:
            return _SUBJECT_PRONOUNS[low]
        if low in _BOUNDARY:
            break
    for k, word in enumerate(next_words[:2]):
        low = word.lower()
        if low in _SUBJECT_PRONOUNS:
            return _SUBJECT_PRONOUNS[low]
        if k == 0 and low == "es":
            return ("3", "Sing")
        if low in _BOUNDARY:
            break
    return None


def _person_number(form: str, lemma: str, pronoun: tuple[str, str] | None) -> tuple[str, str]:
    """Person and number of a finite form: its ending, refined by a subject pronoun."""
    person: str | None
    if form in _PERSON_NUMBER:
        person, number = _PERSON_NUMBER[form]
    elif form.endswith("en") or form.endswith(("ln", "rn")):
        person, number = None, "Plur"
    elif form.endswith("st") and not any(stem.endswith(("s", "z", "x")) for stem in _present_stems(lemma)):
        person, number = "2", "Sing"  # not "lässt", "heißt", "reist": 2nd or 3rd person
    else:
        person, number = None, "Sing"
    if person is None and pronoun is not None and pronoun[1] == number:
        person = pronoun[0]
    return person or "3", number


def verb_morph(
    form: str,
    lemma: str,
    tag: str,
    prev_words: Sequence[str] = (),
    next_words: Sequence[str] = (),
) -> dict[str, str]:
    """UD-style features for a verb token (empty for anything else).

    ``VerbForm`` (Fin/Inf/Part) from the tag; for finite verbs ``Mood=Sub``
    and ``Konj`` when :func:`konjunktiv` finds one (``Mood=Imp`` for
    imperatives; the indicative is not claimed, as weak past forms are
    ambiguous), and a best-guess ``Person`` and ``Number`` from the ending
    and a subject pronoun nearby (3rd person when nothing says otherwise).
    """
    plain = tag.replace("(", "").replace(")", "")
    if not plain.startswith("V") or len(plain) < 3:
        return {}
    kind = plain[2:]
    if kind in ("INF", "IZU"):
        return {"VerbForm": "Inf"}
    if kind == "PP":
        return {"VerbForm": "Part"}
    if kind == "IMP":
        return {"Mood": "Imp", "VerbForm": "Fin"}
    if kind != "FIN":
        return {}
    features = {"VerbForm": "Fin"}
    konj = konjunktiv(form, lemma, plain, prev_words, next_words)
    if konj is not None:
        features["Mood"] = "Sub"
        features["Konj"] = konj
    pronoun = _subject(prev_words, next_words)
    features["Person"], features["Number"] = _person_number(_norm(form), _norm(lemma), pronoun)
    return features
