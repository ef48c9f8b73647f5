"""The commands that read the database: quotes, speakers (list, merge, alias), articles, stats."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from quoteverify import render
from quoteverify.cli_options import (
    Agency,
    Db,
    Format,
    Limit,
    Outlet,
    OutputFormat,
    Since,
    Until,
    day,
    fail,
    open_store,
    output_format,
    stdout,
)
from quoteverify.store import DEFAULT_DB, Store, StoreError

__all__ = ["articles", "quotes", "speakers_app", "stats"]


class QuoteKind(str, Enum):
    direct = "direct"
    partial = "partial"
    indirect = "indirect"


class SpeakerKind(str, Enum):
    person = "person"
    organisation = "organisation"


def quotes(
    db: Db = Path(DEFAULT_DB),
    speaker: Annotated[
        str | None, typer.Option(help="Only quotes of this speaker, under any of their names.")
    ] = None,
    outlet: Outlet = None,
    agency: Agency = None,
    since: Since = None,
    until: Until = None,
    kind: Annotated[QuoteKind | None, typer.Option(help="Only quotes of this kind.")] = None,
    search: Annotated[
        str | None,
        typer.Option(help="Full-text search in the quoted words (all words must occur; Wach* = prefix)."),
    ] = None,
    limit: Limit = None,
    fmt: Format = None,
) -> None:
    """List stored quotes; JSON Lines rows follow interfaces.md §2 plus outlet, published, url."""
    rows = _query(db, lambda store: store.quotes(
        speaker=speaker, outlet=outlet, agency=agency, since=day(since), until=day(until),
        kind=kind.value if kind else None, search=search, limit=limit,
    ))  # fmt: skip
    _write(rows, fmt, render.stored_quote_table,
           lambda rows: [render.stored_csv_header(), *map(render.stored_csv_line, rows)])  # fmt: skip


def _query(db: Path, run: Callable[[Store], list[Any]]) -> list[Any]:
    """Rows from the database, or a one-line error and exit code 1."""
    with open_store(db) as store:
        try:
            return run(store)
        except StoreError as exc:
            raise fail(str(exc)) from None


def _write(rows: list[Any], fmt: OutputFormat | None, table: Callable[[list[Any]], Any],
           csv: Callable[[list[Any]], Iterable[str]]) -> None:  # fmt: skip
    """JSON Lines, CSV lines or a table for people, as chosen (or as stdout suits)."""
    fmt = output_format(fmt)
    if fmt is OutputFormat.jsonl:
        sys.stdout.writelines(render.json_line(row) + "\n" for row in rows)
    elif fmt is OutputFormat.csv:
        sys.stdout.writelines(line + "\n" for line in csv(rows))
    else:
        stdout().print(table(rows))


def _csv_of(fields: tuple[str, ...]) -> Callable[[list[Any]], Iterable[str]]:
    return lambda rows: render.csv_lines(fields, (row.to_json() for row in rows))


# -- speakers --------------------------------------------------------------------------

speakers_app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Speakers across articles: list them with their quote counts, merge them, add aliases.",
)

SpeakerName = Annotated[str | None, typer.Option("--name", help="Only the speaker with this name or alias.")]
KindOption = Annotated[SpeakerKind | None, typer.Option("--kind", help="Only people or only organisations.")]


def _list_speakers(db: Path, name: str | None, kind: SpeakerKind | None, limit: int | None,
                   fmt: OutputFormat | None) -> None:  # fmt: skip
    rows = _query(db, lambda store: store.speakers(name=name, kind=kind.value if kind else None, limit=limit))
    fields = ("speaker", "kind", "quotes", "articles", "outlets", "aliases")
    _write(rows, fmt, render.speaker_table, _csv_of(fields))


@speakers_app.callback(invoke_without_command=True)
def speakers(
    ctx: typer.Context,
    db: Db = Path(DEFAULT_DB),
    name: SpeakerName = None,
    kind: KindOption = None,
    limit: Limit = None,
    fmt: Format = None,
) -> None:
    """List speakers across articles with quote counts and aliases (the default), or fix them."""
    if ctx.invoked_subcommand is None:
        _list_speakers(db, name, kind, limit, fmt)


@speakers_app.command("list")
def speakers_list(
    db: Db = Path(DEFAULT_DB),
    name: SpeakerName = None,
    kind: KindOption = None,
    limit: Limit = None,
    fmt: Format = None,
) -> None:
    """List speakers with their quote, article and outlet counts and their aliases."""
    _list_speakers(db, name, kind, limit, fmt)


@speakers_app.command("merge")
def speakers_merge(
    keep: Annotated[str, typer.Argument(help="The speaker to keep (any of its names).")],
    other: Annotated[str, typer.Argument(help="The speaker merged into it (any of its names).")],
    db: Db = Path(DEFAULT_DB),
) -> None:
    """Merge speaker OTHER into KEEP; kept across re-ingests."""
    _decide(db, lambda store: store.merge_speakers(keep, other), f"merged {other!r} into {keep!r}")


@speakers_app.command("alias")
def speakers_alias(
    name: Annotated[str, typer.Argument(help="The speaker (any of its names).")],
    alias: Annotated[str, typer.Argument(help="Another name of that speaker, in every article.")],
    db: Db = Path(DEFAULT_DB),
) -> None:
    """Make ALIAS a name of speaker NAME in every article; kept across re-ingests."""
    _decide(db, lambda store: store.alias_speaker(name, alias), f"{alias!r} is now a name of {name!r}")


def _decide(db: Path, decision: Callable[[Store], None], done: str) -> None:
    with open_store(db) as store:
        try:
            decision(store)
        except StoreError as exc:
            raise fail(str(exc)) from None
    print(done)


# -- articles and counts ---------------------------------------------------------------


def articles(
    db: Db = Path(DEFAULT_DB),
    outlet: Outlet = None,
    agency: Agency = None,
    since: Since = None,
    until: Until = None,
    search: Annotated[str | None, typer.Option(help="Full-text search in title and text.")] = None,
    limit: Limit = None,
    fmt: Format = None,
) -> None:
    """List stored articles with outlet, agencies, date and number of quotes."""
    rows = _query(db, lambda store: store.articles(
        outlet=outlet, agency=agency, since=day(since), until=day(until), search=search, limit=limit
    ))  # fmt: skip
    _write(rows, fmt, render.article_table,
           _csv_of(("article", "published", "outlet", "agencies", "quotes", "title", "url")))  # fmt: skip


def stats(
    db: Db = Path(DEFAULT_DB),
    fmt: Annotated[
        OutputFormat | None, typer.Option("--format", "-f", help="text (table, the default) or jsonl.")
    ] = None,
) -> None:
    """Count what the database holds: articles, outlets, agencies, quotes, speakers."""
    with open_store(db) as store:
        result = store.stats()
    if fmt is OutputFormat.jsonl:
        print(render.json_line(result))
    else:
        print("\n".join(render.stats_lines(result, str(db))))
