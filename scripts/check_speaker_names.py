"""Count speaker names that are not names: they contain a speaking cue («فهد الشمري أحد سكان الحي
بقوله»), or the words naming the speaker overlap the statement itself.

    uv run python scripts/check_speaker_names.py [--n N] [--show 20]

Runs `analyze` over the SaudiNewsNet corpus (all 12,824 articles, or a fixed sample of N; read
from ../shared, never shipped) and prints the counts and examples. A speaker name is checked
word by word: a word (without و/ف/ب/ل) that the cue lexicon knows as a verb or participle is a
cue inside the name; a claim whose speaker mention overlaps its content put words of the
statement in the speaker's name.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.compare_outputs import corpus_texts  # noqa: E402


def cue_words(name: str, forms: dict) -> list[str]:
    from extract.arabic import strip_conj
    from extract.normalize import normalize

    out = []
    for word in name.split():
        w = normalize(word).replace("ـ", "")
        if w in forms or strip_conj(w) in forms:
            out.append(word)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=0, help="a fixed sample of N articles (0: all)")
    parser.add_argument("--show", type=int, default=20, help="examples to print per kind")
    args = parser.parse_args(argv)

    from extract.analyze import analyze
    from extract.claims.lexicon import default_lexicon
    from extract.load import LoadError, article_from_text

    forms = default_lexicon().forms
    texts = corpus_texts()
    if args.n and args.n < len(texts):
        texts = random.Random(2015).sample(texts, args.n)
    names = with_cue = overlapping = claims = 0
    cue_examples: list[str] = []
    overlap_examples: list[str] = []
    for ident, content in texts:
        try:
            analysis = analyze(article_from_text(content))
        except LoadError:
            continue
        for speaker in analysis.speakers:
            names += 1
            found = cue_words(speaker.name, forms)
            if found:
                with_cue += 1
                cue_examples.append(f"{ident}: «{speaker.name}» ({' '.join(found)})")
        for claim in analysis.claims:
            claims += 1
            m = claim.speaker_mention
            if m is not None and m.start < claim.content.end and claim.content.start < m.end:
                overlapping += 1
                overlap_examples.append(f"{ident}: «{analysis.slice(m)}» in "
                                        f"«{analysis.slice(claim.content)[:60]}»")
    print(f"{len(texts)} articles, {names} speakers, {claims} claims")
    print(f"speaker names containing a cue word: {with_cue}")
    for line in cue_examples[:args.show]:
        print("   ", line)
    print(f"claims whose speaker words overlap the statement: {overlapping}")
    for line in overlap_examples[:args.show]:
        print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
