"""Finding the speaker's words between a cue and its statement.

Arabic news is mostly verb-subject-object: «وقال المصدر، الذي رفض ذكر اسمه، لـ«الشرق الأوسط»، إن».
The stretch between the cue and the complementizer holds the subject plus adverbials (time words,
«في بيان»، «لـ«X»»), relative clauses and appositions, separated by commas. The speaker is the
first comma chunk that is not an adverbial or a relative clause, cut at its first adverbial word;
a following chunk that is a bare name («رئيس الوزراء التركي، أحمد داود أوغلو») joins it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from extract.arabic import (
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    RELATIVES,
    STOP_PREPOSITIONS,
    strip_article,
    strip_conj,
)
from extract.claims.doc import Doc
from extract.claims.names import given_names
from extract.claims.words import (
    ADVERBIAL_PREPS,
    HONORIFIC_NOUNS,
    OCCASION_NOUNS,
    QUANTIFIERS,
    TIME_WORDS,
    TITLES,
    honorific_of,
    occasion_noun,
)
from extract.lexicons import load_words
from extract.normalize import normalize


@dataclass
class SpeakerSpan:
    start: int  # token index
    end: int  # token index, exclusive
    anonymous_marker: bool = False
    skip_chars: int = 0  # letters of the first token that are not the name (the ل of «لتقرير»)
    via: tuple[int, int] | None = None  # tokens of who passed the statement on («نقلت وكالة X عن»)


_CHUNK_SEPARATORS = {"،", ","}
INTERROGATIVES = {"كيف", "لماذا", "متي", "ماذا", "هل", "اين", "كم", "لم", "ايهما"}
_ADJECTIVE_ENDINGS = ("يه", "يون", "يين", "يه", "ه", "ي")
_PARTICIPLE_LAM = frozenset(normalize(w) for w in load_words("participles_before_lam.txt"))


def name_particle(doc: Doc, k: int) -> bool:
    """«وقال فان جال»، «لويس فان غال»، «فان در كلاوو»: «فان» written without hamza and followed by
    a word that is not definite is the Dutch name particle, not «فإن» (a subject never opens
    with «فإن», and «فإن» is followed by its noun: «فإن الحكومة»)."""
    nxt = doc.w(k + 1)
    return (doc.t(k) == "فان" and bool(nxt) and not doc.is_punct(k + 1)
            and not nxt.startswith("ال") and doc.cue_at(k + 1) is None
            and nxt not in FUNCTION_WORDS and nxt not in {"هناك", "هنالك", "اي", "كل", "ما"}
            and not doc.t(k + 1).endswith(("ه", "ها", "هم")))


def honorific_pronoun(doc: Doc, k: int) -> str | None:
    """«معاليه»، «وسموه»، «سعادتها» at k: the honorific noun it stands for, else None."""
    return honorific_of(strip_conj(doc.w(k)))


def skip_honorific(doc: Doc, k: int, limit: int) -> int:
    """Where a title or name starts after an honorific: «معالي الرئيس العام …»، «سمو أمير
    المنطقة»، «صاحب السمو الملكي الأمير …»، «فضيلة الشيخ …» -> the title. The honorific is
    courtesy, not part of the title (a genitive after the title belongs to it: «معالي الرئيس
    العام لشؤون المسجد الحرام»). «دولة» counts only before a title («دولة الرئيس»), never
    before a country («دولة الكويت»). Returns k when no honorific opens there."""
    w = strip_conj(doc.w(k))
    j = k
    if w in {"صاحب", "صاحبه"} and strip_article(doc.w(k + 1)) in HONORIFIC_NOUNS \
            and doc.w(k + 1).startswith("ال"):
        j = k + 2  # «صاحب السمو»، «صاحب المعالي»
    elif w in HONORIFIC_NOUNS:
        j = k + 1
    else:
        return k
    if doc.w(j) == "الملكي":
        j += 1
    if j >= limit or doc.is_punct(j):
        return k
    nxt = doc.w(j)
    titled = nxt in TITLES or strip_article(nxt) in TITLES
    if w == "دوله" and not titled:
        return k
    if titled or nxt in given_names() or (j in doc.mention_at and doc.mention_at[j].type == "PER"):
        return j
    return k


def _is_dative(doc: Doc, k: int) -> bool:
    """«لـ«الشرق الأوسط»»، «لوكالة»، «للصحفيين»: the addressee, not the speaker."""
    w = doc.w(k)
    if w in {"ل", "لـ"}:
        return True
    if w in doc.lex.institutions or w in _org_heads():
        return False  # «لجنة»: its ل is its own first letter
    if w.startswith("لل") or (w.startswith("ل") and not w.startswith("ال") and len(w) > 3):
        prev = strip_article(doc.w(k - 1))
        return doc.w(k - 1) not in _PARTICIPLE_LAM and prev not in doc.lex.statement_nouns
    return False


_NAME_BREAKING_PREPS = {"في", "عن", "من", "علي", "الي", "ان"}


def _name_goes_on(doc: Doc, k: int, start: int) -> bool:
    """Word `k` can extend a name begun at `start`: not punctuation, a time word, an adverbial,
    a speaking cue or a preposition."""
    return (
        not doc.is_punct(k)
        and doc.w(k) not in TIME_WORDS
        and not _adverbial_start(doc, k, [start])
        and doc.cue_at(k) is None
        and doc.w(k) not in _NAME_BREAKING_PREPS
    )


ISSUED = {"صادر", "الصادر", "صادره", "الصادره"}


def issued_by(doc: Doc, k: int) -> bool:
    """«عن»/«من» after «صادر» at k: who issued the document («تقرير صادر من اللجنة»)."""
    return doc.w(k) in {"عن", "من"} and doc.w(k - 1) in ISSUED


def _adverbial_start(doc: Doc, k: int, np_so_far: list[int]) -> bool:
    w = doc.w(k)
    if issued_by(doc, k):
        return False  # «بيان صادر عن البيت الأبيض»، «تقرير صادر من اللجنة»
    if w in TIME_WORDS or w in ADVERBIAL_PREPS or w in RELATIVES:
        return True
    head = strip_article(doc.w(np_so_far[0])) if np_so_far else ""
    if w == "من" and np_so_far and head in doc.lex.anonymous_heads and len(np_so_far) <= 3:
        return False  # «مصدر من المقاومة الشعبية»: where the source comes from
    if (
        w.startswith("لل")
        and np_so_far
        and head in doc.lex.institutions
        and w not in ADVERBIAL_PREPS
    ):
        return False  # «المكتب الإعلامي للمقاومة الشعبية»: a genitive, not an addressee
    if w == "في" or w == "فى":
        nxt = doc.w(k + 1)
        if (
            not np_so_far
            or occasion_noun(nxt)
            or strip_article(nxt) in OCCASION_NOUNS
            or nxt in TIME_WORDS
            or strip_article(nxt) in {"وقت", "اطار", "سياق", "حين"}
        ):
            return True
        # «مسؤول في وزارة الخارجية»: part of a description; after a name it is an adverbial
        return any(k2 in doc.mention_at and doc.mention_at[k2].type == "PER" for k2 in np_so_far)
    if _is_dative(doc, k):
        if np_so_far and lam_genitive(doc, k, np_so_far[0]):
            return False  # «الأمين العام المساعد لشؤون فلسطين»: the title's genitive
        return bool(np_so_far) or doc.t(k + 1) in _QUOTES
    return False


_QUOTES = {"«", '"', "“"}
_QUOTE_MARKS = {"«", "»", '"', "“", "”"}
_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")


def lam_genitive(doc: Doc, k: int, head: int) -> bool:
    """Word k, ل/لل + a noun, continues the name headed at `head` instead of naming an addressee:
    after a title or an organisation head, «لشؤون اللاجئين»، «لمنظمة التعاون الإسلامي»، «لفندق
    أتلانتس»، «للأنباء». Not after a quote («لـ«عكاظ»»), not an addressee noun («لوكالة»)، not a
    noun with a pronoun («لعملائها»), and a tagged name only when its first word is an
    organisation head («لمنظمة …» yes, «لرويترز» no)."""
    w = doc.w(k)
    if not w.startswith("ل") or w in {"ل", "لـ"} or doc.t(k + 1) in _QUOTES \
            or _addressee_noun(doc, k):
        return False
    bare = w[2:] if w.startswith("لل") else w[1:]
    if len(bare) < 3 or doc.t(k).endswith(_PRONOUN_ENDINGS[1:]):
        return False
    titled = _title_head(doc, head)
    # the organisation may head the phrase or stand just before («مصدر في الإدارة العامة للمرور»)
    institution = any(strip_article(doc.w(j)) in doc.lex.institutions
                      or strip_article(doc.w(j)) in _org_heads()
                      for j in {head, k - 1, k - 2} if head <= j < k)
    if not titled and not institution:
        return False
    heads = _lam_genitive_nouns()
    noun_head = bare in heads or ("ال" + bare) in heads or bare in doc.lex.institutions \
        or bare in _org_heads()
    m = doc.mention_at.get(k)
    if m is not None:
        # «مجلس التعاون لدول الخليج العربية»: inside one name; «اللجنة الإعلامية لسوق عكاظ»،
        # «المكتب الإعلامي لمحافظة جدة»: a body of a place (one speaks to a medium, not a place)
        return noun_head or m.start < k or (institution and m.type == "LOC")
    if titled:
        return True  # «الأمين العام المساعد لشؤون فلسطين»، «المتحدث الرسمي لوزارة الداخلية»
    return noun_head or w.startswith("لل")


def _title_head(doc: Doc, k: int) -> bool:
    w = doc.w(k)
    return w in TITLES or strip_article(w) in TITLES


def _addressee_noun(doc: Doc, k: int) -> bool:
    """«لوكالة»، «للصحفيين»: ل + a noun of whom statements are made to."""
    w = doc.w(k)
    bare = w[2:] if w.startswith("لل") else w[1:]
    return bare in _addressee_nouns() or ("ال" + bare) in _addressee_nouns()


def is_media(doc: Doc, k: int) -> bool:
    """«وكالة …»، «وسائل إعلام»، «صحيفة»، «التقارير»: a medium that relays what others said
    (the nouns of lexicons/addressee_nouns.txt and reports)."""
    w = strip_article(strip_conj(doc.w(k)))
    return (w in _addressee_nouns() or ("ال" + w) in _addressee_nouns()
            or w in {"تقرير", "تقارير", "انباء"})


@lru_cache(maxsize=1)
def _human_plurals() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_words("human_plurals.txt"))


_BROKEN_PLURAL_NISBAS = {"عرب", "اجانب", "اكراد", "اتراك"}


def plural_adjective(w: str) -> bool:
    """«عرب»، «مصريون»، «غربيين»: a plural (nisba) adjective after a plural of people."""
    return w in _BROKEN_PLURAL_NISBAS or (len(w) > 4 and w.endswith(("يون", "يين")))


@lru_cache(maxsize=1)
def _lam_genitive_nouns() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_words("lam_genitive_nouns.txt"))


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_words("org_heads.tsv"))


@lru_cache(maxsize=1)
def _addressee_nouns() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_words("addressee_nouns.txt"))


def _source_origin(doc: Doc, taken: list[int]) -> bool:
    """«مصدر من المقاومة»: after a short anonymous-source head, «من» says where it comes from."""
    return (
        bool(taken)
        and len(taken) <= 3
        and (
            strip_article(doc.w(taken[0])) in doc.lex.anonymous_heads
            or strip_article(doc.w(taken[0])) in QUANTIFIERS  # «عدد من الراغبين»
        )
    )


def _chunks(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    out, start, k = [], a, a
    while k < b:
        q = doc.quote_at.get(k)
        if q is not None and q.closed and q.close < b:
            k = q.close + 1
            continue
        if doc.t(k) in _CHUNK_SEPARATORS:
            out.append((start, k))
            start = k + 1
        k += 1
    out.append((start, b))
    return [(s, e) for s, e in out if e > s]


def _has_marker(doc: Doc, a: int, b: int) -> bool:
    words = " ".join(doc.norm[a:b])
    return any(m in words for m in doc.lex.anonymity_markers)


def _addressed_name(doc: Doc, k: int) -> bool:
    """«لرويترز»، «للصحفيين»: a word that is ل + a name or ل + ال, the addressee (not «لجنة»,
    «لبنان», whose ل is their own first letter)."""
    w = doc.w(k)
    if not w.startswith("ل") or w.startswith("ال") or len(w) < 4:
        return False
    if w.startswith("لل"):
        return True
    m = doc.mention_at.get(k)
    return m is not None and m.start == k and not normalize(m.name).startswith("ل")


_PRONOUNS = {"هو", "هي", "هم", "هما", "هن"}


def circumstantial(doc: Doc, k: int) -> bool:
    """«وقال وهو يبتسم»، «وقال والدموع تغشى عينيه»، «وقالت وهي تحمل باقة»: و + a pronoun or a
    definite noun right after the verb opens a circumstantial clause (حال), never the verb's
    subject (a subject is not joined to its verb with و). The noun must be followed by an
    imperfect verb or a preposition; «والد»، «والدة» (father, mother) keep their و
    (lexicons/root_waw_fa.txt)."""
    w = doc.w(k)
    bare = strip_conj(w)
    if not w.startswith("و") or bare == w:  # «والد»، «وزير»: the و is the word's own
        return False
    if bare in _PRONOUNS:
        return True
    if not bare.startswith("ال") or len(bare) < 4:
        return False
    nxt = doc.w(k + 1)
    return (len(nxt) >= 3 and nxt[0] in "يت" and nxt not in given_names()
            and k + 1 not in doc.mention_at) or nxt in {"في", "علي", "من", "بين"}


def _chunk_kind(doc: Doc, a: int, b: int, first: bool = False) -> str:
    w = doc.w(a)
    if circumstantial(doc, a):
        return "adverbial"
    if w in RELATIVES or w in {"طلب", "رفض", "فضل", "مفضلا", "طالبا", "رافضا"}:
        return "relative"
    if _adverbial_start(doc, a, []) or w in {"وذلك", "بحسب", "حسب", "وفق", "طبقا"}:
        return "adverbial"
    if _addressed_name(doc, a):
        return "adverbial"
    if doc.cue_at(a) is not None and doc.cue_at(a).kind == "participle":
        return "adverbial"
    if w.startswith("ال") and w not in TITLES and strip_article(w) not in TITLES and not first:
        return "relative"  # «، التابعة للجيش الوطني،» an attribute, not the subject
    if w.startswith("ال") and strip_article(w) in TITLES:
        return "title"
    if w in TITLES:
        return "title"
    return "name"


def trim_np(doc: Doc, a: int, b: int) -> int:
    """End of the noun phrase starting at a, cut at its first adverbial word (lenient: bounded)."""
    k = a
    taken: list[int] = []
    while k < b:
        q = doc.quote_at.get(k)
        if q is not None:
            if (
                q.closed
                and q.close < b
                and q.close - q.open <= 6
                and not (taken and _is_dative(doc, k - 1))
            ):
                taken.extend(range(k, q.close + 1))
                k = q.close + 1
                continue
            break
        if doc.t(k) == "." and len(doc.w(k - 1)) == 1 and k > a:  # «د. فرانك أليسون»
            taken.append(k)
            k += 1
            continue
        if doc.is_punct(k) and doc.t(k) not in {"(", ")"}:
            break
        if k > a and (
            _adverbial_start(doc, k, taken)
            or doc.w(k) in STOP_PREPOSITIONS - {"في", "عن", "من"}
            or (doc.w(k) == "من" and not _source_origin(doc, taken) and not issued_by(doc, k))
            or doc.w(k) in COMPLEMENTIZERS
            or (doc.w(k) in {"فان", "فانه", "فانها"} and not name_particle(doc, k))
        ):
            break
        if doc.t(k) in {"(", ")"}:
            k += 1
            continue
        taken.append(k)
        k += 1
    while taken and (doc.w(taken[-1]) in TIME_WORDS or doc.is_punct(taken[-1])):
        taken.pop()
    return taken[-1] + 1 if taken else a


_OCCASION_ATTRIBUTES = {"خاص", "صحفي", "صحافي", "هاتفي", "متلفز", "مقتضب", "له", "لها", "لهم"}


def _dative_end(doc: Doc, k: int, b: int) -> int:
    """End of an addressee phrase at k («لـ«عكاظ»»، «لوكالة الأنباء الفرنسية»، «للصحفيين»), or k."""
    if not _is_dative(doc, k):
        return k
    w = doc.w(k)
    if w in {"ل", "لـ"}:
        q = doc.quote_at.get(k + 1)
        if q is None or not q.closed or q.close >= b or q.close - q.open > 6:
            return k
        return q.close + 1
    m = doc.mention_at.get(k)
    if m is not None and m.start == k and m.end <= b:
        return m.end  # «لفرانس برس»: the whole tagged name is the addressee
    k += 1
    q = doc.quote_at.get(k)
    if q is not None and q.closed and q.close < b and q.close - q.open <= 6:
        return q.close + 1  # «لصحيفة «الحياة»»
    while k < b and doc.w(k).startswith("ال") and k not in doc.quote_at:
        k += 1  # «لوكالة الأنباء الفرنسية»
    return k


def skip_leading_adverbials(doc: Doc, a: int, b: int) -> int:
    """Where the subject starts when adverbials come first, as news style puts them:
    «كشفت لـ«عكاظ» مصادر مطلعة»، «قال أمس في تصريح خاص لـ«الرياض» مدير الشرطة»،
    «أكد لوكالة الأنباء الفرنسية مسؤول». Returns a when nothing is skipped."""
    k = a
    for _ in range(6):
        if k >= b:
            break
        w = doc.w(k)
        if w in TIME_WORDS:
            k += 1
            continue
        if _addressed_name(doc, k):
            m = doc.mention_at.get(k)
            end = m.end if m is not None and m.start == k and m.end <= b else k + 1
        else:
            end = _dative_end(doc, k, b)
        if end > k:
            k = end
            continue
        nxt = doc.w(k + 1)
        if w in {"في", "خلال", "عبر"} and (occasion_noun(nxt)
                                          or strip_article(nxt) in OCCASION_NOUNS):
            k += 2
            while k < b and (doc.w(k) in _OCCASION_ATTRIBUTES
                             or strip_article(doc.w(k)) in _OCCASION_ATTRIBUTES):
                k += 1
            continue
        break
    return k


def _can_open_subject(doc: Doc, k: int) -> bool:
    """After skipped adverbials, only what can head a speaker opens one: a definite noun, a title,
    a source or institution noun, a quoted or tagged name, a given name («في مقابلة تلفزيونية»:
    the adjective still belongs to the adverbial)."""
    w = doc.w(k)
    bare = strip_article(w)
    return (
        not doc.is_punct(k)
        and w not in FUNCTION_WORDS
        and (
            w.startswith("ال")
            or w in TITLES
            or bare in TITLES
            or bare in doc.lex.anonymous_heads
            or bare in doc.lex.institutions
            or w in QUANTIFIERS  # «أحد السياح سلمان العطوي»
            or k in doc.mention_at
            or w in given_names()
        )
    )


def speaker_in_region(doc: Doc, a: int, b: int, nested_source: bool = False) -> SpeakerSpan | None:
    """The speaker named between a cue (ending before a) and its statement (starting at b)."""
    marker = _has_marker(doc, a, b)
    if nested_source:  # «نقلت وكالة X عن مصدر»، «علمت «سبق» من مصادرها»: the source speaks
        for k in range(a, b):
            if doc.w(k) in {"عن", "من"} and k + 1 < b:
                end = trim_np(doc, k + 1, b)
                if end > k + 1:
                    via_start = skip_leading_adverbials(doc, a, k)
                    via_end = trim_np(doc, via_start, k) if via_start < k else via_start
                    via = (via_start, via_end) if via_end > via_start else None
                    return SpeakerSpan(k + 1, end, marker, via=via)
    chunks = _chunks(doc, a, b)
    first = True
    for n, (s, e) in enumerate(chunks):
        kind = _chunk_kind(doc, s, e, first)
        if kind == "adverbial":  # «لـ«عكاظ» مصادر مطلعة»: the subject after the adverbials
            s2 = skip_leading_adverbials(doc, s, e)
            if s < s2 < e and _can_open_subject(doc, s2):
                s, kind = s2, _chunk_kind(doc, s2, e, first)
        if kind in {"relative", "adverbial"}:
            if kind == "relative":
                first = False
            continue
        first = False
        if doc.w(s) in {"ل", "لـ"} and doc.t(s + 1) in _QUOTE_MARKS:
            # «وقال لـ»الجزيرة»»: an addressee whose quote marks the quote finder could not pair
            close = next((j for j in range(s + 2, min(e, s + 8)) if doc.t(j) in _QUOTE_MARKS), None)
            if close is not None:
                s = close + 1
                s = skip_leading_adverbials(doc, s, e)
        while (
            s < e
            and (doc.w(s) in {"ب", "ل", "بـ", "لـ"} or doc.is_punct(s))
            and s not in doc.quote_at
        ):
            s += 1  # «ووصفها بـ«...»»: a bare preposition is not a speaker
        while (
            s < e and (doc.t(s).endswith("ً") or doc.t(s).endswith("اً")) and s not in doc.mention_at
        ):
            s += 1  # «وقال مبتسماً:»، «أولاً»: a tanween adverb, never a name
        if s < e and honorific_pronoun(doc, s) is not None:
            # «وقال فضيلته»، «وأوضح معاليه في …»: «his eminence» stands for the person the article
            # gave that honorific (resolve.py finds him); the words after it are adverbials
            return SpeakerSpan(s, s + 1, marker)
        s = skip_honorific(doc, s, e)  # «معالي الرئيس العام …»: the title starts the speaker
        if s < e and strip_conj(doc.w(s)) in INTERROGATIVES:
            continue  # «وأضافت كيف لنا أن نشرك …»: a question is what she said, not who
        if s >= e or (strip_conj(doc.w(s)) in STOP_PREPOSITIONS | {"علي", "رغم"}
                      and not name_particle(doc, s)):
            continue  # «وعلى الرغم ...» opens an adverbial, not a subject
        end = trim_np(doc, s, e)
        if end <= s:
            continue
        # a bare name in the next chunk completes a title: «رئيس الوزراء التركي، أحمد داود أوغلو»
        if n + 1 < len(chunks) and end == e:
            s2, e2 = chunks[n + 1]
            if _chunk_kind(doc, s2, e2) == "name" and not _has_name(doc, s, end):
                end2 = trim_np(doc, s2, e2)
                if s2 < end2 <= s2 + 4:
                    end = end2
        return SpeakerSpan(s, end, marker)
    return None


def _has_name(doc: Doc, a: int, b: int) -> bool:
    if any(k in doc.mention_at and doc.mention_at[k].type == "PER" for k in range(a, b)):
        return True
    return any(doc.w(k) in given_names() for k in range(a, b)) or (
        person_after_title(doc, a, b) is not None
    )


def strict_np(doc: Doc, a: int, limit: int) -> int:
    """End of a subject noun phrase when nothing marks where the statement begins (أكد X دعم ...).

    Head, then definite words (genitives, adjectives), a quoted name, «باسم»-style attachments,
    indefinite adjectives after an indefinite anonymous head («مصادر طبية»), a «في X» description
    after an anonymous head, and names after a title or inside an entity mention.
    """
    k = a
    if k >= limit:
        return a
    head = doc.w(k)
    q0 = doc.quote_at.get(k)
    if q0 is not None:  # «كتيبة برق النصر» as the subject
        if not q0.closed or q0.close - q0.open > 6:
            return a
        k = q0.close + 1
        named = True
    elif k in doc.mention_at:
        k = _mention_end(doc, k)
        named = doc.mention_at[a].type == "PER"
    else:
        k += 1
        named = False
    if not named and head in given_names():  # «فيصل العمراني»، «جو بايدن»: a personal name
        while (
            k < limit
            and k - a < 4
            and not doc.is_punct(k)
            and doc.w(k) not in STOP_PREPOSITIONS
            and doc.w(k) not in TIME_WORDS
            and doc.cue_at(k) is None
            and k not in doc.quote_at
            and not _adverbial_start(doc, k, [a])
            and doc.w(k) not in TITLES
            and doc.w(k) not in FUNCTION_WORDS
            and (
                doc.w(k) in given_names()
                or doc.w(k) in {"بن", "ابن", "بنت", "ابو", "عبد"}
                or doc.w(k - 1) in given_names() | {"بن", "ابن", "بنت", "ابو", "عبد"}
            )
        ):
            k += 1
        named = True
    if not named and head in QUANTIFIERS:
        # «بعض ملاك معارض السيارات»، «عدد من الأكاديميين»: a quantifier and the construct chain
        # (or «من» + the group) it counts, ending at the first definite word
        if doc.w(k) == "من" and doc.w(k + 1).startswith("ال"):
            k += 1
        while (k < limit and k - a < 5 and not doc.is_punct(k) and doc.cue_at(k) is None
               and doc.w(k) not in FUNCTION_WORDS and doc.w(k) not in STOP_PREPOSITIONS):
            k += 1
            if doc.w(k - 1).startswith("ال"):
                break
        named = True
    anon_head = strip_article(head) in doc.lex.anonymous_heads or head in doc.lex.anonymous_heads
    titled = head in TITLES or strip_article(head) in TITLES
    institution = strip_article(head) in doc.lex.institutions
    if institution:
        # «غرفة عمليات طرابلس»، «حركة المقاومة الشعبية»: a construct chain; a definite head opens
        # none («وأعلنت الوزارة مقتل 27 شخصاً»: the object follows)
        while (not head.startswith("ال") and k < limit and k - a < 4
               and _name_goes_on(doc, k, a) and k not in doc.quote_at):
            k += 1
            if doc.w(k - 1).startswith("ال"):
                break
        named = True
    indef_run = 0
    while k < limit:
        w = doc.w(k)
        q = doc.quote_at.get(k)
        if k in doc.mention_at and not named:
            k = _mention_end(doc, k)
            named = doc.mention_at.get(k - 1) is not None and doc.mention_at[k - 1].type == "PER"
            if named and doc.mention_at[k - 1].start == k - 1 and surname_after(doc, k, limit):
                k += 1  # «الدبلوماسي الأمريكي المخضرم دينيس روس غير كاف»: a given name the
                # tagger took alone, after a description, is followed by the surname
            if named and titled:
                break  # «الرئيس العام … الشيخ عبدالرحمن السديس الانتهاء من …»: the name ends it
            continue
        if q is not None:
            if q.closed and q.close - q.open <= 5 and not _is_dative(doc, k - 1):
                k = q.close + 1
                continue
            break
        if (
            w in {"في", "عن"}
            and (anon_head or titled)
            and not named
            and k + 1 < limit
            and strip_article(doc.w(k + 1)) not in OCCASION_NOUNS
            and doc.w(k + 1) not in TIME_WORDS
        ):
            k += 2  # «مسؤول في وزارة الخارجية»، «نائب عن المنطقة في البرلمان»
            while k < limit and doc.w(k).startswith("ال"):
                k += 1
            continue
        if doc.is_punct(k) or _adverbial_start(doc, k, list(range(a, k))):
            break
        if doc.cue_at(k) is not None:
            break
        if w in STOP_PREPOSITIONS:
            break
        if w.startswith("ال") or w.startswith("بال") or w in TITLES:
            if w in TITLES:
                titled = True
            k += 1
            indef_run = 0
            continue
        if w.startswith("ب") and len(w) > 3 and w not in {"بعد", "بين"}:
            k += 1
            continue
        if institution and lam_genitive(doc, k, a):  # «الأمانة العامة لمنظمة التعاون الإسلامي»
            if k in doc.mention_at:
                k = _mention_end(doc, k)
                break  # the organisation's name ends the phrase; the object may follow
            k += 1
            continue
        if named:
            break
        if titled and indef_run < 3 and not (
                k == a + 1 and head.startswith("ال") and w not in given_names()
                and k not in doc.mention_at):
            # a name after a title: «وزير الاتصالات بطرس حرب»; not an object: «نفى المسؤول صحة …»
            k += 1
            indef_run += 1
            if indef_run >= 2 and not doc.w(k).startswith("ال"):
                named = True
            continue
        if anon_head and indef_run < 2 and w.endswith(_ADJECTIVE_ENDINGS) \
                and not head.startswith("ال"):  # «المسؤول صحة …»: a definite noun's adjective
            # is definite too, so an indefinite word after «المسؤول» is the verb's object
            k += 1
            indef_run += 1
            continue
        if (head in _human_plurals() and indef_run < 3
                and (plural_adjective(w) or (indef_run and w[:1] == "و"
                                              and plural_adjective(w[1:])))):
            k += 1  # «دبلوماسيون عرب ومصريون»: plural adjectives, coordinated with «و»
            indef_run += 1
            continue
        if not anon_head and not titled and k == a + 1 and not head.startswith("ال"):
            k += 1  # a two-word personal name as the head
            named = True
            continue
        break
    return k


def surname_after(doc: Doc, k: int, limit: int) -> bool:
    """Word k can be the surname after a one-word given name: an indefinite word that is no
    particle, preposition, time word, title, cue, adverbial or word with a pronoun."""
    w = doc.w(k)
    return (k < limit and len(w) >= 3 and not doc.is_punct(k) and not w.startswith("ال")
            and w not in FUNCTION_WORDS and w not in STOP_PREPOSITIONS and w not in TIME_WORDS
            and w not in TITLES and doc.cue_at(k) is None and k not in doc.mention_at
            and not _adverbial_start(doc, k, [k - 1]) and k not in doc.quote_at
            and not doc.t(k).endswith(("ه", "ها", "هم", "اً", "ً")))


def _mention_end(doc: Doc, k: int) -> int:
    m = doc.mention_at[k]
    return max(m.end, k + 1)


def person_after_title(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """The personal name closing a title chain: «حاكم لويزيانا الجمهوري بوبي جيندال» -> بوبي جيندال.

    After a title word, genitives and definite attributes (and «في/باسم X») belong to the title;
    the name starts at the first indefinite word that follows a definite one or an «ال» title.
    """
    k = a
    if doc.w(k) not in TITLES and strip_article(doc.w(k)) not in TITLES:
        return None
    prev_definite = doc.w(k).startswith("ال")
    k += 1
    while k < b:
        w = doc.w(k)
        if doc.is_punct(k) or w in RELATIVES or doc.cue_at(k) is not None or (
                w in TIME_WORDS and not (prev_definite and w in given_names())):
            return None  # «الشيخ صباح الأحمد»: a given name after a title, not «صباح» (morning)
        if w in TITLES or strip_article(w) in TITLES:
            prev_definite = w.startswith("ال")
            k += 1
            continue
        if w.startswith("ال") or w.startswith("بال") or w == "باسم" or w in {"في", "عن"}:
            prev_definite = w != "باسم" and w not in {"في", "عن"}
            k += 1
            continue
        if lam_genitive(doc, k, a):  # «المدير العام لفندق أتلانتس»: the title's genitive
            prev_definite = w.startswith("لل")
            k += 1
            continue
        if w.startswith("و") and w[1:].startswith("ال"):
            prev_definite = True  # «المبعوث الخاص لخادم الحرمين والمشرف على»: a second title
            k += 1
            continue
        if prev_definite:
            if w.startswith("ب") and w not in given_names():
                return None  # «برتبة عقيد»: a prepositional phrase, not a name
            if w in {"نفسه", "نفسها", "ذاته", "ذاتها", "انفسهم", "نفسهم"}:
                return None  # «الضابط نفسه»: the same officer, not a name
            if strip_conj(w) in TITLES or w in FUNCTION_WORDS:
                return None  # «زعيم المتمردين وقائد الحوثيين»: another title, not a name
            end = k
            while (
                end < b
                and end - k < 3
                and _name_goes_on(doc, end, k)
                and doc.w(end) not in COMPLEMENTIZERS
            ):
                end += 1
            return (k, end) if end > k else None
        prev_definite = False
        k += 1
    return None
