"""Register the bundled Arabic fonts so the article looks the same on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from extract.resources import resource_path

READING_FAMILY = "Noto Naskh Arabic"
UI_FAMILY = "Noto Sans Arabic"
# The article's font, as Settings offers it: the bundled Naskh (the default), the bundled Sans,
# or the system's own font (whatever family the platform uses for text).
READING_CHOICES = ("naskh", "sans", "system")
_loaded: list[str] = []
_reading_choice = ["naskh"]


def load_bundled_fonts() -> list[str]:
    """Add every font in resources/fonts to Qt's database (once) and return their families."""
    if _loaded:
        return _loaded
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _loaded


def set_reading_choice(choice: str) -> None:
    """Use `choice` (one of READING_CHOICES) for every article shown from now on."""
    _reading_choice[0] = choice if choice in READING_CHOICES else "naskh"


def reading_choice() -> str:
    return _reading_choice[0]


def reading_family(choice: str | None = None) -> str:
    choice = choice or _reading_choice[0]
    if choice == "sans":
        return UI_FAMILY
    if choice == "system":
        return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    return READING_FAMILY


def reading_font(point_size: float = 15.0, bold: bool = False) -> QFont:
    """The article's font at `point_size` (safe on a worker thread: no widget is touched)."""
    font = QFont(reading_family())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
