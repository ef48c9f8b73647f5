"""Main text and metadata of one HTML page, via trafilatura.

Article offsets later point into the text built here, not into the HTML.
trafilatura's own plain-text output separates paragraphs *and* ``<br>`` line
breaks with a single ``\\n`` (and, when its fallback extractors win, even keeps
source-code line breaks inside paragraphs), so we render its cleaned element
tree ourselves: paragraphs joined by ``\\n\\n``, ``<br>`` as ``\\n``, runs of
whitespace inside a line collapsed to one space, as trafilatura does.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

# Tags of trafilatura's internal (TEI-like) tree that stay inside a paragraph,
# plus HTML inline tags in case a fallback extractor leaves some; everything
# else (p, head, quote, list, item, row, div, ...) is a block.
_INLINE = frozenset(
    {"hi", "ref", "del", "cell", "lb", "code"}
    | {"a", "abbr", "b", "cite", "em", "font", "i", "mark", "q", "s", "small", "span"}
    | {"strong", "sub", "sup", "time", "u"}
)
_LINE_BREAK = "\x00"  # cannot occur in XML text, so it safely marks <lb/>

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# WHATWG: pages labelled latin-1/ASCII are decoded as windows-1252 by browsers.
_CHARSET_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}
# Article field -> trafilatura metadata attribute.
_FIELDS = {
    "title": "title",
    "outlet": "sitename",
    "published": "date",
    "url": "url",
    "author": "author",
}


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What we keep of a page: its main text and the metadata we map."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None


def declared_charset(head: bytes) -> str | None:
    """The Python codec named by a ``<meta charset>`` in the page head, if any."""
    match = _META_CHARSET.search(head[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _CHARSET_ALIASES.get(name, name)


def extract_html(html: str) -> HtmlPage:
    """Extract main text and metadata; an empty ``text`` if none was found.

    Reader comments are left out (``include_comments=False``): they are not
    the outlet's text.  May raise whatever trafilatura raises on odd input.
    """
    import trafilatura  # slow import, only paid when HTML is actually read

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_images=True
    )
    if doc is None:  # no main text; metadata may still be there
        meta = trafilatura.extract_metadata(html)
        return HtmlPage("", **_metadata(meta)) if meta is not None else HtmlPage("")
    body = getattr(doc, "body", None)
    if body is not None:
        text = render_paragraphs(body, captions=figure_captions(html))
    else:
        text = doc.text or ""
    return HtmlPage(text, **_metadata(doc))


def figure_captions(html: str) -> dict[str, str]:
    """Image source -> the text of its figure's ``<figcaption>`` (credit included)."""
    if "figcaption" not in html.lower():
        return {}
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - a page lxml cannot parse has no captions for us
        return {}
    captions: dict[str, str] = {}
    for figure in root.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        if caption is None:
            continue
        text = " ".join(" ".join(caption.itertext()).split())
        if not text:
            continue
        for image in figure.iter("img"):
            for attribute in ("src", "data-src"):
                source = image.get(attribute)
                if source:
                    captions.setdefault(source, text)
    return captions


def _metadata(doc: Any) -> dict[str, str | None]:
    return {ours: _clean(getattr(doc, theirs, None)) for ours, theirs in _FIELDS.items()}


def _clean(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def render_paragraphs(root: Any, *, captions: dict[str, str] | None = None) -> str:
    """Plain text of an lxml tree: blocks joined by blank lines, ``<lb/>`` as ``\\n``.

    ``captions`` maps image sources to caption text: a ``<graphic>`` with one
    of those sources becomes a paragraph holding its caption.
    """
    paragraphs: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        lines = (" ".join(line.split()) for line in "".join(pending).split(_LINE_BREAK))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
        pending.clear()

    def walk(element: Any) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # comment or processing instruction
            pass
        elif tag == "lb":
            pending.append(_LINE_BREAK)
        elif tag == "graphic":
            caption = (captions or {}).get(element.get("src") or "")
            if caption:
                flush()
                pending.append(caption)
                flush()
        elif tag in _INLINE:
            pending.append(" " if tag == "cell" else "")
            pending.append(element.text or "")
            for child in element:
                walk(child)
        else:
            flush()
            pending.append(element.text or "")
            for child in element:
                walk(child)
            flush()
        pending.append(element.tail or "")

    walk(root)
    flush()
    return "\n\n".join(paragraphs)
