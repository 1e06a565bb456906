"""References grouped into numbered partitions, each with a digest of exactly what it covers.

Partition k is always references [k*size, (k+1)*size) of the stable enumeration, so a re-run over
the same inputs makes the same partitions; its digest (over the references, including each
file's size and modification time) tells a resumed run whether the partition done before covered
the same articles.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extract.batch.inputs import InputError, Item, Ref

DEFAULT_SIZE = 200


@dataclass(frozen=True)
class Partition:
    index: int
    refs: tuple[Ref, ...]
    digest: str

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


def refs_digest(refs: Iterable[Ref]) -> str:
    h = hashlib.sha256()
    for ref in refs:
        h.update(json.dumps(list(ref), ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:24]


def partitions(items: Iterable[Item], size: int = DEFAULT_SIZE,
               input_errors: list[InputError] | None = None) -> Iterator[Partition]:
    """Partitions of `size` references, lazily; input errors are appended to `input_errors`."""
    if size < 1:
        raise ValueError("a partition holds at least one article")
    batch: list[Ref] = []
    index = 0
    for item in items:
        if isinstance(item, InputError):
            if input_errors is not None:
                input_errors.append(item)
            continue
        batch.append(item)
        if len(batch) == size:
            yield Partition(index, tuple(batch), refs_digest(batch))
            index, batch = index + 1, []
    if batch:
        yield Partition(index, tuple(batch), refs_digest(batch))
