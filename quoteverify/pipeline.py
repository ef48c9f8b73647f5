"""The main job on one article: detect quotations, then attribute them."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from quoteverify.attribute import attribute_quotes
from quoteverify.detect import detect_quotes
from quoteverify.io.boilerplate import Range, boilerplate_ranges
from quoteverify.records import Article, Quote


def extract_quotes(article: Article) -> list[Quote]:
    """All quotes of the article in reading order, attributed as far as the rules reach."""
    return attribute_quotes(article, detect_quotes(article))


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
