"""Candidate search: which renderings are worth comparing, without comparing all pairs.

Three indexes, each cheap to update when new articles arrive:

- **MinHash LSH** (datasketch ``MinHashLSH``) over the stems of content
  words and stem bigrams: finds near copies whoever they are credited to
  (misattributions, unknown speakers).  Signatures are computed in batches
  with numpy (multiply-shift hashing), not per rendering.
- **speaker + stem**: renderings credited to the same speaker (by surname)
  that share a rare content stem, for loose renderings LSH may miss: another
  translation, indirect speech, a short excerpt of a long quote.
- **short quotes** (one or two words) per speaker: they are candidates only
  of the same speaker's quotes, and :func:`.similarity.link` accepts them
  only when a longer quote contains them.

Candidates are restricted to renderings published within ``window_days`` of
each other (undated renderings match any date).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from datasketch import MinHashLSH

from . import vocab
from .similarity import Prepared

__all__ = ["CandidateIndex"]

_RARE_STEMS = 3  # speaker index: look up this many of a quote's rarest content stems


@dataclass(frozen=True, slots=True)
class _Sketch:
    """What MinHashLSH reads from a MinHash."""

    hashvalues: np.ndarray
    scheme: str = "quoteverify-multiply-shift"

    def __len__(self) -> int:
        return len(self.hashvalues)


def features(p: Prepared) -> list[str]:
    """Content stems and stem bigrams that are not two function words."""
    stems = [vocab.stem(k) for k in p.keys]
    function = [s not in p.content for s in stems]
    out = {f"u:{s}" for s in p.content}
    out.update(
        f"b:{stems[i]} {stems[i + 1]}" for i in range(len(stems) - 1) if not (function[i] and function[i + 1])
    )
    return sorted(out) or [f"u:{s}" for s in stems]


class CandidateIndex:
    """The three indexes over renderings known by integer node ids."""

    def __init__(
        self, *, window_days: float = 7.0, threshold: float = 0.3, num_perm: int = 64, seed: int = 1
    ):
        self.window = timedelta(days=window_days)
        self.num_perm = num_perm
        rng = np.random.default_rng(seed)
        self._a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=(0.2, 0.8))
        self._stems: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self._short: dict[str, list[int]] = defaultdict(list)
        self._long: dict[str, list[int]] = defaultdict(list)
        self._prepared: dict[int, Prepared] = {}

    def signatures(self, items: Sequence[Prepared]) -> np.ndarray:
        """MinHash signatures (one row per item) of the items' :func:`features`."""
        feats = [features(p) for p in items]
        hashes = np.fromiter(
            (
                int.from_bytes(hashlib.blake2b(f.encode(), digest_size=4).digest(), "little")
                for fs in feats
                for f in fs
            ),
            dtype=np.uint64,
        )
        with np.errstate(over="ignore"):
            values = (hashes[:, None] * self._a[None, :] + self._b[None, :]) >> np.uint64(32)
        starts = np.cumsum([0] + [len(fs) for fs in feats[:-1]])
        return np.minimum.reduceat(values, starts, axis=0)

    def add(self, items: Sequence[tuple[int, Prepared]]) -> dict[int, set[int]]:
        """Index new renderings; return each one's candidates among all indexed ones."""
        long = [(n, p) for n, p in items if not p.short]
        sigs: dict[int, np.ndarray] = {}
        if long:
            sigs = dict(zip((n for n, _ in long), self.signatures([p for _, p in long]), strict=True))
            for node, sig in sigs.items():
                self._lsh.insert(node, _Sketch(sig), check_duplication=False)
        for node, p in items:
            self._prepared[node] = p
            if p.speaker_key:
                (self._short if p.short else self._long)[p.speaker_key].append(node)
                if not p.short:
                    for stem in p.content:
                        self._stems[p.speaker_key][stem].append(node)
        return {node: self._query(p, sigs.get(node), node) for node, p in items}

    def query(self, p: Prepared) -> set[int]:
        """Candidates for a rendering that is not indexed (a claim to check), at any date."""
        sig = None if p.short else self.signatures([p])[0]
        return self._query(p, sig, None, dated=False)

    def _query(self, p: Prepared, sig: np.ndarray | None, node: int | None, dated: bool = True) -> set[int]:
        found: set[int] = set()
        if sig is not None:
            found.update(self._lsh.query(_Sketch(sig)))
        sk = p.speaker_key
        if sk:
            found.update(self._short.get(sk, ()))
            if p.short:
                found.update(self._long.get(sk, ()))
            else:
                postings = self._stems.get(sk, {})
                rare = sorted((len(postings[s]), s) for s in p.content if s in postings)[:_RARE_STEMS]
                for _, stem in rare:
                    found.update(postings[stem])
        found.discard(node)  # type: ignore[arg-type]
        if not dated or p.when is None:
            return found
        window = self.window
        return {n for n in found if (w := self._prepared[n].when) is None or abs(w - p.when) <= window}
