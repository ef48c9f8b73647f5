"""The main job on one article: detect quotations, then attribute them."""

from __future__ import annotations

from quoteverify.attribute import attribute_quotes
from quoteverify.detect import detect_quotes
from quoteverify.records import Article, Quote


def extract_quotes(article: Article) -> list[Quote]:
    """All quotes of the article in reading order, attributed as far as the rules reach."""
    return attribute_quotes(article, detect_quotes(article))
