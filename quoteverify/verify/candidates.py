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
each other (undated renderings match any date).  All three indexes are kept
per time slot and a rendering looks only into its own and the neighbouring
slot, so that a lookup does not grow with the years the index
covers.  A claim (:meth:`CandidateIndex.query`) is looked up at any date.
(Slots are two windows wide, so that a window around any date touches only
its own slot and one neighbour.)
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from datasketch import MinHashLSH

from . import vocab
from .similarity import Prepared

__all__ = ["CandidateIndex"]

_RARE_STEMS = 3  # speaker index: look up at least this many of a quote's rarest content stems, and
_SPEAKER_BUDGET = 100  # more while the candidates stay below this number


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
        self, *, window_days: float = 7.0, threshold: float = 0.5, num_perm: int = 64, seed: int = 1
    ):
        self.window = timedelta(days=window_days)
        self.num_perm = num_perm
        rng = np.random.default_rng(seed)
        self._a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
        # near copies, recall before precision; the speaker index finds the loose renderings
        probe = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=(0.2, 0.8))
        self._params = (probe.b, probe.r)  # bands and rows, computed once
        self._lsh: dict[int | None, MinHashLSH] = {}  # one per time slot (None: undated)
        # per (speaker key, time slot): stem -> long quotes; short quotes; long quotes
        self._stems: dict[tuple[str, int | None], dict[str, list[int]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self._short: dict[tuple[str, int | None], list[int]] = defaultdict(list)
        self._long: dict[tuple[str, int | None], list[int]] = defaultdict(list)
        self._slots: dict[str, set[int | None]] = defaultdict(set)  # the slots a speaker has quotes in
        self._prepared: dict[int, Prepared] = {}
        self._df: Counter[str] = Counter()  # renderings per content stem, for rarity()
        self._rarity: dict[str, float] = {}  # rarity() as of the last add()

    def signatures(self, items: Sequence[Prepared], chunk: int = 4096) -> np.ndarray:
        """MinHash signatures (one row per item) of the items' :func:`features`."""
        if len(items) > chunk:
            return np.vstack([self.signatures(items[i : i + chunk]) for i in range(0, len(items), chunk)])
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
            for node, p in long:
                self._bucket(self._slot(p), create=True).insert(
                    node, _Sketch(sigs[node]), check_duplication=False
                )
        self._rarity.clear()
        for node, p in items:
            self._prepared[node] = p
            self._df.update(p.content)
            if p.speaker_key:
                slot = self._slot(p)
                self._slots[p.speaker_key].add(slot)
                (self._short if p.short else self._long)[p.speaker_key, slot].append(node)
                if not p.short:
                    for stem in p.content:
                        self._stems[p.speaker_key, slot][stem].append(node)
        return {node: self._query(p, sigs.get(node), node) for node, p in items}

    def rarity(self, stem: str) -> float:
        """1 for a stem few renderings use, towards 0 for one in a good share of all of them."""
        value = self._rarity.get(stem)
        if value is None:
            value = self._rarity[stem] = 1.0 / (1.0 + self._df[stem] / (0.002 * len(self._prepared) + 20.0))
        return value

    @staticmethod
    def _by_speaker(postings: dict[str, list[int]], p: Prepared) -> set[int]:
        """The speaker's quotes sharing the rarest content stems of ``p``."""
        found: set[int] = set()
        listed = sorted((len(postings[t]), t) for t in p.content if t in postings)
        for k, (_, stem) in enumerate(listed):
            if k >= _RARE_STEMS and len(found) >= _SPEAKER_BUDGET:
                break
            found.update(postings[stem])
        return found

    def _width(self) -> float:
        return 2 * max(self.window.total_seconds(), 3600.0)

    def _slot(self, p: Prepared) -> int | None:
        """Slots are two windows wide: a window around a date lies in its slot and the nearer neighbour."""
        return None if p.when is None else int(p.when.timestamp() // self._width())

    def _near(self, p: Prepared) -> list[int | None]:
        slot = self._slot(p)
        if slot is None or p.when is None:
            return [None]
        into = p.when.timestamp() / self._width() - slot
        return [slot, slot - 1 if into < 0.5 else slot + 1, None]

    def _bucket(self, slot: int | None, create: bool = False) -> MinHashLSH | None:
        if create and slot not in self._lsh:
            self._lsh[slot] = MinHashLSH(num_perm=self.num_perm, params=self._params)
        return self._lsh.get(slot)

    def query(self, p: Prepared) -> set[int]:
        """Candidates for a rendering that is not indexed (a claim to check), at any date."""
        sig = None if p.short else self.signatures([p])[0]
        return self._query(p, sig, None, dated=False)

    def _query(self, p: Prepared, sig: np.ndarray | None, node: int | None, dated: bool = True) -> set[int]:
        found: set[int] = set()
        near = self._near(p) if dated and p.when is not None else None
        if sig is not None:
            for lsh in filter(None, map(self._bucket, self._lsh if near is None else near)):
                found.update(lsh.query(_Sketch(sig)))
        sk = p.speaker_key or ""
        slots = () if not sk else self._slots.get(sk, ()) if near is None else near
        for s in slots:
            found.update(self._short.get((sk, s), ()))
            if p.short:
                found.update(self._long.get((sk, s), ()))
            elif (sk, s) in self._stems:
                postings = self._stems[sk, s]
                found.update(self._by_speaker(postings, p))
        found.discard(node)  # type: ignore[arg-type]
        if not dated or p.when is None:
            return found
        window = self.window
        return {n for n in found if (w := self._prepared[n].when) is None or abs(w - p.when) <= window}
