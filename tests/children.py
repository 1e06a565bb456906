"""Other processes for the reliability tests: scripts that write to a library while the test kills
them or races them, each in its own process with its own SQLite connection.

They are forked from a multiprocessing fork server that imported the library once, instead of
each starting a fresh interpreter (which spent about 2 s of CPU importing sqlite-utils, numpy and
camel-tools before its first write). Each output line reaches the test as one pipe message,
written in one system call, so a line the test receives was complete when the child wrote it.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection

# Imported once, by the fork server (by name: it does not get this folder on its path).
PRELOAD = ["app.library.articles", "app.library.notes"]
_context = None


def _fork_server():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


class _Lines:
    """A child's stdout: every complete line is sent to the test as it is printed."""

    def __init__(self, conn: Connection) -> None:
        self.conn, self.pending = conn, ""

    def write(self, text: str) -> int:
        self.pending += text
        while "\n" in self.pending:
            line, self.pending = self.pending.split("\n", 1)
            self.conn.send_bytes(line.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        pass


def _run(script: str, argv: list[str], conn: Connection) -> None:
    sys.argv = ["-c", *argv]
    sys.stdout = _Lines(conn)
    try:
        exec(compile(script, "<child script>", "exec"), {"__name__": "__main__"})
    except BaseException:  # noqa: BLE001 - reported to the test, which fails with it
        conn.send_bytes(("error: " + traceback.format_exc()).encode("utf-8"))
        raise


@contextmanager
def _main_script_hidden() -> Iterator[None]:
    """multiprocessing re-runs the parent's main script in every child, for what it may define;
    these children need nothing from pytest's, and importing pytest again took a second each."""
    main = sys.modules["__main__"]
    path = main.__dict__.pop("__file__", None)
    try:
        yield
    finally:
        if path is not None:
            main.__file__ = path


class Child:
    """A script running in its own process: read its lines, kill it, wait for its end."""

    def __init__(self, script: str, *args: object) -> None:
        context = _fork_server()
        reader, writer = context.Pipe(duplex=False)
        self.process = context.Process(target=_run, args=(script, [str(a) for a in args],
                                                          writer), daemon=True)
        with _main_script_hidden():
            self.process.start()
        writer.close()  # the child holds the only writer: its end is the end of the lines
        self._reader = reader

    def readline(self, timeout: float = 120) -> str:
        """The next line the child printed ("" once it has ended)."""
        if not self._reader.poll(timeout):
            raise TimeoutError("the child printed nothing in time")
        try:
            line = self._reader.recv_bytes().decode("utf-8")
        except EOFError:
            return ""
        if line.startswith("error: "):
            raise AssertionError(line)
        return line

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)

    def communicate(self, timeout: float = 300) -> list[str]:
        """Every line still to come, once the child has ended."""
        lines = []
        while line := self.readline(timeout):
            lines.append(line)
        self.process.join(timeout)
        return lines

    @property
    def returncode(self) -> int | None:
        return self.process.exitcode
