"""The tagger's ready-made attribute strings are the feature dicts the model was trained on.

pycrfsuite turns each feature dict into attributes in the dict's order ({"k": "v"} -> "k:v",
{"k": 1} -> "k" with weight 1.0); `sentence_attributes` must give CRFsuite exactly those, in that
order (the scores are sums in that order), so that the tags cannot change.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.load import article_from_text, load_path
from extract.ner.features import Gazetteers, sentence_attributes, sentence_features
from extract.ner.tagger import default_tagger

ROOT = Path(__file__).resolve().parent.parent


def pycrfsuite_attributes(feats: dict[str, object]) -> list[tuple[bytes, float]]:
    """What pycrfsuite's `to_item` makes of a feature dict (str values; numeric weights)."""
    out = []
    for k, v in feats.items():
        if isinstance(v, str):
            out.append(((k + ":" + v).encode(), 1.0))
        else:
            out.append((k.encode(), float(v)))
    return out


def as_given(item: list[bytes] | dict[str, object]) -> list[tuple[bytes, float]]:
    if isinstance(item, dict):
        return pycrfsuite_attributes(item)
    return [(a, 1.0) for a in item]


def article_sentences(texts: list[str]) -> list[list[str]]:
    out = []
    for text in texts:
        article = article_from_text(text)
        out += [[t.text for t in article.tokens_in(s)] for s in article.sentences]
    return [s for s in out if s]


def assert_same_input(words: list[str], gaz: Gazetteers, sport: bool) -> None:
    dicts = sentence_features(words, gaz, sport=sport)
    attrs = sentence_attributes(words, gaz, sport=sport)
    assert [as_given(a) for a in attrs] == [pycrfsuite_attributes(d) for d in dicts], words


@pytest.fixture(scope="module")
def gaz() -> Gazetteers:
    return default_tagger().gaz


def test_attributes_of_the_seed_and_gold_articles(gaz) -> None:
    paths = [ROOT / "resources" / "samples" / "seed-libya.txt",
             *sorted((ROOT / "tests" / "gold").glob("*.txt"))]
    sentences = article_sentences([load_path(p).text for p in paths])
    assert len(sentences) > 300
    for words in sentences:
        for sport in (False, True):
            assert_same_input(words, gaz, sport)


def test_attributes_and_tags_of_corpus_articles(gaz, shared_dir) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from compare_outputs import corpus_texts

    tagger = default_tagger()._tagger
    texts = [t for _, t in random.Random(4).sample(corpus_texts(), 60)]
    for words in article_sentences(texts):
        words = words[:400]
        assert_same_input(words, gaz, sport=len(words) % 2 == 0)
        assert tagger.tag(sentence_attributes(words, gaz)) == \
            tagger.tag(sentence_features(words, gaz))


WORDS = st.sampled_from(["قال", "خليفة", "حفتر", "والسراج", "الأمم", "المتحدة", "ليون", "«", "»",
                         "3.5", "CNN", "طرابلس", "بالقاهرة", "،", ".", "ريال", "مدريد", "الهلال",
                         "وزير", "الخارجية", "x"]) | st.text(min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.booleans())
def test_attributes_of_any_word_sequence(words: list[str], sport: bool) -> None:
    assert_same_input(words, default_tagger().gaz, sport)


def test_a_weighted_feature_is_handed_over_as_a_dict(monkeypatch) -> None:
    from extract.ner import features

    real = features._word_feats

    def weighted(word, gaz, hide=False):
        f = real(word, gaz, hide)
        f["weighted"] = 0.5
        return f

    monkeypatch.setattr(features, "_word_feats", weighted)
    gaz = Gazetteers()
    attrs = sentence_attributes(["قال", "حفتر"], gaz)
    assert all(isinstance(a, dict) and a["weighted"] == 0.5 for a in attrs)
    assert_same_input(["قال", "حفتر"], gaz, sport=True)
