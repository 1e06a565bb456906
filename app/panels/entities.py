"""Entities panel: people, organisations, places and other names, grouped by type with counts.

Activating an entity (click, Enter) selects all its mentions in the article.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.reader.model import ENTITY_TYPES, AnalysisModel

ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1


class EntitiesPanel(QWidget):
    entity_activated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Mentions")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(1, 90)  # sizing to contents walks every row
        self.tree.header().setStretchLastSection(False)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)

    def type_label(self, entity_type: str) -> str:
        return {"PER": self.tr("People"), "ORG": self.tr("Organisations"),
                "LOC": self.tr("Places"), "MISC": self.tr("Other")}.get(entity_type, entity_type)

    def set_model(self, model: AnalysisModel | None) -> None:
        self.tree.clear()
        if model is None:
            return
        for entity_type in ENTITY_TYPES:
            members = [e for e in model.entities.values()
                       if (e.type if e.type in ENTITY_TYPES else "MISC") == entity_type]
            if not members:
                continue
            members.sort(key=lambda e: (-len(e.mentions), e.mentions[0][0] if e.mentions else 0))
            group = QTreeWidgetItem([f"{self.type_label(entity_type)} ({len(members)})",
                                     str(sum(len(e.mentions) for e in members))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for entity in members:
                item = QTreeWidgetItem([entity.name, str(len(entity.mentions))])
                item.setData(0, ENTITY_ROLE, entity.id)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
                group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)

    def groups(self) -> dict[str, list[tuple[str, int]]]:
        """What the panel lists: type -> [(name, mentions)] (for tests and the screenshot)."""
        result: dict[str, list[tuple[str, int]]] = {}
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            result[group.text(0)] = [(group.child(j).text(0), int(group.child(j).text(1)))
                                     for j in range(group.childCount())]
        return result

    def _activated(self, item: QTreeWidgetItem) -> None:
        entity_id = item.data(0, ENTITY_ROLE)
        if entity_id:
            self.entity_activated.emit(str(entity_id))
