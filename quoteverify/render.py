"""Turn quotes into text for people (a rich table) and for pipes (JSONL, CSV).

Nothing here prints: the CLI decides where the output goes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from quoteverify.records import Quote
from quoteverify.store import ArticleRow, SpeakerRow, Stats, StoredQuote

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
        _row(table, q.article_id, f"{q.start}–{q.end}", q.kind, q.speaker or "—", _shorten(q.text, 160))
    return table


def _row(table: Table, *cells: str) -> None:
    """Add a row of plain text: brackets in article text are not rich markup."""
    table.add_row(*(Text(cell) for cell in cells))


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- rows read back from the database -----------------------------------------------

STORED_CSV_FIELDS = (
    "article", "start", "end", "kind", "statement", "speaker", "speaker_canonical", "speaker_mention",
    "cue", "confidence", "rule", "outlet", "published", "url", "text",
)  # fmt: skip


def json_line(row: Any) -> str:
    """One JSON object per line for anything with ``to_json()``."""
    return json.dumps(row.to_json(), ensure_ascii=False)


def stored_csv_header() -> str:
    return _csv_row(STORED_CSV_FIELDS)


def stored_csv_line(row: StoredQuote) -> str:
    q = row.quote
    return _csv_row(
        [
            q.article_id, q.start, q.end, q.kind, q.statement, q.speaker or "",
            row.speaker_canonical or "", q.mention.text if q.mention else "",
            q.cue.text if q.cue else "", round(q.confidence, 3), q.rule or "", row.outlet or "",
            row.published or "", row.url or "", q.text,
        ]
    )  # fmt: skip


def csv_lines(fields: Sequence[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A header and one CSV line per JSON-like row (lists joined with ``|``)."""
    yield _csv_row(fields)
    for row in rows:
        yield _csv_row(
            " | ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v)
            for v in (row[f] for f in fields)
        )


def stored_quote_table(rows: Iterable[StoredQuote], *, title: str | None = None) -> Table:
    """One row per stored quote: speaker (across articles), the words, where and when.

    Three columns, so the words stay readable in 80 columns; quotes that are not
    ``direct`` are marked ``[partial]`` / ``[indirect]``.
    """
    table = Table(title=title)
    table.add_column("speaker", style="bold", max_width=20)
    table.add_column("quote", ratio=1)
    table.add_column("source", max_width=22)
    for row in rows:
        q = row.quote
        words = _shorten(q.text, 200) + ("" if q.kind == "direct" else f" [{q.kind}]")
        when = " ".join(filter(None, [(row.published or "")[:10], q.article_id]))
        where = "\n".join(filter(None, [row.outlet, when]))
        _row(table, row.speaker_canonical or q.speaker or "—", words, where)
    return table


def speaker_table(rows: Iterable[SpeakerRow]) -> Table:
    table = Table()
    table.add_column("speaker", style="bold")
    table.add_column("kind", no_wrap=True)
    table.add_column("quotes", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("outlets", justify="right")
    table.add_column("aliases")
    for row in rows:
        _row(
            table, row.name, row.kind, str(row.quotes), str(row.articles), str(row.outlets),
            "\n".join(row.aliases),
        )  # fmt: skip
    return table


def article_table(rows: Iterable[ArticleRow]) -> Table:
    table = Table()
    table.add_column("article", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("outlet")
    table.add_column("agencies")
    table.add_column("quotes", justify="right")
    table.add_column("title", ratio=1)
    for row in rows:
        _row(
            table, row.external_id, (row.published or "")[:10], row.outlet or "", ", ".join(row.agencies),
            str(row.quotes), _shorten(row.title or "", 100),
        )  # fmt: skip
    return table


def stats_lines(stats: Stats, db: str) -> list[str]:
    """The database in a few lines of text."""
    kinds = ", ".join(f"{n} {kind}" for kind, n in stats.quotes_by_kind.items()) or "none"
    share = f"{stats.attributed / stats.quotes:.0%}" if stats.quotes else "—"
    dates = (
        f", published {stats.first_published[:10]} to {stats.last_published[:10]}"
        if stats.first_published and stats.last_published
        else ""
    )
    return [
        f"database:  {db} (schema {stats.schema})",
        f"articles:  {stats.articles}{dates}",
        f"outlets:   {_counts(stats.outlets)}",
        f"agencies:  {_counts(stats.agencies)}",
        f"quotes:    {stats.quotes} ({kinds}); {stats.attributed} attributed ({share})",
        f"speakers:  {stats.speakers} people, {stats.organisations} organisations, {stats.aliases} names",
    ]


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.items()) or "—"
