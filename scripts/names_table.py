"""A Markdown table of the first English suggestion, its kind and origin, for every organisation
and place in analysed articles (a translator's check of the Names panel):

    uv run python -m extract analyze FILE --json > FILE.json   # for each article
    uv run python scripts/names_table.py FILE.json … tests/gold/*.json > table.md

An analysis lists entities as objects with a type and name; a gold file (tests/gold) as lists of
names by type: both are read. One row per distinct (type, name), with how many files have it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.names import default_suggester  # noqa: E402

TYPES = ("ORG", "LOC")


def _entities(entities: list | dict) -> list[tuple[str, str]]:
    """(type, name) pairs of an analysis (a list of entities) or a gold file ({type: [names]})."""
    if isinstance(entities, dict):
        return [(kind, name) for kind, names in entities.items() for name in names]
    return [(e.get("type", ""), e.get("name") or "") for e in entities]


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    seen: Counter[tuple[str, str]] = Counter()
    for path in paths:
        analysis = json.loads(Path(path).read_text(encoding="utf-8"))
        for kind, name in sorted(set(_entities(analysis.get("entities") or []))):
            if kind in TYPES:
                seen[(kind, name)] += 1
    suggester = default_suggester()
    kinds: Counter[str] = Counter()
    print("| type | Arabic | first suggestion | kind | origin | articles |")
    print("|---|---|---|---|---|---|")
    for (kind, name), count in sorted(seen.items()):
        found = suggester.suggest(name, kind=kind)
        first = found.items[0] if found.items else None
        kinds[first.kind if first else "none"] += 1
        cells = [kind, name.replace("|", "/"), first.english if first else "",
                 first.kind if first else "", first.origin if first else "", str(count)]
        print("| " + " | ".join(cells) + " |")
    print()
    print(f"{sum(seen.values())} mentions as entities, {len(seen)} distinct names: " +
          ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
