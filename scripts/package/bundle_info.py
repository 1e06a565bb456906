"""What goes into the Sanad bundle and how each platform describes it.

build.spec reads everything from here, so the packaging choices (version, data files, exclusions,
Info.plist, Windows version resource) can be checked by tests/test_packaging.py without building.
"""

from __future__ import annotations

import ast
import os
import re
import tomllib
from pathlib import Path

APP_NAME = "Sanad"
BUNDLE_ID = "org.sanad.Sanad"
COPYRIGHT = "Sanad contributors, MIT licence"
DESCRIPTION = "Offline reading assistant for Arabic news"

# camel-tools reads these at run time (CharMapper.builtin_mapper, camel_tools.__version__);
# PyInstaller ships no hook for them. Nothing else from its package data is wanted.
CAMEL_TOOLS_DATA = ["utils/charmaps/*.json", "VERSION"]

# Qt modules Sanad never imports (app/ uses QtCore, QtGui, QtWidgets and QtPrintSupport).
UNUSED_QT = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets",
    "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]

# camel-tools parts that download data over the network on import or need torch: never shipped.
CAMEL_TOOLS_FORBIDDEN = [
    "camel_tools.cli", "camel_tools.data", "camel_tools.dialectid", "camel_tools.disambig",
    "camel_tools.morphology", "camel_tools.ner", "camel_tools.sentiment", "camel_tools.tagger",
    "camel_tools.tokenizers.morphological",
]

# The batch runner's cluster engine (`python -m extract batch`, the `batch` dependency group), the
# parts of its stack nothing in the app imports, and the runner's modules that import it: the
# desktop app never runs a Dask cluster (it only reads a batch's output, extract.batch.output).
# `python -m extract` is the developer CLI; the frozen app's entry is app.main.
BATCH_ONLY = [
    "dask", "distributed", "tornado", "msgpack", "cloudpickle", "partd", "toolz", "zict",
    "tblib", "locket", "fsspec", "psutil", "sortedcontainers", "lazy_importer",
    "extract.batch.run", "extract.batch.task", "extract.batch.cli", "extract.__main__",
]

# Training code (`python -m extract.training.ner|names`): builds the shipped models from corpora
# that never ship; the app only loads the models.
TRAINING_ONLY = ["extract.training"]

EXCLUDES = sorted(
    [f"PySide6.{name}" for name in UNUSED_QT]
    + CAMEL_TOOLS_FORBIDDEN
    + BATCH_ONLY
    + TRAINING_ONLY
    + [
        # the ML stack camel-tools' other parts pull in (not installed, but never bundle it)
        "torch", "transformers", "kenlm", "tensorflow", "scipy", "sklearn", "pandas",
        # optional extras of our dependencies that Sanad does not use
        "numpy", "matplotlib", "IPython", "PIL",
        # GUI toolkits and tooling that must not ride along
        "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
        "test", "tests", "bench", "pytest", "_pytest", "pytestqt", "hypothesis",
        "PyInstaller", "pip", "setuptools", "pkg_resources", "ruff",
    ]
)

# Sanad's interface languages. Babel (needed by trafilatura -> courlan at import) ships ~30 MB of
# locale data and Qt ~7 MB of translations for every language; only these (and Babel's root) ship.
UI_LANGUAGES = {"ar", "en"}
_QT_CATALOGUES = ("qt", "qtbase")

# Documents the macOS app offers to open: (UTI, extensions, name).
DOCUMENT_TYPES = [
    ("public.plain-text", ["txt"], "Text article"),
    ("public.html", ["html", "htm"], "Saved web page"),
    ("org.openxmlformats.wordprocessingml.document", ["docx"], "Word document"),
]

_SKIPPED_NAMES = {"__pycache__", ".DS_Store", "Thumbs.db"}


def read_version(root: Path) -> str:
    """The release version: extract.__version__, which must agree with pyproject.toml."""
    tree = ast.parse((root / "extract" / "__init__.py").read_text(encoding="utf-8"))
    package_version = next(
        node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
        and isinstance(node.value, ast.Constant)
    )
    with open(root / "pyproject.toml", "rb") as fp:
        project_version = tomllib.load(fp)["project"]["version"]
    if package_version != project_version:
        raise SystemExit(
            f"version mismatch: extract.__version__ is {package_version}, "
            f"pyproject.toml says {project_version}"
        )
    return package_version


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for the Windows version resource and CFBundleVersion ('0.1.0rc1' -> 0,1,0,0)."""
    numbers = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """Every file under resources/ as a PyInstaller (source, destination folder) pair.

    Whatever is in resources/ at build time ships, at the same relative place under
    `<bundle>/resources` (where extract.resources.resources_dir() looks when frozen).
    """
    base = root / "resources"
    datas = []
    for path in sorted(base.rglob("*")):
        relative = path.relative_to(base)
        if not path.is_file() or _skipped(relative):
            continue
        datas.append((str(path), str(Path("resources") / relative.parent)))
    return datas


def _skipped(relative: Path) -> bool:
    """Caches, hidden files, and Qt Linguist sources (.ts: the app loads the compiled .qm)."""
    return (
        any(part in _SKIPPED_NAMES or part.startswith(".") for part in relative.parts)
        or relative.suffix == ".pyc"
        or (relative.parts[0] == "translations" and relative.suffix == ".ts")
    )


def drop_unused_locales(datas: list) -> list:
    """Filter Analysis.datas (TOC tuples) down to the Babel locales and Qt catalogues Sanad uses."""
    return [entry for entry in datas if _locale_wanted(str(entry[0]).replace("\\", "/"))]


def _locale_wanted(dest: str) -> bool:
    folder, _, filename = dest.rpartition("/")
    if folder == "babel/locale-data" and filename.endswith(".dat"):
        locale = filename.removesuffix(".dat")
        return locale == "root" or locale.split("_")[0] in UI_LANGUAGES
    if folder.endswith("Qt/translations") and filename.endswith(".qm"):
        catalogue, _, language = filename.removesuffix(".qm").partition("_")
        return catalogue in _QT_CATALOGUES and language.split("_")[0] in UI_LANGUAGES
    return True


def info_plist(version: str) -> dict:
    """Info.plist entries for the macOS .app: identity, version and the documents it opens."""
    short = ".".join(str(n) for n in version_tuple(version)[:3])
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": short,
        "CFBundleVersion": version,
        "NSHumanReadableCopyright": COPYRIGHT,
        "LSApplicationCategoryType": "public.app-category.productivity",
        # PySide6 6.11's wheels are built for macOS 13 and later
        "LSMinimumSystemVersion": os.environ.get("MACOSX_DEPLOYMENT_TARGET", "13.0"),
        "NSHighResolutionCapable": True,
        "NSPrincipalClass": "NSApplication",
        "NSRequiresAquaSystemAppearance": False,
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": name,
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": [uti],
                "CFBundleTypeExtensions": extensions,
            }
            for uti, extensions, name in DOCUMENT_TYPES
        ],
    }


def windows_version_text(version: str, exe_name: str) -> str:
    """A PyInstaller version-resource file (the format `pyi-grab_version` writes) for the EXE."""
    numbers = version_tuple(version)
    return f"""# UTF-8 -- generated by build.spec from scripts/package/bundle_info.py
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
        StringStruct('CompanyName', '{APP_NAME}'),
        StringStruct('FileDescription', '{APP_NAME} - {DESCRIPTION}'),
        StringStruct('FileVersion', '{version}'),
        StringStruct('InternalName', '{exe_name}'),
        StringStruct('LegalCopyright', '{COPYRIGHT}'),
        StringStruct('OriginalFilename', '{exe_name}.exe'),
        StringStruct('ProductName', '{APP_NAME}'),
        StringStruct('ProductVersion', '{version}')
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
