"""The window's menus and keyboard shortcuts, built from one table.

Each entry is its text (translated in the "MainWindow" context), its shortcut and what it does to
the window; the few entries made from data (one per highlight layer, side panel and language)
are built by a function. Help > Keyboard Shortcuts lists whatever this table gives a shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from app.i18n import current_language
from app.reader.highlighter import LAYERS

if TYPE_CHECKING:
    from app.window import MainWindow

Key = QKeySequence.StandardKey
SHORTCUT_LABEL = "shortcut_label"  # an action's name in Help > Keyboard Shortcuts, if not its text


@dataclass(frozen=True)
class Item:
    text: str
    run: Callable[[MainWindow], object]
    shortcut: str | QKeySequence.StandardKey | None = None
    name: str | None = None  # kept in WindowActions.named


@dataclass(frozen=True)
class Menu:
    text: str
    items: tuple[Entry, ...]


@dataclass(frozen=True)
class Built:
    """Entries made from data: `build(window, menu, actions)` adds them."""
    build: Callable[[MainWindow, QMenu, WindowActions], None]


SEPARATOR = None
Entry = Item | Menu | Built | None


@dataclass
class WindowActions:
    named: dict[str, QAction] = field(default_factory=dict)
    layers: dict[str, QAction] = field(default_factory=dict)  # View > Highlights
    languages: dict[str, QAction] = field(default_factory=dict)  # Settings > Language


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _export_items(run: Callable[[MainWindow, str], object], keys: bool) -> tuple[Item, ...]:
    formats = (("md", QT_TRANSLATE_NOOP("MainWindow", "As &Markdown…"), "Ctrl+E"),
               ("json", QT_TRANSLATE_NOOP("MainWindow", "As &JSON…"), None),
               ("csv", QT_TRANSLATE_NOOP("MainWindow", "Claims as &CSV…"), None),
               ("pdf", QT_TRANSLATE_NOOP("MainWindow", "As &PDF…"), "Ctrl+Shift+E"))
    return tuple(Item(text, lambda w, f=fmt: run(w, f), key if keys else None)
                 for fmt, text, key in formats)


def _layers(window: MainWindow, menu: QMenu, actions: WindowActions) -> None:
    """One checkable entry per highlight layer (Ctrl+1...), kept in step with the legend."""
    for i, layer in enumerate(LAYERS, start=1):
        action = _action(window, window.legend.layer_label(layer), f"Ctrl+{i}", None)
        action.setCheckable(True)
        action.setChecked(window.highlighter.is_enabled(layer))
        action.toggled.connect(lambda on, name=layer: window.highlighter.set_layer_enabled(
            name, on))
        actions.layers[layer] = action
        menu.addAction(action)


def _panels(window: MainWindow, menu: QMenu, _actions: WindowActions) -> None:
    """Show <panel> (Alt+1...) for each tab of the side panels."""
    for i in range(window.tabs.count()):
        text = QCoreApplication.translate("MainWindow", "Show {0}").format(window.tabs.tabText(i))
        menu.addAction(_action(window, text, f"Alt+{i + 1}",
                               lambda index=i: window.show_panel(index)))


def _reading_mode(window: MainWindow, menu: QMenu, actions: WindowActions) -> None:
    """View > Reading Mode (F11): the side panels hidden; checked while it is on."""
    action = _action(window, _tr(QT_TRANSLATE_NOOP("MainWindow", "&Reading Mode")), "F11", None)
    action.setCheckable(True)
    action.setChecked(window.reading_mode.is_on())
    action.toggled.connect(window.reading_mode.set_on)
    window.reading_mode.changed.connect(action.setChecked)
    actions.named["reading_mode"] = action
    menu.addAction(action)


def _find(window: MainWindow) -> None:
    """Ctrl+F: find in the article, unless the library has the keyboard (then its search)."""
    from PySide6.QtWidgets import QApplication

    if window.library_panel.isAncestorOf(QApplication.focusWidget()):
        window.focus_library_search()
    else:
        window.find_bar.open_bar()


def _undo_redo(window: MainWindow, menu: QMenu, actions: WindowActions) -> None:
    """Edit > Undo/Redo Correction (Ctrl+Z, Ctrl+Shift+Z): window-wide, since a correction
    rebuilds the cards that had the focus; text fields keep their own Ctrl+Z."""
    group = window.corrections.undo_group
    undo = group.createUndoAction(window, _tr(QT_TRANSLATE_NOOP("MainWindow", "&Undo Correction")))
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = group.createRedoAction(window, _tr(QT_TRANSLATE_NOOP("MainWindow", "&Redo Correction")))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    actions.named["undo"] = undo
    actions.named["redo"] = redo
    menu.addAction(undo)
    menu.addAction(redo)
    menu.addSeparator()


def _languages(window: MainWindow, menu: QMenu, actions: WindowActions) -> None:
    group = QActionGroup(window)
    for code, label in (("en", "English"), ("ar", "العربية")):
        action = QAction(label, window)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.triggered.connect(lambda _on=False, c=code: window.set_language(c))
        group.addAction(action)
        menu.addAction(action)
        actions.languages[code] = action


def _recent_libraries(window: MainWindow, menu: QMenu, _actions: WindowActions) -> None:
    """Filled each time it opens, from the remembered libraries."""
    from app.library_switch import fill_recent_menu

    def fill() -> None:
        current = window.library.path if window.library is not None else None
        fill_recent_menu(menu, current, window.open_library)

    menu.aboutToShow.connect(fill)
    fill()


MENUS: tuple[Menu, ...] = (
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&File"), (
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Open…"), lambda w: w.choose_file(), Key.Open,
             name="open"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "New from &Clipboard"),
             lambda w: w.reader.paste_article(), "Ctrl+Shift+V", name="paste"),
        SEPARATOR,
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Import Files…"),
             lambda w: w.library_panel.choose_files(), "Ctrl+I", name="import_files"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Import &Folder…"),
             lambda w: w.library_panel.choose_folder(), "Ctrl+Shift+I", name="import_folder"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Import Analysed &Archive…"),
             lambda w: w.library_panel.choose_archive()),
        Menu(QT_TRANSLATE_NOOP("MainWindow", "&Export Article"),
             _export_items(lambda w, fmt: w.exchange.export_article(fmt), keys=True)),
        Menu(QT_TRANSLATE_NOOP("MainWindow", "Export Articles &Listed in the Library"),
             _export_items(lambda w, fmt: w.library_panel.export_listed(fmt), keys=False)),
        Menu(QT_TRANSLATE_NOOP("MainWindow", "Names &Glossary"), (
            Item(QT_TRANSLATE_NOOP("MainWindow", "&Import CSV…"),
                 lambda w: w.exchange.import_glossary(), name="import_glossary"),
            Item(QT_TRANSLATE_NOOP("MainWindow", "Export as &CSV…"),
                 lambda w: w.exchange.export_glossary("csv")),
            Item(QT_TRANSLATE_NOOP("MainWindow", "Export as &TBX…"),
                 lambda w: w.exchange.export_glossary("tbx")),
        )),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Export Statement Correc&tions…"),
             lambda w: w.corrections.choose_export()),
        SEPARATOR,
        Item(QT_TRANSLATE_NOOP("MainWindow", "&New Library…"), lambda w: w.new_library(),
             name="new_library"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Open Li&brary…"), lambda w: w.choose_library(),
             name="open_library"),
        Menu(QT_TRANSLATE_NOOP("MainWindow", "&Recent Libraries"), (Built(_recent_libraries),)),
        SEPARATOR,
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Print…"), lambda w: w.print_article(), Key.Print,
             name="print"),
        SEPARATOR,
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Quit"), lambda w: w.close(), Key.Quit),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&Edit"), (
        Built(_undo_redo),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Add &Note"), lambda w: w.add_note(),
             "Ctrl+Shift+N", name="add_note"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Find in Article"), _find, Key.Find, name="find"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Search Library"),
             lambda w: w.focus_library_search(), "Ctrl+Shift+F"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Add Statement from Se&lection…"),
             lambda w: w.corrections.add_from_selection(w.view.selected_span())),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Filter Spea&kers"),
             lambda w: w.focus_speaker_filter(), "Ctrl+Alt+F"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "What a Speaker Said &Across the Library…"),
             lambda w: w.speaker_views.ask(), "Ctrl+Shift+S", name="speaker_view"),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&Article"), (
        Item(QT_TRANSLATE_NOOP("MainWindow", "Edit &Details…"), lambda w: w.byline.edit(),
             name="edit_details"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Older &Versions…"),
             lambda w: w.byline.show_versions(), name="versions"),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&View"), (
        Item(QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"), lambda w: w.view.zoom_by(1),
             Key.ZoomIn),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"), lambda w: w.view.zoom_by(-1),
             Key.ZoomOut),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Reset &Zoom"),
             lambda w: w.view.set_point_size(15.0), "Ctrl+0"),
        SEPARATOR,
        Menu(QT_TRANSLATE_NOOP("MainWindow", "&Highlights"), (Built(_layers),)),
        # With the find bar open, F3 steps through its hits; otherwise through a name's mentions.
        Item(QT_TRANSLATE_NOOP("MainWindow", "Next Hit or &Mention"),
             lambda w: w.find_bar.step(1) or w.reader.step_mention(1), "F3"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Previous Hit or Mention"),
             lambda w: w.find_bar.step(-1) or w.reader.step_mention(-1), "Shift+F3"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Clear Selection or Close Find"),
             lambda w: w.find_bar.close_bar() or w.reader.clear_focus(), "Esc"),
        SEPARATOR,
        Built(_panels),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Show &Library"),
             lambda w: w.focus_library_list(), "Ctrl+L"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "Read the &Article"), lambda w: w.view.setFocus(),
             "Ctrl+R"),
        Built(_reading_mode),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&Settings"), (
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"), lambda w: w.show_preferences(),
             "Ctrl+,", name="preferences"),
        Menu(QT_TRANSLATE_NOOP("MainWindow", "&Language"), (Built(_languages),)),
    )),
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&Help"), (
        Item(QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
             lambda w: w.show_shortcuts(), "F1"),
        Item(QT_TRANSLATE_NOOP("MainWindow", "&About Sanad"), lambda w: w.show_about()),
    )),
)

# Window shortcuts outside the menus. Ctrl+V on a window with no article pastes one; with an
# article, the view copies and selects as usual.
WINDOW_ITEMS: tuple[Item, ...] = (
    Item(QT_TRANSLATE_NOOP("MainWindow", "Paste Article"), lambda w: w.reader.paste_if_empty(),
         Key.Paste),
)


def _action(window: MainWindow, text: str, shortcut, slot: Callable[[], object] | None
            ) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def _fill(window: MainWindow, menu: QMenu, entries: tuple[Entry, ...],
          actions: WindowActions) -> None:
    for entry in entries:
        if entry is SEPARATOR:
            menu.addSeparator()
        elif isinstance(entry, Menu):
            _fill(window, menu.addMenu(_tr(entry.text)), entry.items, actions)
        elif isinstance(entry, Built):
            entry.build(window, menu, actions)
        else:
            menu.addAction(_item_action(window, entry, actions))


def _item_action(window: MainWindow, item: Item, actions: WindowActions) -> QAction:
    action = _action(window, _tr(item.text), item.shortcut, lambda: item.run(window))
    if item.name:
        actions.named[item.name] = action
    return action


def build_menus(window: MainWindow) -> WindowActions:
    """Fill the window's menu bar from MENUS and add WINDOW_ITEMS to the window."""
    actions = WindowActions()
    bar = window.menuBar()
    for menu in MENUS:
        _fill(window, bar.addMenu(_tr(menu.text)), menu.items, actions)
    for item in WINDOW_ITEMS:
        window.addAction(_item_action(window, item, actions))
    for top in bar.actions():
        _label_submenu_entries(top.menu())
    return actions


def _label_submenu_entries(menu: QMenu) -> None:
    """Name each entry of a sub-menu with that sub-menu for Help > Keyboard Shortcuts, where
    "As Markdown" or "People" alone did not say what they export or show."""
    for action in menu.actions():
        sub = action.menu()
        if sub is None:
            continue
        _label_submenu_entries(sub)
        for entry in sub.actions():
            if entry.menu() is None and not entry.isSeparator():
                menu_name, entry_name = (a.text().replace("&", "") for a in (action, entry))
                entry.setProperty(SHORTCUT_LABEL, f"{menu_name}: {entry_name}")
