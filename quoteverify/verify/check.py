"""Did X say this?  A claimed quote checked against the clusters of renderings.

The renderings that render the claim's words (:meth:`.ClusterIndex.search`)
lead to their clusters; every member of those clusters is a source, and each
says how the claim differs from it (the source as reference, the claim as
member).  The verdict:

- ``verbatim``: the statement is credited to the speaker (the cluster's
  speaker; any, without a speaker) and a source prints the claim's words —
  up to marks and spelling, or in a longer text — that is not itself an
  altered or misattributed rendering of the statement;
- ``altered``: the statement is credited to the speaker, but the claim
  differs from it; ``best`` is the statement's reference (so repeating a
  portal's dropped "nicht" is still ``altered``, with that change);
- ``misattributed``: the statement is someone else's (even if one source
  credits the speaker);
- ``not_found``: no source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .cluster import ClusterIndex
from .labels import SEVERITY, DiffOp, compare
from .records import Cluster, Member, Rendering, chronological
from .similarity import contains, prepare

__all__ = ["EXIT_CODES", "Source", "Verdict", "check"]

EXIT_CODES = {"verbatim": 0, "altered": 1, "misattributed": 1, "not_found": 2}
_FAITHFUL = {"identical", "typographic", "orthographic"}


@dataclass(frozen=True, slots=True)
class Source:
    """A rendering of the claimed statement: how the claim differs from it, and its place in its cluster."""

    rendering: Rendering
    variant: str
    changes: tuple[str, ...]
    evidence: tuple[str, ...]
    ops: tuple[DiffOp, ...]
    cluster: int
    cluster_variant: str
    verbatim: bool

    def to_json(self) -> dict[str, Any]:
        return {
            **self.rendering.source_json(),
            "variant": self.variant,
            "changes": list(self.changes),
            "cluster": self.cluster,
            "cluster_variant": self.cluster_variant,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer to one claim; ``sources`` earliest first, ``best`` the source the verdict rests on."""

    claim: str
    speaker: str | None
    verdict: str
    sources: tuple[Source, ...] = ()
    best: Source | None = None

    @property
    def earliest(self) -> Source | None:
        return self.sources[0] if self.sources else None

    @property
    def exit_code(self) -> int:
        """0 verbatim, 1 altered or misattributed, 2 not found (the CLI's exit status)."""
        return EXIT_CODES[self.verdict]

    def diff(self) -> list[dict[str, Any]]:
        """The word-level differences between the best source and the claim."""
        if self.best is None:
            return []
        text = self.best.rendering.text
        return [
            {"op": op.tag, "source": text[op.a_start : op.a_end], "claim": self.claim[op.b_start : op.b_end],
             "label": op.label}
            for op in self.best.ops
            if op.tag != "equal"
        ]  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        best, earliest = self.best, self.earliest
        altered = best is not None and self.verdict != "verbatim"
        return {
            "claim": self.claim,
            "speaker": self.speaker,
            "verdict": self.verdict,
            "change": best.variant if altered and best else None,
            "changes": list(best.changes) if altered and best else [],
            "evidence": list(best.evidence) if altered and best else [],
            "diff": self.diff(),
            "best": best.to_json() if best else None,
            "earliest": earliest.to_json() if earliest else None,
            "sources": [s.to_json() for s in self.sources],
        }


def _severity(s: Source) -> tuple[bool, int]:
    return (s.cluster_variant != "reference", SEVERITY.index(s.variant) if s.variant in SEVERITY else 99)


def check(claim: str, *, speaker: str | None = None, index: ClusterIndex, clusters: int = 5) -> Verdict:
    """The verdict on ``claim`` (credited to ``speaker``, if given) against the index.

    Only the ``clusters`` statements that render the claim best are read.
    """
    claim_keys = prepare(Rendering("", 0, len(claim), claim)).keys
    members: dict[tuple[str, int, int], tuple[Cluster, Member]] = {}
    near, seen = set(), set()
    for rendering, link in index.search(claim, speaker=speaker):  # best first
        cluster = index.cluster_of(rendering)
        if cluster is None or (cluster.id not in seen and len(seen) == clusters):
            continue
        seen.add(cluster.id)
        if link.strong:
            near.add(cluster.id)
        for m in cluster.members:
            members.setdefault(m.rendering.ident, (cluster, m))
    sources = []
    for cluster, m in members.values():
        r = m.rendering
        c = compare(  # the speaker is the statement's, whatever this source credits
            r.text, claim, reference_speaker=cluster.speaker, member_speaker=speaker,
            reference_kind=r.kind, speakers_agree=index.speakers_agree,
        )  # fmt: skip
        faithful = set(c.changes) <= _FAITHFUL | {"excerpt"} and (
            "excerpt" not in c.changes or contains(prepare(r).keys, claim_keys)
        )
        verbatim = faithful and m.variant not in {"meaning", "misattribution"}
        sources.append(Source(r, c.variant, c.changes, c.evidence, c.ops, cluster.id, m.variant, verbatim))
    sources.sort(key=lambda s: chronological(s.rendering))
    own = [s for s in sources if s.variant != "misattribution"]
    if any(s.verbatim for s in own):
        return Verdict(claim, speaker, "verbatim", tuple(sources), next(s for s in own if s.verbatim))
    if own:
        return Verdict(claim, speaker, "altered", tuple(sources), min(own, key=_severity))
    others = [s for s in sources if s.cluster in near]
    if others:
        return Verdict(claim, speaker, "misattributed", tuple(others), min(others, key=_severity))
    return Verdict(claim, speaker, "not_found")
