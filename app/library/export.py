"""Exporting articles: Markdown and JSON (text, entities, who said what, notes) and the claims
table as CSV. CSV is written as UTF-8 with a byte-order mark, which is what makes Excel show
Arabic instead of mojibake. The PDF export needs Qt, so it lives in the app: `app.export_pdf`.

What leaves the app must not misquote nor leak: only direct statements are quoted (see
`quoting`), the source printed is the article's own (a web address), never the folder a file was
imported from, and the date is the article's publication date, never the day it was imported.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path

from app.library.analyses import analysis_for, cached_analysis, claim_rows, latest_analysis
from app.library.articles import get_article
from app.library.corrections import corrected_analysis
from app.library.db import Library, LibraryError
from app.library.notes import Note, notes_for_article
from app.library.quoting import connector, written_statement
from app.library.tags import article_tags
from extract.model import Analysis

# 2: claims carry "connector" and the cue and speaker spans; no "imported"; "source" is a web
# address or null. 3: the article's "outlet" and "author"; "source" is the article's own URL
# first; claims and span notes carry their "page" (null unless the article came with pages).
EXPORT_SCHEMA = "sanad.export/3"
FORMATS = ("md", "json", "csv", "pdf")
CSV_COLUMNS = ["article_id", "article_title", "speaker", "anonymous", "kind", "cue", "claim",
               "start", "end", "page", "article_date", "article_outlet", "article_url"]


def article_bundle(lib: Library, article_id: int) -> dict:
    """Everything exported about one article, as plain JSON-ready data."""
    record = get_article(lib, article_id)
    analysis = _analysis(lib, article_id)
    text = record.text
    entities = [{"id": ent.id, "type": ent.type, "name": ent.name,
                 "mentions": [{"start": m.start, "end": m.end, "text": text[m.start:m.end]}
                              for m in ent.mentions]}
                for ent in (analysis.entities if analysis else ())]
    claims = []
    if analysis is not None:
        for claim, row in zip(analysis.claims, claim_rows(analysis), strict=True):
            item = {k: v for k, v in asdict(row).items() if k != "speaker_key"}
            item["connector"] = connector(text, claim.cue, claim.speaker_mention, claim.content)
            for key, span in (("cue", claim.cue), ("speaker", claim.speaker_mention)):
                item[f"{key}_start"] = span.start if span else None
                item[f"{key}_end"] = span.end if span else None
            item["page"] = record.page_at(claim.content.start)
            claims.append(item)
    notes = []
    for note in notes_for_article(lib, article_id):
        item = _note_dict(note)
        item["page"] = (record.page_at(note.start) if note.start is not None
                        and not note.detached else None)
        notes.append(item)
    return {
        "id": record.id, "title": record.title,
        "source": public_source(record.url) or public_source(record.source),
        "published": record.published, "outlet": record.outlet, "author": record.author,
        "tags": article_tags(lib, article_id), "text": text,
        "analysed": analysis is not None, "entities": entities, "claims": claims,
        "speakers": [{"name": sp.name, "aliases": list(sp.aliases), "anonymous": sp.anonymous,
                      "claims": len(sp.claim_ids)}
                     for sp in (analysis.speakers if analysis else ())],
        "notes": notes,
    }


def public_source(source: str | None) -> str | None:
    """The article's source as it may be printed: a web address, else nothing (a file import's
    source is the path it was read from, which names the user's folders)."""
    if source and source.strip().lower().startswith(("http://", "https://")):
        return source.strip()
    return None


def speaker_label(claim: dict, unattributed: str = "Unattributed",
                  anonymous: str = "Anonymous source") -> str:
    """Who a statement is attributed to, for an export: its speaker, else one of the labels."""
    return claim["speaker"] or (anonymous if claim["anonymous"] else unattributed)


def claim_text(claim: dict) -> str:
    """A bundle claim written without its speaker: quoted when direct, reported otherwise."""
    return written_statement(claim["kind"], claim["cue"], claim["connector"], claim["content"])


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
                             c["content"] or "", _blank(c["start"]), _blank(c["end"]),
                             _blank(c["page"]), bundle["published"] or "",
                             bundle["outlet"] or "", bundle["source"] or ""])
    return out.getvalue()


def export_bytes(lib: Library, article_ids: list[int], fmt: str) -> bytes:
    """The export file's bytes for md, json or csv (csv with the UTF-8 BOM)."""
    if not article_ids:
        raise LibraryError("Choose at least one article to export.", "no_export_articles")
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
        # The one step up into the app, taken only when a PDF is asked for (the library itself
        # never imports Qt): it keeps the window's File > Export working. Callers in the app
        # should call app.export_pdf.write_pdf, which also takes the language.
        from app.export_pdf import write_pdf

        return write_pdf(lib, article_ids, target)
    data = export_bytes(lib, article_ids, fmt)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise LibraryError(f"Could not write {target}: {exc.strerror or exc}.", "write_failed",
                           path=str(target), reason=exc.strerror or str(exc),
                           errno=exc.errno) from exc
    return target


def _analysis(lib: Library, article_id: int) -> Analysis | None:
    """The article's statements as the user corrected them (`corrections`), over the analysis
    `_extracted` finds."""
    return corrected_analysis(lib, article_id, _extracted(lib, article_id))


def _extracted(lib: Library, article_id: int) -> Analysis | None:
    """The current analysis, computed if needed; else the newest stored one; else None."""
    found = cached_analysis(lib, article_id)
    if found is not None:
        return found
    try:
        return analysis_for(lib, article_id)
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
             f"Outlet: {_md_escape(b['outlet'])}" if b["outlet"] else None,
             f"Author: {_md_escape(b['author'])}" if b["author"] else None,
             f"Date: {b['published']}" if b["published"] else None,
             f"Tags: {', '.join(b['tags'])}" if b["tags"] else None]
    if any(facts):
        lines += [" · ".join(f for f in facts if f), ""]
    lines += [b["text"], ""]
    if b["claims"]:
        lines += ["## Who said what", ""]
        for c in b["claims"]:
            page = f" (p. {c['page']})" if c.get("page") else ""
            lines.append(f"- **{_md_escape(speaker_label(c))}** {claim_text(c)}{page}")
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
                if n.get("page"):
                    head += f" (p. {n['page']})"
            lines.append(head)
            lines.append("")
            lines.append(n["body"] or "")
            if n["tags"]:
                lines.append("")
                lines.append("Tags: " + ", ".join(n["tags"]))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
