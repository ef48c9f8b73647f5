"""Speaker attribution: cue, speaker mention and canonical speaker, exactly."""

import pytest
from attribution import assert_named, attributed, span, span_last


@pytest.mark.parametrize(
    "text, speaker, mention, cue, rule",
    [
        ("„Wir bauen die Brücke neu“, sagte Bürgermeister Jan Rehberg am Montag.",
         "Jan Rehberg", "Bürgermeister Jan Rehberg", "sagte", "cue-after"),
        ("Landrätin Petra Kühn (CDU) sagte: „Das Geld ist da.“",
         "Petra Kühn", "Landrätin Petra Kühn", "sagte", "cue-before"),
        ("„Wir prüfen das“, teilte die Polizei am Abend mit.",
         "Polizei", "Polizei", "teilte", "cue-after"),
        ("Laut Albers „ist nichts entschieden“.", "Albers", "Albers", "Laut", "source"),
        ("Kapitän Jonas Berg: „Wir haben gekämpft.“", "Jonas Berg", "Kapitän Jonas Berg", None, "colon"),
        ("Die Polizei nannte den Plan „unausgegoren“.",
         "Polizei", "Polizei", "nannte", "subject"),
        # (a generic body noun with no such body named before has no canonical name)
        ("Die Gewerkschaft nannte den Plan „unausgegoren“.",
         None, "Gewerkschaft", "nannte", "subject"),
        # the speaker phrase ends before adverbials and the people named in them
        ("„Es gab keinen Streit“, sagte der russische Staatschef Wladimir Putin am Mittwoch "
         "nach seinem Gipfeltreffen mit US-Präsident Joe Biden in Genf.",
         "Wladimir Putin", "Staatschef Wladimir Putin", "sagte", "cue-after"),
    ],
)
def test_cue_and_speaker_patterns(text, speaker, mention, cue, rule):
    [q] = attributed(text)
    assert q.speaker == speaker
    assert (q.mention.start, q.mention.end) == span(text, mention)
    assert q.mention.text == mention
    if cue is None:
        assert q.cue is None
    else:
        assert (q.cue.start, q.cue.end, q.cue.text) == (*span(text, cue), cue)
    assert q.rule == rule
    assert 0 < q.confidence <= 1


def test_so_cue():
    text = "„Die Lage ist ernst“, so der Innenminister."
    [q] = attributed(text)
    assert q.rule == "so"
    assert q.cue.text == "so"
    assert q.mention.text == "der Innenminister"


def test_role_noun_and_pronoun_resolve_to_the_introduced_person():
    text = (
        "Niedersachsens Innenministerin Petra Albers (SPD) besuchte die Wache. "
        "„Wir schließen nichts“, sagte die Ministerin.\n\n"
        "Später sagte sie: „Wir bleiben dran.“"
    )
    quotes = attributed(text)
    assert [(q.speaker, q.mention.text, q.rule) for q in quotes] == [
        ("Petra Albers", "die Ministerin", "cue-after"),
        ("Petra Albers", "sie", "cue-before"),
    ]


def test_surname_resolves_to_the_fullest_name():
    text = (
        "Bürgermeister Tobias Reinhold eröffnete die Sitzung. "
        "„Wir haben gespart“, sagte Reinhold."
    )
    [q] = attributed(text)
    assert q.speaker == "Tobias Reinhold"
    assert q.mention.text == "Reinhold"


def test_split_quote_parts_share_the_speaker():
    text = "Trainerin Anna Vogt blieb ruhig. „Wir“, sagte Vogt, „werden das prüfen.“"
    quotes = attributed(text)
    assert [q.text for q in quotes] == ["Wir", "werden das prüfen."]
    assert [q.speaker for q in quotes] == ["Anna Vogt", "Anna Vogt"]


def test_continuation_takes_the_previous_speaker():
    text = (
        "„Das reicht nicht“, sagte Landrat Eberhard Kunz.\n\n"
        "„Wir brauchen mehr Geld vom Land.“"
    )
    quotes = attributed(text)
    assert [(q.speaker, q.rule) for q in quotes] == [
        ("Eberhard Kunz", "cue-after"),
        ("Eberhard Kunz", "continuation"),
    ]
    # no cue of its own: the evidence is where the previous quote names him
    assert quotes[1].cue is None
    assert quotes[1].mention == quotes[0].mention


def test_spokesperson_of_an_institution():
    text = "„Die Zahlen sind gut“, sagte ein Sprecher des Unternehmens."
    [q] = attributed(text)
    assert q.mention.text == "ein Sprecher des Unternehmens"
    assert q.rule == "cue-after"


def test_quote_without_any_attribution_has_no_speaker():
    text = "Auf dem Plakat der Demonstranten stand: „Wir bleiben hier!“"
    [q] = attributed(text)
    assert q.speaker is None


def test_person_introduced_as_subject_before_an_uncued_quote():
    text = (
        "„Das reicht nicht“, sagte Landrat Eberhard Kunz.\n\n"
        "Kreisbrandmeisterin Lena Hölzl hatte eine lange Nacht hinter sich. "
        "„Wir waren mit 300 Leuten im Einsatz.“"
    )
    quotes = attributed(text)
    assert [(q.speaker, q.rule) for q in quotes] == [
        ("Eberhard Kunz", "cue-after"),
        ("Lena Hölzl", "context"),
    ]
    assert quotes[1].mention.text == "Kreisbrandmeisterin Lena Hölzl"


def test_next_sentence_attributes_the_quote():
    text = "„Wir müssen uns an die eigene Nase fassen.“ Das sagt Kapitän Jonas Berg nach dem Spiel."
    [q] = attributed(text)
    assert (q.speaker, q.rule, q.cue.text, q.mention.text) == (
        "Jonas Berg", "cue-next", "sagt", "Kapitän Jonas Berg")


def test_given_name_lexicon_knows_gender():
    from quoteverify import lexicon

    names = lexicon.first_names()
    assert (names["Monika"], names["Jürgen"]) == ("f", "m")
    assert "Kim" not in names  # used for both: not guessed


def test_unnamed_speaker_has_a_mention_but_no_speaker():
    text = "„Hier geht es um Menschen“, sagt eine Anwohnerin, die ihren Namen nicht nennen will."
    [q] = attributed(text)
    assert q.speaker is None
    assert q.mention.text == "eine Anwohnerin"


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param(
            'Umweltminister Gerold Brenner besuchte die Deiche. '
            'Er sagte nach einem Treffen mit Landrat Jonas Fenk: „Die Dämme haben gehalten.“',
            'Gerold Brenner', 'Er', id='person_named_inside_the_cue_sentence_is_not_the_antecedent'),
        pytest.param(
            'Die Bürgermeisterin von Talheim, Greta Vollmer, dankte den Helfern. '
            '„Ohne euch wäre es schlimmer gekommen“, sagte sie.',
            'Greta Vollmer', 'sie', id='name_in_apposition_after_a_role'),
        pytest.param(
            'Die Ministerin traf sich mit dem Präsidenten Marek Olszewski. '
            'Olszewski warb für mehr Zusammenarbeit. '
            '„Wir sind Partner“, sagte er.',
            'Marek Olszewski', None, id='inflected_role_noun_introduces_a_person'),
        pytest.param(
            'Landrat Tobias Kern und Bürgermeisterin Hanna Seidel besichtigten den Damm. '
            'Kern lobte die Helfer. '
            'Seidel sprach mit Anwohnern. '
            '„Wir bauen alles wieder auf“, sagte sie.',
            'Hanna Seidel', None, id='pronoun_gender_from_the_given_name'),
        pytest.param(
            'Präsident Wladmir Kusnezow reiste nach Genf. '
            'Dort traf Präsident Wladimir Kusnezow die Delegation. '
            '„Wir sind zufrieden“, sagte Wladimir Kusnezow.',
            'Wladimir Kusnezow', None, id='canonical_name_is_not_a_one_off_typo'),
        pytest.param(
            'Die Velox AG legt Zahlen vor. „Die Zahlen sind gut“, sagte ein Sprecher des Unternehmens.',
            'Velox AG', None, id='spokesperson_speaks_for_the_body_in_the_nominative'),
        pytest.param(
            'Vorstandschefin Ulla Brenner kündigte Einschnitte an. '
            'Betriebsbedingte Kündigungen schloss sie nicht aus: „Wir müssen sparen.“',
            'Ulla Brenner', 'sie', id='pronoun_after_the_verb_is_the_subject_when_an_object_comes_first'),
        pytest.param(
            'Außenministerin Carla Ruiz und Staatsministerin Miriam Holt reisten nach Lima. '
            'Ruiz sprach mit der Regierung. '
            '„Wir sind erleichtert“, sagte die Staatsministerin.',
            'Miriam Holt', None, id='role_noun_prefers_the_same_role_word_over_the_same_class'),
        pytest.param(
            'Der Präsident traf die Staatsministerin im Auswärtigen Amt, Miriam Holt, in Berlin. '
            '„Wir sind erleichtert“, sagte die Staatsministerin.',
            'Miriam Holt', None, id='role_with_a_complement_then_the_name_in_apposition'),
        pytest.param(
            'Der Theologe Anselm Kerber hält den Schritt für richtig. '
            '„Die Kirche muss sich öffnen“, sagte der Theologe.',
            'Anselm Kerber', 'der Theologe', id='profession_is_a_role_not_part_of_the_name'),
        pytest.param(
            'Auch Datenschützerin Ines Vogt warnte. „Das Gesetz geht zu weit“, sagte Vogt.',
            'Ines Vogt', 'Vogt', id='compound_role_with_a_listed_head'),
        pytest.param(
            '„Wir haben nichts gesehen“, sagte die Reporterin Jana Holt.',
            'Jana Holt', 'Reporterin Jana Holt', id='reporter_is_a_role'),
        pytest.param(
            'Die Forscherin Prof. Dr. Anna Kern sagte: „Das ist neu.“',
            'Anna Kern', 'Forscherin Prof. Dr. Anna Kern', id='academic_titles_inside_the_phrase'),
        pytest.param(
            '„Wir prüfen das“, sagte Dr. Jan Wolf.',
            'Jan Wolf', 'Dr. Jan Wolf', id='academic_title_before_the_name'),
    ],
)
def test_who_a_mention_denotes_within_the_article(text, speaker, mention):
    """Roles, pronouns, appositions and names resolve to one canonical person or body."""
    [q] = attributed(text)
    assert q.speaker == speaker
    if mention is not None:
        assert q.mention.text == mention


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param(
            "„Wir bleiben hier“, betonte Ministerin Jana Holt.Danach fuhr sie nach Hause.",
            "Jana Holt", "Ministerin Jana Holt", "cue-after",
            id="a_lost_space_after_the_full_stop_ends_the_name"),
        pytest.param(
            "Jorrit Bram Veenstra, Laborleiter der Kalkwerke Nord, erklärte: „Wir warten ab.“",
            "Jorrit Bram Veenstra", "Jorrit Bram Veenstra", "cue-before",
            id="three_name_words_opening_the_sentence_are_a_name"),
        pytest.param(
            "„Die Mittel reichen nicht aus“, heißt es in dem Antrag der Grünen-Fraktion.",
            "Grünen-Fraktion", "dem Antrag der Grünen-Fraktion", "document",
            id="heisst_es_in_a_document_of_a_body"),
        pytest.param(
            "Die Schule verschickte einen Brief. In einem Schreiben an die Eltern heißt es: "
            "„Der Unterricht fällt aus.“",
            "Schule", "einem Schreiben", "document", id="document_before_heisst_es"),
        pytest.param(
            "Die Schule verschickte einen Brief. Darin heißt es wörtlich: „Der Unterricht fällt aus.“",
            "Schule", "Darin", "document", id="darin_heisst_es_points_to_the_document"),
        pytest.param(
            "Die Arbeiterkammer Salzburg veröffentlichte eine Stellungnahme. „Der Entwurf verschärft die "
            "Wohnungsnot“, heißt es darin.",
            "Arbeiterkammer Salzburg", "darin", "document", id="heisst_es_darin_after_the_quotation"),
        pytest.param(
            "„Wir prüfen alle Hinweise“, hatte es in einer am Montag verbreiteten Erklärung "
            "der Stadtverwaltung geheißen.",
            "Stadtverwaltung", "einer am Montag verbreiteten Erklärung der Stadtverwaltung", "document",
            id="hatte_es_in_a_document_geheissen"),
        pytest.param(
            "Auf der Kita-Homepage heißt es dazu: „Wir bleiben geöffnet.“",
            None, "der Kita-Homepage", "document", id="a_compound_with_a_hyphen_is_the_head_noun"),
        pytest.param(
            "„Wir sind vorbereitet“, wird Ministerin Karla Stein in der Zeitung zitiert.",
            "Karla Stein", "Ministerin Karla Stein", "cited", id="wird_x_zitiert_after_the_quote"),
        pytest.param(
            "In der Mitteilung wird Bürgermeister Olaf Grewe wie folgt zitiert: „Wir helfen sofort.“",
            "Olaf Grewe", "Bürgermeister Olaf Grewe", "cited", id="wird_x_wie_folgt_zitiert_before"),
        pytest.param(
            "Landrätin Eva Kranz besuchte die Schule. Dabei griff sie auch den Schulträger an: "
            "„Hier wurde jahrelang gespart.“",
            "Eva Kranz", "sie", "clause", id="colon_after_a_clause_without_speech_verb_takes_its_subject"),
        pytest.param(
            "Der Betriebsratschef Holger Timm lobte die Einigung. Ursprünglich wollte er "
            "„deutlich mehr herausholen“.",
            "Holger Timm", "er", "clause", id="pronoun_subject_of_the_quote_sentence_is_the_mention"),
        pytest.param(
            "Bereits im Mai hatte Kanzlerin Ida Roth in einer Rede verkündet: „Wir bauen aus.“",
            "Ida Roth", "Kanzlerin Ida Roth", "cue-before", id="subject_after_auxiliary_far_from_participle"),
        pytest.param(
            "Die Stadtverwaltung hatte den Bericht als „falsch“ zurückgewiesen.",
            "Stadtverwaltung", "Stadtverwaltung", "cue-after", id="participle_after_the_quote_subject_first"),
        pytest.param(
            "Als ein Gast helfen wollte, biss der Randalierer ihn und rief: „Lasst mich raus!“",
            None, "Randalierer", "cue-before", id="subject_of_the_first_of_two_coordinated_verbs"),
        pytest.param(
            "Ausnahmen sind nur „in ganz dringenden Fällen und mit schriftlicher Genehmigung“ möglich.",
            None, None, None, id="a_bare_common_noun_is_no_speaker"),
        pytest.param(
            "„Wir wollen die Werke enger verzahnen“, hatte Konzernchef Ulf Berger im Interview erklärt.",
            "Ulf Berger", "Konzernchef Ulf Berger", "cue-after", id="aux_then_participle_last"),
        pytest.param(
            "„Wir haben jetzt vier Punkte“, zeigte sich Trainer Milan Koval nach dem Spiel zufrieden.",
            "Milan Koval", "Trainer Milan Koval", "cue-after", id="inverted_subject_after_any_verb"),
        pytest.param(
            "„Offenbar sind Bürgerfragen dann doch zu lästig“, so das Fazit der Betreiber des Portals.",
            None, "das Fazit der Betreiber", "so", id="so_with_a_summary_noun"),
        pytest.param(
            "Ministerpräsidentin Lena Vogt erklärte, er sei „völlig ungeeignet“ für das Amt.",
            "Lena Vogt", "Ministerpräsidentin Lena Vogt", "subject",
            id="pronoun_after_the_comma_is_not_the_subject"),
        pytest.param(
            "Der Hauptgeschäftsführer des Verbands nannte sie „fahrlässig“.",
            None, "Hauptgeschäftsführer", "subject", id="der_noun_before_the_verb_beats_the_object_pronoun"),
        pytest.param(
            "Der Abschuss rechtfertige sich nach Meinung der Naturschutzorganisation durch die "
            "„akute Gefahr für Wanderer“.",
            "Naturschutzorganisation", "Meinung der Naturschutzorganisation", "source",
            id="nach_meinung_der_x_after_the_verb"),
        pytest.param(
            "Landrat Olaf Brandt besuchte das Dorf. Seiner Ansicht nach „sind wir Zeugen einer Katastrophe“.",
            "Olaf Brandt", "Seiner Ansicht", "source", id="seiner_ansicht_nach"),
        pytest.param(
            "Für Bildungssenatorin Marta Lindner sei das Urteil „aus vielen Gründen verständlich“.",
            "Marta Lindner", "Bildungssenatorin Marta Lindner", "source", id="fuer_x_sei"),
        pytest.param(
            "Die Ministerin Eva Roth legte den Plan vor. Was für die Ministerin eine „flexible Lösung“ ist, "
            "war für den Lehrerverband „blanker Hohn“.",
            "Lehrerverband", "Lehrerverband", "source", id="fuer_x_after_a_comma_and_the_copula"),
        pytest.param(
            "Der Gouverneur Li Wen sagte, die Lage sei ruhig. Die Gewerkschaften hatten am Montag von "
            "einem „harten Durchgreifen“ gesprochen.",
            None, "Gewerkschaften", "cue-after", id="bodies_in_the_plural_speak_as_a_group"),
        pytest.param(
            "Der Gouverneur Li Wen sagte, die Lage sei ruhig. Die staatlich kontrollierten Medien hatten "
            "am Montag von einem „harten Durchgreifen“ gesprochen.",
            None, "Medien", "cue-after", id="an_adverb_before_the_adjective_of_the_subject"),
        pytest.param(
            "Die Ministerin Eva Roth legte den Plan vor. Was für die Ministerin eine „flexible Lösung“ ist, "
            "war für die Lehrerverbände „blanker Hohn“.",
            None, "Lehrerverbände", "source", id="fuer_bodies_in_the_plural"),
        pytest.param(
            "Der englischsprachigen Wochenschrift sagte Aktivistin Nora Kett: „Ich kämpfe weiter.“",
            "Nora Kett", "Aktivistin Nora Kett", "cue-before", id="dative_first_then_the_named_subject"),
        pytest.param(
            "Die Opposition kritisierte das Gesetz scharf: So sagte Fraktionschef Ivo Lenz: "
            "„Das ist ein Skandal.“",
            "Ivo Lenz", "Fraktionschef Ivo Lenz", "cue-before", id="a_colon_inside_ends_the_clause_before"),
        pytest.param(
            "Wie die Zeitung „Abendblatt“ berichtete, soll Kapitän Karl Brunner zum Trainer gesagt haben: "
            "„Ich gehe.“",
            "Karl Brunner", "Kapitän Karl Brunner", "cue-before", id="leading_wie_clause"),
        pytest.param(
            "Der Mann wurde verurteilt. Wie Anwalt Norman Pech, der den Prozess beobachtet hatte, dazu "
            "feststellt, verlangt „das Gesetz eine klare Begründung“.",
            "Norman Pech", "Anwalt Norman Pech", "cue-before", id="leading_wie_clause_then_no_subject"),
        pytest.param(
            "„Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ Produktchef Tom Bergen.",
            "Tom Bergen", "Produktchef Tom Bergen", "cue-after", id="zitiert_x_y_the_one_cited_speaks"),
        pytest.param(
            "Der Präsident war verreist. Danach teilte dessen Stellvertreter mit: „Er ruft uns an.“",
            None, "dessen Stellvertreter", "cue-before", id="dessen_before_the_subject"),
        pytest.param(
            "Er sieht Fortschritte. „Das Problem der Verlagerung bleibt bestehen“ laut Landrat Jens Fiedler.",
            "Jens Fiedler", "Landrat Jens Fiedler", "source", id="laut_x_after_the_quote"),
        pytest.param(
            "Die Kanadier hingegen sagen, der Pilot trage die „volle Verantwortung“ für den Unfall.",
            None, "Die Kanadier", "subject", id="the_subject_of_the_reported_clause_does_not_speak"),
        pytest.param(
            "Die Veranstalter erklären dagegen, sie hätten „klare Hinweise auf Gewalt“ gesehen.",
            None, "Veranstalter", "subject", id="no_pronoun_across_adverb_and_comma"),
        pytest.param(
            "Die Brauerei bestätigte die Angaben nicht und nannte sie „reine Spekulation“.",
            None, "Brauerei", "subject", id="coordinated_verb_shares_the_subject"),
        pytest.param(
            "Lindau (dpa) – Fraktionschef Markus Vahlbeck nannte den Entwurf „unausgegoren“.",
            "Markus Vahlbeck", "Fraktionschef Markus Vahlbeck", "subject", id="not_the_place_of_a_dateline"),
        pytest.param(
            "„Wir sind enttäuscht“, ließ sie über ihren Sprecher ausrichten.",
            None, "sie", "cue-after", id="lassen_with_an_infinitive_of_sending_word"),
        pytest.param(
            "Die Firma Lindholm war nicht erreichbar. Ihr Geschäftsführer hatte zuletzt von einer "
            "„Hexenjagd“ gesprochen.",
            None, "Ihr Geschäftsführer", "cue-after", id="a_possessive_before_a_role_noun"),
        pytest.param(
            "Korbachs Teamkollegin Lena Haas spricht von einer „schwierigen Woche“.",
            "Lena Haas", "Teamkollegin Lena Haas", "subject", id="genitive_unlisted_role_name"),
        pytest.param(
            "Talheims oberster Bürgermeister Jens Korte spricht von einer „überwältigenden Resonanz“.",
            "Jens Korte", "Bürgermeister Jens Korte", "subject", id="genitive_adjective_role_name"),
        pytest.param(
            "„Das reicht nicht“, sagte der Sprecher des Fahrgastverbands Pro Schiene, Karl-Peter Naumann.",
            "Karl-Peter Naumann", "der Sprecher des Fahrgastverbands Pro Schiene, Karl-Peter Naumann",
            "cue-after", id="hyphenated_given_name_in_apposition"),
        pytest.param(
            "Ein Fernsehsender zitierte Minister Jan Ohl mit den Worten: „Ich klebe nicht am Stuhl.“",
            "Jan Ohl", "Minister Jan Ohl", "cited", id="zitierte_x_mit_den_worten"),
        pytest.param(
            "Minister Jan Ohl kam spät. Die Zeitung zitiert ihn mit den Worten: „Ich klebe nicht am Stuhl.“",
            "Jan Ohl", "ihn", "cited", id="zitiert_ihn_mit_den_worten"),
        pytest.param(
            "Anna Kern kam. „Wir helfen sofort“, wie Minister Jan Ohl betonte.",
            "Jan Ohl", "Minister Jan Ohl", "cue-after", id="wie_clause_after_the_quote"),
        pytest.param(
            "Anna Kern kam. „Wir helfen sofort“, wie Minister Jan Ohl betont hatte.",
            "Jan Ohl", "Minister Jan Ohl", "cue-after", id="wie_clause_with_auxiliary"),
        pytest.param(
            "Der Waldkirchener Bürgermeister Jens Korte spricht von einem „schwarzen Tag“.",
            "Jens Korte", "Bürgermeister Jens Korte", "subject", id="place_adjective_role_name"),
        pytest.param(
            "„Wir helfen sofort“, sagte die Berliner Innensenatorin Mia Olk.",
            "Mia Olk", "Innensenatorin Mia Olk", "cue-after", id="place_adjective_role_name_after_cue"),
        pytest.param(
            "„Wir sehen vor allem Ältere“, sagte der Ärztliche Direktor Henning Strathmann.",
            "Henning Strathmann", "Direktor Henning Strathmann", "cue-after", id="title_adjective_role_name"),
        pytest.param(
            "„Wir verhandeln zügig“, sagte der Vorsitzende Richter Bernd Aschauer.",
            "Bernd Aschauer", "Richter Bernd Aschauer", "cue-after", id="adjectival_noun_before_the_role"),
        pytest.param(
            "„Das reicht nicht“, sagte der Abgeordnete Koch.",
            "Koch", "Abgeordnete Koch", "cue-after", id="adjectival_role_then_a_surname_that_is_a_noun"),
        pytest.param(
            "„Wir helfen sofort“, sagte der Kölner CDU-Chef Jan Pütz.",
            "Jan Pütz", "CDU-Chef Jan Pütz", "cue-after", id="place_adjective_hyphenated_role"),
        pytest.param(
            "Feuerwehrchef Jan Roth bestätigte den Brand. Einer der beteiligten Feuerwehrmänner sagte: "
            "„So etwas habe ich noch nie gesehen.“",
            None, "Einer der beteiligten Feuerwehrmänner", "cue-before", id="einer_der_one_of_a_group"),
        pytest.param(
            "„Er ist die eiserne Hand im Handschuh“, so charakterisierte ihn der Gewerkschafter Paul Arnaud.",
            "Paul Arnaud", "Gewerkschafter Paul Arnaud", "so",
            id="so_verb_object_pronoun_subject"),
        pytest.param(
            "„Jeder Dritte misstraut der Politik.“ Das ist die zentrale Aussage einer Studie der Stiftung.",
            None, "die zentrale Aussage einer Studie", "cue-next", id="das_ist_die_aussage_einer_studie"),
        pytest.param(
            "„Wo bleibt unser Geld?“, wollen die Demonstranten seit Tagen wissen.",
            None, "Demonstranten", "cue-after", id="inverted_noun_phrase_after_a_modal"),
        pytest.param(
            "Eine „offene architektonische Frage“ sei der Grund für die Verzögerung.",
            None, None, None, id="a_verb_after_a_quote_inside_the_clause_is_no_cue"),
        pytest.param(
            "Sie wisse, dass ihre Arbeit „nicht frei von Schwächen“ sei, hatte Ministerin Vera Koch gesagt.",
            "Vera Koch", "Ministerin Vera Koch", "cue-after", id="reported_verb_then_comma_then_cue"),
        pytest.param(
            "Ministerin Tessa von der Hollenkamp besuchte die Kita. Von der Hollenkamp betonte, "
            "die Kitas seien „bestens ausgestattet“.",
            "Tessa von der Hollenkamp", "Von der Hollenkamp", "subject",
            id="surname_with_particle_opens_sentence"),
        pytest.param(
            "„Wir helfen“, sagte Bürgermeister Joris Van der Weyden.",
            "Joris Van der Weyden", "Bürgermeister Joris Van der Weyden", "cue-after",
            id="capitalised_particle_inside_the_name"),
        pytest.param(
            "„Wir helfen“, sagte Anna Berg von der Polizei.",
            "Anna Berg", "Anna Berg", "cue-after", id="von_der_after_a_name_is_no_particle_of_it"),
        pytest.param(
            "Kapitän Karl Brunner wechselt den Verein. Wie die Sportzeitung berichtete, soll Brunner "
            "zum Trainer gesagt haben: „Ich gehe.“",
            "Karl Brunner", "Brunner", "cue-before", id="subject_after_the_auxiliary"),
        pytest.param(
            "Der Lokalzeitung sagte Kapitän Jonas Weber: „Wir geben nicht auf.“",
            "Jonas Weber", "Kapitän Jonas Weber", "cue-before", id="der_body_first_is_a_dative"),
        pytest.param(
            "Der Minister sagte Bürgermeisterin Ina Kron: „Wir helfen.“",
            None, "Der Minister", "cue-before", id="der_person_first_is_the_subject"),
        pytest.param(
            "Der Präsident Tomas Halva besuchte Kairo. Das ägyptische Angebot, Verletzte aufzunehmen, "
            "lehnt er jedoch ab: „Das reicht nicht.“",
            "Tomas Halva", "er", "clause", id="object_first_then_verb_and_pronoun_before_colon"),
        pytest.param(
            "Ministerin Lene Sabo sprach in Berlin. Sie äußerte sich auch gegen die ihrer Meinung nach "
            "verbreiteten Illusionen: „Ich kritisiere diesen Irrglauben.“",
            "Lene Sabo", "Sie", "cue-before", id="ihrer_meinung_nach_as_an_attribute_is_no_source"),
        pytest.param(
            "Die Firma schrieb den Mitarbeitern. In einem internen Schreiben an die Mitarbeiter war von "
            "einem „vertrauensvollen und offenen Dialog“ die Rede.",
            None, "einem internen Schreiben", "document", id="in_x_war_von_die_rede"),
        pytest.param(
            "Derzeit steht in dem Gesetzentwurf noch der Passus: „Die Daten sind sofort zu löschen.“",
            None, "dem Gesetzentwurf", "document", id="steht_in_x_der_passus"),
        pytest.param(
            "In der Zeitung fand sich dazu die Feststellung „Wir stellen unsere Produktion um“.",
            None, "der Zeitung", "document", id="in_x_fand_sich_die_feststellung"),
        pytest.param(
            "Seine Bilder werden von Kunstkritikern als „Meilensteine der Malerei“ bezeichnet.",
            None, "Kunstkritikern", "cue-after", id="passive_agent_a_group"),
        pytest.param(
            "Die Gefahr von Bränden wird vom Landesamt für Umwelt als „sehr hoch“ eingestuft.",
            "Landesamt für Umwelt", "Landesamt für Umwelt", "cue-after", id="passive_agent_the_last_von"),
        pytest.param(
            "Der Arzt, der von der Polizei befragt wurde, sagte: „Ich habe nichts gesehen.“",
            None, "Der Arzt", "cue-before", id="a_passive_relative_clause_is_not_the_quote_clause"),
        pytest.param(
            "Grund für den Ablass in der Schweiz waren dem Bericht zufolge nicht näher bezeichnete "
            "„technische Probleme an Bord“.",
            None, "Bericht", "source", id="zufolge_takes_the_phrase_right_before_it"),
        pytest.param(
            "In der Fraktion sagte die Kanzlerin einigen Teilnehmern zufolge: „Er war ein Stabilisator.“",
            None, "die Kanzlerin", "cue-before", id="a_source_after_the_speech_verb_does_not_speak"),
        pytest.param(
            "Ministerin Ana Lopez reiste an. „Jetzt geht es los“, schrieb die in Ulm geborene Lopez.",
            "Ana Lopez", "die in Ulm geborene Lopez", "cue-after", id="extended_participle_attribute"),
        pytest.param(
            "„Wir sind bereit“, sagte die seit Jahren amtierende Bürgermeisterin.",
            None, "die seit Jahren amtierende Bürgermeisterin", "cue-after",
            id="extended_attribute_before_a_role"),
        pytest.param(
            "Ein Arzt kam hinzu. Dieser Arzt, Jonas Ebel, schilderte der Zeitung seinen Eindruck: "
            "„Sie atmete nicht mehr.“",
            "Jonas Ebel", "Dieser Arzt, Jonas Ebel", "cue-before", id="demonstrative_before_role_and_name"),
        pytest.param(
            "Auch dieser Fehler habe Methode, so Elke Brandt weiter: „Das ist in anderen Firmen üblich.“",
            "Elke Brandt", "Elke Brandt", "so", id="so_frame_before_the_colon"),
        pytest.param(
            "Einsparungen sollen „durch mehr Effizienz und Produktivität“ erreicht werden, so heißt es in "
            "einer gemeinsamen Erklärung des Betriebsrates.",
            "Betriebsrat", "einer gemeinsamen Erklärung des Betriebsrates", "document",
            id="verbs_closing_the_clause_then_so_heisst_es"),
        pytest.param(
            "„Wir sind Zeugen“, zitiert man die Korrespondentin Jana Holt.",
            "Jana Holt", "Korrespondentin Jana Holt", "cited", id="zitiert_man_the_one_cited"),
        pytest.param(
            "Die Beamten hätten den Angriff „mit einfacher körperlicher Gewalt“ verhindert, sagte "
            "Polizeisprecher Tom Hesse.",
            "Tom Hesse", "Polizeisprecher Tom Hesse", "cue-after", id="participle_closing_the_clause"),
        pytest.param(
            "Kämmerer Ole Wendt legte die Zahlen vor. Forderungen nach höheren Zuschüssen wies "
            "Wendt als „unbezahlbar“ zurück.",
            "Ole Wendt", "Wendt", "subject", id="a_thing_opening_the_clause_is_an_object"),
        pytest.param(
            "Die Rektorin Vera Lindqvist äußerte sich am Abend. Daran knüpfte sie eine Bedingung: "
            "„Wir brauchen mehr Personal.“",
            "Vera Lindqvist", "sie", "clause", id="a_pronominal_adverb_is_no_speaker"),
        pytest.param(
            "Ob Müdigkeit eine Rolle spielte, ist unklar. „Er fuhr in den Graben“, sagte die 52-Jährige.",
            None, "die 52-Jährige", "cue-after", id="the_conjunction_ob_is_no_mayor"),
        pytest.param(
            "Die Stadt feiert. „Wir sind stolz“, sagte OB Jan Kern.",
            "Jan Kern", "OB Jan Kern", "cue-after", id="the_abbreviation_ob_is_one"),
    ],
)
def test_mention_next_to_the_cue_of_the_last_quote(text, speaker, mention, rule):
    """The mention is the phrase that names the speaker (or source) of this instance."""
    q = attributed(text)[-1]
    assert q.speaker == speaker
    if mention is None:
        assert q.mention is None
    else:
        assert q.mention.text == mention
        assert (q.mention.start, q.mention.end) == span_last(text, mention)
    assert q.rule == rule


def test_was_fuer_x_opens_a_view():
    text = ("Die Ministerin Eva Roth legte den Plan vor. Was für die Ministerin eine „flexible Lösung“ ist, "
            "war für den Lehrerverband „blanker Hohn“.")
    q = attributed(text)[0]
    assert (q.text, q.rule, q.cue.text) == ("flexible Lösung", "source", "für")
    assert_named(q, text, "Eva Roth", "die Ministerin")


def test_a_quote_takes_the_cue_after_the_last_quote_of_its_sentence():
    text = ("Die „seit Monaten völlig überlasteten Kliniken“ hätten „keine Reserven mehr“, "
            "so Gesundheitsexpertin Tanja Merz.")
    first, second = attributed(text)
    for q in (first, second):
        assert (q.speaker, q.mention.text, q.rule) == ("Tanja Merz", "Gesundheitsexpertin Tanja Merz", "so")
    assert first.mention.start == text.index("Gesundheitsexpertin")


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param(
            "Die Menge skandierte vor dem Bahnhof Parolen wie „Weg mit dem Gesetz“.",
            None, "Menge", "subject", id="the_subject_of_skandieren_speaks_the_slogan"),
        pytest.param(
            "Vor dem Landtag skandierten die Bauern Parolen wie „Ohne uns kein Brot“.",
            None, "Bauern", "subject", id="the_slogan_noun_is_not_part_of_the_subject"),
        pytest.param(
            "Am Abend zogen Demonstranten vor das Rathaus und skandierten Sprüche wie „Nie wieder“.",
            None, "Demonstranten", "subject", id="und_shares_the_subject_after_the_first_verb"),
        pytest.param(
            "Unter dem Motto „Frei statt Angst“ zogen die Fans durch Hagen und skandierten „Nie wieder“.",
            None, "Fans", "subject", id="a_motto_in_marks_is_not_the_first_verb"),
        pytest.param(
            "Am Montag traf die Ministerin den Verband und nannte dessen Forderungen „völlig überzogen“.",
            None, "die Ministerin", "subject", id="und_then_a_frame_verb_with_its_object"),
        pytest.param(
            "Am Montag traf Ministerin Eva Roth den Verband und sagte der Vorsitzende Karl Imhof: "
            "„Wir sind froh.“",
            "Karl Imhof", "Vorsitzende Karl Imhof", "cue-before", id="und_then_a_subject_of_its_own"),
        pytest.param(
            "Am Montag kam Ministerin Vera Lind nach Hagen und sagte: „Wir helfen.“",
            "Vera Lind", "Ministerin Vera Lind", "cue-before", id="a_named_subject_after_the_first_verb"),
    ],
)
def test_chanted_slogans_take_the_subject_of_the_clause(text, speaker, mention, rule):
    """skandierten Parolen wie „…“: the chanting subject, never the Parolen themselves."""
    q = attributed(text)[-1]
    assert q.speaker == speaker
    assert q.mention.text == mention
    assert (q.mention.start, q.mention.end) == span_last(text, mention)
    assert q.rule == rule


@pytest.mark.parametrize(
    "text, mention, rule",
    [
        pytest.param(
            "Die Fans in Hagen riefen Parolen wie „Auf geht's“ oder „Nie wieder zweite Liga“.",
            "Fans", "subject", id="oder_joins_a_slogan_to_the_list"),
        pytest.param(
            "Bürgermeisterin Olga Renz sprach von einem „Aufbruch für die ganze Stadt“ "
            "und „einer neuen Zeit für Hagen“.",
            "Bürgermeisterin Olga Renz", "subject", id="a_list_of_fragments_shares_the_speaker"),
    ],
)
def test_quotations_joined_into_a_list_share_the_speaker(text, mention, rule):
    quotes = attributed(text)
    assert len(quotes) >= 2
    for q in quotes:
        assert (q.mention.text, q.rule) == (mention, rule)


def test_a_joined_quotation_with_its_own_cue_keeps_it():
    text = ("Am Freitag hieß es aus dem Rathaus: „Wir warten ab.“ "
            "Später meldete sich die Opposition: „Alles Unsinn“ und „Wir klagen“, "
            "sagte Fraktionschef Ole Brandt.")
    last = attributed(text)[-1]
    assert (last.speaker, last.mention.text, last.rule) == (
        "Ole Brandt", "Fraktionschef Ole Brandt", "cue-after")


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param(
            "Während Anna Wolf erklärte, sie sei „sehr zufrieden“, räumte Jan Ott ein, Fehler gemacht "
            "zu haben.", "Anna Wolf", "Anna Wolf", "subject", id="the_speech_verb_of_the_waehrend_clause"),
        pytest.param(
            "Nachdem man laut Klinikchef Udo Brandt „jetzt helfen kann“, suchen die Forscher weiter.",
            "Udo Brandt", "Klinikchef Udo Brandt", "source", id="a_source_inside_the_nachdem_clause"),
        pytest.param(
            "Obwohl die Lage ernst ist, „bleiben wir ruhig“, sagte Bürgermeister Paul Kern.",
            "Paul Kern", "Bürgermeister Paul Kern", "cue-after", id="the_subordinate_clause_ended_before"),
    ],
)
def test_a_quotation_inside_an_opening_subordinate_clause(text, speaker, mention, rule):
    """Während X erklärte, …, „…“, räumte Y ein: the quotation is X's, not Y's."""
    q = [q for q in attributed(text) if q.kind != "indirect"][-1]
    assert (q.speaker, q.mention.text, q.rule) == (speaker, mention, rule)
    assert (q.mention.start, q.mention.end) == span(text, mention)


@pytest.mark.parametrize(
    "text, mention",
    [
        pytest.param("Die Firma wurde gestern im „Kurier“ als „eine Organisation ohne Plan“ bezeichnet.",
                     "„Kurier“", id="a_paper_by_its_title"),
        pytest.param("In den Medien war der Auftrag schon als „Geschäft des Jahrzehnts“ bezeichnet worden.",
                     "den Medien", id="the_media"),
        pytest.param("In einem Bericht wird die Lage als „angespannt, aber ruhig“ beschrieben.",
                     "einem Bericht", id="a_report"),
        pytest.param("Der Plan wurde im „Kurier“ von Ministerin Eva Roth als „mutig“ bezeichnet.",
                     "Ministerin Eva Roth", id="the_agent_comes_first"),
    ],
)
def test_a_passive_without_agent_takes_the_medium(text, mention):
    """wurde im „Kurier“ als „…“ bezeichnet: where the words appeared is their source."""
    [q] = attributed(text)
    assert q.mention.text == mention
    assert (q.mention.start, q.mention.end) == span(text, mention)
    assert q.rule == "cue-after"


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param("„Das Update ist groß“, schreibt die „Morgenpost“. Mehr nicht.",
                     "Morgenpost", "die „Morgenpost“", "cue-after", id="die_and_the_title_after_the_verb"),
        pytest.param("„Er war ein Künstler“, schrieb „Die Woche“ in einem Nachruf.",
                     "Die Woche", "„Die Woche“", "cue-after", id="a_title_with_its_own_article"),
        pytest.param("Am Montag schrieb die „Morgenpost“: „Das Update ist groß.“",
                     "Morgenpost", "die „Morgenpost“", "cue-before", id="the_title_before_the_quote"),
        pytest.param("„Wir bleiben“, sagte die „neue“ Trainerin Eva Roth.",
                     "Eva Roth", "Trainerin Eva Roth", "cue-after", id="lower_case_in_marks_is_no_title"),
    ],
)
def test_a_paper_named_by_its_title_in_marks_speaks(text, speaker, mention, rule):
    q = attributed(text)[0]
    assert q.speaker == speaker
    if mention is None:
        assert q.mention is None
    else:
        assert (q.mention.text, (q.mention.start, q.mention.end)) == (mention, span(text, mention))
    assert q.rule == rule


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param(
            "Auf den Vorwurf der Opposition, es handele sich um einen „teuren Irrweg“, entgegnete "
            "Ministerin Eva Roth, das Geld sei da.",
            "Opposition", "den Vorwurf der Opposition", id="auf_den_vorwurf_der_x"),
        pytest.param(
            "Die Forderung der Gewerkschaft Verdi, die Löhne „deutlich und rasch“ zu erhöhen, wies "
            "Verbandschef Max Kern zurück.",
            "Gewerkschaft Verdi", "Die Forderung der Gewerkschaft Verdi", id="die_forderung_der_x"),
    ],
)
def test_a_quotation_in_the_clause_of_a_speech_noun_is_its_owners(text, speaker, mention):
    q = [q for q in attributed(text) if q.kind != "indirect"][0]
    assert (q.speaker, q.mention.text, q.rule) == (speaker, mention, "source")
    assert (q.mention.start, q.mention.end) == span(text, mention)


def test_a_speech_noun_whose_owner_is_not_named_is_no_source():
    text = "Die Forderung, die Löhne „deutlich und rasch“ zu erhöhen, wies Verbandschef Max Kern zurück."
    q = [q for q in attributed(text) if q.kind != "indirect"][0]
    assert q.rule != "source"


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Der Minister Karl Brandt war in Bonn. Besorgt äußerte sich auch der Vorsitzende des "
                     "Tibet Vereins Deutschland, Wolfgang Grosser, zu den Vorgängen: „Wir befürchten das "
                     "Schlimmste“, sagte er.", "Wolfgang Grosser", id="named_in_apposition_before_the_quote"),
        pytest.param("Der Minister Karl Brandt war in Bonn. Dann kritisierte Jonas Vehring den "
                     "Schiedsrichter Tom Weller: „Das war falsch“, sagte er.", "Jonas Vehring",
                     id="the_first_named_subject"),
        pytest.param("Der Minister Karl Brandt war in Bonn. Die Ministerin Anna Kern kritisierte Tom Weller "
                     "scharf: „Das war falsch“, sagte sie.", "Anna Kern", id="the_gender_decides"),
        pytest.param("Der Minister Karl Brandt war in Bonn. Nach einem Gespräch mit Landrat Eberhard Munz "
                     "sagte er: „Wir helfen.“", "Karl Brandt", id="not_inside_a_prepositional_phrase"),
        pytest.param("Der Minister Karl Brandt war in Bonn. Zusammen mit seinen Kollegen Edwin Aldrich und "
                     "Mark Colberg besuchte er das Lager und sagte: „Wir helfen.“", "Karl Brandt",
                     id="nor_joined_to_one_inside_it"),
    ],
)
def test_a_pronoun_takes_a_person_named_earlier_in_its_sentence(text, speaker):
    q = attributed(text)[-1]
    assert q.kind == "direct"
    assert (q.speaker, q.mention.text) == (speaker, text[q.mention.start : q.mention.end])
    assert q.mention.text in ("er", "sie")


def test_a_colon_quotation_with_a_cue_after_it_is_no_reported_clause():
    text = "Trainer Jonas Vehring war zufrieden: „Ein guter Start“, sagte er."
    assert [(q.kind, q.text) for q in attributed(text)] == [("direct", "Ein guter Start")]


def test_a_wie_frame_whose_speaker_has_a_name_in_apposition():
    text = ("Wie die Premierministerin von Hessenland, Jana Holt, erklärte, habe sie den Zivilschutz "
            "in Bereitschaft versetzt.")
    [q] = attributed(text)
    assert (q.kind, q.text) == ("indirect", "habe sie den Zivilschutz in Bereitschaft versetzt")
    assert (q.speaker, q.mention.text, q.cue.text) == (
        "Jana Holt", "Premierministerin von Hessenland, Jana Holt", "erklärte")
    assert (q.mention.start, q.mention.end) == span(text, "Premierministerin von Hessenland, Jana Holt")


def test_a_headline_quoting_words_quoted_again_later_takes_their_speaker():
    text = ("„Wir müssen jetzt investieren“\n\nDie Wirtschaftsministerin Karla Jensen hat ein Programm "
            "angekündigt. „Wir müssen jetzt investieren, nicht erst in fünf Jahren“, sagte Jensen.")
    head, body = attributed(text)
    assert (head.text, head.speaker, head.mention, head.cue, head.rule) == (
        "Wir müssen jetzt investieren", "Karla Jensen", None, None, "repeated")
    assert (body.speaker, body.rule) == ("Karla Jensen", "cue-after")


def test_a_headline_label_keeps_its_mention_and_takes_the_speaker_of_the_words_quoted_again():
    text = ("Klimaaktivistin vor Gericht: „Ich bereue nichts“\n\nDie Aktivistin Lea Brandt steht vor "
            "Gericht. „Ich bereue nichts“, sagte Brandt.")
    head, body = attributed(text)
    assert (head.speaker, head.mention.text, head.rule) == ("Lea Brandt", "Klimaaktivistin", "repeated")
    assert (body.speaker, body.rule) == ("Lea Brandt", "cue-after")


def test_words_quoted_again_in_the_body_are_not_shared_between_speakers():
    text = ("Die Stadt plant einen Park.\n\n„Das ist zu teuer“, sagte ein Anwohner. Später sprach die "
            "Bürgermeisterin Jana Holt. „Das ist zu teuer“, sagte Holt.")
    first = attributed(text)[0]
    assert (first.speaker, first.mention.text, first.rule) == (None, "ein Anwohner", "cue-after")


def test_a_headline_quote_not_quoted_again_keeps_no_speaker():
    text = ("„Wir müssen jetzt investieren“\n\nDie Wirtschaftsministerin Karla Jensen hat ein Programm "
            "angekündigt. „Jeder Euro ist gedeckt“, sagte Jensen.")
    head = attributed(text)[0]
    assert (head.text, head.speaker, head.rule) == ("Wir müssen jetzt investieren", None, None)


def test_zitierte_ihn_die_zeitung_the_one_cited_speaks():
    text = ("Der Minister Avi Katzir kündigte eine harte Antwort an. „Wer uns angreift, wird einen hohen "
            "Preis zahlen“, zitierte ihn die Zeitung „Haaretz“.")
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text, q.cue.text, q.rule) == ("Avi Katzir", "ihn", "zitierte", "cited")
    assert (q.mention.start, q.mention.end) == span(text, "ihn")


def test_two_speakers_around_a_comma_are_two_statements():
    text = ("„Das ist ein großer Tag für unsere Stadt“, sagte Vera Lohse, während ihr Herausforderer "
            "Tobias Wendt einräumte: „Wir haben unser Ziel verfehlt.“")
    first, second = attributed(text)
    assert first.statement != second.statement
    assert (first.speaker, first.rule) == ("Vera Lohse", "cue-after")
    assert (second.speaker, second.mention.text, second.cue.text, second.rule) == (
        "Tobias Wendt", "Herausforderer Tobias Wendt", "einräumte", "cue-before")


def test_a_reference_number_between_quote_and_cue_is_skipped():
    text = "„Wir ernten nichts“[1], sagte Karl Dorn."
    [q] = attributed(text)
    assert (q.speaker, q.mention.text, q.cue.text, q.rule) == ("Karl Dorn", "Karl Dorn", "sagte", "cue-after")
    assert (q.mention.start, q.mention.end) == span(text, "Karl Dorn")


def test_a_quotation_before_lassen_with_an_infinitive_of_sending_word_is_direct():
    """„…“, ließ der Verband verlauten: a cue like sagte, so the words are a whole quotation."""
    q = attributed("Die Kürzung kam überraschend. „Wir sind enttäuscht“, ließ der Verband verlauten.")[-1]
    assert (q.kind, q.cue.text, q.mention.text) == ("direct", "verlauten", "Verband")


def test_a_person_in_a_prepositional_phrase_opening_the_sentence_is_not_the_pronoun():
    """Über seinen Sprecher Tom Weller ließ er mitteilen: the capitalised preposition opens a
    phrase, so er is the minister named before, not Weller."""
    text = ("Der Minister Karl Brandt war in Bonn. Über seinen Sprecher Tom Weller ließ er mitteilen, man "
            "helfe sofort.")
    q = attributed(text)[-1]
    assert (q.kind, q.speaker, q.mention.text) == ("indirect", "Karl Brandt", "er")
