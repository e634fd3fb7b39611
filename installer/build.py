"""Build the shop-PC bundle: a PyInstaller one-folder app in ``dist/till/``.

Run: ``uv run --group build python installer/build.py``

One folder, never one file: a one-file app unpacks itself into a temp dir on
every start (slow on a till PC) and is what antivirus software flags.  The
folder holds the interpreter, Qt with its platform plugins (xcb for a real
window, offscreen for the self-test), our translations, theme and demo data,
python-escpos's printer capability data and phonenumbers' metadata.  The HQ
server and the test tools stay out.  Prints build time and bundle size.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "till"

# Imported only by the HQ server, benchmarks or tests: not part of a till.
EXCLUDES = [
    "sync.hq", "sync.bench", "sync.pgtemp", "fastapi", "uvicorn", "uvloop", "httptools", "starlette", "sqlalchemy", "psycopg",
    "psycopg_binary", "schemathesis", "hypothesis", "pytest", "pytestqt", "importlinter", "tkinter",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtXml", "PySide6.QtTest",
]
# Loaded by name at run time, so the import scan cannot see them.
HIDDEN = ["pos_client.ui.main_window", "pos_client.ui.setup_wizard", "pos_client.ui.returns_page",
          "pos_client.ui.refused_dialog", "pos_client.ui.settings_page", "sync.client", "hardware.printer",
          "hardware.scanner", "hardware.preview", "serial.tools.list_ports"]


def _data_args() -> list[str]:
    sep = ";" if sys.platform == "win32" else ":"
    args = []
    for sub in ("i18n", "qss", "demo", "icons"):
        src = ROOT / "resources" / sub
        if src.is_dir():
            files = [p for p in src.iterdir() if p.suffix not in (".ts", ".py")]   # sources stay out
            for f in files:
                args += ["--add-data", f"{f}{sep}resources/{sub}"]
    return args


def _trim_qt_translations(folder: Path) -> None:
    """Qt's own catalogues for the till's languages only (Qt ships none for nb)."""
    for qm in folder.rglob("PySide6/Qt/translations/*.qm"):
        if not qm.name.startswith(("qtbase_sv", "qtbase_en", "qt_sv", "qt_en")):
            qm.unlink()


def build() -> Path:
    shutil.rmtree(DIST / NAME, ignore_errors=True)
    start = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--name", NAME,
           "--distpath", str(DIST), "--workpath", str(WORK), "--specpath", str(WORK),
           "--collect-data", "escpos", "--collect-data", "phonenumbers",
           *[a for m in HIDDEN for a in ("--hidden-import", m)],
           *[a for m in EXCLUDES for a in ("--exclude-module", m)],
           *_data_args(), str(ROOT / "installer" / "entry.py")]
    subprocess.run(cmd, check=True, cwd=ROOT)
    folder = DIST / NAME
    # The console script's name, so docs and units read the same for source and bundle.
    exe = folder / (NAME + (".exe" if sys.platform == "win32" else ""))
    exe.rename(folder / ("pos-client" + exe.suffix))
    _trim_qt_translations(folder)
    seconds = time.monotonic() - start
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"built {folder} in {seconds:.0f} s; {size / 1e6:.0f} MB on disk")
    return folder


if __name__ == "__main__":
    build()
