"""Clusters as the §3 JSON Lines contract (``quoteverify variants --format jsonl``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .records import Cluster

__all__ = ["variants_json", "variants_jsonl"]


def variants_json(clusters: Iterable[Cluster], *, all: bool = False) -> Iterator[dict[str, Any]]:
    """One §3 object per cluster with renderings from more than one article (every cluster with ``all``)."""
    for cluster in clusters:
        if all or len(cluster.articles) > 1:
            yield cluster.to_json()


def variants_jsonl(clusters: Iterable[Cluster], *, all: bool = False) -> Iterator[str]:
    """The lines (without newline) of ``variants --format jsonl``."""
    for obj in variants_json(clusters, all=all):
        yield json.dumps(obj, ensure_ascii=False)
