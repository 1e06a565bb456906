"""The translator's names glossary: preferred English (and Arabic) form of a name, with a note.

Stored in the library's `glossary` table (created by the library's first migration) and keyed by
the name's matching form, so فائز and فايز are one entry. CSV import/export is UTF-8 with BOM, the
form spreadsheet and termbase tools open without mangling Arabic; TBX (ISO 30042) export too.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from extract.names.letters import name_key

TABLE = "glossary"
CSV_COLUMNS = ("arabic", "english", "note")
TBX_NS = "urn:iso:std:iso:30042:ed-2"


class GlossaryError(Exception):
    """A one-line, user-facing reason a glossary action failed."""


@dataclass(frozen=True)
class Entry:
    arabic: str
    english: str
    note: str = ""
    id: int | None = None
    created: str | None = None
    updated: str | None = None


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    skipped: int  # rows with no Arabic name


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _entry(row: dict) -> Entry:
    return Entry(row["arabic"], row["english"] or "", row["note"] or "", row["id"],
                 row["created"], row["updated"])


class Glossary:
    """The glossary of an open library (`app.library.db.Library`, whose transactions and
    locking it then uses) or of a bare sqlite_utils.Database with the glossary table."""

    def __init__(self, store) -> None:
        self.library = store if hasattr(store, "writing") else None
        self.db: sqlite_utils.Database = store.db if self.library else store
        if TABLE not in self.db.table_names():
            raise GlossaryError("this library has no glossary table; open it with Sanad first")
        self.table = self.db.table(TABLE)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        if self.library is not None:
            with self.library.writing():
                yield
        else:
            with self.db.conn:
                yield

    def get(self, arabic: str) -> Entry | None:
        """The entry for this name in any spelling that normalises the same."""
        rows = list(self.table.rows_where("arabic_norm = ?", [name_key(arabic)], limit=1))
        return _entry(rows[0]) if rows else None

    def set(self, arabic: str, english: str, note: str = "") -> Entry:
        """Add or replace the preferred forms of a name; keeps the creation time."""
        arabic, english, note = arabic.strip(), english.strip(), note.strip()
        key = name_key(arabic)
        if not key:
            raise GlossaryError("a glossary entry needs an Arabic name")
        now = _now()
        old = self.get(arabic)
        with self._writing():
            if old is None:
                self.table.insert({"arabic": arabic, "arabic_norm": key, "english": english,
                                   "note": note, "created": now, "updated": now})
            else:
                self.table.update(old.id, {"arabic": arabic, "english": english, "note": note,
                                           "updated": now})
        found = self.get(arabic)
        assert found is not None
        return found

    def remove(self, arabic: str) -> bool:
        old = self.get(arabic)
        if old is None:
            return False
        with self._writing():
            self.table.delete(old.id)
        return True

    def entries(self) -> list[Entry]:
        return [_entry(r) for r in self.table.rows_where(order_by="arabic_norm")]

    def as_mapping(self) -> dict[str, str]:
        """{arabic: english} for `extract.names.names_for_entities`."""
        return {e.arabic: e.english for e in self.entries() if e.english}

    # -- exchange -------------------------------------------------------------------------------
    def export_csv(self, path: Path) -> int:
        """Write arabic,english,note rows (UTF-8 with BOM); returns the number of entries."""
        entries = self.entries()
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(CSV_COLUMNS)
                for e in entries:
                    writer.writerow((e.arabic, e.english, e.note))
        except OSError as exc:
            raise GlossaryError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return len(entries)

    def import_csv(self, path: Path) -> ImportResult:
        """Read a CSV with `arabic` and `english` columns (`note` optional); same names are
        updated, new ones added."""
        try:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.DictReader(fh))
        except UnicodeDecodeError as exc:
            raise GlossaryError(f"{path.name} is not UTF-8 text") from exc
        except OSError as exc:
            raise GlossaryError(f"cannot read {path}: {exc.strerror or exc}") from exc
        except csv.Error as exc:
            raise GlossaryError(f"{path.name} is not a readable CSV file: {exc}") from exc
        if rows and not {"arabic", "english"} <= {(k or "").strip().lower() for k in rows[0]}:
            raise GlossaryError(f"{path.name} needs the columns arabic and english")
        added = updated = skipped = 0
        with self._writing():  # one transaction: a failed import leaves the glossary as it was
            for raw in rows:
                row = {(k or "").strip().lower(): (v or "") for k, v in raw.items()}
                if not name_key(row.get("arabic", "")):
                    skipped += 1
                    continue
                existed = self.get(row["arabic"]) is not None
                self.set(row["arabic"], row.get("english", ""), row.get("note", ""))
                updated += existed
                added += not existed
        return ImportResult(added, updated, skipped)

    def export_tbx(self, path: Path) -> int:
        """Write a TBX-Basic termbase: one concept per name, Arabic and English terms."""
        ET.register_namespace("", TBX_NS)
        xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
        root = ET.Element(f"{{{TBX_NS}}}tbx", {"type": "TBX-Basic", "style": "dca",
                                                 xml_lang: "en"})
        header = ET.SubElement(root, f"{{{TBX_NS}}}tbxHeader")
        desc = ET.SubElement(ET.SubElement(header, f"{{{TBX_NS}}}fileDesc"),
                             f"{{{TBX_NS}}}sourceDesc")
        ET.SubElement(desc, f"{{{TBX_NS}}}p").text = "Sanad names glossary"
        body = ET.SubElement(ET.SubElement(root, f"{{{TBX_NS}}}text"), f"{{{TBX_NS}}}body")
        entries = self.entries()
        for e in entries:
            concept = ET.SubElement(body, f"{{{TBX_NS}}}conceptEntry", {"id": f"sanad-{e.id}"})
            if e.note:
                ET.SubElement(concept, f"{{{TBX_NS}}}note").text = e.note
            for lang, term in (("ar", e.arabic), ("en", e.english)):
                if term:
                    sec = ET.SubElement(concept, f"{{{TBX_NS}}}langSec", {xml_lang: lang})
                    term_sec = ET.SubElement(sec, f"{{{TBX_NS}}}termSec")
                    ET.SubElement(term_sec, f"{{{TBX_NS}}}term").text = term
        ET.indent(root)
        try:
            ET.ElementTree(root).write(path, encoding="UTF-8", xml_declaration=True)
        except OSError as exc:
            raise GlossaryError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return len(entries)
