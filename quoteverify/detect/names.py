"""Does the quoted text read as a name, a title or a term rather than someone's words?

Evidence in and around the marks: a title noun or scare marker before them
(der Roman „…“, sogenannte „…“), the shape of the words (every content word
capitalised, a domain, a legal form), frames that name or classify (nennt
man einen „…“, gilt als „…“), what follows the marks (ist der Name …, an
abbreviation in brackets) and a lone attributive adjective.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quoteverify import lexicon
from quoteverify.detect.context import has_speech_verb, reporting_verb, words

_FUNCTION_WORDS = frozenset(
    "der die das des dem den ein eine einer eines einem einen und oder von vom zu zur zum "
    "für im in am an auf aus bei mit nach über unter of the and for de la le du van von y "
    "et di del da e pour les au aux sur en par a an on at to by "
    "ohne gegen durch um bis statt wider".split()
)
# Lower-case words that open a noun phrase; inside the marks they make it a phrase.
_INDEFINITE_ARTICLES = frozenset("ein eine einen einem einer eines".split())
_ARTICLES_AND_PREPOSITIONS = frozenset(
    "der die das des dem den ein eine einer eines einem einen zur zum im am vom beim auf "
    "aus bei mit nach von zu für über unter gegen ohne durch um".split()
)
_PREPOSITIONS = _ARTICLES_AND_PREPOSITIONS - frozenset(
    "der die das des dem den ein eine einer eines einem einen".split())
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


@lru_cache(maxsize=1)
def _title_nouns() -> frozenset[str]:
    return lexicon.title_cues()


def scare_marker_before(left: str) -> bool:
    """sogenannte „…“, laut „…“, (etwa: „…“), Motto „…“: a term, a source or a translation."""
    return bool(_SCARE_BEFORE_RE.search(left))


def title_noun_before(left: str) -> bool:
    """„…“ right after Buch, Film, Schiff, Operation, Zeitung …"""
    tail = words(left[-60:])
    if not tail or not left.endswith(tail[-1]):
        return False
    return _title_word(tail[-1])


def _title_word(word: str) -> bool:
    """Buch, des Magazines, Fernsehserie: a title noun, inflected or as the head of a compound."""
    nouns = _title_nouns()
    last = word.lower()
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


# Compounds whose head looks like a title noun but is not one: zum Beispiel „…“
_NOT_TITLE_COMPOUNDS = frozenset({"beispiel", "beispiels"})


# Words that open a noun phrase of its own: after a title noun such a phrase is
# the predicate or object (sieht in dem Gesetz „kein Hindernis“), not the title.
_DETERMINERS = frozenset(
    "kein keine keinen keinem keiner keines mein meine sein seine ihr ihre unser unsere "
    "dieser diese dieses diesen diesem jeder jede jedes alle allen viele mehr".split()
)


def lowercase_title(content: str, left: str) -> bool:
    """des Magazins „auto und reise“, im Bereich „häusliche Gewalt“: a lower-case title.

    Media, brands and category labels are written in lower case after their
    noun (data/lowercase_title_cues.txt). Two to five words with no determiner
    or preposition of their own and no sentence end; after other title nouns
    a lower-case phrase is as often the object (warf dem Plan „grobe Fehler“ vor).
    """
    ws = words(content)
    if not 2 <= len(ws) <= 5 or content.rstrip()[-1:] in ".!?…":
        return False
    first = ws[0].lower()
    if first in _ARTICLES_AND_PREPOSITIONS or first in _DETERMINERS:
        return False
    tail = words(left[-40:])
    if not tail or not left.endswith(tail[-1]):
        return False
    noun = tail[-1].lower()
    cues = lexicon.lowercase_title_cues()
    stems = [noun] + [noun[: -len(e)] for e in ("es", "s", "en", "n") if noun.endswith(e)]
    return any(stem.endswith(cue) for stem in stems for cue in cues)


def _title_head(word: str) -> bool:
    """Plan, Bündnis, Preises: a title noun, in any of its inflected forms."""
    nouns = _title_nouns()
    low = word.lower()
    return low in nouns or any(
        low.endswith(e) and low[: -len(e)] in nouns for e in ("es", "s", "en", "n")
    )


def headed_by_title_noun(content: str) -> bool:
    """„Plan B“, „Jamaika-Bündnis“, „Nobel-Preises für …“: the marks name the thing.

    The quoted words open with a title noun followed only by a name part (a
    capitalised word, a letter or a number), or with a hyphenated compound of
    a name and a title noun (X-Preis, X-Bündnis), which names rather than says.
    """
    ws = words(content)
    if not ws or content.rstrip()[-1:] in ".!?…" or not ws[0][:1].isupper():
        return False
    first = ws[0]
    if "-" in first:
        head = first.rsplit("-", 1)[1]
        return bool(head) and head[:1].isupper() and _title_head(head)
    rest = content.split(None, 1)[1].split() if len(content.split()) > 1 else []
    return (
        _title_head(first)
        and 1 <= len(rest) <= 3
        and all(w[:1].isupper() or w[:1].isdigit() for w in rest)
    )


# A second name in apposition: die Messe – auch „…“ –, der Bär (alias „…“)
_ALIAS_BEFORE_RE = re.compile(r"[(,–—-]\s*(?:auch|alias|vulgo)\s*$", re.IGNORECASE)


def alias_before(left: str) -> bool:
    """„…“ after a bracket, dash or comma and auch/alias: another name for what was just named."""
    return bool(_ALIAS_BEFORE_RE.search(left))


# Nouns that announce a heading or title after a colon: (Überschrift: „…“)
_HEADING_NOUNS = frozenset(
    "überschrift titel untertitel arbeitstitel schlagzeile motto slogan leitspruch".split()
)
_HEADING_OPENERS = frozenset("der die das ihr ihre sein seine unter mit".split())


def heading_before_colon(left: str) -> bool:
    """(Überschrift auf ihrer Seite: „…“): a colon after a phrase headed by Überschrift, Titel, Motto.

    The phrase before the colon opens the sentence or bracket with that noun
    and has no speech verb (Unter der Überschrift … schrieb sie: „…“ quotes
    her): what follows is a heading, not a statement.
    """
    if not left.endswith(":"):
        return False
    segment = re.split(r"[(–—]", left)[-1]
    ws = [w.lower() for w in words(segment)]
    while ws and ws[0] in _HEADING_OPENERS:
        ws = ws[1:]
    return bool(ws) and ws[0] in _HEADING_NOUNS and not has_speech_verb(segment)


# verteidigte die Bezeichnung „…“: a verb of saying takes a word as its object
_WORD_OBJECT_RE = re.compile(
    r"\b(?P<verb>\w+)\s+(?:die|den|das|diese|diesen|dieses|seine|seinen|ihre|ihren)\s+"
    r"(?:Bezeichnung|Begriff|Wort|Ausdruck|Formulierung|Vokabel)\s*$"
)


def word_object_of_speech(left: str) -> bool:
    """verteidigte die Bezeichnung „…“, bedauerte das Wort „…“: the word someone used.

    A naming noun usually makes the marks a term (der Begriff „…“); as the
    object right after a verb of saying it is the speaker's own wording.
    """
    m = _WORD_OBJECT_RE.search(left)
    return bool(m) and reporting_verb(m.group("verb"))


def title_noun_in(left: str, window: int = 6) -> bool:
    """A title noun among the last words before a colon: Den Namen der Sendung gab …: „…“."""
    nouns = _title_nouns()
    # compounds count by their head (ihr Erstlingswerk: „…“), as right before the marks
    return any(w.lower() in nouns or (w[:1].isupper() and _title_word(w)) for w in words(left)[-window:])


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
    if ws[0] in _INDEFINITE_ARTICLES:
        return False  # „eine Frechheit“: no name opens with a lower-case indefinite article
    if ws[0] in _PREPOSITIONS:
        return False  # zur Kenntnis, im Prinzip: a name opening with a preposition capitalises it (Zur Post)
    caps = [w for w in ws if w.lower() not in _FUNCTION_WORDS or w[0].isupper()]
    return bool(caps) and all(w[0].isupper() or w[0].isdigit() or _CAMEL_RE.match(w) for w in caps)


# iPod, eBay, iTunes-Dienst: a brand that starts in lower case and capitalises inside
_CAMEL_RE = re.compile(r"^[a-zäöü]{1,2}[A-ZÄÖÜ]")
# Hartz IV, Basel III, Paket II: a name numbered with a Roman numeral
_ROMAN_AT_END_RE = re.compile(r"\s(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$")
# die 22. „…“, zum 5. „…“: an article and an ordinal before the marks number an edition
_ORDINAL_BEFORE_RE = re.compile(r"\b(?:der|die|das|den|dem|des|zum|zur|am|im|beim|vom)\s+\d+\.\s*$")


def numbered_name(content: str) -> bool:
    """„Hartz IV“, „Paket II“: a name numbered with a Roman numeral."""
    return bool(_ROMAN_AT_END_RE.search(content.rstrip()))


def edition_before(left: str) -> bool:
    """die 7. „lange Nacht der Museen“: an article and an ordinal number the edition of an event."""
    return bool(_ORDINAL_BEFORE_RE.search(left))


# Frames in which marks name or classify a thing rather than quote a speaker:
# Dies nennt man einen „…“ / gilt als „…“ / nennt sich „…“ / Wie „…“ berichtet.
_IMPERSONAL_NAMING_RE = re.compile(
    r"\b(?:nennt|nennen|nannte|nannten|bezeichnet|bezeichnete)\s+man\b[^,;:]*$"
    r"|\b(?:gilt|gelten|galt|galten)(?:\s+(?!als\b)[^\s,;:]+){0,7}\s+als\s*$"
    r"|\b(?:nennt|nennen|nannte|nannten)\s+(?:\w+\s+)?sich(?:\s+selbst)?\s*$",
    re.IGNORECASE,
)
_GENERIC_PASSIVE_RE = re.compile(r"^\W*\s*(?:bezeichnet|genannt|benannt)\s+(?:wird|werden)\b")
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
    agent = any(w.lower() in ("von", "vom") for w in words(left)[-4:])  # von Kritikern als „…“
    if _GENERIC_PASSIVE_RE.match(right) and not agent:
        return True  # der Strom, der als „…“ bezeichnet wird: a convention, nobody speaks
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


_DEFINITE_BEFORE_RE = re.compile(r"\b(?:der|die|das|dem|den|des|im|am|vom|zum|beim)\s*$", re.IGNORECASE)
# a preposition of change or range with no article: von „gut“ auf „stabil“
_BARE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:auf|von|bis|zwischen)\s*$", re.IGNORECASE)


def nominalised_word(word: str, left: str, right: str) -> bool:
    """das „mangelhaft“ der Prüfer, von „gut“ auf „stabil“: a lower-case word used as a noun is a label.

    After an article, or, uninflected, after a bare preposition of change or
    range (an inflected one there is an attribute: von „absichtlicher“ oder …).
    """
    if not word[:1].islower() or right.lstrip()[:1].isupper():
        return False
    if _DEFINITE_BEFORE_RE.search(left):
        return not attributive_adjective(word, right)
    return bool(_BARE_PREPOSITION_BEFORE_RE.search(left)) and not word.endswith(_ATTRIBUTIVE_ENDINGS)


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




# a form of singen or anstimmen right after the marks, with no comma: they hold what was sung
_SUNG_AFTER_RE = re.compile(
    r"^\s+(?:sang|sangen|singt|singen|sangt|singe|gesungen|anstimmte|anstimmten|"
    r"angestimmt)\b"
)


def sung(right: str) -> bool:
    """er sang „…“: what is sung is a song, its title, not a statement."""
    return bool(_SUNG_AFTER_RE.match(right))


_COMPOUND_AFTER_RE = re.compile(r"^-\w")


def compound_part(right: str) -> bool:
    """„Jamaika“-Koalition: marks joined by a hyphen to a noun make a name part of a compound."""
    return bool(_COMPOUND_AFTER_RE.match(right))
