"""The dependency rules of DESIGN.md §1, checked by import-linter (pyproject.toml), and the
layout rules the contracts cannot see: drivers without the till, output only from the CLI."""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pos_client", "sync", "hardware")
# DESIGN.md §1 fixes the top level; these are its Python packages (resources/ holds data).
TOP_LEVEL_PACKAGES = {"pos_client", "sync", "hardware", "resources", "tests"}


def _lint_imports(root: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    env = {**os.environ, "PYTHONPATH": str(root)}      # this tree's packages, not the installed ones
    return subprocess.run([exe, "--config", str(root / "pyproject.toml"), "--no-cache"], cwd=root,
                          capture_output=True, text=True, timeout=180, env=env)


def test_import_contracts_hold():
    out = _lint_imports(ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", out.stdout)
    assert kept and int(kept.group(1)) >= 7, out.stdout


def test_a_layer_violation_fails_the_contracts(tmp_path):
    """The contracts bite: the store importing the facade (an upward import) is refused."""
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "pos_client" / "store" / "leak.py").write_text("from pos_client.services import Terminal\n")
    (tmp_path / "sync" / "hq" / "leak.py").write_text("from pos_client.store.db import connect\n")
    # The drivers borrowing the till's money text, and the counter drawing with Qt (issue 13).
    (tmp_path / "hardware" / "leak.py").write_text("from pos_client.domain.money import format_amount\n")
    counter = tmp_path / "pos_client" / "counter.py"
    counter.write_text(counter.read_text(encoding="utf-8") + "from PySide6.QtCore import QObject\n", encoding="utf-8")
    out = _lint_imports(tmp_path)
    assert out.returncode == 1, out.stdout
    assert "pos_client.store.leak -> pos_client.services" in out.stdout
    assert "sync.hq.leak -> pos_client.store.db" in out.stdout
    assert "hardware.leak -> pos_client.domain.money" in out.stdout
    assert "pos_client.counter is not allowed to import PySide6" in out.stdout
    assert re.search(r"Contracts: \d+ kept, 4 broken", out.stdout), out.stdout


def test_the_top_level_is_the_design_s():
    """No package of its own beside pos_client, sync and hardware (a shared grab-bag such as
    till_shared/ went: each neutral piece lives with a package, issue 13)."""
    found = {p.parent.name for p in ROOT.glob("*/__init__.py")}
    assert found == TOP_LEVEL_PACKAGES
    import tomllib
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]
    assert set(wheel["targets"]["wheel"]["packages"]) == TOP_LEVEL_PACKAGES - {"tests"}


def _imports_without(blocked: tuple[str, ...], modules: str) -> subprocess.CompletedProcess:
    """``import modules`` in a fresh interpreter where the ``blocked`` top-level packages cannot be imported."""
    code = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        f"        if name.split('.')[0] in {blocked!r}:\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"import {modules}\n"
        "print('ok')\n")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_the_drivers_import_without_the_till():
    out = _imports_without(("pos_client", "sync"),
                           "hardware.printer, hardware.receipt, hardware.scanner, hardware.preview, hardware.drawer")
    assert out.stdout.strip() == "ok", out.stderr


# Output is the command line's: the sync client, printing, the facade and the GUI's self-test
# (app.selftest) return results.  The load test's command (python -m sync.loadtest) and its
# probe process print too.
PRINT_ALLOWED = re.compile(r"^pos_client/cli\w*\.py$|^sync/hq/cli\w*\.py$|^sync/loadtest/(cli|probe)\.py$")


def _prints_outside_main(tree: ast.AST) -> list[int]:
    main_blocks = [n for n in ast.walk(tree) if isinstance(n, ast.If) and "__main__" in ast.unparse(n.test)]
    inside = {id(c) for block in main_blocks for c in ast.walk(block)}
    return [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
            and n.func.id == "print" and id(n) not in inside]


def test_only_the_command_line_prints():
    found = []
    for name in PACKAGES:
        for path in (ROOT / name).rglob("*.py"):
            rel = path.relative_to(ROOT).as_posix()
            if PRINT_ALLOWED.match(rel):
                continue
            found += [f"{rel}:{line}" for line in _prints_outside_main(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []


# Above the facade: they ask the facade, never the store (issue 13).
ABOVE_SERVICES = ("pos_client/ui/", "pos_client/counter.py", "pos_client/app.py", "pos_client/printing.py",
                  "pos_client/setup.py", "pos_client/support.py")


def test_sql_lives_in_the_store():
    """The till's SQL is in pos_client/store (HQ's in sync/hq); the UI asks the facade."""
    sql = re.compile(r"""["'](SELECT|INSERT|UPDATE|DELETE)\s""")
    found = []
    for path in (ROOT / "pos_client").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("pos_client/store/") or rel == "pos_client/bench.py":    # the bench's raw baseline
            continue
        text = path.read_text(encoding="utf-8")
        found += [f"{rel}: {m.group(0)}" for m in sql.finditer(text)]
        if rel.startswith(ABOVE_SERVICES) and re.search(r"\.store\b", text):
            found.append(f"{rel}: reads terminal.store")
    for path in (ROOT / "sync").glob("*.py"):
        found += [f"{path.name}: {m.group(0)}" for m in sql.finditer(path.read_text(encoding="utf-8"))]
    assert found == []


def _reaches_into_window(tree: ast.AST) -> list[int]:
    """Lines that read an attribute of ``window`` or ``self.window`` (the page holding its window)."""
    def is_window(node) -> bool:
        return (isinstance(node, ast.Name) and node.id == "window") or (
            isinstance(node, ast.Attribute) and node.attr == "window" and isinstance(node.value, ast.Name))
    return [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and is_window(n.value)]


def test_pages_never_reach_into_the_window():
    """The window's pieces get what they need passed in and signal back (issue 13): only the
    window itself, the composition root's test probe and the GUI bench hold the window."""
    holders = {"main_window.py", "probe.py", "bench.py"}
    found = []
    for path in sorted((ROOT / "pos_client" / "ui").glob("*.py")):
        if path.name not in holders:
            found += [f"{path.name}:{line}" for line in _reaches_into_window(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []


def test_the_counter_imports_without_qt():
    out = _imports_without(("PySide6",), "pos_client.counter")
    assert out.stdout.strip() == "ok", out.stderr
