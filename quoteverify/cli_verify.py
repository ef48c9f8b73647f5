"""The verification commands: ``cluster``, ``variants``, ``check`` (registered on the app in :mod:`.cli`).

Thin like the rest of the CLI: parse, one call into
:mod:`quoteverify.clustering`, print.  ``check`` has exit codes of its
own (0 verbatim, 1 altered or misattributed, 2 not found), so its usage
and database errors exit 3 instead of the usual 2 and 1, and a script can
tell "not found" from a typo in an option.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand

from quoteverify import clustering, render_verify
from quoteverify.cli_options import Db, fail, stdout
from quoteverify.store import DEFAULT_DB, Store, StoreError

__all__ = ["CHECK_ERROR", "CheckCommand", "check", "cluster", "variants"]

CHECK_ERROR = 3  # check: usage or database error
# Typer vendors click; its usage errors (bad option, missing claim) derive from the class below.
_UsageError = typer.BadParameter.__mro__[1]

LABELS = ("identical", "typographic", "orthographic", "excerpt", "wording", "meaning", "misattribution")



class VariantsFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"


def _open(db: Path, code: int = 1) -> Store:
    try:
        return Store.open(db, create=False)
    except StoreError as exc:
        raise fail(str(exc), code) from None


def cluster(
    db: Db = Path(DEFAULT_DB),
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Recompute every cluster from all stored quotes.")
    ] = False,
) -> None:
    """Cluster stored quotes that render the same statement (ingest does this for new articles)."""
    with _open(db) as store:
        summary = clustering.rebuild_clusters(store) if rebuild else clustering.update_clusters(store)
    print(summary.line())


def _labels(value: str | None) -> list[str]:
    labels = [v.strip() for v in (value or "").split(",") if v.strip()]
    unknown = [v for v in labels if v not in LABELS]
    if unknown:
        raise typer.BadParameter(f"unknown label {unknown[0]!r}; one of {', '.join(LABELS)}")
    return labels


def variants(
    db: Db = Path(DEFAULT_DB),
    speaker: Annotated[str | None, typer.Option(help="Only statements of this speaker (any name).")] = None,
    label: Annotated[
        str | None,
        typer.Option(help="Only clusters with a member of these kinds, e.g. meaning,misattribution."),
    ] = None,
    since: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Only clusters with a member from this day on."),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also statements found in one article only.")] = False,
    fmt: Annotated[
        VariantsFormat | None,
        typer.Option("--format", "-f", help="table or jsonl [default: table at a terminal, else jsonl]."),
    ] = None,
) -> None:
    """Show how outlets render the same statement (interfaces.md §3), every difference labelled."""
    labels = _labels(label)
    fmt = fmt or (VariantsFormat.table if sys.stdout.isatty() else VariantsFormat.jsonl)
    with _open(db) as store:
        found = clustering.variants(
            store, speaker=speaker, labels=labels, since=since.date() if since else None, all=all_
        )
    if fmt is VariantsFormat.jsonl:
        from quoteverify.verify import variants_jsonl

        sys.stdout.writelines(line + "\n" for line in variants_jsonl(found, all=True))
    else:
        stdout().print(render_verify.variants_view(found))


class CheckCommand(TyperCommand):
    """``check`` reports usage errors with exit code 3: 2 means "not found"."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except _UsageError as exc:
            exc.exit_code = CHECK_ERROR
            raise


def check(
    claim: Annotated[str, typer.Argument(help="The claimed quote, in quotation marks.")],
    speaker: Annotated[str | None, typer.Option(help="Who is said to have said it (any name).")] = None,
    db: Db = Path(DEFAULT_DB),
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="text or json.")] = CheckFormat.text,
) -> None:
    """Did SPEAKER say CLAIM? Exit 0 verbatim, 1 altered or misattributed, 2 not found, 3 error."""
    if not claim.strip():
        raise fail("the claim is empty", CHECK_ERROR)
    with _open(db, CHECK_ERROR) as store:
        verdict = clustering.check_claim(store, claim, speaker=speaker)
    if fmt is CheckFormat.json:
        print(json.dumps(verdict.to_json(), ensure_ascii=False))
    else:
        print("\n".join(render_verify.check_lines(verdict)))
    raise typer.Exit(code=verdict.exit_code)
