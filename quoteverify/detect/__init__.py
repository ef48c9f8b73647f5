"""Find quotations in an article: pair the marks, keep what is speech."""

from __future__ import annotations

import re

from quoteverify.detect.classify import Verdict, classify
from quoteverify.detect.context import has_speech_verb, sentence_bounds
from quoteverify.detect.marks import Pair, pair_marks, paragraphs
from quoteverify.records import Article, Quote

__all__ = ["detect_quotes", "pair_marks", "classify", "Verdict"]

# Between the two halves of a split quote: „Wir“, sagte sie, „werden …“ (a reference [1] may
# follow the first half)
_SPLIT_GAP_RE = re.compile(r"^(?:\[\d{1,3}\])?\s*[,–—-]\s*[^„“”\"»«.!?]{1,80}?[,:–—-]\s*$")
_SECOND_CLAUSE_RE = re.compile(r",\s*(?:während|wobei|als|nachdem|und|aber|doch)\s")


def detect_quotes(article: Article) -> list[Quote]:
    """Every quotation in marks, in reading order, with statement ids.

    ``speaker``, ``mention`` and ``cue`` stay empty: attribution fills them.
    """
    text = article.text
    if not text:
        return []
    paras = paragraphs(text)
    judged: list[tuple[Pair, Verdict]] = []
    verdict_of: dict[int, Verdict] = {}
    for pair in pair_marks(text):
        if pair.end <= pair.start:
            continue
        if pair.continues is not None and id(pair.continues) in verdict_of:
            verdict = verdict_of[id(pair.continues)]
        else:
            verdict = _judge(text, pair, paras[pair.paragraph].start, paras[pair.paragraph].end)
        verdict_of[id(pair)] = verdict
        judged.append((pair, verdict))
    judged = _lists_of_names(text, judged)
    judged = _split_halves(text, judged)
    kept: list[tuple[Pair, Verdict]] = []
    for k, (pair, verdict) in enumerate(judged):
        if k and not verdict.is_quote and verdict.reason != "list of names":
            prev, prev_verdict = judged[k - 1]
            if prev_verdict.is_quote and _coordinated(text, prev, pair):
                # aus „repressiven“ und „präventiven“ Maßnahmen: coordinated quotes share the verdict
                verdict = Verdict(True, prev_verdict.kind, "coordinated")
                judged[k] = (pair, verdict)
        if verdict.is_quote:
            kept.append((pair, verdict))
    return _number_statements(article.id, text, kept)


def _split_halves(text: str, judged: list[tuple[Pair, Verdict]]) -> list[tuple[Pair, Verdict]]:
    """„Das Projekt“, so die Kämmerin, „ist zu teuer.“: a cue set into one sentence.

    Two stretches joined by an inserted cue, the first not ending its sentence,
    are one utterance when the second carries on in lower case or either
    stretch is a quote on its own evidence: both halves are then quoted, even
    where one alone would read as a name.
    """
    out = list(judged)
    for k in range(1, len(out)):
        (first, v1), (second, v2) = out[k - 1], out[k]
        if (v1.is_quote and v2.is_quote) or not _is_split(text, first, second):
            continue
        carries_on = text[second.start : second.end].lstrip()[:1].islower()
        if carries_on or v1.is_quote or v2.is_quote:
            out[k - 1] = (first, v1 if v1.is_quote else Verdict(True, v1.kind, "split quote"))
            out[k] = (second, v2 if v2.is_quote else Verdict(True, v2.kind, "split quote"))
    return out


_LIST_GAP_RE = re.compile(r"^\s*(?:,|,?\s*(?:und|oder|sowie|bzw\.))\s*$")


def _lists_of_names(text: str, judged: list[tuple[Pair, Verdict]]) -> list[tuple[Pair, Verdict]]:
    """„A“, „B“, „C“ und „D“: a list of three or more quoted items is one kind of thing.

    Talks, songs or categories listed in a row are titles; when at least three
    items of such a list read as names on their own and they outnumber the
    rest, the items that passed only as phrases are titles too. Items with a
    cue, a colon, first-person words or a slogan cue keep their verdict.
    """
    out = list(judged)
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and _list_gap(text, out[j - 1][0], out[j][0]):
            j += 1
        run = out[i:j]
        named = sum(not v.is_quote for _, v in run)
        if named >= 3 and 2 * named > len(run):
            out[i:j] = [
                (p, v if v.reason in _SPEECH_REASONS else Verdict(False, v.kind, "list of names"))
                for p, v in run
            ]
        i = j
    return out


# Evidence that ties quoted words to a speaker more firmly than a list of names ties them to a kind
_SPEECH_REASONS = frozenset(
    {"slogan", "colon", "cue after", "sentence", "first person", "speech complement", "word used"}
)


def _list_gap(text: str, first: Pair, second: Pair) -> bool:
    if first.close is None or first.paragraph != second.paragraph:
        return False
    return bool(_LIST_GAP_RE.match(text[first.close.end : second.open.pos]))


_COORDINATION_RE = re.compile(
    r"^\s*(?:und|oder|sowie|bzw\.|,?\s*(?:sondern|aber)(?:\s+auch)?|als\s+auch|wie\s+auch|noch)\s*$"
)


def _coordinated(text: str, first: Pair, second: Pair) -> bool:
    """„A“ und „B“, nicht nur „A“, sondern auch „B“: two quotes joined only by a conjunction."""
    if first.close is None or first.paragraph != second.paragraph:
        return False
    return bool(_COORDINATION_RE.match(text[first.close.end : second.open.pos]))


def _judge(text: str, pair: Pair, lo: int, hi: int) -> Verdict:
    close_end = pair.close.end if pair.close else pair.end
    # the sentence is sought within a window: a paragraph of hundreds of quoted items and no
    # full stop (a scraped table) would otherwise make every judgement read all of it
    s0, s1 = sentence_bounds(
        text, pair.open.pos, close_end, max(lo, pair.open.pos - _WINDOW), min(hi, close_end + _WINDOW)
    )
    left = text[s0 : pair.open.pos]
    right = text[close_end:s1]
    opens_paragraph = not text[lo : pair.open.pos].strip()
    verdict = classify(text[pair.start : pair.end], left, right, opens_paragraph=opens_paragraph)
    if pair.open.text == "''" and verdict.is_quote and verdict.reason not in _STRONG_REASONS:
        # wiki italics ''…'' set off terms, titles and foreign words: a fragment in them is no quote
        return Verdict(False, verdict.kind, "italics")
    return verdict


_WINDOW = 600  # characters on each side; German news sentences are far shorter

# Evidence that makes words in italics a quotation: a sentence of its own, a cue, a colon
_STRONG_REASONS = frozenset({"slogan", "colon", "cue after", "sentence"})


def _number_statements(article_id: str, text: str, kept: list[tuple[Pair, Verdict]]) -> list[Quote]:
    quotes: list[Quote] = []
    statement_of: dict[int, int] = {}
    statement = 0
    prev: Pair | None = None
    for pair, verdict in kept:
        if pair.continues is not None and id(pair.continues) in statement_of:
            number = statement_of[id(pair.continues)]
        elif prev is not None and _is_split(text, prev, pair):
            number = statement_of[id(prev)]
        else:
            statement += 1
            number = statement
        statement_of[id(pair)] = number
        # the stretches of one statement share the kind of its first stretch
        kind = quotes[-1].kind if quotes and quotes[-1].statement == number else verdict.kind
        start, end = _trim(text, pair.start, pair.end)
        quotes.append(
            Quote(
                article_id=article_id,
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                statement=number,
                rule=None,
                open_mark=pair.open.text,
                close_mark=pair.close.text if pair.close else None,
                extra={"reason": verdict.reason},
            )
        )
        prev = pair
    return quotes


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The words without the spaces French-style marks leave inside: « Wir bleiben »."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_split(text: str, first: Pair, second: Pair) -> bool:
    """„Wir“, sagte sie, „werden das prüfen.“ — one statement in two stretches."""
    if first.close is None or first.paragraph != second.paragraph:
        return False
    ended = text[first.start : first.end].rstrip()[-1:]
    # „Warum?“, fragte sie, „warum jetzt?“: after ? or ! the lower case carries the sentence on
    carries_on = ended in "?!" and text[second.start : second.end].lstrip()[:1].islower()
    if ended in ".!?…" and not carries_on:
        return False
    gap = text[first.close.end : second.open.pos]
    if not _SPLIT_GAP_RE.match(gap):
        return False
    joined = _SECOND_CLAUSE_RE.search(gap)
    if joined is not None and has_speech_verb(gap[: joined.start()]) and has_speech_verb(gap[joined.end() :]):
        return False  # „…“, sagte X, während Y einräumte: „…“ — two speakers, two statements
    return has_speech_verb(gap) or bool(re.search(r"\bso\b", gap))
