"""The article, right-to-left in the bundled Naskh font, read-only and selectable.

The document holds exactly the article's text (title shown outside it), so a span from `extract`
maps to a document position through `Utf16Map` alone. Highlights are extra selections laid over the
text, never markup inserted into it, so Arabic letters stay joined across a highlight's edge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QToolTip

from app.fonts import reading_font
from app.utf16 import Utf16Map

LINE_HEIGHT_PERCENT = 135  # the default; Settings can change it (set_line_height)
LINE_HEIGHTS = (100, 250)  # the range Settings offers
_line_height = [LINE_HEIGHT_PERCENT]
PARAGRAPH_GAP_PX = 10
MIN_POINT_SIZE, MAX_POINT_SIZE = 9.0, 40.0
# Qt lays a new document out on the UI thread in lazy steps that grow to 200,000 characters
# (~65 ms each here): longer articles are shown by appending paragraphs in steps of about
# FILL_STEP_CHARS, each laid out at once (a few ms), so the window never freezes while they open.
PROGRESSIVE_CHARS = 120_000
FILL_STEP_CHARS = 16_000


@dataclass
class PreparedText:
    """An article's text laid into a QTextDocument, with its UTF-16 map: the slow part of
    showing a long article, done by `prepare_text` on a worker thread."""
    text: str
    utf16: Utf16Map
    document: QTextDocument


def prepare_text(text: str, point_size: float = 15.0,
                 move_to_ui_thread: bool = True) -> PreparedText:
    """Build the document for `text` (safe on a worker thread: no widget is touched)."""
    document = QTextDocument()
    document.setDocumentMargin(28)
    document.setDefaultFont(reading_font(point_size))
    document.setUndoRedoEnabled(False)
    document.setPlainText(text)
    format_blocks(document)
    if move_to_ui_thread:
        # Detached here, adopted by the UI thread in `set_article_text`: pushing it straight to the
        # UI thread from the worker locks both threads' event queues, and PySide can hold the GIL
        # meanwhile, which now and then deadlocked with the UI thread posting an event.
        document.moveToThread(None)
    return PreparedText(text, Utf16Map(text), document)


def set_line_height(percent: int) -> None:
    """Line spacing of every article laid out from now on, in percent of the font's height."""
    _line_height[0] = max(LINE_HEIGHTS[0], min(LINE_HEIGHTS[1], int(percent)))


def line_height() -> int:
    return _line_height[0]


def format_blocks(document: QTextDocument) -> None:
    """Right-to-left, right-aligned paragraphs with comfortable line height and small gaps."""
    option = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    fmt = QTextBlockFormat()
    fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    fmt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    fmt.setLineHeight(_line_height[0],
                      QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setBottomMargin(PARAGRAPH_GAP_PX)
    gap = QTextBlockFormat(fmt)  # the empty line between paragraphs: a small gap, not a line
    gap.setLineHeight(PARAGRAPH_GAP_PX, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    gap.setBottomMargin(0)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        cursor.setBlockFormat(gap if block.length() <= 1 else fmt)
        block = block.next()
    cursor.endEditBlock()


class ArticleView(QTextBrowser):
    """Emits `clicked_at(index)` for a plain click (no selection) at a text index.

    A long article is appended to the shown document paragraph by paragraph (see
    PROGRESSIVE_CHARS); `filled` is emitted once all of it is in. Positions never move while it
    fills (text is only appended), and `after_fill` runs what needs the whole text afterwards.
    """

    clicked_at = Signal(int)
    viewport_moved = Signal()  # scrolled or resized: what is visible changed
    filled = Signal()  # the whole article is in the document

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Hover text for a text index (entity type, name, transliteration...), or None.
        self.tooltip_provider: Callable[[int], str | None] | None = None
        # Actions added to the right-click menu (e.g. Add Note), enabled by the window.
        self.context_actions: list = []
        # Further actions for the text index right-clicked (e.g. on an entity), or None.
        self.context_provider: Callable[[int | None], list] | None = None
        # Text indices of note anchors: a marker is painted in the margin beside each.
        self.note_markers: list[int] = []
        self.marker_color = QColor("#d4a017")
        self._press_pos: QPoint | None = None
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._point_size = 15.0
        self._text = ""
        self._map = Utf16Map("")
        self._document: QTextDocument | None = None  # the article's document, owned here
        self._source: QTextDocument | None = None  # a long article's prepared text, being appended
        self._source_end = 0  # its last position (before the final paragraph separator)
        self._filled_to = 0  # the next source position to append (Qt positions)
        self._after_fill: list[Callable[[], None]] = []
        self._column: int | None = None  # reading mode: the text column's greatest width
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_step)
        self.document().setDocumentMargin(28)
        self._apply_font()
        self.setAccessibleName(self.tr("Article"))
        self.setAccessibleDescription(self.tr(
            "The article's text, right to left, with its highlights; Ctrl+F finds in it, F3 "
            "goes to the next hit or mention"))

    # -- content ---------------------------------------------------------------------------
    def set_article_text(self, text: str, prepared: PreparedText | None = None) -> None:
        """Show `text`; `prepared` (built off the UI thread) makes this instant for long text."""
        if prepared is None or prepared.text is not text:
            prepared = prepare_text(text, self._point_size, move_to_ui_thread=False)
        self._stop_filling()
        self._text = text
        self._map = prepared.utf16
        shown = prepared.document
        if shown.thread() is None:  # prepared on a worker and detached there: adopt it
            shown.moveToThread(self.thread())
        if shown.characterCount() > PROGRESSIVE_CHARS:
            self._source, self._source_end = shown, shown.characterCount() - 1
            self._filled_to = 0
            shown.setParent(self)
            shown = _empty_like(shown)
        previous, self._document = self._document, shown
        shown.setParent(self)
        self.setDocument(shown)
        if previous is not None:
            previous.deleteLater()
        self._apply_font()
        self._fit_column()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        if self._source is not None:
            self._fill_step()  # the first screenful at once
            self._fill_timer.start()

    def article_text(self) -> str:
        return self._text

    # -- filling a long article in steps ---------------------------------------------------
    def is_filling(self) -> bool:
        return self._source is not None

    def holds(self, index: int) -> bool:
        """The text up to `index` is in the document (always, unless a long article fills)."""
        return self._source is None or self.qt_pos(index) < self.document().characterCount()

    def after_fill(self, action: Callable[[], None]) -> None:
        """Run `action` now, or once the whole article is in the document."""
        if self._source is None:
            action()
        else:
            self._after_fill.append(action)

    def _fill_step(self) -> None:
        """Append the next paragraphs (whole blocks, with their formats) of the long article."""
        source = self._source
        if source is None:
            return
        start = self._filled_to
        end = min(self._source_end, start + FILL_STEP_CHARS)
        if end < self._source_end:  # end at the end of a paragraph
            block = source.findBlock(end)
            end = min(self._source_end, block.position() + block.length() - 1)
        first = source.findBlock(start)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if start == 0:
            cursor.setBlockFormat(first.blockFormat())
        else:
            cursor.insertBlock(first.blockFormat(), first.charFormat())
        piece = QTextCursor(source)
        piece.setPosition(start)
        piece.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertFragment(QTextDocumentFragment(piece))
        self._filled_to = end + 1  # past the paragraph separator
        if self._filled_to >= self._source_end:
            self._finish_filling()

    def _finish_filling(self) -> None:
        actions = self._after_fill
        self._stop_filling()
        for action in actions:
            action()
        self.viewport_moved.emit()  # highlights near the view can now be drawn everywhere
        self.filled.emit()

    def _stop_filling(self) -> None:
        self._fill_timer.stop()
        if self._source is not None and self._source.parent() is self:
            self._source.deleteLater()
        self._source = None
        self._after_fill = []

    # -- positions -------------------------------------------------------------------------
    def qt_pos(self, index: int) -> int:
        return self._map.to_qt(index)

    def py_index(self, position: int) -> int:
        return self._map.to_py(position)

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        """A cursor over a span; clipped to what is in the document while a long one fills."""
        document = self.document()
        last = document.characterCount() - 1
        cursor = QTextCursor(document)
        cursor.setPosition(min(self.qt_pos(start), last))
        cursor.setPosition(min(self.qt_pos(end), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.py_index(cursor.selectionStart()), self.py_index(cursor.selectionEnd())

    def show_span(self, start: int, end: int) -> None:
        """Move the cursor to a span and scroll it into view (once it is in the document)."""
        def show() -> None:
            self.setTextCursor(self.cursor_for(start, end))
            self.ensureCursorVisible()

        if self.holds(end):
            show()
        else:
            self.after_fill(show)

    def reveal(self, start: int, end: int) -> None:
        """Scroll a span into view with the cursor at its start and nothing selected (so the
        span's own highlight shows), once it is in the document."""
        def show() -> None:
            for index in (end, start):
                self.setTextCursor(self.cursor_for(index, index))
                self.ensureCursorVisible()

        if self.holds(end):
            show()
        else:
            self.after_fill(show)

    def index_at(self, point: QPoint) -> int | None:
        """The text index under a viewport point, or None when the point is off the text."""
        cursor = self.cursorForPosition(point)
        pos = cursor.position()
        for candidate in (pos, pos - 1):
            if candidate < 0:
                continue
            probe = QTextCursor(self.document())
            probe.setPosition(candidate)
            probe.setPosition(candidate + 1, QTextCursor.MoveMode.KeepAnchor)
            left, right = self.cursorRect(_collapsed(probe, True)), self.cursorRect(
                _collapsed(probe, False))
            x0, x1 = sorted((left.x(), right.x()))
            if x0 - 1 <= point.x() <= x1 + 1 and left.top() <= point.y() <= left.bottom():
                return self.py_index(candidate)
        return None

    # -- interaction -----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.tooltip_provider is not None:
            point = self.viewport().mapFromGlobal(event.globalPos())
            index = self.index_at(point)
            text = self.tooltip_provider(index) if index is not None else None
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        press, self._press_pos = self._press_pos, None
        point = event.position().toPoint()
        if (event.button() == Qt.MouseButton.LeftButton and press is not None
                and (press - point).manhattanLength() < 4 and not self.textCursor().hasSelection()):
            index = self.index_at(point)
            if index is not None:
                self.clicked_at.emit(index)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt API)
        super().scrollContentsBy(dx, dy)
        self.viewport_moved.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_column()
        self.viewport_moved.emit()

    # -- reading column --------------------------------------------------------------------
    def set_column_width(self, width: int | None) -> None:
        """Keep the text in a centred column at most `width` pixels wide (reading mode: lines
        that span a whole screen are hard to follow); None fills the view."""
        self._column = width
        self._fit_column()

    def side_margin(self) -> float:
        """The column's margin beyond the document margin, on each side."""
        return self.document().rootFrame().frameFormat().leftMargin()

    def _fit_column(self) -> None:
        base = self.document().documentMargin()
        side = base
        if self._column is not None:
            side = max(base, (self.viewport().width() - self._column) / 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - (side - base)) < 1 and abs(fmt.rightMargin() - (side - base)) < 1:
            return
        fmt.setLeftMargin(side - base)  # added to the document margin on each side
        fmt.setRightMargin(side - base)
        frame.setFrameFormat(fmt)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        menu = self.createStandardContextMenu(event.pos())
        extra = list(self.context_actions)
        if self.context_provider is not None:
            extra += self.context_provider(self.index_at(event.pos()))
        if extra:
            first = menu.actions()[0] if menu.actions() else None
            menu.insertActions(first, extra)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self.note_markers:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.marker_color.darker(140))
        painter.setBrush(self.marker_color)
        x = self.viewport().width() - self.document().documentMargin() - self.side_margin() + 8
        for index in self.note_markers:
            rect = self.cursorRect(self.cursor_for(index, index))
            if rect.bottom() < 0 or rect.top() > self.viewport().height():
                continue
            y = rect.center().y()
            painter.drawRoundedRect(QRectF(x, y - 7, 10, 14), 3, 3)
        painter.end()

    # -- zoom ------------------------------------------------------------------------------
    def zoom_by(self, steps: int) -> None:
        self.set_point_size(self._point_size + steps)

    def set_point_size(self, size: float) -> None:
        self._point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self._apply_font()

    def point_size(self) -> float:
        return self._point_size

    def refresh_layout(self) -> None:
        """Lay the article out again in the current font and line spacing (after Settings)."""
        for document in (self.document(), self._source):
            if document is not None:
                document.setDefaultFont(reading_font(self._point_size))
                format_blocks(document)
        self._apply_font()
        self.viewport_moved.emit()

    def _apply_font(self) -> None:
        font = reading_font(self._point_size)
        self.setFont(font)
        self.document().setDefaultFont(font)


def _empty_like(document: QTextDocument) -> QTextDocument:
    """An empty document with `document`'s margin, font and text options."""
    empty = QTextDocument()
    empty.setUndoRedoEnabled(False)
    empty.setDocumentMargin(document.documentMargin())
    empty.setDefaultFont(document.defaultFont())
    empty.setDefaultTextOption(document.defaultTextOption())
    return empty


def _collapsed(cursor: QTextCursor, at_start: bool) -> QTextCursor:
    c = QTextCursor(cursor)
    c.setPosition(cursor.selectionStart() if at_start else cursor.selectionEnd())
    return c
