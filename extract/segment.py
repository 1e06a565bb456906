"""Paragraph and sentence boundaries as offsets into the cleaned text.

Arabic sentences end at . ؟ ? ! … (and at line breaks, which end paragraphs); a full stop inside a
number (3.5) or after a one-letter abbreviation (د. for doctor, م. for engineer or the Gregorian
year) does not end one. Closing quotes and brackets after the mark stay with the sentence.
"""

from __future__ import annotations

import re

from extract.document import Span

_CLOSERS = "»\"”’')]}"
_SENTENCE_END_RE = re.compile(r"(?:\.{3}|[.؟?!…]+)[" + re.escape(_CLOSERS) + r"]*")
_LINE_RE = re.compile(r"[^\n]+")


def paragraph_spans(text: str) -> list[Span]:
    """One span per non-blank line, trimmed of surrounding white space."""
    spans: list[Span] = []
    for m in _LINE_RE.finditer(text):
        _append_trimmed(spans, text, m.start(), m.end())
    return spans


def sentence_spans(text: str, paragraphs: list[Span] | None = None) -> list[Span]:
    """Sentences within each paragraph, trimmed of white space."""
    out: list[Span] = []
    for para in paragraphs if paragraphs is not None else paragraph_spans(text):
        start = para.start
        for m in _SENTENCE_END_RE.finditer(text, para.start, para.end):
            if not _is_boundary(text, m.start(), m.end(), para.end):
                continue
            _append_trimmed(out, text, start, m.end())
            start = m.end()
        _append_trimmed(out, text, start, para.end)
    return out


def _is_boundary(text: str, mark_start: int, mark_end: int, limit: int) -> bool:
    mark = text[mark_start:mark_end]
    if mark == ".":
        before = text[mark_start - 1] if mark_start > 0 else ""
        after = text[mark_end] if mark_end < limit else ""
        if before.isdigit() and after.isdigit():
            return False  # 3.5
        if _is_abbreviation(text, mark_start):
            return False
    # Only a boundary when followed by space or the end of the paragraph.
    return mark_end >= limit or text[mark_end].isspace()


def _is_abbreviation(text: str, dot: int) -> bool:
    """A single letter before the dot, standing alone (د. , م. , U.S.)."""
    if dot == 0 or not text[dot - 1].isalpha():
        return False
    return dot == 1 or not text[dot - 2].isalpha()


def _append_trimmed(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))
