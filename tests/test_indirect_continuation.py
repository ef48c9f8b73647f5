"""Konjunktiv sentences with no cue of their own: where the reported clause starts.

Every sentence here is invented for the tests.
"""

import pytest
from reported import found_spans as found

CASES = [
    # the Konjunktiv verb opens its segment: it is the verb second, everything before is its prefield
    (
        "Der Sprecher sagte, der Sturm sei abgezogen. Die Opfer, vor allem ältere Menschen, seien "
        "in Sicherheit gebracht worden.",
        [("der Sturm sei abgezogen", "konjunktiv-cue"),
         ("Die Opfer, vor allem ältere Menschen, seien in Sicherheit gebracht worden",
          "konjunktiv-continuation")],
    ),
    (
        "Beim letzten Sturm im Jahr 2010, dessen Folgen geringer waren, seien 300 Helfer im Einsatz gewesen.",
        [("Beim letzten Sturm im Jahr 2010, dessen Folgen geringer waren, seien 300 Helfer im Einsatz "
          "gewesen", "konjunktiv-continuation")],
    ),
    # a Konjunktiv only in a subordinate clause stays that clause
    (
        "Die Polizei fand den Wagen, den der Dieb gestohlen habe, am Bahnhof.",
        [("den der Dieb gestohlen habe", "konjunktiv-continuation")],
    ),
    # Konjunktiv II after reported speech: the reporter's own hypothesis stays out …
    (
        "Der Sprecher sagte, der Bau sei teuer. Sollte der Zuschuss ausbleiben, müsste die Stadt sparen.",
        [("der Bau sei teuer", "konjunktiv-cue")],
    ),
    (
        "Der Sprecher sagte, der Bau sei teuer. Im Falle einer Verzögerung müsste die Stadt Strafe zahlen.",
        [("der Bau sei teuer", "konjunktiv-cue")],
    ),
    (
        "Der Sprecher sagte, der Bau sei teuer. Die Stadt könnte möglicherweise Strafe zahlen.",
        [("der Bau sei teuer", "konjunktiv-cue")],
    ),
    # … but a condition in the statement goes on with it
    (
        "Der Sprecher sagte, der Bau sei teuer. Die Arbeiten würden fortgesetzt, wenn Geld komme.",
        [("der Bau sei teuer", "konjunktiv-cue"),
         ("Die Arbeiten würden fortgesetzt, wenn Geld komme", "konjunktiv-continuation")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_where_the_clause_starts(text, expected):
    assert found(text) == expected
