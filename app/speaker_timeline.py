"""A small bar chart of a speaker's statements per day, week or month, painted with QPainter.

No web view and no chart library: a few dozen bars, the highest count and the first and last
dates are all a journalist needs to see when someone spoke. Time runs in the reading direction:
left to right in the English interface, right to left in the Arabic one (the earliest bar at the
right). Hovering a bar shows its period and count; clicking it emits `period_clicked` with the
period's first day, so the list can jump there.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_COLOR = "#1f5fa8"
MARGIN = 6
AXIS_LABEL_GAP = 3


class SpeakerTimeline(QWidget):
    """Bars of [(ISO start date, count)]; `per` names the period ("day", "week", "month")."""

    period_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buckets: list[tuple[str, int]] = []
        self.per = "day"
        self.setMouseTracking(True)
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Statements over time"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(420, 120)

    def set_buckets(self, buckets: list[tuple[str, int]], per: str) -> None:
        self.buckets, self.per = list(buckets), per
        total = sum(c for _, c in buckets)
        self.setToolTip("")
        self.setAccessibleDescription(self.tr("%n statement(s)", "", total))
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def _plot_rect(self) -> QRect:
        fm = self.fontMetrics()
        label = fm.horizontalAdvance("0000")  # the highest count, on the time axis's start side
        start, end = (label, 0) if self._ltr() else (0, label)
        return self.rect().adjusted(MARGIN + start, MARGIN + fm.height() // 2, -(MARGIN + end),
                                    -(MARGIN + fm.height() + AXIS_LABEL_GAP))

    def _ltr(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.LeftToRight

    def bar_rect(self, index: int) -> QRectF:
        """Where bucket `index` is drawn (mirrored in a right-to-left layout)."""
        plot = self._plot_rect()
        n = max(1, len(self.buckets))
        width = plot.width() / n
        slot = index if self._ltr() else n - 1 - index
        top = max((c for _, c in self.buckets), default=0)
        count = self.buckets[index][1] if index < len(self.buckets) else 0
        height = plot.height() * count / top if top else 0
        gap = min(2.0, width * 0.2)
        return QRectF(plot.left() + slot * width + gap / 2, plot.bottom() + 1 - height,
                      max(1.0, width - gap), height)

    def index_at(self, point: QPoint) -> int | None:
        plot = self._plot_rect()
        if not self.buckets or not plot.adjusted(0, 0, 0, 1).contains(point.x(), plot.top()):
            return None
        slot = int((point.x() - plot.left()) / (plot.width() / len(self.buckets)))
        slot = min(max(slot, 0), len(self.buckets) - 1)
        if not self._ltr():
            slot = len(self.buckets) - 1 - slot
        return slot

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        plot = self._plot_rect()
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(muted)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self.buckets:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No dated statements"))
            return
        top = max(c for _, c in self.buckets)
        fm = self.fontMetrics()
        # the highest count beside the top of the plot, on the side where time starts
        width = fm.horizontalAdvance("0000") - 4
        y = plot.top() - fm.ascent() // 2
        if self._ltr():
            painter.drawText(QRect(MARGIN, y, width, fm.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignAbsolute, str(top))
            painter.drawLine(plot.left() - 3, plot.top(), plot.left(), plot.top())
        else:
            painter.drawText(QRect(plot.right() + 4, y, width, fm.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignAbsolute, str(top))
            painter.drawLine(plot.right(), plot.top(), plot.right() + 3, plot.top())
        bar = QColor(BAR_COLOR)
        for i, (_start, count) in enumerate(self.buckets):
            if count:
                painter.fillRect(self.bar_rect(i), bar)
        # first and last period under the axis, each under its own end of the time axis
        first, last = self.buckets[0][0], self.buckets[-1][0]
        y = plot.bottom() + AXIS_LABEL_GAP
        left_text, right_text = (first, last) if self._ltr() else (last, first)
        row = QRect(plot.left(), y, plot.width(), fm.height())
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
                         left_text)
        if last != first:
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
                             right_text)
        painter.end()

    # -- interaction ------------------------------------------------------------------------
    def describe(self, index: int) -> str:
        start, count = self.buckets[index]
        label = {"week": self.tr("week of {0}"), "month": self.tr("month of {0}")}.get(
            self.per, "{0}").format(start)
        return self.tr("{0}: %n statement(s)", "", count).format(label)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        index = self.index_at(event.position().toPoint())
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.describe(index), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        index = self.index_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index is not None \
                and self.buckets[index][1]:
            self.period_clicked.emit(self.buckets[index][0])
