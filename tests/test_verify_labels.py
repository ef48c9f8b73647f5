"""Variant labels for pairs of renderings: every label, and the false alarms it must not raise.

All sentences and people are invented for these tests.
"""

from __future__ import annotations

import pytest

from quoteverify.verify import compare
from quoteverify.verify.labels import SEVERITY

PAIRS = [
    # -- identical ---------------------------------------------------------------------------------
    pytest.param(
        "Die Brücke wird für alle geöffnet",
        "Die Brücke wird für alle geöffnet",
        {},
        "identical",
        (),
        (),
        id="nfc",
    ),
    pytest.param(
        "Das Projekt  ist\nbeschlossen",
        "Das Projekt ist beschlossen",
        {},
        "identical",
        (),
        (),
        id="whitespace",
    ),
    pytest.param(
        "Der Rat\xa0hat entschieden",
        "Der Rat hat entschieden",
        {},
        "identical",
        (),
        (),
        id="nbsp",
    ),
    # -- typographic -------------------------------------------------------------------------------
    pytest.param(
        "Wir sind bereit – aber nicht um jeden Preis",
        "Wir sind bereit, aber nicht um jeden Preis.",
        {},
        "typographic",
        ("typographic",),
        ("punctuation: '–' ~ ','", "punctuation: 'none' ~ '.'"),
        id="dash-and-stop",
    ),
    pytest.param(
        "Jetzt geht’s los",
        "Jetzt geht's los",
        {},
        "typographic",
        ("typographic",),
        ("typographic: geht’s ~ geht's",),
        id="apostrophe",
    ),
    pytest.param(
        "Sie nannte das Projekt ‚Leuchtturm‘ und ging",
        "Sie nannte das Projekt ‹Leuchtturm› und ging",
        {},
        "typographic",
        ("typographic",),
        ("punctuation: '‚' ~ '‹'", "punctuation: '‘' ~ '›'"),
        id="nested-marks",
    ),
    pytest.param(
        "Wir stellen 1.200 Leute ein",
        "Wir stellen 1200 Leute ein",
        {},
        "typographic",
        ("typographic",),
        ("number written differently: 1.200 ~ 1200",),
        id="thousands",
    ),
    pytest.param(
        "Es kostet 30 % mehr",
        "Es kostet 30% mehr",
        {},
        "typographic",
        ("typographic",),
        ("spacing",),
        id="percent-spacing",
    ),
    # -- orthographic ------------------------------------------------------------------------------
    pytest.param(
        "Der Schaden ist groß",
        "Der Schaden ist gross",
        {},
        "orthographic",
        ("orthographic",),
        ("ß/ss: groß ~ gross",),
        id="ss",
    ),
    pytest.param(
        "Ich weiß, daß wir selbständig entscheiden",
        "Ich weiss, dass wir selbstständig entscheiden",
        {},
        "orthographic",
        ("orthographic",),
        ("ß/ss: weiß ~ weiss", "ß/ss: daß ~ dass", "spelling: selbständig ~ selbstständig"),
        id="old-spelling",
    ),
    pytest.param(
        "Das gilt bis auf weiteres",
        "Das gilt bis auf Weiteres",
        {},
        "orthographic",
        ("orthographic",),
        ("case: weiteres ~ Weiteres",),
        id="case",
    ),
    pytest.param(
        "Die Gemeinde hat die Sanierung beschlossen",
        "Die Gemeinde hat die Sanierung beschlosen",
        {},
        "orthographic",
        ("orthographic",),
        ("typo: beschlossen ~ beschlosen",),
        id="typo-deletion",
    ),
    pytest.param(
        "Die Gemeinde hat die Sanierung beschlossen",
        "Die Gemeinde hat die Sanierugn beschlossen",
        {},
        "orthographic",
        ("orthographic",),
        ("typo: Sanierung ~ Sanierugn",),
        id="typo-transposition",
    ),
    pytest.param(
        "Wir danken Frau Müller für ihre Arbeit",
        "Wir danken Frau Mueller für ihre Arbeit",
        {},
        "orthographic",
        ("orthographic",),
        ("transliteration: Müller ~ Mueller",),
        id="transliteration",
    ),
    pytest.param(
        "Wir brauchen zwölfhundert Helfer",
        "Wir brauchen 1200 Helfer",
        {},
        "orthographic",
        ("orthographic",),
        ("number written differently: zwölfhundert ~ 1200",),
        id="number-words",
    ),
    pytest.param(
        "Der Hochwasser-Schutz hat Vorrang",
        "Der Hochwasserschutz hat Vorrang",
        {},
        "orthographic",
        ("orthographic",),
        ("hyphenation: Hochwasser-Schutz ~ Hochwasserschutz",),
        id="hyphen",
    ),
    pytest.param(
        "Wir bleiben zu Hause",
        "Wir bleiben zuhause",
        {},
        "orthographic",
        ("orthographic",),
        ("written together or apart: 'zu Hause' ~ 'zuhause'",),
        id="together-apart",
    ),
    pytest.param(
        "Die Reparatur des Daches dauert an",
        "Die Reparatur des Dachs dauert an",
        {},
        "orthographic",
        ("orthographic",),
        ("genitive -es/-s: Daches ~ Dachs",),
        id="genitive-ending",
    ),
    # -- excerpt -----------------------------------------------------------------------------------
    pytest.param(
        "Wir haben gekämpft. Am Ende hat es nicht gereicht.",
        "Wir haben gekämpft",
        {},
        "excerpt",
        ("excerpt",),
        ("excerpt: the member leaves out 6 words at the end",),
        id="member-part",
    ),
    pytest.param(
        "Am Ende hat es nicht gereicht",
        "Wir haben gekämpft. Am Ende hat es nicht gereicht.",
        {},
        "excerpt",
        ("excerpt", "typographic"),
        ("excerpt: the reference leaves out 3 words at the start", "punctuation: 'none' ~ '.'"),
        id="reference-part",
    ),
    pytest.param(
        "Wir haben gekämpft, wir haben gelitten, und am Ende haben wir gewonnen",
        "Wir haben gekämpft […] und am Ende haben wir gewonnen",
        {},
        "excerpt",
        ("excerpt",),
        ("ellipsis for 3 words",),
        id="ellipsis-brackets",
    ),
    pytest.param(
        "Wir haben gekämpft, wir haben gelitten, und am Ende haben wir gewonnen",
        "Wir haben gekämpft (...) und am Ende haben wir gewonnen",
        {},
        "excerpt",
        ("excerpt",),
        ("ellipsis for 3 words",),
        id="ellipsis-parens",
    ),
    pytest.param(
        "Der Saal war voll. Die Stimmung war gut. Alle haben gefeiert.",
        "Die Stimmung war gut",
        {},
        "excerpt",
        ("excerpt",),
        (
            "excerpt: the member leaves out 4 words at the start",
            "excerpt: the member leaves out 3 words at the end",
        ),
        id="middle",
    ),
    # -- wording -----------------------------------------------------------------------------------
    pytest.param(
        "Wir sind Nachbarn, keine Gegner",
        "Wir sind Nachbarn und nicht Feinde",
        {},
        "wording",
        ("wording",),
        ("words changed: 'Gegner' → 'und Feinde'", "negation reworded: 'keine' → 'nicht'"),
        id="translation",
    ),
    pytest.param(
        "Das ist wichtig",
        "das sei wichtig",
        {"member_kind": "indirect"},
        "wording",
        ("wording",),
        ("verb mood: ist → sei", "rendered as indirect speech"),
        id="konjunktiv",
    ),
    pytest.param(
        "Wir werden jeden Antrag prüfen",
        "man werde jeden Antrag prüfen",
        {"member_kind": "indirect"},
        "wording",
        ("wording",),
        ("pronoun shift: Wir → man", "verb mood: werden → werde", "rendered as indirect speech"),
        id="pronoun-shift",
    ),
    pytest.param(
        "Die Sitzung findet im Januar statt",
        "Die Sitzung findet im Jänner statt",
        {},
        "wording",
        ("wording",),
        ("regional variant: 'Januar' ~ 'Jänner'",),
        id="regional-word",
    ),
    pytest.param(
        "Die Deiche haben gerade noch gehalten",
        "Die Deiche haben gehalten",
        {},
        "wording",
        ("wording",),
        ("words dropped: 'gerade noch'",),
        id="words-dropped",
    ),
    pytest.param(
        "Wir werden die Steuern senken",
        "Wir senken die Steuern",
        {},
        "wording",
        ("wording",),
        ("words changed: 'werden' → 'senken'", "words dropped: 'senken'"),
        id="reordered",
    ),
    pytest.param(
        "Die Stadt braucht einen großen Plan",
        "Die Stadt braucht einen große Plan",
        {},
        "wording",
        ("wording",),
        ("word form: großen → große",),
        id="inflection",
    ),
    pytest.param(
        "Wir prüfen die Kosten des Weges",
        "Wir prüfen die Kosten des Wege",
        {},
        "wording",
        ("wording",),
        ("word form: Weges → Wege",),
        id="genitive-dropped",
    ),
    # -- meaning -----------------------------------------------------------------------------------
    pytest.param(
        "Die Schule wird nicht geschlossen",
        "Die Schule wird geschlossen",
        {},
        "meaning",
        ("meaning",),
        ("negation dropped: 'nicht'",),
        id="negation-dropped",
    ),
    pytest.param(
        "Wir haben das gewusst",
        "Wir haben das nie gewusst",
        {},
        "meaning",
        ("meaning",),
        ("negation added: 'nie'",),
        id="negation-added",
    ),
    pytest.param(
        "Es gibt keine Alternative",
        "Es gibt eine Alternative",
        {},
        "meaning",
        ("meaning",),
        ("negation dropped: 'keine'",),
        id="kein-dropped",
    ),
    pytest.param(
        "Bis 2030 entstehen 800 Wohnungen",
        "Bis 2030 entstehen 600 Wohnungen",
        {},
        "meaning",
        ("meaning",),
        ("number changed: 800 → 600",),
        id="number",
    ),
    pytest.param(
        "Die Wahl findet am 3. März statt",
        "Die Wahl findet am 3. April statt",
        {},
        "meaning",
        ("meaning",),
        ("date changed: 'März' → 'April'",),
        id="date",
    ),
    pytest.param(
        "Die Stadt muss sparen",
        "Die Stadt kann sparen",
        {},
        "meaning",
        ("meaning",),
        ("modal changed: 'muss' → 'kann'",),
        id="modal",
    ),
    pytest.param(
        "Alle Mitarbeiter werden übernommen",
        "Einige Mitarbeiter werden übernommen",
        {},
        "meaning",
        ("meaning",),
        ("quantifier changed: 'Alle' → 'Einige'",),
        id="quantifier",
    ),
    pytest.param(
        "Das hat Frau Kessler entschieden",
        "Das hat Frau Brenner entschieden",
        {},
        "meaning",
        ("meaning",),
        ("name changed: 'Kessler' → 'Brenner'",),
        id="name",
    ),
    pytest.param(
        "Die Stadt muss sparen",
        "Die Stadt spart",
        {},
        "meaning",
        ("meaning", "wording"),
        ("word form: sparen → spart", "modal dropped: 'muss'"),
        id="modal-dropped",
    ),
    # -- misattribution ----------------------------------------------------------------------------
    pytest.param(
        "Wir lassen uns nicht erpressen",
        "Wir lassen uns nicht erpressen",
        {"reference_speaker": "Jana Wendel", "member_speaker": "Otto Pfeiffer"},
        "misattribution",
        ("misattribution",),
        ("speaker differs: Jana Wendel ≠ Otto Pfeiffer",),
        id="speaker",
    ),
    pytest.param(
        "Wir lassen uns nicht erpressen. Das ist klar.",
        "Wir lassen uns nicht erpressen",
        {"reference_speaker": "Jana Wendel", "member_speaker": "Otto Pfeiffer"},
        "misattribution",
        ("misattribution", "excerpt"),
        ("excerpt: the member leaves out 3 words at the end", "speaker differs: Jana Wendel ≠ Otto Pfeiffer"),
        id="speaker-excerpt",
    ),
    pytest.param(
        "Wir lassen uns nicht erpressen",
        "Wir lassen uns erpressen",
        {"reference_speaker": "Jana Wendel", "member_speaker": "Otto Pfeiffer"},
        "misattribution",
        ("misattribution", "meaning"),
        ("negation dropped: 'nicht'", "speaker differs: Jana Wendel ≠ Otto Pfeiffer"),
        id="speaker-and-negation",
    ),
    # -- false alarms ------------------------------------------------------------------------------
    pytest.param(
        "Wir lassen uns nicht erpressen",
        "Wir lassen uns nicht erpressen",
        {"reference_speaker": "Jana Wendel", "member_speaker": "Wendel"},
        "identical",
        (),
        (),
        id="surname-only",
    ),
    pytest.param(
        "Wir lassen uns nicht erpressen",
        "Wir lassen uns nicht erpressen",
        {"reference_speaker": "Bürgermeisterin Jana Wendel", "member_speaker": "Jana Wendel"},
        "identical",
        (),
        (),
        id="role-prefix",
    ),
    pytest.param(
        "Wir lassen uns nicht erpressen",
        "Wir lassen uns nicht erpressen",
        {"reference_speaker": "Jana Wendel", "member_speaker": None},
        "identical",
        (),
        (),
        id="unknown-speaker",
    ),
    pytest.param(
        "Wir lassen uns nicht erpressen",
        "Wir lassen uns nicht erpressen",
        {"reference_speaker": "Jana Wendel", "member_speaker": "Sprecherin"},
        "identical",
        (),
        (),
        id="bare-role-noun",
    ),
    pytest.param(
        "Wir werden das nicht zulassen",
        "Wir werden das niemals zulassen",
        {},
        "wording",
        ("wording",),
        ("negation reworded: 'nicht' → 'niemals'",),
        id="nicht-niemals",
    ),
    pytest.param(
        "Wir werden das nicht zulassen",
        "Wir werden das nie zulassen",
        {},
        "wording",
        ("wording",),
        ("negation reworded: 'nicht' → 'nie'",),
        id="nicht-nie",
    ),
    pytest.param(
        "Es gibt keine Pläne für eine Schließung",
        "Es gibt nicht Pläne für eine Schließung",
        {},
        "wording",
        ("wording",),
        ("negation reworded: 'keine' → 'nicht'",),
        id="keine-nicht",
    ),
    pytest.param(
        "Wir stellen 1.200 Leute ein",
        "Wir stellen zwölfhundert Leute ein",
        {},
        "orthographic",
        ("orthographic",),
        ("number written differently: 1.200 ~ zwölfhundert",),
        id="1.200-zwoelfhundert",
    ),
    pytest.param(
        "Das kostet zwei Millionen Euro",
        "Das kostet 2.000.000 Euro",
        {},
        "orthographic",
        ("orthographic",),
        ("number written differently: 'zwei Millionen' ~ '2.000.000'",),
        id="millionen-digits",
    ),
    pytest.param(
        "Das kostet zwei Millionen Euro",
        "Das kostet 2 Millionen Euro",
        {},
        "orthographic",
        ("orthographic",),
        ("number written differently: zwei ~ 2",),
        id="zwei-2",
    ),
    pytest.param(
        "Das Land muss handeln",
        "das Land müsse handeln",
        {"member_kind": "indirect"},
        "wording",
        ("wording",),
        ("verb mood: muss → müsse", "rendered as indirect speech"),
        id="muss-muesse",
    ),
    pytest.param(
        "Das Land muss handeln",
        "das Land solle handeln",
        {"member_kind": "indirect"},
        "wording",
        ("wording",),
        ("modal reworded: muss → solle", "rendered as indirect speech"),
        id="muss-solle-reported",
    ),
    pytest.param(
        "Wir bitten um Hilfe",
        "Wir wollen Hilfe",
        {},
        "wording",
        ("wording",),
        ("words dropped: 'bitten um'", "modal added: 'wollen' (volition only: wording)"),
        id="volition-added",
    ),
    pytest.param(
        "Es geht nicht nur um Geld, sondern auch um Respekt",
        "Es geht um Geld und um Respekt",
        {},
        "wording",
        ("wording",),
        ("words dropped: 'nicht nur'", "words changed: 'sondern auch' → 'und'"),
        id="nicht-nur",
    ),
    pytest.param(
        "Die Sitzung ist am Sonnabend",
        "Die Sitzung ist am Samstag",
        {},
        "wording",
        ("wording",),
        ("regional variant: 'Sonnabend' ~ 'Samstag'",),
        id="sonnabend",
    ),
    pytest.param(
        "Wir schließen nicht. Wir bauen 40 Wohnungen.",
        "Wir bauen 40 Wohnungen.",
        {},
        "excerpt",
        ("excerpt",),
        ("excerpt: the member leaves out 3 words at the start",),
        id="excerpt-drops-negation",
    ),
    pytest.param(
        "Die Mannschaft hat großartig gespielt",
        "Die Mannschaft hat grossartig gespielt",
        {},
        "orthographic",
        ("orthographic",),
        ("ß/ss: großartig ~ grossartig",),
        id="grossartig",
    ),
]


@pytest.mark.parametrize(("reference", "member", "options", "variant", "changes", "evidence"), PAIRS)
def test_label(
    reference: str, member: str, options: dict, variant: str, changes: tuple, evidence: tuple
) -> None:
    result = compare(reference, member, **options)
    assert (result.variant, result.changes, result.evidence) == (variant, changes, evidence)


def test_every_label_is_covered() -> None:
    assert {p.values[3] for p in PAIRS} == {"identical", *SEVERITY}


def test_changes_are_ordered_by_severity_and_start_with_the_variant() -> None:
    for p in PAIRS:
        changes = p.values[4]
        assert list(changes) == sorted(changes, key=SEVERITY.index)
        assert not changes or changes[0] == p.values[3]


def test_ops_cover_the_changed_words_with_offsets_into_both_texts() -> None:
    reference, member = "Die Schule wird nicht geschlossen", "Die Schule wird geschlossen"
    result = compare(reference, member)
    assert [
        (op.tag, reference[op.a_start : op.a_end], member[op.b_start : op.b_end], op.label)
        for op in result.ops
    ] == [
        ("equal", "Die Schule wird", "Die Schule wird", None),
        ("delete", "nicht", "", "meaning"),
        ("equal", "geschlossen", "geschlossen", None),
    ]
    assert result.score == pytest.approx(2 * 4 / 9, abs=1e-4)


def test_spelling_inside_an_aligned_run_gets_its_own_op() -> None:
    reference, member = "Der Schaden ist groß", "Der Schaden ist gross"
    ops = compare(reference, member).ops
    assert [(op.tag, member[op.b_start : op.b_end], op.label) for op in ops] == [
        ("equal", "Der Schaden ist", None),
        ("replace", "gross", "orthographic"),
    ]
    assert ops[0].to_json() == ["equal", 0, 15, 0, 15, None]


def test_indirect_members_carry_only_their_label() -> None:
    result = compare("Die Lage ist ernst, sagte er.", "die Lage sei ernst", member_kind="indirect")
    assert result.changes == ("wording",)
    assert "verb mood: ist → sei" in result.evidence


def test_names_known_to_the_cluster_count_as_names() -> None:
    plain = compare("Das hat Kessler entschieden", "Das hat Brenner entschieden")
    known = compare(
        "Das hat Kessler entschieden", "Das hat Brenner entschieden", names={"kessler", "brenner"}
    )
    assert plain.variant == "wording"
    assert (known.variant, known.evidence) == ("meaning", ("name changed: 'Kessler' → 'Brenner'",))
