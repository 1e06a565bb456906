"""The name dictionary: Arabic name key -> English spellings with how often each was seen.

Built by `python -m extract.training.names` from the Wikidata (CC0) and Google ar2en
(Apache-2.0) word pairs and shipped as `resources/names/dictionary.tsv.gz`. Keys are
`letters.name_key` forms, so فائز and فايز, سلامة and سلامه share one entry and their counts add up.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from extract.names.letters import name_key

KEEP_PER_NAME = 8


class NameDictionary:
    def __init__(self, entries: dict[str, list[tuple[str, int]]]) -> None:
        self.entries = entries

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[tuple[str, str], int]]) -> NameDictionary:
        merged: dict[str, Counter[str]] = defaultdict(Counter)
        for (arabic, latin), count in pairs:
            merged[name_key(arabic)][latin] += count
        return cls({key: _top(counter) for key, counter in merged.items()})

    @classmethod
    def load(cls, path: Path) -> NameDictionary:
        entries: dict[str, list[tuple[str, int]]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                key, _, rest = line.rstrip("\n").partition("\t")
                spellings = []
                for item in rest.split(" "):
                    latin, _, count = item.partition(":")
                    spellings.append((latin, int(count)))
                entries[key] = spellings
        return cls(entries)

    def save(self, path: Path) -> None:
        lines = [f"{key}\t" + " ".join(f"{latin}:{count}" for latin, count in spellings)
                 for key, spellings in sorted(self.entries.items())]
        with gzip.GzipFile(path, "wb", mtime=0) as raw:
            raw.write(("\n".join(lines) + "\n").encode("utf-8"))

    def lookup(self, word: str) -> list[tuple[str, int]]:
        """Spellings of this name (up to hamza seat, ta marbuta, alef form), most seen first."""
        return self.entries.get(name_key(word), [])


def _top(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:KEEP_PER_NAME]
