"""The page a passage stands on, for an article read from a paged document (a PDF).

Statements and notes cite "p. 3" so a journalist can find them in the original. The panels ask
`page_suffix(page_of, offset)`; `page_of` is the article's `Article.page_of`, or None when the
article has no pages (pasted text, web pages, .txt, .docx), and then nothing is added.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

PageOf = Callable[[int], int | None]


def page_label(page: int) -> str:
    return QCoreApplication.translate("Pages", "p. {0}").format(page)


def page_suffix(page_of: PageOf | None, offset: int | None) -> str:
    """" · p. 3" for the passage at `offset`, or "" when the article has no pages."""
    if page_of is None or offset is None:
        return ""
    page = page_of(offset)
    return f" · {page_label(page)}" if page else ""


def pages_of(article) -> PageOf | None:
    """The article's page lookup, when it came with pages."""
    return article.page_of if article is not None and article.pages else None
