"""No two of the window's actions answer the same keys (pytest-qt, offscreen, English and
Arabic interface), and Help > Keyboard Shortcuts lists every key the window answers.

Qt calls a key that two enabled actions of overlapping contexts share "ambiguous" and runs
neither, so a clash is a key that silently does nothing."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from app.i18n import install_language
from app.window import MainWindow

Context = Qt.ShortcutContext


def _scope(owner: QWidget, context: Context, window: MainWindow) -> QWidget:
    """The widget inside which a shortcut of this context answers."""
    if context in (Context.WindowShortcut, Context.ApplicationShortcut):
        return window
    return owner


def _keys(window: MainWindow) -> dict[str, list[tuple[str, QWidget]]]:
    found: dict[str, list[tuple[str, QWidget]]] = defaultdict(list)
    for action in window.findChildren(QAction):
        owners = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        owner = next((w for w in owners if not w.inherits("QMenu")), window)
        for key in action.shortcuts():
            if not key.isEmpty():
                found[key.toString()].append(
                    (action.text(), _scope(owner, action.shortcutContext(), window)))
    for shortcut in window.findChildren(QShortcut):
        for key in shortcut.keys():
            found[key.toString()].append(
                (shortcut.objectName(), _scope(shortcut.parentWidget(), shortcut.context(),
                                               window)))
    return found


@pytest.fixture(params=["en", "ar"])
def window(request, qtbot):
    app = QApplication.instance()
    install_language(app, request.param)
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    yield win
    install_language(app, "en")


def test_no_two_actions_share_a_key(window) -> None:
    keys = _keys(window)
    assert "Ctrl+Z" in keys and "Ctrl+F" in keys  # the walk sees the Edit menu and the panel
    clashes = {}
    for key, users in keys.items():
        for i, (text, scope) in enumerate(users):
            for other, other_scope in users[i + 1:]:
                if (scope is other_scope or scope.isAncestorOf(other_scope)
                        or other_scope.isAncestorOf(scope)):
                    clashes[key] = (text, other)
    assert clashes == {}


def test_the_shortcuts_table_lists_every_key_of_the_window(window, qtbot) -> None:
    window.show_shortcuts()
    table = window.shortcuts_dialog.table
    listed = {table.item(r, 1).text() for r in range(table.rowCount())}
    listed_keys = {k for cell in listed for k in cell.split(", ")}
    native = {QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
              for k in _keys(window)}
    assert native <= listed_keys
    names = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert len(names) == table.rowCount()  # one row per action, no name twice
    window.shortcuts_dialog.close()


def _mnemonic(text: str) -> str | None:
    """The letter Alt (or the letter alone, in an open menu) chooses: the one after '&'."""
    for i, ch in enumerate(text[:-1]):
        if ch == "&" and text[i + 1] != "&" and (i == 0 or text[i - 1] != "&"):
            return text[i + 1].lower()
    return None


def _menu_clashes(actions, where: str, clashes: list) -> None:
    seen: dict[str, str] = {}
    for action in actions:
        letter = _mnemonic(action.text())
        if letter is not None and letter in seen:
            clashes.append((where, letter, seen[letter], action.text()))
        elif letter is not None:
            seen[letter] = action.text()
        if action.menu() is not None:
            _menu_clashes(action.menu().actions(), action.text(), clashes)


def test_no_two_entries_of_a_menu_share_an_underlined_letter(window) -> None:
    """Alt+F then C chose between two entries (New from Clipboard, Export Statement
    Corrections) instead of doing one; in the Arabic menus three entries shared «ح»."""
    clashes: list = []
    _menu_clashes(window.menuBar().actions(), "menu bar", clashes)
    assert clashes == []


def test_a_submenus_entries_are_listed_with_the_submenu(window) -> None:
    """Ctrl+E was listed as "As Markdown" and Ctrl+1 as "People", which say nothing alone."""
    from app.panels.shortcuts import shortcut_rows

    rows = dict(shortcut_rows(window.all_actions()))
    by_key = {keys: name for name, keys in rows.items()}
    export = window.menuBar().actions()[0].menu()  # File
    article = next(a for a in export.actions() if a.menu() is not None
                   and a.menu().actions() and a.menu().actions()[0].shortcut() == QKeySequence(
                       "Ctrl+E"))
    assert by_key["Ctrl+E"].startswith(article.text().replace("&", "") + ": ")
    assert by_key["Ctrl+1"].endswith(": " + window.legend.layer_label("PER"))
    assert by_key["Ctrl+F"] == next(a.text() for a in window.all_actions()
                                    if a.shortcut() == QKeySequence("Ctrl+F")).replace("&", "")


def _first_strong_direction(text: str) -> str | None:
    """The paragraph direction Unicode's rule P2 gives: the first strong letter outside
    isolates ("L" or "R")."""
    import unicodedata

    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == "\u2069":
            depth = max(0, depth - 1)
        elif not depth and (kind := unicodedata.bidirectional(ch)) in ("L", "R", "AL"):
            return "L" if kind == "L" else "R"
    return None


def test_the_arabic_shortcuts_note_reads_right_to_left(qtbot) -> None:
    """The Arabic note began with "Ctrl+F", so the whole paragraph was laid out left to right
    (its keys and clauses in the wrong order)."""
    app = QApplication.instance()
    install_language(app, "ar")
    try:
        win = MainWindow(interactive=False)
        qtbot.addWidget(win)
        win.show_shortcuts()
        note = win.shortcuts_dialog.find_note.text()
        assert "Ctrl+Shift+F" in note and _first_strong_direction(note) == "R"
        win.shortcuts_dialog.close()
    finally:
        install_language(app, "en")
