"""The SQL of verification: stored quotes as renderings, clusters in and out.

Verification itself (``quoteverify.verify``) knows no database; this module
turns rows into :class:`~quoteverify.verify.Rendering` records keyed by
quote id, and clusters back into the ``clusters`` and ``cluster_members``
tables (``db/README.md``).  Callers hold the transaction
(:func:`~quoteverify.store.connection.transaction`), so that a set of
clusters is replaced all at once or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from quoteverify.verify import Cluster, DiffOp, Member, Rendering

__all__ = [
    "cluster_of",
    "delete_clusters",
    "load_renderings",
    "member_quote_ids",
    "read_clusters",
    "renderings_by_id",
    "stored_cluster_ids",
    "write_clusters",
]

_RENDERING_SELECT = """SELECT q.id, a.external_id, q.start, q."end", q.text, q.kind,
    coalesce(s.name, q.speaker_name), a.outlet, a.published, a.agencies, a.url
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id"""


def _rendering(row: Sequence[Any]) -> tuple[int, Rendering]:
    qid, article, start, end, text, kind, speaker, outlet, published, agencies, url = row
    agencies_ = tuple(json.loads(agencies)) if agencies else ()
    return qid, Rendering(article, start, end, text, kind, speaker, outlet, published, agencies_, url)


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _rows_in(conn: sqlite3.Connection, query: str, ids: Iterable[int]) -> Iterable[tuple[Any, ...]]:
    """Rows of ``query`` (its ``{in}`` a list of ids) for the ids, in chunks under SQLite's variable limit."""
    for chunk in _chunks(sorted(set(ids))):
        yield from conn.execute(query.format(marks=",".join("?" * len(chunk))), chunk)


def load_renderings(
    conn: sqlite3.Connection, *, around: Sequence[date] | None = None, window_days: float = 7.0
) -> dict[int, Rendering]:
    """Stored quotes as renderings by quote id, the speaker being the canonical one across articles.

    ``around``: only quotes of articles published within ``window_days`` (plus
    a day for time zones) of one of these dates, or undated.  Without it every quote.
    """
    if around is None:
        return dict(map(_rendering, conn.execute(_RENDERING_SELECT)))
    out: dict[int, Rendering] = {}
    margin = timedelta(days=window_days + 1)
    for day in sorted(set(around)):
        query = _RENDERING_SELECT + "\nWHERE a.published >= ? AND a.published < ?"
        bounds = ((day - margin).isoformat(), (day + margin).isoformat())
        out.update(map(_rendering, conn.execute(query, bounds)))
    out.update(map(_rendering, conn.execute(_RENDERING_SELECT + "\nWHERE a.published IS NULL")))
    return out


def renderings_by_id(conn: sqlite3.Connection, quote_ids: Iterable[int]) -> dict[int, Rendering]:
    """These stored quotes as renderings by quote id."""
    return dict(map(_rendering, _rows_in(conn, _RENDERING_SELECT + "\nWHERE q.id IN ({marks})", quote_ids)))


def cluster_of(conn: sqlite3.Connection, quote_ids: Iterable[int]) -> dict[int, int]:
    """{quote id: stored cluster id} for those of these quotes that are clustered."""
    query = "SELECT quote_id, cluster_id FROM cluster_members WHERE quote_id IN ({marks})"
    return dict(_rows_in(conn, query, quote_ids))  # type: ignore[arg-type]


def stored_cluster_ids(conn: sqlite3.Connection, quote_ids: Iterable[int]) -> set[int]:
    """The stored clusters any of these quotes belongs to (as member or reference)."""
    ids = list(quote_ids)
    members = _rows_in(conn, "SELECT cluster_id FROM cluster_members WHERE quote_id IN ({marks})", ids)
    refs = _rows_in(conn, "SELECT id FROM clusters WHERE reference_quote_id IN ({marks})", ids)
    return {r[0] for r in members} | {r[0] for r in refs}


def member_quote_ids(conn: sqlite3.Connection, cluster_ids: Iterable[int]) -> list[int]:
    """The quotes of these stored clusters."""
    query = "SELECT quote_id FROM cluster_members WHERE cluster_id IN ({marks})"
    return [r[0] for r in _rows_in(conn, query, cluster_ids)]


def delete_clusters(conn: sqlite3.Connection, cluster_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Delete these clusters (every cluster with None); return {reference quote id: cluster id} of them.

    Clusters left without members (their quotes were deleted with a replaced article) go too.
    """
    conn.execute("DELETE FROM clusters WHERE id NOT IN (SELECT cluster_id FROM cluster_members)")
    if cluster_ids is None:
        refs = dict(conn.execute("SELECT reference_quote_id, id FROM clusters"))
        conn.execute("DELETE FROM clusters")
        return refs
    refs = {}
    for chunk in _chunks(sorted(cluster_ids)):
        marks = ",".join("?" * len(chunk))
        refs.update(conn.execute(f"SELECT reference_quote_id, id FROM clusters WHERE id IN ({marks})", chunk))
        conn.execute(f"DELETE FROM clusters WHERE id IN ({marks})", chunk)
    return refs


_INSERT_CLUSTER = """INSERT INTO clusters (id, speaker, reference_quote_id, reference_text, articles,
    members, variants, first_published, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_MEMBER = """INSERT INTO cluster_members (quote_id, cluster_id, position, variant, changes, ops,
    score, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""


def write_clusters(
    conn: sqlite3.Connection,
    clusters: Iterable[Cluster],
    quote_id: dict[tuple[str, int, int], int],
    *,
    reuse: dict[int, int] | None = None,
) -> list[int]:
    """Insert clusters; ``quote_id`` maps rendering idents to quote ids.

    ``reuse`` {reference quote id: cluster id}: a cluster keeps the id of the
    deleted cluster with the same reference; otherwise it gets a new one.
    Returns the ids written.
    """
    now = datetime.now(UTC).isoformat(timespec="seconds")
    reuse = reuse or {}
    taken = conn.execute("SELECT coalesce(max(id), 0) FROM clusters").fetchone()[0]
    next_id = max([taken, *reuse.values()]) + 1
    ids = []
    for cluster in clusters:
        ref = quote_id[cluster.reference.ident]
        published = sorted(m.rendering.published for m in cluster.members if m.rendering.published)
        variants = sorted({m.variant for m in cluster.members})
        cid = reuse.get(ref)
        if cid is None:
            cid, next_id = next_id, next_id + 1
        row = (
            cid, cluster.speaker, ref, cluster.reference.text, len(cluster.articles),
            len(cluster.members), json.dumps(variants), published[0] if published else None, now,
        )  # fmt: skip
        conn.execute(_INSERT_CLUSTER, row)
        conn.executemany(
            _INSERT_MEMBER,
            [
                (quote_id[m.rendering.ident], cid, i, m.variant, json.dumps(list(m.changes)),
                 json.dumps([op.to_json() for op in m.ops]), m.score,
                 json.dumps(list(m.evidence), ensure_ascii=False))
                for i, m in enumerate(cluster.members)
            ],
        )  # fmt: skip
        ids.append(cid)
    return ids


_SINCE = """EXISTS (SELECT 1 FROM cluster_members m JOIN quotes q ON q.id = m.quote_id
    JOIN articles a ON a.id = q.article_id WHERE m.cluster_id = c.id AND a.published >= ?)"""
_MEMBER_SELECT = _RENDERING_SELECT.replace(
    "SELECT q.id,", "SELECT m.cluster_id, m.variant, m.changes, m.ops, m.score, m.evidence, q.id,"
)


def read_clusters(
    conn: sqlite3.Connection,
    *,
    speaker_ids: Sequence[int] | None = None,
    labels: Sequence[str] = (),
    since: date | None = None,
    multi_article: bool = True,
    cluster_ids: Sequence[int] | None = None,
) -> list[Cluster]:
    """Stored clusters by id with their members in order; filters as for ``quoteverify variants``.

    ``speaker_ids``: a member quote is credited to one of them; ``labels``: a
    member has one of these variants; ``since``: a member published on or after that day.
    """
    where, params = [], []
    if multi_article:
        where.append("c.articles > 1")
    if labels:
        marks = ",".join("?" * len(labels))
        where.append(f"EXISTS (SELECT 1 FROM json_each(c.variants) WHERE value IN ({marks}))")
        params.extend(labels)
    if speaker_ids is not None:
        marks = ",".join("?" * len(speaker_ids)) or "NULL"
        where.append(f"EXISTS (SELECT 1 FROM cluster_members m JOIN quotes q ON q.id = m.quote_id"
                     f" WHERE m.cluster_id = c.id AND q.speaker_id IN ({marks}))")  # fmt: skip
        params.extend(speaker_ids)
    if since is not None:
        where.append(_SINCE)
        params.append(since.isoformat())
    if cluster_ids is not None:
        where.append(f"c.id IN ({','.join('?' * len(cluster_ids)) or 'NULL'})")
        params.extend(cluster_ids)
    sql = "SELECT c.id, c.speaker FROM clusters c" + (" WHERE " + " AND ".join(where) if where else "")
    heads = conn.execute(sql + " ORDER BY c.id", params).fetchall()
    out = []
    for chunk in _chunks(heads):
        marks = ",".join("?" * len(chunk))
        members: dict[int, list[Member]] = {cid: [] for cid, _ in chunk}
        query = (
            _MEMBER_SELECT
            + f"\nJOIN cluster_members m ON m.quote_id = q.id WHERE m.cluster_id IN ({marks})"
            " ORDER BY m.cluster_id, m.position"
        )  # fmt: skip
        for row in conn.execute(query, [cid for cid, _ in chunk]):
            cid, variant, changes, ops, score, evidence = row[:6]
            _, rendering = _rendering(row[6:])
            diff = tuple(DiffOp(*op) for op in json.loads(ops))
            members[cid].append(Member(rendering, variant, tuple(json.loads(changes)), diff, score,
                                       tuple(json.loads(evidence))))  # fmt: skip
        for cid, speaker in chunk:
            ms = members[cid]
            if ms:
                out.append(Cluster(cid, speaker, ms[0].rendering, tuple(ms)))
    return out
