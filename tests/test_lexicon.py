"""Tests for quoteverify.lexicon and the data files it loads."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

import pytest

from quoteverify import lexicon
from quoteverify.lexicon import RoleNoun, SpeechVerb

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = [
    "speech_verbs.tsv",
    "speech_nouns.txt",
    "source_markers.tsv",
    "role_nouns.tsv",
    "role_suffixes.txt",
    "title_cues.txt",
    "lowercase_title_cues.txt",
    "slogan_cues.txt",
    "speech_complements.tsv",
    "agencies.tsv",
    "addressee_verbs.txt",
    "abstract_nouns.txt",
    "body_hypernyms.tsv",
    "body_head_genders.tsv",
    "parties.tsv",
]


def _data(name: str) -> str:
    return (resources.files("quoteverify") / "data" / name).read_text(encoding="utf-8")


# -- speech verbs: specific forms ------------------------------------------------

FORMS = [
    # form, lemma, particle, class
    ("sagte", "sagen", "", "say"),
    ("gesagt", "sagen", "", "say"),
    ("sage", "sagen", "", "say"),
    ("teilte", "mitteilen", "mit", "say"),
    ("teilt", "mitteilen", "mit", "say"),
    ("mitteilte", "mitteilen", "mit", "say"),
    ("mitgeteilt", "mitteilen", "mit", "say"),
    ("mitzuteilen", "mitteilen", "mit", "say"),
    ("mitteilen", "mitteilen", "mit", "say"),
    ("sprach", "sprechen", "", "frame"),
    ("spricht", "sprechen", "", "frame"),
    ("spräche", "sprechen", "", "frame"),
    ("gesprochen", "sprechen", "", "frame"),
    ("betonte", "betonen", "", "say"),
    ("bekräftigt", "bekräftigen", "", "say"),
    ("räumte", "einräumen", "ein", "say"),
    ("eingeräumt", "einräumen", "ein", "say"),
    ("einzuräumen", "einräumen", "ein", "say"),
    ("hinzugefügt", "hinzufügen", "hinzu", "say"),
    ("fügte", "hinzufügen", "hinzu", "say"),
    ("hinzuzufügen", "hinzufügen", "hinzu", "say"),
    ("wies", "hinweisen", "hin", "say"),
    ("hingewiesen", "hinweisen", "hin", "say"),
    ("zurückgewiesen", "zurückweisen", "zurück", "say"),
    ("rief", "rufen", "", "say"),
    ("aufgerufen", "aufrufen", "auf", "say"),
    ("schrieb", "schreiben", "", "write"),
    ("geschrieben", "schreiben", "", "write"),
    ("twitterte", "twittern", "", "write"),
    ("nannte", "nennen", "", "frame"),
    ("genannt", "nennen", "", "frame"),
    ("bezeichnete", "bezeichnen", "", "frame"),
    ("fragte", "fragen", "", "ask"),
    ("gestand", "gestehen", "", "say"),
    ("gestünde", "gestehen", "", "say"),
    ("zugegeben", "zugeben", "zu", "say"),
    ("zuzugeben", "zugeben", "zu", "say"),
    ("gab", "angeben", "an", "say"),
    ("angab", "angeben", "an", "say"),
    ("wandte", "einwenden", "ein", "say"),
    ("eingewendet", "einwenden", "ein", "say"),
    ("kündigte", "ankündigen", "an", "say"),
    ("angekündigt", "ankündigen", "an", "say"),
    ("bat", "bitten", "", "say"),
    ("empfiehlt", "empfehlen", "", "say"),
    ("riet", "raten", "", "say"),
    ("verrät", "verraten", "", "say"),
    ("entgegnete", "entgegnen", "", "say"),
    ("antwortete", "antworten", "", "say"),
    ("widersprach", "widersprechen", "", "say"),
    ("bestritt", "bestreiten", "", "say"),
    ("unterstrich", "unterstreichen", "", "say"),
    ("schloss", "schließen", "", "say"),
    ("fand", "finden", "", "say"),
    ("resümierte", "resümieren", "", "say"),
    ("geschlussfolgert", "schlussfolgern", "", "say"),
    ("machte", "deutlich machen", "deutlich", "say"),
    ("tat", "abtun", "ab", "frame"),
    ("abgetan", "abtun", "ab", "frame"),
]


@pytest.mark.parametrize(("form", "lemma", "particle", "cls"), FORMS)
def test_speech_verb_form(form: str, lemma: str, particle: str, cls: str) -> None:
    assert lexicon.speech_verb_forms()[form] == SpeechVerb(lemma, particle, cls)


@pytest.mark.parametrize("word", ["sei", "zufolge", "laut", "heißt", "ist", "wurde", "so"])
def test_non_speech_verbs_absent(word: str) -> None:
    assert word not in lexicon.speech_verb_forms()


def test_speech_verb_inventory() -> None:
    verbs = lexicon.speech_verbs()
    assert 150 <= len(verbs) <= 210
    assert len({v.lemma for v in verbs}) == len(verbs)
    assert {v.cls for v in verbs} == lexicon.SPEECH_VERB_CLASSES
    assert {"mit", "hinzu", "ein", "an", "zu", "hin"} <= lexicon.speech_verb_particles()


def test_keys_are_lowercase_words() -> None:
    for form in lexicon.speech_verb_forms():
        assert form == form.lower() and form.isalpha(), form


def test_generated_tsv_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_speech_verbs", ROOT / "scripts" / "build_speech_verbs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render() == _data("speech_verbs.tsv"), "rerun scripts/build_speech_verbs.py"


# -- speech verbs: shared forms and their resolution --------------------------------


def test_bare_and_joined_forms_are_consistent() -> None:
    """needs_particle() is reliable: a bare stem form never starts with its particle,
    and every bare form of a (joined-spelling) separable verb has its joined twin."""
    table = lexicon._speech_verb_table()
    for verb, forms in table:
        if not verb.particle:
            assert not any(verb.needs_particle(f) for f in forms)
            continue
        bare = [f for f in forms if verb.needs_particle(f)]
        assert bare, verb
        if " " in verb.lemma:  # particle always written apart: deutlich machen
            assert len(bare) == len(forms)
        else:
            assert all(verb.particle + f in forms for f in bare), verb


def test_no_form_has_two_standalone_readings() -> None:
    """Two different verbs never both claim a form without needing a particle."""
    for form, readings in lexicon.speech_verb_candidates().items():
        standalone = [v for v in readings if not v.needs_particle(form)]
        assert len(standalone) <= 1, (form, standalone)


def test_preferred_reading_rule() -> None:
    """Chosen resolution: a reading that needs no particle wins, then file order."""
    order = {v: i for i, v in enumerate(lexicon.speech_verbs())}
    forms = lexicon.speech_verb_forms()
    for form, readings in lexicon.speech_verb_candidates().items():
        keys = [(v.needs_particle(form), order[v]) for v in readings]
        assert keys == sorted(keys), form
        assert forms[form] == readings[0]
    candidates = lexicon.speech_verb_candidates()
    assert [v.lemma for v in candidates["sagte"]][:2] == ["sagen", "zusagen"]
    assert {v.lemma for v in candidates["gab"]} == {
        "angeben",
        "bekanntgeben",
        "zugeben",
        "zurückgeben",
    }
    assert [v.lemma for v in candidates["wies"]] == ["hinweisen", "zurückweisen"]


@pytest.mark.parametrize(
    ("token", "particle", "initial", "lemma"),
    [
        ("sagte", None, False, "sagen"),
        ("sagte", "zu", False, "zusagen"),
        ("sagte", "aus", False, "aussagen"),
        ("sagte", "ab", False, None),  # absagen: not a speech verb
        ("teilte", None, False, None),  # teilen alone is not speech
        ("teilte", "mit", False, "mitteilen"),
        ("teilte", "MIT", False, "mitteilen"),
        ("mitteilte", None, False, "mitteilen"),
        ("mitteilte", "mit", False, None),  # joined form takes no separate particle
        ("gab", "an", False, "angeben"),
        ("gab", "zu", False, "zugeben"),
        ("gab", "bekannt", False, "bekanntgeben"),
        ("gab", None, False, None),
        ("wies", "zurück", False, "zurückweisen"),
        ("wies", "hin", False, "hinweisen"),
        ("forderte", None, False, "fordern"),
        ("forderte", "auf", False, "auffordern"),
        ("machte", "deutlich", False, "deutlich machen"),
        ("Fragen", None, False, None),  # capitalised: the noun
        ("Angaben", None, False, None),
        ("Fragen", None, True, "fragen"),
        ("Sagte", None, True, "sagen"),
        ("", None, False, None),
        ("Haus", None, True, None),
    ],
)
def test_resolve_speech_verb(
    token: str, particle: str | None, initial: bool, lemma: str | None
) -> None:
    verb = lexicon.resolve_speech_verb(token, particle, sentence_initial=initial)
    assert (verb.lemma if verb else None) == lemma


# -- the other lexicons -----------------------------------------------------------


@pytest.mark.parametrize("name", DATA_FILES)
def test_file_has_header(name: str) -> None:
    text = _data(name)
    assert text.startswith("# ")
    assert text.endswith("\n")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("format" in line.lower() for line in header), name


@pytest.mark.parametrize(
    "name",
    [
        "speech_nouns.txt",
        "title_cues.txt",
        "lowercase_title_cues.txt",
        "slogan_cues.txt",
        "addressee_verbs.txt",
        "abstract_nouns.txt",
        "institutions.txt",
        "function_words.txt",
    ],
)
def test_word_lists_have_no_duplicates(name: str) -> None:
    entries = [
        line.strip().lower()
        for line in _data(name).splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(entries) == len(set(entries))


def test_addressee_verbs_are_speech_verbs() -> None:
    lemmas = {verb.lemma for verb in lexicon.speech_verbs()}
    addressed = lexicon.addressee_verbs()
    assert {"auffordern", "vorwerfen", "bitten"} <= addressed
    assert addressed - lemmas == set()


def test_speech_nouns() -> None:
    nouns = lexicon.speech_nouns()
    assert {
        "angaben",
        "aussage",
        "worte",
        "zitat",
        "stellungnahme",
        "pressemitteilung",
        "interview",
        "erklärung",
        "mitteilung",
    } <= nouns
    assert all(n == n.lower() for n in nouns)
    assert len(nouns) >= 60


def test_source_markers() -> None:
    markers = lexicon.source_markers()
    assert markers["laut"] == "pre"
    assert markers["zufolge"] == "post"
    assert markers["nach angaben"] == "pre"
    assert markers["nach angaben von"] == "pre"
    assert markers["nach worten"] == "pre"
    assert markers["so"] == "pre"
    assert markers["gemäß"] == "pre"
    assert markers["heißt es"] == "none"
    assert set(markers.values()) == lexicon.MARKER_POSITIONS


def test_role_nouns() -> None:
    roles = lexicon.role_nouns()
    assert roles["kremlchef"] == RoleNoun("Kremlchef", "m", "head_of_state:ru")
    assert roles["russischer präsident"].cls == "head_of_state:ru"
    assert roles["präsident russlands"].cls == "head_of_state:ru"
    assert roles["kanzlerin"] == RoleNoun("Kanzlerin", "f", "head_of_government")
    assert roles["regierungschef"].cls == "head_of_government"
    assert roles["landrätin"].gender == "f"
    assert roles["vorsitzende"].gender == "x"
    assert roles["vorsitzender"].gender == "m"
    assert len(roles) >= 150
    for key, role in roles.items():
        assert key == role.noun.lower()
        if role.noun.endswith("in") and role.noun[-3] not in "aeiou":
            assert role.gender == "f", role


def test_role_suffixes_and_lookup() -> None:
    suffixes = lexicon.role_suffixes()
    assert suffixes["minister"] == "m"
    assert suffixes["ministerin"] == "f"
    assert suffixes["vorsitzende"] == "x"
    lengths = [len(s) for s in suffixes]
    assert lengths == sorted(lengths, reverse=True)  # longest first
    for suffix, gender in suffixes.items():
        if suffix.endswith("in") and suffix[:-2] in suffixes:
            assert gender == "f", suffix
    assert lexicon.role_noun("Außenministerin") == RoleNoun("Außenministerin", "f", "minister")
    assert lexicon.role_noun("Verdi-Chef") == RoleNoun("Verdi-Chef", "m", "head")
    assert lexicon.role_noun("Klimaexpertin") == RoleNoun("Klimaexpertin", "f", "expert")
    assert lexicon.role_noun("kremlchef") == RoleNoun("Kremlchef", "m", "head_of_state:ru")
    assert lexicon.role_noun("Minister") == RoleNoun("Minister", "m", "minister")
    assert lexicon.role_noun("Haus") is None


def test_speech_complements_name_known_speech_verbs() -> None:
    pairs = lexicon.speech_complements()
    assert {("warnen", "vor"), ("sprechen", "von"), ("zurückweisen", "als")} <= pairs
    lemmas = {verb.lemma for verb in lexicon.speech_verbs()}
    assert {lemma for lemma, _ in pairs} <= lemmas


@pytest.mark.parametrize(
    ("lemma", "abstract"),
    [
        ("Forderung", True), ("Konjunktur", True), ("Online-Durchsuchung", True),
        ("Einführung", True),  # a verb particle before the collective ending
        ("Regierung", False), ("Landesregierung", False),  # bodies speak
        ("Parteiführung", False), ("Mehrheit", False),  # collectives of people speak
        ("Ministerin", False), ("Sprecher", False),
    ],
)
def test_abstract_nouns(lemma: str, abstract: bool) -> None:
    assert lexicon.is_abstract_noun(lemma) is abstract


@pytest.mark.parametrize(
    ("noun", "body"),
    [
        ("Polizei", True), ("Innenministerium", True), ("Tiefbauamt", True),
        ("Klinikleitung", True), ("Parteiführung", True),  # the management of a body speaks for it
        ("Einführung", False), ("Umleitung", False),  # a verb particle before the ending: an act
        ("Verkehrs-Club", True),  # the part after the hyphen is a body, however short
        ("Bundeskanzlei", True), ("Klinikum", True),  # a chancellery, a hospital
        ("Ehrenamt", False), ("Forderung", False),
    ],
)
def test_institutions(noun: str, body: bool) -> None:
    assert lexicon.is_institution(noun) is body


@pytest.mark.parametrize(
    "word, time_or_measure",
    [
        ("Abend", True),
        ("Sonntagabend", True),  # a compound of a starred word
        ("September", True),  # from date_words.tsv
        ("Prozent", True),
        ("Tag", True),
        ("Bundestag", False),  # "tag" matches only itself: a body that speaks
        ("Wirtschaftswoche", False),  # a magazine, not a week
        ("Ministerin", False),
    ],
)
def test_time_and_measure_nouns(word: str, time_or_measure: bool) -> None:
    assert lexicon.is_time_or_measure(word) is time_or_measure


def test_slogan_cues() -> None:
    cues = lexicon.slogan_cues()
    assert {"parolen", "sprüche", "aufschrift", "skandierten", "transparent"} <= cues
    assert "motto" not in cues  # the motto of an event is a name (title_cues.txt)


def test_lowercase_title_cues_are_title_cues() -> None:
    cues = lexicon.lowercase_title_cues()
    assert {"magazin", "zeitschrift", "bereich"} <= cues
    assert "plan" not in cues  # der Plan „handwerkliche Fehler“: an object, not a title
    assert cues <= lexicon.title_cues()


def test_title_cues() -> None:
    cues = lexicon.title_cues()
    assert {
        "buch",
        "roman",
        "film",
        "serie",
        "talkshow",
        "fähre",
        "operation",
        "motto",
        "hashtag",
        "unwort des jahres",
        "wort des jahres",
        "preis",
    } <= cues
    assert len(cues) >= 80


def test_agencies() -> None:
    agencies = lexicon.agencies()
    assert agencies["dpa"] == agencies["DPA"] == agencies["dpa-AFX"] == "dpa"
    assert agencies["afp"] == agencies["AFP"] == "AFP"
    assert agencies["Keystone-SDA"] == "SDA"
    assert agencies["Reuters"] == "Reuters"
    assert agencies["ap"] == "AP"
    for canonical in set(agencies.values()):
        assert agencies[canonical] == canonical


# -- malformed data ------------------------------------------------------------------


@pytest.fixture
def fake_data(monkeypatch: pytest.MonkeyPatch):
    """Swap in data file contents; caches are cleared before and after."""
    files: dict[str, str] = {}
    monkeypatch.setattr(lexicon, "_read_text", lambda name: files[name])
    lexicon.clear_caches()
    yield files
    lexicon.clear_caches()


HEADER = "# a comment\n\n"


def test_body_hypernyms_expand_companies_and_put_long_heads_first(fake_data: dict[str, str]) -> None:
    fake_data["body_types.tsv"] = HEADER + "Firma\tcompany\nAnbieter\tcompany\nZeitung\tbody\n"
    fake_data["body_hypernyms.tsv"] = HEADER + "Unternehmen\t@company,unternehmen\nHaus\t@any\n"
    assert lexicon.body_hypernyms() == {"unternehmen": ("unternehmen", "anbieter", "firma"), "haus": ()}


@pytest.mark.parametrize(
    ("name", "body", "loader", "message"),
    [
        (
            "speech_verbs.tsv",
            "sagen\t\tsay\tsagen,sagte\nreden\tsay\treden\n",
            "speech_verb_forms",
            "speech_verbs.tsv, line 4: expected 4 tab-separated fields, got 3",
        ),
        (
            "speech_verbs.tsv",
            "sagen\t\tshout\tsagen\n",
            "speech_verb_forms",
            "speech_verbs.tsv, line 3: unknown class 'shout'",
        ),
        (
            "speech_verbs.tsv",
            "sagen\t\tsay\tsagen,Sagte\n",
            "speech_verb_forms",
            "speech_verbs.tsv, line 3: bad form 'Sagte'",
        ),
        (
            "speech_verbs.tsv",
            "sagen\t\tsay\tsagen,,sagte\n",
            "speech_verb_forms",
            "speech_verbs.tsv, line 3: bad form ''",
        ),
        (
            "speech_verbs.tsv",
            "mitteilen\tmit\tsay\tteilte\nmitteilen\tmit\tsay\tteilt\n",
            "speech_verb_candidates",
            "speech_verbs.tsv, line 4: duplicate lemma 'mitteilen' (first on line 3)",
        ),
        (
            "speech_verbs.tsv",
            "teilen\tmit\tsay\tteilte\n",
            "speech_verbs",
            "speech_verbs.tsv, line 3: lemma 'teilen' does not start with particle 'mit'",
        ),
        (
            "speech_verbs.tsv",
            "\t\tsay\tsagte\n",
            "speech_verb_particles",
            "speech_verbs.tsv, line 3: empty field 1",
        ),
        (
            "speech_nouns.txt",
            "Aussage\nZitat\tZitate\n",
            "speech_nouns",
            "speech_nouns.txt, line 4: expected 1 field, got 2 tab-separated fields",
        ),
        (
            "title_cues.txt",
            "Buch\tn\n",
            "title_cues",
            "title_cues.txt, line 3: expected 1 field, got 2 tab-separated fields",
        ),
        (
            "source_markers.tsv",
            "laut\tpre\nzufolge\tafter\n",
            "source_markers",
            "source_markers.tsv, line 4: unknown position 'after'",
        ),
        (
            "source_markers.tsv",
            "laut\tpre\nLaut\tpre\n",
            "source_markers",
            "source_markers.tsv, line 4: duplicate marker 'laut' (first on line 3)",
        ),
        (
            "role_nouns.tsv",
            "Kanzler\tm\thead_of_government\nKanzlerin\tw\tx\n",
            "role_nouns",
            "role_nouns.tsv, line 4: unknown gender 'w'",
        ),
        (
            "role_nouns.tsv",
            "Kanzler\tm\tHead Of Government\n",
            "role_nouns",
            "role_nouns.tsv, line 3: bad role class 'Head Of Government'",
        ),
        (
            "role_nouns.tsv",
            "Kanzler\tm\tchancellor\nkanzler\tm\tchancellor\n",
            "role_nouns",
            "role_nouns.tsv, line 4: duplicate noun 'kanzler' (first on line 3)",
        ),
        (
            "institutions.txt",
            "Polizei\nJury\npolizei\n",
            "institutions",
            "institutions.txt, line 5: duplicate word 'polizei' (first on line 3)",
        ),
        (
            "role_nouns.tsv",
            "Kanzler\tm\n",
            "role_nouns",
            "role_nouns.tsv, line 3: expected 3 tab-separated fields, got 2",
        ),
        (
            "role_suffixes.txt",
            "minister\tm\n-chef\tm\n",
            "role_suffixes",
            "role_suffixes.txt, line 4: suffix must be lowercase letters: '-chef'",
        ),
        (
            "role_suffixes.txt",
            "minister\n",
            "role_suffixes",
            "role_suffixes.txt, line 3: expected 2 tab-separated fields, got 1",
        ),
        (
            "agencies.tsv",
            "dpa\tdpa,DPA\nAFP\tAFP,DPA\n",
            "agencies",
            "agencies.tsv, line 4: variant 'DPA' already belongs to 'dpa'",
        ),
        ("agencies.tsv", "dpa\tdpa,,DPA\n", "agencies", "agencies.tsv, line 3: empty variant"),
        ("parties.tsv", "Die Linke\tLinke\nLinkspartei\tLinke\n", "parties",
         "parties.tsv, line 4: form 'Linke' belongs to 'Die Linke' already"),
        ("body_head_genders.tsv", "dienst\tf\n", "body_head_genders",
         "body_head_genders.tsv, line 3: gender must be m or n, not 'f'"),
        ("body_hypernyms.tsv", "Behörde\tamt,Polizei\n", "body_hypernyms",
         "body_hypernyms.tsv, line 3: head must be lowercase letters or @company: 'Polizei'"),
    ],
)
def test_malformed_line(
    fake_data: dict[str, str], name: str, body: str, loader: str, message: str
) -> None:
    fake_data[name] = HEADER + body
    with pytest.raises(ValueError) as excinfo:
        getattr(lexicon, loader)()
    assert str(excinfo.value) == message


def test_comments_blank_lines_and_crlf(fake_data: dict[str, str]) -> None:
    fake_data["source_markers.tsv"] = "# header\r\n\r\n  # indented comment\r\nlaut\tpre\r\n\n"
    assert lexicon.source_markers() == {"laut": "pre"}


def test_caches_are_per_file(fake_data: dict[str, str]) -> None:
    fake_data["title_cues.txt"] = "Roman\n"
    assert lexicon.title_cues() == frozenset({"roman"})
    fake_data["title_cues.txt"] = "Film\n"
    assert lexicon.title_cues() == frozenset({"roman"})  # cached
    lexicon.clear_caches()
    assert lexicon.title_cues() == frozenset({"film"})
