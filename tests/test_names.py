"""Names for translators: letter-exact transliteration and ranked English suggestions."""

from __future__ import annotations

import pytest

from extract.document import Span
from extract.model import Entity
from extract.names import buckwalter, default_suggester, hsb, names_for_entities, suggest
from extract.names.dictionary import NameDictionary
from extract.names.suggest import Suggester


def entity(eid: str, name: str, kind: str = "PER") -> Entity:
    return Entity(eid, kind, name, (Span(0, len(name)),))


SAMPLE_PEOPLE = [
    ("خليفة حفتر", "Khalifa Haftar"),
    ("فائز السراج", "Fayez al-Sarraj"),
    ("دونالد ترمب", "Donald Trump"),
    ("غسان سلامة", "Ghassan Salame"),
]


def test_sample_article_people_get_their_english_names_first() -> None:
    entities = [entity(f"E{i}", name) for i, (name, _) in enumerate(SAMPLE_PEOPLE, 1)]
    rows = names_for_entities(entities)
    assert [r["entity"] for r in rows] == ["E1", "E2", "E3", "E4"]
    for row, (arabic, english) in zip(rows, SAMPLE_PEOPLE, strict=True):
        assert row["arabic"] == arabic
        assert row["suggestions"][0] == english
        assert 1 < len(row["suggestions"]) <= 5
        assert row["source"] == "dictionary"
    assert rows[1]["buckwalter"] == "fA}z AlsrAj"
    assert rows[1]["hsb"] == "fAŷz AlsrAj"


def test_only_people_organisations_and_places_are_listed() -> None:
    rows = names_for_entities([entity("E1", "طرابلس", "LOC"), entity("E2", "الفتح المبين", "MISC"),
                               entity("E3", "أفريكوم", "ORG")])
    assert [r["entity"] for r in rows] == ["E1", "E3"]
    assert rows[0]["suggestions"][0] == "Tripoli"


def test_transliteration_is_letter_exact() -> None:
    # hamza seat, ta marbuta and alef maqsura each keep their own symbol
    assert buckwalter("مصطفى") == "mSTfY"
    assert hsb("سلامة") == "slAmħ"
    assert buckwalter("رؤوف") != buckwalter("رءوف")
    # a shadda appears only when the article wrote it
    assert buckwalter("السرّاج") == "Alsr~Aj"
    assert buckwalter("السراج") == "AlsrAj"


def test_article_is_written_al_without_sun_letter_assimilation() -> None:
    for name in ("الشامي", "السراج", "الدباح", "الكبير"):
        top = suggest(name).english[0]
        assert top.startswith("al-"), (name, top)
        assert top[3].isupper()


def test_multi_word_names_are_done_word_by_word() -> None:
    found = suggest("مصطفى الشامي")
    assert found.english[0] == "Mustafa al-Shami"
    assert all(s.count(" ") == 1 for s in found.english)


def test_abd_joins_the_following_name() -> None:
    assert suggest("عبد الله").english[0] == "Abdullah"
    assert suggest("عبد الرحمن").english[0].startswith(("Abdul ", "Abdel "))
    assert "al-" not in suggest("عبد الرحمن").english[0]


def test_unknown_names_come_from_the_model() -> None:
    found = suggest("ككلي")
    assert found.source == "transliteration"
    assert len(found.english) == 5
    assert all(s[0].isupper() and s.isascii() for s in found.english)


def test_glossary_comes_first_then_dictionary_then_model() -> None:
    base = default_suggester()
    tiny = Suggester(NameDictionary({"غنيوه": [("ghneiwa", 3), ("ghnewa", 1)]}), base.model)
    # dictionary spellings (any hamza/ta marbuta form) before model guesses
    found = tiny.suggest("غنيوة")
    assert found.source == "dictionary"
    assert found.english[:2] == ["Ghneiwa", "Ghnewa"]
    assert len(found.english) == 5  # filled with model guesses
    model_only = Suggester(NameDictionary({}), base.model).suggest("غنيوة")
    assert model_only.source == "transliteration"
    assert found.english[2:] == [e for e in model_only.english if e not in found.english[:2]][:3]
    # the translator's glossary beats both, whichever spelling the glossary used
    glossed = tiny.suggest("غنيوة", glossary={"غنيوه": "Ghnewa"})
    assert glossed.english[0] == "Ghnewa"
    assert glossed.source == "glossary"
    assert len(set(glossed.english)) == len(glossed.english)


def test_glossary_overrides_a_well_known_name_and_one_word_of_a_name() -> None:
    glossary = {"فائز السراج": "Fayez Sarraj"}
    rows = names_for_entities([entity("E1", "فائز السراج")], glossary=glossary)
    assert rows[0]["suggestions"][:2] == ["Fayez Sarraj", "Fayez al-Sarraj"]
    assert rows[0]["source"] == "glossary"
    partial = suggest("خليفة حفتر", glossary={"حفتر": "Hifter"})
    assert partial.english[0] == "Khalifa Hifter"


def test_diacritics_and_tatweel_do_not_change_the_suggestions() -> None:
    plain = suggest("غسان سلامة").english
    assert suggest("غَسّان سَلامَة").english == plain
    assert suggest("غســان سلامة").english == plain
    # but the letter-exact form shows the shadda the article wrote
    assert "~" in names_for_entities([entity("E1", "غَسّان")])[0]["buckwalter"]


@pytest.mark.parametrize("name", ["", "  ", "٢٠١٩", "Trump"])
def test_names_without_arabic_letters_get_no_suggestions(name: str) -> None:
    assert suggest(name).english == []


def test_abu_written_onto_the_name_is_still_abu() -> None:
    """«أبوغيلان» is أبو غيلان (Abu Ghilan), not one foreign-looking word; a word whose rest starts
    with a doubled letter is no such compound (أبوللو: Apollo)."""
    suggester = default_suggester()
    assert all(e.startswith("Abu ") for e in suggester.suggest("أبوغيلان", kind="LOC").english)
    assert not suggester.suggest("أبوللو").english[0].startswith("Abu")
