"""The database commands through the CLI: exact output, errors, --db and $QUOTEVERIFY_DB, docs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_corpus import expected_quotes, write_jsonl
from typer.main import get_command
from typer.testing import CliRunner

from quoteverify.cli import app
from quoteverify.records import Article, Quote, Span
from quoteverify.store import Analysed, Store

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
STORY = (
    "Die Landrätin Petra Kühn sagte: „Wir bauen die Brücke neu.“ "
    "Der Plan sei „längst überfällig“, meinte sie. Die Fähre „Seestern“ fährt weiter.\n"
)


def _article(article_id: str, outlet: str, agencies: tuple[str, ...], speaker: str, mention: str,
             number: int) -> Analysed:  # fmt: skip
    """An article with two quotes by one speaker, written by hand: exact output needs no pipeline."""
    text = (
        f"„Wir setzen Projekt {number} noch in diesem Jahr um“, sagte {mention} am Montag. "
        f"„Die Kosten für Nummer {number} sind gedeckt“, sagte {speaker.split()[1]}."
    )
    quotes = []
    for statement, (words, who) in enumerate(
        [(f"Wir setzen Projekt {number} noch in diesem Jahr um", mention),
         (f"Die Kosten für Nummer {number} sind gedeckt", speaker.split()[1])], 1
    ):  # fmt: skip
        start = text.index(words)
        cue = text.index("sagte", start)
        quotes.append(Quote(
            article_id, start, start + len(words), words, "direct", statement, speaker=speaker,
            mention=Span(cue + 6, cue + 6 + len(who), who), cue=Span(cue, cue + 5, "sagte"),
            confidence=0.9, rule="cue-after",
        ))  # fmt: skip
    article = Article(article_id, text, outlet=outlet, agencies=agencies, title=f"Vorhaben {number}")
    return Analysed(article, quotes, nlp_backend="light", nlp_version="test")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two articles, four quotes by two speakers, stored directly."""
    path = tmp_path / "zitate.db"
    with Store.open(path) as store:
        store.write([
            _article("art-00000", "Talboter Bote", ("AFP",), "Anna Rausch", "Bürgermeisterin Anna Rausch", 0),
            _article("art-00001", "Seekurier", ("dpa",), "Otto Brenner", "Landrat Otto Brenner", 1),
        ])  # fmt: skip
    return path


def test_ingest_prints_a_summary(tmp_path: Path) -> None:
    rows = write_jsonl(tmp_path / "korpus.jsonl", range(2))
    quotes = sum(expected_quotes(rows).values())
    path = tmp_path / "zitate.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "korpus.jsonl"), "--db", str(path)])
    assert (result.exit_code, result.stderr) == (0, "")
    with Store.open(path) as store:
        query = "SELECT count(*), count(*) FILTER (WHERE articles > 1) FROM clusters"
        clusters, multi = store.conn.execute(query).fetchone()
    assert result.stdout == (
        "articles: 2 new, 0 unchanged, 0 replaced, 0 failed\n"
        f"quotes:   {quotes} added, 0 removed\n"
        f"clusters: {clusters} rebuilt ({multi} in several articles)\n"
        f"database: {path}\n"
    )
    again = runner.invoke(app, ["ingest", str(tmp_path / "korpus.jsonl"), "--db", str(path)])
    assert again.stdout.splitlines()[:2] == [
        "articles: 0 new, 2 unchanged, 0 replaced, 0 failed",
        "quotes:   0 added, 0 removed",
    ]


def test_ingest_reports_bad_files_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    good = tmp_path / "bruecke.txt"
    good.write_text(STORY, encoding="utf-8")
    path = tmp_path / "zitate.db"
    result = runner.invoke(app, ["ingest", str(bad), str(good), "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {bad}: binary file, not text\n"
    assert result.stdout.splitlines()[0] == "articles: 1 new, 0 unchanged, 0 replaced, 1 failed"


def test_quotes_jsonl_is_the_extract_contract_plus_source(tmp_path: Path) -> None:
    story = tmp_path / "bruecke.txt"
    story.write_text(STORY, encoding="utf-8")
    path = tmp_path / "zitate.db"
    runner.invoke(app, ["ingest", str(story), "--db", str(path), "--outlet", "Talboter Bote"])
    extract = runner.invoke(app, ["extract", str(story), "-f", "jsonl"])
    extracted = [json.loads(line) for line in extract.stdout.splitlines()]
    result = runner.invoke(app, ["quotes", "--db", str(path), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert ("bruecke", 33, 58, "Wir bauen die Brücke neu.", "direct") in [
        (r["article"], r["start"], r["end"], r["text"], r["kind"]) for r in rows
    ]
    assert rows == [
        e | {"speaker_canonical": e["speaker"], "outlet": "Talboter Bote", "published": None, "url": None}
        for e in extracted
    ]


def test_quotes_csv_and_filters(db: Path) -> None:
    filters = ["--speaker", "Rausch", "--search", "Kosten", "-f", "csv"]
    result = runner.invoke(app, ["quotes", "--db", str(db), *filters])
    assert result.stdout.splitlines() == [
        "article,start,end,kind,statement,speaker,speaker_canonical,speaker_mention,cue,confidence,rule,"
        "outlet,published,url,text",
        "art-00000,93,129,direct,2,Anna Rausch,Anna Rausch,Rausch,sagte,0.9,cue-after,Talboter Bote,,,"
        "Die Kosten für Nummer 0 sind gedeckt",
    ]
    none = runner.invoke(app, ["quotes", "--db", str(db), "--agency", "Reuters", "-f", "jsonl"])
    assert (none.exit_code, none.stdout) == (0, "")
    filters = ["--outlet", "seekurier", "--limit", "1", "-f", "jsonl"]
    limited = runner.invoke(app, ["quotes", "--db", str(db), *filters])
    assert [json.loads(line)["article"] for line in limited.stdout.splitlines()] == ["art-00001"]


def test_quotes_table(db: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(db), "--kind", "direct", "--format", "table"])
    assert result.exit_code == 0
    assert "Wir setzen Projekt 0 noch in diesem Jahr um" in result.stdout
    assert "Talboter Bote" in result.stdout


def test_stats(db: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.stdout == (
        f"database:  {db} (schema m004_clusters)\n"
        "articles:  2\n"
        "outlets:   Seekurier 1, Talboter Bote 1\n"
        "agencies:  AFP 1, dpa 1\n"
        "quotes:    4 (4 direct); 4 attributed (100%)\n"
        "speakers:  2 people, 0 organisations, 2 names\n"
    )
    as_json = json.loads(runner.invoke(app, ["stats", "--db", str(db), "-f", "jsonl"]).stdout)
    assert (as_json["articles"], as_json["quotes"]) == (2, 4)


def test_articles(db: Path) -> None:
    result = runner.invoke(app, ["articles", "--db", str(db), "--agency", "dpa", "-f", "csv"])
    assert result.stdout.splitlines() == [
        "article,published,outlet,agencies,quotes,title,url",
        "art-00001,,Seekurier,dpa,2,Vorhaben 1,",
    ]


def test_speakers_list_merge_and_alias(db: Path) -> None:
    listed = runner.invoke(app, ["speakers", "--db", str(db), "-f", "jsonl"])
    counts = {"kind": "person", "quotes": 2, "articles": 1, "outlets": 1, "aliases": []}
    assert [json.loads(line) for line in listed.stdout.splitlines()] == [
        {"speaker": "Anna Rausch"} | counts,
        {"speaker": "Otto Brenner"} | counts,
    ]
    assert runner.invoke(app, ["speakers", "list", "--db", str(db), "-f", "jsonl"]).stdout == listed.stdout

    alias = runner.invoke(app, ["speakers", "alias", "Anna Rausch", "Bürgermeisterin Rausch", "--db", db])
    assert (alias.exit_code, alias.stdout) == (0, "'Bürgermeisterin Rausch' is now a name of 'Anna Rausch'\n")
    merge = runner.invoke(app, ["speakers", "merge", "Anna Rausch", "Otto Brenner", "--db", str(db)])
    assert (merge.exit_code, merge.stdout) == (0, "merged 'Otto Brenner' into 'Anna Rausch'\n")
    table = runner.invoke(app, ["speakers", "--db", str(db), "--format", "table"])
    assert "│ Bürgermeisterin Rausch" in table.stdout and "│ Otto Brenner" in table.stdout
    by_alias = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "Otto Brenner", "-f", "jsonl"])
    assert len(by_alias.stdout.splitlines()) == 4

    unknown = runner.invoke(app, ["speakers", "merge", "Anna Rausch", "Otto Niemand", "--db", str(db)])
    assert (unknown.exit_code, unknown.stderr) == (1, "error: no speaker named 'Otto Niemand'\n")


def test_missing_database(tmp_path: Path) -> None:
    path = tmp_path / "fehlt.db"
    for command in (["quotes"], ["speakers"], ["articles"], ["stats"], ["speakers", "merge", "A", "B"]):
        result = runner.invoke(app, [*command, "--db", str(path)])
        assert result.exit_code == 1, command
        assert result.stderr == (
            f"error: no database at {path} (create one with: quoteverify ingest INPUT --db {path})\n"
        )
    assert not path.exists()


def test_database_from_the_environment(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["stats"], env={"QUOTEVERIFY_DB": str(db)})
    assert result.stdout.startswith(f"database:  {db} ")
    default = runner.invoke(app, ["stats"])  # quoteverify.db in the current directory
    assert default.stderr.startswith("error: no database at quoteverify.db")


def test_bad_dates_are_usage_errors(db: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(db), "--since", "12.03.2026"])
    assert result.exit_code == 2


def test_demo_builds_a_fresh_database_in_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = runner.invoke(app, ["demo"], env={"XDG_CACHE_HOME": str(cache)})
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("articles: 11 new, 0 unchanged, 0 replaced, 0 failed\n")
    assert f"database: {cache / 'quoteverify' / 'demo.db'}\n" in first.stdout
    assert "Petra Albers" in first.stdout and "Quotes by speaker" in first.stdout
    second = runner.invoke(app, ["demo"], env={"XDG_CACHE_HOME": str(cache)})
    assert second.stdout == first.stdout  # rebuilt, not "11 unchanged"


def test_every_command_and_subcommand_has_help_and_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, f"{name} has no help text"
        assert f"quoteverify {name}" in readme, f"{name} is not in README.md"
        for sub, subcommand in getattr(command, "commands", {}).items():
            assert subcommand.help, f"{name} {sub} has no help text"
            assert f"quoteverify {name} {sub}" in readme, f"{name} {sub} is not in README.md"
