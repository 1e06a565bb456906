"""Word and punctuation tokens with exact offsets into the text.

The tokens are exactly those of camel-tools' `simple_word_tokenize` (whitespace splits words;
every Unicode punctuation mark, symbol and emoji sequence is a token of its own), found in one
regular-expression pass over the text so that each token knows its offsets. Decimal numbers that
it splits ("3.5", "٣٫٥", "1,000") are joined again: they are one token to a reader.

camel-tools' tokenizer is not imported here: its module builds Unicode-wide character sets at
import time (about a second), and it tokenizes word by word. tests/test_tokens.py proves the two
agree (on every code point class this relies on, on random text and on a corpus sample);
scripts/check_tokenizer.py checks the whole corpus.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_punct(self) -> bool:
        return len(self.text) == 1 and not self.text.isalnum()


_NUMBER_JOINERS = frozenset(".,٫٬")
_WORDS_RE = re.compile(r"\S+")

# camel-tools' symbol pattern (camel_tools.tokenizers.word._SYMBOLS_RE, for the `regex` module):
# a flag pair, an emoji with its modifier / variation selector / tag sequence and ZWJ
# continuations, a keycap, or one punctuation mark or symbol. It only matters where an emoji
# sequence may start; ordinary punctuation is decided without it (see `_split_end`).
CAMEL_SYMBOLS_PATTERN = (
    r"(?:(?:\p{RI}\p{RI}|\p{Emoji}(?:\p{EMod}|\uFE0F\u20E3?|[\U000E0020-\U000E007E]+\U000E007F)?"
    r"(?:\u200D(?:\p{RI}\p{RI}|\p{Emoji}(?:\p{EMod}|\uFE0F\u20E3?|[\U000E0020-\U000E007E]+"
    r"\U000E007F)?))*)|(?:[0-9*#]\u20e3)|\p{S}|\p{P})"
)
# Characters that can extend a symbol match past its first character: emoji modifiers, the
# variation selector, the keycap mark, ZWJ and tag characters. Where none follows (and the first
# character is no regional indicator) the match is one character or none.
_EXTENDERS = "\ufe0f\u20e3\u200d\U0001f3fb-\U0001f3ff\U000e0020-\U000e007e"
_REGIONAL = ("\U0001f1e6", "\U0001f1ff")
# ℹ is the one letter that is an emoji on its own (camel-tools splits it off like a symbol).
_EMOJI_LETTER = "\u2139"
# Where a token may split off: a character before an emoji extender, any character that is not a
# letter, digit or space (punctuation, symbols, marks, unassigned code points), "_" (punctuation
# by Unicode, a word character to `re`) and ℹ. Letters and digits followed by no extender never
# split (tests/test_tokens.py checks every code point).
_SPLIT_CANDIDATE_RE = re.compile(rf"\S(?=[{_EXTENDERS}])|[^\w\s]|[_{_EMOJI_LETTER}]")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]`, with offsets into `text` itself."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    joiners: list[int] = []  # indices of "." "," "٫" "٬" tokens: where numbers may be joined
    pos = start  # start of the text not yet tokenized
    for candidate in _SPLIT_CANDIDATE_RE.finditer(text, start, stop):
        at = candidate.start()
        if at < pos:
            continue  # inside an emoji sequence already taken
        split_end = _split_end(text, at, stop)
        if split_end is None:
            continue
        _add_words(tokens, text, pos, at)
        if text[at] in _NUMBER_JOINERS and split_end == at + 1:
            joiners.append(len(tokens))
        tokens.append(Token(at, split_end, text[at:split_end]))
        pos = split_end
    _add_words(tokens, text, pos, stop)
    return _join_numbers(tokens, joiners, text) if joiners else tokens


def _add_words(tokens: list[Token], text: str, start: int, end: int) -> None:
    if start < end:
        tokens.extend(Token(m.start(), m.end(), m.group())
                      for m in _WORDS_RE.finditer(text, start, end))


def _split_end(text: str, at: int, stop: int) -> int | None:
    """Where the symbol token starting at `at` ends, or None when camel-tools splits nothing off
    there (it then moves on by one character)."""
    ch = text[at]
    nxt = text[at + 1] if at + 1 < stop else ""
    if (nxt and _is_extender(nxt)) or _REGIONAL[0] <= ch <= _REGIONAL[1]:
        return _emoji_split_end(text, at, stop)
    kind = _category(ch)
    if kind[0] in "PS":
        return at + 1
    if kind == "Cn" or ch == _EMOJI_LETTER:
        # unassigned in Python's Unicode tables but possibly an emoji of a newer Unicode
        return _emoji_split_end(text, at, stop)
    return None


@lru_cache(maxsize=4096)
def _category(ch: str) -> str:
    return unicodedata.category(ch)


@lru_cache(maxsize=256)
def _is_extender(ch: str) -> bool:
    return _EXTENDER_RE.match(ch) is not None


_EXTENDER_RE = re.compile(f"[{_EXTENDERS}]")


def _emoji_split_end(text: str, at: int, stop: int) -> int | None:
    """camel-tools' own test at `at`: its symbol pattern matches there and the match is a
    punctuation mark, a symbol or a known emoji sequence."""
    found = _camel_symbols_re().match(text, at, stop)
    if found is None or not is_camel_symbol(found.group()):
        return None
    return found.end()


@lru_cache(maxsize=1)
def _camel_symbols_re() -> Any:
    """The `regex` pattern (that module loads only for text with emoji-like characters)."""
    import regex

    return regex.compile(CAMEL_SYMBOLS_PATTERN)


def is_camel_symbol(piece: str) -> bool:
    """`piece` is in camel-tools' symbol set: one Unicode punctuation mark or symbol (by Python's
    unicodedata), or an emoji the `emoji` package lists."""
    if len(piece) == 1 and unicodedata.category(piece)[0] in "PS":
        return True
    return piece in _emoji_data()


@lru_cache(maxsize=1)
def _emoji_data() -> frozenset[str]:
    from emoji import EMOJI_DATA

    return frozenset(EMOJI_DATA)


def _join_numbers(tokens: list[Token], joiners: list[int], text: str) -> list[Token]:
    """Join "3" "." "5" into "3.5" where a digit, a joiner and a digit touch (also "1,000,000").

    Whether a joiner joins depends only on the tokens either side of it, so only the joiners are
    looked at; two joins two tokens apart chain into one number."""
    joins = [j for j in joiners
             if 0 < j < len(tokens) - 1
             and tokens[j - 1].text[-1:].isdigit() and tokens[j + 1].text[:1].isdigit()
             and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start]
    if not joins:
        return tokens
    out: list[Token] = []
    done = 0  # tokens[:done] are in `out`
    k = 0
    while k < len(joins):
        first, last = joins[k] - 1, joins[k] + 1
        k += 1
        while k < len(joins) and joins[k] == last + 1:
            last = joins[k] + 1
            k += 1
        out.extend(tokens[done:first])
        a, b = tokens[first].start, tokens[last].end
        out.append(Token(a, b, text[a:b]))
        done = last + 1
    out.extend(tokens[done:])
    return out
