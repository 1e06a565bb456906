"""File > Print (Ctrl+P): the article with the highlights that are on, printed through QPrinter
(here to a PDF file, read back with PDFium and rendered to an image), and its print preview."""

from __future__ import annotations

import difflib
import re

import pytest
from pdf_text import pdf_colors, pdf_text
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QGraphicsView

from app.fonts import load_bundled_fonts
from app.printing import print_article
from app.theme import LIGHT, layer_color
from app.window import MainWindow
from extract.load import load_path


@pytest.fixture
def window(qtbot, fake_analyzer, seed_path):
    load_bundled_fonts()
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)
    return win


_LAM_ALEF = re.compile("ل[اأإآ]")


def _letters(text: str) -> str:
    return "".join(ch for ch in text if "\u0621" <= ch <= "\u064a" and ch not in "لاأإآ")


def _print_pdf(window: MainWindow, path) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return print_article(window, printer)


def _render_first_page(path, out_png):
    """Page 1 as an RGB array (PDFium), also saved as a PNG to look at."""
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage

    pdf = pdfium.PdfDocument(str(path))
    bitmap = pdf[0].render(scale=1.5)
    pixels = bitmap.to_numpy()[:, :, :3].copy()
    height, width, _ = pixels.shape
    QImage(pixels.data, width, height, 3 * width, QImage.Format.Format_BGR888).save(str(out_png))
    pdf.close()
    return pixels


def _share_of(pixels, color) -> float:
    import numpy as np

    bgr = np.array([color.blue(), color.green(), color.red()])  # PDFium renders BGR
    return float((np.abs(pixels.astype(int) - bgr).sum(axis=2) <= 12).mean())


def test_the_printed_article_reads_as_on_screen_with_its_highlights(window, tmp_path) -> None:
    pdf = tmp_path / "printed.pdf"
    pages = _print_pdf(window, pdf)
    assert pages >= 1 and pdf.stat().st_size > 10_000
    read_back = load_path(pdf)  # PDFium's glyphs, rebuilt in reading order by extract/
    article = window.article
    printed = f"{read_back.title}\n{read_back.text}"
    assert article.title in printed
    assert "Highlights: People Organisations Places" in printed  # the legend
    # Every word is on a page (the glyphs' own text: Qt's PDF writer gives lam-alef ligatures
    # none, see tests/pdf_text.py, so words with one are left out).
    glyphs = "".join(pdf_text(pdf.read_bytes()))
    # A word split by a highlight's edge («و|حفتر») is written as two runs, which may come out
    # in either order: a few such words may not be found whole.
    words = {w.strip("،.«»()") for w in article.text.split() if not _LAM_ALEF.search(w)}
    missing = [w for w in words if w not in glyphs]
    assert len(missing) <= 0.02 * len(words), missing
    ratio = difflib.SequenceMatcher(None, _letters(printed), _letters(article.text),
                                    autojunk=False).ratio()
    assert ratio > 0.97
    fills, strokes = pdf_colors(pdf.read_bytes())
    for layer in ("PER", "ORG", "LOC", "MISC", "statement", "speaker"):
        assert layer_color(LIGHT, layer).name() in fills, layer
    pixels = _render_first_page(pdf, tmp_path / "page1.png")
    assert _share_of(pixels, LIGHT.statement) > 0.01  # statements tinted on the rendered page
    assert _share_of(pixels, LIGHT.person) > 0.001


def test_a_layer_turned_off_is_not_printed(qtbot, window, tmp_path) -> None:
    qtbot.mouseClick(window.legend.buttons["statement"], Qt.MouseButton.LeftButton)
    pdf = tmp_path / "no-statements.pdf"
    _print_pdf(window, pdf)
    fills, _ = pdf_colors(pdf.read_bytes())
    assert LIGHT.statement.name() not in fills
    assert LIGHT.person.name() in fills


def test_ctrl_p_opens_a_print_preview_of_the_pages(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.print_dialog
    assert dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=20_000)
    dialog.close()


def _preview_first_page(qtbot, window, dpi: float, out_png):
    """Page 1 as File > Print Preview shows it, at `dpi`, as a grey array (its paper only)."""
    import numpy as np

    dialog = window.print_dialog
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=20_000)
    scene = preview.findChild(QGraphicsView).scene()
    page = min(scene.items(), key=lambda item: item.sceneBoundingRect().top()).sceneBoundingRect()
    scale = dpi / dialog.printer().resolution()
    image = QImage(round(page.width() * scale), round(page.height() * scale),
                   QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.black)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), page)
    painter.end()
    image.save(str(out_png))
    grey = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :image.width()]
    paper = grey > 250  # the page is white, the preview's background and the shadow grey
    rows = np.flatnonzero(paper.mean(axis=1) > 0.5)
    columns = np.flatnonzero(paper.mean(axis=0) > 0.5)
    return grey[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1].astype(int)


def _runs(mask) -> list[tuple[int, int]]:
    import numpy as np

    edges = np.flatnonzero(np.diff(np.r_[0, mask.astype(int), 0]))
    return list(zip(edges[::2], edges[1::2], strict=True))


def _word_gaps(printed, previewed) -> tuple[int, int]:
    """Of the gaps between words on each printed line, how many the preview lacks, and all."""
    height = min(len(printed), len(previewed))
    width = min(printed.shape[1], previewed.shape[1])
    ink, shown = printed[:height, :width] < 128, previewed[:height, :width] < 128
    missing = total = 0
    for top, bottom in _runs(ink.any(axis=1)):
        if bottom - top < 8:  # not a line of text (an underline, a dotted mark)
            continue
        gaps = [(a + b) / 2 for a, b in _runs(~ink[top:bottom].any(axis=0))
                if b - a >= 5 and 0 < a and b < width]
        seen = [(a + b) / 2 for a, b in _runs(~shown[top:bottom].any(axis=0)) if b - a >= 3]
        total += len(gaps)
        missing += sum(not any(abs(gap - x) <= 4 for x in seen) for gap in gaps)
    return missing, total


def test_the_print_preview_spaces_words_as_the_print_does(qtbot, window, tmp_path) -> None:
    """The preview ran words together at the edges of highlights («حفترالقائد»): its pages are
    recorded as QPictures, which lay each run of text out again left to right, so the space
    (or full stop) at the end of an Arabic run moved to its other side."""
    import pypdfium2 as pdfium

    pdf = tmp_path / "printed.pdf"
    _print_pdf(window, pdf)
    document = pdfium.PdfDocument(str(pdf))
    printed = document[0].render(scale=150 / 72).to_numpy()[:, :, :3].mean(axis=2)
    document.close()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    previewed = _preview_first_page(qtbot, window, 150, tmp_path / "preview-page1.png")
    window.print_dialog.close()
    missing, total = _word_gaps(printed, previewed)
    assert total > 200  # the page's lines were found
    assert missing <= 0.02 * total, (missing, total)


def test_the_dark_theme_prints_black_text_on_white(window, tmp_path) -> None:
    """In the dark theme the article was printed in the window's pale text colour, barely
    readable on paper."""

    from app.theme import set_theme

    set_theme("dark")
    try:
        pdf = tmp_path / "dark.pdf"
        _print_pdf(window, pdf)
        pixels = _render_first_page(pdf, tmp_path / "dark-page1.png")
    finally:
        set_theme("system")
    ink = float((pixels.astype(int).sum(axis=2) < 150).mean())  # near-black pixels
    assert ink > 0.005
