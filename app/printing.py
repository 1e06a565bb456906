"""File > Print: the article on screen with the highlights that are on, a legend of them and its
title, through the system's print dialog with a preview (QPrinter, QPrintPreviewDialog).

The page is laid out by the PDF export's own builder (`app.export_pdf`), in the reader's light
colours, so a printed article, an exported PDF and the screen mark the same words the same way.

The preview gets each page as a picture rather than as text: QPrintPreviewWidget records pages
in a QPicture, which keeps each run of text as a string and lays it out again, left to right, when
it is played back; an Arabic run that begins or ends with a space or a full stop (every run at a
highlight's edge) then has it drawn on the wrong side, and the words run together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPaintEngine,
    QPainter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from app.export_pdf import (
    FOOTER_POINTS,
    PAGE_MARGINS_MM,
    PDF_COLORS,
    _Builder,
    _draw_on_paper,
    _print,
)
from app.fonts import reading_family
from app.theme import LAYERS

if TYPE_CHECKING:
    from app.window import MainWindow

Spans = dict[str, list[tuple[int, int]]]
PREVIEW_DPI = 200  # sharp on screen up to twice the page's real size


def visible_layers(window: MainWindow) -> Spans:
    """The spans of every highlight layer that is on, as the reader draws them."""
    highlighter = window.highlighter
    return {layer: (highlighter.spans(layer) if highlighter.is_enabled(layer) else [])
            for layer in LAYERS}


def article_document(title: str, text: str, layers: Spans, printer: QPrinter,
                     rtl: bool, family: str) -> QTextDocument:
    """The article laid out on the printer's pages (less the page-number footer)."""
    from PySide6.QtCore import QSizeF

    doc = QTextDocument()
    base = QFont(family)
    base.setPointSizeF(12.0)
    doc.setDefaultFont(base)
    doc.documentLayout().setPaintDevice(printer)
    doc.setDocumentMargin(0)
    footer = FOOTER_POINTS * printer.logicalDpiY() / 72
    doc.setPageSize(QSizeF(printer.width(), printer.height() - footer))
    builder = _Builder(QTextCursor(doc), rtl, PDF_COLORS)
    builder.paragraph(builder.block(rtl=True, below=4), title, builder.text(19, bold=True))
    present = [layer for layer in LAYERS if layers[layer]]
    if present:
        builder.legend(present)
    builder.body({"text": text, "notes": []}, layers)
    return doc


def print_article(window: MainWindow, printer: QPrinter) -> int:
    """Print the window's article on `printer`; returns the number of pages."""
    article = window.reader.article
    if article is None:
        return 0
    title = article.title or QGuiApplication.translate("MainWindow", "(untitled article)")
    printer.setPageMargins(QMarginsF(*PAGE_MARGINS_MM), QPageLayout.Unit.Millimeter)
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    doc = article_document(title, article.text, visible_layers(window), printer, rtl,
                           reading_family())
    _print(doc, printer, _draw_as_image if is_preview(printer) else None)
    return doc.pageCount()


def is_preview(printer: QPrinter) -> bool:
    """Whether the printer is the print preview's, which records what is painted (a QPicture)."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def _draw_as_image(doc: QTextDocument, painter: QPainter, rect: QRectF) -> None:
    """Paint the document's `rect` as the printer would, into an image, and draw the image."""
    scale = PREVIEW_DPI / painter.device().logicalDpiX()
    image = QImage(round(rect.width() * scale), round(rect.height() * scale),
                   QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    page = QPainter(image)
    page.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    page.scale(scale, scale)
    page.translate(-rect.topLeft())
    _draw_on_paper(doc, page, rect)
    page.end()
    painter.drawImage(rect, image)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Sanad")
    return printer


def open_print_preview(window: MainWindow) -> QPrintPreviewDialog | None:
    """File > Print…: a preview of the pages, printed from there to any printer (or a PDF)."""
    if window.reader.article is None:
        window.statusBar().showMessage(QGuiApplication.translate(
            "PrintArticle", "Open an article to print it."))
        return None
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(QGuiApplication.translate("PrintArticle", "Print the Article"))
    dialog.setAccessibleName(QGuiApplication.translate("PrintArticle", "Print preview"))
    dialog.setAccessibleDescription(QGuiApplication.translate(
        "PrintArticle", "The article's pages as they will be printed, with its highlights"))
    dialog.paintRequested.connect(lambda p: print_article(window, p))
    window.print_dialog = dialog
    if window.interactive:
        dialog.open()
    else:
        dialog.show()
    return dialog


__all__ = ["article_document", "is_preview", "new_printer", "open_print_preview",
           "print_article", "visible_layers"]
