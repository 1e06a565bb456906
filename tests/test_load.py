"""Loading articles: cleaning, encodings, HTML, docx, and clear errors for bad input."""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.load import LoadError, article_from_text, load_path

SEED_TITLE = "معلومات عن لقاء حفتر بمسؤولين أميركيين في القاهرة"


def test_seed_article_is_cleaned(seed_path: Path) -> None:
    article = load_path(seed_path)
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    assert article.title == SEED_TITLE
    body = [article.text[p.start:p.end] for p in article.paragraphs]
    assert body == [line.strip() for line in lines[:12]]
    assert "لم تشترك بعد" not in article.text
    assert "انشئ حساباً" not in article.text
    assert SEED_TITLE not in article.text


def test_sentences_split_on_arabic_marks_not_numbers() -> None:
    article = article_from_text("قال إن النمو بلغ 3.5 في المئة. هل هذا صحيح؟ نعم!")
    sentences = [article.text[s.start:s.end] for s in article.sentences]
    assert sentences == ["قال إن النمو بلغ 3.5 في المئة.", "هل هذا صحيح؟", "نعم!"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_text_files_in_common_encodings(tmp_path: Path, seed_path: Path, encoding: str) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(seed_path.read_text(encoding="utf-8").encode(encoding, errors="replace"))
    article = load_path(path)
    assert article.title == SEED_TITLE
    assert "فائز السراج" in article.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(tmp_path: Path, seed_path: Path, encoding: str) -> None:
    """Arabic letters (U+06xx) have no zero byte, so zero-counting alone missed these files."""
    path = tmp_path / f"article-{encoding}.txt"
    text = seed_path.read_text(encoding="utf-8").replace(
        "ترمب.", "ترمب (English line, 2019 😀).", 1)
    path.write_bytes(text.encode(encoding))
    article = load_path(path)
    assert article.title == SEED_TITLE
    assert "فائز السراج" in article.text and "English line, 2019 😀" in article.text


def test_binary_with_zero_bytes_is_not_read_as_utf16(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(bytes([0, 1, 0, 2, 0, 3, 0, 0x10, 0, 0x11]) * 500)
    with pytest.raises(LoadError, match="binary"):
        load_path(path)


def test_saved_web_page_keeps_the_body_only(shared_dir: Path) -> None:
    article = load_path(shared_dir / "samples" / "cnn-arabic-syria.html")
    expected = (shared_dir / "samples" / "cnn-arabic-syria.expected.txt").read_text(
        encoding="utf-8").strip()
    ratio = difflib.SequenceMatcher(None, article.text, expected).ratio()
    assert ratio >= 0.95, ratio
    assert article.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert "الآراء الواردة" not in article.text


def test_html_scripts_and_remote_images_are_dropped(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "<p>" + "قال المتحدث إن الاجتماع انتهى باتفاق شامل بين الطرفين. " * 8 + "</p>"
    page.write_text(
        "<html><head><title>عنوان الخبر - موقع</title><script>alert('x')</script></head><body>"
        "<nav>الرئيسية</nav><img src='http://example.invalid/x.png'><article>"
        f"{body}</article><script>document.write('bad')</script></body></html>",
        encoding="utf-8")
    article = load_path(page)
    assert "alert" not in article.text and "document.write" not in article.text
    assert "الاجتماع انتهى" in article.text


def test_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("عنوان التقرير")
    document.add_paragraph("قال الوزير إن الحكومة ستعلن خطتها الأسبوع المقبل.")
    document.add_paragraph("وأضاف أن الخطة تشمل دعم الشركات الصغيرة.")
    path = tmp_path / "report.docx"
    document.save(path)
    article = load_path(path)
    assert article.title == "عنوان التقرير"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "empty"),
        ("spaces.txt", b"   \n\n  ", "empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("fake.docx", b"not a zip at all", "Word"),
        ("old.doc", b"\xd0\xcf\x11\xe0 whatever", "not supported"),
    ],
)
def test_bad_files_give_a_clear_error(tmp_path: Path, name: str, content: bytes,
                                      message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load_path(path)


def test_oversize_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(LoadError, match="too large"):
        load_path(path)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_cli_clean_json(seed_path: Path) -> None:
    """The one test of `python -m extract` as its own process (UTF-8 out through a pipe)."""
    result = _cli("clean", str(seed_path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == SEED_TITLE
    assert len(data["paragraphs"]) == 12
    for span in data["paragraphs"] + data["sentences"]:
        assert data["text"][span["start"]:span["end"]].strip()


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "binary", "undecodable"])
def test_cli_errors_are_one_line(tmp_path: Path, kind: str, extract_cli) -> None:
    path = tmp_path / "x.txt"
    if kind == "missing":
        pass
    elif kind == "folder":
        path = tmp_path
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(b"\x7fELF\x00\x00\x01" + bytes(range(256)) * 10)
    else:
        path.write_bytes(b"\xff\xfe" + b"\x00\xd8" * 500)  # UTF-16 of lone surrogates
    code, _out, err = extract_cli("clean", str(path))  # an exception would fail the test
    assert code != 0
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("error:")


def test_utf8_with_a_few_damaged_bytes_stays_utf8(tmp_path: Path, seed_path: Path) -> None:
    data = seed_path.read_bytes()
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:1000] + b"\xff\xfe" + data[1000:])
    article = load_path(path)
    assert "فائز السراج" in article.text
