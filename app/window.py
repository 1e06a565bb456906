"""The main window's shell: the library beside the article, the article with its legend, and
the side panels for who said what, entities, names and notes; the status bar, the window's size
and layout, dropped files, the UI language, and opening the library at start-up.

What the window does is elsewhere: the article's lifecycle, hover and navigation in
`app.reader.controller`, the menus and shortcuts in `app.actions`, file exchange in
`app.exchange`, and library operations in `app.library_ops`, whose one `library_changed` signal
every panel refreshes itself from. The shell builds the parts and connects them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.actions import build_menus
from app.analysis_progress import AnalysisProgress
from app.bidi_text import isolate
from app.corrections_ui import StatementCorrections
from app.empty_state import EmptyState
from app.exchange import Exchange
from app.file_open import article_filter
from app.fonts import reading_font
from app.i18n import app_settings, install_language, remember_language
from app.library_ops import LibraryOps
from app.menus import install_menus_stay_on_screen
from app.ocr_worker import OcrOffer
from app.panels.background import guarded, run_background
from app.panels.entities import EntitiesPanel
from app.panels.library import LibraryPanel
from app.panels.names import NamesPanel
from app.panels.notes import NotesPanel
from app.panels.speaker_view import SpeakerViews
from app.panels.speakers import SpeakersPanel
from app.reader.article_view import ArticleView
from app.reader.byline import Byline
from app.reader.controller import ReaderController
from app.reader.find_bar import FindBar
from app.reader.highlighter import Highlighter
from app.reader.legend import Legend
from app.reader.model import AnalysisModel
from app.reader.pages import pages_of
from app.reader.search_hits import SearchHitMarks
from app.reading_mode import ReadingMode
from app.reanalysis import AnalysesStatus, BackgroundAnalyses
from app.theme import follow_system_theme
from app.user_messages import library_notice, user_message
from extract.document import Article
from extract.model import Analysis

# Library problems the user solves by opening or making another library.
LIBRARY_PROBLEMS = frozenset({"damaged", "damaged_file", "library_folder", "cannot_read",
                              "upgrade_read_only", "no_library", "cannot_create",
                              "cannot_create_read_only", "no_wal", "sqlite", "disk_error"})


def tune_runtime() -> None:
    """Keep Python's cycle collector and thread switching from pausing the window.

    Opening a long article creates hundreds of thousands of token objects on a worker thread; a
    full collection over them holds the GIL for 100+ ms, freezing the UI thread meanwhile.
    Freezing the objects alive after start-up and collecting the old generation less often
    (Instagram's gc.freeze recipe) keeps every pause well under that.

    While a worker runs Python (analysis, name suggestions), every Qt call of the UI thread lets
    the worker take the GIL, and the UI thread waits up to the switch interval (5 ms) to get it
    back: building the panels took 70-140 ms instead of 30. A 0.5 ms interval gives it back sooner
    (measured on the sample article's first opening: 87-130 ms -> 39-46 ms).
    """
    import gc
    import sys

    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    sys.setswitchinterval(0.0005)


def fitted_size(width: int, height: int) -> QSize:
    """The window's first size, cut to the screen's free area: 1440 x 900 ran off a laptop's
    1366 x 768 (or 1400 x 900 less its panels), hiding the right edge of the cards."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    return QSize(min(width, free.width()), min(height, free.height()))


class MainWindow(QMainWindow):
    article_shown = Signal()
    analysis_shown = Signal()
    busy_changed = Signal(bool)

    def __init__(self, interactive: bool = True, library=None) -> None:
        super().__init__()
        self.interactive = interactive
        install_menus_stay_on_screen(QApplication.instance())
        self.ops = LibraryOps(self)
        self.setWindowTitle(self.tr("Sanad"))
        self.setAcceptDrops(True)
        self.resize(fitted_size(1440, 900) if interactive else QSize(1440, 900))
        self._build_reading_side()
        self.reader = ReaderController(self.view, self.highlighter, self.ops, self)
        self.exchange = Exchange(self.ops, lambda: self.reader.article_id, self)
        self.background_analyses = BackgroundAnalyses(self.ops, self)
        self._build_panels()
        self.analyses_status = AnalysesStatus(self.background_analyses, self.statusBar())
        self._connect()
        self.speaker_views = SpeakerViews(self)  # a speaker's statements across the library
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.reading_stack)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 760, 430])
        self.setCentralWidget(self.splitter)
        self.reading_mode = ReadingMode(self, [self.library_panel, self.tabs])
        self.menu_actions = build_menus(self)
        self.layer_actions = self.menu_actions.layers
        self.add_note_action = self.menu_actions.named["add_note"]
        self.view.context_actions = [self.add_note_action]
        self.read_only_label = QLabel(self.tr("Read-only library: changes are not saved"))
        self.read_only_label.setObjectName("readOnlyLibrary")
        self.read_only_label.setToolTip(self.tr(
            "This library cannot be written: articles open and are analysed, but nothing "
            "(notes, tags, imports, analyses) is saved. Use File > New Library… or Open "
            "Library… to work in a writable one."))
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.analysis_progress = AnalysisProgress()
        self.statusBar().addPermanentWidget(self.analysis_progress)
        self.reader.progress.connect(self.analysis_progress.show_text)
        self.analysis_progress.cancel_requested.connect(self.reader.cancel_analysis)
        self.library_problem: QMessageBox | None = None
        self.highlighter.layers_changed.connect(self._sync_layer_actions)
        self._restore_layout()
        follow_system_theme(guarded(self, self._set_colors))
        self._apply_preferences()
        self.statusBar().showMessage(self.tr("Open or paste an Arabic article."))
        if library is not None:
            self.attach_library(library)

    # -- building --------------------------------------------------------------------------
    def _build_reading_side(self) -> None:
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
        self.byline = Byline(self.ops)  # outlet, author, date and URL under the title
        self.view = ArticleView()
        self.highlighter = Highlighter(self.view)
        self.view.marker_color = self.highlighter.colors.note
        self.legend = Legend(self.highlighter)
        self.find_bar = FindBar(self.view, self.highlighter)
        self.reading = QWidget()
        layout = QVBoxLayout(self.reading)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.byline)
        layout.addWidget(self.source_label)
        layout.addWidget(self.legend)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        self.empty_state = EmptyState()
        self.reading_stack = QStackedWidget()
        self.reading_stack.addWidget(self.reading)
        self.reading_stack.addWidget(self.empty_state)

    def _build_panels(self) -> None:
        self.library_panel = LibraryPanel(self.ops)
        self.speakers_panel = SpeakersPanel()
        self.corrections = StatementCorrections(self.ops, self)
        self.speakers_panel.set_corrections(self.corrections)
        self.entities_panel = EntitiesPanel()
        self.names_panel = NamesPanel(self.ops)
        self.notes_panel = NotesPanel(self.ops)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.speakers_panel, self.tr("Who Said What"))
        self.tabs.addTab(self.entities_panel, self.tr("Entities"))
        self.tabs.addTab(self.names_panel, self.tr("Names"))
        self.tabs.addTab(self.notes_panel, self.tr("Notes"))

    def _connect(self) -> None:
        """What the panels show follows the reader; what they ask for, the reader does."""
        reader, status = self.reader, self.statusBar()
        reader.status.connect(status.showMessage)
        reader.error.connect(self.show_error)
        reader.busy_changed.connect(self.busy_changed)
        reader.article_shown.connect(self._article_shown)
        reader.article_shown.connect(self.find_bar.article_changed)
        self.search_hit_marks = SearchHitMarks(self.library_panel, reader, self.find_bar)
        reader.article_shown.connect(self.article_shown)
        reader.analysis_shown.connect(self.analysis_shown)
        reader.note_requested.connect(self.add_target_note)
        reader.nothing_to_open.connect(self.show_empty_state)
        self.empty_state.open_requested.connect(self.choose_file)
        self.empty_state.paste_requested.connect(reader.paste_article)
        self.empty_state.import_folder_requested.connect(
            lambda: self.library_panel.choose_folder())
        self.empty_state.sample_requested.connect(reader.open_sample)
        for panel in (self.corrections, self.speakers_panel, self.entities_panel,
                      self.names_panel):
            reader.model_changed.connect(panel.set_model)
        reader.current_changed.connect(self.corrections.set_article)
        self.corrections.error.connect(self.show_error)
        self.corrections.status.connect(status.showMessage)
        self.view.context_provider = lambda index: [
            *reader.entity_actions(index),
            *self.corrections.text_actions(index, self.view.selected_span())]
        reader.names_found.connect(self.names_panel.show_rows)
        reader.names_failed.connect(self.names_panel.show_failure)
        reader.current_changed.connect(self.library_panel.set_current_article)
        reader.current_changed.connect(self.notes_panel.set_article)
        self.library_panel.article_chosen.connect(reader.open_article_id)
        self.library_panel.status.connect(status.showMessage)
        self.library_panel.error.connect(self.show_error)
        self.speakers_panel.claim_activated.connect(reader.show_claim)
        self.speakers_panel.note_requested.connect(
            lambda name: self.add_target_note("speaker", name))
        self.entities_panel.entity_activated.connect(reader.focus_entity)
        self.names_panel.entity_activated.connect(reader.focus_entity)
        self.notes_panel.notes_changed.connect(reader.show_notes)
        self.notes_panel.note_activated.connect(reader.show_note)
        self.notes_panel.error.connect(self.show_error)
        self.exchange.status.connect(status.showMessage)
        self.exchange.error.connect(self.show_error)
        self._connect_byline()

    def _connect_byline(self) -> None:
        """The article's details under its title follow the reader; corrections retitle it."""
        self.reader.article_shown.connect(
            lambda: self.byline.show_article(self.reader.article, self.reader.article_id))
        self.reader.article_shown.connect(self._show_pages)
        self.reader.current_changed.connect(self.byline.set_article_id)
        self.byline.title_changed.connect(self.title_label.setText)
        self.byline.error.connect(self.show_error)
        self.ocr = OcrOffer(self, self.interactive)  # a scan's message offers OCR
        self.reader.scan_opened.connect(self.ocr.offer)
        self.ocr.article_ready.connect(self.reader.open_article)
        self.ocr.status.connect(self.statusBar().showMessage)
        self.ocr.error.connect(self.show_error)

    def _show_pages(self) -> None:
        """Statements and notes of a paged document (PDF) cite their page."""
        page_of = pages_of(self.reader.article)
        self.speakers_panel.page_of = page_of
        self.notes_panel.page_of = page_of

    def all_actions(self) -> list[QAction]:
        return self.findChildren(QAction)

    # -- what is on screen (the reader's state) ---------------------------------------------
    @property
    def library(self):
        return self.ops.library

    @property
    def article(self) -> Article | None:
        return self.reader.article

    @property
    def article_id(self) -> int | None:
        return self.reader.article_id

    @property
    def analysis(self) -> Analysis | None:
        return self.reader.analysis

    @property
    def model(self) -> AnalysisModel | None:
        return self.reader.model

    def open_path(self, path: str | Path) -> None:
        self.reader.open_path(path)

    def open_text(self, text: str, source: str | None = None) -> None:
        self.reader.open_text(text, source)

    def open_article_id(self, article_id: int) -> None:
        self.reader.open_article_id(article_id)

    def is_busy(self) -> bool:
        return self.reader.is_busy()

    def _article_shown(self) -> None:
        article = self.reader.article
        self.reading_stack.setCurrentWidget(self.reading)
        self.title_label.setText(article.title or self.tr("(untitled article)"))
        self.source_label.setText(Path(article.source).name if article.source else "")
        untitled = self.tr("Untitled")
        self.setWindowTitle(self.tr("{0} — Sanad").format(isolate(article.title or untitled)))

    def show_empty_state(self) -> None:
        """Nothing to read yet: the ways to start, in the reading area."""
        if self.reader.article is None:
            self.reading_stack.setCurrentWidget(self.empty_state)
            self.empty_state.buttons["open"].setFocus()
            if not self.library_problem:
                self.statusBar().showMessage(self.tr("Open or paste an Arabic article."))

    def is_empty_state_shown(self) -> bool:
        return self.reading_stack.currentWidget() is self.empty_state

    def show_error(self, message: str | BaseException) -> None:
        message = user_message(message)
        self.statusBar().showMessage(message)
        if self.interactive:
            QMessageBox.warning(self, self.tr("Sanad"), message)

    # -- library ---------------------------------------------------------------------------
    def start(self, library_path: str | Path | None, file: str | Path | None = None) -> None:
        """Open the library in the background; then `file`, else the last article, else the
        bundled sample. Without a usable library the article still opens (notes are off)."""
        from app.library.db import open_library

        self.reader.set_busy(+1)
        self.statusBar().showMessage(self.tr("Opening the library…"))

        def opened(library) -> None:
            self.attach_library(library)
            if self.interactive:
                from app.library_switch import remember_library

                remember_library(library.path)
            notice = library_notice(library)
            if notice:
                self.show_error(notice)
            self.reader.open_initial(file)
            self.reader.set_busy(-1)
            # After the first article is shown: loading the models meanwhile would take the CPU
            # (and the GIL) from fetching and painting it, on a machine with few cores.
            self._when_idle(self.warm_up)
            self._when_idle(self.update_analyses)

        def failed(exc: BaseException) -> None:
            if getattr(exc, "kind", "") in LIBRARY_PROBLEMS:
                self.offer_other_library(user_message(exc))
            else:
                self.show_error(exc)
            if file is not None:
                self.reader.open_path(file)
            else:
                self.show_empty_state()
            self.reader.set_busy(-1)

        run_background(self, lambda: open_library(library_path), opened, failed)

    def warm_up(self) -> None:
        """Load the models (entities, claims, names) in the background right after start-up.

        Loading them parses large files in single calls that hold Python's GIL for a few
        hundred milliseconds; done now, that does not happen while the user opens an article.
        The loaded models are then frozen out of the garbage collector's reach, as tune_runtime does
        for start-up: otherwise every later full collection walks them (~50 ms, GIL held).
        """
        import gc

        from app.library.names import warm_up as warm_names
        from app.reader import loading
        from extract.load import article_from_text

        def work() -> None:
            try:
                loading.analyze(article_from_text("تجربة\nقال الوزير إن الاجتماع انتهى باتفاق."))
            except Exception:  # noqa: BLE001 - an analyser problem shows when an article opens
                pass
            warm_names()
            if gc.get_freeze_count():  # tune_runtime ran: the app, not a test or a library user
                gc.collect()
                gc.freeze()

        run_background(self, work, lambda _r: None, lambda _e: None)

    def _when_idle(self, action) -> None:
        """Run `action` once the reader is idle (the first article opened and analysed)."""
        if not self.reader.is_busy():
            action()
            return

        def check(busy: bool) -> None:
            if not busy:
                self.reader.busy_changed.disconnect(check)
                action()

        self.reader.busy_changed.connect(check)

    def update_analyses(self) -> None:
        """Re-analyse, in the background, the articles analysed by an older Sanad."""
        self.background_analyses.start()

    def attach_library(self, library) -> None:
        if self.ops.library is not None and library is not self.ops.library:
            self.background_analyses.cancel()  # the old library's; the new one's start anew
        self.ops.attach(library)
        writable = not library.read_only
        for name in ("add_note", "import_files", "import_folder", "import_glossary"):
            self.menu_actions.named[name].setEnabled(writable)
        self.empty_state.set_library_writable(writable)
        self.read_only_label.setVisible(not writable)
        self._show_library_in_title()

    def _show_library_in_title(self) -> None:
        library = self.ops.library
        self.setWindowFilePath(str(library.path) if library is not None else "")

    def offer_other_library(self, message: str) -> QMessageBox:
        """The library cannot be used: say why, and offer to open another one or make a new
        one (a non-modal box; tests press its buttons)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sanad"), message,
                          QMessageBox.StandardButton.Close, self)
        open_button = box.addButton(self.tr("Open Library…"), QMessageBox.ButtonRole.AcceptRole)
        new_button = box.addButton(self.tr("New Library…"), QMessageBox.ButtonRole.AcceptRole)
        open_button.clicked.connect(self.choose_library)
        new_button.clicked.connect(self.new_library)
        box.setDefaultButton(open_button)
        self.statusBar().showMessage(message)
        self.library_problem = box
        if self.interactive:
            box.open()
        return box

    def open_library(self, path: str | Path) -> None:
        """Work on the library at `path` from now on (its last article opens)."""
        self.notes_panel.flush()
        self.start(path)

    def choose_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Library"), "",
            self.tr("Sanad library (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_library(path)

    def new_library(self) -> None:
        """Make an empty library at a file the user names, and work on it."""
        from app.library_switch import new_library_path

        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Library"), "library.sqlite",
            self.tr("Sanad library (*.sqlite *.db);;All files (*)"))
        if not chosen:
            return
        path = new_library_path(chosen)
        if path.exists() and path.stat().st_size > 0:
            self.show_error(self.tr("{0} already exists: use File > Open Library… to open it.")
                            .format(isolate(path)))
            return
        self.open_library(path)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Article"), "",
                                              article_filter())
        if path:
            self.reader.open_path(path)

    # -- notes -----------------------------------------------------------------------------
    def add_note(self) -> None:
        if self.reader.article is None:
            return
        span = self.view.selected_span()
        self.reading_mode.set_on(False)  # the note is written in the side panel
        self.tabs.setCurrentWidget(self.notes_panel)
        if span and span[1] > span[0]:
            self.notes_panel.add_span_note(*span)
        else:
            self.notes_panel.add_article_note()

    def add_target_note(self, kind: str, name: str) -> None:
        if self.reader.article is None:
            return
        self.tabs.setCurrentWidget(self.notes_panel)
        self.notes_panel.add_target_note(kind, name)

    # -- focus helpers and dialogs ---------------------------------------------------------
    # A side panel asked for by key or menu ends reading mode, which hides the panels: Alt+1,
    # Ctrl+Alt+F or Add Note used to work on panels no one could see.
    def show_panel(self, index: int) -> None:
        self.reading_mode.set_on(False)
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    def focus_library_search(self) -> None:
        self.reading_mode.set_on(False)
        self.library_panel.show()
        self.library_panel.search_box.setFocus()
        self.library_panel.search_box.selectAll()

    def focus_library_list(self) -> None:
        self.reading_mode.set_on(False)
        self.library_panel.show()
        self.library_panel.list.setFocus()

    def focus_speaker_filter(self) -> None:
        self.reading_mode.set_on(False)
        self.tabs.setCurrentWidget(self.speakers_panel)
        self.speakers_panel.filter_box.setFocus()

    def show_shortcuts(self) -> None:
        from app.panels.shortcuts import ShortcutsDialog  # on demand: not on the start path

        dialog = ShortcutsDialog(self.all_actions(), self)
        if self.interactive:
            dialog.exec()
        else:
            dialog.show()
        self.shortcuts_dialog = dialog

    def show_preferences(self):
        from app.settings_dialog import show_preferences

        return show_preferences(self)

    def _apply_preferences(self) -> None:
        from app.settings_dialog import apply_preferences, load_preferences

        apply_preferences(self, load_preferences(), point_size=False)  # zoom: _restore_layout

    def print_article(self):
        from app.printing import open_print_preview

        return open_print_preview(self)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Sanad"), self.tr(
            "Sanad — an offline reading assistant for Arabic news: who said what, names and "
            "places, and your notes, on your computer only."))

    def _sync_layer_actions(self) -> None:
        for layer, action in self.layer_actions.items():
            on = self.highlighter.is_enabled(layer)
            if action.isChecked() != on:
                action.blockSignals(True)
                action.setChecked(on)
                action.blockSignals(False)

    def _set_colors(self, colors) -> None:
        self.highlighter.set_colors(colors)
        self.legend.set_colors(colors)
        self.view.marker_color = colors.note
        self.view.viewport().update()

    # -- language --------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the UI language now (the window is rebuilt) and remember the choice."""
        remember_language(language)
        app = QApplication.instance()
        install_language(app, language)
        replacement = MainWindow(interactive=self.interactive, library=None)
        replacement.setGeometry(self.geometry())
        if self.library is not None:
            replacement.attach_library(self.library)
        if self.is_empty_state_shown():
            replacement.show_empty_state()
        if self.article_id is not None:
            replacement.open_article_id(self.article_id)
        elif self.article is not None:
            replacement.reader.show_article(self.article)
            if self.analysis is not None:
                replacement.reader.show_analysis(self.analysis)
        self.replacement = replacement
        replacement.show()
        self.close()

    # -- layout and closing ----------------------------------------------------------------
    def _restore_layout(self) -> None:
        """Panel sizes, window size and reading size as the user left them."""
        settings = app_settings()
        state = settings.value("window/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        try:
            size = float(settings.value("reader/point_size", 0) or 0)
        except (TypeError, ValueError):
            size = 0
        if size:
            self.view.set_point_size(size)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.notes_panel.flush(wait=True)  # a note typed just before closing is saved
        self.background_analyses.cancel()  # after the article being analysed
        settings = app_settings()
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("reader/point_size", self.view.point_size())
        super().closeEvent(event)

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if len(files) > 1 and self.library is not None:
            self.library_panel.import_paths(files)
        elif files:
            self.reader.open_path(files[0])
        elif mime.hasText():
            self.reader.open_text(mime.text())
        event.acceptProposedAction()
