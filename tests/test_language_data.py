"""Language data lives in resources/lexicons/, each file saying what it is for; only the
closed-class grammar of extract/arabic.py may sit in Python."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from extract.lexicons import load_tagged
from extract.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = ROOT / "extract"
LEXICONS = ROOT / "resources" / "lexicons"
GRAMMAR_MODULE = EXTRACT / "arabic.py"
MAX_WORDS_IN_CODE = 9  # a list of 10 or more Arabic words belongs in a lexicon file
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")
DISPLAYS = (ast.List, ast.Set, ast.Tuple, ast.Dict)
LEXICON_FILES = sorted(p for p in LEXICONS.iterdir() if p.suffix in (".txt", ".tsv"))
# tables whose columns are not tags: cue_verbs (kind, frames, participle), months (number,
# calendar), org_terms (role, English, flags)
TABLES = ("cue_verbs.tsv", "months.tsv", "org_terms.tsv")


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and \
                isinstance(body[0].value, ast.Constant):
            out.add(id(body[0].value))
    return out


def arabic_word_lists(source: str) -> list[tuple[int, int]]:
    """(line, number of Arabic string literals) of each outermost list/set/tuple/dict display
    holding more than MAX_WORDS_IN_CODE of them, and of each string literal (docstrings aside)
    holding more than MAX_WORDS_IN_CODE Arabic words («"قال أكد أضاف ...".split()»)."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found: list[tuple[int, int]] = []

    def visit(node: ast.AST, inside_display: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, DISPLAYS) and not inside_display:
                # words, not single letters: a table folding one letter into another (أ -> ا)
                # is orthography, not a word list
                n = sum(1 for sub in ast.walk(child) if isinstance(sub, ast.Constant) and
                        isinstance(sub.value, str) and ARABIC_WORD.search(sub.value))
                if n > MAX_WORDS_IN_CODE:
                    found.append((child.lineno, n))
                visit(child, True)
                continue
            if isinstance(child, ast.Constant) and isinstance(child.value, str) and \
                    id(child) not in docs:
                n = len(ARABIC_WORD.findall(child.value))
                if n > MAX_WORDS_IN_CODE:
                    found.append((child.lineno, n))
            visit(child, inside_display)

    visit(tree, False)
    return found


def _rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _header(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if not line.startswith("#"):
            break
        out.append(line)
    return "\n".join(out)


def test_no_arabic_word_list_in_python_outside_the_grammar_module() -> None:
    offenders = {}
    for path in sorted(EXTRACT.rglob("*.py")):
        if path == GRAMMAR_MODULE:
            continue
        found = arabic_word_lists(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}, "move these lists to resources/lexicons/ (extract/lexicons.py)"


def test_the_word_list_check_finds_lists_sets_dicts_and_split_strings() -> None:
    words = ", ".join(f'"{w}"' for w in "قال أكد أضاف أوضح أشار ذكر كشف أعلن نفى شدد".split())
    assert arabic_word_lists(f"X = ({words})\n") == [(1, 10)]
    assert arabic_word_lists(f"X = frozenset(norm(w) for w in [{words}])\n") == [(1, 10)]
    assert arabic_word_lists(f'X = {{"a": ({words}), "b": ("x",)}}\n') == [(1, 10)]
    assert arabic_word_lists('X = "قال أكد أضاف أوضح أشار ذكر كشف أعلن نفى شدد".split()\n') \
        == [(1, 10)]
    nine = ", ".join(f'"{w}"' for w in "قال أكد أضاف أوضح أشار ذكر كشف أعلن نفى".split())
    docstring = '"""قال أكد أضاف أوضح أشار ذكر كشف أعلن نفى شدد: a docstring, not a list."""\n'
    assert arabic_word_lists(f"{docstring}X = {{{nine}}}\n") == []


@pytest.mark.parametrize("path", LEXICON_FILES, ids=lambda p: p.name)
def test_every_lexicon_file_says_what_it_is_for_and_lists_each_entry_once(path: Path) -> None:
    header = _header(path)
    assert len(header) >= 80, f"{path.name} needs a header: what it is for, where it is used, how "\
        "it was compiled"
    rows = _rows(path)
    assert rows, f"{path.name} has no entries"
    # the code compares entries after normalisation, so spellings that normalise alike repeat one
    # entry (cue_verbs.tsv lists a cue once per kind)
    keys = [(normalize(r[0].strip()), r[1] if path.name == "cue_verbs.tsv" else "") for r in rows]
    repeated = [k for k, n in Counter(keys).items() if n > 1]
    assert repeated == []


@pytest.mark.parametrize("path", [p for p in LEXICON_FILES if p.name not in TABLES
                                  and p.suffix == ".tsv"], ids=lambda p: p.name)
def test_every_tag_of_a_tagged_list_is_explained_in_its_header(path: Path) -> None:
    """Word lists with tags (the other TSVs are tables with columns: TABLES)."""
    header = _header(path)
    tags = {tag for row in _rows(path) for tag in row[1].split()}
    assert all(len(row) == 2 and row[1].split() for row in _rows(path))
    assert tags and all(re.search(rf"^#\s+{tag}\s+-", header, re.M) for tag in tags), tags
    for tag in tags:
        assert load_tagged(path.name, tag)


def test_every_lexicon_file_is_read_by_the_code() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in EXTRACT.rglob("*.py"))
    unused = [p.name for p in LEXICON_FILES if p.name not in code]
    assert unused == []


def test_a_word_added_to_a_lexicon_file_changes_what_the_rules_do(tmp_path: Path) -> None:
    """A linguist's edit takes effect without touching Python: a new nationality adjective in
    nisba_adjectives.tsv makes «city + adjective» a club («ليون الزمبراوي»)."""
    bundle = tmp_path / "resources"
    bundle.mkdir()
    for item in (ROOT / "resources").iterdir():
        if item.name != "lexicons":
            (bundle / item.name).symlink_to(item)
    shutil.copytree(LEXICONS, bundle / "lexicons")
    script = ("import sys; sys._MEIPASS = sys.argv[1]\n"
              "from extract.ner.repairs import clubs_by_nationality\n"
              "print(clubs_by_nationality(['ليون', 'الزمبراوي'], ['B-LOC', 'O'])[0])\n")

    def first_tag() -> str:
        done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT,
                              capture_output=True, text=True, encoding="utf-8", check=True)
        return done.stdout.strip()

    assert first_tag() == "B-LOC"
    with open(bundle / "lexicons" / "nisba_adjectives.tsv", "a", encoding="utf-8") as fh:
        fh.write("زمبراوي\tclub\n")
    assert first_tag() == "B-ORG"


def test_a_misspelt_tag_fails_loudly_instead_of_matching_nothing() -> None:
    assert load_tagged("titles.tsv", "mention")
    with pytest.raises(ValueError):
        load_tagged("titles.tsv", "mentions")
