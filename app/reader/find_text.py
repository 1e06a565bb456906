"""Find a query in the article as the library search would: diacritics, alef forms, alef
maqsura, ta marbuta, tatweel and invisible marks do not matter («احمد» finds «أحمدُ»).

Matching runs on `extract.normalize.NormalizedView` (the same folding as the library's index) and
every hit is mapped back with its offset map, so a hit is an exact (start, end) into the text the
user sees, keeping the hit word's own vowel marks. No Qt here: it runs on a worker thread.
"""

from __future__ import annotations

import re

from extract.normalize import NormalizedView, normalize

MAX_HITS = 10_000  # more than anyone steps through; keeps a one-letter query on a book cheap


def query_pattern(query: str) -> re.Pattern[str] | None:
    """The normalised query as a pattern over normalised text; runs of spaces match any
    whitespace. None for a query with nothing to find (spaces, marks only)."""
    words = normalize(query).split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def find_all(view: NormalizedView, query: str, limit: int = MAX_HITS) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of `query` in `view.text`, in reading order, as spans of
    the original text."""
    pattern = query_pattern(query)
    if pattern is None:
        return []
    hits = []
    for match in pattern.finditer(view.norm):
        hits.append(view.orig_span(*match.span()))
        if len(hits) >= limit:
            break
    return hits
