"""Indirect speech: reported clauses, their cue and speaker phrase, exactly.

Every sentence here is invented for the tests.
"""

import re

import pytest

from quoteverify.attribute.indirect import ReportedClause, find_reported_clauses
from quoteverify.detect import detect_quotes
from quoteverify.nlp.base import Doc, Morph, Sentence, Token
from quoteverify.nlp.light import LightBackend
from quoteverify.records import Article
from quoteverify.sentences import sentences


class StubBackend:
    """Marks the given words as Konjunktiv I; records the spans it was asked to analyse."""

    name = "stub"
    version = "0"

    def __init__(self, konjunktiv: tuple[str, ...] = ()) -> None:
        self.konjunktiv = konjunktiv
        self.calls: list[list[tuple[int, int]]] = []

    def analyse(self, text, spans=None):
        spans = list(spans or [(0, len(text))])
        self.calls.append(spans)
        sentences = []
        for a, b in spans:
            toks = []
            for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text[a:b])):
                word = m.group()
                konj = word in self.konjunktiv
                morph = Morph(Mood="Sub", Konj="I", VerbForm="Fin") if konj else Morph()
                pos = "VVFIN" if konj else "NN"
                toks.append(Token(i, word, a + m.start(), a + m.end(), word.lower(), pos, morph))
            sentences.append(Sentence(toks[0].start, toks[-1].end, tuple(toks)))
        return Doc(text, tuple(sentences), (), tuple(spans))


def clauses(text: str, backend=None) -> list[ReportedClause]:
    article = Article(id="t", text=text)
    return find_reported_clauses(article, detect_quotes(article), backend=backend or StubBackend())


def texts(text: str, found: list[ReportedClause]) -> list[str]:
    return [text[c.start : c.end] for c in found]


@pytest.mark.parametrize(
    "text, span, cue, mention, rule",
    [
        # Konjunktiv clause before its cue, and after it
        ("Die Lage sei ernst, sagte Landrätin Petra Kühn.",
         "Die Lage sei ernst", "sagte", "Landrätin Petra Kühn", "konjunktiv-cue"),
        # a reported clause opening with a preposition that also opens a purpose (um, ohne … zu)
        ("Die Chefin sagte am Mittwoch, ohne neue Werke könne man nichts garantieren.",
         "ohne neue Werke könne man nichts garantieren", "sagte", "Die Chefin", "konjunktiv-cue"),
        # sondern without a verb of its own goes on with the clause
        ("Der Sprecher erwiderte, seine Partei wolle die Regel nicht abschaffen, sondern durch bessere "
         "Instrumente ersetzen.",
         "seine Partei wolle die Regel nicht abschaffen, sondern durch bessere Instrumente ersetzen",
         "erwiderte", "Der Sprecher", "konjunktiv-cue"),
        # a speech noun with its owner in the genitive before the infinitive: the owner voiced it
        ("Die Abgeordnete erinnerte an das Versprechen der Koalition, jährlich 400.000 Wohnungen zu bauen.",
         "jährlich 400.000 Wohnungen zu bauen", "Versprechen", "Koalition", "infinitive-cue"),
        # a so-frame inside the clause after a short opening (Bis dahin, so …, könnten …)
        ("Bis dahin, so der Meteorologe, könnten noch 50 Zentimeter Neuschnee fallen.",
         "Bis dahin, so der Meteorologe, könnten noch 50 Zentimeter Neuschnee fallen", "so",
         "Meteorologe", "source-marker"),
        # a demonstrative opening the clause with the verb right after it is no relative pronoun
        ("Die Studienleiterin Anna Berg sagte, das sei neu.", "das sei neu", "sagte",
         "Studienleiterin Anna Berg", "konjunktiv-cue"),
        # a preposition opening the clause before a closing cue is no subordinator (Ohne die …)
        ("Ohne die Einnahmen fehlten der Stadt rund 400.000 Euro, sagte die Bürgermeisterin.",
         "Ohne die Einnahmen fehlten der Stadt rund 400.000 Euro", "sagte", "die Bürgermeisterin",
         "cue-clause"),
        # gab zurück is a retort; zurückgeben with an object is returning goods, no cue
        ("Der Minister gab zurück, es stimme nicht.", "es stimme nicht", "gab", "Der Minister",
         "konjunktiv-cue"),
        # hielt ihm vor (vorhalten): a reproach is a cue
        ("Die Staatsanwältin hielt ihm vor, er habe viel versprochen.",
         "er habe viel versprochen", "hielt", "Die Staatsanwältin", "konjunktiv-cue"),
        # a contrast or focus after a comma goes on with the clause
        ("Der Analyst sagte, der Markt habe mit einer Kürzung, nicht aber mit einem Ausfall gerechnet.",
         "der Markt habe mit einer Kürzung, nicht aber mit einem Ausfall gerechnet", "sagte", "Der Analyst",
         "konjunktiv-cue"),
        # a short clause with a quoted word is the reporter's words all the same
        ("Das sei „enttäuschend“, sagte Wahlleiter Uwe Brandt.",
         "Das sei „enttäuschend“", "sagte", "Wahlleiter Uwe Brandt", "konjunktiv-cue"),
        ("Kühn betonte, man habe alles getan.", "man habe alles getan", "betonte", "Kühn", "konjunktiv-cue"),
        ("Am Montag erklärte der Landrat, die Straße bleibe gesperrt.",
         "die Straße bleibe gesperrt", "erklärte", "der Landrat", "konjunktiv-cue"),
        ("Die Ministerin teilte mit, der Zug habe Verspätung gehabt.",
         "der Zug habe Verspätung gehabt", "teilte", "Die Ministerin", "konjunktiv-cue"),
        ("Der Verband kritisierte, die Gebühren seien zu hoch.",
         "die Gebühren seien zu hoch", "kritisierte", "Verband", "konjunktiv-cue"),
        # the frame interrupts a Konjunktiv clause that goes on with its dass-complement
        ("Das Problem sei vielmehr, so der Präsident, dass die Firma den Preis erhöhen wolle.",
         "Das Problem sei vielmehr, so der Präsident, dass die Firma den Preis erhöhen wolle", "so",
         "der Präsident", "source-marker"),
        ("Die Lage sei ernst, sagte Kühn, als sie im Rathaus ankam.",
         "Die Lage sei ernst", "sagte", "Kühn", "konjunktiv-cue"),
        # dass / ob clauses: the complementiser is not part of the span, the mood does not matter
        ("Der Sprecher sagte, dass die Straße gesperrt bleibt.",
         "die Straße gesperrt bleibt", "sagte", "Der Sprecher", "dass-clause"),
        ("Die Reederei bestätigte am Abend, dass das Schiff sicher im Hafen liegt.",
         "das Schiff sicher im Hafen liegt", "bestätigte", "Reederei", "dass-clause"),
        ("Die Stadträtin fragte, ob der Markt im Mai stattfinde.",
         "der Markt im Mai stattfinde", "fragte", "Die Stadträtin", "dass-clause"),
        ("Die Behörde geht davon aus, dass der Damm hält.",
         "der Damm hält", "geht", "Behörde", "dass-clause"),
        ("Das Auktionshaus hält es für möglich, dass der Wagen einen Rekord erzielt.",
         "der Wagen einen Rekord erzielt", "hält", "Auktionshaus", "dass-clause"),
        # a sentence-initial adverb is capitalised, but no speaker
        ("Offiziell geht die Regierung davon aus, dass das Land nur wenig Material besitzt.",
         "das Land nur wenig Material besitzt", "geht", "Regierung", "dass-clause"),
        # a bare dative plural after the cue is the addressee, not the speaker
        ("Die Ministerin erklärte Journalisten, die Reform komme im Mai.",
         "die Reform komme im Mai", "erklärte", "Die Ministerin", "konjunktiv-cue"),
        ("Der frühere Bürgermeister Hans Kolb, der als Beobachter im Land war, sagte Reportern, "
         "dass alles friedlich verlaufen sei.",
         "alles friedlich verlaufen sei", "sagte", "Bürgermeister Hans Kolb", "dass-clause"),
        ("Der Staatssekretär sagte der „Dorfzeitung“, dass jede Tankstelle Biodiesel anbieten solle.",
         "jede Tankstelle Biodiesel anbieten solle", "sagte", "Der Staatssekretär", "dass-clause"),
        # the separable particle after a name in apposition
        ("Jetzt gab der Leiter der Polizei, Andreas Kuhn, bekannt, dass das Handy geortet wurde.",
         "das Handy geortet wurde", "gab", "Leiter der Polizei, Andreas Kuhn", "dass-clause"),
        # bis before a bare noun and the finite verb: a preposition, not a subordinate clause
        ("Bis Sonntagabend könnten bis zu 80 Liter Regen fallen, sagte die Meteorologin.",
         "Bis Sonntagabend könnten bis zu 80 Liter Regen fallen", "sagte", "Meteorologin", "konjunktiv-cue"),
        # lassen with an infinitive of sending word at the clause end speaks, like sagte
        ("Sie habe nichts gewusst, ließ die Ministerin über ihren Sprecher ausrichten.",
         "Sie habe nichts gewusst", "ließ", "die Ministerin", "konjunktiv-cue"),
        ("Die Ministerin ließ über ihren Sprecher mitteilen, sie habe nichts gewusst.",
         "sie habe nichts gewusst", "ließ", "Die Ministerin", "konjunktiv-cue"),
        # source markers: the span is the rest of the clause
        ("Laut Polizei wurde niemand verletzt.",
         "wurde niemand verletzt", "Laut", "Polizei", "source-marker"),
        ("Nach Angaben der Feuerwehr brannte das Dach vollständig aus.",
         "brannte das Dach vollständig aus", "Nach Angaben der", "Feuerwehr", "source-marker"),
        ("Dem Bürgermeister zufolge bleibt die Schule geschlossen.",
         "bleibt die Schule geschlossen", "zufolge", "Dem Bürgermeister", "source-marker"),
        ("Wie die Polizei mitteilte, wurde der Fahrer leicht verletzt.",
         "wurde der Fahrer leicht verletzt", "mitteilte", "Polizei", "source-marker"),
        ("Der Fahrer wurde leicht verletzt, wie die Polizei mitteilte.",
         "Der Fahrer wurde leicht verletzt", "mitteilte", "Polizei", "source-marker"),
        ("Die Brücke sei marode, so der Gutachter.",
         "Die Brücke sei marode", "so", "der Gutachter", "source-marker"),
        ("In der Mitteilung heißt es, die Preise würden steigen.",
         "die Preise würden steigen", "heißt es", None, "source-marker"),
        ("Nach einer Stellungnahme der Armee befand sich der Hubschrauber auf dem Flug.",
         "befand sich der Hubschrauber auf dem Flug", "Nach einer Stellungnahme", "Armee", "source-marker"),
        # after a semicolon the marker opens a clause of its own
        ("Die Veranstalter zählten 2.000 Menschen; nach Polizeiangaben waren es etwa 1.000.",
         "waren es etwa 1.000", "nach Polizeiangaben", "Polizeiangaben", "source-marker"),
        # a short frame inside the clause: the whole clause (the gold counts the pieces around it)
        ("Der Täter ist nach Angaben der Polizei etwa 30 Jahre alt.",
         "Der Täter ist nach Angaben der Polizei etwa 30 Jahre alt", "nach Angaben der", "Polizei",
         "source-marker"),
        # zu-infinitive complements of a speech verb: what was announced, demanded, warned against
        ("Die Polizei warnte davor, das Gelände zu betreten.",
         "das Gelände zu betreten", "warnte", "Polizei", "infinitive-cue"),
        ("Der Landrat kündigte am Freitag an, die Fähre wieder in Betrieb zu nehmen.",
         "die Fähre wieder in Betrieb zu nehmen", "kündigte", "Der Landrat", "infinitive-cue"),
        ("Die Gewerkschaft forderte, die Löhne um fünf Prozent anzuheben.",
         "die Löhne um fünf Prozent anzuheben", "forderte", "Gewerkschaft", "infinitive-cue"),
        ("Als der Minister ankündigte, die Steuern zu senken, jubelte die Opposition.",
         "die Steuern zu senken", "ankündigte", "Minister", "infinitive-cue"),
        ("Der Verein wurde aufgefordert, die Kosten für den Einsatz zu übernehmen.",
         "die Kosten für den Einsatz zu übernehmen", "aufgefordert", None, "infinitive-cue"),
        ("Das Parlament hat die Staaten dazu aufgefordert, einen Plan gegen Lärm voranzutreiben.",
         "einen Plan gegen Lärm voranzutreiben", "aufgefordert", "Parlament", "infinitive-cue"),
        ("Die Ministerin schlägt vor, die Maut nur für Lastwagen zu erheben, die die Stadt durchqueren.",
         "die Maut nur für Lastwagen zu erheben, die die Stadt durchqueren", "schlägt", "Die Ministerin",
         "infinitive-cue"),
        # … with the addressee between verb and clause (verbs of addressee_verbs.txt)
        ("Der Bürgermeister forderte die Anwohner auf, die Straße bis Montag zu räumen.",
         "die Straße bis Montag zu räumen", "forderte", "Der Bürgermeister", "infinitive-cue"),
        ("Die Opposition warf der Ministerin vor, die Zahlen geschönt zu haben.",
         "die Zahlen geschönt zu haben", "warf", "Opposition", "infinitive-cue"),
        ("Der Verlag schlug den entlassenen Redakteuren vor, sich bei der Tochterfirma zu bewerben.",
         "sich bei der Tochterfirma zu bewerben", "schlug", "Verlag", "infinitive-cue"),
        # a speech noun's clause: the one who voices it, not the noun
        ("Auch die Ministerin Renate Kolb wagte die Prognose, bei der Wahl würden nicht alle zustimmen.",
         "bei der Wahl würden nicht alle zustimmen", "Prognose", "Ministerin Renate Kolb", "konjunktiv-cue"),
        ("Die Gewerkschaft erneuerte ihre Forderung, die Löhne müssten steigen.",
         "die Löhne müssten steigen", "Forderung", "Gewerkschaft", "konjunktiv-cue"),
        # a reported frame (Konjunktiv) with a cue closing the sentence: the cue's speaker
        ("Er gehe davon aus, dass eine Mehrheit zustimmen werde, sagte der Bürgermeister nach der Sitzung.",
         "Er gehe davon aus, dass eine Mehrheit zustimmen werde", "sagte", "der Bürgermeister",
         "konjunktiv-cue"),
        ("Er habe befürchtet, es scheitere, sagte er.", "Er habe befürchtet, es scheitere", "sagte", "er",
         "konjunktiv-cue"),
        # … also when the frame is a regular verb in the Konjunktiv I
        ("Sein Mandant bedauere, was geschehen sei, sagte Anwalt Tobias Renner.",
         "Sein Mandant bedauere, was geschehen sei", "sagte", "Anwalt Tobias Renner", "konjunktiv-cue"),
        # a speech noun's clause inside a clause a closing cue reports: the outer clause
        ("Der Vorwurf, man fördere nur Reiche, sei „schlicht falsch“, sagte der Politiker.",
         "Der Vorwurf, man fördere nur Reiche, sei „schlicht falsch“", "sagte", "der Politiker",
         "konjunktiv-cue"),
        # … or the agent in a participle attribute before it
        ("Die von Karl Ott mehrfach geäußerte Hoffnung, sein Leben werde sich wenden, erfüllte sich nicht.",
         "sein Leben werde sich wenden", "Hoffnung", "Karl Ott", "konjunktiv-cue"),
        # by its own account: the words point to the subject, who is the source
        ("Die Firma hat nach eigenen Angaben keine Kenntnis von dem Vorfall.",
         "Die Firma hat nach eigenen Angaben keine Kenntnis von dem Vorfall", "nach eigenen Angaben",
         "eigenen Angaben", "source-marker"),
        ("Nach eigenen Angaben hat die Firma keine Kenntnis von dem Vorfall.",
         "hat die Firma keine Kenntnis von dem Vorfall", "Nach eigenen Angaben", "eigenen Angaben",
         "source-marker"),
        ("Georg Lanz war nach eigenem Bekunden seit langem eingeweiht.",
         "Georg Lanz war nach eigenem Bekunden seit langem eingeweiht", "nach eigenem Bekunden",
         "eigenem Bekunden", "source-marker"),
        # hearsay "sollen"
        ("Der Mann soll die Kasse geleert haben.",
         "Der Mann soll die Kasse geleert haben", None, None, "sollen"),
        ("Der Mann soll die Kasse geleert haben, indem er den Schlüssel stahl.",
         "Der Mann soll die Kasse geleert haben, indem er den Schlüssel stahl", None, None, "sollen"),
    ],
)
def test_patterns(text, span, cue, mention, rule):
    [c] = clauses(text)
    assert text[c.start : c.end] == span
    assert (c.cue.text if c.cue else None) == cue
    if c.cue is not None:
        assert text[c.cue.start : c.cue.end] == c.cue.text
    assert (c.mention.text if c.mention else None) == mention
    if c.mention is not None:
        assert text[c.mention.start : c.mention.end] == c.mention.text
    assert c.rule == rule
    assert 0 < c.confidence <= 1


def test_continuation_carries_no_mention():
    text = "Der Minister sagte, die Reform komme. Sie werde aber Zeit brauchen."
    first, second = clauses(text)
    assert text[first.start : first.end] == "die Reform komme"
    assert (first.cue.text, first.mention.text, first.rule) == ("sagte", "Der Minister", "konjunktiv-cue")
    assert text[second.start : second.end] == "Sie werde aber Zeit brauchen"
    assert (second.cue, second.mention, second.rule) == (None, None, "konjunktiv-continuation")


def test_plain_sollen_continues_only_a_reported_clause():
    text = "Der Landrat sagte, die Brücke sei marode. Der Neubau soll im Mai beginnen."
    first, second = clauses(text)
    assert text[second.start : second.end] == "Der Neubau soll im Mai beginnen"
    assert (second.cue, second.rule) == (None, "sollen")
    assert clauses("Der Pegel steigt. Der Neubau soll im Mai beginnen.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a lead reported by the sentence after it, then a quotation whose own words hold *soll*
        "Die Ministerin will das Amt teilen. Das kündigte sie an. „Niemand soll leer ausgehen“, sagte sie.",
        "Der Landrat sagte, die Brücke sei marode. „Der Neubau soll im Mai beginnen“, sagte er.",
        "Der Landrat sagte, die Brücke sei marode. „Er soll geschlafen haben“, sagte er.",
    ],
)
def test_a_soll_inside_marks_reports_nothing_outside_them(text):
    """The quotation is the speech: the cue after it (sagte sie) is not a reported clause."""
    assert all("sagte" not in words for words in texts(text, clauses(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted clause and the main clause after it, whose regular verb is Konjunktiv I
        ("Der Landrat rief zur Vorsicht auf. Wer jetzt auf den Berg gehe, gefährde nicht nur sich selbst, "
         "sondern auch die Retter.",
         "Wer jetzt auf den Berg gehe, gefährde nicht nur sich selbst, sondern auch die Retter"),
        # … but not the reporter's indicative after it
        ("Der Landrat rief zur Vorsicht auf. Nachdem der Sturm abgezogen sei, hatte sich gezeigt, dass "
         "alles heil ist.", "Nachdem der Sturm abgezogen sei"),
    ],
)
def test_a_fronted_reported_clause_takes_its_main_clause(text, expected):
    assert texts(text, clauses(text)) == [expected]


def test_a_regular_konjunktiv_in_t_continues_the_speech():
    """behaupte, verbreite: a stem in -t looks like a past tense (sagte), but is Konjunktiv I."""
    text = "Der Präsident sagte, das Land wolle Frieden. Wer etwas anderes behaupte, verbreite Propaganda."
    backend = StubBackend(konjunktiv=("behaupte", "verbreite"))  # what the tagger says of them
    assert texts(text, clauses(text, backend)) == ["das Land wolle Frieden",
                                                   "Wer etwas anderes behaupte, verbreite Propaganda"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb in -e before a noun without an article: the tagger reads the clause, not an adjective
        ("Die Präsidentin Gisela Arndt sagte, jeder Tag koste Geld.",
         ["jeder Tag koste Geld"]),
        ("Die Präsidentin Gisela Arndt sagte, sie verwechsle Ursache und Wirkung.",
         ["sie verwechsle Ursache und Wirkung"]),
        ("Die Präsidentin Gisela Arndt sagte, die Kammer suche Personal.", ["die Kammer suche Personal"]),
        # a stem in -t: koste, warte are not past tenses, in the continuation too
        ("Der Sprecher sagte, man warte auf den Bericht. Die Prüfung koste Zeit.",
         ["man warte auf den Bericht", "Die Prüfung koste Zeit"]),
        # … while the adjective before its noun and the past tense report nothing
        ("Die Präsidentin Gisela Arndt sagte am Montag neue Termine ab.", []),
        ("Die Firma meldete einen Verlust. Der Umbau kostete Zeit.", []),
    ],
)
def test_a_regular_konjunktiv_before_a_bare_noun(text, expected):
    """Read with the real tagger: the stub would mark every word it is given."""
    assert texts(text, clauses(text, LightBackend())) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a regular Konjunktiv I right after a quotation continues its speaker's words
        ("„Keine einzige Sparidee“, sagte Stadtrat Uwe Bremer. Er halte den Streit für ein Manöver.",
         ["Er halte den Streit für ein Manöver"]),
        # the tagger's mood counts only for a word that can be such a form: its lemma of
        # fällte (fallen) would make a Konjunktiv II of the reporter's past tense
        ("Der Anwalt sagte, sein Mandant sei unschuldig. Richterin Eva Dorn fällte das Urteil, das viele "
         "Beobachter milde nannten.", ["sein Mandant sei unschuldig"]),
        # …, sei es is reported when no alternative follows (sei es X oder Y is an idiom)
        ("Der Sprecher sagte, es gebe keine Gefahr. Da die Anlage abgeschaltet wurde, sei es im Kessel "
         "zu einem Druckabfall gekommen.",
         ["es gebe keine Gefahr", "Da die Anlage abgeschaltet wurde, sei es im Kessel zu einem Druckabfall "
          "gekommen"]),
        ("Der Wirt hilft allen Gästen, sei es mit Rat oder mit Tat.", []),
        # a plural Konjunktiv II frame (hätten) after speech is reported whole, its cue included
        ("Der Stadtrat kritisierte die Firma. Die Betreiber hätten zu wenig investiert und verlangten nun "
         "vom Steuerzahler, die Lücke zu schließen.",
         ["Die Betreiber hätten zu wenig investiert und verlangten nun vom Steuerzahler, die Lücke zu "
          "schließen"]),
        # a frame whose own regular verb is in the Konjunktiv I is reported whole, as a continuation
        ("„Das ist das dritte Mal“, sagte der Wirt. Er überlege ernsthaft, den Laden aufzugeben.",
         ["Er überlege ernsthaft, den Laden aufzugeben"]),
        # the tagger's verb in the main clause makes the whole sentence reported, not only the
        # clause whose closed form (dürfe, gebe) was seen without it
        ("Die Präsidentin sagte, das Ergebnis sei eindeutig. Sie verstehe die Sorgen, aber eine Minderheit "
         "dürfe nicht blockieren.",
         ["das Ergebnis sei eindeutig",
          "Sie verstehe die Sorgen, aber eine Minderheit dürfe nicht blockieren"]),
        ("Die Präsidentin sagte, das Ergebnis sei eindeutig. Man prüfe, ob es einen Zusammenhang gebe.",
         ["das Ergebnis sei eindeutig", "Man prüfe, ob es einen Zusammenhang gebe"]),
    ],
)
def test_a_konjunktiv_after_speech_read_by_the_tagger(text, expected):
    assert texts(text, clauses(text, LightBackend())) == expected


def test_a_decimal_comma_does_not_end_the_clause():
    text = "Die Chefin sagte, es gebe Probleme. Bis 2030 seien rund 1,2 Milliarden Euro nötig, sagte sie."
    assert texts(text, clauses(text)) == ["es gebe Probleme", "Bis 2030 seien rund 1,2 Milliarden Euro nötig"]
    text = "Die Chefin sagte, es gebe Probleme. Bis 2030 seien rund 1,2 Milliarden Euro nötig."
    assert texts(text, clauses(text)) == ["es gebe Probleme", "Bis 2030 seien rund 1,2 Milliarden Euro nötig"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a regular Konjunktiv I before a closing cue of any speech verb (not only sagte)
        ("Ein Sieg mache noch keine Saison, mahnte der Sportdirektor.", [("Ein Sieg mache noch keine Saison",
                                                                          "mahnte", "konjunktiv-cue")]),
        # … but the past tense wurde is none (an indicative clause goes only before sagte and its kin)
        ("Der Turm wurde im Jahr 1860 gebaut, mahnte der Stadtführer.", []),
    ],
)
def test_a_regular_konjunktiv_before_a_closing_cue(text, expected):
    found = clauses(text, LightBackend())
    assert [(text[c.start : c.end], c.cue.text, c.rule) for c in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a cue, sollte(n) is the Konjunktiv II of a demand
        ("Die Präsidentin mahnte, die Anwohner sollten die Warnungen ernst nehmen.",
         ["die Anwohner sollten die Warnungen ernst nehmen"]),
        # … but a clause opening with it is a condition (if X should …): reported with its main
        # clause (werde), not as a demand
        ("Die Regierung warnte, sollte der Rat das Gesetz beschließen, werde es teuer.",
         ["sollte der Rat das Gesetz beschließen, werde es teuer"]),
    ],
)
def test_sollte_after_a_cue(text, expected):
    assert texts(text, clauses(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a reported clause, sollten as the main verb goes on with it (a demand)
        ("Die Böden seien trocken, erklärte der Förster. Spaziergänger sollten auf Feuer verzichten.",
         ["Die Böden seien trocken", "Spaziergänger sollten auf Feuer verzichten"]),
        # … but not what was once planned, nor after a plain statement
        ("Die Böden seien trocken, erklärte der Förster. Ursprünglich sollte der Wald gesperrt werden.",
         ["Die Böden seien trocken"]),
        ("Die Böden sind trocken. Spaziergänger sollten auf Feuer verzichten.", []),
    ],
)
def test_sollten_continues_a_reported_clause(text, expected):
    assert texts(text, clauses(text)) == expected


def test_a_reported_frame_after_a_main_clause_of_its_own_is_no_continuation():
    """X blieb dabei, er habe …, obwohl …: the frame (er habe versprochen) is not the sentence's
    main clause, so the sentence does not go on the last speaker's."""
    text = ("Der Angeklagte sagte, er habe an das Projekt geglaubt. Die Staatsanwältin blieb dabei, er habe "
            "viel versprochen, obwohl nie gebaut worden sei.")
    assert not any(words.startswith("Die Staatsanwältin") for words in texts(text, clauses(text)))


def test_zurueckgeben_with_an_object_is_no_cue():
    """Kunden könnten die Ware zurückgeben: goods returned, so the sentence continues the speaker."""
    text = ("Die Sprecherin sagte, der Markt sei schwach. Kunden könnten die Ware zurückgeben, der Preis "
            "werde erstattet.")
    first, second = clauses(text)
    assert text[second.start : second.end] == "Kunden könnten die Ware zurückgeben, der Preis werde erstattet"
    assert (second.cue, second.rule) == (None, "konjunktiv-continuation")


def test_konjunktiv_ii_continues_only_speech():
    text = "Der Bürgermeister sagte, der Damm sei alt. Ein Neubau würde Millionen kosten."
    assert texts(text, clauses(text)) == ["der Damm sei alt", "Ein Neubau würde Millionen kosten"]
    # "ist" alone is no source marker (ist zu hören is): the reporter's own conditional
    assert clauses("Der Damm ist alt. Ein Neubau würde Millionen kosten.") == []


@pytest.mark.parametrize(
    "text, span, cue, mention",
    [
        ("Der Trainer Hans Kolb wechselt zum FC Musterstadt. Das gab der Verein am Montag bekannt.",
         "Der Trainer Hans Kolb wechselt zum FC Musterstadt", "gab", "Verein"),
        ("Die Brücke ist gesperrt. Dies teilte die Polizei mit.",
         "Die Brücke ist gesperrt", "teilte", "Polizei"),
        ("Die Brücke bleibt gesperrt. Das sagte der Bürgermeister, als er im Rathaus ankam.",
         "Die Brücke bleibt gesperrt", "sagte", "der Bürgermeister"),
        ("Der Pegel steigt weiter.\n\nDas meldete die Feuerwehr am Abend.",  # the lead paragraph
         "Der Pegel steigt weiter", "meldete", "Feuerwehr"),
        ("Die Firma plant einen Umzug nach Kassel. Dies geht aus einer Mitteilung des Konzerns hervor.",
         "Die Firma plant einen Umzug nach Kassel", "geht", "Mitteilung"),
        # a dateline before the lead is not part of it, with or without an agency
        ("Linz (apa) - Die Stadt baut ein Bad. Das teilte der Stadtrat mit.",
         "Die Stadt baut ein Bad", "teilte", "Stadtrat"),
        ("Linz - Die Stadt baut ein Bad. Das teilte der Stadtrat mit.",
         "Die Stadt baut ein Bad", "teilte", "Stadtrat"),
        # a name right after the verb; a participle closing the sentence
        ("Die Stadt baut ein Bad. Das sagte Paul Kern.", "Die Stadt baut ein Bad", "sagte", "Paul Kern"),
        ("Die Stadt will den Weg sperren. Das hat Stadträtin Eva Roth am Mittwoch angekündigt.",
         "Die Stadt will den Weg sperren", "angekündigt", "Stadträtin Eva Roth"),
        # a speech verb in a comparison (als Fachleute empfehlen) does not make the lead speech
        ("Kinder schlafen weniger, als Fachleute empfehlen. Das geht aus einer Studie hervor.",
         "Kinder schlafen weniger, als Fachleute empfehlen", "geht", "Studie"),
    ],
)
def test_the_next_sentence_names_the_source(text, span, cue, mention):
    [c] = clauses(text)
    assert (text[c.start : c.end], c.cue.text, c.mention.text, c.rule) == (span, cue, mention, "cue-next")


@pytest.mark.parametrize(
    "text",
    [
        "Die Brücke ist gesperrt. Das Gericht sagte nichts dazu.",  # an article, not "das" = that
        "„Wir sind bereit.“ Das sagte der Trainer.",  # the quotation is attributed, no clause
        "Hochwasser am Oberrhein\n\nDas meldete die Feuerwehr am Abend.",  # a headline is no statement
    ],
)
def test_no_clause_for_the_sentence_before(text):
    assert clauses(text) == []


def test_a_speech_noun_opening_a_reported_sentence_is_part_of_it():
    text = ("„Das war sinnlos“, sagte die Staatsanwältin. Die Behauptung, der Angeklagte habe sich bedroht "
            "gefühlt, sei durch nichts belegt.")
    [c] = clauses(text)
    assert text[c.start : c.end] == ("Die Behauptung, der Angeklagte habe sich bedroht gefühlt, sei durch "
                                     "nichts belegt")
    assert c.rule == "konjunktiv-continuation"


def test_continuation_after_a_direct_quote():
    text = "„Wir sind bereit“, sagte der Trainer. Die Mannschaft sei in guter Form."
    [c] = clauses(text)
    assert text[c.start : c.end] == "Die Mannschaft sei in guter Form"
    assert c.rule == "konjunktiv-continuation"


def test_partial_quote_inside_a_reported_clause():
    text = "Der Minister sagte, der Plan sei „unausgegoren“."
    article = Article(id="t", text=text)
    quotes = detect_quotes(article)
    [partial] = quotes
    assert partial.kind == "partial"
    [c] = find_reported_clauses(article, quotes, backend=StubBackend())
    assert text[c.start : c.end] == "der Plan sei „unausgegoren“"
    assert c.start < partial.start and partial.end < c.end


def test_clauses_never_overlap_a_direct_quote():
    text = "„Wir kommen morgen wieder“, sagte der Trainer. Er sagte: „Das Team ist bereit.“"
    article = Article(id="t", text=text)
    quotes = detect_quotes(article)
    assert quotes and all(q.kind == "direct" for q in quotes)
    found = find_reported_clauses(article, quotes, backend=StubBackend())
    for c in found:
        for q in quotes:
            assert c.end <= q.start - 1 or c.start >= q.end + 1
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        # summarised speech with no clause of its own
        "Die Firma forderte eine schnellere Entscheidung.",
        "Die Firma kritisierte den Plan scharf.",
        "Auch der Vorsitzende in Oberaach, Ralf Gschwendtner, kündigte Widerstand an.",  # an apposition
        "Der Verein verlor am Samstag. Dabei hatte alles nach Plan begonnen.",  # an idiom, no account
        # an object and an indicative clause, or a verb without an addressee
        "Die Polizei bat die Anwohner, die Fenster bleiben geschlossen.",
        "Der Trainer lobte die Spieler, die heute gewonnen haben.",
        # purpose and bare infinitives: not what was said
        "Der Trainer rief an, um sich für die Verspätung zu entschuldigen.",
        "Die Nachbarn boten an, zu helfen.",
        # Konjunktiv II of the reporter's own conditional, no speech around
        "Ohne die Hilfe der Nachbarn wäre das Dorf verloren gewesen.",
        # a headline-like line without a verb, then a plain sentence
        "Hochwasser am Oberrhein\n\nDer Pegel steigt weiter.",
        # the reporter's question, an idiom, a title in quotation marks
        "Wie geht es weiter?",
        "Sei es im Sommer oder im Winter, die Hütte ist immer offen.",
        "Der Film „Die Stille“ läuft ab Donnerstag im Kino.",
        # a cue that frames a quotation
        "„Wir kommen morgen“, sagte der Trainer.",
        # the question put to a speaker is not what they said
        "Der Kapitän war da. Auf die Frage, ob der Trainer bleiben dürfe, nickte er.",
        "Der Kapitän war da. Auf die Frage eines Reporters, ob der Trainer bleiben dürfe, nickte er.",
    ],
)
def test_not_reported(text):
    assert clauses(text) == []


def test_backend_reads_regular_konjunktiv_after_reported_speech():
    text = "Die Sprecherin sagte, der Bau beginne im Mai. Die Firma liefere die Teile im Juni."
    backend = StubBackend(konjunktiv=("liefere",))
    found = clauses(text, backend)
    assert texts(text, found) == ["der Bau beginne im Mai", "Die Firma liefere die Teile im Juni"]
    assert found[1].rule == "konjunktiv-continuation"
    # only the sentence after reported speech went to the backend
    [spans] = backend.calls
    assert [text[a:b] for a, b in spans] == ["Die Firma liefere die Teile im Juni."]


def test_backend_not_called_without_need():
    backend = StubBackend()
    clauses("Laut Polizei wurde niemand verletzt. Der Einsatz dauerte bis zum Abend.", backend)
    clauses("Der Pegel steigt. Die Feuerwehr ist vor Ort.", backend)
    assert backend.calls == []


def test_without_konjunktiv_the_backend_adds_nothing():
    text = "Die Sprecherin sagte, der Bau beginne im Mai. Die Firma liefert die Teile im Juni."
    assert texts(text, clauses(text, StubBackend())) == ["der Bau beginne im Mai"]


def test_spans_are_trimmed_and_in_reading_order():
    text = (
        "Der Bürgermeister sagte am Montag, die Brücke werde saniert. Die Arbeiten sollten im Herbst "
        "beginnen, hieß es im Rathaus. Laut Stadtwerken bleibt das Wasser sauber.\n\n"
        "Die Opposition erklärte, dass der Plan zu teuer sei."
    )
    found = clauses(text)
    assert texts(text, found) == [
        "die Brücke werde saniert",
        "Die Arbeiten sollten im Herbst beginnen",
        "bleibt das Wasser sauber",
        "der Plan zu teuer sei",
    ]
    starts = [c.start for c in found]
    assert starts == sorted(starts)
    for c in found:
        span = text[c.start : c.end]
        assert span == span.strip(" ,.;:")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Der Pegel steigt. Die Feuerwehr ist vor Ort.", ["Der Pegel steigt.", "Die Feuerwehr ist vor Ort."]),
        # initials, abbreviations and ordinals do not end a sentence
        ("Laut Direktor K.M. Olsen soll der Test bald stattfinden. Er ist zuversichtlich.",
         ["Laut Direktor K.M. Olsen soll der Test bald stattfinden.", "Er ist zuversichtlich."]),
        ("Es sprach Karl F. Olsen. Dann ging er.", ["Es sprach Karl F. Olsen.", "Dann ging er."]),
        ("Das gilt u.a. für Berlin. Am 3. Mai kommt die Ministerin.",
         ["Das gilt u.a. für Berlin.", "Am 3. Mai kommt die Ministerin."]),
        ("Der Club stieg in die 3. Liga ab.", ["Der Club stieg in die 3. Liga ab."]),
        # a number closing a sentence: no article or pronoun follows an ordinal
        ("Gebaut wird das Modell 3. Ein Sprecher sagte das.",
         ["Gebaut wird das Modell 3.", "Ein Sprecher sagte das."]),
        ("Sie landete auf Platz 7. Sie war enttäuscht.", ["Sie landete auf Platz 7.", "Sie war enttäuscht."]),
        # a one-letter word closing a sentence is no initial before an article
        ("Das schrieb er auf X. Die Stadt schweigt.", ["Das schrieb er auf X.", "Die Stadt schweigt."]),
    ],
)
def test_sentence_bounds(text, expected):
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == expected
