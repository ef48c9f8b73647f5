"""cluster, variants and check through the CLI on invented multi-article news: exact output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from verify_fixture import ARTICLES, SANIERUNG, SCHWIMMHALLE, store_articles

from quoteverify import clustering
from quoteverify.cli import app
from quoteverify.store import Store

runner = CliRunner()
SOURCES = [
    "  2026-05-04  Wetterauer Bote  https://bote.example/wb-1  [reference]",
    "  2026-05-04  Stadtportal  https://stadtportal.example/sp-1  [meaning]",
    "  2026-05-05  Kreisblatt  https://kreisblatt.example/kb-1  [typographic]",
    "earliest: 2026-05-04 Wetterauer Bote https://bote.example/wb-1",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("verify") / "zitate.db"
    with Store.open(path) as store:
        store_articles(store, ARTICLES)
        clustering.update_clusters(store)
    return path


def test_variants_jsonl_follows_the_contract(db: Path) -> None:
    result = runner.invoke(app, ["variants", "--db", str(db), "--format", "jsonl"])
    assert (result.exit_code, result.stderr) == (0, "")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {
        "cluster": 1,
        "speaker": "Greta Wollny",
        "reference": {"article": "wb-1", "start": 1, "end": 55, "text": SCHWIMMHALLE},
        "members": [
            {"article": "wb-1", "start": 1, "end": 55, "text": SCHWIMMHALLE, "speaker": "Greta Wollny",
             "variant": "reference"},
            {"article": "sp-1", "start": 1, "end": 49, "text": SCHWIMMHALLE.replace("nicht ", ""),
             "speaker": "Greta Wollny", "variant": "meaning", "changes": ["meaning"]},
            {"article": "kb-1", "start": 1, "end": 54, "text": SCHWIMMHALLE[:-1], "speaker": "Greta Wollny",
             "variant": "typographic", "changes": ["typographic"]},
        ],
    }  # fmt: skip
    assert [(m["article"], m["speaker"], m["variant"]) for m in second["members"]] == [
        ("wb-1", "Henrik Saalfeld", "reference"), ("sp-1", "Greta Wollny", "misattribution")
    ]  # fmt: skip
    assert second["reference"]["text"] == SANIERUNG
    everything = runner.invoke(app, ["variants", "--db", str(db), "--format", "jsonl", "--all"])
    assert len(everything.stdout.splitlines()) == 3  # plus the Förderverein quote of one article


def test_variants_filters_and_table(db: Path) -> None:
    def clusters(*args: str) -> list[int]:
        result = runner.invoke(app, ["variants", "--db", str(db), "-f", "jsonl", *args])
        return [json.loads(line)["cluster"] for line in result.stdout.splitlines()]

    assert clusters("--label", "meaning") == [1]
    assert clusters("--label", "meaning,misattribution") == [1, 2]
    assert clusters("--speaker", "Saalfeld") == [2]
    assert clusters("--since", "2026-05-05") == [1]
    table = runner.invoke(app, ["variants", "--db", str(db), "--format", "table", "--label", "meaning"])
    assert table.exit_code == 0
    assert "cluster 1 · Greta Wollny · 3 articles" in table.stdout
    assert "[-nicht-]" in table.stdout  # the dropped word, struck (and red at a terminal)
    assert "Stadtportal" in table.stdout and "2026-05-04" in table.stdout
    assert "negation dropped: 'nicht'" in table.stdout
    bad = runner.invoke(app, ["variants", "--db", str(db), "--label", "erfunden"])
    assert bad.exit_code == 2 and "unknown label 'erfunden'" in bad.stderr


CHECKS = [
    (["Die Schwimmhalle in Brakelsiek wird nicht geschlossen.", "--speaker", "Greta Wollny"], 0, [
        "verdict:  found verbatim (exit 0)",
        "claim:    Die Schwimmhalle in Brakelsiek wird nicht geschlossen. (Greta Wollny)",
        f"source:   {SCHWIMMHALLE} (Greta Wollny; Wetterauer Bote, 2026-05-04)",
        "sources:  3, earliest first", *SOURCES,
    ]),
    (["Die Schwimmhalle in Brakelsiek wird geschlossen.", "--speaker", "Wollny"], 1, [
        "verdict:  found altered (exit 1)",
        "claim:    Die Schwimmhalle in Brakelsiek wird geschlossen. (Greta Wollny)",
        "change:   meaning (meaning)",
        "evidence: negation dropped: 'nicht'",
        "diff:     delete 'nicht' → '' [meaning]",
        f"source:   {SCHWIMMHALLE} (Greta Wollny; Wetterauer Bote, 2026-05-04)",
        "sources:  3, earliest first", *SOURCES,
    ]),
    ([SANIERUNG, "--speaker", "Wollny"], 1, [
        "verdict:  found, but attributed to someone else (exit 1)",
        f"claim:    {SANIERUNG} (Greta Wollny)",
        "change:   misattribution (misattribution)",
        "evidence: speaker differs: Henrik Saalfeld ≠ Greta Wollny",
        f"source:   {SANIERUNG} (Henrik Saalfeld; Wetterauer Bote, 2026-05-04)",
        "sources:  2, earliest first",
        "  2026-05-04  Wetterauer Bote  https://bote.example/wb-1  [reference]",
        "  2026-05-04  Stadtportal  https://stadtportal.example/sp-1  [misattribution]",
        "earliest: 2026-05-04 Wetterauer Bote https://bote.example/wb-1",
    ]),
    (["Der Bürgermeister tanzt auf dem Marktplatz."], 2, [
        "verdict:  not found (exit 2)",
        "claim:    Der Bürgermeister tanzt auf dem Marktplatz.",
    ]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "code", "lines"), CHECKS, ids=["verbatim", "altered", "misattributed", "none"]
)
def test_check_verdicts_exact_output(db: Path, args: list[str], code: int, lines: list[str]) -> None:
    result = runner.invoke(app, ["check", *args, "--db", str(db)])
    assert (result.exit_code, result.stderr) == (code, "")
    assert result.stdout == "\n".join(lines) + "\n"


def test_check_json(db: Path) -> None:
    claim = "Die Schwimmhalle in Brakelsiek wird geschlossen."
    result = runner.invoke(app, ["check", claim, "--speaker", "Wollny", "--db", str(db), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert (data["verdict"], data["change"], data["speaker"]) == ("altered", "meaning", "Greta Wollny")
    assert data["diff"] == [{"op": "delete", "source": "nicht", "claim": "", "label": "meaning"}]
    assert data["earliest"]["url"] == "https://bote.example/wb-1"
    assert [(s["outlet"], s["cluster"]) for s in data["sources"]] == [
        ("Wetterauer Bote", 1), ("Stadtportal", 1), ("Kreisblatt", 1)
    ]  # fmt: skip


def test_check_errors_exit_3(tmp_path: Path, db: Path) -> None:
    missing = runner.invoke(app, ["check", "Irgendwas", "--db", str(tmp_path / "fehlt.db")])
    assert missing.exit_code == 3 and missing.stderr.startswith("error: no database at")
    assert runner.invoke(app, ["check", "--erfunden", "x", "--db", str(db)]).exit_code == 3
    assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 3  # no claim
    assert runner.invoke(app, ["check", "  ", "--db", str(db)]).exit_code == 3


def test_cluster_command(tmp_path: Path) -> None:
    path = tmp_path / "z.db"
    with Store.open(path) as store:
        store_articles(store, ARTICLES)
    assert runner.invoke(app, ["cluster", "--db", str(path)]).stdout == (
        "clusters: 3 rebuilt (2 in several articles)\n"
    )
    assert (
        runner.invoke(app, ["cluster", "--db", str(path)]).stdout
        == "clusters: 0 updated (0 in several articles)\n"
    )
    rebuilt = runner.invoke(app, ["cluster", "--rebuild", "--db", str(path)])
    assert (rebuilt.exit_code, rebuilt.stdout) == (0, "clusters: 3 rebuilt (2 in several articles)\n")
    missing = runner.invoke(app, ["cluster", "--db", str(tmp_path / "fehlt.db")])
    assert missing.exit_code == 1 and "no database at" in missing.stderr
