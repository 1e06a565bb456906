"""Import (dedupe, folders, bad files, no network) and export (md, json, csv with BOM, pdf, CLI)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from nonetwork import no_network

from app.library import LibraryError
from app.library.analyses import store_analysis
from app.library.articles import add_article, count_articles, get_article
from app.library.export import export_bytes, write_export
from app.library.importer import import_paths
from app.library.notes import add_span_note, notes_for_article
from app.library.search import search
from extract.document import Span
from extract.fingerprint import extractor_fingerprint
from extract.model import Analysis, Claim, Entity, Speaker

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("طرابلس - قال رئيس المجلس الرئاسي فائز السراج إن الانتخابات ستجري في موعدها.\n\n"
           "وأكد المشير خليفة حفتر أن قواته لن تنسحب من مواقعها.")


def test_same_article_imported_twice_is_one_article(lib, tmp_path):
    first = tmp_path / "one.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    copy = tmp_path / "copy" / "same.txt"
    copy.parent.mkdir()
    copy.write_text(ARTICLE.replace("\n\n", "\r\n\r\n"), encoding="utf-8")
    report = import_paths(lib, [first, copy], analyze=False)
    assert len(report.added) == 1 and report.duplicates == report.added
    assert count_articles(lib) == 1


def test_folder_import_skips_a_bad_file_and_reports_progress(lib, tmp_path):
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "nested" / "b.html").write_text(
        "<html><head><title>خبر</title></head><body><article><p>" + "وصل المبعوث الأممي إلى "
        "بنغازي صباح اليوم في زيارة تستمر يومين يلتقي خلالها المسؤولين المحليين." * 3 +
        "</p></article></body></html>", encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a word file")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff" + os.urandom(100))  # not an article type
    seen: list[tuple[int, int, str]] = []
    report = import_paths(lib, [folder], analyze=False,
                          progress=lambda d, t, p: seen.append((d, t, p.name)))
    assert len(report.added) == 2
    assert [Path(p).name for p, _ in report.errors] == ["broken.docx"]
    assert "\n" not in report.errors[0][1]
    assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
    assert "2 added" in report.summary() and "1 could not be imported" in report.summary()


def test_reimport_of_changed_file_updates_article_and_keeps_notes(lib, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    art = import_paths(lib, [path], analyze=False).added[0]
    text = search(lib, "حفتر")[0]
    assert text.article_id == art
    stored = lib.db.execute("SELECT text FROM articles").fetchone()[0]
    start = stored.index("خليفة حفتر")
    note = add_span_note(lib, art, start, start + len("خليفة حفتر"), "who?")
    path.write_text("تحديث: " + ARTICLE, encoding="utf-8")
    report = import_paths(lib, [path], analyze=False)
    assert report.updated == [art] and count_articles(lib) == 1
    (moved,) = [n for n in notes_for_article(lib, art) if n.id == note]
    new_text = lib.db.execute("SELECT text FROM articles").fetchone()[0]
    assert not moved.detached and new_text[moved.start:moved.end] == "خليفة حفتر"


def test_bad_input_files_never_crash_and_never_touch_the_network(lib, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (bad / "latin1.txt").write_bytes("café crème brûlée, not Arabic".encode("latin-1") * 20)
    (bad / "cp1256.txt").write_bytes((ARTICLE + " نسخة ويندوز").encode("cp1256"))
    (bad / "broken-utf8.txt").write_bytes(ARTICLE.encode("utf-8")[:-1] + b"\xc3\x28\xa0\xa1" * 50)
    (bad / "utf16.txt").write_bytes((ARTICLE + " نسخة يونيكود").encode("utf-16"))
    (bad / "page.html").write_text(
        "<html><head><title>صفحة</title><script>fetch('http://evil.example/x')</script>"
        "<link rel='stylesheet' href='http://cdn.example/s.css'></head><body>"
        "<img src='http://tracker.example/pixel.gif'><iframe src='https://ads.example'></iframe>"
        "<article><p>" + ARTICLE.replace("\n\n", "</p><p>") + " صفحة ويب</p></article>"
        "<script>document.write('<img src=http://evil.example/y>')</script></body></html>",
        encoding="utf-8")
    big = bad / "huge.txt"
    with big.open("wb") as fh:
        line = ("هذا سطر طويل من نص عربي للاختبار " * 20 + "\n").encode("utf-8")
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line * 100)
    with no_network() as attempts:
        report = import_paths(lib, [bad], analyze=False)
    assert attempts == []
    errors = {Path(p).name: m for p, m in report.errors}
    assert {"empty.txt", "binary.txt", "huge.txt"} <= set(errors)
    assert all(m and "\n" not in m and "Traceback" not in m for m in errors.values())
    imported = lib.db.execute("SELECT source, text FROM articles").fetchall()
    by_name = {Path(s).name: t for s, t in imported}
    assert "page.html" in by_name and "evil.example" not in by_name["page.html"]
    assert "fetch(" not in by_name["page.html"] and "فائز السراج" in by_name["page.html"]
    assert "فائز السراج" in by_name.get("cp1256.txt", "")
    assert "فائز السراج" in by_name.get("utf16.txt", "")
    assert lib.integrity_ok()


def _analysed(lib) -> int:
    art = add_article(lib, "السراج والانتخابات", ARTICLE, "a.txt").article_id
    content = "الانتخابات ستجري في موعدها"
    start = ARTICLE.index(content)
    name_start = ARTICLE.index("فائز السراج")
    store_analysis(lib, art, Analysis(
        text=ARTICLE,
        entities=(Entity("E1", "PER", "فائز السراج", (Span(name_start, name_start + 11),)),),
        claims=(Claim("C1", "indirect", Span(ARTICLE.index("قال"), ARTICLE.index("قال") + 3),
                      Span(start, start + len(content)), "S1",
                      "فائز السراج"),),
        speakers=(Speaker("S1", "فائز السراج", ("السراج",), "E1", False, ("C1",)),),
        fingerprint=extractor_fingerprint()))
    add_span_note(lib, art, name_start, name_start + 11, "تحقق من اللقب | *مهم*")
    return art


def test_markdown_and_json_exports_carry_text_names_claims_and_notes(lib):
    art = _analysed(lib)
    md = export_bytes(lib, [art], "md").decode("utf-8")
    assert md.startswith("# السراج والانتخابات")
    # reported speech: the speaker, the cue and the words that join them as the article has them
    assert "- **فائز السراج** قال إن الانتخابات ستجري في موعدها\n" in md
    assert "«الانتخابات" not in md
    assert "> فائز السراج" in md and "تحقق من اللقب" in md
    data = json.loads(export_bytes(lib, [art], "json"))
    (bundle,) = data["articles"]
    assert bundle["text"] == ARTICLE
    assert bundle["entities"][0]["mentions"][0]["text"] == "فائز السراج"
    claim = bundle["claims"][0]
    assert ARTICLE[claim["start"]:claim["end"]] == claim["content"]
    assert claim["kind"] == "indirect" and claim["connector"] == "إن "
    assert bundle["notes"][0]["quote"] == "فائز السراج"


def test_csv_has_bom_and_reads_back_in_arabic(lib, tmp_path):
    art = _analysed(lib)
    out = write_export(lib, [art], "csv", tmp_path / "claims.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows == [{"article_id": str(art), "article_title": "السراج والانتخابات",
                     "speaker": "فائز السراج", "anonymous": "no", "kind": "indirect",
                     "cue": "قال", "claim": "الانتخابات ستجري في موعدها",
                     "start": str(ARTICLE.index("الانتخابات ستجري")),
                     "end": str(ARTICLE.index("الانتخابات ستجري") + 26), "page": "",
                     "article_date": "", "article_outlet": "", "article_url": ""}]


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_pdf_export_writes_one_article_per_page(lib, tmp_path, qapp):
    art = _analysed(lib)
    one = write_export(lib, [art], "pdf", tmp_path / "out" / "one.pdf").read_bytes()
    two = write_export(lib, [art, art], "pdf", tmp_path / "out" / "two.pdf").read_bytes()
    for data in (one, two):
        assert data.startswith(b"%PDF") and b"%%EOF" in data[-64:]
    assert pdf_pages(one) == 1 and pdf_pages(two) == 2


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    """`python -m app.library ARGS` in a fresh interpreter (the entry point itself)."""
    env = {**os.environ, "SANAD_DB": str(db), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app.library", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def cli(capsys, monkeypatch):
    """`app.library.__main__.main(ARGS)` in this process: (exit status, stdout, stderr)."""
    from app.library.__main__ import main

    def run(*args: str, db: Path) -> tuple[int, str, str]:
        monkeypatch.setenv("SANAD_DB", str(db))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_import_search_list_export(tmp_path, cli):
    db = tmp_path / "cli.sqlite"
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = cli("import", str(good), str(empty), "--no-analyze", db=db)
    assert code == 0, err
    assert "1 added" in out and "empty.txt" in err
    assert "Traceback" not in err
    code, out, err = cli("search", "حفتر", db=db)
    assert code == 0 and "[حفتر]" in out
    code, out, err = cli("list", db=db)
    assert code == 0 and out.startswith("1\t")
    md = tmp_path / "a.md"
    code, out, err = cli("export", "1", "--format", "md", "--out", str(md), db=db)
    assert code == 0 and "فائز السراج" in md.read_text(encoding="utf-8")
    code, out, err = cli("export", "42", "--format", "json", db=db)
    assert code == 1 and err.startswith("error: ")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_cli_on_damaged_library_is_one_line_error(tmp_path):
    """The one test of the entry point run as its own process: exit status and stderr as a
    shell sees them, from a fresh interpreter."""
    db = tmp_path / "bad.sqlite"
    db.write_bytes(b"garbage" * 1000)
    result = run_cli("list", db=db)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "untouched" in result.stderr
    assert db.read_bytes() == b"garbage" * 1000


@pytest.mark.parametrize("raw", [
    "", "   \n\t  ", "\x00\x01\x02" * 100, "\ud800 broken surrogate \udfff " + ARTICLE,
    "<html><body><script>fetch('http://evil.example')</script>"
    "<img src='http://tracker.example/p.gif'><p>" + ARTICLE + " من الحافظة</p></body></html>",
    "نص " * 300_000,  # ~1 MB: a whole book pasted
])
def test_pasted_text_never_crashes_and_never_touches_the_network(lib, raw):
    from app.library.importer import import_text

    with no_network() as attempts:
        try:
            result = import_text(lib, raw, analyze=False)
        except LibraryError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            stored = get_article(lib, result.article_id).text
            assert "fetch(" not in stored and "evil.example" not in stored
    assert attempts == []
    assert lib.integrity_ok()


def test_folder_import_takes_pdf_odt_and_rtf_and_explains_a_scan(lib, tmp_path):
    import shutil

    fixtures = Path(__file__).resolve().parent / "fixtures"
    folder = tmp_path / "received"
    folder.mkdir()
    shutil.copy(fixtures / "pdf" / "libreoffice.pdf", folder / "report.pdf")
    shutil.copy(fixtures / "pdf" / "scanned.pdf", folder / "scan.pdf")
    for doc in sorted((fixtures / "docs").glob("*.odt"))[:1] + sorted(
            (fixtures / "docs").glob("*.rtf"))[:1]:
        shutil.copy(doc, folder / doc.name)
    report = import_paths(lib, [folder], analyze=False)
    assert len(report.added) + len(report.duplicates) == 3, report.errors  # odt, rtf: one text
    assert len(report.added) == 2
    [(path, message)] = report.errors
    assert path.endswith("scan.pdf") and "scan" in message.lower()
