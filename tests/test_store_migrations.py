"""Schema migrations: from a blank database, from older schemas; docs and schema.sql in sync."""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest
import sqlite_utils

from quoteverify.records import Article, Quote, Span
from quoteverify.store import Analysed, Store, StoreError
from quoteverify.store.connection import connect, switch_to_wal
from quoteverify.store.migrations import MIGRATIONS, applied, migrate, schema_sql

ROOT = Path(__file__).resolve().parent.parent
TEXT = "„Wir bauen die Brücke neu“, sagte Anna Rausch."


def _analysed(article_id: str = "a1", text: str = TEXT) -> Analysed:
    quote = Quote(
        article_id, 1, 25, text[1:25], "direct", 1, speaker="Anna Rausch",
        mention=Span(34, 45, "Anna Rausch"), cue=Span(28, 33, "sagte"), confidence=0.9, rule="cue-after",
    )  # fmt: skip
    return Analysed(Article(article_id, text, outlet="Talboter Bote"), [quote])


def _columns(path: Path) -> dict[str, list[str]]:
    db = sqlite_utils.Database(path)
    return {name: [c.name for c in db[name].columns] for name in db.table_names()}


def test_blank_database_gets_every_migration(tmp_path: Path) -> None:
    conn = connect(tmp_path / "neu.db")
    assert migrate(conn) == [m.__name__ for m in MIGRATIONS]
    assert applied(conn) == ["m001_initial", "m002_fts", "m003_speaker_decisions", "m004_clusters"]
    assert migrate(conn) == []  # nothing left to do
    conn.close()
    tables = _columns(tmp_path / "neu.db")
    assert tables["articles"] == [
        "id", "external_id", "url", "outlet", "agencies", "published", "title", "author", "text", "sha256",
        "source", "boilerplate", "ingested_at", "nlp_backend", "nlp_version", "quoteverify_version",
    ]  # fmt: skip
    assert tables["quotes"] == [
        "id", "article_id", "start", "end", "text", "normalised", "kind", "statement", "speaker_id",
        "speaker_name", "speaker_key", "mention_start", "mention_end", "mention_text", "cue_start",
        "cue_end", "cue_text", "confidence", "rule",
    ]  # fmt: skip
    assert tables["speakers"] == ["id", "name", "kind", "surname_key", "named_by"]
    assert tables["speaker_aliases"] == ["alias_key", "alias", "speaker_id", "origin"]
    assert tables["speaker_decisions"] == ["id", "action", "speaker", "other", "decided_at"]
    assert tables["clusters"] == [
        "id", "speaker", "reference_quote_id", "reference_text", "articles", "members", "variants",
        "first_published", "updated_at",
    ]  # fmt: skip
    assert tables["cluster_members"] == [
        "quote_id", "cluster_id", "position", "variant", "changes", "ops", "score", "evidence",
    ]  # fmt: skip


def _old_rows(conn: sqlite3.Connection) -> None:
    """What an older version wrote: one article, its speaker and one quote, in plain SQL."""
    conn.execute(
        "INSERT INTO articles (id, external_id, outlet, text, sha256, ingested_at, nlp_backend, nlp_version,"
        " quoteverify_version) VALUES (1, 'a1', 'Talboter Bote', ?, 'x', '2026-03-01T00:00:00+00:00',"
        " 'light', '1', '0.1.0')",
        (TEXT,),
    )
    conn.execute("INSERT INTO speakers (id, name, kind, surname_key)"
        " VALUES (1, 'Anna Rausch', 'person', 'rausch')")
    conn.execute("INSERT INTO speaker_aliases VALUES ('anna rausch', 'Anna Rausch', 1, 'extracted')")
    conn.execute(
        'INSERT INTO quotes (article_id, start, "end", text, normalised, kind, statement, speaker_id,'
        " speaker_name, speaker_key, confidence, rule)"
        " VALUES (1, 1, 25, ?, 'wir bauen die brucke neu', 'direct', 1, 1, 'Anna Rausch', 'anna rausch',"
        " 0.9, 'cue-after')",
        (TEXT[1:25],),
    )


@pytest.mark.parametrize("previous", ["m001_initial", "m002_fts", "m003_speaker_decisions"])
def test_older_schema_with_data_is_migrated(tmp_path: Path, previous: str) -> None:
    """A database made by an older version keeps its rows and gains what is new."""
    old = tmp_path / "alt.db"
    conn = connect(old)
    migrate(conn, upto=previous)
    assert applied(conn)[-1] == previous
    _old_rows(conn)
    conn.close()

    with Store.open(old) as store:
        assert applied(store.conn) == [m.__name__ for m in MIGRATIONS]
        # the FTS index covers the rows that were there before it existed
        assert [q.quote.text for q in store.quotes(search="Brucke")] == ["Wir bauen die Brücke neu"]
        assert [a.external_id for a in store.articles(search="Rausch")] == ["a1"]
        store.alias_speaker("Anna Rausch", "Bürgermeisterin Rausch")  # the new table works
        store.write([_analysed("a2")])  # and so does ingesting
        assert [s.name for s in store.speakers()] == ["Anna Rausch"]
    fresh = tmp_path / "neu.db"
    Store.open(fresh).close()
    assert _columns(old) == _columns(fresh)
    assert schema_sql(sqlite3.connect(old)) == schema_sql(sqlite3.connect(fresh))


def test_migrations_run_in_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that fails leaves the database as it was."""
    import quoteverify.store.migrations as migrations

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE halb (x)")
        raise RuntimeError("kaputt")

    broken.__name__ = "m999_broken"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    conn = connect(tmp_path / "x.db")
    with pytest.raises(RuntimeError):
        migrations.migrate(conn)
    assert applied(conn) == []
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'halb'").fetchone() == (0,)


def test_connection_settings(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.db")
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)


class _Contended:
    """A connection whose switch to WAL meets another process first: locked, then the old mode."""

    def __init__(self, answers: list[object]) -> None:
        self.answers = answers

    def execute(self, sql: str) -> _Contended:
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        self.row = (answer,)
        return self

    def fetchone(self) -> tuple[object, ...]:
        return self.row


def test_switching_to_wal_waits_for_a_process_creating_the_same_database(monkeypatch) -> None:
    monkeypatch.setattr("quoteverify.store.connection.time.sleep", lambda _: None)
    conn = _Contended([sqlite3.OperationalError("database is locked"), "delete", "wal"])
    assert switch_to_wal(conn) == "wal"
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        switch_to_wal(_Contended([sqlite3.OperationalError("disk I/O error")]))


def test_missing_database_is_an_error_for_readers(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        Store.open(tmp_path / "fehlt.db", create=False)
    assert not (tmp_path / "fehlt.db").exists()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notiz.db"
    path.write_text("Das ist keine Datenbank, sondern eine Notiz. " * 20, encoding="utf-8")
    with pytest.raises(StoreError, match="is not a quoteverify database"):
        Store.open(path)


def test_schema_sql_is_in_sync() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from dump_schema import render
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert (ROOT / "db" / "schema.sql").read_text(encoding="utf-8") == render(), "run: make schema"


def test_every_table_and_column_is_documented(tmp_path: Path) -> None:
    Store.open(tmp_path / "x.db").close()
    readme = (ROOT / "db" / "README.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (.+?)\n(.*?)(?=^## |\Z)", readme, re.MULTILINE | re.DOTALL))
    conn = sqlite3.connect(tmp_path / "x.db")
    tables = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not re.search(r"_fts_(data|idx|docsize|config)$", name)
    ]
    for table in tables:
        section = next((body for head, body in sections.items() if f"`{table}`" in head), None)
        assert section is not None, f"db/README.md has no section for {table}"
        for (column,) in conn.execute(f"SELECT name FROM pragma_table_info('{table}')"):
            assert f"`{column}`" in section, f"db/README.md does not describe {table}.{column}"
