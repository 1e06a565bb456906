"""Register the bundled Arabic fonts so the article looks the same on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from extract.resources import resource_path

READING_FAMILY = "Noto Naskh Arabic"
UI_FAMILY = "Noto Sans Arabic"
_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Add every font in resources/fonts to Qt's database (once) and return their families."""
    if _loaded:
        return _loaded
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _loaded


def reading_font(point_size: float = 15.0, bold: bool = False) -> QFont:
    font = QFont(READING_FAMILY)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
