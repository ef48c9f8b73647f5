"""``read_inputs``: paths (files, directories, ``-``) -> articles or errors.

Streaming: one file is open at a time and JSON Lines are parsed line by line,
so a big corpus or a pipe on stdin starts producing articles at once.  Bad
input never raises; it becomes an ``InputError`` and reading goes on.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any, BinaryIO, TextIO

from ..records import Article
from .decode import BINARY_MESSAGE, decode_bytes, looks_binary, normalize_newlines
from .errors import InputError, Warn
from .html import declared_charset, extract_html
from .jsonl import parse_line
from .sources import kind_of, os_message, sniff, stem, walk

STDIN = "<stdin>"
STDIN_ID = "stdin"  # article id of a text or HTML document read from stdin
_SNIFF_BYTES = 8192


def read_inputs(
    inputs: Iterable[str],
    *,
    stdin: TextIO | BinaryIO | None = None,
    warn: Warn = lambda msg: None,
) -> Iterator[Article | InputError]:
    """Yield every article in ``inputs``, or an ``InputError`` for what is unusable.

    A directory is walked recursively in sorted order, taking ``.txt``,
    ``.jsonl``, ``.html`` and ``.htm`` files; a named file with another
    extension, and ``-`` (stdin, ``sys.stdin`` unless ``stdin`` is given),
    are sniffed: ``{`` first means JSON Lines, ``<html``/``<!doctype`` HTML,
    anything else plain text.  A text or HTML file is one article whose id
    is the file stem (``stdin`` for stdin).  Ids must be unique per call.
    """
    seen: set[str] = set()
    for item in inputs:
        path = os.fspath(item)
        if path == "-":
            records = _read_stdin(stdin, warn)
        elif os.path.isdir(path):
            records = _read_directory(path, warn)
        else:
            records = _read_file(path, kind_of(path), warn)
        for record in records:
            if isinstance(record, Article):
                if record.id in seen:
                    message = f"duplicate article id '{record.id}'"
                    record = InputError(record.source or path, message)
                else:
                    seen.add(record.id)
            yield record


def _read_directory(root: str, warn: Warn) -> Iterator[Article | InputError]:
    found = False
    for path in walk(root):
        if isinstance(path, InputError):
            yield path
        else:
            found = True
            yield from _read_file(path, kind_of(path), warn)
    if not found:
        warn(f"{root}: no .txt, .jsonl, .html or .htm files found")


def _read_file(path: str, kind: str | None, warn: Warn) -> Iterator[Article | InputError]:
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield InputError(path, os_message(exc))
        return
    with stream:
        try:
            yield from _read_stream(stream, path, stem(path), kind, warn)
        except OSError as exc:
            yield InputError(path, os_message(exc))


def _read_stdin(stdin: IO[Any] | None, warn: Warn) -> Iterator[Article | InputError]:
    stream = stdin if stdin is not None else sys.stdin
    if stream is None:
        yield InputError(STDIN, "no standard input")
        return
    try:
        if isinstance(stream.read(0), str):  # a text stream: read its bytes if it has them
            buffer = getattr(stream, "buffer", None)
            if buffer is None:
                buffer = io.BytesIO(stream.read().encode("utf-8", "surrogateescape"))
            stream = buffer
        yield from _read_stream(stream, STDIN, STDIN_ID, None, warn)
    except OSError as exc:
        yield InputError(STDIN, os_message(exc))
    except UnicodeEncodeError:
        yield InputError(STDIN, "text stream holds characters that are not encodable")


def _read_stream(
    stream: IO[bytes], source: str, article_id: str, kind: str | None, warn: Warn
) -> Iterator[Article | InputError]:
    head = stream.read(_SNIFF_BYTES)
    if looks_binary(head):
        yield InputError(source, BINARY_MESSAGE)
        return
    kind = kind or sniff(head)
    if kind == "jsonl":
        yield from _read_jsonl(_lines(head, stream), source, warn)
        return
    data = head + stream.read()
    if b"\x00" in data:
        yield InputError(source, BINARY_MESSAGE)
    elif kind == "html":
        yield _read_html(data, source, article_id, warn)
    else:
        yield Article(id=article_id, text=decode_bytes(data, source, warn), source=source)


def _lines(head: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    """The raw lines of ``head`` followed by those of the rest of ``stream``."""
    pending = b""
    for line in io.BytesIO(head):
        if line.endswith(b"\n"):
            yield line
        else:
            pending = line
    if pending:
        yield pending + stream.readline()
    yield from stream


def _read_jsonl(lines: Iterator[bytes], source: str, warn: Warn) -> Iterator[Article | InputError]:
    """Parse line by line; blank lines are skipped but counted."""
    warned: set[str] = set()  # warn about an encoding fallback once per file
    lineno = 0
    for raw in lines:
        text = decode_bytes(raw, source, warn, warned=warned)
        # A lone \r also ends a line (normalize_newlines turned it into \n).
        for line in text.removesuffix("\n").split("\n"):
            lineno += 1
            if line.strip():
                yield parse_line(line, f"{source}:{lineno}", warn)


def _read_html(data: bytes, source: str, article_id: str, warn: Warn) -> Article | InputError:
    html = decode_bytes(data, source, warn, declared=declared_charset(data))
    try:
        page = extract_html(html)
    except Exception as exc:  # trafilatura is heuristic code; go on whatever it raises
        return InputError(source, f"HTML extraction failed ({type(exc).__name__}: {exc})")
    if not page.text:
        warn(f"{source}: no main text found in the HTML page")
    return Article(
        id=article_id,
        text=normalize_newlines(page.text),
        url=page.url,
        outlet=page.outlet,
        published=page.published,
        title=page.title,
        author=page.author,
        source=source,
    )
