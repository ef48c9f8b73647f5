"""Verbs of deciding, planning, offering, ordering and suspecting (data/intent_verbs.tsv):
their dass-clause, zu-infinitive or Konjunktiv I clause is reported content, read only by
the reported-speech finder.

Every sentence here is invented for the tests.
"""

import importlib.util
from importlib import resources
from pathlib import Path

import pytest
from reported import found

from quoteverify import lexicon
from quoteverify.lexicon import SpeechVerb

ROOT = Path(__file__).resolve().parent.parent


def test_generated_tsv_is_up_to_date() -> None:
    path = ROOT / "scripts" / "build_intent_verbs.py"
    spec = importlib.util.spec_from_file_location("build_intent_verbs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = (resources.files("quoteverify") / "data" / "intent_verbs.tsv").read_text(encoding="utf-8")
    assert module.render() == data, "rerun scripts/build_intent_verbs.py"


@pytest.mark.parametrize(
    ("token", "particle", "expected"),
    [
        ("beschloss", None, SpeechVerb("beschließen", "", "intent")),
        ("bot", "an", SpeechVerb("anbieten", "an", "direct")),
        ("angewiesen", None, SpeechVerb("anweisen", "an", "direct")),
        ("wurde", "bekannt", SpeechVerb("bekannt werden", "bekannt", "intent")),
        ("wurde", None, None),  # a bare stem form needs its particle
        ("bot", None, None),
        ("Beschluss", None, None),  # capitalised: a noun
    ],
)
def test_resolve_intent_verb(token, particle, expected) -> None:
    assert lexicon.resolve_intent_verb(token, particle) == expected


def test_intent_verbs_stay_apart_from_speech_verbs() -> None:
    """Quote detection and the quote cues read speech_verbs.tsv only: no lemma in both files,
    and the forms that are determiners are left out."""
    intent = {v.lemma for readings in lexicon.intent_verb_candidates().values() for v in readings}
    assert intent.isdisjoint(v.lemma for v in lexicon.speech_verbs())
    assert "beschloss" not in lexicon.speech_verb_forms()
    assert {"einige", "einigen"}.isdisjoint(lexicon.intent_verb_candidates())
    assert {v.cls for readings in lexicon.intent_verb_candidates().values() for v in readings} == {
        "intent", "direct"}


CASES = [
    ("Der Stadtrat beschloss am Montag, das Hallenbad im Winter zu schließen.",
     [("das Hallenbad im Winter zu schließen", "infinitive-cue", "beschloss", "Stadtrat")]),
    ("Die Gewerkschaft und der Verband haben vereinbart, dass die Löhne im Mai steigen.",
     [("die Löhne im Mai steigen", "dass-clause", "vereinbart", "Gewerkschaft")]),
    ("Im März wurde bekannt, dass der Verein einen neuen Trainer sucht.",
     [("der Verein einen neuen Trainer sucht", "dass-clause", "wurde", None)]),
    ("Die Partei erwägt, gegen das Urteil vor das Verfassungsgericht zu ziehen.",
     [("gegen das Urteil vor das Verfassungsgericht zu ziehen", "infinitive-cue", "erwägt", "Partei")]),
    # a verb with a person as object (anbieten, anweisen, beauftragen)
    ("Die Reederei bot den Fahrgästen an, die Tickets vollständig zu erstatten.",
     [("die Tickets vollständig zu erstatten", "infinitive-cue", "bot", "Reederei")]),
    ("Die Richterin ordnete an, der Angeklagte bleibe vorerst in Haft.",
     [("der Angeklagte bleibe vorerst in Haft", "konjunktiv-cue", "ordnete", "Die Richterin")]),
    ("Die Polizei hatte die Anwohner angewiesen, ihre Häuser nicht zu verlassen.",
     [("ihre Häuser nicht zu verlassen", "infinitive-cue", "angewiesen", "Polizei")]),
    # bis zu: a preposition, not a subordinator
    ("Die Firma hat sich mit dem Betriebsrat geeinigt, bis zu 40 Stellen abzubauen.",
     [("bis zu 40 Stellen abzubauen", "infinitive-cue", "geeinigt", "Firma")]),
]

NOUNS = [
    # a noun of decision or request before the comma takes the zu-infinitive
    ("Aus mehreren Gemeinden kommen Aufrufe, am Samstag für den Erhalt der Klinik zu demonstrieren.",
     [("am Samstag für den Erhalt der Klinik zu demonstrieren", "infinitive-cue", "Aufrufe", "Gemeinden")]),
    # … also with its owner in the genitive (who speaks) or its addressee after an (the request
    # itself is the source then)
    ("Die Opposition kritisierte den Vorschlag des Ministers, die Gebühren zu verdoppeln.",
     [("die Gebühren zu verdoppeln", "infinitive-cue", "Vorschlag", "des Ministers")]),
    ("Mehrere Anfragen an den Betreiber, das Forum zu sperren, blieben ohne Antwort.",
     [("das Forum zu sperren", "infinitive-cue", "Anfragen", "Anfragen")]),
    # the infinitive ends where the main clause resumes with its verb; the one who has the plan speaks
    ("Der Plan der Reederei, die Fähre im Winter stillzulegen, wurde verworfen.",
     [("die Fähre im Winter stillzulegen", "infinitive-cue", "Plan", "Reederei")]),
]

NOT_REPORTED = [
    # a relative clause or a Konjunktiv II after an intent noun is no content
    "Der Plan der Stadt, der seit Jahren vorliegt, wurde nie umgesetzt.",
    "Der Beschluss des Rates, das Geld würde reichen, überraschte viele.",
    # deciding whether is no content
    "Das Gericht entscheidet am Freitag, ob der Mann in Haft bleibt.",
    # a reason, and a Konjunktiv II, after the verb are the reporter's own
    "Die Behörde ordnete die Räumung des Hauses an, da es einsturzgefährdet ist.",
    "Der Ausschuss beschloss am Abend, das Geld würde nicht reichen.",
    # without a person as object, an object noun takes the clause (mit dem Ziel, …)
    "Die Stadt beschloss einen Haushalt mit dem Ziel, die Schulden abzubauen.",
    # an indicative main clause or an als-clause is no decision
    "Der Vorstand beschloss am Montag, die Aktie fiel um zwei Prozent.",
    "Das Ergebnis wurde bekannt, als die Zählung endete.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_intent_frames(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_not_reported(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), NOUNS)
def test_intent_nouns(text, expected):
    assert found(text) == expected
