"""Who said what, the harder cases: names that run through a ل-genitive, titles resolved to the
person holding them, one speaker under several spellings, nested attribution and the error
classes found on the blind gold (each with a minimal sentence)."""

from __future__ import annotations

from extract.analyze import analyze
from extract.claims import extract_claims
from extract.load import article_from_text


def _run(body: str):
    article = article_from_text("خبر للاختبار\n" + body)
    claims, speakers = extract_claims(article, ())
    return article, claims, speakers


def _names(body: str) -> list[str | None]:
    return [c.speaker_name for c in _run(body)[1]]


def test_an_organisations_lam_genitive_stays_in_its_name():
    assert _names("وأكدت الأمانة العامة لمنظمة التعاون الإسلامي أن التصريحات غير مبررة.") == [
        "الأمانة العامة لمنظمة التعاون الإسلامي"]
    assert _names("وقال المجلس النرويجي لشؤون اللاجئين إن آسيا الأكثر تعرضاً للكوارث.") == [
        "المجلس النرويجي لشؤون اللاجئين"]


def test_a_titles_lam_genitive_stays_and_the_holder_is_named():
    assert _names("وأكد المدير العام لفندق اتلانتس أن أيام العيد تشهد ارتفاعاً.") == [
        "المدير العام لفندق اتلانتس"]
    names = _names("وأوضح وكيل الوزارة للتفتيش الدكتور عبدالله أبوثنين، أن الوزارة ستعمل.")
    assert names == ["عبدالله أبوثنين"]


def test_an_addressee_after_the_speaker_is_still_no_part_of_its_name():
    # with the tagger's entities: «رويترز» is a name, not an organisation head
    analysis = analyze(article_from_text("خبر للاختبار\nوقال المتحدث لرويترز إن الوضع هادئ."))
    assert [c.speaker_name for c in analysis.claims] == ["المتحدث"]
    assert _names("وقالت الشركة لعملائها إن الخدمة ستعود غداً.") == ["الشركة"]


def _analyze(body: str):
    analysis = analyze(article_from_text("خبر للاختبار\n" + body))
    return analysis, list(analysis.claims), list(analysis.speakers)


def test_a_title_alone_is_the_person_named_with_that_title_earlier():
    a, claims, speakers = _analyze(
        "اجتمع الرئيس مع المبعوث الأممي، إسماعيل ولد الشيخ أحمد، في الرياض. "
        "وأضاف المبعوث الأممي أنه سيجري لقاءات مع الأطراف.")
    assert [c.speaker_name for c in claims] == ["إسماعيل ولد الشيخ أحمد"]
    assert claims[0].evidence.kind == "title"
    assert a.text[claims[0].evidence.span.start:claims[0].evidence.span.end] == "المبعوث الأممي"
    _, claims, speakers = _run(
        "وقال رئيس الحكومة التركية أحمد داود أوغلو إن الحدود آمنة. "
        "وأكد رئيس الحكومة أن أدنى تحرك سيواجه برد قاس.")
    assert [c.speaker_name for c in claims] == ["أحمد داود أوغلو"] * 2
    assert len(speakers) == 1 and claims[1].evidence.kind == "title"


def test_the_dutch_name_particle_is_not_fa_inna():
    assert _names("وقال فان جال إن الحارس رفض اللعب مع الفريق الاحتياطي.") == ["فان جال"]
    assert _names("وأضاف فان در كلاوو أن وقف إطلاق النار فرصة.") == ["فان در كلاوو"]
    # «فإن» after a statement is still the complementizer, not a name
    _, claims, _ = _run("وقال المتحدث إنه بحسب التقرير فان هناك تقدماً في المحادثات.")
    assert [c.speaker_name for c in claims] == ["المتحدث"]


def test_a_topic_phrase_opening_the_sentence_is_not_its_subject():
    names = _names("وقال وكيل الوزارة عبدالعزيز بن سعيد إن الحالات مستقرة. "
                   "وحول مدى خطورة الجمال في الفترة الحالية، قال «هذه الخطورة ما زالت قائمة».")
    assert names == ["عبدالعزيز بن سعيد"] * 2


def test_a_definite_source_noun_does_not_take_the_verbs_object():
    assert _names("ونفى المسؤول صحة الشائعات التي أطلقتها شركات الاستقدام.") == ["المسؤول"]
    # an indefinite source keeps its indefinite adjective
    assert _names("وأكد مسؤول رفيع أن الاتفاقية شاملة.") == ["مسؤول رفيع"]


def test_a_given_name_with_a_hamza_seat_is_a_name_after_a_title():
    assert _names("وأكد العميد فائز الأحمري أن الإدارة تسعى دائماً إلى التعاون.") == [
        "فائز الأحمري"]


def test_a_speaking_verb_is_never_the_speakers_name():
    _, claims, _ = _analyze("وقال المدير ألفريدو زاميديو إن الكوارث في ازدياد. ومضى يقول إنه "
                            "علاوة على ذلك فإن المساكن سيئة البناء.")
    assert [c.speaker_name for c in claims] == ["ألفريدو زاميديو"] * 2
    assert claims[1].evidence.kind == "implicit"
    assert _names("وتضيف ميتوفيتش أن الوضع تحسن كثيراً.") == ["ميتوفيتش"]


def test_a_close_quote_with_its_space_on_the_wrong_side_still_closes():
    names = _names('قال لـ"الاقتصادية "مصدر مسؤول في الإدارة العامة للمرور إن المخالفات كثيرة.')
    assert names == ["مصدر مسؤول في الإدارة العامة للمرور"]


def test_one_speaker_under_two_spellings_or_a_surname_is_one_card():
    from extract.claims.merge import merge_groups

    def group(name, entity=None, anonymous=False):
        return {"name": name, "entity": entity, "anonymous": anonymous}

    groups = [group("وكالة دوغان للأنباء"), group("وكالة دوجان للانباء"),
              group("أحمد بن حلي", "E1"), group("ابن حلي"), group("المرصد السوري"),
              group("المرصد السوري لحقوق الإنسان"), group("البحرين", "E9"),
              group("وزارة الداخلية في البحرين"), group("مصدر"), group("مصدر", anonymous=True)]
    assert merge_groups(groups, frozenset({"E1"})) == {1: 0, 3: 2, 4: 5}


def test_merged_speakers_share_one_card_in_the_analysis():
    _, claims, speakers = _analyze(
        "وقال رئيس المجلس الرئاسي فائز السراج إن الحكومة ستعمل من طرابلس. "
        "وأكد السراج أن الحوار مستمر.")
    assert len(speakers) == 1
    assert [c.speaker_name for c in claims] == ["فائز السراج"] * 2


def test_a_medium_relaying_what_someone_said_gives_that_speaker_via_the_medium():
    _, claims, _ = _analyze("وذكرت صحيفة الحياة أن وزير الخارجية قال إن المحادثات مستمرة.")
    assert [(c.speaker_name, c.via.name if c.via else None) for c in claims] == [
        ("وزير الخارجية", "صحيفة الحياة")]
    # a person making a point about what others announced keeps the statement
    _, claims, _ = _analyze("وأشار الخبير محمد آل صقر إلى أن الكويت أعلنت أن هناك عجزاً.")
    assert claims[0].speaker_name == "محمد آل صقر" and claims[0].via is None


def test_a_definite_organisation_opens_no_construct_chain_so_its_object_stays_out():
    assert _names("وأعلنت الوزارة مقتل 27 شخصاً وإصابة 100 آخرين في الانفجار.") == ["الوزارة"]
    _, claims, _ = _analyze("استنكرت الأمانة العامة لمنظمة التعاون الإسلامي التصريحات التي "
                            "أدلى بها نائب الرئيس العراقي.")
    assert claims[0].speaker_name == "الأمانة العامة لمنظمة التعاون الإسلامي"


def test_a_plural_of_people_keeps_its_coordinated_plural_adjectives():
    assert _names("وانتقد دبلوماسيون عرب ومصريون مزاعم المالكي ضد المملكة.") == [
        "دبلوماسيون عرب ومصريون"]


def test_a_word_whose_own_first_letter_is_lam_is_no_addressee():
    _, claims, _ = _analyze("وقالت مصادر في لجنة إغاثة عدن إن نحو 30 سفينة تستعد للتوجه للمدينة.")
    assert claims[0].speaker_name == "مصادر في لجنة إغاثة عدن"


def test_a_two_word_addressee_after_the_cue_is_skipped_whole():
    _, claims, _ = _analyze("بيد أن أحد ممثلي مؤسسته أكد لفرانس برس أنه لم يتم الاتصال به رسمياً.")
    assert claims[0].speaker_name == "أحد ممثلي مؤسسته"


def test_an_anonymity_clause_is_no_part_of_the_sources_name():
    _, claims, speakers = _analyze(
        "وقال مصدر أمني في المدينة طالباً عدم كشف هويته إن الهجوم وقع ليلاً.")
    assert claims[0].speaker_name == "مصدر أمني في المدينة"
    assert speakers[0].anonymous


def test_a_verb_the_tagger_took_into_a_name_is_cut_from_the_speaker():
    _, claims, _ = _analyze("ونوه أوباما بأن الاتفاق النووي تاريخي.")
    assert claims[0].speaker_name == "أوباما"


def test_a_statement_issued_by_an_office_names_the_whole_office():
    _, claims, _ = _analyze("من جهة أخرى، أكد البيان الصادر عن مكتب رئيس الوزراء التركي أن "
                            "العمليات العسكرية تواصلت.")
    assert claims[0].speaker_name == "مكتب رئيس الوزراء التركي"
