"""Word lists shipped in resources/lexicons/, read once per process.

Open-class language data (titles, head nouns, given names, month names ...) lives in those files,
not in Python: a linguist can read and correct a list without reading the rules, and every file
says in its `#` header what the list is for, where it is used and how it was compiled.

Two formats, both UTF-8 with one entry per line; lines starting with `#` and blank lines are
skipped:
- `.txt`: one word or phrase per line.
- `.tsv`: the word, a TAB, then the space-separated tags of the lists it belongs to (a file
  holds several related lists side by side, e.g. the title words each rule uses).

Entries are written as text writes them (hamzas, ة, ى); the modules normalise them for matching.
"""

from __future__ import annotations

from functools import cache

from extract.resources import resource_path

LEXICON_DIR = "lexicons"


@cache
def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    path = resource_path(LEXICON_DIR, name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        from extract.load import LoadError

        raise LoadError(f"The word list {name} could not be read ({exc.__class__.__name__}); "
                        "reinstall Sanad.", "broken_install") from exc
    return tuple(tuple(line.split("\t")) for line in lines
                 if line.strip() and not line.startswith("#"))


def load_words(name: str) -> tuple[str, ...]:
    """The entries of resources/lexicons/`name` in file order (first column of a TSV)."""
    return tuple(row[0] for row in _rows(name))


def load_lexicon(name: str) -> frozenset[str]:
    """The entries of resources/lexicons/`name` as a set."""
    return frozenset(load_words(name))


def load_tagged(name: str, tag: str) -> tuple[str, ...]:
    """The words of the TSV `name` whose tags include `tag`, in file order."""
    if not any(len(row) > 1 for row in _rows(name)):
        raise ValueError(f"{name} has no tag column")
    found = tuple(row[0] for row in _rows(name) if len(row) > 1 and tag in row[1].split())
    if not found:
        raise ValueError(f"no entry of {name} is tagged {tag!r}")
    return found
