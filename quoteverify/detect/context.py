"""The sentence around a quotation, read the way the quote/not-a-quote decision needs it.

Only cheap, regex-level evidence lives here: is there a speech verb, a
source marker, a Konjunktiv form, a title noun right before the mark? The
full NLP backend is not needed to tell „Der Spiegel“ from „Wir bleiben
dabei.“, and keeping it out makes extraction fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quoteverify import lexicon

_WORD_RE = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?", re.UNICODE)
# A sentence ends at . ! ? … followed by space and an upper-case letter or an
# opening mark; abbreviations and ordinals (3. Mai, z. B.) are not ends.
_SENT_END_RE = re.compile(r"(?<![\s.][A-Za-zÄÖÜäöü])(?<!\d)[.!?…]+[\"“”»«']?\s+(?=[A-ZÄÖÜ„»«\"“])")
_FUNCTION_WORDS = frozenset(
    "der die das des dem den ein eine einer eines einem einen und oder von vom zu zur zum "
    "für im in am an auf aus bei mit nach über unter of the and for de la le du van von y "
    "et di del da e pour les au aux sur en par a an on at to by "
    "ohne gegen durch um bis statt wider".split()
)
# Lower-case words that open a noun phrase; inside the marks they make it a phrase.
_ARTICLES_AND_PREPOSITIONS = frozenset(
    "der die das des dem den ein eine einer eines einem einen zur zum im am vom beim auf "
    "aus bei mit nach von zu für über unter gegen ohne durch um".split()
)
_FIRST_SECOND_PERSON = frozenset(
    "ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren "
    "unserem unserer unseres du dich dir dein deine ihr euch euer eure".split()
)
_SCARE_BEFORE_RE = re.compile(
    r"(?:sogenannt\w*|so\s+genannt\w*|sog\.|angeblich\w*|vermeintlich\w*|selbsternannt\w*|"
    r"selbst\s+ernannt\w*|namens|genannt\w*|bekannt\s+als|Stichwort|Schlagwort|Motto|"
    r"Titel|Überschrift|Begriff|Bezeichnung|Codename\w*|Spitzname\w*|Name\w*|"
    # a source named right before its own name: laut „tagesschau.de“
    r"laut|gemäß|"
    # translations and short forms: (etwa: „…“), auf Deutsch „…“, kurz „…“
    r"etwa|übersetzt|deutsch|Deutsch|engl\.|englisch|kurz|abgekürzt|\()\s*[:,]?\s*$",
    re.IGNORECASE,
)
# Konjunktiv I/II forms frequent in reported speech; the attribution stage
# recognises the rest from verb morphology.
_KONJUNKTIV = frozenset(
    "sei seien seist habe hätte hätten werde würde würden könne könnten könnte müsse müsste "
    "müssten solle sollte wolle wollte dürfe dürfte gebe gäbe gäben liege stehe gehe komme "
    "wäre wären wisse lasse bleibe".split()
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


@lru_cache(maxsize=1)
def _title_nouns() -> frozenset[str]:
    return lexicon.title_cues()


def words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def has_speech_verb(s: str) -> bool:
    forms = _speech_forms()
    return any(w.lower() in forms for w in words(s))


def reporting_verb(word: str) -> bool:
    """A finite verb that reports speech on its own (sagte, berichtet).

    Not a verb that frames a fragment (bezeichnete), a participle, or the
    bare stem of a separable verb (stellt of feststellen).
    """
    low = word.lower()
    readings = lexicon.speech_verb_candidates().get(low, ())
    return any(
        v.cls != "frame" and not v.needs_particle(low) and "ge" not in low
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


_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:ein|eine|einen|einem|einer|eines|als)\s*$", re.IGNORECASE)


def indefinite_before(left: str) -> bool:
    """Names rarely follow ein/eine or als; quoted characterisations do."""
    return bool(_INDEFINITE_BEFORE_RE.search(left))


_SOURCE_RE = re.compile(
    r"\b(?:laut|zufolge|gemäß)\b"
    r"|\bnach\s+(?:angaben|worten|aussagen?|ansicht|meinung|auffassung|einschätzung)\b"
    r"|\bhie(?:ß|ss)\s+es\b|\bhei(?:ß|ss)t\s+es\b"
)


def has_source_marker(s: str) -> bool:
    """laut X, X zufolge, nach Angaben X, „…“, so X."""
    low = s.lower()
    return bool(
        _SOURCE_RE.search(low)
        or re.match(r"\s*[,]?\s*so\s+(?:[A-ZÄÖÜ]|der|die|das|ein)", s)
    )


def has_konjunktiv(s: str) -> bool:
    return any(w.lower() in _KONJUNKTIV for w in words(s))


_FRENCH = frozenset("de la le les pour et au aux sur".split())


def first_or_second_person(content: str) -> bool:
    """ich, wir, unser, du ... — but not the French article (Coupe du Monde de Ski)."""
    ws = words(content)
    french = any(w in _FRENCH for w in ws)
    return any(w.lower() in _FIRST_SECOND_PERSON and not (french and w == "du") for w in ws)


def scare_marker_before(left: str) -> bool:
    """sogenannte „…“, laut „…“, (etwa: „…“), Motto „…“: a term, a source or a translation."""
    return bool(_SCARE_BEFORE_RE.search(left))


def title_noun_before(left: str) -> bool:
    """„…“ right after Buch, Film, Schiff, Operation, Zeitung …"""
    tail = words(left[-60:])
    if not tail or not left.endswith(tail[-1]):
        return False
    nouns = _title_nouns()
    last = tail[-1].lower()
    if last in nouns:
        return True
    if last in _NOT_TITLE_COMPOUNDS:
        return False
    # genitive and plural endings: des Magazines, der Kategorien
    for ending in ("es", "s", "en", "n"):
        if last.endswith(ending) and last[: -len(ending)] in nouns:
            return True
    # compounds: Fernsehserie, Raumfähre, Nachrichtenmagazin
    return any(last.endswith(n) and len(n) >= 4 for n in nouns)


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


# Compounds whose head looks like a title noun but is not one: zum Beispiel „…“
_NOT_TITLE_COMPOUNDS = frozenset({"beispiel", "beispiels"})


def title_noun_in(left: str, window: int = 6) -> bool:
    """A title noun among the last words before a colon: Den Namen der Sendung gab …: „…“."""
    nouns = _title_nouns()
    return any(w.lower() in nouns for w in words(left)[-window:])


_DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")


# A legal form at the end makes any word group an organisation's name: … e.V., … GmbH
_LEGAL_FORM_RE = re.compile(
    r"(?:\be\.\s?V\.|\b(?:GmbH|AG|ag|KG|SE|Inc\.?|Ltd\.?|LLC|S\.A\.|gGmbH|eG))\s*$"
)


def legal_form_at_end(content: str) -> bool:
    """… Verein e.V., … Holding AG: an organisation's name (its full stop ends no sentence)."""
    return bool(_LEGAL_FORM_RE.search(content))


def name_like(content: str) -> bool:
    """Words of a name or title: every content word capitalised, no sentence end."""
    if _DOMAIN_RE.match(content.strip()) or legal_form_at_end(content):
        return True
    ws = words(content)
    if not ws or len(ws) > 7 or content.rstrip()[-1:] in ".!?…:":
        return False
    if len(ws) > 2 and ws[0] in _ARTICLES_AND_PREPOSITIONS:
        return False  # einen Angriff auf die Stadt: a name keeps its article outside the marks
    caps = [w for w in ws if w.lower() not in _FUNCTION_WORDS or w[0].isupper()]
    return bool(caps) and all(w[0].isupper() or w[0].isdigit() for w in caps)


# Frames in which marks name or classify a thing rather than quote a speaker:
# Dies nennt man einen „…“ / gilt als „…“ / nennt sich „…“ / Wie „…“ berichtet.
_IMPERSONAL_NAMING_RE = re.compile(
    r"\b(?:nennt|nennen|nannte|nannten|bezeichnet|bezeichnete)\s+man\b[^,;:]*$"
    r"|\b(?:gilt|gelten|galt|galten)(?:\s+(?!als\b)[^\s,;:]+){0,7}\s+als\s*$"
    r"|\b(?:nennt|nennen|nannte|nannten)\s+(?:\w+\s+)?sich(?:\s+selbst)?\s*$",
    re.IGNORECASE,
)
_SOURCE_AS_SUBJECT_RE = re.compile(r"^\s*Wie(?:\s+(?:der|die|das))?\s*$")
_SELF_NAMED_AFTER_RE = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:nennt|nennen|nannte|nannten)\b")


def naming_frame(left: str, right: str) -> bool:
    """The marks hold a name or a class, not someone's words.

    Impersonal naming (Dies nennt man einen „…“), classification (gilt als
    „…“), a self-given name (die sich selbst „…“ nennt / nennt sich „…“) and
    a source as the subject of its report (Wie „…“ berichtet).
    """
    if _IMPERSONAL_NAMING_RE.search(left):
        return True
    if re.search(r"\bsich(?:\s+selbst)?\s*$", left) and _SELF_NAMED_AFTER_RE.match(right):
        return True
    return bool(_SOURCE_AS_SUBJECT_RE.match(left)) and has_speech_verb(right)


_ATTRIBUTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def attributive_adjective(word: str, right: str) -> bool:
    """A lone inflected adjective before its noun (der „drastischen“ Erhöhung)."""
    nxt = words(right[:40])
    return (
        word[:1].islower()
        and word.endswith(_ATTRIBUTIVE_ENDINGS)
        and bool(nxt)
        and right.lstrip().startswith(nxt[0])
        and nxt[0][:1].isupper()
    )


_NAME_AFTER_RE = re.compile(
    # „…“ ist der Name / lautet der Titel: the marks hold what is named
    r"^\W*\s*(?:ist|war|sei|lautet|lautete)\s+(?:der|die|das)\s+(?P<w1>\w+)(?:\s+(?P<w2>\w+))?"
    # „…“ (Council for National Security): a translation or an abbreviation follows
    r"|^\W*\s*\((?P<alias>[A-ZÄÖÜ])"
)


def named_after(right: str) -> bool:
    """The text after the marks says they hold a name: „…“ ist der Name …, „…“ (CNS)."""
    m = _NAME_AFTER_RE.match(right)
    if not m:
        return False
    if m.group("alias"):
        return True
    return any(w and w.lower() in _title_nouns() for w in (m.group("w1"), m.group("w2")))


ARTICLES = frozenset("der die das den dem des ein eine einer eines einem einen".split())


def speech_complement(left: str, right: str) -> bool:
    """warnte vor den „…“, sprach von „…“, wies ihn als „…“ zurück: the verb's say-slot.

    The quote follows the preposition (and an article) with which a speech
    verb of its sentence introduces what was said (data/speech_complements.tsv).
    """
    tail = words(left[-60:])[-2:]
    if not tail or not left.rstrip().endswith(tail[-1]):
        return False
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
