"""A reference -> its article and metadata, read where the worker runs.

Article files and archive members load through `extract.load` exactly as `python -m extract
analyze FILE` loads them. A record (a JSONL line, an item of a JSON list) is a JSON object with
`text` (or SaudiNewsNet's `content`), and optionally `id`, `title`, `date` (or `date_extracted`),
`url`, `source` and `author`; its text is cleaned as pasted text is, with its title as the
headline. Every failure is a `LoadError` with a message for the user.

A JSON list or a JSONL member of an archive cannot be read from the middle, so the last one read is
kept per process: the partitions of one member, which come in a row, read it once each.
"""

from __future__ import annotations

import json
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import IO, Any

from extract.batch.inputs import FILE, JSONL_LINE, LIST_ITEM, MEMBER, Ref, json_records
from extract.decode import MAX_BYTES
from extract.document import Article
from extract.load import LoadError, article_from_text, load_bytes, load_path

META_KEYS = ("title", "date", "url", "source", "author")


class RecordError(LoadError):
    """A record that names its article (`record_id`) but cannot be analysed."""

    def __init__(self, message: str, record_id: str | None = None) -> None:
        super().__init__(message)
        self.record_id = record_id


@dataclass(frozen=True)
class Loaded:
    """One article ready for analysis: its id, where it was read, what its record says."""
    id: str
    article: Article
    meta: dict[str, str | None]


def read_refs(refs: Iterable[Ref]) -> Iterator[tuple[Ref, Loaded | LoadError]]:
    """Each reference with its loaded article, or the LoadError that says why it has none."""
    with _Files() as files:
        for ref in refs:
            try:
                yield ref, _load(ref, files)
            except LoadError as exc:
                yield ref, exc
            except (KeyError, IndexError):  # the input changed since it was enumerated
                yield ref, LoadError(f"{ref.location} is no longer there (the input changed "
                                     "during the run).")
            except (OSError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError) as exc:
                yield ref, LoadError(f"{ref.location} could not be read ({exc}).")


class _Files:
    """The files and archives one partition reads, each opened once."""

    def __init__(self) -> None:
        self.open: dict[str, IO[bytes] | zipfile.ZipFile] = {}

    def file(self, path: str) -> IO[bytes]:
        if path not in self.open:
            self.open[path] = open(path, "rb")  # closed in __exit__
        return self.open[path]  # type: ignore[return-value]

    def archive(self, path: str) -> zipfile.ZipFile:
        if path not in self.open:
            try:
                self.open[path] = zipfile.ZipFile(path)
            except zipfile.BadZipFile as exc:
                raise LoadError(f"{Path(path).name} is not a readable zip archive ({exc}).") \
                    from exc
        return self.open[path]  # type: ignore[return-value]

    def __enter__(self) -> _Files:
        return self

    def __exit__(self, *exc: object) -> None:
        for fh in self.open.values():
            fh.close()


def _load(ref: Ref, files: _Files) -> Loaded:
    if ref.kind == FILE:
        article = load_path(ref.path)
        return Loaded(ref.location, article, _file_meta(article))
    if ref.kind == MEMBER:
        archive = files.archive(ref.path)
        info = archive.getinfo(ref.member)
        name = PurePosixPath(ref.member).name
        if info.file_size > MAX_BYTES:
            raise LoadError(f"{name} is too large ({info.file_size / 1e6:.0f} MB).")
        article = load_bytes(archive.read(info), name, ref.location)
        return Loaded(ref.location, article, _file_meta(article))
    if ref.kind == JSONL_LINE:
        if ref.member:
            line = _member_lines(ref.path, ref.member, ref.stamp)[ref.index - 1]
        else:
            fh = files.file(ref.path)
            fh.seek(ref.offset)
            line = fh.readline()
        return record_article(_parse_line(line, ref), ref.location)
    if ref.kind == LIST_ITEM:
        records = _list_records(ref.path, ref.member, ref.stamp)
        if ref.index >= len(records):
            raise LoadError(f"{ref.location}: the list is shorter than when the run started.")
        return record_article(records[ref.index], ref.location)
    raise LoadError(f"{ref.location}: unknown kind of input {ref.kind!r}.")


def _file_meta(article: Article) -> dict[str, str | None]:
    return {"title": article.title, "date": None, "url": None, "source": None, "author": None}


def _parse_line(line: bytes, ref: Ref) -> Any:
    try:
        return json.loads(line)
    except UnicodeDecodeError as exc:
        raise LoadError(f"line {ref.index} of {_container(ref)} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise LoadError(f"line {ref.index} of {_container(ref)} is not JSON "
                        f"({exc.msg} at column {exc.colno}).") from exc


def _container(ref: Ref) -> str:
    return PurePosixPath(ref.member).name if ref.member else Path(ref.path).name


@lru_cache(maxsize=1)
def _member_lines(path: str, member: str, stamp: str) -> list[bytes]:
    with zipfile.ZipFile(path) as archive, archive.open(member) as fh:
        return [line for line in fh]


@lru_cache(maxsize=1)
def _list_records(path: str, member: str, stamp: str) -> list:
    if member:
        with zipfile.ZipFile(path) as archive:
            data = archive.read(member)
    else:
        data = Path(path).read_bytes()
    try:
        return json_records(data, PurePosixPath(member).name if member else Path(path).name)
    except ValueError as exc:
        raise LoadError(str(exc)) from exc


def _text_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def record_article(record: Any, location: str) -> Loaded:
    """The article a JSON record describes; `location` is its id when it has none."""
    if not isinstance(record, dict):
        raise RecordError("the record is not a JSON object.")
    record_id = _text_field(record, "id") or location
    text = record.get("text", record.get("content"))
    if not isinstance(text, str):
        raise RecordError("the record has no text (no \"text\" or \"content\" field).",
                          record_id)
    if not text.strip():
        raise RecordError("the record's text is empty.", record_id)
    title = _text_field(record, "title")
    try:
        article = article_from_text(text, source=location, title=title)
    except LoadError as exc:
        raise RecordError(str(exc), record_id) from exc
    meta = {key: _text_field(record, key) for key in META_KEYS}
    meta["title"] = meta["title"] or article.title
    meta["date"] = meta["date"] or _text_field(record, "date_extracted")
    return Loaded(record_id, article, meta)
