"""The whole analysis of one article, as the `sanad.analysis/1` JSON-ready dict.

Stages: entities (extract.entities, the NER model) then claims and speakers (extract.claims), which
use the entities to resolve who is speaking. The result is cached by the library under
`EXTRACTOR_VERSION`; bump it whenever a change alters what analyze() returns for the same text.
"""

from __future__ import annotations

from typing import Any

from extract.document import Article

SCHEMA = "sanad.analysis/1"
EXTRACTOR_VERSION = "1"


def analyze(article: Article) -> dict[str, Any]:
    from extract.claims import extract_claims
    from extract.entities import extract_entities

    entities = extract_entities(article)
    claims, speakers = extract_claims(article, entities)
    return {
        "schema": SCHEMA,
        "extractor_version": EXTRACTOR_VERSION,
        "title": article.title,
        "text": article.text,
        "paragraphs": [p.as_dict() for p in article.paragraphs],
        "entities": entities,
        "claims": claims,
        "speakers": speakers,
    }
