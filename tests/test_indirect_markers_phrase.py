"""Source markers with a longer phrase: the finite verb right after the source's noun, a
modal zu-infinitive after the marker, the whole noun phrase before *zufolge*,
*demnach* inside the clause, websites, and nach + what a law or plan lays down.

Every sentence here is invented for the tests.
"""

import pytest
from reported import found

CASES = [
    # after the source's noun, a word in -en is the finite verb …
    ("Nach Angaben des Pfarrers Anton Sommer griffen Bewaffnete die Kirche an.",
     [("griffen Bewaffnete die Kirche an", "source-marker", "Nach Angaben des", "Pfarrers Anton Sommer")]),
    # … but not right after laut, nor after a time noun (participle before its noun)
    ("Laut örtlichen Medien gab es zwei Verletzte.",
     [("gab es zwei Verletzte", "source-marker", "Laut", "örtlichen Medien")]),
    ("Laut einer am Montag veröffentlichten Mitteilung wurden zwei Brücken gesperrt.",
     [("wurden zwei Brücken gesperrt", "source-marker", "Laut", "Mitteilung")]),
    # a finite verb before a modal zu-infinitive: a clause, not a bare infinitive
    ("Nach Ansicht der Zeitung ist der Streik als Erfolg zu werten.",
     [("ist der Streik als Erfolg zu werten", "source-marker", "Nach Ansicht", "Zeitung")]),
    # zufolge: the whole phrase before it, also without a name (ersten Angaben vom Montag)
    ("Ersten Angaben vom Montag zufolge gehörte das Boot einem Fischer.",
     [("gehörte das Boot einem Fischer", "source-marker", "zufolge", "Angaben")]),
    # an adjective opening the sentence is capitalised by its place, not a name: the whole
    # phrase is the source, which names no one
    ("Ersten Angaben zufolge blieb der Tunnel bis zum Abend gesperrt.",
     [("blieb der Tunnel bis zum Abend gesperrt", "source-marker", "zufolge", "Ersten Angaben")]),
    ("Unabhängigen Beobachtern zufolge verlief die Abstimmung ohne Zwischenfälle.",
     [("verlief die Abstimmung ohne Zwischenfälle", "source-marker", "zufolge", "Unabhängigen Beobachtern")]),
    # (a long phrase interrupts the clause: the larger part of it is reported)
    ("Im Hafen kam es Informationen des Senders Radio Nord zufolge zu Schäden an den Kränen.",
     [("zu Schäden an den Kränen", "source-marker", "zufolge", "Senders Radio Nord")]),
    # the verb before the phrase opens no source (dürfte … zufolge)
    ("Ursache des Brandes dürfte ersten Annahmen zufolge ein defektes Kabel gewesen sein.",
     [("Ursache des Brandes dürfte ersten Annahmen zufolge ein defektes Kabel gewesen sein",
       "source-marker", "zufolge", "ersten Annahmen")]),
    # demnach inside the clause: according to the report named before, the whole clause
    ("Die Behörde legte ihren Bericht vor. Die Zahl der Unfälle ist demnach deutlich gesunken.",
     [("Die Zahl der Unfälle ist demnach deutlich gesunken", "source-marker", "demnach", None)]),
    # the owner of the speech noun speaks: a possessive like a pronoun, a name in the genitive
    ("Vor allem Mädchen lesen nach ihren Worten mehr als Jungen.",
     [("Vor allem Mädchen lesen nach ihren Worten mehr als Jungen", "source-marker", "nach ihren Worten",
       "ihren")]),
    ("Nach Brandts Einschätzung wird der Streik lange dauern.",
     [("wird der Streik lange dauern", "source-marker", "Nach Brandts Einschätzung", "Brandts")]),
    # nach Bewertung is an assessment like nach Einschätzung
    ("Nach Bewertung der Aufsicht ist die Bank stabil.",
     [("ist die Bank stabil", "source-marker", "Nach Bewertung", "Aufsicht")]),
    # a plan or an idea someone put forward: nach Kellers Vorstellung, nach dem Vorschlag der Kommission
    ("Nach Kellers Idee soll künftig die einfache Mehrheit entscheiden.",
     [("soll künftig die einfache Mehrheit entscheiden", "source-marker", "Nach Kellers Idee",
       "Kellers")]),
    ("Nach dem Vorschlag der Kommission sollen die Gebühren sinken.",
     [("sollen die Gebühren sinken", "source-marker", "Nach dem Vorschlag", "Kommission")]),
    # a website is named as a source like an outlet
    ("Laut stadtblatt.de blieben einige Gäste bis zum Morgen.",
     [("blieben einige Gäste bis zum Morgen", "source-marker", "Laut", "stadtblatt.de")]),
    # after the marker's own noun, a bare noun or a phrase that is no genitive opens the clause
    ("Das Beben soll nach ersten Meldungen Schäden an Gebäuden verursacht haben.",
     [("Das Beben soll nach ersten Meldungen Schäden an Gebäuden verursacht haben", "source-marker",
       "nach ersten Meldungen", "Meldungen")]),
    ("Die Tasche, die nach dessen Angaben die Bombe enthalten sollte, war leer.",
     [("die nach dessen Angaben die Bombe enthalten sollte", "source-marker", "nach dessen Angaben",
       "dessen")]),
    # a website in a wie-frame
    ("Wie stadtblatt.de berichtet, ist der Trailer erschienen.",
     [("ist der Trailer erschienen", "source-marker", "berichtet", "stadtblatt.de")]),
    # … and so is a brand of letters and digits in lower case
    ("Nach Angaben von tv24 blieben einige Gäste bis zum Morgen.",
     [("blieben einige Gäste bis zum Morgen", "source-marker", "Nach Angaben von", "tv24")]),
    # nach dem Willen / dem Gesetz / der Verfassung / einem Plan: what they lay down
    ("Nach dem Willen des Stadtrats soll die Brücke bis Mai saniert werden.",
     [("soll die Brücke bis Mai saniert werden", "source-marker", "Nach dem Willen", "Stadtrats")]),
    ("Nach der Verfassung muss der Präsident nach zwei Amtszeiten abtreten.",
     [("muss der Präsident nach zwei Amtszeiten abtreten", "source-marker", "Nach der Verfassung",
       "Verfassung")]),
    ("Nach dem Schulgesetz dürfen Lehrer keine Noten verkaufen.",
     [("dürfen Lehrer keine Noten verkaufen", "source-marker", "Nach dem Schulgesetz", "Schulgesetz")]),
]

NOT_MARKERS = [
    # nach after a noun of demand is its complement, not a source (die Forderung nach …)
    "Die Fahrer konnten ihre Forderung nach einem eigenen Tarifvertrag nicht durchsetzen.",
    # a temporal nach stays temporal
    "Nach dem Spiel feierten die Fans bis in die Nacht.",
]


@pytest.mark.parametrize("text", NOT_MARKERS)
def test_not_markers(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_marker_phrases(text, expected):
    assert found(text) == expected


FRAME_BOUNDARIES = [
    # a marker after a colon opens the clause after it, not the one before
    ("Im Finale scheinen die Rollen verteilt: Nach Meinung vieler Fans wird der Titelverteidiger gewinnen.",
     [("wird der Titelverteidiger gewinnen", "source-marker", "Nach Meinung", "vieler Fans")]),
    # a number after the source opens the next phrase; the short frame stays inside the clause
    ("Der Sturm kostete gemäß der Zeitung 40 Menschen das Leben.",
     [("Der Sturm kostete gemäß der Zeitung 40 Menschen das Leben", "source-marker", "gemäß", "Zeitung")]),
    # a fronted subordinate clause belongs to the main clause the marker interrupts (a short
    # frame stays inside the clause)
    ("Nachdem der Pilot über Hitze geklagt hatte, geht es ihm nach Angaben der Ärzte wieder gut.",
     [("Nachdem der Pilot über Hitze geklagt hatte, geht es ihm nach Angaben der Ärzte wieder gut",
       "source-marker", "nach Angaben der", "Ärzte")]),
    # a short frame inside the clause: the whole clause, not the part before it
    ("Die Lage ist laut Polizei ruhig.",
     [("Die Lage ist laut Polizei ruhig", "source-marker", "laut", "Polizei")]),
    # a long frame: the larger part, unless the other holds a negation or a number
    ("Verletzt wurde nach Angaben der örtlichen Polizei niemand.",
     [("Verletzt wurde nach Angaben der örtlichen Polizei niemand", "source-marker", "nach Angaben der",
       "örtlichen Polizei")]),
    ("Der Vorwurf treffe nach Angaben der beiden Verteidiger nicht zu.",
     [("Der Vorwurf treffe nach Angaben der beiden Verteidiger nicht zu", "source-marker",
       "nach Angaben der", "Verteidiger")]),
    # wie + a name with its role in apposition before the verb
    ("Wie Eva Brandt, Sprecherin der Feuerwehr, in Kiel mitteilte, ist der Brand gelöscht.",
     [("ist der Brand gelöscht", "source-marker", "mitteilte", "Eva Brandt")]),
    # a marker inside the clause a closing speech verb reports is no source of its own
    ("Die Behörde habe sofort nach der Meldung des Herstellers reagiert, sagte er.",
     [("Die Behörde habe sofort nach der Meldung des Herstellers reagiert", "konjunktiv-cue", "sagte",
       "er")]),
    # [clause], das entschied X: das points back to the clause before it
    ("Die Fähre bleibt einen Tag länger im Hafen, das entschied die Reederei.",
     [("Die Fähre bleibt einen Tag länger im Hafen", "cue-clause", "entschied", "Reederei")]),
]

NOT_FRAMES = [
    # …, das nennt man …: a name, not a source
    "Die Kinder spielen draußen im Regen, das nennt man Abhärtung.",
    # …: So sagte X, … introduces what follows; so is no source of what came before
    "Auch die Kommission kritisierte das Gesetz scharf: So sagte ein Sprecher nichts dazu.",
    # wie + a participle with no source: a comparison (so schlimm, wie zunächst angenommen)
    "Die Schäden sind wohl nicht so schwer, wie zunächst angenommen.",
]


@pytest.mark.parametrize(("text", "expected"), FRAME_BOUNDARIES)
def test_frame_boundaries(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_FRAMES)
def test_not_frames(text):
    assert found(text) == []
