"""Opening the library: where it lives, schema versioning, backups, newer/damaged/foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.library import LibraryError, open_library
from app.library import migrations as migrations_module
from app.library.articles import add_article, get_article
from app.library.migrations import LATEST_VERSION
from app.library.notes import add_article_note, get_note
from app.library.paths import default_library_path, resolve_library_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_path_precedence_explicit_then_env_then_user_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("SANAD_DB", str(tmp_path / "env.sqlite"))
    assert resolve_library_path(tmp_path / "cli.sqlite") == tmp_path / "cli.sqlite"
    assert resolve_library_path(None) == tmp_path / "env.sqlite"
    monkeypatch.delenv("SANAD_DB")
    assert resolve_library_path(None) == default_library_path()
    assert "sanad" in str(default_library_path()).lower()


def test_new_library_has_schema_wal_and_foreign_keys(tmp_path, monkeypatch):
    monkeypatch.setenv("SANAD_DB", str(tmp_path / "sub" / "lib.sqlite"))
    with open_library() as lib:
        assert lib.path == tmp_path / "sub" / "lib.sqlite"
        assert not lib.read_only and lib.notice is None
        db = lib.db
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = set(db.table_names())
        assert {"articles", "analyses", "notes", "tags", "glossary", "entities", "speakers",
                "claims", "articles_fts", "notes_fts"} <= tables
        cols = {c.name: c for c in db["glossary"].columns}
        assert list(cols) == ["id", "arabic", "arabic_norm", "english", "note", "created",
                              "updated"]
        assert cols["arabic"].notnull and cols["arabic_norm"].notnull
        db.execute("INSERT INTO glossary (arabic, arabic_norm) VALUES ('أحمد', 'احمد')")
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO glossary (arabic, arabic_norm) VALUES ('احمد', 'احمد')")


def test_reopen_keeps_data(tmp_path):
    path = tmp_path / "lib.sqlite"
    with open_library(path) as lib:
        article = add_article(lib, "عنوان", "نص المقال الأول.", "a.txt").article_id
        note = add_article_note(lib, article, "ملاحظتي")
    with open_library(path) as lib:
        assert get_article(lib, article).text == "نص المقال الأول."
        assert get_note(lib, note).body == "ملاحظتي"


def test_upgrade_backs_up_old_file_and_migrates_in_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite"
    with open_library(path) as lib:
        add_article(lib, "قديم", "نص محفوظ قبل الترقية.", "old.txt")
    extra = ["CREATE TABLE reading_log (id INTEGER PRIMARY KEY, article_id INTEGER)"]
    monkeypatch.setattr(migrations_module, "MIGRATIONS", migrations_module.MIGRATIONS + [extra])
    monkeypatch.setattr(migrations_module, "LATEST_VERSION", LATEST_VERSION + 1)
    import app.library.db as db_module
    monkeypatch.setattr(db_module, "LATEST_VERSION", LATEST_VERSION + 1)

    with open_library(path) as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1
        assert "reading_log" in lib.db.table_names()
    backup = path.with_name(f"lib.sqlite.v{LATEST_VERSION}.backup")
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert old.execute("SELECT text FROM articles").fetchone()[0] == "نص محفوظ قبل الترقية."
    old.close()


def test_failed_migration_leaves_library_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite"
    with open_library(path) as lib:
        add_article(lib, "قديم", "نص لا يجب أن يضيع.", "old.txt")
    broken = ["CREATE TABLE half_done (id INTEGER)", "THIS IS NOT SQL"]
    import app.library.db as db_module
    monkeypatch.setattr(migrations_module, "MIGRATIONS", migrations_module.MIGRATIONS + [broken])
    monkeypatch.setattr(migrations_module, "LATEST_VERSION", LATEST_VERSION + 1)
    monkeypatch.setattr(db_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(LibraryError):
        open_library(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    assert conn.execute("SELECT text FROM articles").fetchone()[0] == "نص لا يجب أن يضيع."
    conn.close()


def test_library_from_newer_sanad_opens_read_only_and_is_not_altered(tmp_path):
    path = tmp_path / "lib.sqlite"
    with open_library(path) as lib:
        article = add_article(lib, "عنوان", "نص من إصدار أحدث.", "a.txt").article_id
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.commit()
    conn.close()
    before = digest(path)
    with open_library(path) as lib:
        assert lib.read_only
        assert "newer version of Sanad" in lib.notice
        assert get_article(lib, article).text == "نص من إصدار أحدث."
        with pytest.raises(LibraryError, match="newer version"):
            add_article_note(lib, article, "لن تحفظ")
    assert digest(path) == before


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"\x00" * 4096,
                                     b"SQLite format 3\x00" + b"\xff" * 8000])
def test_damaged_file_gives_clear_message_and_is_never_overwritten(tmp_path, content):
    path = tmp_path / "lib.sqlite"
    path.write_bytes(content)
    with pytest.raises(LibraryError) as info:
        open_library(path)
    message = str(info.value)
    assert "\n" not in message and "left untouched" in message
    assert path.read_bytes() == content
    # ... and the app can carry on with another library
    with open_library(tmp_path / "other.sqlite") as other:
        assert not other.read_only


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "someone-else.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(LibraryError, match="not a Sanad library"):
        open_library(path)
    assert digest(path) == before


def test_folder_instead_of_file_is_a_clear_error(tmp_path):
    with pytest.raises(LibraryError, match="folder"):
        open_library(tmp_path)
