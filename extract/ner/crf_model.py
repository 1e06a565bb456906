"""The attribute names and state weights of a trained CRFsuite model, read from its file.

CRFsuite drops every attribute of an item that its model does not know; dropping those before
handing the items over gives the same scores and tags while CRFsuite has fewer strings to look up
(a quarter of a news sentence's attributes are unknown: rare words, rare pairs). pycrfsuite's own
`Tagger.info()` lists them too, but by dumping and parsing the whole model (seconds); the model
file keeps them in a CQDB string table that one regular-expression pass reads.
tests/test_ner_attributes.py checks this reader against `Tagger.info()`.

`state_weights` reads the model's features too (attribute -> label weights, label -> label
transitions), for extract/ner/features.py's `state_scores` and extract/ner/viterbi.py: the tagger
sums each word's label scores from scores cached per word form and decodes them itself, instead
of handing CRFsuite about a hundred attribute strings per word to look up.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

# crf1dm header: magic, size, type, version, features, labels, attributes, then offsets of the
# features, the label table and the attribute table
_MODEL_HEADER = struct.Struct("<4sI4sIIIIIII")
# CQDB header: chunk id, size, flag, byte order, number of keys, offset of the id -> key array;
# then 256 hash tables (offset, size); the records (id, key size, key, NUL) come before the tables
_CQDB_HEADER = struct.Struct("<4sIIIII")
_CQDB_TABLES = struct.Struct("<512I")
_CQDB_RECORD = re.compile(rb"(?s).{8}([^\x00]*)\x00")
_CQDB_RECORD_ID = re.compile(rb"(?s)(.{4}).{4}([^\x00]*)\x00")
# feature chunk: id, size, count; then (type, source, destination, weight) per feature; a state
# feature (type 0) goes from an attribute to a label, a transition (type 1) between labels
_FEATURE_CHUNK = struct.Struct("<4sII")
_FEATURE = struct.Struct("<IIId")


def _cqdb_records(data: bytes, offset: int, count: int,
                  with_ids: bool = False) -> list | None:
    """The keys (or (id, key) pairs) of the CQDB string table at `offset`, or None when it is not
    one of `count` keys laid out as expected."""
    try:
        chunk, _chunk_size, _flag, _order, keys, _bwd = _CQDB_HEADER.unpack_from(data, offset)
        tables = _CQDB_TABLES.unpack_from(data, offset + _CQDB_HEADER.size)
    except struct.error:
        return None
    if chunk != b"CQDB" or keys != count:
        return None
    used = [off for off, size in zip(tables[::2], tables[1::2], strict=True) if size]
    if not used:
        return None
    records = offset + _CQDB_HEADER.size + _CQDB_TABLES.size
    if with_ids:
        found = [(int.from_bytes(m.group(1), "little"), m.group(2))
                 for m in _CQDB_RECORD_ID.finditer(data, records, offset + min(used))]
    else:
        found = _CQDB_RECORD.findall(data, records, offset + min(used))
    return found if len(found) == count else None


@dataclass(frozen=True)
class StateWeights:
    """A model's features: `attributes[a]` lists (label id, weight) for attribute `a` (str, as
    the features are written); `transitions[i][j]` is the weight of label i followed by j."""

    labels: tuple[str, ...]
    attributes: dict[str, tuple[tuple[int, float], ...]]
    transitions: tuple[tuple[float, ...], ...]


def state_weights(path: Path) -> StateWeights | None:
    """The features of the model at `path`, or None when the file is not a CRFsuite 1st-order
    model laid out as expected."""
    try:
        data = path.read_bytes()
        # (the header's feature count is left 0 by CRFsuite; the chunk has the real one)
        magic, _size, kind, _version, _features, n_labels, n_attrs, off_features, off_labels, \
            off_attrs = _MODEL_HEADER.unpack_from(data)
        chunk, _chunk_size, count = _FEATURE_CHUNK.unpack_from(data, off_features)
    except (OSError, struct.error):
        return None
    if magic != b"lCRF" or kind != b"FOMC" or chunk != b"FEAT":
        return None
    labels = _cqdb_records(data, off_labels, n_labels, with_ids=True)
    names = _cqdb_records(data, off_attrs, n_attrs, with_ids=True)
    start = off_features + _FEATURE_CHUNK.size
    if labels is None or names is None or len(data) < start + _FEATURE.size * count:
        return None
    label_of = dict(labels)
    name_of = {i: name.decode("utf-8", "surrogateescape") for i, name in names}
    del names
    if sorted(label_of) != list(range(n_labels)) or len(name_of) != n_attrs:
        return None
    per_attribute: dict[str, list[tuple[int, float]]] = {}
    transitions = [[0.0] * n_labels for _ in range(n_labels)]
    view = memoryview(data)[start:start + _FEATURE.size * count]
    for kind_of, src, dst, weight in _FEATURE.iter_unpack(view):
        if kind_of == 0 and src in name_of and dst < n_labels:
            per_attribute.setdefault(name_of[src], []).append((dst, weight))
        elif kind_of == 1 and src < n_labels and dst < n_labels:
            transitions[src][dst] = weight
        else:
            return None
    return StateWeights(
        labels=tuple(label_of[i].decode() for i in range(n_labels)),
        attributes={name: tuple(feats) for name, feats in per_attribute.items()},
        transitions=tuple(tuple(row) for row in transitions),
    )


def model_attributes(path: Path) -> frozenset[bytes] | None:
    """Every attribute name in the model at `path` (UTF-8 bytes), or None when the file is not a
    CRFsuite 1st-order model laid out as expected (then nothing can be left out)."""
    try:
        data = path.read_bytes()
        magic, _size, kind, _version, _features, _labels, count, _off_features, _off_labels, \
            off_attrs = _MODEL_HEADER.unpack_from(data)
        chunk, _chunk_size, _flag, _order, keys, _bwd = _CQDB_HEADER.unpack_from(data, off_attrs)
        tables = _CQDB_TABLES.unpack_from(data, off_attrs + _CQDB_HEADER.size)
    except (OSError, struct.error):
        return None
    if magic != b"lCRF" or kind != b"FOMC" or chunk != b"CQDB" or keys != count:
        return None
    used = [offset for offset, size in zip(tables[::2], tables[1::2], strict=True) if size]
    if not used:
        return None
    records = off_attrs + _CQDB_HEADER.size + _CQDB_TABLES.size
    names = _CQDB_RECORD.findall(data, records, off_attrs + min(used))
    return frozenset(names) if len(names) == count else None
