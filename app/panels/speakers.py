"""Who said what: one card per resolved speaker with its statements in reading order.

A card shows the speaker's name, an "anonymous" badge, the affiliation (the entity the speaker
resolves to, when it is not simply the name), and how many statements; each statement is tagged
direct / indirect / mixed. Clicking a statement (or Enter on it) asks the window to scroll there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.reader.model import AnalysisModel, ClaimInfo, SpeakerGroup
from extract.normalize import normalize

STATEMENT_CHARS = 160
KIND_COLORS = {"direct": "#c0392b", "indirect": "#1f5fa8", "mixed": "#8e44ad"}


def statement_text(text: str, claim: ClaimInfo) -> str:
    span = claim.anchor
    if span is None:
        return ""
    snippet = " ".join(text[span[0]:span[1]].split())
    return snippet if len(snippet) <= STATEMENT_CHARS else snippet[:STATEMENT_CHARS - 1] + "…"


class StatementItem(QFrame):
    """One statement of a speaker: a kind tag and the (shortened) text; activates on click/Enter."""

    activated = Signal(str)

    def __init__(self, claim: ClaimInfo, text: str, kind_label: str, parent=None) -> None:
        super().__init__(parent)
        self.claim = claim
        self.setObjectName("statement")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        self.kind = QLabel(kind_label)
        self.kind.setObjectName(f"kind_{claim.kind}")
        color = KIND_COLORS.get(claim.kind, "#888888")
        self.kind.setStyleSheet(f"QLabel {{ border: 1px solid {color}; border-radius: 5px;"
                                " padding: 0 4px; }")
        self.kind.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.claim.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.claim.id)
        else:
            super().keyPressEvent(event)


class SpeakerCard(QFrame):
    def __init__(self, panel: SpeakersPanel, group: SpeakerGroup, model: AnalysisModel) -> None:
        super().__init__()
        self.group = group
        self.setObjectName("speakerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        header = QHBoxLayout()
        name = group.name if not group.unattributed else QCoreApplication.translate(
            "SpeakersPanel", "Unattributed")
        self.name_label = QLabel(f"<b>{_escape(name)}</b>")
        self.name_label.setWordWrap(True)
        header.addWidget(self.name_label, 1)
        if group.anonymous:
            badge = QLabel(QCoreApplication.translate("SpeakersPanel", "anonymous"))
            badge.setObjectName("anonymousBadge")
            badge.setStyleSheet("QLabel#anonymousBadge { border: 1px solid palette(mid);"
                                " border-radius: 6px; padding: 0 5px; }")
            header.addWidget(badge)
        count = len(group.claims)
        self.count_label = QLabel(QCoreApplication.translate(
            "SpeakersPanel", "%n statement(s)", "", count))
        self.count_label.setEnabled(False)
        header.addWidget(self.count_label)
        layout.addLayout(header)
        affiliation = panel.affiliation(group, model)
        if affiliation:
            aff = QLabel(affiliation)
            aff.setObjectName("affiliation")
            aff.setWordWrap(True)
            aff.setEnabled(False)
            layout.addWidget(aff)
        if not group.unattributed:
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            note = QAction(QCoreApplication.translate(
                "SpeakersPanel", "Add a Note on This Speaker"), self)
            note.triggered.connect(lambda: panel.note_requested.emit(group.name))
            self.addAction(note)
        self.items: list[StatementItem] = []
        for claim in group.claims:
            item = StatementItem(claim, statement_text(model.text, claim),
                                 panel.kind_label(claim.kind))
            item.activated.connect(panel.claim_activated)
            self.items.append(item)
            layout.addWidget(item)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SpeakersPanel(QWidget):
    claim_activated = Signal(str)
    note_requested = Signal(str)  # a speaker's name: the user wants to write a note on them

    SORT_APPEARANCE, SORT_COUNT = 0, 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model: AnalysisModel | None = None
        self.cards: list[SpeakerCard] = []
        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(self.tr("Filter speakers and statements"))
        self.filter_box.textChanged.connect(self._apply_filter)
        self.sort_box = QComboBox()
        self.sort_box.addItems([self.tr("By appearance"), self.tr("By number of statements")])
        self.sort_box.currentIndexChanged.connect(self._rebuild)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.sort_box)
        self.empty_label = QLabel(self.tr("No attributed statements yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.container = QWidget()
        self.cards_layout = QVBoxLayout(self.container)
        self.cards_layout.setContentsMargins(4, 4, 4, 4)
        self.cards_layout.setSpacing(8)
        self.cards_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.container)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)

    def kind_label(self, kind: str) -> str:
        return {"direct": self.tr("direct"), "indirect": self.tr("indirect"),
                "mixed": self.tr("mixed")}.get(kind, kind)

    def affiliation(self, group: SpeakerGroup, model: AnalysisModel) -> str:
        """The entity the speaker resolves to, when that says more than the name itself."""
        entity = model.entities.get(str(group.entity)) if group.entity else None
        if entity is None or normalize(entity.name) == normalize(group.name):
            return ""
        kind = {"PER": self.tr("person"), "ORG": self.tr("organisation"),
                "LOC": self.tr("place")}.get(entity.type, self.tr("other"))
        return f"{entity.name} · {kind}"

    def set_model(self, model: AnalysisModel | None) -> None:
        self.model = model
        self._rebuild()

    def groups(self) -> list[SpeakerGroup]:
        if self.model is None:
            return []
        groups = self.model.speaker_groups()
        if self.sort_box.currentIndex() == self.SORT_COUNT:
            groups.sort(key=lambda g: (g.unattributed, -len(g.claims), g.first_position))
        else:
            groups.sort(key=lambda g: (g.unattributed, g.first_position))
        return groups

    def _rebuild(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        model = self.model
        for i, group in enumerate(self.groups()):
            card = SpeakerCard(self, group, model)
            self.cards.append(card)
            self.cards_layout.insertWidget(i, card)
        self.empty_label.setVisible(not self.cards)
        self._apply_filter()

    def _apply_filter(self) -> None:
        needle = normalize(self.filter_box.text()).strip()
        for card in self.cards:
            if not needle:
                card.setVisible(True)
                for item in card.items:
                    item.setVisible(True)
                continue
            names = normalize(" ".join([card.group.name, *card.group.aliases]))
            if needle in names:
                card.setVisible(True)
                for item in card.items:
                    item.setVisible(True)
                continue
            shown = 0
            for item in card.items:
                hit = needle in normalize(item.label.text())
                item.setVisible(hit)
                shown += hit
            card.setVisible(shown > 0)

    def visible_cards(self) -> list[SpeakerCard]:
        return [c for c in self.cards if not c.isHidden()]
