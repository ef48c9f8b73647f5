"""Pair quotation marks of every German (and English) convention.

The pairing works on roles, not on fixed pairs: every mark is read as an
opener or a closer from its neighbours (a mark after a space and before a
word opens, one after a word and before a space or punctuation closes), so
the mixed marks of real pages („…" , »…“, "…”) pair as readers pair them.
Pairing is local to a paragraph: a stray mark is dropped where it stands and
cannot shift the pairing of the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE, SINGLE = 2, 1
OPEN, CLOSE, EITHER = "open", "close", "either"

# A mark character (or the wiki-style two apostrophes) and its level.
_MARK_RE = re.compile(
    r"""
      ''(?!')                  # two straight apostrophes used as a double mark
    | [„“”"«»]                 # double marks
    | [‚‘’'‹›]                 # single marks (and apostrophes)
    """,
    re.VERBOSE,
)
_LEVEL = {
    "''": DOUBLE, "„": DOUBLE, "“": DOUBLE, "”": DOUBLE, '"': DOUBLE, "«": DOUBLE, "»": DOUBLE,
    "‚": SINGLE, "‘": SINGLE, "’": SINGLE, "'": SINGLE, "‹": SINGLE, "›": SINGLE,
}
_APOSTROPHES = frozenset("’'")
_OPENING_CONTEXT = frozenset("([{/–—-\u2012\u2015")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}…/–—-\u2012\u2015")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:…]\s+|[.!?:…]$)\s*$")
_MARK_CHARS = frozenset("„“”\"«»‚‘’'‹›")


@dataclass(frozen=True, slots=True)
class Mark:
    """One quotation-mark token in the text."""

    pos: int
    text: str
    level: int
    role: str

    @property
    def end(self) -> int:
        return self.pos + len(self.text)


@dataclass(slots=True)
class Pair:
    """Two marks enclosing quoted words (or one opener left open).

    ``start``/``end`` cover the words between the marks; ``close`` is None
    when the quote runs to the end of its paragraph without a closing mark.
    """

    open: Mark
    close: Mark | None
    start: int
    end: int
    paragraph: int
    nested: list[Pair] = field(default_factory=list)
    continues: Pair | None = None  # the previous paragraph's part of this quote


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Split at line breaks, except soft wraps inside a running sentence.

    A line that ends without sentence punctuation and is followed by a line
    starting in lower case is a wrapped line, not a new paragraph.
    """
    spans: list[Paragraph] = []
    start = 0
    n = len(text)
    pos = 0
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        if nl < n and _is_soft_wrap(text, nl):
            pos = nl + 1
            continue
        if text[start:nl].strip():
            spans.append(Paragraph(len(spans), start, nl))
        start = pos = nl + 1
    return spans


def _is_soft_wrap(text: str, nl: int) -> bool:
    before = text[nl - 1] if nl > 0 else "\n"
    after = text[nl + 1] if nl + 1 < len(text) else "\n"
    return before not in "\n.!?:;“”\"«»" and not before.isspace() and after.islower()


def _role(text: str, pos: int, mark: str) -> str:
    """Opener, closer or either, from the characters around the mark."""
    if mark in ("„", "‚"):
        return OPEN
    left = text[pos - 1] if pos > 0 else " "
    right_pos = pos + len(mark)
    right = text[right_pos] if right_pos < len(text) else " "
    left_open = left.isspace() or left in _OPENING_CONTEXT or left in _MARK_CHARS
    right_close = right.isspace() or right in _CLOSING_CONTEXT or right in _MARK_CHARS
    opens = left_open and not right.isspace()
    closes = right_close and not left.isspace()
    if opens and not closes:
        return OPEN
    if closes and not opens:
        return CLOSE
    return EITHER


def find_marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Every quotation-mark token in ``text[start:end]`` with its role."""
    marks = []
    for m in _MARK_RE.finditer(text, start, len(text) if end is None else end):
        mark = m.group()
        role = _role(text, m.start(), mark)
        if mark in _APOSTROPHES and _is_apostrophe(text, m.start(), role):
            continue
        marks.append(Mark(m.start(), mark, _LEVEL[mark], role))
    return marks


def _is_apostrophe(text: str, pos: int, role: str) -> bool:
    """geht’s, Merkel’sche, ’90er, Hans’ Auto: never an opening mark."""
    left = text[pos - 1] if pos > 0 else " "
    right = text[pos + 1] if pos + 1 < len(text) else " "
    if left.isalnum() and right.isalnum():
        return True
    return role == OPEN and right.isdigit()


def pair_marks(text: str) -> list[Pair]:
    """All top-level quotation pairs of the text, nested pairs attached."""
    result: list[Pair] = []
    paras = paragraphs(text)
    pending: Pair | None = None  # an open quote carried into the next paragraph
    for i, para in enumerate(paras):
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        pairs, left_open = _pair_paragraph(text, para, pending)
        result.extend(pairs)
        pending = None
        # A quote left open at the paragraph end is kept only where it opened
        # a sentence; it continues if the next paragraph opens with a mark.
        if left_open is not None and _opens_statement(text, left_open.open.pos, para.start):
            result.append(left_open)
            if nxt is not None and _starts_with_opener(text, nxt):
                pending = left_open
    result.sort(key=lambda p: p.start)
    return result


def _starts_with_opener(text: str, para: Paragraph) -> bool:
    marks = find_marks(text, para.start, min(para.end, para.start + 3))
    return bool(marks) and marks[0].role != CLOSE and not text[para.start : marks[0].pos].strip()


def _opens_statement(text: str, pos: int, para_start: int) -> bool:
    """An opener at the start of a sentence or after a colon starts speech."""
    return bool(_SENTENCE_END_BEFORE.search(text[max(para_start, pos - 80) : pos]))


def _pair_paragraph(
    text: str, para: Paragraph, carried: Pair | None
) -> tuple[list[Pair], Pair | None]:
    """Pair the marks of one paragraph with a stack; strays are dropped locally."""
    done: list[Pair] = []
    stack: list[Pair] = []
    marks = find_marks(text, para.start, para.end)
    for mark in marks:
        has_double = any(p.open.level == DOUBLE for p in stack)
        has_single = bool(stack) and stack[-1].open.level == SINGLE
        if mark.level == DOUBLE:
            closes = mark.role == CLOSE or (mark.role == EITHER and has_double)
            if closes:
                if not has_double:
                    continue  # a stray closer
                while stack[-1].open.level != DOUBLE:
                    stack.pop()  # unclosed single marks inside were apostrophes
                _close(stack, done, mark)
            else:
                if has_double:
                    _abandon(text, stack, done, mark.pos, para)
                stack.append(_open(mark, para))
        else:
            closes = mark.role == CLOSE or (mark.role == EITHER and has_single)
            if closes:
                if has_single:
                    _close(stack, done, mark)
            elif mark.role != CLOSE:
                stack.append(_open(mark, para))
    # What is still open at the paragraph end: the outermost double quote
    # may continue or end here; single openers without closers were not quotes.
    left_open = next((p for p in stack if p.open.level == DOUBLE), None)
    if left_open is not None:
        left_open.end = _rstrip(text, left_open.start, para.end)
        left_open.nested = [n for n in left_open.nested if n.close is not None]
    if carried is not None:
        first = next((p for p in done + stack if p.open.level == DOUBLE), None)
        if first is not None and not text[para.start : first.open.pos].strip():
            first.continues = carried
    return [p for p in done if p.open.level == DOUBLE or not _inside(p, done)], left_open


def _open(mark: Mark, para: Paragraph) -> Pair:
    return Pair(mark, None, mark.end, mark.end, para.index)


def _close(stack: list[Pair], done: list[Pair], mark: Mark) -> None:
    pair = stack.pop()
    pair.close = mark
    pair.end = mark.pos
    if stack:
        stack[-1].nested.append(pair)
    else:
        done.append(pair)


def _abandon(text: str, stack: list[Pair], done: list[Pair], pos: int, para: Paragraph) -> None:
    """A second opener while a quote is open: the first one was never closed.

    If it opened a sentence, it ends at the last sentence end before the new
    opener; a mark in mid-sentence (Die „Möwe …) was a stray and is dropped.
    """
    outer = next(p for p in stack if p.open.level == DOUBLE)
    stack.clear()
    if not _opens_statement(text, outer.open.pos, para.start):
        return
    stop = max(text.rfind(c, outer.start, pos) for c in ".!?…")
    if stop <= outer.start:
        return
    outer.end = stop + 1
    outer.nested = [n for n in outer.nested if n.close is not None and n.end <= outer.end]
    done.append(outer)


def _inside(pair: Pair, others: list[Pair]) -> bool:
    return any(o is not pair and o.start <= pair.start and pair.end <= o.end for o in others)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
