"""Cleaning pasted articles: furniture goes, article text (lists, verse, bylines) never does."""

from __future__ import annotations

from extract.clean import clean_lines

BODY = "قال الوزير إن الحكومة ستعلن خطتها الجديدة للنقل العام خلال الأسبوع المقبل في مؤتمر صحفي."


def test_related_headlines_after_a_repeated_title_are_dropped() -> None:
    lines = [BODY, "وأضاف أن الخطة تشمل دعم الشركات الصغيرة.", "خطة جديدة للنقل العام",
             "عنوان خبر آخر لا علاقة له بالمقال", "خطة جديدة للنقل العام"]
    cleaned = clean_lines(lines)
    assert cleaned.title == "خطة جديدة للنقل العام"
    assert cleaned.paragraphs == lines[:2]


def test_a_closing_bullet_list_is_kept() -> None:
    lines = ["نصائح للصيام", BODY, "* شرب الماء بكثرة", "* تجنب الحلويات", "* النوم المبكر"]
    cleaned = clean_lines(lines)
    assert cleaned.title == "نصائح للصيام"
    assert cleaned.paragraphs[-3:] == lines[-3:]


def test_closing_verse_is_kept() -> None:
    verse = ["تمنيت كفا من تراب أحثها", "على قبرك الميمون طيب من قبر", "كأنكم اخترتم زمان رحيلكم"]
    cleaned = clean_lines([BODY, *verse])
    assert cleaned.paragraphs == [BODY, *verse]


def test_a_byline_is_not_taken_for_the_title() -> None:
    cleaned = clean_lines(["خالد الفرج ـ عنيزة", BODY])
    assert cleaned.title is None
    assert cleaned.paragraphs == ["خالد الفرج ـ عنيزة", BODY]


def test_the_headline_under_an_opening_page_header_is_the_title() -> None:
    """A scanned page read by OCR opens with its running header (a PDF's text layer loses it
    with the page furniture); the headline under it is the title, and the header stays text."""
    header, headline = "الشرق الأوسط - ملف ليبيا", "معلومات عن لقاء حفتر بمسؤولين أميركيين"
    cleaned = clean_lines([header, headline, BODY])
    assert cleaned.title == headline
    assert cleaned.paragraphs == [header, BODY]
    assert clean_lines([header, BODY]).title is None  # a byline over the body: no headline
    assert clean_lines([header, ">", BODY]).title is None


def test_furniture_phrases_only_count_in_furniture_sized_lines() -> None:
    long_body = ("وحددت الشبكة مواعيد للراغبين في الاشتراك في البرنامج، ويمكنهم تسجيل الدخول "
                 "إلى الموقع الإلكتروني الخاص بالبرنامج لإرسال طلباتهم وأفلامهم قبل نهاية الشهر.")
    cleaned = clean_lines([BODY, long_body, "تسجيل الدخول", "لم تشترك بعد"])
    assert cleaned.paragraphs == [BODY, long_body]


def test_headlines_with_quotes_questions_and_ellipses_are_headlines() -> None:
    for title in ("مجلس الأمن يصادق على «الاتفاق النووي».. وإيران تقول إنه «غير مقبول»",
                  "هل تؤسس قنوات التحريض التلفزيونية للتطرف وتنمي الإرهاب؟",
                  "عادة يومية جميلة!",
                  "كاميرون: على بريطانيا بذل المزيد لتدمير «داعش»",
                  "بعد تحرير عدن.. المقاومة تعد لـ«معركة العند»",
                  "الأسد يلوذ بـ«سوريا المفيدة»", "وفاة عروس قبل زفافها بـ 48 ساعة",
                  "99.97 % من ناخبي كوريا الشمالية اقترعوا في الانتخابات",
                  "قضايا محلية جديرة بالبحث (2-2)"):
        cleaned = clean_lines([title, BODY])
        assert cleaned.title == title
        assert cleaned.paragraphs == [BODY]


def test_a_short_first_sentence_or_lead_in_is_not_a_headline() -> None:
    for first in ("قال الوزير إن الخطة جاهزة.", "وأضاف المتحدث باسم الوزارة:",
                  "الرياض - واس", "1. شرب الماء بكثرة"):
        cleaned = clean_lines([first, BODY])
        assert cleaned.title is None
        assert cleaned.paragraphs == [first, BODY]
