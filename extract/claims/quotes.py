"""Quotation marks paired into quoted stretches, as token index ranges.

Arabic news uses «...» (nesting allowed: «... «بركان الغضب» ...»), “...” and plain "...".
Writers often forget a closing mark, or open a second paragraph of a quote without closing the
first, so a quote still open at the end of its paragraph closes there, and a “ that meets another
“ closes just before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.tokens import Token

OPENERS = {"«": "»", "“": "”"}
STRAIGHT = {'"', "″", "''"}


@dataclass(frozen=True)
class Quote:
    open: int    # token index of the opening mark
    close: int   # token index of the closing mark (or one past the last token when unclosed)
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        """Token range of the quoted words."""
        return self.open + 1, self.close


def find_quotes(tokens: list[Token], para_of: list[int]) -> list[Quote]:
    """All quoted stretches, outermost and nested, sorted by opening position."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []
    straight_open: int | None = None
    curly_open: int | None = None
    n = len(tokens)

    def para_end(i: int) -> int:
        j = i
        while j + 1 < n and para_of[j + 1] == para_of[i]:
            j += 1
        return j + 1

    for i, tok in enumerate(tokens):
        t = tok.text
        if i and para_of[i] != para_of[i - 1]:
            for _, o in stack:
                quotes.append(Quote(o, i, False))
            stack.clear()
            if straight_open is not None:
                quotes.append(Quote(straight_open, i, False))
                straight_open = None
            if curly_open is not None:
                quotes.append(Quote(curly_open, i, False))
                curly_open = None
        if t == "«":
            stack.append(("«", i))
        elif t == "»":
            if stack:
                _, o = stack.pop()
                quotes.append(Quote(o, i, True))
        elif t == "“":
            if curly_open is not None:  # a second opening mark: the first quote ran up to here
                quotes.append(Quote(curly_open, i, False))
            curly_open = i
        elif t == "”":
            if curly_open is not None:
                quotes.append(Quote(curly_open, i, True))
                curly_open = None
        elif t in STRAIGHT:
            if straight_open is None:
                straight_open = i
            else:
                quotes.append(Quote(straight_open, i, True))
                straight_open = None
    for _, o in stack:
        quotes.append(Quote(o, para_end(o), False))
    if straight_open is not None:
        quotes.append(Quote(straight_open, para_end(straight_open), False))
    if curly_open is not None:
        quotes.append(Quote(curly_open, para_end(curly_open), False))
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
