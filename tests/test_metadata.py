"""Article metadata: agency credits, outlet from URL or site name, dateline date, title."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteverify.io import read_inputs
from quoteverify.io.metadata import (
    agency_credits,
    dateline_date,
    enrich,
    guess_title,
    normalise_date,
    outlet_from_url,
)
from quoteverify.records import Article

BODY = (
    "Die Gemeinde Talbot baut ihre Brücke neu. Der Rat stimmte am Abend zu.\n\n"
    "Die Arbeiten beginnen im Mai."
)


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        # datelines
        (f"Hannover (dpa) - {BODY}", ("dpa",)),
        (f"Hannover/Talbot (dpa/lno) - {BODY}", ("dpa",)),
        (f"BERLIN (AFP) – {BODY}", ("AFP",)),
        (f"Berlin (dpa/AFP) – {BODY}", ("dpa", "AFP")),
        (f"Frankfurt am Main (Reuters) - {BODY}", ("Reuters",)),
        (f"Zürich (SDA) - {BODY}", ("SDA",)),
        (f"Wien (APA) - {BODY}", ("APA",)),
        (f"Bonn (KNA) – {BODY}", ("KNA",)),
        (f"Hannover (epd) – {BODY}", ("epd",)),
        (f"Bern (Keystone-SDA) - {BODY}", ("SDA",)),
        # bylines
        (f"Von dpa\n\n{BODY}", ("dpa",)),
        (f"Von Carla Weidner, AFP\n\n{BODY}", ("AFP",)),
        (f"Von dpa-Korrespondentin Carla Weidner\n\n{BODY}", ("dpa",)),
        # closing source lines
        (f"{BODY}\n\nAFP, Reuters", ("AFP", "Reuters")),
        (f"{BODY}\n\n(dpa/lno)", ("dpa",)),
        (f"{BODY}\n\nsda/awp", ("SDA", "AWP")),
        (f"{BODY}\n\nMit Material von dpa und KNA", ("dpa", "KNA")),
        (f"{BODY}\n\nQuelle: APA", ("APA",)),
        (f"{BODY}\n\nran/dpa", ("dpa",)),
        (f"{BODY}\n\n© dpa-infocom, dpa:260312-99-123456/2", ("dpa",)),
        # several at once, each agency once
        (f"Talbot (dpa) - {BODY}\n\ndpa, AFP, epd", ("dpa", "AFP", "epd")),
        # not credits
        (BODY, ()),
        (f"{BODY}\n\nFoto: Kay Brenner/dpa", ()),
        (f"Petra Albers (SPD) - die Ministerin - sagte ab.\n\n{BODY}", ()),
        (f"Die Reform - so heißt es - kommt.\n\n{BODY}", ()),
        (f"{BODY}\n\nVon der Idee bis zum Bau vergingen Jahre.", ()),
    ],
)
def test_agency_credits(text: str, agencies: tuple[str, ...]) -> None:
    assert agency_credits(text) == agencies


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.spiegel.de/politik/deutschland/a-123.html", "DER SPIEGEL"),
        ("https://m.spiegel.de/politik/a-123.html", "DER SPIEGEL"),
        ("http://orf.at/stories/1234/", "ORF"),
        ("https://www.nzz.ch/schweiz/x-ld.1", "NZZ"),
        ("https://de.wikinews.org/wiki/Talbot", "Wikinews"),
        ("https://www.talboter-anzeiger.example/lokales/bruecke", "talboter-anzeiger.example"),
        ("https://newsroom.kurier.example/x", "kurier.example"),
        ("https://www.bote.co.at/x", "bote.co.at"),
        ("talboter-anzeiger.example/lokales", "talboter-anzeiger.example"),
        ("https://192.168.1.7/x", None),
        ("keine url", None),
        (None, None),
    ],
)
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (f"Zürich, 4. März 2026 (SDA) - {BODY}", "2026-03-04"),
        (f"Talbot, 12.03.2026 (dpa) – {BODY}", "2026-03-12"),
        (f"Wien, 3. Jänner 2026 (APA) - {BODY}", "2026-01-03"),
        (f"Talbot, 12. März 2026 – {BODY}", "2026-03-12"),
        (f"Berlin, 12. März (Reuters) - {BODY}", None),  # no year: no date
        (f"Hannover (dpa) - {BODY}", None),
        (f"Brücke wird neu gebaut\nVeröffentlicht am 14.03.2026, 09:12 Uhr\n\n{BODY}", "2026-03-14"),
        (f"{BODY}\n\nStand: 15.03.2026", "2026-03-15"),
        (f"Die Sitzung am 12.03.2026 dauerte lange. {BODY}", None),  # a date in the text is not a dateline
    ],
)
def test_dateline_date(text: str, day: str | None) -> None:
    assert dateline_date(text) == day


@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("2026-03-12T14:05:00+01:00", "2026-03-12T14:05:00+01:00"),
        ("2026-03-12", "2026-03-12"),
        ("12.03.2026", "2026-03-12"),
        ("12. März 2026", "2026-03-12"),
        ("Donnerstag, 12. März 2026, 14:05 Uhr", "2026-03-12"),
        ("gestern", "gestern"),  # kept as given: better than losing it
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value: str | None, normalised: str | None) -> None:
    assert normalise_date(value) == normalised


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Talbot baut die Brücke neu\n\n{BODY}", "Talbot baut die Brücke neu"),
        (f"Neue Brücke für Talbot?\n{BODY}", "Neue Brücke für Talbot?"),
        (BODY, None),  # the first line is a sentence
        ("Nur eine Zeile ohne Punkt", None),  # nothing follows it
        (f"Talbot (dpa) - Die Brücke wird neu gebaut\n\n{BODY}", None),  # a dateline
        (f"„Wir bauen neu“\n\n{BODY}", None),
        (f"Von dpa\n\n{BODY}", None),
    ],
)
def test_guess_title(text: str, title: str | None) -> None:
    assert guess_title(text) == title


def test_enrich_fills_what_is_missing_and_keeps_what_is_given() -> None:
    article = Article(id="a", text=f"Talbot, 12.03.2026 (dpa) - {BODY}", url="https://www.spiegel.de/x")
    assert enrich(article) == Article(
        id="a",
        text=article.text,
        url="https://www.spiegel.de/x",
        outlet="DER SPIEGEL",
        agencies=("dpa",),
        published="2026-03-12",
    )
    given = Article(
        id="b", text=f"Talbot (AFP) - {BODY}", url="https://www.spiegel.de/x", outlet="Talboter Bote",
        agencies=("Deutsche Presse-Agentur",), published="13.03.2026", title="Brücke",
    )  # fmt: skip
    assert enrich(given) == Article(
        id="b", text=given.text, url=given.url, outlet="Talboter Bote", agencies=("dpa", "AFP"),
        published="2026-03-13", title="Brücke",
    )  # fmt: skip


def test_outlet_option_overrides_everything() -> None:
    article = Article(id="a", text=BODY, url="https://www.spiegel.de/x", outlet="Spiegel")
    assert enrich(article, outlet="Talboter Bote").outlet == "Talboter Bote"


def test_enrich_never_changes_the_text() -> None:
    text = f"Talbot (dpa) - {BODY}\n\nFoto: Kay Brenner/dpa"
    assert enrich(Article(id="a", text=text)).text == text


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Brücke für Talbot | Talboter Bote</title>
<meta property="og:site_name" content="Talboter Bote">
<meta property="og:title" content="Brücke für Talbot">
<link rel="canonical" href="https://www.talboter-bote.example/lokales/bruecke">
<meta property="article:published_time" content="2026-03-13T09:00:00+01:00">
</head><body><article><h1>Brücke für Talbot</h1>
<p>Talbot (dpa) - Die Gemeinde baut ihre Brücke neu. „Wir haben lange genug gewartet“, sagte
Bürgermeisterin Anna Rausch am Freitag im Rathaus.</p>
<p>Der Rat hatte den Bau nach langer Debatte beschlossen. Die Arbeiten sollen im Mai beginnen und
zwei Jahre dauern, teilte die Verwaltung mit.</p>
</article></body></html>"""


def test_html_site_name_date_title_and_dateline_credit(tmp_path: Path) -> None:
    page = tmp_path / "bruecke.html"
    page.write_text(PAGE, encoding="utf-8")
    (article,) = [enrich(a) for a in read_inputs([str(page)]) if isinstance(a, Article)]
    assert (article.outlet, article.title, article.published, article.agencies, article.url) == (
        "Talboter Bote",
        "Brücke für Talbot",
        "2026-03-13",
        ("dpa",),
        "https://www.talboter-bote.example/lokales/bruecke",
    )


def test_html_without_site_name_takes_the_domain(tmp_path: Path) -> None:
    page = tmp_path / "bruecke.html"
    page.write_text(PAGE.replace('<meta property="og:site_name" content="Talboter Bote">', ""), "utf-8")
    (article,) = [enrich(a) for a in read_inputs([str(page)]) if isinstance(a, Article)]
    assert article.outlet in {"talboter-bote.example", "Talboter Bote"}  # trafilatura may read the <title>
