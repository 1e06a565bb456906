"""The article model: cleaned text plus paragraphs, sentences and tokens as character-offset spans.

Like spaCy's Doc, every span is `(start, end)` in Python str indices into `Article.text`, the text
the user sees; nothing here copies or rewrites that text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from extract.tokens import Token


class Span(NamedTuple):
    """`(start, end)` in str indices; a tuple, so `start, end = span` and `span[0]` work too."""
    start: int
    end: int

    def as_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the article says about itself (not where or when Sanad read it)."""

    url: str | None = None  # canonical address of a saved page
    date: str | None = None  # publication date, ISO: YYYY-MM-DD (or YYYY-MM, YYYY)
    author: str | None = None
    outlet: str | None = None  # site or publication name

    def as_dict(self) -> dict[str, str | None]:
        return {"url": self.url, "date": self.date, "author": self.author, "outlet": self.outlet}


@dataclass
class Article:
    title: str | None
    text: str
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    source: str | None = None
    # The page (1-based) each paragraph starts on, index-aligned with `paragraphs`; None for
    # sources without pages (pasted text, web pages, .txt, .docx).
    pages: list[int] | None = None
    # The article's own URL, date, author and outlet, where the source says them.
    meta: ArticleMeta | None = None
    _token_starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    def page_of(self, offset: int) -> int | None:
        """The page of the paragraph holding character `offset`, when the source had pages."""
        if not self.pages:
            return None
        i = bisect_left([p.end for p in self.paragraphs], offset)
        return self.pages[min(i, len(self.pages) - 1)]

    def slice(self, span: Span | Token) -> str:
        return self.text[span.start:span.end]

    def tokens_in(self, span: Span) -> list[Token]:
        """Tokens that lie inside `span`, in order."""
        i = bisect_left(self._starts(), span.start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= span.end:
            out.append(self.tokens[i])
            i += 1
        return out

    def token_range(self, span: Span) -> tuple[int, int]:
        """Indices [a, b) of the tokens that overlap `span` (a mention may start inside a token,
        after a proclitic: «لحفتر»); a == b when none does."""
        starts = self._starts()
        a = bisect_right(starts, span.start) - 1
        if a < 0:
            a = 0
        elif self.tokens[a].end <= span.start:
            a += 1
        b = a
        while b < len(self.tokens) and self.tokens[b].start < span.end:
            b += 1
        return a, b

    def _starts(self) -> list[int]:
        if len(self._token_starts) != len(self.tokens):
            self._token_starts = [t.start for t in self.tokens]
        return self._token_starts
