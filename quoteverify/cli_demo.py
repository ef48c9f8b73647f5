"""``quoteverify demo``: the main job on the bundled sample articles, end to end."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from quoteverify import clustering, render, render_verify
from quoteverify.cli_input import print_summary
from quoteverify.cli_options import stdout
from quoteverify.ingest import ingest as ingest_inputs
from quoteverify.store import Store

__all__ = ["demo", "demo_db_path"]

# A portal's version of Albers' statement, without its "nicht" (data/samples/README.md).
DEMO_CLAIM = "Die Sicherheit der Menschen im ländlichen Raum wird unter der Reform leiden."
DEMO_SPEAKER = "Albers"


def demo_db_path() -> Path:
    """Where ``demo`` builds its database: ``$XDG_CACHE_HOME/quoteverify/demo.db``."""
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(cache) / "quoteverify" / "demo.db"


def demo() -> None:
    """Ingest the bundled sample articles into a fresh demo database and show its speakers and quotes."""
    db = demo_db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    samples = resources.files("quoteverify") / "data" / "samples" / "articles.jsonl"
    with resources.as_file(samples) as path:
        summary = ingest_inputs([str(path)], db)
    print_summary(summary, db)
    out = stdout()
    with Store.open(db, create=False) as store:
        speakers = store.speakers()
        rank = {row.name: i for i, row in enumerate(speakers)}
        rows = sorted(store.quotes(), key=lambda r: rank.get(r.speaker_canonical or "", len(rank)))
    out.print(render.speaker_table(speakers))
    out.print(render.stored_quote_table(rows, title="Quotes by speaker"))
    with Store.open(db, create=False) as store:
        flagged = clustering.variants(store, labels=("meaning", "misattribution"))
        verdict = clustering.check_claim(store, DEMO_CLAIM, speaker=DEMO_SPEAKER)
    out.print("\n[bold]Flagged variants across outlets[/bold]: variants --label meaning,misattribution")
    out.print(render_verify.variants_view(flagged))
    out.print(f'\n[bold]quoteverify check "{DEMO_CLAIM}" --speaker {DEMO_SPEAKER}[/bold]')
    print("\n".join(render_verify.check_lines(verdict)))
    print(f"Explore it: quoteverify quotes --db {db} --speaker Albers")
    print(f"            quoteverify variants --db {db}")
