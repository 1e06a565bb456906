"""Command line for the library: `python -m app.library [--db PATH] COMMAND ...`.

  import PATH...                  import files and folders (progress on stderr)
  import-batch DIR                import an archive analysed by `python -m extract batch`
  list                            list articles, newest first
  search QUERY [filters]          Arabic-aware search; filters --speaker --entity --tag --from --to
  claims NAME                     every claim attributed to NAME across the library
  speaker NAME [--about WORDS]    what NAME said, oldest first, spellings merged, same words
                                  elsewhere; --format md|csv --out FILE with timeline, outlets
  export ID... --format md|json|csv|pdf [--out FILE] [--lang en|ar]
  notes ID                        the notes of an article
  corrections export [ID...] [--out FILE]
                                  the user's who-said-what corrections as JSON (towards gold)
  show ID                         an article's details (title, date, outlet, author, URL)
  edit ID [--title T] [--date D] [--outlet O] [--author A] [--url U]
                                  correct them (kept when the article is imported again)
  versions ID                     the older versions of an article (edited copies imported)

Every failure is one line on stderr and exit status 1; nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.library.db import Library, LibraryError, open_library


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app.library",
                                     description="Sanad library: import, search and export.")
    parser.add_argument("--db", metavar="PATH",
                        help="library file (default: $SANAD_DB, else the per-user data folder)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("import", help="import files or folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--no-analyze", action="store_true", help="import without analysing")

    p = sub.add_parser("import-batch", help="import the output folder of `python -m extract "
                                            "batch`, with its analyses")
    p.add_argument("dir", metavar="DIR")

    p = sub.add_parser("list", help="list articles, newest first")
    p.add_argument("--limit", type=int, default=100)

    p = sub.add_parser("search", help="search titles, texts and notes")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--speaker")
    p.add_argument("--entity")
    p.add_argument("--tag")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=20)

    p = sub.add_parser("claims", help="every claim by a speaker across the library")
    p.add_argument("name")

    p = sub.add_parser("speaker", help="what a speaker said across the library, oldest first "
                                       "(the speaker view)")
    p.add_argument("name")
    p.add_argument("--about", default="", metavar="WORDS", help="only statements with these words")
    p.add_argument("--format", choices=["text", "md", "csv"], default="text")
    p.add_argument("--per", choices=["day", "week", "month"],
                   help="timeline period of md/csv (default: the finest that fits)")
    p.add_argument("--out", metavar="FILE", help="md: output file (default: standard output);"
                   " csv: required (FILE plus FILE-timeline.csv and FILE-outlets.csv)")

    p = sub.add_parser("notes", help="the notes of an article")
    p.add_argument("id", type=int)

    p = sub.add_parser("corrections", help="the user's corrections of who said what")
    p.add_argument("action", choices=["export"])
    p.add_argument("ids", nargs="*", type=int, metavar="ID",
                   help="articles (default: every corrected article)")
    p.add_argument("--out", metavar="FILE", help="output file (default: standard output)")

    p = sub.add_parser("show", help="an article's details")
    p.add_argument("id", type=int)

    p = sub.add_parser("edit", help="correct an article's title, date, outlet, author or URL "
                                    "(an empty value clears it; kept on re-import)")
    p.add_argument("id", type=int)
    p.add_argument("--title")
    p.add_argument("--date", dest="published", metavar="DATE",
                   help="YYYY-MM-DD (or YYYY-MM, YYYY), or an Arabic date such as «28 آب 2013»")
    p.add_argument("--outlet")
    p.add_argument("--author")
    p.add_argument("--url")

    p = sub.add_parser("versions", help="the older versions of an article")
    p.add_argument("id", type=int)
    p.add_argument("--text", metavar="VERSION_ID", type=int,
                   help="print the text of that version")

    p = sub.add_parser("export", help="export articles")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("--format", choices=["md", "json", "csv", "pdf"], default="md")
    p.add_argument("--out", metavar="FILE", help="output file (default: standard output; "
                   "PDF defaults to article-ID.pdf)")
    p.add_argument("--lang", choices=["en", "ar"], default="en",
                   help="language of the PDF's headings and legend (default: en)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        lib = open_library(args.db)
    except LibraryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        if lib.notice:
            print(f"note: {lib.notice}", file=sys.stderr)
        return COMMANDS[args.command](lib, args)
    except LibraryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("stopped.", file=sys.stderr)
        return 130
    finally:
        lib.close()


def _import(lib: Library, args: argparse.Namespace) -> int:
    from app.library.importer import import_paths

    def progress(done: int, total: int, path: Path) -> None:
        print(f"\r[{done}/{total}] {path.name[:60]:<60}", end="", file=sys.stderr, flush=True)

    report = import_paths(lib, args.paths, progress=progress, analyze=not args.no_analyze)
    print(file=sys.stderr)
    for path, message in report.errors:
        print(f"skipped {path}: {message}", file=sys.stderr)
    for path, message in report.warnings:
        print(f"warning {path}: {message}", file=sys.stderr)
    print(report.summary())
    for article_id in report.added + report.updated + report.versions:
        print(article_id)
    return 1 if report.stopped or (report.errors and not (report.added or report.updated
                                                          or report.versions
                                                          or report.duplicates)) else 0


def _import_batch(lib: Library, args: argparse.Namespace) -> int:
    import time

    from app.library.batch_import import import_batch

    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        rate = done / max(time.perf_counter() - started, 1e-9)
        print(f"\r[{done}/{total}] {rate:.0f} articles/s", end="", file=sys.stderr, flush=True)

    report = import_batch(lib, args.dir, progress=progress)
    print(file=sys.stderr)
    for where, message in report.errors[:50]:
        print(f"skipped {where}: {message}", file=sys.stderr)
    if len(report.errors) > 50:
        print(f"… and {len(report.errors) - 50} more", file=sys.stderr)
    print(f"{report.summary()} ({time.perf_counter() - started:.1f} s)")
    return 1 if report.errors and not (report.added or report.updated or report.duplicates) \
        else 0


def _list(lib: Library, args: argparse.Namespace) -> int:
    from app.library.articles import list_articles

    for row in list_articles(lib, limit=args.limit):
        notes = f"  [{row['notes']} notes]" if row["notes"] else ""
        print(f"{row['id']}\t{row['date'][:10]}\t{row['title'] or '(untitled)'}{notes}")
    return 0


def _search(lib: Library, args: argparse.Namespace) -> int:
    from app.library.search import search, search_notes

    hits = search(lib, args.query, speaker=args.speaker, entity=args.entity, tag=args.tag,
                  date_from=args.date_from, date_to=args.date_to, limit=args.limit)
    for hit in hits:
        print(f"{hit.article_id}\t{hit.date[:10]}\t{hit.title or '(untitled)'}")
        print(f"\t{_marked(hit.snippet.text, hit.snippet.highlights)}")
    note_hits = search_notes(lib, args.query, limit=args.limit) if args.query.strip() else []
    for nh in note_hits:
        print(f"note {nh.note_id} (article {nh.article_id})\t{nh.article_title or ''}")
        print(f"\t{_marked(nh.snippet.text, nh.snippet.highlights)}")
    if not hits and not note_hits:
        print("No matches.", file=sys.stderr)
    return 0


def _claims(lib: Library, args: argparse.Namespace) -> int:
    from app.library.search import claims_by_speaker

    rows = claims_by_speaker(lib, args.name)
    for r in rows:
        who = r.speaker or ("(anonymous)" if r.anonymous else "?")
        print(f"{r.article_id}\t{r.date[:10]}\t{who}\t{r.cue or ''}\t{r.content or ''}")
    if not rows:
        print(f"No claims by {args.name} in the library.", file=sys.stderr)
    return 0


def _speaker(lib: Library, args: argparse.Namespace) -> int:
    from app.library.speaker_export import to_markdown, write_speaker_export
    from app.library.speaker_queries import best_period, same_quotes, speaker_statements

    found = speaker_statements(lib, args.name, args.about)
    if not found.statements:
        print(f"No statements by {args.name} in the library.", file=sys.stderr)
        return 0
    quotes = same_quotes(lib, found.statements)
    per = args.per or best_period(found.statements)
    if args.format == "csv" and not args.out:
        raise LibraryError("CSV writes three files: give --out FILE.csv.")
    if args.format != "text" and args.out:
        for path in write_speaker_export(lib, found, quotes, args.format, args.out, per):
            print(f"wrote {path}", file=sys.stderr)
        return 0
    if args.format == "md":
        sys.stdout.write(to_markdown(lib, found, quotes, per))
        return 0
    for s in found.statements:
        group = quotes.get(s.claim_id)
        same = ""
        if group is not None:
            first = group.first
            same = ("\tsaid first; same words in " if first.claim_id == s.claim_id else
                    f"\tfirst said {first.date[:10]} by {first.speaker or '?'}; same words in ")
            same += f"{len(group.others(s.claim_id))} other statement(s)"
        date = s.day if s.published else f"({s.day} imported)"
        print(f"{date}\t{s.article_id}\t{s.kind}\t{s.speaker or ''}\t{' '.join(s.content.split())}"
              f"{same}")
    return 0


def _notes(lib: Library, args: argparse.Namespace) -> int:
    from app.library.notes import notes_for_article

    for n in notes_for_article(lib, args.id):
        where = f"«{n.quote}»" if n.kind == "span" else (n.target_name or n.kind)
        flag = " (detached)" if n.detached else ""
        print(f"{n.id}\t{where}{flag}\t{n.body}")
    return 0


def _show(lib: Library, args: argparse.Namespace) -> int:
    from app.library.articles import get_article

    _print_details(get_article(lib, args.id))
    return 0


def _edit(lib: Library, args: argparse.Namespace) -> int:
    from app.library.articles import META_FIELDS, edit_article

    fields = {name: getattr(args, name) for name in META_FIELDS
              if getattr(args, name) is not None}
    if not fields:
        print("error: nothing to change: give --title, --date, --outlet, --author or --url.",
              file=sys.stderr)
        return 1
    _print_details(edit_article(lib, args.id, **fields))
    return 0


def _print_details(record) -> None:
    labels = {"title": "title", "published": "date", "outlet": "outlet", "author": "author",
              "url": "url"}
    for name, label in labels.items():
        value = getattr(record, name)
        flag = "  (edited)" if name in record.edited else ""
        print(f"{label}\t{value or ''}{flag}")


def _versions(lib: Library, args: argparse.Namespace) -> int:
    from app.library.articles import get_article
    from app.library.versions import get_version, list_versions

    if args.text is not None:
        version = get_version(lib, args.text)
        if version.article_id != args.id:
            raise LibraryError(f"Version {args.text} is not a version of article {args.id}.")
        print(version.text)
        return 0
    get_article(lib, args.id)  # a clear error for an unknown id
    versions = list_versions(lib, args.id)
    for v in versions:
        print(f"{v.id}\t{v.stored[:10]}\treplaced {v.replaced[:10]}\t{v.title or '(untitled)'}"
              f"\t{len(v.text.split())} words")
    if not versions:
        print(f"Article {args.id} has no older versions.", file=sys.stderr)
    return 0


def _export(lib: Library, args: argparse.Namespace) -> int:
    from app.library.export import export_bytes, write_export

    if args.format == "pdf":
        from app.export_pdf import write_pdf  # Qt, loaded only for a PDF

        path = write_pdf(lib, args.ids, Path(args.out or f"article-{args.ids[0]}.pdf"),
                         language=args.lang)
        print(f"wrote {path}", file=sys.stderr)
        return 0
    if args.out:
        path = write_export(lib, args.ids, args.format, args.out)
        print(f"wrote {path}", file=sys.stderr)
        return 0
    sys.stdout.buffer.write(export_bytes(lib, args.ids, args.format))
    sys.stdout.flush()
    return 0


def _corrections(lib: Library, args: argparse.Namespace) -> int:
    from app.library.corrections import corrections_json

    data = corrections_json(lib, args.ids or None)
    if args.out:
        try:
            Path(args.out).write_text(data, encoding="utf-8")
        except OSError as exc:
            raise LibraryError(f"Could not write {args.out}: {exc.strerror or exc}.") from exc
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data.encode("utf-8"))
        sys.stdout.flush()
    return 0


def _marked(text: str, highlights: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for s, e in highlights:
        out += [text[pos:s], "[", text[s:e], "]"]
        pos = e
    out.append(text[pos:])
    return "".join(out)


COMMANDS = {"import": _import, "import-batch": _import_batch, "list": _list, "search": _search,
            "claims": _claims, "speaker": _speaker, "notes": _notes, "export": _export,
            "corrections": _corrections, "show": _show, "edit": _edit,
            "versions": _versions}

if __name__ == "__main__":
    sys.exit(main())
