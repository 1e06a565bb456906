"""The one-pass tokenizer gives exactly camel-tools' `simple_word_tokenize` tokens.

The reference is the way Sanad tokenized before: camel-tools on each whitespace word, each piece
found again in the word, then decimal numbers joined. The Unicode facts the fast path relies on
are checked on every code point, so a new Python, `regex` or `emoji` version that breaks one fails
here rather than changing tokens silently.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from camel_tools.tokenizers import word as camel_word
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import tokens as tk
from extract.tokens import Token, tokenize

ALL_CHARS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
ALL_TEXT = "".join(ALL_CHARS)


def reference_tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Sanad's tokenizer before the one-pass version (kept here only as the reference):
    camel-tools on each whitespace word, each piece found again in the word."""
    stop = len(text) if end is None else end
    out: list[Token] = []
    for word in re.compile(r"\S+").finditer(text, start, stop):
        pos = 0
        for piece in camel_word.simple_word_tokenize(word.group()):
            found = word.group().find(piece, pos)
            assert found >= 0, "camel-tools rewrote a piece"
            out.append(Token(word.start() + found, word.start() + found + len(piece), piece))
            pos = found + len(piece)
    return _reference_join_numbers(out, text)


def _reference_join_numbers(tokens: list[Token], text: str) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        while (
            i + 2 < len(tokens)
            and tok.text[-1:].isdigit()
            and tokens[i + 1].text in ".,٫٬"
            and tokens[i + 2].text[:1].isdigit()
            and tok.end == tokens[i + 1].start
            and tokens[i + 1].end == tokens[i + 2].start
        ):
            tok = Token(tok.start, tokens[i + 2].end, text[tok.start:tokens[i + 2].end])
            i += 2
        out.append(tok)
        i += 1
    return out


def test_the_symbol_pattern_is_camel_tools_own() -> None:
    assert tk.CAMEL_SYMBOLS_PATTERN == camel_word._SYMBOLS_RE.pattern


def test_the_symbol_set_is_camel_tools_own() -> None:
    singles = {c for c in ALL_CHARS if tk.is_camel_symbol(c)}
    assert singles == {s for s in camel_word._SYMBOLS_ALL if len(s) == 1}
    assert all(tk.is_camel_symbol(s) for s in camel_word._SYMBOLS_ALL)


def test_every_punctuation_mark_and_symbol_matches_the_pattern_alone() -> None:
    pattern = tk._camel_symbols_re()
    for c in ALL_CHARS:
        if unicodedata.category(c)[0] in "PS":
            found = pattern.match(c + "x")
            assert found is not None and found.group() == c, hex(ord(c))


def test_only_unassigned_characters_and_the_information_sign_are_other_emoji() -> None:
    others = {c for c in camel_word._SYMBOLS_ALL
              if len(c) == 1 and unicodedata.category(c)[0] not in "PS"}
    assert all(unicodedata.category(c) == "Cn" or c == "\u2139" for c in others)


def test_word_characters_never_split_off_without_an_extender() -> None:
    symbols = camel_word._SYMBOLS_ALL
    for c in re.findall(r"\w", ALL_TEXT):
        if c not in "_\u2139":
            assert c not in symbols, hex(ord(c))


def test_the_extenders_are_the_patterns_own() -> None:
    import regex

    modifiers = set(regex.findall(r"\p{EMod}", ALL_TEXT))
    assert modifiers == {chr(c) for c in range(0x1F3FB, 0x1F400)}
    extenders = set(tk._EXTENDER_RE.findall(ALL_TEXT))
    assert extenders == modifiers | {"\ufe0f", "\u20e3", "\u200d"} | {
        chr(c) for c in range(0xE0020, 0xE007F)}


def test_words_split_where_python_splits_them() -> None:
    assert re.findall(r"\s", ALL_TEXT) == [c for c in ALL_CHARS if c.isspace()]


ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x24F)
DIGITS = st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲") + ["1,000,000", "3.5.", "٣٫٥", "2,,3"])
PUNCT = st.sampled_from(list("«»،؛:()\"'.,؟!…-–—/_%٪٫٬#*&@$€£+=<>[]{}“”‘’•·ℹ©®™‼⁉"))
SPACE = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x1c"])
EMOJI = st.sampled_from(["😀", "👍🏽", "🇸🇦", "🇸", "❤️", "❤", "1️⃣", "#⃣", "👨‍👩‍👧", "🏴\U000e0067"
                         "\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "\u200d", "\ufe0f",
                         "\u20e3", "🏻", "\U0001fae8", "\U0001fa75🏻", "ℹ️", "\ue000", "\u0378"])
MARKS = st.sampled_from(["\u0640", "\u200c", "\u200e", "\u200f", "\u061c", "\u064e", "\u0651"])
ANY = st.characters(blacklist_categories=("Cs",))
TEXT = st.lists(st.one_of(ARABIC, LATIN, DIGITS, PUNCT, SPACE, EMOJI, MARKS, ANY),
                max_size=120).map("".join)


@settings(max_examples=1000, deadline=None)
@given(TEXT)
def test_tokens_are_camel_tools_tokens(text: str) -> None:
    assert tokenize(text) == reference_tokenize(text)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 120), st.integers(0, 120))
def test_tokens_of_a_part_of_the_text(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert tokenize(text, start, end) == reference_tokenize(text, start, end)


def test_tokens_of_corpus_articles(shared_dir) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from compare_outputs import corpus_texts

    for ident, text in random.Random(21).sample(corpus_texts(), 300):
        assert tokenize(text) == reference_tokenize(text), ident


@pytest.mark.parametrize("text, expected", [
    ("قال «السراج»: نعم.", ["قال", "«", "السراج", "»", ":", "نعم", "."]),
    ("بلغ 3.5% و1,000 و٣٫٥", ["بلغ", "3.5", "%", "و1,000", "و٣٫٥"]),
    ("1,000,000 .5 1.2.3 4..5 6.", ["1,000,000", ".", "5", "1.2.3", "4", ".", ".", "5", "6", "."]),
    ("👍🏽رائع🇸🇦!", ["👍🏽", "رائع", "🇸🇦", "!"]),
])
def test_tokens_a_reader_sees(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected
