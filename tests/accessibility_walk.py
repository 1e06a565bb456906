"""Walk a window's widgets as a screen reader meets them: every control it can reach must have
a name and a description (QAccessible's Name and Description texts, which Qt derives from the
accessible name, a button's text, a label's buddy or the tool tip)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QLineEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
            QLineEdit, QProgressBar, QTabBar, QTextEdit)
CARDS = ("SpeakerCard", "StatementItem", "NoteEditor")  # containers a reader moves between


def _is_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a spin box's line edit, a combo box's list, scroll bar
    buttons): the screen reader meets the control, not them."""
    name = widget.objectName()
    if name.startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QAbstractItemView,
                               QLineEdit)) or \
                parent.objectName().endswith("container"):  # a scroll area's scroll bars
            return True
        parent = parent.parentWidget()
    from PySide6.QtWidgets import QScrollBar
    return isinstance(widget, QScrollBar)


def reachable(root: QWidget) -> list[QWidget]:
    """The controls and cards under `root` that are on screen."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or _is_internal(widget):
            continue
        is_card = isinstance(widget, QFrame) and type(widget).__name__ in CARDS
        if isinstance(widget, CONTROLS) or is_card:
            found.append(widget)
    return found


def spoken(widget: QWidget) -> tuple[str, str]:
    """What a screen reader says for `widget`: its name and its description."""
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return "", ""
    return (face.text(QAccessible.Text.Name).strip(),
            face.text(QAccessible.Text.Description).strip())


def unnamed(root: QWidget) -> list[tuple[str, str, str]]:
    """(class, object name or text, what is missing) for every reachable control without a
    name or a description."""
    missing = []
    for widget in reachable(root):
        name, description = spoken(widget)
        label = (widget.objectName() or getattr(widget, "text", lambda: "")()
                 or f"{type(widget.parentWidget()).__name__}.{widget.parentWidget().objectName()}")
        if not name:
            missing.append((type(widget).__name__, str(label)[:40], "name"))
        if not description:
            missing.append((type(widget).__name__, str(label)[:40], "description"))
    return missing
