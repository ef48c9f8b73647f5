"""Did X say this?  A claimed quote checked against every indexed rendering.

The claim is compared with each rendering that renders the same words
(:meth:`.cluster.ClusterIndex.search`), the rendering as reference and the
claim as member, so that every source says how the claim differs from it.

- ``verbatim``: a source credited to the speaker (or any source, without a
  speaker) prints the claim's words — the same text up to marks and
  spelling, or a text that contains it;
- ``altered``: sources credited to the speaker print it otherwise; the
  closest one says how (``change``: its variant, with diff and evidence);
- ``misattributed``: only sources crediting someone else print these words;
- ``not_found``: no source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .cluster import ClusterIndex
from .labels import SEVERITY, DiffOp, compare
from .records import Rendering, chronological
from .similarity import contains, prepare

__all__ = ["EXIT_CODES", "Source", "Verdict", "check"]

EXIT_CODES = {"verbatim": 0, "altered": 1, "misattributed": 1, "not_found": 2}
_FAITHFUL = {"identical", "typographic", "orthographic"}


@dataclass(frozen=True, slots=True)
class Source:
    """A rendering that matches the claim, and how the claim differs from it."""

    rendering: Rendering
    variant: str
    changes: tuple[str, ...]
    evidence: tuple[str, ...]
    ops: tuple[DiffOp, ...]
    score: float
    verbatim: bool

    def to_json(self) -> dict[str, Any]:
        return {**self.rendering.source_json(), "variant": self.variant, "changes": list(self.changes)}


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
        source = self.best.rendering.text
        return [
            {"op": op.tag, "source": source[op.a_start : op.a_end],
             "claim": self.claim[op.b_start : op.b_end], "label": op.label}
            for op in self.best.ops
            if op.tag != "equal"
        ]  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        best, earliest = self.best, self.earliest
        return {
            "claim": self.claim,
            "speaker": self.speaker,
            "verdict": self.verdict,
            "change": None if best is None or self.verdict == "verbatim" else best.variant,
            "changes": list(best.changes) if best else [],
            "evidence": list(best.evidence) if best else [],
            "diff": self.diff(),
            "best": best.to_json() if best else None,
            "earliest": earliest.to_json() if earliest else None,
            "sources": [s.to_json() for s in self.sources],
        }


def _severity(s: Source) -> tuple[int, float]:
    return (SEVERITY.index(s.variant) if s.variant in SEVERITY else len(SEVERITY), -s.score)


def check(claim: str, *, speaker: str | None = None, index: ClusterIndex) -> Verdict:
    """The verdict on ``claim`` (credited to ``speaker``, if given) against the index."""
    claim_keys = prepare(Rendering("", 0, len(claim), claim)).keys
    sources = []
    for r, found in index.search(claim, speaker=speaker):
        c = compare(
            r.text, claim, reference_speaker=r.speaker, member_speaker=speaker,
            reference_kind=r.kind, speakers_agree=index.speakers_agree,
        )  # fmt: skip
        if c.variant == "misattribution" and not found.strong:
            continue  # loosely similar words by someone else: another statement
        faithful = set(c.changes) - {"misattribution"} <= _FAITHFUL | {"excerpt"}
        verbatim = faithful and ("excerpt" not in c.changes or contains(prepare(r).keys, claim_keys))
        sources.append(Source(r, c.variant, c.changes, c.evidence, c.ops, c.score, verbatim))
    sources.sort(key=lambda s: chronological(s.rendering))
    own = [s for s in sources if s.variant != "misattribution"]
    if not sources:
        return Verdict(claim, speaker, "not_found")
    if any(s.verbatim for s in own):
        return Verdict(claim, speaker, "verbatim", tuple(sources), next(s for s in own if s.verbatim))
    if own:
        return Verdict(claim, speaker, "altered", tuple(sources), min(own, key=_severity))
    return Verdict(claim, speaker, "misattributed", tuple(sources), min(sources, key=_severity))
