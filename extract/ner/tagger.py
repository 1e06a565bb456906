"""Tag tokenised sentences with the shipped CRF, repair each sentence's tags (repairs.py), then
make the tags consistent across a document.

Document-level consistency: a name the CRF tags confidently once is the same name elsewhere in the
document, so untagged occurrences of it (with or without proclitics) get the same type.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pycrfsuite

try:  # the fast path (features.state_scores, viterbi.decode); CRFsuite decodes without it
    import numpy as _np
except ImportError:  # pragma: no cover - numpy comes with camel-tools
    _np = None

from extract.arabic import strip_clitics
from extract.ner import gazetteers as gz
from extract.ner.crf_model import model_attributes, state_weights
from extract.ner.features import Gazetteers, norm_word, sentence_attributes, state_scores
from extract.ner.news_entities import sport_blocks
from extract.ner.repairs import repair
from extract.ner.scoring import spans, to_bio

if _np is not None:
    from extract.ner.viterbi import decode
from extract.resources import resource_path

# Sum and decode label scores with numpy (features.state_scores, viterbi.decode): the same tags
# as CRFsuite at about half the time per article, but reading the model's weights costs ~0.4 s
# at load, so a one-off run (`python -m extract analyze FILE`) turns it off and lets CRFsuite tag.
FAST_SCORES = True

MODEL_DIR = resource_path("models")
MODEL_FILE = "ner_crf.crfsuite"
GAZETTEER_FILE = "ner_gazetteers.json"
# Every tagged name is propagated: on dev that scores as propagating only names tagged with
# marginal >= 0.6 (71.9 vs 72.1) and finds more repeats in real articles. Surnames of full names
# are propagated too, within about an article (30 sentences): across a corpus surnames collide.
CONLL_WINDOW = 30
MAX_SENTENCE = 400  # longer runs are tagged in chunks: the CRF's cost grows with length


class NerTagger:
    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.gaz: Gazetteers = gz.load(model_dir / GAZETTEER_FILE)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_dir / MODEL_FILE))
        # attributes the model does not know are left out of what it is handed (CRFsuite would
        # drop them itself): the same tags, fewer look-ups
        self.gaz.known_attributes = model_attributes(model_dir / MODEL_FILE)
        # with numpy, the label scores are summed from scores cached per word form
        # (features.state_scores) and decoded here (viterbi.py); without it, by CRFsuite
        weights = state_weights(model_dir / MODEL_FILE) \
            if _np is not None and FAST_SCORES else None
        self.gaz.set_state_weights(weights)
        self._transitions = _np.array(weights.transitions) if weights is not None else None

    def tag_sentence(self, words: list[str], sport: bool = False) -> list[str]:
        """The CRF's tags (BIO). `sport`: the sentence's surroundings read as sport
        (news_entities.sport_blocks)."""
        return self.tag_sentences([words], [sport])[0]

    def tag_sentences(self, sentences: list[list[str]], sport: list[bool]) -> list[list[str]]:
        """`tag_sentence` for each sentence (each tagged on its own), all decoded at once."""
        chunks: list[list[str]] = []
        flags: list[bool] = []
        owner: list[int] = []
        for k, (words, sp) in enumerate(zip(sentences, sport, strict=True)):
            for i in range(0, len(words), MAX_SENTENCE):
                chunks.append(words[i : i + MAX_SENTENCE])
                flags.append(sp)
                owner.append(k)
        scores = state_scores(chunks, flags, self.gaz) \
            if self.gaz.state_weights is not None else None
        if scores is not None:
            labels = self.gaz.state_weights.labels  # type: ignore[union-attr]
            tagged = [[labels[y] for y in seq] for seq in
                      decode(scores, [len(c) for c in chunks], self._transitions)]
        else:
            tagged = [self._tagger.tag(sentence_attributes(c, self.gaz, sport=sp))
                      for c, sp in zip(chunks, flags, strict=True)]
        out: list[list[str]] = [[] for _ in sentences]
        for k, t in zip(owner, tagged, strict=True):
            out[k] += to_bio(t)  # a BIOES model's S-/E- come out as B-/I-
        return out

    def tag_document(self, sentences: list[list[str]], consistency: bool = True,
                     window: int | None = None,
                     keys: list[list[str]] | None = None) -> list[list[str]]:
        """Tag sentences of one document; `window` (sentences) bounds the consistency pass when the
        input is many documents run together (CoNLL files have no document breaks). `keys`: the
        sentences' `consistency_keys`, when the caller has them already."""
        sport = sport_blocks(sentences)
        tagged = self.tag_sentences(sentences, sport)
        # repaired before the consistency pass, so a repaired name is also found where it recurs
        tags = [repair(s, t, self.gaz) for s, t in zip(sentences, tagged, strict=True)]
        if not consistency:
            return tags
        if keys is None:
            keys = consistency_keys(sentences)
        step = window or max(len(sentences), 1)
        out: list[list[str]] = []
        for a in range(0, len(sentences), step):
            out += propagate(sentences[a:a + step], tags[a:a + step],
                             common_word=self.common_word, keys=keys[a:a + step])
        return out

    def common_word(self, word: str) -> bool:
        """The training text uses `word` mostly outside names («سلامة»: safety)."""
        n = norm_word(word)
        return n in self.gaz.words.get("vocab", {}) and \
            self.gaz.words.get("train", {}).get(n) != "PERS"


@lru_cache(maxsize=200_000)
def _key(word: str) -> str:
    return strip_clitics(norm_word(word))[1]


def consistency_keys(sentences: list[list[str]]) -> list[list[str]]:
    """Each word's key for the consistency pass (normalised, without proclitics); computed once
    per article and shared by the passes that use it."""
    return [[_key(w) for w in words] for words in sentences]


def propagate(sentences: list[list[str]], tags: list[list[str]], max_len: int = 4,
              surnames: bool = True,
              common_word: Callable[[str], bool] | None = None,
              keys: list[list[str]] | None = None) -> list[list[str]]:
    """Tag untagged repeats of tagged names with the name's majority type.

    A surname alone is carried over only when it is not an everyday word (`common_word`): after
    «غسان سلامة», «ولضمان سلامة» is "to ensure safety", but after «خليفة حفتر», «حفتر» is him.
    `keys`: `consistency_keys(sentences)`, if the caller has them."""
    if keys is None:
        keys = consistency_keys(sentences)
    memory: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for words, t, k in zip(sentences, tags, keys, strict=True):
        for typ, a, b in sorted(spans(t), key=lambda x: x[1]):
            if b - a <= max_len:
                key = tuple(k[a:b])
                if len(key) > 1 or len(key[0]) >= 3:
                    memory[key][typ] += 1
                if surnames and typ == "PERS" and len(key) > 1 and len(key[-1]) >= 3 and \
                        not (common_word and common_word(words[b - 1])):
                    memory[key[-1:]][typ] += 1  # «خليفة حفتر» ... «حفتر»
    if not memory:
        return tags
    firsts = {key[0] for key in memory}  # a name can only start at a word whose key starts one
    out = []
    for words, t, k in zip(sentences, tags, keys, strict=True):
        t = list(t)
        i = 0
        while i < len(words):
            if t[i] != "O" or k[i] not in firsts:
                i += 1
                continue
            for n in range(min(max_len, len(words) - i), 0, -1):
                key = tuple(k[i : i + n])
                if key in memory and all(x == "O" for x in t[i : i + n]) and \
                        (i + n == len(words) or not t[i + n].startswith("I-")):
                    typ = memory[key].most_common(1)[0][0]
                    t[i : i + n] = [f"B-{typ}"] + [f"I-{typ}"] * (n - 1)
                    i += n - 1
                    break
            i += 1
        out.append(t)
    return out


@lru_cache(maxsize=1)
def default_tagger() -> NerTagger:
    return NerTagger()
