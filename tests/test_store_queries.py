"""Queries: every filter of `quotes` and `articles`, full-text search, stats; writes are atomic."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from quoteverify.records import Article, Quote, Span
from quoteverify.store import Analysed, Store
from quoteverify.store.queries import fts_query
from quoteverify.store.text import normalise_quote


def _analysed(
    article_id: str,
    said: list[tuple[str, str | None, str]],
    *,
    outlet: str,
    agencies: tuple[str, ...] = (),
    published: str | None = None,
    title: str | None = None,
) -> Analysed:
    """One quote per (words, speaker, kind), each in its own sentence."""
    text, quotes = "", []
    for i, (words, speaker, kind) in enumerate(said, 1):
        start = len(text) + 1
        text += f"„{words}“, sagte {speaker or 'jemand'}. "
        cue = Span(start + len(words) + 3, start + len(words) + 8, "sagte")
        quotes.append(Quote(article_id, start, start + len(words), words, kind, i, speaker=speaker, cue=cue,
                            confidence=0.9, rule="cue-after"))  # fmt: skip
    article = Article(article_id, text, outlet=outlet, agencies=agencies, published=published, title=title)
    return Analysed(article, quotes, nlp_backend="light", nlp_version="test")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "zitate.db") as opened:
        opened.write(
            [
                _analysed("bote-1", [("Wir bauen die Brücke neu", "Anna Rausch", "direct"),
                                     ("unausgegoren", "Otto Brenner", "partial")],
                          outlet="Talboter Bote", agencies=("dpa",), published="2026-03-12T10:00:00+01:00",
                          title="Brücke für Talbot"),
                _analysed("kurier-1", [("Die Brücke kommt zu spät", "Rausch", "direct")],
                          outlet="Seekurier", agencies=("dpa", "AFP"), published="2026-03-13",
                          title="Spät, aber sie kommt"),
                _analysed("kurier-2", [("Das Geld fehlt", "Otto Brenner", "indirect")],
                          outlet="Seekurier", published="2026-03-20"),
                _analysed("ohne-datum", [("Die Straße bleibt gesperrt", None, "direct")],
                          outlet="Talboter Bote"),
            ]  # fmt: skip
        )
        yield opened


def _texts(rows: list) -> list[str]:
    return [row.quote.text for row in rows]


def test_all_quotes_by_date(store: Store) -> None:
    assert _texts(store.quotes()) == [
        "Wir bauen die Brücke neu", "unausgegoren", "Die Brücke kommt zu spät", "Das Geld fehlt",
        "Die Straße bleibt gesperrt",  # no date: last
    ]  # fmt: skip


def test_speaker_filter_is_alias_aware(store: Store) -> None:
    expected = ["Wir bauen die Brücke neu", "Die Brücke kommt zu spät"]
    assert _texts(store.quotes(speaker="Anna Rausch")) == expected
    assert _texts(store.quotes(speaker="Rausch")) == expected  # an alias
    assert _texts(store.quotes(speaker="anna RAUSCH")) == expected  # any case
    assert _texts(store.quotes(speaker="Brenner")) == ["unausgegoren", "Das Geld fehlt"]  # surname only
    assert store.quotes(speaker="Otto Niemand") == []
    store.alias_speaker("Anna Rausch", "Die Bürgermeisterin")
    assert _texts(store.quotes(speaker="die bürgermeisterin")) == expected


@pytest.mark.parametrize(
    ("filters", "texts"),
    [
        ({"outlet": "seekurier"}, ["Die Brücke kommt zu spät", "Das Geld fehlt"]),
        ({"agency": "AFP"}, ["Die Brücke kommt zu spät"]),
        ({"agency": "dpa"}, ["Wir bauen die Brücke neu", "unausgegoren", "Die Brücke kommt zu spät"]),
        ({"since": date(2026, 3, 13)}, ["Die Brücke kommt zu spät", "Das Geld fehlt"]),
        ({"until": date(2026, 3, 12)}, ["Wir bauen die Brücke neu", "unausgegoren"]),  # the whole day
        ({"since": date(2026, 3, 13), "until": date(2026, 3, 13)}, ["Die Brücke kommt zu spät"]),
        ({"kind": "partial"}, ["unausgegoren"]),
        ({"kind": "indirect"}, ["Das Geld fehlt"]),
        ({"limit": 2}, ["Wir bauen die Brücke neu", "unausgegoren"]),
        ({"outlet": "Seekurier", "speaker": "Brenner"}, ["Das Geld fehlt"]),
        ({"search": "Brücke"}, ["Wir bauen die Brücke neu", "Die Brücke kommt zu spät"]),
        ({"search": "brucke spät"}, ["Die Brücke kommt zu spät"]),  # all words, diacritics ignored
        ({"search": "Stra*"}, ["Die Straße bleibt gesperrt"]),  # a prefix
        ({"search": "Brücke", "outlet": "Talboter Bote"}, ["Wir bauen die Brücke neu"]),
        ({"search": 'CDU-Politiker "NEAR(x' + "'"}, []),  # FTS syntax characters are plain text
        ({"outlet": "x' OR '1'='1"}, []),  # parameters, not SQL
    ],
)
def test_quote_filters(store: Store, filters: dict, texts: list[str]) -> None:
    assert _texts(store.quotes(**filters)) == texts


def test_jsonl_rows_follow_the_contract_plus_source(store: Store) -> None:
    (row,) = store.quotes(search="unausgegoren")
    text = store.conn.execute("SELECT text FROM articles WHERE external_id = 'bote-1'").fetchone()[0]
    data = row.to_json()
    assert data == {
        "article": "bote-1", "start": 48, "end": 60, "text": "unausgegoren", "kind": "partial",
        "statement": 2, "speaker": "Otto Brenner", "speaker_mention": None,
        "cue": {"start": 63, "end": 68, "text": "sagte"}, "confidence": 0.9, "rule": "cue-after",
        "speaker_canonical": "Otto Brenner", "outlet": "Talboter Bote",
        "published": "2026-03-12T10:00:00+01:00", "url": None,
    }  # fmt: skip
    assert text[data["start"] : data["end"]] == data["text"]
    assert text[data["cue"]["start"] : data["cue"]["end"]] == "sagte"


def test_articles(store: Store) -> None:
    assert [(a.external_id, a.quotes, a.agencies) for a in store.articles()] == [
        ("kurier-2", 1, ()), ("kurier-1", 1, ("dpa", "AFP")), ("bote-1", 2, ("dpa",)), ("ohne-datum", 1, ()),
    ]  # fmt: skip
    assert [a.external_id for a in store.articles(search="spät")] == ["kurier-1"]  # title and text
    assert [a.external_id for a in store.articles(agency="afp", since=date(2026, 3, 1))] == ["kurier-1"]
    assert [a.external_id for a in store.articles(outlet="Talboter Bote", limit=1)] == ["bote-1"]


def test_stats(store: Store) -> None:
    stats = store.stats()
    assert json.loads(json.dumps(stats.to_json())) == {
        "articles": 4, "quotes": 5, "quotes_by_kind": {"direct": 3, "indirect": 1, "partial": 1},
        "attributed": 4, "speakers": 2, "organisations": 0, "aliases": 3,
        "outlets": {"Seekurier": 2, "Talboter Bote": 2}, "agencies": {"dpa": 2, "AFP": 1},
        "first_published": "2026-03-12T10:00:00+01:00", "last_published": "2026-03-20",
        "last_ingested": stats.last_ingested, "schema": "m004_clusters",
    }  # fmt: skip


def test_normalised_text_is_stored(store: Store) -> None:
    rows = store.conn.execute("SELECT normalised FROM quotes ORDER BY id").fetchall()
    assert rows[0] == ("wir bauen die brücke neu",)
    assert normalise_quote("„Die Straße ist groß …“") == normalise_quote("die strasse ist gross ...")


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('Wach* "neu" CDU-Politiker') == '"Wach"* """neu""" "CDU-Politiker"'


# -- writing ------------------------------------------------------------------------------


def test_unchanged_article_is_a_no_op_and_a_changed_one_replaces_its_quotes(store: Store) -> None:
    again = _analysed("kurier-1", [("Die Brücke kommt zu spät", "Rausch", "direct")], outlet="Seekurier",
                      agencies=("dpa", "AFP"), published="2026-03-13",
                      title="Spät, aber sie kommt")  # fmt: skip
    row_of = "SELECT id, ingested_at FROM articles WHERE external_id = 'kurier-1'"
    before = store.conn.execute(row_of).fetchone()
    result = store.write([again])
    assert (result.outcomes, result.quotes_added, result.quotes_removed) == ({"kurier-1": "unchanged"}, 0, 0)
    said = [("Die Brücke kommt viel zu spät", "Rausch", "direct"), ("Wir klagen", "Otto Brenner", "direct")]
    changed = _analysed("kurier-1", said, outlet="Seekurier")
    result = store.write([changed])
    assert (result.outcomes, result.quotes_added, result.quotes_removed) == ({"kurier-1": "replaced"}, 2, 1)
    after = store.conn.execute(row_of).fetchone()
    assert after[0] == before[0]  # the same row, updated
    assert _texts(store.quotes(outlet="Seekurier", search="Brücke")) == ["Die Brücke kommt viel zu spät"]
    assert _texts(store.quotes(search="kommt zu spät")) == ["Die Brücke kommt viel zu spät"]
    assert [a.external_id for a in store.articles(search="Wir klagen")] == ["kurier-1"]  # FTS on new text
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone() == (4,)


def test_a_failing_batch_writes_nothing(store: Store) -> None:
    good = _analysed("neu-1", [("Alles gut", "Anna Rausch", "direct")], outlet="Seekurier")
    bad = _analysed("neu-2", [("Kaputt", "Anna Rausch", "direct")], outlet="Seekurier")
    broken = Analysed(bad.article, [Quote("neu-2", 1, 7, "Kaputt", "zitat", 1, confidence=0.5)])  # bad kind
    with pytest.raises(Exception, match="CHECK constraint failed"):
        store.write([good, broken])
    count = "SELECT count(*) FROM articles WHERE external_id LIKE 'neu-%'"
    assert store.conn.execute(count).fetchone() == (0,)
    assert store.conn.execute("SELECT count(*) FROM quotes").fetchone() == (5,)
