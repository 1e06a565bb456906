"""What the reader's workers do off the UI thread: load an article and lay out its text, store it
in the library, fetch a stored one with its newest analysis, analyse, find the last article read.

No widgets here; `app.reader.controller` runs these on workers and shows the results.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.reader.article_view import PreparedText, prepare_text
from extract.document import Article
from extract.model import Analysis

LAST_ARTICLE_KEY = "last_article_id"


def analyze(article: Article) -> Analysis:
    """The extractor's analysis (tests replace this with a hand-built one)."""
    from app.library.analyses import analyze_article

    return analyze_article(article)


@dataclass
class Loaded:
    """What a background load hands the UI: the article, its document ready to show, its size."""
    article: Article
    prepared: PreparedText
    words: int


def word_count(article: Article) -> int:
    return sum(1 for t in article.tokens if not t.is_punct)


def prepare(article: Article, point_size: float) -> Loaded:
    return Loaded(article, prepare_text(article.text, point_size), word_count(article))


def store_article(library, article: Article, point_size: float) -> tuple[int, str, Loaded | None]:
    """Add the article to the library: its id, whether it was new ("added", "duplicate",
    "updated"), and - when the library already held it with a different layout of white space -
    that stored text ready to show (offsets refer to it)."""
    from app.library.analyses import article_for_analysis
    from app.library.articles import add_article, get_article

    result = add_article(library, article.title, article.text, article.source)
    library.set_meta(LAST_ARTICLE_KEY, str(result.article_id))
    record = get_article(library, result.article_id)
    if record.text == article.text:
        return result.article_id, result.status, None
    stored = article_for_analysis(record.title, record.text, record.source)
    return result.article_id, result.status, prepare(stored, point_size)


def fetch_article(library, article_id: int,
                  point_size: float) -> tuple[Loaded, Analysis | None, bool]:
    """A stored article rebuilt for display, with its newest stored analysis when it has one
    and whether this extractor made it (a stale one is shown while the new one is computed)."""
    from app.library.analyses import article_for_analysis, latest_analysis
    from app.library.articles import get_article

    record = get_article(library, article_id)
    if not library.read_only:
        library.set_meta(LAST_ARTICLE_KEY, str(article_id))
    article = article_for_analysis(record.title, record.text, record.source)
    found = latest_analysis(library, article_id)
    return prepare(article, point_size), found, is_current(found)


def is_current(analysis: Analysis | None) -> bool:
    """Whether this installation's extractor made `analysis`."""
    from extract.fingerprint import extractor_fingerprint

    return analysis is not None and analysis.fingerprint == extractor_fingerprint()


def analyse_stored(library, article_id: int, article: Article) -> tuple[Analysis, bool]:
    """The cached analysis of a library article, else analyse it now and cache the result;
    and whether a new analysis was stored."""
    from app.library.analyses import analysis_for

    ran: list[bool] = []

    def run(a: Article) -> Analysis:
        ran.append(True)
        return analyze(a)

    analysis = analysis_for(library, article_id, article, analyze=run)
    return analysis, bool(ran) and not library.read_only


def last_article(library) -> int | None:
    """The article read last, else the newest one, else None (an empty library)."""
    from app.library.articles import count_articles, get_article, list_articles
    from app.library.db import LibraryError

    value = library.get_meta(LAST_ARTICLE_KEY)
    if value and value.isdigit():
        try:
            get_article(library, int(value))
            return int(value)
        except LibraryError:
            pass
    if count_articles(library):
        return int(list_articles(library, limit=1)[0]["id"])
    return None


def analyse_in_blocks(article: Article, on_block, cancelled) -> Analysis | None:
    """A long article's analysis block by block (`app.reader.blocks`), through `analyze`;
    `on_block(done, total, so_far)` after each block; None when cancelled."""
    from app.reader.blocks import analyse_in_blocks as run

    return run(article, lambda block: analyze(block), on_block, cancelled)


def cached(library, article_id: int) -> Analysis | None:
    """The library's analysis of the article by this extractor, if it has one."""
    from app.library.analyses import cached_analysis

    return cached_analysis(library, article_id)
