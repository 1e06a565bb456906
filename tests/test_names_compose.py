"""English names of organisations and places: established forms first, else composed by
translation, else a transliteration that says it is one; compound personal names as one name."""

from __future__ import annotations

import pytest

from extract.names import default_suggester, names_for_entities, suggest
from extract.names.compose import Composer, Lexicon
from extract.resources import resource_path


@pytest.fixture(scope="module")
def composer() -> Composer:
    return default_suggester().composer


@pytest.mark.parametrize(("arabic", "english"), [
    ("وزارة الخارجية الأميركية", "US Ministry of Foreign Affairs"),
    ("وزارة الخارجية الأمريكية", "US Ministry of Foreign Affairs"),
    ("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
    ("غرفة عمليات طرابلس", "Tripoli Operations Room"),
    ("حكومة الوفاق الوطني", "Government of National Accord"),  # الوطني agrees with الوفاق
    ("الجيش الوطني الليبي", "Libyan National Army"),
    ("الحكومة اليمنية الشرعية", "Legitimate Yemeni Government"),
    ("وزارة الداخلية السعودية", "Saudi Ministry of Interior"),
    ("وزارة الشؤون الإسلامية والدعوة والإرشاد", "Ministry of Islamic Affairs, Dawah and Guidance"),
    ("الهيئة العامة للإحصاء", "General Authority for Statistics"),  # لل = ل + ال
    ("إدارة التعليم بمحافظة جدة", "Education Department in Jeddah Governorate"),
    ("شرطة منطقة الرياض", "Riyadh Region Police"),
    ("جامعة الملك سعود", "King Saud University"),
    ("هيئة قناة السويس", "Suez Canal Authority"),
    ("مجلس التعاون الخليجي", "Gulf Cooperation Council"),
    ("مجلس الوزراء", "Council of Ministers"),
    ("منظمة الطاقة الذرية الإيرانية", "Iranian Atomic Energy Organisation"),
    # the conjunct after a «ل» phrase is the phrase's: "for Exhibitions and Conferences"
    ("البرنامج الوطني للمعارض والمؤتمرات", "National Programme for Exhibitions and Conferences"),
    ("سلاح الجو الملكي السعودي", "Royal Saudi Air Force"),  # Royal before the nationality
    ("سلاح الجو التركي", "Turkish Air Force"),  # a head whose last word is definite
    ("نادي الأحساء الأدبي", "Al-Ahsa Literary Club"),
])
def test_institutional_names_are_composed_in_english_order(composer, arabic, english) -> None:
    composed = composer.compose(arabic)
    assert composed is not None and composed.english == english
    assert not composed.guessed


def test_a_proper_name_inside_is_spelt_and_the_result_says_so(composer) -> None:
    listed = composer.compose("حكومة السراج")  # al-Sarraj is a well-known surname
    assert listed.english == "Sarraj Government" and not listed.guessed
    guessed = composer.compose("حركة الأمواج")
    assert guessed.english.endswith(" Movement") and guessed.guessed


@pytest.mark.parametrize("arabic", [
    "الحملة الوطنية لفرحة العيد",  # فرحة العيد: words the lexicon does not know
    "جامعة تبوك فيصل",  # a word left over after the name
    "ريف",  # a bare head names nothing
    "خليفة حفتر",  # no head at all
    "وزارة الخارجية الزرقاوية",  # an adjective no list knows
])
def test_what_cannot_be_composed_is_not_half_translated(composer, arabic) -> None:
    assert composer.compose(arabic) is None


def test_first_suggestion_is_an_established_form_then_composed_then_transliteration() -> None:
    found = suggest("وزارة الخارجية الأميركية", kind="ORG")
    assert found.items[0].english == "US Department of State"
    assert (found.items[0].kind, found.items[0].origin) == ("dictionary", "news list")
    composed = next(s for s in found.items if s.kind == "translation")
    assert composed.english == "US Ministry of Foreign Affairs"
    assert found.items[-1].kind == "transliteration"
    assert found.kinds.index("translation") < found.kinds.index("transliteration")


def test_an_organisation_no_list_knows_is_labelled_a_transliteration() -> None:
    found = suggest("المعاشيق", kind="ORG")
    assert found.source == "transliteration"
    assert all(k == "transliteration" for k in found.kinds)
    # even when each word is in the names dictionary, a body's name spelt out is not its name
    assert suggest("دار الكفاح", kind="LOC").source == "transliteration"


def test_places_come_from_cldr_and_the_news_list() -> None:
    libya = suggest("ليبيا", kind="LOC").items[0]
    assert libya.english == "Libya" and libya.kind == "dictionary"
    fiji = suggest("فيجي", kind="LOC").items[0]  # in CLDR, not in the news list
    assert (fiji.english, fiji.origin) == ("Fiji", "CLDR")
    misrata = suggest("مصراتة", kind="LOC").items[0]
    assert misrata.english == "Misrata"
    # a proclitic and a missing article are tried off / on
    assert suggest("بمصراتة", kind="LOC").items[0].english == "Misrata"
    assert suggest("حوثيين", kind="ORG").items[0].english == "Houthis"


def test_the_type_decides_between_a_place_and_a_newspaper() -> None:
    assert suggest("الشرق الأوسط", kind="LOC").items[0].english == "Middle East"
    assert suggest("الشرق الأوسط", kind="ORG").items[0].english == "Asharq Al-Awsat"


def test_every_news_list_entry_has_an_english_name() -> None:
    path = resource_path("gazetteers", "news_entities.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) > 700
    assert all(len(r) == 4 and r[3].strip() and r[3].isascii() or "é" in r[3] or "ü" in r[3]
               for r in rows)


@pytest.mark.parametrize(("arabic", "english"), [
    ("حسن نصر الله", "Hassan Nasrallah"),
    ("عبد الرحمن", "Abdul Rahman"),
    ("أبو بكر البغدادي", "Abu Bakr al-Baghdadi"),
    ("نور الدين", "Nour al-Din"),
    ("عمر بن عبد العزيز", "Omar bin Abdulaziz"),
])
def test_compound_names_are_one_name(arabic, english) -> None:
    found = suggest(arabic, kind="PER")
    assert found.english[0] == english
    assert all("Granada" not in e and "Allah Allah" not in e for e in found.english)


def test_rule_compounds_keep_the_word_count_of_english() -> None:
    # not listed: the X + الله rule joins them (Fadlallah-style), the word before stays separate
    found = suggest("سعيد جار الله", kind="PER")
    assert found.english[0].split()[-1] == "Jarallah"
    assert len(found.english[0].split()) == 2


def test_kinds_and_origins_reach_the_panel_rows() -> None:
    from extract.model import Entity

    rows = names_for_entities([Entity("E1", "ORG", "غرفة عمليات طرابلس", ()),
                               Entity("E2", "PER", "غسان سلامة", ()),
                               Entity("E3", "LOC", "الطويشة", ())])
    assert [r["source"] for r in rows] == ["translation", "dictionary", "transliteration"]
    assert rows[0]["suggestions"][0] == "Tripoli Operations Room"
    assert rows[0]["origins"][0] == "composed"
    assert all(len(r["kinds"]) == len(r["suggestions"]) == len(r["origins"]) for r in rows)


def test_the_lexicon_loads_and_rejects_an_unknown_role(tmp_path) -> None:
    lexicon = Lexicon.load(resource_path("lexicons", "org_terms.tsv"))
    assert lexicon.knows("وزاره") and lexicon.knows("الخارجيه")
    bad = tmp_path / "terms.tsv"
    bad.write_text("وزارة\tboss\tMinistry\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown role"):
        Lexicon.load(bad)
