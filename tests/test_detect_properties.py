"""Property tests: the detector never crashes and its offsets are always valid."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.detect import detect_quotes
from quoteverify.records import Article

MARKS = "„“”\"«»‚‘’'‹›"
# Text rich in quotation marks, apostrophes, paragraph breaks and German words,
# plus arbitrary Unicode.
_alphabet = st.one_of(
    st.sampled_from(
        list(MARKS) + ["\n", "\n\n", " ", ", ", ": ", ". ", "sagte", "Wir", "er", ",,", "''", "(", "eine"]
    ),
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


_german_words = st.sampled_from(
    ["Die", "Ministerin", "sagte", "er", "sie", "sei", "habe", "laut", "Polizei", "zufolge",
     "Müller", "Anna", "Berg", "dass", "werde", ",", ".", ":", "„", "“", "»", "«", "\n\n",
     # the reported-speech frames: Das gab X bekannt, kündigte an … zu, soll … haben, aus … hervor
     "Das", "Dies", "gab", "bekannt", "kündigte", "an", "zu", "senken", "soll", "gesagt", "haben",
     "forderte", "auf", "Reportern", "der", "geht", "aus", "hervor", ";", "K.M.", "so",
     # split quotes with the cue set in (so die Kämmerin – sagte sie –), spaced and single marks
     "–", "‚", "‘", "« ", " »", "bleibt", "offen"]
)
_sentences = st.lists(st.one_of(_german_words, st.characters()), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_sentences)
def test_whole_pipeline_never_crashes_and_offsets_hold(text):
    from quoteverify.pipeline import extract_quotes

    for q in extract_quotes(Article(id="p", text=text)):
        assert text[q.start : q.end] == q.text
        for span in (q.mention, q.cue):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert 0.0 <= q.confidence <= 1.0
