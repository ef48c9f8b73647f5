"""Writing analysed articles: one transaction per batch, article and quotes together.

For each article of a batch, inside one ``BEGIN IMMEDIATE`` transaction:

- the same external id with the same text (sha256) is already stored:
  ``unchanged``, nothing is written;
- the same id with another text: ``replaced``, the article row is updated and
  its quotes deleted and inserted anew;
- otherwise ``new``.

The decision is taken inside the transaction, so two processes ingesting the
same files cannot both insert an article.  A process killed mid-batch leaves
the database as it was before the batch.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..records import Article, Quote
from .connection import transaction
from .names import fold
from .speakers import apply_decisions, prune_speakers, resolve_speakers
from .text import normalise_quote

__all__ = ["Analysed", "BatchResult", "sha256_text", "write_batch"]

OUTCOMES = ("new", "unchanged", "replaced")


def sha256_text(text: str) -> str:
    """Hex sha256 of the article text as UTF-8: what decides "unchanged"."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Analysed:
    """An article with its quotes, ready to be stored.

    ``excluded``: (start, end, reason) of the text that is not news
    (boilerplate, captions), stored for inspection.
    """

    article: Article
    quotes: Sequence[Quote]
    excluded: Sequence[tuple[int, int, str]] = ()
    nlp_backend: str = "unknown"
    nlp_version: str = "unknown"
    quoteverify_version: str = "unknown"
    sha256: str = field(default="")

    def digest(self) -> str:
        return self.sha256 or sha256_text(self.article.text)


@dataclass(slots=True)
class BatchResult:
    """What one batch did: outcome per external id, quotes added and removed."""

    outcomes: dict[str, str] = field(default_factory=dict)
    quotes_added: int = 0
    quotes_removed: int = 0


_ARTICLE_COLUMNS = (
    "external_id", "url", "outlet", "agencies", "published", "title", "author", "text", "sha256",
    "source", "boilerplate", "ingested_at", "nlp_backend", "nlp_version", "quoteverify_version",
)  # fmt: skip
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})"
)
_UPDATE_ARTICLE = (
    f"UPDATE articles SET {', '.join(f'{c} = ?' for c in _ARTICLE_COLUMNS[1:])} WHERE id = ?"
)
_INSERT_QUOTE = """INSERT INTO quotes (
    article_id, start, "end", text, normalised, kind, statement, speaker_id, speaker_name, speaker_key,
    mention_start, mention_end, mention_text, cue_start, cue_end, cue_text, confidence, rule
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def _article_row(item: Analysed, ingested_at: str) -> tuple[object, ...]:
    a = item.article
    boilerplate = [{"start": s, "end": e, "reason": r} for s, e, r in item.excluded]
    return (
        a.id, a.url, a.outlet, json.dumps(list(a.agencies), ensure_ascii=False), a.published, a.title,
        a.author, a.text, item.digest(), a.source, json.dumps(boilerplate), ingested_at,
        item.nlp_backend, item.nlp_version, item.quoteverify_version,
    )  # fmt: skip


def _quote_row(article_id: int, q: Quote, speakers: dict[str, int]) -> tuple[object, ...]:
    m, c = q.mention, q.cue
    return (
        article_id, q.start, q.end, q.text, normalise_quote(q.text), q.kind, q.statement,
        speakers.get(q.speaker) if q.speaker else None, q.speaker, fold(q.speaker) if q.speaker else None,
        m.start if m else None, m.end if m else None, m.text if m else None,
        c.start if c else None, c.end if c else None, c.text if c else None,
        q.confidence, q.rule,
    )  # fmt: skip


def write_batch(conn: sqlite3.Connection, batch: Sequence[Analysed], *, force: bool = False) -> BatchResult:
    """Store a batch of analysed articles in one transaction (see the module docstring).

    ``force``: replace stored articles even when their text is unchanged (a
    new pipeline version, corrected metadata).
    """
    result = BatchResult()
    if not batch:
        return result
    ingested_at = datetime.now(UTC).isoformat(timespec="seconds")
    batch = list({item.article.id: item for item in batch}.values())  # one id twice: the last wins
    with transaction(conn):
        ids = [item.article.id for item in batch]
        existing: dict[str, tuple[int, str]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT external_id, id, sha256 FROM articles WHERE external_id IN ({marks})"
            rows = conn.execute(query, chunk)
            existing.update((ext, (rowid, sha)) for ext, rowid, sha in rows)
        to_insert: list[tuple[int, Analysed]] = []
        replaced: list[int] = []
        for item in batch:
            external_id = item.article.id
            before = existing.get(external_id)
            if before is not None and before[1] == item.digest() and not force:
                result.outcomes[external_id] = "unchanged"
                continue
            row = _article_row(item, ingested_at)
            if before is None:
                article_id = int(conn.execute(_INSERT_ARTICLE, row).lastrowid or 0)
                result.outcomes[external_id] = "new"
            else:
                article_id = before[0]
                conn.execute(_UPDATE_ARTICLE, (*row[1:], article_id))
                replaced.append(article_id)
                result.outcomes[external_id] = "replaced"
            to_insert.append((article_id, item))
        if replaced:
            marks = ",".join("?" * len(replaced))
            result.quotes_removed = conn.execute(
                f"DELETE FROM quotes WHERE article_id IN ({marks})", replaced
            ).rowcount
        spoken = [q for _, item in to_insert for q in item.quotes if q.speaker]
        names = [q.speaker for q in spoken]
        bodies = {q.speaker for q in spoken if q.extra.get("organisation")}
        speakers = resolve_speakers(conn, names, organisations=bodies)
        rows = [_quote_row(article_id, q, speakers) for article_id, item in to_insert for q in item.quotes]
        conn.executemany(_INSERT_QUOTE, rows)
        result.quotes_added = len(rows)
        apply_decisions(conn)
        if replaced:
            prune_speakers(conn)
    return result
