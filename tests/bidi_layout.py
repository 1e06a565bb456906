"""Where a part of a line is drawn once the bidirectional algorithm has laid it out (Qt's text
layout, direction from the line's first strong letter as a pasted line gets it): for tests
that a copied line reads in the right order, not only that it holds the right characters."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout


def visual_span(line: str, part: str) -> tuple[float, float]:
    """The left and right x of the glyphs of the first `part` in `line`, drawn on one line."""
    from app.fonts import UI_FAMILY, load_bundled_fonts

    load_bundled_fonts()
    layout = QTextLayout(line, QFont(UI_FAMILY))
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    start = line.index(part)
    rects = [run.boundingRect() for run in layout.glyphRuns(start, len(part))]
    return min(r.left() for r in rects), max(r.right() for r in rects)
