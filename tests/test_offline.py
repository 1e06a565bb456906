"""No code path opens a network connection: loading, analysis and the UI run with sockets disabled.

Runs in a fresh interpreter so that import-time side effects (camel-tools' data catalogue download)
are exercised too, not hidden by modules an earlier test already imported.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import os, socket, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    attempts = []
    def refuse(*args, **kwargs):
        attempts.append(repr(args[1:]))
        raise OSError("network disabled by test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.socket.sendto = refuse
    socket.getaddrinfo = refuse
    socket.create_connection = refuse

    from extract.load import load_path
    from extract.analyze import analyze
    article = load_path(sys.argv[1])
    result = analyze(article)
    html = load_path(sys.argv[2])

    from PySide6.QtWidgets import QApplication
    from app.window import MainWindow
    app = QApplication([])
    window = MainWindow(interactive=False)
    window.show()
    window.open_path(sys.argv[1])
    import time
    deadline = time.monotonic() + 60
    while (window.is_busy() or window.analysis is None) and time.monotonic() < deadline:
        app.processEvents()
    assert window.analysis is not None, window.statusBar().currentMessage()
    bad = [m for m in sys.modules if m.startswith(("camel_tools.data", "torch", "transformers"))]
    print("attempts", len(attempts), attempts[:3])
    print("modules", bad)
    print("entities", len(result.entities))
    """
)


def test_no_network_anywhere(tmp_path: Path, seed_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><link rel='stylesheet' href='http://example.invalid/a.css'>"
        "<script src='http://example.invalid/x.js'></script></head><body><article><p>"
        + "قال المتحدث إن الاجتماع انتهى باتفاق شامل بين الطرفين. " * 10
        + "<img src='https://example.invalid/photo.jpg'></p></article></body></html>",
        encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(seed_path), str(page)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300,
                            env={**__import__("os").environ, "SANAD_NO_SETTINGS": "1"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "attempts 0 []" in result.stdout, result.stdout
    assert "modules []" in result.stdout, result.stdout
