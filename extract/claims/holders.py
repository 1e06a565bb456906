"""A title alone names the person the article gave that title to: «وأضاف المبعوث الأممي» after
«المبعوث الأممي، إسماعيل ولد الشيخ أحمد»، «وقال رئيس الحكومة» after «رئيس الحكومة التركية أحمد داود
أوغلو»، «المتحدث» after «بدر عبد العاطي المتحدث باسم وزارة الخارجية».

The holder is found in the text before the reference, latest first: an earlier title phrase with
the same head noun whose words include the reference's other words, and a personal name right
after it (in the chain, or after a comma: an apposition) or right before it («X، المتحدث باسم …»).
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.arabic import strip_article, strip_conj
from extract.claims.doc import Doc
from extract.claims.names import given_names
from extract.claims.speakers import (
    honorific_pronoun,
    lam_genitive,
    person_after_title,
    strict_np,
)
from extract.claims.words import HONORIFIC_NOUNS, TIME_WORDS, TITLES

_SAME = {"نفسه", "نفسها", "ذاته", "ذاتها"}
_CHAIN_PREPS = {"في", "عن", "باسم", "لدي"}
_LOOK_BACK = 4000  # tokens: a title refers back within the article, not across a book
_HONORIFIC_LOOK_BACK = 1500  # tokens: «معاليه» refers to someone of this stretch of the story


def _stem(w: str) -> str:
    w = strip_article(strip_conj(w))
    return w[:-1] if w.endswith("ه") and len(w) > 3 else w


def _is_title(w: str) -> bool:
    return w in TITLES or strip_article(w) in TITLES


def _chain_end(doc: Doc, k: int, limit: int) -> int:
    """End of the title phrase opened at k: definite words, the title's ل-genitive, «في/عن/باسم X»
    and further titles («مساعد وزير الخارجية المصري الأسبق»)."""
    j = k + 1
    while j < limit and j - k < 12:
        w = doc.w(j)
        if doc.is_punct(j) or w in TIME_WORDS or doc.cue_at(j) is not None:
            break
        if w.startswith("ال") and w != "الي" or w.startswith("بال") or _is_title(w):
            j += 1
            continue
        if w in _CHAIN_PREPS and j + 1 < limit and doc.w(j + 1).startswith("ال"):
            j += 2
            continue
        if lam_genitive(doc, j, k):
            j += 1
            continue
        break
    return j


def _person_at(doc: Doc, k: int) -> tuple[int, int] | None:
    m = doc.mention_at.get(k)
    if m is not None and m.type == "PER" and m.start == k and doc.depth[k] == 0:
        return m.start, m.end
    return None


def title_holder(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token span of the person an earlier title phrase named, for the reference [start, end)
    («المبعوث الأممي»، «رئيس الحكومة»), or None."""
    head = _stem(doc.w(start))
    wanted = {_stem(doc.w(k)) for k in range(start + 1, end)} - _SAME
    for k in range(start - 1, max(-1, start - _LOOK_BACK), -1):
        if _stem(doc.w(k)) != head or not _is_title(strip_conj(doc.w(k))):
            continue
        chain_end = _chain_end(doc, k, start)
        words = {_stem(doc.w(j)) for j in range(k + 1, chain_end)}
        if not wanted <= words:
            continue
        person = person_after_title(doc, k, min(start, chain_end + 4))
        if person is not None and person[0] <= chain_end and person[1] <= start:
            return person
        j = chain_end
        if j < start and doc.t(j) in {"،", ","}:
            j += 1
        found = _person_at(doc, j) if j < start else None
        if found is not None and found[1] <= start:
            return found
        before = k - 1 if doc.t(k - 1) not in {"،", ","} else k - 2
        m = doc.mention_at.get(before)
        if m is not None and m.type == "PER" and m.end == before + 1 and doc.depth[before] == 0:
            return m.start, m.end
    return None


@dataclass(frozen=True)
class Holder:
    span: tuple[int, int]  # tokens of the person (or the title phrase)
    at: int  # token of the honorific noun
    subject: bool  # the honorific opens its sentence's subject («وأكد معالي الوزير …»)


def _subject_position(doc: Doc, j: int) -> bool:
    """The honorific at j (or its «صاحب») heads the subject: first or second word of its
    sentence, with no و/ل/ب of its own («وسمو ولي العهد»، «لقاءه بسمو …» are not subjects)."""
    if strip_conj(doc.w(j - 1)) in {"صاحب", "صاحبه"}:
        j -= 1
    w = doc.w(j)
    if strip_conj(w) != w or (w[:1] in {"ل", "ب"} and w[1:] in HONORIFIC_NOUNS):
        return False
    s = doc.sentence_start(j)
    words = [t for t in range(s, j) if not doc.is_punct(t)]
    return len(words) <= 1


def honorific_holders(doc: Doc, k: int, limit: int = 4) -> list[Holder]:
    """The people «معاليه»/«سموه»/«فضيلته» at k may stand for: those the text
    gave that honorific before k («معالي وزير الخارجية عادل الجبير»، «صاحب السمو الملكي الأمير
    فيصل بن بندر»، «لمعالي الرئيس العام …»), outside quotations. A minister is «معاليه», a prince
    «سموه»: the honorific itself tells apart two people speaking in turn. When the honorific
    introduced a title alone («سمو أمير المنطقة»), the person the article named with that title,
    else the title phrase. Latest first, at most `limit`; resolve.py chooses among them."""
    noun = honorific_pronoun(doc, k)
    out: list[Holder] = []
    if noun is None:
        return out
    for j in range(k - 1, max(-1, k - _HONORIFIC_LOOK_BACK), -1):
        if len(out) >= limit:
            break
        if doc.depth[j]:
            continue
        w = strip_conj(doc.w(j))
        if w != noun and not (w[:1] in {"ل", "ب"} and w[1:] == noun) and not (
                w == "ال" + noun and strip_conj(doc.w(j - 1)) in {"صاحب", "صاحبه"}):
            continue
        p = j + 1
        if doc.w(p) == "الملكي":
            p += 1
        span = _person_after_honorific(doc, p, k)
        if span is not None and all(h.span != span for h in out):
            out.append(Holder(span, j, _subject_position(doc, j)))
    return out


def _person_after_honorific(doc: Doc, p: int, limit: int) -> tuple[int, int] | None:
    if p >= limit:
        return None
    found = _person_at(doc, p)
    if found is not None:
        return found
    if _is_title(doc.w(p)):
        chain_end = _chain_end(doc, p, limit)
        for j in range(p + 1, min(limit, chain_end + 1)):
            found = _person_at(doc, j)  # «الشيخ صباح الأحمد»: the tagged name after the title
            if found is not None:
                return found
        person = person_after_title(doc, p, min(limit, chain_end + 5))
        if person is not None:
            m = _person_at(doc, person[0])  # the tagged name is whole («… بن عبدالعزيز السديس»)
            return m if m is not None and m[1] <= limit else person
        end = max(chain_end, strict_np(doc, p, limit))  # «أمير منطقة تبوك»: an indefinite chain
        return title_holder(doc, p, end) or (p, end)
    if doc.w(p) in given_names() and doc.w(p + 1) not in {"العهد", "ولي"}:  # «ولي العهد»
        end = p + 1
        while end < limit and end - p < 4 and not doc.is_punct(end) and (
                doc.w(end) in given_names() or doc.w(end) in {"بن", "ابن", "بنت", "ال"}
                or doc.w(end - 1) in {"بن", "ابن", "بنت", "ال"}):
            end += 1
        return p, end
    return None
