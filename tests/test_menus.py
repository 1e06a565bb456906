"""Right-click menus stay on screen near every edge, in the English and the Arabic interface
(pytest-qt, offscreen): the statement card's menu, opened by Qt itself, and the placement rule;
a statement's menu shows its check box on the side the interface reads from."""

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


def _read_menu(widget, global_pos: QPoint, read):
    """Send the right-click Qt sends; return `read(menu)` of the menu it opens, then close it."""
    seen: list = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look)
            return
        seen.append(read(menu))
        menu.close()

    QTimer.singleShot(20, look)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, widget.mapFromGlobal(global_pos),
                              global_pos)
    QApplication.sendEvent(widget, event)
    return seen[0]


def _menu_shown_by(widget, global_pos: QPoint) -> QRect:
    """Where the right-click menu opened at `global_pos` is shown."""
    return _read_menu(widget, global_pos, lambda menu: menu.geometry())


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


def _ink(image, rect: QRect) -> tuple[int, int]:
    """Pixels in `rect` of `image` unlike the menu's background: (any difference, dark ones)."""
    background = image.pixelColor(rect.center().x(), rect.top() + 1)
    marked = dark = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            color = image.pixelColor(x, y)
            if abs(color.lightness() - background.lightness()) > 24:
                marked += 1
                dark += color.lightness() < 100
    return marked, dark


def _menu_picture(widget, global_pos: QPoint, texts: list[str]):
    """Open `widget`'s right-click menu; its picture and the rect of each entry in `texts`."""

    def picture(menu):
        rects = {a.text().split("\t")[0]: menu.actionGeometry(a) for a in menu.actions()}
        return menu.grab().toImage(), [rects[t] for t in texts], menu.actions()

    return _read_menu(widget, global_pos, picture)


@pytest.mark.parametrize("theme", ["system", "dark"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_statements_menu_shows_the_context_entrys_check_box(qtbot, fake_analyzer, seed_path,
                                                              language, theme) -> None:
    """The entry that shows the sentence around a statement has a check box, at the start of
    the line in the reading direction (the right in Arabic), ticked while the sentence shows.
    In the dark theme the unticked box was drawn in the menu's own colours: none was seen."""
    from app.i18n import install_language
    from app.panels.speakers import StatementItem
    from app.theme import set_theme

    app = QApplication.instance()
    install_language(app, language)
    try:
        load_bundled_fonts()
        win = MainWindow(interactive=False)
        qtbot.addWidget(win)
        win.show()
        with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
            win.open_path(seed_path)
        set_theme(theme)  # (the window applies the saved theme when it opens)
        item = win.findChildren(StatementItem)[0]
        texts = [app.translate("SpeakersPanel", "Show the Sentence Around It"),
                 app.translate("SpeakersPanel", "Not a Statement")]
        where = item.mapToGlobal(QPoint(10, 10))
        marks = []
        for shown in (False, True):
            item.context_button.setChecked(shown)
            image, (context, plain), actions = _menu_picture(item, where, texts)
            entry = next(a for a in actions if a.text() == texts[0])
            assert entry.isCheckable() and entry.isChecked() == shown
            column = 26  # the check column, at the start of each line (inside the menu's frame)
            for rect in (context, plain):
                if language == "ar":
                    rect.setLeft(rect.right() - column)
                else:
                    rect.setRight(rect.left() + column)
                rect.adjust(2, 2, -2, -2)
            marks.append(_ink(image, context))
            assert marks[-1][0] > 20, (language, shown, marks)  # a box is drawn
            assert _ink(image, plain) == (0, 0)  # nothing at the start of a plain entry
        if theme != "dark":  # (the tick is light on a dark box there)
            assert marks[1][1] > marks[0][1] + 5, marks  # ticked while the sentence shows
    finally:
        set_theme("system")
        install_language(app, "en")
