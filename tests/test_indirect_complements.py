"""The clause after a cue: zu-infinitives that open like a relative clause or with an adverb,
a noun with its relative clause after the comma, regular Konjunktiv I before a preposition
or *kein-* (and not -weise adverbs), and the main clause going on after a cue in a
relative clause.

Every sentence here is invented for the tests.
"""

import pytest
from reported import found

CASES = [
    # a zu-infinitive whose first word is an article that looks like a relative pronoun
    (
        "Die Gutachterin Lea Brandt empfahl dem Senat, der seit Jahren anhängigen Beschwerde stattzugeben.",
        [("der seit Jahren anhängigen Beschwerde stattzugeben", "infinitive-cue", "empfahl",
          "Gutachterin Lea Brandt")],
    ),
    # … and one that opens with jedoch
    (
        "Der Landrat appellierte an die Vereine, jedoch nicht auf dem Zuschuss zu bestehen.",
        [("jedoch nicht auf dem Zuschuss zu bestehen", "infinitive-cue", "appellierte", "Der Landrat")],
    ),
    # a noun with its relative clause after the comma is the infinitive's object, not an apposition
    (
        "Die Anwohner wurden dazu aufgerufen, Fenster, die nach Süden zeigen, zu schließen.",
        [("Fenster, die nach Süden zeigen, zu schließen", "infinitive-cue", "aufgerufen", None)],
    ),
    # a joined zu-infinitive with the particle still- / heran-
    (
        "Die Initiative fordert, das Kohlekraftwerk am Fluss endgültig stillzulegen.",
        [("das Kohlekraftwerk am Fluss endgültig stillzulegen", "infinitive-cue", "fordert", "Initiative")],
    ),
    # regular Konjunktiv I before kein- or a preposition (not an adjective)
    (
        "Der Kandidat Olaf Senne betonte, er gehöre keiner der Fraktionen an.",
        [("er gehöre keiner der Fraktionen an", "konjunktiv-cue", "betonte", "Kandidat Olaf Senne")],
    ),
    (
        "Die Trainerin hat darauf hingewiesen, sie unterscheide zwischen Fehlern und Absicht.",
        [("sie unterscheide zwischen Fehlern und Absicht", "konjunktiv-cue", "hingewiesen", "Die Trainerin")],
    ),
    # after a cue in a relative clause, a finite verb after the comma goes on with the main clause
    (
        "Ein Unwetter, das die Wetterwarte gemeldet hatte, habe nun die Küste erreicht.",
        [("Ein Unwetter, das die Wetterwarte gemeldet hatte, habe nun die Küste erreicht",
          "konjunktiv-continuation", None, None)],
    ),
    (
        "Die Trainerin, die den Wechsel angekündigt hatte, sagte, sie sei erleichtert.",
        [("sie sei erleichtert", "konjunktiv-cue", "sagte", "Die Trainerin")],
    ),
    # … but after a cue in a main clause a verb-first condition may open the infinitive
    (
        "Die Geberländer haben angekündigt, sollte der Putsch gelingen, ihre Hilfe auszusetzen.",
        [("sollte der Putsch gelingen, ihre Hilfe auszusetzen", "infinitive-cue", "angekündigt",
          "Geberländer")],
    ),
    # an adverb in -weise is no Konjunktiv; the verb weise (weist … auf) is
    (
        "Der Bericht führt aus, rund ein Drittel der Fälle weise einen Mangel auf.",
        [("rund ein Drittel der Fälle weise einen Mangel auf", "konjunktiv-cue", "führt", "Bericht")],
    ),
    # a finite verb before a modal zu-infinitive: a clause, not a zu-infinitive
    (
        "Die Anklage argumentierte, gegen ihn sei ein zweiter Vorwurf zu prüfen, wonach er gelogen habe.",
        [("gegen ihn sei ein zweiter Vorwurf zu prüfen, wonach er gelogen habe", "konjunktiv-cue",
          "argumentierte", "Anklage")],
    ),
    # … but a capitalised noun that reads like a verb (Waren) is none
    (
        "Die Demonstranten forderten auf Plakaten dazu auf, chinesische Waren zu boykottieren.",
        [("chinesische Waren zu boykottieren", "infinitive-cue", "forderten", "Demonstranten")],
    ),
    # the comma before a zu-infinitive left out after a participle that closes the frame
    (
        "Der Konzern hat am Montag angekündigt die Preise ab Oktober zu erhöhen.",
        [("die Preise ab Oktober zu erhöhen", "infinitive-cue", "angekündigt", "Konzern")],
    ),
    (
        "Die Anwohner wurden aufgefordert Türen und Fenster geschlossen zu halten.",
        [("Türen und Fenster geschlossen zu halten", "infinitive-cue", "aufgefordert", None)],
    ),
    # a negation in an earlier coordinated clause leaves the frame alone
    (
        "Die Schülerin wollte das nicht hinnehmen und kündigte an, eine Beschwerde einzureichen.",
        [("eine Beschwerde einzureichen", "infinitive-cue", "kündigte", "Schülerin")],
    ),
]

NOT_REPORTED = [
    # a negated frame reports nothing
    "Ein Sprecher der Bahn wollte nicht bestätigen, dass der Zug zu schnell war.",
    "Die Polizei konnte weder bestätigen noch ausschließen, dass der Fahrer betrunken war.",
    # … not after a finite verb, nor a bare um … zu
    "Der Trainer sagt die Spiele ab, um die Spieler zu schonen.",
    "Die Ärztin hat angekündigt zu kommen.",
    # um … zu after a cue: a purpose, even with a Konjunktiv inside
    "Die Berichte sollten geprüft werden, um zu bestimmen, wie ernst sie sein könnten.",
    # a coordinated main clause after the cue stays out, infinitive or not
    "Der Sprecher sagte nichts, und die Gäste begannen zu essen.",
    # so does a relative clause after an object
    "Die Ärztin warnte die Eltern, die zu lange gewartet hatten.",
    # an adjective in -e before its noun is no Konjunktiv
    "Der Minister lobte, die neue Brücke.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_complements(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_not_reported(text):
    assert found(text) == []
