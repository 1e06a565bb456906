"""The article's own metadata: saved pages (URL, date, outlet), document properties, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extract.article_json import article_dict
from extract.dates import find_dates, parse_date
from extract.document import ArticleMeta
from extract.load import article_from_text, load_path

FIXTURES = Path(__file__).parent / "fixtures"


def test_saved_cnn_page_gives_its_url_date_and_outlet(shared_dir: Path) -> None:
    article = load_path(shared_dir / "samples" / "cnn-arabic-syria.html")
    assert article.meta == ArticleMeta(
        url="http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html",
        date="2013-08-28", author=None, outlet="CNNArabic")
    assert article_dict(article)["meta"]["date"] == "2013-08-28"


@pytest.mark.parametrize(("text", "iso"), [
    ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00", "2013-08-28"),
    ("28 آب 2013", "2013-08-28"),
    ("الخميس 2 مايو 2019", "2019-05-02"),
    ("الرياض: 26 شعبان 1440هـ", "2019-05-01"),  # Umm al-Qura
    ("٢٦ شعبان ١٤٤٠ هـ", "2019-05-01"),
    ("3 كانون الثاني 2020", "2020-01-03"),
    ("5 جويلية 2018", "2018-07-05"),
    ("12 ربيع الأول 1441", "2019-11-09"),
    ("نشر في 2019/05/02", "2019-05-02"),
    ("02/05/2019", "2019-05-02"),
    ("31 فبراير 2019", None),
    ("قال إن 45 مارس كان", None),
    ("بلغ 1,250 شخصاً", None),
])
def test_arabic_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_found_dates_have_spans_in_the_text() -> None:
    text = "الرياض - الخميس ٢ مايو ٢٠١٩م - قال الوزير"
    (found,) = find_dates(text)
    assert text[found.start:found.end] == "٢ مايو ٢٠١٩م" and found.iso == "2019-05-02"


def test_pasted_byline_date_but_not_an_event_date_in_the_body() -> None:
    body = "قال الوزير إن الحكومة ستعلن خطتها الجديدة للنقل العام خلال الأسبوع المقبل في مؤتمر."
    dated = article_from_text(f"عنوان الخبر\nالرياض - الخميس 2 مايو 2019\n{body}")
    assert dated.meta == ArticleMeta(date="2019-05-02")
    undated = article_from_text(
        "عنوان الخبر\nقال الوزير إن الحكومة ستعلن في 2 مايو 2019 خطتها الجديدة للنقل العام "
        "خلال الأسبوع المقبل في مؤتمر صحفي كبير في العاصمة أمام الصحافيين.")
    assert undated.meta is None and "meta" not in article_dict(undated)


def test_document_properties(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.author = "مراسل الوكالة"
    document.core_properties.created = dt.datetime(2019, 5, 2, 9, 30)
    document.add_paragraph("عنوان التقرير")
    document.add_paragraph("قال الوزير إن الحكومة ستعلن خطتها الأسبوع المقبل.")
    path = tmp_path / "report.docx"
    document.save(path)
    assert load_path(path).meta == ArticleMeta(date="2019-05-02", author="مراسل الوكالة")
    document.core_properties.author = "python-docx"  # the library's default, not an author
    document.save(path)
    assert load_path(path).meta == ArticleMeta(date="2019-05-02")
    assert load_path(FIXTURES / "docs" / "article.odt").meta == ArticleMeta(
        date="2019-05-02", author="فريق سند")
    pdf = load_path(FIXTURES / "pdf" / "libreoffice.pdf").meta
    assert pdf is not None and pdf.author == "فريق سند" and pdf.date is not None
