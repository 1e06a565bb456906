"""Help > Shortcuts: every window action that has a keyboard shortcut, in one table."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(action name without mnemonics, shortcut as the platform writes it), sorted by name."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            name = action.property("shortcut_label") or action.text()  # see app.actions
            rows.append((name.replace("&", "").replace("…", ""), ", ".join(keys)))
    return sorted(set(rows))


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (name, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr("Each action and the keys that do it"))
        # The two finds share a letter: say which is which.
        self.find_note = QLabel(self.tr(
            "Ctrl+F finds words in the open article (in the library's list it searches the "
            "library); Ctrl+Shift+F always searches the whole library. F3 and Shift+F3 step "
            "through the hits of the find bar while it is open, otherwise through the mentions "
            "of the name you clicked."))
        self.find_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleDescription(self.tr("Close the list of shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.find_note)
        layout.addWidget(buttons)
        self.resize(520, 560)
