"""Opening the database: WAL, a busy timeout, foreign keys, explicit transactions.

Connections run in autocommit mode (``isolation_level=None``); every write
goes through :func:`transaction`, which takes the write lock up front
(``BEGIN IMMEDIATE``) so that two writers queue on the busy timeout instead
of failing half-way.  In WAL mode readers never wait for the writer.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["DEFAULT_DB", "ENV_VAR", "StoreError", "connect", "default_db_path", "transaction"]

DEFAULT_DB = "quoteverify.db"
ENV_VAR = "QUOTEVERIFY_DB"
BUSY_TIMEOUT_MS = 60_000


class StoreError(Exception):
    """A database problem worth one line to the user (no such database, unknown speaker)."""


def default_db_path() -> Path:
    """``$QUOTEVERIFY_DB`` if set, else ``quoteverify.db`` in the current directory."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_DB)


def connect(path: str | os.PathLike[str], *, create: bool = True) -> sqlite3.Connection:
    """Open (or create) the database file with the settings every command relies on.

    ``create=False`` raises :class:`StoreError` when the file does not exist,
    instead of leaving an empty database behind.
    """
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"no database at {path} (create one with: quoteverify ingest INPUT --db {path})")
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = switch_to_wal(conn)
        if mode.lower() != "wal" and str(path) != ":memory:":
            raise StoreError(f"cannot switch {path} to WAL mode (journal_mode is {mode})")
        # In WAL mode NORMAL is safe against a killed process: a committed
        # transaction survives; only a power cut may lose the last commits.
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path} is not a quoteverify database ({exc})") from exc
    return conn


def switch_to_wal(conn: sqlite3.Connection, attempts: int = 50) -> str:
    """Switch to WAL. Switching needs a moment with no other connection: two processes that
    create a new database at once may each find the other in the way, and SQLite answers
    that at once (no busy wait), with "database is locked" or the old mode; so try again
    for a few seconds."""
    for attempt in range(attempts):
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            mode = ""
        if mode.lower() in ("wal", "memory"):
            return mode  # (an in-memory database has no WAL and needs none)
        time.sleep(0.1)
    return mode


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` if anything raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
