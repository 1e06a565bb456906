"""Token features for the CRF: word forms, affixes, clitic-free stems, shape, gazetteers, context.

Changing anything here changes what the model sees: bump FEATURE_VERSION and retrain.
"""

from __future__ import annotations

from functools import lru_cache

from extract.normalize import normalize

FEATURE_VERSION = "ner-crf-6"  # 5: BIOES labels (train.Config.encoding); 6: the sport flag

_PROCLITIC_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")
_SINGLE_PROCLITICS = "وفبلك"
_QUOTES = frozenset("«»\"'“”‘’")
_PUNCT_STRIP = "«»\"'“”‘’()[]{}.,،؛:!?؟-–—/"


@lru_cache(maxsize=200_000)
def norm_word(word: str) -> str:
    return normalize(word)


@lru_cache(maxsize=200_000)
def strip_clitics(nword: str) -> tuple[str, str]:
    """(proclitics, stem) of a normalised word: «وبالعراق» -> («وبال», «عراق»).

    Only strips when a stem of at least 2 letters remains; a leading و/ف/ب/ل/ك alone is stripped
    from words of 5+ letters (so «وزير» keeps its و but «لحفتر» -> «حفتر»).
    """
    for pre in _PROCLITIC_PREFIXES:
        if nword.startswith(pre) and len(nword) - len(pre) >= 2:
            return pre, nword[len(pre):]
    if len(nword) >= 5 and nword[0] in _SINGLE_PROCLITICS:
        return nword[0], nword[1:]
    return "", nword


def shape(word: str) -> str:
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

    def lookup(self, nword: str, stem: str) -> list[str]:
        out = []
        for name, table in self.words.items():
            v = table.get(nword)
            if v is not None:
                out.append(f"{name}={v}")
            elif stem != nword:
                v = table.get(stem)
                if v is None and _had_article(nword, stem):
                    v = table.get("ال" + stem)  # «للقاهرة», «بالقاهرة» -> «القاهرة»
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
    items = [(k, f[k]) for k in _CONTEXT_KEYS if k in f]
    items += [(k, 1) for k in f if k.startswith("g:") and not k.startswith("g:vocab")]
    return {off: {f"{off}:{k}": v for k, v in items} for off in _OFFSETS}


def limit_word_cache(words: int) -> None:
    """Keep the features of at most `words` words per process (about 3.7 KB each).

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
    from extract.ner.news_entities import find
    from extract.tokens import Token

    toks = [Token(0, 0, w) for w in words]
    for i, j, _cut, typ in find(toks, False):
        if any(k in hidden for k in range(i, j)):
            continue
        for k in range(i, j):
            out[k]["ne"] = ("B-" if k == i else "I-") + typ
            out[k]["ne_t"] = typ
