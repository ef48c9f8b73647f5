"""Clusters over small multi-article fixtures: membership, reference, labels, §3 output, increments.

The people, towns and outlets are invented.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pytest

from quoteverify.verify import Cluster, ClusterIndex, Rendering, build_clusters, variants_json, variants_jsonl

DAY = "2026-05-04"


def rendering(
    article: str,
    text: str,
    speaker: str | None,
    kind: str = "direct",
    published: str | None = f"{DAY}T10:00:00+02:00",
    agencies: tuple[str, ...] = (),
    start: int = 0,
) -> Rendering:
    return Rendering(
        article,
        start,
        start + len(text),
        text,
        kind,
        speaker,
        article.split("-")[0].title(),
        published,
        agencies,
        f"https://{article}.example/",
    )


AGENCY = dict(published=f"{DAY}T10:00:00+02:00", agencies=("dpa",))
PORTAL = dict(published=f"{DAY}T09:30:00+02:00")  # earlier than the agency, but a rewrite
SWISS = dict(published=f"{DAY}T15:00:00+02:00")
MAGAZINE = dict(published="2026-05-06T08:00:00+02:00")

BATHS = [
    rendering(
        "agentur-baeder",
        "Wir schließen kein einziges Freibad, wir sanieren alle drei",
        "Jana Wendel",
        **AGENCY,
    ),
    rendering(
        "agentur-baeder",
        "Die Sanierung kostet mindestens 14 Millionen Euro",
        "Otto Pfeiffer",
        start=100,
        **AGENCY,
    ),
    rendering("agentur-baeder", "Das Geld ist im Haushalt eingeplant", "Jana Wendel", start=200, **AGENCY),
    rendering("agentur-baeder", "verantwortungslos", "Otto Pfeiffer", "partial", start=300, **AGENCY),
    rendering(
        "agentur-baeder", "Die Bürger haben ein Recht auf Transparenz", "Jana Wendel", start=400, **AGENCY
    ),
    rendering(
        "portal-baeder", "Wir schließen ein einziges Freibad, wir sanieren alle drei", "Jana Wendel", **PORTAL
    ),
    rendering(
        "portal-baeder",
        "Die Sanierung kostet mindestens 14 Millionen Euro",
        "Jana Wendel",
        start=100,
        **PORTAL,
    ),
    rendering("portal-baeder", "verantwortungslos", "Jana Wendel", "partial", start=200, **PORTAL),
    rendering(
        "zeitung-baeder", "Wir schliessen kein einziges Freibad, wir sanieren alle drei", "Wendel", **SWISS
    ),
    rendering(
        "zeitung-baeder", "Die Sanierung kostet mindestens 41 Millionen Euro", "Pfeiffer", start=100, **SWISS
    ),
    rendering(
        "zeitung-baeder", "das Geld sei im Haushalt eingeplant", "Jana Wendel", "indirect", start=200, **SWISS
    ),
    rendering(
        "magazin-baeder", "Wir schließen kein einziges Freibad", "Bürgermeisterin Jana Wendel", **MAGAZINE
    ),
    rendering("magazin-baeder", "verantwortungslos", "Otto Pfeiffer", "partial", start=100, **MAGAZINE),
    rendering(
        "portal-juni",
        "Wir schließen kein einziges Freibad, wir sanieren alle drei",
        "Jana Wendel",
        published="2026-06-10T09:00:00+02:00",
    ),
]


def summary(clusters: Iterable[Cluster]) -> list[tuple[str, list[tuple[str, str, tuple[str, ...]]]]]:
    """Multi-rendering clusters as (reference article:text, [(article, variant, changes)])."""
    out = []
    for c in clusters:
        if len(c.members) > 1:
            members = [(m.rendering.article_id, m.variant, m.changes) for m in c.members]
            out.append((f"{c.reference.article_id}: {c.reference.text}", members))
    return sorted(out)


EXPECTED = [
    (
        "agentur-baeder: Das Geld ist im Haushalt eingeplant",
        [("agentur-baeder", "reference", ()), ("zeitung-baeder", "wording", ("wording",))],
    ),
    (
        "agentur-baeder: Die Sanierung kostet mindestens 14 Millionen Euro",
        [
            ("agentur-baeder", "reference", ()),
            ("portal-baeder", "misattribution", ("misattribution",)),
            ("zeitung-baeder", "meaning", ("meaning",)),
        ],
    ),
    (
        "agentur-baeder: Wir schließen kein einziges Freibad, wir sanieren alle drei",
        [
            ("agentur-baeder", "reference", ()),
            ("portal-baeder", "meaning", ("meaning",)),
            ("zeitung-baeder", "orthographic", ("orthographic",)),
            ("magazin-baeder", "excerpt", ("excerpt",)),
        ],
    ),
    (
        "agentur-baeder: verantwortungslos",
        [("agentur-baeder", "reference", ()), ("magazin-baeder", "identical", ())],
    ),
]


def test_clusters_references_and_labels() -> None:
    assert summary(build_clusters(BATHS)) == EXPECTED


def test_evidence_says_why() -> None:
    clusters = {
        c.reference.text: c for c in build_clusters(BATHS) if c.reference.article_id == "agentur-baeder"
    }
    freibad = clusters["Wir schließen kein einziges Freibad, wir sanieren alle drei"]
    assert [m.evidence for m in freibad.members[1:]] == [
        ("negation dropped: 'kein'",),
        ("ß/ss: schließen ~ schliessen",),
        ("excerpt: the member leaves out 4 words at the end",),
    ]
    sanierung = clusters["Die Sanierung kostet mindestens 14 Millionen Euro"]
    assert [m.evidence for m in sanierung.members[1:]] == [
        ("speaker differs: Otto Pfeiffer ≠ Jana Wendel",),
        ("number changed: 14000000 → 41000000",),
    ]
    assert sanierung.speaker == "Otto Pfeiffer"


def test_every_rendering_is_in_exactly_one_cluster() -> None:
    clusters = build_clusters(BATHS)
    idents = [m.rendering.ident for c in clusters for m in c.members]
    assert sorted(idents) == sorted(r.ident for r in BATHS)
    assert [c.id for c in clusters] == list(range(1, len(clusters) + 1))


def test_time_window_keeps_a_later_repetition_apart() -> None:
    index = ClusterIndex()
    index.add(BATHS)
    later = index.cluster_of(BATHS[-1])
    assert later is not None and [m.rendering.article_id for m in later.members] == ["portal-juni"]
    wide = ClusterIndex(window_days=60)
    wide.add(BATHS)
    joined = wide.cluster_of(BATHS[-1])
    assert joined is not None and joined.reference == BATHS[0]
    assert [m.variant for m in joined.members if m.rendering.article_id == "portal-juni"] == ["identical"]


def test_short_partial_joins_only_the_same_speaker() -> None:
    index = ClusterIndex()
    index.add(BATHS)
    other = index.cluster_of(BATHS[7])  # "verantwortungslos", credited to Wendel
    assert other is not None and len(other.members) == 1


def test_short_partial_joins_through_a_longer_quote_that_contains_it() -> None:
    quotes = [
        rendering("agentur-hafen", "Der Plan ist unausgegoren und zu teuer", "Otto Pfeiffer", **AGENCY),
        rendering("portal-hafen", "unausgegoren", "Pfeiffer", "partial", **SWISS),
        rendering("magazin-hafen", "unausgegoren", "Jana Wendel", "partial", **SWISS),
    ]
    assert summary(build_clusters(quotes)) == [
        (
            "agentur-hafen: Der Plan ist unausgegoren und zu teuer",
            [("agentur-hafen", "reference", ()), ("portal-hafen", "excerpt", ("excerpt",))],
        )
    ]


def test_loose_links_do_not_chain_unrelated_statements() -> None:
    chain = [
        rendering(
            "agentur-mole",
            "Der Hafen bekommt eine neue Mole und ein neues Terminal für die Fähren",
            "Jana Wendel",
            **AGENCY,
        ),
        rendering(
            "portal-mole",
            "Die neue Mole und das neue Terminal kosten Geld, und der Haushalt der Stadt ist knapp",
            "Jana Wendel",
            published=f"{DAY}T12:00:00+02:00",
        ),
        rendering(
            "zeitung-mole",
            "Der Haushalt der Stadt ist knapp, deshalb muss sie bei den Schulen sparen",
            "Jana Wendel",
            published=f"{DAY}T13:00:00+02:00",
        ),
        rendering(
            "magazin-mole",
            "Bei den Schulen zu sparen, ist für die Stadt der falsche Weg",
            "Jana Wendel",
            published=f"{DAY}T14:00:00+02:00",
        ),
    ]
    groups = sorted(sorted(m.rendering.article_id for m in c.members) for c in build_clusters(chain))
    assert groups == [["agentur-mole", "portal-mole"], ["magazin-mole", "zeitung-mole"]]


def test_a_repeated_quote_in_one_article_joins_but_other_quotes_of_the_speaker_do_not() -> None:
    quotes = [
        rendering("agentur-rat", "Der Stadtrat muss die Gebühren für Kitas senken", "Jana Wendel", **AGENCY),
        rendering(
            "agentur-rat",
            "Der Stadtrat muss die Gebühren für Kitas senken",
            "Jana Wendel",
            start=500,
            **AGENCY,
        ),
        rendering(
            "agentur-rat",
            "Die Gebühren für Kitas sind zu hoch, der Stadtrat weiß das",
            "Jana Wendel",
            start=900,
            **AGENCY,
        ),
    ]
    groups = sorted(sorted(m.rendering.start for m in c.members) for c in build_clusters(quotes))
    assert groups == [[0, 500], [900]]


def test_agency_original_wins_a_tie_and_then_the_earliest() -> None:
    text = "Wir bauen die Brücke bis 2028 neu"
    quotes = [
        rendering("portal-bruecke", text, "Jana Wendel", published=f"{DAY}T08:00:00+02:00"),
        rendering(
            "agentur-bruecke", text, "Jana Wendel", published=f"{DAY}T09:00:00+02:00", agencies=("AFP",)
        ),
        rendering(
            "dienst-bruecke", text, "Jana Wendel", published=f"{DAY}T09:30:00+02:00", agencies=("dpa",)
        ),
        rendering("blog-bruecke", text, "Jana Wendel", published=None),
    ]
    (cluster,) = build_clusters(quotes)
    assert cluster.reference.article_id == "agentur-bruecke"
    assert [m.rendering.article_id for m in cluster.members] == [
        "agentur-bruecke",
        "portal-bruecke",
        "dienst-bruecke",
        "blog-bruecke",
    ]


def test_a_complete_rendering_is_preferred_over_an_earlier_excerpt() -> None:
    quotes = [
        rendering(
            "agentur-feld",
            "Das Feld bleibt grün",
            "Jana Wendel",
            published=f"{DAY}T08:00:00+02:00",
            agencies=("dpa",),
        ),
        rendering(
            "portal-feld",
            "Das Feld bleibt grün, solange ich hier Bürgermeisterin bin",
            "Jana Wendel",
            published=f"{DAY}T09:00:00+02:00",
        ),
    ]
    (cluster,) = build_clusters(quotes)
    assert (cluster.reference.article_id, cluster.members[1].variant) == ("portal-feld", "excerpt")


def test_incremental_adds_give_the_rebuilt_clusters() -> None:
    index = ClusterIndex()
    first = [r for r in BATHS if r.article_id in {"agentur-baeder", "zeitung-baeder"}]
    changed = index.add(first)
    assert {c.id for c in changed} == {c.id for c in index.clusters()}
    changed = index.add([r for r in BATHS if r not in first])
    assert summary(index.clusters()) == EXPECTED
    assert index.add(BATHS) == []  # known renderings are skipped
    assert len(index) == len(BATHS)
    # the clusters that gained members keep their ids
    ids = {c.reference.text: c.id for c in index.clusters() if len(c.members) > 1}
    assert ids["Die Sanierung kostet mindestens 14 Millionen Euro"] in {c.id for c in changed}


def test_variants_jsonl_is_the_contract() -> None:
    clusters = build_clusters(BATHS)
    lines = list(variants_jsonl(clusters))
    assert len(lines) == 4  # single-article clusters are left out
    assert len(list(variants_jsonl(clusters, all=True))) == len(clusters)
    obj = json.loads(next(line for line in lines if "Geld" in line))
    assert obj == {
        "cluster": obj["cluster"],
        "speaker": "Jana Wendel",
        "reference": {
            "article": "agentur-baeder",
            "start": 200,
            "end": 235,
            "text": "Das Geld ist im Haushalt eingeplant",
        },
        "members": [
            {
                "article": "agentur-baeder",
                "start": 200,
                "end": 235,
                "text": "Das Geld ist im Haushalt eingeplant",
                "speaker": "Jana Wendel",
                "variant": "reference",
            },
            {
                "article": "zeitung-baeder",
                "start": 200,
                "end": 235,
                "text": "das Geld sei im Haushalt eingeplant",
                "speaker": "Jana Wendel",
                "variant": "wording",
                "changes": ["wording"],
            },
        ],
    }
    assert list(variants_json(clusters)) == [json.loads(line) for line in lines]


def test_search_finds_renderings_of_a_text_at_any_date() -> None:
    index = ClusterIndex()
    index.add(BATHS)
    found = index.search("Wir schließen kein einziges Freibad")
    assert [(r.article_id, link.score) for r, link in found] == [
        ("agentur-baeder", 1.0),
        ("zeitung-baeder", 1.0),
        ("magazin-baeder", 1.0),
        ("portal-juni", 1.0),
    ]


@pytest.mark.parametrize("window", [0.5, 7.0])
def test_undated_renderings_match_any_date(window: float) -> None:
    quotes = [
        rendering("agentur-uhr", "Die Turmuhr wird im Sommer repariert", "Jana Wendel", **AGENCY),
        rendering("blog-uhr", "Die Turmuhr wird im Sommer repariert", "Jana Wendel", published=None),
    ]
    (cluster,) = build_clusters(quotes, window_days=window)
    assert [m.variant for m in cluster.members] == ["reference", "identical"]
