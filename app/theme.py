"""Light and dark colours that follow the system, for the window and for the highlight layers.

The highlight colours are chosen per scheme so that text stays readable on them: pale tints behind
dark text in the light theme, deep tints behind light text in the dark theme.
The layers themselves (their names, labels and text formats) are defined here too, so that the
reader's highlighter, its legend and the PDF export draw them the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCharFormat

ENTITY_LAYERS = ("PER", "ORG", "LOC", "MISC")
CLAIM_LAYERS = ("statement", "cue", "speaker")
LAYERS = (*ENTITY_LAYERS, *CLAIM_LAYERS, "notes")  # the order the legends list them
# Drawn bottom to top: statement backgrounds first, so entity tints and marks sit on them.
PAINT_ORDER = ("statement", *ENTITY_LAYERS, "notes", "cue", "speaker")


@dataclass(frozen=True)
class HighlightColors:
    person: QColor
    organisation: QColor
    place: QColor
    other: QColor
    statement: QColor
    cue: QColor
    speaker: QColor
    note: QColor
    focus: QColor
    current: QColor
    flash: QColor
    badge: QColor
    # Find in the article: every hit, and the one F3 is on (drawn over every layer).
    find: QColor = field(default_factory=lambda: QColor("#ffd21f"))
    find_current: QColor = field(default_factory=lambda: QColor("#ff9a3d"))

    def for_type(self, entity_type: str) -> QColor:
        return {"PER": self.person, "ORG": self.organisation, "LOC": self.place}.get(
            entity_type, self.other)


LIGHT = HighlightColors(
    person=QColor("#cfe3ff"), organisation=QColor("#d8f0d2"), place=QColor("#ffe2c4"),
    other=QColor("#eadcf5"), statement=QColor("#fff6bf"), cue=QColor("#9a7400"),
    speaker=QColor("#1f5fa8"), note=QColor("#b07d00"), focus=QColor("#ffb74d"),
    current=QColor("#ff8a00"), flash=QColor("#ffd54f"), badge=QColor("#6b6b6b"),
    find=QColor("#ffd21f"), find_current=QColor("#ff9a3d"))

DARK = HighlightColors(
    person=QColor("#1e3f66"), organisation=QColor("#24502a"), place=QColor("#5c3b17"),
    other=QColor("#47305c"), statement=QColor("#4a4320"), cue=QColor("#e3c45a"),
    speaker=QColor("#8fc1ff"), note=QColor("#e6b422"), focus=QColor("#6b4a12"),
    current=QColor("#9c4d00"), flash=QColor("#9c7c00"), badge=QColor("#a8a8a8"),
    find=QColor("#00707a"), find_current=QColor("#9c4d00"))


THEMES = ("system", "light", "dark")
_theme = ["system"]
_system_palette: list[QPalette] = []  # the palette the app started with, to go back to


def set_theme(choice: str) -> None:
    """Follow the system ("system") or force "light" or "dark": the window's palette and the
    highlight colours follow. Forced schemes use Qt's Fusion palette roles, so every widget
    (menus, lists, the article) changes together; going back to "system" restores the palette
    the system gave (a palette the system changed meanwhile is left alone)."""
    previous = _theme[0]
    _theme[0] = choice if choice in THEMES else "system"
    app = QGuiApplication.instance()
    if app is None:
        return
    if previous == "system" and _theme[0] != "system":
        _system_palette[:] = [QPalette(app.palette())]
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        _theme[0], Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme") and (_theme[0] != "system" or previous != "system"):
        hints.setColorScheme(scheme)  # Qt 6.8+: native styles follow too
    if _theme[0] == "dark":
        app.setPalette(dark_palette())
    elif _theme[0] == "light":
        app.setPalette(light_palette())
    elif previous != "system" and _system_palette:
        app.setPalette(_system_palette[0])  # back to the system's own
    outline_menus()
    recolour_links()


MENU_WINDOW_ON_DARK = "#9aa0a6"  # Fusion outlines a menu's check boxes with this, darkened


def outline_menus() -> None:
    """On a dark palette, menus get a light Window colour: Fusion outlines a menu's check boxes
    (and the menu) with Window darkened and fills them with Base, the menu's own background, so
    in the dark theme an unticked entry («Show the Sentence Around It», a highlight turned off)
    showed no box at all. Setting the application's palette again drops this (Qt clears the
    palettes of classes then), so a light palette needs nothing."""
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if not isinstance(app, QApplication) or app.palette().window().color().lightness() >= 128:
        return
    menus = QPalette(app.palette())
    menus.setColor(QPalette.ColorRole.Window, QColor(MENU_WINDOW_ON_DARK))
    app.setPalette(menus, "QMenu")


def recolour_links() -> None:
    """Qt bakes a rich-text link's colour in when a label's text is set, from the palette of
    that moment: after a theme change the byline's "Edit details…" stayed #0000ff on the dark
    background. Setting each linked label's text again draws its links in the new palette."""
    from PySide6.QtWidgets import QApplication, QLabel

    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and "<a " in (text := widget.text()):
            widget.setText("")
            widget.setText(text)


def theme() -> str:
    return _theme[0]


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#202124"), (roles.WindowText, "#e8e8e8"),
                        (roles.Base, "#17181a"), (roles.AlternateBase, "#26282b"),
                        (roles.Text, "#e8e8e8"), (roles.Button, "#2c2e31"),
                        (roles.ButtonText, "#e8e8e8"), (roles.ToolTipBase, "#2c2e31"),
                        (roles.ToolTipText, "#e8e8e8"), (roles.Highlight, "#3d7bd9"),
                        (roles.HighlightedText, "#ffffff"), (roles.Link, "#8fc1ff"),
                        (roles.PlaceholderText, "#9a9a9a"), (roles.Mid, "#77797c"),
                        (roles.Dark, "#101112"), (roles.Light, "#3a3c40"),
                        (roles.BrightText, "#ffffff")):
        palette.setColor(role, QColor(color))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#f3f3f3"), (roles.WindowText, "#1b1b1b"),
                        (roles.Base, "#ffffff"), (roles.AlternateBase, "#f5f5f5"),
                        (roles.Text, "#1b1b1b"), (roles.Button, "#ececec"),
                        (roles.ButtonText, "#1b1b1b"), (roles.ToolTipBase, "#ffffdc"),
                        (roles.ToolTipText, "#1b1b1b"), (roles.Highlight, "#2f6fce"),
                        (roles.HighlightedText, "#ffffff"), (roles.Link, "#1f5fa8"),
                        (roles.PlaceholderText, "#7a7a7a"), (roles.Mid, "#a0a0a0")):
        palette.setColor(role, QColor(color))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def system_is_dark() -> bool:
    """The system colour scheme (Qt 6.5+), else judged from the window palette's lightness."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def highlight_colors() -> HighlightColors:
    if _theme[0] != "system":
        return DARK if _theme[0] == "dark" else LIGHT
    return DARK if system_is_dark() else LIGHT


def follow_system_theme(on_change: Callable[[HighlightColors], None]) -> None:
    """Call `on_change(colors)` whenever the system switches between light and dark."""
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: on_change(highlight_colors()))
    _listeners.append(on_change)


_listeners: list[Callable[[HighlightColors], None]] = []


def announce_colors() -> None:
    """Tell every follower the colours changed (after `set_theme`)."""
    for on_change in list(_listeners):
        on_change(highlight_colors())


def layer_color(colors: HighlightColors, layer: str) -> QColor:
    """A layer's colour: its background tint, or the colour of its mark (cue, speaker, note)."""
    return {"PER": colors.person, "ORG": colors.organisation, "LOC": colors.place,
            "MISC": colors.other, "statement": colors.statement, "cue": colors.cue,
            "speaker": colors.speaker, "notes": colors.note}.get(layer, QColor(Qt.GlobalColor.gray))


def layer_format(colors: HighlightColors, layer: str) -> QTextCharFormat:
    """How a layer marks text: names and statements get a tint behind them, a cue a dotted
    underline in a deeper shade of the statement colour (a cue introduces a statement; a wavy red
    line would read as a spelling error), a speaker coloured underlined letters, a note a dashed
    underline."""
    color = layer_color(colors, layer)
    fmt = QTextCharFormat()
    if layer == "cue":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(color)
    elif layer == "speaker":
        fmt.setForeground(color)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(color)
    elif layer == "notes":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(color)
    else:
        fmt.setBackground(color)
    return fmt


def layer_label(layer: str) -> str:
    """The layer's name in the interface language (the reader's legend and the PDF's)."""
    return {"PER": QCoreApplication.translate("Legend", "People"),
            "ORG": QCoreApplication.translate("Legend", "Organisations"),
            "LOC": QCoreApplication.translate("Legend", "Places"),
            "MISC": QCoreApplication.translate("Legend", "Other"),
            "statement": QCoreApplication.translate("Legend", "Statements"),
            "cue": QCoreApplication.translate("Legend", "Cues"),
            "speaker": QCoreApplication.translate("Legend", "Speakers"),
            "notes": QCoreApplication.translate("Legend", "Notes")}[layer]
