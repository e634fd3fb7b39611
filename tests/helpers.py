"""Shared test helpers: a terminal on a temp data dir with the demo data and a fixed clock."""

from __future__ import annotations

import subprocess
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from pos_client.config import Config
from pos_client.services import Terminal


class FakeClock:
    """Time that moves only when the test says so."""

    def __init__(self, start: datetime = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


def demo_terminal(data_dir, clock=None, printer: dict | None = None) -> Terminal:
    config = Config(demo=True)
    if printer:
        config = replace(config, printer=replace(config.printer, **printer))
    return Terminal.open(data_dir, config=config, clock=clock or FakeClock())


def wait_for(predicate, timeout: float = 10) -> bool:
    """Poll ``predicate`` until it holds (a background thread's work is visible) or time runs out."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def stop_process(proc: subprocess.Popen | None, grace_s: float = 15) -> None:
    """Ask a child process to end (SIGTERM); kill it if it has not within ``grace_s``."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
