"""Highlight layers drawn over the article as extra selections, never as markup in the text.

Each layer (people, organisations, places, other, statements, cues, speakers, notes) is a list of
QTextEdit.ExtraSelection built once per analysis; toggling a layer only re-combines the lists.
Qt paints an extra selection by re-drawing the laid-out line clipped to the span, so the glyphs
keep the shaping of the whole word: the name inside «لحفتر» stays joined to its «ل».
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from app.reader.article_view import ArticleView
from app.reader.model import AnalysisModel, Span
from app.theme import HighlightColors, highlight_colors

ENTITY_LAYERS = ("PER", "ORG", "LOC", "MISC")
CLAIM_LAYERS = ("statement", "cue", "speaker")
LAYERS = (*ENTITY_LAYERS, *CLAIM_LAYERS, "notes")
# Drawn bottom to top: statement backgrounds first, so entity tints and marks sit on them.
PAINT_ORDER = ("statement", *ENTITY_LAYERS, "notes", "cue", "speaker")
FLASH_STEPS, FLASH_STEP_MS = 8, 110


class Highlighter(QObject):
    layers_changed = Signal()

    def __init__(self, view: ArticleView, colors: HighlightColors | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.colors = colors or highlight_colors()
        self.model: AnalysisModel | None = None
        self.note_spans: list[Span] = []
        self.enabled: dict[str, bool] = dict.fromkeys(LAYERS, True)
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {k: [] for k in LAYERS}
        self._focus: list[Span] = []
        self._current: Span | None = None
        self._flash: Span | None = None
        self._flash_step = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_STEP_MS)
        self._flash_timer.timeout.connect(self._fade_flash)

    # -- data ------------------------------------------------------------------------------
    def set_model(self, model: AnalysisModel | None) -> None:
        self.model = model
        self._focus, self._current = [], None
        self._rebuild_analysis_layers()
        self.apply()

    def set_note_spans(self, spans: list[Span]) -> None:
        self.note_spans = sorted(spans)
        self._layers["notes"] = [self._selection(s, e, self._note_format())
                                 for s, e in self.note_spans]
        self.apply()

    def set_colors(self, colors: HighlightColors) -> None:
        self.colors = colors
        self._rebuild_analysis_layers()
        self.set_note_spans(self.note_spans)

    def clear(self) -> None:
        self.model = None
        self.note_spans = []
        self._layers = {k: [] for k in LAYERS}
        self._focus, self._current, self._flash = [], None, None
        self.apply()

    # -- layers ----------------------------------------------------------------------------
    def set_layer_enabled(self, layer: str, on: bool) -> None:
        if self.enabled.get(layer) == on:
            return
        self.enabled[layer] = on
        self.apply()
        self.layers_changed.emit()

    def is_enabled(self, layer: str) -> bool:
        return self.enabled.get(layer, False)

    def layer_count(self, layer: str) -> int:
        return len(self._layers[layer])

    def visible_selections(self) -> list[QTextEdit.ExtraSelection]:
        return self.view.extraSelections()

    # -- transient marks -------------------------------------------------------------------
    def set_focus(self, spans: list[Span], current: Span | None) -> None:
        """Mark every mention of the chosen entity, the current one more strongly."""
        self._focus, self._current = list(spans), current
        self.apply()

    def flash(self, start: int, end: int) -> None:
        """Briefly light up a span the user jumped to, fading out."""
        self._flash = (start, end)
        self._flash_step = 0
        self._flash_timer.start()
        self.apply()

    def is_flashing(self) -> bool:
        return self._flash is not None

    def _fade_flash(self) -> None:
        self._flash_step += 1
        if self._flash_step >= FLASH_STEPS:
            self._flash_timer.stop()
            self._flash = None
        self.apply()

    # -- drawing ---------------------------------------------------------------------------
    def apply(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        for layer in PAINT_ORDER:
            if self.enabled[layer]:
                selections.extend(self._layers[layer])
        if self._focus:
            fmt = QTextCharFormat()
            fmt.setBackground(self.colors.focus)
            selections.extend(self._selection(s, e, fmt) for s, e in self._focus)
        if self._current:
            fmt = QTextCharFormat()
            fmt.setBackground(self.colors.current)
            selections.append(self._selection(*self._current, fmt))
        if self._flash:
            color = QColor(self.colors.flash)
            color.setAlpha(int(255 * (1 - self._flash_step / FLASH_STEPS)))
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            selections.append(self._selection(*self._flash, fmt))
        self.view.setExtraSelections(selections)

    def _rebuild_analysis_layers(self) -> None:
        for layer in (*ENTITY_LAYERS, *CLAIM_LAYERS):
            self._layers[layer] = []
        model = self.model
        if model is None:
            return
        for ent in model.entities.values():
            layer = ent.type if ent.type in ENTITY_LAYERS else "MISC"
            fmt = QTextCharFormat()
            fmt.setBackground(self.colors.for_type(layer))
            self._layers[layer].extend(self._selection(s, e, fmt) for s, e in ent.mentions)
        statement, cue, speaker = self._claim_formats()
        for claim in model.claims:
            if claim.content:
                self._layers["statement"].append(self._selection(*claim.content, statement))
            if claim.cue:
                self._layers["cue"].append(self._selection(*claim.cue, cue))
            if claim.speaker_mention:
                self._layers["speaker"].append(self._selection(*claim.speaker_mention, speaker))

    def _claim_formats(self) -> tuple[QTextCharFormat, QTextCharFormat, QTextCharFormat]:
        statement = QTextCharFormat()
        statement.setBackground(self.colors.statement)
        cue = QTextCharFormat()
        cue.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        cue.setUnderlineColor(self.colors.cue)
        speaker = QTextCharFormat()
        speaker.setForeground(self.colors.speaker)
        speaker.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        speaker.setUnderlineColor(self.colors.speaker)
        return statement, cue, speaker

    def _note_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(self.colors.note)
        return fmt

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.view.cursor_for(start, end)
        selection.format = fmt
        return selection


def layer_color(colors: HighlightColors, layer: str) -> QColor:
    """The swatch colour a legend shows for a layer."""
    return {"PER": colors.person, "ORG": colors.organisation, "LOC": colors.place,
            "MISC": colors.other, "statement": colors.statement, "cue": colors.cue,
            "speaker": colors.speaker, "notes": colors.note}.get(layer, QColor(Qt.GlobalColor.gray))
