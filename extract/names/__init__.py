"""Names for translators: letter-exact transliteration, ranked English suggestions, variants.

`names_for_entities` is what the Names panel and the entity hover call. The dictionary and model
are trained by `python -m extract.names.train` and shipped in resources/names/.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from extract.model import Entity
from extract.names.dictionary import NameDictionary
from extract.names.letters import buckwalter, hsb, name_key
from extract.names.model import JointModel
from extract.names.suggest import Suggester, Suggestions
from extract.resources import resource_path

NAMED_TYPES = ("PER", "ORG", "LOC")

__all__ = ["NAMED_TYPES", "Suggestions", "buckwalter", "default_suggester", "hsb", "name_key",
           "names_for_entities", "resources_dir", "suggest"]


def resources_dir() -> Path:
    """resources/names in the source tree, or inside the PyInstaller bundle."""
    return resource_path("names")


def load_known(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            arabic, english, kind = line.split("\t")
            rows.append((arabic, english, kind))
    return rows


@lru_cache(maxsize=1)
def default_suggester() -> Suggester:
    """The shipped dictionary, model and well-known names (loaded once, ~0.5 s)."""
    folder = resources_dir()
    try:
        return Suggester(NameDictionary.load(folder / "dictionary.tsv.gz"),
                         JointModel.load(folder / "model.json.gz"),
                         load_known(folder / "known_names.tsv"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"name data missing or damaged in {folder}: {exc}") from exc


def suggest(name: str, glossary: dict[str, str] | None = None,
            kind: str | None = None) -> Suggestions:
    """Top-5 English forms of one Arabic name."""
    return default_suggester().suggest(name, glossary, kind)


def names_for_entities(entities: Iterable[Entity],
                       glossary: dict[str, str] | None = None) -> list[dict]:
    """For each PER/ORG/LOC entity of an analysis: its letter-exact Buckwalter and HSB forms, up
    to five English suggestions and where the first one came from."""
    suggester = default_suggester()
    out = []
    for entity in entities:
        if entity.type not in NAMED_TYPES:
            continue
        name = entity.name
        found = suggester.suggest(name, glossary, entity.type)
        out.append({"entity": entity.id, "arabic": name, "buckwalter": buckwalter(name),
                    "hsb": hsb(name), "suggestions": found.english, "source": found.source})
    return out
