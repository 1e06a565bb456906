"""Organisation and facility names built from head nouns, and the article rules around them
(extract/entities.py `_org_phrase_end`, bylines, descriptors): one minimal sentence per rule,
with the CRF replaced by chosen tags so only the rules are tested."""

from __future__ import annotations

from extract.entities import extract_entities
from extract.load import article_from_text
from tests.test_entities import with_tags


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities(article_from_text(text))}


def test_genitive_with_lam_after_an_adjective_and_coordination(monkeypatch):
    with_tags(monkeypatch, {})
    text = "أعلن الاتحاد السعودي للسباحة ووزارة الثقافة والإعلام عن برنامج مشترك."
    assert _names(text) == {"الاتحاد السعودي للسباحة": "ORG", "وزارة الثقافة والإعلام": "ORG"}


def test_lam_of_purpose_is_not_part_of_the_name(monkeypatch):
    with_tags(monkeypatch, {})
    assert _names("دعت وزارة الصحة لتسهيل الإجراءات.") == {"وزارة الصحة": "ORG"}


def test_construct_nouns_and_a_title_with_a_name_inside_an_organisation(monkeypatch):
    with_tags(monkeypatch, {"مكة": "B-LOC", "المكرمة": "I-LOC", "عبدالعزيز": "B-PERS"})
    text = "وقعت هيئة تطوير مكة المكرمة اتفاقا مع جامعة الملك عبدالعزيز أمس."
    assert _names(text) == {"هيئة تطوير مكة المكرمة": "ORG", "جامعة الملك عبدالعزيز": "ORG"}


def test_a_person_after_a_complete_name_is_not_part_of_it(monkeypatch):
    with_tags(monkeypatch, {"أحمد": "B-PERS", "الحبسي": "I-PERS"})
    text = "وقال رئيس اللجنة الإعلامية أحمد الحبسي إن الألعاب عادت."
    assert _names(text) == {"أحمد الحبسي": "PER"}


def test_heads_that_need_a_proper_name(monkeypatch):
    with_tags(monkeypatch, {"فهد": "B-PERS"})
    text = "درس في كلية الطب ثم عمل في مستشفى الملك فهد."
    assert _names(text) == {"مستشفى الملك فهد": "ORG"}


def test_a_general_directorate_but_not_a_management(monkeypatch):
    with_tags(monkeypatch, {})
    text = "قالت الإدارة العامة للمرور إن إدارة النادي تأخرت في الرد."
    assert _names(text) == {"الإدارة العامة للمرور": "ORG"}


def test_state_bodies_with_a_nationality_but_not_a_government(monkeypatch):
    with_tags(monkeypatch, {})
    text = ("قصف الجيش الكيني مواقع، واعتقلت الشرطة التركية مشتبها، "
            "وقالت الحكومة اليمنية إن الوضع مستقر.")
    assert _names(text) == {"الجيش الكيني": "ORG", "الشرطة التركية": "ORG"}


def test_no_name_runs_on_past_what_grammar_allows(monkeypatch):
    with_tags(monkeypatch, {})
    # a definite head takes no genitive in construct; a definite noun after an adjective is the
    # verb's object
    assert _names("يجب على الحكومة قبول الشروط الصعبة.") == {}
    assert _names("ثم مرر البرلمان اليوناني الشق الثاني من الإجراءات.") == \
        {"البرلمان اليوناني": "ORG"}


def test_descriptor_heads_stay_out_of_the_name(monkeypatch):
    with_tags(monkeypatch, {"سابك": "B-ORG"})
    text = "وقع نادي الهلال مع اللاعب، وذكرت صحيفة الحياة أن شركة سابك ربحت."
    assert _names(text) == {"الهلال": "ORG", "الحياة": "ORG", "سابك": "ORG"}


def test_a_currency_is_not_an_organisation(monkeypatch):
    with_tags(monkeypatch, {"ريال": "B-ORG"})
    assert _names("بلغت قيمة الجائزة مليون ريال.") == {}


def test_a_byline_names_the_outlet_and_the_reporter(monkeypatch):
    with_tags(monkeypatch, {})
    text = "عنوان الخبر\nبندر الدوشي- سبق: ركزت وسائل الإعلام على الموقف."
    assert _names(text) == {"بندر الدوشي": "PER", "سبق": "ORG"}


def test_facilities_are_places_unless_named_by_their_city(monkeypatch):
    with_tags(monkeypatch, {"عبدالعزيز": "B-PERS", "عدن": "B-LOC"})
    text = "هبطت الطائرة في مطار الملك عبدالعزيز الدولي ثم أبحرت السفينة من ميناء عدن."
    assert _names(text) == {"مطار الملك عبدالعزيز الدولي": "LOC", "عدن": "LOC"}


def test_a_country_keeps_the_state_noun_written_before_it(monkeypatch):
    with_tags(monkeypatch, {})
    assert _names("وصل الوفد إلى دولة الكويت مساء أمس.") == {"دولة الكويت": "LOC"}


def test_a_listed_organisation_inside_another_name_stays_itself(monkeypatch):
    with_tags(monkeypatch, {})
    text = "رحبت بعثة الأمم المتحدة بالاتفاق، وقالت الأمم المتحدة إنها ستراقبه."
    assert _names(text) == {"بعثة الأمم المتحدة": "ORG", "الأمم المتحدة": "ORG"}


def test_an_organisation_run_that_starts_with_a_given_name_is_a_person(monkeypatch):
    with_tags(monkeypatch, {"فهد": "B-ORG", "الحمد": "I-ORG"})
    assert _names("وقال فهد الحمد إن الفريق جاهز.") == {"فهد الحمد": "PER"}


def test_a_nationality_adjective_the_list_has_as_a_country(monkeypatch):
    with_tags(monkeypatch, {})
    text = "نظمت الجمعية السعودية للثقافة والفنون معرضا في الرياض."
    assert _names(text) == {"الجمعية السعودية للثقافة والفنون": "ORG", "الرياض": "LOC"}


def test_a_listed_body_keeps_its_nationality(monkeypatch):
    with_tags(monkeypatch, {})
    assert _names("صوت مجلس الشيوخ الأمريكي على القرار.") == {"مجلس الشيوخ الأمريكي": "ORG"}
