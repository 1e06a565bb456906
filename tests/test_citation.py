"""Copy with source (`app.library.quoting.citation`): the quotation marks, commas and order of
the line follow the statement's own language, not the interface's, and each part written in the
other direction keeps its place when the line is pasted."""

from __future__ import annotations

from bidi_layout import visual_span

from app.bidi_text import strip_isolates
from app.library.quoting import citation


def test_a_quote_in_latin_letters_is_cited_in_english_with_arabic_names_in_order(qapp) -> None:
    line = citation("direct", "We will not negotiate under fire", None, "", "فائز السراج",
                    "رئيس حكومة الوفاق", "aawsat.com", "2019-05-02")
    assert strip_isolates(line) == ("\u201cWe will not negotiate under fire\u201d — فائز السراج, "
                                    "رئيس حكومة الوفاق, aawsat.com, 2019-05-02")
    # read left to right: the name, then the description (not the other way round)
    assert visual_span(line, "فائز السراج")[1] < visual_span(line, "رئيس حكومة الوفاق")[0]


def test_an_arabic_quote_is_cited_in_arabic_with_its_date_left_to_right(qapp) -> None:
    line = citation("direct", "لن نتفاوض تحت النار", None, "", "فائز السراج", "",
                    "الشرق الأوسط", "2019-05-02")
    assert strip_isolates(line) == "«لن نتفاوض تحت النار» — فائز السراج، الشرق الأوسط، 2019-05-02"
    assert visual_span(line, "2019")[1] < visual_span(line, "05")[0] < visual_span(line, "-02")[0]
    assert visual_span(line, "الشرق الأوسط")[0] > visual_span(line, "2019-05-02")[1]


def test_reported_speech_in_arabic_keeps_its_direction_under_a_latin_name(qapp) -> None:
    line = citation("indirect", "الحوار هو الحل", "قال", "إن ", "Ghassan Salamé", "",
                    "aawsat.com", "")
    assert strip_isolates(line) == "Ghassan Salamé، قال إن الحوار هو الحل — aawsat.com"
    # the name is set apart: pasted, the line is an Arabic one (its first strong letter)
    assert line.startswith("\u2068Ghassan Salamé\u2069")
    assert visual_span(line, "Ghassan")[0] > visual_span(line, "قال")[1]
