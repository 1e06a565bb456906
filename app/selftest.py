"""`sanad --selftest`: prove a build works — load the bundled sample, analyse it offline, summarise.

Used on the frozen app by the packaging scripts; prints one line and exits 0, or 1 with the reason.
"""

from __future__ import annotations

import socket
import sys
import time

from extract.resources import resource_path


def _refuse_network(*args, **kwargs):
    raise OSError("network access attempted during self-test")


def run_selftest() -> int:
    socket.socket.connect = _refuse_network  # type: ignore[method-assign]
    socket.create_connection = _refuse_network  # type: ignore[assignment]
    start = time.perf_counter()
    try:
        from extract.analyze import analyze
        from extract.load import load_path

        article = load_path(resource_path("samples", "seed-libya.txt"))
        result = analyze(article)
    except Exception as exc:  # the one line a packager needs to see
        print(f"selftest FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    ms = (time.perf_counter() - start) * 1000
    people = sum(1 for e in result.entities if e.type == "PER")
    print(f"selftest ok: {len(article.paragraphs)} paragraphs, {len(article.tokens)} tokens, "
          f"{len(result.entities)} entities ({people} people), {len(result.claims)} claims, "
          f"{len(result.speakers)} speakers in {ms:.0f} ms")
    return 0
