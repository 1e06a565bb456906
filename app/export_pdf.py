"""Print-ready PDF of articles: the text with the reader's highlights, a legend of them, who said
what and the notes, laid out by Qt (QTextDocument -> QPdfWriter).

It lives in the app, not in the Qt-free library, because it needs Qt. Its highlight colours, marks
and layer names are the reader's own (`app.theme`: the light scheme, since paper is light), so a
printed article looks like the one on screen; the legend names the layers in the interface
language, and each statement is written the way the library's exports write it (only direct
statements in «guillemets»).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QTranslator
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from app.library.db import Library, LibraryError
from app.library.export import article_bundle, claim_text, speaker_label
from app.theme import LAYERS, LIGHT, PAINT_ORDER, HighlightColors, layer_format, layer_label
from extract.resources import resource_path

PDF_COLORS = LIGHT
PAGE_MARGINS_MM = (18, 16, 18, 10)  # left, top, right, bottom (the page number sits above it)
FOOTER_POINTS = 22.0  # the strip at the foot of each page that holds its number
BODY_POINTS = 12.0
LINE_HEIGHT_PERCENT = 150
MUTED = QColor("#666666")
RULE = QColor("#b0b0b0")
HEADER_SHADE = QColor("#eeeeee")
INK = QColor("#000000")  # text without a colour of its own, whatever the window's theme
_BREAK_RE = re.compile(r"\s*\n\s*\n\s*")
Spans = dict[str, list[tuple[int, int]]]


class PdfExport:
    """The translation context of the PDF's labels (`PdfExport.tr` is what lupdate looks for)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("PdfExport", text)


def kind_label(kind: str) -> str:
    """What kind of statement it is, as the claims table says it."""
    tr = QCoreApplication.translate
    return {"direct": tr("PdfExport", "Direct quote"),
            "indirect": tr("PdfExport", "Reported speech"),
            "mixed": tr("PdfExport", "Partly quoted")}.get(kind, kind)


def write_pdf(lib: Library, article_ids: list[int], out: Path,
              language: str | None = None) -> Path:
    """Write an A4 PDF of the articles, each from a new page, pages numbered. `language` ("en",
    "ar") is the language of its headings and legend; None keeps the interface's."""
    if not article_ids:
        raise LibraryError("Choose at least one article to export.", "no_export_articles")
    bundles = [article_bundle(lib, i) for i in article_ids]
    _ensure_gui()
    from app.fonts import READING_FAMILY, load_bundled_fonts

    load_bundled_fonts()
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "ab"):
            pass  # fail early, with a clear message, if the file cannot be written
    except OSError as exc:
        raise LibraryError(f"Could not write {out}: {exc.strerror or exc}.", "write_failed",
                           path=str(out), reason=exc.strerror or str(exc),
                           errno=exc.errno) from exc
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*PAGE_MARGINS_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(bundles[0]["title"] or "Sanad export")
    writer.setCreator("Sanad")
    with interface_language(language) as rtl:
        doc = build_document(bundles, rtl=rtl, font=QFont(READING_FAMILY), device=writer)
    _print(doc, writer)
    del writer  # finishes the file
    if not out.exists() or out.stat().st_size == 0:
        raise LibraryError(f"Could not write the PDF {out}.", "write_failed", path=str(out))
    return out


def build_document(bundles: list[dict], rtl: bool, font: QFont | None = None,
                   colors: HighlightColors = PDF_COLORS,
                   device: QPagedPaintDevice | None = None) -> QTextDocument:
    """The whole export as one document, each article from a new page. With a `device` it is
    laid out on that device's pages (less the footer); without one, for the screen."""
    doc = QTextDocument()
    base = QFont(font) if font is not None else QFont()
    base.setPointSizeF(BODY_POINTS)
    doc.setDefaultFont(base)
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
        doc.setDocumentMargin(0)
        footer = FOOTER_POINTS * device.logicalDpiY() / 72
        doc.setPageSize(QSizeF(device.width(), device.height() - footer))
    builder = _Builder(QTextCursor(doc), rtl, colors)
    for i, bundle in enumerate(bundles):
        builder.article(bundle, first=i == 0)
    return doc


def spans_by_layer(bundle: dict) -> Spans:
    """The article's highlighted spans, grouped by the reader's layer names."""
    layers: Spans = {layer: [] for layer in LAYERS}
    for ent in bundle["entities"]:
        layer = ent["type"] if ent["type"] in ("PER", "ORG", "LOC") else "MISC"
        layers[layer].extend((m["start"], m["end"]) for m in ent["mentions"])
    for claim in bundle["claims"]:
        layers["statement"].append((claim["start"], claim["end"]))
        for layer in ("cue", "speaker"):
            if claim[f"{layer}_start"] is not None:
                layers[layer].append((claim[f"{layer}_start"], claim[f"{layer}_end"]))
    layers["notes"] = [(n["start"], n["end"]) for n in _span_notes(bundle)]
    return layers


class _Builder:
    """Writes the parts of each article at a cursor. Sizes are given in points; Qt takes
    margins, borders and padding in pixels of 1/96 inch and scales them to the device."""

    pt = 96 / 72

    def __init__(self, cursor: QTextCursor, rtl: bool, colors: HighlightColors) -> None:
        self.cursor = cursor
        self.rtl = rtl
        self.colors = colors
        self.started = False

    def article(self, bundle: dict, first: bool) -> None:
        layers = spans_by_layer(bundle)
        title = self.block(rtl=True, below=4)
        if not first:
            title.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.paragraph(title, bundle["title"] or PdfExport.tr("Untitled article"),
                       self.text(19, bold=True))
        facts = [f for f in (bundle.get("outlet"), bundle.get("author"), bundle["published"],
                             bundle["source"]) if f]
        if facts:
            self.paragraph(self.block(below=2), " · ".join(facts), self.text(10, color=MUTED))
        present = [layer for layer in LAYERS if layers[layer]]
        if present:
            self.legend(present)
        self.body(bundle, layers)
        if bundle["claims"]:
            self.heading(PdfExport.tr("Who said what"))
            self.claims_table(bundle["claims"])
        if bundle["notes"]:
            self.heading(layer_label("notes"))
            self.notes(bundle)

    def legend(self, present: list[str]) -> None:
        """One line naming each highlight the article has, each name drawn the way it is."""
        self.paragraph(self.block(above=4, below=10), PdfExport.tr("Highlights:") + " ",
                       self.text(10, color=MUTED))
        for i, layer in enumerate(present):
            if i:
                self.cursor.insertText("\u2003", self.text(10))  # an em space between entries
            fmt = self.text(10)
            fmt.merge(layer_format(self.colors, layer))
            if fmt.background().style() != Qt.BrushStyle.NoBrush:  # a tint: pad it into a chip
                self.cursor.insertText(f"\u00a0{layer_label(layer)}\u00a0", fmt)
            else:  # a mark under (or the colour of) the letters: on the word alone
                self.cursor.insertText(layer_label(layer), fmt)

    def body(self, bundle: dict, layers: Spans) -> None:
        """The article text, right to left, every highlight drawn as the reader draws it:
        overlapping layers are combined in the reader's paint order."""
        text = bundle["text"]
        formats = {layer: layer_format(self.colors, layer) for layer in LAYERS}
        numbers = _note_numbers(bundle)
        note_ends: dict[int, list[int]] = {}
        for note in _span_notes(bundle):
            note_ends.setdefault(note["end"], []).append(numbers[note["id"]])
        breaks = {m.span() for m in _BREAK_RE.finditer(text)}
        bounds = {0, len(text), *(i for span in breaks for i in span)}
        for spans in layers.values():
            bounds.update(i for s, e in spans if 0 <= s < e <= len(text) for i in (s, e))
        block = self.block(rtl=True, below=6)
        block.setLineHeight(LINE_HEIGHT_PERCENT,
                            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        plain = self.text()
        self.paragraph(block, "", plain)
        cuts = sorted(bounds)
        for a, b in zip(cuts, cuts[1:], strict=False):
            if (a, b) in breaks:
                self.cursor.insertBlock(block, plain)
                continue
            fmt = QTextCharFormat(plain)
            for layer in PAINT_ORDER:
                if any(s <= a and b <= e for s, e in layers[layer]):
                    fmt.merge(formats[layer])
            self.cursor.insertText(text[a:b].replace("\n", "\u2028"), fmt)
            for number in note_ends.get(b, ()):
                mark = QTextCharFormat(plain)
                mark.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                self.cursor.insertText(f"[{number}]", mark)

    def claims_table(self, claims: list[dict]) -> None:
        """Speaker, kind and statement, the statement written as the Markdown export writes it.
        Qt lays tables out left to right whatever their direction, so for a right-to-left
        interface the columns are put in the other order."""
        shares = (21, 19, 60)
        rows = [(PdfExport.tr("Speaker"), PdfExport.tr("Kind"), PdfExport.tr("Statement"))]
        for claim in claims:
            who = speaker_label(claim, PdfExport.tr("Unattributed"),
                                PdfExport.tr("Anonymous source"))
            rows.append((who, kind_label(claim["kind"]), claim_text(claim)))
        if self.rtl:
            shares = shares[::-1]
            rows = [row[::-1] for row in rows]
        table_format = QTextTableFormat()
        table_format.setBorder(0.75 * self.pt)
        table_format.setBorderBrush(RULE)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setCellPadding(3 * self.pt)
        table_format.setCellSpacing(0)
        table_format.setHeaderRowCount(1)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints([
            QTextLength(QTextLength.Type.PercentageLength, share) for share in shares])
        table = self.cursor.insertTable(len(rows), 3, table_format)
        for r, row in enumerate(rows):
            for column, value in enumerate(row):
                cell = table.cellAt(r, column)
                if r == 0:
                    shade = cell.format()
                    shade.setBackground(HEADER_SHADE)
                    cell.setFormat(shade)
                cell.firstCursorPosition().insertText(value, self.text(10, bold=r == 0))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def notes(self, bundle: dict) -> None:
        numbers = _note_numbers(bundle)
        for note in bundle["notes"]:
            head = f"[{numbers[note['id']]}] "
            if note["kind"] == "span":
                head += _isolate(f"«{note['quote'] or ''}»")
                if note["detached"]:
                    head += " " + PdfExport.tr(
                        "(detached: the text is no longer in the article)")
            elif note["kind"] == "article":
                head += PdfExport.tr("On the article")
            elif note["target"]:
                head += PdfExport.tr("On {0}").format(_isolate(note["target"]))
            self.paragraph(self.block(above=4), head, self.text(11, bold=True))
            tags = f"  [{', '.join(note['tags'])}]" if note["tags"] else ""
            body = self.block(below=6)
            body.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # the note's language
            self.paragraph(body, (note["body"] or "").replace("\n", "\u2028") + tags,
                           self.text(11))

    def heading(self, text: str) -> None:
        self.paragraph(self.block(above=14, below=6), text, self.text(15, bold=True))

    # -- formats -----------------------------------------------------------------------------
    @staticmethod
    def direction(rtl: bool) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight

    def block(self, rtl: bool | None = None, above: float = 0,
              below: float = 0) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setLayoutDirection(self.direction(self.rtl if rtl is None else rtl))
        block.setTopMargin(above * self.pt)
        block.setBottomMargin(below * self.pt)
        return block

    @staticmethod
    def text(points: float = BODY_POINTS, bold: bool = False,
             color: QColor | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(points)
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if color is not None:
            fmt.setForeground(color)
        return fmt

    def paragraph(self, block: QTextBlockFormat, text: str, fmt: QTextCharFormat) -> None:
        if self.started:
            self.cursor.insertBlock(block, fmt)
        else:  # the document's first block exists already
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(fmt)
            self.started = True
        self.cursor.insertText(text, fmt)


PageDrawer = Callable[[QTextDocument, QPainter, QRectF], None]


def _print(doc: QTextDocument, writer: QPagedPaintDevice,
           draw_page: PageDrawer | None = None) -> None:
    """Paint the laid-out pages, each with its number centred in the footer. `draw_page` paints
    the part of the document in a rect (`_draw_on_paper` unless told otherwise)."""
    draw_page = draw_page or _draw_on_paper
    page = doc.pageSize()
    pages = doc.pageCount()
    painter = QPainter(writer)
    footer_font = QFont(doc.defaultFont())
    footer_font.setPointSizeF(9)
    for number in range(pages):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -number * page.height())
        draw_page(doc, painter, QRectF(0, number * page.height(), page.width(), page.height()))
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(MUTED)
        painter.drawText(QRectF(0, page.height(), page.width(), writer.height() - page.height()),
                         Qt.AlignmentFlag.AlignCenter, f"{number + 1} / {pages}")
    painter.end()


def _draw_on_paper(doc: QTextDocument, painter: QPainter, rect: QRectF) -> None:
    """doc.drawContents(painter, rect), but with black ink: drawContents takes the text colour
    from the application's palette, so in the dark theme the page came out pale grey on white."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = rect
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorRole.Text, INK)
    context.palette = palette
    painter.setClipRect(rect)
    doc.documentLayout().draw(painter, context)


def _isolate(text: str) -> str:
    """Text set apart for the bidi algorithm (first strong isolate), so that an Arabic quote in
    an English line keeps its guillemets on the right sides."""
    return f"\u2068{text}\u2069"


def _span_notes(bundle: dict) -> list[dict]:
    return [n for n in bundle["notes"] if n["kind"] == "span" and not n["detached"]
            and isinstance(n["start"], int) and isinstance(n["end"], int)]


def _note_numbers(bundle: dict) -> dict[int, int]:
    return {n["id"]: i + 1 for i, n in enumerate(bundle["notes"])}


@contextmanager
def interface_language(language: str | None) -> Iterator[bool]:
    """Translate the PDF's labels into `language` while it is built (None: the interface's
    language, as the app installed it); yields whether the labels read right to left."""
    if language is None:
        yield QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return
    app = QCoreApplication.instance()
    translator = QTranslator()
    loaded = language != "en" and translator.load(
        str(resource_path("translations", f"sanad_{language}.qm")))
    if loaded:
        app.installTranslator(translator)
    try:
        yield language == "ar"
    finally:
        if loaded:
            app.removeTranslator(translator)


def _ensure_gui() -> None:
    """QTextDocument layout needs a QGuiApplication; the CLI has none, so make a headless one."""
    if QGuiApplication.instance() is None:
        headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
        if sys.platform.startswith("linux") and headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_gui.app = QGuiApplication(["sanad-export"])  # type: ignore[attr-defined]
