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

from quoteverify import lexicon
from quoteverify.attribute.mentions import Mention, read_mention, tokens
from quoteverify.attribute.speakers import Registry
from quoteverify.detect.context import sentence_bounds
from quoteverify.detect.marks import paragraphs
from quoteverify.records import Article, Quote, Span

__all__ = ["attribute_quotes"]

_CONFIDENCE = {
    "cue-after": 0.9, "so": 0.9, "cue-before": 0.85, "source": 0.85, "colon": 0.8,
    "subject": 0.8, "continuation": 0.6,
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
    pending_people: list = []
    for q in quotes:
        registry.advance(q.start)
        if q.statement in by_statement:
            first = by_statement[q.statement]
            result.append(dataclasses.replace(
                q, speaker=first.speaker, mention=first.mention, cue=first.cue,
                confidence=first.confidence, rule=first.rule))
            continue
        found = _find_attribution(text, q, quotes, paras[para_of(q.start)])
        person = None
        if found is not None:
            rule, cue, mention = found
            person = registry.resolve(mention) if mention else None
            confidence = _CONFIDENCE[rule] * (_MENTION_FACTOR[mention.kind] if mention else 0.5)
            mention_span = Span(mention.start, mention.end, mention.text) if mention else None
        elif last is not None and last_person is not None and para_of(q.start) - para_of(last.end) <= 1:
            rule, cue, mention_span, confidence = "continuation", None, None, _CONFIDENCE["continuation"]
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


Found = tuple[str, Span | None, Mention | None]


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
    right = tokens(text, close_end, s1)
    found = _cue_after(text, right)
    if found:
        return found
    left = tokens(text, s0, open_pos)
    return _cue_before(text, left)


def _is_speech(word: str) -> bool:
    return word.lower() in lexicon.speech_verb_forms()


def _cue_after(text, toks):
    """„…“, sagte X / „…“, so X / „…“, teilte X mit."""
    i = 0
    while i < len(toks) and toks[i][2] in (",", "(", "–", "—", "-"):
        i += 1
    if i >= len(toks):
        return None
    s, e, w = toks[i]
    if w.lower() == "so":
        m = read_mention(text, toks, i + 1)
        return ("so", Span(s, e, w), m) if m else None
    if _is_speech(w):
        m = read_mention(text, toks, i + 1)
        if m is None:
            # sagte am Mittwoch der Minister: skip a short adverbial
            for j in range(i + 2, min(i + 5, len(toks))):
                m = read_mention(text, toks, j)
                if m is not None and m.kind != "role" or m and m.role:
                    break
                m = None
        return ("cue-after", Span(s, e, w), m)
    return None


def _cue_before(text, toks):
    """Sentence-initial subject + speech verb, inverted order, laut X, colon."""
    if not toks:
        return None
    words = [t[2] for t in toks]
    # laut X „…“ / X zufolge
    for i, w in enumerate(words):
        if w.lower() == "laut":
            m = read_mention(text, toks, i + 1)
            if m:
                return ("source", Span(*toks[i]), m)
        if w.lower() == "zufolge" and i > 0:
            for j in range(max(0, i - 5), i):
                m = read_mention(text, toks, j)
                if m and m.end <= toks[i][0]:
                    return ("source", Span(*toks[i]), m)
    verb_i = next((i for i, w in enumerate(words) if _is_speech(w) and not w[:1].isupper()), None)
    if verb_i is None:
        verb_i = next((i for i, w in enumerate(words) if _is_speech(w)), None)
    if verb_i is not None:
        cue = Span(*toks[verb_i])
        rule = "subject" if words[-1] != ":" else "cue-before"
        subject = read_mention(text, toks, 0) if verb_i > 0 else None
        if subject is not None and subject.end <= toks[verb_i][0]:
            return (rule, cue, subject)
        # inverted: Dazu sagte der Minister: / Am Abend erklärte sie:
        m = read_mention(text, toks, verb_i + 1)
        if m is not None:
            return (rule, cue, m)
        return (rule, cue, subject)
    if words[-1] == ":":
        m = read_mention(text, toks, 0)
        if m is not None:
            return ("colon", None, m)
    return None
