"""The attribute names a trained CRFsuite model knows, read from its file.

CRFsuite drops every attribute of an item that its model does not know; dropping those before
handing the items over gives the same scores and tags while CRFsuite has fewer strings to look up
(a quarter of a news sentence's attributes are unknown: rare words, rare pairs). pycrfsuite's own
`Tagger.info()` lists them too, but by dumping and parsing the whole model (seconds); the model
file keeps them in a CQDB string table that one regular-expression pass reads.
tests/test_ner_attributes.py checks this reader against `Tagger.info()`.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

# crf1dm header: magic, size, type, version, features, labels, attributes, then offsets of the
# features, the label table and the attribute table
_MODEL_HEADER = struct.Struct("<4sI4sIIIIIII")
# CQDB header: chunk id, size, flag, byte order, number of keys, offset of the id -> key array;
# then 256 hash tables (offset, size); the records (id, key size, key, NUL) come before the tables
_CQDB_HEADER = struct.Struct("<4sIIIII")
_CQDB_TABLES = struct.Struct("<512I")
_CQDB_RECORD = re.compile(rb"(?s).{8}([^\x00]*)\x00")


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
