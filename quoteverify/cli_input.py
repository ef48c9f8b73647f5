"""The commands that read articles: ``extract`` (quotes to stdout) and ``ingest`` (into the database).

Each bad input gets one line on stderr naming it; the others are still
processed and the exit code is 1 when any failed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from quoteverify import render
from quoteverify.cli_options import Db, Format, Inputs, OutputFormat, fail, output_format, stderr, stdout
from quoteverify.ingest import IngestSummary
from quoteverify.ingest import ingest as ingest_inputs
from quoteverify.io import InputError, read_inputs
from quoteverify.io.count import count_articles
from quoteverify.pipeline import extract_news_quotes
from quoteverify.store import DEFAULT_DB, StoreError

__all__ = ["extract", "ingest", "print_summary"]


def extract(inputs: Inputs, fmt: Format = None) -> None:
    """List every quotation in the input articles (interfaces.md §2)."""
    failed = _extract_to_stdout(inputs, output_format(fmt), stderr())
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
        stdout().print(render.quote_table(rows))
    return failed


def ingest(
    inputs: Inputs,
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
    err = stderr()
    try:
        with _progress(err, inputs) as advance:
            summary = ingest_inputs(
                inputs, db, outlet=outlet, workers=workers, force=force,
                warn=lambda msg: err.print(f"warning: {msg}", markup=False),
                on_error=lambda error: err.print(f"error: {error}", markup=False),
                on_progress=advance,
            )  # fmt: skip
    except StoreError as exc:
        raise fail(str(exc)) from None
    except KeyboardInterrupt:
        err.print("interrupted: the articles stored so far are complete; run ingest again to finish")
        raise typer.Exit(code=130) from None
    print_summary(summary, db)
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


def print_summary(summary: IngestSummary, db: Path) -> None:
    for line in summary.lines():
        print(line)
    print(f"database: {db}")
