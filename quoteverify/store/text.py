"""The normalised text of a quote: the form quotes are compared and grouped by.

Unicode NFKC, casefolded (so ß = ss), typographic quotation marks,
apostrophes and dashes unified, whitespace collapsed, punctuation and marks
at either edge dropped.  "Die Lage ist groß.“" and "die Lage ist gross"
normalise alike.
"""

from __future__ import annotations

import unicodedata

__all__ = ["normalise_quote"]

_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("„“”«»‟〝〞＂", '"'),
        **dict.fromkeys("‚‘’‹›‛´`", "'"),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        "…": "...",
        "\u00ad": None,  # soft hyphen
    }
)
_EDGE = " \t\n.,;:!?-\"'()[]"


def normalise_quote(text: str) -> str:
    """See the module docstring."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_TYPOGRAPHY)
    return " ".join(folded.split()).strip(_EDGE)
