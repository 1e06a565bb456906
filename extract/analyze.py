"""The whole analysis of one article, as a typed `extract.model.Analysis`.

The pipeline's stages, in order (each reads the article and what the stages before it found):

1. entities — `extract.entities.extract_entities`: the NER model tags the tokens, mentions are
   grouped into entities with character spans;
2. claims and speakers — `extract.claims.extract_claims`: quotes, reported speech and cues, each
   statement's speaker resolved with the help of the entities.

The result carries the extractor's computed fingerprint (`extract.fingerprint`), under which the
library caches it; `extract.schema` is its one serialiser.
"""

from __future__ import annotations

from extract.document import Article
from extract.model import Analysis


def analyze(article: Article) -> Analysis:
    from extract.claims import extract_claims
    from extract.entities import extract_entities
    from extract.fingerprint import extractor_fingerprint

    entities = extract_entities(article)
    claims, speakers = extract_claims(article, entities)
    return Analysis(text=article.text, title=article.title, paragraphs=tuple(article.paragraphs),
                    entities=tuple(entities), claims=tuple(claims), speakers=tuple(speakers),
                    fingerprint=extractor_fingerprint())
