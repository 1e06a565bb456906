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


def _micro(rows: dict) -> tuple[float, float]:
    """(claim_f1, attributed_f1) summed over the given articles' counts, as score_gold does."""
    t = {k: sum(r[k] for r in rows.values()) for k in ("gold", "pred", "found", "right")}

    def f1(hit: int) -> float:
        p, r = hit / t["pred"], hit / t["gold"]
        return 2 * p * r / (p + r) if p + r else 0.0
    return f1(t["found"]), f1(t["right"])


def test_blind_set_scores_do_not_regress():
    """The articles annotated blind (tests/gold/blind), in two parts with floors just under
    today's figures. b1-b5 (70 articles): the speaker rules were developed on their errors
    (claim_f1 0.936, attributed_f1 0.853). b6 (16 articles) was annotated while those rules were
    written and scored after them, never tuned on: 0.878 / 0.603. Since 2026-12-02 b6 is TUNED ON
    too (issue 14: honorifics, circumstantial clauses, topic phrases, agreement were developed on
    its errors): 0.882 / 0.822. Neither part predicts unseen articles any more; the next blind
    batches do (tests/gold/blind/README.md)."""
    result = _score_gold().run(include_seed=False, gold_dir=ROOT / "tests" / "gold" / "blind")
    rows = result["articles"]
    blind = {name: row for name, row in rows.items() if "-b7-" in name or "-b8-" in name}
    held = {name: row for name, row in rows.items() if "-b6-" in name}
    tuned = {name: row for name, row in rows.items() if name not in held and name not in blind}
    assert len(tuned) >= 70 and len(held) >= 16 and len(blind) >= 20
    claim, attributed = _micro(tuned)
    assert claim >= 0.925 and attributed >= 0.84, tuned
    claim, attributed = _micro(held)
    assert claim >= 0.87 and attributed >= 0.81, held
    # b7 + b8 (20 articles, written blind on 2026-12-02, scored before and after that day's
    # rules and never tuned on): 0.920 / 0.736 before, 0.920 / 0.742 after.
    claim, attributed = _micro(blind)
    assert claim >= 0.91 and attributed >= 0.73, blind
