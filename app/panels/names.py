"""Names panel: for every person, organisation and place, the letter-exact transliteration and
ranked English suggestions (from the names issue's `extract.names`), so a translator can check
spellings. The rows come from `app.library.names`, computed off the UI thread by the reader
(which uses them for the hover text too); the panel only shows them, and records a spelling
typed into it in the glossary.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.library.changes import Changes
from app.library.names import NameRow
from app.library_ops import LibraryOps
from app.reader.model import AnalysisModel
from app.user_messages import user_message

ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1


class NamesPanel(QWidget):
    entity_activated = Signal(str)

    def __init__(self, ops: LibraryOps, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.rows: list[NameRow] = []
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Names and their English forms"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Letters (HSB)"),
                                              self.tr("English"), self.tr("Kind"),
                                              self.tr("Other spellings"),
                                              self.tr("In the library")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked
                                   | QTableWidget.EditTrigger.EditKeyPressed)
        self.table.setToolTip(self.tr("Double-click (or F2) an English form to record it in your "
                                      "glossary; it then comes first everywhere."))
        self.table.itemChanged.connect(self._edited)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # Fixed widths and one line per row: sizing hundreds of wrapped cells to their contents
        # froze the window for a third of a second on a long article. Full text in tooltips.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for col, width in enumerate((150, 130, 130, 110, 160)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._activated)
        self.table.cellClicked.connect(self._activated)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def set_model(self, model: AnalysisModel | None) -> None:
        """A new analysis on screen: its spellings are being found (`show_rows` brings them)."""
        self.rows = []
        self.table.setRowCount(0)
        if model is None:
            self.message.setText("")
            return
        self.message.setText(self.tr("Finding spellings…"))
        self.message.setVisible(True)

    def show_failure(self, message: str) -> None:
        self.message.setText(self.tr("Name spellings could not be computed: {0}").format(message))
        self.message.setVisible(True)

    def show_rows(self, rows: list[NameRow]) -> None:
        """The names of the analysis on screen, one row each."""
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(ENTITY_ROLE, row.id)
            name.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 0, name)
            letters = QTableWidgetItem(row.hsb)
            letters.setFlags(letters.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 1, letters)
            english = row.english
            best = QTableWidgetItem(english[0] if english else "")
            if row.source:
                best.setToolTip(self.source_label(row.source))
            if row.source == "glossary":
                font = best.font()
                font.setBold(True)
                best.setFont(font)
            self.table.setItem(r, 2, best)
            kinds, origins = row.kinds, row.origins
            kind = QTableWidgetItem(self.kind_label(kinds[0], origins[0] if origins else "")
                                    if kinds else "")
            kind.setFlags(kind.flags() & ~Qt.ItemFlag.ItemIsEditable)
            kind.setToolTip("\n".join(f"{e}: {self.kind_label(k, o)}" for e, k, o in
                                      zip(english, kinds, origins, strict=False)))
            self.table.setItem(r, 3, kind)
            others = QTableWidgetItem(", ".join(english[1:5]))
            others.setToolTip(others.text())
            name.setToolTip(row.name)
            others.setFlags(others.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 4, others)
            library_item = QTableWidgetItem(self.library_text(row))
            library_item.setFlags(library_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            library_item.setToolTip(self.library_tooltip(row))
            if row.flag:
                library_item.setForeground(QColor("#c0392b"))
            self.table.setItem(r, 5, library_item)
        self.table.blockSignals(False)
        missing = not any(row.english for row in rows)
        self.message.setText(self.tr("English suggestions are not available in this "
                                     "installation.") if rows and missing else "")
        self.message.setVisible(bool(self.message.text()))

    def library_text(self, row: NameRow) -> str:
        """A warning with the preferred spelling when this article differs; else the others."""
        if row.flag:
            preferred, _reason = row.flag
            return f"⚠ «{preferred}»"
        others = [f"{arabic} ×{count}" for arabic, count, _n in row.variants
                  if arabic != row.name]
        return " · ".join(others[:3])

    def library_tooltip(self, row: NameRow) -> str:
        lines = []
        if row.flag:
            preferred, reason = row.flag
            lines.append(self.tr("Your glossary writes «{0}»").format(preferred)
                         if reason == "glossary" else
                         self.tr("Most articles in the library write «{0}»").format(preferred))
        for arabic, count, articles in row.variants:
            lines.append(self.tr("«{0}»: {1} mentions in {2} articles").format(arabic, count,
                                                                             articles))
        return "\n".join(lines)

    def source_label(self, source: str) -> str:
        return {"glossary": self.tr("from your glossary"),
                "dictionary": self.tr("an established form, from a list or the names dictionary"),
                "translation": self.tr("composed by translating the name's words"),
                "transliteration": self.tr("a transliteration, not an established English name"),
                "model": self.tr("guessed by the transliteration model")}.get(source, source)

    def kind_label(self, kind: str, origin: str = "") -> str:
        """What kind of form a suggestion is, and where it came from: "translation (composed)"."""
        label = {"glossary": self.tr("glossary"), "dictionary": self.tr("dictionary"),
                 "translation": self.tr("translation"),
                 "transliteration": self.tr("transliteration")}.get(kind, kind)
        where = {"known names": self.tr("known names"), "news list": self.tr("news list"),
                 "CLDR": "CLDR", "composed": self.tr("composed"),
                 "composed, name part transliterated": self.tr("composed, name transliterated"),
                 "names dictionary": self.tr("names dictionary"),
                 "model": self.tr("model")}.get(origin, origin)
        return f"{label} ({where})" if where and where != label else label

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 2 or item.row() >= len(self.rows):
            return
        row = self.rows[item.row()]
        english = item.text().strip()
        if english and not (row.english and english == row.english[0]):
            self.record(row.name, english)

    def record(self, arabic: str, english: str) -> None:
        """Keep `english` as the translator's form of `arabic` in the glossary (the rows come
        back from the reader, which finds the spellings again on the glossary change)."""
        from app.library.glossary import Glossary

        self.ops.run(lambda library: Glossary(library).set(arabic, english),
                     Changes(glossary=True),
                     on_error=lambda exc: self.show_failure(user_message(exc)), owner=self)

    def best_english(self, entity_id: str) -> str:
        row = next((r for r in self.rows if r.id == entity_id), None)
        return row.english[0] if row and row.english else ""

    def _activated(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None and item.data(ENTITY_ROLE):
            self.entity_activated.emit(str(item.data(ENTITY_ROLE)))
