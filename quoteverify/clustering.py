"""Verification over the database: keep the stored clusters current, list variants, check claims.

The glue between ``quoteverify.verify`` (which knows no database) and
``quoteverify.store.clusters`` (which knows no linguistics).

**Incremental update** (:func:`update_clusters`, run after every ingest):
the *seeds* are the quotes no cluster holds yet (new and re-analysed
articles) and the members of clusters that lost quotes when an article was
replaced.  The verification index is built from every stored quote
published within the verify window (:data:`WINDOW_DAYS`) of a seed's date,
plus undated quotes, plus all members of the stored clusters those quotes
belong to; the clusters it yields replace those stored clusters, in one
transaction.  Candidates are never linked across more than the window, so
what lies outside cannot change; the result equals a rebuild unless a
statement's renderings chain across more than the window (then
``quoteverify cluster --rebuild``).  A seed without a date, or seeds that
are most of the database, mean a full rebuild.

**check** reads only what can matter: the stored quotes that share words
with the claim (full-text search), then their whole clusters; the verdict
is computed over those renderings and reports the stored cluster ids.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from quoteverify.store import Store
from quoteverify.store import clusters as sql
from quoteverify.store.connection import transaction
from quoteverify.store.speakers import speaker_ids_matching
from quoteverify.verify import Cluster, ClusterIndex, Rendering, Source, Verdict, check
from quoteverify.verify.records import published_at

__all__ = ["WINDOW_DAYS", "ClusterSummary", "check_claim", "rebuild_clusters", "update_clusters", "variants"]

WINDOW_DAYS = 7.0  # how far apart two renderings of one statement may be published
_CHECK_CANDIDATES = 200  # stored quotes read per claim, best full-text matches first


@dataclass(frozen=True, slots=True)
class ClusterSummary:
    """What a clustering run wrote: quotes indexed, clusters written, of them in several articles."""

    quotes: int = 0
    clusters: int = 0
    multi_article: int = 0
    rebuilt: bool = False

    def line(self) -> str:
        how = "rebuilt" if self.rebuilt else "updated"
        return f"clusters: {self.clusters} {how} ({self.multi_article} in several articles)"


def _write(
    store: Store, renderings: dict[int, Rendering], replace: set[int] | None, rebuilt: bool
) -> ClusterSummary:
    """Cluster ``renderings`` and let the result replace the stored clusters ``replace`` (None: all)."""
    index = ClusterIndex(window_days=WINDOW_DAYS)
    index.add(renderings.values())
    clusters = index.clusters()
    quote_id = {r.ident: qid for qid, r in renderings.items()}
    reuse = sql.delete_clusters(store.conn, replace)
    sql.write_clusters(store.conn, clusters, quote_id, reuse=None if rebuilt else reuse)
    multi = sum(len(c.articles) > 1 for c in clusters)
    return ClusterSummary(len(renderings), len(clusters), multi, rebuilt)


def rebuild_clusters(store: Store) -> ClusterSummary:
    """Recompute every cluster from all stored quotes (``quoteverify cluster --rebuild``)."""
    with transaction(store.conn):
        return _write(store, sql.load_renderings(store.conn), None, rebuilt=True)


_UNCLUSTERED = (
    "SELECT q.id FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM cluster_members m WHERE m.quote_id = q.id)"
)
_DAMAGED = """SELECT c.id FROM clusters c
WHERE c.members != (SELECT count(*) FROM cluster_members m WHERE m.cluster_id = c.id)"""


def update_clusters(store: Store, *, rebuild_share: float = 0.5) -> ClusterSummary:
    """Cluster the quotes no cluster holds yet, replacing only the stored clusters they affect.

    Everything happens under the write lock (one transaction), so two
    ingests finishing at once cannot both cluster the same new quotes.  When
    more than ``rebuild_share`` of all quotes need clustering, all are rebuilt.
    """
    conn = store.conn
    with transaction(conn):
        seeds = [r[0] for r in conn.execute(_UNCLUSTERED)]
        damaged = {r[0] for r in conn.execute(_DAMAGED)}
        seeds += sql.member_quote_ids(conn, damaged)
        if not seeds:
            sql.delete_clusters(conn, ())  # only clusters whose quotes are all gone
            return ClusterSummary()
        total = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        seed_renderings = sql.renderings_by_id(conn, seeds)
        days = [published_at(r.published) for r in seed_renderings.values()]
        if len(seeds) > rebuild_share * total or any(d is None for d in days):
            return _write(store, sql.load_renderings(conn), None, rebuilt=True)
        around = sorted({d.date() for d in days if d})
        scope = sql.load_renderings(conn, around=around, window_days=WINDOW_DAYS)
        scope.update(seed_renderings)
        touched = sql.stored_cluster_ids(conn, list(scope)) | damaged
        scope.update(sql.renderings_by_id(conn, sql.member_quote_ids(conn, touched)))
        return _write(store, scope, touched, rebuilt=False)


def variants(
    store: Store,
    *,
    speaker: str | None = None,
    labels: Sequence[str] = (),
    since: date | None = None,
    all: bool = False,
) -> list[Cluster]:
    """Stored clusters for ``quoteverify variants``: in several articles (every one with ``all``).

    ``speaker`` (any of their names): a member is credited to them; ``labels``:
    a member has one of these variants; ``since``: a member was published on or after that day.
    """
    ids = speaker_ids_matching(store.conn, speaker) if speaker is not None else None
    return sql.read_clusters(store.conn, speaker_ids=ids, labels=labels, since=since, multi_article=not all)


def _canonical(store: Store, speaker: str | None) -> str | None:
    """The stored canonical name for a speaker the user names by any alias; else the name as given."""
    if not speaker:
        return speaker
    ids = speaker_ids_matching(store.conn, speaker)
    if len(ids) != 1:
        return speaker
    return store.conn.execute("SELECT name FROM speakers WHERE id = ?", ids).fetchone()[0]


def _fts_any(claim: str) -> str:
    words = {w for w in re.findall(r"\w+", claim) if len(w) > 2}
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in sorted(words))


def check_claim(store: Store, claim: str, *, speaker: str | None = None) -> Verdict:
    """The verdict on a claimed quote against the stored quotes (``quoteverify check``)."""
    conn = store.conn
    speaker = _canonical(store, speaker)
    query = _fts_any(claim)
    fts = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?"
    hits = [r[0] for r in conn.execute(fts, (query, _CHECK_CANDIDATES))] if query else []
    stored = sql.stored_cluster_ids(conn, hits)
    renderings = sql.renderings_by_id(conn, hits + sql.member_quote_ids(conn, stored))
    index = ClusterIndex(window_days=WINDOW_DAYS)
    index.add(renderings.values())
    verdict = check(claim, speaker=speaker, index=index)
    # Report the stored cluster of each source, not the id of the throw-away index.
    cluster_of = sql.cluster_of(conn, renderings)
    by_ident = {r.ident: cluster_of.get(qid, 0) for qid, r in renderings.items()}

    def stored(s: Source) -> Source:
        return dataclasses.replace(s, cluster=by_ident.get(s.rendering.ident, s.cluster))

    best = stored(verdict.best) if verdict.best is not None else None
    return dataclasses.replace(verdict, sources=tuple(map(stored, verdict.sources)), best=best)
