"""Word-level alignment of two renderings: which words they share, in order.

The alignment keeps the most words in common (longest common subsequence
over comparison keys, via rapidfuzz's Indel opcodes); adjacent deletions and
insertions become one ``replace``.  Tokens compare by key, so ß/ss, case and
marks do not break a match: what differs inside an ``equal`` run is told
apart later by :mod:`quoteverify.verify.labels`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .tokens import Token

__all__ = ["Op", "align", "char_span"]


@dataclass(frozen=True, slots=True)
class Op:
    """One alignment step over token index ranges ``a[a_start:a_end]`` / ``b[b_start:b_end]``.

    ``tag``: ``equal``, ``replace``, ``delete`` (words only in ``a``) or ``insert`` (only in ``b``).
    """

    tag: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def _ops(a: Sequence[str], b: Sequence[str]) -> list[Op]:
    out: list[Op] = []
    pending: Op | None = None
    for code in Indel.opcodes(a, b):
        if code.tag == "equal":
            if pending:
                out.append(pending)
                pending = None
            out.append(Op("equal", code.src_start, code.src_end, code.dest_start, code.dest_end))
        elif pending is None:
            pending = Op(code.tag, code.src_start, code.src_end, code.dest_start, code.dest_end)
        else:
            pending = Op("replace", pending.a_start, code.src_end, pending.b_start, code.dest_end)
    if pending:
        out.append(pending)
    return out


def _gaps(ops: list[Op]) -> int:
    """Words in differences between shared words (cuts at either end are free: an excerpt)."""
    inner = ops[1:-1] if len(ops) > 2 else [op for op in ops if op.tag == "replace"]
    return sum(op.a_end - op.a_start + op.b_end - op.b_start for op in inner if op.tag != "equal")


def _mirror(ops: list[Op], la: int, lb: int) -> list[Op]:
    return [
        Op(op.tag, la - op.a_end, la - op.a_start, lb - op.b_end, lb - op.b_start) for op in reversed(ops)
    ]


def _slide_start(ops: list[Op], ka: Sequence[str], kb: Sequence[str]) -> list[Op]:
    """Move an opening run of shared words to its last repetition before the next shared run.

    "wir wollen eine Partnerschaft" against "wir bitten nicht um Almosen,
    wir bitten um eine Partnerschaft": the "wir" is the second one, and the
    words before it are cut off (an excerpt), not dropped inside the quote.
    """
    if len(ops) < 3 or ops[0].tag != "equal" or ops[1].tag == "equal" or ops[2].tag != "equal":
        return ops
    run, after = ops[0], ops[2]
    if run.a_start or run.b_start:
        return ops
    k = run.a_end
    for flip in (False, True):
        x = kb if flip else ka
        x_next, y_next = (after.b_start, after.a_start) if flip else (after.a_start, after.b_start)
        p = next((p for p in range(x_next - k, k, -1) if list(x[p : p + k]) == list(x[:k])), None)
        if p is None:
            continue
        moved = [("delete", 0, p, 0, 0), ("equal", p, p + k, 0, k)]
        if x_next > p + k or y_next > k:
            tag = "replace" if x_next > p + k and y_next > k else "delete" if x_next > p + k else "insert"
            moved.append((tag, p + k, x_next, k, y_next))
        if flip:
            swap = {"delete": "insert", "insert": "delete"}
            moved = [(swap.get(t, t), c, d, a, b) for t, a, b, c, d in moved]
        return [Op(*m) for m in moved] + ops[2:]
    return ops


def _merge(ops: list[Op]) -> list[Op]:
    out: list[Op] = []
    for op in ops:
        if out and op.tag == out[-1].tag == "equal":
            out[-1] = Op("equal", out[-1].a_start, op.a_end, out[-1].b_start, op.b_end)
        else:
            out.append(op)
    return out


def align(a: Sequence[Token], b: Sequence[Token]) -> list[Op]:
    """The alignment of ``a`` with ``b`` as a list of ops covering both token sequences.

    Of the alignments that share the most words, prefer the one whose
    differences lie at the ends (an excerpt) rather than inside the quote.
    """
    ka, kb = [t.key for t in a], [t.key for t in b]
    la, lb = len(ka), len(kb)
    best: list[Op] = []
    for backward in (False, True):
        if backward and _gaps(best) == 0:
            break
        ops = _mirror(_ops(ka[::-1], kb[::-1]), la, lb) if backward else _ops(ka, kb)
        ops = _slide_start(ops, ka, kb)
        ops = _mirror(_slide_start(_mirror(ops, la, lb), ka[::-1], kb[::-1]), la, lb)
        ops = _merge(ops)
        if not backward or _gaps(ops) < _gaps(best):
            best = ops
    return best


def char_span(tokens: Sequence[Token], start: int, end: int, text_length: int) -> tuple[int, int]:
    """Character offsets of ``tokens[start:end]``; an empty range sits where the tokens would be."""
    if start < end:
        return tokens[start].start, tokens[end - 1].end
    if start < len(tokens):
        return tokens[start].start, tokens[start].start
    pos = tokens[-1].end if tokens else text_length
    return pos, pos
