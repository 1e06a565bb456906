"""Paragraphs in reading order from positioned glyphs: the geometry half of PDF import.

A PDF page is a set of glyphs with boxes. This module, which knows nothing of any PDF library,
rebuilds what a reader sees:

- rows: glyphs sharing a baseline; words: runs of glyphs without a space-sized gap; combining
  marks are attached to the letter under them (visual-order producers put them before it);
- running headers and footers: a top or bottom row repeated on other pages (digits ignored), and
  page numbers ("3", "- 3 -", "3/12", "صفحة 3 من 12");
- columns: a vertical strip that most rows leave empty, with text on both sides, is a gutter; rows
  that cross it (a headline over both columns) separate bands, and each band is read column by
  column, the right one first on a right-to-left page;
- each line's glyphs are put back in reading order (extract.visual_order), mirrored brackets are
  fixed when the document's brackets only balance that way, and presentation forms (U+FB50-U+FDFF,
  U+FE70-U+FEFC) and ligatures become letters (NFKC; lam-alef becomes lam + alef);
- lines join into a paragraph unless the gap before a line is larger than the line spacing, the
  font size changes, the line is indented, or the line before it ended short (its first word
  would have fitted there).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from extract.visual_order import bidi_class, is_rtl_text, mirror, visual_to_logical

WORD_GAP_EM = 0.15
MIN_WORD_GAP_EM = 0.1
MAX_WORD_GAP_EM = 0.25
ROW_TOLERANCE_EM = 0.3
FURNITURE_BAND = 0.12  # of the page height, at the top and at the bottom
MIN_GUTTER_EM = 0.6
GUTTER_MAX_COVER = 0.08  # share of a page's rows that may cross a gutter (headlines, rules)
PARAGRAPH_GAP = 1.3  # a gap this many times the usual line pitch starts a paragraph
_PAGE_NUMBER_RE = re.compile(
    r"^[\s\-–—|•.]*(?:(?:page|p\.|صفحة|الصفحة|ص\.?)\s*)?[0-9٠-٩]{1,4}"
    r"(?:\s*(?:/|of|من)\s*[0-9٠-٩]{1,4})?[\s\-–—|•.]*$", re.IGNORECASE)
_TERMINAL = {".", ",", ":", ";", "!", "?"}
_FATHATAN_BEFORE_ALEF_RE = re.compile("\u064b\u0627")
_DIGITS_RE = re.compile(r"[0-9٠-٩۰-۹]+")


@dataclass
class Glyph:
    """One glyph on a page: its text (one character, or a ligature's several in reading order) and
    its box in PDF points, y upwards. `em` is the font size on the page."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    baseline: float
    em: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def is_mark(self) -> bool:
        return all(unicodedata.category(c) in ("Mn", "Me") for c in self.text)


@dataclass
class Page:
    """A page's glyphs, the x positions of its space characters, and its size."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph]
    spaces: list[tuple[float, float]] = field(default_factory=list)  # (x, baseline)


@dataclass
class Word:
    glyphs: list[Glyph]

    @property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs)

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)


@dataclass
class Row:
    words: list[Word]
    baseline: float
    em: float
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    def key(self) -> str:
        """The row's glyphs, digits masked: the same for a running header on every page."""
        return _DIGITS_RE.sub("#", "".join(g.text for w in self.words for g in w.glyphs))


@dataclass
class Line:
    """A row, or the part of a row in one column, with its logical text."""

    words: list[Word]
    baseline: float
    em: float
    page: int
    block: tuple[int, int]  # (page, index of the band/column it was read in)
    text: str = ""
    rtl: bool = True

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


@dataclass(frozen=True)
class Paragraph:
    text: str
    page: int


def paragraphs_from_pages(pages: list[Page]) -> list[Paragraph]:
    """The document's paragraphs in reading order, each with the page it starts on (1-based)."""
    gap = word_gap(pages)
    page_rows = [rows_of(page, gap) for page in pages]
    repair_lam_alef(page_rows)
    furniture = _furniture(pages, page_rows)
    rtl_document = is_rtl_text("".join(g.text for page in pages for g in page.glyphs))
    lines: list[Line] = []
    for page, rows in zip(pages, page_rows, strict=True):
        body = [r for r in rows if id(r) not in furniture]
        lines.extend(_read_columns(body, page.number, rtl_document))
    edges = _block_edges(lines)
    for line in lines:
        line.rtl = _is_rtl_line(line, rtl_document, edges[line.block])
    groups = _join_lines(lines, edges)
    for group in groups:
        if not any(_has_rtl_letters(ln) for ln in group):  # a Latin paragraph: one direction
            rtl = any(ln.rtl for ln in group)
            for ln in group:
                if not _ends_with_terminal(ln):
                    ln.rtl = rtl
        for ln in group:
            ln.text = _logical_text(ln)
    _fix_mirroring(lines)
    out = []
    for group in groups:
        text = " ".join(t for t in (letters(ln.text).strip() for ln in group) if t)
        if text:
            out.append(Paragraph(text, group[0].page))
    return out


# --- rows and words ------------------------------------------------------------------------------

def word_gap(pages: list[Page]) -> float:
    """The gap (in em) that separates words in this document.

    Gaps between glyphs are bimodal: inside a word about nothing (or a non-joining letter's side
    bearing), between words a space, wider in justified lines. Producers differ (a 0.2 em space
    in one, 0.15 em gaps inside words in another), so the split is found per document (Otsu's
    threshold over the gaps), within bounds.
    """
    gaps: list[float] = []
    for page in pages:
        for group in _baseline_groups(page):
            group.sort(key=lambda g: g.cx)
            for a, b in zip(group, group[1:], strict=False):
                gap = (b.x0 - a.x1) / min(a.em, b.em)
                if 0 < gap < 1.0:
                    gaps.append(gap)
    if len(gaps) < 20:
        return WORD_GAP_EM
    gaps.sort()
    total = sum(gaps)
    best, best_score, below = WORD_GAP_EM, -1.0, 0.0
    for i in range(1, len(gaps)):
        below += gaps[i - 1]
        if gaps[i] == gaps[i - 1]:
            continue
        w0, w1 = i / len(gaps), 1 - i / len(gaps)
        m0, m1 = below / i, (total - below) / (len(gaps) - i)
        score = w0 * w1 * (m0 - m1) ** 2
        if score > best_score:
            best, best_score = (gaps[i - 1] + gaps[i]) / 2, score
    return min(MAX_WORD_GAP_EM, max(MIN_WORD_GAP_EM, best))


def _baseline_groups(page: Page) -> list[list[Glyph]]:
    bases = [g for g in page.glyphs if not g.is_mark and g.text.strip()]
    bases.sort(key=lambda g: -g.baseline)
    groups: list[list[Glyph]] = []
    for g in bases:
        if groups:
            ref = groups[-1][0]
            if abs(ref.baseline - g.baseline) <= ROW_TOLERANCE_EM * min(ref.em, g.em):
                groups[-1].append(g)
                continue
        groups.append([g])
    return groups


def rows_of(page: Page, gap: float = WORD_GAP_EM) -> list[Row]:
    """The page's rows, top to bottom, each with its words left to right."""
    groups = _baseline_groups(page)
    for mark in (g for g in page.glyphs if g.is_mark):
        _attach_mark(mark, groups)
    rows = []
    for group in groups:
        group.sort(key=lambda g: g.cx)
        words = _words(group, page.spaces, gap)
        em = statistics.median(g.em for g in group)
        rows.append(Row(words=words, baseline=group[0].baseline, em=em,
                        top=max(g.y1 for g in group), bottom=min(g.y0 for g in group)))
    return rows


def _attach_mark(mark: Glyph, groups: list[list[Glyph]]) -> None:
    """Give a combining mark to the letter it sits on (it follows its letter in reading order):
    the nearest letter across, among the rows whose letters the mark is above or below."""
    cy = (mark.y0 + mark.y1) / 2
    best: tuple[float, Glyph] | None = None
    for group in groups:
        ref = group[0]
        if not ref.baseline - 0.6 * ref.em <= cy <= ref.baseline + 1.3 * ref.em:
            continue
        vertical = abs(cy - (ref.baseline + 0.35 * ref.em))
        for g in group:
            overlap = min(g.x1, mark.x1) - max(g.x0, mark.x0)
            across = -min(overlap, mark.x1 - mark.x0) if overlap > 0 else abs(g.cx - mark.cx)
            score = across + 0.3 * vertical
            if best is None or score < best[0]:
                best = (score, g)
    if best is not None:
        best[1].text += mark.text


def _words(glyphs: list[Glyph], spaces: list[tuple[float, float]], word_gap: float) -> list[Word]:
    baseline, em = glyphs[0].baseline, glyphs[0].em
    xs = sorted(x for x, y in spaces if abs(y - baseline) < em)
    words: list[Word] = [Word([glyphs[0]])]
    for prev, g in zip(glyphs, glyphs[1:], strict=False):
        gap = g.x0 - prev.x1
        em = min(prev.em, g.em)
        # A space character in the gap marks a word break the gap alone may not show (tight
        # justified Latin); some producers place spaces oddly, so only a real gap counts.
        spaced = False
        if gap > 0.6 * word_gap * em and xs:
            i = bisect_left(xs, prev.x1 - 0.05 * em)
            spaced = i < len(xs) and xs[i] <= g.x0 + 0.05 * em
        if gap > word_gap * em or spaced:
            words.append(Word([g]))
        else:
            words[-1].glyphs.append(g)
    return words


# --- unmapped lam-alef glyphs --------------------------------------------------------------------

def repair_lam_alef(page_rows: list[list[Row]]) -> None:
    """Put lam-alef back where the producer wrote its glyphs without text.

    Lam-alef is the one ligature Arabic fonts must form, and some producers (Qt's PDF writer,
    among others) give its glyphs no Unicode mapping: readers then get nothing, or the glyph
    codes as stray Latin characters, in the middle of an Arabic word (ا=<مم for الأمم). Such a
    run of one to three glyphs inside a word with Arabic letters is read as lam + alef; the alef
    is أ when the run stands taller than the document's plain lam-alef runs (the hamza), إ when
    it reaches below the baseline.
    """
    runs: list[tuple[Word, int, int]] = []
    for rows in page_rows:
        for row in rows:
            for word in row.words:
                if any(_is_arabic_letter(g.text) for g in word.glyphs):
                    runs.extend((word, i, j) for i, j in _unmapped_runs(word.glyphs))
    if not runs:
        return
    tops = sorted(_run_top(w.glyphs[i:j]) for w, i, j in runs)
    plain_top = tops[len(tops) // 5]
    for word, i, j in reversed(runs):  # right to left inside each word keeps indices valid
        run = word.glyphs[i:j]
        em = run[0].em
        bottom = min((g.y0 - g.baseline) / g.em for g in run)
        if bottom < -0.15:
            alef = "إ"
        elif _run_top(run) > plain_top + 0.04:
            alef = "أ"
        else:
            alef = "ا"
        marks = "".join(c for g in run for c in g.text if unicodedata.category(c) == "Mn")
        word.glyphs[i:j] = [Glyph(text="ل" + alef + marks, x0=min(g.x0 for g in run),
                                  y0=min(g.y0 for g in run), x1=max(g.x1 for g in run),
                                  y1=max(g.y1 for g in run), baseline=run[0].baseline, em=em)]


_UNMAPPED_RE = re.compile(r"[A-Za-z<=>\\^_`{|}~@#$&*+\ufffd\x00-\x1f]")


def _unmapped_runs(glyphs: list[Glyph]) -> list[tuple[int, int]]:
    out = []
    i = 0
    while i < len(glyphs):
        if _UNMAPPED_RE.match(glyphs[i].text):
            j = i
            while j < len(glyphs) and _UNMAPPED_RE.match(glyphs[j].text):
                j += 1
            touches = (i > 0 and _is_arabic_letter(glyphs[i - 1].text)) or (
                j < len(glyphs) and _is_arabic_letter(glyphs[j].text))
            if j - i <= 3 and touches:
                out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _run_top(run: list[Glyph]) -> float:
    return max((g.y1 - g.baseline) / g.em for g in run)


def _is_arabic_letter(text: str) -> bool:
    first = text[:1]
    return "\u0620" <= first <= "\u064a" or "\ufb50" <= first <= "\ufefc"


# --- running headers, footers, page numbers ------------------------------------------------------

def _furniture(pages: list[Page], page_rows: list[list[Row]]) -> set[int]:
    """ids of rows that are running headers, footers or page numbers."""
    candidates: list[tuple[int, Row, str]] = []  # (page index, row, key)
    for i, (page, rows) in enumerate(zip(pages, page_rows, strict=True)):
        band = FURNITURE_BAND * page.height
        edge = [r for r in rows[:2] if r.top >= page.height - band]
        edge += [r for r in rows[-2:] if r.bottom <= band and r not in edge]
        candidates.extend((i, r, r.key()) for r in edge)
    out: set[int] = set()
    pages_with = Counter()
    for key in {k for _, _, k in candidates}:
        pages_with[key] = len({i for i, _, k in candidates if k == key})
    needed = max(2, round(0.4 * len(pages)))
    for _, row, key in candidates:
        if pages_with[key] >= needed or _PAGE_NUMBER_RE.match(_row_text(row)):
            out.add(id(row))
    return out


def _row_text(row: Row) -> str:
    units = _units(row.words)
    rtl = any(bidi_class(u) == "R" for u in units)
    return letters("".join(visual_to_logical(units, rtl)))


# --- columns -------------------------------------------------------------------------------------

def _read_columns(rows: list[Row], page: int, rtl: bool, depth: int = 0,
                  block: list[int] | None = None) -> list[Line]:
    """Lines of these rows in reading order, column by column where a gutter divides them."""
    counter = block if block is not None else [0]
    gutter = _find_gutter(rows) if depth < 3 else None
    if gutter is None:
        counter[0] += 1
        return [Line(words=r.words, baseline=r.baseline, em=r.em, page=page,
                     block=(page, counter[0])) for r in rows]
    g0, g1 = gutter
    out: list[Line] = []
    band_right: list[Row] = []
    band_left: list[Row] = []

    def flush() -> None:
        first, second = (band_right, band_left) if rtl else (band_left, band_right)
        for side in (first, second):
            if side:
                out.extend(_read_columns(side, page, rtl, depth + 1, counter))
        band_right.clear()
        band_left.clear()

    for row in rows:
        if any(w.x0 < g1 and w.x1 > g0 for w in row.words):  # crosses the gutter
            flush()
            counter[0] += 1
            out.append(Line(words=row.words, baseline=row.baseline, em=row.em, page=page,
                            block=(page, counter[0])))
            continue
        right = [w for w in row.words if w.x0 >= g1]
        left = [w for w in row.words if w.x1 <= g0]
        if right:
            band_right.append(_sub_row(row, right))
        if left:
            band_left.append(_sub_row(row, left))
    flush()
    return out


def _sub_row(row: Row, words: list[Word]) -> Row:
    return Row(words=words, baseline=row.baseline, em=row.em, top=row.top, bottom=row.bottom)


def _find_gutter(rows: list[Row]) -> tuple[float, float] | None:
    """An x interval that at most a few rows cross, with several rows entirely on each side."""
    if len(rows) < 4:
        return None
    lo = min(r.x0 for r in rows)
    hi = max(r.x1 for r in rows)
    em = statistics.median(r.em for r in rows)
    if hi - lo < 6 * em:
        return None
    step = max(0.5, em / 8)
    bins = int((hi - lo) / step) + 1
    cover = [0] * bins
    for r in rows:
        seen = set()
        for w in r.words:
            for b in range(int((w.x0 - lo) / step), min(bins, int((w.x1 - lo) / step) + 1)):
                seen.add(b)
        for b in seen:
            cover[b] += 1
    allowed = max(1, int(GUTTER_MAX_COVER * len(rows)))
    best: tuple[float, float, float] | None = None  # (width, x0, x1)
    start = None
    for b in range(bins + 1):
        open_ = b < bins and cover[b] <= allowed
        if open_ and start is None:
            start = b
        elif not open_ and start is not None:
            x0, x1 = lo + start * step, lo + b * step
            mid = (x0 + x1) / 2
            central = lo + 0.15 * (hi - lo) < mid < hi - 0.15 * (hi - lo)
            if central and x1 - x0 >= MIN_GUTTER_EM * em and (best is None or x1 - x0 > best[0]):
                best = (x1 - x0, x0, x1)
            start = None
    if best is None:
        return None
    _, g0, g1 = best
    right = sum(1 for r in rows if any(w.x0 >= g1 for w in r.words))
    left = sum(1 for r in rows if any(w.x1 <= g0 for w in r.words))
    if right < 3 or left < 3:
        return None
    return g0, g1


# --- reading order within a line -----------------------------------------------------------------

def _units(words: list[Word]) -> list[str]:
    units: list[str] = []
    for i, word in enumerate(words):
        if i:
            units.append(" ")
        units.extend(g.text for g in word.glyphs)
    return units


def _has_rtl_letters(line: Line) -> bool:
    return any(bidi_class(g.text) == "R" for w in line.words for g in w.glyphs)


def _is_rtl_line(line: Line, rtl_document: bool, edges: tuple[float, float]) -> bool:
    """A line with right-to-left letters is right-to-left; a left-to-right one in a right-to-left
    document is when it is set flush right and ragged left (an English sentence in an Arabic
    page often is)."""
    classes = {bidi_class(g.text) for w in line.words for g in w.glyphs}
    if "R" in classes:
        return True
    first, last = line.words[0].glyphs[0].text, line.words[-1].glyphs[-1].text
    if last in _TERMINAL and first not in _TERMINAL:  # "Reports." reads left to right
        return False
    if first in _TERMINAL and last not in _TERMINAL:  # ".Reports" reads right to left
        return rtl_document
    if "L" in classes:
        left, right = edges
        flush_right = right - line.x1 < 0.5 * line.em
        flush_left = line.x0 - left < 0.5 * line.em
        return rtl_document and flush_right and not flush_left
    return rtl_document


def _ends_with_terminal(line: Line) -> bool:
    """The line has a full stop or comma at one visual end only: that end tells its direction."""
    first, last = line.words[0].glyphs[0].text, line.words[-1].glyphs[-1].text
    return (first in _TERMINAL) != (last in _TERMINAL)


def _logical_text(line: Line) -> str:
    text = "".join(visual_to_logical(_units(line.words), line.rtl))
    # Tanween fath is drawn over the letter before a final alef whichever order it was typed in;
    # alef first is the more common spelling (2:1 in the SaudiNewsNet articles).
    return _FATHATAN_BEFORE_ALEF_RE.sub("\u0627\u064b", text)


def _fix_mirroring(lines: list[Line]) -> None:
    """Mirror brackets in right-to-left lines when only the mirrored text balances its brackets.

    Producers that write logical text map a mirrored glyph to the bracket typed; producers that
    draw visual-order strings draw, and map, the bracket shown. The document is read one way.
    """
    rtl_lines = [ln for ln in lines if ln.rtl]
    text = "\n".join(ln.text for ln in rtl_lines)
    if _unbalanced(mirror(text)) < _unbalanced(text):
        for ln in rtl_lines:
            ln.text = _mirror_rtl_brackets(ln.text)


def _mirror_rtl_brackets(text: str) -> str:
    """Mirror the brackets of a right-to-left line that are not inside a left-to-right run."""
    out = []
    for i, ch in enumerate(text):
        if ch in "()[]{}«»":
            left = next((bidi_class(c) for c in reversed(text[:i]) if bidi_class(c) in "LR"), "R")
            right = next((bidi_class(c) for c in text[i + 1:] if bidi_class(c) in "LR"), "R")
            if not (left == "L" and right == "L"):
                ch = mirror(ch)
        out.append(ch)
    return "".join(out)


def _unbalanced(text: str) -> int:
    """How often a closing bracket comes before its opening one (a sign of mirrored brackets)."""
    bad = 0
    for opening, closing in ("()", "[]", "«»"):
        depth = 0
        for ch in text:
            if ch == opening:
                depth += 1
            elif ch == closing:
                if depth == 0:
                    bad += 1
                else:
                    depth -= 1
    return bad


def letters(text: str) -> str:
    """Presentation forms and ligatures as the letters they stand for (NFKC on those only)."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFB00 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC:
            out.append(unicodedata.normalize("NFKC", ch))
        elif code in (0xFEFF, 0x00AD):  # zero-width no-break space, soft hyphen
            continue
        else:
            out.append(ch)
    return "".join(out)


# --- paragraphs ----------------------------------------------------------------------------------

def _join_lines(lines: list[Line], edges: dict) -> list[list[Line]]:
    """Lines grouped into paragraphs, in reading order."""
    pitch = _line_pitches(lines)
    line_counts = Counter(ln.block for ln in lines)
    groups: list[list[Line]] = []
    for line in lines:
        if not groups or _starts_paragraph(groups[-1][-1], line, edges, pitch, line_counts):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _block_edges(lines: list[Line]) -> dict[tuple[int, int], tuple[float, float]]:
    """Left and right edge of the text in each block (a column of a page, or a lone row)."""
    blocks: dict[tuple[int, int], list[Line]] = {}
    for ln in lines:
        blocks.setdefault(ln.block, []).append(ln)
    return {key: (min(ln.x0 for ln in group), max(ln.x1 for ln in group))
            for key, group in blocks.items()}


def _line_pitches(lines: list[Line]) -> dict[float, float]:
    """The usual distance between baselines for each font size (rounded), within blocks."""
    deltas: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:], strict=False):
        if a.block == b.block and abs(a.em - b.em) < 0.1 * a.em and a.baseline > b.baseline:
            deltas.setdefault(round(a.em), []).append(a.baseline - b.baseline)
    # The lower quartile: with many short paragraphs the median would be a paragraph gap.
    return {em: sorted(v)[len(v) // 4] for em, v in deltas.items()}


def _starts_paragraph(prev: Line, line: Line, edges: dict, pitch: dict[float, float],
                      line_counts: Counter) -> bool:
    if abs(prev.em - line.em) > 0.12 * max(prev.em, line.em):
        return True
    if line.block == prev.block:
        usual = pitch.get(round(line.em), 1.5 * line.em)
        if prev.baseline - line.baseline > PARAGRAPH_GAP * usual:
            return True
    elif line_counts[prev.block] == 1:  # a lone row (a headline over the columns)
        return True
    left, right = edges[prev.block]
    l_left, l_right = edges[line.block]
    # Indented first line (lines of one direction only: a Latin line in an Arabic paragraph may
    # be set from the other side).
    if line.rtl == prev.rtl:
        indent = (l_right - line.x1) if line.rtl else (line.x0 - l_left)
        prev_indent = (right - prev.x1) if prev.rtl else (prev.x0 - left)
        if indent > 1.5 * line.em and prev_indent < 0.5 * line.em:
            return True
    # The line before ended short: the first word of this line would have fitted on it.
    slack = (prev.x0 - left) if prev.rtl else (right - prev.x1)
    first_word = line.words[-1] if line.rtl else line.words[0]
    needed = (first_word.x1 - first_word.x0) + 0.4 * line.em
    return slack > needed
