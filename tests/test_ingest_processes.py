"""Real processes on one database: two concurrent ingests, and an ingest killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ingest_corpus import expected_quotes, write_jsonl

ROOT = Path(__file__).resolve().parent.parent


def _ingest(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "quoteverify", "ingest", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip


def _summary(stdout: str) -> dict[str, int]:
    """``articles: 3 new, 1 unchanged, ...`` -> {"new": 3, "unchanged": 1, ...}."""
    counts = {}
    for line in stdout.splitlines()[:2]:
        for part in line.split(":", 1)[1].replace(";", ",").split(","):
            number, what = part.split()
            counts[what] = int(number)
    return counts


def _check_complete(db: Path, expected: dict[str, int]) -> None:
    """Every stored article has exactly the quotes one analysis finds; nothing twice."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = dict(
        conn.execute(
            "SELECT a.external_id, count(q.id) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id"
            " GROUP BY a.id"
        ).fetchall()
    )
    assert stored == {article: expected[article] for article in stored}
    assert conn.execute(
        'SELECT count(*) - count(DISTINCT article_id || \'/\' || start || \'/\' || "end") FROM quotes'
    ).fetchone() == (0,)
    # the full-text indexes hold exactly the stored rows (raises SQLITE_CORRUPT_VTAB otherwise)
    conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    conn.close()


def test_two_ingests_at_once_lose_nothing(tmp_path: Path) -> None:
    shared = write_jsonl(tmp_path / "gemeinsam.jsonl", range(0, 150))
    only_a = write_jsonl(tmp_path / "a.jsonl", range(150, 250))
    only_b = write_jsonl(tmp_path / "b.jsonl", range(250, 350))
    db = tmp_path / "zitate.db"  # does not exist yet: both processes create and migrate it
    first = _ingest(str(tmp_path / "gemeinsam.jsonl"), str(tmp_path / "a.jsonl"), "--db", str(db))
    second = _ingest(str(tmp_path / "gemeinsam.jsonl"), str(tmp_path / "b.jsonl"), "--db", str(db))
    results = [process.communicate(timeout=120) for process in (first, second)]
    for process, (stdout, stderr) in zip((first, second), results, strict=True):
        assert process.returncode == 0, stderr
        counts = _summary(stdout)
        assert counts["new"] + counts["unchanged"] == 250
        assert (counts["replaced"], counts["failed"]) == (0, 0)
    summaries = [_summary(stdout) for stdout, _ in results]
    assert sum(s["new"] for s in summaries) == 350  # each shared article stored by exactly one of them
    expected = expected_quotes(shared + only_a + only_b)
    assert sum(s["added"] for s in summaries) == sum(expected.values())
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (350,)
    conn.close()
    _check_complete(db, expected)


def test_an_ingest_killed_mid_run_leaves_whole_articles_and_the_next_run_completes(tmp_path: Path) -> None:
    rows = write_jsonl(tmp_path / "korpus.jsonl", range(1200))
    expected = expected_quotes(rows)
    db = tmp_path / "zitate.db"
    process = _ingest(str(tmp_path / "korpus.jsonl"), "--db", str(db))
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                conn = sqlite3.connect(db, timeout=0.1)
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:  # not migrated yet
                stored = 0
            if stored >= 50:
                break
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    if process.returncode != -signal.SIGKILL:
        pytest.fail("the ingest finished before it could be killed; give it more articles")

    conn = sqlite3.connect(db)
    before = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert 50 <= before < 1200
    _check_complete(db, expected)  # whole articles only

    rerun = _ingest(str(tmp_path / "korpus.jsonl"), "--db", str(db))
    stdout, stderr = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, stderr
    counts = _summary(stdout)
    outcome = (counts["new"], counts["unchanged"], counts["replaced"], counts["failed"])
    assert outcome == (1200 - before, before, 0, 0)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1200,)
    conn.close()
    _check_complete(db, expected)
