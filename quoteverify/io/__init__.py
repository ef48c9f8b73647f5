"""Input reading: files, directories and stdin -> ``Article`` records.

Offsets in every later record index ``Article.text`` as produced here: for
.txt and stdin text the decoded file (BOM dropped, ``\\r\\n``/``\\r`` -> ``\\n``,
nothing else changed); for JSON Lines the ``text`` value verbatim; for HTML
the main text extracted by trafilatura, paragraphs separated by ``\\n\\n``.
"""

from .errors import InputError
from .readers import read_inputs

__all__ = ["InputError", "read_inputs"]
