"""Names benchmark: how fast English suggestions come (`uv run python bench/bench_names.py`).

Prints the load time of the shipped dictionary + model, then suggestions per second for two-word
names whose words are in the dictionary, and for words only the model can spell.
"""

from __future__ import annotations

import random
import time

from extract.model import Entity
from extract.names import default_suggester, names_for_entities
from extract.names.variants import group_variants

SAMPLE = ["خليفة حفتر", "فائز السراج", "دونالد ترمب", "غسان سلامة", "غنيوة الككلي"]
# Letters for made-up words: a cold model search every time, nothing cached or in the dictionary.
LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهويةاء"


def rate(label: str, names: list[str], suggest) -> None:
    started = time.perf_counter()
    for name in names:
        suggest(name)
    took = time.perf_counter() - started
    print(f"{label:<44} {len(names) / took:8.0f} names/s  {took * 1000 / len(names):6.2f} ms/name")


def main() -> None:
    started = time.perf_counter()
    suggester = default_suggester()
    print(f"load dictionary + model + known names      {time.perf_counter() - started:8.2f} s")
    rng = random.Random(7)
    keys = sorted(k for k in suggester.dictionary.entries if " " not in k)
    two_words = [f"{rng.choice(keys)} {rng.choice(keys)}" for _ in range(300)]
    made_up = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 8))) for _ in range(300)]
    suggester.model._cache.clear()
    rate("two-word names from the dictionary (+model)", two_words, suggester.suggest)
    suggester.model._cache.clear()
    rate("unknown words (model only, cold cache)", made_up, suggester.model.transliterate)
    occurrences = [(k, f"a{n % 500}") for n, k in enumerate(rng.sample(keys, 20000))]
    started = time.perf_counter()
    groups = group_variants(occurrences, dictionary=suggester.dictionary)
    took = time.perf_counter() - started
    print(f"variant groups over 20,000 spellings         {took:8.2f} s  ({len(groups)} groups)")
    entities = [Entity(f"E{i}", "PER", n, ()) for i, n in enumerate(SAMPLE)]
    suggester.model._cache.clear()
    started = time.perf_counter()
    names_for_entities(entities)
    print(f"sample article people (names_for_entities) {time.perf_counter() - started:8.3f} s")


if __name__ == "__main__":
    main()
