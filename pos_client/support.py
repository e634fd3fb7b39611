"""A support bundle for a technician: config (no secrets), logs, status, versions.

Never the database: it holds members' personal data and the device token.
"""

from __future__ import annotations

import json
import platform
import sys
import zipfile
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .config import config_to_toml
from .logs import log_dir

SECRET_WORDS = ("token", "password", "secret", "pin")


def _without_secrets(text: str) -> str:
    """Blank any config line whose key names a secret (none today; a later key must not leak)."""
    out = []
    for line in text.splitlines():
        key = line.split("=", 1)[0].strip().lower()
        out.append(f"{line.split('=', 1)[0]}= \"(removed)\"" if "=" in line and any(
            w in key for w in SECRET_WORDS) else line)
    return "\n".join(out) + "\n"


def _hq_host(url: str) -> str:
    """The HQ address without credentials or query (a URL may carry a password)."""
    from urllib.parse import urlsplit
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}{':' + str(parts.port) if parts.port else ''}" if url else ""


def write_bundle(terminal, out: str | Path | None = None) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    path = Path(out) if out else terminal.data_dir / f"support-{stamp}.zip"
    status = terminal.status()
    status["hq_url"] = _hq_host(terminal.hq_url or "")
    about = {"version": __version__, "python": sys.version, "platform": platform.platform(),
             "frozen": bool(getattr(sys, "frozen", False)), "created_at": stamp}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        config = terminal.config
        config = replace(config, hq=replace(config.hq, url=_hq_host(config.hq.url)))
        bundle.writestr("config.toml", _without_secrets(config_to_toml(config)))
        bundle.writestr("status.json", json.dumps(status, indent=2, ensure_ascii=False))
        bundle.writestr("about.json", json.dumps(about, indent=2))
        for log in sorted(log_dir().glob("till.log*")):
            bundle.write(log, f"logs/{log.name}")
    return path
