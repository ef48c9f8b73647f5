"""The deliberate variants of the bundled sample articles (data/samples/README.md), clustered and labelled.

The renderings are listed here with the speaker the README gives them, so the
test does not depend on how well detection and attribution do on the samples.
"""

from __future__ import annotations

from importlib import resources

from quoteverify.io import read_inputs
from quoteverify.verify import Rendering, build_clusters

QUOTES = [
    ("s1-dpa", "Wir schließen keine Wache, wir bündeln Kräfte", "Petra Albers"),
    ("s1-anzeiger", "Wir schließen keine Wache, wir bündeln Kräfte", "Petra Albers"),
    ("s1-lupe", "Wir schließen keine Wache, wir bündeln Kräfte", "Petra Albers"),
    ("s1-netz", "Wir schließen keine Wache, wir bündeln Kräfte", "Petra Albers"),
    (
        "s1-dpa",
        "Die Sicherheit der Menschen im ländlichen Raum wird unter der Reform nicht leiden.",
        "Petra Albers",
    ),
    (
        "s1-netz",
        "Die Sicherheit der Menschen im ländlichen Raum wird unter der Reform leiden.",
        "Petra Albers",
    ),
    ("s1-dpa", "Die Ministerin spart die Polizei auf dem Land kaputt", "Frank Kerkhoff"),
    ("s1-netz", "Die Ministerin spart die Polizei auf dem Land kaputt", "Jens Thielemann"),
    ("s2-dpa", "Bis Ende 2027 fallen in Deutschland rund 1200 Stellen weg", "Ulrike Sandmann"),
    ("s2-netz", "Bis Ende 2027 fallen in Deutschland rund 1500 Stellen weg", "Ulrike Sandmann"),
    (
        "s2-dpa",
        "Wir haben uns diese Entscheidung nicht leicht gemacht, aber die Kostenlücke ist schlicht zu groß.",
        "Ulrike Sandmann",
    ),
    (
        "s2-nsz",
        "Wir haben uns diese Entscheidung nicht leicht gemacht, aber die Kostenlücke ist schlicht zu gross.",
        "Ulrike Sandmann",
    ),
    (
        "s2-dpa",
        "Das ist ein Schlag ins Gesicht der Beschäftigten, die in der Krise auf Geld verzichtet haben",
        "Thomas Wendtland",
    ),
    ("s2-nsz", "Schlag ins Gesicht der Beschäftigten", "Thomas Wendtland"),
    ("s2-dpa", "Jetzt geht’s um jeden einzelnen Arbeitsplatz.", "Thomas Wendtland"),
    ("s2-netz", "Jetzt geht's um jeden einzelnen Arbeitsplatz.", "Thomas Wendtland"),
    ("s3-dpa", "Wir sind Partner, keine Untertanen", "Joaquín Ferreyra"),
    ("s3-nsz", "Wir sind Partner, nicht Befehlsempfänger", "Joaquín Ferreyra"),
    ("s3-salzach", "Wir sind Partner und nicht Vasallen", "Joaquín Ferreyra"),
    (
        "s3-dpa",
        "Die Genehmigung für die Messfahrten war am 28. Februar abgelaufen. Das ist eine Tatsache",
        "Lucía Benítez",
    ),
    (
        "s3-nsz",
        "Die Genehmigung für die Messfahrten war am 28. Februar abgelaufen. Das ist eine Tatsache",
        "Joaquín Ferreyra",
    ),
]


def renderings() -> list[Rendering]:
    path = resources.files("quoteverify") / "data" / "samples" / "articles.jsonl"
    articles = {a.id: a for a in read_inputs([str(path)])}
    out = []
    for article_id, text, speaker in QUOTES:
        a = articles[article_id]  # type: ignore[index]
        start = a.text.index(text)
        out.append(Rendering(article_id, start, start + len(text), text, "direct", speaker, a.outlet,
                             a.published, a.agencies, a.url))  # fmt: skip
    return out


def test_sample_variants() -> None:
    found = {
        (c.reference.article_id, c.reference.text[:30]): [
            (m.rendering.article_id, m.variant, m.evidence) for m in c.members[1:]
        ]
        for c in build_clusters(renderings())
        if len(c.members) > 1
    }
    assert found == {
        ("s1-dpa", "Wir schließen keine Wache, wir"): [
            ("s1-netz", "identical", ()),
            ("s1-anzeiger", "identical", ()),
            ("s1-lupe", "identical", ()),
        ],
        ("s1-dpa", "Die Sicherheit der Menschen im"): [
            ("s1-netz", "meaning", ("negation dropped: 'nicht'",))
        ],
        ("s1-dpa", "Die Ministerin spart die Poliz"): [
            ("s1-netz", "misattribution", ("speaker differs: Frank Kerkhoff ≠ Jens Thielemann",))
        ],
        ("s2-dpa", "Bis Ende 2027 fallen in Deutsc"): [
            ("s2-netz", "meaning", ("number changed: 1200 → 1500",))
        ],
        ("s2-dpa", "Wir haben uns diese Entscheidu"): [("s2-nsz", "orthographic", ("ß/ss: groß ~ gross",))],
        ("s2-dpa", "Das ist ein Schlag ins Gesicht"): [
            (
                "s2-nsz",
                "excerpt",
                (
                    "excerpt: the member leaves out 3 words at the start",
                    "excerpt: the member leaves out 8 words at the end",
                ),
            )
        ],
        ("s2-dpa", "Jetzt geht’s um jeden einzelne"): [
            ("s2-netz", "typographic", ("typographic: geht’s ~ geht's",))
        ],
        ("s3-dpa", "Wir sind Partner, keine Untert"): [
            (
                "s3-nsz",
                "wording",
                ("words changed: 'Untertanen' → 'Befehlsempfänger'", "negation reworded: 'keine' → 'nicht'"),
            ),
            (
                "s3-salzach",
                "wording",
                ("words changed: 'Untertanen' → 'und Vasallen'", "negation reworded: 'keine' → 'nicht'"),
            ),
        ],
        ("s3-dpa", "Die Genehmigung für die Messfa"): [
            ("s3-nsz", "misattribution", ("speaker differs: Lucía Benítez ≠ Joaquín Ferreyra",))
        ],
    }
