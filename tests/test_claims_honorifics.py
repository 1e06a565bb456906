"""Honorifics: «معالي»، «سمو»، «فضيلة» before a title are courtesy, not the speaker's title, and
«معاليه»، «سموه»، «فضيلته» stand for the person the article gave that honorific (each rule with a
minimal sentence; the construction was the largest cause of wrong speakers on blind batch b6)."""

from __future__ import annotations

from claim_speakers import analysed, speaker_names


def _run(body: str):
    analysis = analysed(body)
    return list(analysis.claims), list(analysis.speakers)



def test_an_honorific_before_a_title_does_not_cut_the_titles_genitive():
    names = speaker_names("أعلن معالي الرئيس العام لشؤون المسجد الحرام الشيخ عبدالرحمن السديس "
                   "الانتهاء من خطة الرئاسة لخدمة المعتمرين.")
    assert names == ["عبدالرحمن السديس"]


def test_an_honorific_pronoun_is_the_person_given_that_honorific():
    claims, speakers = _run(
        "وصل معالي وزير الخارجية عادل الجبير إلى الكويت. "
        "وأوضح معاليه في كلمته أن المملكة حريصة على العمل المشترك.")
    assert [c.speaker_name for c in claims] == ["عادل الجبير"]
    assert claims[0].evidence.kind == "reference"


def test_the_honorific_tells_two_people_speaking_in_turn_apart():
    # a prince («سموه») speaks, then a minister («معاليه»): each pronoun finds its own holder
    claims, _ = _run(
        "افتتح صاحب السمو الشيخ صباح الأحمد أعمال الدورة بحضور معالي وزير الخارجية عادل "
        "الجبير. وأكد سموه أن الإرهاب لا دين له. وقال معاليه إن المملكة حرصت على دعم المنظمة. "
        "وأضاف سموه أن الكويت تقف مع أشقائها.")
    assert [c.speaker_name for c in claims] == ["صباح الأحمد", "عادل الجبير", "صباح الأحمد"]


def test_a_feminine_honorific_pronoun_finds_its_holder():
    claims, _ = _run(
        "زارت صاحبة السمو الأميرة ريما بنت بندر المعرض. "
        "وقالت سموها إن المعرض يعكس تاريخ المنطقة.")
    assert len(claims) == 1 and claims[0].speaker_name.endswith("ريما بنت بندر")


def test_with_no_holder_in_the_text_the_subject_is_carried_over():
    claims, _ = _run("وقال الأمير خالد الفيصل إن السوق تطور كثيراً. "
                     "وأضاف سموه أن الجوائز زادت.")
    assert [c.speaker_name for c in claims] == ["خالد الفيصل", "خالد الفيصل"]


def test_dawla_before_a_country_is_no_honorific():
    assert speaker_names("وأكدت دولة الكويت أنها تقف إلى جانب المملكة.") == ["دولة الكويت"]


def test_an_honorific_subject_of_an_unquoted_cue_carries_to_the_next_statement():
    # «وقال معاليه أود …» is not taken as a statement, but it names who took the floor
    claims, _ = _run(
        "افتتح صاحب السمو الشيخ صباح الأحمد أعمال الدورة بحضور معالي وزير الخارجية عادل "
        "الجبير. وأكد سموه أن الإرهاب لا دين له. وقال معاليه أود اعتماد كلمة الأمير. "
        "وأكد أن المملكة حرصت على دعم المنظمة.")
    assert [c.speaker_name for c in claims][-1] == "عادل الجبير"
