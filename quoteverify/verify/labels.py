"""Variant labels: how a rendering differs from the reference, and why.

:func:`compare` aligns the two texts word by word and reads every difference:
marks and punctuation between shared words (typographic), the same word
spelt otherwise (orthographic: a normalisation layer, or a typo: one letter
off in a long word, not an inflection), words cut off at either end or
replaced by an ellipsis (excerpt), other words (wording: a translation, a
mood or pronoun shift of indirect speech), a changed negation, number,
date, modal, quantifier or name (meaning, see :mod:`.features`), another
speaker (misattribution).  ``variant`` is the most serious of them,
``changes`` all of them, ``evidence`` the reasons in words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from .align import Op, align, char_span
from .features import Finding, meaning_findings
from .normalise import surface
from .speakers import same_speaker
from .tokens import Token, gap, has_ellipsis, tokenize
from .vocab import stem
from .words import layer_finding, op_findings

__all__ = ["SEVERITY", "Comparison", "DiffOp", "compare"]

_SENTENCE_END = re.compile(r"[.!?:;\"'„“”‚‘’«»‹›]")

SEVERITY = ("misattribution", "meaning", "wording", "excerpt", "orthographic", "typographic")


@dataclass(frozen=True, slots=True)
class DiffOp:
    """A word-level step: offsets into reference (``a``) and member (``b``) text, ``label`` if changed."""

    tag: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    label: str | None = None

    def to_json(self) -> list[Any]:
        return [self.tag, self.a_start, self.a_end, self.b_start, self.b_end, self.label]


@dataclass(frozen=True, slots=True)
class Comparison:
    """The verdict on one (reference, member) pair; ``score`` is the share of aligned words (Dice)."""

    variant: str
    changes: tuple[str, ...]
    evidence: tuple[str, ...]
    ops: tuple[DiffOp, ...]
    score: float


def _count(op: Op) -> str:
    n = op.a_end - op.a_start + op.b_end - op.b_start
    return f"{n} word" if n == 1 else f"{n} words"


def _opens_sentence(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    return i == 0 or bool(_SENTENCE_END.search(gap(text, tokens, i)))


def _punct(stretch: str) -> str:
    return " ".join(stretch.split()) or "none"


def _gap_finding(
    ta: str, tb: str, a: tuple[Token, ...], b: tuple[Token, ...], i: int, j: int
) -> Finding | None:
    ga, gb = gap(ta, a, i), gap(tb, b, j)
    if surface(ga) == surface(gb):
        return None
    return Finding("typographic", f"punctuation: '{_punct(ga)}' ~ '{_punct(gb)}'")


def _equal_run(
    ta: str, tb: str, a: tuple[Token, ...], b: tuple[Token, ...], op: Op, diff: list[DiffOp]
) -> list[Finding]:
    found: list[Finding | None] = []
    seg = 0
    n = op.a_end - op.a_start

    def flush(upto: int) -> None:
        if upto > seg:
            sa = char_span(a, op.a_start + seg, op.a_start + upto, len(ta))
            sb = char_span(b, op.b_start + seg, op.b_start + upto, len(tb))
            diff.append(DiffOp("equal", *sa, *sb))

    for k in range(n):
        i, j = op.a_start + k, op.b_start + k
        initial = _opens_sentence(ta, a, i) or _opens_sentence(tb, b, j)
        f = layer_finding(a[i], b[j], i, j, initial) if a[i].text != b[j].text else None
        if f:
            flush(k)
            diff.append(DiffOp("replace", a[i].start, a[i].end, b[j].start, b[j].end, f.label))
            found.append(f)
            seg = k + 1
        if k or (i == 0 and j == 0):
            found.append(_gap_finding(ta, tb, a, b, i, j))
    flush(n)
    if op.a_end == len(a) and op.b_end == len(b):
        found.append(_gap_finding(ta, tb, a, b, len(a), len(b)))
    return [f for f in found if f]


def _moved(edge: Op, ops: list[Op], a: tuple[Token, ...], b: tuple[Token, ...]) -> bool:
    """Are the words an edge op leaves out found elsewhere, unaligned (moved: "wir werden … senken")?"""
    mine, theirs = (a, b) if edge.tag == "delete" else (b, a)
    span = range(edge.a_start, edge.a_end) if edge.tag == "delete" else range(edge.b_start, edge.b_end)
    loose = {
        stem(theirs[k].key)
        for op in ops
        if op.tag != "equal" and op is not edge
        for k in (range(op.b_start, op.b_end) if edge.tag == "delete" else range(op.a_start, op.a_end))
    }
    return all(stem(mine[k].key) in loose for k in span)


def _text_findings(
    ta: str, tb: str, names: Collection[str], reported: bool
) -> tuple[list[Finding], list[DiffOp], float]:
    a, b = tokenize(ta), tokenize(tb)
    if not a or not b:
        label = "typographic" if not a and not b else "wording"
        return [Finding(label, "no words to compare")], [], 0.0
    ops = align(a, b)
    equal = [k for k, op in enumerate(ops) if op.tag == "equal"]
    lead = ops[0] if equal and ops[0].tag in ("delete", "insert") and not _moved(ops[0], ops, a, b) else None
    tail = (
        ops[-1] if equal and ops[-1].tag in ("delete", "insert") and not _moved(ops[-1], ops, a, b) else None
    )
    region_a = range(lead.a_end if lead else 0, tail.a_start if tail else len(a))
    region_b = range(lead.b_end if lead else 0, tail.b_start if tail else len(b))
    found: list[Finding] = []
    diff: list[DiffOp] = []
    pending: list[Op] = []
    for op in ops:
        if op.tag == "equal":
            found += _equal_run(ta, tb, a, b, op, diff)
            continue
        span = (*char_span(a, op.a_start, op.a_end, len(ta)), *char_span(b, op.b_start, op.b_end, len(tb)))
        if op is lead or op is tail:
            who = "the member leaves out" if op.tag == "delete" else "the reference leaves out"
            where = "the start" if op is lead else "the end"
            found.append(Finding("excerpt", f"excerpt: {who} {_count(op)} at {where}"))
            diff.append(DiffOp(op.tag, *span, "excerpt"))
        elif (op.tag == "delete" and has_ellipsis(gap(tb, b, op.b_start))) or (
            op.tag == "insert" and has_ellipsis(gap(ta, a, op.a_start))
        ):
            found.append(Finding("excerpt", f"ellipsis for {_count(op)}"))
            diff.append(DiffOp(op.tag, *span, "excerpt"))
        else:
            pending.append(op)
            ends = op.tag == "replace" and op.a_end == len(a) and op.b_end == len(b)  # "nehmen." / "fassen"
            if ends and (final := _gap_finding(ta, tb, a, b, len(a), len(b))):
                found.append(final)
    replaced = [
        (range(op.a_start, op.a_end), range(op.b_start, op.b_end)) for op in pending if op.tag == "replace"
    ]
    meaning = meaning_findings(a, b, region_a, region_b, replaced, names, reported)
    done_a = {i for f in meaning for i in f.a}
    done_b = {j for f in meaning for j in f.b}
    for op in pending:
        sub = op_findings(op, a, b, done_a, done_b)
        touched = any(i in done_a for i in range(op.a_start, op.a_end)) or any(
            j in done_b for j in range(op.b_start, op.b_end)
        )
        labels = [f.label for f in sub] + ["meaning"] * touched
        label = min(labels, key=SEVERITY.index) if labels else "wording"
        span = (*char_span(a, op.a_start, op.a_end, len(ta)), *char_span(b, op.b_start, op.b_end, len(tb)))
        diff.append(DiffOp(op.tag, *span, label))
        found += sub
    found += meaning
    matched = sum(op.a_end - op.a_start for op in ops if op.tag == "equal")
    diff.sort(key=lambda d: (d.a_start, d.b_start))
    return found, diff, 2 * matched / (len(a) + len(b))


def compare(
    reference: str,
    member: str,
    *,
    reference_speaker: str | None = None,
    member_speaker: str | None = None,
    reference_kind: str = "direct",
    member_kind: str = "direct",
    names: Collection[str] = (),
    speakers_agree: Callable[[str | None, str | None], bool] = same_speaker,
) -> Comparison:
    """Label ``member`` against ``reference`` (§3 labels); ``names``: keys known to be names."""
    found: list[Finding] = []
    diff: list[DiffOp] = []
    score = 1.0
    if surface(reference) != surface(member):
        reported = "indirect" in (reference_kind, member_kind)
        found, diff, score = _text_findings(reference, member, names, reported)
        if not found:
            found.append(Finding("typographic", "spacing"))
    if (reference_kind == "indirect") != (member_kind == "indirect"):
        what = (
            "rendered as indirect speech" if member_kind == "indirect" else "indirect speech given as a quote"
        )
        found.append(Finding("wording", what))
    if not speakers_agree(reference_speaker, member_speaker):
        found.append(Finding("misattribution", f"speaker differs: {reference_speaker} ≠ {member_speaker}"))
    changes = tuple(label for label in SEVERITY if any(f.label == label for f in found))
    variant = changes[0] if changes else "identical"
    if changes and "indirect" in (reference_kind, member_kind):
        changes = (variant,)  # the reporter's own words: only the label says something
    evidence = tuple(dict.fromkeys(f.evidence for f in found))
    return Comparison(variant, changes, evidence, tuple(diff), round(score, 4))
