"""What a Dask worker runs: one partition loaded, analysed and serialised.

The models load once per worker process: `extract.ner.tagger.default_tagger` and the lexicons are
per-process caches, which `warm_models` fills (the `WarmModels` plugin calls it when a worker
starts, every task calls it again at no cost). The task returns the partition's output already
gzipped (workers compress in parallel; the client only writes bytes) with the gzip time stamp
fixed, so the same partition always gives the same bytes.
"""

from __future__ import annotations

import gzip
import json
import os
import time
from dataclasses import dataclass, field

from distributed.diagnostics.plugin import WorkerPlugin

from extract.batch.inputs import Ref
from extract.batch.records import Loaded, read_refs

# Words whose NER features a worker keeps (~3.7 KB each): the reader's 200,000 would grow a worker
# past 700 MB over a long run; 30,000 holds it near 300 MB for 5% more CPU per article.
WORKER_WORD_CACHE = 30_000
# Entries a worker keeps in any other memo (functools.lru_cache) of the extractor: the reader's
# limits (100,000-200,000 words) suit one session, but over 10^4 articles they grow a worker past
# 400 MB. Memos are pure, so clearing one between partitions changes no output.
WORKER_MEMO_ENTRIES = 20_000


def _warm_text() -> str:
    """An article that exercises every stage (so warming loads every model and lexicon): the
    bundled sample's first lines."""
    from extract.resources import resource_path

    lines = resource_path("samples", "seed-libya.txt").read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[:4])


@dataclass
class PartitionResult:
    index: int
    data: bytes  # the partition's JSONL, gzipped
    analysed: int
    errors: list[dict] = field(default_factory=list)  # {"id", "source", "message"}
    fingerprint: str = ""
    worker_pid: int = 0
    seconds: float = 0.0


_warm = False


def warm_models() -> None:
    """Load the tagger, the lexicons and the gazetteers into this process (once)."""
    global _warm
    if _warm:
        return
    from extract.analyze import analyze
    from extract.load import article_from_text
    from extract.ner.features import limit_word_cache
    from extract.ner.tagger import default_tagger

    limit_word_cache(WORKER_WORD_CACHE)
    default_tagger()
    analyze(article_from_text(_warm_text()))
    _warm = True


def trim_memos(limit: int = WORKER_MEMO_ENTRIES) -> int:
    """Clear every lru_cache of the loaded extractor modules that holds more than `limit` entries
    (the small ones that hold models or lexicons are never that big); returns how many."""
    import sys

    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("extract.") or module is None:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is None or not callable(getattr(value, "cache_clear", None)):
                continue
            if info().currsize > limit:
                value.cache_clear()
                cleared += 1
    return cleared


class WarmModels(WorkerPlugin):
    """Loads the models when a worker process starts (and again in a restarted one)."""

    name = "sanad-warm-models"

    def setup(self, worker) -> None:  # noqa: ANN001 - distributed's Worker
        warm_models()


def output_line(loaded: Loaded, location: str, analysis_json: dict) -> str:
    """One line of a part file: the article's id, where it was read, its metadata, its analysis."""
    return json.dumps({"id": loaded.id, "location": location, "meta": loaded.meta,
                       "analysis": analysis_json}, ensure_ascii=False)


def analyse_partition(index: int, refs: tuple[Ref, ...]) -> PartitionResult:
    """Load and analyse every article of the partition; a bad article is an error, not a crash."""
    from extract.analyze import analyze
    from extract.fingerprint import extractor_fingerprint
    from extract.schema import to_json

    started = time.perf_counter()
    warm_models()
    lines: list[str] = []
    errors: list[dict] = []
    for ref, loaded in read_refs(refs):
        if not isinstance(loaded, Loaded):
            errors.append({"id": getattr(loaded, "record_id", None) or ref.location,
                           "source": ref.location, "message": str(loaded)})
            continue
        try:
            analysis = analyze(loaded.article)
        except Exception as exc:  # an analyser bug on one article must not lose the partition
            errors.append({"id": loaded.id, "source": ref.location,
                           "message": f"the analysis failed ({type(exc).__name__}: {exc})."})
            continue
        lines.append(output_line(loaded, ref.location, to_json(analysis)))
    trim_memos()
    body = "".join(line + "\n" for line in lines).encode("utf-8")
    return PartitionResult(index=index, data=gzip.compress(body, mtime=0), analysed=len(lines),
                           errors=errors, fingerprint=extractor_fingerprint(),
                           worker_pid=os.getpid(), seconds=time.perf_counter() - started)
