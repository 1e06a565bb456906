"""No code path opens a network connection: loading, analysis and the UI (`sanad --screenshot`)
run with sockets disabled.

Runs in a fresh interpreter so that import-time side effects (camel-tools' data catalogue download)
are exercised too, not hidden by modules an earlier test already imported.
"""

from __future__ import annotations

import struct
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
    html = load_path(sys.argv[2])  # the sample itself is loaded and analysed by the window

    import app.screenshot
    real_take = app.screenshot.take_screenshot
    shown = []
    def take(app, window, *args):
        status = real_take(app, window, *args)
        shown.append(window.analysis is not None)
        return status
    app.screenshot.take_screenshot = take
    from app.main import main
    status = main(["--screenshot", sys.argv[3], sys.argv[1]])
    bad = [m for m in sys.modules if m.startswith(("camel_tools.data", "torch", "transformers"))]
    print("screenshot", status, "analysis shown", shown)
    print("attempts", len(attempts), attempts[:3])
    print("modules", bad)
    """
)


def test_no_network_anywhere(tmp_path: Path, seed_path: Path) -> None:
    """Also the one test of `sanad --screenshot` as its own process: the whole start-up, the
    sample opened and analysed in the window, and the picture written."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><link rel='stylesheet' href='http://example.invalid/a.css'>"
        "<script src='http://example.invalid/x.js'></script></head><body><article><p>"
        + "قال المتحدث إن الاجتماع انتهى باتفاق شامل بين الطرفين. " * 10
        + "<img src='https://example.invalid/photo.jpg'></p></article></body></html>",
        encoding="utf-8")
    picture = tmp_path / "window.png"
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(seed_path), str(page),
                             str(picture)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300,
                            env={**__import__("os").environ, "SANAD_NO_SETTINGS": "1"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "screenshot 0 analysis shown [True]" in result.stdout, result.stderr[-3000:]
    assert "attempts 0 []" in result.stdout, result.stdout
    assert "modules []" in result.stdout, result.stdout
    png = picture.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1440, 900)  # the window, at its fixed size


def test_selftest_analyses_the_sample_with_the_network_refused(capsys, monkeypatch) -> None:
    """`sanad --selftest` (what the packaging scripts run on a build), in this process; the
    sockets it disables are put back afterwards."""
    import socket

    from app.main import main

    monkeypatch.setattr(socket.socket, "connect", socket.socket.connect)
    monkeypatch.setattr(socket, "create_connection", socket.create_connection)
    assert main(["--selftest"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("selftest ok: 12 paragraphs") and " people), " in out
