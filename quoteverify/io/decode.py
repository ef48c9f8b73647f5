"""Bytes to text, the way every reader does it.

All character offsets downstream index the string returned here, so the only
changes made to the text are the ones documented: a leading UTF-8 byte order
mark is dropped and ``\\r\\n`` / ``\\r`` become ``\\n``.  No Unicode
normalisation (NFC etc.) and no whitespace cleanup happen.
"""

from __future__ import annotations

import codecs

from .errors import Warn

BOM = codecs.BOM_UTF8

# Control bytes that do occur in real text files: tab, LF, VT, FF, CR, ESC.
_TEXT_CONTROLS = frozenset(b"\t\n\v\f\r\x1b")
_CONTROL_BYTES = frozenset(range(32)) - _TEXT_CONTROLS | {0x7F}
_MAX_CONTROL_SHARE = 0.10

BINARY_MESSAGE = "binary file, not text"


def looks_binary(sample: bytes) -> bool:
    """True for data that is not text: any NUL byte, or >10 % control bytes."""
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls / len(sample) > _MAX_CONTROL_SHARE


def strip_bom(data: bytes) -> bytes:
    """Drop a leading UTF-8 byte order mark."""
    return data[len(BOM) :] if data.startswith(BOM) else data


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``; other separators stay."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(
    data: bytes,
    source: str,
    warn: Warn,
    *,
    declared: str | None = None,
    warned: set[str] | None = None,
) -> str:
    """Decode ``data`` (BOM already stripped or not) and normalise newlines.

    Tries UTF-8, then the ``declared`` charset (e.g. from an HTML ``<meta>``;
    silently, since the file said so), then cp1252 and finally latin-1, which
    never fails.  The cp1252/latin-1 fallbacks call ``warn`` once per codec
    and ``warned`` set, so a JSON Lines file decoded line by line warns once.
    """
    data = strip_bom(data)
    try:
        return normalize_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return normalize_newlines(data.decode(declared))
        except (UnicodeDecodeError, LookupError):
            pass
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if warned is None or codec not in warned:
            warn(f"{source}: not UTF-8, decoded as {codec}")
            if warned is not None:
                warned.add(codec)
        return normalize_newlines(text)
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover
