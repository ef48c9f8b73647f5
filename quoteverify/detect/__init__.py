"""Find quotations in an article: pair the marks, keep what is speech."""

from __future__ import annotations

import re

from quoteverify.detect.classify import Verdict, classify
from quoteverify.detect.context import has_speech_verb, sentence_bounds
from quoteverify.detect.marks import Pair, pair_marks, paragraphs
from quoteverify.records import Article, Quote

__all__ = ["detect_quotes", "pair_marks", "classify", "Verdict"]

# Between the two halves of a split quote: „Wir“, sagte sie, „werden …“
_SPLIT_GAP_RE = re.compile(r"^\s*[,–—-]\s*[^„“”\"»«.!?]{1,80}?[,:–—-]\s*$")


def detect_quotes(article: Article) -> list[Quote]:
    """Every quotation in marks, in reading order, with statement ids.

    ``speaker``, ``mention`` and ``cue`` stay empty: attribution fills them.
    """
    text = article.text
    if not text:
        return []
    paras = paragraphs(text)
    kept: list[tuple[Pair, Verdict]] = []
    verdict_of: dict[int, Verdict] = {}
    prev: tuple[Pair, Verdict] | None = None
    for pair in pair_marks(text):
        if pair.end <= pair.start:
            continue
        if pair.continues is not None and id(pair.continues) in verdict_of:
            verdict = verdict_of[id(pair.continues)]
        else:
            verdict = _judge(text, pair, paras[pair.paragraph].start, paras[pair.paragraph].end)
        if prev is not None and prev[1].is_quote and not verdict.is_quote:
            if _coordinated(text, prev[0], pair):
                # aus „repressiven“ und „präventiven“ Maßnahmen: coordinated quotes share the verdict
                verdict = Verdict(True, prev[1].kind, "coordinated")
        verdict_of[id(pair)] = verdict
        prev = (pair, verdict)
        if verdict.is_quote:
            kept.append((pair, verdict))
    return _number_statements(article.id, text, kept)


_COORDINATION_RE = re.compile(r"^\s*(?:und|oder|sowie|bzw\.)\s*$")


def _coordinated(text: str, first: Pair, second: Pair) -> bool:
    """„A“ und „B“: two quotes joined only by a conjunction."""
    if first.close is None or first.paragraph != second.paragraph:
        return False
    return bool(_COORDINATION_RE.match(text[first.close.end : second.open.pos]))


def _judge(text: str, pair: Pair, lo: int, hi: int) -> Verdict:
    close_end = pair.close.end if pair.close else pair.end
    s0, s1 = sentence_bounds(text, pair.open.pos, close_end, lo, hi)
    left = text[s0 : pair.open.pos]
    right = text[close_end:s1]
    opens_paragraph = not text[lo : pair.open.pos].strip()
    return classify(text[pair.start : pair.end], left, right, opens_paragraph=opens_paragraph)


def _number_statements(article_id: str, text: str, kept: list[tuple[Pair, Verdict]]) -> list[Quote]:
    quotes: list[Quote] = []
    statement_of: dict[int, int] = {}
    statement = 0
    prev: Pair | None = None
    for pair, verdict in kept:
        if pair.continues is not None and id(pair.continues) in statement_of:
            number = statement_of[id(pair.continues)]
        elif prev is not None and _is_split(text, prev, pair):
            number = statement_of[id(prev)]
        else:
            statement += 1
            number = statement
        statement_of[id(pair)] = number
        # the stretches of one statement share the kind of its first stretch
        kind = quotes[-1].kind if quotes and quotes[-1].statement == number else verdict.kind
        quotes.append(
            Quote(
                article_id=article_id,
                start=pair.start,
                end=pair.end,
                text=text[pair.start : pair.end],
                kind=kind,
                statement=number,
                rule=None,
                open_mark=pair.open.text,
                close_mark=pair.close.text if pair.close else None,
                extra={"reason": verdict.reason},
            )
        )
        prev = pair
    return quotes


def _is_split(text: str, first: Pair, second: Pair) -> bool:
    """„Wir“, sagte sie, „werden das prüfen.“ — one statement in two stretches."""
    if first.close is None or first.paragraph != second.paragraph:
        return False
    if text[first.start : first.end].rstrip().endswith((".", "!", "?", "…")):
        return False
    gap = text[first.close.end : second.open.pos]
    if not _SPLIT_GAP_RE.match(gap):
        return False
    return has_speech_verb(gap) or bool(re.search(r"\bso\b", gap))
