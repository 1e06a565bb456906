"""The form of text that the full-text index holds, and the matching form of query words.

Arabic spelling varies in ways a reader ignores: diacritics, tatweel, the alef forms, ta marbuta
and alef maqsura (handled by `extract.normalize.normalize`), and the definite article glued to the
word, alone or after و ف ب ك ل ("الرئيس", "والرئيس", "بالرئيس", "للرئيس"). Each word is indexed
without that article, and query words are treated the same way, so «رئيس» and «الرئيس» find both.
Only the article is removed - a lone و/ب/ل could just as well be the word's first letter.
"""

from __future__ import annotations

import re

from extract.normalize import normalize

# Bump when the form changes: the index is then rebuilt the next time a library is opened.
SEARCH_FORM_VERSION = "1"

WORD_RE = re.compile(r"\w+")
_ARTICLE_RE = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)(?=\w\w)")


def strip_article(word: str) -> str:
    """`word` (already normalised) without a leading definite article and its proclitics."""
    return _ARTICLE_RE.sub("", word, count=1)


def search_form(text: str | None) -> str:
    """What the index stores for `text`: normalised, each word without its definite article."""
    if not text:
        return ""
    return WORD_RE.sub(lambda m: strip_article(m.group()), normalize(text))


def query_words(text: str) -> list[str]:
    """The matching form of each word of a query."""
    return [strip_article(w) for w in WORD_RE.findall(normalize(text))]
