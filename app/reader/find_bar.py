"""Find in the open article: a bar above the text (Ctrl+F), every hit highlighted, F3 / Shift+F3
(or Enter / Shift+Enter) to step, "3 of 12" shown, Escape closes.

Matching ignores diacritics, alef forms, tatweel and invisible marks, like the library search
(`app.reader.find_text`); it runs on a worker thread, and a result for an older query or another
article is dropped. Hits are drawn by the highlighter as backgrounds over the text, never as
markup in it, so letters stay joined across a hit's edges.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.panels.background import run_background
from app.reader.article_view import ArticleView
from app.reader.find_text import find_all
from app.reader.highlighter import Highlighter
from extract.normalize import NormalizedView

FIND_DEBOUNCE_MS = 120
Span = tuple[int, int]


class FindBar(QWidget):
    """`hits_changed` is emitted once the hits of the current query are drawn."""

    hits_changed = Signal()

    def __init__(self, view: ArticleView, highlighter: Highlighter, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view, self.highlighter = view, highlighter
        self.hits: list[Span] = []
        self.current = -1
        self._serial = 0
        self._normalized: NormalizedView | None = None  # of the article on screen, made once
        self.box = QLineEdit(self)
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIND_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        self.box.textChanged.connect(self._timer.start)
        self.box.returnPressed.connect(lambda: self.step(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 2, 20, 2)
        layout.setSpacing(4)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Find in the article"))
        self.box.setPlaceholderText(self.tr("Find in the article (Ctrl+F)"))
        self.box.setAccessibleName(self.tr("Find in the article"))
        self.box.setAccessibleDescription(self.tr(
            "Words to find in the open article; diacritics and spelling variants of alef are "
            "ignored. Enter or F3 for the next hit, Shift+F3 for the previous, Escape closes."))
        self.count_label.setAccessibleName(self.tr("Number of hits"))
        self.count_label.setAccessibleDescription(self.tr("Which hit is shown, of how many"))
        for button, name, description in (
                (self.previous_button, self.tr("Previous hit"),
                 self.tr("Go to the previous hit (Shift+F3)")),
                (self.next_button, self.tr("Next hit"), self.tr("Go to the next hit (F3)")),
                (self.close_button, self.tr("Close the find bar"),
                 self.tr("Close the find bar and remove its highlights (Escape)"))):
            button.setToolTip(description)
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
        self._show_count()

    # -- opening and closing ---------------------------------------------------------------
    def open_bar(self, text: str | None = None) -> None:
        """Show the bar with the cursor in its box (its words selected, to type over)."""
        self.show()
        if text is not None:
            self.box.setText(text)
        self.box.setFocus()
        self.box.selectAll()
        if self.box.text().strip() and not self.hits:
            self.search()

    def close_bar(self) -> bool:
        """Hide the bar and its highlights; False when it was not open."""
        if not self.isVisible():
            return False
        self._serial += 1
        self._timer.stop()
        self.hide()
        self._set_hits([], -1)
        self.view.setFocus()
        return True

    def article_changed(self) -> None:
        """A new article is on screen: forget the old one's hits, find again in the new one."""
        self._serial += 1
        self._normalized = None
        self.hits, self.current = [], -1
        if self.isVisible() and self.box.text().strip():
            self.search()
        else:
            self._show_count()

    # -- searching -------------------------------------------------------------------------
    def search(self) -> None:
        """Find the box's words in the article, off the UI thread."""
        self._timer.stop()
        self._serial += 1
        serial, query, text = self._serial, self.box.text(), self.view.article_text()
        if not query.strip() or not text:
            self._set_hits([], -1)
            return
        cached = self._normalized if self._normalized is not None \
            and self._normalized.text is text else None

        def work() -> tuple[NormalizedView, list[Span]]:
            normalized = cached or NormalizedView(text)
            return normalized, find_all(normalized, query)

        def done(result: tuple[NormalizedView, list[Span]]) -> None:
            if serial != self._serial or text is not self.view.article_text():
                return  # the user typed more, or opened another article, meanwhile
            self._normalized, hits = result
            self._set_hits(hits, self._first_hit_from_cursor(hits), scroll=True)

        run_background(self, work, done, lambda _exc: self._set_hits([], -1))

    def show_hits(self, query: str, hits: list[Span]) -> None:
        """Show hits found elsewhere (a library search's words) as this bar's, from the first."""
        self._serial += 1
        self._timer.stop()
        self.box.blockSignals(True)
        self.box.setText(query)
        self.box.blockSignals(False)
        self.show()
        self._set_hits(sorted(hits), 0 if hits else -1, scroll=True)

    def _first_hit_from_cursor(self, hits: list[Span]) -> int:
        if not hits:
            return -1
        cursor = self.view.py_index(self.view.textCursor().selectionStart())
        return next((i for i, (start, _end) in enumerate(hits) if start >= cursor), 0)

    # -- stepping --------------------------------------------------------------------------
    def step(self, direction: int) -> bool:
        """Go to the next (1) or previous (-1) hit; False when the bar has none to step."""
        if not self.isVisible() or not self.hits:
            return False
        self._set_hits(self.hits, (self.current + direction) % len(self.hits), scroll=True)
        return True

    def current_hit(self) -> Span | None:
        return self.hits[self.current] if 0 <= self.current < len(self.hits) else None

    def _set_hits(self, hits: list[Span], current: int, scroll: bool = False) -> None:
        self.hits, self.current = hits, current
        span = self.current_hit()
        self.highlighter.set_found(hits, span)
        if span is not None and scroll:
            self.view.reveal(*span)
            if self.box.hasFocus():
                self.box.setFocus()  # keep typing in the box
        self._show_count()
        self.hits_changed.emit()

    def _show_count(self) -> None:
        if not self.box.text().strip():
            self.count_label.setText("")
        elif not self.hits:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(self.tr("{0} of {1}").format(self.current + 1,
                                                                  len(self.hits)))
        self.count_label.setAccessibleDescription(self.count_label.text()
                                                  or self.tr("Which hit is shown, of how many"))

    # -- keys in the box -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """In the box, Escape closes the bar and Shift+Enter goes back (before any window
        shortcut on the same keys)."""
        if watched is self.box and event.type() in (QEvent.Type.ShortcutOverride,
                                                    QEvent.Type.KeyPress):
            key = event.key() if isinstance(event, QKeyEvent) else None
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key == Qt.Key.Key_Escape:
                if event.type() == QEvent.Type.KeyPress:
                    self.close_bar()
                event.accept()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
                if event.type() == QEvent.Type.KeyPress:
                    self.step(-1)
                event.accept()
                return True
        return super().eventFilter(watched, event)
