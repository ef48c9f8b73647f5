"""Turn quotes into text for people (a rich table) and for pipes (JSONL, CSV).

Nothing here prints: the CLI decides where the output goes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from rich.table import Table

from quoteverify.records import Quote

CSV_FIELDS = (
    "article", "start", "end", "kind", "statement", "speaker", "speaker_mention",
    "cue", "confidence", "rule", "text",
)


def jsonl_line(quote: Quote) -> str:
    return json.dumps(quote.to_json(), ensure_ascii=False)


def csv_header() -> str:
    return _csv_row(CSV_FIELDS)


def csv_line(quote: Quote) -> str:
    row = quote.to_json()
    return _csv_row(
        [
            row["article"], row["start"], row["end"], row["kind"], row["statement"],
            row["speaker"] or "", quote.mention.text if quote.mention else "",
            quote.cue.text if quote.cue else "", row["confidence"], row["rule"] or "", row["text"],
        ]
    )


def _csv_row(values: Iterable[object]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(values)
    return buf.getvalue()


def quote_table(quotes: Iterable[Quote], *, title: str | None = None) -> Table:
    """One row per quote: where it is, what kind, who said it, the words."""
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("article", style="dim", no_wrap=True)
    table.add_column("span", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("speaker", style="bold")
    table.add_column("quote", ratio=1)
    for q in quotes:
        table.add_row(
            q.article_id, f"{q.start}–{q.end}", q.kind, q.speaker or "—", _shorten(q.text, 160)
        )
    return table


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
