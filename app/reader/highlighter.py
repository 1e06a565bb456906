"""Highlight layers drawn over the article as extra selections, never as markup in the text.

Each layer (people, organisations, places, other, statements, cues, speakers, notes) is a sorted
list of spans with one format; toggling a layer only re-combines them. A long article (over
FULL_DRAW_CHARS) gets selections only for the spans near the visible part, refreshed as the
user scrolls: handing Qt thousands of selections makes it lay out the whole document at once,
which froze the window for seconds on a 2 MB article.
Qt paints an extra selection by re-drawing the laid-out line clipped to the span, so the glyphs
keep the shaping of the whole word: the name inside «لحفتر» stays joined to its «ل».
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from app.reader.article_view import ArticleView
from app.reader.model import AnalysisModel, Span
from app.theme import (
    CLAIM_LAYERS,
    ENTITY_LAYERS,
    LAYERS,
    PAINT_ORDER,
    HighlightColors,
    highlight_colors,
    layer_color,
    layer_format,
)

__all__ = ["CLAIM_LAYERS", "ENTITY_LAYERS", "LAYERS", "PAINT_ORDER", "Highlighter", "layer_color"]
FLASH_STEPS, FLASH_STEP_MS = 8, 110
FULL_DRAW_CHARS = 60_000  # up to this length every highlight is drawn; beyond, only near view
VIEW_MARGIN_CHARS = 1_500
MAX_SCREEN_CHARS = 20_000  # more than any screen shows at the smallest zoom


class _Layer:
    """Spans sorted by start, with one format, and the longest span (for overlap queries)."""

    def __init__(self, spans: list[Span], fmt: QTextCharFormat | None) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)
        self.fmt = fmt

    def between(self, lo: int, hi: int) -> list[Span]:
        """Spans overlapping [lo, hi)."""
        i = bisect_left(self.starts, lo - self.longest)
        j = bisect_left(self.starts, hi)
        return [(s, e) for s, e in self.spans[i:j] if e > lo]


class Highlighter(QObject):
    layers_changed = Signal()

    def __init__(self, view: ArticleView, colors: HighlightColors | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.colors = colors or highlight_colors()
        self.model: AnalysisModel | None = None
        self.note_spans: list[Span] = []
        self.enabled: dict[str, bool] = dict.fromkeys(LAYERS, True)
        self._layers: dict[str, _Layer] = {k: _Layer([], None) for k in LAYERS}
        self._focus: list[Span] = []
        self._current: Span | None = None
        self._found = _Layer([], None)  # find in the article: every hit, and the current one
        self._found_current: Span | None = None
        self._flash: Span | None = None
        self._flash_step = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_STEP_MS)
        self._flash_timer.timeout.connect(self._fade_flash)
        self._view_timer = QTimer(self)  # coalesces scroll/resize into one refresh
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(0)
        self._view_timer.timeout.connect(self.apply)
        view.viewport_moved.connect(self._viewport_moved)

    # -- data ------------------------------------------------------------------------------
    def set_model(self, model: AnalysisModel | None) -> None:
        self.model = model
        self._focus, self._current = [], None
        self._rebuild_analysis_layers()
        self.apply()

    def set_note_spans(self, spans: list[Span]) -> None:
        self.note_spans = sorted(spans)
        self._layers["notes"] = _Layer(self.note_spans, layer_format(self.colors, "notes"))
        self.apply()

    def set_colors(self, colors: HighlightColors) -> None:
        self.colors = colors
        self._rebuild_analysis_layers()
        self.set_note_spans(self.note_spans)

    def clear(self) -> None:
        self.model = None
        self.note_spans = []
        self._layers = {k: _Layer([], None) for k in LAYERS}
        self._focus, self._current, self._flash = [], None, None
        self._found, self._found_current = _Layer([], None), None
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

    def spans(self, layer: str) -> list[Span]:
        """The layer's spans, whether it is on or not."""
        return list(self._layers[layer].spans)

    def layer_count(self, layer: str) -> int:
        return len(self._layers[layer].spans)

    # -- transient marks -------------------------------------------------------------------
    def set_focus(self, spans: list[Span], current: Span | None) -> None:
        """Mark every mention of the chosen entity, the current one more strongly."""
        self._focus, self._current = list(spans), current
        self.apply()

    def set_found(self, spans: list[Span], current: Span | None) -> None:
        """Mark every hit of the find bar, the current one more strongly (drawn over every
        layer: a background only, so letters stay joined across a hit's edges)."""
        self._found, self._found_current = _Layer(list(spans), None), current
        self.apply()

    def found_spans(self) -> list[Span]:
        return list(self._found.spans)

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
    def drawn_range(self) -> tuple[int, int]:
        """The text range whose highlights are handed to Qt: all of it, or what is near view."""
        length = len(self.view.article_text())
        if length <= FULL_DRAW_CHARS:
            return 0, length
        # Hit-test inside the text, never in the document's margins (Qt answers there with
        # positions far from what is on screen).
        viewport = self.view.viewport()
        margin = int(self.view.document().documentMargin()) + 2
        scroll = self.view.verticalScrollBar().value()
        top_y = max(0, margin - scroll)
        bottom_y = max(top_y, viewport.height() - 1)
        middle = viewport.width() // 2
        first = self.view.cursorForPosition(QPoint(middle, top_y)).block()
        last = self.view.cursorForPosition(QPoint(middle, bottom_y)).block()
        lo = self.view.py_index(first.position())
        hi = self.view.py_index(max(first.position() + first.length(),
                                    last.position() + last.length()))
        hi = min(hi, lo + MAX_SCREEN_CHARS)  # the bottom may sit in the end margin
        return max(0, lo - VIEW_MARGIN_CHARS), min(length, hi + VIEW_MARGIN_CHARS)

    def _viewport_moved(self) -> None:
        if len(self.view.article_text()) > FULL_DRAW_CHARS:
            self._view_timer.start()

    def apply(self) -> None:
        lo, hi = self.drawn_range()
        selections: list[QTextEdit.ExtraSelection] = []
        for layer in PAINT_ORDER:
            data = self._layers[layer]
            if self.enabled[layer] and data.fmt is not None:
                selections.extend(self._selection(s, e, data.fmt) for s, e in data.between(lo, hi))
        if self._focus:
            fmt = QTextCharFormat()
            fmt.setBackground(self.colors.focus)
            selections.extend(self._selection(s, e, fmt) for s, e in self._focus
                              if e > lo and s < hi)
        if self._current:
            fmt = QTextCharFormat()
            fmt.setBackground(self.colors.current)
            selections.append(self._selection(*self._current, fmt))
        if self._found.spans:
            fmt = QTextCharFormat()
            fmt.setBackground(self.colors.find)
            selections.extend(self._selection(s, e, fmt) for s, e in self._found.between(lo, hi)
                              if (s, e) != self._found_current)
        if self._found_current:
            fmt = QTextCharFormat()
            fmt.setBackground(self.colors.find_current)
            selections.append(self._selection(*self._found_current, fmt))
        if self._flash:
            color = QColor(self.colors.flash)
            color.setAlpha(int(255 * (1 - self._flash_step / FLASH_STEPS)))
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            selections.append(self._selection(*self._flash, fmt))
        self.view.setExtraSelections(selections)

    def _rebuild_analysis_layers(self) -> None:
        model = self.model
        spans: dict[str, list[Span]] = {k: [] for k in (*ENTITY_LAYERS, *CLAIM_LAYERS)}
        if model is not None:
            for ent in model.entities.values():
                spans[ent.type if ent.type in ENTITY_LAYERS else "MISC"].extend(ent.mentions)
            for claim in model.claims:
                for layer, span in (("statement", claim.content), ("cue", claim.cue),
                                    ("speaker", claim.speaker_mention)):
                    if span:
                        spans[layer].append(span)
        for layer, found in spans.items():
            self._layers[layer] = _Layer(found, layer_format(self.colors, layer))

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.view.cursor_for(start, end)
        selection.format = fmt
        return selection

