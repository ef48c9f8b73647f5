"""Shared helpers for the attribution tests: run the pipeline, locate words exactly."""

import re

from quoteverify import Article, extract_quotes


def attributed(text: str):
    return extract_quotes(Article(id="t", text=text))


def span(text: str, words: str) -> tuple[int, int]:
    """Where the words first stand."""
    start = text.index(words)
    return start, start + len(words)


def span_last(text: str, words: str) -> tuple[int, int]:
    """Where the words stand as whole words: the last place before the last quote, else after it."""
    found = list(re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text))
    before = [m for m in found if m.end() <= text.rindex("„")]
    return (before[-1] if before else found[0]).span()


def assert_attributed(q, text: str, speaker: str | None, mention: str, rule: str) -> None:
    """The quote's speaker, mention words and rule, and the mention where the words last stand."""
    assert (q.speaker, q.mention.text, q.rule) == (speaker, mention, rule)
    assert (q.mention.start, q.mention.end) == span_last(text, mention)


def assert_named(q, text: str, speaker: str | None, mention: str) -> None:
    """The quote's speaker and mention words, and the mention where the words first stand."""
    assert (q.speaker, q.mention.text) == (speaker, mention)
    assert (q.mention.start, q.mention.end) == span(text, mention)


def assert_named_last(q, text: str, speaker: str | None, mention: str) -> None:
    """The quote's speaker and mention words, and the mention where the words last stand
    (a body named in full first, then again by the words the mention holds)."""
    assert (q.speaker, q.mention.text) == (speaker, mention)
    assert q.mention.start == text.rindex(mention)
