"""The tagger's ready-made attribute strings are the feature dicts the model was trained on.

pycrfsuite turns each feature dict into attributes in the dict's order ({"k": "v"} -> "k:v",
{"k": 1} -> "k" with weight 1.0) and CRFsuite keeps those its model knows (read up to a NUL);
`sentence_attributes` must leave CRFsuite exactly those, in that order (the scores are sums in
that order), so that the tags cannot change.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.load import article_from_text, load_path
from extract.ner.crf_model import model_attributes, state_weights
from extract.ner.features import Gazetteers, sentence_attributes, sentence_features
from extract.ner.scoring import to_bio
from extract.ner.tagger import MAX_SENTENCE, MODEL_DIR, MODEL_FILE, default_tagger
from extract.ner.viterbi import decode

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


def crfsuite_keeps(attrs: list[tuple[bytes, float]],
                   known: frozenset[bytes] | None) -> list[tuple[bytes, float]]:
    """What CRFsuite keeps of an item: each attribute read up to a NUL, if its model knows it."""
    out = []
    for a, weight in attrs:
        name = a.split(b"\x00", 1)[0]
        if known is None or name in known:
            out.append((name, weight))
    return out


def assert_same_input(words: list[str], gaz: Gazetteers, sport: bool) -> None:
    known = MODEL_KNOWS if gaz.known_attributes is not None else None
    dicts = sentence_features(words, gaz, sport=sport)
    attrs = sentence_attributes(words, gaz, sport=sport)
    assert [crfsuite_keeps(as_given(a), known) for a in attrs] == \
        [crfsuite_keeps(pycrfsuite_attributes(d), known) for d in dicts], words
    if known is not None:  # and nothing the model does not know is handed over
        assert all(a in known or b"\x00" in a for item in attrs for a in item)


# the model as pycrfsuite lists it (dumping the whole model: seconds)
MODEL_INFO = default_tagger()._tagger.info()
MODEL_KNOWS = frozenset(a.encode() for a in MODEL_INFO.attributes)


def crfsuite_tags(words: list[str], sport: bool) -> list[str]:
    """What CRFsuite itself tags `words` with, from the feature dicts, in tag_sentence's chunks."""
    crf = default_tagger()._tagger
    gaz = default_tagger().gaz
    tags: list[str] = []
    for i in range(0, len(words), MAX_SENTENCE):
        tags += to_bio(crf.tag(sentence_features(words[i:i + MAX_SENTENCE], gaz, sport=sport)))
    return tags


def test_the_model_file_reader_finds_every_weight_pycrfsuite_lists(tmp_path) -> None:
    weights = state_weights(MODEL_DIR / MODEL_FILE)
    assert weights is not None
    assert list(weights.labels) == default_tagger()._tagger.labels()
    label = {name: i for i, name in enumerate(weights.labels)}
    state = {(a, weights.labels[y]): w for a, feats in weights.attributes.items()
             for y, w in feats}
    # (the dump pycrfsuite parses prints six decimals)
    assert state == pytest.approx(MODEL_INFO.state_features, abs=1e-6)
    transitions = {(a, b): weights.transitions[label[a]][label[b]]
                   for a in weights.labels for b in weights.labels}
    listed = {k: MODEL_INFO.transitions.get(k, 0.0) for k in transitions}
    assert transitions == pytest.approx(listed, abs=1e-6)
    other = tmp_path / "not-a-model.crfsuite"
    other.write_bytes(b"lCRF" + bytes(100))
    assert state_weights(other) is None
    assert state_weights(tmp_path / "missing") is None


def test_the_model_file_reader_finds_every_attribute_pycrfsuite_lists(tmp_path) -> None:
    assert model_attributes(MODEL_DIR / MODEL_FILE) == MODEL_KNOWS
    assert default_tagger().gaz.known_attributes == MODEL_KNOWS
    other = tmp_path / "not-a-model.crfsuite"
    other.write_bytes(b"lCRF" + bytes(100))
    assert model_attributes(other) is None
    assert model_attributes(tmp_path / "missing") is None


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
    sentences = article_sentences(texts)
    for words in sentences:
        words = words[:400]
        assert_same_input(words, gaz, sport=len(words) % 2 == 0)
        assert tagger.tag(sentence_attributes(words, gaz)) == \
            tagger.tag(sentence_features(words, gaz))
    # the tagger's own sums and decoding give CRFsuite's tags, sentences of any length decoded
    # together (a sentence over MAX_SENTENCE words is tagged in chunks)
    long = [w for words in sentences for w in words][:MAX_SENTENCE + 50]
    sentences = [*sentences, long]
    for sport in (False, True):
        flags = [sport ^ (i % 3 == 0) for i in range(len(sentences))]
        assert default_tagger().tag_sentences(sentences, flags) == \
            [crfsuite_tags(words, f) for words, f in zip(sentences, flags, strict=True)]


WORDS = st.sampled_from(["قال", "خليفة", "حفتر", "والسراج", "الأمم", "المتحدة", "ليون", "«", "»",
                         "3.5", "CNN", "طرابلس", "بالقاهرة", "،", ".", "ريال", "مدريد", "الهلال",
                         "وزير", "الخارجية", "x", "w:قال\x00", "قال\x00"]) | \
    st.text(min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.booleans())
def test_attributes_of_any_word_sequence(words: list[str], sport: bool) -> None:
    assert_same_input(words, default_tagger().gaz, sport)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=12), min_size=1, max_size=4),
       st.booleans())
def test_tags_of_any_word_sequences(sentences: list[list[str]], sport: bool) -> None:
    """The tagger's sums and decoding (NUL characters, edges, sport copies) against CRFsuite."""
    flags = [sport ^ (i % 2 == 1) for i in range(len(sentences))]
    assert default_tagger().tag_sentences(sentences, flags) == \
        [crfsuite_tags(words, f) for words, f in zip(sentences, flags, strict=True)]


def reference_viterbi(state: list[list[float]], trans: list[list[float]]) -> list[int]:
    """CRFsuite's crf1dc_viterbi, transcribed: strict > keeps the lowest label on a tie."""
    n_labels = len(trans)
    score = list(state[0])
    backs = []
    for t in range(1, len(state)):
        back, new = [], []
        for j in range(n_labels):
            best, arg = -float("inf"), -1
            for i in range(n_labels):
                if best < score[i] + trans[i][j]:
                    best, arg = score[i] + trans[i][j], i
            back.append(arg)
            new.append(best + state[t][j])
        backs.append(back)
        score = new
    labels = [max(range(n_labels), key=lambda i: (score[i], -i))]
    for back in reversed(backs):
        labels.append(back[labels[-1]])
    return labels[::-1]


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 4).flatmap(lambda n: st.tuples(
    st.lists(st.lists(st.lists(st.integers(-2, 2).map(float), min_size=n, max_size=n),
                      min_size=1, max_size=6), min_size=1, max_size=5),
    st.lists(st.lists(st.integers(-2, 2).map(float), min_size=n, max_size=n),
             min_size=n, max_size=n))))
def test_decoding_is_crfsuites_viterbi_ties_included(case) -> None:
    import numpy as np

    sentences, trans = case
    scores = np.array([row for s in sentences for row in s])
    assert decode(scores, [len(s) for s in sentences], np.array(trans)) == \
        [reference_viterbi(s, trans) for s in sentences]


def test_without_the_weights_crfsuite_tags_the_same(monkeypatch) -> None:
    sentences = article_sentences([load_path(ROOT / "resources" / "samples" /
                                             "seed-libya.txt").text])
    tagger = default_tagger()
    fast = tagger.tag_sentences(sentences, [False] * len(sentences))
    monkeypatch.setattr(tagger.gaz, "state_weights", None)
    assert tagger.tag_sentences(sentences, [False] * len(sentences)) == fast


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
    # the tagger's own sums cannot weigh it: CRFsuite gets the dicts
    words = ["قالxyz", "حفترxyz"]  # not in the tagger's per-word caches
    tagger = default_tagger()
    assert features.state_scores([words], [False], tagger.gaz) is None
    crf = tagger._tagger
    assert tagger.tag_sentences([words], [False]) == \
        [to_bio(crf.tag(sentence_features(words, tagger.gaz)))]
    tagger.gaz.score_cache.pop(words[0], None)
    tagger.gaz.score_cache.pop(words[1], None)


def reference_shape(word: str) -> str:
    """features.shape before its fast path for letters-only words."""
    if word.isdigit():
        return "digit"
    if any(ch.isdigit() for ch in word):
        return "hasdigit"
    if word in "«»\"'“”‘’" and len(word) == 1:
        return "quote"
    if all(not ch.isalnum() for ch in word):
        return "punct"
    if any("a" <= ch.lower() <= "z" for ch in word):
        return "latin"
    return "arabic"


def reference_lookup(gaz: Gazetteers, nword: str, stem: str) -> list[str]:
    """Gazetteers.lookup before the article form was computed once per word."""
    from extract.ner.features import _had_article

    out = []
    for name, table in gaz.words.items():
        v = table.get(nword)
        if v is not None:
            out.append(f"{name}={v}")
        elif stem != nword:
            v = table.get(stem)
            if v is None and _had_article(nword, stem):
                v = table.get("ال" + stem)
            if v is not None:
                out.append(f"{name}~={v}")
    return out


def test_word_shapes_are_unchanged_on_every_bmp_character_and_arabic_words() -> None:
    from extract.ner.features import shape

    for c in map(chr, range(0xD800)):
        assert shape(c) == reference_shape(c), hex(ord(c))
    for c in map(chr, range(0xE000, 0x10000)):
        assert shape(c) == reference_shape(c), hex(ord(c))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x600, max_codepoint=0x6FF) |
               st.sampled_from("abzAZKİ1٣«ـ"), min_size=1, max_size=8))
def test_word_shapes_and_gazetteer_hits_are_unchanged(word: str) -> None:
    from extract.ner.features import norm_word, shape, strip_clitics

    assert shape(word) == reference_shape(word)
    gaz = default_tagger().gaz
    n = norm_word(word)
    for nword in (n, "وال" + n, "لل" + n, "ب" + n):
        stem = strip_clitics(nword)[1]
        assert gaz.lookup(nword, stem) == reference_lookup(gaz, nword, stem)


def test_gazetteer_hits_of_listed_words_with_clitics_are_unchanged() -> None:
    from extract.ner.features import strip_clitics

    gaz = default_tagger().gaz
    rng = random.Random(7)
    words = [w for table in gaz.words.values()
             for w in rng.sample(sorted(table), min(300, len(table)))]
    for w in words:
        for nword in (w, "وال" + w, "لل" + w[2:] if w.startswith("ال") else "لل" + w, "ب" + w):
            stem = strip_clitics(nword)[1]
            assert gaz.lookup(nword, stem) == reference_lookup(gaz, nword, stem), nword


def test_a_small_word_cache_gives_the_same_tags(monkeypatch) -> None:
    """A batch worker caps the per-word caches (limit_word_cache): emptied between documents,
    the score tables still give the same tags."""
    from extract.ner import features

    sentences = article_sentences([load_path(ROOT / "resources" / "samples" /
                                             "seed-libya.txt").text])
    tagger = default_tagger()
    expected = tagger.tag_sentences(sentences, [False] * len(sentences))
    monkeypatch.setattr(features, "_CACHE_LIMIT", 40)
    halves = sentences[: len(sentences) // 2], sentences[len(sentences) // 2:]
    for _ in range(2):
        got = [t for half in halves for t in tagger.tag_sentences(half, [False] * len(half))]
        assert got == expected
        assert len(tagger.gaz.score_cache) <= 40 + sum(map(len, halves[1]))
