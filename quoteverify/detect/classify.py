"""Quote or not, and direct or partial.

Quotation marks also enclose titles, names and scare quotes.  The decision
weighs what a reader weighs: is it a sentence of its own, is there a speech
cue or reported speech around it, does a title noun stand right before it,
does it read like a name?
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quoteverify.detect import context as ctx

_CUE_AFTER_RE = re.compile(r"^\s*[,:–—-]?\s*(\w+)(?:\s+(\w+))?(?:\s+(\w+))?")
_ENDS_SENTENCE = tuple(".!?…")


@dataclass(frozen=True, slots=True)
class Verdict:
    is_quote: bool
    kind: str  # direct | partial
    reason: str


def classify(content: str, left: str, right: str, *, opens_paragraph: bool) -> Verdict:
    """Decide for the quoted ``content`` given its sentence's ``left`` and ``right`` text."""
    stripped = content.strip()
    n_words = len(ctx.words(stripped))
    if n_words == 0:
        return Verdict(False, "partial", "empty")
    left_s = left.rstrip()
    starts_sentence = opens_paragraph or not left_s or left_s.endswith((":",) + _ENDS_SENTENCE)
    after_colon = left_s.endswith(":")
    ends_sentence = stripped.endswith(_ENDS_SENTENCE) or stripped.endswith(",")
    cue_after = _cue_follows(right)
    kind = "direct" if starts_sentence and (ends_sentence or cue_after or n_words >= 4) else "partial"
    if ctx.scare_marker_before(left_s) or (
        ctx.title_noun_before(left_s) and not stripped[0].islower()
    ):
        if after_colon and n_words >= 4:
            return Verdict(True, "direct", "colon")
        return Verdict(False, kind, "title noun before")
    if after_colon and n_words >= 2 and not ctx.title_noun_in(left_s):
        return Verdict(True, "direct", "colon")
    personal = ctx.first_or_second_person(stripped)
    if cue_after and (personal or not ctx.name_like(stripped)):
        return Verdict(True, kind, "cue after")
    speech = ctx.has_speech_verb(left) or ctx.has_speech_verb(right)
    source = ctx.has_source_marker(left) or ctx.has_source_marker(right)
    konj = ctx.has_konjunktiv(left) or ctx.has_konjunktiv(right)
    if starts_sentence and n_words >= 4 and (ends_sentence or speech or personal):
        return Verdict(True, "direct", "sentence")
    if n_words >= 8 and (ends_sentence or speech or source or konj or personal):
        return Verdict(True, kind, "long")
    frame = ctx.has_frame_verb(left) or ctx.has_frame_verb(right)
    indefinite = ctx.indefinite_before(left_s)
    if (frame or speech or source or konj) and (indefinite or not ctx.name_like(stripped)):
        return Verdict(True, kind, "characterisation")
    if ctx.name_like(stripped):
        return Verdict(False, kind, "name-like")
    if speech or source or konj or personal:
        return Verdict(True, kind, "cue in sentence")
    return Verdict(False, kind, "no speech context")


def _cue_follows(right: str) -> bool:
    """„…“, sagte sie / „…“, so der Minister / „…“ (sagte er)."""
    if not right.lstrip().startswith((",", "(", "–", "—", "-")) and not right[:1].isspace():
        return False
    m = _CUE_AFTER_RE.match(right)
    if not m:
        return False
    first = m.group(1).lower()
    if first == "so" and right.lstrip().startswith(","):
        return True
    return any(w and ctx.has_speech_verb(w) for w in m.groups())
