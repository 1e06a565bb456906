"""OCR in the app: a scanned PDF's message offers "Recognise text (OCR)" when Tesseract can read
Arabic, and the recognition runs on a worker with per-page progress and Cancel.

Sanad does not bundle Tesseract (`extract.ocr` runs the installed program); without it the scan
gets the plain message saying what to install, as before. Each page takes seconds, so the UI
thread only shows the progress dialog; the article recognised is opened like any other (stored
in the library with the page of each paragraph).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.tasks import run_in_background


class _Progress(QObject):
    """Carries the worker's page count to the UI thread (a queued signal)."""
    page_done = Signal(int, int)


class OcrOffer(QObject):
    """The scanned-PDF message with its OCR button, and the OCR run it starts."""

    status = Signal(str)
    error = Signal(str)
    article_ready = Signal(object)  # the extract.document.Article recognised

    def __init__(self, parent: QWidget, interactive: bool = True) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.interactive = interactive
        self.box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self._cancel: threading.Event | None = None
        self._relay = _Progress(self)
        self._relay.page_done.connect(self._page_done)

    def offer(self, path: str) -> None:
        """Say the PDF is a scan and offer to recognise its text."""
        name = Path(path).name
        self.status.emit(self.tr("{0} is a scanned document without a text layer.").format(name))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Scanned Document"),
                          self.tr("{0} is a scanned document without a text layer.").format(name),
                          QMessageBox.StandardButton.Close, self.parent_widget)
        box.setInformativeText(self.tr("Sanad can recognise its text with OCR (Tesseract, "
                                       "installed on this computer). It takes a few seconds "
                                       "per page; check the text against the scan."))
        button = box.addButton(self.tr("Recognise Text (OCR)"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(button)
        button.clicked.connect(lambda: self.run(path))
        self.box = box
        box.open()

    def is_running(self) -> bool:
        return self._cancel is not None

    def run(self, path: str) -> None:
        """Recognise the PDF's text on a worker, with a progress dialog whose Cancel stops it."""
        from extract.load import article_from_ocr

        if self._cancel is not None:
            return
        name = Path(path).name
        cancel = self._cancel = threading.Event()
        dialog = QProgressDialog(self.tr("Recognising the text of {0}…").format(name),
                                 self.tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.tr("OCR"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        self.progress = dialog
        dialog.show()
        relay = self._relay
        self.status.emit(self.tr("Recognising the text of {0}…").format(name))

        def work():
            return article_from_ocr(Path(path), progress=relay.page_done.emit,
                                    cancel=cancel.is_set)

        run_in_background(work, self._done, self._failed)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _page_done(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            if done < total:
                self.progress.setLabelText(self.tr("Recognising page {0} of {1}…")
                                           .format(done + 1, total))

    def _finish(self) -> None:
        self._cancel = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, article) -> None:
        self._finish()
        self.article_ready.emit(article)

    def _failed(self, exc: BaseException) -> None:
        from extract.ocr import OcrCancelled

        cancelled = isinstance(exc, OcrCancelled)
        self._finish()
        if cancelled:
            self.status.emit(self.tr("OCR was cancelled."))
        else:
            self.error.emit(self.tr("The text could not be recognised: {0}").format(exc))
