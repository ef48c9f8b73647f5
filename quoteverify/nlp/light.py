"""The light backend: SoMaJo tokens and sentences, HanTa tags and lemmas, rule-based mood.

Pure Python, no model download, a few thousand tokens a second:

* SoMaJo (``de_CMC``) splits each paragraph into sentences of tokens with
  character offsets into the original string (it normalises to NFC inside,
  the offsets still point into the text as given);
* HanTa tags and lemmatises each sentence; its tags are mapped to plain
  STTS (``VV(FIN)`` -> ``VVFIN``, ``ADJ(A)`` -> ``ADJA``, ``NNA`` -> ``NN``,
  punctuation by its characters);
* :mod:`quoteverify.nlp.konjunktiv` adds ``Mood=Sub``/``Konj`` and a
  person/number guess to finite verbs.

There is no parser (``head``/``deprel`` are None) and no typed NER: runs of
``NE`` tokens become entities labelled ``NE``.

Models load once per process on first use.  Results are cached per
paragraph string, per sentence (HanTa) and per word (HanTa's word analyses),
so agency copy repeated across outlets costs almost nothing the second time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from typing import Any

from quoteverify.nlp.base import (
    EMPTY_MORPH,
    Doc,
    Entity,
    Morph,
    Sentence,
    Token,
    normalise_spans,
)
from quoteverify.nlp.konjunktiv import konjunktiv, verb_morph

__all__ = ["LightBackend", "stts", "tag_words", "tokenize_paragraph"]

RULES_VERSION = "1"

# (start, end, normalised text, SoMaJo token class) relative to the paragraph.
RawToken = tuple[int, int, str, str]
# (start, end, lemma, STTS tag, morph) relative to the paragraph.
TaggedToken = tuple[int, int, str, str, Morph]


# --- models, loaded once -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    from somajo import SoMaJo

    tokenizer = SoMaJo("de_CMC", split_camel_case=False, character_offsets=True)
    _skip_emoji_scan_without_emoji(tokenizer)
    return tokenizer


def _skip_emoji_scan_without_emoji(tokenizer: Any) -> None:
    """Speed-up: SoMaJo looks for emoji grapheme by grapheme, about half its time on news.

    Its ``_split_emojis`` only splits where a character is Extended_Pictographic,
    Emoji_Presentation or U+FE0F, so a token with none of these is skipped up
    front - the output is the same.  Left alone if SoMaJo's internals differ.
    """
    inner = getattr(tokenizer, "_tokenizer", None)
    original = getattr(inner, "_split_emojis", None)
    if original is None:
        return
    try:
        import regex

        maybe_emoji = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")
    except Exception:  # noqa: BLE001 - an optimisation only
        return

    def split_emojis(node: Any, *args: Any, **kwargs: Any) -> None:
        text = getattr(getattr(node, "value", None), "text", None)
        if isinstance(text, str) and maybe_emoji.search(text) is None:
            return
        original(node, *args, **kwargs)

    inner._split_emojis = split_emojis


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    # Word-level memoisation: both methods are pure functions of their
    # arguments (the model is read-only), and every sentence calls them for
    # every word.  Instance attributes shadow the class methods.
    tagger._tag_word = lru_cache(maxsize=200_000)(tagger._tag_word)
    tagger._analyze = lru_cache(maxsize=200_000)(tagger._analyze)
    return tagger


def _version() -> str:
    def version_of(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "?"

    return f"somajo-{version_of('SoMaJo')}+hanta-{version_of('HanTa')}+rules-{RULES_VERSION}"


# --- tokenisation --------------------------------------------------------------------------

_SENTENCE_END_RE = re.compile(r"[.!?…]+")
_FALLBACK_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)


@lru_cache(maxsize=4096)
def tokenize_paragraph(paragraph: str) -> tuple[tuple[RawToken, ...], ...]:
    """SoMaJo's sentences of one paragraph: ``(start, end, text, class)`` per token.

    Offsets index ``paragraph``; ``text`` is SoMaJo's (NFC) token text.
    Token ranges never overlap (a range starting inside the one before is
    cut to start after it); empty ones are dropped.  Should SoMaJo fail on some input, a
    plain regex tokenizer takes over for that paragraph.
    """
    try:
        sentences = list(_tokenizer().tokenize_text([paragraph]))
    except Exception:  # noqa: BLE001 - one odd paragraph must not stop an article
        return _fallback_tokenize(paragraph)
    out: list[tuple[RawToken, ...]] = []
    n = len(paragraph)
    previous_end = 0
    for sentence in sentences:
        tokens: list[RawToken] = []
        for token in sentence:
            offset = token.character_offset
            if offset is None:
                continue
            # SoMaJo's offsets can overlap around combining marks („̈ä): keep them in order
            start, end = max(offset[0], previous_end), offset[1]
            if 0 <= start < end <= n:
                tokens.append((start, end, token.text, token.token_class or "regular"))
                previous_end = end
        if tokens:
            out.append(tuple(tokens))
    return tuple(out)


def _fallback_tokenize(paragraph: str) -> tuple[tuple[RawToken, ...], ...]:
    sentences: list[tuple[RawToken, ...]] = []
    current: list[RawToken] = []
    for match in _FALLBACK_TOKEN_RE.finditer(paragraph):
        word = unicodedata.normalize("NFC", match.group())
        current.append((match.start(), match.end(), word, "regular"))
        if _SENTENCE_END_RE.fullmatch(word):
            sentences.append(tuple(current))
            current = []
    if current:
        sentences.append(tuple(current))
    return tuple(sentences)


# --- tags ----------------------------------------------------------------------------------

_QUOTES = frozenset("„“”\"«»‚‘’'‹›`´")
_DASHES = frozenset("-‐‑‒–—―")
_BRACKETS = frozenset("()[]{}<>")
_PAREN_CHARS = _QUOTES | _DASHES | _BRACKETS | frozenset("/\\|·•")
_FINAL_CHARS = frozenset(".!?;:")
# What HanTa reads best for a punctuation token.
_HANTA_INPUT = {**{c: '"' for c in _QUOTES}, **{c: "-" for c in _DASHES}, "[": "(", "]": ")"}
_TAG_MAP = {
    "NNA": "NN",
    "NNI": "NN",
    "ACR_NE": "NE",
    "ACR_NN": "NN",
    "ADJ": "ADJD",
    "UNKNOWN": "XY",
    "SYMB": "XY",
    "URL": "XY",
    "ORD_ABR": "ADJA",
}
_NON_WORD_CLASSES = {
    "URL": "XY",
    "email_address": "XY",
    "hashtag": "XY",
    "mention": "XY",
    "emoticon": "XY",
    "XML_tag": "XY",
    "number": "CARD",
    "ordinal": "ADJA",
}


def _punctuation_tag(word: str) -> str | None:
    """STTS for a token made of punctuation only: ``$,``, ``$.`` or ``$(``."""
    if word == ",":
        return "$,"
    if all(c in _FINAL_CHARS for c in word):
        return "$(" if word.startswith("..") else "$."
    if "…" in word and all(c in _FINAL_CHARS or c == "…" for c in word):
        return "$("
    if all(c in _PAREN_CHARS for c in word):
        return "$("
    return None


def stts(hanta_tag: str, word: str = "", token_class: str = "regular") -> str:
    """Plain STTS for a HanTa tag (``VV(FIN)`` -> ``VVFIN``), fixing punctuation and non-words."""
    punct = _punctuation_tag(word) if word else None
    if punct is not None:
        return punct
    if token_class in _NON_WORD_CLASSES:
        return _NON_WORD_CLASSES[token_class]
    if hanta_tag in _TAG_MAP:
        return _TAG_MAP[hanta_tag]
    tag = hanta_tag.replace("(", "").replace(")", "")
    if "_" in tag:
        tag = tag.split("_", 1)[0]
    return tag


def _hanta_word(word: str) -> str:
    if len(word) == 1 and word in _HANTA_INPUT:
        return _HANTA_INPUT[word]
    return word


@lru_cache(maxsize=32768)
def tag_words(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """HanTa's ``(lemma, tag)`` per word of one sentence (tags as HanTa writes them)."""
    if not words:
        return ()
    tagged = _tagger().tag_sent([_hanta_word(w) for w in words], taglevel=1)
    return tuple((lemma, tag) for _, lemma, tag in tagged)


def _lemma(word: str, lemma: str, tag: str) -> str:
    """HanTa lower-cases inside (``USA`` -> ``Usa``): give nouns and names their casing back."""
    if tag.startswith("$") or tag in ("CARD", "XY"):
        return word
    if tag in ("NE", "NN", "FM") and lemma:
        low_word = word.lower()
        if len(low_word) == len(word) and low_word.startswith(lemma.lower()):
            return word[: len(lemma)]
    return lemma or word


# Endings of common nouns, never of the surnames the rule below is after.
_NOUN_SUFFIXES = tuple(
    "ung heit keit schaft tion sion tät ismus chen lein ment nis ium ie ik ur enz anz tum ling ei".split()
)


def _surname_like(word: str) -> bool:
    """An unknown capitalised word that could be a surname (*Feldbrecher*, *Vossberg-Kühn*)."""
    parts = word.split("-")
    if not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts):
        return False
    low = word.lower()
    return low not in _tagger().cache and not low.endswith(_NOUN_SUFFIXES)


def _tag_sentence(raw: tuple[RawToken, ...]) -> tuple[TaggedToken, ...]:
    words = tuple(t[2] for t in raw)
    analyses = tag_words(words)
    tags = [stts(hanta_tag, t[2], t[3]) for t, (_, hanta_tag) in zip(raw, analyses, strict=True)]
    lemmas = [lemma for lemma, _ in analyses]
    for k in range(1, len(tags)):
        # HanTa knows first names better than surnames: "Klara" NE + "Feldbrecher" NN.
        if tags[k] == "NN" and tags[k - 1] == "NE" and _surname_like(words[k]):
            tags[k], lemmas[k] = "NE", words[k]
        # Die Regierung kürze bei den Kitas: no noun is written in lower case, so a word the
        # tagger reads as a noun (Kürze) is the verb whose stem it is (kürzen)
        elif tags[k] == "NN" and words[k].islower() and words[k].isalpha() and words[k].endswith("e") \
                and lemmas[k].lower() == words[k]:
            tags[k], lemmas[k] = "VVFIN", words[k] + "n"
    out: list[TaggedToken] = []
    for k, (start, end, word, _) in enumerate(raw):
        tag, lemma = tags[k], lemmas[k]
        morph = EMPTY_MORPH
        if tag.startswith("V"):
            prev_words, next_words = words[max(0, k - 12) : k], words[k + 1 : k + 3]
            if tag.endswith("IMP") and k > 0 and konjunktiv(word, lemma, "VVFIN", prev_words, next_words):
                tag = tag[:2] + "FIN"  # not clause-initial: a Konjunktiv I, not an imperative
            features = verb_morph(word, lemma, tag, prev_words, next_words)
            if features:
                morph = Morph(features)
        out.append((start, end, _lemma(word, lemma, tag), tag, morph))
    return tuple(out)


@lru_cache(maxsize=4096)
def _analyse_paragraph(paragraph: str) -> tuple[tuple[TaggedToken, ...], ...]:
    return tuple(_tag_sentence(raw) for raw in tokenize_paragraph(paragraph))


# --- the backend ---------------------------------------------------------------------------


class LightBackend:
    """SoMaJo + HanTa + Konjunktiv rules; see the module docstring."""

    name = "light"

    def __init__(self) -> None:
        self.version = _version()

    def warm_up(self) -> None:
        """Load both models now instead of on the first analysis."""
        _tokenizer()
        _tagger()

    def analyse(self, text: str, spans: Sequence[tuple[int, int]] | None = None) -> Doc:
        """Analyse ``spans`` of ``text`` (None: every paragraph) into a :class:`Doc`."""
        todo = normalise_spans(text, spans)
        sentences: list[Sentence] = []
        entities: list[Entity] = []
        for span_start, span_end in todo:
            for tagged in _analyse_paragraph(text[span_start:span_end]):
                tokens = tuple(
                    Token(
                        i,
                        text[span_start + s : span_start + e],
                        span_start + s,
                        span_start + e,
                        lemma,
                        tag,
                        morph,
                    )
                    for i, (s, e, lemma, tag, morph) in enumerate(tagged)
                )
                sentences.append(Sentence(tokens[0].start, tokens[-1].end, tokens))
                entities.extend(_name_runs(text, tokens))
        return Doc(text, tuple(sentences), tuple(entities), todo)

    def __repr__(self) -> str:
        return f"LightBackend(version={self.version!r})"


def _name_runs(text: str, tokens: tuple[Token, ...]) -> list[Entity]:
    """Maximal runs of NE tokens as untyped entities."""
    out: list[Entity] = []
    run_start: Token | None = None
    last: Token | None = None
    for token in (*tokens, None):
        if token is not None and token.pos == "NE":
            if run_start is None:
                run_start = token
            last = token
            continue
        if run_start is not None and last is not None:
            out.append(Entity(run_start.start, last.end, text[run_start.start : last.end], "NE"))
        run_start = last = None
    return out


def cache_clear() -> None:
    """Forget every cached analysis (the models stay loaded)."""
    _analyse_paragraph.cache_clear()
    tokenize_paragraph.cache_clear()
    tag_words.cache_clear()
    if _tagger.cache_info().currsize:
        tagger = _tagger()
        tagger._tag_word.cache_clear()
        tagger._analyze.cache_clear()
