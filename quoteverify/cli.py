"""The `quoteverify` command: a thin layer over the library.

Data goes to stdout (a table for people at a terminal, JSONL or CSV for
pipes); warnings and errors go to stderr, one line each, naming the input.
"""

from __future__ import annotations

import sys
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from quoteverify import render
from quoteverify.io import InputError, read_inputs
from quoteverify.pipeline import extract_quotes

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find who said what in German-language news and how outlets quote it.",
)


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .jsonl, .html), directories, or - for stdin."),
    ],
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Output format [default: table at a terminal, else jsonl]."),
    ] = None,
) -> None:
    """List every quotation in the input articles (interfaces.md §2)."""
    fmt = fmt or (OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl)
    err = _stderr()
    failed = _extract_to_stdout(inputs, fmt, err)
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
        quotes = extract_quotes(item)
        if fmt is OutputFormat.jsonl:
            out.writelines(render.jsonl_line(q) + "\n" for q in quotes)
        elif fmt is OutputFormat.csv:
            out.writelines(render.csv_line(q) + "\n" for q in quotes)
        else:
            rows.extend(quotes)
    if fmt is OutputFormat.table:
        Console(highlight=False).print(render.quote_table(rows))
    return failed


@app.command()
def demo() -> None:
    """Run the main job on the bundled sample articles and show the result."""
    samples = resources.files("quoteverify") / "data" / "samples" / "articles.jsonl"
    with resources.as_file(samples) as path:
        _extract_to_stdout([str(Path(path))], OutputFormat.table, _stderr())


def main() -> None:
    app()
