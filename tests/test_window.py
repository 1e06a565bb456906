"""The reader window: opening, pasting, RTL layout and clear errors (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from app.fonts import READING_FAMILY, load_bundled_fonts
from app.window import MainWindow

SEED_TITLE = "معلومات عن لقاء حفتر بمسؤولين أميركيين في القاهرة"


@pytest.fixture
def window(qtbot, fake_analyzer):
    """The window, its analyses the hand-built one (the real extractor in the window is run by
    the no-network test's `sanad --screenshot`)."""
    load_bundled_fonts()
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    return win


def _wait_idle(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=60_000)


def test_opens_a_file_right_to_left(qtbot, window: MainWindow, seed_path: Path) -> None:
    window.open_path(seed_path)
    _wait_idle(qtbot, window)
    assert window.title_label.text() == SEED_TITLE
    assert window.view.toPlainText() == window.article.text
    assert window.view.font().family() == READING_FAMILY
    block = window.view.document().firstBlock()
    assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight


def test_ctrl_v_on_an_empty_window_pastes_an_article(qtbot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("عنوان\nقال الوزير إن الاجتماع انتهى باتفاق.")
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _wait_idle(qtbot, window)
    assert window.article is not None
    assert "الاجتماع انتهى" in window.view.toPlainText()


def test_a_bad_file_shows_a_message_not_a_crash(qtbot, window: MainWindow, tmp_path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02" * 1000)
    window.open_path(bad)
    _wait_idle(qtbot, window)
    assert window.article is None
    assert "binary" in window.statusBar().currentMessage()


def test_dropping_a_file_opens_it(qtbot, window: MainWindow, seed_path: Path) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    _wait_idle(qtbot, window)
    assert window.title_label.text() == SEED_TITLE


def test_zoom_changes_the_reading_size(qtbot, window: MainWindow) -> None:
    before = window.view.point_size()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.point_size() > before


def test_settings_never_touch_the_users_real_settings() -> None:
    from app.i18n import app_settings

    path = app_settings().fileName()
    assert "sanad-settings-" in path  # a private temporary file under SANAD_NO_SETTINGS=1


def test_switching_to_arabic_translates_flips_and_is_remembered(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_language, saved_language

    try:
        window.set_language("ar")
        arabic = window.replacement
        qtbot.addWidget(arabic)
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert arabic.menuBar().actions()[0].text() == "&ملف"
        assert arabic.tabs.tabText(0) == "من قال ماذا"
        assert arabic.legend.buttons["PER"].text() == "الأشخاص"
        assert saved_language() == "ar"
        assert not window.isVisible()
    finally:
        install_language(QApplication.instance(), "en")
        from app.i18n import remember_language

        remember_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_dark_system_palette_gives_dark_highlight_colours(qtbot) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from app.theme import DARK, LIGHT, highlight_colors

    app = QApplication.instance()
    original = app.palette()
    try:
        dark = QPalette(original)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
        app.setPalette(dark)
        assert highlight_colors() is DARK
    finally:
        app.setPalette(original)
    assert highlight_colors() is LIGHT


def test_the_reading_size_is_remembered(qtbot, window) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    size = window.view.point_size()
    window.close()
    again = MainWindow(interactive=False)
    qtbot.addWidget(again)
    assert again.view.point_size() == size
    again.view.set_point_size(15.0)
    again.close()


def test_a_file_the_system_opens_while_running_is_shown(qtbot, window: MainWindow,
                                                        seed_path: Path) -> None:
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from app.file_open import FileOpenForwarder

    app = QApplication.instance()
    forwarder = FileOpenForwarder(window)
    app.installEventFilter(forwarder)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(seed_path)))
        _wait_idle(qtbot, window)
        assert window.title_label.text() == SEED_TITLE
    finally:
        app.removeEventFilter(forwarder)


def test_the_first_window_fits_a_small_screen(qtbot) -> None:
    """A first start (no saved geometry) on a screen smaller than 1440 x 900 - the offscreen
    screen is 800 x 600 - opens a window that fits it, not one that runs off its right edge."""
    from PySide6.QtGui import QGuiApplication

    win = MainWindow(interactive=True)
    qtbot.addWidget(win)
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert free.width() < 1440  # the test means something only on a smaller screen
    assert win.width() <= free.width() and win.height() <= free.height()
