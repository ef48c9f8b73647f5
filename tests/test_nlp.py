"""The NLP backend layer: records, offsets, light backend, Konjunktiv rules, registry.

Every sentence here is invented; the people in it do not exist.
"""

from __future__ import annotations

import importlib.util
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteverify.nlp import (
    Backend,
    BackendUnavailable,
    Doc,
    Morph,
    available_backends,
    get_backend,
    konjunktiv,
    normalise_spans,
    paragraph_spans,
    verb_morph,
)
from quoteverify.nlp.stanza_backend import INSTALL_HINT, StanzaBackend

ARTICLE = (
    "Streit um das Hallenbad\n"
    "„Wir werden das nicht hinnehmen“, sagte Bürgermeisterin Klara Feldbrecher am Dienstag. "
    "Sie betonte, die Stadt habe kein Geld für die Sanierung.\n"
    "\n"
    "Kämmerer Jonas Wittkamp widersprach: Die Rücklagen reichten aus. "
    "Ich habe nichts versprochen, sagte er.\n"
    "Die Bürgerinitiative erklärte, es gäbe genug Alternativen."
)


@pytest.fixture(scope="module")
def light() -> Backend:
    return get_backend("light")


def assert_offsets(doc: Doc, text: str) -> None:
    previous_end = 0
    for sentence in doc.sentences:
        assert sentence.tokens
        assert sentence.start == sentence.tokens[0].start
        assert sentence.end == sentence.tokens[-1].end
        for i, token in enumerate(sentence.tokens):
            assert token.i == i
            assert 0 <= token.start < token.end <= len(text)
            assert token.text == text[token.start : token.end]
            assert token.start >= previous_end
            previous_end = token.end
    for entity in doc.entities:
        assert entity.text == text[entity.start : entity.end]


# --- offsets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        "„Das ist gut“, sagte Frau Mu\u0308ller. Dann ging sie nach Hause.",  # decomposed ü
        "Er sagte:\u201eWir kommen\u201c \u2013 so Dr.\u00a0Kai Lo\u0308we.\u00a0Ende.",  # NBSP
        "Super 😀 gemacht 👍🏽! Die Flagge 🇩🇪 und die Familie 👩\u200d👩\u200d👧 waren da.",
        "»Nein«, sagte sie.\r\n\r\n‚Vielleicht‘, meinte er … oder doch?!",
        "Zero\u200bwidth und wei\u00adches Trenn\u00adzeichen, z.\u00a0B. am 3.\u00a0Okt. 2023.",
        "   führende Leerzeichen\n\n\n  und   viele    Lücken  \t Tab.  ",
        "https://example.org/pfad?x=1 und mail@example.org, #Hashtag @jemand :-)",
        "",
        " \n \n",
    ],
)
def test_token_text_is_the_original_slice(light: Backend, text: str) -> None:
    doc = light.analyse(text)
    assert doc.text is text
    assert_offsets(doc, text)
    if text.strip():
        assert doc.sentences


_PIECES = list("abcäöüßABÄÖÜ  ..,!?\n\t„“”\"'’»«–-():;019") + [
    "\u0308",
    "\u0301",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "😀",
    "👍🏽",
    "🇩🇪",
    "\r\n",
    "\u2028",
    "z.\u00a0B.",
    "Dr.",
    " sagte ",
    " sei ",
    "Klara ",
    "https://example.org/a?b=1",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=40),
    cuts=st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=3),
)
def test_offsets_hold_for_any_text_and_spans(light: Backend, pieces: list[str], cuts) -> None:
    text = "".join(pieces)
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts]
    for doc in (light.analyse(text), light.analyse(text, spans)):
        assert_offsets(doc, text)
        for sentence in doc.sentences:
            assert any(start <= sentence.start and sentence.end <= end for start, end in doc.spans)


@pytest.mark.parametrize("text", ["„\u0308a\u0308", "»\u0301Wort«\u0308 und „a\u0308“"])
def test_combining_marks_after_punctuation_keep_tokens_apart(light: Backend, text: str) -> None:
    assert_offsets(light.analyse(text), text)


def test_decomposed_umlaut_keeps_original_characters_but_tags_normal_form(light: Backend) -> None:
    text = "Frau Mu\u0308ller sagte, die Lo\u0308sung sei gefunden."
    doc = light.analyse(text)
    mueller = doc.token_at(text.index("Mu"))
    assert mueller is not None
    assert mueller.text == "Mu\u0308ller" and len(mueller.text) == 7
    assert mueller.lemma == "Müller"
    assert mueller.pos == "NE"
    sei = doc.token_at(text.index("sei"))
    assert sei is not None and sei.konj == "I"


def test_a_lower_case_word_read_as_a_noun_is_a_verb(light: Backend) -> None:
    """HanTa reads kürze as the noun Kürze; written in lower case it is kürzen's Konjunktiv I."""
    text = "Die Regierung kürze bei den Kitas."
    token = light.analyse(text).token_at(text.index("kürze"))
    assert token is not None
    assert (token.lemma, token.pos, token.konj) == ("kürzen", "VVFIN", "I")


def test_quote_marks_and_punctuation_get_stts_punctuation_tags(light: Backend) -> None:
    text = "„Wir kommen“, sagte sie. »Nein!« (Das war’s.) – Ende"
    tags = {t.text: t.pos for t in light.analyse(text).tokens()}
    assert tags["„"] == tags["“"] == tags["»"] == tags["«"] == "$("
    assert tags["("] == tags[")"] == tags["–"] == "$("
    assert tags[","] == "$,"
    assert tags["."] == tags["!"] == "$."


# --- spans ---------------------------------------------------------------------------------


def test_spans_only_analyses_those_spans_with_offsets_into_the_full_text(light: Backend) -> None:
    paragraphs = paragraph_spans(ARTICLE)
    assert len(paragraphs) == 4
    wanted = [paragraphs[1], paragraphs[3]]
    doc = light.analyse(ARTICLE, wanted)
    assert doc.spans == tuple(wanted)
    assert_offsets(doc, ARTICLE)
    assert [ARTICLE[s.start : s.end] for s in doc.sentences] == [
        "„Wir werden das nicht hinnehmen“, sagte Bürgermeisterin Klara Feldbrecher am Dienstag.",
        "Sie betonte, die Stadt habe kein Geld für die Sanierung.",
        "Die Bürgerinitiative erklärte, es gäbe genug Alternativen.",
    ]
    for sentence in doc.sentences:
        assert any(start <= sentence.start and sentence.end <= end for start, end in wanted)
    # The same sentences, tokens and tags as in the whole-text analysis.
    full = light.analyse(ARTICLE)
    inside = [s for s in full.sentences if any(a <= s.start < b for a, b in wanted)]
    assert inside == list(doc.sentences)
    assert not doc.sentences_in(*paragraphs[2])
    assert doc.token_at(ARTICLE.index("Kämmerer")) is None


def test_spans_are_validated_merged_and_sorted() -> None:
    text = "abcdefghij"
    assert normalise_spans(text, [(5, 8), (0, 2), (1, 3), (4, 4)]) == ((0, 3), (5, 8))
    assert normalise_spans(text, []) == ()
    with pytest.raises(ValueError, match="outside the text"):
        normalise_spans(text, [(3, 11)])
    with pytest.raises(ValueError):
        normalise_spans(text, [(5, 3)])


def test_empty_spans_give_an_empty_doc(light: Backend) -> None:
    doc = light.analyse(ARTICLE, [])
    assert doc.sentences == () and doc.entities == ()


def test_paragraph_spans_split_at_line_breaks_but_not_soft_wraps() -> None:
    text = "Titel\nErster Satz, der\numbricht. Zweiter.\r\n\r\nDritter Absatz"
    assert [text[a:b] for a, b in paragraph_spans(text)] == [
        "Titel",
        "Erster Satz, der\numbricht. Zweiter.",
        "Dritter Absatz",
    ]


# --- Doc helpers ---------------------------------------------------------------------------


def test_doc_lookups(light: Backend) -> None:
    doc = light.analyse(ARTICLE)
    at = ARTICLE.index("Feldbrecher")
    token = doc.token_at(at + 3)
    assert token is not None and token.text == "Feldbrecher"
    sentence = doc.sentence_at(at)
    assert sentence is not None and sentence.token_at(at) is token
    assert doc.token_at(ARTICLE.index(" sagte")) is None  # whitespace
    assert doc.sentence_at(len(ARTICLE) + 5) is None
    start = ARTICLE.index("Sie betonte")
    end = ARTICLE.index("Rücklagen")
    texts = [doc.sentence_text(s)[:12] for s in doc.sentences_in(start, end)]
    assert texts == ["Sie betonte,", "Kämmerer Jon"]  # no sentence break at the colon
    assert doc.sentences_in(at, at) == (sentence,)


def test_names_become_entities(light: Backend) -> None:
    doc = light.analyse(ARTICLE)
    names = [e.text for e in doc.entities]
    assert "Klara Feldbrecher" in names
    assert "Jonas Wittkamp" in names
    assert all(e.label == "NE" for e in doc.entities)


# --- tags and mood -------------------------------------------------------------------------


def test_stts_tags(light: Backend) -> None:
    text = "„Das ist falsch“, sagte Klara Feldbrecher am Montag in Oberhausen."
    tagged = [(t.text, t.pos) for t in light.analyse(text).tokens()]
    assert tagged == [
        ("„", "$("),
        ("Das", "PDS"),
        ("ist", "VAFIN"),
        ("falsch", "ADJD"),
        ("“", "$("),
        (",", "$,"),
        ("sagte", "VVFIN"),
        ("Klara", "NE"),
        ("Feldbrecher", "NE"),
        ("am", "APPRART"),
        ("Montag", "NN"),
        ("in", "APPR"),
        ("Oberhausen", "NE"),
        (".", "$."),
    ]


def test_more_stts_tags_and_lemmas(light: Backend) -> None:
    doc = light.analyse("Die Ministerin erklärte, man könne die neuen Pläne nicht umsetzen.")
    by_text = {t.text: t for t in doc.tokens()}
    assert by_text["Ministerin"].pos == "NN"
    assert by_text["erklärte"].pos == "VVFIN" and by_text["erklärte"].lemma == "erklären"
    assert by_text["könne"].pos == "VMFIN" and by_text["könne"].konj == "I"
    assert by_text["neuen"].pos == "ADJA"
    assert by_text["Pläne"].lemma == "Plan"
    assert by_text["umsetzen"].pos == "VVINF"
    assert by_text["umsetzen"].morph == {"VerbForm": "Inf"}


@pytest.mark.parametrize(
    ("form", "lemma", "tag", "prev", "expected"),
    [
        ("sei", "sein", "VAFIN", ["sie"], "I"),
        ("seien", "sein", "VAFIN", ["die", "Pläne"], "I"),
        ("sei", "sein", "VAFIN", ["ich"], "I"),  # "ich sei": indicative is "bin"
        ("hätten", "haben", "VAFIN", ["sie"], "II"),
        ("hätte", "haben", "VAFIN", ["ich"], "II"),
        ("habe", "haben", "VAFIN", ["ich"], None),
        ("habe", "haben", "VAFIN", ["die", "Stadt"], "I"),
        ("habe", "haben", "VAFIN", ["Ich", "glaube", ",", "sie"], "I"),
        ("haben", "haben", "VAFIN", ["sie"], None),  # plural Konj I = indicative
        ("sagte", "sagen", "VVFIN", ["sie"], None),
        ("sagten", "sagen", "VVFIN", ["sie"], None),
        ("gebe", "geben", "VVFIN", ["es"], "I"),
        ("gebe", "geben", "VVFIN", ["dass", "ich", "das", "nicht"], None),
        ("gäbe", "geben", "VVFIN", ["es"], "II"),
        ("gäben", "geben", "VVFIN", ["sie"], "II"),
        ("würde", "werden", "VAFIN", ["er"], "II"),
        ("würden", "werden", "VAFIN", ["sie"], "II"),
        ("werde", "werden", "VAFIN", ["man"], "I"),
        ("werde", "werden", "VAFIN", ["ich"], None),
        ("wollte", "wollen", "VMFIN", ["er"], None),
        ("sollte", "sollen", "VMFIN", ["er"], None),
        ("wolle", "wollen", "VMFIN", ["er"], "I"),
        ("könne", "können", "VMFIN", ["ich"], "I"),
        ("könnte", "können", "VMFIN", ["man"], "II"),
        ("müsse", "müssen", "VMFIN", ["man"], "I"),
        ("dürfe", "dürfen", "VMFIN", ["man"], "I"),
        ("möge", "mögen", "VMFIN", ["man"], "I"),
        ("wisse", "wissen", "VVFIN", ["er"], "I"),
        ("wüsste", "wissen", "VVFIN", ["er"], "II"),
        ("liege", "liegen", "VVFIN", ["das", "Problem"], "I"),
        ("komme", "kommen", "VVFIN", ["sie"], "I"),
        ("stehe", "stehen", "VVFIN", ["die", "Firma"], "I"),
        ("bestehe", "bestehen", "VVFIN", ["es"], "I"),
        ("käme", "kommen", "VVFIN", ["sie"], "II"),
        ("ginge", "gehen", "VVFIN", ["es"], "II"),
        ("gingen", "gehen", "VVFIN", ["sie"], None),  # = past indicative
        ("stünde", "stehen", "VVFIN", ["sie"], "II"),
        ("läge", "liegen", "VVFIN", ["es"], "II"),
        ("ließe", "lassen", "VVFIN", ["sie"], "II"),
        ("brächte", "bringen", "VVFIN", ["das"], "II"),
        ("wäre", "sein", "VAFIN", ["es"], "II"),
        ("wären", "sein", "VAFIN", ["sie"], "II"),
        ("kannte", "kennen", "VVFIN", ["sie"], None),
        ("erklärte", "erklären", "VVFIN", ["sie"], None),
        ("sagt", "sagen", "VVFIN", ["sie"], None),
        ("ist", "sein", "VAFIN", ["es"], None),
        ("gebe", "geben", "VVINF", ["zu"], None),  # not finite
        ("sei", "sein", "VA(FIN)", ["er"], "I"),  # HanTa's tag notation
    ],
)
def test_konjunktiv_rules(form: str, lemma: str, tag: str, prev: list[str], expected: str | None) -> None:
    assert konjunktiv(form, lemma, tag, prev) == expected


def test_konjunktiv_looks_after_the_verb_for_an_inverted_ich() -> None:
    assert konjunktiv("habe", "haben", "VAFIN", ["Gestern"], ["ich"]) is None
    assert konjunktiv("habe", "haben", "VAFIN", ["Gestern"], ["er"]) == "I"


def test_verb_morph() -> None:
    assert verb_morph("sei", "sein", "VAFIN", ["sie"]) == {
        "VerbForm": "Fin",
        "Mood": "Sub",
        "Konj": "I",
        "Person": "3",
        "Number": "Sing",
    }
    assert verb_morph("hätten", "haben", "VAFIN", ["die", "Pläne"])["Number"] == "Plur"
    assert verb_morph("habe", "haben", "VAFIN", ["ich"]) == {
        "VerbForm": "Fin",
        "Person": "1",
        "Number": "Sing",
    }
    assert verb_morph("gesagt", "sagen", "VVPP") == {"VerbForm": "Part"}
    assert verb_morph("Haus", "Haus", "NN") == {}


def test_backend_marks_reported_speech_mood(light: Backend) -> None:
    doc = light.analyse(ARTICLE)
    finite = [(t.text, t.konj, t.morph["Person"]) for t in doc.tokens() if t.is_finite_verb]
    assert finite == [
        ("werden", None, "1"),
        ("sagte", None, "3"),
        ("betonte", None, "3"),
        ("habe", "I", "3"),  # die Stadt habe
        ("widersprach", None, "3"),
        ("reichten", None, "3"),  # weak -ten: past indicative too, no mood claimed
        ("habe", None, "1"),  # Ich habe
        ("sagte", None, "3"),
        ("erklärte", None, "3"),
        ("gäbe", "II", "3"),
    ]
    stadt_habe = next(t for t in doc.tokens() if t.text == "habe")
    assert stadt_habe.subjunctive and stadt_habe.morph["Mood"] == "Sub"


def test_morph_is_an_immutable_hashable_mapping() -> None:
    morph = Morph.parse("Number=Sing|Mood=Sub|Konj=I")
    assert morph == {"Mood": "Sub", "Konj": "I", "Number": "Sing"}
    assert str(morph) == "Konj=I|Mood=Sub|Number=Sing"
    assert hash(morph) == hash(Morph({"Konj": "I", "Number": "Sing", "Mood": "Sub"}))
    assert Morph.parse(None) == {} and str(Morph.parse("_")) == "_"
    with pytest.raises(TypeError):
        morph["Mood"] = "Ind"  # type: ignore[index]


def test_tokens_and_docs_are_hashable_and_cached(light: Backend) -> None:
    first = light.analyse(ARTICLE)
    second = light.analyse(ARTICLE)
    assert first == second
    assert hash(first.sentences) == hash(second.sentences)


# --- registry ------------------------------------------------------------------------------


def test_default_backend_is_light_and_reused() -> None:
    backend = get_backend()
    assert backend.name == "light"
    assert backend is get_backend("light")
    assert isinstance(backend, Backend)
    assert "somajo" in backend.version and "hanta" in backend.version


def test_unknown_backend_lists_the_known_names() -> None:
    assert available_backends() == ("light", "stanza")
    with pytest.raises(ValueError, match="unknown NLP backend 'spacy'") as caught:
        get_backend("spacy")
    assert "light, stanza" in str(caught.value)


@pytest.mark.skipif(importlib.util.find_spec("stanza") is not None, reason="stanza is installed")
def test_stanza_without_stanza_says_how_to_install_it() -> None:
    with pytest.raises(BackendUnavailable) as caught:
        get_backend("stanza")
    message = str(caught.value)
    assert message == INSTALL_HINT
    assert "pip install 'quoteverify[stanza]'" in message
    assert "stanza.download('de')" in message


# --- stanza mapping, with a stand-in for stanza's pipeline ---------------------------------


def _word(id: int, text: str, lemma: str, xpos: str, feats: str | None, head: int, deprel: str):
    return SimpleNamespace(
        id=id, text=text, lemma=lemma, upos="X", xpos=xpos, feats=feats, head=head, deprel=deprel
    )


def _token(start: int, end: int, *words: SimpleNamespace) -> SimpleNamespace:
    return SimpleNamespace(start_char=start, end_char=end, words=list(words))


class FakePipeline:
    """Answers like stanza for 'Sie sagte, sie sei zum Rathaus gegangen.'"""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def bulk_process(self, texts: list[str]) -> list[SimpleNamespace]:
        self.seen.extend(texts)
        docs = []
        for piece in texts:
            assert piece == "Sie sagte, sie sei zum Rathaus gegangen."
            tokens = [
                _token(0, 3, _word(1, "Sie", "sie", "PPER", "Person=3", 2, "nsubj")),
                _token(4, 9, _word(2, "sagte", "sagen", "VVFIN", "Mood=Ind|VerbForm=Fin", 0, "root")),
                _token(9, 10, _word(3, ",", ",", "$,", None, 2, "punct")),
                _token(11, 14, _word(4, "sie", "sie", "PPER", "Person=3", 9, "nsubj")),
                _token(15, 18, _word(5, "sei", "sein", "VAFIN", "Mood=Sub|VerbForm=Fin", 9, "aux")),
                _token(
                    19,
                    22,
                    _word(6, "zu", "zu", "APPR", None, 8, "case"),
                    _word(7, "dem", "der", "ART", "Case=Dat", 8, "det"),
                ),
                _token(23, 30, _word(8, "Rathaus", "Rathaus", "NN", "Case=Dat", 9, "obl")),
                _token(31, 39, _word(9, "gegangen", "gehen", "VVPP", "VerbForm=Part", 2, "ccomp")),
                _token(39, 40, _word(10, ".", ".", "$.", None, 2, "punct")),
            ]
            sentence = SimpleNamespace(tokens=tokens)
            ents = [SimpleNamespace(start_char=23, end_char=30, type="LOC", text="Rathaus")]
            docs.append(SimpleNamespace(sentences=[sentence], ents=ents))
        return docs


def test_stanza_backend_maps_words_heads_feats_and_entities() -> None:
    sentence = "Sie sagte, sie sei zum Rathaus gegangen."
    text = "Überschrift\n" + sentence + "\nNoch ein Absatz."
    pipeline = FakePipeline()
    backend = StanzaBackend(pipeline, "9.9")
    start = text.index("Sie")
    doc = backend.analyse(text, [(start, start + len(sentence))])
    assert pipeline.seen == [sentence]
    assert backend.version == "stanza-9.9"
    assert_offsets_allowing_empty(doc, text)
    (parsed,) = doc.sentences
    assert (parsed.start, parsed.end) == (start, start + len(sentence))
    words = parsed.tokens
    assert [w.text for w in words][4:7] == ["sei", "zum", ""]  # "zum" = zu + dem
    assert words[6].start == words[6].end == words[5].end
    assert words[1].head is None and words[1].deprel == "root"
    assert words[0].head == 1 and words[4].head == 8
    assert words[4].konj == "I" and words[4].morph["Mood"] == "Sub"
    assert words[1].konj is None
    assert [(e.text, e.label) for e in doc.entities] == [("Rathaus", "LOC")]


def assert_offsets_allowing_empty(doc: Doc, text: str) -> None:
    for token in doc.tokens():
        assert token.text == text[token.start : token.end]
