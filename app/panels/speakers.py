"""Who said what: one card per resolved speaker with its statements in reading order.

A card shows the speaker's name, an "anonymous" badge, the affiliation (the entity the speaker
resolves to, when it is not simply the name), and how many statements; each statement is tagged
direct / indirect / mixed. Clicking a statement (or Enter on it) asks the window to scroll there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.reader.labels import claim_kind_label, entity_kind_label
from app.reader.model import AnalysisModel, SpeakerGroup
from extract.model import Claim
from extract.normalize import normalize

STATEMENT_CHARS = 160
STATEMENTS_SHOWN = 5  # per card until "show all": hundreds of wrapped labels take seconds
CARDS_SHOWN = 25  # cards built at once; more on request
FILTER_DEBOUNCE_MS = 150
KIND_COLORS = {"direct": "#c0392b", "indirect": "#1f5fa8", "mixed": "#8e44ad"}


def evidence_text(text: str, claim: Claim) -> str:
    """How the statement's speaker was found, in the interface language: «from «وأضاف»»."""
    ev = claim.evidence
    if ev is None:
        return ""
    # isolated (FSI … PDI), so the Arabic words do not reorder the sentence around them
    words = "\u2068" + " ".join(text[ev.span[0]:ev.span[1]].split()) + "\u2069" if ev.span else ""
    tr = QCoreApplication.translate
    if ev.kind == "explicit":
        return ""
    if ev.kind == "implicit":
        return tr("SpeakersPanel", "inferred from «{0}»").format(words) if words else tr(
            "SpeakersPanel", "inferred")
    if ev.kind == "reference":
        return tr("SpeakersPanel", "«{0}» refers to the source named earlier").format(words)
    if ev.kind == "title":
        return tr("SpeakersPanel", "«{0}» refers to the holder of that title").format(words)
    if ev.kind == "according-to":
        return tr("SpeakersPanel", "according to «{0}»").format(words)
    return tr("SpeakersPanel", "the rest of the same quotation")


def statement_text(text: str, claim: Claim) -> str:
    span = claim.anchor
    if span is None:
        return ""
    snippet = " ".join(text[span[0]:span[1]].split())
    return snippet if len(snippet) <= STATEMENT_CHARS else snippet[:STATEMENT_CHARS - 1] + "…"


class StatementItem(QFrame):
    """One statement of a speaker: a kind tag and the (shortened) text; activates on click/Enter."""

    activated = Signal(str)

    def __init__(self, claim: Claim, text: str, kind_label: str, evidence: str = "",
                 parent=None) -> None:
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
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.label)
        # how the speaker was found; inferred speakers (not named at the statement) in italics
        self.evidence = QLabel(evidence, self)  # a parent first: shown alone it is a window
        self.evidence.setObjectName("evidence")
        self.evidence.setWordWrap(True)
        self.evidence.setEnabled(False)
        font = self.evidence.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setItalic(bool(claim.evidence and claim.evidence.inferred))
        self.evidence.setFont(font)
        self.evidence.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.evidence.setVisible(bool(evidence))
        body.addWidget(self.evidence)
        layout.addLayout(body, 1)
        # what a screen reader says on reaching it
        self.setAccessibleName(f"{kind_label}: {text}")
        self.setAccessibleDescription(" ".join(x for x in (evidence, QCoreApplication.translate(
            "SpeakersPanel", "Press Enter to show this statement in the article.")) if x))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.claim.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.claim.id)
        else:
            super().keyPressEvent(event)


class SpeakerCard(QFrame):
    """A speaker's card; `claims` are the statements to list (all, or those matching the
    filter), of which the first STATEMENTS_SHOWN get a widget until the user asks for all."""

    def __init__(self, panel: SpeakersPanel, group: SpeakerGroup, model: AnalysisModel,
                 claims: list[Claim] | None = None) -> None:
        super().__init__()
        self.group = group
        self.panel = panel
        self.model = model
        self.claims = group.claims if claims is None else claims
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
        self.setAccessibleName(" — ".join(x for x in (
            name, QCoreApplication.translate("SpeakersPanel", "anonymous")
            if group.anonymous else "", self.count_label.text()) if x))
        self.setAccessibleDescription(" ".join(x for x in (affiliation, QCoreApplication.translate(
            "SpeakersPanel", "A speaker and their statements, in reading order.")) if x))
        self.items: list[StatementItem] = []
        self.more_button: QPushButton | None = None
        self._layout = layout
        self._add_items(STATEMENTS_SHOWN)

    def _add_items(self, limit: int) -> None:
        for claim in self.claims[len(self.items):limit]:
            item = StatementItem(claim, statement_text(self.model.text, claim),
                                 claim_kind_label(claim.kind),
                                 evidence_text(self.model.text, claim))
            item.activated.connect(self.panel.claim_activated)
            self.items.append(item)
            self._layout.insertWidget(self._layout.count() - (1 if self.more_button else 0),
                                      item)
        left = len(self.claims) - len(self.items)
        if left > 0 and self.more_button is None:
            self.more_button = QPushButton(QCoreApplication.translate(
                "SpeakersPanel", "Show all %n statement(s)", "", len(self.claims)))
            self.more_button.setFlat(True)
            self.more_button.setAccessibleDescription(QCoreApplication.translate(
                "SpeakersPanel", "List every statement of this speaker"))
            self.more_button.clicked.connect(self.show_all)
            self._layout.addWidget(self.more_button)
        elif left <= 0 and self.more_button is not None:
            self.more_button.deleteLater()
            self.more_button = None

    def show_all(self) -> None:
        self._add_items(len(self.claims))


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
        self._pending: list[tuple[SpeakerGroup, list[Claim]]] = []
        self._texts: dict[str, str] = {}
        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(self.tr("Filter speakers and statements"))
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self.filter_timer.timeout.connect(self._rebuild)
        self.filter_box.textChanged.connect(self.filter_timer.start)
        self.sort_box = QComboBox()
        self.sort_box.addItems([self.tr("By appearance"), self.tr("By number of statements")])
        self.sort_box.currentIndexChanged.connect(self._rebuild)
        self.filter_box.setAccessibleName(self.tr("Filter speakers and statements"))
        self.filter_box.setAccessibleDescription(self.tr(
            "Shows only the speakers and statements containing these words"))
        self.sort_box.setAccessibleName(self.tr("Order of the speakers"))
        self.sort_box.setAccessibleDescription(self.tr(
            "By their first appearance in the article, or by their number of statements"))
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
        self.more_cards = QPushButton()
        self.more_cards.setFlat(True)
        self.more_cards.setAccessibleDescription(self.tr("List the speakers not shown yet"))
        self.more_cards.clicked.connect(self.show_more_cards)
        self.more_cards.hide()
        self.cards_layout.addWidget(self.more_cards)
        # Showing a card (styling, wrapping, laying out its statements) takes 5-40 ms on the UI
        # thread; cards are built at once but shown one per turn of the event loop.
        self._hidden_cards: list[SpeakerCard] = []
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setInterval(0)
        self._reveal_timer.timeout.connect(self._reveal_next)
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

    def affiliation(self, group: SpeakerGroup, model: AnalysisModel) -> str:
        """The entity the speaker resolves to, when that says more than the name itself."""
        entity = model.entities.get(str(group.entity)) if group.entity else None
        if entity is None or normalize(entity.name) == normalize(group.name):
            return ""
        return f"{entity.name} · {entity_kind_label(entity.type)}"

    def set_model(self, model: AnalysisModel | None) -> None:
        self.model = model
        self._texts = {}
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
        """Cards for the groups matching the filter, a bounded number at a time."""
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self._hidden_cards = []
        needle = normalize(self.filter_box.text()).strip()
        self._pending = [(g, claims) for g in self.groups()
                         if (claims := self._matching(g, needle))]
        self._add_cards(CARDS_SHOWN)
        self.empty_label.setVisible(not self.cards)

    def _matching(self, group: SpeakerGroup, needle: str) -> list[Claim]:
        if not needle or needle in normalize(" ".join([group.name, *group.aliases])):
            return group.claims
        return [c for c in group.claims if needle in self._claim_text(c)]

    def _claim_text(self, claim: Claim) -> str:
        found = self._texts.get(claim.id)
        if found is None and self.model is not None:
            span = claim.anchor
            found = normalize(self.model.text[span[0]:span[1]]) if span else ""
            self._texts[claim.id] = found
        return found or ""

    def _add_cards(self, count: int) -> None:
        start = len(self.cards)
        for group, claims in self._pending[start:start + count]:
            card = SpeakerCard(self, group, self.model, claims)
            card.setVisible(False)  # shown by _reveal_next
            self.cards.append(card)
            self._hidden_cards.append(card)
            self.cards_layout.insertWidget(len(self.cards) - 1, card)
        if self._hidden_cards:
            self._reveal_timer.start()
        left = len(self._pending) - len(self.cards)
        self.more_cards.setVisible(left > 0)
        if left > 0:
            self.more_cards.setText(self.tr("Show %n more speaker(s)", "", left))

    def _reveal_next(self) -> None:
        if not self._hidden_cards:
            self._reveal_timer.stop()
            return
        self._hidden_cards.pop(0).setVisible(True)

    def is_filling(self) -> bool:
        """Cards are still being shown one by one."""
        return bool(self._hidden_cards)

    def show_more_cards(self) -> None:
        self._add_cards(CARDS_SHOWN)

    def visible_cards(self) -> list[SpeakerCard]:
        return [c for c in self.cards if not c.isHidden()]
