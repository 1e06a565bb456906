"""The annotated who-said-what set (tests/gold) and the seed article: scores must not regress.

Floors sit a little under the figures measured when they were set (36 articles: attributed_f1
0.960, claim_f1 0.987 with the seed; seed attributed_f1 1.0), so a change that loses claims or
speakers fails here. Seven batches of the set (22 articles) were annotated blind and scored before
any tuning on them: attributed_f1 0.76, 0.74, 0.76, 0.66, 0.87, 0.67, 0.95 (claim_f1 0.85-0.97);
that, not the floor, is what to expect on unseen articles.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extract.load import load_path

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "tests" / "gold").glob("*.json")) + sorted(
    (ROOT / "tests" / "gold" / "blind").glob("*.json"))


def _score_gold():
    spec = importlib.util.spec_from_file_location("score_gold", ROOT / "scripts" / "score_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_file_is_self_contained(gold_path):
    gold = json.loads(gold_path.read_text("utf-8"))
    article = load_path(gold_path.with_suffix(".txt"))
    for claim in gold["claims"]:
        assert claim["snippet"] in article.text, claim["snippet"]
        assert claim["speaker"] in gold["speakers"]
        assert claim["kind"] in {"direct", "indirect", "mixed"}


def test_annotated_set_scores_do_not_regress():
    result = _score_gold().run(include_seed=False)
    overall = result["overall"]
    assert len(result["articles"]) >= 35
    assert overall["claim_f1"] >= 0.96, result["articles"]
    assert overall["attributed_f1"] >= 0.93, result["articles"]


@pytest.mark.skipif(
    not (ROOT.parent / "shared" / "gold" / "seed-libya.json").exists(), reason="needs ../shared"
)
def test_seed_article_meets_the_target(tmp_path):
    # the seed alone (an empty gold folder): the annotated set has its own test above
    result = _score_gold().run(include_seed=True, gold_dir=tmp_path)
    assert list(result["articles"]) == ["seed-libya"]
    seed = result["articles"]["seed-libya"]
    assert seed["claim_f1"] >= 0.95
    assert seed["attributed_f1"] >= 0.94


def test_blind_set_scores_do_not_regress():
    """The 70 articles annotated blind (tests/gold/blind): floors just under today's figures
    (claim_f1 0.935, attributed_f1 0.839 after the resolution rules developed on b1-b4; b5 alone
    0.921 / 0.791; the before-tuning figures are in its README)."""
    result = _score_gold().run(include_seed=False, gold_dir=ROOT / "tests" / "gold" / "blind")
    overall = result["overall"]
    assert len(result["articles"]) >= 70
    assert overall["claim_f1"] >= 0.925, result["articles"]
    assert overall["attributed_f1"] >= 0.83, result["articles"]
