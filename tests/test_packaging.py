"""Cheap packaging checks that need no PyInstaller build.

build.spec is executed with stand-ins for PyInstaller's build classes, so what it would put in the
bundle (data files, exclusions, icons, Info.plist, Windows version resource) is checked in a
second. The real build and the frozen `--selftest` run in scripts/build_linux.sh (see
scripts/package/README.md) because they take about a minute.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PyInstaller.utils.hooks import collect_data_files  # noqa: F401 - imported before any patch

import extract

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
sys.path.insert(0, str(ROOT / "scripts" / "package"))
import bundle_info  # noqa: E402


class _Recorder:
    """Stands in for one PyInstaller build class and remembers how the spec called it."""

    calls: dict[str, list[_Recorder]]

    def __init__(self, kind: str, *args, **kwargs):
        self.kind, self.args, self.kwargs = kind, args, kwargs
        if kind == "Analysis":
            self.datas = list(kwargs.get("datas", []))
            self.pure, self.scripts, self.binaries = [], [], []


def run_spec(monkeypatch, tmp_path: Path, platform: str) -> dict[str, list[_Recorder]]:
    """Execute build.spec as PyInstaller would on `platform`; return the recorded build steps."""
    calls: dict[str, list[_Recorder]] = {}

    def factory(kind):
        def build(*args, **kwargs):
            step = _Recorder(kind, *args, **kwargs)
            calls.setdefault(kind, []).append(step)
            return step

        return build

    namespace = {name: factory(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(ROOT), SPEC=str(SPEC), workpath=str(tmp_path),
                     DISTPATH=str(tmp_path / "dist"), __file__=str(SPEC))
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return calls


@pytest.fixture
def linux_build(monkeypatch, tmp_path):
    return run_spec(monkeypatch, tmp_path, "linux")


def _datas(calls) -> list[tuple[str, str]]:
    return [(str(src), str(Path(dest))) for src, dest in calls["Analysis"][0].kwargs["datas"]]


def test_every_resource_file_ships_under_resources(linux_build):
    shipped = set(_datas(linux_build))
    resources = ROOT / "resources"
    expected = {
        (str(path), str(Path("resources") / path.relative_to(resources).parent))
        for path in resources.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
        and not any(part.startswith(".") for part in path.relative_to(resources).parts)
        and not (path.parent.name == "translations" and path.suffix == ".ts")
    }
    assert expected, "resources/ is empty"
    assert expected <= shipped
    # translation sources stay home; the compiled catalogues the app loads ship
    assert not any(src.endswith(".ts") for src, _ in shipped)
    dests = {dest for _, dest in shipped}
    assert str(Path("resources/samples")) in dests and str(Path("resources/fonts")) in dests
    # the word lists the rules read (extract/lexicons.py) ship beside the models
    lexicons = {Path(src).name for src, dest in shipped if dest == str(Path("resources/lexicons"))}
    assert {"titles.tsv", "given_names.txt", "cue_verbs.tsv", "boilerplate.txt"} <= lexicons


def test_camel_tools_charmaps_ship_and_nothing_else_of_its_data(linux_build):
    camel = [(src, dest) for src, dest in _datas(linux_build) if "camel_tools" in dest]
    names = {Path(src).name for src, _ in camel}
    # the maps extract/ uses (names/letters.py transliterates with ar2bw and ar2hsb)
    assert {"ar2bw_map.json", "ar2hsb_map.json", "VERSION"} <= names
    for src, dest in camel:
        assert dest in (str(Path("camel_tools/utils/charmaps")), "camel_tools"), (src, dest)
        assert not src.endswith(".py")


def test_spec_excludes_what_must_never_ship(linux_build):
    excludes = set(linux_build["Analysis"][0].kwargs["excludes"])
    never = {"camel_tools.data", "camel_tools.morphology", "camel_tools.ner", "camel_tools.tagger",
             "camel_tools.disambig", "torch", "transformers", "tkinter", "pytest",
             "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork",
             "extract.training"}  # training code builds the models; the app only loads them
    assert never <= excludes


def _is_excluded(module: str) -> bool:
    return any(module == ex or module.startswith(ex + ".") for ex in bundle_info.EXCLUDES)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _optional_import(node: ast.AST) -> bool:
    """`try: import x` / `except ImportError:` - the program runs on without the module (the
    NER's numpy path falls back to CRFsuite), so the bundle may leave it out."""
    return isinstance(node, ast.Try) and \
        all(isinstance(n, ast.Import | ast.ImportFrom) for n in node.body) and \
        any(getattr(h.type, "id", None) in ("ImportError", "ModuleNotFoundError")
            for h in node.handlers)


def _run_time_nodes(tree: ast.AST):
    """Every node of `tree` except what sits under `if TYPE_CHECKING:` (never imported when
    the program runs, so it may name modules the bundle leaves out) and optional imports."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for branch in node.orelse:
                yield branch
                yield from _run_time_nodes(branch)
            continue
        if _optional_import(node):
            for branch in node.handlers:
                yield branch
                yield from _run_time_nodes(branch)
            continue
        yield node
        yield from _run_time_nodes(node)


def _imported_modules(folder: Path) -> dict[str, str]:
    """Every absolute module imported anywhere under `folder` -> the first file importing it.

    Modules the bundle excludes themselves (the batch runner) are not read: they never ship.
    """
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        if _is_excluded(_module_name(path)):
            continue
        for node in _run_time_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                found.setdefault(name, str(path.relative_to(ROOT)))
    return found


@pytest.mark.parametrize("package", ["app", "extract"])
def test_nothing_the_app_imports_is_excluded_from_the_bundle(package):
    """A frozen app would crash on an import the spec excluded; catch it before a build does."""
    clashes = {
        module: where
        for module, where in _imported_modules(ROOT / package).items()
        if _is_excluded(module)
    }
    assert not clashes, f"imported but excluded in bundle_info.EXCLUDES: {clashes}"


BATCH_STACK = {"dask", "distributed", "tornado", "msgpack", "cloudpickle", "partd", "toolz",
               "zict", "tblib", "psutil"}


def test_the_batch_cluster_engine_stays_out_of_the_bundle(linux_build):
    """Dask is for `python -m extract batch` only: a dependency group, excluded from the build."""
    excludes = set(linux_build["Analysis"][0].kwargs["excludes"])
    assert BATCH_STACK | {"extract.batch.run", "extract.batch.task"} <= excludes
    with open(ROOT / "pyproject.toml", "rb") as fp:
        project = tomllib.load(fp)
    assert not any(dep.lower().startswith(("dask", "distributed"))
                   for dep in project["project"]["dependencies"])
    assert any(dep.startswith("dask[distributed]")
               for dep in project["dependency-groups"]["batch"])
    # `uv run pytest` on a fresh clone installs the group, so the batch tests run
    assert "batch" in project["tool"]["uv"]["default-groups"]


def test_the_app_never_imports_the_batch_engine():
    """The window, the app's start-up, the analyser and the archive import load no Dask module."""
    probe = ("import sys, app.main, app.window, app.library.batch_import, extract.analyze; "
             f"print(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(BATCH_STACK)!r}"
             " or m in ('extract.batch.run', 'extract.batch.task')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_version_comes_from_the_package_and_agrees_with_pyproject(linux_build):
    with open(ROOT / "pyproject.toml", "rb") as fp:
        assert tomllib.load(fp)["project"]["version"] == extract.__version__
    assert bundle_info.read_version(ROOT) == extract.__version__
    assert bundle_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert bundle_info.version_tuple("1.2rc1") == (1, 2, 0, 0)


def test_linux_build_is_one_folder_named_sanad(linux_build):
    (exe,) = linux_build["EXE"]
    assert exe.kwargs["name"] == "sanad" and exe.kwargs["exclude_binaries"] is True
    (coll,) = linux_build["COLLECT"]
    assert coll.kwargs["name"] == "Sanad"
    assert "BUNDLE" not in linux_build


def test_windows_build_has_windowed_and_console_exes_with_icon_and_version(monkeypatch, tmp_path):
    calls = run_spec(monkeypatch, tmp_path, "win32")
    exes = {exe.kwargs["name"]: exe.kwargs for exe in calls["EXE"]}
    assert exes["Sanad"]["console"] is False and exes["sanad-cli"]["console"] is True
    for options in exes.values():
        assert Path(options["icon"]).is_file() and options["icon"].endswith(".ico")
        version_text = Path(options["version"]).read_text(encoding="utf-8")
        tree = ast.parse(version_text, mode="eval")  # the format PyInstaller evaluates
        assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
        assert f"StringStruct('ProductVersion', '{extract.__version__}')" in version_text
        numbers = tuple(int(n) for n in re.search(r"filevers=\(([\d, ]+)\)", version_text)
                        .group(1).split(","))
        assert numbers == bundle_info.version_tuple(extract.__version__)


def test_macos_bundle_declares_identity_version_and_documents(monkeypatch, tmp_path):
    calls = run_spec(monkeypatch, tmp_path, "darwin")
    (bundle,) = calls["BUNDLE"]
    assert bundle.kwargs["name"] == "Sanad.app"
    assert Path(bundle.kwargs["icon"]).is_file() and bundle.kwargs["icon"].endswith(".icns")
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleIdentifier"] == bundle.kwargs["bundle_identifier"] == "org.sanad.Sanad"
    assert plist["CFBundleVersion"] == extract.__version__
    extensions = {ext for doc in plist["CFBundleDocumentTypes"]
                  for ext in doc["CFBundleTypeExtensions"]}
    assert {"txt", "html", "docx"} <= extensions
    (exe,) = calls["EXE"]
    assert exe.kwargs["argv_emulation"] is True


def test_locale_trimming_keeps_the_interface_languages_only():
    datas = [
        ("babel/locale-data/root.dat", "src", "DATA"),
        ("babel/locale-data/ar_EG.dat", "src", "DATA"),
        ("babel/locale-data/en.dat", "src", "DATA"),
        ("babel/locale-data/fr.dat", "src", "DATA"),
        ("babel/global.dat", "src", "DATA"),
        ("PySide6/Qt/translations/qtbase_ar.qm", "src", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
        ("PySide6/Qt/translations/qt_help_ar.qm", "src", "DATA"),
        ("resources/samples/seed-libya.txt", "src", "DATA"),
    ]
    kept = {entry[0] for entry in bundle_info.drop_unused_locales(datas)}
    assert kept == {"babel/locale-data/root.dat", "babel/locale-data/ar_EG.dat",
                    "babel/locale-data/en.dat", "babel/global.dat",
                    "PySide6/Qt/translations/qtbase_ar.qm", "resources/samples/seed-libya.txt"}


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _png_size(blob: bytes) -> tuple[int, int]:
    assert blob[:8] == PNG_MAGIC
    return struct.unpack(">II", blob[16:24])


def check_ico(path: Path) -> None:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        png_w, png_h = _png_size(data[offset: offset + length])
        assert (png_w, png_h) == (width or 256, height or 256)
        sizes.append(png_w)
    assert {16, 32, 48, 256} <= set(sizes)


def check_icns(path: Path) -> None:
    data = path.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    elements, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos: pos + 4], struct.unpack(">I", data[pos + 4: pos + 8])[0]
        elements[kind] = _png_size(data[pos + 8: pos + length])
        pos += length
    assert pos == len(data)
    assert elements[b"ic10"] == (1024, 1024) and elements[b"icp4"] == (16, 16)


def test_shipped_icons_are_well_formed():
    """Windows reads every size of the .ico; macOS refuses an .icns with a wrong length."""
    icons = ROOT / "resources" / "icons"
    check_ico(icons / "sanad.ico")
    check_icns(icons / "sanad.icns")
    assert _png_size((icons / "sanad.png").read_bytes()) == (512, 512)


def test_icon_writers_round_trip_what_make_icon_draws(tmp_path, qapp):
    spec = importlib.util.spec_from_file_location("make_icon", ROOT / "scripts" / "make_icon.py")
    make_icon = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icon)
    assert make_icon.main([str(tmp_path)]) == 0
    assert _png_size((tmp_path / "sanad.png").read_bytes()) == (512, 512)
    check_ico(tmp_path / "sanad.ico")
    check_icns(tmp_path / "sanad.icns")


def test_ci_workflow_and_installer_scripts_point_at_files_that_exist():
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    for script in set(re.findall(r"scripts/[\w/.-]+\.(?:sh|ps1)", workflow)):
        assert (ROOT / script).is_file(), script
    assert workflow.count("--selftest") >= 1
    for runner in ("ubuntu-latest", "windows-latest", "macos-latest"):
        assert runner in workflow
    iss = (ROOT / "scripts" / "package" / "windows" / "sanad.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "{autoprograms}" in iss and "Sanad.exe" in iss
