"""The open-class word lists the claim rules read, normalised, and the sentence-end marks.

The words are data in resources/lexicons/ (each file's header says what it is for); the grammar the
rules also need (complementizers, relative pronouns, particles, prepositions, و/ال stripping) is in
extract/arabic.py. Every entry is normalised here, as the claim rules compare normalised words.
"""

from __future__ import annotations

from extract.lexicons import load_tagged, load_words
from extract.normalize import normalize


def _normalised(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


# Time words and other adverbials between a cue and its subject: «وقال أمس المتحدث».
TIME_WORDS = _normalised(load_tagged("time_words.tsv", "speaker"))

# Prepositions and datives that open an adverbial phrase: «خلال المؤتمر»، «لوكالة»، «فيه».
ADVERBIAL_PREPS = _normalised(load_words("adverbial_preps.txt"))

# Nouns of the occasion of speaking: «في بيان»، «في مؤتمر صحافي»، «في تصريح لـ».
OCCASION_NOUNS = _normalised(load_words("occasion_nouns.txt"))


def occasion_noun(w: str) -> bool:
    """An occasion noun (normalised), also with its article or a possessive pronoun: «كلمته»،
    «حديثها»، «لقائهم» (ة becomes ت before the pronoun: «كلمة» -> «كلمته»)."""
    if w in OCCASION_NOUNS or (w.startswith("ال") and w[2:] in OCCASION_NOUNS):
        return True
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            restored = {base, base[:-1] + "ه" if base.endswith("ت") else base,
                        base[:-1] + "ء" if base.endswith("ئ") else base}
            if restored & OCCASION_NOUNS:
                return True
            break
    return False

# Title words: a name may follow them («وزير الاتصالات بطرس حرب»، «القاضي جاسم محمد عبود»).
TITLES = _normalised(load_tagged("titles.tsv", "speaker"))

# Tokens before a cue word that show it is a noun or a passive, not a speaking verb.
NOT_A_VERB_BEFORE = _normalised(load_words("not_a_verb_before.txt"))

# «وأضاف فضيلته»، «وقال سموه»: titles used as pronouns for the person already in the story
HONORIFICS = _normalised(load_words("honorifics.txt"))


def _honorific_noun(pronoun: str) -> str:
    """«معاليه» -> «معالي», «فضيلته» -> «فضيله» (normalised ة), «سموه» -> «سمو»."""
    base = pronoun[:-1]
    return base[:-1] + "ه" if base.endswith("ت") else base


# The honorific nouns themselves, written before a title or a name: «معالي الوزير»، «سمو الأمير»،
# «صاحب السمو»، «فضيلة الشيخ»; each pronoun form above is its noun with «ـه» (ة becoming ت).
HONORIFIC_NOUNS = frozenset(_honorific_noun(p) for p in HONORIFICS)

# The pronoun forms for a woman: «سموها»، «معاليها»، «سعادتها».
HONORIFICS_FEMININE = frozenset(p[:-1] + "ها" for p in HONORIFICS)


def honorific_of(pronoun: str) -> str | None:
    """The honorific noun a pronoun form stands for («معاليه»/«معاليها» -> «معالي»), or None."""
    if pronoun in HONORIFICS:
        return _honorific_noun(pronoun)
    if pronoun in HONORIFICS_FEMININE:
        return _honorific_noun(pronoun[:-2] + "ه")
    return None

# «عدد من الراغبين»، «أحد الشهود»: a group or one of a group is the speaker
QUANTIFIERS = _normalised(load_words("quantifiers.txt"))

SENTENCE_END = frozenset({".", "؟", "?", "!", "…", "..", "...", "....", "؟!", "!!"})
