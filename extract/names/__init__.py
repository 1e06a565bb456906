"""Names for translators: letter-exact transliteration, ranked English suggestions, variants.

`names_for_entities` is what the Names panel and the entity hover call. The dictionary and model
are trained by `python -m extract.training.names` and shipped in resources/names/; the established
forms of places and bodies (news list, CLDR), the words for composing organisation names and the
compound names are hand-made lists in resources/.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from extract.model import Entity
from extract.names.compose import Composer, Lexicon
from extract.names.dictionary import NameDictionary
from extract.names.forms import Forms
from extract.names.letters import buckwalter, hsb, name_key
from extract.names.model import JointModel
from extract.names.suggest import KINDS, Suggester, Suggestion, Suggestions, load_compounds
from extract.resources import resource_path

NAMED_TYPES = ("PER", "ORG", "LOC")

__all__ = ["KINDS", "NAMED_TYPES", "Suggestion", "Suggestions", "buckwalter", "default_suggester",
           "hsb", "name_key", "names_for_entities", "resources_dir", "suggest"]


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
    """The shipped dictionary, model, lists and composing words (loaded once, under a second)."""
    folder = resources_dir()
    try:
        known = folder / "known_names.tsv"
        forms = Forms.load(known, resource_path("gazetteers", "news_entities.tsv"),
                           folder / "places.tsv")
        suggester = Suggester(NameDictionary.load(folder / "dictionary.tsv.gz"),
                              JointModel.load(folder / "model.json.gz"), load_known(known),
                              forms=forms, compounds=load_compounds(folder / "compounds.tsv"))
        lexicon = Lexicon.load(resource_path("lexicons", "org_terms.tsv"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"name data missing or damaged in {folder}: {exc}") from exc
    suggester.composer = Composer(lexicon, forms, suggester.spell_person)
    return suggester


def suggest(name: str, glossary: dict[str, str] | None = None,
            kind: str | None = None) -> Suggestions:
    """Top-5 English forms of one Arabic name, each with its kind and origin."""
    return default_suggester().suggest(name, glossary, kind)


def names_for_entities(entities: Iterable[Entity],
                       glossary: dict[str, str] | None = None) -> list[dict]:
    """For each PER/ORG/LOC entity of an analysis: its letter-exact Buckwalter and HSB forms, up
    to five English suggestions with the kind of each (glossary / dictionary / translation /
    transliteration) and where it came from, and the kind of the first as `source`."""
    suggester = default_suggester()
    out = []
    for entity in entities:
        if entity.type not in NAMED_TYPES:
            continue
        name = entity.name
        found = suggester.suggest(name, glossary, entity.type)
        out.append({"entity": entity.id, "arabic": name, "buckwalter": buckwalter(name),
                    "hsb": hsb(name), "suggestions": found.english, "kinds": found.kinds,
                    "origins": found.origins, "source": found.source})
    return out
