"""A small library for the speaker-view tests: five articles written for them, analysed by hand
(the extractor's own classes, so nothing depends on model quality), with one speaker spelt three
ways, a surname-only reference, dates out of import order, outlets and a quote repeated by two
speakers."""

from __future__ import annotations

from dataclasses import dataclass

from extract.document import Span
from extract.fingerprint import extractor_fingerprint
from extract.model import Analysis, Claim, Evidence, Speaker
from extract.schema import validate

SHARED_QUOTE = "الحل السياسي هو الطريق الوحيد لإنهاء الأزمة في ليبيا"


@dataclass(frozen=True)
class Said:
    speaker: str                 # the speaker's full name in the article
    mention: str                 # how the article names them at the statement
    kind: str
    cue: str
    content: str


@dataclass(frozen=True)
class Written:
    title: str
    url: str | None
    published: str | None
    said: tuple[Said, ...]


ARTICLES = (
    # imported first, published last
    Written("السراج يزور روما", "https://www.aawsat.com/a/3", "2019-05-09", (
        Said("فائز السراج", "السراج", "indirect", "وأكد السراج",
             "أن حكومته ماضية في الدفاع عن طرابلس"),
    )),
    Written("أردوغان يستقبل السراج", "https://www.aljazeera.net/news/1", "2019-05-02", (
        Said("فائز السراج", "فائز السراج", "direct", "وقال فائز السراج",
             SHARED_QUOTE),
        Said("رجب طيب أردوغان", "أردوغان", "direct", "وقال أردوغان",
             "تركيا تقف مع الشرعية في ليبيا"),
    )),
    Written("إردوغان: لا حل عسكريا", "https://aljazeera.net/news/2", "2019-05-04", (
        Said("إردوغان", "إردوغان", "indirect", "وأضاف إردوغان", "أن الحل العسكري مستحيل"),
        Said("إردوغان", "إردوغان", "direct", "وتابع إردوغان", SHARED_QUOTE),
    )),
    Written("اردوغان يتصل بالسراج", None, None, (  # a file: no outlet, import date only
        Said("اردوغان", "اردوغان", "mixed", "وذكر اردوغان",
             "أن المحادثة تناولت «الوضع في طرابلس»"),
    )),
    Written("حفتر يواصل هجومه", "https://www.alarabiya.net/x", "2019-04-30", (
        Said("خليفة حفتر", "حفتر", "indirect", "وأعلن حفتر", "أن قواته تتقدم نحو طرابلس"),
    )),
)


def article_text(written: Written) -> str:
    sentences = [f"{s.cue} {s.content}." for s in written.said]
    return written.title + "\n" + "\n".join(sentences) + "\n"


def analysis_of(written: Written, text: str) -> Analysis:
    speakers: dict[str, list[str]] = {}
    aliases: dict[str, set[str]] = {}
    claims = []
    pos = 0
    for i, said in enumerate(written.said, start=1):
        cue_start = text.index(said.cue, pos)
        cue = Span(cue_start, cue_start + len(said.cue))
        content_start = text.index(said.content, cue.end)
        content = Span(content_start, content_start + len(said.content))
        mention_start = text.index(said.mention, cue.start)
        mention = Span(mention_start, mention_start + len(said.mention))
        sid = "S" + str(list(dict.fromkeys([*speakers, said.speaker])).index(said.speaker) + 1)
        speakers.setdefault(said.speaker, []).append(f"C{i}")
        if said.mention != said.speaker:
            aliases.setdefault(said.speaker, set()).add(said.mention)
        claims.append(Claim(f"C{i}", said.kind, cue, content, sid, said.mention, mention,
                            Evidence("explicit", mention)))
        pos = content.end
    people = tuple(Speaker(f"S{n}", name, tuple(sorted(aliases.get(name, ()))), None, False,
                           tuple(ids)) for n, (name, ids) in enumerate(speakers.items(), start=1))
    analysis = Analysis(text=text, title=written.title, claims=tuple(claims), speakers=people,
                        fingerprint=extractor_fingerprint())
    validate(analysis)
    return analysis


def fill_library(lib) -> list[int]:
    """The ARTICLES in `lib`, in that (import) order, analysed: their ids."""
    from app.library.analyses import store_analysis
    from app.library.articles import add_article

    ids = []
    for written in ARTICLES:
        text = article_text(written)
        result = add_article(lib, written.title, text, written.url, published=written.published)
        store_analysis(lib, result.article_id, analysis_of(written, text))
        ids.append(result.article_id)
    return ids
