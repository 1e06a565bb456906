"""Quotation marks paired into quoted stretches, as token index ranges.

Arabic news uses «...» (nesting allowed: «... «بركان الغضب» ...»), “...” and plain "...".
Writers often forget a closing mark, or open a second paragraph of a quote without closing the
first, so a quote still open at the end of its paragraph closes there, and a “ that meets another
“ closes just before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.tokens import Token

STRAIGHT = {'"', "″", "''"}


@dataclass(frozen=True)
class Quote:
    open: int  # token index of the opening mark
    close: int  # token index of the closing mark (or one past the last token when unclosed)
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        """Token range of the quoted words."""
        return self.open + 1, self.close


_SENTENCE_END = {".", "؟", "?", "!", "…", "..", "..."}


def _shape(text: str, tok: Token) -> str:
    """'open' or 'close' for a symmetric mark, judged by the characters around it."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    if (before.isspace() or before in "(-–—:،") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return "either"


def find_quotes(tokens: list[Token], para_of: list[int], text: str = "") -> list[Quote]:
    """All quoted stretches, outermost and nested, sorted by opening position."""
    quotes: list[Quote] = []
    stack: list[int] = []
    open_mark: dict[str, int | None] = {"straight": None, "curly": None}
    n = len(tokens)

    def para_end(i: int) -> int:
        j = i
        while j + 1 < n and para_of[j + 1] == para_of[i]:
            j += 1
        return j + 1

    def sentence_close(o: int, limit: int) -> int:
        """An unclosed quote ends with its sentence (or where the next one opens)."""
        for j in range(o + 1, limit):
            if tokens[j].text in _SENTENCE_END:
                return j + 1
        return limit

    def close_unfinished(family: str, limit: int) -> None:
        o = open_mark[family]
        if o is not None:
            quotes.append(Quote(o, sentence_close(o, limit), False))
            open_mark[family] = None

    for i, tok in enumerate(tokens):
        t = tok.text
        if i and para_of[i] != para_of[i - 1]:
            for o in stack:
                quotes.append(Quote(o, sentence_close(o, i), False))
            stack.clear()
            for family in open_mark:
                close_unfinished(family, i)
        if t == "«":
            stack.append(i)
        elif t == "»":
            if stack:
                quotes.append(Quote(stack.pop(), i, True))
        elif t in {"“", "”"} or t in STRAIGHT:
            family = "straight" if t in STRAIGHT else "curly"
            shape = _shape(text, tok) if text else "either"
            if t == "“" and shape == "either":
                shape = "open"
            if t == "”" and shape == "either":
                shape = "close"
            current = open_mark[family]
            if (
                shape == "open"
                and family == "straight"
                and current is not None
                and 1 < i - current <= 3
                and not any(tokens[j].text in STRAIGHT for j in range(i + 1, min(n, i + 4)))
            ):
                shape = "close"  # «لـ"الاقتصادية "مصدر»: a close with its space on the wrong side
            if current is None:
                if shape != "close" or family == "straight":
                    open_mark[family] = i
            elif (
                shape == "open"
                and i - current > 1
                and tokens[i - 1].text not in STRAIGHT | {"“", "”"}
            ):
                close_unfinished(family, i)  # a new quote opens: the old one was never closed
                open_mark[family] = i
            else:
                quotes.append(Quote(current, i, True))
                open_mark[family] = None
    for o in stack:  # «... never closed: it ends with its sentence
        quotes.append(Quote(o, sentence_close(o, para_end(o)), False))
    for family in open_mark:
        o = open_mark[family]
        if o is not None:
            quotes.append(Quote(o, sentence_close(o, para_end(o)), False))
    quotes.sort(key=lambda q: (q.open, -q.close))
    return quotes


def quote_depths(n_tokens: int, quotes: list[Quote]) -> list[int]:
    """How many quotes each token sits inside (marks themselves count as inside)."""
    diff = [0] * (n_tokens + 2)
    for q in quotes:
        diff[q.open] += 1
        diff[min(q.close, n_tokens - 1) + 1 if q.closed else q.close] -= 1
    depth, out = 0, []
    for i in range(n_tokens):
        depth += diff[i]
        out.append(depth)
    return out
