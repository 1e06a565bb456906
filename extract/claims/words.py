"""Closed classes of Arabic function words the claim rules need (normalised forms).

These are grammar, not a cue lexicon: complementizers, relative pronouns, time adverbs,
prepositions that open adverbial phrases, and the nouns of occasions («في بيان»، «في مؤتمر
صحافي») that separate a cue from its statement without being its speaker.
"""

from __future__ import annotations

from extract.lexicons import load_tagged
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

ADVERBIAL_PREPS = frozenset(
    {
        "خلال",
        "عبر",
        "اثناء",
        "عقب",
        "بعد",
        "قبل",
        "لدي",
        "امام",
        "حسب",
        "بحسب",
        "وفق",
        "وفقا",
        "طبقا",
        "نقلا",
        "حول",
        "ضمن",
        "منذ",
        "عند",
        "مع",
        "عن",
        "ردا",
        "تعليقا",
        "بشان",
        "اثر",
        "لوسائل",
        "للصحفيين",
        "للصحافيين",
        "للصحافه",
        "للاعلام",
        "لوكاله",
        "لصحيفه",
        "لقناه",
        # prepositions carrying a pronoun: «وأوضح فيه أن»، «قال لها»
        "فيه",
        "فيها",
        "فيهم",
        "له",
        "لها",
        "لهم",
        "عنه",
        "عنها",
        "منه",
        "منها",
        "اليه",
        "اليها",
        "عليه",
        "عليها",
        "لنا",
        "لي",
        "بدوره",
        "بدورها",
    }
)

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
OCCASION_NOUNS = frozenset(
    {
        "بيان",
        "تصريح",
        "تصريحات",
        "مؤتمر",
        "حديث",
        "مقابله",
        "اتصال",
        "لقاء",
        "كلمه",
        "خطاب",
        "جلسه",
        "رساله",
        "تغريده",
        "حساب",
        "حسابه",
        "حسابها",
        "صفحه",
        "صفحته",
        "بدايه",
        "ختام",
        "اجتماع",
        "ندوه",
        "محاضره",
        "مداخله",
        "برنامج",
        "حوار",
        "افتتاح",
        "زياره",
        "اطار",
        "سياق",
        "رده",
        "ردها",
        "وقت",
        "معرض",
        "تعليق",
        "تعليقه",
        "تصريحه",
        "تصريحها",
        "بيانه",
        "بيانها",
        "البيان",
        "مقال",
        "مقاله",
        "تقريره",
        "تقريرها",
        "حفل",
        "لقائه",
        "الاجتماع",
        "المؤتمر",
        "هذا",
        "ذلك",
        "الوقت",
        "الشان",
        "حين",
    }
)

# Title words: a name may follow them («وزير الاتصالات بطرس حرب»، «القاضي جاسم محمد عبود»).
TITLES = frozenset(normalize(w) for w in load_tagged("titles.tsv", "speaker"))

# Tokens before a cue word that show it is a noun or a passive, not a speaking verb.
NOT_A_VERB_BEFORE = frozenset(
    {
        "او",
        "عدم",
        "دون",
        "تم",
        "يتم",
        "جري",
        "يجري",
        "في",
        "علي",
        "من",
        "عن",
        "الي",
        "ب",
        "ل",
        "حق",
        "بعد",
        "قبل",
        "رفض",
        "يمكن",
    }
)

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
HONORIFICS = frozenset(
    {
        "فضيلته",
        "سماحته",
        "سموه",
        "معاليه",
        "سعادته",
        "جلالته",
        "فخامته",
        "دولته",
        "سيادته",
        "نيافته",
        "غبطته",
    }
)

# «عدد من الراغبين»، «أحد الشهود»: a group or one of a group is the speaker
QUANTIFIERS = frozenset(
    {
        "عدد",
        "بعض",
        "احد",
        "احدي",
        "كثير",
        "مجموعه",
        "عشرات",
        "مئات",
        "اغلب",
        "معظم",
        "غالبيه",
        "جميع",
        "كل",
    }
)


# Words whose first letter is a root و/ف, not the conjunction.
_ROOT_WAW_FA = frozenset(
    {
        "وزير",
        "وزيره",
        "وزاره",
        "وزراء",
        "وكاله",
        "وكالات",
        "وفد",
        "وليد",
        "وائل",
        "وحده",
        "وسائل",
        "وضع",
        "وقت",
        "وطن",
        "وطني",
        "ولي",
        "والي",
        "واشنطن",
        "وثيقه",
        "ورقه",
        "وجود",
        "وزن",
        "وسط",
        "وعد",
        "وفاه",
        "ولايه",
        "ولايات",
        "فريق",
        "فصائل",
        "فرنسا",
        "فلسطين",
        "فلسطيني",
        "فيصل",
        "فارس",
        "فهد",
        "فتره",
        "فرع",
        "فوز",
        "فكره",
        "فيلم",
        "فضيلته",
        "فراس",
    }
)


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
