"""Per-article token view the claim rules read: normalised words, sentences, quotes, entities."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.arabic import strip_article, strip_conj
from extract.claims.lexicon import CueForm, Lexicon
from extract.claims.names import NAME_ALI, given_names
from extract.claims.quotes import Quote, find_quotes, quote_depths
from extract.claims.words import NOT_A_VERB_BEFORE, SENTENCE_END, TITLES
from extract.document import Article
from extract.model import Entity
from extract.normalize import normalize


@dataclass
class EntityMention:
    entity: str
    type: str
    name: str
    start: int  # token index
    end: int  # token index, exclusive


@dataclass
class Doc:
    article: Article
    lex: Lexicon
    norm: list[str] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)
    para_of: list[int] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quote_at: dict[int, Quote] = field(default_factory=dict)  # outermost quote opening at a token
    depth: list[int] = field(default_factory=list)
    mention_at: dict[int, EntityMention] = field(default_factory=dict)
    mentions: list[EntityMention] = field(default_factory=list)
    headline_paras: set[int] = field(default_factory=set)
    _mention_starts: list[int] = field(default_factory=list, repr=False)

    @property
    def tokens(self):
        return self.article.tokens

    @property
    def text(self) -> str:
        return self.article.text

    def __len__(self) -> int:
        return len(self.article.tokens)

    def w(self, i: int) -> str:
        return self.norm[i] if 0 <= i < len(self.norm) else ""

    def t(self, i: int) -> str:
        return self.article.tokens[i].text if 0 <= i < len(self.norm) else ""

    def is_punct(self, i: int) -> bool:
        tok = self.t(i)
        return bool(tok) and not any(ch.isalnum() for ch in tok)

    def is_sentence_end(self, k: int) -> bool:
        """A full stop (or ؟ !) that really ends its sentence (not «د.» or a number)."""
        if self.t(k) not in SENTENCE_END:
            return False
        return k + 1 >= len(self.norm) or self.sent_of[k + 1] != self.sent_of[k]

    def cue_at(self, i: int) -> CueForm | None:
        """The cue form at token i, when it stands as a speaking verb or participle there."""
        w = self.w(i)
        form = self.lex.forms.get(w)
        if form is None:
            bare = strip_conj(w)
            if bare != w:
                form = self.lex.forms.get(bare)
        if form is None:
            return None
        prev = self.w(i - 1)
        if prev in NOT_A_VERB_BEFORE and form.kind == "verb":
            return None
        if form.kind == "participle" and (
            prev in self.lex.anonymous_heads or prev in {"مصدر", "مصادر"}
        ):
            return None  # «مصادر مؤكدة»: an adjective, not «stressing»
        if form.kind == "participle" and form.gender in {"pl", "du"} and prev and not (
            self.is_punct(i - 1) or prev in {"و", "ف"}
        ):
            return None  # «أشخاص متهمين بالإرهاب»، «لكن منتقدين يقولون»: a noun or adjective
        if form.lemma == "ابان" and self.t(i).lstrip("وف").startswith("إ"):
            return None  # «إبان» (during), not «أبان» (made clear): the hamza tells them apart
        nxt = self.w(i + 1)
        if form.kind == "participle" and form.lemma.rstrip("ا") in self.lex.anonymous_heads \
                and nxt not in {"عن", "الي", "مع", "ل", "لـ"} and not nxt.startswith("ل"):
            return None  # «متحدثة باسم الجيش»، «مشرفة ومتحدثة مبادرة»: the spokesman noun; the
            # participle («متحدثاً عن»، «متحدثة لشبكة ميغا») takes «عن»، «إلى»، «لـ»
        if form.lemma == "راي" and self.t(i).endswith("ي"):
            return None  # «رأي» (an opinion), not «رأى» (he opined): the final ى tells them apart
        if form.kind == "verb" and self.t(i).endswith("ة"):
            return None  # «طالبة» is a student, not «طالبه» (demanded him): verbs never end in ة
        return form

    def has_conj(self, i: int) -> bool:
        w = self.w(i)
        return len(w) > 2 and w[0] in "وف" and w not in self.lex.forms

    def mentions_before(self, k: int) -> range:
        """Indices into `mentions` of those starting before token k, latest first (book-length
        texts have thousands: callers scanning back stop at the first that fits)."""
        return range(bisect_left(self._starts(), k) - 1, -1, -1)

    def mentions_from(self, k: int, end: int) -> list[EntityMention]:
        """Mentions starting at a token in [k, end)."""
        starts = self._starts()
        return self.mentions[bisect_left(starts, k):bisect_left(starts, end)]

    def _starts(self) -> list[int]:
        """Start tokens of `mentions` (sorted by start), rebuilt when mentions were added."""
        if len(self._mention_starts) != len(self.mentions):
            self._mention_starts = [m.start for m in self.mentions]
        return self._mention_starts

    def char_span(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens [a, b)."""
        toks = self.article.tokens
        return toks[a].start, toks[b - 1].end

    def slice(self, a: int, b: int) -> str:
        if b <= a:
            return ""
        s, e = self.char_span(a, b)
        return self.text[s:e]

    def same_para(self, i: int, j: int) -> bool:
        return 0 <= j < len(self.norm) and self.para_of[i] == self.para_of[j]

    def sentence_start(self, i: int) -> int:
        j = i
        while j > 0 and self.sent_of[j - 1] == self.sent_of[i]:
            j -= 1
        return j


def _indices_of(spans, positions) -> list[int]:
    """For each position, the index of the span (sorted by start) it falls in or after."""
    starts = [s.start for s in spans]
    return [max(bisect_right(starts, pos) - 1, 0) for pos in positions]


def _trim_unclosed(doc: Doc, q: Quote) -> Quote:
    """A quote left open ends before «، مبيناً أن» — the reporter's voice is back."""
    if q.closed:
        return q
    for k in range(q.open + 2, q.close - 1):
        if doc.t(k) in {"،", ","}:
            form = doc.lex.forms.get(doc.norm[k + 1]) if k + 1 < len(doc.norm) else None
            if form is not None and form.kind == "participle":
                return Quote(q.open, k, False)
    return q


def build_doc(article: Article, lex: Lexicon, entities: Sequence[Entity]) -> Doc:
    toks = article.tokens
    doc = Doc(article, lex)
    doc.norm = [normalize(t.text).replace("ـ", "") for t in toks]
    for k, t in enumerate(toks):  # «علي» the name vs «على» the preposition: both normalise to علي
        if (
            t.text == "علي"
            and k > 0
            and (
                doc.norm[k - 1].startswith("ال")
                or doc.norm[k - 1] in TITLES
                or (k + 1 < len(toks) and doc.norm[k + 1] in given_names())
            )
        ):
            doc.norm[k] = NAME_ALI
        elif (  # «الدكتور على أبو الريش»: the name written with ى, after a title and before
            # a kunya or a patronymic (else «الشيخ على أهمية»، «آل الشيخ على نزع» are «on»)
            t.text == "على" and 0 < k and k + 1 < len(toks)
            and (doc.norm[k - 1] in TITLES or strip_article(doc.norm[k - 1]) in TITLES)
            and doc.norm[k - 2:k - 1] != ["ال"]
            and doc.norm[k + 1] in {"ابو", "بن", "ابن"}
        ):
            doc.norm[k] = NAME_ALI
    starts = [t.start for t in toks]
    doc.sent_of = _indices_of(article.sentences, starts) if article.sentences else [0] * len(toks)
    doc.para_of = _indices_of(article.paragraphs, starts) if article.paragraphs else [0] * len(toks)
    doc.quotes = [_trim_unclosed(doc, q) for q in find_quotes(toks, doc.para_of, article.text)]
    for q in doc.quotes:
        if q.open not in doc.quote_at or doc.quote_at[q.open].close < q.close:
            doc.quote_at[q.open] = q
    doc.depth = quote_depths(len(toks), doc.quotes)
    for ent in entities:
        for m in ent.mentions:
            a, b = article.token_range(m)
            if b > a:
                em = EntityMention(ent.id, ent.type, ent.name, a, b)
                doc.mentions.append(em)
                for k in range(a, b):
                    doc.mention_at.setdefault(k, em)
    doc.mentions.sort(key=lambda m: m.start)
    if article.title:
        title = normalize(article.title).strip()
        for k, p in enumerate(article.paragraphs):
            if normalize(article.text[p.start : p.end]).strip() == title:
                doc.headline_paras.add(k)
    return doc
