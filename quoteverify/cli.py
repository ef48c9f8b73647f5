"""The `quoteverify` command: a thin layer over the library, assembled from the command modules.

Data goes to stdout (a table for people at a terminal, JSONL or CSV for
pipes); warnings, errors and progress go to stderr, one line each, naming the
input.  Every command that reads or writes the database takes ``--db PATH``
(default ``quoteverify.db`` in the current directory, or ``$QUOTEVERIFY_DB``).

- :mod:`.cli_input`: extract, ingest
- :mod:`.cli_queries`: quotes, speakers, articles, stats
- :mod:`.cli_verify`: cluster, variants, check
- :mod:`.cli_demo`: demo
"""

from __future__ import annotations

import typer

from quoteverify import cli_demo, cli_input, cli_queries, cli_verify

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find who said what in German-language news and how outlets quote it.",
)
app.command("extract")(cli_input.extract)
app.command("ingest")(cli_input.ingest)
app.command("quotes")(cli_queries.quotes)
app.add_typer(cli_queries.speakers_app, name="speakers")
app.command("articles")(cli_queries.articles)
app.command("stats")(cli_queries.stats)
app.command("cluster")(cli_verify.cluster)
app.command("variants")(cli_verify.variants)
app.command("check", cls=cli_verify.CheckCommand)(cli_verify.check)
app.command("demo")(cli_demo.demo)


def main() -> None:
    app()
