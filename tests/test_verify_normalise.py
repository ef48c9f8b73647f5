"""Normalisation layers, tokens with offsets, numbers as values, speaker names, word lists."""

from __future__ import annotations

import pytest

from quoteverify.verify import key, layers
from quoteverify.verify import wordlists as wl
from quoteverify.verify.normalise import LABEL_OF_LAYER, LAYERS, first_common_layer
from quoteverify.verify.numbers import word_value
from quoteverify.verify.speakers import same_speaker, speaker_key
from quoteverify.verify.tokens import tokenize


def test_layers_apply_in_order() -> None:
    assert layers("„Daß\u00ad wir   Hochwasser-\nSchutz brauchen, weiß Jörg – sicher …“") == [
        ("unicode", "„Daß wir   Hochwasser-\nSchutz brauchen, weiß Jörg – sicher ...“"),
        ("whitespace", "„Daß wir Hochwasser- Schutz brauchen, weiß Jörg – sicher ...“"),
        ("typographic", "Daß wir Hochwasser- Schutz brauchen, weiß Jörg - sicher"),
        ("case", "daß wir hochwasser- schutz brauchen, weiß jörg - sicher"),
        ("spelling", "dass wir hochwasser- schutz brauchen, weiss jörg - sicher"),
        ("transliteration", "dass wir hochwasser- schutz brauchen, weiss joerg - sicher"),
        ("hyphenation", "dass wir hochwasserschutz brauchen, weiss joerg - sicher"),
    ]
    assert [name for name, _ in layers("x")] == list(LAYERS)


@pytest.mark.parametrize(
    ("a", "b", "layer"),
    [
        ("Wir kommen", "Wir kommen", "unicode"),
        ("Wir ko\u0308nnen", "Wir können", "unicode"),
        ("Wir\u00a0kommen", "Wir  kommen", "whitespace"),
        ("„Wir kommen“", "«Wir kommen.»", "typographic"),
        ("geht’s", "geht's", "typographic"),
        ("bis auf weiteres", "bis auf Weiteres", "case"),
        ("Strasse", "Straße", "spelling"),
        ("selbständig", "selbstständig", "spelling"),
        ("Müller", "Mueller", "transliteration"),
        ("Benítez", "Benitez", "transliteration"),
        ("Hoch-\nwasser", "Hochwasser", "hyphenation"),
        ("Hochwasser", "Niedrigwasser", None),
        ("Jänner", "Januar", None),
    ],
)
def test_first_common_layer(a: str, b: str, layer: str | None) -> None:
    assert first_common_layer(a, b) == layer


def test_every_layer_has_a_label() -> None:
    assert set(LABEL_OF_LAYER) == set(LAYERS)
    assert set(LABEL_OF_LAYER.values()) == {"identical", "typographic", "orthographic"}


def test_key_keeps_words_and_numbers_only() -> None:
    assert key("„Bis Ende 2027 fallen rund 1.200 Stellen weg – zwölfhundert!“") == (
        "bis ende 2027 fallen rund 1200 stellen weg 1200"
    )
    assert key("Hoch-\nwasser geht’s […] 30 %") == "hochwasser gehts 30 prozent"
    assert key("") == ""


def test_tokens_carry_offsets_into_the_raw_text() -> None:
    text = "Ein Bu\u0308ro für 1.200 Leute – und eins"
    tokens = tokenize(text)
    assert [(t.text, text[t.start : t.end], t.key, t.value) for t in tokens] == [
        ("Ein", "Ein", "ein", None),
        ("Bu\u0308ro", "Bu\u0308ro", "buero", None),
        ("für", "für", "fuer", None),
        ("1.200", "1.200", "1200", 1200.0),
        ("Leute", "Leute", "leute", None),
        ("und", "und", "und", None),
        ("eins", "eins", "1", 1.0),
    ]


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("zwoelf", 12.0),
        ("zwoelfhundert", 1200.0),
        ("einundzwanzig", 21.0),
        ("zweihundertfuenfundzwanzig", 225.0),
        ("dreitausendvierhundert", 3400.0),
        ("hundert", 100.0),
        ("millionen", 1_000_000.0),
        ("anderthalb", 1.5),
        ("ein", None),
        ("achten", None),
        ("und", None),
        ("dreier", None),
    ],
)
def test_number_words(word: str, value: float | None) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Joaquín Ferreyra", "Ferreyra", True),
        ("Hasselbrücks Bürgermeister Jens Thielemann", "Jens Thielemann", True),
        ("Jens Thielemann", "Petra Thielemann", False),
        ("Jana Wendel", "Otto Pfeiffer", False),
        ("Jana Wendel", None, True),
        ("Sprecherin", "Otto Pfeiffer", True),
        ("Stadtverwaltung", "Otto Pfeiffer", True),
        ("Gemeinderat Nord", "Otto Pfeiffer", False),
    ],
)
def test_same_speaker(a: str, b: str | None, same: bool) -> None:
    assert same_speaker(a, b) is same
    assert same_speaker(b, a) is same


def test_speaker_key_is_the_folded_surname() -> None:
    assert speaker_key("Joaquín Ferreyra") == speaker_key("FERREYRA") == "ferreyra"
    assert speaker_key(None) is None


def test_word_lists_load() -> None:
    assert "nicht" in wl.negations()
    assert wl.modal_verbs()["müsste"] == "necessity"
    assert wl.quantifiers()["sämtliche"] == "all"
    assert wl.date_words()["jänner"] == "januar"
    assert wl.number_words()["zwölf"] == (12.0, "unit")
    assert wl.verb_forms()["sei"] == ("sein", "konj1")
    assert ("jänner", "januar", "AT", "lexical") in [
        (v, s, r.upper(), lv) for v, s, r, lv in wl.regional_variants()
    ]


def test_malformed_word_list_line_names_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    class Fake:
        def __truediv__(self, name: str) -> Fake:
            return self

        def read_text(self, encoding: str) -> str:
            return "# header\nmuss\tnecessity\nkann\n"

    monkeypatch.setattr(wl.resources, "files", lambda package: Fake())
    with pytest.raises(ValueError, match=r"modal_verbs.tsv, line 3: expected 2 tab-separated fields"):
        wl.rows("modal_verbs.tsv", 2)
