"""Invented German news articles for the ingest tests, generated from a few templates.

Every article is different in every line (no line repeats across articles, so
no template lines are learnt) and has quotes the detector finds reliably.
"""

from __future__ import annotations

import json
from pathlib import Path

from quoteverify.io.metadata import enrich
from quoteverify.pipeline import extract_news_quotes
from quoteverify.records import Article

_PLACES = ["Talbot", "Seewinkel", "Hasselfurt", "Obermoor", "Klingenau", "Brückenbach", "Eschweide"]
_PEOPLE = [
    ("Bürgermeisterin", "Anna Rausch"),
    ("Landrat", "Otto Brenner"),
    ("Stadträtin", "Mira Quast"),
    ("Feuerwehrchef", "Jonas Berg"),
    ("Schulleiterin", "Carla Weidner"),
]
_OUTLETS = ["Talboter Bote", "Seekurier", "Moorblatt"]


def article(i: int) -> dict[str, object]:
    place = _PLACES[i % len(_PLACES)]
    role, name = _PEOPLE[i % len(_PEOPLE)]
    surname = name.split()[1]
    text = (
        f"{place} ({'dpa' if i % 2 else 'AFP'}) - Die Gemeinde {place} plant Vorhaben Nummer {i}. "
        f"„Wir setzen Projekt {i} noch in diesem Jahr um“, sagte {role} {name} am Montag.\n\n"
        f"Der Rat hatte über Vorhaben {i} lange beraten. „Die Kosten für Nummer {i} sind gedeckt“, "
        f"sagte {surname}.\n\n"
        f"Die Arbeiten an Vorhaben {i} sollen im Frühjahr beginnen."
    )
    outlet = _OUTLETS[i % len(_OUTLETS)]
    return {"id": f"art-{i:05d}", "text": text, "outlet": outlet, "title": f"Vorhaben {i}"}


def write_jsonl(path: Path, numbers: range | list[int]) -> list[dict[str, object]]:
    rows = [article(i) for i in numbers]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return rows


def expected_quotes(rows: list[dict[str, object]]) -> dict[str, int]:
    """Article id -> the number of quotes one in-process analysis finds."""
    counts = {}
    for row in rows:
        art = enrich(Article(str(row["id"]), str(row["text"]), outlet=str(row["outlet"])))
        counts[art.id] = len(extract_news_quotes(art)[0])
    return counts
