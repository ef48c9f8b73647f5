"""``check``: did X say this?  Verdicts with exact output over a small invented index."""

from __future__ import annotations

import pytest

from quoteverify.verify import ClusterIndex, Rendering, check


def rendering(
    article: str, text: str, speaker: str, published: str, agencies: tuple[str, ...] = (), start: int = 0
):
    return Rendering(
        article, start, start + len(text), text, "direct", speaker, article.split("-")[0].title(), published,
        agencies, f"https://{article}.example/",
    )  # fmt: skip


@pytest.fixture(scope="module")
def index() -> ClusterIndex:
    index = ClusterIndex()
    index.add(
        [
            rendering("agentur-bad", "Wir schließen kein Freibad, wir sanieren alle drei", "Jana Wendel",
                      "2026-05-04T10:00:00+02:00", ("dpa",)),
            rendering("portal-bad", "Wir schließen ein Freibad, wir sanieren alle drei", "Jana Wendel",
                      "2026-05-04T09:30:00+02:00"),
            rendering("zeitung-bad", "Wir schliessen kein Freibad, wir sanieren alle drei", "Wendel",
                      "2026-05-04T15:00:00+02:00"),
            rendering("agentur-bad", "Die Sanierung kostet 14 Millionen Euro", "Otto Pfeiffer",
                      "2026-05-04T10:00:00+02:00", ("dpa",), start=100),
            rendering("portal-bad", "Die Sanierung kostet 14 Millionen Euro", "Jana Wendel",
                      "2026-05-04T09:30:00+02:00", start=100),
        ]
    )  # fmt: skip
    return index


SOURCE_AGENTUR = {
    "article": "agentur-bad",
    "start": 0,
    "end": 50,
    "text": "Wir schließen kein Freibad, wir sanieren alle drei",
    "speaker": "Jana Wendel",
    "outlet": "Agentur",
    "published": "2026-05-04T10:00:00+02:00",
    "url": "https://agentur-bad.example/",
}


def test_verbatim_excerpt(index: ClusterIndex) -> None:
    verdict = check("Wir schließen kein Freibad", speaker="Jana Wendel", index=index)
    assert verdict.exit_code == 0
    out = verdict.to_json()
    assert out == {
        "claim": "Wir schließen kein Freibad",
        "speaker": "Jana Wendel",
        "verdict": "verbatim",
        "change": None,
        "changes": [],
        "evidence": [],
        "diff": [{"op": "delete", "source": "wir sanieren alle drei", "claim": "", "label": "excerpt"}],
        "best": {**SOURCE_AGENTUR, "variant": "excerpt", "changes": ["excerpt"], "cluster": 1,
                 "cluster_variant": "reference"},
        "earliest": out["sources"][0],
        "sources": out["sources"],
    }  # fmt: skip
    assert [(s["article"], s["variant"], s["cluster_variant"]) for s in out["sources"]] == [
        ("portal-bad", "meaning", "meaning"),
        ("agentur-bad", "excerpt", "reference"),
        ("zeitung-bad", "excerpt", "orthographic"),
    ]


def test_repeating_an_altered_rendering_is_altered(index: ClusterIndex) -> None:
    verdict = check("Wir schließen ein Freibad, wir sanieren alle drei", speaker="Jana Wendel", index=index)
    assert verdict.exit_code == 1
    out = verdict.to_json()
    assert {k: out[k] for k in ("verdict", "change", "changes", "evidence", "diff")} == {
        "verdict": "altered",
        "change": "meaning",
        "changes": ["meaning"],
        "evidence": ["negation dropped: 'kein'"],
        "diff": [{"op": "replace", "source": "kein", "claim": "ein", "label": "meaning"}],
    }
    assert out["best"]["article"] == "agentur-bad"
    assert out["earliest"]["article"] == "portal-bad"


@pytest.mark.parametrize(
    ("claim", "speaker", "verdict", "change", "evidence"),
    [
        ("Wir schliessen kein Freibad, wir sanieren alle drei", None, "verbatim", None,
         []),
        ("Wir schließen kein Freibad", "Otto Pfeiffer", "misattributed", "misattribution",
         ["excerpt: the member leaves out 4 words at the end",
          "speaker differs: Jana Wendel ≠ Otto Pfeiffer"]),
        # one portal credits Wendel, but the statement is Pfeiffer's
        ("Die Sanierung kostet 14 Millionen Euro", "Jana Wendel", "misattributed", "misattribution",
         ["speaker differs: Otto Pfeiffer ≠ Jana Wendel"]),
        ("Die Sanierung kostet 20 Millionen Euro", "Pfeiffer", "altered", "meaning",
         ["number changed: 14000000 → 20000000"]),
        ("Die Sanierung kostet vierzehn Millionen Euro", "Otto Pfeiffer", "verbatim", None, []),
        ("Das Wetter wird morgen schön", None, "not_found", None, []),
    ],
)  # fmt: skip
def test_verdicts(
    index: ClusterIndex, claim: str, speaker: str | None, verdict: str, change, evidence
) -> None:
    out = check(claim, speaker=speaker, index=index).to_json()
    assert (out["verdict"], out["change"], out["evidence"]) == (verdict, change, evidence)


def test_not_found_has_no_sources(index: ClusterIndex) -> None:
    verdict = check("Das Wetter wird morgen schön", index=index)
    assert (verdict.exit_code, verdict.sources, verdict.best, verdict.earliest, verdict.diff()) == (
        2,
        (),
        None,
        None,
        [],
    )
