"""The command line: exact output for pipes, clean errors, exit codes."""

import json

from typer.testing import CliRunner

from quoteverify.cli import app

runner = CliRunner()

STORY = (
    "Die Landrätin Petra Kühn sagte: „Wir bauen die Brücke neu.“ "
    "Der Plan sei „längst überfällig“, meinte sie. Die Fähre „Seestern“ fährt weiter.\n"
)


def _write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def test_extract_jsonl_follows_the_contract(tmp_path):
    path = _write(tmp_path, "bruecke.txt", STORY)
    result = runner.invoke(app, ["extract", path, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["article"], r["start"], r["end"], r["text"], r["kind"]) for r in rows] == [
        ("bruecke", 33, 58, "Wir bauen die Brücke neu.", "direct"),
        ("bruecke", 60, 92, "Der Plan sei „längst überfällig“", "indirect"),
        ("bruecke", 74, 91, "längst überfällig", "partial"),
    ]
    assert [r["speaker"] for r in rows] == ["Petra Kühn"] * 3
    for r in rows:
        assert STORY[r["start"] : r["end"]] == r["text"]
        assert set(r) >= {"speaker", "speaker_mention", "cue", "confidence"}


def test_extract_csv_has_a_header_and_one_row_per_quote(tmp_path):
    path = _write(tmp_path, "bruecke.txt", STORY)
    result = runner.invoke(app, ["extract", path, "--format", "csv"])
    lines = result.stdout.splitlines()
    assert lines[0] == "article,start,end,kind,statement,speaker,speaker_mention,cue,confidence,rule,text"
    assert lines[1].startswith("bruecke,33,58,direct,1,")
    assert lines[1].endswith(",Wir bauen die Brücke neu.")
    assert len(lines) == 4


def test_bad_input_is_reported_and_the_rest_still_processed(tmp_path):
    bad = _write(tmp_path, "kaputt.txt", b"\x00\x01\x02binary")
    good = _write(tmp_path, "bruecke.txt", STORY)
    result = runner.invoke(app, ["extract", bad, good, "--format", "jsonl"])
    assert result.exit_code == 1
    assert f"error: {bad}: binary file, not text" in result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_missing_file_names_the_file(tmp_path):
    missing = str(tmp_path / "fehlt.txt")
    result = runner.invoke(app, ["extract", missing, "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {missing}: no such file"
    assert result.stdout == ""


def test_empty_article_gives_no_quotes_and_no_error(tmp_path):
    path = _write(tmp_path, "leer.txt", "")
    result = runner.invoke(app, ["extract", path, "--format", "jsonl"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_stdin_is_read_with_a_dash():
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=STORY)
    assert result.exit_code == 0
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == [
        "Wir bauen die Brücke neu.",
        "Der Plan sei „längst überfällig“",
        "längst überfällig",
    ]


def test_table_format_shows_the_quotes(tmp_path):
    path = _write(tmp_path, "bruecke.txt", STORY)
    result = runner.invoke(app, ["extract", path, "--format", "table"])
    assert result.exit_code == 0
    assert "Wir bauen die Brücke neu." in result.stdout
    assert "Seestern" not in result.stdout


def test_demo_runs_on_the_bundled_samples():
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "s1-dpa" in result.stdout
    assert "unausgegoren" in result.stdout


def test_every_command_has_help_and_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert command.callback.__doc__, f"{name} has no help text"
        assert f"quoteverify {name}" in readme, f"{name} is not in README.md"
