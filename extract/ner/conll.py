"""`python -m extract ner-conll < IN > OUT`: tag CoNLL tokens with the shipped model.

Input: one token per line (first whitespace-separated column; any other columns are ignored), blank
lines between sentences. Output: `token<TAB>tag` for every input token, in order, with blank lines
where the input had them, so the output lines up with the input line by line. CoNLL input has no
document breaks, so the consistency pass works on blocks of CONLL_WINDOW sentences.
"""

from __future__ import annotations

from typing import TextIO

from extract.ner.tagger import CONLL_WINDOW, default_tagger

# A token line with no visible token (e.g. only a direction mark) is still a token to keep aligned.
_PLACEHOLDER = "_"


def read_blocks(instream: TextIO) -> list[list[str] | None]:
    """Sentences (lists of tokens) and None for each blank line, in input order."""
    items: list[list[str] | None] = []
    cur: list[str] = []
    for raw in instream:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if cur:
                items.append(cur)
                cur = []
            items.append(None)
            continue
        cur.append(line.split()[0])
    if cur:
        items.append(cur)
    return items


def run_conll(instream: TextIO, outstream: TextIO) -> None:
    items = read_blocks(instream)
    sentences = [s for s in items if s is not None]
    tags = default_tagger().tag_document([[w or _PLACEHOLDER for w in s] for s in sentences],
                                         window=CONLL_WINDOW)
    it = iter(tags)
    for item in items:
        if item is None:
            outstream.write("\n")
            continue
        for word, tag in zip(item, next(it), strict=True):
            outstream.write(f"{word}\t{tag}\n")
