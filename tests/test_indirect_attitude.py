"""Adjectives of conviction or concern (data/attitude_adjectives.txt): after sein or sich
zeigen their dass-clause, zu-infinitive or Konjunktiv I clause is the subject's reported
position.

Every sentence here is invented for the tests.
"""

import pytest

from quoteverify.attribute.indirect import find_reported_clauses
from quoteverify.detect import detect_quotes
from quoteverify.records import Article


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    art = Article("t", text)
    return [
        (text[c.start : c.end], c.rule, c.cue.text if c.cue else None, c.mention.text if c.mention else None)
        for c in find_reported_clauses(art, detect_quotes(art))
    ]


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
