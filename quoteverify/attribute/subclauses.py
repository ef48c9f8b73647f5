"""The speaker of a cue that stands in a relative or subordinate clause.

German puts such a clause after a comma and its verb at the end: the subject
of that clause, next to the cue, is the mention, not the subject of the main
clause around it:

- Hunderte Bauern, die vor das Rathaus zogen, skandierten … / …, die skandierten: „…“
  (a relative pronoun: the mention is the pronoun, the speaker its antecedent);
- Der Minister, der den Plan als „…“ bezeichnete, trat zurück (the verb after the quote);
- Der Verband schlug Alarm, indem er die Regierung aufforderte: „…“ (a pronoun after
  the conjunction).
"""

from __future__ import annotations

import dataclasses
import re

from quoteverify.attribute.mentions import DETERMINERS, Mention, read_mention
from quoteverify.attribute.phrases import PASSIVE_AUXILIARIES, Token, is_speech_verb, plausible, subject_at
from quoteverify.records import Span

__all__ = ["clause_speaker", "cue_in_relative"]

Found = tuple[str, Span | None, Mention | None]

_RELATIVES = {"der": "m", "die": None, "das": None, "welcher": "m", "welche": None, "welches": None}
_OBJECT_RELATIVES = frozenset("die das den welche welches welchen".split())
_CONJUNCTIONS = frozenset("indem während weil als nachdem wobei obwohl da bevor wenn sobald".split())
_INFLECTED = re.compile(r"[a-zäöüß-]+(?:e|en|er|es|em)")
_STOPS = frozenset(",;:.!?–—")  # not brackets: Hesse (seit 2010 im Amt) erklärte


def clause_speaker(text: str, toks: list[Token], verb: int) -> Mention | None:
    """The subject of the clause that the speech verb ``toks[verb]`` ends, when that
    clause opens after a comma with a relative pronoun or a conjunction."""
    comma = next((k for k in range(verb - 1, -1, -1) if toks[k][2] in _STOPS), None)
    if comma is None or toks[comma][2] != "," or comma + 2 > verb:
        return None
    rest = [t[2] for t in toks[verb + 1 :]]
    if _passive(rest) or "," in rest[:-1] and not _reported_clause(rest[rest.index(",") + 1 :]):
        return None  # …, der aufgerufen hatte, als „…“: the clause closed before the quotation
    return _relative(text, toks, comma, verb) or _after_conjunction(text, toks, comma, verb)


def cue_in_relative(text: str, before: list[Token], after: list[Token]) -> Found | None:
    """Der Minister, der den Plan als „…“ bezeichnete, …: a quotation inside a relative
    clause whose speech verb closes it right after the quotation."""
    if not after or not is_speech_verb(after[0][2]):
        return None
    k = 1
    while k < len(after) and after[k][2][:1].islower() and after[k][2].isalpha() and k < 3:
        k += 1  # bezeichnet hatte, bezeichnet worden war
    if k < len(after) and after[k][2] not in ",.;:" or _passive([t[2] for t in after[:k]]):
        return None  # die als „…“ beschrieben wurden: the words describe the subject
    comma = next((j for j in range(len(before) - 1, -1, -1) if before[j][2] in _STOPS), None)
    if comma is None or before[comma][2] != ",":
        return None
    m = _relative(text, before, comma, len(before))
    return ("subject", Span(*after[0]), m) if m is not None else None


def _reported_clause(words: list[str]) -> bool:
    """indem er sagte, eine Zusammenarbeit würde eine „…“: a clause of its own (subject and
    verb) after the speech verb is what was said; als „…“ continues the main clause."""
    words = [w for w in words if w.isalpha()]
    return len(words) >= 3 and "," not in words and words[0] not in ("als", "wie", "und", "oder")


def _passive(words: list[str]) -> bool:
    return any(w in PASSIVE_AUXILIARIES for w in words)


def relative_subject(text: str, toks: list[Token], comma: int, verb: int) -> Mention | None:
    """X, der … betonte: the subject of a relative clause opening after ``comma`` — the
    relative pronoun with X as antecedent, or the subject after an object pronoun."""
    return _relative(text, toks, comma, verb)


def _relative(text: str, toks: list[Token], comma: int, verb: int) -> Mention | None:
    """X, der …: the relative pronoun after the comma, with X (ending at the comma) as antecedent."""
    if comma + 1 >= len(toks) or comma < 1:
        return None
    if toks[comma + 1][2] in _OBJECT_RELATIVES and not is_speech_verb(toks[comma - 1][2]):
        # das Ziel, das er zum Maßstab erklärt hatte / die Marke verfehlt, die X zum Ziel erklärt
        # hatte: the pronoun is the object, a subject follows (sagte, die X …: a reported clause)
        m = subject_at(text, toks[:verb], comma + 2)
        if m is not None and m.end <= toks[verb][0] and (
                m.kind == "pronoun" or m.role is not None or len((m.name or "").split()) >= 2):
            return m  # not a lone noun: …, die Aktion erinnere „…“ is an article and its noun
    if toks[comma + 1][2] not in _RELATIVES:
        return None
    article_noun = any(toks[j][2] in ("der", "die", "das") and toks[j + 1][2][:1].isupper()
                       for j in range(comma + 2, verb))
    if toks[comma + 1][2] != "der" and article_noun:
        return None  # eine Botschaft, welche die Techniker als „…“ bezeichneten: the pronoun is the object
    nxt = toks[comma + 2][2] if comma + 2 < len(toks) else ""
    if nxt[:1].isupper() or not nxt:
        return None  # …, der Plan / die Bundesregierung: an article
    if nxt not in DETERMINERS and _INFLECTED.fullmatch(nxt) and comma + 3 < len(toks) \
            and toks[comma + 3][2][:1].isupper():
        return None  # …, der neue Plan: an adjective before its noun
    antecedent = _ending_at(text, toks, comma)
    if antecedent is None:
        return None
    s, e, w = toks[comma + 1]
    gender = _RELATIVES[w] or (antecedent.gender if w == "die" else None)
    return Mention(s, e, w, "pronoun", None, None, gender, antecedent=antecedent)


def _ending_at(text: str, toks: list[Token], comma: int) -> Mention | None:
    """The speaker phrase that ends right before the comma (the longest one)."""
    for j in range(max(0, comma - 8), comma):
        m = subject_at(text, toks[:comma], j, strict=False)
        if m is not None and m.end == toks[comma - 1][1] and m.kind != "pronoun" and plausible(m, text):
            return m
    return None


def _after_conjunction(text: str, toks: list[Token], comma: int, verb: int) -> Mention | None:
    """…, indem er …: the pronoun or name right after the conjunction."""
    if toks[comma + 1][2] not in _CONJUNCTIONS:
        return None
    m = read_mention(text, toks[:verb], comma + 2)
    if m is None or not (m.kind == "pronoun" or plausible(dataclasses.replace(m, determiner=None), text)):
        return None
    if m.kind == "pronoun":
        # Der Verband schlug Alarm, indem er …: the pronoun takes up the main clause's subject
        main = subject_at(text, toks[:comma], 0, strict=False)
        if main is not None and main.kind != "pronoun" and plausible(main, text) \
                and main.gender in (None, m.gender):
            return dataclasses.replace(m, antecedent=main)
    return m
