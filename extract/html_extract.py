"""Main text and title of a saved web page, without menus, scripts or related-links furniture.

trafilatura finds the article body; our furniture filter (extract.clean) then removes what it keeps
of comment-box disclaimers and subscription prompts. Only the text is used: scripts, styles and
remote images in the page are never run or fetched.
"""

from __future__ import annotations

import re

import trafilatura

_SITE_SUFFIX_RE = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{1,40}$")


def extract_html(html: str) -> tuple[str | None, list[str]]:
    """(title, paragraphs) of the page's main text; empty paragraphs when none is found."""
    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, include_images=False,
        include_links=False, with_metadata=True, favor_precision=True,
    )
    if doc is None:
        return None, []
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    title = _clean_title(data.get("title"))
    return title, [line for line in text.splitlines() if line.strip()]


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    stripped = _SITE_SUFFIX_RE.sub("", title)
    return stripped or title
