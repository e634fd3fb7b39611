"""`pos-client setup` pairs a till with a real HQ and writes its config; the next start is that till,
in a real X window when a virtual X server is installed (CI installs Xvfb)."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest




def pos_client(env, *argv, timeout=120):
    return subprocess.run([sys.executable, "-m", "pos_client.cli", *argv], env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def till_env(tmp_path):
    env = dict(os.environ, POS_CONFIG_DIR=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    for key in ("POS_CONFIG", "POS_DATA_DIR"):
        env.pop(key, None)
    return env


def test_setup_pairs_then_the_next_start_is_the_configured_till(demo_hq, tmp_path, till_env):
    receipts = tmp_path / "printer.bin"
    out = pos_client(till_env, "setup", "--name", "Kasse 9", "--language", "nb", "--hq", demo_hq.url,
                     "--code", "NOT-A-CODE", "--printer", f"file:{receipts}", "--pin", "2468")
    assert out.returncode != 0 and out.stderr.count("\n") == 1 and "pairing refused" in out.stderr
    out = pos_client(till_env, "setup", "--name", "Kasse 9", "--language", "nb", "--hq", demo_hq.url,
                     "--code", demo_hq.code("Kasse 9"), "--printer", f"file:{receipts}", "--pin", "2468",
                     "--shop-name", "Dyrebutikken Storgata AS", "--org-number", "999 999 999")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "config" / "till.toml").is_file()
    out = pos_client(till_env, "--selftest")              # no --config: it finds the setup's file
    assert out.returncode == 0, out.stderr
    assert "Kasse 9 – Dyrebutikken Venner" in out.stdout and "online" in out.stdout
    assert receipts.read_bytes().startswith(b"\x1b@")
    out = pos_client(till_env, "sale", "--item", "DOG-001", "--tender", "card", "--json")
    assert out.returncode == 0, out.stderr
    assert pos_client(till_env, "sync", "--once").returncode == 0
    assert hq_sales(demo_hq) == 1


def hq_sales(hq) -> int:
    import sqlalchemy as sa

    from sync.hq import schema
    with hq.db.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(schema.events)
                            .where(schema.events.c.kind == "sale_completed")).scalar()


def test_setup_needs_hq_or_standalone_and_a_real_pin(till_env):
    out = pos_client(till_env, "setup", "--name", "Kasse 1", "--pin", "1234")
    assert out.returncode == 2 and "--standalone" in out.stderr
    out = pos_client(till_env, "setup", "--name", "Kasse 1", "--standalone", "--pin", "12")
    assert out.returncode == 2 and "4 to 8 digits" in out.stderr


def _free_display() -> int:
    for n in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display")


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (CI installs it)")
def test_a_real_x11_window_starts_and_sells_under_a_virtual_x_server(tmp_path, till_env):
    display = _free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.05)
        env = dict(till_env, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        out = pos_client(env, "--selftest")
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("selftest ok (xcb)")
    finally:
        xvfb.terminate()
        xvfb.wait(10)
