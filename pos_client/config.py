"""The terminal's TOML config (DESIGN.md §3), validated into plain values.

No config at all means demo mode.  A malformed config is one clear line that
names the file and the key, never a traceback.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import platformdirs

from .domain.errors import InvalidInput
from .domain.money import CURRENCIES

APP_NAME = "till"
LANGUAGES = ("nb", "sv", "en")


class ConfigError(InvalidInput):
    key = "invalid_config"


@dataclass(frozen=True)
class TerminalConfig:
    name: str = "Demo kasse 1"
    country: str = "NO"
    language: str = ""          # empty: follow the system locale
    currency: str = "NOK"
    data_dir: str = ""
    register_id: str = ""       # the till's id on receipts, reports and in SAF-T (default: from terminal_id)


@dataclass(frozen=True)
class ShopConfig:
    """The shop's legal identity (DESIGN.md §8); checked when the till opens (domain.shop)."""

    legal_name: str = ""
    address: str = ""
    org_number: str = ""        # 9 digits, mod-11 check digit; empty outside demo: no selling
    vat_registered: bool = True


@dataclass(frozen=True)
class HqConfig:
    url: str = ""               # empty: standalone
    timeout_s: float = 10


@dataclass(frozen=True)
class PrinterConfig:
    uri: str = "preview:"
    profile: str = "TM-T20II"
    width_mm: int = 80
    codepage: str = "CP858"
    drawer_pin: int = 2         # cash drawer on pin 2 or pin 5 of the printer's drawer port


@dataclass(frozen=True)
class ScannerConfig:
    mode: str = "keyboard"
    prefix: str = ""
    suffix: str = "\r"


@dataclass(frozen=True)
class Config:
    terminal: TerminalConfig = field(default_factory=TerminalConfig)
    hq: HqConfig = field(default_factory=HqConfig)
    printer: PrinterConfig = field(default_factory=PrinterConfig)
    scanner: ScannerConfig = field(default_factory=ScannerConfig)
    shop: ShopConfig = field(default_factory=ShopConfig)
    demo: bool = False
    path: str = ""

    @property
    def data_path(self) -> Path:
        if self.terminal.data_dir:
            return Path(self.terminal.data_dir).expanduser()
        sub = "demo" if self.demo else "terminal"
        return Path(platformdirs.user_data_dir(APP_NAME)) / sub


SECTIONS = {"terminal": TerminalConfig, "hq": HqConfig, "printer": PrinterConfig,
            "scanner": ScannerConfig, "shop": ShopConfig}


def parse_config(text: str, source: str = "<config>") -> Config:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc})") from None
    parts = {}
    for section, value in raw.items():
        cls = SECTIONS.get(section)
        if cls is None:
            raise ConfigError(f"{source}: [{section}]: unknown section (known: {', '.join(SECTIONS)})")
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: {section}: must be a table")
        parts[section] = _section(cls, section, value, source)
    config = Config(**parts, path=source)
    _check(config, source)
    return config


def _section(cls, section: str, values: dict, source: str):
    known = {f.name: f for f in fields(cls)}
    out = {}
    for key, value in values.items():
        f = known.get(key)
        if f is None:
            raise ConfigError(f"{source}: {section}.{key}: unknown key (known: {', '.join(known)})")
        default = f.default
        if isinstance(default, bool) or isinstance(value, bool):
            ok = isinstance(value, type(default))
        elif isinstance(default, (int, float)):
            ok = isinstance(value, (int, float))
        else:
            ok = isinstance(value, str)
        if not ok:
            raise ConfigError(f"{source}: {section}.{key}: expected {type(default).__name__}, got {value!r}")
        out[key] = value
    return cls(**out)


def _check(config: Config, source: str) -> None:
    t = config.terminal
    if t.language and t.language not in LANGUAGES:
        raise ConfigError(f"{source}: terminal.language: {t.language!r} is not one of {', '.join(LANGUAGES)}")
    if t.currency not in CURRENCIES:
        raise ConfigError(f"{source}: terminal.currency: {t.currency!r} is not one of {', '.join(CURRENCIES)}")
    if len(t.country) != 2 or not t.country.isalpha():
        raise ConfigError(f"{source}: terminal.country: {t.country!r} is not a two-letter country code")
    if config.printer.width_mm not in (58, 80):
        raise ConfigError(f"{source}: printer.width_mm: must be 58 or 80")
    if config.printer.drawer_pin not in (2, 5):
        raise ConfigError(f"{source}: printer.drawer_pin: must be 2 or 5")
    if config.hq.url and not config.hq.url.startswith(("http://", "https://")):
        raise ConfigError(f"{source}: hq.url: must start with http:// or https://")
    if config.hq.timeout_s <= 0:
        raise ConfigError(f"{source}: hq.timeout_s: must be positive")


def default_config_path() -> Path:
    """Where first-run setup writes the config, and where a later start finds it."""
    return Path(os.environ.get("POS_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME)) / "till.toml"


def load_config(path: str | os.PathLike | None = None) -> Config:
    """``--config`` wins, then ``POS_CONFIG``, then the file first-run setup wrote;
    none of them means demo mode.  ``POS_DATA_DIR`` overrides the data dir in every case."""
    path = path or os.environ.get("POS_CONFIG")
    if not path:
        written = default_config_path()
        path = written if written.is_file() else None
    if path:
        from .files import read_text
        config = parse_config(*read_text(path, ConfigError))
    else:
        config = Config(demo=True)
    data_dir = os.environ.get("POS_DATA_DIR")
    if data_dir:
        config = replace(config, terminal=replace(config.terminal, data_dir=data_dir))
    return config


def config_to_toml(config: Config) -> str:
    """The config as TOML in DESIGN §3's layout (defaults written out, so a technician sees them)."""
    lines = ["# Written by Till's first-run setup; edit freely, or rerun setup from Settings.", ""]
    for section, cls in SECTIONS.items():
        lines.append(f"[{section}]")
        part = getattr(config, section)
        for f in fields(cls):
            value = getattr(part, f.name)
            if isinstance(value, str):
                if not value and f.name in ("data_dir", "language", "url", "register_id"):
                    continue                                   # empty = "use the default"
                text = json.dumps(value, ensure_ascii=False)   # a JSON string is a TOML basic string
            elif isinstance(value, bool):
                text = "true" if value else "false"
            else:
                text = repr(value)
            lines.append(f"{f.name} = {text}")
        lines.append("")
    return "\n".join(lines)


def write_config(config: Config, path: str | os.PathLike) -> Path:
    """Write atomically (temp file, fsync, rename): a power cut leaves the old file or the new one."""
    path = Path(path)
    text = config_to_toml(config)
    parse_config(text, str(path))                 # never write a file the till would refuse
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path
