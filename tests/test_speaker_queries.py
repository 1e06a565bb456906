"""What one speaker said across the library (no Qt): spellings merged, date order, words, the
same quote elsewhere with who said it first, timeline, outlets and the exports."""

from __future__ import annotations

import csv
import io

import pytest

from app.library.speaker_export import to_markdown, write_speaker_export
from app.library.speaker_queries import (
    ensure_quote_keys,
    missing_quote_keys,
    parse_question,
    per_outlet,
    quote_key,
    same_quotes,
    speaker_statements,
    timeline,
)
from tests.speaker_library import ARTICLES, SHARED_QUOTE, fill_library


@pytest.fixture
def filled(lib):
    return lib, fill_library(lib)


def test_three_spellings_of_erdogan_are_one_speaker(filled) -> None:
    lib, ids = filled
    for asked in ("اردوغان", "أردوغان", "إردوغان"):
        found = speaker_statements(lib, asked)
        assert {s.article_id for s in found.statements} == {ids[1], ids[2], ids[3]}
        assert dict(found.spellings) == {"إردوغان": 2, "أردوغان": 1, "اردوغان": 1}


def test_statements_are_in_the_order_of_the_articles_dates(filled) -> None:
    lib, ids = filled
    found = speaker_statements(lib, "أردوغان")
    # published 2019-05-02, 2019-05-04 (two statements, reading order), then the file known
    # only by its import date (today), last
    assert [s.article_id for s in found.statements] == [ids[1], ids[2], ids[2], ids[3]]
    assert [s.published for s in found.statements] == [True, True, True, False]
    assert found.statements[1].start < found.statements[2].start
    sarraj = speaker_statements(lib, "فائز السراج")
    assert [s.day for s in sarraj.statements] == ["2019-05-02", "2019-05-09"]  # not import order


def test_a_surname_reaches_the_full_name_and_the_full_name_its_surname(filled) -> None:
    lib, ids = filled
    by_surname = speaker_statements(lib, "السراج")
    by_name = speaker_statements(lib, "فائز السراج")
    assert {s.article_id for s in by_surname.statements} == {ids[0], ids[1]}
    assert by_surname.statements == by_name.statements
    # «السراج» at the statement, resolved in its article to «فائز السراج»
    assert by_name.statements[1].speaker == "السراج"
    assert speaker_statements(lib, "حفتر").statements[0].article_id == ids[4]
    assert speaker_statements(lib, "مجهول").statements == []


def test_long_vowel_spellings_merge_but_two_dictionary_names_do_not(lib) -> None:
    from app.library.analyses import store_analysis
    from app.library.articles import add_article
    from app.library.search import name_key
    from app.library.speaker_queries import spelling_keys
    from tests.speaker_library import Said, Written, analysis_of, article_text

    for i, name in enumerate(("ترمب", "ترامب", "سلمان", "سليمان")):
        written = Written(f"مقال {i}", None, None, (
            Said(name, name, "indirect", f"وقال {name}", f"إن الأمر رقم {i} مهم جدا"),))
        text = article_text(written)
        store_analysis(lib, add_article(lib, written.title, text).article_id,
                       analysis_of(written, text))
    assert sorted(spelling_keys(lib, "ترمب")) == sorted([name_key("ترمب"), name_key("ترامب")])
    assert spelling_keys(lib, "سلمان") == [name_key("سلمان")]


def test_what_did_a_speaker_say_about_some_words(filled) -> None:
    lib, ids = filled
    assert parse_question("what did «فائز السراج» say about «طرابلس»") == ("فائز السراج",
                                                                          "طرابلس")
    assert parse_question("ماذا قال «السراج» عن طرابلس؟") == ("السراج", "طرابلس")
    assert parse_question("فائز السراج") == ("فائز السراج", "")
    found = speaker_statements(lib, "فائز السراج", "طرابلس")
    assert [s.article_id for s in found.statements] == [ids[0]]
    # spelling-insensitive as the library search: «الطرابلس» / «طرابُلس», and a prefix
    assert speaker_statements(lib, "خليفة حفتر", "طرابُلس").statements
    assert len(speaker_statements(lib, "أردوغان", "الحل*").statements) == 2
    assert speaker_statements(lib, "أردوغان", "طرابلس").statements[0].kind == "mixed"


def test_the_same_quote_by_two_speakers_is_one_quote_and_the_first_is_known(filled) -> None:
    lib, ids = filled
    erdogan = speaker_statements(lib, "أردوغان")
    quotes = same_quotes(lib, erdogan.statements)
    shared = [s for s in erdogan.statements if s.content == SHARED_QUOTE]
    assert len(shared) == 1 and list(quotes) == [shared[0].claim_id]
    group = quotes[shared[0].claim_id]
    assert [(o.speaker, o.article_id) for o in group.occurrences] == [
        ("فائز السراج", ids[1]), ("إردوغان", ids[2])]
    assert group.first.speaker == "فائز السراج"  # said two days earlier
    # the other speaker's view shows the same group, him first
    sarraj = speaker_statements(lib, "فائز السراج")
    theirs = same_quotes(lib, sarraj.statements)
    assert [o.claim_id for o in next(iter(theirs.values())).occurrences] == \
        [o.claim_id for o in group.occurrences]
    # spelling, diacritics and punctuation do not make another quote; short ones never match
    assert quote_key("«الحلُّ السياسيّ هو الطريق الوحيد، لإنهاء الأزمة في ليبيا»") == \
        quote_key(SHARED_QUOTE)
    assert quote_key("الحل العسكري مستحيل") is None


def test_quote_keys_follow_re_analysis(filled) -> None:
    from app.library.analyses import store_analysis
    from tests.speaker_library import analysis_of, article_text

    lib, ids = filled
    assert ensure_quote_keys(lib) == sum(len(w.said) for w in ARTICLES)
    assert missing_quote_keys(lib) == 0
    written = ARTICLES[2]
    store_analysis(lib, ids[2], analysis_of(written, article_text(written)))  # new claim rows
    assert missing_quote_keys(lib) == len(written.said)
    erdogan = speaker_statements(lib, "أردوغان")
    assert len(same_quotes(lib, erdogan.statements)) == 1
    with lib.reading() as db:
        orphans = db.execute("SELECT count(*) FROM claim_quotes WHERE claim_id NOT IN"
                             " (SELECT id FROM claims)").fetchone()[0]
    assert orphans == 0


def test_timeline_and_outlets(filled) -> None:
    lib, _ids = filled
    found = speaker_statements(lib, "أردوغان")
    # by the articles' own dates; the file known only by its import date is not on it
    days = timeline(found.statements, "day")
    assert days == [("2019-05-02", 1), ("2019-05-03", 0), ("2019-05-04", 2)]
    assert timeline(found.statements[:3], "week") == [("2019-04-29", 3)]
    assert timeline(found.statements[:3], "month") == [("2019-05-01", 3)]
    assert per_outlet(found.statements) == [("aljazeera.net", 3), (None, 1)]


def test_markdown_export_quotes_only_direct_speech_and_prints_no_import_date(filled) -> None:
    lib, ids = filled
    found = speaker_statements(lib, "أردوغان")
    quotes = same_quotes(lib, found.statements)
    md = to_markdown(lib, found, quotes, "day")
    assert md.startswith("# أردوغان\n")
    assert "4 statements in 3 articles" in md
    assert "| 2019-05-04 | 2 |" in md and "| aljazeera.net | 3 |" in md
    assert "«تركيا تقف مع الشرعية في ليبيا»" in md          # direct: quoted
    assert "وأضاف إردوغان أن الحل العسكري مستحيل" in md       # indirect: as reported
    assert "«أن الحل العسكري" not in md
    assert "first: 2019-05-02, فائز السراج" in md           # the same words, said earlier
    assert "(date unknown)" in md                          # the file has no date of its own
    assert "1 statement(s) from articles without a date of their own are not counted." in md
    today = found.statements[-1].day
    assert today not in md
    assert "<https://www.aljazeera.net/news/1>" in md


def test_csv_export_writes_statements_timeline_and_outlets(filled, tmp_path) -> None:
    lib, ids = filled
    found = speaker_statements(lib, "أردوغان")
    quotes = same_quotes(lib, found.statements)
    paths = write_speaker_export(lib, found, quotes, "csv", tmp_path / "erdogan.csv", "day")
    assert [p.name for p in paths] == ["erdogan.csv", "erdogan-timeline.csv",
                                       "erdogan-outlets.csv"]
    raw = paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the Arabic as Arabic
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["article_id"] for r in rows] == [str(i) for i in (ids[1], ids[2], ids[2], ids[3])]
    assert [r["kind"] for r in rows] == ["direct", "indirect", "direct", "mixed"]
    assert rows[0]["statement"] == "وقال أردوغان: «تركيا تقف مع الشرعية في ليبيا»"
    assert rows[2]["same_words_first_speaker"] == "فائز السراج"
    assert rows[3]["date"] == "" and rows[3]["source"] == ""
    timeline_rows = list(csv.reader(io.StringIO(paths[1].read_text("utf-8-sig"))))
    assert timeline_rows[0] == ["day", "statements"] and ["2019-05-04", "2"] in timeline_rows
    assert "aljazeera.net,3" in paths[2].read_text("utf-8-sig")


def test_a_shared_surname_does_not_make_two_people_one(lib) -> None:
    from app.library.analyses import store_analysis
    from app.library.articles import add_article
    from tests.speaker_library import Said, Written, analysis_of, article_text

    ids = []
    for i, (name, mention) in enumerate((("باراك أوباما", "أوباما"),
                                         ("ميشيل أوباما", "ميشيل أوباما"),
                                         ("باراك أوباما", "باراك أوباما"))):
        written = Written(f"مقال {i}", None, None, (
            Said(name, mention, "indirect", f"وقال {mention}", f"إن الأمر رقم {i} مهم جدا"),))
        text = article_text(written)
        ids.append(add_article(lib, written.title, text).article_id)
        store_analysis(lib, ids[-1], analysis_of(written, text))
    for asked in ("أوباما", "باراك أوباما"):
        assert speaker_statements(lib, asked).article_ids == {ids[0], ids[2]}, asked
    assert speaker_statements(lib, "ميشيل أوباما").article_ids == {ids[1]}


def test_the_library_cli_lists_what_a_speaker_said(filled, capsys, tmp_path) -> None:
    from app.library.__main__ import main

    lib, ids = filled
    path = str(lib.path)
    assert main(["--db", path, "speaker", "اردوغان"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1] for line in lines] == [str(i) for i in (ids[1], ids[2], ids[2],
                                                                         ids[3])]
    assert lines[2].endswith("first said 2019-05-02 by فائز السراج; same words in 1 other "
                             "statement(s)")
    assert lines[3].startswith("(")  # known only by its import date
    assert main(["--db", path, "speaker", "فائز السراج", "--about", "طرابلس"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["--db", path, "speaker", "أردوغان", "--format", "md"]) == 0
    assert "## Statements per day" in capsys.readouterr().out
    assert main(["--db", path, "speaker", "أردوغان", "--format", "csv"]) == 1  # needs --out
    assert "--out" in capsys.readouterr().err
    assert main(["--db", path, "speaker", "أردوغان", "--format", "csv",
                 "--out", str(tmp_path / "e.csv")]) == 0
    assert (tmp_path / "e-outlets.csv").exists()
