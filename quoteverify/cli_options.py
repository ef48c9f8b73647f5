"""Options, formats and output helpers shared by the command modules (one definition, one help text)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from quoteverify.store import DEFAULT_DB, ENV_VAR, Store, StoreError

Db = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar=ENV_VAR,
        help=f"Database file [default: {DEFAULT_DB} in the current directory, or ${ENV_VAR}].",
        show_default=False,
        dir_okay=False,
    ),
]


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


Format = Annotated[
    OutputFormat | None,
    typer.Option("--format", "-f", help="Output format [default: table at a terminal, else jsonl]."),
]
Inputs = Annotated[
    list[str],
    typer.Argument(help="Files (.txt, .jsonl, .html), directories, or - for stdin."),
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


def stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout() -> Console:
    return Console(highlight=False)


def output_format(fmt: OutputFormat | None) -> OutputFormat:
    """The chosen format, else a table for people at a terminal and JSON Lines for pipes."""
    return fmt or (OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl)


def day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error on stderr; the caller raises the returned exit."""
    stderr().print(f"error: {message}", markup=False)
    return typer.Exit(code=code)


@contextmanager
def open_store(db: Path, *, create: bool = False) -> Iterator[Store]:
    """The database, or a one-line error and exit code 1."""
    try:
        with Store.open(db, create=create) as store:
            yield store
    except StoreError as exc:
        raise fail(str(exc)) from None
