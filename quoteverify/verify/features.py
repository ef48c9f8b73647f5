"""Meaning checks: negation, numbers, dates, modality, quantifiers, names.

Each check compares what the two renderings say *in the stretch both
render* (an excerpt that leaves out a number has not changed it) as a bag,
not position by position: indirect speech moves verbs and "nicht" around
without changing anything.  Only a different count or value is a change of
meaning; one negation for another ("nicht" / "niemals", "keine" / "nicht"),
one form of a modal for another ("muss" / "müsse") or the same number
written differently (1.200 / 1200 / zwölfhundert) is not, and says so in
its evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from . import numbers, vocab
from .normalise import forms
from .tokens import Token

__all__ = ["Finding", "meaning_findings", "name_indices", "number_values"]


@dataclass(frozen=True, slots=True)
class Finding:
    """A difference found: its label, a short reason, and the token indices it explains on each side."""

    label: str
    evidence: str
    a: frozenset[int] = frozenset()
    b: frozenset[int] = frozenset()


def _words(tokens: Sequence[Token], idx: Collection[int]) -> str:
    return ", ".join(f"'{tokens[i].text}'" for i in sorted(idx))


def _values(found: Sequence[tuple[float, tuple[int, ...]]]) -> str:
    return ", ".join(numbers.fmt(v) for v, _ in found)


def _negations(tokens: Sequence[Token], region: Sequence[int]) -> list[int]:
    out = []
    for i in region:
        if vocab.is_negation(tokens[i].key):
            following = tokens[i + 1].key if i + 1 < len(tokens) else ""
            if not (tokens[i].key == "nicht" and following in {"nur", "einmal"}):
                out.append(i)
    return out


def number_values(tokens: Sequence[Token], region: Sequence[int]) -> list[tuple[float, tuple[int, ...]]]:
    """Numbers in the region with the tokens that state them; "2 Millionen" is one number."""
    out: list[tuple[float, tuple[int, ...]]] = []
    inside = set(region)
    for i in region:
        value = tokens[i].value
        if value is None:
            continue
        if out and numbers.is_scale(forms(tokens[i].text)[-1]) and out[-1][1][-1] == i - 1:
            prev, idx = out.pop()
            out.append((prev * value, (*idx, i)))
            continue
        out.append((value, (i,)))
    return [(v, idx) for v, idx in out if all(j in inside for j in idx)]


def name_indices(tokens: Sequence[Token], names: Collection[str] = ()) -> set[int]:
    """Tokens that are (parts of) names: given names, what follows them or a title, known speaker names."""
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if not t.text[:1].isupper() or vocab.is_function_word(t.key):
            continue
        prev = tokens[i - 1] if i else None
        if (
            t.key in names
            or vocab.is_given_name(t.key)
            or (prev is not None and (i - 1 in out or vocab.is_title_word(prev.text)))
        ):
            out.add(i)
    return out


def _change(label: str, lost: str, won: str) -> str:
    if lost and won:
        return f"{label} changed: {lost} → {won}"
    return f"{label} dropped: {lost}" if lost else f"{label} added: {won}"


def _bag_check(
    label: str,
    classify: Callable[[Token], str | None],
    a: Sequence[Token],
    b: Sequence[Token],
    region_a: Sequence[int],
    region_b: Sequence[int],
    free: Collection[str] = (),
) -> Finding | None:
    """Compare the classes of a closed word class as bags; classes in ``free`` may come and go (wording)."""
    ia = [i for i in region_a if classify(a[i])]
    ib = [i for i in region_b if classify(b[i])]
    ca, cb = Counter(classify(a[i]) for i in ia), Counter(classify(b[i]) for i in ib)
    if ca == cb:
        return None
    lost = {i for i in ia if (ca - cb)[classify(a[i])]}
    won = {i for i in ib if (cb - ca)[classify(b[i])]}
    serious = any(classify(a[i]) not in free for i in lost) or any(classify(b[j]) not in free for j in won)
    text = _change(label, _words(a, lost) if lost else "", _words(b, won) if won else "")
    if not serious:
        text += f" ({', '.join(free)} only: wording)"
    return Finding("meaning" if serious else "wording", text, frozenset(lost), frozenset(won))


def _negation_finding(
    a: Sequence[Token], b: Sequence[Token], ra: Sequence[int], rb: Sequence[int]
) -> Finding | None:
    na, nb = _negations(a, ra), _negations(b, rb)
    if len(na) != len(nb):
        kind, side, tokens = ("dropped", na, a) if len(na) > len(nb) else ("added", nb, b)
        other, other_region = (b, rb) if side is na else (a, ra)
        keys_other = Counter(other[i].key for i in other_region if vocab.is_negation(other[i].key))
        shown = [i for i in side if not keys_other[tokens[i].key]] or side
        # "keine Alternative" / "eine Alternative": the article is part of the change
        articles = {tokens[i].key[1:] for i in shown if tokens[i].key.startswith("kein")}
        partners = {j for j in other_region if other[j].key in articles}
        text = f"negation {kind}: {_words(tokens, shown)}"
        explained_a, explained_b = (
            (set(na), set(nb) | partners) if side is na else (set(na) | partners, set(nb))
        )
        return Finding("meaning", text, frozenset(explained_a), frozenset(explained_b))
    if Counter(a[i].key for i in na) != Counter(b[i].key for i in nb):
        text = f"negation reworded: {_words(a, na)} → {_words(b, nb)}"
        return Finding("wording", text, frozenset(na), frozenset(nb))
    return None


def _number_finding(
    a: Sequence[Token], b: Sequence[Token], ra: Sequence[int], rb: Sequence[int]
) -> Finding | None:
    va, vb = number_values(a, ra), number_values(b, rb)
    ca, cb = Counter(v for v, _ in va), Counter(v for v, _ in vb)
    if ca == cb:
        return None
    lost = [(v, idx) for v, idx in va if (ca - cb)[v]]
    won = [(v, idx) for v, idx in vb if (cb - ca)[v]]
    return Finding(
        "meaning", _change("number", _values(lost), _values(won)),
        frozenset(i for _, ix in lost for i in ix), frozenset(i for _, ix in won for i in ix),
    )  # fmt: skip


def _modal(reported: bool) -> Callable[[Token], str | None]:
    """Modal classes; in reported speech "solle" renders "muss" (or an imperative): one class."""

    def classify(t: Token) -> str | None:
        cls = vocab.modal_class(t.key)
        return "necessity" if reported and cls == "obligation" else cls

    return classify


def meaning_findings(
    a: Sequence[Token],
    b: Sequence[Token],
    region_a: Sequence[int],
    region_b: Sequence[int],
    replaced: Sequence[tuple[range, range]],
    names: Collection[str] = (),
    reported: bool = False,
) -> list[Finding]:
    """Meaning changes between the regions of ``a`` and ``b``, and wording notes on closed-class words.

    ``reported``: one rendering is indirect speech.  A modal of volition
    ("wollen", "möchten") added or dropped is wording: translations add it freely.
    """
    found = [
        _negation_finding(a, b, region_a, region_b),
        _number_finding(a, b, region_a, region_b),
        _bag_check("date", lambda t: vocab.date_name(t.key), a, b, region_a, region_b),
        _bag_check("modal", _modal(reported), a, b, region_a, region_b, free=("volition",)),
        _bag_check("quantifier", lambda t: vocab.quantifier_class(t.key), a, b, region_a, region_b),
    ]
    names_a, names_b = name_indices(a, names), name_indices(b, names)
    for ra, rb in replaced:
        la, lb = [i for i in ra if i in names_a], [i for i in rb if i in names_b]
        if la and lb and {a[i].key for i in la} != {b[i].key for i in lb}:
            text = f"name changed: {_words(a, la)} → {_words(b, lb)}"
            found.append(Finding("meaning", text, frozenset(la), frozenset(lb)))
    return [f for f in found if f]
