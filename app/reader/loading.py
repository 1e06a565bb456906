"""What the reader's workers do off the UI thread: load an article and lay out its text, store it
in the library, fetch a stored one with its newest analysis (with the user's corrections of who
said what applied), analyse, find the last article read.

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


def load_or_mark_scan(path) -> Article:
    """`load_path`; a scanned PDF's error says (as `ocr_path`) whether OCR can read it, found
    here on the worker because asking Tesseract for its languages runs a program."""
    from extract.load import load_path
    from extract.pdf import ScannedPdfError

    try:
        return load_path(path)
    except ScannedPdfError as exc:
        from extract.ocr import tesseract_available

        exc.ocr_path = str(path) if tesseract_available() else None
        raise


def word_count(article: Article) -> int:
    return sum(1 for t in article.tokens if not t.is_punct)


def prepare(article: Article, point_size: float) -> Loaded:
    return Loaded(article, prepare_text(article.text, point_size), word_count(article))


def store_article(library, article: Article, point_size: float) -> tuple[int, str, Loaded | None]:
    """Add the article to the library: its id, whether it was new ("added", "duplicate",
    "updated"), and - when the library already held it with a different layout of white space -
    that stored text ready to show (offsets refer to it)."""
    from app.library.articles import add_article, get_article, page_starts_of

    result = add_article(library, article.title, article.text, article.source, meta=article.meta,
                         page_starts=page_starts_of(article))
    library.set_meta(LAST_ARTICLE_KEY, str(result.article_id))
    record = get_article(library, result.article_id)
    if record.text == article.text:
        return result.article_id, result.status, None
    stored = stored_article(record)
    return result.article_id, result.status, prepare(stored, point_size)


def stored_article(record) -> Article:
    """A library article rebuilt for display, with its details and the page of each paragraph."""
    from app.library.analyses import article_for_analysis
    from extract.document import ArticleMeta

    article = article_for_analysis(record.title, record.text, record.source)
    article.meta = ArticleMeta(url=record.url, date=record.published, author=record.author,
                               outlet=record.outlet)
    if record.page_starts:
        article.pages = [record.page_at(span.start) or 1 for span in article.paragraphs]
    return article


def fetch_article(library, article_id: int,
                  point_size: float) -> tuple[Loaded, Analysis | None, bool]:
    """A stored article rebuilt for display, with its newest stored analysis when it has one
    and whether this extractor made it (a stale one is shown while the new one is computed)."""
    from app.library.analyses import latest_analysis
    from app.library.articles import get_article

    record = get_article(library, article_id)
    if not library.read_only:
        library.set_meta(LAST_ARTICLE_KEY, str(article_id))
    article = stored_article(record)
    found = latest_analysis(library, article_id)
    return prepare(article, point_size), corrected(library, article_id, found), is_current(found)


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
    return corrected(library, article_id, analysis), bool(ran) and not library.read_only


def corrected(library, article_id: int, analysis: Analysis | None) -> Analysis | None:
    """The analysis as the reader shows it: with the user's corrections of who said what."""
    from app.library.corrections import corrected_analysis

    return corrected_analysis(library, article_id, analysis)


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
