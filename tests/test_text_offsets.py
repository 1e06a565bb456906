"""Offsets are exact: every token, sentence and normalised-match span slices the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.load import build_article
from extract.normalize import NormalizedView, normalize
from extract.tokens import tokenize

ARABIC = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
DIACRITICS = st.sampled_from(list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"))
MARKS = st.sampled_from(["\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c"])
OTHER = st.sampled_from(list("«»،؛:()\"'.؟!… \n\t-") + ["😀", "👍🏽", "3.5", "١٢", "CNN", "Trump"])
LATIN = st.characters(min_codepoint=0x41, max_codepoint=0x7A)
TEXT = st.lists(st.one_of(ARABIC, DIACRITICS, MARKS, OTHER, LATIN), max_size=200).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_tokens_slice_the_text_exactly(text: str) -> None:
    tokens = tokenize(text)
    for tok in tokens:
        assert text[tok.start:tok.end] == tok.text
        assert tok.text.strip() == tok.text and tok.text
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    # Nothing but white space is lost between tokens.
    assert "".join(t.text for t in tokens) == "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_normalised_spans_map_back_to_the_original(text: str) -> None:
    view = NormalizedView(text)
    assert view.norm == normalize(text)
    for start in range(len(view.norm)):
        for end in range(start + 1, min(len(view.norm), start + 6) + 1):
            o_start, o_end = view.orig_span(start, end)
            assert 0 <= o_start < o_end <= len(text)
            # The original slice normalises to the normalised slice (or, where one character
            # expands, as … does to ..., to a text containing it).
            assert view.norm[start:end] in normalize(text[o_start:o_end])


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=5))
def test_article_spans_slice_the_text(paragraphs: list[str]) -> None:
    article = build_article(None, paragraphs)
    for span in article.paragraphs + article.sentences:
        piece = article.text[span.start:span.end]
        assert piece and piece == piece.strip()
    for tok in article.tokens:
        assert article.text[tok.start:tok.end] == tok.text


@settings(max_examples=100, deadline=None)
@given(TEXT, st.integers(min_value=0, max_value=3))
def test_fast_normalise_equals_per_character_rules(text: str, repeat: int) -> None:
    from extract.normalize import normalize_char

    long_text = text * (1 + repeat * 400)  # crosses the chunk boundary of long texts
    assert normalize(long_text) == "".join(normalize_char(ch) for ch in long_text)


def test_normalisation_matches_across_spellings() -> None:
    assert normalize("أحمدُ") == normalize("احمد")
    assert normalize("إلى") == normalize("الي")
    assert normalize("مدرسة") == normalize("مدرسه")
    assert normalize("الســلام") == normalize("السلام")


def test_a_diacritised_match_keeps_its_marks() -> None:
    text = "قال أحمدُ"
    view = NormalizedView(text)
    start = view.norm.index("احمد")
    assert view.orig_span(start, start + 4) == (4, 9)


def test_punctuation_is_split_and_numbers_are_not() -> None:
    text = "وقال المصدر، لـ«الشرق الأوسط»، إن النمو 3.5% (أفريكوم)."
    words = [t.text for t in tokenize(text)]
    assert words == ["وقال", "المصدر", "،", "لـ", "«", "الشرق", "الأوسط", "»", "،", "إن",
                     "النمو", "3.5", "%", "(", "أفريكوم", ")", "."]
