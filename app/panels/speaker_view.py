"""The speaker view: everything one speaker said across the library, in a window of its own.

One row per statement, oldest article first (the article's publication date, else the day it was
imported, shown in italics): date, article, kind, the statement and whether the same words were
said elsewhere (by this speaker in another article, or by someone else) and who said them first.
Above the list, a timeline of the statements per day, week or month and their count per outlet;
both export with the statements (CSV, Markdown). Clicking a row (or Enter) opens its article in
the main window, scrolled to the statement and highlighted.

It opens from a speaker card's menu, from the library's speaker filter, and from its own box,
which takes a name or a question: «what did «فائز السراج» say about «طرابلس»». The queries run
off the UI thread (`app.library.speaker_queries`); the same-words look-up, which may first key
the library's claims, follows once the rows are shown.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.library.changes import Changes
from app.library.speaker_queries import (
    PERIODS,
    QUOTE_KEY_BATCH,
    SameQuote,
    SpeakerStatements,
    Statement,
    best_period,
    ensure_quote_keys,
    parse_question,
    per_outlet,
    same_quotes,
    speaker_statements,
    timeline,
    undated,
)
from app.panels.background import run_background, run_serial
from app.reader.labels import claim_kind_label
from app.speaker_timeline import SpeakerTimeline
from extract.document import Span

STATEMENT_CHARS = 220
SPELLINGS = 6  # spellings named in the summary (all of them in its tooltip)
KIND_COLORS = {"direct": "#c0392b", "indirect": "#1f5fa8", "mixed": "#8e44ad"}
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
          | Qt.AlignmentFlag.AlignVCenter)


def _isolated(text: str) -> str:
    """`text` between two marks of the interface's direction (LRM or RLM), so that an Arabic
    name and the count after it keep their order in an English line (Qt's labels do not honour
    the FSI/PDI isolates)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mark = "\u200f" if rtl else "\u200e"
    return f"{mark}{text}{mark}"


def _short(text: str, limit: int = STATEMENT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class StatementsModel(QAbstractTableModel):
    """The statements as table rows (a model, so thousands of rows fill at once)."""

    DATE, ARTICLE, KIND, STATEMENT, SAME = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Statement] = []
        self.quotes: dict[int, SameQuote] = {}
        self._headers = [self.tr("Date"), self.tr("Article"), self.tr("Kind"),
                         self.tr("Statement"), self.tr("Same words")]

    def set_rows(self, rows: list[Statement]) -> None:
        self.beginResetModel()
        self.rows, self.quotes = list(rows), {}
        self.endResetModel()

    def set_quotes(self, quotes: dict[int, SameQuote]) -> None:
        self.quotes = quotes
        if self.rows:
            self.dataChanged.emit(self.index(0, self.SAME),
                                  self.index(len(self.rows) - 1, self.SAME))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def same_words_text(self, s: Statement) -> str:
        group = self.quotes.get(s.claim_id)
        if group is None:
            return ""
        others = len(group.others(s.claim_id))
        if group.first.claim_id == s.claim_id:
            return self.tr("first; %n other(s)", "", others)
        first = group.first
        return self.tr("%n other(s); first {0}, {1}", "", others).format(
            first.date[:10], _isolated(first.speaker or "?"))

    def same_words_details(self, s: Statement) -> str:
        group = self.quotes.get(s.claim_id)
        if group is None:
            return ""
        lines = [self.tr("The same words in %n statement(s), earliest first:", "",
                         len(group.occurrences))]
        for o in group.occurrences:
            here = self.tr(" (this one)") if o.claim_id == s.claim_id else ""
            date = o.date[:10] if o.published else self.tr("{0} (imported)").format(o.date[:10])
            title = _isolated(f"«{o.title or self.tr('untitled')}»")
            lines.append(f"{date} — {_isolated(o.speaker or '?')} — {title}{here}")
        return "\n".join(lines)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        s, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return s.day
            if column == self.ARTICLE:
                # some outlets' titles carry HTML entities («&quot;»)
                return _short(html.unescape(s.title) if s.title else
                              self.tr("(untitled article)"), 80)
            if column == self.KIND:
                return claim_kind_label(s.kind)
            if column == self.STATEMENT:
                return _short(s.content)
            return self.same_words_text(s)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DATE:
                return self.tr("Publication date") if s.published else self.tr(
                    "Imported on this day (the article's own date is not known)")
            if column == self.ARTICLE:
                return " · ".join(x for x in (s.title, s.outlet) if x)
            if column == self.STATEMENT:
                return " ".join(s.content.split())
            if column == self.SAME:
                return self.same_words_details(s) or None
        if role == Qt.ItemDataRole.FontRole and column == self.DATE and not s.published:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.KIND:
            return QColor(KIND_COLORS.get(s.kind, "#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ARTICLE,
                                                                     self.STATEMENT):
            return int(_RIGHT)
        return None


class StatementsTable(QTableView):
    """Enter on a row opens it, as a click does."""

    row_activated = Signal(int)

    def select_row(self, row: int) -> None:
        """Make `row` current and selected. (QTableView.selectRow finds no column to select in a
        right-to-left view whose columns fill it exactly, and selects nothing.)"""
        from PySide6.QtCore import QItemSelectionModel

        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.selectionModel().setCurrentIndex(self.model().index(row, 0), flags)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class SpeakerView(QWidget):
    """Everything a speaker said across the library (a top-level window)."""

    statement_activated = Signal(int, int, int)  # article id, start, end
    statements_shown = Signal()   # rows, timeline and outlets filled
    quotes_shown = Signal()       # the same-words column filled
    status = Signal(str)

    def __init__(self, ops, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ops = ops
        self.found: SpeakerStatements | None = None
        self.exported_paths: list = []  # the files the last export wrote
        self._serial = 0
        self.setWindowTitle(self.tr("What a Speaker Said"))
        self.resize(1000, 680)

        self.speaker_box = QLineEdit()
        self.speaker_box.setClearButtonEnabled(True)
        self.speaker_box.setPlaceholderText(
            self.tr("Speaker, or a question: what did «فائز السراج» say about «طرابلس»"))
        self.speaker_box.returnPressed.connect(self.run_query)
        self.about_box = QLineEdit()
        self.about_box.setClearButtonEnabled(True)
        self.about_box.setPlaceholderText(self.tr("About (words in the statement)"))
        self.about_box.returnPressed.connect(self.run_query)
        self.go_button = QPushButton(self.tr("Show Statements"))
        self.go_button.clicked.connect(self.run_query)
        ask = QHBoxLayout()
        ask.addWidget(self.speaker_box, 3)
        ask.addWidget(self.about_box, 2)
        ask.addWidget(self.go_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline = SpeakerTimeline()
        self.timeline.period_clicked.connect(self.go_to_period)
        self.period_box = QComboBox()
        for per, label in zip(PERIODS, (self.tr("Per day"), self.tr("Per week"),
                                        self.tr("Per month")), strict=True):
            self.period_box.addItem(label, per)
        self.period_box.currentIndexChanged.connect(self._show_timeline)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_csv_action = QAction(self.tr("As CSV…"), self)
        self.export_csv_action.triggered.connect(lambda: self.export("csv"))
        self.export_md_action = QAction(self.tr("As Markdown…"), self)
        self.export_md_action.triggered.connect(lambda: self.export("md"))
        menu.addAction(self.export_csv_action)
        menu.addAction(self.export_md_action)
        self.export_button.setMenu(menu)
        self.export_button.setEnabled(False)
        self.outlets = QTableWidget(0, 2)
        self.outlets.setHorizontalHeaderLabels([self.tr("Outlet"), self.tr("Statements")])
        self.outlets.verticalHeader().hide()
        self.outlets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outlets.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outlets.setMaximumWidth(300)
        tools = QHBoxLayout()
        tools.addWidget(self.summary, 1)
        tools.addWidget(self.period_box)
        tools.addWidget(self.export_button)
        chart_row = QHBoxLayout()
        chart_row.addWidget(self.timeline, 1)
        chart_row.addWidget(self.outlets)

        self.model = StatementsModel(self)
        self.table = StatementsTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StatementsModel.STATEMENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((StatementsModel.DATE, 95), (StatementsModel.ARTICLE, 220),
                              (StatementsModel.KIND, 70), (StatementsModel.SAME, 170)):
            self.table.setColumnWidth(column, width)
        self.table.clicked.connect(lambda index: self.activate_row(index.row()))
        self.table.row_activated.connect(self.activate_row)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_detail(current.row()))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                 | Qt.AlignmentFlag.AlignTop)
        self.detail.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.detail.setMinimumHeight(60)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(tools)
        top_layout.addLayout(chart_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 1)
        split.setSizes([170, 420, 90])
        layout = QVBoxLayout(self)
        layout.addLayout(ask)
        layout.addWidget(split, 1)
        ops.library_changed.connect(self._library_changed)

    # -- asking -----------------------------------------------------------------------------
    def show_speaker(self, name: str, words: str = "") -> None:
        """Show `name`'s statements (about `words`) and bring the window up."""
        self.speaker_box.setText(name)
        self.about_box.setText(words)
        self.show()
        self.raise_()
        self.activateWindow()
        self.run_query()

    def ask(self) -> None:
        """Bring the window up with its box ready for a name or a question."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.speaker_box.setFocus()
        self.speaker_box.selectAll()

    def query(self) -> tuple[str, str]:
        """(speaker, words) from the boxes; a question in the speaker box fills both."""
        speaker, words = parse_question(self.speaker_box.text())
        extra = self.about_box.text().strip()
        return speaker, " ".join(w for w in (words, extra) if w)

    def run_query(self) -> None:
        library = self.ops.library
        speaker, words = self.query()
        if library is None or not speaker:
            self.summary.setText(self.tr("Type a speaker's name.") if library is not None
                                 else self.tr("No library is open."))
            return
        if self.speaker_box.text().strip() != speaker:  # a question: show what was understood
            self.speaker_box.setText(speaker)
            self.about_box.setText(words)
        self._serial += 1
        serial = self._serial
        self.summary.setText(self.tr("Looking for «{0}»…").format(speaker))
        run_background(self, lambda: speaker_statements(library, speaker, words),
                       lambda found: self._show(serial, found),
                       lambda exc: self._failed(serial, exc))

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial == self._serial:
            self.summary.setText(self.tr("The statements could not be read: {0}").format(exc))

    # -- showing ----------------------------------------------------------------------------
    def _show(self, serial: int, found: SpeakerStatements) -> None:
        if serial != self._serial:
            return  # asked again meanwhile
        self.found = found
        self.setWindowTitle(self.tr("What {0} Said").format(found.name))
        self.model.set_rows(found.statements)
        self.summary.setText(self.summary_text(found))
        self.summary.setToolTip("\n".join(f"{name} ({count})" for name, count in found.spellings))
        self.export_button.setEnabled(bool(found.statements))
        self.period_box.blockSignals(True)
        self.period_box.setCurrentIndex(PERIODS.index(best_period(found.statements)))
        self.period_box.blockSignals(False)
        self._show_timeline()
        self._show_outlets()
        self.detail.setText("")
        if found.statements:
            self.table.select_row(0)
            self._show_detail(0)
        self.statements_shown.emit()
        self._find_quotes(serial, found)

    def summary_text(self, found: SpeakerStatements) -> str:
        if not found.statements:
            if found.words:
                return self.tr("No statements by «{0}» about «{1}» in the library.").format(
                    found.name, found.words)
            return self.tr("No statements by «{0}» in the library.").format(found.name)
        text = self.tr("%n statement(s)", "", len(found.statements)) + " " + self.tr(
            "in %n article(s)", "", len(found.article_ids))
        if found.words:
            text += " · " + self.tr("about «{0}»").format(found.words)
        if len(found.spellings) > 1:
            comma = "، " if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ", "
            shown = comma.join(f"{_isolated(name)} ({count})"
                               for name, count in found.spellings[:SPELLINGS])
            if len(found.spellings) > SPELLINGS:
                shown += comma + "…"
            text += " · " + self.tr("spellings merged: {0}").format(shown)
        left_out = undated(found.statements)
        if left_out:
            text += " · " + self.tr("%n statement(s) without a date of their own are not on the "
                                    "timeline (listed by their import date, in italics)", "",
                                    left_out)
        return text

    def period(self) -> str:
        return self.period_box.currentData() or "day"

    def _show_timeline(self) -> None:
        statements = self.found.statements if self.found else []
        self.timeline.set_buckets(timeline(statements, self.period()), self.period())

    def _show_outlets(self) -> None:
        rows = per_outlet(self.found.statements if self.found else [])
        self.outlets.setRowCount(len(rows))
        for i, (outlet, count) in enumerate(rows):
            name = QTableWidgetItem(outlet or self.tr("(no web address)"))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                    | Qt.AlignmentFlag.AlignVCenter)
            self.outlets.setItem(i, 0, name)
            self.outlets.setItem(i, 1, number)

    def _find_quotes(self, serial: int, found: SpeakerStatements) -> None:
        library = self.ops.library
        if library is None or not found.statements:
            self.quotes_shown.emit()
            return
        # The claims are keyed first (writes, on the library's queue), a batch per job so that a
        # note typed meanwhile is saved between two batches, not after all of them.
        def keyed(added: int) -> None:
            if serial != self._serial:
                return
            if added >= QUOTE_KEY_BATCH:
                run_serial(lambda: ensure_quote_keys(library, 1), keyed,
                           lambda exc: self._quotes_failed(serial, exc), owner=self)
                return
            run_serial(lambda: same_quotes(library, found.statements),
                       lambda quotes: self._show_quotes(serial, quotes),
                       lambda exc: self._quotes_failed(serial, exc), owner=self)

        keyed(QUOTE_KEY_BATCH)

    def _show_quotes(self, serial: int, quotes: dict[int, SameQuote]) -> None:
        if serial != self._serial:
            return
        self.model.set_quotes(quotes)
        self._show_detail(self.table.currentIndex().row())
        self.quotes_shown.emit()

    def _quotes_failed(self, serial: int, exc: BaseException) -> None:
        if serial == self._serial:
            self.status.emit(self.tr("The same words could not be looked up: {0}").format(exc))

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.detail.setText("")
            return
        s = self.model.rows[row]
        parts = [" ".join(s.content.split())]
        same = self.model.same_words_details(s)
        if same:
            parts.append(same)
        self.detail.setText("\n\n".join(parts))

    # -- acting -----------------------------------------------------------------------------
    def activate_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            s = self.model.rows[row]
            self.statement_activated.emit(s.article_id, s.start, s.end)

    def go_to_period(self, start: str) -> None:
        """Select the first statement of the period a timeline bar stands for."""
        from datetime import date

        from app.library.speaker_queries import period_start

        per = self.period()
        for row, s in enumerate(self.model.rows):
            try:
                if period_start(date.fromisoformat(s.day), per).isoformat() == start:
                    self.table.select_row(row)
                    self.table.scrollTo(self.model.index(row, 0),
                                        QAbstractItemView.ScrollHint.PositionAtTop)
                    return
            except ValueError:
                continue

    def export(self, fmt: str, path: str | None = None) -> None:
        """Write the statements with their timeline and outlets (CSV: three files)."""
        found, library = self.found, self.ops.library
        if found is None or library is None or not found.statements:
            return
        if path is None:
            suffix = "csv" if fmt == "csv" else "md"
            filters = self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("Markdown (*.md)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Statements"),
                                                  f"{found.name}.{suffix}", filters)
            if not path:
                return
        from app.library.speaker_export import write_speaker_export

        quotes, per, labels = dict(self.model.quotes), self.period(), self.export_labels()
        run_background(self, lambda: write_speaker_export(library, found, quotes, fmt, path,
                                                          per, labels),
                       self._exported,
                       lambda exc: self.status.emit(self.tr("The export failed: {0}").format(exc)))

    def _exported(self, paths: list) -> None:
        self.status.emit(self.tr("Exported to {0}").format(", ".join(str(p) for p in paths)))
        self.exported_paths = paths

    def export_labels(self):
        from app.library.speaker_export import Labels

        return Labels(
            statements=self.tr("Statements"),
            statements_count=self.tr("{0} statements in {1} articles"),
            spellings=self.tr("Spellings merged"), about=self.tr("About"),
            per_period={"day": self.tr("Statements per day"),
                        "week": self.tr("Statements per week"),
                        "month": self.tr("Statements per month")},
            per_outlet=self.tr("Statements per outlet"), date=self.tr("Date"),
            count=self.tr("Statements"), outlet=self.tr("Outlet"),
            no_outlet=self.tr("(no web address)"), no_date=self.tr("(date unknown)"),
            untitled=self.tr("(untitled article)"),
            same_words=self.tr("Same words also in {0} other statement(s); first: {1}, {2}, "
                               "«{3}»"),
            first_said=self.tr("Said here first; the same words are in {0} other "
                               "statement(s)"),
            kinds={k: claim_kind_label(k) for k in ("direct", "indirect", "mixed")},
            undated=self.tr("{0} statement(s) from articles without a date of their own are "
                            "not counted."))

    def _library_changed(self, changes: Changes) -> None:
        if self.isVisible() and self.found is not None and (changes.analyses or changes.articles
                                                            or changes.library):
            self.run_query()


class SpeakerViews(QObject):
    """Ties the speaker view to the main window: the speaker cards and the library's speaker
    filter open it, and a row opens its article in the reader at the statement."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._view: SpeakerView | None = None
        self._pending: tuple[int, int, int] | None = None
        self._highlight: tuple[int, Span] | None = None
        reader = window.reader
        reader.article_shown.connect(self._article_shown)
        reader.analysis_shown.connect(self._analysis_shown)
        for panel in (window.speakers_panel, window.library_panel):
            signal = getattr(panel, "speaker_view_requested", None)
            if signal is not None:
                signal.connect(self.show_speaker)

    def view(self) -> SpeakerView:
        if self._view is None:
            self._view = SpeakerView(self.window.ops, self.window)
            self._view.statement_activated.connect(self.open_statement)
            self._view.status.connect(self.window.statusBar().showMessage)
        return self._view

    def show_speaker(self, name: str, words: str = "") -> None:
        self.view().show_speaker(name, words)

    def ask(self) -> None:
        self.view().ask()

    def open_statement(self, article_id: int, start: int, end: int) -> None:
        """Open the article in the reader, scrolled to the statement, which stays marked."""
        reader = self.window.reader
        self.window.raise_()
        self.window.activateWindow()
        if reader.article_id == article_id and reader.article is not None:
            self._show_at(article_id, start, end)
            return
        self._pending = (article_id, start, end)
        reader.open_article_id(article_id)

    def _article_shown(self) -> None:
        reader = self.window.reader
        if self._highlight and self._highlight[0] != reader.article_id:
            self._highlight = None
        if self._pending and self._pending[0] == reader.article_id:
            article_id, start, end = self._pending
            self._pending = None
            self._show_at(article_id, start, end)

    def _analysis_shown(self) -> None:
        # a new analysis resets the reader's marks: mark the statement again
        reader = self.window.reader
        if self._highlight and self._highlight[0] == reader.article_id:
            span = self._highlight[1]
            reader.highlighter.set_focus([span], span)

    def _show_at(self, article_id: int, start: int, end: int) -> None:
        reader = self.window.reader
        if reader.article is None or end > len(reader.article.text):
            return
        span = Span(start, end)
        self._highlight = (article_id, span)
        reader.scroll_to(start, end)
        reader.highlighter.set_focus([span], span)
