"""Quote or not, and direct or partial.

Quotation marks also enclose titles, names and scare quotes.  The decision
weighs what a reader weighs: is it a sentence of its own, is there a speech
cue or reported speech around it, does a title noun stand right before it,
does it read like a name?
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quoteverify import lexicon
from quoteverify.detect import context as ctx
from quoteverify.detect import names

_CUE_AFTER_RE = re.compile(r"^\s*[,:–—-]?\s*(\w+)(?:\s+(\w+))?(?:\s+(\w+))?")
_ENDS_SENTENCE = tuple(".!?…")
_CLAUSE_RE = re.compile(r"[^.!?;„“»«]*")
_COMMA_VERB_AFTER_RE = re.compile(r"^\s*,\s*[a-zäöüß]")
# als with the article outside the marks: the marked words characterise, a term would not need it
_ALS_ARTICLE_RE = re.compile(r"\bals\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s*$")
_FOOTNOTE_RE = re.compile(r"^\[\d{1,3}\]")
# all that stands before a quotation opening the first sentence: a dateline (Berlin - /
# Bern, 3. März (sda) –), after which the sentence starts
_DATELINE_LEFT = re.compile(
    r"[A-ZÄÖÜ][\w.'’/-]*(?: [A-ZÄÖÜ][\w.'’-]*)*(?:,[^()\n]{4,40}?)?(?: ?\([^()\n]{1,40}\))? [-–—]"
)
_GOVERNS_QUOTE_RE = re.compile(r"\b(?:als|Worten|Satz)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Verdict:
    is_quote: bool
    kind: str  # direct | partial
    reason: str


def classify(content: str, left: str, right: str, *, opens_paragraph: bool) -> Verdict:
    """Decide for the quoted ``content`` given its sentence's ``left`` and ``right`` text.

    The evidence, strongest first: a chanted or written slogan (a quote); a
    title noun or scare marker right before the mark, a reporting verb right
    after it without a comma (the marks are in its subject), a name said after
    it, a naming frame or a lone attributive adjective (not a quote); a cue
    right after it or a colon before it; a sentence of its own; then, for
    fragments inside the reporter's sentence, how the fragment reads (a
    phrase, a name) against the speech cues around, including a speech verb
    whose preposition introduces it (warnte vor „…“).
    """
    stripped = content.strip()
    right = _FOOTNOTE_RE.sub("", right, count=1)  # „…“[2], sagte sie: the reference is no word
    n_words = len(ctx.words(stripped))
    if n_words == 0:
        return Verdict(False, "partial", "empty")
    left_s = left.rstrip()
    starts_sentence = opens_paragraph or not left_s or left_s.endswith((":",) + _ENDS_SENTENCE) \
        or bool(_DATELINE_LEFT.fullmatch(left_s.lstrip()))
    after_colon = left_s.endswith(":")
    ends_sentence = (
        stripped.endswith(_ENDS_SENTENCE) or stripped.endswith(",")
    ) and not names.legal_form_at_end(stripped)
    cue_after = _cue_follows(right, ends_sentence=ends_sentence)
    kind = "direct" if starts_sentence and (ends_sentence or cue_after or n_words >= 4) else "partial"
    personal = ctx.first_or_second_person(stripped)
    name = names.name_like(stripped)
    if ctx.slogan_before(left_s) and not after_colon and stripped[0].isupper():
        return Verdict(True, kind, "slogan")  # skandierten „…“, Plakate mit der Aufschrift „…“
    if names.heading_before_colon(left_s):
        return Verdict(False, kind, "heading")  # (Überschrift auf der Startseite: „…“)
    # die Messe – auch „…“ – öffnet: a second name, upper-case or with its article
    nominal = stripped[0].isupper() or ctx.words(stripped)[0] in ctx.ARTICLES
    if names.alias_before(left_s) and nominal and not ends_sentence and not personal:
        return Verdict(False, kind, "alias")
    # a sentence in marks after an opening bracket is a quote: Sie (»Wir bleiben.«), and so
    # are capitalised words in the first or second person: Die Ministerin (»Wir prüfen das«)
    # blieb vage — but not a translation in brackets: („gens du voyage“)
    bracketed_sentence = left_s.endswith("(") and (
        stripped.endswith(".")
        or (stripped[0].islower() and n_words >= 4)
        or (personal and n_words >= 2 and stripped[0].isupper())
    )
    if bracketed_sentence and stripped[0].isupper():
        kind = "direct"
    frame = ctx.has_frame_verb(left) or ctx.has_frame_verb(right)
    if names.word_object_of_speech(left_s) and not after_colon:
        return Verdict(True, kind, "word used")  # verteidigte die Bezeichnung „…“
    title_before = names.title_noun_before(left_s) and (
        not stripped[0].islower() or (names.lowercase_title(stripped, left_s) and not (frame or personal))
    )
    if (names.scare_marker_before(left_s) and not bracketed_sentence) or title_before:
        if after_colon and n_words >= 4 and not name:
            return Verdict(True, "direct", "colon")
        return Verdict(False, kind, "title noun before")
    if names.sung(right) and stripped[0].isupper():
        return Verdict(False, kind, "song")  # in dem er „Wenn ich groß bin“ sang
    if names.edition_before(left_s):
        return Verdict(False, kind, "numbered name")  # die 7. „lange Nacht der Museen“
    if names.numbered_name(stripped) and not (ends_sentence or after_colon or cue_after):
        return Verdict(False, kind, "numbered name")  # die Rücknahme von „Paket II“
    if names.headed_by_title_noun(stripped) and not (frame or after_colon or cue_after or personal):
        return Verdict(False, kind, "title noun heads")  # der „Plan B“, des „Nobel-Preises“
    governed = bool(_GOVERNS_QUOTE_RE.search(left_s))  # als „…“ bezeichnete, mit den Worten „…“
    if not ends_sentence and not starts_sentence and not governed and _verb_follows_directly(right):
        # Moritz Kühn von der „Aktion Wasser marsch“ sagte …: the marks are in the subject
        return Verdict(False, kind, "subject of speech verb")
    if names.compound_part(right):
        return Verdict(False, kind, "compound part")
    if not ends_sentence and not after_colon and n_words <= 7 and names.named_after(right):
        return Verdict(False, kind, "named after")
    if not ends_sentence and names.naming_frame(left_s, right):
        return Verdict(False, kind, "naming")
    if n_words == 1 and names.nominalised_word(stripped, left_s, right):
        return Verdict(False, kind, "nominalised")  # Nach dem „ungenügend“ der Prüfer …
    if n_words == 1 and names.attributive_adjective(stripped, right):
        return Verdict(False, kind, "attributive")  # der „drastischen“ Erhöhung: distance, not speech
    # a title noun right before the comma takes any apposition: das Prinzip, „ein Mann, eine Stimme“
    noun_comma = left_s.endswith(",") and names.title_noun_before(left_s[:-1].rstrip())
    if (
        left_s.endswith((",", ":"))
        and names.title_noun_in(left_s, window=8)
        and (stripped[0].isupper() or noun_comma)
        and not stripped.endswith(_ENDS_SENTENCE)
        and not personal
        and not cue_after
        and not (after_colon and ctx.saying_verb_in(left_s))  # sagte der Zeitung: „…“
    ):
        # Sie hat ein Buch geschrieben, „Kalte Kufen, heißes Herz“: the title in apposition
        return Verdict(False, kind, "title in apposition")
    # after a colon: two words, or one with its own full stop (Er schrieb nur: „Nein.“)
    colon_words = n_words >= 2 or stripped.endswith(_ENDS_SENTENCE)
    if after_colon and colon_words and not names.title_noun_in(left_s) and (not name or personal):
        return Verdict(True, "direct", "colon")
    one_word_said = n_words == 1 and starts_sentence and right.lstrip().startswith(",")
    if cue_after and (personal or not name or one_word_said):
        # „Leider“, ergänzte Kern: one word opening its sentence and set off by a comma is what
        # was said, even if it could be a name (two words may be a title: „Die Schule“, schrieb …)
        return Verdict(True, kind, "cue after")
    speech = ctx.has_speech_verb(left) or ctx.has_speech_verb(right)
    source = ctx.has_source_marker(left) or ctx.has_source_marker(right) or ctx.stance_holder(left, right)
    konj = ctx.has_konjunktiv(left) or ctx.has_konjunktiv(right)
    reported = speech or source or konj or frame
    # „…“, ließ der Sprecher wissen: a comma and a verb after a sentence-opening quote
    verb_after = bool(_COMMA_VERB_AFTER_RE.match(right))
    # a name-like group opening a sentence is a sentence only with more evidence
    sentence_like = not name or personal or ends_sentence or cue_after
    opens_statement = ends_sentence or speech or personal or verb_after
    if starts_sentence and n_words >= 4 and sentence_like and opens_statement:
        return Verdict(True, "direct", "sentence")
    if starts_sentence and n_words >= 2 and stripped.endswith(_ENDS_SENTENCE) and not right.strip():
        return Verdict(True, "direct", "sentence")  # „Das reicht nicht.“ standing as a sentence
    if starts_sentence and n_words >= 3 and right.strip() in _ENDS_SENTENCE and not name:
        return Verdict(True, "direct", "sentence")  # „Ja, das reicht nicht“. — the whole sentence
    if personal and not name:
        return Verdict(True, kind, "first person")
    if n_words >= 8 and (ends_sentence or reported):
        return Verdict(True, kind, "long")
    if name:
        # a capitalised word group reads as a name unless a frame verb makes
        # it a characterisation: nannte den Bericht eine „Zeitungsente“
        if (frame or konj) and ctx.indefinite_before(left_s):
            return Verdict(True, kind, "characterisation")
        if frame and n_words == 1 and ctx.nennen_object_before(left_s) and ctx.common_noun(stripped):
            # nannte die Maßnahmen „Flickschusterei“: a common noun is a verdict (not: nannte
            # den Hund „Bello“, a name)
            return Verdict(True, kind, "characterisation")
        if ctx.speech_complement(left_s, right):
            return Verdict(True, kind, "speech complement")  # warnte vor „Wortbruch“
        if ctx.opens_clause_after_saying(left_s, right):
            return Verdict(True, kind, "opens said clause")  # Sie sagte, „Kurzarbeit“ sei …
        if ctx.stance_holder(left, right):
            # war für die Verbände „Wortbruch“: a person's or body's verdict, not a name
            return Verdict(True, kind, "characterisation")
        return Verdict(False, kind, "name-like")
    if n_words >= 3 and reported:
        return Verdict(True, kind, "phrase in reported speech")
    if stripped[0].islower() and (speech or source or frame or konj):
        return Verdict(True, kind, "fragment with cue")
    if frame or (ctx.indefinite_before(left_s) and (speech or source)):
        return Verdict(True, kind, "characterisation")
    if n_words >= 3 and stripped[0].islower() and _ALS_ARTICLE_RE.search(left_s):
        # griff die Firma als den „größten Sünder der Branche“ an
        return Verdict(True, kind, "characterisation")
    if n_words >= 6 and stripped[0].islower():
        return Verdict(True, kind, "long phrase")  # a clause nobody would put in marks as a term
    if n_words >= 3 and ctx.words(stripped)[0] in ctx.ARTICLES:
        return Verdict(True, kind, "phrase with article")  # a term is quoted without its article
    return Verdict(False, kind, "no speech context")


def _cue_follows(right: str, *, ends_sentence: bool) -> bool:
    """„…“, sagte sie / „…“, so der Minister / „…?“ fragte er.

    Without a comma a verb right after the marks has the quoted words as its
    subject (Wie „heise online“ berichtet): a name, not a quote.
    """
    if not right.lstrip().startswith((",", "(", "–", "—", "-")) and not ends_sentence:
        return False
    m = _CUE_AFTER_RE.match(right)
    if not m:
        return False
    first = m.group(1).lower()
    if first == "so" and right.lstrip().startswith(","):
        # „…“, so der Minister / so Müller — but not „…“, so lautet der Titel
        nxt = m.group(2) or ""
        return nxt[:1].isupper() or nxt.lower() in _SO_SPEAKER_STARTS
    clause = ctx.words(_CLAUSE_RE.match(right).group(0))
    if clause and lexicon.sends_word(first, clause[-1]):
        return True  # „…“, ließ der Verband verlauten: lassen sends word, like sagte
    return any(w and ctx.has_speech_verb(w) for w in m.groups())


_SO_SPEAKER_STARTS = frozenset("der die das ein eine er sie es man".split())


def _verb_follows_directly(right: str) -> bool:
    """„…“ sagte / „…“ berichtet: no comma, so the quoted words are (in) the subject.

    Direct speech is set off by a comma (or ends in ? or !) before its cue.
    """
    if not right[:1].isspace():
        return False
    first = ctx.words(right[:30])
    return bool(first) and right.lstrip().startswith(first[0]) and ctx.reporting_verb(first[0])
