"""Train the CRF: data assembly, fitting, dev scoring, writing resources/models/.

Dev = the last 10% of ANERcorp train sentences; it is never trained on (nor are NewsFANE's copies
of it, nor NewsFANE's copy of ANERcorp's held-out test split: see datasets.restrict_to).
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import pycrfsuite

from extract.ner import gazetteers as gz
from extract.ner.features import FEATURE_VERSION, Gazetteers, sentence_features
from extract.ner.news_entities import sport_blocks
from extract.ner.scoring import format_scores, score, spans, to_bioes
from extract.ner.tagger import CONLL_WINDOW, GAZETTEER_FILE, MODEL_FILE, NerTagger
from extract.training.ner_data import (
    Sentence,
    read_anercorp,
    read_aqmar,
    read_newsfane,
    restrict_to,
)


@dataclass
class Config:
    # measured on dev and left out by default: see MAPPING.md
    use_newsfane: bool = False
    # AQMAR (Wikipedia) alone costs dev F1; with its own domain copies of every feature it adds
    # +0.4 over three seeds (MAPPING.md)
    use_aqmar: bool = True
    domain_features: bool = True  # other corpora's sentences get domain copies of each feature
    aqmar_misc: bool = False  # AQMAR's MIS0-3 are Wikipedia "topic" entities, unlike ANERcorp MISC
    train_gazetteer: bool = True
    c1: float = 0.05
    c2: float = 0.02
    max_iterations: int = 150
    folds: int = 5
    fold_block: int = 30  # ~an article: jackknife folds are blocks of sentences
    hide_prob: float = 0.3  # share of names whose identity a training copy hides
    hide_copies: int = 1  # training copies with hidden names per sentence
    seed: int = 13
    drop_common: bool = True
    places: bool = True
    vocab: bool = True
    algorithm: str = "lbfgs"
    trainer_params: dict | None = None  # further crfsuite options (measured: see MAPPING.md)
    # tags the CRF learns; the tagger hands out BIO either way. BIOES measured +0.8 on dev over
    # three seeds (MAPPING.md)
    encoding: str = "bioes"
    # a sport flag per 30-sentence block (features._mark_sport): +0.8 on dev over five seeds
    sport: bool = True


@dataclass
class Data:
    anercorp_train: list[Sentence]
    dev: list[Sentence]
    extra: list[tuple[Sentence, str]]  # sentences of other corpora, with their domain name
    sources: dict[str, int]


def load_data(shared: Path, cfg: Config) -> Data:
    aner = read_anercorp(shared / "ner" / "anercorp" / "train.txt")
    n_dev = len(aner) // 10
    aner_train, dev = aner[:-n_dev], aner[-n_dev:]
    extra: list[tuple[Sentence, str]] = []
    sources = {"anercorp": len(aner_train)}
    if cfg.use_newsfane:
        nf = restrict_to(read_newsfane(shared / "ner" / "newsfane" / "NewsFANE_Gold_2014_170K.txt"),
                         aner_train)
        extra += [(s, "NF") for s in nf]
        sources["newsfane"] = len(nf)
    if cfg.use_aqmar:
        aq = read_aqmar(shared / "ner" / "aqmar" / "articles")
        if not cfg.aqmar_misc:
            aq = [[(w, "O" if t.endswith("MISC") else t) for w, t in s] for s in aq]
        extra += [(s, "AQ") for s in aq]
        sources["aqmar"] = len(aq)
    return Data(aner_train, dev, extra, sources)


def with_domain_copies(feats: list[dict[str, object]], domain: str) -> list[dict[str, object]]:
    """Each feature twice: as it is, and as `domain|feature` (Daume 2007, "frustratingly easy
    domain adaptation"). What only holds in another corpus (Wikipedia's style, its idea of a
    name) can go to the domain copies; ANERcorp and new text only ever see the plain ones."""
    return [f | {f"{domain}|{k}": v for k, v in f.items()} for f in feats]


def fold_of(i: int, folds: int, block: int) -> int:
    """Fold of sentence i: blocks of `block` consecutive sentences (about an article) share a fold,
    so a name's other mentions in the same article do not leak into its jackknifed lists."""
    return (i // block) % folds


def jackknife_gazetteers(sents: list[Sentence], gaz: Gazetteers, folds: int,
                         block: int = 1) -> list[Gazetteers]:
    """Per-fold gazetteers whose "train" list leaves that fold's sentences out.

    With the full list, every training name is in the gazetteer and the CRF learns to trust it
    blindly; on new text most names are not in it. Leaving the fold out mimics new text.
    """
    out = []
    for k in range(folds):
        rest = [s for i, s in enumerate(sents) if fold_of(i, folds, block) != k]
        words = dict(gaz.words)
        words["train"] = gz.train_entity_words(rest)
        if "vocab" in words:
            words["vocab"] = gz.vocabulary(rest)
        out.append(Gazetteers(words))
    return out


def _features(words: list[str], gaz: Gazetteers, domain: str, sport: bool,
              hidden: frozenset[int] = frozenset()) -> list[dict[str, object]]:
    feats = sentence_features(words, gaz, hidden, sport)
    return with_domain_copies(feats, domain) if domain else feats


def fit(train: list[Sentence], gazs: list[Gazetteers], model_path: Path, cfg: Config,
        domains: list[str] | None = None) -> None:
    """`domains`: per sentence, "" for ANERcorp or another corpus's name (see with_domain_copies);
    the first sentences must be the ANERcorp ones the jackknifed gazetteers were built from.
    The sport flag is judged per corpus in blocks of sentences, as the tagger judges new text."""
    trainer = pycrfsuite.Trainer(algorithm=cfg.algorithm, verbose=False)
    rng = random.Random(cfg.seed)
    doms = domains or [""] * len(train)
    flags: list[bool] = []
    for _, run in groupby(zip(train, doms, strict=True), key=lambda x: x[1]):
        sents = [[w for w, _ in s] for s, _ in run]
        flags += sport_blocks(sents) if cfg.sport else [False] * len(sents)
    for i, s in enumerate(train):
        words = [w for w, _ in s]
        tags = [t for _, t in s]
        gaz = gazs[fold_of(i, len(gazs), cfg.fold_block)]
        labels = to_bioes(tags) if cfg.encoding == "bioes" else tags
        domain = doms[i] if cfg.domain_features else ""
        trainer.append(_features(words, gaz, domain, flags[i]), labels)
        for _ in range(cfg.hide_copies if cfg.hide_prob > 0 and any(t != "O" for t in tags)
                       else 0):
            hidden = frozenset(k for typ, a, b in sorted(spans(tags), key=lambda x: x[1])
                               if rng.random() < cfg.hide_prob
                               for k in range(a, b))
            if hidden:
                trainer.append(_features(words, gaz, domain, flags[i], hidden), labels)
    params = {"max_iterations": cfg.max_iterations, "feature.possible_transitions": True}
    if cfg.algorithm == "lbfgs":
        params.update({"c1": cfg.c1, "c2": cfg.c2})
    params.update(cfg.trainer_params or {})
    trainer.set_params(params)
    trainer.train(str(model_path))


def train_model(aner: list[Sentence], extra: list[tuple[Sentence, str]], shared: Path,
                out_dir: Path, cfg: Config) -> Gazetteers:
    """Fit the CRF on ANERcorp sentences `aner` (the gazetteers' source too) and the other
    corpora's `extra` sentences, and write it to out_dir."""
    gaz = gz.build(aner, shared, use_train=cfg.train_gazetteer, drop_common=cfg.drop_common,
                   places=cfg.places, vocab=cfg.vocab)
    out_dir.mkdir(parents=True, exist_ok=True)
    jackknife = cfg.train_gazetteer and cfg.folds > 1
    gazs = jackknife_gazetteers(aner, gaz, cfg.folds, cfg.fold_block) if jackknife else [gaz]
    fit(aner + [s for s, _ in extra], gazs, out_dir / MODEL_FILE, cfg,
        [""] * len(aner) + [d for _, d in extra])
    gz.save(gaz, out_dir / GAZETTEER_FILE)
    return gaz


def run(shared: Path, out_dir: Path, cfg: Config, final_on_all: bool = True) -> dict:
    """Train on 90% and score on dev; then (final_on_all) retrain the shipped model on all of it.

    The dev scores are those of the 90% model; the shipped model has also seen the dev sentences,
    so it must not be scored on them.
    """
    t0 = time.time()
    data = load_data(shared, cfg)
    gold = [[t for _, t in s] for s in data.dev]
    words = [[w for w, _ in s] for s in data.dev]
    with tempfile.TemporaryDirectory() as tmp:
        dev_dir = Path(tmp)
        train_model(data.anercorp_train, data.extra, shared, dev_dir, cfg)
        tagger = NerTagger(dev_dir)
        # sentence by sentence (the CRF and the sentence repairs), and the way ner-conll tags its
        # input (then the consistency pass in 30-sentence blocks)
        scores = score(gold, tagger.tag_document(words, consistency=False))
        doc = tagger.tag_document(words, window=CONLL_WINDOW)
        del tagger  # closes the model file before the folder goes (Windows)
        if not final_on_all:
            out_dir.mkdir(parents=True, exist_ok=True)
            for name in (MODEL_FILE, GAZETTEER_FILE):
                shutil.copyfile(dev_dir / name, out_dir / name)
    sources = dict(data.sources)
    if final_on_all:
        train_model(data.anercorp_train + data.dev, data.extra, shared, out_dir, cfg)
        sources["anercorp"] += len(data.dev)
    return {"scores": scores, "scores_consistency": score(gold, doc),
            "sources": sources, "dev_sentences": len(data.dev), "final_on_all": final_on_all,
            "seconds": round(time.time() - t0, 1),
            "feature_version": FEATURE_VERSION, "config": cfg.__dict__}


ANERCORP = {"name": "ANERcorp, CAMeL Lab train split", "path": "ner/anercorp/train.txt",
            "licence": "CC BY-SA 4.0",
            "cite": "Benajiba, Rosso & Benedi Ruiz 2007; Obeid et al. 2020"}
NEWSFANE = {"name": "NewsFANE Gold 2014 (only sentences duplicating ANERcorp training sentences)",
            "path": "ner/newsfane/NewsFANE_Gold_2014_170K.txt", "licence": "CC BY-SA 3.0",
            "cite": "Alotaibi & Lee 2014"}
AQMAR = {"name": "AQMAR Arabic Wikipedia NER corpus", "path": "ner/aqmar/articles/",
         "licence": "CC BY-SA 3.0", "cite": "Mohit et al. 2012"}
GAZETTEER_SOURCES = [
    {"name": "Wikidata person-name words (gazetteer 'pername')",
     "path": "names/wikidata-coling2018/",
     "licence": "CC0 1.0", "cite": "Merhav & Ash 2018"},
    {"name": "Google ar2en Wikipedia name pairs, train split (gazetteer 'foreign')",
     "path": "names/google-ar2en/ar2en-train.txt", "licence": "Apache-2.0"},
    {"name": "Unicode CLDR Arabic territory, city and currency names, via Babel (gazetteers "
     "'place', 'currency')", "path": "babel package data", "licence": "Unicode License v3"},
    {"name": "Sanad's hand-compiled news-entity list (feature 'ne', read at run time)",
     "path": "resources/gazetteers/news_entities.tsv", "licence": "MIT"},
]


def sources(cfg: Config) -> list[dict]:
    used = [ANERCORP]
    if cfg.use_newsfane:
        used.append(NEWSFANE)
    if cfg.use_aqmar:
        used.append(AQMAR)
    gaz = GAZETTEER_SOURCES if cfg.places else GAZETTEER_SOURCES[:2] + GAZETTEER_SOURCES[3:]
    return used + gaz


NOTICE = """Sanad NER model (ner_crf.crfsuite, ner_gazetteers.json, ner_meta.json)

These files are derived from the data listed in ner_meta.json ("sources") by
`uv run python -m extract.training.ner`. Because the training corpus ANERcorp is licensed CC BY-SA
4.0 (share-alike), the model and its gazetteers are distributed under the Creative Commons
Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0),
https://creativecommons.org/licenses/by-sa/4.0/ , not under Sanad's MIT licence.

Attribution:
- ANERcorp: Y. Benajiba, P. Rosso, J. M. Benedi Ruiz (2007), ANERsys, CICLing; CAMeL Lab split,
  O. Obeid et al. (2020), CAMeL Tools, LREC.
- AQMAR Arabic Wikipedia named entity corpus (CC BY-SA 3.0, adapted here under CC BY-SA 4.0 as
  its section 4(b) allows): B. Mohit, N. Schneider, R. Bhowmick, K. Oflazer, N. A. Smith (2012),
  Recall-Oriented Learning of Named Entities in Arabic Wikipedia, EACL. Its MIS0-3 labels are
  read as "no entity".
- Wikidata person names (CC0): G. Merhav, S. Ash (2018), COLING.
- Google ar2en Wikipedia name pairs (Apache-2.0).
- Unicode CLDR (Unicode License v3), Copyright (c) 1991-2025 Unicode, Inc.: Arabic names of
  countries, regions, cities and currencies, read through the Babel package.
- Sanad's hand-compiled list of major news entities (resources/gazetteers/news_entities.tsv, MIT),
  read at run time for the 'ne' feature.
(NewsFANE, CC BY-SA 3.0, has a reader in extract/ner but the shipped model does not use it:
see extract/ner/MAPPING.md.)
No text of the SaudiNewsNet corpus (CC BY-NC-SA) was used to build these files.
"""


def write_outputs(out_dir: Path, result: dict) -> None:
    meta = {
        "model": "ner_crf.crfsuite",
        "gazetteers": "ner_gazetteers.json",
        "feature_version": result["feature_version"],
        "licence": "CC BY-SA 4.0 (derived from CC BY-SA corpora; see NOTICE)",
        "sources": sources(Config(**result["config"])),
        "training_sentences": result["sources"],
        "shipped_model": ("trained on all ANERcorp train sentences, dev included, after the dev "
                          "scores below were measured on a model trained without them")
        if result["final_on_all"] else "the dev-scored model (dev not trained on)",
        "config": result["config"],
        "dev": "last 10% of ANERcorp train sentences (entity-level exact match, seqeval-style)",
        "decoding": "the CRF, then sentence repairs (extract/ner/repairs.py): dev_scores; then "
                    "the consistency pass in 30-sentence blocks, as ner-conll runs: "
                    "dev_scores_with_consistency",
        "dev_scores": {k: {m: round(v, 4) for m, v in s.items()}
                       for k, s in result["scores"].items()},
        "dev_scores_with_consistency": {k: {m: round(v, 4) for m, v in s.items()}
                                        for k, s in result["scores_consistency"].items()},
    }
    (out_dir / "ner_meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    (out_dir / "NOTICE").write_text(NOTICE, encoding="utf-8")


def main() -> None:
    import sys

    root = Path(__file__).resolve().parents[2]
    shared = root.parent / "shared"
    if not (shared / "ner" / "anercorp" / "train.txt").exists():
        print(f"error: training data not found under {shared}/ner", file=sys.stderr)
        raise SystemExit(2)
    cfg = Config()
    out_dir = root / "resources" / "models"
    result = run(shared, out_dir, cfg, final_on_all="--dev-only" not in sys.argv[1:])
    write_outputs(out_dir, result)
    print("dev (last 10% of ANERcorp train), sentence by sentence:")
    print(format_scores(result["scores"]))
    print("dev, with document-level consistency (as ner-conll and analyze run):")
    print(format_scores(result["scores_consistency"]))
    print(f"sentences: {result['sources']}  seconds: {result['seconds']}  model: {out_dir}")
    if result["final_on_all"]:
        print("(dev scored on a model trained without it; the shipped model is retrained on all"
              " ANERcorp train sentences; --dev-only ships the dev-scored model instead)")


if __name__ == "__main__":
    main()
