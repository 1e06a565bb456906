"""Token features for the CRF: word forms, affixes, clitic-free stems, shape, gazetteers, context.

Changing anything here changes what the model sees: bump FEATURE_VERSION and retrain.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the label scores are summed with numpy when it is installed (a pure-Python loop if not)
    import numpy as _np
except ImportError:  # pragma: no cover - numpy comes with camel-tools
    _np = None

from extract.arabic import strip_clitics
from extract.ner.crf_model import StateWeights
from extract.normalize import normalize

FEATURE_VERSION = "ner-crf-6"  # 5: BIOES labels (train.Config.encoding); 6: the sport flag

_QUOTES = frozenset("«»\"'“”‘’")
_PUNCT_STRIP = "«»\"'“”‘’()[]{}.,،؛:!?؟-–—/"
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]+")


@lru_cache(maxsize=200_000)
def norm_word(word: str) -> str:
    return normalize(word)


def shape(word: str) -> str:
    if word.isalpha():  # the common case, decided at C speed (no digit, quote or punctuation)
        if word.isascii():
            return "latin"
        if _ARABIC_BLOCK.fullmatch(word):  # letters without case: none lower-cases to a-z
            return "arabic"
    if word.isdigit():
        return "digit"
    if any(ch.isdigit() for ch in word):
        return "hasdigit"
    if word in _QUOTES:
        return "quote"
    if all(not ch.isalnum() for ch in word):
        return "punct"
    if any("a" <= ch.lower() <= "z" for ch in word):
        return "latin"
    return "arabic"


def _had_article(nword: str, stem: str) -> bool:
    """The proclitics stripped from `nword` end in the article: «بال», «وال», «لل»."""
    pre = nword[: len(nword) - len(stem)]
    return pre.endswith("ال") or pre.endswith("لل")


class Gazetteers:
    """Word lists the features look words up in; each maps a normalised word to a label string."""

    def __init__(self, words: dict[str, dict[str, str]] | None = None) -> None:
        # list name -> {normalised word -> value}
        self.words: dict[str, dict[str, str]] = words or {}
        self.cache: dict[str, tuple] = {}  # see _cached
        self.attribute_cache: dict[str, object] = {}  # see _word_attributes
        # the CRF model's attribute names (crf_model.model_attributes), set by the tagger: the
        # attributes it does not know are left out of sentence_attributes; None keeps them all
        self.known_attributes: frozenset[bytes] | None = None
        # the model's state weights (crf_model.state_weights), set by the tagger: with them
        # sentence_scores sums each label's score itself; see `set_state_weights`
        self.state_weights: StateWeights | None = None
        self.context_weights: dict[str, tuple[int, ...]] = {}
        self.bigram_weights: dict[str, tuple] = {}
        # word -> (row of score_store, normalised form), or None; see _add_word_scores
        self.score_cache: dict[str, tuple[int, str | None] | None] = {}
        self.score_store = None  # numpy (rows, 6, labels), grown as words come
        self.attribute_rows: dict[str, int] = {}
        self.weight_matrix = None
        self.use_numpy = _np is not None  # tests turn it off to check the pure-Python sums

    def set_state_weights(self, weights: StateWeights | None) -> None:
        """Use `weights` for `state_scores`, indexed for `_add_word_scores`."""
        self.state_weights = weights
        self.score_cache = {}
        self.score_store = None
        self.context_weights = {}
        self.bigram_weights = {}
        self.attribute_rows = {}
        self.weight_matrix = None
        if weights is None or _np is None:
            return
        n_labels = len(weights.labels)
        # "a|b" -> (weights of "-1n|n:a|b" for the second word, of "n|+1n:a|b" for the first)
        bigrams: dict[str, list] = {}
        for name, feats in weights.attributes.items():
            for side, head in enumerate(("-1n|n:", "n|+1n:")):
                if name.startswith(head):
                    bigrams.setdefault(name[len(head):], [(), ()])[side] = feats
        self.bigram_weights = {k: tuple(v) for k, v in bigrams.items()}
        # attribute -> row of a dense (attributes, labels) weight matrix, for new words' sums;
        # its last row, after the attributes', stays all zeros (see _add_word_scores)
        self.attribute_rows = {name: i for i, name in enumerate(weights.attributes)}
        matrix = _np.zeros((len(weights.attributes) + 1, n_labels))
        for i, feats in enumerate(weights.attributes.values()):
            for label, weight in feats:
                matrix[i, label] = weight
        self.weight_matrix = matrix
        # base attribute "n:x" -> the rows of "2:n:x", "1:n:x", "-1:n:x", "-2:n:x" (the zero row
        # for those the model does not know), what a word gives the words 2 and 1 before it and
        # 1 and 2 after it: a new word's context needs one look-up per feature
        zero = len(weights.attributes)
        slots = {"2": 0, "1": 1, "-1": 2, "-2": 3}
        index: dict[str, list[int]] = {}
        for name, i in self.attribute_rows.items():
            head, sep, base = name.partition(":")
            if sep and head in slots:
                index.setdefault(base, [zero] * 4)[slots[head]] = i
        self.context_weights = {k: tuple(v) for k, v in index.items()}

    def lookup(self, nword: str, stem: str) -> list[str]:
        out = []
        stripped = stem != nword
        # «للقاهرة», «بالقاهرة» -> «القاهرة»
        definite = "ال" + stem if stripped and _had_article(nword, stem) else None
        for name, table in self.words.items():
            v = table.get(nword)
            if v is not None:
                out.append(f"{name}={v}")
            elif stripped:
                v = table.get(stem)
                if v is None and definite is not None:
                    v = table.get(definite)
                if v is not None:
                    out.append(f"{name}~={v}")
        return out


_IDENTITY_KEYS = ("w", "n", "stem", "core")


def _word_feats(word: str, gaz: Gazetteers, hide: bool = False) -> dict[str, object]:
    """Features of a word on its own.

    `hide` drops the word's identity (its forms and the training-name list) but keeps its affixes,
    shape and external name lists: training copies with hidden names teach the model to find names
    it has never seen from their context and spelling.
    """
    n = norm_word(word)
    pre, stem = strip_clitics(n)
    core = word.strip(_PUNCT_STRIP) or word
    f: dict[str, object] = {
        "bias": 1.0,
        "w": word,
        "n": n,
        "stem": stem,
        "pre": pre,
        "shape": shape(word),
        "len": str(min(len(n), 8)),
        "p2": stem[:2],
        "p3": stem[:3],
        "s1": n[-1:],
        "s2": n[-2:],
        "s3": n[-3:],
        "ss2": stem[-2:],
        "ss3": stem[-3:],
    }
    if core != word:
        f["core"] = norm_word(core)
    for g in gaz.lookup(n, stem):
        if not (hide and g.startswith(("train", "vocab"))):
            f["g:" + g] = 1
    if hide:
        for k in _IDENTITY_KEYS:
            f.pop(k, None)
    return f


_CONTEXT_KEYS = ("n", "stem", "shape", "s2")


_OFFSETS = (-2, -1, 1, 2)
_SPORT_COPIED = ("g:place", "g:train=LOC", "g:train=ORG", "ne_t")
_CACHE_LIMIT = 200_000


def _context(f: dict[str, object]) -> dict[int, dict[str, object]]:
    """What a word contributes to its neighbours' features, per offset."""
    items = _context_items(f)
    return {off: {f"{off}:{k}": v for k, v in items} for off in _OFFSETS}


def _context_items(f: dict[str, object]) -> list[tuple[str, object]]:
    """The features of a word its neighbours see (under their own names, see `_context`)."""
    items = [(k, f[k]) for k in _CONTEXT_KEYS if k in f]
    items += [(k, 1) for k in f if k.startswith("g:") and not k.startswith("g:vocab")]
    return items


def limit_word_cache(words: int) -> None:
    """Keep the features of at most `words` words per process (a score table of about 1 KB each
    with numpy, attribute strings of about 3.7 KB without).

    The default, 200,000, suits one reader; a batch worker analysing thousands of articles caps it
    lower to stay under 400 MB (30,000: 5% more CPU per article on 1,458 SaudiNewsNet articles).
    """
    global _CACHE_LIMIT
    _CACHE_LIMIT = words


def _cached(word: str, gaz: Gazetteers) -> tuple[dict[str, object], dict[int, dict[str, object]]]:
    """Per-word features and context contributions, memoised on the gazetteer object (words
    repeat a lot across sentences and articles)."""
    cache = gaz.cache
    hit = cache.get(word)
    if hit is None:
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        f = _word_feats(word, gaz)
        hit = cache[word] = (f, _context(f))
    return hit


def sentence_features(words: list[str], gaz: Gazetteers,
                      hidden: frozenset[int] = frozenset(),
                      sport: bool = False) -> list[dict[str, object]]:
    """One feature dict per word; includes neighbours within two words.

    `hidden`: positions whose identity is withheld (training-time augmentation only).
    `sport`: the text around the sentence is about sport (news_entities.sport_blocks).
    """
    pairs = []
    for i, w in enumerate(words):
        if i in hidden:
            f = _word_feats(w, gaz, True)
            pairs.append((f, _context(f)))
        else:
            pairs.append(_cached(w, gaz))
    out: list[dict[str, object]] = []
    last = len(words) - 1
    for i, (f, _) in enumerate(pairs):
        feats: dict[str, object] = dict(f)
        for off in _OFFSETS:
            j = i + off
            if 0 <= j <= last:
                feats.update(pairs[j][1][off])
            elif off in (-1, 1):
                feats[f"{off}:edge"] = 1
        # word bigrams; none across a hidden word (a placeholder would itself say "name here")
        if i > 0 and "n" in f and "n" in pairs[i - 1][0]:
            feats["-1n|n"] = f"{pairs[i - 1][0]['n']}|{f['n']}"
        if i < last and "n" in f and "n" in pairs[i + 1][0]:
            feats["n|+1n"] = f"{f['n']}|{pairs[i + 1][0]['n']}"
        out.append(feats)
    _mark_listed_names(words, out, hidden)
    if sport:
        _mark_sport(out)
    return out


def _mark_sport(out: list[dict[str, object]]) -> None:
    """In sport text, places often name clubs («فاز ليون», «هامبورغ»): the flag, and a sport copy
    of each place or organisation hint (place lists, the type training gave the word, the news
    list's type), let the model type them by topic. Person-name lists get no copy: copies of them
    took weight from the plain features and cost persons in articles (MAPPING.md)."""
    for f in out:
        hits = [k for k in f if k.startswith(_SPORT_COPIED)]
        f["sp"] = 1
        for k in hits:
            f["sp|" + k] = f[k]


def _mark_listed_names(words: list[str], out: list[dict[str, object]],
                       hidden: frozenset[int]) -> None:
    """Words inside a name of the hand-compiled news-entity list get its type as a feature
    (B-/I- and the type), so multi-word names such as «الأمم المتحدة» are seen as one."""
    for k, (tag, typ) in _listed_name_tags(words, hidden).items():
        out[k]["ne"] = tag
        out[k]["ne_t"] = typ


def _listed_name_tags(words: list[str], hidden: frozenset[int]) -> dict[int, tuple[str, str]]:
    """Position -> (B-/I- tag, type) of the words inside a listed name (a later name's tags win,
    as the features' dict keys are overwritten)."""
    from extract.ner.news_entities import find_in_words

    tags: dict[int, tuple[str, str]] = {}
    for i, j, _cut, typ in find_in_words(words, False):
        if any(k in hidden for k in range(i, j)):
            continue
        for k in range(i, j):
            tags[k] = (("B-" if k == i else "I-") + typ, typ)
    return tags


# ---- the same features as pycrfsuite attribute strings, built once per word form ----
#
# pycrfsuite turns a feature dict into attributes in the dict's order: {"k": "v"} is "k:v" and
# {"k": 1} is "k" (weight 1.0). Handing it those strings, UTF-8 encoded and ready, gives CRFsuite
# the same attributes in the same order (so the same sums and tags) without building a dict per
# word and converting it back. tests/test_ner_attributes.py checks them equal to the dicts.

# A word's attributes, as a plain tuple of tuples of bytes (which the garbage collector stops
# tracking, so a cache of a hundred thousand words costs it nothing):
_OWN = 0  # the word's own features
# what it gives the words 2 and 1 before it and 1 and 2 after it («-2:n:...» is what the word
# two places before the one that sees it gives: offsets are counted from the seeing word)
_TO_2_BEFORE, _TO_1_BEFORE, _TO_1_AFTER, _TO_2_AFTER = 1, 2, 3, 4
_NORM = 5  # its normalised form (bytes), for the bigram features
_SPORT = 6  # the sport copies of its own features
_WordAttributes = tuple

_EDGE_BEFORE = b"-1:edge"
_EDGE_AFTER = b"1:edge"


def _keep_all(attribute: bytes, known: object) -> bool:
    return True


def _crfsuite_keeps(attribute: bytes, known: frozenset[bytes]) -> bool:
    """CRFsuite keeps the attributes its model knows; it reads one up to a NUL character, so one
    with a NUL in it is handed over for CRFsuite to decide."""
    return attribute in known or b"\x00" in attribute


def _word_attributes(word: str, gaz: Gazetteers) -> _WordAttributes | None:
    """A word's attributes (None if a feature has a weight other than 1: such features can only
    be handed over as dicts), memoised per word form on the gazetteer object.

    The same as converting `_word_feats` and `_context` dicts the way pycrfsuite does: a feature
    "k" with string value "v" is the attribute "k:v", one with weight 1 the attribute "k"; what a
    word gives its neighbour at offset `off` is "{off}:" + the attribute. Attributes the model
    does not know are left out (`Gazetteers.known_attributes`)."""
    cache = gaz.attribute_cache
    if word in cache:
        return cache[word]
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    f = _word_feats(word, gaz)
    # a weight other than 1 (or a nested value) leaves a None: those go over as dicts
    own = [k + ":" + v if v.__class__ is str else k if v == 1 else None for k, v in f.items()]
    if None in own:
        cache[word] = None
        return None
    given = [k + ":" + v if v.__class__ is str else k for k, v in _context_items(f)]
    lists = [own, [f"2:{a}" for a in given], [f"1:{a}" for a in given],
             [f"-1:{a}" for a in given], [f"-2:{a}" for a in given],
             ["sp|" + a for k, a in zip(f, own, strict=True) if k.startswith(_SPORT_COPIED)]]
    flat = [a for part in lists for a in part]
    joined = "\n".join(flat)  # one encode for all (a word token never holds a line break)
    if joined.count("\n") == len(flat) - 1:
        encoded = joined.encode().split(b"\n")
    else:
        encoded = [a.encode() for a in flat]
    known = gaz.known_attributes
    keep = None
    if known is not None:
        keep = known.__contains__ if "\x00" not in joined else \
            (lambda a: _crfsuite_keeps(a, known))
    parts = []
    pos = 0
    for part in lists:
        chunk = encoded[pos:pos + len(part)]
        pos += len(part)
        parts.append(tuple(chunk) if keep is None else tuple(filter(keep, chunk)))
    n = f.get("n")
    entry = (parts[0], parts[1], parts[2], parts[3], parts[4],
             n.encode() if isinstance(n, str) else None, parts[5])
    cache[word] = entry
    return entry


def sentence_attributes(words: list[str], gaz: Gazetteers,
                        sport: bool = False) -> list[list[bytes]] | list[dict[str, object]]:
    """What the tagger hands CRFsuite for a sentence: `sentence_features(words, gaz, sport=sport)`
    as attribute strings, in the same order. Falls back to the dicts themselves if a feature
    carries a weight other than 1."""
    cached = gaz.attribute_cache.get
    entries = [cached(w) or _word_attributes(w, gaz) for w in words]
    if any(e is None for e in entries):
        return sentence_features(words, gaz, sport=sport)
    at: list[_WordAttributes] = entries
    listed = _listed_name_tags(words, frozenset())
    known = gaz.known_attributes
    keeps = _crfsuite_keeps if known is not None else _keep_all
    out: list[list[bytes]] = []
    count = len(at)
    for i, w in enumerate(at):
        item = list(w[_OWN])
        # the features of the words at offsets -2, -1, +1, +2, in that order
        if i >= 2:
            item += at[i - 2][_TO_2_AFTER]
        if i >= 1:
            item += at[i - 1][_TO_1_AFTER]
        elif keeps(_EDGE_BEFORE, known):
            item.append(_EDGE_BEFORE)
        if i + 1 < count:
            item += at[i + 1][_TO_1_BEFORE]
        elif keeps(_EDGE_AFTER, known):
            item.append(_EDGE_AFTER)
        if i + 2 < count:
            item += at[i + 2][_TO_2_BEFORE]
        # what depends on the neighbours or the sentence, not on the word alone
        n = w[_NORM]
        if n is not None:
            if i >= 1 and (before := at[i - 1][_NORM]) is not None:
                a = b"-1n|n:" + before + b"|" + n
                if known is None or a in known or b"\x00" in a:
                    item.append(a)
            if i + 1 < count and (after := at[i + 1][_NORM]) is not None:
                a = b"n|+1n:" + n + b"|" + after
                if known is None or a in known or b"\x00" in a:
                    item.append(a)
        tag = listed.get(i)
        if tag:
            item += [a for a in (b"ne:" + tag[0].encode(), b"ne_t:" + tag[1].encode())
                     if keeps(a, known)]
        if sport:
            if keeps(b"sp", known):
                item.append(b"sp")
            item += w[_SPORT]
            if tag and keeps(a := b"sp|ne_t:" + tag[1].encode(), known):
                item.append(a)
        out.append(item)
    return out


# ---- the same attributes as label scores, summed once per word form ----
#
# With the model's state weights (crf_model.state_weights) and numpy, the tagger adds up each
# word's label scores itself (extract/ner/viterbi.py then decodes them as CRFsuite does): what a
# word's own attributes give each label, and what it gives each of its neighbours, are sums cached
# per word form; a word's state scores are then five cached vectors added (its own and those of
# the two words on each side, in the attributes' order) plus what depends on the pair or the
# sentence (bigrams, listed names, edges, the sport flag), added in the attributes' order too.
# Only the association of the sums differs from CRFsuite's (in the last bits):
# tests/test_ner_attributes.py checks the tags equal on corpus sentences.

_OWN_ROW, _SPORT_ROW = 4, 5  # rows of a word's score table after the four context rows


def _add(vector: list[float], feats: tuple[tuple[int, float], ...] | None) -> None:
    if feats:
        for label, weight in feats:
            vector[label] += weight


def _scores_of(weights: StateWeights, attribute: str) -> tuple[tuple[int, float], ...] | None:
    """An attribute's weights as CRFsuite finds them: it reads a name up to a NUL character."""
    if "\x00" in attribute:
        attribute = attribute.split("\x00", 1)[0]
    return weights.attributes.get(attribute)


def _truncated(attribute: str) -> str:
    """An attribute's name as CRFsuite reads it: up to a NUL character."""
    return attribute.split("\x00", 1)[0] if "\x00" in attribute else attribute


def _add_word_scores(words: list[str], gaz: Gazetteers) -> None:
    """Score tables for `words` (not cached yet) into gaz.score_store, memoised per word form in
    gaz.score_cache as (row, normalised form), or None if a feature has a weight other than 1.

    A word's table has six rows: what it gives the words 2 and 1 before it and 1 and 2 after it,
    its own scores, those of its sport copies; each is the sum of its attributes' weight rows,
    added in the attributes' order (an attribute the model does not know adds the zero row:
    x + 0.0 is x, and a sum that starts from 0.0 is never -0.0). All new words of a document are
    summed at once, column by column: the first weight row of every table row, then the
    second, ..., the same additions in the same order for each table row."""
    weights = gaz.state_weights
    assert weights is not None and _np is not None
    np = _np
    n_labels = len(weights.labels)
    cache = gaz.score_cache
    get = gaz.attribute_rows.get
    context = gaz.context_weights.get
    zero = len(gaz.weight_matrix) - 1  # the matrix's last row: all zeros
    unknown = (zero,) * 4
    found: list[int] = []  # weight rows, table row after table row
    tables: list[int] = []  # the store row (word row * 6 + table row) of each run in `found`
    runs: list[int] = []  # how many weight rows it has
    first = len(cache)
    for word in words:
        f = _word_feats(word, gaz)
        row = len(cache)
        # the attributes as pycrfsuite makes them: "k:v" for a string, "k" for a weight of 1
        own = [k + ":" + v if v.__class__ is str else k if v == 1 else None
               for k, v in f.items()]
        if None in own:  # a weight other than 1 (or a nested value)
            cache[word] = None
            continue
        sport = ["sp|" + a for k, a in zip(f, own, strict=True) if k.startswith(_SPORT_COPIED)]
        given = [k + ":" + v if v.__class__ is str else k for k, v in _context_items(f)]
        if "\x00" in "".join(own):  # CRFsuite reads a name up to a NUL character
            own = [_truncated(a) for a in own]
            sport = [_truncated(a) for a in sport]
            given = [_truncated(a) for a in given]
        # its own scores (table row 4), its sport copies' (row 5), then what it gives the words
        # 2 and 1 before it and 1 and 2 after it (rows 0-3): "n:x" is "2:n:x" to the first
        found += [get(a, zero) for a in own]
        tables.append(row * 6 + _OWN_ROW)
        runs.append(len(own))
        if sport:
            found += [get(a, zero) for a in sport]
            tables.append(row * 6 + _SPORT_ROW)
            runs.append(len(sport))
        if given:
            for slot, hits in enumerate(zip(*[context(a, unknown) for a in given], strict=True)):
                found += hits
                tables.append(row * 6 + slot)
                runs.append(len(hits))
        n = f.get("n")
        cache[word] = (row, n if isinstance(n, str) else None)
    end = len(cache)  # (a None entry takes a row too, left unused)
    store = gaz.score_store
    if store is None or end > len(store):
        # doubled as words come, up to the cache's limit (it is emptied past it)
        grown = np.zeros((max(end, min(max(1024, 2 * end), _CACHE_LIMIT + 4096)), 6, n_labels))
        if store is not None:
            grown[:len(store)] = store
        store = gaz.score_store = grown
    store[first:end] = 0.0  # rows written before the cache was last emptied
    if not found:
        return
    # padded[r, c]: the c-th weight row of table row r, the zero row past its end
    lengths = np.array(runs)
    width = int(lengths.max())
    padded = np.full((len(runs), width), zero, dtype=np.intp)
    padded[np.arange(width)[None, :] < lengths[:, None]] = found
    matrix = gaz.weight_matrix
    total = np.zeros((len(runs), n_labels))
    for c in range(width):
        total += matrix[padded[:, c]]
    store.reshape(-1, n_labels)[np.array(tables)] = total


def state_scores(sentences: list[list[str]], sports: list[bool], gaz: Gazetteers):
    """Each word's label scores (a numpy array, one row per word of all `sentences` in order),
    the sums CRFsuite would make of `sentence_attributes(words, gaz, sport)` for each sentence;
    None if a feature carries a weight other than 1. Needs `gaz.state_weights` and numpy."""
    weights = gaz.state_weights
    assert weights is not None and _np is not None
    words = [w for s in sentences for w in s]
    if len(gaz.score_cache) + len(words) > _CACHE_LIMIT:
        # emptied before a document, never during one (its rows are written over from the first)
        gaz.score_cache.clear()
    cache = gaz.score_cache
    new = [w for w in dict.fromkeys(words) if w not in cache]
    if new:
        _add_word_scores(new, gaz)
    entries = [cache[w] for w in words]
    if None in entries or not entries:
        return None if entries else _np.zeros((0, len(weights.labels)))
    np = _np
    attributes = weights.attributes
    n_labels = len(weights.labels)
    # word, (to 2 before, 1 before, 1 after, 2 after, own, sport), label
    rows = gaz.score_store[[e[0] for e in entries]]
    count = len(words)
    lengths = np.array([len(s) for s in sentences])
    starts = np.cumsum(lengths) - lengths
    position = np.arange(count) - np.repeat(starts, lengths)  # within its sentence
    left = np.repeat(lengths, lengths) - 1 - position  # words after it in its sentence
    scores = rows[:, _OWN_ROW].copy()
    # the words at offsets -2, -1, +1, +2, in that order; x + 0.0 is x, so adding a masked-out
    # neighbour leaves the sums as they are; at a sentence's edges, the edge attributes
    scores[2:] += rows[:-2, 3] * (position[2:] >= 2)[:, None]
    scores[1:] += rows[:-1, 2] * (position[1:] >= 1)[:, None]
    firsts = starts[lengths > 0]
    scores[firsts] += _dense(attributes.get("-1:edge"), n_labels)
    scores[:-1] += rows[1:, 1] * (left[:-1] >= 1)[:, None]
    scores[firsts + lengths[lengths > 0] - 1] += _dense(attributes.get("1:edge"), n_labels)
    scores[:-2] += rows[2:, 0] * (left[:-2] >= 2)[:, None]
    # what depends on the neighbours or the sentence, in the attributes' order: bigrams, the
    # listed names' tags, the sport flag; then the sport copies; then the listed type's copy
    at: list[int] = []
    label_of: list[int] = []
    weight_of: list[float] = []
    late: tuple[list[int], list[int], list[float]] = ([], [], [])

    def put(index: int, feats: tuple[tuple[int, float], ...] | None, into=None) -> None:
        if feats:
            a, lab, wt = into or (at, label_of, weight_of)
            for label, weight in feats:
                a.append(index)
                lab.append(label)
                wt.append(weight)

    bigrams = gaz.bigram_weights
    norms = [e[1] for e in entries]
    sport_words: list[int] = []
    base = 0
    for sentence, sport in zip(sentences, sports, strict=True):
        end = base + len(sentence)
        # a pair's weights go to its second word ("-1n|n"), then to its first ("n|+1n"): each
        # word gets its pair with the word before first, as the attributes come
        for k in range(base + 1, end):
            prev, n = norms[k - 1], norms[k]
            if prev is not None and n is not None:
                pair = prev + "|" + n
                if "\x00" in pair:
                    put(k, _scores_of(weights, "-1n|n:" + pair))
                    put(k - 1, _scores_of(weights, "n|+1n:" + pair))
                elif hit := bigrams.get(pair):
                    put(k, hit[0])
                    put(k - 1, hit[1])
        for i, (tag, typ) in _listed_name_tags(sentence, frozenset()).items():
            put(base + i, _scores_of(weights, "ne:" + tag))
            put(base + i, _scores_of(weights, "ne_t:" + typ))
            if sport:
                put(base + i, _scores_of(weights, "sp|ne_t:" + typ), late)
        if sport:
            sport_words += range(base, end)
        base = end
    if at:  # unbuffered: repeated (word, label) pairs are added one after another, in order
        np.add.at(scores, (np.array(at), np.array(label_of)), np.array(weight_of))
    if sport_words:
        scores[sport_words] += _dense(attributes.get("sp"), n_labels)
        scores[sport_words] += rows[sport_words, _SPORT_ROW]
    if late[0]:
        np.add.at(scores, (np.array(late[0]), np.array(late[1])), np.array(late[2]))
    return scores


def _dense(feats: tuple[tuple[int, float], ...] | None, n_labels: int) -> list[float]:
    v = [0.0] * n_labels
    _add(v, feats)
    return v
