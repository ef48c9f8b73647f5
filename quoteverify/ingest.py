"""Ingest: read inputs, analyse every new or changed article once, store in batches.

The flow is read (``io``) -> metadata and template lines (``io``) -> analyse
(``pipeline``, optionally in worker processes) -> write (``store``, one
writer, one transaction per batch).  This module only wires the stages
together; it knows no SQL and no linguistics.

- An article whose id and text are already stored is counted ``unchanged``
  and not analysed again.
- ``workers > 1`` analyses in that many processes; results come back in input
  order to the single writer in this process, with a bounded number in
  flight, so memory stays flat on any corpus size.
- After the last batch the stored clusters of renderings of one statement
  are brought up to date (:func:`~quoteverify.clustering.update_clusters`):
  new and replaced articles' quotes are clustered with what is stored.
- Inputs are read in windows of :data:`WINDOW` articles so that lines an
  outlet's page template repeats can be learnt before its articles are
  analysed (:class:`~quoteverify.io.boilerplate.TemplateLines`).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import BinaryIO, TextIO

from quoteverify.clustering import ClusterSummary, update_clusters
from quoteverify.io import InputError, read_inputs
from quoteverify.io.boilerplate import TemplateLines
from quoteverify.io.errors import Warn
from quoteverify.io.metadata import enrich
from quoteverify.pipeline import analyser, extract_news_quotes
from quoteverify.records import Article
from quoteverify.store import Analysed, BatchResult, Store, sha256_text

__all__ = ["BATCH_SIZE", "CHUNK", "WINDOW", "IngestSummary", "analyse", "analyse_many", "ingest", "warm_up"]

BATCH_SIZE = 50  # articles per write transaction
CHUNK = 8  # articles per task sent to a worker process
_BATCH_QUOTES = 5000  # ... or fewer, once this many quotes are waiting
WINDOW = 256  # articles read ahead for template learning


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did, article by article."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    quotes_added: int = 0
    quotes_removed: int = 0
    clusters: ClusterSummary | None = None

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.replaced + self.failed

    def add(self, result: BatchResult) -> None:
        for outcome in result.outcomes.values():
            setattr(self, outcome, getattr(self, outcome) + 1)
        self.quotes_added += result.quotes_added
        self.quotes_removed += result.quotes_removed

    def lines(self) -> list[str]:
        """The summary for people, one line per subject."""
        return [
            f"articles: {self.new} new, {self.unchanged} unchanged, {self.replaced} replaced, "
            f"{self.failed} failed",
            f"quotes:   {self.quotes_added} added, {self.quotes_removed} removed",
            *([self.clusters.line()] if self.clusters is not None else []),
        ]


@dataclass(frozen=True, slots=True)
class _Task:
    article: Article
    sha256: str
    template_lines: frozenset[str]
    nlp_backend: str
    nlp_version: str
    quoteverify_version: str


def analyse(task: _Task) -> Analysed | InputError:
    """Analyse one article (in a worker process or here); a failure becomes an InputError."""
    try:
        quotes, excluded = extract_news_quotes(task.article, template_lines=task.template_lines)
    except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the corpus
        where = task.article.source or task.article.id
        return InputError(where, f"analysis failed ({type(exc).__name__}: {exc})")
    return Analysed(
        article=task.article,
        quotes=quotes,
        excluded=[(r.start, r.end, r.reason) for r in excluded],
        nlp_backend=task.nlp_backend,
        nlp_version=task.nlp_version,
        quoteverify_version=task.quoteverify_version,
        sha256=task.sha256,
    )


def analyse_many(tasks: list[_Task]) -> list[Analysed | InputError]:
    """:func:`analyse` for a chunk of tasks: one round trip to a worker per chunk."""
    return [analyse(task) for task in tasks]


# Quotes and reported speech, so that every model the pipeline may ask gets loaded.
_WARM_UP_TEXT = (
    "Talbot (dpa) - Die Bürgermeisterin Anna Rausch sagte am Montag, die Brücke werde neu gebaut. "
    "Das sei längst überfällig, meinte sie. „Wir haben lange genug gewartet“, sagte Rausch. "
    "Nach Angaben der Polizei blieb die Straße gesperrt."
)


def warm_up() -> None:
    """Run the pipeline once so that whatever models it uses are loaded in this process."""
    extract_news_quotes(Article("warm-up", _WARM_UP_TEXT))


def _ordered(
    tasks: Iterable[_Task], executor: Executor | None, workers: int
) -> Iterator[Analysed | InputError]:
    """``map(analyse, tasks)`` in input order.

    With an executor, chunks of :data:`CHUNK` tasks go to the workers, at most
    ``2 * workers`` chunks ahead of the writer, so memory stays flat.
    """
    if executor is None:
        yield from map(analyse, tasks)
        return
    pending: deque[Future[list[Analysed | InputError]]] = deque()
    iterator = iter(tasks)
    while chunk := list(islice(iterator, CHUNK)):
        pending.append(executor.submit(analyse_many, chunk))
        if len(pending) >= 2 * workers:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _executor(workers: int) -> Executor | None:
    if workers <= 1:
        return None
    methods = multiprocessing.get_all_start_methods()
    # forkserver: workers do not inherit this process's threads (the progress bar's).
    # The server imports quoteverify._worker first, which warms the pipeline's
    # models once; every worker forked from it starts warm.
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["quoteverify._worker"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def ingest(
    inputs: Iterable[str],
    db: str | os.PathLike[str] | None = None,
    *,
    outlet: str | None = None,
    workers: int = 1,
    force: bool = False,
    batch_size: int = BATCH_SIZE,
    stdin: TextIO | BinaryIO | None = None,
    warn: Warn = lambda message: None,
    on_error: Callable[[InputError], None] = lambda error: None,
    on_progress: Callable[[int], None] = lambda advance: None,
) -> IngestSummary:
    """Read, analyse and store ``inputs`` into the database ``db``; return the counts.

    ``outlet`` overrides every article's outlet.  ``force`` analyses and
    replaces articles even when their stored text is unchanged (after a
    pipeline upgrade, or to apply ``outlet``).  Bad inputs and articles whose
    analysis fails go to ``on_error`` and are counted ``failed``; the rest is
    stored.  ``on_progress(n)`` is called as ``n`` more inputs are done.
    """
    from quoteverify import __version__

    if workers < 1:
        raise ValueError("workers must be at least 1")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    summary = IngestSummary()
    backend, backend_version = analyser()
    templates = TemplateLines()
    with Store.open(db) as store:

        def tasks() -> Iterator[_Task]:
            records = read_inputs(inputs, stdin=stdin, warn=warn)
            while window := list(islice(records, WINDOW)):
                articles = []
                for record in window:
                    if isinstance(record, InputError):
                        summary.failed += 1
                        on_error(record)
                        on_progress(1)
                    else:
                        articles.append(enrich(record, outlet=outlet))
                templates.learn_all((a.outlet, a.text) for a in articles)
                for article in articles:
                    digest = sha256_text(article.text)
                    if not force and store.stored_sha256(article.id) == digest:
                        summary.unchanged += 1
                        on_progress(1)
                        continue
                    lines = templates.lines_for(article.outlet, article.text)
                    yield _Task(article, digest, lines, backend, backend_version, __version__)

        batch: list[Analysed] = []
        waiting_quotes = 0

        def flush() -> None:
            nonlocal waiting_quotes
            summary.add(store.write(batch, force=force))
            on_progress(len(batch))
            batch.clear()
            waiting_quotes = 0

        executor = _executor(workers)
        try:
            for result in _ordered(tasks(), executor, workers):
                if isinstance(result, InputError):
                    summary.failed += 1
                    on_error(result)
                    on_progress(1)
                    continue
                batch.append(result)
                waiting_quotes += len(result.quotes)
                if len(batch) >= batch_size or waiting_quotes >= _BATCH_QUOTES:
                    flush()
            flush()
        finally:
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
        summary.clusters = update_clusters(store)
    return summary
