"""Records that flow between the stages.

Every record carries character offsets into the article text exactly as it was
read (Python ``str`` indices); ``text[start:end]`` is always the record's text.
They map one-to-one onto the JSON Lines contract (``interfaces.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text: a speaker mention or a cue."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: the text every offset points into, plus metadata."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    agencies: tuple[str, ...] = ()
    published: str | None = None
    title: str | None = None
    author: str | None = None
    source: str | None = None  # the file it came from, for error messages


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation or reported clause found in an article.

    ``kind`` is ``direct``, ``partial`` or ``indirect``.  Parts of one
    statement (a quote split by its cue, or continued over a paragraph break)
    share ``statement``.
    """

    article_id: str
    start: int
    end: int
    text: str
    kind: str
    statement: int
    speaker: str | None = None
    mention: Span | None = None
    cue: Span | None = None
    confidence: float = 0.0
    rule: str | None = None
    open_mark: str | None = None
    close_mark: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        """The quote as one line of ``quoteverify extract --format jsonl``."""
        return {
            "article": self.article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "statement": self.statement,
            "speaker": self.speaker,
            "speaker_mention": self.mention.to_json() if self.mention else None,
            "cue": self.cue.to_json() if self.cue else None,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }
