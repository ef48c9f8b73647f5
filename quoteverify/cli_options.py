"""Command-line options shared by the command modules (one definition, one help text)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quoteverify.store import DEFAULT_DB, ENV_VAR

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
