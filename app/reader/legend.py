"""The legend above the article: one entry per highlight layer, each a toggle for that layer.

A toggle shows its state three ways, so it reads at a glance and without colour vision: a layer
that is on is a chip framed in the selection colour with its swatch; a layer that is off has a
dashed grey frame, an empty outline for a swatch and a muted name (a struck-through name would be
clearer still, but Qt style sheets do not update a font on a state change). Screen readers hear
its name, what it does, and "on"/"off" (a checkable button).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from app.reader.highlighter import Highlighter
from app.theme import LAYERS, HighlightColors, layer_color, layer_label

SWATCH = 14


TOGGLE_STYLE = """
QToolButton#layerToggle { border: 1px solid transparent; border-radius: 9px; padding: 1px 7px; }
QToolButton#layerToggle:checked { border: 1px solid palette(highlight);
    background: palette(base); }
QToolButton#layerToggle:!checked { border: 1px dashed palette(mid); color: palette(mid); }
QToolButton#layerToggle:focus { border: 2px solid palette(highlight); }
"""


def swatch_icon(color: QColor, layer: str) -> QIcon:
    """The layer's swatch when on; an empty grey outline when off (QIcon's On/Off states)."""
    icon = QIcon(_swatch(color, layer))
    icon.addPixmap(_swatch(color, layer), QIcon.Mode.Normal, QIcon.State.On)
    icon.addPixmap(_off_swatch(), QIcon.Mode.Normal, QIcon.State.Off)
    return icon


def _off_swatch() -> QPixmap:
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(140, 140, 140))
    painter.drawRoundedRect(1, 1, SWATCH - 3, SWATCH - 3, 3, 3)
    painter.end()
    return pixmap


def _swatch(color: QColor, layer: str) -> QPixmap:
    """A tinted square for background layers; a coloured line for underline/mark layers (dotted
    for cues, dashed for notes, as the text shows them)."""
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
        elif layer == "cue":
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(1, SWATCH - 3, SWATCH - 1, SWATCH - 3)
    else:
        painter.setPen(color.darker(130))
        painter.setBrush(color)
        painter.drawRoundedRect(1, 1, SWATCH - 2, SWATCH - 2, 3, 3)
    painter.end()
    return pixmap


class Legend(QWidget):
    def __init__(self, highlighter: Highlighter, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.highlighter = highlighter
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 2, 20, 2)
        layout.setSpacing(4)
        self.setStyleSheet(TOGGLE_STYLE)
        for layer in LAYERS:
            button = QToolButton(self)
            button.setObjectName("layerToggle")
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
        self.setAccessibleName(self.tr("Highlight layers"))
        self.setAccessibleDescription(self.tr("One toggle per kind of highlight in the article"))
        for i, (layer, button) in enumerate(self.buttons.items(), start=1):
            label = self.layer_label(layer)
            button.setText(label)
            button.setToolTip(self.tr("Show or hide the highlights for: {0} (Ctrl+{1})")
                              .format(label, i))
            button.setAccessibleName(self.tr("{0} highlights").format(label))
            button.setAccessibleDescription(
                self.tr("Shows or hides the highlights for: {0}. Shortcut Ctrl+{1}.")
                .format(label, i))

    def set_colors(self, colors: HighlightColors) -> None:
        self.setStyleSheet("")  # palette() in a style sheet is read when it is set: read again
        self.setStyleSheet(TOGGLE_STYLE)
        for layer, button in self.buttons.items():
            button.setIcon(swatch_icon(layer_color(colors, layer), layer))

    def _sync(self) -> None:
        for layer, button in self.buttons.items():
            on = self.highlighter.is_enabled(layer)
            if button.isChecked() != on:
                button.blockSignals(True)
                button.setChecked(on)
                button.blockSignals(False)
