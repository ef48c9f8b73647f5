"""The sentence around a quotation, read the way the quote/not-a-quote decision needs it.

Only cheap, regex- and lexicon-level evidence lives here: is there a speech
verb, a source marker, a Konjunktiv form, a slogan cue, a speech verb's
preposition before the mark? (Whether the words read as a name or title is
:mod:`quoteverify.detect.names`.) The full NLP backend is not needed to tell
„Der Spiegel“ from „Wir bleiben dabei.“, and keeping it out makes
extraction fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quoteverify import lexicon

_WORD_RE = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?", re.UNICODE)
# A sentence ends at . ! ? … followed by space and an upper-case letter or an
# opening mark; abbreviations, titles and ordinals (3. Mai, z. B., Dr. Kern) are not ends.
_TITLE_ABBREVIATIONS = ("Dr", "Prof", "St", "Nr", "bzw", "ca", "vgl", "sog", "Hr", "Fr", "Dipl", "Ing")
_SENT_END_RE = re.compile(
    "".join(rf"(?<!\b{a})" for a in _TITLE_ABBREVIATIONS)  # Prof. Dr. Anna Kern, St. Pauli
    + r"(?<![\s.][A-Za-zÄÖÜäöü])(?<!\d)[.!?…]+[\"“”»«']?\s+(?=[A-ZÄÖÜ„»«\"“])"
    # a number ends the sentence when an article or pronoun follows (des Modells 3. Ein Sprecher)
    + r"|(?<=\d)\.\s+(?=(?:Der|Die|Das|Ein|Eine|Er|Sie|Es|Wir|Ich|Dies|Diese|Dieser)\s)"
    # a year is no ordinal (vor 1933. Dabei …)
    + r"|(?<![\d.]\d{4})(?<=\d{4})\.\s+(?=[A-ZÄÖÜ])"
    # a lost space: a word, a full stop, a capitalised word (im Bundesanzeiger.Mats Olberg)
    + r"|(?<=[a-zäöüß]{3})[.!?](?=[A-ZÄÖÜ][a-zäöüß])"
)
_FIRST_SECOND_PERSON = frozenset(
    "ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren "
    "unserem unserer unseres du dich dir dein deine ihr euch euer eure".split()
)
# Konjunktiv I/II forms frequent in reported speech; the attribution stage
# recognises the rest from verb morphology.
_KONJUNKTIV = frozenset(
    "sei seien seist habe hätte hätten werde würde würden könne könnten könnte müsse müsste "
    "müssten solle sollte wolle wollte dürfe dürfte gebe gäbe gäben liege stehe gehe komme "
    "wäre wären wisse lasse bleibe "
    "bestehe verfolge unterstütze nehme handele fehle gelte zeige brauche trage sehe halte "
    "führe mache bringe folge erwarte plane arbeite diene betreffe betrage reiche kämen käme "
    "stünde stünden gälte läge lägen".split()
)


@dataclass(frozen=True, slots=True)
class Context:
    """The text of the quote's sentence to the left and right of its marks."""

    left: str
    right: str


def sentence_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, within the paragraph ``lo..hi``.

    Sentence ends inside the quoted words do not count: the quote is one
    unit of the reporter's sentence.
    """
    left = lo
    for m in _SENT_END_RE.finditer(text, lo, min(hi, start + 1)):
        left = m.end()
    right = hi
    if (
        end - 2 >= lo
        and text[end - 1] in _CLOSING_MARKS
        and text[end - 2] in ".!?…"
        and _NEW_SENTENCE_RE.match(text, end, hi)
    ):
        return left, end  # „… fassen.“ Das sagt er. — the quote closed the sentence
    m = _SENT_END_RE.search(text, end, hi)
    if m:
        right = m.start() + 1
    return left, right


_CLOSING_MARKS = frozenset("“”\"»«'‘’›‹")
_NEW_SENTENCE_RE = re.compile(r"\s+(?=[A-ZÄÖÜ„»«\"“])")


def sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where the sentences of ``text[lo:hi]`` begin (the first is ``lo``)."""
    return [lo] + [m.end() for m in _SENT_END_RE.finditer(text, lo, hi)]


@lru_cache(maxsize=1)
def _speech_forms() -> frozenset[str]:
    return frozenset(lexicon.speech_verb_forms())


def words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def has_speech_verb(s: str) -> bool:
    forms = _speech_forms()
    return any(w.lower() in forms for w in words(s))


def saying_verb_in(s: str) -> bool:
    """A verb of saying or asking (not writing, not framing) among the words of ``s``."""
    candidates = lexicon.speech_verb_candidates()
    return any(
        verb.cls in ("say", "ask") and not verb.needs_particle(w.lower())
        for w in words(s)
        for verb in candidates.get(w.lower(), ())
    )


_WORD_COMMA_AT_END_RE = re.compile(r"(\w+)\s*,\s*$")


def opens_clause_after_saying(left: str, right: str) -> bool:
    """Er sagte, „…“ dürfe es nicht geben: the marks open the clause a verb of saying introduces.

    A finite verb of saying or asking and a comma stand right before the
    marks and the clause goes on after them: whatever the marks hold is the
    start of what was said, even a capitalised word that could be a name.
    """
    m = _WORD_COMMA_AT_END_RE.search(left)
    if not m or not re.match(r"\s+[^\W\d_]", right):
        return False
    verb = m.group(1)
    return reporting_verb(verb) and saying_verb_in(verb)


def _participle_or_infinitive(form: str, verb: lexicon.SpeechVerb) -> bool:
    """gesagt, zurückgewiesen, bekanntgegeben, sagen: not a finite verb with its own subject."""
    stem = form[len(verb.particle) :] if verb.particle and form.startswith(verb.particle) else form
    return stem.startswith("ge") or form == verb.lemma


def reporting_verb(word: str) -> bool:
    """A finite verb that reports speech on its own (sagte, berichtet).

    Not a verb that frames a fragment (bezeichnete), a participle, or the
    bare stem of a separable verb (stellt of feststellen).
    """
    low = word.lower()
    readings = lexicon.speech_verb_candidates().get(low, ())
    return any(
        v.cls != "frame" and not v.needs_particle(low) and not _participle_or_infinitive(low, v)
        for v in readings
    )


@lru_cache(maxsize=1)
def _frame_forms() -> frozenset[str]:
    # Participles name rather than quote: auch „X“ genannt, als „Y“ bezeichnet.
    return frozenset(
        f
        for f, v in lexicon.speech_verb_forms().items()
        if v.cls == "frame" and not (f.startswith("ge") and f.endswith(("t", "en")))
    )


def has_frame_verb(s: str) -> bool:
    """nannte X „…“, bezeichnete X als „…“, sprach von „…“: a quoted fragment follows."""
    forms = _frame_forms()
    return any(w.lower() in forms for w in words(s))


# nannte/nennt + an object noun phrase right before the marks (nannte die Pläne des Senats „…“)
_NENNEN_OBJECT_RE = re.compile(
    r"\b(?:nannte|nannten|nennt|nennen|nenne|nennte|genannt)\s+(?:die|den|das|diese[nrs]?|seine[nr]?|ihre[nr]?)"
    r"\s+[A-ZÄÖÜ][\w-]*(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\w-]*)?\s*$"
)


def nennen_object_before(left: str) -> bool:
    """nannte den Plan „…“: the marks hold what nennen makes of its object."""
    return bool(_NENNEN_OBJECT_RE.search(left[-80:]))


def common_noun(word: str) -> bool:
    """Flickschusterei, Unsinn: a common noun to the tagger, not a name (Bello, Phoenix)."""
    from quoteverify.nlp.light import tag_words

    return word.isalpha() and tag_words((word,))[0][1] == "NN"


_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:ein|eine|einen|einem|einer|eines|als)\s*$", re.IGNORECASE)


def indefinite_before(left: str) -> bool:
    """Names rarely follow ein/eine or als; quoted characterisations do."""
    return bool(_INDEFINITE_BEFORE_RE.search(left))


_SOURCE_RE = re.compile(
    r"\b(?:laut|zufolge|gemäß)\b"
    r"|\bnach\s+(?:angaben|worten|aussagen?|ansicht|meinung|auffassung|einschätzung)\b"
    r"|\bhie(?:ß|ss)\s+es\b|\bhei(?:ß|ss)t\s+es\b"
)


# für den Minister X / für die Lehrerverbände: whose view a clause with "sein" gives
_FUER_RE = re.compile(r"\b[Ff]ür\s+(?:den|die|das|dem|der)\s+(?:[a-zäöüß-]+\s+){0,3}([A-ZÄÖÜ][\w-]+)")
_SEIN_RE = re.compile(r"\b(?:ist|war|sei|wäre|sind|waren|seien|wären)\b")


def stance_holder(left: str, right: str) -> bool:
    """Für den Gesundheitsminister ist die Lage „alarmierend“ / war für die Lehrerverbände
    „…“: the quoted words give the view of a person or body named after "für"."""
    if not (_SEIN_RE.search(left) or _SEIN_RE.search(right)):
        return False
    return any(lexicon.role_noun(m.group(1)) is not None or lexicon.is_institution(m.group(1))
               for m in _FUER_RE.finditer(left))


# nach der Ankündigung der Ministerin, nach Darstellung des Ministeriums: a speech noun
# with its owner after "nach" gives the source
_NACH_NOUN_OWNER_RE = re.compile(
    r"\bnach\s+(?:(?:dem|der|den|einer|einem)\s+)?(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\w-]+)\s+(?:des|der|von)\s",
    re.IGNORECASE,
)


def _speech_noun_with_owner(s: str) -> bool:
    nouns = lexicon.speech_nouns()
    return any(m.group(1).lower() in nouns for m in _NACH_NOUN_OWNER_RE.finditer(s))


def has_source_marker(s: str) -> bool:
    """laut X, X zufolge, nach Angaben X, nach der Ankündigung der X, „…“, so X."""
    low = s.lower()
    return bool(
        _SOURCE_RE.search(low)
        or _speech_noun_with_owner(s)
        or re.match(r"\s*[,]?\s*so\s+(?:[A-ZÄÖÜ]|(?:der|die|das|ein)\b)", s)
        or _SO_SOURCE_AT_END_RE.search(s)
    )


# … ausgefallen, so ein Sprecher. — the source closing the reporter's sentence
_SO_SOURCE_AT_END_RE = re.compile(
    r",\s*so\s+(?:(?:der|die|das|ein|eine)\b|[A-ZÄÖÜ])[^,;:]*[.!?]?\s*$"
)


def has_konjunktiv(s: str) -> bool:
    """sei, habe, gelte …: a Konjunktiv verb form, written in lower case.

    Inside a sentence a capitalised form is a noun (in der Folge, die
    Plane, eine Trage), not a verb; only the first word of ``s`` (a
    sentence start, Kämen sie …) may be capitalised.
    """
    ws = words(s)
    return any((w if k else w.lower()) in _KONJUNKTIV for k, w in enumerate(ws))


_FRENCH = frozenset("de la le les pour et au aux sur".split())


def first_or_second_person(content: str) -> bool:
    """ich, wir, unser, du ... — but not the French article (Coupe du Monde de Ski)."""
    ws = words(content)
    french = any(w in _FRENCH for w in ws)
    return any(w.lower() in _FIRST_SECOND_PERSON and not (french and w == "du") for w in ws)


@lru_cache(maxsize=1)
def _slogan_cues() -> frozenset[str]:
    return lexicon.slogan_cues()


def slogan_before(left: str, window: int = 5) -> bool:
    """skandierten Parolen wie „…“, mit der Aufschrift „…“: chanted or written words.

    The cue stands among the last words before the mark (Sprüche wie etwa
    „…“); compounds count by their head (Hassparolen, Protestplakate).
    """
    cues = _slogan_cues()
    for w in words(left[-80:])[-window:]:
        low = w.lower()
        if low in cues or any(low.endswith(c) and len(c) >= 6 for c in cues):
            return True
    return False


ARTICLES = frozenset("der die das den dem des ein eine einer eines einem einen".split())


def speech_complement(left: str, right: str) -> bool:
    """warnte vor den „…“, sprach von „…“, wies ihn als „…“ zurück: the verb's say-slot.

    The quote follows the preposition (and an article) with which a speech
    verb of its sentence introduces what was said (data/speech_complements.tsv),
    or stands as its object right before the verb's particle closing the clause
    (warfen der Regierung „…“ vor).
    """
    if _object_before_particle(left, right):
        return True
    tail = words(left[-60:])[-4:]
    if not tail or not left.rstrip().endswith(tail[-1]):
        return False
    if len(tail) == 4 and tail[3].lower() in ("des", "der", "eines", "einer") and tail[2][:1].isupper() \
            and tail[1].lower() in ARTICLES:
        tail = tail[:1]  # sprach von der Notwendigkeit eines „…“: a genitive inside the say-slot
    tail = tail[-2:]
    prep = tail[-1].lower()
    if prep in ARTICLES and len(tail) == 2:
        prep = tail[0].lower()
    pairs = lexicon.speech_complements()
    if prep not in {p for _, p in pairs}:
        return False
    sentence = [w.lower() for w in words(left) + words(right)]
    present = set(sentence)
    candidates = lexicon.speech_verb_candidates()
    for w in sentence:
        for verb in candidates.get(w, ()):
            if (verb.lemma, prep) in pairs and (not verb.needs_particle(w) or verb.particle in present):
                return True
    return False


_CLAUSE_FINAL_WORD_RE = re.compile(r"^\s*(\w+)\s*(?:[.,;:!?)]|$)")


def _object_before_particle(left: str, right: str) -> bool:
    """warfen der Regierung „…“ vor: the quote stands right before the particle of a speech verb."""
    m = _CLAUSE_FINAL_WORD_RE.match(right)  # the particle closes the clause: „…“ vor.
    if not m:
        return False
    particle = m.group(1).lower()
    candidates = lexicon.speech_verb_candidates()
    return any(
        verb.particle == particle and verb.needs_particle(w.lower())
        for w in words(left)
        for verb in candidates.get(w.lower(), ())
    )
