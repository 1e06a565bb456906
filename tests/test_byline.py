"""The article's details in the window: the byline under the title (outlet, author, date, URL),
the details dialog that corrects them, and the older versions of an article."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.library import open_library
from app.library.articles import get_article
from app.versions_dialog import VersionsDialog
from app.window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
CNN_URL = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"


@pytest.fixture
def window(qtbot, fake_analyzer, tmp_path):
    win = MainWindow(interactive=False, library=open_library(tmp_path / "library.sqlite"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.library.close()


def _wait_stored(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.is_busy() and win.article_id is not None, timeout=60_000)


def test_a_saved_page_shows_its_outlet_date_and_url_under_the_title(qtbot, window,
                                                                    shared_dir) -> None:
    window.open_path(shared_dir / "samples" / "cnn-arabic-syria.html")
    _wait_stored(qtbot, window)
    qtbot.waitUntil(lambda: "Edit details" in window.byline.label.text())
    shown = window.byline.text()
    assert CNN_URL in shown and "CNNArabic" in shown and "2013" in shown and "28" in shown
    assert window.byline.isVisible()
    assert str(shared_dir) not in shown  # where the file was is not the article's source


def test_a_pasted_article_without_details_shows_no_byline(qtbot, window) -> None:
    window.open_text("عنوان\nقال الوزير إن الاجتماع انتهى باتفاق.")
    _wait_stored(qtbot, window)
    assert window.byline.text() == ""


def test_editing_the_details_saves_them_and_retitles_the_article(qtbot, window,
                                                                 shared_dir) -> None:
    window.open_path(shared_dir / "samples" / "cnn-arabic-syria.html")
    _wait_stored(qtbot, window)
    window.menu_actions.named["edit_details"].trigger()
    dialog = window.byline.dialog
    assert dialog.fields["url"].text() == CNN_URL
    dialog.fields["published"].setText("next week")
    dialog.accept()
    assert dialog.isVisible() and "not a date" in dialog.error.text()  # kept open, explained
    dialog.fields["published"].setText("2013-08-29")
    dialog.fields["title"].setText("عنوان صححته")
    dialog.fields["author"].setText("مراسل سي إن إن")
    dialog.accept()
    qtbot.waitUntil(lambda: window.title_label.text() == "عنوان صححته", timeout=10_000)
    qtbot.waitUntil(lambda: "مراسل سي إن إن" in window.byline.text(), timeout=10_000)
    record = get_article(window.library, window.article_id)
    assert (record.title, record.published, record.author) == ("عنوان صححته", "2013-08-29",
                                                               "مراسل سي إن إن")
    assert record.edited == {"title", "published", "author"}  # the URL was not touched


def test_an_edited_copy_opens_as_a_new_version_with_the_older_one_shown(qtbot, window,
                                                                        tmp_path) -> None:
    body = ("قال رئيس المجلس الرئاسي فائز السراج إن الانتخابات ستجري في موعدها المحدد رغم "
            "الصعوبات الأمنية التي تشهدها البلاد منذ أشهر، وإن المفوضية أنهت استعداداتها كلها "
            "وستعلن الجدول الزمني خلال أيام بعد التشاور مع الأحزاب والقوى السياسية في البلاد.")
    first = tmp_path / "one.txt"
    first.write_text("السراج والانتخابات\n\n" + body, encoding="utf-8")
    copy = tmp_path / "copy" / "one.txt"
    copy.parent.mkdir()
    copy.write_text("السراج والانتخابات\n\n" + body.replace("خلال أيام", "خلال أسبوع"),
                    encoding="utf-8")
    window.open_path(first)
    _wait_stored(qtbot, window)
    article_id = window.article_id
    window.open_path(copy)
    qtbot.waitUntil(lambda: not window.is_busy() and window.article_id == article_id
                    and "خلال أسبوع" in window.view.toPlainText(), timeout=60_000)
    qtbot.waitUntil(lambda: "Older version (1)" in window.byline.label.text(), timeout=10_000)
    window.menu_actions.named["versions"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.byline.dialog, VersionsDialog), timeout=10_000)
    dialog = window.byline.dialog
    assert dialog.list.count() == 1
    assert "خلال أيام" in dialog.text.toPlainText()


def test_statements_and_notes_of_a_pdf_cite_their_page(qtbot, window) -> None:
    from app.panels.speakers import StatementItem

    window.open_path(ROOT / "tests" / "fixtures" / "pdf" / "qt.pdf")
    _wait_stored(qtbot, window)
    qtbot.waitUntil(lambda: window.analysis is not None and not window.is_busy(),
                    timeout=60_000)
    items = window.speakers_panel.findChildren(StatementItem)
    qtbot.waitUntil(lambda: len(window.speakers_panel.findChildren(StatementItem)) > 0,
                    timeout=10_000)
    items = window.speakers_panel.findChildren(StatementItem)
    article = window.article
    for item in items:
        page = article.page_of(item.claim.content.start)
        assert item.kind.text().endswith(f"p. {page}")
    assert {article.page_of(i.claim.content.start) for i in items} == {1, 2}
    last = article.text.rindex(article.text.split()[-1])
    window.notes_panel.add_span_note(last, len(article.text))
    qtbot.waitUntil(lambda: any("p. 2" in e.quote.text() for e in window.notes_panel.editors),
                    timeout=10_000)


def _visual_x(label):
    """Where each character of the label's text is drawn (a right-to-left line, as shown)."""
    from PySide6.QtGui import QTextDocumentFragment, QTextLayout, QTextOption

    plain = QTextDocumentFragment.fromHtml(label.text()).toPlainText()
    layout = QTextLayout(plain, label.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    xs = [line.cursorToX(i)[0] for i in range(len(plain))]  # while the layout lives
    return plain, xs.__getitem__


def test_an_english_date_beside_an_arabic_outlet_reads_in_one_piece(qtbot, window) -> None:
    """mixed.pdf: outlet «فريق سند», date 15 May 2019. The date's day was drawn beside the
    outlet, its month and year after the "Edit details…" link."""
    window.open_path(ROOT / "tests" / "fixtures" / "pdf" / "mixed.pdf")
    _wait_stored(qtbot, window)
    qtbot.waitUntil(lambda: "Edit details" in window.byline.label.text(), timeout=10_000)
    plain, x = _visual_x(window.byline.label)
    # a cursor inside each word (at a run's first letter it stands on the run's far edge)
    day, month, year = (plain.index(w) + 1 for w in ("15", "May", "2019"))
    edit = plain.index("Edit") + 1
    assert x(day) < x(month) < x(year)  # "15 May 2019" left to right
    assert not min(x(day), x(year)) < x(edit) < max(x(day), x(year))  # the link is not inside
    assert x(edit) < x(day)  # and it comes after the details, to their left
