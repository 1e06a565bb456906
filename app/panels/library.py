"""Library sidebar: every article with title, source and date; Arabic-aware search; tags; import.

Searching, listing and importing all run off the UI thread; the list is replaced when results
arrive (a result for an older query is dropped). Import reports progress through a signal from
the worker (queued to the UI thread, at most every few tens of milliseconds) and can be cancelled.

Imports, deletions and tags are library operations (`LibraryOps.run`); the list, the tag filter
and the article's tags are refreshed from `library_changed`, whoever changed the library.
"""

from __future__ import annotations

import html
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.file_open import article_filter
from app.library.changes import Changes
from app.library_ops import LibraryOps
from app.panels.background import run_background, run_serial
from app.panels.library_hits import HIT_HTML_ROLE, HitDelegate, hit_html
from app.theme import highlight_colors
from app.user_messages import user_message

SEARCH_DEBOUNCE_MS = 250
LIST_LIMIT = 500
PROGRESS_EVERY_S = 0.03
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1


class _Progress(QObject):
    """Lives on the UI thread; the import worker emits, Qt queues the call to the UI thread."""
    advanced = Signal(int, int, str)


class LibraryPanel(QWidget):
    article_chosen = Signal(int)
    # A hit of a word search was chosen: (article id, the query), so the reader can mark the words
    search_hit_chosen = Signal(int, str)
    status = Signal(str)
    error = Signal(str)
    import_finished = Signal(object)  # the ImportReport
    speaker_view_requested = Signal(str)  # the speaker filtered by: their statements, listed

    def __init__(self, ops: LibraryOps, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        ops.library_changed.connect(self._library_changed)
        self.current_article: int | None = None
        self._query_serial = 0
        self.shown_query = ""  # the word search whose hits are listed ("" for none)
        self._stop: threading.Event | None = None
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._show_progress)

        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search the library (Ctrl+Shift+F)"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self.search_timer.start)
        self.search_box.returnPressed.connect(self.refresh)
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Text"), "text")
        self.mode_box.addItem(self.tr("Speaker"), "speaker")
        self.mode_box.addItem(self.tr("Entity"), "entity")
        self.mode_box.setToolTip(self.tr("Search the words of the articles, or find the articles "
                                         "quoting a speaker or naming an entity"))
        self.mode_box.currentIndexChanged.connect(self.refresh)
        self.statements_button = QPushButton(self.tr("Statements…"))
        self.statements_button.setToolTip(self.tr("Everything this speaker said across the "
                                                  "library, in date order"))
        self.statements_button.clicked.connect(self._speaker_view)
        self.mode_box.currentIndexChanged.connect(self._sync_statements_button)
        self.search_box.textChanged.connect(self._sync_statements_button)
        self.tag_box = QComboBox()
        self.tag_box.addItem(self.tr("All tags"), "")
        self.tag_box.currentIndexChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._list_menu)
        self.count_label = QLabel()
        self.count_label.setEnabled(False)

        self.tags_label = QLabel()
        self.tags_label.setWordWrap(True)
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        self.tags_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.tags_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tags_label.linkActivated.connect(self._remove_tag_link)
        self.article_tag_names: list[str] = []  # the current article's tags, as listed
        self.tag_input = QLineEdit()
        self.tag_input.setPlaceholderText(self.tr("Add a tag to this article…"))
        self.tag_input.returnPressed.connect(self._add_tag)

        self.import_files_button = QPushButton(self.tr("Import Files…"))
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(self.tr("Import Folder…"))
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_import)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_files_button)
        buttons.addWidget(self.import_folder_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_box)
        filters = QHBoxLayout()
        filters.addWidget(self.mode_box)
        filters.addWidget(self.tag_box, 1)
        filters.addWidget(self.statements_button)
        self._sync_statements_button()
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.tag_input)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        self.setEnabled(False)
        self._describe()

    def _describe(self) -> None:
        """Names and descriptions for screen readers (the placeholders are not read out)."""
        for widget, name, description in (
                (self.search_box, self.tr("Search the library"),
                 self.tr("Words to find in every article of the library; diacritics and "
                         "spelling variants are ignored")),
                (self.mode_box, self.tr("What to search"),
                 self.mode_box.toolTip()),
                (self.tag_box, self.tr("Tag"),
                 self.tr("List only the articles with this tag")),
                (self.list, self.tr("Articles in the library"),
                 self.tr("Newest first, or the best hits of a search, each with a snippet "
                         "of the match; Enter opens the article")),
                (self.tag_input, self.tr("Add a tag"),
                 self.tr("A tag for the open article; Enter adds it")),
                (self.import_files_button, self.tr("Import Files…"),
                 self.tr("Add article files to the library (Ctrl+I)")),
                (self.import_folder_button, self.tr("Import Folder…"),
                 self.tr("Add every article in a folder to the library (Ctrl+Shift+I)")),
                (self.progress, self.tr("Import progress"),
                 self.tr("How many files are imported or analysed, of how many")),
                (self.cancel_button, self.tr("Cancel"),
                 self.tr("Stop the import after the file being imported")),
                (self.tags_label, self.tr("Tags of the open article"),
                 self.tr("Click × to remove a tag from this article."))):
            widget.setAccessibleName(name.replace("…", ""))
            widget.setAccessibleDescription(description)

    # -- library ---------------------------------------------------------------------------
    @property
    def library(self):
        return self.ops.library

    def _library_changed(self, changes: Changes) -> None:
        if changes.library:
            self.setEnabled(self.library is not None)
            for widget in (self.import_files_button, self.import_folder_button, self.tag_input):
                widget.setEnabled(self.ops.writable)
        if changes.tags:
            self.refresh_tags()
            if changes.touches(self.current_article):
                self._load_article_tags()
        mode, query = self.mode_box.currentData(), self.search_box.text().strip()
        if (changes.articles or changes.library
                or (changes.tags and self.tag_box.currentData())  # the tag filtered by
                or (changes.analyses and mode != "text" and query)  # speakers, entities
                or (changes.notes and mode == "text" and query)):  # note bodies are searched
            self.refresh()

    def _sync_statements_button(self) -> None:
        self.statements_button.setVisible(self.mode_box.currentData() == "speaker"
                                          and bool(self.search_box.text().strip()))

    def _speaker_view(self) -> None:
        name = self.search_box.text().strip()
        if name:
            self.speaker_view_requested.emit(name)

    def set_current_article(self, article_id: int | None) -> None:
        self.current_article = article_id
        self._select_current()
        self._load_article_tags()

    # -- list and search -------------------------------------------------------------------
    def refresh(self) -> None:
        library = self.library
        if library is None:
            return
        from app.library.search import search

        self._query_serial += 1
        serial = self._query_serial
        from app.library.articles import count_articles

        text, tag = self.search_box.text().strip(), self.tag_box.currentData() or None
        mode = self.mode_box.currentData()
        query = text if mode == "text" else ""
        speaker = text if mode == "speaker" and text else None
        entity = text if mode == "entity" and text else None

        def work():
            hits = search(library, query, speaker=speaker, entity=entity, tag=tag,
                          limit=LIST_LIMIT)
            return hits, count_articles(library)

        run_background(self, work, lambda result: self._show_hits(serial, *result, query),
                       lambda exc: self.status.emit(user_message(exc)))

    def _show_hits(self, serial: int, hits: list, total: int, query: str = "") -> None:
        if serial != self._query_serial:
            return  # the user typed more meanwhile
        self.list.clear()
        self.shown_query = query
        muted = self.palette().color(QPalette.ColorGroup.Disabled,
                                     QPalette.ColorRole.WindowText).name()
        tint = highlight_colors().find.name()
        for hit in hits:
            title = hit.title or self.tr("(untitled article)")
            details = " · ".join(x for x in (_source_name(hit.source), (hit.date or "")[:10]) if x)
            lines = [title, details] if details else [title]
            snippet = hit.snippet if query and hit.snippet and hit.snippet.highlights else None
            if snippet is not None:  # the words around the match, read by screen readers too
                lines.append(snippet.text)
            item = QListWidgetItem("\n".join(lines))
            item.setData(ARTICLE_ROLE, hit.article_id)
            if query:
                item.setData(HIT_HTML_ROLE, hit_html(
                    title, hit.title_highlights if hit.title else [], details, snippet,
                    muted, tint))
            if hit.snippet and hit.snippet.text:
                item.setToolTip(hit.snippet.text)
            self.list.addItem(item)
        if self.search_box.text().strip() or self.tag_box.currentData():
            self.count_label.setText(self.tr("%n article(s) found", "", len(hits)))
        elif len(hits) < total:
            self.count_label.setText(self.tr("The newest {0} of %n article(s)", "", total)
                                     .format(len(hits)))
        else:
            self.count_label.setText(self.tr("%n article(s)", "", total))
        self._select_current()

    def article_ids(self) -> list[int]:
        return [self.list.item(i).data(ARTICLE_ROLE) for i in range(self.list.count())]

    def export_listed(self, fmt: str, path: str | None = None) -> None:
        """Export every article listed (all, or a search's or tag's results) into one file."""
        from app.exchange import write_export_in_background

        ids = self.article_ids()
        if self.library is None or not ids:
            self.error.emit(self.tr("No articles are listed in the library to export."))
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export Articles"), f"articles-{len(ids)}.{fmt}")
        if path:
            write_export_in_background(self, self.library, ids, fmt, path, self.status.emit,
                                       self.error.emit)

    def _select_current(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ARTICLE_ROLE) == self.current_article:
                self.list.setCurrentItem(item)
                return

    def _chosen(self, item: QListWidgetItem) -> None:
        article_id = item.data(ARTICLE_ROLE)
        if article_id is None:
            return
        if self.shown_query:
            self.search_hit_chosen.emit(int(article_id), self.shown_query)
        if article_id != self.current_article:
            self.article_chosen.emit(int(article_id))

    def _list_menu(self, point) -> None:
        item = self.list.itemAt(point)
        if item is None or self.library is None:
            return
        article_id = int(item.data(ARTICLE_ROLE))
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.article_chosen.emit(article_id))
        if not self.library.read_only:
            menu.addAction(self.tr("Delete from the Library…"),
                           lambda: self.delete_article(article_id, item.text().split("\n")[0]))
        menu.exec(self.list.viewport().mapToGlobal(point))
        menu.deleteLater()

    def delete_article(self, article_id: int, title: str, confirm: bool = True) -> None:
        """Remove an article; its notes are kept, as detached notes with their quotes."""
        if confirm and QMessageBox.question(
                self, self.tr("Delete Article"),
                self.tr("Delete «{0}» from the library? Its notes are kept as detached notes.")
                .format(title)) != QMessageBox.StandardButton.Yes:
            return
        from app.library.articles import delete_article

        self.ops.run(lambda library: delete_article(library, article_id),
                     Changes(articles=True, analyses=True, notes=True, tags=True,
                             deleted={article_id}),
                     on_error=lambda exc: self.status.emit(user_message(exc)), owner=self)

    # -- tags ------------------------------------------------------------------------------
    def refresh_tags(self) -> None:
        library = self.library
        if library is None:
            return
        from app.library.tags import all_tags

        run_serial(lambda: all_tags(library), self._show_tags,
                   lambda exc: self.status.emit(user_message(exc)), owner=self)

    def _show_tags(self, tags: list[tuple[str, int]]) -> None:
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), "")
        for name, count in tags:
            self.tag_box.addItem(f"{name} ({count})", name)
        index = self.tag_box.findData(current)
        self.tag_box.setCurrentIndex(max(0, index))
        self.tag_box.blockSignals(False)
        if current and index < 0:  # the tag filtered by is gone: list all articles again
            self.refresh()

    def _load_article_tags(self) -> None:
        library, article_id = self.library, self.current_article
        if library is None or article_id is None:
            self.tags_label.setText("")
            return
        from app.library.tags import article_tags

        run_serial(lambda: article_tags(library, article_id),
                   lambda tags: self._show_article_tags(article_id, tags),
                   lambda exc: self.status.emit(user_message(exc)), owner=self)

    def _show_article_tags(self, article_id: int, tags: list[str]) -> None:
        """The article's tags, each with a × link that removes it from the article."""
        if article_id != self.current_article:
            return
        self.article_tag_names = list(tags)
        remove = html.escape(self.tr("remove"))
        chips = [f"{html.escape(name)}&nbsp;<a href=\"{i}\" title=\"{remove}\">×</a>"
                 for i, name in enumerate(tags)]
        self.tags_label.setText(self.tr("Tags: {0}").format("، ".join(chips)) if tags else "")
        self.tags_label.setToolTip(self.tr("Click × to remove a tag from this article.")
                                   if tags else "")

    def _remove_tag_link(self, link: str) -> None:
        if link.isdigit() and int(link) < len(self.article_tag_names):
            self.remove_tag(self.article_tag_names[int(link)])

    def remove_tag(self, name: str) -> None:
        """Take a tag off the current article (the filter list drops tags nothing carries)."""
        article_id = self.current_article
        if article_id is None or not self.ops.writable:
            return
        from app.library.tags import untag_article

        self.ops.run(lambda library: untag_article(library, article_id, name),
                     Changes(tags=True, article_ids={article_id}),
                     on_error=lambda exc: self.status.emit(user_message(exc)), owner=self)

    def _add_tag(self) -> None:
        name = self.tag_input.text().strip()
        article_id = self.current_article
        if not name or self.library is None or article_id is None:
            return
        from app.library.tags import tag_article

        self.tag_input.clear()
        self.ops.run(lambda library: tag_article(library, article_id, name),
                     Changes(tags=True, article_ids={article_id}),
                     on_error=lambda exc: self.status.emit(user_message(exc)), owner=self)

    # -- import ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Articles"), "",
            article_filter())
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a Folder of Articles"))
        if folder:
            self.import_paths([folder])

    def choose_archive(self) -> None:
        """File > Import Analysed Archive…: the output folder of `python -m extract batch`."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import an Analysed Archive (a batch output folder)"))
        if folder:
            self.import_archive(folder)

    def import_archive(self, folder: str | Path) -> None:
        """Import a batch output folder with its analyses (nothing is analysed again), in
        streaming transactions, with the same progress bar and Cancel as a folder import."""
        library = self.library
        if library is None or self._stop is not None:
            return
        from app.library.batch_import import import_batch

        stop = threading.Event()
        self._stop = stop
        emit = self._throttled_progress()

        def report(done: int, total: int) -> None:
            emit(done, total, Path(folder).name)

        self._start_progress()
        self.ops.run(lambda lib: import_batch(lib, folder, progress=report,
                                              should_stop=stop.is_set),
                     lambda result: Changes(articles=bool(result.added or result.updated),
                                            analyses=bool(result.added or result.updated)),
                     self._archive_done, self._import_failed, owner=self, long=True)

    def _archive_done(self, report) -> None:
        stopped = self._stop is not None and self._stop.is_set()
        self._finish_import()
        message = self.tr("Archive import: {0} added, {1} already in the library, {2} could "
                          "not be imported.").format(report.added + report.updated,
                                                     report.duplicates, len(report.errors))
        if report.other_extractor:
            message += " " + self.tr("{0} were analysed by another Sanad version and are "
                                     "re-analysed when opened.").format(report.other_extractor)
        if stopped or report.stopped:
            message += " " + self.tr("(cancelled)")
        self.status.emit(message)

    def _throttled_progress(self):
        """(done, total, name) -> the progress signal, from the worker, at most every
        PROGRESS_EVERY_S (and always the last step): the bar moves without flooding the UI."""
        progress = self._progress
        last = [0.0]

        def emit(done: int, total: int, name: str, final: bool | None = None) -> None:
            now = time.monotonic()
            if (done == total if final is None else final) or now - last[0] >= PROGRESS_EVERY_S:
                last[0] = now
                progress.advanced.emit(done, total, name)
        return emit

    def is_importing(self) -> bool:
        return self._stop is not None

    def import_paths(self, paths: list[str | Path], analyze: bool = True) -> None:
        library = self.library
        if library is None or self._stop is not None:
            return
        from app.library.importer import import_paths

        stop = threading.Event()
        self._stop = stop
        emit = self._throttled_progress()

        def report(done: int, total: int, path: Path) -> None:
            emit(done, total, path.name)

        def work():
            result = import_paths(library, paths, progress=report, analyze=False,
                                  should_stop=stop.is_set)
            if analyze and not stop.is_set() and (result.added or result.updated):
                _analyse_new(library, result, report_analysis, stop)
            return result

        def report_analysis(done: int, total: int) -> None:
            emit(done, -total, "", final=done == total)

        self._start_progress()
        self.ops.run(lambda _library: work(), lambda report: _import_changes(report, analyze),
                     self._import_done,
                     self._import_failed, owner=self, long=True)

    def _start_progress(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Importing…"))
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.import_files_button.setEnabled(False)
        self.import_folder_button.setEnabled(False)

    def cancel_import(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Stopping…"))

    def _show_progress(self, done: int, total: int, name: str) -> None:
        if self._stop is None or self._stop.is_set():
            return
        if total < 0:  # analysing what was imported
            self.progress.setRange(0, -total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Analysing %v of %m"))
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Importing %v of %m"))
        self.progress.setToolTip(name)

    def _finish_import(self) -> None:
        self._stop = None
        self.progress.hide()
        self.cancel_button.hide()
        read_only = self.library is None or self.library.read_only
        self.import_files_button.setEnabled(not read_only)
        self.import_folder_button.setEnabled(not read_only)

    def _import_done(self, report) -> None:
        stopped = self._stop is not None and self._stop.is_set()
        self._finish_import()
        message = self.tr("Import: {0} added, {1} already in the library, {2} could not be "
                          "imported.").format(len(report.added) + len(report.updated)
                                              + len(getattr(report, "versions", ())),
                                              len(report.duplicates), len(report.errors))
        if stopped:
            message += " " + self.tr("(cancelled)")
        if report.errors:
            path, reason = report.errors[0]
            message += " " + reason
        self.status.emit(message)
        self.import_finished.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        self._finish_import()
        self.status.emit(self.tr("The import failed: {0}").format(user_message(exc)))


def _import_changes(report, analyzed: bool) -> Changes:
    """Articles added or re-imported (their notes re-anchored), and their analyses."""
    changed = [*report.added, *report.updated, *report.versions]
    return Changes(articles=bool(changed), analyses=analyzed and bool(changed),
                   notes=bool(report.updated or report.versions), article_ids=changed)


def _analyse_new(library, report, progress, stop: threading.Event) -> None:
    """Analyse the articles just imported, so speaker and entity filters find them."""
    from app.library.analyses import analysis_for
    from app.library.db import LibraryError

    ids = [*report.added, *report.updated, *report.versions]
    for done, article_id in enumerate(ids, start=1):
        if stop.is_set():
            return
        try:
            analysis_for(library, article_id)
        except LibraryError as exc:
            report.warnings.append((str(article_id), user_message(exc)))
            if "analyser" in str(exc):
                return  # not installed: every article would fail the same way
        except Exception as exc:  # an analyser bug must not stop the import
            report.warnings.append((str(article_id), user_message(exc)))
        progress(done, len(ids))


def _source_name(source: str | None) -> str:
    if not source:
        return ""
    if "://" in source:
        return source.split("://", 1)[1].split("/", 1)[0]
    return Path(source).name
