"""Quotation detection: mark pairing, quote-or-not, direct vs partial, statements."""

import pytest

from quoteverify.detect import detect_quotes
from quoteverify.detect.context import sentence_starts
from quoteverify.records import Article


def quotes_of(text: str):
    return detect_quotes(Article(id="t", text=text))


def spans(text: str):
    return [(q.text, q.kind) for q in quotes_of(text)]


def test_offsets_are_exact_and_exclude_marks():
    text = "Die Ministerin sagte: „Wir prüfen das.“ Dann ging sie."
    [q] = quotes_of(text)
    assert (q.start, q.end) == (23, 38)
    assert text[q.start : q.end] == q.text == "Wir prüfen das."
    assert (q.open_mark, q.close_mark) == ("„", "“")


@pytest.mark.parametrize(
    "text, expected",
    [
        # German low-high marks, with every closing mark German sites print
        ("„Das ist ein guter Tag für die Stadt“, sagte Bürgermeister Jan Rehberg.",
         [("Das ist ein guter Tag für die Stadt", "direct")]),
        ("„Das ist ein guter Tag für die Stadt”, sagte Bürgermeister Jan Rehberg.",
         [("Das ist ein guter Tag für die Stadt", "direct")]),
        ('„Das ist ein guter Tag für die Stadt", sagte Bürgermeister Jan Rehberg.',
         [("Das ist ein guter Tag für die Stadt", "direct")]),
        # guillemets, German and Swiss direction
        ("»Wir lassen niemanden im Stich«, versprach die Landrätin.",
         [("Wir lassen niemanden im Stich", "direct")]),
        ("«Wir lassen niemanden im Stich», versprach die Gemeindepräsidentin.",
         [("Wir lassen niemanden im Stich", "direct")]),
        # straight and English marks
        ('"Wir lassen niemanden im Stich", versprach die Landrätin.',
         [("Wir lassen niemanden im Stich", "direct")]),
        ("“We will not give up”, sagte der Trainer auf Englisch.",
         [("We will not give up", "direct")]),
        # a colon introduces a full quote
        ("Der Polizeisprecher erklärte: „Die Straße bleibt bis Montag gesperrt.“",
         [("Die Straße bleibt bis Montag gesperrt.", "direct")]),
        # partial quotes inside the reporter's sentence
        ("Die Opposition nannte den Plan „unausgegoren“.", [("unausgegoren", "partial")]),
        ("Der Minister bezeichnete die Lage als „ernst, aber beherrschbar“.",
         [("ernst, aber beherrschbar", "partial")]),
        ("Die Gewerkschaft sprach von einem „schwarzen Tag für die Belegschaft“.",
         [("schwarzen Tag für die Belegschaft", "partial")]),
        # a dateline before a quotation that opens the first sentence
        ("Kiel - „Wir lassen niemanden im Stich“, sagte die Landrätin.",
         [("Wir lassen niemanden im Stich", "direct")]),
        ("Thun, 3. März (sda) – «Wir lassen niemanden im Stich», sagte die Gemeindepräsidentin.",
         [("Wir lassen niemanden im Stich", "direct")]),
    ],
)
def test_conventions_and_kinds(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # nested single marks belong to the outer quote
        ("„Sie hat uns ‚schnelle Hilfe‘ versprochen“, sagte der Landrat.",
         [("Sie hat uns ‚schnelle Hilfe‘ versprochen", "direct")]),
        ("»Sie hat uns ›schnelle Hilfe‹ versprochen«, sagte der Landrat.",
         [("Sie hat uns ›schnelle Hilfe‹ versprochen", "direct")]),
        ("«Sie hat uns ‹schnelle Hilfe› versprochen», sagte der Landrat.",
         [("Sie hat uns ‹schnelle Hilfe› versprochen", "direct")]),
        ("\"Sie hat uns 'schnelle Hilfe' versprochen\", sagte der Landrat.",
         [("Sie hat uns 'schnelle Hilfe' versprochen", "direct")]),
    ],
)
def test_nested_quotes_are_not_listed_separately(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wie geht’s weiter? Das fragt sich die Merkel’sche Koalition seit den ’90ern.",
        "Hans’ Auto stand vor der Tür, und Jonas' Rad lag daneben.",
        "Die '68er und die ’90er-Jahre waren Thema des Abends.",
    ],
)
def test_apostrophes_never_open_quotes(text):
    assert spans(text) == []


def test_apostrophe_inside_a_quote_does_not_close_it():
    text = "„Jetzt geht’s los, und Hans’ Team ist bereit“, sagte die Trainerin."
    assert spans(text) == [("Jetzt geht’s los, und Hans’ Team ist bereit", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Fähre „Seestern“ lief am Morgen aus.",
        "Der Roman „Die stille Bucht“ erscheint im Herbst.",
        "Die Polizei beendete die Operation „Nachtfalke“ am Freitag.",
        "Das Bündnis trat unter dem Motto „Unsere Wache bleibt“ auf.",
        "Die sogenannte „Sparbremse“ trifft vor allem Familien.",
        "Nach einem Bericht der „Hochrhein-Zeitung“ ist das Werk verkauft.",
        "Laut „heimatblatt.de“ wird das Freibad geschlossen.",
        "Die „Nordsee Pinguine“ gewannen das Derby klar.",
    ],
)
def test_titles_names_and_scare_quotes_are_not_quotes(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Über ihre Zeit im Amt hat Weber ein Buch geschrieben: „Stürmische Jahre am Fluss“.",
        "Ihr neuer Film über das Dorf, »Die letzte Fähre«, läuft ab Donnerstag.",
    ],
)
def test_title_in_apposition_to_a_title_noun(text):
    assert spans(text) == []


def test_title_and_quote_in_one_sentence():
    text = "Über ihr Buch „Die stille Bucht“ sagte die Autorin: „Es hat mich zehn Jahre gekostet.“"
    assert spans(text) == [("Es hat mich zehn Jahre gekostet.", "direct")]


def test_split_quote_is_one_statement_in_two_spans():
    text = "„Wir“, sagte sie, „werden das prüfen.“ Danach verließ sie den Saal."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Wir", "werden das prüfen."]
    assert quotes[0].statement == quotes[1].statement
    assert {q.kind for q in quotes} == {"direct"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # every mark style, with the cue set in: sagte / so / dashes
        ("«Die Schule», sagte Gemeindepräsidentin Ursula Frei, «bleibt offen.»",
         ["Die Schule", "bleibt offen."]),
        ("»Die Schule«, sagte Landrätin Petra Ohm, »bleibt offen.«", ["Die Schule", "bleibt offen."]),
        ('"Die Schule", sagte Landrätin Petra Ohm, "bleibt offen."', ["Die Schule", "bleibt offen."]),
        ("‚Die Schule‘, sagte Landrätin Petra Ohm, ‚bleibt offen.‘", ["Die Schule", "bleibt offen."]),
        ("„Das Projekt“, so die Kämmerin, „ist zu teuer.“", ["Das Projekt", "ist zu teuer."]),
        ("«Das Projekt», so die Kämmerin, «ist zu teuer.»", ["Das Projekt", "ist zu teuer."]),
        ("„Das Projekt“ – sagte die Kämmerin – „ist zu teuer.“", ["Das Projekt", "ist zu teuer."]),
        # a second half in upper case still continues a first half that is a quote by itself
        ("„Wir“, sagte Kurt Pahl, „Deutschen sparen gern.“", ["Wir", "Deutschen sparen gern."]),
        # after a question the lower case carries the same sentence on
        ("«Warum?», fragte Gemeinderätin Ursula Frei, «warum gerade jetzt?»",
         ["Warum?", "warum gerade jetzt?"]),
    ],
)
def test_split_quote_halves_share_the_verdict(text, expected):
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == expected
    assert {q.statement for q in quotes} == {1}
    assert {q.kind for q in quotes} == {"direct"}


@pytest.mark.parametrize(
    "text",
    [
        # no cue between them: two titles in a row stay titles
        "Sie las „Die Schule“ und „Das Projekt“ im Kurs.",
        # a conjunction after the cue joins two titles, not two halves of one sentence
        "Ihre Filme „Die Schule“, sagte die Kritikerin, und „Das Projekt“ liefen gut.",
        # two name-like halves, neither in lower case nor a quote on its own
        "„Die Schule“, schrieb die Kritikerin, „Das Projekt“ im Kino.",
    ],
)
def test_titles_next_to_a_cue_are_no_split_quote(text):
    assert [q.text for q in quotes_of(text)] == []


def test_a_new_question_after_a_cue_is_a_new_statement():
    text = "„Warum?“, fragte Gemeinderätin Ursula Frei, „Wer zahlt das alles?“"
    assert [(q.text, q.statement) for q in quotes_of(text)] == [
        ("Warum?", 1), ("Wer zahlt das alles?", 2)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # French spacing inside guillemets: the spaces are not quoted
        ("« Wir bleiben hier », sagte der Bäcker Karl Dorn.", ("Wir bleiben hier", "«", "»")),
        ("» Wir bleiben hier «, sagte der Bäcker Karl Dorn.", ("Wir bleiben hier", "»", "«")),
        ('Karl Dorn sagte: " Wir bleiben hier. "', ("Wir bleiben hier.", '"', '"')),
    ],
)
def test_spaced_marks(text, expected):
    [q] = quotes_of(text)
    assert (q.text, q.open_mark, q.close_mark) == expected
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text, expected",
    [
        # two commas typed for the low opening mark, closed by two apostrophes or “
        (",,Wir kommen morgen wieder'', sagte der Bauer Jens Kolb.",
         [("Wir kommen morgen wieder", "direct")]),
        ("Der Bauer Jens Kolb sagte: ,,Wir kommen morgen wieder.“",
         [("Wir kommen morgen wieder.", "direct")]),
        ("Jens Kolb nannte den Plan ,,völlig verfehlt''.", [("völlig verfehlt", "partial")]),
        # a comma pair inside a sentence or before a space opens nothing
        ("Er zählte 1,,2 und 3,, dann ging er.", []),
    ],
)
def test_typewriter_commas_open_a_quote(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a reference number between the closing mark and the cue hides neither
        ("„Wir bleiben hier“[1], sagte der Bäcker Karl Dorn.", [("Wir bleiben hier", "direct")]),
        ("„Die Schule“[12], sagte Landrätin Petra Ohm, „bleibt offen.“",
         [("Die Schule", "direct"), ("bleibt offen.", "direct")]),
    ],
)
def test_reference_number_before_the_cue(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # first-person words in brackets speak
        ("Die Ministerin (»Wir prüfen das«) blieb vage.", [("Wir prüfen das", "direct")]),
        ("Die Wirtin Lina Rost („Uns fehlt Personal“) schließt im Mai.",
         [("Uns fehlt Personal", "direct")]),
        # a translation in brackets stays a term, even with a foreign „du“
        ("Die Gruppe „Fahrende“ („gens du voyage“) zählt viele Familien.", []),
    ],
)
def test_bracketed_quotes(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an indefinite article inside the marks: a characterisation, never a name
        ("Der Bauer Jens Kolb nannte das „eine Frechheit“.", [("eine Frechheit", "partial")]),
        ("Die Kämmerin Jana Stil bezeichnete den Etat als „einen Kraftakt“.",
         [("einen Kraftakt", "partial")]),
        # with a capital it may be a title: „Ein Sommer in Kiel“ runs in cinemas
        ("Der Film „Ein Sommer“ läuft im Kino.", []),
    ],
)
def test_indefinite_article_inside_the_marks(text, expected):
    assert spans(text) == expected


def test_consecutive_quotes_are_separate_statements():
    text = "„Das reicht nicht.“ Der Landrat sagte weiter: „Wir brauchen mehr Geld.“"
    quotes = quotes_of(text)
    assert [q.statement for q in quotes] == [1, 2]


def test_quote_continues_when_next_paragraph_opens_with_a_mark():
    text = (
        "Die Bürgermeisterin sagte: „Wir haben lange gewartet. Nun handeln wir.\n\n"
        "„Die Brücke wird im Mai gesperrt, und der Umweg ist ausgeschildert.“\n\n"
        "Die Arbeiten sollen ein Jahr dauern."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [
        "Wir haben lange gewartet. Nun handeln wir.",
        "Die Brücke wird im Mai gesperrt, und der Umweg ist ausgeschildert.",
    ]
    assert quotes[0].statement == quotes[1].statement
    assert quotes[0].close_mark is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a reopened stretch with its own cue and a named speaker: the first closer was forgotten
        ("Eva Haas sagte: „Wir kommen morgen.\n\n„Ich nicht“, sagte Karl Dorn.",
         [("Wir kommen morgen.", 1, "Eva Haas"), ("Ich nicht", 2, "Karl Dorn")]),
        ("Eva Haas sagte: »Wir kommen morgen.\n\n»Ich nicht«, erwiderte die Ministerin Vera Lang.",
         [("Wir kommen morgen.", 1, "Eva Haas"), ("Ich nicht", 2, "Vera Lang")]),
        # a pronoun cue keeps the continuation: the same speaker goes on
        ("Eva Haas sagte: „Wir kommen morgen.\n\n„Und wir bringen Brot mit“, fügte sie hinzu.",
         [("Wir kommen morgen.", 1, "Eva Haas"), ("Und wir bringen Brot mit", 1, "Eva Haas")]),
    ],
)
def test_reopened_quote_with_a_new_speaker_is_a_new_statement(text, expected):
    from quoteverify.pipeline import extract_quotes

    quotes = extract_quotes(Article(id="t", text=text))
    assert [(q.text, q.statement, q.speaker) for q in quotes] == expected


def test_unclosed_quote_ends_with_its_paragraph():
    text = (
        "Der Trainer sagte: „Wir haben heute alles gegeben und trotzdem verloren.\n\n"
        "Am Sonntag spielt die Mannschaft in Kiel."
    )
    assert spans(text) == [("Wir haben heute alles gegeben und trotzdem verloren.", "direct")]


def test_one_stray_mark_does_not_shift_the_rest():
    text = (
        "Die „Möwe, ein altes Ausflugsschiff, riss sich los.\n\n"
        "„Der Schaden ist gering“, sagte der Kapitän. Die Reederei erklärte: „Wir zahlen alles.“"
    )
    assert spans(text) == [
        ("Der Schaden ist gering", "direct"),
        ("Wir zahlen alles.", "direct"),
    ]


def test_stray_closing_mark_is_ignored():
    text = "Das war“ ein Tippfehler. „Wir prüfen das“, sagte die Sprecherin."
    assert spans(text) == [("Wir prüfen das", "direct")]


def test_mixed_marks_pair_by_role():
    text = "Der Landrat mahnte: »Wer jetzt noch in den Keller geht, ist in Gefahr.“"
    assert spans(text) == [("Wer jetzt noch in den Keller geht, ist in Gefahr.", "direct")]


def test_empty_and_markless_text():
    assert spans("") == []
    assert spans("Ein Satz ohne Zitat.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an elision apostrophe before a quote does not swallow it
        ("Die ’Ndrine der Küste wachsen. „Bald sind sie überall“, sagte Ermittlerin Lea Sotgiu.",
         [("Bald sind sie überall", "direct")]),
        ("Der Weiler ‘Amra liegt am Fluss. Ein Bauer nannte den Angriff „völlig sinnlos“.",
         [("völlig sinnlos", "partial")]),
        # the same marks nested: the inner pair belongs to the outer quote
        ("„Wir verkaufen „Premium-Pakete“ seit Jahren gut“, sagte Händlerin Mara Voss.",
         [("Wir verkaufen „Premium-Pakete“ seit Jahren gut", "direct")]),
        # ... but a second opener that nothing closes still drops the first
        ("Die „Möwe lief aus. „Der Schaden ist gering“, sagte der Kapitän.",
         [("Der Schaden ist gering", "direct")]),
    ],
)
def test_pairing_repairs(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a block quote over paragraphs, closed only in its last paragraph
        ("In der Satzung heißt es:\n\n„Der Verein fördert den Sport.\n\n"
         "Er ist selbstlos tätig.“\n\nDer Vorstand will das ändern.",
         "Der Verein fördert den Sport.\n\nEr ist selbstlos tätig."),
        # the closer may follow a space, and a term in marks may come before it
        ("Die Richterin sagte:\n\n„Wir haben lange beraten.\n\n"
         "Es gilt der Satz „im Zweifel für den Angeklagten“. “\n\nDann schloss sie.",
         "Wir haben lange beraten.\n\nEs gilt der Satz „im Zweifel für den Angeklagten“."),
    ],
)
def test_block_quote_closed_paragraphs_later(text, quoted):
    assert [q.text for q in quotes_of(text)] == [quoted]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote opened after a speech verb's comma runs over paragraphs like one after a colon
        ("Trainerin Nora Fink sagte, „wir haben lange beraten.\n\n„Am Ende stand ein Kompromiss.“",
         [("wir haben lange beraten.", 1), ("Am Ende stand ein Kompromiss.", 1)]),
        ("Trainerin Nora Fink sagte, «wir haben lange beraten.\n\nAm Ende stand ein Kompromiss.»"
         "\n\nDann ging sie.",
         [("wir haben lange beraten.\n\nAm Ende stand ein Kompromiss.", 1)]),
        # a comma without a speech verb before it: the opener was a stray
        ("Das Schiff, „Möwe genannt, lief aus.\n\n„Der Schaden ist gering“, sagte der Kapitän.",
         [("Der Schaden ist gering", 1)]),
    ],
)
def test_quote_opened_after_a_comma_spans_paragraphs(text, expected):
    assert [(q.text, q.statement) for q in quotes_of(text)] == expected


def test_unclosed_quote_does_not_reach_into_a_paragraph_with_its_own_quotes():
    text = (
        "Der Trainer sagte: „Wir haben heute alles gegeben.\n\n"
        "„Das Spiel ist vorbei“, sagte die Kapitänin.\n\nDann gingen alle."
    )
    assert [q.text for q in quotes_of(text)] == [
        "Wir haben heute alles gegeben.",
        "Das Spiel ist vorbei",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case fragment in a Konjunktiv clause: the speaker's words
        ("Die Lage im Hafen sei „völlig unübersichtlich“.", [("völlig unübersichtlich", "partial")]),
        ("Der Umbau habe „spürbare Verbesserungen“ gebracht.",
         [("spürbare Verbesserungen", "partial")]),
        # ... but not in the reporter's indicative sentence
        ("Die Firma hat ihre Kunden „großzügig“ entschädigt.", []),
        # the marks hold the whole sentence, its full stop after the closer
        ("„Nein, so geht es nicht weiter“. Mit diesen Worten verließ Ina Kolbe den Saal.",
         [("Nein, so geht es nicht weiter", "direct")]),
        # ... unless the words read as a title
        ("„Die Gärten des Nordens“. So heißt der neue Roman von Ina Kolbe.", []),
        # one word with its own full stop after a colon
        ("Ihre Antwort bestand aus einem Wort: „Niemals.“ Dann legte sie auf.",
         [("Niemals.", "direct")]),
    ],
)
def test_fragments_and_sentences_without_speech_verb(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a phrase that opens with its article or preposition is no name
        ("Der Verband sprach von „einem Angriff auf die Pflegekräfte“.",
         [("einem Angriff auf die Pflegekräfte", "partial")]),
        ("Die Kammer nannte Brandt „einen Juristen ohne Kompass“.",
         [("einen Juristen ohne Kompass", "partial")]),
        # ... but names may hold lower-case prepositions
        ("Die Organisation „Bäcker ohne Grenzen“ verteilte am Montag Brot.", []),
        ("Nach Angaben der Helfer von „Köche gegen Hunger“ sei die Lage ernst.", []),
    ],
)
def test_phrases_and_names_with_function_words(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # impersonal naming, classification and self-given names are no one's words
        ("Den Tausch alter gegen neue Anteile nennt man einen „Aktientausch“.", []),
        ("Das Amt bewertete den Fall neu; er gilt nun als „Härtefall“.", []),
        ("Die Gruppe, die sich selbst „Bürger für eine lebenswerte Stadt“ nennt, tagte am Montag.", []),
        ("Die Messe zieht um. Ab Mai nennt sie sich „kunstwerk 24“ und wächst.", []),
        # a source as the subject of its own report
        ("Wie „nordnachrichten.de“ berichtet, ist die Brücke gesperrt.", []),
        ("Wie die „Aktion Bäume pflanzen“ mitteilte, seien die Schäden groß.", []),
        # a speaker who names something is still quoted
        ("Die Ministerin nannte den Entwurf einen „Rückschritt“.", [("Rückschritt", "partial")]),
        ("Er galt als Favorit, sprach aber selbst von einer „offenen Wahl“.",
         [("offenen Wahl", "partial")]),
    ],
)
def test_naming_frames_are_not_quotes(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lone adjective in marks before its noun keeps the reporter's distance
        ("Nur wegen der „kräftigen“ Gebührenerhöhung sei der Haushalt ausgeglichen, sagte Lena Brück.",
         []),
        # ... a predicative one is the speaker's judgement
        ("Die Pläne seien „unverantwortlich“, sagte Lena Brück.", [("unverantwortlich", "partial")]),
        # ... and an adverb before a noun is no attribute
        ("In der Pflege würden „händeringend“ Leute gesucht, sagte Lena Brück.",
         [("händeringend", "partial")]),
    ],
)
def test_attributive_adjectives_in_marks(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # French names: „du“ is an article here, „pour“ a function word of the name
        "Beim „Championnat du Monde de Tir de Précision à Paris“ siegte die Schützin Ina Roth.",
        "Auch „Les Amis pour la Forêt“ riefen zum Protest auf, sagte ein Sprecher.",
        # a translation after a colon is still a name
        "Die Partei „Frente Amplio“ (übersetzt etwa: „Breite Front für Arbeit und Land“) siegte.",
    ],
)
def test_foreign_names_are_not_quotes(text):
    assert spans(text) == []


def test_du_in_german_speech_is_still_second_person():
    text = "Der Trainer rief ihm „Du schaffst das“ zu."
    assert spans(text) == [("Du schaffst das", "partial")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # chanted or written slogans are the words of the people at the scene
        ("Die Menge skandierte Parolen wie „Mieten runter!“ vor dem Rathaus.",
         [("Mieten runter!", "partial")]),
        ("Einige trugen Schilder mit der Aufschrift „Kein Kahlschlag im Stadtwald“.",
         [("Kein Kahlschlag im Stadtwald", "partial")]),
        ("Unbekannte sprühten Hassparolen wie „Raus mit den Investoren“ an die Wand.",
         [("Raus mit den Investoren", "partial")]),
        # ... the motto of an event is its name
        ("Der Marsch stand unter dem Motto „Grüne Lunge Lindenau“.", []),
        # ... and a lower-case word after a banner is not its text
        ("Mit einem Transparent wurde die Sperrung „vorbereitet“.", []),
        # zum Beispiel is no title noun
        ("Sie kritisierte zum Beispiel „Überstunden, die keiner bezahlt“.",
         [("Überstunden, die keiner bezahlt", "partial")]),
    ],
)
def test_slogans(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue after the quote outweighs a title noun before the colon
        ("Nach vier Spielen ohne Sieg war Trainerin Uta Behr erleichtert: „Ein wichtiger Schritt“, "
         "sagte sie nach dem Spiel.",
         [("Ein wichtiger Schritt", "direct")]),
        # a sentence in marks inside brackets is a quote, a translation is not
        ("Auch die Direktorin der Akademie, Ruth Adler („Ich habe damit nicht gerechnet.“), gratulierte.",
         [("Ich habe damit nicht gerechnet.", "direct")]),
        ("Das Festival „Lumière du Nord“ („Licht des Nordens“) beginnt am Freitag.", []),
        ("Die Partei will Vermögen („ab einer Million Euro je Haushalt“) stärker besteuern.",
         [("ab einer Million Euro je Haushalt", "partial")]),
        # a sentence-opening quote followed by a comma and a verb is direct speech
        ("„Die Stadt hält an ihrem Plan fest“, ließ eine Sprecherin am Abend wissen.",
         [("Die Stadt hält an ihrem Plan fest", "direct")]),
    ],
)
def test_brackets_and_cues_after_titles(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no comma between the marks and the reporting verb: the marks are in its subject
        ("Jonas Pfeil von der „Initiative saubere Flüsse“ sagte, das Wasser sei klar.", []),
        ("Die „Gruppe für ein freies Netz“ berichtete über eine Sperre.", []),
        # ... but after als, a framing verb follows its fragment
        ("Der Verband hatte den Plan als „völlig verfehlt“ zurückgewiesen.",
         [("völlig verfehlt", "partial")]),
        ("Als „verpasste Gelegenheit“ beurteilte die Opposition den Haushalt.",
         [("verpasste Gelegenheit", "partial")]),
        # ... and a quote set off by a comma is direct speech
        ("„Wir bleiben dran“, sagte Jonas Pfeil.", [("Wir bleiben dran", "direct")]),
        # ... an infinitive or participle after the marks has no subject of its own
        ("Sie habe damals „nie wieder“ sagen wollen.", [("nie wieder", "partial")]),
        ("Die Stadt habe den Antrag als „unzulässig“ zurückgewiesen.", [("unzulässig", "partial")]),
    ],
)
def test_quoted_words_as_subject_of_a_reporting_verb(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # title nouns in the genitive or plural, and nouns for categories and principles
        "Laut einem Test des Magazines „Rad fahren heute“ sind viele Helme zu schwer.",
        "Im Bereich „Politisch motivierte Gewalt“ stiegen die Fallzahlen, heißt es im Bericht.",
        "Die Stadt folgt dem Prinzip „Erst planen, dann bauen“, sagte der Baudezernent.",
    ],
)
def test_inflected_title_nouns_and_categories(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a name-like title after a colon, announced with a speech verb
        "Den Namen der neuen Sendung gab der Sender am Montag auch schon offiziell bekannt: "
        "„Lichter über Lindau – Lieder einer Stadt“.",
        # an organisation with its legal form, even in a long name
        "Zu sehen ist nur eine Notiz des „Förderkreis Freie Software für Schulen in Sachsen e.V.“ im Netz.",
        "Ein Vertreter der „nordwind energie ag“ nannte die Zahlen, sagte die Sprecherin.",
        # a proverb in apposition is nobody's statement
        "Er verwies auf die alte Volksweisheit, „Wer nicht wagt, der nicht gewinnt“.",
    ],
)
def test_more_names_and_titles(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # what follows the marks says they hold a name
        ("„Die Stadt der stillen Wasser“ ist der Titel ihres Romans, erklärte die Autorin.", []),
        ("Die Stadt werde dem „Rat für nachhaltige Entwicklung“ (Council for Sustainable Growth) "
         "beitreten, sagte der Bürgermeister.", []),
        # ... a quote before an explanation in brackets is still a quote
        ("Sie sprach von einem „schwarzen Tag“ (gemeint war der Wahlabend), sagte ihr Sprecher.",
         [("schwarzen Tag", "partial")]),
    ],
)
def test_names_explained_after_the_marks(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speech verb's say-slot: what follows its preposition is the speaker's wording
        ("Die Ärztin warnte vor einer „Grippewelle“ im Winter.", [("Grippewelle", "partial")]),
        ("Der Trainer riet zu „Ruhe und Geduld“.", [("Ruhe und Geduld", "partial")]),
        ("Die Bürgermeisterin wies die Kritik als „Unsinn“ zurück.", [("Unsinn", "partial")]),
        ("Beobachter sprachen von „Panikkäufen“.", [("Panikkäufen", "partial")]),
        # complaints, demands and warnings name what was said about something
        ("Die Anwältin wies auf die „Schweigepflicht“ ihrer Mandantin hin.",
         [("Schweigepflicht", "partial")]),
        ("Die Mieter klagten über „Schikanen“ des Vermieters.", [("Schikanen", "partial")]),
        ("Die Eltern beschwerten sich über den „Stundenausfall“.", [("Stundenausfall", "partial")]),
        ("Der Verband pochte auf „Vertragstreue“.", [("Vertragstreue", "partial")]),
        ("Die Gewerkschaft drängte auf eine „Einigung“.", [("Einigung", "partial")]),
        # ... a title noun before the marks still makes them a name
        ("Das Museum wies auf die Ausstellung „Gläserne Welten“ hin.", []),
        # ... a preposition without such a verb introduces a name
        ("Ein Vertreter von „Stadtwerke Nord“ war nicht zu erreichen.", []),
        ("Der Kapitän warnte. Die Fähre legte vor der „Seeschwalbe“ an.", []),
    ],
)
def test_speech_complements(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a phrase quoted together with its article is someone's wording, not a term
        ("Der Prozess dreht sich um „die Aushöhlung des Datenschutzes“.",
         [("die Aushöhlung des Datenschutzes", "partial")]),
        # ... a term or a Latin formula is not
        ("Sie wurde „in dubio pro reo“ freigesprochen.", []),
        ("Die „Aushöhlung“ des Datenschutzes beschäftigt das Gericht.", []),
    ],
)
def test_phrases_quoted_with_their_article(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case word used as a noun is a label
        ("Nach dem „ausreichend“ der Prüfer sank der Absatz, sagte die Händlerin.", []),
        # ... and so is an uninflected one after a bare preposition of change or range
        ("Die Agentur hob die Bewertung der Stadt von „negativ“ auf „stabil“ an, sagte ein Sprecher.", []),
        ("Die Noten reichten von „gut“ bis „mangelhaft“, erklärte die Schulleiterin.", []),
        # ... an inflected one there is an attribute of someone's wording
        ("Von „fahrlässiger“ oder „grober Täuschung“ sprachen die Anwälte.",
         [("fahrlässiger", "partial"), ("grober Täuschung", "partial")]),
        # ... used as a predicate it is the speaker's judgement
        ("Die Prüfer nannten das Gerät „ausreichend“.", [("ausreichend", "partial")]),
        # a title noun right before the comma takes a lower-case apposition too
        ("Sie sagte, das Prinzip, „erst fragen, dann handeln“, gelte weiter.", []),
    ],
)
def test_labels_and_principles(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an indefinite article before capitalised words in a Konjunktiv clause: a characterisation
        ("Die Reform sei nur ein „Papierdrache“, erklärte die Opposition am Montag.",
         [("Papierdrache", "partial")]),
        ("Der Streik habe der Branche einen „Schock“ versetzt.", [("Schock", "partial")]),
        # nennen with its object: a common noun is a verdict, a name stays a name
        ("Der Verbandschef nannte die Maßnahmen des Ministeriums „Flickschusterei“.",
         [("Flickschusterei", "partial")]),
        ("Die Familie nannte den Hund „Bello“.", []),
        # ... in the reporter's indicative it stays a name
        ("Die Werft baute einen „Nordstern“ für die Reederei.", []),
        # marks joined to a noun by a hyphen are part of a compound, a name
        ("Eine „Ampel“-Koalition sei denkbar, sagte der Politologe.", []),
    ],
)
def test_characterisations_and_compounds(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # regular Konjunktiv I forms mark reported speech as well as sei/habe
        ("Der Plan bestehe aus „kleinen, klugen Schritten“.", [("kleinen, klugen Schritten", "partial")]),
        ("Die Partei unterstütze den Entwurf „ohne Wenn und Aber“.", [("ohne Wenn und Aber", "partial")]),
        # ... the indicative does not
        ("Der Plan besteht aus „kleinen, klugen Schritten“.", []),
    ],
)
def test_regular_konjunktiv_forms(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # quotes joined only by a conjunction share the verdict of the first
        ("Das Konzept sehe „strenge“ und „faire“ Regeln vor.",
         [("strenge", "partial"), ("faire", "partial")]),
        ("Die Menge rief Parolen wie „Wir bleiben hier“ oder „Hände weg vom Park“.",
         [("Wir bleiben hier", "partial"), ("Hände weg vom Park", "partial")]),
        # ... names joined so stay names
        ("Das Werk baut die Modelle „Falke“ und „Habicht“.", []),
    ],
)
def test_coordinated_quotes(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a present passive of a naming verb states a convention, nobody speaks
        ("Das Eis, das in der Fachsprache als „Packeis“ bezeichnet wird, schmilzt, sagte sie.", []),
        # ... with an agent it reports someone's words
        ("Der Entwurf wird von Kritikern als „Flickwerk“ bezeichnet.", [("Flickwerk", "partial")]),
    ],
)
def test_generic_naming_passive(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of saying before the colon: the medium or group named there is the addressee
        ("Er sagte der Zeitung: „Das Konzert findet statt“", [("Das Konzert findet statt", "direct")]),
        ("Danach erklärte die Sprecherin der Band: „Die Tour geht weiter“",
         [("Die Tour geht weiter", "direct")]),
        # ... a work announced after a colon stays a title
        ("Sie schrieb ein neues Buch: „Die Jahre am stillen Fluss“.", []),
    ],
)
def test_saying_verb_before_colon_with_title_noun(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the quote as object right before the particle of a speech verb
        ("Die Opposition warf dem Senat „Verschleierung“ vor.", [("Verschleierung", "partial")]),
        ("Die Firma gab am Montag ihren „Neustart“ bekannt.", [("Neustart", "partial")]),
        # ... a preposition after the marks is no particle
        ("Das Schiff legte mit der „Seeschwalbe“ zu Ende der Woche ab.", []),
    ],
)
def test_object_before_speech_verb_particle(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, starts",
    [
        ("Der Pegel steigt. Die Feuerwehr ist da.", ["Der Pegel", "Die Feuer"]),
        # titles, initials and ordinals do not end the sentence
        ("Die Forscherin Prof. Dr. Anna Kern sprach. Dann ging sie.", ["Die Forsch", "Dann ging"]),
        ("Am 3. Mai sprach Karl F. Olsen in St. Pauli. Er blieb.", ["Am 3. Mai", "Er blieb."]),
        # ... but a number before an article or pronoun does
        ("Es geht um die Auslieferung des Modells 3. Ein Sprecher schwieg.", ["Es geht", "Ein Sprech"]),
        # ... and so does a year (a year is never an ordinal), but not a date
        ("Das war vor 1933. Dabei blieb es am 12.03.2005 Tag für Tag.", ["Das war", "Dabei bl"]),
        # a full stop that lost its space still ends the sentence (not in a domain)
        ("Die Zahlen stehen im Anzeiger.Mats Olberg schreibt auf blog.de weiter.",
         ["Die Zahlen", "Mats Olb"]),
    ],
)
def test_sentence_starts(text, starts):
    found = sentence_starts(text, 0, len(text))
    assert len(found) == len(starts)
    assert [text[i : i + len(s)] for i, s in zip(found, starts, strict=True)] == starts


@pytest.mark.parametrize(
    "text, expected",
    [
        # a short lower-case title right after its title noun is a title too
        ("Laut einer Umfrage der Zeitschrift „garten und leben“ pflanzen viele wieder Kohl.", []),
        ("Im Bereich „häusliche Gewalt gegen Männer“ gebe es kaum Daten, sagte die Forscherin.", []),
        # ... a phrase with its own determiner is the object, not the title
        ("Wie ihr Sprecher erklärte, sieht die Ministerin in dem Gesetz „keine Gefahr für den Wettbewerb“.",
         [("keine Gefahr für den Wettbewerb", "partial")]),
        # ... after a title noun that is no medium, brand or category it is the object
        ("Die Opposition warf dem Plan „handwerkliche Fehler“ vor.", [("handwerkliche Fehler", "partial")]),
        # ... and a single lower-case word after the noun is the speaker's judgement
        ("Die Opposition nannte den Plan „unausgegoren“.", [("unausgegoren", "partial")]),
        # ... first-person words after the noun are said to it
        ("Sie sagte der Zeitung „wir bleiben dabei“ und ging.", [("wir bleiben dabei", "partial")]),
        # ... a frame verb makes the lower-case words a characterisation
        ("Die Opposition nannte den Plan „grob fahrlässig“.", [("grob fahrlässig", "partial")]),
    ],
)
def test_lower_case_titles_after_a_title_noun(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # quoted words headed by a title noun and a name part name the thing
        ("Einen „Plan C“ für den Fall einer Absage gebe es nicht, sagte der Veranstalter.", []),
        ("Ein „Kiwi-Bündnis“ käme nach der Umfrage auf 48 Prozent.", []),
        ("Die Trägerin des „Lindgren-Preises für junge Literatur“ Mara Feld sei erkrankt, "
         "teilte der Verlag mit.", []),
        # ... a frame verb makes the compound a characterisation
        ("Die Opposition nannte den Entwurf ein „Placebo-Gesetz“.", [("Placebo-Gesetz", "partial")]),
        # ... and a title noun with lower-case words after it opens a phrase
        ("Die Reform sei ein „Programm der sozialen Kälte“, sagte die Gewerkschafterin.",
         [("Programm der sozialen Kälte", "partial")]),
    ],
)
def test_quotes_headed_by_a_title_noun(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # wiki italics set off terms and titles: a fragment in them is no quote
        ("Die Gemeinde eröffnete den ''neuen Bürgerpark'' mit einem Fest, sagte die Sprecherin.", []),
        # ... a sentence in them with its cue still is
        ("''Wir bleiben hier'', sagte die Sprecherin.", [("Wir bleiben hier", "direct")]),
    ],
)
def test_wiki_italics(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second name in apposition after a dash, bracket or comma and auch/alias
        ("Die Messe „Nordart Days“ – auch „Tage der nordischen Kunst“ – findet im Mai statt.", []),
        ("Der Kater (alias „der Schrecken vom Hafen“) sei wieder da, sagte die Nachbarin.", []),
        # ... first-person words after auch are still speech
        ("Das sei falsch, sagte sie, auch „weil wir das nie wollten“.",
         [("weil wir das nie wollten", "partial")]),
        ("Das Projekt scheitere, sagte sie, auch „weil die Mittel fehlen“.",
         [("weil die Mittel fehlen", "partial")]),
    ],
)
def test_alias_after_auch(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a colon after a phrase headed by Überschrift/Titel/Motto introduces a heading
        ("Zum Verein (Überschrift auf seiner Startseite: „Wir machen weiter“) gibt es keine Zahlen.", []),
        ("Das Motto der diesjährigen Kirmes: „Wir feiern zusammen“.", []),
        # ... a speaker before the colon makes it a statement about the heading
        ("Die Sprecherin sagte zur Überschrift: „Wir haben sie nicht gewählt.“",
         [("Wir haben sie nicht gewählt.", "direct")]),
        ("Unter der Überschrift „Neustart“ schrieb die Ministerin: „Wir fangen neu an.“",
         [("Wir fangen neu an.", "direct")]),
    ],
)
def test_headings_after_a_colon(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # three or more quoted items in a row that read as names make the list one of titles
        ("Nach Angaben der Veranstalter gab es Vorträge wie „Brücken im Wandel“, „Die Geschichte "
         "der Fähre über den Fluss seit dem Mittelalter“, „Alte Mühlen“ und „Stadtbahn heute“.", []),
        # ... two names in a list do not outvote a phrase
        ("Die Redner forderten „Freiheit“, „Gerechtigkeit“ und „ein Ende der Willkür“.",
         [("ein Ende der Willkür", "partial")]),
        # ... a list of chanted or judging words stays a list of quotes
        ("Die Demonstranten riefen „Wir bleiben hier“, „Hände weg vom Park“ und „Kein Abriss“.",
         [("Wir bleiben hier", "partial"), ("Hände weg vom Park", "partial"), ("Kein Abriss", "partial")]),
        ("Die Richterin nannte ihn „unbelehrbar“, „uneinsichtig“ und „gefährlich“.",
         [("unbelehrbar", "partial"), ("uneinsichtig", "partial"), ("gefährlich", "partial")]),
    ],
)
def test_lists_of_quoted_items(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # correlative conjunctions coordinate quotes as und does
        ("Laut der Gutachterin zeigt der Plan nicht nur „fehlende Sorgfalt“, sondern auch „Größenwahn“.",
         [("fehlende Sorgfalt", "partial"), ("Größenwahn", "partial")]),
        ("Laut der Gutachterin zeigt der Plan sowohl „fehlende Sorgfalt“ als auch „Größenwahn“.",
         [("fehlende Sorgfalt", "partial"), ("Größenwahn", "partial")]),
        # ... a name after a plain comma is not coordinated
        ("Laut der Gutachterin zeigt der Plan „fehlende Sorgfalt“, die Firma „Nordbau“ wehrt sich.",
         [("fehlende Sorgfalt", "partial")]),
    ],
)
def test_correlative_coordination(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ", so der Sprecher" closing the sentence attributes the words before it
        ("Die Pumpe war wegen „Ärger mit einer defekten Steuerung“ ausgefallen, so ein Sprecher der Werke.",
         [("Ärger mit einer defekten Steuerung", "partial")]),
        ("Die Fähre fiel wegen „Ärger mit einer defekten Steuerung“ aus, so Hanna Lorenz.",
         [("Ärger mit einer defekten Steuerung", "partial")]),
        # ... a so that is no source attributes nothing
        ("Die Pumpe war wegen „Ärger mit einer defekten Steuerung“ ausgefallen, so dass das Werk stand.", []),
        ("Die Anlage hatte „Ärger mit einer defekten Steuerung“, so dass das Werk stand.", []),
    ],
)
def test_source_closing_the_sentence(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # als with its article outside the marks: lower-case words that characterise
        ("Die Senatorin griff die Firma als den „größten Sünder der Branche“ an.",
         [("größten Sünder der Branche", "partial")]),
        # ... a short term after als stays a term
        ("Er reiste als „blinder Passagier“ nach Hamburg.", []),
    ],
)
def test_characterisation_after_als_and_article(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Roman numeral numbers a name, even after a speech verb's preposition
        ("Die Opposition sprach von einem Fehler und fordert die Rücknahme von „Meyer II“.", []),
        # an article and an ordinal before the marks number the edition of an event
        ("Am Samstag beginnt die 12. „lange Nacht der offenen Ateliers“, teilte die Stadt mit.", []),
        # a brand that starts in lower case and capitalises inside is a name
        ("Der Konzern stellte auch ein „eBike-Komfort-Paket“ vor, sagte die Sprecherin.", []),
        # ... a sentence in marks after a number closing the sentence is still a quote
        ("Der Stand liegt in Halle 4. „Wir sind zufrieden“, sagte die Ausstellerin.",
         [("Wir sind zufrieden", "direct")]),
    ],
)
def test_numbered_names_and_brands(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a naming noun as the object of a verb of saying: the word the speaker used
        ("Der Landrat verteidigte die Bezeichnung „Chaoten“, mit der er die Besetzer belegt hatte.",
         [("Chaoten", "partial")]),
        # ... without such a verb it names a term
        ("Die Gruppen werden unter dem Begriff „Fahrende Händler“ zusammengefasst.", []),
        ("Ihre amtliche Bezeichnung „Freie Hafenstadt“ erhielt die Stadt 1820.", []),
    ],
)
def test_word_as_object_of_a_speech_verb(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of saying and a comma right before the marks: they open what was said
        ("Die Landrätin sagte, „Funklöcher“ dürfe es im Kreis nicht mehr geben.",
         [("Funklöcher", "partial")]),
        ("Der Trainer betonte, „Teamgeist“ sei wichtiger als Taktik.", [("Teamgeist", "partial")]),
        # ... a verb of writing before the comma takes a title in apposition
        ("Sie hat ein Buch geschrieben, „Kalte Kufen“, das im Mai erscheint.", []),
        # ... and the same word without the verb of saying stays a name
        ("Nach dem Spiel, „Funklöcher“ spielte zuletzt, leerte sich der Saal.", []),
    ],
)
def test_marks_opening_the_clause_after_a_verb_of_saying(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised Konjunktiv form inside a sentence is a noun: no reported speech
        ("Am Montag wird man die Sängerin als „Tante Grete“ in der dritten Folge der Serie sehen.", []),
        ("Im Herbst spielt der Schauspieler als „Onkel Bruno“ in der Folge mit.", []),
        # ... a Konjunktiv opening the sentence is still a verb
        ("Käme der Zug nicht, so „bleibe man eben daheim“.", [("bleibe man eben daheim", "partial")]),
    ],
)
def test_konjunktiv_forms_written_as_nouns(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compound headed by a title noun before the colon announces a title, as a plain title noun does
        ("Im Mai erscheint ihr Erstlingswerk: „Wo die Möwen schlafen“. Es spielt auf Rügen.", []),
        ("Der Sender zeigt am Abend eine neue Dokumentarreihe: „Leben am Fluss“.", []),
        # ... a medium named as the addressee of a verb of saying still introduces a statement
        ("Die Ministerin sagte der Tageszeitung: „Wir bleiben dabei.“", [("Wir bleiben dabei.", "direct")]),
    ],
)
def test_compound_title_nouns_before_a_colon(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what someone sang, marks followed by a form of singen without a comma, is a song's title
        ("Beim Abschiedskonzert hatte die Sängerin zuletzt „Ich bin dann mal weg“ gesungen.", []),
        ("Der Chor, in dem sie jahrelang „Komm, lieber Mai“ sang, löst sich auf.", []),
        # ... a comma before the verb makes it the cue of a quote
        ("„Ich bin dann mal weg“, sang sie zum Abschied.", [("Ich bin dann mal weg", "direct")]),
        # ... and lower-case words before the verb are the speaker's
        ("Die Sängerin sagte, sie habe „nie wieder“ singen wollen.", [("nie wieder", "partial")]),
    ],
)
def test_songs_sung(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Für den Gesundheitsminister Jan Olsen ist die Lage in der Stadt „alarmierend“.",
         [("alarmierend", "partial")]),
        ("Was für die Ministerin eine „flexiblere Handhabe der Regel“ ist, blieb offen.",
         [("flexiblere Handhabe der Regel", "partial")]),
        ("Die Reform war für die Gewerkschaft „Wortbruch und Vertrauensbruch“.",
         [("Wortbruch und Vertrauensbruch", "partial")]),
        # für + a thing is no one's view
        ("Für das Projekt ist eine „Finanzierung“ nötig.", []),
    ],
)
def test_the_view_of_a_person_named_after_fuer(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Fraktion erklärte, man nehme die Entscheidung „zur Kenntnis“.", [("zur Kenntnis", "partial")]),
        # a name opening with a preposition capitalises it
        ("Sie trafen sich im Gasthaus „Zur Linde“.", []),
    ],
)
def test_a_lower_case_preposition_opens_no_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nach der Ankündigung der Ministerin soll die Rückzahlung im „Regelfall um vier Jahre "
         "verschoben“ werden.", [("Regelfall um vier Jahre verschoben", "partial")]),
        ("Nach Darstellung des Ministeriums ist die Lage „unter Kontrolle“.",
         [("unter Kontrolle", "partial")]),
        # without an owner "nach" + noun is time, not a source
        ("Nach der Ankündigung fuhr sie mit dem „Regenbogen Express“ heim.", []),
    ],
)
def test_a_speech_noun_with_its_owner_after_nach_is_a_source(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Zeitung hatte von der Notwendigkeit eines „Volksaufstands“ gesprochen.",
         [("Volksaufstands", "partial")]),
        ("Der Minister warnte vor der Gefahr eines „Flächenbrands“ in der Region.",
         [("Flächenbrands", "partial")]),
        # berichten über takes a topic, not words said: no say-slot, no quote
        ("Die Zeitung berichtete am Montag über den Bau eines „Leuchtturms“ im Hafen.", []),
    ],
)
def test_a_genitive_inside_the_say_slot(text, expected):
    assert spans(text) == expected


def test_context_read_for_a_quote_is_bounded(monkeypatch):
    """A paragraph of thousands of quoted items and no full stop (a scraped table) must not
    make every judgement read the whole paragraph: the work would grow with its square."""
    import quoteverify.detect as detect

    seen = []
    real = detect.classify

    def spy(content, left, right, **kw):
        seen.append(len(left) + len(right))
        return real(content, left, right, **kw)

    monkeypatch.setattr(detect, "classify", spy)
    quotes_of('Die Liste nennt "Rot" ' + '"Blau" ' * 600 + "und mehr")
    assert len(seen) == 601
    assert max(seen) <= 2 * detect._WINDOW + 10


@pytest.mark.parametrize(
    "text, expected",
    [
        ("„Leider“, ergänzte Kern.", [("Leider", "direct")]),
        ("Sie zögerte. „Danke“, sagte die Ministerin dann.", [("Danke", "direct")]),
        # inside the sentence and without the comma a cue does not make a name a quote
        ("Der „Spiegel“, berichtete er, sei teuer.", []),
        ("Wie „Bild“ berichtet, ist er krank.", []),
    ],
)
def test_one_word_opening_its_sentence_with_a_cue_after_the_comma_is_a_quote(text, expected):
    assert spans(text) == expected
