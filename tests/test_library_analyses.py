"""The analysis cache: computed once per article and extractor version, recomputed on a new one,
dropped when the article text changes."""

from __future__ import annotations

import pytest

import extract.analyze as analyze_module
from app.library.analyses import analyze_missing, cached_analysis, ensure_analysis
from app.library.articles import add_article
from app.library.search import claims_by_speaker

TEXT = "قال فائز السراج إن الانتخابات ستجري في موعدها."


@pytest.fixture
def counting_analyzer(monkeypatch):
    calls: list[str] = []
    real = analyze_module.analyze

    def counted(article):
        calls.append(article.text)
        return real(article)

    monkeypatch.setattr(analyze_module, "analyze", counted)
    return calls


def test_analysis_is_cached_per_extractor_version(lib, counting_analyzer, monkeypatch):
    art = add_article(lib, None, TEXT, "a.txt").article_id
    first = ensure_analysis(lib, art)
    assert first["text"] == TEXT and len(counting_analyzer) == 1
    assert ensure_analysis(lib, art) == first and len(counting_analyzer) == 1
    monkeypatch.setattr(analyze_module, "EXTRACTOR_VERSION", "next")
    assert cached_analysis(lib, art) is None  # the old result is stale for the new extractor
    ensure_analysis(lib, art)
    assert len(counting_analyzer) == 2
    versions = [r[0] for r in lib.db.execute("SELECT extractor_version FROM analyses")]
    assert versions == ["next"]


def test_changed_text_drops_the_cached_analysis(lib, counting_analyzer):
    art = add_article(lib, None, TEXT, "a.txt").article_id
    analysis = ensure_analysis(lib, art)

    def stored_claims() -> int:
        sql = "SELECT count(*) FROM claims WHERE article_id = ?"
        return lib.db.execute(sql, [art]).fetchone()[0]

    assert stored_claims() == len(analysis["claims"])
    add_article(lib, None, "نص جديد تماما بلا أقوال.", "a.txt")
    assert cached_analysis(lib, art) is None and stored_claims() == 0
    assert claims_by_speaker(lib, "فائز السراج") == []
    done, errors = analyze_missing(lib)
    assert (done, errors) == (1, []) and counting_analyzer[-1] == "نص جديد تماما بلا أقوال."
