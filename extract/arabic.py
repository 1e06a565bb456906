"""Closed-class Arabic grammar the rules share, and the one function that strips proclitics.

Like spaCy's `lang/ar/`: what belongs to the language rather than to a topic or a corpus -
proclitic letters, the article, attached pronouns, particles, prepositions, conjunctions,
relative pronouns, complementizers - lives here, once. Open-class word lists (titles, head
nouns, given names, month names ...) are data: resources/lexicons/, read by extract/lexicons.py.

Two spellings, as the rules compare them: `PARTICLES` and `RELATIVE_PRONOUNS` are written as
text writes them (entities.py compares particles without diacritics but with hamzas, since «على»
and «علي» normalise alike); the claim rules' sets are in normal form (extract/normalize.py: no
hamza seat on alef, ى as ي, ة as ه), as the claim rules see every word.
"""

from __future__ import annotations

from functools import lru_cache

from extract.lexicons import load_words
from extract.normalize import normalize

# ---- Letters and clitics ------------------------------------------------------------------

# و/ف "and, so", ب "with, by", ك "like", ل "for, to": written joined to the next word
PROCLITIC_LETTERS = "وفبلك"
CONJUNCTION_LETTERS = "وف"
ARTICLE = "ال"
# proclitics ending in the article, longest first: «وبالعراق» = و + ب + ال + «عراق»
ARTICLE_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")
# the article alone or after one proclitic letter; «لل» is ل + ال with the alef dropped
ARTICLE_PREFIXES = ("وال", "بال", "فال", "ال", "لل")
# proclitics before a name that keeps its own article («وللأمم المتحدة»: «لل» = ل + «الأمم»),
# longest first
NAME_PROCLITICS = ("ولل", "فلل", "وب", "ول", "فب", "فل", "وك", "لل", "و", "ف", "ب", "ل", "ك")
# proclitics and attached (object and possessive) pronouns as separate tokens, the way NewsFANE
# splits them off («و» «بغداد», «كتاب» «ه»); س is the future particle («سيقول»)
SPLIT_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "س"})
PRONOUN_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي",
                              "ني"})

# Letters of Persian and Urdu spellings or of older typing, mapped to the nearest Arabic letter.
LETTER_FALLBACK = {"ڤ": "ف", "پ": "ب", "گ": "ك", "چ": "ج", "ژ": "ز", "ی": "ي", "ک": "ك",
                   "ٱ": "ا", "ە": "ه", "ھ": "ه"}


@lru_cache(maxsize=200_000)
def strip_clitics(word: str, prefixes: tuple[str, ...] = ARTICLE_PROCLITICS,
                  letters: str = PROCLITIC_LETTERS, min_word: int = 5,
                  min_stem: int = 2) -> tuple[str, str]:
    """(proclitics, stem) of a normalised word: «وبالعراق» -> («وبال», «عراق»).

    The first of `prefixes` the word starts with is stripped when a stem of at least `min_stem`
    letters remains; failing that, one of `letters` alone is stripped from words of `min_word`
    or more letters (so «وزير» keeps its و but «لحفتر» -> «حفتر»). The defaults are the NER
    features' reading; callers narrow it: `strip_article` (the article, no bare letter),
    `strip_conj` (a bare و/ف), the news-entity list (one proclitic group at a time).
    """
    for pre in prefixes:
        if word.startswith(pre) and len(word) - len(pre) >= min_stem:
            return pre, word[len(pre):]
    if letters and len(word) >= min_word and word[0] in letters:
        return word[0], word[1:]
    return "", word


# Words whose first letter is a root و/ف, not the conjunction (resources/lexicons/root_waw_fa.txt).
ROOT_WAW_FA = frozenset(normalize(w) for w in load_words("root_waw_fa.txt"))


def strip_conj(w: str) -> str:
    """The word without a leading و/ف conjunction (only when something word-like remains)."""
    if w in ROOT_WAW_FA:
        return w
    return strip_clitics(w, (), CONJUNCTION_LETTERS, min_word=3)[1]


def strip_article(w: str) -> str:
    """The word without its article (and a proclitic letter before it): «والوزير» -> «وزير»."""
    return strip_clitics(w, ARTICLE_PREFIXES, "")[1]


# ---- Closed classes as written (hamzas kept) ----------------------------------------------

# Particles, prepositions, pronouns and demonstratives (entities.py adds و/ف/ب/ل before them:
# never part of a name).
PARTICLES = (
    "إن", "أن", "ان", "في", "من", "على", "إلى", "الى", "عن", "مع", "قد", "لقد", "ثم", "أو", "لا",
    "لم", "لن", "ما", "هل", "إذا", "اذا", "حتى", "منذ", "بعد", "قبل", "عند", "أمام", "خلال", "ضد",
    "حول", "بين", "لدى", "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كما", "لكن", "بل",
    "إلا", "أي", "كل", "بعض", "غير", "عبر", "نحو", "دون", "فوق", "تحت", "كان", "كانت", "إنه", "أنه",
    "إنها", "أنها", "وفق", "وفقا", "بحسب", "حسب", "لأن", "لان", "إذ", "ليس", "يا", "هو", "هي", "هم",
    "أيضا", "نفسه", "نفسها", "عليه", "عليها", "فيه", "فيها", "منه", "منها", "له", "لها",
)
# The relative pronoun الذي in its genders and numbers (the rare «اللائي» is not among them).
RELATIVE_PRONOUNS = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي",
                     "اللاتي")

# ---- Closed classes in normal form (the claim rules) --------------------------------------

# Complementizers that open a reported clause (إنّ/أنّ with their attached pronouns, بأنّ).
_COMPLEMENTIZER_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "نه", "ك")
COMPLEMENTIZERS = frozenset(base + suf for base in ("ان", "بان")
                            for suf in _COMPLEMENTIZER_SUFFIXES)

# Relative pronouns, with «و» and «ممن» (of those who).
RELATIVES = frozenset({normalize(w) for w in RELATIVE_PRONOUNS} | {"اللائي", "ممن", "والذي",
                                                                   "والتي"})

# Words that open a clause but are not its subject: «وبعدما اعتبر أن»، «فيما أكد»; the last six
# are auxiliaries between a subject and its verb: «لكن ظريف عاد وقال».
FUNCTION_WORDS = frozenset({
    "بعدما", "وبعدما", "عندما", "وعندما", "حينما", "كلما", "لما", "ولما", "بينما", "فيما", "كما",
    "وكما", "اذا", "واذا", "لو", "ثم", "قد", "لقد", "وقد", "لم", "ولم", "لن", "بعد", "قبل", "حيث",
    "وحيث", "اذ", "فقد", "الا", "ان", "لكن", "ولكن", "لكنه", "لكنها", "كذلك", "ايضا", "وهو", "وهي",
    "هو", "هي", "ما", "وما", "ذلك", "هذا", "هذه",
    "عاد", "عادت", "ظل", "ظلت", "راح", "راحت",
})

# Words a new clause starts with, before its verb: «، حيث أشار إلى أن».
CLAUSE_INTRO = frozenset({
    "حيث", "وحيث", "اذ", "كما", "وكما", "ثم", "فيما", "بينما", "وفيما", "ولم", "لم", "وقد", "قد",
    "فقد", "ولا", "ولن",
})

# Words after a comma that start a new clause, ending the statement before them; «، وهو تعليق
# ...»، «، وهو ما يعني»: the reporter comments on what was said.
CLAUSE_BREAKERS = frozenset({
    "فيما", "بينما", "لكن", "كما", "وكما", "لكنه", "لكنها", "لكنهم", "الا", "غير", "وفيما",
    "وبينما", "ولكن", "وهو", "وهي", "وهم",
})

# Clause openers before a subject-first (SVO) cue: «وكانت مصادر ... أكدت»، «إلا أن المصادر شددت».
SVO_OPENERS = frozenset({
    "كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "ان", "لكن", "ولكن", "كما", "فيما", "بينما",
    "حيث", "اذ", "ومع", "وقد", "قد", "الا", "بعدما", "وبعدما", "عندما", "وعندما", "وفيما",
})

# "According to": «بحسب»، «وفقاً لـ»، «نقلاً عن»، «برأي»; ACCORDING_WORDS adds the «و» forms.
ACCORDING_BASE = frozenset({"بحسب", "حسب", "حسبما", "وفق", "وفقا", "طبقا", "نقلا", "براي"})
ACCORDING_WORDS = ACCORDING_BASE | {"وبراي", "وبحسب", "ووفق", "ووفقا"}

# Prepositions: a word after one is not a clause's subject.
PREPOSITIONS = frozenset({
    "في", "علي", "من", "الي", "عن", "مع", "ب", "ل", "منذ", "عبر", "خلال", "حول", "بعد", "قبل",
    "عند", "لدي", "ضد", "بين", "حتي", "نحو", "امام", "عما", "مما",
})

# Prepositions and particles that end a speaker phrase, or cannot start one («وعلى الرغم ...»).
STOP_PREPOSITIONS = frozenset({
    "عما", "عن", "من", "مما", "ممن", "الي", "علي", "في", "مع", "اذا", "ان", "لان", "حول", "ضد",
    "بين", "منذ", "حتي", "عبر", "لدي", "نحو", "تجاه", "بعد", "قبل", "او", "ام",
})

# Particles between a subject and its verb: «إلى ذلك، لم تعلن ...».
PREVERBAL_PARTICLES = frozenset({
    "لم", "قد", "كما", "ثم", "لكن", "ولم", "فقد", "وقد", "ولكن", "لن", "ما",
})
