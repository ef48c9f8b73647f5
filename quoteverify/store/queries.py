"""Reading the database: quotes, speakers, articles and overall counts.

Every filter is a bound parameter; the SQL text is built only from fixed
fragments.  ``search`` is full-text search (FTS5): each word must occur,
diacritics do not matter, a trailing ``*`` matches a prefix ("Wach*").
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..records import Quote, Span
from .names import fold
from .speakers import speaker_ids_matching

__all__ = [
    "ArticleRow",
    "SpeakerRow",
    "Stats",
    "StoredQuote",
    "articles",
    "fts_query",
    "quotes",
    "speakers",
    "stats",
]


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A stored quote with its article's metadata and the speaker across articles."""

    quote: Quote
    speaker_canonical: str | None
    outlet: str | None
    published: str | None
    url: str | None
    title: str | None

    def to_json(self) -> dict[str, Any]:
        """``interfaces.md`` §2 plus ``speaker_canonical``, ``outlet``, ``published``, ``url``."""
        return self.quote.to_json() | {
            "speaker_canonical": self.speaker_canonical,
            "outlet": self.outlet,
            "published": self.published,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    name: str
    kind: str
    quotes: int
    articles: int
    outlets: int
    aliases: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.name, "kind": self.kind, "quotes": self.quotes, "articles": self.articles,
            "outlets": self.outlets, "aliases": list(self.aliases),
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class ArticleRow:
    external_id: str
    published: str | None
    outlet: str | None
    agencies: tuple[str, ...]
    title: str | None
    url: str | None
    quotes: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.external_id, "published": self.published, "outlet": self.outlet,
            "agencies": list(self.agencies), "title": self.title, "url": self.url, "quotes": self.quotes,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Stats:
    articles: int
    quotes: int
    quotes_by_kind: dict[str, int]
    attributed: int
    speakers: int
    organisations: int
    aliases: int
    outlets: dict[str, int]
    agencies: dict[str, int]
    first_published: str | None
    last_published: str | None
    last_ingested: str | None
    schema: str | None

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def fts_query(text: str) -> str:
    """User words -> an FTS5 query: each word quoted (no syntax errors), all must match."""
    terms = []
    for word in text.split():
        prefix = word.endswith("*") and len(word) > 1
        word = word.rstrip("*") if prefix else word
        terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def _date_filters(since: date | None, until: date | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append("a.published >= ?")
        params.append(since.isoformat())
    if until is not None:  # the whole day of `until` is included
        where.append("a.published < ?")
        params.append((until + timedelta(days=1)).isoformat())
    return where, params


def _common_filters(
    outlet: str | None, agency: str | None, since: date | None, until: date | None
) -> tuple[list[str], list[Any]]:
    where, params = _date_filters(since, until)
    if outlet is not None:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if agency is not None:
        where.append("EXISTS (SELECT 1 FROM json_each(a.agencies) WHERE json_each.value = ? COLLATE NOCASE)")
        params.append(agency)
    return where, params


_QUOTE_SELECT = """SELECT q.start, q."end", q.text, q.kind, q.statement, q.speaker_name,
    q.mention_start, q.mention_end, q.mention_text, q.cue_start, q.cue_end, q.cue_text,
    q.confidence, q.rule, a.external_id, s.name, a.outlet, a.published, a.url, a.title
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id"""


def quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    agency: str | None = None,
    since: date | None = None,
    until: date | None = None,
    kind: str | None = None,
    search: str | None = None,
    limit: int | None = None,
) -> list[StoredQuote]:
    """Stored quotes matching every given filter.

    ``speaker`` is alias-aware ("Putin" finds the quotes of Wladimir Putin
    under any of his names); with ``search`` the best matches come first,
    otherwise the order is by date, article and position.
    """
    where, params = _common_filters(outlet, agency, since, until)
    sql = _QUOTE_SELECT
    if speaker is not None:
        ids = speaker_ids_matching(conn, speaker)
        if not ids:
            return []
        where.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if kind is not None:
        where.append("q.kind = ?")
        params.append(kind)
    order = "a.published IS NULL, a.published, a.external_id, q.start"
    if search:
        sql += "\nJOIN quotes_fts f ON f.rowid = q.id"
        where.append("quotes_fts MATCH ?")
        params.append(fts_query(search))
        order = "f.rank, " + order
    if where:
        sql += "\nWHERE " + "\n  AND ".join(where)
    sql += f"\nORDER BY {order}"
    if limit is not None:
        sql += "\nLIMIT ?"
        params.append(limit)
    return [_stored_quote(row) for row in conn.execute(sql, params)]


def _stored_quote(row: tuple[Any, ...]) -> StoredQuote:
    (start, end, text, kind, statement, speaker, m_start, m_end, m_text, c_start, c_end, c_text,
     confidence, rule, article, canonical, outlet, published, url, title) = row  # fmt: skip
    quote = Quote(
        article_id=article, start=start, end=end, text=text, kind=kind, statement=statement,
        speaker=speaker,
        mention=Span(m_start, m_end, m_text) if m_text is not None else None,
        cue=Span(c_start, c_end, c_text) if c_text is not None else None,
        confidence=confidence, rule=rule,
    )  # fmt: skip
    return StoredQuote(quote, canonical, outlet, published, url, title)


def speakers(
    conn: sqlite3.Connection, *, name: str | None = None, kind: str | None = None, limit: int | None = None
) -> list[SpeakerRow]:
    """Speakers with their quote, article and outlet counts and aliases, most quoted first."""
    where: list[str] = []
    params: list[Any] = []
    if name is not None:
        ids = speaker_ids_matching(conn, name)
        if not ids:
            return []
        where.append(f"s.id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if kind is not None:
        where.append("s.kind = ?")
        params.append(kind)
    sql = """SELECT s.id, s.name, s.kind, count(q.id), count(DISTINCT q.article_id),
        count(DISTINCT a.outlet)
    FROM speakers s
    LEFT JOIN quotes q ON q.speaker_id = s.id
    LEFT JOIN articles a ON a.id = q.article_id"""
    if where:
        sql += "\nWHERE " + " AND ".join(where)
    sql += "\nGROUP BY s.id ORDER BY count(q.id) DESC, s.name"
    if limit is not None:
        sql += "\nLIMIT ?"
        params.append(limit)
    rows = conn.execute(sql, params).fetchall()
    aliases: dict[int, list[str]] = {row[0]: [] for row in rows}
    names = {row[0]: fold(row[1]) for row in rows}
    ids = list(aliases)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT speaker_id, alias, alias_key FROM speaker_aliases WHERE speaker_id IN ({marks})"
        for sid, alias, key in conn.execute(query, chunk):
            if key != names[sid]:
                aliases[sid].append(alias)
    return [
        SpeakerRow(name, kind, n_quotes, n_articles, n_outlets, tuple(sorted(aliases[sid], key=fold)))
        for sid, name, kind, n_quotes, n_articles, n_outlets in rows
    ]


def articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    agency: str | None = None,
    since: date | None = None,
    until: date | None = None,
    search: str | None = None,
    limit: int | None = None,
) -> list[ArticleRow]:
    """Stored articles with their quote counts; newest first, best match first with ``search``."""
    where, params = _common_filters(outlet, agency, since, until)
    sql = """SELECT a.external_id, a.published, a.outlet, a.agencies, a.title, a.url,
        (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
    FROM articles a"""
    order = "a.published IS NULL, a.published DESC, a.external_id"
    if search:
        sql += "\nJOIN articles_fts f ON f.rowid = a.id"
        where.append("articles_fts MATCH ?")
        params.append(fts_query(search))
        order = "f.rank, " + order
    if where:
        sql += "\nWHERE " + "\n  AND ".join(where)
    sql += f"\nORDER BY {order}"
    if limit is not None:
        sql += "\nLIMIT ?"
        params.append(limit)
    return [
        ArticleRow(ext, published, outlet_, tuple(json.loads(agencies_)), title, url, n)
        for ext, published, outlet_, agencies_, title, url, n in conn.execute(sql, params)
    ]


def stats(conn: sqlite3.Connection) -> Stats:
    """Counts over the whole database."""

    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    by_kind = dict(conn.execute("SELECT kind, count(*) FROM quotes GROUP BY kind ORDER BY kind").fetchall())
    outlets = dict(
        conn.execute(
            "SELECT coalesce(outlet, '?'), count(*) FROM articles"
            " GROUP BY outlet ORDER BY count(*) DESC, outlet"
        ).fetchall()
    )
    agencies = dict(
        conn.execute(
            "SELECT j.value, count(*) FROM articles a, json_each(a.agencies) j"
            " GROUP BY j.value ORDER BY count(*) DESC, j.value"
        ).fetchall()
    )
    schema = conn.execute("SELECT name FROM _migrations ORDER BY rowid DESC LIMIT 1").fetchone()
    return Stats(
        articles=one("SELECT count(*) FROM articles"),
        quotes=one("SELECT count(*) FROM quotes"),
        quotes_by_kind=by_kind,
        attributed=one("SELECT count(*) FROM quotes WHERE speaker_id IS NOT NULL"),
        speakers=one("SELECT count(*) FROM speakers WHERE kind = 'person'"),
        organisations=one("SELECT count(*) FROM speakers WHERE kind = 'organisation'"),
        aliases=one("SELECT count(*) FROM speaker_aliases"),
        outlets=outlets,
        agencies=agencies,
        first_published=one("SELECT min(published) FROM articles"),
        last_published=one("SELECT max(published) FROM articles"),
        last_ingested=one("SELECT max(ingested_at) FROM articles"),
        schema=schema[0] if schema else None,
    )
