"""Nothing a user wrote is lost: SIGKILL mid-write, two processes, full disk, read-only file.

The writers killed or raced are separate processes (tests/children.py), each with its own SQLite
connection to the file, as two running Sanads or a killed one would be."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from children import Child

from app.library import LibraryError, open_library
from app.library.articles import add_article, count_articles, get_article
from app.library.notes import add_article_note, get_note, notes_for_article, update_note_body

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

NOTE_WRITER = textwrap.dedent("""
    import sys
    from app.library import open_library
    from app.library.notes import add_article_note, update_note_body
    path, article, tag, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    lib = open_library(path)
    print("ready", flush=True)
    for i in range(count):
        note = add_article_note(lib, article, f"{tag} {i} first")
        update_note_body(lib, note, f"{tag} {i} " + "ملاحظة " * (i % 50))
        print(note, i, flush=True)  # only after the write has returned (committed)
    lib.close()
""")

BATCH_IMPORTER = textwrap.dedent("""
    import sys
    from app.library import open_library
    from app.library.articles import add_article
    lib = open_library(sys.argv[1])
    print("ready", flush=True)
    for batch in range(1000):
        with lib.writing():
            for i in range(50):
                add_article(lib, None, f"مقال رقم {batch}-{i} " + "نص " * 300, f"b{batch}-{i}")
        print(batch, flush=True)
""")


def expected_body(tag: str, i: int) -> str:
    return f"{tag} {i} " + "ملاحظة " * (i % 50)


@posix_only
def test_sigkill_during_note_writes_never_loses_a_returned_write(tmp_path):
    path = tmp_path / "lib.sqlite"
    with open_library(path) as lib:
        article = add_article(lib, "خبر", "نص المقال.", "a.txt").article_id
    rng = random.Random(5)
    confirmed: dict[int, str] = {}
    for round_ in range(10):
        child = Child(NOTE_WRITER, path, article, f"r{round_}", 100000)
        assert child.readline() == "ready"
        for _ in range(rng.randint(3, 40)):
            note, i = child.readline().split()
            confirmed[int(note)] = expected_body(f"r{round_}", int(i))
        time.sleep(rng.random() * 0.02)  # land the kill at a random point of a write
        child.kill()
        # Lines printed after commit, before the kill, must be there too (each line is one
        # message: one the kill interrupted was never sent, so never a confirmation).
        for line in child.communicate():
            note, i = line.split()
            confirmed[int(note)] = expected_body(f"r{round_}", int(i))
        assert child.returncode == -signal.SIGKILL
    with open_library(path) as lib:
        assert lib.integrity_ok()
        for note, body in confirmed.items():
            assert get_note(lib, note).body == body
    assert len(confirmed) >= 30


@posix_only
def test_sigkill_during_a_batch_import_keeps_whole_batches_only(tmp_path):
    path = tmp_path / "lib.sqlite"
    open_library(path).close()
    for _ in range(3):
        child = Child(BATCH_IMPORTER, path)
        assert child.readline() == "ready"
        child.readline()
        time.sleep(random.random() * 0.3)
        child.kill()
        child.communicate()
        assert child.returncode == -signal.SIGKILL
    with open_library(path) as lib:
        assert lib.integrity_ok()
        n = count_articles(lib)
        assert n > 0 and n % 50 == 0  # a batch is one transaction: all of it or none
        fts = lib.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == n


OPEN_AND_ADD = textwrap.dedent("""
    import sys
    from app.library import open_library
    from app.library.articles import add_article
    with open_library(sys.argv[1]) as lib:
        print(add_article(lib, None, "مقال من العملية " + sys.argv[2], sys.argv[2]).article_id)
""")


def test_two_processes_create_and_share_one_library_without_lost_writes(tmp_path):
    path = tmp_path / "fresh" / "lib.sqlite"
    # both race to create and migrate a new library file
    openers = [Child(OPEN_AND_ADD, path, name) for name in ("one", "two")]
    ids = []
    for child in openers:
        (out,) = child.communicate(timeout=120)
        assert child.returncode == 0
        ids.append(int(out))
    assert sorted(ids) == [1, 2]
    children = [Child(NOTE_WRITER, path, ids[0], tag, 120) for tag in ("left", "right")]
    outputs = [child.communicate(timeout=300) for child in children]
    for child in children:
        assert child.returncode == 0
    with open_library(path) as lib:
        assert lib.integrity_ok()
        bodies = {n.id: n.body for n in notes_for_article(lib, ids[0])}
    for tag, out in zip(("left", "right"), outputs, strict=True):
        assert out[0] == "ready"
        lines = [line.split() for line in out[1:]]
        assert len(lines) == 120
        for note, i in lines:
            assert bodies[int(note)] == expected_body(tag, int(i))
    assert len(bodies) == 240


def test_full_disk_gives_clear_message_and_keeps_what_was_saved(tmp_path):
    path = tmp_path / "lib.sqlite"
    lib = open_library(path)
    article = add_article(lib, "خبر", "نص محفوظ.", "a.txt").article_id
    note = add_article_note(lib, article, "ملاحظة محفوظة")
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    lib.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is now (nearly) full
    with pytest.raises(LibraryError) as info:
        add_article(lib, "كبير", "نص طويل جدا " * 50000, "big.txt")
    assert "disk is full" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(LibraryError, match="disk is full"):
        update_note_body(lib, note, "تعديل طويل " * 50000)
    # the library still works for reading and for small changes, and nothing saved was harmed
    assert get_note(lib, note).body == "ملاحظة محفوظة"
    assert count_articles(lib) == 1
    lib.close()
    with open_library(path) as again:
        assert again.integrity_ok()
        assert get_note(again, note).body == "ملاحظة محفوظة"
        assert get_article(again, article).text == "نص محفوظ."


def _make_read_only(path: Path) -> bool:
    """chmod the file; as root (who ignores modes) mark it immutable. False if impossible."""
    path.chmod(0o444)
    if not os.access(path, os.W_OK):
        return True
    if shutil.which("chattr"):
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        return done.returncode == 0 and not os.access(path, os.W_OK)
    return False


def _undo_read_only(path: Path) -> None:
    if shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    path.chmod(0o644)


def test_read_only_library_file_opens_read_only_with_clear_message(tmp_path):
    path = tmp_path / "lib.sqlite"
    with open_library(path) as lib:
        article = add_article(lib, "خبر", "نص للقراءة فقط.", "a.txt").article_id
        note = add_article_note(lib, article, "ملاحظة قديمة")
    before = path.read_bytes()
    if not _make_read_only(path):
        pytest.skip("cannot make a read-only file here")
    try:
        with open_library(path) as lib:
            assert lib.read_only and "read-only" in lib.notice
            assert get_note(lib, note).body == "ملاحظة قديمة"
            with pytest.raises(LibraryError, match="read-only"):
                update_note_body(lib, note, "لن تحفظ")
            with pytest.raises(LibraryError, match="read-only"):
                add_article(lib, "جديد", "نص جديد.", "b.txt")
    finally:
        _undo_read_only(path)
    assert path.read_bytes() == before
