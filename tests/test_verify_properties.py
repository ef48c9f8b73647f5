"""Property tests: labels never crash, identical text is identical, offsets hold, clusters partition."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.verify import SEVERITY, Rendering, build_clusters, compare, key
from quoteverify.verify.tokens import tokenize

_WORDS = ["Wir", "wir", "nicht", "kein", "keine", "nie", "muss", "kann", "alle", "einige", "1.200", "1200",
          "zwölfhundert", "Straße", "Strasse", "daß", "dass", "März", "Jänner", "Frau", "Albers",
          "ist", "sei", "geht’s", "geht's", "Hoch-\nwasser", "[…]", "…", "(...)", "2,5",
          "Millionen", "%"]  # fmt: skip
_alphabet = st.one_of(
    st.sampled_from(_WORDS + list("„“”\"«»‚‘’'‹›–—-,.:;!? \n\u00a0\u00ad")),
    st.characters(),
)
texts = st.lists(_alphabet, max_size=40).map(lambda parts: " ".join(parts))
LABELS = {"identical", *SEVERITY}


@settings(max_examples=300, deadline=None)
@given(
    texts, texts, st.sampled_from(["direct", "partial", "indirect"]), st.sampled_from([None, "A B", "C D"])
)
def test_compare_never_crashes(a: str, b: str, kind: str, speaker: str | None) -> None:
    result = compare(a, b, member_kind=kind, reference_speaker="A B", member_speaker=speaker)
    assert result.variant in LABELS
    assert list(result.changes) == sorted(result.changes, key=SEVERITY.index)
    assert not result.changes or result.changes[0] == result.variant
    assert 0.0 <= result.score <= 1.0
    for op in result.ops:
        assert 0 <= op.a_start <= op.a_end <= len(a)
        assert 0 <= op.b_start <= op.b_end <= len(b)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_identical_text_is_identical(text: str) -> None:
    result = compare(text, text, reference_speaker="Jana Wendel", member_speaker="Wendel")
    assert (result.variant, result.changes) == ("identical", ())


@settings(max_examples=300, deadline=None)
@given(texts)
def test_tokens_point_into_the_text(text: str) -> None:
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert token.key
    assert key(text) == " ".join(t.key for t in tokenize(text))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a1", "a2", "a3"]), texts, st.sampled_from([None, "X Y", "Z Y"])),
                max_size=12))  # fmt: skip
def test_clusters_partition_the_renderings(items: list[tuple[str, str, str | None]]) -> None:
    renderings = [
        Rendering(
            article, i * 1000, i * 1000 + len(text), text, "direct", speaker, None, "2026-01-01", (), None
        )
        for i, (article, text, speaker) in enumerate(items)
    ]
    clusters = build_clusters(renderings)
    seen = [m.rendering.ident for c in clusters for m in c.members]
    assert sorted(seen) == sorted(r.ident for r in renderings)
    for c in clusters:
        assert c.members[0].variant == "reference" and c.members[0].rendering == c.reference
        assert all(m.variant in LABELS for m in c.members[1:])
