"""Which files an input path stands for, and what kind of file each is.

Kinds: ``text`` (one article), ``jsonl`` (one article per line) and ``html``
(one article, main text extracted).  Decided by extension where we know it,
otherwise by sniffing the first bytes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from .decode import strip_bom
from .errors import InputError

KINDS = {".txt": "text", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}


def kind_of(path: str) -> str | None:
    """The kind implied by the file extension, or None if it must be sniffed."""
    return KINDS.get(os.path.splitext(path)[1].lower())


def stem(path: str) -> str:
    """File name without directory and extension: the id of a one-article file."""
    return os.path.splitext(os.path.basename(path))[0]


def sniff(head: bytes) -> str:
    """Guess the kind from the first bytes: ``{`` -> jsonl, ``<html``/``<!doctype`` -> html."""
    start = strip_bom(head).lstrip()[:16].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<html", b"<!doctype")):
        return "html"
    return "text"


def walk(directory: str) -> Iterator[str | InputError]:
    """Readable-kind files under ``directory``, recursively, sorted by name.

    Other extensions and hidden entries (``.git``, ``.DS_Store``) are skipped
    silently; symlinked directories are followed, but never twice.
    """
    yield from _walk(directory, set())


def _walk(directory: str, visited: set[str]) -> Iterator[str | InputError]:
    real = os.path.realpath(directory)
    if real in visited:
        return
    visited.add(real)
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(directory, os_message(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry.path, visited)
        elif entry.is_file() and kind_of(entry.name):
            yield entry.path


def os_message(exc: OSError) -> str:
    """A short, stable message for a failed open/read."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read ({exc.strerror or exc})"
