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

from quoteverify.detect.context import has_speech_verb

DOUBLE, SINGLE = 2, 1
OPEN, CLOSE, EITHER = "open", "close", "either"

# A mark character (or the wiki-style two apostrophes) and its level.
_MARK_RE = re.compile(
    r"""
      ''(?!')                  # two straight apostrophes used as a double mark
    | (?<![^\s(\[{/–—-]),,(?=[^\s,])  # two commas typed for „ (,,Wir kommen'')
    | [„“”"«»]                 # double marks
    | [‚‘’'‹›]                 # single marks (and apostrophes)
    """,
    re.VERBOSE,
)
_LEVEL = {
    "''": DOUBLE, ",,": DOUBLE, "„": DOUBLE, "“": DOUBLE, "”": DOUBLE, '"': DOUBLE, "«": DOUBLE, "»": DOUBLE,
    "‚": SINGLE, "‘": SINGLE, "’": SINGLE, "'": SINGLE, "‹": SINGLE, "›": SINGLE,
}
_APOSTROPHES = frozenset("’'")
_OPENING_CONTEXT = frozenset("([{/–—-\u2012\u2015")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}…/–—-\u2012\u2015")
_NEVER_OPENS_ON = frozenset(",.;:!?)]}…")
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
    if mark in ("„", "‚", ",,"):
        return OPEN
    left = text[pos - 1] if pos > 0 else " "
    right_pos = pos + len(mark)
    right = text[right_pos] if right_pos < len(text) else " "
    left_open = left.isspace() or left in _OPENING_CONTEXT or left in _MARK_CHARS
    right_close = right.isspace() or right in _CLOSING_CONTEXT or right in _MARK_CHARS
    # no quotation opens on punctuation: » Wir bleiben «, sagte sie (French spacing) closes
    opens = left_open and not right.isspace() and right not in _NEVER_OPENS_ON
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
    paras = paragraphs(text)
    paired = [_pair_paragraph(text, para) for para in paras]
    result: list[Pair] = []
    i = 0
    while i < len(paras):
        pairs, left_open, _ = paired[i]
        result.extend(pairs)
        # A quote left open at the paragraph end is kept only where it opened
        # a sentence; it continues if the next paragraph opens with a mark,
        # or runs on to a later paragraph that closes it.
        if left_open is None or not _opens_statement(text, left_open.open.pos, paras[i].start):
            i += 1
            continue
        stop = _closing_paragraph(paired, i)
        if stop is not None:
            closer = paired[stop][2]
            assert closer is not None
            left_open.close = closer
            left_open.end = closer.pos
            for j in range(i + 1, stop + 1):
                left_open.nested.extend(p for p in paired[j][0] if p.end <= closer.pos)
            result.append(left_open)
            result.extend(p for p in paired[stop][0] if p.start > closer.pos)
            i = stop + 1
            continue
        result.append(left_open)
        if i + 1 < len(paras) and _starts_with_opener(text, paras[i + 1]):
            pairs, still_open, _ = paired[i + 1]
            doubles = [p for p in [*pairs, still_open] if p is not None and p.open.level == DOUBLE]
            first = min(doubles, key=lambda p: p.start, default=None)
            if (
                first is not None
                and not text[paras[i + 1].start : first.open.pos].strip()
                and not _new_speaker_after(text, first)
            ):
                first.continues = left_open
        i += 1
    result.sort(key=lambda p: p.start)
    return result


# „…“, sagte Karl Dorn / – erwiderte die Ministerin: a speech verb, then a name or a noun
_CUE_WITH_SPEAKER_RE = re.compile(
    r"\s*[,–—-]\s*([a-zäöüß]+)\s+(?:(?:der|die|das|ein|eine)\s+)?[A-ZÄÖÜ][\w-]"
)


def _new_speaker_after(text: str, pair: Pair) -> bool:
    """„Ich nicht“, sagte Karl Dorn. — a reopened quote with its own cue and speaker is new.

    A paragraph that carries a quote on reopens with a mark; when that stretch
    closes and a speech verb with a named speaker follows, the writer has
    forgotten a closer and this is another person's statement. A pronoun
    cue (sagte sie) keeps the continuation.
    """
    if pair.close is None:
        return False
    m = _CUE_WITH_SPEAKER_RE.match(text, pair.close.end)
    return bool(m) and has_speech_verb(m.group(1))


_MAX_OPEN_PARAGRAPHS = 6


def _closing_paragraph(
    paired: list[tuple[list[Pair], Pair | None, Mark | None]], i: int
) -> int | None:
    """The later paragraph whose stray closer ends the quote left open in paragraph ``i``.

    Block quotes (a law, a letter, a verdict) often run over paragraphs with
    no reopening mark; the closer in the last paragraph then has no opener of
    its own. Paragraphs in between must be free of open or stray marks.
    """
    for j in range(i + 1, min(len(paired), i + 1 + _MAX_OPEN_PARAGRAPHS)):
        pairs, left_open, stray = paired[j]
        if stray is not None:
            return j if left_open is None or left_open.start > stray.pos else None
        if left_open is not None:
            return None
    return None


def _starts_with_opener(text: str, para: Paragraph) -> bool:
    marks = find_marks(text, para.start, min(para.end, para.start + 3))
    return bool(marks) and marks[0].role != CLOSE and not text[para.start : marks[0].pos].strip()


def _opens_statement(text: str, pos: int, para_start: int) -> bool:
    """An opener at the start of a sentence, after a colon or after a speech verb's comma
    (Er sagte, „wir haben …) starts speech."""
    before = text[max(para_start, pos - 80) : pos]
    if _SENTENCE_END_BEFORE.search(before):
        return True
    return before.rstrip().endswith(",") and has_speech_verb(before.rstrip()[-40:])


def _pair_paragraph(text: str, para: Paragraph) -> tuple[list[Pair], Pair | None, Mark | None]:
    """Pair the marks of one paragraph with a stack; strays are dropped locally.

    Returns the pairs, the double quote still open at the paragraph end, and
    the first stray double closer (one with no opener in the paragraph).
    """
    done: list[Pair] = []
    stack: list[Pair] = []
    stray: Mark | None = None
    marks = find_marks(text, para.start, para.end)
    for k, mark in enumerate(marks):
        has_double = any(p.open.level == DOUBLE for p in stack)
        has_single = bool(stack) and stack[-1].open.level == SINGLE
        if mark.level == DOUBLE:
            # a mark with nothing but space after it in the paragraph opens nothing
            at_end = mark.role == EITHER and not text[mark.end : para.end].strip()
            closes = mark.role == CLOSE or (mark.role == EITHER and (has_double or at_end))
            if closes:
                if not has_double:
                    stray = stray or mark
                    continue  # a stray closer
                while stack[-1].open.level != DOUBLE:
                    _drop_unclosed(stack)  # unclosed single marks inside were apostrophes
                _close(stack, done, mark)
            else:
                depth = sum(p.open.level == DOUBLE for p in stack)
                if depth and not _closes_all(marks[k + 1 :], depth + 1):
                    _abandon(text, stack, done, mark.pos, para)
                stack.append(_open(mark, para))
        else:
            closes = mark.role == CLOSE or (mark.role == EITHER and has_single)
            if closes:
                if has_single:
                    _close(stack, done, mark)
            elif mark.role != CLOSE:
                stack.append(_open(mark, para))
    # Single openers never closed were apostrophes (’Ndrangheta, ‘Adi): what
    # they seemed to enclose belongs to the level below.
    while stack and stack[-1].open.level == SINGLE:
        _drop_unclosed(stack, done)
    # What is still open at the paragraph end: the outermost double quote
    # may continue or end here; single openers without closers were not quotes.
    left_open = next((p for p in stack if p.open.level == DOUBLE), None)
    if left_open is not None:
        left_open.end = _rstrip(text, left_open.start, para.end)
        left_open.nested = [n for n in left_open.nested if n.close is not None]
    done.sort(key=lambda p: p.start)
    return [p for p in done if p.open.level == DOUBLE or not _inside(p, done)], left_open, stray


def _closes_all(rest: list[Mark], depth: int) -> bool:
    """„Wir haben „Premium“ gesagt“: do the marks after a second opener close both quotes?

    Only then is the second opener nested in the first; otherwise the first
    was never closed (see :func:`_abandon`).
    """
    for mark in rest:
        if mark.level != DOUBLE:
            continue
        depth += 1 if mark.role == OPEN else -1
        if depth == 0:
            return True
    return False


def _drop_unclosed(stack: list[Pair], done: list[Pair] | None = None) -> None:
    """Forget the single opener on top of the stack; its nested pairs move down a level."""
    dropped = stack.pop()
    if stack:
        stack[-1].nested.extend(dropped.nested)
    elif done is not None:
        done.extend(dropped.nested)


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
