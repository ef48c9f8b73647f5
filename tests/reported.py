"""Shared helper for the reported-speech tests: what the finder reads in one text."""

from quoteverify.attribute.indirect import find_reported_clauses
from quoteverify.detect import detect_quotes
from quoteverify.records import Article


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Each reported clause as (its words, rule, cue words, mention words)."""
    art = Article("t", text)
    return [
        (text[c.start : c.end], c.rule, c.cue.text if c.cue else None, c.mention.text if c.mention else None)
        for c in find_reported_clauses(art, detect_quotes(art))
    ]


def found_spans(text: str) -> list[tuple[str, str]]:
    """Each reported clause as (its words, rule)."""
    return [(words, rule) for words, rule, _, _ in found(text)]
