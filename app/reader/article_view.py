"""The article, right-to-left in the bundled Naskh font, read-only and selectable.

The document holds exactly the article's text (title shown outside it), so a span from `extract`
maps to a document position through `Utf16Map` alone. Highlights are extra selections laid over the
text, never markup inserted into it, so Arabic letters stay joined across a highlight's edge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QTextBrowser

from app.fonts import reading_font
from app.utf16 import Utf16Map

LINE_HEIGHT_PERCENT = 135
PARAGRAPH_GAP_PX = 10
MIN_POINT_SIZE, MAX_POINT_SIZE = 9.0, 40.0


class ArticleView(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
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
        self.document().setDocumentMargin(28)
        self._apply_font()

    # -- content ---------------------------------------------------------------------------
    def set_article_text(self, text: str) -> None:
        self._text = text
        self._map = Utf16Map(text)
        self.setPlainText(text)
        self._format_blocks()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def article_text(self) -> str:
        return self._text

    def _format_blocks(self) -> None:
        option = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        fmt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        fmt.setLineHeight(LINE_HEIGHT_PERCENT,
                          QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(PARAGRAPH_GAP_PX)
        gap = QTextBlockFormat(fmt)  # the empty line between paragraphs: a small gap, not a line
        gap.setLineHeight(PARAGRAPH_GAP_PX, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        gap.setBottomMargin(0)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        block = self.document().begin()
        while block.isValid():
            cursor.setPosition(block.position())
            cursor.setBlockFormat(gap if block.length() <= 1 else fmt)
            block = block.next()
        cursor.endEditBlock()

    # -- positions -------------------------------------------------------------------------
    def qt_pos(self, index: int) -> int:
        return self._map.to_qt(index)

    def py_index(self, position: int) -> int:
        return self._map.to_py(position)

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.qt_pos(start))
        cursor.setPosition(self.qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.py_index(cursor.selectionStart()), self.py_index(cursor.selectionEnd())

    def show_span(self, start: int, end: int) -> None:
        """Move the cursor to a span and scroll it into view."""
        self.setTextCursor(self.cursor_for(start, end))
        self.ensureCursorVisible()

    # -- zoom ------------------------------------------------------------------------------
    def zoom_by(self, steps: int) -> None:
        self.set_point_size(self._point_size + steps)

    def set_point_size(self, size: float) -> None:
        self._point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self._apply_font()

    def point_size(self) -> float:
        return self._point_size

    def _apply_font(self) -> None:
        font = reading_font(self._point_size)
        self.setFont(font)
        self.document().setDefaultFont(font)
