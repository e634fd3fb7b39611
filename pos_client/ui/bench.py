"""GUI benchmarks for ``pos-client bench``: scan -> member panel painted, and cold start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

COLD_START = r"""
import sys, time, os
start = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from pos_client.config import Config
from pos_client.services import Terminal
from pos_client.app import build_window
app = QApplication([])
t = Terminal.open(sys.argv[1], config=Config(demo=True))
w = build_window(t)
w.resize(1024, 768)
w.show()
app.processEvents()
w.repaint()
print(time.perf_counter() - start)
w.shutdown()
t.close()
"""


def _pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(int(len(ordered) * p), len(ordered) - 1)]


def run(quick: bool, data_dir: str | Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..config import Config
    from ..app import build_window
    from ..services import Terminal

    app = QApplication.instance() or QApplication([])
    t = Terminal.open(data_dir, config=Config(demo=True))
    window = build_window(t)
    window.resize(1024, 768)
    window.show()
    app.processEvents()
    phones = t.member_phones(200 if quick else 1000, sample=True)
    codes = [t.member_code(t.lookup(p)) for p in phones]
    samples = []
    for code in codes:
        start = time.perf_counter()
        window.handle_scan(code)              # a job on the worker, answered by a queued signal
        window.jobs.wait()
        window.member_label.repaint()         # painted, not just queued
        samples.append(time.perf_counter() - start)
        window.jobs.run(window.counter.start_over)
        window.jobs.wait()
    window.shutdown()
    window.close()
    t.close()
    p99 = _pct(samples, 0.99) * 1000
    cold = []
    # As an installed till starts: with compiled bytecode (an environment that forbids
    # writing .pyc would make every start recompile the HTTP and Qt glue); one uncounted
    # warm-up run writes them.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for run_no in range((2 if quick else 3) + 1):
        out = subprocess.run([sys.executable, "-c", COLD_START, str(data_dir)], capture_output=True,
                             text=True, timeout=120, env=env)
        if out.returncode == 0 and run_no:
            cold.append(float(out.stdout.strip().splitlines()[-1]))
    return {
        "scan_to_member_panel": {"p50_ms": round(_pct(samples, 0.5) * 1000, 3), "p99_ms": round(p99, 3),
                                 "samples": len(samples), "target": "p99 <= 30 ms", "ok": p99 <= 30},
        "cold_start_s": {"runs": [round(c, 3) for c in cold], "best": round(min(cold), 3) if cold else None,
                         "target": "<= 1 s", "ok": bool(cold) and min(cold) <= 1.0},
    }


if __name__ == "__main__":
    print(json.dumps(run(True, sys.argv[1]), indent=2))
