"""Make the PDF test fixtures in tests/fixtures/pdf/: one Arabic article as five producers write it.

PDF extractors break Arabic in producer-specific ways (glyphs in visual order, presentation forms,
lam-alef ligatures, digits reversed inside right-to-left runs), so the same text is rendered by:

- qt.pdf           Qt's QPdfWriter painting a QTextDocument (running header, page numbers)
- libreoffice.pdf  LibreOffice converting a .docx (header, PAGE field footer, document properties)
- chromium.pdf     headless Chromium printing HTML (its own date/title header and URL/page footer)
- reportlab.pdf    reportlab drawing arabic-reshaper + python-bidi output: presentation forms in
                   visual order, the classic broken case
- two-column.pdf   Chromium, CSS columns under a headline spanning both
- mixed.pdf        LibreOffice, Arabic with Latin names, numbers, percentages and dates
- mixed-reportlab.pdf the same mixed text in visual order (reportlab)
- scanned.pdf      a page of qt.pdf as an image only (no text layer)

Each NAME.pdf has NAME.expected.txt beside it: the document's paragraphs in reading order, one a
line, without running headers, footers or page numbers. The article text is the bundled sample
resources/samples/seed-libya.txt (title and twelve body paragraphs); the mixed text is ours.

Needs (Debian): libreoffice-writer, chromium, poppler-utils, fonts-noto-core; and the dev group
(reportlab, arabic-reshaper, python-bidi). Run: uv run python scripts/make_pdf_fixtures.py
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "pdf"
FONTS = ROOT / "resources" / "fonts"
NASKH = FONTS / "NotoNaskhArabic-Regular.ttf"
NASKH_BOLD = FONTS / "NotoNaskhArabic-Bold.ttf"
LATIN = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
RUNNING_HEADER = "الشرق الأوسط — ملف ليبيا"
AUTHOR = "فريق سند"

MIXED_TITLE = "تقرير: أرقام النزوح في طرابلس حتى 15 أيار/مايو 2019"
MIXED_PARAGRAPHS = [
    "أفادت منظمة Northbridge Relief في تقريرها الصادر يوم 15/05/2019 بأن 1,250 عائلة نزحت "
    "خلال 48 ساعة، وأن 45.5% من النازحين أطفال دون سن 18 عاماً.",
    "وقال مدير المنظمة Daniel Moreau لوكالة AFP إن الميزانية المطلوبة تبلغ 2.4 مليون يورو "
    "(نحو 2.7 مليون دولار) حتى نهاية حزيران/يونيو.",
    "The report, titled Tripoli Displacement Update No. 7, counts 3,400 people in 12 shelters.",
    "وتتوزع الملاجئ على 3 بلديات: تاجوراء (5 ملاجئ) وسوق الجمعة (4) وجنزور (3)، بحسب الجدول "
    "رقم 2 في الصفحة 14 من التقرير.",
    "وبلغ عدد الجرحى ١٢٣ شخصاً في ٣ مستشفيات، بينهم ١٧ في حالة حرجة، وفق وزارة الصحة.",
    "ويمكن الاطلاع على النسخة الكاملة عبر الموقع www.northbridge.example/reports/2019 "
    "في قسم Reports.",
]


def seed_article() -> tuple[str, list[str]]:
    """(title, body paragraphs) of the bundled sample: its first twelve lines and headline."""
    lines = (ROOT / "resources" / "samples" / "seed-libya.txt").read_text(
        encoding="utf-8").splitlines()
    return lines[12].strip(), [line.strip() for line in lines[:12]]


def write_expected(name: str, paragraphs: list[str]) -> None:
    (OUT / f"{name}.expected.txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")


# --- Qt ------------------------------------------------------------------------------------------

def make_qt(name: str, title: str, paragraphs: list[str], max_pages: int | None = None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QFont,
        QFontDatabase,
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
        QTextOption,
    )

    _app = QGuiApplication.instance() or QGuiApplication(["fixtures"])
    for font in (NASKH, NASKH_BOLD):
        QFontDatabase.addApplicationFont(str(font))
    writer = QPdfWriter(str(OUT / f"{name}.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Sanad fixtures (QPdfWriter)")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(QFont("Noto Naskh Arabic", 12))
    body = "".join(f'<p style="margin-bottom:10px">{html.escape(p)}</p>' for p in paragraphs)
    doc.setHtml(f'<div dir="rtl"><h2>{html.escape(title)}</h2>{body}</div>')
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    band = 120  # pixels at 300 dpi kept for the running header and the page number
    body_height = page.height() - 2 * band
    doc.setPageSize(QSizeF(page.width(), body_height))
    pages = doc.pageCount() if max_pages is None else min(max_pages, doc.pageCount())
    painter = QPainter(writer)
    small = QFont("Noto Naskh Arabic", 9)
    rtl = QTextOption(Qt.AlignmentFlag.AlignHCenter)
    rtl.setTextDirection(Qt.LayoutDirection.RightToLeft)
    for i in range(pages):
        if i:
            writer.newPage()
        painter.save()
        painter.translate(0, band - i * body_height)
        doc.drawContents(painter, QRectF(0, i * body_height, page.width(), body_height))
        painter.restore()
        painter.setFont(small)
        painter.drawText(QRectF(0, 0, page.width(), band * 0.8), RUNNING_HEADER, rtl)
        painter.drawText(QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8),
                         str(i + 1), QTextOption(Qt.AlignmentFlag.AlignHCenter))
    painter.end()
    del writer


# --- LibreOffice from .docx ----------------------------------------------------------------------

def _rtl_paragraph(paragraph, size_pt: float, bold: bool = False) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        r_pr = run._r.get_or_add_rPr()
        fonts = OxmlElement("w:rFonts")
        fonts.set(qn("w:cs"), "Noto Naskh Arabic")
        fonts.set(qn("w:ascii"), "Noto Sans")
        fonts.set(qn("w:hAnsi"), "Noto Sans")
        r_pr.append(fonts)
        if bold:
            r_pr.append(OxmlElement("w:bCs"))
        r_pr.append(OxmlElement("w:rtl"))
        size = OxmlElement("w:szCs")
        size.set(qn("w:val"), str(int(size_pt * 2)))
        r_pr.append(size)
        run.font.size = _pt(size_pt)
        run.font.bold = bold or None


def _pt(value: float):
    from docx.shared import Pt

    return Pt(value)


def make_libreoffice(name: str, title: str, paragraphs: list[str], work: Path,
                     header: bool = True) -> None:
    import datetime as dt

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    props = document.core_properties
    props.title = title
    props.author = AUTHOR
    props.created = dt.datetime(2019, 5, 2, 9, 30)
    if header:
        running = document.sections[0].header.paragraphs[0]
        running.add_run(RUNNING_HEADER)
        _rtl_paragraph(running, 9)
    footer = document.sections[0].footer.paragraphs[0]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer._p.append(field)
    footer.alignment = 1
    head = document.add_paragraph()
    head.add_run(title)
    _rtl_paragraph(head, 16, bold=True)
    for p in paragraphs:
        para = document.add_paragraph()
        para.add_run(p)
        _rtl_paragraph(para, 12)
    source = work / f"{name}.docx"
    document.save(source)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work),
                    str(source)], check=True, capture_output=True, timeout=300)
    shutil.copy(work / f"{name}.pdf", OUT / f"{name}.pdf")


# --- Chromium ------------------------------------------------------------------------------------

def _html_page(title: str, paragraphs: list[str], columns: int = 1) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    column_css = (f"article {{ column-count: {columns}; column-gap: 2.2em; }}"
                  if columns > 1 else "")
    size = "10.5pt" if columns > 1 else "13pt"
    return f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{html.escape(title)}</title><style>
@font-face {{ font-family: Naskh; src: url("{NASKH.as_uri()}"); }}
@font-face {{ font-family: Naskh; font-weight: bold; src: url("{NASKH_BOLD.as_uri()}"); }}
body {{ font-family: Naskh, "Noto Sans", serif; font-size: {size}; line-height: 1.6; }}
h1 {{ font-size: 18pt; }} p {{ margin: 0 0 0.6em 0; text-align: justify; }}
{column_css}
</style></head><body><h1>{html.escape(title)}</h1><article>{body}</article></body></html>"""


def make_chromium(name: str, title: str, paragraphs: list[str], work: Path, columns: int = 1,
                  header_footer: bool = True) -> None:
    page = work / f"{name}.html"
    page.write_text(_html_page(title, paragraphs, columns), encoding="utf-8")
    profile = work / "chromium-profile"
    command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update", "--no-first-run",
               f"--user-data-dir={profile}", f"--print-to-pdf={OUT / f'{name}.pdf'}"]
    if not header_footer:
        command.append("--no-pdf-header-footer")
    subprocess.run(command + [page.as_uri()], check=True, capture_output=True, timeout=300)


# --- reportlab: visual order, presentation forms -------------------------------------------------

_MIRRORED = str.maketrans("()«»[]", ")(»«][")


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def make_reportlab(name: str, title: str, paragraphs: list[str], header: bool = True) -> None:
    import arabic_reshaper
    from bidi import get_display
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("Naskh", str(NASKH)))
    pdfmetrics.registerFont(TTFont("NaskhBold", str(NASKH_BOLD)))
    pdfmetrics.registerFont(TTFont("Latin", str(LATIN)))
    # Marks are kept (the reshaper drops them by default): reversed with their letters, they end
    # up before them in the content stream, the "detached marks" of visual-order PDFs.
    reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
    width, height = A4
    margin = 56
    canvas = Canvas(str(OUT / f"{name}.pdf"), pagesize=A4)
    canvas.setTitle(title)
    canvas.setAuthor(AUTHOR)
    canvas.setCreator("Sanad fixtures (reportlab + arabic-reshaper + python-bidi)")

    def visual(line: str) -> str:
        shown = get_display(reshaper.reshape(line))
        # python-bidi reorders but does not mirror: brackets in a right-to-left line are drawn
        # with their mirrored glyphs, as a careful producer would.
        return shown.translate(_MIRRORED) if _has_arabic(line) else shown

    def runs(text: str, font: str) -> list[tuple[str, str]]:
        """Split a visual line into runs of the Arabic font and the Latin one."""
        cmap = pdfmetrics.getFont(font).face.charToGlyph
        out: list[tuple[str, str]] = []
        for ch in text:
            face = font if ord(ch) in cmap or ch == " " else "Latin"
            if out and out[-1][0] == face:
                out[-1] = (face, out[-1][1] + ch)
            else:
                out.append((face, ch))
        return out

    def draw_right(text: str, x_right: float, y: float, font: str, size: float) -> None:
        pieces = runs(visual(text), font)
        total = sum(pdfmetrics.stringWidth(t, f, size) for f, t in pieces)
        x = x_right - total
        for face, piece in pieces:
            canvas.setFont(face, size)
            canvas.drawString(x, y, piece)
            x += pdfmetrics.stringWidth(piece, face, size)

    def text_width(text: str, font: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs(visual(text), font))

    def wrap(text: str, font: str, size: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if current and text_width(trial, font, size) > width - 2 * margin:
                lines.append(current)
                current = word
            else:
                current = trial
        return lines + [current] if current else lines

    page = 1
    y = height - margin

    def furniture() -> None:
        if header:
            draw_right(RUNNING_HEADER, width / 2 + text_width(RUNNING_HEADER, "Naskh", 9) / 2,
                       height - 34, "Naskh", 9)
        canvas.setFont("Latin", 9)
        canvas.drawCentredString(width / 2, 28, str(page))

    furniture()
    blocks = [(title, "NaskhBold", 17.0)] + [(p, "Naskh", 12.0) for p in paragraphs]
    for text, font, size in blocks:
        for line in wrap(text, font, size):
            if y - size * 1.7 < margin:
                canvas.showPage()
                page += 1
                furniture()
                y = height - margin
            y -= size * 1.7
            draw_right(line, width - margin, y, font, size)
        y -= size * 0.8
    canvas.save()


# --- a scan: a page as an image only -------------------------------------------------------------

def make_scan(name: str, source: Path, work: Path) -> None:
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "1", "-l", "1", str(source),
                    str(work / name)], check=True, timeout=300)
    image = Image.open(next(work.glob(f"{name}*.png"))).convert("L")
    image.save(OUT / f"{name}.pdf", "PDF", resolution=150.0)


def main() -> int:
    for tool in ("soffice", "chromium", "pdftoppm"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (see this script's docstring).", file=sys.stderr)
            return 1
    OUT.mkdir(parents=True, exist_ok=True)
    title, body = seed_article()
    article = [title, *body]
    with tempfile.TemporaryDirectory(prefix="sanad-fixtures-") as tmp:
        work = Path(tmp)
        make_qt("qt", title, body)
        write_expected("qt", article)
        make_libreoffice("libreoffice", title, body, work)
        write_expected("libreoffice", article)
        make_chromium("chromium", title, body, work)
        write_expected("chromium", article)
        make_reportlab("reportlab", title, body)
        write_expected("reportlab", article)
        make_chromium("two-column", title, body[:6], work, columns=2, header_footer=False)
        write_expected("two-column", [title, *body[:6]])
        # One page: a running header cannot be told from a kicker there, so these have only
        # a page number.
        make_libreoffice("mixed", MIXED_TITLE, MIXED_PARAGRAPHS, work, header=False)
        write_expected("mixed", [MIXED_TITLE, *MIXED_PARAGRAPHS])
        make_reportlab("mixed-reportlab", MIXED_TITLE, MIXED_PARAGRAPHS, header=False)
        write_expected("mixed-reportlab", [MIXED_TITLE, *MIXED_PARAGRAPHS])
        make_qt("scan-source", title, body[:2], max_pages=1)
        make_scan("scanned", OUT / "scan-source.pdf", work)
        (OUT / "scan-source.pdf").unlink()
        write_expected("scanned", [title, *body[:2]])
    for pdf in sorted(OUT.glob("*.pdf")):
        print(f"{pdf.name}: {pdf.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
