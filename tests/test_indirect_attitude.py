"""Adjectives of conviction or concern (data/attitude_adjectives.txt): after sein or sich
zeigen their dass-clause, zu-infinitive or Konjunktiv I clause is the subject's reported
position.

Every sentence here is invented for the tests.
"""

import pytest
from reported import found

CASES = [
    ("Der Trainer zeigte sich zuversichtlich, das Spiel am Sonntag zu gewinnen.",
     [("das Spiel am Sonntag zu gewinnen", "infinitive-cue", "zuversichtlich", "Der Trainer")]),
    ("Die Ministerin ist überzeugt, dass die Reform wirkt.",
     [("die Reform wirkt", "dass-clause", "überzeugt", "Die Ministerin")]),
    ("Die Anwohner zeigten sich besorgt, dass der Damm brechen könnte.",
     [("der Damm brechen könnte", "dass-clause", "besorgt", "Die Anwohner")]),
    # the attitude closing the sentence: the Konjunktiv clause before it
    ("Mit mehr Geld wäre das Ergebnis knapper ausgefallen, ist Gewerkschaftschef Reto Sigg überzeugt.",
     [("Mit mehr Geld wäre das Ergebnis knapper ausgefallen", "konjunktiv-cue", "überzeugt",
       "Gewerkschaftschef Reto Sigg")]),
    ("Die Reform komme rechtzeitig, zeigte sich die Ministerin zuversichtlich.",
     [("Die Reform komme rechtzeitig", "konjunktiv-cue", "zuversichtlich", "die Ministerin")]),
]

NOT_REPORTED = [
    # es: nobody's position; a negated attitude; a relative clause after the adjective
    "Es ist sicher, dass der Zug ausfällt.",
    "Der Trainer ist nicht zuversichtlich, das Spiel zu gewinnen.",
    "Die Eltern waren besorgt, die ganze Nacht.",
    # an indicative clause before a closing attitude is the reporter's
    "Das Spiel war hart, ist der Trainer überzeugt.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attitude(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_not_reported(text):
    assert found(text) == []
