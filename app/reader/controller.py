"""The article on screen: opening, pasting, storing and analysing it, what hovering and clicking
on it show, and moving between the mentions of a name and to statements and notes.

The controller owns the reading state (the article, its library id, its analysis and the name
spellings of that analysis) and the article view and its highlights. It never touches a panel:
the window connects the panels to its signals, and it learns about library changes from
`library_changed` like every view. Loading, storing and analysing run on workers
(`app.reader.loading`); the controller only reacts to results.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

from PySide6.QtCore import QMetaMethod, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from app.bidi_text import isolate
from app.library.changes import Changes
from app.library.names import NameRow, name_rows
from app.library_ops import LibraryOps
from app.panels.background import run_background, run_serial
from app.reader import loading
from app.reader.article_view import ArticleView, prepare_text
from app.reader.blocks import is_long, paragraph_blocks
from app.reader.highlighter import Highlighter
from app.reader.labels import claim_kind_label, entity_kind_label
from app.reader.loading import Loaded
from app.reader.model import AnalysisModel, Span
from app.user_messages import user_message
from extract.document import Article
from extract.errors import ExplainedError
from extract.load import LoadError, article_from_text
from extract.model import Analysis
from extract.resources import resource_path

SAMPLE = ("samples", "seed-libya.txt")


BLOCK_SHOW_MS = 150  # a long article's highlights are refreshed at most this often


class _BlockRelay(QObject):
    """Carries a block's result from the worker to the UI thread (a queued signal)."""
    block = Signal(int, int, object)  # done, total, (analysis so far, its model)


class ReaderController(QObject):
    article_shown = Signal()  # a new article is on screen (its analysis may follow)
    analysis_shown = Signal()
    current_changed = Signal(object)  # the library id of the article on screen, or None
    model_changed = Signal(object)  # the AnalysisModel on screen, or None
    names_found = Signal(object)  # list[NameRow] for the analysis on screen
    names_failed = Signal(str)
    note_requested = Signal(str, str)  # kind ("speaker", "entity"), name
    busy_changed = Signal(bool)
    scan_opened = Signal(str)  # the path of a scanned PDF that OCR could read
    nothing_to_open = Signal()  # at start-up: no file and an empty library
    progress = Signal(str)  # a long article's analysis: what it is doing ("" once it is over)
    status = Signal(str)
    error = Signal(str)

    def __init__(self, view: ArticleView, highlighter: Highlighter, ops: LibraryOps,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.view, self.highlighter, self.ops = view, highlighter, ops
        self.dialog_parent = parent
        self.article: Article | None = None
        self.article_id: int | None = None
        self.analysis: Analysis | None = None
        self.model: AnalysisModel | None = None
        self.names: dict[str, NameRow] = {}  # entity id -> its spellings, for the hover text
        self._names_serial = 0
        self._busy = 0
        self._words = 0
        self._focus_spans: list[Span] = []
        self._focus_index = 0
        self._blocks_run = 0  # which block-by-block analysis is current
        self._blocks_running = False
        self._cancel_blocks = threading.Event()
        # A block's highlights are shown at most every BLOCK_SHOW_MS: blocks can arrive faster
        # than the panels rebuild, and queued results would run back to back, freezing the
        # window; each block's result holds all blocks before it, so only the latest is shown.
        self._latest_block: tuple | None = None
        self._block_timer = QTimer(self)
        self._block_timer.setSingleShot(True)
        self._block_timer.setInterval(BLOCK_SHOW_MS)
        self._block_timer.timeout.connect(self._block_timer_fired)
        self._dropped: Article | None = None  # its analysis was cancelled: ignore its result
        self._progress_text = ""
        self.progress.connect(self._remember_progress)
        view.tooltip_provider = self.tooltip_at
        view.context_provider = self.entity_actions
        view.clicked_at.connect(self._clicked_text)
        ops.library_changed.connect(self._library_changed)

    # -- busy ------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._busy > 0

    def set_busy(self, delta: int) -> None:
        """+1 when work the user waits for starts, -1 when it ends."""
        self._busy += delta
        self.busy_changed.emit(self._busy > 0)

    # -- opening ---------------------------------------------------------------------------
    def open_path(self, path: str | Path) -> None:
        size = self.view.point_size()
        self._start(lambda: loading.prepare(loading.load_or_mark_scan(path), size),
                    self.tr("Opening {0}…").format(isolate(Path(path).name)))

    def open_article(self, article: Article) -> None:
        """Show, store and analyse an article read elsewhere (a scan recognised by OCR)."""
        size = self.view.point_size()
        self._start(lambda: loading.prepare(article, size), self.tr("Opening…"))

    def open_text(self, text: str, source: str | None = None) -> None:
        from app.library.db import storable

        size = self.view.point_size()
        # Broken clipboard data can hold lone surrogates: shown and stored as U+FFFD instead.
        self._start(lambda: loading.prepare(article_from_text(storable(text), source), size),
                    self.tr("Reading pasted text…"))

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.error.emit(self.tr("The clipboard has no text to paste."))
            return
        self.open_text(text, source=None)

    def paste_if_empty(self) -> None:
        if self.article is None:
            self.paste_article()

    def open_article_id(self, article_id: int) -> None:
        """Open an article from the library, with its cached analysis when there is one."""
        library = self.ops.library
        if library is None:
            return
        self.set_busy(+1)
        self.status.emit(self.tr("Opening…"))

        def fetched(result: tuple[Loaded, Analysis | None, bool]) -> None:
            loaded, analysis, current = result
            self.show_article(loaded.article, article_id, loaded)
            if analysis is not None and analysis.text == loaded.article.text:
                self.show_analysis(analysis)
            if current:
                self.set_busy(-1)
            else:  # never analysed, or by an older extractor: (re-)analyse in the background
                self._analyse(loaded.article)

        size = self.view.point_size()
        run_serial(lambda: loading.fetch_article(library, article_id, size), fetched,
                   self._on_load_failed, owner=self)

    def open_initial(self, file: str | Path | None) -> None:
        """At start-up: `file`, else the article read last, else nothing (the window shows its
        empty state: the sample opens only when the user asks for it)."""
        if file is not None:
            self.open_path(file)
            return
        library = self.ops.library
        self.set_busy(+1)

        def chosen(article_id: int | None) -> None:
            if article_id is None:
                self.nothing_to_open.emit()
            else:
                self.open_article_id(article_id)
            self.set_busy(-1)

        def failed(exc: BaseException) -> None:
            self.error.emit(user_message(exc))
            self.nothing_to_open.emit()
            self.set_busy(-1)

        run_serial(lambda: loading.last_article(library), chosen, failed, owner=self)

    def open_sample(self) -> None:
        self.open_path(resource_path(*SAMPLE))

    def _start(self, loader, message: str) -> None:
        """Load in the background, show the text at once, then store and analyse it."""
        self.set_busy(+1)
        self.status.emit(message)
        run_background(self, loader, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, loaded: Loaded) -> None:
        article = loaded.article
        self.show_article(article, None, loaded)
        if not self.ops.writable:
            self._analyse(article)
            return

        def stored(result: tuple[int, str, Loaded | None]) -> None:
            article_id, _status, relaid = result
            if article is not self.article:
                self.set_busy(-1)
                return
            shown = article
            if relaid is not None:  # the library already had it, laid out differently
                shown = relaid.article
                self.show_article(shown, article_id, relaid)
            else:
                self._set_article_id(article_id)
            self._analyse(shown)

        def not_stored(exc: BaseException) -> None:
            self.status.emit(user_message(exc))
            self._analyse(article)

        size = self.view.point_size()
        self.ops.run(lambda library: loading.store_article(library, article, size),
                     lambda result: Changes() if result[1] == "duplicate" else Changes(
                         articles=True, notes=result[1] in ("updated", "version"),
                         article_ids={result[0]}),
                     stored, not_stored, owner=self)

    def _analyse(self, article: Article) -> None:
        """Analyse off the UI thread: through the library's cache when the article is in it;
        a long article block by block first (its highlights arrive as blocks are done)."""
        if is_long(article):
            self._analyse_in_blocks(article)
        else:
            self._analyse_whole(article)

    def _analyse_in_blocks(self, article: Article) -> None:
        self._stop_blocks()
        self._blocks_run += 1
        run = self._blocks_run
        cancel = self._cancel_blocks = threading.Event()
        self._blocks_running = True
        total = len(paragraph_blocks(article))
        relay = _BlockRelay(self)
        relay.block.connect(lambda done, count, payload: self._block_analysed(
            article, run, done, count, payload))
        library, article_id = self.ops.library, self.article_id
        self.progress.emit(self.tr("Analysing block {0} of {1}…").format(1, total))

        def job() -> Analysis | None:
            if library is not None and article_id is not None:
                found = loading.cached(library, article_id)
                if found is not None:
                    return found

            def on_block(done: int, count: int, so_far: Analysis) -> None:
                relay.block.emit(done, count, (so_far, AnalysisModel(so_far)))

            return loading.analyse_in_blocks(article, on_block, cancel.is_set)

        def done(result: Analysis | None) -> None:
            relay.deleteLater()
            if run != self._blocks_run or not self._blocks_running:
                return  # cancelled (already counted as ended) or replaced by another run
            self._blocks_running = False
            if article is not self.article:
                self.set_busy(-1)
                return
            if loading.is_current(result):  # the library had it: nothing more to do
                self.progress.emit("")
                self._on_analyzed(article, result)
                return
            self.progress.emit(self.tr("Checking names and speakers across the whole article…"))
            self._analyse_whole(article)

        def failed(exc: BaseException) -> None:
            relay.deleteLater()
            if run == self._blocks_run and self._blocks_running:
                self._blocks_running = False
                self.progress.emit("")
                self._on_analysis_failed(article, exc)

        run_background(self, job, done, failed)

    def _block_analysed(self, article: Article, run: int, done: int, total: int,
                        payload: tuple[Analysis, AnalysisModel]) -> None:
        if run != self._blocks_run or not self._blocks_running or article is not self.article:
            return
        if done < total:
            self.progress.emit(self.tr("Analysing block {0} of {1}…").format(done + 1, total))
        self._latest_block = (article, run, payload)
        if not self._block_timer.isActive():  # nothing shown for BLOCK_SHOW_MS: show it now
            self._show_latest_block()
            self._block_timer.start()

    def _block_timer_fired(self) -> None:
        """Show what arrived meanwhile, then wait BLOCK_SHOW_MS again before the next."""
        if self._latest_block is not None:
            self._show_latest_block()
            self._block_timer.start()

    def _show_latest_block(self) -> None:
        latest, self._latest_block = self._latest_block, None
        if latest is None:
            return
        article, run, payload = latest
        if run != self._blocks_run or not self._blocks_running or article is not self.article:
            return
        self.show_analysis(*payload, final=False)

    def cancel_analysis(self) -> None:
        """Stop a long article's analysis: the highlights of the blocks done stay."""
        if self.article is None or not self._progress_text:
            return
        if self._blocks_running:
            self._block_timer.stop()
            self._show_latest_block()  # what was analysed before Cancel stays on screen
            self._stop_blocks()
        else:  # the whole-article pass: its result, when it comes, is dropped
            self._dropped = self.article
            self.progress.emit("")
            self.set_busy(-1)
        self.status.emit(self.tr("Analysis stopped: the highlights cover the part analysed."))

    def _stop_blocks(self) -> None:
        """End the block-by-block analysis in progress (it stops before its next block)."""
        if self._blocks_running:
            self._blocks_running = False
            self._cancel_blocks.set()
            self.progress.emit("")
            self.set_busy(-1)

    def progress_text(self) -> str:
        return self._progress_text

    def _remember_progress(self, text: str) -> None:
        self._progress_text = text

    def _analyse_whole(self, article: Article) -> None:
        self.status.emit(self.tr("Analysing…"))
        article_id = self.article_id

        def with_model(analysis: Analysis) -> tuple[Analysis, AnalysisModel]:
            return analysis, AnalysisModel(analysis)  # its lookups are built off the UI thread

        def done(result: tuple[Analysis, AnalysisModel]) -> None:
            self._on_analyzed(article, *result)

        def failed(exc: BaseException) -> None:
            self._on_analysis_failed(article, exc)

        if article_id is not None and self.ops.library is not None:
            def stored(library) -> tuple[Analysis, AnalysisModel, bool]:
                analysis, new = loading.analyse_stored(library, article_id, article)
                return (*with_model(analysis), new)

            self.ops.run(stored, lambda r: Changes(analyses=True, article_ids={article_id},
                                                   origin=self) if r[2] else Changes(),
                         lambda r: done(r[:2]), failed, owner=self, long=True)
        else:
            run_background(self, lambda: with_model(loading.analyze(article)), done, failed)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.set_busy(-1)
        if getattr(exc, "ocr_path", None) and self.isSignalConnected(
                QMetaMethod.fromSignal(self.scan_opened)):
            self.scan_opened.emit(exc.ocr_path)  # a scan Tesseract can read: OCR is offered
        elif isinstance(exc, ExplainedError) and exc.kind:
            self.error.emit(user_message(exc))
        elif isinstance(exc, LoadError):
            self.error.emit(str(exc))
        else:
            self.error.emit(self.tr("Sanad could not read this article: {0}").format(
                isolate(exc)))

    def _on_analyzed(self, article: Article, analysis: Analysis,
                     model: AnalysisModel | None = None) -> None:
        if self._dropped is article:  # cancelled by the user (the busy count already ended)
            self._dropped = None
            return
        if self._progress_text:
            self.progress.emit("")
        self.set_busy(-1)
        if article is not self.article:  # the user opened another article meanwhile
            return
        self.show_analysis(analysis, model)

    def _on_analysis_failed(self, article: Article, exc: BaseException) -> None:
        if self._dropped is article:
            self._dropped = None
            return
        if self._progress_text:
            self.progress.emit("")
        self.set_busy(-1)
        if article is not self.article:
            return
        self.error.emit(self.tr("The article is shown, but its analysis failed: {0}")
                        .format(user_message(exc)))

    # -- showing ---------------------------------------------------------------------------
    def show_article(self, article: Article, article_id: int | None = None,
                     loaded: Loaded | None = None) -> None:
        if loaded is None or loaded.article is not article:
            loaded = Loaded(article, prepare_text(article.text, self.view.point_size(), False),
                            loading.word_count(article))
        if article is not self.article:
            self._stop_blocks()  # the previous article's; its whole-article pass is ignored
            if self._progress_text:
                self.progress.emit("")
        self.article, self.analysis, self.model = article, None, None
        self.names = {}
        self._names_serial += 1
        self._words = loaded.words
        self._focus_spans = []
        self.highlighter.clear()
        self.view.note_markers = []
        self.view.set_article_text(article.text, loaded.prepared)
        self.model_changed.emit(None)
        self._set_article_id(article_id)
        self._show_status()
        self.article_shown.emit()

    def _set_article_id(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.current_changed.emit(article_id)

    def show_analysis(self, analysis: Analysis, model: AnalysisModel | None = None,
                      final: bool = True) -> None:
        """Show an analysis of the article on screen; `final` False for a long article's
        blocks analysed so far (the name spellings, and `analysis_shown`, wait for the whole)."""
        assert self.article is not None
        self.analysis = analysis
        self.model = model if model is not None else AnalysisModel(analysis)
        self.highlighter.set_model(self.model)
        self.model_changed.emit(self.model)
        self._show_status()
        if final:
            self._find_names()
            self.analysis_shown.emit()

    def _show_status(self) -> None:
        article = self.article
        if article is None:
            return
        message = self.tr("{0} paragraphs, {1} words").format(isolate(len(article.paragraphs)),
                                                               isolate(self._words))
        if self.analysis is not None:
            message += " · " + self.tr("{0} entities, {1} claims").format(
                len(self.analysis.entities), len(self.analysis.claims))
        self.status.emit(message)

    # -- name spellings --------------------------------------------------------------------
    def _find_names(self) -> None:
        """The letters, English suggestions and library spellings of the names on screen,
        computed off the UI thread (the Names panel shows them, the hover text uses them)."""
        if self.model is None:
            return
        self._names_serial += 1
        serial = self._names_serial
        entities = self.model.analysis.entities
        library, article_id = self.ops.library, self.article_id
        run_background(self, lambda: name_rows(entities, library, article_id),
                       lambda rows: self._names_ready(serial, rows),
                       lambda exc: self._names_error(serial, exc))

    def _names_ready(self, serial: int, rows: list[NameRow]) -> None:
        if serial != self._names_serial:
            return
        self.names = {row.id: row for row in rows}
        self.names_found.emit(rows)

    def _names_error(self, serial: int, exc: BaseException) -> None:
        if serial == self._names_serial:
            self.names_failed.emit(user_message(exc))

    def transliteration(self, entity_id: str) -> str | None:
        """The letters and the best English form of a name on screen, for the hover text."""
        row = self.names.get(entity_id)
        if row is None:
            return None
        best = row.english[0] if row.english else ""
        return row.hsb + (f" — {best}" if best else "")

    def best_english(self, entity_id: str) -> str:
        row = self.names.get(entity_id)
        return row.english[0] if row and row.english else ""

    def record_spelling(self, entity_id: str) -> None:
        """Ask for the preferred English form of a name and keep it in the glossary."""
        if self.model is None or entity_id not in self.model.entities:
            return
        name = self.model.entities[entity_id].name
        english, ok = QInputDialog.getText(
            self.dialog_parent, self.tr("English Spelling"),
            self.tr("Preferred English form of «{0}»:").format(isolate(name)),
            text=self.best_english(entity_id))
        if ok and english.strip():
            from app.library.glossary import Glossary

            self.ops.run(lambda library: Glossary(library).set(name, english.strip()),
                         Changes(glossary=True),
                         on_error=lambda exc: self.error.emit(user_message(exc)), owner=self)

    # -- library changes -------------------------------------------------------------------
    def _library_changed(self, changes: Changes) -> None:
        if self.article_id is not None and self.article_id in changes.deleted:
            self._set_article_id(None)  # what is on screen is no longer in the library
            self.status.emit(self.tr("The article was deleted from the library."))
        if changes.origin is self or changes.library or self.model is None:
            return  # another library: the article it opens brings its own analysis
        if changes.corrections and changes.touches(self.article_id):
            self._reload_analysis(any_extractor=True)  # who said what, as the user corrected it
        elif changes.analyses and changes.touches(self.article_id) \
                and not loading.is_current(self.analysis):
            self._reload_analysis()  # re-analysed in the background while it was on screen
        elif changes.glossary or changes.analyses or changes.articles:
            self._find_names()  # the preferred or the library's spellings may differ now

    def _reload_analysis(self, any_extractor: bool = False) -> None:
        """The article's stored analysis again (this extractor's, or with `any_extractor` the
        newest one), with the user's corrections."""
        from app.library.analyses import cached_analysis, latest_analysis

        article, article_id = self.article, self.article_id

        def fetch(library):
            found = (latest_analysis if any_extractor else cached_analysis)(library, article_id)
            found = loading.corrected(library, article_id, found)
            return (found, AnalysisModel(found)) if found is not None else None

        def fetched(result) -> None:
            if result is not None and article is self.article \
                    and result[0].text == article.text:
                self.show_analysis(*result)

        library = self.ops.library
        run_serial(lambda: fetch(library), fetched, lambda _exc: None, owner=self)

    # -- hover and click -------------------------------------------------------------------
    def tooltip_at(self, index: int) -> str | None:
        model = self.model
        if model is None:
            return None
        entity = model.entity_at(index)
        if entity is not None:
            lines = [f"<b>{html.escape(isolate(entity.name))}</b> — "
                     f"{entity_kind_label(entity.type)}"]
            spelled = self.transliteration(entity.id)
            if spelled:
                lines.append(html.escape(isolate(spelled)))
            lines.append(self.tr("%n mention(s)", "", len(entity.mentions)))
            return "<br>".join(lines)
        for claim in model.claims:
            if claim.content and claim.content[0] <= index < claim.content[1]:
                who = model.speaker_name(claim) or self.tr("unattributed")
                return self.tr("Statement ({0}) by {1}").format(claim_kind_label(claim.kind),
                                                               isolate(who))
        return None

    def entity_actions(self, index: int | None) -> list[QAction]:
        """Right-click on a name: select its mentions, note it, record its English spelling."""
        entity = self.model.entity_at(index) if self.model and index is not None else None
        if entity is None:
            return []
        select = QAction(self.tr("Select All Mentions of «{0}»").format(isolate(entity.name)), self)
        select.triggered.connect(lambda: self.focus_entity(entity.id))
        actions = [select]
        if self.ops.writable:
            note = QAction(self.tr("Add a Note on «{0}»").format(isolate(entity.name)), self)
            note.triggered.connect(lambda: self.note_requested.emit("entity", entity.name))
            actions.append(note)
        if entity.type in ("PER", "ORG", "LOC") and self.ops.writable:
            spell = QAction(self.tr("Record the English Spelling of «{0}»…").format(
                isolate(entity.name)), self)
            spell.triggered.connect(lambda: self.record_spelling(entity.id))
            actions.append(spell)
        return actions

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

    # -- navigation ------------------------------------------------------------------------
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
        self.status.emit(self.tr("{0}: %n mention(s) — F3 for the next", "",
                                 len(entity.mentions)).format(isolate(entity.name)))

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

    def show_note(self, note) -> None:
        """Scroll to the text a note was written on (a detached note has none)."""
        if note.detached or note.start is None or note.end is None:
            return
        self.scroll_to(note.start, note.end)

    def scroll_to(self, start: int, end: int) -> None:
        """Put the cursor at a span's start with the span in the middle of the view (its start
        a quarter down when it is taller than the view), and flash it (once a long article's
        text has reached it)."""
        if not self.view.holds(end):
            self.view.after_fill(lambda: self.scroll_to(start, end))
            return
        view = self.view
        cursor = view.cursor_for(end, end)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()  # lays the text out down to the span
        cursor = view.cursor_for(start, start)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        top = view.cursorRect(view.cursor_for(start, start)).top()
        bottom = view.cursorRect(view.cursor_for(end, end)).bottom()
        height = view.viewport().height()
        target = (top + bottom) // 2 - height // 2 if bottom - top < height * 3 // 4 \
            else top - height // 4
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + target)
        self.highlighter.flash(start, end)

    def show_notes(self, notes: list) -> None:
        """Mark the text the article's notes were written on."""
        spans = [(n.start, n.end) for n in notes
                 if n.kind == "span" and not n.detached and n.start is not None
                 and n.end is not None and self.article and n.end <= len(self.article.text)]
        self.highlighter.set_note_spans(spans)
        self.view.note_markers = sorted({s for s, _ in spans})
        self.view.viewport().update()
