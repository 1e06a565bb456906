"""Check that extract.tokens gives camel-tools' tokens on every SaudiNewsNet article.

    uv run python scripts/check_tokenizer.py [--n N]

For each article (the raw content and the cleaned article text that the app tokenizes), the
one-pass tokenizer is compared with the reference in tests/test_tokens.py (camel-tools'
`simple_word_tokenize` on each whitespace word). Prints the number of articles, tokens and
differences; exits 1 on any difference. The corpus (CC BY-NC-SA) is read from ../shared.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))

from compare_outputs import CORPUS, corpus_texts  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=0, help="only the first N articles (0: all)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"error: corpus not found at {CORPUS}", file=sys.stderr)
        return 2

    from test_tokens import reference_tokenize

    from extract.load import article_from_text
    from extract.tokens import tokenize

    texts = corpus_texts()
    if args.n:
        texts = texts[:args.n]
    differ = tokens = 0
    new_s = old_s = 0.0
    for ident, raw in texts:
        for text in (raw, article_from_text(raw).text):
            t0 = time.perf_counter()
            new = tokenize(text)
            t1 = time.perf_counter()
            old = reference_tokenize(text)
            t2 = time.perf_counter()
            new_s += t1 - t0
            old_s += t2 - t1
            tokens += len(old)
            if new != old:
                differ += 1
                first = next(i for i, (a, b) in enumerate(zip(new, old, strict=False)) if a != b)
                print(f"{ident}: token {first}: {new[first]} != {old[first]}")
    print(f"{len(texts)} articles (raw and cleaned), {tokens:,} tokens, {differ} differ; "
          f"tokenizing took {new_s:.1f} s (camel-tools per word: {old_s:.1f} s)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
