"""The records every NLP backend returns, and the contract it keeps.

A backend turns article text into a :class:`Doc`: sentences of tokens with
lemma, STTS part of speech, morphology and (where the backend parses) a
dependency head, plus named entities.  Every offset is a Python ``str`` index
into the text exactly as it was passed in, so ``text[token.start:token.end]``
is always ``token.text`` - whatever the backend normalised internally.

A backend may analyse only some character spans of the text (the paragraphs
that hold a quote or a cue); the :class:`Doc` then holds the sentences of
those spans only, still with offsets into the full text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = [
    "Backend",
    "BackendUnavailable",
    "Doc",
    "Entity",
    "Morph",
    "Sentence",
    "Token",
    "normalise_spans",
    "paragraph_spans",
]


class BackendUnavailable(RuntimeError):
    """A backend is registered but cannot run here (a package or model is missing).

    The message says how to install what is missing.
    """


class Morph(Mapping[str, str]):
    """Immutable, hashable morphological features (UD style: ``{"Mood": "Sub"}``).

    ``str(morph)`` is the UD FEATS string (``Konj=I|Mood=Sub``, ``_`` if empty);
    :meth:`parse` reads one.
    """

    __slots__ = ("_items", "_hash")

    def __init__(self, features: Mapping[str, str] | None = None, /, **more: str) -> None:
        merged = dict(features or {})
        merged.update(more)
        self._items: dict[str, str] = {k: merged[k] for k in sorted(merged)}
        self._hash: int | None = None

    @classmethod
    def parse(cls, feats: str | None) -> Morph:
        """From a UD FEATS string such as ``Mood=Ind|Number=Sing`` (None/``_`` = empty)."""
        if not feats or feats == "_":
            return EMPTY_MORPH
        pairs = (part.split("=", 1) for part in feats.split("|") if "=" in part)
        return cls({key: value for key, value in pairs})

    def __getitem__(self, key: str) -> str:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._items.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other)
        return NotImplemented

    def __str__(self) -> str:
        return "|".join(f"{k}={v}" for k, v in self._items.items()) or "_"

    def __repr__(self) -> str:
        return f"Morph({self._items!r})"


EMPTY_MORPH = Morph()


@dataclass(frozen=True, slots=True)
class Token:
    """One token.

    ``i`` is its 0-based index in its sentence; ``head`` is the 0-based index
    (in the same sentence) of its syntactic head, None for the root or when
    the backend does not parse.  ``pos`` is an STTS tag (``VVFIN``, ``NE``,
    ``$(``...).  ``morph`` holds UD-style features; finite verbs in the
    subjunctive carry ``Mood=Sub`` and ``Konj=I`` or ``Konj=II``.
    """

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    morph: Mapping[str, str] = EMPTY_MORPH
    head: int | None = None
    deprel: str | None = None

    @property
    def subjunctive(self) -> bool:
        """True for a verb form in the subjunctive (Konjunktiv I or II)."""
        return self.morph.get("Mood") == "Sub"

    @property
    def konj(self) -> str | None:
        """``"I"`` or ``"II"`` for a verb in Konjunktiv I/II, else None."""
        return self.morph.get("Konj") if self.morph.get("Mood") == "Sub" else None

    @property
    def is_finite_verb(self) -> bool:
        return self.pos.startswith("V") and self.pos.endswith("FIN")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``start`` is its first token's start, ``end`` its last token's end."""

    start: int
    end: int
    tokens: tuple[Token, ...]

    def token_at(self, offset: int) -> Token | None:
        """The token covering character ``offset`` (``start <= offset < end``)."""
        k = bisect_right(self.tokens, offset, key=_start) - 1
        if k >= 0 and offset < self.tokens[k].end:
            return self.tokens[k]
        return None

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that overlap ``[start, end)``."""
        return tuple(t for t in self.tokens if t.start < end and t.end > start)

    def __len__(self) -> int:
        return len(self.tokens)


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention.

    ``label`` is the backend's type (stanza: ``PER``, ``LOC``, ``ORG`` and
    ``MISC`` or ``OTH``, depending on its German NER model); the light
    backend cannot type names and labels runs of proper-noun tokens ``NE``.
    """

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Doc:
    """The analysis of (some spans of) one text.

    ``sentences`` and ``entities`` are sorted by offset; ``spans`` are the
    character spans that were analysed (the whole text if none were asked for).
    """

    text: str
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence whose ``[start, end)`` covers ``offset``."""
        k = bisect_right(self.sentences, offset, key=_start) - 1
        if k >= 0 and offset < self.sentences[k].end:
            return self.sentences[k]
        return None

    def token_at(self, offset: int) -> Token | None:
        """The token covering character ``offset``, None in whitespace or unanalysed text."""
        sentence = self.sentence_at(offset)
        return sentence.token_at(offset) if sentence is not None else None

    def sentences_in(self, start: int, end: int) -> tuple[Sentence, ...]:
        """The sentences that overlap ``[start, end)`` (an empty range: the one covering it)."""
        if end <= start:
            hit = self.sentence_at(start)
            return (hit,) if hit is not None else ()
        lo = bisect_right(self.sentences, start, key=_end)
        hi = bisect_right(self.sentences, end - 1, key=_start)
        return self.sentences[lo:hi]

    def entities_in(self, start: int, end: int) -> tuple[Entity, ...]:
        """The entities that overlap ``[start, end)``."""
        return tuple(e for e in self.entities if e.start < end and e.end > start)

    def tokens(self) -> Iterator[Token]:
        """Every token of every sentence, in order."""
        for sentence in self.sentences:
            yield from sentence.tokens

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


def _start(item: Token | Sentence) -> int:
    return item.start


def _end(item: Token | Sentence) -> int:
    return item.end


@runtime_checkable
class Backend(Protocol):
    """What every NLP backend offers.

    ``analyse`` analyses only ``spans`` (character ranges, typically
    paragraphs; None = the whole text split at line breaks) and returns their
    sentences with offsets into the full ``text``.
    """

    name: str
    version: str

    def analyse(self, text: str, spans: Sequence[tuple[int, int]] | None = None) -> Doc: ...


_LINE_BREAK_RE = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The text's paragraphs as ``(start, end)``: split at line breaks, blank lines dropped.

    A line that ends without sentence punctuation and is followed by a line
    starting in lower case is a soft wrap inside one paragraph, not a break.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _LINE_BREAK_RE.finditer(text):
        before = text[match.start() - 1] if match.start() > 0 else "\n"
        after = text[match.end()] if match.end() < len(text) else "\n"
        if before not in '.!?:;“”"«»' and not before.isspace() and after.islower():
            continue
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def normalise_spans(text: str, spans: Sequence[tuple[int, int]] | None) -> tuple[tuple[int, int], ...]:
    """Validate spans, drop empty ones, sort them and merge overlapping ones.

    None means the whole text, split into :func:`paragraph_spans`.  Raises
    ValueError for a span outside ``0 <= start <= end <= len(text)``.
    """
    if spans is None:
        return tuple(paragraph_spans(text))
    checked: list[tuple[int, int]] = []
    for span in spans:
        start, end = int(span[0]), int(span[1])
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {span!r} lies outside the text (length {len(text)})")
        if end > start:
            checked.append((start, end))
    checked.sort()
    merged: list[tuple[int, int]] = []
    for start, end in checked:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
