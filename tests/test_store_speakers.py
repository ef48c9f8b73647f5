"""One speaker across articles: name keys, compatibility, resolution, manual decisions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quoteverify.records import Article, Quote
from quoteverify.store import Analysed, Store, StoreError
from quoteverify.store.names import compatible, fold, parse_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Joaquín Ferreyra", "joaquin ferreyra"),
        ("Straße", "STRASSE"),
        ("Albers’", "Albers'"),
        ("Hans–Peter  Kühn", "Hans-Peter Kuhn"),
    ],
)
def test_fold(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("raw", "display", "kind", "given", "surname"),
    [
        ("Wladimir Putin", "Wladimir Putin", "person", ("wladimir",), "putin"),
        ("Putin", "Putin", "person", (), "putin"),
        ("Hasselbrücks Bürgermeister Jens Thielemann", "Jens Thielemann", "person", ("jens",), "thielemann"),
        ("Russlands Präsident Wladimir Putin", "Wladimir Putin", "person", ("wladimir",), "putin"),
        ("Dr. Petra Albers", "Petra Albers", "person", ("petra",), "albers"),
        ("Ursula von der Leyen", "Ursula von der Leyen", "person", ("ursula",), "leyen"),
        ("von der Leyen", "von der Leyen", "person", (), "leyen"),
        ("Hans-Jürgen Brandt", "Hans-Jürgen Brandt", "person", ("hans-jurgen",), "brandt"),
        ("Innenministerium", "Innenministerium", "organisation", (), None),
        ("IG Metall", "IG Metall", "organisation", (), None),
        ("CDU-Landtagsfraktion", "CDU-Landtagsfraktion", "organisation", (), None),
        ("Polizei Talbot", "Polizei Talbot", "organisation", (), None),
        ("ein Sprecher des Unternehmens", "ein Sprecher des Unternehmens", "person", (), None),
    ],
)
def test_parse_name(raw: str, display: str, kind: str, given: tuple[str, ...], surname: str | None) -> None:
    name = parse_name(raw)
    assert (name.display, name.kind, name.given, name.surname) == (display, kind, given, surname)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Putin", "Wladimir Putin", True),
        ("W. Putin", "Wladimir Putin", True),
        ("Wladimir Wladimirowitsch Putin", "Wladimir Putin", True),
        ("Ljudmila Putin", "Wladimir Putin", False),  # never two different first names
        ("Hans-Jürgen Brandt", "Hans Brandt", False),
        ("Anna Rausch", "Anna Rauch", False),
        ("Joaquín Ferreyra", "Joaquin Ferreyra", True),
        ("Innenministerium", "innenministerium", True),
        ("Innenministerium", "Finanzministerium", False),
        ("ein Sprecher", "Sprecher", False),
    ],
)
def test_compatible(a: str, b: str, same: bool) -> None:
    assert compatible(parse_name(a), parse_name(b)) is same
    assert compatible(parse_name(b), parse_name(a)) is same


# -- resolution in the database -------------------------------------------------------


def _article(article_id: str, *speakers: str | None, outlet: str = "Talboter Bote") -> Analysed:
    """An article with one direct quote per speaker, written by hand (no pipeline)."""
    parts, quotes = [], []
    pos = 0
    for i, speaker in enumerate(speakers, 1):
        words = f"Satz {i} von {article_id}"
        sentence = f"„{words}“, sagte {speaker or 'jemand'}. "
        quotes.append(Quote(article_id, pos + 1, pos + 1 + len(words), words, "direct", i, speaker=speaker,
                            confidence=0.9, rule="cue-after"))  # fmt: skip
        parts.append(sentence)
        pos += len(sentence)
    return Analysed(Article(article_id, "".join(parts), outlet=outlet), quotes)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "zitate.db") as opened:
        yield opened


def _speakers(store: Store) -> dict[str, tuple[int, tuple[str, ...]]]:
    return {row.name: (row.quotes, row.aliases) for row in store.speakers()}


def test_surname_then_full_name_become_one_speaker(store: Store) -> None:
    store.write([_article("a1", "Putin", "Putin")])
    store.write([_article("a2", "Wladimir Putin")])
    assert _speakers(store) == {"Wladimir Putin": (3, ("Putin",))}


def test_full_name_then_surname_and_role_forms(store: Store) -> None:
    store.write([_article("a1", "Wladimir Putin"),
                 _article("a2", "Putin", "Russlands Präsident Wladimir Putin")])  # fmt: skip
    assert _speakers(store) == {"Wladimir Putin": (3, ("Putin", "Russlands Präsident Wladimir Putin"))}


@pytest.mark.parametrize("batches", [1, 2])
def test_different_first_names_stay_apart_and_a_bare_surname_is_ambiguous(store: Store, batches: int) -> None:
    articles = [_article("a1", "Wladimir Putin", "Ljudmila Putin"), _article("a2", "Putin")]
    if batches == 1:
        store.write(articles)
    else:
        store.write(articles[:1])
        store.write(articles[1:])
    assert _speakers(store) == {
        "Wladimir Putin": (1, ()),
        "Ljudmila Putin": (1, ()),
        "Putin": (1, ()),  # could be either: a row of its own
    }


def test_organisations_only_match_their_own_name(store: Store) -> None:
    store.write([_article("a1", "Innenministerium", "IG Metall"), _article("a2", "innenministerium")])
    assert _speakers(store) == {"Innenministerium": (2, ()), "IG Metall": (1, ())}


def test_a_body_the_attribution_knew_stays_apart_from_a_person_of_that_surname(store: Store) -> None:
    """Verdi, named after die Gewerkschaft, is a body: not Giulia Verdi's quote."""
    union = _article("a1", "Verdi")
    union.quotes[0].extra["organisation"] = True
    store.write([union, _article("a2", "Giulia Verdi")])
    kinds = {row.name: row.kind for row in store.speakers()}
    assert kinds == {"Verdi": "organisation", "Giulia Verdi": "person"}


@pytest.mark.parametrize("batches", [1, 2])
def test_a_bare_name_opening_one_organisation_is_that_organisation(store: Store, batches: int) -> None:
    """Hallberg, in an article that never says what it is, after Hallberg Antriebstechnik."""
    company = _article("a1", "Hallberg Antriebstechnik")
    company.quotes[0].extra["organisation"] = True
    articles = [company, _article("a2", "Hallberg")]
    if batches == 1:
        store.write(articles)
    else:
        store.write(articles[:1])
        store.write(articles[1:])
    assert _speakers(store) == {"Hallberg Antriebstechnik": (2, ("Hallberg",))}


def test_a_bare_name_a_person_carries_stays_with_the_person(store: Store) -> None:
    company = _article("a1", "Hallberg Antriebstechnik")
    company.quotes[0].extra["organisation"] = True
    store.write([company, _article("a2", "Hallberg", "Jonas Hallberg")])
    assert _speakers(store) == {"Hallberg Antriebstechnik": (1, ()), "Jonas Hallberg": (2, ("Hallberg",))}


def test_a_bare_name_opening_two_organisations_stays_apart(store: Store) -> None:
    first, second = _article("a1", "Hallberg Antriebstechnik"), _article("a2", "Hallberg Logistik")
    for article in (first, second):
        article.quotes[0].extra["organisation"] = True
    store.write([first, second, _article("a3", "Hallberg")])
    assert set(_speakers(store)) == {"Hallberg Antriebstechnik", "Hallberg Logistik", "Hallberg"}


def test_unattributed_quotes_have_no_speaker(store: Store) -> None:
    store.write([_article("a1", None, "Anna Rausch")])
    assert _speakers(store) == {"Anna Rausch": (1, ())}
    assert [q.speaker_canonical for q in store.quotes()] == [None, "Anna Rausch"]


def test_merge_and_alias_fix_the_rules_and_survive_reingest(store: Store) -> None:
    store.write([_article("a1", "Anna Rausch", "Bürgermeisterin"), _article("a2", "A. Rauch")])
    assert set(_speakers(store)) == {"Anna Rausch", "Bürgermeisterin", "A. Rauch"}

    store.merge_speakers("Anna Rausch", "A. Rauch")  # a typo in one outlet
    store.alias_speaker("Anna Rausch", "Bürgermeisterin")  # the role always means her here
    assert _speakers(store) == {"Anna Rausch": (3, ("A. Rauch", "Bürgermeisterin"))}

    # Re-ingesting changed versions of both articles: the decisions still hold.
    changed = _article("a1", "Anna Rausch", "Bürgermeisterin", "A. Rauch")
    store.write([Analysed(Article("a1", changed.article.text + " Neu."), changed.quotes),
                 _article("a2", "A. Rauch", "Bürgermeisterin")])  # fmt: skip
    assert _speakers(store) == {"Anna Rausch": (5, ("A. Rauch", "Bürgermeisterin"))}
    # ... and they apply to articles never seen before
    store.write([_article("a3", "A. Rauch")])
    assert _speakers(store)["Anna Rausch"][0] == 6


def test_alias_moves_only_the_quotes_under_that_name(store: Store) -> None:
    store.write([_article("a1", "Wladimir Putin", "Putin")])
    store.write([_article("a2", "Ljudmila Putin")])
    assert _speakers(store)["Wladimir Putin"] == (2, ("Putin",))
    store.alias_speaker("Ljudmila Putin", "Putin")
    assert _speakers(store) == {"Wladimir Putin": (1, ()), "Ljudmila Putin": (2, ("Putin",))}


def test_unknown_speakers_are_errors(store: Store) -> None:
    store.write([_article("a1", "Anna Rausch")])
    with pytest.raises(StoreError, match="no speaker named 'Otto Niemand'"):
        store.merge_speakers("Anna Rausch", "Otto Niemand")
    with pytest.raises(StoreError, match="no speaker named 'Otto Niemand'"):
        store.alias_speaker("Otto Niemand", "Anna Rausch")
    store.alias_speaker("Anna Rausch", "Die Bürgermeisterin")  # an alias may be new
    assert store.conn.execute("SELECT count(*) FROM speaker_decisions").fetchone() == (1,)


def test_speakers_without_quotes_are_pruned_after_replacement(store: Store) -> None:
    store.write([_article("a1", "Anna Rausch", "Otto Brenner")])
    store.write([Analysed(Article("a1", "Neu."), [])])
    assert _speakers(store) == {}
