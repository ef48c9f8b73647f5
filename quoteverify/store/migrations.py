"""The schema as numbered migrations, applied in order before every write.

Each migration is a function named ``mNNN_what``; :data:`MIGRATIONS` lists
them in order and ``_migrations`` records the ones a database has had.  Never
edit a migration that has been released: add a new one.  ``db/schema.sql``
is the schema they produce (``make schema`` rewrites it; a test keeps it in
sync) and ``db/README.md`` describes every table and column.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from .connection import transaction

__all__ = ["MIGRATIONS", "applied", "migrate", "pending", "schema_sql"]

Migration = Callable[[sqlite3.Connection], None]


def m001_initial(conn: sqlite3.Connection) -> None:
    """Articles, speakers with their aliases, quotes; indexes for the query commands."""
    for statement in _M001:  # one by one: executescript() would COMMIT the open transaction
        conn.execute(statement)


_M001 = (
    """CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    url TEXT,
    outlet TEXT,
    agencies TEXT NOT NULL DEFAULT '[]',
    published TEXT,
    title TEXT,
    author TEXT,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source TEXT,
    boilerplate TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL,
    nlp_backend TEXT NOT NULL,
    nlp_version TEXT NOT NULL,
    quoteverify_version TEXT NOT NULL
)""",
    "CREATE INDEX articles_outlet ON articles (outlet)",
    "CREATE INDEX articles_published ON articles (published)",
    """CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    surname_key TEXT,
    named_by TEXT NOT NULL DEFAULT 'rules' CHECK (named_by IN ('rules', 'manual'))
)""",
    "CREATE INDEX speakers_surname_key ON speakers (surname_key)",
    """CREATE TABLE speaker_aliases (
    alias_key TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    origin TEXT NOT NULL CHECK (origin IN ('extracted', 'manual'))
)""",
    "CREATE INDEX speaker_aliases_speaker_id ON speaker_aliases (speaker_id)",
    """CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    normalised TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    statement INTEGER NOT NULL,
    speaker_id INTEGER REFERENCES speakers (id) ON DELETE SET NULL,
    speaker_name TEXT,
    speaker_key TEXT,
    mention_start INTEGER,
    mention_end INTEGER,
    mention_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    confidence REAL NOT NULL,
    rule TEXT
)""",
    "CREATE INDEX quotes_article_id ON quotes (article_id, start)",
    "CREATE INDEX quotes_speaker_id ON quotes (speaker_id)",
    "CREATE INDEX quotes_speaker_key ON quotes (speaker_key)",
    "CREATE INDEX quotes_kind ON quotes (kind)",
    "CREATE INDEX quotes_normalised ON quotes (normalised)",
)


def m002_fts(conn: sqlite3.Connection) -> None:
    """Full-text search over quote text and article title and text, kept in sync by triggers.

    External-content FTS5 tables (the text is stored once, in ``quotes`` and
    ``articles``); ``unicode61 remove_diacritics 2`` so that a search for
    "Benitez" finds "Benítez".  Rows already there are indexed.
    """
    for statement in _M002:
        conn.execute(statement)
    conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")


_M002 = (
    """CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
)""",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END""",
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END""",
    """CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
)""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END""",
)


def m003_speaker_decisions(conn: sqlite3.Connection) -> None:
    """Manual speaker decisions (``speakers merge``, ``speakers alias``), replayed on every ingest."""
    conn.execute(
        """CREATE TABLE speaker_decisions (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'alias')),
    speaker TEXT NOT NULL,
    other TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    UNIQUE (action, speaker, other)
)"""
    )


def m004_clusters(conn: sqlite3.Connection) -> None:
    """Clusters of quotes that render one statement (issue 5), and their labelled members.

    Rows point at quotes with ``ON DELETE CASCADE``: when an article is
    replaced its quotes are deleted and their memberships go with them;
    the clustering that runs after every ingest rewrites what is affected.
    """
    for statement in _M004:
        conn.execute(statement)


_M004 = (
    """CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    speaker TEXT,
    reference_quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    reference_text TEXT NOT NULL,
    articles INTEGER NOT NULL,
    members INTEGER NOT NULL,
    variants TEXT NOT NULL DEFAULT '[]',
    first_published TEXT,
    updated_at TEXT NOT NULL
)""",
    "CREATE INDEX clusters_reference_quote_id ON clusters (reference_quote_id)",
    "CREATE INDEX clusters_speaker ON clusters (speaker)",
    "CREATE INDEX clusters_first_published ON clusters (first_published)",
    """CREATE TABLE cluster_members (
    quote_id INTEGER PRIMARY KEY REFERENCES quotes (id) ON DELETE CASCADE,
    cluster_id INTEGER NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    variant TEXT NOT NULL,
    changes TEXT NOT NULL DEFAULT '[]',
    ops TEXT NOT NULL DEFAULT '[]',
    score REAL NOT NULL,
    evidence TEXT NOT NULL DEFAULT '[]'
)""",
    "CREATE INDEX cluster_members_cluster_id ON cluster_members (cluster_id, position)",
    "CREATE INDEX cluster_members_variant ON cluster_members (variant)",
)


MIGRATIONS: tuple[Migration, ...] = (m001_initial, m002_fts, m003_speaker_decisions, m004_clusters)


_FTS_TABLES = ("quotes_fts", "articles_fts")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations this database has had, in the order they were applied."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def pending(conn: sqlite3.Connection) -> list[str]:
    done = set(applied(conn))
    return [m.__name__ for m in MIGRATIONS if m.__name__ not in done]


def migrate(conn: sqlite3.Connection, *, upto: str | None = None) -> list[str]:
    """Apply the missing migrations (up to and including ``upto``); return their names.

    One transaction for all of them, taken with the write lock, so two
    processes opening a new database at once do not both migrate it.
    """
    if not pending(conn):
        return []
    done: list[str] = []
    with transaction(conn):
        conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        have = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
        for migration in MIGRATIONS:
            name = migration.__name__
            if name not in have:
                migration(conn)
                conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, _now()))
                done.append(name)
            if name == upto:
                break
    return done


def schema_sql(conn: sqlite3.Connection) -> str:
    """The schema as SQL, in creation order, without FTS5's internal shadow tables."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    shadow = {f"{t}_{s}" for t in _FTS_TABLES for s in ("data", "idx", "docsize", "config")}
    return "".join(f"{sql};\n\n" for name, sql in rows if name not in shadow).rstrip("\n") + "\n"
