"""Logging to a rotating file in the platform log dir (stderr stays for users)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs


def log_dir() -> Path:
    return Path(os.environ.get("POS_LOG_DIR") or platformdirs.user_log_dir("till"))


def setup_logging(verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_till", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            directory / "till.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()   # a read-only home must not stop a sale
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._till = True  # type: ignore[attr-defined]
    root.addHandler(handler)
