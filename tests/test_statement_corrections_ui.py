"""Correcting who said what in the window (pytest-qt, offscreen, a temporary library): each
correction from a card's or a statement's menu or the article's context menu, Ctrl+Z and
Ctrl+Shift+Z in the panel, a restart and a re-analysis that keep them, copying a statement with
its source, the sentence around a statement, and a clicked statement scrolled to the middle."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from bidi_layout import visual_span
from library_window import close_window, open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from app.bidi_text import strip_isolates
from app.fonts import load_bundled_fonts
from app.library.analyses import latest_analysis, store_analysis
from app.library.search import claims_by_speaker
from app.panels.background import wait_for_library
from app.window import MainWindow
from extract.model import Analysis

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "library.sqlite"




def _idle(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=60_000)
    wait_for_library()
    qtbot.waitUntil(lambda: not win.speakers_panel.is_filling(), timeout=10_000)


@pytest.fixture
def window(qtbot, db_path, fake_analyzer, seed_path):
    win = open_window(qtbot, db_path)
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)
    _idle(qtbot, win)
    yield win
    close_window(win)


def _reopen(qtbot, db_path: Path) -> MainWindow:
    """A new window on the same library file: it opens the article read last."""
    again = open_window(qtbot, db_path)
    with qtbot.waitSignal(again.analysis_shown, timeout=60_000):
        again.start(db_path)
    _idle(qtbot, again)
    return again


def _action(widget, text: str):
    return next(a for a in widget.actions() if a.text().split("\t")[0] == text)


def _item(win: MainWindow, words: str):
    panel = win.speakers_panel
    return next(i for c in panel.cards for i in c.items
                if win.article.text[i.claim.content.start:].startswith(words))


def _names(win: MainWindow) -> list[str]:
    return [c.group.name for c in win.speakers_panel.cards if not c.group.unattributed]


def _accept(qtbot, win: MainWindow, name: str | None = None, kind: str | None = None) -> None:
    dialog = win.corrections.dialog
    assert dialog is not None and dialog.isVisible()
    if name is not None:
        dialog.set_name(name)
    if kind is not None:
        dialog.set_kind(kind)
    with qtbot.waitSignal(win.analysis_shown, timeout=30_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _idle(qtbot, win)


def _focus(qtbot, win: MainWindow, widget) -> None:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5_000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5_000)


def _key(qtbot, win: MainWindow, key, modifiers) -> None:
    """A key in the who-said-what panel; waits for the article to show the result."""
    item = win.speakers_panel.cards[0].items[0]  # a statement has the focus
    _focus(qtbot, win, item)
    with qtbot.waitSignal(win.analysis_shown, timeout=30_000):
        qtbot.keyClick(item, key, modifiers)
    _idle(qtbot, win)


def test_change_speaker_undo_redo_and_restart(qtbot, window, db_path) -> None:
    item = _item(window, "الوفد الأميركي")  # the extractor: «مصدر مطلع»
    _action(item, "Change the Speaker…").trigger()
    combo = window.corrections.dialog.combo
    assert [combo.itemText(i) for i in range(combo.count())] == _names(window)
    _accept(qtbot, window, "فائز السراج")
    moved = _item(window, "الوفد الأميركي")
    card = next(c for c in window.speakers_panel.cards if moved in c.items)
    assert card.group.name == "فائز السراج"
    assert moved.findChild(type(moved.kind), "correctedBadge") is not None
    assert card.findChild(type(moved.kind), "correctedBadge") is not None
    assert moved.evidence.text() == "speaker set by you"
    assert window.model.speaker_name(moved.claim) == "فائز السراج"

    _key(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo
    back = _item(window, "الوفد الأميركي")
    assert window.model.speaker_name(back.claim) == "مصدر مطلع"
    assert back.findChild(type(back.kind), "correctedBadge") is None
    _key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert window.model.speaker_name(_item(window, "الوفد الأميركي").claim) == "فائز السراج"
    close_window(window)

    again = _reopen(qtbot, db_path)
    try:
        item = _item(again, "الوفد الأميركي")
        assert again.model.speaker_name(item.claim) == "فائز السراج"
        assert item.findChild(type(item.kind), "correctedBadge") is not None
    finally:
        close_window(again)


@pytest.mark.parametrize("where", ["article", "library"])
def test_ctrl_z_undoes_a_correction_wherever_the_focus_went(qtbot, window, where) -> None:
    """A correction rebuilds the cards: Ctrl+Z must not depend on the focus staying in them
    (it was the panel's shortcut, so after "Not a Statement" it did nothing)."""
    before = len(window.model.claims)
    item = _item(window, "الوفد الأميركي")
    with qtbot.waitSignal(window.analysis_shown, timeout=30_000):
        _action(item, "Not a Statement").trigger()
    _idle(qtbot, window)
    assert len(window.model.claims) == before - 1
    undo = window.menu_actions.named["undo"]
    assert undo.isEnabled() and undo in window.findChildren(type(undo))
    target = window.view if where == "article" else window.library_panel.list
    _focus(qtbot, window, target)
    with qtbot.waitSignal(window.analysis_shown, timeout=30_000):
        qtbot.keyClick(target, Qt.Key.Key_Z, CTRL)
    _idle(qtbot, window)
    assert len(window.model.claims) == before
    assert _item(window, "الوفد الأميركي") is not None
    with qtbot.waitSignal(window.analysis_shown, timeout=30_000):
        qtbot.keyClick(target, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    _idle(qtbot, window)
    assert len(window.model.claims) == before - 1


def test_merge_rename_split_not_a_statement_and_undo_the_merge(qtbot, window, db_path) -> None:
    panel = window.speakers_panel
    official = "مسؤول في وزارة الخارجية الأميركية"
    card = panel.card_for(official)
    merge = _action(card, "Merge Into")
    into = next(a for a in merge.menu().actions() if a.text() == "مصدر مطلع")
    with qtbot.waitSignal(window.analysis_shown, timeout=30_000):
        into.trigger()
    _idle(qtbot, window)
    assert _names(window) == ["مصدر مطلع", "فائز السراج"]
    assert len(panel.card_for("مصدر مطلع").group.claims) == 4
    _key(qtbot, window, Qt.Key.Key_Z, CTRL)  # the merge undone
    assert _names(window) == ["مصدر مطلع", official, "فائز السراج"]
    _key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(panel.card_for("مصدر مطلع").group.claims) == 4

    # split two statements of the merged card off to a new speaker
    _action(panel.card_for("مصدر مطلع"), "Split Off Statements…").trigger()
    dialog = window.corrections.dialog
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    for row, text in enumerate(texts):
        if text.startswith(("المسؤولين الحكوميين", "ندعو جميع")):
            dialog.check(row)
    dialog.name_box.setText("مسؤول أميركي")
    with qtbot.waitSignal(window.analysis_shown, timeout=30_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _idle(qtbot, window)
    assert len(panel.card_for("مسؤول أميركي").group.claims) == 2
    assert len(panel.card_for("مصدر مطلع").group.claims) == 2

    _action(panel.card_for("مسؤول أميركي"), "Rename…").trigger()
    _accept(qtbot, window, "مسؤول في الخارجية الأميركية")
    assert panel.card_for("مسؤول أميركي") is None
    assert len(panel.card_for("مسؤول في الخارجية الأميركية").group.claims) == 2

    orphan = _item(window, "الضربة المقبلة")
    with qtbot.waitSignal(window.analysis_shown, timeout=30_000):
        _action(orphan, "Not a Statement").trigger()
    _idle(qtbot, window)
    assert not any(c.group.unattributed for c in panel.cards)
    assert "الضربة المقبلة" not in [window.article.text[c.content.start:c.content.end]
                                    for c in window.model.claims]
    library = window.library
    assert len(claims_by_speaker(library, "مسؤول في الخارجية الأميركية")) == 2
    close_window(window)

    again = _reopen(qtbot, db_path)
    try:
        assert _names(again) == ["مصدر مطلع", "مسؤول في الخارجية الأميركية", "فائز السراج"]
        assert not any(c.group.unattributed for c in again.speakers_panel.cards)
    finally:
        close_window(again)


def test_a_missed_statement_added_from_the_article_survives_a_new_extractor(
        qtbot, window, db_path) -> None:
    text = window.article.text
    words = "لحشد الدعم لحكومته"
    start = text.index(words)
    window.view.setTextCursor(window.view.cursor_for(start, start + len(words)))
    actions = window.view.context_provider(start)
    add = next(a for a in actions if a.text() == "Add as a Statement…")
    add.trigger()
    _accept(qtbot, window, "فائز السراج", "direct")
    item = _item(window, words)
    assert item.claim.kind == "direct" and item.kind.text() == "direct"
    assert window.model.speaker_name(item.claim) == "فائز السراج"
    # in the article too: the new statement's words are a statement there
    assert "Statement (direct) by \u2068فائز السراج\u2069" in window.reader.tooltip_at(start + 2)
    article_id = window.article_id
    library = window.library
    # a model change: the stored analysis is now an older extractor's
    stale = latest_analysis(library, article_id)
    store_analysis(library, article_id, replace(stale, fingerprint="an older sanad"))
    close_window(window)

    again = _reopen(qtbot, db_path)  # re-analyses the article with this extractor
    try:
        assert latest_analysis(again.library, article_id).fingerprint != "an older sanad"
        item = _item(again, words)
        assert item.claim.kind == "direct"
        assert again.model.speaker_name(item.claim) == "فائز السراج"
    finally:
        close_window(again)


def test_copy_with_source_on_the_selected_statement(qtbot, window) -> None:
    with window.library.writing() as db:  # the article's own date, as an import of a page has
        db.execute("UPDATE articles SET published = '2019-05-02', source = ?"
                   " WHERE id = ?", ["https://aawsat.com/home/article/1", window.article_id])
    window.corrections.set_article(window.article_id)  # fetches the date and outlet again
    wait_for_library()
    qtbot.waitUntil(lambda: window.corrections.facts[1] == "2019-05-02", timeout=10_000)
    direct = _item(window, "المسؤولين الحكوميين")
    qtbot.mouseClick(direct, Qt.MouseButton.LeftButton)
    _focus(qtbot, window, direct)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(direct, Qt.Key.Key_C, CTRL | SHIFT)
    copied = QGuiApplication.clipboard().text()
    content = window.article.text[direct.claim.content.start:direct.claim.content.end]
    # An Arabic statement is quoted the Arabic way in the English interface too; the entity
    # behind the speaker («وزارة الخارجية الأميركية») is already in the name. The Latin outlet
    # and the date are isolated, so that pasted they stay in their places in the Arabic line.
    assert strip_isolates(copied) == (f"«{' '.join(content.split())}» — مسؤول في وزارة "
                                      "الخارجية الأميركية، aawsat.com، 2019-05-02")
    assert visual_span(copied, "aawsat.com")[0] > visual_span(copied, "2019-05-02")[1]
    assert visual_span(copied, "2019")[1] < visual_span(copied, "05-02")[0]
    reported = _item(window, "أهمية التعامل")
    _action(reported, "Copy with Source").trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("فائز السراج، رئيس حكومة الوفاق الوطني، وشدد السراج على أهمية")
    assert "«" not in copied and "\u201c" not in copied  # reported speech is not quoted
    assert strip_isolates(copied).endswith(" — aawsat.com، 2019-05-02")


def test_the_sentence_around_a_statement_on_demand(qtbot, window) -> None:
    item = _item(window, "أهمية التعامل")
    assert item.context_label is None
    qtbot.mouseClick(item.context_button, Qt.MouseButton.LeftButton)
    assert item.context_label is not None and item.context_label.isVisible()
    shown = item.context_label.text()
    assert shown.startswith("وشدد السراج، حسب بيان وزعه مكتبه، على <b>أهمية التعامل")
    assert shown.endswith("احتياجاتها.")
    _action(item, "Show the Sentence Around It").trigger()  # the menu toggles it too
    assert not item.context_label.isVisible() and not item.context_button.isChecked()


def test_a_clicked_statement_is_scrolled_to_the_middle_of_the_article(qtbot, window) -> None:
    view = window.view
    window.resize(1200, 500)
    qtbot.wait(50)
    item = _item(window, "الوفد الأميركي")
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.mouseClick(item, Qt.MouseButton.LeftButton)
    start, end = item.claim.content
    top = view.cursorRect(view.cursor_for(start, start)).top()
    bottom = view.cursorRect(view.cursor_for(end, end)).bottom()
    middle = view.viewport().height() / 2
    assert abs((top + bottom) / 2 - middle) < view.viewport().height() * 0.1


def test_corrections_need_a_writable_library(qtbot, fake_analyzer, seed_path) -> None:
    load_bundled_fonts()
    win = MainWindow(interactive=False)  # no library: the article is shown, not stored
    qtbot.addWidget(win)
    win.show()
    errors: list[str] = []
    win.corrections.error.connect(errors.append)
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)
    item = _item(win, "الوفد الأميركي")
    _action(item, "Change the Speaker…").trigger()
    assert win.corrections.dialog is None
    assert errors and "library" in errors[0]
    win.close()


def test_empty_analysis_has_no_cards_to_correct(qtbot, window) -> None:
    window.reader.show_analysis(Analysis(text=window.article.text))
    assert window.speakers_panel.cards == []


def test_the_file_menu_exports_the_corrections(qtbot, window, tmp_path) -> None:
    import json

    item = _item(window, "الوفد الأميركي")
    _action(item, "Change the Speaker…").trigger()
    _accept(qtbot, window, "فائز السراج")
    action = next(a for a in window.all_actions() if a.text() == "Export Statement Correc&tions…")
    assert action is not None
    out = tmp_path / "corrections.json"
    window.corrections.export_to(str(out))
    qtbot.waitUntil(out.exists, timeout=10_000)
    wait_for_library()
    (entry,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert entry["id"] == window.article_id
    assert [(c["op"], c["speaker"], c["applied"]) for c in entry["corrections"]] == [
        ("speaker", "فائز السراج", True)]
