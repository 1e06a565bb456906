"""The batch's inputs as a stream of references: where each article is, never the article.

An input is a folder (searched recursively, hidden entries skipped), a `.zip` archive, a JSONL
file (one article record per line) or a JSON file holding a list of records (SaudiNewsNet's
format) or one record; folders and archives may hold any of these besides article files (every
kind `extract.load` opens). Enumerating reads only what it must to count the articles — names,
the byte offset of each JSONL line, a JSON list's length — and yields one `Ref` per article in a
stable order (inputs as given, names sorted), so the same inputs always give the same partitions.

Whatever cannot be enumerated (a missing path, a corrupt archive, a JSON file that is no list of
records) is an `InputError` in the same stream, with a message for the user.
"""

from __future__ import annotations

import json
import os
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from extract.load import DOCUMENT_SUFFIXES, HTML_SUFFIXES, TEXT_SUFFIXES

# What is read as one article file: the kinds `extract.load` opens (the library's folder import
# picks up the same ones).
ARTICLE_SUFFIXES = frozenset((TEXT_SUFFIXES - {""}) | HTML_SUFFIXES | DOCUMENT_SUFFIXES)
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
ARCHIVE_SUFFIXES = frozenset({".zip"})

# Ref kinds
FILE = "file"            # an article file on disk
MEMBER = "member"        # an article file inside a .zip archive
JSONL_LINE = "line"      # one line of a JSONL file (on disk, or an archive member)
LIST_ITEM = "item"       # one record of a JSON list (on disk, or an archive member)


class Ref(NamedTuple):
    """Where one article is; small and picklable, so millions of them cost little."""
    kind: str
    path: str      # the file on disk (the archive, for what is inside one)
    member: str    # the archive member; "" for a file on disk
    index: int     # the line number (JSONL, from 1) or the list position (JSON, from 0)
    offset: int    # the byte offset of the line in a JSONL file on disk; -1 otherwise
    location: str  # where a person finds it: "corpus/2015-07-21.zip/2015-07-21.json#17"
    stamp: str     # size and modification time of the file on disk (a changed file, a new run)


class InputError(NamedTuple):
    """An input, or a part of one, that could not be enumerated."""
    location: str
    path: str
    message: str


Item = Ref | InputError


def enumerate_inputs(inputs: Sequence[str | os.PathLike[str]]) -> Iterator[Item]:
    """Every article of `inputs` as a `Ref`, in a stable order; problems as `InputError`s."""
    for raw in inputs:
        path = Path(raw)
        label = path.name or str(path)
        if not path.exists():
            yield InputError(str(raw), str(path), f"{raw} does not exist.")
        elif path.is_dir():
            yield from _folder(path, label)
        else:
            yield from _file(path, label, explicit=True)


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _folder(root: Path, label: str) -> Iterator[Item]:
    problems: list[OSError] = []
    for folder, dirs, names in os.walk(root, onerror=problems.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(folder)
        for name in sorted(names):
            if name.startswith(".") or _kind_of(name) is None:
                continue
            relative = (base / name).relative_to(root).as_posix()
            yield from _file(base / name, f"{label}/{relative}")
    for exc in problems:
        where = exc.filename or str(root)
        yield InputError(str(where), str(where),
                         f"{where} could not be read: {exc.strerror or exc}.")


def _kind_of(name: str) -> str | None:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in ARCHIVE_SUFFIXES:
        return "archive"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in ARTICLE_SUFFIXES:
        return "article"
    return None


def _file(path: Path, location: str, explicit: bool = False) -> Iterator[Item]:
    """One file: an archive, a JSONL or JSON file, or an article (any file named explicitly)."""
    try:
        stamp = _stamp(path)
        kind = _kind_of(path.name) or ("article" if explicit else None)
        if kind == "archive":
            yield from _archive(path, location, stamp)
        elif kind == "jsonl":
            yield from _jsonl_file(path, location, stamp)
        elif kind == "json":
            count = json_record_count(path.read_bytes(), path.name)
            for i in range(count):
                yield Ref(LIST_ITEM, str(path), "", i, -1, f"{location}#{i}", stamp)
        elif kind == "article":
            yield Ref(FILE, str(path), "", 0, -1, location, stamp)
    except OSError as exc:
        yield InputError(location, str(path), f"{path.name} could not be read: "
                                              f"{exc.strerror or exc}.")
    except ValueError as exc:  # a JSON file that is no list of records: the message says so
        yield InputError(location, str(path), str(exc))


def _jsonl_file(path: Path, location: str, stamp: str) -> Iterator[Ref]:
    offset = 0
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                yield Ref(JSONL_LINE, str(path), "", number, offset, f"{location}:{number}",
                          stamp)
            offset += len(line)


def _archive(path: Path, location: str, stamp: str) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        yield InputError(location, str(path),
                         f"{path.name} is not a readable zip archive ({exc}).")
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            name = info.filename
            parts = PurePosixPath(name).parts
            if info.is_dir() or any(p.startswith(".") or p == "__MACOSX" for p in parts):
                continue
            kind = _kind_of(name)
            where = f"{location}/{name}"
            try:
                if kind == "jsonl":
                    with archive.open(info) as fh:
                        for number, line in enumerate(fh, start=1):
                            if line.strip():
                                yield Ref(JSONL_LINE, str(path), name, number, -1,
                                          f"{where}:{number}", stamp)
                elif kind == "json":
                    count = json_record_count(archive.read(info), name)
                    for i in range(count):
                        yield Ref(LIST_ITEM, str(path), name, i, -1, f"{where}#{i}", stamp)
                elif kind == "article":
                    yield Ref(MEMBER, str(path), name, 0, -1, where, stamp)
                elif kind == "archive":
                    yield InputError(where, str(path), f"{name}: archives inside archives are "
                                                       "not read; unpack it first.")
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError,
                    RuntimeError) as exc:  # a damaged member, an unknown compression, encryption
                yield InputError(where, str(path), f"{name} in {path.name} could not be read "
                                                   f"({exc}).")
            except ValueError as exc:
                yield InputError(where, str(path), str(exc))


def json_records(data: bytes, name: str) -> list:
    """The records of a JSON file: a list of them, or one record object."""
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{name} is not a JSON file ({exc}).") from exc
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return value
    raise ValueError(f"{name} holds neither a list of article records nor one record.")


def json_record_count(data: bytes, name: str) -> int:
    return len(json_records(data, name))
