"""PDF import: reading order, letters, numbers, columns, furniture, pages, scans and OCR.

The fixtures in tests/fixtures/pdf/ are made by scripts/make_pdf_fixtures.py: the bundled sample
article as Qt, LibreOffice, Chromium and reportlab (visual order, presentation forms) write it, a
two-column page, a mixed Arabic/English page with numbers, and an image-only scan.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from extract.load import LoadError, article_from_ocr, load_path
from extract.pdf import ScannedPdfError, pdf_date, read_pdf
from extract.visual_order import visual_to_logical

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
ARTICLE_FIXTURES = ["qt", "libreoffice", "chromium", "reportlab"]
TEXT_FIXTURES = ARTICLE_FIXTURES + ["two-column", "mixed", "mixed-reportlab"]
RUNNING_HEADER = "ملف ليبيا"


def expected(name: str) -> list[str]:
    return (FIXTURES / f"{name}.expected.txt").read_text(encoding="utf-8").splitlines()


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, " ".join(a.split()), " ".join(b.split()),
                                   autojunk=False).ratio()


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_pdf_text_matches_the_document(name: str) -> None:
    article = load_path(FIXTURES / f"{name}.pdf")
    title, *body = expected(name)
    assert article.title == title
    assert similarity(article.text, "\n".join(body)) >= 0.98
    assert RUNNING_HEADER not in article.text
    paragraphs = [article.slice(p) for p in article.paragraphs]
    assert not any(p.strip().isdigit() for p in paragraphs)  # page numbers dropped
    assert len(paragraphs) == len(body)


@pytest.mark.parametrize("name", ARTICLE_FIXTURES)
def test_each_paragraph_keeps_its_page(name: str) -> None:
    article = load_path(FIXTURES / f"{name}.pdf")
    pages = article.pages
    assert pages is not None and len(pages) == len(article.paragraphs)
    assert pages == sorted(pages) and pages[0] == 1
    assert pages[-1] == read_pdf(FIXTURES / f"{name}.pdf").page_count > 1
    last = article.paragraphs[-1]
    assert article.page_of(last.start) == pages[-1]


@pytest.mark.parametrize("name", ["reportlab", "mixed-reportlab"])
def test_visual_order_presentation_forms_become_letters(name: str) -> None:
    article = load_path(FIXTURES / f"{name}.pdf")
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in article.text)
    if name == "reportlab":
        assert "الأمم المتحدة" in article.text  # lam-alef ligature: lam, then alef with hamza
        assert "مقراً لها" in article.text  # the tanween after its letter, not before it
        assert "(أفريكوم)" in article.text  # brackets the right way round


def test_lam_alef_without_unicode_mapping_is_restored() -> None:
    """Qt's PDF writer leaves lam-alef glyphs unmapped (other readers print ا=<مم for الأمم)."""
    article = load_path(FIXTURES / "qt.pdf")
    for phrase in ("الأمم المتحدة", "خلال زيارته", "البريد الإلكتروني", "الاستقرار"):
        assert phrase in article.text
    assert "=" not in article.text and "<" not in article.text


@pytest.mark.parametrize("name", ["mixed", "mixed-reportlab"])
def test_numbers_and_latin_runs_read_the_right_way(name: str) -> None:
    text = load_path(FIXTURES / f"{name}.pdf").text
    for piece in ("يوم 15/05/2019 بأن 1,250 عائلة", "وأن 45.5% من", "Northbridge Relief",
                  "Daniel Moreau لوكالة AFP", "(نحو 2.7 مليون دولار)",
                  "رقم 2 في الصفحة 14", "الجرحى ١٢٣ شخصاً في ٣ مستشفيات",
                  "www.northbridge.example/reports/2019 في قسم Reports.",
                  "The report, titled Tripoli Displacement Update No. 7, counts 3,400 people in "
                  "12 shelters."):
        assert piece in text


def test_two_columns_are_read_right_column_first() -> None:
    article = load_path(FIXTURES / "two-column.pdf")
    _, *body = expected("two-column")
    paragraphs = [article.slice(p) for p in article.paragraphs]
    assert [similarity(a, b) >= 0.98 for a, b in zip(paragraphs, body, strict=True)] == \
        [True] * len(body)


def test_scanned_pdf_says_so() -> None:
    with pytest.raises(ScannedPdfError) as info:
        load_path(FIXTURES / "scanned.pdf")
    message = str(info.value)
    assert "scanned" in message and "text layer" in message and "\n" not in message
    assert isinstance(info.value, LoadError)


def test_damaged_pdf_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes((FIXTURES / "mixed.pdf").read_bytes()[:400])
    with pytest.raises(LoadError, match="not a readable PDF"):
        load_path(broken)


def test_document_properties_are_read() -> None:
    pdf = read_pdf(FIXTURES / "libreoffice.pdf")
    assert pdf.title == expected("libreoffice")[0]
    assert pdf.author == "فريق سند"
    assert pdf.date is not None and len(pdf.date) == 10


@pytest.mark.parametrize(("raw", "iso"), [("D:20190502093000+03'00'", "2019-05-02"),
                                          ("D:201905", "2019-05"), ("2019", "2019"),
                                          ("D:00000000", None), ("", None), (None, None)])
def test_pdf_dates(raw: str | None, iso: str | None) -> None:
    assert pdf_date(raw) == iso


def test_visual_line_back_to_typed_order() -> None:
    # «قال (نحو) 45.5% في Update No. 7» as a right-to-left line is drawn left to right as:
    visual = list("Update No. 7 يف %45.5 )وحن( لاق")
    assert "".join(visual_to_logical(visual, rtl_base=True)) == "قال (نحو) 45.5% في Update No. 7"
    # two numbers with only a space between them are read right to left, each left to right
    assert "".join(visual_to_logical(list("2019 15 ىتح"), rtl_base=True)) == "حتى 15 2019"
    assert "".join(visual_to_logical(list("plain text."), rtl_base=False)) == "plain text."


def test_ocr_reads_the_scan() -> None:
    from extract.ocr import tesseract_available

    if not tesseract_available():
        pytest.skip("tesseract with Arabic data is not installed")
    calls: list[tuple[int, int]] = []
    article = article_from_ocr(FIXTURES / "scanned.pdf", progress=lambda d, t: calls.append((d, t)))
    title, *body = expected("scanned")
    assert calls == [(1, 1)]
    assert similarity(article.text, "\n".join(body)) >= 0.85
    assert article.pages == [1] * len(article.paragraphs)


def test_ocr_can_be_cancelled() -> None:
    from extract.ocr import OcrCancelled, tesseract_available

    if not tesseract_available():
        pytest.skip("tesseract with Arabic data is not installed")
    with pytest.raises(OcrCancelled):
        article_from_ocr(FIXTURES / "scanned.pdf", cancel=lambda: True)
