"""Opening the library file safely: migrations, backups, read-only and damaged files, locking.

One SQLite file holds everything. It is opened in WAL mode with foreign keys on and full fsync on
commit (notes are the one thing a user cannot re-create, so a returned write must survive a crash).
The connection may be used from any thread; a re-entrant lock serialises access so the UI's
worker threads share one writer, as Anki does. A second process on the same file is safe too:
WAL lets it read while we write, and the busy timeout makes writers queue instead of failing.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from app.library.lean_sqlite_utils import sqlite_utils
from app.library.migrations import LATEST_VERSION, apply_migrations
from app.library.paths import resolve_library_path
from extract.errors import ExplainedError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10.0


class LibraryError(ExplainedError):
    """A library problem; str(error) is a one-line message that can be shown to the user, and
    its `kind` (and `details`) let the interface say it in the user's language."""


def now_iso() -> str:
    """The current UTC time as stored in the library (ISO 8601, seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` with lone surrogates (from broken clipboard data) replaced by U+FFFD, which SQLite
    can store; same length, so offsets into it stay valid."""
    return _SURROGATE_RE.sub("\ufffd", text)


def describe_sqlite_error(exc: BaseException) -> str:
    """A one-line, user-facing explanation of a SQLite failure."""
    return _sqlite_problem(exc)[1]


def sqlite_error(exc: BaseException, **details: object) -> LibraryError:
    """A LibraryError explaining a SQLite failure (its kind says which, for translation)."""
    kind, message = _sqlite_problem(exc)
    return LibraryError(message, kind, **details, reason=str(exc))


def _sqlite_problem(exc: BaseException) -> tuple[str, str]:
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorname", "") or ""
    if "full" in text or code == "SQLITE_FULL":
        return "disk_full", ("The disk is full (or the library reached its size limit): the last "
                             "change was not saved. Everything saved before is intact. Free some "
                             "space and try again.")
    if "readonly" in text or "read-only" in text or code.startswith("SQLITE_READONLY"):
        return "write_read_only", "The library file is read-only: the change was not saved."
    if "locked" in text or "busy" in text or code.startswith("SQLITE_BUSY"):
        return "busy", ("The library is busy in another Sanad window: the change was not saved; "
                        "try again in a moment.")
    if "malformed" in text or "not a database" in text or code.startswith("SQLITE_CORRUPT"):
        return "damaged_file", ("The library file is damaged; it was left untouched. Open another "
                                "library.")
    if "disk i/o" in text or code.startswith("SQLITE_IOERR"):
        return "disk_error", ("The library file could not be read or written (disk error): "
                              "the change was not saved.")
    return "sqlite", f"Library error: {exc}"


class Library:
    """An open library file.

    `db` is the sqlite_utils.Database; `read_only` is True when changes cannot be saved, and
    `notice` then says why in words the user understands (`notice_kind` names it, for an
    interface in another language: "read_only_requested", "read_only_file", "newer_version").
    Use `reading()` / `writing()` around queries and changes so threads take turns and every
    change is one transaction.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool,
                 notice: str | None = None, notice_kind: str = "") -> None:
        self.db = sqlite_utils.Database(conn)
        self.path = path
        self.read_only = read_only
        self.notice = notice
        self.notice_kind = notice_kind if notice else ""
        self._lock = threading.RLock()
        self._depth = 0

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextmanager
    def reading(self) -> Iterator[sqlite_utils.Database]:
        """Hold the library for a group of queries; SQLite errors become LibraryError."""
        with self._lock:
            try:
                yield self.db
            except sqlite3.Error as exc:
                raise sqlite_error(exc) from exc

    @contextmanager
    def writing(self) -> Iterator[sqlite_utils.Database]:
        """One transaction: everything inside is saved together or not at all.

        BEGIN IMMEDIATE takes the write lock up front, so a second Sanad process waits (up to the
        busy timeout) instead of failing half way. Nested calls become savepoints.
        """
        if self.read_only:
            raise LibraryError(self.notice or
                               "The library is open read-only: changes cannot be saved.",
                               "read_only_change")
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    with self.db.atomic():
                        yield self.db
                except sqlite3.Error as exc:
                    raise sqlite_error(exc) from exc
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise sqlite_error(exc) from exc
            self._depth = 1
            try:
                yield self.db
                self.conn.execute("COMMIT")
            except BaseException as exc:
                if self.conn.in_transaction:
                    try:
                        self.conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                if isinstance(exc, sqlite3.Error):
                    raise sqlite_error(exc) from exc
                raise
            finally:
                self._depth = 0

    def update_note_body(self, note_id: int, body: str) -> None:
        """Save a note's text now (the reader calls this as the user types, debounced)."""
        from app.library.notes import update_note_body

        update_note_body(self, note_id, body)

    def get_meta(self, key: str) -> str | None:
        with self.reading() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.writing() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])

    def integrity_ok(self) -> bool:
        """PRAGMA integrity_check says ok (slow on a big library: for tests and repair tools)."""
        with self.reading() as db:
            return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def close(self) -> None:
        with self._lock:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_library(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Library:
    """Open (creating or upgrading if needed) the library at `path` / $SANAD_DB / the default.

    Raises LibraryError, with a message for the user, when the file cannot be used at all (damaged,
    not a Sanad library, folder not writable); the file is then left exactly as it was. A library
    from a newer Sanad, or a file the user may not write, opens read-only with `notice` set.
    """
    p = resolve_library_path(path)
    if p.is_dir():
        raise LibraryError(f"{p} is a folder; choose a library file instead.", "library_folder",
                           path=str(p))
    exists = p.exists() and p.stat().st_size > 0
    if exists:
        _check_header(p)
    elif not read_only:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"Cannot create the library folder {p.parent}: "
                               f"{exc.strerror or exc}.", "cannot_create", path=str(p.parent),
                               reason=exc.strerror or str(exc), errno=exc.errno) from exc
    writable = not read_only and _can_write(p, exists)
    if not exists and read_only:
        raise LibraryError(f"There is no library at {p}.", "no_library", path=str(p))
    if not exists and not writable:
        raise LibraryError(f"Cannot create a library at {p}: the folder is read-only.",
                           "cannot_create_read_only", path=str(p))
    notice = None if writable else (
        "This library is open read-only: you can read it, but changes cannot be saved."
        if read_only else
        f"The library file {p} is read-only: you can read it, but changes cannot be saved.")
    notice_kind = "read_only_requested" if read_only else "read_only_file"

    conn = _connect(p, read_only=not writable)
    try:
        version = _probe(conn, p)
        if version > LATEST_VERSION:
            conn.close()
            conn = _connect(p, read_only=True)
            writable = False
            notice = ("This library was saved by a newer version of Sanad. It is open read-only "
                      "and will not be changed; update Sanad to edit it.")
            notice_kind = "newer_version"
        elif writable:
            _configure_for_writing(conn)
            if version < LATEST_VERSION:
                _migrate(conn, p, version)
        elif version < LATEST_VERSION:
            raise LibraryError(f"The library {p} needs upgrading, but its file is read-only.",
                               "upgrade_read_only", path=str(p))
    except LibraryError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        problem = sqlite_error(exc, path=str(p))
        raise LibraryError(f"Cannot open the library {p}: {problem}", problem.kind,
                           **problem.details) from exc
    conn.execute("PRAGMA foreign_keys = ON")
    # Memory-mapped reads and a bigger page cache keep ranked search over common words fast.
    conn.execute("PRAGMA mmap_size = 268435456")
    conn.execute("PRAGMA cache_size = -32000")
    lib = Library(conn, p, read_only=not writable, notice=notice, notice_kind=notice_kind)
    if writable:
        from app.library.search import ensure_index_current

        try:
            ensure_index_current(lib)
        except LibraryError:
            lib.close()
            raise
    return lib


def _check_header(p: Path) -> None:
    try:
        with p.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise LibraryError(f"Cannot read the library {p}: {exc.strerror or exc}.",
                           "cannot_read", path=str(p), reason=exc.strerror or str(exc),
                           errno=exc.errno) from exc
    if header != SQLITE_HEADER:
        raise _damaged(p)


def _damaged(p: Path) -> LibraryError:
    return LibraryError(f"{p} is damaged or is not a Sanad library. It was left untouched; "
                        "open another library or start a new one.", "damaged", path=str(p))


def _can_write(p: Path, exists: bool) -> bool:
    # WAL needs to create the -wal and -shm files next to the library.
    folder_ok = os.access(p.parent, os.W_OK | os.X_OK)
    return folder_ok and (not exists or os.access(p, os.W_OK))


def _connect(p: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"file:{quote(str(p.resolve()))}?mode=ro"
        if not p.with_name(p.name + "-wal").exists():
            # Closed cleanly (no write-ahead log beside it): read the file as it is, without the
            # -shm and -wal files WAL reading would otherwise create next to it.
            return sqlite3.connect(uri + "&immutable=1", uri=True, timeout=BUSY_TIMEOUT_S,
                                   check_same_thread=False)
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        try:
            conn.execute("PRAGMA user_version").fetchone()
        except sqlite3.OperationalError:
            # A WAL library whose -shm cannot be created (read-only folder): read it as a snapshot.
            conn.close()
            conn = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=BUSY_TIMEOUT_S,
                                   check_same_thread=False)
        return conn
    return sqlite3.connect(str(p), timeout=BUSY_TIMEOUT_S, check_same_thread=False)


def _probe(conn: sqlite3.Connection, p: Path) -> int:
    """The schema version; a damaged or foreign file raises LibraryError."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise sqlite_error(exc) from exc
        raise _damaged(p) from exc
    if version == 0 and tables:
        raise LibraryError(f"{p} is a database but not a Sanad library. It was left untouched; "
                           "open another library or start a new one.", "damaged", path=str(p))
    if version > 0 and "articles" not in tables:
        raise _damaged(p)
    return version


def _configure_for_writing(conn: sqlite3.Connection) -> None:
    mode = _switch_to_wal(conn)
    if str(mode).lower() != "wal":
        raise LibraryError("The library could not switch to safe (WAL) journaling; "
                           "is it on a network drive?", "no_wal")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Turn WAL journaling on, waiting for another process that holds the file meanwhile.

    Switching a new file to WAL needs it to itself, and SQLite answers "locked" at once instead
    of waiting its busy timeout: two Sanad windows creating one library together would fail.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc).lower() or "busy" in str(exc).lower()
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _migrate(conn: sqlite3.Connection, p: Path, version: int) -> None:
    """Upgrade to the latest schema in one transaction, after copying the file aside."""
    if version > 0:
        _backup_copy(conn, p, version)
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]  # another window may have won
        if current < LATEST_VERSION:
            apply_migrations(conn, current)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _backup_copy(conn: sqlite3.Connection, p: Path, version: int) -> Path:
    """A consistent copy of the library (WAL included) next to it, never over an older copy."""
    target = p.with_name(f"{p.name}.v{version}.backup")
    if target.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = p.with_name(f"{p.name}.v{version}.{stamp}.backup")
    free = shutil.disk_usage(p.parent).free
    if free < p.stat().st_size * 2:
        raise LibraryError("Not enough disk space to back up the library before upgrading it; "
                           "nothing was changed.", "no_space_backup")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target
