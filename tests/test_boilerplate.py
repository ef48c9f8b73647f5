"""Boilerplate and captions: which ranges are not news, and that their quotes are dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteverify.io import read_inputs
from quoteverify.io.boilerplate import Range, TemplateLines, boilerplate_ranges
from quoteverify.pipeline import drop_excluded, extract_news_quotes, extract_quotes
from quoteverify.records import Article, Quote

NEWS = "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Rausch am Freitag."


def reasons(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(r.reason, text[r.start : r.end]) for r in boilerplate_ranges(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Artikel teilen", "navigation"),
        ("Teilen  Facebook | WhatsApp | E-Mail | Link kopieren", "navigation"),
        ("Auf X teilen · Per E-Mail teilen · Drucken", "navigation"),
        ("Startseite › Politik › Inland", "navigation"),
        ("Home » Lokales » Talbot", "navigation"),
        ("Lesen Sie auch: „Wir bauen die Brücke neu“, sagt die Bürgermeisterin", "navigation"),
        ("Mehr zum Thema: Die Brücke von Talbot", "navigation"),
        ("Weiterlesen nach der Anzeige", "navigation"),
        ("Anzeige", "navigation"),
        ("Loading…", "loading"),
        ("Loading...", "loading"),
        ("Wird geladen ...", "loading"),
        ("Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen. Mit „Akzeptieren“ stimmen Sie zu.",
         "consent"),
        ("Um externe Inhalte anzuzeigen, benötigen wir Ihre Zustimmung.", "consent"),
        ("Alle akzeptieren", "consent"),
        ("Einstellungen", "consent"),
    ],
)
def test_furniture_lines(line: str, reason: str) -> None:
    text = f"{NEWS}\n{line}\n{NEWS}"
    assert reasons(text) == [(reason, line)]


@pytest.mark.parametrize(
    "line",
    [
        NEWS,
        "Die EU will Cookie-Banner abschaffen. „Niemand liest die Einwilligung“, sagte Jana Vogt.",
        "Sie akzeptieren das nicht, sagte Vogt über die Anwohner, die dem Plan zustimmen sollen.",
        "Der Rat lehnte ab. Mehr Geld gebe es nicht, teilte die Gemeinde mit.",
        "Teilen wollen die Nachbarn die Kosten nicht.",
        "Das Foto zeigt die alte Brücke im Jahr 1950, sagte der Archivar.",
    ],
)
def test_news_lines_are_kept(line: str) -> None:
    assert reasons(f"{line}\n{NEWS}") == []


def test_photo_credits() -> None:
    credits = ["Foto: Kay Brenner/dpa", "© IMAGO/Talbot Images", "Bild: picture alliance / dpa | Kay Brenner"]
    text = f"{NEWS}\n\n" + "\n".join(credits) + "\n(Foto: K. Brenner)"
    assert reasons(text) == [("credit", c) for c in credits] + [("credit", "Foto: K. Brenner)")]


def test_caption_ending_in_a_credit_is_stored_but_excluded() -> None:
    caption = "„Hier nicht“ steht auf einem Plakat vor der Brücke. Foto: Kay Brenner/dpa"
    text = f"{NEWS}\n\n{caption}\n\n{NEWS}"
    assert reasons(text) == [("caption", caption), ("credit", "Foto: Kay Brenner/dpa")]


def test_caption_on_the_line_before_its_credit() -> None:
    text = f"{NEWS}\n\nDas Plakat „Hier nicht“ vor der Brücke.\nFoto: Kay Brenner/dpa\n\n{NEWS}"
    assert reasons(text) == [
        ("caption", "Das Plakat „Hier nicht“ vor der Brücke."),
        ("credit", "Foto: Kay Brenner/dpa"),
    ]


def test_a_paragraph_before_a_credit_paragraph_is_not_a_caption() -> None:
    text = f"{NEWS}\n\nFoto: Kay Brenner/dpa"
    assert reasons(text) == [("credit", "Foto: Kay Brenner/dpa")]


def test_labelled_caption() -> None:
    line = "Bildunterschrift: Rausch nannte die Brücke „ein Symbol“."
    assert reasons(f"{NEWS}\n{line}") == [("caption", line)]


def test_lines_repeated_in_one_article() -> None:
    text = f"Talboter Bote – Ihre Zeitung\n{NEWS}\nTalboter Bote – Ihre Zeitung\n{NEWS}"
    # the repeated furniture line goes; the repeated sentence stays (it ends like a sentence)
    assert reasons(text) == [
        ("template", "Talboter Bote – Ihre Zeitung"),
        ("template", "Talboter Bote – Ihre Zeitung"),
    ]


def test_template_lines_given_by_the_caller() -> None:
    footer = "Alle Rechte beim Talboter Verlag „Bote“"
    text = f"{NEWS}\n{footer}"
    assert reasons(text) == []
    assert reasons(text, template_lines={footer}) == [("template", footer)]


def test_template_lines_are_learnt_per_outlet_from_article_edges() -> None:
    footer = "Kontakt zur Redaktion: „Talboter Bote“ – Hauptstraße 1"
    texts = [f"Bericht {i}. {NEWS}\n\nMehr im Bericht {i}.\n\n{footer}" for i in range(3)]
    learner = TemplateLines(min_articles=3)
    for text in texts[:2]:
        learner.learn("Talboter Bote", text)
    assert learner.lines_for("Talboter Bote", texts[0]) == frozenset()  # seen twice: not yet
    learner.learn("Talboter Bote", texts[2])
    assert learner.lines_for("Talboter Bote", texts[0]) == {footer}
    assert learner.lines_for("Anderer Anzeiger", texts[0]) == frozenset()  # another outlet
    # A quote paragraph reused in follow-up stories is prose, never template.
    assert NEWS not in learner.lines_for("Talboter Bote", NEWS)
    for _ in range(5):
        learner.learn("Talboter Bote", f"{NEWS}\n\nNeu.")
    assert learner.lines_for("Talboter Bote", f"{NEWS}\n\nNeu.") == {"Neu."}


def test_template_memory_is_bounded() -> None:
    footer = "Talboter Bote – Impressum"
    learner = TemplateLines(min_articles=3, max_lines=50)
    for i in range(200):
        learner.learn("Bote", f"Zeile {i} eins\nZeile {i} zwei\n{footer}")
        assert len(learner._counts) <= 51 + 3
    assert learner.lines_for("Bote", f"Neu\n{footer}") == {footer}


def test_drop_excluded_keeps_quotes_starting_outside() -> None:
    quotes = [Quote("a", start, start + 5, "x" * 5, "direct", i) for i, start in enumerate((0, 10, 20, 30))]
    excluded = [Range(10, 20, "caption"), Range(25, 31, "navigation")]
    assert [q.start for q in drop_excluded(quotes, excluded)] == [0, 20]


def test_extract_news_quotes_drops_quotes_in_furniture_and_captions() -> None:
    text = (
        f"Talbot (dpa) - {NEWS}\n\n"
        "„Hier nicht“, sagte eine Anwohnerin auf dem Plakat. Foto: Kay Brenner/dpa\n\n"
        "Lesen Sie auch: „Wir bauen die Brücke neu“, sagte Rausch schon 2024\n\n"
        "„Das dauert zwei Jahre“, sagte Rausch."
    )
    article = Article(id="a", text=text)
    everything = {q.text for q in extract_quotes(article)}
    news, excluded = extract_news_quotes(article)
    assert {"Hier nicht", "Wir bauen die Brücke neu"} <= everything
    assert [q.text for q in news] == ["Wir bauen die Brücke neu", "Das dauert zwei Jahre"]
    assert [q.start for q in news][0] == text.index("Wir")
    assert [r.reason for r in excluded] == ["caption", "credit", "navigation"]


FIGURE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Brücke</title>
<meta property="og:site_name" content="Talboter Bote"></head><body>
<nav><a href="/">Startseite</a> › <a href="/lokales">Lokales</a></nav>
<article><h1>Die Brücke kommt</h1>
<p>Talbot (dpa) - Die Gemeinde baut ihre Brücke neu. „Wir haben lange genug gewartet“, sagte
Bürgermeisterin Anna Rausch am Freitag im Rathaus.</p>
<figure><img src="/img/plakat.jpg" alt="Plakat"><figcaption>„Hier nicht“ steht auf einem Plakat vor
der alten Brücke. <span class="credit">Foto: Kay Brenner/dpa</span></figcaption></figure>
<p>Der Rat hatte den Bau nach langer Debatte beschlossen. Die Arbeiten sollen im Mai beginnen und
zwei Jahre dauern, teilte die Verwaltung mit.</p>
</article></body></html>"""


def test_html_captions_are_stored_but_not_quotes(tmp_path: Path) -> None:
    page = tmp_path / "bruecke.html"
    page.write_text(FIGURE_PAGE, encoding="utf-8")
    (article,) = read_inputs([str(page)])
    assert isinstance(article, Article)
    caption = "„Hier nicht“ steht auf einem Plakat vor der alten Brücke. Foto: Kay Brenner/dpa"
    assert f"\n\n{caption}\n\n" in article.text
    quotes, excluded = extract_news_quotes(article)
    assert "Hier nicht" not in [q.text for q in quotes]
    assert "Wir haben lange genug gewartet" in [q.text for q in quotes]
    assert ("caption", caption) in [(r.reason, article.text[r.start : r.end]) for r in excluded]
