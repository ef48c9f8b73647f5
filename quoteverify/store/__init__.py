"""The quote database: one SQLite file, the only place that talks SQL.

>>> with Store.open("quoteverify.db") as store:            # doctest: +SKIP
...     store.write([Analysed(article, quotes)])
...     store.quotes(speaker="Putin", since=date(2026, 3, 1))

Opening a store applies any pending schema migrations (``migrations.py``);
the schema is described table by table in ``db/README.md``.  The database
runs in WAL mode with a busy timeout, so several processes may read while
one writes, and writers wait for each other.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import TracebackType

from . import queries
from .connection import DEFAULT_DB, ENV_VAR, StoreError, connect, default_db_path, transaction
from .migrations import migrate
from .queries import ArticleRow, SpeakerRow, Stats, StoredQuote
from .speakers import add_decision
from .writer import Analysed, BatchResult, sha256_text, write_batch

__all__ = [
    "DEFAULT_DB",
    "ENV_VAR",
    "Analysed",
    "ArticleRow",
    "BatchResult",
    "SpeakerRow",
    "Stats",
    "Store",
    "StoreError",
    "StoredQuote",
    "default_db_path",
    "sha256_text",
]


class Store:
    """A connection to one quote database, schema up to date."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, create: bool = True) -> Store:
        """Open ``path`` (default: :func:`default_db_path`) and migrate it.

        ``create=False``: a missing file is a :class:`StoreError` (query commands).
        """
        where = Path(path) if path is not None else default_db_path()
        conn = connect(where, create=create)
        try:
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{where} is not a quoteverify database ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, where)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------

    def stored_sha256(self, external_id: str) -> str | None:
        """The sha256 of the stored text of an article, or None if it is not stored."""
        query = "SELECT sha256 FROM articles WHERE external_id = ?"
        row = self.conn.execute(query, (external_id,)).fetchone()
        return row[0] if row else None

    def write(self, batch: Sequence[Analysed], *, force: bool = False) -> BatchResult:
        """Store analysed articles in one transaction (new / unchanged / replaced).

        ``force`` replaces articles whose text is unchanged too.
        """
        return write_batch(self.conn, batch, force=force)

    def merge_speakers(self, keep: str, other: str) -> None:
        """Make ``other`` part of ``keep`` (quotes and aliases), now and after every ingest."""
        with transaction(self.conn):
            add_decision(self.conn, "merge", keep, other)

    def alias_speaker(self, name: str, alias: str) -> None:
        """Make ``alias`` a name of speaker ``name`` in every article, now and after every ingest."""
        with transaction(self.conn):
            add_decision(self.conn, "alias", name, alias)

    # -- reading -------------------------------------------------------------------

    def quotes(
        self,
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
        """Quotes matching all filters; see :func:`queries.quotes`."""
        try:
            return queries.quotes(
                self.conn, speaker=speaker, outlet=outlet, agency=agency, since=since, until=until,
                kind=kind, search=search, limit=limit,
            )  # fmt: skip
        except sqlite3.OperationalError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def speakers(
        self, *, name: str | None = None, kind: str | None = None, limit: int | None = None
    ) -> list[SpeakerRow]:
        return queries.speakers(self.conn, name=name, kind=kind, limit=limit)

    def articles(
        self,
        *,
        outlet: str | None = None,
        agency: str | None = None,
        since: date | None = None,
        until: date | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[ArticleRow]:
        try:
            return queries.articles(
                self.conn, outlet=outlet, agency=agency, since=since, until=until, search=search,
                limit=limit,
            )  # fmt: skip
        except sqlite3.OperationalError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def stats(self) -> Stats:
        return queries.stats(self.conn)
