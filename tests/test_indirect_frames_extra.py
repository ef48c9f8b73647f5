"""Source markers (nach + a compound speech noun; before a zu-infinitive), and a colon
after a speech verb with an object.

Every sentence here is invented for the tests.
"""

import pytest

from quoteverify.attribute.indirect import find_reported_clauses
from quoteverify.detect import detect_quotes
from quoteverify.records import Article

CASES = [
    # the clause a source marker attributes keeps its zu-infinitive after the comma
    (
        "Nach einem Bericht der Zeitung gelang es dem Bergsteiger, den Gipfel zu erreichen.",
        ("gelang es dem Bergsteiger, den Gipfel zu erreichen", "source-marker", "Nach einem Bericht",
         "Zeitung"),
    ),
    (
        "Nach Angaben der Gewerkschaft weigerten sich einige Fahrer, die Strecke zu bedienen.",
        (
            "weigerten sich einige Fahrer, die Strecke zu bedienen",
            "source-marker",
            "Nach Angaben der",
            "Gewerkschaft",
        ),
    ),
    (
        "Vereinzelt weigerten sich nach Angaben der Gewerkschaft einige Fahrer, die Strecke zu bedienen.",
        (
            "Vereinzelt weigerten sich nach Angaben der Gewerkschaft einige Fahrer, die Strecke zu bedienen",
            "source-marker",
            "nach Angaben der",
            "Gewerkschaft",
        ),
    ),
    # nach + a compound whose head is a speech noun
    (
        "Nach einem Fernsehbericht des Senders ist der Minister in der Nacht zurückgetreten.",
        ("ist der Minister in der Nacht zurückgetreten", "source-marker", "Nach einem Fernsehbericht",
         "Senders"),
    ),
    (
        "Nach einem EU-Dokument leben viele Familien in Armut.",
        ("leben viele Familien in Armut", "source-marker", "Nach einem EU-Dokument", "EU-Dokument"),
    ),
    # a second main clause after the comma still ends the attributed one
    (
        "Laut Polizei wurde der Fahrer verletzt, die Beifahrerin blieb unverletzt.",
        ("wurde der Fahrer verletzt", "source-marker", "Laut", "Polizei"),
    ),
    # X kritisierte das Gesetz: Es sei … - the object before the colon is the topic, X speaks
    (
        "Die Richterin Eva Lohse kritisierte das neue Gesetz in scharfer Form: Es beschränke die Presse.",
        ("Es beschränke die Presse", "konjunktiv-cue", "kritisierte", "Richterin Eva Lohse"),
    ),
    (
        "Der Anwalt Timo Brehm lobte das Urteil und die Arbeit der Kammer in seinem Schreiben an die "
        "Kanzlei ausdrücklich: Es sei gerecht.",
        ("Es sei gerecht", "konjunktiv-cue", "lobte", "Anwalt Timo Brehm"),
    ),
    # the object before the verb, the speaker after it
    (
        "Den Vorschlag begrüßte die Ministerin ausdrücklich: Er sei mutig.",
        ("Er sei mutig", "konjunktiv-cue", "begrüßte", "die Ministerin"),
    ),
    (
        "Den Anwohnern schlug er vor, einen Verein zu gründen.",
        ("einen Verein zu gründen", "infinitive-cue", "schlug", "er"),
    ),
    # the subject with an apposition before the verb, not the object after it
    (
        "Karl Brenner, Sprecher der Bürgerinitiative, forderte den Stadtrat dazu auf, die Pläne zu stoppen.",
        ("die Pläne zu stoppen", "infinitive-cue", "forderte", "Karl Brenner"),
    ),
    # an adverb inside the apposition (selbst, einst)
    (
        "Der 54-Jährige, selbst Lehrer in Celle, sagte, er sehe das anders.",
        ("er sehe das anders", "konjunktiv-cue", "sagte", "Der 54-Jährige"),
    ),
    # … but an object with an aside before the verb leaves the pronoun after it the subject
    (
        "Den Stadtrat, dessen Mitglieder heute tagen, forderte er auf, die Pläne zu stoppen.",
        ("die Pläne zu stoppen", "infinitive-cue", "forderte", "er"),
    ),
    # a time or a prepositional phrase before the verb is no subject
    (
        "Erst vergangene Woche kündigte der Konzern an, alle Filialen zu schließen.",
        ("alle Filialen zu schließen", "infinitive-cue", "kündigte", "Konzern"),
    ),
    (
        "Das änderte sich, nachdem die Partei auf nationaler Ebene beschlossen hatte, die Listen zu öffnen.",
        ("die Listen zu öffnen", "infinitive-cue", "beschlossen", None),
    ),
    # begründete X damit, dass …: the object is the topic, the clause the reason given
    (
        "Der Sender begründete die Einblendungen damit, dass geschützte Daten genutzt würden.",
        ("geschützte Daten genutzt würden", "dass-clause", "begründete", "Sender"),
    ),
    # … a cue closing the clause after the colon names who said it
    (
        "Auch die Grünen kritisierten den Plan: Er komme viel zu spät, meinte Klubobfrau Judith Wallner.",
        ("Er komme viel zu spät", "konjunktiv-cue", "meinte", "Klubobfrau Judith Wallner"),
    ),
    (
        "Der Befund der Prüfer war eindeutig: Die Kasse sei leer, sagte die Revisorin Ute Kamm.",
        ("Die Kasse sei leer", "konjunktiv-cue", "sagte", "Revisorin Ute Kamm"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_frame_clause(text, expected):
    art = Article("a", text)
    found = find_reported_clauses(art, detect_quotes(art))
    assert [
        (text[c.start : c.end], c.rule, c.cue.text if c.cue else None, c.mention.text if c.mention else None)
        for c in found
    ] == [expected]


NOT_REPORTED = [
    "Nach dem Mittagessen ging der Minister nach Hause.",  # nach + no speech noun
    # wie … nannte / genannt wird: a name, not a source
    "Der Sänger Bobby Lenz, wie er sich selbst gerne nannte, ist tot.",
    "Seit seiner Rede erreichte „Molli“, wie ihn alle im Verein nennen, Kultstatus.",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_not_reported(text):
    art = Article("a", text)
    assert find_reported_clauses(art, detect_quotes(art)) == []


def test_colon_with_object_needs_konjunktiv():
    # an indicative sentence after the colon is the reporter's, not the speaker's
    text = "Die Richterin Eva Lohse kritisierte das neue Gesetz in scharfer Form: Es beschränkt die Presse."
    art = Article("a", text)
    assert find_reported_clauses(art, detect_quotes(art)) == []
