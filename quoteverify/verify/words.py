"""How two words differ: the same word written otherwise, or a word standing for another.

Used by :mod:`.labels` on the words of an alignment step.  Two tokens with
the same comparison key differ in a normalisation layer (typographic or
orthographic).  Two different words may still be related: an Austrian or
Swiss word for the standard one, another mood or form of the same verb,
another person's pronoun (indirect speech), another inflection (wording), or
the two genitive endings of a noun (des Daches / des Dachs: orthographic),
a typo (orthographic): one letter inserted, dropped, swapped or replaced in
a word of five letters or more (seven for a replaced letter, where another
real word is likelier), same first letter, not just another ending, not a
function word.  Without a dictionary a typo that makes another real word
("leiden"/"leiten" is too short to count) cannot be told from a changed word.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import OSA

from . import vocab
from .align import Op
from .features import Finding, number_values
from .normalise import LABEL_OF_LAYER, first_common_layer
from .tokens import Token

__all__ = ["layer_finding", "op_findings", "show"]


def show(tokens: Sequence[Token], idx: Sequence[int]) -> str:
    text = " ".join(tokens[i].text for i in idx)
    return f"'{text if len(text) <= 60 else text[:57] + '…'}'"


def layer_finding(x: Token, y: Token, i: int, j: int, initial: bool) -> Finding | None:
    """Same key, other characters: which layer tells them apart (``initial``: either opens a sentence)."""
    layer = first_common_layer(x.text, y.text)
    if layer is None:  # numbers: 1.200 / 1200 / zwölfhundert
        label = "typographic" if x.digits and y.digits else "orthographic"
        return Finding(
            label, f"number written differently: {x.text} ~ {y.text}", frozenset({i}), frozenset({j})
        )
    label = LABEL_OF_LAYER[layer]
    if label == "identical" or (layer == "case" and initial):
        return None  # the first word of a sentence, an excerpt, a split part or a reported clause
    if layer == "spelling" and x.text.lower().replace("ß", "ss") == y.text.lower().replace("ß", "ss"):
        layer = "ß/ss"
    return Finding(label, f"{layer}: {x.text} ~ {y.text}", frozenset({i}), frozenset({j}))


def _relation(x: Token, y: Token) -> tuple[str, str] | None:
    """Two different words standing for each other: (label, reason) or None."""
    kx, ky = x.key, y.key
    if vocab.regional_pair(kx, ky):
        return "wording", "regional variant"
    mx, my = vocab.verb_mood(kx), vocab.verb_mood(ky)
    if mx and my and mx[0] == my[0]:
        return "wording", "verb mood" if mx[1] != my[1] else "verb form"
    cx, cy = vocab.modal_class(kx), vocab.modal_class(ky)
    if cx and cy:  # the meaning checks have already judged the modality
        return "wording", "verb mood" if cx == cy else "modal reworded"
    if len(kx) > 2 and kx[:-1] == ky[:-1] and {kx[-1], ky[-1]} == {"t", "e"}:
        return "wording", "verb mood"
    px, py = vocab.pronoun_person(kx), vocab.pronoun_person(ky)
    if px and py and px != py:
        return "wording", "pronoun shift"
    content = not (vocab.is_function_word(kx) or vocab.is_function_word(ky) or x.value or y.value)
    if content and _genitive_pair(x.text, y.text):
        return "orthographic", "genitive -es/-s"
    if content and vocab.stem(kx) == vocab.stem(ky):
        return "wording", "word form"
    if content and kx[0] == ky[0] and min(len(kx), len(ky)) >= 5 and OSA.distance(kx, ky) == 1:
        if len(kx) != len(ky) or min(len(kx), len(ky)) >= 7 or sorted(kx) == sorted(ky):
            return "orthographic", "typo"
    return None


def _genitive_pair(x: str, y: str) -> bool:
    """Des Daches / des Dachs: both endings of one noun's genitive are correct spellings."""
    long, short = (x, y) if len(x) > len(y) else (y, x)
    return (
        long[:1].isupper() and short[:1].isupper() and len(short) >= 4
        and long.endswith("es") and short.endswith("s") and long[:-2] == short[:-1]
    )  # fmt: skip


def _whole(label: str, reason: str, a: Sequence[Token], b: Sequence[Token], ra: list[int], rb: list[int]):
    return [Finding(label, f"{reason}: {show(a, ra)} ~ {show(b, rb)}", frozenset(ra), frozenset(rb))]


def op_findings(
    op: Op, a: Sequence[Token], b: Sequence[Token], done_a: set[int], done_b: set[int]
) -> list[Finding]:
    """Findings for a non-equal op inside both renderings, once meaning has claimed its words."""
    ra = [i for i in range(op.a_start, op.a_end) if i not in done_a]
    rb = [j for j in range(op.b_start, op.b_end) if j not in done_b]
    if not ra and not rb:
        return []
    if ra and rb:
        if "".join(a[i].key for i in ra) == "".join(b[j].key for j in rb):
            return _whole("orthographic", "written together or apart", a, b, ra, rb)
        va, vb = number_values(a, ra), number_values(b, rb)
        if va and [v for v, _ in va] == [v for v, _ in vb] and sum(len(ix) for _, ix in va) == len(ra):
            if sum(len(ix) for _, ix in vb) == len(rb):  # "zwei Millionen" / "2.000.000"
                return _whole("orthographic", "number written differently", a, b, ra, rb)
        ka, kb = " ".join(a[i].key for i in ra), " ".join(b[j].key for j in rb)
        if vocab.regional_pair(ka, kb) or vocab.regional_pair(kb, ka):
            return _whole("wording", "regional variant", a, b, ra, rb)
    found, left_b = [], list(rb)
    for i in list(ra):
        for j in left_b:
            rel = _relation(a[i], b[j])
            if rel:
                sep = "~" if rel[0] == "orthographic" or rel[1] == "regional variant" else "→"
                text = f"{rel[1]}: {a[i].text} {sep} {b[j].text}"
                found.append(Finding(rel[0], text, frozenset({i}), frozenset({j})))
                ra.remove(i)
                left_b.remove(j)
                break
    if ra and left_b:
        found.append(Finding("wording", f"words changed: {show(a, ra)} → {show(b, left_b)}"))
    elif ra:
        found.append(Finding("wording", f"words dropped: {show(a, ra)}"))
    elif left_b:
        found.append(Finding("wording", f"words added: {show(b, left_b)}"))
    return found
