"""The cleaned article as JSON-ready data (title, text, paragraphs and sentences with offsets)."""

from __future__ import annotations

from typing import Any

from extract.document import Article


def article_dict(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": article.title,
        "text": article.text,
        "paragraphs": [p.as_dict() for p in article.paragraphs],
        "sentences": [s.as_dict() for s in article.sentences],
    }
    if article.pages is not None:  # sources with pages (PDF): the page of each paragraph
        data["pages"] = article.pages
    if article.meta is not None:  # the article's own URL, date, author, outlet
        data["meta"] = article.meta.as_dict()
    return data
