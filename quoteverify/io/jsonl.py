"""One line of the JSON Lines article contract -> ``Article`` or an error.

Contract: one JSON object per line; ``id`` (string; an integer is accepted
and turned into a string) and ``text`` (string) are required; ``url``,
``outlet``, ``published``, ``title``, ``author`` are optional strings;
``agency`` is a string or a list of strings.  Other keys are ignored.  A
wrongly typed optional field is dropped with a warning rather than losing
the whole article; a bad required field makes the line an ``InputError``.
"""

from __future__ import annotations

import json
from typing import Any

from ..records import Article
from .errors import InputError, Warn

_OPTIONAL = ("url", "outlet", "published", "title", "author")


def json_type(value: Any) -> str:
    """JSON's name for the type of a decoded value, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return {str: "string", list: "array", dict: "object"}.get(type(value), type(value).__name__)


def parse_line(line: str, source: str, warn: Warn) -> Article | InputError:
    """Parse one non-blank line; ``source`` is ``"path:LINE"``."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(source, f"not valid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return InputError(source, "not valid JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return InputError(source, f"expected a JSON object, got {json_type(obj)}")
    for key in ("id", "text"):
        if key not in obj:
            return InputError(source, f"missing required field '{key}'")

    article_id = obj["id"]
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str):
        return InputError(source, f"field 'id' must be a string, got {json_type(article_id)}")
    if not article_id:
        return InputError(source, "field 'id' is empty")
    text = obj["text"]
    if not isinstance(text, str):
        return InputError(source, f"field 'text' must be a string, got {json_type(text)}")

    meta: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is None or isinstance(value, str):
            meta[key] = value
        else:
            warn(f"{source}: field '{key}' ignored (must be a string, got {json_type(value)})")
    return Article(
        id=article_id,
        text=text,
        agencies=_agencies(obj.get("agency"), source, warn),
        source=source,
        **meta,
    )


def _agencies(value: Any, source: str, warn: Warn) -> tuple[str, ...]:
    """``agency`` as a tuple: a string is one agency, empty strings are dropped."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item for item in value if item)
    warn(f"{source}: field 'agency' ignored (must be a string or a list of strings)")
    return ()
