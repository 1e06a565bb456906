"""What leaves the app must not misquote nor leak: only direct statements are quoted «…», reported
speech is written as the article wrote it, and no export prints the folder an article was imported
from or the day it was imported as its date."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from app.library.analyses import analysis_for, claim_rows
from app.library.articles import add_article, get_article
from app.library.export import export_bytes
from app.library.importer import import_paths
from app.library.quoting import connector, one_line, written_statement
from extract.document import Span

ROOT = Path(__file__).resolve().parent.parent


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start, start + len(words))


def _written(text: str, kind: str, cue: str, speaker: str | None, content: str) -> str:
    cue_span = _span(text, cue)
    content_span = _span(text, content, cue_span.end)
    speaker_span = _span(text, speaker) if speaker else None
    joined = connector(text, cue_span, speaker_span, content_span)
    return written_statement(kind, cue, joined, content)


def test_reported_speech_keeps_the_words_that_introduce_it() -> None:
    text = "أفاد مصدر مطلع بأن المشير التقى مسؤولين أميركيين."
    assert _written(text, "indirect", "أفاد", "مصدر مطلع", "المشير التقى مسؤولين أميركيين") \
        == "أفاد بأن المشير التقى مسؤولين أميركيين"
    text = "وأشارت مصادر «الرياض» إلى أن رئيس النادي قدم اعتذاره."
    assert _written(text, "indirect", "وأشارت", "مصادر", "رئيس النادي قدم اعتذاره") \
        == "وأشارت إلى أن رئيس النادي قدم اعتذاره"
    text = "وقال المصدر، الذي رفض ذكر اسمه، لـ«الشرق الأوسط»، إن الوفد ضم مسؤولين."
    assert _written(text, "indirect", "وقال", "المصدر", "الوفد ضم مسؤولين") \
        == "وقال إن الوفد ضم مسؤولين"


def test_words_that_do_not_introduce_the_content_are_left_out() -> None:
    text = "وأكدت الغرفة، في بيان، سيطرة قواتها على المطار."
    assert _written(text, "indirect", "وأكدت", "الغرفة", "سيطرة قواتها على المطار") \
        == "وأكدت سيطرة قواتها على المطار"
    text = "وأقرت اللجنة بأهمية المشروع."  # the preposition is part of the content's word
    assert _written(text, "indirect", "وأقرت", "اللجنة", "أهمية المشروع") \
        == "وأقرت بأهمية المشروع"


def test_only_a_direct_statement_is_put_in_guillemets() -> None:
    text = "بدوره قال مسؤول لـ«الشرق الأوسط»، إن «المسؤولين يتشاورون مع الليبيين»."
    assert _written(text, "direct", "قال", "مسؤول", "المسؤولين يتشاورون مع الليبيين") \
        == "قال إن «المسؤولين يتشاورون مع الليبيين»"
    text = "وأضاف المسؤول: «ندعو جميع الأطراف إلى الحوار»."
    assert _written(text, "direct", "وأضاف", "المسؤول", "ندعو جميع الأطراف إلى الحوار") \
        == "وأضاف: «ندعو جميع الأطراف إلى الحوار»"


def test_a_mixed_statement_keeps_only_the_article_s_own_quote_marks() -> None:
    text = "وأضافت أن الهدف القادم هو العاصمة، و«الهدف ميليشيات الككلي»."
    content = "الهدف القادم هو العاصمة، و«الهدف ميليشيات الككلي»"
    assert _written(text, "mixed", "وأضافت", None, content) == "وأضافت أن " + content
    text = "وندد بـ«أعمال إرهابية» تهدف إلى ترهيب الناخبين."
    assert _written(text, "mixed", "وندد", None, "أعمال إرهابية» تهدف إلى ترهيب الناخبين") \
        == "وندد بـ«أعمال إرهابية» تهدف إلى ترهيب الناخبين"


def _who_said_what(markdown: str) -> list[str]:
    section = markdown.split("## Who said what\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("- ")]


def test_the_seed_article_s_markdown_quotes_only_its_direct_statements(seed_library) -> None:
    lib, article_id = seed_library
    analysis = analysis_for(lib, article_id)
    rows = claim_rows(analysis)
    assert {"direct", "indirect"} <= {r.kind for r in rows}  # the seed has both, so this tests
    lines = _who_said_what(export_bytes(lib, [article_id], "md").decode("utf-8"))
    assert len(lines) == len(rows)
    for line, row in zip(lines, rows, strict=True):
        content = one_line(row.content)
        assert content in line
        assert line.startswith(f"- **{row.speaker}** {row.cue}")  # speaker, then the cue as written
        quoted = f"«{content}»" in line
        if row.kind == "direct":
            assert quoted, line
        else:
            assert not quoted and f"«{content}" not in line, line
            if "«" not in content:  # reported speech with no quoted words of its own
                assert "«" not in line and "»" not in line, line
    first = rows[0]
    assert first.kind == "indirect" and first.cue == "أفاد"
    assert lines[0].startswith(f"- **{first.speaker}** أفاد بأن المشير خليفة حفتر")


def test_no_export_prints_the_import_folder_or_the_import_date(lib, tmp_path, qapp) -> None:
    from app.export_pdf import build_document
    from app.library.export import article_bundle

    folder = tmp_path / "private-cases-2719"
    folder.mkdir()
    path = folder / "leak.txt"
    path.write_text("طرابلس - قال المتحدث باسم الحكومة إن الاجتماع سيعقد غدا في العاصمة.\n\n"
                    "وأضاف أن الوفود وصلت.", encoding="utf-8")
    article_id = import_paths(lib, [path], analyze=False).added[0]
    imported = get_article(lib, article_id).imported
    dated = add_article(lib, "خبر", "قال الوزير إن الاتفاق قريب.", "https://example.org/a/1",
                        published="2019-05-02").article_id
    outputs = {fmt: export_bytes(lib, [article_id, dated], fmt).decode("utf-8-sig")
               for fmt in ("md", "json", "csv")}
    bundles = [article_bundle(lib, i) for i in (article_id, dated)]
    outputs["pdf"] = build_document(bundles, rtl=False).toPlainText()
    for fmt, out in outputs.items():
        assert "private-cases-2719" not in out and "leak.txt" not in out, fmt
        assert imported not in out and imported[:10] not in out, fmt
    for fmt in ("md", "json", "pdf"):  # the article's own source and date, where it has them
        assert "https://example.org/a/1" in outputs[fmt] and "2019-05-02" in outputs[fmt], fmt
    (leaked, own) = json.loads(outputs["json"])["articles"]
    assert leaked["source"] is None and leaked["published"] is None and "imported" not in leaked
    assert own["source"] == "https://example.org/a/1"


def test_json_and_csv_say_each_statement_s_kind(seed_library) -> None:
    lib, article_id = seed_library
    rows = claim_rows(analysis_for(lib, article_id))
    claims = json.loads(export_bytes(lib, [article_id], "json"))["articles"][0]["claims"]
    assert [c["kind"] for c in claims] == [r.kind for r in rows]
    table = list(csv.DictReader(io.StringIO(
        export_bytes(lib, [article_id], "csv").decode("utf-8-sig"))))
    assert [r["kind"] for r in table] == [r.kind for r in rows]


def test_the_library_layer_loads_without_qt() -> None:
    """The CLI and the library run where no GUI can: importing them must not load PySide6."""
    code = ("import sys, app.library, app.library.export, app.library.__main__; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
