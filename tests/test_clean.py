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


def test_furniture_phrases_only_count_in_furniture_sized_lines() -> None:
    long_body = ("وحددت الشبكة مواعيد للراغبين في الاشتراك في البرنامج، ويمكنهم تسجيل الدخول "
                 "إلى الموقع الإلكتروني الخاص بالبرنامج لإرسال طلباتهم وأفلامهم قبل نهاية الشهر.")
    cleaned = clean_lines([BODY, long_body, "تسجيل الدخول", "لم تشترك بعد"])
    assert cleaned.paragraphs == [BODY, long_body]
