"""Turn pasted or extracted article text into title + body paragraphs, without site furniture.

Pasted news pages drag in subscription prompts, share buttons, comment disclaimers and a list of
related headlines at the end. Those are recognised by a phrase lexicon (resources/lexicons/
boilerplate.txt) and by their shape: a trailing run of short lines with no sentence-final
punctuation. The headline is the short line the page repeats (sites print it again in the related
list), or else a short opening line without final punctuation (the one after an opening byline or
dateline). Body paragraphs are kept verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.normalize import normalize
from extract.resources import resource_path

MAX_HEADLINE_WORDS = 25
MAX_FURNITURE_WORDS = 80
MAX_SHORT_FURNITURE_WORDS = 12
_FINAL_PUNCT = tuple(".؟?!…:»\"”)")
_BODY_END = tuple(".:،,؛")
_BULLETS = tuple("*-•·–◦▪")
_NUMBERED_RE = re.compile(r"^\W*[0-9٠-٩]+\W*\s*[-.)–](?![0-9٠-٩])")
MAX_RELATED_LINES = 10
_INVISIBLE_EDGES = " \u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# "خالد الفرج ـ عنيزة", "الرياض - واس": a byline or dateline, not a headline.
# A name or place of up to four words, a dash with a space on one side at least, one or two
# words: «بـ«سوريا» and «(2-2)» are no bylines, and a tatweel is a dash only standing alone
# («بـ 48 ساعة» is the preposition).
_BYLINE_RE = re.compile(
    r"^\s*\S+(?:\s+\S+){0,3}(?:\s+[ـ–—-]\s*|\s*[–—-]\s+)\S+(?:\s+\S+)?\s*$")


@dataclass(frozen=True)
class Cleaned:
    title: str | None
    paragraphs: list[str]


@lru_cache(maxsize=1)
def boilerplate_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(phrases that mark furniture up to 80 words, phrases that do only in very short lines)."""
    lines = resource_path("lexicons", "boilerplate.txt").read_text(encoding="utf-8").splitlines()
    strong: list[str] = []
    short: list[str] = []
    for line in lines:
        phrase, _, scope = line.partition("\t")
        if phrase.strip() and not phrase.startswith("#"):
            (short if scope.strip() == "short" else strong).append(normalize(phrase.strip()))
    return tuple(strong), tuple(short)


def is_furniture(line: str) -> bool:
    """A line carrying a known site-furniture phrase (some phrases count only in short lines)."""
    words = len(line.split())
    if words > MAX_FURNITURE_WORDS:
        return False
    norm = normalize(line)
    strong, short = boilerplate_phrases()
    if any(p in norm for p in strong):
        return True
    return words <= MAX_SHORT_FURNITURE_WORDS and any(p in norm for p in short)


def _is_headline_shaped(line: str) -> bool:
    return len(line.split()) <= MAX_HEADLINE_WORDS and not line.rstrip().endswith(_FINAL_PUNCT)


def clean_lines(lines: list[str], title_hint: str | None = None) -> Cleaned:
    """Pick the title and drop furniture from a list of text lines (paragraphs)."""
    paras = [ln.strip() for ln in lines if ln.strip()]
    paras = [p for p in paras if not is_furniture(p)]
    norms = [normalize(p) for p in paras]
    tail_start = _related_list_start(paras, norms)

    title = title_hint.strip() if title_hint and title_hint.strip() else None
    if title is None:
        title = _repeated_headline(paras, norms, tail_start)
    if title is None:
        title = _opening_headline(paras)

    body = paras[:tail_start]
    if title is not None:
        title_norm = normalize(title)
        body = [p for p in body if normalize(p) != title_norm]
        if not body:  # a one-line article: keep what the user gave
            body = [p for p in paras if normalize(p) != title_norm] or paras
    return Cleaned(title=title, paragraphs=body)


def _opening_headline(paras: list[str]) -> str | None:
    """The opening line when it is title-shaped; after an opening byline or dateline (a scanned
    page's running header, «الشرق الأوسط - ملف ليبيا», has the same shape), the line after it."""
    first = 1 if paras and _BYLINE_RE.match(paras[0].strip(_INVISIBLE_EDGES)) else 0
    if len(paras) <= first + 1:
        return None
    line = paras[first]
    if first and len(line.split()) < 2:
        return None
    return line if _is_title_shaped(line) else None


def _is_title_shaped(line: str) -> bool:
    """Short, not ending like a sentence or a lead-in, and not a list item or a byline.

    Headlines end in a quote, a question or exclamation mark or an ellipsis as often as in a
    word («...» يندد, هل ...؟, ..); a full stop, a comma or a colon at the end marks body text.
    """
    line = line.strip(_INVISIBLE_EDGES)
    return (len(line.split()) <= MAX_HEADLINE_WORDS and not _ends_like_body(line)
            and not line.startswith(_BULLETS) and "@" not in line
            and not _NUMBERED_RE.match(line) and not _BYLINE_RE.match(line))


def _ends_like_body(line: str) -> bool:
    end = line.rstrip()
    if end.endswith(("..", "…")):
        return False
    return end.endswith(_BODY_END)


def _repeated_headline(paras: list[str], norms: list[str], tail_start: int) -> str | None:
    """A headline-shaped line printed twice, once at the top or in the trailing list."""
    for i, p in enumerate(paras):
        if not _is_title_shaped(p) or len(p.split()) < 2:
            continue
        places = [j for j, n in enumerate(norms) if n == norms[i]]
        if len(places) > 1 and (places[0] == 0 or places[-1] >= tail_start):
            return p
    return None


def _related_list_start(paras: list[str], norms: list[str]) -> int:
    """Index where the trailing related-headlines list starts (len(paras) when there is none).

    A tail of short lines without final punctuation is such a list when it repeats a line printed
    earlier (sites repeat the article's own headline there). Without that evidence the tail stays:
    verse, captions, bullet lists and bylines look the same, and losing article text is worse
    than keeping a few headlines.
    """
    start = len(paras)
    while start > 0 and _is_headline_shaped(paras[start - 1]) and \
            any(not _is_headline_shaped(p) for p in paras[:start - 1]):
        start -= 1
    tail = range(start, len(paras))
    if not 2 <= len(tail) <= MAX_RELATED_LINES:  # a long run of short lines is verse or a list
        return len(paras)
    if any(norms[i] in norms[:i] for i in tail):
        return start
    return len(paras)
