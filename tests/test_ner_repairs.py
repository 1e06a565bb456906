"""Sentence repairs of the NER tags: names the CRF splits, starts late or types by the wrong
clue come out whole and typed as a reader would type them."""

from __future__ import annotations

from extract.ner.features import Gazetteers
from extract.ner.repairs import (
    clubs_by_nationality,
    drop_lone_nationalities,
    extend_given_names,
    join_adjacent_persons,
    quoted_titles,
    repair,
)
from extract.ner.tagger import default_tagger

GAZ = Gazetteers({"pername": {"حسن": "1", "اميره": "1", "ان": "1"},
                  "train": {"حسن": "PERS", "اميره": "PERS", "ان": "O"}})


def test_a_name_split_in_two_is_one_person():
    words = "كل من غواو توماس ( 71 )".split()
    tags = ["O", "O", "B-PERS", "B-PERS", "O", "O", "O"]
    assert join_adjacent_persons(words, tags)[2:4] == ["B-PERS", "I-PERS"]


def test_two_people_joined_by_wa_stay_two():
    words = "التقى بوش وبلير أمس".split()
    tags = ["O", "B-PERS", "B-PERS", "O"]
    assert join_adjacent_persons(words, tags) == tags


def test_a_known_given_name_before_a_surname_starts_the_name():
    words = "أمين عام الحزب حسن نصرالله في احتفال".split()
    tags = ["O", "O", "O", "O", "B-PERS", "O", "O"]
    assert extend_given_names(words, tags, GAZ)[3:5] == ["B-PERS", "I-PERS"]


def test_a_word_that_is_mostly_not_a_name_does_not_join():
    words = "قال ان نصرالله سيتحدث".split()
    tags = ["O", "O", "B-PERS", "O"]
    assert extend_given_names(words, tags, GAZ) == tags


def test_a_city_with_a_masculine_nationality_is_its_club():
    words = "فاز ميلان الإيطالي على ليون الفرنسي".split()
    tags = ["O", "B-LOC", "O", "O", "B-LOC", "O"]
    out = clubs_by_nationality(words, tags)
    assert out[1] == "B-ORG" and out[4] == "B-ORG"


def test_a_city_with_a_feminine_adjective_stays_a_place():
    words = "في مدينة ليون الفرنسية".split()
    tags = ["O", "O", "B-LOC", "O"]
    assert clubs_by_nationality(words, tags) == tags


def test_a_nationality_adjective_alone_is_not_a_person_but_a_surname_stays():
    words = "رسالة إلى الرئيس السوداني عمر البشير من محمد الجزائري".split()
    tags = ["O", "O", "O", "B-PERS", "B-PERS", "I-PERS", "O", "B-PERS", "I-PERS"]
    out = drop_lone_nationalities(words, tags)
    assert out[3] == "O"
    assert out[4:] == tags[4:]


def test_a_quoted_title_after_a_work_noun_is_one_misc_name():
    words = "قدمت برنامجا بعنوان « حوار من القلب » على قناة".split()
    out = quoted_titles(words, ["O"] * len(words))
    assert out[4:8] == ["B-MISC", "I-MISC", "I-MISC", "O"]
    assert out[3] == "O"  # the quotes stay outside the name


def test_quotes_without_a_work_noun_or_too_long_are_left_alone():
    words = 'وقال إن « الوضع خطير » أمس'.split()
    assert quoted_titles(words, ["O"] * len(words)) == ["O"] * len(words)
    long = ["رواية", "«", *["كلمة"] * 9, "»"]
    assert quoted_titles(long, ["O"] * len(long)) == ["O"] * len(long)


def test_the_tagger_repairs_before_the_consistency_pass(monkeypatch):
    """A club found by its nationality adjective is a club again where it recurs without one."""
    sentences = ["لعب مع هامبورغ الألماني أمس".split(), "وسجل لهامبورغ هدفين".split()]
    crf = {0: ["O", "O", "B-LOC", "O", "O"], 1: ["O", "O", "O"]}
    tagger = default_tagger()
    monkeypatch.setattr(tagger, "tag_sentences",
                        lambda sentences, sport: [crf[len(words) == 3] for words in sentences])
    tags = tagger.tag_document(sentences)
    assert tags[0][2] == "B-ORG"
    assert tags[1][1] == "B-ORG"


def test_repair_keeps_every_tag_in_the_bio_set():
    words = "برنامج « الناس وأنا » مع حسن نصرالله وغواو توماس في ميلان الإيطالي".split()
    tags = repair(words, ["O"] * len(words), GAZ)
    assert len(tags) == len(words)
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags)


def test_a_party_head_starts_the_party_name():
    from extract.ner.repairs import organisations_after_heads

    words = "قال إن حزب الليكود الذي يقوده نتنياهو يتوقع فشل حزب كاديما".split()
    out = organisations_after_heads(words, ["O"] * 6 + ["B-PERS"] + ["O"] * 4, Gazetteers())
    assert out[2:5] == ["B-ORG", "I-ORG", "O"]  # the relative pronoun ends the name
    assert out[9:] == ["B-ORG", "I-ORG"]  # «كاديما»: a word never seen in training
    assert out[6] == "B-PERS"


def test_a_head_before_a_tagged_organisation_joins_it_and_adjectives_stay_out():
    from extract.ner.repairs import organisations_after_heads

    words = "وفد منظمة اليونسكو و جامعة السوربون الفرنسية".split()
    tags = ["O", "O", "B-ORG", "O", "O", "O", "O"]
    out = organisations_after_heads(words, tags, GAZ)
    assert out[1:3] == ["B-ORG", "I-ORG"]
    assert out[4:7] == ["B-ORG", "I-ORG", "O"]
