"""Boilerplate and image captions: the character ranges whose quotation marks are not news.

Scraped text keeps some page furniture: share buttons, menus and breadcrumbs,
"Lesen Sie auch" links, "Loading…", cookie banners, photo credits, lines the
page template repeats on every article, image captions.  The text stays as it
was read (offsets are the truth); :func:`boilerplate_ranges` says which parts
of it are furniture, and the pipeline drops quotes that start there.

Everything is decided line by line (a line is what the detector treats as a
paragraph).  The phrases live in ``data/boilerplate.tsv``:

==========  ============================================================================
reason      a line is excluded when ...
==========  ============================================================================
navigation  it holds only menu or button words (``Teilen | Facebook | E-Mail``), is a
            breadcrumb (``Startseite › Politik › Inland``) or starts with a promotion
            phrase (``Lesen Sie auch: „Die letzte Streife“``)
loading     it is a loading placeholder (``Loading…``, ``Wird geladen ...``)
consent     it is a cookie or consent banner line (a consent phrase addressing the
            reader and quoting at most button labels) or a button (``Alle akzeptieren``)
credit      (part of a line) a photo credit: ``Foto: Kay Nietfeld/dpa``, ``© IMAGO``
caption     an image caption: a line ending in a photo credit, a short line (up to 200
            characters) right above a credit line with no blank line between, or a line
            labelled ``Bildunterschrift:``
template    a line the page template repeats: in ``template_lines`` (learnt across
            articles of one outlet by :class:`TemplateLines`), or a short line without
            sentence punctuation that occurs twice in the article
==========  ============================================================================
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["REASONS", "Range", "TemplateLines", "boilerplate_ranges", "normalise_line"]

REASONS = ("navigation", "loading", "consent", "credit", "caption", "template")
_CATEGORIES = frozenset({"ui", "promo", "loading", "consent", "button", "credit", "caption"})

_QUOTE_MARKS = "„“”\"»«‚‘›‹"
_SEPARATORS = re.compile(r"[\s|·•/,;:>»›<‹«\-–—+]+")
_BREADCRUMB = re.compile(r"\s[>»›/|]\s")
_MAX_PROMO = 250
_MAX_CAPTION = 400
_CREDIT_WINDOW = 120  # label, up to 80 characters of names, brackets
_MAX_CAPTION_ABOVE = 200  # a caption on the line above its credit is short
_MAX_REPEATED = 100  # a line repeated inside one article counts as template up to this length
_SHORT_CONSENT = 40
_MAX_CONSENT = 800
_QUOTED = re.compile(r"[„“”\"»«‚‘›‹]([^„“”\"»«‚‘›‹]*)[„“”\"»«‚‘›‹]")
# The reader addressed: "wir"/"uns" anywhere, formal "Sie"/"Ihre" inside a sentence
# (at its start "Sie" is as likely "they").
_READER = re.compile(
    r"\b(?:[Ww]ir|uns|unsere?[mnrs]?)\b|(?<=[a-zäöüß,] )(?:Sie|Ihnen|Ihre?[mnrs]?)\b"
)


@dataclass(frozen=True, slots=True)
class Range:
    """Characters ``text[start:end]`` that are not news, and why (one of :data:`REASONS`)."""

    start: int
    end: int
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class _Phrases:
    ui: frozenset[str]
    promo: re.Pattern[str]
    loading: re.Pattern[str]
    consent: re.Pattern[str]
    button: re.Pattern[str]
    credit: re.Pattern[str]
    caption: re.Pattern[str]


@lru_cache(maxsize=1)
def _phrases() -> _Phrases:
    name = "boilerplate.tsv"
    text = (resources.files("quoteverify") / "data" / name).read_text(encoding="utf-8")
    found: dict[str, list[str]] = defaultdict(list)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) != 2 or fields[0] not in _CATEGORIES or not fields[1]:
            raise ValueError(f"{name}, line {lineno}: expected category<TAB>phrase")
        found[fields[0]].append(" ".join(fields[1].split()))

    def alternatives(category: str) -> str:
        phrases = sorted(found[category], key=len, reverse=True)
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)

    label = r"(?:^|(?<=[\s(|]))(?:{})\s*:\s*"
    return _Phrases(
        ui=frozenset(_words(p) for p in found["ui"]),
        promo=re.compile(rf"^(?:{alternatives('promo')})(?!\w)", re.IGNORECASE),
        loading=re.compile(rf"^(?:{alternatives('loading')})\s*(?:\.+|…)?$", re.IGNORECASE),
        consent=re.compile(rf"(?<!\w)(?:{alternatives('consent')})(?!\w)", re.IGNORECASE),
        button=re.compile(rf"(?<!\w)(?:{alternatives('button')})(?!\w)", re.IGNORECASE),
        # Foto: Kay Nietfeld/dpa  |  (Foto: dpa)  |  © IMAGO/Future Image
        credit=re.compile(
            rf"(?:{label.format(alternatives('credit'))}|(?:^|(?<=[\s(|]))(?:©|\(c\))\s*)"
            r"(?P<who>(?:[^\n„“”\"»«.!?]|(?<=\b[A-Z])\.){1,80}?)\)?\s*$",
            re.IGNORECASE,
        ),
        caption=re.compile(rf"^(?:{alternatives('caption')})\s*:", re.IGNORECASE),
    )


def _words(phrase: str) -> str:
    return " ".join(_SEPARATORS.split(phrase.lower())).strip()


def normalise_line(line: str) -> str:
    """A line as compared between articles: whitespace collapsed."""
    return " ".join(line.split())


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line, leading and trailing blanks cut off."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            yield start, start + len(stripped)
        pos += len(raw) + 1


def _only_ui(line: str, ui: frozenset[str]) -> bool:
    """Is the line made of menu and button words only (``Teilen  Facebook | E-Mail``)?"""
    words = _SEPARATORS.split(line.lower())
    words = [w for w in words if w]
    if not words or len(words) > 24:
        return False
    i = 0
    while i < len(words):  # greedy: longest known phrase first
        for size in (4, 3, 2, 1):
            if " ".join(words[i : i + size]) in ui:
                i += size
                break
        else:
            return False
    return True


def _breadcrumb(line: str) -> bool:
    parts = _BREADCRUMB.split(line)
    return len(parts) >= 3 and all(0 < len(p.strip()) <= 40 for p in parts) and line[-1] not in ".!?"


def _has_quote(line: str) -> bool:
    return any(mark in line for mark in _QUOTE_MARKS)


def _consent(line: str, phrases: _Phrases) -> bool:
    consent = phrases.consent.search(line) is not None
    if len(line) <= _SHORT_CONSENT:
        return consent or phrases.button.search(line) is not None
    if not consent or len(line) > _MAX_CONSENT:
        return False
    # A banner addresses the reader and quotes at most its button labels (Mit „Akzeptieren“ …);
    # a news sentence about cookies quotes someone's words.
    quoted = _QUOTED.findall(line)
    return _READER.search(line) is not None and all(len(q.split()) <= 3 for q in quoted)


def _line_reason(line: str, phrases: _Phrases) -> str | None:
    if phrases.loading.match(line):
        return "loading"
    if _only_ui(line, phrases.ui) or _breadcrumb(line):
        return "navigation"
    if len(line) <= _MAX_PROMO and phrases.promo.match(line):
        return "navigation"
    if _consent(line, phrases):
        return "consent"
    return None


def boilerplate_ranges(text: str, *, template_lines: Collection[str] = ()) -> list[Range]:
    """Ranges of ``text`` that are page furniture or image captions, sorted by start.

    ``template_lines``: lines (compared after :func:`normalise_line`) that the
    outlet's page template repeats, e.g. from :meth:`TemplateLines.lines_for`.
    A credit inside a caption gives two ranges (caption and credit).
    """
    phrases = _phrases()
    lines = list(_lines(text))
    normalised = [normalise_line(text[s:e]) for s, e in lines]
    repeated = Counter(normalised)
    found: list[Range] = []
    credit_lines: set[int] = set()
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        # A credit ends its line and is short: only the line's tail can hold one.
        credit = phrases.credit.search(line, max(0, len(line) - _CREDIT_WINDOW))
        before = line[: credit.start()].strip(" \t(|–—-") if credit is not None else ""
        if credit is not None and not before:  # a credit line: Foto: Kay Brenner/dpa
            found.append(Range(start + credit.start(), end, "credit"))
            credit_lines.add(index)
            continue
        reason = _line_reason(line, phrases)
        if reason is None and normalised[index] in template_lines:
            reason = "template"
        if reason is None and repeated[normalised[index]] > 1 and _repeated_furniture(line):
            reason = "template"
        if reason is not None:
            found.append(Range(start, end, reason))
        elif credit is not None:  # a caption ending in its credit
            found.append(Range(start + credit.start(), end, "credit"))
            if len(before) <= _MAX_CAPTION:
                found.append(Range(start, end, "caption"))
        elif phrases.caption.match(line):
            found.append(Range(start, end, "caption"))
    # A caption line directly followed by its credit on a line of its own.
    for index in sorted(credit_lines):
        if index == 0:
            continue
        prev_start, prev_end = lines[index - 1]
        if "\n\n" in text[prev_end : lines[index][0]] or prev_end - prev_start > _MAX_CAPTION_ABOVE:
            continue
        if not any(r.start == prev_start for r in found):
            found.append(Range(prev_start, prev_end, "caption"))
    return sorted(found, key=lambda r: (r.start, -r.end))


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_QUOTE_MARKS + " )")[-1:] in ".!?"


def _repeated_furniture(line: str) -> bool:
    """A repeated line that looks like furniture rather than a sentence."""
    return len(line) <= _MAX_REPEATED and not _ends_sentence(line)


class TemplateLines:
    """Learns the lines an outlet's page template repeats across its articles.

    Only the first and last ``edge`` lines of an article are looked at (headers
    and footers), only lines of at most ``max_length`` characters, and only
    lines found in at least ``min_articles`` articles of the same outlet count.
    A line that ends a sentence and holds a quotation mark is prose reused in
    a follow-up story, never template.  At most ``max_lines`` distinct lines
    are remembered.
    """

    def __init__(
        self, *, min_articles: int = 3, edge: int = 4, max_length: int = 160, max_lines: int = 200_000
    ) -> None:
        self.min_articles = min_articles
        self.edge = edge
        self.max_length = max_length
        self.max_lines = max_lines
        self._counts: Counter[tuple[str | None, str]] = Counter()

    def _edge_lines(self, text: str) -> set[str]:
        lines = [normalise_line(text[s:e]) for s, e in _lines(text)]
        edges = lines[: self.edge] + lines[-self.edge :]
        return {
            line
            for line in edges
            if len(line) <= self.max_length and not (_has_quote(line) and _ends_sentence(line))
        }

    def learn(self, outlet: str | None, text: str) -> None:
        """Count the edge lines of one article (call once per article)."""
        for line in self._edge_lines(text):
            self._counts[outlet, line] += 1
        if len(self._counts) > self.max_lines:
            # Memory stays bounded on any corpus: lines seen once so far are
            # forgotten (a template line comes back soon and is counted again).
            self._counts = Counter({key: n for key, n in self._counts.items() if n > 1})

    def learn_all(self, articles: Iterable[tuple[str | None, str]]) -> None:
        for outlet, text in articles:
            self.learn(outlet, text)

    def lines_for(self, outlet: str | None, text: str) -> frozenset[str]:
        """The template lines of this article: its edge lines seen often enough for its outlet."""
        return frozenset(
            line for line in self._edge_lines(text) if self._counts[outlet, line] >= self.min_articles
        )
