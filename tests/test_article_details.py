"""The article's own details in the library (issue 17): URL, date, author and outlet stored from
what the file says, editable (app and CLI) and kept on re-import; one article, many copies
(edited copies stored as versions, notes following); the date filter on the publication date."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.library import LibraryError, open_library
from app.library.articles import add_article, count_articles, edit_article, get_article
from app.library.importer import import_paths, import_text
from app.library.migrations import LATEST_VERSION, MIGRATIONS
from app.library.notes import add_span_note, notes_for_article
from app.library.search import search
from app.library.versions import list_versions
from extract.document import ArticleMeta

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "fixtures" / "pdf"
TITLE = "السراج: الانتخابات في موعدها"
BODY = (
    "قال رئيس المجلس الرئاسي فائز السراج إن الانتخابات ستجري في موعدها المحدد رغم الصعوبات "
    "الأمنية التي تشهدها البلاد منذ أشهر. وأضاف السراج في مؤتمر صحفي عقده في طرابلس أن "
    "الحكومة ستوفر كل ما يلزم لإنجاح العملية الانتخابية وأن المفوضية العليا أنهت استعداداتها.\n\n"
    "وأكد المشير خليفة حفتر من جهته أن قواته لن تنسحب من مواقعها قبل تسليم السلاح في المدن "
    "الغربية، مشيرا إلى أن الحوار مع المجلس الرئاسي ما زال ممكنا إذا توفرت الضمانات اللازمة. "
    "وقال مصدر مطلع إن اجتماعا بين الطرفين قد يعقد في القاهرة خلال الأسابيع المقبلة.")


def _saved_page(folder: Path, name: str = "page.html", body: str = BODY) -> Path:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    page = folder / name
    page.write_text(
        "<html><head><title>" + TITLE + "</title>"
        '<link rel="canonical" href="https://news.example.org/2019/05/02/sarraj.html">'
        '<meta property="og:site_name" content="أخبار المثال">'
        '<meta name="author" content="سالم الورفلي">'
        "</head><body><article><h1>" + TITLE + "</h1>"
        '<div class="timestamp">الخميس 2 مايو 2019</div>' + paragraphs
        + "</article></body></html>", encoding="utf-8")
    return page


def test_an_old_library_gains_the_details_columns_and_keeps_its_articles(tmp_path):
    conn = sqlite3.connect(tmp_path / "v-before.sqlite")
    for number, statements in enumerate(MIGRATIONS[:-1], start=1):
        for statement in statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute("INSERT INTO articles (title, text, source, published, imported, updated,"
                 " content_hash) VALUES ('t', 'نص', 'a.txt', NULL, '2020-01-01', '2020-01-01',"
                 " 'h')")
    conn.commit()
    conn.close()
    with open_library(tmp_path / "v-before.sqlite") as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        record = get_article(lib, 1)
        assert record.text == "نص" and record.url is None and record.edited == frozenset()
        assert list_versions(lib, 1) == []


def test_import_stores_the_pages_own_url_date_author_and_outlet(lib, tmp_path):
    report = import_paths(lib, [_saved_page(tmp_path)], analyze=False)
    record = get_article(lib, report.added[0])
    assert record.url == "https://news.example.org/2019/05/02/sarraj.html"
    assert record.published == "2019-05-02"
    assert record.outlet == "أخبار المثال"
    assert record.author == "سالم الورفلي"
    assert record.source == str(tmp_path / "page.html")  # where it came from stays apart


def test_a_pdf_keeps_the_page_of_its_text(lib):
    record = get_article(lib, import_paths(lib, [PDF / "qt.pdf"], analyze=False).added[0])
    assert record.page_at(0) == 1
    last = record.text.rindex(record.text.split()[-1])
    assert record.page_at(last) == 2


def test_edits_are_kept_when_the_same_article_is_imported_again(lib, tmp_path):
    page = _saved_page(tmp_path)
    article_id = import_paths(lib, [page], analyze=False).added[0]
    edit_article(lib, article_id, title="عنوان صححه المحرر", published="28 آب 2013",
                 author="")
    record = get_article(lib, article_id)
    assert (record.title, record.published, record.author) == ("عنوان صححه المحرر",
                                                               "2013-08-28", None)
    assert record.edited == {"title", "published", "author"}
    assert search(lib, "صححه")[0].article_id == article_id  # the new title is searched
    # the same file again, and an edited copy of it saved elsewhere: the edits stay
    assert import_paths(lib, [page], analyze=False).duplicates == [article_id]
    copy_dir = tmp_path / "elsewhere"
    copy_dir.mkdir()
    copy = _saved_page(copy_dir, body=BODY.replace("أشهر", "أسابيع"))
    report = import_paths(lib, [copy], analyze=False)
    assert report.versions == [article_id]
    record = get_article(lib, article_id)
    assert (record.title, record.published, record.author) == ("عنوان صححه المحرر",
                                                               "2013-08-28", None)
    assert record.outlet == "أخبار المثال"  # not edited: still the page's own


def test_a_date_that_is_not_one_is_refused_with_a_clear_message(lib):
    article_id = add_article(lib, TITLE, BODY).article_id
    with pytest.raises(LibraryError, match="not a date"):
        edit_article(lib, article_id, published="next Tuesday")
    with pytest.raises(LibraryError, match="not a date"):
        edit_article(lib, article_id, published="2019-13-40")
    assert get_article(lib, article_id).published is None


def test_the_date_filter_and_order_use_the_publication_date(lib, tmp_path):
    old = import_paths(lib, [_saved_page(tmp_path)], analyze=False).added[0]
    new = add_article(lib, "خبر آخر", "وصل المبعوث الأممي إلى بنغازي صباح اليوم.").article_id
    hits = search(lib, "", date_from="2019-05-01", date_to="2019-05-03")
    assert [h.article_id for h in hits] == [old]
    assert [h.article_id for h in search(lib, "")] == [new, old]  # imported today: newer
    edit_article(lib, new, published="2001-01-01")
    assert [h.article_id for h in search(lib, "")] == [old, new]


def test_an_edited_copy_is_a_new_version_and_its_notes_follow(lib, tmp_path):
    first = add_article(lib, TITLE, BODY, "one.txt").article_id
    start = BODY.index("خليفة حفتر")
    add_span_note(lib, first, start, start + len("خليفة حفتر"), "تحقق من الاسم")
    edited = "طرابلس - " + BODY.replace("منذ أشهر", "منذ عدة أشهر").replace(
        "خلال الأسابيع المقبلة", "قريبا")
    result = import_text(lib, TITLE + "\n\n" + edited, analyze=False)
    assert (result.article_id, result.status) == (first, "version")
    assert count_articles(lib) == 1
    record = get_article(lib, first)
    assert record.text.startswith("طرابلس - ")
    note = notes_for_article(lib, first)[0]
    assert not note.detached and record.text[note.start:note.end] == "خليفة حفتر"
    versions = list_versions(lib, first)
    assert [v.text for v in versions] == [BODY]
    # the older copy again is the same article, not a third version
    assert add_article(lib, TITLE, BODY, "copy.txt").status == "duplicate"
    assert len(list_versions(lib, first)) == 1


def test_another_story_under_the_same_headline_stays_a_separate_article(lib):
    first = add_article(lib, "أخبار اليوم", BODY).article_id
    other = add_article(lib, "أخبار اليوم", "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة "
                        "سبها يضم مئتي سرير وقسما للطوارئ، في إطار خطة لتحسين الخدمات.")
    assert other.status == "added" and other.article_id != first
    # similar text under another title is not merged either
    assert add_article(lib, "عنوان آخر", BODY + " وتابع.").status == "added"


def test_exact_duplicates_stay_one_article(lib):
    first = add_article(lib, TITLE, BODY, "a.txt")
    again = add_article(lib, TITLE, BODY.replace("\n\n", "\n\n\n"), "b.txt")
    assert again.status == "duplicate" and again.article_id == first.article_id
    assert list_versions(lib, first.article_id) == []


def test_a_reimport_fills_details_an_older_import_lacked(lib):
    article_id = add_article(lib, TITLE, BODY, "a.html").article_id
    add_article(lib, TITLE, BODY, "a.html", meta=ArticleMeta(url="https://x.example/a",
                                                             date="2019-05-02"))
    record = get_article(lib, article_id)
    assert (record.url, record.published) == ("https://x.example/a", "2019-05-02")


@pytest.fixture
def cli(capsys, monkeypatch):
    from app.library.__main__ import main

    def run(*args: str, db: Path) -> tuple[int, str, str]:
        monkeypatch.setenv("SANAD_DB", str(db))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_edits_the_details_and_lists_versions(tmp_path, cli):
    db = tmp_path / "cli.sqlite"
    page = _saved_page(tmp_path)
    assert cli("import", str(page), "--no-analyze", db=db)[0] == 0
    code, out, err = cli("edit", "1", "--title", "عنوان جديد", "--date", "2019-05-03",
                         "--outlet", "", db=db)
    assert code == 0, err
    assert "title\tعنوان جديد  (edited)" in out and "date\t2019-05-03  (edited)" in out
    assert "outlet\t  (edited)" in out
    code, out, err = cli("show", "1", db=db)
    assert "url\thttps://news.example.org/2019/05/02/sarraj.html\n" in out
    code, out, err = cli("edit", "1", "--date", "tomorrow", db=db)
    assert code == 1 and err.startswith("error: ") and "Traceback" not in err
    code, out, err = cli("edit", "7", "--title", "x", db=db)
    assert code == 1 and "no article 7" in err
    copy = tmp_path / "b"
    copy.mkdir()
    assert cli("import", str(_saved_page(copy, body=BODY.replace("أشهر", "شهور"))),
               "--no-analyze", db=db)[0] == 0
    code, out, err = cli("versions", "1", db=db)
    assert code == 0 and out.count("\n") == 1
    version_id = out.split("\t")[0]
    code, out, err = cli("versions", "1", "--text", version_id, db=db)
    assert "منذ أشهر" in out


def test_exports_carry_the_saved_pages_own_url_outlet_and_date(lib, shared_dir, qapp):
    from app.export_pdf import build_document
    from app.library.export import article_bundle, export_bytes

    page = shared_dir / "samples" / "cnn-arabic-syria.html"
    article_id = import_paths(lib, [page], analyze=False).added[0]
    url = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
    outputs = {fmt: export_bytes(lib, [article_id], fmt).decode("utf-8-sig")
               for fmt in ("md", "json", "csv")}
    outputs["pdf"] = build_document([article_bundle(lib, article_id)], rtl=False).toPlainText()
    for fmt, out in outputs.items():
        if fmt != "csv" or "\n1," in out:  # the CSV has a row per statement (none unanalysed)
            assert url in out and "2013-08-28" in out and "CNNArabic" in out, fmt
        assert str(shared_dir) not in out and "cnn-arabic-syria.html" not in out, fmt
        assert get_article(lib, article_id).imported[:10] not in out, fmt
    # an edited outlet is what is exported
    edit_article(lib, article_id, outlet="سي إن إن بالعربية")
    assert "Outlet: سي إن إن بالعربية" in export_bytes(lib, [article_id], "md").decode()


def test_exports_cite_the_page_of_a_pdf_note(lib):
    import json

    from app.library.export import export_bytes

    article_id = import_paths(lib, [PDF / "qt.pdf"], analyze=False).added[0]
    record = get_article(lib, article_id)
    word = record.text.split()[-1]
    start = record.text.rindex(word)
    add_span_note(lib, article_id, start, start + len(word), "ملاحظة")
    bundle = json.loads(export_bytes(lib, [article_id], "json"))["articles"][0]
    assert bundle["notes"][0]["page"] == 2
    assert f"> {word} (p. 2)" in export_bytes(lib, [article_id], "md").decode()
