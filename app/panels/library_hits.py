"""How a library search hit is listed: its title, source and date, and a snippet of the article
around the match with the matched words in bold on a tint (drawn as rich text by a delegate; the
item's plain text, which screen readers read, holds the same words).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.library.search import Snippet

HIT_HTML_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 4


def marked_html(text: str, marks: list[tuple[int, int]], tint: str) -> str:
    """`text` as HTML with each (start, end) in `marks` bold on `tint`, in black or white
    letters, whichever reads on the tint (a selected row's text is white)."""
    ink = "#000000" if QColor(tint).lightness() > 128 else "#ffffff"
    out, at = [], 0
    for start, end in sorted(marks):
        if start < at:
            continue
        out.append(html.escape(text[at:start]))
        style = f"background-color:{tint};color:{ink}"
        out.append(f'<b style="{style}">{html.escape(text[start:end])}</b>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def hit_html(title: str, title_marks: list[tuple[int, int]], details: str,
             snippet: Snippet | None, muted: str, tint: str) -> str:
    """The item's rich text: title, details and the snippet, each right to left."""
    parts = [f'<p dir="rtl" style="margin:0">{marked_html(title, title_marks, tint)}</p>']
    if details:
        parts.append(f'<p dir="rtl" style="margin:0;color:{muted}">{html.escape(details)}</p>')
    if snippet is not None and snippet.text:
        body = marked_html(snippet.text, snippet.highlights, tint)
        lead = "…" if snippet.start > 0 else ""
        parts.append(f'<p dir="rtl" style="margin:0;font-size:small">{lead}{body}…</p>')
    return "".join(parts)


class HitDelegate(QStyledItemDelegate):
    """Paints items that carry HIT_HTML_ROLE as rich text; others as usual."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(PADDING)
        document.setHtml(index.data(HIT_HTML_ROLE))
        document.setTextWidth(max(40, option.rect.width()))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.data(HIT_HTML_ROLE):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter,
                          option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        if not index.data(HIT_HTML_ROLE):
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 240
        option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(width, int(document.size().height()) + 2)
