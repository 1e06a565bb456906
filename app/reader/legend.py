"""The legend above the article: one entry per highlight layer, each a toggle for that layer."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from app.reader.highlighter import Highlighter
from app.theme import LAYERS, HighlightColors, layer_color, layer_label

SWATCH = 14


def swatch_icon(color: QColor, layer: str) -> QIcon:
    """A tinted square for background layers; a coloured line for underline/mark layers."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if layer in ("cue", "speaker", "notes"):
        pen = painter.pen()
        pen.setColor(color)
        pen.setWidth(3)
        if layer == "notes":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(1, SWATCH - 3, SWATCH - 1, SWATCH - 3)
    else:
        painter.setPen(color.darker(130))
        painter.setBrush(color)
        painter.drawRoundedRect(1, 1, SWATCH - 2, SWATCH - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class Legend(QWidget):
    def __init__(self, highlighter: Highlighter, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.highlighter = highlighter
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 2, 20, 2)
        layout.setSpacing(4)
        for layer in LAYERS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(highlighter.is_enabled(layer))
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(SWATCH, SWATCH))
            button.toggled.connect(lambda on, name=layer: highlighter.set_layer_enabled(name, on))
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.buttons[layer] = button
            layout.addWidget(button)
        layout.addStretch(1)
        highlighter.layers_changed.connect(self._sync)
        self.set_colors(highlighter.colors)
        self.retranslate()

    def layer_label(self, layer: str) -> str:
        return layer_label(layer)

    def retranslate(self) -> None:
        for layer, button in self.buttons.items():
            button.setText(self.layer_label(layer))
            button.setToolTip(self.tr("Show or hide the highlights for: {0}")
                              .format(self.layer_label(layer)))

    def set_colors(self, colors: HighlightColors) -> None:
        for layer, button in self.buttons.items():
            button.setIcon(swatch_icon(layer_color(colors, layer), layer))

    def _sync(self) -> None:
        for layer, button in self.buttons.items():
            on = self.highlighter.is_enabled(layer)
            if button.isChecked() != on:
                button.blockSignals(True)
                button.setChecked(on)
                button.blockSignals(False)
