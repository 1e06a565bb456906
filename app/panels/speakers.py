"""Who said what: one card per resolved speaker with its statements in reading order.

A card shows the speaker's name, an "anonymous" badge, the affiliation (the entity the speaker
resolves to, when it is not simply the name), and how many statements; each statement is tagged
direct / indirect / mixed. Clicking a statement (or Enter on it) asks the window to scroll there.

The user corrects the machine from here (`app.corrections_ui`): a statement's menu gives it to
another speaker, marks it "not a statement", copies it with its source (Ctrl+Shift+C) or shows
the sentence around it; a card's menu renames, merges or splits the speaker. What the user
corrected is marked "corrected"; Ctrl+Z / Ctrl+Shift+Z in the panel undo and redo.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.reader.labels import claim_kind_label, entity_kind_label
from app.reader.model import AnalysisModel, SpeakerGroup
from app.reader.pages import PageOf, page_suffix
from extract.model import Claim
from extract.normalize import normalize

if TYPE_CHECKING:
    from app.corrections_ui import StatementCorrections

STATEMENT_CHARS = 160
CONTEXT_CHARS = 600  # the sentence around a statement, shortened beyond this
STATEMENTS_SHOWN = 5  # per card until "show all": hundreds of wrapped labels take seconds
CARDS_SHOWN = 25  # cards built at once; more on request
FILTER_DEBOUNCE_MS = 150
KIND_COLORS = {"direct": "#c0392b", "indirect": "#1f5fa8", "mixed": "#8e44ad"}


def evidence_text(text: str, claim: Claim) -> str:
    """How the statement's speaker was found, in the interface language: «from «وأضاف»», and
    the medium that relayed it, when the article says so ("via «وكالة الأنباء الألمانية»")."""
    found = _found_by(text, claim)
    if claim.via is None or not claim.via.name:
        return found
    via = QCoreApplication.translate("SpeakersPanel", "via «{0}»").format(
        "\u2068" + claim.via.name + "\u2069")
    return f"{found} · {via}" if found else via


def _found_by(text: str, claim: Claim) -> str:
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
    if ev.kind == "corrected":
        return tr("SpeakersPanel", "speaker set by you")
    return tr("SpeakersPanel", "the rest of the same quotation")


def context_html(text: str, claim: Claim) -> str:
    """The sentence(s) around a statement, the statement in bold: where it stands and who the
    article says speaks (the cue and the speaker's words may stand in the sentence before)."""
    from extract.segment import paragraph_spans, sentence_spans

    content = claim.content
    words = [s for s in (claim.cue, claim.speaker_mention) if s is not None]
    start = min([content.start, *(s.start for s in words)])
    end = max([content.end, *(s.end for s in words)])
    paragraph = next((p for p in paragraph_spans(text) if p.start <= start < p.end + 1), None)
    if paragraph is None:
        return _escape(text[content.start:content.end])
    sentences = sentence_spans(text, [paragraph])
    inside = [i for i, s in enumerate(sentences) if s.end > start and s.start < end]
    if not inside:
        return _escape(text[content.start:content.end])
    first, last = inside[0], inside[-1]
    if not words and first > 0:  # nobody named at it: the sentence before says who speaks
        first -= 1
    lo, hi = sentences[first].start, sentences[last].end
    if hi - lo > CONTEXT_CHARS:  # a long paragraph without full stops
        lo = max(lo, start - CONTEXT_CHARS // 3)
        hi = min(hi, max(end, lo + CONTEXT_CHARS))
    def flat(a: int, b: int) -> str:  # runs of white space (line breaks too) made one space
        return _escape(re.sub(r"\s+", " ", text[a:b]))

    return (("… " if lo > sentences[first].start else "") + flat(lo, content.start) + "<b>"
            + flat(content.start, content.end) + "</b>" + flat(content.end, hi)
            + (" …" if hi < sentences[last].end else "")).strip()


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
                 parent=None, article_text: str = "") -> None:
        super().__init__(parent)
        self.claim = claim
        self.article_text = article_text
        self.context_label: QLabel | None = None
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
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(2)
        side.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignTop)
        self.corrected = bool(claim.evidence and claim.evidence.kind == "corrected")
        if self.corrected:
            badge = QLabel(QCoreApplication.translate("SpeakersPanel", "corrected"))
            badge.setObjectName("correctedBadge")
            badge.setStyleSheet("QLabel#correctedBadge { border: 1px dashed #2e7d32;"
                                " color: #2e7d32; border-radius: 5px; padding: 0 4px; }")
            side.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        self.context_button = QToolButton()
        self.context_button.setObjectName("contextButton")
        self.context_button.setText(QCoreApplication.translate("SpeakersPanel", "context"))
        self.context_button.setToolTip(QCoreApplication.translate(
            "SpeakersPanel", "Show the sentence around the statement"))
        self.context_button.setCheckable(True)
        self.context_button.setAutoRaise(True)
        self.context_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.context_button.toggled.connect(self.show_context)
        side.addWidget(self.context_button, 0, Qt.AlignmentFlag.AlignTop)
        side.addStretch(1)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side)
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
        self._body = body
        # what a screen reader says on reaching it
        self.setAccessibleName(f"{kind_label}: {text}")
        self.setAccessibleDescription(" ".join(x for x in (evidence, QCoreApplication.translate(
            "SpeakersPanel", "Press Enter to show this statement in the article.")) if x))

    def show_context(self, on: bool = True) -> None:
        """Show (or hide) the sentence around the statement under it."""
        if self.context_button.isChecked() != on:
            self.context_button.setChecked(on)  # comes back here through toggled
            return
        if on and self.context_label is None:
            self.context_label = QLabel(context_html(self.article_text, self.claim), self)
            self.context_label.setObjectName("context")
            self.context_label.setTextFormat(Qt.TextFormat.RichText)
            self.context_label.setWordWrap(True)
            self.context_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            self.context_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                            | Qt.AlignmentFlag.AlignAbsolute)
            self.context_label.setStyleSheet("QLabel#context { border-top: 1px solid "
                                             "palette(mid); padding-top: 3px; }")
            self._body.addWidget(self.context_label)
        if self.context_label is not None:
            self.context_label.setVisible(on)

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
        if any(c.evidence and c.evidence.kind == "corrected" for c in group.claims):
            badge = QLabel(QCoreApplication.translate("SpeakersPanel", "corrected"))
            badge.setObjectName("correctedBadge")
            badge.setToolTip(QCoreApplication.translate(
                "SpeakersPanel", "You corrected who said some of these statements."))
            badge.setStyleSheet("QLabel#correctedBadge { border: 1px dashed #2e7d32;"
                                " color: #2e7d32; border-radius: 6px; padding: 0 5px; }")
            header.insertWidget(1, badge)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        if not group.unattributed:
            note = QAction(QCoreApplication.translate(
                "SpeakersPanel", "Add a Note on This Speaker"), self)
            note.triggered.connect(lambda: panel.note_requested.emit(group.name))
            self.addAction(note)
            across = QAction(QCoreApplication.translate(
                "SpeakersPanel", "Everything This Speaker Said in the Library…"), self)
            across.triggered.connect(lambda: panel.speaker_view_requested.emit(group.name))
            self.addAction(across)
        for action in panel.card_actions(self):
            self.addAction(action)
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
                                 claim_kind_label(claim.kind)
                                 + page_suffix(self.panel.page_of, claim.content.start),
                                 evidence_text(self.model.text, claim),
                                 article_text=self.model.text)
            item.activated.connect(self.panel.claim_activated)
            item.activated.connect(self.panel.set_current_item)
            item.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for action in self.panel.statement_actions(item):
                item.addAction(action)
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


def _separator(parent: QWidget) -> QAction:
    action = QAction(parent)
    action.setSeparator(True)
    return action


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SpeakersPanel(QWidget):
    claim_activated = Signal(str)
    note_requested = Signal(str)  # a speaker's name: the user wants to write a note on them
    speaker_view_requested = Signal(str)  # a speaker's name: their statements across the library

    SORT_APPEARANCE, SORT_COUNT = 0, 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model: AnalysisModel | None = None
        self.corrections: StatementCorrections | None = None
        self.current_claim: str | None = None  # the statement last clicked or focused
        self._keep_scroll: int | None = None
        self.page_of: PageOf | None = None  # the article's pages (a PDF): "p. 3" on statements
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
        self.copy_action = QAction(self.tr("Copy with Source"), self)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_current)
        self.addAction(self.copy_action)

    # -- corrections -----------------------------------------------------------------------
    def set_corrections(self, corrections: StatementCorrections) -> None:
        """Let the user correct who said what from the cards. Undo and redo are the window's
        (Edit > Undo Correction, Ctrl+Z, in app.actions): a correction rebuilds the cards, so
        a shortcut of this panel's would be lost with the focus."""
        self.corrections = corrections

    def statement_actions(self, item: StatementItem) -> list[QAction]:
        """A statement's menu: copy it with its source, its context, and the corrections."""
        claim_id = item.claim.id
        # the key is the panel's action (one shortcut, else Qt finds it ambiguous): shown here
        copy = QAction(self.tr("Copy with Source") + "\tCtrl+Shift+C", item)
        copy.triggered.connect(lambda: self.copy_claim(claim_id))
        context = QAction(self.tr("Show the Sentence Around It"), item)
        context.setCheckable(True)
        context.toggled.connect(item.show_context)
        item.context_button.toggled.connect(context.setChecked)
        actions = [copy, context]
        if self.corrections is None:
            return actions
        speaker = QAction(self.tr("Change the Speaker…"), item)
        speaker.triggered.connect(lambda: self.corrections.ask_speaker([claim_id]))
        drop = QAction(self.tr("Not a Statement"), item)
        drop.triggered.connect(lambda: self.corrections.not_a_statement([claim_id]))
        return [*actions, _separator(item), speaker, drop]

    def card_actions(self, card: SpeakerCard) -> list[QAction]:
        """A card's menu: rename, merge into another card, split."""
        if self.corrections is None or card.group.unattributed or self.model is None:
            return []
        name = card.group.name
        rename = QAction(self.tr("Rename…"), card)
        rename.triggered.connect(lambda: self.corrections.ask_rename(name))
        merge = QAction(self.tr("Merge Into"), card)
        menu = QMenu(card)
        others = [g.name for g in self.groups() if not g.unattributed and g.id != card.group.id]
        for other in others:
            into = menu.addAction(other)
            into.triggered.connect(lambda _on=False, o=other: self.corrections.merge(name, o))
        merge.setMenu(menu)
        merge.setEnabled(bool(others))
        split = QAction(self.tr("Split Off Statements…"), card)
        claims = list(card.group.claims)
        split.triggered.connect(lambda: self.corrections.ask_split(name, claims))
        split.setEnabled(len(claims) > 1)
        return [_separator(card), rename, merge, split]

    def set_current_item(self, claim_id: str) -> None:
        self.current_claim = claim_id

    def _focused_claim(self) -> str | None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, StatementItem):
            widget = widget.parentWidget()
        return widget.claim.id if widget is not None else self.current_claim

    def copy_current(self) -> None:
        """Ctrl+Shift+C: the selected statement, with who said it and where."""
        claim_id = self._focused_claim()
        if claim_id is not None:
            self.copy_claim(claim_id)

    def copy_claim(self, claim_id: str) -> None:
        if self.corrections is not None:
            self.corrections.copy_citation(claim_id)

    def item_for(self, claim_id: str) -> StatementItem | None:
        return next((i for c in self.cards for i in c.items if i.claim.id == claim_id), None)

    def card_for(self, name: str) -> SpeakerCard | None:
        return next((c for c in self.cards if c.group.name == name), None)

    def affiliation(self, group: SpeakerGroup, model: AnalysisModel) -> str:
        """The entity the speaker resolves to, when that says more than the name itself."""
        entity = model.entities.get(str(group.entity)) if group.entity else None
        if entity is None or normalize(entity.name) == normalize(group.name):
            return ""
        return f"{entity.name} · {entity_kind_label(entity.type)}"

    def set_model(self, model: AnalysisModel | None) -> None:
        same_article = (model is not None and self.model is not None
                        and model.text == self.model.text)
        # a correction reloads the article's analysis: the list stays where the user was
        self._keep_scroll = self.scroll.verticalScrollBar().value() if same_article else None
        self.model = model
        self._texts = {}
        if not same_article:
            self.current_claim = None
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
            if self._keep_scroll is not None:
                self.scroll.verticalScrollBar().setValue(self._keep_scroll)
                self._keep_scroll = None
            return
        self._hidden_cards.pop(0).setVisible(True)

    def is_filling(self) -> bool:
        """Cards are still being shown one by one."""
        return bool(self._hidden_cards)

    def show_more_cards(self) -> None:
        self._add_cards(CARDS_SHOWN)

    def visible_cards(self) -> list[SpeakerCard]:
        return [c for c in self.cards if not c.isHidden()]
