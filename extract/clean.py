"""Turn pasted or extracted article text into title + body paragraphs, without site furniture.

Pasted news pages drag in subscription prompts, share buttons, comment disclaimers and a list of
related headlines at the end. Those are recognised by a phrase lexicon (resources/lexicons/
boilerplate.txt) and by their shape: a trailing run of short lines with no sentence-final
punctuation. The headline is the short line the page repeats (sites print it again in the related
list), or else a short opening line without final punctuation. Body paragraphs are kept verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from extract.normalize import normalize
from extract.resources import resource_path

MAX_HEADLINE_WORDS = 25
MAX_FURNITURE_WORDS = 80
_FINAL_PUNCT = tuple(".؟?!…:»\"”)")


@dataclass(frozen=True)
class Cleaned:
    title: str | None
    paragraphs: list[str]


@lru_cache(maxsize=1)
def boilerplate_phrases() -> tuple[str, ...]:
    lines = resource_path("lexicons", "boilerplate.txt").read_text(encoding="utf-8").splitlines()
    return tuple(normalize(x.strip()) for x in lines if x.strip() and not x.startswith("#"))


def is_furniture(line: str) -> bool:
    """A short line carrying a known site-furniture phrase."""
    if len(line.split()) > MAX_FURNITURE_WORDS:
        return False
    norm = normalize(line)
    return any(p in norm for p in boilerplate_phrases())


def _is_headline_shaped(line: str) -> bool:
    return len(line.split()) <= MAX_HEADLINE_WORDS and not line.rstrip().endswith(_FINAL_PUNCT)


def clean_lines(lines: list[str], title_hint: str | None = None) -> Cleaned:
    """Pick the title and drop furniture from a list of text lines (paragraphs)."""
    paras = [ln.strip() for ln in lines if ln.strip()]
    paras = [p for p in paras if not is_furniture(p)]

    counts: dict[str, int] = {}
    for p in paras:
        counts[normalize(p)] = counts.get(normalize(p), 0) + 1
    repeated = [p for p in paras if counts[normalize(p)] > 1 and _is_headline_shaped(p)]

    title = title_hint.strip() if title_hint and title_hint.strip() else None
    if title is None and repeated:
        title = repeated[0]
    if title is None and len(paras) > 1 and _is_headline_shaped(paras[0]):
        title = paras[0]

    # A trailing run of two or more headline-shaped lines is the related-articles list; a single
    # short last line is kept (it may be the article's own closing line).
    end = len(paras)
    while end > 0 and _is_headline_shaped(paras[end - 1]) and _has_body_before(paras, end - 1):
        end -= 1
    if len(paras) - end < 2:
        end = len(paras)
    body = paras[:end]
    if title is not None:
        title_norm = normalize(title)
        body = [p for p in body if normalize(p) != title_norm]
        if not body and paras:  # a one-line article: keep what the user gave
            body = [p for p in paras if normalize(p) != title_norm] or paras
    return Cleaned(title=title, paragraphs=body)


def _has_body_before(paras: list[str], index: int) -> bool:
    """Only strip a tail when a real paragraph (ending a sentence) stands before it."""
    return any(not _is_headline_shaped(p) for p in paras[:index])
