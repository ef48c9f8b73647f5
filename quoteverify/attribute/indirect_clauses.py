"""Token-level pieces of indirect speech: Konjunktiv forms, cues and frames.

Everything here reads plain regex tokens (``mentions.tokens``: ``(start, end,
word)``) with the lexicons; no tagger.  :mod:`quoteverify.attribute.indirect`
puts the pieces together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quoteverify import lexicon
from quoteverify.nlp.konjunktiv import konjunktiv

Tok = tuple[int, int, str]

# --- words ----------------------------------------------------------------------------------

INFLECTED = re.compile(r"(?:e|en|er|es|em)$")  # an inflected adjective's ending
SUBORDINATORS = frozenset(
    "als nachdem weil wenn obwohl obgleich obschon während bevor ehe da seit seitdem sobald "
    "solange falls sofern damit indem dass daß ob wie wo was warum weshalb wieso wer wann "
    "wobei wodurch womit woraufhin wohingegen sodass zumal je bis um ohne statt anstatt".split()
)
# Words that open a coordinated main clause, not a complement: sagte X, *und* es klingt …
COORDINATORS = frozenset("und aber oder sondern doch denn sowie wobei sodass zumal jedoch allerdings".split())
RELATIVES = frozenset("der die das dem den dessen deren denen welche welcher welches welchem welchen".split())
COMPLEMENTISERS = frozenset({"dass", "daß", "ob", "wonach"})
W_WORDS = frozenset(
    "wie warum weshalb wieso wer wen wem was wann wo woher wohin welche welcher welches".split()
)
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
    if any(_contains(low, idiom) for idiom in _IDIOMS[1:]):
        return None
    opens = not prev or prev[-1] in SEPARATORS
    if word == "sei" and nxt[:1] == ["es"] and opens and _alternative(toks, k + 2):
        return None  # …, sei es X oder Y (not: …, sei es zu Problemen gekommen)
    return found


def _alternative(toks: Sequence[Tok], k: int) -> bool:
    """Does an alternative follow (oder, a second sei es), as in the idiom sei es X oder Y?"""
    rest = [t[2] for t in toks[k:]]
    return "oder" in rest or _contains(rest, ("sei", "es"))


@lru_cache(maxsize=512)
def _closed_class(word: str) -> bool:
    # the irregular forms only: regular "-e" forms (komme, liege) need a lemma
    return konjunktiv(word, "\0", "VAFIN") is not None


def _contains(seq: Sequence[str], sub: tuple[str, ...]) -> bool:
    n = len(sub)
    return any(tuple(seq[i : i + n]) == sub for i in range(len(seq) - n + 1))


def demanded(s: Sent, lo: int, hi: int) -> bool:
    """sollte(n) in tokens ``lo..hi`` after the first: the Konjunktiv II of a demand (die Menschen
    sollten …), not a clause opening with it (Sollte es regnen: a condition)."""
    return any(s.words[j] in ("sollte", "sollten") and not s.quoted[j] for j in range(lo + 1, hi))


def hearsay_soll(words: Sequence[str]) -> int | None:
    """Index of hearsay *soll/sollen*: Er soll … getötet haben / gewesen sein."""
    for k, w in enumerate(words):
        if w in _SOLL:
            stop = next((j for j in range(k + 1, len(words)) if words[j] in (",", ";", "–", ":")), len(words))
            for end in (stop, len(words)):  # the clause of *soll* (…, indem …), or the sentence (…, so X, …)
                tail = [x for x in words[k + 1 : end] if x.isalpha()]
                if len(tail) >= 2 and tail[-1] in _PERFECT_INF and _participle(tail[-2]):
                    return k
    return None


def _participle(word: str) -> bool:
    return (word.startswith("ge") or "ge" in word[:8] or word == "worden") and word.endswith(("t", "en"))


def finite_before_zu(s: Sent, k: int, stop: int) -> bool:
    """A finite verb in tokens ``k..stop`` (gegen ihn *sei* ein Vorwurf zu prüfen / *ist* als Erfolg
    zu werten): a clause with a modal zu-infinitive, not a zu-infinitive clause (not: … genommen
    zu *haben*, chinesische *Waren* zu boykottieren)."""
    return any(
        s.words[j] in COMMON_FINITE and s.toks[j][2].islower() and s.words[j - 1] != "zu" and not s.quoted[j]
        for j in range(k, stop)
    )


def infinitive_clause(words: Sequence[str]) -> bool:
    """… zu betreten / um … zu / anzuzeigen at the end: a zu-infinitive, not a clause."""
    ws = [w for w in words if w[:1].isalpha()]
    if not ws:
        return True
    if ws[0] in ("um", "ohne", "statt", "anstatt"):
        return True
    if len(ws) >= 2 and ws[-2] == "zu" and ws[-1].endswith("n"):
        return True  # … zu betreten (not: die Gebühren seien zu hoch)
    return bool(_JOINED_ZU_INFINITIVE.fullmatch(ws[-1]))


# anzuzeigen, voranzutreiben, niederzulegen: a separable particle + zu + the verb
_JOINED_ZU_INFINITIVE = re.compile(
    r"(?:an|auf|aus|ein|mit|vor|voran|vorbei|zurück|fest|ab|hin|her|heran|herbei|nach|zu|um|durch|über|bei|dar|"
    r"los|weg|fort|weiter|wieder|zusammen|heraus|herein|hinaus|hinein|herum|nieder|entgegen|frei|"
    r"offen|klar|statt|teil|bekannt|sicher|hoch|kennen|fertig|bereit|dabei|hervor|zurecht|auseinander|fern|"
    r"still|not|wiederher)zu\w{2,}(?:en|rn|ln)"
)


# --- a sentence as the frame rules see it -----------------------------------------------------

SEPARATORS = frozenset(",;:–—-")
_CLOSE_PUNCT = ".!?…"


def _inside_number(toks: Sequence[Tok], k: int) -> bool:
    """11:09 Uhr, 2:1: a colon between digits is no clause boundary."""
    return (
        0 < k < len(toks) - 1
        and toks[k][2] in ":-"
        and toks[k - 1][2][-1:].isdigit()
        and toks[k + 1][2][:1].isdigit()
        and toks[k - 1][1] == toks[k][0]
    )


class Sent:
    """One sentence: its tokens, which of them lie in quotation marks, its separators."""

    __slots__ = ("text", "start", "end", "toks", "words", "quoted", "seps", "n", "moods")

    def __init__(self, text: str, start: int, end: int, toks: list[Tok], quoted: list[bool]) -> None:
        self.text, self.start, self.end = text, start, end
        n = len(toks)
        while n and toks[n - 1][2] in _CLOSE_PUNCT and not quoted[n - 1]:
            n -= 1  # the body ends before the final full stop
        self.toks, self.quoted, self.n = toks, quoted, n
        self.words = lower_words(toks)
        self.seps = [
            k for k in range(n)
            if toks[k][2] in SEPARATORS and not quoted[k] and not _inside_number(toks, k)
        ]
        self.moods: dict[int, str] = {}  # Konjunktiv a tagger found (token index -> I/II)

    def seg_start(self, k: int) -> int:
        """First token of the comma segment holding token ``k``."""
        before = [s for s in self.seps if s < k]
        return before[-1] + 1 if before else 0

    def next_sep(self, k: int) -> int:
        """The next separator after token ``k``, or the body end."""
        return next((s for s in self.seps if s > k), self.n)

    def index_at(self, offset: int) -> int:
        """The first token starting at or after character ``offset`` (``n`` if none)."""
        return next((k for k, t in enumerate(self.toks) if t[0] >= offset), self.n)

    def char(self, k: int) -> int:
        """Start offset of token ``k`` (the body end for ``k == n``)."""
        return self.toks[k][0] if k < self.n else self.toks[self.n - 1][1]

    def end_char(self, k: int) -> int:
        """End offset of the token before ``k``."""
        return self.toks[k - 1][1]

    def konj(self, lo: int, hi: int, *, hedges: bool = True) -> str | None:
        """The strongest Konjunktiv in tokens ``lo..hi`` outside quotation marks.

        ``hedges=False`` ignores *dürfte(n)* (the reporter's "probably") and
        *möchte(n)* (a wish, in the indicative sense).
        """
        found = None
        for k in range(lo, hi):
            if self.quoted[k] or not hedges and self.words[k] in ("dürfte", "dürften", "möchte", "möchten"):
                continue
            mood = self.moods.get(k) or konj_at(self.toks, k)
            if mood == "I" and not self._as_if(k):
                return "I"
            if mood == "II" and not self._as_if(k):
                found = "II"
        return found

    def _as_if(self, k: int) -> bool:
        """als sei / als ob … wäre: a comparison in the reporter's voice."""
        back = self.words[max(0, k - 6) : k]
        return bool(back) and (back[-1] == "als" or "als" in back and ("ob" in back or "wenn" in back))

    def plain_words(self, lo: int, hi: int) -> int:
        """How many words of tokens ``lo..hi`` stand outside quotation marks."""
        return sum(1 for k in range(lo, hi) if not self.quoted[k] and self.toks[k][2][:1].isalnum())


# Separated particles that make a verb something else than its speech reading.
_OTHER_PARTICLES = frozenset("statt teil fort weg los auf ab heraus hervor".split())
_AUSGEHEN = lexicon.SpeechVerb("ausgehen", "aus", "say")
_GEHEN = frozenset("geht gehen ging gingen gehe ausgehen ausgegangen".split())
HALTEN_FUER = lexicon.SpeechVerb("für möglich halten", "", "say")
SENDING_WORD = lexicon.SpeechVerb("ausrichten lassen", "", "say")
_HALTEN = frozenset("hält halten hielt hielten".split())


def relative_at(s: Sent, k: int) -> bool:
    """Does a relative pronoun open a clause at ``k`` (die seit Jahren …), not an article (die neue Regel)?"""
    if k >= s.n or s.words[k] not in RELATIVES or k + 1 >= s.n:
        return False
    nxt = s.toks[k + 1][2]
    if not nxt[:1].islower():
        return False
    if konj_at(s.toks, k + 1) and s.next_sep(k) > k + 2:
        return False  # sagte, das sei neu: the verb second, a demonstrative opening the clause
    if INFLECTED.search(nxt) and nxt.lower() not in DETERMINERS:
        after = s.toks[k + 2][2] if k + 2 < s.n else ""
        return not after[:1].isupper()  # die betroffenen Tiere: an article
    return True


def speech_verb(s: Sent, k: int, *, intent: bool = False) -> tuple[lexicon.SpeechVerb, int | None] | None:
    """The speech verb token ``k`` is, with the index of its separated particle (or None).

    Besides the lexicon's speech verbs: *davon ausgehen* (geht davon aus, dass …).
    With ``intent`` also a verb of deciding, planning, offering or ordering
    (beschloss, bot … an; class ``intent``), whose complement only a cue reads.
    """
    if s.quoted[k]:
        return None
    word = s.toks[k][2]
    end = s.next_sep(k)
    last = end - 1
    if word in _GEHEN and "davon" in s.words[s.seg_start(k) : end]:
        if word.startswith("aus"):
            return _AUSGEHEN, None
        if last > k and s.words[last] == "aus":
            return _AUSGEHEN, last
    if word in _HALTEN and "es" in s.words[k + 1 : end] and "für" in s.words[k + 1 : end]:
        return HALTEN_FUER, None  # hält es für möglich, dass …
    if last > k and lexicon.sends_word(word, s.words[last]):
        return SENDING_WORD, last  # …, ließ sie über ihren Sprecher ausrichten
    found = _verb_at(s, k, _SPEECH)
    if found is not None and found[0].lemma == "zurückgeben" and _object_in_clause(s, k):
        return None  # Kunden könnten die Ware zurückgeben: goods, not a retort (gab er zurück)
    if found is None and intent:
        found = _verb_at(s, k, _INTENT)
    return found


def _object_in_clause(s: Sent, k: int) -> bool:
    """A noun phrase in the clause of token ``k`` that is not its first phrase (an object)."""
    seg, end = s.seg_start(k), s.next_sep(k)
    return any(s.words[j] in DETERMINERS and j + 1 < s.n and s.toks[j + 1][2][:1].isupper()
               for j in range(seg + 1, end) if j != k)


@dataclass(frozen=True)
class _Verbs:
    """One verb lexicon as :func:`_verb_at` reads it: its forms, particles and resolver."""

    forms: Callable[[], Collection[str]]
    particles: Callable[[], frozenset[str]]
    resolve: Callable[..., lexicon.SpeechVerb | None]


_SPEECH = _Verbs(speech_forms, lexicon.speech_verb_particles, lexicon.resolve_speech_verb)
_INTENT = _Verbs(lexicon.intent_verb_candidates, lexicon.intent_verb_particles, lexicon.resolve_intent_verb)


def _verb_at(s: Sent, k: int, verbs: _Verbs) -> tuple[lexicon.SpeechVerb, int | None] | None:
    word = s.toks[k][2]
    end = s.next_sep(k)
    last = end - 1
    particles = verbs.particles()
    if word[:1].isupper():
        if k == 0 and k + 1 < s.n and s.words[k + 1] in ("wird", "wurde"):
            word = word.lower()  # Kritisiert wird, dass …
        else:
            return None
    if k > 0 and s.words[k - 1] in particles:
        verb = verbs.resolve(s.words[k - 1] + word.lower())
        if verb is not None:
            return verb, None  # wie die Polizei bekannt gab / hat bekannt gegeben
    if word.lower() not in verbs.forms():
        return None
    nxt = s.toks[k + 1][2] if k + 1 < s.n else ""
    if k > 0 and s.words[k - 1] in DETERMINERS | PREPOSITIONS and nxt[:1].isupper() \
            and not (k == 1 and s.words[0] in ("das", "dies")):
        return None  # wegen *wiederholten* Fouls: an adjective (not: Das sagte Paul Kern)
    if last <= k or s.words[last] not in particles:
        if k > 0 and k - 1 in s.seps and s.n - 1 > k:
            last = s.n - 1  # …, teilte der Direktor der Behörde, Bagus Puruhito, mit.
    if (last <= k or s.words[last] not in particles) and end < s.n:
        after = skip_apposition(s, end + 1)  # gab der Leiter, Andreas Kuhn, *bekannt*, …
        if after > end + 1 and after < s.n and s.words[after] in particles and (
            s.next_sep(after) == after + 1
        ):
            last = after
    if last > k and s.words[last] in particles:
        verb = verbs.resolve(word, s.words[last])
        if verb is not None:
            return verb, last  # gestand … ein: eingestehen, not gestehen
    if last > k and s.words[last] in _OTHER_PARTICLES:
        return None  # fand … statt, gab … auf: another verb
    verb = verbs.resolve(word)
    return (verb, None) if verb is not None else None


def skip_apposition(s: Sent, k: int) -> int:
    """After a comma at ``k - 1``: skip a name apposition (, Mohammed el-Baradei,)."""
    end = s.next_sep(k)
    if end >= s.n or s.toks[end][2] != "," or end - k > 5 or end == k:
        return k
    if all(s.toks[j][2][:1].isupper() or s.words[j] in ("von", "van", "de", "(", ")") for j in range(k, end)):
        return end + 1
    return k


_WEB_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|at|ch|eu|info|fr|uk|tv)")


def web_address(word: str) -> bool:
    """ndr.de, tagesschau.de, www.example.org: a website, named as a source like an outlet;
    also a brand of letters and digits written in lower case (n24, 3sat, rbb24)."""
    return bool(_WEB_ADDRESS.fullmatch(word.lower()) or _LOWER_BRAND.fullmatch(word))


_LOWER_BRAND = re.compile(r"(?=[a-z\d]*\d)(?=[a-z\d]*[a-z])[a-z\d]{2,10}")


def finite_after_phrase(s: Sent, k: int, end: int) -> int | None:
    """The finite verb that follows a fronted phrase (Laut einem Sprecher der Polizei *wurde* …)."""
    prev = "noun" if k > 0 and s.toks[k - 1][2][:1].isupper() else "det"
    j = k
    while j < end:
        word, low = s.toks[j][2], s.words[j]
        if s.quoted[j] or word in "„“”\"»«‚‘’'":
            prev = "noun"
        elif word == "(":
            close = next((x for x in range(j, end) if s.toks[x][2] == ")"), None)
            if close is None:
                return None
            j = close
            prev = "noun"
        elif low in COMMON_FINITE and prev != "det":
            return j
        elif word[:1].isupper() or word[:1].isdigit() or web_address(word):
            prev = "noun"
        elif low in DETERMINERS or low in PREPOSITIONS:
            prev = "det"
        elif word == "." and j > k and s.toks[j - 1][2][:1].isupper():
            pass  # Whatsapp Inc. wurde …: an abbreviation inside the name
        elif word in SEPARATORS or not word[:1].isalpha():
            return None
        elif INFLECTED.search(low) and _adjective_slot(s, j, prev) and not _verb_after_noun(s, j, prev):
            prev = "adj"
        else:
            return j
        j += 1
    return None


def _verb_after_noun(s: Sent, j: int, prev: str) -> bool:
    """Nach Angaben des Priesters *griffen* Bewaffnete …: right after a noun, a word in -e/-en
    is the finite verb; an adjective there opens a genitive in -er (Angaben *örtlicher* Behörden)
    or a time (*vergangenen* Freitag)."""
    if prev != "noun" or not s.words[j].endswith(("e", "en")) or s.words[j] in DETERMINERS:
        return False
    before = s.toks[j - 1][2]
    if s.words[j - 1] in _SOURCE_PREPS or lexicon.is_time_or_measure(before):
        return False  # Laut *israelischen* Medien / einer am Dienstag *veröffentlichten* Mitteilung
    nxt = s.toks[j + 1][2] if j + 1 < s.n else ""
    return not lexicon.is_time_or_measure(nxt)


def source_np_end(s: Sent, k: int, stop: int) -> int:
    """The end of the source phrase after a marker inside a clause.

    Determiners, adjectives and the head noun, then only what belongs to it: a
    genitive or *von* attribute, a name, a bracket, a quoted title (nach Angaben
    *der Polizei in …* stops before *in*).
    """
    head = k > 0 and s.toks[k - 1][2][:1].isupper()  # nach Medienberichten: the noun was the marker's
    while k < stop:
        word, low = s.toks[k][2], s.words[k]
        if word == "(":
            k = next((x for x in range(k, stop) if s.toks[x][2] == ")"), stop - 1) + 1
        elif s.quoted[k]:
            break  # a quotation: speech, not part of the source's name
        elif word in "„“”\"»«":
            k += 1  # a title in marks the detector did not take for a quote
        elif word[:1].isdigit() and head:
            break  # gemäß der Zeitung *40* Menschen: a number after the source opens the next phrase
        elif word[:1].isupper() or word[:1].isdigit():
            head = True
            k += 1
        elif low in DETERMINERS and (not head or low in ("des", "der", "eines", "einer")):
            head = False
            k += 1
        elif low in ("von", "vom") or not head and INFLECTED.search(low):
            k += 1
        else:
            break
    return k


def _adjective_slot(s: Sent, j: int, prev: str) -> bool:
    """An inflected adjective before its noun (der *örtlichen* Behörden, am Dienstag *veröffentlichten* …)."""
    nxt = s.toks[j + 1][2] if j + 1 < s.n else ""
    if nxt[:1].isupper():
        return True
    low = nxt.lower()
    return prev in ("det", "adj") and low not in DETERMINERS and INFLECTED.search(low) is not None


def non_finite(word: str, verb: lexicon.SpeechVerb) -> bool:
    """A participle or infinitive of the verb (gesagt, mitgeteilt, erklärt after *hat*, sagen)."""
    low = word.lower()
    if low == verb.lemma:
        return True
    stem = low[len(verb.particle) :] if verb.particle and low.startswith(verb.particle) else low
    return stem.startswith("ge") and not verb.lemma.removeprefix(verb.particle).startswith("ge")


_PRONOUNS = frozenset("er sie es man wir ich ihn".split())
_DATIVES = frozenset("dem einem ihm ihnen".split())
_SOURCE_PREPS = frozenset("laut gemäß gemäss angesichts trotz zufolge".split())
OBJECT_DETS = frozenset("den einen ihren seinen diesen".split())  # accusative; datives are addressees


def bare_dative_plural(word: str) -> bool:
    """Reportern, Journalisten, Abgeordneten: a plural noun in the dative, without article."""
    return word[:1].isupper() and word.endswith(("ern", "ten", "len", "gen", "ren")) and len(word) > 6


def has_object(s: Sent, v: int, stop: int, subject_before: bool) -> bool:
    """Does a noun phrase outside a prepositional phrase follow the verb before ``stop``?

    With the subject before the verb any such phrase is an object (kritisierte
    *den Empfang*, nannte *vier Bedingungen*); without it the first one is the
    inverted subject (sagte *der Minister*), and only a second one, or one in
    the accusative or dative, is an object.
    """
    in_pp = False
    phrases = 0
    k = v + 1
    while k < stop:
        word, low = s.toks[k][2], s.words[k]
        if s.quoted[k] or word in "„“”\"»«()":
            pass  # a quoted title or a bracket belongs to the phrase around it
        elif word == "," and (after := skip_apposition(s, k + 1)) > k + 1:
            k = after  # der Leiter, Andreas Kuhn, bekannt: a name in apposition
            continue
        elif low in PREPOSITIONS and low not in ("und", "sowie", "oder", "&") or low in _SOURCE_PREPS:
            in_pp = True
        elif low in _DATIVES and not in_pp:
            k = _phrase_end(s, k + 1, stop)  # teilte *dem Sender* mit: the addressee
            continue
        elif k == v + 1 and k + 1 == stop and bare_dative_plural(word):
            pass  # sagte *Reportern*, …: the addressee
        elif low == "der" and subject_before and not in_pp:
            k = _phrase_end(s, k + 1, stop)  # sagte *der Zeitung*: not the subject, so the addressee
            continue
        elif low in _PRONOUNS and not in_pp:
            if subject_before or phrases >= 1:
                return True
            phrases += 1
        elif in_pp and INFLECTED.search(low):
            pass  # im *neuseeländischen* Fernsehen
        elif not in_pp and word[:1].isupper() and lexicon.is_time_or_measure(word):
            pass  # sagte heute *Abend*: a time, not an object
        elif low in DETERMINERS or word[:1].isupper() or word[:1].isdigit():
            if not in_pp:
                if low in OBJECT_DETS or subject_before or phrases >= 1:
                    return True
                phrases += 1
                k = _phrase_end(s, k, stop)
                continue
            k = _phrase_end(s, k, stop)
            in_pp = False
            continue
        else:
            in_pp = False
        k += 1
    return False


def _phrase_end(s: Sent, k: int, stop: int) -> int:
    """Past the noun phrase starting at ``k``: determiners, adjectives, nouns, genitives."""
    while k < stop:
        word, low = s.toks[k][2], s.words[k]
        if low in DETERMINERS or word[:1].isupper() or word[:1].isdigit() or word in "()-„“”\"»«":
            k += 1  # … des „Spiegel“: a quoted title belongs to the phrase
        elif INFLECTED.search(low) and k + 1 < stop and (
            s.toks[k + 1][2][:1].isupper() or INFLECTED.search(s.words[k + 1])
        ):
            k += 1
        else:
            break
    return k


# --- clause structure: segments between commas ----------------------------------------------------


def relative_pp(s: Sent, k: int) -> bool:
    """von denen …, mit dem …: a preposition opening a relative clause."""
    return k + 1 < s.n and s.words[k] in PREPOSITIONS and s.words[k + 1] in RELATIVES and (
        k + 2 < s.n and s.toks[k + 2][2][:1].islower()
    )


def noun_phrase_only(s: Sent, lo: int, hi: int) -> bool:
    """Are tokens ``lo..hi`` free of verbs: only names, nouns, determiners and prepositions?"""
    return all(
        not s.toks[k][2][:1].islower() or s.words[k] in DETERMINERS or s.words[k] in PREPOSITIONS
        for k in range(lo, hi)
    )


def segments(s: Sent) -> list[tuple[int, int]]:
    """The sentence body as token ranges between commas, semicolons and colons."""
    bounds = [-1] + [k for k in s.seps if s.toks[k][2] in ",;:"] + [s.n]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]


def dependent_at(s: Sent, k: int) -> bool:
    """Does the segment at ``k`` open a subordinate or relative clause or a zu-infinitive?"""
    if k == 0 or k >= s.n:
        return k == 0 and s.words[0] in SUBORDINATORS
    w = s.words[k]
    return w in SUBORDINATORS or w == "wonach" or relative_at(s, k) or relative_pp(s, k)
