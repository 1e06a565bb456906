"""A long article analysed block by block, so its highlights arrive while the rest is analysed.

A 1.36 MB paste takes the extractor minutes as one piece (the whole-article stages grow faster
than the text). Cut into blocks of whole paragraphs (about 20,000 characters), each block is
analysed as an article of its own and its spans are moved to where the block sits in the text;
the blocks analysed so far make one `Analysis` of the whole text that the reader can show.

Where it differs from analysing the whole text at once: what the extractor decides across the
article — one entity for all the mentions of a name, a speaker named in one block and referred
to in another («وأضاف» with the speaker in the previous paragraph), name consistency — is only
decided within each block, and ids are per block ("b3-E1"). So the reader shows the blocks'
analysis first and replaces it with the whole-article analysis at the end (`analyse_in_blocks`
returns the blocks' one; the caller then runs the whole). No widgets here: this runs on a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from extract.document import Article, Span
from extract.model import Analysis, Claim, Entity, Evidence, Speaker

BLOCK_CHARS = 20_000
LONG_ARTICLE_CHARS = 60_000  # shorter articles are analysed in one go


def is_long(article: Article) -> bool:
    return len(article.text) >= LONG_ARTICLE_CHARS


def paragraph_blocks(article: Article, size: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive runs of whole paragraphs, each about `size` characters."""
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    for paragraph in article.paragraphs:
        if start is None:
            start = paragraph.start
        if paragraph.end - start >= size:
            blocks.append((start, paragraph.end))
            start = None
    if start is not None:
        blocks.append((start, article.paragraphs[-1].end))
    return blocks


def block_article(article: Article, start: int, end: int) -> Article:
    """The paragraphs in [start, end) as an article of their own (offsets from `start`)."""
    from extract.load import build_article

    paragraphs = [article.text[p.start:p.end] for p in article.paragraphs
                  if start <= p.start < end]
    block = build_article(None, paragraphs)
    if block.text != article.text[start:end]:  # never expected: the text is built this way
        raise ValueError("a block of the article does not rebuild to the same text")
    return block


def _span(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span[0] + offset, span[1] + offset)


def shifted(analysis: Analysis, offset: int, prefix: str) -> Analysis:
    """A block's analysis with its spans moved by `offset` and its ids prefixed (unique across
    blocks)."""
    def ident(value: str | None) -> str | None:
        return None if value is None else prefix + value

    entities = tuple(replace(e, id=prefix + e.id,
                             mentions=tuple(_span(m, offset) for m in e.mentions))
                     for e in analysis.entities)
    claims = tuple(_claim(c, offset, ident) for c in analysis.claims)
    speakers = tuple(replace(s, id=prefix + s.id, entity_id=ident(s.entity_id),
                             claim_ids=tuple(prefix + c for c in s.claim_ids))
                     for s in analysis.speakers)
    return replace(analysis, entities=entities, claims=claims, speakers=speakers)


def _claim(claim: Claim, offset: int, ident: Callable[[str | None], str | None]) -> Claim:
    evidence: Evidence | None = claim.evidence
    if evidence is not None:
        evidence = replace(evidence, span=_span(evidence.span, offset),
                           from_claim=ident(evidence.from_claim))
    return replace(claim, id=ident(claim.id), cue=_span(claim.cue, offset),
                   content=_span(claim.content, offset), speaker_id=ident(claim.speaker_id),
                   speaker_mention=_span(claim.speaker_mention, offset), evidence=evidence)


def merged(article: Article, parts: list[Analysis], fingerprint: str = "") -> Analysis:
    """One analysis of the whole text from the (shifted) analyses of its blocks."""
    entities: list[Entity] = []
    claims: list[Claim] = []
    speakers: list[Speaker] = []
    for part in parts:
        entities += part.entities
        claims += part.claims
        speakers += part.speakers
    return Analysis(text=article.text, title=article.title,
                    paragraphs=tuple(article.paragraphs), entities=tuple(entities),
                    claims=tuple(claims), speakers=tuple(speakers), fingerprint=fingerprint)


def analyse_in_blocks(article: Article, analyze: Callable[[Article], Analysis],
                      on_block: Callable[[int, int, Analysis], None],
                      cancelled: Callable[[], bool]) -> Analysis | None:
    """Analyse `article` block by block; after each, `on_block(done, total, so_far)` with the
    merged analysis of the blocks done. None when `cancelled()` stopped it before the end."""
    blocks = paragraph_blocks(article)
    parts: list[Analysis] = []
    for i, (start, end) in enumerate(blocks):
        if cancelled():
            return None
        part = analyze(block_article(article, start, end))
        parts.append(shifted(part, start, f"b{i + 1}-"))
        on_block(i + 1, len(blocks), merged(article, parts))
    return merged(article, parts)
