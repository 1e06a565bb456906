"""The PDF export draws the reader's highlights in the reader's colours and marks, says what they
mean in a legend in the interface language, and writes statements as the Markdown export does.

The seed article is analysed by the real extractor (`seed_library` in conftest.py); the file is
read back with tests/pdf_text.py, so these tests need nothing beyond the project's dependencies.
"""

from __future__ import annotations

import re

import pytest
from pdf_text import pdf_colors, pdf_text
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat, QTextTable

from app.export_pdf import build_document, interface_language, write_pdf
from app.library.analyses import analysis_for, claim_rows
from app.library.export import article_bundle
from app.library.quoting import one_line
from app.reader.article_view import ArticleView
from app.reader.highlighter import Highlighter, layer_color
from app.reader.model import AnalysisModel
from app.theme import LIGHT

ENGLISH = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other",
           "statement": "Statements", "cue": "Cues", "speaker": "Speakers", "notes": "Notes"}
ARABIC = {"PER": "الأشخاص", "ORG": "المنظمات", "LOC": "الأماكن", "MISC": "أخرى",
          "statement": "التصريحات", "cue": "أفعال القول", "speaker": "المتحدثون",
          "notes": "الملاحظات"}
NO_LAM_ALEF = ("المنظمات", "أخرى", "التصريحات", "أفعال القول", "المتحدثون")  # see pdf_text.py
Look = tuple[str | None, tuple[int, str] | None, str | None]


def _look(formats: list[QTextCharFormat]) -> Look:
    """What a reader sees on a letter with these formats painted in order: the background, the
    underline (style, colour) and the letter colour, each from the last format that sets it."""
    background = underline = foreground = None
    for fmt in formats:
        if fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
            background = fmt.background().color().name()
        if fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
            underline = (fmt.underlineStyle().value, fmt.underlineColor().name())
        if fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
            foreground = fmt.foreground().color().name()
    return background, underline, foreground


@pytest.fixture(scope="module")
def seed(seed_library):
    lib, article_id = seed_library
    return lib, article_id, article_bundle(lib, article_id), analysis_for(lib, article_id)


@pytest.fixture(scope="module")
def english_pdf(seed, tmp_path_factory) -> bytes:
    lib, article_id, _, _ = seed
    out = tmp_path_factory.mktemp("pdf") / "seed-en.pdf"
    return write_pdf(lib, [article_id], out, language="en").read_bytes()


def _reader_looks(qtbot, bundle: dict, analysis) -> list[Look]:
    """The look of every letter of the article in the reader (light theme), from the extra
    selections its highlighter hands to Qt."""
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article_text(bundle["text"])
    highlighter = Highlighter(view, colors=LIGHT)
    highlighter.set_model(AnalysisModel(analysis))
    highlighter.set_note_spans([(n["start"], n["end"]) for n in bundle["notes"]
                                if n["kind"] == "span"])
    covering: list[list[QTextCharFormat]] = [[] for _ in bundle["text"]]
    for selection in view.extraSelections():
        start = view.py_index(selection.cursor.selectionStart())
        end = view.py_index(selection.cursor.selectionEnd())
        fmt = QTextCharFormat(selection.format)  # a copy: the selection's own is a temporary
        for i in range(start, end):
            covering[i].append(fmt)
    return [_look(formats) for formats in covering]


def _pdf_looks(doc, text: str) -> dict[int, Look]:
    """The look of every letter of the article in the PDF's document, whose body (after the
    legend's line) holds the same letters, with paragraph breaks and the notes' numbers between
    them, which are skipped."""
    plain = doc.toPlainText()
    at = plain.index("\n", plain.index("Highlights:")) + 1
    cursor = QTextCursor(doc)
    looks: dict[int, Look] = {}
    for i, letter in enumerate(text):
        if letter == "\n":
            continue
        while plain[at] != letter:
            at += 1
        cursor.setPosition(at + 1)  # charFormat() is the letter before the cursor
        looks[i] = _look([cursor.charFormat()])
        at += 1
    return looks


def test_the_pdf_highlights_every_letter_as_the_reader_does(qtbot, seed) -> None:
    _, _, bundle, analysis = seed
    reader = _reader_looks(qtbot, bundle, analysis)
    with interface_language("en") as rtl:
        pdf = _pdf_looks(build_document([bundle], rtl=rtl), bundle["text"])
    differ = [(i, reader[i], look) for i, look in pdf.items() if reader[i] != look]
    assert differ == []
    assert len(set(reader)) >= 8  # tints, cue, speaker and note marks all met


def test_the_written_pdf_paints_with_the_reader_s_colours(seed, english_pdf) -> None:
    fills, strokes = pdf_colors(english_pdf)
    for layer in ("PER", "ORG", "LOC", "MISC", "statement", "speaker"):
        assert layer_color(LIGHT, layer).name() in fills, layer  # tints, the speaker's letters
    for layer in ("speaker", "notes"):
        assert layer_color(LIGHT, layer).name() in strokes, layer  # their underlines
    # Qt paints a wavy underline (the cues') as an image, so its colour is checked on the
    # document above, not here.


def test_the_legend_names_each_highlight_in_its_own_colour(seed, english_pdf) -> None:
    _, _, bundle, _ = seed
    first_page = pdf_text(english_pdf)[0]
    assert "Highlights:" in first_page
    assert all(label in first_page for label in ENGLISH.values())
    with interface_language("en") as rtl:
        doc = build_document([bundle], rtl=rtl)
    legend = doc.findBlock(doc.toPlainText().index("Highlights:"))
    seen = {}
    it = legend.begin()
    while not it.atEnd():
        fragment = it.fragment()
        seen[fragment.text().strip("\u00a0 \u2003")] = _look([fragment.charFormat()])
        it += 1
    for layer, label in ENGLISH.items():
        colour = layer_color(LIGHT, layer).name()  # the reader's legend swatch
        background, underline, foreground = seen[label]
        if layer == "speaker":
            assert foreground == colour and underline[1] == colour
        elif layer in ("cue", "notes"):
            assert underline[1] == colour and background is None
        else:
            assert background == colour


def test_the_arabic_interface_gets_an_arabic_pdf(seed, tmp_path) -> None:
    lib, article_id, bundle, _ = seed
    data = write_pdf(lib, [article_id], tmp_path / "seed-ar.pdf", language="ar").read_bytes()
    first_page = pdf_text(data)[0]
    assert all(label in first_page for label in NO_LAM_ALEF)
    assert "Highlights" not in first_page and "People" not in first_page
    with interface_language("ar") as rtl:
        assert rtl
        doc = build_document([bundle], rtl=rtl)
    plain = doc.toPlainText()
    assert "دليل الألوان:" in plain and all(label in plain for label in ARABIC.values())
    assert "من قال ماذا" in plain
    table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable))
    header = [_cell_text(table, 0, c) for c in range(3)]
    assert header == ["التصريح", "النوع", "المتحدث"]  # right to left: the speaker first


def _cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_the_claims_table_quotes_only_direct_statements(seed, english_pdf) -> None:
    _, _, bundle, analysis = seed
    with interface_language("en") as rtl:
        doc = build_document([bundle], rtl=rtl)
    table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable))
    rows = claim_rows(analysis)
    assert table.rows() == len(rows) + 1
    kinds = {"direct": "Direct quote", "indirect": "Reported speech", "mixed": "Partly quoted"}
    for r, row in enumerate(rows, start=1):
        speaker, kind, statement = (_cell_text(table, r, c) for c in range(3))
        content = one_line(row.content)
        assert speaker == row.speaker and kind == kinds[row.kind]
        assert content in statement and statement.startswith(row.cue or "")
        assert (f"«{content}»" in statement) == (row.kind == "direct"), statement
    pages = pdf_text(english_pdf)
    assert any("Reported speech" in page for page in pages)
    assert all(re.search(rf"(?<!\d){i} / {len(pages)}$", page)  # numbered at the foot
               for i, page in enumerate(pages, 1))
