"""Ingest: new / unchanged / replaced, bad inputs, analysis once per article, batches, workers."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from ingest_corpus import article, expected_quotes, write_jsonl

import quoteverify.ingest as ingest_module
from quoteverify.ingest import IngestSummary, ingest
from quoteverify.io import InputError
from quoteverify.records import Article
from quoteverify.store import Store


def _run(inputs: list[str], db: Path, **kwargs: object) -> tuple[IngestSummary, list[str]]:
    errors: list[str] = []
    summary = ingest(inputs, db, on_error=lambda e: errors.append(str(e)), **kwargs)  # type: ignore[arg-type]
    return summary, errors


def _counts(summary: IngestSummary) -> tuple[int, ...]:
    return (summary.new, summary.unchanged, summary.replaced, summary.failed, summary.quotes_added,
            summary.quotes_removed)  # fmt: skip


def _quote_rows(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    return conn.execute(
        'SELECT a.external_id, q.start, q."end", q.text, q.kind, q.statement, q.speaker_name, s.name,'
        " q.cue_text, q.confidence, q.rule FROM quotes q JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY a.external_id, q.start"
    ).fetchall()


def test_new_then_unchanged_then_replaced(tmp_path: Path) -> None:
    corpus = tmp_path / "korpus.jsonl"
    rows = write_jsonl(corpus, range(5))
    expected = expected_quotes(rows)
    db = tmp_path / "zitate.db"

    summary, errors = _run([str(corpus)], db)
    assert (_counts(summary), errors) == ((5, 0, 0, 0, sum(expected.values()), 0), [])
    first = _quote_rows(db)
    assert len(first) == sum(expected.values())

    summary, _ = _run([str(corpus)], db)  # unchanged: a no-op
    assert _counts(summary) == (0, 5, 0, 0, 0, 0)
    assert _quote_rows(db) == first

    changed = article(2)
    changed["text"] = f"{changed['text']} „Wir sind froh“, sagte Rausch.".replace("Montag", "Dienstag")
    rows = [changed if r["id"] == "art-00002" else r for r in rows]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    now = expected_quotes(rows)
    summary, _ = _run([str(corpus)], db)
    assert _counts(summary) == (0, 4, 1, 0, now["art-00002"], expected["art-00002"])
    with Store.open(db) as store:
        texts = [q.quote.text for q in store.quotes(search="froh")]
        assert texts == ["Wir sind froh"]
        assert store.conn.execute("SELECT count(*) FROM articles").fetchone() == (5,)
        assert store.conn.execute("SELECT count(*) FROM quotes").fetchone() == (sum(now.values()),)
        stored = [q.quote for q in store.quotes() if q.quote.article_id == "art-00002"]
        assert len(stored) == now["art-00002"]  # the old quotes are gone, the new ones fit the new text
        assert all(str(changed["text"])[q.start : q.end] == q.text for q in stored)


def test_force_reanalyses_unchanged_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "korpus.jsonl"
    expected = expected_quotes(write_jsonl(corpus, range(3)))
    db = tmp_path / "zitate.db"
    _run([str(corpus)], db)
    summary, _ = _run([str(corpus)], db, force=True, outlet="Talboter Bote")
    total = sum(expected.values())
    assert _counts(summary) == (0, 0, 3, 0, total, total)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT DISTINCT outlet FROM articles").fetchall() == [("Talboter Bote",)]
    assert conn.execute("SELECT count(*) FROM quotes").fetchone() == (total,)


def test_metadata_is_stored(tmp_path: Path) -> None:
    story = tmp_path / "bruecke.txt"
    story.write_text(
        "Brücke für Talbot\n\nTalbot, 12.03.2026 (dpa) - „Wir bauen die Brücke neu“, sagte Bürgermeisterin "
        "Anna Rausch am Donnerstag.\n\nLesen Sie auch: „Die alte Brücke“, sagte Rausch 2024\n\nAFP, epd",
        encoding="utf-8",
    )
    db = tmp_path / "zitate.db"
    summary, errors = _run([str(story)], db, outlet="Talboter Bote")
    assert (summary.new, errors) == (1, [])
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT external_id, outlet, agencies, published, title, source, nlp_backend, boilerplate"
        " FROM articles"
    ).fetchone()
    assert row[:6] == ("bruecke", "Talboter Bote", '["dpa", "AFP", "epd"]', "2026-03-12", "Brücke für Talbot",
                       str(story))  # fmt: skip
    assert row[6] == "light"
    assert [b["reason"] for b in json.loads(row[7])] == ["navigation"]
    quoted = [q[3] for q in _quote_rows(db)]
    assert "Wir bauen die Brücke neu" in quoted
    assert "Die alte Brücke" not in quoted  # a promotion line is not news


def test_bad_inputs_among_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "gut.txt"
    good.write_text("„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Rausch.", encoding="utf-8")
    binary = tmp_path / "bild.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    lines = tmp_path / "korpus.jsonl"
    lines.write_text(json.dumps(article(1)) + "\nkein json\n" + json.dumps({"id": "x"}) + "\n", "utf-8")
    missing = tmp_path / "fehlt.txt"
    db = tmp_path / "zitate.db"
    summary, errors = _run([str(binary), str(good), str(missing), str(lines)], db)
    assert errors == [
        f"{binary}: binary file, not text",
        f"{missing}: no such file",
        f"{lines}:2: not valid JSON (Expecting value at column 1)",
        f"{lines}:3: missing required field 'text'",
    ]
    assert _counts(summary)[:4] == (2, 0, 0, 4)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT external_id FROM articles ORDER BY external_id").fetchall() == [
        ("art-00001",), ("gut",),
    ]  # fmt: skip


def test_a_failing_analysis_is_an_error_and_writes_nothing_of_that_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "korpus.jsonl"
    write_jsonl(corpus, range(3))
    real = ingest_module.extract_news_quotes

    def flaky(art: Article, **kwargs: object) -> object:
        if art.id == "art-00001":
            raise ValueError("Regel kaputt")
        return real(art, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_module, "extract_news_quotes", flaky)
    summary, errors = _run([str(corpus)], tmp_path / "zitate.db")
    assert errors == [f"{corpus}:2: analysis failed (ValueError: Regel kaputt)"]
    assert _counts(summary)[:4] == (2, 0, 0, 1)
    conn = sqlite3.connect(tmp_path / "zitate.db")
    assert conn.execute("SELECT count(*) FROM articles WHERE external_id = 'art-00001'").fetchone() == (0,)


def test_each_article_is_analysed_once_and_written_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "korpus.jsonl"
    write_jsonl(corpus, range(120))
    analysed: list[str] = []
    batches: list[int] = []
    real_analyse, real_write = ingest_module.extract_news_quotes, Store.write

    def counting_analyse(art: Article, **kwargs: object) -> object:
        analysed.append(art.id)
        return real_analyse(art, **kwargs)  # type: ignore[arg-type]

    def counting_write(self: Store, batch: list, **kwargs: bool) -> object:
        batches.append(len(batch))
        return real_write(self, batch, **kwargs)

    monkeypatch.setattr(ingest_module, "extract_news_quotes", counting_analyse)
    monkeypatch.setattr(Store, "write", counting_write)
    db = tmp_path / "zitate.db"
    _run([str(corpus)], db, batch_size=50)
    assert sorted(analysed) == [f"art-{i:05d}" for i in range(120)]
    assert batches == [50, 50, 20]
    analysed.clear()
    _run([str(corpus)], db, batch_size=50)
    assert analysed == []  # unchanged articles are not analysed again


def test_workers_store_the_same_as_one_process(tmp_path: Path) -> None:
    corpus = tmp_path / "korpus.jsonl"
    write_jsonl(corpus, range(40))
    one, two = tmp_path / "eins.db", tmp_path / "zwei.db"
    _run([str(corpus)], one)
    summary, errors = _run([str(corpus)], two, workers=2, batch_size=7)
    assert (_counts(summary)[:4], errors) == ((40, 0, 0, 0), [])
    assert _quote_rows(two) == _quote_rows(one)


def test_template_lines_learnt_across_an_outlets_articles(tmp_path: Path) -> None:
    footer = "Der Talboter Bote erscheint täglich außer sonntags – „Ihre Zeitung“"
    rows = [dict(article(i), outlet="Talboter Bote") for i in range(3)]
    for row in rows:
        row["text"] = f"{row['text']}\n\n{footer}"
    corpus = tmp_path / "korpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    _run([str(corpus)], tmp_path / "zitate.db")
    conn = sqlite3.connect(tmp_path / "zitate.db")
    for text, boilerplate in conn.execute("SELECT text, boilerplate FROM articles"):
        assert [(b["reason"], text[b["start"] : b["end"]]) for b in json.loads(boilerplate)] == [
            ("template", footer)
        ]


def test_stdin(tmp_path: Path) -> None:
    text = "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Rausch."
    summary, _ = _run(["-"], tmp_path / "zitate.db", stdin=io.BytesIO(text.encode()))
    assert (summary.new, summary.quotes_added) == (1, 1)


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="workers"):
        ingest([], tmp_path / "x.db", workers=0)
    assert InputError("a", "b")  # the error record the callbacks receive
