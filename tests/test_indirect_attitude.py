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
]

NOT_REPORTED = [
    # es: nobody's position; a negated attitude; a relative clause after the adjective
    "Es ist sicher, dass der Zug ausfällt.",
    "Der Trainer ist nicht zuversichtlich, das Spiel zu gewinnen.",
    "Die Eltern waren besorgt, die ganze Nacht.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attitude(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_not_reported(text):
    assert found(text) == []
