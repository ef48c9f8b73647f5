"""Invented multi-article news for the cluster and CLI tests, stored without the pipeline.

Every person, place and outlet is fictional.  Quotes are placed by hand,
so the tests depend on verification and the store only, not on detection.
"""

from __future__ import annotations

from quoteverify.records import Article, Quote, Span
from quoteverify.store import Analysed, Store

SCHWIMMHALLE = "Die Schwimmhalle in Brakelsiek wird nicht geschlossen."
SANIERUNG = "Wir investieren 300 000 Euro in die Sanierung des Daches."

# article id -> (outlet, published, agencies, [(quoted words, speaker)])
ARTICLES: dict[str, tuple[str, str, tuple[str, ...], list[tuple[str, str]]]] = {
    "wb-1": (
        "Wetterauer Bote",
        "2026-05-04T10:00:00+02:00",
        ("dpa",),
        [
            (SCHWIMMHALLE, "Greta Wollny"),
            (SANIERUNG, "Henrik Saalfeld"),
        ],
    ),
    "sp-1": (
        "Stadtportal",
        "2026-05-04T12:30:00+02:00",
        (),
        [
            ("Die Schwimmhalle in Brakelsiek wird geschlossen.", "Greta Wollny"),
            (SANIERUNG, "Greta Wollny"),
        ],
    ),
    "kb-1": (
        "Kreisblatt",
        "2026-05-05T07:00:00+02:00",
        (),
        [
            ("Die Schwimmhalle in Brakelsiek wird nicht geschlossen", "Greta Wollny"),
            ("Der Förderverein hat großartige Arbeit geleistet.", "Henrik Saalfeld"),
        ],
    ),
}
LATE = {
    "kb-2": (
        "Kreisblatt",
        "2026-05-06T07:00:00+02:00",
        (),
        [
            ("Wir investieren 300 000 Euro in die Sanierung des Dachs.", "Henrik Saalfeld"),
            ("Der Förderverein hat grossartige Arbeit geleistet.", "Henrik Saalfeld"),
        ],
    ),
}


def analysed(article_id: str, spec: tuple[str, str, tuple[str, ...], list[tuple[str, str]]]) -> Analysed:
    outlet, published, agencies, items = spec
    text, quotes = "", []
    for statement, (words, speaker) in enumerate(items, 1):
        start = len(text) + 1
        text += f"„{words}“, sagte {speaker}. "
        cue = text.index("sagte", start)
        quotes.append(Quote(
            article_id, start, start + len(words), words, "direct", statement, speaker=speaker,
            mention=Span(cue + 6, cue + 6 + len(speaker), speaker), cue=Span(cue, cue + 5, "sagte"),
            confidence=0.9, rule="cue-after",
        ))  # fmt: skip
    article = Article(article_id, text, url=f"https://{outlet.split()[-1].lower()}.example/{article_id}",
                      outlet=outlet, agencies=agencies, published=published)  # fmt: skip
    return Analysed(article, quotes, nlp_backend="light", nlp_version="test")


def store_articles(
    store: Store, articles: dict[str, tuple[str, str, tuple[str, ...], list[tuple[str, str]]]]
) -> None:
    store.write([analysed(k, v) for k, v in articles.items()])
