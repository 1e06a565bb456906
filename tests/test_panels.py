"""Side panels driven through the real window on a temporary library (pytest-qt, offscreen):
who said what, entities, notes that survive a restart, detached notes, the library sidebar."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_window import close_window, open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.panels.background import wait_for_library
from app.window import MainWindow


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "library.sqlite"




def _idle(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=60_000)
    wait_for_library()
    qtbot.wait(20)


@pytest.fixture
def window(qtbot, db_path, fake_analyzer):
    win = open_window(qtbot, db_path)
    yield win
    close_window(win)


def _open_seed(qtbot, win: MainWindow, seed_path: Path) -> None:
    with qtbot.waitSignal(win.analysis_shown, timeout=60_000):
        win.open_path(seed_path)
    _idle(qtbot, win)


def test_pasted_article_then_clicking_a_statement_moves_the_cursor_there(
        qtbot, window, seed_path) -> None:
    QGuiApplication.clipboard().setText(seed_path.read_text(encoding="utf-8"))
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    panel = window.speakers_panel
    names = [c.group.name for c in panel.cards]
    assert names[:3] == ["مصدر مطلع", "مسؤول في وزارة الخارجية الأميركية", "فائز السراج"]
    assert panel.cards[-1].group.unattributed
    card = panel.cards[2]
    item = card.items[0]
    start, _end = item.claim.content
    window.view.moveCursor(window.view.textCursor().MoveOperation.Start)
    qtbot.mouseClick(item, Qt.MouseButton.LeftButton)
    assert window.view.py_index(window.view.textCursor().position()) == start
    assert window.highlighter.is_flashing()
    assert window.article.text[start:].startswith("أهمية التعامل السريع")


def test_speaker_cards_show_badge_count_kind_and_filter(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    panel = window.speakers_panel
    first = panel.cards[0]
    assert first.findChild(type(first.name_label), "anonymousBadge") is not None
    assert "2" in first.count_label.text()
    assert [i.kind.text() for i in first.items] == ["indirect", "indirect"]
    starts = [i.claim.content[0] for i in first.items]
    assert starts == sorted(starts)  # reading order
    official = panel.cards[1]
    affiliation = official.findChild(type(first.name_label), "affiliation")
    assert affiliation.text().startswith("وزارة الخارجية الأميركية")  # the entity behind him
    sarraj = panel.cards[2]
    assert sarraj.findChild(type(first.name_label), "anonymousBadge") is None
    assert sarraj.findChild(type(first.name_label), "affiliation") is None  # same as the name
    panel.filter_box.setText("السراج")  # QTest cannot type Arabic keys
    qtbot.waitUntil(lambda: [c.group.name for c in panel.visible_cards()] == ["فائز السراج"],
                    timeout=5_000)
    panel.filter_box.clear()
    panel.sort_box.setCurrentIndex(panel.SORT_COUNT)
    counts = [len(c.group.claims) for c in panel.cards if not c.group.unattributed]
    assert counts == sorted(counts, reverse=True)


def test_a_statement_card_says_how_an_inferred_speaker_was_found(
        qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    first = window.speakers_panel.cards[0]  # «مصدر مطلع»: named, then «المصدر»
    named, referred = first.items
    assert not named.evidence.isVisible() and named.evidence.text() == ""
    assert "refers to the source named earlier" in referred.evidence.text()
    assert "المصدر" in referred.evidence.text() and referred.evidence.font().italic()
    assert window.speakers_panel.cards[-1].group.unattributed
    assert all(i.evidence.text() == "" for i in window.speakers_panel.cards[-1].items)
    from PySide6.QtWidgets import QApplication

    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [window]  # no label of a card opened as a window of its own


def test_entities_panel_groups_by_type_with_counts(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    groups = window.entities_panel.groups()
    people = next(v for k, v in groups.items() if k.startswith("People (2)"))
    haftar = dict(people)["خليفة حفتر"]
    assert haftar == len(window.model.entities["E1"].mentions)
    item = window.entities_panel.tree.topLevelItem(0).child(0)
    window.entities_panel.tree.itemActivated.emit(item, 0)
    assert window.reader.current_mention() is not None


def test_a_note_survives_closing_and_reopening_the_library(
        qtbot, db_path, seed_path, fake_analyzer) -> None:
    win = open_window(qtbot, db_path)
    _open_seed(qtbot, win, seed_path)
    start = win.article.text.index("غسان سلامة")
    win.view.setTextCursor(win.view.cursor_for(start, start + len("غسان سلامة")))
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(win.notes_panel.editors) == 1, timeout=10_000)
    editor = win.notes_panel.editors[0]
    assert editor.quote.text() == "«غسان سلامة»"
    assert win.view.note_markers == [start]
    editor.editor.insertPlainText("رئيس البعثة الأممية")
    close_window(win)  # typed a moment ago: saved on close, not lost

    again = open_window(qtbot, db_path)
    again.start(db_path)  # opens the last article of the library
    qtbot.waitUntil(lambda: len(again.notes_panel.editors) == 1, timeout=30_000)
    _idle(qtbot, again)
    note = again.notes_panel.editors[0]
    assert note.body() == "رئيس البعثة الأممية"
    assert not note.note.detached
    assert again.view.note_markers == [start]
    again.close()
    close_window(again)


def test_notes_autosave_while_typing(qtbot, window, seed_path) -> None:
    from app.library.notes import notes_for_article

    _open_seed(qtbot, window, seed_path)
    window.add_note()  # no selection: a note on the whole article
    qtbot.waitUntil(lambda: len(window.notes_panel.editors) == 1, timeout=10_000)
    qtbot.keyClicks(window.notes_panel.editors[0].editor, "to check")
    qtbot.waitUntil(lambda: [n.body for n in notes_for_article(window.library, window.article_id)]
                    == ["to check"], timeout=5_000)


def test_a_detached_note_is_shown_as_detached(qtbot, window, tmp_path) -> None:
    from app.library.articles import add_article
    from app.library.notes import add_span_note

    lib = window.library
    first = add_article(lib, "عنوان", "قال الوزير إن الاجتماع انتهى باتفاق.", "a.txt")
    add_span_note(lib, first.article_id, 11, 24, "ملاحظة")
    add_article(lib, "عنوان", "نص آخر تماما لا يحوي الجملة.", "a.txt")  # re-import, text changed
    window.open_article_id(first.article_id)
    qtbot.waitUntil(lambda: len(window.notes_panel.editors) == 1, timeout=10_000)
    editor = window.notes_panel.editors[0]
    assert editor.note.detached
    assert editor.detached_badge.text() == "detached"
    assert "الاجتماع" in editor.quote.text()
    assert window.view.note_markers == []


def test_library_sidebar_imports_with_progress_and_searches(qtbot, window, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"a{i}.txt").write_text(f"خبر رقم {i}\nقال أحمدُ إن العدد {i} صحيح.",
                                          encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 300)
    panel = window.library_panel
    with qtbot.waitSignal(panel.import_finished, timeout=60_000) as finished:
        panel.import_paths([folder], analyze=False)
        assert panel.progress.isVisible() and panel.cancel_button.isVisible()
    report = finished.args[0]
    assert len(report.added) == 5 and len(report.errors) == 1
    assert not panel.progress.isVisible()
    qtbot.waitUntil(lambda: len(panel.article_ids()) == 5, timeout=10_000)
    panel.search_box.setText("احمد")  # no hamza, no diacritic: still finds «أحمدُ»
    qtbot.waitUntil(lambda: "found" in panel.count_label.text(), timeout=10_000)
    assert len(panel.article_ids()) == 5
    panel.search_box.clear()
    panel.search_box.setText("غائب")
    qtbot.waitUntil(lambda: panel.article_ids() == [], timeout=10_000)


def test_choosing_an_article_in_the_sidebar_opens_it(qtbot, window) -> None:
    from app.library.articles import add_article

    added = add_article(window.library, "خبر أول", "قال الوزير إن الاجتماع انتهى.", None)
    window.library_panel.refresh()
    qtbot.waitUntil(lambda: window.library_panel.list.count() == 1, timeout=10_000)
    item = window.library_panel.list.item(0)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.library_panel.list.itemActivated.emit(item)
    assert window.article_id == added.article_id
    assert window.title_label.text() == "خبر أول"


def test_shortcuts_dialog_lists_the_note_shortcut(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    table = window.shortcuts_dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Add Note"] == "Ctrl+Shift+N"
    assert "Next Hit or Mention" in rows


def test_text_typed_just_before_adding_another_note_is_kept(qtbot, window, seed_path) -> None:
    from app.library.notes import notes_for_article

    _open_seed(qtbot, window, seed_path)
    window.add_note()
    qtbot.waitUntil(lambda: len(window.notes_panel.editors) == 1, timeout=10_000)
    window.notes_panel.editors[0].editor.setPlainText("first")
    window.add_note()  # before the autosave timer fires
    qtbot.waitUntil(lambda: len(window.notes_panel.editors) == 2, timeout=10_000)
    _idle(qtbot, window)
    assert sorted(e.body() for e in window.notes_panel.editors) == ["", "first"]
    assert sorted(n.body for n in notes_for_article(window.library, window.article_id)) == [
        "", "first"]


def test_names_panel_lists_spellings_and_a_recorded_form_comes_first(
        qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    panel = window.names_panel
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=120_000)
    sarraj = next(r for r in panel.rows if r.id == "E2")
    assert sarraj.hsb  # the letters as written
    assert sarraj.english  # ranked English suggestions
    # each suggestion says what kind of form it is; the panel shows the first one's
    assert len(sarraj.kinds) == len(sarraj.english)
    row = panel.rows.index(sarraj)
    assert panel.table.item(row, 3).text().startswith(panel.kind_label(sarraj.kinds[0]))
    panel.record("فائز السراج", "Fayez Serraj")
    qtbot.waitUntil(lambda: panel.best_english("E2") == "Fayez Serraj", timeout=60_000)
    assert next(r for r in panel.rows if r.id == "E2").source == "glossary"
    start = window.model.entities["E2"].mentions[0][0]
    assert "Fayez Serraj" in window.reader.tooltip_at(start + 1)


def test_sidebar_finds_articles_by_speaker(qtbot, window, seed_path) -> None:
    from app.library.articles import add_article

    add_article(window.library, "خبر آخر", "قال الوزير إن الاجتماع انتهى.", None)
    _open_seed(qtbot, window, seed_path)  # analysed and stored: its speakers are indexed
    panel = window.library_panel
    qtbot.waitUntil(lambda: len(panel.article_ids()) == 2, timeout=10_000)
    panel.mode_box.setCurrentIndex(panel.mode_box.findData("speaker"))
    panel.search_box.setText("فائز السراج")
    qtbot.waitUntil(lambda: panel.article_ids() == [window.article_id], timeout=10_000)


def test_a_speaker_card_takes_a_note_on_that_speaker(qtbot, window, seed_path) -> None:
    _open_seed(qtbot, window, seed_path)
    card = window.speakers_panel.cards[2]
    assert card.group.name == "فائز السراج"
    card.actions()[0].trigger()  # its right-click menu: Add a Note on This Speaker
    qtbot.waitUntil(lambda: len(window.notes_panel.editors) == 1, timeout=10_000)
    editor = window.notes_panel.editors[0]
    assert editor.note.kind == "speaker"
    assert editor.quote.text() == "Speaker: فائز السراج"


def test_pasting_broken_clipboard_text_still_opens_and_stores_it(qtbot, window) -> None:
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_text("عنوان\nقال الوزير \ud800 إن الاجتماع انتهى.")
    _idle(qtbot, window)
    assert "\ufffd" in window.article.text
    assert window.article_id is not None


def test_deleting_the_open_article_keeps_its_notes_as_detached(qtbot, window, seed_path) -> None:
    from app.library.notes import detached_notes

    _open_seed(qtbot, window, seed_path)
    window.add_note()
    qtbot.waitUntil(lambda: len(window.notes_panel.editors) == 1, timeout=10_000)
    article_id = window.article_id
    window.library_panel.delete_article(article_id, "x", confirm=False)
    qtbot.waitUntil(lambda: window.article_id is None, timeout=10_000)
    _idle(qtbot, window)
    assert article_id not in window.library_panel.article_ids()
    assert len(detached_notes(window.library)) == 1
    assert window.article is not None  # still on screen to read


def test_an_import_can_be_cancelled(qtbot, window, tmp_path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"a{i:03d}.txt").write_text(f"خبر {i}\nقال الوزير إن العدد {i} صحيح.",
                                              encoding="utf-8")
    panel = window.library_panel
    messages: list[str] = []
    panel.status.connect(messages.append)
    panel._progress.advanced.connect(lambda *_: panel.cancel_import())
    with qtbot.waitSignal(panel.import_finished, timeout=60_000) as finished:
        panel.import_paths([folder], analyze=False)
    report = finished.args[0]
    assert report.stopped and 0 < len(report.added) < 400
    assert any("(cancelled)" in m for m in messages)
    assert not panel.progress.isVisible() and panel.import_files_button.isEnabled()


def test_a_speaker_with_many_statements_lists_a_few_until_asked(qtbot, window) -> None:
    from extract.document import Span
    from extract.load import article_from_text
    from extract.model import Analysis, Claim, Speaker

    sentence = "وقال الوزير إن العمل مستمر رقم {0}."
    text = "عنوان\n" + "\n".join(sentence.format(i) for i in range(60))
    article = article_from_text(text)
    window.reader.show_article(article)
    claims, starts = [], []
    for i in range(60):
        content = f"العمل مستمر رقم {i}"
        start = article.text.index(content)
        starts.append(start)
        claims.append(Claim(f"C{i}", "indirect", None, Span(start, start + len(content)), "S1",
                            "الوزير"))
    window.reader.show_analysis(Analysis(text=article.text, claims=tuple(claims), speakers=(
        Speaker("S1", "الوزير", claim_ids=tuple(c.id for c in claims)),)))
    card = window.speakers_panel.cards[0]
    assert len(card.items) == 5 and card.more_button is not None
    qtbot.mouseClick(card.more_button, Qt.MouseButton.LeftButton)
    assert len(card.items) == 60
    qtbot.mouseClick(card.items[-1], Qt.MouseButton.LeftButton)
    assert window.view.py_index(window.view.textCursor().position()) == starts[-1]


def test_tagging_a_note_lets_the_sidebar_filter_by_that_tag(qtbot, window, seed_path) -> None:
    from app.library.articles import add_article
    from app.library.notes import notes_for_article

    add_article(window.library, "خبر آخر", "قال الوزير إن الاجتماع انتهى.", None)
    _open_seed(qtbot, window, seed_path)
    window.add_note()
    qtbot.waitUntil(lambda: len(window.notes_panel.editors) == 1, timeout=10_000)
    editor = window.notes_panel.editors[0]
    editor.tags.setText("ليبيا، للتحقق")
    editor.tags.editingFinished.emit()
    _idle(qtbot, window)
    note = notes_for_article(window.library, window.article_id)[0]
    assert sorted(note.tags) == sorted(["ليبيا", "للتحقق"])
    panel = window.library_panel
    qtbot.waitUntil(lambda: panel.tag_box.findData("للتحقق") >= 0, timeout=10_000)
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("للتحقق"))
    qtbot.waitUntil(lambda: panel.article_ids() == [window.article_id], timeout=10_000)


def test_names_panel_flags_a_spelling_the_library_writes_otherwise(qtbot, window) -> None:
    from app.library.analyses import store_analysis
    from app.library.articles import add_article
    from extract.document import Span
    from extract.fingerprint import extractor_fingerprint
    from extract.model import Analysis, Entity

    def stored(title: str, name: str, times: int) -> int:
        text = " ".join(f"قال {name} إن الأمر {i} واضح." for i in range(times))
        article_id = add_article(window.library, title, text, None).article_id
        mentions: list[Span] = []
        for _ in range(times):
            start = text.index(name, mentions[-1].end if mentions else 0)
            mentions.append(Span(start, start + len(name)))
        store_analysis(window.library, article_id, Analysis(
            text=text, entities=(Entity("E1", "PER", name, tuple(mentions)),),
            fingerprint=extractor_fingerprint()))
        return article_id

    stored("أ", "دونالد ترامب", 3)
    stored("ب", "دونالد ترامب", 2)
    odd = stored("ج", "دونالد ترمب", 1)
    window.open_article_id(odd)
    panel = window.names_panel
    qtbot.waitUntil(lambda: bool(panel.rows and panel.rows[0].variants), timeout=120_000)
    row = panel.rows[0]
    assert row.flag == ("دونالد ترامب", "majority")
    assert panel.table.item(0, 5).text() == "⚠ «دونالد ترامب»"
    assert ("دونالد ترامب", 5, 2) in row.variants


def test_an_article_already_stored_with_other_spacing_shows_the_stored_text(
        qtbot, window) -> None:
    from app.library.articles import add_article

    stored_text = "قال الوزير  إن الاجتماع   انتهى باتفاق."
    added = add_article(window.library, "عنوان", stored_text, None)
    with qtbot.waitSignal(window.analysis_shown, timeout=60_000):
        window.open_text("عنوان\nقال الوزير إن الاجتماع انتهى باتفاق.")
    assert window.article_id == added.article_id
    assert window.article.text == stored_text  # offsets of notes and analysis refer to it
    assert window.view.toPlainText() == stored_text


def test_glossary_csv_import_and_export_from_the_file_menu(
        qtbot, window, seed_path, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    source = tmp_path / "termbase.csv"
    source.write_text("arabic,english,note\nفائز السراج,Fayez al-Serraj,house style\n",
                      encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    _open_seed(qtbot, window, seed_path)
    window.exchange.import_glossary()
    qtbot.waitUntil(lambda: "1 added" in window.statusBar().currentMessage(), timeout=60_000)
    panel = window.names_panel
    qtbot.waitUntil(lambda: panel.best_english("E2") == "Fayez al-Serraj", timeout=120_000)

    out = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.exchange.export_glossary("csv")
    qtbot.waitUntil(lambda: out.exists() and "Exported 1" in window.statusBar().currentMessage(),
                    timeout=60_000)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel shows the Arabic
    assert "فائز السراج,Fayez al-Serraj,house style" in out.read_text(encoding="utf-8-sig")


def test_a_tag_added_to_an_article_can_be_removed_from_the_sidebar(
        qtbot, window, seed_path) -> None:
    from app.library.tags import article_tags

    _open_seed(qtbot, window, seed_path)
    panel = window.library_panel
    for name in ("ليبيا", "للتحقق"):
        panel.tag_input.setText(name)
        panel.tag_input.returnPressed.emit()
        _idle(qtbot, window)
    qtbot.waitUntil(lambda: len(panel.article_tag_names) == 2, timeout=10_000)
    assert "×" in panel.tags_label.text()
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("للتحقق"))
    qtbot.waitUntil(lambda: panel.article_ids() == [window.article_id], timeout=10_000)
    index = panel.article_tag_names.index("للتحقق")
    panel.tags_label.linkActivated.emit(str(index))  # the × after «للتحقق»
    qtbot.waitUntil(lambda: panel.article_tag_names == ["ليبيا"], timeout=10_000)
    assert article_tags(window.library, window.article_id) == ["ليبيا"]
    # the tag nothing carries any more leaves the filter, which falls back to all articles
    qtbot.waitUntil(lambda: panel.tag_box.findData("للتحقق") < 0, timeout=10_000)
    assert panel.tag_box.findData("ليبيا") >= 0
    assert panel.tag_box.currentIndex() == 0  # "All tags"
    qtbot.waitUntil(lambda: panel.article_ids() == [window.article_id], timeout=10_000)


def test_the_articles_listed_in_the_sidebar_export_into_one_file(
        qtbot, window, tmp_path) -> None:
    import json

    from app.library.articles import add_article

    for i in range(3):
        add_article(window.library, f"خبر {i}", f"قال الوزير إن الاجتماع {i} انتهى.", None)
    panel = window.library_panel
    panel.refresh()
    qtbot.waitUntil(lambda: len(panel.article_ids()) == 3, timeout=10_000)
    panel.search_box.setText("خبر 1")
    qtbot.waitUntil(lambda: "found" in panel.count_label.text(), timeout=10_000)
    listed = panel.article_ids()
    assert 1 <= len(listed) < 3
    out = tmp_path / "listed.json"
    window.library_panel.export_listed("json", str(out))
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=30_000)
    data = json.loads(out.read_text(encoding="utf-8"))
    exported = data["articles"] if isinstance(data, dict) else data
    assert sorted(a["id"] for a in exported) == sorted(listed)


def test_a_relayed_statement_card_says_which_medium_relayed_it(qtbot) -> None:
    """«نقلت وكالة … عن مصدر أن …»: the source speaks, and the card says it came via the agency."""
    from app.panels.speakers import evidence_text
    from extract.analyze import analyze
    from extract.load import article_from_text

    text = "نقلت وكالة الأنباء الفرنسية عن مصدر أمني أن الهجوم وقع فجر أمس في العاصمة."
    analysis = analyze(article_from_text(text, title="خبر"))
    relayed = [c for c in analysis.claims if c.via is not None]
    assert relayed, analysis.claims
    shown = evidence_text(analysis.text, relayed[0])
    assert "via «" in shown and "الفرنسية" in shown
