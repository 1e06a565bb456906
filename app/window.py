"""The main window: article on the reading side, panels beside it, menus for every action.

All loading and analysis runs through `app.tasks.run_in_background`; the window only reacts to
results. Errors become a message in a dialog (or the status bar when no one is there to click OK).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.fonts import reading_font
from app.reader.article_view import ArticleView
from app.tasks import run_in_background
from extract.document import Article
from extract.load import LoadError, article_from_text, load_path

OPEN_FILTER = "Articles (*.txt *.html *.htm *.docx);;All files (*)"


def _analyze(article: Article) -> dict[str, Any]:
    from extract.analyze import analyze

    return analyze(article)


class MainWindow(QMainWindow):
    article_shown = Signal()
    analysis_shown = Signal()
    busy_changed = Signal(bool)

    def __init__(self, interactive: bool = True) -> None:
        super().__init__()
        self.interactive = interactive
        self.article: Article | None = None
        self.analysis: dict[str, Any] | None = None
        self._busy = 0
        self.setWindowTitle(self.tr("Sanad"))
        self.setAcceptDrops(True)
        self.resize(1280, 860)

        self.title_label = QLabel()
        self.title_label.setObjectName("articleTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.title_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setFont(reading_font(20, bold=True))
        self.title_label.setContentsMargins(28, 4, 28, 0)
        self.source_label = QLabel()
        self.source_label.setObjectName("articleSource")
        self.source_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.source_label.setContentsMargins(28, 0, 28, 0)
        self.source_label.setEnabled(False)  # drawn in the muted colour of the theme
        self.view = ArticleView()

        reading = QWidget()
        layout = QVBoxLayout(reading)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.source_label)
        layout.addWidget(self.view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(reading)
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Open or paste an Arabic article."))

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("&Open…"), QKeySequence.StandardKey.Open,
                                        self.choose_file)
        self.paste_action = self._action(self.tr("New from &Clipboard"), "Ctrl+Shift+V",
                                         self.paste_article)
        quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.open_action, self.paste_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn,
                                         lambda: self.view.zoom_by(1)))
        view_menu.addAction(self._action(self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut,
                                         lambda: self.view.zoom_by(-1)))
        # Ctrl+V on a window with no article pastes one; with an article, the view copies/selects.
        self.addAction(self._action(self.tr("Paste Article"), QKeySequence.StandardKey.Paste,
                                    self._paste_if_empty))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # -- opening ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Article"), "", OPEN_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        self._start(lambda: load_path(path), self.tr("Opening {0}…").format(Path(path).name))

    def open_text(self, text: str, source: str | None = None) -> None:
        self._start(lambda: article_from_text(text, source), self.tr("Reading pasted text…"))

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error(self.tr("The clipboard has no text to paste."))
            return
        self.open_text(text, source=None)

    def _paste_if_empty(self) -> None:
        if self.article is None:
            self.paste_article()

    def _start(self, loader, message: str) -> None:
        """Load in the background, show the text at once, then analyse it in the background."""
        self._set_busy(+1)
        self.statusBar().showMessage(message)
        run_in_background(loader, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, article: Article) -> None:
        self.show_article(article)
        self.statusBar().showMessage(self.tr("Analysing…"))
        run_in_background(lambda: _analyze(article),
                          lambda analysis: self._on_analyzed(article, analysis),
                          self._on_analysis_failed)

    def _on_load_failed(self, exc: BaseException) -> None:
        self._set_busy(-1)
        if isinstance(exc, LoadError):
            self.show_error(str(exc))
        else:
            self.show_error(self.tr("Sanad could not read this article: {0}").format(exc))

    def _on_analyzed(self, article: Article, analysis: dict[str, Any]) -> None:
        self._set_busy(-1)
        if article is not self.article:  # the user opened another article meanwhile
            return
        self.analysis = analysis
        self._show_status()
        self.analysis_shown.emit()

    def _on_analysis_failed(self, exc: BaseException) -> None:
        self._set_busy(-1)
        self.show_error(self.tr("The article is shown, but its analysis failed: {0}").format(exc))

    def _show_status(self) -> None:
        article = self.article
        if article is None:
            return
        words = sum(1 for t in article.tokens if not t.is_punct)
        message = self.tr("{0} paragraphs, {1} words").format(len(article.paragraphs), words)
        if self.analysis is not None:
            message += " · " + self.tr("{0} entities, {1} claims").format(
                len(self.analysis["entities"]), len(self.analysis["claims"]))
        self.statusBar().showMessage(message)

    def show_article(self, article: Article) -> None:
        self.article, self.analysis = article, None
        self.title_label.setText(article.title or self.tr("(untitled article)"))
        self.source_label.setText(Path(article.source).name if article.source else "")
        self.view.set_article_text(article.text)
        self.setWindowTitle(f"{article.title or self.tr('Untitled')} — {self.tr('Sanad')}")
        self._show_status()
        self.article_shown.emit()

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message)
        if self.interactive:
            QMessageBox.warning(self, self.tr("Sanad"), message)

    def is_busy(self) -> bool:
        return self._busy > 0

    def _set_busy(self, delta: int) -> None:
        self._busy += delta
        self.busy_changed.emit(self._busy > 0)

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files:
            self.open_path(files[0])
        elif mime.hasText():
            self.open_text(mime.text())
        event.acceptProposedAction()
