"""Finding attributed statements: cue, statement span, and the speaker's words (if named).

One left-to-right pass over the tokens. At each place it tries, in order:
- a speaking verb (قال، أكدت، أضاف ...) with its complementizer (إن/أن/بأن/إلى أن/على أن/:/a quote)
  or, for verbs that take one, a noun-phrase statement (أكد دعم ...، أشار إلى وجود ...);
- a circumstantial participle (مشيراً إلى أن، مؤكدةً، داعيةً إلى، قائلاً: «...»), whose speaker is
  the subject of the clause it hangs on;
- an "according to" phrase (بحسب، وفق، حسبما ذكرت، نقلاً عن، على حد تعبيره) attributing the clause
  around it;
- a quotation followed by a cue («...»، قال فلان), or continuing the previous direct quotation.
Quotations with no cue (names, scare quotes, slogans) are skipped whole.
Resolving who the speaker is happens afterwards (resolve.py).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from extract.arabic import (
    ACCORDING_BASE,
    ACCORDING_WORDS,
    CLAUSE_BREAKERS,
    CLAUSE_INTRO,
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    RELATIVES,
    SVO_OPENERS,
    strip_article,
    strip_conj,
)
from extract.claims.doc import Doc
from extract.claims.lexicon import CueForm
from extract.claims.names import given_names
from extract.claims.quotes import Quote
from extract.claims.speakers import (
    INTERROGATIVES,
    SpeakerSpan,
    honorific_pronoun,
    is_media,
    skip_honorific,
    speaker_in_region,
    strict_np,
    trim_np,
)
from extract.claims.words import OCCASION_NOUNS, QUANTIFIERS, SENTENCE_END, TIME_WORDS, TITLES
from extract.lexicons import load_tagged, load_words
from extract.normalize import normalize

_SAYING = {"قائلا", "قائله", "بالقول", "قوله", "قولها", "القول"}
_TEMPORAL_BEFORE_AN = frozenset(normalize(w) for w in load_words("not_reported_before_an.txt"))
_CLAUSE_PREPS = {"الي", "علي", "عن", "من"}
_TITLE_NOUNS = frozenset(normalize(w) for w in load_tagged("quote_name_nouns.tsv", "claims"))
_NAME_QUOTE_MAX = 3  # a quoted stretch this short after a cue is a name («بركان الغضب»), not speech


def _pronoun_according(w: str) -> str | None:
    """«وبحسبه»، «حسبها»: according to him/her — the gender of the pronoun, else None."""
    w = strip_conj(w)
    for base in ("بحسب", "حسب"):
        if w.startswith(base) and w[len(base) :] in {"ه", "ها", "هم"}:
            return "f" if w.endswith("ها") else ("pl" if w.endswith("هم") else "m")
    return None


def _amma(d: Doc, k: int) -> bool:
    """«أما» (as for), written with its hamza: not «إما» (either) nor «اما»."""
    return d.t(k) in {"أما", "وأما"}


@dataclass
class RawClaim:
    cue: tuple[int, int] | None  # char span
    content: tuple[int, int]  # char span
    kind: str
    cue_tok: int  # token index of the cue (or of the quote)
    speaker: SpeakerSpan | None  # the speaker's words, when named here
    gender: str | None  # agreement of the cue (m/f/pl/du) for implicit subjects
    participle: bool = False
    same_as_previous: bool = False  # continuation of the previous quotation
    pronoun_of: str | None = None  # «على حد تعبيرها»: gender of the pronoun


class Detector:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.claims: list[RawClaim] = []

    # ---- helpers -------------------------------------------------------------------------
    def _is_opener_at(self, j: int) -> bool:
        d = self.doc
        w = d.w(j)
        if w in COMPLEMENTIZERS:
            return (
                d.w(j - 1) not in _TEMPORAL_BEFORE_AN
                or d.w(j - 1) in _CLAUSE_PREPS
                and d.w(j - 2) not in _TEMPORAL_BEFORE_AN
            )
        return False

    def _quote(self, j: int) -> Quote | None:
        return self.doc.quote_at.get(j)

    def _quote_len(self, q: Quote) -> int:
        return q.close - q.open - 1

    def _starts_claim(self, k: int) -> bool:
        """Does a new attribution start at token k (used to end the statement before it)?"""
        d = self.doc
        form = d.cue_at(k)
        if form is None:
            return False
        if form.kind == "participle":
            return True
        return (
            self._find_opener(k, max_len=24)[0] is not None
            or ("np" in form.frames and d.has_conj(k) and d.t(k - 1) in {"،", ","})
            or any(f.startswith("np:") for f in form.frames)
            and self._prep_after(k, form, 8) is not None
        )

    def _according_at(self, k: int) -> bool:
        d = self.doc
        w = d.w(k)
        if w in ACCORDING_WORDS or strip_conj(w) in ACCORDING_WORDS:
            return self._according_source(k) is not None
        if _pronoun_according(w) is not None:
            return True
        if strip_conj(w) == "جاء" and d.w(k - 1) in {"كما", "وكما", "حسبما"} and d.w(k + 1) == "في":
            return True
        return (
            w == "علي"
            and d.w(k + 1) == "حد"
            and (d.w(k + 2).startswith(("تعبير", "قول"))
                 or d.w(k + 2) in {"وصفه", "وصفها", "وصفهم"})  # «على حد وصفه»: as he put it
        )

    def clause_end(self, start: int) -> int:
        """Token index where the statement starting at `start` ends (exclusive)."""
        d = self.doc
        n = len(d)
        k = start
        while k < n and d.same_para(start, k):
            q = self._quote(k)
            if q is not None:
                if not q.closed:
                    return q.close  # the quote ran to the end of its sentence: so does this
                k = q.close + 1
                if d.t(q.close - 1) in SENTENCE_END and self._quote_len(q) > _NAME_QUOTE_MAX:
                    return k  # «... انتهى.» the sentence ended inside the quotation
                continue
            t = d.t(k)
            if d.is_sentence_end(k):
                return k
            if t in {"،", ",", "؛", ";"}:
                nxt = d.w(k + 1)
                if nxt in CLAUSE_BREAKERS or (nxt == "في" and d.w(k + 2) == "حين"):
                    return k
                if self._starts_claim(k + 1) or self._according_at(k + 1):
                    return k
            if k > start:
                form = d.cue_at(k)
                if form is not None and form.kind == "participle":
                    return k
                if form is not None:
                    kind, at, _ = self._find_opener(k, max_len=24)
                    # «وأوضح أن»، «، حيث أشار إلى أن»، «تعليق قال لاحقاً إنه»: a new statement
                    if kind is not None and (
                        d.has_conj(k)
                        or d.w(k - 1) in CLAUSE_INTRO
                        or (at - k <= 3 and k - start > 3)
                    ):
                        return k - 1 if d.w(k - 1) in CLAUSE_INTRO else k
                if self._according_at(k):
                    return k
            k += 1
        return k

    def _find_opener(self, i: int, max_len: int = 32) -> tuple[str | None, int, list[int]]:
        """The first complementizer/colon/quote after cue i: (kind, token, absorbed قائلا-words)."""
        d = self.doc
        n = len(d)
        j = i + 1
        absorbed: list[int] = []
        while j < n and j <= i + max_len and d.same_para(i, j):
            t, w = d.t(j), d.w(j)
            q = self._quote(j)
            if q is not None:
                after_colon = d.t(j - 1) == ":"
                if strip_article(strip_conj(d.w(j - 1))) in _TITLE_NOUNS or (
                    q.closed and d.t(q.close + 1) == ":"
                ):
                    j = q.close + 1  # «تحت عنوان «الحملة الوطنية»»: a name, not speech
                    continue
                if self._quote_len(q) <= _NAME_QUOTE_MAX and not after_colon:
                    j = q.close + 1
                    continue
                return "quote", j, absorbed
            if t == ":":
                return "colon", j, absorbed
            if self._is_opener_at(j):
                return "comp", j, absorbed
            if d.is_sentence_end(j):
                break
            if w in _SAYING:
                absorbed.append(j)
                j += 1
                continue
            form = d.cue_at(j)
            if (
                form is not None
                and j > i + 1
                and (
                    form.kind == "participle"
                    or d.has_conj(j)
                    or d.t(j - 1) in {"،", ","}
                    or d.w(j - 1) in CLAUSE_INTRO | SVO_OPENERS | CLAUSE_BREAKERS
                    or any(self._is_opener_at(k) or d.t(k) == ":" for k in range(j + 1, j + 3))
                )
            ):
                break  # another speaking verb: «... فيما أشارت مصادر إلى أن» is its own claim
            j += 1
        return None, j, absorbed

    def _prep_after(self, i: int, form: CueForm, max_len: int = 20) -> int | None:
        d = self.doc
        preps = {f[3:] for f in form.frames if f.startswith("np:")}
        j = i + 1
        while j < len(d) and j <= i + max_len and d.same_para(i, j):
            w = d.w(j)
            q = self._quote(j)
            if q is not None:
                if self._quote_len(q) <= _NAME_QUOTE_MAX + 2:
                    j = q.close + 1
                    continue
                return None
            if d.is_sentence_end(j) or (j > i + 1 and d.cue_at(j) is not None):
                return None
            if w in preps:
                return j
            if (
                "ب" in preps
                and w.startswith("ب")
                and len(w) > 3
                and w not in {"باسم", "بعد", "بين"}
                and not w.startswith("بيان")
                and (j > i + 1 or "obj" not in form.frames)  # «ووصف بوسنين»: the subject first
                and w not in given_names()
            ):
                return j
            j += 1
        return None

    # ---- content ------------------------------------------------------------------------
    def _content_from(
        self, start: int, short_quote: bool = False
    ) -> tuple[tuple[int, int], str, int] | None:
        """Statement span from token `start`, its kind, and the token after it.

        A quotation right after «:» or «إن» is the statement however short («وأضاف: «لا»»).
        """
        d = self.doc
        if start >= len(d):
            return None
        q = self._quote(start)
        if q is not None and (
            self._quote_len(q) > _NAME_QUOTE_MAX
            or (
                short_quote
                and self._quote_len(q) >= 1
                and (not q.closed or d.is_punct(q.close + 1) or q.close + 1 >= len(d))
            )
        ):
            a, b = q.inner
            b = min(b, len(d))
            if b <= a:
                return None
            return d.char_span(a, b), "direct", q.close + 1 if q.closed else q.close
        end = self.clause_end(start)
        a, b = start, end
        while a < b and d.is_punct(a) and d.t(a) not in {"«", "“", '"', "("}:
            a += 1
        while b > a and d.is_punct(b - 1) and d.t(b - 1) not in {"»", "”", '"', ")"}:
            b -= 1
        if b - a < 2 and not (b - a == 1 and d.w(start - 1) in {"بانه", "بانها", "بانهم"}):
            return None  # «وصف القرار بأنه نفاق» keeps its one word
        kind = "indirect"
        for qq in d.quotes:
            if a <= qq.open < b and self._quote_len(qq) >= 3:
                kind = "mixed"
                break
        return d.char_span(a, b), kind, end

    # ---- handlers -----------------------------------------------------------------------
    def verb(self, i: int, form: CueForm) -> int | None:
        d = self.doc
        kind, j, absorbed = self._find_opener(i)
        if kind is not None and form.lemma == "بين" and j - i > 5:
            return None  # «وبين» is far more often «and between» than «and he made clear»
        region_end = None
        content_start = None
        if (
            kind in {"quote", "colon"}
            and "np" in form.frames
            and j > i + 2
            and not self._can_start_subject(i + 1)
            and not d.is_punct(i + 1)
            and d.w(i + 1) not in TIME_WORDS
            and d.w(i + 1) not in {"في", "خلال", "عبر", "ل", "لـ"}
        ):
            return self._np_statement(i, form)  # «كما أكد دعم بلاده ... «للمساعدة ...»»
        if kind == "comp" and strip_conj(d.w(i + 1)) in INTERROGATIVES and j - i <= 4:
            # «وأضافت كيف لنا أن نشرك أطفالاً …»: a question right after the verb is the
            # statement, its «أن» belongs to it
            region_end, content_start = i + 1, i + 1
        elif kind == "comp":
            region_end = j - 1 if d.w(j - 1) in _CLAUSE_PREPS else j
            content_start = j + 1
            p = (
                self._prep_after(i, form, j - i)
                if any(f.startswith("np:") for f in form.frames)
                else None
            )
            if p is not None and p < j - 1 and j - p <= 4 and d.w(p) in _CLAUSE_PREPS:
                region_end, content_start = p, p + 1  # the statement starts at «إمكانية»
        elif kind == "colon":
            region_end = j
            content_start = j + 1
        elif kind == "quote":
            region_end = j
            content_start = j
        else:
            p = self._prep_after(i, form) if any(f.startswith("np:") for f in form.frames) else None
            if p is not None:
                region_end = p
                content_start = p if d.w(p).startswith("ب") and d.w(p) != "ب" else p + 1
                if content_start == p:  # «بارتفاع»: the statement starts after the ب
                    got = self._content_from(p)
                    if got is None:
                        return None
                    (cs, ce), ck, nxt = got
                    sp = self._speaker(i, region_end, form)
                    self._add(i, (cs + 1, ce), ck, sp, form)
                    return nxt
            elif "np" in form.frames:
                return self._np_statement(i, form)
            else:
                return None
        if absorbed:
            region_end = min(region_end, absorbed[0])
            p = self._prep_after(i, form, absorbed[0] - i) if kind in {"colon", "quote"} else None
            if p is not None and p < absorbed[0] - 1:
                # «وشدد الوزير على تقديم تنازلات قائلاً: «...»»: two statements, one speaker
                sp = self._speaker(i, p, form)
                a, b = p + 1, absorbed[0]
                while b > a and d.is_punct(b - 1):
                    b -= 1
                if b - a >= 2:
                    self._add(i, d.char_span(a, b), "indirect", sp, form)
                got = self._content_from(content_start, short_quote=True)
                if got is not None:
                    span, ck, nxt = got
                    self._add(i, span, ck, sp, form)
                    return nxt
                return b
        if "obj" in form.frames and region_end - i > 2 and d.w(region_end - 1).startswith("ال"):
            region_end -= 1  # «ووصف الوزير المفاوضات بأنها»: the last word is the object
        got = self._content_from(content_start, short_quote=kind in {"colon", "comp"})
        if got is None:
            return None
        span, ck, nxt = got
        sp = self._speaker(i, region_end, form)
        if (
            sp is None
            and strip_conj(d.w(i)).startswith("ي")
            and (i == d.sentence_start(i) or d.w(i - 1) in {"كما", "و"})
        ):
            return None  # «يذكر أن»، «يتوقع أن»: impersonal, nobody speaks
        self._add(i, span, ck, sp, form)
        return nxt

    def _speaker(self, i: int, region_end: int, form: CueForm) -> SpeakerSpan | None:
        d = self.doc
        nested = form.lemma in {"نقل", "نقلت", "علم"}
        if form.lemma == "جاء":  # «وجاء في بيان للتنظيم ...»: the document speaks for its author
            for k in range(i + 1, region_end):
                if d.w(k) == "في" and strip_article(d.w(k + 1)) not in d.lex.statement_nouns | {
                    "رساله",
                    "كلمه",
                    "خطاب",
                    "تغريده",
                    "تصريح",
                    "تصريحات",
                    "مقابله",
                    "حديث",
                }:
                    return None
                if d.w(k) == "في":
                    end = trim_np(d, k + 1, region_end)
                    return SpeakerSpan(k + 1, end, False) if end > k + 1 else None
            return None
        start = i + 1
        if "objnoun:" + d.w(start) in form.frames:
            start += 1  # «ولفت النظر إلى أن»: «the attention» is what he drew, not who
        sp = (
            speaker_in_region(d, start, region_end, nested_source=nested)
            if region_end > start
            else None
        )
        if sp is None:
            sp = self._svo_subject(i)
        return sp

    def _svo_subject(self, i: int) -> SpeakerSpan | None:
        """«وكانت مصادر مطلعة أكدت»، «إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال»."""
        d = self.doc
        k = i - 1
        marker = False
        if d.w(k) in {"قد", "لقد"} and k > 0:  # «وكانت مصادر مطلعة قد أكدت»
            k -= 1
            i -= 1
        if d.w(k) in RELATIVES:  # «..., نايف البكري، الذي أشار إلى»: the antecedent speaks
            end = k
            while end > 0 and d.t(end - 1) in {"،", ","}:
                end -= 1
            start = end
            while (
                start > 0
                and end - start < 6
                and not d.is_punct(start - 1)
                and d.sent_of[start - 1] == d.sent_of[i]
                and d.w(start - 1) not in SVO_OPENERS
            ):
                start -= 1
            return SpeakerSpan(start, end, False) if end > start else None
        # skip a parenthetical «، طلب عدم ذكر اسمه،» right before the cue
        if d.t(k) in {"،", ","}:
            j = k - 1
            while j > 0 and d.t(j) not in {"،", ","} and i - j < 10 and d.t(j) not in SENTENCE_END:
                j -= 1
            if d.t(j) in {"،", ","} and (
                d.w(j + 1) in RELATIVES or d.w(j + 1) in {"طلب", "رفض", "فضل"}
            ):
                marker = True
                k = j - 1
            else:
                return None
        end = k + 1
        start = end
        # «أما الناشطة الاجتماعية ومدرب معتمد … فاطمة القحطاني قالت»: «أما» opens a topic that
        # is the subject, a long description and the name (the window grows to reach it)
        window = 16 if any(_amma(d, j) for j in range(max(0, end - 17), end)) else 8
        while start - 1 >= 0 and end - start < window:
            w = d.w(start - 1)
            if d.t(start - 1) in SENTENCE_END or d.sent_of[start - 1] != d.sent_of[i]:
                break
            if w in SVO_OPENERS or strip_conj(w) in SVO_OPENERS or _amma(d, start - 1):
                break
            if d.is_punct(start - 1) and d.t(start - 1) not in {"»", "«", '"'}:
                return None
            if d.cue_at(start - 1) is not None:
                return None
            start -= 1
        at_start = (
            start == 0 or d.sent_of[start - 1] != d.sent_of[i] or d.t(start - 1) in SENTENCE_END
        )
        opener = d.w(start - 1)
        if start >= end or not (
            at_start or opener in SVO_OPENERS or strip_conj(opener) in SVO_OPENERS
            or _amma(d, start - 1)
        ):
            return None
        first = d.w(start)
        if (
            first in TIME_WORDS
            or first in FUNCTION_WORDS
            or strip_conj(first) in FUNCTION_WORDS
            or strip_conj(first) in {"في", "خلال", "عبر", "من", "الي", "علي", "عن", "مع", "حول"}
            or first in {"في", "وفي", "ففي"}
            or (not first.startswith("ال") and end - start > 5)
        ):
            return None
        return SpeakerSpan(start, end, marker)

    def _np_statement(self, i: int, form: CueForm) -> int | None:
        """أكد X دعم ...، أعلنت X سيطرة ...: the subject, then the statement as a noun phrase."""
        d = self.doc
        a = i + 1
        sp = self._svo_subject(i)  # «وكانت مصادر مطلعة أكدت نبأ ...»: the subject came first
        if sp is None and honorific_pronoun(d, a) is not None:  # «ونوه معاليه بالجهود»
            sp = SpeakerSpan(a, a + 1, False)
            a += 1
        if sp is None:
            a = skip_honorific(d, a, len(d))  # «أعلن معالي الرئيس العام …»: the title speaks
        if sp is None and a < len(d) and self._can_start_subject(a):
            end = strict_np(d, a, min(len(d), a + 14))
            if end > a:
                sp = SpeakerSpan(a, end, False)
                a = end
        a = self._skip_adverbials(a)
        if d.is_punct(a) and d.t(a) not in {"«", "“", '"'}:
            return None
        got = self._content_from(a)
        if got is None:
            return None
        span, ck, nxt = got
        if span[1] - span[0] < 6:
            return None
        self._add(i, span, ck, sp, form)
        return nxt

    def _can_start_subject(self, a: int) -> bool:
        """Without a complementizer, only a definite word, a title, a source or institution noun,
        a quoted name or a named entity starts the subject; anything else starts the statement
        («كما أكد دعم الولايات المتحدة ...» has an implicit subject)."""
        d = self.doc
        w = d.w(a)
        if d.is_punct(a) and a not in d.quote_at:
            return False
        if w in TIME_WORDS or w in FUNCTION_WORDS or w in {"في", "خلال", "عبر", "ل", "لـ"}:
            return False
        stem = strip_article(w)
        nxt, nxt_text = d.w(a + 1), d.t(a + 1)
        two_word_name = (
            not w.startswith("ال")
            and not (w[:1] in "بلك" and w not in given_names())
            and not w.endswith("ه")
            and nxt
            and not nxt.startswith("ال")
            and not d.is_punct(a + 1)
            and nxt not in FUNCTION_WORDS
            and nxt not in TIME_WORDS
            and nxt not in {"او", "ام", "ثم", "في", "من", "الي", "علي", "عن", "مع"}
            and not nxt_text.endswith(("ه", "ها", "هم"))
            and d.cue_at(a + 1) is None
        )  # «أكد جو بايدن ...» when no entity list names him
        return (
            two_word_name
            or w in given_names()
            or w.startswith("ال")
            or w in TITLES
            or stem in TITLES
            or a in d.quote_at
            or stem in d.lex.anonymous_heads
            or w in d.lex.anonymous_heads
            or stem in d.lex.institutions
            or a in d.mention_at
            or (w in QUANTIFIERS and not d.is_punct(a + 1))  # «وأكد بعض ملاك المعارض على»
        )

    def _skip_adverbials(self, a: int) -> int:
        """Skip «أمس»، «في بيان لها»، «لـ«الوطن»»، «، التابعة للجيش الوطني،» before a statement."""
        d = self.doc
        n = len(d)
        for _ in range(8):
            w = d.w(a)
            if a >= n:
                return a
            if w in TIME_WORDS:
                a += 1
            elif d.t(a) in {"،", ","}:
                b = a + 1
                while (
                    b < n and d.t(b) not in {"،", ","} and d.t(b) not in SENTENCE_END and b - a < 12
                ):
                    b += 1
                nxt = d.w(a + 1)
                if d.t(b) in {"،", ","} and (
                    nxt.startswith("ال")
                    or nxt in RELATIVES
                    or nxt in TIME_WORDS
                    or nxt in {"في", "خلال", "عبر", "حسب", "بحسب"}
                ):
                    a = b + 1
                else:
                    a += 1
                    return a
            elif w in {"في", "خلال", "عبر"} and (
                strip_article(d.w(a + 1)) in OCCASION_NOUNS or d.w(a + 1) in OCCASION_NOUNS
            ):
                a += 2
                while (
                    a < n
                    and (d.w(a).startswith("ال") or d.w(a).startswith("ل"))
                    and d.w(a) not in {"ان"}
                ):
                    if d.w(a).startswith("ل") and not d.w(a).startswith("ال") and len(d.w(a)) > 3:
                        a += 1
                        break
                    a += 1
            elif w in {"ل", "لـ"} and self._quote(a + 1) is not None:
                a = self._quote(a + 1).close + 1
            else:
                return a
        return a

    def participle(self, i: int, form: CueForm) -> int | None:
        d = self.doc
        j = i + 1
        if d.w(j) in _SAYING:
            j += 1
        w = d.w(j)
        start = None
        if self._is_opener_at(j):
            start = j + 1
        elif w in _CLAUSE_PREPS and d.w(j + 1) in COMPLEMENTIZERS:
            start = j + 2
        elif d.t(j) == ":":
            start = j + 1
        elif self._quote(j) is not None and self._quote_len(self._quote(j)) > _NAME_QUOTE_MAX:
            start = j
        else:
            preps = {f[3:] for f in form.frames if f.startswith("np:")}
            p = self._prep_after(i, form, 16) if preps else None
            if w in preps:
                start = j + 1
            elif p is not None and "ب" not in preps:
                # «داعياً المشرعين إلى دعم الاتفاق» keeps its object; adverbials are skipped
                start = p + 1 if d.w(j) in {"في", "خلال", "عبر"} else j
            elif "ب" in preps and w.startswith("ب") and len(w) > 3:
                got = self._content_from(j)
                if got is None:
                    return None
                (cs, ce), ck, nxt = got
                self._add(i, (cs + 1, ce), ck, None, form, participle=True)
                return nxt
            elif (
                "np" in form.frames or form.lemma in {"مؤكدا", "نافيا", "معلنا"}
            ) and not d.is_punct(j):
                start = j
        if start is None:
            return None
        got = self._content_from(start)
        if got is None:
            return None
        span, ck, nxt = got
        self._add(i, span, ck, None, form, participle=True)
        return nxt

    def _according_source(self, i: int) -> tuple[int, int, str | None, int] | None:
        """(source start, source end, verb gender, next token) after بحسب/وفق/نقلاً عن ..."""
        d = self.doc
        j = i + 1
        w0 = d.w(i)
        if w0 not in ACCORDING_BASE and strip_conj(w0) in ACCORDING_BASE:
            w0 = strip_conj(w0)  # «ووفقاً»، «وحسب» (but «وفقاً» itself starts with و)
        skip = 0
        if d.w(j) in {"ل", "لـ", "عن"}:
            j += 1
        elif w0 in {"وفقا", "طبقا"} and d.w(j).startswith("ل") and not d.w(j).startswith("ال"):
            skip = 1  # «وفقاً لتقرير البنك»: the ل is written on the noun
        by_verb = False
        gender = None
        if d.w(j) == "ما" or w0 == "حسبما":
            if d.w(j) == "ما":
                j += 1
            verb = strip_conj(d.w(j))
            form = d.lex.forms.get(verb)
            for suffix in ("ه", "ها"):  # «حسبما ذكرته وسائل إعلام»
                if form is None and verb.endswith(suffix):
                    form = d.lex.forms.get(verb[: -len(suffix)])
            if form is not None:
                by_verb = True
                gender = form.gender
                j += 1
            else:
                return None
            if d.w(j) in {"به", "بها"}:
                j += 1
        if by_verb and (
            j >= len(d)
            or d.is_punct(j)
            or d.w(j) in TIME_WORDS
            or d.w(j) in {"في", "عبر", "خلال", "امس", "اليوم"}
        ):
            return j, j, gender, j  # no named source: the verb's own (implicit) subject
        if j >= len(d) or d.is_punct(j) and self._quote(j) is None:
            return None
        head = d.w(j)[skip:]
        if (
            not by_verb
            and head.startswith(("راي", "قول", "تعبير", "تقدير"))
            and head.endswith(("ه", "ها"))
            and not head.startswith("تقديرات")
        ):
            return j, j, "f" if head.endswith("ها") else "m", j + 1  # «بحسب رأيه»: his own words
        if i - d.sentence_start(i) <= 2:  # «ووفقاً لمصادر الجزيرة اعتقلت ...»: the clause follows
            end = strict_np(d, j, min(len(d), j + 12))
        elif skip:
            end = trim_np(d, j + 1, min(len(d), j + 12))
        else:
            end = trim_np(d, j, min(len(d), j + 12))
        end = max(end, j + 1) if skip else end
        if end <= j:
            return None
        self._source_skip = skip
        if not by_verb:
            ok = (
                strip_article(head) in d.lex.anonymous_heads
                or head in d.lex.anonymous_heads
                or strip_article(head) in d.lex.statement_nouns
                or head in d.lex.statement_nouns
                or strip_article(head) in TITLES
                or head in TITLES
                or (j in d.mention_at and d.mention_at[j].type in {"PER", "ORG"})
                or strip_article(head) in d.lex.institutions
                or head.startswith("قول")
                or head.startswith("تصريح")
                or head.startswith("بيان")
                or head.startswith("مصادر")
                or head.startswith("مصدر")
            )
            if not ok:
                return None
        return j, end, gender, end

    def according(self, i: int) -> int | None:
        d = self.doc
        if d.w(i) == "علي":  # على حد تعبيره/ها — the speaker is a pronoun
            suffix = d.w(i + 2)
            gender = "f" if suffix.endswith("ها") else "m"
            src = None
            after = i + 3
        elif strip_conj(d.w(i)) == "جاء" and d.w(i + 1) == "في":
            # «..., كما جاء في بيان للوزارة»: the document attributes the clause before it
            end = trim_np(d, i + 2, min(len(d), i + 14))
            if end <= i + 2:
                return None
            src, gender, after = SpeakerSpan(i + 2, end, False), None, end
        elif _pronoun_according(d.w(i)) is not None:
            gender = _pronoun_according(d.w(i))
            src = None
            after = i + 1
        else:
            got = self._according_source(i)
            if got is None:
                return None
            s, e, gender, after = got
            src = SpeakerSpan(s, e, False, self._source_skip) if e > s else None
        sent_start = d.sentence_start(i)
        last_end = max((self._last_tok_end, sent_start))
        lead = i - sent_start
        follows = d.w(after) in {"فان", "فانه", "فانها", "فانهم"} or (
            d.t(after) in {"،", ","} and d.w(after + 1) in {"فان", "فانه", "فانها", "فانهم"}
        )
        if (lead <= 2 or follows) and d.w(i) != "علي":
            a = after
            while a < len(d) and (
                d.t(a) in {"،", ","}
                or d.w(a) in COMPLEMENTIZERS
                or d.w(a) in {"فان", "فانه", "فانها", "فانهم"}
            ):
                a += 1  # «وبحسب تقديرات الجيش فإن ...»
            got = self._content_from(a)
            if got is None:
                return None
            span, ck, nxt = got
            self.claims.append(
                RawClaim(
                    d.char_span(i, i + 1),
                    span,
                    ck,
                    i,
                    src,
                    gender,
                    pronoun_of=gender if src is None else None,
                )
            )
            return nxt
        a, b = last_end, i
        for k in range(i - 2, max(sent_start, last_end - 40) - 1, -1):  # «، كما جاء» keeps its كما
            if k < last_end:
                break
            if d.w(k) in CLAUSE_BREAKERS and d.depth[k] == 0:  # «..., لكن لم يتم تأكيدها بحسب»
                a = k + 1
                prev = self.claims[-1] if self.claims else None
                if prev is not None and prev.content[1] > d.tokens[k].start > prev.content[0]:
                    end = k
                    while end > 0 and d.is_punct(end - 1):
                        end -= 1
                    prev.content = (prev.content[0], d.tokens[end - 1].end)
                break
        while a < b and (d.is_punct(a) or d.w(a) in {"كما", "وكما"}):
            a += 1
        while b > a and (
            (d.is_punct(b - 1) and d.t(b - 1) not in {"»", "”", '"', ")"})
            or d.w(b - 1) in {"كما", "وكما", "حسبما"}
        ):
            b -= 1
        if b - a < 3:
            return after
        kind = "indirect"
        for qq in d.quotes:
            if a <= qq.open < b and self._quote_len(qq) >= 3:
                kind = "mixed"
                break
        claim = RawClaim(
            d.char_span(i, i + 1),
            d.char_span(a, b),
            kind,
            i,
            src,
            gender,
            pronoun_of=gender if src is None else None,
        )
        self.claims.append(claim)
        return after

    def quote(self, i: int, q: Quote) -> int:
        """A quotation not introduced by a cue: attributed after it, continuing one, or neither."""
        d = self.doc
        after = q.close + 1 if q.closed else q.close
        if self._quote_len(q) <= _NAME_QUOTE_MAX:
            return after
        prev = self.claims[-1] if self.claims else None
        a, b = q.inner
        b = min(b, len(d))
        if prev is not None and prev.kind == "direct":
            gap = [k for k in range(self._last_tok_end, i) if not d.is_punct(k)]
            if not gap and self._last_tok_end <= i:
                self.claims.append(
                    RawClaim(
                        None, d.char_span(a, b), "direct", i, None, None, same_as_previous=True
                    )
                )
                self._last_tok_end = after
                return after
        k = after
        while k < len(d) and d.t(k) in {"،", ","}:
            k += 1
        form = d.cue_at(k)
        if form is not None and form.kind == "verb" and d.same_para(i, k):
            end = k + 1
            while end < len(d) and not d.is_punct(end) and end - k < 10:
                end += 1
            sp = speaker_in_region(d, k + 1, end) if end > k + 1 else None
            self.claims.append(
                RawClaim(d.char_span(k, k + 1), d.char_span(a, b), "direct", k, sp, form.gender)
            )
            nxt = end
            while nxt < len(d) and d.t(nxt) in {"،", ",", ":"}:
                nxt += 1
            q2 = self._quote(nxt)
            if q2 is not None and self._quote_len(q2) > _NAME_QUOTE_MAX:  # «...»، قال فلان، «...»
                a2, b2 = q2.inner
                self.claims.append(
                    RawClaim(
                        d.char_span(k, k + 1),
                        d.char_span(a2, min(b2, len(d))),
                        "direct",
                        k,
                        sp,
                        form.gender,
                    )
                )
                nxt = q2.close + 1 if q2.closed else q2.close
            self._last_tok_end = nxt
            return nxt
        if self._according_at(k):
            return k
        return after

    def _add(
        self,
        i: int,
        span: tuple[int, int],
        kind: str,
        sp: SpeakerSpan | None,
        form: CueForm | None,
        participle: bool = False,
    ) -> None:
        d = self.doc
        pending = self._relayed
        self._relayed = None
        if pending is not None and pending[0] == i and sp is None:
            # «نقلت وسائل إعلام أن [رئيس البنك] | أكد أنه …»: the relayed one speaks, via the medium
            sp = pending[1]
            self.claims.remove(pending[2])
        inner = self._inner_statement(span, sp) if kind == "indirect" and sp else None
        if inner is not None:  # «ذكرت وسائل إعلام أن رئيس البنك أكد أن …»: B said it, via A
            span, sp, form, i = inner
        self.claims.append(
            RawClaim(
                d.char_span(i, i + 1),
                span,
                kind,
                i,
                sp,
                form.gender if form else None,
                participle=participle,
            )
        )
        if self._relayed is not None and self._relayed[2] is None:
            self._relayed = (*self._relayed[:2], self.claims[-1])

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.doc.tokens]

    def _inner_statement(
        self, span: tuple[int, int], outer: SpeakerSpan
    ) -> tuple[tuple[int, int], SpeakerSpan, CueForm, int] | None:
        """A statement relayed by the media that opens with someone else speaking: «ذكرت وسائل
        إعلام أن [رئيس البنك المركزي ولي الله سيف] [أكد] [أنه] …». Returns the inner statement,
        its speaker (with the outer speaker as `via`), its cue and the cue's token, or None."""
        d = self.doc
        if not is_media(d, outer.start):
            return None  # «أشار آل صقر إلى أن الكويت أعلنت أن …»: his own point, not a relay
        a = bisect_left(self._starts, span[0])
        if a >= len(d) or d.tokens[a].start != span[0] or not self._can_start_subject(a):
            return None
        end = strict_np(d, a, min(len(d), a + 12))
        if end <= a or is_media(d, a):
            return None  # «مراسل «العربية»: الأنباء الأولية تشير إلى» is the reporter's
        if d.tokens[end - 1].end >= span[1] - 1 and d.cue_at(end) is not None:
            # the statement is only the name: the next claim, at the cue, is theirs
            self._relayed = (end, SpeakerSpan(a, end, False, via=(outer.start, outer.end)), None)
            return None
        form = d.cue_at(end)
        if form is None or form.kind != "verb" or "clause" not in form.frames or d.depth[end]:
            return None
        kind, j, _ = self._find_opener(end, max_len=6)
        if kind != "comp" or j + 1 >= len(d) or d.tokens[j + 1].start >= span[1]:
            return None
        inner = SpeakerSpan(a, end, False, via=(outer.start, outer.end))
        return (d.tokens[j + 1].start, span[1]), inner, form, end

    # ---- driver -------------------------------------------------------------------------
    _relayed: tuple[int, SpeakerSpan, RawClaim | None] | None = None
    _last_tok_end = 0
    _source_skip = 0

    def _may_start(self, w: str) -> bool:
        """Whether a cue (`Doc.cue_at`) or an «according to» (`_according_at`) can stand at a
        token that normalises to `w`: the word-only part of both tests, so that most tokens are
        passed over without either."""
        forms = self.doc.lex.forms
        bare = strip_conj(w)
        return (forms.get(w) is not None or forms.get(bare) is not None
                or w in ACCORDING_WORDS or bare in ACCORDING_WORDS
                or _pronoun_according(w) is not None or bare == "جاء" or w == "علي")

    def run(self) -> list[RawClaim]:
        d = self.doc
        n = len(d)
        may: dict[str, bool] = {}
        i = 0
        while i < n:
            if d.para_of[i] in d.headline_paras:
                i += 1
                continue
            q = self._quote(i)
            if q is not None:
                nxt = self.quote(i, q)
                i = max(nxt, i + 1)
                continue
            w = d.norm[i]
            if w not in may:
                may[w] = self._may_start(w)
            if not may[w]:
                i += 1
                continue
            form = d.cue_at(i)
            nxt = None
            if form is not None and form.lemma == "جاء" and self._according_at(i):
                form = None
            if form is not None:
                nxt = self.participle(i, form) if form.kind == "participle" else self.verb(i, form)
            elif self._according_at(i):
                nxt = self.according(i)
            if nxt is not None and nxt > i:
                self._last_tok_end = nxt
                i = nxt
            else:
                i += 1
        return self.claims


def detect(doc: Doc) -> list[RawClaim]:
    return Detector(doc).run()


__all__ = ["RawClaim", "detect", "TITLES"]
