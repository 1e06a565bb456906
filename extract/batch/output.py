"""The output folder of a batch run; every file in it is written atomically (temp file + rename).

    part-00000.jsonl.gz …   one line per analysed article:
                            {"id", "location", "meta": {title, date, url, source, author},
                             "analysis": <sanad.analysis/2, written by extract.schema.to_json>}
    errors.jsonl            one line per article or input that could not be analysed:
                            {"id", "source", "message"}
    manifest.json           inputs, extractor fingerprint, counts, time, per-partition status
    done/part-00000.json    the partition's done marker: fingerprint, digest, counts, errors

A partition counts as done only when its marker is there and names the same extractor fingerprint
and the same references (digest): a resumed run skips it, and a part file without a marker (a run
stopped while writing it) is simply written again. errors.jsonl and manifest.json are rebuilt
from the markers at the end of every run, so a resumed run ends with the same files as an
uninterrupted one.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

from extract.batch.inputs import InputError
from extract.batch.partition import Partition

MANIFEST_SCHEMA = "sanad.batch/1"
MANIFEST = "manifest.json"
ERRORS = "errors.jsonl"
DONE = "done"


class OutputError(Exception):
    """The output folder cannot be used; str(error) says why."""


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so a reader sees the old file or the whole new one, never a part."""
    tmp = path.parent / f".{path.name}.{os.getpid()}-{uuid4().hex[:8]}.tmp"
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


class OutputDir:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(f"{self.path} is a file; --out needs a folder.")
        try:
            (self.path / DONE).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"Cannot create the output folder {self.path}: "
                              f"{exc.strerror or exc}.") from exc
        for stale in self.path.glob(".*.tmp"):  # left by a run killed while writing
            stale.unlink(missing_ok=True)
        for stale in (self.path / DONE).glob(".*.tmp"):
            stale.unlink(missing_ok=True)

    def part_path(self, index: int) -> Path:
        return self.path / f"part-{index:05d}.jsonl.gz"

    def marker_path(self, index: int) -> Path:
        return self.path / DONE / f"part-{index:05d}.json"

    def marker(self, index: int) -> dict | None:
        try:
            value = json.loads(self.marker_path(index).read_bytes())
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def done_marker(self, partition: Partition, fingerprint: str) -> dict | None:
        """The partition's marker if it was done by this extractor over the same references."""
        marker = self.marker(partition.index)
        if (marker and marker.get("fingerprint") == fingerprint
                and marker.get("digest") == partition.digest
                and self.part_path(partition.index).is_file()):
            return marker
        return None

    def write_partition(self, partition: Partition, data: bytes, analysed: int,
                        errors: list[dict], fingerprint: str) -> dict:
        """The part file, then its marker: a marker always describes a whole part file."""
        write_atomically(self.part_path(partition.index), data)
        marker = {"index": partition.index, "fingerprint": fingerprint,
                  "digest": partition.digest, "articles": len(partition.refs),
                  "analysed": analysed, "errors": errors}
        write_atomically(self.marker_path(partition.index), _json_bytes(marker))
        return marker

    def remove_partitions_from(self, count: int) -> None:
        """Drop parts numbered `count` and above (left by an earlier run over more articles)."""
        for path in [*self.path.glob("part-*.jsonl.gz"), *(self.path / DONE).glob("part-*.json")]:
            number = path.name.split(".")[0].removeprefix("part-")
            if number.isdigit() and int(number) >= count:
                path.unlink(missing_ok=True)

    def write_errors(self, input_errors: Iterable[InputError], markers: Iterable[dict]) -> int:
        lines = [{"id": e.location, "source": e.path, "message": e.message}
                 for e in input_errors]
        for marker in markers:
            lines.extend(marker.get("errors", []))
        data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
        write_atomically(self.path / ERRORS, data.encode("utf-8"))
        return len(lines)

    def write_manifest(self, manifest: dict) -> None:
        write_atomically(self.path / MANIFEST, _json_bytes({"schema": MANIFEST_SCHEMA,
                                                             **manifest}))


def read_manifest(path: str | os.PathLike[str]) -> dict:
    """The manifest of a batch output folder; OutputError with a message if there is none."""
    folder = Path(path)
    try:
        manifest = json.loads((folder / MANIFEST).read_bytes())
    except FileNotFoundError as exc:
        raise OutputError(f"{folder} holds no batch analysis ({MANIFEST} is missing).") from exc
    except (OSError, ValueError) as exc:
        raise OutputError(f"{folder / MANIFEST} could not be read ({exc}).") from exc
    if not isinstance(manifest, dict) or manifest.get("schema") != MANIFEST_SCHEMA:
        raise OutputError(f"{folder / MANIFEST} is not a Sanad batch manifest "
                          f"(schema {MANIFEST_SCHEMA}).")
    return manifest


@dataclass(frozen=True)
class OutputLine:
    """One analysed article of a batch output, as `extract.batch.task.output_line` wrote it."""
    id: str
    location: str | None
    meta: dict[str, str | None]
    analysis: dict  # sanad.analysis JSON: read it with extract.schema.from_json


def done_part_files(folder: str | os.PathLike[str], manifest: dict) -> list[Path]:
    """The part files the manifest lists as written (this run or an earlier one), in order."""
    base = Path(folder)
    rows = manifest.get("partitions") or []
    return [base / row["file"] for row in rows
            if isinstance(row, dict) and row.get("status") in ("done", "reused")
            and isinstance(row.get("file"), str) and (base / row["file"]).is_file()]


def read_part(path: Path) -> Iterator[OutputLine | str]:
    """The articles of one part file, streamed; a damaged line is a message (str) instead."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for number, raw in enumerate(fh, start=1):
                try:
                    row = json.loads(raw)
                    yield OutputLine(str(row["id"]), row.get("location"), dict(row["meta"]),
                                     row["analysis"])
                except (ValueError, KeyError, TypeError) as exc:
                    yield f"line {number} of {path.name} is damaged ({exc})."
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:  # a corrupt gzip
        yield f"{path.name} could not be read to the end ({exc})."
