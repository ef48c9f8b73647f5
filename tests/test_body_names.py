"""A body's name as a name on its own: the adjectives before a masculine or neuter head
take the strong ending (der Deutsche Wetterdienst -> Deutscher Wetterdienst).

Every name here is invented or a common pattern of German body names.
"""

import pytest
from attribution import attributed

from quoteverify import lexicon
from quoteverify.attribute.mentions import name_on_its_own


@pytest.mark.parametrize(
    ("read", "written"),
    [
        ("Deutsche Wetterdienst", "Deutscher Wetterdienst"),
        ("Auswärtige Amt", "Auswärtiges Amt"),
        ("Nordische Rote Kreuz", "Nordisches Rotes Kreuz"),  # every adjective before the head
        ("Westfälische Biathlon-Verband", "Westfälischer Biathlon-Verband"),  # the last part decides
        ("Baltische Institut für Meereskunde", "Baltisches Institut für Meereskunde"),
        # a feminine head, a plural, a name without adjectives, an adjective already strong
        ("Nordische Bahn", "Nordische Bahn"),
        ("Vereinte Nationen", "Vereinte Nationen"),
        ("Bundesamt für Strahlenschutz", "Bundesamt für Strahlenschutz"),
        ("Deutscher Skiverband", "Deutscher Skiverband"),
    ],
)
def test_a_body_name_on_its_own(read: str, written: str) -> None:
    assert name_on_its_own(read) == written


def test_the_longest_ending_decides_the_gender() -> None:
    genders = dict(lexicon.body_head_genders())
    assert (genders["gewerkschaftsbund"], genders["amt"]) == ("m", "n")
    assert [e for e, _ in lexicon.body_head_genders()].index("gewerkschaftsbund") == 0


def test_the_canonical_speaker_of_a_body_read_after_an_article() -> None:
    text = ("Der Deutsche Wetterdienst (DWD) warnt vor Sturm. Böen bis 100 km/h seien möglich, teilte der "
            "DWD mit.")
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text) == ("Deutscher Wetterdienst", "DWD")


def test_a_person_keeps_a_name_that_looks_like_an_adjective() -> None:
    text = "„Wir bleiben“, sagte Marie Deutsche. Sie leitet den Verein."
    assert attributed(text)[0].speaker == "Marie Deutsche"


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("Die Grünen im Stadtrat sprachen von einem „Warnsignal“.", "Die Grünen", "Grünen"),
        ("Die Linke kritisierte den Plan: „Das ist unsozial.“", "Die Linke", "Linke"),
        ("Nach Angaben der Grünen fehlen 20 Millionen Euro.", "Die Grünen", "Grünen"),
    ],
)
def test_a_party_named_by_a_common_word_is_a_body(text: str, speaker: str, mention: str) -> None:
    """die Grünen, die Linke (parties.tsv): a party, not a group of people or a thing."""
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text) == (speaker, mention)


def test_people_in_the_plural_are_still_a_group() -> None:
    q = attributed("Die Anwohner sprachen von einem „Albtraum“.")[-1]
    assert (q.speaker, q.mention.text) == (None, "Die Anwohner")


def test_every_word_before_a_legal_form_is_the_company_s_name() -> None:
    """die Nordfisch Feinkost GmbH: Nordfisch is part of the name, no role before it."""
    text = ("Die Nordfisch Feinkost GmbH ruft Lachs zurück. Listerien seien gefunden worden, teilte das "
            "Unternehmen mit.")
    q = attributed(text)[-1]
    assert (q.speaker, q.mention.text) == ("Nordfisch Feinkost GmbH", "Unternehmen")


def test_a_kind_of_company_before_its_name_stays_its_role() -> None:
    text = "Der Autozulieferer Hallberg GmbH baut ab. Die Lage sei ernst, teilte das Unternehmen mit."
    assert attributed(text)[-1].speaker == "Hallberg GmbH"
