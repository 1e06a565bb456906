"""The main window: the library beside the article, the article with its highlight layers, and
panels for who said what, entities, names and notes; menus and shortcuts for every action.

All loading, analysis, library access and search run off the UI thread (`run_in_background` for
long jobs, `run_serial` for library calls that must stay in order); the window only reacts to
results. Errors become a message in a dialog (or the status bar when no one is there to click OK).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.fonts import reading_font
from app.i18n import app_settings, current_language, install_language, remember_language
from app.panels.background import guarded, run_background, run_serial
from app.panels.entities import EntitiesPanel
from app.panels.library import LibraryPanel
from app.panels.names import NamesPanel
from app.panels.notes import NotesPanel
from app.panels.shortcuts import ShortcutsDialog
from app.panels.speakers import SpeakersPanel
from app.reader.article_view import ArticleView, PreparedText, prepare_text
from app.reader.highlighter import LAYERS, Highlighter
from app.reader.legend import Legend
from app.reader.model import AnalysisModel, Span
from app.theme import follow_system_theme
from extract.document import Article
from extract.load import LoadError, article_from_text, load_path
from extract.model import Analysis
from extract.resources import resource_path


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


OPEN_FILTER = "Articles (*.txt *.html *.htm *.docx);;All files (*)"
LAST_ARTICLE_KEY = "last_article_id"
SAMPLE = ("samples", "seed-libya.txt")


def _analyze(article: Article) -> Analysis:
    from extract.analyze import analyze

    return analyze(article)


@dataclass
class Loaded:
    """What a background load hands the UI: the article, its document ready to show, its size."""
    article: Article
    prepared: PreparedText
    words: int


def _prepare(article: Article, point_size: float) -> Loaded:
    words = sum(1 for t in article.tokens if not t.is_punct)
    return Loaded(article, prepare_text(article.text, point_size), words)


def _analyse_stored(library, article_id: int, article: Article) -> Analysis:
    """The cached analysis of a library article, else analyse it now and cache the result."""
    from app.library.analyses import analysis_for

    return analysis_for(library, article_id, article, analyze=lambda a: _analyze(a))


def _store_article(library, article: Article, point_size: float) -> tuple[int, Loaded | None]:
    """Add the article to the library: its id, and - when the library already held it with a
    different layout of white space - that stored text ready to show (offsets refer to it)."""
    from app.library.analyses import article_for_analysis
    from app.library.articles import add_article, get_article

    result = add_article(library, article.title, article.text, article.source)
    library.set_meta(LAST_ARTICLE_KEY, str(result.article_id))
    record = get_article(library, result.article_id)
    if record.text == article.text:
        return result.article_id, None
    stored = article_for_analysis(record.title, record.text, record.source)
    return result.article_id, _prepare(stored, point_size)


def _fetch_article(library, article_id: int,
                   point_size: float) -> tuple[Loaded, Analysis | None, bool]:
    """A stored article rebuilt for display, with its newest stored analysis when it has one
    and whether this extractor made it (a stale one is shown while the new one is computed)."""
    from app.library.analyses import article_for_analysis, latest_analysis
    from app.library.articles import get_article
    from extract.fingerprint import extractor_fingerprint

    record = get_article(library, article_id)
    if not library.read_only:
        library.set_meta(LAST_ARTICLE_KEY, str(article_id))
    article = article_for_analysis(record.title, record.text, record.source)
    found = latest_analysis(library, article_id)
    current = found is not None and found.fingerprint == extractor_fingerprint()
    return _prepare(article, point_size), found, current


def _last_article(library) -> int | None:
    from app.library.articles import count_articles, list_articles

    value = library.get_meta(LAST_ARTICLE_KEY)
    if value and value.isdigit():
        from app.library.db import LibraryError

        try:
            from app.library.articles import get_article

            get_article(library, int(value))
            return int(value)
        except LibraryError:
            pass
    if count_articles(library):
        return int(list_articles(library, limit=1)[0]["id"])
    return None


class MainWindow(QMainWindow):
    article_shown = Signal()
    analysis_shown = Signal()
    busy_changed = Signal(bool)
    library_changed = Signal()

    def __init__(self, interactive: bool = True, library=None) -> None:
        super().__init__()
        self.interactive = interactive
        self.library = None
        self.article: Article | None = None
        self.article_id: int | None = None
        self.analysis: Analysis | None = None
        self.model: AnalysisModel | None = None
        self._busy = 0
        self._words = 0
        self._focus_spans: list[Span] = []
        self._focus_index = 0
        self.setWindowTitle(self.tr("Sanad"))
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self._build_reading_side()
        self._build_panels()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.reading)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 760, 430])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._restore_layout()
        follow_system_theme(guarded(self, self._set_colors))
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
        self.view = ArticleView()
        self.highlighter = Highlighter(self.view)
        self.view.marker_color = self.highlighter.colors.note
        self.legend = Legend(self.highlighter)
        self.view.tooltip_provider = self.tooltip_at
        self.view.clicked_at.connect(self._clicked_text)
        self.reading = QWidget()
        layout = QVBoxLayout(self.reading)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.source_label)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)

    def _build_panels(self) -> None:
        self.library_panel = LibraryPanel()
        self.library_panel.article_chosen.connect(self.open_article_id)
        self.library_panel.status.connect(self.statusBar().showMessage)
        self.library_panel.article_deleted.connect(self._article_deleted)
        self.speakers_panel = SpeakersPanel()
        self.speakers_panel.claim_activated.connect(self.show_claim)
        self.speakers_panel.note_requested.connect(
            lambda name: self.add_target_note("speaker", name))
        self.entities_panel = EntitiesPanel()
        self.entities_panel.entity_activated.connect(self.focus_entity)
        self.names_panel = NamesPanel()
        self.names_panel.entity_activated.connect(self.focus_entity)
        self.notes_panel = NotesPanel()
        self.notes_panel.notes_changed.connect(self._notes_changed)
        self.notes_panel.note_activated.connect(self.show_note)
        self.notes_panel.error.connect(self.show_error)
        self.notes_panel.tags_changed.connect(self.library_panel.refresh_tags)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.speakers_panel, self.tr("Who Said What"))
        self.tabs.addTab(self.entities_panel, self.tr("Entities"))
        self.tabs.addTab(self.names_panel, self.tr("Names"))
        self.tabs.addTab(self.notes_panel, self.tr("Notes"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("&Open…"), QKeySequence.StandardKey.Open,
                                        self.choose_file)
        self.paste_action = self._action(self.tr("New from &Clipboard"), "Ctrl+Shift+V",
                                         self.paste_article)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.paste_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Import Files…"), "Ctrl+I",
                                         self.library_panel.choose_files))
        file_menu.addAction(self._action(self.tr("Import &Folder…"), "Ctrl+Shift+I",
                                         self.library_panel.choose_folder))
        export_menu = file_menu.addMenu(self.tr("&Export Article"))
        for fmt, label, key in (("md", self.tr("As &Markdown…"), "Ctrl+E"),
                                ("json", self.tr("As &JSON…"), None),
                                ("csv", self.tr("Claims as &CSV…"), None),
                                ("pdf", self.tr("As &PDF…"), "Ctrl+P")):
            export_menu.addAction(self._action(label, key, lambda f=fmt: self.export_article(f)))
        listed_menu = file_menu.addMenu(self.tr("Export Articles &Listed in the Library"))
        for fmt, label in (("md", self.tr("As &Markdown…")), ("json", self.tr("As &JSON…")),
                           ("csv", self.tr("Claims as &CSV…")), ("pdf", self.tr("As &PDF…"))):
            listed_menu.addAction(self._action(label, None,
                                               lambda f=fmt: self.export_listed(f)))
        glossary_menu = file_menu.addMenu(self.tr("Names &Glossary"))
        glossary_menu.addAction(self._action(self.tr("&Import CSV…"), None,
                                             self.import_glossary))
        glossary_menu.addAction(self._action(self.tr("Export as &CSV…"), None,
                                             lambda: self.export_glossary("csv")))
        glossary_menu.addAction(self._action(self.tr("Export as &TBX…"), None,
                                             lambda: self.export_glossary("tbx")))
        file_menu.addAction(self._action(self.tr("Open &Library File…"), None,
                                         self.choose_library))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                         self.close))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.add_note_action = self._action(self.tr("Add &Note"), "Ctrl+Shift+N", self.add_note)
        edit_menu.addAction(self.add_note_action)
        edit_menu.addAction(self._action(self.tr("&Search Library"), QKeySequence.StandardKey.Find,
                                         self.focus_library_search))
        edit_menu.addAction(self._action(self.tr("&Filter Speakers"), "Ctrl+Shift+F",
                                         self.focus_speaker_filter))
        self.view.context_actions = [self.add_note_action]
        self.view.context_provider = self.entity_actions

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn,
                                         lambda: self.view.zoom_by(1)))
        view_menu.addAction(self._action(self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut,
                                         lambda: self.view.zoom_by(-1)))
        view_menu.addAction(self._action(self.tr("&Reset Zoom"), "Ctrl+0",
                                         lambda: self.view.set_point_size(15.0)))
        view_menu.addSeparator()
        layers_menu = view_menu.addMenu(self.tr("&Highlights"))
        self.layer_actions: dict[str, QAction] = {}
        for i, layer in enumerate(LAYERS, start=1):
            action = self._action(self.legend.layer_label(layer), f"Ctrl+{i}", None)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda on, name=layer: self.highlighter.set_layer_enabled(
                name, on))
            self.layer_actions[layer] = action
            layers_menu.addAction(action)
        self.highlighter.layers_changed.connect(self._sync_layer_actions)
        view_menu.addAction(self._action(self.tr("Next &Mention"), "F3",
                                         lambda: self.step_mention(1)))
        view_menu.addAction(self._action(self.tr("&Previous Mention"), "Shift+F3",
                                         lambda: self.step_mention(-1)))
        view_menu.addAction(self._action(self.tr("&Clear Selection"), "Esc", self.clear_focus))
        view_menu.addSeparator()
        for i, label in enumerate((self.tr("Who Said What"), self.tr("Entities"),
                                   self.tr("Names"), self.tr("Notes")), start=1):
            view_menu.addAction(self._action(self.tr("Show {0}").format(label), f"Alt+{i}",
                                             lambda index=i - 1: self.show_panel(index)))
        view_menu.addAction(self._action(self.tr("Show &Library"), "Ctrl+L",
                                         self.focus_library_list))
        view_menu.addAction(self._action(self.tr("Read the &Article"), "Ctrl+R",
                                         self.view.setFocus))

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("en", "English"), ("ar", "العربية")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _on=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard Shortcuts"), "F1",
                                         self.show_shortcuts))
        help_menu.addAction(self._action(self.tr("&About Sanad"), None, self.show_about))
        # Ctrl+V on a window with no article pastes one; with an article, the view copies/selects.
        self.addAction(self._action(self.tr("Paste Article"), QKeySequence.StandardKey.Paste,
                                    self._paste_if_empty))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def all_actions(self) -> list[QAction]:
        return self.findChildren(QAction)

    # -- library ---------------------------------------------------------------------------
    def start(self, library_path: str | Path | None, file: str | Path | None = None) -> None:
        """Open the library in the background; then `file`, else the last article, else the
        bundled sample. Without a usable library the article still opens (notes are off)."""
        from app.library.db import open_library

        self._set_busy(+1)
        self.statusBar().showMessage(self.tr("Opening the library…"))

        def opened(library) -> None:
            self.attach_library(library)
            self.warm_up()
            if library.notice:
                self.show_error(library.notice)
            self._open_initial(file)
            self._set_busy(-1)

        def failed(exc: BaseException) -> None:
            self.show_error(str(exc))
            self.open_path(file or resource_path(*SAMPLE))
            self._set_busy(-1)

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

        def work() -> None:
            try:
                _analyze(article_from_text("تجربة\nقال الوزير إن الاجتماع انتهى باتفاق."))
            except Exception:  # noqa: BLE001 - an analyser problem shows when an article opens
                pass
            warm_names()
            if gc.get_freeze_count():  # tune_runtime ran: the app, not a test or a library user
                gc.collect()
                gc.freeze()

        run_background(self, work, lambda _r: None, lambda _e: None)

    def attach_library(self, library) -> None:
        self.library = library
        self.library_panel.set_library(library)
        self.names_panel.set_library(library)
        self.add_note_action.setEnabled(not library.read_only)
        self.library_changed.emit()

    def _open_initial(self, file: str | Path | None) -> None:
        if file is not None:
            self.open_path(file)
            return
        library = self.library
        self._set_busy(+1)

        def chosen(article_id: int | None) -> None:
            if article_id is None:
                self.open_path(resource_path(*SAMPLE))
            else:
                self.open_article_id(article_id)
            self._set_busy(-1)

        def failed(exc: BaseException) -> None:
            self.show_error(str(exc))
            self._set_busy(-1)

        run_serial(lambda: _last_article(library), chosen, failed, owner=self)

    def choose_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Library"), "",
            self.tr("Sanad library (*.sqlite *.db);;All files (*)"))
        if path:
            self.notes_panel.flush()
            self.start(path)

    # -- opening ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Article"), "", OPEN_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        size = self.view.point_size()
        self._start(lambda: _prepare(load_path(path), size),
                    self.tr("Opening {0}…").format(Path(path).name))

    def open_text(self, text: str, source: str | None = None) -> None:
        from app.library.db import storable

        size = self.view.point_size()
        # Broken clipboard data can hold lone surrogates: shown and stored as U+FFFD instead.
        self._start(lambda: _prepare(article_from_text(storable(text), source), size),
                    self.tr("Reading pasted text…"))

    def open_article_id(self, article_id: int) -> None:
        """Open an article from the library, with its cached analysis when there is one."""
        library = self.library
        if library is None:
            return
        self._set_busy(+1)
        self.statusBar().showMessage(self.tr("Opening…"))

        def fetched(result: tuple[Loaded, Analysis | None, bool]) -> None:
            loaded, analysis, current = result
            self.show_article(loaded.article, article_id, loaded)
            if analysis is not None and analysis.text == loaded.article.text:
                self.show_analysis(analysis)
            if current:
                self._set_busy(-1)
            else:  # never analysed, or by an older extractor: (re-)analyse in the background
                self._analyse(loaded.article)

        size = self.view.point_size()
        run_serial(lambda: _fetch_article(library, article_id, size), fetched,
                   self._on_load_failed, owner=self)

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
        """Load in the background, show the text at once, then store and analyse it."""
        self._set_busy(+1)
        self.statusBar().showMessage(message)
        run_background(self, loader, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, loaded: Loaded) -> None:
        article = loaded.article
        self.show_article(article, None, loaded)
        library = self.library
        if library is None or library.read_only:
            self._analyse(article)
            return

        def stored(result: tuple[int, Loaded | None]) -> None:
            article_id, relaid = result
            if article is not self.article:
                self._set_busy(-1)
                return
            shown = article
            if relaid is not None:  # the library already had it, laid out differently
                shown = relaid.article
                self.show_article(shown, article_id, relaid)
            else:
                self._set_article_id(article_id)
            self.library_panel.refresh()
            self._analyse(shown)

        def not_stored(exc: BaseException) -> None:
            self.statusBar().showMessage(str(exc))
            self._analyse(article)

        size = self.view.point_size()
        run_serial(lambda: _store_article(library, article, size), stored, not_stored,
                   owner=self)

    def _analyse(self, article: Article) -> None:
        """Analyse off the UI thread: through the library's cache when the article is in it."""
        self.statusBar().showMessage(self.tr("Analysing…"))
        library, article_id = self.library, self.article_id
        if library is not None and article_id is not None:
            job = lambda: _analyse_stored(library, article_id, article)  # noqa: E731
        else:
            job = lambda: _analyze(article)  # noqa: E731
        def with_model() -> tuple[Analysis, AnalysisModel]:
            analysis = job()  # the model's lookups are built here too, off the UI thread
            return analysis, AnalysisModel(analysis)

        run_background(self, with_model, lambda done: self._on_analyzed(article, *done),
                       lambda exc: self._on_analysis_failed(article, exc))

    def _on_load_failed(self, exc: BaseException) -> None:
        self._set_busy(-1)
        if isinstance(exc, LoadError):
            self.show_error(str(exc))
        else:
            self.show_error(self.tr("Sanad could not read this article: {0}").format(exc))

    def _on_analyzed(self, article: Article, analysis: Analysis,
                     model: AnalysisModel | None = None) -> None:
        self._set_busy(-1)
        if article is not self.article:  # the user opened another article meanwhile
            return
        self.show_analysis(analysis, model)

    def _on_analysis_failed(self, article: Article, exc: BaseException) -> None:
        self._set_busy(-1)
        if article is not self.article:
            return
        self.show_error(self.tr("The article is shown, but its analysis failed: {0}").format(exc))

    # -- showing ---------------------------------------------------------------------------
    def show_article(self, article: Article, article_id: int | None = None,
                     loaded: Loaded | None = None) -> None:
        if loaded is None or loaded.article is not article:
            loaded = Loaded(article, prepare_text(article.text, self.view.point_size(), False),
                            sum(1 for t in article.tokens if not t.is_punct))
        self.article, self.analysis, self.model = article, None, None
        self._words = loaded.words
        self._focus_spans = []
        self.highlighter.clear()
        self.title_label.setText(article.title or self.tr("(untitled article)"))
        self.source_label.setText(Path(article.source).name if article.source else "")
        self.view.note_markers = []
        self.view.set_article_text(article.text, loaded.prepared)
        for panel in (self.speakers_panel, self.entities_panel, self.names_panel):
            panel.set_model(None)
        self._set_article_id(article_id)
        untitled = self.tr("Untitled")
        self.setWindowTitle(f"{article.title or untitled} — {self.tr('Sanad')}")
        self._show_status()
        self.article_shown.emit()

    def _set_article_id(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.names_panel.article_id = article_id
        self.notes_panel.set_article(self.library, article_id)
        self.library_panel.set_current_article(article_id)

    def show_analysis(self, analysis: Analysis, model: AnalysisModel | None = None) -> None:
        assert self.article is not None
        self.analysis = analysis
        self.model = model if model is not None else AnalysisModel(analysis)
        self.highlighter.set_model(self.model)
        self.speakers_panel.set_model(self.model)
        self.entities_panel.set_model(self.model)
        self.names_panel.set_model(self.model)
        self._show_status()
        self.analysis_shown.emit()

    def _show_status(self) -> None:
        article = self.article
        if article is None:
            return
        message = self.tr("{0} paragraphs, {1} words").format(len(article.paragraphs),
                                                               self._words)
        if self.analysis is not None:
            message += " · " + self.tr("{0} entities, {1} claims").format(
                len(self.analysis.entities), len(self.analysis.claims))
        self.statusBar().showMessage(message)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message)
        if self.interactive:
            QMessageBox.warning(self, self.tr("Sanad"), message)

    def is_busy(self) -> bool:
        return self._busy > 0

    def _set_busy(self, delta: int) -> None:
        self._busy += delta
        self.busy_changed.emit(self._busy > 0)

    # -- entities, claims, hover ------------------------------------------------------------
    def tooltip_at(self, index: int) -> str | None:
        model = self.model
        if model is None:
            return None
        entity = model.entity_at(index)
        if entity is not None:
            kind = {"PER": self.tr("person"), "ORG": self.tr("organisation"),
                    "LOC": self.tr("place")}.get(entity.type, self.tr("other"))
            lines = [f"<b>{html.escape(entity.name)}</b> — {kind}"]
            spelled = self.names_panel.transliteration(entity.id)
            if spelled:
                lines.append(html.escape(spelled))
            lines.append(self.tr("%n mention(s)", "", len(entity.mentions)))
            return "<br>".join(lines)
        for claim in model.claims:
            if claim.content and claim.content[0] <= index < claim.content[1]:
                who = model.speaker_name(claim) or self.tr("unattributed")
                return self.tr("Statement ({0}) by {1}").format(
                    self.speakers_panel.kind_label(claim.kind), who)
        return None

    def entity_actions(self, index: int | None) -> list[QAction]:
        """Right-click on a name: select its mentions, record its English spelling."""
        entity = self.model.entity_at(index) if self.model and index is not None else None
        if entity is None:
            return []
        select = QAction(self.tr("Select All Mentions of «{0}»").format(entity.name), self)
        select.triggered.connect(lambda: self.focus_entity(entity.id))
        actions = [select]
        if self.library is not None and not self.library.read_only:
            note = QAction(self.tr("Add a Note on «{0}»").format(entity.name), self)
            note.triggered.connect(lambda: self.add_target_note("entity", entity.name))
            actions.append(note)
        if entity.type in ("PER", "ORG", "LOC") and self.library is not None \
                and not self.library.read_only:
            spell = QAction(self.tr("Record the English Spelling of «{0}»…").format(entity.name),
                            self)
            spell.triggered.connect(lambda: self.record_spelling(entity.id))
            actions.append(spell)
        return actions

    def record_spelling(self, entity_id: str) -> None:
        """Ask for the preferred English form of a name and keep it in the glossary."""
        from PySide6.QtWidgets import QInputDialog

        if self.model is None or entity_id not in self.model.entities:
            return
        name = self.model.entities[entity_id].name
        current = self.names_panel.best_english(entity_id)
        english, ok = QInputDialog.getText(
            self, self.tr("English Spelling"),
            self.tr("Preferred English form of «{0}»:").format(name), text=current)
        if ok and english.strip():
            self.names_panel.record(name, english.strip())

    def _clicked_text(self, index: int) -> None:
        entity = self.model.entity_at(index) if self.model else None
        if entity is None:
            if self._focus_spans:
                self.clear_focus()
            return
        self.focus_entity(entity.id, move_cursor=False)
        # F3 continues from the mention that was clicked.
        self._focus_index = next((i for i, (s, e) in enumerate(self._focus_spans)
                                  if s <= index < e), 0)

    def focus_entity(self, entity_id: str, move_cursor: bool = True) -> None:
        """Mark all mentions of the entity; the first is current (F3 steps through them)."""
        if self.model is None or entity_id not in self.model.entities:
            return
        entity = self.model.entities[entity_id]
        self._focus_spans = list(entity.mentions)
        self._focus_index = 0
        if move_cursor:
            self._show_focus()
        else:
            self.highlighter.set_focus(self._focus_spans, None)
        self.statusBar().showMessage(self.tr("{0}: %n mention(s) — F3 for the next", "",
                                             len(entity.mentions)).format(entity.name))

    def step_mention(self, step: int) -> None:
        if not self._focus_spans:
            return
        self._focus_index = (self._focus_index + step) % len(self._focus_spans)
        self._show_focus()

    def _show_focus(self) -> None:
        current = self._focus_spans[self._focus_index]
        self.highlighter.set_focus(self._focus_spans, current)
        self.view.show_span(*current)

    def current_mention(self) -> Span | None:
        return self._focus_spans[self._focus_index] if self._focus_spans else None

    def clear_focus(self) -> None:
        self._focus_spans = []
        self.highlighter.set_focus([], None)

    def show_claim(self, claim_id: str) -> None:
        """Scroll to a statement, put the cursor at its start and flash it."""
        if self.model is None or claim_id not in self.model.claim_by_id:
            return
        span = self.model.claim_by_id[claim_id].anchor
        if span is None:
            return
        self.scroll_to(*span)

    def scroll_to(self, start: int, end: int) -> None:
        """Put the cursor at a span's start with all of it in view, and flash it (once a long
        article's text has reached it)."""
        if not self.view.holds(end):
            self.view.after_fill(lambda: self.scroll_to(start, end))
            return
        cursor = self.view.cursor_for(end, end)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        cursor = self.view.cursor_for(start, start)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        self.highlighter.flash(start, end)

    # -- notes -----------------------------------------------------------------------------
    def add_note(self) -> None:
        if self.article is None:
            return
        span = self.view.selected_span()
        self.tabs.setCurrentWidget(self.notes_panel)
        if span and span[1] > span[0]:
            self.notes_panel.add_span_note(*span)
        else:
            self.notes_panel.add_article_note()

    def add_target_note(self, kind: str, name: str) -> None:
        if self.article is None:
            return
        self.tabs.setCurrentWidget(self.notes_panel)
        self.notes_panel.add_target_note(kind, name)

    def _notes_changed(self, notes: list) -> None:
        spans = [(n.start, n.end) for n in notes
                 if n.kind == "span" and not n.detached and n.start is not None
                 and n.end is not None and self.article and n.end <= len(self.article.text)]
        self.highlighter.set_note_spans(spans)
        self.view.note_markers = sorted({s for s, _ in spans})
        self.view.viewport().update()

    def show_note(self, note_id: int) -> None:
        note = next((n for n in self.notes_panel.notes if n.id == note_id), None)
        if note is None or note.detached or note.start is None or note.end is None:
            return
        self.scroll_to(note.start, note.end)

    def _article_deleted(self, article_id: int) -> None:
        if article_id == self.article_id:  # what is on screen is no longer in the library
            self._set_article_id(None)
            self.statusBar().showMessage(self.tr("The article was deleted from the library."))

    # -- export ----------------------------------------------------------------------------
    def export_article(self, fmt: str) -> None:
        library, article_id = self.library, self.article_id
        if library is None or article_id is None:
            self.show_error(self.tr("Only articles in the library can be exported."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Article"),
                                              f"article-{article_id}.{fmt}")
        if path:
            self._write_export([article_id], fmt, path)

    def export_listed(self, fmt: str, path: str | None = None) -> None:
        """Export every article the library sidebar lists (all, or a search's or tag's
        results) into one file."""
        ids = self.library_panel.article_ids()
        if self.library is None or not ids:
            self.show_error(self.tr("No articles are listed in the library to export."))
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export Articles"), f"articles-{len(ids)}.{fmt}")
        if path:
            self._write_export(ids, fmt, path)

    def _write_export(self, ids: list[int], fmt: str, path: str) -> None:
        from app.library.export import write_export

        library = self.library
        self.statusBar().showMessage(self.tr("Exporting %n article(s)…", "", len(ids)))
        job = lambda: write_export(library, ids, fmt, path)  # noqa: E731
        run_background(self, job, lambda out: self.statusBar().showMessage(
            self.tr("Exported %n article(s) to {0}", "", len(ids)).format(out)),
            lambda exc: self.show_error(str(exc)))

    # -- glossary exchange -----------------------------------------------------------------
    def import_glossary(self) -> None:
        """Read a translator's CSV termbase (arabic, english, note) into the glossary."""
        library = self.library
        if library is None or library.read_only:
            self.show_error(self.tr("The glossary can only be changed in a writable library."))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Glossary"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if not path:
            return
        from app.library.glossary import Glossary

        def imported(result) -> None:
            self.statusBar().showMessage(self.tr(
                "Glossary: {0} added, {1} updated, {2} skipped").format(
                result.added, result.updated, result.skipped))
            self.names_panel.set_model(self.model)  # suggestions now start from the glossary

        run_serial(lambda: Glossary(library).import_csv(Path(path)), imported,
                   lambda exc: self.show_error(str(exc)), owner=self)

    def export_glossary(self, fmt: str) -> None:
        """Write the glossary as CSV (UTF-8 with BOM, for spreadsheets) or TBX (termbases)."""
        library = self.library
        if library is None:
            self.show_error(self.tr("Open a library first."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Glossary"),
                                              f"sanad-glossary.{fmt}")
        if not path:
            return
        from app.library.glossary import Glossary

        def write() -> int:
            glossary = Glossary(library)
            return (glossary.export_csv if fmt == "csv" else glossary.export_tbx)(Path(path))

        run_serial(write, lambda count: self.statusBar().showMessage(
            self.tr("Exported {0} glossary entries to {1}").format(count, path)),
            lambda exc: self.show_error(str(exc)), owner=self)

    # -- focus helpers and dialogs ---------------------------------------------------------
    def show_panel(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    def focus_library_search(self) -> None:
        self.library_panel.show()
        self.library_panel.search_box.setFocus()
        self.library_panel.search_box.selectAll()

    def focus_library_list(self) -> None:
        self.library_panel.show()
        self.library_panel.list.setFocus()

    def focus_speaker_filter(self) -> None:
        self.tabs.setCurrentWidget(self.speakers_panel)
        self.speakers_panel.filter_box.setFocus()

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.all_actions(), self)
        if self.interactive:
            dialog.exec()
        else:
            dialog.show()
        self.shortcuts_dialog = dialog

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
        if self.article_id is not None:
            replacement.open_article_id(self.article_id)
        elif self.article is not None:
            replacement.show_article(self.article)
            if self.analysis is not None:
                replacement.show_analysis(self.analysis)
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
            self.open_path(files[0])
        elif mime.hasText():
            self.open_text(mime.text())
        event.acceptProposedAction()
