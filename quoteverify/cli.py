"""The `quoteverify` command: a thin layer over the library.

Data goes to stdout (a table for people at a terminal, JSONL or CSV for
pipes); warnings, errors and progress go to stderr, one line each, naming the
input.  Every command that reads or writes the database takes ``--db PATH``
(default ``quoteverify.db`` in the current directory, or ``$QUOTEVERIFY_DB``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from quoteverify import clustering, render, render_verify
from quoteverify.cli_options import Db
from quoteverify.cli_verify import CheckCommand
from quoteverify.cli_verify import check as check_command
from quoteverify.cli_verify import cluster as cluster_command
from quoteverify.cli_verify import variants as variants_command
from quoteverify.ingest import IngestSummary
from quoteverify.ingest import ingest as ingest_inputs
from quoteverify.io import InputError, read_inputs
from quoteverify.io.count import count_articles
from quoteverify.pipeline import extract_news_quotes
from quoteverify.store import DEFAULT_DB, Store, StoreError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find who said what in German-language news and how outlets quote it.",
)
speakers_app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Speakers across articles: list them with their quote counts, merge them, add aliases.",
)
app.add_typer(speakers_app, name="speakers")
app.command("cluster")(cluster_command)
app.command("variants")(variants_command)
app.command("check", cls=CheckCommand)(check_command)


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class QuoteKind(str, Enum):
    direct = "direct"
    partial = "partial"
    indirect = "indirect"


class SpeakerKind(str, Enum):
    person = "person"
    organisation = "organisation"


Format = Annotated[
    OutputFormat | None,
    typer.Option("--format", "-f", help="Output format [default: table at a terminal, else jsonl]."),
]
Outlet = Annotated[str | None, typer.Option(help="Only articles of this outlet (any case).")]
Agency = Annotated[str | None, typer.Option(help="Only articles credited to this agency (dpa, AFP, ...).")]
Since = Annotated[
    datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Only articles published on or after this day.")
]
Until = Annotated[
    datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Only articles published on or before this day.")
]
Limit = Annotated[int | None, typer.Option(min=1, help="At most this many rows.")]


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _stdout() -> Console:
    return Console(highlight=False)


def _format(fmt: OutputFormat | None) -> OutputFormat:
    return fmt or (OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl)


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


@contextmanager
def _open_store(db: Path, *, create: bool = False) -> Iterator[Store]:
    """The database, or a one-line error and exit code 1."""
    try:
        with Store.open(db, create=create) as store:
            yield store
    except StoreError as exc:
        _stderr().print(f"error: {exc}", markup=False)
        raise typer.Exit(code=1) from None


# -- extract ---------------------------------------------------------------------------


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .jsonl, .html), directories, or - for stdin."),
    ],
    fmt: Format = None,
) -> None:
    """List every quotation in the input articles (interfaces.md §2)."""
    err = _stderr()
    failed = _extract_to_stdout(inputs, _format(fmt), err)
    if failed:
        raise typer.Exit(code=1)


def _extract_to_stdout(inputs: list[str], fmt: OutputFormat, err: Console) -> int:
    """Stream quotes of every readable input; report each bad input in one line."""
    failed = 0
    out = sys.stdout
    rows = []
    if fmt is OutputFormat.csv:
        out.write(render.csv_header() + "\n")
    for item in read_inputs(inputs, warn=lambda msg: err.print(f"warning: {msg}", markup=False)):
        if isinstance(item, InputError):
            failed += 1
            err.print(f"error: {item}", markup=False)
            continue
        quotes, _ = extract_news_quotes(item)
        if fmt is OutputFormat.jsonl:
            out.writelines(render.jsonl_line(q) + "\n" for q in quotes)
        elif fmt is OutputFormat.csv:
            out.writelines(render.csv_line(q) + "\n" for q in quotes)
        else:
            rows.extend(quotes)
    if fmt is OutputFormat.table:
        _stdout().print(render.quote_table(rows))
    return failed


# -- ingest ----------------------------------------------------------------------------


@app.command()
def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .jsonl, .html), directories, or - for stdin."),
    ],
    db: Db = Path(DEFAULT_DB),
    outlet: Annotated[
        str | None, typer.Option(help="The outlet of every article read (else from the input or URL).")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Analyse in this many processes.")] = 1,
    force: Annotated[
        bool, typer.Option("--force", help="Analyse and replace articles even if their text is unchanged.")
    ] = False,
) -> None:
    """Analyse the input articles and store them with their quotes in the database."""
    err = _stderr()
    try:
        with _progress(err, inputs) as advance:
            summary = ingest_inputs(
                inputs, db, outlet=outlet, workers=workers, force=force,
                warn=lambda msg: err.print(f"warning: {msg}", markup=False),
                on_error=lambda error: err.print(f"error: {error}", markup=False),
                on_progress=advance,
            )  # fmt: skip
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(code=1) from None
    except KeyboardInterrupt:
        err.print("interrupted: the articles stored so far are complete; run ingest again to finish")
        raise typer.Exit(code=130) from None
    _print_summary(summary, db)
    if summary.failed:
        raise typer.Exit(code=1)


@contextmanager
def _progress(err: Console, inputs: list[str]) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr when it is a terminal and there is more than one article."""
    total = count_articles(inputs) if err.is_terminal else 1
    if not err.is_terminal or total == 1:
        yield lambda advance: None
        return
    columns = [TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=total)
        yield lambda advance: progress.advance(task, advance)


def _print_summary(summary: IngestSummary, db: Path) -> None:
    for line in summary.lines():
        print(line)
    print(f"database: {db}")


# -- queries ---------------------------------------------------------------------------


@app.command()
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
    fmt = _format(fmt)
    with _open_store(db) as store:
        try:
            rows = store.quotes(
                speaker=speaker, outlet=outlet, agency=agency, since=_day(since), until=_day(until),
                kind=kind.value if kind else None, search=search, limit=limit,
            )  # fmt: skip
        except StoreError as exc:
            _stderr().print(f"error: {exc}", markup=False)
            raise typer.Exit(code=1) from None
    if fmt is OutputFormat.jsonl:
        sys.stdout.writelines(render.json_line(row) + "\n" for row in rows)
    elif fmt is OutputFormat.csv:
        sys.stdout.write(render.stored_csv_header() + "\n")
        sys.stdout.writelines(render.stored_csv_line(row) + "\n" for row in rows)
    else:
        _stdout().print(render.stored_quote_table(rows))


def _list_speakers(db: Path, name: str | None, kind: SpeakerKind | None, limit: int | None,
                   fmt: OutputFormat | None) -> None:  # fmt: skip
    fmt = _format(fmt)
    with _open_store(db) as store:
        rows = store.speakers(name=name, kind=kind.value if kind else None, limit=limit)
    if fmt is OutputFormat.jsonl:
        sys.stdout.writelines(render.json_line(row) + "\n" for row in rows)
    elif fmt is OutputFormat.csv:
        fields = ("speaker", "kind", "quotes", "articles", "outlets", "aliases")
        sys.stdout.writelines(line + "\n" for line in render.csv_lines(fields, (r.to_json() for r in rows)))
    else:
        _stdout().print(render.speaker_table(rows))


SpeakerName = Annotated[str | None, typer.Option("--name", help="Only the speaker with this name or alias.")]
KindOption = Annotated[SpeakerKind | None, typer.Option("--kind", help="Only people or only organisations.")]


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
    with _open_store(db) as store:
        try:
            decision(store)
        except StoreError as exc:
            _stderr().print(f"error: {exc}", markup=False)
            raise typer.Exit(code=1) from None
    print(done)


@app.command()
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
    fmt = _format(fmt)
    with _open_store(db) as store:
        try:
            rows = store.articles(
                outlet=outlet, agency=agency, since=_day(since), until=_day(until), search=search, limit=limit
            )
        except StoreError as exc:
            _stderr().print(f"error: {exc}", markup=False)
            raise typer.Exit(code=1) from None
    if fmt is OutputFormat.jsonl:
        sys.stdout.writelines(render.json_line(row) + "\n" for row in rows)
    elif fmt is OutputFormat.csv:
        fields = ("article", "published", "outlet", "agencies", "quotes", "title", "url")
        sys.stdout.writelines(line + "\n" for line in render.csv_lines(fields, (r.to_json() for r in rows)))
    else:
        _stdout().print(render.article_table(rows))


@app.command()
def stats(
    db: Db = Path(DEFAULT_DB),
    fmt: Annotated[
        OutputFormat | None, typer.Option("--format", "-f", help="text (table, the default) or jsonl.")
    ] = None,
) -> None:
    """Count what the database holds: articles, outlets, agencies, quotes, speakers."""
    with _open_store(db) as store:
        result = store.stats()
    if fmt is OutputFormat.jsonl:
        print(render.json_line(result))
    else:
        print("\n".join(render.stats_lines(result, str(db))))


# -- demo ------------------------------------------------------------------------------


def demo_db_path() -> Path:
    """Where ``demo`` builds its database: ``$XDG_CACHE_HOME/quoteverify/demo.db``."""
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(cache) / "quoteverify" / "demo.db"


# A portal's version of Albers' statement, without its "nicht" (data/samples/README.md).
DEMO_CLAIM = "Die Sicherheit der Menschen im ländlichen Raum wird unter der Reform leiden."
DEMO_SPEAKER = "Albers"


@app.command()
def demo() -> None:
    """Ingest the bundled sample articles into a fresh demo database and show its speakers and quotes."""
    db = demo_db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    samples = resources.files("quoteverify") / "data" / "samples" / "articles.jsonl"
    with resources.as_file(samples) as path:
        summary = ingest_inputs([str(path)], db)
    _print_summary(summary, db)
    out = _stdout()
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


def main() -> None:
    app()
