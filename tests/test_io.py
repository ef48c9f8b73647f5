"""Input reading: decoding, file kinds, errors, ordering, stdin, HTML."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quoteverify.io import InputError, read_inputs
from quoteverify.io.decode import looks_binary
from quoteverify.io.html import render_paragraphs
from quoteverify.io.sources import sniff
from quoteverify.records import Article

BERICHT = "Der Bürgermeister Knut Ahlberg sagte: „Wir halten am Plan fest.“\n"


def read(*inputs: object, **kwargs: object) -> tuple[list[Article | InputError], list[str]]:
    warnings: list[str] = []
    records = list(read_inputs([str(i) for i in inputs], warn=warnings.append, **kwargs))
    return records, warnings


# --- plain text and decoding -------------------------------------------------


def test_txt_is_one_article_with_stem_as_id(tmp_path: Path) -> None:
    path = tmp_path / "bericht.txt"
    path.write_bytes(BERICHT.encode("utf-8"))
    records, warnings = read(path)
    assert records == [Article(id="bericht", text=BERICHT, source=str(path))]
    assert warnings == []


def test_txt_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BERICHT.encode("utf-8"))
    (article,), _ = read(path)
    assert article.text == BERICHT


def test_cp1252_fallback_warns(tmp_path: Path) -> None:
    path = tmp_path / "alt.txt"
    text = "„Größer wird’s nicht“, sagte Jutta Öhlschläger – 5 €."
    path.write_bytes(text.encode("cp1252"))
    records, warnings = read(path)
    assert records == [Article(id="alt", text=text, source=str(path))]
    assert warnings == [f"{path}: not UTF-8, decoded as cp1252"]


def test_latin1_when_cp1252_cannot_decode(tmp_path: Path) -> None:
    path = tmp_path / "roh.txt"
    path.write_bytes(b"Gr\xfc\xdfe \x81")  # 0x81 is undefined in cp1252
    (article,), warnings = read(path)
    assert article.text == "Grüße \x81"
    assert warnings == [f"{path}: not UTF-8, decoded as latin-1"]


def test_binary_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "bild.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert read(path)[0] == [InputError(str(path), "binary file, not text")]


def test_binary_detection() -> None:
    assert looks_binary(b"abc\x00def")
    assert looks_binary(bytes(range(1, 9)) * 10 + b"text")
    assert not looks_binary(b"Zeile\r\n\tEinzug\x0cSeite\n")
    assert not looks_binary(b"")


def test_crlf_and_cr_become_lf(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"Erste Zeile\r\nZweite Zeile\rDritte\r\n\r\nAbsatz")
    (article,), _ = read(path)
    assert article.text == "Erste Zeile\nZweite Zeile\nDritte\n\nAbsatz"


def test_no_unicode_normalisation(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_text("Cafe\u0301 mit Zo\u0308e", encoding="utf-8")
    (article,), _ = read(path)
    assert article.text == "Cafe\u0301 mit Zo\u0308e"


def test_empty_txt_is_an_empty_article(tmp_path: Path) -> None:
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    assert read(path)[0] == [Article(id="leer", text="", source=str(path))]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "fehlt.txt"
    assert read(path)[0] == [InputError(str(path), "no such file")]
    assert str(InputError(str(path), "no such file")) == f"{path}: no such file"


# --- JSON Lines ----------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "korpus.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Erster Text.", "outlet": "Kurier", "title": "Eins"}),
        "kein json",
        "",
        "[1, 2]",
        json.dumps({"text": "ohne id"}),
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": 42}),
        json.dumps({"id": "a1", "text": "doppelt"}),
        json.dumps({"id": 7, "text": "Zahl als id", "published": "2024-05-01"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, warnings = read(path)
    p = str(path)
    assert records == [
        Article(id="a1", text="Erster Text.", outlet="Kurier", title="Eins", source=f"{p}:1"),
        InputError(f"{p}:2", "not valid JSON (Expecting value at column 1)"),
        InputError(f"{p}:4", "expected a JSON object, got array"),
        InputError(f"{p}:5", "missing required field 'id'"),
        InputError(f"{p}:6", "missing required field 'text'"),
        InputError(f"{p}:7", "field 'text' must be a string, got number"),
        InputError(f"{p}:8", "duplicate article id 'a1'"),
        Article(id="7", text="Zahl als id", published="2024-05-01", source=f"{p}:9"),
    ]
    assert warnings == []


def test_jsonl_all_fields_and_agency_forms(tmp_path: Path) -> None:
    path = tmp_path / "agenturen.jsonl"
    full = {
        "id": "x",
        "text": "„Alles gut“, sagte Mira Quast.",
        "url": "https://kurier.example/x",
        "outlet": "Kurier",
        "published": "2024-06-01T10:00:00+02:00",
        "title": "Alles gut",
        "author": "Ole Brandt",
        "agency": "dpa",
        "extra": {"ignored": True},
    }
    rows = [
        full,
        {"id": "y", "text": "T", "agency": ["dpa", "AFP"]},
        {"id": "z", "text": "T", "agency": None},
        {"id": "w", "text": "T", "agency": 3, "url": 5},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    records, warnings = read(path)
    p = str(path)
    assert records[0] == Article(
        id="x",
        text="„Alles gut“, sagte Mira Quast.",
        url="https://kurier.example/x",
        outlet="Kurier",
        agencies=("dpa",),
        published="2024-06-01T10:00:00+02:00",
        title="Alles gut",
        author="Ole Brandt",
        source=f"{p}:1",
    )
    assert [r.agencies for r in records if isinstance(r, Article)] == [
        ("dpa",),
        ("dpa", "AFP"),
        (),
        (),
    ]
    assert records[3] == Article(id="w", text="T", source=f"{p}:4")
    assert warnings == [
        f"{p}:4: field 'url' ignored (must be a string, got number)",
        f"{p}:4: field 'agency' ignored (must be a string or a list of strings)",
    ]


def test_jsonl_text_kept_verbatim_and_crlf_lines(tmp_path: Path) -> None:
    path = tmp_path / "win.jsonl"
    body = json.dumps({"id": "a", "text": "Zeile 1\r\nZeile 2"}) + "\r\n"
    body += json.dumps({"id": "b", "text": "zwei"}) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode())
    records, _ = read(path)
    assert [(r.id, r.text) for r in records if isinstance(r, Article)] == [
        ("a", "Zeile 1\r\nZeile 2"),  # a JSON string value is not touched
        ("b", "zwei"),
    ]


def test_jsonl_cp1252_warns_once(tmp_path: Path) -> None:
    path = tmp_path / "alt.jsonl"
    rows = [{"id": "a", "text": "Bürger"}, {"id": "b", "text": "Grüße"}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path.write_bytes(data.encode("cp1252"))
    records, warnings = read(path)
    assert [r.text for r in records if isinstance(r, Article)] == ["Bürger", "Grüße"]
    assert warnings == [f"{path}: not UTF-8, decoded as cp1252"]


def test_empty_jsonl_yields_nothing(tmp_path: Path) -> None:
    path = tmp_path / "leer.jsonl"
    path.write_bytes(b"")
    assert read(path) == ([], [])


def test_long_jsonl_crosses_sniff_buffer(tmp_path: Path) -> None:
    path = tmp_path / "lang.jsonl"
    rows = [{"id": f"n{i}", "text": "Ein Satz. " * 100} for i in range(50)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    records, _ = read(path)
    assert [r.id for r in records if isinstance(r, Article)] == [f"n{i}" for i in range(50)]
    assert all(r.text == "Ein Satz. " * 100 for r in records if isinstance(r, Article))


# --- directories, ordering, sniffing, duplicates across files ---------------------


def test_directory_walk_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "c").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "z.txt").write_text("Z", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "b" / "m.txt").write_text("M", encoding="utf-8")
    (tmp_path / "b" / "c" / "k.jsonl").write_text('{"id": "k1", "text": "K"}\n', "utf-8")
    (tmp_path / "b" / "notiz.md").write_text("übersprungen", encoding="utf-8")
    (tmp_path / "b" / "daten.json").write_text('{"id": "j", "text": "J"}', "utf-8")
    (tmp_path / ".git" / "x.txt").write_text("versteckt", encoding="utf-8")
    (tmp_path / ".versteckt.txt").write_text("versteckt", encoding="utf-8")
    records, warnings = read(tmp_path)
    assert [(r.id, r.text, r.source) for r in records if isinstance(r, Article)] == [
        ("a", "A", str(tmp_path / "a.txt")),
        ("k1", "K", f"{tmp_path / 'b' / 'c' / 'k.jsonl'}:1"),
        ("m", "M", str(tmp_path / "b" / "m.txt")),
        ("z", "Z", str(tmp_path / "z.txt")),
    ]
    assert len(records) == 4
    assert warnings == []


def test_empty_directory_warns(tmp_path: Path) -> None:
    assert read(tmp_path) == ([], [f"{tmp_path}: no .txt, .jsonl, .html or .htm files found"])


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    (tmp_path / "eins").mkdir()
    (tmp_path / "zwei").mkdir()
    (tmp_path / "eins" / "bericht.txt").write_text("erster", encoding="utf-8")
    (tmp_path / "zwei" / "bericht.txt").write_text("zweiter", encoding="utf-8")
    records, _ = read(tmp_path)
    assert records == [
        Article(id="bericht", text="erster", source=str(tmp_path / "eins" / "bericht.txt")),
        InputError(str(tmp_path / "zwei" / "bericht.txt"), "duplicate article id 'bericht'"),
    ]


def test_errors_do_not_stop_the_run(tmp_path: Path) -> None:
    good = tmp_path / "gut.txt"
    good.write_text("Text", encoding="utf-8")
    missing = tmp_path / "weg.txt"
    records, _ = read(missing, good)
    assert records == [
        InputError(str(missing), "no such file"),
        Article(id="gut", text="Text", source=str(good)),
    ]


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "t.txt").write_text("T", encoding="utf-8")
    (tmp_path / "sub" / "zurueck").symlink_to(tmp_path, target_is_directory=True)
    records, _ = read(tmp_path)
    assert records == [Article(id="t", text="T", source=str(tmp_path / "sub" / "t.txt"))]


def test_reading_is_lazy(tmp_path: Path) -> None:
    first = tmp_path / "eins.txt"
    second = tmp_path / "zwei.txt"
    first.write_text("1", encoding="utf-8")
    second.write_text("2", encoding="utf-8")
    records = read_inputs([str(first), str(second)])
    assert next(records) == Article(id="eins", text="1", source=str(first))
    second.unlink()  # not opened yet
    assert list(records) == [InputError(str(second), "no such file")]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b'\n  {"id": "s", "text": "t"}\n', "jsonl"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html></html>", "html"),
        (b"  <HTML><body></body></HTML>", "html"),
        (b"<p>nur ein Fragment</p>", "text"),
        (b"Ein einfacher Satz.", "text"),
        (b"", "text"),
    ],
)
def test_sniff(content: bytes, kind: str) -> None:
    assert sniff(content) == kind


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    jsonl = tmp_path / "export.dat"
    jsonl.write_text('{"id": "e1", "text": "Export"}\n', encoding="utf-8")
    text = tmp_path / "notiz.md"
    text.write_text("# Notiz\n", encoding="utf-8")
    records, _ = read(jsonl, text)
    assert records == [
        Article(id="e1", text="Export", source=f"{jsonl}:1"),
        Article(id="notiz", text="# Notiz\n", source=str(text)),
    ]


# --- stdin ----------------------------------------------------------------------


def test_stdin_text_bytes() -> None:
    stdin = io.BytesIO("Anna Lindqvist sagte: „Ja.“\r\n".encode())
    records, _ = read("-", stdin=stdin)
    assert records == [Article(id="stdin", text="Anna Lindqvist sagte: „Ja.“\n", source="<stdin>")]


def test_stdin_jsonl_text_stream() -> None:
    stdin = io.StringIO('{"id": "s1", "text": "Über"}\n{"id": "s2", "text": "Brücke"}\n')
    records, _ = read("-", stdin=stdin)
    assert records == [
        Article(id="s1", text="Über", source="<stdin>:1"),
        Article(id="s2", text="Brücke", source="<stdin>:2"),
    ]


def test_stdin_binary_refused() -> None:
    records, _ = read("-", stdin=io.BytesIO(b"\x00\x01\x02"))
    assert records == [InputError("<stdin>", "binary file, not text")]


# --- HTML -----------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Streit um den Radweg – Talboter Anzeiger</title>
<meta property="og:site_name" content="Talboter Anzeiger">
<meta property="og:title" content="Streit um den Radweg">
<meta name="date" content="2024-03-05">
<link rel="canonical" href="https://anzeiger.example/radweg">
</head>
<body>
<nav><a href="/">Startseite</a> <a href="/lokal">Lokales</a></nav>
<article>
<p>Die Bürgermeisterin Petra Quellmann verteidigte am Dienstag die Pläne.
„Wir bauen den Weg, weil die Stadt ihn braucht“, sagte sie vor dem Rathaus.</p>
<p>Der Fraktionschef Jörg Wendelin hielt dagegen: „Das ist rausgeworfenes Geld.“
Er kündigte einen Antrag im Stadtrat an.</p>
</article>
<footer>Impressum</footer>
</body>
</html>
"""
PARA1 = (
    "Die Bürgermeisterin Petra Quellmann verteidigte am Dienstag die Pläne. "
    "„Wir bauen den Weg, weil die Stadt ihn braucht“, sagte sie vor dem Rathaus."
)
PARA2 = (
    "Der Fraktionschef Jörg Wendelin hielt dagegen: „Das ist rausgeworfenes Geld.“ "
    "Er kündigte einen Antrag im Stadtrat an."
)


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "radweg.html"
    path.write_text(PAGE, encoding="utf-8")
    records, warnings = read(path)
    assert records == [
        Article(
            id="radweg",
            text=f"{PARA1}\n\n{PARA2}",
            url="https://anzeiger.example/radweg",
            outlet="Talboter Anzeiger",
            published="2024-03-05",
            title="Streit um den Radweg",
            source=str(path),
        )
    ]
    assert warnings == []


def test_html_declared_latin1_is_decoded_silently(tmp_path: Path) -> None:
    path = tmp_path / "alt.htm"
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    path.write_bytes(page.replace("–", "-").encode("cp1252"))
    (article,), warnings = read(path)
    assert isinstance(article, Article)
    assert article.text == f"{PARA1}\n\n{PARA2}"
    assert warnings == []


def test_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "leer.html"
    path.write_text("<html><head><title>Nichts</title></head><body></body></html>", "utf-8")
    (article,), warnings = read(path)
    assert isinstance(article, Article)
    assert (article.id, article.text, article.title) == ("leer", "", "Nichts")
    assert warnings == [f"{path}: no main text found in the HTML page"]


def test_stdin_html_is_sniffed() -> None:
    records, _ = read("-", stdin=io.BytesIO(PAGE.encode()))
    assert [(r.id, r.text, r.outlet) for r in records if isinstance(r, Article)] == [
        ("stdin", f"{PARA1}\n\n{PARA2}", "Talboter Anzeiger")
    ]


def test_render_paragraphs_keeps_breaks() -> None:
    from lxml import etree

    tree = etree.fromstring(
        "<body>lose <!-- k --> Worte<p>A <hi>fett</hi>er\n  Text<lb/> neue Zeile </p>"
        "<quote><p>„Zitat“</p></quote><list><item>eins</item><item>zwei</item></list>"
        "<table><row><cell>x</cell><cell>y</cell></row></table></body>"
    )
    assert render_paragraphs(tree) == (
        "lose Worte\n\nA fetter Text\nneue Zeile\n\n„Zitat“\n\neins\n\nzwei\n\nx y"
    )
