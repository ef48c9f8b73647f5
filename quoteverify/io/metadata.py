"""Article metadata found outside the reader: outlet, agency credits, date, title.

:func:`enrich` fills what a reader left open, from the article itself:

- **outlet**: ``outlet=`` given by the caller (``--outlet``) wins; then what the
  input said (JSON Lines field, the HTML site name); then the URL's domain,
  named by ``data/outlets.tsv`` or else the registrable domain itself.
- **agencies**: the input's ``agency`` field plus every credit in the text, as
  canonical names from ``data/agencies.tsv``: a dateline credit
  (``Hannover (dpa) -``, ``BERLIN (dpa/AFP) –``), a byline (``Von dpa``,
  ``Von Anna Muster, AFP``) and a closing source line (``AFP, Reuters``,
  ``(dpa/lno)``, ``Mit Material von dpa und KNA``).  Photo credits
  (``Foto: Kay Nietfeld/dpa``) credit a picture, not the text, and are ignored.
- **published**: kept when given (German dates become ISO 8601); else the
  dateline date (``Zürich, 4. März 2026 (SDA) -``) or a ``Veröffentlicht am``
  / ``Stand:`` line.
- **title**: kept when given; else a short first line standing on its own.

Offsets never change: the text is not touched.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from ..lexicon import agencies as agency_lexicon
from ..records import Article

__all__ = [
    "agency_credits",
    "canonical_agency",
    "dateline_date",
    "dateline_end",
    "enrich",
    "guess_title",
    "normalise_date",
    "outlet_from_url",
]

# -- outlets from URLs ----------------------------------------------------------------

# Second-level suffixes under which a registrable domain has three labels.
_TWO_LABEL_SUFFIXES = frozenset(
    {"co.at", "or.at", "gv.at", "ac.at", "co.uk", "org.uk", "com.au", "co.nz", "com.br", "co.jp"}
)


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    table: dict[str, str] = {}
    text = (resources.files("quoteverify") / "data" / "outlets.tsv").read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) != 2 or not all(fields):
            raise ValueError(f"outlets.tsv, line {lineno}: expected domain<TAB>outlet")
        table[fields[0].lower()] = fields[1]
    return table


def outlet_from_url(url: str | None) -> str | None:
    """The outlet a URL belongs to: a listed name, else its registrable domain.

    >>> outlet_from_url("https://www.spiegel.de/politik/a-1.html")
    'DER SPIEGEL'
    >>> outlet_from_url("https://newsroom.kurier-ostheide.example/x")
    'kurier-ostheide.example'
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host or host.replace(".", "").isdigit():
        return None
    labels = host.lower().rstrip(".").split(".")
    outlets = _outlets()
    for i in range(len(labels) - 1):
        name = outlets.get(".".join(labels[i:]))
        if name:
            return name
    keep = 3 if ".".join(labels[-2:]) in _TWO_LABEL_SUFFIXES and len(labels) >= 3 else 2
    return ".".join(labels[-keep:])


# -- agency credits ----------------------------------------------------------------------

# One credit group: agency names and short lower-case service or author codes
# (dpa/lno, ran/dpa, sda/awp) separated by slashes, commas, "und" or "&".
_CREDIT_SEPARATOR = re.compile(r"\s*(?:/|,|;|&|\+|\bund\b|\s\|\s)\s*")
_SERVICE_CODE = re.compile(r"[a-z]{1,5}|[a-zA-Z]{1,2}[A-Z]?")  # lno, tmn, sas, jW, AZ
_DATELINE = re.compile(
    r"""
    ^[ \t]*
    (?P<place>[A-ZÄÖÜ][\w.'’-]*                        # Hannover, BERLIN, St.
        (?:[ \t]?/[ \t]?[A-ZÄÖÜ][\w.'’-]*)*               # Hannover/Hasselbrück
        (?:[ \t](?:am|an[ \t]der|im|in[ \t]der|bei|ob[ \t]der|vor[ \t]der|[A-ZÄÖÜ][\w.'’-]*))*
    )
    (?:,[ \t]*(?P<date>[^()\n]{4,40}?))?                  # , 12. März 2026
    [ \t]*
    (?:\((?P<credit>[^()\n]{1,60})\)[ \t]*)?              # (dpa) / (dpa/lno) / (AFP, Reuters)
    (?P<dash>[-–—])[ \t]                                  # the dash that ends the dateline
    """,
    re.VERBOSE | re.MULTILINE,
)
_BYLINE = re.compile(r"^[ \t]*Von[ \t]+(?P<body>[^\n]{2,80}?)[ \t]*$")
_SOURCE_PREFIX = re.compile(
    r"""^(?:Quelle|Quellen|Material|Mit[ \t]Material[ \t](?:von|der|des)(?:[ \t]Nachrichtenagentur(?:en)?)?
        |Mit[ \t]Informationen[ \t]von|Nach[ \t]Informationen[ \t]von|©|\(c\)|Copyright)
        [ \t]*:?[ \t]*""",
    re.VERBOSE | re.IGNORECASE,
)
_EDGE_LINES = 3  # bylines and source lines are looked for this far from either end


def canonical_agency(name: str) -> str | None:
    """The canonical name of an agency as credited ("dpa-AFX" -> "dpa"), or None."""
    lexicon = agency_lexicon()
    name = " ".join(name.split()).strip(".")
    found = lexicon.get(name)
    if found is None and len(name) >= 3:
        lowered = {variant.lower(): canonical for variant, canonical in lexicon.items()}
        found = lowered.get(name.lower())
    return found


def _credit_group(group: str, *, strict: bool) -> list[str]:
    """Agencies of a credit like ``dpa/lno`` or ``AFP, Reuters``; [] if it is not one.

    ``strict``: every part must be an agency or a short service/author code
    (a dateline or a line of its own); otherwise other words may surround it.
    """
    found: list[str] = []
    for part in _CREDIT_SEPARATOR.split(group.strip().strip("()").strip()):
        part = part.strip(" .()")
        if not part:
            continue
        canonical = canonical_agency(part)
        if canonical is not None:
            found.append(canonical)
        elif any(ch.isdigit() for ch in part):
            continue  # a wire id such as dpa:260312-99-123456/2
        elif strict and not _SERVICE_CODE.fullmatch(part):
            return []
    return found


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


@dataclasses.dataclass(frozen=True, slots=True)
class _Dateline:
    agencies: tuple[str, ...]
    date: str | None


def _dateline_at(text: str, pos: int = 0) -> _Dateline | None:
    """The dateline starting at ``pos``: it must credit an agency or give a date."""
    match = _DATELINE.match(text, pos)
    if match is None:
        return None
    credit = match.group("credit")
    found = tuple(_credit_group(credit, strict=True)) if credit else ()
    when = find_date(match.group("date")) if match.group("date") else None
    return _Dateline(found, when) if found or when else None


def dateline_end(text: str, pos: int = 0) -> int | None:
    """Where a dateline starting at ``pos`` ends (after its dash), or None: the first
    sentence's subject stands after it (Krähenfeld (dpa) - Der Konzern …; also a place
    alone, Wien - Der Bürgermeister …, which credits no one and is no metadata)."""
    match = _DATELINE.match(text, pos)
    if match is None:
        return None
    if _dateline_at(text, pos) is None and not (
        " " not in match.group("place") and text[match.start("dash") - 1] in " \t"
        and text[match.end() : match.end() + 1].isupper()
    ):
        return None
    return match.end()


def _datelines(text: str) -> Iterator[_Dateline]:
    """Datelines at the start of the text and of every paragraph."""
    for line_start in _line_starts(text):
        found = _dateline_at(text, line_start)
        if found is not None:
            yield found


def _line_starts(text: str) -> Iterator[int]:
    yield 0
    pos = text.find("\n")
    while pos != -1:
        yield pos + 1
        pos = text.find("\n", pos + 1)


def _byline_agencies(line: str) -> list[str] | None:
    """Agencies of a byline (Von dpa / Von Anna Muster, AFP / Von dpa-Korrespondentin …)."""
    match = _BYLINE.match(line)
    if match is None or len(line) > 70 or line.endswith("."):
        return None
    found = []
    for word in re.split(r"[\s,()/]+", match.group("body")):
        canonical = canonical_agency(word) or canonical_agency(word.split("-", 1)[0])
        if canonical is not None:
            found.append(canonical)
    return found


def agency_credits(text: str) -> tuple[str, ...]:
    """Canonical names of the agencies credited for the text, in order of first credit."""
    found: list[str] = []
    for dateline in _datelines(text):
        found += dateline.agencies
    lines = _lines(text)
    edges = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:] if len(lines) > 2 * _EDGE_LINES else lines
    for line in edges:
        if len(line) > 100:
            continue
        byline = _byline_agencies(line)
        if byline is not None:
            found += byline
        else:
            found += _credit_group(_SOURCE_PREFIX.sub("", line, count=1), strict=True)
    return tuple(dict.fromkeys(found))


# -- dates -------------------------------------------------------------------------------

_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "mär": 3,
    "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)")
_WORD_DATE = re.compile(r"(?<!\d)(\d{1,2})\.\s?([A-Za-zÄÖÜäöü]{3,9})\.?\s+(\d{4})(?!\d)")
_DATE_LINE = re.compile(
    r"^(?:Veröffentlicht|Erschienen|Publiziert|Stand|Datum)(?:\s+am)?\s*:?\s*(?P<rest>.{6,60})$",
    re.IGNORECASE,
)


def _make_date(day: int, month: int, year: int) -> str | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first German-written date in ``text`` as ``YYYY-MM-DD`` (12.3.2026, 12. März 2026)."""
    found: list[tuple[int, str]] = []
    for match in _NUMERIC_DATE.finditer(text):
        iso = _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if iso:
            found.append((match.start(), iso))
            break
    for match in _WORD_DATE.finditer(text):
        month = _MONTHS.get(match.group(2).lower())
        iso = _make_date(int(match.group(1)), month, int(match.group(3))) if month else None
        if iso:
            found.append((match.start(), iso))
            break
    return min(found)[1] if found else None


def normalise_date(value: str | None) -> str | None:
    """ISO 8601 stays as it is; a German date becomes ``YYYY-MM-DD``; otherwise unchanged."""
    if value is None:
        return None
    value = value.strip()
    if not value or _ISO_DATE.match(value):
        return value or None
    return find_date(value) or value


def dateline_date(text: str) -> str | None:
    """The date of the first dateline (``Zürich, 4.3.2026 (SDA) –``) or a ``Veröffentlicht am`` line."""
    first = next(_datelines(text[:3000]), None)
    if first is not None and first.date:
        return first.date
    lines = _lines(text)
    for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]:
        match = _DATE_LINE.match(line)
        if match is not None:
            found = find_date(match.group("rest"))
            if found:
                return found
    return None


# -- titles ------------------------------------------------------------------------------

_MAX_TITLE = 160


def guess_title(text: str) -> str | None:
    """A short first line followed by more text, not ending like a sentence; else None.

    A dateline, a byline or a quotation is never taken for a title.
    """
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > _MAX_TITLE:
        return None
    if first[-1] in ".,;:" or first[0] in "„“”\"»«‚‘'›‹" or _dateline_at(first) is not None:
        return None
    if _byline_agencies(first) is not None or first.startswith(("Foto:", "Bild:", "©")):
        return None
    return first


# -- all together ------------------------------------------------------------------------


def enrich(article: Article, *, outlet: str | None = None) -> Article:
    """The article with outlet, agencies, published and title filled where possible."""
    text = article.text
    agencies = tuple(
        dict.fromkeys([canonical_agency(a) or a for a in article.agencies] + list(agency_credits(text)))
    )
    published = normalise_date(article.published) or dateline_date(text)
    return dataclasses.replace(
        article,
        outlet=outlet or article.outlet or outlet_from_url(article.url),
        agencies=agencies,
        published=published,
        title=article.title or guess_title(text),
    )
