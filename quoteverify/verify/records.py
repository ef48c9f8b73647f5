"""Records of verification: renderings of a statement, members, clusters.

A :class:`Rendering` is one quote as one article prints it, with what the
reference choice and the reports need (outlet, date, agency credit, url).
It is built from stored or freshly extracted quotes; offsets are the
article's, as everywhere in quoteverify.  A :class:`Cluster` is one
statement: its reference rendering and every member labelled against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from quoteverify.records import Article, Quote

from .labels import DiffOp

__all__ = ["Cluster", "Member", "Rendering", "chronological", "published_at"]

_LATEST = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Rendering:
    """One quote of one article (``kind``: direct, partial or indirect)."""

    article_id: str
    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker: str | None = None
    outlet: str | None = None
    published: str | None = None
    agencies: tuple[str, ...] = ()
    url: str | None = None

    @property
    def ident(self) -> tuple[str, int, int]:
        """What identifies a rendering: its article and span."""
        return (self.article_id, self.start, self.end)

    @classmethod
    def from_quote(cls, quote: Quote, article: Article) -> Rendering:
        return cls(
            quote.article_id, quote.start, quote.end, quote.text, quote.kind, quote.speaker,
            article.outlet, article.published, tuple(article.agencies), article.url,
        )  # fmt: skip

    def source_json(self) -> dict[str, Any]:
        """Where the rendering was published, for reports and ``check``."""
        return {
            "article": self.article_id, "start": self.start, "end": self.end, "text": self.text,
            "speaker": self.speaker, "outlet": self.outlet, "published": self.published, "url": self.url,
        }  # fmt: skip


@lru_cache(maxsize=65_536)
def published_at(published: str | None) -> datetime | None:
    """The publication time as an aware datetime (a date or naive time counts as UTC), or None."""
    if not published:
        return None
    try:
        when = datetime.fromisoformat(published.strip())
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def chronological(r: Rendering) -> tuple[datetime, str, int, int]:
    """Sort key: publication time (undated last), then article id and offsets."""
    return (published_at(r.published) or _LATEST, r.article_id, r.start, r.end)


@dataclass(frozen=True, slots=True)
class Member:
    """A rendering in a cluster, labelled against the reference (``variant`` ``reference`` for it)."""

    rendering: Rendering
    variant: str
    changes: tuple[str, ...] = ()
    ops: tuple[DiffOp, ...] = ()
    score: float = 1.0
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Cluster:
    """One statement: its speaker, reference rendering and members (the reference's member first)."""

    id: int
    speaker: str | None
    reference: Rendering
    members: tuple[Member, ...]

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(m.rendering.article_id for m in self.members)

    def to_json(self) -> dict[str, Any]:
        """The cluster as one line of ``quoteverify variants --format jsonl`` (interfaces.md §3)."""
        ref = self.reference
        members = []
        for m in self.members:
            r = m.rendering
            item: dict[str, Any] = {
                "article": r.article_id, "start": r.start, "end": r.end, "text": r.text,
                "speaker": r.speaker, "variant": m.variant,
            }  # fmt: skip
            if m.variant != "reference":
                item["changes"] = list(m.changes)
            members.append(item)
        return {
            "cluster": self.id,
            "speaker": self.speaker,
            "reference": {"article": ref.article_id, "start": ref.start, "end": ref.end, "text": ref.text},
            "members": members,
        }
