"""Token-level pieces of indirect speech: sentences, Konjunktiv forms, cues and frames.

Everything here reads plain regex tokens (``mentions.tokens``: ``(start, end,
word)``) with the lexicons; no tagger.  :mod:`quoteverify.attribute.indirect`
puts the pieces together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from quoteverify import lexicon
from quoteverify.nlp.konjunktiv import konjunktiv

Tok = tuple[int, int, str]

# --- sentences ----------------------------------------------------------------------------

_END_RE = re.compile(r"[.!?…]+[\"“”»«'’‘]*(?=\s|$)")
_SPACE_RE = re.compile(r"\s*")
_LAST_WORD_RE = re.compile(r"(\S+)$")
_ABBREVIATIONS = frozenset(
    "dr prof nr st bzw ca vgl mio mrd abs str inkl ggf sog evtl jr sen hl gen lt co corp inc "
    "ltd etc usw jh chr dipl ing med phil rer nat bzgl hrsg mag phys dt engl frz ital span "
    "ev e.v u.a z.b d.h o.ä".split()
)
_MONTHS = frozenset(
    "januar februar märz april mai juni juli august september oktober november dezember "
    "jänner jan feb mär apr jun jul aug sep sept okt nov dez".split()
)
_OPENERS = "„»«\"“‚(‹›'"


def sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of ``text[lo:hi]`` (a paragraph), final punctuation included."""
    out: list[tuple[int, int]] = []
    start = _SPACE_RE.match(text, lo, hi).end()
    for m in _END_RE.finditer(text, lo, hi):
        nxt = _SPACE_RE.match(text, m.end(), hi).end()
        if nxt >= hi or m.start() <= start:
            continue
        c = text[nxt]
        if not (c.isupper() or c.isdigit() or c in _OPENERS):
            continue
        if m.group()[0] == "." and len(m.group().rstrip("\"“”»«'’‘")) == 1 and not _real_end(text, start, m, nxt, hi):
            continue
        out.append((start, m.end()))
        start = nxt
    if text[start:hi].strip():
        out.append((start, len(text[:hi].rstrip())))
    return out


def _real_end(text: str, start: int, m: re.Match[str], nxt: int, hi: int) -> bool:
    """A single full stop: not after an abbreviation, an initial or a day number before a month."""
    before = _LAST_WORD_RE.search(text, start, m.start())
    if before is None:
        return True
    word = before.group(1).lstrip(_OPENERS)
    if len(word) == 1 and word.isalpha():
        return False
    if word.lower() in _ABBREVIATIONS:
        return False
    if word.isdigit():
        following = re.match(r"[A-Za-zÄÖÜäöüß]+", text[nxt:hi])
        if len(word) <= 2 and (following is None or following.group().lower() in _MONTHS):
            return False
        if len(word) <= 2 and following is not None and text[nxt].isupper():
            # "der 2. Weltkrieg", "die 3. Liga": an ordinal before a noun
            return False
    return True


# --- words ----------------------------------------------------------------------------------

SUBORDINATORS = frozenset(
    "als nachdem weil wenn obwohl obgleich obschon während bevor ehe da seit seitdem sobald "
    "solange falls sofern damit indem dass daß ob wie wo was warum weshalb wieso wer wann "
    "wobei wodurch womit woraufhin wohingegen sodass zumal je".split()
)
RELATIVES = frozenset("der die das dem den dessen deren denen welche welcher welches welchem welchen".split())
COMPLEMENTISERS = frozenset({"dass", "daß", "ob", "wonach"})
W_WORDS = frozenset("wie warum weshalb wieso wer wen wem was wann wo woher wohin welche welcher welches".split())
DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen dessen deren sein seine seiner "
    "seines seinem seinen ihr ihre ihrer ihres ihrem ihren diese dieser dieses diesem diesen "
    "alle beide mehrere einige viele".split()
)
PREPOSITIONS = frozenset(
    "von vom aus in im am an auf bei beim für mit nach über unter zu zum zur gegen um vor "
    "hinter neben zwischen seit bis durch ohne wegen während gegenüber innerhalb außerhalb "
    "des de van da di del la le y und sowie oder &".split()
)
# Finite forms that open the rest of a clause after a fronted phrase (Laut Polizei *wurde* …).
COMMON_FINITE = frozenset(
    "ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte "
    "konnten muss müssen musste mussten soll sollen sollte sollten will wollen wollte wollten "
    "darf dürfen durfte durften gibt gab gaben gehen geht ging gingen kam kamen kommt kommen "
    "liegt liegen lag lagen steht stehen stand standen bleibt bleiben blieb blieben starb "
    "starben sei seien habe hätte hätten werde würde würden könne könnte könnten müsse "
    "müsste müssten wäre wären gebe gäbe solle wolle dürfe dürfte".split()
)
# Konjunktiv idioms in the reporter's own voice.
_IDIOMS = (("sei", "es"), ("es", "sei", "denn"), ("auch", "sei"), ("sei", "dank"))

_SOLL = frozenset("soll sollen".split())
_PERFECT_INF = frozenset("haben sein".split())


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    return frozenset(lexicon.speech_verb_forms())


def lower_words(toks: Sequence[Tok]) -> list[str]:
    return [t[2].lower() for t in toks]


# Frequent regular Konjunktiv forms, readable without a tagger (form -> lemma).
_REGULAR_KONJ = {
    **dict.fromkeys("gebe gäbe gäben".split(), "geben"),
    **dict.fromkeys("komme käme kämen".split(), "kommen"),
    **dict.fromkeys("liege läge lägen".split(), "liegen"),
    **dict.fromkeys("stehe stünde stünden".split(), "stehen"),
    **dict.fromkeys("bestehe bestünde".split(), "bestehen"),
    **dict.fromkeys("entstehe entstünde".split(), "entstehen"),
    **dict.fromkeys("gehe ginge".split(), "gehen"),
    **dict.fromkeys("bleibe bliebe".split(), "bleiben"),
    **dict.fromkeys("lasse ließe".split(), "lassen"),
    **dict.fromkeys("gelte".split(), "gelten"),
    **dict.fromkeys("handle handele".split(), "handeln"),
    **dict.fromkeys("fehle".split(), "fehlen"),
    **dict.fromkeys("brauche".split(), "brauchen"),
    **dict.fromkeys("sehe".split(), "sehen"),
    **dict.fromkeys("trage".split(), "tragen"),
    **dict.fromkeys("erwarte".split(), "erwarten"),
    **dict.fromkeys("plane".split(), "planen"),
    **dict.fromkeys("führe".split(), "führen"),
    **dict.fromkeys("zeige".split(), "zeigen"),
    **dict.fromkeys("beginne".split(), "beginnen"),
    **dict.fromkeys("verfüge".split(), "verfügen"),
    **dict.fromkeys("wolle".split(), "wollen"),
}


def konj_at(toks: Sequence[Tok], k: int) -> str | None:
    """``"I"``/``"II"`` when token ``k`` is a Konjunktiv form readable without a tagger.

    The irregular closed class (sei, habe, hätten, werde, könne, wäre, …) and a
    few frequent regular forms (gebe, komme, liege); *habe/werde/gebe* after
    *ich* are indicative, and idioms (sei es, es sei denn) do not count.
    """
    word = toks[k][2]
    if not word.islower():
        return None
    lemma = _REGULAR_KONJ.get(word)
    if lemma is None and not _closed_class(word):
        return None
    prev = [t[2] for t in toks[max(0, k - 12) : k]]
    nxt = [t[2] for t in toks[k + 1 : k + 3]]
    found = konjunktiv(word, lemma or "\0", "VAFIN", prev, nxt)
    if found is None:
        return None
    low = [w.lower() for w in prev[-2:]] + [word] + [w.lower() for w in nxt]
    if any(_contains(low, idiom) for idiom in _IDIOMS):
        return None
    return found


@lru_cache(maxsize=512)
def _closed_class(word: str) -> bool:
    # the irregular forms only: regular "-e" forms (komme, liege) need a lemma
    return konjunktiv(word, "\0", "VAFIN") is not None


def _contains(seq: Sequence[str], sub: tuple[str, ...]) -> bool:
    n = len(sub)
    return any(tuple(seq[i : i + n]) == sub for i in range(len(seq) - n + 1))


def hearsay_soll(words: Sequence[str]) -> int | None:
    """Index of hearsay *soll/sollen*: Er soll … getötet haben / gewesen sein."""
    for k, w in enumerate(words):
        if w in _SOLL:
            tail = [x for x in words[k + 1 :] if x.isalpha()]
            if len(tail) >= 2 and tail[-1] in _PERFECT_INF and _participle(tail[-2]):
                return k
    return None


def _participle(word: str) -> bool:
    return (word.startswith("ge") or "ge" in word[:8] or word == "worden") and word.endswith(("t", "en"))


def infinitive_clause(words: Sequence[str]) -> bool:
    """… zu betreten / um … zu / anzuzeigen at the end: a zu-infinitive, not a clause."""
    ws = [w for w in words if w[:1].isalpha()]
    if not ws:
        return True
    if ws[0] in ("um", "ohne", "statt", "anstatt"):
        return True
    if len(ws) >= 2 and ws[-2] == "zu":
        return True
    last = ws[-1]
    return bool(re.fullmatch(r"(?:an|auf|aus|ein|mit|vor|zurück|fest|ab|hin|her|nach|zu)zu\w+en", last))
