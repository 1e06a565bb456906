"""Training pieces: the seqeval-style scorer, corpus readers, the NewsFANE de-duplication."""

from __future__ import annotations

import pytest

from extract.ner.scoring import score, spans, to_bio, to_bioes
from extract.training.ner_data import (
    clean_tag,
    read_newsfane,
    rejoin_clitics,
    repair_bio,
    restrict_to,
)


def test_spans_follow_seqeval_chunking():
    # an I- after O starts an entity, a type change ends one
    assert spans(["B-PERS", "I-PERS", "O", "I-LOC", "I-ORG"]) == {
        ("PERS", 0, 2), ("LOC", 3, 4), ("ORG", 4, 5)}


def test_bioes_round_trip_keeps_the_bio_chunks():
    bio = ["B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG", "I-ORG"]
    assert to_bioes(bio) == ["B-PERS", "E-PERS", "O", "S-LOC", "S-ORG", "B-ORG", "I-ORG", "E-ORG"]
    assert spans(to_bio(to_bioes(bio))) == spans(bio)
    assert to_bio(["S-MISC", "B-LOC", "E-LOC", "O"]) == ["B-MISC", "B-LOC", "I-LOC", "O"]


def test_score_is_exact_match_micro_over_types():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]  # person boundary wrong -> no credit
    s = score(gold, pred)
    assert s["LOC"]["f1"] == 1.0
    assert s["PERS"]["f1"] == 0.0
    assert s["micro"]["precision"] == 0.5 and s["micro"]["recall"] == 0.5


def test_newsfane_classes_map_to_anercorp_types():
    from extract.training.ner_data import NEWSFANE_MAP

    assert clean_tag("B-Politician", NEWSFANE_MAP) == "B-PERS"
    assert clean_tag("I-Nation", NEWSFANE_MAP) == "I-LOC"
    assert clean_tag("B-Media", NEWSFANE_MAP) == "B-ORG"
    assert clean_tag("B-Book", NEWSFANE_MAP) == "B-MISC"
    assert clean_tag("B-Airport", NEWSFANE_MAP) == "O"
    assert clean_tag("B-MIS2") == "B-MISC"  # AQMAR
    assert repair_bio([("a", "I-LOC"), ("b", "I-LOC")]) == [("a", "B-LOC"), ("b", "I-LOC")]


def test_rejoin_clitics_writes_words_as_anercorp_does():
    sent = [("و", "O"), ("صنع", "O"), ("نا", "O"), ("ب", "O"), ("المانيا", "B-LOC"),
            ("مشكلة", "O"), ("ي", "O")]
    assert rejoin_clitics(sent) == [("وصنعنا", "O"), ("بالمانيا", "B-LOC"), ("مشكلتي", "O")]


def test_newsfane_copies_of_held_out_anercorp_text_are_dropped(shared_dir):
    """NewsFANE re-annotates ANERcorp, test split included: only copies of training text count."""
    from extract.training.ner_data import read_anercorp

    aner = read_anercorp(shared_dir / "ner" / "anercorp" / "train.txt")
    nf = read_newsfane(shared_dir / "ner" / "newsfane" / "NewsFANE_Gold_2014_170K.txt")
    n_dev = len(aner) // 10
    kept = restrict_to(nf, aner[:-n_dev])
    assert 0.6 * len(nf) < len(kept) < 0.8 * len(nf)
    # the sentence right after ANERcorp train's end (the test split's start) is never kept
    test_start = "يقدرالظروفوالتحديات"
    assert any(test_start in "".join(w for w, _ in s) for s in nf)
    assert not any(test_start in "".join(w for w, _ in s) for s in kept)


@pytest.mark.parametrize("word,stem", [("لحفتر", "حفتر"), ("وبالعراق", "عراق"), ("وزير", "وزير")])
def test_clitic_stripping(word, stem):
    from extract.arabic import strip_clitics
    from extract.ner.features import norm_word

    assert strip_clitics(norm_word(word))[1] == norm_word(stem)


def test_training_is_deterministic_and_the_model_tags(shared_dir, tmp_path):
    """A small run of the real training path: same bytes twice, and it learns its own data."""
    from extract.ner.tagger import NerTagger
    from extract.training.ner import Config, train_model
    from extract.training.ner_data import read_anercorp

    sents = read_anercorp(shared_dir / "ner" / "anercorp" / "train.txt")[:300]
    cfg = Config(max_iterations=40)
    for run in ("a", "b"):
        train_model(sents, [], shared_dir, tmp_path / run, cfg)
    model_a = (tmp_path / "a" / "ner_crf.crfsuite").read_bytes()
    assert model_a == (tmp_path / "b" / "ner_crf.crfsuite").read_bytes()
    gold = [[t for _, t in s] for s in sents[:50]]
    pred = NerTagger(tmp_path / "a").tag_document([[w for w, _ in s] for s in sents[:50]],
                                                  consistency=False)
    assert score(gold, pred)["micro"]["f1"] > 0.8


def test_sentences_of_another_corpus_get_domain_copies_of_their_features():
    """Wikipedia sentences (AQMAR) train the plain features and their own "AQ|" copies; the
    tagger only ever reads plain features, so what is peculiar to Wikipedia stays in the copies."""
    from extract.ner.features import Gazetteers, sentence_features
    from extract.training.ner import with_domain_copies

    plain = sentence_features(["قال", "خليفة", "حفتر"], Gazetteers())
    copied = with_domain_copies(plain, "AQ")
    for before, after in zip(plain, copied, strict=True):
        assert before.items() <= after.items()
        assert {f"AQ|{k}": v for k, v in before.items()}.items() <= after.items()
        assert len(after) == 2 * len(before)


def test_a_surname_that_is_an_everyday_word_is_not_carried_to_its_other_uses():
    """After «غسان سلامة», a bare «سلامة» ("safety") is not him; after «خليفة حفتر», «حفتر» is."""
    from extract.ner.tagger import NerTagger, propagate

    tagger = NerTagger()
    sentences = [["قال", "غسان", "سلامة", "و", "خليفة", "حفتر"],
                 ["ولضمان", "سلامة", "المدنيين", "رد", "حفتر"]]
    tags = [["O", "B-PERS", "I-PERS", "O", "B-PERS", "I-PERS"], ["O"] * 5]
    assert tagger.common_word("سلامة") and not tagger.common_word("حفتر")
    out = propagate(sentences, tags, common_word=tagger.common_word)
    assert out[1] == ["O", "O", "O", "O", "B-PERS"]
    assert propagate(sentences, tags)[1][1] == "B-PERS"  # without the check it was taken


def test_sport_is_judged_per_block_of_sentences():
    """A long text that turns to sport halfway gets the sport flag only where it talks sport."""
    from extract.ner.news_entities import SPORT_BLOCK, sport_blocks

    politics = ["قال", "الوزير", "إن", "الحكومة", "ستعقد", "اجتماعا"]
    sport = ["فاز", "الفريق", "في", "المباراة", "بهدف", "في", "الدوري"]
    sentences = [politics] * SPORT_BLOCK + [sport] * 3 + [politics] * 5
    flags = sport_blocks(sentences)
    assert flags == [False] * SPORT_BLOCK + [True] * 8
    assert sport_blocks([politics] * 3) == [False] * 3


def test_the_sport_flag_gives_list_hits_a_sport_copy():
    from extract.ner.features import Gazetteers, sentence_features

    gaz = Gazetteers({"place": {"ليون": "1"}})
    plain = sentence_features(["فاز", "ليون"], gaz)
    flagged = sentence_features(["فاز", "ليون"], gaz, sport=True)
    assert "sp" not in plain[1] and flagged[1]["sp"] == 1
    assert flagged[1]["sp|g:place=1"] == 1
    # person-name hints get no sport copy
    person = sentence_features(["فاز", "ليون"], Gazetteers({"pername": {"ليون": "1"}}), sport=True)
    assert not any(k.startswith("sp|") for k in person[1])
    assert plain[1].items() <= flagged[1].items()
