"""Menus stay on screen, in both directions.

A right-click menu opens beside the pointer: to its right in the English interface, to its left
in the Arabic one. Near a screen edge part of it could fall off the screen (the statement card's
menu did, in the Arabic interface). `menu_rect` puts the menu where it fits in the screen's
available geometry (without the task bar), flipping to the other side of the pointer first and
sliding along the edge last; `popup_on_screen` opens a menu there; `MenusStayOnScreen`, installed
on the application, does the same for every menu Qt opens by itself (a widget's actions menu,
the standard text menu, submenus), just before it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu


def menu_rect(size: QSize, point: QPoint, available: QRect, rtl: bool) -> QRect:
    """Where a menu of `size` opened at `point` goes to be all inside `available`."""
    width, height = min(size.width(), available.width()), min(size.height(), available.height())
    left = point.x() - width + 1 if rtl else point.x()
    if left < available.left():  # flip to the other side of the pointer, else slide
        left = point.x() if rtl and point.x() + width - 1 <= available.right() \
            else available.left()
    if left + width - 1 > available.right():
        flipped = point.x() - width + 1
        left = flipped if not rtl and flipped >= available.left() \
            else available.right() - width + 1
    top = point.y()
    if top + height - 1 > available.bottom():
        above = point.y() - height + 1
        top = above if above >= available.top() else available.bottom() - height + 1
    top = max(top, available.top())
    return QRect(left, top, width, height)


def _available(point: QPoint) -> QRect:
    screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def popup_on_screen(menu: QMenu, point: QPoint) -> None:
    """Open `menu` at the global `point`, all of it on the screen."""
    menu.ensurePolished()
    rect = menu_rect(menu.sizeHint(), point, _available(point), menu.isRightToLeft())
    menu.popup(rect.topRight() if menu.isRightToLeft() else rect.topLeft())
    keep_on_screen(menu, point)


def keep_on_screen(menu: QMenu, point: QPoint | None = None) -> None:
    """Move a menu that is (about to be) shown so that all of it is on the screen."""
    geometry = menu.geometry()
    anchor = point or (geometry.topRight() if menu.isRightToLeft() else geometry.topLeft())
    available = _available(anchor)
    if available.contains(geometry):
        return
    rect = menu_rect(geometry.size(), anchor, available, menu.isRightToLeft())
    menu.setGeometry(rect)


class MenusStayOnScreen(QObject):
    """An application event filter: every menu is put on screen just before it shows."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and isinstance(obj, QMenu) \
                and obj.windowType() == Qt.WindowType.Popup:
            keep_on_screen(obj)
        return False


_installed: list[MenusStayOnScreen] = []


def install_menus_stay_on_screen(app: QApplication) -> None:
    """Once per application."""
    if not _installed:
        keeper = MenusStayOnScreen(app)
        app.installEventFilter(keeper)
        _installed.append(keeper)
