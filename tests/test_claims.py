"""Who said what: each claim form with a short example, and the look-alikes that are not claims."""

from __future__ import annotations

import pytest

from extract.claims import extract_claims
from extract.document import Span
from extract.load import article_from_text
from extract.model import Claim, Entity, Speaker


def _run(body: str, entities: tuple[Entity, ...] = ()):
    # a first line is taken as the headline by the loader; give every example its own
    article = article_from_text("خبر للاختبار\n" + body)
    claims, speakers = extract_claims(article, entities)
    return article, claims, speakers


def _speaker(speakers: list[Speaker], claim: Claim) -> Speaker:
    return next(s for s in speakers if s.id == claim.speaker_id)


def _content(article, claim) -> str:
    return article.text[claim.content.start : claim.content.end]


def _cue(article, claim) -> str:
    return article.text[claim.cue.start : claim.cue.end]


def test_direct_quote_after_colon():
    a, claims, _ = _run("وقال وزير الخارجية سامي خليل: «لن نقبل بأي تدخل في شؤوننا الداخلية».")
    assert len(claims) == 1
    c = claims[0]
    assert c.kind == "direct"
    assert _content(a, c) == "لن نقبل بأي تدخل في شؤوننا الداخلية"
    assert _cue(a, c) == "وقال"
    assert "سامي خليل" in c.speaker_name
    assert (
        a.text[c.speaker_mention.start : c.speaker_mention.end]
        == "وزير الخارجية سامي خليل"
    )


def test_quote_split_by_said_gives_two_claims_by_one_speaker():
    a, claims, speakers = _run(
        "«الوضع خطير جداً في المدينة»، قال المتحدث باسم الوزارة أحمد سالم، "
        "«ونحن نتابع التطورات ساعة بساعة»."
    )
    assert [_content(a, c) for c in claims] == [
        "الوضع خطير جداً في المدينة",
        "ونحن نتابع التطورات ساعة بساعة",
    ]
    assert all("أحمد سالم" in c.speaker_name for c in claims)
    assert len(speakers) == 1 and speakers[0].claim_ids == ("C1", "C2")


def test_saying_participle_introduces_a_direct_quote():
    a, claims, _ = _run("وعلق الوزير على القرار قائلاً: «هذا يوم تاريخي لبلادنا».")
    assert len(claims) == 1
    assert _content(a, claims[0]) == "هذا يوم تاريخي لبلادنا"
    assert claims[0].speaker_name == "الوزير"


def test_indirect_speech_with_anonymous_source():
    a, claims, speakers = _run("أفاد مصدر مطلع بأن الوزير سيزور القاهرة الأسبوع المقبل.")
    assert len(claims) == 1
    c = claims[0]
    assert c.kind == "indirect"
    assert _content(a, c) == "الوزير سيزور القاهرة الأسبوع المقبل"
    assert c.speaker_name == "مصدر مطلع" and c.speaker_id == speakers[0].id
    assert speakers[0].entity_id is None
    assert speakers[0].anonymous is True


def test_subject_separated_from_complementizer_by_relative_clause_and_adverbials():
    a, claims, speakers = _run(
        "أفاد مصدر مطلع بأن الوزير سيزور القاهرة. وقال المصدر، الذي رفض ذكر اسمه، "
        "لـ«الشرق الأوسط»، أمس، إن المحادثات ستستأنف قريباً."
    )
    assert len(claims) == 2
    assert _content(a, claims[1]) == "المحادثات ستستأنف قريباً"
    assert claims[1].speaker_name == "مصدر مطلع"  # «المصدر» resolved to who it is
    assert _speaker(speakers, claims[1]).anonymous is True
    assert len(speakers) == 1 and "المصدر" in speakers[0].aliases


def test_anonymous_official_who_asked_not_to_be_named():
    a, claims, speakers = _run(
        "بدوره قال مسؤول في وزارة الخارجية الأميركية لـ«الشرق الأوسط»، إن "
        "«الحوار هو الطريق الوحيد»."
    )
    assert claims[0].speaker_name == "مسؤول في وزارة الخارجية الأميركية"
    assert _speaker(speakers, claims[0]).anonymous is True
    assert claims[0].kind == "direct"


def test_mixed_statement_with_a_quoted_part():
    a, claims, _ = _run(
        "وقال الرئيس عادل منصور إن بلاده «لن تسمح بأي اعتداء على أراضيها» مهما كان."
    )
    assert claims[0].kind == "mixed"
    assert _content(a, claims[0]).startswith("بلاده «لن تسمح")


def test_participle_and_follow_on_cues_are_claims_of_the_same_speaker():
    a, claims, speakers = _run(
        "وأكد الوزير خالد العمر أن الاتفاق نهائي، مشيراً إلى أن التوقيع سيتم غداً. "
        "وأضاف أن الحكومة ستعرضه على البرلمان. كما أكد دعم بلاده للحل السلمي."
    )
    assert [_content(a, c) for c in claims] == [
        "الاتفاق نهائي",
        "التوقيع سيتم غداً",
        "الحكومة ستعرضه على البرلمان",
        "دعم بلاده للحل السلمي",
    ]
    assert len(speakers) == 1 and "خالد العمر" in speakers[0].name


def test_verb_gender_picks_the_implicit_speaker():
    a, claims, _ = _run(
        "قالت وزارة الصحة إن عدد الإصابات ارتفع. وقال المتحدث باسم الوزارة سالم "
        "أحمد إن الوضع تحت السيطرة. وأضافت أن المستشفيات تعمل بكامل طاقتها."
    )
    assert claims[2].speaker_name == "وزارة الصحة"
    assert "سالم أحمد" in claims[1].speaker_name


def test_short_definite_reference_resolves_to_the_full_name():
    a, claims, speakers = _run(
        "أعلنت غرفة عمليات طرابلس أن قواتها تقدمت في محور المطار. "
        "وأكدت الغرفة أن الهدف القادم هو وسط المدينة."
    )
    assert [c.speaker_name for c in claims] == ["غرفة عمليات طرابلس"] * 2
    assert len(speakers) == 1 and speakers[0].aliases == ("الغرفة",)


def test_surname_links_to_the_entity_named_earlier():
    text = "وصل فائز السراج إلى روما. وشدد السراج، حسب بيان وزعه مكتبه، على أهمية وقف القتال فوراً."
    article = article_from_text("خبر للاختبار\n" + text)
    start = article.text.index("فائز السراج")
    second = article.text.index("السراج،")
    entities = [Entity("E1", "PER", "فائز السراج",
                       (Span(start, start + 11), Span(second, second + 6)))]
    claims, speakers = extract_claims(article, entities)
    assert len(claims) == 1
    assert claims[0].speaker_name == "فائز السراج"
    assert _speaker(speakers, claims[0]).entity_id == "E1"
    assert (
        article.text[claims[0].content.start : claims[0].content.end]
        == "أهمية وقف القتال فوراً"
    )
    assert speakers[0].entity_id == "E1"


def test_surname_without_entities_uses_the_earlier_full_name():
    a, claims, _ = _run("وصل فائز السراج إلى روما. وقال السراج إن الحل سياسي.")
    assert claims[0].speaker_name == "فائز السراج"


def test_subject_first_sentence():
    a, claims, speakers = _run("وكانت مصادر مطلعة قد أكدت أن الاجتماع تأجل إلى الأسبوع المقبل.")
    assert len(claims) == 1
    assert claims[0].speaker_name == "مصادر مطلعة"
    assert _speaker(speakers, claims[0]).anonymous is True


@pytest.mark.parametrize(
    "body, content, speaker",
    [
        (
            "قتل خمسة أشخاص في انفجار بالعاصمة، بحسب مصادر أمنية.",
            "قتل خمسة أشخاص في انفجار بالعاصمة",
            "مصادر أمنية",
        ),
        (
            "وبحسب وكالة الأنباء الرسمية، وصل الوفد إلى العاصمة مساء أمس.",
            "وصل الوفد إلى العاصمة مساء أمس",
            "وكالة الأنباء الرسمية",
        ),
        (
            "ارتفع عدد الضحايا إلى عشرين، حسبما ذكرت وزارة الصحة.",
            "ارتفع عدد الضحايا إلى عشرين",
            "وزارة الصحة",
        ),
        (
            "تراجعت الأسعار بنسبة كبيرة، وفقاً لتقرير البنك المركزي.",
            "تراجعت الأسعار بنسبة كبيرة",
            "تقرير البنك المركزي",
        ),
    ],
)
def test_according_to_attributes_the_clause(body, content, speaker):
    a, claims, _ = _run(body)
    assert len(claims) == 1
    assert _content(a, claims[0]) == content
    assert claims[0].speaker_name == speaker


def test_in_his_words_closes_a_claim_without_making_another():
    a, claims, _ = _run("وأكدت الغرفة أن الضربة المقبلة ستكون أعمق، على حد تعبيرها.")
    assert len(claims) == 1
    assert _content(a, claims[0]) == "الضربة المقبلة ستكون أعمق"


@pytest.mark.parametrize(
    "body",
    [
        "ونشرت «كتيبة برق النصر» لقطات مصورة من محور المطار.",  # a brigade's name
        "وأطلقت القوات عملية «بركان الغضب» في الرابع من الشهر الماضي.",  # an operation's name
        "وكتبت صحيفة «الشرق الأوسط» تقريراً مطولاً عن الأزمة.",  # a newspaper's name
        "وعلقت في الساحة لافتة كبيرة «لا للحرب نعم للسلام والعدالة للجميع».",  # a quote with no cue
        "فهل تنجح المفاوضات في وقف القتال قبل نهاية العام؟",  # a question, no speaker
        "وتختلف العقوبة حسب نوعية المخالفة وعدد مرات تكرارها.",  # حسب that is not a source
        "يذكر أن الاتفاق وقع في العام الماضي بعد مفاوضات طويلة.",  # impersonal, nobody speaks
        "ورفض البكري تأكيد أو نفي المعلومة.",  # نفي is a noun here
    ],
)
def test_not_claims(body):
    _, claims, _ = _run(body)
    assert claims == [], body


def test_however_is_not_a_complementizer():
    a, claims, _ = _run(
        "وكانت الحكومة أعلنت في يناير الماضي تحرير المدينة، إلا أن المسلحين عادوا إليها."
    )
    assert not any("المسلحين عادوا" in _content(a, c) for c in claims)


def test_scare_quotes_stay_inside_an_indirect_claim():
    a, claims, _ = _run("وأكدت الغرفة أن الضربة المقبلة ستكون في «عش الدبابير» قريباً.")
    assert len(claims) == 1
    assert claims[0].kind == "indirect"


def test_headline_repeated_in_the_text_is_not_a_claim():
    article = article_from_text(
        "الوزير: لن نتراجع عن القرار\nقال الوزير إن الحكومة لن تتراجع.\nالوزير: لن نتراجع عن القرار"
    )
    claims, _ = extract_claims(article, [])
    assert len(claims) == 1


def test_question_then_answer_only_the_answer_is_a_claim():
    a, claims, _ = _run("وسئل الوزير عما إذا كانت الحكومة ستستقيل، فأجاب بأن ذلك غير مطروح حالياً.")
    assert len(claims) == 1
    assert _content(a, claims[0]) == "ذلك غير مطروح حالياً"
    assert claims[0].speaker_name == "الوزير"


def test_quote_continuing_into_a_second_quoted_sentence_keeps_its_speaker():
    a, claims, _ = _run(
        "وقال نتنياهو “لو اعتقد أحد أن التنازلات ستغير سياستها فهو مخطئ. "
        "“لم يبذل الإيرانيون أي جهد لإخفاء ذلك.”"
    )
    assert len(claims) == 2
    assert all(c.speaker_name == "نتنياهو" for c in claims)
    assert claims[1].cue is None


def test_claims_are_in_reading_order_with_ids():
    _, claims, speakers = _run("قال مصدر إن الاجتماع انتهى. وقالت الوزارة إن البيان سيصدر غداً.")
    assert [c.id for c in claims] == ["C1", "C2"]
    assert [c.content.start for c in claims] == sorted(c.content.start for c in claims)
    assert [s.id for s in speakers] == ["S1", "S2"]


def test_according_to_him_uses_the_pronoun():
    a, claims, _ = _run(
        "وقال ضابط إسرائيلي كبير إن الوضع هادئ. وبحسبه فإن الجرحى تسللوا إلى البلاد."
    )
    assert len(claims) == 2
    assert _content(a, claims[1]) == "الجرحى تسللوا إلى البلاد"
    assert claims[1].speaker_name == "ضابط إسرائيلي كبير"


def test_a_statement_speaks_for_its_issuer():
    a, claims, _ = _run("وقال بيان صادر عن البيت الأبيض إن الرئيس بحث الأزمة مع نظيره.")
    assert claims[0].speaker_name == "البيت الأبيض"


def test_quoted_speaker_name_and_role_noun_reference():
    a, claims, speakers = _run(
        "كشف وزير الداخلية اليمني اللواء عبده الحذيفي أن الأجهزة إيرانية الصنع. "
        "وقال «الحذيفي»: «المقاومة ضبطت أجهزة تنصت». "
        "وعن حجم الخسائر قال «المسؤول اليمني»: «لا أستطيع أن أتحدث عنها»."
    )
    assert len(claims) == 3
    assert len(speakers) == 1
    assert speakers[0].name == "عبده الحذيفي"


def test_former_refers_to_the_first_person_named():
    a, claims, _ = _run(
        "وقع رئيس النادي الأمير فيصل بن تركي عقد اللاعب نايف هزازي، وعقد مؤتمر صحفي للرئيس "
        "واللاعب، وأكد الأول أنهم واصلوا عادتهم السنوية."
    )
    assert claims[0].speaker_name == "فيصل بن تركي"


def test_given_name_starts_a_subject_before_a_noun_statement():
    a, claims, _ = _run("من جهته، نفى فيصل العمراني ما أشيع حول قيام ابنه بتغيير الرغبات.")
    assert claims[0].speaker_name == "فيصل العمراني"
    assert _content(a, claims[0]).startswith("ما أشيع")


def test_unclosed_quote_ends_where_the_reporter_resumes():
    a, claims, _ = _run(
        "وقال: «هناك طائرة وصلت أمس وينقصنا بعض الإجراءات، مبينا أن هناك سفينتي إغاثة."
    )
    assert [c.kind for c in claims] == ["direct", "indirect"]
    assert _content(a, claims[1]) == "هناك سفينتي إغاثة"


def test_a_nested_report_keeps_its_own_speaker():
    a, claims, _ = _run(
        "وأشرف فالكه على تنظيم البطولة، وقال إن البرازيل متأخرة في الاستعدادات، "
        "وهو تعليق قال لاحقا إنه أسيء فهمه."
    )
    assert [_content(a, c) for c in claims] == ["البرازيل متأخرة في الاستعدادات", "أسيء فهمه"]


def test_as_stated_in_a_document_attributes_the_clause_before():
    a, claims, _ = _run(
        "تأجل الاجتماع إلى الأسبوع المقبل بسبب الخلافات، كما جاء في بيان لوزارة الخارجية."
    )
    assert len(claims) == 1
    assert _content(a, claims[0]) == "تأجل الاجتماع إلى الأسبوع المقبل بسبب الخلافات"
    assert claims[0].speaker_name == "وزارة الخارجية"


def test_a_short_quotation_after_a_colon_is_a_direct_claim():
    a, claims, _ = _run("وقال الوزير خالد العمر إن الاتفاق نهائي. وأضاف: «لن نتراجع».")
    assert claims[1].kind == "direct"
    assert _content(a, claims[1]) == "لن نتراجع"


def test_the_one_spoken_to_is_not_the_speaker():
    from extract.entities import extract_entities

    article = article_from_text(
        "خبر للاختبار\nوقال والد الطالبة فيصل العمراني لـ\"الوطن\" إن الجامعة لم ترد على الشكوى.\n"
        "إلى ذلك، تواصلت \"الوطن\" مع الطالبة نور العمراني وأكدت في اتصال هاتفي "
        "مع \"الوطن\" أن الجامعة قامت بتبديل الرغبات."
    )
    claims, _ = extract_claims(article, extract_entities(article))
    assert len(claims) == 2
    assert "نور العمراني" in claims[1].speaker_name


@pytest.mark.parametrize("body, speaker", [
    ("كشفت لـ«عكاظ» مصادر مطلعة أن الوزارة ستعلن القرار غدا.", "مصادر مطلعة"),
    ("قال لـ«الشرق الأوسط» مصدر طبي بنادي الهلال إن اللاعب بخير.", "مصدر طبي بنادي الهلال"),
    ('أكد لـ"الرياض" مسؤول في الوزارة أن العمل مستمر.', "مسؤول في الوزارة"),
    ("قال لوكالة الأنباء الفرنسية مسؤول إن الهجوم فشل.", "مسؤول"),
    ("وقال في تصريح خاص لـ«عكاظ» مدير الشرطة اللواء سعد الغامدي إن العمل مستمر.",
     "سعد الغامدي"),
    ('وأكد لـ"الوطن" أحد السياح سلمان العطوي أن النظافة مفقودة.', "سلمان العطوي"),
])
def test_speaker_after_an_addressee_or_channel_phrase(body, speaker):
    """News style puts the addressee first: «كشفت لـ«عكاظ» مصادر مطلعة أن …»."""
    from extract.analyze import analyze

    analysis = analyze(article_from_text("خبر للاختبار\n" + body))
    assert [c.speaker_name for c in analysis.claims] == [speaker]


def test_an_adjective_after_the_occasion_noun_is_not_a_speaker():
    _a, claims, _s = _run("وصل جون كيري إلى فيينا. وكان كيري قال في مقابلة تلفزيونية يوم الجمعة "
                          "إن هناك الكثير من الكلام الخيالي.")
    assert [c.speaker_name for c in claims] == ["جون كيري"]


def test_participles_are_generated_from_the_verbs_in_the_lexicon():
    from extract.claims.lexicon import default_lexicon
    from extract.normalize import normalize

    forms = default_lexicon().forms
    for word, lemma in (("مفيداً", "افاد"), ("مناشدةً", "ناشد"), ("معبراً", "عبر"),
                        ("متمنياً", "تمني"), ("مندداً", "ندد")):
        form = forms[normalize(word)]
        assert (form.kind, form.lemma) == ("participle", lemma), word
    assert normalize("عبر") not in forms  # the preposition «via», not «expressed»
    assert normalize("مجدداً") not in forms  # «again»


@pytest.mark.parametrize("body, speaker", [
    ("وأكد الوزير أن العمل مستمر، مفيداً بأن الاجتماع انتهى.", "الوزير"),
    ("وقال المتحدث إن الوضع هادئ، معبراً عن أمله في أن يستمر الهدوء طويلا.", "المتحدث"),
])
def test_a_participle_cue_keeps_the_speaker_of_its_clause(body, speaker):
    _a, claims, _s = _run(body)
    assert len(claims) == 2 and {c.speaker_name for c in claims} == {speaker}


def test_look_alike_cues_are_not_cues():
    # «متهمين» after the noun it describes (accused), «إبان» (during) is not «أبان» (made clear)
    _a, claims, _s = _run("اعتقلت الشرطة ثلاثة أشخاص متهمين بالإرهاب في المدينة.")
    assert claims == []
    _a, claims, _s = _run("وقعت الحادثة إبان أن كان الوزير في زيارة رسمية للعاصمة.")
    assert claims == []


def test_an_addressee_is_never_the_speaker():
    from extract.analyze import analyze

    analysis = analyze(article_from_text(
        "خبر للاختبار\nوصل المبعوث فان در كلاوو إلى عدن أمس. "
        "وقال لرويترز في مقابلة إن القتال توقف."))
    assert all("رويترز" not in (c.speaker_name or "") for c in analysis.claims)
    _a, claims, _s = _run("وقالت لجنة التحقيق إن الحادث عرضي.")
    assert [c.speaker_name for c in claims] == ["لجنة التحقيق"]  # its ل is its own


@pytest.mark.parametrize("body, speaker", [
    ("وقال المتحدث الرسمي لوزارة الداخلية إن الحادث عرضي.", "المتحدث الرسمي لوزارة الداخلية"),
    ("وقال المتحدث الرسمي لوكالة الأنباء إن الحادث عرضي.", "المتحدث الرسمي"),
    ("وقال المتحدث الرسمي لـ«عكاظ» إن الحادث عرضي.", "المتحدث الرسمي"),
])
def test_a_titles_genitive_with_lam_is_part_of_the_title_an_addressee_is_not(body, speaker):
    _a, claims, _s = _run(body)
    assert [c.speaker_name for c in claims] == [speaker]
