"""Are two renderings the same statement?  A cheap test for candidate pairs.

Renderings of one statement share words, not necessarily their order or
form: indirect speech moves the verb and changes its mood ("wir werden …
prüfen" / "man werde … prüfen"), a second translation keeps only some words.
So two measures are combined, the better one counts:

- the longest common word sequence over comparison keys, relative to the
  shorter rendering (an excerpt scores 1);
- the overlap of stems (:func:`quoteverify.verify.vocab.stem`) as a bag,
  where function words weigh a quarter of content words.

A *strong* link is a near copy (most words in the same order, and most of
its content words rather than a shared sentence frame); only strong
links may chain renderings into a cluster, and only strong links join
renderings credited to different speakers (a misattribution) or two quotes
of one article (a repeated quote; a speaker's other quotes in the same
article share topic words without rendering the same statement).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from rapidfuzz.distance import Indel

from . import vocab
from .records import Rendering, published_at
from .speakers import same_speaker, speaker_key
from .tokens import tokenize

__all__ = ["FUNCTION_WEIGHT", "Link", "Prepared", "contains", "link", "prepare"]

FUNCTION_WEIGHT = 0.25
SHORT = 2  # words: a quote this short joins only through a longer one that contains it
LOOSE = 0.5  # similarity for a loose link (same speaker)
LOOSE_CONTENT = 0.4  # ... and the share of content words it needs in common (not just a sentence frame)
STRONG_DICE = 0.8
STRONG_CONTAINMENT = 0.9
STRONG_LEXICAL = 0.7  # a near copy keeps most content words, not just the sentence frame


@dataclass(frozen=True, slots=True)
class Prepared:
    """What comparing a rendering needs, computed once."""

    keys: tuple[str, ...]
    stems: Counter[str]
    content: frozenset[str]
    weight: float
    when: datetime | None
    speaker: str | None
    speaker_key: str | None
    kind: str
    article: str
    lexical: frozenset[str]  # content stems that are not numbers

    @property
    def short(self) -> bool:
        return len(self.keys) <= SHORT


def prepare(rendering: Rendering) -> Prepared:
    keys = tuple(t.key for t in tokenize(rendering.text))
    stems = Counter(vocab.stem(k) for k in keys)
    content = frozenset(
        vocab.stem(k) for k in keys if not vocab.is_function_word(k) and (len(k) > 2 or k.isdigit())
    )
    weight = sum(n * (1.0 if s in content else FUNCTION_WEIGHT) for s, n in stems.items())
    return Prepared(
        keys, stems, content, weight, published_at(rendering.published),
        rendering.speaker, speaker_key(rendering.speaker), rendering.kind, rendering.article_id,
        frozenset(s for s in content if not s.isdigit()),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Link:
    """A verified pair: ``score`` in [0, 1], ``lcs`` words shared in order, ``strong`` for a near copy."""

    score: float
    lcs: int
    strong: bool


def _share(a: frozenset[str], b: frozenset[str], rarity: Callable[[str], float] | None) -> float:
    """Shared words relative to the side with fewer, each weighted by its rarity (1 without statistics)."""
    if not a or not b:
        return 1.0
    weigh = (lambda words: float(len(words))) if rarity is None else (lambda words: sum(map(rarity, words)))
    return weigh(a & b) / (min(weigh(a), weigh(b)) or 1.0)


def contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Is ``short`` a contiguous part of ``long`` (word keys)?"""
    return f" {' '.join(short)} " in f" {' '.join(long)} "


def link(
    a: Prepared,
    b: Prepared,
    speakers_agree: Callable[[str | None, str | None], bool] = same_speaker,
    rarity: Callable[[str], float] | None = None,
) -> Link | None:
    """The link between two renderings, or None when they are not the same statement.

    ``rarity`` weighs a content stem by how rare it is in the corpus (1: rare):
    words every other quote uses ("Millionen", "wichtig", "Verantwortung")
    say little about two quotes being one statement.
    """
    if not a.keys or not b.keys:
        return None
    agree = speakers_agree(a.speaker, b.speaker)
    if a.short or b.short:  # only through containment, same known speaker, a content word
        short, long = (a, b) if len(a.keys) <= len(b.keys) else (b, a)
        if a.speaker and b.speaker and agree and short.content and contains(long.keys, short.keys):
            return Link(1.0, len(short.keys), long.short)
        return None
    lexical = _share(a.lexical, b.lexical, rarity)
    loose_only = agree and not (a.article and a.article == b.article)  # else: another speaker or article
    share = _share(a.content, b.content, rarity) if loose_only else 0.0
    if lexical < STRONG_LEXICAL and share < LOOSE_CONTENT:
        return None  # too few (rare) words in common, whatever the order: the cheap test first
    la, lb = len(a.keys), len(b.keys)
    lcs = (la + lb - Indel.distance(a.keys, b.keys)) // 2
    containment, dice = lcs / min(la, lb), 2 * lcs / (la + lb)
    strong = lexical >= STRONG_LEXICAL and (
        dice >= STRONG_DICE or (containment >= STRONG_CONTAINMENT and min(la, lb) >= 4)
    )
    if not loose_only:
        return Link(max(dice, containment), lcs, True) if strong else None
    shared = a.stems & b.stems
    bag = sum(n * (1.0 if s in a.content else FUNCTION_WEIGHT) for s, n in shared.items())
    bag /= min(a.weight, b.weight) or 1.0
    score = max(containment, bag)
    content = len(a.content & b.content)
    needed = 2 if min(len(a.content), len(b.content)) >= 3 else 1
    if strong or (score >= LOOSE and content >= needed and share >= LOOSE_CONTENT):
        return Link(round(score, 4), lcs, strong)
    return None
