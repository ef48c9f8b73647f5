"""Verification across sources: the same statement in different articles, every difference labelled.

Knows nothing of how quotes were found or stored: it takes
:class:`Rendering` records (one quote of one article, with outlet, date and
agency credit) and returns clusters of renderings of one statement, each
member labelled against the cluster's reference (interfaces.md §3), and
verdicts on claimed quotes.

- :func:`compare`: the label, changes and evidence for one pair of texts;
- :class:`ClusterIndex` (incremental) and :func:`build_clusters` (rebuild);
- :func:`check`: verbatim / altered / misattributed / not_found;
- :func:`variants_jsonl`: clusters as §3 JSON Lines;
- :mod:`.normalise`: the normalisation layers and the comparison :func:`key`.
"""

from .check import Source, Verdict, check
from .cluster import ClusterIndex, build_clusters
from .export import variants_json, variants_jsonl
from .labels import SEVERITY, Comparison, DiffOp, compare
from .normalise import LAYERS, key, layers
from .records import Cluster, Member, Rendering

__all__ = [
    "LAYERS",
    "SEVERITY",
    "Cluster",
    "ClusterIndex",
    "Comparison",
    "DiffOp",
    "Member",
    "Rendering",
    "Source",
    "Verdict",
    "build_clusters",
    "check",
    "compare",
    "key",
    "layers",
    "variants_json",
    "variants_jsonl",
]
