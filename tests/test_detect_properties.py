"""Property tests: the detector never crashes and its offsets are always valid."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.detect import detect_quotes
from quoteverify.records import Article

MARKS = "„“”\"«»‚‘’'‹›"
# Text rich in quotation marks, apostrophes, paragraph breaks and German words,
# plus arbitrary Unicode.
_alphabet = st.one_of(
    st.sampled_from(list(MARKS) + ["\n", "\n\n", " ", ", ", ": ", ". ", "sagte", "Wir", "er"]),
    st.characters(),
)
texts = st.lists(_alphabet, max_size=80).map("".join)


def _check(text: str) -> None:
    quotes = detect_quotes(Article(id="p", text=text))
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.kind in {"direct", "partial", "indirect"}
    spans = sorted((q.start, q.end) for q in quotes)
    for (_, end1), (start2, _) in zip(spans, spans[1:], strict=False):
        assert end1 <= start2, "two statements overlap"


@settings(max_examples=400, deadline=None)
@given(texts)
def test_marks_heavy_text(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text(text):
    _check(text)
