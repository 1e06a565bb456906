"""Snapshot the full analysis JSON of a fixed article set, and compare two snapshots.

    uv run python scripts/compare_outputs.py snapshot OUT.jsonl.gz [--corpus 1000]
    uv run python scripts/compare_outputs.py compare OLD.jsonl.gz NEW.jsonl.gz

The set is the seed article, the gold articles in tests/gold/ and a fixed random sample of the
SaudiNewsNet corpus (seed 2015, read from ../shared; never shipped). A refactoring that claims to
leave outputs unchanged shows it with a snapshot before and after: `compare` prints every article
whose JSON differs, with the first differing key path, and exits 1 if any does.

The analysis is taken through `extract.schema.to_json` when it exists, else as analyze()'s dict.
The fingerprint / extractor-version field is dropped before comparing: it changes by design.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "saudinewsnet"
VOLATILE = ("extractor_version", "fingerprint")


def corpus_texts() -> list[tuple[str, str]]:
    """(id, content) for every corpus article, in a stable order."""
    out: list[tuple[str, str]] = []
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for i, item in enumerate(json.loads(zf.read(name).decode("utf-8"))):
                    content = (item.get("content") or "").strip()
                    if content:
                        out.append((f"{path.stem}/{name}#{i}", content))
    return out


def article_set(n_corpus: int) -> Iterator[tuple[str, str, str]]:
    """(id, kind, raw text): kind is "file" (a path to load) or "text" (pasted text)."""
    yield "seed", "file", str(SHARED / "samples" / "seed-libya.txt")
    for path in sorted((ROOT / "tests" / "gold").glob("*.txt")):
        yield f"gold/{path.stem}", "file", str(path)
    texts = corpus_texts()
    if n_corpus < len(texts):
        texts = random.Random(2015).sample(texts, n_corpus)
    for ident, content in texts:
        yield f"corpus/{ident}", "text", content


def analysis_json(kind: str, raw: str) -> dict[str, Any]:
    from extract.analyze import analyze
    from extract.load import article_from_text, load_path

    article = load_path(raw) if kind == "file" else article_from_text(raw)
    result = analyze(article)
    try:
        from extract.schema import to_json
    except ImportError:
        data = result
    else:
        data = to_json(result)
    data = json.loads(json.dumps(data, ensure_ascii=False))
    for key in VOLATILE:
        data.pop(key, None)
    return data


def snapshot(out: Path, n_corpus: int) -> int:
    count = 0
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for ident, kind, raw in article_set(n_corpus):
            try:
                data = analysis_json(kind, raw)
            except Exception as exc:  # a failure is an output too: record it
                data = {"error": f"{type(exc).__name__}: {exc}"}
            fh.write(json.dumps({"id": ident, "analysis": data}, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} analyses written to {out}")
    return 0


def _read(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {row["id"]: row["analysis"] for row in map(json.loads, fh)}


def first_difference(a: Any, b: Any, path: str = "") -> str | None:
    if type(a) is not type(b):
        return f"{path or '/'}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}/{key}: only in {'new' if key not in a else 'old'}"
            diff = first_difference(a[key], b[key], f"{path}/{key}")
            if diff:
                return diff
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            diff = first_difference(x, y, f"{path}[{i}]")
            if diff:
                return diff
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        return None
    if a != b:
        return f"{path}: {a!r} != {b!r}"
    return None


def compare(old_path: Path, new_path: Path) -> int:
    old, new = _read(old_path), _read(new_path)
    differ = 0
    for ident in sorted(set(old) | set(new)):
        if ident not in old or ident not in new:
            print(f"{ident}: only in {'new' if ident not in old else 'old'}")
            differ += 1
            continue
        diff = first_difference(old[ident], new[ident])
        if diff:
            print(f"{ident}: {diff[:300]}")
            differ += 1
    print(f"{len(old)} old, {len(new)} new, {differ} differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("snapshot")
    p.add_argument("out", type=Path)
    p.add_argument("--corpus", type=int, default=1000, help="corpus articles (fixed sample)")
    p = sub.add_parser("compare")
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        return snapshot(args.out, args.corpus)
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
