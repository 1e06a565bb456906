"""Who each statement's speaker really is.

- A named speaker is linked to the entity its words overlap (PER first, then ORG).
- A short definite reference («المصدر»، «الغرفة»، «رئيس الاستئناف»، «البيان») is the most recent
  speaker whose description has that head noun, else the most recent entity named with it.
- A lone surname («السراج») is the earlier speaker or entity whose name ends with it.
- An implicit subject («وأضاف أن»، «مشيرةً إلى») is, in order: the speaker of an earlier
  statement in the same sentence; the subject of the sentence's first verb; a person named since
  the last statement; the most recent speaker whose gender agrees with the verb (قال/قالت).
- Anonymous: an indefinite source noun (مصدر، مصادر، مسؤول، ناطق ...) with no name, or a
  «طلب عدم ذكر اسمه» clause; the description is kept as the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from extract.arabic import (
    FUNCTION_WORDS,
    PREPOSITIONS,
    PREVERBAL_PARTICLES,
    strip_article,
    strip_conj,
)
from extract.claims.detect import RawClaim
from extract.claims.doc import Doc, EntityMention
from extract.claims.holders import honorific_holders, title_holder
from extract.claims.lexicon import default_lexicon
from extract.claims.names import NAME_ALI, common_first_names, given_names
from extract.claims.speakers import (
    ISSUED,
    SpeakerSpan,
    honorific_pronoun,
    lam_genitive,
    person_after_title,
    plural_adjective,
    strict_np,
    surname_after,
)
from extract.claims.words import QUANTIFIERS, TIME_WORDS, TITLES
from extract.lexicons import load_words
from extract.normalize import normalize

_BROKEN_PLURAL_FEM = {"مصادر", "قوات", "سلطات", "اوساط", "جهات", "وكالات", "تقارير", "مواقع"}
_HUMAN_PLURAL = frozenset(normalize(w) for w in load_words("human_plurals.txt"))
_ONE_OF = {"احد": "m", "احدي": "f"}
_TOPIC_PREPS = {"عن", "حول", "بشان", "بخصوص", "عما", "فيما"}
_FORMER_LATTER = {"الاول", "الاولي", "الاخير", "الاخيره", "الثاني"}
_AS_PARTICLES = {"حسبما", "كما", "مثلما", "بحسب", "وفقا", "وفق"}  # «كما قال»، «حسبما نقل»
# «… طالباً/رفض/فضل عدم ذكر اسمه»: the words that open the request, tanween stripped
_ASKED = frozenset(normalize(w).rstrip("ًٌٍ") for w in load_words("anonymity_request_words.txt"))


@dataclass
class Who:
    name: str
    key: str
    entity: str | None = None
    anonymous: bool = False
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)


def _clean(s: str) -> str:
    s = s.replace("«", "").replace("»", "").replace("“", "").replace("”", "").replace('"', "")
    s = " ".join(_without_cues(s.replace("،", " ").split()))
    return s.strip(" ،,:.()-")


def clean_name(s: str) -> str:
    """A name as a card shows it: no quote marks, commas or speaking cues."""
    return _clean(s)


def _leading_cue_cut(name: str) -> str:
    """A tagged name without a speaking verb the tagger took in front of it («نوه أوباما»)."""
    words = name.split()
    if len(words) > 1:
        w = normalize(words[0]).replace("ـ", "")
        form = default_lexicon().forms.get(w) or default_lexicon().forms.get(strip_conj(w))
        if form is not None and form.kind == "verb" and w not in given_names():
            return " ".join(words[1:])
    return name


def _without_cues(words: list[str]) -> list[str]:
    """A name never holds a speaking cue: «وأشار المرصد» is «المرصد», «موقع كوارتز. وأكد الموقع»
    ends before «وأكد», «معتبراً ذلك خطوة» is no name at all. Cut at a cue verb with its
    conjunction, a cue after a full stop, or a participle with its tanween alef; a bare word that
    is also a verb inside a name («علي بن أبي طالب»، «علم الاجتماع») stays."""
    forms = default_lexicon().forms
    out: list[str] = []
    for word in words:
        w = normalize(word).replace("ـ", "")
        if out and w in _AS_PARTICLES:
            break  # «سيف حسبما نقل»: «as … reported» ends the name
        if out and w == "عدم":  # «مصدر أمني طالباً عدم كشف هويته»: the anonymity clause
            while out and normalize(out[-1]).replace("ـ", "").rstrip("ًٌٍ") in _ASKED:
                out.pop()
            break
        bare = strip_conj(w)
        form = forms.get(w) or (forms.get(bare) if bare != w else None)
        if form is not None and (
            (bare != w and form.kind == "verb")
            or (out and out[-1].endswith("."))
            or (form.kind == "participle" and w.endswith("ا"))
            or _imperfect(w, form)
            or (not out and form.kind == "verb" and len(words) > 1 and w not in given_names())
        ):
            if out:
                break
            continue  # a leading cue: the name starts after it
        out.append(word)
    return out


def _imperfect(w: str, form) -> bool:
    """«يقول»، «تضيف»، «تؤكد»: an imperfect speaking verb is never a word of a name."""
    return form.kind == "verb" and form.lemma.startswith("ي") and w[:1] in {"ي", "ت"}


@lru_cache(maxsize=65_536)
def _key(s: str) -> str:
    return " ".join(normalize(_clean(s)).split())


@lru_cache(maxsize=65_536)
def _head_words(alias: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """An alias's words without و/ال, and their overlap stems."""
    words = tuple(strip_article(strip_conj(w)) for w in _key(alias).split())
    return words, frozenset(_stem(w) for w in words)


def _stem(w: str) -> str:
    """A word for overlap: no و/ال, no feminine ending («الطبية» ~ «طبي»)."""
    w = strip_article(strip_conj(w))
    return w[:-1] if w.endswith("ه") and len(w) > 3 else w


def _gender_of(doc: Doc, sp: SpeakerSpan) -> str | None:
    head = doc.w(sp.start)
    if sp.start in doc.mention_at and doc.mention_at[sp.start].type == "PER":
        return "m"
    stem = strip_article(head)
    if stem in _ONE_OF:  # «أحد المختصين» is one man, «إحدى الموظفات» one woman: the verb agrees
        return _ONE_OF[stem]  # with «أحد», not with the plural after it
    if stem in _HUMAN_PLURAL or head in _HUMAN_PLURAL or stem in QUANTIFIERS:
        return "pl"
    if stem in _BROKEN_PLURAL_FEM or stem.endswith("ه") or stem.endswith("ات"):
        return "f"
    return "m"


def _no_name(name: str) -> bool:
    """Words that cannot name a speaker: they open with a preposition, particle, time word or
    a number («إلى المدينة الواقعة»، «الآن»، «وفي الوقت»، «70»، «تقديرات 71» is a noun and
    stays). Such a span was an adverbial or an object, and the subject is implicit."""
    words = normalize(name).split()
    if not words:
        return True
    raw = name.split()[0]
    if raw in {"علي", "وعلي", "فان"}:
        return False  # the name «علي» (the preposition is «على»), «فان در كلاوو» (not «فإن»)
    first = strip_conj(words[0].replace("ـ", ""))
    return (first[:1].isdigit() or first in PREPOSITIONS or first in FUNCTION_WORDS
            or first in TIME_WORDS or words[0] in TIME_WORDS)


def _name_like(w: str) -> bool:
    """A word that can be part of a personal name: no article, title, particle or cue."""
    return (len(w) >= 3 and not w.startswith("ال") and not _is_title_word(w)
            and w not in FUNCTION_WORDS and w not in PREPOSITIONS and w not in TIME_WORDS
            and w not in default_lexicon().forms)


def _plural_subject_suffix(token: str) -> bool:
    """«لخصوا»، «وأكدوا»، «يطالبون»: a verb whose subject is its own plural pronoun, so the noun
    after it is its object («ولخصوا أسباب انضمام …» — «the reasons» did not summarise)."""
    w = normalize(token)
    return len(w) > 4 and (w.endswith("وا") or (w[0] in "يت" and w.endswith("ون")))


def _is_title_word(w: str) -> bool:
    return w in TITLES or strip_article(w) in TITLES


def _compatible(verb: str | None, who: str | None) -> bool:
    if verb is None or who is None or verb == "du":
        return True
    if verb == who:
        return True
    return verb == "f" and who == "pl" and False


class Resolver:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.history: list[tuple[RawClaim, Who]] = []

    # ---- named speakers -----------------------------------------------------------------
    def named(self, sp: SpeakerSpan) -> Who:
        d = self.doc
        a, b = sp.start, sp.end
        while a < b - 1 and d.t(a) in {"«", "“", '"', "»", "”"}:  # «المسؤول اليمني»
            a += 1
        while b > a + 1 and d.t(b - 1) in {"«", "“", '"', "»", "”"}:
            b -= 1
        if (a, b) != (sp.start, sp.end):
            sp = SpeakerSpan(a, b, sp.anonymous_marker, sp.skip_chars if a == sp.start else 0)
        issuer = self._issuer(sp)
        if issuer is not None:
            return issuer
        if sp.end - sp.start == 1 and d.w(sp.start) in _FORMER_LATTER:
            found = self._former_latter(sp)
            if found is not None:
                return found
        text = _clean(d.slice(sp.start, sp.end)[sp.skip_chars :])
        toks = range(sp.start, sp.end)
        per = next(
            (d.mention_at[k] for k in toks if k in d.mention_at and d.mention_at[k].type == "PER"
             and not (d.mention_at[k].start > sp.start
                      and lam_genitive(d, d.mention_at[k].start, sp.start))
             and not (d.mention_at[k].end - d.mention_at[k].start == 1
                      and plural_adjective(d.w(d.mention_at[k].start)))),
            None,
        )  # «المدير العام لفندق أتلانتس»، «مواطنون يمنيون»: a genitive or a plural adjective
        # the tagger took for a person is none
        head = d.w(sp.start)[sp.skip_chars :]
        stem = strip_article(head)
        anon_head = (
            head in d.lex.anonymous_heads
            or stem in d.lex.anonymous_heads
            or strip_conj(head) in d.lex.anonymous_heads
        )
        gender = _gender_of(d, sp)
        if (
            per is not None
            and per.end - per.start == 1
            and per.start == sp.start + 1
            and head.startswith("ال")
            and stem in TITLES
            and d.w(per.start).startswith("ال")
        ):
            # «الرئيس النصراوي»: a title and a definite word — a known speaker first, else a name
            found = self._antecedent_by_head(sp, text)
            if found is not None:
                return self._adopt(found, text)
        if (
            per is not None
            and (per.start - sp.start <= 6 or per.end == sp.end)  # «الناشطة … فاطمة القحطاني»
            and not anon_head
            and stem not in d.lex.institutions
            and stem not in d.lex.statement_nouns
        ):
            # the name runs from the person mention to the end of the phrase (NER may cut it short)
            per_name = _leading_cue_cut(per.name)  # «نوه أوباما»: NER took the verb in
            if per.start < sp.start:  # the tagged name began at the cue: only its own words
                per_name = _clean(d.slice(sp.start, per.end)) or per_name
            first = max(per.start, sp.start)
            while first > sp.start and first - sp.start <= 2 and _name_like(d.w(first - 1)):
                first -= 1  # «هديل محمد باسهل»: a given name the tagger left out of the name
            name = _clean(d.slice(first, sp.end)) or per_name
            if len(_key(per_name)) > len(_key(name)):
                name = per_name
            return Who(name, per.entity, per.entity, False, "m", [text])
        anonymous = (anon_head and not head.startswith("ال")) or sp.anonymous_marker
        org = None
        if not anon_head:
            org = next((d.mention_at[k] for k in toks if k in d.mention_at), None)
        who = Who(
            text,
            org.entity if org else _key(text),
            org.entity if org else None,
            anonymous,
            gender,
            [text],
        )
        if head in TITLES or stem in TITLES:
            gender = "f" if head.endswith("ه") and head not in {"داعيه"} else "m"
        if head in TITLES or stem in TITLES:  # «وزير الداخلية اليمني اللواء عبده الحذيفي»
            person = person_after_title(d, sp.start, sp.end)
            if person is not None and person[1] == sp.end:
                name = _clean(d.slice(*person))
                found = self._match_person(name)
                if text not in found.aliases:
                    found.aliases.append(text)
                return found
        short = sp.end - sp.start <= 3
        definite_ref = short and (
            head.startswith("ال") or (head in TITLES and d.w(sp.start + 1).startswith("ال"))
        )
        if definite_ref and per is None and (head in TITLES or stem in TITLES):
            holder = self._title_holder(sp)  # «المبعوث الأممي» -> «إسماعيل ولد الشيخ أحمد»
            if holder is not None:
                return self._adopt(holder, text)
        if definite_ref:
            found = self._antecedent_by_head(sp, text)
            if (
                found is None
                and sp.end - sp.start == 1
                and stem not in TITLES
                and stem not in d.lex.anonymous_heads
                and stem not in d.lex.institutions
            ):
                found = self._antecedent_by_surname(sp.start, text)  # «السراج» -> «فائز السراج»
            if found is not None:
                return self._adopt(found, text)
        elif sp.end - sp.start == 1 and not anon_head and head not in TITLES:
            found = self._antecedent_by_surname(sp.start, text)
            if found is not None:
                return self._adopt(found, text)
        return who

    def _lone_honorific(self, sp: SpeakerSpan) -> bool:
        return sp.end - sp.start == 1 and honorific_pronoun(self.doc, sp.start) is not None

    def _honorific(self, r: RawClaim) -> Who | None:
        """«معاليه»، «سموه»: the person the article gave that honorific (holders.py), as the
        speaker already known when he spoke before (one card); with nobody found, the subject is
        carried over as for «وأضاف»."""
        d = self.doc
        holders = honorific_holders(d, r.speaker.start)
        if not holders:
            r.speaker = None
            return self.implicit(r)
        span = self._choose_holder(holders)
        m = d.mention_at.get(span[0])
        if m is not None and m.type == "PER" and m.start == span[0]:
            for who in self._recent():
                if who.key == m.entity:
                    return self._adopt(who, d.t(r.speaker.start))
        name = _clean(d.slice(*span))
        if not name:
            r.speaker = None
            return self.implicit(r)
        if _is_title_word(d.w(span[0])):
            return self.named(SpeakerSpan(span[0], span[1], False))
        return self._match_person(name)

    def _choose_holder(self, holders) -> tuple[int, int]:
        """Of the people given the honorific (latest first): one brought in as a subject since
        the last statement (a new speaker takes the floor: «وأبان معالي وزير الخارجية المصري»);
        else the one who spoke last («وأضاف سموه» goes on with the prince speaking, not with
        another prince mentioned meanwhile: «تحيات … وسمو ولي العهد»); else the latest subject,
        else the latest."""
        d = self.doc
        last = self.history[-1][0].content[1] if self.history else -1
        for h in holders:
            if h.subject and d.tokens[h.at].start > last:
                return h.span
        spoke = self._speaking_holder([h.span for h in holders])
        if spoke is not None:
            return spoke
        return next((h.span for h in holders if h.subject), holders[0].span)

    def _speaking_holder(self, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Of the people given the honorific, the one who spoke most recently."""
        d = self.doc
        for who in self._recent():
            names = [_key(a) for a in who.aliases + [who.name]]
            for span in spans:
                m = d.mention_at.get(span[0])
                if m is not None and m.type == "PER" and who.key == m.entity:
                    return span
                key = _key(d.slice(*span))
                if key and any(key in n or n in key for n in names if len(n) > 3):
                    return span
        return None

    def _title_holder(self, sp: SpeakerSpan) -> Who | None:
        """The person the article named with this title, as the speaker already known (one card)."""
        d = self.doc
        span = title_holder(d, sp.start, sp.end)
        if span is None:
            return None
        m = d.mention_at.get(span[0])
        if m is not None and m.type == "PER" and m.start == span[0]:
            for who in self._recent():
                if who.key == m.entity:
                    return who
        return self._match_person(_clean(d.slice(*span)))

    def _former_latter(self, sp: SpeakerSpan) -> Who | None:
        """«وأكد الأول» / «وقال الأخير»: the first / last person named in the sentences before."""
        d = self.doc
        s = d.sentence_start(sp.start)
        lo = d.sentence_start(s - 1) if s > 0 else 0
        people: list[tuple[int, int, int]] = []  # (start, end, phrase start)
        k = lo
        while k < sp.start:
            m = d.mention_at.get(k)
            if m is not None and m.type == "PER" and m.start == k:
                people.append((m.start, m.end, m.start))
                k = m.end
                continue
            if d.w(k) in TITLES or strip_article(d.w(k)) in TITLES:
                span = person_after_title(d, k, min(sp.start, k + 10))
                if span is not None:
                    people.append((span[0], span[1], k))
                    k = span[1]
                    continue
            k += 1
        if not people:
            return None
        first = d.w(sp.start) in {"الاول", "الاولي"}
        start, end, phrase = people[0] if first else people[-1]
        name = _clean(d.slice(start, end))
        who = self._match_person(name)
        for alias in (_clean(d.slice(phrase, end)), _clean(d.slice(sp.start, sp.end))):
            if alias not in who.aliases:
                who.aliases.append(alias)
        return who

    def _issuer(self, sp: SpeakerSpan) -> Who | None:
        """«بيان للتنظيم»، «بيان صادر عن البيت الأبيض»: a document speaks for who issued it."""
        d = self.doc
        if strip_article(d.w(sp.start)[sp.skip_chars :]) not in d.lex.statement_nouns:
            return None
        for k in range(sp.start + 1, min(sp.end, sp.start + 3)):
            w = d.w(k)
            if w in {"عن", "من"} and d.w(k - 1) in ISSUED:
                start, prefix, skip = k + 1, "", 0
            elif w.startswith("لل") and len(w) > 3:
                start, prefix, skip = k, "ال", 2
            elif w.startswith("ل") and not w.startswith("ال") and len(w) > 3:
                start, prefix, skip = k, "", 1
            else:
                continue
            end = start + 1
            while end < sp.end and (d.w(end).startswith("ال") or end in d.quote_at
                                    or d.w(end) in TITLES or lam_genitive(d, end, start)):
                end += 1  # «البيان الصادر عن مكتب رئيس الوزراء التركي»: the whole chain
            if start >= sp.end:
                return None
            name = _clean(prefix + d.slice(start, end)[skip:])
            whole = _clean(d.slice(sp.start, sp.end))
            found = None
            for who in self._recent():
                if any(_key(name) in _key(a) for a in who.aliases + [who.name]):
                    found = who
                    break
            if found is not None:
                return self._adopt(found, whole)
            org = d.mention_at.get(start)
            return Who(
                name,
                org.entity if org else _key(name),
                org.entity if org else None,
                False,
                "f" if name.endswith("ة") else "m",
                [whole],
            )
        return None

    def _recent(self):
        """Speakers of earlier statements, most recent first, each once (a speaker quoted a
        hundred times is one candidate, not a hundred)."""
        seen: set[int] = set()
        for _, who in reversed(self.history):
            if id(who) not in seen:
                seen.add(id(who))
                yield who

    def _adopt(self, found: Who, alias: str) -> Who:
        aliases = list(found.aliases)
        if alias not in aliases:
            aliases.append(alias)
        return Who(found.name, found.key, found.entity, found.anonymous, found.gender, aliases)

    def _antecedent_by_head(self, sp: SpeakerSpan, text: str) -> Who | None:
        d = self.doc
        head_stem = strip_article(d.w(sp.start))
        words_np = {_stem(w) for w in _key(text).split()}
        if head_stem in d.lex.statement_nouns and self.history:
            # «وقال التقرير» is the report that spoke before («ذكر تقرير شركة أستيكو»), even
            # when its analyst was quoted in between; with no report among the speakers, the
            # document speaks for the one who spoke last
            for who in self._recent():
                if any(head_stem in _head_words(a)[0][:2] for a in who.aliases + [who.name]):
                    return who
            return self.history[-1][1]
        best, best_score = None, 0
        others = words_np - {_stem(head_stem), "نفسه", "نفسها", "ذاته", "ذاتها"}
        for who in self._recent():  # most recent first; ties keep the most recent
            for alias in who.aliases + [who.name]:
                words, stems = _head_words(alias)
                if head_stem not in words[:3]:
                    continue
                score = len(words_np & stems)
                if score > best_score:
                    best, best_score = who, score
        if best is None and (head_stem in TITLES or head_stem in d.lex.anonymous_heads):
            for who in self._recent():  # «المسؤول اليمني» -> «وزير الداخلية اليمني ...»
                words = {_stem(w) for a in who.aliases + [who.name] for w in _key(a).split()}
                if others and others <= words:
                    return who
        if best is not None:
            return best
        for i in d.mentions_before(sp.start):
            m = d.mentions[i]
            if m.end > sp.start:
                continue
            words = [strip_article(w) for w in _key(m.name).split()]
            if head_stem in words[:2]:
                return self._entity_who(m)
        return self._title_in_text(sp)

    def _title_in_text(self, sp: SpeakerSpan) -> Who | None:
        """«اللاعب» -> the latest earlier «اللاعب عبدالعزيز الجبرين» in the text."""
        d = self.doc
        head = d.w(sp.start)
        if strip_article(head) not in TITLES and head not in TITLES:
            return None
        n = sp.end - sp.start
        for k in range(sp.start - 1, -1, -1):
            if strip_conj(d.w(k)) != head and d.w(k) != head:
                continue
            if any(d.w(k + o) != d.w(sp.start + o) for o in range(1, n)):
                continue
            found = person_after_title(d, k, min(len(d), k + n + 6))
            if found is not None:
                name = _clean(d.slice(*found))
                return Who(name, _key(name), None, False, "m", [name])
        return None

    def _antecedent_by_surname(self, k: int, text: str) -> Who | None:
        d = self.doc
        token = _key(text)
        for who in self._recent():
            for alias in who.aliases + [who.name]:
                words = _key(alias).split()
                if len(words) > 1 and words[-1] == token:
                    return who
        for i in d.mentions_before(k):
            m = d.mentions[i]
            if m.end > k or m.type != "PER":
                continue
            words = _key(m.name).split()
            if len(words) > 1 and words[-1] == token:
                return self._entity_who(m)
        # no entity list: the first earlier «Firstname Surname» in the text
        for j in range(k):
            if d.w(j) == d.w(k) and j > 0:
                prev = d.w(j - 1)
                if (
                    prev
                    and not d.is_punct(j - 1)
                    and not prev.startswith("ال")
                    and prev not in TITLES
                    and prev not in TIME_WORDS
                    and len(prev) > 2
                    and d.cue_at(j - 1) is None
                    and not prev.startswith("ل")
                    and not prev.startswith("ب")
                    and prev not in {"ان", "علي", "مع", "عن", "من", "في"}
                ):
                    name = _clean(d.slice(j - 1, j + 1))
                    return Who(name, _key(name), None, False, "m", [name])
                break
        return None

    def _entity_who(self, m: EntityMention) -> Who:
        name = _leading_cue_cut(m.name)
        return Who(name, m.entity, m.entity, False, "m" if m.type == "PER" else None, [name])

    # ---- implicit subjects --------------------------------------------------------------
    def _addressees(self, r: RawClaim) -> str:
        """What follows «مع» or «لـ» between the cue and the statement («وأكدت في اتصال هاتفي مع
        "الوطن" أن»): the one spoken to, normalised. A speaker does not speak to itself."""
        d = self.doc
        words: list[str] = []
        k = r.cue_tok + 1
        while k < len(d.tokens) and d.tokens[k].start < r.content[0] and k < r.cue_tok + 15:
            w = d.w(k)
            if strip_conj(w) == "مع" or w in {"ل", "لـ"} or d.t(k) == "لـ":
                words.append(" ".join(d.w(j) for j in range(k + 1, min(k + 5, len(d.tokens)))))
            k += 1
        return " | ".join(_key(x) for x in words)

    def implicit(self, r: RawClaim) -> Who | None:
        """The speaker of a cue with no subject of its own, skipping whoever it is addressed to."""
        addressed = self._addressees(r)
        if not addressed:
            return self._implicit(r)
        history = self.history
        self.history = [(c, w) for c, w in history if not _key(w.name) or
                        _key(w.name) not in addressed]
        try:
            return self._implicit(r, addressed)
        finally:
            self.history = history

    def _implicit(self, r: RawClaim, addressed: str = "") -> Who | None:
        d = self.doc
        g = r.gender if r.pronoun_of is None else r.pronoun_of
        sent = d.sent_of[r.cue_tok]
        same_sentence = [(c, w) for c, w in self.history if d.sent_of[c.cue_tok] == sent]
        if r.participle and self.history:  # «"..."، مشيراً إلى» right after a statement
            c, w = self.history[-1]
            if 0 <= d.tokens[r.cue_tok].start - c.content[1] <= 4:
                return w
        if same_sentence:
            c, w = same_sentence[-1]
            if r.participle or _compatible(g, w.gender):
                return w
        for subj in self._clause_subjects(r):
            if addressed and _key(subj.name) and _key(subj.name) in addressed:
                continue
            if r.participle or _compatible(g, subj.gender):
                return subj
        if g == "pl":
            group = self._plural_people(r)
            if group is not None:
                return group
        speaking = self._speaker_of_a_cue_since_last(r)
        if speaking is not None and _compatible(g, speaking.gender):
            return speaking
        person = self._person_since_last(r)
        if person is not None and _compatible(g, person.gender):
            return person
        for _, w in reversed(self.history):
            if _compatible(g, w.gender):
                return w
        return self.history[-1][1] if self.history else None

    def _subject_at(self, a: int, limit: int) -> Who | None:
        d = self.doc
        if a >= limit or d.is_punct(a) and a not in d.quote_at:
            return None
        w = d.w(a)
        stem = strip_article(w)
        original = d.t(a)
        if w in TIME_WORDS or w in FUNCTION_WORDS or strip_conj(w) in PREPOSITIONS:
            return None
        if (
            not w.startswith("ال")
            and original.endswith(("ه", "ها", "هم", "هما"))
            and stem not in d.lex.institutions
        ):
            return None  # «واصل تخبطاته»: an object with a pronoun, the subject is hidden
        nxt = d.w(a + 1)
        lone_ner = (  # a one-word NER «person» that is no known first name: often a mistake
            a in d.mention_at
            and d.mention_at[a].end - d.mention_at[a].start == 1
            and w not in common_first_names()
        )
        if not (
            w.startswith("ال")
            or w in TITLES
            or stem in TITLES
            or a in d.quote_at
            or stem in d.lex.anonymous_heads
            or stem in d.lex.institutions
            or (a in d.mention_at and not lone_ner)
            or (
                nxt
                and not nxt.startswith("ال")
                and not d.is_punct(a + 1)
                and nxt not in PREPOSITIONS
                and nxt not in FUNCTION_WORDS
                and nxt not in {"او", "ام", "ثم", "و"}
                and d.cue_at(a + 1) is None
            )
        ):
            return None  # «ورفض تأكيد أو نفي»: a verbal noun, not a subject
        end = strict_np(d, a, limit)
        if end <= a:
            return None
        return self.named(SpeakerSpan(a, end, False))

    def _clause_subjects(self, r: RawClaim) -> list[Who]:
        """Subjects of earlier clauses in the sentence, nearest first: the sentence's first verb,
        «إلا أن X»، «لكن X», and earlier speaking verbs («قال الوزير مشيراً إلى»)."""
        d = self.doc
        s = d.sentence_start(r.cue_tok)
        found: list[tuple[int, Who]] = []
        k = s
        while k < r.cue_tok and (d.w(k) in PREVERBAL_PARTICLES or d.is_punct(k)):
            k += 1
        comma = next((c for c in range(k, min(k + 5, r.cue_tok)) if d.t(c) in {"،", ","}), None)
        if comma is not None and (
            d.w(k) in {"من", "في", "الي", "علي", "مع", "وفي", "ومن"}
            or (d.w(k).endswith("ا") and comma == k + 1)
        ):
            k = comma + 1  # «إلى ذلك، شكلت ...»، «ميدانياً، أعلنت ...»
            while k < r.cue_tok and (d.w(k) in PREVERBAL_PARTICLES or d.is_punct(k)):
                k += 1
        w = strip_conj(d.w(k))
        if (
            k < r.cue_tok - 1
            and not _plural_subject_suffix(d.t(k))  # «ولخصوا أسباب …»: the object follows
            and w not in PREPOSITIONS  # «وحول مدى خطورة الجمال، قال»: a topic, not a verb
            and not w.startswith("ال")
            and w not in TIME_WORDS
            and len(w) >= 3
            and w not in FUNCTION_WORDS
            and not d.is_punct(k)
        ):
            who = self._subject_at(k + 1, min(r.cue_tok, k + 12))
            if who is not None:
                found.append((k, who))
        for p in range(s, r.cue_tok - 1):
            w = d.w(p)
            if p == k:
                continue
            if (w == "ان" and d.w(p - 1) in {"الا", "غير", "ومع", "بل"}) or w in {"لكن", "ولكن"}:
                who = self._subject_at(p + 1, min(r.cue_tok, p + 10))
                if who is not None:
                    found.append((p, who))
            elif d.cue_at(p) is not None and d.cue_at(p).kind == "verb" and d.depth[p] == 0:
                who = self._subject_at(p + 1, min(r.cue_tok, p + 12))
                if who is not None:
                    found.append((p, who))
        found.sort(key=lambda fw: -fw[0])
        return [w for _, w in found if not _no_name(w.name)]

    def _plural_people(self, r: RawClaim) -> Who | None:
        """«نشر ناشطون ... تسجيلاً قالوا إنه»: the nearest plural group of people before the verb."""
        d = self.doc
        s = d.sentence_start(r.cue_tok)
        said = [c.content for c, _ in self.history[-3:]]
        for k in range(r.cue_tok - 1, s - 1, -1):
            w = d.w(k)
            if any(a <= d.tokens[k].start < b for a, b in said):
                continue  # people inside what was said are not the ones speaking now
            if strip_conj(w) in _HUMAN_PLURAL or strip_article(w) in _HUMAN_PLURAL:
                end = strict_np(d, k, r.cue_tok)
                who = self.named(SpeakerSpan(k, max(end, k + 1), False))
                who.gender = "pl"
                return who
        return None

    def _speaker_of_a_cue_since_last(self, r: RawClaim) -> Who | None:
        """«وقال معاليه أود اعتماد كلمة …. وأكد أن المملكة …»: a speaking verb since the last
        statement whose own words were not taken as a statement still names who took the floor
        — an honorific pronoun or a tagged person right after it; «وأكد» carries that subject."""
        d = self.doc
        last = self.history[-1][0] if self.history else None
        lo = max(last.content[1], last.cue[1] if last.cue else 0) if last is not None else 0
        k = r.cue_tok - 1
        while k >= 0 and d.tokens[k].start >= lo:
            form = d.cue_at(k)
            if form is not None and form.kind == "verb" and not d.depth[k]:
                if honorific_pronoun(d, k + 1) is not None:
                    fake = RawClaim(None, (d.tokens[k].end, d.tokens[k].end), "indirect", k,
                                    SpeakerSpan(k + 1, k + 2, False), form.gender)
                    return self._honorific(fake)
                m = d.mention_at.get(k + 1)
                if m is not None and m.type == "PER" and m.start == k + 1:
                    return self._entity_who(m)
            k -= 1
        return None

    def _topic_phrase(self, cue: int) -> int | None:
        """Last token of a topic phrase opening the cue's sentence and running up to the cue
        («وعن تقييمه للحكم الدولي فهد المرداسي قال:»، «وحول ما ينقص الحكم السعودي، قال»، «وردا
        على سؤال عن …»): the people in it are what the speaker talks about, not the speaker."""
        d = self.doc
        s = d.sentence_start(cue)
        k = s
        while k < cue and d.is_punct(k):
            k += 1
        if k >= cue:
            return None
        w = strip_conj(d.w(k))
        opens = w in _TOPIC_PREPS or (w in {"ردا", "جوابا"} and d.w(k + 1) == "علي") or (
            w == "في" and strip_article(d.w(k + 1)) in {"سؤال", "رده", "معرض", "حديثه"})
        if not opens or cue - k > 30:
            return None
        return cue - 1

    def _person_since_last(self, r: RawClaim) -> Who | None:
        """A person named since the previous statement: in the latest sentence that names one,
        the first named (the subject comes early). A title and a name beat an NER guess."""
        d = self.doc
        last = self.history[-1][0] if self.history else None
        lo = 0
        if last is not None:
            lo = max(last.content[1], last.cue[1] if last.cue else 0)
        topic = self._topic_phrase(r.cue_tok)
        if topic is not None:  # «وعن تقييمه للحكم فهد المرداسي قال»: who is talked about
            lo = max(lo, d.tokens[topic].end)
        cue_char = d.tokens[r.cue_tok].start
        found: list[tuple[int, int, Who]] = []  # (token, rank: 0 title / 1 NER, who)
        k = r.cue_tok - 1
        while k >= 0 and d.tokens[k].start >= lo:
            if not d.depth[k] and (d.w(k) in TITLES or strip_article(d.w(k)) in TITLES):
                span = person_after_title(d, k, min(r.cue_tok, k + 10))
                if span is not None:
                    who = self._match_person(_clean(d.slice(*span)))
                    if d.w(k).endswith("ه") and d.w(k) != "داعيه":  # «الطالبة نور العمراني»
                        who.gender = "f"
                    found.append((k, 0, who))
            k -= 1
        first = k + 1  # the first token at or after `lo`
        for m in d.mentions_from(first, r.cue_tok):
            start_char = d.tokens[m.start].start
            plausible = (
                m.end - m.start >= 2
                or d.w(m.start) in common_first_names()
                or (d.w(m.start - 1) in TITLES or strip_article(d.w(m.start - 1)) in TITLES)
            )  # a lone NER «person» with no first name and no title is too often a mistake
            if (
                m.type == "PER"
                and plausible
                and lo <= start_char < cue_char
                and d.depth[m.start] == 0
            ):
                if not any(a <= m.start <= a + 10 for a, _, _ in found):
                    who = self._entity_who(m)
                    if m.end - m.start == 1 and surname_after(d, m.end, r.cue_tok):
                        # «المخضرم دينيس روس غير كاف»: the tagger took the given name alone
                        name = _clean(d.slice(m.start, m.end + 1))
                        who = Who(name, m.entity, m.entity, False, who.gender, [name])
                    if not any(who.key == w.key for _, w in self.history):
                        who.gender = None  # a name no verb has agreed with: a man or a woman
                    found.append((m.start, 1, who))
        if not found:
            return None
        latest_sentence = max(d.sent_of[t] for t, _, _ in found)
        in_sentence = [f for f in found if d.sent_of[f[0]] == latest_sentence]
        in_sentence.sort(key=lambda f: (f[0], f[1]))
        return in_sentence[0][2]

    def _match_person(self, name: str) -> Who:
        key = _key(name)
        for who in self._recent():
            if any(key == _key(a) or key in _key(a) for a in who.aliases + [who.name]):
                return who
        return Who(name, key, None, False, "m", [name])

    # ---- driver -------------------------------------------------------------------------
    def run(self, raws: list[RawClaim]) -> list[tuple[RawClaim, Who | None, Found | None]]:
        """Each claim with its speaker and how the speaker was found (None: nobody was)."""
        out: list[tuple[RawClaim, Who | None, Found | None]] = []
        for r in raws:
            earlier = {w.key: c for c, w in self.history}  # the latest statement of each source
            if r.same_as_previous and self.history:
                who = self.history[-1][1]
                found = Found("continuation", r.cue, self.history[-1][0])
            elif r.speaker is not None and self._lone_honorific(r.speaker):
                words = self.doc.char_span(r.speaker.start, r.speaker.end)
                who = self._honorific(r)  # «وأوضح معاليه»: the person given that honorific
                kind = "reference" if r.speaker is not None else "implicit"
                found = None if who is None else Found(
                    kind, words if r.speaker is not None else r.cue, earlier.get(who.key))
            elif r.speaker is not None and _clean(
                    self.doc.slice(r.speaker.start, r.speaker.end)[r.speaker.skip_chars:]) \
                    and (NAME_ALI in self.doc.norm[r.speaker.start:r.speaker.end]
                         or not _no_name(self.named(r.speaker).name)):
                who = self.named(r.speaker)
                found = self._how_named(r, who, earlier)
                if (found.kind == "explicit" and who.gender in {"m", "f"}
                        and r.gender in {"m", "f"} and not r.participle
                        and r.speaker.via is None):
                    # «قالت هديل باسهل»، «فاطمة القحطاني قالت»: a verb agrees with its singular
                    # subject in gender, so it tells a woman from a man («وأضافت» later is hers)
                    who.gender = r.gender
            else:  # no speaker words, or only a verb («ومضى يقول إنه»): the subject is implicit
                r.speaker = None
                who = self.implicit(r)
                found = None if who is None else Found("implicit", r.cue, earlier.get(who.key))
            out.append((r, who, found if who is not None else None))
            if who is not None:
                self.history.append((r, who))
        return out

    def _how_named(self, r: RawClaim, who: Who, earlier: dict[str, RawClaim]) -> Found:
        """Named at the cue, or a reference («المصدر»، «الوزير») resolved to an earlier source."""
        d = self.doc
        sp = r.speaker
        words = (d.tokens[sp.start].start + sp.skip_chars, d.tokens[sp.end - 1].end)
        if r.cue is not None and d.w(r.cue_tok) in d.lex.according:
            return Found("according-to", words, None)
        said = _key(d.slice(sp.start, sp.end)[sp.skip_chars:])
        if said and said not in _key(who.name):
            head = strip_article(d.w(sp.start)[sp.skip_chars:])
            named = any(k in d.mention_at and d.mention_at[k].type == "PER"
                        for k in range(sp.start, sp.end))
            if head in TITLES and not named:  # «المبعوث الأممي» -> whom the article gave it
                return Found("title", words, earlier.get(who.key))
            if who.key in earlier:
                return Found("title" if head in TITLES else "reference", words, earlier[who.key])
        return Found("explicit", words, None)


@dataclass(frozen=True)
class Found:
    """How a speaker was found: the kind of evidence, the words that decided it (a character
    span: the speaker's words, or the cue whose subject was carried over) and the earlier
    statement the speaker was carried from."""
    kind: str  # explicit | reference | title | implicit | according-to | continuation
    words: tuple[int, int] | None
    earlier: RawClaim | None
