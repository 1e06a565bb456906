"""Right-click menus stay on screen near every edge, in the English and the Arabic interface
(pytest-qt, offscreen): the statement card's menu, opened by Qt itself, and the placement rule."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from app.fonts import load_bundled_fonts
from app.menus import menu_rect, popup_on_screen
from app.window import MainWindow

SCREEN = QRect(0, 0, 1000, 700)


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("point", [QPoint(5, 5), QPoint(995, 5), QPoint(5, 695),
                                   QPoint(995, 695), QPoint(500, 350)])
def test_a_menu_is_placed_inside_the_screen(point, rtl) -> None:
    rect = menu_rect(QSize(300, 400), point, SCREEN, rtl)
    assert SCREEN.contains(rect) and rect.size() == QSize(300, 400)


def test_a_menu_opens_on_the_side_the_reading_direction_says_when_it_fits() -> None:
    point = QPoint(500, 100)
    assert menu_rect(QSize(300, 400), point, SCREEN, rtl=False).left() == 500
    assert menu_rect(QSize(300, 400), point, SCREEN, rtl=True).right() == 500
    # near the leading edge it flips to the other side of the pointer
    assert menu_rect(QSize(300, 400), QPoint(100, 100), SCREEN, rtl=True).left() == 100
    assert menu_rect(QSize(300, 400), QPoint(900, 100), SCREEN, rtl=False).right() == 900


def test_a_menu_taller_than_the_screen_is_cut_to_it() -> None:
    rect = menu_rect(QSize(300, 2000), QPoint(10, 10), SCREEN, rtl=False)
    assert SCREEN.contains(rect)


def _menu_shown_by(widget, global_pos: QPoint) -> QRect:
    """Send the right-click Qt sends; return where the menu it opens is shown."""
    seen: list[QRect] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look)
            return
        seen.append(menu.geometry())
        menu.close()

    QTimer.singleShot(20, look)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, widget.mapFromGlobal(global_pos),
                              global_pos)
    QApplication.sendEvent(widget, event)
    return seen[0]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_statement_cards_menu_stays_on_screen(qtbot, fake_analyzer, seed_path,
                                                  language) -> None:
    from app.i18n import install_language

    app = QApplication.instance()
    install_language(app, language)
    try:
        load_bundled_fonts()
        win = MainWindow(interactive=False)
        qtbot.addWidget(win)
        win.show()
        with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
            win.open_path(seed_path)
        card = win.speakers_panel.cards[0]
        assert card.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        available = QGuiApplication.primaryScreen().availableGeometry()
        corners = [available.topLeft() + QPoint(2, 2), available.topRight() + QPoint(-2, 2),
                   available.bottomLeft() + QPoint(2, -2), available.bottomRight() - QPoint(2, 2)]
        for corner in corners:
            shown = _menu_shown_by(card, corner)
            assert available.contains(shown), (language, corner, shown)
    finally:
        install_language(app, "en")


def test_popup_on_screen_keeps_a_menu_inside(qtbot) -> None:
    menu = QMenu()
    for i in range(12):
        menu.addAction(f"A long menu entry number {i}")
    qtbot.addWidget(menu)
    available = QGuiApplication.primaryScreen().availableGeometry()
    for rtl in (False, True):
        menu.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        for corner in (available.topLeft(), available.bottomRight()):
            popup_on_screen(menu, corner)
            qtbot.waitUntil(menu.isVisible)
            assert available.contains(menu.geometry()), (rtl, corner, menu.geometry())
            menu.hide()
    assert QEvent.Type.Show  # the filter acts on Show events
