"""The user's corrections of who said what, in the library: stored as overrides keyed to the
statements' text, replayed over every new analysis (an extractor upgrade, a changed text), and
seen by the claims index (search, the speaker filter, `claims`), the exports and the corrections
file."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.library import open_library
from app.library.analyses import cached_analysis, latest_analysis, store_analysis
from app.library.articles import add_article
from app.library.corrections import (
    add_statement,
    apply_corrections,
    corrected_analysis,
    corrections_for,
    export_corrections,
    is_corrected,
    merge,
    not_a_statement,
    reassign,
    record,
    rename,
    withdraw,
)
from app.library.db import LibraryError
from app.library.export import article_bundle, to_markdown
from app.library.search import claims_by_speaker, search
from extract.document import Span
from extract.fingerprint import extractor_fingerprint
from extract.model import Claim, Evidence
from extract.schema import from_json, to_json, validate
from tests.conftest import SEED, seed_analysis_for

TEXT = SEED.read_text(encoding="utf-8").strip()


@pytest.fixture
def seeded(tmp_path):
    """A library holding the seed article with the hand-built analysis: (library, id)."""
    lib = open_library(tmp_path / "lib.sqlite")
    article_id = add_article(lib, "لقاء حفتر", TEXT, "https://aawsat.com/x").article_id
    text = latest_text(lib, article_id)
    store_analysis(lib, article_id, replace(seed_analysis_for(text),
                                            fingerprint=extractor_fingerprint()))
    yield lib, article_id
    lib.close()


def latest_text(lib, article_id: int) -> str:
    with lib.reading() as db:
        return db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]


def effective(lib, article_id):
    return corrected_analysis(lib, article_id, latest_analysis(lib, article_id))


def claim_with(analysis, words: str) -> Claim:
    return next(c for c in analysis.claims if analysis.slice(c.content).startswith(words))


def speakers_of(lib, name: str) -> list[str]:
    return [r.content for r in claims_by_speaker(lib, name)]


def test_a_statement_given_to_another_speaker_is_theirs_everywhere(seeded) -> None:
    lib, article_id = seeded
    analysis = latest_analysis(lib, article_id)
    claim = claim_with(analysis, "الوفد الأميركي")  # the extractor: «مصدر مطلع» (via «المصدر»)
    record(lib, article_id, reassign(analysis, [claim], "فائز السراج"))

    now = effective(lib, article_id)
    moved = now.claim(claim.id)
    assert now.speaker(moved.speaker_id).name == "فائز السراج" and is_corrected(moved)
    assert moved.evidence.kind == "corrected" and not moved.evidence.inferred
    validate(now)  # the same typed contract, written and read by the schema
    assert from_json(to_json(now)) == now
    assert any(c.startswith("الوفد الأميركي") for c in speakers_of(lib, "فائز السراج"))
    assert not any(c.startswith("الوفد الأميركي") for c in speakers_of(lib, "مصدر مطلع"))
    # the exports say it too
    bundle = article_bundle(lib, article_id)
    row = next(c for c in bundle["claims"] if c["content"].startswith("الوفد الأميركي"))
    assert row["speaker"] == "فائز السراج"
    assert "**فائز السراج** وقال المصدر" in to_markdown(lib, [article_id])


def test_a_typed_name_makes_a_new_speaker_and_search_filters_by_it(seeded) -> None:
    lib, article_id = seeded
    analysis = latest_analysis(lib, article_id)
    orphan = analysis.unattributed()[0]  # «الضربة المقبلة …»: nobody found
    record(lib, article_id, reassign(analysis, [orphan], "غرفة عمليات طرابلس"))
    now = effective(lib, article_id)
    assert not now.unattributed()
    assert [s.name for s in now.speakers][-1] == "غرفة عمليات طرابلس"
    assert [h.article_id for h in search(lib, speaker="غرفة عمليات طرابلس")] == [article_id]
    assert speakers_of(lib, "غرفة عمليات طرابلس")[0].startswith("الضربة المقبلة")


def test_not_a_statement_merge_split_rename_and_add(seeded) -> None:
    lib, article_id = seeded
    a = latest_analysis(lib, article_id)
    record(lib, article_id, not_a_statement(a, [claim_with(a, "الضربة المقبلة")]))
    record(lib, article_id, merge("مسؤول في وزارة الخارجية الأميركية", "مصدر مطلع"))
    a = effective(lib, article_id)
    assert not a.unattributed() and len(a.claims) == 5
    source = next(s for s in a.speakers if s.name == "مصدر مطلع")
    assert len(source.claim_ids) == 4 and "مسؤول في وزارة الخارجية الأميركية" in source.aliases
    assert "المسؤول" in source.aliases
    assert len(speakers_of(lib, "مصدر مطلع")) == 4
    # split two statements off to a new speaker, then rename that speaker
    two = [claim_with(a, "المسؤولين الحكوميين"), claim_with(a, "ندعو جميع")]
    record(lib, article_id, reassign(a, two, "مسؤول أميركي", split=True))
    record(lib, article_id, rename("مسؤول أميركي", "مسؤول في الخارجية الأميركية"))
    a = effective(lib, article_id)
    renamed = next(s for s in a.speakers if s.name == "مسؤول في الخارجية الأميركية")
    assert [a.slice(a.claim(c).content)[:6] for c in renamed.claim_ids] == ["المسؤو", "ندعو ج"]
    assert len(speakers_of(lib, "مصدر مطلع")) == 2
    assert len(speakers_of(lib, "مسؤول في الخارجية الأميركية")) == 2
    # a statement the extractor missed, selected in the text
    words = "لحشد الدعم لحكومته"
    start = a.text.index(words)
    record(lib, article_id, add_statement(a.text, start - 1, start + len(words) + 1,
                                          "فائز السراج", "indirect"))
    a = effective(lib, article_id)
    added = claim_with(a, words)
    assert a.slice(added.content) == words  # white space trimmed off the selection
    assert added.kind == "indirect" and added.cue is None and is_corrected(added)
    assert a.speaker(added.speaker_id).name == "فائز السراج"
    assert words in speakers_of(lib, "فائز السراج")
    validate(a)
    assert [c.op for c in corrections_for(lib, article_id)] == [
        "not-statement", "merge", "split", "rename", "add"]


def test_undoing_a_correction_puts_the_index_back(seeded) -> None:
    lib, article_id = seeded
    a = latest_analysis(lib, article_id)
    before = speakers_of(lib, "مصدر مطلع")
    done = record(lib, article_id, merge("فائز السراج", "مصدر مطلع"))
    assert len(speakers_of(lib, "مصدر مطلع")) == len(before) + 1
    assert withdraw(lib, done.key) == article_id
    assert speakers_of(lib, "مصدر مطلع") == before
    assert effective(lib, article_id) == a
    record(lib, article_id, done)  # redo: the same correction again
    assert len(speakers_of(lib, "مصدر مطلع")) == len(before) + 1
    assert len(corrections_for(lib, article_id)) == 1


def test_corrections_survive_a_new_extractor_and_a_changed_text(seeded) -> None:
    lib, article_id = seeded
    a = latest_analysis(lib, article_id)
    record(lib, article_id, reassign(a, [claim_with(a, "الوفد الأميركي")], "فائز السراج"))
    record(lib, article_id, merge("مسؤول في وزارة الخارجية الأميركية", "مصدر مطلع"))
    # a later extractor: other ids, the statement's content a few words longer
    claims = []
    for c in a.claims:
        if a.slice(c.content).startswith("الوفد الأميركي"):
            c = replace(c, content=Span(c.content.start, c.content.end + 12))
        claims.append(replace(c, id="N" + c.id))
    speakers = tuple(replace(s, id="T" + s.id, claim_ids=tuple("N" + i for i in s.claim_ids))
                     for s in a.speakers)
    claims = [replace(c, speaker_id="T" + c.speaker_id,
                      evidence=replace(c.evidence, from_claim=None)) if c.speaker_id else c
              for c in claims]
    upgraded = replace(a, claims=tuple(claims), speakers=speakers, fingerprint="v2")
    store_analysis(lib, article_id, upgraded)
    assert cached_analysis(lib, article_id) is None  # the old analysis is gone
    now = effective(lib, article_id)
    moved = claim_with(now, "الوفد الأميركي")
    assert now.speaker(moved.speaker_id).name == "فائز السراج" and moved.id.startswith("N")
    assert len(speakers_of(lib, "مصدر مطلع")) == 3  # merged: its own 1 + the official's 2
    # the article's text edited around the statement: found again by its words
    text = "سطر جديد في البداية.\n" + now.text
    shifted = apply_corrections(replace(seed_analysis_for(text), fingerprint="v3"),
                                corrections_for(lib, article_id))
    assert not shifted.detached
    moved = claim_with(shifted.analysis, "الوفد الأميركي")
    assert shifted.analysis.speaker(moved.speaker_id).name == "فائز السراج"


def test_a_correction_whose_statement_is_gone_is_kept_as_detached(seeded) -> None:
    lib, article_id = seeded
    a = latest_analysis(lib, article_id)
    record(lib, article_id, reassign(a, [claim_with(a, "الوفد الأميركي")], "فائز السراج"))
    gone = replace(a, claims=tuple(c for c in a.claims
                                   if not a.slice(c.content).startswith("الوفد الأميركي")),
                   speakers=tuple(replace(s, claim_ids=tuple(i for i in s.claim_ids if i != "C2"))
                                  for s in a.speakers))
    applied = apply_corrections(gone, corrections_for(lib, article_id))
    assert [c.op for c in applied.detached] == ["speaker"]
    assert applied.analysis == gone


def test_bad_corrections_are_refused_with_a_message(seeded) -> None:
    lib, article_id = seeded
    a = latest_analysis(lib, article_id)
    with pytest.raises(LibraryError, match="name"):
        reassign(a, [a.claims[0]], "  ")
    with pytest.raises(LibraryError, match="itself"):
        merge("السراج", "السراج")
    with pytest.raises(LibraryError, match="Select"):
        add_statement(a.text, 5, 5, "فائز السراج", "direct")
    with pytest.raises(LibraryError, match="no article"):
        record(lib, 999, merge("فائز السراج", "مصدر مطلع"))


def test_the_corrections_file_is_close_to_the_gold_format(seeded, tmp_path) -> None:
    lib, article_id = seeded
    a = latest_analysis(lib, article_id)
    record(lib, article_id, reassign(a, [claim_with(a, "الوفد الأميركي")], "فائز السراج"))
    record(lib, article_id, not_a_statement(a, [claim_with(a, "الضربة المقبلة")]))
    data = export_corrections(lib)
    assert data["schema"] == "sanad.corrections/1"
    (entry,) = data["articles"]
    assert entry["id"] == article_id and entry["text"] == a.text
    ids = {names[0]: sid for sid, names in entry["speakers"].items()}
    assert entry["speakers"][ids["فائز السراج"]] == ["فائز السراج", "السراج"]
    gold = {c["snippet"]: c for c in entry["claims"]}
    moved = next(c for s, c in gold.items() if s.startswith("الوفد الأميركي"))
    assert moved == {"snippet": moved["snippet"], "speaker": ids["فائز السراج"],
                     "kind": "indirect", "corrected": True}
    assert all(c["snippet"] in a.text and len(c["snippet"].split()) <= 6
               for c in entry["claims"])
    assert entry["rejected"] == ["الضربة المقبلة ستكون أعمق"]
    assert [(c["op"], c["applied"]) for c in entry["corrections"]] == [
        ("speaker", True), ("not-statement", True)]


def test_corrections_export_on_the_command_line(seeded, tmp_path, capsys, monkeypatch) -> None:
    from app.library.__main__ import main

    lib, article_id = seeded
    a = latest_analysis(lib, article_id)
    record(lib, article_id, merge("فائز السراج", "مصدر مطلع"))
    out = tmp_path / "corrections.json"
    assert main(["--db", str(lib.path), "corrections", "export", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"][0]["corrections"][0]["op"] == "merge"
    assert main(["--db", str(lib.path), "claims", "مصدر مطلع"]) == 0
    printed = capsys.readouterr().out
    assert a.slice(claim_with(a, "أهمية التعامل").content) in printed  # al-Sarraj's, merged


def test_evidence_corrected_is_part_of_the_schema() -> None:
    analysis = seed_analysis_for(TEXT)
    claim = analysis.claims[0]
    marked = replace(analysis, claims=(replace(claim, evidence=Evidence("corrected")),
                                       *analysis.claims[1:]))
    assert from_json(to_json(marked)) == marked
