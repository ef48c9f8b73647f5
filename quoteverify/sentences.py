"""Sentence bounds in German news text, shared by quote detection and reported speech.

A full stop ends a sentence unless it follows an abbreviation (Dr., bzw.,
u.a.), an initial (Karl F. Olsen, K.M. Olsen) or a day or ordinal number
(am 3. Mai, der 2. Weltkrieg); a sentence also ends where a space was lost
(sagte Müller.Danach).  Plain regular expressions: the light path needs no
tokenizer for this.
"""

from __future__ import annotations

import re

__all__ = ["boundaries", "sentences"]

_END_RE = re.compile(r"[.!?…]+[\"“”»«'’‘]*(?=\s|$)|(?<=[a-zäöüß]{2}[.!?])(?=[A-ZÄÖÜ][a-zäöüß])")
_SPACE_RE = re.compile(r"\s*")
_LAST_WORD_RE = re.compile(r"(\S+)$")
_ABBREVIATIONS = frozenset(
    "dr prof nr st bzw ca vgl mio mrd abs str inkl ggf sog evtl jr sen hl gen lt co corp inc "
    "ltd etc usw jh chr dipl ing med phil rer nat bzgl hrsg mag phys dt engl frz ital span "
    "ev e.v u.a z.b d.h o.ä".split()
)
_MONTHS = frozenset(
    "januar februar märz april mai juni juli august september oktober november dezember "
    "jänner jan feb mär apr jun jul aug sep sept okt nov dez".split()
)
_OPENERS = "„»«\"“‚(‹›'"
_NO_NOUN = frozenset("der die das den dem des ein eine einen einem einer eines er sie es wir ich man".split())


def boundaries(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """The sentence ends of ``text[lo:hi]`` (a paragraph), in order.

    Each is ``(stop, end, next)``: where the final punctuation starts, where it
    ends (closing quotation marks included) and where the next sentence starts.
    The end of the paragraph is not listed.
    """
    out: list[tuple[int, int, int]] = []
    start = _SPACE_RE.match(text, lo, hi).end()
    for m in _END_RE.finditer(text, lo, hi):
        nxt = _SPACE_RE.match(text, m.end(), hi).end()
        if nxt >= hi or m.start() <= start:
            continue
        c = text[nxt]
        if not (c.isupper() or c.isdigit() or c in _OPENERS):
            continue
        mark = m.group().rstrip("\"“”»«'’‘")
        if mark == "." and not _real_end(text, start, m, nxt, hi):
            continue
        out.append((m.start(), m.end(), nxt))
        start = nxt
    return out


def sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of ``text[lo:hi]`` (a paragraph), final punctuation included."""
    out: list[tuple[int, int]] = []
    start = _SPACE_RE.match(text, lo, hi).end()
    for _, end, nxt in boundaries(text, lo, hi):
        out.append((start, end))
        start = nxt
    if text[start:hi].strip():
        out.append((start, len(text[:hi].rstrip())))
    return out


_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def _real_end(text: str, start: int, m: re.Match[str], nxt: int, hi: int) -> bool:
    """A single full stop: not after an abbreviation, an initial or a day number before a month."""
    before = _LAST_WORD_RE.search(text, start, m.start())
    if before is None:
        return True
    word = before.group(1).lstrip(_OPENERS)
    following = re.match(r"[A-Za-zÄÖÜäöüß]+", text[nxt:hi])
    if (len(word) == 1 and word.isalpha() or _INITIALS_RE.fullmatch(word)) and not (
            following is not None and following.group().lower() in _NO_NOUN):
        return False  # Karl F. Olsen / K.M. Olsen (not: schrieb er auf X. Die Stadt …)
    if word.lower() in _ABBREVIATIONS:
        return False
    if word.isdigit():
        if len(word) <= 2 and (following is None or following.group().lower() in _MONTHS):
            return False
        if len(word) <= 2 and following is not None and text[nxt].isupper() \
                and following.group().lower() not in _NO_NOUN:
            # "der 2. Weltkrieg", "die 3. Liga": an ordinal before a noun (but "des Modells 3.
            # Ein Sprecher": no article or pronoun follows an ordinal)
            return False
    return True
