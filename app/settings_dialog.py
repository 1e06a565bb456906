"""Settings > Preferences: the article's font (bundled Naskh or Sans, or the system's), its size
and line spacing, and the light, dark or system theme; kept in the app's settings across restarts.

`ReaderPreferences` is what is stored; `apply_preferences` puts it on a window (the article is laid
out again, the palette and the highlight colours change); the dialog edits a copy and applies it
when accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.fonts import READING_CHOICES, reading_choice, reading_font, set_reading_choice
from app.i18n import app_settings
from app.reader.article_view import (
    LINE_HEIGHT_PERCENT,
    LINE_HEIGHTS,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    line_height,
    set_line_height,
)
from app.theme import THEMES, announce_colors, set_theme, theme

if TYPE_CHECKING:
    from app.window import MainWindow

DEFAULT_POINT_SIZE = 15.0


@dataclass(frozen=True)
class ReaderPreferences:
    font: str = "naskh"  # one of app.fonts.READING_CHOICES
    point_size: float = DEFAULT_POINT_SIZE
    line_spacing: int = LINE_HEIGHT_PERCENT  # percent of the font's line height
    theme: str = "system"  # one of app.theme.THEMES


def load_preferences() -> ReaderPreferences:
    """The stored preferences; anything missing or unreadable is the default."""
    settings = app_settings()
    font = str(settings.value("reader/font", "naskh") or "naskh")
    theme = str(settings.value("ui/theme", "system") or "system")
    try:
        size = float(settings.value("reader/point_size", DEFAULT_POINT_SIZE) or DEFAULT_POINT_SIZE)
    except (TypeError, ValueError):
        size = DEFAULT_POINT_SIZE
    try:
        spacing = int(settings.value("reader/line_spacing", LINE_HEIGHT_PERCENT)
                      or LINE_HEIGHT_PERCENT)
    except (TypeError, ValueError):
        spacing = LINE_HEIGHT_PERCENT
    return ReaderPreferences(
        font=font if font in READING_CHOICES else "naskh",
        point_size=max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size)),
        line_spacing=max(LINE_HEIGHTS[0], min(LINE_HEIGHTS[1], spacing)),
        theme=theme if theme in THEMES else "system")


def save_preferences(prefs: ReaderPreferences) -> None:
    settings = app_settings()
    settings.setValue("reader/font", prefs.font)
    settings.setValue("reader/point_size", prefs.point_size)
    settings.setValue("reader/line_spacing", prefs.line_spacing)
    settings.setValue("ui/theme", prefs.theme)
    settings.sync()


def apply_preferences(window: MainWindow, prefs: ReaderPreferences,
                      point_size: bool = True) -> None:
    """Show the window's article in the chosen font, size and spacing, in the chosen theme."""
    set_reading_choice(prefs.font)
    set_line_height(prefs.line_spacing)
    set_theme(prefs.theme)
    window.title_label.setFont(reading_font(20, bold=True))
    if point_size:
        window.view.set_point_size(prefs.point_size)
    window.view.refresh_layout()
    announce_colors()


def current_preferences(window: MainWindow) -> ReaderPreferences:
    """What the window shows now (the size follows zoom)."""
    return ReaderPreferences(font=reading_choice(), point_size=window.view.point_size(),
                             line_spacing=line_height(), theme=theme())


def font_label(choice: str) -> str:
    translate = QCoreApplication.translate
    return {"naskh": translate("PreferencesDialog", "Noto Naskh Arabic (bundled)"),
            "sans": translate("PreferencesDialog", "Noto Sans Arabic (bundled)"),
            "system": translate("PreferencesDialog", "The system's font")}[choice]


def theme_label(choice: str) -> str:
    translate = QCoreApplication.translate
    return {"system": translate("PreferencesDialog", "As the system"),
            "light": translate("PreferencesDialog", "Light"),
            "dark": translate("PreferencesDialog", "Dark")}[choice]


class PreferencesDialog(QDialog):
    def __init__(self, prefs: ReaderPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.setAccessibleDescription(self.tr("How the article is shown, and the theme"))
        self.font_box = QComboBox()
        for choice in READING_CHOICES:
            self.font_box.addItem(font_label(choice), choice)
        self.font_box.setCurrentIndex(max(0, self.font_box.findData(prefs.font)))
        self.size_box = QDoubleSpinBox()
        self.size_box.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
        self.size_box.setDecimals(0)
        self.size_box.setSuffix(" pt")
        self.size_box.setValue(prefs.point_size)
        self.spacing_box = QSpinBox()
        self.spacing_box.setRange(*LINE_HEIGHTS)
        self.spacing_box.setSingleStep(5)
        self.spacing_box.setSuffix(" %")
        self.spacing_box.setValue(prefs.line_spacing)
        self.theme_box = QComboBox()
        for choice in THEMES:
            self.theme_box.addItem(theme_label(choice), choice)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(prefs.theme)))
        form = QFormLayout()
        for label_text, widget, description in (
                (self.tr("Article font:"), self.font_box,
                 self.tr("The font the article is shown in")),
                (self.tr("Font size:"), self.size_box,
                 self.tr("The article's font size in points (also Ctrl++ and Ctrl+-)")),
                (self.tr("Line spacing:"), self.spacing_box,
                 self.tr("The space between the article's lines, in percent")),
                (self.tr("Theme:"), self.theme_box,
                 self.tr("Light or dark colours, or as the system chooses"))):
            label = QLabel(label_text)
            label.setBuddy(widget)
            widget.setAccessibleName(label_text.rstrip(":： "))
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(self.tr("Keep these preferences")
                                            if self.buttons.buttonRole(button)
                                            == QDialogButtonBox.ButtonRole.AcceptRole
                                            else self.tr("Close without changing anything"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def preferences(self) -> ReaderPreferences:
        return ReaderPreferences(font=self.font_box.currentData(),
                                 point_size=float(self.size_box.value()),
                                 line_spacing=int(self.spacing_box.value()),
                                 theme=self.theme_box.currentData())


def show_preferences(window: MainWindow) -> PreferencesDialog:
    """Open the dialog; its choices are applied and saved when it is accepted."""
    dialog = PreferencesDialog(current_preferences(window), window)

    def accepted() -> None:
        prefs = dialog.preferences()
        save_preferences(prefs)
        apply_preferences(window, prefs)

    dialog.accepted.connect(accepted)
    window.preferences_dialog = dialog
    if window.interactive:
        dialog.open()
    else:
        dialog.show()
    return dialog
