"""The error record the input stage yields instead of raising.

Bad input is reported and skipped, never fatal, so one broken file in a
corpus of thousands does not stop a run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Warn = Callable[[str], None]
"""Callback for non-fatal notes (e.g. an encoding fallback); gets one line."""


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be turned into an article.

    ``source`` is a file path, ``"<stdin>"``, or ``"path:LINE"`` for one bad
    line of a JSON Lines file; ``message`` is a single line.
    """

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
