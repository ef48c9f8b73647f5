"""Clusters: the renderings of one statement, a reference, every member labelled.

Verified candidate pairs (:func:`.similarity.link`) are the edges.  A
cluster grows from its reference: it holds the renderings linked to the
reference and, transitively, near copies (strong links) of those; what is
only loosely linked to another member is left for a cluster of its own, so
two different statements cannot chain through a third.

The reference is the rendering the other sources bear out, ranked by:

1. not indirect speech, and not an excerpt of a longer member;
2. credited to a speaker the fewest members contradict;
3. direct before partial quotes;
4. support: the most members that are near copies or excerpts of it (the
   most common rendering);
5. an agency original (the article carries an agency credit) — agencies
   quote first-hand, other outlets copy and rewrite them;
6. the earliest published; then the closest to all members; then article
   id and offset, so that the choice is deterministic.

This refines the issue's "earliest, then agency, then most common": an
earlier portal rewrite that dropped a "nicht" must not become the reference
against which the faithful agency text looks altered.

:class:`ClusterIndex` is incremental: :meth:`~ClusterIndex.add` links new
renderings to the indexed ones and recomputes only the clusters their links
reach.  Links already made are kept; they were weighed with the word
statistics of their time (:meth:`.CandidateIndex.rarity`), so after much
growth :func:`build_clusters` over everything (the rebuild) may differ
slightly.  The state is rebuilt from renderings; nothing is persisted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from .candidates import CandidateIndex
from .labels import compare
from .records import Cluster, Member, Rendering, chronological
from .similarity import Link, Prepared, contains, link, prepare
from .speakers import same_speaker
from .tokens import tokenize

__all__ = ["ClusterIndex", "build_clusters"]

_LATEST = datetime.max.replace(tzinfo=UTC)
_order = chronological


class ClusterIndex:
    """Renderings, their links and clusters; :meth:`add` new articles' quotes as they come."""

    def __init__(
        self,
        *,
        window_days: float = 7.0,
        threshold: float = 0.5,
        num_perm: int = 64,
        speakers_agree: Callable[[str | None, str | None], bool] = same_speaker,
    ):
        self.speakers_agree = speakers_agree
        self.candidates = CandidateIndex(window_days=window_days, threshold=threshold, num_perm=num_perm)
        self._renderings: list[Rendering] = []
        self._prepared: list[Prepared] = []
        self._node: dict[tuple[str, int, int], int] = {}
        self._links: list[dict[int, Link]] = []
        self._cluster_of: list[int] = []
        self._clusters: dict[int, Cluster] = {}
        self._next_id = 1

    def __len__(self) -> int:
        return len(self._renderings)

    def add(self, renderings: Iterable[Rendering]) -> list[Cluster]:
        """Index new renderings (known ones are skipped); return the clusters created or changed."""
        new = []
        for r in sorted(renderings, key=_order):
            if r.ident in self._node:
                continue
            node = len(self._renderings)
            self._node[r.ident] = node
            self._renderings.append(r)
            self._prepared.append(prepare(r))
            self._links.append({})
            self._cluster_of.append(0)
            new.append(node)
        candidates = self.candidates.add([(n, self._prepared[n]) for n in new])
        rarity = self.candidates.rarity
        for n in new:
            for m in sorted(candidates[n]):
                if m not in self._links[n]:
                    found = link(self._prepared[n], self._prepared[m], self.speakers_agree, rarity)
                    if found:
                        self._links[n][m] = self._links[m][n] = found
        return self._recluster(self._reach(new))

    def clusters(self) -> list[Cluster]:
        """Every cluster (single renderings too), by id."""
        return [self._clusters[k] for k in sorted(self._clusters)]

    def cluster_of(self, rendering: Rendering) -> Cluster | None:
        node = self._node.get(rendering.ident)
        return None if node is None else self._clusters[self._cluster_of[node]]

    def search(self, text: str, *, speaker: str | None = None) -> list[tuple[Rendering, Link]]:
        """Indexed renderings that render ``text`` at any date, best first.

        Renderings credited to someone other than ``speaker`` count only as near copies.
        """
        claim = prepare(Rendering("", 0, len(text), text, "direct", speaker))
        out = []
        for n in self.candidates.query(claim):
            found = link(claim, self._prepared[n], self.speakers_agree, self.candidates.rarity)
            if found:
                out.append((self._renderings[n], found))
        return sorted(out, key=lambda x: (-x[1].score, _order(x[0])))

    # -- clustering ------------------------------------------------------------------

    def _reach(self, nodes: Iterable[int], within: set[int] | None = None) -> set[int]:
        seen = set(nodes)
        frontier = list(seen)
        while frontier:
            for m in self._links[frontier.pop()]:
                if m not in seen and (within is None or m in within):
                    seen.add(m)
                    frontier.append(m)
        return seen

    def _rank(self, n: int, comp: set[int]) -> tuple[object, ...]:
        r, p = self._renderings[n], self._prepared[n]
        links = {m: lk for m, lk in self._links[n].items() if m in comp}
        size = len(p.keys)
        excerpt = any(
            lk.lcs == size and len(self._prepared[m].keys) > size and contains(self._prepared[m].keys, p.keys)
            for m, lk in links.items()
        )
        dissent = sum(not self.speakers_agree(r.speaker, self._renderings[m].speaker) for m in comp)
        support = sum(
            len(self._prepared[m].keys) <= size + 1
            and (lk.strong or lk.lcs >= 0.9 * len(self._prepared[m].keys))
            for m, lk in links.items()
        )
        return (
            r.kind == "indirect" or excerpt, dissent, r.kind != "direct", -support, not r.agencies,
            p.when or _LATEST, -sum(lk.score for lk in links.values()), r.article_id, r.start,
        )  # fmt: skip

    def _form(self, nodes: set[int]) -> list[tuple[int, set[int]]]:
        groups, remaining = [], set(nodes)
        while remaining:
            comp = self._reach([min(remaining)], remaining)
            ref = min(comp, key=lambda n: self._rank(n, comp))
            kept = {ref} | (self._links[ref].keys() & comp)
            frontier = list(kept)
            while frontier:
                for m, lk in self._links[frontier.pop()].items():
                    if lk.strong and m in comp and m not in kept:
                        kept.add(m)
                        frontier.append(m)
            groups.append((ref, kept))
            remaining -= kept
        return groups

    def _recluster(self, nodes: set[int]) -> list[Cluster]:
        old = {self._cluster_of[n] for n in nodes} - {0}
        for cid in old:
            del self._clusters[cid]
        free = sorted(old)
        out = []
        for ref, members in sorted(self._form(nodes), key=lambda g: _order(self._renderings[g[0]])):
            wanted = [self._cluster_of[ref]] + sorted(self._cluster_of[n] for n in members)
            cid = next((c for c in wanted if c in free), 0)
            if cid:
                free.remove(cid)
            else:
                cid, self._next_id = self._next_id, self._next_id + 1
            cluster = self._label(cid, ref, members)
            self._clusters[cid] = cluster
            for n in members:
                self._cluster_of[n] = cid
            out.append(cluster)
        return sorted(out, key=lambda c: c.id)

    def _label(self, cid: int, ref: int, members: set[int]) -> Cluster:
        reference = self._renderings[ref]
        speakers = [self._renderings[n].speaker for n in members if self._renderings[n].speaker]
        speaker = reference.speaker or (Counter(speakers).most_common(1)[0][0] if speakers else None)
        names = {t.key for s in set(speakers) for t in tokenize(s) if t.text[:1].isupper()}
        labelled = [Member(reference, "reference")]
        for n in sorted(members - {ref}, key=lambda n: _order(self._renderings[n])):
            r = self._renderings[n]
            c = compare(
                reference.text, r.text, reference_speaker=reference.speaker, member_speaker=r.speaker,
                reference_kind=reference.kind, member_kind=r.kind, names=names,
                speakers_agree=self.speakers_agree,
            )  # fmt: skip
            labelled.append(Member(r, c.variant, c.changes, c.ops, c.score, c.evidence))
        return Cluster(cid, speaker, reference, tuple(labelled))


def build_clusters(renderings: Iterable[Rendering], **options: object) -> list[Cluster]:
    """Cluster all renderings from scratch (the rebuild); ``options`` as for :class:`ClusterIndex`."""
    index = ClusterIndex(**options)  # type: ignore[arg-type]
    index.add(renderings)
    return index.clusters()
