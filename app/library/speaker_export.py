"""The speaker view as files: its statements with their timeline and count per outlet, as
Markdown (one document) or CSV (the statements, and beside them NAME-timeline.csv and
NAME-outlets.csv, so each table opens as a sheet of its own).

Same rules as every export (`app.library.export`): only direct statements are quoted «…»,
reported speech is written as the article wrote it (`quoting.written_statement`), the source
printed is the article's web address (never a file's folder), and the date printed is the
article's publication date (an article known only by the day it was imported has none).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from app.library.db import Library, LibraryError
from app.library.export import public_source
from app.library.quoting import connector, one_line, written_statement
from app.library.speaker_queries import (
    SameQuote,
    SpeakerStatements,
    Statement,
    per_outlet,
    timeline,
    undated,
)
from extract.document import Span

CSV_COLUMNS = ["date", "outlet", "source", "article_id", "article_title", "speaker", "kind",
               "statement", "content", "start", "end", "same_words_count", "same_words_first_date",
               "same_words_first_speaker", "same_words_first_title"]


@dataclass(frozen=True)
class Labels:
    """The words of the Markdown export, in the interface language (English by default)."""
    statements: str = "Statements"
    statements_count: str = "{0} statements in {1} articles"
    spellings: str = "Spellings merged"
    about: str = "About"
    per_period: dict[str, str] | None = None
    per_outlet: str = "Statements per outlet"
    date: str = "Date"
    count: str = "Statements"
    outlet: str = "Outlet"
    no_outlet: str = "(no web address)"
    no_date: str = "(date unknown)"
    untitled: str = "(untitled article)"
    same_words: str = "Same words also in {0} other statement(s); first: {1}, {2}, «{3}»"
    first_said: str = "Said here first; the same words are in {0} other statement(s)"
    kinds: dict[str, str] | None = None
    undated: str = "{0} statement(s) from articles without a date of their own are not counted."

    def period_heading(self, per: str) -> str:
        defaults = {"day": "Statements per day", "week": "Statements per week",
                    "month": "Statements per month"}
        return (self.per_period or defaults).get(per, defaults["day"])

    def kind(self, kind: str) -> str:
        return (self.kinds or {}).get(kind, kind)


def printed_date(s: Statement) -> str:
    """The article's own date, or nothing (the import date is not the article's)."""
    return s.day if s.published else ""


def written(s: Statement, texts: dict[int, str]) -> str:
    """The statement as it may be quoted: direct in «…», reported speech as reported."""
    text = texts.get(s.article_id)
    joint = ""
    if text is not None and s.cue and s.end <= len(text):
        cue_start = text.rfind(s.cue, 0, s.start)
        if cue_start >= 0:
            joint = connector(text, Span(cue_start, cue_start + len(s.cue)), None,
                              Span(s.start, s.end))
    return written_statement(s.kind, s.cue, joint, s.content)


def article_texts(lib: Library, statements: list[Statement]) -> dict[int, str]:
    ids = sorted({s.article_id for s in statements})
    texts: dict[int, str] = {}
    with lib.reading() as db:
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            marks = ", ".join("?" for _ in chunk)
            texts.update(db.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})",
                                    chunk).fetchall())
    return texts


def _same(s: Statement, quotes: dict[int, SameQuote]) -> tuple[int, SameQuote | None]:
    group = quotes.get(s.claim_id)
    return (len(group.others(s.claim_id)), group) if group else (0, None)


def to_markdown(lib: Library, found: SpeakerStatements, quotes: dict[int, SameQuote],
                per: str = "day", labels: Labels | None = None) -> str:
    labels = labels or Labels()
    statements = found.statements
    texts = article_texts(lib, statements)
    lines = [f"# {found.name}", "",
             labels.statements_count.format(len(statements), len(found.article_ids))]
    if found.spellings:
        lines += ["", f"{labels.spellings}: " + "، ".join(f"{n} ({c})" for n, c in found.spellings)]
    if found.words:
        lines += ["", f"{labels.about}: {found.words}"]
    lines += ["", f"## {labels.period_heading(per)}", "", f"| {labels.date} | {labels.count} |",
              "|---|---|"]
    lines += [f"| {start} | {count} |" for start, count in timeline(statements, per) if count]
    if undated(statements):
        lines += ["", labels.undated.format(undated(statements))]
    lines += ["", f"## {labels.per_outlet}", "", f"| {labels.outlet} | {labels.count} |",
              "|---|---|"]
    lines += [f"| {outlet or labels.no_outlet} | {count} |" for outlet, count in
              per_outlet(statements)]
    lines += ["", f"## {labels.statements}"]
    current = None
    for s in statements:
        if s.article_id != current:
            current = s.article_id
            source = public_source(s.source)
            title = one_line(s.title or labels.untitled)
            heading = " · ".join(x for x in (printed_date(s) or labels.no_date, s.outlet or "")
                                 if x)
            lines += ["", f"### {heading} — {title}"]
            if source:
                lines.append(f"<{source}>")
            lines.append("")
        who = one_line(s.speaker or found.name)
        lines.append(f"- **{who}** ({labels.kind(s.kind)}): {written(s, texts)}")
        others, group = _same(s, quotes)
        if group is not None:
            first = group.first
            if first.claim_id == s.claim_id:
                lines.append(f"  - {labels.first_said.format(others)}")
            else:
                lines.append("  - " + labels.same_words.format(
                    others, first.date[:10] if first.published else labels.no_date,
                    one_line(first.speaker or "?"), one_line(first.title or labels.untitled)))
    return "\n".join(lines) + "\n"


def statements_csv(lib: Library, found: SpeakerStatements, quotes: dict[int, SameQuote]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    texts = article_texts(lib, found.statements)
    for s in found.statements:
        others, group = _same(s, quotes)
        first = group.first if group else None
        writer.writerow([
            printed_date(s), s.outlet or "", public_source(s.source) or "", s.article_id,
            s.title or "", s.speaker or "", s.kind, written(s, texts), s.content, s.start, s.end,
            others or "", (first.date[:10] if first and first.published else ""),
            (first.speaker or "") if first else "", (first.title or "") if first else ""])
    return out.getvalue()


def timeline_csv(found: SpeakerStatements, per: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([per, "statements"])
    writer.writerows(timeline(found.statements, per))
    return out.getvalue()


def outlets_csv(found: SpeakerStatements) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["outlet", "statements"])
    writer.writerows((o or "", c) for o, c in per_outlet(found.statements))
    return out.getvalue()


def write_speaker_export(lib: Library, found: SpeakerStatements, quotes: dict[int, SameQuote],
                         fmt: str, path: str | Path, per: str = "day",
                         labels: Labels | None = None) -> list[Path]:
    """Write the export; returns the files written. CSV is UTF-8 with a BOM (Excel)."""
    path = Path(path)
    try:
        if fmt == "md":
            path.write_text(to_markdown(lib, found, quotes, per, labels), encoding="utf-8")
            return [path]
        if fmt == "csv":
            stem = path.with_suffix("")
            extra = [Path(f"{stem}-timeline.csv"), Path(f"{stem}-outlets.csv")]
            path.write_text(statements_csv(lib, found, quotes), encoding="utf-8-sig",
                            newline="")
            extra[0].write_text(timeline_csv(found, per), encoding="utf-8-sig", newline="")
            extra[1].write_text(outlets_csv(found), encoding="utf-8-sig", newline="")
            return [path, *extra]
    except OSError as exc:
        raise LibraryError(f"Could not write {path}: {exc.strerror or exc}.") from exc
    raise LibraryError(f"Unknown export format {fmt!r}; use md or csv.")
