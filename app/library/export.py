"""Exporting articles: Markdown and JSON (text, entities, who said what, notes) and the claims
table as CSV. CSV is written as UTF-8 with a byte-order mark, which is what makes Excel show
Arabic instead of mojibake. The PDF export lives in export_pdf.py (it needs Qt)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from app.library.analyses import (
    cached_analysis,
    claim_rows,
    ensure_analysis,
    latest_analysis,
)
from app.library.articles import get_article
from app.library.db import Library, LibraryError
from app.library.notes import Note, notes_for_article
from app.library.tags import article_tags

EXPORT_SCHEMA = "sanad.export/1"
FORMATS = ("md", "json", "csv", "pdf")
CSV_COLUMNS = ["article_id", "article_title", "speaker", "anonymous", "kind", "cue", "claim",
               "start", "end"]


def article_bundle(lib: Library, article_id: int) -> dict:
    """Everything exported about one article, as plain JSON-ready data."""
    record = get_article(lib, article_id)
    analysis = _analysis(lib, article_id)
    text = record.text
    entities = []
    if analysis:
        for ent in analysis.get("entities") or []:
            mentions = [{"start": m["start"], "end": m["end"], "text": text[m["start"]:m["end"]]}
                        for m in ent.get("mentions") or [] if "start" in m and "end" in m]
            entities.append({"id": ent.get("id"), "type": ent.get("type"),
                             "name": ent.get("name"), "mentions": mentions})
    claims = [{k: v for k, v in row.items() if k != "speaker_key"}
              for row in claim_rows(analysis)] if analysis else []
    return {
        "id": record.id, "title": record.title, "source": record.source,
        "published": record.published, "imported": record.imported,
        "tags": article_tags(lib, article_id), "text": text,
        "analysed": analysis is not None, "entities": entities, "claims": claims,
        "speakers": [{"name": sp.get("name"), "aliases": sp.get("aliases") or [],
                      "anonymous": bool(sp.get("anonymous")),
                      "claims": len(sp.get("claims") or [])}
                     for sp in (analysis or {}).get("speakers") or []],
        "notes": [_note_dict(n) for n in notes_for_article(lib, article_id)],
    }


def to_json(lib: Library, article_ids: list[int]) -> str:
    bundles = [article_bundle(lib, i) for i in article_ids]
    return json.dumps({"schema": EXPORT_SCHEMA, "articles": bundles}, ensure_ascii=False, indent=2)


def to_markdown(lib: Library, article_ids: list[int]) -> str:
    return "\n\n---\n\n".join(_markdown(article_bundle(lib, i)) for i in article_ids) + "\n"


def claims_csv(lib: Library, article_ids: list[int]) -> str:
    """The who-said-what table (without the BOM; `write_export` adds it when writing)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for article_id in article_ids:
        bundle = article_bundle(lib, article_id)
        for c in bundle["claims"]:
            writer.writerow([bundle["id"], bundle["title"] or "", c["speaker"] or "",
                             "yes" if c["anonymous"] else "no", c["kind"] or "", c["cue"] or "",
                             c["content"] or "", _blank(c["start"]), _blank(c["end"])])
    return out.getvalue()


def export_bytes(lib: Library, article_ids: list[int], fmt: str) -> bytes:
    """The export file's bytes for md, json or csv (csv with the UTF-8 BOM)."""
    if not article_ids:
        raise LibraryError("Choose at least one article to export.")
    if fmt == "md":
        return to_markdown(lib, article_ids).encode("utf-8")
    if fmt == "json":
        return (to_json(lib, article_ids) + "\n").encode("utf-8")
    if fmt == "csv":
        return claims_csv(lib, article_ids).encode("utf-8-sig")
    raise LibraryError(f"Unknown export format {fmt!r}; use one of md, json, csv, pdf.")


def write_export(lib: Library, article_ids: list[int], fmt: str, out: str | Path) -> Path:
    """Write the export to `out` (PDF included); LibraryError with a clear message on failure."""
    target = Path(out)
    if fmt == "pdf":
        from app.library.export_pdf import write_pdf

        write_pdf(lib, article_ids, target)
        return target
    data = export_bytes(lib, article_ids, fmt)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise LibraryError(f"Could not write {target}: {exc.strerror or exc}.") from exc
    return target


def _analysis(lib: Library, article_id: int) -> dict | None:
    """The current analysis, computed if needed; else the newest stored one; else None."""
    found = cached_analysis(lib, article_id)
    if found is not None:
        return found
    try:
        return ensure_analysis(lib, article_id)
    except LibraryError:
        pass
    except Exception:  # an analyser bug must not block an export of the text and notes
        pass
    return latest_analysis(lib, article_id)


def _note_dict(note: Note) -> dict:
    return {"id": note.id, "kind": note.kind, "start": note.start, "end": note.end,
            "quote": note.quote, "target": note.target_name, "body": note.body,
            "tags": note.tags, "detached": note.detached, "created": note.created,
            "updated": note.updated}


def _blank(value: object) -> object:
    return "" if value is None else value


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def _markdown(b: dict) -> str:
    lines = [f"# {_md_escape(b['title'] or 'Untitled article')}", ""]
    facts = [f"Source: {b['source']}" if b["source"] else None,
             f"Date: {b['published'] or b['imported']}",
             f"Tags: {', '.join(b['tags'])}" if b["tags"] else None]
    lines += [" · ".join(f for f in facts if f), "", b["text"], ""]
    if b["claims"]:
        lines += ["## Who said what", ""]
        for c in b["claims"]:
            who = c["speaker"] or ("Anonymous source" if c["anonymous"] else "?")
            cue = f" ({_md_escape(c['cue'])})" if c["cue"] else ""
            lines.append(f"- **{_md_escape(who)}**{cue}: «{c['content'] or ''}»")
        lines.append("")
    if b["entities"]:
        lines += ["## Names", ""]
        for e in b["entities"]:
            lines.append(f"- {_md_escape(e['name'] or '')} — {e['type']}, "
                         f"{len(e['mentions'])} mention(s)")
        lines.append("")
    elif not b["analysed"]:
        lines += ["_Not analysed yet._", ""]
    if b["notes"]:
        lines += ["## Notes", ""]
        for n in b["notes"]:
            head = {"article": "On the article", "speaker": f"On {n['target']}",
                    "entity": f"On {n['target']}"}.get(n["kind"], "")
            if n["kind"] == "span":
                head = f"> {n['quote']}" + (" *(detached: text no longer in the article)*"
                                            if n["detached"] else "")
            lines.append(head)
            lines.append("")
            lines.append(n["body"] or "")
            if n["tags"]:
                lines.append("")
                lines.append("Tags: " + ", ".join(n["tags"]))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
