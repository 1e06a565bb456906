"""The analysis cache: computed once per article and extractor fingerprint, recomputed when the
extractor changes (a lexicon edited, a model retrained, code or schema changed), dropped when the
article text changes."""

from __future__ import annotations

import json
import shutil

import pytest

import extract.analyze as analyze_module
from app.library.analyses import (
    analysis_for,
    analyze_missing,
    cached_analysis,
    latest_analysis,
    stale_article_ids,
)
from app.library.articles import add_article
from app.library.search import claims_by_speaker
from extract import fingerprint, resources
from extract.schema import to_json

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


@pytest.fixture
def editable_resources(tmp_path, monkeypatch):
    """The extractor's data folders copied where a test may edit them."""
    root = tmp_path / "resources"
    for folder in fingerprint.DATA_FOLDERS:
        shutil.copytree(resources.resources_dir() / folder, root / folder)
    monkeypatch.setattr(resources, "resources_dir", lambda: root)
    fingerprint.extractor_fingerprint.cache_clear()
    yield root
    fingerprint.extractor_fingerprint.cache_clear()


def test_editing_a_lexicon_makes_the_cached_analysis_stale(lib, counting_analyzer,
                                                          editable_resources):
    art = add_article(lib, None, TEXT, "a.txt").article_id
    first = analysis_for(lib, art)
    assert first.text == TEXT and len(counting_analyzer) == 1
    assert analysis_for(lib, art) == first and len(counting_analyzer) == 1  # from the cache
    before = fingerprint.extractor_fingerprint()

    lexicon = editable_resources / "lexicons" / "cue_verbs.tsv"
    lexicon.write_text(lexicon.read_text("utf-8") + "\n# a new line\n", "utf-8")
    fingerprint.extractor_fingerprint.cache_clear()
    assert fingerprint.extractor_fingerprint() != before
    assert cached_analysis(lib, art) is None  # the old result is stale for the new extractor
    assert latest_analysis(lib, art) == first  # still there to show while a new one is made
    assert stale_article_ids(lib) == [art]
    analysis_for(lib, art)
    assert len(counting_analyzer) == 2
    versions = [r[0] for r in lib.db.execute("SELECT extractor_version FROM analyses")]
    assert versions == [fingerprint.extractor_fingerprint()]


def test_an_analysis_of_the_old_schema_is_reanalysed_and_never_lists_a_placeholder(
        lib, counting_analyzer):
    art = add_article(lib, None, TEXT, "a.txt").article_id
    old = to_json(analysis_for(lib, art))
    # what Sanad wrote before the fingerprint: schema 1, a hand-set version, and the statements
    # nobody was found for under a placeholder speaker «غير محدد»
    old.update(schema="sanad.analysis/1", extractor_version="1")
    old.pop("fingerprint")
    old["claims"][0]["speaker"] = {"name": "غير محدد", "entity": None, "anonymous": False,
                                   "mention": None}
    old["speakers"] = [{"id": "S1", "name": "غير محدد", "aliases": [], "entity": None,
                        "anonymous": False, "claims": [old["claims"][0]["id"]]}]
    with lib.writing() as db:
        db.execute("UPDATE analyses SET extractor_version = '1', json = ?",
                   [json.dumps(old, ensure_ascii=False)])
    shown = latest_analysis(lib, art)
    assert shown.speakers == () and shown.claims[0].speaker_id is None
    assert cached_analysis(lib, art) is None
    done, errors = analyze_missing(lib)
    assert (done, errors) == (1, []) and len(counting_analyzer) == 2
    assert cached_analysis(lib, art).claims[0].speaker_id is not None
    assert claims_by_speaker(lib, "غير محدد") == []
    placeholder = "SELECT count(*) FROM speakers WHERE name = 'غير محدد'"
    assert lib.db.execute(placeholder).fetchone()[0] == 0


def test_statements_without_a_speaker_are_not_indexed_as_a_speaker(lib):
    text = "وأضاف أن الاجتماع انتهى باتفاق."  # nobody named before: no speaker to give it
    art = add_article(lib, None, text, "a.txt").article_id
    analysis = analysis_for(lib, art)
    assert [c.speaker_id for c in analysis.claims] == [None] * len(analysis.claims)
    assert lib.db.execute("SELECT count(*) FROM speakers").fetchone()[0] == 0
    assert lib.db.execute("SELECT count(*) FROM claims WHERE speaker_name IS NOT NULL"
                          ).fetchone()[0] == 0


def test_changed_text_drops_the_cached_analysis(lib, counting_analyzer):
    art = add_article(lib, None, TEXT, "a.txt").article_id
    analysis = analysis_for(lib, art)

    def stored_claims() -> int:
        sql = "SELECT count(*) FROM claims WHERE article_id = ?"
        return lib.db.execute(sql, [art]).fetchone()[0]

    assert stored_claims() == len(analysis.claims)
    add_article(lib, None, "نص جديد تماما بلا أقوال.", "a.txt")
    assert cached_analysis(lib, art) is None and stored_claims() == 0
    assert claims_by_speaker(lib, "فائز السراج") == []
    done, errors = analyze_missing(lib)
    assert (done, errors) == (1, []) and counting_analyzer[-1] == "نص جديد تماما بلا أقوال."
