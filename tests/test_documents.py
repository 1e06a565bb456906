"""OpenDocument (.odt) and RTF (.rtf) files: text, title and clear errors.

Fixtures: scripts/make_document_fixtures.py (LibreOffice from a .docx, and an RTF with Windows-1256
bytes as older Word wrote Arabic).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from extract.load import LoadError, load_path
from extract.odt import read_odt

DOCS = Path(__file__).parent / "fixtures" / "docs"
EXPECTED = (DOCS / "article.expected.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("name", ["article.odt", "article.rtf", "article-cp1256.rtf"])
def test_document_text_and_title(name: str) -> None:
    article = load_path(DOCS / name)
    assert article.title == EXPECTED[0]
    assert [article.slice(p) for p in article.paragraphs] == EXPECTED[1:]


def test_odt_properties_spaces_notes(tmp_path: Path) -> None:
    assert read_odt(DOCS / "article.odt").properties == {
        "title": EXPECTED[0], "author": "فريق سند", "date": "2019-05-02"}
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:h>عنوان التقرير</text:h><text:p>قال<text:s text:c=\"2\"/>الوزير"
        "<text:note><text:note-body><text:p>حاشية</text:p></text:note-body></text:note>"
        " إن <text:span>الخطة</text:span> جاهزة.</text:p>"
        "<text:list><text:list-item><text:p>بند أول في القائمة.</text:p></text:list-item>"
        "</text:list></office:text></office:body></office:document-content>")
    path = tmp_path / "made.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    assert read_odt(path).paragraphs == ["عنوان التقرير", "قال الوزير إن الخطة جاهزة.",
                                         "بند أول في القائمة."]
    article = load_path(path)
    assert article.title == "عنوان التقرير" and "حاشية" not in article.text


@pytest.mark.parametrize(("name", "content", "message"), [
    ("bad.odt", b"not a zip", "not a readable OpenDocument"),
    ("bad.rtf", b"plain text, not rtf", "not an RTF"),
    ("empty.rtf", b"{\\rtf1\\ansi {\\fonttbl{\\f0 Arial;}}\\par}", "no text"),
])
def test_bad_documents_give_a_clear_error(tmp_path: Path, name: str, content: bytes,
                                          message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load_path(path)
