"""`python -m extract`: the text pipeline from the command line.

    python -m extract clean FILE [--json]     the cleaned article (title, paragraphs, sentences)
    python -m extract analyze FILE [--json]   entities, claims and speakers (sanad.analysis/2)
    python -m extract ner-conll < IN > OUT    tag CoNLL tokens with the NER model
    python -m extract batch INPUT... --out DIR [--scheduler ADDRESS] [--workers N]
                                              analyse an archive on a Dask cluster

Errors are one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys

from extract.article_json import article_dict
from extract.batch.cli import add_parser as add_batch_parser
from extract.load import LoadError, load_path


def _clean(args: argparse.Namespace) -> int:
    article = load_path(args.file)
    if args.json:
        json.dump(article_dict(article), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        if article.title:
            sys.stdout.write(article.title + "\n\n")
        sys.stdout.write(article.text + "\n")
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from extract.analyze import analyze
    from extract.ner import tagger

    tagger.FAST_SCORES = False  # one article: CRFsuite tags it without the weights' load time
    from extract.schema import to_json

    result = analyze(load_path(args.file))
    if args.json:
        json.dump(to_json(result), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        from extract.summary import summary_text

        sys.stdout.write(summary_text(result))
    return 0


def _ner_conll(args: argparse.Namespace) -> int:
    from extract.ner.conll import run_conll

    run_conll(sys.stdin, sys.stdout)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, func, helptext in (("clean", _clean, "print the cleaned article"),
                                 ("analyze", _analyze, "entities, claims and who said what")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("file")
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=func)
    p = sub.add_parser("ner-conll", help="tag CoNLL tokens read from stdin")
    p.set_defaults(func=_ner_conll)
    add_batch_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except LoadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except (OSError, MemoryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
