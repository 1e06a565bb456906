"""Print-ready PDF of articles with their highlights and notes, through Qt (QTextDocument ->
QPdfWriter). The only Qt module in app/library; the rest of the library runs without a GUI."""

from __future__ import annotations

import html
import os
import re
import sys
from pathlib import Path

from app.library.db import Library, LibraryError
from app.library.export import article_bundle

ENTITY_COLOURS = {"PER": "#cfe2ff", "ORG": "#ffe0b2", "LOC": "#d4edda", "MISC": "#e9e3f5"}
NOTE_COLOUR = "#fff3a3"
PARAGRAPH_STYLE = "line-height:160%; margin-bottom:8px"
PARAGRAPH_BREAK = f'</p><p style="{PARAGRAPH_STYLE}">'
_BREAK_RE = re.compile(r"\s*\n\s*\n\s*")
CLAIM_UNDERLINE = "#b23b3b"


def write_pdf(lib: Library, article_ids: list[int], out: Path) -> None:
    """Write an A4 PDF of the articles (highlighted names and claims, notes numbered)."""
    if not article_ids:
        raise LibraryError("Choose at least one article to export.")
    bundles = [article_bundle(lib, i) for i in article_ids]
    document_html = "".join(article_html(b, first=i == 0) for i, b in enumerate(bundles))
    _ensure_gui()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from app.fonts import READING_FAMILY, load_bundled_fonts

    load_bundled_fonts()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "ab"):
            pass  # fail early, with a clear message, if the file cannot be written
    except OSError as exc:
        raise LibraryError(f"Could not write {out}: {exc.strerror or exc}.") from exc
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(bundles[0]["title"] or "Sanad export")
    writer.setCreator("Sanad")
    doc = QTextDocument()
    doc.setDefaultFont(QFont(READING_FAMILY, 12))
    doc.setHtml(document_html)
    doc.print_(writer)
    del writer  # finishes the file
    if not out.exists() or out.stat().st_size == 0:
        raise LibraryError(f"Could not write the PDF {out}.")


def article_html(bundle: dict, first: bool = True) -> str:
    """The article as right-to-left HTML with names coloured, claims underlined, notes marked."""
    text = bundle["text"]
    styles: list[tuple[int, int, str, str]] = []  # (start, end, kind, value)
    for ent in bundle["entities"]:
        for m in ent["mentions"]:
            styles.append((m["start"], m["end"], "entity", ent["type"] or "MISC"))
    for claim in bundle["claims"]:
        if isinstance(claim["start"], int) and isinstance(claim["end"], int):
            styles.append((claim["start"], claim["end"], "claim", ""))
    span_notes = [n for n in bundle["notes"] if n["kind"] == "span" and not n["detached"]
                  and isinstance(n["start"], int)]
    number = {n["id"]: i + 1 for i, n in enumerate(bundle["notes"])}
    for n in span_notes:
        styles.append((n["start"], n["end"], "note", str(number[n["id"]])))
    body = _styled_text(text, styles)
    page_break = "" if first else ' style="page-break-before: always"'
    parts = [f'<div dir="rtl"{page_break}>',
             f"<h1>{html.escape(bundle['title'] or 'Untitled article')}</h1>",
             f'<p style="color:#666">{html.escape(bundle["source"] or "")} '
             f'{html.escape(bundle["published"] or bundle["imported"] or "")}</p>',
             f'<p style="{PARAGRAPH_STYLE}">{body}</p>']
    if bundle["claims"]:
        parts.append("<h2>من قال ماذا — Who said what</h2><table border='1' cellpadding='4' "
                     "cellspacing='0' width='100%'><tr><th>المتحدث</th><th>الفعل</th>"
                     "<th>القول</th></tr>")
        for c in bundle["claims"]:
            who = c["speaker"] or ("مصدر مجهول" if c["anonymous"] else "؟")
            parts.append(f"<tr><td>{html.escape(who)}</td><td>{html.escape(c['cue'] or '')}</td>"
                         f"<td>{html.escape(c['content'] or '')}</td></tr>")
        parts.append("</table>")
    if bundle["notes"]:
        parts.append("<h2>ملاحظات — Notes</h2>")
        for n in bundle["notes"]:
            quote = ""
            if n["kind"] == "span":
                quote = f"«{html.escape(n['quote'] or '')}»"
                if n["detached"]:
                    quote += " (detached)"
            elif n["target"]:
                quote = html.escape(n["target"])
            tags = f' <i>[{html.escape(", ".join(n["tags"]))}]</i>' if n["tags"] else ""
            parts.append(f"<p><b>[{number[n['id']]}]</b> {quote}<br/>"
                         f"{_lines(n['body'] or '')}{tags}</p>")
    parts.append("</div>")
    return "".join(parts)


def _styled_text(text: str, styles: list[tuple[int, int, str, str]]) -> str:
    """HTML of `text` where overlapping styled spans are cut into flat segments."""
    bounds = {0, len(text)}
    for s, e, _, _ in styles:
        if 0 <= s < e <= len(text):
            bounds.update((s, e))
    for m in _BREAK_RE.finditer(text):  # paragraph breaks are segments of their own
        bounds.update(m.span())
    cuts = sorted(bounds)
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if _BREAK_RE.fullmatch(text[a:b]):
            out.append(PARAGRAPH_BREAK)
            continue
        active = [st for st in styles if st[0] <= a and b <= st[1]]
        css = []
        ent = next((v for s, e, k, v in active if k == "entity"), None)
        if ent:
            css.append(f"background-color:{ENTITY_COLOURS.get(ent, ENTITY_COLOURS['MISC'])}")
        if any(k == "note" for _, _, k, _ in active):
            css.append(f"background-color:{NOTE_COLOUR}")
        if any(k == "claim" for _, _, k, _ in active):
            css.append(f"text-decoration:underline; color:{CLAIM_UNDERLINE}")
        piece = _lines(text[a:b])
        out.append(f'<span style="{"; ".join(css)}">{piece}</span>' if css else piece)
        for _, e, k, v in styles:
            if k == "note" and e == b:
                out.append(f"<sup>[{v}]</sup>")
    return "".join(out)


def _lines(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _ensure_gui() -> None:
    """QTextDocument layout needs a QGuiApplication; the CLI has none, so make a headless one."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
        if sys.platform.startswith("linux") and headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_gui.app = QGuiApplication(["sanad-export"])  # type: ignore[attr-defined]
