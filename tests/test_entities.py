"""Entities of an article: grouped mentions whose spans index the article text exactly."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.entities import extract_entities
from extract.load import article_from_text
from extract.normalize import normalize


def _by_name(entities):
    return {normalize(e.name): e for e in entities}


@pytest.mark.parametrize("person", [
    "خليفة حفتر", "فائز السراج", "دونالد ترمب", "غسان سلامة",
    "غنيوة الككلي",  # named once, no title, unknown to every list: «المجرم الإرهابي ...، الذي»
])
def test_seed_article_lists_each_person_once(seed_entities, person):
    ents = seed_entities
    names = [normalize(e.name) for e in ents if e.type == "PER"]
    assert names.count(normalize(person)) == 1, names


def test_seed_article_groups_every_mention_of_haftar(seed_article, seed_entities):
    article, ents = seed_article, seed_entities
    people = [e for e in ents if e.type == "PER"]
    haftar = _by_name(people)[normalize("خليفة حفتر")]
    texts = [article.text[m.start:m.end] for m in haftar.mentions]
    # every «حفتر» in the text (with or without a proclitic) is a mention of him
    assert len(texts) == article.text.count("حفتر")
    assert all(normalize(t).endswith("حفتر") and not t.startswith(("ل", "و")) for t in texts)


class RuleTagger:
    """Stands in for the CRF so the grouping rules are tested on exactly the tags we choose."""

    def __init__(self, tags: dict[str, str]) -> None:
        self.tags = tags
        self.gaz = type("G", (), {"words": {"pername": {"خليفه": "1", "فايز": "1"}, "place": {}}})()

    def common_word(self, word: str) -> bool:
        return False

    def tag_document(self, sentences, consistency=True, window=None, keys=None):
        out = []
        for words in sentences:
            t = [self.tags.get(w, "O") for w in words]
            # I- after O of another type is a new entity, as the CRF would write it
            out.append([x if not x.startswith("I-") or (i and t[i - 1][2:] == x[2:])
                        else "B-" + x[2:] for i, x in enumerate(t)])
        return out


def with_tags(monkeypatch, tags: dict[str, str]) -> None:
    """The CRF replaced by `tags`; the rest (the news-entity list included) runs as shipped."""
    import extract.entities as ents

    tagger = RuleTagger(tags)
    monkeypatch.setattr(ents, "default_tagger", lambda: tagger)


def test_mention_after_a_proclitic_starts_inside_the_token(monkeypatch):
    text = ("التقى المشير خليفة حفتر بالوفد. وقال مسؤول إن الرسالة وصلت لحفتر أمس، "
            "وإن حفتر رد عليها.")
    with_tags(monkeypatch, {"خليفة": "B-PERS", "حفتر": "I-PERS", "لحفتر": "B-PERS"})
    ents = extract_entities(article_from_text(text))
    assert len(ents) == 1 and ents[0].name == "خليفة حفتر" and ents[0].type == "PER"
    spans = [(m.start, m.end) for m in ents[0].mentions]
    li = text.index("لحفتر")
    assert (li + 1, li + 5) in spans  # the ل is left out, the offsets still index `text`
    assert len(spans) == 3


def test_titles_guillemets_and_org_heads(monkeypatch):
    text = ("قال الرئيس فائز السراج لـ«الشرق الأوسط» إن لحكومة الوفاق الوطني دورا، "
            "وإن حكومة الوفاق باقية.")
    with_tags(monkeypatch, {"الرئيس": "B-PERS", "فائز": "I-PERS", "السراج": "I-PERS",
                            "الشرق": "B-LOC", "الأوسط": "I-LOC",
                            "الوفاق": "B-ORG", "الوطني": "I-ORG"})
    ents = {e.name: e for e in extract_entities(article_from_text(text))}
    assert set(ents) == {"فائز السراج", "الشرق الأوسط", "حكومة الوفاق الوطني"}
    assert ents["فائز السراج"].type == "PER"
    assert ents["الشرق الأوسط"].type == "ORG"  # in guillemets: the newspaper
    gov = ents["حكومة الوفاق الوطني"]
    got = [text[m.start:m.end] for m in gov.mentions]
    assert got == ["حكومة الوفاق الوطني", "حكومة الوفاق"]


def test_given_name_before_a_tagged_surname_joins_it(monkeypatch):
    text = "برئاسة فائز السراج. وقال السراج إن الوضع صعب."
    with_tags(monkeypatch, {"السراج": "B-PERS"})
    ents = extract_entities(article_from_text(text))
    assert [e.name for e in ents] == ["فائز السراج"]
    assert len(ents[0].mentions) == 2


def test_acronym_in_brackets_joins_the_full_name(monkeypatch):
    text = ("أجرى السراج محادثات مع مسؤولين من حلف شمال الأطلسي (الناتو). وقال إن الناتو يدعم "
            "الحل، وإن الدول الكبرى (الكبرى) لا.")
    with_tags(monkeypatch, {"حلف": "B-ORG", "شمال": "I-ORG", "الأطلسي": "I-ORG",
                            "الناتو": "B-ORG"})
    ents = extract_entities(article_from_text(text))
    assert len(ents) == 1
    assert ents[0].name == "حلف شمال الأطلسي"
    assert len(ents[0].mentions) == 3


def test_seed_article_main_places_and_organisations(seed_entities):
    ents = seed_entities
    names = {(e.type, normalize(e.name)) for e in ents}
    for typ, name in (("LOC", "طرابلس"), ("LOC", "ليبيا"), ("LOC", "بروكسل"), ("LOC", "غريان"),
                      ("LOC", "شتوتغارت"), ("ORG", "الأمم المتحدة"), ("ORG", "الاتحاد الأوروبي"),
                      ("ORG", "حلف شمال الأطلسي"), ("ORG", "الشرق الأوسط"),
                      ("ORG", "حكومة الوفاق الوطني"), ("ORG", "الجيش الوطني الليبي"),
                      ("ORG", "وزارة الخارجية الأميركية"), ("LOC", "القاهرة")):
        assert (typ, normalize(name)) in names
    # one entity per name, not one per mention
    assert len({n for _, n in names}) == len(ents)


def test_guillemets_are_not_part_of_a_name(seed_article, seed_entities):
    article = seed_article
    for e in seed_entities:
        for m in e.mentions:
            piece = article.text[m.start:m.end]
            assert piece.strip() == piece and piece[:1] not in "«»()" and piece[-1:] not in "«»()"


def test_cli_prints_the_schema(seed_path, extract_cli):
    code, out, err = extract_cli("analyze", str(seed_path), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["schema"] == "sanad.analysis/2"
    assert {e["type"] for e in result["entities"]} <= {"PER", "ORG", "LOC", "MISC"}
    for e in result["entities"]:
        assert e["id"].startswith("E") and e["name"]
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(result["text"])


words = st.sampled_from(["قال", "الرئيس", "محمد", "لمحمد", "ومحمد", "بغداد", "في", "حكومة",
                         "الوفاق",
                         "الوطني", "«", "»", "(", ")", "،", ".", "الأمم", "المتحدة", "وحلف",
                         "الناتو", "ترمب", "بوش", "جورج", "لحفتر", "حفتر", "خليفة", "\n", "ـ",
                         "مُحَمَّد", "2019", "abc"])


@settings(max_examples=40, deadline=None)
@given(st.lists(words, min_size=1, max_size=60))
def test_every_mention_slices_the_text_exactly(parts):
    text = " ".join(parts)
    if not text.strip("\n ـ"):
        return  # nothing to read: load refuses it with a message (tested in test_load)
    article = article_from_text(text)
    ents = extract_entities(article)
    seen = set()
    for e in ents:
        assert e.type in {"PER", "ORG", "LOC", "MISC"}
        assert e.name and e.name in article.text
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(article.text)
            piece = article.text[m.start:m.end]
            assert piece == piece.strip() and piece
            assert (m.start, m.end) not in seen
            seen.add((m.start, m.end))


def test_name_after_lam_with_elided_article(monkeypatch):
    text = "وصل الوفد للقاهرة أمس. وقالت القاهرة إنها ترحب."
    with_tags(monkeypatch, {"للقاهرة": "B-LOC", "القاهرة": "B-LOC"})
    ents = extract_entities(article_from_text(text))
    assert len(ents) == 1 and ents[0].name == "القاهرة"
    got = [text[m.start:m.end] for m in ents[0].mentions]
    assert got == ["للقاهرة", "القاهرة"]


def test_government_bodies_are_organisations(monkeypatch):
    text = ("قالت وزارة الخارجية الأميركية إن الحكومة اليمنية وحكومة الوفاق الوطني "
            "تتشاوران مع الجيش الوطني الليبي.")
    with_tags(monkeypatch, {})
    ents = {e.name: e.type for e in extract_entities(article_from_text(text))}
    # a description («الحكومة اليمنية») is not a name; the named bodies are
    assert ents == {"وزارة الخارجية الأميركية": "ORG", "حكومة الوفاق الوطني": "ORG",
                    "الجيش الوطني الليبي": "ORG"}


def test_seed_article_places_and_bodies_named_once(seed_entities):
    ents = seed_entities
    names = {(e.type, normalize(e.name)) for e in ents}
    for typ, name in (("LOC", "مصراتة"), ("LOC", "العزيزية"), ("ORG", "أفريكوم"),
                      ("ORG", "شعبة الإعلام الحربي"), ("ORG", "غرفة عمليات طرابلس")):
        assert (typ, normalize(name)) in names, name
    # the city inside «غرفة عمليات طرابلس» is still the city everywhere else
    assert ("LOC", normalize("طرابلس")) in names


def test_listed_place_is_never_a_person_and_particles_stay_out(monkeypatch):
    text = ("يمهد الاتفاق الطريق أمام إيران لامتلاك سلاح. وقال الضابط فإن إسرائيل ستدفع الثمن، "
            "وإن إيران لن تتغير.")
    # the tagger gets «إيران» wrong after «أمام» (also a given name) and glues «فإن» on
    with_tags(monkeypatch, {"إيران": "B-PERS", "فإن": "B-PERS", "إسرائيل": "I-PERS"})
    ents = {e.name: e for e in extract_entities(article_from_text(text))}
    assert set(ents) == {"إيران", "إسرائيل"}
    assert ents["إيران"].type == "LOC" and len(ents["إيران"].mentions) == 2
    assert ents["إسرائيل"].type == "LOC"


def test_listed_names_after_clitics_and_short_names(monkeypatch):
    text = "قصف الطيران مواقع بمصراتة وإب، وقال أب لأحد الضحايا إن داعش وجبهة النصرة انسحبتا."
    with_tags(monkeypatch, {})
    article = article_from_text(text)
    got = {article.text[m.start:m.end]: e.type
           for e in extract_entities(article) for m in e.mentions}
    assert got == {"مصراتة": "LOC", "إب": "LOC", "داعش": "ORG", "جبهة النصرة": "ORG"}


def test_everyday_words_on_the_list_need_a_cue(monkeypatch):
    plain = "سبق أن حقق الفريق النصر في الوطن العربي."
    with_tags(monkeypatch, {})
    assert extract_entities(article_from_text(plain)) == []
    quoted = ("وقال مصدر لـ«سبق» إن نادي الهلال وقع مع اللاعب، وإن النصر يفاوض مدرب الفريق "
              "بعد المباراة.")
    names = {e.name: e.type for e in extract_entities(article_from_text(quoted))}
    # «نادي» describes the club: its name is «الهلال»
    assert names == {"سبق": "ORG", "الهلال": "ORG", "النصر": "ORG"}


def test_bracketed_short_name_and_head_with_place(monkeypatch):
    text = ("أعلنت حركة المقاومة الإسلامية (حماس) موقفها، وأكدت غرفة عمليات طرابلس "
            "أن طرابلس آمنة.")
    with_tags(monkeypatch, {"طرابلس": "B-LOC"})
    ents = {e.name: e for e in extract_entities(article_from_text(text))}
    hamas = ents["حركة المقاومة الإسلامية"]
    assert hamas.type == "ORG"
    assert [text[m.start:m.end] for m in hamas.mentions][-1] == "حماس"
    assert ents["غرفة عمليات طرابلس"].type == "ORG"
    assert ents["طرابلس"].type == "LOC" and len(ents["طرابلس"].mentions) == 1


def test_unknown_word_after_a_place_noun_is_a_place(monkeypatch):
    text = ("سيطرت القوات على مديرية «لودر» وبلدة مندلي، وتقدمت في منطقة العمليات "
            "والمنطقة الآمنة.")
    with_tags(monkeypatch, {})
    ents = {e.name: e.type for e in extract_entities(article_from_text(text))}
    # plurals, adjectives and definite nouns after «المنطقة» are not names
    assert ents == {"لودر": "LOC", "مندلي": "LOC"}


def test_given_name_completes_a_half_tagged_person(monkeypatch):
    text = ("وكان المهاجم محمد السهلاوي الأبرز، وقتل قيادي مقرب من عبدالملك الحوثي، "
            "وقال مهدي مقولة إن الوضع صعب. وسيطروا علي التوالي على المدينة.")
    with_tags(monkeypatch, {"محمد": "B-PERS", "الحوثي": "B-PERS"})
    ents = {e.name: e.type for e in extract_entities(article_from_text(text))}
    # «علي التوالي» is «على» typed with ي, not the name «علي»
    assert ents == {"محمد السهلاوي": "PER", "عبدالملك الحوثي": "PER", "مهدي مقولة": "PER"}


def test_two_persons_joined_by_wa_are_two(monkeypatch):
    text = "وسجل منصور الحربي وفهد الحمد هدفين."
    with_tags(monkeypatch, {"منصور": "B-PERS", "الحربي": "I-PERS", "وفهد": "I-PERS",
                            "الحمد": "I-PERS"})
    ents = [e.name for e in extract_entities(article_from_text(text))]
    assert ents == ["منصور الحربي", "فهد الحمد"]


def test_split_person_runs_join_into_one_name(monkeypatch):
    text = ("وأعلن اعتقال عبدالخالق بدرالدين الحوثي، وقتل أبو قتادة المغربي، "
            "وقال السراج وخليفة حفتر إنهما مستعدان.")
    with_tags(monkeypatch, {"عبدالخالق": "B-PERS", "بدرالدين": "B-PERS", "الحوثي": "B-PERS",
                            "أبو": "B-PERS", "قتادة": "I-PERS", "السراج": "B-PERS",
                            "وخليفة": "B-PERS", "حفتر": "I-PERS"})
    ents = [e.name for e in extract_entities(article_from_text(text))]
    assert ents == ["عبدالخالق بدرالدين الحوثي", "أبو قتادة المغربي", "السراج", "خليفة حفتر"]


def test_coordinated_names_lose_their_wa_and_weekdays_stay_out(monkeypatch):
    text = "وقال جون كيري الجمعة إن المصانع في كليفلاند ومينابوليس تعمل."
    with_tags(monkeypatch, {"جون": "B-PERS", "كيري": "I-PERS", "الجمعة": "I-PERS",
                            "كليفلاند": "B-LOC", "ومينابوليس": "B-LOC"})
    ents = [e.name for e in extract_entities(article_from_text(text))]
    assert ents == ["جون كيري", "كليفلاند", "مينابوليس"]


def test_a_person_after_headed_by_is_found_and_found_again_where_repeated(monkeypatch):
    text = ("تواجه حكومة برئاسة فائز السراج ضغوطاً، وقال السراج إن الحل سياسي. "
            "وتقدمت قوات بقيادة قوات التحالف، وعقد اجتماع برئاسة مصر.")
    with_tags(monkeypatch, {})
    ents = {e.name: (e.type, len(e.mentions)) for e in extract_entities(
        article_from_text(text))}
    # «وقال السراج» is him too; the noun phrase and the country after «بقيادة»/«برئاسة» are no
    # persons (the news-entity list types them)
    assert ents == {"فائز السراج": ("PER", 2), "قوات التحالف": ("ORG", 1), "مصر": ("LOC", 1)}


def test_a_word_joined_by_wa_after_a_given_name_is_not_its_surname(monkeypatch):
    text = "سيطرت القوات على كوبري الزهراء والطويشة والعزيزية بشكل كامل."
    with_tags(monkeypatch, {"والطويشة": "B-LOC", "والعزيزية": "B-LOC"})
    ents = {e.name: e.type for e in extract_entities(article_from_text(text))}
    assert ents.get("الطويشة") == "LOC"
    assert not any(kind == "PER" for kind in ents.values())
