"""Read a PDF's text layer with PDFium (pypdfium2): glyphs with their boxes, and the document's
properties. The reading order is rebuilt from geometry by extract.pdf_layout, never taken from
the file's own text order (which visual-order producers write backwards).

Only the text layer is read: scripts, forms, links and embedded files are never run or opened.
"""

from __future__ import annotations

import ctypes
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from extract.errors import LoadError
from extract.pdf_layout import Glyph, Page, Paragraph, paragraphs_from_pages

MIN_TEXT_CHARS_PER_PAGE = 20
_PDF_DATE_RE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


class ScannedPdfError(LoadError):
    """The PDF has pages but no text layer (a scan); OCR may read it (extract.ocr)."""


@dataclass(frozen=True)
class PdfText:
    """A PDF's paragraphs (text and page) and the properties its producer wrote."""

    paragraphs: list[Paragraph]
    page_count: int
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD, or a shorter prefix) of CreationDate


def read_pdf(path: Path) -> PdfText:
    """The text of a PDF in reading order; LoadError (ScannedPdfError for scans) when unreadable."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise LoadError(f"{path.name} is protected by a password.", "pdf_password",
                            name=path.name) from exc
        raise LoadError(f"{path.name} is not a readable PDF file.", "bad_pdf",
                        name=path.name) from exc
    try:
        pages = [_page(document, i) for i in range(len(document))]
        meta = _metadata(document)
    except pdfium.PdfiumError as exc:
        raise LoadError(f"{path.name} is a damaged PDF file (a page cannot be read).",
                        "bad_pdf", name=path.name) from exc
    finally:
        document.close()
    if not pages:
        raise LoadError(f"{path.name} has no pages.", "no_text", name=path.name)
    chars = sum(len(p.glyphs) for p in pages)
    if chars < MIN_TEXT_CHARS_PER_PAGE * len(pages) / 4:
        from extract.ocr import tesseract_available

        raise ScannedPdfError(scanned_message(path.name), "scanned_pdf", name=path.name,
                              ocr=tesseract_available())
    paragraphs = paragraphs_from_pages(pages)
    if not paragraphs:
        raise LoadError(f"{path.name} has no text.", "no_text", name=path.name)
    return PdfText(paragraphs=paragraphs, page_count=len(pages), **meta)


def scanned_message(name: str) -> str:
    from extract.ocr import tesseract_available

    hint = (" It can be read with OCR (Tesseract is installed)." if tesseract_available()
            else " Sanad can read it with OCR once Tesseract with Arabic data is installed.")
    return f"{name} is a scanned document without a text layer.{hint}"


def _page(document, index: int) -> Page:
    import pypdfium2.raw as raw

    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            glyphs, spaces = _glyphs(textpage, raw)
        finally:
            textpage.close()
    finally:
        page.close()
    return Page(number=index + 1, width=width, height=height, glyphs=glyphs, spaces=spaces)


def _glyphs(textpage, raw) -> tuple[list[Glyph], list[tuple[float, float]]]:
    """Every character of the page as a glyph; characters of one glyph (a ligature) are merged."""
    glyphs: list[Glyph] = []
    spaces: list[tuple[float, float]] = []
    left, bottom, right, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = raw.FS_MATRIX()
    loose = raw.FS_RECTF()
    last_origin: tuple[float, float] | None = None
    for i in range(raw.FPDFText_CountChars(textpage)):
        code = raw.FPDFText_GetUnicode(textpage, i)
        if raw.FPDFText_IsGenerated(textpage, i) or code in (0, 0xFFFE, 0xFFFF):
            continue
        char = chr(code)
        raw.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        if char.isspace():
            spaces.append((ox.value, oy.value))
            last_origin = None
            continue
        if unicode_category_is_control(char):
            continue
        raw.FPDFText_GetCharBox(textpage, i, left, right, bottom, top)
        # x from the loose box (the glyph's advance): letters of a word touch, a space leaves a
        # gap, whatever the glyphs' side bearings. y from the tight box (what is inked).
        # Marks keep their inked box: their advance box may sit away from the letter they are on.
        if not unicodedata.combining(char) and raw.FPDFText_GetLooseCharBox(
                textpage, i, loose) and loose.right > loose.left:
            left.value, right.value = loose.left, loose.right
        raw.FPDFText_GetMatrix(textpage, i, matrix)
        size = raw.FPDFText_GetFontSize(textpage, i)
        em = size * math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or size
        origin = (round(ox.value, 2), round(oy.value, 2))
        box = (left.value, bottom.value, right.value, top.value)
        if glyphs and origin == last_origin and _same_box(glyphs[-1], box):
            glyphs[-1].text += char  # a ligature: one glyph for several characters
            continue
        if box[2] <= box[0]:  # an empty box (a zero-width character): place it at its origin
            box = (ox.value, oy.value, ox.value + 0.01, oy.value + 0.5 * em)
        glyphs.append(Glyph(text=char, x0=box[0], y0=box[1], x1=box[2], y1=box[3],
                            baseline=oy.value, em=em))
        last_origin = origin
    return glyphs, spaces


def _same_box(glyph: Glyph, box: tuple[float, float, float, float]) -> bool:
    return all(abs(a - b) < 0.01 for a, b in zip((glyph.x0, glyph.y0, glyph.x1, glyph.y1), box,
                                                  strict=True))


def unicode_category_is_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn")


def _metadata(document) -> dict[str, str | None]:
    info = document.get_metadata_dict(skip_empty=True)
    return {"title": _clean(info.get("Title")), "author": _clean(info.get("Author")),
            "date": pdf_date(info.get("CreationDate"))}


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def pdf_date(value: str | None) -> str | None:
    """A PDF date string (D:YYYYMMDDHHmmSS...) as an ISO date, as precise as it says."""
    m = _PDF_DATE_RE.match((value or "").strip())
    if not m:
        return None
    year, month, day = m.groups()
    if not 1900 <= int(year) <= 2200:
        return None
    if month and 1 <= int(month) <= 12:
        if day and 1 <= int(day) <= 31:
            return f"{year}-{month}-{day}"
        return f"{year}-{month}"
    return year
