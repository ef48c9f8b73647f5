"""Who a speaker phrase denotes: canonical names, bodies, groups, sources that are things,
and the constructions whose speaker stands away from the cue; all text invented."""

import pytest
from attribution import assert_attributed, assert_named, assert_named_last, attributed, span, span_last


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("„Wir spielen weiter“, sagte der Punkmusiker Lasse Fjord.",
                     "Lasse Fjord", "Punkmusiker Lasse Fjord", id="a_role_the_lexicon_does_not_list"),
        pytest.param("„Der Trainer hat unser Vertrauen“, sagte Vorstand Herbert Gschwandl.",
                     "Herbert Gschwandl", "Vorstand Herbert Gschwandl", id="a_body_noun_as_a_members_role"),
        pytest.param("„Die Studie ist solide“, sagte der Münchner Neurologe Bernd Seidl.",
                     "Bernd Seidl", "Neurologe Bernd Seidl", id="a_place_adjective_before_an_unlisted_role"),
        pytest.param("Eine Anwohnerin, die 47-jährige Krankenschwester Petra Olsch, sagte: „Wir haben "
                     "Angst.“",
                     "Petra Olsch", "Anwohnerin, die 47-jährige Krankenschwester Petra Olsch",
                     id="a_name_after_an_unlisted_role_in_apposition"),
        pytest.param("„Die Zahlen sind gut“, sagte Jana Holt zu Beginn der Sitzung.",
                     "Jana Holt", "Jana Holt", id="zu_after_a_surname_opens_an_adverbial"),
        pytest.param("Marktanalyst Tomas Weller von der Nordbank sagte: „Der Markt bleibt nervös.“",
                     "Tomas Weller", "Marktanalyst Tomas Weller",
                     id="von_after_a_surname_names_the_employer"),
        pytest.param("„Wir brauchen Geduld“, sagte Karl-Heinz von Bredow.",
                     "Karl-Heinz von Bredow", "Karl-Heinz von Bredow",
                     id="von_after_a_given_name_is_a_particle"),
        pytest.param("Die Kernaussage von Mira Olsen lautete: „Wir bleiben im Plan.“",
                     "Mira Olsen", "Die Kernaussage von Mira Olsen", id="the_owner_of_a_statement_speaks"),
        pytest.param("Stadträtin Ilse Baum sprach zuerst. Ihre Meinung zum Neubau: „Viel zu teuer.“",
                     "Ilse Baum", "Ihre Meinung", id="a_possessive_before_a_speech_noun"),
        pytest.param("„Die Arbeit ist gründlich“, sagte der Doktorvater der Autorin, Paul Kessel.",
                     "Paul Kessel", "Doktorvater der Autorin, Paul Kessel",
                     id="a_name_in_apposition_at_the_end_of_the_sentence"),
    ],
)
def test_the_canonical_speaker_is_the_person_without_role_or_affiliation(text, speaker, mention):
    q = attributed(text)[-1]
    assert q.speaker == speaker
    assert q.mention.text == mention
    assert (q.mention.start, q.mention.end) == span(text, mention)


def test_a_body_named_in_any_case_is_one_speaker():
    text = ("„Die Preise steigen“, teilte das Statistische Landesamt mit. Laut dem Statistischen "
            "Landesamt „sinken die Mieten“. Nach Angaben des Statistischen Landesamtes „bleiben "
            "die Löhne gleich“.")
    quotes = [q for q in attributed(text) if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == ["Statistisches Landesamt"] * 3
    assert [q.mention.text for q in quotes] == [
        "Statistische Landesamt", "Statistischen Landesamt", "Angaben des Statistischen Landesamtes"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("„Wir ermitteln“, sagte ein Sprecher des Polizeipräsidiums Nordwest. Das Polizeipräsidium "
         "Nordwest bat um Hinweise.", "Polizeipräsidium Nordwest"),
        # a compound of a body noun in the genitive is no role before a name (not: Hannover)
        ("Die Kette ist pleite. „Der Antrag liegt vor“, sagte ein Sprecher des Amtsgerichts Hannover.",
         "Amtsgericht Hannover"),
        ("„Der Täter ist geflohen“, teilte die Kripo Lindau mit.", "Kripo Lindau"),
        # a kind of body in the genitive, then its name: the name (not: Unternehmens Velox AG)
        ("„Wir prüfen das“, sagte ein Sprecher des Unternehmens Velox AG.", "Velox AG"),
    ],
)
def test_a_body_before_its_place_is_named_in_the_nominative(text, speaker):
    [q] = attributed(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Die Firma kündigte Stellen ab. Ein Sprecher von Velox teilte mit: „Wir zahlen fair.“",
                     "Velox", "Ein Sprecher von Velox", id="a_spokesperson_von_a_body"),
        pytest.param("Feuerwehrchef Jan Ortiz bestätigte den Brand. Einer der 13 beteiligten "
                     "Feuerwehrmänner sagte: „So etwas habe ich nie gesehen.“",
                     None, "Einer der 13 beteiligten Feuerwehrmänner", id="one_of_a_counted_group"),
        pytest.param("Die Suche dauert an. Der Deutsche Tom Weller ist Koordinator. Im Interview sagte er: "
                     "„Der Anblick ist spektakulär.“",
                     "Tom Weller", "er", id="a_nationality_before_a_name_is_a_role"),
        pytest.param("Mit ihrem Roman hat Marlene Oster den Preis gewonnen. Die Jury nannte das Buch "
                     "„eine leise Erkundung“.", "Jury", "Jury", id="a_jury_is_a_body_not_the_author"),
        pytest.param("Der Vorsitzende Karl Brem lobte den Bericht. Der Ausschuss sprach von einem "
                     "„Meilenstein“.", "Ausschuss", "Ausschuss", id="a_committee_is_a_body"),
    ],
)
def test_speakers_described_by_group_or_body(text, speaker, mention):
    q = attributed(text)[-1]
    assert q.speaker == speaker
    assert q.mention.text == mention
    assert (q.mention.start, q.mention.end) == span_last(text, mention)


def test_an_acronym_with_an_article_is_a_body_not_the_last_person():
    [q] = attributed("Anwalt Jonas Kehl kritisierte das Urteil. Der BGH nannte die Revision „unbegründet“.")
    assert (q.speaker, q.mention.text, q.rule) == ("BGH", "BGH", "subject")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Die Äußerungen Kerns bezeichnete Brandt als „Knaller aus Karlsruhe“.",
                     "Brandt", "Brandt", id="object_first_then_the_named_subject"),
        pytest.param("Der oberste Gerichtshof wertete diese Weitergabe von Geldern als „Verschwendung“.",
                     "Gerichtshof", "Gerichtshof", id="a_demonstrative_object_after_the_verb"),
        pytest.param("Der Verband nannte die Bewerbung von Kanada „sehr respektabel“.",
                     "Verband", "Verband", id="a_thing_owned_by_a_name_is_no_speaker"),
    ],
)
def test_things_around_the_verb_are_objects_not_speakers(text, speaker, mention):
    [q] = attributed(text)
    assert (q.speaker, q.mention.text, q.rule) == (speaker, mention, "subject")


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param("Am Donnerstag hat die Außenministerin Ines Harms das Lager besucht. "
                     "„Wir helfen mit 30 Millionen Euro.“",
                     "Ines Harms", "Außenministerin Ines Harms", "context",
                     id="a_subject_after_the_verb_makes_the_person_salient"),
        pytest.param("Captain Fabian Kern nahm die Spieler in die Pflicht. „Wir müssen uns steigern“, "
                     "sagte der 29-jährige Verteidiger.",
                     "Fabian Kern", "der 29-jährige Verteidiger", "cue-after",
                     id="an_age_before_a_role_noun"),
        pytest.param("Ministerin Jana Holt sprach zuerst. Danach zogen Hunderte durch die Stadt. "
                     "„Wir bleiben hier“, riefen die Demonstranten.",
                     None, "Demonstranten", "cue-after", id="a_group_is_not_the_person_last_named"),
        pytest.param("Ministerin Jana Holt besuchte die Firma Velox. Die Firma Velox erklärte: "
                     "„Wir zahlen fair.“",
                     "Velox", "Firma Velox", "cue-before", id="a_body_with_its_name"),
        pytest.param("Oberstaatsanwalt Peter Lind hatte fünf Jahre gefordert. Verteidiger Jan Ostrowski "
                     "kündigte Revision an. „Das Urteil ist zu hart“, sagte der Anwalt.",
                     "Jan Ostrowski", "der Anwalt", "cue-after", id="a_prosecutor_is_no_anwalt"),
        pytest.param("Rechtsanwalt Jan Ostrowski verteidigt den Angeklagten. Staatsanwalt Uwe Brück "
                     "widersprach ihm. „Er wusste alles“, sagte Brück. „Wir gehen in Revision“, sagte der "
                     "Verteidiger.",
                     "Jan Ostrowski", "der Verteidiger", "cue-after", id="a_defender_is_the_lawyer_named"),
        pytest.param("Verteidiger Paul Ahlborn sprach von einem Schauprozess. Ein Mitangeklagter hat "
                     "gestanden. „Er will umfassend aussagen“, sagte seine Anwältin.",
                     None, "seine Anwältin", "cue-after", id="a_lawyer_of_another_gender_is_someone_else"),
        pytest.param("Der Läufer Tom Kessler gewann vor dem Österreicher Florian Gaßner. „Ein Traum“, sagte "
                     "Kessler. Der zweitplatzierte Gaßner haderte mit dem Start. „Ich war zu spät dran“, "
                     "sagte der Tiroler.",
                     "Florian Gaßner", "Tiroler", "cue-after",
                     id="a_surname_after_an_adjective_makes_the_person_salient"),
    ],
)
def test_who_a_description_denotes(text, speaker, mention, rule):
    q = attributed(text)[-1]
    assert_attributed(q, text, speaker, mention, rule)


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param(
            "Die Ärztin Lena Stock kam hinzu. „Er atmete nicht mehr“, so diese.",
            "Lena Stock", "diese", "so", id="so_diese"),
        pytest.param(
            "Neben Jonas Ebel stand die Sängerin Mira Falk. „Wir geben nicht auf“, so letztere.",
            "Mira Falk", "letztere", "so", id="so_letztere"),
        pytest.param(
            "Kurz darauf traf Pfarrer Otto Brenner ein. „Ich bete für alle“, sagte dieser.",
            "Otto Brenner", "dieser", "cue-after", id="sagte_dieser"),
        pytest.param(
            "Die Ärztin Lena Stock kam hinzu. Diese sagte am Abend: „Er atmete nicht mehr.“",
            "Lena Stock", "Diese", "cue-before", id="diese_sagte"),
        pytest.param(
            "Die Ärztin Lena Stock kam hinzu. Diese Ärztin sagte: „Er atmete nicht mehr.“",
            "Lena Stock", "Diese Ärztin", "cue-before", id="a_demonstrative_before_a_noun_is_its_article"),
    ],
)
def test_a_demonstrative_next_to_the_cue_is_the_mention(text, speaker, mention, rule):
    """A demonstrative standing alone is the mention; the speaker is the one it points back to."""
    q = attributed(text)[-1]
    assert_attributed(q, text, speaker, mention, rule)


@pytest.mark.parametrize(
    "text, speaker, mention, cue",
    [
        pytest.param("Die Bauern zogen zum Rathaus. Auf dem Plakat stand: „Wir bleiben hier.“",
                     None, "dem Plakat", "stand", id="auf_dem_plakat_stand"),
        pytest.param("Die Bauern zogen zum Rathaus. Auf dem Transparent war „Wir bleiben hier“ zu lesen.",
                     None, "dem Transparent", "war", id="war_zu_lesen_after_the_quotation"),
        pytest.param("Die Bauern zogen zum Rathaus. Auf dem Banner war die Parole „Wir bleiben hier“ "
                     "zu lesen.",
                     None, "dem Banner", "war", id="war_die_parole_zu_lesen"),
        pytest.param("Auf der Internetseite der Gemeinde ist zu lesen: „Das Bad bleibt zu.“",
                     "Gemeinde", "der Internetseite der Gemeinde", "ist", id="ist_zu_lesen_before_the_colon"),
        pytest.param("Bürgermeister Tom Hesse ließ ein Schild aufstellen. Darauf waren die Worte zu "
                     "lesen: „Hier wird gebaut.“",
                     None, "Darauf", "waren", id="darauf_waren_die_worte_zu_lesen"),
        pytest.param("Bürgermeister Tom Hesse ließ ein Schild aufstellen. Darauf stand: „Hier wird gebaut.“",
                     None, "Darauf", "stand", id="darauf_stand"),
        pytest.param("Die Behörde verschickte einen Brief. Darin steht unter anderem: „Die Frist läuft ab.“",
                     None, "Darin", "steht", id="darin_steht"),
        pytest.param("Der Verein hat eine Homepage. Auch das Leitbild fand sich dort: „Wir helfen.“",
                     None, "dort", "fand", id="fand_sich_dort"),
        pytest.param("An jeder Tür hing ein Zettel, auf dem geschrieben stand: „Bitte nicht stören.“",
                     None, "dem", "stand", id="relative_auf_dem_geschrieben_stand"),
        pytest.param("Die Fans trugen Transparente, auf denen „Nie wieder Abstieg“ stand.",
                     None, "denen", None, id="relative_auf_denen_the_verb_after_the_quotation"),
        pytest.param("Die Fans trugen Transparente, auf denen Sprüche wie „Nie wieder Abstieg“ standen.",
                     None, "denen", None, id="relative_auf_denen_then_a_noun"),
    ],
)
def test_words_written_on_a_thing_have_it_as_source(text, speaker, mention, cue):
    """Placards, signs, letters and websites: the thing written on is the source (its
    owner, where named, the speaker), not a person named nearby or the speaker before."""
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text, q.rule) == (speaker, mention, "document")
    assert (q.mention.start, q.mention.end) == span_last(text, mention)
    assert (q.cue.text if q.cue else None) == cue


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param("Auf dem Podium stand Bürgermeister Tom Hesse und sagte: „Wir bauen.“",
                     "Tom Hesse", "Bürgermeister Tom Hesse", "cue-before",
                     id="someone_stands_there_and_speaks"),
        pytest.param("Dort stand der Schulleiter und rief: „Alle raus!“",
                     None, "der Schulleiter", "cue-before", id="dort_stand_x_und_rief"),
        pytest.param("Bürgermeister Tom Hesse kam an, auf dem Platz stand er still: „Wir bauen.“",
                     "Tom Hesse", "Bürgermeister Tom Hesse", "colon", id="auf_dem_platz_is_no_relative"),
        pytest.param("Auf seiner Website schrieb die Sängerin Mira Falk: „Ich höre auf.“",
                     "Mira Falk", "Sängerin Mira Falk", "cue-before", id="a_named_writer_speaks"),
    ],
)
def test_a_person_named_at_the_place_is_no_written_source(text, speaker, mention, rule):
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text, q.rule) == (speaker, mention, rule)


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param("Die Ärztin Lena Stock, die am Montag sagte: „Wir sind überlastet“, trat zurück.",
                     "Lena Stock", "die", "cue-before", id="relative_die_sagte_colon"),
        pytest.param("Pfarrer Otto Brenner, der sagte, „das kommt zu spät“, stimmte dagegen.",
                     "Otto Brenner", "der", "subject", id="relative_der_sagte_comma"),
        pytest.param("Bürgermeister Tom Hesse, der den Plan als „völlig verfehlt“ bezeichnete, trat zurück.",
                     "Tom Hesse", "der", "subject", id="relative_the_verb_after_the_quotation"),
        pytest.param("Die Kanzlerin Jana Holt, die den Vorschlag als „unausgegoren“ bezeichnet hatte, "
                     "schwieg.",
                     "Jana Holt", "die", "subject", id="relative_verb_and_auxiliary_after_the_quotation"),
        pytest.param("Der Verband schlug Alarm, indem er die Regierung zum Handeln aufforderte: "
                     "„Es ist fünf vor zwölf.“", "Verband", "er", "cue-before", id="indem_er_aufforderte"),
        pytest.param("Die Ministerin Jana Holt widersprach, als Pfarrer Otto Brenner sagte: "
                     "„Wir warten nicht.“",
                     "Otto Brenner", "Pfarrer Otto Brenner", "cue-before", id="als_x_sagte"),
        pytest.param("Die Ministerin Jana Holt lachte, indem sie sagte, die Lage sei „ernst, aber lösbar“.",
                     "Jana Holt", "sie", "subject", id="indem_sie_sagte_then_the_reported_clause"),
        pytest.param("Die Quote liegt unter der Marke, die Bürgermeister Tom Hesse (seit 2010 im Amt) zum "
                     "Ziel erklärt hatte: „Wir schaffen das.“", "Tom Hesse", "Bürgermeister Tom Hesse",
                     "cue-before", id="an_object_relative_then_its_subject"),
        pytest.param("Pfarrer Otto Brenner erinnerte an das Ziel, das er einst zum Maßstab erklärt hatte: "
                     "„Wir schaffen das.“", "Otto Brenner", "er", "cue-before",
                     id="an_object_relative_then_a_pronoun"),
    ],
)
def test_the_subject_of_the_cue_s_own_clause_is_the_mention(text, speaker, mention, rule):
    """A cue in a relative or subordinate clause: that clause's subject next to it is the
    mention (a relative pronoun resolves to the phrase before the comma)."""
    q = [x for x in attributed(text) if x.kind != "indirect"][-1]
    assert_attributed(q, text, speaker, mention, rule)


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Bürgermeister Tom Hesse sagte, der Plan sei „völlig verfehlt“.",
                     "Tom Hesse", "Bürgermeister Tom Hesse", id="an_article_after_the_comma"),
        pytest.param("Bürgermeister Tom Hesse sagte, der neue Plan sei „völlig verfehlt“.",
                     "Tom Hesse", "Bürgermeister Tom Hesse", id="an_article_and_adjective_after_the_comma"),
        pytest.param("Die Bürger, die gestern als „ewige Nörgler“ bezeichnet wurden, sind Nachbarn.",
                     None, None, id="a_passive_relative_clause_names_no_speaker"),
        pytest.param("Pfarrer Otto Brenner sagte im Radio, die Aktion erinnere „an alte Zeiten“.",
                     "Otto Brenner", "Pfarrer Otto Brenner", id="an_article_and_a_lone_noun_after_the_comma"),
        pytest.param("Ministerin Mira Falk kritisierte den Vorschlag von Jonas Ebel, der zum Streik "
                     "aufgerufen haben soll, als „Unsinn“.", "Mira Falk", "Ministerin Mira Falk",
                     id="a_relative_clause_closed_before_the_quotation"),
    ],
)
def test_no_relative_speaker(text, speaker, mention):
    """An article after the comma, a passive, a relative clause that closed before the quotation."""
    q = [x for x in attributed(text) if x.kind != "indirect"][0]
    assert (q.speaker, q.mention.text if q.mention else None) == (speaker, mention)


@pytest.mark.parametrize(
    "text, speaker, mention, cue, rule",
    [
        pytest.param("„Ich bin wieder da“, mit diesen Worten meldete sich der Trainer Jonas Ebel zurück.",
                     "Jonas Ebel", "Trainer Jonas Ebel", "mit diesen Worten", "cue-after",
                     id="mit_diesen_worten_after"),
        pytest.param("Der Trainer Jonas Ebel kam. „Ich bin wieder da“, mit diesen Worten meldete er sich "
                     "zurück.", "Jonas Ebel", "er", "mit diesen Worten", "cue-after",
                     id="mit_diesen_worten_then_a_pronoun"),
        pytest.param("Der Trainer Jonas Ebel kam. Mit den Worten „Ich bin wieder da“, richtete er den Blick "
                     "nach vorn.", "Jonas Ebel", "er", "Mit den Worten", "cue-before",
                     id="mit_den_worten_before"),
    ],
)
def test_words_named_as_such_are_the_clause_subject_s(text, speaker, mention, cue, rule):
    """„…“, mit diesen Worten …: not a speech verb, but the words are named as someone's."""
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text, q.cue.text, q.rule) == (speaker, mention, cue, rule)
    assert (q.mention.start, q.mention.end) == span_last(text, mention)


@pytest.mark.parametrize(
    "text, mention",
    [
        ("„Wir kommen wieder“, sagten die beiden Ministerinnen am Abend.", "Ministerinnen"),
        ("„Wir kommen wieder“, meinten die anderen Anwohner der Straße.", "die anderen Anwohner"),
    ],
)
def test_a_quantifier_after_the_article_is_part_of_the_speaker_phrase(text, mention):
    """die beiden Stadträte, die anderen Anwohner: beiden/anderen stand like adjectives."""
    [q] = attributed(text)
    assert (q.mention.text, q.rule) == (mention, "cue-after")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Linz - Die Ministerin Eva Kohl will die Hilfe verdoppeln. Das kündigte sie am Montag "
                     "an.",
                     "Eva Kohl", "sie", id="a_pronoun"),
        pytest.param("Linz - Linz' Bürgermeister Karl Hofer will die Hilfe verdoppeln. Das kündigte der "
                     "Stadtchef am Montag an.", "Karl Hofer", "der Stadtchef", id="a_role"),
    ],
)
def test_the_next_sentence_names_the_subject_of_the_lead_again(text, speaker, mention):
    """The person the lead introduces is known when the cue after it refers back to them."""
    [q] = attributed(text)
    assert (q.kind, q.rule) == ("indirect", "cue-next")
    assert_named_last(q, text, speaker, mention)


@pytest.mark.parametrize(
    "text, speaker, mention, cue",
    [
        ("„Wir sind bereit.“ Das sagte Bürgermeister Tom Hesse am Montag.",
         "Tom Hesse", "Bürgermeister Tom Hesse", "sagte"),
        ("„Wir sind bereit.“ Das musste Bürgermeister Tom Hesse zu Beginn der Sitzung einräumen.",
         "Tom Hesse", "Bürgermeister Tom Hesse", "einräumen"),
        ("„Wir sind bereit.“ Das hatte Ministerin Jana Holt am Montag gesagt.",
         "Jana Holt", "Ministerin Jana Holt", "gesagt"),
    ],
)
def test_the_next_sentence_names_the_speaker_with_the_verb_at_its_end(text, speaker, mention, cue):
    """„…“ Das musste X einräumen / Das hatte X gesagt: a modal or auxiliary second, the speech
    verb closing the sentence."""
    [q] = attributed(text)
    assert (q.speaker, q.mention.text, q.cue.text, q.rule) == (speaker, mention, cue, "cue-next")


def test_zu_before_a_common_noun_is_no_name_particle():
    text = "„Wir sind bereit“, sagte Minister Karl-Otto zu Hohenfels zu Beginn der Sitzung."
    [q] = attributed(text)
    assert (q.speaker, q.mention.text) == ("Karl-Otto zu Hohenfels", "Minister Karl-Otto zu Hohenfels")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Die Urteile können zugestellt werden - so auch im Bundesanzeiger.Jonas Ebel schreibt "
                     "dazu in seinem Blog: „Ich trete zurück.“", "Jonas Ebel", "Jonas Ebel",
                     id="a_lost_space_before_the_speaker"),
        pytest.param("Das betrifft die Auslieferung des Modells 3. Ein Sprecher der Firma teilte mit: "
                     "„Wir prüfen das.“", None, "Ein Sprecher der Firma", id="a_number_then_an_article"),
        pytest.param("Am 3. Mai sagte Bürgermeister Tom Hesse: „Wir prüfen das.“",
                     "Tom Hesse", "Bürgermeister Tom Hesse", id="an_ordinal_before_its_noun_is_no_stop"),
        pytest.param("Am 3. Mai 2020 sagte Bürgermeister Tom Hesse: „Wir prüfen das.“",
                     "Tom Hesse", "Bürgermeister Tom Hesse", id="an_ordinal_and_a_year_inside_the_clause"),
        pytest.param("Bürgermeister Tom Hesse kam. Einer der 13 beteiligten Feuerwehrleute sagte: "
                     "„Es war heiß.“",
                     None, "Einer der 13 beteiligten Feuerwehrleute", id="a_number_after_the_article"),
    ],
)
def test_a_full_stop_the_sentence_splitter_missed_ends_the_clause(text, speaker, mention):
    [q] = attributed(text)
    assert (q.speaker, q.mention.text, q.rule) == (speaker, mention, "cue-before")


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param("Weil man damit laut Klinikdirektor Tom Hesse „neue Wege geht“, suchen die Forscher "
                     "weiter.", "Tom Hesse", "Klinikdirektor Tom Hesse", "source",
                     id="laut_x_right_before_the_quotation"),
        pytest.param("„Wir warten“, sagte Ministerin Jana M. Holt am Montag.",
                     "Jana M. Holt", "Ministerin Jana M. Holt", "cue-after", id="an_initial_inside_the_name"),
        pytest.param("Dazu sagte Jana Holt: „Wir warten.“ A. Berg widersprach.",
                     "Jana Holt", "Jana Holt", "cue-before", id="an_initial_opening_the_next_sentence"),
    ],
)
def test_source_and_initials_next_to_the_quotation(text, speaker, mention, rule):
    q = [x for x in attributed(text) if x.kind != "indirect"][0]
    assert (q.speaker, q.mention.text, q.rule) == (speaker, mention, rule)


def test_a_year_before_a_missed_full_stop_ends_the_clause():
    text = ("Ministerin Jana Holt sprach über das Jahr 1933. Dabei griff sie auch den Präsidenten an: "
            "„Das ist gefährlich.“")
    [q] = attributed(text)
    assert (q.speaker, q.mention.text, q.rule) == ("Jana Holt", "sie", "clause")
    assert q.mention.start == text.index("sie auch")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ministerin Jana Holt kam. „Wir bleiben hier“ und „Wir gehen nicht. Niemals. Wir haben "
                     "alles versucht“, sagte Pfarrer Otto Brenner.", id="a_long_second_quotation"),
        pytest.param("Ministerin Jana Holt kam. „Wir bleiben“, „Wir kämpfen“ und „Wir gehen nicht. Niemals. "
                     "Wir haben alles versucht“, sagte Pfarrer Otto Brenner.", id="a_list_of_three"),
    ],
)
def test_a_list_of_quotations_takes_the_cue_after_its_last(text):
    """„…“ und „…“, sagte X: the cue after the last quotation is every joined one's, even
    where the last spans several sentences."""
    quotes = attributed(text)
    assert [(q.speaker, q.mention.text, q.rule) for q in quotes] == [
        ("Otto Brenner", "Pfarrer Otto Brenner", "cue-after")] * len(quotes)
    assert len(quotes) >= 2


def test_a_person_standing_on_the_thing_is_no_written_source():
    """die Bühne, auf der die Sängerin stand: „…“ names a place, not a text."""
    [q] = attributed("Dort war die Bühne, auf der die Sängerin Mira Falk stand: „Ich höre auf.“")
    assert q.rule != "document"
    assert q.mention is None or q.mention.text != "der"


def test_a_noun_inside_a_prepositional_phrase_is_no_clause_subject():
    text = ("Finanzminister Olaf Brandt legte den Haushalt vor. Obwohl Brandt aufgrund der anziehenden "
            "Konjunktur mit Mehreinnahmen rechnet, sei man von einer „Entschuldung weit entfernt“.")
    q = attributed(text)[-1]
    assert (q.text, q.speaker, q.mention.text) == (
        "Entschuldung weit entfernt", "Olaf Brandt", "Finanzminister Olaf Brandt")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        ("Zustimmung kam von Verbandschef Otto Brenner („Mir fällt niemand Besseres ein.“).",
         "Otto Brenner", "Verbandschef Otto Brenner"),
        ("Die Polizei („Wir ermitteln in alle Richtungen.“) schwieg zu Details.", "Polizei", "Polizei"),
        # in a list after so: the one the brackets follow, not the first one listed
        ("Zum Sieg gratulierten viele, so Bürgermeisterin Anna Kern, der Präsident des Verbands, "
         "Otto Brenner („Ein großer Tag für uns alle“), und der Landrat.",
         "Otto Brenner", "Präsident des Verbands, Otto Brenner"),
    ],
)
def test_a_quotation_in_brackets_after_a_speaker(text, speaker, mention):
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text, q.rule, q.cue) == (speaker, mention, "bracket", None)
    assert (q.mention.start, q.mention.end) == span(text, mention)


def test_a_source_that_is_a_thing_keeps_its_mention_but_names_no_speaker():
    text = "Kommissar Jan Berg leitet die Ermittlungen. Nach ersten Untersuchungen liegt keine Straftat vor."
    [q] = attributed(text)
    assert (q.kind, q.text, q.rule) == ("indirect", "liegt keine Straftat vor", "source-marker")
    assert (q.mention.text, q.speaker) == ("Untersuchungen", None)


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Ministerin Eva Roth wies das zurück, Oppositionschef Karl Brenner erklärte: "
                     "„Wir warten ab.“", "Karl Brenner", "Oppositionschef Karl Brenner",
                     id="a_second_main_clause_after_a_comma"),
        pytest.param("Ministerin Eva Roth wies das zurück, die Sprecherin der Fraktion, Sandra Bos (Grüne), "
                     "erklärte: „Wir warten ab.“", "Sandra Bos", "die Sprecherin der Fraktion, Sandra Bos",
                     id="a_spokesperson_named_in_apposition_is_the_person"),
        pytest.param("Anna Kern, Sprecherin der Firma, sagte: „Wir warten ab.“", "Anna Kern", "Anna Kern",
                     id="an_apposition_is_no_second_clause"),
    ],
)
def test_the_subject_of_the_clause_with_the_cue(text, speaker, mention):
    [q] = attributed(text)
    assert (q.speaker, q.mention.text, q.rule) == (speaker, mention, "cue-before")
    assert (q.mention.start, q.mention.end) == span(text, mention)


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        ("Die Sprecherin Lea Stein erklärte den Plan. Sie fügte hinzu. „Wir werden bleiben.“",
         "Lea Stein", "Sie", "cue-before"),
        # a sentence without a speech verb does not introduce the quotation
        ("Lea Stein kam am Abend. Dann ging sie. „Wir werden bleiben.“", "Lea Stein", "Lea Stein", "context"),
    ],
)
def test_a_short_sentence_with_a_full_stop_for_a_colon(text, speaker, mention, rule):
    q = attributed(text)[-1]
    assert_attributed(q, text, speaker, mention, rule)


@pytest.mark.parametrize(
    "text, index, mention, rule",
    [
        pytest.param("Laut Medienberichten habe der Verein den Trainer entlassen. Er wolle nun klagen.",
                     0, "Medienberichten", "source-marker", id="reports_are_a_source_but_no_one"),
        pytest.param("Laut Medienberichten habe der Verein den Trainer entlassen. Er wolle nun klagen.",
                     1, "Medienberichten", "konjunktiv-continuation", id="the_next_clause_continues_them"),
        pytest.param("Rund 37 Prozent sind der Auffassung, dass die Reform „gescheitert“ sei.",
                     1, "Prozent", "inside-reported", id="an_amount_of_people_is_no_one_by_name"),
    ],
)
def test_a_time_an_amount_or_a_statement_names_no_speaker(text, index, mention, rule):
    q = attributed(text)[index]
    assert q.rule == rule
    assert_named(q, text, None, mention)


def test_a_possessive_and_a_noun_opening_a_sentence_are_no_name():
    """Seine Leute … unsere Leute: a noun that comes back is no surname after a possessive."""
    text = ("Kreisbrandrat Alois Fischbacher schilderte die Lage. Seine Leute seien seit Tagen im Einsatz. "
            "„Wir stoßen an unsere Grenzen“, sagte er. „Das zermürbt unsere Leute.“")
    assert [q.speaker for q in attributed(text)] == ["Alois Fischbacher"] * 3


@pytest.mark.parametrize(
    "text, mention",
    [
        pytest.param("Innenministerin Karin Odel dankte den Helfern. Eine Anwohnerin schilderte die Nacht. "
                     "„Um drei Uhr hat es geklingelt“, sagte die 71-Jährige.", "die 71-Jährige",
                     id="an_age_noun_after_an_unnamed_woman"),
        pytest.param("Der Trainer Paul Kern lobte das Team. Ein Zuschauer jubelte. „Das war großartig“, "
                     "sagte der Mann.", "Mann", id="der_mann_after_an_unnamed_man"),
        pytest.param("Der Trainer Paul Kern lobte das Team. Ein Zuschauer jubelte. „Das war großartig“, "
                     "sagte er.", "er", id="a_pronoun_after_an_unnamed_man"),
    ],
)
def test_someone_unnamed_introduced_last_is_not_the_person_named_before(text, mention):
    """Eine Anwohnerin / Ein Zuschauer opening a sentence: the next sie, der Mann, die 71-Jährige
    is that unnamed person (no canonical speaker), not the minister or trainer named before."""
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text) == (None, mention)


def test_a_pronoun_skips_a_source_that_is_no_one():
    text = ("Die Ministerin Ines Hartwig war am Dienstag in Kassel. Laut Medienberichten hat sie "
            "ihren Rücktritt erwogen. „Ich bleibe im Amt“, sagte sie dort.")
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text) == ("Ines Hartwig", "sie")
    assert (q.mention.start, q.mention.end) == (text.rindex("sie"), text.rindex("sie") + 3)


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param("„Wir haben keine Spur“, sagte heute Abend der Sprecher der Polizei, Tobias Brenner.",
                     "Tobias Brenner", "der Sprecher der Polizei, Tobias Brenner", "cue-after",
                     id="after_the_verb"),
        pytest.param("Tobias Brenner sagte heute Abend gegenüber Journalisten, ein Unbekannter habe "
                     "das Feuer gelegt.", "Tobias Brenner", "Tobias Brenner", "konjunktiv-cue",
                     id="between_verb_and_reported_clause"),
        pytest.param("Der Verband hatte letzten Sonntag betont, dass die Mitglieder „geschlossen“ "
                     "hinter der Entscheidung stünden.", "Verband", "Verband", "dass-clause",
                     id="between_auxiliary_and_participle"),
    ],
)
def test_a_bare_time_next_to_the_verb_is_no_speaker(text, speaker, mention, rule):
    q = attributed(text)[0]
    assert q.rule == rule
    assert_named(q, text, speaker, mention)


def test_a_proper_name_ending_like_a_thing_still_speaks():
    text = "„Die Zahlen sind eindeutig“, schrieb die Kessler Institution."
    [q] = attributed(text)
    assert (q.speaker, q.mention.text, q.rule) == ("Kessler Institution", "Kessler Institution", "cue-after")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("„Das ist falsch“, sagte die innenpolitische Sprecherin der Fraktion der Liberalen im "
                     "Landtag, Anna Kern.", "Anna Kern",
                     "die innenpolitische Sprecherin der Fraktion der Liberalen im Landtag, Anna Kern",
                     id="genitive_and_pp_chain"),
        pytest.param("Der Kommissionspräsident der Südlichen Allianz (SA), Tom Weller, sagte: „Wir helfen.“",
                     "Tom Weller", "Kommissionspräsident der Südlichen Allianz (SA), Tom Weller",
                     id="acronym_in_brackets"),
        pytest.param("Der frühere Bürgermeister und Kultursenator, Henning Graf, sagte: „Wir helfen.“",
                     "Henning Graf", "Bürgermeister und Kultursenator, Henning Graf", id="coordinated_roles"),
    ],
)
def test_a_name_in_apposition_after_a_long_role_phrase(text, speaker, mention):
    [q] = attributed(text)
    assert_named(q, text, speaker, mention)


def test_a_verb_ends_the_role_phrase_before_a_comma():
    text = "Der Sprecher der Polizei bestätigte, Anna Kern sei festgenommen worden."
    [q] = attributed(text)
    assert (q.kind, q.speaker, q.mention.text) == ("indirect", "Polizei", "Der Sprecher der Polizei")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Der Vorsitzende des Haushaltsausschusses des Parlaments Alain Lamotte sagte, "
                     "das Budget sei erschöpft.", "Alain Lamotte",
                     "Vorsitzende des Haushaltsausschusses des Parlaments Alain Lamotte",
                     id="name_after_a_genitive_chain"),
        pytest.param("Laut dem Direktor der Luftfahrtbehörde Roberto Ramírez sei die Maschine abgestürzt.",
                     "Roberto Ramírez", "Direktor der Luftfahrtbehörde Roberto Ramírez", id="after_laut"),
        pytest.param("Die Reform komme zu spät, sagte die Landesvorsitzende des Lehrerverbands, "
                     "Karin Broszek.",
                     "Karin Broszek", "Landesvorsitzende des Lehrerverbands, Karin Broszek",
                     id="apposition_past_the_frame_comma"),
        pytest.param("Konzernchef Michael O’Leary sagte, die Preise würden steigen.",
                     "Michael O’Leary", "Konzernchef Michael O’Leary", id="apostrophe_in_a_surname"),
    ],
)
def test_the_name_of_the_one_holding_a_role_in_reported_speech(text, speaker, mention):
    [q] = attributed(text)
    assert q.kind == "indirect"
    assert_named(q, text, speaker, mention)


def test_an_unclosed_name_after_the_frame_comma_is_the_reported_clause():
    text = "Die Lage sei ernst, sagte der Sprecher der Polizei, Anna Kern und Tom Weller seien verletzt."
    q = attributed(text)[0]
    assert (q.speaker, q.mention.text) == ("Polizei", "der Sprecher der Polizei")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Kommissionspräsidentin Ilse Brandstetter war in Wien. „Die Lage ist zäh“, so die "
                     "Österreicherin.", "Ilse Brandstetter", "die Österreicherin",
                     id="so_die_Österreicherin"),
        pytest.param("Der Trainer Luc Moreau war zufrieden. „Wir haben gut gespielt“, sagte der Franzose.",
                     "Luc Moreau", "der Franzose", id="sagte_der_Franzose"),
        pytest.param("Der Trainer Luc Moreau war zufrieden. „Wir sind dagegen“, sagten die Franzosen.",
                     None, "die Franzosen", id="a_plural_is_a_group"),
    ],
)
def test_a_nationality_stands_for_the_person_named_before(text, speaker, mention):
    q = attributed(text)[-1]
    assert_named(q, text, speaker, mention)


def test_the_clause_after_a_group_continues_the_group():
    text = ("Die Ministerin Anna Kern war in Rom. Die Demonstranten riefen, die Regierung müsse "
            "zurücktreten. Sie sei korrupt.")
    last = attributed(text)[-1]
    assert (last.kind, last.text, last.rule) == ("indirect", "Sie sei korrupt", "konjunktiv-continuation")
    assert (last.speaker, last.mention.text) == (None, "Demonstranten")


def test_a_bare_plural_role_is_a_group_not_the_last_speaker():
    text = ("Innenminister Karl Baum sagte, die Lage sei ernst.\n\nExperten warnten vor den Gefahren. "
            "Diese Gefahr dürfe nicht verharmlost werden.")
    last = attributed(text)[-1]
    assert last.rule == "konjunktiv-continuation"
    assert last.text == "Diese Gefahr dürfe nicht verharmlost werden"
    assert_named(last, text, None, "Experten")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Vertreter aller Fraktionen warnten vor den Folgen. Die Gefahr dürfe nicht unterschätzt "
                     "werden.", None, "Vertreter", id="a_bare_noun_that_warns_is_a_group"),
        pytest.param("Anna Kern war in Rom. Kern warnte vor den Folgen. Die Gefahr dürfe nicht unterschätzt "
                     "werden.", "Anna Kern", "Kern", id="a_surname_is_not_a_bare_noun"),
    ],
)
def test_the_subject_of_a_warning_speaks_the_clause_after_it(text, speaker, mention):
    text = "Innenminister Karl Baum sagte, die Lage sei ernst.\n\n" + text
    last = attributed(text)[-1]
    assert (last.text, last.rule) == ("Die Gefahr dürfe nicht unterschätzt werden", "konjunktiv-continuation")
    assert_named_last(last, text, speaker, mention)


def test_a_title_before_the_name_in_apposition_is_not_the_name():
    text = "Der Verteidiger, Rechtsanwalt Kai Moll, kündigte an, er werde auf Freispruch plädieren."
    [q] = attributed(text)
    assert (q.speaker, q.mention.text) == ("Kai Moll", "Verteidiger, Rechtsanwalt Kai Moll")
    assert (q.mention.start, q.mention.end) == span(text, "Verteidiger, Rechtsanwalt Kai Moll")


def test_the_subject_after_a_question_put_to_someone_is_who_speaks_next():
    """Auf die Frage eines Journalisten, ob …, reagierte Kastl gereizt: the verb and subject
    after the question's clause; er then is Kastl, not the one quoted before."""
    text = ("Oberbürgermeister Jürgen Kastl dankte den Helfern. Kreisbrandrat Alois Fischbacher sagte, seine "
            "Leute seien im Einsatz. Auf die Frage eines Journalisten, ob die Stadt nichts gelernt habe, "
            "reagierte Kastl gereizt. „Wir haben viel Geld investiert“, sagte er.")
    speakers = [(q.kind, q.speaker) for q in attributed(text)]
    assert speakers == [("indirect", "Alois Fischbacher"), ("direct", "Jürgen Kastl")]


def test_a_subordinate_clause_before_the_colon_is_not_the_frame():
    """…, wenn das Amt grünes Licht gebe: „…“ — the Amt does not speak; the main clause's subject does."""
    text = ("Firmenchef Bernd Hölder kündigte an, die Produktion erst aufzunehmen, wenn das Amt grünes "
            "Licht gebe: „Sicherheit geht vor.“")
    q = attributed(text)[-1]
    assert (q.kind, q.speaker) == ("direct", "Bernd Hölder")


def test_a_surname_cut_short_keeps_its_full_stop_and_is_found_again():
    text = ("„Ich habe Fehler gemacht“, sagte der Angeklagte Jörg B. am Mittwoch. Auf die Frage des "
            "Richters antwortete B.: „Moralisch ja.“")
    first, last = attributed(text)
    assert (first.speaker, first.mention.text) == ("Jörg B.", "Angeklagte Jörg B.")
    assert (last.speaker, last.rule) == ("Jörg B.", "cue-before")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Der Investor, die Hanse Wind GmbH, wies die Kritik zurück. Ein Sprecher des "
                     "Unternehmens erklärte, man halte alle Abstände ein.", "Hanse Wind GmbH",
                     id="the_company_by_its_legal_form"),
        pytest.param("Die Stadt verklagt die Velox AG. „Wir prüfen das“, sagte ein Sprecher des "
                     "Unternehmens.", "Velox AG", id="named_as_an_object"),
        pytest.param("Der Eishockeyclub EHC Seewald hat den Trainer entlassen. Der Club teilte mit, man "
                     "suche einen Nachfolger.", "EHC Seewald", id="the_club_by_its_prefix"),
        pytest.param("Die Stadtwerke Lindau erhöhen die Preise. Ein Sprecher des Unternehmens sagte, man "
                     "bedauere das.", "Stadtwerke Lindau", id="municipal_utilities"),
        pytest.param("Die Kieler Verkehrsbetriebe kündigten Hilfe an. Ein Sprecher des Unternehmens sagte, "
                     "man sei erschüttert.", "Kieler Verkehrsbetriebe", id="a_transport_company"),
        pytest.param("Der Hersteller Hölder & Söhne ruft Wurst zurück. „Wir bedauern das“, sagte ein "
                     "Sprecher des Unternehmens.", "Hölder & Söhne", id="a_name_joined_by_an_ampersand"),
        # a company the text does not name is no canonical speaker "Unternehmen"
        pytest.param("Die Stadt ist pleite. „Wir prüfen das“, sagte ein Sprecher des Unternehmens.",
                     None, id="no_company_named_before"),
    ],
)
def test_a_generic_noun_refers_back_to_the_body_named_before(text, speaker):
    q = attributed(text)[-1]
    assert q.speaker == speaker


def test_generic_bodies_keep_marks_as_written():
    from quoteverify import lexicon

    firsts, lasts = lexicon.generic_bodies()["unternehmen"]
    assert firsts == ("Stadtwerke", "Verkehrsbetriebe") and {"GmbH", "AG", "konzern"} <= set(lasts)
    assert "EHC" in lexicon.generic_bodies()["club"][0]


def test_a_stop_word_after_an_article_is_a_noun_before_a_name():
    text = ("Trainer Mehmet Aydın war zufrieden. „Wir haben zwei Punkte verschenkt“, sagte er. "
            "Sein Gegenüber Ralf Kuhnert sah es ähnlich: „Ein gerechtes Ergebnis.“")
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text, q.rule) == ("Ralf Kuhnert", "Gegenüber Ralf Kuhnert", "colon")


def test_a_club_played_against_is_not_the_club_that_speaks_later():
    text = ("Nach dem 2:2 im Derby gegen den SV Lindenau war Trainer Mehmet Aydın zufrieden. Der Verein "
            "teilte später mit, Stürmer Luca Brandl falle mehrere Wochen aus.")
    q = attributed(text)[-1]
    assert (q.kind, q.speaker, q.mention.text) == ("indirect", None, "Verein")  # the club is not named


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Der Verband warnt. In der Pressemitteilung des Verbands heißt es weiter, die Tiere "
                     "seien gefährlich.", "Verband", "der Pressemitteilung des Verbands",
                     id="a_document_before_and_its_author"),
        pytest.param("Die Lage ist unklar. Bei der Agentur Nordpress hieß es, dass es Tote gebe.",
                     "Nordpress", "Agentur Nordpress", id="a_body_before"),
        pytest.param("Die Lage ist unklar. Es gebe Tote, hieß es vom Sprecher Mark Toller.",
                     "Mark Toller", "Sprecher Mark Toller", id="a_person_after"),
        pytest.param("Im Bericht heißt es, die Kinder seien gefährdet.", None, "Bericht",
                     id="a_document_without_author"),
        pytest.param("Die Lage ist unklar. Es gebe Tote, hieß es auf Anfrage beim Landratsamt.",
                     "Landratsamt", "Landratsamt", id="the_place_asked"),
        # a statement named without its author, opening the sentence: the one the sentence
        # before is about
        pytest.param("Die Velox AG wies die Vorwürfe zurück. In einer Mitteilung heißt es, alle Prüfungen "
                     "seien korrekt erfolgt.", "Velox AG", "einer Mitteilung", id="a_statement_before"),
        pytest.param("Die Landeselternvertretung ruft zum Protest auf. In einer Mitteilung heißt es, man "
                     "lasse sich die Schulen nicht nehmen.", "Landeselternvertretung", "einer Mitteilung",
                     id="a_vertretung_is_a_body"),
        # … but circles are a source of their own, unnamed
        pytest.param("Der Kongress tagte. Aus Militärkreisen hieß es, dass Zivilisten starben.", None,
                     "Militärkreisen", id="circles_name_no_one"),
    ],
)
def test_heißt_es_takes_the_source_next_to_it(text, speaker, mention):
    q = attributed(text)[-1]
    assert q.kind == "indirect"
    assert_named(q, text, speaker, mention)


@pytest.mark.parametrize(
    "text, cue",
    [
        pytest.param("Die Hafenchefin Dörte Sievers war enttäuscht. Es gebe Fortschritte, heißt es.",
                     "heißt es", id="heißt_es"),
        pytest.param("Die Hafenchefin Dörte Sievers war enttäuscht. Es gebe Fortschritte, hieß es auf "
                     "Nachfrage.", "hieß es", id="the_reporter_asked"),
        pytest.param("Die Hafenchefin Dörte Sievers war enttäuscht. Dem Vernehmen nach geht es um Fragen "
                     "des Naturschutzes.", "Dem Vernehmen nach", id="dem_Vernehmen_nach"),
    ],
)
def test_hearsay_names_no_one_and_does_not_continue_the_last_speaker(text, cue):
    q = attributed(text)[-1]
    assert (q.kind, q.speaker, q.mention, q.cue.text) == ("indirect", None, None, cue)


def test_the_clause_after_hearsay_is_hearsay_too():
    text = ("Die Hafenchefin Dörte Sievers war enttäuscht. Es gebe Fortschritte, heißt es. Die Prüfung "
            "laufe mit Hochdruck.")
    last = attributed(text)[-1]
    assert (last.text, last.speaker, last.rule) == ("Die Prüfung laufe mit Hochdruck", None,
                                                    "konjunktiv-continuation")


def test_a_company_named_with_gesellschaft_speaks():
    text = "Wie die Hafengesellschaft am Montag mitteilte, fehlen noch Genehmigungen des Bundes."
    [q] = attributed(text)
    assert (q.speaker, q.mention.text, q.cue.text) == ("Hafengesellschaft", "Hafengesellschaft", "mitteilte")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Nicht alle sind pessimistisch. „Man muss sich anpassen“, meint Jungbauer Tim Seufert.",
                     "Tim Seufert", id="an_unlisted_role_before_given_name_and_surname"),
        pytest.param("„Es regnet zu selten“, sagt Meteorologin Marta Vukic.", "Marta Vukic",
                     id="a_role_the_tagger_reads_as_a_name"),
    ],
)
def test_the_word_before_a_given_name_and_surname_is_a_role(text, speaker):
    [q] = attributed(text)
    assert q.speaker == speaker


def test_a_person_introduced_by_role_and_given_name_is_a_pronoun_antecedent():
    text = "Ihr Mann Stefan nickt. Er findet, die Politik tue zu wenig."
    [q] = attributed(text)
    assert (q.kind, q.speaker, q.mention.text) == ("indirect", "Stefan", "Er")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Die Polizei Hamburg meldete einen Einbruch. „Die Täter sind flüchtig“, sagte eine "
                     "Sprecherin.", "Polizei Hamburg", id="the_body_that_was_just_speaking"),
        pytest.param("Der Minister Karl Brandt besuchte die Polizei. „Wir sind zufrieden“, sagte ein "
                     "Sprecher.", None, id="not_a_body_named_in_passing"),
    ],
)
def test_a_spokesperson_without_a_body_speaks_for_the_body_just_speaking(text, speaker):
    q = attributed(text)[-1]
    assert q.speaker == speaker


def test_an_unintroduced_role_stands_only_for_one_of_the_last_two_to_speak():
    text = ("Der Busfahrer Tom Weller war schon weg. Polizeisprecherin Anna Kern sagte, man ermittle. "
            "Laut Medienberichten war der Fahrer betrunken. „Es war laut“, sagte der Augenzeuge.")
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text) == (None, "der Augenzeuge")


@pytest.mark.parametrize(
    "text, mention",
    [
        pytest.param("Hilfsorganisationen forderten, die Grenzen zu öffnen.", "Hilfsorganisationen",
                     id="organisations"),
        pytest.param("Laut Behörden wurde niemand verletzt.", "Behörden", id="authorities"),
    ],
)
def test_the_plural_of_a_body_is_a_group_with_no_speaker(text, mention):
    [q] = attributed(text)
    assert (q.kind, q.speaker, q.mention.text) == ("indirect", None, mention)


def test_a_body_in_the_genitive_singular_still_speaks():
    text = "Nach Angaben des Ministeriums wurde niemand verletzt."
    [q] = attributed(text)
    assert q.speaker == "Ministerium"


def test_demnach_points_back_to_the_source_of_the_sentence_before():
    text = ("Die Bürgermeisterin Vera Lohse gab am Montag die Pläne bekannt. Demnach soll das Freibad "
            "im Mai öffnen.")
    q = attributed(text)[-1]
    assert (q.kind, q.speaker, q.mention.text, q.cue.text) == ("indirect", "Vera Lohse", "Demnach", "Demnach")
    assert (q.mention.start, q.mention.end) == span(text, "Demnach")


def test_a_source_with_a_lower_case_adjective_keeps_its_mention():
    text = "Nach Angaben des französischen Netzbetreibers sank der Verbrauch um vier Prozent."
    [q] = attributed(text)
    assert (q.kind, q.speaker) == ("indirect", "Netzbetreiber")
    assert q.mention.text == "französischen Netzbetreibers"


def test_eigene_angaben_point_to_the_subject_and_later_quotes_name_it():
    text = ("Der Bischof trat zurück. Georg Lanz war nach eigenem Bekunden seit langem eingeweiht. "
            "„Mein Bruder wünscht sich mehr Ruhe.“")
    clause, quote = attributed(text)
    assert (clause.speaker, clause.mention.text) == ("Georg Lanz", "eigenem Bekunden")
    assert (quote.speaker, quote.mention.text, quote.rule) == ("Georg Lanz", "Georg Lanz", "continuation")
    assert (quote.mention.start, quote.mention.end) == span(text, "Georg Lanz")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Der Verteidiger Kai Moll sagte, sein Mandant sei unschuldig. Die Staatsanwaltschaft "
                     "begründete ihren Antrag dagegen mit der Fluchtgefahr. Der Angeklagte habe Kontakte ins "
                     "Ausland.", "Staatsanwaltschaft", "Staatsanwaltschaft", id="the_subject_just_before"),
        pytest.param("Der Verteidiger Kai Moll sagte, sein Mandant sei unschuldig. Dann kommen Signale aus "
                     "dem Ausland. Der Angeklagte habe dort Kontakte.", "Kai Moll", "Verteidiger Kai Moll",
                     id="no_subject_opens_the_sentence_before"),
    ],
)
def test_a_konjunktiv_sentence_continues_the_subject_of_the_sentence_before(text, speaker, mention):
    q = attributed(text)[-1]
    assert q.rule == "konjunktiv-continuation"
    assert_named(q, text, speaker, mention)


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Die Ministerin Petra Lund trat zurück. Ein Sprecher der Bahn schränkte die Zusage "
                     "dahingehend ein, dass nicht an eine schnelle Lösung gedacht sei.", "Bahn",
                     "Ein Sprecher der Bahn", id="a_particle_verb_with_a_pointer_before_dass"),
        pytest.param("Die Ministerin Petra Lund trat zurück. Der Stadtrat Jens Kolb lehnt einen Verkauf ab, "
                     "ein Verkauf von Anteilen werde aber geprüft.", "Jens Kolb", "Stadtrat Jens Kolb",
                     id="a_konjunktiv_main_clause_after_the_comma"),
        pytest.param("Die Ministerin Petra Lund trat zurück. Die Anwohner hatten Einspruch erhoben, weil "
                     "die Straße zu schmal sei.", None, "Die Anwohner", id="a_reason_in_konjunktiv"),
    ],
)
def test_a_reported_clause_without_a_cue_is_its_own_sentence_subjects(text, speaker, mention):
    """The clause opening the sentence speaks, not the person named in the sentence before."""
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("indirect", "konjunktiv-continuation")
    assert_named(q, text, speaker, mention)


def test_a_verb_of_thinking_after_a_subject_with_apposition_frames_the_dass_clause():
    text = ("Die Ministerin Petra Lund trat zurück. Auch Klaus Berger, ihr Stellvertreter, glaubt, dass ein "
            "Neuanfang möglich sei.")
    q = attributed(text)[-1]
    assert (q.kind, q.text) == ("indirect", "ein Neuanfang möglich sei")
    assert (q.rule, q.cue.text) == ("dass-clause", "glaubt")
    assert_named(q, text, "Klaus Berger", "Klaus Berger")


@pytest.mark.parametrize(
    "text, clause",
    [
        pytest.param("„Wir sind bereit“, sagte die Trainerin Lea Dorn. Bei anderen Vereinen der gleichen "
                     "Liga, etwa dem SC Tal, sei die Lage schwieriger.",
                     "Bei anderen Vereinen der gleichen Liga, etwa dem SC Tal, sei die Lage schwieriger",
                     id="a_phrase_opening_the_reported_clause_itself"),
        pytest.param("„Wir sind müde“, sagte die Trainerin Lea Dorn. Der Verein schreibe Rekordgewinne, "
                     "da sei die Drohung wenig glaubwürdig.",
                     "Der Verein schreibe Rekordgewinne, da sei die Drohung wenig glaubwürdig",
                     id="after_a_konjunktiv_main_clause"),
        pytest.param("„Wir freuen uns auf das Finale gegen den SC Tal“, schrieb die Trainerin Lea Dorn, die "
                     "das Spiel kaum erwarten könne.", "die das Spiel kaum erwarten könne",
                     id="a_relative_clause_after_a_quotation_and_its_cue"),
    ],
)
def test_a_reported_clause_without_a_cue_continues_the_speaker_before(text, clause):
    q = attributed(text)[-1]
    assert (q.kind, q.text, q.rule) == ("indirect", clause, "konjunktiv-continuation")
    assert_named(q, text, "Lea Dorn", "Trainerin Lea Dorn")


def test_a_thing_after_the_verb_of_the_sentence_before_does_not_speak():
    """Ohne die Reform würde das Rentenniveau fallen. Das sei …: the level is no speaker; the
    clause continues the one who spoke."""
    text = ("Minister Kai Brenner verteidigte die Pläne. „Wir handeln jetzt“, rief er. Ohne die Reform "
            "würde das Rentenniveau auf unter 46 Prozent fallen. Das sei nicht hinnehmbar.")
    q = attributed(text)[-1]
    assert (q.kind, q.rule, q.speaker) == ("indirect", "konjunktiv-continuation", "Kai Brenner")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Der Bericht wurde gestern vorgestellt. Am Montag hat die Wahlkommission den Termin "
                     "festgelegt. Mögliche Termine seien der 4. und der 11. Mai.", "Wahlkommission",
                     "Wahlkommission", id="the_subject_after_the_verb"),
        pytest.param("Die Stadt hat die Gebühren erhöht. Die Entscheidung wurde vom Verband Erneuerbare "
                     "Energie als rückschrittlich kritisiert. Langfristig werde es sogar teurer.",
                     "Verband Erneuerbare Energie", "Verband Erneuerbare Energie",
                     id="the_agent_of_a_passive_speech_verb"),
        pytest.param("Die Stadt hat die Gebühren erhöht. Es wird eine klare Mehrheit für die Ablehnung "
                     "geben, erwartet der Politologe Jan Reimers. Die Opposition werde mit Nein stimmen.",
                     "Jan Reimers", "Politologe Jan Reimers", id="the_source_of_a_cue_closing_it"),
        pytest.param("Die Stadt hat die Gebühren erhöht. Die Sprecherin der Grünen, Anja Holt, kritisierte "
                     "die Pläne der Stadt. Hier seien die Mittel zu knapp.", "Anja Holt",
                     "Die Sprecherin der Grünen, Anja Holt", id="not_the_object_after_an_apposition"),
        pytest.param("Die Stadt plant einen Bürgerbus. Stadträtin Jana Olt begrüßte, dass die Stadt neue "
                     "Wege gehe, forderte aber eine Probephase. Nach einem Jahr müsse man prüfen, ob es "
                     "klappe.",
                     "Jana Olt", "Stadträtin Jana Olt", id="not_the_object_of_a_second_verb"),
        pytest.param("Die Klinik streicht Stellen. Der Pfleger Jens Pohl, der seit 22 Jahren dort arbeitet, "
                     "schilderte die Lage. Oft sei eine Pflegekraft für 14 Patienten zuständig.",
                     "Jens Pohl", "Pfleger Jens Pohl", id="not_the_object_after_a_relative_clause"),
        pytest.param("„Das reicht nicht“, sagte die Elternsprecherin Uta Lenz. Am Rande der Sitzung nahm "
                     "jetzt auch der Landrat, Kai Brenner, zu der Frage Stellung. Jede Schule müsse selbst "
                     "entscheiden.", "Kai Brenner", "Landrat, Kai Brenner",
                     id="the_subject_after_the_verb_and_jetzt"),
    ],
)
def test_a_konjunktiv_sentence_continues_whoever_speaks_in_the_sentence_before(text, speaker, mention):
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("indirect", "konjunktiv-continuation")
    assert_named(q, text, speaker, mention)


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. „Radio Nord“ berichtet unter "
                     "Berufung auf einen Wärter, dass die Gefangenen geflohen seien.", "Radio Nord",
                     "„Radio Nord“", "dass-clause", id="a_station_by_its_name_in_marks"),
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Selbst die Wochenzeitung „Der Bote“ "
                     "hatte kritisiert, dass der Verein zu teuer sei.", "Der Bote",
                     "die Wochenzeitung „Der Bote“", "dass-clause", id="after_a_focus_word"),
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Wie die „Morgenpost“ berichtet, "
                     "sperrten die Behörden den Zugang.", "Morgenpost", "die „Morgenpost“", "source-marker",
                     id="a_paper_by_its_title_in_a_wie_frame"),
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Während die Ministerin Ina Kahl "
                     "ankündigte, den Vorschlag prüfen zu lassen, lehnte die Opposition ab.", "Ina Kahl",
                     "Ministerin Ina Kahl", "infinitive-cue", id="after_a_subordinator"),
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Die Spieler hatten Einspruch "
                     "erhoben, weil der Platz zu nass gewesen sei.", None, "Die Spieler",
                     "konjunktiv-continuation", id="not_the_subject_of_the_sentence_before"),
    ],
)
def test_a_reported_clause_whose_cue_names_no_one_takes_its_sentence_subject(text, speaker, mention, rule):
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("indirect", rule)
    assert_named(q, text, speaker, mention)


@pytest.mark.parametrize(
    "text, clause, cue",
    [
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Dem Verteidiger wird vorgeworfen, "
                     "den Gegner absichtlich verletzt zu haben.", "den Gegner absichtlich verletzt zu haben",
                     "vorgeworfen", id="the_subject_of_a_passive_speech_verb"),
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Im Stadtrat wurde beschlossen, die "
                     "Halle zu schließen.", "die Halle zu schließen", "beschlossen",
                     id="a_decision_in_the_passive"),
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Des Weiteren wurde bekannt, dass "
                     "der Verein Schulden habe.", "der Verein Schulden habe", "wurde",
                     id="became_known_after_an_adverb"),
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Zeugen, die den Unfall gesehen "
                     "haben, werden gebeten, sich bei der Polizei zu melden.",
                     "sich bei der Polizei zu melden", "gebeten",
                     id="the_ones_asked_after_a_relative_clause"),
    ],
)
def test_a_passive_frame_names_no_speaker(text, clause, cue):
    """Not the trainer named before: a passive frame says no one."""
    q = attributed(text)[-1]
    assert (q.kind, q.text, q.cue.text) == ("indirect", clause, cue)
    assert (q.speaker, q.mention) == (None, None)


def test_the_one_quoted_by_an_agency_is_the_speaker():
    """X wird von der Agentur mit den Worten zitiert, …: a passive whose subject speaks."""
    text = ("Der Sprecher Jan Voss wird von der Nachrichtenagentur Nordpress mit den Worten zitiert, er habe "
            "mit dem Kandidaten gesprochen.")
    [q] = attributed(text)
    assert (q.kind, q.text) == ("indirect", "er habe mit dem Kandidaten gesprochen")
    assert q.speaker == "Jan Voss"


@pytest.mark.parametrize(
    "text, clause, cue, speaker, mention",
    [
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Von den Behörden wird angenommen, "
                     "dass Schmuggel zu dem Unfall führte.", "Schmuggel zu dem Unfall führte", "angenommen",
                     None, "Behörden", id="von_the_agent_opens_the_frame"),
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Es wurde von den Anwohnern die "
                     "Vermutung geäußert, die Stadt wolle die Halle verkaufen.",
                     "die Stadt wolle die Halle verkaufen", "geäußert", None, "den Anwohnern",
                     id="es_wurde_von_x_geäußert"),
        pytest.param("Der Trainer Uwe Brandt sprach von einem Fehlstart. Von Seiten der Delegation war dem "
                     "Verband vorgeworfen worden, das Papier verwässert zu haben.",
                     "das Papier verwässert zu haben", "vorgeworfen", "Delegation", "Delegation",
                     id="von_seiten_der_x"),
    ],
)
def test_the_agent_of_a_passive_frame_speaks(text, clause, cue, speaker, mention):
    """The agent after von, not the trainer named before."""
    q = attributed(text)[-1]
    assert (q.kind, q.text, q.cue.text) == ("indirect", clause, cue)
    assert_named(q, text, speaker, mention)


def test_von_after_a_noun_of_an_act_is_no_agent():
    text = ("Der Trainer Uwe Brandt sprach von einem Fehlstart. Die Speicherung von Fingerabdrücken war "
            "damit begründet worden, dass die Identität geprüft werden müsse.")
    q = attributed(text)[-1]
    assert (q.kind, q.text, q.cue.text) == ("indirect", "die Identität geprüft werden müsse", "begründet")
    assert (q.speaker, q.mention) == (None, None)


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Die Stadt hat die Gebühren erhöht. Der Untersuchungsbericht schildert nun die "
                     "Fehlerkette. Techniker hätten am Vortag den Hebel falsch gestellt.", None,
                     "Der Untersuchungsbericht", id="a_report_as_subject"),
        pytest.param("Die Stadt hat die Gebühren erhöht. Im Bericht der Kommission werden die Kriege auf die "
                     "Armut zurückgeführt. Folge der Kriege sei eine Militarisierung.", "Kommission",
                     "Bericht der Kommission", id="in_a_report_by_its_author"),
    ],
)
def test_a_konjunktiv_sentence_after_a_document_continues_the_document(text, speaker, mention):
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("indirect", "konjunktiv-continuation")
    assert_named(q, text, speaker, mention)


def test_a_known_name_after_the_verb_is_the_topic_of_its_sentence():
    """Am Dienstag verkündete Brandt …: the surname after the verb is the nearest naming."""
    text = ("Finanzminister Olaf Brandt sprach im Landtag. Dennoch verteidigte er den Kurs.\n\n"
            "Am Dienstag verkündete Brandt gute Nachrichten. Erstmals seit 2001 sei der Bund wieder in der "
            "Lage, die Kriterien zu erfüllen.")
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("indirect", "context")
    assert_named_last(q, text, "Olaf Brandt", "Brandt")


def test_vermelden_is_a_speech_verb():
    text = "Der Streit hält an. Nun vermelden chinesische Medien, dass die Werke Aufträge erhalten hätten."
    [q] = attributed(text)
    assert (q.text, q.rule, q.cue.text) == ("die Werke Aufträge erhalten hätten", "dass-clause", "vermelden")
    assert_named(q, text, None, "Medien")


@pytest.mark.parametrize(
    "text, clause, speaker, mention",
    [
        pytest.param("Neuer Minister wird Abgeordneter Karl Dorn, der in einer ersten Stellungnahme "
                     "betonte, er gehöre keiner Partei an.", "er gehöre keiner Partei an", "Karl Dorn", "der",
                     id="the_relative_pronoun_stands_for_the_name_before_it"),
        pytest.param("Gesucht wird ein 31-Jähriger, von dem die Polizei glaubt, er sei angeworben worden.",
                     "er sei angeworben worden", "Polizei", "Polizei", id="the_subject_after_von_dem"),
    ],
)
def test_a_speech_verb_in_a_relative_clause_has_the_relative_clause_subject(text, clause, speaker, mention):
    q = attributed(text)[-1]
    assert (q.kind, q.text, q.rule) == ("indirect", clause, "konjunktiv-cue")
    assert_named(q, text, speaker, mention)


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Der Pilot Jan Wolf überlebte. Durch den Aufprall verteilten sich die Trümmer gemäß "
                     "einem Augenzeugen über 300 Meter.", None, "einem Augenzeugen",
                     id="an_unnamed_witness_is_no_one_named_before"),
        pytest.param("Die Reederei Nordlicht ließ das Schiff in Kiel bauen. Die Übergabe verzögerte sich, "
                     "weil ein Bauteil nach Angaben eines Reederei-Sprechers nicht fertig geworden sei.",
                     "Reederei Nordlicht", "eines Reederei-Sprechers",
                     id="a_spokesperson_in_the_genitive_speaks_for_the_body"),
    ],
)
def test_a_source_in_the_genitive_with_ein(text, speaker, mention):
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("indirect", "source-marker")
    assert_named(q, text, speaker, mention)


@pytest.mark.parametrize("time", ["gerade dieser Tage", "vergangene Wochen"])
def test_a_time_in_the_plural_is_no_subject(time):
    text = (f"So hat sich die Vorsitzende des Verbands, Karin Holm, {time} gegen die Reform ausgesprochen "
            "und behauptet, die Oberstufen kämen nur durch Tricks zustande.")
    [q] = attributed(text)
    assert q.text == "die Oberstufen kämen nur durch Tricks zustande"
    assert (q.rule, q.cue.text) == ("konjunktiv-cue", "behauptet")
    assert_named(q, text, "Karin Holm", "Vorsitzende des Verbands, Karin Holm")


def test_zu_opening_a_sentence_is_the_particle_of_a_name_given_before():
    text = ("Der Minister Karl-Heinz zu Altenburg trat zurück. Zu Altenburg hatte zwar Fehler eingeräumt und "
            "angegeben, er habe nicht exakt gearbeitet.")
    [q] = attributed(text)
    assert (q.text, q.rule, q.cue.text) == ("er habe nicht exakt gearbeitet", "konjunktiv-cue", "eingeräumt")
    assert_named(q, text, "Karl-Heinz zu Altenburg", "Zu Altenburg")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Die Insolvenzverwalterin Petra Lang sprach vor Gericht. Ihr zufolge haben 140 "
                     "Gläubiger Forderungen angemeldet.", "Petra Lang", "Ihr", id="ihr_zufolge"),
        pytest.param("Der Sprecher Jan Ott kam. Ihm zufolge ist der Schaden gering.", "Jan Ott", "Ihm",
                     id="ihm_zufolge"),
        pytest.param("Der Abgeordnete Klaus Eberharter äußerte Kritik. Dem 41-Jährigen zufolge fehlen in dem "
                     "Entwurf Vorgaben.", "Klaus Eberharter", "Dem 41-Jährigen", id="dem_age_noun_zufolge"),
    ],
)
def test_a_pronoun_or_age_noun_before_zufolge_is_the_source(text, speaker, mention):
    q = attributed(text)[-1]
    assert (q.kind, q.rule, q.cue.text) == ("indirect", "source-marker", "zufolge")
    assert_named(q, text, speaker, mention)


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Ermittler schließen Brandstiftung nach Polizeiangaben nicht aus.", "Polizei",
                     id="polizei"),
        pytest.param("Nach Regierungsangaben starben 40 Menschen.", "Regierung", id="regierung"),
        pytest.param("Die Velox AG baut Stellen ab. Nach Unternehmensangaben sind 400 Menschen betroffen.",
                     "Velox AG", id="the_company_named_before"),
        pytest.param("Nach Augenzeugenangaben starben 40 Menschen.", None, id="no_body_in_the_compound"),
    ],
)
def test_a_compound_of_angaben_names_its_body(text, speaker):
    q = attributed(text)[-1]
    assert (q.kind, q.rule, q.speaker) == ("indirect", "source-marker", speaker)


@pytest.mark.parametrize(
    "text, mention",
    [
        pytest.param("Ministerin Lea Kranz besuchte die Küste. Unabhängigen Beobachtern zufolge verlief die "
                     "Räumung ruhig.", "Unabhängigen Beobachtern", id="a_group"),
        pytest.param("Ministerin Lea Kranz besuchte die Küste. Offiziellen Angaben zufolge starben drei "
                     "Menschen.", "Offiziellen Angaben", id="an_account"),
    ],
)
def test_an_adjective_opening_the_sentence_belongs_to_the_source_before_zufolge(text, mention):
    """Unabhängigen Beobachtern zufolge: capitalised by its place, the adjective is no name; the
    source names no one, and the minister named before does not speak."""
    q = attributed(text)[-1]
    assert (q.kind, q.rule, q.cue.text, q.speaker, q.mention.text) == (
        "indirect", "source-marker", "zufolge", None, mention)


def test_a_possessive_before_angaben_zufolge_is_the_source():
    """Seinen Angaben zufolge: the owner speaks, like er (not: die seiner Ansicht nach … Rolle)."""
    text = ("Der Kreisbrandmeister Detlef Schwan sagte, die Lage sei ernst. Seinen Angaben zufolge sind 350 "
            "Helfer im Einsatz.")
    q = attributed(text)[-1]
    assert (q.kind, q.rule, q.cue.text, q.text) == ("indirect", "source-marker", "Angaben zufolge",
                                                   "sind 350 Helfer im Einsatz")
    assert_named(q, text, "Detlef Schwan", "Seinen")


@pytest.mark.parametrize(
    "text, mention",
    [
        pytest.param("Der Belgier Piet Vanhout musste aufgeben. Laut Teamarzt ist die Verletzung leicht.",
                     "Teamarzt", id="a_bare_role_after_laut"),
        pytest.param("Holger Zieber kritisierte die CDU. Nach Angaben des Landeswahlleiters lag die "
                     "Wahlbeteiligung bei 71 Prozent.", "Landeswahlleiters", id="a_role_in_the_genitive"),
    ],
)
def test_a_role_no_one_was_introduced_with_after_a_marker_is_no_one_named(text, mention):
    """laut Teamarzt, nach Angaben des Landeswahlleiters: a new source, not the one named last."""
    q = attributed(text)[-1]
    assert (q.kind, q.rule, q.speaker, q.mention.text) == ("indirect", "source-marker", None, mention)


def test_a_role_taken_for_a_recent_speaker_is_theirs_after_a_marker_too():
    """sagte der Verwalter, after Anwalt Henrik Sommer was made administrator: nach Auskunft des
    Verwalters later is Sommer too, not a new source."""
    text = ("Das Gericht bestellte den Anwalt Henrik Sommer zum Verwalter. „Ich bin optimistisch“, sagte "
            "der Verwalter. Die Gutscheine gelten nach Auskunft des Verwalters weiter.")
    q = attributed(text)[-1]
    assert (q.rule, q.speaker, q.mention.text) == ("source-marker", "Henrik Sommer", "Verwalters")


def test_an_epithet_after_a_marker_stands_for_someone_named():
    """Dem Experten zufolge, after Analyst Jörg Fenk: an epithet refers back, unlike an office."""
    text = ("Analyst Jörg Fenk sagte, der Schritt sei überfällig. Dem Experten zufolge sind die Kosten zu "
            "hoch.")
    q = attributed(text)[-1]
    assert (q.rule, q.speaker, q.mention.text) == ("source-marker", "Jörg Fenk", "Dem Experten")


def test_a_so_frame_role_refers_back_to_someone_named():
    """…, so der ÖVP-Politiker: unlike laut, the so-frame takes up the person named before."""
    text = ("Landesrat Gerold Pfurt warnte vor Lawinen. Das Land investiere jährlich 40 Millionen Euro, so "
            "der ÖVP-Politiker.")
    q = attributed(text)[-1]
    assert (q.rule, q.speaker, q.mention.text) == ("source-marker", "Gerold Pfurt", "der ÖVP-Politiker")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Die Sprecherin Eva Roth sagte, man forsche weiter. In Deutschland leben nach "
                     "Schätzungen rund 1,8 Millionen Menschen mit Demenz.", None, None,
                     id="a_marker_with_no_one_named"),
        pytest.param("Die Sprecherin Eva Roth sagte, man helfe. Nach Angaben des Roten Kreuzes sind bereits "
                     "30.000 Menschen geflohen.", "Rote Kreuz", "Roten Kreuzes",
                     id="an_adjective_opening_a_body_name_after_its_article"),
    ],
)
def test_a_source_marker_is_never_the_person_quoted_before(text, speaker, mention):
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("indirect", "source-marker")
    assert q.speaker == speaker
    assert (q.mention.text if q.mention else None) == mention


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        # after speech, what was found out is the one speaking's
        pytest.param("Ein Sprecher der Polizei Rheinpfalz sagte, der Fahrer sei geflohen. Er habe nach "
                     "ersten Erkenntnissen mehr als zwei Promille gehabt.", "Polizei Rheinpfalz",
                     "Erkenntnissen", id="after_speech"),
        # … else the one the sentence before is about
        pytest.param("Die Kripo Lindau sucht Zeugen. Nach bisherigen Ermittlungen floh der Täter zu Fuß.",
                     "Kripo Lindau", "Ermittlungen", id="after_a_subject"),
        # … and no one's in a sentence of its own (not a person called Erkenntnissen)
        pytest.param("Der Fahrer war nach ersten Erkenntnissen betrunken.", None, "Erkenntnissen",
                     id="alone"),
        # a source named after the noun speaks, as with other markers
        pytest.param("Der Täter floh nach Erkenntnissen der Kripo Lindau mit dem Auto.", "Kripo Lindau",
                     "Kripo Lindau", id="with_a_source"),
    ],
)
def test_findings_are_those_of_the_one_speaking(text, speaker, mention):
    """nach ersten Erkenntnissen: the findings are the source named; whose they are is read
    from the text around them."""
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("indirect", "source-marker")
    assert q.speaker == speaker
    assert q.mention.text == mention
    assert q.cue.text.split()[-1] in ("Erkenntnissen", "Ermittlungen")


def test_a_given_name_used_as_a_noun_before_von_is_no_name():
    """dem Roman von Ferdinand Auer: Roman is the novel; Ferdinand Auer is the fullest name of Auer."""
    text = "Der Film basiert auf dem Roman von Ferdinand Auer. Romanautor Auer sagte, er sei gerührt."
    [q] = attributed(text)
    assert_named(q, text, "Ferdinand Auer", "Romanautor Auer")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("„Wir ermitteln“, sagte Polizeisprecher Jan Ott. Ein 34-jähriger Autofahrer war gegen "
                     "einen Baum geprallt. „Ich war geblendet“, sagte der 34-Jährige.", None,
                     id="someone_unnamed_introduced_with_the_age"),
        pytest.param("„Wir ermitteln“, sagte der 58-jährige Polizeisprecher Jan Ott. „Ich war geblendet“, "
                     "sagte der 34-Jährige.", None, id="not_the_one_of_another_age"),
        pytest.param("„Wir ermitteln“, sagte Jan Ott (58). „Ich war geblendet“, sagte der 34-Jährige.", None,
                     id="an_age_in_brackets"),
        pytest.param("„Wir ermitteln“, sagte der 34-jährige Polizeisprecher Jan Ott. „Ich bleibe dran“, "
                     "sagte der 34-Jährige.", "Jan Ott", id="the_one_of_that_age"),
        pytest.param("„Er bereut es“, sagte Anwalt Tobias Renner. Das Opfer, ein 34-jähriger Familienvater, "
                     "sagte aus. „Ich war geblendet“, sagte der 34-Jährige.", None,
                     id="an_age_in_an_apposition"),
    ],
)
def test_an_age_noun_finds_whoever_has_that_age(text, speaker):
    q = attributed(text)[-1]
    assert (q.rule, q.cue.text) == ("cue-after", "sagte")
    assert_named_last(q, text, speaker, "der 34-Jährige")


def test_er_after_the_spokesperson_of_an_unnamed_body_is_that_spokesperson():
    """Not the unionist named before: the company's denial must not appear under his name."""
    text = ("Gewerkschafter Ralf Demirci kritisierte den Abbau. Ein Sprecher des Konzerns wies das zurück. "
            "Eine Verlagerung sei nicht geplant, sagte er.")
    [q] = attributed(text)
    assert (q.rule, q.cue.text) == ("konjunktiv-cue", "sagte")
    assert_named_last(q, text, None, "er")


def test_a_pronoun_cue_after_a_quote_stands_for_the_speaker_named_before_it():
    """X sagte: „…“, betont sie. — the pronoun is the mention, X (not the last speaker) the speaker."""
    text = ("„Wir kommen wieder“, sagte Tsegaye Bekele. Amara Dube, Vorstand des Vereins, sagte dazu "
            "gegenüber dem Sender: „Frauen haben sich gewehrt“, betont sie. „Wir kämpfen weiter.“")
    _, second, third = attributed(text)
    assert (second.rule, second.cue.text) == ("cue-after", "betont")
    assert_attributed(second, text, "Amara Dube", "sie", "cue-after")
    assert_attributed(third, text, "Amara Dube", "sie", "continuation")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Sein Verteidiger, der Zürcher Anwalt Reto Gisler, sprach von einer «Vorverurteilung».",
                     "Reto Gisler", "Verteidiger, der Zürcher Anwalt Reto Gisler",
                     id="article_place_and_title"),
        pytest.param("Die Sprecherin der Stadt, die bekannte Juristin Eva Roth, sagte: „Nein.“", "Eva Roth",
                     "Die Sprecherin der Stadt, die bekannte Juristin Eva Roth",
                     id="article_adjective_and_title"),
    ],
)
def test_a_name_after_a_role_phrase_in_apposition_is_the_speaker(text, speaker, mention):
    [q] = attributed(text)
    assert_named(q, text, speaker, mention)


def test_a_role_with_a_possessive_is_not_the_person_it_belongs_to():
    """Sein Verteidiger is someone else: not the last speaker, whose defender he is."""
    text = ("Der Angeklagte Urs Meili wies die Vorwürfe zurück. «Ich habe nie einen Rappen genommen», "
            "sagte er. Sein Verteidiger sprach von einer «Vorverurteilung durch die Medien».")
    q = attributed(text)[-1]
    assert (q.text, q.rule) == ("Vorverurteilung durch die Medien", "subject")
    assert_named(q, text, None, "Sein Verteidiger")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Die Stadt baut. Die Sana Regio GmbH verweist auf Personalmangel. Man finde keine "
                     "Fachärzte, hieß es in einer Stellungnahme.", "Sana Regio GmbH",
                     id="by_the_body_the_sentence_is_about"),
        pytest.param("Die Stadt baut. Die Sana Regio GmbH verweist auf Personalmangel. Man finde keine "
                     "Fachärzte, hieß es in einer Stellungnahme des Landrats.", None,
                     id="not_when_another_author_follows"),
    ],
)
def test_a_statement_named_without_its_author(text, speaker):
    q = attributed(text)[-1]
    assert (q.rule, q.cue.text) == ("source-marker", "hieß es in")
    assert_named(q, text, speaker, "Stellungnahme")


def test_a_letter_named_without_its_author_is_by_whom_the_sentence_before_is_about():
    text = ("Die Lindhof AG wehrt sich gegen die Vorwürfe. Man habe korrekt gehandelt, heißt es in dem "
            "Schreiben.")
    q = attributed(text)[-1]
    assert (q.kind, q.rule, q.cue.text) == ("indirect", "source-marker", "heißt es in")
    assert_named(q, text, "Lindhof AG", "Schreiben")


def test_a_text_with_its_owner_named_after_heisst_es_in_is_the_owner_s():
    """heißt es in der Rückrufdatenbank des KBA: the owner of a text that is no statement speaks,
    by the written-out name rather than the acronym."""
    text = ("Das Kraftfahrt-Bundesamt (KBA) ordnete einen Rückruf an. Es könne zu Ausfällen kommen, heißt "
            "es in der Rückrufdatenbank des KBA.")
    q = attributed(text)[-1]
    assert (q.rule, q.cue.text) == ("source-marker", "heißt es in")
    assert_named(q, text, "Kraftfahrt-Bundesamt", "der Rückrufdatenbank des KBA")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Der Bericht des Kultusministeriums zeichnet ein düsteres Bild. Die Versorgung sinkt "
                     "dem Bericht zufolge auf 96 Prozent.", "Kultusministerium",
                     id="a_report_named_with_its_owner"),
        pytest.param("Die Versorgung sinkt dem Bericht zufolge auf 96 Prozent.", None, id="no_owner_named"),
    ],
)
def test_a_text_named_again_is_by_the_owner_named_with_it_before(text, speaker):
    q = attributed(text)[-1]
    assert (q.rule, q.speaker, q.mention.text) == ("source-marker", speaker, "Bericht")


def test_a_statement_by_its_author_named_after_it():
    text = ("Die Stadt baut. Die Sana Regio GmbH verweist auf Personalmangel. Man finde keine Fachärzte, "
            "hieß es in einer Stellungnahme des Landrats Jens Pohl.")
    q = attributed(text)[-1]
    assert (q.rule, q.speaker) == ("source-marker", "Jens Pohl")


@pytest.mark.parametrize(
    "text, mention",
    [
        pytest.param("„Das war peinlich“, sagte Kapitän Jonas Berg. Einige Fans skandierten „Laine raus!“.",
                     "Einige Fans", id="a_quantifier_and_a_noun"),
        pytest.param("„Das war peinlich“, sagte Kapitän Jonas Berg. Einige skandierten „Laine raus!“.",
                     "Einige", id="a_quantifier_alone"),
    ],
)
def test_a_group_named_by_a_quantifier_is_the_mention_but_no_speaker(text, mention):
    """Not the captain who spoke before: some fans chanted."""
    q = attributed(text)[-1]
    assert (q.text, q.rule, q.cue.text) == ("Laine raus!", "subject", "skandierten")
    assert_named(q, text, None, mention)


def test_so_many_is_no_source():
    text = "Im Jahr 2011 wurden 3.538 Autos der Marke verkauft – so viele wie nie zuvor."
    assert attributed(text) == []


def test_a_reported_clause_takes_the_source_the_next_sentence_names():
    text = ("„Wir sind müde“, sagte die Trainerin Lea Dorn. Im Delta seien erste Cholerafälle aufgetreten. "
            "Das berichtete die Hilfsorganisation Aqua Viva.")
    q = attributed(text)[-1]
    assert (q.kind, q.rule, q.cue.text) == ("indirect", "cue-next", "berichtete")
    assert_named(q, text, "Aqua Viva", "Hilfsorganisation Aqua Viva")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Die Gebühren steigen. „Das ist nötig“, sagte eine Regierungssprecherin.", "Regierung",
                     "eine Regierungssprecherin", id="government"),
        pytest.param("Die Gebühren steigen. „Wir prüfen das“, sagte ein Ministeriumssprecher.", "Ministerium",
                     "ein Ministeriumssprecher", id="with_a_linking_s"),
        pytest.param("Die Gebühren steigen. „Wir prüfen das“, sagte ein Pressesprecher.", None,
                     "ein Pressesprecher", id="not_the_press"),
        pytest.param("Die Lindhof Bau GmbH baut ab. „Wir prüfen das“, sagte ein Firmensprecher.",
                     "Lindhof Bau GmbH", "ein Firmensprecher", id="the_company_named_before"),
        pytest.param("Der FC Rotbach verliert. „Wir prüfen das“, sagte ein Vereinssprecher.",
                     "FC Rotbach", "ein Vereinssprecher", id="the_club_named_before"),
    ],
)
def test_a_compound_spokesperson_speaks_for_the_body_it_names(text, speaker, mention):
    q = attributed(text)[-1]
    assert_named(q, text, speaker, mention)


def test_someone_unnamed_speaking_last_is_continued_not_the_person_before():
    text = ("„Wir klagen“, sagte Landrätin Petra Jungbluth. Ein Sprecher erklärte, alle Gutachten lägen vor. "
            "„Von Eile kann keine Rede sein.“ Man sei zu Gesprächen bereit.")
    quotes = attributed(text)
    assert [(q.kind, q.speaker, q.mention.text, q.rule) for q in quotes[1:]] == [
        ("indirect", None, "Ein Sprecher", "konjunktiv-cue"),
        ("direct", None, "Ein Sprecher", "continuation"),
        ("indirect", None, "Ein Sprecher", "konjunktiv-continuation"),
    ]
    assert all(q.mention.start == text.index("Ein Sprecher") for q in quotes[1:])


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("„Wir sind bereit“, sagte die Gewerkschaft Verdi.", "Verdi",
                     id="the_name_after_the_kind"),
        pytest.param("„Wir ermitteln“, sagte die Polizei Hamburg.", "Polizei Hamburg",
                     id="a_body_with_its_place"),
        pytest.param("„Das Produkt ist mangelhaft“, sagte die Stiftung Warentest.", "Stiftung Warentest",
                     id="a_full_name_opening_with_a_kind"),
    ],
)
def test_the_canonical_name_of_a_body(text, speaker):
    [q] = attributed(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Der Klinikverbund Ostalb schließt die Station. „Wir haben keine Wahl“, heißt es in "
                     "einer Mitteilung des Verbunds.", "Ostalb", "einer Mitteilung des Verbunds",
                     id="a_document_of_the_kind"),
        pytest.param("Die Lindhof Bau GmbH baut ab. Nach Angaben des Unternehmens gibt es keine Alternative.",
                     "Lindhof Bau GmbH", "Unternehmens", id="a_marker_ending_in_the_article"),
        pytest.param("Die Lindhof Bau GmbH baut ab. „Es gibt keine Alternative“, heißt es in einer Erklärung "
                     "des Unternehmens.", "Lindhof Bau GmbH", "einer Erklärung des Unternehmens",
                     id="a_document_of_the_company"),
    ],
)
def test_a_common_noun_owner_is_the_body_named_before(text, speaker, mention):
    q = attributed(text)[-1]
    assert_named(q, text, speaker, mention)


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("„Die Werte sind hoch“, sagte eine Sprecherin des Bundesamts für Strahlenschutz.",
                     "Bundesamt für Strahlenschutz", "eine Sprecherin des Bundesamts für Strahlenschutz",
                     id="a_spokesperson_of_it"),
        pytest.param("„Die Werte sind hoch“, teilte das Landesamt für Umwelt und Verbraucherschutz mit.",
                     "Landesamt für Umwelt und Verbraucherschutz",
                     "Landesamt für Umwelt und Verbraucherschutz", id="two_fields"),
        pytest.param("„Die Lage ist ruhig“, teilte das Departement für auswärtige Angelegenheiten mit.",
                     "Departement für auswärtige Angelegenheiten",
                     "Departement für auswärtige Angelegenheiten", id="an_adjective_before_the_field"),
        pytest.param("„Die Werte sind hoch“, sagte ein Sprecher der Landesagentur für Arbeit.",
                     "Landesagentur für Arbeit", "ein Sprecher der Landesagentur für Arbeit",
                     id="a_kind_of_body_before_für"),
        pytest.param("Damit sorgte das Ministerium für Aufsehen. „Die Werte sind hoch“, sagte das "
                     "Ministerium.",
                     "Ministerium", "Ministerium", id="für_of_the_verb_sorgen"),
    ],
)
def test_a_body_named_with_für_keeps_its_whole_name(text, speaker, mention):
    assert_named_last(attributed(text)[-1], text, speaker, mention)


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Das Landesamt für Strahlenschutz warnt vor Pilzen. „Die Werte sind hoch“, sagte das "
                     "Landesamt.", "Landesamt für Strahlenschutz", "Landesamt", id="the_head_before_für"),
        pytest.param("Das Paul-Ehrlich-Institut meldet mehr Fälle. „Die Werte sind hoch“, sagte das "
                     "Institut.",
                     "Paul-Ehrlich-Institut", "Institut", id="the_end_of_a_compound_name"),
    ],
)
def test_a_body_is_found_again_by_the_noun_its_name_ends_in(text, speaker, mention):
    assert_named_last(attributed(text)[-1], text, speaker, mention)


def test_the_person_after_the_verb_speaks_when_a_thing_opens_the_sentence():
    text = ("Ministerin Jana Holt zeigte sich besorgt. Ein Eingreifen des Bundes lehnte die Juristin "
            "jedoch ab: Die Tarifautonomie sei ein hohes Gut.")
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("indirect", "konjunktiv-continuation")
    assert_named(q, text, "Jana Holt", "die Juristin")


@pytest.mark.parametrize(
    "text, mention",
    [
        pytest.param("„Das ist eine Trendwende“, sagte die Forscherin Sabine Vogt. Mädchen lesen nach ihren "
                     "Worten mehr als Jungen.", "ihren", id="a_possessive"),
        pytest.param("Die Forscherin Sabine Vogt stellte die Studie vor. Nach Vogts Einschätzung wird "
                     "wieder mehr gelesen.", "Vogts", id="a_genitive"),
        pytest.param("Die Forscherin Sabine Vogt gab den Verlegern Mitschuld am Rückgang. Nach ihrer "
                     "Einschätzung wird wieder mehr gelesen.", "ihrer", id="not_a_noun_after_a_plural_role"),
    ],
)
def test_the_owner_of_a_speech_noun_after_nach_speaks(text, mention):
    q = attributed(text)[-1]
    assert (q.kind, q.rule, q.speaker) == ("indirect", "source-marker", "Sabine Vogt")
    assert q.mention.text == mention


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Die Behörden setzten das Schiff des Norddeutschen Instituts für Meereskunde (NIM) "
                     "fest. „Wir prüfen das“, sagte ein Sprecher des NIM.",
                     "Norddeutsches Institut für Meereskunde", "ein Sprecher des NIM",
                     id="a_spokesperson_of_the_acronym"),
        pytest.param("Das Landesamt für Migration und Flüchtlinge (LAMF) meldet mehr Anträge. „Wir prüfen "
                     "das“, sagte das LAMF.", "Landesamt für Migration und Flüchtlinge", "LAMF",
                     id="the_acronym_alone"),
        pytest.param("Die Internationale Seebehörde (ISB) warnt. „Wir sind besorgt“, sagte ein ISB-Sprecher.",
                     "Internationale Seebehörde", "ein ISB-Sprecher", id="a_spokesperson_compound"),
        pytest.param("Das Bundesamt für Strahlenschutz (BfS) warnt. „Wir prüfen das“, sagte ein "
                     "BfS-Sprecher.", "Bundesamt für Strahlenschutz", "ein BfS-Sprecher",
                     id="an_acronym_in_mixed_case"),
        pytest.param("Die Bundesanstalt für Finanzaufsicht (BaFin) prüft. „Es gibt Mängel“, sagte ein "
                     "BaFin-Sprecher.", "Bundesanstalt für Finanzaufsicht", "ein BaFin-Sprecher",
                     id="by_the_capitals_of_its_initials"),
        pytest.param("Das Departement für auswärtige Angelegenheiten (DAA) warnt. „Wir prüfen das“, sagte "
                     "ein DAA-Sprecher.", "Departement für auswärtige Angelegenheiten", "ein DAA-Sprecher",
                     id="an_adjective_before_the_field"),
        pytest.param("Der Abgeordnete Karl Dahl (CDU) kam. „Wir sind besorgt“, sagte die CDU.", "CDU", "CDU",
                     id="not_a_person_and_their_party"),
        pytest.param("Der Verband arbeitet mit der Nationalen Anti-Lärm-Agentur (Nala) zusammen. „Wir sind "
                     "besorgt“, sagte ein Sprecher der Nala.", "Nationale Anti-Lärm-Agentur",
                     "ein Sprecher der Nala", id="an_acronym_spelt_like_a_word"),
        pytest.param("Der Minister traf den Bürgermeister von Linden (Nord). „Wir sind besorgt“, sagte "
                     "Nord.", "Nord", "Nord", id="not_a_word_in_brackets_with_other_initials"),
    ],
)
def test_a_body_named_with_its_acronym_is_found_by_either(text, speaker, mention):
    assert_named_last(attributed(text)[-1], text, speaker, mention)


def test_a_time_phrase_after_the_source_is_no_part_of_its_name():
    """nach Angaben eines Gerichtssprechers Mitte Dezember: Mitte opens a date, not a surname."""
    q = attributed("Das Urteil wird nach Angaben eines Gerichtssprechers Mitte Dezember verkündet.")[-1]
    assert (q.rule, q.speaker, q.mention.text) == ("source-marker", "Gericht", "eines Gerichtssprechers")


def test_a_hyphenated_body_in_the_genitive_is_named_in_its_base_form():
    """des Lindauer Lehrer-Verbands → Lindauer Lehrer-Verband: the last part inflects."""
    q = attributed("Nach Angaben des Lindauer Lehrer-Verbands fehlen 400 Lehrkräfte.")[-1]
    assert (q.rule, q.speaker, q.mention.text) == ("source-marker", "Lindauer Lehrer-Verband",
                                                   "Lindauer Lehrer-Verbands")


def test_a_surname_that_is_also_a_common_noun_is_not_read_as_a_genitive():
    """Dachs, after Florian Dachs: not the genitive of Dach, a new person."""
    text = "Der Sportrechtler Florian Dachs kam. „Das ist verfrüht“, sagte Dachs."
    assert_named_last(attributed(text)[-1], text, "Florian Dachs", "Dachs")


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Der Rat tagt im Verkehrsministerium. Laut dem Ministerium wurden die Verträge "
                     "gekündigt.",
                     "Verkehrsministerium", "Ministerium", id="a_compound_named_in_passing"),
        pytest.param("Am Amtsgericht Lemgo wurde ein Verwalter bestellt. Das Verfahren laufe, teilte das "
                     "Gericht mit.", "Amtsgericht Lemgo", "Gericht", id="with_its_place"),
        pytest.param("Der Preis des Filmfestivals Lauenau ging an eine Komödie. Rund 9000 Gäste seien "
                     "gekommen, teilte das Festival mit.", "Filmfestival Lauenau", "Festival",
                     id="in_the_genitive"),
        pytest.param("Fotos der Nachrichtenagentur Ostpress zeigten Schäden. Die Brücke sei gesperrt, teilte "
                     "die Agentur mit.", "Ostpress", "Agentur", id="the_name_after_a_kind_of_body"),
    ],
)
def test_a_bare_body_noun_is_the_body_named_before_by_a_compound_of_it(text, speaker, mention):
    """das Ministerium, after im Verkehrsministerium: the compound names the body, even when
    the article never let it speak before."""
    assert_named_last(attributed(text)[-1], text, speaker, mention)


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        pytest.param("Messungen des Landesamts für Umwelt ergaben nach Angaben der Behörde keine erhöhten "
                     "Werte.", "Landesamt für Umwelt", "Behörde", id="an_office_named_in_passing"),
        pytest.param("Die Staatsanwaltschaft hat Ermittlungen aufgenommen. Ein Sprecher der Behörde sagte, "
                     "man prüfe alle Hinweise.", "Staatsanwaltschaft", "Ein Sprecher der Behörde",
                     id="the_prosecutors_are_an_authority"),
        pytest.param("Bei dem Kieler Softwareanbieter Cloudwerk gab es ein Datenleck. Passwörter seien nicht "
                     "betroffen, teilte das Unternehmen mit.", "Cloudwerk", "Unternehmen",
                     id="a_company_named_after_its_kind"),
        pytest.param("Vor dem Gericht standen Unterstützer der Gruppe „Grüne Welle“. Ein Sprecher der Gruppe "
                     "sagte, man werde weiter protestieren.", "Grüne Welle", "Ein Sprecher der Gruppe",
                     id="a_group_named_in_marks"),
        pytest.param("Die Pflegekräfte am Klinikum Nordhessen streiken. Der Chef des Klinikums schwieg. "
                     "Laut Klinikum wurden 43 Operationen verschoben.", "Klinikum Nordhessen", "Klinikum",
                     id="the_noun_with_a_name_not_the_noun_alone"),
        pytest.param("Das Landesmuseum für Kunst und Kultur kaufte ein Bild. Man sei offen für Gespräche, "
                     "teilte das Museum mit.", "Landesmuseum für Kunst und Kultur", "Museum",
                     id="a_body_with_two_fields_named_in_passing"),
        pytest.param("Forschende der Universität Freiburg stellten eine Studie vor. Nach Angaben der "
                     "Hochschule sollen 40 Patienten teilnehmen.", "Universität Freiburg", "Hochschule",
                     id="a_university_is_a_hochschule"),
    ],
)
def test_a_noun_for_a_kind_of_body_is_the_body_of_that_kind_named_last(text, speaker, mention):
    """die Behörde, das Unternehmen, die Gruppe, die Hochschule (body_hypernyms.tsv): the
    nearest body of a kind the noun stands for, even one named only in passing."""
    assert_named_last(attributed(text)[-1], text, speaker, mention)


def test_das_haus_is_the_body_the_article_is_about():
    text = "Der Chef der Velox AG kündigte Entlassungen an. Eine Sprecherin des Hauses sagte, alle seien " \
           "informiert."
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text) == ("Velox AG", "Eine Sprecherin des Hauses")


def test_a_place_named_before_is_not_the_university_of_the_place():
    text = "Göttingen (dpa) – Forschende der Universität Göttingen sind nach eigenen Angaben weiter. " \
           "Die Universität teilte mit, die Studie sei gefördert worden."
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text) == ("Universität Göttingen", "Universität")


def test_a_kind_of_body_alone_names_no_body_for_a_bare_noun():
    """die Organisation, after eine Hilfsorganisation: the compound is only a kind."""
    text = "Die Zelte kamen mit einer Hilfsorganisation. Die Lage sei ernst, teilte die Organisation mit."
    q = attributed(text)[-1]
    assert (q.kind, q.mention.text, q.speaker) == ("indirect", "Organisation", "Organisation")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Interview-Auszug: „Wir müssen schneller werden“", id="a_label"),
        pytest.param("Hafenstreit: „Wir müssen schneller werden“", id="a_topic"),
    ],
)
def test_a_common_noun_before_a_colon_is_a_label_not_a_speaker(text):
    [q] = attributed(text)
    assert (q.speaker, q.mention, q.rule) == (None, None, None)


def test_a_cue_closing_the_paragraph_before_introduces_the_quotation():
    text = ("Im Gespräch mit der Zeitung sagte die Senatorin Mia Leon:\n\n„Der Hafen verliert "
            "Marktanteile.\n\nWir müssen schneller werden.“")
    [q] = attributed(text)
    assert (q.rule, q.cue.text) == ("cue-before", "sagte")
    assert_named(q, text, "Mia Leon", "Senatorin Mia Leon")


@pytest.mark.parametrize(
    "text, mention",
    [
        pytest.param("Das Gericht bemängelte § 5 des Gesetzes, in dem es heißt: „Die Behörde darf alles.“",
                     "des Gesetzes", id="in_dem_es_heißt"),
        pytest.param("Das Gericht bemängelte § 5 des Gesetzes, in dem es unter anderem heißt:\n\n„Die "
                     "Behörde darf alles.“", "des Gesetzes", id="in_the_paragraph_before"),
    ],
)
def test_a_relative_clause_with_heißt_es_names_the_document_not_the_subject(text, mention):
    [q] = attributed(text)
    assert (q.rule, q.cue.text, q.speaker) == ("document", "heißt", None)
    assert (q.mention.text, q.mention.start) == (mention, text.index(mention))


def test_a_person_named_after_an_unlisted_role_is_known_to_the_pronoun():
    """Amtsinhaberin is in no list: the capitalised word must not hide Karin Lenz."""
    text = ("Bei der Wahl setzte sich Tobias Wenzel gegen Amtsinhaberin Karin Lenz durch. Lenz gratulierte "
            "ihm. „Das respektiere ich“, sagte sie.")
    [q] = attributed(text)
    assert (q.speaker, q.mention.text, q.rule) == ("Karin Lenz", "sie", "cue-after")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Firmenchef Jan Ohl will liefern. Ein Sprecher des Ministeriums wies das zurück. "
                     "„Wir haben gelernt“, betonte er.", "Ministerium", id="the_spokesman_again"),
        pytest.param("Firmenchef Jan Ohl will liefern. Eine Sprecherin des Ministeriums wies das zurück. "
                     "„Wir haben gelernt“, betonte er.", "Jan Ohl", id="not_a_spokeswoman"),
        pytest.param("Firmenchef Jan Ohl will liefern. Skeptisch äußerte sich ein Sprecher des "
                     "Herstellers Velmar. „Die Kunden zögern“, sagte er.", "Velmar",
                     id="the_spokesman_after_the_verb"),
    ],
)
def test_a_pronoun_after_a_spokesperson_is_that_spokesperson(text, speaker):
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text, q.rule) == (speaker, "er", "cue-after")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Die Bergrettung ist nach eigenen Angaben seit Tagen im Einsatz.", "Bergrettung",
                     id="own_account"),
        pytest.param("„Es wird kalt“, teilte der Wetterdienst mit.", "Wetterdienst", id="a_service"),
        pytest.param("„Der Hang ist gesperrt“, sagte ein Sprecher der Bergwacht.", "Bergwacht",
                     id="a_spokesperson_of_it"),
    ],
)
def test_rescue_and_weather_services_are_bodies(text, speaker):
    q = attributed(text)[-1]
    assert q.speaker == speaker


def test_a_sentence_reporting_someone_speaking_introduces_the_next_quotation():
    """The quotation has no cue of its own: not the last speaker's, but the one the sentence
    before reports speaking (sagt sie Sätze, …), named as an object the sentence before that."""
    text = ("Ministerin Ines Hartwig hört zu. „Er ist ein mutiger Reformer“, sagt sie. Es gibt noch eine "
            "andere Stimme. Sie gehört Nadine Kessler, der Oppositionsführerin. Im Hinterzimmer eines Hotels "
            "sagt sie Sätze, die ihm nicht gefallen dürften. „Der Präsident lässt sich feiern.“")
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text, q.cue.text, q.rule) == ("Nadine Kessler", "sie", "sagt", "cue-before")
    assert q.mention.start == text.rindex("sagt sie") + 5


def test_a_statement_named_after_a_wie_clause_is_by_its_source():
    text = ("Der EHC Seewald trennt sich von Trainer Holger Stein. Stein muss gehen, wie der Club am Montag "
            "mitteilte. «Der Verwaltungsrat hat entschieden», hiess es in der Mitteilung.")
    q = attributed(text)[-1]
    assert (q.rule, q.cue.text) == ("document", "hiess")
    assert_named(q, text, "EHC Seewald", "der Mitteilung")


def test_a_partial_quote_whose_subject_is_inside_a_reported_clause_is_the_clause_speakers():
    text = ("Der Laborleiter Henk Meier erklärte, man sehe keine Möglichkeit. Es gebe Kunden, die für die "
            "„völlig überteuerten Produkte“ nichts zahlen wollten.")
    q = attributed(text)[-1]
    assert (q.kind, q.text, q.rule) == ("partial", "völlig überteuerten Produkte", "inside-reported")
    assert_named(q, text, "Henk Meier", "Laborleiter Henk Meier")


@pytest.mark.parametrize(
    "text, speaker, mention, rule",
    [
        pytest.param("Präsident Andrej Morovic sprach im Fernsehen. Valdoria werde sein Gebiet „mit allen "
                     "Mitteln“ verteidigen.", "Andrej Morovic", "Präsident Andrej Morovic", "inside-reported",
                     id="the_clause_verb_after_the_quote_is_no_cue"),
        pytest.param("Die Polizei wertet den Brief aus. Der 58-Jährige habe darin geschrieben, er müsse "
                     "seine Kinder „aus diesem Leben“ nehmen.", None, "Der 58-Jährige", "cue-after",
                     id="the_subject_of_a_reported_frame_speaks_its_clause"),
    ],
)
def test_a_partial_quote_before_the_verb_of_a_reported_clause(text, speaker, mention, rule):
    q = attributed(text)[-1]
    assert (q.kind, q.rule) == ("partial", rule)
    assert_named(q, text, speaker, mention)


def test_a_plural_noun_after_der_is_a_group_not_a_person():
    text = ("Die CDU sammelt Unterschriften. Nach Angaben der Initiatoren haben bislang 4000 Menschen "
            "unterschrieben.")
    [q] = attributed(text)
    assert (q.rule, q.cue.text) == ("source-marker", "Nach Angaben der")
    assert_named(q, text, None, "Initiatoren")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Der Autozulieferer Hallberg Antriebstechnik streicht 400 Stellen. Ein Sprecher des "
                     "Unternehmens sagte, ein Verkauf sei verworfen worden.", "Hallberg Antriebstechnik",
                     id="the_company_after_a_company_noun"),
        pytest.param("Der Autozulieferer Hallberg Antriebstechnik streicht 400 Stellen. Hallberg teilte "
                     "mit, die Kosten sollten sinken.", "Hallberg Antriebstechnik",
                     id="the_company_by_its_first_word"),
        pytest.param("Die Umweltschutzorganisation Grünwacht warnt vor Dürre. Die Umweltschutzorganisation "
                     "erklärte, die Pegel seien niedrig.", "Grünwacht", id="the_body_by_its_kind"),
        pytest.param("Das Nachrichtenmagazin Der Kompass berichtet über die Firma. Wie der Kompass "
                     "berichtet, wurden Akten vernichtet.", "Der Kompass", id="a_paper_by_its_title_again"),
        pytest.param("Die IG Metall reagierte empört. Die Gewerkschaft kündigte Widerstand an. Man werde "
                     "jeden Arbeitsplatz verteidigen, hieß es in einer Mitteilung.", "IG Metall",
                     id="a_union_named_before"),
        pytest.param("Der Konzern streicht Stellen. Die Gewerkschaft kündigte Widerstand an. Man werde jeden "
                     "Arbeitsplatz verteidigen, hieß es in einer Mitteilung.", None, id="no_union_named"),
        pytest.param("Das Tiefbauamt plant eine Sperrung. Die Kosten seien gering, wie eine Sprecherin des "
                     "Amts erklärte.", "Tiefbauamt", id="a_compound_of_amt_is_found_again_by_amt"),
        pytest.param("Das Kultusministerium prüft den Fall. Eine Beurlaubung sei nicht vorgesehen, hieß es "
                     "aus dem Ministerium.", "Kultusministerium",
                     id="a_compound_subject_is_known_by_its_head"),
        pytest.param("Die Kantonspolizei meldete keine Verletzten. Die Sperrung bleibe bestehen, teilte die "
                     "deutsche Polizei mit.", "Polizei", id="an_adjective_sets_another_body_apart"),
        pytest.param("Einsatzleiter Sven Holst war vor Ort. Die Polizei schließt Brandstiftung nicht aus. "
                     "Ein Sprecher sagte, Zeugen hätten zwei Personen gesehen.", "Polizei",
                     id="a_spokesperson_after_a_body_as_subject"),
        pytest.param("„Wir bauen“, sagte Direktor Jan Wyss. Skeptisch blieb der Verkehrs-Club Lindau. Der "
                     "Tunnel verlagere den Stau nur, hieß es in einer Mitteilung.", "Verkehrs-Club Lindau",
                     id="a_hyphenated_club_as_inverted_subject"),
        pytest.param("Die Klinikleitung wies die Kritik zurück. Ein Sprecher sagte, man habe rechtzeitig "
                     "informiert.", "Klinikleitung", id="a_spokesperson_after_the_management_as_subject"),
        pytest.param("Das Kraftfahrt-Bundesamt bestätigte den Rückruf. Eine Sprecherin der Behörde sagte, "
                     "man prüfe weitere Modelle.", "Kraftfahrt-Bundesamt", id="die_behoerde_after_an_office"),
        pytest.param("Die Deutsche Gesellschaft für Demenzforschung warnt vor einer Zunahme. Die Zahl könnte "
                     "laut der Gesellschaft auf drei Millionen steigen.",
                     "Deutsche Gesellschaft für Demenzforschung", id="a_gesellschaft_named_with_fuer"),
        pytest.param("Der Bundesverband für Windenergie warnt. Die Lage sei ernst, sagte ein Sprecher des "
                     "Verbands.", "Bundesverband für Windenergie", id="a_verband_named_with_fuer"),
        pytest.param("Der Verein „Freie Sicht Hornberg“ kritisierte den Plan. Er sei unvereinbar mit dem "
                     "Vogelschutz, teilte der Verein mit.", "Freie Sicht Hornberg",
                     id="a_name_in_marks_after_its_kind"),
        pytest.param("Die Bürgerinitiative „Rettet den Stadtpark“ klagt. Ein Sprecher der Initiative sagte, "
                     "man sei entschlossen.", "Rettet den Stadtpark",
                     id="a_spokesperson_of_a_body_named_in_marks"),
        pytest.param("Das Magazin „Der Kompass“ berichtet, die Akten seien vernichtet worden.", "Der Kompass",
                     id="a_magazine_named_in_marks"),
        pytest.param("Der Landesverband der Hausärzte rief zur Vorsicht auf. Ein Sprecher des "
                     "Landesverbandes der Hausärzte sagte, die Praxen seien voll.",
                     "Landesverband der Hausärzte", id="a_body_named_by_its_members_in_any_case"),
        pytest.param("Der Verband der Automobilindustrie (VDA) warnt vor Zöllen. Ein VDA-Sprecher sagte, die "
                     "Lage sei ernst.", "Verband der Automobilindustrie", id="its_acronym_after_a_genitive"),
        pytest.param("Der Bundesverband der Reismühlen warnt. Nach Schätzungen des Verbandes sind 10.000 "
                     "Tonnen betroffen.", "Bundesverband der Reismühlen", id="found_again_by_its_head"),
        pytest.param("Der Mieterverband Bremen kritisiert das Gesetz. Es schrecke Investoren ab, teilte der "
                     "Verband mit.", "Mieterverband Bremen", id="found_again_by_its_head_before_a_place"),
        pytest.param("Das Heer hält nach Angaben des Verteidigungsministeriums zwei Hubschrauber bereit. "
                     "Flüge seien möglich, hieß es aus dem Ministerium.", "Verteidigungsministerium",
                     id="named_in_the_genitive_first"),
        pytest.param("Betroffen ist das Ötztal, wie das Land Tirol mitteilte. Die Straße bleibe gesperrt, "
                     "teilte das Land mit.", "Land Tirol", id="a_land_with_its_name"),
    ],
)
def test_a_body_introduced_with_its_kind_is_found_again(text, speaker):
    q = attributed(text)[-1]
    assert q.speaker == speaker


def test_an_intent_noun_without_owner_is_no_one_a_pronoun_could_mean():
    text = ("Der Minister Ismail Haddad kam nach Kairo. Das ägyptische Angebot, Verwundete kostenlos zu "
            "behandeln, lehnt er jedoch ab: „Wir brauchen offene Grenzen.“")
    clause, quote = attributed(text)
    assert (clause.text, clause.speaker, clause.mention.text) == ("Verwundete kostenlos zu behandeln", None,
                                                                  "Angebot")
    assert (quote.speaker, quote.mention.text) == ("Ismail Haddad", "er")


def test_the_subject_after_a_dateline_is_introduced():
    text = ("Krähenfeld (dpa) - Der Autozulieferer Hallberg Antriebstechnik streicht 1200 Stellen. Ein "
            "Sprecher des Unternehmens sagte, ein Verkauf sei verworfen worden.")
    [q] = attributed(text)
    assert (q.speaker, q.extra.get("organisation")) == ("Hallberg Antriebstechnik", True)


def test_a_councillor_with_a_party_prefix_is_a_role_noun():
    """die FDP-Regierungsrätin: -rätin names a person (a council member), so the role stands for
    the woman who was speaking, not for a group."""
    text = ("Baudirektorin Regula Amsel zeigte sich erleichtert. „Das ist ein guter Tag“, sagte die "
            "FDP-Regierungsrätin.")
    assert_named_last(attributed(text)[-1], text, "Regula Amsel", "die FDP-Regierungsrätin")
