"""The translator's names glossary: storage, CSV round trip with Arabic, TBX export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import sqlite_utils

from app.library.glossary import Glossary, GlossaryError
from extract.model import Entity
from extract.names import names_for_entities

SCHEMA = """CREATE TABLE glossary (
    id INTEGER PRIMARY KEY, arabic TEXT NOT NULL, arabic_norm TEXT NOT NULL UNIQUE,
    english TEXT, note TEXT, created TEXT, updated TEXT)"""


def fresh(tmp_path: Path, name: str) -> Glossary:
    db = sqlite_utils.Database(tmp_path / name)
    db.execute(SCHEMA)
    return Glossary(db)


def test_a_name_is_one_entry_whatever_its_hamza_or_ta_marbuta(tmp_path: Path) -> None:
    g = fresh(tmp_path, "a.db")
    first = g.set("فائز السراج", "Fayez al-Sarraj", "PM of the GNA")
    again = g.set("فايز السراج", "Fayez Sarraj", "house style: no al-")
    assert again.id == first.id and again.created == first.created
    assert [(e.arabic, e.english) for e in g.entries()] == [("فايز السراج", "Fayez Sarraj")]
    assert g.get("فائز  السراج").note == "house style: no al-"
    assert g.remove("فائز السراج") and g.entries() == []


def test_csv_round_trip_keeps_arabic_and_writes_a_bom(tmp_path: Path) -> None:
    g = fresh(tmp_path, "a.db")
    g.set("غسان سلامة", "Ghassan Salamé", "UN envoy, accent kept")
    g.set("غنيوة الككلي", "Abdul Ghani al-Kikli", 'known as "Ghneiwa", militia leader')
    g.set("ترمب", "Trump", "")
    path = tmp_path / "glossary.csv"
    assert g.export_csv(path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "غسان سلامة".encode() in raw
    other = fresh(tmp_path, "b.db")
    result = other.import_csv(path)
    assert (result.added, result.updated, result.skipped) == (3, 0, 0)
    assert [(e.arabic, e.english, e.note) for e in other.entries()] == \
        [(e.arabic, e.english, e.note) for e in g.entries()]
    # importing again updates instead of duplicating
    assert other.import_csv(path).updated == 3
    assert len(other.entries()) == 3


def test_csv_from_a_termbase_tool_with_other_column_order(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("English,Note,Arabic\nHaftar,LNA commander,حفتر\n,,\n", encoding="utf-8")
    g = fresh(tmp_path, "a.db")
    result = g.import_csv(path)
    assert (result.added, result.skipped) == (1, 1)
    assert g.get("حفتر").english == "Haftar"


def test_bad_csv_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,translation\nحفتر,Haftar\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="arabic and english"):
        fresh(tmp_path, "a.db").import_csv(path)
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("arabic,english\nx,Salamé\n".encode("latin-1"))
    with pytest.raises(GlossaryError, match="not UTF-8"):
        fresh(tmp_path, "b.db").import_csv(latin1)


def test_glossary_drives_the_suggestions(tmp_path: Path) -> None:
    g = fresh(tmp_path, "a.db")
    g.set("فائز السراج", "Fayez Sarraj")
    rows = names_for_entities([Entity("E1", "PER", "فائز السراج", ())], g.as_mapping())
    assert rows[0]["suggestions"][0] == "Fayez Sarraj"
    assert rows[0]["source"] == "glossary"


def test_tbx_export_has_arabic_and_english_terms(tmp_path: Path) -> None:
    g = fresh(tmp_path, "a.db")
    g.set("غسان سلامة", "Ghassan Salame", "UN envoy")
    path = tmp_path / "g.tbx"
    assert g.export_tbx(path) == 1
    root = ET.parse(path).getroot()
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    terms = {sec.get(lang): sec.find("t:termSec/t:term", ns).text
             for sec in root.iterfind(".//t:langSec", ns)}
    assert terms == {"ar": "غسان سلامة", "en": "Ghassan Salame"}
    assert root.find(".//t:conceptEntry/t:note", ns).text == "UN envoy"


def test_works_on_an_open_library(tmp_path: Path) -> None:
    from app.library.db import open_library

    with open_library(tmp_path / "lib.sanad") as library:
        g = Glossary(library)
        g.set("حفتر", "Haftar", "")
        assert g.as_mapping() == {"حفتر": "Haftar"}
