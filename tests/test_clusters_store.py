"""Stored clusters: written after every ingest, replaced atomically, incremental = rebuild."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from verify_fixture import ARTICLES, LATE, SCHWIMMHALLE, analysed, store_articles

from quoteverify import clustering
from quoteverify.store import Store
from quoteverify.store.connection import connect
from quoteverify.store.migrations import applied, migrate


def _state(store: Store) -> set[tuple[object, ...]]:
    """The clusters as comparable values: reference and members with labels, without ids."""
    return {
        (c.speaker, c.reference.ident,
         tuple((m.rendering.ident, m.rendering.speaker, m.variant, m.changes, m.evidence) for m in c.members))
        for c in clustering.variants(store, all=True)
    }  # fmt: skip


def test_first_clustering_writes_every_quote_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "z.db") as store:
        store_articles(store, ARTICLES)
        summary = clustering.update_clusters(store)
        assert (summary.quotes, summary.clusters, summary.multi_article, summary.rebuilt) == (6, 3, 2, True)
        conn = store.conn
        assert conn.execute("SELECT count(*) FROM cluster_members").fetchone() == (6,)
        rows = conn.execute(
            "SELECT c.speaker, c.reference_text, c.articles, c.members, c.variants, c.first_published"
            " FROM clusters c ORDER BY c.id"
        ).fetchall()
        assert rows[0] == (
            "Greta Wollny", SCHWIMMHALLE, 3, 3, '["meaning", "reference", "typographic"]',
            "2026-05-04T10:00:00+02:00",
        )  # fmt: skip
        variant, changes, ops, score, evidence = conn.execute(
            "SELECT variant, changes, ops, score, evidence FROM cluster_members WHERE variant = 'meaning'"
        ).fetchone()
        assert (variant, json.loads(changes), json.loads(evidence)) == (
            "meaning",
            ["meaning"],
            ["negation dropped: 'nicht'"],
        )
        assert ["delete", 36, 41, 36, 36, "meaning"] in json.loads(ops)
        assert 0 < score < 1
        assert clustering.update_clusters(store).clusters == 0  # nothing new: nothing rewritten


def test_incremental_update_after_a_second_ingest_equals_a_rebuild(tmp_path: Path) -> None:
    with Store.open(tmp_path / "inkrementell.db") as store:
        store_articles(store, ARTICLES)
        clustering.update_clusters(store)
        ids_before = dict(store.conn.execute("SELECT reference_quote_id, id FROM clusters"))
        store_articles(store, LATE)
        summary = clustering.update_clusters(store, rebuild_share=1.0)
        assert (summary.rebuilt, summary.quotes) == (False, 8)
        incremental = _state(store)
        kept = dict(store.conn.execute("SELECT reference_quote_id, id FROM clusters"))
        assert all(kept.get(ref, cid) == cid for ref, cid in ids_before.items())  # same reference, same id
        clustering.rebuild_clusters(store)
        assert _state(store) == incremental
    with Store.open(tmp_path / "neu.db") as fresh:
        store_articles(fresh, ARTICLES | LATE)
        assert clustering.update_clusters(fresh).rebuilt
        assert _state(fresh) == incremental
    late = [c for c in incremental if c[1][0] == "kb-1"]  # Förderverein, gross/groß
    assert [m[2] for m in late[0][2]] == ["reference", "orthographic"]


def test_reingesting_a_changed_article_updates_its_clusters(tmp_path: Path) -> None:
    with Store.open(tmp_path / "z.db") as store:
        store_articles(store, ARTICLES)
        clustering.update_clusters(store)
        outlet, published, agencies, items = ARTICLES["sp-1"]
        fixed = (outlet, published, agencies, [(SCHWIMMHALLE, "Greta Wollny"), items[1]])
        assert store.write([analysed("sp-1", fixed)]).outcomes == {"sp-1": "replaced"}
        # the replaced article's memberships went with its quotes, nothing dangles
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        summary = clustering.update_clusters(store, rebuild_share=1.0)
        assert not summary.rebuilt
        state = _state(store)
        (halle,) = [c for c in state if c[1][0] == "wb-1" and c[0] == "Greta Wollny"]
        assert [(m[0][0], m[2]) for m in halle[2]] == [
            ("wb-1", "reference"),
            ("sp-1", "identical"),
            ("kb-1", "typographic"),
        ]
        assert store.conn.execute("SELECT count(*) FROM cluster_members").fetchone() == (6,)
        clustering.rebuild_clusters(store)
        assert _state(store) == state


def test_clusters_are_replaced_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while writing leaves the clusters as they were."""
    with Store.open(tmp_path / "z.db") as store:
        store_articles(store, ARTICLES)
        clustering.update_clusters(store)
        before = _state(store)

        def broken(*args: object, **kwargs: object) -> list[int]:
            raise RuntimeError("Stromausfall")

        monkeypatch.setattr(clustering.sql, "write_clusters", broken)
        with pytest.raises(RuntimeError):
            clustering.rebuild_clusters(store)
        assert _state(store) == before


def test_variants_filters(tmp_path: Path) -> None:
    with Store.open(tmp_path / "z.db") as store:
        store_articles(store, ARTICLES)
        clustering.update_clusters(store)

        def refs(**kw: object) -> list[str]:
            return [c.reference.text for c in clustering.variants(store, **kw)]  # type: ignore[arg-type]

        assert len(refs()) == 2 and len(refs(all=True)) == 3
        assert refs(labels=["meaning"]) == [SCHWIMMHALLE]
        assert refs(speaker="Saalfeld") == [ARTICLES["wb-1"][3][1][0]]
        assert refs(speaker="Niemand") == []
        from datetime import date

        assert refs(since=date(2026, 5, 5)) == [SCHWIMMHALLE]


def test_migration_from_the_previous_schema_then_clustering(tmp_path: Path) -> None:
    """A database of the previous schema gains the tables; its quotes are clustered on the next update."""
    old = tmp_path / "alt.db"
    conn = connect(old)
    migrate(conn, upto="m003_speaker_decisions")
    conn.close()
    raw = sqlite3.connect(old)
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'clusters'").fetchone() == (0,)
    raw.close()
    with Store.open(old) as store:
        assert applied(store.conn)[-1] == "m004_clusters"
        store_articles(store, ARTICLES)
        assert clustering.update_clusters(store).clusters == 3
