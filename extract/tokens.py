"""Word and punctuation tokens with exact offsets into the text.

camel-tools' `simple_word_tokenize` splits punctuation such as « » ، ؛ : ( ) off words but returns
bare strings; we align its output back onto the text, so each token knows where it stands. Decimal
numbers that it splits ("3.5", "٣٫٥", "1,000") are joined again: they are one token to a reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from camel_tools.tokenizers.word import simple_word_tokenize


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


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]`, with offsets into `text` itself."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    for word in _WORDS_RE.finditer(text, start, stop):
        tokens.extend(_tokenize_word(word.group(), word.start()))
    return _join_numbers(tokens, text)


def _tokenize_word(word: str, offset: int) -> list[Token]:
    pieces = simple_word_tokenize(word)
    out: list[Token] = []
    pos = 0
    for piece in pieces:
        found = word.find(piece, pos)
        if found < 0:  # camel-tools never rewrites text; keep going if a future version does
            continue
        out.append(Token(offset + found, offset + found + len(piece), piece))
        pos = found + len(piece)
    if not out:
        out.append(Token(offset, offset + len(word), word))
    return out


def _join_numbers(tokens: list[Token], text: str) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        while (
            i + 2 < len(tokens)
            and tok.text[-1:].isdigit()
            and tokens[i + 1].text in _NUMBER_JOINERS
            and tokens[i + 2].text[:1].isdigit()
            and tok.end == tokens[i + 1].start
            and tokens[i + 1].end == tokens[i + 2].start
        ):
            tok = Token(tok.start, tokens[i + 2].end, text[tok.start:tokens[i + 2].end])
            i += 2
        out.append(tok)
        i += 1
    return out
