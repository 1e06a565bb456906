"""Settings > Preferences (the article's font, size and line spacing, light/dark/system theme,
kept across restarts), dark highlight colours that stay readable, and reading mode (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.fonts import READING_FAMILY, UI_FAMILY, load_bundled_fonts, set_reading_choice
from app.i18n import app_settings
from app.reader.article_view import LINE_HEIGHT_PERCENT, line_height, set_line_height
from app.theme import DARK, LIGHT, dark_palette, light_palette, set_theme
from app.window import MainWindow

PREFERENCE_KEYS = ("reader/font", "reader/point_size", "reader/line_spacing", "ui/theme")


@pytest.fixture(autouse=True)
def default_preferences():
    """Every test starts and ends with the defaults (the settings file is shared by the run)."""
    yield
    for key in PREFERENCE_KEYS:
        app_settings().remove(key)
    set_reading_choice("naskh")
    set_line_height(LINE_HEIGHT_PERCENT)
    set_theme("system")


def _window(qtbot) -> MainWindow:
    load_bundled_fonts()
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, fake_analyzer):
    return _window(qtbot)


def _open_seed(qtbot, win: MainWindow, seed_path) -> None:
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)


def _choose(qtbot, win: MainWindow, font: str, size: float, spacing: int, theme: str) -> None:
    qtbot.keyClick(win, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = win.preferences_dialog
    assert dialog.isVisible()
    dialog.font_box.setCurrentIndex(dialog.font_box.findData(font))
    dialog.size_box.setValue(size)
    dialog.spacing_box.setValue(spacing)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData(theme))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def _line_height(win: MainWindow) -> float:
    block = win.view.document().firstBlock()
    return block.blockFormat().lineHeight()


def test_preferences_change_the_article_and_are_kept_across_restarts(
        qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    assert window.view.font().family() == READING_FAMILY
    before = window.view.document().size().height()
    _choose(qtbot, window, "sans", 19, 180, "dark")
    assert window.view.font().family() == UI_FAMILY
    assert window.view.document().defaultFont().family() == UI_FAMILY
    assert window.view.point_size() == 19
    assert _line_height(window) == 180
    assert window.view.document().size().height() > before * 1.3  # laid out again, taller
    assert window.highlighter.colors is DARK
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert window.view.toPlainText() == window.article.text
    window.close()
    set_reading_choice("naskh")  # forget what is in memory: only the settings file remains
    set_line_height(LINE_HEIGHT_PERCENT)
    set_theme("system")
    again = _window(qtbot)  # the next start
    _open_seed(qtbot, again, seed_path)
    assert again.view.font().family() == UI_FAMILY
    assert again.view.point_size() == 19
    assert _line_height(again) == 180
    assert again.highlighter.colors is DARK
    _choose(qtbot, again, "naskh", 15, LINE_HEIGHT_PERCENT, "light")
    assert again.highlighter.colors is LIGHT
    assert again.view.font().family() == READING_FAMILY
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_cancel_changes_nothing(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.preferences_dialog
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.spacing_box.setValue(220)
    dialog.reject()
    assert window.highlighter.colors is LIGHT
    assert line_height() == LINE_HEIGHT_PERCENT
    assert app_settings().value("ui/theme") is None


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) \
        + 0.0722 * channel(color.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("colors, palette", [(LIGHT, light_palette), (DARK, dark_palette)],
                         ids=["light", "dark"])
def test_text_on_every_highlight_is_readable(qtbot, colors, palette) -> None:
    """WCAG AA (4.5:1) for the article's text on every tint, and for the coloured marks (cue
    dots, speaker letters, notes) on the page, in both themes."""
    text = palette().color(QPalette.ColorRole.Text)
    page = palette().color(QPalette.ColorRole.Base)
    for name in ("person", "organisation", "place", "other", "statement", "focus", "current",
                 "find", "find_current"):
        assert _contrast(text, getattr(colors, name)) >= 4.5, name
    for name in ("speaker",):
        assert _contrast(getattr(colors, name), page) >= 4.5, name
    for name in ("cue", "note"):  # marks under the letters: large enough at 3:1
        assert _contrast(getattr(colors, name), page) >= 3, name


def test_reading_mode_hides_the_side_panels_and_shows_in_the_view_menu(qtbot, window) -> None:
    action = window.menu_actions.named["reading_mode"]
    assert window.library_panel.isVisible() and window.tabs.isVisible()
    assert not action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.library_panel.isVisible() and not window.tabs.isVisible()
    assert window.view.isVisible() and window.legend.isVisible()
    assert action.isChecked()
    # the text sits in a centred column of comfortable width, not across the whole window
    view = window.view
    qtbot.waitUntil(lambda: view.viewport().width() > 1200, timeout=5_000)
    column = view.viewport().width() - 2 * (view.document().documentMargin() + view.side_margin())
    assert 800 <= column <= 900
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.view.side_margin() == 0
    assert window.library_panel.isVisible() and window.tabs.isVisible()
    assert not action.isChecked()


@pytest.mark.parametrize("key, modifiers, shown", [
    (Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier, "speakers_panel"),  # Show Who Said What
    (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
     "speakers_panel"),  # Filter Speakers
    (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
     "notes_panel"),  # Add Note
    (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, "library_panel"),  # Show Library
])
def test_a_side_panel_asked_for_in_reading_mode_ends_it(qtbot, window, seed_path, key,
                                                         modifiers, shown) -> None:
    """In reading mode the panels are hidden: Alt+1 or Add Note worked on panels nobody could
    see (the note's editor, hidden, could not even take the keyboard)."""
    _open_seed(qtbot, window, seed_path)
    action = window.menu_actions.named["reading_mode"]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert action.isChecked() and not window.tabs.isVisible()
    qtbot.keyClick(window.view, key, modifiers)
    assert not action.isChecked() and not window.reading_mode.is_on()
    panel = getattr(window, shown)
    assert panel.isVisible() and window.tabs.isVisible() and window.library_panel.isVisible()


def test_closing_in_reading_mode_keeps_the_panels_for_the_next_start(qtbot, window) -> None:
    window.reading_mode.set_on(True)
    window.close()
    again = _window(qtbot)
    assert again.library_panel.isVisible() and again.tabs.isVisible()
    assert all(size > 50 for size in again.splitter.sizes())
    app_settings().remove("window/splitter")


def _has_colour(image, colour: QColor, tolerance: int = 12) -> bool:
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - colour.red()) <= tolerance
                    and abs(pixel.green() - colour.green()) <= tolerance
                    and abs(pixel.blue() - colour.blue()) <= tolerance):
                return True
    return False


def test_the_bylines_link_takes_the_colour_of_the_theme_chosen(qtbot, fake_analyzer, seed_path,
                                                               tmp_path) -> None:
    """The byline's "Edit details…" was drawn in the link colour of start-up (pure blue) after
    a switch to the dark theme, unreadable on its dark background."""
    from app.library import open_library
    from app.panels.background import wait_for_library

    load_bundled_fonts()
    library = open_library(tmp_path / "library.sqlite")
    win = MainWindow(interactive=False, library=library)
    qtbot.addWidget(win)
    win.show()
    try:
        _open_seed(qtbot, win, seed_path)
        label = win.byline.label
        qtbot.waitUntil(lambda: "edit" in label.text(), timeout=10_000)
        for choice, palette in (("dark", dark_palette()), ("light", light_palette())):
            set_theme(choice)
            link = palette.color(QPalette.ColorRole.Link)
            qtbot.waitUntil(lambda link=link: _has_colour(label.grab().toImage(), link),
                            timeout=5_000)
    finally:
        win.close()
        wait_for_library()
        library.close()
