"""Runs of Konjunktiv sentences with no cue of their own: three or more are one clause.

Every sentence here is invented for the tests.
"""

import pytest

from quoteverify.attribute.indirect import find_reported_clauses
from quoteverify.detect import detect_quotes
from quoteverify.records import Article

CASES = [
    # three continuation sentences after the framed one: one passage
    (
        "Die Bürgermeisterin Jana Wolter sagte, der Haushalt sei knapp. Die Stadt müsse sparen. "
        "Das Hallenbad werde geschlossen. Auch die Bücherei habe kürzere Öffnungszeiten.",
        [
            ("der Haushalt sei knapp", "konjunktiv-cue"),
            (
                "Die Stadt müsse sparen. Das Hallenbad werde geschlossen. "
                "Auch die Bücherei habe kürzere Öffnungszeiten",
                "konjunktiv-continuation",
            ),
        ],
    ),
    # two continuation sentences stay two clauses
    (
        "Die Bürgermeisterin Jana Wolter sagte, der Haushalt sei knapp. Die Stadt müsse sparen. "
        "Das Hallenbad werde geschlossen.",
        [
            ("der Haushalt sei knapp", "konjunktiv-cue"),
            ("Die Stadt müsse sparen", "konjunktiv-continuation"),
            ("Das Hallenbad werde geschlossen", "konjunktiv-continuation"),
        ],
    ),
    # the passage goes on across a paragraph break
    (
        "Trainer Olaf Brink sagte, die Mannschaft sei müde. Sie habe zu viele Spiele gehabt. "
        "Der Kader sei zu klein.\n\nDie Abwehr habe Fehler gemacht.",
        [
            ("die Mannschaft sei müde", "konjunktiv-cue"),
            (
                "Sie habe zu viele Spiele gehabt. Der Kader sei zu klein.\n\nDie Abwehr habe Fehler gemacht",
                "konjunktiv-continuation",
            ),
        ],
    ),
    # a headline between the sentences ends it
    (
        "Trainer Olaf Brink sagte, die Mannschaft sei müde. Sie habe zu viele Spiele gehabt. "
        "Der Kader sei zu klein.\n\nAbwehr in der Kritik\n\nDie Abwehr habe Fehler gemacht.",
        [
            ("die Mannschaft sei müde", "konjunktiv-cue"),
            ("Sie habe zu viele Spiele gehabt", "konjunktiv-continuation"),
            ("Der Kader sei zu klein", "konjunktiv-continuation"),
            ("Die Abwehr habe Fehler gemacht", "konjunktiv-continuation"),
        ],
    ),
    # an indicative sentence in between ends the run
    (
        "Trainer Olaf Brink sagte, die Mannschaft sei müde. Sie habe zu viele Spiele gehabt. "
        "Das Spiel endete 0:2. Der Kader sei zu klein. Die Abwehr habe Fehler gemacht. "
        "Der Sturm sei harmlos gewesen.",
        [
            ("die Mannschaft sei müde", "konjunktiv-cue"),
            ("Sie habe zu viele Spiele gehabt", "konjunktiv-continuation"),
            (
                "Der Kader sei zu klein. Die Abwehr habe Fehler gemacht. Der Sturm sei harmlos gewesen",
                "konjunktiv-continuation",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_runs_of_konjunktiv_sentences(text, expected):
    art = Article("a", text)
    found = find_reported_clauses(art, detect_quotes(art))
    assert [(text[c.start : c.end], c.rule) for c in found] == expected
    joined = [c for c in found if ". " in text[c.start : c.end] or ".\n" in text[c.start : c.end]]
    assert all((c.cue, c.mention) == (None, None) for c in joined)
