"""The article's own source and date: canonical URL, publication date, author and outlet.

Saved pages: trafilatura's metadata extraction (canonical/og URL, site name, author, and a date
from htmldate). htmldate reads meta tags, URLs and numeric dates, not Arabic month names, and
falls back to a bare year (CNN Arabic gives 2013-01-01 for «الأربعاء، 28 آب/اغسطس 2013»), so a
date written in Arabic in the page's timestamp element (class or id naming a date, time or stamp)
comes first. Documents: their properties (author, creation date). Pasted text: a date in a
byline-sized line at the top or bottom of the article (extract.dates).
"""

from __future__ import annotations

import re

from extract.dates import parse_date
from extract.document import ArticleMeta

BYLINE_MAX_WORDS = 15
_TIMESTAMP_RE = re.compile(r"date|time|stmp|stamp|publish|posted|byline", re.IGNORECASE)
# Values document producers write on their own, not the author's name.
_PRODUCER_AUTHORS = {"python-docx", "author", "user", "administrator", "admin", "unknown"}


def html_metadata(html: str) -> ArticleMeta | None:
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(html)
    except (ValueError, TypeError):  # trafilatura raises little, but never let it stop a load
        meta = None
    date = timestamp_date(html)
    if meta is None:
        return ArticleMeta(date=date) if date else None
    return make_meta(url=meta.url, date=date or meta.date, author=meta.author,
                     outlet=meta.sitename)


def timestamp_date(html: str) -> str | None:
    """A date written in the page's first timestamp-like element that holds one."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "head"):
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if not _TIMESTAMP_RE.search(names):
            continue
        text = " ".join(element.text_content().split())[:300]
        found = parse_date(text) if text else None
        if found:
            return found
    return None


def byline_date(lines: list[str]) -> str | None:
    """The date in a byline or dateline of pasted text: a short line among the first four or the
    last two (a date inside a sentence of the body is an event's, not the article's)."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    for line in lines[:4] + lines[-2:]:
        if len(line.split()) <= BYLINE_MAX_WORDS:
            found = parse_date(line)
            if found:
                return found
    return None


def make_meta(url: str | None = None, date: str | None = None, author: str | None = None,
              outlet: str | None = None) -> ArticleMeta | None:
    """An ArticleMeta of the values given (blank ones and producers' defaults dropped), or None."""
    def clean(value: str | None) -> str | None:
        value = " ".join((value or "").split())
        return value or None

    author = clean(author)
    if author and author.lower() in _PRODUCER_AUTHORS:
        author = None
    meta = ArticleMeta(url=clean(url), date=clean(date), author=author, outlet=clean(outlet))
    return meta if any((meta.url, meta.date, meta.author, meta.outlet)) else None
