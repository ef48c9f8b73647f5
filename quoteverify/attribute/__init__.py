"""Attribute quotes to speakers: find the cue, read the speaker phrase, resolve it.

Rules, in the order they are tried for each statement (recorded as ``rule``):

- ``cue-after``:   „…“, sagte der Minister.  /  „…“, teilte die Polizei mit.
- ``so``:          „…“, so Müller.
- ``cue-before``:  Müller sagte: „…“  /  Dazu sagte die Ministerin: „…“
- ``source``:      laut Müller „…“  /  Müller zufolge …
- ``colon``:       Kapitän Jonas Berg: „…“
- ``subject``:     Der Minister nannte die Lage „ernst“ (partial quotes: the subject)
- ``continuation``: a quote with no cue of its own right after one by X
"""

from __future__ import annotations

import bisect
import dataclasses

from quoteverify.attribute.cues import Found, cue_after, cue_before
from quoteverify.attribute.mentions import tokens
from quoteverify.attribute.speakers import Registry
from quoteverify.detect.context import sentence_bounds
from quoteverify.detect.marks import paragraphs
from quoteverify.records import Article, Quote, Span

__all__ = ["attribute_quotes"]

_CONFIDENCE = {
    "cue-after": 0.9, "so": 0.9, "cue-before": 0.85, "source": 0.85, "colon": 0.8,
    "subject": 0.8, "continuation": 0.6, "context": 0.55,
}
_MENTION_FACTOR = {"name": 1.0, "institution": 0.95, "role": 0.85, "pronoun": 0.8}


def attribute_quotes(article: Article, quotes: list[Quote]) -> list[Quote]:
    """Fill speaker, mention, cue, confidence and rule of every quote."""
    if not quotes:
        return quotes
    text = article.text
    paras = paragraphs(text)
    para_of = _paragraph_index(paras)
    registry = Registry(text)
    result: list[Quote] = []
    by_statement: dict[int, Quote] = {}
    last: Quote | None = None
    last_person = None
    last_mention: Span | None = None
    pending_people: list = []
    for q in quotes:
        para = paras[para_of(q.start)]
        sentence_start, _ = sentence_bounds(text, q.start, q.end, para.start, para.end)
        introduced = registry.advance(q.start, sentence_start)
        if q.statement in by_statement:
            first = by_statement[q.statement]
            result.append(dataclasses.replace(
                q, speaker=first.speaker, mention=first.mention, cue=first.cue,
                confidence=first.confidence, rule=first.rule))
            continue
        found = _find_attribution(text, q, quotes, para)
        person = None
        if found is not None:
            rule, cue, mention = found
            person = registry.resolve(mention) if mention else None
            confidence = _CONFIDENCE[rule] * (_MENTION_FACTOR[mention.kind] if mention else 0.5)
            mention_span = Span(mention.start, mention.end, mention.text) if mention else None
        elif introduced is not None and (last is None or introduced.start > last.end):
            # a person introduced as a sentence subject since the last quote
            rule, cue, confidence = "context", None, _CONFIDENCE["context"]
            person = registry.person_named(introduced.name)
            role_start = introduced.start
            mention_span = Span(role_start, introduced.end, text[role_start : introduced.end])
        elif last is not None and last_person is not None and para_of(q.start) - para_of(last.end) <= 1:
            # no cue of its own: the evidence is where the previous quote names X
            rule, cue, confidence = "continuation", None, _CONFIDENCE["continuation"]
            mention_span = last_mention
            person = last_person
        else:
            rule, cue, mention_span, confidence = None, None, None, 0.0
        if person is not None:
            registry.spoke(person)
        new = dataclasses.replace(
            q, speaker=None, mention=mention_span, cue=cue, confidence=confidence, rule=rule)
        result.append(new)
        by_statement[q.statement] = new
        pending_people.append((len(result) - 1, person))
        if person is not None:
            last, last_person = q, person
            last_mention = mention_span or last_mention
    # canonical names are final only once the whole article is read
    out = []
    people = dict(pending_people)
    statement_person = {}
    for i, q in enumerate(result):
        person = people.get(i, statement_person.get(q.statement))
        if person is not None:
            statement_person[q.statement] = person
        out.append(dataclasses.replace(q, speaker=person.canonical if person else None))
    return out


def _paragraph_index(paras):
    starts = [p.start for p in paras]

    def index(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    return index


def _find_attribution(text: str, q: Quote, quotes: list[Quote], para) -> Found | None:
    open_pos = q.start - len(q.open_mark or "")
    close_end = q.end + len(q.close_mark or "")
    # the whole statement: its last part's end
    last_part = max((x for x in quotes if x.statement == q.statement), key=lambda x: x.end)
    stmt_end = last_part.end + len(last_part.close_mark or "")
    s0, s1 = sentence_bounds(text, open_pos, stmt_end, para.start, para.end)
    # other quotes in the sentence are not the reporter's words: stop at them
    for other in quotes:
        if other.statement == q.statement:
            continue
        o_open = other.start - len(other.open_mark or "")
        o_close = other.end + len(other.close_mark or "")
        if s0 <= o_close <= open_pos:
            s0 = o_close
        if stmt_end <= o_open < s1:
            s1 = o_open
    found = cue_after(text, tokens(text, close_end, s1))
    if found:
        return found
    return cue_before(text, tokens(text, s0, open_pos))
