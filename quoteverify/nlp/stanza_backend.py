"""The stanza backend: a neural pipeline with a dependency parser and typed NER.

Optional: ``pip install 'quoteverify[stanza]'`` and download the German
models once with ``python -c "import stanza; stanza.download('de')"``.  The
pipeline never downloads at run time; a missing package or model raises
:class:`~quoteverify.nlp.base.BackendUnavailable` with that hint.

Mapping onto :mod:`quoteverify.nlp.base`:

* one :class:`Token` per stanza *word*, so dependency heads line up; the
  words of a German multi-word token (*zum* = *zu* + *dem*) all point at the
  surface form: the first carries its span, the others an empty span at its
  end (``text == ""``);
* ``pos`` is the STTS ``xpos`` (the UD ``upos`` if a model has none);
* ``morph`` is stanza's ``feats``; a finite verb in ``Mood=Sub`` also gets
  ``Konj=I``/``II`` from :func:`quoteverify.nlp.konjunktiv.konjunktiv`;
* ``head`` is the 0-based index of the head word in the sentence (None for
  the root), ``deprel`` the UD relation;
* stanza's entity mentions (``PER``, ``LOC``, ``ORG``, ``MISC``/``OTH``) become
  :class:`Entity` records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quoteverify.nlp.base import (
    BackendUnavailable,
    Doc,
    Entity,
    Morph,
    Sentence,
    Token,
    normalise_spans,
)
from quoteverify.nlp.konjunktiv import konjunktiv

__all__ = ["INSTALL_HINT", "MODEL_HINT", "StanzaBackend", "load"]

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
INSTALL_HINT = (
    "the stanza backend needs the stanza package: pip install 'quoteverify[stanza]', "
    "then download the German models once with "
    "python -c \"import stanza; stanza.download('de')\""
)
MODEL_HINT = (
    "the stanza backend could not load its German models ({error}); download them once with "
    "python -c \"import stanza; stanza.download('de')\""
)


def load(**options: Any) -> StanzaBackend:
    """The stanza backend; ``options`` go to ``stanza.Pipeline`` (e.g. ``use_gpu=False``).

    Raises BackendUnavailable when stanza or its German models are missing.
    """
    try:
        import stanza
    except ImportError as error:
        raise BackendUnavailable(INSTALL_HINT) from error
    settings: dict[str, Any] = {
        "lang": "de",
        "processors": PROCESSORS,
        "download_method": None,  # never fetch models at run time
        "logging_level": "WARN",
    }
    settings.update(options)
    try:
        pipeline = stanza.Pipeline(**settings)
    except Exception as error:  # stanza raises several kinds for missing resources
        raise BackendUnavailable(MODEL_HINT.format(error=error)) from error
    return StanzaBackend(pipeline, getattr(stanza, "__version__", "?"))


class StanzaBackend:
    """A loaded stanza pipeline behind the :class:`~quoteverify.nlp.base.Backend` protocol."""

    name = "stanza"

    def __init__(self, pipeline: Any, stanza_version: str) -> None:
        self.pipeline = pipeline
        self.version = f"stanza-{stanza_version}"

    def analyse(self, text: str, spans: Sequence[tuple[int, int]] | None = None) -> Doc:
        todo = normalise_spans(text, spans)
        pieces = [text[start:end] for start, end in todo]
        if not pieces:
            return Doc(text, (), (), todo)
        if hasattr(self.pipeline, "bulk_process"):
            docs = self.pipeline.bulk_process(pieces)
        else:
            docs = [self.pipeline(piece) for piece in pieces]
        sentences: list[Sentence] = []
        entities: list[Entity] = []
        for (offset, end), doc in zip(todo, docs, strict=True):
            for sent in doc.sentences:
                sentence = _sentence(text, offset, end, sent)
                if sentence is not None:
                    sentences.append(sentence)
            for ent in doc.ents:
                start, stop = _span(ent, offset, end)
                if stop > start:
                    entities.append(Entity(start, stop, text[start:stop], ent.type))
        return Doc(text, tuple(sentences), tuple(entities), todo)

    def __repr__(self) -> str:
        return f"StanzaBackend(version={self.version!r})"


def _span(item: Any, offset: int, limit: int) -> tuple[int, int]:
    """An item's ``start_char``/``end_char`` shifted into the full text, clamped to its span."""
    start, end = getattr(item, "start_char", None), getattr(item, "end_char", None)
    if start is None or end is None:
        return limit, limit
    start = min(max(offset + start, offset), limit)
    return start, min(max(offset + end, start), limit)


def _sentence(text: str, offset: int, limit: int, sent: Any) -> Sentence | None:
    words: list[tuple[Any, int, int]] = []
    position = offset
    for token in sent.tokens:
        start, end = _span(token, offset, limit)
        if end <= start:  # no offsets: an empty span where the last token ended
            start = end = position
        for k, word in enumerate(token.words):
            words.append((word, start, end) if k == 0 else (word, end, end))
        position = end
    if not words:
        return None
    forms = [word.text or "" for word, _, _ in words]
    tokens: list[Token] = []
    for i, (word, start, end) in enumerate(words):
        morph = Morph.parse(word.feats)
        pos = word.xpos or word.upos or "XY"
        if morph.get("Mood") == "Sub" and "Konj" not in morph:
            konj = konjunktiv(
                word.text or "",
                word.lemma or "",
                "VVFIN",
                forms[max(0, i - 12) : i],
                forms[i + 1 : i + 3],
            )
            if konj is not None:
                morph = Morph(morph, Konj=konj)
        head = word.head - 1 if isinstance(word.head, int) and word.head > 0 else None
        tokens.append(
            Token(
                i,
                text[start:end],
                start,
                end,
                word.lemma or word.text or "",
                pos,
                morph,
                head,
                word.deprel,
            )
        )
    first = next((t for t in tokens if t.end > t.start), tokens[0])
    return Sentence(first.start, max(t.end for t in tokens), tuple(tokens))
