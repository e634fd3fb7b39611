"""The installer's files agree with the code they install (the bundle itself is built and
run end to end by installer/check_bundle.sh in CI)."""

import configparser
import re
import tomllib
from pathlib import Path

from pos_client import __version__

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"


def _unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser


def _scripts() -> set[str]:
    return set(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"])


def test_desktop_entry_launches_the_till_with_its_icon():
    entry = _unit(INSTALLER / "linux" / "till.desktop")["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Exec"].endswith("/pos-client")
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    assert "Office" in entry["Categories"].split(";") and entry["Name[nb]"] == "Kasse"


def test_systemd_units_start_our_console_scripts():
    user = _unit(INSTALLER / "linux" / "till.service")
    assert Path(user["Service"]["ExecStart"].split()[0]).name in _scripts()
    assert user["Install"]["WantedBy"] == "graphical-session.target"
    hq = _unit(INSTALLER / "hq" / "pos-hq.service")
    command = hq["Service"]["ExecStart"].split()
    assert Path(command[0]).name in _scripts() and command[1] == "serve" and "127.0.0.1" in command
    assert hq["Service"]["NoNewPrivileges"] == "yes" and hq["Service"]["User"] == "pos-hq"


def test_windows_installer_has_the_apps_version_and_keeps_data_by_default():
    iss = (INSTALLER / "windows" / "till.iss").read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "([^"]+)"', iss).group(1) == __version__
    assert "PrivilegesRequired=admin" in iss and "{commonstartup}" in iss
    assert "MB_DEFBUTTON2" in iss                       # "delete data?" defaults to No


def test_every_runtime_resource_goes_into_the_bundle():
    import importlib.util
    spec = importlib.util.spec_from_file_location("build", INSTALLER / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    bundled = {Path(arg.split(":")[0]).relative_to(ROOT / "resources").as_posix()
               for arg in build._data_args() if not arg.startswith("--")}
    for lang in ("nb", "sv", "en"):
        assert f"i18n/till_{lang}.qm" in bundled
    assert {"qss/till.qss", "demo/program.toml", "demo/catalogue.csv", "demo/members.csv",
            "icons/till.svg"} <= bundled
    assert not any(name.endswith(".ts") for name in bundled)


def test_linux_package_list_names_the_library_qt_65_needs():
    packages = (INSTALLER / "linux" / "packages.txt").read_text().split()
    assert "libxcb-cursor0" in packages and len(packages) == len(set(packages))
