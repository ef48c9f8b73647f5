"""The main job on one article: detect quotations, then attribute them."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence

from quoteverify.attribute import attribute_quotes
from quoteverify.attribute.indirect import find_reported_clauses
from quoteverify.detect import detect_quotes
from quoteverify.io.boilerplate import Range, boilerplate_ranges
from quoteverify.records import Article, Quote


def extract_quotes(article: Article, *, indirect: bool = True) -> list[Quote]:
    """All quotes of the article in reading order, attributed as far as the rules reach.

    With ``indirect`` (the default) reported speech without quotation marks is
    found too (``kind="indirect"``).
    """
    quotes = detect_quotes(article)
    if indirect:
        quotes = with_reported_clauses(article, quotes)
    return attribute_quotes(article, quotes)


def with_reported_clauses(article: Article, quotes: list[Quote]) -> list[Quote]:
    """Quotes and reported clauses in reading order, statements numbered anew."""
    clauses = find_reported_clauses(article, quotes)
    reported = [
        Quote(
            article_id=article.id,
            start=c.start,
            end=c.end,
            text=article.text[c.start : c.end],
            kind="indirect",
            statement=-(i + 1),  # numbered below
            cue=c.cue,
            confidence=c.confidence,
            rule=c.rule,
            extra={"mention_phrase": c.mention},
        )
        for i, c in enumerate(clauses)
    ]
    merged = sorted([*quotes, *reported], key=lambda q: (q.start, q.end))
    numbers: dict[int, int] = {}
    out = []
    for q in merged:
        number = numbers.setdefault(q.statement, len(numbers) + 1)
        out.append(dataclasses.replace(q, statement=number))
    return out


def drop_excluded(quotes: Sequence[Quote], excluded: Sequence[Range]) -> list[Quote]:
    """The quotes that do not start inside an excluded range (boilerplate, a caption)."""
    return [q for q in quotes if not any(r.start <= q.start < r.end for r in excluded)]


def extract_news_quotes(
    article: Article, *, template_lines: Collection[str] = ()
) -> tuple[list[Quote], list[Range]]:
    """The quotes of the article's news text, and the ranges that are not news.

    Like :func:`extract_quotes`, without quotes in page furniture or image
    captions (:func:`quoteverify.io.boilerplate.boilerplate_ranges`).
    """
    excluded = boilerplate_ranges(article.text, template_lines=template_lines)
    return drop_excluded(extract_quotes(article), excluded), excluded


def analyser() -> tuple[str, str]:
    """Name and version of the NLP backend behind the pipeline, recorded with stored articles."""
    from quoteverify.nlp import get_backend

    backend = get_backend()
    return backend.name, backend.version
