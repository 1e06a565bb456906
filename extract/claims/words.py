"""Closed classes of Arabic function words the claim rules need (normalised forms).

These are grammar, not a cue lexicon: complementizers, relative pronouns, time adverbs,
prepositions that open adverbial phrases, and the nouns of occasions («في بيان»، «في مؤتمر
صحافي») that separate a cue from its statement without being its speaker.
"""

from __future__ import annotations

from extract.lexicons import load_tagged, load_words
from extract.normalize import normalize

# Complementizers that open a reported clause (إنّ/أنّ with their attached pronouns, بأنّ).
_PRONOUN_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "نه", "ك")
COMPLEMENTIZERS = frozenset(base + suf for base in ("ان", "بان") for suf in _PRONOUN_SUFFIXES)

RELATIVES = frozenset(
    {
        "الذي",
        "التي",
        "الذين",
        "اللذين",
        "اللذان",
        "اللتين",
        "اللتان",
        "اللواتي",
        "اللاتي",
        "اللائي",
        "ممن",
        "والذي",
        "والتي",
    }
)

TIME_WORDS = frozenset(normalize(w) for w in load_tagged("time_words.tsv", "speaker"))

ADVERBIAL_PREPS = frozenset(normalize(w) for w in load_words("adverbial_preps.txt"))

# Words that open a clause but are not its subject: «وبعدما اعتبر أن»، «فيما أكد».
FUNCTION_WORDS = frozenset(
    {
        "بعدما",
        "وبعدما",
        "عندما",
        "وعندما",
        "حينما",
        "كلما",
        "لما",
        "ولما",
        "بينما",
        "فيما",
        "كما",
        "وكما",
        "اذا",
        "واذا",
        "لو",
        "ثم",
        "قد",
        "لقد",
        "وقد",
        "لم",
        "ولم",
        "لن",
        "بعد",
        "قبل",
        "حيث",
        "وحيث",
        "اذ",
        "فقد",
        "الا",
        "ان",
        "لكن",
        "ولكن",
        "لكنه",
        "لكنها",
        "كذلك",
        "ايضا",
        "وهو",
        "وهي",
        "هو",
        "هي",
        "ما",
        "وما",
        "ذلك",
        "هذا",
        "هذه",
        # «لكن ظريف عاد وقال»: auxiliaries between a subject and its verb
        "عاد",
        "عادت",
        "ظل",
        "ظلت",
        "راح",
        "راحت",
    }
)

# Verbs that a new clause starts with after these words: «، حيث أشار إلى أن»
CLAUSE_INTRO = frozenset(
    {
        "حيث",
        "وحيث",
        "اذ",
        "كما",
        "وكما",
        "ثم",
        "فيما",
        "بينما",
        "وفيما",
        "ولم",
        "لم",
        "وقد",
        "قد",
        "فقد",
        "ولا",
        "ولن",
    }
)

# Nouns of the occasion of speaking: «في بيان»، «في مؤتمر صحافي»، «في تصريح لـ».
OCCASION_NOUNS = frozenset(normalize(w) for w in load_words("occasion_nouns.txt"))

# Title words: a name may follow them («وزير الاتصالات بطرس حرب»، «القاضي جاسم محمد عبود»).
TITLES = frozenset(normalize(w) for w in load_tagged("titles.tsv", "speaker"))

# Tokens before a cue word that show it is a noun or a passive, not a speaking verb.
NOT_A_VERB_BEFORE = frozenset(normalize(w) for w in load_words("not_a_verb_before.txt"))

# Words after a comma that start a new clause, ending the statement before them.
CLAUSE_BREAKERS = frozenset(
    {
        "فيما",
        "بينما",
        "لكن",
        "كما",
        "وكما",
        "لكنه",
        "لكنها",
        "لكنهم",
        "الا",
        "غير",
        "وفيما",
        "وبينما",
        "ولكن",
        # «، وهو تعليق ...»، «، وهو ما يعني»: the reporter comments on what was said
        "وهو",
        "وهي",
        "وهم",
    }
)

# Clause openers before a subject-first (SVO) cue: «وكانت مصادر ... أكدت»، «إلا أن المصادر شددت».
SVO_OPENERS = frozenset(
    {
        "كان",
        "كانت",
        "وكان",
        "وكانت",
        "فكان",
        "فكانت",
        "ان",
        "لكن",
        "ولكن",
        "كما",
        "فيما",
        "بينما",
        "حيث",
        "اذ",
        "ومع",
        "وقد",
        "قد",
        "الا",
        "بعدما",
        "وبعدما",
        "عندما",
        "وعندما",
        "وفيما",
    }
)

PUNCT_STOP = frozenset({"،", ",", ":", ".", "؛", ";", "؟", "?", "!", "(", ")", "-", "–", "—"})
SENTENCE_END = frozenset({".", "؟", "?", "!", "…", "..", "...", "....", "؟!", "!!"})
QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"'})


# «وأضاف فضيلته»، «وقال سموه»: titles used as pronouns for the person already in the story
HONORIFICS = frozenset(normalize(w) for w in load_words("honorifics.txt"))

# «عدد من الراغبين»، «أحد الشهود»: a group or one of a group is the speaker
QUANTIFIERS = frozenset(normalize(w) for w in load_words("quantifiers.txt"))


# Words whose first letter is a root و/ف, not the conjunction.
_ROOT_WAW_FA = frozenset(normalize(w) for w in load_words("root_waw_fa.txt"))


def strip_conj(w: str) -> str:
    """The word without a leading و/ف conjunction (only when something word-like remains)."""
    if w in _ROOT_WAW_FA:
        return w
    if len(w) > 2 and w[0] in "وف":
        return w[1:]
    return w


def strip_article(w: str) -> str:
    for prefix in ("وال", "بال", "فال", "ال", "لل"):
        if w.startswith(prefix) and len(w) > len(prefix) + 1:
            return w[len(prefix) :]
    return w
