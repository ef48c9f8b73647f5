"""How many articles some inputs hold, cheaply, for a progress bar's total."""

from __future__ import annotations

import os
from collections.abc import Iterable

from .decode import strip_bom
from .sources import kind_of, sniff, walk

__all__ = ["count_articles"]

_BLOCK = 1 << 20


def count_articles(inputs: Iterable[str]) -> int | None:
    """The number of records :func:`~quoteverify.io.read_inputs` will yield, or None.

    A text or HTML file counts one, a JSON Lines file its non-blank lines, an
    unreadable path one (it becomes one error).  None when stdin is among the
    inputs: it cannot be read twice.
    """
    total = 0
    for item in inputs:
        path = os.fspath(item)
        if path == "-":
            return None
        paths = [p for p in walk(path) if isinstance(p, str)] if os.path.isdir(path) else [path]
        for file in paths:
            total += _count_file(file)
    return total


def _count_file(path: str) -> int:
    try:
        with open(path, "rb") as stream:
            head = stream.read(_BLOCK)
            if (kind_of(path) or sniff(head)) != "jsonl":
                return 1
            count = 0
            pending = strip_bom(head)
            while True:
                lines = pending.split(b"\n")
                pending = lines.pop()
                count += sum(1 for line in lines if line.strip())
                block = stream.read(_BLOCK)
                if not block:
                    break
                pending += block
            return count + (1 if pending.strip() else 0)
    except OSError:
        return 1
