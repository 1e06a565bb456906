"""The extractor's fingerprint: a hash of everything that decides what `analyze` returns.

The library caches analyses under it, so a retrained model, an edited lexicon or gazetteer, a
changed rule in the code or a new schema makes every cached analysis stale — computed, never typed
by hand (a hand-set version number was forgotten through nine retrained models).

Hashed: the schema version, the files under resources/models, resources/lexicons and
resources/gazetteers, and the source of the run-time `extract` modules (training code and the batch
runner excluded).
A frozen app has no sources; the build writes their digest to resources/code_digest.txt.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from extract.resources import resource_path

DATA_FOLDERS = ("models", "lexicons", "gazetteers")
CODE_DIGEST_FILE = "code_digest.txt"
PACKAGE = Path(__file__).resolve().parent
# Packages that build models rather than run them (extract/training), and the batch runner
# (extract/batch), which only calls `analyze` on many articles: editing them changes no analysis.
TRAINING_PARTS = ("training", "batch")


def _digest_files(paths: list[tuple[str, Path]]) -> str:
    h = hashlib.sha256()
    for name, path in sorted(paths):
        h.update(name.encode("utf-8") + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def code_files(package: Path = PACKAGE) -> list[tuple[str, Path]]:
    """The run-time source files of `extract`, by path relative to the package."""
    out = []
    for path in package.rglob("*.py"):
        rel = path.relative_to(package)
        if any(p in TRAINING_PARTS for p in rel.parts):
            continue
        out.append((rel.as_posix(), path))
    return out


def code_digest(package: Path = PACKAGE) -> str:
    """The digest of the run-time sources; a frozen build stores it (they are not shipped)."""
    files = code_files(package)
    if files:
        return _digest_files(files)
    stored = resource_path(CODE_DIGEST_FILE)
    if stored.is_file():
        return stored.read_text(encoding="utf-8").strip()
    return "no-code-digest"


def data_files() -> list[tuple[str, Path]]:
    out = []
    for folder in DATA_FOLDERS:
        base = resource_path(folder)
        if base.is_dir():
            out.extend((f"{folder}/{p.relative_to(base).as_posix()}", p)
                       for p in base.rglob("*") if p.is_file() and not p.name.startswith("."))
    return out


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A short stable id of this extractor (schema, data and code), e.g. "2-3f9a1c0d2b7e"."""
    from extract.schema import SCHEMA

    h = hashlib.sha256()
    h.update(SCHEMA.encode("utf-8") + b"\0")
    h.update(_digest_files(data_files()).encode("ascii"))
    h.update(code_digest().encode("ascii"))
    return f"{SCHEMA.rsplit('/', 1)[-1]}-{h.hexdigest()[:12]}"
